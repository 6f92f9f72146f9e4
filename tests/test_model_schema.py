"""The schema itself refuses bad data and deletes as designed (real SQLite file, FKs on)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, delete, event, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, configure_mappers

from digiwandel.model import Base
from digiwandel.model.assessment import (
    Answer,
    Assessment,
    Catalog,
    CatalogDimension,
    CatalogItem,
    CatalogItemLevel,
    DriverRating,
    Respondent,
)
from digiwandel.model.organisation import Area, Person
from digiwandel.model.project import STEP_COUNT, Project, ProjectStep
from digiwandel.model.strategy import Indicator, StrategicGoal, StrategyVersion


def make_engine(path: Path) -> Engine:
    """Local stand-in for the real engine module: same pragmas on every connection."""
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    return engine


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(tmp_path / "test.sqlite3")
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine) as session:
        yield session


def add_catalog(session: Session) -> tuple[Catalog, CatalogItem]:
    item = CatalogItem(
        key="strategy.1",
        question_de="Gibt es eine Strategie?",
        levels=[CatalogItemLevel(level=n) for n in range(4)],
    )
    catalog = Catalog(
        key="default",
        version="1",
        dimensions=[CatalogDimension(key="strategy", items=[item])],
    )
    session.add(catalog)
    session.flush()
    return catalog, item


def add_respondent(session: Session) -> tuple[Respondent, CatalogItem]:
    catalog, item = add_catalog(session)
    respondent = Respondent()
    session.add(
        Assessment(
            title="Check 2025",
            assessed_on=date(2025, 3, 1),
            catalog=catalog,
            respondents=[respondent],
        )
    )
    session.flush()
    return respondent, item


def add_project(session: Session, **values) -> Project:
    project = Project(
        title="Fachsoftware einführen",
        steps=[ProjectStep(number=n) for n in range(1, STEP_COUNT + 1)],
        **values,
    )
    session.add(project)
    session.flush()
    return project


def add_goal(session: Session) -> StrategicGoal:
    goal = StrategicGoal(title="Digitale Dokumentation")
    session.add(StrategyVersion(title="Digitalstrategie 2025", goals=[goal]))
    session.flush()
    return goal


def assert_refused(session: Session, build: Callable[[], object]) -> None:
    """Adding what build() returns (if anything) and flushing must violate a constraint."""
    with pytest.raises(IntegrityError):
        row = build()
        if row is not None:
            session.add(row)
        session.flush()
    session.rollback()


def test_mappers_configure_and_pragmas_are_on(engine: Engine) -> None:
    configure_mappers()
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_every_foreign_key_has_ondelete_and_index() -> None:
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            where = f"{table.name}.{fk.parent.name}"
            assert fk.ondelete in {"CASCADE", "SET NULL", "RESTRICT"}, where
            assert fk.parent.index or fk.parent.primary_key, where  # a key is indexed


def test_valid_rows_are_accepted(session: Session) -> None:
    respondent, item = add_respondent(session)
    goal = add_goal(session)
    project = add_project(session, starts_on=date(2025, 1, 1), ends_on=date(2025, 12, 31))
    session.add_all(
        [
            Answer(respondent=respondent, item=item, status="level", level=3, relevance=2),
            Indicator(name="Anteil digitaler Akten", goal=goal),
            Indicator(name="Nutzende", project=project),
            DriverRating(driver_key="cloud", relevance=2, current_use=1),
        ]
    )
    session.flush()
    assert [step.number for step in project.steps] == list(range(1, STEP_COUNT + 1))


def test_answer_level_out_of_range_is_refused(session: Session) -> None:
    respondent, item = add_respondent(session)
    assert_refused(session, lambda: Answer(respondent=respondent, item=item, level=4))


@pytest.mark.parametrize(
    ("status", "level"),
    [("level", None), ("dont_know", 2), ("not_applicable", 0)],
)
def test_answer_level_must_match_status(session: Session, status: str, level: int | None):
    respondent, item = add_respondent(session)
    assert_refused(
        session, lambda: Answer(respondent=respondent, item=item, status=status, level=level)
    )


def test_one_answer_per_respondent_and_item(session: Session) -> None:
    respondent, item = add_respondent(session)
    session.add(Answer(respondent=respondent, item=item, level=1))
    session.flush()
    assert_refused(session, lambda: Answer(respondent=respondent, item=item, level=2))


def test_unknown_status_is_refused(session: Session) -> None:
    catalog, _item = add_catalog(session)
    assert_refused(
        session,
        lambda: Assessment(
            title="Check", assessed_on=date(2025, 1, 1), catalog=catalog, status="finished"
        ),
    )


def test_unknown_driver_key_is_refused(session: Session) -> None:
    assert_refused(
        session, lambda: DriverRating(driver_key="blockchain", relevance=1, current_use=0)
    )


def test_empty_name_is_refused(session: Session) -> None:
    assert_refused(session, lambda: Person(name=""))


def test_duplicate_area_name_is_refused(session: Session) -> None:
    session.add(Area(name="Verwaltung"))
    session.flush()
    assert_refused(session, lambda: Area(name="Verwaltung"))


def test_skipped_step_needs_a_reason(session: Session) -> None:
    project = add_project(session)
    step = project.steps[4]

    def skip_without_reason() -> None:
        step.status = "skipped"

    assert_refused(session, skip_without_reason)

    project = add_project(session)
    project.steps[4].status = "skipped"
    project.steps[4].skip_reason = "Kein Pilot nötig: Standardsoftware"
    session.flush()


def test_step_number_out_of_range_or_twice_is_refused(session: Session) -> None:
    project = add_project(session)
    assert_refused(session, lambda: ProjectStep(project_id=project.id, number=STEP_COUNT + 1))
    project = add_project(session)
    assert_refused(session, lambda: ProjectStep(project_id=project.id, number=1))


def test_indicator_needs_exactly_one_owner(session: Session) -> None:
    goal = add_goal(session)
    project = add_project(session)
    assert_refused(
        session, lambda: Indicator(name="Beides", goal_id=goal.id, project_id=project.id)
    )
    assert_refused(session, lambda: Indicator(name="Keins"))


def test_project_ending_before_it_starts_is_refused(session: Session) -> None:
    assert_refused(
        session,
        lambda: Project(title="Rückwärts", starts_on=date(2025, 6, 1), ends_on=date(2025, 5, 31)),
    )


def test_deleting_a_project_removes_its_steps(session: Session) -> None:
    project = add_project(session)
    session.commit()
    # Plain SQL delete: the database cascade does the work, not the ORM.
    session.execute(delete(Project).where(Project.id == project.id))
    session.commit()
    assert session.scalars(select(ProjectStep)).all() == []


def test_deleting_a_person_clears_the_project_owner(session: Session) -> None:
    owner = Person(name="Anna Beispiel")
    project = add_project(session, owner=owner)
    session.commit()
    session.execute(delete(Person).where(Person.id == owner.id))
    session.commit()
    session.refresh(project)
    assert project.owner_id is None


def test_deleting_a_catalog_used_by_an_assessment_is_refused(session: Session) -> None:
    respondent, _item = add_respondent(session)
    catalog_id = respondent.assessment.catalog_id
    session.commit()
    with pytest.raises(IntegrityError):
        session.execute(delete(Catalog).where(Catalog.id == catalog_id))
    session.rollback()
    assert session.get(Catalog, catalog_id) is not None


def test_unused_catalog_can_be_deleted_with_its_content(session: Session) -> None:
    catalog, _item = add_catalog(session)
    session.commit()
    session.execute(delete(Catalog).where(Catalog.id == catalog.id))
    session.commit()
    assert session.scalars(select(CatalogItemLevel)).all() == []

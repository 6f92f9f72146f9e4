"""StrategyService on a real SQLite file: identity, Oberziele, versions, goals, indicators,
measurements, alignment, digital team, communication plan, trash and statement counts.

Data dates lie in the past (measurements may not lie in the future); views that depend on
"today" get a fixed TODAY.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from digiwandel.model.database import Database, open_database
from digiwandel.model.organisation import Person
from digiwandel.model.project import Project
from digiwandel.model.strategy import (
    CommunicationItem,
    GoalProjectLink,
    Indicator,
    Measurement,
    StrategicGoal,
    StrategyVersion,
    TeamMember,
)
from digiwandel.services import base as base_messages
from digiwandel.services import strategy as messages
from digiwandel.services.errors import DomainError
from digiwandel.services.organisation import OrganisationService
from digiwandel.services.strategy import (
    GAP_AREA_MISSING,
    GAP_LEAD_MISSING,
    GAP_LEVEL_MISSING,
    GAP_TEAM_EMPTY,
    IdentityData,
    StrategyService,
    next_occurrence,
)

TODAY = date(2025, 6, 15)

# ---- helpers ----------------------------------------------------------------------------------


def count(db: Database, cls, *where) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(cls).where(*where))


def add_project(db: Database, title: str, status: str = "active", deleted: bool = False) -> int:
    """Projects come from the tracker (not built yet): plain rows are enough here."""
    with db.sessions() as session, session.begin():
        project = Project(title=title, status=status)
        if deleted:
            project.deleted_at = datetime(2025, 1, 1)
        session.add(project)
        session.flush()
        return project.id


def raises(call, *args, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as info:
        call(*args, **kwargs)
    return info.value


@pytest.fixture
def svc(db: Database) -> StrategyService:
    return StrategyService(db)


@pytest.fixture
def org(db: Database) -> OrganisationService:
    return OrganisationService(db)


@pytest.fixture
def version(svc: StrategyService) -> int:
    return svc.create_first("Digitalstrategie 2025", date(2025, 1, 1), date(2027, 12, 31)).id


@pytest.fixture
def goal(svc: StrategyService, version: int) -> int:
    return svc.create_goal(version, "Digitale Dokumentation", impact_level=4).id


# ---- identity ---------------------------------------------------------------------------------


def test_identity_starts_empty_and_saves_only_the_given_fields(svc: StrategyService) -> None:
    assert svc.get_identity() == IdentityData()
    saved = svc.save_identity(vision="  Teilhabe für alle  ", vision_digital_note="Online")
    assert (saved.vision, saved.vision_digital_note, saved.leitbild) == (
        "Teilhabe für alle",
        "Online",
        "",
    )
    svc.save_identity(leitbild="Wir begleiten Menschen.", core_values="Respekt")
    identity = svc.get_identity()
    assert identity.vision == "Teilhabe für alle"
    assert identity.leitbild == "Wir begleiten Menschen."
    assert identity.core_values == "Respekt"
    with pytest.raises(TypeError):
        svc.save_identity(mission="x")


def test_identity_too_long_saves_nothing(svc: StrategyService) -> None:
    svc.save_identity(vision="alt")
    error = raises(svc.save_identity, vision="neu", leitbild="x" * 20_001)
    assert (error.field, error.message) == ("leitbild", base_messages.MSG_TOO_LONG)
    assert svc.get_identity().vision == "alt"


# ---- Oberziele --------------------------------------------------------------------------------


def test_oberziele_order_move_delete_restore(svc: StrategyService) -> None:
    a = svc.create_oberziel("Teilhabe", "Alle sollen teilhaben", "Online-Beratung")
    b = svc.create_oberziel("Gute Arbeit")
    c = svc.create_oberziel("Wirtschaftlichkeit")
    assert (a.position, b.position, c.position) == (1, 2, 3)
    assert a.digital_note == "Online-Beratung"

    rows = svc.move_oberziel(c.id, -1)
    assert [(r.id, r.position) for r in rows] == [(a.id, 1), (c.id, 2), (b.id, 3)]
    rows = svc.move_oberziel(a.id, -1)  # already first: stays
    assert [r.id for r in rows] == [a.id, c.id, b.id]
    rows = svc.move_oberziel(a.id, 5)  # beyond the end: last
    assert [(r.id, r.position) for r in rows] == [(c.id, 1), (b.id, 2), (a.id, 3)]

    updated = svc.update_oberziel(b.id, title="Gute Arbeit für alle")
    assert (updated.title, updated.position) == ("Gute Arbeit für alle", 2)

    batch = svc.delete_oberziel(c.id)
    assert [(r.id, r.position) for r in svc.list_oberziele()] == [(b.id, 1), (a.id, 2)]
    svc.restore(batch)
    assert [(r.id, r.position) for r in svc.list_oberziele()] == [(c.id, 1), (b.id, 2), (a.id, 3)]


def test_oberziel_validation(svc: StrategyService) -> None:
    o = svc.create_oberziel("Teilhabe")
    for call in (lambda: svc.create_oberziel("  "), lambda: svc.update_oberziel(o.id, title="")):
        error = raises(call)
        assert (error.field, error.message) == ("title", messages.MSG_OBERZIEL_TITLE)
    assert [r.title for r in svc.list_oberziele()] == ["Teilhabe"]
    assert raises(svc.update_oberziel, 999, title="x").message == base_messages.MSG_NOT_FOUND


def test_goals_count_per_oberziel_and_a_deleted_oberziel_disappears_from_goals(
    svc: StrategyService, version: int
) -> None:
    o = svc.create_oberziel("Teilhabe")
    g = svc.create_goal(version, "Online-Beratung", oberziel_id=o.id)
    assert (g.oberziel_id, g.oberziel_title) == (o.id, "Teilhabe")
    assert svc.list_oberziele()[0].goal_count == 1
    batch = svc.delete_oberziel(o.id)
    assert (svc.get_goal(g.id).oberziel_id, svc.get_goal(g.id).oberziel_title) == (None, "")
    svc.restore(batch)
    assert svc.get_goal(g.id).oberziel_title == "Teilhabe"


# ---- versions ---------------------------------------------------------------------------------


def test_create_first_version(svc: StrategyService) -> None:
    row = svc.create_first("  Strategie 2025 ", date(2025, 1, 1), date(2026, 12, 31))
    assert (row.title, row.status, row.goal_count, row.based_on_id) == (
        "Strategie 2025",
        "draft",
        0,
        None,
    )
    assert not row.read_only and not row.review_due
    error = raises(svc.create_first, "Noch eine")
    assert (error.field, error.message) == ("title", messages.MSG_VERSION_EXISTS)
    assert [v.title for v in svc.list_versions()] == ["Strategie 2025"]


@pytest.mark.parametrize(
    ("title", "start", "end", "field", "message"),
    [
        ("", None, None, "title", messages.MSG_VERSION_TITLE),
        ("S", date(2026, 1, 1), date(2025, 12, 31), "period_end", messages.MSG_PERIOD_ORDER),
        ("S", "2025-01-01", None, "period_start", base_messages.MSG_DATE),
        ("S", date(1999, 12, 31), None, "period_start", base_messages.MSG_DATE_RANGE),
        ("S", None, date(2100, 1, 1), "period_end", base_messages.MSG_DATE_RANGE),
    ],
)
def test_create_first_validation(
    svc: StrategyService, db: Database, title, start, end, field, message
) -> None:
    error = raises(svc.create_first, title, start, end)
    assert (error.field, error.message) == (field, message)
    assert count(db, StrategyVersion) == 0


def test_update_version_partially_and_with_merged_dates(svc: StrategyService, version: int) -> None:
    row = svc.update_version(version, summary="Kurzfassung", principles="Datenschutz zuerst")
    assert (row.summary, row.principles, row.title) == (
        "Kurzfassung",
        "Datenschutz zuerst",
        "Digitalstrategie 2025",
    )
    # the new end lies before the start already stored
    error = raises(svc.update_version, version, period_end=date(2024, 12, 31))
    assert (error.field, error.message) == ("period_end", messages.MSG_PERIOD_ORDER)
    error = raises(svc.update_version, version, title="Neu", period_start=date(2028, 1, 1))
    assert (error.field, error.message) == ("period_start", messages.MSG_PERIOD_ORDER)
    unchanged = svc.get_version(version)
    assert (unchanged.title, unchanged.period_start) == ("Digitalstrategie 2025", date(2025, 1, 1))
    with pytest.raises(TypeError):
        svc.update_version(version, status="adopted")


def test_adopt_makes_the_content_read_only(svc: StrategyService, version: int, goal: int) -> None:
    indicator = svc.create_indicator(goal, "Quote", baseline_value=0, target_value=80).id
    row = svc.adopt(version, date(2025, 3, 20), " Vorstand ", "Beschluss 2025/04")
    assert (row.status, row.adopted_on, row.adopted_by, row.resolution_ref) == (
        "adopted",
        date(2025, 3, 20),
        "Vorstand",
        "Beschluss 2025/04",
    )
    assert row.read_only

    refused = [
        lambda: svc.update_version(version, title="Anders"),
        lambda: svc.adopt(version, date(2025, 3, 21), "Vorstand"),
        lambda: svc.create_goal(version, "Neues Ziel"),
        lambda: svc.update_goal(goal, title="Anders"),
        lambda: svc.delete_goal(goal),
        lambda: svc.move_goal(goal, 1),
        lambda: svc.create_indicator(goal, "Neu"),
        lambda: svc.update_indicator(indicator, name="Anders"),
        lambda: svc.delete_indicator(indicator),
        lambda: svc.delete_version(version),
    ]
    for call in refused:
        assert raises(call).message == messages.MSG_VERSION_ADOPTED
    assert svc.get_version(version).title == "Digitalstrategie 2025"
    assert svc.get_goal(goal).title == "Digitale Dokumentation"
    assert svc.get_indicator(indicator).name == "Quote"
    assert len(svc.list_goals(version)) == 1

    # carrying the strategy out goes on: measurements, review date
    m = svc.add_measurement(indicator, date(2025, 5, 1), 40)
    assert svc.get_indicator(indicator).progress == 50.0
    svc.update_measurement(m.id, value=60)
    assert svc.set_next_review(version, date(2026, 3, 1)).next_review_on == date(2026, 3, 1)


@pytest.mark.parametrize(
    ("adopted_on", "adopted_by", "field", "message"),
    [
        (None, "Vorstand", "adopted_on", messages.MSG_ADOPTED_ON),
        (date.today() + timedelta(days=1), "Vorstand", "adopted_on", messages.MSG_ADOPTED_FUTURE),
        (date(2025, 3, 1), "  ", "adopted_by", messages.MSG_ADOPTED_BY),
        ("1. März", "Vorstand", "adopted_on", base_messages.MSG_DATE),
    ],
)
def test_adopt_validation(
    svc: StrategyService, version: int, adopted_on, adopted_by, field, message
) -> None:
    error = raises(svc.adopt, version, adopted_on, adopted_by)
    assert (error.field, error.message) == (field, message)
    assert svc.get_version(version).status == "draft"


def test_next_review_dates_and_review_due(svc: StrategyService, version: int) -> None:
    svc.set_next_review(version, date(2025, 2, 1))
    error = raises(svc.adopt, version, date(2025, 3, 1), "Vorstand")
    assert (error.field, error.message) == ("adopted_on", messages.MSG_REVIEW_BEFORE_ADOPTION)
    svc.set_next_review(version, None)
    svc.adopt(version, date(2025, 3, 1), "Vorstand")
    error = raises(svc.set_next_review, version, date(2025, 2, 28))
    assert (error.field, error.message) == ("next_review_on", messages.MSG_REVIEW_BEFORE_ADOPTION)

    svc.set_next_review(version, date(2025, 6, 14))
    assert svc.list_versions(TODAY)[0].review_due
    assert not svc.list_versions(date(2025, 6, 14))[0].review_due  # due today is not overdue
    svc.set_next_review(version, date(2025, 9, 1))
    assert not svc.get_version(version, TODAY).review_due
    svc.set_next_review(version, date(2025, 6, 1))
    svc.archive(version)
    assert not svc.get_version(version, TODAY).review_due  # archived: no more reviews


def test_archive_freezes_everything(
    svc: StrategyService, db: Database, org: OrganisationService, version: int, goal: int
) -> None:
    indicator = svc.create_indicator(goal, "Quote", baseline_value=0, target_value=10).id
    m = svc.add_measurement(indicator, date(2025, 2, 1), 3)
    person = org.create_person("Frau Beispiel")
    member = svc.add_team_member(version, person.id, "lead")
    item = svc.create_communication("Mitarbeitende", version_id=version)
    project = add_project(db, "Fachsoftware")
    svc.link_project(goal, project)

    row = svc.archive(version)
    assert (row.status, row.read_only) == ("archived", True)
    refused = [
        lambda: svc.archive(version),
        lambda: svc.update_version(version, title="x"),
        lambda: svc.set_next_review(version, date(2026, 1, 1)),
        lambda: svc.update_goal(goal, title="x"),
        lambda: svc.add_measurement(indicator, date(2025, 3, 1), 4),
        lambda: svc.update_measurement(m.id, value=5),
        lambda: svc.delete_measurement(m.id),
        lambda: svc.add_team_member(version, org.create_person("Herr Test").id),
        lambda: svc.set_team_role(member.id, "member"),
        lambda: svc.remove_team_member(member.id),
        lambda: svc.create_communication("Vorstand", version_id=version),
        lambda: svc.update_communication(item.id, status="done"),
        lambda: svc.delete_communication(item.id),
        lambda: svc.link_project(goal, add_project(db, "Neu")),
        lambda: svc.unlink_project(goal, project),
        lambda: svc.update_contribution(goal, project, "x"),
    ]
    for call in refused:
        assert raises(call).message == messages.MSG_VERSION_ARCHIVED
    assert svc.list_measurements(indicator)[0].value == 3
    assert svc.get_communication(item.id).status == "planned"
    assert len(svc.list_team(version)) == 1
    # still readable and a source for a new version
    assert svc.new_version_from(version, "Strategie 2028").status == "draft"


def test_list_versions_newest_first_with_counts_and_source(
    svc: StrategyService, version: int, goal: int
) -> None:
    svc.create_goal(version, "Zweites Ziel")
    svc.adopt(version, date(2025, 2, 1), "Vorstand")
    copy = svc.new_version_from(version, "Strategie 2026")
    rows = svc.list_versions()
    assert [(r.id, r.title, r.status, r.goal_count) for r in rows] == [
        (copy.id, "Strategie 2026", "draft", 2),
        (version, "Digitalstrategie 2025", "adopted", 2),
    ]
    assert (rows[0].based_on_id, rows[0].based_on_title) == (version, "Digitalstrategie 2025")
    assert rows[0].adopted_on is None and rows[0].adopted_by == ""


# ---- new version from an existing one ------------------------------------------------------------


def test_new_version_is_a_deep_copy_without_measurements(
    svc: StrategyService, db: Database, org: OrganisationService, version: int
) -> None:
    person = org.create_person("Frau Leitung")
    o = svc.create_oberziel("Teilhabe")
    g1 = svc.create_goal(
        version,
        "Online-Beratung",
        "Beratung auch per Video",
        oberziel_id=o.id,
        owner_id=person.id,
        due_on=date(2026, 6, 30),
        impact_level=5,
        status="in_progress",
    )
    g2 = svc.create_goal(version, "Dokumentation")
    deleted_goal = svc.create_goal(version, "Verworfen")
    svc.delete_goal(deleted_goal.id)
    ind = svc.create_indicator(
        g1.id,
        "Beratungen per Video",
        unit="pro Monat",
        baseline_value=0,
        baseline_on=date(2025, 1, 1),
        target_value=40,
        target_on=date(2026, 6, 30),
        frequency="monthly",
        data_source="Terminkalender",
        owner_id=person.id,
    )
    svc.add_measurement(ind.id, date(2025, 3, 1), 10)
    project = add_project(db, "Videoberatung einführen")
    gone = add_project(db, "Gelöscht", deleted=True)
    svc.link_project(g1.id, project, "liefert die Technik")
    with db.sessions() as session, session.begin():
        session.add(GoalProjectLink(goal_id=g1.id, project_id=gone))
    svc.add_team_member(version, person.id, "lead")
    svc.create_communication(
        "Mitarbeitende",
        "involve",
        "Wir starten",
        "Teamsitzung",
        date(2025, 4, 1),
        version_id=version,
    )
    svc.adopt(version, date(2025, 2, 1), "Vorstand")

    copy = svc.new_version_from(version, "  Strategie 2026 ")
    assert (copy.title, copy.status, copy.based_on_id, copy.goal_count) == (
        "Strategie 2026",
        "draft",
        version,
        2,
    )
    assert (copy.period_start, copy.period_end) == (date(2025, 1, 1), date(2027, 12, 31))
    assert copy.adopted_on is None and copy.next_review_on is None

    goals = svc.list_goals(copy.id)
    assert [(g.title, g.position) for g in goals] == [("Online-Beratung", 1), ("Dokumentation", 2)]
    new = goals[0]
    assert new.id not in (g1.id, g2.id)
    assert (new.description, new.oberziel_id, new.owner_id, new.due_on) == (
        "Beratung auch per Video",
        o.id,
        person.id,
        date(2026, 6, 30),
    )
    assert (new.impact_level, new.status, new.project_count) == (5, "in_progress", 1)
    (new_ind,) = new.indicators
    assert new_ind.id != ind.id
    assert (new_ind.name, new_ind.unit, new_ind.target_value, new_ind.data_source) == (
        "Beratungen per Video",
        "pro Monat",
        40,
        "Terminkalender",
    )
    assert (new_ind.measurement_count, new_ind.progress) == (0, None)
    assert svc.alignment(copy.id).links == {(new.id, project): "liefert die Technik"}
    assert [(m.person_id, m.role) for m in svc.list_team(copy.id)] == [(person.id, "lead")]
    (item,) = svc.list_communication(copy.id)
    assert (item.audience, item.purpose, item.key_message, item.due_on) == (
        "Mitarbeitende",
        "involve",
        "Wir starten",
        date(2025, 4, 1),
    )
    # the source is untouched and keeps its measurements
    old = svc.list_goals(version)
    assert [g.id for g in old] == [g1.id, g2.id]
    assert old[0].indicators[0].measurement_count == 1
    assert len(svc.list_communication(version)) == 1
    # the copy can be edited, the source cannot
    svc.update_goal(new.id, title="Online-Beratung ausbauen")
    assert svc.get_goal(g1.id).title == "Online-Beratung"


def test_new_version_keeps_every_link_with_its_note_independently(
    svc: StrategyService, db: Database, version: int
) -> None:
    video = add_project(db, "Videoberatung")
    chat = add_project(db, "Chatberatung")
    g1 = svc.create_goal(version, "Online-Beratung").id
    g2 = svc.create_goal(version, "Erreichbarkeit").id
    svc.link_project(g1, video, "liefert die Technik")
    svc.link_project(g1, chat, "")
    svc.link_project(g2, chat, "abends erreichbar")

    copy = svc.new_version_from(version, "Strategie 2026").id
    new = {g.title: g.id for g in svc.list_goals(copy)}
    matrix = svc.alignment(copy)
    assert matrix.links == {
        (new["Online-Beratung"], video): "liefert die Technik",
        (new["Online-Beratung"], chat): "",
        (new["Erreichbarkeit"], chat): "abends erreichbar",
    }
    assert matrix.goals_without_measure == ()

    # the links of the copy are its own: changing them leaves the source alone
    svc.unlink_project(new["Online-Beratung"], video)
    svc.update_contribution(new["Erreichbarkeit"], chat, "auch am Wochenende")
    assert svc.alignment(version).links == {
        (g1, video): "liefert die Technik",
        (g1, chat): "",
        (g2, chat): "abends erreichbar",
    }


@pytest.mark.sqlite_only  # breaks the copy with an SQLite pragma
def test_new_version_from_fails_as_a_whole(
    svc: StrategyService, db: Database, version: int, goal: int
) -> None:
    svc.create_goal(version, "Zweites Ziel")
    # A damaged row (impact level 9, written past the checks) makes the copy fail half way.
    with db.engine.begin() as conn:
        conn.execute(text("PRAGMA ignore_check_constraints = ON"))
        conn.execute(
            text("UPDATE strategic_goal SET impact_level = 9 WHERE title = 'Zweites Ziel'")
        )
        conn.execute(text("PRAGMA ignore_check_constraints = OFF"))
    before = {cls: count(db, cls) for cls in (StrategyVersion, StrategicGoal, Indicator)}
    error = raises(svc.new_version_from, version, "Kopie")
    assert error.message == base_messages.MSG_CONFLICT
    assert {cls: count(db, cls) for cls in before} == before
    assert [v.id for v in svc.list_versions()] == [version]


def test_new_version_needs_a_title_and_a_source(svc: StrategyService, version: int) -> None:
    error = raises(svc.new_version_from, version, " ")
    assert (error.field, error.message) == ("title", messages.MSG_VERSION_TITLE)
    assert raises(svc.new_version_from, 999, "x").message == base_messages.MSG_NOT_FOUND
    assert len(svc.list_versions()) == 1


def test_delete_and_restore_a_draft_version(
    svc: StrategyService, db: Database, version: int, goal: int
) -> None:
    svc.create_indicator(goal, "Quote", baseline_value=1, target_value=2)
    item = svc.create_communication("Team", version_id=version)
    batch = svc.delete_version(version)
    assert svc.list_versions() == []
    assert svc.list_communication() == []
    assert raises(svc.get_goal, goal).message == base_messages.MSG_NOT_FOUND
    assert raises(svc.get_communication, item.id).message == base_messages.MSG_NOT_FOUND
    assert count(db, Indicator, Indicator.deleted_at.is_(None)) == 0
    # with the only version in the trash, a first version can be started again
    other = svc.create_first("Neuanfang")
    svc.restore(batch)
    assert {v.id for v in svc.list_versions()} == {version, other.id}
    assert [g.id for g in svc.list_goals(version)] == [goal]
    assert len(svc.list_goals(version)[0].indicators) == 1
    assert [c.id for c in svc.list_communication(version)] == [item.id]


# ---- comparison -------------------------------------------------------------------------------


def test_compare_shows_added_removed_and_changed_goals(
    svc: StrategyService, org: OrganisationService, version: int
) -> None:
    o1, o2 = svc.create_oberziel("Teilhabe"), svc.create_oberziel("Gute Arbeit")
    kept = svc.create_goal(version, "Dokumentation", "digital", impact_level=3)
    changed = svc.create_goal(version, "Online-Beratung", oberziel_id=o1.id, impact_level=4)
    svc.create_indicator(changed.id, "Beratungen", baseline_value=0, target_value=40)
    measured = svc.create_goal(version, "Weiterbildung")
    svc.create_indicator(measured.id, "Geschulte", baseline_value=0, target_value=10)
    svc.create_goal(version, "Papierlos")
    svc.adopt(version, date(2025, 2, 1), "Vorstand")
    new = svc.new_version_from(version, "Strategie 2026").id
    svc.update_version(new, summary="Neue Kurzfassung")

    goals = {g.title: g for g in svc.list_goals(new)}
    svc.update_goal(goals["Online-Beratung"].id, oberziel_id=o2.id, impact_level=5)
    svc.update_indicator(goals["Online-Beratung"].indicators[0].id, target_value=60)
    svc.update_goal(goals["Weiterbildung"].id, title="WEITERBILDUNG ")  # same goal, by title
    svc.delete_goal(goals["Papierlos"].id)
    svc.create_goal(new, "KI-Assistenz")
    svc.add_measurement(goals["Weiterbildung"].indicators[0].id, date(2025, 5, 1), 3)

    result = svc.compare(version, new)
    assert (result.a.id, result.b.id) == (version, new)
    assert [g.title for g in result.added] == ["KI-Assistenz"]
    assert [g.title for g in result.removed] == ["Papierlos"]
    assert [(c.before.title, c.after.title, c.fields) for c in result.changed] == [
        ("Online-Beratung", "Online-Beratung", ("impact_level", "oberziel", "indicators"))
    ]
    change = result.changed[0]
    assert (change.before.oberziel_title, change.after.oberziel_title) == (
        "Teilhabe",
        "Gute Arbeit",
    )
    assert change.after.indicator_names == ("Beratungen",)
    # measurements are not part of a strategy's content
    assert sorted(g.title for g in result.unchanged) == ["Dokumentation", "WEITERBILDUNG"]
    assert result.version_fields == ("summary",)
    assert kept.id not in {g.id for g in result.unchanged}  # b's rows are shown

    back = svc.compare(new, version)
    assert [g.title for g in back.added] == ["Papierlos"]
    assert [g.title for g in back.removed] == ["KI-Assistenz"]
    same = svc.compare(new, new)
    assert (same.added, same.removed, same.changed, same.version_fields) == ((), (), (), ())
    assert len(same.unchanged) == 4


def test_compare_pairs_goals_with_the_same_title_in_order(
    svc: StrategyService, version: int
) -> None:
    svc.create_goal(version, "Ziel", "eins")
    svc.create_goal(version, "Ziel", "zwei")
    new = svc.new_version_from(version, "Neu").id
    svc.create_goal(new, "ziel", "drei")
    result = svc.compare(version, new)
    assert [g.description for g in result.unchanged] == ["eins", "zwei"]
    assert [g.description for g in result.added] == ["drei"]
    assert result.removed == () and result.changed == ()


def test_compare_unknown_version(svc: StrategyService, version: int) -> None:
    assert raises(svc.compare, version, 999).message == base_messages.MSG_NOT_FOUND


# ---- goals ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"title": ""}, "title", messages.MSG_GOAL_TITLE),
        ({"title": None}, "title", messages.MSG_GOAL_TITLE),
        ({"title": "x" * 201}, "title", base_messages.MSG_TOO_LONG),
        ({"impact_level": 0}, "impact_level", messages.MSG_IMPACT_LEVEL),
        ({"impact_level": 8}, "impact_level", messages.MSG_IMPACT_LEVEL),
        ({"impact_level": 3.5}, "impact_level", messages.MSG_IMPACT_LEVEL),
        ({"impact_level": -1}, "impact_level", messages.MSG_IMPACT_LEVEL),
        ({"impact_level": True}, "impact_level", messages.MSG_IMPACT_LEVEL),
        ({"impact_level": "4"}, "impact_level", messages.MSG_IMPACT_LEVEL),
        ({"status": "fertig"}, "status", base_messages.MSG_CHOICE),
        ({"due_on": "2026-01-01"}, "due_on", base_messages.MSG_DATE),
        ({"due_on": date(1999, 12, 31)}, "due_on", base_messages.MSG_DATE_RANGE),
        ({"due_on": date(2100, 1, 1)}, "due_on", base_messages.MSG_DATE_RANGE),
        ({"oberziel_id": 999}, "oberziel_id", base_messages.MSG_NOT_FOUND),
        ({"owner_id": 999}, "owner_id", base_messages.MSG_NOT_FOUND),
    ],
)
def test_goal_validation(
    svc: StrategyService, db: Database, version: int, values, field, message
) -> None:
    args = {"title": "Ziel", **values}
    error = raises(svc.create_goal, version, **args)
    assert (error.field, error.message) == (field, message)
    assert count(db, StrategicGoal) == 0
    ok = svc.create_goal(version, "Ziel", impact_level=2)
    update = {key: value for key, value in values.items()}
    error = raises(svc.update_goal, ok.id, description="neu", **update)
    assert (error.field, error.message) == (field, message)
    row = svc.get_goal(ok.id)
    assert (row.title, row.description, row.impact_level) == ("Ziel", "", 2)


def test_goal_create_update_with_references(
    svc: StrategyService, org: OrganisationService, version: int
) -> None:
    person = org.create_person("Herr Verantwortlich")
    o = svc.create_oberziel("Teilhabe")
    row = svc.create_goal(
        version,
        " Online-Beratung ",
        "Video",
        o.id,
        person.id,
        datetime(2026, 6, 30, 12, 0),
        7.0,
        "in_progress",
    )
    assert (row.title, row.oberziel_title, row.owner_name, row.due_on, row.impact_level) == (
        "Online-Beratung",
        "Teilhabe",
        "Herr Verantwortlich",
        date(2026, 6, 30),
        7,
    )
    assert (row.position, row.status, row.progress, row.indicators) == (1, "in_progress", None, ())
    row = svc.update_goal(row.id, owner_id=None, impact_level=None, status="achieved")
    assert (row.owner_id, row.owner_name, row.impact_level, row.status) == (
        None,
        "",
        None,
        "achieved",
    )
    assert row.oberziel_id == o.id
    with pytest.raises(TypeError):
        svc.update_goal(row.id, progress=50)


def test_goal_order_delete_and_restore(svc: StrategyService, version: int) -> None:
    a, b, c = (svc.create_goal(version, t).id for t in ("A", "B", "C"))
    assert [(g.id, g.position) for g in svc.move_goal(c, -2)] == [(c, 1), (a, 2), (b, 3)]
    batch = svc.delete_goal(a)
    assert [(g.id, g.position) for g in svc.list_goals(version)] == [(c, 1), (b, 2)]
    assert svc.get_version(version).goal_count == 2
    assert raises(svc.get_goal, a).message == base_messages.MSG_NOT_FOUND
    svc.create_goal(version, "D")
    svc.restore(batch)
    assert [g.title for g in svc.list_goals(version)] == ["C", "A", "B", "D"]
    assert [g.position for g in svc.list_goals(version)] == [1, 2, 3, 4]


def test_restore_refused_once_the_version_is_adopted(
    svc: StrategyService, version: int, goal: int
) -> None:
    other = svc.create_goal(version, "Zweites")
    ind = svc.create_indicator(goal, "Quote", baseline_value=0, target_value=1)
    goal_batch = svc.delete_goal(other.id)
    indicator_batch = svc.delete_indicator(ind.id)
    assert svc.get_goal(goal).indicators == ()
    svc.adopt(version, date(2025, 2, 1), "Vorstand")
    for batch in (goal_batch, indicator_batch):
        assert raises(svc.restore, batch).message == messages.MSG_VERSION_ADOPTED
    assert [g.id for g in svc.list_goals(version)] == [goal]
    assert svc.get_goal(goal).indicators == ()


def test_goal_of_another_version_or_deleted_goal_cannot_be_changed(
    svc: StrategyService, version: int, goal: int
) -> None:
    svc.delete_goal(goal)
    for call in (
        lambda: svc.update_goal(goal, title="x"),
        lambda: svc.create_indicator(goal, "x"),
        lambda: svc.delete_goal(goal),
    ):
        assert raises(call).message == base_messages.MSG_NOT_FOUND
    assert raises(svc.create_goal, 999, "x").message == base_messages.MSG_NOT_FOUND


# ---- indicators -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"name": " "}, "name", messages.MSG_INDICATOR_NAME),
        ({"kind": "percent"}, "kind", base_messages.MSG_CHOICE),
        ({"direction": "up"}, "direction", base_messages.MSG_CHOICE),
        ({"frequency": "daily"}, "frequency", base_messages.MSG_CHOICE),
        ({"unit": "x" * 41}, "unit", base_messages.MSG_TOO_LONG),
        ({"baseline_value": "viel"}, "baseline_value", base_messages.MSG_NUMBER),
        ({"target_value": float("nan")}, "target_value", base_messages.MSG_NUMBER),
        ({"target_value": float("inf")}, "target_value", base_messages.MSG_NUMBER),
        ({"range_low": True}, "range_low", base_messages.MSG_NUMBER),
        (
            {"baseline_on": date(2025, 6, 1), "target_on": date(2025, 5, 31)},
            "target_on",
            messages.MSG_TARGET_BEFORE_BASELINE,
        ),
        (
            {"baseline_value": 10, "target_value": 10},
            "target_value",
            messages.MSG_TARGET_EQUALS_BASELINE,
        ),
        (
            {"baseline_value": 10, "target_value": 5},
            "target_value",
            messages.MSG_TARGET_NOT_HIGHER,
        ),
        (
            {"direction": "lower", "baseline_value": 5, "target_value": 10},
            "target_value",
            messages.MSG_TARGET_NOT_LOWER,
        ),
        ({"direction": "range", "range_high": 5}, "range_low", messages.MSG_RANGE_MISSING),
        ({"direction": "range", "range_low": 3}, "range_high", messages.MSG_RANGE_MISSING),
        (
            {"direction": "range", "range_low": 5, "range_high": 3},
            "range_high",
            messages.MSG_RANGE_ORDER,
        ),
        ({"kind": "boolean", "baseline_value": 5}, "baseline_value", messages.MSG_YES_NO_VALUE),
        ({"owner_id": 999}, "owner_id", base_messages.MSG_NOT_FOUND),
    ],
)
def test_indicator_validation(
    svc: StrategyService, db: Database, goal: int, values, field, message
) -> None:
    error = raises(svc.create_indicator, goal, **{"name": "Quote", **values})
    assert (error.field, error.message) == (field, message)
    assert count(db, Indicator) == 0


def test_indicator_updates_are_checked_against_the_stored_values(
    svc: StrategyService, goal: int
) -> None:
    ind = svc.create_indicator(
        goal,
        "Krankheitsquote",
        unit="%",
        direction="lower",
        baseline_value=8.5,
        baseline_on=date(2025, 1, 1),
        target_value=5,
        target_on=date(2025, 12, 31),
    )
    error = raises(svc.update_indicator, ind.id, target_on=date(2024, 12, 31))
    assert (error.field, error.message) == ("target_on", messages.MSG_TARGET_BEFORE_BASELINE)
    error = raises(svc.update_indicator, ind.id, baseline_on=date(2026, 1, 1))
    assert (error.field, error.message) == ("baseline_on", messages.MSG_TARGET_BEFORE_BASELINE)
    # the message sits at the field the user changed
    error = raises(svc.update_indicator, ind.id, name="Neu", baseline_value=5)
    assert (error.field, error.message) == ("baseline_value", messages.MSG_TARGET_EQUALS_BASELINE)
    error = raises(svc.update_indicator, ind.id, direction="higher")
    assert (error.field, error.message) == ("direction", messages.MSG_TARGET_NOT_HIGHER)
    assert svc.get_indicator(ind.id) == ind  # nothing changed

    row = svc.update_indicator(ind.id, direction="higher", baseline_value=2, target_value=5)
    assert (row.direction, row.baseline_value, row.target_value) == ("higher", 2, 5)
    with pytest.raises(TypeError):
        svc.update_indicator(ind.id, progress=10)


def test_range_and_yes_no_indicators_are_normalised(svc: StrategyService, goal: int) -> None:
    ranged = svc.create_indicator(
        goal, "Auslastung", unit="%", direction="range", baseline_value=60, range_low=80,
        range_high=95, target_value=None,
    )  # fmt: skip
    assert (ranged.range_low, ranged.range_high) == (80, 95)
    # leaving "within range" drops the range
    row = svc.update_indicator(ranged.id, direction="higher", target_value=90)
    assert (row.direction, row.range_low, row.range_high) == ("higher", None, None)

    yes_no = svc.create_indicator(
        goal, "Datenschutzkonzept beschlossen", kind="boolean", direction="range",
        baseline_value=0, target_value=7, range_low=1, range_high=2,
    )  # fmt: skip
    assert (yes_no.direction, yes_no.target_value, yes_no.range_low, yes_no.range_high) == (
        "higher",
        1.0,
        None,
        None,
    )
    svc.add_measurement(yes_no.id, date(2025, 4, 1), True)
    assert svc.get_indicator(yes_no.id).progress == 100.0


def test_number_indicator_with_figures_cannot_become_yes_no(
    svc: StrategyService, goal: int
) -> None:
    ind = svc.create_indicator(goal, "Geschulte", baseline_value=0, target_value=20)
    svc.add_measurement(ind.id, date(2025, 3, 1), 7)
    error = raises(svc.update_indicator, ind.id, kind="boolean")
    assert (error.field, error.message) == ("kind", messages.MSG_YES_NO_VALUE)
    assert svc.get_indicator(ind.id).kind == "number"
    other = svc.create_indicator(goal, "Start", baseline_value=0, target_value=5)
    svc.add_measurement(other.id, date(2025, 3, 1), 1)
    assert svc.update_indicator(other.id, kind="boolean", baseline_value=0).kind == "boolean"


def test_indicator_without_baseline_or_target_is_allowed_but_has_no_progress(
    svc: StrategyService, goal: int
) -> None:
    ind = svc.create_indicator(goal, "Zufriedenheit")
    svc.add_measurement(ind.id, date(2025, 3, 1), 3.5)
    row = svc.get_indicator(ind.id)
    assert (row.current_value, row.progress, row.measurement_count) == (3.5, None, 1)


# ---- measurements and progress ----------------------------------------------------------------


def test_goal_progress_is_computed_from_the_latest_measurements(
    svc: StrategyService, org: OrganisationService, goal: int
) -> None:
    person = org.create_person("Frau Daten")
    up = svc.create_indicator(
        goal, "Geschulte", baseline_value=10, target_value=20, owner_id=person.id
    )
    down = svc.create_indicator(
        goal, "Papierakten", direction="lower", baseline_value=200, target_value=100
    )
    svc.create_indicator(goal, "Noch ohne Messung", baseline_value=0, target_value=1)
    svc.add_measurement(up.id, date(2025, 2, 1), 12)
    svc.add_measurement(up.id, date(2025, 5, 1), 15)
    svc.add_measurement(up.id, date(2025, 4, 1), 19)  # entered later, measured earlier
    first = svc.add_measurement(down.id, date(2025, 5, 1), 150)
    svc.add_measurement(down.id, date(2025, 5, 1), 120)  # same day, entered later: counts
    row = svc.get_goal(goal)
    up_row, down_row, none_row = row.indicators
    assert (up_row.current_value, up_row.current_on, up_row.progress) == (15, date(2025, 5, 1), 50)
    assert (up_row.owner_name, up_row.measurement_count) == ("Frau Daten", 3)
    assert (down_row.current_value, down_row.progress) == (120, 80)
    assert none_row.progress is None
    assert row.progress == 65.0  # mean of 50 and 80
    svc.update_measurement(first.id, measured_on=date(2025, 5, 2))
    assert svc.get_goal(goal).indicators[1].progress == 50.0
    assert [m.value for m in svc.list_measurements(down.id)] == [120, 150]


def test_values_beyond_the_target_are_clamped(svc: StrategyService, goal: int) -> None:
    ind = svc.create_indicator(goal, "Online-Termine", baseline_value=0, target_value=50)
    svc.add_measurement(ind.id, date(2025, 3, 1), 80)
    assert svc.get_indicator(ind.id).progress == 100.0
    svc.add_measurement(ind.id, date(2025, 4, 1), -10)
    assert svc.get_indicator(ind.id).progress == 0.0


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"measured_on": None}, "measured_on", messages.MSG_MEASURED_ON),
        ({"measured_on": "2025-03-01"}, "measured_on", base_messages.MSG_DATE),
        ({"measured_on": date(1999, 1, 1)}, "measured_on", base_messages.MSG_DATE_RANGE),
        (
            {"measured_on": date.today() + timedelta(days=1)},
            "measured_on",
            messages.MSG_MEASURED_FUTURE,
        ),
        ({"value": None}, "value", messages.MSG_VALUE),
        ({"value": ""}, "value", messages.MSG_VALUE),
        ({"value": "zwölf"}, "value", base_messages.MSG_NUMBER),
        ({"value": float("nan")}, "value", base_messages.MSG_NUMBER),
        ({"confidence": -1}, "confidence", messages.MSG_CONFIDENCE),
        ({"confidence": 11}, "confidence", messages.MSG_CONFIDENCE),
        ({"confidence": 2.5}, "confidence", messages.MSG_CONFIDENCE),
        ({"comment": "x" * 20_001}, "comment", base_messages.MSG_TOO_LONG),
    ],
)
def test_measurement_validation(
    svc: StrategyService, db: Database, goal: int, values, field, message
) -> None:
    ind = svc.create_indicator(goal, "Quote", baseline_value=0, target_value=10)
    args = {"measured_on": date(2025, 3, 1), "value": 4, **values}
    error = raises(svc.add_measurement, ind.id, **args)
    assert (error.field, error.message) == (field, message)
    assert count(db, Measurement) == 0
    m = svc.add_measurement(ind.id, date(2025, 3, 1), 4, "ok", 7)
    error = raises(svc.update_measurement, m.id, **{"comment": "geändert", "value": 5, **values})
    assert (error.field, error.message) == (field, message)
    assert svc.list_measurements(ind.id) == [m]


def test_yes_no_measurements_are_0_or_1(svc: StrategyService, db: Database, goal: int) -> None:
    ind = svc.create_indicator(goal, "Konzept beschlossen", kind="boolean")
    for value in (2, 0.5, -1):
        error = raises(svc.add_measurement, ind.id, date(2025, 3, 1), value)
        assert (error.field, error.message) == ("value", messages.MSG_YES_NO_VALUE)
    assert count(db, Measurement) == 0
    m = svc.add_measurement(ind.id, date(2025, 3, 1), False, confidence=10)
    assert (m.value, m.confidence) == (0.0, 10)
    assert svc.get_indicator(ind.id).progress == 0.0
    svc.update_measurement(m.id, value=1)
    assert svc.get_indicator(ind.id).progress == 100.0


def test_delete_and_restore_a_measurement(svc: StrategyService, goal: int) -> None:
    ind = svc.create_indicator(goal, "Quote", baseline_value=0, target_value=10)
    keep = svc.add_measurement(ind.id, date(2025, 2, 1), 2)
    gone = svc.add_measurement(ind.id, date(2025, 3, 1), 6)
    batch = svc.delete_measurement(gone.id)
    assert svc.list_measurements(ind.id) == [keep]
    assert svc.get_indicator(ind.id).progress == 20.0
    assert raises(svc.update_measurement, gone.id, value=1).message == base_messages.MSG_NOT_FOUND
    assert svc.restore(batch) == 1
    assert svc.get_indicator(ind.id).progress == 60.0


def test_measurements_of_a_deleted_goal_are_hidden(svc: StrategyService, goal: int) -> None:
    ind = svc.create_indicator(goal, "Quote", baseline_value=0, target_value=10)
    svc.delete_goal(goal)
    assert raises(svc.add_measurement, ind.id, date(2025, 3, 1), 1).message == (
        base_messages.MSG_NOT_FOUND
    )
    assert raises(svc.list_measurements, ind.id).message == base_messages.MSG_NOT_FOUND


# ---- alignment ---------------------------------------------------------------------------------


def test_a_measures_goals_are_set_in_one_call_and_undone_exactly(
    svc: StrategyService, db: Database, version: int, goal: int
) -> None:
    other = svc.create_goal(version, "Onlineberatung", impact_level=3).id
    third = svc.create_goal(version, "Datenschutz", impact_level=2).id
    project = add_project(db, "Fachsoftware")
    svc.link_project(goal, project, "spart Zeit in der Doku")
    svc.link_project(other, project, "neuer Zugang")

    before, after = svc.set_project_goals(project, {goal: None, third: None})
    assert before == {goal: "spart Zeit in der Doku", other: "neuer Zugang"}
    assert after == {goal: "spart Zeit in der Doku", third: ""}, "kept notes stay"
    # Undo: the links as they were, notes included; redo: as after.
    assert svc.set_project_goals(project, before)[1] == before
    assert svc.set_project_goals(project, after)[1] == after


def test_setting_a_measures_goals_is_all_or_nothing(
    svc: StrategyService, db: Database, version: int, goal: int
) -> None:
    project = add_project(db, "Fachsoftware")
    svc.link_project(goal, project, "damals")
    spare = svc.create_goal(version, "Nie verknüpft", impact_level=1).id
    newer = svc.new_version_from(version, "Strategie 2028").id
    fresh = svc.create_goal(newer, "Neues Ziel", impact_level=2).id
    svc.archive(version)
    # An archived version's links stay; the copied link of the new version goes.
    assert svc.set_project_goals(project, {})[1] == {goal: "damals"}
    # A new link to a goal of an archived version is refused, and nothing changes.
    refused = raises(svc.set_project_goals, project, {fresh: "neu", spare: None})
    assert refused.message == messages.MSG_VERSION_ARCHIVED
    assert svc.set_project_goals(project, {fresh: "neu"}) == (
        {goal: "damals"},
        {goal: "damals", fresh: "neu"},
    )


def test_alignment_matrix_and_flags(svc: StrategyService, db: Database, version: int) -> None:
    g1 = svc.create_goal(version, "Online-Beratung").id
    g2 = svc.create_goal(version, "Dokumentation").id
    g3 = svc.create_goal(version, "Ohne Maßnahme").id
    video = add_project(db, "Videoberatung")
    software = add_project(db, "Fachsoftware")
    lonely = add_project(db, "Dienstplan-App")
    add_project(db, "Abgebrochen", status="cancelled")
    add_project(db, "Im Papierkorb", deleted=True)

    assert svc.link_project(g1, video, " Technik und Schulung ").contribution == (
        "Technik und Schulung"
    )
    svc.link_project(g2, software)
    svc.link_project(g1, software, "Termine online")
    error = raises(svc.link_project, g1, video)
    assert (error.field, error.message) == ("project_id", messages.MSG_ALREADY_LINKED)
    assert raises(svc.link_project, g1, 999).field == "project_id"

    matrix = svc.alignment(version)
    assert [g.title for g in matrix.goals] == ["Online-Beratung", "Dokumentation", "Ohne Maßnahme"]
    assert [p.title for p in matrix.projects] == [
        "Abgebrochen",
        "Dienstplan-App",
        "Fachsoftware",
        "Videoberatung",
    ]
    assert matrix.links == {
        (g1, video): "Technik und Schulung",
        (g2, software): "",
        (g1, software): "Termine online",
    }
    assert matrix.goals_without_measure == (g3,)
    assert matrix.projects_without_goal == (lonely,)  # the cancelled one is not flagged
    assert svc.get_goal(g1).project_count == 2

    assert svc.update_contribution(g2, software, "Akten digital").contribution == "Akten digital"
    removed = svc.unlink_project(g1, video)
    assert (removed.goal_id, removed.project_id, removed.contribution) == (
        g1,
        video,
        "Technik und Schulung",
    )
    error = raises(svc.unlink_project, g1, video)
    assert (error.field, error.message) == ("project_id", messages.MSG_NOT_LINKED)
    assert svc.alignment(version).projects_without_goal == (lonely, video)
    svc.link_project(removed.goal_id, removed.project_id, removed.contribution)  # undo
    assert svc.alignment(version).links[(g1, video)] == "Technik und Schulung"


def test_alignment_works_on_adopted_versions(
    svc: StrategyService, db: Database, version: int, goal: int
) -> None:
    svc.adopt(version, date(2025, 2, 1), "Vorstand")
    project = add_project(db, "Neue Maßnahme nach dem Beschluss")
    svc.link_project(goal, project, "setzt das Ziel um")
    assert svc.alignment(version).goals_without_measure == ()


# ---- digital team -----------------------------------------------------------------------------


def test_team_members_and_roles(
    svc: StrategyService, org: OrganisationService, version: int
) -> None:
    area = org.create_area("Verwaltung")
    level = org.create_level("Leitung", 0, is_leadership=True)
    anna = org.create_person("Anna", area.id, level.id)
    ben = org.create_person("Ben")
    lead = svc.add_team_member(version, anna.id, "lead")
    assert (lead.person_name, lead.role, lead.area_name, lead.level_name) == (
        "Anna",
        "lead",
        "Verwaltung",
        "Leitung",
    )
    svc.add_team_member(version, ben.id)
    error = raises(svc.add_team_member, version, anna.id, "member")
    assert (error.field, error.message) == ("person_id", messages.MSG_ALREADY_IN_TEAM)
    assert "Anna" in error.render()
    error = raises(svc.add_team_member, version, ben.id, "boss")
    assert (error.field, error.message) == ("role", base_messages.MSG_CHOICE)
    assert raises(svc.add_team_member, version, 999).field == "person_id"

    assert svc.set_team_role(lead.id, "sponsor").role == "sponsor"
    assert raises(svc.set_team_role, lead.id, "chef").field == "role"
    assert [(m.person_name, m.role) for m in svc.list_team(version)] == [
        ("Ben", "member"),
        ("Anna", "sponsor"),
    ]
    removed = svc.remove_team_member(lead.id)
    assert (removed.person_id, removed.role) == (anna.id, "sponsor")
    assert [m.person_name for m in svc.list_team(version)] == ["Ben"]
    assert count(svc.db, TeamMember) == 1


def test_team_coverage_names_the_gaps(
    svc: StrategyService, org: OrganisationService, version: int
) -> None:
    verwaltung = org.create_area("Verwaltung")
    wohnen = org.create_area("Wohnen")
    beratung = org.create_area("Beratung")
    leitung = org.create_level("Leitung", 0, is_leadership=True)
    staff = org.create_level("Mitarbeitende", 2)
    ehrenamt = org.create_level("Ehrenamtliche", 3, is_volunteer=True)

    empty = svc.coverage(version)
    assert empty.gaps == ((GAP_TEAM_EMPTY, ""),)
    assert empty.member_count == 0

    a = org.create_person("A", verwaltung.id, leitung.id)
    b = org.create_person("B", verwaltung.id, staff.id)
    c = org.create_person("C", wohnen.id, staff.id)
    d = org.create_person("D")  # no area, no level recorded
    for person in (a, b, c, d):
        svc.add_team_member(version, person.id)
    cov = svc.coverage(version)
    assert [x.name for x in cov.areas] == ["Verwaltung", "Wohnen", "Beratung"]
    assert [(x.name, x.is_volunteer) for x in cov.levels] == [
        ("Leitung", False),
        ("Mitarbeitende", False),
        ("Ehrenamtliche", True),
    ]
    assert cov.counts == {
        (verwaltung.id, leitung.id): 1,
        (verwaltung.id, staff.id): 1,
        (wohnen.id, staff.id): 1,
        (None, None): 1,
    }
    assert cov.area_totals == {verwaltung.id: 2, wohnen.id: 1, None: 1}
    assert cov.level_totals == {leitung.id: 1, staff.id: 2, None: 1}
    assert cov.member_count == 4
    assert cov.gaps == (
        (GAP_LEAD_MISSING, ""),
        (GAP_AREA_MISSING, "Beratung"),
        (GAP_LEVEL_MISSING, "Ehrenamtliche"),
    )

    members = {m.person_id: m.id for m in svc.list_team(version)}
    svc.set_team_role(members[a.id], "lead")
    e = org.create_person("E", beratung.id, ehrenamt.id)
    svc.add_team_member(version, e.id)
    assert svc.coverage(version).gaps == ()


# ---- communication plan ------------------------------------------------------------------------


def test_communication_items_crud_and_validation(
    svc: StrategyService, db: Database, org: OrganisationService, version: int
) -> None:
    person = org.create_person("Frau Kommunikation")
    project = add_project(db, "Fachsoftware")
    item = svc.create_communication(
        " Mitarbeitende ",
        "involve",
        "Die Strategie betrifft alle",
        "Teamsitzung",
        date(2025, 7, 1),
        "once",
        person.id,
        version_id=version,
    )
    assert (item.audience, item.purpose, item.responsible_name, item.version_id) == (
        "Mitarbeitende",
        "involve",
        "Frau Kommunikation",
        version,
    )
    on_project = svc.create_communication("Klient*innen", "inform", project_id=project)
    assert (on_project.project_title, on_project.version_id) == ("Fachsoftware", None)
    assert [i.id for i in svc.list_communication(version)] == [item.id]
    assert [i.id for i in svc.list_communication(project_id=project)] == [on_project.id]
    assert {i.id for i in svc.list_communication()} == {item.id, on_project.id}

    bad = [
        ({"audience": ""}, "audience", messages.MSG_AUDIENCE),
        ({"purpose": "sell"}, "purpose", base_messages.MSG_CHOICE),
        ({"status": "maybe"}, "status", base_messages.MSG_CHOICE),
        ({"frequency": "hourly"}, "frequency", base_messages.MSG_CHOICE),
        ({"due_on": "morgen"}, "due_on", base_messages.MSG_DATE),
        ({"responsible_id": 999}, "responsible_id", base_messages.MSG_NOT_FOUND),
        ({"version_id": 999}, "version_id", base_messages.MSG_NOT_FOUND),
        ({"project_id": 999}, "project_id", base_messages.MSG_NOT_FOUND),
    ]
    before = count(db, CommunicationItem)
    for values, field, message in bad:
        error = raises(svc.create_communication, **{"audience": "Vorstand", **values})
        assert (error.field, error.message) == (field, message)
        error = raises(svc.update_communication, item.id, feedback="gut", **values)
        assert (error.field, error.message) == (field, message)
    error = raises(svc.create_communication, "Vorstand", version_id=version, project_id=project)
    assert (error.field, error.message) == ("project_id", messages.MSG_ONE_OWNER)
    error = raises(svc.update_communication, item.id, project_id=project)
    assert (error.field, error.message) == ("project_id", messages.MSG_ONE_OWNER)
    assert count(db, CommunicationItem) == before
    assert svc.get_communication(item.id) == item

    done = svc.update_communication(item.id, status="done", feedback="Viele Fragen")
    assert (done.status, done.feedback, done.audience) == ("done", "Viele Fragen", "Mitarbeitende")
    moved = svc.update_communication(item.id, version_id=None, project_id=project)
    assert (moved.version_id, moved.project_id) == (None, project)

    batch = svc.delete_communication(item.id)
    assert [i.id for i in svc.list_communication()] == [on_project.id]
    svc.restore(batch)
    assert {i.id for i in svc.list_communication()} == {item.id, on_project.id}


def test_due_and_overdue_communication(svc: StrategyService, version: int) -> None:
    def plan(audience, due_on, frequency="once", status="planned"):
        return svc.create_communication(
            audience, due_on=due_on, frequency=frequency, status=status, version_id=version
        ).id

    overdue = plan("Vorstand", date(2025, 6, 1))
    plan("Erledigt", date(2025, 6, 1), status="done")
    plan("Abgesagt", date(2025, 6, 1), status="cancelled")
    today = plan("Heute", TODAY)
    soon = plan("Bald", date(2025, 6, 29))
    plan("Später", date(2025, 6, 30))
    plan("Ohne Datum", None)
    monthly = plan("Newsletter", date(2025, 1, 20), "monthly")  # next: 20 June
    weekly = plan("Wochenrunde", date(2025, 5, 1), "weekly")  # Thursdays: next 19 June
    plan("Jahresbrief", date(2024, 12, 31), "yearly")  # next: 31 December

    assert [r.id for r in svc.overdue_communication(TODAY)] == [overdue]
    due = svc.due_communication(14, TODAY)
    assert [(r.id, r.next_due) for r in due] == [
        (today, TODAY),
        (weekly, date(2025, 6, 19)),
        (monthly, date(2025, 6, 20)),
        (soon, date(2025, 6, 29)),
    ]
    assert [r.id for r in svc.due_communication(0, TODAY)] == [today]
    rows = {r.audience: r for r in svc.list_communication(version, today=TODAY)}
    assert rows["Vorstand"].overdue and not rows["Erledigt"].overdue
    assert not rows["Newsletter"].overdue
    assert rows["Jahresbrief"].next_due == date(2025, 12, 31)
    assert list(rows)[-1] == "Ohne Datum"
    error = raises(svc.due_communication, -1, TODAY)
    assert (error.field, error.message) == ("within_days", base_messages.MSG_NOT_NEGATIVE)


@pytest.mark.parametrize(
    ("first", "frequency", "expected"),
    [
        (date(2025, 7, 1), "monthly", date(2025, 7, 1)),  # still ahead
        (date(2025, 6, 1), "once", date(2025, 6, 1)),
        (date(2025, 1, 31), "monthly", date(2025, 6, 30)),  # 31st → last day of June
        (date(2025, 1, 15), "monthly", date(2025, 6, 15)),  # due today
        (date(2025, 1, 16), "quarterly", date(2025, 7, 16)),
        (date(2024, 12, 20), "half_yearly", date(2025, 6, 20)),
        (date(2024, 2, 29), "yearly", date(2026, 2, 28)),
        (date(2025, 6, 8), "weekly", date(2025, 6, 15)),
        (date(2025, 6, 9), "weekly", date(2025, 6, 16)),
        (None, "monthly", None),
    ],
)
def test_next_occurrence(first, frequency, expected) -> None:
    assert next_occurrence(first, frequency, TODAY) == expected


# ---- statement counts ---------------------------------------------------------------------------


@contextmanager
def counting(db: Database):
    statements: list[str] = []

    def before_cursor_execute(_conn, _cursor, statement, _params, _context, _executemany):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", before_cursor_execute)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", before_cursor_execute)


def fill(db: Database, goals: int) -> tuple[int, int]:
    """Two versions (the second a copy), each goal with 2 indicators × 5 measurements,
    linked to a project, a team and communication items; returns the version ids."""
    svc = StrategyService(db)
    org = OrganisationService(db)
    areas = [org.create_area(f"Bereich {n}").id for n in range(3)]
    levels = [org.create_level(f"Ebene {n}", n).id for n in range(3)]
    first = svc.create_first("Strategie").id
    with db.sessions() as session, session.begin():
        persons = []
        for n in range(goals):
            person = Person(name=f"Person {n}", area_id=areas[n % 3], level_id=levels[n % 3])
            project = Project(title=f"Maßnahme {n}")
            session.add_all([person, project])
            persons.append(person)
            goal = StrategicGoal(
                strategy_version_id=first, title=f"Ziel {n}", position=n + 1, owner=person
            )
            for k in range(2):
                indicator = Indicator(
                    name=f"Indikator {n}.{k}",
                    baseline_value=0.0,
                    target_value=10.0,
                    direction="higher",
                    owner=person,
                )
                indicator.measurements = [
                    Measurement(measured_on=date(2025, 1 + m, 1), value=float(m + k))
                    for m in range(5)
                ]
                goal.indicators.append(indicator)
            goal.project_links.append(GoalProjectLink(project=project, contribution="x"))
            session.add(goal)
            session.add(
                CommunicationItem(
                    strategy_version_id=first, audience=f"Gruppe {n}", due_on=date(2025, 6, 1)
                )
            )
        session.flush()
        for person in persons:
            session.add(TeamMember(strategy_version_id=first, person_id=person.id, role="member"))
    second = svc.new_version_from(first, "Strategie neu").id
    return first, second


def statement_counts(path: Path, goals: int) -> dict[str, int]:
    db = open_database(path)
    try:
        first, second = fill(db, goals)
        svc = StrategyService(db)
        views = {
            "list_goals": lambda: svc.list_goals(first),
            "list_versions": svc.list_versions,
            "compare": lambda: svc.compare(first, second),
            "alignment": lambda: svc.alignment(first),
            "list_team": lambda: svc.list_team(first),
            "coverage": lambda: svc.coverage(first),
            "list_communication": lambda: svc.list_communication(first, today=TODAY),
            "overdue_communication": lambda: svc.overdue_communication(TODAY),
            "list_oberziele": svc.list_oberziele,
        }
        counts = {}
        for name, view in views.items():
            with counting(db) as statements:
                result = view()
            counts[name] = len(statements)
            if name == "list_goals":
                assert len(result) == goals
                assert all(len(g.indicators) == 2 for g in result)
                assert all(i.measurement_count == 5 for g in result for i in g.indicators)
                # latest values 4 and 5 of 10: 40 % and 50 %, the goal 45 %
                assert all(g.progress == 45.0 for g in result)
                assert all(g.owner_name and g.project_count == 1 for g in result)
            elif name == "compare":
                assert len(result.unchanged) == goals
        return counts
    finally:
        db.close()


def test_statement_counts_do_not_grow_with_goals(tmp_path: Path) -> None:
    few = statement_counts(tmp_path / "three.sqlite3", 3)
    many = statement_counts(tmp_path / "thirty.sqlite3", 30)
    assert few == many, f"3 goals: {few}\n30 goals: {many}"
    # goals, indicators and measurements in one statement each, plus a few around them
    assert few["list_goals"] <= 8
    assert max(few.values()) <= 10

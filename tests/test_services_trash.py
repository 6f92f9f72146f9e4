"""TrashService on a real SQLite file: listing deletions, restoring them, emptying for good."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from sqlalchemy import event, func, select

from digiwandel.model.database import Database
from digiwandel.model.project import BudgetLine, ChecklistItem, Project, ProjectStep, Task
from digiwandel.model.trash import TrashEntry
from digiwandel.services import base as base_messages
from digiwandel.services.errors import DomainError
from digiwandel.services.projects import ProjectService
from digiwandel.services.trash import TrashBatch, TrashService, move_to_trash


def count(db: Database, cls, *where) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(cls).where(*where))


@contextmanager
def statements(db: Database):
    seen: list[str] = []

    def listener(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)


@pytest.fixture
def projects(db: Database) -> ProjectService:
    return ProjectService(db, lang="en")


@pytest.fixture
def trash(db: Database) -> TrashService:
    return TrashService(db)


def test_empty_trash(trash):
    assert trash.list_batches() == []
    assert trash.count() == 0
    assert trash.empty() == 0


def test_list_batches_newest_first_in_one_statement(db, projects, trash):
    old = projects.create_project("Old measure")
    task = projects.add_task(old.id, 2, "Write invitation")
    line = projects.add_budget_line(old.id, "Licences", planned=1200)
    projects.delete_task(task.id)
    projects.delete_budget_line(line.id)
    projects.delete_project(old.id)

    with statements(db) as seen:
        batches = trash.list_batches()
    assert len(seen) == 1
    assert [(b.label, b.entity_type, b.count) for b in batches] == [
        ("Old measure", "project", 1),
        ("Licences", "budget_line", 1),
        ("Write invitation", "task", 1),
    ]
    assert all(isinstance(b, TrashBatch) and b.deleted_at is not None for b in batches)
    assert trash.count() == 3


def test_batch_with_several_rows_counts_all_and_names_first(db, projects, trash):
    project = projects.create_project("Measure")
    first = projects.add_task(project.id, 1, "First")
    second = projects.add_task(project.id, 1, "Second")
    with db.sessions() as session, session.begin():
        rows = [session.get(Task, first.id), session.get(Task, second.id)]
        batch = move_to_trash(session, rows, "Two tasks")
    [listed] = trash.list_batches()
    assert (listed.batch_id, listed.label, listed.entity_type, listed.count) == (
        batch,
        "Two tasks",
        "task",
        2,
    )
    assert trash.count() == 2


def test_restore_brings_rows_back(db, projects, trash):
    project = projects.create_project("Measure")
    projects.delete_project(project.id)
    [batch] = trash.list_batches()
    assert projects.list_portfolio() == []

    assert trash.restore(batch.batch_id) == 1
    assert [row.title for row in projects.list_portfolio()] == ["Measure"]
    assert trash.list_batches() == [] and trash.count() == 0


def test_restore_unknown_batch_is_not_found(trash):
    with pytest.raises(DomainError) as info:
        trash.restore("no-such-batch")
    assert info.value.message == base_messages.MSG_NOT_FOUND


def test_empty_removes_trashed_rows_for_good_and_keeps_live_ones(db, projects, trash):
    keep = projects.create_project("Keep me")
    kept_task = projects.add_task(keep.id, 1, "Live task")
    gone_task = projects.add_task(keep.id, 1, "Trashed task")
    kept_line = projects.add_budget_line(keep.id, "Hardware", planned=500)
    gone_line = projects.add_budget_line(keep.id, "Licences", planned=100)

    drop = projects.create_project("Drop me")
    child = projects.add_task(drop.id, 3, "Child task")
    child_line = projects.add_budget_line(drop.id, "Training", planned=50)
    # Restoring works before emptying.
    projects.delete_task(child.id)
    [restored] = trash.list_batches()
    assert trash.restore(restored.batch_id) == 1
    assert count(db, Task, Task.id == child.id, Task.deleted_at.is_(None)) == 1

    # A child trashed on its own before its parent: removed by the cascade first.
    projects.delete_task(child.id)
    projects.delete_task(gone_task.id)
    projects.delete_budget_line(gone_line.id)
    projects.delete_project(drop.id)
    assert trash.count() == 4

    steps_before = count(db, ProjectStep)
    items_of_drop = count(
        db,
        ChecklistItem,
        ChecklistItem.step_id.in_(select(ProjectStep.id).where(ProjectStep.project_id == drop.id)),
    )
    assert trash.empty() == 4  # the child task counts once, whether cascade or not

    assert count(db, TrashEntry) == 0 and trash.count() == 0
    assert count(db, Project, Project.id == drop.id) == 0
    assert count(db, Task, Task.id.in_([gone_task.id, child.id])) == 0
    assert count(db, BudgetLine, BudgetLine.id.in_([gone_line.id, child_line.id])) == 0
    assert count(db, ProjectStep, ProjectStep.project_id == drop.id) == 0
    assert count(db, ProjectStep) == steps_before - 12
    assert items_of_drop > 0
    # Live rows stay as they were.
    assert count(db, Project, Project.id == keep.id) == 1
    assert count(db, Task, Task.id == kept_task.id) == 1
    assert count(db, BudgetLine, BudgetLine.id == kept_line.id) == 1
    assert [row.title for row in projects.list_portfolio()] == ["Keep me"]
    with db.sessions() as session:
        assert session.scalars(select(Task.title).where(Task.deleted_at.is_(None))).all() == [
            "Live task"
        ]


def test_empty_never_deletes_a_row_that_is_live_again(db, projects, trash):
    project = projects.create_project("Measure")
    projects.delete_project(project.id)
    # A stale entry (the row itself was brought back some other way) must not delete it.
    with db.sessions() as session, session.begin():
        session.get(Project, project.id).deleted_at = None
    assert trash.empty() == 0
    assert count(db, Project, Project.id == project.id) == 1
    assert trash.count() == 0


def test_restore_keeps_the_rules_of_the_strategy(db):
    """A goal deleted from a draft does not come back after the draft was adopted."""
    from datetime import date

    from digiwandel.services.strategy import StrategyService

    strategy = StrategyService(db)
    version = strategy.create_first("Digitalstrategie")
    keep = strategy.create_goal(version.id, "Fallakten digital")
    gone = strategy.create_goal(version.id, "Onlineberatung")
    batch = strategy.delete_goal(gone.id)
    strategy.adopt(version.id, date(2026, 3, 1), "Vorstand")
    trash = TrashService(db)
    with pytest.raises(DomainError):
        trash.restore(batch)
    assert [g.id for g in strategy.list_goals(version.id)] == [keep.id]
    assert batch in {b.batch_id for b in trash.list_batches()}


def test_the_trash_imports_no_service_and_every_part_with_rules_is_listed() -> None:
    """Restore rules live with the part they guard; the trash loads every such part."""
    import ast
    from pathlib import Path

    import digiwandel.services as services_package

    folder = Path(services_package.__file__).parent
    trash = ast.parse((folder / "trash.py").read_text(encoding="utf-8"))
    imported = {
        node.module for node in ast.walk(trash) if isinstance(node, ast.ImportFrom) and node.module
    }

    def module(p: Path) -> str:
        return ".".join(("digiwandel", "services", *p.relative_to(folder).with_suffix("").parts))

    def part(p: Path) -> str:
        # A file inside a package folder (services/check/answers.py) belongs to the package.
        return f"digiwandel.services.{p.relative_to(folder).parts[0].removesuffix('.py')}"

    files = list(folder.rglob("*.py"))
    own = {module(p) for p in files} | {part(p) for p in files}
    allowed = {"digiwandel.services.base", "digiwandel.services.errors"}
    assert imported & own <= allowed, "the trash imports no service"
    with_rules = {
        part(p)
        for p in files
        if part(p) != "digiwandel.services.trash"
        and "@restore_rule" in p.read_text(encoding="utf-8")
    }
    assert with_rules == set(services_package.PARTS_WITH_RESTORE_RULES)

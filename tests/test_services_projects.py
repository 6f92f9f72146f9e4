"""ProjectService on a real SQLite file: projects with their 12 steps, step status and
warnings, checklists, tasks, budget lines, trash and statement counts."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import event, func, select

from digiwandel.model.database import Database
from digiwandel.model.project import (
    POLICY_CHECK_KINDS,
    BudgetLine,
    ChecklistItem,
    Project,
    ProjectDriver,
    ProjectStep,
    Task,
)
from digiwandel.model.strategy import Indicator, Measurement
from digiwandel.services import base as base_messages
from digiwandel.services import projects as messages
from digiwandel.services.errors import DomainError
from digiwandel.services.organisation import OrganisationService
from digiwandel.services.project_records import ProjectRecordService
from digiwandel.services.projects import PortfolioCounts, ProjectService

TODAY = date(2025, 6, 15)


def count(db: Database, cls, *where) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(cls).where(*where))


def raises(call, *args, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as info:
        call(*args, **kwargs)
    return info.value


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
def svc(db: Database) -> ProjectService:
    return ProjectService(db)


@pytest.fixture
def person(db: Database) -> int:
    return OrganisationService(db).create_person("Ada Beispiel").id


def snapshot(db: Database, project_id: int) -> tuple:
    with db.sessions() as session:
        project = session.get(Project, project_id)
        return (
            tuple(
                getattr(project, c.key) for c in Project.__table__.columns if c.key != "updated_at"
            ),
            tuple(session.scalars(select(ProjectDriver.driver_key).order_by(ProjectDriver.id))),
            tuple(
                (s.number, s.status, s.skip_reason, s.starts_on, s.due_on, s.notes)
                for s in session.scalars(select(ProjectStep).order_by(ProjectStep.number))
            ),
        )


# ---- create -----------------------------------------------------------------------------------
def test_create_builds_twelve_open_steps_with_checklists(db, svc, person):
    project = svc.create_project(
        "  Fachsoftware einführen ",
        description="Bis Ende 2025 dokumentieren alle Teams digital.",
        target_group="Ambulante Hilfen",
        owner_id=person,
        starts_on=date(2025, 1, 1),
        ends_on=date(2025, 12, 31),
        drivers=["specialist_software", "cloud", "cloud"],
    )
    assert project.title == "Fachsoftware einführen"
    assert project.owner_name == "Ada Beispiel"
    assert project.drivers == ("specialist_software", "cloud")
    assert [s.number for s in project.steps] == list(range(1, 13))
    assert {s.status for s in project.steps} == {"open"}
    assert project.steps[0].title == "Bedarf klären und Ziele setzen"
    assert project.steps[0].checklist[0].text.startswith("Bedürfnisse der Zielgruppe")
    assert all(2 <= len(s.checklist) <= 4 for s in project.steps)
    assert all(item.from_template for s in project.steps for item in s.checklist)
    assert project.current_step == 1 and project.progress == 0.0
    assert count(db, ProjectStep) == 12
    assert count(db, ChecklistItem) == sum(len(s.checklist) for s in project.steps)


def test_create_in_english(db):
    project = ProjectService(db, lang="en").create_project("Online counselling")
    assert project.steps[5].title == "Prototype and pilot"
    assert project.steps[0].checklist[2].text == "Project goals stated clearly and measurably"


@pytest.mark.parametrize(
    ("kwargs", "message", "field"),
    [
        ({"title": "  "}, messages.MSG_PROJECT_TITLE, "title"),
        ({"title": "x" * 201}, base_messages.MSG_TOO_LONG, "title"),
        (
            {"starts_on": date(2025, 5, 1), "ends_on": date(2025, 4, 30)},
            messages.MSG_PROJECT_DATES,
            "ends_on",
        ),
        ({"starts_on": date(1999, 12, 31)}, base_messages.MSG_DATE_RANGE, "starts_on"),
        ({"ends_on": date(2100, 1, 1)}, base_messages.MSG_DATE_RANGE, "ends_on"),
        ({"ends_on": "2025-01-01"}, base_messages.MSG_DATE, "ends_on"),
        ({"status": "done"}, base_messages.MSG_CHOICE, "status"),
        ({"light": "yellow"}, base_messages.MSG_CHOICE, "light"),
        ({"light": "amber"}, messages.MSG_LIGHT_REASON, "light_reason"),
        ({"light": "red", "light_reason": "   "}, messages.MSG_LIGHT_REASON, "light_reason"),
        (
            {"light": "red", "light_reason": "x" * 301},
            messages.MSG_LIGHT_REASON_LONG,
            "light_reason",
        ),
        ({"drivers": ["cloud", "teleportation"]}, messages.MSG_UNKNOWN_DRIVER, "drivers"),
        ({"owner_id": 999}, base_messages.MSG_NOT_FOUND, "owner_id"),
    ],
)
def test_create_refused_writes_nothing(db, svc, kwargs, message, field):
    error = raises(svc.create_project, **({"title": "Maßnahme"} | kwargs))
    assert error.message == message
    assert error.field == field
    assert count(db, Project) == 0
    assert count(db, ProjectStep) == 0
    assert count(db, ChecklistItem) == 0


def test_amber_with_reason_and_equal_dates_are_fine(svc):
    project = svc.create_project(
        "Dienstplan",
        light="amber",
        light_reason="  Der Anbieter  liefert später. ",
        starts_on=date(2025, 3, 1),
        ends_on=date(2025, 3, 1),
    )
    assert project.light == "amber"
    assert project.light_reason == "Der Anbieter liefert später."


# ---- update -----------------------------------------------------------------------------------
def test_update_merges_with_stored_values(svc, person):
    project = svc.create_project("Cloud", starts_on=date(2025, 1, 1), drivers=["cloud"])
    updated = svc.update_project(project.id, ends_on=date(2025, 9, 30), owner_id=person)
    assert updated.starts_on == date(2025, 1, 1)
    assert updated.ends_on == date(2025, 9, 30)
    assert updated.owner_name == "Ada Beispiel"
    assert updated.drivers == ("cloud",)
    updated = svc.update_project(
        project.id, light="red", light_reason="Budget fehlt.", drivers=["ai", "cloud"]
    )
    assert updated.light == "red" and updated.drivers == ("cloud", "ai")
    updated = svc.update_project(project.id, drivers=[], light="green", light_reason="")
    assert updated.drivers == () and updated.light_reason == ""


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"ends_on": date(2024, 12, 31)}, messages.MSG_PROJECT_DATES),
        ({"light": "amber"}, messages.MSG_LIGHT_REASON),
        ({"title": "", "drivers": ["ai"]}, messages.MSG_PROJECT_TITLE),
        ({"drivers": ["ai", "unknown"]}, messages.MSG_UNKNOWN_DRIVER),
        ({"status": "archived"}, base_messages.MSG_CHOICE),
    ],
)
def test_update_refused_changes_nothing(db, svc, values, message):
    project = svc.create_project(
        "Cloud", starts_on=date(2025, 1, 1), ends_on=date(2025, 6, 30), drivers=["cloud"]
    )
    before = snapshot(db, project.id)
    assert raises(svc.update_project, project.id, **values).message == message
    assert snapshot(db, project.id) == before


def test_update_unknown_project(svc):
    assert raises(svc.update_project, 42, title="x").message == base_messages.MSG_NOT_FOUND


# ---- trash ------------------------------------------------------------------------------------
def test_delete_and_restore_project_with_steps(db, svc):
    project = svc.create_project("Onlineberatung")
    svc.set_step_status(project.id, 1, "done")
    task = svc.add_task(project.id, 2, "Anbieter anschreiben")
    svc.add_budget_line(project.id, "Lizenzen", planned=500)
    batch = svc.delete_project(project.id)
    assert svc.list_portfolio() == []
    assert raises(svc.get_project, project.id).message == base_messages.MSG_NOT_FOUND
    assert raises(svc.add_task, project.id, 1, "x").message == base_messages.MSG_NOT_FOUND
    assert raises(svc.set_task_done, task.id, True).message == base_messages.MSG_NOT_FOUND
    assert svc.restore(batch) == 1
    back = svc.get_project(project.id)
    assert len(back.steps) == 12 and back.steps[0].status == "done"
    assert back.steps[1].tasks[0].title == "Anbieter anschreiben"
    assert back.budget_planned == 500
    assert [row.id for row in svc.list_portfolio()] == [project.id]


def test_delete_and_restore_task_and_budget_line(svc):
    project = svc.create_project("Onlineberatung")
    task = svc.add_task(project.id, 3, "Team informieren")
    line = svc.add_budget_line(project.id, "Schulung", planned=200, actual=100)
    batch_task = svc.delete_task(task.id)
    batch_line = svc.delete_budget_line(line.id)
    detail = svc.get_project(project.id)
    assert detail.steps[2].tasks == () and detail.budget_lines == ()
    assert raises(svc.update_task, task.id, title="x").message == base_messages.MSG_NOT_FOUND
    svc.restore(batch_task)
    svc.restore(batch_line)
    detail = svc.get_project(project.id)
    assert detail.steps[2].tasks[0].id == task.id
    assert detail.budget_actual == 100


# ---- steps ------------------------------------------------------------------------------------
def tick_all(svc: ProjectService, project_id: int, *numbers: int) -> None:
    for step in svc.get_project(project_id).steps:
        if step.number in numbers:
            for item in step.checklist:
                svc.toggle_checklist_item(item.id, True)


def test_set_step_status_returns_warnings_without_blocking(db, svc):
    project = svc.create_project("Pilot")
    result = svc.set_step_status(project.id, 6, "in_progress")
    assert result.step.status == "in_progress"
    assert result.warnings == (("pilot_without_metric", {}),)
    tick_all(svc, project.id, *range(1, 13))
    result = svc.set_step_status(project.id, 6, "done")
    assert result.warnings == (
        ("earlier_step_open", {"step": 6, "open": [1, 2, 3, 4, 5]}),
        ("pilot_without_metric", {}),
    )
    with db.sessions() as session, session.begin():
        indicator = Indicator(project_id=project.id, name="Nutzende pro Woche")
        session.add(indicator)
    for number in range(1, 6):
        svc.set_step_status(project.id, number, "done")
    assert svc.set_step_status(project.id, 7, "done").warnings == ()
    records = ProjectRecordService(db)
    for kind in POLICY_CHECK_KINDS:
        records.set_policy_check(project.id, kind, status="done")
    records.set_policy_check(project.id, "data_protection", dpia_needed=False)
    assert svc.set_step_status(project.id, 8, "done").warnings == ()
    result = svc.set_step_status(project.id, 9, "in_progress")
    assert result.warnings == (("evaluation_without_measurement", {}),)
    with db.sessions() as session, session.begin():
        ind = session.scalar(select(Indicator))
        session.add(Measurement(indicator_id=ind.id, measured_on=date(2025, 5, 1), value=12))
    assert svc.set_step_status(project.id, 9, "done").warnings == ()
    detail = svc.get_project(project.id)
    assert detail.progress == 75.0 and detail.current_step == 10


def test_closing_step_8_with_open_policy_checks_warns_without_blocking(db, svc):
    project = svc.create_project("Messenger")
    tick_all(svc, project.id, *range(1, 13))
    for number in (1, 2, 3, 4, 5, 7):
        svc.set_step_status(project.id, number, "done")
    svc.set_step_status(project.id, 6, "skipped", "Kein Pilot nötig")
    records = ProjectRecordService(db)
    records.set_policy_check(project.id, "accessibility", status="done")
    records.set_policy_check(project.id, "inclusive_design", status="not_needed")
    records.set_policy_check(project.id, "data_protection", status="in_progress")
    # ethics and IT security were never touched: open

    result = svc.set_step_status(project.id, 8, "done")
    assert result.step.status == "done"
    expected = (
        ("policy_checks_open", {"step": 8, "kinds": ["data_protection", "ethics", "it_security"]}),
        ("dpia_undecided", {"step": 8}),
    )
    assert result.warnings == expected
    assert svc.get_project(project.id).warnings == expected

    # skipping the step does not make the law go away
    assert svc.set_step_status(project.id, 8, "skipped", "Macht der Verband").warnings == expected
    assert svc.set_step_status(project.id, 8, "in_progress").warnings == ()

    for kind in ("data_protection", "ethics", "it_security"):
        records.set_policy_check(project.id, kind, status="done")
    assert svc.set_step_status(project.id, 8, "done").warnings == (("dpia_undecided", {"step": 8}),)
    records.set_policy_check(project.id, "data_protection", dpia_needed=True)
    assert svc.get_project(project.id).warnings == ()


def test_closing_a_step_with_unticked_checklist_entries_says_how_many(svc):
    project = svc.create_project("Cloud")
    first, second, third = svc.get_project(project.id).steps[0].checklist[:3]
    svc.toggle_checklist_item(first.id, True)

    result = svc.set_step_status(project.id, 1, "done")
    assert result.warnings == (("checklist_open", {"step": 1, "open": 2}),)
    assert svc.get_project(project.id).warnings == result.warnings
    # the warning about the step just closed comes first, others follow
    result = svc.set_step_status(project.id, 2, "done")
    assert result.warnings == (
        ("checklist_open", {"step": 2, "open": 2}),
        ("checklist_open", {"step": 1, "open": 2}),
    )
    # a skipped step's checklist was skipped on purpose
    assert svc.set_step_status(project.id, 2, "skipped", "Schon bekannt").warnings == (
        ("checklist_open", {"step": 1, "open": 2}),
    )
    svc.toggle_checklist_item(second.id, True)
    svc.toggle_checklist_item(third.id, True)
    assert svc.get_project(project.id).warnings == ()


def test_step_warnings_for_dates_and_budget(svc):
    project = svc.create_project("Pilot")
    svc.update_step(project.id, 6, due_on=date(2025, 6, 30))
    svc.update_step(project.id, 9, due_on=date(2025, 6, 1))
    svc.add_budget_line(project.id, "Lizenzen", planned=1000, actual=800)
    svc.add_budget_line(project.id, "Geräte", planned=1000, actual=1500)
    result = svc.set_step_status(project.id, 1, "in_progress")
    assert result.warnings == (
        (
            "evaluation_before_pilot_end",
            {"evaluation_due": date(2025, 6, 1), "pilot_due": date(2025, 6, 30)},
        ),
        ("budget_over_plan", {"planned": 2000.0, "actual": 2300.0, "percent": 115.0}),
    )
    assert svc.get_project(project.id).warnings == result.warnings


def test_skip_needs_reason_and_reopen_clears_it(db, svc):
    project = svc.create_project("Pilot")
    error = raises(svc.set_step_status, project.id, 2, "skipped", "  ")
    assert (error.message, error.field) == (messages.MSG_SKIP_REASON, "skip_reason")
    assert svc.get_project(project.id).steps[1].status == "open"
    step = svc.set_step_status(project.id, 2, "skipped", "Lösung steht schon fest.").step
    assert (step.status, step.skip_reason) == ("skipped", "Lösung steht schon fest.")
    assert svc.get_project(project.id).progress == 8.3
    step = svc.set_step_status(project.id, 2, "open").step
    assert (step.status, step.skip_reason) == ("open", "")
    assert raises(svc.set_step_status, project.id, 2, "closed").message == (
        base_messages.MSG_CHOICE
    )
    assert raises(svc.set_step_status, project.id, 13, "done").message == messages.MSG_STEP_NUMBER
    assert raises(svc.set_step_status, project.id, 0, "done").message == messages.MSG_STEP_NUMBER


def test_update_step(db, svc, person):
    project = svc.create_project("Pilot")
    step = svc.update_step(
        project.id,
        4,
        responsible_id=person,
        starts_on=date(2025, 2, 1),
        due_on=date(2025, 2, 28),
        notes=" Konzept mit Team ",
    )
    assert step.responsible_name == "Ada Beispiel" and step.notes == "Konzept mit Team"
    step = svc.update_step(project.id, 4, due_on=date(2025, 2, 1))
    assert step.starts_on == date(2025, 2, 1) and step.responsible_id == person
    before = snapshot(db, project.id)
    for values, message in [
        ({"due_on": date(2025, 1, 31)}, messages.MSG_STEP_DATES),
        ({"starts_on": date(2025, 3, 1), "notes": "neu"}, messages.MSG_STEP_DATES),
        ({"due_on": date(2101, 1, 1)}, base_messages.MSG_DATE_RANGE),
        ({"responsible_id": 999}, base_messages.MSG_NOT_FOUND),
    ]:
        assert raises(svc.update_step, project.id, 4, **values).message == message
    assert snapshot(db, project.id) == before
    step = svc.update_step(project.id, 4, responsible_id=None)
    assert step.responsible_name == ""


# ---- checklist --------------------------------------------------------------------------------
def test_checklist_toggle_and_add(db, svc):
    project = svc.create_project("Pilot")
    first = project.steps[0].checklist[0]
    assert svc.toggle_checklist_item(first.id, True).done is True
    assert svc.get_project(project.id).steps[0].checklist[0].done is True
    assert svc.toggle_checklist_item(first.id, False).done is False
    added = svc.add_checklist_item(project.id, 1, "  Elternbeirat fragen ")
    assert added.text == "Elternbeirat fragen" and not added.from_template
    assert added.position == len(project.steps[0].checklist) + 1
    assert svc.get_project(project.id).steps[0].checklist[-1].id == added.id
    before = count(db, ChecklistItem)
    error = raises(svc.add_checklist_item, project.id, 1, " ")
    assert (error.message, error.field) == (messages.MSG_CHECKLIST_TEXT, "text")
    assert count(db, ChecklistItem) == before
    assert raises(svc.toggle_checklist_item, 9999, True).message == base_messages.MSG_NOT_FOUND


# ---- tasks ------------------------------------------------------------------------------------
def test_tasks(db, svc, person):
    project = svc.create_project("Pilot")
    task = svc.add_task(
        project.id, 5, " Lizenzen bestellen ", responsible_id=person, due_on=date(2025, 4, 1)
    )
    assert (task.title, task.step_number, task.responsible_name) == (
        "Lizenzen bestellen",
        5,
        "Ada Beispiel",
    )
    milestone = svc.add_task(project.id, 5, "Zugänge da", is_milestone=True)
    assert milestone.is_milestone and milestone.due_on is None
    task = svc.update_task(task.id, title="Lizenzen kaufen", responsible_id=None)
    assert task.title == "Lizenzen kaufen" and task.due_on == date(2025, 4, 1)
    assert task.responsible_name == ""
    done = svc.set_task_done(task.id, True, today=TODAY)
    assert done.done and done.done_on == TODAY
    assert svc.set_task_done(task.id, True).done_on == date.today()
    reopened = svc.set_task_done(task.id, False)
    assert not reopened.done and reopened.done_on is None
    for call, args, kwargs, message in [
        (svc.add_task, (project.id, 5, ""), {}, messages.MSG_TASK_TITLE),
        (svc.add_task, (project.id, 5, "x"), {"due_on": date(1990, 1, 1)}, None),
        (svc.add_task, (project.id, 5, "x"), {"responsible_id": 999}, None),
        (svc.update_task, (task.id,), {"title": " "}, messages.MSG_TASK_TITLE),
    ]:
        error = raises(call, *args, **kwargs)
        if message:
            assert error.message == message
    assert count(db, Task) == 2
    assert svc.get_project(project.id).steps[4].tasks[0].title == "Lizenzen kaufen"


# ---- budget -----------------------------------------------------------------------------------
def test_budget_lines(db, svc):
    project = svc.create_project("Pilot")
    line = svc.add_budget_line(project.id, " Lizenzen ", "Aktion Mensch", planned="1200.50")
    assert (line.category, line.funding_source, line.planned, line.actual) == (
        "Lizenzen",
        "Aktion Mensch",
        1200.5,
        None,
    )
    line = svc.update_budget_line(line.id, actual=1300)
    assert line.planned == 1200.5 and line.actual == 1300
    for values, message in [
        ({"planned": -1}, base_messages.MSG_NOT_NEGATIVE),
        ({"actual": -0.01}, base_messages.MSG_NOT_NEGATIVE),
        ({"planned": "viel"}, base_messages.MSG_NUMBER),
        ({"category": ""}, messages.MSG_BUDGET_CATEGORY),
    ]:
        assert raises(svc.update_budget_line, line.id, **values).message == message
    with db.sessions() as session:
        stored = session.get(BudgetLine, line.id)
        assert (stored.category, stored.planned, stored.actual) == ("Lizenzen", 1200.5, 1300)
    assert raises(svc.add_budget_line, project.id, "Geräte", planned=-5).field == "planned"
    assert count(db, BudgetLine) == 1
    line = svc.update_budget_line(line.id, actual=None)
    assert line.actual is None


# ---- portfolio --------------------------------------------------------------------------------
def test_portfolio_rows(svc, person):
    a = svc.create_project("B-Projekt", owner_id=person, ends_on=date(2025, 12, 31))
    b = svc.create_project("A-Projekt", light="red", light_reason="Kein Personal.")
    svc.set_step_status(a.id, 1, "done")
    svc.set_step_status(a.id, 2, "skipped", "Markt bekannt.")
    svc.set_step_status(a.id, 4, "done")
    svc.add_task(a.id, 3, "offen, überfällig", due_on=date(2025, 6, 1))
    svc.add_task(a.id, 3, "offen, künftig", due_on=date(2025, 7, 1))
    svc.add_task(a.id, 3, "offen ohne Datum")
    done = svc.add_task(a.id, 4, "erledigt, alt", due_on=date(2025, 1, 1))
    svc.set_task_done(done.id, True, today=TODAY)
    gone = svc.add_task(a.id, 4, "gelöscht", due_on=date(2025, 1, 1))
    svc.delete_task(gone.id)
    svc.add_budget_line(a.id, "Lizenzen", planned=1000, actual=400)
    svc.add_budget_line(a.id, "Geräte", planned=500)
    old = svc.add_budget_line(a.id, "gelöscht", planned=9999, actual=9999)
    svc.delete_budget_line(old.id)
    rows = svc.list_portfolio(today=TODAY)
    assert [r.title for r in rows] == ["A-Projekt", "B-Projekt"]
    rb, ra = rows
    assert (rb.id, rb.light, rb.light_reason, rb.current_step, rb.progress) == (
        b.id,
        "red",
        "Kein Personal.",
        1,
        0.0,
    )
    assert (rb.budget_planned, rb.budget_actual, rb.open_tasks, rb.overdue_tasks) == (0, 0, 0, 0)
    assert ra.current_step == 3 and ra.current_step_title == "Beteiligte einbinden"
    assert ra.progress == 25.0
    assert ra.owner_name == "Ada Beispiel" and ra.ends_on == date(2025, 12, 31)
    assert (ra.budget_planned, ra.budget_actual) == (1500.0, 400.0)
    assert (ra.open_tasks, ra.overdue_tasks) == (3, 1)


def test_portfolio_counts_agree_with_the_rows(svc, person):
    assert svc.portfolio_counts(today=TODAY) == PortfolioCounts(0, 0, 0, 0, 0)
    a = svc.create_project("Läuft", status="active", light="amber", light_reason="Verzug.")
    b = svc.create_project("Rot", light="red", light_reason="Kein Personal.")
    gone = svc.create_project("Im Papierkorb", status="active", light="red", light_reason="x")
    svc.add_task(a.id, 3, "überfällig", due_on=date(2025, 6, 1))
    svc.add_task(a.id, 3, "künftig", due_on=date(2025, 7, 1))
    svc.add_task(b.id, 1, "überfällig", due_on=date(2025, 1, 1))
    done = svc.add_task(b.id, 2, "erledigt", due_on=date(2025, 1, 1))
    svc.set_task_done(done.id, True, today=TODAY)
    svc.add_task(gone.id, 1, "überfällig, aber im Papierkorb", due_on=date(2025, 1, 1))
    svc.delete_project(gone.id)
    rows = svc.list_portfolio(today=TODAY)
    expected = PortfolioCounts(
        count=len(rows),
        active=sum(r.status == "active" for r in rows),
        red=sum(r.light == "red" for r in rows),
        amber=sum(r.light == "amber" for r in rows),
        overdue_tasks=sum(r.overdue_tasks for r in rows),
    )
    assert svc.portfolio_counts(today=TODAY) == expected == PortfolioCounts(2, 1, 1, 1, 2)


def test_portfolio_when_all_steps_closed(svc):
    project = svc.create_project("Fertig", status="completed")
    for number in range(1, 13):
        svc.set_step_status(project.id, number, "done")
    row = svc.list_portfolio()[0]
    assert (row.current_step, row.current_step_title, row.progress) == (None, "", 100.0)


# ---- statement counts ---------------------------------------------------------------------------
def _fill(svc: ProjectService, n: int, person: int) -> list[int]:
    ids = []
    for i in range(n):
        project = svc.create_project(f"Projekt {i:02d}", owner_id=person)
        svc.set_step_status(project.id, 1, "done")
        for number in (1, 2, 6):
            svc.add_task(project.id, number, f"Aufgabe {number}", responsible_id=person)
        svc.add_budget_line(project.id, "Lizenzen", planned=100, actual=120)
        svc.add_budget_line(project.id, "Geräte", planned=50)
        ids.append(project.id)
    return ids


def _count_views(db: Database, svc: ProjectService, project_id: int, n: int) -> tuple[int, int]:
    with statements(db) as seen:
        rows = svc.list_portfolio(today=TODAY)
    assert len(rows) == n
    portfolio = len(seen)
    with statements(db) as seen:
        detail = svc.get_project(project_id)
    assert [len(s.tasks) for s in detail.steps][:6] == [1, 1, 0, 0, 0, 1]
    return portfolio, len(seen)


def test_statement_counts_same_for_3_and_30_projects(db, svc, person):
    ids = _fill(svc, 3, person)
    small = _count_views(db, svc, ids[-1], 3)
    ids += _fill(svc, 27, person)
    large = _count_views(db, svc, ids[-1], 30)
    assert small == large
    # list_portfolio: projects, steps, budget sums, task counts, drivers, goal links;
    # get_project: project, drivers, steps, checklist, tasks, budget lines, goal links,
    # 2 warning checks
    assert large == (6, 9)


def test_unknown_fields_are_a_programming_error(svc):
    project = svc.create_project("Pilot")
    task = svc.add_task(project.id, 5, "Lizenzen kaufen")
    line = svc.add_budget_line(project.id, "Lizenzen", planned=100)
    for call, args, values in [
        (svc.update_project, (project.id,), {"colour": "blue"}),
        (svc.update_step, (project.id, 4), {"status": "done"}),
        (svc.update_task, (task.id,), {"done": True}),
        (svc.update_budget_line, (line.id,), {"amount": 5}),
    ]:
        with pytest.raises(TypeError):
            call(*args, **values)


def test_removed_checklist_entry_goes_back_where_it_was(svc):
    project = svc.create_project("Pilot")
    first, second, third = svc.get_project(project.id).steps[0].checklist[:3]
    svc.toggle_checklist_item(second.id, True)
    ticked = svc.get_project(project.id).steps[0].checklist[1]
    svc.delete_checklist_item(second.id)
    assert [c.id for c in svc.get_project(project.id).steps[0].checklist] == [first.id, third.id]
    back = svc.put_back_checklist_item(ticked)
    rows = svc.get_project(project.id).steps[0].checklist
    assert [c.text for c in rows] == [first.text, second.text, third.text]
    assert (back.position, back.done, back.from_template) == (second.position, True, True)
    svc.delete_project(project.id)
    with pytest.raises(DomainError):
        svc.put_back_checklist_item(ticked)

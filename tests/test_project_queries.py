"""Project lists load in a fixed number of SQL statements, and the timeline shows what it
should: live measures in start order, their step due dates and their milestones."""

from __future__ import annotations

from datetime import date

import pytest

from digiwandel.model.database import Database
from digiwandel.services.organisation import OrganisationService
from digiwandel.services.projects import ProjectService
from digiwandel.services.strategy import StrategyService
from tests.test_services_projects import statements

TODAY = date(2025, 6, 15)


@pytest.fixture
def svc(db: Database) -> ProjectService:
    return ProjectService(db)


@pytest.fixture
def person(db: Database) -> int:
    return OrganisationService(db).create_person("Ada Beispiel").id


@pytest.fixture
def goals(db: Database) -> list[int]:
    strategy = StrategyService(db)
    version = strategy.create_first("Digitalstrategie 2025", date(2025, 1, 1), date(2027, 12, 31))
    return [strategy.create_goal(version.id, f"Ziel {n}").id for n in (1, 2)]


def _fill(db: Database, svc: ProjectService, n: int, person: int, goals: list[int]) -> list[int]:
    """n measures, each with tasks, a milestone, an extra checklist entry, budget lines,
    drivers, step due dates and goal links."""
    strategy = StrategyService(db)
    ids = []
    for i in range(n):
        project = svc.create_project(
            f"Projekt {i:02d}",
            owner_id=person,
            starts_on=date(2025, 1 + i % 12, 1),
            ends_on=date(2026, 1 + i % 12, 1),
            drivers=["ai", "big_data"] if i % 2 else ["online_platforms"],
        )
        svc.set_step_status(project.id, 1, "done")
        svc.update_step(project.id, 1, due_on=date(2025, 2, 1))
        svc.update_step(project.id, 6, due_on=date(2025, 8, 1))
        for number in (1, 2, 6):
            svc.add_task(project.id, number, f"Aufgabe {number}", responsible_id=person)
        svc.add_task(project.id, 6, "Pilot startet", due_on=date(2025, 9, 1), is_milestone=True)
        svc.add_checklist_item(project.id, 2, "Eigener Punkt")
        svc.add_budget_line(project.id, "Lizenzen", planned=100, actual=120)
        svc.add_budget_line(project.id, "Geräte", planned=50)
        for goal_id in goals[: 1 + i % 2]:
            strategy.link_project(goal_id, project.id, "trägt bei")
        ids.append(project.id)
    return ids


def _count(db: Database, svc: ProjectService, project_id: int, n: int) -> tuple[int, int, int]:
    with statements(db) as seen:
        rows = svc.list_portfolio(today=TODAY)
    assert len(rows) == n
    portfolio = len(seen)
    with statements(db) as seen:
        detail = svc.get_project(project_id)
    assert [len(s.tasks) for s in detail.steps][:6] == [1, 1, 0, 0, 0, 2]
    assert len(detail.goals) >= 1
    project = len(seen)
    with statements(db) as seen:
        timeline = svc.timeline()
    assert len(timeline) == n
    assert all(len(row.milestones) == 1 and len(row.steps) == 2 for row in timeline)
    return portfolio, project, len(seen)


def test_statement_counts_same_for_2_and_25_projects(db, svc, person, goals):
    ids = _fill(db, svc, 2, person, goals)
    small = _count(db, svc, ids[-1], 2)
    ids += _fill(db, svc, 23, person, goals)
    large = _count(db, svc, ids[-1], 25)
    assert small == large
    # list_portfolio: projects, steps, budget sums, task counts, drivers, goal links;
    # get_project: project, drivers, steps, checklist, tasks, budget lines, goal links,
    # 2 warning checks; timeline: projects, step due dates, milestones
    assert large == (6, 9, 3)


def test_timeline_order_trash_steps_and_milestones(svc):
    late = svc.create_project("B spät", starts_on=date(2025, 9, 1), ends_on=date(2026, 3, 1))
    undated = svc.create_project("A ohne Start")
    early = svc.create_project(
        "C früh", starts_on=date(2025, 1, 1), light="red", light_reason="Budget fehlt"
    )
    same_day = svc.create_project("A früh", starts_on=date(2025, 1, 1))
    gone = svc.create_project("Im Papierkorb", starts_on=date(2024, 1, 1))
    svc.update_step(early.id, 3, due_on=date(2025, 4, 1))
    svc.update_step(early.id, 1, due_on=date(2025, 2, 1))
    svc.set_step_status(early.id, 1, "done")
    svc.add_task(early.id, 5, "Pilot", due_on=date(2025, 6, 1), is_milestone=True)
    svc.add_task(early.id, 2, "Freigabe", due_on=date(2025, 3, 1), is_milestone=True)
    svc.add_task(early.id, 2, "keine Frist", is_milestone=True)  # no due date: not shown
    svc.add_task(early.id, 2, "normale Aufgabe", due_on=date(2025, 3, 5))
    removed = svc.add_task(early.id, 4, "gestrichen", due_on=date(2025, 5, 1), is_milestone=True)
    svc.delete_task(removed.id)
    done = svc.add_task(late.id, 1, "Start", due_on=date(2025, 9, 1), is_milestone=True)
    svc.set_task_done(done.id, True, today=TODAY)
    svc.delete_project(gone.id)

    rows = svc.timeline()
    assert [r.id for r in rows] == [same_day.id, early.id, late.id, undated.id]
    first = rows[1]
    assert (first.title, first.light, first.starts_on) == ("C früh", "red", date(2025, 1, 1))
    assert [(s.number, s.status, s.due_on) for s in first.steps] == [
        (1, "done", date(2025, 2, 1)),
        (3, "open", date(2025, 4, 1)),
    ]
    assert [(m.title, m.due_on, m.done) for m in first.milestones] == [
        ("Freigabe", date(2025, 3, 1), False),
        ("Pilot", date(2025, 6, 1), False),
    ]
    assert [(m.title, m.done) for m in rows[2].milestones] == [("Start", True)]
    assert (rows[2].ends_on, rows[3].starts_on, rows[3].steps, rows[3].milestones) == (
        date(2026, 3, 1),
        None,
        (),
        (),
    )


def test_portfolio_rows_carry_drivers_and_live_goal_ids(db, svc, goals):
    strategy = StrategyService(db)
    project = svc.create_project("Messenger", drivers=["ai", "online_platforms"])
    plain = svc.create_project("Ohne alles")
    for goal_id in goals:
        strategy.link_project(goal_id, project.id)

    rows = {r.id: r for r in svc.list_portfolio(today=TODAY)}
    assert rows[project.id].drivers == ("ai", "online_platforms")
    assert rows[project.id].goal_ids == tuple(goals)
    assert (rows[plain.id].drivers, rows[plain.id].goal_ids) == ((), ())

    strategy.delete_goal(goals[0])
    rows = {r.id: r for r in svc.list_portfolio(today=TODAY)}
    assert rows[project.id].goal_ids == (goals[1],)
    assert [goal_id for goal_id, _title in svc.get_project(project.id).goals] == [goals[1]]


def test_step_status_warnings_in_fixed_statements(db, svc):
    """Setting a step status and its warnings (checklist, policy checks, metrics) costs the
    same number of statements however many entries, checks and measurements there are."""
    from digiwandel.services.project_records import ProjectRecordService

    records = ProjectRecordService(db)
    strategy = StrategyService(db)

    def status_statements(project_id: int) -> tuple[int, tuple]:
        with statements(db) as seen:
            result = svc.set_step_status(project_id, 8, "done")
        return len(seen), tuple(code for code, _figures in result.warnings)

    small = svc.create_project("Klein").id
    large = svc.create_project("Groß").id
    for n in range(12):
        svc.add_checklist_item(large, 8, f"Punkt {n}")
    for kind in ("accessibility", "ethics", "it_security"):
        records.set_policy_check(large, kind, status="in_progress")
    for n in range(3):
        metric = records.add_metric(large, f"Kennzahl {n}", target_value=10, baseline_value=0)
        for day in range(1, 6):
            strategy.add_measurement(metric.id, date(2025, 3, day), day)

    small_count, small_codes = status_statements(small)
    large_count, large_codes = status_statements(large)
    assert small_count == large_count
    assert "checklist_open" in large_codes and "policy_checks_open" in large_codes
    assert "dpia_undecided" in small_codes

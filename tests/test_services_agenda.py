"""What the first page says needs doing: measures that need attention and what falls due in
the next two weeks, each naming where the user acts."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import event

from digiwandel.services import agenda as kinds
from digiwandel.services.agenda import AgendaService
from digiwandel.services.check import CheckService
from digiwandel.services.projects import ProjectService
from digiwandel.services.strategy import StrategyService

TODAY = date(2026, 6, 15)


def entries(entries_, kind):
    return [e for e in entries_ if e.kind == kind]


def test_an_empty_database_has_nothing_to_do(db):
    result = AgendaService(db).agenda(TODAY)
    assert result.attention == () and result.due == ()


def test_measures_needing_attention_are_named_with_their_reasons(db):
    projects = ProjectService(db)
    red = projects.create_project("Dienstplan-App", light="red", light_reason="Anbieter insolvent")
    amber = projects.create_project("WLAN im Haus", light="amber", light_reason="Lieferung spät")
    projects.create_project("Fertig", light="red", light_reason="alt", status="completed")
    late = projects.create_project("Schulungen")
    projects.add_task(late.id, 3, "Termine abstimmen", due_on=TODAY - timedelta(days=5))
    projects.add_task(late.id, 5, "Raum buchen", due_on=TODAY - timedelta(days=2))
    done = projects.add_task(late.id, 5, "Erledigt", due_on=TODAY - timedelta(days=9))
    projects.set_task_done(done.id, True, today=TODAY)
    projects.update_step(red.id, 2, due_on=TODAY - timedelta(days=1))
    projects.add_budget_line(amber.id, "Hardware", planned=1000, actual=1450)
    projects.add_budget_line(late.id, "Honorare", planned=500, actual=400)

    attention = AgendaService(db).agenda(TODAY).attention

    assert [(e.title, e.detail) for e in entries(attention, kinds.LIGHT_RED)] == [
        ("Dienstplan-App", "Anbieter insolvent")
    ], "a finished measure needs no attention"
    assert [(e.title, e.detail) for e in entries(attention, kinds.LIGHT_AMBER)] == [
        ("WLAN im Haus", "Lieferung spät")
    ]
    (overdue,) = entries(attention, kinds.TASKS_OVERDUE)
    assert (overdue.ident, overdue.count, overdue.when, overdue.step) == (
        late.id,
        2,
        TODAY - timedelta(days=5),
        3,
    ), "two open overdue tasks; the earliest date; the first step to open"
    (step,) = entries(attention, kinds.STEP_OVERDUE)
    assert (step.ident, step.step) == (red.id, 2)
    (budget,) = entries(attention, kinds.OVER_BUDGET)
    assert (budget.title, budget.count) == ("WLAN im Haus", 450)
    assert all(e.target == kinds.TO_MEASURE for e in attention)


def test_what_falls_due_in_the_next_two_weeks_in_date_order(db):
    projects = ProjectService(db)
    measure = projects.create_project("Online-Beratung")
    projects.add_task(measure.id, 6, "Vertrag prüfen", due_on=TODAY + timedelta(days=3))
    projects.add_task(measure.id, 9, "Start", due_on=TODAY + timedelta(days=10), is_milestone=True)
    projects.add_task(measure.id, 9, "Später", due_on=TODAY + timedelta(days=30))
    strategy = StrategyService(db)
    version = strategy.create_first("Strategie 2026")
    strategy.adopt(version.id, TODAY - timedelta(days=100), "Vorstand")
    strategy.set_next_review(version.id, TODAY + timedelta(days=7))
    strategy.create_communication(
        "Mitarbeitende", due_on=TODAY + timedelta(days=1), version_id=version.id
    )

    due = AgendaService(db).agenda(TODAY).due

    assert [(e.kind, e.title, e.when) for e in due] == [
        (kinds.COMMUNICATION_DUE, "Mitarbeitende", TODAY + timedelta(days=1)),
        (kinds.TASK_DUE, "Vertrag prüfen", TODAY + timedelta(days=3)),
        (kinds.REVIEW_DUE, "Strategie 2026", TODAY + timedelta(days=7)),
        (kinds.MILESTONE_DUE, "Start", TODAY + timedelta(days=10)),
    ]
    assert due[1].detail == "Online-Beratung" and due[1].step == 6
    assert due[2].target == kinds.TO_STRATEGY and due[2].ident == version.id


def test_an_overdue_review_needs_attention(db):
    strategy = StrategyService(db)
    version = strategy.create_first("Strategie 2025")
    strategy.adopt(version.id, TODAY - timedelta(days=400), "Vorstand")
    strategy.set_next_review(version.id, TODAY - timedelta(days=31))
    (entry,) = AgendaService(db).agenda(TODAY).attention
    assert (entry.kind, entry.target, entry.ident) == (
        kinds.REVIEW_OVERDUE,
        kinds.TO_STRATEGY,
        version.id,
    )


def test_the_next_check_is_due_a_year_after_the_last(db):
    check = CheckService(db)
    old = check.create_assessment("Check 2025", TODAY - timedelta(days=360))
    sheet = check.add_respondent(old.id)
    item = check.survey_structure(old.id)[0].items[0]
    check.set_answer(sheet.id, item.id, "level", 2)
    check.complete(old.id)
    (entry,) = AgendaService(db).agenda(TODAY).due
    assert (entry.kind, entry.target, entry.when) == (
        kinds.CHECK_DUE,
        kinds.TO_CHECK,
        TODAY - timedelta(days=360),
    )
    assert AgendaService(db).agenda(TODAY - timedelta(days=30)).due == (), "not yet"
    check.create_assessment("Check 2026", TODAY)  # a new check has begun
    assert AgendaService(db).agenda(TODAY).due == ()


def test_many_measures_show_a_few_of_each_kind_and_the_total(db):
    projects = ProjectService(db)
    for number in range(12):
        projects.create_project(f"Maßnahme {number:02d}", light="red", light_reason="Verzug")
    result = AgendaService(db).agenda(TODAY)
    assert len(entries(result.attention, kinds.LIGHT_RED)) == kinds.SHOWN_PER_KIND
    assert result.totals[kinds.LIGHT_RED] == 12


def test_the_agenda_takes_a_fixed_number_of_statements(demo_db):
    statements = []
    event.listen(demo_db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    AgendaService(demo_db).agenda()
    first = len(statements)
    ProjectService(demo_db).create_project("Noch eine", light="red", light_reason="neu")
    statements.clear()
    AgendaService(demo_db).agenda()
    assert len(statements) == first <= 12


def test_first_steps_are_ticked_when_their_data_exists(db):
    from digiwandel.services.organisation import OrganisationService
    from digiwandel.services.overview import FIRST_STEPS, OverviewService

    overview = OverviewService(db)
    assert overview.first_steps().done == dict.fromkeys(FIRST_STEPS, False)
    org = OrganisationService(db)
    org.save_profile(name="Verein")
    assert not overview.first_steps().done["organisation"], "an organisation needs its areas"
    org.create_area("Beratung")
    check = CheckService(db)
    draft = check.create_assessment("Check 2026", TODAY)
    StrategyService(db).create_first("Strategie")
    ProjectService(db).create_project("WLAN")
    steps = overview.first_steps()
    assert steps.done == {
        "organisation": True,
        "check": False,  # begun, not completed
        "strategy": True,
        "measure": True,
        "report": False,
    }
    assert not steps.complete and not steps.hidden
    sheet = check.add_respondent(draft.id)
    check.set_answer(sheet.id, check.survey_structure(draft.id)[0].items[0].id, "level", 1)
    check.complete(draft.id)
    assert overview.first_steps().done["check"]
    overview.hide_first_steps()
    assert overview.first_steps().hidden
    overview.hide_first_steps(False)
    assert not overview.first_steps().hidden


def test_the_demo_has_taken_every_first_step(tmp_path):
    from digiwandel.model.database import open_database
    from digiwandel.services.demo import create_demo_file
    from digiwandel.services.overview import OverviewService

    db = open_database(create_demo_file(tmp_path / "demo.sqlite3"))
    try:
        assert OverviewService(db).first_steps().complete
    finally:
        db.close()


def test_goals_without_measures_and_measures_without_goals(db):
    strategy = StrategyService(db)
    version = strategy.create_first("Strategie 2026")
    served = strategy.create_goal(version.id, "Beratung online")
    lonely = strategy.create_goal(version.id, "Daten sicher")
    done = strategy.create_goal(version.id, "Erledigt")
    strategy.update_goal(done.id, status="achieved")
    projects = ProjectService(db)
    linked = projects.create_project("Online-Beratung")
    unlinked = projects.create_project("Neue Drucker")
    projects.create_project("Alt", status="completed")
    strategy.link_project(served.id, linked.id)

    attention = AgendaService(db).agenda(TODAY).attention
    assert [(e.title, e.ident) for e in entries(attention, kinds.GOAL_WITHOUT_MEASURE)] == [
        ("Daten sicher", version.id)
    ], "an achieved goal needs no measure"
    assert [(e.title, e.ident) for e in entries(attention, kinds.MEASURE_WITHOUT_GOAL)] == [
        ("Neue Drucker", unlinked.id)
    ], "a finished measure needs no goal"

    # Once a strategy is adopted, the goals of a new draft do not count yet.
    strategy.adopt(version.id, TODAY, "Vorstand")
    draft = strategy.new_version_from(version.id, "Strategie 2027")
    strategy.create_goal(draft.id, "Noch offen")
    titles = [
        e.title
        for e in entries(AgendaService(db).agenda(TODAY).attention, kinds.GOAL_WITHOUT_MEASURE)
    ]
    assert titles == ["Daten sicher"]
    assert lonely.id


def test_without_a_strategy_no_measure_is_said_to_lack_a_goal(db):
    ProjectService(db).create_project("Neue Drucker")
    assert AgendaService(db).agenda(TODAY).attention == ()

"""The overview names what needs doing, and each entry opens the place where the user acts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from digiwandel.ui.context import AppContext, Change
from digiwandel.ui.main_window import MainWindow


@pytest.fixture
def window(demo_window):
    demo_window.navigation.setCurrentRow(0)
    return demo_window


def row_of(view, start: str) -> int:
    return next(i for i, text in enumerate(view.texts()) if text.startswith(start))


def test_the_demo_overview_names_measures_and_the_overdue_review(window):
    attention = window.overview.agenda.attention.texts()
    assert any(t.startswith("Red: “") and "Lohnabrechnung" in t for t in attention)
    assert sum(t.startswith("Amber: “") for t in attention) == 3
    assert any("task overdue since" in t or "tasks overdue since" in t for t in attention)
    assert any(t.startswith("The review of the strategy") for t in attention)
    assert window.overview.agenda.due.texts(), "the due list says something, even if empty"


def test_enter_on_an_entry_opens_the_measure(window, qtbot):
    view = window.overview.agenda.attention
    row = row_of(view, "Red: “")
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    projects = window.projects
    assert window.stack.currentWidget() is projects
    assert projects.stack.currentWidget() is projects.detail
    from digiwandel.services.projects import ProjectService

    detail = ProjectService(window.ctx.db).get_project(projects.detail.project_id)
    assert "Lohnabrechnung" in detail.light_reason


def test_a_click_on_the_review_opens_the_strategy_version(window, qtbot):
    view = window.overview.agenda.attention
    row = row_of(view, "The review of the strategy")
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    strategy = window.page(4)
    assert window.stack.currentWidget() is strategy
    assert strategy.current_version().status == "adopted"


def test_the_overview_follows_an_edit_of_a_measure(window):
    from digiwandel.services.projects import ProjectService

    ProjectService(window.ctx.db).create_project(
        "Neue Ampel", light="red", light_reason="Förderbescheid fehlt"
    )
    window.ctx.data_changed.emit(Change.PROJECTS)
    assert "Red: “Neue Ampel” – Förderbescheid fehlt" in window.overview.agenda.attention.texts()


def test_entries_are_links_not_only_by_colour(window):
    view = window.overview.agenda.attention
    item = view.model().item(0)
    assert item.font().underline()
    assert item.toolTip()
    assert view.accessibleName() == "Needs attention"


@pytest.fixture
def new_file_window(qtbot, tmp_path, monkeypatch):
    from digiwandel.model.database import open_database
    from digiwandel.services.organisation import OrganisationService

    path = tmp_path / "neu.sqlite3"
    db = open_database(path)
    OrganisationService(db).set_up("Verein am Fluss", ["Beratung", "Wohnen"])
    db.close()
    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.show()
    win.navigation.setCurrentRow(0)
    return win


def test_first_steps_lead_a_new_organisation_and_can_be_hidden(new_file_window, qtbot):
    win = new_file_window
    steps = win.overview.first_steps
    assert win.overview.first_steps_box.isVisible()
    marks = {key: label.text() for key, label in steps.marks.items()}
    assert marks["organisation"] == "✓ done"
    assert {marks[k] for k in ("check", "strategy", "measure", "report")} == {"○ open"}

    steps.buttons["check"].click()
    assert win.stack.currentWidget() is win.check
    win.navigation.setCurrentRow(0)
    from digiwandel.services.projects import ProjectService

    ProjectService(win.ctx.db).create_project("WLAN")
    win.ctx.data_changed.emit(Change.PROJECTS)
    assert steps.marks["measure"].text() == "✓ done"

    steps.hide_button.click()
    assert not win.overview.first_steps_box.isVisible()
    from digiwandel.services.overview import OverviewService

    assert OverviewService(win.ctx.db).first_steps().hidden, "hidden for good, in the file"


def test_the_demo_shows_no_first_steps(window):
    assert not window.overview.first_steps_box.isVisible()


def test_a_draft_check_nobody_has_finished_shows_no_index(window):
    page = window.check
    window.navigation.setCurrentRow(2)
    model = page.model
    rows = [model.row_at(r) for r in range(model.rowCount())]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    index_column, stage_column = headers.index("Index"), headers.index("Stage")
    for number, row in enumerate(rows):
        index = model.index(number, index_column).data()
        stage = model.index(number, stage_column).data()
        if row.status == "draft" and row.finished_count == 0:
            assert (index, stage) == ("–", "–")
        elif row.status == "completed":
            assert index.endswith("%") and stage != "–"
    assert any(r.status == "draft" and r.finished_count == 0 for r in rows), "the demo has one"


def test_a_goal_without_a_measure_is_named_and_leads_to_the_strategy(new_file_window, qtbot):
    from digiwandel.services.strategy import StrategyService

    window = new_file_window
    strategy = StrategyService(window.ctx.db)
    draft = strategy.create_first("Digitalstrategie 2027")
    strategy.create_goal(draft.id, "Alle Teams nutzen die Fallakte")
    window.ctx.data_changed.emit(Change.STRATEGY)
    view = window.overview.agenda.attention
    row = row_of(view, "Goal “Alle Teams nutzen die Fallakte”")
    assert view.texts()[row] == "Goal “Alle Teams nutzen die Fallakte” has no measure yet"
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.page(4)
    assert window.page(4).current_version_id() == draft.id


def test_the_small_radar_shows_every_dimension_with_its_change(window):
    profile = window.overview.profile
    assert profile.isVisible() and profile.radar.isVisible()
    assert len(profile.radar.figures) == 9 and profile.radar.has_previous()
    description = profile.radar.accessibleDescription()
    assert description.startswith("1 Strategy & leadership: 63%; 2 ")
    first = profile.radar.figures[0]
    change = round(first.percent) - round(first.previous)
    assert f"+{change}" in profile.table.text()
    assert "percentage points" in window.overview.check_label.text()
    image = profile.radar.grab().toImage()
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 80, 7)}) > 2


def test_strategy_progress_names_each_goal_and_opens_it(window, qtbot):
    goals = window.overview.goals
    texts = goals.texts()
    assert "“Fallakten vollständig digital führen”: 71% of the way" in texts
    assert any("Daten aus Fachsoftware" in t for t in texts)
    assert "Digitalstrategie" in window.overview.strategy_title.text()
    row = row_of(goals, "“Online-Beratung für Familien anbieten”")
    goals.setFocus()
    goals.setCurrentIndex(goals.model().index(row, 0))
    qtbot.keyClick(goals, Qt.Key.Key_Return)
    page = window.page(4)
    assert window.stack.currentWidget() is page
    tab = page.tabs.currentWidget()
    assert tab.goals.current().title == "Online-Beratung für Familien anbieten"
    assert page.current_version().status == "adopted"


def test_open_findings_arrive_in_the_background_and_open_the_check(window, qtbot):
    overview = window.overview
    qtbot.waitUntil(lambda: overview.findings_ready, timeout=20_000)
    assert overview.findings_box.isVisible()
    texts = overview.findings.texts()
    assert texts and all(t.endswith(": no measure yet") for t in texts)
    rect = overview.findings.visualRect(overview.findings.model().index(0, 0))
    qtbot.mouseClick(overview.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    check = window.check
    assert window.stack.currentWidget() is check
    assert check.tabs.currentWidget() is check.results
    assert check.current().status == "completed"
    assert check.current().id == overview._findings_wanted[1]


def test_the_due_list_never_counts_goals_without_a_measure(window):
    assert not any("goal" in text for text in window.overview.agenda.due.texts())
    assert any("has no measure yet" in t for t in window.overview.agenda.attention.texts())


def test_the_first_steps_come_back_from_the_view_menu(window):
    window.navigation.setCurrentRow(3)
    assert not window.overview.first_steps_box.isVisible()
    window.first_steps_action.trigger()
    assert window.stack.currentWidget() is window.overview
    assert window.overview.first_steps_box.isVisible()
    assert set(window.overview.first_steps.marks[k].text() for k in ("check", "report")) == {
        "✓ done"
    }
    window.overview.first_steps.hide_button.click()
    assert not window.overview.first_steps_box.isVisible()


def test_a_check_of_fewer_sheets_than_the_smallest_group_is_said_not_anonymous(
    new_file_window, qtbot
):
    from datetime import date

    from digiwandel.services.check import CheckService

    window = new_file_window
    check = CheckService(window.ctx.db, "en")
    draft = check.create_assessment("Kleiner Check", date(2026, 5, 1))
    item = check.survey_structure(draft.id)[0].items[0]
    sheet = check.add_respondent(draft.id)
    check.set_answer(sheet.id, item.id, "level", 2)
    check.complete(draft.id)
    window.ctx.notify(Change.CHECK)
    overview = window.overview
    qtbot.waitUntil(lambda: overview.findings_ready, timeout=20_000)
    assert overview.few_sheets_label.isVisible()
    assert "fewer than 3 answer sheets" in overview.few_sheets_label.text()

"""Strategy page, tab "Goals": goals, indicators, measurements and the chart through the GUI."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt

from digiwandel.services.strategy import StrategyService
from digiwandel.ui.context import AppContext
from digiwandel.ui.main_window import MainWindow
from digiwandel.ui.pages.strategy import StrategyPage
from digiwandel.ui.pages.strategy_goals import GoalsTab
from tests.test_accessibility import unnamed_controls
from tests.ui_helpers import with_modal


@pytest.fixture(autouse=True)
def german_locale():
    """Numbers and dates are typed and shown as in the default UI language, German."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def env(qtbot, tmp_path, monkeypatch):
    from digiwandel.services.demo import create_demo_file

    path = create_demo_file(tmp_path / "demo.sqlite3")
    # Deleting asks first; the tests answer "yes" here.
    for part in ("goals", "indicators", "measurements"):
        monkeypatch.setattr(f"digiwandel.ui.pages.strategy_goals.{part}.confirm", lambda *a: True)
    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    assert win.open_path(path)
    service = StrategyService(win.ctx.db)
    version = empty_draft(service)
    oberziel = service.create_oberziel("Teilhabe stärken")
    page = StrategyPage(win.ctx)
    qtbot.addWidget(page)
    tab = GoalsTab(page)
    page.tabs.addTab(tab, "Goals")
    page.reload()
    page.select_version(version.id)
    page.tabs.setCurrentWidget(tab)
    page.resize(1100, 800)
    page.show()  # a shown page reloads after each edit; a hidden one only when shown
    return {
        "win": win,
        "page": page,
        "tab": tab,
        "service": service,
        "version": version,
        "oberziel": oberziel,
    }


def empty_draft(service: StrategyService):
    """A draft without goals, whether or not the demo brings a strategy of its own."""
    versions = service.list_versions()
    if not versions:
        return service.create_first("Digitalstrategie 2026–2028")
    draft = service.new_version_from(versions[-1].id, "Testfassung")
    for goal in service.list_goals(draft.id):
        service.delete_goal(goal.id)
    return draft


def cell(panel, row: int, header: str) -> str:
    model = panel.model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == header
    )
    return model.data(model.index(row, column))


def make_goal(env, title="Online-Beratung anbieten", **values):
    return env["service"].create_goal(env["version"].id, title, **values)


def make_indicator(env, goal_id, name="Anteil digitaler Beratungen", **values):
    values = {"unit": "%", "baseline_value": 20.0, "target_value": 80.0, **values}
    return env["service"].create_indicator(goal_id, name, **values)


def test_add_goal_through_the_dialog(env):
    tab, service = env["tab"], env["service"]
    person = env["win"].ctx.org.list_persons()[0]
    seen = {}

    def fill(dialog):
        seen["unnamed"] = unnamed_controls(dialog)
        dialog.fields["title"].setText("Online-Beratung anbieten")
        dialog.fields["description"].setPlainText("Beratung auch per Video und Chat")
        oberziel = dialog.fields["oberziel_id"]
        oberziel.setCurrentIndex(oberziel.findData(env["oberziel"].id))
        owner = dialog.fields["owner_id"]
        owner.setCurrentIndex(owner.findData(person.id))
        dialog.fields["due_on"].setText("31.12.2027")
        impact = dialog.fields["impact_level"]
        seen["tooltip"] = impact.toolTip()
        impact.setCurrentIndex(impact.findData(4))
        dialog.accept()

    with_modal(fill, tab.goals.add_requested.emit)
    assert seen["unnamed"] == []
    assert "Wirkungstreppe" in seen["tooltip"]
    goals = service.list_goals(env["version"].id)
    assert [g.title for g in goals] == ["Online-Beratung anbieten"]
    goal = goals[0]
    assert goal.due_on == date(2027, 12, 31)
    assert goal.owner_id == person.id and goal.oberziel_id == env["oberziel"].id
    assert tab.goals.current().id == goal.id
    assert cell(tab.goals, 0, "Impact level") == "4 – Outcome"
    assert cell(tab.goals, 0, "Oberziel") == "Teilhabe stärken"
    assert cell(tab.goals, 0, "Status") == "open"
    assert cell(tab.goals, 0, "Progress") == "–"
    env["win"].ctx.undo_stack.undo()
    assert service.list_goals(env["version"].id) == []
    env["win"].ctx.undo_stack.redo()
    assert [g.title for g in service.list_goals(env["version"].id)] == [goal.title]


def test_empty_title_shows_message_next_to_field_and_keeps_dialog_open(env):
    tab = env["tab"]
    seen = {}

    def fill(dialog):
        dialog.fields["title"].setText("   ")
        dialog.fields["due_on"].setText("31.12.2027")
        dialog.accept()
        seen["visible"] = dialog.isVisible()
        seen["shown"] = not dialog.errors["title"].isHidden()
        seen["error"] = dialog.errors["title"].text()
        seen["due"] = dialog.fields["due_on"].text()
        dialog.reject()

    with_modal(fill, tab.goals.add_requested.emit)
    assert seen["visible"] and seen["shown"]
    assert "title" in seen["error"]
    assert seen["due"] == "31.12.2027"
    assert env["service"].list_goals(env["version"].id) == []


def test_wrong_due_date_shows_message_next_to_field(env):
    seen = {}

    def fill(dialog):
        dialog.fields["title"].setText("Ziel")
        dialog.fields["due_on"].setText("32.13.2027")
        dialog.accept()
        seen["shown"] = not dialog.errors["due_on"].isHidden()
        dialog.reject()

    with_modal(fill, env["tab"].goals.add_requested.emit)
    assert seen["shown"]


def test_edit_and_delete_goal_with_undo(env):
    tab, service, ctx = env["tab"], env["service"], env["win"].ctx
    goal = make_goal(env, status="open")
    env["page"].reload()
    tab.goals.select_id(goal.id)

    def fill(dialog):
        assert dialog.fields["title"].text() == goal.title
        dialog.fields["title"].setText("Online-Beratung ausbauen")
        status = dialog.fields["status"]
        status.setCurrentIndex(status.findData("in_progress"))
        dialog.accept()

    with_modal(fill, lambda: tab.goals.edit_requested.emit(tab.goals.current()))
    edited = service.get_goal(goal.id)
    assert (edited.title, edited.status) == ("Online-Beratung ausbauen", "in_progress")
    assert cell(tab.goals, 0, "Status") == "in progress"
    ctx.undo_stack.undo()
    assert service.get_goal(goal.id).title == goal.title

    tab.goals.select_id(goal.id)
    tab.goals.delete_requested.emit(tab.goals.current())
    assert service.list_goals(env["version"].id) == []
    assert tab.goal_model.rowCount() == 0
    ctx.undo_stack.undo()
    assert [g.id for g in service.list_goals(env["version"].id)] == [goal.id]
    assert tab.goal_model.rowCount() == 1


def test_move_goal_with_keyboard_and_undo(env, qtbot):
    tab, service = env["tab"], env["service"]
    first, second = make_goal(env, "Erstes Ziel"), make_goal(env, "Zweites Ziel")
    env["page"].show()
    env["page"].reload()
    tab.goals.select_id(first.id)
    env["page"].activateWindow()
    qtbot.waitUntil(env["page"].isActiveWindow)
    tab.goals.view.setFocus()
    qtbot.keyClick(tab.goals.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [g.id for g in service.list_goals(env["version"].id)] == [second.id, first.id]
    assert tab.goals.current().id == first.id
    env["win"].ctx.undo_stack.undo()
    assert [g.id for g in service.list_goals(env["version"].id)] == [first.id, second.id]


def test_adopted_version_disables_editing_but_explains_why(env):
    tab, service = env["tab"], env["service"]
    goal = make_goal(env)
    make_indicator(env, goal.id)
    service.adopt(env["version"].id, date.today(), "Vorstand")
    env["page"].show()
    env["page"].reload()
    assert not tab.goals.add_button.isEnabled()
    assert not tab.goals.edit_button.isEnabled()
    assert not tab.goals.delete_button.isEnabled()
    assert not tab.up_button.isEnabled()
    assert not tab.indicators.add_button.isEnabled()
    assert not tab.indicators.edit_button.isEnabled()
    assert "adopted" in tab.state_label.text() and tab.state_label.isVisible()
    # Insert does nothing either (no dialog may open: that would block the test).
    tab.goals.add_requested.emit()
    # Measurements may still be entered, as the service allows it.
    assert tab.add_measurement_button.isEnabled()
    tab.value_edit.setText("30")
    tab.add_measurement()
    assert len(service.list_measurements(tab.indicators.current().id)) == 1


def test_without_a_version_the_tab_explains_and_offers_nothing(qtbot, tmp_path):
    from digiwandel.model.database import open_database
    from digiwandel.services.demo import populate_demo

    path = tmp_path / "organisation-only.sqlite3"
    db = open_database(path)
    populate_demo(db)  # the organisation, no strategy
    db.close()
    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    assert win.open_path(path)
    page = StrategyPage(win.ctx)
    qtbot.addWidget(page)
    tab = GoalsTab(page)
    page.tabs.addTab(tab, "Goals")
    page.reload()
    page.tabs.setCurrentWidget(tab)
    assert "no strategy version" in tab.state_label.text()
    assert not tab.goals.add_button.isEnabled()
    assert not tab.add_measurement_button.isEnabled()


def test_indicator_and_quick_measurement_give_progress(env, qtbot):
    tab, service, page = env["tab"], env["service"], env["page"]
    goal = make_goal(env)
    page.show()
    page.reload()
    tab.goals.select_id(goal.id)
    seen = {}

    def fill(dialog):
        seen["unnamed"] = unnamed_controls(dialog)
        seen["range_enabled"] = dialog.fields["range_low"].isEnabled()
        direction = dialog.fields["direction"]
        direction.setCurrentIndex(direction.findData("range"))
        seen["range_enabled_after"] = dialog.fields["range_low"].isEnabled()
        direction.setCurrentIndex(direction.findData("higher"))
        dialog.fields["name"].setText("Anteil digitaler Beratungen")
        dialog.fields["unit"].setText("%")
        dialog.fields["baseline_value"].setText("20")
        dialog.fields["baseline_on"].setText("01.01.2026")
        dialog.fields["target_value"].setText("80")
        dialog.fields["target_on"].setText("31.12.2027")
        dialog.accept()

    with_modal(fill, tab.indicators.add_requested.emit)
    assert seen["unnamed"] == []
    assert seen["range_enabled"] is False and seen["range_enabled_after"] is True
    indicator = tab.indicators.current()
    assert indicator.name == "Anteil digitaler Beratungen"
    assert (indicator.baseline_value, indicator.target_value) == (20.0, 80.0)
    assert tab.chart.canvas is not None
    assert tab.chart.canvas.accessibleName()

    tab.value_edit.setText("50")
    tab.comment_edit.setText("Auswertung Fachsoftware")
    qtbot.keyClick(tab.value_edit, Qt.Key.Key_Return)
    measurements = service.list_measurements(indicator.id)
    assert [(m.value, m.comment, m.measured_on) for m in measurements] == [
        (50.0, "Auswertung Fachsoftware", date.today())
    ]
    assert tab.value_edit.text() == ""
    assert cell(tab.indicators, 0, "Progress") == "50\u00a0%"
    assert cell(tab.goals, 0, "Progress") == "50\u00a0%"
    assert "50\u00a0%" in tab.chart.summary.text()
    assert tab.measurement_model.rowCount() == 1
    env["win"].ctx.undo_stack.undo()
    assert service.list_measurements(indicator.id) == []
    assert cell(tab.goals, 0, "Progress") == "–"


def test_target_equal_to_baseline_shows_message_next_to_field(env):
    tab = env["tab"]
    make_goal(env)
    env["page"].reload()
    seen = {}

    def fill(dialog):
        dialog.fields["name"].setText("Zufriedenheit")
        dialog.fields["baseline_value"].setText("3")
        dialog.fields["target_value"].setText("3")
        dialog.accept()
        seen["visible"] = dialog.isVisible()
        seen["shown"] = not dialog.errors["target_value"].isHidden()
        dialog.reject()

    with_modal(fill, tab.indicators.add_requested.emit)
    assert seen["visible"] and seen["shown"]


@pytest.mark.parametrize("typed", ["", "viel"])
def test_invalid_measurement_shows_message_and_stores_nothing(env, qtbot, typed):
    tab, service = env["tab"], env["service"]
    goal = make_goal(env)
    indicator = make_indicator(env, goal.id)
    env["page"].show()
    env["page"].reload()
    assert tab.indicators.current().id == indicator.id
    tab.value_edit.setText(typed)
    tab.add_measurement_button.click()
    assert tab.quick_error.isVisible()
    assert tab.quick_error.text().startswith("⚠")
    assert service.list_measurements(indicator.id) == []


def test_indicator_values_round_trip_the_german_way(env, qtbot):
    tab, service = env["tab"], env["service"]
    goal = make_goal(env)
    env["page"].show()
    env["page"].reload()
    tab.goals.select_id(goal.id)

    def create(dialog):
        dialog.fields["name"].setText("Beratungsminuten")
        dialog.fields["baseline_value"].setText("1.234,5")
        dialog.fields["baseline_on"].setText("1.1.26")
        dialog.fields["target_value"].setText("2.000")
        dialog.accept()

    with_modal(create, tab.indicators.add_requested.emit)
    created = tab.indicators.current()
    assert (created.baseline_value, created.target_value) == (1234.5, 2000.0)
    assert created.baseline_on == date(2026, 1, 1)
    assert cell(tab.indicators, 0, "Starting value") == "1.234,5 (01.01.2026)"
    seen = {}

    def keep(dialog):
        seen["texts"] = (
            dialog.fields["baseline_value"].text(),
            dialog.fields["target_value"].text(),
            dialog.fields["baseline_on"].text(),
        )
        dialog.accept()

    with_modal(keep, lambda: tab.indicators.edit_requested.emit(tab.indicators.current()))
    assert seen["texts"] == ("1234,5", "2000", "01.01.2026")
    again = service.list_goals(env["version"].id)[0].indicators[0]
    assert (again.baseline_value, again.target_value) == (1234.5, 2000.0)

    # "2.5" is no German number: refused next to the quick entry, nothing stored
    tab.value_edit.setText("2.5")
    tab.add_measurement_button.click()
    assert tab.quick_error.isVisible()
    assert service.list_measurements(created.id) == []
    tab.value_edit.setText("1.500,25")
    tab.add_measurement_button.click()
    assert [m.value for m in service.list_measurements(created.id)] == [1500.25]
    assert tab.measurement_model.data(tab.measurement_model.index(0, 1)) == "1.500,25"


def test_edit_and_delete_measurement_with_undo(env):
    tab, service, ctx = env["tab"], env["service"], env["win"].ctx
    goal = make_goal(env)
    indicator = make_indicator(env, goal.id)
    m = service.add_measurement(indicator.id, date.today(), 30.0)
    env["page"].show()
    env["page"].reload()
    tab.measurements.select_id(m.id)
    seen = {}

    def fill(dialog):
        seen["unnamed"] = unnamed_controls(dialog)
        dialog.fields["value"].setText("65")
        dialog.fields["confidence"].setValue(11)  # capped at 10 by the spin box
        dialog.accept()

    with_modal(fill, lambda: tab.measurements.edit_requested.emit(tab.measurements.current()))
    assert seen["unnamed"] == []
    changed = service.list_measurements(indicator.id)[0]
    assert (changed.value, changed.confidence) == (65.0, 10)
    ctx.undo_stack.undo()
    assert service.list_measurements(indicator.id)[0].value == 30.0

    tab.measurements.select_id(m.id)
    tab.measurements.delete_requested.emit(tab.measurements.current())
    assert service.list_measurements(indicator.id) == []
    ctx.undo_stack.undo()
    assert [x.id for x in service.list_measurements(indicator.id)] == [m.id]


def test_chart_follows_the_selected_indicator(env):
    tab = env["tab"]
    goal = make_goal(env)
    first = make_indicator(env, goal.id)
    second = make_indicator(
        env,
        goal.id,
        "Wartezeit",
        unit="Tage",
        baseline_value=30.0,
        target_value=10.0,
        direction="lower",
    )
    env["page"].show()
    env["page"].reload()
    tab.indicators.select_id(first.id)
    assert tab.chart.canvas is not None
    assert "Anteil" in tab.chart.canvas.accessibleName()
    tab.indicators.select_id(second.id)
    assert "Wartezeit" in tab.chart.canvas.accessibleName()
    assert "No measurement yet" in tab.chart.summary.text()


def test_tab_is_accessible(env):
    goal = make_goal(env, impact_level=7)
    make_indicator(env, goal.id)
    env["page"].show()
    env["page"].reload()
    assert unnamed_controls(env["page"]) == []
    assert env["tab"].goals.view.accessibleName()


def test_without_a_database_the_tab_explains_and_offers_nothing(qtbot):
    page = StrategyPage(AppContext())
    qtbot.addWidget(page)
    tab = GoalsTab(page)
    page.tabs.addTab(tab, "Goals")
    page.tabs.setCurrentWidget(tab)
    page.reload()
    page.show()
    assert "database" in tab.state_label.text()
    assert not tab.goals.add_button.isEnabled()
    assert not tab.add_measurement_button.isEnabled()
    assert unnamed_controls(page) == []

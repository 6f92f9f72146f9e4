"""Strategic goals, their indicators and the measurements of indicators changed on two PCs at
once: a change based on an older state is refused and the other one kept; based on the state
now stored, the same change is saved. Service level (two connections) and through the GUI
(a form open while another PC saves)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale

from digiwandel.model.database import open_database
from digiwandel.services.demo import create_demo_file
from digiwandel.services.errors import DomainError, StaleEditError
from digiwandel.services.strategy import StrategyService
from digiwandel.ui.context import AppContext
from digiwandel.ui.main_window import MainWindow
from digiwandel.ui.pages.strategy_goals import GoalsTab
from tests.test_services_projects import statements
from tests.ui_helpers import with_modal

STALE = "Someone else changed this entry in the meantime"


def _draft(service: StrategyService):
    return next(v for v in service.list_versions() if v.status == "draft")


def _adopted(service: StrategyService):
    return next(v for v in service.list_versions() if v.status == "adopted")


def _goal_with_indicator(service: StrategyService, version_id: int):
    return next(g for g in service.list_goals(version_id) if g.indicators)


# ---- services -----------------------------------------------------------------------------------


@pytest.fixture
def demo_db(demo_db):
    """The demo with its strategy: an adopted version with measurements and a draft."""
    from digiwandel.services.demo import populate_strategy_demo

    populate_strategy_demo(demo_db)
    return demo_db


def test_a_goal_changed_on_another_pc_is_not_overwritten(demo_db, demo_other_pc):
    mine, theirs = StrategyService(demo_db), StrategyService(demo_other_pc)
    draft = _draft(mine)
    seen_here = mine.list_goals(draft.id)[0]
    seen_there = theirs.get_goal(seen_here.id)
    assert seen_here.version == seen_there.version >= 1
    # `version` is the goal's row version; `version_id` stays the strategy version.
    assert seen_here.version_id == draft.id

    saved = theirs.update_goal(
        seen_here.id, expected_version=seen_there.version, title="Their title", status="achieved"
    )
    assert saved.version == seen_there.version + 1
    assert saved.version_id == draft.id

    with pytest.raises(StaleEditError) as refused:
        mine.update_goal(seen_here.id, expected_version=seen_here.version, title="My title")
    assert refused.value.current == saved.version
    stored = mine.get_goal(seen_here.id)
    assert (stored.title, stored.status) == ("Their title", "achieved")

    # Based on the state now stored, the same change is saved; theirs in other fields stays.
    now = mine.update_goal(seen_here.id, expected_version=stored.version, title="My title")
    assert now.version == stored.version + 1
    stored = theirs.get_goal(seen_here.id)
    assert (stored.title, stored.status, stored.version) == ("My title", "achieved", now.version)


def test_an_indicator_changed_on_another_pc_is_not_overwritten(demo_db, demo_other_pc):
    mine, theirs = StrategyService(demo_db), StrategyService(demo_other_pc)
    seen_here = _goal_with_indicator(mine, _draft(mine).id).indicators[0]
    seen_there = theirs.get_indicator(seen_here.id)
    assert seen_here.version == seen_there.version >= 1

    saved = theirs.update_indicator(
        seen_here.id, expected_version=seen_there.version, data_source="Their source"
    )
    assert saved.version == seen_there.version + 1

    with pytest.raises(StaleEditError) as refused:
        mine.update_indicator(seen_here.id, expected_version=seen_here.version, unit="Stück")
    assert refused.value.current == saved.version
    stored = mine.get_indicator(seen_here.id)
    assert (stored.unit, stored.data_source) == (seen_here.unit, "Their source")

    now = mine.update_indicator(seen_here.id, expected_version=stored.version, unit="Stück")
    assert now.version == stored.version + 1
    stored = theirs.get_indicator(seen_here.id)
    assert (stored.unit, stored.data_source) == ("Stück", "Their source")


def test_a_measurement_changed_on_another_pc_is_not_overwritten(demo_db, demo_other_pc):
    """Measurements of an adopted version can still be edited, so they are checked too."""
    mine, theirs = StrategyService(demo_db), StrategyService(demo_other_pc)
    indicator = _goal_with_indicator(mine, _adopted(mine).id).indicators[0]
    seen_here = mine.list_measurements(indicator.id)[-1]
    seen_there = theirs.get_measurement(seen_here.id)
    assert seen_here.version == seen_there.version >= 1
    assert seen_here == seen_there

    saved = theirs.update_measurement(
        seen_here.id, expected_version=seen_there.version, comment="Their comment"
    )
    assert saved.version == seen_there.version + 1

    with pytest.raises(StaleEditError) as refused:
        mine.update_measurement(seen_here.id, expected_version=seen_here.version, value=99.0)
    assert refused.value.current == saved.version
    stored = mine.get_measurement(seen_here.id)
    assert (stored.value, stored.comment) == (seen_here.value, "Their comment")

    now = mine.update_measurement(seen_here.id, expected_version=stored.version, value=99.0)
    assert now.version == stored.version + 1
    stored = theirs.get_measurement(seen_here.id)
    assert (stored.value, stored.comment) == (99.0, "Their comment")
    by_indicator = mine.version_measurements(_adopted(mine).id)[indicator.id]
    assert next(m for m in by_indicator if m.id == seen_here.id).version == now.version


def test_without_an_expected_version_nothing_is_compared(demo_db, demo_other_pc):
    mine, theirs = StrategyService(demo_db), StrategyService(demo_other_pc)
    goal = _goal_with_indicator(mine, _draft(mine).id)
    indicator = goal.indicators[0]
    theirs.update_goal(goal.id, title="Theirs")
    theirs.update_indicator(indicator.id, unit="theirs")
    assert mine.update_goal(goal.id, title="Mine").title == "Mine"
    assert mine.update_indicator(indicator.id, unit="mine").unit == "mine"


def test_a_version_that_is_no_whole_number_is_a_programming_error(demo_db):
    service = StrategyService(demo_db)
    goal = _goal_with_indicator(service, _draft(service).id)
    with pytest.raises(TypeError):
        service.update_goal(goal.id, expected_version="1", title="x")
    with pytest.raises(TypeError):
        service.update_indicator(goal.indicators[0].id, expected_version="1", unit="x")


def test_a_goal_deleted_on_another_pc_is_not_found(demo_db, demo_other_pc):
    mine, theirs = StrategyService(demo_db), StrategyService(demo_other_pc)
    goal = mine.list_goals(_draft(mine).id)[0]
    theirs.delete_goal(goal.id)
    with pytest.raises(DomainError) as refused:
        mine.update_goal(goal.id, expected_version=goal.version, title="Mine")
    assert not isinstance(refused.value, StaleEditError)


def test_the_versions_come_with_the_list_without_extra_statements(demo_db):
    service = StrategyService(demo_db)
    draft = _draft(service)
    with statements(demo_db) as before:
        service.list_goals(draft.id)
    goal = _goal_with_indicator(service, draft.id)
    for indicator in goal.indicators:
        service.update_indicator(indicator.id, expected_version=indicator.version, unit="x")
    with statements(demo_db) as after:
        goals = service.list_goals(draft.id)
    assert len(after) == len(before)
    changed = next(g for g in goals if g.id == goal.id)
    assert [i.version for i in changed.indicators] == [i.version + 1 for i in goal.indicators]
    assert all(g.version >= 1 for g in goals)


# ---- through the GUI ----------------------------------------------------------------------------


@pytest.fixture
def german_locale():
    """Numbers are typed and shown as in the default UI language, German."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def win(qtbot, tmp_path, german_locale):
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_path(create_demo_file(tmp_path / "demo.sqlite3"))
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def other_pc(win):
    """The same file opened by a second program, as another PC on a shared database."""
    database = open_database(win.ctx.db.path)
    yield database
    database.close()


def _goals_tab(win, version_status: str = "draft") -> GoalsTab:
    page = win.page(4)
    win.navigation.setCurrentRow(4)
    service = StrategyService(win.ctx.db)
    version = next(v for v in service.list_versions() if v.status == version_status)
    page.select_version(version.id)
    tab = next(
        page.tabs.widget(i)
        for i in range(page.tabs.count())
        if isinstance(page.tabs.widget(i), GoalsTab)
    )
    page.tabs.setCurrentWidget(tab)
    return tab


def _refusals(monkeypatch) -> list:
    refusals: list = []
    monkeypatch.setattr(
        "digiwandel.ui.context.show_error", lambda _parent, exc: refusals.append(exc)
    )
    return refusals


def test_a_goal_changed_on_another_pc_while_the_form_was_open(win, other_pc, qtbot, monkeypatch):
    tab = _goals_tab(win)
    qtbot.waitUntil(lambda: tab.goal_model.rowCount() > 0)
    row = tab.goal_model.rows()[0]
    tab.goals.select_id(row.id)
    theirs = StrategyService(other_pc)
    seen: dict = {}

    def edit(dialog):
        dialog.fields["title"].setText("Mein Titel")
        # Meanwhile, on another PC: a new title and the status "achieved".
        now = theirs.get_goal(row.id)
        theirs.update_goal(
            row.id, expected_version=now.version, title="Ihr Titel", status="achieved"
        )
        dialog.accept()
        seen["open after the clash"] = dialog.isVisible()
        seen["message"] = dialog.general_error.text()
        seen["kept"] = dialog.fields["title"].text()
        seen["note"] = dialog.errors["title"].text()
        seen["status taken over"] = dialog.fields["status"].currentData()
        seen["page"] = [r.title for r in tab.goal_model.rows()]
        dialog.accept()  # saved again, knowing the other title
        seen["closed"] = not dialog.isVisible()

    with_modal(edit, lambda: tab.edit_goal(row))
    assert seen["open after the clash"]
    assert STALE in seen["message"]
    assert seen["kept"] == "Mein Titel"
    assert "Ihr Titel" in seen["note"]
    assert seen["status taken over"] == "achieved"
    assert "Ihr Titel" in seen["page"]  # the page behind shows their state
    assert seen["closed"]
    stored = theirs.get_goal(row.id)
    assert (stored.title, stored.status) == ("Mein Titel", "achieved")
    qtbot.waitUntil(lambda: "Mein Titel" in [r.title for r in tab.goal_model.rows()])

    # Undo goes back to the state the save was based on (theirs) ...
    win.ctx.undo_stack.undo()
    assert (theirs.get_goal(row.id).title, theirs.get_goal(row.id).status) == (
        "Ihr Titel",
        "achieved",
    )
    # ... but not over a change another PC made after it.
    win.ctx.undo_stack.redo()
    assert theirs.get_goal(row.id).title == "Mein Titel"
    current = theirs.get_goal(row.id)
    theirs.update_goal(row.id, expected_version=current.version, status="dropped")
    refusals = _refusals(monkeypatch)
    win.ctx.undo_stack.undo()
    assert [type(e).__name__ for e in refusals] == ["StaleEditError"]
    after = theirs.get_goal(row.id)
    assert (after.title, after.status) == ("Mein Titel", "dropped")


def test_an_indicator_changed_on_another_pc_while_the_form_was_open(
    win, other_pc, qtbot, monkeypatch
):
    tab = _goals_tab(win)
    qtbot.waitUntil(lambda: tab.goal_model.rowCount() > 0)
    goal = next(r for r in tab.goal_model.rows() if r.indicators)
    tab.goals.select_id(goal.id)
    qtbot.waitUntil(lambda: tab.indicator_model.rowCount() > 0)
    row = tab.indicator_model.rows()[0]
    theirs = StrategyService(other_pc)
    seen: dict = {}

    def edit(dialog):
        dialog.fields["data_source"].setText("Meine Quelle")
        now = theirs.get_indicator(row.id)
        theirs.update_indicator(row.id, expected_version=now.version, unit="Ihre Einheit")
        dialog.accept()
        seen["message"] = dialog.general_error.text()
        seen["kept"] = dialog.fields["data_source"].text()
        seen["unit taken over"] = dialog.fields["unit"].text()
        dialog.accept()
        seen["closed"] = not dialog.isVisible()

    with_modal(edit, lambda: tab.edit_indicator(row))
    assert STALE in seen["message"]
    assert seen["kept"] == "Meine Quelle"
    assert seen["unit taken over"] == "Ihre Einheit"
    assert seen["closed"]
    stored = theirs.get_indicator(row.id)
    assert (stored.data_source, stored.unit) == ("Meine Quelle", "Ihre Einheit")

    # Undo restores the state the save was based on: their unit, the old source.
    win.ctx.undo_stack.undo()
    stored = theirs.get_indicator(row.id)
    assert (stored.data_source, stored.unit) == (row.data_source, "Ihre Einheit")
    win.ctx.undo_stack.redo()
    current = theirs.get_indicator(row.id)
    theirs.update_indicator(row.id, expected_version=current.version, unit="später")
    refusals = _refusals(monkeypatch)
    win.ctx.undo_stack.undo()
    assert [type(e).__name__ for e in refusals] == ["StaleEditError"]
    stored = theirs.get_indicator(row.id)
    assert (stored.data_source, stored.unit) == ("Meine Quelle", "später")


def test_a_measurement_changed_on_another_pc_while_the_form_was_open(
    win, other_pc, qtbot, monkeypatch
):
    tab = _goals_tab(win)
    qtbot.waitUntil(lambda: tab.goal_model.rowCount() > 0)
    service = StrategyService(win.ctx.db)
    goal = next(r for r in tab.goal_model.rows() if r.indicators)
    indicator = next(i for i in goal.indicators if i.kind == "number")
    made = service.add_measurement(indicator.id, date.today() - timedelta(days=3), 12.0)
    tab.goals.select_id(goal.id)
    tab.indicators.select_id(indicator.id)
    tab.load()
    qtbot.waitUntil(lambda: made.id in [m.id for m in tab.measurement_model.rows()])
    row = next(m for m in tab.measurement_model.rows() if m.id == made.id)
    theirs = StrategyService(other_pc)
    seen: dict = {}

    def edit(dialog):
        dialog.fields["value"].setText("14")
        now = theirs.get_measurement(row.id)
        theirs.update_measurement(row.id, expected_version=now.version, comment="Ihre Notiz")
        dialog.accept()
        seen["message"] = dialog.general_error.text()
        seen["kept"] = dialog.fields["value"].text()
        seen["comment taken over"] = dialog.fields["comment"].text()
        seen["list"] = [m.comment for m in tab.measurement_model.rows() if m.id == row.id]
        dialog.accept()
        seen["closed"] = not dialog.isVisible()

    with_modal(edit, lambda: tab.edit_measurement(row))
    assert STALE in seen["message"]
    assert seen["kept"] == "14"
    assert seen["comment taken over"] == "Ihre Notiz"
    assert seen["list"] == ["Ihre Notiz"]  # the list behind shows their state
    assert seen["closed"]
    stored = theirs.get_measurement(row.id)
    assert (stored.value, stored.comment) == (14.0, "Ihre Notiz")

    win.ctx.undo_stack.undo()
    stored = theirs.get_measurement(row.id)
    assert (stored.value, stored.comment) == (12.0, "Ihre Notiz")
    win.ctx.undo_stack.redo()
    current = theirs.get_measurement(row.id)
    theirs.update_measurement(row.id, expected_version=current.version, confidence=3)
    refusals = _refusals(monkeypatch)
    win.ctx.undo_stack.undo()
    assert [type(e).__name__ for e in refusals] == ["StaleEditError"]
    stored = theirs.get_measurement(row.id)
    assert (stored.value, stored.comment, stored.confidence) == (14.0, "Ihre Notiz", 3)


def test_a_goal_deleted_on_another_pc_while_the_form_was_open(win, other_pc, qtbot):
    tab = _goals_tab(win)
    qtbot.waitUntil(lambda: tab.goal_model.rowCount() > 0)
    row = tab.goal_model.rows()[0]
    seen: dict = {}

    def edit(dialog):
        dialog.fields["title"].setText("Mein Titel")
        StrategyService(other_pc).delete_goal(row.id)
        dialog.accept()
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.general_error.text()
        seen["kept"] = dialog.fields["title"].text()
        dialog.reject()

    with_modal(edit, lambda: tab.edit_goal(row))
    assert seen["open"]
    assert "no longer exists" in seen["message"]
    assert seen["kept"] == "Mein Titel"

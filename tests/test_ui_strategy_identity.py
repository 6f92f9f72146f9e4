"""Strategy page: the identity tab (texts, Oberziele) and the versions tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from digiwandel.services.strategy import StrategyService
from digiwandel.ui.context import AppContext
from digiwandel.ui.main_window import MainWindow
from digiwandel.ui.pages.strategy import StrategyPage
from digiwandel.ui.pages.strategy_identity import CompareDialog, IdentityTab, VersionsTab
from tests.test_accessibility import unnamed_controls
from tests.ui_helpers import with_modal

MODULE = "digiwandel.ui.pages.strategy_identity"


def make_window(qtbot, monkeypatch, path):
    # Only the tabs under test: the page's other tabs are built and tested elsewhere.
    monkeypatch.setattr("digiwandel.ui.pages.strategy_tabs.create_tabs", lambda page: [])
    monkeypatch.setattr(f"{MODULE}.confirm", lambda *a: True)
    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    assert win.open_path(path)
    return win


def make_page(qtbot, win, cls):
    page = StrategyPage(win.ctx)
    qtbot.addWidget(page)
    tab = cls(page)
    page.tabs.addTab(tab, "x")
    page.reload()
    page.tabs.setCurrentWidget(tab)
    page.resize(1100, 700)
    page.show()
    QApplication.processEvents()
    return page, tab


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from digiwandel.services.demo import create_demo_file

    return make_window(qtbot, monkeypatch, create_demo_file(tmp_path / "demo.sqlite3"))


@pytest.fixture
def empty_window(qtbot, tmp_path, monkeypatch):
    return make_window(qtbot, monkeypatch, tmp_path / "empty.sqlite3")


def leave(widget) -> None:
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut))


def titles(tab) -> list[str]:
    return [r.title for r in tab.model.rows()]


# ---- identity --------------------------------------------------------------------------------
def test_identity_text_is_saved_on_focus_out_and_undo_restores_it(window, qtbot):
    _page, tab = make_page(qtbot, window, IdentityTab)
    service = StrategyService(window.ctx.db)
    before = service.get_identity().vision
    messages = []
    window.ctx.status_message.connect(messages.append)

    tab.edits["vision"].setPlainText("Alle Familien finden schnell Hilfe.")
    leave(tab.edits["vision"])
    assert service.get_identity().vision == "Alle Familien finden schnell Hilfe."
    assert messages and messages[-1] == "Saved."

    leave(tab.edits["vision"])  # unchanged: nothing new to undo
    assert window.ctx.undo_stack.count() == 1

    window.undo_action.trigger()
    assert service.get_identity().vision == before
    assert tab.edits["vision"].toPlainText() == before
    window.redo_action.trigger()
    assert tab.edits["vision"].toPlainText() == "Alle Familien finden schnell Hilfe."


def test_digital_note_is_saved_too(window, qtbot):
    _page, tab = make_page(qtbot, window, IdentityTab)
    tab.edits["core_values_digital_note"].setPlainText("Datenschutz zuerst.")
    leave(tab.edits["core_values_digital_note"])
    identity = StrategyService(window.ctx.db).get_identity()
    assert identity.core_values_digital_note == "Datenschutz zuerst."


def test_oberziel_add_edit_delete_with_undo(window, qtbot):
    _page, tab = make_page(qtbot, window, IdentityTab)
    start = titles(tab)

    def fill(dialog):
        assert unnamed_controls(dialog) == []
        dialog.fields["title"].setText("Teilhabe stärken")
        dialog.fields["digital_note"].setPlainText("Digitale Wege senken Hürden.")
        dialog.accept()

    with_modal(fill, tab.panel.add_button.click)
    assert titles(tab) == [*start, "Teilhabe stärken"]
    assert tab.panel.current().title == "Teilhabe stärken"
    window.undo_action.trigger()
    assert titles(tab) == start
    window.redo_action.trigger()
    assert titles(tab) == [*start, "Teilhabe stärken"]

    tab.panel.select_id(next(r.id for r in tab.model.rows() if r.title == "Teilhabe stärken"))

    def rename(dialog):
        assert dialog.fields["title"].text() == "Teilhabe stärken"
        dialog.fields["title"].setText("Teilhabe für alle")
        dialog.accept()

    with_modal(rename, tab.panel.edit_button.click)
    assert "Teilhabe für alle" in titles(tab)
    window.undo_action.trigger()
    assert "Teilhabe stärken" in titles(tab) and "Teilhabe für alle" not in titles(tab)
    window.redo_action.trigger()

    tab.panel.select_id(next(r.id for r in tab.model.rows() if r.title == "Teilhabe für alle"))
    tab.panel.delete_button.click()
    assert titles(tab) == start
    window.undo_action.trigger()
    assert titles(tab) == [*start, "Teilhabe für alle"]


def test_empty_oberziel_title_shows_message_in_dialog(window, qtbot):
    _page, tab = make_page(qtbot, window, IdentityTab)
    seen = {}

    def fill(dialog):
        dialog.accept()
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.errors["title"].text()
        dialog.reject()

    with_modal(fill, tab.panel.add_button.click)
    assert seen["open"] and "title" in seen["error"]


def test_delete_asks_first(window, qtbot, monkeypatch):
    _page, tab = make_page(qtbot, window, IdentityTab)
    asked = []
    monkeypatch.setattr(f"{MODULE}.confirm", lambda *a: asked.append(a) or False)
    before = titles(tab)
    tab.panel.select_id(tab.model.rows()[0].id)
    tab.panel.delete_button.click()
    assert asked and titles(tab) == before


def test_oberziel_move_with_buttons_keys_and_undo(window, qtbot):
    service = StrategyService(window.ctx.db)
    for title in ("Erstes", "Zweites"):
        service.create_oberziel(title)
    _page, tab = make_page(qtbot, window, IdentityTab)
    start = titles(tab)
    last = tab.model.rows()[-1]
    tab.panel.select_id(last.id)
    assert not tab.down_button.isEnabled()
    tab.up_button.click()
    assert titles(tab)[-2] == "Zweites" and titles(tab)[-1] == "Erstes"
    assert tab.panel.current().id == last.id
    window.undo_action.trigger()
    assert titles(tab) == start

    tab.panel.select_id(last.id)
    tab.panel.view.setFocus()
    qtbot.waitUntil(lambda: tab.panel.view.hasFocus(), timeout=1000)
    qtbot.keyClick(tab.panel.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(tab)[-2] == "Zweites"
    qtbot.keyClick(tab.panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(tab) == start


def test_identity_tab_is_accessible(window, qtbot):
    page, _tab = make_page(qtbot, window, IdentityTab)
    assert unnamed_controls(page) == []


def test_identity_without_database_is_disabled(qtbot, monkeypatch):
    monkeypatch.setattr("digiwandel.ui.pages.strategy_tabs.create_tabs", lambda page: [])
    page = StrategyPage(AppContext())
    qtbot.addWidget(page)
    tab = IdentityTab(page)
    page.tabs.addTab(tab, "x")
    tab.load()
    assert not tab.edits["vision"].isEnabled()
    assert not tab.panel.add_button.isEnabled()
    versions = VersionsTab(page)
    versions.load()
    assert not versions.panel.add_button.isEnabled()


# ---- versions --------------------------------------------------------------------------------
def test_create_first_version_and_undo(empty_window, qtbot):
    page, tab = make_page(qtbot, empty_window, VersionsTab)
    assert tab.model.rowCount() == 0 and tab.panel.add_button.isEnabled()
    assert "No strategy yet" in tab.state.text()

    def fill(dialog):
        assert unnamed_controls(dialog) == []
        dialog.fields["title"].setText("Digitalstrategie 2025–2026")
        dialog.fields["period_start"].setText("01.01.2025")
        dialog.fields["period_end"].setText("31.12.2026")
        dialog.accept()

    with_modal(fill, tab.panel.add_button.click)
    rows = tab.model.rows()
    assert [r.title for r in rows] == ["Digitalstrategie 2025–2026"]
    assert tab.period_text(rows[0]) == "2025–2026"
    assert page.current_version_id() == rows[0].id
    assert not tab.panel.add_button.isEnabled()
    empty_window.undo_action.trigger()
    assert tab.model.rowCount() == 0
    empty_window.redo_action.trigger()
    assert tab.model.rowCount() == 1


def test_invalid_period_date_shows_message_next_to_field(empty_window, qtbot):
    _page, tab = make_page(qtbot, empty_window, VersionsTab)
    seen = {}

    def fill(dialog):
        dialog.fields["period_end"].setText("31.13.2026")
        dialog.accept()
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.errors["period_end"].text()
        dialog.reject()

    with_modal(fill, tab.panel.add_button.click)
    assert seen["open"] and "valid date" in seen["error"]


def test_new_version_from_copies_goals_and_selects_it(empty_window, qtbot):
    service = StrategyService(empty_window.ctx.db)
    first = service.create_first("Strategie 2025", date(2025, 1, 1), date(2025, 12, 31))
    service.create_goal(first.id, "Online-Beratung einführen")
    page, tab = make_page(qtbot, empty_window, VersionsTab)
    tab.panel.select_id(first.id)

    def fill(dialog):
        assert unnamed_controls(dialog) == []
        dialog.fields["title"].setText("Strategie 2026")
        dialog.accept()

    with_modal(fill, tab.new_from_button.click)
    new = next(r for r in tab.model.rows() if r.title == "Strategie 2026")
    assert new.goal_count == 1 and new.based_on_id == first.id
    assert [g.title for g in service.list_goals(new.id)] == ["Online-Beratung einführen"]
    assert page.current_version_id() == new.id
    assert tab.panel.current().id == new.id
    empty_window.undo_action.trigger()
    assert titles(tab) == ["Strategie 2025"]


def test_selecting_a_version_selects_it_on_the_page(empty_window, qtbot):
    service = StrategyService(empty_window.ctx.db)
    first = service.create_first("Strategie 2025")
    second = service.new_version_from(first.id, "Strategie 2026")
    page, tab = make_page(qtbot, empty_window, VersionsTab)
    assert page.current_version_id() == second.id
    tab.panel.select_id(first.id)
    assert page.current_version_id() == first.id


def test_edit_draft_and_undo(empty_window, qtbot):
    service = StrategyService(empty_window.ctx.db)
    first = service.create_first("Strategie 2025")
    _page, tab = make_page(qtbot, empty_window, VersionsTab)
    tab.panel.select_id(first.id)

    def fill(dialog):
        assert unnamed_controls(dialog) == []
        dialog.fields["summary"].setPlainText("Kurz und klar.")
        dialog.fields["next_review_on"].setText("15.01.2027")
        dialog.accept()

    with_modal(fill, tab.panel.edit_button.click)
    version = service.get_version(first.id)
    assert version.summary == "Kurz und klar." and version.next_review_on == date(2027, 1, 15)
    empty_window.undo_action.trigger()
    version = service.get_version(first.id)
    assert version.summary == "" and version.next_review_on is None


def test_adopt_makes_version_read_only_and_edit_refuses_changes(empty_window, qtbot):
    service = StrategyService(empty_window.ctx.db)
    first = service.create_first("Strategie 2025")
    page, tab = make_page(qtbot, empty_window, VersionsTab)
    tab.panel.select_id(first.id)
    assert tab.adopt_button.isEnabled()

    def adopt(dialog):
        assert unnamed_controls(dialog) == []
        dialog.fields["adopted_by"].setCurrentText("Mitgliederversammlung")
        dialog.fields["resolution_ref"].setText("MV-2025-3")
        dialog.accept()

    with_modal(adopt, tab.adopt_button.click)
    version = service.get_version(first.id)
    assert version.status == "adopted" and version.read_only
    assert version.adopted_by == "Mitgliederversammlung"
    assert page.current_version().read_only
    tab.panel.select_id(first.id)
    assert not tab.adopt_button.isEnabled()
    assert not tab.panel.delete_button.isEnabled()
    assert "Mitgliederversammlung" in tab.adopted_text(tab.panel.current())

    def edit(dialog):
        assert dialog.fields["title"].isReadOnly()
        assert not dialog.fields["next_review_on"].isReadOnly()
        assert unnamed_controls(dialog) == []
        dialog.fields["title"].setText("Anders")  # programmatic text; must not be saved
        dialog.accept()

    with_modal(edit, tab.panel.edit_button.click)
    assert service.get_version(first.id).title == "Strategie 2025"


def test_archive_asks_and_cannot_be_undone(empty_window, qtbot, monkeypatch):
    service = StrategyService(empty_window.ctx.db)
    first = service.create_first("Strategie 2025")
    _page, tab = make_page(qtbot, empty_window, VersionsTab)
    tab.panel.select_id(first.id)
    asked = []
    monkeypatch.setattr(f"{MODULE}.confirm", lambda *a: asked.append(a) or False)
    tab.archive_button.click()
    assert service.get_version(first.id).status == "draft"
    assert "cannot be undone" in asked[0][2]
    monkeypatch.setattr(f"{MODULE}.confirm", lambda *a: True)
    tab.archive_button.click()
    assert service.get_version(first.id).status == "archived"
    tab.panel.select_id(first.id)
    assert not tab.archive_button.isEnabled()


def test_compare_lists_added_and_removed_goals(empty_window, qtbot):
    service = StrategyService(empty_window.ctx.db)
    first = service.create_first("Strategie 2025")
    service.create_goal(first.id, "Fallakten digital führen")
    service.create_goal(first.id, "Abrechnung elektronisch")
    second = service.new_version_from(first.id, "Strategie 2026")
    removed = next(g for g in service.list_goals(second.id) if g.title.startswith("Abrechnung"))
    service.delete_goal(removed.id)
    service.create_goal(second.id, "KI-Leitlinie <beschließen>")
    _page, tab = make_page(qtbot, empty_window, VersionsTab)
    tab.panel.select_id(second.id)
    seen = {}

    def look(dialog):
        assert isinstance(dialog, CompareDialog)
        assert dialog.a_combo.currentData() == first.id
        assert dialog.b_combo.currentData() == second.id
        assert unnamed_controls(dialog) == []
        seen["text"] = dialog.browser.toPlainText()
        seen["html"] = dialog.browser.toHtml()
        dialog.reject()

    with_modal(look, tab.compare_button.click)
    text = seen["text"]
    added = text.index("Added goals (1)")
    gone = text.index("Removed goals (1)")
    assert added < text.index("KI-Leitlinie <beschließen>") < gone
    assert gone < text.index("Abrechnung elektronisch") < text.index("Changed goals")
    assert "Fallakten digital führen" in text[text.index("Unchanged goals") :]


def test_versions_tab_is_accessible(window, qtbot):
    page, _tab = make_page(qtbot, window, VersionsTab)
    assert unnamed_controls(page) == []

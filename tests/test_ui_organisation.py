"""The Organisation page: profile, areas, levels and persons through the GUI."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from digiwandel.ui.context import AppContext
from digiwandel.ui.main_window import MainWindow
from tests.ui_helpers import with_modal


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from digiwandel.services.demo import create_demo_file

    path = create_demo_file(tmp_path / "demo.sqlite3")
    # Deleting asks first; the tests answer "yes" here and test the question separately.
    monkeypatch.setattr("digiwandel.ui.pages.organisation.confirm", lambda *a: True)
    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.show()
    win.navigation.setCurrentRow(1)
    return win


def names(panel) -> list[str]:
    return [panel.model.row_at(r).name for r in range(panel.model.rowCount())]


def select(panel, name: str) -> None:
    row = next(r for r in panel.model.rows() if r.name == name)
    panel.select_id(row.id)


def test_add_area_shows_it_in_the_table_and_stores_it(window):
    tab = window.organisation.areas

    def fill(dialog):
        dialog.fields["name"].setText("Beratungsstelle")
        dialog.fields["description"].setPlainText("Erziehungs- und Familienberatung")
        dialog.accept()

    with_modal(fill, tab.panel.add_requested.emit)
    assert "Beratungsstelle" in names(tab.panel)
    assert "Beratungsstelle" in [a.name for a in window.ctx.org.list_areas()]
    assert tab.panel.current().name == "Beratungsstelle"


def test_duplicate_area_name_shows_message_next_to_field_and_keeps_dialog_open(window):
    tab = window.organisation.areas
    seen = {}

    def fill(dialog):
        dialog.fields["name"].setText("verwaltung")
        dialog.accept()
        seen["visible"] = dialog.isVisible()
        seen["error"] = dialog.errors["name"].text()
        seen["error_shown"] = not dialog.errors["name"].isHidden()
        seen["typed"] = dialog.fields["name"].text()
        dialog.reject()

    with_modal(fill, tab.panel.add_requested.emit)
    assert seen["visible"], "the dialog must stay open so nothing typed is lost"
    assert seen["error_shown"]
    assert "Verwaltung" in seen["error"] or "verwaltung" in seen["error"]
    assert seen["typed"] == "verwaltung"
    assert len(window.ctx.org.list_areas()) == 5


def test_edit_area_renames_it(window):
    tab = window.organisation.areas
    select(tab.panel, "Wohnen")

    def fill(dialog):
        assert dialog.fields["name"].text() == "Wohnen"
        dialog.fields["name"].setText("Wohnen und Leben")
        dialog.accept()

    with_modal(fill, tab.panel.edit_button.click)
    assert "Wohnen und Leben" in names(tab.panel)
    assert "Wohnen" not in names(tab.panel)


def test_delete_area_keeps_its_persons_and_undo_brings_it_back(window):
    tab = window.organisation.areas
    select(tab.panel, "Geschäftsführung")
    tab.panel.delete_button.click()
    assert "Geschäftsführung" not in names(tab.panel)
    persons = {p.name: p for p in window.ctx.org.list_persons()}
    assert persons["Dr. Sabine Kremer"].area_name == ""

    window.undo_action.trigger()
    assert "Geschäftsführung" in names(tab.panel)
    persons = {p.name: p for p in window.ctx.org.list_persons()}
    assert persons["Dr. Sabine Kremer"].area_name == "Geschäftsführung"

    window.redo_action.trigger()
    assert "Geschäftsführung" not in names(tab.panel)


def test_an_area_with_answer_sheets_cannot_be_deleted(window, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "digiwandel.ui.pages.organisation.show_error", lambda _p, exc: shown.append(exc)
    )
    tab = window.organisation.areas
    select(tab.panel, "Wohnen")
    tab.panel.delete_button.click()
    assert "Wohnen" in names(tab.panel)
    assert "answer sheet" in shown[0].render()


def test_delete_key_asks_before_deleting(window, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(
        "digiwandel.ui.pages.organisation.confirm", lambda *a: asked.append(a) or False
    )
    tab = window.organisation.areas
    window.organisation.tabs.setCurrentWidget(tab)
    select(tab.panel, "Verwaltung")
    tab.panel.view.setFocus()
    qtbot.keyClick(tab.panel.view, Qt.Key.Key_Delete)
    assert asked, "Delete must ask for confirmation"
    assert "Verwaltung" in names(tab.panel), "answering No keeps the area"


def test_add_edit_delete_person(window):
    tab = window.organisation.persons

    def add(dialog):
        dialog.fields["name"].setText("Jana Richter")
        area = dialog.fields["area_id"]
        area.setCurrentIndex(area.findText("Wohnen"))
        dialog.fields["email"].setText("j.richter@verein.de")
        dialog.accept()

    with_modal(add, tab.panel.add_requested.emit)
    person = next(p for p in window.ctx.org.list_persons() if p.name == "Jana Richter")
    assert person.area_name == "Wohnen"
    assert person.email == "j.richter@verein.de"

    select(tab.panel, "Jana Richter")

    def edit(dialog):
        dialog.fields["role"].setText("Erzieherin")
        dialog.accept()

    with_modal(edit, tab.panel.edit_button.click)
    person = next(p for p in window.ctx.org.list_persons() if p.name == "Jana Richter")
    assert person.role == "Erzieherin"

    select(tab.panel, "Jana Richter")
    tab.panel.delete_button.click()
    assert "Jana Richter" not in [p.name for p in window.ctx.org.list_persons()]
    window.undo_action.trigger()
    assert "Jana Richter" in [p.name for p in window.ctx.org.list_persons()]


def test_invalid_email_is_shown_next_to_the_email_field(window):
    tab = window.organisation.persons
    seen = {}

    def add(dialog):
        dialog.fields["name"].setText("Max Muster")
        dialog.fields["email"].setText("max at verein")
        dialog.accept()
        seen["email_error"] = dialog.errors["email"].text()
        seen["name_error_hidden"] = dialog.errors["name"].isHidden()
        dialog.reject()

    with_modal(add, tab.panel.add_requested.emit)
    assert "max at verein" in seen["email_error"]
    assert seen["name_error_hidden"]
    assert "Max Muster" not in [p.name for p in window.ctx.org.list_persons()]


def test_person_search_filters_the_table(window):
    panel = window.organisation.persons.panel
    panel.search.setText("wolff")
    assert panel.proxy.rowCount() == 1


def test_profile_field_saves_on_leaving_and_blank_name_is_refused(window, qtbot):
    profile = window.organisation.profile
    window.organisation.tabs.setCurrentWidget(profile)
    profile.city.setText("Köln")
    profile.city.editingFinished.emit()
    assert window.ctx.org.get_profile().city == "Köln"

    profile.name.setText("   ")
    profile.name.editingFinished.emit()
    assert not profile.errors["name"].isHidden()
    assert window.ctx.org.get_profile().name.startswith("Familien")

    window.undo_action.trigger()  # undoes the city change
    assert window.ctx.org.get_profile().city == "Bonn"
    assert profile.city.text() == "Bonn"


def test_level_add_and_delete(window):
    tab = window.organisation.levels

    def add(dialog):
        dialog.fields["name"].setText("Praktikant*innen")
        dialog.fields["rank"].setValue(4)
        dialog.accept()

    with_modal(add, tab.panel.add_requested.emit)
    assert "Praktikant*innen" in names(tab.panel)
    select(tab.panel, "Praktikant*innen")
    tab.panel.delete_button.click()
    assert "Praktikant*innen" not in names(tab.panel)


def test_opening_a_file_clears_undo(window, tmp_path):
    tab = window.organisation.areas
    select(tab.panel, "Geschäftsführung")
    tab.panel.delete_button.click()
    assert window.ctx.undo_stack.canUndo()
    assert window.open_path(tmp_path / "other.sqlite3")
    assert not window.ctx.undo_stack.canUndo()


def test_list_keys_work_in_the_focused_list_only(window, qtbot, monkeypatch):
    """Insert, F2 and Delete exist in many lists; each acts on the list that has focus."""
    from digiwandel.ui.widgets import FormDialog

    opened = []
    monkeypatch.setattr(FormDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()))
    tab = window.organisation.levels
    window.organisation.tabs.setCurrentWidget(tab)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.panel.view.setFocus()
    select(tab.panel, "Leitung")
    qtbot.keyClick(tab.panel.view, Qt.Key.Key_Insert)
    qtbot.keyClick(tab.panel.view, Qt.Key.Key_F2)
    assert opened == ["New level", "Edit level"]

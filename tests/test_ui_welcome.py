"""First start: the welcome dialog sets up an organisation or opens the demo."""

from __future__ import annotations

import pytest

from digiwandel.ui.context import AppContext
from digiwandel.ui.dialogs.welcome import WelcomeDialog
from digiwandel.ui.main_window import MainWindow
from tests.ui_helpers import with_modal


@pytest.fixture
def empty_window(qtbot, tmp_path):
    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    assert win.open_path(tmp_path / "new.sqlite3")
    win.show()
    return win


def test_setup_creates_organisation_areas_and_levels(empty_window):
    def fill(dialog: WelcomeDialog):
        dialog.setup_choice.click()
        assert dialog.stack.currentIndex() == 1
        dialog.name_edit.setText("Caritas Beispielstadt e.V.")
        dialog.areas_edit.setPlainText("Verwaltung\nPflege\n\nBeratung\n")
        dialog.create_button.click()

    with_modal(fill, empty_window.show_welcome)
    org = empty_window.ctx.org
    assert org.get_profile().name == "Caritas Beispielstadt e.V."
    assert [a.name for a in org.list_areas()] == ["Verwaltung", "Pflege", "Beratung"]
    levels = org.list_levels()
    assert len(levels) == 4
    assert levels[-1].is_volunteer
    # The user lands on the Organisation page, and the overview shows the organisation.
    assert empty_window.navigation.currentRow() == 1
    assert empty_window.overview.heading.text() == "Caritas Beispielstadt e.V."


def test_setup_without_name_shows_message_and_stores_nothing(empty_window):
    seen = {}

    def fill(dialog: WelcomeDialog):
        dialog.setup_choice.click()
        dialog.name_edit.setText("")
        dialog.create_button.click()
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.name_error.text()
        seen["shown"] = not dialog.name_error.isHidden()
        dialog.reject()

    with_modal(fill, empty_window.show_welcome)
    assert seen["open"] and seen["shown"] and seen["error"]
    assert empty_window.ctx.org.get_profile() is None
    assert empty_window.ctx.org.list_areas() == []


def test_duplicate_area_in_setup_is_explained_next_to_the_areas(empty_window):
    seen = {}

    def fill(dialog: WelcomeDialog):
        dialog.setup_choice.click()
        dialog.name_edit.setText("Verein")
        dialog.areas_edit.setPlainText("Wohnen\nwohnen")
        dialog.create_button.click()
        seen["areas_error"] = dialog.areas_error.text()
        seen["name_error_hidden"] = dialog.name_error.isHidden()
        dialog.reject()

    with_modal(fill, empty_window.show_welcome)
    assert "wohnen" in seen["areas_error"].lower()
    assert seen["name_error_hidden"]
    assert empty_window.ctx.org.get_profile() is None


def test_explore_demo_opens_the_demo_file(empty_window):
    with_modal(lambda dialog: dialog.demo_choice.click(), empty_window.show_welcome)
    assert empty_window.ctx.db.path == empty_window.demo_path()
    profile = empty_window.ctx.org.get_profile()
    assert profile is not None and "Lindenhof" in profile.name
    assert len(empty_window.ctx.org.list_persons()) == 12


def test_later_leaves_an_explained_overview(empty_window):
    with_modal(lambda dialog: dialog.later_button.click(), empty_window.show_welcome)
    overview = empty_window.overview
    assert not overview.empty_box.isHidden()
    assert overview.setup_button.isVisible()
    assert empty_window.ctx.org.get_profile() is None


def test_start_shows_welcome_for_a_new_database(qtbot, tmp_path):
    from digiwandel.ui import app

    shown = []

    def answer(dialog):
        shown.append(type(dialog).__name__)
        dialog.later_button.click()

    holder = {}
    with_modal(answer, lambda: holder.setdefault("w", app.start(tmp_path / "first.sqlite3", "de")))
    window = holder["w"]
    qtbot.addWidget(window)
    assert shown == ["WelcomeDialog"]
    assert window.ctx.db.path == tmp_path / "first.sqlite3"

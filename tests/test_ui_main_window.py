"""Main window: files, window state, navigation, protection of foreign and busy files."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from digiwandel.ui.context import AppContext
from digiwandel.ui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot):
    def make() -> MainWindow:
        win = MainWindow(AppContext())
        qtbot.addWidget(win)
        win.show()
        return win

    return make


@pytest.fixture
def messages(monkeypatch):
    seen: list[tuple[str, str]] = []

    def record(kind):
        def show(_parent, title, text, *args, **kwargs):
            seen.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    return seen


def test_window_geometry_is_remembered(make_window, monkeypatch):
    # The offscreen test screen is smaller than the window, so Qt would clamp any size:
    # check what is saved on closing and handed back on the next start instead.
    first = make_window()
    first.move(13, 17)
    first.close()
    saved = bytes(QSettings().value("window/geometry"))
    assert saved
    restored = []
    monkeypatch.setattr(
        MainWindow, "restoreGeometry", lambda self, data: restored.append(bytes(data)) or True
    )
    make_window()
    assert restored == [saved]


def test_opened_files_appear_under_open_recent(make_window, tmp_path):
    win = make_window()
    for name in ("a.sqlite3", "b.sqlite3"):
        assert win.open_path(tmp_path / name)
    assert MainWindow.recent_files()[:2] == [
        str((tmp_path / "b.sqlite3").resolve()),
        str((tmp_path / "a.sqlite3").resolve()),
    ]
    win._fill_recent()
    texts = [action.text() for action in win.recent_menu.actions()]
    assert texts[0].endswith("b.sqlite3") and texts[1].endswith("a.sqlite3")


def test_file_from_a_newer_version_is_refused_and_untouched(make_window, tmp_path, messages):
    win = make_window()
    current = tmp_path / "current.sqlite3"
    assert win.open_path(current)
    newer = tmp_path / "newer.sqlite3"
    assert win.open_path(newer)
    win.ctx.set_database(None)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed0000'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = hashlib.sha256(newer.read_bytes()).hexdigest()

    assert win.open_path(current)
    assert not win.open_path(newer)
    assert messages and "newer version" in messages[-1][1]
    assert win.ctx.db.path == current, "the file that was open stays open"
    assert hashlib.sha256(newer.read_bytes()).hexdigest() == before


def test_a_file_open_in_another_window_is_refused(make_window, tmp_path, messages):
    path = tmp_path / "shared.sqlite3"
    first = make_window()
    assert first.open_path(path)
    second = make_window()
    assert not second.open_path(path)
    assert "already open" in messages[-1][1]
    first.close()
    assert second.open_path(path), "after the first window closes, the file is free"


def test_ctrl_digit_switches_pages(make_window, qtbot, tmp_path):
    win = make_window()
    win.open_path(tmp_path / "x.sqlite3")
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    for digit, row in ((Qt.Key.Key_2, 1), (Qt.Key.Key_7, 6), (Qt.Key.Key_1, 0)):
        qtbot.keyClick(win, digit, Qt.KeyboardModifier.ControlModifier)
        assert win.navigation.currentRow() == row
        assert win.stack.currentIndex() == row


def test_language_setting_is_stored(make_window, tmp_path):
    from digiwandel.ui.dialogs.settings import SettingsDialog, saved_language

    win = make_window()
    win.open_path(tmp_path / "x.sqlite3")
    dialog = SettingsDialog(win.ctx, win)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.threshold.setValue(5)
    dialog.accept()
    assert saved_language() == "en"
    assert QSettings().value("ui/language") == "en"
    assert win.ctx.org.privacy_threshold() == 5


def test_pages_are_built_when_first_needed(make_window, tmp_path):
    from digiwandel.ui.pages.check import CheckPage
    from digiwandel.ui.pages.overview import OverviewPage
    from digiwandel.ui.pages.projects import ProjectsPage

    win = make_window()
    win.open_path(tmp_path / "x.sqlite3")
    assert isinstance(win.stack.widget(0), OverviewPage)
    assert not any(isinstance(win.stack.widget(row), CheckPage) for row in range(7))
    win.navigation.setCurrentRow(2)
    check = win.stack.currentWidget()
    assert isinstance(check, CheckPage) and check.isVisible()
    assert win.check is check, "built once, then the same page"
    assert win.stack.count() == win.navigation.count() == 7
    # A menu action may need a page that was never shown: it is built on demand, in place.
    projects = win.projects
    assert isinstance(projects, ProjectsPage) and win.stack.indexOf(projects) == 5
    assert win.stack.currentWidget() is check, "building a page does not switch to it"


def test_about_names_version_licence_source_and_where_the_files_are(
    make_window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from digiwandel import __version__
    from digiwandel.paths import data_dir

    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: shown.append(text))
    win = make_window()
    path = tmp_path / "verein.sqlite3"
    assert win.open_path(path)
    win._about()
    (text,) = shown
    assert __version__ in text
    assert "General Public License" in text
    assert "Heister" in text and "Krings" in text
    assert str(path) in text
    assert str(data_dir()) in text
    assert "digiwandel.log" in text


def test_a_language_given_on_the_command_line_is_for_this_run_only(qtbot, tmp_path):
    from digiwandel.i18n import saved_language
    from digiwandel.ui import app
    from tests.ui_helpers import with_modal

    QSettings().setValue("ui/language", "de")
    holder = {}
    with_modal(
        lambda dialog: dialog.later_button.click(),
        lambda: holder.setdefault("window", app.start(tmp_path / "x.sqlite3", "en")),
    )
    window = holder["window"]
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&File", "this run is in English"
    assert saved_language() == "de", "the user's own choice is kept"

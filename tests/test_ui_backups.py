"""Backups in the program: the menu entry, automatic copies, the restore dialog, the folder
setting."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QFileDialog

from digiwandel.model.backup import list_backups
from digiwandel.services.backups import BackupService
from digiwandel.services.organisation import OrganisationService
from digiwandel.ui import backups as ui_backups
from digiwandel.ui.context import Change
from digiwandel.ui.dialogs import restore as restore_dialog
from digiwandel.ui.dialogs.restore import RestoreDialog
from digiwandel.ui.dialogs.settings import SettingsDialog
from digiwandel.ui.main_window import MainWindow
from tests.test_accessibility import unnamed_controls
from tests.ui_helpers import with_modal


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(tmp_path / "verein.sqlite3")
    OrganisationService(win.ctx.db).set_up("Verein", ["Verwaltung"])
    win.show()
    return win


def org_name(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name FROM organisation").fetchone()[0]
    finally:
        conn.close()


def rename(win: MainWindow, name: str) -> None:
    with win.ctx.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE organisation SET name = ?", (name,))
    win.ctx.notify(Change.ORGANISATION)


def test_back_up_now_writes_a_copy_and_says_where(window):
    assert window.backups.backup_action.isEnabled()
    window.backups.backup_action.trigger()
    copies = list_backups(window.ctx.db.path)
    assert [c.reason for c in copies] == ["manual"]
    assert org_name(copies[0].path) == "Verein"
    assert str(copies[0].path) in window.statusBar().currentMessage()


def test_menu_entries_are_disabled_without_a_database(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    assert not win.backups.backup_action.isEnabled()
    assert not win.backups.restore_action.isEnabled()


def test_backup_goes_to_the_folder_chosen_on_this_pc(window, tmp_path):
    ui_backups.set_backup_folder(tmp_path / "elsewhere")
    window.backups.backup_now()
    assert [c.reason for c in list_backups(window.ctx.db.path, tmp_path / "elsewhere")] == [
        "manual"
    ]
    assert not (window.ctx.db.path.parent / "backups").exists()


def test_automatic_backup_only_after_changes(window):
    window.backups.backup_now()
    assert window.backups.automatic() is None  # nothing changed since
    rename(window, "Changed")
    made = window.backups.automatic()
    assert made is not None and org_name(made) == "Changed"
    assert window.backups.automatic() is None
    assert window.backups.timer.isActive()
    assert window.backups.timer.interval() == 30 * 60 * 1000


def test_closing_backs_up_what_changed(window, tmp_path):
    path = window.ctx.db.path
    rename(window, "Last state")
    window.close()
    copies = list_backups(path)
    assert [c.reason for c in copies] == ["on-close"]
    assert org_name(copies[0].path) == "Last state"


def open_restore(qtbot, window) -> RestoreDialog:
    dialog = RestoreDialog(window.ctx, ui_backups.backup_folder(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_restore_dialog_lists_and_restores_after_confirmation(qtbot, window, monkeypatch):
    saved = BackupService().backup_now(window.ctx.db, "manual")
    rename(window, "Changed")
    window.ctx.undo_stack.push(QUndoCommand("edit"))
    damaged = saved.path.with_name(saved.path.name.replace("manual", "automatic"))
    damaged.write_bytes(b"not a database")
    reloaded = []
    window.ctx.database_changed.connect(lambda: reloaded.append(True))

    dialog = open_restore(qtbot, window)
    model = dialog.model
    assert model.rowCount() == 2
    texts = {model.index(r, 1).data(): r for r in range(2)}
    good = texts["By hand"]
    assert model.index(good, 3).data() == "Verein"
    assert [model.index(good, c).data() for c in (4, 5, 6)] == ["0", "0", "0"]
    assert model.index(texts["Automatically while working"], 3).data() == "cannot be read"
    assert unnamed_controls(dialog) == []

    # a damaged backup cannot be chosen
    dialog.view.selectRow(texts["Automatically while working"])
    assert not dialog.restore_button.isEnabled()

    asked = []

    def answer(_parent, _title, text, _action=None):
        asked.append(text)
        return True

    monkeypatch.setattr(restore_dialog, "confirm", answer)
    dialog.view.selectRow(good)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()

    assert asked and "backed up first" in asked[0]
    assert dialog.restored == saved.path
    assert OrganisationService(window.ctx.db).get_profile().name == "Verein"
    assert reloaded and window.ctx.undo_stack.count() == 0
    before = [c for c in list_backups(window.ctx.db.path) if c.reason == "before-restore"]
    assert len(before) == 1 and org_name(before[0].path) == "Changed"


def test_restore_cancelled_changes_nothing(qtbot, window, monkeypatch):
    BackupService().backup_now(window.ctx.db, "manual")
    rename(window, "Changed")
    monkeypatch.setattr(restore_dialog, "confirm", lambda *args: False)
    dialog = open_restore(qtbot, window)
    dialog.restore_button.click()
    assert dialog.restored is None
    assert OrganisationService(window.ctx.db).get_profile().name == "Changed"
    assert [c.reason for c in list_backups(window.ctx.db.path)] == ["manual"]


def test_settings_show_and_change_the_backup_folder(qtbot, window, tmp_path, monkeypatch):
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.backup_folder.text() == str(window.ctx.db.path.parent / "backups")
    assert not dialog.default_backup_folder.isEnabled()
    assert unnamed_controls(dialog) == []

    chosen = tmp_path / "usb"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(chosen))
    dialog.change_backup_folder.click()
    assert dialog.backup_folder.text() == str(chosen)
    assert ui_backups.backup_folder() is None  # only saved with OK
    dialog.accept()
    assert ui_backups.backup_folder() == chosen

    again = SettingsDialog(window.ctx, window)
    qtbot.addWidget(again)
    assert again.backup_folder.text() == str(chosen)
    again.default_backup_folder.click()
    again.accept()
    assert ui_backups.backup_folder() is None


def test_a_backup_damaged_after_listing_is_refused_and_nothing_changes(qtbot, window, monkeypatch):
    saved = BackupService().backup_now(window.ctx.db, "manual")
    rename(window, "Current")
    dialog = open_restore(qtbot, window)
    saved.path.write_bytes(b"SQLite format 3\x00" + b"\xa5" * 8000)
    monkeypatch.setattr(restore_dialog, "confirm", lambda *args: True)
    shown = []
    monkeypatch.setattr(restore_dialog, "show_error", lambda _parent, exc: shown.append(exc))
    dialog.restore_button.click()
    assert len(shown) == 1 and "Nothing was changed" in shown[0].render()
    assert dialog.restored is None
    assert OrganisationService(window.ctx.db).get_profile().name == "Current"
    assert QApplication.overrideCursor() is None


def test_the_menu_entry_opens_the_restore_dialog(window):
    BackupService().backup_now(window.ctx.db, "manual")
    seen = []

    def look(dialog):
        seen.append((type(dialog), dialog.model.rowCount()))
        dialog.reject()

    with_modal(look, window.backups.restore_action.trigger)
    assert seen == [(RestoreDialog, 1)]

"""Backups in the program: the folder (a setting of this PC), automatic copies while working
and when the program closes, and the menu entries *Back up now* and *Restore from backup*.

A copy through SQLite's backup API takes about 6 ms for the demo database and 120–200 ms
for an 80 MB file, so it runs on the UI thread: no other write can happen meanwhile.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from digiwandel.services.errors import DomainError
from digiwandel.ui.context import AppContext, Change, error_text

log = logging.getLogger("digiwandel")

FOLDER_KEY = "backup/folder"
AUTOMATIC_INTERVAL_MS = 30 * 60 * 1000


def backup_folder() -> Path | None:
    """The folder chosen on this PC; None: a "backups" folder beside each database."""
    value = QSettings().value(FOLDER_KEY, "")
    return Path(value) if isinstance(value, str) and value else None


def set_backup_folder(folder: Path | None) -> None:
    if folder is None:
        QSettings().remove(FOLDER_KEY)
    else:
        QSettings().setValue(FOLDER_KEY, str(folder))


def shown_folder(db_path: Path | None) -> Path | None:
    """Where backups of `db_path` go (for the settings and the restore dialog)."""
    from digiwandel.model.backup import backup_dir_for

    chosen = backup_folder()
    if chosen is not None:
        return chosen
    return backup_dir_for(db_path) if db_path is not None else None


class BackupController(QObject):
    """Backs up the open database file: by hand, every 30 minutes while data changed, and
    when the program closes (if anything changed since the last backup, or none exists)."""

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.changes = 0  # edits since the last backup of the open file
        ctx.data_changed.connect(self._count)
        ctx.database_changed.connect(self._reset)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOMATIC_INTERVAL_MS)
        self.timer.timeout.connect(self.automatic)
        self.timer.start()
        self.backup_action = None
        self.restore_action = None

    def add_actions(self, menu: QMenu) -> None:
        self.backup_action = menu.addAction(self.tr("Back up &now"), self.backup_now)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.restore_action = menu.addAction(self.tr("Restore from bac&kup…"), self.show_restore)
        self._update_actions()

    def _count(self, _change: Change) -> None:
        self.changes += 1

    def _reset(self) -> None:
        self.changes = 0
        self._update_actions()

    def _update_actions(self) -> None:
        has_file = self.ctx.db is not None and self.ctx.db.path is not None
        for action in (self.backup_action, self.restore_action):
            if action is not None:
                action.setEnabled(has_file)

    def _backup(self, reason: str):
        from digiwandel.services.backups import BackupService

        info = BackupService().backup_now(self.ctx.db, reason, backup_folder())
        self.changes = 0
        return info

    def backup_now(self) -> Path | None:
        if self.ctx.db is None or self.ctx.db.path is None:
            return None
        try:
            info = self._backup("manual")
        except DomainError as exc:
            QMessageBox.warning(self.window, self.tr("Backup failed"), error_text(exc))
            return None
        self.window.statusBar().showMessage(
            self.tr("Backed up to {path}").format(path=info.path), 8000
        )
        return info.path

    def automatic(self, reason: str = "automatic") -> Path | None:
        """A backup if data changed since the last one; failures are said, never raised."""
        if self.ctx.db is None or self.ctx.db.path is None or self.changes == 0:
            return None
        try:
            return self._backup(reason).path
        except DomainError as exc:
            log.warning("automatic backup failed: %s", exc)
            self.window.statusBar().showMessage(
                self.tr("The automatic backup failed: {reason}").format(reason=error_text(exc)),
                15000,
            )
            return None

    def on_close(self) -> Path | None:
        """The backup when the program closes; a failure is shown, closing goes on."""
        db = self.ctx.db
        if db is None or db.path is None:
            return None
        from digiwandel.model.backup import list_backups

        if self.changes == 0 and list_backups(db.path, backup_folder()):
            return None  # nothing changed since a backup that exists
        try:
            return self._backup("on-close").path
        except DomainError as exc:
            log.warning("backup on closing failed: %s", exc)
            QMessageBox.warning(self.window, self.tr("Backup failed"), error_text(exc))
            return None

    def show_restore(self) -> None:
        if self.ctx.db is None or self.ctx.db.path is None:
            return
        from digiwandel.ui.dialogs.restore import RestoreDialog

        RestoreDialog(self.ctx, backup_folder(), self.window).exec()

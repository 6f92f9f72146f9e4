"""Checking the open database (File → Check database) and explaining a damaged file.

The check runs in a background task (on a large file it takes seconds) and only reads.
A repair is offered where one is possible; it makes a backup first.

A file that passes the quick check at opening is remembered as sound when the program
closes it (size and modification time, in QSettings): a large file that nobody changed
since then opens without being checked again (see `open_database(sound_fingerprint=...)`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from digiwandel.domain.language import current as current_language
from digiwandel.model.backup import backup_dir_for
from digiwandel.model.database import (
    Database,
    DatabaseOpenError,
    file_fingerprint,
    needs_quick_check,
    open_database,
    quick_check_file,
)
from digiwandel.services.check_db import (
    CheckReport,
    check_database,
    newest_sound_backup,
    repair_database,
)
from digiwandel.ui.context import AppContext, Change
from digiwandel.ui.worker import BackgroundTask

SOUND_KEY = "files/soundChecks"
SOUND_LIMIT = 20


# -- files known to be sound -------------------------------------------------------------------
def _sound_map() -> dict[str, str]:
    value = QSettings().value(SOUND_KEY, {})
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def sound_fingerprint(path: Path) -> str | None:
    """What the file looked like when it was last closed sound (None: not known)."""
    return _sound_map().get(str(Path(path).resolve()))


# Files found damaged while open: never recorded as sound when closed.
_found_damaged: set[str] = set()


def open_remembered(path: Path, *, create: bool) -> tuple[Database, bool]:
    """Open `path`; a large file unchanged since it was last closed sound skips the quick
    check at opening (True as second value: check it in the background now)."""
    known = sound_fingerprint(path)
    unchecked = not needs_quick_check(Path(path), known)
    return open_database(path, create=create, sound_fingerprint=known), unchecked


def check_in_background(parent: QWidget | None, path: Path) -> BackgroundTask:
    """Quick-check an open file without holding up the window; warn if it is damaged."""
    path = Path(path)
    task = BackgroundTask(lambda _progress: quick_check_file(path))

    def done(problems: list[str]) -> None:
        if problems:
            _found_damaged.add(str(path.resolve()))
            forget_sound(path)
            DamagedFileBox.warn_open_file(parent, path, problems[0])

    task.succeeded.connect(done)
    return task.begin()


def remember_sound(path: Path) -> None:
    """Record the file as sound as it is now (after the program closed it)."""
    key = str(Path(path).resolve())
    if key in _found_damaged:
        return
    entries = {k: v for k, v in _sound_map().items() if k != key}
    if Path(path).is_file():
        entries = {key: file_fingerprint(Path(path)), **entries}
    QSettings().setValue(SOUND_KEY, dict(list(entries.items())[:SOUND_LIMIT]))


def forget_sound(path: Path) -> None:
    key = str(Path(path).resolve())
    entries = _sound_map()
    if entries.pop(key, None) is not None:
        QSettings().setValue(SOUND_KEY, entries)


# -- a damaged file at opening -----------------------------------------------------------------
class DamagedFileBox(QMessageBox):
    """Says that the file is damaged and unchanged, names the newest sound backup and
    offers to restore it (the damaged file is kept as a copy) or to show the backups."""

    def __init__(self, error: DatabaseOpenError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.backup = newest_sound_backup(error.path)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Damaged file"))
        text = self.tr(
            "{path} is damaged. DigiWandel did not open it, so that nothing is lost or "
            "changed; the file is exactly as it was."
        ).format(path=error.path)
        if self.backup is not None:
            text += "\n\n" + self.tr(
                "The newest sound backup is from {date}:\n{backup}\n\nRestoring it replaces "
                "the damaged file; a copy of the damaged file is kept in the backups folder. "
                "Changes made after the backup are lost."
            ).format(date=_when(self.backup.created), backup=self.backup.path)
        else:
            text += "\n\n" + self.tr(
                "No sound backup of this file was found in {folder}. If you keep backups "
                "elsewhere (e.g. on a USB stick or a network drive), restore the newest "
                "one from there."
            ).format(folder=backup_dir_for(error.path))
        self.setText(text)
        if error.detail:
            self.setDetailedText(error.detail)
        self.restore_button = None
        if self.backup is not None:
            self.restore_button = self.addButton(
                self.tr("&Restore this backup"), QMessageBox.ButtonRole.AcceptRole
            )
        self.folder_button = self.addButton(
            self.tr("Show &backups folder"), QMessageBox.ButtonRole.ActionRole
        )
        self.close_button = self.addButton(self.tr("&Close"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button or self.close_button)
        self.setEscapeButton(self.close_button)

    @staticmethod
    def warn_open_file(parent: QWidget | None, path: Path, detail: str) -> None:
        """The open file turned out damaged (a check after opening)."""
        backup = newest_sound_backup(path)
        text = QCoreApplication.translate(
            "DamagedFileBox",
            "A check of {path} found the file damaged. Please make no further changes and "
            "restore a backup.",
        ).format(path=path)
        if backup is not None:
            text += " " + QCoreApplication.translate(
                "DamagedFileBox", "The newest sound backup is from {date}: {backup}"
            ).format(date=_when(backup.created), backup=backup.path)
        box = QMessageBox(QMessageBox.Icon.Warning, "", text, QMessageBox.StandardButton.Ok, parent)
        box.setWindowTitle(QCoreApplication.translate("DamagedFileBox", "Damaged file"))
        box.setDetailedText(detail)
        box.exec()

    def choice(self) -> str:
        """Show the box; "restore", "folder" or "close"."""
        self.exec()
        clicked = self.clickedButton()
        if clicked is not None and clicked is self.restore_button:
            return "restore"
        if clicked is self.folder_button:
            return "folder"
        return "close"


def _when(value) -> str:
    from digiwandel.ui.context import format_date

    return f"{format_date(value.date())} {value.strftime('%H:%M')}"


def explain_damaged_file(parent: QWidget | None, error: DatabaseOpenError) -> bool:
    """Explain a damaged file; True when a backup was restored into it (open it again)."""
    box = DamagedFileBox(error, parent)
    choice = box.choice()
    if choice == "folder":
        folder = backup_dir_for(error.path)
        QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(folder if folder.is_dir() else folder.parent))
        )
        return False
    if choice != "restore" or box.backup is None:
        return False
    from digiwandel.services.backups import restore_file
    from digiwandel.services.errors import DomainError
    from digiwandel.ui.context import show_error

    try:
        restore_file(error.path, box.backup.path)
    except DomainError as exc:
        show_error(parent, exc)
        return False
    return True


# -- File → Check database -----------------------------------------------------------------------
class CheckDatabaseDialog(QDialog):
    """Runs the check of the open file in the background and shows what it found."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: CheckReport | None = None
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Check database"))
        self.setMinimumSize(560, 340)
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Checking the database…"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: SQLite's checks report no progress
        layout.addWidget(self.progress)
        self.findings = QTextBrowser()
        self.findings.setAccessibleName(self.tr("What the check found"))
        self.findings.hide()
        layout.addWidget(self.findings, 1)
        buttons = QDialogButtonBox()
        self.repair_button = QPushButton(self.tr("&Repair…"))
        self.repair_button.setEnabled(False)
        self.repair_button.hide()
        self.repair_button.clicked.connect(self.repair)
        buttons.addButton(self.repair_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def path(self) -> Path | None:
        return self.ctx.db.path if self.ctx.db is not None else None

    def start(self) -> BackgroundTask | None:
        path = self.path
        if path is None:
            self._show_text(self.tr("Only a database file can be checked."))
            return None
        self.task = BackgroundTask(lambda _progress: check_database(path), parent=None)
        self.task.succeeded.connect(self._checked)
        self.task.failed.connect(self._failed)
        return self.task.begin()

    def exec(self) -> int:
        if self.task is None and self.report is None:
            self.start()
        return super().exec()

    def _checked(self, report: CheckReport) -> None:
        self.report = report
        self.progress.hide()
        language = current_language()
        if report.healthy:
            self.status.setText(self.tr("No problems found. The database is in good order."))
        else:
            count = len(report.problems)
            self.status.setText(self.tr("The check found %n problem(s):", "", count))
        lines = [p.render(language) for p in (*report.problems, *report.notes)]
        if report.damaged:
            lines.append(self._backup_text())
        elif report.repairable:
            lines.append(
                self.tr(
                    "“Repair” adds the missing steps and has stored results computed again. "
                    "A backup of the file is made first."
                )
            )
        if lines:
            self.findings.setPlainText("\n\n".join(lines))
            self.findings.show()
        self.repair_button.setVisible(report.repairable)
        self.repair_button.setEnabled(report.repairable)

    def _backup_text(self) -> str:
        backup = newest_sound_backup(self.path) if self.path else None
        if backup is None:
            return self.tr(
                "Please restore a backup. No sound backup of this file was found in {folder}."
            ).format(folder=backup_dir_for(self.path))
        return self.tr(
            "Please restore a backup. The newest sound backup is from {date}: {path}"
        ).format(date=_when(backup.created), path=backup.path)

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        if isinstance(exc, DatabaseOpenError):
            self._show_text(
                self.tr("The file could not be checked: it cannot be read ({detail}).").format(
                    detail=exc.detail or exc.kind
                )
            )
        else:
            self._show_text(self.tr("The file could not be checked: {detail}").format(detail=exc))

    def _show_text(self, text: str) -> None:
        self.progress.hide()
        self.status.setText(text)

    def repair(self) -> None:
        if self.ctx.db is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = repair_database(self.ctx.db)
        except DatabaseOpenError as exc:
            QApplication.restoreOverrideCursor()
            self._failed(exc)
            return
        except Exception:
            QApplication.restoreOverrideCursor()
            raise
        QApplication.restoreOverrideCursor()
        self.ctx.notify(Change.ALL)
        self._checked(result.remaining)
        self.status.setText(
            self.tr("Repaired. A backup was made first: {path}").format(path=result.backup)
            + "\n"
            + self.status.text()
        )

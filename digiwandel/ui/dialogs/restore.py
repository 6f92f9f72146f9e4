"""Restore from a backup: the backups with date, reason, size and what they contain."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digiwandel.services.backups import BackupRow, BackupService
from digiwandel.services.errors import DomainError
from digiwandel.ui.context import AppContext, format_date, show_error
from digiwandel.ui.forms import confirm
from digiwandel.ui.widgets import Column, RowTableModel


class RestoreDialog(QDialog):
    def __init__(
        self, ctx: AppContext, folder: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        assert ctx.db is not None and ctx.db.path is not None
        self.ctx = ctx
        self.folder = folder
        self.restored: Path | None = None  # the backup that was restored, if any
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumSize(820, 420)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. Everything entered after it will be "
                "replaced; the current state is backed up first, so a restore can itself "
                "be undone by restoring that backup."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        unreadable = self.tr("cannot be read")
        self.model = RowTableModel(
            [
                Column(self.tr("Date"), self.when_text, sort_key=lambda r: r.created),
                Column(self.tr("Occasion"), lambda r: self.reason_text(r.reason)),
                Column(self.tr("Size"), self.size_text, align_right=True),
                Column(
                    self.tr("Organisation"),
                    lambda r: r.organisation if r.readable else unreadable,
                ),
                Column(self.tr("Measures"), lambda r: r.measures, align_right=True),
                Column(self.tr("Checks"), lambda r: r.checks, align_right=True),
                Column(self.tr("Goals"), lambda r: r.goals, align_right=True),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Backups"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)

        self.empty_label = QLabel(self.tr("There are no backups of this database yet."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label, 1)

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)

        bar = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setAutoDefault(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        bar.addWidget(self.restore_button)
        bar.addStretch(1)
        bar.addWidget(buttons)
        layout.addLayout(bar)

        self.restore_button.clicked.connect(self.restore_current)
        buttons.rejected.connect(self.reject)
        self.view.activated.connect(self.restore_current)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    # ---- texts --------------------------------------------------------------------------------
    def reason_text(self, reason: str) -> str:
        return {
            "manual": self.tr("By hand"),
            "automatic": self.tr("Automatically while working"),
            "on-close": self.tr("When the program closed"),
            "before-upgrade": self.tr("Before the database was updated"),
            "before-restore": self.tr("Before a restore"),
            "before-import": self.tr("Before an import"),
            "before-repair": self.tr("Before a repair"),
        }.get(reason, reason)

    @staticmethod
    def when_text(row: BackupRow) -> str:
        return f"{format_date(row.created)} {row.created:%H:%M:%S}"

    @staticmethod
    def size_text(row: BackupRow) -> str:
        return QLocale().formattedDataSize(
            row.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
        )

    # ---- state --------------------------------------------------------------------------------
    def current(self) -> BackupRow | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().hasSelection():
            return None
        return self.model.row_at(index.row())

    def reload(self) -> None:
        assert self.ctx.db is not None and self.ctx.db.path is not None
        from digiwandel.ui.backups import shown_folder

        self.model.set_rows(BackupService().backups(self.ctx.db.path, self.folder))
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        self.folder_label.setText(
            self.tr("Backup folder: {folder}").format(folder=shown_folder(self.ctx.db.path))
        )
        if has_rows:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.setFocus()
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        row = self.current()
        self.restore_button.setEnabled(row is not None and row.readable)

    # ---- actions ------------------------------------------------------------------------------
    def restore_current(self, *_args) -> None:
        row = self.current()
        db = self.ctx.db
        if row is None or not row.readable or db is None:
            return
        question = self.tr(
            "Go back to the backup of {when}? Everything entered since then will be replaced "
            "by the state of the backup.\n\nThe current state is backed up first, so nothing "
            "is lost."
        ).format(when=self.when_text(row))
        if not confirm(self, self.tr("Restore from backup"), question, self.tr("Restore")):
            return
        # About 25 ms for the demo, about 1 s for an 80 MB file: nothing else may write
        # meanwhile, so it runs here, with a busy cursor.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            before = BackupService().restore(db, row.path, self.folder)
        except DomainError as exc:
            failure = exc
        else:
            failure = None
        finally:
            QApplication.restoreOverrideCursor()
        if failure is not None:
            show_error(self, failure)
            self.reload()
            return
        self.restored = row.path
        # As after opening a file: every page reloads, and undo cannot reach back past it.
        self.ctx.set_database(db)
        self.ctx.status_message.emit(
            self.tr("Restored the backup of {when}; the state before is in {path}").format(
                when=self.when_text(row), path=before
            )
        )
        self.accept()

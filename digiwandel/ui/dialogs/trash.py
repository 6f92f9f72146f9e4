"""The trash: bring deleted entries back, or remove them all for good."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from digiwandel.services.errors import DomainError
from digiwandel.services.trash import TrashBatch, TrashService
from digiwandel.ui.context import AppContext, Change, format_date, show_error
from digiwandel.ui.forms import confirm
from digiwandel.ui.widgets import Column, RowTableModel


def local_time(value: datetime) -> datetime:
    """Deletion times are stored in UTC without a zone; people read their own time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


class TrashDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Trash"))
        self.setMinimumSize(640, 380)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Deleted entries stay here until you empty the trash. Restoring brings an "
                "entry back together with everything that was deleted with it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.model = RowTableModel(
            [
                Column(self.tr("What"), lambda b: b.label),
                Column(self.tr("Kind"), lambda b: self.kind_text(b.entity_type)),
                Column(self.tr("Deleted at"), lambda b: self.when_text(b.deleted_at)),
                Column(self.tr("Entries"), lambda b: b.count, align_right=True),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Deleted entries"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view, 1)

        self.empty_label = QLabel(self.tr("The trash is empty."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label, 1)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setVisible(False)
        layout.addWidget(self.status_label)

        bar = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        # Enter on a row restores it; no button may take Enter as the dialog's default.
        for button in (self.restore_button, self.empty_button, self.close_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.empty_button)
        bar.addStretch(1)
        bar.addWidget(buttons)
        layout.addLayout(bar)

        self.restore_button.clicked.connect(self.restore_current)
        self.empty_button.clicked.connect(self.empty_trash)
        buttons.rejected.connect(self.reject)
        self.view.activated.connect(self.restore_current)  # Enter or double-click on a row
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    # ---- texts --------------------------------------------------------------------------------
    def kind_text(self, entity_type: str) -> str:
        return {
            "project": self.tr("Measure"),
            "task": self.tr("Task"),
            "budget_line": self.tr("Budget line"),
            "stakeholder": self.tr("Stakeholder"),
            "procurement_item": self.tr("Procurement item"),
            "training": self.tr("Training"),
            "risk": self.tr("Risk"),
            "decision": self.tr("Decision"),
            "pdca_cycle": self.tr("PDCA cycle"),
            "lesson": self.tr("Lesson learned"),
            "document_link": self.tr("Document link"),
            "indicator": self.tr("Indicator"),
            "measurement": self.tr("Measurement"),
            "strategic_goal": self.tr("Strategic goal"),
            "strategy_version": self.tr("Strategy version"),
            "oberziel": self.tr("Overarching goal"),
            "assessment": self.tr("Check"),
            "answer_sheet": self.tr("Answer sheet"),
            "respondent": self.tr("Answer sheet"),
            "communication_item": self.tr("Communication entry"),
        }.get(entity_type, entity_type)

    @staticmethod
    def when_text(value: datetime) -> str:
        local = local_time(value)
        return "{date} {time}".format(date=format_date(local), time=local.strftime("%H:%M"))

    # ---- state --------------------------------------------------------------------------------
    def batches(self) -> list[TrashBatch]:
        return self.model.rows()

    def current(self) -> TrashBatch | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().hasSelection():
            return None
        return self.model.row_at(index.row())

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def reload(self, keep_row: int = 0) -> None:
        assert self.ctx.db is not None
        self.model.set_rows(TrashService(self.ctx.db).list_batches())
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        if has_rows:
            self.select_row(min(keep_row, self.model.rowCount() - 1))
            self.view.setFocus()
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.restore_button.setEnabled(self.current() is not None)
        self.empty_button.setEnabled(self.model.rowCount() > 0)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(True)

    # ---- actions ------------------------------------------------------------------------------
    def restore_current(self, *_args) -> None:
        batch = self.current()
        if batch is None or self.ctx.db is None:
            return
        row = self.view.currentIndex().row()
        try:
            TrashService(self.ctx.db).restore(batch.batch_id)
        except DomainError as exc:
            show_error(self, exc)
            self.reload(row)
            return
        self.reload(row)
        self.ctx.notify(Change.ALL)
        self._say(self.tr("“{label}” restored.").format(label=batch.label))

    def empty_trash(self) -> None:
        if self.ctx.db is None:
            return
        service = TrashService(self.ctx.db)
        count = service.count()
        if count == 0:
            self.reload()
            return
        text = self.tr(
            "Remove all %n entry(s) in the trash for good? This cannot be undone.", "", count
        )
        if not confirm(self, self.tr("Empty trash"), text, self.tr("Empty trash")):
            return
        try:
            removed = service.empty()
        except DomainError as exc:
            show_error(self, exc)
            self.reload()
            return
        # Undo of an earlier deletion would look for rows that no longer exist.
        self.ctx.undo_stack.clear()
        self.reload()
        self.ctx.notify(Change.ALL)
        self._say(self.tr("Trash emptied: %n entry(s) removed for good.", "", removed))
        self.close_button.setFocus()

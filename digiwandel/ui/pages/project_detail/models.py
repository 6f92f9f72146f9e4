"""Item models of the detail view: the 12 steps for the stepper and the checklist."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from digiwandel.services.projects import StepRow
from digiwandel.ui import project_texts as tx
from digiwandel.ui.context import format_date


class StepListModel(QAbstractListModel):
    """The 12 steps for the stepper: sign, number, title and status in words."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._steps: tuple[StepRow, ...] = ()
        self._current: int | None = None

    def set_steps(self, steps: tuple[StepRow, ...], current: int | None) -> None:
        self.beginResetModel()
        self._steps, self._current = steps, current
        self.endResetModel()

    def due_text(self, step: StepRow) -> str:
        """The due date of an open step, with a warning sign once it has passed."""
        if step.due_on is None or step.status in ("done", "skipped"):
            return ""
        if step.due_on < date.today():
            return " · ⚠ " + self.tr("overdue since {date}").format(date=format_date(step.due_on))
        return " · " + self.tr("due {date}").format(date=format_date(step.due_on))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        step = self._steps[index.row()]
        sign = tx.STEP_STATUS_SIGNS.get(step.status, "")
        status = tx.step_status(step.status) + self.due_text(step)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{sign}  {step.number}. {step.title}\n      {status}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            current = self.tr(", current step") if step.number == self._current else ""
            return self.tr("Step {number}: {title}, {status}{current}").format(
                number=step.number, title=step.title, status=status, current=current
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return step.purpose
        if role == Qt.ItemDataRole.FontRole and step.number == self._current:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ChecklistModel(QAbstractListModel):
    """Checkable checklist entries; ticking one saves it through `toggle(row, done)`."""

    def __init__(self, toggle, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._toggle = toggle

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("done") if row.done else self.tr("not done")
            return f"{row.text}, {state}"
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        self._toggle(self._rows[index.row()], done)
        return True

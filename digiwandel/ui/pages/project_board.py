"""Board by step: every measure as a card in the column of the step it is working on.

Twelve columns for the steps and a thirteenth for measures whose steps are all closed.
Each column is a list view over a small model; a delegate paints the cards. The keyboard
moves between cards like in a grid: Up/Down within a column, Left/Right to the nearest
column that has cards, Enter opens the measure.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from digiwandel.domain import steps as step_rules
from digiwandel.services.projects import PortfolioRow
from digiwandel.ui import project_texts
from digiwandel.ui.context import ui_language
from digiwandel.ui.forms import percent_text

COLUMN_WIDTH = 220
CARD_MARGIN = 4  # space around a card inside its column
CARD_PADDING = 8  # space between a card's border and its text
STRIPE_WIDTH = 6  # the traffic-light stripe on the card's left edge
SWATCH_SIZE = 10
TITLE_LINES = 2  # a long title wraps to at most this many lines, then ends with "…"
CARD_LINES = 4  # light and status, owner, progress, overdue tasks (when there are any)
ROW_ROLE = Qt.ItemDataRole.UserRole


class CardModel(QAbstractListModel):
    """The measures of one column; the board gives each card its texts."""

    def __init__(self, board: ProjectBoard, parent=None) -> None:
        super().__init__(parent)
        self._board = board
        self._rows: list[PortfolioRow] = []

    def set_rows(self, rows: Sequence[PortfolioRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PortfolioRow:
        return self._rows[row]

    def rows(self) -> list[PortfolioRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._board.card_sentence(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            sentence = self._board.card_sentence(row)
            return f"{sentence}\n{row.light_reason}" if row.light_reason else sentence
        if role == ROW_ROLE:
            return row
        return None


class CardDelegate(QStyledItemDelegate):
    """Paints a card: rounded frame, traffic-light stripe, title and a few short lines."""

    def __init__(self, board: ProjectBoard, parent=None) -> None:
        super().__init__(parent)
        self._board = board

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        return title, QFont(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        # Every card has the same height (title lines and text lines reserved), so that the
        # columns lay out thousands of measures without measuring each card.
        title_font, text_font = self._fonts(option)
        height = (
            2 * CARD_MARGIN
            + 2 * CARD_PADDING
            + TITLE_LINES * QFontMetrics(title_font).lineSpacing()
            + 4
            + CARD_LINES * QFontMetrics(text_font).lineSpacing()
        )
        view = option.widget
        width = view.viewport().width() if view is not None else COLUMN_WIDTH
        return QSize(max(width, 60), height)

    @staticmethod
    def _fitted_title(metrics: QFontMetrics, rect: QRect, title: str) -> str:
        """The title, shortened with "…" at a word boundary if it needs more lines."""
        flags = int(Qt.TextFlag.TextWordWrap)
        if metrics.boundingRect(rect, flags, title).height() <= rect.height():
            return title
        words = title.split()
        while len(words) > 1:
            words.pop()
            shorter = " ".join(words) + " …"
            if metrics.boundingRect(rect, flags, shorter).height() <= rect.height():
                return shorter
        return metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: PortfolioRow = index.data(ROW_ROLE)
        if row is None:
            super().paint(painter, option, index)
            return
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        title_font, text_font = self._fonts(option)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect).adjusted(CARD_MARGIN, CARD_MARGIN, -CARD_MARGIN, -CARD_MARGIN)
        background = palette.color(QPalette.ColorRole.Base)
        if selected:
            background = palette.color(QPalette.ColorRole.Highlight).lighter(185)
        border = palette.color(QPalette.ColorRole.Mid)
        if selected:
            border = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(border, 2 if selected or focused else 1))
        painter.setBrush(background)
        painter.drawRoundedRect(card, 6, 6)

        # The stripe repeats the colour of the traffic light; the word follows in the text.
        stripe = QRectF(card.left() + 1, card.top() + 1, STRIPE_WIDTH, card.height() - 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(project_texts.light_colour(row.light))
        painter.drawRoundedRect(stripe, 3, 3)

        text = palette.color(QPalette.ColorRole.Text)
        left = int(card.left()) + STRIPE_WIDTH + CARD_PADDING
        width = int(card.width()) - STRIPE_WIDTH - 2 * CARD_PADDING
        top = int(card.top()) + CARD_PADDING

        title_height = TITLE_LINES * QFontMetrics(title_font).lineSpacing()
        title_rect = QRect(left, top, width, title_height)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(
            title_rect,
            int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            self._fitted_title(QFontMetrics(title_font), title_rect, row.title),
        )
        top += title_height + 4

        painter.setFont(text_font)
        metrics = QFontMetrics(text_font)
        line_height = metrics.lineSpacing()
        lines = self._board.card_lines(row)
        for number, line in enumerate(lines):
            x = left
            if number == 0:  # the traffic light: swatch, then its word
                swatch = QRectF(x, top + (line_height - SWATCH_SIZE) / 2, SWATCH_SIZE, SWATCH_SIZE)
                painter.setPen(QPen(QColor("#555555"), 1))
                painter.setBrush(project_texts.light_colour(row.light))
                painter.drawEllipse(swatch)
                x += SWATCH_SIZE + 6
            overdue = bool(row.overdue_tasks) and number == len(lines) - 1
            painter.setPen(QColor("#a4000f") if overdue else text)
            painter.drawText(
                QRect(x, top, left + width - x, line_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, left + width - x),
            )
            top += line_height
        painter.restore()


class CardList(QListView):
    """One column of cards; Left/Right leave it for the neighbouring column."""

    def __init__(self, board: ProjectBoard, column: int) -> None:
        super().__init__()
        self.board = board
        self.column = column
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)  # see CardDelegate.sizeHint
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.board.move_across(self, -1 if key == Qt.Key.Key_Left else 1)
            event.accept()
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.board.open_index(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.model().rowCount() > 0:
            self.setCurrentIndex(self.model().index(0, 0))
        self.board.column_focused(self)


class ProjectBoard(QWidget):
    """Measures grouped by their current step, as cards in 13 columns."""

    open_requested = Signal(int)  # project id
    current_changed = Signal()  # another card became the current one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = ui_language()
        self._rows: list[PortfolioRow] = []
        self._active_column = 0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(
            self.tr("No measures yet. Create a measure and it appears here in its current step.")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setAccessibleName(self.tr("Board by step"))
        inner = QWidget()
        columns = QHBoxLayout(inner)
        columns.setContentsMargins(4, 4, 4, 4)
        columns.setSpacing(8)

        self.headers: list[QLabel] = []
        self.lists: list[CardList] = []
        self.models: list[CardModel] = []
        self._delegate = CardDelegate(self, self)
        for column in range(step_rules.STEP_COUNT + 1):
            box = QFrame()
            box.setObjectName("boardColumn")
            box.setFixedWidth(COLUMN_WIDTH)
            box.setStyleSheet(
                "QFrame#boardColumn { background: palette(window); "
                "border: 1px solid palette(mid); border-radius: 6px; }"
            )
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(4, 6, 4, 4)
            box_layout.setSpacing(4)
            header = QLabel()
            header.setWordWrap(True)
            header.setTextFormat(Qt.TextFormat.RichText)
            header.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            header.setStyleSheet("padding: 0 4px;")
            model = CardModel(self, self)
            view = CardList(self, column)
            view.setModel(model)
            view.setItemDelegate(self._delegate)
            view.selectionModel().currentChanged.connect(lambda *_a: self.current_changed.emit())
            header.setBuddy(view)
            view.doubleClicked.connect(self.open_index)
            box_layout.addWidget(header)
            box_layout.addWidget(view, 1)
            columns.addWidget(box)
            self.headers.append(header)
            self.lists.append(view)
            self.models.append(model)
        columns.addStretch(1)
        self.scroll.setWidget(inner)
        layout.addWidget(self.scroll, 1)
        self.set_rows([])

    # ---- texts --------------------------------------------------------------------------------
    def step_heading(self, column: int) -> str:
        if column < step_rules.STEP_COUNT:
            return project_texts.step_label(column + 1, self._lang)
        return self.tr("Completed")

    def count_text(self, count: int) -> str:
        if count == 0:
            return self.tr("no measures")
        return self.tr("%n measure(s)", "", count)

    def column_name(self, column: int) -> str:
        count = self.models[column].rowCount()
        if column < step_rules.STEP_COUNT:
            number = column + 1
            return self.tr("Step {number}: {title}, {count}").format(
                number=number,
                title=step_rules.step_title(number, self._lang),
                count=self.count_text(count),
            )
        return self.tr("Completed, all steps closed, {count}").format(count=self.count_text(count))

    def card_lines(self, row: PortfolioRow) -> list[str]:
        """The lines below the title; the first one is the traffic light's word."""
        lines = [
            self.tr("{light} · {status}").format(
                light=project_texts.light(row.light), status=project_texts.status(row.status)
            ),
            row.owner_name or self.tr("No owner"),
            self.tr("Progress {percent}").format(percent=percent_text(row.progress)),
        ]
        if row.overdue_tasks:
            lines.append(self.tr("⚠ {count} overdue").format(count=row.overdue_tasks))
        return lines

    def card_sentence(self, row: PortfolioRow) -> str:
        """All a card shows, as one sentence for screen readers."""
        text = self.tr(
            "{title}: traffic light {light}, status {status}, owner {owner}, {percent} done"
        ).format(
            title=row.title,
            light=project_texts.light(row.light),
            status=project_texts.status(row.status),
            owner=row.owner_name or self.tr("none"),
            percent=percent_text(row.progress),
        )
        if row.overdue_tasks:
            text += self.tr(", %n overdue task(s)", "", row.overdue_tasks)
        return text + "."

    # ---- data ---------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[PortfolioRow]) -> None:
        """Show these measures; the card that had the focus keeps it where possible."""
        current = self.current_row()
        self._rows = list(rows)
        buckets: list[list[PortfolioRow]] = [[] for _ in self.lists]
        for row in self._rows:
            step = row.current_step
            column = step - 1 if step is not None and 1 <= step <= 12 else step_rules.STEP_COUNT
            buckets[column].append(row)
        for column, (model, view, header) in enumerate(
            zip(self.models, self.lists, self.headers, strict=True)
        ):
            model.set_rows(buckets[column])
            heading = html.escape(self.step_heading(column))
            count = html.escape(self.count_text(model.rowCount()))
            header.setText(f"<b>{heading}</b><br>{count}")
            view.setAccessibleName(self.column_name(column))
        # All headers as tall as the tallest, so the first cards line up across columns.
        height = max(h.heightForWidth(COLUMN_WIDTH - 8) for h in self.headers)
        for header in self.headers:
            header.setFixedHeight(height)
        self.empty_label.setVisible(not self._rows)
        self.scroll.setVisible(bool(self._rows))
        if current is not None:
            self.select_id(current.id, focus=False)
        self._update_focus_chain()

    def rows_in_column(self, column: int) -> list[PortfolioRow]:
        return self.models[column].rows()

    def current_row(self) -> PortfolioRow | None:
        view = self.lists[self._active_column]
        index = view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_id(self, project_id: int, *, focus: bool = True) -> bool:
        """Make the card of this measure the current one; False when it is not shown."""
        for column, model in enumerate(self.models):
            for row_number, row in enumerate(model.rows()):
                if row.id == project_id:
                    self._make_current(column, row_number, focus=focus)
                    return True
        return False

    # ---- keyboard -----------------------------------------------------------------------------
    def _update_focus_chain(self) -> None:
        """Tab reaches the board once, at the column last used; arrows do the rest."""
        non_empty = [c for c, m in enumerate(self.models) if m.rowCount()]
        if non_empty and self._active_column not in non_empty:
            self._active_column = non_empty[0]
        for column, view in enumerate(self.lists):
            if not self.models[column].rowCount():
                view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            elif column == self._active_column:
                view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            else:
                view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def column_focused(self, view: CardList) -> None:
        if view.column != self._active_column:
            self.lists[self._active_column].clearSelection()
            self._active_column = view.column
            self._update_focus_chain()
        self.scroll.ensureWidgetVisible(view.parentWidget(), 0, 0)

    def _make_current(self, column: int, row_number: int, *, focus: bool = True) -> None:
        view = self.lists[column]
        index = self.models[column].index(row_number, 0)
        if column != self._active_column:
            self.lists[self._active_column].clearSelection()
        self._active_column = column
        self._update_focus_chain()
        view.setCurrentIndex(index)
        view.scrollTo(index)
        if focus:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(view.parentWidget(), 0, 0)

    def move_across(self, view: CardList, step: int) -> None:
        """Go to the nearest column in that direction that has cards, keeping the row."""
        column = view.column + step
        while 0 <= column < len(self.lists) and not self.models[column].rowCount():
            column += step
        if not 0 <= column < len(self.lists):
            return
        row_number = max(view.currentIndex().row(), 0)
        self._make_current(column, min(row_number, self.models[column].rowCount() - 1))

    def open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is not None:
            self.open_requested.emit(row.id)

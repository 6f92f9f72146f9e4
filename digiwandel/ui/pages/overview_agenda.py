"""The overview's "what needs doing": two lists of entries that each open the place where
the user acts (a click, or Enter on the keyboard)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from digiwandel.services import agenda as kinds
from digiwandel.services.agenda import Agenda, AgendaEntry
from digiwandel.services.overview import FIRST_STEPS
from digiwandel.ui.context import format_date
from digiwandel.ui.forms import money_text

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


class AgendaList(QListView):
    """A short list whose entries are links: a click or Enter opens the entry's place."""

    open_requested = Signal(str, int, int)  # target, id (0: none), step (0: none)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self._open)
        self.activated.connect(self._open)

    def set_entries(self, entries: list[tuple[str, str, tuple[str, int, int] | None]]) -> None:
        """(text, tooltip, (target, id, step) or None for a plain line)."""
        self.model_.clear()
        for text, tip, target in entries:
            item = QStandardItem(text)
            item.setEditable(False)
            item.setToolTip(tip)
            if target is None:
                item.setSelectable(False)
            else:
                font = item.font()
                font.setUnderline(True)  # a link, not only by colour
                item.setFont(font)
                item.setForeground(self.palette().link())
                item.setData(target, TARGET_ROLE)
            self.model_.appendRow(item)
        self._fit()

    def _fit(self) -> None:
        """As tall as its entries: the page scrolls, never the list."""
        self.doItemsLayout()  # the rows wrapped at the current width
        height = self.contentsSize().height() + 2 * self.frameWidth()
        self.setFixedHeight(max(height, self.fontMetrics().height() + 8))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def texts(self) -> list[str]:
        return [self.model_.item(row).text() for row in range(self.model_.rowCount())]

    def _open(self, index: QModelIndex) -> None:
        target = index.data(TARGET_ROLE)
        if target:
            self.open_requested.emit(*target)


class AgendaBox(QWidget):
    """Needs attention / Due in the next two weeks."""

    open_requested = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attention_title = QLabel(self.tr("<b>Needs attention</b>"))
        self.attention = AgendaList(self.tr("Needs attention"))
        self.due_title = QLabel(self.tr("<b>Due in the next two weeks</b>"))
        self.due = AgendaList(self.tr("Due in the next two weeks"))
        self.attention_title.setBuddy(self.attention)
        self.due_title.setBuddy(self.due)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.attention_title, self.attention, self.due_title, self.due):
            layout.addWidget(widget)
        self.attention.open_requested.connect(self.open_requested)
        self.due.open_requested.connect(self.open_requested)

    def show_agenda(self, agenda: Agenda) -> None:
        attention = [self._line(e) for e in agenda.attention]
        attention += self._more(agenda, agenda.attention)
        if not attention:
            attention = [(self.tr("Nothing needs attention right now."), "", None)]
        due = [self._line(e) for e in agenda.due]
        due += self._more(agenda, agenda.due)
        if not due:
            due = [(self.tr("Nothing falls due in the next two weeks."), "", None)]
        self.attention.set_entries(attention)
        self.due.set_entries(due)

    def _more(self, agenda: Agenda, shown: tuple[AgendaEntry, ...]) -> list:
        """ "… and 12 more" for the kinds of which only the first few are listed."""
        lines = []
        seen: dict[str, int] = {}
        for entry in shown:
            key = kinds.TASK_DUE if entry.kind == kinds.MILESTONE_DUE else entry.kind
            if entry.kind in (kinds.REVIEW_DUE, kinds.REVIEW_OVERDUE):
                key = "review"
            seen[key] = seen.get(key, 0) + 1
        # Only in the list that names such goals (the due list never does).
        goals_hidden = (
            max(
                agenda.totals.get(kinds.GOAL_WITHOUT_MEASURE, 0)
                - seen.pop(kinds.GOAL_WITHOUT_MEASURE),
                0,
            )
            if kinds.GOAL_WITHOUT_MEASURE in seen
            else 0
        )
        if goals_hidden:
            text = self.tr("… and %n more goals without a measure", "", goals_hidden)
            lines.append((text, self.tr("Open the strategy"), (kinds.TO_STRATEGY, 0, 0)))
        hidden = sum(max(agenda.totals.get(key, 0) - count, 0) for key, count in seen.items())
        if hidden:
            text = self.tr("… and %n more on the Measures page", "", hidden)
            lines.append((text, self.tr("Open the list of measures"), ("measures", 0, 0)))
        return lines

    def _line(self, e: AgendaEntry) -> tuple[str, str, tuple[str, int, int]]:
        when = format_date(e.when) if e.when else ""
        tip = {
            kinds.TO_MEASURE: self.tr("Open the measure"),
            kinds.TO_STRATEGY: self.tr("Open the strategy"),
            kinds.TO_CHECK: self.tr("Open the Digitalisierungscheck"),
        }[e.target]
        if e.kind in (kinds.LIGHT_RED, kinds.LIGHT_AMBER):
            light = self.tr("Red") if e.kind == kinds.LIGHT_RED else self.tr("Amber")
            text = self.tr("{light}: “{title}”").format(light=light, title=e.title)
            if e.detail:
                text += " – " + e.detail
        elif e.kind == kinds.TASKS_OVERDUE:
            text = self.tr("“{title}”: %n task(s) overdue since {date}", "", e.count).format(
                title=e.title, date=when
            )
        elif e.kind == kinds.STEP_OVERDUE:
            text = self.tr("“{title}”: step {step} was due on {date}").format(
                title=e.title, step=e.step, date=when
            )
        elif e.kind == kinds.OVER_BUDGET:
            text = self.tr("“{title}”: {amount} over budget").format(
                title=e.title, amount=money_text(e.count)
            )
        elif e.kind == kinds.GOAL_WITHOUT_MEASURE:
            text = self.tr("Goal “{title}” has no measure yet").format(title=e.title)
        elif e.kind == kinds.MEASURE_WITHOUT_GOAL:
            text = self.tr("“{title}” serves no goal of the strategy").format(title=e.title)
        elif e.kind == kinds.REVIEW_OVERDUE:
            text = self.tr("The review of the strategy “{title}” was due on {date}").format(
                title=e.title, date=when
            )
        elif e.kind == kinds.REVIEW_DUE:
            text = self.tr("{date}: review of the strategy “{title}”").format(
                title=e.title, date=when
            )
        elif e.kind in (kinds.TASK_DUE, kinds.MILESTONE_DUE):
            pattern = (
                self.tr("{date}: milestone “{title}” ({measure})")
                if e.kind == kinds.MILESTONE_DUE
                else self.tr("{date}: task “{title}” ({measure})")
            )
            text = pattern.format(date=when, title=e.title, measure=e.detail)
        elif e.kind == kinds.COMMUNICATION_DUE:
            text = self.tr("{date}: communication with “{audience}”").format(
                date=when, audience=e.title
            )
            if e.detail:
                text += f" ({e.detail})"
        else:  # kinds.CHECK_DUE
            text = self.tr(
                "The last Digitalisierungscheck was on {date}: time to repeat it"
            ).format(date=when)
        return text, tip, (e.target, e.ident or 0, e.step or 0)


class FirstStepsBox(QWidget):
    """The path for a new organisation, ticked as its data appears; can be hidden."""

    go = Signal(str)  # a step of FIRST_STEPS
    hide_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("<b>First steps</b>"))
        intro = QLabel(
            self.tr(
                "Five steps lead from a new file to the first board report. Each is ticked "
                "as soon as its data exists."
            )
        )
        intro.setWordWrap(True)
        texts = {
            "organisation": self.tr("&1  Describe the organisation and its areas"),
            "check": self.tr("&2  Complete a first Digitalisierungscheck"),
            "strategy": self.tr("&3  Draft a digital strategy"),
            "measure": self.tr("&4  Start a first measure"),
            "report": self.tr("&5  Print a first board report"),
        }
        grid = QGridLayout()
        self.marks: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for row, key in enumerate(FIRST_STEPS):
            mark = QLabel()
            button = QPushButton(texts[key])
            button.setFlat(True)
            button.setStyleSheet("text-align: left;")
            button.clicked.connect(lambda _c=False, k=key: self.go.emit(k))
            mark.setBuddy(button)
            grid.addWidget(mark, row, 0)
            grid.addWidget(button, row, 1)
            self.marks[key] = mark
            self.buttons[key] = button
        grid.setColumnStretch(2, 1)
        self.hide_button = QPushButton(self.tr("Hide first ste&ps"))
        self.hide_button.clicked.connect(self.hide_requested)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.hide_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addLayout(bottom)

    def show_steps(self, done: dict[str, bool]) -> None:
        for key, mark in self.marks.items():
            # A sign and a word, not colour alone.
            mark.setText(self.tr("✓ done") if done.get(key) else self.tr("○ open"))
            self.buttons[key].setAccessibleDescription(mark.text())

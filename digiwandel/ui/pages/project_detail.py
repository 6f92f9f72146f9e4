"""One measure: its header, the 12 steps as a vertical stepper and the panel of each step.

Every step has its status, dates, notes, checklist and tasks; some steps have a panel of
their own (stakeholders in step 3, success metrics and budget in step 4, …). Risks and
decisions belong to the whole measure. Edits are saved at once and can be undone.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from digiwandel.domain.vocabulary import (
    DRIVER_KEYS,
    INDICATOR_DIRECTIONS,
    POLICY_CHECK_STATUSES,
    PROJECT_STATUSES,
    STEP_STATUSES,
    TRAFFIC_LIGHTS,
)
from digiwandel.services.drivers import DriverService
from digiwandel.services.errors import DomainError
from digiwandel.services.project_records import ProjectRecordService
from digiwandel.services.projects import ProjectDetail, ProjectService, StepRow
from digiwandel.services.strategy import StrategyService
from digiwandel.ui import check_texts, strategy_texts
from digiwandel.ui import project_texts as tx
from digiwandel.ui.context import AppContext, Change, format_date, show_error, ui_language
from digiwandel.ui.forms import (
    DateField,
    combo,
    confirm,
    date_field,
    format_number,
    line,
    number_field,
    one_line,
    parse_number,
    percent_text,
    text_box,
)
from digiwandel.ui.pages.project_records import RecordPanel, RecordSpec, record_panel
from digiwandel.ui.pages.strategy_goals import IndicatorChart
from digiwandel.ui.widgets import (
    Column,
    Field,
    FormDialog,
    ListPanel,
    RowTableModel,
    buddy_label,
    local_shortcut,
)

PART = Change.PROJECTS

# Panels of their own, by step number (see the article's 12 steps).
STEP_PANELS = {
    3: ("stakeholder",),
    4: ("metrics", "budget"),
    5: ("procurement",),
    7: ("training",),
    8: ("policy",),
    9: ("evaluation",),
    11: ("pdca",),
    12: ("lesson", "document"),
}


# ---- models -----------------------------------------------------------------------------------
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


# ---- helpers ----------------------------------------------------------------------------------
def _heading(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    label.setWordWrap(True)
    return label


def _wrap(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def checklist_widget(items: list[tuple[str, str]], checked: set[str]) -> QListWidget:
    """A list of checkable entries (data, text) for a form dialog; its value is the
    list of checked data."""
    widget = QListWidget()
    for data, text in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if data in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(150)
    return widget


# ---- the view ---------------------------------------------------------------------------------
class ProjectDetailView(QWidget):
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.project_id: int | None = None
        self.detail: ProjectDetail | None = None
        self.recs = None
        self._persons: list[tuple[int | None, str]] = []
        self._step_number = 1
        self._shown_step: int | None = None
        self._loading = False

        # -- header -------------------------------------------------------------------------
        self.back_button = QPushButton(self.tr("← &All measures"))
        self.back_button.setToolTip(self.tr("Back to the list of measures (Alt+Left)"))
        self.back_button.clicked.connect(self.back_requested)
        local_shortcut(QKeySequence.StandardKey.Back, self, self.back_requested.emit)
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.light_swatch = QFrame()
        self.light_swatch.setFixedSize(16, 16)
        self.light_label = _wrap()
        self.facts_label = _wrap()
        self.links_label = _wrap()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Progress of the measure"))
        self.progress.setMinimumWidth(300)
        self.edit_button = QPushButton(self.tr("&Edit measure…"))
        self.edit_button.setToolTip(self.tr("Edit title, dates, status and traffic light (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_project)
        local_shortcut("Ctrl+E", self, self.edit_project)
        self.goals_button = QPushButton(self.tr("Strategic &goals…"))
        self.goals_button.clicked.connect(self.edit_goals)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.goals_button)
        light_row = QHBoxLayout()
        light_row.addWidget(self.light_swatch)
        light_row.addWidget(self.light_label, 1)
        light_row.addWidget(self.progress)

        # -- steps tab ------------------------------------------------------------------------
        self.step_model = StepListModel(self)
        self.stepper = QListView()
        self.stepper.setModel(self.step_model)
        self.stepper.setAccessibleName(self.tr("The 12 steps"))
        self.stepper.setSpacing(2)
        self.stepper.setMinimumWidth(250)
        self.stepper.setMaximumWidth(340)
        self.stepper.setWordWrap(True)
        self.stepper.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stepper.selectionModel().currentChanged.connect(self._step_selected)

        self.step_heading = _heading()
        self.step_purpose = _wrap()
        self.warnings_label = _wrap()
        self.warnings_label.setStyleSheet("color: #7a4d00;")
        self.step_tabs = QTabWidget()
        self.step_tabs.setAccessibleName(self.tr("Parts of the step"))
        self._build_step_tab()
        self._build_tasks_tab()
        self._build_special_panels()
        step_area = QWidget()
        step_layout = QVBoxLayout(step_area)
        step_layout.setContentsMargins(0, 0, 0, 0)
        step_layout.addWidget(self.step_heading)
        step_layout.addWidget(self.step_purpose)
        step_layout.addWidget(self.warnings_label)
        step_layout.addWidget(self.step_tabs, 1)
        steps_split = QSplitter(Qt.Orientation.Horizontal)
        steps_split.setChildrenCollapsible(False)
        steps_split.addWidget(self.stepper)
        steps_split.addWidget(step_area)
        steps_split.setStretchFactor(1, 1)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the measure"))
        self.tabs.addTab(steps_split, self.tr("12 steps"))
        self.risk_panel = record_panel(self, "risk")
        self.decision_panel = record_panel(self, "decision")
        self.tabs.addTab(self.risk_panel, self.tr("Risks"))
        self.tabs.addTab(self.decision_panel, self.tr("Decisions"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(light_row)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.links_label)
        layout.addWidget(self.tabs, 1)

    # -- services and shared helpers for the panels ------------------------------------------
    @property
    def projects(self) -> ProjectService:
        assert self.ctx.db is not None
        return ProjectService(self.ctx.db, ui_language())

    @property
    def records(self) -> ProjectRecordService:
        assert self.ctx.db is not None
        return ProjectRecordService(self.ctx.db, ui_language())

    def person_items(self, refresh: bool = False) -> list[tuple[int | None, str]]:
        """(id, name) of every person, after "(nobody)", for the person fields of dialogs."""
        if refresh or not self._persons:
            self._persons = [(p.id, p.name) for p in self.ctx.org.list_persons()]
        return [(None, self.tr("(nobody)")), *self._persons]

    def push(self, text: str, redo, undo) -> None:
        """Record an already saved edit for undo; every view of measures reloads."""
        self.ctx.push(text, redo, undo, PART)
        self.ctx.notify(PART)

    def push_trash(self, text: str, delete, restore, *, batch: str | None = None) -> None:
        """Record a deletion to the trash (`batch`) or a creation (no batch), already saved."""
        self.ctx.push_trash(text, PART, delete, restore, batch=batch)

    def push_edit(self, text: str, apply, old: dict, new: dict) -> None:
        """Record changed fields, already saved: undo applies `old`, redo `new`."""
        self.ctx.push_edit(text, PART, apply, old, new)

    # -- building ----------------------------------------------------------------------------
    def _build_step_tab(self) -> None:
        self.status_combo = QComboBox()
        for status in STEP_STATUSES:
            self.status_combo.addItem(
                f"{tx.STEP_STATUS_SIGNS[status]} {tx.step_status(status)}", status
            )
        self.status_combo.activated.connect(self._status_chosen)
        self.skip_label = _wrap()
        self.step_facts = _wrap()
        self.step_notes = _wrap()
        self.step_edit_button = QPushButton(self.tr("Edit &step…"))
        self.step_edit_button.clicked.connect(self.edit_step)
        self.checklist_model = ChecklistModel(self.toggle_checklist, self)
        self.checklist = QListView()
        self.checklist.setModel(self.checklist_model)
        self.checklist.setAccessibleName(self.tr("Checklist of the step"))
        self.checklist.setWordWrap(True)
        self.add_check_button = QPushButton(self.tr("Add checklist &entry…"))
        self.add_check_button.clicked.connect(self.add_checklist_entry)
        self.remove_check_button = QPushButton(self.tr("&Remove entry…"))
        self.remove_check_button.setToolTip(self.tr("Remove the selected entry (Delete)"))
        self.remove_check_button.clicked.connect(self.remove_checklist_entry)
        local_shortcut(QKeySequence.StandardKey.Delete, self.checklist, self.remove_checklist_entry)
        tab = QWidget()
        grid = QGridLayout(tab)
        grid.addWidget(buddy_label(self.tr("Stat&us of the step:"), self.status_combo), 0, 0)
        grid.addWidget(self.status_combo, 0, 1)
        grid.addWidget(self.step_edit_button, 0, 2)
        grid.addWidget(self.skip_label, 1, 0, 1, 4)
        grid.addWidget(self.step_facts, 2, 0, 1, 4)
        grid.addWidget(self.step_notes, 3, 0, 1, 4)
        grid.addWidget(
            buddy_label(self.tr("Chec&klist (Space ticks an entry):"), self.checklist), 4, 0, 1, 4
        )
        grid.addWidget(self.checklist, 5, 0, 1, 4)
        grid.addWidget(self.add_check_button, 6, 0)
        grid.addWidget(self.remove_check_button, 6, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(5, 1)
        self.step_tab = tab

    def _build_tasks_tab(self) -> None:
        self.task_model = RowTableModel(
            [
                Column(self.tr("Done"), lambda r: self.tr("✓ done") if r.done else self.tr("open")),
                Column(self.tr("Task"), lambda r: r.title),
                Column(self.tr("Responsible"), lambda r: r.responsible_name),
                Column(self.tr("Due"), self.task_due_text),
                Column(
                    self.tr("Milestone"), lambda r: self.tr("◆ milestone") if r.is_milestone else ""
                ),
            ],
            self,
        )
        self.done_button = QPushButton(self.tr("Mark done / &open"))
        self.done_button.setToolTip(self.tr("Mark the selected task done or open again (Ctrl+D)"))
        self.tasks = ListPanel(
            self.task_model,
            name=self.tr("Tasks of the step"),
            add_text=self.tr("&New task…"),
            edit_text=self.tr("&Edit task…"),
            delete_text=self.tr("&Delete task…"),
            extra_buttons=(self.done_button,),
        )
        self.tasks.add_requested.connect(self.add_task)
        self.tasks.edit_requested.connect(self.edit_task)
        self.tasks.delete_requested.connect(self.delete_task)
        self.done_button.clicked.connect(self.toggle_task)
        local_shortcut("Ctrl+D", self.tasks.view, self.toggle_task)
        self.tasks_tab = self.tasks

    def _build_special_panels(self) -> None:
        self.panels: dict[str, tuple[QWidget, str]] = {
            "stakeholder": (record_panel(self, "stakeholder"), self.tr("Stakeholders")),
            "procurement": (record_panel(self, "procurement"), self.tr("Procurement")),
            "training": (record_panel(self, "training"), self.tr("Trainings")),
            "pdca": (record_panel(self, "pdca"), self.tr("PDCA cycles")),
            "lesson": (record_panel(self, "lesson"), self.tr("Lessons learned")),
            "document": (record_panel(self, "document"), self.tr("Documents")),
            "metrics": (RecordPanel(self, metrics_spec(self)), self.tr("Success metrics")),
            "budget": (BudgetPanel(self), self.tr("Budget")),
            "policy": (PolicyPanel(self), self.tr("Policy checks")),
            "evaluation": (EvaluationPanel(self), self.tr("Evaluation")),
        }

    # -- words -------------------------------------------------------------------------------
    def task_due_text(self, row) -> str:
        if row.due_on is None:
            return ""
        text = format_date(row.due_on)
        if not row.done and row.due_on < date.today():
            return "⚠ " + self.tr("{date}, overdue").format(date=text)
        return text

    # -- loading -----------------------------------------------------------------------------
    def show_project(self, project_id: int, step: int | None = None) -> bool:
        self.project_id = project_id
        if not self.reload():
            return False
        if step is None and self.detail is not None:
            step = self.detail.current_step or 1
        self.select_step(step or 1)
        self.tabs.setCurrentIndex(0)
        return True

    def reload(self) -> bool:
        """Load the measure again; False when it no longer exists (e.g. after an undo)."""
        if self.ctx.db is None or self.project_id is None:
            return False
        try:
            self.detail = self.projects.get_project(self.project_id)
            self.recs = self.records.records(self.project_id)
        except DomainError:
            self.detail = self.recs = None
            return False
        self.person_items(refresh=True)
        d = self.detail
        self.title_label.setText(d.title)
        self.light_swatch.setStyleSheet(
            f"background: {tx.LIGHT_COLOURS[d.light]}; border-radius: 8px;"
        )
        self.light_swatch.setAccessibleName(tx.light(d.light))
        light = self.tr("Traffic light: {light}").format(light=tx.light(d.light))
        if d.light_reason:
            light += " – " + d.light_reason
        self.light_label.setText(light)
        closed = sum(1 for s in d.steps if s.status in ("done", "skipped"))
        self.progress.setValue(round(d.progress))
        self.progress.setFormat(self.tr("%p % – {closed} of 12 steps closed").format(closed=closed))
        self.facts_label.setText(self.facts_text(d))
        self.links_label.setText(self.links_text(d))
        self.step_model.set_steps(d.steps, d.current_step)
        self.risk_panel.load()
        self.decision_panel.load()
        for panel, _label in self.panels.values():
            panel.load()
        self._show_step()
        return True

    def facts_text(self, d: ProjectDetail) -> str:
        parts = [self.tr("Status: {status}").format(status=tx.status(d.status))]
        if d.owner_name:
            parts.append(self.tr("Owner: {name}").format(name=d.owner_name))
        if d.starts_on or d.ends_on:
            parts.append(
                self.tr("Runs {start} – {end}").format(
                    start=format_date(d.starts_on) or "?", end=format_date(d.ends_on) or "?"
                )
            )
        if d.budget_planned or d.budget_actual:
            parts.append(
                self.tr("Budget {planned}, spent {actual}").format(
                    planned=tx.money(d.budget_planned), actual=tx.money(d.budget_actual)
                )
            )
        return " · ".join(parts)

    def links_text(self, d: ProjectDetail) -> str:
        parts = []
        if d.goals:
            parts.append(
                self.tr("Contributes to: {goals}").format(
                    goals="; ".join(title for _id, title in d.goals)
                )
            )
        if d.finding_key:
            kind, _sep, key = d.finding_key.partition(":")
            if kind == "finding":
                parts.append(
                    self.tr("Created from the finding “{title}”").format(
                        title=check_texts.finding_title(key)
                    )
                )
            elif kind == "recommendation":
                parts.append(
                    self.tr("Created from the recommendation “{title}”").format(
                        title=check_texts.recommendation_title(key)
                    )
                )
        if d.drivers:
            titles = DriverService(self.ctx.db, ui_language()).titles()
            parts.append(
                self.tr("Drivers: {drivers}").format(
                    drivers=", ".join(titles.get(k, k) for k in d.drivers)
                )
            )
        return " · ".join(parts)

    # -- steps -------------------------------------------------------------------------------
    def select_step(self, number: int) -> None:
        index = self.step_model.index(number - 1, 0)
        self.stepper.setCurrentIndex(index)
        self._step_number = number
        self._show_step()

    def current_step(self) -> StepRow | None:
        if self.detail is None:
            return None
        return self.detail.steps[self._step_number - 1]

    def _step_selected(self, current: QModelIndex, _previous=None) -> None:
        if current.isValid():
            self._step_number = current.row() + 1
            self._show_step()

    def _show_step(self) -> None:
        step = self.current_step()
        if step is None:
            return
        self._loading = True
        self.step_heading.setText(
            self.tr("Step {number}: {title}").format(number=step.number, title=step.title)
        )
        self.step_purpose.setText(step.purpose)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(step.status), 0))
        self.skip_label.setText(
            self.tr("Skipped because: {reason}").format(reason=step.skip_reason)
            if step.status == "skipped"
            else ""
        )
        self.skip_label.setVisible(step.status == "skipped")
        facts = [
            self.tr("Responsible: {name}").format(name=step.responsible_name or self.tr("nobody")),
            self.tr("Start: {date}").format(date=format_date(step.starts_on) or "–"),
            self.tr("Due: {date}").format(date=format_date(step.due_on) or "–"),
        ]
        self.step_facts.setText(" · ".join(facts))
        self.step_notes.setText(
            self.tr("Notes: {notes}").format(notes=step.notes) if step.notes else ""
        )
        self.step_notes.setVisible(bool(step.notes))
        # Keep the keyboard user's place in the checklist across the reload after a tick.
        same_step = self._shown_step == step.number
        check_row = self.checklist.currentIndex().row() if same_step else -1
        self.checklist_model.set_rows(step.checklist)
        if 0 <= check_row < self.checklist_model.rowCount():
            self.checklist.setCurrentIndex(self.checklist_model.index(check_row, 0))
        self._shown_step = step.number
        self.task_model.set_rows(step.tasks)
        assert self.detail is not None
        self.warnings_label.setText(
            "\n".join("⚠ " + tx.warning(code, figures) for code, figures in self.detail.warnings)
        )
        self.warnings_label.setVisible(bool(self.detail.warnings))
        # Tabs: the step itself, its tasks, then the panels of this step.
        done = sum(1 for c in step.checklist if c.done)
        open_tasks = sum(1 for t in step.tasks if not t.done)
        late = sum(1 for t in step.tasks if not t.done and t.due_on and t.due_on < date.today())
        tasks_label = self.tr("Tasks ({count} open)").format(count=open_tasks)
        if late:
            tasks_label = self.tr("Tasks ({count} open, ⚠ {late} overdue)").format(
                count=open_tasks, late=late
            )
        tabs = [
            (
                self.step_tab,
                self.tr("Step ({done}/{total})").format(done=done, total=len(step.checklist)),
            ),
            (self.tasks_tab, tasks_label),
        ] + [self.panels[key] for key in STEP_PANELS.get(step.number, ())]
        shown = [self.step_tabs.widget(i) for i in range(self.step_tabs.count())]
        if shown == [widget for widget, _label in tabs]:
            # Same tabs: only the counts change, and the focus stays where it is.
            for i, (_widget, label) in enumerate(tabs):
                self.step_tabs.setTabText(i, label)
        else:
            keep = self.step_tabs.currentWidget()
            self.step_tabs.blockSignals(True)
            while self.step_tabs.count():
                self.step_tabs.removeTab(0)
            for widget, label in tabs:
                self.step_tabs.addTab(widget, label)
            index = self.step_tabs.indexOf(keep) if keep is not None else -1
            self.step_tabs.setCurrentIndex(max(index, 0))
            self.step_tabs.blockSignals(False)
        self._loading = False

    def _status_chosen(self, _index: int) -> None:
        step = self.current_step()
        status = self.status_combo.currentData()
        if step is None or status == step.status:
            return
        reason = ""
        if status == "skipped":
            dialog = FormDialog(
                self.tr("Skip step {number}").format(number=step.number),
                [Field("skip_reason", self.tr("&Why is this step skipped?"), text_box())],
                lambda v: self.projects.set_step_status(
                    self.project_id, step.number, "skipped", v["skip_reason"]
                ),
                self,
                intro=self.tr(
                    "A skipped step counts as closed. Please note why, so the team and "
                    "the board can follow the decision later."
                ),
            )
            if not dialog.exec():
                self.status_combo.setCurrentIndex(self.status_combo.findData(step.status))
                return
            result = dialog.result_value
            reason = result.step.skip_reason
        else:
            try:
                result = self.projects.set_step_status(self.project_id, step.number, status)
            except DomainError as exc:
                show_error(self, exc)
                return
        project_id, number = self.project_id, step.number
        old_status, old_reason = step.status, step.skip_reason
        self.push(
            self.tr("Step {number}: {status}").format(number=number, status=tx.step_status(status)),
            lambda: self.projects.set_step_status(project_id, number, status, reason),
            lambda: self.projects.set_step_status(project_id, number, old_status, old_reason),
        )
        if result.warnings:
            self.ctx.status_message.emit("⚠ " + tx.warning(*result.warnings[0]))

    def edit_step(self) -> None:
        step = self.current_step()
        if step is None:
            return
        project_id, number = self.project_id, step.number
        fields = [
            Field(
                "responsible_id",
                self.tr("&Responsible:"),
                combo(self.person_items(), step.responsible_id),
            ),
            Field("starts_on", self.tr("&Start:"), date_field(step.starts_on)),
            Field("due_on", self.tr("&Due:"), date_field(step.due_on)),
            Field("notes", self.tr("&Notes:"), text_box(step.notes)),
        ]

        def save(v: dict):
            return self.projects.update_step(project_id, number, **v)

        dialog = FormDialog(
            self.tr("Step {number}: {title}").format(number=number, title=step.title),
            fields,
            save,
            self,
        )
        if not dialog.exec():
            return
        new = dialog.result_value
        keys = ("responsible_id", "starts_on", "due_on", "notes")
        old_values = {k: getattr(step, k) for k in keys}
        new_values = {k: getattr(new, k) for k in keys}
        self.push_edit(
            self.tr("Edit step {number}").format(number=number),
            lambda fields: self.projects.update_step(project_id, number, **fields),
            old_values,
            new_values,
        )

    # -- checklist ---------------------------------------------------------------------------
    def toggle_checklist(self, item, done: bool) -> None:
        try:
            self.projects.toggle_checklist_item(item.id, done)
        except DomainError as exc:
            show_error(self, exc)
            return
        label = item.text if len(item.text) <= 50 else item.text[:49] + "…"
        self.push(
            self.tr("Tick “{entry}”").format(entry=label)
            if done
            else self.tr("Untick “{entry}”").format(entry=label),
            lambda: self.projects.toggle_checklist_item(item.id, done),
            lambda: self.projects.toggle_checklist_item(item.id, not done),
        )

    def add_checklist_entry(self) -> None:
        step = self.current_step()
        if step is None:
            return
        project_id, number = self.project_id, step.number
        dialog = FormDialog(
            self.tr("New checklist entry"),
            [Field("text", self.tr("&Entry:"), line())],
            lambda v: self.projects.add_checklist_item(project_id, number, v["text"]),
            self,
        )
        if not dialog.exec():
            return
        item = dialog.result_value
        state = {"id": item.id}

        def undo():
            self.projects.delete_checklist_item(state["id"])

        def redo():
            state["id"] = self.projects.add_checklist_item(project_id, number, item.text).id

        self.push(self.tr("New checklist entry"), redo, undo)

    def remove_checklist_entry(self) -> None:
        index = self.checklist.currentIndex()
        if not index.isValid():
            return
        item = self.checklist_model.row_at(index.row())
        if not confirm(
            self,
            self.tr("Remove checklist entry"),
            self.tr("Remove the entry “{entry}” from the checklist? Ctrl+Z brings it back.").format(
                entry=item.text
            ),
            self.tr("Remove"),
        ):
            return
        try:
            self.projects.delete_checklist_item(item.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        state = {"id": item.id}

        def undo():
            state["id"] = self.projects.put_back_checklist_item(item).id

        def redo():
            self.projects.delete_checklist_item(state["id"])

        self.push(self.tr("Remove checklist entry"), redo, undo)

    # -- tasks -------------------------------------------------------------------------------
    def _task_fields(self, row) -> list[Field]:
        milestone = QCheckBox(self.tr("This task marks a milestone"))
        milestone.setChecked(bool(row and row.is_milestone))
        return [
            Field("title", self.tr("&Task:"), line(row.title if row else "")),
            Field(
                "responsible_id",
                self.tr("&Responsible:"),
                combo(self.person_items(), row.responsible_id if row else None),
            ),
            Field("due_on", self.tr("&Due:"), date_field(row.due_on if row else None)),
            Field("is_milestone", self.tr("&Milestone:"), milestone),
        ]

    @staticmethod
    def _task_values(v: dict) -> dict:
        return dict(v)

    @staticmethod
    def _task_replay(row) -> dict:
        return {k: getattr(row, k) for k in ("title", "responsible_id", "due_on", "is_milestone")}

    def add_task(self) -> None:
        step = self.current_step()
        if step is None:
            return
        project_id, number = self.project_id, step.number
        dialog = FormDialog(
            self.tr("New task in step {number}").format(number=number),
            self._task_fields(None),
            lambda v: self.projects.add_task(project_id, number, **self._task_values(v)),
            self,
        )
        if not dialog.exec():
            return
        task = dialog.result_value
        self.push_trash(
            self.tr("New task “{title}”").format(title=task.title),
            lambda: self.projects.delete_task(task.id),
            self.projects.restore,
        )
        self.tasks.select_id(task.id)

    def edit_task(self, row) -> None:
        dialog = FormDialog(
            self.tr("Edit task"),
            self._task_fields(row),
            lambda v: self.projects.update_task(row.id, **self._task_values(v)),
            self,
        )
        if not dialog.exec():
            return
        new = dialog.result_value
        old_values, new_values = self._task_replay(row), self._task_replay(new)
        self.push_edit(
            self.tr("Edit task “{title}”").format(title=new.title),
            lambda fields: self.projects.update_task(row.id, **fields),
            old_values,
            new_values,
        )
        self.tasks.select_id(row.id)

    def toggle_task(self) -> None:
        row = self.tasks.current()
        if row is None:
            return
        done = not row.done
        try:
            self.projects.set_task_done(row.id, done)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.push(
            self.tr("Task “{title}” done").format(title=row.title)
            if done
            else self.tr("Task “{title}” open again").format(title=row.title),
            lambda: self.projects.set_task_done(row.id, done),
            lambda: self.projects.set_task_done(row.id, not done),
        )
        self.tasks.select_id(row.id)

    def delete_task(self, row) -> None:
        if not confirm(
            self,
            self.tr("Delete task"),
            self.tr("Move the task “{title}” to the trash? You can restore it from there.").format(
                title=row.title
            ),
        ):
            return
        try:
            batch = self.projects.delete_task(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.push_trash(
            self.tr("Delete task “{title}”").format(title=row.title),
            lambda: self.projects.delete_task(row.id),
            self.projects.restore,
            batch=batch,
        )

    # -- the measure itself ------------------------------------------------------------------
    def project_fields(self, d: ProjectDetail | None) -> list[Field]:
        titles = DriverService(self.ctx.db, ui_language()).titles()
        description = text_box(d.description if d else "")
        description.setPlaceholderText(
            self.tr(
                "Specific, measurable, achievable, relevant, time-bound: what will be "
                "different, for whom, by when?"
            )
        )
        return [
            Field("title", self.tr("&Title:"), line(d.title if d else "")),
            Field("description", self.tr("&Description (SMART):"), description),
            Field("target_group", self.tr("Target &group:"), line(d.target_group if d else "")),
            Field(
                "owner_id",
                self.tr("&Owner:"),
                combo(self.person_items(), d.owner_id if d else None),
            ),
            Field("starts_on", self.tr("&Start:"), date_field(d.starts_on if d else None)),
            Field("ends_on", self.tr("&End:"), date_field(d.ends_on if d else None)),
            Field(
                "status",
                self.tr("Stat&us:"),
                combo([(s, tx.status(s)) for s in PROJECT_STATUSES], d.status if d else "planned"),
            ),
            Field(
                "light",
                self.tr("Traffic &light:"),
                combo([(k, tx.light(k)) for k in TRAFFIC_LIGHTS], d.light if d else "green"),
            ),
            Field(
                "light_reason",
                self.tr("&Reason (amber or red):"),
                line(d.light_reason if d else ""),
            ),
            Field(
                "drivers",
                self.tr("D&rivers used:"),
                checklist_widget(
                    [(k, titles.get(k, k)) for k in DRIVER_KEYS], set(d.drivers if d else ())
                ),
            ),
        ]

    @staticmethod
    def project_values(v: dict) -> dict:
        return dict(v)

    @staticmethod
    def light_help() -> str:
        return "\n".join(tx.light_meaning(k) for k in TRAFFIC_LIGHTS)

    @staticmethod
    def project_replay(d: ProjectDetail) -> dict:
        keys = (
            "title",
            "description",
            "target_group",
            "owner_id",
            "starts_on",
            "ends_on",
            "status",
            "light",
            "light_reason",
        )
        return {**{k: getattr(d, k) for k in keys}, "drivers": list(d.drivers)}

    def edit_project(self) -> None:
        d = self.detail
        if d is None:
            return
        project_id = d.id
        dialog = FormDialog(
            self.tr("Edit measure"),
            self.project_fields(d),
            lambda v: self.projects.update_project(project_id, **self.project_values(v)),
            self,
            intro=self.light_help(),
        )
        if not dialog.exec():
            return
        new = dialog.result_value
        old_values, new_values = self.project_replay(d), self.project_replay(new)
        self.push_edit(
            self.tr("Edit measure “{title}”").format(title=new.title),
            lambda fields: self.projects.update_project(project_id, **fields),
            old_values,
            new_values,
        )

    def edit_goals(self) -> None:
        d = self.detail
        if d is None:
            return
        strategy = StrategyService(self.ctx.db)
        items = [
            (gid, f"{version}: {title}") for gid, version, title in self.projects.goal_options()
        ]
        if not items:
            self.ctx.status_message.emit(
                self.tr("There are no strategic goals yet: add them on the Strategy page.")
            )
            return
        widget = checklist_widget(items, {goal_id for goal_id, _title in d.goals})
        widget.setMaximumHeight(300)
        project_id = d.id
        dialog = FormDialog(
            self.tr("Strategic goals of the measure"),
            [Field("goals", self.tr("&Goals this measure contributes to:"), widget)],
            # Kept links keep their notes (None); one call, one transaction.
            lambda v: strategy.set_project_goals(project_id, dict.fromkeys(v["goals"])),
            self,
        )
        if not dialog.exec():
            return
        before, after = dialog.result_value
        if after == before:
            return
        self.push_edit(
            self.tr("Change the goals of “{title}”").format(title=d.title),
            lambda links: strategy.set_project_goals(project_id, links),
            before,
            after,
        )


# ---- step 4: success metrics and budget -------------------------------------------------------
METRIC_FIELDS = (
    "name",
    "unit",
    "direction",
    "baseline_value",
    "baseline_on",
    "target_value",
    "target_on",
    "data_source",
)
BUDGET_FIELDS = ("category", "funding_source", "planned", "actual", "note")


def direction_text(direction: str) -> str:
    return strategy_texts.direction(direction)


def metrics_spec(view: ProjectDetailView) -> RecordSpec:
    """Success metrics of the measure: what will show that it worked (step 4)."""

    def fields(row) -> list[Field]:
        directions = [d for d in INDICATOR_DIRECTIONS if d != "range"]
        return [
            Field(
                "name",
                QCoreApplication.translate("MetricsPanel", "&Metric:"),
                line(row.name if row else ""),
            ),
            Field(
                "unit",
                QCoreApplication.translate("MetricsPanel", "&Unit:"),
                line(row.unit if row else ""),
            ),
            Field(
                "direction",
                QCoreApplication.translate("MetricsPanel", "&Direction:"),
                combo(
                    [(d, direction_text(d)) for d in directions],
                    row.direction if row else "higher",
                ),
            ),
            Field(
                "baseline_value",
                QCoreApplication.translate("MetricsPanel", "&Starting value:"),
                number_field(row.baseline_value if row else None),
            ),
            Field(
                "baseline_on",
                QCoreApplication.translate("MetricsPanel", "Starting value &measured on:"),
                date_field(row.baseline_on if row else None),
            ),
            Field(
                "target_value",
                QCoreApplication.translate("MetricsPanel", "&Target value:"),
                number_field(row.target_value if row else None),
            ),
            Field(
                "target_on",
                QCoreApplication.translate("MetricsPanel", "Target &date:"),
                date_field(row.target_on if row else None),
            ),
            Field(
                "data_source",
                QCoreApplication.translate("MetricsPanel", "Data s&ource:"),
                line(row.data_source if row else ""),
            ),
        ]

    def convert(v: dict) -> dict:
        return {
            **v,
            "baseline_value": parse_number(v["baseline_value"], "baseline_value"),
            "target_value": parse_number(v["target_value"], "target_value"),
        }

    def add(values: dict):
        values = dict(values)
        name = values.pop("name")
        return view.records.add_metric(view.project_id, name, **values)

    return RecordSpec(
        kind="metric",
        attr="metrics",
        name=QCoreApplication.translate("MetricsPanel", "Success metrics"),
        intro=QCoreApplication.translate(
            "MetricsPanel",
            "How will you know the measure worked? Give each metric a starting value "
            "and a target; record measurements in step 9.",
        ),
        add_text=QCoreApplication.translate("MetricsPanel", "&New metric…"),
        edit_text=QCoreApplication.translate("MetricsPanel", "&Edit…"),
        delete_text=QCoreApplication.translate("MetricsPanel", "&Delete…"),
        dialog_title=QCoreApplication.translate("MetricsPanel", "Success metric"),
        columns=lambda: [
            Column(QCoreApplication.translate("MetricsPanel", "Success metric"), lambda r: r.name),
            Column(QCoreApplication.translate("MetricsPanel", "Unit"), lambda r: r.unit),
            Column(
                QCoreApplication.translate("MetricsPanel", "Direction"),
                lambda r: direction_text(r.direction),
            ),
            Column(
                QCoreApplication.translate("MetricsPanel", "Starting value"),
                lambda r: format_number(r.baseline_value),
            ),
            Column(
                QCoreApplication.translate("MetricsPanel", "Target"),
                lambda r: format_number(r.target_value),
            ),
            Column(
                QCoreApplication.translate("MetricsPanel", "Target date"),
                lambda r: format_date(r.target_on),
            ),
            Column(
                QCoreApplication.translate("MetricsPanel", "Latest value"),
                lambda r: format_number(r.current_value),
            ),
            Column(
                QCoreApplication.translate("MetricsPanel", "Progress"),
                lambda r: percent_text(r.progress),
                align_right=True,
            ),
        ],
        fields=fields,
        label=lambda r: r.name,
        convert=convert,
        add=add,
        update=lambda ident, values: view.records.update_metric(ident, **values),
        delete=lambda ident: view.records.delete_metric(ident),
        restore=lambda batch: view.records.restore(batch),
        replay_fields=METRIC_FIELDS,
        delete_question=QCoreApplication.translate(
            "MetricsPanel",
            "Move the success metric “{label}” and its measurements to the trash? "
            "You can restore them from there.",
        ),
    )


def budget_spec(view: ProjectDetailView) -> RecordSpec:
    """Budget lines: category, funding source, planned and actual costs (step 4)."""

    def fields(row) -> list[Field]:
        return [
            Field(
                "category",
                QCoreApplication.translate("BudgetPanel", "&Category:"),
                line(row.category if row else ""),
            ),
            Field(
                "funding_source",
                QCoreApplication.translate("BudgetPanel", "&Funding source:"),
                line(row.funding_source if row else ""),
            ),
            Field(
                "planned",
                QCoreApplication.translate("BudgetPanel", "&Planned (€):"),
                number_field(row.planned if row else None),
            ),
            Field(
                "actual",
                QCoreApplication.translate("BudgetPanel", "&Actual (€):"),
                number_field(row.actual if row else None),
            ),
            Field(
                "note",
                QCoreApplication.translate("BudgetPanel", "&Note:"),
                text_box(row.note if row else ""),
            ),
        ]

    def convert(v: dict) -> dict:
        return {
            **v,
            "planned": parse_number(v["planned"], "planned") or 0.0,
            "actual": parse_number(v["actual"], "actual"),
        }

    return RecordSpec(
        kind="budget",
        attr="budget_lines",
        name=QCoreApplication.translate("BudgetPanel", "Budget lines"),
        intro="",
        add_text=QCoreApplication.translate("BudgetPanel", "&New budget line…"),
        edit_text=QCoreApplication.translate("BudgetPanel", "&Edit…"),
        delete_text=QCoreApplication.translate("BudgetPanel", "&Delete…"),
        dialog_title=QCoreApplication.translate("BudgetPanel", "Budget line"),
        columns=lambda: [
            Column(QCoreApplication.translate("BudgetPanel", "Category"), lambda r: r.category),
            Column(
                QCoreApplication.translate("BudgetPanel", "Funding source"),
                lambda r: r.funding_source,
            ),
            Column(
                QCoreApplication.translate("BudgetPanel", "Planned"),
                lambda r: tx.money(r.planned),
                align_right=True,
            ),
            Column(
                QCoreApplication.translate("BudgetPanel", "Actual"),
                lambda r: tx.money(r.actual),
                align_right=True,
            ),
            Column(QCoreApplication.translate("BudgetPanel", "Note"), lambda r: one_line(r.note)),
        ],
        fields=fields,
        label=lambda r: r.category,
        convert=convert,
        rows=lambda v: v.detail.budget_lines if v.detail else (),
        add=lambda fields: view.projects.add_budget_line(view.project_id, **fields),
        update=lambda ident, values: view.projects.update_budget_line(ident, **values),
        delete=lambda ident: view.projects.delete_budget_line(ident),
        restore=lambda batch: view.projects.restore(batch),
        replay_fields=BUDGET_FIELDS,
    )


class BudgetPanel(RecordPanel):
    """The budget lines with their sums and the over-plan warning above them."""

    def __init__(self, view: ProjectDetailView) -> None:
        super().__init__(view, budget_spec(view))
        self.sums = _wrap()
        self.layout().insertWidget(0, self.sums)

    def load(self) -> None:
        super().load()
        d = self.view.detail
        if d is None:
            return
        text = self.tr("Planned {planned} · spent {actual}").format(
            planned=tx.money(d.budget_planned), actual=tx.money(d.budget_actual)
        )
        if any(code == "budget_over_plan" for code, _figures in d.warnings):
            text += " · ⚠ " + self.tr("more than 10 % over plan")
        self.sums.setText(text)


# ---- step 8: policy checks --------------------------------------------------------------------
class PolicyPanel(QWidget):
    """The five checks of step 8, each with a status and the evidence."""

    def __init__(self, view: ProjectDetailView) -> None:
        super().__init__()
        self.view = view
        self.model = RowTableModel(
            [
                Column(self.tr("Check"), lambda r: tx.policy_kind(r.kind)),
                Column(self.tr("Status"), lambda r: tx.policy_status(r.status)),
                Column(
                    self.tr("DPIA needed"),
                    lambda r: tx.yes_no_open(r.dpia_needed) if r.kind == "data_protection" else "",
                ),
                Column(self.tr("Evidence"), lambda r: one_line(r.evidence)),
            ],
            self,
        )
        self.panel = ListPanel(
            self.model,
            name=self.tr("Policy checks"),
            add_text="",
            edit_text=self.tr("&Edit check…"),
            delete_text="",
        )
        self.panel.add_button.hide()
        self.panel.delete_button.hide()
        self.panel.edit_requested.connect(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            _wrap(
                self.tr(
                    "Before going live, check accessibility, inclusive design, data protection "
                    "(is a data protection impact assessment, DPIA, needed?), ethics and IT "
                    "security, and note the evidence."
                )
            )
        )
        layout.addWidget(self.panel, 1)

    def load(self) -> None:
        self.model.set_rows(self.view.recs.policy_checks if self.view.recs else [])

    # Policy rows have no id of their own; select by kind.
    def edit(self, row) -> None:
        fields = [
            Field(
                "status",
                self.tr("&Status:"),
                combo([(s, tx.policy_status(s)) for s in POLICY_CHECK_STATUSES], row.status),
            ),
            Field("evidence", self.tr("&Evidence:"), text_box(row.evidence)),
        ]
        if row.kind == "data_protection":
            fields.insert(
                1,
                Field(
                    "dpia_needed",
                    self.tr("&DPIA needed:"),
                    combo(
                        [
                            (None, tx.yes_no_open(None)),
                            (True, tx.yes_no_open(True)),
                            (False, tx.yes_no_open(False)),
                        ],
                        row.dpia_needed,
                    ),
                ),
            )
        project_id, kind = row.project_id, row.kind
        dialog = FormDialog(
            tx.policy_kind(kind),
            fields,
            lambda v: self.view.records.set_policy_check(project_id, kind, **v),
            self,
        )
        if not dialog.exec():
            return
        new = dialog.result_value
        keys = ("status", "evidence") + (("dpia_needed",) if kind == "data_protection" else ())
        old_values = {k: getattr(row, k) for k in keys}
        new_values = {k: getattr(new, k) for k in keys}
        self.view.push_edit(
            self.tr("Edit check “{kind}”").format(kind=tx.policy_kind(kind)),
            lambda fields: self.view.records.set_policy_check(project_id, kind, **fields),
            old_values,
            new_values,
        )


# ---- step 9: evaluation -----------------------------------------------------------------------
class EvaluationPanel(QWidget):
    """Measurements of the success metrics against their targets, with a chart (step 9)."""

    def __init__(self, view: ProjectDetailView) -> None:
        super().__init__()
        self.view = view
        self.metric_combo = QComboBox()
        self.metric_combo.currentIndexChanged.connect(lambda _i: self._show())
        self.measurements = RecordPanel(view, measurement_spec(view, self))
        self.panel = self.measurements.panel
        self.model = self.measurements.model
        self.chart = IndicatorChart()
        self.empty = _wrap()
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("Success &metric:"), self.metric_combo))
        top.addWidget(self.metric_combo, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.measurements)
        split.addWidget(self.chart)
        split.setSizes([360, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def rows(self):
        m, recs = self.metric(), self.view.recs
        return recs.measurements.get(m.id, ()) if (m and recs) else ()

    def metric(self):
        recs = self.view.recs
        ident = self.metric_combo.currentData()
        if recs is None or ident is None:
            return None
        return next((m for m in recs.metrics if m.id == ident), None)

    def load(self) -> None:
        recs = self.view.recs
        keep = self.metric_combo.currentData()
        self.metric_combo.blockSignals(True)
        self.metric_combo.clear()
        for m in recs.metrics if recs else ():
            self.metric_combo.addItem(m.name, m.id)
        index = self.metric_combo.findData(keep)
        self.metric_combo.setCurrentIndex(max(index, 0))
        self.metric_combo.blockSignals(False)
        has = self.metric_combo.count() > 0
        self.empty.setText(
            ""
            if has
            else self.tr("There is no success metric yet: add one in step 4, then measure here.")
        )
        self.empty.setVisible(not has)
        self.metric_combo.setEnabled(has)
        self.panel.add_button.setEnabled(has)
        self._show()

    def _show(self) -> None:
        m = self.metric()
        rows = self.rows()
        self.measurements.load()
        self.panel.add_button.setEnabled(m is not None)
        if m is None:
            self.chart.set_chart(None, "", self.tr("No success metric selected."))
            return
        spec: dict = {
            "name": self.tr("Chart of the success metric “{name}”").format(name=m.name),
            "points": [(r.measured_on, r.value) for r in rows],
            "series_label": self.tr("Measured"),
            "unit": m.unit,
            "title": m.name,
        }
        if m.baseline_value is not None:
            spec["baseline"] = (m.baseline_on, m.baseline_value)
            spec["baseline_label"] = self.tr("Starting value")
        if m.target_value is not None:
            spec["target"] = (m.target_on, m.target_value)
            spec["target_label"] = self.tr("Target")
        if m.current_value is None:
            summary = self.tr("No measurement yet.")
        else:
            summary = self.tr("Latest value {value} on {date}; target {target}.").format(
                value=format_number(m.current_value),
                date=format_date(m.current_on),
                target=format_number(m.target_value) or "–",
            )
        self.chart.set_chart(spec, summary)


def measurement_spec(view: ProjectDetailView, panel: EvaluationPanel) -> RecordSpec:
    """Measurements of the success metric chosen in the evaluation panel."""

    def fields(row) -> list[Field]:
        day = DateField(row.measured_on if row else date.today(), optional=False)
        day.set_maximum(date.today())
        return [
            Field(
                "measured_on", QCoreApplication.translate("EvaluationPanel", "Measured &on:"), day
            ),
            Field(
                "value",
                QCoreApplication.translate("EvaluationPanel", "&Value:"),
                number_field(row.value if row else None),
            ),
            Field(
                "comment",
                QCoreApplication.translate("EvaluationPanel", "&Comment:"),
                line(row.comment if row else ""),
            ),
        ]

    def strategy() -> StrategyService:
        return StrategyService(view.ctx.db)

    def add(values: dict):
        return strategy().add_measurement(panel.metric().id, **values)

    return RecordSpec(
        kind="measurement",
        attr="measurements",
        name=QCoreApplication.translate("EvaluationPanel", "Measurements of the metric"),
        intro="",
        add_text=QCoreApplication.translate("EvaluationPanel", "&New measurement…"),
        edit_text=QCoreApplication.translate("EvaluationPanel", "&Edit…"),
        delete_text=QCoreApplication.translate("EvaluationPanel", "&Delete…"),
        dialog_title=QCoreApplication.translate("EvaluationPanel", "Measurement"),
        columns=lambda: [
            Column(
                QCoreApplication.translate("EvaluationPanel", "Date"),
                lambda r: format_date(r.measured_on),
            ),
            Column(
                QCoreApplication.translate("EvaluationPanel", "Value"),
                lambda r: format_number(r.value),
                align_right=True,
            ),
            Column(QCoreApplication.translate("EvaluationPanel", "Comment"), lambda r: r.comment),
        ],
        fields=fields,
        label=lambda r: format_date(r.measured_on),
        convert=lambda v: {**v, "value": parse_number(v["value"], "value")},
        rows=lambda _view: panel.rows(),
        add=add,
        update=lambda ident, values: strategy().update_measurement(ident, **values),
        delete=lambda ident: strategy().delete_measurement(ident),
        restore=lambda batch: view.records.restore(batch),
        replay_fields=("measured_on", "value", "comment"),
    )

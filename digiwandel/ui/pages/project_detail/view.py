"""ProjectDetailView: the header of the measure, the 12 steps and its panels; the parts of
the view come from mixins (steps, checklist, tasks, measure)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from digiwandel.domain.vocabulary import STEP_STATUSES
from digiwandel.services.drivers import DriverService
from digiwandel.services.errors import DomainError
from digiwandel.services.project_records import ProjectRecordService
from digiwandel.services.projects import ProjectDetail, ProjectService
from digiwandel.ui import check_texts
from digiwandel.ui import project_texts as tx
from digiwandel.ui.context import AppContext, Change, format_date, ui_language
from digiwandel.ui.pages.project_detail.budget import BudgetPanel
from digiwandel.ui.pages.project_detail.checklist import ChecklistPart
from digiwandel.ui.pages.project_detail.evaluation import EvaluationPanel
from digiwandel.ui.pages.project_detail.measure import MeasurePart
from digiwandel.ui.pages.project_detail.metrics import metrics_spec
from digiwandel.ui.pages.project_detail.models import ChecklistModel, StepListModel
from digiwandel.ui.pages.project_detail.policy import PolicyPanel
from digiwandel.ui.pages.project_detail.steps import StepsPart
from digiwandel.ui.pages.project_detail.tasks import TasksPart
from digiwandel.ui.pages.project_detail.widgets import heading, wrap
from digiwandel.ui.pages.project_records import RecordPanel, record_panel
from digiwandel.ui.widgets import Column, ListPanel, RowTableModel, buddy_label, local_shortcut

PART = Change.PROJECTS


class ProjectDetailView(StepsPart, ChecklistPart, TasksPart, MeasurePart, QWidget):
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
        self.light_label = wrap()
        self.facts_label = wrap()
        self.links_label = wrap()
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

        self.step_heading = heading()
        self.step_purpose = wrap()
        self.warnings_label = wrap()
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
        self.skip_label = wrap()
        self.step_facts = wrap()
        self.step_notes = wrap()
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

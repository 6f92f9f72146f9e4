"""Strategy page, tab "Goals": the strategic goals of the current version, their indicators
and the measurements of an indicator with its chart.

Progress is computed by the service from the measurements; nothing here lets anyone type it.
This file builds the widgets, loads the rows and holds the small helpers the parts share; the
parts themselves are mixins in goals.py, indicators.py and measurements.py.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from digiwandel.services.strategy import GoalRow, IndicatorRow, MeasurementRow
from digiwandel.ui import strategy_texts
from digiwandel.ui.context import format_date
from digiwandel.ui.forms import DateField, format_number, percent_text
from digiwandel.ui.pages.strategy_goals.chart import IndicatorChart
from digiwandel.ui.pages.strategy_goals.goals import GoalsPart
from digiwandel.ui.pages.strategy_goals.indicators import IndicatorsPart
from digiwandel.ui.pages.strategy_goals.measurements import MeasurementsPart
from digiwandel.ui.pages.strategy_goals.values import NOT_GIVEN
from digiwandel.ui.table_fit import keep_width, wrap_header
from digiwandel.ui.widgets import (
    Column,
    FieldError,
    ListPanel,
    RowTableModel,
    buddy_label,
    local_shortcut,
)


class GoalsTab(GoalsPart, IndicatorsPart, MeasurementsPart, QWidget):
    """Goals, indicators and measurements of the current strategy version. The parts come
    first (mixins before QWidget); their methods work on the widgets built here."""

    def __init__(self, page) -> None:
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self._loading = False
        self._goal_rows: dict[int, GoalRow] = {}

        intro = QLabel(
            self.tr(
                "Strategic goals say what the strategy wants to achieve. Each goal gets "
                "indicators with a starting value and a target; measurements show how far "
                "you have come. Progress is calculated from the measurements."
            )
        )
        intro.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)

        # -- goals ----------------------------------------------------------------------------
        self.goal_model = RowTableModel(
            [
                Column(self.tr("No."), lambda r: r.position, align_right=True),
                Column(self.tr("Goal"), lambda r: r.title),
                Column(self.tr("Oberziel"), lambda r: r.oberziel_title),
                Column(self.tr("Owner"), lambda r: r.owner_name),
                Column(self.tr("Due"), self.due_text),
                Column(self.tr("Impact level"), lambda r: self.impact_short(r.impact_level)),
                Column(self.tr("Status"), lambda r: self.goal_status_text(r.status)),
                Column(
                    self.tr("Progress"), lambda r: self.progress_text(r.progress), align_right=True
                ),
                Column(self.tr("Measures"), lambda r: r.project_count, align_right=True),
            ],
            self,
        )
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Move the goal up (Ctrl+Up)"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setToolTip(self.tr("Move the goal down (Ctrl+Down)"))
        self.goals = ListPanel(
            self.goal_model,
            name=self.tr("Strategic goals"),
            add_text=self.tr("&New goal…"),
            edit_text=self.tr("&Edit goal…"),
            delete_text=self.tr("De&lete goal…"),
            extra_buttons=(self.up_button, self.down_button),
        )
        self.goals.layout().setContentsMargins(0, 0, 0, 0)
        wrap_header(self.goals.view)  # "Stufe der Wirkungstreppe" on two lines, not cut
        self.goals.add_requested.connect(self.add_goal)
        self.goals.edit_requested.connect(self.edit_goal)
        self.goals.delete_requested.connect(self.delete_goal)
        self.up_button.clicked.connect(lambda: self.move_goal(-1))
        self.down_button.clicked.connect(lambda: self.move_goal(1))
        local_shortcut("Ctrl+Up", self.goals.view, lambda: self.move_goal(-1))
        local_shortcut("Ctrl+Down", self.goals.view, lambda: self.move_goal(1))

        # -- indicators -----------------------------------------------------------------------
        self.indicator_model = RowTableModel(
            [
                Column(self.tr("Indicator"), lambda r: r.name),
                Column(self.tr("Unit"), lambda r: r.unit),
                Column(self.tr("Kind"), lambda r: strategy_texts.indicator_kind(r.kind)),
                Column(self.tr("Direction"), lambda r: strategy_texts.direction(r.direction)),
                Column(
                    self.tr("Starting value"),
                    lambda r: self.value_with_date(r, r.baseline_value, r.baseline_on),
                ),
                Column(self.tr("Target"), self.target_text),
                Column(
                    self.tr("Current value"),
                    lambda r: self.value_with_date(r, r.current_value, r.current_on),
                ),
                Column(
                    self.tr("Progress"), lambda r: self.progress_text(r.progress), align_right=True
                ),
            ],
            self,
        )
        self.indicators = ListPanel(
            self.indicator_model,
            name=self.tr("Indicators of the selected goal"),
            add_text=self.tr("New &indicator…"),
            edit_text=self.tr("Edi&t indicator…"),
            delete_text=self.tr("Delete indicato&r…"),
        )
        self.indicators.layout().setContentsMargins(0, 0, 0, 0)
        wrap_header(self.indicators.view)
        self.indicators.add_requested.connect(self.add_indicator)
        self.indicators.edit_requested.connect(self.edit_indicator)
        self.indicators.delete_requested.connect(self.delete_indicator)
        self.indicator_heading = QLabel()
        self.indicator_heading.setObjectName("sectionTitle")

        # -- measurements: quick entry + list -----------------------------------------------
        self.date_edit = DateField(date.today(), optional=False, maximum=date.today())
        self.date_edit.field_name = "measured_on"
        self.value_edit = QLineEdit()
        self.value_edit.setMaximumWidth(110)
        # The quick-entry row shares its half of the page with the chart: its fields keep
        # the width they need, the comment takes what is left.
        self.value_edit.setMinimumWidth(70)
        keep_width(self.date_edit)
        self.comment_edit = QLineEdit()
        self.confidence_spin = QSpinBox()
        self.confidence_spin.setRange(NOT_GIVEN, 10)
        self.confidence_spin.setSpecialValueText(self.tr("not given"))
        self.confidence_spin.setValue(NOT_GIVEN)
        keep_width(self.confidence_spin)
        self.confidence_spin.setToolTip(
            self.tr("How sure are you of the value? 0 = a guess, 10 = certain.")
        )
        self.add_measurement_button = QPushButton(self.tr("Add &measurement"))
        self.quick_error = FieldError(self.value_edit)
        self.value_edit.returnPressed.connect(self.add_measurement)
        self.comment_edit.returnPressed.connect(self.add_measurement)
        self.add_measurement_button.clicked.connect(self.add_measurement)
        quick = QGridLayout()
        quick.setContentsMargins(0, 0, 0, 0)
        quick.addWidget(buddy_label(self.tr("Measured &on:"), self.date_edit), 0, 0)
        quick.addWidget(self.date_edit, 1, 0)
        quick.addWidget(buddy_label(self.tr("&Value:"), self.value_edit), 0, 1)
        quick.addWidget(self.value_edit, 1, 1)
        quick.addWidget(buddy_label(self.tr("&Comment:"), self.comment_edit), 0, 2)
        quick.addWidget(self.comment_edit, 1, 2)
        quick.addWidget(buddy_label(self.tr("Con&fidence:"), self.confidence_spin), 0, 3)
        quick.addWidget(self.confidence_spin, 1, 3)
        quick.addWidget(self.add_measurement_button, 1, 4)
        quick.setColumnStretch(2, 1)
        self.measurement_model = RowTableModel(
            [
                Column(self.tr("Date"), lambda r: format_date(r.measured_on)),
                Column(
                    self.tr("Value"),
                    lambda r: self.value_text(self._indicator_now(), r.value),
                    align_right=True,
                ),
                Column(self.tr("Confidence"), self.confidence_text, align_right=True),
                Column(self.tr("Comment"), lambda r: r.comment),
            ],
            self,
        )
        self.measurements = ListPanel(
            self.measurement_model,
            name=self.tr("Measurements of the selected indicator"),
            add_text="",
            edit_text=self.tr("Edit measurement…"),
            delete_text=self.tr("Delete measurement…"),
        )
        self.measurements.layout().setContentsMargins(0, 0, 0, 0)
        self.measurements.add_button.hide()  # the quick-entry row above adds
        self.measurements.add_requested.connect(self.value_edit.setFocus)
        self.measurements.edit_requested.connect(self.edit_measurement)
        self.measurements.delete_requested.connect(self.delete_measurement)
        self.measurement_heading = QLabel()
        self.measurement_heading.setObjectName("sectionTitle")
        measure_box = QWidget()
        measure_layout = QVBoxLayout(measure_box)
        measure_layout.setContentsMargins(0, 0, 0, 0)
        measure_layout.addWidget(self.measurement_heading)
        measure_layout.addLayout(quick)
        measure_layout.addWidget(self.quick_error)
        measure_layout.addWidget(self.measurements, 1)
        self.chart = IndicatorChart()

        # -- layout ---------------------------------------------------------------------------
        goals_box = QWidget()
        goals_layout = QVBoxLayout(goals_box)
        goals_layout.setContentsMargins(0, 0, 0, 0)
        goals_heading = QLabel(self.tr("Strategic goals"))
        goals_heading.setObjectName("sectionTitle")
        goals_layout.addWidget(goals_heading)
        goals_layout.addWidget(self.goals, 1)
        indicators_box = QWidget()
        indicators_layout = QVBoxLayout(indicators_box)
        indicators_layout.setContentsMargins(0, 0, 0, 0)
        indicators_layout.addWidget(self.indicator_heading)
        indicators_layout.addWidget(self.indicators, 1)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.setChildrenCollapsible(False)
        bottom.addWidget(measure_box)
        bottom.addWidget(self.chart)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        bottom.setSizes([520, 520])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        for part in (goals_box, indicators_box, bottom):
            self.splitter.addWidget(part)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([230, 170, 330])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.state_label)
        layout.addWidget(self.splitter, 1)

        # Selection drives the parts below; connected after the panels' own button updates,
        # so read-only versions keep their editing buttons disabled.
        for panel in (self.goals, self.indicators):
            panel.view.selectionModel().selectionChanged.connect(self._update_buttons)
            panel.model.modelReset.connect(self._update_buttons)
        self.goals.view.selectionModel().selectionChanged.connect(self._goal_selected)
        self.indicators.view.selectionModel().selectionChanged.connect(self._indicator_selected)
        self.measurements.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.load()

    # -- words ---------------------------------------------------------------------------------
    def goal_status_text(self, status: str) -> str:
        return strategy_texts.goal_status(status)

    def impact_short(self, level: int | None) -> str:
        return strategy_texts.impact_short(level)

    def impact_stage(self, level: int) -> str:
        return strategy_texts.impact_stage(level)

    def progress_text(self, value: float | None) -> str:
        return "–" if value is None else percent_text(value)

    def due_text(self, row: GoalRow) -> str:
        if row.due_on is None:
            return ""
        text = format_date(row.due_on)
        if row.due_on < date.today() and row.status in ("open", "in_progress"):
            return self.tr("⚠ {date} (overdue)").format(date=text)
        return text

    def value_text(self, ind: IndicatorRow | None, value: float | None) -> str:
        if value is None:
            return ""
        if ind is not None and ind.kind == "boolean":
            return self.tr("yes (reached)") if value >= 0.5 else self.tr("no")
        unit = ind.unit if ind is not None else ""
        return f"{format_number(value)} {unit}".strip()

    def value_with_date(self, ind: IndicatorRow, value: float | None, day: date | None) -> str:
        if value is None:
            return "–"
        text = self.value_text(ind, value)
        return f"{text} ({format_date(day)})" if day else text

    def target_text(self, ind: IndicatorRow) -> str:
        if ind.direction == "range" and ind.kind == "number":
            return (
                self.tr("{low} to {high} {unit}")
                .format(
                    low=format_number(ind.range_low),
                    high=format_number(ind.range_high),
                    unit=ind.unit,
                )
                .strip()
            )
        if ind.target_value is None:
            return "–"
        text = self.value_text(ind, ind.target_value)
        if ind.target_on is None:
            return text
        return self.tr("{value} by {date}").format(value=text, date=format_date(ind.target_on))

    def confidence_text(self, row: MeasurementRow) -> str:
        return "" if row.confidence is None else f"{row.confidence}/10"

    # -- state ---------------------------------------------------------------------------------
    def _version(self):
        return self.page.current_version() if self.ctx.db is not None else None

    def _editable(self) -> bool:
        version = self._version()
        return version is not None and not version.read_only

    def _goal_now(self) -> GoalRow | None:
        return self.goals.current()

    def _indicator_now(self) -> IndicatorRow | None:
        return self.indicators.current()

    def load(self) -> None:
        version = self._version()
        keep_goal = self._goal_now().id if self._goal_now() else None
        keep_indicator = self._indicator_now().id if self._indicator_now() else None
        self._loading = True
        try:
            rows = self.page.service.list_goals(version.id) if version else []
            self._goal_rows = {r.id: r for r in rows}
            self.goal_model.set_rows(rows)
            if rows:
                self.goals.select_id(keep_goal if keep_goal in self._goal_rows else rows[0].id)
        finally:
            self._loading = False
        self._show_state(version)
        self._show_indicators(keep_indicator)

    def _show_state(self, version) -> None:
        if self.ctx.db is None:
            text = self.tr("Open or create a database to work on strategic goals.")
        elif version is None:
            text = self.tr(
                "There is no strategy version yet. Create one in the tab “Versions” first."
            )
        elif version.status == "archived":
            text = self.tr(
                "This version is archived: its goals, indicators and measurements can "
                "no longer be changed."
            )
        elif version.read_only:
            text = self.tr(
                "This version has been adopted: its goals and indicators can no longer be "
                "changed (start a new version to change them). Measurements can still be "
                "entered."
            )
        else:
            text = ""
        self.state_label.setText(text)
        self.state_label.setVisible(bool(text))

    def _update_buttons(self, *_args) -> None:
        editable = self._editable()
        has_goal = self._goal_now() is not None
        has_indicator = self._indicator_now() is not None
        self.goals.add_button.setEnabled(editable)
        for button in (self.goals.edit_button, self.goals.delete_button):
            button.setEnabled(editable and has_goal)
        self.up_button.setEnabled(editable and has_goal)
        self.down_button.setEnabled(editable and has_goal)
        self.indicators.add_button.setEnabled(editable and has_goal)
        for button in (self.indicators.edit_button, self.indicators.delete_button):
            button.setEnabled(editable and has_indicator)
        for widget in (
            self.date_edit,
            self.value_edit,
            self.comment_edit,
            self.confidence_spin,
            self.add_measurement_button,
        ):
            widget.setEnabled(has_indicator)
        has_measurement = self.measurements.current() is not None
        self.measurements.edit_button.setEnabled(has_measurement)
        self.measurements.delete_button.setEnabled(has_measurement)

    # -- shared by the goal and indicator dialogs ----------------------------------------------
    def _person_combo(self, current: int | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(none)"), None)
        for person in self.ctx.org.list_persons():
            combo.addItem(person.name, person.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

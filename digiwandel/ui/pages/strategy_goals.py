"""Strategy page, tab "Goals": the strategic goals of the current version, their indicators
and the measurements of an indicator with its chart.

Progress is computed by the service from the measurements; nothing here lets anyone type it.
matplotlib is imported only when the chart is first drawn (start-up stays fast).
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

from digiwandel.services.errors import DomainError
from digiwandel.services.strategy import (
    GOAL_FIELDS,
    INDICATOR_FIELDS,
    MEASUREMENT_FIELDS,
    GoalRow,
    IndicatorRow,
    MeasurementRow,
)
from digiwandel.ui import strategy_texts
from digiwandel.ui.charts import LazyChart
from digiwandel.ui.context import error_text, format_date, show_error
from digiwandel.ui.forms import (
    DateField,
    confirm,
    decimal_point,
    format_number,
    month_names,
    number_field,
    parse_number,
    percent_text,
    text_box,
)
from digiwandel.ui.widgets import (
    Column,
    Field,
    FieldError,
    FormDialog,
    ListPanel,
    RowTableModel,
    buddy_label,
    local_shortcut,
)

NOT_GIVEN = -1  # value of the confidence spin box that stands for "not given"


# -- plain helpers (no visible text) -----------------------------------------------------------
def confidence_value(spin: QSpinBox) -> int | None:
    return None if spin.value() == NOT_GIVEN else spin.value()


def goal_values(row: GoalRow) -> dict:
    return {key: getattr(row, key) for key in GOAL_FIELDS}


def indicator_values(row: IndicatorRow) -> dict:
    return {key: getattr(row, key) for key in INDICATOR_FIELDS}


def measurement_values(row: MeasurementRow) -> dict:
    return {key: getattr(row, key) for key in MEASUREMENT_FIELDS}


# -- the chart area ----------------------------------------------------------------------------
class IndicatorChart(QWidget):
    """The chart of one indicator and a sentence with the same information underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = LazyChart("digiwandel.charts.strategy", "indicator_chart", minimum=(200, 120))
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.summary)
        self.setMinimumSize(240, 150)

    @property
    def canvas(self):
        return self.chart.canvas

    def set_chart(self, spec: dict | None, summary: str, placeholder: str = "") -> None:
        """`spec`: the arguments of indicator_chart plus `name` (the canvas's name)."""
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        self.placeholder.setText(placeholder)
        self.placeholder.setVisible(spec is None)
        if spec is not None:  # month names and decimal point of the UI language
            spec = {
                **spec,
                "description": summary,
                "month_names": month_names(),
                "decimal_point": decimal_point(),
            }
        self.chart.set_chart(spec)


# -- the tab -----------------------------------------------------------------------------------
class GoalsTab(QWidget):
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
                Column(self.tr("Kind"), lambda r: self.kind_text(r.kind)),
                Column(self.tr("Direction"), lambda r: self.direction_text(r.direction)),
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
        self.comment_edit = QLineEdit()
        self.confidence_spin = QSpinBox()
        self.confidence_spin.setRange(NOT_GIVEN, 10)
        self.confidence_spin.setSpecialValueText(self.tr("not given"))
        self.confidence_spin.setValue(NOT_GIVEN)
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

    def impact_long(self, level: int) -> str:
        meaning = {
            1: self.tr("the planned activities take place"),
            2: self.tr("the target groups are reached"),
            3: self.tr("the target groups accept and use the offer"),
            4: self.tr("the target groups gain knowledge or skills"),
            5: self.tr("the target groups act differently"),
            6: self.tr("the situation of the target groups changes"),
            7: self.tr("society changes"),
        }[level]
        return f"{self.impact_short(level)}: {meaning}"

    def kind_text(self, kind: str) -> str:
        return strategy_texts.indicator_kind(kind)

    def direction_text(self, direction: str) -> str:
        return strategy_texts.direction(direction)

    def frequency_text(self, frequency: str) -> str:
        return strategy_texts.frequency(frequency)

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

    def _goal_selected(self, *_args) -> None:
        if not self._loading:
            self._show_indicators(None)

    def _show_indicators(self, keep: int | None) -> None:
        goal = self._goal_now()
        rows = list(goal.indicators) if goal else []
        self._loading = True
        try:
            self.indicator_model.set_rows(rows)
            ids = [r.id for r in rows]
            if rows:
                self.indicators.select_id(keep if keep in ids else ids[0])
        finally:
            self._loading = False
        if goal is None:
            self.indicator_heading.setText(self.tr("Indicators (select a goal first)"))
        else:
            self.indicator_heading.setText(
                self.tr("Indicators of “{goal}”").format(goal=goal.title)
            )
        self._show_measurements()

    def _indicator_selected(self, *_args) -> None:
        if not self._loading:
            self._show_measurements()

    def _show_measurements(self) -> None:
        ind = self._indicator_now()
        keep = self.measurements.current()
        rows = self.page.service.list_measurements(ind.id) if ind else []
        self.measurement_model.set_rows(rows)
        if keep is not None:
            self.measurements.select_id(keep.id)
        if ind is None:
            self.measurement_heading.setText(self.tr("Measurements (select an indicator first)"))
            self.value_edit.setPlaceholderText("")
        else:
            self.measurement_heading.setText(
                self.tr("Measurements of “{indicator}”").format(indicator=ind.name)
            )
            self.value_edit.setPlaceholderText(
                self.tr("1 = reached, 0 = not reached") if ind.kind == "boolean" else ind.unit
            )
        self.date_edit.set_maximum(date.today())  # a new day may have begun
        self.quick_error.clear_message()
        self._update_buttons()
        self._draw_chart(ind, rows)

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

    # -- chart ---------------------------------------------------------------------------------
    def _draw_chart(self, ind: IndicatorRow | None, rows: list[MeasurementRow]) -> None:
        if ind is None:
            self.chart.set_chart(None, "", self.tr("Select an indicator to see its chart."))
            return
        spec: dict = {
            "name": self.tr("Chart of the indicator “{name}”").format(name=ind.name),
            "points": [(m.measured_on, m.value) for m in rows],
            "series_label": self.tr("Measured"),
            "unit": ind.unit,
            "title": ind.name,
        }
        if ind.baseline_value is not None:
            spec["baseline"] = (ind.baseline_on, ind.baseline_value)
            spec["baseline_label"] = self.tr("Starting value")
        if ind.direction == "range" and ind.range_low is not None and ind.range_high is not None:
            spec["target_range"] = (ind.range_low, ind.range_high)
            spec["range_label"] = self.tr("Target range")
        elif ind.target_value is not None:
            spec["target"] = (ind.target_on, ind.target_value)
            spec["target_label"] = self.tr("Target")
        self.chart.set_chart(spec, self.summary_text(ind))

    def summary_text(self, ind: IndicatorRow) -> str:
        parts = []
        if ind.current_value is None:
            parts.append(self.tr("No measurement yet"))
        else:
            parts.append(
                self.tr("Latest value {value} on {date}").format(
                    value=self.value_text(ind, ind.current_value),
                    date=format_date(ind.current_on),
                )
            )
        if ind.direction == "range" and ind.kind == "number":
            parts.append(self.tr("target range {range}").format(range=self.target_text(ind)))
        elif ind.target_value is not None:
            parts.append(self.tr("target {target}").format(target=self.target_text(ind)))
        if ind.progress is None:
            parts.append(self.tr("progress cannot be calculated yet"))
        else:
            parts.append(
                self.tr("progress {progress}").format(progress=self.progress_text(ind.progress))
            )
        return ", ".join(parts)

    # -- goals ---------------------------------------------------------------------------------
    def _person_combo(self, current: int | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(none)"), None)
        for person in self.ctx.org.list_persons():
            combo.addItem(person.name, person.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

    def _goal_fields(self, row: GoalRow | None) -> list[Field]:
        title = QLineEdit(row.title if row else "")
        oberziel = QComboBox()
        oberziel.addItem(self.tr("(none)"), None)
        for item in self.page.service.list_oberziele():
            oberziel.addItem(f"{item.position}. {item.title}", item.id)
        if row is not None:
            oberziel.setCurrentIndex(max(oberziel.findData(row.oberziel_id), 0))
        due = DateField(row.due_on if row else None)
        impact = QComboBox()
        impact.addItem(self.tr("(not set)"), None)
        for level in range(1, 8):
            impact.addItem(self.impact_long(level), level)
        if row is not None:
            impact.setCurrentIndex(max(impact.findData(row.impact_level), 0))
        impact.setToolTip(self.ladder_text())
        status = QComboBox()
        for key in ("open", "in_progress", "achieved", "dropped"):
            status.addItem(self.goal_status_text(key), key)
        status.setCurrentIndex(max(status.findData(row.status if row else "open"), 0))
        return [
            Field("title", self.tr("&Title:"), title),
            Field(
                "description", self.tr("Descri&ption:"), text_box(row.description if row else "")
            ),
            Field("oberziel_id", self.tr("&Oberziel:"), oberziel),
            Field(
                "owner_id", self.tr("O&wner:"), self._person_combo(row.owner_id if row else None)
            ),
            Field("due_on", self.tr("Due dat&e:"), due),
            Field("impact_level", self.tr("&Impact level:"), impact),
            Field("status", self.tr("&Status:"), status),
        ]

    def ladder_text(self) -> str:
        return self.tr(
            "Impact ladder (PHINEO Wirkungstreppe):\n"
            "1 – the planned activities take place\n"
            "2 – the target groups are reached\n"
            "3 – the target groups accept and use the offer\n"
            "4 – the target groups gain knowledge or skills\n"
            "5 – the target groups act differently\n"
            "6 – the situation of the target groups changes\n"
            "7 – society changes\n"
            "Steps 1–3 are output, 4–6 outcome, 7 impact."
        )

    def _goal_dialog(self, row: GoalRow | None, submit) -> FormDialog:
        title = self.tr("New goal") if row is None else self.tr("Edit goal")
        dialog = FormDialog(title, self._goal_fields(row), submit, self)
        help_label = QLabel(
            self.tr(
                "Output (1–3): activities take place, reach people and are used. "
                "Outcome (4–6): people learn, act differently, their situation improves. "
                "Impact (7): society changes."
            )
        )
        help_label.setWordWrap(True)
        help_label.setObjectName("hint")
        box = dialog.errors["impact_level"].parentWidget()
        box.layout().insertWidget(1, help_label)
        return dialog

    def add_goal(self) -> None:
        version = self._version()
        if version is None or version.read_only:
            return
        service = self.page.service
        dialog = self._goal_dialog(None, lambda v: service.create_goal(version.id, **v))
        if not dialog.exec():
            return
        created: GoalRow = dialog.result_value
        self.page.push_trash(
            self.tr("Add goal “{title}”").format(title=created.title),
            lambda: self.page.service.delete_goal(created.id),
            self.page.service.restore,
        )
        self.goals.select_id(created.id)

    def edit_goal(self, row: GoalRow) -> None:
        if not self._editable():
            return
        service = self.page.service
        dialog = self._goal_dialog(row, lambda v: service.update_goal(row.id, **v))
        if not dialog.exec():
            return
        new: GoalRow = dialog.result_value
        self.page.push_edit(
            self.tr("Edit goal “{title}”").format(title=new.title),
            lambda fields: self.page.service.update_goal(row.id, **fields),
            goal_values(row),
            goal_values(new),
        )
        self.goals.select_id(row.id)

    def delete_goal(self, row: GoalRow) -> None:
        if not self._editable():
            return
        text = self.tr(
            "Delete the goal “{title}” with its %n indicator(s) and their "
            "measurements? You can undo this with Ctrl+Z.",
            "",
            len(row.indicators),
        ).format(title=row.title)
        if not confirm(self, self.tr("Delete goal"), text):
            return
        try:
            batch = self.page.service.delete_goal(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.page.push_trash(
            self.tr("Delete goal “{title}”").format(title=row.title),
            lambda: self.page.service.delete_goal(row.id),
            self.page.service.restore,
            batch=batch,
        )

    def move_goal(self, delta: int) -> None:
        row = self._goal_now()
        if row is None or not self._editable():
            return
        try:
            self.page.service.move_goal(row.id, delta)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.page.push(
            self.tr("Move goal “{title}”").format(title=row.title),
            lambda: self.page.service.move_goal(row.id, delta),
            lambda: self.page.service.move_goal(row.id, -delta),
        )
        self.goals.select_id(row.id)

    # -- indicators ----------------------------------------------------------------------------
    def _indicator_fields(self, row: IndicatorRow | None) -> list[Field]:
        def combo(items: list[tuple[str, str]], current: str) -> QComboBox:
            box = QComboBox()
            for key, text in items:
                box.addItem(text, key)
            box.setCurrentIndex(max(box.findData(current), 0))
            return box

        number, day = number_field, DateField

        kind = combo(
            [(k, self.kind_text(k)) for k in ("number", "boolean")], row.kind if row else "number"
        )
        direction = combo(
            [(k, self.direction_text(k)) for k in ("higher", "lower", "range")],
            row.direction if row else "higher",
        )
        frequency = combo(
            [
                (k, self.frequency_text(k))
                for k in ("weekly", "monthly", "quarterly", "half_yearly", "yearly", "once")
            ],
            row.frequency if row else "quarterly",
        )
        return [
            Field("name", self.tr("&Name:"), QLineEdit(row.name if row else "")),
            Field("unit", self.tr("&Unit:"), QLineEdit(row.unit if row else "")),
            Field("kind", self.tr("&Kind:"), kind),
            Field("direction", self.tr("Di&rection:"), direction),
            Field(
                "baseline_value",
                self.tr("&Starting value:"),
                number(row.baseline_value if row else None),
            ),
            Field(
                "baseline_on",
                self.tr("Starting value &measured on:"),
                day(row.baseline_on if row else None),
            ),
            Field(
                "target_value", self.tr("&Target value:"), number(row.target_value if row else None)
            ),
            Field("target_on", self.tr("Target dat&e:"), day(row.target_on if row else None)),
            Field("range_low", self.tr("Range &low:"), number(row.range_low if row else None)),
            Field("range_high", self.tr("Range hi&gh:"), number(row.range_high if row else None)),
            Field("frequency", self.tr("&Frequency:"), frequency),
            Field(
                "data_source", self.tr("Data s&ource:"), QLineEdit(row.data_source if row else "")
            ),
            Field(
                "owner_id", self.tr("O&wner:"), self._person_combo(row.owner_id if row else None)
            ),
        ]

    @staticmethod
    def _sync_indicator_fields(fields: dict) -> None:
        """Range bounds only for "within range"; a yes/no indicator has a fixed target."""
        boolean = fields["kind"].currentData() == "boolean"
        in_range = fields["direction"].currentData() == "range" and not boolean
        fields["direction"].setEnabled(not boolean)
        fields["target_value"].setEnabled(not boolean and not in_range)
        fields["range_low"].setEnabled(in_range)
        fields["range_high"].setEnabled(in_range)

    @staticmethod
    def _indicator_input(values: dict, fields: dict) -> dict:
        values = dict(values)
        for key in ("baseline_value", "target_value", "range_low", "range_high"):
            values[key] = parse_number(values[key], key) if fields[key].isEnabled() else None
        return values

    def _indicator_dialog(self, row: IndicatorRow | None, save) -> FormDialog:
        title = self.tr("New indicator") if row is None else self.tr("Edit indicator")
        holder: dict = {}
        dialog = FormDialog(
            title,
            self._indicator_fields(row),
            lambda v: save(self._indicator_input(v, holder["fields"])),
            self,
            intro=self.tr(
                "Progress is calculated from the starting value, the target and the latest "
                "measurement. For a yes/no indicator, 1 means reached and 0 not reached."
            ),
        )
        holder["fields"] = dialog.fields
        for key in ("kind", "direction"):
            dialog.fields[key].currentIndexChanged.connect(
                lambda _i: self._sync_indicator_fields(dialog.fields)
            )
        self._sync_indicator_fields(dialog.fields)
        return dialog

    def add_indicator(self) -> None:
        goal = self._goal_now()
        if goal is None or not self._editable():
            return
        service = self.page.service
        dialog = self._indicator_dialog(None, lambda v: service.create_indicator(goal.id, **v))
        if not dialog.exec():
            return
        created: IndicatorRow = dialog.result_value
        self.page.push_trash(
            self.tr("Add indicator “{name}”").format(name=created.name),
            lambda: self.page.service.delete_indicator(created.id),
            self.page.service.restore,
        )
        self.indicators.select_id(created.id)

    def edit_indicator(self, row: IndicatorRow) -> None:
        if not self._editable():
            return
        service = self.page.service
        dialog = self._indicator_dialog(row, lambda v: service.update_indicator(row.id, **v))
        if not dialog.exec():
            return
        new: IndicatorRow = dialog.result_value
        self.page.push_edit(
            self.tr("Edit indicator “{name}”").format(name=new.name),
            lambda fields: self.page.service.update_indicator(row.id, **fields),
            indicator_values(row),
            indicator_values(new),
        )
        self.indicators.select_id(row.id)

    def delete_indicator(self, row: IndicatorRow) -> None:
        if not self._editable():
            return
        text = self.tr(
            "Delete the indicator “{name}” with its %n measurement(s)? "
            "You can undo this with Ctrl+Z.",
            "",
            row.measurement_count,
        ).format(name=row.name)
        if not confirm(self, self.tr("Delete indicator"), text):
            return
        try:
            batch = self.page.service.delete_indicator(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.page.push_trash(
            self.tr("Delete indicator “{name}”").format(name=row.name),
            lambda: self.page.service.delete_indicator(row.id),
            self.page.service.restore,
            batch=batch,
        )

    # -- measurements --------------------------------------------------------------------------
    def add_measurement(self) -> None:
        ind = self._indicator_now()
        if ind is None:
            return
        self.quick_error.clear_message()
        service = self.page.service
        try:
            created = service.add_measurement(
                ind.id,
                self.date_edit.date(),
                parse_number(self.value_edit.text(), "value"),
                self.comment_edit.text(),
                confidence_value(self.confidence_spin),
            )
        except DomainError as exc:
            self.quick_error.show_message(error_text(exc))
            target = {
                "measured_on": self.date_edit,
                "comment": self.comment_edit,
                "confidence": self.confidence_spin,
            }.get(exc.field or "", self.value_edit)
            target.setFocus()
            return
        self.page.push_trash(
            self.tr("Add measurement to “{name}”").format(name=ind.name),
            lambda: self.page.service.delete_measurement(created.id),
            self.page.service.restore,
        )
        self.value_edit.clear()
        self.comment_edit.clear()
        self.measurements.select_id(created.id)
        self.value_edit.setFocus()

    def _measurement_fields(self, row: MeasurementRow) -> list[Field]:
        day = DateField(row.measured_on, optional=False, maximum=date.today())
        confidence = QSpinBox()
        confidence.setRange(NOT_GIVEN, 10)
        confidence.setSpecialValueText(self.tr("not given"))
        confidence.setValue(NOT_GIVEN if row.confidence is None else row.confidence)
        return [
            Field("measured_on", self.tr("Measured &on:"), day),
            Field("value", self.tr("&Value:"), number_field(row.value)),
            Field("comment", self.tr("&Comment:"), QLineEdit(row.comment)),
            Field("confidence", self.tr("Con&fidence (0–10):"), confidence),
        ]

    def edit_measurement(self, row: MeasurementRow) -> None:
        service = self.page.service

        def save(values: dict) -> MeasurementRow:
            values = dict(values)
            values["value"] = parse_number(values["value"], "value")
            if values["confidence"] == NOT_GIVEN:
                values["confidence"] = None
            return service.update_measurement(row.id, **values)

        dialog = FormDialog(self.tr("Edit measurement"), self._measurement_fields(row), save, self)
        if not dialog.exec():
            return
        new: MeasurementRow = dialog.result_value
        self.page.push_edit(
            self.tr("Edit measurement of {date}").format(date=format_date(new.measured_on)),
            lambda fields: self.page.service.update_measurement(row.id, **fields),
            measurement_values(row),
            measurement_values(new),
        )
        self.measurements.select_id(row.id)

    def delete_measurement(self, row: MeasurementRow) -> None:
        text = self.tr(
            "Delete the measurement of {date} ({value})? You can undo this with Ctrl+Z."
        ).format(
            date=format_date(row.measured_on),
            value=self.value_text(self._indicator_now(), row.value),
        )
        if not confirm(self, self.tr("Delete measurement"), text):
            return
        try:
            batch = self.page.service.delete_measurement(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.page.push_trash(
            self.tr("Delete measurement of {date}").format(date=format_date(row.measured_on)),
            lambda: self.page.service.delete_measurement(row.id),
            self.page.service.restore,
            batch=batch,
        )

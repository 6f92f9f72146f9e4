"""Step 9: the evaluation, measurements of the success metrics against their targets."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from digiwandel.charts.specs import metric_spec
from digiwandel.services.strategy import StrategyService
from digiwandel.ui.context import format_date
from digiwandel.ui.forms import DateField, format_number, line, number_field, parse_number
from digiwandel.ui.pages.project_detail.widgets import wrap
from digiwandel.ui.pages.project_records import RecordPanel, RecordSpec
from digiwandel.ui.pages.strategy_goals import IndicatorChart
from digiwandel.ui.widgets import Column, Field, buddy_label

if TYPE_CHECKING:
    from digiwandel.ui.pages.project_detail.view import ProjectDetailView


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
        self.empty = wrap()
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
        spec = metric_spec(m, rows)
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
        update=lambda ident, values, version: strategy().update_measurement(
            ident, expected_version=version, **values
        ),
        delete=lambda ident: strategy().delete_measurement(ident),
        restore=lambda batch: view.records.restore(batch),
        replay_fields=("measured_on", "value", "comment"),
    )

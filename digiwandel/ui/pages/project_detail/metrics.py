"""Step 4: the success metrics of the measure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from digiwandel.domain.vocabulary import INDICATOR_DIRECTIONS
from digiwandel.ui import strategy_texts
from digiwandel.ui.context import format_date
from digiwandel.ui.forms import (
    combo,
    date_field,
    format_number,
    line,
    number_field,
    parse_number,
    percent_text,
)
from digiwandel.ui.pages.project_records import RecordSpec
from digiwandel.ui.widgets import Column, Field

if TYPE_CHECKING:
    from digiwandel.ui.pages.project_detail.view import ProjectDetailView

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
                    [(d, strategy_texts.direction(d)) for d in directions],
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
                lambda r: strategy_texts.direction(r.direction),
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
        update=lambda ident, values, version: view.records.update_metric(
            ident, expected_version=version, **values
        ),
        delete=lambda ident: view.records.delete_metric(ident),
        restore=lambda batch: view.records.restore(batch),
        replay_fields=METRIC_FIELDS,
        delete_question=QCoreApplication.translate(
            "MetricsPanel",
            "Move the success metric “{label}” and its measurements to the trash? "
            "You can restore them from there.",
        ),
    )

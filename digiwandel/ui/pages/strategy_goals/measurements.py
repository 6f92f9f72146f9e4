"""GoalsTab, part "measurements": the measurements of the selected indicator, the quick-entry
row, editing and deleting measurements, and drawing the indicator's chart."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QSpinBox

from digiwandel.charts.specs import indicator_spec
from digiwandel.services.errors import DomainError
from digiwandel.services.strategy import IndicatorRow, MeasurementRow
from digiwandel.ui.context import Change, error_text, format_date, show_error
from digiwandel.ui.forms import DateField, confirm, number_field, parse_number
from digiwandel.ui.pages.strategy_goals.base import GoalsTabPart
from digiwandel.ui.pages.strategy_goals.values import (
    NOT_GIVEN,
    confidence_value,
    measurement_values,
)
from digiwandel.ui.widgets import Field, FormDialog, form_values


class MeasurementsPart(GoalsTabPart):
    """The measurements of GoalsTab: list, quick entry, edit, delete, and the chart."""

    def _show_measurements(self) -> None:
        ind = self._indicator_now()
        keep = self.measurements.current()
        rows = self.page.service.list_measurements(ind.id) if ind else []
        self.measurement_model.set_rows(rows)
        if keep is not None:
            self.measurements.select_id(keep.id)
        if ind is None:
            self.measurement_heading.setText(
                QCoreApplication.translate("GoalsTab", "Measurements (select an indicator first)")
            )
            self.value_edit.setPlaceholderText("")
        else:
            self.measurement_heading.setText(
                QCoreApplication.translate("GoalsTab", "Measurements of “{indicator}”").format(
                    indicator=ind.name
                )
            )
            self.value_edit.setPlaceholderText(
                QCoreApplication.translate("GoalsTab", "1 = reached, 0 = not reached")
                if ind.kind == "boolean"
                else ind.unit
            )
        self.date_edit.set_maximum(date.today())  # a new day may have begun
        self.quick_error.clear_message()
        self._update_buttons()
        self._draw_chart(ind, rows)

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
            QCoreApplication.translate("GoalsTab", "Add measurement to “{name}”").format(
                name=ind.name
            ),
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
        confidence.setSpecialValueText(QCoreApplication.translate("GoalsTab", "not given"))
        confidence.setValue(NOT_GIVEN if row.confidence is None else row.confidence)
        return [
            Field("measured_on", QCoreApplication.translate("GoalsTab", "Measured &on:"), day),
            Field(
                "value", QCoreApplication.translate("GoalsTab", "&Value:"), number_field(row.value)
            ),
            Field(
                "comment",
                QCoreApplication.translate("GoalsTab", "&Comment:"),
                QLineEdit(row.comment),
            ),
            Field(
                "confidence",
                QCoreApplication.translate("GoalsTab", "Con&fidence (0–10):"),
                confidence,
            ),
        ]

    def edit_measurement(self, row: MeasurementRow) -> None:
        service = self.page.service
        based_on = {"row": row}

        def save(values: dict) -> MeasurementRow:
            values = dict(values)
            version = values.pop("expected_version", None)
            values["value"] = parse_number(values["value"], "value")
            if values["confidence"] == NOT_GIVEN:
                values["confidence"] = None
            return service.update_measurement(row.id, expected_version=version, **values)

        def reload():
            # Someone else saved the measurement meanwhile: show it, and hand the form its
            # state.
            self.ctx.notify(Change.STRATEGY)
            fresh = self._stored_measurement(row.id)
            if fresh is None:
                return None
            based_on["row"] = fresh
            return fresh.version, form_values(self._measurement_fields(fresh))

        dialog = FormDialog(
            QCoreApplication.translate("GoalsTab", "Edit measurement"),
            self._measurement_fields(row),
            save,
            self,
            version=row.version,
            reload=reload,
        )
        if not dialog.exec():
            return
        new: MeasurementRow = dialog.result_value
        self.page.push_edit(
            QCoreApplication.translate("GoalsTab", "Edit measurement of {date}").format(
                date=format_date(new.measured_on)
            ),
            self.page.ctx.row_appliers.get(
                ("measurement", row.id),
                lambda **fields: self.page.service.update_measurement(row.id, **fields),
                new.version,
            ),
            measurement_values(based_on["row"]),
            measurement_values(new),
        )
        self.measurements.select_id(row.id)

    def _stored_measurement(self, measurement_id: int) -> MeasurementRow | None:
        """The measurement as stored now, or None when it (or its indicator) is gone."""
        try:
            return self.page.service.get_measurement(measurement_id)
        except DomainError:
            return None

    def delete_measurement(self, row: MeasurementRow) -> None:
        text = QCoreApplication.translate(
            "GoalsTab", "Delete the measurement of {date} ({value})? You can undo this with Ctrl+Z."
        ).format(
            date=format_date(row.measured_on),
            value=self.value_text(self._indicator_now(), row.value),
        )
        if not confirm(self, QCoreApplication.translate("GoalsTab", "Delete measurement"), text):
            return
        try:
            batch = self.page.service.delete_measurement(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.page.push_trash(
            QCoreApplication.translate("GoalsTab", "Delete measurement of {date}").format(
                date=format_date(row.measured_on)
            ),
            lambda: self.page.service.delete_measurement(row.id),
            self.page.service.restore,
            batch=batch,
        )

    # -- chart ---------------------------------------------------------------------------------
    def _draw_chart(self, ind: IndicatorRow | None, rows: list[MeasurementRow]) -> None:
        if ind is None:
            self.chart.set_chart(
                None,
                "",
                QCoreApplication.translate("GoalsTab", "Select an indicator to see its chart."),
            )
            return
        spec = indicator_spec(ind, rows)
        self.chart.set_chart(spec, self.summary_text(ind))

    def summary_text(self, ind: IndicatorRow) -> str:
        parts = []
        if ind.current_value is None:
            parts.append(QCoreApplication.translate("GoalsTab", "No measurement yet"))
        else:
            parts.append(
                QCoreApplication.translate("GoalsTab", "Latest value {value} on {date}").format(
                    value=self.value_text(ind, ind.current_value),
                    date=format_date(ind.current_on),
                )
            )
        if ind.direction == "range" and ind.kind == "number":
            parts.append(
                QCoreApplication.translate("GoalsTab", "target range {range}").format(
                    range=self.target_text(ind)
                )
            )
        elif ind.target_value is not None:
            parts.append(
                QCoreApplication.translate("GoalsTab", "target {target}").format(
                    target=self.target_text(ind)
                )
            )
        if ind.progress is None:
            parts.append(
                QCoreApplication.translate("GoalsTab", "progress cannot be calculated yet")
            )
        else:
            parts.append(
                QCoreApplication.translate("GoalsTab", "progress {progress}").format(
                    progress=self.progress_text(ind.progress)
                )
            )
        return ", ".join(parts)

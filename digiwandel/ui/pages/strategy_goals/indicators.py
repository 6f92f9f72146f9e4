"""GoalsTab, part "indicators": the indicators of the selected goal, the indicator dialog and
adding, editing and deleting indicators."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit

from digiwandel.services.errors import DomainError
from digiwandel.services.strategy import IndicatorRow
from digiwandel.ui import strategy_texts
from digiwandel.ui.context import Change, show_error
from digiwandel.ui.forms import DateField, confirm, number_field, parse_number
from digiwandel.ui.pages.strategy_goals.base import GoalsTabPart
from digiwandel.ui.pages.strategy_goals.values import indicator_values
from digiwandel.ui.widgets import Field, FormDialog, form_values


class IndicatorsPart(GoalsTabPart):
    """The indicators of GoalsTab: the list of the selected goal, dialog, add, edit, delete."""

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
            self.indicator_heading.setText(
                QCoreApplication.translate("GoalsTab", "Indicators (select a goal first)")
            )
        else:
            self.indicator_heading.setText(
                QCoreApplication.translate("GoalsTab", "Indicators of “{goal}”").format(
                    goal=goal.title
                )
            )
        self._show_measurements()

    def _indicator_selected(self, *_args) -> None:
        if not self._loading:
            self._show_measurements()

    def _indicator_fields(self, row: IndicatorRow | None) -> list[Field]:
        def combo(items: list[tuple[str, str]], current: str) -> QComboBox:
            box = QComboBox()
            for key, text in items:
                box.addItem(text, key)
            box.setCurrentIndex(max(box.findData(current), 0))
            return box

        number, day = number_field, DateField

        kind = combo(
            [(k, strategy_texts.indicator_kind(k)) for k in ("number", "boolean")],
            row.kind if row else "number",
        )
        direction = combo(
            [(k, strategy_texts.direction(k)) for k in ("higher", "lower", "range")],
            row.direction if row else "higher",
        )
        frequency = combo(
            [
                (k, strategy_texts.frequency(k))
                for k in ("weekly", "monthly", "quarterly", "half_yearly", "yearly", "once")
            ],
            row.frequency if row else "quarterly",
        )
        return [
            Field(
                "name",
                QCoreApplication.translate("GoalsTab", "&Name:"),
                QLineEdit(row.name if row else ""),
            ),
            Field(
                "unit",
                QCoreApplication.translate("GoalsTab", "&Unit:"),
                QLineEdit(row.unit if row else ""),
            ),
            Field("kind", QCoreApplication.translate("GoalsTab", "&Kind:"), kind),
            Field("direction", QCoreApplication.translate("GoalsTab", "Di&rection:"), direction),
            Field(
                "baseline_value",
                QCoreApplication.translate("GoalsTab", "&Starting value:"),
                number(row.baseline_value if row else None),
            ),
            Field(
                "baseline_on",
                QCoreApplication.translate("GoalsTab", "Starting value &measured on:"),
                day(row.baseline_on if row else None),
            ),
            Field(
                "target_value",
                QCoreApplication.translate("GoalsTab", "&Target value:"),
                number(row.target_value if row else None),
            ),
            Field(
                "target_on",
                QCoreApplication.translate("GoalsTab", "Target dat&e:"),
                day(row.target_on if row else None),
            ),
            Field(
                "range_low",
                QCoreApplication.translate("GoalsTab", "Range &low:"),
                number(row.range_low if row else None),
            ),
            Field(
                "range_high",
                QCoreApplication.translate("GoalsTab", "Range hi&gh:"),
                number(row.range_high if row else None),
            ),
            Field("frequency", QCoreApplication.translate("GoalsTab", "&Frequency:"), frequency),
            Field(
                "data_source",
                QCoreApplication.translate("GoalsTab", "Data s&ource:"),
                QLineEdit(row.data_source if row else ""),
            ),
            Field(
                "owner_id",
                QCoreApplication.translate("GoalsTab", "O&wner:"),
                self._person_combo(row.owner_id if row else None),
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

    def _indicator_dialog(self, row: IndicatorRow | None, save, reload=None) -> FormDialog:
        """The form of a new indicator (`row` None) or of `row`; for an existing one a save
        based on an older state than the stored one is refused and `reload` gives the form
        the stored one."""
        title = (
            QCoreApplication.translate("GoalsTab", "New indicator")
            if row is None
            else QCoreApplication.translate("GoalsTab", "Edit indicator")
        )
        holder: dict = {}
        dialog = FormDialog(
            title,
            self._indicator_fields(row),
            lambda v: save(self._indicator_input(v, holder["fields"])),
            self,
            intro=QCoreApplication.translate(
                "GoalsTab",
                "Progress is calculated from the starting value, the target and the latest "
                "measurement. For a yes/no indicator, 1 means reached and 0 not reached.",
            ),
            version=row.version if row is not None else None,
            reload=reload,
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
            QCoreApplication.translate("GoalsTab", "Add indicator “{name}”").format(
                name=created.name
            ),
            lambda: self.page.service.delete_indicator(created.id),
            self.page.service.restore,
        )
        self.indicators.select_id(created.id)

    def edit_indicator(self, row: IndicatorRow) -> None:
        if not self._editable():
            return
        service = self.page.service
        based_on = {"row": row}

        def save(values: dict) -> IndicatorRow:
            version = values.pop("expected_version", None)
            return service.update_indicator(row.id, expected_version=version, **values)

        def reload():
            # Someone else saved the indicator meanwhile: show it, and hand the form its state.
            self.ctx.notify(Change.STRATEGY)
            fresh = self._stored_indicator(row.id)
            if fresh is None:
                return None
            based_on["row"] = fresh
            return fresh.version, form_values(self._indicator_fields(fresh))

        dialog = self._indicator_dialog(row, save, reload)
        if not dialog.exec():
            return
        new: IndicatorRow = dialog.result_value
        self.page.push_edit(
            QCoreApplication.translate("GoalsTab", "Edit indicator “{name}”").format(name=new.name),
            self.page.ctx.row_appliers.get(
                ("indicator", row.id),
                lambda **fields: self.page.service.update_indicator(row.id, **fields),
                new.version,
            ),
            indicator_values(based_on["row"]),
            indicator_values(new),
        )
        self.indicators.select_id(row.id)

    def _stored_indicator(self, indicator_id: int) -> IndicatorRow | None:
        """The indicator as stored now, or None when it (or its goal) is gone."""
        try:
            return self.page.service.get_indicator(indicator_id)
        except DomainError:
            return None

    def delete_indicator(self, row: IndicatorRow) -> None:
        if not self._editable():
            return
        measurements = row.measurement_count  # a plain name, so that lupdate finds the text
        text = QCoreApplication.translate(
            "GoalsTab",
            "Delete the indicator “{name}” with its %n measurement(s)? "
            "You can undo this with Ctrl+Z.",
            "",
            measurements,
        ).format(name=row.name)
        if not confirm(self, QCoreApplication.translate("GoalsTab", "Delete indicator"), text):
            return
        try:
            batch = self.page.service.delete_indicator(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.page.push_trash(
            QCoreApplication.translate("GoalsTab", "Delete indicator “{name}”").format(
                name=row.name
            ),
            lambda: self.page.service.delete_indicator(row.id),
            self.page.service.restore,
            batch=batch,
        )

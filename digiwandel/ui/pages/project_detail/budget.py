"""Step 4: the budget lines of the measure, with their sums."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from digiwandel.ui import project_texts as tx
from digiwandel.ui.forms import line, number_field, one_line, parse_number, text_box
from digiwandel.ui.pages.project_detail.widgets import wrap
from digiwandel.ui.pages.project_records import RecordPanel, RecordSpec
from digiwandel.ui.widgets import Column, Field

if TYPE_CHECKING:
    from digiwandel.ui.pages.project_detail.view import ProjectDetailView

BUDGET_FIELDS = ("category", "funding_source", "planned", "actual", "note")


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
        update=lambda ident, values, version: view.projects.update_budget_line(
            ident, expected_version=version, **values
        ),
        delete=lambda ident: view.projects.delete_budget_line(ident),
        restore=lambda batch: view.projects.restore(batch),
        replay_fields=BUDGET_FIELDS,
    )


class BudgetPanel(RecordPanel):
    """The budget lines with their sums and the over-plan warning above them."""

    def __init__(self, view: ProjectDetailView) -> None:
        super().__init__(view, budget_spec(view))
        self.sums = wrap()
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

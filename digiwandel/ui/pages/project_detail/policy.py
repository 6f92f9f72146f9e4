"""Step 8: the policy checks before going live."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from digiwandel.domain.vocabulary import POLICY_CHECK_STATUSES
from digiwandel.ui import project_texts as tx
from digiwandel.ui.context import Change, RowAppliers
from digiwandel.ui.forms import combo, one_line, text_box
from digiwandel.ui.pages.project_detail.widgets import wrap
from digiwandel.ui.widgets import (
    Column,
    Field,
    FormDialog,
    ListPanel,
    RowTableModel,
    form_values,
)

if TYPE_CHECKING:
    from digiwandel.ui.pages.project_detail.view import ProjectDetailView


class PolicyPanel(QWidget):
    """The five checks of step 8, each with a status and the evidence."""

    def __init__(self, view: ProjectDetailView) -> None:
        super().__init__()
        self.view = view
        self.appliers = RowAppliers(view.ctx)  # undo and redo of each check's edits
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
            wrap(
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

    def _fields(self, row) -> list[Field]:
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
        return fields

    def _stored(self, kind: str):
        """The check of `kind` as the page shows it now (after a reload), or None when the
        measure is gone."""
        recs = self.view.recs
        if recs is None:
            return None
        return next((c for c in recs.policy_checks if c.kind == kind), None)

    # Policy rows have no id of their own; they are found by kind.
    def edit(self, row) -> None:
        project_id, kind = row.project_id, row.kind
        based_on = {"row": row}

        def save(values: dict):
            return self.view.records.set_policy_check(project_id, kind, **values)

        def reload():
            # Someone else saved this check meanwhile: show it, and hand the form its state.
            self.view.ctx.notify(Change.PROJECTS)
            fresh = self._stored(kind)
            if fresh is None:
                return None
            based_on["row"] = fresh
            return fresh.version, form_values(self._fields(fresh))

        # A check not stored yet has version 0: saving it then refuses one someone else
        # stored first.
        dialog = FormDialog(
            tx.policy_kind(kind), self._fields(row), save, self, version=row.version, reload=reload
        )
        if not dialog.exec():
            return
        new = dialog.result_value
        keys = ("status", "evidence") + (("dpia_needed",) if kind == "data_protection" else ())
        old_values = {k: getattr(based_on["row"], k) for k in keys}
        new_values = {k: getattr(new, k) for k in keys}
        self.view.push_edit(
            self.tr("Edit check “{kind}”").format(kind=tx.policy_kind(kind)),
            self.appliers.get(
                (project_id, kind),
                lambda **fields: self.view.records.set_policy_check(project_id, kind, **fields),
                new.version,
            ),
            old_values,
            new_values,
        )

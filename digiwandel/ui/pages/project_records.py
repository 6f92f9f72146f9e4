"""Lists of the records that hang off a measure: stakeholders, procurement, trainings, risks,
decisions, PDCA cycles, lessons learned and document links, plus budget lines, tasks and
the step 8 policy checks.

One panel class serves every kind: a spec says which columns it shows, which fields its
dialog has and how to turn the dialog's values into the service's. Every add, edit and
delete is saved at once and recorded for undo.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from digiwandel.domain.vocabulary import (
    INVOLVEMENT_LEVELS,
    PROCUREMENT_STATUSES,
    RISK_SCALE_MAX,
    RISK_STATUSES,
    STAKEHOLDER_KINDS,
)
from digiwandel.services.errors import DomainError
from digiwandel.ui import project_texts as tx
from digiwandel.ui.context import Change, RowAppliers, format_date, show_error
from digiwandel.ui.forms import (
    combo,
    confirm,
    date_field,
    line,
    number_field,
    one_line,
    parse_number,
    spin,
    text_box,
)
from digiwandel.ui.widgets import (
    Column,
    Field,
    FormDialog,
    ListPanel,
    RowTableModel,
    form_values,
    local_shortcut,
)


@dataclass
class RecordSpec:
    """What one kind of record looks like in the UI."""

    kind: str  # the service's kind
    attr: str  # attribute of ProjectRecords with the rows
    name: str  # accessible name of the list
    intro: str
    add_text: str
    edit_text: str
    delete_text: str
    dialog_title: str
    columns: Callable[[], list[Column]]
    fields: Callable[[Any], list[Field]]
    label: Callable[[Any], str]
    convert: Callable[[dict], dict] = dict  # dialog values → service values
    # Records not kept by ProjectRecordService (budget lines, metrics, measurements) bring
    # their own service calls; None means the generic ones for `kind`.
    rows: Callable[[Any], Any] | None = None  # view → rows to show
    add: Callable[[dict], Any] | None = None
    # (id, values, expected_version) → the saved row. With an expected_version (the row's
    # `version` the form was filled from) a row changed since must be refused with a
    # StaleEditError; None compares nothing.
    update: Callable[[int, dict, int | None], Any] | None = None
    delete: Callable[[int], str] | None = None
    restore: Callable[[str], Any] | None = None
    replay_fields: tuple[str, ...] | None = None  # fields undo and redo write back
    delete_question: str = ""  # with {label}; the default names the trash


class RecordPanel(QWidget):
    """A list of one kind of record of the open measure, with add, edit, delete and undo."""

    def __init__(self, view, spec: RecordSpec, extra_buttons=()) -> None:
        super().__init__()
        self.view = view
        self.spec = spec
        self.model = RowTableModel(spec.columns(), self)
        self.panel = ListPanel(
            self.model,
            name=spec.name,
            add_text=spec.add_text,
            edit_text=spec.edit_text,
            delete_text=spec.delete_text,
            extra_buttons=extra_buttons,
        )
        self.panel.add_requested.connect(self.add)
        self.panel.edit_requested.connect(self.edit)
        self.panel.delete_requested.connect(self.delete)
        self.appliers = RowAppliers(view.ctx)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if spec.intro:
            intro = QLabel(spec.intro)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addWidget(self.panel, 1)

    def set_rows(self, rows) -> None:
        keep = self.panel.current()
        self.model.set_rows(rows)
        if keep is not None:
            self.panel.select_id(keep.id)

    def load(self) -> None:
        spec, view = self.spec, self.view
        if spec.rows is not None:
            self.set_rows(spec.rows(view))
        else:
            self.set_rows(getattr(view.recs, spec.attr) if view.recs else ())

    # -- the service calls of this kind of record --------------------------------------------
    def _add(self, values: dict):
        if self.spec.add is not None:
            return self.spec.add(values)
        return self.view.records.add(self.spec.kind, self.view.project_id, **values)

    def _update(self, ident: int, values: dict, expected_version: int | None = None):
        if self.spec.update is not None:
            return self.spec.update(ident, values, expected_version)
        return self.view.records.update(
            self.spec.kind, ident, expected_version=expected_version, **values
        )

    def _delete(self, ident: int) -> str:
        if self.spec.delete is not None:
            return self.spec.delete(ident)
        return self.view.records.delete(self.spec.kind, ident)

    def _restore(self, batch: str) -> None:
        if self.spec.restore is not None:
            self.spec.restore(batch)
        else:
            self.view.records.restore(batch)

    def _replay(self, row) -> dict:
        fields = self.spec.replay_fields or self.view.records.FIELDS[self.spec.kind]
        return {name: getattr(row, name) for name in fields}

    # -- editing -----------------------------------------------------------------------------
    def add(self, preset: dict | None = None) -> None:
        fields = self.spec.fields(None)
        for key, value in (preset or {}).items():
            widget = next(f.widget for f in fields if f.key == key)
            widget.setText(value)
        dialog = FormDialog(
            self.spec.dialog_title,
            fields,
            lambda v: self._add(self.spec.convert(v)),
            self,
        )
        if not dialog.exec():
            return
        row = dialog.result_value
        self.view.push_trash(
            QCoreApplication.translate("ProjectRecords", "Add “{label}”").format(
                label=self.spec.label(row)
            ),
            lambda: self._delete(row.id),
            self._restore,
        )
        self.panel.select_id(row.id)

    def edit(self, row) -> None:
        # Rows that carry a row version (those of the records service and of every spec's
        # own `update`) are saved based on it: a change based on an older state than the
        # stored one is refused, and the form shows the other one.
        versioned = getattr(row, "version", 0) > 0
        based_on = {"row": row}

        def save(values: dict):
            version = values.pop("expected_version", None)
            return self._update(row.id, self.spec.convert(values), version)

        def reload():
            self.view.ctx.notify(Change.PROJECTS)
            fresh = self._current(row.id)
            if fresh is None:
                return None
            based_on["row"] = fresh
            return fresh.version, form_values(self.spec.fields(fresh))

        dialog = FormDialog(
            self.spec.dialog_title,
            self.spec.fields(row),
            save,
            self,
            version=row.version if versioned else None,
            reload=reload if versioned else None,
        )
        if not dialog.exec():
            return
        new = dialog.result_value
        old_values, new_values = self._replay(based_on["row"]), self._replay(new)
        apply = lambda fields: self._update(row.id, fields)  # noqa: E731
        if versioned:
            apply = self.appliers.get(
                row.id,
                lambda expected_version, **fields: self._update(row.id, fields, expected_version),
                new.version,
            )
        self.view.push_edit(
            QCoreApplication.translate("ProjectRecords", "Edit “{label}”").format(
                label=self.spec.label(new)
            ),
            apply,
            old_values,
            new_values,
        )
        self.panel.select_id(row.id)

    def _current(self, ident: int):
        """The record as stored now (after a reload), or None when it is gone."""
        self.load()
        for candidate in self.model.rows():
            if candidate.id == ident:
                return candidate
        return None

    def delete(self, row) -> None:
        label = self.spec.label(row)
        question = self.spec.delete_question or QCoreApplication.translate(
            "ProjectRecords", "Move “{label}” to the trash? You can restore it from there."
        )
        if not confirm(
            self,
            self.spec.delete_text.replace("&", "").rstrip("…"),
            question.format(label=label),
        ):
            return
        try:
            batch = self._delete(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.view.push_trash(
            QCoreApplication.translate("ProjectRecords", "Delete “{label}”").format(label=label),
            lambda: self._delete(row.id),
            self._restore,
            batch=batch,
        )


# ---- the specs --------------------------------------------------------------------------------
def _persons(view, current) -> QComboBox:
    return combo(view.person_items(), current)


def stakeholder_spec(view) -> RecordSpec:
    def fields(row) -> list[Field]:
        return [
            Field(
                "name",
                QCoreApplication.translate("ProjectRecords", "&Name:"),
                line(row.name if row else ""),
            ),
            Field(
                "kind",
                QCoreApplication.translate("ProjectRecords", "&Group:"),
                combo(
                    [(k, tx.stakeholder_kind(k)) for k in STAKEHOLDER_KINDS],
                    row.kind if row else "staff",
                ),
            ),
            Field(
                "involvement",
                QCoreApplication.translate("ProjectRecords", "&Involvement:"),
                combo(
                    [(k, tx.involvement(k)) for k in INVOLVEMENT_LEVELS],
                    row.involvement if row else "inform",
                ),
            ),
            Field(
                "contact",
                QCoreApplication.translate("ProjectRecords", "&Contact:"),
                line(row.contact if row else ""),
            ),
        ]

    return RecordSpec(
        kind="stakeholder",
        attr="stakeholders",
        name=QCoreApplication.translate("ProjectRecords", "Stakeholders"),
        intro=QCoreApplication.translate(
            "ProjectRecords",
            "Who is affected by the measure or can help it succeed? Staff, clients, "
            "technology partners, funders and the board – and how far each is involved.",
        ),
        add_text=QCoreApplication.translate("ProjectRecords", "&New stakeholder…"),
        edit_text=QCoreApplication.translate("ProjectRecords", "&Edit…"),
        delete_text=QCoreApplication.translate("ProjectRecords", "&Delete…"),
        dialog_title=QCoreApplication.translate("ProjectRecords", "Stakeholder"),
        columns=lambda: [
            Column(QCoreApplication.translate("ProjectRecords", "Name"), lambda r: r.name),
            Column(
                QCoreApplication.translate("ProjectRecords", "Group"),
                lambda r: tx.stakeholder_kind(r.kind),
            ),
            Column(
                QCoreApplication.translate("ProjectRecords", "Involvement"),
                lambda r: tx.involvement(r.involvement),
            ),
            Column(QCoreApplication.translate("ProjectRecords", "Contact"), lambda r: r.contact),
        ],
        fields=fields,
        label=lambda r: r.name,
    )


def procurement_spec(view) -> RecordSpec:
    def fields(row) -> list[Field]:
        return [
            Field(
                "what",
                QCoreApplication.translate("ProjectRecords", "&What:"),
                line(row.what if row else ""),
            ),
            Field(
                "supplier",
                QCoreApplication.translate("ProjectRecords", "&Supplier:"),
                line(row.supplier if row else ""),
            ),
            Field(
                "cost",
                QCoreApplication.translate("ProjectRecords", "&Cost (€):"),
                number_field(row.cost if row else None),
            ),
            Field(
                "status",
                QCoreApplication.translate("ProjectRecords", "&Status:"),
                combo(
                    [(s, tx.procurement_status(s)) for s in PROCUREMENT_STATUSES],
                    row.status if row else "planned",
                ),
            ),
        ]

    def convert(v: dict) -> dict:
        return {**v, "cost": parse_number(v["cost"], "cost") or 0.0}

    return RecordSpec(
        kind="procurement",
        attr="procurement",
        name=QCoreApplication.translate("ProjectRecords", "Procurement"),
        intro=QCoreApplication.translate(
            "ProjectRecords", "What has to be bought or contracted: software, devices, services."
        ),
        add_text=QCoreApplication.translate("ProjectRecords", "&New item…"),
        edit_text=QCoreApplication.translate("ProjectRecords", "&Edit…"),
        delete_text=QCoreApplication.translate("ProjectRecords", "&Delete…"),
        dialog_title=QCoreApplication.translate("ProjectRecords", "Procurement item"),
        columns=lambda: [
            Column(QCoreApplication.translate("ProjectRecords", "What"), lambda r: r.what),
            Column(QCoreApplication.translate("ProjectRecords", "Supplier"), lambda r: r.supplier),
            Column(
                QCoreApplication.translate("ProjectRecords", "Cost"),
                lambda r: tx.money(r.cost),
                align_right=True,
            ),
            Column(
                QCoreApplication.translate("ProjectRecords", "Status"),
                lambda r: tx.procurement_status(r.status),
            ),
        ],
        fields=fields,
        label=lambda r: r.what,
        convert=convert,
    )


def training_spec(view) -> RecordSpec:
    def fields(row) -> list[Field]:
        return [
            Field(
                "topic",
                QCoreApplication.translate("ProjectRecords", "&Topic:"),
                line(row.topic if row else ""),
            ),
            Field(
                "held_on",
                QCoreApplication.translate("ProjectRecords", "&Date:"),
                date_field(row.held_on if row else None),
            ),
            Field(
                "participants",
                QCoreApplication.translate("ProjectRecords", "&Participants:"),
                spin(row.participants if row else 0, 0, 100000),
            ),
            Field(
                "notes",
                QCoreApplication.translate("ProjectRecords", "N&otes:"),
                text_box(row.notes if row else ""),
            ),
        ]

    return RecordSpec(
        kind="training",
        attr="trainings",
        name=QCoreApplication.translate("ProjectRecords", "Trainings"),
        intro=QCoreApplication.translate(
            "ProjectRecords", "Trainings that prepare staff for the new way of working."
        ),
        add_text=QCoreApplication.translate("ProjectRecords", "&New training…"),
        edit_text=QCoreApplication.translate("ProjectRecords", "&Edit…"),
        delete_text=QCoreApplication.translate("ProjectRecords", "&Delete…"),
        dialog_title=QCoreApplication.translate("ProjectRecords", "Training"),
        columns=lambda: [
            Column(
                QCoreApplication.translate("ProjectRecords", "Date"),
                lambda r: format_date(r.held_on),
            ),
            Column(QCoreApplication.translate("ProjectRecords", "Topic"), lambda r: r.topic),
            Column(
                QCoreApplication.translate("ProjectRecords", "Participants"),
                lambda r: r.participants,
                align_right=True,
            ),
            Column(
                QCoreApplication.translate("ProjectRecords", "Notes"), lambda r: one_line(r.notes)
            ),
        ],
        fields=fields,
        label=lambda r: r.topic,
    )


def risk_spec(view) -> RecordSpec:
    def fields(row) -> list[Field]:
        return [
            Field(
                "title",
                QCoreApplication.translate("ProjectRecords", "&Risk:"),
                line(row.title if row else ""),
            ),
            Field(
                "likelihood",
                QCoreApplication.translate("ProjectRecords", "&Likelihood (1–5):"),
                spin(row.likelihood if row else 3, 1, RISK_SCALE_MAX),
            ),
            Field(
                "impact",
                QCoreApplication.translate("ProjectRecords", "&Impact (1–5):"),
                spin(row.impact if row else 3, 1, RISK_SCALE_MAX),
            ),
            Field(
                "mitigation",
                QCoreApplication.translate("ProjectRecords", "&Mitigation:"),
                text_box(row.mitigation if row else ""),
            ),
            Field(
                "owner_id",
                QCoreApplication.translate("ProjectRecords", "&Owner:"),
                _persons(view, row.owner_id if row else None),
            ),
            Field(
                "status",
                QCoreApplication.translate("ProjectRecords", "&Status:"),
                combo(
                    [(s, tx.risk_status(s)) for s in RISK_STATUSES], row.status if row else "open"
                ),
            ),
        ]

    return RecordSpec(
        kind="risk",
        attr="risks",
        name=QCoreApplication.translate("ProjectRecords", "Risks"),
        intro=QCoreApplication.translate(
            "ProjectRecords",
            "What could go wrong, how likely it is, how bad it would be and what you do "
            "about it. Score = likelihood × impact; the highest scores come first.",
        ),
        add_text=QCoreApplication.translate("ProjectRecords", "&New risk…"),
        edit_text=QCoreApplication.translate("ProjectRecords", "&Edit…"),
        delete_text=QCoreApplication.translate("ProjectRecords", "&Delete…"),
        dialog_title=QCoreApplication.translate("ProjectRecords", "Risk"),
        columns=lambda: [
            Column(QCoreApplication.translate("ProjectRecords", "Risk"), lambda r: r.title),
            Column(
                QCoreApplication.translate("ProjectRecords", "Likelihood"),
                lambda r: r.likelihood,
                align_right=True,
            ),
            Column(
                QCoreApplication.translate("ProjectRecords", "Impact"),
                lambda r: r.impact,
                align_right=True,
            ),
            Column(
                QCoreApplication.translate("ProjectRecords", "Score"),
                lambda r: r.score,
                align_right=True,
            ),
            Column(
                QCoreApplication.translate("ProjectRecords", "Status"),
                lambda r: tx.risk_status(r.status),
            ),
            Column(QCoreApplication.translate("ProjectRecords", "Owner"), lambda r: r.owner_name),
            Column(
                QCoreApplication.translate("ProjectRecords", "Mitigation"),
                lambda r: one_line(r.mitigation),
            ),
        ],
        fields=fields,
        label=lambda r: r.title,
    )


def decision_spec(view) -> RecordSpec:
    def fields(row) -> list[Field]:
        return [
            Field(
                "question",
                QCoreApplication.translate("ProjectRecords", "&Question:"),
                text_box(row.question if row else ""),
            ),
            Field(
                "needed_by",
                QCoreApplication.translate("ProjectRecords", "&Needed by:"),
                date_field(row.needed_by if row else None),
            ),
            Field(
                "outcome",
                QCoreApplication.translate("ProjectRecords", "&Outcome:"),
                text_box(row.outcome if row else ""),
            ),
            Field(
                "decided_on",
                QCoreApplication.translate("ProjectRecords", "&Decided on:"),
                date_field(row.decided_on if row else None),
            ),
        ]

    def when(row) -> str:
        if row.decided_on:
            return QCoreApplication.translate("ProjectRecords", "decided on {date}").format(
                date=format_date(row.decided_on)
            )
        text = (
            format_date(row.needed_by)
            if row.needed_by
            else QCoreApplication.translate("ProjectRecords", "open")
        )
        return (
            "⚠ "
            + QCoreApplication.translate("ProjectRecords", "overdue since {date}").format(date=text)
            if row.overdue
            else text
        )

    return RecordSpec(
        kind="decision",
        attr="decisions",
        name=QCoreApplication.translate("ProjectRecords", "Decisions needed"),
        intro=QCoreApplication.translate(
            "ProjectRecords",
            "Questions the leadership or the board has to decide, by when, and what was "
            "decided. Open decisions come first.",
        ),
        add_text=QCoreApplication.translate("ProjectRecords", "&New decision…"),
        edit_text=QCoreApplication.translate("ProjectRecords", "&Edit…"),
        delete_text=QCoreApplication.translate("ProjectRecords", "&Delete…"),
        dialog_title=QCoreApplication.translate("ProjectRecords", "Decision"),
        columns=lambda: [
            Column(
                QCoreApplication.translate("ProjectRecords", "Question"),
                lambda r: one_line(r.question),
            ),
            Column(QCoreApplication.translate("ProjectRecords", "Needed by / decided"), when),
            Column(
                QCoreApplication.translate("ProjectRecords", "Outcome"),
                lambda r: one_line(r.outcome),
            ),
        ],
        fields=fields,
        label=lambda r: one_line(r.question)[:60],
    )


def pdca_spec(view) -> RecordSpec:
    def fields(row) -> list[Field]:
        return [
            Field(
                "started_on",
                QCoreApplication.translate("ProjectRecords", "&Started on:"),
                date_field(row.started_on if row else None),
            ),
            Field(
                "plan_notes",
                QCoreApplication.translate("ProjectRecords", "&Plan:"),
                text_box(row.plan_notes if row else ""),
            ),
            Field(
                "do_notes",
                QCoreApplication.translate("ProjectRecords", "&Do:"),
                text_box(row.do_notes if row else ""),
            ),
            Field(
                "check_notes",
                QCoreApplication.translate("ProjectRecords", "&Check:"),
                text_box(row.check_notes if row else ""),
            ),
            Field(
                "act_notes",
                QCoreApplication.translate("ProjectRecords", "&Act:"),
                text_box(row.act_notes if row else ""),
            ),
            Field(
                "ended_on",
                QCoreApplication.translate("ProjectRecords", "&Ended on:"),
                date_field(row.ended_on if row else None),
            ),
        ]

    return RecordSpec(
        kind="pdca",
        attr="pdca",
        name=QCoreApplication.translate("ProjectRecords", "PDCA cycles"),
        intro=QCoreApplication.translate(
            "ProjectRecords",
            "Improve in rounds: plan a change, do it on a small scale, check the effect "
            "against the success metrics, then act – keep, adapt or drop it.",
        ),
        add_text=QCoreApplication.translate("ProjectRecords", "&New cycle…"),
        edit_text=QCoreApplication.translate("ProjectRecords", "&Edit…"),
        delete_text=QCoreApplication.translate("ProjectRecords", "&Delete…"),
        dialog_title=QCoreApplication.translate("ProjectRecords", "PDCA cycle"),
        columns=lambda: [
            Column(
                QCoreApplication.translate("ProjectRecords", "Cycle"),
                lambda r: r.number,
                align_right=True,
            ),
            Column(
                QCoreApplication.translate("ProjectRecords", "Started"),
                lambda r: format_date(r.started_on),
            ),
            Column(
                QCoreApplication.translate("ProjectRecords", "Ended"),
                lambda r: format_date(r.ended_on),
            ),
            Column(
                QCoreApplication.translate("ProjectRecords", "Plan"),
                lambda r: one_line(r.plan_notes),
            ),
            Column(
                QCoreApplication.translate("ProjectRecords", "Do"), lambda r: one_line(r.do_notes)
            ),
            Column(
                QCoreApplication.translate("ProjectRecords", "Check"),
                lambda r: one_line(r.check_notes),
            ),
            Column(
                QCoreApplication.translate("ProjectRecords", "Act"), lambda r: one_line(r.act_notes)
            ),
        ],
        fields=fields,
        label=lambda r: QCoreApplication.translate("ProjectRecords", "Cycle {number}").format(
            number=r.number
        ),
    )


def lesson_spec(view) -> RecordSpec:
    def fields(row) -> list[Field]:
        return [
            Field(
                "text",
                QCoreApplication.translate("ProjectRecords", "&Lesson:"),
                text_box(row.text if row else ""),
            ),
            Field(
                "recorded_on",
                QCoreApplication.translate("ProjectRecords", "&Recorded on:"),
                date_field(row.recorded_on if row else date.today()),
            ),
        ]

    return RecordSpec(
        kind="lesson",
        attr="lessons",
        name=QCoreApplication.translate("ProjectRecords", "Lessons learned"),
        intro=QCoreApplication.translate(
            "ProjectRecords",
            "What worked, what did not, and what the next measure should do differently.",
        ),
        add_text=QCoreApplication.translate("ProjectRecords", "&New lesson…"),
        edit_text=QCoreApplication.translate("ProjectRecords", "&Edit…"),
        delete_text=QCoreApplication.translate("ProjectRecords", "&Delete…"),
        dialog_title=QCoreApplication.translate("ProjectRecords", "Lesson learned"),
        columns=lambda: [
            Column(
                QCoreApplication.translate("ProjectRecords", "Date"),
                lambda r: format_date(r.recorded_on),
            ),
            Column(
                QCoreApplication.translate("ProjectRecords", "Lesson"), lambda r: one_line(r.text)
            ),
        ],
        fields=fields,
        label=lambda r: one_line(r.text)[:60],
    )


def document_spec(view) -> RecordSpec:
    def fields(row) -> list[Field]:
        return [
            Field(
                "title",
                QCoreApplication.translate("ProjectRecords", "&Title:"),
                line(row.title if row else ""),
            ),
            Field(
                "target",
                QCoreApplication.translate("ProjectRecords", "&File or web address:"),
                line(row.target if row else ""),
            ),
        ]

    return RecordSpec(
        kind="document",
        attr="documents",
        name=QCoreApplication.translate("ProjectRecords", "Document links"),
        intro=QCoreApplication.translate(
            "ProjectRecords",
            "Links to documents of the measure – concepts, contracts, reports. The files "
            "stay where they are; Open shows them in the program your computer uses.",
        ),
        add_text=QCoreApplication.translate("ProjectRecords", "&New link…"),
        edit_text=QCoreApplication.translate("ProjectRecords", "&Edit…"),
        delete_text=QCoreApplication.translate("ProjectRecords", "&Delete…"),
        dialog_title=QCoreApplication.translate("ProjectRecords", "Document link"),
        columns=lambda: [
            Column(QCoreApplication.translate("ProjectRecords", "Title"), lambda r: r.title),
            Column(
                QCoreApplication.translate("ProjectRecords", "File or web address"),
                lambda r: r.target,
            ),
        ],
        fields=fields,
        label=lambda r: r.title,
    )


def open_target(target: str) -> bool:
    """Open a file path or web address with the system's program."""
    if target.lower().startswith(("http://", "https://")):
        url = QUrl(target)
    else:
        url = QUrl.fromLocalFile(target)
    return QDesktopServices.openUrl(url)


class DocumentPanel(RecordPanel):
    """Document links with Open (Ctrl+O in the list) and Add file…."""

    def __init__(self, view) -> None:
        open_button = QPushButton(QCoreApplication.translate("ProjectRecords", "&Open"))
        file_button = QPushButton(QCoreApplication.translate("ProjectRecords", "Link a &file…"))
        super().__init__(view, document_spec(view), (open_button, file_button))
        self.open_button, self.file_button = open_button, file_button
        self.open_button.clicked.connect(self.open_current)
        self.file_button.clicked.connect(self.link_file)
        local_shortcut("Ctrl+Return", self.panel.view, self.open_current)

    def open_current(self) -> None:
        row = self.panel.current()
        if row is not None and not open_target(row.target):
            self.view.ctx.status_message.emit(
                QCoreApplication.translate(
                    "ProjectRecords", "“{target}” could not be opened."
                ).format(target=row.target)
            )

    def link_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("ProjectRecords", "Link a file")
        )
        if path:
            self.add({"title": Path(path).stem, "target": path})


SPECS = {
    "stakeholder": stakeholder_spec,
    "procurement": procurement_spec,
    "training": training_spec,
    "risk": risk_spec,
    "decision": decision_spec,
    "pdca": pdca_spec,
    "lesson": lesson_spec,
}


def record_panel(view, kind: str) -> RecordPanel:
    if kind == "document":
        return DocumentPanel(view)
    return RecordPanel(view, SPECS[kind](view))

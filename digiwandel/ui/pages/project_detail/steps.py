"""The step tab of the detail view: choosing a step, showing it, its status and fields."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex

from digiwandel.services.errors import DomainError
from digiwandel.services.projects import StepRow
from digiwandel.ui import project_texts as tx
from digiwandel.ui.context import Change, format_date, show_error
from digiwandel.ui.forms import combo, date_field, text_box
from digiwandel.ui.widgets import Field, FormDialog, form_values

# Panels of their own, by step number (see the article's 12 steps).
STEP_PANELS = {
    3: ("stakeholder",),
    4: ("metrics", "budget"),
    5: ("procurement",),
    7: ("training",),
    8: ("policy",),
    9: ("evaluation",),
    11: ("pdca",),
    12: ("lesson", "document"),
}


class StepsPart:
    """The step methods of ProjectDetailView: choosing a step, showing it, its status and
    fields.

    Texts use the view's translation context ("ProjectDetailView") by name: lupdate would
    file a `self.tr` text here under the mixin's class name.
    """

    def select_step(self, number: int) -> None:
        index = self.step_model.index(number - 1, 0)
        self.stepper.setCurrentIndex(index)
        self._step_number = number
        self._show_step()

    def current_step(self) -> StepRow | None:
        if self.detail is None:
            return None
        return self.detail.steps[self._step_number - 1]

    def _step_selected(self, current: QModelIndex, _previous=None) -> None:
        if current.isValid():
            self._step_number = current.row() + 1
            self._show_step()

    def _show_step(self) -> None:
        step = self.current_step()
        if step is None:
            return
        self._loading = True
        self.step_heading.setText(
            QCoreApplication.translate("ProjectDetailView", "Step {number}: {title}").format(
                number=step.number, title=step.title
            )
        )
        self.step_purpose.setText(step.purpose)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(step.status), 0))
        self.skip_label.setText(
            QCoreApplication.translate("ProjectDetailView", "Skipped because: {reason}").format(
                reason=step.skip_reason
            )
            if step.status == "skipped"
            else ""
        )
        self.skip_label.setVisible(step.status == "skipped")
        facts = [
            QCoreApplication.translate("ProjectDetailView", "Responsible: {name}").format(
                name=step.responsible_name
                or QCoreApplication.translate("ProjectDetailView", "nobody")
            ),
            QCoreApplication.translate("ProjectDetailView", "Start: {date}").format(
                date=format_date(step.starts_on) or "–"
            ),
            QCoreApplication.translate("ProjectDetailView", "Due: {date}").format(
                date=format_date(step.due_on) or "–"
            ),
        ]
        self.step_facts.setText(" · ".join(facts))
        self.step_notes.setText(
            QCoreApplication.translate("ProjectDetailView", "Notes: {notes}").format(
                notes=step.notes
            )
            if step.notes
            else ""
        )
        self.step_notes.setVisible(bool(step.notes))
        # Keep the keyboard user's place in the checklist across the reload after a tick.
        same_step = self._shown_step == step.number
        check_row = self.checklist.currentIndex().row() if same_step else -1
        self.checklist_model.set_rows(step.checklist)
        if 0 <= check_row < self.checklist_model.rowCount():
            self.checklist.setCurrentIndex(self.checklist_model.index(check_row, 0))
        self._shown_step = step.number
        self.task_model.set_rows(step.tasks)
        assert self.detail is not None
        self.warnings_label.setText(
            "\n".join("⚠ " + tx.warning(code, figures) for code, figures in self.detail.warnings)
        )
        self.warnings_label.setVisible(bool(self.detail.warnings))
        # Tabs: the step itself, its tasks, then the panels of this step.
        done = sum(1 for c in step.checklist if c.done)
        open_tasks = sum(1 for t in step.tasks if not t.done)
        late = sum(1 for t in step.tasks if not t.done and t.due_on and t.due_on < date.today())
        tasks_label = QCoreApplication.translate(
            "ProjectDetailView", "Tasks ({count} open)"
        ).format(count=open_tasks)
        if late:
            tasks_label = QCoreApplication.translate(
                "ProjectDetailView", "Tasks ({count} open, ⚠ {late} overdue)"
            ).format(count=open_tasks, late=late)
        tabs = [
            (
                self.step_tab,
                QCoreApplication.translate("ProjectDetailView", "Step ({done}/{total})").format(
                    done=done, total=len(step.checklist)
                ),
            ),
            (self.tasks_tab, tasks_label),
        ] + [self.panels[key] for key in STEP_PANELS.get(step.number, ())]
        shown = [self.step_tabs.widget(i) for i in range(self.step_tabs.count())]
        if shown == [widget for widget, _label in tabs]:
            # Same tabs: only the counts change, and the focus stays where it is.
            for i, (_widget, label) in enumerate(tabs):
                self.step_tabs.setTabText(i, label)
        else:
            keep = self.step_tabs.currentWidget()
            self.step_tabs.blockSignals(True)
            while self.step_tabs.count():
                self.step_tabs.removeTab(0)
            for widget, label in tabs:
                self.step_tabs.addTab(widget, label)
            index = self.step_tabs.indexOf(keep) if keep is not None else -1
            self.step_tabs.setCurrentIndex(max(index, 0))
            self.step_tabs.blockSignals(False)
        self._loading = False

    def _status_chosen(self, _index: int) -> None:
        step = self.current_step()
        status = self.status_combo.currentData()
        if step is None or status == step.status:
            return
        reason = ""
        if status == "skipped":
            dialog = FormDialog(
                QCoreApplication.translate("ProjectDetailView", "Skip step {number}").format(
                    number=step.number
                ),
                [
                    Field(
                        "skip_reason",
                        QCoreApplication.translate(
                            "ProjectDetailView", "&Why is this step skipped?"
                        ),
                        text_box(),
                    )
                ],
                lambda v: self.projects.set_step_status(
                    self.project_id, step.number, "skipped", v["skip_reason"]
                ),
                self,
                intro=QCoreApplication.translate(
                    "ProjectDetailView",
                    "A skipped step counts as closed. Please note why, so the team and "
                    "the board can follow the decision later.",
                ),
            )
            if not dialog.exec():
                self.status_combo.setCurrentIndex(self.status_combo.findData(step.status))
                return
            result = dialog.result_value
            reason = result.step.skip_reason
        else:
            try:
                result = self.projects.set_step_status(self.project_id, step.number, status)
            except DomainError as exc:
                show_error(self, exc)
                return
        project_id, number = self.project_id, step.number
        old_status, old_reason = step.status, step.skip_reason
        self.push(
            QCoreApplication.translate("ProjectDetailView", "Step {number}: {status}").format(
                number=number, status=tx.step_status(status)
            ),
            lambda: self.projects.set_step_status(project_id, number, status, reason),
            lambda: self.projects.set_step_status(project_id, number, old_status, old_reason),
        )
        if result.warnings:
            self.ctx.status_message.emit("⚠ " + tx.warning(*result.warnings[0]))

    def step_fields(self, step: StepRow) -> list[Field]:
        return [
            Field(
                "responsible_id",
                QCoreApplication.translate("ProjectDetailView", "&Responsible:"),
                combo(self.person_items(), step.responsible_id),
            ),
            Field(
                "starts_on",
                QCoreApplication.translate("ProjectDetailView", "&Start:"),
                date_field(step.starts_on),
            ),
            Field(
                "due_on",
                QCoreApplication.translate("ProjectDetailView", "&Due:"),
                date_field(step.due_on),
            ),
            Field(
                "notes",
                QCoreApplication.translate("ProjectDetailView", "&Notes:"),
                text_box(step.notes),
            ),
        ]

    def edit_step(self) -> None:
        step = self.current_step()
        if step is None:
            return
        project_id, number = self.project_id, step.number
        based_on = {"step": step}

        def reload():
            # Someone else saved the step meanwhile: show it, and hand the form its state.
            self.ctx.notify(Change.PROJECTS)
            try:
                steps = self.projects.get_project(project_id).steps
            except DomainError:
                return None
            fresh = next(s for s in steps if s.number == number)
            based_on["step"] = fresh
            return fresh.version, form_values(self.step_fields(fresh))

        dialog = FormDialog(
            QCoreApplication.translate("ProjectDetailView", "Step {number}: {title}").format(
                number=number, title=step.title
            ),
            self.step_fields(step),
            lambda v: self.projects.update_step(project_id, number, **v),
            self,
            version=step.version,
            reload=reload,
        )
        if not dialog.exec():
            return
        new = dialog.result_value
        keys = ("responsible_id", "starts_on", "due_on", "notes")
        old_values = {k: getattr(based_on["step"], k) for k in keys}
        new_values = {k: getattr(new, k) for k in keys}
        self.push_edit(
            QCoreApplication.translate("ProjectDetailView", "Edit step {number}").format(
                number=number
            ),
            self.ctx.row_appliers.get(
                ("step", project_id, number),
                lambda **fields: self.projects.update_step(project_id, number, **fields),
                new.version,
            ),
            old_values,
            new_values,
        )

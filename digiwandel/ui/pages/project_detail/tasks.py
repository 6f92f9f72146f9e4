"""The tasks of a step: their due dates, adding, editing, ticking and deleting them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox

from digiwandel.services.errors import DomainError
from digiwandel.ui.context import Change, format_date, show_error
from digiwandel.ui.forms import combo, confirm, date_field, line
from digiwandel.ui.widgets import Field, FormDialog, form_values


class TasksPart:
    """The task methods of ProjectDetailView.

    Texts use the view's translation context ("ProjectDetailView") by name: lupdate would
    file a `self.tr` text here under the mixin's class name.
    """

    # -- words -------------------------------------------------------------------------------
    def task_due_text(self, row) -> str:
        if row.due_on is None:
            return ""
        text = format_date(row.due_on)
        if not row.done and row.due_on < date.today():
            return "⚠ " + QCoreApplication.translate("ProjectDetailView", "{date}, overdue").format(
                date=text
            )
        return text

    # -- tasks -------------------------------------------------------------------------------
    def _task_fields(self, row) -> list[Field]:
        milestone = QCheckBox(
            QCoreApplication.translate("ProjectDetailView", "This task marks a milestone")
        )
        milestone.setChecked(bool(row and row.is_milestone))
        return [
            Field(
                "title",
                QCoreApplication.translate("ProjectDetailView", "&Task:"),
                line(row.title if row else ""),
            ),
            Field(
                "responsible_id",
                QCoreApplication.translate("ProjectDetailView", "&Responsible:"),
                combo(self.person_items(), row.responsible_id if row else None),
            ),
            Field(
                "due_on",
                QCoreApplication.translate("ProjectDetailView", "&Due:"),
                date_field(row.due_on if row else None),
            ),
            Field(
                "is_milestone",
                QCoreApplication.translate("ProjectDetailView", "&Milestone:"),
                milestone,
            ),
        ]

    @staticmethod
    def _task_values(v: dict) -> dict:
        return dict(v)

    @staticmethod
    def _task_replay(row) -> dict:
        return {k: getattr(row, k) for k in ("title", "responsible_id", "due_on", "is_milestone")}

    def add_task(self) -> None:
        step = self.current_step()
        if step is None:
            return
        project_id, number = self.project_id, step.number
        dialog = FormDialog(
            QCoreApplication.translate("ProjectDetailView", "New task in step {number}").format(
                number=number
            ),
            self._task_fields(None),
            lambda v: self.projects.add_task(project_id, number, **self._task_values(v)),
            self,
        )
        if not dialog.exec():
            return
        task = dialog.result_value
        self.push_trash(
            QCoreApplication.translate("ProjectDetailView", "New task “{title}”").format(
                title=task.title
            ),
            lambda: self.projects.delete_task(task.id),
            self.projects.restore,
        )
        self.tasks.select_id(task.id)

    def edit_task(self, row) -> None:
        based_on = {"row": row}

        def save(v: dict):
            version = v.pop("expected_version", None)
            return self.projects.update_task(
                row.id, expected_version=version, **self._task_values(v)
            )

        def reload():
            # Someone else saved the task meanwhile: show it, and hand the form its state.
            self.ctx.notify(Change.PROJECTS)
            fresh = self._stored_task(row.id)
            if fresh is None:
                return None
            based_on["row"] = fresh
            return fresh.version, form_values(self._task_fields(fresh))

        dialog = FormDialog(
            QCoreApplication.translate("ProjectDetailView", "Edit task"),
            self._task_fields(row),
            save,
            self,
            version=row.version,
            reload=reload,
        )
        if not dialog.exec():
            return
        new = dialog.result_value
        old_values, new_values = self._task_replay(based_on["row"]), self._task_replay(new)
        self.push_edit(
            QCoreApplication.translate("ProjectDetailView", "Edit task “{title}”").format(
                title=new.title
            ),
            self.ctx.row_appliers.get(
                ("task", row.id),
                lambda **fields: self.projects.update_task(row.id, **fields),
                new.version,
            ),
            old_values,
            new_values,
        )
        self.tasks.select_id(row.id)

    def _stored_task(self, task_id: int):
        """The task as stored now, or None when it (or its measure) is gone."""
        try:
            detail = self.projects.get_project(self.detail.id)
        except DomainError:
            return None
        for step in detail.steps:
            for task in step.tasks:
                if task.id == task_id:
                    return task
        return None

    def toggle_task(self) -> None:
        row = self.tasks.current()
        if row is None:
            return
        done = not row.done
        try:
            self.projects.set_task_done(row.id, done)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.push(
            QCoreApplication.translate("ProjectDetailView", "Task “{title}” done").format(
                title=row.title
            )
            if done
            else QCoreApplication.translate(
                "ProjectDetailView", "Task “{title}” open again"
            ).format(title=row.title),
            lambda: self.projects.set_task_done(row.id, done),
            lambda: self.projects.set_task_done(row.id, not done),
        )
        self.tasks.select_id(row.id)

    def delete_task(self, row) -> None:
        if not confirm(
            self,
            QCoreApplication.translate("ProjectDetailView", "Delete task"),
            QCoreApplication.translate(
                "ProjectDetailView",
                "Move the task “{title}” to the trash? You can restore it from there.",
            ).format(title=row.title),
        ):
            return
        try:
            batch = self.projects.delete_task(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.push_trash(
            QCoreApplication.translate("ProjectDetailView", "Delete task “{title}”").format(
                title=row.title
            ),
            lambda: self.projects.delete_task(row.id),
            self.projects.restore,
            batch=batch,
        )

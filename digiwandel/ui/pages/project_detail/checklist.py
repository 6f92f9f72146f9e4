"""The checklist of a step: ticking, adding and removing entries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from digiwandel.services.errors import DomainError
from digiwandel.ui.context import show_error
from digiwandel.ui.forms import confirm, line
from digiwandel.ui.widgets import Field, FormDialog


class ChecklistPart:
    """The checklist methods of ProjectDetailView.

    Texts use the view's translation context ("ProjectDetailView") by name: lupdate would
    file a `self.tr` text here under the mixin's class name.
    """

    def toggle_checklist(self, item, done: bool) -> None:
        try:
            self.projects.toggle_checklist_item(item.id, done)
        except DomainError as exc:
            show_error(self, exc)
            return
        label = item.text if len(item.text) <= 50 else item.text[:49] + "…"
        self.push(
            QCoreApplication.translate("ProjectDetailView", "Tick “{entry}”").format(entry=label)
            if done
            else QCoreApplication.translate("ProjectDetailView", "Untick “{entry}”").format(
                entry=label
            ),
            lambda: self.projects.toggle_checklist_item(item.id, done),
            lambda: self.projects.toggle_checklist_item(item.id, not done),
        )

    def add_checklist_entry(self) -> None:
        step = self.current_step()
        if step is None:
            return
        project_id, number = self.project_id, step.number
        dialog = FormDialog(
            QCoreApplication.translate("ProjectDetailView", "New checklist entry"),
            [Field("text", QCoreApplication.translate("ProjectDetailView", "&Entry:"), line())],
            lambda v: self.projects.add_checklist_item(project_id, number, v["text"]),
            self,
        )
        if not dialog.exec():
            return
        item = dialog.result_value
        state = {"id": item.id}

        def undo():
            self.projects.delete_checklist_item(state["id"])

        def redo():
            state["id"] = self.projects.add_checklist_item(project_id, number, item.text).id

        self.push(
            QCoreApplication.translate("ProjectDetailView", "New checklist entry"), redo, undo
        )

    def remove_checklist_entry(self) -> None:
        index = self.checklist.currentIndex()
        if not index.isValid():
            return
        item = self.checklist_model.row_at(index.row())
        if not confirm(
            self,
            QCoreApplication.translate("ProjectDetailView", "Remove checklist entry"),
            QCoreApplication.translate(
                "ProjectDetailView",
                "Remove the entry “{entry}” from the checklist? Ctrl+Z brings it back.",
            ).format(entry=item.text),
            QCoreApplication.translate("ProjectDetailView", "Remove"),
        ):
            return
        try:
            self.projects.delete_checklist_item(item.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        state = {"id": item.id}

        def undo():
            state["id"] = self.projects.put_back_checklist_item(item).id

        def redo():
            self.projects.delete_checklist_item(state["id"])

        self.push(
            QCoreApplication.translate("ProjectDetailView", "Remove checklist entry"), redo, undo
        )

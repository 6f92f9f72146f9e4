"""The checklist of a step: ticking, adding and removing entries.

Entries carry a row version. A tick is a decision about the state shown, so it is saved
based on the version the list was filled from: when someone else ticked or unticked the
entry in the meantime, the click is refused, the page shows the current state and the
user can click again. (Without this, a click on an entry someone else had just ticked
would change nothing, and its undo would take their tick away.) Undo and redo are based on
the version the last change left, so they never overwrite a later change from another PC.

Removing an entry is not refused for a tick set elsewhere since: the user removes the entry
whatever its tick, and undo puts it back as it was removed, with that tick.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from digiwandel.services.errors import DomainError
from digiwandel.ui.context import Change, RowAppliers, show_error
from digiwandel.ui.forms import confirm, line
from digiwandel.ui.widgets import Field, FormDialog


class ChecklistPart:
    """The checklist methods of ProjectDetailView.

    Texts use the view's translation context ("ProjectDetailView") by name: lupdate would
    file a `self.tr` text here under the mixin's class name.
    """

    def _tick_appliers(self) -> RowAppliers:
        """Undo and redo of the ticks of each entry, made when first needed (the mixin has
        no constructor of its own)."""
        appliers = getattr(self, "_checklist_appliers", None)
        if appliers is None:
            appliers = self._checklist_appliers = RowAppliers(self.ctx)
        return appliers

    def _refused(self, exc: DomainError) -> None:
        """Say why a tick was not saved, after showing the current state the message
        refers to (ticked or removed on another PC in the meantime)."""
        self.ctx.notify(Change.PROJECTS)
        show_error(self, exc)

    def toggle_checklist(self, item, done: bool) -> None:
        if bool(done) == item.done:
            return  # nothing to change: the list already shows this
        try:
            saved = self.projects.toggle_checklist_item(
                item.id, done, expected_version=item.version
            )
        except DomainError as exc:
            self._refused(exc)
            return
        apply = self._tick_appliers().get(
            item.id,
            lambda expected_version, ticked: self.projects.toggle_checklist_item(
                item.id, ticked, expected_version
            ),
            saved.version,
        )
        label = item.text if len(item.text) <= 50 else item.text[:49] + "…"
        self.push(
            QCoreApplication.translate("ProjectDetailView", "Tick “{entry}”").format(entry=label)
            if done
            else QCoreApplication.translate("ProjectDetailView", "Untick “{entry}”").format(
                entry=label
            ),
            lambda: apply({"ticked": done}),
            lambda: apply({"ticked": not done}),
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
        state = {"row": item}

        def undo():
            # Refused when someone else ticked the new entry since: theirs stays.
            entry = state["row"]
            self.projects.delete_checklist_item(entry.id, expected_version=entry.version)

        def redo():
            state["row"] = self.projects.add_checklist_item(project_id, number, item.text)

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
            removed = self.projects.delete_checklist_item(item.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        # What undo puts back: the entry as it was removed, also with a tick set elsewhere.
        state = {"row": removed}

        def undo():
            state["row"] = self.projects.put_back_checklist_item(state["row"])

        def redo():
            # Refused when someone else changed the entry since it was put back.
            entry = state["row"]
            state["row"] = self.projects.delete_checklist_item(
                entry.id, expected_version=entry.version
            )

        self.push(
            QCoreApplication.translate("ProjectDetailView", "Remove checklist entry"), redo, undo
        )

"""The undo commands: a deletion to the trash, a creation, changed fields; each saved before
it is recorded, each saying what changed when undone or redone."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from digiwandel.services.errors import DomainError
from digiwandel.ui.context import AppContext, Change


def recording_ctx() -> tuple[AppContext, list]:
    ctx = AppContext()
    heard: list = []
    ctx.data_changed.connect(heard.append)
    return ctx, heard


def test_a_deletion_is_restored_by_undo_and_deleted_again_by_redo(qtbot) -> None:
    ctx, heard = recording_ctx()
    calls: list = []
    batches = iter(["second", "third"])

    def delete():
        calls.append("delete")
        return next(batches)

    ctx.push_trash(
        "Delete", Change.PROJECTS, delete, lambda b: calls.append(("restore", b)), batch="first"
    )
    assert calls == [] and heard == [Change.PROJECTS], "saved already; the pages hear of it"
    ctx.undo_stack.undo()
    ctx.undo_stack.redo()
    ctx.undo_stack.undo()
    assert calls == [("restore", "first"), "delete", ("restore", "second")]
    assert heard == [Change.PROJECTS] * 4


def test_a_creation_goes_to_the_trash_on_undo_and_comes_back_on_redo(qtbot) -> None:
    ctx, _heard = recording_ctx()
    calls: list = []
    ctx.push_trash(
        "Add",
        Change.CHECK,
        lambda: calls.append("delete") or "b1",
        lambda b: calls.append(("restore", b)),
    )
    ctx.undo_stack.undo()
    ctx.undo_stack.redo()
    assert calls == ["delete", ("restore", "b1")]


def test_changed_fields_switch_between_old_and_new(qtbot) -> None:
    ctx, heard = recording_ctx()
    applied: list = []
    ctx.push_edit("Edit", Change.STRATEGY, applied.append, {"title": "Alt"}, {"title": "Neu"})
    ctx.undo_stack.undo()
    ctx.undo_stack.redo()
    assert applied == [{"title": "Alt"}, {"title": "Neu"}]
    assert heard == [Change.STRATEGY] * 3


def test_a_command_the_world_has_overtaken_is_dropped_with_a_message(qtbot, monkeypatch) -> None:
    shown: list = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    ctx, _heard = recording_ctx()

    def refuse(_batch):
        raise DomainError("This assessment is completed and locked.")

    ctx.push_trash("Delete", Change.CHECK, lambda: "b", refuse, batch="b0")
    ctx.undo_stack.undo()
    assert len(shown) == 1
    assert ctx.undo_stack.count() == 0, "an obsolete command leaves the stack"

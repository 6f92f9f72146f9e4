"""The trash dialog on a real database: restore, empty with and without confirmation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from digiwandel.model.database import open_database
from digiwandel.services.projects import ProjectService
from digiwandel.services.trash import TrashService
from digiwandel.ui.context import AppContext, Change
from digiwandel.ui.dialogs import trash as trash_dialog
from digiwandel.ui.dialogs.trash import TrashDialog
from tests.test_accessibility import unnamed_controls


@pytest.fixture
def ctx(tmp_path):
    context = AppContext()
    context.set_database(open_database(tmp_path / "x.sqlite3"))
    yield context
    context.set_database(None)


@pytest.fixture
def projects(ctx) -> ProjectService:
    return ProjectService(ctx.db, lang="en")


@pytest.fixture
def filled(ctx, projects):
    """Two deletions: a task of a live measure, then a whole measure."""
    keep = projects.create_project("Keep me")
    task = projects.add_task(keep.id, 1, "Invite the team")
    projects.delete_task(task.id)
    gone = projects.create_project("Online counselling")
    projects.delete_project(gone.id)
    return ctx


def open_dialog(qtbot, ctx) -> TrashDialog:
    dialog = TrashDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_lists_deletions_newest_first_with_their_kind(qtbot, filled):
    dialog = open_dialog(qtbot, filled)
    model = dialog.model
    assert model.rowCount() == 2
    assert [model.index(r, 0).data() for r in range(2)] == ["Online counselling", "Invite the team"]
    assert [model.index(r, 1).data() for r in range(2)] == ["Measure", "Task"]
    assert model.index(0, 3).data() == "1"
    when = model.index(0, 2).data()
    assert ":" in when and len(when.split(" ")[-1]) == 5  # date and hh:mm
    assert dialog.restore_button.isEnabled() and dialog.empty_button.isEnabled()
    assert dialog.current().label == "Online counselling"
    assert not dialog.empty_label.isVisible()
    assert unnamed_controls(dialog) == []


def test_kind_words(qtbot, ctx):
    dialog = open_dialog(qtbot, ctx)
    assert dialog.kind_text("budget_line") == "Budget line"
    assert dialog.kind_text("assessment") == "Check"
    assert dialog.kind_text("communication_item") == "Communication entry"
    assert dialog.kind_text("some_table") == "some_table"


def test_restore_brings_the_measure_back(qtbot, filled, projects):
    dialog = open_dialog(qtbot, filled)
    assert projects.list_portfolio()[0].title == "Keep me"
    with qtbot.waitSignal(filled.data_changed) as signal:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert signal.args == [Change.ALL]
    assert sorted(r.title for r in projects.list_portfolio()) == ["Keep me", "Online counselling"]
    assert dialog.model.rowCount() == 1
    assert dialog.status_label.isVisible()
    assert dialog.status_label.text() == "“Online counselling” restored."


def test_enter_on_a_row_restores_it(qtbot, filled):
    dialog = open_dialog(qtbot, filled)
    dialog.select_row(1)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert [b.label for b in dialog.batches()] == ["Online counselling"]
    assert dialog.isVisible()  # Enter restored; it did not close the dialog


def test_delete_key_does_nothing(qtbot, filled, monkeypatch):
    monkeypatch.setattr(trash_dialog, "confirm", lambda *a: pytest.fail("asked"))
    dialog = open_dialog(qtbot, filled)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    assert TrashService(filled.db).count() == 2


def test_empty_after_confirmation(qtbot, filled, projects, monkeypatch):
    asked = []

    def yes(parent, title, text, action=None):
        asked.append(text)
        return True

    monkeypatch.setattr(trash_dialog, "confirm", yes)
    filled.push("edit", lambda: None, lambda: None, Change.PROJECTS)
    dialog = open_dialog(qtbot, filled)
    with qtbot.waitSignal(filled.data_changed):
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert "2 entr" in asked[0] and "cannot be undone" in asked[0]  # %n plural
    assert TrashService(filled.db).count() == 0
    assert [r.title for r in projects.list_portfolio()] == ["Keep me"]
    assert dialog.model.rowCount() == 0
    assert dialog.empty_label.isVisible() and not dialog.view.isVisible()
    assert not dialog.restore_button.isEnabled() and not dialog.empty_button.isEnabled()
    assert "2 entr" in dialog.status_label.text()
    assert "removed for good" in dialog.status_label.text()
    assert filled.undo_stack.count() == 0
    assert unnamed_controls(dialog) == []


def test_no_confirmation_removes_nothing(qtbot, filled, monkeypatch):
    monkeypatch.setattr(trash_dialog, "confirm", lambda *a, **k: False)
    dialog = open_dialog(qtbot, filled)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert TrashService(filled.db).count() == 2
    assert dialog.model.rowCount() == 2
    assert not dialog.status_label.isVisible()


def test_empty_trash_says_so(qtbot, ctx):
    dialog = open_dialog(qtbot, ctx)
    assert dialog.empty_label.isVisible()
    assert dialog.empty_label.text() == "The trash is empty."
    assert not dialog.restore_button.isEnabled()
    assert not dialog.empty_button.isEnabled()
    assert unnamed_controls(dialog) == []


def test_restore_error_is_shown(qtbot, filled, monkeypatch):
    dialog = open_dialog(qtbot, filled)
    TrashService(filled.db).restore(dialog.current().batch_id)  # gone behind its back
    shown = []
    monkeypatch.setattr(trash_dialog, "show_error", lambda parent, exc: shown.append(exc))
    dialog.restore_current()
    assert len(shown) == 1
    assert dialog.model.rowCount() == 1

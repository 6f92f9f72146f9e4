"""Two programs on one database through the GUI: an edit based on what the form showed is
refused when another PC saved in between; the page then shows the other change and the
user's entries stay to be saved again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from digiwandel.model.database import open_database
from digiwandel.services.check import CheckService
from digiwandel.services.demo import create_demo_file
from digiwandel.services.projects import ProjectService
from digiwandel.ui.context import AppContext
from digiwandel.ui.main_window import MainWindow
from tests.ui_helpers import with_modal

DIENSTPLAN = "Digitaler Dienstplan Wohngruppe Lindenweg"


@pytest.fixture
def win(qtbot, tmp_path):
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_path(create_demo_file(tmp_path / "demo.sqlite3"))
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def other_pc(win):
    """The same file opened by a second program, as another PC on a shared database."""
    database = open_database(win.ctx.db.path)
    yield database
    database.close()


def test_a_measure_changed_on_another_pc_while_the_form_was_open(win, other_pc, qtbot, monkeypatch):
    window_service = ProjectService(win.ctx.db, "en")
    ident = next(r.id for r in window_service.list_portfolio() if r.title == DIENSTPLAN)
    win.navigation.setCurrentRow(win.stack.indexOf(win.projects))
    win.projects.open_project(ident)
    detail = win.projects.detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.id == ident)
    seen: dict = {}

    def edit(dialog):
        dialog.fields["title"].setText("Dienstplan per App")
        # Meanwhile, on another PC: a new title and a red traffic light.
        theirs = ProjectService(other_pc, "en")
        now = theirs.get_project(ident)
        theirs.update_project(
            ident,
            expected_version=now.version,
            title="Dienstplan digital",
            light="red",
            light_reason="Lieferverzug",
        )
        dialog.accept()
        seen["open after the clash"] = dialog.isVisible()
        seen["message"] = dialog.general_error.text()
        seen["kept"] = dialog.fields["title"].text()
        seen["note"] = dialog.errors["title"].text()
        seen["light taken over"] = dialog.fields["light"].currentData()
        seen["page"] = detail.title_label.text()
        dialog.accept()  # the user saves their title again, knowing the other one
        seen["closed"] = not dialog.isVisible()

    with_modal(edit, detail.edit_project)
    assert seen["open after the clash"]
    assert "Someone else changed this entry in the meantime" in seen["message"]
    assert seen["kept"] == "Dienstplan per App"
    assert "Dienstplan digital" in seen["note"]
    assert seen["light taken over"] == "red"
    assert "Dienstplan digital" in seen["page"]  # the page behind shows their state
    assert seen["closed"]
    stored = ProjectService(other_pc, "en").get_project(ident)
    # Both edits are in: the title typed here, the traffic light set there.
    assert (stored.title, stored.light, stored.light_reason) == (
        "Dienstplan per App",
        "red",
        "Lieferverzug",
    )
    qtbot.waitUntil(lambda: detail.title_label.text().startswith("Dienstplan per App"))

    # Undo goes back to the state the form was saved over (theirs) ...
    win.ctx.undo_stack.undo()
    assert window_service.get_project(ident).title == "Dienstplan digital"
    # ... but not over a change another PC made after it.
    win.ctx.undo_stack.redo()
    current = ProjectService(other_pc, "en").get_project(ident)
    ProjectService(other_pc, "en").update_project(
        ident, expected_version=current.version, status="paused"
    )
    refusals = []
    monkeypatch.setattr(
        "digiwandel.ui.context.show_error", lambda _parent, exc: refusals.append(exc)
    )
    win.ctx.undo_stack.undo()
    assert [type(e).__name__ for e in refusals] == ["StaleEditError"]
    after = window_service.get_project(ident)
    assert (after.title, after.status) == ("Dienstplan per App", "paused")


def test_the_same_answer_typed_on_two_pcs_in_the_paper_entry(win, other_pc, qtbot):
    win.navigation.setCurrentRow(win.stack.indexOf(win.check))
    page = win.check
    draft = next(r for r in page.model.rows() if r.status == "draft")
    page.panel.select_id(draft.id)
    sheet = win.ctx.check.add_respondent(draft.id)
    page.tabs.setCurrentWidget(page.grid)
    model = page.grid.model
    column = next(c for c, r in enumerate(model.respondents) if r.id == sheet.id)
    index = model.index(0, column)
    item = model.items[0][1]
    edit = Qt.ItemDataRole.EditRole
    assert model.data(index, edit) == ""

    # The other PC enters "1" in the same cell first; this one still shows it empty.
    CheckService(other_pc, "en").set_answer(sheet.id, item.id, "level", 1, expected_version=0)
    assert not model.setData(index, "3")
    message = page.grid.message.text()
    assert "Someone else changed this entry" in message and "“3”" in message
    qtbot.waitUntil(lambda: model.data(model.index(0, column), edit) == "1")  # theirs, shown now
    assert win.ctx.check.answers_of(sheet.id)[item.id].level == 1
    assert not page.grid.message.isHidden()  # the explanation stays after the reload

    # Typed again, based on the answer now shown, it replaces theirs.
    assert model.setData(model.index(0, column), "3")
    assert CheckService(other_pc, "en").answers_of(sheet.id)[item.id].level == 3


def test_one_answer_sheet_open_on_two_pcs_in_survey_mode(win, other_pc, qtbot):
    from digiwandel.ui.dialogs.survey import SurveyDialog

    check = win.ctx.check
    draft = next(r for r in check.list_assessments() if r.status == "draft")
    sheet = check.add_respondent(draft.id)
    dialog = SurveyDialog(check, sheet, check.survey_structure(draft.id), win)
    qtbot.addWidget(dialog)
    dialog.show()
    item = dialog.current_item()
    CheckService(other_pc, "en").set_answer(sheet.id, item.id, "level", 0, expected_version=0)

    dialog.level_buttons[2].click()  # based on "no answer yet": refused
    assert "Someone else changed this entry" in dialog.error.text()
    assert dialog.level_buttons[0].isChecked()  # the stored answer is shown
    assert check.answers_of(sheet.id)[item.id].level == 0

    dialog.level_buttons[2].click()  # chosen again: replaces it
    assert dialog.error.isHidden()
    assert CheckService(other_pc, "en").answers_of(sheet.id)[item.id].level == 2


def test_a_record_of_a_measure_changed_on_another_pc(win, other_pc, qtbot):
    from digiwandel.services.project_records import ProjectRecordService

    mine = ProjectService(win.ctx.db, "en")
    ident = mine.create_project("Elternarbeit digital").id
    records = ProjectRecordService(win.ctx.db, "en")
    row = records.add("stakeholder", ident, name="Elternbeirat", kind="clients")
    win.navigation.setCurrentRow(win.stack.indexOf(win.projects))
    win.projects.open_project(ident)
    detail = win.projects.detail
    detail.select_step(3)
    panel, _label = detail.panels["stakeholder"]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    seen = {}

    def edit(dialog):
        dialog.fields["contact"].setText("eltern@example.org")
        ProjectRecordService(other_pc, "en").update(
            "stakeholder", row.id, expected_version=row.version, name="Gesamtelternbeirat"
        )
        dialog.accept()
        seen["message"] = dialog.general_error.text()
        seen["name taken over"] = dialog.fields["name"].text()
        dialog.accept()
        seen["closed"] = not dialog.isVisible()

    with_modal(edit, lambda: panel.edit(panel.model.rows()[0]))
    assert "Someone else changed this entry" in seen["message"]
    assert seen["name taken over"] == "Gesamtelternbeirat"
    assert seen["closed"]
    stored = records.records(ident).stakeholders[0]
    assert (stored.name, stored.contact) == ("Gesamtelternbeirat", "eltern@example.org")
    win.ctx.undo_stack.undo()  # back to the state the form was saved over: theirs
    stored = records.records(ident).stakeholders[0]
    assert (stored.name, stored.contact) == ("Gesamtelternbeirat", "")


def test_a_step_and_a_task_changed_on_another_pc(win, other_pc, qtbot):
    from datetime import date

    mine = ProjectService(win.ctx.db, "en")
    ident = mine.create_project("Tablets für die Wohngruppen").id
    task = mine.add_task(ident, 2, "Angebote einholen")
    win.navigation.setCurrentRow(win.stack.indexOf(win.projects))
    win.projects.open_project(ident)
    detail = win.projects.detail
    detail.select_step(2)
    qtbot.waitUntil(lambda: detail.tasks.model.rowCount() == 1)
    theirs = ProjectService(other_pc, "en")
    seen = {}

    def edit_step(dialog):
        dialog.fields["notes"].setPlainText("Drei Anbieter vergleichen")
        step = theirs.get_project(ident).steps[1]
        theirs.update_step(ident, 2, expected_version=step.version, due_on=date(2026, 6, 30))
        dialog.accept()
        seen["step"] = dialog.general_error.text()
        seen["due taken over"] = dialog.fields["due_on"].date()
        dialog.accept()

    with_modal(edit_step, detail.edit_step)
    assert "Someone else changed this entry" in seen["step"]
    assert seen["due taken over"] == date(2026, 6, 30)
    step = mine.get_project(ident).steps[1]
    assert (step.notes, step.due_on) == ("Drei Anbieter vergleichen", date(2026, 6, 30))

    def edit_task(dialog):
        dialog.fields["title"].setText("Drei Angebote einholen")
        theirs.update_task(task.id, expected_version=task.version, title="Angebote anfragen")
        dialog.accept()
        seen["task"] = dialog.general_error.text()
        seen["title note"] = dialog.errors["title"].text()
        dialog.reject()  # theirs stays

    qtbot.waitUntil(lambda: detail.tasks.model.rowCount() == 1)
    with_modal(edit_task, lambda: detail.edit_task(detail.tasks.model.rows()[0]))
    assert "Someone else changed this entry" in seen["task"]
    assert "Angebote anfragen" in seen["title note"]
    assert mine.get_project(ident).steps[1].tasks[0].title == "Angebote anfragen"


def test_two_edits_of_one_task_are_undone_in_turn_unless_another_pc_changed_it(
    win, other_pc, qtbot, monkeypatch
):
    mine = ProjectService(win.ctx.db, "en")
    ident = mine.create_project("Videosprechstunde").id
    task = mine.add_task(ident, 2, "Anbieter suchen")
    win.navigation.setCurrentRow(win.stack.indexOf(win.projects))
    win.projects.open_project(ident)
    detail = win.projects.detail
    detail.select_step(2)
    qtbot.waitUntil(lambda: detail.tasks.model.rowCount() == 1)

    def retitle(title):
        def fill(dialog):
            dialog.fields["title"].setText(title)
            dialog.accept()

        qtbot.waitUntil(lambda: detail.tasks.model.rowCount() == 1)
        with_modal(fill, lambda: detail.edit_task(detail.tasks.model.rows()[0]))

    retitle("Zwei Anbieter suchen")
    retitle("Drei Anbieter suchen")
    stack = win.ctx.undo_stack
    stack.undo()
    assert mine.get_project(ident).steps[1].tasks[0].title == "Zwei Anbieter suchen"
    stack.undo()  # the first edit, after the program's own undo: not someone else's change
    assert mine.get_project(ident).steps[1].tasks[0].title == "Anbieter suchen"
    stack.redo()
    assert mine.get_project(ident).steps[1].tasks[0].title == "Zwei Anbieter suchen"

    # Another PC changes the task: the next redo would overwrite it, and is refused.
    theirs = ProjectService(other_pc, "en")
    now = theirs.get_project(ident).steps[1].tasks[0]
    theirs.update_task(task.id, expected_version=now.version, title="Anbieter vergleichen")
    refusals = []
    monkeypatch.setattr(
        "digiwandel.ui.context.show_error", lambda _parent, exc: refusals.append(exc)
    )
    stack.redo()
    assert [type(e).__name__ for e in refusals] == ["StaleEditError"]
    assert mine.get_project(ident).steps[1].tasks[0].title == "Anbieter vergleichen"

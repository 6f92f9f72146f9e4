"""Paper entry and survey from the keyboard: numbered questions, the same scale and words in
both, the cursor moving down after each entry, and a survey that asks before finishing an
incomplete sheet and ends on a hand-back screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from digiwandel.ui.context import AppContext
from digiwandel.ui.dialogs.survey import DONT_KNOW, SurveyDialog
from digiwandel.ui.main_window import MainWindow
from tests.ui_helpers import with_modal

# The real exec, saved before the test setup replaces it with a guard against boxes that
# nobody answers; the finishing test answers its box itself.
REAL_MESSAGE_BOX_EXEC = QMessageBox.exec


@pytest.fixture
def window(qtbot, tmp_path):
    from digiwandel.services.demo import create_demo_file

    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    assert win.open_path(create_demo_file(tmp_path / "demo.sqlite3"))
    win.show()
    win.navigation.setCurrentRow(win.stack.indexOf(win.check))
    return win


def draft_grid(window):
    """The paper entry of the demo's draft with a new, empty answer sheet as last column."""
    page = window.check
    draft = next(r for r in page.model.rows() if r.status == "draft")
    sheet = window.ctx.check.add_respondent(draft.id)
    page.panel.select_id(draft.id)
    page.tabs.setCurrentWidget(page.grid)
    QApplication.processEvents()
    assert page.grid.model.respondents[-1].id == sheet.id
    return page.grid, sheet


def test_rows_are_numbered_questions_not_keys(window):
    grid, _sheet = draft_grid(window)
    model = grid.model
    vertical, horizontal = Qt.Orientation.Vertical, Qt.Orientation.Horizontal
    first_item = model.items[0][1]
    label = model.headerData(0, vertical)
    assert label.startswith("1.1 ")
    assert first_item.key not in label
    assert label[4:].rstrip("…") in first_item.question
    assert len(label) <= 4 + 61
    assert model.headerData(0, vertical, Qt.ItemDataRole.ToolTipRole) == first_item.question
    # the first question of the second dimension
    second = len(model.items[0][0].items)
    assert model.headerData(second, vertical).startswith("2.1 ")
    assert model.headerData(0, horizontal) == "Sheet 1"


def test_typing_keys_saves_and_moves_down_like_a_spreadsheet(window, qtbot):
    grid, sheet = draft_grid(window)
    model, view = grid.model, grid.view
    column = model.columnCount() - 1
    view.setCurrentIndex(model.index(0, column))
    view.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    items = [item for _d, item in model.items]

    qtbot.keyClicks(view, "2?-")
    answers = window.ctx.check.answers_of(sheet.id)
    assert [(answers[i.id].status, answers[i.id].level) for i in items[:3]] == [
        ("level", 2),
        ("dont_know", None),
        ("not_applicable", None),
    ]
    assert (view.currentIndex().row(), view.currentIndex().column()) == (3, column)
    # the cells show the survey's words next to the key
    assert model.index(0, column).data() == "2 · partly established"
    assert model.index(1, column).data() == "? · don't know"
    assert model.index(2, column).data() == "- · not applicable"

    # a key that is no answer is refused, explained, and the cursor stays
    qtbot.keyClick(view, "7")
    assert grid.message.isVisible() and "0, 1, 2 or 3" in grid.message.text()
    assert items[3].id not in window.ctx.check.answers_of(sheet.id)
    assert view.currentIndex().row() == 3
    # Enter moves on without an answer; the next entry clears the message
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, "0")
    assert not grid.message.isVisible()
    assert window.ctx.check.answers_of(sheet.id)[items[4].id].level == 0
    assert view.currentIndex().row() == 5

    # after the last question of the last sheet the cursor stays on it
    last = model.rowCount() - 1
    view.setCurrentIndex(model.index(last, column))
    qtbot.keyClick(view, "3")
    assert window.ctx.check.answers_of(sheet.id)[items[-1].id].level == 3
    assert (view.currentIndex().row(), view.currentIndex().column()) == (last, column)
    # ...while the end of an earlier column continues at the top of the next one
    view.setCurrentIndex(model.index(last, column - 1))
    qtbot.keyClick(view, "1")
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, column)


def survey(window, qtbot) -> tuple[SurveyDialog, object]:
    check = window.ctx.check
    draft = next(r for r in check.list_assessments() if r.status == "draft")
    sheet = check.add_respondent(draft.id)
    dialog = SurveyDialog(check, sheet, check.survey_structure(draft.id), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog, sheet


def test_survey_uses_the_same_keys_and_words_as_the_paper_entry(window, qtbot):
    dialog, sheet = survey(window, qtbot)
    check = window.ctx.check
    assert [b.text() for b in dialog.level_buttons] == [
        "&0  not started",
        "&1  first steps",
        "&2  partly established",
        "&3  firmly established",
    ]
    assert dialog.dont_know.text() == "? · don't know"
    assert dialog.not_applicable.text() == "- · not applicable"
    assert dialog.question_label.text().startswith("1.1 ")
    item = dialog.current_item()
    qtbot.keyClick(QApplication.focusWidget(), "1")
    assert check.answers_of(sheet.id)[item.id].level == 1
    assert dialog.level_buttons[1].isChecked()
    qtbot.keyClick(QApplication.focusWidget(), "?")
    assert check.answers_of(sheet.id)[item.id].status == "dont_know"
    assert dialog.choices.checkedId() == DONT_KNOW


def test_finishing_an_incomplete_sheet_asks_and_ends_on_the_hand_back_screen(
    window, qtbot, monkeypatch
):
    monkeypatch.setattr(QMessageBox, "exec", REAL_MESSAGE_BOX_EXEC)
    dialog, sheet = survey(window, qtbot)
    check = window.ctx.check
    total = len(dialog.questions)
    dialog.level_buttons[3].click()
    seen: dict = {}

    def keep_answering(box: QMessageBox):
        seen["text"] = box.text()
        seen["default"] = box.defaultButton().text()
        next(b for b in box.buttons() if b.text() == "Keep answering").click()

    with_modal(keep_answering, dialog.finish_button.click)
    assert seen["text"] == (
        f"{total - 1} questions of this sheet are not answered yet. Finish the sheet anyway?"
    )
    assert seen["default"] == "Keep answering", "Enter must not end the sheet"
    assert dialog.isVisible() and not dialog.is_done()
    assert dialog.index == 1, "back at the first open question"
    assert not _finished(check, sheet.id)

    def finish_anyway(box: QMessageBox):
        next(b for b in box.buttons() if b.text() == "Finish anyway").click()

    with_modal(finish_anyway, dialog.finish_button.click)
    assert _finished(check, sheet.id)
    assert dialog.is_done() and dialog.isVisible()
    assert dialog.done_title.isVisible()
    QApplication.processEvents()
    for label in (dialog.done_title, dialog.done_text):  # wrapped, not cut off
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert "hand the computer back" in dialog.done_text.text()
    # nothing of the answers is left to see or to reach with the keyboard
    assert not dialog.question_label.isVisible() and not dialog.overview.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_PageUp)
    assert dialog.is_done()
    dialog.close_button.click()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted


def test_finishing_a_complete_sheet_does_not_ask(window, qtbot):
    dialog, sheet = survey(window, qtbot)
    check = window.ctx.check
    for _d, item in dialog.questions:
        dialog.answers[item.id] = check.set_answer(sheet.id, item.id, "level", 2)
    dialog.finish_button.click()  # a question would block here
    assert dialog.is_done() and _finished(check, sheet.id)


def _finished(check, respondent_id: int) -> bool:
    for assessment in check.list_assessments():
        for row in check.list_respondents(assessment.id):
            if row.id == respondent_id:
                return row.finished
    raise AssertionError("sheet not found")


def test_an_answer_refreshes_its_cell_and_row_not_the_whole_page(window, monkeypatch):
    grid, _sheet = draft_grid(window)
    page = window.check
    calls = []
    monkeypatch.setattr(page, "reload", lambda: calls.append("page"))
    monkeypatch.setattr(grid, "load", lambda: calls.append("grid"))
    draft_row = next(n for n, r in enumerate(page.model.rows()) if r.id == page.current_id())
    before = page.model.row_at(draft_row)
    model = grid.model
    index = model.index(0, model.columnCount() - 1)

    assert model.setData(index, "3")
    assert calls == [], "the grid shows the answer already"
    assert (model.answer(index).status, model.answer(index).level) == ("level", 3)
    after = page.model.row_at(draft_row)
    assert after is not before and after == window.ctx.check.get_assessment(before.id)
    assert page.current_id() == before.id, "the selection stays"
    assert window.overview._stale, "other pages still hear of the change"

    # Undo goes the usual way: the page shows the stored state again.
    window.ctx.undo_stack.undo()
    assert calls == ["page"]

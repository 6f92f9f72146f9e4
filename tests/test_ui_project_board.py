"""The board by step: cards in the column of their current step, keyboard, screen readers."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from digiwandel.services.projects import PortfolioRow
from digiwandel.ui.pages.project_board import ProjectBoard
from tests.test_accessibility import unnamed_controls


def make_row(ident: int, title: str, step: int | None, **values) -> PortfolioRow:
    fields = {
        "id": ident,
        "title": title,
        "status": "active",
        "light": "green",
        "light_reason": "",
        "current_step": step,
        "current_step_title": "",
        "progress": 0.0 if step is None else round(100 * (step - 1) / 12, 1),
        "owner_id": None,
        "owner_name": "",
        "ends_on": date(2026, 6, 30),
        "budget_planned": 0.0,
        "budget_actual": 0.0,
        "open_tasks": 0,
        "overdue_tasks": 0,
    }
    if step is None:
        fields["progress"] = 100.0
        fields["status"] = "completed"
    fields.update(values)
    return PortfolioRow(**fields)


ROWS = [
    make_row(1, "Online counselling", 3, light="amber", light_reason="Late", owner_name="Ada"),
    make_row(2, "Duty roster app", 3, overdue_tasks=2),
    make_row(3, "Specialist software", 1, light="red", light_reason="No budget"),
    make_row(4, "E-file", 7),
    make_row(5, "Website relaunch", None),
]


@pytest.fixture
def board(qtbot):
    widget = ProjectBoard()
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.set_rows(ROWS)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def titles(board: ProjectBoard, column: int) -> list[str]:
    return [row.title for row in board.rows_in_column(column)]


def current_title(board: ProjectBoard) -> str | None:
    row = board.current_row()
    return row.title if row is not None else None


def test_rows_land_in_the_column_of_their_step(board):
    assert len(board.lists) == 13
    assert titles(board, 0) == ["Specialist software"]
    assert titles(board, 2) == ["Online counselling", "Duty roster app"]
    assert titles(board, 6) == ["E-file"]
    assert titles(board, 12) == ["Website relaunch"]
    assert sum(len(board.rows_in_column(c)) for c in range(13)) == len(ROWS)
    assert "2 measure" in board.headers[2].text()  # %n plural: the words come translated
    assert board.headers[2].text().startswith("<b>3 · ")
    assert "Completed" in board.headers[12].text()
    assert not board.empty_label.isVisible()


def test_column_names_for_screen_readers(board):
    name = board.lists[2].accessibleName()
    assert name.startswith("Step 3: ") and name.endswith(board.count_text(2))
    assert board.lists[0].accessibleName().endswith(board.count_text(1))
    assert "2 measure" in board.count_text(2) and "1 measure" in board.count_text(1)
    assert board.lists[12].accessibleName().startswith("Completed")
    assert unnamed_controls(board) == []


def test_cards_say_the_light_in_words(board):
    model = board.models[2]
    amber = model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)
    assert "Online counselling" in amber and "Amber" in amber and "Ada" in amber
    overdue = model.data(model.index(1, 0), Qt.ItemDataRole.AccessibleTextRole)
    assert "Green" in overdue and "2 overdue" in overdue
    red = board.models[0].data(board.models[0].index(0, 0), Qt.ItemDataRole.AccessibleTextRole)
    assert "Red" in red
    tooltip = board.models[0].data(board.models[0].index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "No budget" in tooltip
    lines = board.card_lines(ROWS[1])
    assert lines[0].startswith("Green") and lines[-1] == "⚠ 2 overdue"


def test_cards_have_room_for_all_their_lines(board):
    view = board.lists[2]
    one = view.visualRect(board.models[2].index(0, 0))
    two = view.visualRect(board.models[2].index(1, 0))
    line = view.fontMetrics().lineSpacing()
    assert one.height() >= 6 * line  # two title lines, three lines and the overdue line
    assert two.height() == one.height(), "all cards alike, so thousands lay out at once"
    assert one.width() >= view.viewport().width() - 2


def test_keyboard_moves_across_and_within_columns(board, qtbot):
    board.lists[0].setFocus()
    qtbot.waitUntil(lambda: board.lists[0].hasFocus())
    assert current_title(board) == "Specialist software"

    qtbot.keyClick(board.lists[0], Qt.Key.Key_Right)  # skips the empty step 2
    assert board.lists[2].hasFocus()
    assert current_title(board) == "Online counselling"

    qtbot.keyClick(board.lists[2], Qt.Key.Key_Down)
    assert current_title(board) == "Duty roster app"

    qtbot.keyClick(board.lists[2], Qt.Key.Key_Right)  # keeps a similar row: only one there
    assert board.lists[6].hasFocus()
    assert current_title(board) == "E-file"

    qtbot.keyClick(board.lists[6], Qt.Key.Key_Right)
    assert current_title(board) == "Website relaunch"
    qtbot.keyClick(board.lists[12], Qt.Key.Key_Right)  # the last column: stays
    assert current_title(board) == "Website relaunch"

    qtbot.keyClick(board.lists[12], Qt.Key.Key_Left)
    qtbot.keyClick(board.lists[6], Qt.Key.Key_Left)
    assert board.lists[2].hasFocus()
    assert current_title(board) == "Online counselling"
    qtbot.keyClick(board.lists[2], Qt.Key.Key_Left)
    assert current_title(board) == "Specialist software"


def test_enter_and_double_click_open_the_measure(board, qtbot):
    board.select_id(2)
    with qtbot.waitSignal(board.open_requested) as signal:
        qtbot.keyClick(board.lists[2], Qt.Key.Key_Return)
    assert signal.args == [2]

    view = board.lists[6]
    rect = view.visualRect(board.models[6].index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(board.open_requested) as signal:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [4]


def test_tab_reaches_the_board_once(board, qtbot):
    focusable = [v for v in board.lists if v.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert focusable == [board.lists[0]]
    board.select_id(4)
    focusable = [v for v in board.lists if v.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert focusable == [board.lists[6]]
    assert board.lists[1].focusPolicy() == Qt.FocusPolicy.NoFocus  # empty step


def test_reload_keeps_the_current_card(board):
    board.select_id(2)
    board.set_rows([make_row(2, "Duty roster app", 4), *ROWS[2:]])
    assert current_title(board) == "Duty roster app"
    assert titles(board, 3) == ["Duty roster app"]
    assert titles(board, 2) == []


def test_empty_board_says_so(qtbot):
    widget = ProjectBoard()
    qtbot.addWidget(widget)
    widget.set_rows([])
    widget.show()
    assert widget.empty_label.isVisible()
    assert "No measures" in widget.empty_label.text()
    assert not widget.scroll.isVisible()
    assert unnamed_controls(widget) == []

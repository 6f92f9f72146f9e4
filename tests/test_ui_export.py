"""Exporting tables from the GUI: what the user sees, typed, as XLSX or CSV.

The file dialog is replaced by a function that answers with a path in the test's folder; the
files are read back with openpyxl and the csv module and compared with the tables.
"""

from __future__ import annotations

import csv
import io
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from digiwandel import exports, i18n
from digiwandel.ui import check_texts as tx
from digiwandel.ui import export as ui_export
from digiwandel.ui.context import AppContext
from digiwandel.ui.main_window import MainWindow
from digiwandel.ui.widgets import Column, ListPanel, RowTableModel


@pytest.fixture
def win(qtbot, tmp_path):
    from digiwandel.services.demo import create_demo_file

    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_path(create_demo_file(tmp_path / "demo.sqlite3"))
    window.show()
    return window


@pytest.fixture
def save_as(monkeypatch):
    """Answer the next file dialogs with these paths; the dialog's arguments are recorded."""
    answers: list[Path] = []
    asked: list[tuple] = []

    def dialog(parent, caption, directory, filters, selected=""):
        asked.append((caption, directory, filters, selected))
        path = answers.pop(0)
        return str(path), filters.split(";;")[1 if path.suffix == ".csv" else 0]

    monkeypatch.setattr(ui_export.QFileDialog, "getSaveFileName", dialog)

    def answer(*paths: Path) -> list[tuple]:
        answers.extend(paths)
        return asked

    return answer


def show_measures(win):
    page = win.projects
    win.navigation.setCurrentRow(win.stack.indexOf(page))
    QApplication.processEvents()
    assert page.model.rowCount() > 3
    return page


def shown_rows(page) -> list[list]:
    """The typed values of the rows the portfolio table shows, in its order."""
    rows = []
    for row in range(page.proxy.rowCount()):
        source = page.proxy.mapToSource(page.proxy.index(row, 0)).row()
        rows.append(page.model.export_row(source))
    return rows


def as_read_back(value):
    """What openpyxl reads for a written value: dates come back as datetimes."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day)
    return value


def xlsx_rows(path: Path) -> list[list]:
    sheet = openpyxl.load_workbook(path).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def csv_rows(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


# ---- the portfolio ----------------------------------------------------------------------------
def test_measures_export_to_xlsx_with_typed_cells(win, save_as, tmp_path):
    page = show_measures(win)
    target = tmp_path / "out" / "measures.xlsx"
    target.parent.mkdir()
    save_as(target)
    page.export_button.click()
    rows = xlsx_rows(target)
    assert rows[0] == headers(page.model)
    assert len(rows) - 1 == page.model.rowCount() == page.proxy.rowCount()
    assert rows[1:] == [[as_read_back(v) for v in row] for row in shown_rows(page)]
    # Money, progress, end date and overdue tasks are real numbers and dates, not texts.
    sheet = openpyxl.load_workbook(target).active
    columns = {name: index + 1 for index, name in enumerate(rows[0])}
    planned = [sheet.cell(r, columns["Budget planned"]) for r in range(2, len(rows) + 1)]
    assert all(isinstance(c.value, int | float) for c in planned)
    assert sum(c.value for c in planned) > 0
    assert "€" in planned[0].number_format
    ends = [sheet.cell(r, columns["End"]) for r in range(2, len(rows) + 1)]
    assert any(c.is_date for c in ends)
    assert all(c.is_date for c in ends if c.value is not None)
    assert all(isinstance(sheet.cell(r, columns["Progress"]).value, int | float) for r in (2, 3))
    assert sheet.freeze_panes == "A2"
    message = win.statusBar().currentMessage()
    assert str(page.model.rowCount()) in message and str(target) in message


def test_measures_export_to_csv_in_german(win, save_as, tmp_path, qapp):
    i18n.install(qapp, "de")
    page = show_measures(win)
    target = tmp_path / "Maßnahmen.csv"
    save_as(target)
    page.export_button.click()
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = csv_rows(target)
    assert len(rows) - 1 == page.proxy.rowCount()
    expected = shown_rows(page)
    assert [r[0] for r in rows[1:]] == [r[0] for r in expected]
    budget = headers(page.model).index(page.model.headerData(7, Qt.Orientation.Horizontal))
    first = expected[0]
    # German Excel: decimal comma, two decimals for money, dates as 31.12.2026.
    assert rows[1][budget] == f"{first[budget]:.2f}".replace(".", ",")
    end = 6
    dated = next(i for i, r in enumerate(expected) if r[end] is not None)
    assert rows[dated + 1][end] == expected[dated][end].strftime("%d.%m.%Y")


def test_the_export_follows_the_filter_and_the_sort_order(win, save_as, tmp_path):
    page = show_measures(win)
    total = page.model.rowCount()
    page.search.setText("digital")
    QApplication.processEvents()
    shown = page.proxy.rowCount()
    assert 0 < shown < total
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    titles = [page.proxy.index(r, 0).data() for r in range(shown)]
    assert titles == sorted(titles, key=str.casefold, reverse=True)
    target = tmp_path / "filtered.xlsx"
    save_as(target)
    page.export_button.click()
    rows = xlsx_rows(target)
    assert [r[0] for r in rows[1:]] == titles


def test_hidden_columns_are_not_exported_and_moved_ones_keep_their_place(win, save_as, tmp_path):
    page = show_measures(win)
    names = headers(page.model)
    page.table.setColumnHidden(2, True)  # Status
    page.table.horizontalHeader().moveSection(1, 0)  # Light before Measure
    target = tmp_path / "columns.csv"
    save_as(target)
    page.export_button.click()
    header = csv_rows(target)[0]
    assert header[:2] == [names[1], names[0]]
    assert names[2] not in header
    assert len(header) == len(names) - 1


def test_the_folder_and_the_format_are_remembered(win, save_as, tmp_path):
    page = show_measures(win)
    folder = tmp_path / "exports"
    folder.mkdir()
    asked = save_as(folder / "first.csv", folder / "second.csv")
    page.export_button.click()
    page.export_button.click()
    _caption, directory, _filters, selected = asked[1]
    assert Path(directory).parent == folder
    assert directory.endswith(".csv")
    assert selected.endswith("(*.csv)")
    assert QSettings().value(ui_export.FOLDER_KEY) == str(folder)


def test_a_name_without_ending_gets_the_chosen_type(win, monkeypatch, tmp_path):
    page = show_measures(win)
    monkeypatch.setattr(
        ui_export.QFileDialog,
        "getSaveFileName",
        lambda *a: (str(tmp_path / "plain"), ui_export._csv_filter()),
    )
    page.export_button.click()
    assert csv_rows(tmp_path / "plain.csv")[0] == headers(page.model)


def test_a_file_open_elsewhere_is_reported_and_left_alone(win, save_as, tmp_path, monkeypatch):
    page = show_measures(win)
    target = tmp_path / "open-in-excel.xlsx"
    target.write_bytes(b"the earlier export")
    save_as(target)

    def locked(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(exports, "write_xlsx", locked)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    page.export_button.click()
    assert len(warnings) == 1
    assert str(target) in warnings[0] and "Excel" in warnings[0]
    assert target.read_bytes() == b"the earlier export"
    assert QApplication.overrideCursor() is None


def test_the_export_is_reachable_from_the_keyboard_and_named(win):
    page = show_measures(win)
    button = page.export_button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert button.accessibleName() == "Export “Portfolio of measures”"
    actions = [a.text() for a in page.table.actions()]
    assert "Export table…" in actions
    assert page.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


# ---- the check ------------------------------------------------------------------------------
def show_newest_check(win):
    win.navigation.setCurrentRow(2)
    page = win.stack.currentWidget()
    completed = [r for r in page.model.rows() if r.status == "completed"]
    newest = max(completed, key=lambda r: r.assessed_on)
    page.panel.select_id(newest.id)
    page.tabs.setCurrentWidget(page.results)
    QApplication.processEvents()
    return page


def test_check_results_export_only_what_the_table_shows(win, save_as, tmp_path):
    page = show_newest_check(win)
    view = page.results
    target = tmp_path / "areas.xlsx"
    asked = save_as(target)
    view.breakdown_export.click()
    assert Path(asked[0][1]).stem.startswith(view.results.assessment.title)
    rows = xlsx_rows(target)
    model = view.breakdown_model
    assert rows[0] == headers(model)
    assert len(rows) - 1 == model.rowCount()
    by_group = {row[0]: row[1:] for row in rows[1:]}
    # A group under the privacy threshold stays hidden in the file too.
    assert set(by_group["Area: Wohnen"]) == {tx.too_few()}
    shown_area = by_group["Area: Verwaltung"]
    assert all(v is None or isinstance(v, float | int) for v in shown_area)
    assert sum(isinstance(v, float | int) for v in shown_area) >= 5
    hidden = [k for k, v in view.results.area_percentages.items() if v is None] + [
        k for k, v in view.results.group_percentages.items() if v is None
    ]
    assert hidden
    too_few_rows = [name for name, cells in by_group.items() if set(cells) == {tx.too_few()}]
    assert len(too_few_rows) == len(hidden)
    # The figures are the table's, one decimal more precise.
    for row in range(model.rowCount()):
        name = model.index(row, 0).data()
        for column in range(1, model.columnCount()):
            shown = model.index(row, column).data()
            value = by_group[name][column - 1]
            if shown == tx.too_few():
                assert value == shown
            else:
                assert tx.percent(value) == shown


def test_the_dimension_table_exports_typed_results(win, save_as, tmp_path):
    page = show_newest_check(win)
    view = page.results
    target = tmp_path / "dimensions.csv"
    save_as(target)
    view.dimension_export.click()
    rows = csv_rows(target)
    assert rows[0] == headers(view.dimension_model)
    assert len(rows) - 1 == view.dimension_model.rowCount() == 9
    for row, (_title, score) in zip(rows[1:], view.dimension_model.rows(), strict=True):
        assert float(row[1]) == pytest.approx(score.percent)


def test_the_answer_sheets_list_exports_through_its_panel(win, save_as, tmp_path):
    page = show_newest_check(win)
    page.tabs.setCurrentWidget(page.respondents)
    QApplication.processEvents()
    panel = page.respondents.panel
    assert panel.export_button.isEnabled()
    target = tmp_path / "sheets.xlsx"
    save_as(target)
    panel.export_button.click()
    rows = xlsx_rows(target)
    assert rows[0] == headers(panel.model)
    assert len(rows) - 1 == panel.model.rowCount() > 0
    assert all(isinstance(r[0], int) for r in rows[1:])  # the sheet number stays a number


# ---- any list ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Entry:
    id: int
    name: str
    amount: float
    due: date | None


def entry_panel(qtbot, count: int) -> ListPanel:
    model = RowTableModel(
        [
            Column("Name", lambda e: e.name),
            Column(
                "Amount", lambda e: f"{e.amount:.2f} €", export=lambda e: e.amount, kind="money"
            ),
            Column("Due", lambda e: e.due.isoformat() if e.due else "", export=lambda e: e.due),
        ]
    )
    panel = ListPanel(
        model,
        name="Entries",
        add_text="&New",
        edit_text="&Edit",
        delete_text="&Delete",
        search_placeholder="Search",
    )
    qtbot.addWidget(panel)
    model.set_rows(
        [
            Entry(i, f"Entry {i:05d}", i * 1.25, date(2026, 1, 1 + i % 28) if i % 3 else None)
            for i in range(count)
        ]
    )
    return panel


def test_every_list_panel_exports_its_filtered_sorted_rows(qtbot, save_as, tmp_path):
    panel = entry_panel(qtbot, 40)
    panel.search.setText("Entry 0001")  # 10 … 19
    panel.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    target = tmp_path / "entries.xlsx"
    save_as(target)
    panel.export_button.click()
    rows = xlsx_rows(target)
    assert rows[0] == ["Name", "Amount", "Due"]
    assert [r[0] for r in rows[1:]] == [f"Entry {i:05d}" for i in range(19, 9, -1)]
    assert rows[1][1] == 19 * 1.25
    assert rows[1][2] == datetime(2026, 1, 20)
    assert rows[2][2] is None  # entry 18: no date, an empty cell


def test_a_model_without_export_role_exports_its_texts(qtbot, tmp_path):
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    model = QStandardItemModel(2, 2)
    model.setHorizontalHeaderLabels(["A", "B"])
    for row in range(2):
        for column in range(2):
            model.setItem(row, column, QStandardItem(f"{row}/{column}"))
    ui_export.write_table(tmp_path / "plain.xlsx", model, "Plain")
    assert xlsx_rows(tmp_path / "plain.xlsx") == [["A", "B"], ["0/0", "0/1"], ["1/0", "1/1"]]


def test_five_thousand_rows_export_fast(qtbot, save_as, tmp_path):
    panel = entry_panel(qtbot, 5000)
    target = tmp_path / "many.xlsx"
    save_as(target)
    start = time.perf_counter()
    panel.export_button.click()
    elapsed = time.perf_counter() - start
    # Under a second on an ordinary PC; the margin absorbs a busy test machine.
    assert elapsed < 2.0, elapsed
    assert len(xlsx_rows(target)) == 5001


def test_the_drivers_examples_export_as_filtered(win, save_as, tmp_path):
    import openpyxl
    from PySide6.QtWidgets import QPushButton

    from digiwandel.ui.pages.drivers import DriversPage

    win.navigation.setCurrentRow(3)
    page = win.stack.currentWidget()
    assert isinstance(page, DriversPage)
    proxy = page.examples_proxy
    assert page.examples.rowCount() > 1
    word = proxy.index(0, 0).data().split()[0]
    page.search.setText(word)
    assert 0 < proxy.rowCount() < page.examples.rowCount()
    (button,) = [
        b for b in page.findChildren(QPushButton) if b.accessibleName() == "Export “Examples”"
    ]
    target = tmp_path / "examples.xlsx"
    save_as(target)
    button.click()
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 1 + proxy.rowCount()
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert [row[0] for row in rows[1:]] == shown

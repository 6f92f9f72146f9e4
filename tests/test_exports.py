"""Table exports without Qt: CSV for German Excel and typed XLSX workbooks."""

from __future__ import annotations

import csv
import io
import os
import time
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from digiwandel import exports

HEADER = ["Measure", "Budget", "Progress", "End", "Tasks", "Done", "Note"]
KINDS = ["text", "money", "percent", "date", "integer", None, "text"]
ROWS = [
    ["Cloud-Office für die Verwaltung", 1450.5, 42.5, date(2026, 12, 31), 3, True, None],
    ['Dienstplan "Lindenweg"; Gruppe 2', 0.0, 100.0, None, 0, False, "Zeile 1\nZeile 2"],
    ['=HYPERLINK("http://x")', -12.25, 0.5, date(2025, 1, 2), 12000, None, "@home"],
]


def read_csv(path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


# ---- CSV ------------------------------------------------------------------------------------
def test_csv_is_utf8_with_bom_and_semicolons_for_german_excel(tmp_path):
    path = tmp_path / "portfolio.csv"
    exports.write_csv(path, HEADER, ROWS, kinds=KINDS)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    first_line = data[3:].split(b"\r\n")[0].decode("utf-8")
    assert first_line == "Measure;Budget;Progress;End;Tasks;Done;Note"
    assert "für".encode() in data  # umlauts as UTF-8, not Latin-1


def test_csv_writes_numbers_with_a_decimal_comma_and_german_dates(tmp_path):
    path = tmp_path / "portfolio.csv"
    exports.write_csv(path, HEADER, ROWS, kinds=KINDS)
    rows = read_csv(path)
    assert rows[1] == [
        "Cloud-Office für die Verwaltung",
        "1450,50",
        "42,5",
        "31.12.2026",
        "3",
        "1",
        "",
    ]
    # No group separator: "12.000" would read as twelve in German Excel.
    assert rows[3][1:5] == ["-12,25", "0,5", "02.01.2025", "12000"]


def test_csv_in_english_uses_a_decimal_point_and_iso_dates(tmp_path):
    path = tmp_path / "en.csv"
    exports.write_csv(
        path,
        HEADER,
        ROWS,
        kinds=KINDS,
        decimal_point=".",
        date_format="%Y-%m-%d",
        bool_texts=("yes", "no"),
    )
    rows = read_csv(path)
    assert rows[1][1:6] == ["1450.50", "42.5", "2026-12-31", "3", "yes"]
    assert rows[2][5] == "no"


def test_csv_quotes_semicolons_quotes_and_line_breaks(tmp_path):
    path = tmp_path / "quoted.csv"
    exports.write_csv(path, HEADER, ROWS, kinds=KINDS)
    raw = path.read_bytes().decode("utf-8-sig")
    assert '"Dienstplan ""Lindenweg""; Gruppe 2"' in raw
    assert '"Zeile 1\nZeile 2"' in raw
    rows = read_csv(path)
    assert rows[2][0] == 'Dienstplan "Lindenweg"; Gruppe 2'
    assert rows[2][6] == "Zeile 1\nZeile 2"
    assert len(rows) == 1 + len(ROWS)


def test_csv_text_never_becomes_a_formula(tmp_path):
    path = tmp_path / "formula.csv"
    exports.write_csv(path, HEADER, ROWS, kinds=KINDS)
    rows = read_csv(path)
    assert rows[3][0] == '\'=HYPERLINK("http://x")'
    assert rows[3][6] == "'@home"
    assert rows[3][1] == "-12,25"  # a negative number is a number, not text


def test_csv_without_kinds_writes_values_by_their_type(tmp_path):
    path = tmp_path / "plain.csv"
    exports.write_csv(
        path,
        ["a", "b", "c", "d"],
        [[Decimal("3.10"), 1e-05, datetime(2026, 3, 4, 5, 6), 2.0]],
    )
    assert read_csv(path)[1] == ["3,10", "0,00001", "04.03.2026 05:06", "2"]


# ---- XLSX -----------------------------------------------------------------------------------
def test_xlsx_reads_back_with_openpyxl_to_the_same_values(tmp_path):
    path = tmp_path / "portfolio.xlsx"
    exports.write_xlsx(path, HEADER, ROWS, "Portfolio", kinds=KINDS)
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Portfolio"
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0] == HEADER
    for written, read in zip(ROWS, values[1:], strict=True):
        expected = [datetime(v.year, v.month, v.day) if isinstance(v, date) else v for v in written]
        assert read == expected
    # Types survive: numbers are numbers, yes/no are booleans, a date is a date.
    budget, progress, end, tasks, done = (sheet.cell(2, c) for c in range(2, 7))
    assert progress.value == 42.5
    assert isinstance(budget.value, float) and budget.data_type == "n"
    assert isinstance(tasks.value, int)
    assert done.value is True and done.data_type == "b"
    assert end.is_date
    # A text that looks like a formula stays text.
    assert sheet["A4"].data_type == "s"
    assert sheet["A4"].value == '=HYPERLINK("http://x")'


def test_xlsx_has_a_bold_frozen_header_a_filter_formats_and_widths(tmp_path):
    path = tmp_path / "portfolio.xlsx"
    exports.write_xlsx(path, HEADER, ROWS, "Portfolio", kinds=KINDS)
    sheet = openpyxl.load_workbook(path).active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:G4"
    assert all(cell.font.b for cell in sheet[1])
    assert "€" in sheet["B2"].number_format
    assert "%" in sheet["C2"].number_format
    assert sheet["D2"].number_format == "DD.MM.YYYY"
    assert sheet["E2"].number_format == "#,##0"
    widths = {k: d.width for k, d in sheet.column_dimensions.items()}
    assert set(widths) == set("ABCDEFG")
    assert all(exports.MIN_WIDTH <= w <= exports.MAX_WIDTH for w in widths.values())
    # The widest text decides: the long measure title is wider than the Tasks column.
    assert widths["A"] > widths["E"]
    assert widths["A"] >= len("Cloud-Office für die Verwaltung")


def test_xlsx_widths_are_bounded_and_english_formats_apply(tmp_path):
    path = tmp_path / "long.xlsx"
    exports.write_xlsx(
        path,
        ["Text", "€", "Day"],
        [["x" * 500, 5, date(2026, 1, 1)]],
        "Long",
        kinds=["text", "money", "date"],
        language="en",
    )
    sheet = openpyxl.load_workbook(path).active
    assert sheet.column_dimensions["A"].width == exports.MAX_WIDTH
    assert sheet.column_dimensions["B"].width == exports.MIN_WIDTH
    assert sheet["B2"].number_format.startswith('"€"')
    assert sheet["C2"].number_format == "D MMM YYYY"


def test_xlsx_sheet_title_and_control_characters_are_made_valid(tmp_path):
    path = tmp_path / "odd.xlsx"
    exports.write_xlsx(
        path, ["Note"], [["bell\x07 and tab\tstay"]], "Check 2026: Areas/levels [draft] and more"
    )
    sheet = openpyxl.load_workbook(path).active
    assert len(sheet.title) <= 31
    assert not set(sheet.title) & set("[]:*?/\\")
    assert sheet["A2"].value == "bell and tab\tstay"


# ---- failures -------------------------------------------------------------------------------
def _writer(suffix: str):
    if suffix == "csv":
        return exports.write_csv
    return lambda path, header, rows: exports.write_xlsx(path, header, rows, "Sheet")


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_failed_export_leaves_no_file_behind(tmp_path, suffix):
    path = tmp_path / f"broken.{suffix}"
    write = _writer(suffix)
    # A row of the wrong length is refused before anything is written …
    with pytest.raises(ValueError):
        write(path, HEADER, [["only one cell"]])
    # … and so is a value that is no cell.
    with pytest.raises(TypeError):
        write(path, ["a"], [["fine"]] * 100 + [[object()]])
    assert list(tmp_path.iterdir()) == []


def test_a_csv_export_failing_half_way_leaves_no_file(tmp_path):
    class Exploding(list):
        """Rows that pass the check, then fail while being written."""

        passes = 0

        def __iter__(self):
            Exploding.passes += 1
            yield from super().__iter__()
            if Exploding.passes > 1:
                raise OSError(28, "No space left on device")

    path = tmp_path / "half.csv"
    with pytest.raises(OSError, match="No space"):
        exports.write_csv(path, ["a"], Exploding([["written"]] * 1000))
    assert Exploding.passes == 2
    assert list(tmp_path.iterdir()) == []


def test_an_xlsx_export_failing_while_saving_keeps_the_earlier_file(tmp_path, monkeypatch):
    path = tmp_path / "kept.xlsx"
    exports.write_xlsx(path, ["a"], [["first"]], "Sheet")
    before = path.read_bytes()

    real_save = openpyxl.Workbook.save

    def full_disk(workbook, stream):
        buffer = io.BytesIO()
        real_save(workbook, buffer)
        stream.write(buffer.getvalue()[:100])  # the disk fills up half-way
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", full_disk)
    with pytest.raises(OSError, match="No space"):
        exports.write_xlsx(path, ["a"], [["second"]], "Sheet")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_failed_export_keeps_the_earlier_file(tmp_path, suffix):
    path = tmp_path / f"kept.{suffix}"
    write = _writer(suffix)
    write(path, ["a"], [["first"]])
    before = path.read_bytes()
    with pytest.raises(TypeError):
        write(path, ["a"], [["second"], [object()]])
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_a_folder_without_write_permission_raises_permission_error(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(PermissionError):
            exports.write_csv(folder / "x.csv", ["a"], [["b"]])
    finally:
        folder.chmod(0o700)


def test_five_thousand_rows_export_quickly(tmp_path):
    rows = [
        [f"Maßnahme {i}", 1000.0 + i, i % 100 + 0.5, date(2026, 1, 1 + i % 28), i, i % 2 == 0, ""]
        for i in range(5000)
    ]
    start = time.perf_counter()
    exports.write_xlsx(tmp_path / "big.xlsx", HEADER, rows, "Big", kinds=KINDS)
    exports.write_csv(tmp_path / "big.csv", HEADER, rows, kinds=KINDS)
    elapsed = time.perf_counter() - start
    # Well under a second on an ordinary PC; the margin absorbs a busy test machine.
    assert elapsed < 2.0, elapsed
    sheet = openpyxl.load_workbook(tmp_path / "big.xlsx", read_only=True).active
    assert sum(1 for _row in sheet.iter_rows()) == 5001


def test_an_unknown_column_kind_is_refused(tmp_path):
    with pytest.raises(ValueError, match="currency"):
        exports.write_xlsx(tmp_path / "x.xlsx", ["a"], [[1]], "S", kinds=["currency"])
    assert list(tmp_path.iterdir()) == []

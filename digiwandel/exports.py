"""Tables written to CSV and XLSX files, from typed cells.

No Qt and no database: callers pass a header and rows of plain Python values (text, whole
numbers, decimals, dates, yes/no, nothing). The CSV is made for German Excel: UTF-8 with a
byte order mark, semicolons between cells, a decimal comma and dates as 31.12.2026, so a
double click opens it with umlauts intact and numbers as numbers. The XLSX keeps every value
typed, with a bold and frozen header row, a filter on it and columns as wide as their text.

Both writers first write a temporary file next to the target and then replace the target
with it: a failed export (disk full, the file open in Excel) never leaves half a file.
"""

from __future__ import annotations

import csv
import math
import os
import re
import secrets
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

Cell = str | int | float | Decimal | date | datetime | bool | None

# What a column holds, for its number format; without a kind the value's type decides.
KINDS = ("text", "number", "integer", "money", "percent", "date")

# Excel refuses more characters in one cell.
EXCEL_CELL_LIMIT = 32_767
MIN_WIDTH, MAX_WIDTH = 8, 60  # column widths in characters

# Spreadsheets run a cell that starts like this as a formula: text from the user (a measure
# called "=HYPERLINK(...)") must stay text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Control characters are not allowed in the XML of a workbook.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Characters a sheet title may not contain, and its length limit.
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")
_SHEET_TITLE_LIMIT = 31

# Number formats per language. Excel writes format codes with "." and "," and shows them
# in the reader's own way; dates and the currency sign are spelt out as the UI does.
XLSX_FORMATS = {
    "de": {
        "date": "DD.MM.YYYY",
        "datetime": "DD.MM.YYYY HH:MM",
        "money": '#,##0.00" €"',
        "percent": '0" %"',
        "integer": "#,##0",
    },
    "en": {
        "date": "D MMM YYYY",
        "datetime": "D MMM YYYY HH:MM",
        "money": '"€"#,##0.00',
        "percent": '0"%"',
        "integer": "#,##0",
    },
}


def _check_shape(header: Sequence[str], rows: Sequence[Sequence[Cell]], kinds) -> None:
    width = len(header)
    if kinds is not None:
        if len(kinds) != width:
            raise ValueError(f"{len(kinds)} kinds for {width} columns")
        unknown = set(kinds) - {*KINDS, None}
        if unknown:
            raise ValueError(f"unknown column kinds: {sorted(unknown)}")
    for number, row in enumerate(rows, 1):
        if len(row) != width:
            raise ValueError(f"row {number} has {len(row)} cells, the header {width}")


@contextmanager
def _replacing(path: Path, mode: str, **open_args):
    """A file next to the target that replaces the target once it is complete.

    Opened the ordinary way (not with mkstemp), so the export gets the usual permissions.
    """
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temp, mode.replace("w", "x"), **open_args) as stream:
            yield stream
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


# ---- CSV ------------------------------------------------------------------------------------
def _plain_number(value: float | int | Decimal, decimals: int | None = None) -> str:
    """A number without group separators, with "." as the decimal point."""
    if isinstance(value, Decimal):
        return format(value if decimals is None else round(value, decimals), "f")
    if isinstance(value, int):
        return str(value) if decimals is None else f"{value:.{decimals}f}"
    if not math.isfinite(value):
        return ""
    if decimals is not None:
        return f"{value:.{decimals}f}"
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = repr(value)
    if "e" in text:  # 1e-05: spreadsheets read the plain form more reliably
        text = format(value, "f").rstrip("0").rstrip(".")
    return text


def _safe_text(text: str) -> str:
    """Text that a spreadsheet shows as text, not runs as a formula."""
    if text.startswith(_FORMULA_START) and text not in ("-", "+"):
        return "'" + text
    return text


def _csv_cell(
    value: Cell,
    kind: str | None,
    decimal_point: str,
    date_format: str,
    bool_texts: tuple[str, str],
) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return bool_texts[0] if value else bool_texts[1]
    if isinstance(value, int | float | Decimal):
        text = _plain_number(value, 2 if kind == "money" else None)
        return text.replace(".", decimal_point)
    if isinstance(value, datetime):
        return value.strftime(date_format + " %H:%M")
    if isinstance(value, date):
        return value.strftime(date_format)
    if isinstance(value, str):
        return _safe_text(value)
    raise TypeError(f"cannot export a {type(value).__name__}")


def write_csv(
    path: str | os.PathLike,
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    kinds: Sequence[str | None] | None = None,
    decimal_point: str = ",",
    date_format: str = "%d.%m.%Y",
    bool_texts: tuple[str, str] = ("1", "0"),
) -> None:
    """Write a semicolon-separated UTF-8 file with a byte order mark.

    Numbers carry no group separator and `decimal_point` as their decimal mark (German
    Excel reads "1234,5" as a number), money two decimals; dates follow `date_format`
    (strftime), yes/no the two `bool_texts`. Cells with a semicolon, quote or line break
    are quoted; text that would start a formula gets a leading apostrophe.
    """
    _check_shape(header, rows, kinds)
    column_kinds = list(kinds) if kinds is not None else [None] * len(header)

    def cell(value: Cell, kind: str | None) -> str:
        return _csv_cell(value, kind, decimal_point, date_format, bool_texts)

    with _replacing(Path(path), "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", quotechar='"', lineterminator="\r\n")
        writer.writerow([_safe_text(str(h)) for h in header])
        writer.writerows(
            [cell(v, k) for v, k in zip(row, column_kinds, strict=True)] for row in rows
        )


# ---- XLSX -----------------------------------------------------------------------------------
def sheet_title_for(text: str) -> str:
    """A valid worksheet name: no []:*?/\\, at most 31 characters, never empty."""
    title = _SHEET_TITLE_BAD.sub(" ", text).strip().strip("'")
    return title[:_SHEET_TITLE_LIMIT].strip() or "Sheet1"


def _text_width(value: Cell, kind: str | None) -> int:
    """About how many characters a value takes on screen, for the column width."""
    if value is None:
        return 0
    if isinstance(value, bool):
        return 6
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 11
    if isinstance(value, int | float | Decimal):
        if isinstance(value, float) and not math.isfinite(value):
            return 0
        if kind == "money":
            return len(f"{value:,.2f}") + 2
        if kind in ("percent", "integer"):  # shown without decimals
            return len(f"{value:,.0f}") + (2 if kind == "percent" else 0)
        return len(f"{value:,.10g}")
    text = str(value)
    return max(len(line) for line in text.split("\n")) if "\n" in text else len(text)


def _xlsx_text(text: str) -> str:
    text = _ILLEGAL.sub("", text)
    return text if len(text) <= EXCEL_CELL_LIMIT else text[: EXCEL_CELL_LIMIT - 1] + "…"


def write_xlsx(
    path: str | os.PathLike,
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    sheet_title: str,
    *,
    kinds: Sequence[str | None] | None = None,
    language: str = "de",
) -> None:
    """Write one worksheet: typed cells, a bold frozen header row with a filter, and
    columns fitted to their content (between 8 and 60 characters).

    Numbers stay numbers, dates real dates and yes/no real booleans; a column of kind
    "money" shows euros, "percent" a percent sign after its value (the value itself stays
    0–100, as the program shows it), "integer" group separators. `language` ("de"/"en")
    picks how dates and amounts are written.
    """
    _check_shape(header, rows, kinds)
    # Loaded on first use: most sessions never export.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    formats = XLSX_FORMATS.get(language, XLSX_FORMATS["de"])
    column_kinds = list(kinds) if kinds is not None else [None] * len(header)
    widths = [len(str(h)) + 3 for h in header]  # room for the filter button
    for row in rows:
        for index, (value, kind) in enumerate(zip(row, column_kinds, strict=True)):
            width = _text_width(value, kind)
            if width > widths[index]:
                widths[index] = width

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title_for(sheet_title))
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = min(
            max(width + 2, MIN_WIDTH), MAX_WIDTH
        )
    sheet.freeze_panes = "A2"

    converters = [_xlsx_converter(sheet, kind, formats, WriteOnlyCell) for kind in column_kinds]
    # Every value is checked before the sheet starts writing: a half-written sheet would
    # leave openpyxl's own temporary file behind.
    cells = [
        [convert(value) for convert, value in zip(converters, row, strict=True)] for row in rows
    ]
    bold = Font(bold=True)
    heading = []
    for text in header:
        cell = WriteOnlyCell(sheet, _xlsx_text(str(text)))
        cell.data_type = "s"
        cell.font = bold
        heading.append(cell)
    sheet.append(heading)

    for row in cells:
        sheet.append(row)

    last = f"{get_column_letter(max(len(header), 1))}{len(rows) + 1}"
    sheet.auto_filter.ref = f"A1:{last}"

    with _replacing(Path(path), "wb") as stream:
        workbook.save(stream)


def _xlsx_converter(sheet, kind: str | None, formats: dict[str, str], cell_type) -> Callable:
    """A function from a value of the column to what the worksheet gets: plain values as they
    are (fast), a cell object where a number format or a forced text type is needed."""
    number_format = formats.get(kind or "")

    def styled(value, fmt: str):
        cell = cell_type(sheet, value)
        cell.number_format = fmt
        return cell

    def convert(value: Cell):
        if value is None or isinstance(value, bool):
            return value
        if isinstance(value, str):
            text = _xlsx_text(value)
            if text.startswith("="):  # text, not a formula
                cell = cell_type(sheet, text)
                cell.data_type = "s"
                return cell
            return text
        if isinstance(value, datetime):
            if value.tzinfo is not None:  # Excel knows no time zones
                value = value.replace(tzinfo=None)
            return styled(value, formats["datetime"])
        if isinstance(value, date):
            return styled(value, formats["date"])
        if isinstance(value, float) and not math.isfinite(value):
            return None
        if not isinstance(value, int | float | Decimal):
            raise TypeError(f"cannot export a {type(value).__name__}")
        if number_format is not None and kind != "date":
            return styled(value, number_format)
        return value

    return convert

"""Export what a table shows to an Excel workbook or a semicolon-separated CSV file.

The rows are those of the view's model as the user sees them: filtered and sorted as on
screen, but all of them, not only those scrolled into view, and only the columns that are
not hidden, in their on-screen order. Cells are exported typed: a model answers
`EXPORT_ROLE` with the value behind a cell (a number, a date) and, on a header, with the
column's kind ("money", "percent", "date", "integer", "number" or "text"); where it has none,
the cell's text is exported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QSettings,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from digiwandel.exports import KINDS
from digiwandel.ui.context import ui_language

# The typed value behind a cell; on a horizontal header: the column's kind.
EXPORT_ROLE = Qt.ItemDataRole.UserRole + 50

FOLDER_KEY = "export/folder"
FORMAT_KEY = "export/format"
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def _xlsx_filter() -> str:
    return QCoreApplication.translate("TableExport", "Excel workbook (*.xlsx)")


def _csv_filter() -> str:
    return QCoreApplication.translate("TableExport", "CSV, semicolon-separated (*.csv)")


def file_name_for(text: str) -> str:
    """A file name without characters that Windows or macOS refuse."""
    name = _UNSAFE_NAME.sub(" ", text).strip(" .")
    return re.sub(r"\s+", " ", name) or "export"


# ---- collecting the rows ----------------------------------------------------------------------
def _plain(value):
    """A value from a model as a plain Python value (Qt may hand dates over as QDate)."""
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None
    if isinstance(value, QDateTime):
        return value.toPython() if value.isValid() else None
    return value


def _shown_columns(model: QAbstractItemModel, view: QAbstractItemView | None) -> list[int]:
    """The columns the view shows, in their on-screen order (the user may move them)."""
    columns = list(range(model.columnCount()))
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
        columns = [c for c in columns if not view.isColumnHidden(c)]
        columns.sort(key=header.visualIndex)
    return columns


def _source_rows(model: QAbstractItemModel) -> tuple[QAbstractItemModel, list[int]]:
    """The model under any proxies, and the rows of it that `model` shows, in its order."""
    chain = []
    source = model
    while isinstance(source, QAbstractProxyModel) and source.sourceModel() is not None:
        chain.append(source)
        source = source.sourceModel()
    rows = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        for proxy in chain:
            index = proxy.mapToSource(index)
        rows.append(index.row())
    return source, rows


def collect(
    model_or_view: QAbstractItemModel | QAbstractItemView,
) -> tuple[list[str], list[list], list[str | None]]:
    """(header, rows, kinds) of what a model or view shows, with typed cells."""
    if isinstance(model_or_view, QAbstractItemView):
        view, model = model_or_view, model_or_view.model()
    else:
        view, model = None, model_or_view
    columns = _shown_columns(model, view)
    horizontal = Qt.Orientation.Horizontal
    header = [str(model.headerData(c, horizontal) or "") for c in columns]
    source, source_rows = _source_rows(model)
    export_row = getattr(source, "export_row", None)
    if callable(export_row) and source.columnCount() == model.columnCount():
        # The models of this program give their typed rows directly: far faster than
        # asking Qt for every cell of thousands of rows.
        kinds = [source.headerData(c, horizontal, EXPORT_ROLE) for c in columns]
        rows = []
        for row in source_rows:
            values = export_row(row)
            rows.append([values[c] for c in columns])
        return header, rows, kinds

    kinds = [model.headerData(c, horizontal, EXPORT_ROLE) for c in columns]
    kinds = [k if k in KINDS else None for k in kinds]  # another model's roles may differ
    rows = []
    display = Qt.ItemDataRole.DisplayRole
    for row in range(model.rowCount()):
        cells = []
        for column in columns:
            index = model.index(row, column)
            value = _plain(model.data(index, EXPORT_ROLE))
            if value is None:
                text = model.data(index, display)
                value = None if text is None or text == "" else str(_plain(text))
            cells.append(value)
        rows.append(cells)
    return header, rows, kinds


# ---- writing ------------------------------------------------------------------------------------
def write_table(path: Path, model_or_view, sheet_title: str) -> int:
    """Write what the model or view shows to `path` (.xlsx or .csv); the number of rows."""
    from digiwandel import exports

    header, rows, kinds = collect(model_or_view)
    lang = ui_language()
    if path.suffix.lower() == ".csv":
        exports.write_csv(
            path,
            header,
            rows,
            kinds=kinds,
            decimal_point="," if lang == "de" else ".",
            date_format="%d.%m.%Y" if lang == "de" else "%Y-%m-%d",
            bool_texts=(
                QCoreApplication.translate("TableExport", "yes"),
                QCoreApplication.translate("TableExport", "no"),
            ),
        )
    else:
        exports.write_xlsx(path, header, rows, sheet_title, kinds=kinds, language=lang)
    return len(rows)


def _error_text(path: Path, exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "TableExport",
            "{path} could not be written. If the file is open in Excel or another "
            "program, close it there and export again; otherwise choose a folder in which "
            "you may save files.",
        ).format(path=path)
    return QCoreApplication.translate(
        "TableExport", "{path} could not be written: {reason}"
    ).format(path=path, reason=exc.strerror or exc)


def _ask_path(parent: QWidget | None, default_name: str) -> Path | None:
    settings = QSettings()
    folder = str(settings.value(FOLDER_KEY, "") or "")
    if not folder or not Path(folder).is_dir():
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
    csv_chosen = settings.value(FORMAT_KEY, "xlsx") == "csv"
    suffix = ".csv" if csv_chosen else ".xlsx"
    filters = [_xlsx_filter(), _csv_filter()]
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("TableExport", "Export table"),
        str(Path(folder) / (file_name_for(default_name) + suffix)),
        ";;".join(filters),
        filters[1] if csv_chosen else filters[0],
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        # A name typed without its ending gets the one of the chosen file type.
        target = target.with_name(target.name + (".csv" if chosen == filters[1] else ".xlsx"))
    settings.setValue(FOLDER_KEY, str(target.parent))
    settings.setValue(FORMAT_KEY, target.suffix.lower().lstrip("."))
    return target


def export_table(
    parent: QWidget | None,
    model_or_view: QAbstractItemModel | QAbstractItemView,
    default_name: str,
) -> Path | None:
    """Ask for a file and export the table to it; the file written, or None.

    A failed write is reported in a message box and leaves any earlier file untouched;
    success is reported in the main window's status bar.
    """
    path = _ask_path(parent, default_name)
    if path is None:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        count = write_table(path, model_or_view, default_name)
    except OSError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("TableExport", "Export failed"),
            _error_text(path, exc),
        )
        return None
    except BaseException:
        QApplication.restoreOverrideCursor()
        raise
    QApplication.restoreOverrideCursor()
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "TableExport", "%n row(s) exported to {path}", None, count
            ).format(path=path),
            6000,
        )
    return path


def export_controls(view: QAbstractItemView, default_name: str | Callable[[], str]) -> QPushButton:
    """An "Export table…" button for `view`, plus the same command in its context menu."""
    name = default_name if callable(default_name) else (lambda: default_name)
    button = QPushButton(QCoreApplication.translate("TableExport", "E&xport table…"))
    button.setToolTip(
        QCoreApplication.translate(
            "TableExport", "Save the table as shown as an Excel workbook or a CSV file"
        )
    )
    accessible = view.accessibleName()
    if accessible:
        # Several tables share a page: say which one the button exports.
        button.setAccessibleName(
            QCoreApplication.translate("TableExport", "Export “{table}”").format(table=accessible)
        )
    button.clicked.connect(lambda: export_table(button, view, name()))
    action = QAction(QCoreApplication.translate("TableExport", "Export table…"), view)
    action.triggered.connect(lambda: export_table(view, view, name()))
    if view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.addAction(action)
    return button

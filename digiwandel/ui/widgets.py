"""Reusable widgets: inline field errors, form dialogs, table models, list panels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digiwandel.services.errors import DomainError, StaleEditError
from digiwandel.ui.context import error_text, format_date
from digiwandel.ui.export import EXPORT_ROLE, export_controls
from digiwandel.ui.field_tips import field_tip
from digiwandel.ui.forms import DateField, format_number
from digiwandel.ui.table_fit import room_for_placeholder


def local_shortcut(key, widget: QWidget, slot) -> QShortcut:
    """A shortcut that works while `widget` (or a child of it) has the focus."""
    shortcut = QShortcut(QKeySequence(key), widget, activated=slot)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return shortcut


class FieldError(QLabel):
    """Message shown right below a field; a warning sign, not only colour, marks it."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: #a4000f;")
        self.setVisible(False)

    def show_message(self, text: str) -> None:
        self.setText("⚠ " + text)
        self.setVisible(True)
        self._field.setAccessibleDescription(text)

    def clear_message(self) -> None:
        self.clear()
        self.setVisible(False)
        self._field.setAccessibleDescription("")


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A visible label for `field` that screen readers also announce as its name.

    Qt only derives a name from a buddy label in the same parent widget; fields wrapped
    together with their error message are not, so the name is set explicitly.
    """
    label = QLabel(text)
    label.setBuddy(field)
    name = text.replace("&", "").rstrip(":").strip()
    field.setAccessibleName(name)
    if isinstance(field, QComboBox) and field.lineEdit() is not None:
        field.lineEdit().setAccessibleName(name)
    return label


def with_error(field: QWidget) -> tuple[QWidget, FieldError]:
    """Wrap a field so its error message appears directly beneath it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    error = FieldError(field, box)
    layout.addWidget(error)
    return box, error


def field_value(widget: QWidget) -> Any:
    if isinstance(widget, DateField):  # before QLineEdit: it is one
        # A switched-off date (e.g. "no fixed date") is no date, whatever it still shows.
        return widget.date() if widget.isEnabled() else None
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QDateEdit):
        return widget.date().toPython()
    if isinstance(widget, QListWidget):  # checkable entries: the data of the checked ones
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return data if data is not None or not widget.isEditable() else widget.currentText()
    raise TypeError(type(widget))


def shown_value(widget: QWidget, value: Any) -> str:
    """A stored value as `widget` would show it (the text of a choice, a date the user's
    way), for telling the user what someone else saved."""
    if value is None or value == "":
        return ""
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        return widget.itemText(index) if index >= 0 else str(value)
    if isinstance(widget, QListWidget):
        chosen = set(value)
        return ", ".join(
            widget.item(i).text()
            for i in range(widget.count())
            if widget.item(i).data(Qt.ItemDataRole.UserRole) in chosen
        )
    if isinstance(widget, DateField | QDateEdit):
        return format_date(value)
    if isinstance(widget, QCheckBox):
        if value:
            return QCoreApplication.translate("FormDialog", "yes")
        return QCoreApplication.translate("FormDialog", "no")
    text = format_number(value) if isinstance(value, float) else str(value)
    return text if len(text) <= 200 else text[:199] + "…"


def set_field_value(widget: QWidget, value: Any) -> None:
    """Put a stored value into a form field (the reverse of `field_value`)."""
    if isinstance(widget, DateField):
        widget.set_date(value)
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QDateEdit):
        widget.setDate(value)
    elif isinstance(widget, QListWidget):
        chosen = set(value or ())
        for i in range(widget.count()):
            item = widget.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index >= 0:
            widget.setCurrentIndex(index)
        elif widget.isEditable():
            widget.setEditText("" if value is None else str(value))
    else:
        raise TypeError(type(widget))


def form_values(fields: Sequence[Field]) -> dict[str, Any]:
    """What a form built from `fields` shows (their values as `FormDialog.values` reads
    them); the widgets are thrown away afterwards."""
    values = {f.key: field_value(f.widget) for f in fields}
    for f in fields:
        f.widget.deleteLater()
    return values


def _same_value(a: Any, b: Any) -> bool:
    """Equal as the form sees them: lists of choices in any order, no text as empty text."""
    if isinstance(a, list | tuple | set) and isinstance(b, list | tuple | set):
        return set(a) == set(b)
    return (a if a is not None else "") == (b if b is not None else "")


@dataclass
class Field:
    key: str
    label: str  # already translated, with an & mnemonic where useful
    widget: QWidget


class FormDialog(QDialog):
    """A form whose `submit` callback saves; a DomainError appears next to its field.

    The dialog stays open on an error, so nothing the user typed is lost.

    With `version` (the row version the fields were filled from) the values passed to
    `submit` also hold "expected_version". When someone else saved the row in the meantime
    (a StaleEditError), `reload` is called: it refreshes the page behind and returns the
    stored (version, values), or None when the row is gone. The form then takes the other
    person's values where the user changed nothing, keeps the user's entries where both
    changed a field (saying under it what the other person saved), and a second Save puts
    the user's entries in place of theirs.
    """

    def __init__(
        self,
        title: str,
        fields: Sequence[Field],
        submit: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
        intro: str = "",
        *,
        version: int | None = None,
        reload: Callable[[], tuple[int, dict[str, Any]] | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._submit = submit
        self.expected_version = version
        self._reload = reload
        self.fields = {f.key: f.widget for f in fields}
        self.errors: dict[str, FieldError] = {}
        self.result_value: Any = None
        layout = QVBoxLayout(self)
        if intro:
            intro_label = QLabel(intro)
            intro_label.setWordWrap(True)
            layout.addWidget(intro_label)
        form = QFormLayout()
        for f in fields:
            if isinstance(f.widget, DateField):
                f.widget.field_name = f.key  # a date it cannot read is refused here
            box, error = with_error(f.widget)
            label = buddy_label(f.label, f.widget)
            tip = f.widget.toolTip() or field_tip(f.key)
            if tip:  # on the label too: hovering either explains the field
                f.widget.setToolTip(tip)
                label.setToolTip(tip)
                if not f.widget.accessibleDescription():
                    f.widget.setAccessibleDescription(tip)
            form.addRow(label, box)
            self.errors[f.key] = error
        layout.addLayout(form)
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #a4000f;")
        self.general_error.setVisible(False)
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Help
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.helpRequested.connect(self.show_help)
        # The main window's F1 does not reach a modal dialog; the form answers it itself.
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.HelpContents), self, activated=self.show_help
        )
        layout.addWidget(buttons)
        if fields:
            fields[0].widget.setFocus()
        # What the fields showed when the form opened: after a clash, the fields the other
        # person changed are the ones whose stored value differs from this.
        self._based_on = self.values() if version is not None else {}

    def show_help(self) -> None:
        """The help topic of the page (or measure step) the form was opened from."""
        from digiwandel.ui.context import ui_language
        from digiwandel.ui.dialogs.help import HelpDialog

        owner = self.parentWidget().window() if self.parentWidget() is not None else None
        topic = owner.help_topic() if hasattr(owner, "help_topic") else None
        HelpDialog(self, topic, ui_language()).exec()

    def values(self) -> dict[str, Any]:
        return {key: field_value(widget) for key, widget in self.fields.items()}

    def accept(self) -> None:
        for error in self.errors.values():
            error.clear_message()
        self.general_error.setVisible(False)
        try:
            values = self.values()
            if self.expected_version is not None:
                values["expected_version"] = self.expected_version
            self.result_value = self._submit(values)
        except StaleEditError as exc:
            self.show_clash(exc)
            return
        except DomainError as exc:
            self.show_error(exc)
            return
        super().accept()

    def show_clash(self, exc: StaleEditError) -> None:
        """Someone else saved this entry since the form opened: keep the user's entries,
        show the other person's values beside them and base a second Save on them."""
        stored = self._reload() if self._reload is not None else None
        if stored is None:
            self.show_error(exc)
            return
        self.expected_version, values = stored
        mine = self.values()
        for key, theirs in values.items():
            if key not in self.fields or _same_value(theirs, self._based_on.get(key)):
                continue  # not changed there
            widget = self.fields[key]
            if _same_value(mine.get(key), self._based_on.get(key)):
                # Changed there, not here: take their value, so Save does not undo it.
                set_field_value(widget, theirs)
            elif not _same_value(mine.get(key), theirs):
                self.errors[key].show_message(
                    self.tr("Saved by someone else in the meantime: {value}").format(
                        value=shown_value(widget, theirs) or self.tr("(empty)")
                    )
                )
        self._based_on = dict(values)
        self.general_error.setText(
            "⚠ "
            + error_text(exc)
            + " "
            + self.tr(
                "Your entries are still in the form. Save puts them in place of the other "
                "change; Cancel keeps the other change."
            )
        )
        self.general_error.setVisible(True)
        self.grow_to_fit()

    def show_error(self, exc: DomainError) -> None:
        text = error_text(exc)
        target = self.errors.get(exc.field or "")
        if target is not None:
            target.show_message(text)
            self.fields[exc.field].setFocus()
        else:
            self.general_error.setText("⚠ " + text)
            self.general_error.setVisible(True)
        self.grow_to_fit()

    def grow_to_fit(self) -> None:
        """Make room for the messages instead of squeezing the fields, up to the screen's
        height (adjustSize alone stops at two thirds of it)."""
        hint = self.sizeHint()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        height = hint.height() if screen is None else min(hint.height(), screen.height() - 60)
        self.resize(max(self.width(), hint.width()), max(self.height(), height))


# Roles that show a cell's text; a tooltip shows text that a narrow column cuts off.
_TEXT_ROLES = frozenset(
    (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole)
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass
class Column:
    header: str
    value: Callable[[Any], Any]
    align_right: bool = False
    sort_key: Callable[[Any], Any] | None = None  # when the shown text sorts wrongly
    decoration: Callable[[Any], Any] | None = None  # e.g. a colour swatch next to a word
    # What an export writes when the shown text is formatted ("1.450,00 €" → 1450.0), and
    # how ("money", "percent", "date", "integer", "number", "text"; see digiwandel.exports).
    export: Callable[[Any], Any] | None = None
    kind: str | None = None


def _export_value(column: Column, row: Any) -> Any:
    value = column.value(row) if column.export is None else column.export(row)
    return None if value == "" else value


class RowTableModel(QAbstractTableModel):
    """Read-only table over a list of plain rows (dataclasses from the services)."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._texts: dict[tuple[int, int], str] = {}

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts.clear()
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def replace_row(self, row: int, value: Any) -> None:
        """Show a changed row in place: selection, scroll position and widths stay."""
        self._rows[row] = value
        for column in range(len(self._columns)):
            self._texts.pop((row, column), None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def rows(self) -> list[Any]:
        return list(self._rows)

    def export_row(self, row: int) -> list[Any]:
        """The typed values of a row, one per column, as a table export writes them."""
        item = self._rows[row]
        return [_export_value(column, item) for column in self._columns]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in _TEXT_ROLES:
            # Views ask for the text of a cell many times (painting, sizing, tooltips):
            # format it once per load.
            key = (index.row(), index.column())
            text = self._texts.get(key)
            if text is None:
                value = self._columns[index.column()].value(self._rows[index.row()])
                if isinstance(value, int | float) and not isinstance(value, bool):
                    text = format_number(value)  # "1.450,5" in German, not "1450.5"
                else:
                    text = "" if value is None else str(value)
                self._texts[key] = text
            return text
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.UserRole:  # used for sorting
            row = self._rows[index.row()]
            return column.value(row) if column.sort_key is None else column.sort_key(row)
        if role == Qt.ItemDataRole.DecorationRole and column.decoration is not None:
            return column.decoration(self._rows[index.row()])
        if role == EXPORT_ROLE:
            return _export_value(column, self._rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return _RIGHT
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if orientation == Qt.Orientation.Horizontal and role == EXPORT_ROLE:
            return self._columns[section].kind
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python: for thousands of rows far faster than letting a proxy
        compare through data() one pair at a time. Empty values go last either way."""
        if not 0 <= column < len(self._columns):
            return
        spec = self._columns[column]
        key = spec.sort_key or spec.value

        def sort_value(row):
            value = key(row)
            return value.casefold() if isinstance(value, str) else value

        filled = [r for r in self._rows if key(r) is not None and key(r) != ""]
        empty = [r for r in self._rows if key(r) is None or key(r) == ""]
        filled.sort(key=sort_value, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        self._rows = filled + empty
        self._texts.clear()
        self.layoutChanged.emit()


class ListPanel(QWidget):
    """A table with Add / Edit / Delete buttons, keyboard shortcuts and optional search."""

    add_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(
        self,
        model: RowTableModel,
        *,
        name: str,
        add_text: str,
        edit_text: str,
        delete_text: str,
        search_placeholder: str | None = None,
        extra_buttons: Sequence[QPushButton] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortLocaleAware(True)

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(add_text)
        self.edit_button = QPushButton(edit_text)
        self.delete_button = QPushButton(delete_text)
        for button in (self.add_button, self.edit_button, self.delete_button, *extra_buttons):
            bar.addWidget(button)
        bar.addStretch(1)
        self.view = QTableView()
        self.view.setAccessibleName(name)
        # Every list can be saved as a workbook or CSV file, filtered and sorted as shown.
        self.export_button = export_controls(self.view, name)
        bar.addWidget(self.export_button)
        self.search: QLineEdit | None = None
        if search_placeholder is not None:
            self.search = QLineEdit()
            self.search.setPlaceholderText(search_placeholder)
            self.search.setAccessibleName(search_placeholder)
            self.search.setClearButtonEnabled(True)
            room_for_placeholder(self.search)
            self.search.textChanged.connect(self.proxy.setFilterFixedString)
            bar.addWidget(self.search)
        layout.addLayout(bar)

        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        # Fitting a column looks at the rows on screen and this many more, not at thousands.
        self.view.horizontalHeader().setResizeContentsPrecision(60)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fit columns to their content when the list is filled; the user can resize them.
        self._fitted = False
        model.modelReset.connect(self._fit_columns)
        layout.addWidget(self.view)

        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._emit_edit)
        self.delete_button.clicked.connect(self._emit_delete)
        self.view.activated.connect(self._emit_edit)  # Enter or double-click on a row
        # Several lists share one window: each key works only where the focus is.
        local_shortcut(Qt.Key.Key_Insert, self, self.add_requested.emit)
        local_shortcut(QKeySequence.StandardKey.Delete, self.view, self._emit_delete)
        local_shortcut(Qt.Key.Key_F2, self.view, self._emit_edit)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _fit_columns(self) -> None:
        # Once per filled list (again after it was empty, e.g. another file): later reloads
        # after an edit keep the widths, which the user may have changed.
        if self._fitted or not self.model.rowCount():
            if not self.model.rowCount():
                # An empty list still shows its whole column titles (“Wahrscheinlichkeit”).
                self.view.resizeColumnsToContents()
            self._fitted = bool(self.model.rowCount())
            return
        self._fitted = True
        header = self.view.horizontalHeader()
        self.view.resizeColumnsToContents()
        limit = 240
        for column in range(header.count() - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 12, limit))

    def current(self) -> Any | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().hasSelection():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select_id(self, ident: int | None) -> None:
        """Select the row whose `id` matches, e.g. the row just added."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == ident:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return

    def _update_buttons(self) -> None:
        has = self.current() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.export_button.setEnabled(self.model.rowCount() > 0)

    def _emit_edit(self, *_args) -> None:
        row = self.current()
        if row is not None:
            self.edit_requested.emit(row)

    def _emit_delete(self) -> None:
        row = self.current()
        if row is not None:
            self.delete_requested.emit(row)

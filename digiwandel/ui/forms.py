"""Reading and writing numbers, money and dates as the UI language writes them.

Everything goes through the application's default QLocale (set from the UI language), so
"1.450" typed in German is 1450 and "1,450" typed in English is 1450 too. An input that the
locale cannot read is refused with a message for the field; it is never reinterpreted.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from digiwandel import formats
from digiwandel.formats import CURRENCY_SYMBOL
from digiwandel.services.base import MSG_DATE, MSG_NUMBER
from digiwandel.services.errors import DomainError
from digiwandel.ui.context import format_date

# Qt may use a no-break or narrow no-break space in number and currency formats.
_SPACES = (" ", "\u00a0", "\u202f")


def parse_number(text: str, field: str) -> float | None:
    """Empty → None; otherwise a number written the UI language's way, or a DomainError.

    A trailing or leading euro sign and a trailing per cent sign are allowed, since people
    copy figures from what the program shows. Wrongly placed separators ("1.45" in German,
    "1,45" in English) are refused rather than guessed.
    """
    cleaned = text.strip()
    for symbol in (CURRENCY_SYMBOL, "%"):
        cleaned = cleaned.strip(symbol).strip()
    for space in _SPACES:
        cleaned = cleaned.strip(space)
    if not cleaned:
        if text.strip():
            raise DomainError(MSG_NUMBER, field=field)
        return None
    value, ok = QLocale().toDouble(cleaned)
    if not ok or value != value or value in (float("inf"), float("-inf")):
        raise DomainError(MSG_NUMBER, field=field)
    return value


def format_number(value: float | None, decimals: int | None = None) -> str:
    """A number as the UI language writes it, with group separators ("1.450,5").

    With `decimals` the number is rounded to that many places; without, whole numbers show no
    decimals and others as many as they need (up to 10 significant digits).
    """
    return formats.number_text(value, decimals)


def input_number_text(value: float | None) -> str:
    """A number for an input field: as the UI language writes it, without group separators,
    so that the text reads back to the same value."""
    if value is None:
        return ""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    number = float(value)
    if number.is_integer() and abs(number) < 1e15:
        return locale.toString(int(number))
    return locale.toString(number, "g", 15)


def money_text(value: float | None) -> str:
    """An amount in euros as the UI language writes it: 1.450,00 € / €1,450.00."""
    return formats.money_text(value)


def percent_text(value: float | None, decimals: int = 0) -> str:
    """A percentage in the UI language: "42 %" in German, "42%" in English."""
    return formats.percent_text(value, decimals)


# Day-first patterns people type; two-digit years mean 20xx (dates run from 2000 to 2099).
_DATE_PATTERNS = (
    "d.M.yyyy",
    "d.M.yy",
    "d/M/yyyy",
    "d/M/yy",
    "yyyy-M-d",
    "d MMM yyyy",
    "d MMMM yyyy",
    "d. MMM yyyy",
    "d. MMMM yyyy",
)


def parse_date(text: str, field: str) -> date | None:
    """Empty → None; "30.6.27", "1.7.2027", "30.06.2027", "30/6/2027", "2027-06-30" and the
    displayed form ("30 Jun 2027") are read day first; anything else is a DomainError."""
    cleaned = " ".join(text.strip().split())
    if not cleaned:
        return None
    locale = QLocale()
    for pattern in _DATE_PATTERNS:
        parsed = locale.toDate(cleaned, pattern, 1900)
        if not parsed.isValid():
            parsed = QDate.fromString(cleaned, pattern)
        if parsed.isValid():
            year = parsed.year()
            if "yyyy" not in pattern and year < 2000:
                parsed = parsed.addYears(100 if year >= 1900 else 2000)
            return parsed.toPython()
    raise DomainError(MSG_DATE, field=field)


def month_names() -> list[str]:
    """The twelve short month names of the UI language, for chart axes (charts/ has no Qt)."""
    return formats.month_names()


def decimal_point() -> str:
    """The decimal separator of the UI language, for number labels in charts."""
    return formats.decimal_point()


def number_field(value: float | None = None) -> QLineEdit:
    """A text field for a number (or an amount), filled so that its text reads back."""
    edit = QLineEdit(input_number_text(value))
    edit.setMaximumWidth(160)
    return edit


def _calendar_icon() -> QIcon:
    """A small drawn calendar sheet: no icon file or theme is needed."""
    themed = QIcon.fromTheme("x-office-calendar")
    if not themed.isNull():
        return themed
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#333333"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 4, QColor("#333333"))
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(x, y, 2, 2, QColor("#333333"))
    painter.end()
    return QIcon(pixmap)


class DateField(QLineEdit):
    """The one date input of the program: typed the short way ("30.6.27", "1.7.2027",
    "30/6/2027", ISO) or chosen from a calendar (the button in the field, Alt+Down or F4).

    A text field rather than a QDateEdit: a QDateEdit only takes input section by section,
    so "30.6.27" cannot be typed into it. `date()` reads the field; an unreadable text is
    refused with a DomainError for `field_name` (FormDialog sets it to the field's key), so
    the message appears next to the field. An optional field may stay empty (no date).
    """

    def __init__(
        self,
        value: date | None = None,
        *,
        optional: bool = True,
        maximum: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field_name = ""
        self.optional = optional
        self._maximum = maximum
        self._popup: QCalendarWidget | None = None
        self.setPlaceholderText(
            QCoreApplication.translate("DateField", "e.g. {example}").format(
                example=format_date(date(date.today().year, 6, 30))
            )
            + (QCoreApplication.translate("DateField", " (optional)") if optional else "")
        )
        self.setToolTip(
            QCoreApplication.translate(
                "DateField",
                "Type a date, also short like 30.6.27, or choose it from the calendar (Alt+Down).",
            )
        )
        self.calendar_action = QAction(
            _calendar_icon(), QCoreApplication.translate("DateField", "Choose from calendar"), self
        )
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self._tidy)
        self.setMaximumWidth(200)
        self.set_date(value)

    # -- value -----------------------------------------------------------------------------
    def set_date(self, value: date | None) -> None:
        self.setText(format_date(value))

    def date(self) -> date | None:
        """The date typed or chosen; None when empty (and optional), else a DomainError."""
        parsed = parse_date(self.text(), self.field_name)
        if parsed is None and not self.optional:
            raise DomainError(MSG_DATE, field=self.field_name)
        return parsed

    def set_maximum(self, value: date | None) -> None:
        """Latest date offered by the calendar (the service still checks what is typed)."""
        self._maximum = value

    def _tidy(self) -> None:
        """Show a readable date the way the program writes dates; leave anything else as
        typed, so the message on saving refers to what the user sees."""
        try:
            parsed = parse_date(self.text(), self.field_name)
        except DomainError:
            return
        if parsed is not None:
            self.set_date(parsed)

    def setReadOnly(self, read_only: bool) -> None:
        super().setReadOnly(read_only)
        self.calendar_action.setEnabled(not read_only)

    # -- calendar ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        if self.isReadOnly() or not self.isEnabled():
            return
        popup = QCalendarWidget(self)
        popup.setWindowFlags(Qt.WindowType.Popup)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        popup.setMinimumDate(QDate(2000, 1, 1))
        popup.setMaximumDate(QDate(2099, 12, 31) if self._maximum is None else QDate(self._maximum))
        try:
            current = parse_date(self.text(), self.field_name)
        except DomainError:
            current = None
        popup.setSelectedDate(QDate(current or date.today()))
        popup.clicked.connect(self._picked)
        popup.activated.connect(self._picked)
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup = popup
        popup.show()
        popup.setFocus()

    def _picked(self, day: QDate) -> None:
        self.set_date(day.toPython())
        if self._popup is not None:
            self._popup.close()
            self._popup = None
        self.setFocus()
        self.editingFinished.emit()


# ---- asking before a destructive step ----------------------------------------------------------
def confirm(parent: QWidget, title: str, text: str, action: str | None = None) -> bool:
    """Ask before a destructive step; `action` names its button (default: Delete).

    Cancel is the default, so Enter never destroys anything by accident.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    go = box.addButton(
        action or QCoreApplication.translate("Messages", "Delete"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


# ---- small field builders for the dialogs ------------------------------------------------------
def line(value: str = "") -> QLineEdit:
    return QLineEdit(value)


def text_box(value: str = "", height: int = 80) -> QPlainTextEdit:
    """Several lines of text; Tab moves on to the next field instead of typing a tab."""
    edit = QPlainTextEdit(value)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def combo(items: list[tuple[Any, str]], current: Any) -> QComboBox:
    """A choice of (stored value, shown text) pairs with `current` selected."""
    box = QComboBox()
    for data, text in items:
        box.addItem(text, data)
    box.setCurrentIndex(max(box.findData(current), 0))
    return box


def spin(value: int, low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


def date_field(value: date | None) -> DateField:
    """An optional date (empty = no date): typed short ("30.6.27") or from the calendar."""
    return DateField(value)


def one_line(text: str) -> str:
    """Multi-line text for a table cell."""
    return " ".join(text.split())

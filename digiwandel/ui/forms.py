"""Reading and writing numbers, money and dates as the UI language writes them.

Everything goes through the application's default QLocale (set from the UI language), so
"1.450" typed in German is 1450 and "1,450" typed in English is 1450 too. An input that the
locale cannot read is refused with a message for the field; it is never reinterpreted.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from digiwandel.services.base import MSG_DATE, MSG_NUMBER
from digiwandel.services.errors import DomainError

CURRENCY_SYMBOL = "€"
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
    if value is None:
        return ""
    locale = QLocale()
    if decimals is not None:
        return locale.toString(float(value), "f", decimals)
    number = float(value)
    if number.is_integer() and abs(number) < 1e15:
        return locale.toString(int(number))
    return locale.toString(number, "g", 10)


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
    if value is None:
        return ""
    return QLocale().toCurrencyString(float(value), CURRENCY_SYMBOL, 2)


def percent_text(value: float | None, decimals: int = 0) -> str:
    """A percentage in the UI language: "42 %" in German, "42%" in English."""
    if value is None:
        return ""
    number = QLocale().toString(float(value), "f", decimals)
    return f"{number}\u00a0%" if QLocale().language() == QLocale.Language.German else f"{number}%"


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

"""Numbers, money, percentages and dates written the way a language writes them.

One implementation for the screen (the application's default QLocale, set from the UI
language) and for reports and the command line (the QLocale of the report's language).
QtCore only: usable without a QApplication.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

CURRENCY_SYMBOL = "€"


def locale_for(lang: str) -> QLocale:
    """The QLocale DigiWandel uses for a language code ("de" → German/Germany)."""
    if lang == "de":
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def language_of(locale: QLocale) -> str:
    return "de" if locale.language() == QLocale.Language.German else "en"


def number_text(value: float | None, decimals: int | None = None, locale=None) -> str:
    """A number with group separators ("1.450,5"); with `decimals`, rounded to that many
    places; without, whole numbers show no decimals and others up to 10 significant digits."""
    if value is None:
        return ""
    locale = locale or QLocale()
    if decimals is not None:
        return locale.toString(float(value), "f", decimals)
    number = float(value)
    if number.is_integer() and abs(number) < 1e15:
        return locale.toString(int(number))
    return locale.toString(number, "g", 10)


def money_text(value: float | None, locale=None) -> str:
    """An amount in euros: 1.450,00 € / €1,450.00."""
    if value is None:
        return ""
    locale = locale or QLocale()
    number = float(value)
    text = locale.toCurrencyString(abs(number), CURRENCY_SYMBOL, 2)
    # British English writes negative amounts in brackets (accountancy style); a minus
    # sign reads the same in both languages.
    return locale.negativeSign() + text if number < 0 else text


def percent_text(value: float | None, decimals: int = 0, locale=None) -> str:
    """A percentage: "42 %" in German, "42%" in English."""
    if value is None:
        return ""
    locale = locale or QLocale()
    number = locale.toString(float(value), "f", decimals)
    return f"{number}\u00a0%" if language_of(locale) == "de" else f"{number}%"


def date_pattern(locale=None) -> str:
    """The date pattern of a language, for display and for date fields alike."""
    return "dd.MM.yyyy" if language_of(locale or QLocale()) == "de" else "d MMM yyyy"


def date_text(value: date | None, locale=None) -> str:
    """A date as people write it: 31.12.2026 / 31 Dec 2026."""
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), date_pattern(locale))


def long_date_text(value: date | None, locale=None) -> str:
    """A date written out: 31. Dezember 2026 / 31 December 2026."""
    if value is None:
        return ""
    locale = locale or QLocale()
    pattern = "d. MMMM yyyy" if language_of(locale) == "de" else "d MMMM yyyy"
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def month_names(locale=None) -> list[str]:
    """The twelve short month names, for chart axes (charts/ has no Qt)."""
    locale = locale or QLocale()
    return [
        locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat).rstrip(".")
        for month in range(1, 13)
    ]


def decimal_point(locale=None) -> str:
    return (locale or QLocale()).decimalPoint()

"""What texts and figures need to be written in a reader's language, without Qt.

Services, chart specs and reports take a ``Language``; the program passes one made from
Qt's translations and QLocale (``digiwandel.i18n.QtLanguage``), for the UI language or for
the language a report is written in.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a source text for Qt's translation tools (``lupdate`` knows the name)."""
    return text


class Language(Protocol):
    code: str  # "de" or "en"

    def tr(self, context: str, text: str, n: int = -1) -> str:
        """The text in this language; with ``n``, the plural form for n ("%n" is filled)."""
        ...

    def number(self, value: float | None, decimals: int | None = None) -> str: ...

    def money(self, value: float | None) -> str: ...

    def percent(self, value: float | None, decimals: int = 0) -> str: ...

    def date(self, value: date | None) -> str: ...

    def long_date(self, value: date | None) -> str: ...

    def month_names(self) -> list[str]: ...

    def decimal_point(self) -> str: ...

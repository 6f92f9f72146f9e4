"""What texts and figures need to be written in a reader's language, without Qt.

Services, chart specs and reports take a ``Language``; the program passes one made from
Qt's translations and QLocale (``digiwandel.i18n.QtLanguage``), for the UI language or for
the language a report is written in.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
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


# -- the language texts are written in, here and now -----------------------------------------
# The program sets its UI language once (``set_program_language``); a report made in another
# language, possibly in a worker thread, speaks its own for the time it is built
# (``with speaking(language): ...``), without touching the rest of the program.
_speaking: ContextVar[Language | None] = ContextVar("digiwandel_language", default=None)
_program: Language | None = None


class _Plain:
    """English without translations, for code that runs before any language is set."""

    code = "en"

    def tr(self, context: str, text: str, n: int = -1) -> str:
        return text.replace("%n", str(n)) if n >= 0 else text

    def number(self, value, decimals=None) -> str:
        if value is None:
            return ""
        if decimals is None:
            return f"{value:,}" if float(value).is_integer() else f"{value:,.10g}"
        return f"{value:,.{decimals}f}"

    def money(self, value) -> str:
        return "" if value is None else f"€{value:,.2f}"

    def percent(self, value, decimals: int = 0) -> str:
        return "" if value is None else f"{value:.{decimals}f}%"

    def date(self, value) -> str:
        return "" if value is None else value.strftime("%d %b %Y")

    def long_date(self, value) -> str:
        return "" if value is None else value.strftime("%d %B %Y")

    def month_names(self) -> list[str]:
        return ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    def decimal_point(self) -> str:
        return "."


def set_program_language(language: Language | None) -> None:
    global _program
    _program = language


def current() -> Language:
    """The language to write in: the report's while one is built, else the program's."""
    return _speaking.get() or _program or _PLAIN


@contextmanager
def speaking(language: Language) -> Iterator[Language]:
    token = _speaking.set(language)
    try:
        yield language
    finally:
        _speaking.reset(token)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (the signature of ``QCoreApplication.translate``,
    so that Qt's ``lupdate`` finds the calls)."""
    return current().tr(context, text, n)


_PLAIN = _Plain()

"""Loading translations (German is the default UI language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from digiwandel import formats
from digiwandel.domain.language import set_program_language
from digiwandel.paths import resources_dir

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"
LANGUAGE_KEY = "ui/language"  # the language chosen in the settings


def saved_language(settings: QSettings | None = None) -> str:
    """The language the user chose in the settings (German until they choose). The command
    line passes the program's settings explicitly: it runs without an application, whose
    names select the store that ``QSettings()`` reads."""
    value = (settings or QSettings()).value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return value if value in ("de", "en") else DEFAULT_LANGUAGE


_installed: list[QTranslator] = []


def translations_dir():
    return resources_dir() / "translations"


def load_translators(lang: str) -> list[QTranslator]:
    """Our own catalogue plus Qt's base translation, so standard dialogs match.

    English is the language of the code: its catalogue holds only the plural forms.
    """
    translators: list[QTranslator] = []
    own = QTranslator()
    if own.load(str(translations_dir() / f"digiwandel_{lang}.qm")):
        translators.append(own)
    if lang == "en":
        return translators
    qt_base = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{lang}", qt_dir):
        translators.append(qt_base)
    return translators


def install(app: QCoreApplication, lang: str) -> None:
    """Install translators on the running application and set the matching locale."""
    set_program_language(_PROGRAM)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for translator in load_translators(lang):
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.German if lang == "de" else QLocale.Language.English,
            QLocale.Country.Germany if lang == "de" else QLocale.Country.UnitedKingdom,
        )
    )


def _lookup(translators: list[QTranslator]):
    def lookup(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        result = text
        for translator in translators:
            found = translator.translate(context, text, disambiguation, n)
            if found:
                result = found
                break
        return result.replace("%n", str(n)) if n >= 0 else result

    return lookup


def translate_error(error, translators: list[QTranslator] | None = None) -> str:
    """Render a DomainError in the UI language (works with or without an application)."""
    if translators is None:
        return error.render(QCoreApplication.translate)
    return error.render(_lookup(translators))


class QtLanguage:
    """A ``digiwandel.domain.language.Language`` from our translations and QLocale: the
    language of a report or of the command line, independent of the UI language, and
    usable without an application and from a worker thread (it only reads)."""

    def __init__(self, lang: str) -> None:
        self.code = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
        self.locale = formats.locale_for(self.code)
        self._lookup = _lookup(load_translators(self.code))

    def tr(self, context: str, text: str, n: int = -1) -> str:
        return self._lookup(context, text, None, n)

    def number(self, value, decimals=None) -> str:
        return formats.number_text(value, decimals, self.locale)

    def money(self, value) -> str:
        return formats.money_text(value, self.locale)

    def percent(self, value, decimals: int = 0) -> str:
        return formats.percent_text(value, decimals, self.locale)

    def date(self, value) -> str:
        return formats.date_text(value, self.locale)

    def long_date(self, value) -> str:
        return formats.long_date_text(value, self.locale)

    def month_names(self) -> list[str]:
        return formats.month_names(self.locale)

    def decimal_point(self) -> str:
        return formats.decimal_point(self.locale)


class ProgramLanguage:
    """The running program's language: its installed translators and default QLocale."""

    @property
    def code(self) -> str:
        return formats.language_of(QLocale())

    def tr(self, context: str, text: str, n: int = -1) -> str:
        return QCoreApplication.translate(context, text, None, n)

    def number(self, value, decimals=None) -> str:
        return formats.number_text(value, decimals)

    def money(self, value) -> str:
        return formats.money_text(value)

    def percent(self, value, decimals: int = 0) -> str:
        return formats.percent_text(value, decimals)

    def date(self, value) -> str:
        return formats.date_text(value)

    def long_date(self, value) -> str:
        return formats.long_date_text(value)

    def month_names(self) -> list[str]:
        return formats.month_names()

    def decimal_point(self) -> str:
        return formats.decimal_point()


_PROGRAM = ProgramLanguage()

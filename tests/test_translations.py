"""The translations are complete, current and loaded: German in full, English plural forms."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import update_translations as ut

TS = ut.TRANSLATIONS / "digiwandel_de.ts"
# English is the language of the code; its file holds the plural forms only.
TS_EN = ut.TRANSLATIONS / "digiwandel_en.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(ts_file: Path):
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            yield name, message.findtext("source") or "", translation


@pytest.mark.parametrize("ts_file", [TS, TS_EN], ids=["de", "en"])
def test_every_string_is_translated(ts_file):
    assert ut.unfinished(ts_file) == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_translation_file_matches_the_source_code(tmp_path, lang):
    # GIVEN a copy of the committed .ts, WHEN lupdate reads the current code into it,
    # THEN no string is missing: every user-visible string in the code is translated.
    copy = tmp_path / f"check_{lang}.ts"
    shutil.copy(ut.TRANSLATIONS / f"digiwandel_{lang}.ts", copy)
    ut.lupdate(copy)
    missing = ut.unfinished(copy)
    assert missing == [], f"untranslated strings in the code: {missing[:10]}"


def test_every_count_in_a_text_has_both_plural_forms():
    # Texts with a count ("%n measure(s)") are plural messages in both languages, also
    # those from module-level helpers that lupdate alone would file as plain texts.
    for ts_file in (TS, TS_EN):
        for context, source, translation in messages(ts_file):
            if "%n" not in source:
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            assert len(forms) == 2, (ts_file.name, context, source)
            assert all("%n" in f for f in forms), (ts_file.name, source)
            assert "(s)" not in "".join(forms), (ts_file.name, source)
    english = {source for _c, source, _t in messages(TS_EN)}
    german = {source for _c, source, _t in messages(TS) if "%n" in source}
    assert german == english, "English needs the same plural texts as German"


@pytest.mark.usefixtures("qapp")
def test_plurals_read_naturally_in_both_languages():
    from PySide6.QtCore import QCoreApplication

    from digiwandel import i18n

    app = QCoreApplication.instance()

    def measures(n: int) -> str:
        return QCoreApplication.translate("ProjectsPage", "%n measure(s)", None, n)

    def months(n: int) -> str:
        return QCoreApplication.translate(
            "CheckTexts", "The last completed check is %n month(s) old.", None, n
        )

    try:
        i18n.install(app, "de")
        assert (measures(1), measures(3)) == ("1 Maßnahme", "3 Maßnahmen")
        assert months(1).endswith("1 Monat alt.") and months(14).endswith("14 Monate alt.")
        i18n.install(app, "en")
        assert (measures(1), measures(3)) == ("1 measure", "3 measures")
        assert months(1).endswith("1 month old.") and months(14).endswith("14 months old.")
    finally:
        i18n.install(app, "en")


def test_placeholders_and_mnemonics_survive_translation():
    mnemonic = re.compile(r"&(?![a-z]+;)[^&\s]")
    for ts_file in (TS, TS_EN):
        for context, source, translation in messages(ts_file):
            forms = translation.findall("numerusform") or [translation]
            for form in forms:
                text = "".join(form.itertext())
                assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (
                    context,
                    source,
                )
                assert len(mnemonic.findall(source)) == len(mnemonic.findall(text)), (
                    context,
                    source,
                )


@pytest.mark.parametrize("lang", ["de", "en"])
def test_compiled_file_is_current(tmp_path, lang):
    fresh = tmp_path / "fresh.qm"
    ut.lrelease(ut.TRANSLATIONS / f"digiwandel_{lang}.ts", fresh)
    compiled = ut.TRANSLATIONS / f"digiwandel_{lang}.qm"
    assert fresh.read_bytes() == compiled.read_bytes(), "run: python tools/update_translations.py"


@pytest.mark.usefixtures("qapp")
def test_german_is_the_default_and_qt_dialogs_are_german_too():
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QDialogButtonBox

    from digiwandel import i18n
    from digiwandel.ui.dialogs.settings import saved_language

    app = QCoreApplication.instance()
    # nothing chosen yet (the tests' store holds English for the program's own name)
    QSettings().remove(i18n.LANGUAGE_KEY)
    assert saved_language() == "de"
    i18n.install(app, "de")
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    finally:
        i18n.install(app, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def _texts_in_code() -> list[tuple[str, str, str]]:
    """(context, source text, place) of every literal text the code translates: self.tr in a
    class, QCoreApplication.translate and QT_TRANSLATE_NOOP with a literal context."""
    import ast

    found = []

    def literal(node) -> bool:
        return isinstance(node, ast.Constant) and isinstance(node.value, str)

    class Visitor(ast.NodeVisitor):
        def __init__(self, place: str) -> None:
            self.place = place
            self.classes: list[str] = []

        def visit_ClassDef(self, node) -> None:
            self.classes.append(node.name)
            self.generic_visit(node)
            self.classes.pop()

        def visit_Call(self, node) -> None:
            func, args = node.func, node.args
            name = getattr(func, "attr", None) or getattr(func, "id", None)
            where = f"{self.place}:{node.lineno}"
            marker = name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2
            method = name == "tr" and isinstance(func, ast.Attribute) and self.classes
            if marker and literal(args[0]) and literal(args[1]):
                found.append((args[0].value, args[1].value, where))
            elif method and args and literal(args[0]):
                found.append((self.classes[-1], args[0].value, where))
            self.generic_visit(node)

    for path in sorted(ut.SOURCE.rglob("*.py")):
        if "migrations" not in path.parts:
            Visitor(str(path.relative_to(ut.ROOT))).visit(ast.parse(path.read_text("utf-8")))
    return found


def test_lupdate_finds_every_text_of_the_code():
    # lupdate's Python reader silently skips some calls (a count given as `len(x)` or
    # `row.count`, a call right after another on one line); such a text would stay English
    # in the German program. Read the code independently and compare.
    known = {(context, source) for context, source, _t in messages(TS)}
    found = _texts_in_code()
    assert len(found) > 1000
    missing = [(c, s, where) for c, s, where in found if (c, s) not in known]
    assert missing == [], f"texts lupdate did not pick up (use a plain name): {missing[:5]}"

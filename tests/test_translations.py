"""The German translation is complete, current and loaded by default."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import update_translations as ut

TS = ut.TRANSLATIONS / "digiwandel_de.ts"
QM = ut.TRANSLATIONS / "digiwandel_de.qm"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(ts_file: Path):
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            yield name, message.findtext("source") or "", translation


def test_every_german_string_is_translated():
    assert ut.unfinished(TS) == []


def test_translation_file_matches_the_source_code(tmp_path):
    # GIVEN a copy of the committed .ts, WHEN lupdate reads the current code into it,
    # THEN no string is missing: every user-visible string in the code is translated.
    copy = tmp_path / "check_de.ts"
    shutil.copy(TS, copy)
    ut.lupdate(copy)
    missing = ut.unfinished(copy)
    assert missing == [], f"untranslated strings in the code: {missing[:10]}"


def test_placeholders_and_mnemonics_survive_translation():
    for context, source, translation in messages(TS):
        text = "".join(translation.itertext())
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (
            context,
            source,
        )
        mnemonic = re.compile(r"&(?![a-z]+;)[^&\s]")
        assert len(mnemonic.findall(source)) == len(mnemonic.findall(text)), (context, source)


def test_compiled_file_is_current(tmp_path):
    fresh = tmp_path / "fresh.qm"
    ut.lrelease(TS, fresh)
    assert fresh.read_bytes() == QM.read_bytes(), "run: python tools/update_translations.py"


@pytest.mark.usefixtures("qapp")
def test_german_is_the_default_and_qt_dialogs_are_german_too():
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    from digiwandel import i18n
    from digiwandel.ui.dialogs.settings import saved_language

    app = QCoreApplication.instance()
    assert saved_language() == "de"
    i18n.install(app, "de")
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    finally:
        i18n.install(app, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"

"""Fields whose meaning is not obvious from their label explain themselves: a tooltip on the
field and its label, and the same text for screen readers."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from digiwandel.ui import field_tips
from digiwandel.ui.widgets import Field, FormDialog

UI = Path(__file__).resolve().parent.parent / "digiwandel" / "ui"


def form_keys() -> set[str]:
    """The keys of every form field in the program's dialogs."""
    keys = set()
    for path in UI.rglob("*.py"):
        keys.update(re.findall(r'Field\(\s*"([a-z_]+)"', path.read_text(encoding="utf-8")))
    return keys


def test_every_tip_belongs_to_a_field_of_some_form():
    assert set(field_tips.TIPS) <= form_keys()


def test_a_form_shows_the_tip_on_the_field_and_its_label(qtbot):
    direction = QComboBox()
    name = QLineEdit()
    dialog = FormDialog(
        "Indicator",
        [Field("name", "&Name:", name), Field("direction", "Di&rection:", direction)],
        dict,
    )
    qtbot.addWidget(dialog)
    tip = field_tips.field_tip("direction")
    assert tip.startswith("Which way is better")
    assert direction.toolTip() == tip == direction.accessibleDescription()
    label = next(w for w in dialog.findChildren(QLabel) if w.buddy() is direction)
    assert label.toolTip() == tip
    assert name.toolTip() == "" and field_tips.field_tip("name") == ""


def test_a_tip_the_page_set_itself_is_kept(qtbot):
    light = QComboBox()
    light.setToolTip("Own words")
    dialog = FormDialog("Measure", [Field("light", "&Light:", light)], dict)
    qtbot.addWidget(dialog)
    assert light.toolTip() == "Own words"


def test_the_indicator_dialog_explains_direction_and_range(demo_window):
    page = demo_window.page(4)
    demo_window.navigation.setCurrentRow(4)
    page.show_goal(0)
    dialog = page.tabs.currentWidget()._indicator_dialog(None, lambda values: None)
    try:
        for key in ("direction", "baseline_value", "range_low", "range_high", "data_source"):
            assert dialog.fields[key].toolTip() == field_tips.field_tip(key) != ""
    finally:
        dialog.deleteLater()


def test_tips_are_german_in_the_german_program(qapp):
    from digiwandel import i18n

    i18n.install(qapp, "de")
    try:
        assert field_tips.field_tip("light").startswith("Grün")
    finally:
        i18n.install(qapp, "en")

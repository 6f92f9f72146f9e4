"""F1 opens the help of the part of the program on screen; the help window lists every
topic (pages, the 12 steps, a glossary) and searches them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from digiwandel.ui.dialogs.help import HelpDialog


@pytest.fixture
def window(demo_window):
    return demo_window


def opened_topic(window, monkeypatch) -> tuple[str, str]:
    seen = {}

    def fake_exec(dialog):
        seen["key"] = dialog.current_key()
        seen["text"] = dialog.browser.toPlainText()

    monkeypatch.setattr(HelpDialog, "exec", fake_exec)
    window.show_help()
    return seen["key"], seen["text"]


def test_f1_opens_the_help_of_the_page_on_screen(window, monkeypatch, qtbot):
    for row, key, word in (
        (0, "overview", "Needs attention"),
        (1, "organisation", "areas"),
        (2, "check-results", "findings"),
        (4, "strategy-identity", "Leitbild"),
        (5, "measures", "twelve steps"),
        (6, "reports", "board report"),
    ):
        window.navigation.setCurrentRow(row)
        topic, text = opened_topic(window, monkeypatch)
        assert topic == key
        assert word in text


def test_f1_on_an_open_measure_explains_its_current_step(window, monkeypatch):
    from digiwandel.services.projects import ProjectService

    project = ProjectService(window.ctx.db).list_portfolio()[0]
    window.navigation.setCurrentRow(5)
    window.projects.open_project(project.id, 4)
    topic, text = opened_topic(window, monkeypatch)
    assert topic == "step-4"
    assert "What this step is for" in text and "What belongs to it" in text


def test_every_step_has_its_topic_and_there_is_a_glossary(qtbot):
    dialog = HelpDialog(None, "glossary", "en")
    qtbot.addWidget(dialog)
    keys = [key for key, _title, _body in dialog.topics]
    assert [f"step-{n}" for n in range(1, 13)] == [k for k in keys if k.startswith("step-")]
    assert dialog.current_key() == "glossary"
    glossary = dialog.browser.toPlainText()
    for term in ("PDCA", "Wirkungstreppe", "Reifegrad", "Befund", "Leistungsträger"):
        assert term in glossary


def test_the_search_finds_topics_by_their_text(qtbot):
    dialog = HelpDialog(None, None, "en")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "plan, do, check")
    titles = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert titles == ["Glossary"], "only the glossary explains PDCA"
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "zzzz")
    assert dialog.list.count() == 0
    assert "No help topic contains" in dialog.browser.toPlainText()
    dialog.search.clear()
    assert dialog.list.count() == len(dialog.topics)


def test_the_help_is_german_in_german(qtbot, qapp):
    from digiwandel import i18n

    i18n.install(qapp, "de")
    dialog = HelpDialog(None, "step-1", "de")
    qtbot.addWidget(dialog)
    assert "Schritt 1: Bedarf klären und Ziele setzen" in dialog.browser.toPlainText()
    assert "Wofür dieser Schritt da ist" in dialog.browser.toPlainText()


def test_f1_is_the_shortcut(window, monkeypatch, qtbot):
    opened = []
    monkeypatch.setattr(HelpDialog, "exec", lambda dialog: opened.append(dialog.current_key()))
    window.navigation.setCurrentRow(1)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert opened == ["organisation"]


def test_f1_and_the_help_button_of_a_form_open_the_help_of_its_page(window, monkeypatch, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    seen = []
    monkeypatch.setattr(HelpDialog, "exec", lambda dialog: seen.append(dialog.current_key()))
    window.navigation.setCurrentRow(4)
    page = window.page(4)
    page.show_goal(0)
    form = page.tabs.currentWidget()._goal_dialog(None, lambda values: None)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    qtbot.keyClick(form, Qt.Key.Key_F1)
    assert seen == ["strategy-goals"], "the tab the form belongs to"
    box = form.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Help).click()
    assert seen == ["strategy-goals", "strategy-goals"]


def test_f1_on_a_tab_opens_the_topic_of_that_tab(window, monkeypatch):
    window.navigation.setCurrentRow(2)
    check = window.check
    check.tabs.setCurrentWidget(check.targets)
    topic, text = opened_topic(window, monkeypatch)
    assert topic == "check-targets" and "twelve months" in text
    window.navigation.setCurrentRow(4)
    strategy = window.page(4)
    strategy.show_goal(0)
    topic, text = opened_topic(window, monkeypatch)
    assert topic == "strategy-goals" and "starting value" in text
    window.navigation.setCurrentRow(1)  # a page without tab topics
    assert opened_topic(window, monkeypatch)[0] == "organisation"


def test_tab_topics_follow_their_page_in_the_list(qtbot):
    dialog = HelpDialog(None, "check-paper", "en")
    qtbot.addWidget(dialog)
    keys = [key for key, _title, _body in dialog.topics]
    assert keys.index("check-results") == keys.index("check") + 1
    assert keys.index("strategy-identity") == keys.index("strategy") + 1
    assert dialog.current_key() == "check-paper"

"""No two visible controls of one window answer to the same Alt+letter.

Qt does not refuse a duplicate mnemonic: it cycles between the controls, so Alt+B may move
to a field instead of opening the *Bearbeiten* menu. The walk visits every page and tab of the
main window and the dialogs, in German (the default) and in English.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from digiwandel.i18n import install
from digiwandel.ui import mnemonics
from digiwandel.ui.context import AppContext
from digiwandel.ui.dialogs.help import HelpDialog
from digiwandel.ui.dialogs.settings import SettingsDialog
from digiwandel.ui.dialogs.welcome import WelcomeDialog
from digiwandel.ui.main_window import MainWindow
from digiwandel.ui.widgets import ListPanel

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.window() is root


def mnemonic_owners(root: QWidget) -> dict[str, list[str]]:
    """Alt+letter → the visible controls of `root`'s window that answer to it."""
    owners: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        key = mnemonic(text)
        if key:
            owners[key].append(f"{what} {text!r}")

    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.isVisible():
                add(action.text(), "menu")
    for widget in root.findChildren(QWidget):
        if not _shown(widget, root):
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), "tab")
    return owners


def clashes(root: QWidget) -> dict[str, list[str]]:
    return {key: names for key, names in mnemonic_owners(root).items() if len(names) > 1}


def visit_tabs(root: QWidget, check, trail: str, depth: int = 0) -> None:
    """Check `root`, then every tab of every visible tab widget, recursively."""
    QApplication.processEvents()
    check(trail)
    if depth > 3:
        return
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        original = tabs.currentIndex()
        for index in range(tabs.count()):
            if not tabs.isTabVisible(index):
                continue
            tabs.setCurrentIndex(index)
            visit_tabs(tabs.widget(index), check, f"{trail} / {tabs.tabText(index)}", depth + 1)
        tabs.setCurrentIndex(original)


@pytest.fixture(params=["de", "en"])
def window(request, qtbot, qapp, tmp_path):
    from digiwandel.services.demo import create_demo_file

    install(qapp, request.param)
    mnemonics.install(qapp)
    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    assert win.open_path(create_demo_file(tmp_path / "demo.sqlite3"))
    win.show()
    yield win
    install(qapp, "de")


def open_if_modal(handler, action) -> None:
    """Like tests.ui_helpers.with_modal, for actions that may open no dialog at all."""
    done = []

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if done:
            return
        if dialog is None:
            QTimer.singleShot(10, handle)
            return
        try:
            handler(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, handle)
    action()
    done.append(True)


def test_mnemonic_helpers_find_a_clash(qtbot):
    # GIVEN a dialog with two labels on Alt+N, WHEN checked, THEN the clash is reported
    dialog = QDialog()
    qtbot.addWidget(dialog)
    for text in ("&Name:", "&Note:"):
        label = QLabel(text, dialog)
        label.setBuddy(QLabel(dialog))
    dialog.show()
    assert list(clashes(dialog)) == ["n"]


def test_a_taken_letter_moves_to_a_free_word_start():
    assert mnemonics.with_mnemonic("&Neue Aufgabe…", {"n"}) == "Neue &Aufgabe…"
    assert mnemonics.with_mnemonic("&Neue Aufgabe…", {"n", "a"}) == "N&eue Aufgabe…"
    assert mnemonics.with_mnemonic("&Neue Aufgabe…", set()) == "&Neue Aufgabe…"
    assert mnemonics.with_mnemonic("&Ab", {"a", "b"}) == "Ab"
    assert mnemonics.with_mnemonic("Q&&A &list", {"l"}) == "&Q&&A list"


def test_a_clash_is_resolved_and_the_authors_letter_returns_when_free(qtbot, qapp):
    # GIVEN a keeper and a dialog whose second button wants a letter that a label holds
    mnemonics.install(qapp)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    label = QLabel("&Name:")
    label.setBuddy(QLineEdit())
    layout.addWidget(label)
    layout.addWidget(label.buddy())
    button = QPushButton("&New entry…")
    layout.addWidget(button)
    # WHEN the dialog is shown, THEN the button gives way (labels name fields)
    dialog.show()
    qtbot.waitUntil(lambda: button.text() == "New &entry…")
    assert clashes(dialog) == {}
    # WHEN the label goes away and the window shows something again, THEN the letter returns
    label.hide()
    label.buddy().hide()
    extra = QLabel("shown")
    layout.addWidget(extra)
    extra.show()
    qtbot.waitUntil(lambda: button.text() == "&New entry…")
    # WHEN the program sets a new text, THEN that text is the one resolved from then on
    button.setText("&Next")
    label.show()
    qtbot.waitUntil(lambda: button.text() == "N&ext")


def test_pages_and_tabs_have_unique_mnemonics(window):
    problems: list[str] = []

    def check(trail: str) -> None:
        for key, names in clashes(window).items():
            problems.append(f"{trail}: Alt+{key.upper()} → {names}")

    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        page = window.stack.currentWidget()
        visit_tabs(page, check, window.navigation.item(row).text())
    # The measure detail page shows each step with tabs of its own.
    projects = window.projects
    window.navigation.setCurrentRow(window.stack.indexOf(projects))
    projects.open_project(projects.model.row_at(0).id)
    for step in range(12):
        projects.detail.stepper.setCurrentIndex(projects.detail.step_model.index(step, 0))
        visit_tabs(projects.detail, check, f"measure, step {step + 1}")
    assert problems == [], "\n".join(sorted(set(problems)))


def test_dialogs_have_unique_mnemonics(window, qtbot):
    problems: list[str] = []
    for dialog in (WelcomeDialog(window.ctx, window), SettingsDialog(window.ctx, window)):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        problems += [f"{type(dialog).__name__}: {k} {v}" for k, v in clashes(dialog).items()]
    help_dialog = HelpDialog(window)
    qtbot.addWidget(help_dialog)
    help_dialog.show()
    problems += [f"HelpDialog: {k} {v}" for k, v in clashes(help_dialog).items()]

    # Every list's "new" dialog, page by page.
    seen: set[int] = set()
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        page = window.stack.currentWidget()
        tab_widgets = [t for t in page.findChildren(QTabWidget)] or [None]
        for tabs in tab_widgets:
            for index in range(tabs.count() if tabs else 1):
                if tabs:
                    tabs.setCurrentIndex(index)
                QApplication.processEvents()
                for panel in page.findChildren(ListPanel):
                    if id(panel) in seen or not panel.isVisible():
                        continue
                    seen.add(id(panel))

                    def inspect(dialog, where=panel):
                        found = clashes(dialog)
                        problems.extend(
                            f"dialog of {where.objectName() or type(where.parent()).__name__}: "
                            f"{k} {v}"
                            for k, v in found.items()
                        )
                        dialog.reject()

                    open_if_modal(inspect, panel.add_requested.emit)
    assert seen, "no list dialog was visited"
    assert problems == [], "\n".join(problems)

"""Every focusable control can be identified by a screen reader, and Tab follows the form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QTabBar,
    QWidget,
)

from digiwandel.ui.context import AppContext
from digiwandel.ui.dialogs.help import HelpDialog
from digiwandel.ui.dialogs.settings import SettingsDialog
from digiwandel.ui.dialogs.welcome import WelcomeDialog
from digiwandel.ui.main_window import MainWindow
from tests.ui_helpers import with_modal


def unnamed_controls(root: QWidget) -> list[str]:
    """Focusable, visible widgets with neither an accessible name, a buddy label nor text."""
    # Qt announces a buddy label as the name only when label and field share a parent.
    buddies = {
        id(label.buddy())
        for label in root.findChildren(QLabel)
        if label.buddy() and label.buddy().parentWidget() is label.parentWidget()
    }
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        parent = widget.parentWidget()
        # Inner editors of spin boxes and fixed combo boxes are announced through their
        # owner; an editable combo box's text field is a control of its own.
        if isinstance(parent, QAbstractSpinBox) or (
            isinstance(parent, QComboBox) and not parent.isEditable()
        ):
            continue
        if isinstance(widget, QTabBar):
            continue  # a tab bar is announced through its tab titles
        if widget.accessibleName().strip() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if isinstance(widget, QLabel) and widget.text().strip():
            continue  # selectable text is read out as it is
        if widget.metaObject().className() == "QScrollArea" or widget.objectName() in (
            "qt_scrollarea_viewport",
        ):
            continue
        problems.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(root).__name__}")
    return problems


@pytest.fixture
def window(qtbot, tmp_path):
    from digiwandel.services.demo import create_demo_file

    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    assert win.open_path(create_demo_file(tmp_path / "demo.sqlite3"))
    win.show()
    return win


def test_every_page_has_only_named_controls(window):
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        page = window.stack.currentWidget()
        tabs = getattr(page, "tabs", None)
        for index in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(index)
            QApplication.processEvents()
            assert unnamed_controls(window) == [], window.navigation.item(row).text()


@pytest.mark.parametrize(
    ("tab", "opener"),
    [("areas", "add_requested"), ("levels", "add_requested"), ("persons", "add_requested")],
)
def test_form_dialogs_have_named_controls_and_tab_in_visual_order(window, tab, opener):
    panel = getattr(window.organisation, tab).panel
    seen = {}

    def inspect(dialog):
        seen["unnamed"] = unnamed_controls(dialog)
        fields = list(dialog.fields.values())
        order = []
        widget = fields[0]
        for _ in range(40):
            order.append(widget)
            widget = widget.nextInFocusChain()
        positions = [order.index(f) for f in fields]
        seen["in_order"] = positions == sorted(positions)
        dialog.reject()

    with_modal(inspect, getattr(panel, opener).emit)
    assert seen["unnamed"] == []
    assert seen["in_order"], "Tab must move through the fields from top to bottom"


def test_welcome_settings_and_help_dialogs_have_named_controls(window, qtbot):
    ctx = window.ctx
    welcome = WelcomeDialog(ctx, window)
    qtbot.addWidget(welcome)
    welcome.show()
    assert unnamed_controls(welcome) == []
    welcome._go_setup()
    QApplication.processEvents()
    assert unnamed_controls(welcome) == []
    for dialog in (SettingsDialog(ctx, window), HelpDialog(window)):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        assert unnamed_controls(dialog) == [], type(dialog).__name__


def test_error_marker_is_not_colour_only(window):
    """An error is marked by a sign and text, not by colour alone."""
    profile = window.organisation.profile
    profile.errors["postal_code"].show_message("x")
    assert profile.errors["postal_code"].text().startswith("⚠")

"""Unique Alt+letter mnemonics in every window, whatever is on screen and in any language.

Qt accepts two visible controls with the same mnemonic and then only cycles the focus
between them, so Alt+B may land in a field instead of opening *Bearbeiten*. Which controls
are visible together depends on the page, the tab and the step shown, and the letters depend
on the translation, so clashes are resolved where they arise: whenever widgets of a window
are shown, the window's visible mnemonics are checked once and a control whose letter is
taken moves to another letter of its own text (word starts first), or loses its mnemonic
when none is left. Menus keep their letters, then tabs, field labels and group boxes; buttons
give way first. A control gets its author's letter back as soon as that letter is free.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)

_ORIGINAL = "_mnemonic_original"  # the text as the program set it
_SHOWN = "_mnemonic_shown"  # the text after resolving, to notice when the program changes it
_MARK = re.compile(r"&(?!&)(.)")


def mnemonic_of(text: str) -> str | None:
    """The lower-case mnemonic letter of a text ("&&" is a literal ampersand)."""
    match = _MARK.search(text.replace("&&", "\0\0"))
    if not match or not match.group(1).strip():
        return None
    return match.group(1).lower()


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&&")


def with_mnemonic(text: str, taken: set[str]) -> str:
    """`text` with its mnemonic on a letter not in `taken`: its own letter if free, else the
    first free word start, else any free letter; without a mnemonic if none is left."""
    own = mnemonic_of(text)
    if own and own not in taken:
        return text
    plain = _plain(text)
    letters = [(i, ch) for i, ch in enumerate(plain) if ch.isalnum()]
    starts = [(i, ch) for i, ch in letters if i == 0 or not plain[i - 1].isalnum()]
    for index, char in [*starts, *letters]:
        if char.lower() not in taken and plain[index - 1 : index] != "&":
            return plain[:index] + "&" + plain[index:]
    return plain


class _Text:
    """Uniform access to the text of the kinds of controls that own a mnemonic."""

    def __init__(self, widget: QWidget, tab: int | None = None) -> None:
        self.widget = widget
        self.tab = tab

    def get(self) -> str:
        if self.tab is not None:
            return self.widget.tabText(self.tab)
        if isinstance(self.widget, QGroupBox):
            return self.widget.title()
        return self.widget.text()

    def set(self, text: str) -> None:
        if self.tab is not None:
            self.widget.setTabText(self.tab, text)
        elif isinstance(self.widget, QGroupBox):
            self.widget.setTitle(text)
        else:
            self.widget.setText(text)

    def _key(self) -> str:
        return _ORIGINAL if self.tab is None else f"{_ORIGINAL}{self.tab}"

    def original(self) -> str:
        """The program's own text: re-read when the program has set a new one since."""
        current = self.get()
        shown_key = _SHOWN if self.tab is None else f"{_SHOWN}{self.tab}"
        if self.widget.property(shown_key) != current:
            self.widget.setProperty(self._key(), current)
            self.widget.setProperty(shown_key, current)
        return self.widget.property(self._key())

    def show(self, text: str) -> None:
        shown_key = _SHOWN if self.tab is None else f"{_SHOWN}{self.tab}"
        if self.get() != text:
            self.set(text)
        self.widget.setProperty(shown_key, text)


def _controls(window: QWidget) -> Iterator[tuple[int, _Text]]:
    """(rank, control) of the window's visible controls with a mnemonic; lower rank wins."""
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    yield 1, _Text(widget, index)
        elif (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
            widget, QGroupBox
        ):
            yield 2, _Text(widget)
        elif isinstance(widget, QAbstractButton):
            yield 3, _Text(widget)


def resolve(window: QWidget) -> None:
    """Give every visible control of `window` a mnemonic no other visible control has."""
    taken: set[str] = set()
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            letter = mnemonic_of(action.text()) if action.isVisible() else None
            if letter:
                taken.add(letter)
    controls = sorted(_controls(window), key=lambda pair: pair[0])
    wanted = [(control, control.original()) for _rank, control in controls]
    for control, text in wanted:
        if mnemonic_of(text) is None:
            continue
        shown = with_mnemonic(text, taken)
        letter = mnemonic_of(shown)
        if letter:
            taken.add(letter)
        control.show(shown)


class MnemonicKeeper(QObject):
    """Application event filter: after widgets are shown, resolve their window once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[int, QWidget] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            window = watched.window()
            if id(window) not in self._pending:
                if not self._pending:
                    QTimer.singleShot(0, self._flush)
                self._pending[id(window)] = window
        return False

    def _flush(self) -> None:
        pending, self._pending = self._pending, {}
        for window in pending.values():
            try:
                if window.isVisible():
                    resolve(window)
            except RuntimeError:  # the window was deleted in the meantime
                continue


def install(app: QApplication) -> MnemonicKeeper:
    """Keep mnemonics unique in every window of `app` (idempotent)."""
    keeper = app.findChild(MnemonicKeeper)
    if keeper is None:
        keeper = MnemonicKeeper(app)
        app.installEventFilter(keeper)
    return keeper

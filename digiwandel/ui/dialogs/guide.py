"""The user guide: a German HTML book shipped with the program, in a window of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from digiwandel.paths import resources_dir

GUIDE_FILE = "handbuch.html"


def guide_folder() -> Path:
    """The guide exists in German only."""
    return resources_dir() / "guide" / "de"


class GuideWindow(QDialog):
    """Non-modal: the guide can stay open beside the main window while one works."""

    def __init__(self, parent: QWidget | None = None, lang: str = "de") -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setWindowTitle(self.tr("DigiWandel User Guide"))
        self.resize(980, 720)

        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide text"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(guide_folder())])

        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setToolTip(self.tr("Back to the previous place (Alt+Left)"))
        self.forward_button = QPushButton(self.tr("&Forward"))
        self.forward_button.setToolTip(self.tr("Forward again (Alt+Right)"))
        self.home_button = QPushButton(self.tr("&Contents"))
        self.home_button.setToolTip(self.tr("The table of contents (Alt+Home)"))
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Word or phrase"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setAccessibleName(self.tr("Find in the guide"))
        find_label = QLabel(self.tr("F&ind:"))
        find_label.setBuddy(self.find_edit)
        self.find_next_button = QPushButton(self.tr("&Next"))
        self.find_next_button.setToolTip(self.tr("Next place (F3 or Enter)"))
        self.find_previous_button = QPushButton(self.tr("Pre&vious"))
        self.find_previous_button.setToolTip(self.tr("Previous place (Shift+F3)"))
        self.find_status = QLabel()
        self.find_status.setAccessibleName(self.tr("Search result"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print the guide (Ctrl+P)"))

        tools = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            tools.addWidget(button)
        tools.addSpacing(12)
        tools.addWidget(find_label)
        tools.addWidget(self.find_edit, 1)
        tools.addWidget(self.find_next_button)
        tools.addWidget(self.find_previous_button)
        tools.addWidget(self.find_status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        # The guide is written in German only; say so to whoever chose English.
        self.language_note = QLabel(
            self.tr("This guide is available in German only.") if lang != "de" else ""
        )
        self.language_note.setVisible(lang != "de")
        layout.addWidget(self.language_note)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.home_button.clicked.connect(self.browser.home)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_edit.textChanged.connect(lambda _t: self.find_status.clear())
        self.find_next_button.clicked.connect(self.find_next)
        self.find_previous_button.clicked.connect(self.find_previous)
        self.print_button.clicked.connect(self.print_guide)
        for keys, slot in (
            (QKeySequence.StandardKey.Back, self.browser.backward),
            (QKeySequence.StandardKey.Forward, self.browser.forward),
            (QKeySequence("Alt+Home"), self.browser.home),
            (QKeySequence.StandardKey.Find, self._focus_find),
            (QKeySequence.StandardKey.FindNext, self.find_next),
            (QKeySequence.StandardKey.FindPrevious, self.find_previous),
            (QKeySequence.StandardKey.Print, self.print_guide),
        ):
            QShortcut(keys, self, activated=slot)

        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_folder() / GUIDE_FILE)))
        self.browser.setFocus()

    def title(self) -> str:
        return self.browser.documentTitle()

    def _focus_find(self) -> None:
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        """Move to the next place with the text, starting again at the other end."""
        text = self.find_edit.text().strip()
        if not text:
            self.find_status.clear()
            return False
        found = self.browser.find(text, flags)
        if not found:
            cursor = self.browser.textCursor()
            backward = bool(flags & QTextDocument.FindFlag.FindBackward)
            moves = cursor.MoveOperation
            cursor.movePosition(moves.End if backward else moves.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.find_status.setText("" if found else self.tr("Not found"))
        return found

    def print_guide(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the user guide"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.browser.document().print_(printer)


def show_guide(parent: QWidget, lang: str) -> GuideWindow:
    """Open the guide, or raise the window if it is open already."""
    window = getattr(parent, "_guide_window", None)
    if window is None:
        window = GuideWindow(parent, lang)
        parent._guide_window = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window

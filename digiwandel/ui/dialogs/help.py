"""Help and About."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
)

from digiwandel import __version__
from digiwandel.ui.help_topics import topics

SOURCE_AUTHORS = "Werner Heister, Markus Krings"
SOURCE_TITLE = "Digitaler Wandel im Sozialwesen: Bestandsaufnahme und Handlungsempfehlungen"


class HelpDialog(QDialog):
    """Help topics in a list beside the text, with a search over all topics; opens on the
    topic of the part of the program that had the focus (F1)."""

    def __init__(self, parent=None, topic: str | None = None, lang: str = "de") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("DigiWandel Help"))
        self.resize(900, 620)
        self.topics = [("general", self.tr("Working with DigiWandel"), self.help_html())]
        self.topics += topics(lang)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the help"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Help topics"))
        # Long step titles wrap rather than being cut off.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSpacing(1)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Help text"))
        self.browser.setOpenExternalLinks(False)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.browser)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([320, 580])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.search.textChanged.connect(self._filter)
        self._filter("")
        self.show_topic(topic or "general")
        self.list.setFocus()

    def _filter(self, text: str) -> None:
        """Topics whose title or text contains what was typed."""
        needle = " ".join(text.casefold().split())
        current = self.current_key()
        self.list.blockSignals(True)
        self.list.clear()
        self._shown = []
        for key, title, body in self.topics:
            plain = " ".join(re.sub(r"<[^>]+>", " ", body).casefold().split())
            if needle in title.casefold() or needle in plain:
                self._shown.append(key)
                self.list.addItem(title)
        self.list.blockSignals(False)
        if current in self._shown:
            self.list.setCurrentRow(self._shown.index(current))
        elif self._shown:
            self.list.setCurrentRow(0)
        else:
            self.browser.setHtml(
                "<p>" + self.tr("No help topic contains “{text}”.").format(text=text) + "</p>"
            )

    def _show(self, row: int) -> None:
        if 0 <= row < len(self._shown):
            key = self._shown[row]
            title, body = next((t, b) for k, t, b in self.topics if k == key)
            self.browser.setHtml(body if key == "general" else f"<h2>{title}</h2>{body}")

    def current_key(self) -> str | None:
        row = self.list.currentRow() if hasattr(self, "_shown") else -1
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def show_topic(self, key: str) -> None:
        if key not in self._shown:
            self.search.clear()
        if key in self._shown:
            self.list.setCurrentRow(self._shown.index(key))

    def help_html(self) -> str:
        return self.tr(
            "<h2>Working with DigiWandel</h2>"
            "<p>DigiWandel keeps everything in one database file on this computer. "
            "Nothing is sent anywhere. Every change is saved at once; there is no Save "
            "button. <b>Ctrl+Z</b> undoes the last change, <b>Ctrl+Y</b> redoes it.</p>"
            "<h3>The parts of the program</h3>"
            "<ul>"
            "<li><b>Overview</b>: your organisation at a glance.</li>"
            "<li><b>Organisation</b>: profile, areas, hierarchy levels and persons. "
            "Areas and levels are used to compare answers in the Digitalisierungscheck; "
            "persons take on roles such as owner of a goal or member of the digital "
            "team.</li>"
            "<li><b>Digitalisierungscheck</b>: a questionnaire that several colleagues "
            "answer, repeated over time.</li>"
            "<li><b>Drivers</b>: which technologies matter for you and how far you use "
            "them.</li>"
            "<li><b>Strategy</b>: vision, goals and indicators.</li>"
            "<li><b>Measures</b>: digitalisation projects in twelve steps.</li>"
            "<li><b>Reports</b>: the board report and other PDF documents.</li>"
            "</ul>"
            "<h3>Keyboard</h3>"
            "<ul>"
            "<li><b>Ctrl+1</b> to <b>Ctrl+7</b>: go to a part of the program.</li>"
            "<li>In lists: <b>Insert</b> adds an entry, <b>Enter</b> or <b>F2</b> edits "
            "it, <b>Delete</b> deletes it after asking.</li>"
            "<li><b>Alt</b> with an underlined letter jumps to a field or button.</li>"
            "</ul>"
            "<h3>Personal data</h3>"
            "<p>Only name, area, level, role and an optional e-mail address are stored "
            "about a person. On the Persons tab you can export everything stored about one "
            "person, and deleting a person removes their data.</p>"
            "<h3>Where your data lives</h3>"
            "<p>The database file is shown in the status bar. Use <i>File → Open</i> to "
            "work with another file, for example a copy on a network drive.</p>"
        ) + self.tr(
            "<h3>Measures: the 12 steps and the traffic light</h3>"
            "<p>Every measure runs through the twelve steps of the method. Progress is the "
            "share of steps that are done or skipped; it is calculated, never typed. "
            "Warnings point out what looks out of order, such as a pilot without a success "
            "metric; they never stop you.</p>"
            "<p>The traffic light is the team's own judgement of the measure:</p>"
            "<ul>"
            "<li><b>Green</b>: on track – time, budget and quality as planned.</li>"
            "<li><b>Amber</b>: at risk – there is a problem the team can still solve itself; "
            "it needs close attention.</li>"
            "<li><b>Red</b>: off track – goal, date or budget cannot be kept without a "
            "decision by the leadership.</li>"
            "</ul>"
            "<p>Amber and red need a reason of one sentence. The colour is always shown "
            "together with its word.</p>"
            "<h3>Trash</h3>"
            "<p>Deleted measures, tasks and other entries go to the trash "
            "(<i>Edit → Trash…</i>), from where they can be restored. Emptying the trash "
            "removes them for good and asks first.</p>"
        )


def about_html(database: str | None, data_folder: str, log_file: str) -> str:
    """The About text: what the program is, its licence, where the method comes from and
    where its files are."""
    text = QCoreApplication.translate(
        "About",
        "<h3>DigiWandel {version}</h3>"
        "<p>Digital maturity check, strategy editor and 12-step project tracker for "
        "social-sector organisations. Works offline; your data stays on this computer.</p>"
        "<p>The method (the twelve steps, the drivers of digitalisation, the typical "
        "deficits and the recommendations) is based on the article:<br>"
        "{authors}: <i>{title}</i>.</p>"
        "<p>All texts in the program are written for DigiWandel.</p>",
    ).format(version=__version__, authors=SOURCE_AUTHORS, title=SOURCE_TITLE)
    text += QCoreApplication.translate(
        "About",
        "<p>Licence: GNU General Public License, version 3 or later. You may use, copy and "
        "change the program; it comes without any warranty.</p>",
    )
    places = [
        (QCoreApplication.translate("About", "Open database"), database),
        (QCoreApplication.translate("About", "Data folder"), data_folder),
        (QCoreApplication.translate("About", "Error log (holds no personal data)"), log_file),
    ]
    text += "<p>" + "<br>".join(
        f"{html.escape(label)}: {html.escape(path)}" for label, path in places if path
    )
    return text + "</p>"


def show_about(parent, database: str | None = None) -> None:
    from digiwandel.paths import data_dir
    from digiwandel.ui.errors import log_path

    title = QCoreApplication.translate("About", "About DigiWandel")
    QMessageBox.about(parent, title, about_html(database, str(data_dir()), str(log_path())))

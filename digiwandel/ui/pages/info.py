"""Pages for parts of the program that are being built: they explain what will be there."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class InfoPage(QWidget):
    """A title, what this part is for, and what it will offer; no controls that do nothing."""

    def __init__(self, title: str, purpose: str, features: list[str], parent=None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        text = QLabel(purpose)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        items = "".join(f"<li>{html.escape(feature)}</li>" for feature in features)
        caption = self.tr("What you will find here:")
        planned = QLabel(f"<p><b>{caption}</b></p><ul>{items}</ul>")
        planned.setWordWrap(True)
        planned.setTextFormat(Qt.TextFormat.RichText)
        status = QLabel(
            self.tr(
                "This part is not yet available in this version of DigiWandel. "
                "Your organisation data entered now will be used by it."
            )
        )
        status.setWordWrap(True)
        status.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(planned)
        layout.addWidget(status)
        layout.addStretch(1)


def reports_page() -> InfoPage:
    return InfoPage(
        QCoreApplication.translate("InfoPage", "Reports"),
        QCoreApplication.translate(
            "InfoPage",
            "Reports bring the results together for the board and for the team, as PDF "
            "files to print or pass on.",
        ),
        [
            QCoreApplication.translate(
                "InfoPage", "The board report (Vorstandsbericht) with charts and key figures"
            ),
            QCoreApplication.translate(
                "InfoPage", "Assessment report, project profile and strategy paper"
            ),
            QCoreApplication.translate("InfoPage", "A blank questionnaire to fill in on paper"),
        ],
    )

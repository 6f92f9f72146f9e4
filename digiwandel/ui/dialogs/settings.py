"""Settings: the user's language (per PC) and the organisation's privacy threshold."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from digiwandel.i18n import DEFAULT_LANGUAGE
from digiwandel.services.organisation import PRIVACY_THRESHOLD_KEY
from digiwandel.ui.context import AppContext
from digiwandel.ui.widgets import buddy_label

LANGUAGE_KEY = "ui/language"


def saved_language() -> str:
    value = QSettings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return value if value in ("de", "en") else DEFAULT_LANGUAGE


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language())))
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 20)
        self.threshold.setEnabled(ctx.db is not None)
        if ctx.db is not None:
            self.threshold.setValue(ctx.org.privacy_threshold())
        self.setMinimumWidth(560)
        language_label = buddy_label(self.tr("&Language of the program:"), self.language)
        threshold_label = buddy_label(self.tr("&Smallest group shown in results:"), self.threshold)
        note = QLabel(self.tr("A new language takes effect when DigiWandel is started again."))
        note.setWordWrap(True)
        threshold_note = QLabel(
            self.tr(
                "Results of the Digitalisierungscheck are only broken down by area or level "
                "when at least this many people answered, so no one's answers can be "
                "identified. This setting is stored with the organisation's data."
            )
        )
        threshold_note.setWordWrap(True)
        language_box = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language_box)
        language_form.addRow(language_label, self.language)
        language_form.addRow(note)
        privacy_box = QGroupBox(self.tr("Privacy"))
        privacy_form = QFormLayout(privacy_box)
        privacy_form.addRow(threshold_label, self.threshold)
        privacy_form.addRow(threshold_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(language_box)
        layout.addWidget(privacy_box)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.language.currentData())
        if self.ctx.db is not None:
            self.ctx.org.set_setting(PRIVACY_THRESHOLD_KEY, str(self.threshold.value()))
        super().accept()

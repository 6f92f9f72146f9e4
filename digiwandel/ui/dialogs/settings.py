"""Settings: the user's language and backup folder (per PC) and the organisation's privacy
threshold."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from digiwandel.i18n import LANGUAGE_KEY, saved_language
from digiwandel.services.organisation import PRIVACY_THRESHOLD_KEY
from digiwandel.ui.backups import backup_folder, set_backup_folder, shown_folder
from digiwandel.ui.context import AppContext, Change
from digiwandel.ui.widgets import buddy_label


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
                "Results of an area or level (such as leadership) with fewer answer sheets "
                "than this are not shown: not on screen, in reports or in exported tables. "
                "Their answers still count in the overall result; a check with fewer sheets "
                "in total says that its results are not anonymous. Reports made earlier stay "
                "as they were. Backups and File → Export organisation contain all answer "
                "sheets. This setting is stored with the organisation's data."
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
        backup_box = self._build_backup_box()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(language_box)
        layout.addWidget(privacy_box)
        layout.addWidget(backup_box)
        layout.addStretch(1)
        layout.addWidget(buttons)

    # -- backups (a setting of this PC, like the language) --------------------------------
    def _build_backup_box(self) -> QGroupBox:
        self.chosen_backup_folder = backup_folder()
        self.backup_folder = QLineEdit()
        self.backup_folder.setReadOnly(True)
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        self.change_backup_folder = QPushButton(self.tr("C&hange…"))
        self.change_backup_folder.clicked.connect(self._choose_backup_folder)
        self.default_backup_folder = QPushButton(self.tr("Beside the &database"))
        self.default_backup_folder.clicked.connect(lambda: self._set_backup_folder(None))
        row = QHBoxLayout()
        row.addWidget(self.backup_folder, 1)
        row.addWidget(self.change_backup_folder)
        row.addWidget(self.default_backup_folder)
        note = QLabel(
            self.tr(
                "DigiWandel backs up the database when it closes, every 30 minutes while "
                "data changes, before updates, imports and restores, and with File → Back "
                "up now. It keeps every backup of the last 24 hours (at most 10), one a day "
                "for two weeks, one a week for two months and one a month for a year. "
                "This folder is a setting of this computer."
            )
        )
        note.setWordWrap(True)
        box = QGroupBox(self.tr("Backups"))
        form = QFormLayout(box)
        form.addRow(buddy_label(self.tr("&Folder:"), self.backup_folder), row)
        form.addRow(note)
        self._set_backup_folder(self.chosen_backup_folder)
        return box

    def _set_backup_folder(self, folder: Path | None) -> None:
        self.chosen_backup_folder = folder
        db_path = self.ctx.db.path if self.ctx.db is not None else None
        shown = shown_folder(db_path) if folder is None else folder
        if folder is None and shown is None:
            self.backup_folder.setText(self.tr("a “backups” folder beside the database"))
        elif folder is None:
            self.backup_folder.setText(str(shown))
        else:
            self.backup_folder.setText(str(folder))
        self.default_backup_folder.setEnabled(folder is not None)

    def _choose_backup_folder(self) -> None:
        start = self.chosen_backup_folder or (
            self.ctx.db.path.parent if self.ctx.db is not None and self.ctx.db.path else None
        )
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for backups"), str(start or Path.home())
        )
        if path:
            self._set_backup_folder(Path(path))

    def accept(self) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.language.currentData())
        set_backup_folder(self.chosen_backup_folder)
        if self.ctx.db is not None and self.threshold.value() != self.ctx.org.privacy_threshold():
            self.ctx.org.set_setting(PRIVACY_THRESHOLD_KEY, str(self.threshold.value()))
            # Results on screen were computed with the old size: they are computed again.
            self.ctx.notify(Change.ORGANISATION)
        super().accept()

"""Making a report: which kind, about what, for which period, in which language, with which
sections. The report is made in the background; the dialog shows the progress and can stop
it. Nothing is stored unless the report was made in full."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from digiwandel.domain.vocabulary import NAME_LEN
from digiwandel.services.errors import DomainError
from digiwandel.services.reports import (
    ItemChoice,
    KindInfo,
    RenderedReport,
    ReportRequest,
    ReportService,
    default_period,
)
from digiwandel.ui.context import AppContext, error_text, format_date, ui_language
from digiwandel.ui.errors import log, log_path, plain_reason
from digiwandel.ui.worker import BackgroundTask

LANGUAGES = (("de", "Deutsch"), ("en", "English"))  # each in its own language


def kind_title(info: KindInfo) -> str:
    return QCoreApplication.translate("ReportKinds", info.title)


class ReportDialog(QDialog):
    """Choose and make a report. After `exec()` returns Accepted, `rendered` holds it and
    `snapshot_id` the kept copy (None for a kind that is not kept)."""

    def __init__(
        self,
        ctx: AppContext,
        kind: str | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or date.today()
        self.rendered: RenderedReport | None = None
        self.snapshot_id: int | None = None
        self.task: BackgroundTask | None = None
        self._items: list[ItemChoice] = []
        self._periods: dict[str, str] = {}
        self.setWindowTitle(self.tr("Create report"))
        self.setMinimumWidth(520)

        service = self._service()
        self.kinds = {info.kind: info for info in service.kinds()}

        self.kind_combo = QComboBox()
        for info in self.kinds.values():
            self.kind_combo.addItem(kind_title(info), info.kind)
        self.kind_label = QLabel(self.tr("&Report:"))
        self.kind_label.setBuddy(self.kind_combo)

        self.item_combo = QComboBox()
        self.item_label = QLabel()
        self.item_label.setBuddy(self.item_combo)
        self.no_item_label = QLabel()
        self.no_item_label.setWordWrap(True)
        item_box = QWidget()
        item_layout = QVBoxLayout(item_box)
        item_layout.setContentsMargins(0, 0, 0, 0)
        item_layout.addWidget(self.item_combo)
        item_layout.addWidget(self.no_item_label)
        self.item_box = item_box

        self.period_edit = QLineEdit()
        self.period_edit.setMaxLength(NAME_LEN)
        self.period_label = QLabel(self.tr("&Period on the cover:"))
        self.period_label.setBuddy(self.period_edit)

        self.language_combo = QComboBox()
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(ui_language()), 0))
        self.language_label = QLabel(self.tr("&Language of the report:"))
        self.language_label.setBuddy(self.language_combo)

        form = QFormLayout()
        form.addRow(self.kind_label, self.kind_combo)
        form.addRow(self.item_label, self.item_box)
        form.addRow(self.period_label, self.period_edit)
        form.addRow(self.language_label, self.language_combo)
        self.form = form

        self.sections_box = QGroupBox(self.tr("&Sections"))
        self.sections_layout = QVBoxLayout(self.sections_box)
        self.section_checks: dict[str, QCheckBox] = {}
        self.sections_hint = QLabel(self.tr("Choose at least one section."))
        self.sections_hint.setVisible(False)
        self.sections_layout.addWidget(self.sections_hint)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("Progress of the report"))
        self.progress.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color: #a4000f;")
        self.error_label.setVisible(False)

        self.buttons = QDialogButtonBox()
        self.create_button = QPushButton(self.tr("&Create"))
        self.create_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sections_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.create_button.clicked.connect(self.create)
        self.cancel_button.clicked.connect(self.reject)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.period_edit.setText(self._default_period(self.language()))

        if kind is not None and self.kind_combo.findData(kind) >= 0:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self._kind_changed()

    # -- reading the form ----------------------------------------------------------------
    def _service(self) -> ReportService:
        assert self.ctx.db is not None
        return ReportService(self.ctx.db)

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def info(self) -> KindInfo:
        return self.kinds[self.kind()]

    def language(self) -> str:
        return self.language_combo.currentData()

    def chosen_sections(self) -> frozenset[str]:
        return frozenset(key for key, box in self.section_checks.items() if box.isChecked())

    def request(self) -> ReportRequest:
        info = self.info()
        return ReportRequest(
            kind=info.kind,
            item_id=self.item_combo.currentData() if info.item else None,
            sections=self.chosen_sections() if info.sections else None,
            today=self.today,
            period="" if info.item else self.period_edit.text().strip(),
        )

    def _default_period(self, lang: str) -> str:
        """The current half year in `lang`: the report is written in it, whatever the UI."""
        if lang not in self._periods:
            from digiwandel.i18n import QtLanguage

            self._periods[lang] = default_period(QtLanguage(lang), self.today)
        return self._periods[lang]

    # -- reacting ------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        info = self.info()
        self._clear_error()
        self.status_label.clear()
        # What the report is about, if it is about one thing.
        needs_item = info.item is not None
        if info.item == "assessment":
            self.item_label.setText(self.tr("C&heck:"))
            empty = self.tr(
                "There is no completed Digitalisierungscheck yet. Complete a check on the page "
                "Digitalisierungscheck first."
            )
        else:
            self.item_label.setText(self.tr("&Measure:"))
            empty = self.tr("There is no measure yet. Create a measure on the page Measures first.")
        self._items = self._service().items(info.kind) if needs_item else []
        self.item_combo.clear()
        for item in self._items:
            text = item.title
            if item.day is not None:
                text = f"{item.title} ({format_date(item.day)})"
            self.item_combo.addItem(text, item.id)
        self.item_combo.setAccessibleName(self.item_label.text().replace("&", "").rstrip(":"))
        self.no_item_label.setText(empty)
        self.form.setRowVisible(self.item_box, needs_item)
        self.item_combo.setVisible(bool(self._items))
        self.no_item_label.setVisible(needs_item and not self._items)
        # A report about one thing takes its subtitle from it, not from a period.
        self.form.setRowVisible(self.period_edit, not needs_item)
        self._fill_sections(info)
        self._update_buttons()
        self.adjustSize()

    def _fill_sections(self, info: KindInfo) -> None:
        for box in self.section_checks.values():
            self.sections_layout.removeWidget(box)
            box.hide()  # at once, not only when Qt deletes it later
            box.deleteLater()
        self.section_checks.clear()
        remembered = self._service().remembered_sections(info.kind) if info.sections else None
        for key, label in info.sections:
            box = QCheckBox(QCoreApplication.translate("ReportSections", label))
            box.setChecked(remembered is None or key in remembered)
            box.toggled.connect(self._update_buttons)
            self.sections_layout.insertWidget(len(self.section_checks), box)
            self.section_checks[key] = box
        self.sections_box.setVisible(bool(info.sections))

    def _language_changed(self) -> None:
        # A period nobody changed follows the language; a typed one stays.
        if self.period_edit.text() in self._periods.values():
            self.period_edit.setText(self._default_period(self.language()))

    def _update_buttons(self) -> None:
        info = self.info()
        busy = self.generating()
        ready = (info.item is None or bool(self._items)) and (
            not info.sections or bool(self.chosen_sections())
        )
        self.create_button.setEnabled(ready and not busy)
        for widget in (self.kind_combo, self.item_box, self.period_edit, self.language_combo):
            widget.setEnabled(not busy)
        self.sections_box.setEnabled(not busy)
        stop = self.tr("Stop")
        cancel = self.tr("Cancel")
        self.cancel_button.setText(stop if busy else cancel)
        self.sections_hint.setVisible(bool(info.sections) and not self.chosen_sections())

    def _show_error(self, text: str) -> None:
        self.error_label.setText("⚠ " + text)
        self.error_label.setVisible(True)
        self.error_label.setAccessibleDescription(text)

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.setVisible(False)

    # -- making the report ---------------------------------------------------------------
    def generating(self) -> bool:
        return self.task is not None

    def create(self) -> None:
        if self.generating() or not self.create_button.isEnabled():
            return
        from digiwandel.reports.base import Cancelled

        self._clear_error()
        info = self.info()
        try:
            request = self._service().resolve(self.request())
            if info.sections:
                self._service().remember_sections(info.kind, request.sections or ())
        except DomainError as exc:
            self._show_error(error_text(exc))
            return
        db, lang = self.ctx.db, self.language()

        def work(progress):  # in the worker thread: its own sessions, its own language
            from digiwandel.i18n import QtLanguage

            return ReportService(db).render(request, QtLanguage(lang), progress)

        # No parent: a running thread must outlive a dialog that is closed meanwhile.
        self.task = BackgroundTask(work, cancel_error=Cancelled)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status_label.setText(self.tr("The report is being created…"))
        self._update_buttons()
        self.cancel_button.setFocus()
        self.task.begin()

    def _progressed(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * 1000))

    def _finish_task(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self._update_buttons()

    def _succeeded(self, rendered: RenderedReport) -> None:
        cancelled = self.task is not None and self.task.cancel_requested
        self._finish_task()
        if cancelled:
            self._cancelled()
            return
        try:
            self.snapshot_id = self._service().store_snapshot(rendered)
        except DomainError as exc:
            self._show_error(error_text(exc))
            return
        except Exception as exc:  # e.g. a full disk while storing the copy
            log.error("storing a report failed", exc_info=exc)
            self._show_error(plain_reason(exc))
            return
        self.rendered = rendered
        self.status_label.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._finish_task()
        self.status_label.clear()
        if isinstance(exc, DomainError):
            self._show_error(error_text(exc))
            return
        reason = plain_reason(exc)
        if reason == plain_reason(Exception()):  # nothing more to say in plain words
            self._show_error(
                self.tr(
                    "The report could not be created because of an unexpected error "
                    "({error}). The details are written to the log file {path}."
                ).format(error=f"{type(exc).__name__}: {exc}", path=log_path())
            )
        else:
            self._show_error(
                self.tr("The report could not be created. {reason}").format(reason=reason)
            )

    def _cancelled(self) -> None:
        self._finish_task()
        self.status_label.setText(self.tr("Stopped. No report was created."))

    def stop(self) -> None:
        """Stop making the report; the dialog stays open."""
        if self.task is not None:
            self.task.cancel()
            self.status_label.setText(self.tr("Stopping…"))

    def reject(self) -> None:
        # Esc, Cancel and the window's close button first stop a report being made.
        if self.generating():
            self.stop()
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self.generating():
            self.stop()
            event.ignore()
            return
        super().closeEvent(event)

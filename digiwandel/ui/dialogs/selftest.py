"""Help → Check the installation: the self-test of `digiwandel selftest`, run in the
background while the dialog lists each step as it finishes. For a user who wonders whether
a problem lies in the installation (after a Windows update, say), and for whoever helps
them: the result can be copied in one click.

The steps work in a temporary folder and leave the open database and the settings alone;
the step that opens a second program window is left out here (this window is proof enough).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digiwandel import APP_NAME, __version__, selftest
from digiwandel.formats import number_text
from digiwandel.ui.worker import BackgroundTask


class _Relay(QObject):
    """Carries each step's result from the worker thread to the dialog."""

    step_done = Signal(object)


class SelfTestDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.task: BackgroundTask | None = None
        self.passed: bool | None = None
        self.total = selftest.step_count(window=False)
        self.setWindowTitle(self.tr("Check the installation"))
        self.setMinimumSize(620, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "DigiWandel now tries once everything it needs: a new database, the demo "
                "organisation, a board report and its preview, an Excel file, the "
                "translations and the database check. This happens in a temporary folder; "
                "your database and your settings are not touched."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.progress = QProgressBar()
        self.progress.setRange(0, self.total)
        self.progress.setAccessibleName(self.tr("Steps done"))
        layout.addWidget(self.progress)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Step"), self.tr("Result"), self.tr("Seconds")]
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Steps of the check"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # One line per step, every step in sight without scrolling; a long error is whole
        # in the cell's tooltip and in the copied result.
        self.view.setWordWrap(False)
        self.view.setMinimumHeight(
            header.sizeHint().height()
            + self.total * self.view.verticalHeader().defaultSectionSize()
            + 2 * self.view.frameWidth()
        )
        layout.addWidget(self.view, 1)
        self.status = QLabel(self.tr("Checking…"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.copy_button = buttons.addButton(
            self.tr("&Copy the result"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_result)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.relay = _Relay(self)
        self.relay.step_done.connect(self._step_done)

    def start(self) -> BackgroundTask:
        relay, lang = self.relay, self.lang

        def work(_progress) -> bool:
            return selftest.run(lang, relay.step_done.emit, window=False, own_settings=False)

        self.task = BackgroundTask(work, parent=None)
        self.task.succeeded.connect(self._finished)
        self.task.failed.connect(self._crashed)
        return self.task.begin()

    def exec(self) -> int:
        if self.task is None:
            self.start()
        return super().exec()

    # -- results -----------------------------------------------------------------------
    def _step_done(self, result: selftest.StepResult) -> None:
        title = QApplication.translate(selftest.TR_CONTEXT, selftest.STEP_TITLES[result.key])
        if result.error:
            outcome = self.tr("Failed: {error}").format(error=result.error)
        else:
            outcome = self.tr("OK ({detail})").format(detail=result.detail)
        row = [QStandardItem(title), QStandardItem(outcome)]
        row[1].setToolTip(outcome)
        seconds = QStandardItem(number_text(result.seconds, 2))
        seconds.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.append(seconds)
        self.model.appendRow(row)
        self.progress.setValue(self.model.rowCount())
        self.view.resizeColumnToContents(0)

    def _finished(self, passed: bool) -> None:
        self.passed = passed
        self.progress.setValue(self.total if passed else self.progress.value())
        if passed:
            self.status.setText(self.tr("Everything works. This installation is in order."))
        else:
            self.status.setText(
                self.tr(
                    "A step failed, so the installation is incomplete or damaged. Install "
                    "DigiWandel again (your data stays); if that does not help, copy the "
                    "result and send it to whoever helps you with the computer."
                )
            )
        self.copy_button.setEnabled(True)
        self.copy_button.setDefault(True)

    def _crashed(self, error: BaseException) -> None:
        self._finished(False)
        self.status.setText(self.status.text() + "\n" + str(error))

    def result_text(self) -> str:
        """The table and the verdict as plain text, for an e-mail."""
        lines = [f"{self.windowTitle()}: {APP_NAME} {__version__}"]
        for row in range(self.model.rowCount()):
            cells = [self.model.item(row, column).text() for column in range(3)]
            lines.append(f"{cells[0]}: {cells[1]} – {cells[2]} s")
        lines.append(self.status.text())
        return "\n".join(lines)

    def copy_result(self) -> None:
        QApplication.clipboard().setText(self.result_text())

"""Reports page: the kinds of report to create, and the reports kept so far."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digiwandel.services.errors import DomainError, NotFoundError
from digiwandel.services.reports import KindInfo, ReportService, SnapshotRow
from digiwandel.ui.context import AppContext, Change, FollowsChanges, format_date, show_error
from digiwandel.ui.forms import confirm
from digiwandel.ui.widgets import Column, RowTableModel, local_shortcut


def local_time(value: datetime) -> datetime:
    """Snapshot times are stored in UTC without a zone; people read their own time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def when_text(value: datetime) -> str:
    moment = local_time(value)
    clock = QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
    return f"{format_date(moment.date())} {clock}"


class ReportsPage(FollowsChanges, QWidget):
    # What a board report shows comes from every part; the list itself is one query.
    listens = Change.ALL

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview = None  # the preview opened last
        title = QLabel(self.tr("Reports"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Reports bring the results together as PDF files to print or pass on: for "
                "the board, for the team or for a funder. Every report except the blank "
                "questionnaire is kept below, so that you can open, save or print it again "
                "later; the next board report compares its key figures with the last one."
            )
        )
        intro.setWordWrap(True)

        self.kind_buttons: dict[str, QPushButton] = {}
        self.kinds_grid = QGridLayout()
        self.kinds_grid.setColumnStretch(1, 1)
        kinds_box = QWidget()
        kinds_box.setLayout(self.kinds_grid)
        self._kinds_built = False

        kept_title = QLabel(self.tr("Kept reports"))
        kept_title.setObjectName("sectionTitle")
        self.model = RowTableModel(
            [
                Column(self.tr("Created"), lambda r: when_text(r.created_at)),
                Column(self.tr("Report"), lambda r: r.title),
                Column(self.tr("Period or subject"), lambda r: r.period_label),
                Column(self.tr("Pages"), lambda r: r.pages or "–", align_right=True),
                Column(
                    self.tr("Size"),
                    lambda r: (
                        QLocale().formattedDataSize(
                            r.size, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat
                        )
                        if r.size
                        # a report of which only the key figures were kept
                        else self.tr("key figures only")
                    ),
                    align_right=True,
                ),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Kept reports"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(
            self.tr("No reports kept yet. Every report you create appears here.")
        )
        self.empty_label.setWordWrap(True)

        self.open_button = QPushButton(self.tr("&Open"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        buttons = QHBoxLayout()
        for button in (self.open_button, self.save_button, self.print_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(kinds_box)
        layout.addSpacing(8)
        layout.addWidget(kept_title)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)

        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.activated.connect(lambda _index: self.open_selected())  # Enter, double-click
        local_shortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()
        self.follow_changes(ctx)

    def hideEvent(self, event) -> None:
        # Reports may also be made by the command line, which sends no change notice: the
        # list (one query) is read again whenever the page is shown.
        super().hideEvent(event)
        self._stale = True

    # -- the kinds -----------------------------------------------------------------------
    def descriptions(self) -> dict[str, str]:
        return {
            "board": self.tr(
                "For the board: where the organisation stands, the strategy, the measures "
                "with budget and traffic lights, risks and the decisions needed."
            ),
            "assessment": self.tr(
                "The results of one completed Digitalisierungscheck with findings and "
                "recommendations."
            ),
            "project": self.tr(
                "A profile of one measure: aim, steps, budget, success metrics and risks."
            ),
            "strategy": self.tr(
                "The strategy paper: vision, Leitbild, goals with indicators, the digital "
                "team and the communication plan."
            ),
            "questionnaire": self.tr(
                "The questions of the check as a blank form to fill in on paper."
            ),
        }

    def _build_kinds(self, kinds: list[KindInfo]) -> None:
        descriptions = self.descriptions()
        for row, info in enumerate(kinds):
            name = QCoreApplication.translate("ReportKinds", info.title)
            heading = QLabel(name)
            heading.setStyleSheet("font-weight: 600;")
            text = QLabel(descriptions.get(info.kind, ""))
            text.setWordWrap(True)
            button = QPushButton(self.tr("Create…"))
            button.setAccessibleName(self.tr("Create {report}").format(report=name))
            button.clicked.connect(lambda _c=False, kind=info.kind: self.create_report(kind))
            self.kinds_grid.addWidget(heading, row, 0, Qt.AlignmentFlag.AlignTop)
            self.kinds_grid.addWidget(text, row, 1, Qt.AlignmentFlag.AlignTop)
            self.kinds_grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.kind_buttons[info.kind] = button
        self._kinds_built = True

    # -- loading -------------------------------------------------------------------------
    def _service(self) -> ReportService:
        assert self.ctx.db is not None
        return ReportService(self.ctx.db)

    def reload(self) -> None:
        has_db = self.ctx.db is not None
        if has_db and not self._kinds_built:
            self._build_kinds(self._service().kinds())
        for button in self.kind_buttons.values():
            button.setEnabled(has_db)
        selected = self.current()
        self.model.set_rows(self._service().snapshots() if has_db else [])
        self.view.setVisible(self.model.rowCount() > 0)
        self.empty_label.setVisible(has_db and self.model.rowCount() == 0)
        if selected is not None:
            self.select(selected.id)

    def current(self) -> SnapshotRow | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().hasSelection():
            return None
        return self.model.row_at(index.row())

    def select(self, snapshot_id: int | None) -> None:
        for row, item in enumerate(self.model.rows()):
            if item.id == snapshot_id:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
                return

    def _update_buttons(self) -> None:
        has = self.current() is not None
        for button in (self.open_button, self.save_button, self.print_button, self.delete_button):
            button.setEnabled(has)

    # -- creating ------------------------------------------------------------------------
    def create_report(self, kind: str | None = None) -> bool:
        """Ask what to make, make it, and show it; True when a report was made."""
        if self.ctx.db is None:
            return False
        from digiwandel.ui.dialogs.report import ReportDialog

        dialog = ReportDialog(self.ctx, kind, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.rendered is None:
            return False
        rendered = dialog.rendered
        if dialog.snapshot_id is not None:
            self.ctx.notify(Change.REPORTS)  # e.g. the overview's first steps
            self.reload()
            self.select(dialog.snapshot_id)
        self.show_preview(rendered.pdf, rendered.title, rendered.subtitle)
        return True

    @staticmethod
    def _window_title(title: str, subtitle: str) -> str:
        return f"{title} – {subtitle}" if subtitle else title

    def show_preview(self, pdf: bytes, title: str, subtitle: str, made: datetime | None = None):
        """Show a report in a window of its own, beside the program."""
        from digiwandel.ui.dialogs.preview import PreviewDialog, report_file_name

        day = local_time(made).date() if made else None
        dialog = PreviewDialog(
            pdf,
            title=self._window_title(title, subtitle),
            file_name=report_file_name(title, day),
            parent=self.window(),
        )
        dialog.show()
        self.preview = dialog
        return dialog

    # -- the kept reports ----------------------------------------------------------------
    def _pdf(self, row: SnapshotRow) -> bytes | None:
        try:
            return self._service().snapshot_pdf(row.id)
        except NotFoundError as exc:
            show_error(self, exc)
            self.reload()
            return None
        except DomainError as exc:
            show_error(self, exc)
            return None

    def _actions(self, row: SnapshotRow):
        from digiwandel.ui.dialogs.preview import PdfActions, report_file_name

        pdf = self._pdf(row)
        if pdf is None:
            return None
        day = local_time(row.created_at).date()
        title = self._window_title(row.title, row.period_label)
        return PdfActions(pdf, report_file_name(row.title, day), title, self)

    def open_selected(self):
        row = self.current()
        if row is None:
            return None
        pdf = self._pdf(row)
        if pdf is None:
            return None
        return self.show_preview(pdf, row.title, row.period_label, row.created_at)

    def save_selected(self):
        row = self.current()
        actions = self._actions(row) if row is not None else None
        if actions is None:
            return None
        try:
            return actions.save()
        finally:
            actions.close()
            actions.deleteLater()

    def print_selected(self) -> bool:
        row = self.current()
        actions = self._actions(row) if row is not None else None
        if actions is None:
            return False
        try:
            return actions.print_report()
        finally:
            actions.close()
            actions.deleteLater()

    def delete_selected(self) -> bool:
        row = self.current()
        if row is None:
            return False
        text = self.tr("Delete the report “{report}” of {date} for good?").format(
            report=row.title, date=when_text(row.created_at)
        )
        if row.kind == "board":
            text += " " + self.tr(
                "If it is the latest board report, the next one compares its key figures "
                "with the one before."
            )
        if not confirm(self, self.tr("Delete report"), text):
            return False
        try:
            self._service().delete_snapshot(row.id)
        except DomainError as exc:
            show_error(self, exc)
        else:
            self.ctx.notify(Change.REPORTS)
        self.reload()
        return True

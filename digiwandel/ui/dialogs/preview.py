"""Looking at a report before it goes anywhere: preview, print, save as PDF, open.

The pages are drawn with pypdfium2 (loaded on first use; Qt's own PDF module is not part of
the Qt wheels the program uses): on screen at the screen's resolution times the zoom, only
the pages in view and a screen's height around them, one page per turn of the event loop so
that a long report opens at once; on paper at the printer's resolution.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRectF,
    QSettings,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from digiwandel.services.reports import write_file_atomically
from digiwandel.ui.forms import percent_text

FOLDER_KEY = "reports/folder"
MAX_PRINT_DPI = 600  # a page of A4 at 600 dpi is about 140 MB as an image: enough
ZOOM_STEPS = (0.25, 1 / 3, 0.5, 2 / 3, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
PAGE_GAP = 12  # pixels between pages and around them
KEEP_DRAWN = 12  # pages kept drawn; pages far from view are drawn again when they return


# -- the document --------------------------------------------------------------------------
class PdfPages:
    """A PDF opened with pypdfium2. Not thread-safe: used on the UI thread only."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2

        self._doc = pypdfium2.PdfDocument(data)
        self.sizes: list[tuple[float, float]] = [
            self._doc.get_page_size(index) for index in range(len(self._doc))
        ]

    def __len__(self) -> int:
        return len(self.sizes)

    def image(self, index: int, scale: float) -> QImage:
        """Page `index` (from 0) as an image, `scale` pixels per point."""
        page = self._doc[index]
        try:
            bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            )
            return image.copy()  # the bitmap's memory goes with the bitmap
        finally:
            page.close()

    def draw(self, painter: QPainter, index: int, target: QRectF, scale: float) -> None:
        """Draw page `index` into `target`, rendered at `scale` pixels per point."""
        page = self._doc[index]
        try:
            bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            )
            painter.drawImage(target, image)
            del image  # before the bitmap it points into
        finally:
            page.close()

    def close(self) -> None:
        self._doc.close()


def report_file_name(title: str, day: date | None = None) -> str:
    """ "Vorstandsbericht 2026-12-02.pdf": the title and the date, safe as a file name."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", title).strip(" .-") or "report"
    return f"{safe} {(day or date.today()).isoformat()}.pdf"


# -- save, print, open ---------------------------------------------------------------------
_viewer_dir: Path | None = None


def _viewer_folder() -> Path:
    """A folder for copies handed to the system viewer, removed when the program ends."""
    global _viewer_dir
    if _viewer_dir is None or not _viewer_dir.exists():
        _viewer_dir = Path(tempfile.mkdtemp(prefix="digiwandel-reports-"))
        app = QCoreApplication.instance()
        if app is not None:
            folder = _viewer_dir
            app.aboutToQuit.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
    return _viewer_dir


class PdfActions(QObject):
    """What can be done with a finished report: save it, print it, open it elsewhere."""

    def __init__(self, pdf: bytes, file_name: str, title: str, widget: QWidget) -> None:
        super().__init__(widget)
        self.pdf = pdf
        self.file_name = file_name
        self.title = title
        self.widget = widget
        self._pages: PdfPages | None = None

    def pages(self) -> PdfPages:
        if self._pages is None:
            self._pages = PdfPages(self.pdf)
        return self._pages

    def close(self) -> None:
        """Let go of the opened document (pdfium's memory)."""
        if self._pages is not None:
            self._pages.close()
            self._pages = None

    # -- save ----------------------------------------------------------------------------
    def save(self) -> Path | None:
        """Ask where, then write the PDF there (complete or not at all)."""
        folder = QSettings().value(FOLDER_KEY, "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self.widget,
            self.tr("Save report as PDF"),
            str(Path(folder) / self.file_name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_file_atomically(path, self.pdf)
        except OSError as exc:
            QMessageBox.warning(
                self.widget,
                self.tr("Report not saved"),
                self.tr("The report could not be saved as {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return None
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        return path

    # -- open ----------------------------------------------------------------------------
    def open_in_viewer(self) -> Path | None:
        """Hand a copy to the program the system uses for PDF files."""
        try:
            folder = _viewer_folder()
            path = folder / self.file_name
            number = 1
            while path.exists():
                number += 1
                path = folder / f"{Path(self.file_name).stem} ({number}).pdf"
            write_file_atomically(path, self.pdf)
        except OSError as exc:
            QMessageBox.warning(
                self.widget,
                self.tr("Report not opened"),
                self.tr("The report could not be prepared for opening: {reason}").format(
                    reason=exc.strerror or exc
                ),
            )
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                self.widget,
                self.tr("Report not opened"),
                self.tr(
                    "No program for PDF files was found. Save the report as PDF and open it "
                    "with a PDF viewer of your choice."
                ),
            )
            return None
        return path

    # -- print ---------------------------------------------------------------------------
    def print_report(self, current_page: int = 1) -> bool:
        """The system's print dialog, then every chosen page at the printer's resolution.
        Cancelling (in the dialog or while printing) changes nothing."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        try:
            pages = self.pages()
        except Exception as exc:  # pypdfium2 refuses a damaged file
            self._print_failed(str(exc))
            return False
        count = len(pages)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        printer.setFullPage(True)  # the report has margins of its own
        if count:
            width, height = pages.sizes[0]
            printer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point))
            printer.setPageOrientation(
                QPageLayout.Orientation.Landscape
                if width > height
                else QPageLayout.Orientation.Portrait
            )
        dialog = QPrintDialog(printer, self.widget)
        dialog.setWindowTitle(self.tr("Print report"))
        dialog.setMinMax(1, max(count, 1))
        for option in (
            QAbstractPrintDialog.PrintDialogOption.PrintPageRange,
            QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage,
        ):
            dialog.setOption(option, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        numbers = chosen_pages(printer, count, current_page)
        if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
            numbers.reverse()
        return self._print_pages(printer, pages, numbers)

    def _print_pages(self, printer, pages: PdfPages, numbers: list[int]) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        if not numbers:
            return False
        painter = QPainter()
        if not painter.begin(printer):
            self._print_failed(self.tr("The printer could not be started."))
            return False
        progress = QProgressDialog(
            self.tr("Printing page {page} of {pages}…").format(page=1, pages=len(numbers)),
            self.tr("Cancel"),
            0,
            len(numbers),
            self.widget,
        )
        progress.setWindowTitle(self.tr("Print report"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        # Printing into a PDF file gets pictures of the pages: 300 dpi keep that file sane.
        limit = 300 if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else MAX_PRINT_DPI
        dpi = min(printer.resolution(), limit)
        paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        try:
            for done, number in enumerate(numbers):
                progress.setValue(done)
                progress.setLabelText(
                    self.tr("Printing page {page} of {pages}…").format(
                        page=done + 1, pages=len(numbers)
                    )
                )
                QCoreApplication.processEvents()
                if progress.wasCanceled():
                    printer.abort()
                    return False
                if done and not printer.newPage():
                    self._print_failed(self.tr("The printer did not accept another page."))
                    printer.abort()
                    return False
                width, height = pages.sizes[number - 1]
                # The page as large as the paper allows, its proportions kept, centred.
                fit = min(paper.width() / width, paper.height() / height)
                target = QRectF(0, 0, width * fit, height * fit)
                target.moveCenter(paper.center())
                pages.draw(painter, number - 1, target, dpi / 72)
            progress.setValue(len(numbers))
        finally:
            painter.end()
            progress.close()
        return True

    def _print_failed(self, reason: str) -> None:
        QMessageBox.warning(
            self.widget,
            self.tr("Report not printed"),
            self.tr("The report could not be printed: {reason}").format(reason=reason),
        )


def chosen_pages(printer, count: int, current_page: int) -> list[int]:
    """The page numbers (from 1) the print dialog asked for."""
    from PySide6.QtPrintSupport import QPrinter

    everything = list(range(1, count + 1))
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        return [min(max(current_page, 1), count)] if count else []
    if mode == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        chosen = [n for n in everything if ranges.contains(n)]
        if not ranges.isEmpty():
            return chosen
    return everything


# -- the preview ---------------------------------------------------------------------------
class PreviewDialog(QDialog):
    """The pages of a report one below the other, with zoom, print, save and open."""

    def __init__(
        self,
        pdf: bytes,
        *,
        title: str,
        file_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.actions = PdfActions(pdf, file_name, title, self)
        self.zoom = 1.0
        self.fit_width = True  # follow the window's width until a zoom is chosen
        self.page_labels: list[QLabel] = []
        self._drawn: dict[int, float] = {}  # page index -> the scale it was drawn at
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._draw_next)

        self.zoom_out_button = QPushButton(self.tr("Zoom &out"))
        self.zoom_out_button.setToolTip(self.tr("Smaller (Ctrl+-)"))
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"))
        self.zoom_in_button.setToolTip(self.tr("Larger (Ctrl++)"))
        self.fit_button = QPushButton(self.tr("&Fit width"))
        self.fit_button.setToolTip(self.tr("As wide as the window (Ctrl+0)"))
        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.page_label = QLabel()
        self.page_label.setAccessibleName(self.tr("Page shown"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print on a printer of your choice (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setToolTip(self.tr("Save the report as a PDF file (Ctrl+S)"))
        self.open_button = QPushButton(self.tr("Open in &viewer"))
        self.open_button.setToolTip(self.tr("Open the report in the system's PDF viewer"))
        self.close_button = QPushButton(self.tr("Close"))

        for button in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
            self.print_button,
            self.save_button,
            self.open_button,
            self.close_button,
        ):
            button.setAutoDefault(False)  # Enter does nothing by surprise; Esc closes
        bar = QHBoxLayout()
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addWidget(self.zoom_label)
        bar.addSpacing(16)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        for widget in (self.print_button, self.save_button, self.open_button, self.close_button):
            bar.addWidget(widget)

        self.scroll = QScrollArea()
        self.scroll.setAccessibleName(self.tr("Pages of the report"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.sheet = QWidget()
        self.sheet.setObjectName("previewSheet")
        self.sheet.setStyleSheet("QWidget#previewSheet { background: #7a7a7a; }")
        self.sheet_layout = QVBoxLayout(self.sheet)
        self.sheet_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.sheet_layout.setSpacing(PAGE_GAP)
        self.scroll.setWidget(self.sheet)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.scroll, 1)

        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button.clicked.connect(self.fit_to_width)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.close_button.clicked.connect(self.reject)
        self.scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence("Ctrl+="), self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence("Ctrl+0"), self.fit_to_width),
            (QKeySequence.StandardKey.Print, self.print_report),
            (QKeySequence.StandardKey.Save, self.save),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)

        self.pages: PdfPages | None = None
        try:
            self.pages = self.actions.pages()
        except Exception as exc:  # pypdfium2 refuses a damaged file
            self._show_error(self.tr("The report cannot be shown: {reason}").format(reason=exc))
        self._add_pages()
        self._size_window()
        self._update_zoom_label()
        self._update_page_label()

    # -- pages ---------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return len(self.pages) if self.pages is not None else 0

    def _add_pages(self) -> None:
        for index in range(self.page_count):
            label = QLabel()
            label.setObjectName("previewPage")
            label.setAccessibleName(
                self.tr("Page {page} of {pages}").format(page=index + 1, pages=self.page_count)
            )
            label.setStyleSheet("QLabel#previewPage { background: white; }")
            # An old drawing stretches to a new zoom at once; the sharp one follows.
            label.setScaledContents(True)
            self.sheet_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self.sheet_layout.addStretch(1)
        self.print_button.setEnabled(self.page_count > 0)
        self._apply_zoom()

    def _points_to_pixels(self) -> float:
        return self.logicalDpiY() / 72 * self.zoom

    def _page_size(self, index: int) -> QSize:
        width, height = self.pages.sizes[index]
        scale = self._points_to_pixels()
        return QSize(max(1, round(width * scale)), max(1, round(height * scale)))

    def _page_tops(self) -> list[int]:
        tops, y = [], PAGE_GAP
        for index in range(self.page_count):
            tops.append(y)
            y += self._page_size(index).height() + PAGE_GAP
        return tops

    def _apply_zoom(self) -> None:
        bar = self.scroll.verticalScrollBar()
        where = bar.value() / bar.maximum() if bar.maximum() else 0.0
        for index, label in enumerate(self.page_labels):
            label.setFixedSize(self._page_size(index))
        self.sheet_layout.activate()
        self.sheet.adjustSize()
        if bar.maximum():
            bar.setValue(round(where * bar.maximum()))
        self._update_zoom_label()
        self._schedule()

    def _wanted(self) -> list[int]:
        """The pages in view first, then those within a screen's height around them."""
        top = self.scroll.verticalScrollBar().value()
        height = max(self.scroll.viewport().height(), 1)
        in_view, near = [], []
        for index, page_top in enumerate(self._page_tops()):
            bottom = page_top + self._page_size(index).height()
            if bottom >= top and page_top <= top + height:
                in_view.append(index)
            elif bottom >= top - height and page_top <= top + 2 * height:
                near.append(index)
        return in_view + near

    def _schedule(self) -> None:
        if self.pages is not None and not self._timer.isActive():
            self._timer.start()

    def _draw_next(self) -> None:
        """Draw one page that is wanted and not yet sharp, then come back for the next."""
        wanted = self._wanted()
        ratio = self.devicePixelRatioF()
        scale = self._points_to_pixels() * ratio
        for index in wanted:
            if self._drawn.get(index) == scale:
                continue
            try:
                image = self.pages.image(index, scale)
            except Exception as exc:
                self._show_error(self.tr("The report cannot be shown: {reason}").format(reason=exc))
                return
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self.page_labels[index].setPixmap(pixmap)
            self._drawn[index] = scale
            self._timer.start()
            return
        # Everything wanted is drawn: let go of pages far from view.
        if len(self._drawn) > KEEP_DRAWN:
            keep = set(wanted)
            for index in [i for i in self._drawn if i not in keep]:
                self.page_labels[index].clear()
                del self._drawn[index]

    def drawn_pages(self) -> list[int]:
        """The pages drawn sharp at the current zoom (from 0)."""
        scale = self._points_to_pixels() * self.devicePixelRatioF()
        return sorted(index for index, drawn in self._drawn.items() if drawn == scale)

    def current_page(self) -> int:
        """The page (from 1) at the upper third of the view."""
        if not self.page_count:
            return 0
        bar = self.scroll.verticalScrollBar()
        if bar.maximum() and bar.value() >= bar.maximum():
            return self.page_count
        mark = bar.value() + self.scroll.viewport().height() / 3
        current = 1
        for number, top in enumerate(self._page_tops(), start=1):
            if top <= mark:
                current = number
        return current

    def show_page(self, number: int) -> None:
        """Scroll so that page `number` (from 1) starts at the top of the view."""
        tops = self._page_tops()
        if tops:
            number = min(max(number, 1), len(tops))
            self.scroll.verticalScrollBar().setValue(tops[number - 1] - PAGE_GAP)

    def _scrolled(self) -> None:
        self._update_page_label()
        self._schedule()

    def _update_page_label(self) -> None:
        if self.page_count:
            self.page_label.setText(
                self.tr("Page {page} of {pages}").format(
                    page=self.current_page(), pages=self.page_count
                )
            )
        else:
            self.page_label.setText(self.tr("No pages"))

    def _update_zoom_label(self) -> None:
        self.zoom_label.setText(percent_text(self.zoom * 100))
        self.zoom_out_button.setEnabled(self.zoom > ZOOM_STEPS[0] + 1e-6)
        self.zoom_in_button.setEnabled(self.zoom < ZOOM_STEPS[-1] - 1e-6)

    def _show_error(self, text: str) -> None:
        self.error_label.setText("⚠ " + text)
        self.error_label.setVisible(True)

    # -- zoom ----------------------------------------------------------------------------
    def set_zoom(self, zoom: float) -> None:
        zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        if abs(zoom - self.zoom) > 1e-6:
            self.zoom = zoom
            self._apply_zoom()

    def zoom_in(self) -> None:
        self.fit_width = False
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.fit_width = False
        smaller = [z for z in ZOOM_STEPS if z < self.zoom - 1e-6]
        self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def fit_to_width(self) -> None:
        self.fit_width = True
        if not self.page_count:
            return
        widest = max(width for width, _height in self.pages.sizes)
        room = self.scroll.viewport().width() - 2 * PAGE_GAP
        scroll_bar = self.scroll.verticalScrollBar()
        if not scroll_bar.isVisible():
            room -= scroll_bar.sizeHint().width()  # it appears once the pages are larger
        self.set_zoom(max(room, 50) / (widest * self.logicalDpiY() / 72))

    def _size_window(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(900, 1000)
            return
        space = screen.availableGeometry()
        self.resize(min(900, space.width() * 9 // 10), space.height() * 9 // 10)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.scroll.setFocus()  # the arrow and page keys scroll at once
        if self.fit_width:
            QTimer.singleShot(0, self.fit_to_width)
        self._schedule()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit_width and self.isVisible():
            self.fit_to_width()
        self._schedule()

    # -- actions -------------------------------------------------------------------------
    def print_report(self) -> bool:
        if not self.page_count:
            return False
        return self.actions.print_report(self.current_page())

    def save(self) -> Path | None:
        return self.actions.save()

    def open_in_viewer(self) -> Path | None:
        return self.actions.open_in_viewer()

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)
        self.page_labels.clear()
        self.pages = None
        self.actions.close()

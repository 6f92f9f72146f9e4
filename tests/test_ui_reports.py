"""Reports in the program: the dialog makes a report in the background, the preview shows,
prints, saves and opens it, and the Reports page lists the reports kept."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from digiwandel.model.database import open_database
from digiwandel.services.errors import DomainError
from digiwandel.services.reports import ReportRequest, ReportService
from digiwandel.ui.context import AppContext
from digiwandel.ui.dialogs.preview import PreviewDialog, chosen_pages, report_file_name
from digiwandel.ui.dialogs.report import ReportDialog
from tests import report_fakes
from tests.test_accessibility import unnamed_controls
from tests.ui_helpers import with_modal


@pytest.fixture
def fakes(monkeypatch):
    return report_fakes.install(monkeypatch)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    from digiwandel.services.demo import create_demo_file

    path = create_demo_file(tmp_path_factory.mktemp("template") / "demo.sqlite3")
    return report_fakes.forget_kept_reports(path)


@pytest.fixture
def demo_path(tmp_path, demo_template) -> Path:
    """A fresh copy of the demo database (made once per module: it takes a while)."""
    import shutil

    return Path(shutil.copy(demo_template, tmp_path / "demo.sqlite3"))


@pytest.fixture
def ctx(qtbot, demo_path):
    context = AppContext()
    context.set_database(open_database(demo_path, create=False))
    yield context
    context.set_database(None)


@pytest.fixture
def empty_ctx(qtbot, tmp_path):
    context = AppContext()
    context.set_database(open_database(tmp_path / "empty.sqlite3"))
    yield context
    context.set_database(None)


def make_dialog(qtbot, ctx, kind="board") -> ReportDialog:
    dialog = ReportDialog(ctx, kind, today=date(2026, 10, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def make_preview(qtbot, pdf: bytes, title="Board report") -> PreviewDialog:
    preview = PreviewDialog(pdf, title=title, file_name=report_file_name(title, date(2026, 12, 2)))
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(preview)
    preview.show()
    return preview


def pages_of(path: Path) -> int:
    return len(pypdfium2.PdfDocument(path.read_bytes()))


def kept(ctx) -> list:
    return ReportService(ctx.db).snapshots()


# -- the dialog ----------------------------------------------------------------------------
def test_the_dialog_makes_the_report_in_the_background_and_keeps_it(qtbot, ctx, fakes):
    dialog = make_dialog(qtbot, ctx)
    assert dialog.period_edit.text() == "2nd half of 2026"
    assert list(dialog.section_checks) == ["summary", "maturity", "projects"]
    dialog.section_checks["maturity"].setChecked(False)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)

    assert fakes.threads and fakes.threads[0] != threading.current_thread().name
    kind, lang, request = fakes.calls[0]
    assert (kind, lang) == ("board", "en")
    assert request.sections == frozenset({"summary", "projects"})
    assert request.period == "2nd half of 2026"
    assert dialog.rendered.pages == 3
    rows = kept(ctx)
    assert [r.id for r in rows] == [dialog.snapshot_id]
    service = ReportService(ctx.db)
    assert service.remembered_sections("board") == frozenset({"summary", "projects"})

    again = make_dialog(qtbot, ctx)  # the choice is remembered for the kind
    assert not again.section_checks["maturity"].isChecked()
    assert again.section_checks["summary"].isChecked()


def test_the_window_stays_responsive_and_a_stopped_report_stores_nothing(qtbot, ctx, fakes):
    fakes.hold_until_released()
    dialog = make_dialog(qtbot, ctx)
    dialog.create_button.click()
    qtbot.waitUntil(fakes.started.is_set, timeout=5000)
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=5000)
    assert dialog.progress.isVisible()
    assert not dialog.create_button.isEnabled()
    assert not dialog.kind_combo.isEnabled()
    ticks = []
    from PySide6.QtCore import QTimer

    QTimer.singleShot(10, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks), timeout=2000)  # the event loop runs meanwhile

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # stops the report, keeps the dialog
    qtbot.waitUntil(lambda: not dialog.generating(), timeout=5000)
    fakes.release.set()
    assert dialog.isVisible()
    assert dialog.rendered is None
    assert "Stopped" in dialog.status_label.text()
    assert dialog.create_button.isEnabled()
    assert kept(ctx) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # now it closes
    assert not dialog.isVisible()


def test_errors_are_shown_in_the_dialog_and_nothing_is_kept(qtbot, ctx, fakes):
    fakes.fail_with = DomainError("The organisation has no name yet.")
    dialog = make_dialog(qtbot, ctx)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=5000)
    assert "no name yet" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.rendered is None

    fakes.fail_with = RuntimeError("boom")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: not dialog.generating(), timeout=5000)
    assert dialog.error_label.isVisible()
    assert "could not be created" in dialog.error_label.text()
    assert "RuntimeError: boom" in dialog.error_label.text()
    assert kept(ctx) == []


def test_an_assessment_report_offers_the_completed_checks(qtbot, ctx, fakes):
    dialog = make_dialog(qtbot, ctx, "assessment")
    items = ReportService(ctx.db).items("assessment")
    assert dialog.item_combo.count() == len(items) >= 1
    assert dialog.item_combo.isVisible() and not dialog.no_item_label.isVisible()
    assert not dialog.period_edit.isVisible(), "the check names the report, not a period"
    dialog.item_combo.setCurrentIndex(dialog.item_combo.count() - 1)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert fakes.calls[0][2].item_id == items[-1].id
    assert fakes.calls[0][2].period == ""


def test_without_a_measure_the_dialog_says_so_instead_of_an_empty_choice(qtbot, empty_ctx, fakes):
    dialog = make_dialog(qtbot, empty_ctx, "project")
    assert not dialog.item_combo.isVisible()
    assert dialog.no_item_label.isVisible()
    assert "no measure" in dialog.no_item_label.text()
    assert not dialog.create_button.isEnabled()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("strategy"))
    assert not dialog.no_item_label.isVisible()
    assert dialog.create_button.isEnabled()


def test_no_section_chosen_no_report(qtbot, ctx, fakes):
    dialog = make_dialog(qtbot, ctx)
    for box in dialog.section_checks.values():
        box.setChecked(False)
    assert not dialog.create_button.isEnabled()
    assert dialog.sections_hint.isVisible()
    dialog.section_checks["projects"].setChecked(True)
    assert dialog.create_button.isEnabled()
    assert not dialog.sections_hint.isVisible()


def test_the_period_follows_the_report_language_until_it_is_typed(qtbot, ctx, fakes):
    dialog = make_dialog(qtbot, ctx)
    german = dialog._default_period("de")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    assert dialog.period_edit.text() == german
    dialog.period_edit.setText("Geschäftsjahr 2026")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.period_edit.text() == "Geschäftsjahr 2026"
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert fakes.calls[0][1] == "en"


def test_the_report_language_defaults_to_the_ui_language(qtbot, ctx, fakes):
    assert make_dialog(qtbot, ctx).language() == "en"


@pytest.mark.parametrize("kind", ["board", "assessment", "project", "questionnaire"])
def test_the_dialog_has_only_named_controls(qtbot, ctx, fakes, kind):
    dialog = make_dialog(qtbot, ctx, kind)
    QApplication.processEvents()
    assert unnamed_controls(dialog) == []


# -- the preview ---------------------------------------------------------------------------
def test_the_preview_shows_every_page_and_draws_those_in_view(qtbot):
    preview = make_preview(qtbot, report_fakes.pdf_with_pages(30))
    assert preview.page_count == 30
    assert len(preview.page_labels) == 30
    qtbot.waitUntil(lambda: 0 in preview.drawn_pages(), timeout=5000)
    assert preview.page_label.text() == "Page 1 of 30"
    qtbot.wait(100)
    assert len(preview.drawn_pages()) < 30, "only what is in view and near it"
    image = preview.page_labels[0].pixmap().toImage()
    assert image.width() > 100
    preview.show_page(30)
    qtbot.waitUntil(lambda: 29 in preview.drawn_pages(), timeout=5000)
    assert preview.page_label.text() == "Page 30 of 30"
    assert unnamed_controls(preview) == []


def test_zoom_keys_change_the_page_size(qtbot):
    preview = make_preview(qtbot, report_fakes.pdf_with_pages(2))
    qtbot.waitUntil(lambda: 0 in preview.drawn_pages(), timeout=5000)
    preview.set_zoom(1.0)
    width = preview.page_labels[0].width()
    qtbot.keyClick(preview, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.page_labels[0].width() > width
    assert not preview.fit_width
    preview.zoom_out()
    preview.zoom_out()
    assert preview.page_labels[0].width() < width
    qtbot.keyClick(preview, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.fit_width
    room = preview.scroll.viewport().width()
    assert abs(preview.page_labels[0].width() + 24 - room) <= 30
    qtbot.waitUntil(lambda: 0 in preview.drawn_pages(), timeout=5000)


def test_save_writes_the_pdf_under_a_suggested_name(qtbot, tmp_path, monkeypatch):
    pdf = report_fakes.pdf_with_pages(2)
    preview = make_preview(qtbot, pdf)
    asked = {}

    def choose(_parent, _caption, suggested, _filter):
        asked["name"] = Path(suggested).name
        return str(tmp_path / "Bericht"), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    path = preview.save()
    assert asked["name"] == "Board report 2026-12-02.pdf"
    assert path == tmp_path / "Bericht.pdf"
    assert path.read_bytes() == pdf

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert preview.save() is None


def test_open_hands_a_copy_to_the_system_viewer(qtbot, monkeypatch):
    pdf = report_fakes.pdf_with_pages(1)
    preview = make_preview(qtbot, pdf)
    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    path = preview.open_in_viewer()
    assert len(opened) == 1
    assert Path(opened[0].toLocalFile()) == path
    assert path.read_bytes() == pdf
    second = preview.open_in_viewer()
    assert second != path and second.exists(), "an open copy is never overwritten"

    warned = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    assert preview.open_in_viewer() is None
    assert "No program for PDF files" in warned[0]


def fake_print_dialog(monkeypatch, output: Path, *, pages=None, accept=True):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    seen = {}

    def exec_(dialog):
        printer = dialog.printer()
        seen["min_max"] = (dialog.minPage(), dialog.maxPage())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        printer.setResolution(96)  # quick; the pages are drawn at whatever it says
        if pages:
            printer.setFromTo(*pages)
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return seen


def test_print_draws_every_page_on_the_printer(qtbot, tmp_path, monkeypatch):
    preview = make_preview(qtbot, report_fakes.pdf_with_pages(4))
    output = tmp_path / "printed.pdf"
    seen = fake_print_dialog(monkeypatch, output)
    assert preview.print_report() is True
    assert seen["min_max"] == (1, 4)
    assert pages_of(output) == 4
    page = pypdfium2.PdfDocument(output.read_bytes())[0]
    width, height = page.get_size()
    assert abs(width - 595) < 3 and abs(height - 842) < 3, "A4, like the report"


def test_print_honours_the_page_range(qtbot, tmp_path, monkeypatch):
    preview = make_preview(qtbot, report_fakes.pdf_with_pages(5))
    output = tmp_path / "range.pdf"
    fake_print_dialog(monkeypatch, output, pages=(2, 3))
    assert preview.print_report() is True
    assert pages_of(output) == 2


def test_a_cancelled_print_changes_nothing(qtbot, tmp_path, monkeypatch):
    preview = make_preview(qtbot, report_fakes.pdf_with_pages(2))
    output = tmp_path / "never.pdf"
    fake_print_dialog(monkeypatch, output, accept=False)
    assert preview.print_report() is False
    assert not output.exists()
    assert preview.isVisible() and preview.page_count == 2


def test_chosen_pages_follow_the_print_range():
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter()
    assert chosen_pages(printer, 3, 2) == [1, 2, 3]
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert chosen_pages(printer, 3, 2) == [2]
    printer.setFromTo(2, 9)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    assert chosen_pages(printer, 3, 1) == [2, 3]


def test_a_damaged_pdf_is_explained_not_a_crash(qtbot):
    preview = make_preview(qtbot, b"%PDF-1.4 this is not really a PDF")
    assert preview.page_count == 0
    assert preview.error_label.isVisible()
    assert not preview.print_button.isEnabled()


def test_esc_closes_the_preview(qtbot):
    preview = make_preview(qtbot, report_fakes.pdf_with_pages(1))
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()


# -- the Reports page ----------------------------------------------------------------------
@pytest.fixture
def window(qtbot, demo_path):
    from digiwandel.ui.main_window import MainWindow

    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.show()
    return win


def store(ctx, kind="board", period="1st half of 2026") -> int:
    service = ReportService(ctx.db)
    from digiwandel.i18n import QtLanguage

    return service.store_snapshot(
        service.render(ReportRequest(kind, period=period), QtLanguage("en"))
    )


def show_reports(window):
    window.navigation.setCurrentRow(window.stack.indexOf(window.reports))
    QApplication.processEvents()
    return window.reports


def test_the_page_lists_the_kept_reports_newest_first(qtbot, window, fakes):
    first = store(window.ctx, period="1st half of 2026")
    second = store(window.ctx, "strategy", period="2026")
    page = show_reports(window)
    assert [row.id for row in page.model.rows()] == [second, first]
    assert page.view.isVisible() and not page.empty_label.isVisible()
    assert set(page.kind_buttons) == {"board", "assessment", "project", "strategy", "questionnaire"}
    assert not page.open_button.isEnabled()
    assert unnamed_controls(window) == []

    third = store(window.ctx, period="2nd half of 2026")  # e.g. from the command line
    window.navigation.setCurrentRow(0)
    page = show_reports(window)
    assert page.model.row_at(0).id == third


def test_enter_opens_a_kept_report_and_delete_asks_first(qtbot, window, fakes, monkeypatch):
    snapshot = store(window.ctx)
    page = show_reports(window)
    page.view.setFocus()
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.preview is not None and page.preview.page_count == 3
    page.preview.close()

    import digiwandel.ui.pages.reports as reports_module

    answers = iter([False, True])
    monkeypatch.setattr(reports_module, "confirm", lambda *_a, **_k: next(answers))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert [row.id for row in page.model.rows()] == [snapshot], "not deleted without a yes"
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 0
    assert kept(window.ctx) == []
    assert page.empty_label.isVisible()


def test_kept_reports_can_be_saved_and_printed_without_a_preview(
    qtbot, window, fakes, tmp_path, monkeypatch
):
    store(window.ctx)
    page = show_reports(window)
    page.view.selectRow(0)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda _p, _c, suggested, _f: (str(tmp_path / Path(suggested).name), "")),
    )
    saved = page.save_selected()
    assert saved.name.startswith("Board report ") and saved.suffix == ".pdf"
    assert pages_of(saved) == 3
    output = tmp_path / "printed.pdf"
    fake_print_dialog(monkeypatch, output)
    assert page.print_selected() is True
    assert pages_of(output) == 3


def test_create_on_the_page_makes_the_report_and_shows_it(qtbot, window, fakes):
    page = show_reports(window)

    def create(dialog):
        assert isinstance(dialog, ReportDialog)
        assert dialog.kind() == "strategy"
        dialog.create_button.click()

    with_modal(create, page.kind_buttons["strategy"].click)
    assert page.preview is not None and page.preview.page_count == 3
    assert page.model.rowCount() == 1
    assert page.current().kind == "strategy"
    page.preview.close()


def test_the_menu_entry_opens_the_report_dialog(qtbot, window, fakes):
    seen = []

    def look(dialog):
        seen.append(type(dialog).__name__)
        dialog.reject()

    with_modal(look, window.report_action.trigger)
    assert seen == ["ReportDialog"]
    assert window.stack.currentWidget() is window.reports
    assert window.report_action.shortcut().toString() == "Ctrl+Shift+R"


def test_texts_use_their_class_as_context():
    # Texts of the page and dialogs are found under their class names.
    assert QCoreApplication.translate("ReportsPage", "Reports") == "Reports"


# -- the worker ----------------------------------------------------------------------------
def test_background_task_reports_result_failure_and_cancelling(qtbot):
    from digiwandel.ui.worker import BackgroundTask, running_tasks

    outcomes = []

    def start(work):
        task = BackgroundTask(work)
        task.succeeded.connect(lambda value: outcomes.append(("ok", value)))
        task.failed.connect(lambda exc: outcomes.append(("failed", str(exc))))
        task.cancelled.connect(lambda: outcomes.append(("cancelled", None)))
        return task

    def sums(progress):
        progress(0.5)
        return threading.current_thread() is threading.main_thread()

    start(sums).begin()
    qtbot.waitUntil(lambda: len(outcomes) == 1, timeout=5000)
    assert outcomes[-1] == ("ok", False), "the work ran in a thread of its own"

    def fails(progress):
        raise ValueError("broken")

    start(fails).begin()
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=5000)
    assert outcomes[-1] == ("failed", "broken")

    go_on = threading.Event()

    def waits(progress):
        go_on.wait(5)
        progress(0.9)  # raises once cancelling was asked for
        return "too late"

    task = start(waits).begin()
    task.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: len(outcomes) == 3, timeout=5000)
    assert outcomes[-1] == ("cancelled", None)
    qtbot.waitUntil(lambda: not running_tasks(), timeout=5000)

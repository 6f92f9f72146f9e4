"""A new user, on a new file, reaches a first board report by following the program alone:
the welcome dialog, then the overview's first steps, each a button to the page where it is
done. With DIGIWANDEL_TOUR_DIR set, every stop is saved as a picture there."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from digiwandel.ui.context import AppContext
from digiwandel.ui.dialogs.survey import SurveyDialog
from digiwandel.ui.main_window import MainWindow
from tests.ui_helpers import with_modal

TOUR = os.environ.get("DIGIWANDEL_TOUR_DIR")


def picture(widget, name: str) -> None:
    if TOUR:
        QApplication.processEvents()  # the layout as the user sees it
        Path(TOUR).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(TOUR) / f"{name}.png"))


def marks(window) -> dict[str, bool]:
    return {k: v.text().startswith("✓") for k, v in window.overview.first_steps.marks.items()}


def to_overview(window) -> None:
    window.navigation.setCurrentRow(0)
    QApplication.processEvents()


def test_a_new_user_reaches_a_first_board_report(qtbot, qapp, tmp_path, monkeypatch):
    if TOUR:  # pictures in the program's default language
        from digiwandel import i18n

        i18n.install(qapp, "de")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    assert window.open_path(tmp_path / "verein.sqlite3")
    window.show()

    # 1. The welcome dialog offers to set up the organisation.
    def set_up(dialog):
        picture(dialog, "01-welcome")
        dialog.setup_choice.click()
        dialog.name_edit.setText("Nachbarschaftshilfe am Fluss e.V.")
        dialog.areas_edit.setPlainText("Beratung\nBegegnung\nVerwaltung")
        picture(dialog, "02-setup")
        dialog.create_button.click()

    with_modal(set_up, window.show_welcome)
    to_overview(window)
    steps = window.overview.first_steps
    assert window.overview.first_steps_box.isVisible()
    assert marks(window) == {
        "organisation": True,
        "check": False,
        "strategy": False,
        "measure": False,
        "report": False,
    }
    picture(window, "03-first-steps")

    # 2. The first check: a new assessment, one answer sheet filled in the survey, completed.
    steps.buttons["check"].click()
    page = window.check
    assert window.stack.currentWidget() is page

    def name_check(dialog):
        dialog.fields["title"].setText("Digitalisierungscheck 2026")
        dialog.accept()

    with_modal(name_check, page.panel.add_button.click)
    assessment = page.current()
    assert assessment.title == "Digitalisierungscheck 2026"

    def answer_all(dialog: SurveyDialog):
        while dialog.unanswered():
            dialog.level_buttons[2].click()
            dialog.next_button.click()
        dialog.finish_button.click()
        picture(dialog, "04-survey-done")
        dialog.close_button.click()

    def survey_when_shown():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SurveyDialog):
            answer_all(dialog)
        else:
            QTimer.singleShot(20, survey_when_shown)

    def new_sheet(dialog):
        dialog.fields["start"].setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, survey_when_shown)
    with_modal(new_sheet, page.respondents.panel.add_button.click)
    sheets = window.ctx.check.list_respondents(assessment.id)
    assert len(sheets) == 1 and sheets[0].finished

    page.complete_button.click()
    assert page.current().status == "completed"
    page.tabs.setCurrentWidget(page.results)
    picture(window, "05-check-results")
    QApplication.processEvents()
    table = page.results.dimension_view  # every dimension, without a scrollbar of its own
    assert table.height() >= table.horizontalHeader().height() + table.verticalHeader().length()
    to_overview(window)
    assert marks(window)["check"]

    # 3. A strategy draft, from the Strategy page's Versions tab.
    steps.buttons["strategy"].click()
    strategy = window.page(4)
    assert window.stack.currentWidget() is strategy
    versions = next(
        strategy.tabs.widget(i)
        for i in range(strategy.tabs.count())
        if hasattr(strategy.tabs.widget(i), "create_first")
    )
    strategy.tabs.setCurrentWidget(versions)

    def name_strategy(dialog):
        dialog.fields["title"].setText("Digitalstrategie 2027")
        dialog.accept()

    with_modal(name_strategy, versions.panel.add_button.click)
    assert strategy.current_version().title == "Digitalstrategie 2027"
    picture(window, "06-strategy")
    to_overview(window)
    assert marks(window)["strategy"]

    # 4. A first measure, from the Measures page.
    steps.buttons["measure"].click()
    projects = window.projects
    assert window.stack.currentWidget() is projects

    def name_measure(dialog):
        dialog.fields["title"].setText("Terminbuchung online")
        picture(dialog, "07-new-measure")
        dialog.accept()

    with_modal(name_measure, projects.new_button.click)
    picture(window, "08-measure")
    to_overview(window)
    assert marks(window)["measure"]

    # 5. The first board report, from the Reports page.
    steps.buttons["report"].click()
    reports = window.reports
    assert window.stack.currentWidget() is reports

    def make_board_report(dialog):
        picture(dialog, "09-report-dialog")
        dialog.create_button.click()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=60_000)

    with_modal(make_board_report, reports.kind_buttons["board"].click)
    preview = reports.preview
    picture(preview, "10-report-preview")
    preview.close()
    to_overview(window)
    assert all(marks(window).values())
    picture(window, "11-all-done")

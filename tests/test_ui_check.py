"""The Digitalisierungscheck page: assessments, survey mode, paper entry, targets, results."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from digiwandel.ui.context import AppContext, Change
from digiwandel.ui.dialogs.survey import DONT_KNOW, SurveyDialog
from digiwandel.ui.main_window import MainWindow
from tests.ui_helpers import with_modal


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from digiwandel.services.demo import create_demo_file

    monkeypatch.setattr("digiwandel.ui.pages.check.confirm", lambda *a: True)
    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    assert win.open_path(create_demo_file(tmp_path / "demo.sqlite3"))
    win.show()
    win.navigation.setCurrentRow(2)
    return win


def page_of(window):
    return window.stack.currentWidget()


def select(page, title_part: str):
    row = next(r for r in page.model.rows() if title_part in r.title)
    page.panel.select_id(row.id)
    return row


def test_demo_shows_two_completed_checks_and_a_draft(window):
    page = page_of(window)
    statuses = sorted(r.status for r in page.model.rows())
    assert statuses == ["completed", "completed", "draft"]
    assert all(r.overall is not None for r in page.model.rows() if r.status == "completed")


def test_results_name_findings_and_hide_small_groups(window, qtbot):
    page = page_of(window)
    completed = [r for r in page.model.rows() if r.status == "completed"]
    newest = max(completed, key=lambda r: r.assessed_on)
    page.panel.select_id(newest.id)
    page.tabs.setCurrentWidget(page.results)
    QApplication.processEvents()
    view = page.results
    assert view.results is not None
    assert view.results.previous_title is not None, "change against last year's check"
    assert view.index_label.text().endswith("%")
    assert view.dimension_model.rowCount() == 9
    model = view.breakdown_model
    cells = {
        model.index(row, 0).data(): model.index(row, 1).data() for row in range(model.rowCount())
    }
    assert cells["Area: Wohnen"] == "too few answers", "two sheets stay below the threshold"
    assert cells["Area: Verwaltung"].endswith("%")
    assert view.findings_label.text().strip()
    page.tabs.setCurrentWidget(view.chart_panel)
    qtbot.waitUntil(lambda: view.chart_tabs.count() >= 4)


def test_results_and_charts_are_computed_once_per_data_change(window, qtbot, monkeypatch):
    page = page_of(window)
    completed = [r for r in page.model.rows() if r.status == "completed"]
    page.panel.select_id(max(completed, key=lambda r: r.assessed_on).id)
    view = page.results
    page.tabs.setCurrentWidget(view.chart_panel)
    qtbot.waitUntil(lambda: view.chart_tabs.count() >= 4)
    charts = [view.chart_tabs.widget(i) for i in range(view.chart_tabs.count())]
    # Only the chart on screen is built; the others wait until their tab is shown.
    assert charts[0].canvas is not None
    assert all(chart.canvas is None for chart in charts[1:])
    view.chart_tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: charts[1].canvas is not None)
    built = [chart.canvas for chart in charts]

    computed = []
    service = type(window.ctx.check)
    original = service.results

    def counted(self, ident):
        # The results page computes on the UI thread; the overview's findings do not count.
        if threading.current_thread() is threading.main_thread():
            computed.append(ident)
        return original(self, ident)

    monkeypatch.setattr(service, "results", counted)
    # Leaving the page and coming back, or switching tabs, computes and draws nothing.
    page.tabs.setCurrentWidget(view)
    window.navigation.setCurrentRow(0)
    window.navigation.setCurrentRow(window.stack.indexOf(page))
    page.tabs.setCurrentWidget(view.chart_panel)
    QApplication.processEvents()
    assert computed == []
    assert [chart.canvas for chart in charts] == built

    # A change of check data computes the results again; unchanged charts are kept.
    window.ctx.notify(Change.CHECK)
    QApplication.processEvents()
    assert len(computed) == 1
    assert [chart.canvas for chart in charts] == built


def test_new_assessment_then_survey_for_one_person(window, qtbot):
    page = page_of(window)

    def fill(dialog):
        dialog.fields["title"].setText("Nachbefragung 2026")
        dialog.accept()

    with_modal(fill, page.panel.add_requested.emit)
    row = page.current()
    assert row.title == "Nachbefragung 2026" and row.status == "draft"
    assert page.tabs.currentWidget() is page.respondents

    seen = {}

    def add_sheet(dialog):
        area = dialog.fields["area_id"]
        area.setCurrentIndex(area.findText("Wohnen"))
        dialog.fields["start"].setChecked(True)
        dialog.accept()

    def survey(dialog: SurveyDialog):
        seen["own_answers"] = dict(dialog.answers)
        first = dialog.current_item()
        dialog.level_buttons[2].click()  # "teilweise etabliert"
        dialog.next_button.click()
        dialog.choices.button(DONT_KNOW).click()
        seen["progress"] = dialog.progress.value()
        seen["first"] = first.id
        dialog.pause_button.click()

    from PySide6.QtCore import QTimer

    def handle_second():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SurveyDialog):
            survey(dialog)
        else:
            QTimer.singleShot(20, handle_second)

    QTimer.singleShot(0, handle_second)
    with_modal(add_sheet, page.respondents.panel.add_requested.emit)
    assert seen["own_answers"] == {}, "a new sheet starts empty, nobody else's answers shown"
    assert seen["progress"] == 2
    sheets = window.ctx.check.list_respondents(row.id)
    assert len(sheets) == 1 and sheets[0].answered == 2
    answers = window.ctx.check.answers_of(sheets[0].id)
    assert answers[seen["first"]].level == 2

    # Resuming starts at the first unanswered question.
    dialog = SurveyDialog(
        window.ctx.check, sheets[0], window.ctx.check.survey_structure(row.id), window
    )
    qtbot.addWidget(dialog)
    assert dialog.index == 2
    dialog.reject()


def test_survey_is_keyboard_operable(window, qtbot):
    check = window.ctx.check
    draft = next(r for r in check.list_assessments() if r.status == "draft")
    sheet = check.add_respondent(draft.id)
    dialog = SurveyDialog(check, sheet, check.survey_structure(draft.id), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    # Alt+2 chooses level 2: the survey numbers the levels 0–3 like the paper entry.
    qtbot.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    item = dialog.current_item()
    # A mnemonic clicks the radio button with a short animation, so wait for the save.
    qtbot.waitUntil(lambda: item.id in check.answers_of(sheet.id))
    assert check.answers_of(sheet.id)[item.id].level == 2
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
    assert dialog.index == 1


def test_paper_entry_saves_each_cell_and_can_be_undone(window):
    page = page_of(window)
    draft = next(r for r in page.model.rows() if r.status == "draft")
    page.panel.select_id(draft.id)
    window.ctx.check.add_respondent(draft.id)
    page.tabs.setCurrentWidget(page.grid)
    model = page.grid.model
    assert model.columnCount() == 2
    index = model.index(model.rowCount() - 1, 1)
    assert model.setData(index, "3")
    sheet = model.respondents[1]
    item = model.items[-1][1]
    assert window.ctx.check.answers_of(sheet.id)[item.id].level == 3
    assert not model.setData(index, "7")
    assert not page.grid.message.isHidden()
    window.undo_action.trigger()
    assert item.id not in window.ctx.check.answers_of(sheet.id)


def test_completing_locks_and_reopening_unlocks(window):
    page = page_of(window)
    draft = select(page, "Vorbereitung")
    page.complete_button.click()
    assert page.current().status == "completed"
    page.tabs.setCurrentWidget(page.respondents)
    assert not page.respondents.panel.add_button.isEnabled()
    assert page.complete_button.text().replace("&", "") in ("Reopen", "Wieder öffnen")
    page.complete_button.click()
    assert window.ctx.check.get_assessment(draft.id).status == "draft"


def test_delete_assessment_goes_to_trash_and_undo_restores(window):
    page = page_of(window)
    draft = select(page, "Vorbereitung")
    page.panel.delete_button.click()
    assert all(r.id != draft.id for r in page.model.rows())
    window.undo_action.trigger()
    assert any(r.id == draft.id for r in page.model.rows())


def test_target_entry(window):
    page = page_of(window)
    draft = select(page, "Vorbereitung")
    page.tabs.setCurrentWidget(page.targets)
    model = page.targets.model
    assert model.setData(model.index(0, 2), "80")
    assert window.ctx.check.targets(draft.id)[0].target == 80
    assert not model.setData(model.index(0, 2), "180")
    assert "100" in page.targets.message.text()


def test_importing_a_broken_catalog_names_the_place(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: shown.append(text))
    bad = tmp_path / "verband.json"
    bad.write_text('{"schema_version": 1, "key": "x"}', encoding="utf-8")
    assert not page_of(window).import_catalog_file(str(bad))
    assert "verband.json" in shown[0] and "dimensions" in shown[0]


def test_importing_a_foreign_catalog_lists_what_will_not_be_derived(window, tmp_path, monkeypatch):
    from tests.test_check_catalog_import import encode, verband_catalog

    path = tmp_path / "verband.json"
    path.write_bytes(encode(verband_catalog()))
    page = page_of(window)
    seen = {}

    def read(box):
        seen.update(title=box.windowTitle(), text=box.text(), info=box.informativeText())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", read)
    assert page.import_catalog_file(str(path))
    assert "Verbandscheck" in seen["text"] and "4 questions" in seen["text"]
    # The umbrella body's own tag and the German-only texts are named, as a list.
    assert "<li>" in seen["info"] and "ehrenamt" in seen["info"]
    assert any("German text is shown" in n for n in page.last_import_notes)
    assert any("derived only partly" in n for n in page.last_import_notes)


def test_delete_key_clears_a_paper_entry(window, qtbot):
    page = page_of(window)
    draft = select(page, "Vorbereitung")
    page.tabs.setCurrentWidget(page.grid)
    model = page.grid.model
    index = model.index(0, 0)
    assert model.data(index) != ""
    sheet, item = model.respondents[0], model.items[0][1]
    page.grid.view.setCurrentIndex(index)
    page.grid.view.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page.grid.view, Qt.Key.Key_Delete)
    assert item.id not in window.ctx.check.answers_of(sheet.id)
    assert draft.status == "draft"


def test_overview_names_the_latest_check(window):
    text = window.overview.check_label.text()
    assert "Latest Digitalisierungscheck" in text and "Previous check" in text
    assert "%" in text
    window.overview.check_button.click()
    assert window.navigation.currentRow() == 2

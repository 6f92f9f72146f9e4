"""The Drivers page: ratings saved at once and undoable, the chart, the examples catalog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox

from digiwandel.services.drivers import DriverService
from digiwandel.ui.context import AppContext
from digiwandel.ui.pages.drivers import DriversPage, RatingsModel

DRIVERS_ROW = 3


@pytest.fixture(autouse=True)
def english_locale():
    """Catalog texts follow the locale; these tests read the English ones."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def window(demo_window):
    return demo_window


@pytest.fixture
def page(window) -> DriversPage:
    window.navigation.setCurrentRow(DRIVERS_ROW)
    QApplication.processEvents()
    page = window.stack.currentWidget()
    assert isinstance(page, DriversPage)
    return page


@pytest.fixture
def message_boxes(monkeypatch):
    seen: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        seen.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    return seen


def service(window) -> DriverService:
    return DriverService(window.ctx.db, "en")


def stored(window, key: str):
    return next(r for r in service(window).list_ratings() if r.key == key)


def cell(page: DriversPage, key: str, column: int) -> QModelIndex:
    row = next(i for i, r in enumerate(page.ratings.rows()) if r.key == key)
    return page.ratings.index(row, column)


def test_page_lists_the_nine_drivers_with_words_and_numbers(window, page):
    assert page.ratings.rowCount() == 9
    assert page.tabs.isEnabled()
    words = {0: "0 – none", 1: "1 – low", 2: "2 – medium", 3: "3 – high"}
    for row, rating in enumerate(service(window).list_ratings()):
        assert page.ratings.index(row, RatingsModel.DRIVER).data() == rating.title
        assert page.ratings.index(row, RatingsModel.RELEVANCE).data() == words[rating.relevance]
        assert page.ratings.index(row, RatingsModel.USE).data() == words[rating.current_use]


def test_editing_relevance_and_use_saves_at_once_and_undo_restores(window, page):
    before = stored(window, "robotics")
    assert (before.relevance, before.current_use) == (0, 0)  # as in the demo
    assert page.ratings.setData(cell(page, "robotics", RatingsModel.RELEVANCE), 2)
    assert page.ratings.setData(cell(page, "robotics", RatingsModel.USE), 1)
    saved = stored(window, "robotics")
    assert (saved.relevance, saved.current_use) == (2, 1)
    assert cell(page, "robotics", RatingsModel.RELEVANCE).data() == "2 – medium"

    window.undo_action.trigger()
    assert stored(window, "robotics").current_use == 0
    assert stored(window, "robotics").relevance == 2
    window.undo_action.trigger()
    assert stored(window, "robotics").relevance == 0
    assert cell(page, "robotics", RatingsModel.RELEVANCE).data() == "0 – none"

    window.redo_action.trigger()
    assert stored(window, "robotics").relevance == 2


def test_keyboard_enter_opens_a_combo_with_words_and_numbers(window, page, qtbot):
    view = page.ratings_view
    index = cell(page, "big_data", RatingsModel.RELEVANCE)
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = view.indexWidget(index)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "0 – none",
        "1 – low",
        "2 – medium",
        "3 – high",
    ]
    assert editor.accessibleName()
    editor.hidePopup()
    editor.setCurrentIndex(3)
    editor.activated.emit(3)  # what choosing an entry does
    QApplication.processEvents()
    assert stored(window, "big_data").relevance == 3
    assert view.state() != view.State.EditingState

    view.setCurrentIndex(cell(page, "big_data", RatingsModel.NOTES))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    notes = view.indexWidget(view.currentIndex())
    assert isinstance(notes, QLineEdit)
    notes.setText("Auswertung der Belegung")
    qtbot.keyClick(notes, Qt.Key.Key_Return)  # Qt commits this through a queued call
    qtbot.waitUntil(lambda: stored(window, "big_data").notes == "Auswertung der Belegung")


def test_notes_are_saved_and_undone(window, page):
    old = stored(window, "cloud").notes
    index = cell(page, "cloud", RatingsModel.NOTES)
    assert page.ratings.setData(index, "  Microsoft 365 in der Verwaltung ")
    assert stored(window, "cloud").notes == "Microsoft 365 in der Verwaltung"
    assert index.data() == "Microsoft 365 in der Verwaltung"
    assert "Cloud" in window.undo_action.text()
    window.undo_action.trigger()
    assert stored(window, "cloud").notes == old


def test_too_long_notes_are_refused_with_a_visible_message(window, page, message_boxes):
    before = stored(window, "ai")
    index = cell(page, "ai", RatingsModel.NOTES)
    assert not page.ratings.setData(index, "x" * 20001)
    assert stored(window, "ai") == before
    assert index.data() == before.notes
    shown = [page.rating_error.text(), *message_boxes]
    assert any("20000" in text or "20001" in text for text in shown)
    assert not page.rating_error.isHidden()
    assert page.rating_error.text().startswith("⚠")
    assert window.ctx.undo_stack.count() == 0

    # The next successful edit clears the message.
    assert page.ratings.setData(index, "Briefe mit KI entwerfen")
    assert page.rating_error.isHidden()


def test_selected_driver_description_is_shown(page):
    page.ratings_view.setCurrentIndex(cell(page, "robotics", RatingsModel.DRIVER))
    robotics = next(r for r in page.ratings.rows() if r.key == "robotics")
    assert robotics.title in page.description.text()
    assert robotics.description[:30] in page.description.text()


def test_chart_is_shown_with_a_text_alternative(window, page):
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    canvases = page.findChildren(FigureCanvasQTAgg)
    assert len(canvases) == 1
    assert canvases[0].accessibleName()

    page.ratings.setData(cell(page, "ai", RatingsModel.RELEVANCE), 3)
    page.ratings.setData(cell(page, "ai", RatingsModel.USE), 0)
    page.ratings.setData(cell(page, "cloud", RatingsModel.RELEVANCE), 3)
    page.ratings.setData(cell(page, "cloud", RatingsModel.USE), 3)
    QApplication.processEvents()
    ai = stored(window, "ai").title
    cloud = stored(window, "cloud").title
    line = page.chart_text.text().splitlines()[0]
    assert line.startswith("High relevance, little used:")
    assert ai in line
    assert cloud not in line
    # The chart was redrawn with the new ratings, and there is still only one.
    canvases = [c for c in page.findChildren(FigureCanvasQTAgg) if c.isVisible()]
    assert len(canvases) == 1
    points = {text.get_text().replace("\n", " ") for text in canvases[0].figure.axes[0].texts}
    assert ai in points


def test_examples_search_and_driver_filter(page):
    proxy = page.examples_proxy
    total = page.examples.rowCount()
    assert total > 20
    assert proxy.rowCount() == total

    page.search.setText("PARO")
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data() == "PARO"
    assert "1 of" in page.example_count.text()

    page.search.clear()
    combo = page.driver_filter
    assert combo.itemText(0) == "All drivers"
    assert combo.count() == 10
    combo.setCurrentIndex(combo.findData("robotics"))
    robotics = combo.currentText()
    assert 0 < proxy.rowCount() < total
    assert {proxy.index(r, 1).data() for r in range(proxy.rowCount())} == {robotics}

    page.search.setText("PARO")
    assert proxy.rowCount() == 1
    combo.setCurrentIndex(combo.findData("ai"))
    assert proxy.rowCount() == 0
    assert page.example_count.text() == "No example matches."

    combo.setCurrentIndex(0)
    page.search.clear()
    assert proxy.rowCount() == total


def test_page_works_without_a_database(qtbot):
    ctx = AppContext()
    page = DriversPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.tabs.isEnabled()
    assert page.ratings.rowCount() == 0
    assert page.examples.rowCount() == 0


def test_reloads_when_another_file_is_opened(window, page, tmp_path):
    page.ratings.setData(cell(page, "iot", RatingsModel.RELEVANCE), 3)
    assert window.open_path(tmp_path / "empty.sqlite3")
    assert page.ratings.rowCount() == 9
    assert all(r.relevance == 0 for r in page.ratings.rows())

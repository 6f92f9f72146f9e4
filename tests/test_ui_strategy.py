"""The strategy page as a whole, on the demo organisation."""

from __future__ import annotations

import threading
from contextlib import contextmanager

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from digiwandel.ui.context import AppContext, Change
from digiwandel.ui.main_window import MainWindow
from digiwandel.ui.pages.strategy import StrategyPage
from tests.test_accessibility import unnamed_controls


@pytest.fixture
def window(qtbot, tmp_path):
    from digiwandel.services.demo import create_demo_file

    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    assert win.open_path(create_demo_file(tmp_path / "demo.sqlite3"))
    win.show()
    win.navigation.setCurrentRow(4)
    return win


def test_strategy_page_opens_on_this_years_draft(window):
    page = window.stack.currentWidget()
    assert isinstance(page, StrategyPage)
    assert page.tabs.count() == 6
    version = page.current_version()
    assert version.status == "draft"
    assert page.version_combo.count() == 2
    assert "Draft" in page.version_state.text()


def test_adopted_version_says_what_stays_editable(window):
    page = window.stack.currentWidget()
    adopted = next(v for v in page._versions if v.status == "adopted")
    page.select_version(adopted.id)
    assert "Measurements" in page.version_state.text()


def test_every_strategy_tab_has_named_controls(window):
    page = window.stack.currentWidget()
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert unnamed_controls(window) == [], page.tabs.tabText(index)


def test_no_database_leaves_an_explained_empty_page(qtbot):
    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    win.show()
    win.navigation.setCurrentRow(4)
    page = win.stack.currentWidget()
    assert page.current_version() is None


@contextmanager
def main_thread_sql(db):
    """The statements the page itself runs (other pages load in the background)."""
    seen: list[str] = []

    def before_cursor_execute(_conn, _cursor, statement, *_args):
        if threading.current_thread() is threading.main_thread():
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", before_cursor_execute)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", before_cursor_execute)


def test_a_tab_shown_again_reloads_only_after_a_change(window):

    page = window.stack.currentWidget()
    goals = next(i for i in range(page.tabs.count()) if "Goals" in page.tabs.tabText(i))
    page.tabs.setCurrentIndex(goals)
    QApplication.processEvents()
    page.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    with main_thread_sql(window.ctx.db) as seen:
        page.tabs.setCurrentIndex(goals)
        QApplication.processEvents()
    assert seen == []  # nothing changed: the goals tab shows what it loaded before

    page.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    window.ctx.notify(Change.STRATEGY)  # another page or PC changed the strategy
    with main_thread_sql(window.ctx.db) as seen:
        page.tabs.setCurrentIndex(goals)
        QApplication.processEvents()
    assert seen  # shown again after the change: loaded afresh


def test_the_indicator_chart_is_drawn_once_at_the_size_it_is_shown(window, qtbot, monkeypatch):
    from digiwandel.ui.charts import LazyChart

    built = []
    draw = LazyChart._draw
    monkeypatch.setattr(LazyChart, "_draw", lambda chart: (built.append(1), draw(chart)))
    page = window.stack.currentWidget()
    goals = next(i for i in range(page.tabs.count()) if "Goals" in page.tabs.tabText(i))
    page.tabs.setCurrentIndex(goals)
    tab = page.tabs.currentWidget()
    qtbot.waitUntil(lambda: tab.chart.canvas is not None)
    qtbot.wait(400)  # longer than a resized chart waits before it is built again
    assert len(built) == 1

"""Every page fits a 1280×800 laptop: nothing cut off, one scroll area per page, no splitter
that swallows a list, charts whose labels neither overlap nor leave the figure.

The demo window is built once for the module, in German (the default and the longer
language), and each test looks at one part of it.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
)

from digiwandel.ui.widgets import FormDialog

WIDTH, HEIGHT = 1280, 800


def settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


@pytest.fixture(scope="module")
def window(qapp, tmp_path_factory):
    from digiwandel import i18n
    from digiwandel.services.demo import create_demo_file
    from digiwandel.ui.context import AppContext
    from digiwandel.ui.main_window import MainWindow

    folder = tmp_path_factory.mktemp("layout")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DIGIWANDEL_DATA_DIR", str(folder / "data"))
        patch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings")
        )
        i18n.install(qapp, "de")
        try:
            path = create_demo_file(folder / "demo.sqlite3")
            win = MainWindow(AppContext())
            assert win.open_path(path)
            win.resize(WIDTH, HEIGHT)
            win.show()
            pages = win.pages()  # builds every page, in German
            for index in range(len(pages)):
                win.navigation.setCurrentRow(index)
                settle(qapp)
            yield win
        finally:
            i18n.install(qapp, "en")
            win.close()
            win.deleteLater()
            settle(qapp)


@pytest.fixture
def results(window, qapp):
    """The results of the demo's latest completed check, as the check page shows them."""
    check = window.check
    window.navigation.setCurrentRow(window.stack.indexOf(check))
    check.panel.view.selectRow(1)  # row 0 is the draft of next year
    check.tabs.setCurrentWidget(check.results)
    settle(qapp)
    assert check.results.results is not None
    return check.results


def _scrolls_vertically(area: QAbstractScrollArea) -> bool:
    return (
        area.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        and area.verticalScrollBar().maximum() > 0
    )


def test_the_results_scroll_as_one_page(results):
    areas = [
        area
        for area in results.findChildren(QAbstractScrollArea)
        if area.isVisibleTo(results) and _scrolls_vertically(area)
    ]
    assert len(areas) == 1
    assert isinstance(areas[0], QScrollArea), "only the page scrolls, not a table in it"


@pytest.mark.parametrize("name", ["dimension_view", "breakdown_view"])
def test_result_tables_show_all_rows_without_a_scrollbar_of_their_own(results, name):
    view: QTableView = getattr(results, name)
    assert view.model().rowCount() > 0
    assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert view.verticalScrollBar().maximum() == 0
    assert view.viewport().height() >= view.verticalHeader().length()


def test_no_result_column_title_is_cut(results):
    for view in (results.dimension_view, results.breakdown_view):
        header = view.horizontalHeader()
        for section in range(header.count()):
            assert header.sectionSize(section) >= header.sectionSizeHint(section)
            assert header.height() >= header.sectionSizeFromContents(section).height()
    # The last column of the dimensions, "Abweichende Sichtweisen", is on screen in full.
    view = results.dimension_view
    last = view.model().columnCount() - 1
    header = view.horizontalHeader()
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        view.viewport().width()
    )


def test_the_target_column_titles_are_not_cut(window, qapp):
    check = window.check
    window.navigation.setCurrentRow(window.stack.indexOf(check))
    check.panel.view.selectRow(1)
    check.tabs.setCurrentWidget(check.targets)
    settle(qapp)
    header = check.targets.view.horizontalHeader()
    for column in range(1, header.count()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
    check.tabs.setCurrentWidget(check.results)


def test_every_splitter_keeps_its_parts(window, qapp):
    projects = window.projects
    first = projects.model.row_at(0).id
    projects.open_project(first, 9)
    settle(qapp)
    splitters = window.findChildren(QSplitter)
    assert len(splitters) >= 5
    for splitter in splitters:
        assert not splitter.childrenCollapsible(), splitter.parentWidget()
    projects.show_list()


def test_every_page_fits_a_laptop_screen(window, qapp):
    for index in range(window.stack.count()):
        window.navigation.setCurrentRow(index)
        settle(qapp)
        hint = window.minimumSizeHint()
        assert hint.width() <= WIDTH and hint.height() <= HEIGHT, window.page(index)
    assert window.width() == WIDTH


def test_every_column_of_the_board_can_be_reached(window, qapp):
    projects = window.projects
    window.navigation.setCurrentRow(window.stack.indexOf(projects))
    projects.show_list()
    projects.views.setCurrentWidget(projects.board)
    settle(qapp)
    scroll = projects.board.scroll
    inner = scroll.widget()
    bar = scroll.horizontalScrollBar()
    assert scroll.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert bar.maximum() + scroll.viewport().width() >= inner.width()
    bar.setValue(bar.maximum())
    settle(qapp)
    last = projects.board.headers[-1]
    right = last.mapTo(scroll.viewport(), last.rect().topRight()).x()
    assert right <= scroll.viewport().width()
    bar.setValue(0)
    projects.views.setCurrentIndex(0)


def test_the_search_box_shows_its_placeholder(window, qapp):
    projects = window.projects
    window.navigation.setCurrentRow(window.stack.indexOf(projects))
    projects.show_list()
    projects.views.setCurrentIndex(0)
    settle(qapp)
    search = projects.search
    assert search.placeholderText()
    text_width = search.fontMetrics().horizontalAdvance(search.placeholderText())
    assert search.width() >= text_width + 16  # frame and text margins
    # Every search field of the program keeps room for its placeholder.
    fields = [f for f in window.findChildren(QLineEdit) if f.isClearButtonEnabled()]
    assert len(fields) >= 3
    for field in fields:
        advance = field.fontMetrics().horizontalAdvance(field.placeholderText())
        assert field.minimumWidth() >= advance + 16, field.placeholderText()


def test_the_goal_dialog_shows_every_goal_in_full(window, qapp, monkeypatch):
    projects = window.projects
    window.navigation.setCurrentRow(window.stack.indexOf(projects))
    projects.open_project(projects.model.row_at(0).id)
    seen = []

    def look(dialog):
        dialog.show()
        settle(qapp)
        goals = dialog.findChild(QListWidget)
        indicator = goals.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        metrics = goals.fontMetrics()
        for row in range(goals.count()):
            item = goals.item(row)
            rect = goals.visualItemRect(item)
            assert metrics.horizontalAdvance(item.text()) + indicator <= rect.width(), item.text()
        assert goals.horizontalScrollBar().maximum() == 0
        assert dialog.width() >= dialog.minimumSizeHint().width()
        seen.append(goals.count())
        dialog.reject()
        return 0

    monkeypatch.setattr(FormDialog, "exec", look)
    projects.detail.edit_goals()
    assert seen and seen[0] > 5
    projects.show_list()


def test_the_impact_level_title_is_not_cut(window, qapp):
    from digiwandel.ui.pages.strategy_goals import GoalsTab

    strategy = window.page(4)
    window.navigation.setCurrentRow(4)
    tab = next(
        strategy.tabs.widget(i)
        for i in range(strategy.tabs.count())
        if isinstance(strategy.tabs.widget(i), GoalsTab)
    )
    strategy.tabs.setCurrentWidget(tab)
    settle(qapp)
    header = tab.goals.view.horizontalHeader()
    model = tab.goals.view.model()
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Stufe der Wirkungstreppe"
    )
    assert header.sectionSize(column) >= header.sectionSizeHint(column)
    assert header.height() >= header.sectionSizeFromContents(column).height()
    for widget in (tab.date_edit, tab.confidence_spin):
        assert widget.width() >= widget.sizeHint().width()


def test_the_indicator_legend_stays_inside_its_chart(window, qapp):
    from PySide6.QtTest import QTest

    from digiwandel.ui.pages.strategy_goals import GoalsTab

    strategy = window.page(4)
    window.navigation.setCurrentRow(4)
    tab = next(
        strategy.tabs.widget(i)
        for i in range(strategy.tabs.count())
        if isinstance(strategy.tabs.widget(i), GoalsTab)
    )
    strategy.tabs.setCurrentWidget(tab)
    tab.goals.view.selectRow(0)
    tab.indicators.view.selectRow(0)
    QTest.qWait(300)  # a chart shown at a new size is built again for it
    settle(qapp)
    canvas = tab.chart.canvas
    assert canvas is not None
    figure = canvas.figure
    canvas.draw()
    renderer = canvas.get_renderer()
    for legend in figure.legends:
        box = legend.get_window_extent(renderer)
        assert box.x0 >= 0 and box.x1 <= figure.bbox.width + 1


# -- charts at the sizes the check page gives them -----------------------------------------------
DIMENSIONS = [
    "Strategie & Führung",
    "Prozesse & Arbeitsorganisation",
    "Digitale Infrastruktur & Fachsoftware",
    "Kompetenzen & Kultur",
    "Datenschutz & Informationssicherheit",
    "Daten & Vernetzung der Systeme",
    "Angebote für Klient*innen",
    "Abrechnung & Berichtswesen mit Leistungsträgern",
    "Finanzierung & Ressourcen",
]


def _overlapping(texts, renderer) -> list[tuple[str, str]]:
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in texts if t.get_text()]
    return [
        (a, b)
        for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2)
        if box_a.overlaps(box_b)
    ]


def test_turned_dimension_titles_of_the_areas_chart_do_not_overlap():
    from digiwandel.charts.maturity import heatmap_chart

    # 1030 × 390 pixels: the chart tab of the check page on a 1280×800 screen.
    fig = heatmap_chart(
        ["Ambulante Hilfen", "Offene Kinder- und Jugendarbeit", "Verwaltung", "Wohnen"],
        DIMENSIONS,
        [[50.0] * len(DIMENSIONS)] * 4,
        missing_label="zu wenige Antworten",
        figsize=(10.3, 3.9),
    )
    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    ax = fig.axes[0]
    labels = ax.get_xticklabels()
    angle = np.radians(labels[0].get_rotation())
    assert angle > 0, "nine long titles are turned at this width"
    # Turned labels are parallel strips; neighbours lie apart by the tick spacing times the
    # sine of the angle, and each strip is as thick as its lines are high.
    spacing = ax.transData.transform((1, 0))[0] - ax.transData.transform((0, 0))[0]
    for label in labels:
        label.set_rotation(0)
        thickness = label.get_window_extent(renderer).height
        assert thickness <= spacing * np.sin(angle), label.get_text()


def test_dimension_titles_of_the_leadership_chart_do_not_overlap():
    from digiwandel.charts.maturity import bar_comparison_chart

    fig = bar_comparison_chart(
        DIMENSIONS,
        [("Leitung", [70.0] * 9), ("Mitarbeitende", [50.0] * 9)],
        missing_label="zu wenige Antworten",
        figsize=(10.3, 3.9),
    )
    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    assert _overlapping(fig.axes[0].get_yticklabels(), renderer) == []


def test_a_long_indicator_name_fits_a_narrow_chart():
    from datetime import date

    from digiwandel.charts.strategy import indicator_chart

    # The evaluation of step 9 leaves its chart about 290 × 270 pixels on a laptop.
    fig = indicator_chart(
        [(date(2026, 9, 4), 11.6), (date(2026, 10, 4), 9.2)],
        series_label="Gemessen",
        target=(date(2027, 4, 2), 6.0),
        target_label="Zielwert",
        title="Zeitaufwand der Teamleitungen für die monatliche Dienstplanung",
        unit="h",
        figsize=(2.9, 2.7),
    )
    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    title = fig.get_suptitle() and fig._suptitle.get_window_extent(renderer)
    assert title.x0 >= 0 and title.x1 <= fig.bbox.width
    assert title.y0 > fig.axes[0].get_window_extent(renderer).y1  # above the plot


def test_no_top_level_window_is_left_over(qapp):
    # The module's dialogs were closed by the tests that opened them.
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()]

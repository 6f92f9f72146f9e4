"""Numbers, money and dates as the UI language writes them: reading what people type,
showing stored figures, the shared date field and month names in charts."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale, Qt

from digiwandel.services.demo import create_demo_file
from digiwandel.services.errors import DomainError
from digiwandel.services.projects import ProjectService
from digiwandel.ui import forms
from digiwandel.ui.context import AppContext
from digiwandel.ui.main_window import MainWindow
from digiwandel.ui.widgets import Field, FormDialog
from tests.ui_helpers import with_modal

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
ENGLISH_MONTHS = ("Mar", "May", "Oct", "Dec")


@pytest.fixture
def locale():
    """Switch the UI language's locale the way i18n.install does; restored afterwards."""
    before = QLocale()

    def use(which: QLocale) -> None:
        QLocale.setDefault(which)

    yield use
    QLocale.setDefault(before)


# ---- forms without services -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [("1.450", 1450.0), ("1.234,56", 1234.56), ("2,5", 2.5), ("1450", 1450.0), ("", None)],
)
def test_german_numbers_are_read_the_german_way(locale, text, expected):
    locale(GERMAN)
    assert forms.parse_number(text, "planned") == expected


@pytest.mark.parametrize(
    ("text", "expected"), [("1,450", 1450.0), ("1,234.56", 1234.56), ("2.5", 2.5)]
)
def test_english_numbers_are_read_the_english_way(locale, text, expected):
    locale(ENGLISH)
    assert forms.parse_number(text, "planned") == expected


@pytest.mark.parametrize(("which", "text"), [(GERMAN, "2.5"), (ENGLISH, "1,45"), (GERMAN, "x")])
def test_ambiguous_numbers_are_refused_not_reinterpreted(locale, which, text):
    locale(which)
    with pytest.raises(DomainError) as caught:
        forms.parse_number(text, "planned")
    assert caught.value.field == "planned"


def test_shown_figures_follow_the_language(locale):
    locale(GERMAN)
    assert forms.money_text(1450) == "1.450,00\u00a0€"
    assert forms.format_number(1234.5) == "1.234,5"
    assert forms.input_number_text(1234.5) == "1234,5"
    assert forms.parse_number(forms.input_number_text(1234.5), "v") == 1234.5
    locale(ENGLISH)
    assert forms.money_text(1450) == "€1,450.00"
    assert forms.money_text(-3.5) == "-€3.50"
    assert forms.format_number(1234.5) == "1,234.5"


def test_levels_in_result_texts_follow_the_language(locale):
    # "leadership 2.5, staff 1" in the list of questions on which views differ
    from digiwandel.ui.pages.check_results import _level

    locale(GERMAN)
    assert (_level(2.5), _level(1.0), _level(None)) == ("2,5", "1", "–")
    locale(ENGLISH)
    assert _level(2.5) == "2.5"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30.6.27", date(2027, 6, 30)),
        ("1.7.2027", date(2027, 7, 1)),
        ("30.06.2027", date(2027, 6, 30)),
        ("30/6/2027", date(2027, 6, 30)),
        ("2027-06-30", date(2027, 6, 30)),
    ],
)
def test_short_dates_are_read_day_first(locale, text, expected):
    locale(GERMAN)
    assert forms.parse_date(text, "due_on") == expected


# ---- the shared date field ------------------------------------------------------------------
def test_date_field_takes_a_short_german_date(qtbot, locale):
    locale(GERMAN)
    field = forms.DateField(None)
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    qtbot.keyClicks(field, "30.6.27")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # finishes editing: the date is tidied
    assert field.date() == date(2027, 6, 30)
    assert field.text() == "30.06.2027"


def test_date_field_shows_english_dates_and_may_stay_empty(qtbot, locale):
    locale(ENGLISH)
    field = forms.DateField(date(2027, 3, 5))
    qtbot.addWidget(field)
    assert field.text() == "5 Mar 2027"
    assert field.date() == date(2027, 3, 5)
    field.clear()
    assert field.date() is None
    required = forms.DateField(None, optional=False)
    qtbot.addWidget(required)
    with pytest.raises(DomainError):
        required.date()


def test_unreadable_date_is_refused_next_to_its_field(qtbot, locale):
    locale(GERMAN)
    stored: list = []
    due = forms.DateField(None)
    dialog = FormDialog("Test", [Field("due_on", "&Due:", due)], stored.append)
    qtbot.addWidget(dialog)
    dialog.show()
    due.setText("31.13.2027")
    dialog.accept()
    assert dialog.errors["due_on"].isVisible() and dialog.isVisible()
    assert "date" in dialog.errors["due_on"].text()
    assert stored == []
    due.setText("31.12.27")
    dialog.accept()
    assert stored == [{"due_on": date(2027, 12, 31)}]


def test_calendar_picks_a_date(qtbot, locale):
    locale(GERMAN)
    field = forms.DateField(date(2027, 6, 1))
    qtbot.addWidget(field)
    field.show()
    field.show_calendar()
    popup = field._popup
    assert popup is not None and popup.selectedDate().toPython() == date(2027, 6, 1)
    assert popup.locale().language() == QLocale.Language.German
    popup.clicked.emit(popup.selectedDate().addDays(14))
    assert field.date() == date(2027, 6, 15)


# ---- budget lines through the GUI -----------------------------------------------------------
@pytest.fixture
def budget(qtbot, tmp_path, monkeypatch):
    """The budget panel (step 4) of a fresh measure; the locale is chosen by the test."""

    def open_panel(which: QLocale):
        QLocale.setDefault(which)
        window = MainWindow(AppContext())
        qtbot.addWidget(window)
        assert window.open_path(create_demo_file(tmp_path / "demo.sqlite3"))
        window.navigation.setCurrentRow(window.stack.indexOf(window.projects))
        window.show()
        projects = ProjectService(window.ctx.db, "en")
        ident = projects.create_project("Zahlentest").id
        window.projects.reload()
        window.projects.open_project(ident)
        detail = window.projects.detail
        detail.select_step(4)
        panel, _label = detail.panels["budget"]
        return SimpleNamespace(panel=panel, lines=lambda: projects.get_project(ident).budget_lines)

    before = QLocale()
    yield open_panel
    QLocale.setDefault(before)


def add_budget_line(panel, planned: str) -> dict:
    seen: dict = {}

    def fill(dialog):
        dialog.fields["category"].setText("Lizenzen")
        dialog.fields["planned"].setText(planned)
        dialog.accept()
        seen["error"] = dialog.errors["planned"].text() if dialog.isVisible() else ""
        if dialog.isVisible():
            dialog.reject()

    with_modal(fill, panel.panel.add_button.click)
    return seen


def planned_cell(panel) -> str:
    model = panel.model
    return model.data(model.index(0, 2))


def test_german_budget_of_1_450_is_1450_euros(budget):
    view = budget(GERMAN)
    assert add_budget_line(view.panel, "1.450")["error"] == ""
    assert [line.planned for line in view.lines()] == [1450.0]
    assert planned_cell(view.panel) == "1.450,00\u00a0€"
    assert "1.450,00\u00a0€" in view.panel.sums.text()


def test_english_budget_of_1_450_is_1450_euros(budget):
    view = budget(ENGLISH)
    add_budget_line(view.panel, "1,450")
    assert [line.planned for line in view.lines()] == [1450.0]
    assert planned_cell(view.panel) == "€1,450.00"


def test_english_style_amount_in_german_is_refused_next_to_the_field(budget):
    view = budget(GERMAN)
    seen = add_budget_line(view.panel, "1,450.00")
    assert seen["error"].startswith("⚠") and "number" in seen["error"]
    assert view.lines() == ()


def test_editing_a_budget_line_keeps_its_amount(budget):
    view = budget(GERMAN)
    add_budget_line(view.panel, "1.234,56")
    view.panel.panel.view.selectRow(0)
    seen: dict = {}

    def keep(dialog):
        seen["text"] = dialog.fields["planned"].text()
        dialog.accept()

    with_modal(keep, view.panel.panel.edit_button.click)
    assert seen["text"] == "1234,56"
    assert [line.planned for line in view.lines()] == [1234.56]


# ---- charts in German -----------------------------------------------------------------------
def tick_texts(fig) -> list[str]:
    fig.canvas.draw()
    return [t.get_text() for ax in fig.axes for t in ax.get_xticklabels()]


def test_german_indicator_chart_has_german_months_and_decimal_commas(locale):
    from digiwandel.charts.strategy import indicator_chart

    locale(GERMAN)
    fig = indicator_chart(
        [(date(2026, 3, 2), 2.5), (date(2026, 5, 4), 3.0), (date(2026, 12, 1), 4.25)],
        series_label="Gemessen",
        target=(date(2026, 10, 1), 5.0),
        month_names=forms.month_names(),
        decimal_point=forms.decimal_point(),
    )
    ticks = tick_texts(fig)
    assert any("Mär" in t or "Mai" in t or "Okt" in t for t in ticks), ticks
    assert not any(month in t for t in ticks for month in ENGLISH_MONTHS), ticks
    assert not any("-" in t for t in ticks), ticks  # no ISO dates
    values = [t.get_text() for t in fig.axes[0].texts]
    assert "2,5" in values and "4,25" in values
    assert all("." not in t.get_text() for t in fig.axes[0].get_yticklabels())


def test_german_timeline_has_german_months(locale):
    from digiwandel.charts.projects import timeline_chart

    locale(GERMAN)
    row = SimpleNamespace(
        title="Dienstplan",
        light="green",
        starts_on=date(2026, 3, 1),
        ends_on=date(2026, 12, 20),
        steps=[],
        milestones=[],
    )
    fig = timeline_chart(
        [row],
        today=date(2026, 5, 1),
        light_words={"green": "Grün"},
        today_label="Heute",
        milestone_label="Meilenstein",
        step_label="Schritt",
        no_dates_label="keine Daten",
        month_names=forms.month_names(),
    )
    ticks = tick_texts(fig)
    assert any(t in ("Mär 2026", "Mai 2026", "Okt 2026") for t in ticks), ticks
    assert not any(month in t for t in ticks for month in ENGLISH_MONTHS), ticks


def test_indicator_chart_in_the_ui_uses_the_ui_language(qtbot, locale):
    from digiwandel.ui.pages.strategy_goals import IndicatorChart

    locale(GERMAN)
    chart = IndicatorChart()
    qtbot.addWidget(chart)
    chart.resize(600, 400)
    chart.show()
    from digiwandel.charts.specs import measured_spec

    spec = measured_spec(
        name="Diagramm", unit="", points=[(date(2026, 3, 2), 1.5), (date(2026, 10, 5), 2.0)]
    )
    chart.set_chart({**spec, "name": "Diagramm"}, "Zusammenfassung")
    ticks = tick_texts(chart.canvas.figure)
    assert not any(month in t for t in ticks for month in ENGLISH_MONTHS), ticks
    assert any("Mär" in t or "Okt" in t for t in ticks), ticks
    assert "1,5" in [t.get_text() for t in chart.canvas.figure.axes[0].texts]

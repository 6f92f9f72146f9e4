"""The smallest group size holds in every output of a check, not only on the results page.

GIVEN a completed check where the area "Wohnen" has two answer sheets (one of them the only
leader) and answers "firmly established" (100 %) everywhere, while every other figure of
the check is 0 %, 33 % or 67 %: "100 %" and a figure beside "Wohnen" or "Leadership" would
reveal the small group. THEN neither appears in the service's results, the finding texts,
the chart data, the results page and its Excel export, the assessment and board reports
and the command line's report -- until the smallest group size is lowered.
"""

from __future__ import annotations

import re
import subprocess
from datetime import date

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication

from digiwandel.charts.specs import check_chart_specs
from digiwandel.domain.language import speaking
from digiwandel.i18n import QtLanguage
from digiwandel.model.database import open_database
from digiwandel.services.check import CheckService
from digiwandel.services.organisation import PRIVACY_THRESHOLD_KEY, OrganisationService
from digiwandel.services.reports import assessment, board
from digiwandel.services.reports.common import ReportRequest
from digiwandel.texts import check as words
from digiwandel.ui.context import AppContext
from digiwandel.ui.export import write_table
from digiwandel.ui.pages.check_results import ResultsView

SMALL = "Wohnen"
# 100 % as a figure; the stages' limits ("75 % to 100 %") are the scale, nobody's answer
HUNDRED = re.compile(r"(?<![\d.,])(?<!to )100\s?%")
WARNING = "fewer than {n} answer sheets with answers"


def _sheet(check, assessment_id, dims, area, level, value_of) -> None:
    sheet = check.add_respondent(assessment_id, area.id, level.id)
    answers = [(i.id, "level", value_of(d.key), None) for d in dims for i in d.items]
    check.set_answers(sheet.id, answers)


@pytest.fixture
def path(tmp_path):
    """The database file of the check described above (closed again)."""
    file = tmp_path / "privacy.sqlite3"
    db = open_database(file)
    try:
        check, org = CheckService(db, "en"), OrganisationService(db)
        catalog_id = check.ensure_default_catalog()
        counselling, admin = org.create_area("Beratung"), org.create_area("Verwaltung")
        small = org.create_area(SMALL)
        lead = org.create_level("Leitung", 1, is_leadership=True)
        staff = org.create_level("Mitarbeitende", 2)
        a = check.create_assessment("Check 2026", date.today(), catalog_id)
        dims = check.survey_structure(a.id)
        # Processes: Beratung 67 %, Verwaltung 0 % (silo thinking names both); else 33 %.
        for _ in range(4):
            _sheet(check, a.id, dims, counselling, staff, lambda k: 2 if k == "processes" else 1)
        for _ in range(3):
            _sheet(check, a.id, dims, admin, staff, lambda k: 0 if k == "processes" else 1)
        _sheet(check, a.id, dims, small, lead, lambda k: 3)
        _sheet(check, a.id, dims, small, staff, lambda k: 3)
        check.complete(a.id)
    finally:
        db.close()
    return file


@pytest.fixture
def db(path):
    database = open_database(path)
    yield database
    database.close()


def set_threshold(db, value: int) -> None:
    OrganisationService(db).set_setting(PRIVACY_THRESHOLD_KEY, str(value))


def results_of(db):
    check = CheckService(db, "en")
    return check.results(check.latest_completed(1)[0].id)


def pdf_text(pdf: bytes, tmp_path, name: str) -> str:
    file = tmp_path / f"{name}.pdf"
    file.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(file), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out.replace("\u00a0", " ")


def assessment_pdf(db, tmp_path) -> str:
    item = results_of(db).assessment.id
    rendered = assessment.build(db, QtLanguage("en"), ReportRequest("assessment", item))
    return pdf_text(rendered.pdf, tmp_path, "assessment")


def board_pdf(db, tmp_path) -> str:
    rendered = board.build(db, QtLanguage("en"), ReportRequest("board", None, period="2026"))
    return pdf_text(rendered.pdf, tmp_path, "board")


def assert_hidden_in(text: str, name: str) -> None:
    """No "100 %" at all, and wherever the small group is named no figure beside it."""
    assert not HUNDRED.search(text), [line for line in text.splitlines() if HUNDRED.search(line)]
    beside = [line for line in text.splitlines() if name in line and re.search(r"\d\s?%", line)]
    assert beside == [], beside


def finding_texts(r) -> str:
    titles = {d.key: d.title for d in r.dimensions}
    texts = []
    for finding in r.findings:
        for reason in finding.reasons:
            figures = dict(reason.figures)
            figures["dimension"] = titles.get(figures.get("dimension"), figures.get("dimension"))
            texts.append(words.reason_text(reason.code, figures))
            texts += [str(v) for v in reason.figures.values()]
    return "\n".join(texts)


# ---- the service, the findings and the chart data -------------------------------------------
def test_the_service_leaves_out_the_small_area_and_the_single_leader(db) -> None:
    r = results_of(db)
    labels = {name: key for key, name in r.area_labels.items()}
    assert r.threshold == 3
    assert r.area_percentages[labels[SMALL]] is None
    assert r.area_percentages[labels["Beratung"]]["processes"] == pytest.approx(200 / 3)
    assert r.group_percentages["leadership"] is None
    assert r.group_percentages["staff"] is not None
    assert all(d.leadership_percent is None for d in r.scores.dimensions)
    assert all(
        s.leadership_value is None and not s.leadership_flag for s in r.scores.items.values()
    )
    assert all(x.leadership_value is None for x in r.disagreements)
    assert not r.few_sheets, "nine sheets in all: the whole check is large enough"
    # No figure of the service is the small group's 100 %.
    figures = [v for values in r.area_percentages.values() if values for v in values.values()]
    figures += [v for values in r.group_percentages.values() if values for v in values.values()]
    figures += [d.percent for d in r.scores.dimensions] + [r.scores.overall]
    assert all(v is None or v < 99 for v in figures)


def test_silo_thinking_names_only_areas_large_enough(db) -> None:
    r = results_of(db)
    silo = next(f for f in r.findings if f.key == "silo_thinking")
    spread = next(x for x in silo.reasons if x.code == "area_spread")
    assert (spread.figures["best_area"], spread.figures["worst_area"]) == ("Beratung", "Verwaltung")
    text = finding_texts(r)
    assert SMALL not in text
    assert not HUNDRED.search(text) and "100" not in text


def test_the_chart_data_has_no_figure_of_the_small_groups(db) -> None:
    with speaking(QtLanguage("en")):
        specs = check_chart_specs(results_of(db))
    heat = specs["heatmap_chart"]
    row = heat["row_labels"].index(SMALL)
    assert set(heat["values"][row]) == {None}
    assert heat["missing_label"] == "too few answers"
    bars = dict(specs["bar_comparison_chart"]["series"])
    assert set(bars["Leadership"]) == {None}
    values = [v for spec in specs.values() if spec for v in _numbers(spec)]
    assert values and all(v < 99 for v in values)


def _numbers(spec: dict) -> list[float]:
    out = []
    for key in ("values", "series"):
        for row in spec.get(key, ()):
            cells = row[1] if isinstance(row, tuple) else row
            out += [v for v in cells if isinstance(v, int | float)]
    return out


# ---- the results page and its Excel export ----------------------------------------------------
def test_the_results_page_and_its_excel_export_say_too_few_answers(db, qtbot, tmp_path) -> None:
    view = ResultsView(AppContext())
    qtbot.addWidget(view)
    view.set_results(results_of(db))
    for name, table in (("areas", view.breakdown_view), ("dimensions", view.dimension_view)):
        file = tmp_path / f"{name}.xlsx"
        write_table(file, table, name)
        rows = list(openpyxl.load_workbook(file).active.iter_rows(values_only=True))
        cells = [cell for row in rows for cell in row]
        assert not any(isinstance(c, int | float) and c > 99 for c in cells), rows
        assert not any(isinstance(c, str) and HUNDRED.search(c) for c in cells), rows
        if name == "areas":
            by_group = {row[0]: row[1:] for row in rows[1:]}
            assert set(by_group[f"Area: {SMALL}"]) == {"too few answers"}
            assert set(by_group["Level: Leadership"]) == {"too few answers"}
            assert by_group["Area: Verwaltung"][1] == 0  # processes, a figure: large enough
    assert "answer sheets with answers" not in view.facts_label.text()


# ---- the reports and the command line -----------------------------------------------------------
def test_the_assessment_report_never_shows_the_small_groups(db, tmp_path) -> None:
    text = assessment_pdf(db, tmp_path)
    assert f"{SMALL}: too few answers" in text
    assert "Leadership: too few answers" in text
    assert "Beratung" in text and re.search(r"67\s?%", text)
    assert_hidden_in(text, SMALL)
    assert_hidden_in(text, "Leadership:")
    assert WARNING.format(n=3) not in text


def test_the_board_report_never_shows_the_small_groups(db, tmp_path) -> None:
    text = board_pdf(db, tmp_path)
    assert "Silo thinking" in text
    assert_hidden_in(text, SMALL)
    assert "Leadership" not in text or not re.search(r"Leadership[ :]+\d", text)


def test_the_command_line_report_never_shows_the_small_groups(path, tmp_path, capsys) -> None:
    from digiwandel.cli import main

    out = tmp_path / "cli.pdf"
    code = main(["report", "assessment", "--db", str(path), "-o", str(out), "--lang", "en"])
    assert code == 0, capsys.readouterr().err
    printed = capsys.readouterr().out
    assert str(out) in printed and not HUNDRED.search(printed)
    text = pdf_text(out.read_bytes(), tmp_path, "cli")
    assert f"{SMALL}: too few answers" in text
    assert_hidden_in(text, SMALL)


# ---- the setting decides ---------------------------------------------------------------------
def test_lowering_the_smallest_group_size_shows_the_groups(db, tmp_path) -> None:
    # GIVEN a smallest group size of two: "Wohnen" (two sheets) is shown, the leader not
    set_threshold(db, 2)
    r = results_of(db)
    labels = {name: key for key, name in r.area_labels.items()}
    assert r.area_percentages[labels[SMALL]]["processes"] == pytest.approx(100)
    assert r.group_percentages["leadership"] is None
    text = assessment_pdf(db, tmp_path)
    assert HUNDRED.search(text) and f"{SMALL}: too few answers" not in text
    assert "Leadership: too few answers" in text
    # AND with one, even a single leader is shown
    set_threshold(db, 1)
    r = results_of(db)
    assert r.group_percentages["leadership"]["processes"] == pytest.approx(100)
    assert {s.leadership_value for s in r.scores.items.values()} == {3.0}


def test_raising_the_smallest_group_size_hides_more(db, tmp_path) -> None:
    # GIVEN four: "Verwaltung" (three sheets) joins "Wohnen"; no area comparison is left
    set_threshold(db, 4)
    r = results_of(db)
    labels = {name: key for key, name in r.area_labels.items()}
    assert r.area_percentages[labels["Verwaltung"]] is None
    assert r.area_percentages[labels["Beratung"]] is not None
    reasons = [x.code for f in r.findings for x in f.reasons]
    assert "area_spread" not in reasons
    text = assessment_pdf(db, tmp_path)
    assert "Verwaltung: too few answers" in text
    assert_hidden_in(text, "Verwaltung")
    assert "Groups with fewer than 4 answer sheets" in " ".join(text.split())


# ---- a whole check smaller than the smallest group ---------------------------------------------
@pytest.fixture
def two_sheets(tmp_path):
    file = tmp_path / "two.sqlite3"
    db = open_database(file)
    check, org = CheckService(db, "en"), OrganisationService(db)
    catalog_id = check.ensure_default_catalog()
    area = org.create_area("Beratung")
    staff = org.create_level("Mitarbeitende", 2)
    a = check.create_assessment("Small check", date.today(), catalog_id)
    dims = check.survey_structure(a.id)
    _sheet(check, a.id, dims, area, staff, lambda k: 1)
    _sheet(check, a.id, dims, area, staff, lambda k: 2)
    check.add_respondent(a.id, area.id, staff.id)  # an empty third sheet does not count
    check.complete(a.id)
    yield db
    db.close()


def test_a_check_with_fewer_sheets_than_the_smallest_group_says_it_is_not_anonymous(
    two_sheets, qtbot, tmp_path
) -> None:
    # GIVEN two sheets with answers in the whole check (smallest group: three)
    r = results_of(two_sheets)
    assert r.few_sheets
    assert r.scores.overall is not None, "the overall result still counts every sheet"
    assert set(r.area_percentages.values()) == {None}
    warning = WARNING.format(n=3)
    # THEN the results page, the assessment report and the board report say so
    view = ResultsView(AppContext())
    qtbot.addWidget(view)
    view.set_results(r)
    assert warning in view.facts_label.text()
    assert warning in " ".join(assessment_pdf(two_sheets, tmp_path).split())
    assert warning in " ".join(board_pdf(two_sheets, tmp_path).split())
    # AND so does the overview, beside its radar of the same check
    from digiwandel.services.overview import OverviewService

    overview = OverviewService(two_sheets)
    assert overview.open_findings(r.assessment.id, "en").few_sheets_below == 3
    # AND with a smallest group size of two nothing needs saying
    set_threshold(two_sheets, 2)
    assert not results_of(two_sheets).few_sheets
    assert overview.open_findings(r.assessment.id, "en").few_sheets_below == 0
    assert "answer sheets with answers" not in assessment_pdf(two_sheets, tmp_path)


# ---- the settings dialog -----------------------------------------------------------------------
def test_the_settings_change_the_results_on_screen_at_once(path, qtbot) -> None:
    from digiwandel.ui.dialogs.settings import SettingsDialog
    from digiwandel.ui.main_window import MainWindow

    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.show()
    window.navigation.setCurrentRow(2)
    page = window.stack.currentWidget()
    page.panel.select_id(page.model.rows()[0].id)
    page.tabs.setCurrentWidget(page.results)
    QApplication.processEvents()

    def small_area_cells() -> list[str]:
        model = page.results.breakdown_model
        row = next(n for n in range(model.rowCount()) if SMALL in model.index(n, 0).data())
        return [model.index(row, c).data() for c in range(1, model.columnCount())]

    assert set(small_area_cells()) == {"too few answers"}
    # GIVEN the settings say what the program does
    dialog = SettingsDialog(window.ctx, window)
    note = " ".join(label.text() for label in dialog.findChildren(type(page.results.facts_label)))
    for promise in (
        "not on screen, in reports or in exported tables",
        "still count in the overall result",
        "Export organisation contain all answer sheets",
    ):
        assert promise in note
    # WHEN the smallest group size is lowered to two
    dialog.threshold.setValue(2)
    dialog.accept()
    QApplication.processEvents()
    # THEN the results on screen follow without any other change
    assert any(HUNDRED.search(c) for c in small_area_cells())
    # AND raising it again hides the area again
    dialog = SettingsDialog(window.ctx, window)
    dialog.threshold.setValue(3)
    dialog.accept()
    QApplication.processEvents()
    assert set(small_area_cells()) == {"too few answers"}

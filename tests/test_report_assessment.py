"""The assessment report: the figures of the results page on paper, in the report's
language, with every group below the smallest group size left out."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date

import pytest

from digiwandel.charts.specs import check_chart_specs
from digiwandel.domain.language import speaking
from digiwandel.i18n import QtLanguage
from digiwandel.services.check import CheckService
from digiwandel.services.errors import DomainError
from digiwandel.services.organisation import PRIVACY_THRESHOLD_KEY, OrganisationService
from digiwandel.services.reports import assessment
from digiwandel.services.reports.common import ReportRequest
from digiwandel.texts import check as words

HEADINGS = (
    "Overview",
    "Results per dimension",
    "Findings",
    "Recommendations",
    "What to do next",
    "Where views differ",
    "Areas",
    "Leadership and staff",
    "Over time",
    "How to read this report",
)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from digiwandel.services.demo import create_demo_file

    return create_demo_file(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


@pytest.fixture
def demo(demo_file, tmp_path):
    """A copy of the demo for each test: a test may change the smallest group size."""
    from digiwandel.model.database import open_database

    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    database = open_database(path)
    yield database
    database.close()


def latest_completed(db) -> int:
    return next(a.id for a in CheckService(db, "en").list_assessments() if a.status == "completed")


def render(db, lang: str, item: int, sections=None):
    language = QtLanguage(lang)
    request = ReportRequest("assessment", item, sections)
    return assessment.build(db, language, request), language


def text_of(pdf: bytes, tmp_path) -> str:
    """The text in drawing order (cells of a table row one after another), one space
    between words, no-break spaces as spaces."""
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    raw = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return flat(raw)


def layout_lines(pdf: bytes, tmp_path) -> list[str]:
    """The lines as they appear on the pages (a table row, a sentence, a chart's row)."""
    path = tmp_path / "layout.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [flat(line) for line in out.splitlines()]


def assert_never_with_a_figure(name: str, lines: list[str]) -> None:
    """Wherever the group is named, no percentage stands beside it."""
    beside = [line for line in lines if name in line and re.search(r"\d\s?%", line)]
    assert beside == [], beside


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def assert_sound_pdf(pdf: bytes, tmp_path) -> None:
    path = tmp_path / "sound.pdf"
    path.write_bytes(pdf)
    subprocess.run(["qpdf", "--check", str(path)], capture_output=True, check=True)
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts, "no fonts at all"
    for line in fonts:
        assert "DejaVuSans" in line, line  # no Helvetica or other unembedded base font
        assert line.split()[-5] == "yes", line  # the "emb" column


def test_the_report_shows_the_results_figures_in_english(demo, tmp_path):
    # GIVEN the demo's latest completed check and its results as the results page shows them
    item = latest_completed(demo)
    results = CheckService(demo, "en").results(item)
    # WHEN its report is made in English
    rendered, language = render(demo, "en", item)
    text = text_of(rendered.pdf, tmp_path)
    # THEN it names the organisation and has every section
    assert rendered.kind == "assessment"
    assert rendered.pages > 3
    assert OrganisationService(demo).get_profile().name in text
    lines = layout_lines(rendered.pdf, tmp_path)
    for heading in HEADINGS:
        assert heading in lines, heading  # a line of its own
    # and the overall index, and each dimension's row with the services' figures
    assert f"{language.percent(results.scores.overall)} Overall index" in text
    titles = {d.key: d.title for d in results.dimensions}
    with speaking(language):
        for d in results.scores.dimensions:
            row = " ".join(
                [
                    titles[d.key],
                    language.percent(d.percent),
                    words.band_name(d.band),
                    words.signed(d.change, ""),
                    language.percent(d.target),
                    words.signed(d.gap_to_target, ""),
                    language.percent(d.dont_know_share * 100),
                ]
            )
            assert row in text, row
    # and every finding and recommendation by name
    with speaking(language):
        for finding in results.findings:
            assert words.finding_title(finding.key) in text
        for key in results.recommendations:
            assert flat(words.recommendation_title(key)) in text
    assert_sound_pdf(rendered.pdf, tmp_path)
    json.dumps(rendered.figures)  # kept with a snapshot: plain JSON
    assert rendered.figures["overall"] == results.scores.overall


def test_areas_show_their_figures_and_a_small_area_reads_too_few_answers(demo, tmp_path):
    # GIVEN the demo, where the area "Wohnen" has two answer sheets (smallest group: three)
    item = latest_completed(demo)
    results = CheckService(demo, "en").results(item)
    shown = sorted(
        (name, results.area_percentages[key])
        for key, name in results.area_labels.items()
        if results.area_percentages[key] is not None
    )
    assert [n for n, _v in shown] == [
        "Ambulante Hilfen",
        "Offene Kinder- und Jugendarbeit",
        "Verwaltung",
    ]
    rendered, language = render(demo, "en", item)
    text = text_of(rendered.pdf, tmp_path)
    # THEN the areas table has a column per shown area with their figures per dimension
    assert "Dimension " + " ".join(n for n, _v in shown) in text
    for d in results.dimensions:
        row = " ".join(
            [d.title]
            + [language.percent(v[d.key]) if v[d.key] is not None else "–" for _n, v in shown]
        )
        assert row in text, row
    # and "Wohnen" only ever with "too few answers", never with a figure: not in a table or
    # a sentence, and its row of the chart has no value
    assert "Wohnen: too few answers" in text
    assert_never_with_a_figure("Wohnen", layout_lines(rendered.pdf, tmp_path))
    heatmap = check_chart_specs(results)["heatmap_chart"]
    row = heatmap["values"][heatmap["row_labels"].index("Wohnen")]
    assert row == [None] * len(results.dimensions)
    assert heatmap["missing_label"] == "too few answers"


def test_no_group_below_the_smallest_group_size_shows_a_figure(demo, tmp_path):
    # GIVEN a smallest group size of five: every area (two or three sheets), leadership
    # (four sheets) and the volunteers (one) are too small; only staff (six) remain
    OrganisationService(demo).set_setting(PRIVACY_THRESHOLD_KEY, "5")
    item = latest_completed(demo)
    results = CheckService(demo, "en").results(item)
    assert results.threshold == 5
    assert all(v is None for v in results.area_percentages.values())
    assert results.group_percentages["leadership"] is None
    assert results.group_percentages["staff"] is not None
    # WHEN the report is made
    rendered, _language = render(demo, "en", item)
    text = text_of(rendered.pdf, tmp_path)
    # THEN each small group is named with "too few answers" and never with a figure
    lines = layout_lines(rendered.pdf, tmp_path)
    for name in results.area_labels.values():
        assert f"{name}: too few answers" in text, name
        assert_never_with_a_figure(name, lines)
    assert "Leadership: too few answers" in text
    assert "Volunteers: too few answers" in text
    assert_never_with_a_figure("Volunteers", lines)
    # the charts draw no value of them
    specs = check_chart_specs(results)
    assert all(v is None for row in specs["heatmap_chart"]["values"] for v in row)
    bars = dict(specs["bar_comparison_chart"]["series"])
    assert all(v is None for v in bars["Leadership"])
    assert any(v is not None for v in bars["Staff"])
    # the leadership and staff table has a staff column only
    assert "Dimension Staff" in text
    assert "Dimension Leadership" not in text
    # no question shows what leadership answered, no finding compares areas
    assert not re.search(r"leadership \d[\d.,]*, staff", text)
    assert "best and the weakest area" not in text
    assert "fewer than 5 answer sheets" in text


def test_german_report_writes_numbers_the_german_way(demo, tmp_path):
    item = latest_completed(demo)
    results = CheckService(demo, "de").results(item)
    rendered, language = render(demo, "de", item)
    text = text_of(rendered.pdf, tmp_path)
    assert OrganisationService(demo).get_profile().name in text
    assert language.percent(results.scores.overall).replace("\u00a0", " ") in text
    assert "%" in language.percent(1.0) and " %" in flat(language.percent(1.0))
    titles = {d.key: d.title for d in results.dimensions}  # the catalog's German titles
    with speaking(language):
        for d in results.scores.dimensions:
            row = flat(
                " ".join([titles[d.key], language.percent(d.percent), words.band_name(d.band)])
            )
            assert row in text, row
        assert words.too_few() == "zu wenige Antworten"  # the screen's own words
        assert "Wohnen: zu wenige Antworten" in text
    # dates in the cover's subtitle the German way
    assert language.date(results.assessment.assessed_on) in text
    assert_sound_pdf(rendered.pdf, tmp_path)


def test_sections_can_be_left_out(demo, tmp_path):
    item = latest_completed(demo)
    rendered, _language = render(demo, "en", item, frozenset({"findings"}))
    lines = layout_lines(rendered.pdf, tmp_path)
    assert "Overview" in lines and "Findings" in lines
    for heading in set(HEADINGS) - {"Overview", "Findings"}:
        assert heading not in lines, heading
    keys = [key for key, _label in assessment.SECTIONS]
    assert len(keys) == len(set(keys)) and "findings" in keys


def test_only_a_completed_check_with_answers_makes_a_report(demo):
    language = QtLanguage("en")
    check = CheckService(demo, "en")
    draft = next(a for a in check.list_assessments() if a.status == "draft")
    with pytest.raises(DomainError) as refused:
        assessment.build(demo, language, ReportRequest("assessment", draft.id))
    assert refused.value.message == assessment.MSG_NOT_COMPLETED
    assert draft.title in str(refused.value)
    with pytest.raises(DomainError) as missing:
        assessment.build(demo, language, ReportRequest("assessment", 9999))
    assert missing.value.message == assessment.MSG_MISSING
    with pytest.raises(DomainError) as none:
        assessment.build(demo, language, ReportRequest("assessment", None))
    assert none.value.message == assessment.MSG_CHOOSE
    # a completed check whose answers are all "don't know" has nothing to evaluate
    empty = check.create_assessment("Nur weiß nicht", draft.assessed_on)
    sheet = check.add_respondent(empty.id)
    item = check.survey_structure(empty.id)[0].items[0]
    check.set_answer(sheet.id, item.id, "dont_know")
    check.complete(empty.id)
    with pytest.raises(DomainError) as nothing:
        assessment.build(demo, language, ReportRequest("assessment", empty.id))
    assert nothing.value.message == assessment.MSG_NO_ANSWERS


def test_progress_is_reported_and_reaches_the_end(demo):
    heard: list[float] = []
    assessment.build(
        demo,
        QtLanguage("en"),
        ReportRequest("assessment", latest_completed(demo), frozenset()),
        heard.append,
    )
    assert heard[0] < 0.3 and heard[-1] == 1.0
    assert heard == sorted(heard)


def test_a_first_check_without_areas_says_so_instead_of_empty_sections(db, tmp_path):
    # GIVEN a first check whose only answer sheet names neither area nor level
    OrganisationService(db).save_profile(name="Kleiner Verein e.V.")
    check = CheckService(db, "en")
    first = check.create_assessment("Erster Check", date(2026, 3, 1))
    sheet = check.add_respondent(first.id)
    check.set_answers(
        sheet.id,
        [(item.id, "level", 1, None) for d in check.survey_structure(first.id) for item in d.items],
    )
    check.complete(first.id)
    # WHEN its report is made
    rendered, _language = render(db, "en", first.id)
    text = text_of(rendered.pdf, tmp_path)
    # THEN each section without data says why in one sentence
    assert "Kleiner Verein e.V." in text
    assert "no earlier check to compare with" in text
    assert "No answer sheet names an area." in text
    assert "No answer sheet names a hierarchy level." in text
    assert "This is the first completed check" in text
    assert "Strongest dimension" not in text  # every dimension has the same result
    assert_sound_pdf(rendered.pdf, tmp_path)

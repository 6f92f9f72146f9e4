"""The strategy paper: the current strategy as the strategy page shows it, with the
figures of the services written in the report's language."""

from __future__ import annotations

import re
import subprocess
from datetime import date, timedelta

import pytest

from digiwandel.i18n import QtLanguage
from digiwandel.services.reports import strategy as kind
from digiwandel.services.reports.common import ReportRequest, no_progress
from digiwandel.services.strategy import StrategyService
from digiwandel.texts import strategy as words

EN = QtLanguage("en")
DE = QtLanguage("de")
ORGANISATION = "Familien- und Jugendhilfe Lindenhof e.V."


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo organisation with its strategy and measures (read only in this module)."""
    from digiwandel.model.database import open_database
    from digiwandel.services.demo import (
        populate_demo,
        populate_projects_demo,
        populate_strategy_demo,
    )

    database = open_database(tmp_path_factory.mktemp("paper") / "demo.sqlite3")
    populate_demo(database)
    populate_strategy_demo(database)
    populate_projects_demo(database)
    yield database
    database.close()


def render(db, language, sections=None, today=None):
    request = ReportRequest("strategy", sections=sections, today=today or date.today())
    return kind.build(db, language, request, no_progress)


def text_of(pdf: bytes) -> str:
    """The PDF's text with runs of white space (line breaks, no-break spaces) as one space."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", out.replace("\u00a0", " "))


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def the_draft(db):
    return next(v for v in StrategyService(db).list_versions() if v.status == "draft")


def test_the_kind_module_names_its_title_sections_and_item():
    assert kind.TITLE == "Strategy paper"
    assert kind.ITEM is None
    assert [key for key, _label in kind.SECTIONS] == [
        "identity",
        "goals",
        "indicator_charts",
        "alignment",
        "team",
        "communication",
    ]


def test_the_paper_is_about_the_version_the_strategy_page_opens_on(demo):
    versions = StrategyService(demo).list_versions()
    assert kind.current_version(versions).status == "draft"
    adopted_only = [v for v in versions if v.status == "adopted"]
    assert kind.current_version(adopted_only) == adopted_only[0]
    assert kind.current_version([]) is None


def test_the_paper_shows_the_strategy_with_the_services_figures(demo):
    service = StrategyService(demo)
    draft = the_draft(demo)
    adopted = next(v for v in service.list_versions() if v.status == "adopted")
    identity = service.get_identity()
    goals = service.list_goals(draft.id)
    matrix = service.alignment(draft.id)
    # WHEN the paper is made in English
    report = render(demo, EN)
    text = text_of(report.pdf)
    # THEN it names the organisation, the kind and the version with its status
    assert report.title == "Strategy paper" and report.subtitle == draft.title
    assert ORGANISATION in text and plain(draft.title) in text
    assert "draft, not yet adopted" in text
    assert f"“{adopted.title}” remains in force" in text
    for heading in (
        "The strategy at a glance",
        "Identity",
        "Goals and indicators",
        "Goals and measures",
        "Digital team",
        "Communication plan",
    ):
        assert heading in text, heading
    # identity: vision, Leitbild and values with what digitalisation changes
    for part in (identity.vision, identity.leitbild, identity.core_values):
        assert plain(part) in text
    assert plain(identity.vision_digital_note) in text
    # goals with the service's progress and their stage on the impact ladder
    for goal in goals:
        assert plain(goal.title) in text
        assert plain(words.impact_short(goal.impact_level)) in text
        if goal.progress is not None:
            assert EN.percent(goal.progress) in text
        for indicator in goal.indicators:
            assert plain(indicator.name) in text
    # indicator charts are drawn (their legend is text in the PDF)
    assert "Measured" in text
    # alignment: the measures without a goal are named
    titles = {p.id: p.title for p in matrix.projects}
    assert matrix.projects_without_goal
    for project_id in matrix.projects_without_goal:
        assert plain(titles[project_id]) in text
    # the team's gap in words, the overdue communication flagged
    assert "The area “Wohnen” is not represented in the digital team." in text
    assert "Key message" in text and "⚠ overdue" in text
    assert report.figures["goals"] == {g.title: g.progress for g in goals}
    assert report.figures["communication_overdue"] >= 1


def test_an_overdue_review_is_flagged(demo):
    draft = the_draft(demo)
    later = draft.next_review_on + timedelta(days=30)
    text = text_of(render(demo, EN, sections=frozenset(), today=later).pdf)
    assert f"⚠ {EN.date(draft.next_review_on)} (overdue)" in text
    assert "The review of this strategy was due on" in text
    on_time = text_of(render(demo, EN, sections=frozenset()).pdf)
    assert "The review of this strategy was due on" not in on_time
    assert EN.date(draft.next_review_on) in on_time


def test_german_paper_writes_dates_and_percentages_in_german(demo):
    draft = the_draft(demo)
    goals = StrategyService(demo).list_goals(draft.id)
    text = text_of(render(demo, DE, sections=frozenset({"goals"})).pdf)
    assert DE.date(draft.period_start) in text and DE.date(draft.next_review_on) in text
    for goal in goals:
        if goal.progress is not None:
            assert plain(DE.percent(goal.progress)) in text
        if goal.due_on:
            assert DE.date(goal.due_on) in text
    assert re.search(r"\d{2}\.\d{2}\.\d{4}", text)


def test_switched_off_sections_leave_their_headings_out(demo):
    text = text_of(render(demo, EN, sections=frozenset({"identity", "goals"})).pdf)
    assert "Goals and indicators" in text and "Identity" in text
    assert "Communication plan" not in text
    assert "Goals and measures" not in text
    assert "Members by area and level" not in text
    assert "Measured" not in text  # no indicator charts either


def test_the_pdf_embeds_its_fonts_and_is_well_formed(demo, tmp_path):
    path = tmp_path / "paper.pdf"
    path.write_bytes(render(demo, DE).pdf)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert "Helvetica" not in row
        assert row.split()[-5] == "yes", row  # the "emb" column
    subprocess.run(["qpdf", "--check", str(path)], capture_output=True, check=True)


def test_version_measurements_are_those_of_each_indicator(demo):
    service = StrategyService(demo)
    draft = the_draft(demo)
    readings = service.version_measurements(draft.id)
    indicators = [i for g in service.list_goals(draft.id) for i in g.indicators]
    assert any(readings.values())
    for indicator in indicators:
        assert list(readings.get(indicator.id, ())) == service.list_measurements(indicator.id)
    assert set(readings) <= {i.id for i in indicators}


def test_without_any_strategy_each_section_says_so(db):
    from digiwandel.services.organisation import OrganisationService

    OrganisationService(db).save_profile(name="Verein ohne Strategie")
    report = render(db, EN)
    text = text_of(report.pdf)
    assert "Verein ohne Strategie" in text
    for sentence in (
        "No strategy version has been written down yet.",
        "No vision, Leitbild or values written down yet.",
        "No overarching goals written down yet.",
        "There is no strategy version yet, so there are no goals.",
        "There are no goals yet, so nothing is aligned.",
        "There is no strategy version yet, so no team.",
        "There is no strategy version yet, so no plan.",
    ):
        assert sentence in text, sentence
    assert report.figures["version_id"] is None


def test_a_version_without_content_says_what_is_missing(db):
    service = StrategyService(db)
    service.create_first("Digitalstrategie 2027")
    text = text_of(render(db, EN).pdf)
    assert "Digitalstrategie 2027" in text
    for sentence in (
        "This version has no goals yet.",
        "There are no goals yet, so nothing is aligned.",
        "Nobody is in the digital team yet.",
        "No communication planned yet.",
    ):
        assert sentence in text, sentence

"""The project profile (Projektsteckbrief): one measure as its detail view shows it, with
the figures of the services written in the report's language."""

from __future__ import annotations

import re
import subprocess
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import event

from digiwandel.domain.language import speaking
from digiwandel.i18n import QtLanguage
from digiwandel.reports.base import LIGHTS
from digiwandel.services.errors import DomainError
from digiwandel.services.project_records import ProjectRecordService
from digiwandel.services.projects import ProjectService
from digiwandel.services.reports import project as kind
from digiwandel.services.reports.common import ReportRequest, no_progress
from digiwandel.services.strategy import StrategyService
from digiwandel.texts import projects as words

EN = QtLanguage("en")
DE = QtLanguage("de")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo organisation with its strategy and measures (read only in this module)."""
    from digiwandel.model.database import open_database
    from digiwandel.services.demo import (
        populate_demo,
        populate_projects_demo,
        populate_strategy_demo,
    )

    database = open_database(tmp_path_factory.mktemp("profile") / "demo.sqlite3")
    populate_demo(database)
    populate_strategy_demo(database)
    populate_projects_demo(database)
    yield database
    database.close()


def render(db, language, project_id, sections=None, today=None):
    request = ReportRequest("project", project_id, sections=sections, today=today or date.today())
    return kind.build(db, language, request, no_progress)


def text_of(pdf: bytes) -> str:
    """The PDF's text with runs of white space (line breaks, no-break spaces) as one space."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", out.replace("\u00a0", " "))


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def measure(db, light: str) -> int:
    """The first demo measure with this traffic light."""
    return next(r.id for r in ProjectService(db, "en").list_portfolio() if r.light == light)


@contextmanager
def counting(db):
    statements: list[str] = []

    def record(_conn, _cursor, statement, _params, _context, _executemany):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def test_the_kind_module_names_its_title_sections_and_item():
    assert kind.TITLE == "Project profile"
    assert kind.ITEM == "project"
    keys = [key for key, _label in kind.SECTIONS]
    assert keys == [
        "steps",
        "tasks",
        "stakeholders",
        "metrics",
        "budget",
        "procurement",
        "trainings",
        "policy",
        "pdca",
        "lessons",
        "risks",
        "decisions",
    ]


def test_the_profile_shows_the_measure_with_the_services_figures(demo):
    # GIVEN the red demo measure: over budget, with PDCA cycles, metrics and warnings
    project_id = measure(demo, "red")
    detail = ProjectService(demo, "en").get_project(project_id)
    records = ProjectRecordService(demo, "en").records(project_id)
    # WHEN its profile is made in English
    report = render(demo, EN, project_id)
    text = text_of(report.pdf)
    # THEN it names the organisation, the kind and the measure
    assert report.kind == "project" and report.title == "Project profile"
    assert report.subtitle == detail.title
    assert "Familien- und Jugendhilfe Lindenhof e.V." in text
    assert plain(detail.title) in text
    # every section with content has its heading
    for heading in (
        "The measure at a glance",
        "The 12 steps",
        "Tasks and milestones",
        "Success metrics",
        "Budget",
        "Policy checks",
        "PDCA cycles",
        "Risks",
        "Decisions needed",
    ):
        assert heading in text, heading
    # the light with its word and its reason
    assert f"Traffic light: Red – {plain(detail.light_reason)}" in text
    # the steps with their titles; the warnings as the program words them
    for step in detail.steps:
        assert plain(step.title) in text
    with speaking(EN):
        for code, figures in detail.warnings:
            assert plain(words.warning(code, figures)) in text
    # budget lines and sums as the service computes them, the variance flagged
    for line in detail.budget_lines:
        assert EN.money(line.planned) in text
    assert EN.money(detail.budget_planned) in text
    assert EN.money(detail.budget_actual) in text
    assert "more than 10 % over plan" in text
    # metrics with the service's progress; PDCA cycles with their notes
    for metric in records.metrics:
        assert plain(metric.name) in text
        assert EN.percent(metric.progress) in text
    for cycle in records.pdca:
        assert plain(cycle.plan_notes) in text
    # the figures kept with the report are the service's
    assert report.figures["budget_actual"] == detail.budget_actual
    assert report.figures["light"] == "red"
    assert report.pages > 3  # long enough for a table of contents
    assert "Contents" in text


def test_german_profile_writes_money_dates_and_percentages_in_german(demo):
    project_id = measure(demo, "red")
    detail = ProjectService(demo, "de").get_project(project_id)
    text = text_of(render(demo, DE, project_id).pdf)
    assert plain(DE.money(detail.budget_planned)) in text
    assert plain(DE.money(detail.budget_actual)) in text
    assert re.search(r"\d\.\d{3},\d{2} €", text)  # e.g. "8.700,00 €"
    for step in detail.steps:
        assert plain(step.title) in text  # the steps' German titles
        if step.due_on:
            assert DE.date(step.due_on) in text
    assert plain(DE.percent(detail.progress)) in text
    assert "Rot" in text


@pytest.mark.parametrize("light", ["green", "amber", "red"])
def test_each_light_is_shown_with_its_shape_and_its_word(demo, light):
    project_id = measure(demo, light)
    text = text_of(render(demo, EN, project_id, sections=frozenset()).pdf)
    _colour, shape = LIGHTS[light]
    word = {"green": "Green", "amber": "Amber", "red": "Red"}[light]
    assert f"{shape} Traffic light: {word}" in text
    with speaking(EN):
        assert plain(words.light_meaning(light)) in text


def test_a_switched_off_section_leaves_its_heading_out(demo):
    project_id = measure(demo, "red")
    everything = frozenset(key for key, _label in kind.SECTIONS)
    text = text_of(
        render(demo, EN, project_id, sections=everything - {"steps", "pdca", "budget"}).pdf
    )
    assert "The 12 steps" not in text
    assert "PDCA cycles" not in text
    assert "Variance" not in text  # the budget table's header
    assert "Success metrics" in text and "Tasks and milestones" in text


def test_the_goals_it_serves_come_with_the_notes_on_its_contribution(demo):
    project_id = measure(demo, "red")
    service = StrategyService(demo)
    links = service.project_goal_links(project_id)
    assert links, "the demo links every running measure to a goal"
    for link in links:
        matrix = service.alignment(link.version_id)
        assert matrix.links[(link.goal_id, project_id)] == link.contribution
    assert [link.version_id for link in links] == sorted(
        (link.version_id for link in links), reverse=True
    )
    text = text_of(render(demo, EN, project_id, sections=frozenset()).pdf)
    for link in links:
        assert plain(link.contribution) in text
        assert plain(link.version_title) in text


def test_the_pdf_embeds_its_fonts_and_is_well_formed(demo, tmp_path):
    path = tmp_path / "profile.pdf"
    path.write_bytes(render(demo, DE, measure(demo, "amber")).pdf)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows, "the profile uses fonts"
    for row in rows:
        assert "Helvetica" not in row
        # columns: name type encoding emb sub uni object ID
        assert row.split()[-5] == "yes", row
    subprocess.run(["qpdf", "--check", str(path)], capture_output=True, check=True)


def test_gathering_takes_the_same_statements_for_a_small_and_a_large_measure(demo):
    rich = measure(demo, "red")
    small = ProjectService(demo, "en").create_project("Kleine Maßnahme")
    try:
        with counting(demo) as for_rich:
            render(demo, EN, rich, sections=frozenset())
        with counting(demo) as for_small:
            render(demo, EN, small.id, sections=frozenset())
    finally:
        ProjectService(demo, "en").delete_project(small.id)
    assert len(for_rich) == len(for_small)


def test_a_new_measure_says_what_is_not_there_yet(db):
    project = ProjectService(db, "en").create_project("Neue Maßnahme")
    text = text_of(render(db, EN, project.id).pdf)
    for sentence in (
        "No tasks or milestones recorded yet.",
        "No stakeholders recorded yet.",
        "No success metric defined yet.",
        "No budget lines recorded yet.",
        "No PDCA cycle recorded yet.",
        "No risks recorded yet.",
        "No decisions recorded.",
        "The measure is not linked to any strategic goal yet.",
    ):
        assert sentence in text, sentence
    # parts that only some measures need stay out when empty
    assert "Procurement" not in text and "Trainings" not in text
    assert "Green" in text


def test_a_missing_or_deleted_measure_is_refused_with_a_clear_message(db):
    with pytest.raises(DomainError) as unknown:
        render(db, EN, 4711)
    assert unknown.value.message == kind.MSG_MEASURE_GONE
    with pytest.raises(DomainError) as none:
        render(db, EN, None)
    assert none.value.message == kind.MSG_NO_MEASURE
    service = ProjectService(db, "en")
    project = service.create_project("Bald gelöscht")
    service.delete_project(project.id)
    with pytest.raises(DomainError) as deleted:
        render(db, EN, project.id)
    assert deleted.value.message == kind.MSG_MEASURE_GONE

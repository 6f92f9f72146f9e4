"""The blank paper questionnaire: the paper-entry grid's rows in the grid's order, with
every statement, the answers without a level, area and level boxes and the privacy note."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from digiwandel.domain.question_order import numbered_questions
from digiwandel.i18n import QtLanguage
from digiwandel.services.check import CheckService
from digiwandel.services.organisation import PRIVACY_THRESHOLD_KEY, OrganisationService
from digiwandel.services.reports import questionnaire
from digiwandel.services.reports.common import ReportRequest


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from digiwandel.services.demo import create_demo_file

    return create_demo_file(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


@pytest.fixture
def demo(demo_file, tmp_path):
    from digiwandel.model.database import open_database

    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    database = open_database(path)
    yield database
    database.close()


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def pages_of(pdf: bytes, tmp_path) -> list[str]:
    """Each page's text in drawing order, one space between words."""
    path = tmp_path / "questionnaire.pdf"
    path.write_bytes(pdf)
    raw = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [flat(page) for page in raw.split("\f")]


def grid_rows(dimensions) -> list[tuple[str, str, object]]:
    """(number, question, item) of the paper-entry grid's rows, from the grid model."""
    from digiwandel.ui.pages.check import AnswerGridModel

    model = AnswerGridModel(None)
    model.load(dimensions, [], {}, False)
    return [
        (label.split(" ", 1)[0], item.question, item)
        for label, (_d, item) in zip(model.labels, model.items, strict=True)
    ]


def assert_in_grid_order(rows, pages: list[str]) -> None:
    """Every question appears with its number, in the grid's order, and its block (the
    statements and both answers without a level) is on the page of its question."""
    text = " ".join(pages)
    position = -1
    for number, question, item in rows:
        heading = f"{number} {flat(question)}"
        found = text.find(heading, position + 1)
        assert found > position, heading
        position = found
        page = next(p for p in pages if heading in p)
        for statement in (s.statement for s in item.levels):
            assert flat(statement) in page, (number, statement)
        start = page.index(heading)
        assert "? don't know" in page[start:] and "- not applicable" in page[start:], number


def assert_sound_pdf(pdf: bytes, tmp_path) -> None:
    path = tmp_path / "sound.pdf"
    path.write_bytes(pdf)
    subprocess.run(["qpdf", "--check", str(path)], capture_output=True, check=True)
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts
    for line in fonts:
        assert "DejaVuSans" in line, line
        assert line.split()[-5] == "yes", line


def test_questionnaire_of_a_check_has_the_grid_rows_in_order(demo, tmp_path, qapp):
    # GIVEN a check in progress that asks the optional module too
    check = CheckService(demo, "en")
    catalog = check.list_catalogs()[-1]
    module = catalog.modules[0][0]
    draft = check.create_assessment("Papierbefragung", check.list_assessments()[0].assessed_on)
    check.update_assessment(draft.id, draft.title, draft.assessed_on, modules=(module,))
    structure = check.survey_structure(draft.id)
    rows = grid_rows(structure)
    assert len(rows) > catalog.item_count  # the module's questions are rows too
    # WHEN its questionnaire is printed
    rendered = questionnaire.build(demo, QtLanguage("en"), ReportRequest("questionnaire", draft.id))
    pages = pages_of(rendered.pdf, tmp_path)
    # THEN the questions appear with the grid's numbers, in the grid's order, each with
    # its four statements and the answers without a level on the same page
    assert_in_grid_order(rows, pages)
    assert rendered.figures == {"assessment_id": draft.id, "questions": len(rows)}
    assert rendered.subtitle == "Papierbefragung"
    # and every row of the grid is printed once
    text = " ".join(pages)
    assert text.count("Importance:") == len(rows)
    assert_sound_pdf(rendered.pdf, tmp_path)


def test_the_first_page_asks_for_area_and_level_and_explains_privacy(demo, tmp_path):
    # GIVEN a smallest group size of four
    organisation = OrganisationService(demo)
    organisation.set_setting(PRIVACY_THRESHOLD_KEY, "4")
    rendered = questionnaire.build(demo, QtLanguage("en"), ReportRequest("questionnaire"))
    first = pages_of(rendered.pdf, tmp_path)[0]
    assert organisation.get_profile().name in first
    for area in organisation.list_areas():
        assert area.name in first, area.name
    for level in organisation.list_levels():
        assert level.name in first, level.name
    assert "Your area" in first and "Your hierarchy level" in first
    assert "How to fill in this questionnaire" in first
    assert "in groups of at least 4 people" in first
    assert "1.1 " not in first  # the questions start on the next page


def test_without_a_check_it_is_the_check_in_progress(demo, tmp_path):
    # GIVEN the demo's check in progress
    check = CheckService(demo, "en")
    draft = next(a for a in check.list_assessments() if a.status == "draft")
    rendered = questionnaire.build(demo, QtLanguage("en"), ReportRequest("questionnaire"))
    assert rendered.subtitle == draft.title
    assert rendered.figures["assessment_id"] == draft.id
    assert_in_grid_order(
        grid_rows(check.survey_structure(draft.id)), pages_of(rendered.pdf, tmp_path)
    )


def test_without_any_check_it_is_a_new_checks_catalog(db, tmp_path):
    # GIVEN an organisation that has not started any check (no catalog imported yet)
    OrganisationService(db).save_profile(name="Verein ohne Check e.V.")
    rendered = questionnaire.build(db, QtLanguage("en"), ReportRequest("questionnaire"))
    check = CheckService(db, "en")
    catalog = check.list_catalogs()[-1]
    structure = check.catalog_structure(catalog.id)
    rows = grid_rows(structure)
    # THEN it asks the catalog's questions without the optional module, as a new check does
    assert len(rows) == catalog.item_count
    assert rendered.figures == {"assessment_id": None, "questions": catalog.item_count}
    assert rendered.subtitle == f"{catalog.title} {catalog.version}"
    pages = pages_of(rendered.pdf, tmp_path)
    assert_in_grid_order(rows, pages)
    assert "Verein ohne Check e.V." in pages[0]


def test_the_grid_and_the_questionnaire_share_one_order(demo):
    # The questionnaire's data are the grid's rows: same items, same numbers, same order.
    from digiwandel.domain.language import speaking

    check = CheckService(demo, "de")
    draft = next(a for a in check.list_assessments() if a.status == "draft")
    structure = check.survey_structure(draft.id)
    language = QtLanguage("de")
    with speaking(language):
        data = questionnaire.questionnaire_data(
            structure, check_title="", catalog_label="", areas=(), levels=(), threshold=3
        )
    numbered = numbered_questions(structure)
    assert [(r.number, r.question) for r in data.rows()] == [
        (q.number, q.item.question) for q in numbered
    ]
    assert [r.number for r in data.rows()] == [n for n, _q, _i in grid_rows(structure)]
    assert [d.number for d in data.dimensions] == list(range(1, len(structure) + 1))


def test_german_questionnaire_uses_the_screens_words(demo, tmp_path):
    rendered = questionnaire.build(demo, QtLanguage("de"), ReportRequest("questionnaire"))
    pages = pages_of(rendered.pdf, tmp_path)
    text = " ".join(pages[1:])
    # the answer names and importance levels of the survey, with the grid's keys
    assert "? weiß nicht" in text and "- trifft nicht zu" in text
    assert "gering" in text and "mittel" in text and "hoch" in text
    check = CheckService(demo, "de")
    draft = next(a for a in check.list_assessments() if a.status == "draft")
    first_item = check.survey_structure(draft.id)[0].items[0]
    assert f"1.1 {flat(first_item.question)}" in text  # the catalog's German text
    assert_sound_pdf(rendered.pdf, tmp_path)

"""The check's views load in a constant number of SQL statements (no N+1 per respondent).

Two fresh databases hold the same assessments, once with 5 and once with 50 answer sheets,
every sheet answering every one of the 12 questions. Each view is called with a listener on
the engine counting the statements it sends; the counts must be the same for both sizes.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from digiwandel.model.database import Database, open_database
from digiwandel.services.check import CheckService
from digiwandel.services.organisation import OrganisationService
from tests.test_catalog_validation import catalog_dict, dimension_dict, encode

ITEMS_PER_DIMENSION = 4
CATALOG = catalog_dict(
    dimensions=[
        dimension_dict("strategy", ITEMS_PER_DIMENSION, recommendations=("strategic_anchoring",)),
        dimension_dict("collaboration", ITEMS_PER_DIMENSION, tags={0: ("cross_department",)}),
        dimension_dict("funding", ITEMS_PER_DIMENSION, tags={1: ("funding",)}),
        dimension_dict("green", 2, module=True),
    ]
)
ITEM_COUNT = 3 * ITEMS_PER_DIMENSION  # the module is not switched on


@contextmanager
def counting(db: Database):
    statements: list[str] = []

    def before_cursor_execute(_conn, _cursor, statement, _params, _context, _executemany):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", before_cursor_execute)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", before_cursor_execute)


def fill(db: Database, respondents: int) -> int:
    """A completed earlier check and the current one, each with `respondents` full sheets."""
    org = OrganisationService(db)
    check = CheckService(db)
    areas = [org.create_area(name).id for name in ("Beratung", "Pflege", "Verwaltung")]
    levels = [
        org.create_level("Leitung", 1, is_leadership=True).id,
        org.create_level("Mitarbeitende", 2).id,
        org.create_level("Ehrenamt", 3, is_volunteer=True).id,
    ]
    catalog_id = check.import_catalog_bytes(encode(CATALOG), "katalog.json").id
    current = None
    for year in (2024, 2025):
        a = check.create_assessment(f"Check {year}", date(year, 3, 1), catalog_id)
        items = [i.id for d in check.survey_structure(a.id) for i in d.items]
        assert len(items) == ITEM_COUNT
        for n in range(respondents):
            sheet = check.add_respondent(a.id, areas[n % 3], levels[n % 3])
            check.set_answers(
                sheet.id,
                [
                    (item, "dont_know", None, None)
                    if (n + k) % 7 == 0
                    else (item, "level", (n + k + year) % 4, (n * k) % 3)
                    for k, item in enumerate(items)
                ],
            )
            check.set_finished(sheet.id, n % 2 == 0)
        dimension = check.targets(a.id)[0].dimension_id
        check.set_target(a.id, dimension, 70)
        if year == 2024:
            check.complete(a.id)
        current = a.id
    return current


def statement_counts(path: Path, respondents: int) -> dict[str, int]:
    db = open_database(path)
    try:
        assessment_id = fill(db, respondents)
        check = CheckService(db)
        views: dict[str, Callable[[], object]] = {
            "results": lambda: check.results(assessment_id),
            "list_assessments": check.list_assessments,
            "list_respondents": lambda: check.list_respondents(assessment_id),
            "grid": lambda: check.grid(assessment_id),
            "get_assessment": lambda: check.get_assessment(assessment_id),
            "targets": lambda: check.targets(assessment_id),
            "survey_structure": lambda: check.survey_structure(assessment_id),
        }
        counts = {}
        for name, view in views.items():
            with counting(db) as statements:
                result = view()
            counts[name] = len(statements)
            if name == "list_respondents":
                assert len(result) == respondents
                assert all(row.answered == ITEM_COUNT for row in result)
            elif name == "grid":
                assert len(result) == respondents * ITEM_COUNT
            elif name == "results":
                assert result.scores.respondent_count == respondents
                assert len(result.trend) == 2
        return counts
    finally:
        db.close()


def test_statement_counts_do_not_grow_with_respondents(tmp_path: Path) -> None:
    few = statement_counts(tmp_path / "five.sqlite3", 5)
    many = statement_counts(tmp_path / "fifty.sqlite3", 50)
    assert few == many, f"5 sheets: {few}\n50 sheets: {many}"
    # and they stay small: a handful of statements per view
    assert few["grid"] <= 3
    assert few["list_respondents"] <= 8
    assert few["list_assessments"] <= 10
    assert few["results"] <= 30


@pytest.mark.parametrize("respondents", [1, 12])
def test_results_statement_count_is_the_same_for_other_sizes(
    tmp_path: Path, respondents: int
) -> None:
    reference = statement_counts(tmp_path / "reference.sqlite3", 3)
    assert statement_counts(tmp_path / "other.sqlite3", respondents) == reference

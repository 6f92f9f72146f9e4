"""Stored scores: the assessment list, the overview and the trend read the scores kept with
each check; they must agree with scores computed from the answers after every kind of edit,
including undo (a service call with the old value) and restoring from the trash."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import func, select

from digiwandel.model.assessment import AssessmentScore
from digiwandel.model.database import Database
from digiwandel.services.check import CheckService
from digiwandel.services.organisation import OrganisationService
from digiwandel.services.trash import TrashService
from tests.test_catalog_validation import catalog_dict, encode


def figures(check: CheckService) -> dict:
    """Everything the list and the trend of the newest check show, by assessment."""
    rows = check.list_assessments()
    listed = {r.id: (r.overall, r.band, r.respondent_count, r.finished_count) for r in rows}
    trend = [(p.label, p.overall, p.dimensions) for p in check.results(rows[0].id).trend]
    return {"list": listed, "trend": trend}


def assert_agree(check: CheckService) -> None:
    stored = figures(check)
    check.rebuild_scores()
    assert figures(check) == stored, "stored scores differ from the answers"


def stored_rows(db: Database) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(AssessmentScore))


@pytest.fixture
def setup(db: Database):
    check = CheckService(db, "en")
    org = OrganisationService(db)
    catalog_id = check.import_catalog_bytes(encode(catalog_dict()), "test.json").id
    area = org.create_area("Beratung")
    rng = random.Random(7)
    made = []
    for year in (2024, 2025):
        a = check.create_assessment(f"Check {year}", date(year, 3, 1), catalog_id)
        items = [i.id for d in check.survey_structure(a.id) for i in d.items]
        for _ in range(3):
            sheet = check.add_respondent(a.id, area.id)
            check.set_answers(sheet.id, [(i, "level", rng.randint(0, 3), 1) for i in items])
        made.append((a, items))
    check.complete(made[0][0].id)
    return check, made, db


def test_every_edit_keeps_stored_and_computed_scores_equal(setup) -> None:
    check, made, db = setup
    (first, _), (draft, items) = made
    assert_agree(check)
    assert stored_rows(db) == 2, "the list stores what it computed"
    sheets = check.list_respondents(draft.id)

    # one answer, then its undo (the same call with the old value)
    before = check.answers_of(sheets[0].id)[items[0]]
    check.set_answer(sheets[0].id, items[0], "level", 3 - (before.level or 0))
    assert_agree(check)
    check.set_answer(sheets[0].id, items[0], before.status, before.level)
    assert_agree(check)

    # several answers at once, "don't know", an answer removed
    check.set_answers(sheets[1].id, [(i, "dont_know", None, None) for i in items[:2]])
    assert_agree(check)
    check.clear_answer(sheets[2].id, items[1])
    assert_agree(check)

    # a new sheet, then the sheet to the trash and back (undo and the trash dialog)
    sheet = check.add_respondent(draft.id)
    check.set_answers(sheet.id, [(i, "level", 0, 1) for i in items])
    assert_agree(check)
    batch = check.delete_respondent(sheet.id)
    assert_agree(check)
    check.restore(batch)
    assert_agree(check)
    batch = check.delete_respondent(sheets[0].id)
    assert_agree(check)
    assert TrashService(db).restore(batch) == 1
    assert_agree(check)

    # the optional module switched on and off changes the dimensions scored
    check.update_assessment(draft.id, draft.title, draft.assessed_on, modules=("green",))
    assert_agree(check)
    check.update_assessment(draft.id, draft.title, draft.assessed_on, modules=())
    assert_agree(check)

    # a whole check to the trash and back, completing and reopening
    batch = check.delete_assessment(first.id)
    assert_agree(check)
    TrashService(db).restore(batch)
    check.complete(draft.id)
    check.reopen(draft.id)
    assert_agree(check)


def test_an_answer_forgets_only_its_own_checks_scores(setup) -> None:
    check, made, db = setup
    (_first, _), (draft, items) = made
    check.list_assessments()
    assert stored_rows(db) == 2
    sheet = check.list_respondents(draft.id)[0]
    check.set_answer(sheet.id, items[0], "level", 0)
    assert stored_rows(db) == 1, "the other check keeps its stored scores"
    check.list_assessments()
    assert stored_rows(db) == 2


def test_the_list_reads_stored_scores_without_loading_answers(setup, monkeypatch) -> None:
    check, _made, _db = setup
    expected = check.list_assessments()

    def no_answers(*_a, **_k):
        raise AssertionError("answers loaded for a list with stored scores")

    monkeypatch.setattr(check, "_load_answers", no_answers)
    assert check.list_assessments() == expected


def test_summary_gives_the_stored_dimension_scores(setup) -> None:
    check, made, _db = setup
    (_first, _), (draft, _items) = made
    full = check.results(draft.id).scores
    summary = check.summary(draft.id)
    assert summary.overall == full.overall
    assert [(d.key, d.percent) for d in summary.dimensions] == [
        (d.key, d.percent) for d in full.dimensions
    ]


def test_the_overview_reads_the_newest_completed_checks_from_stored_scores(setup) -> None:
    check, made, db = setup
    (first, _), (draft, _items) = made
    check.complete(draft.id)
    listed = [r for r in check.list_assessments() if r.status == "completed"]
    expected = [(r.id, r.title, r.assessed_on, r.overall, r.band) for r in listed]
    as_tuples = [
        (f.id, f.title, f.assessed_on, f.overall, f.band) for f in check.latest_completed(2)
    ]
    assert as_tuples == expected, "newest first, the same figures as the list"
    assert [f.id for f in check.latest_completed(1)] == [draft.id]
    # Scores not stored yet (e.g. a file from before they were kept) are computed then.
    with db.sessions() as session, session.begin():
        session.execute(AssessmentScore.__table__.delete())
    assert [(f.overall, f.band) for f in check.latest_completed(2)] == [e[3:] for e in expected]
    check.reopen(draft.id)
    assert [f.id for f in check.latest_completed(2)] == [first.id], "drafts are not named"

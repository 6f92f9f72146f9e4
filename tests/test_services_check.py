"""CheckService and DriverService on a real SQLite file.

Catalogs are built by the tests (see test_catalog_validation.catalog_dict): dimensions
"strategy" and "collaboration" with two items each and the module "green". Item relevances
follow the item's position: "<dimension>.1" is 0 (low), "<dimension>.2" is 1 (medium).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from digiwandel.model.assessment import Answer, Catalog, DriverRating, Respondent
from digiwandel.model.database import Database
from digiwandel.services import base as base_messages
from digiwandel.services import check as messages
from digiwandel.services import drivers as driver_messages
from digiwandel.services.check import CheckService, Results
from digiwandel.services.drivers import DriverService
from digiwandel.services.errors import DomainError
from digiwandel.services.organisation import OrganisationService
from tests.test_catalog_validation import catalog_dict, dimension_dict, encode

# ---- helpers ----------------------------------------------------------------------------------


def count(db: Database, cls) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(cls))


@pytest.fixture
def check(db: Database) -> CheckService:
    return CheckService(db, "de")


@pytest.fixture
def org(db: Database) -> OrganisationService:
    return OrganisationService(db)


@pytest.fixture
def catalog_id(check: CheckService) -> int:
    return check.import_catalog_bytes(encode(catalog_dict()), "test.json").id


def items_of(check: CheckService, assessment_id: int) -> dict[str, int]:
    """Item key -> item id of the questions the assessment asks."""
    return {i.key: i.id for d in check.survey_structure(assessment_id) for i in d.items}


def new_assessment(check: CheckService, catalog_id: int, title="Check 2025", on=None, **kw):
    return check.create_assessment(title, on or date(2025, 3, 1), catalog_id, **kw)


def answer_all(check: CheckService, respondent_id: int, items: dict[str, int], answers) -> None:
    """answers: item key -> level (int) or status ("dont_know" / "not_applicable")."""
    check.set_answers(
        respondent_id,
        [
            (items[key], "level", value, None)
            if isinstance(value, int)
            else (items[key], value, None, None)
            for key, value in answers.items()
        ],
    )


# ---- catalogs ---------------------------------------------------------------------------------


def test_importing_a_valid_catalog(check: CheckService, db: Database) -> None:
    row = check.import_catalog_bytes(encode(catalog_dict()), "verband.json")
    assert (row.key, row.version, row.title) == ("test-katalog", "2026.1", "Testkatalog")
    assert (row.dimension_count, row.item_count, row.assessment_count) == (2, 4, 0)
    assert row.modules == (("green", "Dimension green"),)
    assert check.list_catalogs() == [row]
    assert CheckService(db, "en").list_catalogs()[0].title == "Test catalog"
    with db.sessions() as session:
        stored = session.get(Catalog, row.id)
        assert stored.source_file == "verband.json"
        assert len(stored.source_sha256) == 64


def test_same_key_and_version_twice_is_refused(check: CheckService, db: Database) -> None:
    check.import_catalog_bytes(encode(catalog_dict()), "a.json")
    with pytest.raises(DomainError) as info:
        check.import_catalog_bytes(encode(catalog_dict()), "b.json")
    assert info.value.message == messages.MSG_CATALOG_EXISTS
    assert info.value.field == "file"
    assert "Testkatalog" in info.value.render() and "2026.1" in info.value.render()
    assert count(db, Catalog) == 1


def test_newer_version_is_imported_beside_the_old_one(check: CheckService) -> None:
    check.import_catalog_bytes(encode(catalog_dict()), "alt.json")
    check.import_catalog_bytes(encode(catalog_dict(version="2027.1")), "neu.json")
    rows = check.list_catalogs()
    assert [(r.key, r.version) for r in rows] == [
        ("test-katalog", "2026.1"),
        ("test-katalog", "2027.1"),
    ]


def test_assessment_keeps_its_catalog_version(check: CheckService) -> None:
    old = check.import_catalog_bytes(encode(catalog_dict()), "alt.json")
    a = new_assessment(check, old.id)
    r = check.add_respondent(a.id)
    check.set_answer(r.id, items_of(check, a.id)["strategy.1"], "level", 2)

    newer = catalog_dict(version="2027.1")
    newer["dimensions"][0] = dimension_dict("strategy", 3)
    newer["dimensions"][0]["items"][0]["question"]["de"] = "Neu formulierte Frage"
    new = check.import_catalog_bytes(encode(newer), "neu.json")

    structure = check.survey_structure(a.id)
    assert structure[0].key == "strategy"
    assert [i.key for i in structure[0].items] == ["strategy.1", "strategy.2"]
    assert structure[0].items[0].question == "Frage strategy.1 (de)"
    assert check.get_assessment(a.id).catalog_id == old.id
    assert check.answers_of(r.id)[items_of(check, a.id)["strategy.1"]].level == 2

    b = new_assessment(check, new.id, "Check 2027", date(2026, 3, 1))
    assert check.survey_structure(b.id)[0].items[0].question == "Neu formulierte Frage"
    used = {row.version: row.assessment_count for row in check.list_catalogs()}
    assert used == {"2026.1": 1, "2027.1": 1}


def test_texts_follow_the_language(db: Database, catalog_id: int) -> None:
    english = CheckService(db, "en")
    a = new_assessment(english, catalog_id)
    strategy = english.survey_structure(a.id)[0]
    assert strategy.items[0].question == "Frage strategy.1 (en)"
    assert strategy.items[0].levels[3].statement == "strategy.1 Stufe 3 (en)"
    assert strategy.recommendations == ("strategic_anchoring",)
    assert CheckService(db, "fr").lang == "de"


# ---- assessments ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "on", "field", "message"),
    [
        ("", date(2025, 1, 1), "title", messages.MSG_TITLE),
        ("   ", date(2025, 1, 1), "title", messages.MSG_TITLE),
        (None, date(2025, 1, 1), "title", messages.MSG_TITLE),
        ("x" * 201, date(2025, 1, 1), "title", base_messages.MSG_TOO_LONG),
        ("Check", None, "assessed_on", messages.MSG_DATE),
        ("Check", "2025-01-01", "assessed_on", messages.MSG_DATE),
        ("Check", date(1990, 5, 1), "assessed_on", messages.MSG_DATE_RANGE),
        ("Check", date(1999, 12, 31), "assessed_on", messages.MSG_DATE_RANGE),
        ("Check", date.today() + timedelta(days=400), "assessed_on", messages.MSG_DATE_RANGE),
    ],
)
def test_create_assessment_validation(
    check: CheckService, catalog_id: int, title, on, field: str, message: str
) -> None:
    with pytest.raises(DomainError) as info:
        check.create_assessment(title, on, catalog_id)
    assert info.value.field == field
    assert info.value.message == message
    assert check.list_assessments() == []


def test_create_assessment_with_unknown_catalog(check: CheckService) -> None:
    with pytest.raises(DomainError) as info:
        check.create_assessment("Check", date(2025, 1, 1), 4711)
    assert (info.value.field, info.value.message) == ("catalog_id", messages.MSG_NO_CATALOG)


def test_create_assessment_trims_and_accepts_a_datetime(
    check: CheckService, catalog_id: int
) -> None:
    row = check.create_assessment("  Check 2025 ", datetime(2025, 3, 1, 14, 30), catalog_id)
    assert (row.title, row.assessed_on, row.status) == ("Check 2025", date(2025, 3, 1), "draft")
    assert (row.respondent_count, row.overall, row.catalog_label) == (0, None, "Testkatalog 2026.1")


def test_update_and_delete_assessment(check: CheckService, catalog_id: int) -> None:
    a = new_assessment(check, catalog_id)
    updated = check.update_assessment(a.id, "Neuer Titel", date(2025, 4, 1), "Notiz")
    assert (updated.title, updated.assessed_on, updated.notes) == (
        "Neuer Titel",
        date(2025, 4, 1),
        "Notiz",
    )
    batch = check.delete_assessment(a.id)
    assert check.list_assessments() == []
    with pytest.raises(DomainError):
        check.get_assessment(a.id)
    check.restore(batch)
    assert [row.id for row in check.list_assessments()] == [a.id]


# ---- respondents ------------------------------------------------------------------------------


def test_respondents_add_update_delete_and_restore(
    check: CheckService, org: OrganisationService, catalog_id: int
) -> None:
    area = org.create_area("Beratung")
    other = org.create_area("Verwaltung")
    level = org.create_level("Leitung", 1, is_leadership=True)
    a = new_assessment(check, catalog_id)
    items = items_of(check, a.id)

    first = check.add_respondent(a.id, area.id, level.id)
    second = check.add_respondent(a.id, name="  Frau Beispiel ")
    assert (first.number, first.area_name, first.level_name, first.name) == (
        1,
        "Beratung",
        "Leitung",
        "",
    )
    assert (second.number, second.name, second.area_id, second.total) == (
        2,
        "Frau Beispiel",
        None,
        4,
    )

    changed = check.update_respondent(second.id, other.id, None, "")
    assert (changed.area_name, changed.name, changed.level_id) == ("Verwaltung", "", None)
    with pytest.raises(DomainError) as info:
        check.update_respondent(second.id, 9999, None)
    assert info.value.message == base_messages.MSG_NOT_FOUND

    check.set_answer(second.id, items["strategy.1"], "level", 3)
    assert check.list_respondents(a.id)[1].answered == 1
    batch = check.delete_respondent(second.id)
    assert isinstance(batch, str) and batch
    assert [r.id for r in check.list_respondents(a.id)] == [first.id]
    assert check.grid(a.id) == {}
    assert check.get_assessment(a.id).respondent_count == 1
    with pytest.raises(DomainError):
        check.answers_of(second.id)

    check.restore(batch)
    rows = check.list_respondents(a.id)
    assert [r.id for r in rows] == [first.id, second.id]
    assert rows[1].answered == 1  # answers come back with the sheet
    # a new sheet never reuses a number, even one of a deleted sheet
    assert check.add_respondent(a.id).number == 3


def test_restoring_a_sheet_into_a_completed_assessment_is_refused(
    check: CheckService, catalog_id: int, db: Database
) -> None:
    a = new_assessment(check, catalog_id)
    items = items_of(check, a.id)
    keep, gone = check.add_respondent(a.id), check.add_respondent(a.id)
    check.set_answer(keep.id, items["strategy.1"], "level", 1)
    check.set_answer(gone.id, items["strategy.1"], "level", 3)
    batch = check.delete_respondent(gone.id)
    check.complete(a.id)
    before = check.results(a.id).scores.overall

    with pytest.raises(DomainError) as info:
        check.restore(batch)
    assert info.value.message == messages.MSG_COMPLETED
    assert check.results(a.id).scores.overall == before
    assert len(check.list_respondents(a.id)) == 1

    check.reopen(a.id)
    check.restore(batch)
    assert len(check.list_respondents(a.id)) == 2


def test_respondent_finished_flag(check: CheckService, catalog_id: int) -> None:
    a = new_assessment(check, catalog_id)
    r = check.add_respondent(a.id)
    check.set_finished(r.id, True)
    assert check.list_respondents(a.id)[0].finished
    assert check.get_assessment(a.id).finished_count == 1


# ---- answers ----------------------------------------------------------------------------------


@pytest.fixture
def sheet(check: CheckService, catalog_id: int):
    """(assessment row, respondent row, item ids by key) of a fresh draft."""
    a = new_assessment(check, catalog_id)
    return a, check.add_respondent(a.id), items_of(check, a.id)


def test_set_answer_insert_and_update(check: CheckService, sheet) -> None:
    _a, r, items = sheet
    saved = check.set_answer(r.id, items["strategy.2"], "level", 2, comment=" Seit 2024 ")
    assert (saved.status, saved.level, saved.relevance, saved.comment) == (
        "level",
        2,
        1,  # the item's default relevance
        "Seit 2024",
    )
    check.set_answer(r.id, items["strategy.2"], "level", 3, relevance=2, evidence="Protokoll")
    again = check.set_answer(r.id, items["strategy.2"], "dont_know", 3)
    # relevance, comment and evidence stay when not given; "don't know" carries no level
    assert (again.status, again.level, again.relevance, again.comment, again.evidence) == (
        "dont_know",
        None,
        2,
        "Seit 2024",
        "Protokoll",
    )
    assert check.answers_of(r.id) == {items["strategy.2"]: again}
    check.clear_answer(r.id, items["strategy.2"])
    assert check.answers_of(r.id) == {}


@pytest.mark.parametrize(
    ("status", "level", "relevance", "field"),
    [
        ("vielleicht", None, None, "status"),
        ("", None, None, "status"),
        ("level", None, None, "status"),
        ("level", 4, None, "status"),
        ("level", -1, None, "status"),
        ("level", 2.5, None, "status"),
        ("level", "2", None, "status"),
        ("level", "abc", None, "status"),
        ("level", True, None, "status"),
        ("level", 1, 3, "relevance"),
        ("level", 1, -1, "relevance"),
        ("level", 1, True, "relevance"),
        ("level", 1, "hoch", "relevance"),
        ("level", 1, 1.5, "relevance"),
        ("dont_know", None, 7, "relevance"),
    ],
)
def test_set_answer_validation(
    check: CheckService, sheet, db: Database, status, level, relevance, field: str
) -> None:
    _a, r, items = sheet
    with pytest.raises(DomainError) as info:
        check.set_answer(r.id, items["strategy.1"], status, level, relevance)
    assert info.value.field == field
    assert count(db, Answer) == 0


def test_item_of_another_catalog_is_refused(check: CheckService, sheet, db: Database) -> None:
    _a, r, _items = sheet
    other = check.import_catalog_bytes(encode(catalog_dict(key="anderer")), "anderer.json")
    newer = check.import_catalog_bytes(encode(catalog_dict(version="2027.1")), "neu.json")
    for catalog in (other, newer):
        foreign = new_assessment(check, catalog.id, "Fremd")
        foreign_item = items_of(check, foreign.id)["strategy.1"]
        with pytest.raises(DomainError) as info:
            check.set_answer(r.id, foreign_item, "level", 1)
        assert (info.value.field, info.value.message) == ("item", messages.MSG_ITEM_NOT_IN_CATALOG)
        with pytest.raises(DomainError):
            check.set_answers(r.id, [(foreign_item, "level", 1, None)])
    with pytest.raises(DomainError):
        check.set_answer(r.id, 987654, "level", 1)
    assert count(db, Answer) == 0


def test_set_answers_is_all_or_nothing(check: CheckService, sheet, db: Database) -> None:
    _a, r, items = sheet
    other = check.import_catalog_bytes(encode(catalog_dict(key="anderer")), "anderer.json")
    foreign_item = items_of(check, new_assessment(check, other.id, "Fremd").id)["strategy.1"]
    good = [(items["strategy.1"], "level", 2, None), (items["strategy.2"], "level", 1, 2)]
    for bad in (
        (items["collaboration.1"], "level", 9, None),
        (items["collaboration.1"], "weiß nicht", None, None),
        (items["collaboration.1"], "level", 1, 5),
        (foreign_item, "level", 1, None),  # found only inside the transaction
    ):
        with pytest.raises(DomainError):
            check.set_answers(r.id, [*good, bad])
        assert count(db, Answer) == 0

    assert check.set_answers(r.id, [*good, (items["collaboration.1"], "not_applicable", 3, None)])
    stored = check.answers_of(r.id)
    assert {k: (v.status, v.level, v.relevance) for k, v in stored.items()} == {
        items["strategy.1"]: ("level", 2, 0),
        items["strategy.2"]: ("level", 1, 2),
        items["collaboration.1"]: ("not_applicable", None, 0),
    }
    # a second call updates instead of adding
    check.set_answers(r.id, [(items["strategy.1"], "level", 0, None)])
    assert check.answers_of(r.id)[items["strategy.1"]].level == 0
    assert count(db, Answer) == 3


def test_answers_of_returns_only_that_sheet(check: CheckService, sheet) -> None:
    a, r, items = sheet
    other = check.add_respondent(a.id)
    answer_all(check, r.id, items, {"strategy.1": 3, "strategy.2": 3})
    answer_all(check, other.id, items, {"strategy.1": 0, "collaboration.2": "dont_know"})
    mine = check.answers_of(r.id)
    theirs = check.answers_of(other.id)
    assert set(mine) == {items["strategy.1"], items["strategy.2"]}
    assert {v.level for v in mine.values()} == {3}
    assert set(theirs) == {items["strategy.1"], items["collaboration.2"]}
    assert theirs[items["strategy.1"]].level == 0
    grid = check.grid(a.id)
    assert grid[(items["strategy.1"], r.id)].level == 3
    assert grid[(items["strategy.1"], other.id)].level == 0
    assert len(grid) == 4


# ---- completing and reopening -----------------------------------------------------------------


def test_completing_locks_and_reopening_unlocks(check: CheckService, sheet) -> None:
    a, r, items = sheet
    check.set_answer(r.id, items["strategy.1"], "level", 2)
    done = check.complete(a.id)
    assert done.status == "completed"

    locked_calls = [
        lambda: check.set_answer(r.id, items["strategy.1"], "level", 3),
        lambda: check.set_answers(r.id, [(items["strategy.2"], "level", 3, None)]),
        lambda: check.clear_answer(r.id, items["strategy.1"]),
        lambda: check.add_respondent(a.id),
        lambda: check.update_respondent(r.id, None, None, "Name"),
        lambda: check.delete_respondent(r.id),
        lambda: check.set_finished(r.id, True),
        lambda: check.update_assessment(a.id, "Check", date(2025, 3, 1), modules=("green",)),
    ]
    for call in locked_calls:
        with pytest.raises(DomainError) as info:
            call()
        assert info.value.message == messages.MSG_COMPLETED
        assert "completed" in info.value.render()
    assert check.answers_of(r.id)[items["strategy.1"]].level == 2
    assert len(check.list_respondents(a.id)) == 1

    assert check.reopen(a.id).status == "draft"
    assert check.set_answer(r.id, items["strategy.1"], "level", 3).level == 3
    assert check.add_respondent(a.id).number == 2


def test_complete_without_any_answer_is_refused(
    check: CheckService, catalog_id: int, db: Database
) -> None:
    a = new_assessment(check, catalog_id)
    with pytest.raises(DomainError) as info:
        check.complete(a.id)
    assert info.value.message == messages.MSG_NO_RESPONDENTS
    r = check.add_respondent(a.id)
    with pytest.raises(DomainError):
        check.complete(a.id)  # a sheet without answers is not enough either
    check.set_answer(r.id, items_of(check, a.id)["strategy.1"], "level", 1)
    check.delete_respondent(r.id)
    with pytest.raises(DomainError):
        check.complete(a.id)  # nor the answers of a deleted sheet
    assert check.get_assessment(a.id).status == "draft"
    assert count(db, Respondent) == 1


# ---- targets ----------------------------------------------------------------------------------


def test_targets_set_clear_and_validation(check: CheckService, catalog_id: int) -> None:
    a = new_assessment(check, catalog_id)
    rows = check.targets(a.id)
    assert [(t.key, t.target) for t in rows] == [("strategy", None), ("collaboration", None)]
    strategy = rows[0].dimension_id
    check.set_target(a.id, strategy, 60)
    check.set_target(a.id, strategy, 65.5)  # update, not a second row
    assert check.targets(a.id)[0].target == 65.5
    for bad in (-1, 100.5, "viel", float("nan")):
        with pytest.raises(DomainError) as info:
            check.set_target(a.id, strategy, bad)
        assert info.value.message == messages.MSG_TARGET_RANGE
    other = check.import_catalog_bytes(encode(catalog_dict(key="anderer")), "anderer.json")
    foreign = check.targets(new_assessment(check, other.id, "Fremd").id)[0].dimension_id
    with pytest.raises(DomainError):
        check.set_target(a.id, foreign, 50)
    check.set_target(a.id, strategy, None)
    check.set_target(a.id, strategy, None)  # clearing twice is harmless
    assert check.targets(a.id)[0].target is None


def test_targets_are_copied_into_the_next_assessment_by_key(check: CheckService) -> None:
    old = check.import_catalog_bytes(encode(catalog_dict()), "alt.json")
    first = new_assessment(check, old.id, "Check 2024", date(2024, 3, 1))
    targets = {t.key: t.dimension_id for t in check.targets(first.id)}
    check.set_target(first.id, targets["strategy"], 60)
    check.set_target(first.id, targets["collaboration"], 45)

    renamed = catalog_dict(version="2027.1")
    renamed["dimensions"][1] = dimension_dict("teamwork", 2)
    new = check.import_catalog_bytes(encode(renamed), "neu.json")
    second = new_assessment(check, new.id, "Check 2025", date(2025, 3, 1))
    copied = {t.key: t.target for t in check.targets(second.id)}
    assert copied == {"strategy": 60, "teamwork": None}
    assert check.targets(second.id)[0].dimension_id != targets["strategy"]
    assert check.results(second.id).scores.dimension("strategy").target == 60


# ---- modules ----------------------------------------------------------------------------------


def test_enabled_module_adds_its_dimension(check: CheckService, catalog_id: int) -> None:
    plain = new_assessment(check, catalog_id, "Ohne Modul")
    green = new_assessment(check, catalog_id, "Mit Modul", modules=("green", "unbekannt"))
    assert [d.key for d in check.survey_structure(plain.id)] == ["strategy", "collaboration"]
    assert [d.key for d in check.survey_structure(green.id)] == [
        "strategy",
        "collaboration",
        "green",
    ]
    assert green.enabled_modules == ("green",)
    assert plain.enabled_modules == ()
    assert check.list_respondents(green.id) == []
    assert [t.key for t in check.targets(green.id)][-1] == "green"

    r = check.add_respondent(green.id)
    answer_all(check, r.id, items_of(check, green.id), {"green.1": 3, "strategy.1": 0})
    assert check.list_respondents(green.id)[0].total == 6
    results = check.results(green.id)
    assert [d.key for d in results.dimensions] == ["strategy", "collaboration", "green"]
    assert results.scores.dimension("green").percent == 100.0

    # switched off again: the module and its answers no longer count
    row = check.update_assessment(green.id, "Mit Modul", date(2025, 3, 1), modules=("nix",))
    assert row.enabled_modules == ()
    assert [d.key for d in check.survey_structure(green.id)] == ["strategy", "collaboration"]
    assert check.list_respondents(green.id)[0].answered == 1
    assert check.results(green.id).scores.overall == 0.0


# ---- results ----------------------------------------------------------------------------------

TINY_2025 = {
    "lead": {
        "strategy.1": 3,
        "strategy.2": 1,
        "collaboration.1": 0,
        "collaboration.2": "dont_know",
    },
    "staff": {
        "strategy.1": 1,
        "strategy.2": 1,
        "collaboration.1": 2,
        "collaboration.2": "not_applicable",
    },
}


@pytest.fixture
def tiny(check: CheckService, org: OrganisationService, catalog_id: int):
    """Two sheets in one area: a leader and a staff member, with known answers."""
    area = org.create_area("Beratung")
    lead = org.create_level("Leitung", 1, is_leadership=True)
    staff = org.create_level("Mitarbeitende", 2)
    a = new_assessment(check, catalog_id)
    items = items_of(check, a.id)
    for who, level in (("lead", lead), ("staff", staff)):
        r = check.add_respondent(a.id, area.id, level.id)
        answer_all(check, r.id, items, TINY_2025[who])
    return a, area


def test_results_by_hand(check: CheckService, tiny) -> None:
    a, _area = tiny
    results = check.results(a.id)
    assert isinstance(results, Results)
    scores = results.scores
    # strategy.1: median(3, 1) = 2; strategy.2: median(1, 1) = 1 -> 1.5 of 3 = 50 %
    # collaboration.1: median(0, 2) = 1; collaboration.2 has no level -> 1 of 3 = 33.3 %
    assert scores.dimension("strategy").percent == pytest.approx(50.0)
    assert scores.dimension("collaboration").percent == pytest.approx(100 / 3)
    assert scores.overall == pytest.approx((50.0 + 100 / 3) / 2)
    assert scores.band == "basics"
    assert scores.respondent_count == 2
    assert scores.dont_know_share == pytest.approx(1 / 8)
    assert scores.items["strategy.1"].value == 2.0
    assert scores.dimension("green") is None  # the module is not switched on
    assert [d.key for d in results.dimensions] == ["strategy", "collaboration"]
    assert results.assessment.respondent_count == 2
    assert results.assessment.overall == pytest.approx(scores.overall)

    # leadership says 3, staff 1 on strategy.1: a disagreement; but one person per group is
    # below the privacy threshold (3), so no group value or leadership gap is shown
    disagreements = {d.key: d for d in results.disagreements}
    assert set(disagreements) == {"strategy.1", "collaboration.1"}
    gap = disagreements["strategy.1"]
    assert not gap.leadership_flag
    assert (gap.leadership_value, gap.staff_value) == (None, None)
    assert scores.items["strategy.1"].leadership_value is None
    assert scores.dimension("strategy").leadership_percent is None
    # only strategy.2 (relevance 1, value 1) has a priority above 0: 1 x (3 - 1) = 2
    assert [(p.key, p.priority) for p in results.priorities] == [("strategy.2", 2.0)]
    assert results.priorities[0].next_step == "strategy.2 nächster Schritt 1 (de)"
    assert results.priorities[0].dimension_title == "Dimension strategy"
    assert results.item_texts["collaboration.2"].question == "Frage collaboration.2 (de)"
    assert results.previous_title is None
    assert scores.change is None


def test_results_of_an_assessment_without_answers(check: CheckService, catalog_id: int) -> None:
    a = new_assessment(check, catalog_id)
    check.add_respondent(a.id)
    results = check.results(a.id)
    assert results.scores.overall is None
    assert results.priorities == ()
    assert results.area_percentages == {}
    assert len(results.trend) == 1


def test_privacy_threshold_hides_small_areas(
    check: CheckService, org: OrganisationService, tiny
) -> None:
    a, area = tiny
    results = check.results(a.id)
    assert results.threshold == 3
    assert results.area_percentages == {area.id: None}
    assert results.area_labels == {area.id: "Beratung"}
    assert results.group_percentages == {"leadership": None, "staff": None}

    org.set_setting("privacy_threshold", "2")
    shown = check.results(a.id)
    assert shown.threshold == 2
    assert shown.area_percentages[area.id] == {
        "strategy": pytest.approx(50.0),
        "collaboration": pytest.approx(100 / 3),
    }
    assert shown.group_percentages == {"leadership": None, "staff": None}  # one person each

    org.set_setting("privacy_threshold", "1")
    one = check.results(a.id)
    assert one.group_percentages["leadership"]["strategy"] == pytest.approx(200 / 3)
    # with groups of one allowed, the leadership gap on strategy.1 (3 vs 1) is shown
    gap = next(d for d in one.disagreements if d.key == "strategy.1")
    assert (gap.leadership_flag, gap.leadership_value, gap.staff_value) == (True, 3.0, 1.0)


def test_findings_and_recommendations(check: CheckService, tiny) -> None:
    a, _area = tiny
    draft = check.results(a.id)
    # a draft is not judged yet: its answers may still change
    assert (draft.findings, draft.recommendations) == ((), ())
    check.complete(a.id)
    results = check.results(a.id)
    for finding in results.findings:
        assert finding.reasons, finding.key
        assert finding.recommendations, finding.key
    # the check (1 March 2025) is more than 12 months old and nothing follows it: one-off
    one_off = next(f for f in results.findings if f.key == "one_off")
    assert [r.code for r in one_off.reasons] == ["no_follow_up"]
    assert one_off.reasons[0].figures["months"] >= 12
    weak = next(f for f in results.findings if f.key == "weak_dimensions")
    assert [(r.code, r.figures["dimension"]) for r in weak.reasons] == [
        ("dimension_low", "collaboration")
    ]
    # collaboration (33 %) is weak and recommends the status-quo survey; strategy (50 %) is
    # not weak, so its own recommendation does not appear
    assert "status_quo_survey" in results.recommendations
    assert "strategic_anchoring" not in results.recommendations
    assert results.recommendations == (
        "status_quo_survey",
        "aligned_measures",
        "project_management",
    )
    # a follow-up check, even one only planned as a draft, ends the one-off finding
    new_assessment(check, a.catalog_id, "Check 2026", date.today())
    assert "one_off" not in {f.key for f in check.results(a.id).findings}


def test_findings_with_tags_name_their_figures(check: CheckService, org, db: Database) -> None:
    tagged = catalog_dict(key="tags")
    tagged["dimensions"][1]["items"][0]["tags"] = ["cross_department"]
    tagged["dimensions"][1]["items"][1]["tags"] = ["innovation"]
    catalog = check.import_catalog_bytes(encode(tagged), "tags.json")
    a = new_assessment(check, catalog.id)
    items = items_of(check, a.id)
    for _ in range(3):
        r = check.add_respondent(a.id)
        answer_all(check, r.id, items, dict.fromkeys(items, 0))
    check.complete(a.id)
    results = check.results(a.id)
    keys = {f.key for f in results.findings}
    assert {"silo_thinking", "weak_innovation", "strategic_vacuum"} <= keys
    silo = next(f for f in results.findings if f.key == "silo_thinking")
    assert silo.reasons[0].code == "cross_department_low"
    assert silo.reasons[0].figures["percent"] == 0.0
    assert "strategic_anchoring" in results.recommendations


def test_previous_assessment_change_and_trend(check: CheckService, catalog_id: int, tiny) -> None:
    current, _area = tiny
    earlier = new_assessment(check, catalog_id, "Check 2024", date(2024, 3, 1))
    items = items_of(check, earlier.id)
    for _ in range(2):
        r = check.add_respondent(earlier.id)
        answer_all(check, r.id, items, dict.fromkeys(("strategy.1", "strategy.2"), 1))
        answer_all(check, r.id, items, dict.fromkeys(("collaboration.1", "collaboration.2"), 1))
    check.complete(earlier.id)  # 33.3 % everywhere

    results = check.results(current.id)
    assert results.previous_title == "Check 2024"
    assert results.scores.change == pytest.approx((50 + 100 / 3) / 2 - 100 / 3)
    assert results.scores.dimension("strategy").change == pytest.approx(50 - 100 / 3)
    assert results.scores.dimension("collaboration").change == pytest.approx(0.0)

    check.complete(current.id)
    later = new_assessment(check, catalog_id, "Check 2026", date(2026, 3, 1))
    r = check.add_respondent(later.id)
    check.set_answer(r.id, items_of(check, later.id)["strategy.1"], "level", 3)

    trend = check.results(current.id).trend  # completed ones up to this one, not the later
    assert [p.label for p in trend] == ["2024-03-01", "2025-03-01"]
    assert trend[0].overall == pytest.approx(100 / 3)
    assert trend[1].overall == pytest.approx((50 + 100 / 3) / 2)
    assert trend[1].dimensions["strategy"] == pytest.approx(50.0)
    assert [p.label for p in check.results(earlier.id).trend] == ["2024-03-01"]
    assert check.results(earlier.id).previous_title is None
    # a draft is shown after the completed ones before it
    assert [p.label for p in check.results(later.id).trend] == [
        "2024-03-01",
        "2025-03-01",
        "2026-03-01",
    ]


def test_list_assessments_shows_counts_and_overall(
    check: CheckService, catalog_id: int, tiny
) -> None:
    current, _area = tiny
    empty = new_assessment(check, catalog_id, "Leer", date(2023, 1, 1))
    first = check.list_respondents(current.id)[0]
    check.set_finished(first.id, True)
    rows = check.list_assessments()
    assert [r.id for r in rows] == [current.id, empty.id]  # newest first
    assert (rows[0].respondent_count, rows[0].finished_count) == (2, 1)
    assert rows[0].overall == pytest.approx((50 + 100 / 3) / 2)
    assert rows[0].band == "basics"
    assert (rows[1].respondent_count, rows[1].overall, rows[1].band) == (0, None, None)
    assert check.get_assessment(current.id) == rows[0]


# ---- drivers ----------------------------------------------------------------------------------


def test_drivers_list_in_order_with_zero_defaults(db: Database) -> None:
    rows = DriverService(db).list_ratings()
    assert [r.key for r in rows] == [
        "online_platforms",
        "ar_vr",
        "ai",
        "robotics",
        "big_data",
        "printing_3d",
        "iot",
        "cloud",
        "specialist_software",
    ]
    assert all((r.relevance, r.current_use, r.notes, r.rated_on) == (0, 0, "", None) for r in rows)
    assert all(r.title and r.description for r in rows)
    assert rows[2].title == "Künstliche Intelligenz (KI)"
    assert DriverService(db, "en").list_ratings()[2].title == "Artificial intelligence (AI)"


def test_driver_rating_and_validation(db: Database) -> None:
    drivers = DriverService(db)
    saved = drivers.rate("ai", relevance=3, current_use=1, notes="  Pilot mit Textassistenz ")
    assert (saved.relevance, saved.current_use, saved.notes, saved.rated_on) == (
        3,
        1,
        "Pilot mit Textassistenz",
        date.today(),
    )
    # only the values given change
    assert drivers.rate("ai", current_use=2).relevance == 3
    assert drivers.rate("ai", notes="").notes == ""
    for bad in (4, -1, 2.5, "zwei", True):
        with pytest.raises(DomainError) as info:
            drivers.rate("ai", relevance=bad)
        assert (info.value.field, info.value.message) == ("relevance", driver_messages.MSG_SCALE)
    with pytest.raises(DomainError) as info:
        drivers.rate("cloud", current_use=4)
    assert info.value.field == "current_use"
    with pytest.raises(DomainError) as info:
        drivers.rate("blockchain", relevance=1)
    assert info.value.message == driver_messages.MSG_UNKNOWN_DRIVER
    with pytest.raises(DomainError):
        drivers.rate("ai", notes="x" * 20_001)
    assert count(db, DriverRating) == 1
    row = next(r for r in drivers.list_ratings() if r.key == "ai")
    assert (row.relevance, row.current_use) == (3, 2)


def test_driver_examples(db: Database) -> None:
    drivers = DriverService(db)
    examples = drivers.examples()
    assert examples
    titles = drivers.titles()
    assert len(titles) == 9
    for example in examples:
        assert example.name and example.description and example.field
        assert example.driver_key in titles
        assert example.driver_title == titles[example.driver_key]

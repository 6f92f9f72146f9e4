"""A measure made from a finding is named as an action with a SMART description, and a
draft check is not judged yet."""

from __future__ import annotations

from datetime import date

import pytest

from digiwandel.domain.catalog import RECOMMENDATION_KEYS
from digiwandel.domain.findings import FINDING_KEYS
from digiwandel.model.database import Database
from digiwandel.services.check import CheckService
from digiwandel.ui import check_texts as tx
from digiwandel.ui.context import AppContext
from digiwandel.ui.pages.check_results import ResultsView

CHOICES = [f"finding:{k}" for k in FINDING_KEYS] + [
    f"recommendation:{k}" for k in RECOMMENDATION_KEYS
]


@pytest.mark.parametrize("choice", CHOICES)
def test_every_finding_and_recommendation_has_an_action_and_a_smart_description(choice):
    kind, _sep, key = choice.partition(":")
    title = tx.measure_title(choice)
    assert title and title != key
    if kind == "finding":
        assert title != tx.finding_title(key), "a measure is not named after the deficit"
    description = tx.measure_description(choice)
    assert len(description) > 80
    # time-bound: every description says by when or how often
    assert any(
        word in description
        for word in ("Within", "within", "From now on", "From the next", "next budget", "each")
    )


@pytest.fixture
def check_with_answers(db: Database):
    check = CheckService(db, "en")
    a = check.create_assessment("Check", date.today(), check.ensure_default_catalog())
    items = [i.id for d in check.survey_structure(a.id) for i in d.items]
    for _ in range(3):
        sheet = check.add_respondent(a.id)
        check.set_answers(sheet.id, [(i, "level", 0, None) for i in items])
    return check, a


def test_choices_offer_actions_not_deficits(qtbot, check_with_answers) -> None:
    check, a = check_with_answers
    check.complete(a.id)
    view = ResultsView(AppContext())
    qtbot.addWidget(view)
    view.set_results(check.results(a.id))
    choices = view.measure_choices("finding")
    assert choices[0][0].startswith("finding:")
    for key, title, description in choices:
        assert (title, description) == (tx.measure_title(key), tx.measure_description(key))
    silo = next(c for c in choices if c[0] == "finding:silo_thinking")
    assert silo[1] == "Set up a digital team with members from every area"
    assert view.finding_measure_button.isEnabled()


def test_a_draft_shows_no_findings_and_says_why(qtbot, check_with_answers) -> None:
    check, a = check_with_answers
    results = check.results(a.id)
    assert results.findings == () and results.recommendations == ()
    view = ResultsView(AppContext())
    qtbot.addWidget(view)
    view.set_results(results)
    assert "once the check is completed" in view.findings_label.text()
    assert "once the check is completed" in view.recommendations_label.text()
    assert not view.finding_measure_button.isEnabled()
    assert "3 answer sheets" in view.facts_label.text()


@pytest.mark.parametrize(
    "code",
    [
        "team_missing_areas",
        "no_adopted_strategy",
        "measures_without_goal",
        "no_monitoring",
        "evaluation_before_pilot_end",
        "targets_too_soon",
    ],
)
def test_reasons_from_todays_strategy_and_measures_say_so(code) -> None:
    text = tx.reason_text(code, {"count": 2, "projects": 2, "areas": "Wohnen"})
    assert text.startswith("As of today, ")
    assert "{" not in text and "%n" not in text


def test_catalog_import_notes_name_tags_findings_and_missing_english() -> None:
    assert tx.catalog_import_notes((), (), 0) == []
    notes = tx.catalog_import_notes(("ehrenamt",), ("weak_innovation",), 4)
    assert len(notes) == 3
    assert "ehrenamt" in notes[0]
    assert tx.finding_title("weak_innovation") in notes[1]
    assert notes[2].startswith("4 texts")

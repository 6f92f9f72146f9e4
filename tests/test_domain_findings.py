"""Deficit rules and recommendations: each finding fires on its trigger, and only then."""

from __future__ import annotations

from datetime import date

import pytest

from digiwandel.domain.catalog import RECOMMENDATION_KEYS
from digiwandel.domain.findings import (
    FINDING_KEYS,
    FINDING_RECOMMENDATIONS,
    Finding,
    OrganisationFacts,
    Reason,
    find_deficits,
    recommendations_for,
)
from digiwandel.domain.scoring import (
    AnswerInfo,
    AssessmentInput,
    DimensionInfo,
    ItemInfo,
    RespondentInfo,
    score,
)

# A small catalog: one item per deficit-relevant tag, plus a plain dimension.
CATALOG = {
    "strategy": {"strategy.s1": (), "strategy.s2": ()},
    "culture": {"culture.cross": ("cross_department",), "culture.innov": ("innovation",)},
    "clients": {"clients.ext": ("external",), "clients.mon": ("monitoring",)},
    "processes": {"processes.budget": ("funding",), "processes.p1": ()},
    "funding": {"funding.f1": ()},
}
ALL_ITEMS = [key for items in CATALOG.values() for key in items]
THRESHOLD = 3


def build(levels: dict[int, dict[str, int | str]], areas: dict[int, int] | None = None):
    """levels: respondent -> item -> level or status; unlisted items get level 3."""
    return findings_input(CATALOG, levels, areas)


def findings_input(catalog: dict, levels: dict[int, dict[str, int | str]], areas=None):
    """Scored input of `catalog` (dimension -> item -> tags) with these answers."""
    areas = areas or {}
    answers = []
    for rid, own in levels.items():
        for items in catalog.values():
            for item in items:
                value = own.get(item, 3)
                if isinstance(value, int):
                    answers.append(AnswerInfo(rid, item, "level", value))
                else:
                    answers.append(AnswerInfo(rid, item, value))
    data = AssessmentInput(
        dimensions=tuple(DimensionInfo(d, 1.0, tuple(items)) for d, items in catalog.items()),
        items=tuple(
            ItemInfo(key, d, 1, frozenset(tags))
            for d, items in catalog.items()
            for key, tags in items.items()
        ),
        respondents=tuple(RespondentInfo(rid, area_id=areas.get(rid)) for rid in levels),
        answers=tuple(answers),
    )
    return data, score(data)


def deficits(levels, facts=None, areas=None) -> dict[str, Finding]:
    data, scores = build(levels, areas)
    return {f.key: f for f in find_deficits(data, scores, facts or OrganisationFacts(), THRESHOLD)}


def reasons(found: dict[str, Finding], key: str) -> dict[str, dict]:
    return {r.code: r.figures for r in found[key].reasons} if key in found else {}


GOOD = {1: {}, 2: {}, 3: {}}  # three respondents, everything "fest etabliert"


def test_nothing_fires_on_a_good_check_without_facts():
    assert deficits(GOOD) == {}


def test_nothing_fires_on_an_empty_check():
    data, scores = build({})
    assert find_deficits(data, scores, OrganisationFacts(), THRESHOLD) == []


def test_facts_that_say_all_is_well_fire_nothing():
    facts = OrganisationFacts(
        today=date(2026, 3, 1),
        completed_assessments=3,
        last_completed_on=date(2026, 2, 1),
        area_count=2,
        area_names_by_id={1: "Wohnen", 2: "Verwaltung"},
        team_area_ids=frozenset({1, 2}),
        has_adopted_strategy=True,
        goal_count=4,
        measure_count=5,
        measures_without_goal=0,
        projects_with_monitoring=2,
        evaluations_before_pilot_end=0,
        targets_due_within_weeks=0,
    )
    assert deficits(GOOD, facts) == {}


# ---- silo thinking -----------------------------------------------------------------------
def test_area_spread_fires_between_areas_above_threshold():
    levels = {r: {"strategy.s1": 1, "strategy.s2": 1} for r in (4, 5, 6)} | GOOD
    areas = {1: 1, 2: 1, 3: 1, 4: 2, 5: 2, 6: 2}
    facts = OrganisationFacts(area_names_by_id={1: "Wohnen", 2: "Verwaltung"})
    found = deficits(levels, facts, areas)
    # area 1: strategy 100 %; area 2: 1/3 = 33.33 % -> 66.67 points apart (>= 30)
    figures = reasons(found, "silo_thinking")["area_spread"]
    assert figures["dimension"] == "strategy"
    assert figures["spread_points"] == pytest.approx(200 / 3)
    assert (figures["best_area"], figures["worst_area"]) == ("Wohnen", "Verwaltung")
    assert figures["worst_percent"] == pytest.approx(100 / 3)
    assert found["silo_thinking"].recommendations == ("strategic_anchoring", "communication")


def test_area_spread_never_uses_a_group_below_the_privacy_threshold():
    # Same gap, but area 2 has only two respondents: it must not be shown or compared.
    levels = {r: {"strategy.s1": 1, "strategy.s2": 1} for r in (4, 5)} | GOOD
    areas = {1: 1, 2: 1, 3: 1, 4: 2, 5: 2}
    assert "area_spread" not in reasons(deficits(levels, areas=areas), "silo_thinking")


def test_small_area_spread_does_not_fire():
    levels = {r: {"strategy.s1": 2, "strategy.s2": 2} for r in (1, 2, 3)}
    levels |= {r: {"strategy.s1": 2, "strategy.s2": 1} for r in (4, 5, 6)}
    areas = {1: 1, 2: 1, 3: 1, 4: 2, 5: 2, 6: 2}
    # 66.67 % vs (2 + 1) / 2 / 3 = 50 % -> 16.67 points (< 30)
    assert "area_spread" not in reasons(deficits(levels, areas=areas), "silo_thinking")


def test_cross_department_low():
    found = deficits({r: {"culture.cross": 1} for r in (1, 2, 3)})
    # one item at level 1 -> 33.33 % (< 40)
    assert reasons(found, "silo_thinking") == {
        "cross_department_low": {"percent": pytest.approx(100 / 3)}
    }
    assert deficits({r: {"culture.cross": 2} for r in (1, 2, 3)}) == {}  # 66.67 %


def test_team_missing_areas():
    names = {1: "Wohnen", 2: "Verwaltung", 3: "Geschäftsführung"}
    found = deficits(GOOD, OrganisationFacts(area_names_by_id=names, team_area_ids=frozenset({3})))
    assert reasons(found, "silo_thinking") == {
        "team_missing_areas": {"areas": "Wohnen, Verwaltung", "count": 2}
    }
    # no team recorded at all: no data, no finding
    assert deficits(GOOD, OrganisationFacts(area_names_by_id=names)) == {}


# ---- strategic vacuum --------------------------------------------------------------------
def test_strategy_low():
    found = deficits({r: {"strategy.s1": 0, "strategy.s2": 1} for r in (1, 2, 3)})
    # (0 + 1) / 2 = 0.5 -> 16.67 %
    assert reasons(found, "strategic_vacuum") == {
        "strategy_low": {"dimension": "strategy", "percent": pytest.approx(50 / 3)}
    }
    assert found["strategic_vacuum"].recommendations == (
        "overarching_strategy",
        "organisational_identity",
        "aligned_measures",
    )


def test_strategy_at_threshold_is_not_low():
    # (1 + 2) / 2 = 1.5 -> 50 % (>= 40)
    assert deficits({r: {"strategy.s1": 1, "strategy.s2": 2} for r in (1, 2, 3)}) == {}


@pytest.mark.parametrize(("adopted", "fires"), [(False, True), (None, False), (True, False)])
def test_no_adopted_strategy_only_when_known(adopted, fires):
    found = deficits(GOOD, OrganisationFacts(has_adopted_strategy=adopted))
    assert ("no_adopted_strategy" in reasons(found, "strategic_vacuum")) is fires


@pytest.mark.parametrize(("count", "fires"), [(2, True), (0, False), (None, False)])
def test_measures_without_goal(count, fires):
    found = deficits(GOOD, OrganisationFacts(measures_without_goal=count))
    expected = {"measures_without_goal": {"count": count}} if fires else {}
    assert reasons(found, "strategic_vacuum") == expected


# ---- insufficient diagnosis --------------------------------------------------------------
def test_dont_know_high():
    # 3 of 9 items "don't know" for each respondent: 9 of 27 answers = 33.3 % (>= 25 %)
    unknown = {"processes.p1": "dont_know", "funding.f1": "dont_know", "strategy.s2": "dont_know"}
    found = deficits({r: dict(unknown) for r in (1, 2, 3)})
    assert reasons(found, "insufficient_diagnosis") == {
        "dont_know_high": {"share_percent": pytest.approx(100 / 3)}
    }
    assert found["insufficient_diagnosis"].recommendations == ("status_quo_survey",)


def test_few_dont_know_does_not_fire():
    # 1 of 27 answers = 3.7 %
    assert deficits({1: {"processes.p1": "dont_know"}, 2: {}, 3: {}}) == {}


def test_external_unanswered():
    found = deficits({r: {"clients.ext": "not_applicable"} for r in (1, 2, 3)})
    assert reasons(found, "insufficient_diagnosis") == {
        "external_unanswered": {"count": 1, "total": 1}
    }
    # one level answer is enough
    assert deficits({1: {"clients.ext": 2}, 2: {"clients.ext": "not_applicable"}, 3: {}}) == {}


@pytest.mark.parametrize(
    ("today", "months"),
    [
        (date(2025, 1, 16), 12),  # one day past 12 months
        (date(2025, 3, 10), 13),  # 14 calendar months, but the 10th is before the 15th
        (date(2025, 1, 15), None),  # exactly 12 months is not older than 12 months
        (date(2024, 6, 1), None),
    ],
)
def test_check_outdated(today, months):
    found = deficits(GOOD, OrganisationFacts(today=today, last_completed_on=date(2024, 1, 15)))
    expected = {"check_outdated": {"months": months}} if months is not None else {}
    assert reasons(found, "insufficient_diagnosis") == expected


def test_check_outdated_needs_both_dates():
    assert deficits(GOOD, OrganisationFacts(today=date(2030, 1, 1))) == {}
    assert deficits(GOOD, OrganisationFacts(last_completed_on=date(2020, 1, 1))) == {}


# ---- one-off character -------------------------------------------------------------------
@pytest.mark.parametrize("completed", [0, 1, None])
def test_a_first_check_alone_is_not_a_one_off(completed):
    # Completing a first check is the start of the process, not evidence against it.
    facts = OrganisationFacts(
        today=date(2025, 6, 1),
        completed_assessments=completed,
        last_completed_on=date(2025, 3, 1) if completed else None,
        assessed_on=date(2025, 3, 1),
        later_assessments=0,
    )
    assert "one_off" not in deficits(GOOD, facts)


@pytest.mark.parametrize(
    ("today", "later", "months"),
    [
        (date(2026, 3, 2), 0, 12),  # older than 12 months, no successor: one-off
        (date(2026, 3, 2), 1, None),  # a later check (even a planned draft) follows up
        (date(2026, 3, 1), 0, None),  # exactly 12 months is still current
        (date(2026, 3, 2), None, 12),  # later checks unknown: judged by age alone
    ],
)
def test_no_follow_up(today, later, months):
    facts = OrganisationFacts(
        today=today,
        completed_assessments=1,
        assessed_on=date(2025, 3, 1),
        later_assessments=later,
    )
    expected = {"no_follow_up": {"months": months}} if months is not None else {}
    assert reasons(deficits(GOOD, facts), "one_off") == expected
    if months is not None:
        assert deficits(GOOD, facts)["one_off"].recommendations == ("project_management",)


@pytest.mark.parametrize(
    ("monitored", "measures", "fires"),
    [(0, 3, True), (1, 3, False), (0, 0, False), (None, 3, False), (0, None, False)],
)
def test_no_monitoring(monitored, measures, fires):
    facts = OrganisationFacts(projects_with_monitoring=monitored, measure_count=measures)
    found = deficits(GOOD, facts)
    assert reasons(found, "one_off") == ({"no_monitoring": {"projects": 3}} if fires else {})
    if fires:
        assert found["one_off"].recommendations == ("project_management",)


def test_monitoring_items_low():
    found = deficits({r: {"clients.mon": 0} for r in (1, 2, 3)})
    assert reasons(found, "one_off") == {"monitoring_low": {"percent": 0.0}}


# ---- expectation of immediate effect -----------------------------------------------------
def test_immediate_effect():
    facts = OrganisationFacts(evaluations_before_pilot_end=1, targets_due_within_weeks=2)
    found = deficits(GOOD, facts)
    assert reasons(found, "immediate_effect") == {
        "evaluation_before_pilot_end": {"count": 1},
        "targets_too_soon": {"count": 2},
    }
    assert found["immediate_effect"].recommendations == ("project_management", "communication")


def test_no_immediate_effect_without_data_or_at_zero():
    assert deficits(GOOD, OrganisationFacts(evaluations_before_pilot_end=0)) == {}
    assert deficits(GOOD, OrganisationFacts(targets_due_within_weeks=0)) == {}


# ---- innovation and funding --------------------------------------------------------------
def test_weak_innovation():
    found = deficits({1: {"culture.innov": 0}, 2: {"culture.innov": 1}, 3: {"culture.innov": 1}})
    # median(0, 1, 1) = 1 -> 33.33 %
    assert reasons(found, "weak_innovation") == {
        "innovation_low": {"percent": pytest.approx(100 / 3)}
    }
    assert deficits({r: {"culture.innov": 2} for r in (1, 2, 3)}) == {}


def test_funding_gap_from_tagged_item_and_dimension():
    found = deficits({r: {"processes.budget": 0, "funding.f1": 1} for r in (1, 2, 3)})
    # tagged item 0 and funding dimension item 1: (0 + 1) / 2 = 0.5 -> 16.67 %
    assert reasons(found, "funding_gap") == {"funding_low": {"percent": pytest.approx(50 / 3)}}
    assert found["funding_gap"].recommendations == ("overarching_strategy", "aligned_measures")
    # (0 + 3) / 2 = 1.5 -> 50 %: not low
    assert "funding_gap" not in deficits({r: {"processes.budget": 0} for r in (1, 2, 3)})


def test_unanswered_tagged_items_do_not_count_as_low():
    found = deficits({r: {"culture.innov": "dont_know"} for r in (1, 2, 3)})
    assert "weak_innovation" not in found


# ---- order and recommendations -----------------------------------------------------------
def test_all_findings_in_article_order():
    low = {item: 0 for item in ALL_ITEMS}
    facts = OrganisationFacts(
        has_adopted_strategy=False,
        evaluations_before_pilot_end=1,
    )
    data, scores = build({r: dict(low) for r in (1, 2, 3)})
    found = find_deficits(data, scores, facts, THRESHOLD)
    assert [f.key for f in found] == [k for k in FINDING_KEYS if k != "insufficient_diagnosis"]
    for finding in found:
        assert finding.reasons
        assert finding.recommendations == FINDING_RECOMMENDATIONS[finding.key]
        assert set(finding.recommendations) <= set(RECOMMENDATION_KEYS)


def test_recommendations_union_in_article_order():
    _, scores = build({r: {"clients.ext": 0, "clients.mon": 1} for r in (1, 2, 3)})
    # clients: (0 + 1) / 2 = 0.5 -> 16.67 % (weak); strategy: 100 % (strong)
    vacuum = Finding(
        "strategic_vacuum", (Reason("no_adopted_strategy"),), ("overarching_strategy",)
    )
    catalog = {
        "clients": ("communication", "status_quo_survey"),
        "strategy": ("strategic_anchoring",),
    }
    assert recommendations_for([vacuum], scores, catalog) == [
        "status_quo_survey",
        "overarching_strategy",
        "communication",
    ]
    assert recommendations_for([], scores, catalog) == ["status_quo_survey", "communication"]
    assert recommendations_for([], scores, catalog, low_percent=10.0) == []


def test_dimension_without_value_is_not_weak():
    _, scores = build({})
    assert recommendations_for([], scores, {"strategy": ("strategic_anchoring",)}) == []

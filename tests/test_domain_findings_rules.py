"""Findings fire for the right reasons: outside topics, functional differences, foreign
catalogs and dimensions the catalog really has."""

from __future__ import annotations

import pytest

from digiwandel.domain.findings import (
    DEFAULT_DIMENSION_RECOMMENDATIONS,
    OrganisationFacts,
    find_deficits,
    recommendations_for,
)
from digiwandel.domain.scoring import (
    group_percentages,
)
from tests.test_domain_findings import findings_input

THRESHOLD = 3


def build(catalog: dict, answers: dict[int, dict[str, int | str]], areas=None):
    """The scored input of `catalog` (dimension -> item -> tags); see test_domain_findings."""
    return findings_input(catalog, answers, areas)


def found(catalog, answers, areas=None, facts=None):
    data, scores = build(catalog, answers, areas)
    return {f.key: f for f in find_deficits(data, scores, facts or OrganisationFacts(), THRESHOLD)}


def codes(findings, key) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for reason in findings[key].reasons if key in findings else ():
        out.setdefault(reason.code, []).append(reason.figures)
    return out


# ---- insufficient diagnosis: "don't know" per outside question and per topic ----------------
OUTSIDE = {
    "clients": {"c.needs": ("external", "clients"), "c.feedback": ("external", "clients")},
    "billing": {"b.electronic": ("external", "funders"), "b.peers": ("external", "peers")},
    "inside": {f"i.{n}": () for n in range(8)},
}


def test_dont_know_on_outside_questions_counts_per_question_and_topic():
    # Four of five say "don't know" on both client questions: 8 of 60 answers = 13 % overall,
    # below the overall limit, but nobody knows what clients need.
    answers = {
        rid: ({"c.needs": "dont_know", "c.feedback": "dont_know"} if rid <= 4 else {})
        for rid in range(1, 6)
    }
    result = codes(found(OUTSIDE, answers), "insufficient_diagnosis")
    assert "dont_know_high" not in result
    assert result["external_topic_dont_know"] == [
        {"tag": "clients", "share_percent": pytest.approx(80.0)}
    ]
    per_item = {f["item"]: f for f in result["external_item_dont_know"]}
    assert set(per_item) == {"c.needs", "c.feedback"}
    assert (per_item["c.needs"]["count"], per_item["c.needs"]["total"]) == (4, 5)


def test_a_single_unknown_answer_among_many_is_no_finding():
    answers = {rid: ({"b.peers": "dont_know"} if rid == 1 else {}) for rid in range(1, 6)}
    # 1 of 5 on one question = 20 % (< 25 %)
    assert "insufficient_diagnosis" not in found(OUTSIDE, answers)


# ---- functional differences are not silos ----------------------------------------------------
CLIENT_WORK = {
    "clients": {"cl.1": (), "cl.2": ()},
    "processes": {"p.1": (), "p.2": ()},
}


def test_areas_for_which_a_question_does_not_apply_are_no_silo():
    # Area 1 (counselling) works with clients; area 2 (administration) marks the client
    # questions "not applicable", one of them still answers level 0 out of habit.
    answers = {rid: {} for rid in (1, 2, 3)}
    answers |= {rid: {"cl.1": "not_applicable", "cl.2": "not_applicable"} for rid in (4, 5)}
    answers[6] = {"cl.1": 0, "cl.2": "not_applicable"}
    areas = {1: 1, 2: 1, 3: 1, 4: 2, 5: 2, 6: 2}
    data, _scores = build(CLIENT_WORK, answers, areas)
    by_area = group_percentages(data, lambda r: r.area_id, THRESHOLD)
    assert by_area[2]["clients"] is None  # one level answer: not a value of the area
    assert by_area[2]["processes"] == pytest.approx(100.0)
    assert "silo_thinking" not in found(CLIENT_WORK, answers, areas)
    # the same answers as real levels are a spread between areas
    real = {rid: {"cl.1": 0, "cl.2": 0} for rid in (4, 5, 6)}
    assert "area_spread" in codes(found(CLIENT_WORK, answers | real, areas), "silo_thinking")


# ---- a catalog without our tags or dimension keys ------------------------------------------
FOREIGN = {
    "leitbild": {"l.1": (), "l.2": ()},
    "technik": {"t.1": (), "t.2": ()},
    "personal": {"p.1": ("strategy",), "p.2": ()},
}


def test_findings_name_only_dimensions_the_catalog_has():
    low = {rid: {key: 0 for items in FOREIGN.values() for key in items} for rid in (1, 2, 3)}
    findings = found(FOREIGN, low)
    assert findings
    for finding in findings.values():
        for reason in finding.reasons:
            if "dimension" in reason.figures:
                assert reason.figures["dimension"] in FOREIGN, (finding.key, reason)
    # no "strategy" dimension here: the strategy-tagged question is reported as a question
    assert codes(findings, "strategic_vacuum") == {"strategy_items_low": [{"percent": 0.0}]}


def test_an_untagged_catalog_gets_findings_and_recommendations_from_weak_dimensions():
    untagged = {d: dict.fromkeys(items, ()) for d, items in FOREIGN.items()}
    answers = {rid: {"t.1": 0, "t.2": 1} for rid in (1, 2, 3)}
    data, scores = build(untagged, answers)
    findings = find_deficits(data, scores, OrganisationFacts(), THRESHOLD)
    assert [f.key for f in findings] == ["weak_dimensions"]
    assert [(r.code, r.figures["dimension"]) for r in findings[0].reasons] == [
        ("dimension_low", "technik")
    ]
    # the catalog names no recommendations: a weak dimension still leads to some
    assert recommendations_for([], scores, {}) == list(DEFAULT_DIMENSION_RECOMMENDATIONS)
    assert recommendations_for(findings, scores, {"technik": ()}) == list(
        DEFAULT_DIMENSION_RECOMMENDATIONS
    )

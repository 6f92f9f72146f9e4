"""Scoring of the Digitalisierungscheck: hand-computed examples, edge cases, a property."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digiwandel.domain.scoring import (
    AnswerInfo,
    AssessmentInput,
    AssessmentScores,
    DimensionInfo,
    ItemInfo,
    RespondentInfo,
    band,
    group_percentages,
    median_level,
    score,
    top_priorities,
    trend,
)

# An answer is (respondent, item, level or status[, relevance]).
Row = tuple


def build(
    dimensions: dict[str, tuple[str, ...]],
    answers: list[Row] | None = None,
    respondents: list[RespondentInfo] | None = None,
    *,
    relevance: dict[str, int] | None = None,
    weights: dict[str, float] | None = None,
    modules: tuple[str, ...] = (),
    targets: dict[str, float] | None = None,
    weighted: bool = False,
) -> AssessmentInput:
    relevance = relevance or {}
    weights = weights or {}
    infos = []
    for row in answers or []:
        rid, item, answer = row[:3]
        given_relevance = row[3] if len(row) > 3 else None
        if isinstance(answer, int):
            infos.append(AnswerInfo(rid, item, "level", answer, given_relevance))
        else:
            infos.append(AnswerInfo(rid, item, answer, None, given_relevance))
    if respondents is None:
        respondents = [RespondentInfo(rid) for rid in dict.fromkeys(a.respondent_id for a in infos)]
    return AssessmentInput(
        dimensions=tuple(
            DimensionInfo(key, weights.get(key, 1.0), keys, key in modules)
            for key, keys in dimensions.items()
        ),
        items=tuple(
            ItemInfo(key, dim, relevance.get(key, 1))
            for dim, keys in dimensions.items()
            for key in keys
        ),
        respondents=tuple(respondents),
        answers=tuple(infos),
        targets=targets or {},
        weighted=weighted,
    )


TWO = {"a": ("a1", "a2", "a3"), "b": ("b1", "b2")}


# ---- basics ------------------------------------------------------------------------------
def test_median_level():
    assert median_level([]) is None
    assert median_level([1, 2]) == 1.5
    assert median_level([0, 3, 3]) == 3.0
    assert median_level(iter([2])) == 2.0


@pytest.mark.parametrize(
    ("percent", "expected"),
    [
        (None, None),
        (0.0, "entry"),
        (25.0, "entry"),
        (25.01, "basics"),
        (50.0, "basics"),
        (50.01, "advanced"),
        (75.0, "advanced"),
        (75.01, "established"),
        (100.0, "established"),
    ],
)
def test_band_limits(percent, expected):
    assert band(percent) == expected


# ---- hand-computed examples --------------------------------------------------------------
def test_single_respondent():
    scores = score(
        build(
            TWO,
            [
                (1, "a1", 3),
                (1, "a2", 1),
                (1, "a3", "dont_know"),
                (1, "b1", 0),
                (1, "b2", "not_applicable"),
            ],
        )
    )
    a, b = scores.dimensions
    # a: items 3 and 1 (a3 "don't know" is left out) -> mean 2 -> 2/3*100 = 66.67
    assert a.percent == pytest.approx(200 / 3)
    assert a.band == "advanced"
    assert (a.item_count, a.answered_items) == (3, 2)
    assert a.dont_know_share == pytest.approx(1 / 3)  # 1 of 3 answers
    assert a.spread is None  # needs two respondents
    assert a.disagreement is False
    # b: only b1 = 0 -> 0 %; b2 "n.a." counts as an answer but not as "don't know"
    assert b.percent == 0.0
    assert b.band == "entry"
    assert b.dont_know_share == 0.0
    # overall = (66.67 + 0) / 2 = 33.33; "don't know" 1 of 5 answers
    assert scores.overall == pytest.approx(100 / 3)
    assert scores.band == "basics"
    assert scores.dont_know_share == pytest.approx(0.2)
    assert scores.respondent_count == 1
    assert scores.change is None
    a3 = scores.items["a3"]
    assert (a3.value, a3.answered, a3.dont_know, a3.priority) == (None, 0, 1, None)
    b2 = scores.items["b2"]
    assert (b2.value, b2.not_applicable, b2.spread) == (None, 1, None)
    a1 = scores.items["a1"]
    assert (a1.value, a1.answered, a1.spread, a1.priority) == (3.0, 1, 0.0, 0.0)


def test_even_number_of_respondents_uses_middle_of_two():
    scores = score(build({"a": ("a1",)}, [(1, "a1", 1), (2, "a1", 2)]))
    item = scores.items["a1"]
    # median(1, 2) = 1.5 -> 1.5/3*100 = 50 %
    assert item.value == 1.5
    assert scores.dimensions[0].percent == pytest.approx(50.0)
    assert item.spread == 1.0
    assert item.disagreement is False
    # relevance defaults to 1: priority = 1 * (3 - 1.5) = 1.5
    assert item.priority == pytest.approx(1.5)


def test_relevance_is_median_of_given_rounded_half_up():
    scores = score(
        build(
            {"a": ("a1", "a2", "a3")},
            [
                (1, "a1", 1, 1),
                (2, "a1", 2, 2),  # median relevance 1.5 -> 2
                (1, "a2", 0, 0),
                (2, "a2", 0, 1),  # 0.5 -> 1 (round() would give 0)
                (1, "a3", 2),
                (2, "a3", 2),  # none given -> catalog default 0
            ],
            relevance={"a3": 0},
        )
    )
    assert scores.items["a1"].relevance == 2
    assert scores.items["a1"].priority == pytest.approx(3.0)  # 2 * (3 - 1.5)
    assert scores.items["a2"].relevance == 1
    assert scores.items["a2"].priority == pytest.approx(3.0)  # 1 * (3 - 0)
    assert scores.items["a3"].relevance == 0
    assert scores.items["a3"].priority == 0.0


# ---- empty and degenerate input ----------------------------------------------------------
def test_no_respondents_at_all():
    scores = score(build(TWO))
    assert scores.overall is None
    assert scores.band is None
    assert scores.respondent_count == 0
    assert scores.dont_know_share == 0.0
    assert all(d.percent is None and d.dont_know_share == 0.0 for d in scores.dimensions)
    assert top_priorities(scores) == []


def test_everything_dont_know():
    rows = [(r, i, "dont_know") for r in (1, 2) for i in ("a1", "a2", "a3", "b1", "b2")]
    scores = score(build(TWO, rows))
    assert scores.overall is None
    assert scores.dont_know_share == 1.0
    assert [d.dont_know_share for d in scores.dimensions] == [1.0, 1.0]
    assert [d.percent for d in scores.dimensions] == [None, None]
    assert scores.items["a1"].dont_know == 2
    assert top_priorities(scores) == []


def test_everything_not_applicable():
    rows = [(r, i, "not_applicable") for r in (1, 2) for i in ("a1", "a2", "a3", "b1", "b2")]
    scores = score(build(TWO, rows))
    assert scores.overall is None
    assert scores.dont_know_share == 0.0
    assert scores.items["b2"].not_applicable == 2
    assert all(d.answered_items == 0 and d.spread is None for d in scores.dimensions)


def test_dimension_without_answers_is_left_out_of_overall():
    scores = score(build(TWO, [(1, "a1", 3), (1, "a2", 3)]))
    a, b = scores.dimensions
    assert a.percent == 100.0
    assert (b.percent, b.band, b.answered_items, b.item_count) == (None, None, 0, 2)
    assert scores.overall == 100.0  # not (100 + 0) / 2


def test_module_counts_only_with_answers():
    dims = {"a": ("a1",), "green": ("g1",)}
    without = score(build(dims, [(1, "a1", 3)], modules=("green",)))
    assert without.overall == 100.0
    with_answers = score(build(dims, [(1, "a1", 3), (1, "g1", 0)], modules=("green",)))
    assert with_answers.overall == 50.0  # (100 + 0) / 2


def test_duplicate_answer_of_one_respondent_counts_once():
    scores = score(build({"a": ("a1",)}, [(1, "a1", 0), (1, "a1", 3)]))
    assert scores.items["a1"].answered == 1
    assert scores.items["a1"].value == 3.0


# ---- overall, targets, change ------------------------------------------------------------
def test_weighted_versus_plain_overall():
    rows = [(1, "a1", 3), (1, "b1", 0)]
    dims = {"a": ("a1",), "b": ("b1",)}
    plain = score(build(dims, rows, weights={"a": 3.0}))
    weighted = score(build(dims, rows, weights={"a": 3.0}, weighted=True))
    assert plain.overall == 50.0  # (100 + 0) / 2
    assert weighted.overall == 75.0  # (3*100 + 1*0) / (3 + 1)
    assert weighted.band == "advanced"


def test_target_and_gap():
    scores = score(build(TWO, [(1, "a1", 2), (1, "b1", 3)], targets={"a": 75.0, "c": 50.0}))
    a, b = scores.dimensions
    # a = 2/3 = 66.67 % -> 75 - 66.67 = 8.33 points to go
    assert a.target == 75.0
    assert a.gap_to_target == pytest.approx(75 - 200 / 3)
    assert (b.target, b.gap_to_target) == (None, None)
    missing = score(build(TWO, [(1, "b1", 3)], targets={"a": 75.0})).dimensions[0]
    assert (missing.target, missing.gap_to_target) == (75.0, None)


def test_change_against_previous_with_other_catalog_version():
    # Previous version had dimensions a and c; the current one has a and b.
    previous = score(build({"a": ("a1",), "c": ("c1",)}, [(1, "a1", 1), (1, "c1", 3)]))
    assert previous.overall == pytest.approx(200 / 3)  # (33.33 + 100) / 2
    current = score(build({"a": ("a1",), "b": ("b1",)}, [(1, "a1", 2), (1, "b1", 0)]), previous)
    a, b = current.dimensions
    assert a.change == pytest.approx(100 / 3)  # 66.67 - 33.33
    assert b.change is None  # b did not exist before
    # overall 33.33 now vs. 66.67 before, compared as is
    assert current.change == pytest.approx(100 / 3 - 200 / 3)


def test_change_is_none_when_either_side_has_no_value():
    previous = score(build({"a": ("a1",)}, [(1, "a1", "dont_know")]))
    current = score(build({"a": ("a1",)}, [(1, "a1", 2)]), previous)
    assert current.dimensions[0].change is None
    assert current.change is None
    again = score(build({"a": ("a1",)}, [(1, "a1", "dont_know")]), current)
    assert again.dimensions[0].change is None
    assert again.change is None


# ---- disagreement and leadership gap -----------------------------------------------------
def test_disagreement_between_respondents():
    scores = score(
        build({"a": ("a1", "a2")}, [(1, "a1", 3), (1, "a2", 3), (2, "a1", 1), (2, "a2", 0)])
    )
    assert scores.items["a1"].spread == 2.0
    assert scores.items["a1"].disagreement is True
    assert scores.items["a2"].spread == 3.0
    dimension = scores.dimensions[0]
    # own means: respondent 1 = 3, respondent 2 = (1 + 0) / 2 = 0.5 -> spread 2.5
    assert dimension.spread == pytest.approx(2.5)
    assert dimension.disagreement is True


def test_small_spread_is_no_disagreement():
    scores = score(build({"a": ("a1",)}, [(1, "a1", 2), (2, "a1", 1)]))
    assert scores.items["a1"].disagreement is False
    assert scores.dimensions[0].spread == 1.0
    assert scores.dimensions[0].disagreement is False


def test_leadership_gap_flags_item_and_dimension():
    people = [
        RespondentInfo(1, group="leadership"),
        RespondentInfo(2, group="staff"),
        RespondentInfo(3, group="staff"),
        RespondentInfo(4, group="volunteer"),
    ]
    rows = [(1, "a1", 2), (2, "a1", 1), (3, "a1", 1), (4, "a1", 0)]
    scores = score(build({"a": ("a1",)}, rows, people))
    item = scores.items["a1"]
    # leadership median 2, staff median(1, 1) = 1; the volunteer's 0 is not staff
    assert (item.leadership_value, item.staff_value) == (2.0, 1.0)
    assert item.leadership_gap == 1.0
    assert item.leadership_flag is True
    assert item.value == 1.0  # median(2, 1, 1, 0) = 1
    assert item.disagreement is True  # spread 2 - 0 = 2
    dimension = scores.dimensions[0]
    assert dimension.leadership_percent == pytest.approx(200 / 3)
    assert dimension.staff_percent == pytest.approx(100 / 3)


def test_dimension_disagreement_from_leadership_gap_alone():
    people = [RespondentInfo(1, group="leadership"), RespondentInfo(2, group="staff")]
    rows = [(1, "a1", 3), (1, "a2", 2), (2, "a1", 2), (2, "a2", 1)]
    dimension = score(build({"a": ("a1", "a2")}, rows, people)).dimensions[0]
    # own means 2.5 and 1.5: spread 1 (< 2), but leadership 2.5 vs staff 1.5 differ by 1
    assert dimension.spread == 1.0
    assert dimension.disagreement is True


def test_no_leadership_gap_without_staff():
    people = [RespondentInfo(1, group="leadership"), RespondentInfo(2, group="volunteer")]
    scores = score(build({"a": ("a1",)}, [(1, "a1", 3), (2, "a1", 2)], people))
    item = scores.items["a1"]
    # the volunteer is 1 level below leadership, but volunteers are not staff
    assert (item.staff_value, item.leadership_gap, item.leadership_flag) == (None, None, False)
    assert scores.dimensions[0].staff_percent is None
    assert scores.dimensions[0].disagreement is False


# ---- priorities --------------------------------------------------------------------------
def test_top_priorities_order():
    dims = {"a": ("x", "y", "z", "w", "v", "u")}
    rows = [
        (1, "x", 1, 2),  # 2 * (3 - 1) = 4
        (1, "y", 0, 1),  # 1 * (3 - 0) = 3, value 0
        (1, "z", 1, 2),
        (2, "z", 2, 2),  # value 1.5: 2 * 1.5 = 3, value 1.5 -> after y
        (1, "w", 3, 2),  # 2 * 0 = 0 -> left out
        (1, "v", 0, 0),  # 0 * 3 = 0 -> left out
        (1, "u", 0, 1),  # 3, value 0 like y -> by key: u before y
    ]
    scores = score(build(dims, rows))
    assert [s.key for s in top_priorities(scores)] == ["x", "u", "y", "z"]
    assert [s.key for s in top_priorities(scores, limit=2)] == ["x", "u"]
    assert top_priorities(scores, limit=0) == []


# ---- groups and privacy ------------------------------------------------------------------
def test_group_percentages_respects_privacy_threshold():
    people = [
        RespondentInfo(1, area_id=10),
        RespondentInfo(2, area_id=10),
        RespondentInfo(3, area_id=10),
        RespondentInfo(4, area_id=20),
        RespondentInfo(5, area_id=20),
        RespondentInfo(6, area_id=None),
    ]
    rows = [(r, "a1", 3) for r in (1, 2)] + [(3, "a1", 0)]  # area 10: median(3, 3, 0) = 3
    rows += [(r, "b1", 1) for r in (1, 2)]  # only two of area 10 answered b
    rows += [(r, "a1", 1) for r in (4, 5)] + [(6, "a1", 0)]
    data = build({"a": ("a1",), "b": ("b1",)}, rows, people)
    result = group_percentages(data, lambda r: r.area_id, 3)
    assert set(result) == {10, 20}  # respondent 6 has no area
    assert result[20] is None  # two people with threshold 3
    assert result[10] == {"a": 100.0, "b": None}  # b: only two contributors
    # threshold 2 shows area 20 (both answered a) and b of area 10
    relaxed = group_percentages(data, lambda r: r.area_id, 2)
    assert relaxed[20] == {"a": pytest.approx(100 / 3), "b": None}
    assert relaxed[10] == {"a": 100.0, "b": pytest.approx(100 / 3)}


def test_group_of_only_dont_know_counts_as_too_small():
    people = [RespondentInfo(r, group="staff") for r in (1, 2, 3)]
    rows = [(1, "a1", 2)] + [(r, "a1", "dont_know") for r in (2, 3)]
    result = group_percentages(build({"a": ("a1",)}, rows, people), lambda r: r.group, 3)
    assert result == {"staff": None}


def test_group_percentages_empty():
    assert group_percentages(build(TWO), lambda r: r.area_id, 3) == {}


# ---- trend -------------------------------------------------------------------------------
def test_trend_keeps_order():
    first = score(build({"a": ("a1",)}, [(1, "a1", 0)]))
    second = score(build({"a": ("a1",), "b": ("b1",)}, [(1, "a1", 3), (1, "b1", 3)]))
    points = trend([("2025", first), ("2026", second)])
    assert [p.label for p in points] == ["2025", "2026"]
    assert points[0].overall == 0.0
    assert points[0].dimensions == {"a": 0.0}
    assert points[1].dimensions == {"a": 100.0, "b": 100.0}
    assert trend([]) == []


# ---- property ----------------------------------------------------------------------------
ITEMS = {"a": ("a1", "a2"), "b": ("b1",), "c": ("c1", "c2", "c3")}
ANSWER = st.one_of(st.integers(0, 3), st.sampled_from(["dont_know", "not_applicable"]))


@settings(max_examples=200, deadline=None)
@given(
    answers=st.dictionaries(
        st.tuples(st.integers(1, 5), st.sampled_from([k for ks in ITEMS.values() for k in ks])),
        ANSWER,
    ),
    weights=st.tuples(*[st.floats(0.1, 10) for _ in ITEMS]),
    weighted=st.booleans(),
)
def test_percentages_stay_in_range(answers, weights, weighted):
    rows = [(rid, item, value) for (rid, item), value in answers.items()]
    scores: AssessmentScores = score(
        build(ITEMS, rows, weights=dict(zip(ITEMS, weights, strict=True)), weighted=weighted)
    )
    percents = [d.percent for d in scores.dimensions if d.percent is not None]
    assert all(0.0 <= p <= 100.0 for p in percents)
    assert 0.0 <= scores.dont_know_share <= 1.0
    if percents:
        assert scores.overall is not None
        assert min(percents) - 1e-9 <= scores.overall <= max(percents) + 1e-9
    else:
        assert scores.overall is None

"""Indicator and goal progress: hand-computed cases and properties (no database)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digiwandel.domain.progress import (
    Reading,
    goal_progress,
    indicator_progress,
    latest,
    latest_measurement,
)

# ---- higher is better -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("baseline", "target", "current", "expected"),
    [
        (10, 20, 10, 0.0),  # at the start
        (10, 20, 15, 50.0),  # half way: (15 − 10) / (20 − 10)
        (10, 20, 12.5, 25.0),
        (10, 20, 20, 100.0),  # target reached
        (10, 20, 35, 100.0),  # beyond the target: clamped
        (10, 20, 4, 0.0),  # worse than at the start: clamped
        (0.1, 0.3, 0.2, 50.0),  # exact, not 50.000000000000014
        (-20, 0, -5, 75.0),  # negative figures work the same way
        (0, 3, 1, 100 / 3),
    ],
)
def test_higher_is_better(baseline, target, current, expected) -> None:
    assert indicator_progress("number", "higher", baseline, target, current) == pytest.approx(
        expected, abs=1e-12
    )


# ---- lower is better --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("baseline", "target", "current", "expected"),
    [
        (20, 10, 20, 0.0),
        (20, 10, 12, 80.0),  # (12 − 20) / (10 − 20) = −8 / −10
        (20, 10, 10, 100.0),
        (20, 10, 3, 100.0),  # better than the target: clamped
        (20, 10, 26, 0.0),  # worse than at the start: clamped, not negative
        (8.5, 5.0, 7.8, 20.0),  # sick-leave rate 8.5 % → 5 %, now 7.8 %
    ],
)
def test_lower_is_better(baseline, target, current, expected) -> None:
    assert indicator_progress("number", "lower", baseline, target, current) == pytest.approx(
        expected, abs=1e-12
    )


# ---- target equal to (or on the wrong side of) the baseline ------------------------------------


@pytest.mark.parametrize(
    ("direction", "current", "expected"),
    [
        ("higher", 10, 100.0),  # held
        ("higher", 11, 100.0),  # beyond in the right direction
        ("higher", 9.99, 0.0),
        ("lower", 10, 100.0),
        ("lower", 9, 100.0),
        ("lower", 10.01, 0.0),
    ],
)
def test_baseline_equal_to_target(direction: str, current: float, expected: float) -> None:
    assert indicator_progress("number", direction, 10, 10, current) == expected


def test_target_on_the_wrong_side_counts_as_reached_or_not() -> None:
    # "higher is better" but the target lies below the baseline: nothing left to climb, so
    # the question is only whether the value is at least the target.
    assert indicator_progress("number", "higher", 10, 5, 7) == 100.0
    assert indicator_progress("number", "higher", 10, 5, 4) == 0.0
    assert indicator_progress("number", "lower", 5, 10, 9) == 100.0
    assert indicator_progress("number", "lower", 5, 10, 11) == 0.0


# ---- within range -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("baseline", "current", "expected"),
    [
        (1, 4, 100.0),  # inside [3, 5]
        (1, 3, 100.0),  # on the lower bound
        (1, 5, 100.0),  # on the upper bound
        (1, 1, 0.0),  # still at the start: 2 below the range
        (1, 2, 50.0),  # 1 below the range of the start's 2: half way
        (1, 2.5, 75.0),
        (1, 6, 50.0),  # overshot to 1 above the range: as far as 1 below
        (1, 0, 0.0),  # further away than at the start: clamped
        (9, 7, 50.0),  # starting above the range: 4 above, now 2 above
        (9, 12, 0.0),
        (4, 4.5, 100.0),  # baseline inside the range, still inside
        (4, 5.5, 0.0),  # baseline inside the range: any value outside counts 0
        (4, 2, 0.0),
    ],
)
def test_within_range(baseline: float, current: float, expected: float) -> None:
    result = indicator_progress("number", "range", baseline, None, current, 3, 5)
    assert result == pytest.approx(expected, abs=1e-12)


def test_range_with_an_open_side_and_without_bounds() -> None:
    assert indicator_progress("number", "range", 0, None, 2, 4, None) == 50.0
    assert indicator_progress("number", "range", 0, None, 100, 4, None) == 100.0
    assert indicator_progress("number", "range", 10, None, 8, None, 6) == 50.0
    assert indicator_progress("number", "range", 0, None, 2, None, None) is None
    # bounds given the wrong way round are read as the range they describe
    assert indicator_progress("number", "range", 1, None, 4, 5, 3) == 100.0


def test_range_ignores_the_target_value() -> None:
    assert indicator_progress("number", "range", 1, 999, 2, 3, 5) == 50.0


# ---- yes / no ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("current", "expected"), [(1, 100.0), (1.0, 100.0), (0, 0.0), (0.0, 0.0), (0.5, 100.0)]
)
def test_boolean(current: float, expected: float) -> None:
    assert indicator_progress("boolean", "higher", 0, 1, current) == expected


def test_boolean_needs_no_baseline_or_target() -> None:
    assert indicator_progress("boolean", "higher", None, None, 1) == 100.0
    assert indicator_progress("boolean", "range", None, None, 0) == 0.0
    assert indicator_progress("boolean", "higher", None, None, None) is None


# ---- no progress to compute -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "direction", "baseline", "target", "current", "low", "high"),
    [
        ("number", "higher", 10, 20, None, None, None),  # no measurement yet
        ("number", "lower", 20, 10, None, None, None),
        ("number", "range", 1, None, None, 3, 5),
        ("number", "higher", None, 20, 15, None, None),  # no baseline
        ("number", "range", None, None, 4, 3, 5),
        ("number", "higher", 10, None, 15, None, None),  # no target
        ("number", "higher", 10, 20, float("nan"), None, None),
        ("number", "higher", 10, float("inf"), 15, None, None),
        ("number", "range", 1, None, 4, float("-inf"), 5),
    ],
)
def test_none_when_nothing_can_be_computed(
    kind, direction, baseline, target, current, low, high
) -> None:
    assert indicator_progress(kind, direction, baseline, target, current, low, high) is None


# ---- goal progress and latest measurement --------------------------------------------------------


def test_goal_progress_is_the_mean_of_indicators_that_have_one() -> None:
    assert goal_progress([50.0, 100.0, 0.0]) == 50.0
    assert goal_progress([80.0, None, 40.0]) == 60.0
    assert goal_progress(iter([25.0])) == 25.0
    assert goal_progress([None, None]) is None
    assert goal_progress([]) is None


def test_latest_by_date_then_id() -> None:
    readings = [
        Reading(date(2025, 3, 1), 5.0, id=1),
        Reading(date(2025, 6, 1), 7.0, id=3),
        Reading(date(2025, 6, 1), 8.0, id=4),  # same day, entered later
        Reading(date(2025, 4, 1), 9.0, id=9),  # entered last, but measured earlier
    ]
    assert latest(readings) == 8.0
    assert latest_measurement(readings) is readings[2]
    assert latest(reversed(readings)) == 8.0
    assert latest([]) is None
    assert latest_measurement([]) is None


# ---- properties ---------------------------------------------------------------------------------

numbers = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True))
finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12)


@given(
    kind=st.sampled_from(["number", "boolean"]),
    direction=st.sampled_from(["higher", "lower", "range"]),
    baseline=numbers,
    target=numbers,
    current=numbers,
    low=numbers,
    high=numbers,
)
def test_progress_is_none_or_a_percentage(
    kind, direction, baseline, target, current, low, high
) -> None:
    result = indicator_progress(kind, direction, baseline, target, current, low, high)
    assert result is None or (isinstance(result, float) and 0.0 <= result <= 100.0)


@given(baseline=finite, target=finite, a=finite, b=finite)
def test_moving_towards_the_target_never_lowers_progress(baseline, target, a, b) -> None:
    direction = "higher" if target >= baseline else "lower"
    closer, further = sorted((a, b), reverse=target >= baseline)  # closer = better value
    better = indicator_progress("number", direction, baseline, target, closer)
    worse = indicator_progress("number", direction, baseline, target, further)
    assert better >= worse


@given(baseline=finite, span=st.floats(min_value=1e-3, max_value=1e9))
def test_start_is_zero_and_target_is_full(baseline, span) -> None:
    for direction, target in (("higher", baseline + span), ("lower", baseline - span)):
        if target == baseline:  # span lost to rounding next to a huge baseline
            continue
        assert indicator_progress("number", direction, baseline, target, baseline) == 0.0
        assert indicator_progress("number", direction, baseline, target, target) == 100.0


@given(st.lists(st.one_of(st.none(), st.floats(min_value=0, max_value=100))))
def test_goal_progress_stays_within_its_indicators(values) -> None:
    result = goal_progress(values)
    present = [v for v in values if v is not None]
    if not present:
        assert result is None
    else:
        assert min(present) - 1e-9 <= result <= max(present) + 1e-9

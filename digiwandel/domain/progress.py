"""Progress of indicators and strategic goals: pure functions on plain values (DESIGN 2.3).

Progress is computed, never typed in. For a number indicator it is the share of the way from
the starting value (baseline) to the target that the latest measurement has covered:

    (current − baseline) / (target − baseline), clamped to 0–100 %

The same formula serves "higher is better" (target above the baseline) and "lower is better"
(target below the baseline): numerator and denominator change sign together.

- Target equal to the baseline, or lying on the wrong side of it for the direction (e.g.
  "higher is better" with a target below the baseline): there is no way to go, so progress is
  100 when the latest value has reached the target in the right direction, else 0.
- "within range": 100 inside [range_low, range_high]; outside, the distance from the range
  compared with the baseline's distance from the range (0 at the baseline's distance or
  further, 100 inside). With the baseline inside the range, any value outside counts 0.
  A missing bound leaves that side of the range open.
- A yes/no indicator ("boolean") stores 1 for reached and 0 for not reached: 100 or 0.
- None means "no progress can be computed": no measurement yet, a number indicator without
  a baseline (or a higher/lower one without a target), a range without any bound, or a
  value that is not a finite number.

A goal's progress is the plain mean of the progress of its indicators that have one.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Protocol

KINDS = ("number", "boolean")
DIRECTIONS = ("higher", "lower", "range")
FULL = 100.0
NONE = 0.0
BOOLEAN_REACHED = 0.5  # a yes/no value of at least this counts as "reached"


class MeasurementLike(Protocol):
    """Anything with these attributes: ORM rows, result rows, the Reading below."""

    id: int
    measured_on: date
    value: float


@dataclass(frozen=True, slots=True)
class Reading:
    """A plain measurement for callers that hold no database rows (and for tests)."""

    measured_on: date
    value: float
    id: int = 0


def _finite(*values: float | None) -> bool:
    return all(v is None or (not isinstance(v, bool) and math.isfinite(v)) for v in values)


def _clamp(value: Fraction | float) -> float:
    return float(min(max(value, 0), 100))


def _reached(direction: str, target: float, current: float) -> float:
    if direction == "lower":
        return FULL if current <= target else NONE
    return FULL if current >= target else NONE


def _exact(value: float) -> Fraction:
    """The number as typed: 0.1 is one tenth, not the binary float nearest to it. So the
    hand-checkable cases come out exact (0.1 → 0.3 at 0.2 is 50 %, not 50.000000000000014)."""
    return Fraction(repr(float(value)))


def _distance(value: float, low: float | None, high: float | None) -> Fraction:
    """How far `value` lies outside [low, high]; 0 inside."""
    if low is not None and value < low:
        return _exact(low) - _exact(value)
    if high is not None and value > high:
        return _exact(value) - _exact(high)
    return Fraction(0)


def indicator_progress(
    kind: str,
    direction: str,
    baseline: float | None,
    target: float | None,
    current: float | None,
    range_low: float | None = None,
    range_high: float | None = None,
) -> float | None:
    """Progress of one indicator in percent (0–100), or None when it cannot be computed."""
    if current is None or not _finite(baseline, target, current, range_low, range_high):
        return None
    if kind == "boolean":
        return FULL if current >= BOOLEAN_REACHED else NONE
    if baseline is None:
        return None
    if direction == "range":
        if range_low is None and range_high is None:
            return None
        if range_low is not None and range_high is not None and range_low > range_high:
            range_low, range_high = range_high, range_low
        now = _distance(current, range_low, range_high)
        if now == 0:
            return FULL
        start = _distance(baseline, range_low, range_high)
        if start == 0:
            return NONE
        return _clamp((1 - now / start) * 100)
    if target is None:
        return None
    span = _exact(target) - _exact(baseline)
    wrong_side = (direction == "higher" and span < 0) or (direction == "lower" and span > 0)
    if span == 0 or wrong_side:
        return _reached(direction, target, current)
    return _clamp((_exact(current) - _exact(baseline)) / span * 100)


def goal_progress(values: Iterable[float | None]) -> float | None:
    """Mean of the indicator progress values that exist; None if none exists."""
    present = [v for v in values if v is not None]
    if not present:
        return None
    return math.fsum(present) / len(present)


def latest_measurement(measurements: Iterable[MeasurementLike]) -> MeasurementLike | None:
    """The most recent measurement: latest date, and of one day the one entered last (id)."""
    best = None
    for m in measurements:
        if best is None or (m.measured_on, m.id) > (best.measured_on, best.id):
            best = m
    return best


def latest(measurements: Iterable[MeasurementLike]) -> float | None:
    """The value of the most recent measurement (see latest_measurement); None without any."""
    m = latest_measurement(measurements)
    return None if m is None else m.value

"""Rules and helpers shared by the parts of the strategy service and by the project
tracker: checks on versions, numbering, recurring dates and the indicator rules."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from digiwandel.domain import progress
from digiwandel.domain.vocabulary import (
    FREQUENCIES,
    INDICATOR_DIRECTIONS,
    INDICATOR_KINDS,
    NAME_LEN,
    SHORT_LEN,
)
from digiwandel.model.organisation import Person
from digiwandel.model.strategy import Indicator, Measurement, StrategyVersion
from digiwandel.services.base import (
    clean_choice,
    clean_date,
    clean_int,
    clean_number,
    clean_text,
    live_ref,
)
from digiwandel.services.errors import DomainError
from digiwandel.services.strategy.messages import (
    MSG_INDICATOR_NAME,
    MSG_RANGE_MISSING,
    MSG_RANGE_ORDER,
    MSG_TARGET_BEFORE_BASELINE,
    MSG_TARGET_EQUALS_BASELINE,
    MSG_TARGET_NOT_HIGHER,
    MSG_TARGET_NOT_LOWER,
    MSG_VERSION_ADOPTED,
    MSG_VERSION_ARCHIVED,
    MSG_YES_NO_VALUE,
)
from digiwandel.services.strategy.rows import IndicatorRow, MeasurementRow

# ---- field sets for partial updates ---------------------------------------------------------
# The fields an update may change; the UI re-applies exactly these for undo.
GOAL_FIELDS = frozenset(
    {"title", "description", "oberziel_id", "owner_id", "due_on", "impact_level", "status"}
)
INDICATOR_FIELDS = frozenset(
    {
        "name",
        "unit",
        "kind",
        "direction",
        "baseline_value",
        "baseline_on",
        "target_value",
        "target_on",
        "range_low",
        "range_high",
        "frequency",
        "data_source",
        "owner_id",
    }
)
MEASUREMENT_FIELDS = frozenset({"measured_on", "value", "comment", "confidence"})


# ---- checks shared by the parts -------------------------------------------------------------
def first_changed(changed: set[str], *candidates: str) -> str:
    """The field to show a cross-field message at: the first candidate the user changed."""
    return next((c for c in candidates if c in changed), candidates[0])


def ensure_draft(version: StrategyVersion) -> None:
    if version.status == "adopted":
        raise DomainError(MSG_VERSION_ADOPTED)
    if version.status == "archived":
        raise DomainError(MSG_VERSION_ARCHIVED)


def ensure_not_archived(version: StrategyVersion | None) -> None:
    if version is not None and version.status == "archived":
        raise DomainError(MSG_VERSION_ARCHIVED)


def renumber(rows: list, first: set[int] = frozenset()) -> None:
    """Positions 1..n in the current order; rows in `first` win a tie (restored rows)."""
    ordered = sorted(rows, key=lambda r: (r.position, r.id not in first, r.id))
    for position, row in enumerate(ordered, start=1):
        if row.position != position:
            row.position = position


def move(rows: list, ident: int, delta: int) -> None:
    """Move the row `ident` by `delta` places within `rows` (already in order); 1..n after."""
    index = next(i for i, r in enumerate(rows) if r.id == ident)
    delta = clean_int(delta, field="delta", low=-10_000, high=10_000)
    target = min(max(index + delta, 0), len(rows) - 1)
    rows.insert(target, rows.pop(index))
    for position, row in enumerate(rows, start=1):
        if row.position != position:
            row.position = position


_FREQUENCY_MONTHS = {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    for last in (31, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def next_occurrence(first: date | None, frequency: str, today: date) -> date | None:
    """The date a communication item is next due: `first` for one-off items, otherwise the
    first occurrence of the series on or after today (the first date while it lies ahead)."""
    if first is None or frequency == "once" or first >= today:
        return first
    if frequency == "weekly":
        weeks = -(-(today - first).days // 7)
        return first + timedelta(weeks=weeks)
    step = _FREQUENCY_MONTHS.get(frequency)
    if step is None:
        return first
    months = (today.year - first.year) * 12 + today.month - first.month
    count = max(0, months // step)
    candidate = _add_months(first, count * step)
    while candidate < today:
        count += 1
        candidate = _add_months(first, count * step)
    return candidate


# ---- indicators (of goals and of measures) --------------------------------------------------
def clean_indicator(values: dict[str, object]) -> dict[str, object]:
    """Each field on its own; rules between fields follow in settle_indicator."""
    clean: dict[str, object] = {}
    if "name" in values:
        clean["name"] = clean_text(
            values["name"], field="name", limit=NAME_LEN, required=MSG_INDICATOR_NAME
        )
    if "unit" in values:
        clean["unit"] = clean_text(values["unit"], field="unit", limit=SHORT_LEN)
    if "data_source" in values:
        clean["data_source"] = clean_text(
            values["data_source"], field="data_source", limit=NAME_LEN
        )
    for key, choices in (
        ("kind", INDICATOR_KINDS),
        ("direction", INDICATOR_DIRECTIONS),
        ("frequency", FREQUENCIES),
    ):
        if key in values:
            clean[key] = clean_choice(values[key], choices, field=key)
    for key in ("baseline_value", "target_value", "range_low", "range_high"):
        if key in values:
            clean[key] = clean_number(values[key], field=key)
    for key in ("baseline_on", "target_on"):
        if key in values:
            clean[key] = clean_date(values[key], field=key)
    if "owner_id" in values:
        clean["owner_id"] = values["owner_id"]
    return clean


def settle_indicator(state: dict[str, object], changed: set[str]) -> dict[str, object]:
    """Check the rules between fields on the complete new state; returns it normalised.

    A yes/no indicator counts up to "reached" (target 1, direction higher, no range); a range
    lives only on "within range" indicators.
    """
    state = dict(state)
    baseline_on, target_on = state["baseline_on"], state["target_on"]
    if baseline_on is not None and target_on is not None and target_on < baseline_on:
        raise DomainError(
            MSG_TARGET_BEFORE_BASELINE, field=first_changed(changed, "target_on", "baseline_on")
        )
    if state["kind"] == "boolean":
        if state["baseline_value"] not in (None, 0.0, 1.0):
            raise DomainError(
                MSG_YES_NO_VALUE, field=first_changed(changed, "baseline_value", "kind")
            )
        state.update(direction="higher", target_value=1.0, range_low=None, range_high=None)
        return state
    if state["direction"] == "range":
        low, high = state["range_low"], state["range_high"]
        if low is None or high is None:
            missing = "range_low" if low is None else "range_high"
            raise DomainError(MSG_RANGE_MISSING, field=missing)
        if high < low:
            raise DomainError(
                MSG_RANGE_ORDER, field=first_changed(changed, "range_high", "range_low")
            )
        return state
    state.update(range_low=None, range_high=None)
    baseline, target = state["baseline_value"], state["target_value"]
    if baseline is not None and target is not None:
        where = first_changed(changed, "target_value", "baseline_value", "direction")
        if target == baseline:
            raise DomainError(MSG_TARGET_EQUALS_BASELINE, field=where)
        if state["direction"] == "higher" and target < baseline:
            raise DomainError(MSG_TARGET_NOT_HIGHER, field=where)
        if state["direction"] == "lower" and target > baseline:
            raise DomainError(MSG_TARGET_NOT_LOWER, field=where)
    return state


def apply_indicator_changes(session: Session, ind: Indicator, clean: dict[str, object]) -> None:
    """Write cleaned changes to an indicator (of a goal or a measure) after checking the rules
    between its fields on the result; nothing is written when a rule is broken."""
    current = {key: getattr(ind, key) for key in INDICATOR_FIELDS}
    state = settle_indicator({**current, **clean}, set(clean))
    if "owner_id" in clean:
        live_ref(session, Person, clean["owner_id"], "owner_id")
    if state["kind"] == "boolean" and current["kind"] != "boolean":
        # Earlier numbers mean nothing as yes/no answers: refuse rather than guess.
        bad = session.scalar(
            select(func.count(Measurement.id)).where(
                Measurement.indicator_id == ind.id,
                Measurement.deleted_at.is_(None),
                Measurement.value.not_in([0.0, 1.0]),
            )
        )
        if bad:
            raise DomainError(MSG_YES_NO_VALUE, field="kind")
    for key, value in state.items():
        if getattr(ind, key) != value:
            setattr(ind, key, value)
    session.flush()


# ---- rows from ORM objects ------------------------------------------------------------------
def indicator_row(ind: Indicator, owner_name: str | None, readings: list) -> IndicatorRow:
    last = progress.latest_measurement(readings)
    current = None if last is None else last.value
    return IndicatorRow(
        id=ind.id,
        goal_id=ind.goal_id,
        name=ind.name,
        unit=ind.unit,
        kind=ind.kind,
        direction=ind.direction,
        baseline_value=ind.baseline_value,
        baseline_on=ind.baseline_on,
        target_value=ind.target_value,
        target_on=ind.target_on,
        range_low=ind.range_low,
        range_high=ind.range_high,
        frequency=ind.frequency,
        data_source=ind.data_source,
        owner_id=ind.owner_id,
        owner_name=owner_name or "",
        measurement_count=len(readings),
        current_value=current,
        current_on=None if last is None else last.measured_on,
        progress=progress.indicator_progress(
            ind.kind,
            ind.direction,
            ind.baseline_value,
            ind.target_value,
            current,
            ind.range_low,
            ind.range_high,
        ),
        version=ind.row_version,
    )


def measurement_row(m: Measurement) -> MeasurementRow:
    return MeasurementRow(
        m.id, m.indicator_id, m.measured_on, m.value, m.comment, m.confidence, m.row_version
    )


def indicator_view(session: Session, ind: Indicator) -> IndicatorRow:
    """The row of one indicator (of a goal or a measure), with its measurements."""
    readings = list(
        session.execute(
            select(Measurement.id, Measurement.measured_on, Measurement.value).where(
                Measurement.indicator_id == ind.id, Measurement.deleted_at.is_(None)
            )
        )
    )
    return indicator_row(ind, ind.owner.name if ind.owner else "", readings)

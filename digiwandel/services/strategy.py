"""Strategy editor: identity, Oberziele, strategy versions, goals, indicators, measurements,
alignment with projects, the digital team and the communication plan (DESIGN 2.3).

Rules that hold for every use case here:

- Every edit is one transaction. All input is checked before anything is written, so a
  refused edit leaves the database exactly as it was.
- A strategy version is a draft until the board adopts it. Adoption freezes its content:
  title, period, summary, principles, goals and indicator definitions. The work of carrying
  the strategy out stays possible on an adopted version: measurements, links to measures
  (projects), the digital team, the communication plan and the next review date. An archived
  version is frozen completely.
- Progress is computed from measurements (digiwandel.domain.progress), never stored.
- Lists load in a constant number of SQL statements, whatever the number of rows.
- Deleting goes to the trash (one batch id per user action); `restore` brings it back.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from digiwandel.domain import progress
from digiwandel.domain.vocabulary import (
    COMMUNICATION_PURPOSES,
    COMMUNICATION_STATUSES,
    FREQUENCIES,
    GOAL_STATUSES,
    IMPACT_LEVEL_MAX,
    IMPACT_LEVEL_MIN,
    INDICATOR_DIRECTIONS,
    INDICATOR_KINDS,
    MAX_CONFIDENCE,
    NAME_LEN,
    SHORT_LEN,
    TEAM_ROLES,
    TEXT_LEN,
)
from digiwandel.model.database import Database
from digiwandel.model.organisation import Area, HierarchyLevel, Person
from digiwandel.model.project import Project
from digiwandel.model.strategy import (
    IDENTITY_ROW_ID,
    CommunicationItem,
    GoalProjectLink,
    Identity,
    Indicator,
    Measurement,
    Oberziel,
    StrategicGoal,
    StrategyVersion,
    TeamMember,
)
from digiwandel.services.base import (
    MSG_NOT_FOUND,
    MSG_NOT_NEGATIVE,
    check_fields,
    clean_choice,
    clean_date,
    clean_number,
    clean_text,
    get_or_raise,
    live_ref,
    unit_of_work,
    whole_number,
)
from digiwandel.services.errors import QT_TRANSLATE_NOOP, DomainError
from digiwandel.services.trash import move_to_trash, restore_batch, restore_rule

# ---- messages -------------------------------------------------------------------------------
MSG_OBERZIEL_TITLE = QT_TRANSLATE_NOOP(
    "DomainError", "Please enter a title for the overarching goal (Oberziel)."
)

MSG_VERSION_TITLE = QT_TRANSLATE_NOOP(
    "DomainError", "Please enter a title for the strategy version."
)
MSG_VERSION_EXISTS = QT_TRANSLATE_NOOP(
    "DomainError",
    "A strategy already exists. Start a new version from an existing one instead.",
)
MSG_VERSION_ADOPTED = QT_TRANSLATE_NOOP(
    "DomainError",
    "This strategy version has been adopted and can no longer be changed. "
    "Start a new version from it to make changes.",
)
MSG_VERSION_ARCHIVED = QT_TRANSLATE_NOOP(
    "DomainError", "This strategy version is archived and can no longer be changed."
)
MSG_PERIOD_ORDER = QT_TRANSLATE_NOOP(
    "DomainError", "The end of the period must not be before its start."
)
MSG_ADOPTED_ON = QT_TRANSLATE_NOOP(
    "DomainError", "Please enter the date on which the strategy was adopted."
)
MSG_ADOPTED_FUTURE = QT_TRANSLATE_NOOP(
    "DomainError", "The date of adoption cannot lie in the future."
)
MSG_ADOPTED_BY = QT_TRANSLATE_NOOP(
    "DomainError", "Please enter who adopted the strategy, for example the board (Vorstand)."
)
MSG_REVIEW_BEFORE_ADOPTION = QT_TRANSLATE_NOOP(
    "DomainError",
    "The next review cannot lie before the date on which the strategy was adopted.",
)

MSG_GOAL_TITLE = QT_TRANSLATE_NOOP("DomainError", "Please enter a title for the goal.")
MSG_IMPACT_LEVEL = QT_TRANSLATE_NOOP(
    "DomainError",
    "The impact level must be a step from 1 to 7 of the impact ladder (Wirkungstreppe).",
)

MSG_INDICATOR_NAME = QT_TRANSLATE_NOOP("DomainError", "Please enter a name for the indicator.")
MSG_TARGET_BEFORE_BASELINE = QT_TRANSLATE_NOOP(
    "DomainError", "The target date must not be before the date of the starting value."
)
MSG_TARGET_EQUALS_BASELINE = QT_TRANSLATE_NOOP(
    "DomainError",
    "The target must differ from the starting value, otherwise there is no progress to measure.",
)
MSG_TARGET_NOT_HIGHER = QT_TRANSLATE_NOOP(
    "DomainError",
    "Higher values are better for this indicator, so the target must be above the starting value.",
)
MSG_TARGET_NOT_LOWER = QT_TRANSLATE_NOOP(
    "DomainError",
    "Lower values are better for this indicator, so the target must be below the starting value.",
)
MSG_RANGE_MISSING = QT_TRANSLATE_NOOP(
    "DomainError", "Please enter the lowest and the highest acceptable value of the range."
)
MSG_RANGE_ORDER = QT_TRANSLATE_NOOP(
    "DomainError", "The highest acceptable value must not be below the lowest."
)
MSG_YES_NO_VALUE = QT_TRANSLATE_NOOP(
    "DomainError", "For a yes/no indicator, enter 1 for reached or 0 for not reached."
)

MSG_MEASURED_ON = QT_TRANSLATE_NOOP("DomainError", "Please enter the date of the measurement.")
MSG_MEASURED_FUTURE = QT_TRANSLATE_NOOP("DomainError", "A measurement cannot lie in the future.")
MSG_VALUE = QT_TRANSLATE_NOOP("DomainError", "Please enter the measured value.")
MSG_CONFIDENCE = QT_TRANSLATE_NOOP(
    "DomainError", "The confidence must be a whole number from 0 (a guess) to 10 (certain)."
)

MSG_ALREADY_LINKED = QT_TRANSLATE_NOOP(
    "DomainError", "This measure is already linked to this goal."
)
MSG_NOT_LINKED = QT_TRANSLATE_NOOP("DomainError", "This measure is not linked to this goal.")

MSG_ALREADY_IN_TEAM = QT_TRANSLATE_NOOP(
    "DomainError", "{name} is already a member of the digital team."
)

MSG_AUDIENCE = QT_TRANSLATE_NOOP(
    "DomainError", "Please enter who the communication is for (the audience)."
)
MSG_ONE_OWNER = QT_TRANSLATE_NOOP(
    "DomainError",
    "A communication entry belongs either to the strategy or to a measure, not to both.",
)

DEFAULT_DUE_DAYS = 14
MAX_DUE_DAYS = 3660

# Gap kinds of the team coverage (the UI turns them into sentences).
GAP_TEAM_EMPTY = "team_empty"
GAP_LEAD_MISSING = "lead_missing"
GAP_AREA_MISSING = "area_missing"
GAP_LEVEL_MISSING = "level_missing"

_FREQUENCY_MONTHS = {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}


# ---- plain data returned to the UI ------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class IdentityData:
    vision: str = ""
    vision_digital_note: str = ""
    leitbild: str = ""
    leitbild_digital_note: str = ""
    core_values: str = ""
    core_values_digital_note: str = ""


@dataclass(frozen=True, slots=True)
class OberzielRow:
    id: int
    position: int  # 1-based, dense
    title: str
    description: str
    digital_note: str
    goal_count: int = 0  # goals (of versions not in the trash) that serve it


@dataclass(frozen=True, slots=True)
class VersionRow:
    id: int
    title: str
    period_start: date | None
    period_end: date | None
    status: str  # draft / adopted / archived
    adopted_on: date | None
    adopted_by: str
    resolution_ref: str
    summary: str
    principles: str
    next_review_on: date | None
    based_on_id: int | None
    based_on_title: str
    goal_count: int
    review_due: bool  # next review date has passed (not for archived versions)

    @property
    def read_only(self) -> bool:
        """Content (fields, goals, indicators) can no longer be edited."""
        return self.status != "draft"


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    id: int
    goal_id: int | None
    name: str
    unit: str
    kind: str
    direction: str
    baseline_value: float | None
    baseline_on: date | None
    target_value: float | None
    target_on: date | None
    range_low: float | None
    range_high: float | None
    frequency: str
    data_source: str
    owner_id: int | None
    owner_name: str
    measurement_count: int
    current_value: float | None  # latest measurement
    current_on: date | None
    progress: float | None  # 0–100, None when it cannot be computed


@dataclass(frozen=True, slots=True)
class GoalRow:
    id: int
    version_id: int
    position: int
    title: str
    description: str
    oberziel_id: int | None
    oberziel_title: str
    owner_id: int | None
    owner_name: str
    due_on: date | None
    impact_level: int | None
    status: str
    progress: float | None  # mean of the indicators' progress
    indicators: tuple[IndicatorRow, ...] = ()
    project_count: int = 0  # measures linked to the goal


@dataclass(frozen=True, slots=True)
class MeasurementRow:
    id: int
    indicator_id: int
    measured_on: date
    value: float
    comment: str
    confidence: int | None


@dataclass(frozen=True, slots=True)
class GoalSnapshot:
    """A goal as the comparison shows it."""

    id: int
    title: str
    description: str
    oberziel_id: int | None
    oberziel_title: str
    owner_id: int | None
    owner_name: str
    due_on: date | None
    impact_level: int | None
    status: str
    indicator_names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoalChange:
    before: GoalSnapshot  # in version a
    after: GoalSnapshot  # in version b
    # which of: description, due_on, impact_level, status, oberziel, owner, indicators
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class VersionComparison:
    """Version b compared with version a: goals matched by title (case-insensitive)."""

    a: VersionRow
    b: VersionRow
    added: tuple[GoalSnapshot, ...]  # in b only
    removed: tuple[GoalSnapshot, ...]  # in a only
    changed: tuple[GoalChange, ...]
    unchanged: tuple[GoalSnapshot, ...]  # as in b
    # which of: period_start, period_end, summary, principles
    version_fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LinkRow:
    goal_id: int
    project_id: int
    contribution: str


@dataclass(frozen=True, slots=True)
class ProjectRef:
    id: int
    title: str
    status: str


@dataclass(frozen=True, slots=True)
class GoalRef:
    id: int
    title: str


@dataclass(frozen=True, slots=True)
class AlignmentMatrix:
    """Goals of one version × measures (projects), with the contribution notes."""

    goals: tuple[GoalRef, ...]
    projects: tuple[ProjectRef, ...]
    links: dict[tuple[int, int], str]  # (goal id, project id) -> contribution
    goals_without_measure: tuple[int, ...]
    # projects linked to no goal of this version (cancelled projects are not flagged)
    projects_without_goal: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class TeamMemberRow:
    id: int
    version_id: int
    person_id: int
    person_name: str
    role: str
    area_id: int | None
    area_name: str
    level_id: int | None
    level_name: str


@dataclass(frozen=True, slots=True)
class AreaRef:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class LevelRef:
    id: int
    name: str
    is_volunteer: bool


@dataclass(frozen=True, slots=True)
class Coverage:
    """Digital team by area × level; None keys stand for "no area / level recorded"."""

    areas: tuple[AreaRef, ...]  # every area, in the organisation's order
    levels: tuple[LevelRef, ...]  # every level including volunteers, top first
    counts: dict[tuple[int | None, int | None], int]
    area_totals: dict[int | None, int]
    level_totals: dict[int | None, int]
    member_count: int
    # (kind, name): ("team_empty", ""), ("lead_missing", ""), ("area_missing", area name),
    # ("level_missing", level name)
    gaps: tuple[tuple[str, str], ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class CommunicationRow:
    id: int
    version_id: int | None
    project_id: int | None
    project_title: str
    audience: str
    purpose: str
    key_message: str
    channel: str
    due_on: date | None
    frequency: str
    responsible_id: int | None
    responsible_name: str
    status: str
    feedback: str
    next_due: date | None  # the next date it is due (recurring: next occurrence from today)
    overdue: bool


# ---- input cleaning -------------------------------------------------------------------------
def _clean_whole(value: object, low: int, high: int, *, field: str, message: str) -> int | None:
    if value is None:
        return None
    number = whole_number(value)
    if number is None or not low <= number <= high:
        raise DomainError(message, field=field)
    return number


def _first_changed(changed: set[str], *candidates: str) -> str:
    """The field to show a cross-field message at: the first candidate the user changed."""
    return next((c for c in candidates if c in changed), candidates[0])


def _ensure_draft(version: StrategyVersion) -> None:
    if version.status == "adopted":
        raise DomainError(MSG_VERSION_ADOPTED)
    if version.status == "archived":
        raise DomainError(MSG_VERSION_ARCHIVED)


def _ensure_not_archived(version: StrategyVersion | None) -> None:
    if version is not None and version.status == "archived":
        raise DomainError(MSG_VERSION_ARCHIVED)


def _renumber(rows: list, first: set[int] = frozenset()) -> None:
    """Positions 1..n in the current order; rows in `first` win a tie (restored rows)."""
    ordered = sorted(rows, key=lambda r: (r.position, r.id not in first, r.id))
    for position, row in enumerate(ordered, start=1):
        if row.position != position:
            row.position = position


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


# ---- field sets for partial updates ---------------------------------------------------------
_IDENTITY_FIELDS = frozenset(
    {
        "vision",
        "vision_digital_note",
        "leitbild",
        "leitbild_digital_note",
        "core_values",
        "core_values_digital_note",
    }
)
_OBERZIEL_FIELDS = frozenset({"title", "description", "digital_note"})
_VERSION_FIELDS = frozenset({"title", "period_start", "period_end", "summary", "principles"})
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
_COMMUNICATION_FIELDS = frozenset(
    {
        "audience",
        "purpose",
        "key_message",
        "channel",
        "due_on",
        "frequency",
        "responsible_id",
        "status",
        "feedback",
        "version_id",
        "project_id",
    }
)
_COMPARED_VERSION_FIELDS = ("period_start", "period_end", "summary", "principles")
# Columns a copy of a goal / indicator / communication item takes over unchanged.
_GOAL_COPY = ("title", "description", "oberziel_id", "owner_id", "due_on", "impact_level")
_INDICATOR_COPY = tuple(sorted(INDICATOR_FIELDS))
_COMMUNICATION_COPY = (
    "audience",
    "purpose",
    "key_message",
    "channel",
    "due_on",
    "frequency",
    "responsible_id",
    "status",
    "feedback",
)


def _clean_oberziel(values: dict[str, object]) -> dict[str, object]:
    clean: dict[str, object] = {}
    if "title" in values:
        clean["title"] = clean_text(
            values["title"], field="title", limit=NAME_LEN, required=MSG_OBERZIEL_TITLE
        )
    for key in ("description", "digital_note"):
        if key in values:
            clean[key] = clean_text(values[key], field=key, limit=TEXT_LEN)
    return clean


def _clean_version(values: dict[str, object]) -> dict[str, object]:
    clean: dict[str, object] = {}
    if "title" in values:
        clean["title"] = clean_text(
            values["title"], field="title", limit=NAME_LEN, required=MSG_VERSION_TITLE
        )
    for key in ("period_start", "period_end"):
        if key in values:
            clean[key] = clean_date(values[key], field=key)
    for key in ("summary", "principles"):
        if key in values:
            clean[key] = clean_text(values[key], field=key, limit=TEXT_LEN)
    return clean


def _check_period(start: date | None, end: date | None, changed: set[str]) -> None:
    if start is not None and end is not None and end < start:
        raise DomainError(
            MSG_PERIOD_ORDER, field=_first_changed(changed, "period_end", "period_start")
        )


def _clean_goal(values: dict[str, object]) -> dict[str, object]:
    clean: dict[str, object] = {}
    if "title" in values:
        clean["title"] = clean_text(
            values["title"], field="title", limit=NAME_LEN, required=MSG_GOAL_TITLE
        )
    if "description" in values:
        clean["description"] = clean_text(
            values["description"], field="description", limit=TEXT_LEN
        )
    if "due_on" in values:
        clean["due_on"] = clean_date(values["due_on"], field="due_on")
    if "impact_level" in values:
        clean["impact_level"] = _clean_whole(
            values["impact_level"],
            IMPACT_LEVEL_MIN,
            IMPACT_LEVEL_MAX,
            field="impact_level",
            message=MSG_IMPACT_LEVEL,
        )
    if "status" in values:
        clean["status"] = clean_choice(values["status"], GOAL_STATUSES, field="status")
    for key in ("oberziel_id", "owner_id"):
        if key in values:
            clean[key] = values[key]
    return clean


def _clean_indicator(values: dict[str, object]) -> dict[str, object]:
    """Each field on its own; rules between fields follow in _settle_indicator."""
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


def _settle_indicator(state: dict[str, object], changed: set[str]) -> dict[str, object]:
    """Check the rules between fields on the complete new state; returns it normalised.

    A yes/no indicator counts up to "reached" (target 1, direction higher, no range); a range
    lives only on "within range" indicators.
    """
    state = dict(state)
    baseline_on, target_on = state["baseline_on"], state["target_on"]
    if baseline_on is not None and target_on is not None and target_on < baseline_on:
        raise DomainError(
            MSG_TARGET_BEFORE_BASELINE, field=_first_changed(changed, "target_on", "baseline_on")
        )
    if state["kind"] == "boolean":
        if state["baseline_value"] not in (None, 0.0, 1.0):
            raise DomainError(
                MSG_YES_NO_VALUE, field=_first_changed(changed, "baseline_value", "kind")
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
                MSG_RANGE_ORDER, field=_first_changed(changed, "range_high", "range_low")
            )
        return state
    state.update(range_low=None, range_high=None)
    baseline, target = state["baseline_value"], state["target_value"]
    if baseline is not None and target is not None:
        where = _first_changed(changed, "target_value", "baseline_value", "direction")
        if target == baseline:
            raise DomainError(MSG_TARGET_EQUALS_BASELINE, field=where)
        if state["direction"] == "higher" and target < baseline:
            raise DomainError(MSG_TARGET_NOT_HIGHER, field=where)
        if state["direction"] == "lower" and target > baseline:
            raise DomainError(MSG_TARGET_NOT_LOWER, field=where)
    return state


def _clean_measurement(values: dict[str, object]) -> dict[str, object]:
    clean: dict[str, object] = {}
    if "measured_on" in values:
        day = clean_date(values["measured_on"], field="measured_on", required=MSG_MEASURED_ON)
        if day > date.today():
            raise DomainError(MSG_MEASURED_FUTURE, field="measured_on")
        clean["measured_on"] = day
    if "value" in values:
        value = values["value"]
        if isinstance(value, bool):  # a ticked / unticked box for yes/no indicators
            value = float(value)
        clean["value"] = clean_number(value, field="value", required=MSG_VALUE)
    if "comment" in values:
        clean["comment"] = clean_text(values["comment"], field="comment", limit=TEXT_LEN)
    if "confidence" in values:
        clean["confidence"] = _clean_whole(
            values["confidence"], 0, MAX_CONFIDENCE, field="confidence", message=MSG_CONFIDENCE
        )
    return clean


def _clean_communication(values: dict[str, object]) -> dict[str, object]:
    clean: dict[str, object] = {}
    if "audience" in values:
        clean["audience"] = clean_text(
            values["audience"], field="audience", limit=NAME_LEN, required=MSG_AUDIENCE
        )
    if "channel" in values:
        clean["channel"] = clean_text(values["channel"], field="channel", limit=NAME_LEN)
    for key in ("key_message", "feedback"):
        if key in values:
            clean[key] = clean_text(values[key], field=key, limit=TEXT_LEN)
    for key, choices in (
        ("purpose", COMMUNICATION_PURPOSES),
        ("frequency", FREQUENCIES),
        ("status", COMMUNICATION_STATUSES),
    ):
        if key in values:
            clean[key] = clean_choice(values[key], choices, field=key)
    if "due_on" in values:
        clean["due_on"] = clean_date(values["due_on"], field="due_on")
    for key in ("responsible_id", "version_id", "project_id"):
        if key in values:
            clean[key] = values[key]
    return clean


# ---- rows from ORM objects ------------------------------------------------------------------
def _identity(row: Identity | None) -> IdentityData:
    if row is None:
        return IdentityData()
    return IdentityData(**{key: getattr(row, key) for key in _IDENTITY_FIELDS})


def _indicator_row(ind: Indicator, owner_name: str | None, readings: list) -> IndicatorRow:
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
    )


def _measurement_row(m: Measurement) -> MeasurementRow:
    return MeasurementRow(m.id, m.indicator_id, m.measured_on, m.value, m.comment, m.confidence)


class StrategyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- identity -------------------------------------------------------------------------
    def get_identity(self) -> IdentityData:
        with unit_of_work(self.db) as session:
            return _identity(session.get(Identity, IDENTITY_ROW_ID))

    def save_identity(self, **values: object) -> IdentityData:
        """Save the given fields only (vision, leitbild, core_values and their *_digital_note)."""
        check_fields(values, _IDENTITY_FIELDS)
        clean = {key: clean_text(value, field=key, limit=TEXT_LEN) for key, value in values.items()}
        with unit_of_work(self.db) as session:
            row = session.get(Identity, IDENTITY_ROW_ID)
            if row is None:
                row = Identity(id=IDENTITY_ROW_ID)
                session.add(row)
            for key, value in clean.items():
                setattr(row, key, value)
            session.flush()
            return _identity(row)

    # ---- Oberziele ------------------------------------------------------------------------
    def list_oberziele(self) -> list[OberzielRow]:
        with unit_of_work(self.db) as session:
            return self._oberziele(session)

    @staticmethod
    def _oberziele(session: Session) -> list[OberzielRow]:
        counts = (
            select(StrategicGoal.oberziel_id, func.count(StrategicGoal.id).label("n"))
            .join(StrategyVersion, StrategyVersion.id == StrategicGoal.strategy_version_id)
            .where(StrategicGoal.deleted_at.is_(None), StrategyVersion.deleted_at.is_(None))
            .group_by(StrategicGoal.oberziel_id)
            .subquery()
        )
        rows = session.execute(
            select(Oberziel, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.oberziel_id == Oberziel.id)
            .where(Oberziel.deleted_at.is_(None))
            .order_by(Oberziel.position, Oberziel.id)
        ).all()
        return [
            OberzielRow(o.id, o.position, o.title, o.description, o.digital_note, n)
            for o, n in rows
        ]

    def create_oberziel(
        self, title: str, description: str = "", digital_note: str = ""
    ) -> OberzielRow:
        """Append an Oberziel at the end of the list."""
        clean = _clean_oberziel(
            {"title": title, "description": description, "digital_note": digital_note}
        )
        with unit_of_work(self.db) as session:
            position = session.scalar(
                select(func.coalesce(func.max(Oberziel.position), 0)).where(
                    Oberziel.deleted_at.is_(None)
                )
            )
            row = Oberziel(position=position + 1, **clean)
            session.add(row)
            session.flush()
            return OberzielRow(row.id, row.position, row.title, row.description, row.digital_note)

    def update_oberziel(self, oberziel_id: int, **values: object) -> OberzielRow:
        check_fields(values, _OBERZIEL_FIELDS)
        clean = _clean_oberziel(values)
        with unit_of_work(self.db) as session:
            row = get_or_raise(session, Oberziel, oberziel_id)
            for key, value in clean.items():
                setattr(row, key, value)
            session.flush()
            return next(o for o in self._oberziele(session) if o.id == oberziel_id)

    def delete_oberziel(self, oberziel_id: int) -> str:
        """Move to the trash; goals that served it show no Oberziel until it is restored."""
        with unit_of_work(self.db) as session:
            row = get_or_raise(session, Oberziel, oberziel_id)
            batch = move_to_trash(session, [row], row.title)
            self._renumber_oberziele(session)
            return batch

    def move_oberziel(self, oberziel_id: int, delta: int) -> list[OberzielRow]:
        """Move up (delta < 0) or down (delta > 0) by that many places; positions stay 1..n."""
        with unit_of_work(self.db) as session:
            get_or_raise(session, Oberziel, oberziel_id)
            rows = list(
                session.scalars(
                    select(Oberziel)
                    .where(Oberziel.deleted_at.is_(None))
                    .order_by(Oberziel.position, Oberziel.id)
                )
            )
            _move(rows, oberziel_id, delta)
            session.flush()
            return self._oberziele(session)

    @staticmethod
    def _renumber_oberziele(session: Session, first: set[int] = frozenset()) -> None:
        session.flush()
        _renumber(
            list(session.scalars(select(Oberziel).where(Oberziel.deleted_at.is_(None)))), first
        )

    # ---- versions -------------------------------------------------------------------------
    def list_versions(self, today: date | None = None) -> list[VersionRow]:
        """All versions, newest first."""
        with unit_of_work(self.db) as session:
            return self._versions(session, None, today or date.today())

    def get_version(self, version_id: int, today: date | None = None) -> VersionRow:
        with unit_of_work(self.db) as session:
            get_or_raise(session, StrategyVersion, version_id)
            return self._versions(session, [version_id], today or date.today())[0]

    @staticmethod
    def _versions(session: Session, ids: list[int] | None, today: date) -> list[VersionRow]:
        counts = (
            select(StrategicGoal.strategy_version_id, func.count(StrategicGoal.id).label("n"))
            .where(StrategicGoal.deleted_at.is_(None))
            .group_by(StrategicGoal.strategy_version_id)
            .subquery()
        )
        source = select(StrategyVersion.id, StrategyVersion.title).subquery()
        query = (
            select(StrategyVersion, func.coalesce(counts.c.n, 0), source.c.title)
            .outerjoin(counts, counts.c.strategy_version_id == StrategyVersion.id)
            .outerjoin(source, source.c.id == StrategyVersion.based_on_id)
            .where(StrategyVersion.deleted_at.is_(None))
            .order_by(StrategyVersion.id.desc())
        )
        if ids is not None:
            query = query.where(StrategyVersion.id.in_(ids))
        return [
            VersionRow(
                id=v.id,
                title=v.title,
                period_start=v.period_start,
                period_end=v.period_end,
                status=v.status,
                adopted_on=v.adopted_on,
                adopted_by=v.adopted_by,
                resolution_ref=v.resolution_ref,
                summary=v.summary,
                principles=v.principles,
                next_review_on=v.next_review_on,
                based_on_id=v.based_on_id,
                based_on_title=based_on or "",
                goal_count=n,
                review_due=(
                    v.status != "archived"
                    and v.next_review_on is not None
                    and v.next_review_on < today
                ),
            )
            for v, n, based_on in session.execute(query)
        ]

    def create_first(
        self,
        title: str,
        period_start: date | None = None,
        period_end: date | None = None,
    ) -> VersionRow:
        """The very first strategy version (later ones start with new_version_from)."""
        clean = _clean_version(
            {"title": title, "period_start": period_start, "period_end": period_end}
        )
        _check_period(clean["period_start"], clean["period_end"], set(clean))
        with unit_of_work(self.db) as session:
            exists = session.scalar(
                select(func.count(StrategyVersion.id)).where(StrategyVersion.deleted_at.is_(None))
            )
            if exists:
                raise DomainError(MSG_VERSION_EXISTS, field="title")
            version = StrategyVersion(status="draft", **clean)
            session.add(version)
            session.flush()
            ident = version.id
        return self.get_version(ident)

    def new_version_from(self, version_id: int, title: str) -> VersionRow:
        """A new draft that starts as a copy of the given version (any status).

        Copied: period, summary, principles; goals with their indicators (without
        measurements: the new version measures afresh) and their links to measures; the
        digital team; the communication items of the strategy. All or nothing.
        """
        title = clean_text(title, field="title", limit=NAME_LEN, required=MSG_VERSION_TITLE)
        with unit_of_work(self.db) as session:
            source = get_or_raise(session, StrategyVersion, version_id)
            copy = StrategyVersion(
                title=title,
                status="draft",
                period_start=source.period_start,
                period_end=source.period_end,
                summary=source.summary,
                principles=source.principles,
                based_on_id=source.id,
            )
            session.add(copy)
            goals = session.scalars(
                select(StrategicGoal)
                .where(
                    StrategicGoal.strategy_version_id == source.id,
                    StrategicGoal.deleted_at.is_(None),
                )
                .order_by(StrategicGoal.position, StrategicGoal.id)
            ).all()
            goal_ids = [g.id for g in goals]
            indicators: dict[int, list[Indicator]] = defaultdict(list)
            for ind in session.scalars(
                select(Indicator)
                .where(Indicator.goal_id.in_(goal_ids), Indicator.deleted_at.is_(None))
                .order_by(Indicator.id)
            ):
                indicators[ind.goal_id].append(ind)
            links: dict[int, list[GoalProjectLink]] = defaultdict(list)
            for link in session.scalars(
                select(GoalProjectLink)
                .join(Project, Project.id == GoalProjectLink.project_id)
                .where(GoalProjectLink.goal_id.in_(goal_ids), Project.deleted_at.is_(None))
                .order_by(GoalProjectLink.id)
            ):
                links[link.goal_id].append(link)
            for position, goal in enumerate(goals, start=1):
                new_goal = _copy_goal(goal, position)
                new_goal.indicators = [_copy_indicator(i) for i in indicators[goal.id]]
                new_goal.project_links = [
                    GoalProjectLink(project_id=link.project_id, contribution=link.contribution)
                    for link in links[goal.id]
                ]
                copy.goals.append(new_goal)
            for member in session.scalars(
                select(TeamMember)
                .where(TeamMember.strategy_version_id == source.id)
                .order_by(TeamMember.id)
            ):
                copy.team_members.append(TeamMember(person_id=member.person_id, role=member.role))
            for item in session.scalars(
                select(CommunicationItem)
                .where(
                    CommunicationItem.strategy_version_id == source.id,
                    CommunicationItem.deleted_at.is_(None),
                )
                .order_by(CommunicationItem.id)
            ):
                copy.communication_items.append(
                    CommunicationItem(**{key: getattr(item, key) for key in _COMMUNICATION_COPY})
                )
            session.flush()
            ident = copy.id
        return self.get_version(ident)

    def update_version(self, version_id: int, **values: object) -> VersionRow:
        """Change title, period_start, period_end, summary or principles of a draft."""
        check_fields(values, _VERSION_FIELDS)
        clean = _clean_version(values)
        with unit_of_work(self.db) as session:
            version = get_or_raise(session, StrategyVersion, version_id)
            _ensure_draft(version)
            _check_period(
                clean.get("period_start", version.period_start),
                clean.get("period_end", version.period_end),
                set(clean),
            )
            for key, value in clean.items():
                setattr(version, key, value)
        return self.get_version(version_id)

    def adopt(
        self,
        version_id: int,
        adopted_on: date | None,
        adopted_by: str,
        resolution_ref: str = "",
    ) -> VersionRow:
        """Record the resolution that adopts a draft; its content is read-only afterwards."""
        day = clean_date(adopted_on, field="adopted_on", required=MSG_ADOPTED_ON)
        if day > date.today():
            raise DomainError(MSG_ADOPTED_FUTURE, field="adopted_on")
        body = clean_text(adopted_by, field="adopted_by", limit=NAME_LEN, required=MSG_ADOPTED_BY)
        ref = clean_text(resolution_ref, field="resolution_ref", limit=NAME_LEN)
        with unit_of_work(self.db) as session:
            version = get_or_raise(session, StrategyVersion, version_id)
            _ensure_draft(version)
            if version.next_review_on is not None and version.next_review_on < day:
                raise DomainError(MSG_REVIEW_BEFORE_ADOPTION, field="adopted_on")
            version.status = "adopted"
            version.adopted_on, version.adopted_by, version.resolution_ref = day, body, ref
        return self.get_version(version_id)

    def archive(self, version_id: int) -> VersionRow:
        """Put a draft or adopted version aside for good; it stays readable and comparable."""
        with unit_of_work(self.db) as session:
            version = get_or_raise(session, StrategyVersion, version_id)
            _ensure_not_archived(version)
            version.status = "archived"
        return self.get_version(version_id)

    def set_next_review(self, version_id: int, next_review_on: date | None) -> VersionRow:
        """The date of the next review (PDCA); allowed on drafts and adopted versions."""
        day = clean_date(next_review_on, field="next_review_on")
        with unit_of_work(self.db) as session:
            version = get_or_raise(session, StrategyVersion, version_id)
            _ensure_not_archived(version)
            if day is not None and version.adopted_on is not None and day < version.adopted_on:
                raise DomainError(MSG_REVIEW_BEFORE_ADOPTION, field="next_review_on")
            version.next_review_on = day
        return self.get_version(version_id)

    def delete_version(self, version_id: int) -> str:
        """Move a draft with its goals, indicators and communication items to the trash.

        Adopted and archived versions record decisions and are never deleted.
        """
        with unit_of_work(self.db) as session:
            version = get_or_raise(session, StrategyVersion, version_id)
            _ensure_draft(version)
            goals = list(
                session.scalars(
                    select(StrategicGoal).where(
                        StrategicGoal.strategy_version_id == version_id,
                        StrategicGoal.deleted_at.is_(None),
                    )
                )
            )
            indicators = list(
                session.scalars(
                    select(Indicator).where(
                        Indicator.goal_id.in_([g.id for g in goals]),
                        Indicator.deleted_at.is_(None),
                    )
                )
            )
            items = list(
                session.scalars(
                    select(CommunicationItem).where(
                        CommunicationItem.strategy_version_id == version_id,
                        CommunicationItem.deleted_at.is_(None),
                    )
                )
            )
            return move_to_trash(session, [version, *goals, *indicators, *items], version.title)

    # ---- comparison -----------------------------------------------------------------------
    def compare(self, a_id: int, b_id: int) -> VersionComparison:
        """What changed from version a to version b. Goals are matched by title (ignoring
        case and surrounding spaces); of goals with the same title, in list order."""
        with unit_of_work(self.db) as session:
            va = get_or_raise(session, StrategyVersion, a_id)
            vb = get_or_raise(session, StrategyVersion, b_id)
            rows = {r.id: r for r in self._versions(session, [a_id, b_id], date.today())}
            owner = Person.__table__.alias("owner")
            goals = session.execute(
                select(StrategicGoal, Oberziel.title, owner.c.name)
                .outerjoin(
                    Oberziel,
                    and_(Oberziel.id == StrategicGoal.oberziel_id, Oberziel.deleted_at.is_(None)),
                )
                .outerjoin(owner, owner.c.id == StrategicGoal.owner_id)
                .where(
                    StrategicGoal.strategy_version_id.in_([a_id, b_id]),
                    StrategicGoal.deleted_at.is_(None),
                )
                .order_by(StrategicGoal.position, StrategicGoal.id)
            ).all()
            signatures: dict[int, Counter] = defaultdict(Counter)
            names: dict[int, list[str]] = defaultdict(list)
            for ind in session.scalars(
                select(Indicator)
                .join(StrategicGoal, StrategicGoal.id == Indicator.goal_id)
                .where(
                    StrategicGoal.strategy_version_id.in_([a_id, b_id]),
                    StrategicGoal.deleted_at.is_(None),
                    Indicator.deleted_at.is_(None),
                )
                .order_by(Indicator.id)
            ):
                names[ind.goal_id].append(ind.name)
                signatures[ind.goal_id][
                    (ind.name.strip().casefold(), *(getattr(ind, k) for k in _INDICATOR_COPY))
                ] += 1
            version_fields = tuple(
                key for key in _COMPARED_VERSION_FIELDS if getattr(va, key) != getattr(vb, key)
            )

        def snapshot(goal: StrategicGoal, oberziel: str | None, owner_name: str | None):
            return GoalSnapshot(
                id=goal.id,
                title=goal.title,
                description=goal.description,
                oberziel_id=goal.oberziel_id if oberziel is not None else None,
                oberziel_title=oberziel or "",
                owner_id=goal.owner_id,
                owner_name=owner_name or "",
                due_on=goal.due_on,
                impact_level=goal.impact_level,
                status=goal.status,
                indicator_names=tuple(names[goal.id]),
            )

        side: dict[int, dict[str, list[GoalSnapshot]]] = defaultdict(dict)
        order_b: list[str] = []
        for goal, oberziel, owner_name in goals:
            key = goal.title.strip().casefold()
            side[goal.strategy_version_id].setdefault(key, []).append(
                snapshot(goal, oberziel, owner_name)
            )
            if goal.strategy_version_id == b_id and key not in order_b:
                order_b.append(key)
        in_a, in_b = side[a_id], side[b_id]
        added, removed, changed, unchanged = [], [], [], []
        for key in order_b:
            olds = in_a.get(key, [])
            for index, new in enumerate(in_b[key]):
                if index >= len(olds):
                    added.append(new)
                    continue
                old = olds[index]
                diff = _goal_differences(old, new, signatures[old.id], signatures[new.id])
                if diff:
                    changed.append(GoalChange(old, new, diff))
                else:
                    unchanged.append(new)
        for key, olds in in_a.items():
            removed.extend(olds[len(in_b.get(key, [])) :])
        return VersionComparison(
            a=rows[a_id],
            b=rows[b_id],
            added=tuple(added),
            removed=tuple(removed),
            changed=tuple(changed),
            unchanged=tuple(unchanged),
            version_fields=version_fields,
        )

    # ---- goals ----------------------------------------------------------------------------
    def list_goals(self, version_id: int) -> list[GoalRow]:
        """Goals of a version with indicators and computed progress (constant statements)."""
        with unit_of_work(self.db) as session:
            get_or_raise(session, StrategyVersion, version_id)
            return self._goals(session, version_id)

    def get_goal(self, goal_id: int) -> GoalRow:
        with unit_of_work(self.db) as session:
            goal = self._goal(session, goal_id)
            return self._goals(session, goal.strategy_version_id, goal_id)[0]

    def _goals(self, session: Session, version_id: int, goal_id: int | None = None):
        goal_filter = [
            StrategicGoal.strategy_version_id == version_id,
            StrategicGoal.deleted_at.is_(None),
        ]
        if goal_id is not None:
            goal_filter.append(StrategicGoal.id == goal_id)
        goals = session.execute(
            select(StrategicGoal, Oberziel.title, Person.name)
            .outerjoin(
                Oberziel,
                and_(Oberziel.id == StrategicGoal.oberziel_id, Oberziel.deleted_at.is_(None)),
            )
            .outerjoin(Person, Person.id == StrategicGoal.owner_id)
            .where(*goal_filter)
            .order_by(StrategicGoal.position, StrategicGoal.id)
        ).all()
        indicator_filter = [*goal_filter, Indicator.deleted_at.is_(None)]
        indicators = session.execute(
            select(Indicator, Person.name)
            .join(StrategicGoal, StrategicGoal.id == Indicator.goal_id)
            .outerjoin(Person, Person.id == Indicator.owner_id)
            .where(*indicator_filter)
            .order_by(Indicator.id)
        ).all()
        readings: dict[int, list] = defaultdict(list)
        for row in session.execute(
            select(
                Measurement.id, Measurement.indicator_id, Measurement.measured_on, Measurement.value
            )
            .join(Indicator, Indicator.id == Measurement.indicator_id)
            .join(StrategicGoal, StrategicGoal.id == Indicator.goal_id)
            .where(*indicator_filter, Measurement.deleted_at.is_(None))
        ):
            readings[row.indicator_id].append(row)
        projects = dict(
            session.execute(
                select(GoalProjectLink.goal_id, func.count(GoalProjectLink.id))
                .join(StrategicGoal, StrategicGoal.id == GoalProjectLink.goal_id)
                .join(Project, Project.id == GoalProjectLink.project_id)
                .where(*goal_filter, Project.deleted_at.is_(None))
                .group_by(GoalProjectLink.goal_id)
            ).all()
        )
        by_goal: dict[int, list[IndicatorRow]] = defaultdict(list)
        for ind, owner_name in indicators:
            by_goal[ind.goal_id].append(_indicator_row(ind, owner_name, readings[ind.id]))
        return [
            GoalRow(
                id=g.id,
                version_id=g.strategy_version_id,
                position=g.position,
                title=g.title,
                description=g.description,
                oberziel_id=g.oberziel_id if oberziel is not None else None,
                oberziel_title=oberziel or "",
                owner_id=g.owner_id,
                owner_name=owner_name or "",
                due_on=g.due_on,
                impact_level=g.impact_level,
                status=g.status,
                progress=progress.goal_progress(i.progress for i in by_goal[g.id]),
                indicators=tuple(by_goal[g.id]),
                project_count=projects.get(g.id, 0),
            )
            for g, oberziel, owner_name in goals
        ]

    @staticmethod
    def _goal(session: Session, goal_id: int) -> StrategicGoal:
        goal = get_or_raise(session, StrategicGoal, goal_id)
        if goal.strategy_version.deleted_at is not None:
            raise DomainError(MSG_NOT_FOUND)
        return goal

    def create_goal(
        self,
        version_id: int,
        title: str,
        description: str = "",
        oberziel_id: int | None = None,
        owner_id: int | None = None,
        due_on: date | None = None,
        impact_level: int | None = None,
        status: str = "open",
    ) -> GoalRow:
        clean = _clean_goal(
            {
                "title": title,
                "description": description,
                "oberziel_id": oberziel_id,
                "owner_id": owner_id,
                "due_on": due_on,
                "impact_level": impact_level,
                "status": status,
            }
        )
        with unit_of_work(self.db) as session:
            version = get_or_raise(session, StrategyVersion, version_id)
            _ensure_draft(version)
            live_ref(session, Oberziel, oberziel_id, "oberziel_id")
            live_ref(session, Person, owner_id, "owner_id")
            position = session.scalar(
                select(func.coalesce(func.max(StrategicGoal.position), 0)).where(
                    StrategicGoal.strategy_version_id == version_id,
                    StrategicGoal.deleted_at.is_(None),
                )
            )
            goal = StrategicGoal(strategy_version_id=version_id, position=position + 1, **clean)
            session.add(goal)
            session.flush()
            ident = goal.id
        return self.get_goal(ident)

    def update_goal(self, goal_id: int, **values: object) -> GoalRow:
        """Change any of title, description, oberziel_id, owner_id, due_on, impact_level,
        status of a goal in a draft version."""
        check_fields(values, GOAL_FIELDS)
        clean = _clean_goal(values)
        with unit_of_work(self.db) as session:
            goal = self._goal(session, goal_id)
            _ensure_draft(goal.strategy_version)
            if "oberziel_id" in clean:
                live_ref(session, Oberziel, clean["oberziel_id"], "oberziel_id")
            if "owner_id" in clean:
                live_ref(session, Person, clean["owner_id"], "owner_id")
            for key, value in clean.items():
                setattr(goal, key, value)
        return self.get_goal(goal_id)

    def delete_goal(self, goal_id: int) -> str:
        """Move a goal (with its indicators) of a draft to the trash; returns the batch id."""
        with unit_of_work(self.db) as session:
            goal = self._goal(session, goal_id)
            _ensure_draft(goal.strategy_version)
            indicators = list(
                session.scalars(
                    select(Indicator).where(
                        Indicator.goal_id == goal_id, Indicator.deleted_at.is_(None)
                    )
                )
            )
            batch = move_to_trash(session, [goal, *indicators], goal.title)
            self._renumber_goals(session, goal.strategy_version_id)
            return batch

    def move_goal(self, goal_id: int, delta: int) -> list[GoalRow]:
        """Move up (delta < 0) or down (delta > 0) in the version's list; positions 1..n."""
        with unit_of_work(self.db) as session:
            goal = self._goal(session, goal_id)
            _ensure_draft(goal.strategy_version)
            version_id = goal.strategy_version_id
            rows = list(
                session.scalars(
                    select(StrategicGoal)
                    .where(
                        StrategicGoal.strategy_version_id == version_id,
                        StrategicGoal.deleted_at.is_(None),
                    )
                    .order_by(StrategicGoal.position, StrategicGoal.id)
                )
            )
            _move(rows, goal_id, delta)
        return self.list_goals(version_id)

    @staticmethod
    def _renumber_goals(session: Session, version_id: int, first: set[int] = frozenset()):
        session.flush()
        _renumber(
            list(
                session.scalars(
                    select(StrategicGoal).where(
                        StrategicGoal.strategy_version_id == version_id,
                        StrategicGoal.deleted_at.is_(None),
                    )
                )
            ),
            first,
        )

    # ---- indicators -----------------------------------------------------------------------
    def create_indicator(
        self,
        goal_id: int,
        name: str,
        unit: str = "",
        kind: str = "number",
        direction: str = "higher",
        baseline_value: float | None = None,
        baseline_on: date | None = None,
        target_value: float | None = None,
        target_on: date | None = None,
        range_low: float | None = None,
        range_high: float | None = None,
        frequency: str = "quarterly",
        data_source: str = "",
        owner_id: int | None = None,
    ) -> IndicatorRow:
        values = {
            "name": name,
            "unit": unit,
            "kind": kind,
            "direction": direction,
            "baseline_value": baseline_value,
            "baseline_on": baseline_on,
            "target_value": target_value,
            "target_on": target_on,
            "range_low": range_low,
            "range_high": range_high,
            "frequency": frequency,
            "data_source": data_source,
            "owner_id": owner_id,
        }
        state = _settle_indicator(_clean_indicator(values), set(values))
        with unit_of_work(self.db) as session:
            goal = self._goal(session, goal_id)
            _ensure_draft(goal.strategy_version)
            live_ref(session, Person, owner_id, "owner_id")
            ind = Indicator(goal_id=goal_id, **state)
            session.add(ind)
            session.flush()
            return self._indicator_view(session, ind)

    def update_indicator(self, indicator_id: int, **values: object) -> IndicatorRow:
        """Change fields of an indicator of a goal in a draft; the rules between fields
        (dates in order, target vs. starting value, range) are checked on the result."""
        check_fields(values, INDICATOR_FIELDS)
        clean = _clean_indicator(values)
        with unit_of_work(self.db) as session:
            ind = self._goal_indicator(session, indicator_id)
            _ensure_draft(ind.goal.strategy_version)
            apply_indicator_changes(session, ind, clean)
            return self._indicator_view(session, ind)

    def delete_indicator(self, indicator_id: int) -> str:
        with unit_of_work(self.db) as session:
            ind = self._goal_indicator(session, indicator_id)
            _ensure_draft(ind.goal.strategy_version)
            return move_to_trash(session, [ind], ind.name)

    def get_indicator(self, indicator_id: int) -> IndicatorRow:
        with unit_of_work(self.db) as session:
            return self._indicator_view(session, self._indicator(session, indicator_id))

    @staticmethod
    def _indicator(session: Session, indicator_id: int) -> Indicator:
        """Any indicator (of a goal or a project) that is not in the trash."""
        ind = get_or_raise(session, Indicator, indicator_id)
        if ind.goal is not None and (
            ind.goal.deleted_at is not None or ind.goal.strategy_version.deleted_at is not None
        ):
            raise DomainError(MSG_NOT_FOUND)
        if ind.project is not None and ind.project.deleted_at is not None:
            raise DomainError(MSG_NOT_FOUND)
        return ind

    def _goal_indicator(self, session: Session, indicator_id: int) -> Indicator:
        """An indicator of a strategic goal; project indicators belong to the project tracker."""
        ind = self._indicator(session, indicator_id)
        if ind.goal is None:
            raise DomainError(MSG_NOT_FOUND)
        return ind

    @staticmethod
    def _indicator_view(session: Session, ind: Indicator) -> IndicatorRow:
        readings = list(
            session.execute(
                select(Measurement.id, Measurement.measured_on, Measurement.value).where(
                    Measurement.indicator_id == ind.id, Measurement.deleted_at.is_(None)
                )
            )
        )
        return _indicator_row(ind, ind.owner.name if ind.owner else "", readings)

    # ---- measurements ---------------------------------------------------------------------
    # Measurements record what happens while a strategy is carried out, so they can be added
    # to indicators of adopted versions too (not of archived ones), and to project indicators.
    def list_measurements(self, indicator_id: int) -> list[MeasurementRow]:
        """Oldest first, as a chart draws them."""
        with unit_of_work(self.db) as session:
            self._indicator(session, indicator_id)
            return [
                _measurement_row(m)
                for m in session.scalars(
                    select(Measurement)
                    .where(
                        Measurement.indicator_id == indicator_id, Measurement.deleted_at.is_(None)
                    )
                    .order_by(Measurement.measured_on, Measurement.id)
                )
            ]

    def add_measurement(
        self,
        indicator_id: int,
        measured_on: date | None,
        value: float | None,
        comment: str = "",
        confidence: int | None = None,
    ) -> MeasurementRow:
        clean = _clean_measurement(
            {
                "measured_on": measured_on,
                "value": value,
                "comment": comment,
                "confidence": confidence,
            }
        )
        with unit_of_work(self.db) as session:
            ind = self._indicator(session, indicator_id)
            self._ensure_measurable(ind, clean)
            m = Measurement(indicator_id=indicator_id, **clean)
            session.add(m)
            session.flush()
            return _measurement_row(m)

    def update_measurement(self, measurement_id: int, **values: object) -> MeasurementRow:
        check_fields(values, MEASUREMENT_FIELDS)
        clean = _clean_measurement(values)
        with unit_of_work(self.db) as session:
            m = get_or_raise(session, Measurement, measurement_id)
            ind = self._indicator(session, m.indicator_id)
            self._ensure_measurable(ind, clean)
            for key, value in clean.items():
                setattr(m, key, value)
            session.flush()
            return _measurement_row(m)

    def delete_measurement(self, measurement_id: int) -> str:
        with unit_of_work(self.db) as session:
            m = get_or_raise(session, Measurement, measurement_id)
            ind = self._indicator(session, m.indicator_id)
            self._ensure_measurable(ind, {})
            return move_to_trash(session, [m], f"{ind.name} {m.measured_on.isoformat()}")

    @staticmethod
    def _ensure_measurable(ind: Indicator, clean: dict[str, object]) -> None:
        if ind.goal is not None:
            _ensure_not_archived(ind.goal.strategy_version)
        if ind.kind == "boolean" and clean.get("value", 0.0) not in (0.0, 1.0):
            raise DomainError(MSG_YES_NO_VALUE, field="value")

    # ---- alignment: goals × measures ------------------------------------------------------
    def link_project(self, goal_id: int, project_id: int, contribution: str = "") -> LinkRow:
        """Record that a measure (project) serves a goal, and how."""
        note = clean_text(contribution, field="contribution", limit=TEXT_LEN)
        with unit_of_work(self.db) as session:
            goal = self._goal(session, goal_id)
            _ensure_not_archived(goal.strategy_version)
            live_ref(session, Project, project_id, "project_id")
            exists = session.scalar(
                select(GoalProjectLink.id).where(
                    GoalProjectLink.goal_id == goal_id, GoalProjectLink.project_id == project_id
                )
            )
            if exists is not None:
                raise DomainError(MSG_ALREADY_LINKED, field="project_id")
            session.add(GoalProjectLink(goal_id=goal_id, project_id=project_id, contribution=note))
            return LinkRow(goal_id, project_id, note)

    def update_contribution(self, goal_id: int, project_id: int, contribution: str) -> LinkRow:
        note = clean_text(contribution, field="contribution", limit=TEXT_LEN)
        with unit_of_work(self.db) as session:
            link = self._link(session, goal_id, project_id)
            link.contribution = note
            return LinkRow(goal_id, project_id, note)

    def unlink_project(self, goal_id: int, project_id: int) -> LinkRow:
        """Remove the link; returns it so that undo can link again with the same note."""
        with unit_of_work(self.db) as session:
            link = self._link(session, goal_id, project_id)
            row = LinkRow(goal_id, project_id, link.contribution)
            session.delete(link)
            return row

    def _link(self, session: Session, goal_id: int, project_id: int) -> GoalProjectLink:
        goal = self._goal(session, goal_id)
        _ensure_not_archived(goal.strategy_version)
        link = session.scalar(
            select(GoalProjectLink).where(
                GoalProjectLink.goal_id == goal_id, GoalProjectLink.project_id == project_id
            )
        )
        if link is None:
            raise DomainError(MSG_NOT_LINKED, field="project_id")
        return link

    def alignment(self, version_id: int) -> AlignmentMatrix:
        """Goals of the version × all measures, with flags for the gaps on either side."""
        with unit_of_work(self.db) as session:
            get_or_raise(session, StrategyVersion, version_id)
            goals = session.execute(
                select(StrategicGoal.id, StrategicGoal.title)
                .where(
                    StrategicGoal.strategy_version_id == version_id,
                    StrategicGoal.deleted_at.is_(None),
                )
                .order_by(StrategicGoal.position, StrategicGoal.id)
            ).all()
            projects = session.execute(
                select(Project.id, Project.title, Project.status)
                .where(Project.deleted_at.is_(None))
                .order_by(Project.title, Project.id)
            ).all()
            links = session.execute(
                select(
                    GoalProjectLink.goal_id,
                    GoalProjectLink.project_id,
                    GoalProjectLink.contribution,
                )
                .join(StrategicGoal, StrategicGoal.id == GoalProjectLink.goal_id)
                .join(Project, Project.id == GoalProjectLink.project_id)
                .where(
                    StrategicGoal.strategy_version_id == version_id,
                    StrategicGoal.deleted_at.is_(None),
                    Project.deleted_at.is_(None),
                )
            ).all()
        matrix = {(g, p): note for g, p, note in links}
        linked_goals = {g for g, _ in matrix}
        linked_projects = {p for _, p in matrix}
        return AlignmentMatrix(
            goals=tuple(GoalRef(i, t) for i, t in goals),
            projects=tuple(ProjectRef(i, t, s) for i, t, s in projects),
            links=matrix,
            goals_without_measure=tuple(i for i, _ in goals if i not in linked_goals),
            projects_without_goal=tuple(
                i for i, _, s in projects if i not in linked_projects and s != "cancelled"
            ),
        )

    # ---- digital team ---------------------------------------------------------------------
    def list_team(self, version_id: int) -> list[TeamMemberRow]:
        with unit_of_work(self.db) as session:
            get_or_raise(session, StrategyVersion, version_id)
            return self._team(session, version_id)

    @staticmethod
    def _team(session: Session, version_id: int, member_id: int | None = None):
        query = (
            select(TeamMember, Person, Area.name, HierarchyLevel.name)
            .join(Person, Person.id == TeamMember.person_id)
            .outerjoin(Area, Area.id == Person.area_id)
            .outerjoin(HierarchyLevel, HierarchyLevel.id == Person.level_id)
            .where(TeamMember.strategy_version_id == version_id)
            .order_by(TeamMember.role, Person.name, TeamMember.id)
        )
        if member_id is not None:
            query = query.where(TeamMember.id == member_id)
        return [
            TeamMemberRow(
                id=m.id,
                version_id=m.strategy_version_id,
                person_id=p.id,
                person_name=p.name,
                role=m.role,
                area_id=p.area_id,
                area_name=area or "",
                level_id=p.level_id,
                level_name=level or "",
            )
            for m, p, area, level in session.execute(query)
        ]

    def add_team_member(
        self, version_id: int, person_id: int, role: str = "member"
    ) -> TeamMemberRow:
        role = clean_choice(role, TEAM_ROLES, field="role")
        with unit_of_work(self.db) as session:
            version = get_or_raise(session, StrategyVersion, version_id)
            _ensure_not_archived(version)
            person = live_ref(session, Person, person_id, "person_id")
            exists = session.scalar(
                select(TeamMember.id).where(
                    TeamMember.strategy_version_id == version_id,
                    TeamMember.person_id == person_id,
                )
            )
            if exists is not None:
                raise DomainError(MSG_ALREADY_IN_TEAM, field="person_id", name=person.name)
            member = TeamMember(strategy_version_id=version_id, person_id=person_id, role=role)
            session.add(member)
            session.flush()
            return self._team(session, version_id, member.id)[0]

    def set_team_role(self, member_id: int, role: str) -> TeamMemberRow:
        role = clean_choice(role, TEAM_ROLES, field="role")
        with unit_of_work(self.db) as session:
            member = get_or_raise(session, TeamMember, member_id)
            _ensure_not_archived(member.strategy_version)
            member.role = role
            session.flush()
            return self._team(session, member.strategy_version_id, member_id)[0]

    def remove_team_member(self, member_id: int) -> TeamMemberRow:
        """Remove from the team (the person stays); returns the row so undo can add it back."""
        with unit_of_work(self.db) as session:
            member = get_or_raise(session, TeamMember, member_id)
            _ensure_not_archived(member.strategy_version)
            row = self._team(session, member.strategy_version_id, member_id)[0]
            session.delete(member)
            return row

    def coverage(self, version_id: int) -> Coverage:
        """Which areas and levels (volunteers included) the digital team covers, and gaps."""
        with unit_of_work(self.db) as session:
            get_or_raise(session, StrategyVersion, version_id)
            areas = session.execute(
                select(Area.id, Area.name).order_by(Area.position, Area.name)
            ).all()
            levels = session.execute(
                select(
                    HierarchyLevel.id, HierarchyLevel.name, HierarchyLevel.is_volunteer
                ).order_by(HierarchyLevel.rank, HierarchyLevel.name)
            ).all()
            members = session.execute(
                select(Person.area_id, Person.level_id, TeamMember.role)
                .join(Person, Person.id == TeamMember.person_id)
                .where(TeamMember.strategy_version_id == version_id)
            ).all()
        counts: Counter = Counter((a, lv) for a, lv, _ in members)
        area_totals: Counter = Counter(a for a, _, _ in members)
        level_totals: Counter = Counter(lv for _, lv, _ in members)
        gaps: list[tuple[str, str]] = []
        if not members:
            gaps.append((GAP_TEAM_EMPTY, ""))
        else:
            if not any(role == "lead" for _, _, role in members):
                gaps.append((GAP_LEAD_MISSING, ""))
            gaps.extend((GAP_AREA_MISSING, n) for i, n in areas if not area_totals[i])
            gaps.extend((GAP_LEVEL_MISSING, n) for i, n, _ in levels if not level_totals[i])
        return Coverage(
            areas=tuple(AreaRef(i, n) for i, n in areas),
            levels=tuple(LevelRef(i, n, bool(v)) for i, n, v in levels),
            counts=dict(counts),
            area_totals=dict(area_totals),
            level_totals=dict(level_totals),
            member_count=len(members),
            gaps=tuple(gaps),
        )

    # ---- communication plan ---------------------------------------------------------------
    def list_communication(
        self,
        version_id: int | None = None,
        project_id: int | None = None,
        today: date | None = None,
    ) -> list[CommunicationRow]:
        """Items of a version, of a project, or (neither given) all items; by next date."""
        with unit_of_work(self.db) as session:
            query = self._communication_query()
            if version_id is not None:
                get_or_raise(session, StrategyVersion, version_id)
                query = query.where(CommunicationItem.strategy_version_id == version_id)
            if project_id is not None:
                get_or_raise(session, Project, project_id)
                query = query.where(CommunicationItem.project_id == project_id)
            return _sorted_items(self._communication_rows(session, query, today))

    def due_communication(
        self, within_days: int = DEFAULT_DUE_DAYS, today: date | None = None
    ) -> list[CommunicationRow]:
        """Planned items next due from today to `within_days` days ahead (overdue excluded)."""
        days = whole_number(within_days)
        if days is None or days < 0:
            raise DomainError(MSG_NOT_NEGATIVE, field="within_days")
        today = today or date.today()
        end = today + timedelta(days=min(days, MAX_DUE_DAYS))
        with unit_of_work(self.db) as session:
            rows = self._communication_rows(session, self._communication_query(), today)
        return _sorted_items(
            r
            for r in rows
            if r.status == "planned" and r.next_due is not None and today <= r.next_due <= end
        )

    def overdue_communication(self, today: date | None = None) -> list[CommunicationRow]:
        """Planned one-off items whose date has passed (a recurring item is never overdue:
        its next occurrence lies ahead)."""
        with unit_of_work(self.db) as session:
            rows = self._communication_rows(session, self._communication_query(), today)
        return _sorted_items(r for r in rows if r.overdue)

    @staticmethod
    def _communication_query():
        return (
            select(CommunicationItem, Project.title, Person.name)
            .outerjoin(Project, Project.id == CommunicationItem.project_id)
            .outerjoin(Person, Person.id == CommunicationItem.responsible_id)
            .outerjoin(StrategyVersion, StrategyVersion.id == CommunicationItem.strategy_version_id)
            .where(
                CommunicationItem.deleted_at.is_(None),
                # Items of a version or project in the trash are hidden with it.
                StrategyVersion.deleted_at.is_(None),
                Project.deleted_at.is_(None),
            )
        )

    @staticmethod
    def _communication_rows(session: Session, query, today: date | None):
        today = today or date.today()
        rows = []
        for item, project_title, responsible in session.execute(query):
            next_due = next_occurrence(item.due_on, item.frequency, today)
            rows.append(
                CommunicationRow(
                    id=item.id,
                    version_id=item.strategy_version_id,
                    project_id=item.project_id,
                    project_title=project_title or "",
                    audience=item.audience,
                    purpose=item.purpose,
                    key_message=item.key_message,
                    channel=item.channel,
                    due_on=item.due_on,
                    frequency=item.frequency,
                    responsible_id=item.responsible_id,
                    responsible_name=responsible or "",
                    status=item.status,
                    feedback=item.feedback,
                    next_due=next_due,
                    overdue=item.status == "planned" and next_due is not None and next_due < today,
                )
            )
        return rows

    def get_communication(self, item_id: int, today: date | None = None) -> CommunicationRow:
        with unit_of_work(self.db) as session:
            self._communication_item(session, item_id)
            query = self._communication_query().where(CommunicationItem.id == item_id)
            return self._communication_rows(session, query, today)[0]

    def create_communication(
        self,
        audience: str,
        purpose: str = "inform",
        key_message: str = "",
        channel: str = "",
        due_on: date | None = None,
        frequency: str = "once",
        responsible_id: int | None = None,
        status: str = "planned",
        feedback: str = "",
        version_id: int | None = None,
        project_id: int | None = None,
    ) -> CommunicationRow:
        """A line of the communication plan, for a strategy version or a measure (project)."""
        clean = _clean_communication(
            {
                "audience": audience,
                "purpose": purpose,
                "key_message": key_message,
                "channel": channel,
                "due_on": due_on,
                "frequency": frequency,
                "responsible_id": responsible_id,
                "status": status,
                "feedback": feedback,
                "version_id": version_id,
                "project_id": project_id,
            }
        )
        if version_id is not None and project_id is not None:
            raise DomainError(MSG_ONE_OWNER, field="project_id")
        with unit_of_work(self.db) as session:
            self._check_communication_refs(session, clean)
            clean["strategy_version_id"] = clean.pop("version_id")
            item = CommunicationItem(**clean)
            session.add(item)
            session.flush()
            ident = item.id
        return self.get_communication(ident)

    def update_communication(self, item_id: int, **values: object) -> CommunicationRow:
        check_fields(values, _COMMUNICATION_FIELDS)
        clean = _clean_communication(values)
        with unit_of_work(self.db) as session:
            item = self._communication_item(session, item_id)
            _ensure_not_archived(item.strategy_version)
            self._check_communication_refs(session, clean)
            version_id = clean.get("version_id", item.strategy_version_id)
            project_id = clean.get("project_id", item.project_id)
            if version_id is not None and project_id is not None:
                field_name = _first_changed(set(clean), "project_id", "version_id")
                raise DomainError(MSG_ONE_OWNER, field=field_name)
            if "version_id" in clean:
                clean["strategy_version_id"] = clean.pop("version_id")
            for key, value in clean.items():
                setattr(item, key, value)
        return self.get_communication(item_id)

    def delete_communication(self, item_id: int) -> str:
        with unit_of_work(self.db) as session:
            item = self._communication_item(session, item_id)
            _ensure_not_archived(item.strategy_version)
            return move_to_trash(session, [item], item.audience)

    @staticmethod
    def _communication_item(session: Session, item_id: int) -> CommunicationItem:
        item = get_or_raise(session, CommunicationItem, item_id)
        for owner in (item.strategy_version, item.project):
            if owner is not None and owner.deleted_at is not None:
                raise DomainError(MSG_NOT_FOUND)
        return item

    @staticmethod
    def _check_communication_refs(session: Session, clean: dict[str, object]) -> None:
        if clean.get("version_id") is not None:
            version = live_ref(session, StrategyVersion, clean["version_id"], "version_id")
            _ensure_not_archived(version)
        if clean.get("project_id") is not None:
            live_ref(session, Project, clean["project_id"], "project_id")
        if clean.get("responsible_id") is not None:
            live_ref(session, Person, clean["responsible_id"], "responsible_id")

    # ---- trash ----------------------------------------------------------------------------
    def restore(self, batch: str) -> int:
        """Undo a deletion made here (under `_strategy_restore_rules`); returns how many
        rows came back."""
        with unit_of_work(self.db) as session:
            return restore_batch(session, batch)


@restore_rule
def _strategy_restore_rules(session: Session, ids: dict[str, set[int]]):
    """Refused if it would change a version that has been adopted (goals, indicators) or
    archived (also measurements, communication items) in the meantime; afterwards the
    Oberziele and the goals of the versions concerned are numbered again."""
    ids = defaultdict(set, ids)
    goal_versions: set[int] = set()
    for goal in _rows(session, StrategicGoal, ids):
        goal_versions.add(goal.strategy_version_id)
        if goal.strategy_version.id not in ids[StrategyVersion.__tablename__]:
            _ensure_draft(goal.strategy_version)
    for ind in _rows(session, Indicator, ids):
        if ind.goal is not None and ind.goal_id not in ids[StrategicGoal.__tablename__]:
            _ensure_draft(ind.goal.strategy_version)
    for m in _rows(session, Measurement, ids):
        if m.indicator.goal is not None:
            _ensure_not_archived(m.indicator.goal.strategy_version)
    for item in _rows(session, CommunicationItem, ids):
        _ensure_not_archived(item.strategy_version)
    oberziele = ids[Oberziel.__tablename__]
    goals = ids[StrategicGoal.__tablename__]
    if not oberziele and not goal_versions:
        return None

    def after() -> None:
        if oberziele:
            StrategyService._renumber_oberziele(session, oberziele)
        for version_id in goal_versions:
            StrategyService._renumber_goals(session, version_id, goals)

    return after


def apply_indicator_changes(session: Session, ind: Indicator, clean: dict[str, object]) -> None:
    """Write cleaned changes to an indicator (of a goal or a measure) after checking the rules
    between its fields on the result; nothing is written when a rule is broken."""
    current = {key: getattr(ind, key) for key in INDICATOR_FIELDS}
    state = _settle_indicator({**current, **clean}, set(clean))
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


# ---- helpers that need no service -----------------------------------------------------------
def _copy_goal(goal: StrategicGoal, position: int) -> StrategicGoal:
    """A goal for a new version: same content, status as it was, no id."""
    return StrategicGoal(
        position=position, status=goal.status, **{key: getattr(goal, key) for key in _GOAL_COPY}
    )


def _copy_indicator(ind: Indicator) -> Indicator:
    """The definition of an indicator without its measurements."""
    return Indicator(**{key: getattr(ind, key) for key in _INDICATOR_COPY})


def _move(rows: list, ident: int, delta: int) -> None:
    """Move the row `ident` by `delta` places within `rows` (already in order); 1..n after."""
    index = next(i for i, r in enumerate(rows) if r.id == ident)
    target = min(max(index + int(delta), 0), len(rows) - 1)
    rows.insert(target, rows.pop(index))
    for position, row in enumerate(rows, start=1):
        if row.position != position:
            row.position = position


def _rows(session: Session, cls, ids: dict[str, set[int]]) -> list:
    wanted = ids.get(cls.__tablename__)
    if not wanted:
        return []
    return list(session.scalars(select(cls).where(cls.id.in_(wanted))))


def _goal_differences(
    old: GoalSnapshot, new: GoalSnapshot, old_indicators: Counter, new_indicators: Counter
) -> tuple[str, ...]:
    diff = [
        name
        for name, a, b in (
            ("description", old.description.strip(), new.description.strip()),
            ("due_on", old.due_on, new.due_on),
            ("impact_level", old.impact_level, new.impact_level),
            ("status", old.status, new.status),
            ("oberziel", old.oberziel_id, new.oberziel_id),
            ("owner", old.owner_id, new.owner_id),
        )
        if a != b
    ]
    if old_indicators != new_indicators:
        diff.append("indicators")
    return tuple(diff)


def _sorted_items(rows) -> list[CommunicationRow]:
    """By next date (items without a date last), then audience."""
    return sorted(rows, key=lambda r: (r.next_due is None, r.next_due or date.min, r.audience))

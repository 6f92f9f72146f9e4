"""Plain data returned to the UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class IdentityData:
    vision: str = ""
    vision_digital_note: str = ""
    leitbild: str = ""
    leitbild_digital_note: str = ""
    core_values: str = ""
    core_values_digital_note: str = ""
    # The row version of the identity row; 0 while nothing has been saved yet.
    version: int = 0


@dataclass(frozen=True, slots=True)
class OberzielRow:
    id: int
    position: int  # 1-based, dense
    title: str
    description: str
    digital_note: str
    goal_count: int = 0  # goals (of versions not in the trash) that serve it
    version: int = 0  # the row version: a change based on an older one is refused


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
    # The row version of this strategy version: a change based on an older one is refused.
    version: int = 0

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
    # The row version of the indicator (not a strategy version): a change based on an older
    # one is refused.
    version: int = 0


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
    # The row version of the goal, for refusing a change based on an older state; not to be
    # confused with `version_id`, the strategy version the goal belongs to.
    version: int = 0


@dataclass(frozen=True, slots=True)
class MeasurementRow:
    id: int
    indicator_id: int
    measured_on: date
    value: float
    comment: str
    confidence: int | None
    version: int = 0  # the row version: a change based on an older one is refused


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
    # The row version of the membership (not the strategy version, that is `version_id`).
    version: int = 0


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
    # The row version of the entry (not the strategy version, that is `version_id`).
    version: int = 0


@dataclass(frozen=True, slots=True)
class GoalLinkRow:
    """A goal a measure (project) serves, with its version and the note on how."""

    goal_id: int
    goal_title: str
    version_id: int
    version_title: str
    version_status: str
    contribution: str

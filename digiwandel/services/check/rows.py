"""Plain data the check service returns to the UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from digiwandel.domain import findings as fnd
from digiwandel.domain import scoring


@dataclass(frozen=True, slots=True)
class CatalogRow:
    id: int
    key: str
    version: str
    title: str
    dimension_count: int
    item_count: int
    assessment_count: int
    modules: tuple[tuple[str, str], ...] = ()  # (key, title) of optional module dimensions
    # Notices of an import (empty in lists): tags the findings do not know, the findings a
    # catalog without our tags cannot (fully) derive, and how many texts had no English.
    # (not part of equality: the same catalog is the same row with or without notices)
    unknown_tags: tuple[str, ...] = field(default=(), compare=False)
    not_derived: tuple[str, ...] = field(default=(), compare=False)
    english_fallbacks: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class AssessmentRow:
    id: int
    title: str
    assessed_on: date
    status: str
    catalog_id: int
    catalog_label: str
    respondent_count: int
    finished_count: int
    overall: float | None
    band: str | None
    notes: str = ""
    enabled_modules: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RespondentRow:
    id: int
    number: int  # 1-based position, the anonymous label ("Person 3")
    name: str
    area_id: int | None
    area_name: str
    level_id: int | None
    level_name: str
    answered: int
    total: int
    finished: bool


@dataclass(frozen=True, slots=True)
class LevelText:
    statement: str
    next_step: str


@dataclass(frozen=True, slots=True)
class ItemText:
    id: int
    key: str
    question: str
    explanation: str
    default_relevance: int
    levels: tuple[LevelText, ...]
    tags: frozenset[str] = frozenset()
    audience: str | None = None  # communication items: "internal" or "external"


@dataclass(frozen=True, slots=True)
class DimensionText:
    id: int
    key: str
    title: str
    description: str
    weight: float
    is_module: bool
    recommendations: tuple[str, ...]
    items: tuple[ItemText, ...]


@dataclass(frozen=True, slots=True)
class AnswerRow:
    item_id: int
    status: str
    level: int | None
    relevance: int
    comment: str
    evidence: str
    version: int = 0  # the row version: a change based on an older one is refused


@dataclass(frozen=True, slots=True)
class TargetRow:
    dimension_id: int
    key: str
    title: str
    target: float | None
    version: int = 0  # the row version (0: no target); a change based on an older one is refused


@dataclass(frozen=True, slots=True)
class PriorityItem:
    key: str
    dimension_title: str
    question: str
    value: float | None
    relevance: int
    priority: float
    next_step: str


@dataclass(frozen=True, slots=True)
class DisagreementItem:
    key: str
    dimension_title: str
    question: str
    spread: float | None
    leadership_value: float | None  # None below the privacy threshold
    staff_value: float | None
    disagreement: bool
    leadership_flag: bool
    priority: float = 0.0  # relevance × (3 − level): the list is sorted by it


@dataclass(frozen=True, slots=True)
class Results:
    """Everything the results page and the assessment report show."""

    assessment: AssessmentRow
    scores: scoring.AssessmentScores
    dimensions: tuple[DimensionText, ...]  # only those in scope (modules if switched on)
    previous_title: str | None
    area_labels: dict[object, str]
    area_percentages: dict[object, dict[str, float | None] | None]
    group_percentages: dict[str, dict[str, float | None] | None]
    threshold: int
    priorities: tuple[PriorityItem, ...]
    disagreements: tuple[DisagreementItem, ...]  # most important first
    findings: tuple[fnd.Finding, ...]  # none for a draft: only a completed check is judged
    recommendations: tuple[str, ...]
    trend: tuple[scoring.TrendPoint, ...]
    item_texts: dict[str, ItemText] = field(default_factory=dict)
    # Fewer sheets with answers than the threshold in the whole check: its overall results
    # are those few people's answers (they still count; the screen and report say so).
    few_sheets: bool = False

"""Scoring of a Digitalisierungscheck: pure functions on plain data (DESIGN 2.2).

Scale: an item is answered with a level 0–3, or "dont_know" / "not_applicable" (both
excluded from scores). Over several respondents an item's value is the median of their
levels. A dimension's percentage is the mean of its applicable item values ÷ 3 × 100. The
overall index is the plain (or weight-weighted) mean of the dimensions that have a value.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field

LEVEL_MAX = 3
BANDS = ((25.0, "entry"), (50.0, "basics"), (75.0, "advanced"), (100.0, "established"))
DISAGREEMENT_LEVELS = 2  # respondents differ by at least this many levels
LEADERSHIP_GAP_LEVELS = 1  # leadership and staff differ by at least this much


# ---- input -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ItemInfo:
    key: str
    dimension_key: str
    default_relevance: int  # 0 low, 1 medium, 2 high
    tags: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class DimensionInfo:
    key: str
    weight: float
    item_keys: tuple[str, ...]
    is_module: bool = False


@dataclass(frozen=True, slots=True)
class RespondentInfo:
    id: int
    area_id: int | None = None
    level_id: int | None = None
    # "leadership", "staff" or "volunteer" (from the hierarchy level), None if unknown
    group: str | None = None


@dataclass(frozen=True, slots=True)
class AnswerInfo:
    respondent_id: int
    item_key: str
    status: str  # "level", "dont_know", "not_applicable"
    level: int | None = None
    relevance: int | None = None


@dataclass(frozen=True, slots=True)
class AssessmentInput:
    dimensions: tuple[DimensionInfo, ...]
    items: tuple[ItemInfo, ...]
    respondents: tuple[RespondentInfo, ...]
    answers: tuple[AnswerInfo, ...]
    targets: dict[str, float] = field(default_factory=dict)  # dimension key -> target %
    weighted: bool = False
    # Smallest group whose figures may be shown (privacy threshold). Leadership and staff
    # values of items and dimensions are None for a smaller group, so no score, text or
    # chart built from them can reveal one person's answers.
    privacy_threshold: int = 1


# ---- results -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ItemScore:
    key: str
    dimension_key: str
    value: float | None  # median level over respondents; None without level answers
    answered: int  # number of level answers
    dont_know: int
    not_applicable: int
    relevance: int  # 0..2
    priority: float | None  # relevance × (3 − value)
    spread: float | None  # max − min level
    disagreement: bool
    leadership_value: float | None  # None if fewer than the privacy threshold answered
    staff_value: float | None
    leadership_gap: float | None
    leadership_flag: bool


@dataclass(frozen=True, slots=True)
class DimensionScore:
    key: str
    percent: float | None
    band: str | None
    item_count: int
    answered_items: int
    dont_know_share: float  # 0..1
    spread: float | None  # in levels, between respondents' own dimension means
    disagreement: bool
    leadership_percent: float | None
    staff_percent: float | None
    target: float | None
    gap_to_target: float | None
    change: float | None


@dataclass(frozen=True, slots=True)
class AssessmentScores:
    overall: float | None
    band: str | None
    dimensions: tuple[DimensionScore, ...]
    items: dict[str, ItemScore]
    dont_know_share: float
    respondent_count: int
    change: float | None

    def dimension(self, key: str) -> DimensionScore | None:
        return next((d for d in self.dimensions if d.key == key), None)


@dataclass(frozen=True, slots=True)
class DimensionPercent:
    key: str
    percent: float | None


@dataclass(frozen=True, slots=True)
class ScoreSummary:
    """What lists, the change against the previous check and the trend need of a check's
    scores; stored with the check so that they are not recomputed from every answer."""

    overall: float | None
    band: str | None
    dimensions: tuple[DimensionPercent, ...]
    dont_know_share: float


def summarize(scores: AssessmentScores) -> ScoreSummary:
    return ScoreSummary(
        overall=scores.overall,
        band=scores.band,
        dimensions=tuple(DimensionPercent(d.key, d.percent) for d in scores.dimensions),
        dont_know_share=scores.dont_know_share,
    )


@dataclass(frozen=True, slots=True)
class TrendPoint:
    label: str
    overall: float | None
    dimensions: dict[str, float | None]


# ---- helpers -----------------------------------------------------------------------------
def median_level(levels: Iterable[float]) -> float | None:
    values = list(levels)
    return float(statistics.median(values)) if values else None


def band(percent: float | None) -> str | None:
    if percent is None:
        return None
    for upper, name in BANDS:
        if percent <= upper:
            return name
    return BANDS[-1][1]  # rounding noise above 100 still counts as the top band


def _mean(values: Iterable[float]) -> float | None:
    data = list(values)
    return sum(data) / len(data) if data else None


def _to_percent(level: float | None) -> float | None:
    return None if level is None else level / LEVEL_MAX * 100.0


def _round_half_up(value: float) -> int:
    # round() would use banker's rounding: a median relevance of 0.5 must become 1, not 0
    return math.floor(value + 0.5)


def _diff(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


def _latest_answers(answers: Iterable[AnswerInfo]) -> list[AnswerInfo]:
    # One answer per respondent and item; should a caller pass duplicates, the later wins
    # rather than letting one person count twice in a median.
    latest: dict[tuple[int, str], AnswerInfo] = {}
    for answer in answers:
        latest[(answer.respondent_id, answer.item_key)] = answer
    return list(latest.values())


def _level(answer: AnswerInfo) -> int | None:
    # "dont_know" and "not_applicable" never carry a level into a score
    return answer.level if answer.status == "level" else None


def _item_medians(answers: Iterable[AnswerInfo]) -> dict[str, float]:
    levels: dict[str, list[int]] = {}
    for answer in answers:
        if (level := _level(answer)) is not None:
            levels.setdefault(answer.item_key, []).append(level)
    return {key: float(statistics.median(values)) for key, values in levels.items()}


def _dimension_level(dimension: DimensionInfo, values: dict[str, float]) -> float | None:
    return _mean(values[key] for key in dimension.item_keys if key in values)


def _group_levels(
    answers: Iterable[AnswerInfo], groups: dict[int, str | None], group: str
) -> list[int]:
    return [
        level
        for a in answers
        if groups.get(a.respondent_id) == group and (level := _level(a)) is not None
    ]


def _group_median(
    answers: list[AnswerInfo], groups: dict[int, str | None], group: str, minimum: int
) -> float | None:
    """A group's median level, or None if fewer than `minimum` of its members gave a level."""
    levels = _group_levels(answers, groups, group)
    return median_level(levels) if len(levels) >= max(minimum, 1) else None


# ---- scoring -----------------------------------------------------------------------------
def _score_item(
    item: ItemInfo, answers: list[AnswerInfo], groups: dict[int, str | None], minimum: int = 1
) -> ItemScore:
    levels = [level for a in answers if (level := _level(a)) is not None]
    value = median_level(levels)
    relevances = [a.relevance for a in answers if a.relevance is not None]
    relevance = (
        _round_half_up(statistics.median(relevances)) if relevances else item.default_relevance
    )
    spread = float(max(levels) - min(levels)) if levels else None
    # Volunteers are a group of their own and stay out of the leadership/staff comparison.
    # (answers are one per respondent, so the number of levels is the group's size)
    leadership = _group_median(answers, groups, "leadership", minimum)
    staff = _group_median(answers, groups, "staff", minimum)
    gap = None if leadership is None or staff is None else abs(leadership - staff)
    return ItemScore(
        key=item.key,
        dimension_key=item.dimension_key,
        value=value,
        answered=len(levels),
        dont_know=sum(1 for a in answers if a.status == "dont_know"),
        not_applicable=sum(1 for a in answers if a.status == "not_applicable"),
        relevance=relevance,
        priority=None if value is None else relevance * (LEVEL_MAX - value),
        spread=spread,
        disagreement=spread is not None and spread >= DISAGREEMENT_LEVELS,
        leadership_value=leadership,
        staff_value=staff,
        leadership_gap=gap,
        leadership_flag=gap is not None and gap >= LEADERSHIP_GAP_LEVELS,
    )


def _score_dimension(
    dimension: DimensionInfo,
    items: dict[str, ItemScore],
    answers: list[AnswerInfo],
    targets: dict[str, float],
    previous: DimensionScore | DimensionPercent | None,
) -> DimensionScore:
    scores = [items[key] for key in dimension.item_keys if key in items]
    keys = {s.key for s in scores}
    percent = _to_percent(_mean(s.value for s in scores if s.value is not None))

    own = [a for a in answers if a.item_key in keys]
    dont_know_share = sum(1 for a in own if a.status == "dont_know") / len(own) if own else 0.0

    per_respondent: dict[int, list[int]] = {}
    for answer in own:
        if (level := _level(answer)) is not None:
            per_respondent.setdefault(answer.respondent_id, []).append(level)
    means = [sum(v) / len(v) for v in per_respondent.values()]
    spread = max(means) - min(means) if len(means) >= 2 else None

    # Group means are taken from each group's item medians, like the overall percentage.
    leadership = _mean(s.leadership_value for s in scores if s.leadership_value is not None)
    staff = _mean(s.staff_value for s in scores if s.staff_value is not None)
    group_gap = None if leadership is None or staff is None else abs(leadership - staff)

    target = targets.get(dimension.key)
    previous_percent = previous.percent if previous is not None else None
    return DimensionScore(
        key=dimension.key,
        percent=percent,
        band=band(percent),
        item_count=len(scores),
        answered_items=sum(1 for s in scores if s.value is not None),
        dont_know_share=dont_know_share,
        spread=spread,
        disagreement=(spread is not None and spread >= DISAGREEMENT_LEVELS)
        or (group_gap is not None and group_gap >= LEADERSHIP_GAP_LEVELS),
        leadership_percent=_to_percent(leadership),
        staff_percent=_to_percent(staff),
        target=target,
        gap_to_target=_diff(target, percent),
        change=_diff(percent, previous_percent),
    )


def _overall(dimensions: tuple[DimensionScore, ...], weights: dict[str, float]) -> float | None:
    # Dimensions without a value (incl. modules nobody answered) simply do not take part.
    scored = [(d.percent, weights.get(d.key, 1.0)) for d in dimensions if d.percent is not None]
    if not scored:
        return None
    total_weight = sum(w for _, w in scored)
    if total_weight <= 0:
        return _mean(p for p, _ in scored)
    return sum(p * w for p, w in scored) / total_weight


def score(
    input: AssessmentInput, previous: AssessmentScores | ScoreSummary | None = None
) -> AssessmentScores:
    answers = _latest_answers(input.answers)
    groups = {r.id: r.group for r in input.respondents}
    by_item: dict[str, list[AnswerInfo]] = {}
    for answer in answers:
        by_item.setdefault(answer.item_key, []).append(answer)
    items = {
        item.key: _score_item(item, by_item.get(item.key, []), groups, input.privacy_threshold)
        for item in input.items
    }

    # Catalog versions may differ between assessments: match dimensions by key only.
    previous_dims = {d.key: d for d in previous.dimensions} if previous is not None else {}
    dimensions = tuple(
        _score_dimension(d, items, answers, input.targets, previous_dims.get(d.key))
        for d in input.dimensions
    )
    weights = {d.key: d.weight for d in input.dimensions} if input.weighted else {}
    overall = _overall(dimensions, weights)

    scored_keys = {key for d in input.dimensions for key in d.item_keys if key in items}
    scored_answers = [a for a in answers if a.item_key in scored_keys]
    dont_know = sum(1 for a in scored_answers if a.status == "dont_know")
    return AssessmentScores(
        overall=overall,
        band=band(overall),
        dimensions=dimensions,
        items=items,
        dont_know_share=dont_know / len(scored_answers) if scored_answers else 0.0,
        respondent_count=len(input.respondents),
        change=_diff(overall, previous.overall if previous is not None else None),
    )


def top_priorities(scores: AssessmentScores, limit: int = 5) -> list[ItemScore]:
    candidates = [s for s in scores.items.values() if s.priority is not None and s.priority > 0]
    candidates.sort(key=lambda s: (-(s.priority or 0.0), s.value, s.key))
    return candidates[: max(limit, 0)]


def sheets_with_levels(input: AssessmentInput) -> int:
    """Answer sheets that gave at least one level answer: those a result is made of."""
    return len({a.respondent_id for a in _latest_answers(input.answers) if _level(a) is not None})


def group_percentages(
    input: AssessmentInput,
    group_of: Callable[[RespondentInfo], Hashable | None],
    threshold: int,
) -> dict[Hashable, dict[str, float | None] | None]:
    """Dimension percentages per group (area, hierarchy level, ...) behind a privacy threshold.

    Only respondents who gave at least one level answer count towards a group's size, and a
    dimension inside a shown group is None unless `threshold` of them contributed to it:
    otherwise a group of five where four said "don't know" would reveal one person's view.
    "Not applicable" answers never count either: an area for which a question does not
    apply (administration has no client contact) has no value there, so a functional
    difference is not mistaken for a gap between areas.
    """
    minimum = max(threshold, 1)
    answers = _latest_answers(input.answers)
    members: dict[Hashable, set[int]] = {}
    for respondent in input.respondents:
        key = group_of(respondent)
        if key is not None:
            members.setdefault(key, set()).add(respondent.id)

    known = {item.key for item in input.items}
    item_dimension = {key: d.key for d in input.dimensions for key in d.item_keys if key in known}
    result: dict[Hashable, dict[str, float | None] | None] = {}
    for key, ids in members.items():
        own = [a for a in answers if a.respondent_id in ids and _level(a) is not None]
        if len({a.respondent_id for a in own}) < minimum:
            result[key] = None
            continue
        contributors: dict[str, set[int]] = {}
        for answer in own:
            dimension_key = item_dimension.get(answer.item_key)
            if dimension_key is not None:
                contributors.setdefault(dimension_key, set()).add(answer.respondent_id)
        values = {k: v for k, v in _item_medians(own).items() if k in item_dimension}
        result[key] = {
            d.key: _to_percent(_dimension_level(d, values))
            if len(contributors.get(d.key, ())) >= minimum
            else None
            for d in input.dimensions
        }
    return result


def trend(points: list[tuple[str, AssessmentScores | ScoreSummary]]) -> list[TrendPoint]:
    return [
        TrendPoint(label, scores.overall, {d.key: d.percent for d in scores.dimensions})
        for label, scores in points
    ]

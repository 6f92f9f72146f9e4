"""Deficit rules: name the deficits the article observes, with the figures behind each one.

The rules read the check's scores and a few facts from the strategy and project parts
(DESIGN 2.2). Facts that were never recorded are None, and a rule that needs them stays
silent: a missing strategy record is not evidence of a strategic vacuum. Everything here is
keys and numbers; the UI turns them into translated sentences.

Findings are only derived for completed checks (the service passes none for a draft). The
facts about checks (how many, the last one, whether a later one exists) are taken as of the
judged check's own date; strategy and measures are only known as they are today, and the
texts say so.

One-off character: completing a first check is not evidence of anything. The rule fires on
 - no follow-up: the judged check is older than CHECK_MAX_AGE_MONTHS and no later check
   exists (neither a draft that is planned nor a completed one), or
 - no control loop: measures exist but none has a PDCA cycle or a measurement, or
 - the catalog's questions on reviewing digital work over time (tag `monitoring`) are weak.

Insufficient diagnosis looks at "don't know" overall, per question about the outside world
(tag `external`) and per outside topic (tags `clients`, `funders`, `peers`, `market`).

Catalogs without our tags (an umbrella body's own catalog) still get the finding
"weak_dimensions" from their dimension scores, and recommendations for every weak dimension
(the catalog's own or DEFAULT_DIMENSION_RECOMMENDATIONS).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

from digiwandel.domain.catalog_terms import EXTERNAL_TOPIC_TAGS, RECOMMENDATION_KEYS
from digiwandel.domain.scoring import (
    LEVEL_MAX,
    AssessmentInput,
    AssessmentScores,
    group_percentages,
)

LOW_PERCENT = 40.0  # a dimension or tagged group of items below this is weak
DONT_KNOW_HIGH = 0.25  # from this share of "don't know" on, the diagnosis is too thin
AREA_SPREAD_POINTS = 30.0  # percentage points between best and worst area on a dimension
CHECK_MAX_AGE_MONTHS = 12  # a check older than this no longer describes the status quo
TARGET_MIN_WEEKS = 6  # indicator targets due sooner after their baseline expect magic

STRATEGY_DIMENSION = "strategy"
FUNDING_DIMENSION = "funding"
EXTERNAL_TAG = "external"
# Weak dimensions whose catalog names no recommendation: plan measures for them and run
# them with a control loop.
DEFAULT_DIMENSION_RECOMMENDATIONS = ("aligned_measures", "project_management")

# In the order findings are listed (the article's order; weak dimensions last).
FINDING_KEYS = (
    "silo_thinking",
    "strategic_vacuum",
    "insufficient_diagnosis",
    "one_off",
    "immediate_effect",
    "weak_innovation",
    "funding_gap",
    "weak_dimensions",
)

FINDING_RECOMMENDATIONS: dict[str, tuple[str, ...]] = {
    "silo_thinking": ("strategic_anchoring", "communication"),
    "strategic_vacuum": ("overarching_strategy", "organisational_identity", "aligned_measures"),
    "insufficient_diagnosis": ("status_quo_survey",),
    "one_off": ("project_management",),
    "immediate_effect": ("project_management", "communication"),
    "weak_innovation": ("strategic_anchoring", "communication"),
    "funding_gap": ("overarching_strategy", "aligned_measures"),
    "weak_dimensions": DEFAULT_DIMENSION_RECOMMENDATIONS,
}

Figure = str | int | float


@dataclass(frozen=True, slots=True)
class OrganisationFacts:
    today: date | None = None
    # As of the judged check's date: completed checks up to it (itself included if completed)
    completed_assessments: int | None = None
    last_completed_on: date | None = None
    assessed_on: date | None = None  # the judged check's date
    later_assessments: int | None = None  # checks dated after it, drafts (planned) included
    area_count: int | None = None
    area_names_by_id: dict[int, str] = field(default_factory=dict)
    team_area_ids: frozenset[int] | None = None  # None: no digital team recorded
    has_adopted_strategy: bool | None = None  # None: no strategy data at all
    goal_count: int | None = None
    measure_count: int | None = None
    measures_without_goal: int | None = None
    projects_with_monitoring: int | None = None  # with PDCA cycles or measurements
    evaluations_before_pilot_end: int | None = None
    targets_due_within_weeks: int | None = None  # due within TARGET_MIN_WEEKS of baseline


@dataclass(frozen=True, slots=True)
class Reason:
    code: str
    figures: dict[str, Figure] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Finding:
    key: str
    reasons: tuple[Reason, ...]
    recommendations: tuple[str, ...]


# ---- helpers -----------------------------------------------------------------------------
def _tagged_percent(
    input: AssessmentInput, scores: AssessmentScores, tag: str, dimension_key: str | None = None
) -> float | None:
    """Mean of the values of items tagged `tag` (or in `dimension_key`) as a percentage."""
    keys = {item.key for item in input.items if tag in item.tags}
    if dimension_key is not None:
        keys |= {key for d in input.dimensions if d.key == dimension_key for key in d.item_keys}
    values = [s.value for key, s in scores.items.items() if key in keys and s.value is not None]
    return sum(values) / len(values) / LEVEL_MAX * 100.0 if values else None


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    # 31 March + 1 month is 30 April, 29 February + 12 months is 28 February
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last_day))


def _full_months(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - 1 if end.day < start.day else months


def _low(code: str, percent: float | None) -> list[Reason]:
    return (
        [Reason(code, {"percent": percent})]
        if percent is not None and percent < LOW_PERCENT
        else []
    )


# ---- rules -------------------------------------------------------------------------------
def _area_name(facts: OrganisationFacts, area: object) -> str:
    if isinstance(area, int) and area in facts.area_names_by_id:
        return facts.area_names_by_id[area]
    return str(area)


def _silo_thinking(
    input: AssessmentInput, scores: AssessmentScores, facts: OrganisationFacts, threshold: int
) -> list[Reason]:
    reasons: list[Reason] = []
    # Areas below the privacy threshold come back as None and never take part.
    by_area = group_percentages(input, lambda r: r.area_id, threshold)
    shown = [(area, values) for area, values in by_area.items() if values is not None]
    for dimension in input.dimensions:
        percents = [
            (percent, area)
            for area, values in shown
            if (percent := values.get(dimension.key)) is not None
        ]
        if len(percents) < 2:
            continue
        best = max(percents, key=lambda pair: pair[0])
        worst = min(percents, key=lambda pair: pair[0])
        spread = best[0] - worst[0]
        if spread >= AREA_SPREAD_POINTS:
            reasons.append(
                Reason(
                    "area_spread",
                    {
                        "dimension": dimension.key,
                        "spread_points": spread,
                        "best_area": _area_name(facts, best[1]),
                        "best_percent": best[0],
                        "worst_area": _area_name(facts, worst[1]),
                        "worst_percent": worst[0],
                    },
                )
            )
    reasons += _low("cross_department_low", _tagged_percent(input, scores, "cross_department"))
    if facts.team_area_ids is not None and facts.area_names_by_id:
        missing = [
            name for area, name in facts.area_names_by_id.items() if area not in facts.team_area_ids
        ]
        if missing:
            reasons.append(
                Reason("team_missing_areas", {"areas": ", ".join(missing), "count": len(missing)})
            )
    return reasons


def _strategic_vacuum(
    input: AssessmentInput, scores: AssessmentScores, facts: OrganisationFacts
) -> list[Reason]:
    reasons: list[Reason] = []
    strategy = scores.dimension(STRATEGY_DIMENSION)
    percent = strategy.percent if strategy is not None else None
    if percent is not None:
        # Named by key: the UI shows the catalog's own title of that dimension.
        if percent < LOW_PERCENT:
            reasons.append(
                Reason("strategy_low", {"dimension": STRATEGY_DIMENSION, "percent": percent})
            )
    else:  # catalogs without a strategy dimension may still tag such items
        reasons += _low("strategy_items_low", _tagged_percent(input, scores, "strategy"))
    if facts.has_adopted_strategy is False:  # None means "not recorded", not "missing"
        reasons.append(Reason("no_adopted_strategy"))
    if facts.measures_without_goal:
        reasons.append(Reason("measures_without_goal", {"count": facts.measures_without_goal}))
    return reasons


def _dont_know_share(scores: AssessmentScores, keys: list[str]) -> tuple[int, int]:
    """("don't know" answers, all answers) on the given items."""
    own = [scores.items[key] for key in keys if key in scores.items]
    dont_know = sum(s.dont_know for s in own)
    return dont_know, dont_know + sum(s.answered + s.not_applicable for s in own)


def _is_outdated(facts: OrganisationFacts, day: date | None) -> bool:
    """`day` is older than the maximum age and no later check exists or is planned."""
    return (
        day is not None
        and facts.today is not None
        and not facts.later_assessments
        and _add_months(day, CHECK_MAX_AGE_MONTHS) < facts.today
    )


def _insufficient_diagnosis(
    input: AssessmentInput, scores: AssessmentScores, facts: OrganisationFacts
) -> list[Reason]:
    reasons: list[Reason] = []
    if scores.dont_know_share >= DONT_KNOW_HIGH:
        reasons.append(Reason("dont_know_high", {"share_percent": scores.dont_know_share * 100}))
    # The outside world per topic and per question: a low overall share can hide that
    # nobody knows what clients need or how funders want to be billed.
    external = [
        item
        for item in input.items
        if EXTERNAL_TAG in item.tags or item.tags & set(EXTERNAL_TOPIC_TAGS)
    ]
    for tag in EXTERNAL_TOPIC_TAGS:
        keys = [item.key for item in external if tag in item.tags]
        dont_know, total = _dont_know_share(scores, keys)
        if len(keys) > 1 and total and dont_know / total >= DONT_KNOW_HIGH:
            reasons.append(
                Reason(
                    "external_topic_dont_know",
                    {"tag": tag, "share_percent": dont_know / total * 100},
                )
            )
    for item in external:
        dont_know, total = _dont_know_share(scores, [item.key])
        if total and dont_know / total >= DONT_KNOW_HIGH:
            reasons.append(
                Reason(
                    "external_item_dont_know",
                    {
                        "item": item.key,
                        "share_percent": dont_know / total * 100,
                        "count": dont_know,
                        "total": total,
                    },
                )
            )
    # Without any answers there is no check to judge yet, only an empty form.
    if any(s.answered or s.dont_know or s.not_applicable for s in scores.items.values()):
        keys = [item.key for item in external]
        unanswered = [key for key in keys if key in scores.items and not scores.items[key].answered]
        if unanswered:
            reasons.append(
                Reason("external_unanswered", {"count": len(unanswered), "total": len(keys)})
            )
    last = facts.last_completed_on
    if _is_outdated(facts, last):
        reasons.append(Reason("check_outdated", {"months": _full_months(last, facts.today)}))
    return reasons


def _one_off(
    input: AssessmentInput, scores: AssessmentScores, facts: OrganisationFacts
) -> list[Reason]:
    reasons: list[Reason] = []
    # A first check on its own proves nothing; a check left without a successor does.
    if _is_outdated(facts, facts.assessed_on):
        reasons.append(
            Reason("no_follow_up", {"months": _full_months(facts.assessed_on, facts.today)})
        )
    if facts.projects_with_monitoring == 0 and facts.measure_count:
        reasons.append(Reason("no_monitoring", {"projects": facts.measure_count}))
    reasons += _low("monitoring_low", _tagged_percent(input, scores, "monitoring"))
    return reasons


def _weak_dimensions(input: AssessmentInput, scores: AssessmentScores) -> list[Reason]:
    """Every weak dimension the named deficits do not already speak about."""
    covered = {STRATEGY_DIMENSION, FUNDING_DIMENSION}
    known = {d.key for d in input.dimensions}
    return [
        Reason("dimension_low", {"dimension": d.key, "percent": d.percent})
        for d in scores.dimensions
        if d.key in known
        and d.key not in covered
        and d.percent is not None
        and d.percent < LOW_PERCENT
    ]


def _immediate_effect(facts: OrganisationFacts) -> list[Reason]:
    reasons: list[Reason] = []
    if facts.evaluations_before_pilot_end:
        reasons.append(
            Reason("evaluation_before_pilot_end", {"count": facts.evaluations_before_pilot_end})
        )
    if facts.targets_due_within_weeks:
        reasons.append(Reason("targets_too_soon", {"count": facts.targets_due_within_weeks}))
    return reasons


def find_deficits(
    input: AssessmentInput,
    scores: AssessmentScores,
    facts: OrganisationFacts,
    threshold: int,
) -> list[Finding]:
    """The article's deficits that the data shows, in FINDING_KEYS order."""
    reasons_by_key = {
        "silo_thinking": _silo_thinking(input, scores, facts, threshold),
        "strategic_vacuum": _strategic_vacuum(input, scores, facts),
        "insufficient_diagnosis": _insufficient_diagnosis(input, scores, facts),
        "one_off": _one_off(input, scores, facts),
        "immediate_effect": _immediate_effect(facts),
        "weak_innovation": _low("innovation_low", _tagged_percent(input, scores, "innovation")),
        "funding_gap": _low(
            "funding_low", _tagged_percent(input, scores, "funding", FUNDING_DIMENSION)
        ),
        "weak_dimensions": _weak_dimensions(input, scores),
    }
    return [
        Finding(key, tuple(reasons_by_key[key]), FINDING_RECOMMENDATIONS[key])
        for key in FINDING_KEYS
        if reasons_by_key[key]
    ]


def recommendations_for(
    findings: list[Finding],
    scores: AssessmentScores,
    catalog_dimension_recommendations: dict[str, tuple[str, ...]],
    low_percent: float = LOW_PERCENT,
) -> list[str]:
    """The findings' and weak dimensions' recommendations, once each, in the article's order.

    A weak dimension whose catalog names no recommendation (a catalog from elsewhere) gets
    DEFAULT_DIMENSION_RECOMMENDATIONS, so every catalog leads to something to do.
    """
    wanted = {key for finding in findings for key in finding.recommendations}
    for dimension in scores.dimensions:
        if dimension.percent is not None and dimension.percent < low_percent:
            wanted.update(
                catalog_dimension_recommendations.get(dimension.key)
                or DEFAULT_DIMENSION_RECOMMENDATIONS
            )
    return [key for key in RECOMMENDATION_KEYS if key in wanted]

"""The 12 steps of a measure: progress, current step and warnings (pure, no database).

The steps build on each other. Nothing here blocks a user: the functions only report what
looks out of order, as warning codes with the figures the UI needs to word them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from functools import cache

from digiwandel.domain.vocabulary import STEP_COUNT
from digiwandel.paths import resources_dir

CLOSED = frozenset({"done", "skipped"})
STARTED = frozenset({"in_progress", "done"})
PILOT_STEP = 6
POLICY_STEP = 8
EVALUATION_STEP = 9
BUDGET_TOLERANCE = 0.10  # actual may exceed the plan by 10 % before a warning

W_EARLIER_OPEN = "earlier_step_open"
W_PILOT_WITHOUT_METRIC = "pilot_without_metric"
W_EVALUATION_WITHOUT_MEASUREMENT = "evaluation_without_measurement"
W_EVALUATION_BEFORE_PILOT_END = "evaluation_before_pilot_end"
W_BUDGET_OVER_PLAN = "budget_over_plan"
W_CHECKLIST_OPEN = "checklist_open"
W_POLICY_CHECKS_OPEN = "policy_checks_open"
W_DPIA_UNDECIDED = "dpia_undecided"

# A policy check in one of these states still has to be done (not_needed is a decision).
POLICY_OPEN = frozenset({"open", "in_progress"})
DATA_PROTECTION = "data_protection"


@cache
def step_definitions() -> tuple[dict, ...]:
    """The 12 steps from resources/steps.json (number, title, purpose, checklist; de/en)."""
    path = resources_dir() / "steps.json"
    steps = json.loads(path.read_text(encoding="utf-8"))
    return tuple(sorted(steps, key=lambda s: s["number"]))


def step_title(number: int, lang: str = "de") -> str:
    for step in step_definitions():
        if step["number"] == number:
            return step["title"].get(lang) or step["title"]["en"]
    return ""


def project_progress(step_statuses: list[str]) -> float:
    """Percent of the 12 steps that are done or skipped (0–100)."""
    return progress_from_count(sum(1 for status in step_statuses if status in CLOSED))


def progress_from_count(closed: int) -> float:
    """Percent for a number of closed steps (0–100)."""
    return round(100.0 * min(closed, STEP_COUNT) / STEP_COUNT, 1)


def current_step(steps: list[tuple[int, str]]) -> int | None:
    """Lowest step number that is neither done nor skipped; None when all are closed."""
    open_numbers = [number for number, status in steps if status not in CLOSED]
    return min(open_numbers) if open_numbers else None


def over_budget(planned: float | None, actual: float | None) -> bool:
    """Actual costs more than the tolerance above the plan (any cost without a plan too)."""
    actual = actual or 0.0
    return actual > 0 and actual > (planned or 0.0) * (1 + BUDGET_TOLERANCE)


def step_warnings(
    steps: list[tuple[int, str]],
    *,
    has_success_metric: bool,
    has_measurement: bool,
    pilot_due: date | None = None,
    evaluation_due: date | None = None,
    budget_planned: float | None = None,
    budget_actual: float | None = None,
    open_checklist: Mapping[int, int] | None = None,
    policy_checks: Mapping[str, tuple[str, bool | None]] | None = None,
) -> list[tuple[str, dict]]:
    """Warnings for the project as it stands: (code, figures) in a stable order.

    `open_checklist`: step number → unticked checklist entries. `policy_checks`: kind →
    (status, dpia_needed) for every kind of step 8, in the order to name them.
    """
    warnings: list[tuple[str, dict]] = []
    status_of = dict(steps)
    ordered = sorted(status_of.items())
    unticked = open_checklist or {}
    for number, status in ordered:
        if status != "done":
            continue
        earlier_open = [n for n, s in ordered if n < number and s not in CLOSED]
        if earlier_open:
            warnings.append((W_EARLIER_OPEN, {"step": number, "open": earlier_open}))
        # A skipped step's checklist was skipped on purpose; a done one should be ticked.
        if unticked.get(number, 0) > 0:
            warnings.append((W_CHECKLIST_OPEN, {"step": number, "open": unticked[number]}))
    warnings.extend(policy_warnings(status_of.get(POLICY_STEP), policy_checks or {}))
    if status_of.get(PILOT_STEP) in STARTED and not has_success_metric:
        warnings.append((W_PILOT_WITHOUT_METRIC, {}))
    if status_of.get(EVALUATION_STEP) in STARTED and not has_measurement:
        warnings.append((W_EVALUATION_WITHOUT_MEASUREMENT, {}))
    if pilot_due is not None and evaluation_due is not None and evaluation_due < pilot_due:
        warnings.append(
            (
                W_EVALUATION_BEFORE_PILOT_END,
                {"evaluation_due": evaluation_due, "pilot_due": pilot_due},
            )
        )
    planned = budget_planned or 0.0
    actual = budget_actual or 0.0
    if over_budget(planned, actual):
        percent = round(100.0 * actual / planned, 1) if planned else None
        warnings.append(
            (W_BUDGET_OVER_PLAN, {"planned": planned, "actual": actual, "percent": percent})
        )
    return warnings


def policy_warnings(
    step_status: str | None, checks: Mapping[str, tuple[str, bool | None]]
) -> list[tuple[str, dict]]:
    """Step 8 closed (done, or skipped: the law applies either way) while checks are open,
    or while nobody has decided whether data protection needs an impact assessment."""
    if step_status not in CLOSED:
        return []
    warnings: list[tuple[str, dict]] = []
    open_kinds = [kind for kind, (status, _dpia) in checks.items() if status in POLICY_OPEN]
    if open_kinds:
        warnings.append((W_POLICY_CHECKS_OPEN, {"step": POLICY_STEP, "kinds": open_kinds}))
    data_protection = checks.get(DATA_PROTECTION)
    if data_protection is not None:
        status, dpia = data_protection
        if status != "not_needed" and dpia is None:
            warnings.append((W_DPIA_UNDECIDED, {"step": POLICY_STEP}))
    return warnings

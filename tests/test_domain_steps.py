"""The 12 steps without a database: progress, current step, warnings and steps.json."""

from __future__ import annotations

from datetime import date

from digiwandel.domain.steps import (
    W_BUDGET_OVER_PLAN,
    W_CHECKLIST_OPEN,
    W_DPIA_UNDECIDED,
    W_EARLIER_OPEN,
    W_EVALUATION_BEFORE_PILOT_END,
    W_EVALUATION_WITHOUT_MEASUREMENT,
    W_PILOT_WITHOUT_METRIC,
    W_POLICY_CHECKS_OPEN,
    current_step,
    over_budget,
    project_progress,
    step_definitions,
    step_warnings,
)


def numbered(*statuses: str) -> list[tuple[int, str]]:
    """Steps 1..12: the given statuses first, the rest open."""
    full = list(statuses) + ["open"] * (12 - len(statuses))
    return list(enumerate(full, 1))


def warn(steps, **kwargs):
    base = {"has_success_metric": True, "has_measurement": True}
    return step_warnings(steps, **(base | kwargs))


# ---- steps.json -------------------------------------------------------------------------------
def test_twelve_steps_in_both_languages():
    steps = step_definitions()
    assert [s["number"] for s in steps] == list(range(1, 13))
    for step in steps:
        for key in ("title", "purpose"):
            assert step[key]["de"].strip() and step[key]["en"].strip()
        assert 2 <= len(step["checklist"]) <= 4
        for entry in step["checklist"]:
            assert entry["de"].strip() and entry["en"].strip()
    assert steps[5]["title"]["en"] == "Prototype and pilot"
    assert steps[8]["title"]["en"] == "Evaluate and adjust"


# ---- progress and current step -----------------------------------------------------------------
def test_progress_counts_done_and_skipped_of_twelve():
    assert project_progress(["open"] * 12) == 0.0
    assert project_progress(["done"] * 12) == 100.0
    # 3 of 12 = 25 %
    assert project_progress(["done", "skipped", "done"] + ["in_progress"] * 9) == 25.0
    # 1 of 12 = 8.33 %
    assert project_progress(["done"] + ["open"] * 11) == 8.3
    assert project_progress([]) == 0.0


def test_current_step_is_lowest_not_closed():
    assert current_step(numbered()) == 1
    assert current_step(numbered("done", "skipped", "in_progress")) == 3
    # a later step may be done while an earlier one is still open
    assert current_step(numbered("done", "open", "done")) == 2
    assert current_step(numbered(*["done"] * 11, "skipped")) is None
    assert current_step([]) is None


# ---- warnings ----------------------------------------------------------------------------------
def test_no_warnings_for_fresh_project():
    assert warn(numbered()) == []
    assert warn(numbered(), has_success_metric=False, has_measurement=False) == []


def test_earlier_step_open():
    steps = numbered("done", "open", "skipped", "done")
    assert warn(steps) == [(W_EARLIER_OPEN, {"step": 4, "open": [2]})]
    # skipping is no warning, in progress is no warning
    assert warn(numbered("open", "skipped", "in_progress")) == []
    # one warning per done step with open predecessors
    two = warn(numbered("open", "done", "done"))
    assert two == [
        (W_EARLIER_OPEN, {"step": 2, "open": [1]}),
        (W_EARLIER_OPEN, {"step": 3, "open": [1]}),
    ]


def test_pilot_without_metric():
    closed = ["done"] * 5
    for status in ("in_progress", "done"):
        steps = numbered(*closed, status)
        assert warn(steps, has_success_metric=False) == [(W_PILOT_WITHOUT_METRIC, {})]
        assert warn(steps) == []
    assert warn(numbered(*closed, "skipped"), has_success_metric=False) == []


def test_evaluation_without_measurement():
    closed = ["done"] * 8
    for status in ("in_progress", "done"):
        steps = numbered(*closed, status)
        assert warn(steps, has_measurement=False) == [(W_EVALUATION_WITHOUT_MEASUREMENT, {})]
        assert warn(steps) == []
    assert warn(numbered(*closed), has_measurement=False) == []


def test_evaluation_before_pilot_end():
    pilot, early, late = date(2025, 6, 30), date(2025, 6, 1), date(2025, 7, 15)
    assert warn(numbered(), pilot_due=pilot, evaluation_due=early) == [
        (W_EVALUATION_BEFORE_PILOT_END, {"evaluation_due": early, "pilot_due": pilot})
    ]
    assert warn(numbered(), pilot_due=pilot, evaluation_due=late) == []
    assert warn(numbered(), pilot_due=pilot, evaluation_due=pilot) == []
    assert warn(numbered(), pilot_due=None, evaluation_due=early) == []


def test_budget_over_plan_beyond_ten_percent():
    # 1,000 planned: 1,100 is exactly +10 % (fine), 1,150 is +15 % (warned, 115 %)
    assert warn(numbered(), budget_planned=1000, budget_actual=1100) == []
    assert warn(numbered(), budget_planned=1000, budget_actual=1150) == [
        (W_BUDGET_OVER_PLAN, {"planned": 1000, "actual": 1150, "percent": 115.0})
    ]
    # 2,000 planned, 2,500 spent: 125 %
    assert warn(numbered(), budget_planned=2000, budget_actual=2500)[0][1]["percent"] == 125.0
    assert warn(numbered(), budget_planned=1000, budget_actual=None) == []
    # spending without any plan: no percentage
    assert warn(numbered(), budget_planned=0, budget_actual=50) == [
        (W_BUDGET_OVER_PLAN, {"planned": 0.0, "actual": 50, "percent": None})
    ]
    assert warn(numbered(), budget_planned=0, budget_actual=0) == []


def test_over_budget_allows_ten_percent():
    assert not over_budget(1000, 1100)
    assert over_budget(1000, 1100.01)
    assert over_budget(0, 5)  # costs without any plan
    assert not over_budget(0, 0) and not over_budget(None, None)


# ---- checklist and policy checks --------------------------------------------------------------
ALL_CHECKED = {
    "accessibility": ("done", None),
    "inclusive_design": ("not_needed", None),
    "data_protection": ("done", False),
    "ethics": ("done", None),
    "it_security": ("done", None),
}


def test_done_step_with_unticked_checklist_entries_says_how_many():
    steps = numbered("done", "done", "skipped", "in_progress")
    unticked = {1: 2, 2: 0, 3: 1, 4: 3}
    # only done steps: a skipped step skips its checklist, an open one is not finished yet
    assert warn(steps, open_checklist=unticked) == [(W_CHECKLIST_OPEN, {"step": 1, "open": 2})]
    assert warn(steps, open_checklist={}) == []
    assert warn(steps) == []


def test_closing_step_8_with_open_policy_checks_warns():
    closed = ["done"] * 7
    checks = ALL_CHECKED | {"ethics": ("open", None), "it_security": ("in_progress", None)}
    expected = [(W_POLICY_CHECKS_OPEN, {"step": 8, "kinds": ["ethics", "it_security"]})]
    assert warn(numbered(*closed, "done"), policy_checks=checks) == expected
    # skipping step 8 still warns: data protection and security do not go away
    assert warn(numbered(*closed, "skipped"), policy_checks=checks) == expected
    # while step 8 is being worked on, open checks are normal
    assert warn(numbered(*closed, "in_progress"), policy_checks=checks) == []
    assert warn(numbered(*closed, "done"), policy_checks=ALL_CHECKED) == []


def test_closing_step_8_without_a_dpia_decision_warns():
    closed = numbered(*["done"] * 8)
    undecided = ALL_CHECKED | {"data_protection": ("done", None)}
    assert warn(closed, policy_checks=undecided) == [(W_DPIA_UNDECIDED, {"step": 8})]
    # not needed at all: no impact assessment to decide on
    not_needed = ALL_CHECKED | {"data_protection": ("not_needed", None)}
    assert warn(closed, policy_checks=not_needed) == []
    everything_open = dict.fromkeys(ALL_CHECKED, ("open", None))
    assert warn(closed, policy_checks=everything_open) == [
        (W_POLICY_CHECKS_OPEN, {"step": 8, "kinds": list(ALL_CHECKED)}),
        (W_DPIA_UNDECIDED, {"step": 8}),
    ]

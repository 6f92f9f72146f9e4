"""Words for the project tracker's stored values and warnings, shared by its views."""

from __future__ import annotations

from digiwandel.domain import steps as step_rules
from digiwandel.domain.language import current, translate

# Colour-blind-safe tones; the word is always shown next to the colour.
LIGHT_COLOURS = {"green": "#1a7f37", "amber": "#d4a000", "red": "#c62828"}


def light(value: str) -> str:
    return {
        "green": translate("ProjectTexts", "Green"),
        "amber": translate("ProjectTexts", "Amber"),
        "red": translate("ProjectTexts", "Red"),
    }.get(value, value)


def light_meaning(value: str) -> str:
    """What each colour means; shown in the edit dialog and the help."""
    return {
        "green": translate(
            "ProjectTexts", "Green: on track – time, budget and quality as planned."
        ),
        "amber": translate(
            "ProjectTexts",
            "Amber: at risk – a problem the team can still solve itself; watch it closely.",
        ),
        "red": translate(
            "ProjectTexts",
            "Red: off track – the goal, date or budget cannot be kept without a decision "
            "by the leadership.",
        ),
    }.get(value, value)


def status(value: str) -> str:
    return {
        "planned": translate("ProjectTexts", "planned"),
        "active": translate("ProjectTexts", "active"),
        "paused": translate("ProjectTexts", "paused"),
        "completed": translate("ProjectTexts", "completed"),
        "cancelled": translate("ProjectTexts", "cancelled"),
    }.get(value, value)


def step_status(value: str) -> str:
    return {
        "open": translate("ProjectTexts", "open"),
        "in_progress": translate("ProjectTexts", "in progress"),
        "done": translate("ProjectTexts", "done"),
        "skipped": translate("ProjectTexts", "skipped"),
    }.get(value, value)


STEP_STATUS_SIGNS = {"open": "○", "in_progress": "◐", "done": "●", "skipped": "⊘"}


def stakeholder_kind(value: str) -> str:
    return {
        "staff": translate("ProjectTexts", "staff"),
        "clients": translate("ProjectTexts", "clients"),
        "technology_partner": translate("ProjectTexts", "technology partner"),
        "funder": translate("ProjectTexts", "funder"),
        "board": translate("ProjectTexts", "board"),
        "other": translate("ProjectTexts", "other"),
    }.get(value, value)


def involvement(value: str) -> str:
    return {
        "inform": translate("ProjectTexts", "inform"),
        "consult": translate("ProjectTexts", "consult"),
        "involve": translate("ProjectTexts", "involve"),
        "decide": translate("ProjectTexts", "decide"),
    }.get(value, value)


def procurement_status(value: str) -> str:
    return {
        "planned": translate("ProjectTexts", "planned"),
        "requested": translate("ProjectTexts", "requested"),
        "ordered": translate("ProjectTexts", "ordered"),
        "delivered": translate("ProjectTexts", "delivered"),
        "cancelled": translate("ProjectTexts", "cancelled"),
    }.get(value, value)


def policy_kind(value: str) -> str:
    return {
        "accessibility": translate("ProjectTexts", "Accessibility"),
        "inclusive_design": translate("ProjectTexts", "Inclusive design"),
        "data_protection": translate("ProjectTexts", "Data protection"),
        "ethics": translate("ProjectTexts", "Ethics"),
        "it_security": translate("ProjectTexts", "IT security"),
    }.get(value, value)


def policy_status(value: str) -> str:
    return {
        "open": translate("ProjectTexts", "open"),
        "in_progress": translate("ProjectTexts", "in progress"),
        "done": translate("ProjectTexts", "done"),
        "not_needed": translate("ProjectTexts", "not needed"),
    }.get(value, value)


def risk_status(value: str) -> str:
    return {
        "open": translate("ProjectTexts", "open"),
        "mitigated": translate("ProjectTexts", "mitigated"),
        "closed": translate("ProjectTexts", "closed"),
        "occurred": translate("ProjectTexts", "occurred"),
    }.get(value, value)


def yes_no_open(value: bool | None) -> str:
    if value is None:
        return translate("ProjectTexts", "not decided")
    return translate("ProjectTexts", "yes") if value else translate("ProjectTexts", "no")


def money(value: float | None) -> str:
    """An amount as the UI language writes it (1.450,00 € / €1,450.00)."""
    return current().money(value)


def step_label(number: int | None, lang: str) -> str:
    if number is None:
        return translate("ProjectTexts", "all steps closed")
    return f"{number} · {step_rules.step_title(number, lang)}"


def warning(code: str, figures: dict) -> str:
    """One warning in words; warnings advise and never block."""
    # lupdate only sees a count passed as a plain name, hence the local `count`.
    if code == step_rules.W_EARLIER_OPEN:
        count = len(figures["open"])
        return translate(
            "ProjectTexts",
            "Step {step} is done while %n earlier step(s) are still open: {open}.",
            "",
            count,
        ).format(step=figures["step"], open=", ".join(str(n) for n in figures["open"]))
    if code == step_rules.W_CHECKLIST_OPEN:
        count = figures["open"]
        return translate(
            "ProjectTexts",
            "Step {step} is done with %n checklist entry(s) not ticked.",
            "",
            count,
        ).format(step=figures["step"])
    if code == step_rules.W_POLICY_CHECKS_OPEN:
        count = len(figures["kinds"])
        return translate(
            "ProjectTexts",
            "Step 8 is closed while %n check(s) are still open: {checks}.",
            "",
            count,
        ).format(checks=", ".join(policy_kind(kind) for kind in figures["kinds"]))
    if code == step_rules.W_DPIA_UNDECIDED:
        return translate(
            "ProjectTexts",
            "Step 8 is closed, but nobody has decided yet whether a data protection impact "
            "assessment (DPIA) is needed.",
        )
    if code == step_rules.W_PILOT_WITHOUT_METRIC:
        return translate(
            "ProjectTexts",
            "The pilot (step 6) has started, but step 4 has no success metric yet: "
            "without one, nobody can tell whether the pilot worked.",
        )
    if code == step_rules.W_EVALUATION_WITHOUT_MEASUREMENT:
        return translate(
            "ProjectTexts",
            "The evaluation (step 9) has started, but no success metric has a measurement yet.",
        )
    if code == step_rules.W_EVALUATION_BEFORE_PILOT_END:
        return translate(
            "ProjectTexts",
            "The evaluation is due on {evaluation}, before the pilot ends on {pilot}.",
        ).format(
            evaluation=current().date(figures["evaluation_due"]),
            pilot=current().date(figures["pilot_due"]),
        )
    if code == step_rules.W_BUDGET_OVER_PLAN:
        if figures.get("percent") is None:
            return translate(
                "ProjectTexts", "Costs of {actual} have been booked, but no budget was planned."
            ).format(actual=money(figures["actual"]))
        return translate(
            "ProjectTexts",
            "The actual costs ({actual}) are {percent} % of the plan ({planned}): "
            "more than 10 % over.",
        ).format(
            actual=money(figures["actual"]),
            planned=money(figures["planned"]),
            percent=f"{figures['percent']:.0f}",
        )
    return code

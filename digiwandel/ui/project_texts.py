"""Words for the project tracker's stored values and warnings, shared by its views."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from digiwandel.domain import steps as step_rules
from digiwandel.ui.context import format_date
from digiwandel.ui.forms import money_text

# Colour-blind-safe tones; the word is always shown next to the colour.
LIGHT_COLOURS = {"green": "#1a7f37", "amber": "#d4a000", "red": "#c62828"}


def light_colour(light: str) -> QColor:
    return QColor(LIGHT_COLOURS.get(light, "#888888"))


def light(value: str) -> str:
    return {
        "green": QCoreApplication.translate("ProjectTexts", "Green"),
        "amber": QCoreApplication.translate("ProjectTexts", "Amber"),
        "red": QCoreApplication.translate("ProjectTexts", "Red"),
    }.get(value, value)


def light_meaning(value: str) -> str:
    """What each colour means; shown in the edit dialog and the help."""
    return {
        "green": QCoreApplication.translate(
            "ProjectTexts", "Green: on track – time, budget and quality as planned."
        ),
        "amber": QCoreApplication.translate(
            "ProjectTexts",
            "Amber: at risk – a problem the team can still solve itself; watch it closely.",
        ),
        "red": QCoreApplication.translate(
            "ProjectTexts",
            "Red: off track – the goal, date or budget cannot be kept without a decision "
            "by the leadership.",
        ),
    }.get(value, value)


def status(value: str) -> str:
    return {
        "planned": QCoreApplication.translate("ProjectTexts", "planned"),
        "active": QCoreApplication.translate("ProjectTexts", "active"),
        "paused": QCoreApplication.translate("ProjectTexts", "paused"),
        "completed": QCoreApplication.translate("ProjectTexts", "completed"),
        "cancelled": QCoreApplication.translate("ProjectTexts", "cancelled"),
    }.get(value, value)


def step_status(value: str) -> str:
    return {
        "open": QCoreApplication.translate("ProjectTexts", "open"),
        "in_progress": QCoreApplication.translate("ProjectTexts", "in progress"),
        "done": QCoreApplication.translate("ProjectTexts", "done"),
        "skipped": QCoreApplication.translate("ProjectTexts", "skipped"),
    }.get(value, value)


STEP_STATUS_SIGNS = {"open": "○", "in_progress": "◐", "done": "●", "skipped": "⊘"}


def stakeholder_kind(value: str) -> str:
    return {
        "staff": QCoreApplication.translate("ProjectTexts", "staff"),
        "clients": QCoreApplication.translate("ProjectTexts", "clients"),
        "technology_partner": QCoreApplication.translate("ProjectTexts", "technology partner"),
        "funder": QCoreApplication.translate("ProjectTexts", "funder"),
        "board": QCoreApplication.translate("ProjectTexts", "board"),
        "other": QCoreApplication.translate("ProjectTexts", "other"),
    }.get(value, value)


def involvement(value: str) -> str:
    return {
        "inform": QCoreApplication.translate("ProjectTexts", "inform"),
        "consult": QCoreApplication.translate("ProjectTexts", "consult"),
        "involve": QCoreApplication.translate("ProjectTexts", "involve"),
        "decide": QCoreApplication.translate("ProjectTexts", "decide"),
    }.get(value, value)


def procurement_status(value: str) -> str:
    return {
        "planned": QCoreApplication.translate("ProjectTexts", "planned"),
        "requested": QCoreApplication.translate("ProjectTexts", "requested"),
        "ordered": QCoreApplication.translate("ProjectTexts", "ordered"),
        "delivered": QCoreApplication.translate("ProjectTexts", "delivered"),
        "cancelled": QCoreApplication.translate("ProjectTexts", "cancelled"),
    }.get(value, value)


def policy_kind(value: str) -> str:
    return {
        "accessibility": QCoreApplication.translate("ProjectTexts", "Accessibility"),
        "inclusive_design": QCoreApplication.translate("ProjectTexts", "Inclusive design"),
        "data_protection": QCoreApplication.translate("ProjectTexts", "Data protection"),
        "ethics": QCoreApplication.translate("ProjectTexts", "Ethics"),
        "it_security": QCoreApplication.translate("ProjectTexts", "IT security"),
    }.get(value, value)


def policy_status(value: str) -> str:
    return {
        "open": QCoreApplication.translate("ProjectTexts", "open"),
        "in_progress": QCoreApplication.translate("ProjectTexts", "in progress"),
        "done": QCoreApplication.translate("ProjectTexts", "done"),
        "not_needed": QCoreApplication.translate("ProjectTexts", "not needed"),
    }.get(value, value)


def risk_status(value: str) -> str:
    return {
        "open": QCoreApplication.translate("ProjectTexts", "open"),
        "mitigated": QCoreApplication.translate("ProjectTexts", "mitigated"),
        "closed": QCoreApplication.translate("ProjectTexts", "closed"),
        "occurred": QCoreApplication.translate("ProjectTexts", "occurred"),
    }.get(value, value)


def yes_no_open(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("ProjectTexts", "not decided")
    return (
        QCoreApplication.translate("ProjectTexts", "yes")
        if value
        else QCoreApplication.translate("ProjectTexts", "no")
    )


def money(value: float | None) -> str:
    """An amount as the UI language writes it (1.450,00 € / €1,450.00)."""
    return money_text(value)


def step_label(number: int | None, lang: str) -> str:
    if number is None:
        return QCoreApplication.translate("ProjectTexts", "all steps closed")
    return f"{number} · {step_rules.step_title(number, lang)}"


def warning(code: str, figures: dict) -> str:
    """One warning in words; warnings advise and never block."""
    # lupdate only sees a count passed as a plain name, hence the local `count`.
    if code == step_rules.W_EARLIER_OPEN:
        count = len(figures["open"])
        return QCoreApplication.translate(
            "ProjectTexts",
            "Step {step} is done while %n earlier step(s) are still open: {open}.",
            "",
            count,
        ).format(step=figures["step"], open=", ".join(str(n) for n in figures["open"]))
    if code == step_rules.W_CHECKLIST_OPEN:
        count = figures["open"]
        return QCoreApplication.translate(
            "ProjectTexts",
            "Step {step} is done with %n checklist entry(s) not ticked.",
            "",
            count,
        ).format(step=figures["step"])
    if code == step_rules.W_POLICY_CHECKS_OPEN:
        count = len(figures["kinds"])
        return QCoreApplication.translate(
            "ProjectTexts",
            "Step 8 is closed while %n check(s) are still open: {checks}.",
            "",
            count,
        ).format(checks=", ".join(policy_kind(kind) for kind in figures["kinds"]))
    if code == step_rules.W_DPIA_UNDECIDED:
        return QCoreApplication.translate(
            "ProjectTexts",
            "Step 8 is closed, but nobody has decided yet whether a data protection impact "
            "assessment (DPIA) is needed.",
        )
    if code == step_rules.W_PILOT_WITHOUT_METRIC:
        return QCoreApplication.translate(
            "ProjectTexts",
            "The pilot (step 6) has started, but step 4 has no success metric yet: "
            "without one, nobody can tell whether the pilot worked.",
        )
    if code == step_rules.W_EVALUATION_WITHOUT_MEASUREMENT:
        return QCoreApplication.translate(
            "ProjectTexts",
            "The evaluation (step 9) has started, but no success metric has a measurement yet.",
        )
    if code == step_rules.W_EVALUATION_BEFORE_PILOT_END:
        return QCoreApplication.translate(
            "ProjectTexts",
            "The evaluation is due on {evaluation}, before the pilot ends on {pilot}.",
        ).format(
            evaluation=format_date(figures["evaluation_due"]),
            pilot=format_date(figures["pilot_due"]),
        )
    if code == step_rules.W_BUDGET_OVER_PLAN:
        if figures.get("percent") is None:
            return QCoreApplication.translate(
                "ProjectTexts", "Costs of {actual} have been booked, but no budget was planned."
            ).format(actual=money(figures["actual"]))
        return QCoreApplication.translate(
            "ProjectTexts",
            "The actual costs ({actual}) are {percent} % of the plan ({planned}): "
            "more than 10 % over.",
        ).format(
            actual=money(figures["actual"]),
            planned=money(figures["planned"]),
            percent=f"{figures['percent']:.0f}",
        )
    return code

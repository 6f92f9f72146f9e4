"""Words for the strategy's stored values, shared by every tab that shows them."""

from __future__ import annotations

from digiwandel.domain.language import translate


def goal_status(status: str) -> str:
    return {
        "open": translate("StrategyTexts", "open"),
        "in_progress": translate("StrategyTexts", "in progress"),
        "achieved": translate("StrategyTexts", "achieved"),
        "dropped": translate("StrategyTexts", "dropped"),
    }.get(status, status)


def impact_stage(level: int) -> str:
    """The PHINEO impact ladder: steps 1–3 output, 4–6 outcome, 7 impact."""
    if level <= 3:
        return translate("StrategyTexts", "Output")
    if level <= 6:
        return translate("StrategyTexts", "Outcome")
    return translate("StrategyTexts", "Impact")


def impact_short(level: int | None) -> str:
    return "" if level is None else f"{level} – {impact_stage(level)}"


def frequency(value: str) -> str:
    return {
        "weekly": translate("StrategyTexts", "weekly"),
        "monthly": translate("StrategyTexts", "monthly"),
        "quarterly": translate("StrategyTexts", "quarterly"),
        "half_yearly": translate("StrategyTexts", "half-yearly"),
        "yearly": translate("StrategyTexts", "yearly"),
        "once": translate("StrategyTexts", "once"),
    }.get(value, value)


def direction(value: str) -> str:
    """Which way an indicator should move (goals and measures alike)."""
    return {
        "higher": translate("StrategyTexts", "higher is better"),
        "lower": translate("StrategyTexts", "lower is better"),
        "range": translate("StrategyTexts", "within range"),
    }.get(value, value)


def indicator_kind(value: str) -> str:
    return {
        "number": translate("StrategyTexts", "number"),
        "boolean": translate("StrategyTexts", "yes/no"),
    }.get(value, value)

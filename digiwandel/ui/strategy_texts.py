"""Words for the strategy's stored values, shared by every tab that shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def goal_status(status: str) -> str:
    return {
        "open": QCoreApplication.translate("StrategyTexts", "open"),
        "in_progress": QCoreApplication.translate("StrategyTexts", "in progress"),
        "achieved": QCoreApplication.translate("StrategyTexts", "achieved"),
        "dropped": QCoreApplication.translate("StrategyTexts", "dropped"),
    }.get(status, status)


def impact_stage(level: int) -> str:
    """The PHINEO impact ladder: steps 1–3 output, 4–6 outcome, 7 impact."""
    if level <= 3:
        return QCoreApplication.translate("StrategyTexts", "Output")
    if level <= 6:
        return QCoreApplication.translate("StrategyTexts", "Outcome")
    return QCoreApplication.translate("StrategyTexts", "Impact")


def impact_short(level: int | None) -> str:
    return "" if level is None else f"{level} – {impact_stage(level)}"


def frequency(value: str) -> str:
    return {
        "weekly": QCoreApplication.translate("StrategyTexts", "weekly"),
        "monthly": QCoreApplication.translate("StrategyTexts", "monthly"),
        "quarterly": QCoreApplication.translate("StrategyTexts", "quarterly"),
        "half_yearly": QCoreApplication.translate("StrategyTexts", "half-yearly"),
        "yearly": QCoreApplication.translate("StrategyTexts", "yearly"),
        "once": QCoreApplication.translate("StrategyTexts", "once"),
    }.get(value, value)


def direction(value: str) -> str:
    """Which way an indicator should move (goals and measures alike)."""
    return {
        "higher": QCoreApplication.translate("StrategyTexts", "higher is better"),
        "lower": QCoreApplication.translate("StrategyTexts", "lower is better"),
        "range": QCoreApplication.translate("StrategyTexts", "within range"),
    }.get(value, value)


def indicator_kind(value: str) -> str:
    return {
        "number": QCoreApplication.translate("StrategyTexts", "number"),
        "boolean": QCoreApplication.translate("StrategyTexts", "yes/no"),
    }.get(value, value)

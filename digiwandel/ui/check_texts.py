"""Plain-language texts for bands, findings, reasons and recommendations of the check.

The domain returns keys and figures; this module turns them into sentences in the user's
language. Written in our own words; the article by Heister and Krings names the deficits
and recommendations these texts explain.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def percent(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "–"
    return QLocale().toString(float(value), "f", digits) + " %"


def signed(value: float | None, unit: str = " %") -> str:
    if value is None:
        return "–"
    text = QLocale().toString(abs(float(value)), "f", 0)
    sign = "+" if value > 0.5 else ("−" if value < -0.5 else "±")
    return f"{sign}{text}{unit}"


def band_name(band: str | None) -> str:
    names = {
        "entry": QCoreApplication.translate("CheckTexts", "Getting started"),
        "basics": QCoreApplication.translate("CheckTexts", "Foundations"),
        "advanced": QCoreApplication.translate("CheckTexts", "Advanced"),
        "established": QCoreApplication.translate("CheckTexts", "Established"),
    }
    return names.get(band or "", "–")


def band_explanation(band: str | None) -> str:
    texts = {
        "entry": QCoreApplication.translate(
            "CheckTexts",
            "Digital work has hardly begun. That is a normal starting point: the most "
            "important step now is to agree on who drives the topic and where to start.",
        ),
        "basics": QCoreApplication.translate(
            "CheckTexts",
            "First foundations are in place, but they depend on individuals and differ "
            "between areas. Now is the time to tie them together with a common plan.",
        ),
        "advanced": QCoreApplication.translate(
            "CheckTexts",
            "Digital work is part of everyday life in many places. The task now is to close "
            "the remaining gaps and to review regularly what the measures achieve.",
        ),
        "established": QCoreApplication.translate(
            "CheckTexts",
            "Digital work is firmly established across the organisation. Keep it up: review "
            "regularly, learn from others and try new things.",
        ),
    }
    return texts.get(band or "", "")


def level_name(level: int) -> str:
    names = (
        QCoreApplication.translate("CheckTexts", "not started"),
        QCoreApplication.translate("CheckTexts", "first steps"),
        QCoreApplication.translate("CheckTexts", "partly established"),
        QCoreApplication.translate("CheckTexts", "firmly established"),
    )
    return names[level]


def relevance_name(relevance: int) -> str:
    names = (
        QCoreApplication.translate("CheckTexts", "low"),
        QCoreApplication.translate("CheckTexts", "medium"),
        QCoreApplication.translate("CheckTexts", "high"),
    )
    return names[max(0, min(2, relevance))]


def finding_title(key: str) -> str:
    titles = {
        "silo_thinking": QCoreApplication.translate("CheckTexts", "Silo thinking"),
        "strategic_vacuum": QCoreApplication.translate("CheckTexts", "Strategic vacuum"),
        "insufficient_diagnosis": QCoreApplication.translate(
            "CheckTexts", "Too little known about the starting point"
        ),
        "one_off": QCoreApplication.translate("CheckTexts", "Digitalisation as a one-off project"),
        "immediate_effect": QCoreApplication.translate("CheckTexts", "Expecting effects too soon"),
        "weak_innovation": QCoreApplication.translate("CheckTexts", "Weak culture of innovation"),
        "funding_gap": QCoreApplication.translate("CheckTexts", "Funding gap"),
    }
    return titles.get(key, key)


def finding_summary(key: str) -> str:
    texts = {
        "silo_thinking": QCoreApplication.translate(
            "CheckTexts",
            "Areas work on digital topics each for themselves. Without coordination, "
            "solutions do not fit together and experience is not shared.",
        ),
        "strategic_vacuum": QCoreApplication.translate(
            "CheckTexts",
            "There is no common direction for digital work that everyone knows, so measures "
            "stand on their own instead of serving shared goals.",
        ),
        "insufficient_diagnosis": QCoreApplication.translate(
            "CheckTexts",
            "Many things about the starting point are unknown, especially outside the "
            "organisation: the needs of clients, the ways of funders, what peers do.",
        ),
        "one_off": QCoreApplication.translate(
            "CheckTexts",
            "Digital change is treated as a project with an end date. It is an ongoing "
            "process that needs regular checks and adjustments.",
        ),
        "immediate_effect": QCoreApplication.translate(
            "CheckTexts",
            "Results are expected before a measure can show them. Effects of digital "
            "change need time and stamina.",
        ),
        "weak_innovation": QCoreApplication.translate(
            "CheckTexts",
            "Trying new things and learning from mistakes is not yet usual. Often the "
            "obstacles are cultural rather than technical.",
        ),
        "funding_gap": QCoreApplication.translate(
            "CheckTexts",
            "Money and time for digital work are not secured. Fees negotiated with funders "
            "rarely cover investments in digitalisation.",
        ),
    }
    return texts.get(key, "")


def reason_text(code: str, figures: dict) -> str:
    """One concrete trigger of a finding, with its figures, as a sentence."""
    f = dict(figures)
    for key in ("percent", "spread_points", "share_percent"):
        if key in f and isinstance(f[key], int | float):
            f[key] = QLocale().toString(float(f[key]), "f", 0)
    templates = {
        "area_spread": QCoreApplication.translate(
            "CheckTexts",
            "In “{dimension}”, the best and the weakest area are {spread_points} points apart.",
        ),
        "cross_department_low": QCoreApplication.translate(
            "CheckTexts", "Collaboration across areas reaches only {percent} %."
        ),
        "team_missing_areas": QCoreApplication.translate(
            "CheckTexts", "These areas are not represented in the digital team: {areas}."
        ),
        "strategy_low": QCoreApplication.translate(
            "CheckTexts", "The dimension strategy and leadership reaches only {percent} %."
        ),
        "no_adopted_strategy": QCoreApplication.translate(
            "CheckTexts", "No strategy version has been adopted yet."
        ),
        "measures_without_goal": QCoreApplication.translate(
            "CheckTexts", "{count} measure(s) are not linked to any strategic goal."
        ),
        "dont_know_high": QCoreApplication.translate(
            "CheckTexts", "{share_percent} % of all answers were “don't know”."
        ),
        "external_unanswered": QCoreApplication.translate(
            "CheckTexts",
            "{count} question(s) about clients, funders or peers received no assessment.",
        ),
        "check_outdated": QCoreApplication.translate(
            "CheckTexts", "The last completed check is {months} months old."
        ),
        "single_assessment": QCoreApplication.translate(
            "CheckTexts", "There is only one completed check, so no change can be seen yet."
        ),
        "no_monitoring": QCoreApplication.translate(
            "CheckTexts",
            "{projects} measure(s) have neither PDCA cycles nor measurements of their effect.",
        ),
        "evaluation_before_pilot_end": QCoreApplication.translate(
            "CheckTexts", "{count} measure(s) plan the evaluation before the pilot ends."
        ),
        "targets_too_soon": QCoreApplication.translate(
            "CheckTexts", "{count} indicator(s) expect their target within six weeks."
        ),
        "innovation_low": QCoreApplication.translate(
            "CheckTexts", "Questions on innovation reach only {percent} %."
        ),
        "monitoring_low": QCoreApplication.translate(
            "CheckTexts",
            "Questions on measuring and reviewing digital work reach only {percent} %.",
        ),
        "funding_low": QCoreApplication.translate(
            "CheckTexts", "Questions on funding and resources reach only {percent} %."
        ),
    }
    template = templates.get(code)
    if template is None:
        return code
    try:
        return template.format(**f)
    except (KeyError, IndexError):
        return template


def recommendation_title(key: str) -> str:
    titles = {
        "strategic_anchoring": QCoreApplication.translate(
            "CheckTexts", "Anchor digitalisation in leadership and form a digital team"
        ),
        "status_quo_survey": QCoreApplication.translate(
            "CheckTexts", "Survey the starting point, inside and outside"
        ),
        "organisational_identity": QCoreApplication.translate(
            "CheckTexts", "Relate vision, Leitbild and aims to digital change"
        ),
        "overarching_strategy": QCoreApplication.translate(
            "CheckTexts", "Develop an overarching digital strategy"
        ),
        "aligned_measures": QCoreApplication.translate(
            "CheckTexts", "Align every measure with the strategy"
        ),
        "project_management": QCoreApplication.translate(
            "CheckTexts", "Manage measures as projects with a control loop"
        ),
        "communication": QCoreApplication.translate("CheckTexts", "Communicate at every step"),
    }
    return titles.get(key, key)


def recommendation_text(key: str) -> str:
    texts = {
        "strategic_anchoring": QCoreApplication.translate(
            "CheckTexts",
            "Make digitalisation a task of the top management and put together a digital "
            "team with people from all areas and levels, volunteers included. The team "
            "coordinates the measures; the Strategy part shows which areas it does not "
            "cover yet.",
        ),
        "status_quo_survey": QCoreApplication.translate(
            "CheckTexts",
            "Repeat this check regularly and let more colleagues answer. Look outwards too: "
            "ask clients what they need, clarify the reporting and billing ways with "
            "funders, and compare with peers.",
        ),
        "organisational_identity": QCoreApplication.translate(
            "CheckTexts",
            "Check how vision, Leitbild and overarching aims relate to digital change, and "
            "write down what digitalisation means for each of them.",
        ),
        "overarching_strategy": QCoreApplication.translate(
            "CheckTexts",
            "Build on this check and your identity to write a digital strategy with "
            "measurable goals. It sets the direction and guides where money and time go.",
        ),
        "aligned_measures": QCoreApplication.translate(
            "CheckTexts",
            "Choose measures that serve a strategic goal, keep them concrete, measurable "
            "and limited in time, and link each one to its goal.",
        ),
        "project_management": QCoreApplication.translate(
            "CheckTexts",
            "Run each measure through the twelve steps and a plan–do–check–act cycle, "
            "with success metrics that are measured before and after.",
        ),
        "communication": QCoreApplication.translate(
            "CheckTexts",
            "Inform and involve staff, clients, funders and the board at every step, so "
            "that everyone understands the change and can take part.",
        ),
    }
    return texts.get(key, "")


def group_name(key: str) -> str:
    names = {
        "leadership": QCoreApplication.translate("CheckTexts", "Leadership"),
        "staff": QCoreApplication.translate("CheckTexts", "Staff"),
        "volunteer": QCoreApplication.translate("CheckTexts", "Volunteers"),
    }
    return names.get(key, key)


def too_few() -> str:
    return QCoreApplication.translate("CheckTexts", "too few answers")

"""Plain-language texts for bands, findings, reasons and recommendations of the check.

The domain returns keys and figures; this module turns them into sentences in the user's
language. Written in our own words; the article by Heister and Krings names the deficits
and recommendations these texts explain.
"""

from __future__ import annotations

from digiwandel.domain.language import current, translate


def percent(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "–"
    return current().percent(value, digits)


def signed(value: float | None, unit: str = " %") -> str:
    if value is None:
        return "–"
    text = current().number(abs(float(value)), 0)
    sign = "+" if value > 0.5 else ("−" if value < -0.5 else "±")
    return f"{sign}{text}{unit}"


def band_name(band: str | None) -> str:
    names = {
        "entry": translate("CheckTexts", "Getting started"),
        "basics": translate("CheckTexts", "Foundations"),
        "advanced": translate("CheckTexts", "Advanced"),
        "established": translate("CheckTexts", "Established"),
    }
    return names.get(band or "", "–")


def band_explanation(band: str | None) -> str:
    texts = {
        "entry": translate(
            "CheckTexts",
            "Digital work has hardly begun. That is a normal starting point: the most "
            "important step now is to agree on who drives the topic and where to start.",
        ),
        "basics": translate(
            "CheckTexts",
            "First foundations are in place, but they depend on individuals and differ "
            "between areas. Now is the time to tie them together with a common plan.",
        ),
        "advanced": translate(
            "CheckTexts",
            "Digital work is part of everyday life in many places. The task now is to close "
            "the remaining gaps and to review regularly what the measures achieve.",
        ),
        "established": translate(
            "CheckTexts",
            "Digital work is firmly established across the organisation. Keep it up: review "
            "regularly, learn from others and try new things.",
        ),
    }
    return texts.get(band or "", "")


def band_limits() -> str:
    """How the index maps to the stages, and why a rounded 50 % can be either side."""
    return translate(
        "CheckTexts",
        "Stages by the index: up to 25 % “Getting started”, up to 50 % “Foundations”, up to "
        "75 % “Advanced”, above that “Established”. The index is shown rounded, the stage "
        "follows the exact value: a result shown as 50 % may still be “Foundations”.",
    )


def level_name(level: int) -> str:
    names = (
        translate("CheckTexts", "not started"),
        translate("CheckTexts", "first steps"),
        translate("CheckTexts", "partly established"),
        translate("CheckTexts", "firmly established"),
    )
    return names[level]


def relevance_name(relevance: int) -> str:
    names = (
        translate("CheckTexts", "low"),
        translate("CheckTexts", "medium"),
        translate("CheckTexts", "high"),
    )
    return names[max(0, min(2, relevance))]


def finding_title(key: str) -> str:
    """The name of the deficit (what the data shows)."""
    titles = {
        "silo_thinking": translate("CheckTexts", "Silo thinking"),
        "strategic_vacuum": translate("CheckTexts", "Strategic vacuum"),
        "insufficient_diagnosis": translate(
            "CheckTexts", "Too little known about the starting point"
        ),
        "one_off": translate("CheckTexts", "Digitalisation as a one-off project"),
        "immediate_effect": translate("CheckTexts", "Expecting effects too soon"),
        "weak_innovation": translate("CheckTexts", "Weak culture of innovation"),
        "funding_gap": translate("CheckTexts", "Funding gap"),
        "weak_dimensions": translate("CheckTexts", "Weak dimensions"),
    }
    return titles.get(key, key)


def finding_summary(key: str) -> str:
    texts = {
        "silo_thinking": translate(
            "CheckTexts",
            "Areas work on digital topics each for themselves. Without coordination, "
            "solutions do not fit together and experience is not shared.",
        ),
        "strategic_vacuum": translate(
            "CheckTexts",
            "There is no common direction for digital work that everyone knows, so measures "
            "stand on their own instead of serving shared goals.",
        ),
        "insufficient_diagnosis": translate(
            "CheckTexts",
            "Many things about the starting point are unknown, especially outside the "
            "organisation: the needs of clients, the ways of funders, what peers do.",
        ),
        "one_off": translate(
            "CheckTexts",
            "Digital change is treated as a project with an end date. It is an ongoing "
            "process that needs regular checks and adjustments.",
        ),
        "immediate_effect": translate(
            "CheckTexts",
            "Results are expected before a measure can show them. Effects of digital "
            "change need time and stamina.",
        ),
        "weak_innovation": translate(
            "CheckTexts",
            "Trying new things and learning from mistakes is not yet usual. Often the "
            "obstacles are cultural rather than technical.",
        ),
        "funding_gap": translate(
            "CheckTexts",
            "Money and time for digital work are not secured. Fees negotiated with funders "
            "rarely cover investments in digitalisation.",
        ),
        "weak_dimensions": translate(
            "CheckTexts",
            "Some dimensions of the catalog are still far from established. They need "
            "their own goals and measures.",
        ),
    }
    return texts.get(key, "")


def tag_name(tag: str) -> str:
    """The outside topics of the initial diagnosis (catalog tags)."""
    names = {
        "clients": translate("CheckTexts", "clients"),
        "funders": translate("CheckTexts", "funders (reporting and billing)"),
        "peers": translate("CheckTexts", "other providers"),
        "market": translate("CheckTexts", "solutions on the market"),
    }
    return names.get(tag, tag)


_COUNTED = ("count", "projects", "months")


def reason_text(code: str, figures: dict) -> str:
    """One concrete trigger of a finding, with its figures, as a sentence.

    Figures about strategy, goals and measures describe them as they are today, also for a
    past check, and the sentences say so.
    """
    f = dict(figures)
    for key in ("percent", "spread_points", "share_percent"):
        if key in f and isinstance(f[key], int | float):
            f[key] = (
                current().percent(f[key]) if key != "spread_points" else current().number(f[key], 0)
            )
    n = next((int(f[k]) for k in _COUNTED if isinstance(f.get(k), int | float)), -1)
    for key in ("count", "projects", "months", "total"):
        if isinstance(f.get(key), int | float):
            f[key] = current().number(f[key], 0)

    templates = {
        "area_spread": translate(
            "CheckTexts",
            "In “{dimension}”, the best and the weakest area are {spread_points} points apart.",
        ),
        "cross_department_low": translate(
            "CheckTexts", "Collaboration across areas reaches only {percent}."
        ),
        "team_missing_areas": translate(
            "CheckTexts",
            "As of today, these areas are not represented in the digital team: {areas}.",
        ),
        "strategy_low": translate(
            "CheckTexts", "The dimension “{dimension}” reaches only {percent}."
        ),
        "strategy_items_low": translate(
            "CheckTexts", "Questions on strategy and leadership reach only {percent}."
        ),
        "no_adopted_strategy": translate(
            "CheckTexts", "As of today, no strategy version has been adopted."
        ),
        "measures_without_goal": translate(
            "CheckTexts",
            "As of today, %n measure(s) are not linked to any strategic goal.",
            None,
            n,
        ),
        "dont_know_high": translate(
            "CheckTexts", "{share_percent} of all answers were “don't know”."
        ),
        "external_topic_dont_know": translate(
            "CheckTexts",
            "On questions about {tag}, {share_percent} of the answers were “don't know”.",
        ),
        "external_item_dont_know": translate(
            "CheckTexts", "“{item}”: {share_percent} of the answers were “don't know”."
        ),
        "external_unanswered": translate(
            "CheckTexts",
            "%n question(s) about clients, funders, peers or the market received no assessment.",
            None,
            n,
        ),
        "check_outdated": translate(
            "CheckTexts", "The last completed check is %n month(s) old.", None, n
        ),
        "no_follow_up": translate(
            "CheckTexts",
            "This check is %n month(s) old and no follow-up check has been planned.",
            None,
            n,
        ),
        "no_monitoring": translate(
            "CheckTexts",
            "As of today, %n measure(s) have neither PDCA cycles nor measurements of their effect.",
            None,
            n,
        ),
        "evaluation_before_pilot_end": translate(
            "CheckTexts",
            "As of today, %n measure(s) plan the evaluation before the pilot ends.",
            None,
            n,
        ),
        "targets_too_soon": translate(
            "CheckTexts",
            "As of today, %n indicator(s) expect their target within six weeks.",
            None,
            n,
        ),
        "innovation_low": translate("CheckTexts", "Questions on innovation reach only {percent}."),
        "monitoring_low": translate(
            "CheckTexts",
            "Questions on measuring and reviewing digital work reach only {percent}.",
        ),
        "funding_low": translate(
            "CheckTexts", "Questions on funding and resources reach only {percent}."
        ),
        "dimension_low": translate(
            "CheckTexts", "The dimension “{dimension}” reaches only {percent}."
        ),
    }
    if "tag" in f:
        f["tag"] = tag_name(str(f["tag"]))
    template = templates.get(code)
    if template is None:
        return code
    try:
        return template.format(**f)
    except (KeyError, IndexError):
        return template


def recommendation_title(key: str) -> str:
    titles = {
        "strategic_anchoring": translate(
            "CheckTexts", "Anchor digitalisation in leadership and form a digital team"
        ),
        "status_quo_survey": translate(
            "CheckTexts", "Survey the starting point, inside and outside"
        ),
        "organisational_identity": translate(
            "CheckTexts", "Relate vision, Leitbild and aims to digital change"
        ),
        "overarching_strategy": translate("CheckTexts", "Develop an overarching digital strategy"),
        "aligned_measures": translate("CheckTexts", "Align every measure with the strategy"),
        "project_management": translate(
            "CheckTexts", "Manage measures as projects with a control loop"
        ),
        "communication": translate("CheckTexts", "Communicate at every step"),
    }
    return titles.get(key, key)


def recommendation_text(key: str) -> str:
    texts = {
        "strategic_anchoring": translate(
            "CheckTexts",
            "Make digitalisation a task of the top management and put together a digital "
            "team with people from all areas and levels, volunteers included. The team "
            "coordinates the measures; the Strategy part shows which areas it does not "
            "cover yet.",
        ),
        "status_quo_survey": translate(
            "CheckTexts",
            "Repeat this check regularly and let more colleagues answer. Look outwards too: "
            "ask clients what they need, clarify the reporting and billing ways with "
            "funders, compare with peers and find out which solutions the market offers.",
        ),
        "organisational_identity": translate(
            "CheckTexts",
            "Check how vision, Leitbild and overarching aims relate to digital change, and "
            "write down what digitalisation means for each of them.",
        ),
        "overarching_strategy": translate(
            "CheckTexts",
            "Build on this check and your identity to write a digital strategy with "
            "measurable goals. It sets the direction and guides where money and time go.",
        ),
        "aligned_measures": translate(
            "CheckTexts",
            "Choose measures that serve a strategic goal, keep them concrete, measurable "
            "and limited in time, and link each one to its goal.",
        ),
        "project_management": translate(
            "CheckTexts",
            "Run each measure through the twelve steps and a plan–do–check–act cycle, "
            "with success metrics that are measured before and after.",
        ),
        "communication": translate(
            "CheckTexts",
            "Inform and involve staff, clients, funders and the board at every step, so "
            "that everyone understands the change and can take part.",
        ),
    }
    return texts.get(key, "")


def measure_title(choice: str) -> str:
    """An action title for a measure created from "finding:<key>" or "recommendation:<key>".

    A measure is named after what it does, not after the deficit it answers.
    """
    titles = {
        "finding:silo_thinking": translate(
            "CheckTexts", "Set up a digital team with members from every area"
        ),
        "finding:strategic_vacuum": translate(
            "CheckTexts", "Write and adopt a digital strategy with measurable goals"
        ),
        "finding:insufficient_diagnosis": translate(
            "CheckTexts", "Survey clients, funders and peers about the digital starting point"
        ),
        "finding:one_off": translate(
            "CheckTexts", "Review the digital measures regularly and repeat the check every year"
        ),
        "finding:immediate_effect": translate(
            "CheckTexts", "Set realistic time frames for pilots and their evaluation"
        ),
        "finding:weak_innovation": translate(
            "CheckTexts", "Try out a new digital solution in a small pilot"
        ),
        "finding:funding_gap": translate(
            "CheckTexts", "Secure a budget and working time for digitalisation"
        ),
        "finding:weak_dimensions": translate(
            "CheckTexts", "Raise the weakest dimension by one level"
        ),
        "recommendation:strategic_anchoring": translate(
            "CheckTexts", "Anchor digitalisation in the management and form a digital team"
        ),
        "recommendation:status_quo_survey": translate(
            "CheckTexts", "Survey the starting point inside and outside the organisation"
        ),
        "recommendation:organisational_identity": translate(
            "CheckTexts", "Relate vision and Leitbild to digital change"
        ),
        "recommendation:overarching_strategy": translate(
            "CheckTexts", "Develop an overarching digital strategy"
        ),
        "recommendation:aligned_measures": translate(
            "CheckTexts", "Link every digital measure to a strategic goal"
        ),
        "recommendation:project_management": translate(
            "CheckTexts", "Run digital measures with the twelve steps and a PDCA cycle"
        ),
        "recommendation:communication": translate(
            "CheckTexts", "Plan how staff, clients and funders are informed and involved"
        ),
    }
    return titles.get(choice, choice.partition(":")[2])


def measure_description(choice: str) -> str:
    """A SMART-style description (specific, measurable, assigned, realistic, timed) to edit."""
    texts = {
        "finding:silo_thinking": translate(
            "CheckTexts",
            "Within three months, every area names one person for a digital team. The team "
            "meets at least once a month, keeps a shared list of digital plans and reports "
            "to the management each quarter.",
        ),
        "finding:strategic_vacuum": translate(
            "CheckTexts",
            "Within six months, the management and the digital team write a digital "
            "strategy with at least three measurable goals, and the board adopts it. "
            "Every new measure is linked to one of these goals.",
        ),
        "finding:insufficient_diagnosis": translate(
            "CheckTexts",
            "Within four months, we ask at least ten clients about their digital needs, "
            "clarify reporting and billing with each funder, talk to two other providers "
            "and compare at least three software solutions. The results go into the next "
            "check.",
        ),
        "finding:one_off": translate(
            "CheckTexts",
            "From now on, every measure has a success metric measured before and after, and "
            "a PDCA review each quarter. The next check is scheduled twelve months after "
            "this one.",
        ),
        "finding:immediate_effect": translate(
            "CheckTexts",
            "For every running measure, the evaluation is scheduled after the pilot ends and "
            "indicator targets are set at least three months after their baseline. The "
            "management agrees to these time frames within one month.",
        ),
        "finding:weak_innovation": translate(
            "CheckTexts",
            "Within six months, one team tries out a new digital solution for eight weeks, "
            "records what worked and what did not, and presents the lessons to all staff.",
        ),
        "finding:funding_gap": translate(
            "CheckTexts",
            "For the next budget year, a separate budget line for digitalisation and fixed "
            "working hours for the digital team are agreed; digital costs are raised in the "
            "next fee negotiation and at least one grant is applied for.",
        ),
        "finding:weak_dimensions": translate(
            "CheckTexts",
            "Within twelve months, the weakest dimension of this check rises by at least one "
            "level; a responsible person, a budget and a review date are set at the start.",
        ),
        "recommendation:strategic_anchoring": translate(
            "CheckTexts",
            "Within three months, the management makes digitalisation part of its own "
            "tasks and sets up a digital team with people from every area and level, "
            "volunteers included, that meets at least monthly.",
        ),
        "recommendation:status_quo_survey": translate(
            "CheckTexts",
            "Within four months, more colleagues from every area answer the check, and we "
            "ask clients, funders and peers and look at solutions on the market; the "
            "share of “don't know” answers falls below one in ten.",
        ),
        "recommendation:organisational_identity": translate(
            "CheckTexts",
            "Within three months, a workshop with the management and the digital team "
            "writes down what digitalisation means for our vision, Leitbild and aims; the "
            "result is shared with all staff.",
        ),
        "recommendation:overarching_strategy": translate(
            "CheckTexts",
            "Within six months, a digital strategy with at least three measurable goals, "
            "owners and dates is written on the basis of this check and adopted by the "
            "board.",
        ),
        "recommendation:aligned_measures": translate(
            "CheckTexts",
            "Within two months, every planned and running measure is linked to a strategic "
            "goal and has a measurable target and an end date; measures without a goal are "
            "reconsidered.",
        ),
        "recommendation:project_management": translate(
            "CheckTexts",
            "From the next measure on, every measure goes through the twelve steps, has an "
            "owner, a success metric measured before and after, and a PDCA review at least "
            "each quarter.",
        ),
        "recommendation:communication": translate(
            "CheckTexts",
            "Within one month, a communication plan says who informs staff, clients, "
            "funders and the board about each step, how and when; every measure reports at "
            "least once per quarter.",
        ),
    }
    return texts.get(choice, "")


def catalog_import_notes(unknown_tags, not_derived, english_fallbacks: int) -> list[str]:
    """Notices after importing a catalog (CatalogRow.unknown_tags, .not_derived,
    .english_fallbacks), one sentence each; empty for a catalog with everything we use."""
    notes = []
    if unknown_tags:
        notes.append(
            translate(
                "CheckTexts", "These tags are unknown to the findings and are ignored: {tags}."
            ).format(tags=", ".join(unknown_tags))
        )
    if not_derived:
        notes.append(
            translate(
                "CheckTexts",
                "The catalog marks no questions for these findings, so they are derived only "
                "partly or not at all: {findings}. Weak dimensions and recommendations still "
                "come from the dimension scores.",
            ).format(findings=", ".join(finding_title(k) for k in not_derived))
        )
    if english_fallbacks:
        notes.append(
            translate(
                "CheckTexts",
                "%n text(s) of the catalog have no English version; the German text is shown "
                "instead.",
                None,
                english_fallbacks,
            )
        )
    return notes


def group_name(key: str) -> str:
    names = {
        "leadership": translate("CheckTexts", "Leadership"),
        "staff": translate("CheckTexts", "Staff"),
        "volunteer": translate("CheckTexts", "Volunteers"),
    }
    return names.get(key, key)


def too_few() -> str:
    return translate("CheckTexts", "too few answers")


def few_sheets_warning(threshold: int) -> str:
    """Said where a whole check has fewer answer sheets than the smallest group size."""
    return translate(
        "CheckTexts",
        "This check has fewer than {n} answer sheets with answers. Its results show what "
        "these few people answered, so they are not anonymous.",
    ).format(n=current().number(threshold))


# ---- answers as the survey and the paper entry show them -----------------------------------
# The keys typed for an answer, the same in the survey and the paper entry grid.
ANSWER_KEYS = {"dont_know": "?", "not_applicable": "-"}
SHORT_QUESTION = 60  # characters of a question shown as a row title


def dont_know_name() -> str:
    return translate("CheckTexts", "don't know")


def not_applicable_name() -> str:
    return translate("CheckTexts", "not applicable")


def answer_code(status: str, level: int | None) -> str:
    """The key that stands for an answer: 0–3, ? or -."""
    if status == "level" and level is not None:
        return str(level)
    return ANSWER_KEYS.get(status, "")


def answer_name(status: str, level: int | None) -> str:
    """The answer in words: the level name, "don't know" or "not applicable"."""
    if status == "level" and level is not None:
        return level_name(level)
    if status == "dont_know":
        return dont_know_name()
    if status == "not_applicable":
        return not_applicable_name()
    return ""


def answer_text(status: str, level: int | None) -> str:
    """Key and words, e.g. "2 · partly established"."""
    return f"{answer_code(status, level)} · {answer_name(status, level)}"


def answer_keys_hint() -> str:
    """Every key with its meaning, for the paper entry and the survey."""
    parts = [answer_text("level", level) for level in range(4)]
    parts += [answer_text("dont_know", None), answer_text("not_applicable", None)]
    # A line may break between entries, never inside one ("- · not" | "applicable"): no-break
    # spaces, and a word joiner after the "-" key, since a line may break after a hyphen.
    return "   ".join(p.replace(" ", "\u00a0").replace("-\u00a0", "-\u2060\u00a0") for p in parts)


def short_question(question: str, limit: int = SHORT_QUESTION) -> str:
    """The question cut at a word boundary so it fits a row title; the full text is kept
    for the tooltip."""
    text = " ".join(question.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(",;:.–-") + "…"


def question_label(dimension_number: int, question_number: int, question: str) -> str:
    """The row title of a question: "2.3 Short text…" (dimension.question, as in the survey)."""
    return f"{dimension_number}.{question_number} {short_question(question)}"

"""Short explanations of the form fields whose meaning is not obvious from their label.

Every form built with ``FormDialog`` shows the tip of a field (by its key) as the tooltip of
the field and its label, and gives it to screen readers as the field's description, unless
the page set a tooltip of its own. Written for people who are not experts in strategy or
project work; the help window (F1) explains the page as a whole.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from digiwandel.domain.language import QT_TRANSLATE_NOOP

CONTEXT = "FieldTip"

TIPS: dict[str, str] = {
    # Organisation and check
    "area_id": QT_TRANSLATE_NOOP(
        "FieldTip",
        "The area the person works in. The check compares areas; an area with fewer answer "
        "sheets than the smallest group size (Settings) is not shown on its own.",
    ),
    "level_id": QT_TRANSLATE_NOOP(
        "FieldTip",
        "The hierarchy level. The check compares levels, e.g. leadership and staff; a level "
        "with fewer answer sheets than the smallest group size is not shown on its own.",
    ),
    "rank": QT_TRANSLATE_NOOP(
        "FieldTip", "The place of the level in lists and charts: 0 first, higher numbers later."
    ),
    "is_leadership": QT_TRANSLATE_NOOP(
        "FieldTip",
        "Tick for levels whose people lead others. The check sets their answers beside those "
        "of the staff: a large gap means the situation is seen differently.",
    ),
    "is_volunteer": QT_TRANSLATE_NOOP(
        "FieldTip", "Tick for levels made up of volunteers, so that their view can be told apart."
    ),
    "catalog_id": QT_TRANSLATE_NOOP(
        "FieldTip",
        "The questions the check asks. Keep the same catalog from year to year so that the "
        "results can be compared.",
    ),
    # Strategy
    "oberziel_id": QT_TRANSLATE_NOOP(
        "FieldTip",
        "The overarching goal (Oberziel) of your mission statement that this goal makes concrete.",
    ),
    "impact_level": QT_TRANSLATE_NOOP(
        "FieldTip",
        "How far the goal reaches on the impact ladder: 1–3 output (activities take place, "
        "target groups are reached and use them), 4–6 outcome (they learn, act differently, "
        "their situation changes), 7 impact (society changes).",
    ),
    "direction": QT_TRANSLATE_NOOP(
        "FieldTip",
        "Which way is better: a higher value, a lower value, or a value within a range. "
        "Progress is the share of the way from the starting value to the target.",
    ),
    "baseline_value": QT_TRANSLATE_NOOP(
        "FieldTip", "The value when measuring begins. Progress is counted from here."
    ),
    "baseline_on": QT_TRANSLATE_NOOP("FieldTip", "The date of the starting value."),
    "target_value": QT_TRANSLATE_NOOP(
        "FieldTip", "The value to reach by the target date; 100 % progress."
    ),
    "target_on": QT_TRANSLATE_NOOP("FieldTip", "By when the target value should be reached."),
    "range_low": QT_TRANSLATE_NOOP(
        "FieldTip",
        "For “within a range”: the lowest value that counts as reached. Leave empty for no "
        "lower limit.",
    ),
    "range_high": QT_TRANSLATE_NOOP(
        "FieldTip",
        "For “within a range”: the highest value that counts as reached. Leave empty for no "
        "upper limit.",
    ),
    "unit": QT_TRANSLATE_NOOP("FieldTip", "The unit of the figure, e.g. %, hours or contacts."),
    "data_source": QT_TRANSLATE_NOOP(
        "FieldTip",
        "Where the figure comes from (specialist software, a survey, the accounts), so that "
        "the next person measures it the same way.",
    ),
    "confidence": QT_TRANSLATE_NOOP(
        "FieldTip", "How sure you are of this value: 0 a rough guess, 10 counted exactly."
    ),
    "next_review_on": QT_TRANSLATE_NOOP(
        "FieldTip",
        "When the strategy is next looked at again. The overview reminds you two weeks "
        "ahead and once it is overdue.",
    ),
    "resolution_ref": QT_TRANSLATE_NOOP(
        "FieldTip",
        "Where the board's decision is recorded, e.g. the number in the minutes, so that the "
        "adoption can be traced.",
    ),
    "digital_note": QT_TRANSLATE_NOOP(
        "FieldTip",
        "What digitalisation changes for this goal: what becomes possible, and what must be "
        "protected.",
    ),
    "contribution": QT_TRANSLATE_NOOP(
        "FieldTip", "In a sentence, what this measure adds to the goal; the alignment shows it."
    ),
    "due_set": QT_TRANSLATE_NOOP(
        "FieldTip",
        "Tick to give the entry a fixed date; the overview lists it when it falls due.",
    ),
    # Measures
    "finding_key": QT_TRANSLATE_NOOP(
        "FieldTip",
        "The finding or recommendation of the check that this measure answers. The overview "
        "then no longer lists that finding as open.",
    ),
    "goal_id": QT_TRANSLATE_NOOP(
        "FieldTip",
        "The strategic goal this measure serves. The overview points out running measures "
        "that serve no goal.",
    ),
    "light": QT_TRANSLATE_NOOP(
        "FieldTip",
        "Green: on track. Amber: at risk, but the team can still solve it. Red: the date, "
        "budget or goal cannot be kept without a decision by the leadership.",
    ),
    "light_reason": QT_TRANSLATE_NOOP(
        "FieldTip",
        "Why the light is amber or red, in one sentence. The overview and the board report "
        "show it.",
    ),
    "drivers": QT_TRANSLATE_NOOP(
        "FieldTip", "The drivers of digital change this measure builds on (see the Drivers page)."
    ),
    "is_milestone": QT_TRANSLATE_NOOP(
        "FieldTip",
        "A milestone marks a result rather than a piece of work; the overview names "
        "milestones apart from tasks.",
    ),
    "likelihood": QT_TRANSLATE_NOOP(
        "FieldTip",
        "How likely the risk is: 1 very unlikely to 5 almost certain. Likelihood × impact "
        "gives the score; from 12 the risk counts as high and goes into the board report.",
    ),
    "impact": QT_TRANSLATE_NOOP(
        "FieldTip",
        "How much harm it would do: 1 minor to 5 it puts the measure at stake. Likelihood × "
        "impact gives the score; from 12 the risk counts as high.",
    ),
    "involvement": QT_TRANSLATE_NOOP(
        "FieldTip",
        "How far this group takes part: it is informed, consulted, involved in the work or "
        "has a say in decisions.",
    ),
    "planned": QT_TRANSLATE_NOOP("FieldTip", "The amount planned for this line, in euros."),
    "actual": QT_TRANSLATE_NOOP(
        "FieldTip",
        "What has been spent so far. When a measure spends more than planned in all, the "
        "overview lists it.",
    ),
    "dpia_needed": QT_TRANSLATE_NOOP(
        "FieldTip",
        "Whether a data protection impact assessment (Art. 35 GDPR) is needed: as a rule "
        "when sensitive data, e.g. of clients, is processed on a large scale or in a new way.",
    ),
    "evidence": QT_TRANSLATE_NOOP(
        "FieldTip",
        "Where the result is documented, e.g. the record of processing activities or the "
        "signed contract.",
    ),
}


def field_tip(key: str) -> str:
    """The translated tip of a form field, or "" for a field that explains itself."""
    text = TIPS.get(key)
    return QCoreApplication.translate(CONTEXT, text) if text else ""

"""Messages of the strategy editor's refusals (translated in the DomainError context)."""

from __future__ import annotations

from digiwandel.services.errors import QT_TRANSLATE_NOOP

MSG_OBERZIEL_TITLE = QT_TRANSLATE_NOOP(
    "DomainError", "Please enter a title for the overarching goal (Oberziel)."
)

MSG_VERSION_TITLE = QT_TRANSLATE_NOOP(
    "DomainError", "Please enter a title for the strategy version."
)
MSG_VERSION_EXISTS = QT_TRANSLATE_NOOP(
    "DomainError",
    "A strategy already exists. Start a new version from an existing one instead.",
)
MSG_VERSION_ADOPTED = QT_TRANSLATE_NOOP(
    "DomainError",
    "This strategy version has been adopted and can no longer be changed. "
    "Start a new version from it to make changes.",
)
MSG_VERSION_ARCHIVED = QT_TRANSLATE_NOOP(
    "DomainError", "This strategy version is archived and can no longer be changed."
)
MSG_PERIOD_ORDER = QT_TRANSLATE_NOOP(
    "DomainError", "The end of the period must not be before its start."
)
MSG_ADOPTED_ON = QT_TRANSLATE_NOOP(
    "DomainError", "Please enter the date on which the strategy was adopted."
)
MSG_ADOPTED_FUTURE = QT_TRANSLATE_NOOP(
    "DomainError", "The date of adoption cannot lie in the future."
)
MSG_ADOPTED_BY = QT_TRANSLATE_NOOP(
    "DomainError", "Please enter who adopted the strategy, for example the board (Vorstand)."
)
MSG_REVIEW_BEFORE_ADOPTION = QT_TRANSLATE_NOOP(
    "DomainError",
    "The next review cannot lie before the date on which the strategy was adopted.",
)

MSG_GOAL_TITLE = QT_TRANSLATE_NOOP("DomainError", "Please enter a title for the goal.")
MSG_IMPACT_LEVEL = QT_TRANSLATE_NOOP(
    "DomainError",
    "The impact level must be a step from 1 to 7 of the impact ladder (Wirkungstreppe).",
)

MSG_INDICATOR_NAME = QT_TRANSLATE_NOOP("DomainError", "Please enter a name for the indicator.")
MSG_TARGET_BEFORE_BASELINE = QT_TRANSLATE_NOOP(
    "DomainError", "The target date must not be before the date of the starting value."
)
MSG_TARGET_EQUALS_BASELINE = QT_TRANSLATE_NOOP(
    "DomainError",
    "The target must differ from the starting value, otherwise there is no progress to measure.",
)
MSG_TARGET_NOT_HIGHER = QT_TRANSLATE_NOOP(
    "DomainError",
    "Higher values are better for this indicator, so the target must be above the starting value.",
)
MSG_TARGET_NOT_LOWER = QT_TRANSLATE_NOOP(
    "DomainError",
    "Lower values are better for this indicator, so the target must be below the starting value.",
)
MSG_RANGE_MISSING = QT_TRANSLATE_NOOP(
    "DomainError", "Please enter the lowest and the highest acceptable value of the range."
)
MSG_RANGE_ORDER = QT_TRANSLATE_NOOP(
    "DomainError", "The highest acceptable value must not be below the lowest."
)
MSG_YES_NO_VALUE = QT_TRANSLATE_NOOP(
    "DomainError", "For a yes/no indicator, enter 1 for reached or 0 for not reached."
)

MSG_MEASURED_ON = QT_TRANSLATE_NOOP("DomainError", "Please enter the date of the measurement.")
MSG_MEASURED_FUTURE = QT_TRANSLATE_NOOP("DomainError", "A measurement cannot lie in the future.")
MSG_VALUE = QT_TRANSLATE_NOOP("DomainError", "Please enter the measured value.")
MSG_CONFIDENCE = QT_TRANSLATE_NOOP(
    "DomainError", "The confidence must be a whole number from 0 (a guess) to 10 (certain)."
)

MSG_ALREADY_LINKED = QT_TRANSLATE_NOOP(
    "DomainError", "This measure is already linked to this goal."
)
MSG_NOT_LINKED = QT_TRANSLATE_NOOP("DomainError", "This measure is not linked to this goal.")

MSG_ALREADY_IN_TEAM = QT_TRANSLATE_NOOP(
    "DomainError", "{name} is already a member of the digital team."
)

MSG_AUDIENCE = QT_TRANSLATE_NOOP(
    "DomainError", "Please enter who the communication is for (the audience)."
)
MSG_ONE_OWNER = QT_TRANSLATE_NOOP(
    "DomainError",
    "A communication entry belongs either to the strategy or to a measure, not to both.",
)

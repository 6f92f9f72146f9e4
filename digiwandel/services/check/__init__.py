"""Digitalisierungscheck: catalogs, assessments, respondents, answers, targets, results.

Every view loads its data in a constant number of SQL statements, whatever the number of
respondents or answers: lists and results load whole tables of one assessment at once and
compute in Python with the pure functions in digiwandel.domain.

One module per part (catalogs, assessments, answers, results), joined in `service.py`;
importing the package registers the trash restore rule of `answers.py`.
"""

from digiwandel.services.check import answers  # noqa: F401  (registers the restore rule)
from digiwandel.services.check.catalogs import DEFAULT_CATALOG_FILE, CatalogInvalidError
from digiwandel.services.check.messages import (
    MSG_BAD_ANSWER,
    MSG_BAD_RELEVANCE,
    MSG_CATALOG_EXISTS,
    MSG_CATALOG_INVALID,
    MSG_CATALOG_UNREADABLE,
    MSG_COMPLETED,
    MSG_DATE,
    MSG_DATE_RANGE,
    MSG_EXPECTED,
    MSG_ITEM_NOT_IN_CATALOG,
    MSG_NO_CATALOG,
    MSG_NO_RESPONDENTS,
    MSG_PROBLEM,
    MSG_TARGET_RANGE,
    MSG_TITLE,
    MSG_WHOLE_FILE,
    SHOWN_PROBLEMS,
)
from digiwandel.services.check.rows import (
    AnswerRow,
    AssessmentRow,
    CatalogRow,
    DimensionText,
    DisagreementItem,
    ItemText,
    LevelText,
    PriorityItem,
    RespondentRow,
    Results,
    TargetRow,
)
from digiwandel.services.check.service import CheckService
from digiwandel.services.overview import CheckFigure

__all__ = [
    "DEFAULT_CATALOG_FILE",
    "MSG_BAD_ANSWER",
    "MSG_BAD_RELEVANCE",
    "MSG_CATALOG_EXISTS",
    "MSG_CATALOG_INVALID",
    "MSG_CATALOG_UNREADABLE",
    "MSG_COMPLETED",
    "MSG_DATE",
    "MSG_DATE_RANGE",
    "MSG_EXPECTED",
    "MSG_ITEM_NOT_IN_CATALOG",
    "MSG_NO_CATALOG",
    "MSG_NO_RESPONDENTS",
    "MSG_PROBLEM",
    "MSG_TARGET_RANGE",
    "MSG_TITLE",
    "MSG_WHOLE_FILE",
    "SHOWN_PROBLEMS",
    "AnswerRow",
    "AssessmentRow",
    "CatalogInvalidError",
    "CatalogRow",
    "CheckFigure",
    "CheckService",
    "DimensionText",
    "DisagreementItem",
    "ItemText",
    "LevelText",
    "PriorityItem",
    "RespondentRow",
    "Results",
    "TargetRow",
]

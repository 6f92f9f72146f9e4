"""Strategy editor: identity, Oberziele, strategy versions, goals, indicators, measurements,
alignment with projects, the digital team and the communication plan (DESIGN 2.3).

Rules that hold for every use case here:

- Every edit is one transaction. All input is checked before anything is written, so a
  refused edit leaves the database exactly as it was.
- A strategy version is a draft until the board adopts it. Adoption freezes its content:
  title, period, summary, principles, goals and indicator definitions. The work of carrying
  the strategy out stays possible on an adopted version: measurements, links to measures
  (projects), the digital team, the communication plan and the next review date. An archived
  version is frozen completely.
- Progress is computed from measurements (digiwandel.domain.progress), never stored.
- Lists load in a constant number of SQL statements, whatever the number of rows.
- Deleting goes to the trash (one batch id per user action); `restore` brings it back.

One module per part (identity, versions, goals, alignment, team, communication), each a mixin
joined in `service.py`; `messages.py`, `rows.py` and `rules.py` hold what the parts share.
Importing the package registers the trash restore rule of `goals.py`.
"""

from digiwandel.services.strategy import goals  # noqa: F401  (registers the restore rule)
from digiwandel.services.strategy.communication import DEFAULT_DUE_DAYS, MAX_DUE_DAYS
from digiwandel.services.strategy.messages import (
    MSG_ADOPTED_BY,
    MSG_ADOPTED_FUTURE,
    MSG_ADOPTED_ON,
    MSG_ALREADY_IN_TEAM,
    MSG_ALREADY_LINKED,
    MSG_AUDIENCE,
    MSG_CONFIDENCE,
    MSG_GOAL_TITLE,
    MSG_IMPACT_LEVEL,
    MSG_INDICATOR_NAME,
    MSG_MEASURED_FUTURE,
    MSG_MEASURED_ON,
    MSG_NOT_LINKED,
    MSG_OBERZIEL_TITLE,
    MSG_ONE_OWNER,
    MSG_PERIOD_ORDER,
    MSG_RANGE_MISSING,
    MSG_RANGE_ORDER,
    MSG_REVIEW_BEFORE_ADOPTION,
    MSG_TARGET_BEFORE_BASELINE,
    MSG_TARGET_EQUALS_BASELINE,
    MSG_TARGET_NOT_HIGHER,
    MSG_TARGET_NOT_LOWER,
    MSG_VALUE,
    MSG_VERSION_ADOPTED,
    MSG_VERSION_ARCHIVED,
    MSG_VERSION_EXISTS,
    MSG_VERSION_TITLE,
    MSG_YES_NO_VALUE,
)
from digiwandel.services.strategy.rows import (
    AlignmentMatrix,
    AreaRef,
    CommunicationRow,
    Coverage,
    GoalChange,
    GoalLinkRow,
    GoalRef,
    GoalRow,
    GoalSnapshot,
    IdentityData,
    IndicatorRow,
    LevelRef,
    LinkRow,
    MeasurementRow,
    OberzielRow,
    ProjectRef,
    TeamMemberRow,
    VersionComparison,
    VersionRow,
)
from digiwandel.services.strategy.rules import (
    GOAL_FIELDS,
    INDICATOR_FIELDS,
    MEASUREMENT_FIELDS,
    apply_indicator_changes,
    next_occurrence,
)
from digiwandel.services.strategy.service import StrategyService
from digiwandel.services.strategy.team import (
    GAP_AREA_MISSING,
    GAP_LEAD_MISSING,
    GAP_LEVEL_MISSING,
    GAP_TEAM_EMPTY,
)

__all__ = [
    "DEFAULT_DUE_DAYS",
    "GAP_AREA_MISSING",
    "GAP_LEAD_MISSING",
    "GAP_LEVEL_MISSING",
    "GAP_TEAM_EMPTY",
    "GOAL_FIELDS",
    "INDICATOR_FIELDS",
    "MAX_DUE_DAYS",
    "MEASUREMENT_FIELDS",
    "MSG_ADOPTED_BY",
    "MSG_ADOPTED_FUTURE",
    "MSG_ADOPTED_ON",
    "MSG_ALREADY_IN_TEAM",
    "MSG_ALREADY_LINKED",
    "MSG_AUDIENCE",
    "MSG_CONFIDENCE",
    "MSG_GOAL_TITLE",
    "MSG_IMPACT_LEVEL",
    "MSG_INDICATOR_NAME",
    "MSG_MEASURED_FUTURE",
    "MSG_MEASURED_ON",
    "MSG_NOT_LINKED",
    "MSG_OBERZIEL_TITLE",
    "MSG_ONE_OWNER",
    "MSG_PERIOD_ORDER",
    "MSG_RANGE_MISSING",
    "MSG_RANGE_ORDER",
    "MSG_REVIEW_BEFORE_ADOPTION",
    "MSG_TARGET_BEFORE_BASELINE",
    "MSG_TARGET_EQUALS_BASELINE",
    "MSG_TARGET_NOT_HIGHER",
    "MSG_TARGET_NOT_LOWER",
    "MSG_VALUE",
    "MSG_VERSION_ADOPTED",
    "MSG_VERSION_ARCHIVED",
    "MSG_VERSION_EXISTS",
    "MSG_VERSION_TITLE",
    "MSG_YES_NO_VALUE",
    "AlignmentMatrix",
    "AreaRef",
    "CommunicationRow",
    "Coverage",
    "GoalChange",
    "GoalLinkRow",
    "GoalRef",
    "GoalRow",
    "GoalSnapshot",
    "IdentityData",
    "IndicatorRow",
    "LevelRef",
    "LinkRow",
    "MeasurementRow",
    "OberzielRow",
    "ProjectRef",
    "StrategyService",
    "TeamMemberRow",
    "VersionComparison",
    "VersionRow",
    "apply_indicator_changes",
    "next_occurrence",
]

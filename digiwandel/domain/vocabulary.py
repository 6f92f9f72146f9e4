"""The values the database stores for choices and scales, in one place.

The model builds its check constraints from them; domain rules, services and pages use
them to validate, compute and offer choices. Only this module defines them, so nothing
above the model needs to import the model for a constant.
"""

from __future__ import annotations

# ---- text lengths (the column sizes) -----------------------------------------------------------
NAME_LEN = 200
SHORT_LEN = 40
TEXT_LEN = 20_000
KEY_LEN = 80
EMAIL_LEN = 254
TARGET_LEN = 2000  # file paths and URLs of document links

# ---- the Digitalisierungscheck and the drivers ------------------------------------------------
MAX_LEVEL = 3  # 0 nicht begonnen, 1 erste Schritte, 2 teilweise etabliert, 3 fest etabliert
MAX_RELEVANCE = 2  # 0 gering, 1 mittel, 2 hoch
DRIVER_SCALE_MAX = 3  # relevance and current use of a driver
ASSESSMENT_STATUSES = ("draft", "completed")
# "dont_know" and "not_applicable" are excluded from scores; only "level" carries a level.
ANSWER_STATUSES = ("level", "dont_know", "not_applicable")
DRIVER_KEYS = (
    "online_platforms",
    "ar_vr",
    "ai",
    "robotics",
    "big_data",
    "printing_3d",
    "iot",
    "cloud",
    "specialist_software",
)

# ---- measures and their 12 steps -----------------------------------------------------------------
STEP_COUNT = 12
RISK_SCALE_MAX = 5  # likelihood and impact: 1 (very low) .. 5 (very high)
PROJECT_STATUSES = ("planned", "active", "paused", "completed", "cancelled")
TRAFFIC_LIGHTS = ("green", "amber", "red")
STEP_STATUSES = ("open", "in_progress", "done", "skipped")
STAKEHOLDER_KINDS = ("staff", "clients", "technology_partner", "funder", "board", "other")
INVOLVEMENT_LEVELS = ("inform", "consult", "involve", "decide")
PROCUREMENT_STATUSES = ("planned", "requested", "ordered", "delivered", "cancelled")
POLICY_CHECK_KINDS = (
    "accessibility",
    "inclusive_design",
    "data_protection",
    "ethics",
    "it_security",
)
POLICY_CHECK_STATUSES = ("open", "in_progress", "done", "not_needed")
RISK_STATUSES = ("open", "mitigated", "closed", "occurred")

# ---- strategy ------------------------------------------------------------------------------------
STRATEGY_STATUSES = ("draft", "adopted", "archived")
GOAL_STATUSES = ("open", "in_progress", "achieved", "dropped")
# PHINEO Wirkungstreppe: 1-3 output, 4-6 outcome, 7 impact.
IMPACT_LEVEL_MIN = 1
IMPACT_LEVEL_MAX = 7
# "boolean" indicators store 0.0 (not reached) or 1.0 (reached) as measurement value.
INDICATOR_KINDS = ("number", "boolean")
INDICATOR_DIRECTIONS = ("higher", "lower", "range")
FREQUENCIES = ("weekly", "monthly", "quarterly", "half_yearly", "yearly", "once")
MAX_CONFIDENCE = 10
TEAM_ROLES = ("lead", "member", "sponsor")
COMMUNICATION_PURPOSES = ("inform", "involve", "decide")
COMMUNICATION_STATUSES = ("planned", "done", "cancelled")

# ---- reports -------------------------------------------------------------------------------------
REPORT_KINDS = ("board", "assessment", "project", "strategy")

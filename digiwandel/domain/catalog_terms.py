"""The words a question catalog is built from: limits, tags and recommendation keys.

Kept apart from the file validation in `catalog`, so that scoring, findings and the pages
can use them without loading the validator (pydantic) at start-up.
"""

from __future__ import annotations

SCHEMA_VERSION = 1
MAX_FILE_BYTES = 2 * 1024 * 1024  # a catalog is text; anything larger is not a catalog
LEVEL_COUNT = 4  # 0 nicht begonnen, 1 erste Schritte, 2 teilweise etabliert, 3 fest etabliert
MAX_DIMENSIONS = 30  # per catalog, modules included
MAX_ITEMS = 20  # per dimension
MAX_PROBLEMS = 20  # problems kept for the message; `CatalogError.total` counts them all

# Outside topics of the initial diagnosis; an item with one of them counts as external.
EXTERNAL_TOPIC_TAGS = ("clients", "funders", "peers", "market")

# Item tags the findings rules understand; other tags are allowed and ignored.
KNOWN_TAGS = (
    "cross_department",  # collaboration across areas (silo thinking)
    "external",  # clients, funders, partners, peers (initial diagnosis)
    *EXTERNAL_TOPIC_TAGS,  # which outside topic an external question is about
    "innovation",  # trying new things, learning from mistakes
    "funding",  # budgets, refinancing, grants
    "monitoring",  # measuring and reviewing digital work over time
    "volunteers",
    "accessibility",
    "strategy",
)

# What each known tag lets the findings derive; a catalog without the tag gets none of it.
TAG_FINDINGS: dict[str, tuple[str, ...]] = {
    "cross_department": ("silo_thinking",),
    "external": ("insufficient_diagnosis",),
    "innovation": ("weak_innovation",),
    "funding": ("funding_gap",),
    "monitoring": ("one_off",),
    "strategy": ("strategic_vacuum",),
}

# Communication items say whom they address (the method tells internal from external).
AUDIENCES = ("internal", "external")

# The article's recommendations; dimensions name those that answer their weak spots.
RECOMMENDATION_KEYS = (
    "strategic_anchoring",
    "status_quo_survey",
    "organisational_identity",
    "overarching_strategy",
    "aligned_measures",
    "project_management",
    "communication",
)

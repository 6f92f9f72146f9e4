"""Database layer: typed ORM classes, engine and session factory, migrations. No Qt here."""

from digiwandel.model import (
    assessment,
    changes,
    organisation,
    project,
    report,
    strategy,
    trash,
)
from digiwandel.model.base import Base

__all__ = [
    "Base",
    "assessment",
    "changes",
    "organisation",
    "project",
    "report",
    "strategy",
    "trash",
]

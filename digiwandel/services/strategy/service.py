"""StrategyService: the use cases of the strategy editor, one mixin per part."""

from __future__ import annotations

from digiwandel.model.database import Database
from digiwandel.services.base import unit_of_work
from digiwandel.services.strategy.alignment import AlignmentPart
from digiwandel.services.strategy.communication import CommunicationPart
from digiwandel.services.strategy.goals import GoalsPart
from digiwandel.services.strategy.identity import IdentityPart
from digiwandel.services.strategy.team import TeamPart
from digiwandel.services.strategy.versions import VersionsPart
from digiwandel.services.trash import restore_batch


class StrategyService(
    IdentityPart, VersionsPart, GoalsPart, AlignmentPart, TeamPart, CommunicationPart
):
    """The use cases of the strategy editor; each part's methods come from its mixin."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- trash ----------------------------------------------------------------------------
    def restore(self, batch: str) -> int:
        """Undo a deletion made here (under `goals._strategy_restore_rules`); returns how
        many rows came back."""
        with unit_of_work(self.db) as session:
            return restore_batch(session, batch)

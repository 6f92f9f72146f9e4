"""The tabs of the strategy page, in their order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def create_tabs(page) -> list:
    from digiwandel.ui.pages.strategy_goals import GoalsTab
    from digiwandel.ui.pages.strategy_identity import IdentityTab, VersionsTab
    from digiwandel.ui.pages.strategy_team import AlignmentTab, CommunicationTab, TeamTab

    return [
        (IdentityTab(page), QCoreApplication.translate("StrategyPage", "&Identity")),
        (VersionsTab(page), QCoreApplication.translate("StrategyPage", "&Versions")),
        (GoalsTab(page), QCoreApplication.translate("StrategyPage", "&Goals and indicators")),
        (AlignmentTab(page), QCoreApplication.translate("StrategyPage", "A&lignment")),
        (TeamTab(page), QCoreApplication.translate("StrategyPage", "Digital &team")),
        (CommunicationTab(page), QCoreApplication.translate("StrategyPage", "&Communication")),
    ]

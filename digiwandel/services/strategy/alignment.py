"""Alignment: which measures (projects) serve which goals of a version."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from digiwandel.domain.vocabulary import TEXT_LEN
from digiwandel.model.project import Project
from digiwandel.model.strategy import GoalProjectLink, StrategicGoal, StrategyVersion
from digiwandel.services.base import (
    MSG_CHOICE,
    MSG_NOT_FOUND,
    clean_text,
    get_or_raise,
    live_ref,
    row_id,
    unit_of_work,
)
from digiwandel.services.errors import DomainError
from digiwandel.services.strategy.messages import MSG_ALREADY_LINKED, MSG_NOT_LINKED
from digiwandel.services.strategy.rows import (
    AlignmentMatrix,
    GoalLinkRow,
    GoalRef,
    LinkRow,
    ProjectRef,
)
from digiwandel.services.strategy.rules import ensure_not_archived


class AlignmentPart:
    """The alignment methods of StrategyService (goals × measures)."""

    # ---- alignment: goals × measures ------------------------------------------------------
    def link_project(self, goal_id: int, project_id: int, contribution: str = "") -> LinkRow:
        """Record that a measure (project) serves a goal, and how."""
        note = clean_text(contribution, field="contribution", limit=TEXT_LEN)
        with unit_of_work(self.db) as session:
            goal = self._goal(session, goal_id)
            ensure_not_archived(goal.strategy_version)
            live_ref(session, Project, project_id, "project_id")
            exists = session.scalar(
                select(GoalProjectLink.id).where(
                    GoalProjectLink.goal_id == goal_id, GoalProjectLink.project_id == project_id
                )
            )
            if exists is not None:
                raise DomainError(MSG_ALREADY_LINKED, field="project_id")
            session.add(GoalProjectLink(goal_id=goal_id, project_id=project_id, contribution=note))
            return LinkRow(goal_id, project_id, note)

    def update_contribution(self, goal_id: int, project_id: int, contribution: str) -> LinkRow:
        note = clean_text(contribution, field="contribution", limit=TEXT_LEN)
        with unit_of_work(self.db) as session:
            link = self._link(session, goal_id, project_id)
            link.contribution = note
            return LinkRow(goal_id, project_id, note)

    def unlink_project(self, goal_id: int, project_id: int) -> LinkRow:
        """Remove the link; returns it so that undo can link again with the same note."""
        with unit_of_work(self.db) as session:
            link = self._link(session, goal_id, project_id)
            row = LinkRow(goal_id, project_id, link.contribution)
            session.delete(link)
            return row

    def set_project_goals(
        self, project_id: int, goals: Mapping[int, str | None]
    ) -> tuple[dict[int, str], dict[int, str]]:
        """Make `goals` the goals this measure serves, in one transaction.

        Links to other goals go, with their notes; a new link gets the given note ("" for
        None); a kept link keeps its note unless one is given. Links to goals of archived
        versions stay as they are (such a version is frozen); a new one is refused.
        Returns the links before and after, {goal id: contribution}, so that undo can
        restore exactly what was there by passing the first back.
        """
        if not isinstance(goals, Mapping):
            raise DomainError(MSG_CHOICE, field="goals")
        notes = {
            row_id(goal_id): None
            if note is None
            else clean_text(note, field="contribution", limit=TEXT_LEN)
            for goal_id, note in goals.items()
        }
        if None in notes:
            raise DomainError(MSG_NOT_FOUND, field="goals")
        with unit_of_work(self.db) as session:
            live_ref(session, Project, project_id, "project_id")
            links = {
                link.goal_id: link
                for link in session.scalars(
                    select(GoalProjectLink)
                    .where(GoalProjectLink.project_id == project_id)
                    .options(
                        selectinload(GoalProjectLink.goal).selectinload(
                            StrategicGoal.strategy_version
                        )
                    )
                )
            }
            before = {goal_id: link.contribution for goal_id, link in links.items()}
            frozen = {
                goal_id
                for goal_id, link in links.items()
                if link.goal.strategy_version.status == "archived"
            }
            for goal_id, link in links.items():
                if goal_id not in notes and goal_id not in frozen:
                    session.delete(link)
            for goal_id, note in notes.items():
                link = links.get(goal_id)
                if link is None:
                    goal = self._goal(session, goal_id)
                    ensure_not_archived(goal.strategy_version)
                    session.add(
                        GoalProjectLink(
                            goal_id=goal_id, project_id=project_id, contribution=note or ""
                        )
                    )
                elif note is not None and note != link.contribution and goal_id not in frozen:
                    link.contribution = note
            session.flush()
            after = {
                link.goal_id: link.contribution
                for link in session.scalars(
                    select(GoalProjectLink).where(GoalProjectLink.project_id == project_id)
                )
            }
            return before, after

    def _link(self, session: Session, goal_id: int, project_id: int) -> GoalProjectLink:
        goal = self._goal(session, goal_id)
        ensure_not_archived(goal.strategy_version)
        link = session.scalar(
            select(GoalProjectLink).where(
                GoalProjectLink.goal_id == goal_id, GoalProjectLink.project_id == project_id
            )
        )
        if link is None:
            raise DomainError(MSG_NOT_LINKED, field="project_id")
        return link

    def project_goal_links(self, project_id: int) -> list[GoalLinkRow]:
        """The goals (of versions not in the trash) a measure serves, with the notes on its
        contribution: newest version first, then in the goals' order; one statement."""
        with unit_of_work(self.db) as session:
            get_or_raise(session, Project, project_id)
            rows = session.execute(
                select(
                    StrategicGoal.id,
                    StrategicGoal.title,
                    StrategyVersion.id,
                    StrategyVersion.title,
                    StrategyVersion.status,
                    GoalProjectLink.contribution,
                )
                .join(StrategicGoal, StrategicGoal.id == GoalProjectLink.goal_id)
                .join(StrategyVersion, StrategyVersion.id == StrategicGoal.strategy_version_id)
                .where(
                    GoalProjectLink.project_id == project_id,
                    StrategicGoal.deleted_at.is_(None),
                    StrategyVersion.deleted_at.is_(None),
                )
                .order_by(StrategyVersion.id.desc(), StrategicGoal.position, StrategicGoal.id)
            ).all()
        return [GoalLinkRow(*row) for row in rows]

    def alignment(self, version_id: int) -> AlignmentMatrix:
        """Goals of the version × all measures, with flags for the gaps on either side."""
        with unit_of_work(self.db) as session:
            get_or_raise(session, StrategyVersion, version_id)
            goals = session.execute(
                select(StrategicGoal.id, StrategicGoal.title)
                .where(
                    StrategicGoal.strategy_version_id == version_id,
                    StrategicGoal.deleted_at.is_(None),
                )
                .order_by(StrategicGoal.position, StrategicGoal.id)
            ).all()
            projects = session.execute(
                select(Project.id, Project.title, Project.status)
                .where(Project.deleted_at.is_(None))
                .order_by(Project.title, Project.id)
            ).all()
            links = session.execute(
                select(
                    GoalProjectLink.goal_id,
                    GoalProjectLink.project_id,
                    GoalProjectLink.contribution,
                )
                .join(StrategicGoal, StrategicGoal.id == GoalProjectLink.goal_id)
                .join(Project, Project.id == GoalProjectLink.project_id)
                .where(
                    StrategicGoal.strategy_version_id == version_id,
                    StrategicGoal.deleted_at.is_(None),
                    Project.deleted_at.is_(None),
                )
            ).all()
        matrix = {(g, p): note for g, p, note in links}
        linked_goals = {g for g, _ in matrix}
        linked_projects = {p for _, p in matrix}
        return AlignmentMatrix(
            goals=tuple(GoalRef(i, t) for i, t in goals),
            projects=tuple(ProjectRef(i, t, s) for i, t, s in projects),
            links=matrix,
            goals_without_measure=tuple(i for i, _ in goals if i not in linked_goals),
            projects_without_goal=tuple(
                i for i, _, s in projects if i not in linked_projects and s != "cancelled"
            ),
        )

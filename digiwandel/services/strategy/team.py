"""The digital team of a version and how it covers areas and levels."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from digiwandel.domain.vocabulary import TEAM_ROLES
from digiwandel.model.organisation import Area, HierarchyLevel, Person
from digiwandel.model.strategy import StrategyVersion, TeamMember
from digiwandel.services.base import (
    MSG_NOT_FOUND,
    clean_choice,
    get_or_raise,
    live_ref,
    unit_of_work,
)
from digiwandel.services.errors import DomainError
from digiwandel.services.strategy.messages import MSG_ALREADY_IN_TEAM
from digiwandel.services.strategy.rows import AreaRef, Coverage, LevelRef, TeamMemberRow
from digiwandel.services.strategy.rules import ensure_not_archived

# Gap kinds of the team coverage (the UI turns them into sentences).
GAP_TEAM_EMPTY = "team_empty"
GAP_LEAD_MISSING = "lead_missing"
GAP_AREA_MISSING = "area_missing"
GAP_LEVEL_MISSING = "level_missing"


class TeamPart:
    """The digital team methods of StrategyService."""

    # ---- digital team ---------------------------------------------------------------------
    def list_team(self, version_id: int) -> list[TeamMemberRow]:
        with unit_of_work(self.db) as session:
            get_or_raise(session, StrategyVersion, version_id)
            return self._team(session, version_id)

    @staticmethod
    def _team(session: Session, version_id: int, member_id: int | None = None):
        query = (
            select(TeamMember, Person, Area.name, HierarchyLevel.name)
            .join(Person, Person.id == TeamMember.person_id)
            .outerjoin(Area, Area.id == Person.area_id)
            .outerjoin(HierarchyLevel, HierarchyLevel.id == Person.level_id)
            .where(TeamMember.strategy_version_id == version_id)
            .order_by(TeamMember.role, Person.name, TeamMember.id)
        )
        if member_id is not None:
            query = query.where(TeamMember.id == member_id)
        return [
            TeamMemberRow(
                id=m.id,
                version_id=m.strategy_version_id,
                person_id=p.id,
                person_name=p.name,
                role=m.role,
                area_id=p.area_id,
                area_name=area or "",
                level_id=p.level_id,
                level_name=level or "",
                version=m.row_version,
            )
            for m, p, area, level in session.execute(query)
        ]

    def get_team_member(self, member_id: int) -> TeamMemberRow:
        with unit_of_work(self.db) as session:
            member = get_or_raise(session, TeamMember, member_id)
            if member.strategy_version.deleted_at is not None:
                raise DomainError(MSG_NOT_FOUND)  # gone with its version into the trash
            return self._team(session, member.strategy_version_id, member_id)[0]

    def add_team_member(
        self, version_id: int, person_id: int, role: str = "member"
    ) -> TeamMemberRow:
        role = clean_choice(role, TEAM_ROLES, field="role")
        with unit_of_work(self.db) as session:
            version = get_or_raise(session, StrategyVersion, version_id)
            ensure_not_archived(version)
            person = live_ref(session, Person, person_id, "person_id")
            exists = session.scalar(
                select(TeamMember.id).where(
                    TeamMember.strategy_version_id == version_id,
                    TeamMember.person_id == person_id,
                )
            )
            if exists is not None:
                raise DomainError(MSG_ALREADY_IN_TEAM, field="person_id", name=person.name)
            member = TeamMember(strategy_version_id=version_id, person_id=person_id, role=role)
            session.add(member)
            session.flush()
            return self._team(session, version_id, member.id)[0]

    def set_team_role(
        self, member_id: int, role: str, expected_version: int | None = None
    ) -> TeamMemberRow:
        """Change the role of a team member; with `expected_version` (the `version` of the
        row the form was filled from) a change based on an older state is refused."""
        role = clean_choice(role, TEAM_ROLES, field="role")
        with unit_of_work(self.db) as session:
            member = get_or_raise(session, TeamMember, member_id, expected_version)
            ensure_not_archived(member.strategy_version)
            member.role = role
            session.flush()
            return self._team(session, member.strategy_version_id, member_id)[0]

    def remove_team_member(self, member_id: int) -> TeamMemberRow:
        """Remove from the team (the person stays); returns the row so undo can add it back."""
        with unit_of_work(self.db) as session:
            member = get_or_raise(session, TeamMember, member_id)
            ensure_not_archived(member.strategy_version)
            row = self._team(session, member.strategy_version_id, member_id)[0]
            session.delete(member)
            return row

    def coverage(self, version_id: int) -> Coverage:
        """Which areas and levels (volunteers included) the digital team covers, and gaps."""
        with unit_of_work(self.db) as session:
            get_or_raise(session, StrategyVersion, version_id)
            areas = session.execute(
                select(Area.id, Area.name).order_by(Area.position, Area.name)
            ).all()
            levels = session.execute(
                select(
                    HierarchyLevel.id, HierarchyLevel.name, HierarchyLevel.is_volunteer
                ).order_by(HierarchyLevel.rank, HierarchyLevel.name)
            ).all()
            members = session.execute(
                select(Person.area_id, Person.level_id, TeamMember.role)
                .join(Person, Person.id == TeamMember.person_id)
                .where(TeamMember.strategy_version_id == version_id)
            ).all()
        counts: Counter = Counter((a, lv) for a, lv, _ in members)
        area_totals: Counter = Counter(a for a, _, _ in members)
        level_totals: Counter = Counter(lv for _, lv, _ in members)
        gaps: list[tuple[str, str]] = []
        if not members:
            gaps.append((GAP_TEAM_EMPTY, ""))
        else:
            if not any(role == "lead" for _, _, role in members):
                gaps.append((GAP_LEAD_MISSING, ""))
            gaps.extend((GAP_AREA_MISSING, n) for i, n in areas if not area_totals[i])
            gaps.extend((GAP_LEVEL_MISSING, n) for i, n, _ in levels if not level_totals[i])
        return Coverage(
            areas=tuple(AreaRef(i, n) for i, n in areas),
            levels=tuple(LevelRef(i, n, bool(v)) for i, n, v in levels),
            counts=dict(counts),
            area_totals=dict(area_totals),
            level_totals=dict(level_totals),
            member_count=len(members),
            gaps=tuple(gaps),
        )

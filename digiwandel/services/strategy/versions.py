"""Strategy versions: create, copy, adopt, archive, delete, and compare two versions."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from digiwandel.domain.vocabulary import NAME_LEN, TEXT_LEN
from digiwandel.model.organisation import Person
from digiwandel.model.project import Project
from digiwandel.model.strategy import (
    CommunicationItem,
    GoalProjectLink,
    Indicator,
    Oberziel,
    StrategicGoal,
    StrategyVersion,
    TeamMember,
)
from digiwandel.services.base import (
    check_fields,
    clean_date,
    clean_text,
    clean_today,
    get_or_raise,
    unit_of_work,
)
from digiwandel.services.errors import DomainError
from digiwandel.services.strategy.messages import (
    MSG_ADOPTED_BY,
    MSG_ADOPTED_FUTURE,
    MSG_ADOPTED_ON,
    MSG_PERIOD_ORDER,
    MSG_REVIEW_BEFORE_ADOPTION,
    MSG_VERSION_EXISTS,
    MSG_VERSION_TITLE,
)
from digiwandel.services.strategy.rows import (
    GoalChange,
    GoalSnapshot,
    VersionComparison,
    VersionRow,
)
from digiwandel.services.strategy.rules import (
    INDICATOR_FIELDS,
    ensure_draft,
    ensure_not_archived,
    first_changed,
)
from digiwandel.services.trash import move_to_trash

_VERSION_FIELDS = frozenset(
    {"title", "period_start", "period_end", "summary", "principles", "next_review_on"}
)
_COMPARED_VERSION_FIELDS = ("period_start", "period_end", "summary", "principles")
# Columns a copy of a goal / indicator / communication item takes over unchanged.
_GOAL_COPY = ("title", "description", "oberziel_id", "owner_id", "due_on", "impact_level")
_INDICATOR_COPY = tuple(sorted(INDICATOR_FIELDS))
_COMMUNICATION_COPY = (
    "audience",
    "purpose",
    "key_message",
    "channel",
    "due_on",
    "frequency",
    "responsible_id",
    "status",
    "feedback",
)


def _clean_version(values: dict[str, object]) -> dict[str, object]:
    clean: dict[str, object] = {}
    if "title" in values:
        clean["title"] = clean_text(
            values["title"], field="title", limit=NAME_LEN, required=MSG_VERSION_TITLE
        )
    for key in ("period_start", "period_end", "next_review_on"):
        if key in values:
            clean[key] = clean_date(values[key], field=key)
    for key in ("summary", "principles"):
        if key in values:
            clean[key] = clean_text(values[key], field=key, limit=TEXT_LEN)
    return clean


def _check_period(start: date | None, end: date | None, changed: set[str]) -> None:
    if start is not None and end is not None and end < start:
        raise DomainError(
            MSG_PERIOD_ORDER, field=first_changed(changed, "period_end", "period_start")
        )


class VersionsPart:
    """The version and comparison methods of StrategyService."""

    # ---- versions -------------------------------------------------------------------------
    def list_versions(self, today: date | None = None) -> list[VersionRow]:
        """All versions, newest first."""
        with unit_of_work(self.db) as session:
            return self._versions(session, None, clean_today(today))

    def get_version(self, version_id: int, today: date | None = None) -> VersionRow:
        with unit_of_work(self.db) as session:
            get_or_raise(session, StrategyVersion, version_id)
            return self._versions(session, [version_id], clean_today(today))[0]

    @staticmethod
    def _versions(session: Session, ids: list[int] | None, today: date) -> list[VersionRow]:
        counts = (
            select(StrategicGoal.strategy_version_id, func.count(StrategicGoal.id).label("n"))
            .where(StrategicGoal.deleted_at.is_(None))
            .group_by(StrategicGoal.strategy_version_id)
            .subquery()
        )
        source = select(StrategyVersion.id, StrategyVersion.title).subquery()
        query = (
            select(StrategyVersion, func.coalesce(counts.c.n, 0), source.c.title)
            .outerjoin(counts, counts.c.strategy_version_id == StrategyVersion.id)
            .outerjoin(source, source.c.id == StrategyVersion.based_on_id)
            .where(StrategyVersion.deleted_at.is_(None))
            .order_by(StrategyVersion.id.desc())
        )
        if ids is not None:
            query = query.where(StrategyVersion.id.in_(ids))
        return [
            VersionRow(
                id=v.id,
                title=v.title,
                period_start=v.period_start,
                period_end=v.period_end,
                status=v.status,
                adopted_on=v.adopted_on,
                adopted_by=v.adopted_by,
                resolution_ref=v.resolution_ref,
                summary=v.summary,
                principles=v.principles,
                next_review_on=v.next_review_on,
                based_on_id=v.based_on_id,
                based_on_title=based_on or "",
                goal_count=n,
                review_due=(
                    v.status != "archived"
                    and v.next_review_on is not None
                    and v.next_review_on < today
                ),
                version=v.row_version,
            )
            for v, n, based_on in session.execute(query)
        ]

    def create_first(
        self,
        title: str,
        period_start: date | None = None,
        period_end: date | None = None,
    ) -> VersionRow:
        """The very first strategy version (later ones start with new_version_from)."""
        clean = _clean_version(
            {"title": title, "period_start": period_start, "period_end": period_end}
        )
        _check_period(clean["period_start"], clean["period_end"], set(clean))
        with unit_of_work(self.db) as session:
            exists = session.scalar(
                select(func.count(StrategyVersion.id)).where(StrategyVersion.deleted_at.is_(None))
            )
            if exists:
                raise DomainError(MSG_VERSION_EXISTS, field="title")
            version = StrategyVersion(status="draft", **clean)
            session.add(version)
            session.flush()
            ident = version.id
        return self.get_version(ident)

    def new_version_from(self, version_id: int, title: str) -> VersionRow:
        """A new draft that starts as a copy of the given version (any status).

        Copied: period, summary, principles; goals with their indicators (without
        measurements: the new version measures afresh) and their links to measures; the
        digital team; the communication items of the strategy. All or nothing.
        """
        title = clean_text(title, field="title", limit=NAME_LEN, required=MSG_VERSION_TITLE)
        with unit_of_work(self.db) as session:
            source = get_or_raise(session, StrategyVersion, version_id)
            copy = StrategyVersion(
                title=title,
                status="draft",
                period_start=source.period_start,
                period_end=source.period_end,
                summary=source.summary,
                principles=source.principles,
                based_on_id=source.id,
            )
            session.add(copy)
            goals = session.scalars(
                select(StrategicGoal)
                .where(
                    StrategicGoal.strategy_version_id == source.id,
                    StrategicGoal.deleted_at.is_(None),
                )
                .order_by(StrategicGoal.position, StrategicGoal.id)
            ).all()
            goal_ids = [g.id for g in goals]
            indicators: dict[int, list[Indicator]] = defaultdict(list)
            for ind in session.scalars(
                select(Indicator)
                .where(Indicator.goal_id.in_(goal_ids), Indicator.deleted_at.is_(None))
                .order_by(Indicator.id)
            ):
                indicators[ind.goal_id].append(ind)
            links: dict[int, list[GoalProjectLink]] = defaultdict(list)
            for link in session.scalars(
                select(GoalProjectLink)
                .join(Project, Project.id == GoalProjectLink.project_id)
                .where(GoalProjectLink.goal_id.in_(goal_ids), Project.deleted_at.is_(None))
                .order_by(GoalProjectLink.id)
            ):
                links[link.goal_id].append(link)
            for position, goal in enumerate(goals, start=1):
                new_goal = _copy_goal(goal, position)
                new_goal.indicators = [_copy_indicator(i) for i in indicators[goal.id]]
                new_goal.project_links = [
                    GoalProjectLink(project_id=link.project_id, contribution=link.contribution)
                    for link in links[goal.id]
                ]
                copy.goals.append(new_goal)
            for member in session.scalars(
                select(TeamMember)
                .where(TeamMember.strategy_version_id == source.id)
                .order_by(TeamMember.id)
            ):
                copy.team_members.append(TeamMember(person_id=member.person_id, role=member.role))
            for item in session.scalars(
                select(CommunicationItem)
                .where(
                    CommunicationItem.strategy_version_id == source.id,
                    CommunicationItem.deleted_at.is_(None),
                )
                .order_by(CommunicationItem.id)
            ):
                copy.communication_items.append(
                    CommunicationItem(**{key: getattr(item, key) for key in _COMMUNICATION_COPY})
                )
            session.flush()
            ident = copy.id
        return self.get_version(ident)

    def update_version(
        self, version_id: int, expected_version: int | None = None, **values: object
    ) -> VersionRow:
        """Change title, period_start, period_end, summary, principles or next_review_on of
        a draft (the next review of an adopted version: `set_next_review`). With
        `expected_version` (the `version` of the row the form was filled from) a change
        based on an older state is refused."""
        check_fields(values, _VERSION_FIELDS)
        clean = _clean_version(values)
        with unit_of_work(self.db) as session:
            version = get_or_raise(session, StrategyVersion, version_id, expected_version)
            ensure_draft(version)
            _check_period(
                clean.get("period_start", version.period_start),
                clean.get("period_end", version.period_end),
                set(clean),
            )
            for key, value in clean.items():
                setattr(version, key, value)
        return self.get_version(version_id)

    def adopt(
        self,
        version_id: int,
        adopted_on: date | None,
        adopted_by: str,
        resolution_ref: str = "",
    ) -> VersionRow:
        """Record the resolution that adopts a draft; its content is read-only afterwards."""
        day = clean_date(adopted_on, field="adopted_on", required=MSG_ADOPTED_ON)
        if day > date.today():
            raise DomainError(MSG_ADOPTED_FUTURE, field="adopted_on")
        body = clean_text(adopted_by, field="adopted_by", limit=NAME_LEN, required=MSG_ADOPTED_BY)
        ref = clean_text(resolution_ref, field="resolution_ref", limit=NAME_LEN)
        with unit_of_work(self.db) as session:
            version = get_or_raise(session, StrategyVersion, version_id)
            ensure_draft(version)
            if version.next_review_on is not None and version.next_review_on < day:
                raise DomainError(MSG_REVIEW_BEFORE_ADOPTION, field="adopted_on")
            version.status = "adopted"
            version.adopted_on, version.adopted_by, version.resolution_ref = day, body, ref
        return self.get_version(version_id)

    def archive(self, version_id: int) -> VersionRow:
        """Put a draft or adopted version aside for good; it stays readable and comparable."""
        with unit_of_work(self.db) as session:
            version = get_or_raise(session, StrategyVersion, version_id)
            ensure_not_archived(version)
            version.status = "archived"
        return self.get_version(version_id)

    def set_next_review(
        self,
        version_id: int,
        next_review_on: date | None,
        expected_version: int | None = None,
    ) -> VersionRow:
        """The date of the next review (PDCA); allowed on drafts and adopted versions.
        `expected_version` as for `update_version`."""
        day = clean_date(next_review_on, field="next_review_on")
        with unit_of_work(self.db) as session:
            version = get_or_raise(session, StrategyVersion, version_id, expected_version)
            ensure_not_archived(version)
            if day is not None and version.adopted_on is not None and day < version.adopted_on:
                raise DomainError(MSG_REVIEW_BEFORE_ADOPTION, field="next_review_on")
            version.next_review_on = day
        return self.get_version(version_id)

    def delete_version(self, version_id: int) -> str:
        """Move a draft with its goals, indicators and communication items to the trash.

        Adopted and archived versions record decisions and are never deleted.
        """
        with unit_of_work(self.db) as session:
            version = get_or_raise(session, StrategyVersion, version_id)
            ensure_draft(version)
            goals = list(
                session.scalars(
                    select(StrategicGoal).where(
                        StrategicGoal.strategy_version_id == version_id,
                        StrategicGoal.deleted_at.is_(None),
                    )
                )
            )
            indicators = list(
                session.scalars(
                    select(Indicator).where(
                        Indicator.goal_id.in_([g.id for g in goals]),
                        Indicator.deleted_at.is_(None),
                    )
                )
            )
            items = list(
                session.scalars(
                    select(CommunicationItem).where(
                        CommunicationItem.strategy_version_id == version_id,
                        CommunicationItem.deleted_at.is_(None),
                    )
                )
            )
            return move_to_trash(session, [version, *goals, *indicators, *items], version.title)

    # ---- comparison -----------------------------------------------------------------------
    def compare(self, a_id: int, b_id: int) -> VersionComparison:
        """What changed from version a to version b. Goals are matched by title (ignoring
        case and surrounding spaces); of goals with the same title, in list order."""
        with unit_of_work(self.db) as session:
            va = get_or_raise(session, StrategyVersion, a_id)
            vb = get_or_raise(session, StrategyVersion, b_id)
            rows = {r.id: r for r in self._versions(session, [a_id, b_id], date.today())}
            owner = Person.__table__.alias("owner")
            goals = session.execute(
                select(StrategicGoal, Oberziel.title, owner.c.name)
                .outerjoin(
                    Oberziel,
                    and_(Oberziel.id == StrategicGoal.oberziel_id, Oberziel.deleted_at.is_(None)),
                )
                .outerjoin(owner, owner.c.id == StrategicGoal.owner_id)
                .where(
                    StrategicGoal.strategy_version_id.in_([a_id, b_id]),
                    StrategicGoal.deleted_at.is_(None),
                )
                .order_by(StrategicGoal.position, StrategicGoal.id)
            ).all()
            signatures: dict[int, Counter] = defaultdict(Counter)
            names: dict[int, list[str]] = defaultdict(list)
            for ind in session.scalars(
                select(Indicator)
                .join(StrategicGoal, StrategicGoal.id == Indicator.goal_id)
                .where(
                    StrategicGoal.strategy_version_id.in_([a_id, b_id]),
                    StrategicGoal.deleted_at.is_(None),
                    Indicator.deleted_at.is_(None),
                )
                .order_by(Indicator.id)
            ):
                names[ind.goal_id].append(ind.name)
                signatures[ind.goal_id][
                    (ind.name.strip().casefold(), *(getattr(ind, k) for k in _INDICATOR_COPY))
                ] += 1
            version_fields = tuple(
                key for key in _COMPARED_VERSION_FIELDS if getattr(va, key) != getattr(vb, key)
            )

        def snapshot(goal: StrategicGoal, oberziel: str | None, owner_name: str | None):
            return GoalSnapshot(
                id=goal.id,
                title=goal.title,
                description=goal.description,
                oberziel_id=goal.oberziel_id if oberziel is not None else None,
                oberziel_title=oberziel or "",
                owner_id=goal.owner_id,
                owner_name=owner_name or "",
                due_on=goal.due_on,
                impact_level=goal.impact_level,
                status=goal.status,
                indicator_names=tuple(names[goal.id]),
            )

        side: dict[int, dict[str, list[GoalSnapshot]]] = defaultdict(dict)
        order_b: list[str] = []
        for goal, oberziel, owner_name in goals:
            key = goal.title.strip().casefold()
            side[goal.strategy_version_id].setdefault(key, []).append(
                snapshot(goal, oberziel, owner_name)
            )
            if goal.strategy_version_id == b_id and key not in order_b:
                order_b.append(key)
        in_a, in_b = side[a_id], side[b_id]
        added, removed, changed, unchanged = [], [], [], []
        for key in order_b:
            olds = in_a.get(key, [])
            for index, new in enumerate(in_b[key]):
                if index >= len(olds):
                    added.append(new)
                    continue
                old = olds[index]
                diff = _goal_differences(old, new, signatures[old.id], signatures[new.id])
                if diff:
                    changed.append(GoalChange(old, new, diff))
                else:
                    unchanged.append(new)
        for key, olds in in_a.items():
            removed.extend(olds[len(in_b.get(key, [])) :])
        return VersionComparison(
            a=rows[a_id],
            b=rows[b_id],
            added=tuple(added),
            removed=tuple(removed),
            changed=tuple(changed),
            unchanged=tuple(unchanged),
            version_fields=version_fields,
        )


# ---- helpers that need no service -----------------------------------------------------------
def _copy_goal(goal: StrategicGoal, position: int) -> StrategicGoal:
    """A goal for a new version: same content, status as it was, no id."""
    return StrategicGoal(
        position=position, status=goal.status, **{key: getattr(goal, key) for key in _GOAL_COPY}
    )


def _copy_indicator(ind: Indicator) -> Indicator:
    """The definition of an indicator without its measurements."""
    return Indicator(**{key: getattr(ind, key) for key in _INDICATOR_COPY})


def _goal_differences(
    old: GoalSnapshot, new: GoalSnapshot, old_indicators: Counter, new_indicators: Counter
) -> tuple[str, ...]:
    diff = [
        name
        for name, a, b in (
            ("description", old.description.strip(), new.description.strip()),
            ("due_on", old.due_on, new.due_on),
            ("impact_level", old.impact_level, new.impact_level),
            ("status", old.status, new.status),
            ("oberziel", old.oberziel_id, new.oberziel_id),
            ("owner", old.owner_id, new.owner_id),
        )
        if a != b
    ]
    if old_indicators != new_indicators:
        diff.append("indicators")
    return tuple(diff)

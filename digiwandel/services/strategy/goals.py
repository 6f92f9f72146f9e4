"""Goals of a version, their indicators and the measurements of indicators; the trash
restore rule of the strategy."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from digiwandel.domain import progress
from digiwandel.domain.vocabulary import (
    GOAL_STATUSES,
    IMPACT_LEVEL_MAX,
    IMPACT_LEVEL_MIN,
    MAX_CONFIDENCE,
    NAME_LEN,
    TEXT_LEN,
)
from digiwandel.model.organisation import Person
from digiwandel.model.project import Project
from digiwandel.model.strategy import (
    CommunicationItem,
    GoalProjectLink,
    Indicator,
    Measurement,
    Oberziel,
    StrategicGoal,
    StrategyVersion,
)
from digiwandel.services.base import (
    MSG_NOT_FOUND,
    check_fields,
    check_version,
    clean_choice,
    clean_date,
    clean_number,
    clean_text,
    get_or_raise,
    live_ref,
    unit_of_work,
    whole_number,
)
from digiwandel.services.errors import DomainError
from digiwandel.services.strategy.identity import IdentityPart
from digiwandel.services.strategy.messages import (
    MSG_CONFIDENCE,
    MSG_GOAL_TITLE,
    MSG_IMPACT_LEVEL,
    MSG_MEASURED_FUTURE,
    MSG_MEASURED_ON,
    MSG_VALUE,
    MSG_YES_NO_VALUE,
)
from digiwandel.services.strategy.rows import GoalRow, IndicatorRow, MeasurementRow
from digiwandel.services.strategy.rules import (
    GOAL_FIELDS,
    INDICATOR_FIELDS,
    MEASUREMENT_FIELDS,
    apply_indicator_changes,
    clean_indicator,
    ensure_draft,
    ensure_not_archived,
    indicator_row,
    indicator_view,
    measurement_row,
    move,
    renumber,
    settle_indicator,
)
from digiwandel.services.trash import move_to_trash, restore_rule


def _clean_whole(value: object, low: int, high: int, *, field: str, message: str) -> int | None:
    if value is None:
        return None
    number = whole_number(value)
    if number is None or not low <= number <= high:
        raise DomainError(message, field=field)
    return number


def _clean_goal(values: dict[str, object]) -> dict[str, object]:
    clean: dict[str, object] = {}
    if "title" in values:
        clean["title"] = clean_text(
            values["title"], field="title", limit=NAME_LEN, required=MSG_GOAL_TITLE
        )
    if "description" in values:
        clean["description"] = clean_text(
            values["description"], field="description", limit=TEXT_LEN
        )
    if "due_on" in values:
        clean["due_on"] = clean_date(values["due_on"], field="due_on")
    if "impact_level" in values:
        clean["impact_level"] = _clean_whole(
            values["impact_level"],
            IMPACT_LEVEL_MIN,
            IMPACT_LEVEL_MAX,
            field="impact_level",
            message=MSG_IMPACT_LEVEL,
        )
    if "status" in values:
        clean["status"] = clean_choice(values["status"], GOAL_STATUSES, field="status")
    for key in ("oberziel_id", "owner_id"):
        if key in values:
            clean[key] = values[key]
    return clean


def _clean_measurement(values: dict[str, object]) -> dict[str, object]:
    clean: dict[str, object] = {}
    if "measured_on" in values:
        day = clean_date(values["measured_on"], field="measured_on", required=MSG_MEASURED_ON)
        if day > date.today():
            raise DomainError(MSG_MEASURED_FUTURE, field="measured_on")
        clean["measured_on"] = day
    if "value" in values:
        value = values["value"]
        if isinstance(value, bool):  # a ticked / unticked box for yes/no indicators
            value = float(value)
        clean["value"] = clean_number(value, field="value", required=MSG_VALUE)
    if "comment" in values:
        clean["comment"] = clean_text(values["comment"], field="comment", limit=TEXT_LEN)
    if "confidence" in values:
        clean["confidence"] = _clean_whole(
            values["confidence"], 0, MAX_CONFIDENCE, field="confidence", message=MSG_CONFIDENCE
        )
    return clean


class GoalsPart:
    """The goal, indicator and measurement methods of StrategyService."""

    # ---- goals ----------------------------------------------------------------------------
    def list_goals(self, version_id: int) -> list[GoalRow]:
        """Goals of a version with indicators and computed progress (constant statements)."""
        with unit_of_work(self.db) as session:
            get_or_raise(session, StrategyVersion, version_id)
            return self._goals(session, version_id)

    def get_goal(self, goal_id: int) -> GoalRow:
        with unit_of_work(self.db) as session:
            goal = self._goal(session, goal_id)
            return self._goals(session, goal.strategy_version_id, goal_id)[0]

    def _goals(self, session: Session, version_id: int, goal_id: int | None = None):
        goal_filter = [
            StrategicGoal.strategy_version_id == version_id,
            StrategicGoal.deleted_at.is_(None),
        ]
        if goal_id is not None:
            goal_filter.append(StrategicGoal.id == goal_id)
        goals = session.execute(
            select(StrategicGoal, Oberziel.title, Person.name)
            .outerjoin(
                Oberziel,
                and_(Oberziel.id == StrategicGoal.oberziel_id, Oberziel.deleted_at.is_(None)),
            )
            .outerjoin(Person, Person.id == StrategicGoal.owner_id)
            .where(*goal_filter)
            .order_by(StrategicGoal.position, StrategicGoal.id)
        ).all()
        indicator_filter = [*goal_filter, Indicator.deleted_at.is_(None)]
        indicators = session.execute(
            select(Indicator, Person.name)
            .join(StrategicGoal, StrategicGoal.id == Indicator.goal_id)
            .outerjoin(Person, Person.id == Indicator.owner_id)
            .where(*indicator_filter)
            .order_by(Indicator.id)
        ).all()
        readings: dict[int, list] = defaultdict(list)
        for row in session.execute(
            select(
                Measurement.id, Measurement.indicator_id, Measurement.measured_on, Measurement.value
            )
            .join(Indicator, Indicator.id == Measurement.indicator_id)
            .join(StrategicGoal, StrategicGoal.id == Indicator.goal_id)
            .where(*indicator_filter, Measurement.deleted_at.is_(None))
        ):
            readings[row.indicator_id].append(row)
        projects = dict(
            session.execute(
                select(GoalProjectLink.goal_id, func.count(GoalProjectLink.id))
                .join(StrategicGoal, StrategicGoal.id == GoalProjectLink.goal_id)
                .join(Project, Project.id == GoalProjectLink.project_id)
                .where(*goal_filter, Project.deleted_at.is_(None))
                .group_by(GoalProjectLink.goal_id)
            ).all()
        )
        by_goal: dict[int, list[IndicatorRow]] = defaultdict(list)
        for ind, owner_name in indicators:
            by_goal[ind.goal_id].append(indicator_row(ind, owner_name, readings[ind.id]))
        return [
            GoalRow(
                id=g.id,
                version_id=g.strategy_version_id,
                position=g.position,
                title=g.title,
                description=g.description,
                oberziel_id=g.oberziel_id if oberziel is not None else None,
                oberziel_title=oberziel or "",
                owner_id=g.owner_id,
                owner_name=owner_name or "",
                due_on=g.due_on,
                impact_level=g.impact_level,
                status=g.status,
                progress=progress.goal_progress(i.progress for i in by_goal[g.id]),
                indicators=tuple(by_goal[g.id]),
                project_count=projects.get(g.id, 0),
                version=g.row_version,
            )
            for g, oberziel, owner_name in goals
        ]

    @staticmethod
    def _goal(session: Session, goal_id: int, expected_version: int | None = None) -> StrategicGoal:
        goal = get_or_raise(session, StrategicGoal, goal_id)
        if goal.strategy_version.deleted_at is not None:
            raise DomainError(MSG_NOT_FOUND)
        check_version(goal, expected_version)
        return goal

    def create_goal(
        self,
        version_id: int,
        title: str,
        description: str = "",
        oberziel_id: int | None = None,
        owner_id: int | None = None,
        due_on: date | None = None,
        impact_level: int | None = None,
        status: str = "open",
    ) -> GoalRow:
        clean = _clean_goal(
            {
                "title": title,
                "description": description,
                "oberziel_id": oberziel_id,
                "owner_id": owner_id,
                "due_on": due_on,
                "impact_level": impact_level,
                "status": status,
            }
        )
        with unit_of_work(self.db) as session:
            version = get_or_raise(session, StrategyVersion, version_id)
            ensure_draft(version)
            live_ref(session, Oberziel, oberziel_id, "oberziel_id")
            live_ref(session, Person, owner_id, "owner_id")
            position = session.scalar(
                select(func.coalesce(func.max(StrategicGoal.position), 0)).where(
                    StrategicGoal.strategy_version_id == version_id,
                    StrategicGoal.deleted_at.is_(None),
                )
            )
            goal = StrategicGoal(strategy_version_id=version_id, position=position + 1, **clean)
            session.add(goal)
            session.flush()
            ident = goal.id
        return self.get_goal(ident)

    def update_goal(
        self, goal_id: int, expected_version: int | None = None, **values: object
    ) -> GoalRow:
        """Change any of title, description, oberziel_id, owner_id, due_on, impact_level,
        status of a goal in a draft version. With `expected_version` (the goal's row
        `version` the form showed) a goal changed since is refused with a StaleEditError."""
        check_fields(values, GOAL_FIELDS)
        clean = _clean_goal(values)
        with unit_of_work(self.db) as session:
            goal = self._goal(session, goal_id, expected_version)
            ensure_draft(goal.strategy_version)
            if "oberziel_id" in clean:
                live_ref(session, Oberziel, clean["oberziel_id"], "oberziel_id")
            if "owner_id" in clean:
                live_ref(session, Person, clean["owner_id"], "owner_id")
            for key, value in clean.items():
                setattr(goal, key, value)
            session.flush()
            # Read in the same transaction: the version returned is the one this change left.
            return self._goals(session, goal.strategy_version_id, goal_id)[0]

    def delete_goal(self, goal_id: int) -> str:
        """Move a goal (with its indicators) of a draft to the trash; returns the batch id."""
        with unit_of_work(self.db) as session:
            goal = self._goal(session, goal_id)
            ensure_draft(goal.strategy_version)
            indicators = list(
                session.scalars(
                    select(Indicator).where(
                        Indicator.goal_id == goal_id, Indicator.deleted_at.is_(None)
                    )
                )
            )
            batch = move_to_trash(session, [goal, *indicators], goal.title)
            self._renumber_goals(session, goal.strategy_version_id)
            return batch

    def move_goal(self, goal_id: int, delta: int) -> list[GoalRow]:
        """Move up (delta < 0) or down (delta > 0) in the version's list; positions 1..n."""
        with unit_of_work(self.db) as session:
            goal = self._goal(session, goal_id)
            ensure_draft(goal.strategy_version)
            version_id = goal.strategy_version_id
            rows = list(
                session.scalars(
                    select(StrategicGoal)
                    .where(
                        StrategicGoal.strategy_version_id == version_id,
                        StrategicGoal.deleted_at.is_(None),
                    )
                    .order_by(StrategicGoal.position, StrategicGoal.id)
                )
            )
            move(rows, goal_id, delta)
        return self.list_goals(version_id)

    @staticmethod
    def _renumber_goals(session: Session, version_id: int, first: set[int] = frozenset()):
        session.flush()
        renumber(
            list(
                session.scalars(
                    select(StrategicGoal).where(
                        StrategicGoal.strategy_version_id == version_id,
                        StrategicGoal.deleted_at.is_(None),
                    )
                )
            ),
            first,
        )

    # ---- indicators -----------------------------------------------------------------------
    def create_indicator(
        self,
        goal_id: int,
        name: str,
        unit: str = "",
        kind: str = "number",
        direction: str = "higher",
        baseline_value: float | None = None,
        baseline_on: date | None = None,
        target_value: float | None = None,
        target_on: date | None = None,
        range_low: float | None = None,
        range_high: float | None = None,
        frequency: str = "quarterly",
        data_source: str = "",
        owner_id: int | None = None,
    ) -> IndicatorRow:
        values = {
            "name": name,
            "unit": unit,
            "kind": kind,
            "direction": direction,
            "baseline_value": baseline_value,
            "baseline_on": baseline_on,
            "target_value": target_value,
            "target_on": target_on,
            "range_low": range_low,
            "range_high": range_high,
            "frequency": frequency,
            "data_source": data_source,
            "owner_id": owner_id,
        }
        state = settle_indicator(clean_indicator(values), set(values))
        with unit_of_work(self.db) as session:
            goal = self._goal(session, goal_id)
            ensure_draft(goal.strategy_version)
            live_ref(session, Person, owner_id, "owner_id")
            ind = Indicator(goal_id=goal_id, **state)
            session.add(ind)
            session.flush()
            return indicator_view(session, ind)

    def update_indicator(
        self, indicator_id: int, expected_version: int | None = None, **values: object
    ) -> IndicatorRow:
        """Change fields of an indicator of a goal in a draft; the rules between fields
        (dates in order, target vs. starting value, range) are checked on the result. With
        `expected_version` (the indicator's row `version` the form showed) an indicator
        changed since is refused with a StaleEditError."""
        check_fields(values, INDICATOR_FIELDS)
        clean = clean_indicator(values)
        with unit_of_work(self.db) as session:
            ind = self._goal_indicator(session, indicator_id)
            check_version(ind, expected_version)
            ensure_draft(ind.goal.strategy_version)
            apply_indicator_changes(session, ind, clean)
            return indicator_view(session, ind)

    def delete_indicator(self, indicator_id: int) -> str:
        with unit_of_work(self.db) as session:
            ind = self._goal_indicator(session, indicator_id)
            ensure_draft(ind.goal.strategy_version)
            return move_to_trash(session, [ind], ind.name)

    def get_indicator(self, indicator_id: int) -> IndicatorRow:
        with unit_of_work(self.db) as session:
            return indicator_view(session, self._indicator(session, indicator_id))

    @staticmethod
    def _indicator(session: Session, indicator_id: int) -> Indicator:
        """Any indicator (of a goal or a project) that is not in the trash."""
        ind = get_or_raise(session, Indicator, indicator_id)
        if ind.goal is not None and (
            ind.goal.deleted_at is not None or ind.goal.strategy_version.deleted_at is not None
        ):
            raise DomainError(MSG_NOT_FOUND)
        if ind.project is not None and ind.project.deleted_at is not None:
            raise DomainError(MSG_NOT_FOUND)
        return ind

    def _goal_indicator(self, session: Session, indicator_id: int) -> Indicator:
        """An indicator of a strategic goal; project indicators belong to the project tracker."""
        ind = self._indicator(session, indicator_id)
        if ind.goal is None:
            raise DomainError(MSG_NOT_FOUND)
        return ind

    # ---- measurements ---------------------------------------------------------------------
    # Measurements record what happens while a strategy is carried out, so they can be added
    # to indicators of adopted versions too (not of archived ones), and to project indicators.
    def list_measurements(self, indicator_id: int) -> list[MeasurementRow]:
        """Oldest first, as a chart draws them."""
        with unit_of_work(self.db) as session:
            self._indicator(session, indicator_id)
            return [
                measurement_row(m)
                for m in session.scalars(
                    select(Measurement)
                    .where(
                        Measurement.indicator_id == indicator_id, Measurement.deleted_at.is_(None)
                    )
                    .order_by(Measurement.measured_on, Measurement.id)
                )
            ]

    def version_measurements(self, version_id: int) -> dict[int, tuple[MeasurementRow, ...]]:
        """Measurements of every indicator of a version's goals, by indicator id, oldest
        first; one statement whatever the number of indicators (for reports)."""
        with unit_of_work(self.db) as session:
            get_or_raise(session, StrategyVersion, version_id)
            readings: dict[int, list[MeasurementRow]] = defaultdict(list)
            for m in session.scalars(
                select(Measurement)
                .join(Indicator, Indicator.id == Measurement.indicator_id)
                .join(StrategicGoal, StrategicGoal.id == Indicator.goal_id)
                .where(
                    StrategicGoal.strategy_version_id == version_id,
                    StrategicGoal.deleted_at.is_(None),
                    Indicator.deleted_at.is_(None),
                    Measurement.deleted_at.is_(None),
                )
                .order_by(Measurement.measured_on, Measurement.id)
            ):
                readings[m.indicator_id].append(measurement_row(m))
            return {ident: tuple(rows) for ident, rows in readings.items()}

    def add_measurement(
        self,
        indicator_id: int,
        measured_on: date | None,
        value: float | None,
        comment: str = "",
        confidence: int | None = None,
    ) -> MeasurementRow:
        clean = _clean_measurement(
            {
                "measured_on": measured_on,
                "value": value,
                "comment": comment,
                "confidence": confidence,
            }
        )
        with unit_of_work(self.db) as session:
            ind = self._indicator(session, indicator_id)
            self._ensure_measurable(ind, clean)
            m = Measurement(indicator_id=indicator_id, **clean)
            session.add(m)
            session.flush()
            return measurement_row(m)

    def get_measurement(self, measurement_id: int) -> MeasurementRow:
        """One measurement (of a goal's or a project's indicator) as stored now."""
        with unit_of_work(self.db) as session:
            m = get_or_raise(session, Measurement, measurement_id)
            self._indicator(session, m.indicator_id)
            return measurement_row(m)

    def update_measurement(
        self, measurement_id: int, expected_version: int | None = None, **values: object
    ) -> MeasurementRow:
        """Change fields of a measurement (of a goal's or a project's indicator). With
        `expected_version` (the measurement's row `version` the form showed) a measurement
        changed since is refused with a StaleEditError."""
        check_fields(values, MEASUREMENT_FIELDS)
        clean = _clean_measurement(values)
        with unit_of_work(self.db) as session:
            m = get_or_raise(session, Measurement, measurement_id)
            ind = self._indicator(session, m.indicator_id)
            check_version(m, expected_version)
            self._ensure_measurable(ind, clean)
            for key, value in clean.items():
                setattr(m, key, value)
            session.flush()
            return measurement_row(m)

    def delete_measurement(self, measurement_id: int) -> str:
        with unit_of_work(self.db) as session:
            m = get_or_raise(session, Measurement, measurement_id)
            ind = self._indicator(session, m.indicator_id)
            self._ensure_measurable(ind, {})
            return move_to_trash(session, [m], f"{ind.name} {m.measured_on.isoformat()}")

    @staticmethod
    def _ensure_measurable(ind: Indicator, clean: dict[str, object]) -> None:
        if ind.goal is not None:
            ensure_not_archived(ind.goal.strategy_version)
        if ind.kind == "boolean" and clean.get("value", 0.0) not in (0.0, 1.0):
            raise DomainError(MSG_YES_NO_VALUE, field="value")


# ---- trash -----------------------------------------------------------------------------------
@restore_rule
def _strategy_restore_rules(session: Session, ids: dict[str, set[int]]):
    """Refused if it would change a version that has been adopted (goals, indicators) or
    archived (also measurements, communication items) in the meantime; afterwards the
    Oberziele and the goals of the versions concerned are numbered again."""
    ids = defaultdict(set, ids)
    goal_versions: set[int] = set()
    for goal in _rows(session, StrategicGoal, ids):
        goal_versions.add(goal.strategy_version_id)
        if goal.strategy_version.id not in ids[StrategyVersion.__tablename__]:
            ensure_draft(goal.strategy_version)
    for ind in _rows(session, Indicator, ids):
        if ind.goal is not None and ind.goal_id not in ids[StrategicGoal.__tablename__]:
            ensure_draft(ind.goal.strategy_version)
    for m in _rows(session, Measurement, ids):
        if m.indicator.goal is not None:
            ensure_not_archived(m.indicator.goal.strategy_version)
    for item in _rows(session, CommunicationItem, ids):
        ensure_not_archived(item.strategy_version)
    oberziele = ids[Oberziel.__tablename__]
    goals = ids[StrategicGoal.__tablename__]
    if not oberziele and not goal_versions:
        return None

    def after() -> None:
        if oberziele:
            IdentityPart._renumber_oberziele(session, oberziele)
        for version_id in goal_versions:
            GoalsPart._renumber_goals(session, version_id, goals)

    return after


def _rows(session: Session, cls, ids: dict[str, set[int]]) -> list:
    wanted = ids.get(cls.__tablename__)
    if not wanted:
        return []
    return list(session.scalars(select(cls).where(cls.id.in_(wanted))))

"""What needs doing, for the first page: measures that need attention and what falls due in
the next two weeks, each entry naming where the user acts.

Like the rest of the first page it reads the tables directly (no ORM set-up, none of the
feature services) in a fixed number of statements, each limited: with thousands of
measures the page names the first few of each kind and how many there are in all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import and_, exists, func, literal, or_, select

from digiwandel.model.assessment import Assessment
from digiwandel.model.database import Database
from digiwandel.model.project import BudgetLine, Project, ProjectStep, Task
from digiwandel.model.strategy import (
    CommunicationItem,
    GoalProjectLink,
    StrategicGoal,
    StrategyVersion,
)
from digiwandel.services.base import clean_today, unit_of_work

DUE_WINDOW_DAYS = 14
CHECK_INTERVAL_DAYS = 365  # the check is repeated about once a year
SHOWN_PER_KIND = 5

# Entry kinds; the page words each one.
LIGHT_RED = "light_red"
LIGHT_AMBER = "light_amber"
TASKS_OVERDUE = "tasks_overdue"
STEP_OVERDUE = "step_overdue"
OVER_BUDGET = "over_budget"
REVIEW_OVERDUE = "review_overdue"
GOAL_WITHOUT_MEASURE = "goal_without_measure"
MEASURE_WITHOUT_GOAL = "measure_without_goal"
TASK_DUE = "task_due"
MILESTONE_DUE = "milestone_due"
COMMUNICATION_DUE = "communication_due"
REVIEW_DUE = "review_due"
CHECK_DUE = "check_due"

# Where an entry leads.
TO_MEASURE = "measure"
TO_STRATEGY = "strategy"
TO_CHECK = "check"


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    kind: str
    target: str  # TO_MEASURE, TO_STRATEGY or TO_CHECK
    ident: int | None  # the measure or strategy version; None for the check
    title: str  # the measure, task, audience or strategy the entry is about
    when: date | None = None  # a due date, a review date or the last check
    step: int | None = None  # the step of the measure to open
    detail: str = ""  # the traffic light's reason; the measure of a task
    count: int = 0  # overdue tasks of a measure; euros over budget


@dataclass(frozen=True, slots=True)
class Agenda:
    attention: tuple[AgendaEntry, ...]
    due: tuple[AgendaEntry, ...]
    # How many entries of each kind there are in all (more than shown for large files).
    totals: dict[str, int] = field(default_factory=dict)


class AgendaService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def agenda(self, today: date | None = None) -> Agenda:
        today = clean_today(today)
        horizon = today + timedelta(days=DUE_WINDOW_DAYS)
        p, s, t = Project.__table__.c, ProjectStep.__table__.c, Task.__table__.c
        live_project = p.deleted_at.is_(None)
        running = p.status.not_in(("completed", "cancelled"))
        attention: list[AgendaEntry] = []
        due: list[AgendaEntry] = []
        totals: dict[str, int] = {}

        def limited(query, kind: str):
            """The first rows of a kind, and how many there are in all."""
            counted = query.add_columns(func.count().over().label("total"))
            rows = session.execute(counted.limit(SHOWN_PER_KIND)).all()
            totals[kind] = rows[0].total if rows else 0
            return rows

        with unit_of_work(self.db) as session:
            for light, kind in (("red", LIGHT_RED), ("amber", LIGHT_AMBER)):
                query = (
                    select(p.id, p.title, p.light_reason)
                    .where(live_project, running, p.light == light)
                    .order_by(p.title, p.id)
                )
                attention += [
                    AgendaEntry(kind, TO_MEASURE, r.id, r.title, detail=r.light_reason or "")
                    for r in limited(query, kind)
                ]

            task_base = Task.__table__.join(ProjectStep.__table__, t.step_id == s.id).join(
                Project.__table__, s.project_id == p.id
            )
            open_task = and_(live_project, t.deleted_at.is_(None), t.done.is_(False))
            query = (
                select(
                    p.id,
                    p.title,
                    func.count(t.id).label("tasks"),
                    func.min(t.due_on).label("first"),
                    func.min(s.number).label("step"),
                )
                .select_from(task_base)
                .where(open_task, t.due_on < today)
                .group_by(p.id, p.title)
                .order_by(func.min(t.due_on), p.title)
            )
            attention += [
                AgendaEntry(
                    TASKS_OVERDUE, TO_MEASURE, r.id, r.title, r.first, r.step, count=r.tasks
                )
                for r in limited(query, TASKS_OVERDUE)
            ]

            query = (
                select(p.id, p.title, s.number, s.due_on)
                .select_from(ProjectStep.__table__.join(Project.__table__, s.project_id == p.id))
                .where(
                    live_project,
                    running,
                    s.due_on < today,
                    s.status.in_(("open", "in_progress")),
                )
                .order_by(s.due_on, p.title, s.number)
            )
            attention += [
                AgendaEntry(STEP_OVERDUE, TO_MEASURE, r.id, r.title, r.due_on, r.number)
                for r in limited(query, STEP_OVERDUE)
            ]

            b = BudgetLine.__table__.c
            planned = func.sum(b.planned)
            actual = func.sum(func.coalesce(b.actual, 0))
            query = (
                select(p.id, p.title, (actual - planned).label("over"))
                .select_from(BudgetLine.__table__.join(Project.__table__, b.project_id == p.id))
                .where(live_project, b.deleted_at.is_(None))
                .group_by(p.id, p.title)
                .having(actual > planned)
                .order_by((actual - planned).desc(), p.title)
            )
            attention += [
                AgendaEntry(OVER_BUDGET, TO_MEASURE, r.id, r.title, count=round(r.over))
                for r in limited(query, OVER_BUDGET)
            ]

            v = StrategyVersion.__table__.c
            query = (
                select(v.id, v.title, v.next_review_on)
                .where(
                    v.deleted_at.is_(None),
                    v.status == "adopted",
                    v.next_review_on.is_not(None),
                    v.next_review_on <= horizon,
                )
                .order_by(v.next_review_on)
            )
            for r in limited(query, "review"):
                kind = REVIEW_OVERDUE if r.next_review_on < today else REVIEW_DUE
                entry = AgendaEntry(kind, TO_STRATEGY, r.id, r.title, r.next_review_on)
                (attention if kind == REVIEW_OVERDUE else due).append(entry)

            # The goals that count: those of the adopted strategy, or of the drafts while
            # none is adopted yet.
            g, link = StrategicGoal.__table__.c, GoalProjectLink.__table__.c
            adopted = exists(
                select(1).where(v.deleted_at.is_(None), v.status == "adopted")
            ).correlate(None)
            version = StrategyVersion.__table__.alias("counting_version")
            counting = and_(
                g.deleted_at.is_(None),
                g.status.in_(("open", "in_progress")),
                exists(
                    select(1).where(
                        version.c.id == g.strategy_version_id,
                        version.c.deleted_at.is_(None),
                        or_(
                            version.c.status == "adopted",
                            and_(version.c.status == "draft", ~adopted),
                        ),
                    )
                ),
            )
            served = exists(
                select(1)
                .select_from(
                    GoalProjectLink.__table__.join(Project.__table__, link.project_id == p.id)
                )
                .where(link.goal_id == g.id, live_project)
            )
            query = (
                select(g.id, g.title, g.strategy_version_id)
                .where(counting, ~served)
                .order_by(g.strategy_version_id, g.position, g.id)
            )
            attention += [
                AgendaEntry(GOAL_WITHOUT_MEASURE, TO_STRATEGY, r.strategy_version_id, r.title)
                for r in limited(query, GOAL_WITHOUT_MEASURE)
            ]
            goal = StrategicGoal.__table__.alias("serving_goal")
            serves = exists(
                select(1)
                .select_from(GoalProjectLink.__table__.join(goal, link.goal_id == goal.c.id))
                .where(link.project_id == p.id, goal.c.deleted_at.is_(None))
            )
            any_goal = exists(select(1).select_from(StrategicGoal.__table__).where(counting))
            query = (
                select(p.id, p.title)
                .where(live_project, running, ~serves, any_goal)
                .order_by(p.title, p.id)
            )
            attention += [
                AgendaEntry(MEASURE_WITHOUT_GOAL, TO_MEASURE, r.id, r.title)
                for r in limited(query, MEASURE_WITHOUT_GOAL)
            ]

            query = (
                select(
                    t.title,
                    t.due_on,
                    t.is_milestone,
                    p.id,
                    p.title.label("measure"),
                    s.number,
                )
                .select_from(task_base)
                .where(open_task, t.due_on >= today, t.due_on <= horizon)
                .order_by(t.due_on, p.title, t.title)
            )
            due += [
                AgendaEntry(
                    MILESTONE_DUE if r.is_milestone else TASK_DUE,
                    TO_MEASURE,
                    r.id,
                    r.title,
                    r.due_on,
                    r.number,
                    detail=r.measure,
                )
                for r in limited(query, TASK_DUE)
            ]

            c = CommunicationItem.__table__.c
            query = (
                select(
                    c.audience,
                    c.due_on,
                    c.strategy_version_id,
                    c.project_id,
                    func.coalesce(p.title, literal("")).label("measure"),
                )
                .select_from(
                    CommunicationItem.__table__.outerjoin(
                        Project.__table__, and_(c.project_id == p.id, live_project)
                    )
                )
                .where(
                    c.deleted_at.is_(None),
                    c.status == "planned",
                    c.due_on >= today,
                    c.due_on <= horizon,
                    or_(c.project_id.is_(None), p.id.is_not(None)),
                )
                .order_by(c.due_on, c.audience)
            )
            due += [
                AgendaEntry(
                    COMMUNICATION_DUE,
                    TO_MEASURE if r.project_id else TO_STRATEGY,
                    r.project_id or r.strategy_version_id,
                    r.audience,
                    r.due_on,
                    None,
                    detail=r.measure,
                )
                for r in limited(query, COMMUNICATION_DUE)
            ]

            a = Assessment.__table__.c
            last = session.scalar(
                select(func.max(a.assessed_on)).where(
                    a.deleted_at.is_(None), a.status == "completed"
                )
            )
            drafts = session.scalar(
                select(func.count(a.id)).where(a.deleted_at.is_(None), a.status == "draft")
            )
        next_check = last + timedelta(days=CHECK_INTERVAL_DAYS) if last else None
        if next_check is not None and not drafts and next_check <= horizon:
            due.append(AgendaEntry(CHECK_DUE, TO_CHECK, None, "", last))
            totals[CHECK_DUE] = 1
        due.sort(key=lambda e: (e.when or today, e.kind))
        return Agenda(tuple(attention), tuple(due), totals)

"""The figures the first page shows, read from the tables and the stored scores.

The overview is on screen the moment the program starts, so this module stays light: plain
table queries (no ORM set-up) and none of the check or project services, which are loaded
when a page that needs them is first opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, exists, func, select

from digiwandel.model.assessment import Assessment, AssessmentScore
from digiwandel.model.database import Database
from digiwandel.model.organisation import Area, Organisation, Setting
from digiwandel.model.project import Project, ProjectStep, Task
from digiwandel.model.report import ReportSnapshot
from digiwandel.model.strategy import StrategyVersion
from digiwandel.services.base import clean_int, clean_today, unit_of_work


@dataclass(frozen=True, slots=True)
class PortfolioCounts:
    """What the overview says about the measures, counted in SQL."""

    count: int
    active: int
    red: int
    amber: int
    overdue_tasks: int


@dataclass(frozen=True, slots=True)
class CheckFigure:
    """A completed check as the overview names it: when, and its overall index."""

    id: int
    title: str
    assessed_on: date
    overall: float | None
    band: str | None


# The path a new organisation follows, in order; each step is done when its data exists.
FIRST_STEPS = ("organisation", "check", "strategy", "measure", "report")
FIRST_STEPS_HIDDEN = "overview.first_steps_hidden"  # a setting: "1" once dismissed


@dataclass(frozen=True, slots=True)
class FirstSteps:
    done: dict[str, bool]  # FIRST_STEPS -> done
    hidden: bool  # dismissed by the user

    @property
    def complete(self) -> bool:
        return all(self.done.values())


class OverviewService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def latest_checks(self, limit: int = 2) -> list[CheckFigure]:
        """The newest completed assessments with their stored index and stage, newest first.

        One statement; a check whose scores are not stored yet (a file from before they
        were kept) is scored by the check service."""
        a, score = Assessment.__table__.c, AssessmentScore.__table__.c
        with unit_of_work(self.db) as session:
            rows = session.execute(
                select(a.id, a.title, a.assessed_on, score.assessment_id, score.overall, score.band)
                .select_from(
                    Assessment.__table__.outerjoin(
                        AssessmentScore.__table__, score.assessment_id == a.id
                    )
                )
                .where(a.status == "completed", a.deleted_at.is_(None))
                .order_by(a.assessed_on.desc(), a.id.desc())
                .limit(clean_int(limit, field="limit", low=1, high=10_000))
            ).all()
        figures = []
        for ident, title, assessed_on, stored, overall, band in rows:
            if stored is None:
                from digiwandel.services.check import CheckService

                computed = CheckService(self.db).summary(ident)
                overall, band = computed.overall, computed.band
            figures.append(CheckFigure(ident, title, assessed_on, overall, band))
        return figures

    def portfolio_counts(self, today: date | None = None) -> PortfolioCounts:
        """Measures not in the trash: all, active, red, amber, and their overdue tasks.

        Two statements on the tables (no ORM set-up: the first page shows these); the same
        figures as counting `list_portfolio()`."""
        today = clean_today(today)
        project, step, task = Project.__table__.c, ProjectStep.__table__.c, Task.__table__.c
        live = project.deleted_at.is_(None)
        with unit_of_work(self.db) as session:
            count, active, red, amber = session.execute(
                select(
                    func.count(project.id),
                    func.sum(case((project.status == "active", 1), else_=0)),
                    func.sum(case((project.light == "red", 1), else_=0)),
                    func.sum(case((project.light == "amber", 1), else_=0)),
                ).where(live)
            ).one()
            overdue = session.scalar(
                select(func.count(task.id))
                .select_from(
                    Task.__table__.join(ProjectStep.__table__, task.step_id == step.id).join(
                        Project.__table__, step.project_id == project.id
                    )
                )
                .where(
                    live,
                    task.deleted_at.is_(None),
                    task.done.is_(False),
                    task.due_on.is_not(None),
                    task.due_on < today,
                )
            )
        return PortfolioCounts(
            int(count or 0), int(active or 0), int(red or 0), int(amber or 0), int(overdue or 0)
        )

    def first_steps(self) -> FirstSteps:
        """Which steps of the first path are done, in one statement: the organisation with
        an area, a completed check, a strategy, a measure, a board report."""

        def any_row(table, *where) -> object:
            return exists(select(1).select_from(table).where(*where))

        a, v, p = Assessment.__table__.c, StrategyVersion.__table__.c, Project.__table__.c
        with unit_of_work(self.db) as session:
            row = session.execute(
                select(
                    any_row(Organisation.__table__) & any_row(Area.__table__),
                    any_row(Assessment.__table__, a.status == "completed", a.deleted_at.is_(None)),
                    any_row(StrategyVersion.__table__, v.deleted_at.is_(None)),
                    any_row(Project.__table__, p.deleted_at.is_(None)),
                    any_row(ReportSnapshot.__table__, ReportSnapshot.__table__.c.kind == "board"),
                    select(Setting.__table__.c.value)
                    .where(Setting.__table__.c.key == FIRST_STEPS_HIDDEN)
                    .scalar_subquery(),
                )
            ).one()
        return FirstSteps(dict(zip(FIRST_STEPS, map(bool, row[:5]), strict=True)), row[5] == "1")

    def hide_first_steps(self, hidden: bool = True) -> None:
        with unit_of_work(self.db) as session:
            setting = session.get(Setting, FIRST_STEPS_HIDDEN)
            if setting is None:
                session.add(Setting(key=FIRST_STEPS_HIDDEN, value="1" if hidden else "0"))
            else:
                setting.value = "1" if hidden else "0"

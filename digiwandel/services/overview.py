"""The figures the first page shows, read from the tables and the stored scores.

The overview is on screen the moment the program starts, so this module stays light: plain
table queries (no ORM set-up) and none of the check or project services, which are loaded
when a page that needs them is first opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select

from digiwandel.model.assessment import Assessment, AssessmentScore
from digiwandel.model.database import Database
from digiwandel.model.project import Project, ProjectStep, Task
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

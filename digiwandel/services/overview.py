"""The figures the first page shows, read from the tables and the stored scores.

The overview is on screen the moment the program starts, so this module stays light: plain
table queries (no ORM set-up) and none of the check or project services, which are loaded
when a page that needs them is first opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, exists, func, select

from digiwandel.domain import progress
from digiwandel.model.assessment import Assessment, AssessmentScore, CatalogDimension
from digiwandel.model.database import Database
from digiwandel.model.organisation import Area, Organisation, Setting
from digiwandel.model.project import Project, ProjectStep, Task
from digiwandel.model.report import ReportSnapshot
from digiwandel.model.strategy import Indicator, Measurement, StrategicGoal, StrategyVersion
from digiwandel.services.base import clean_int, clean_today, row_id, unit_of_work


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
    catalog_id: int = 0
    # (dimension key, percent or None) in the catalog's order, as stored with the scores
    dimensions: tuple[tuple[str, float | None], ...] = ()


@dataclass(frozen=True, slots=True)
class DimensionFigure:
    """A dimension of the latest check for the small radar: its score then and before."""

    key: str
    title: str
    percent: float
    previous: float | None  # the previous check's score, when it asked this dimension


@dataclass(frozen=True, slots=True)
class GoalFigure:
    id: int
    title: str
    status: str  # open, in_progress, achieved, dropped
    progress: float | None  # None: nothing measured yet


@dataclass(frozen=True, slots=True)
class StrategyProgress:
    """The goals of the strategy the organisation answers for, with their progress."""

    version_id: int
    title: str
    status: str  # adopted or draft
    goals: tuple[GoalFigure, ...]


@dataclass(frozen=True, slots=True)
class OpenFindings:
    """The findings of a completed check that no measure was created from yet."""

    assessment_id: int
    assessed_on: date
    keys: tuple[str, ...]  # open findings, in the article's order
    total: int  # findings of the check, addressed or not
    # The whole check has fewer answer sheets than the smallest group size (then this is
    # that size): its figures are those few people's answers, as the results page says.
    few_sheets_below: int = 0


# The path a new organisation follows, in order; each step is done when its data exists.
FIRST_STEPS = ("organisation", "check", "strategy", "measure", "report")
# A setting: "1" once dismissed; "0" once asked for again, so they show even when done.
FIRST_STEPS_HIDDEN = "overview.first_steps_hidden"


@dataclass(frozen=True, slots=True)
class FirstSteps:
    done: dict[str, bool]  # FIRST_STEPS -> done
    hidden: bool  # dismissed by the user
    requested: bool = False  # asked for again by the user

    @property
    def complete(self) -> bool:
        return all(self.done.values())

    @property
    def shown(self) -> bool:
        """On the overview until done or dismissed; when asked for, until dismissed."""
        return not self.hidden and (self.requested or not self.complete)


def dimension_profile(checks: list[CheckFigure], titles: dict[str, str]) -> list[DimensionFigure]:
    """The scored dimensions of the first of `checks` (newest first, as `latest_checks`
    gives them) with their titles, and the second one's score of the same dimension."""
    if not checks:
        return []
    before = dict(checks[1].dimensions) if len(checks) > 1 else {}
    return [
        DimensionFigure(key, titles.get(key, key), percent, before.get(key))
        for key, percent in checks[0].dimensions
        if percent is not None
    ]


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
                select(
                    a.id,
                    a.title,
                    a.assessed_on,
                    a.catalog_id,
                    score.assessment_id,
                    score.overall,
                    score.band,
                    score.dimensions,
                )
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
        for ident, title, assessed_on, catalog_id, stored, overall, band, dims in rows:
            if stored is None:
                from digiwandel.services.check import CheckService

                computed = CheckService(self.db).summary(ident)
                overall, band = computed.overall, computed.band
                dims = [(d.key, d.percent) for d in computed.dimensions]
            dimensions = tuple((str(key), percent) for key, percent in dims or ())
            figures.append(
                CheckFigure(ident, title, assessed_on, overall, band, catalog_id, dimensions)
            )
        return figures

    def dimension_titles(self, catalog_id: int, lang: str = "de") -> dict[str, str]:
        """The dimension titles of a catalog in `lang` (German when it has no English)."""
        english = lang == "en"
        d = CatalogDimension.__table__.c
        ident = row_id(catalog_id)
        if ident is None:
            return {}
        with unit_of_work(self.db) as session:
            return {
                key: (title_en if english and title_en else title_de) or key
                for key, title_de, title_en in session.execute(
                    select(d.key, d.title_de, d.title_en).where(d.catalog_id == ident)
                )
            }

    def strategy_progress(self) -> StrategyProgress | None:
        """The goals of the newest adopted strategy (else the newest draft) with progress
        from their indicators' latest measurements, in four statements."""
        v, g = StrategyVersion.__table__.c, StrategicGoal.__table__.c
        i, m = Indicator.__table__.c, Measurement.__table__.c
        with unit_of_work(self.db) as session:
            version = session.execute(
                select(v.id, v.title, v.status)
                .where(v.deleted_at.is_(None), v.status.in_(("adopted", "draft")))
                .order_by(case((v.status == "adopted", 0), else_=1), v.id.desc())
                .limit(1)
            ).first()
            if version is None:
                return None
            goals = session.execute(
                select(g.id, g.title, g.status)
                .where(g.strategy_version_id == version.id, g.deleted_at.is_(None))
                .order_by(g.position, g.id)
            ).all()
            live_indicator = and_(
                g.strategy_version_id == version.id, g.deleted_at.is_(None), i.deleted_at.is_(None)
            )
            indicators = session.execute(
                select(
                    i.id,
                    i.goal_id,
                    i.kind,
                    i.direction,
                    i.baseline_value,
                    i.target_value,
                    i.range_low,
                    i.range_high,
                )
                .select_from(Indicator.__table__.join(StrategicGoal.__table__, i.goal_id == g.id))
                .where(live_indicator)
            ).all()
            readings: dict[int, list] = {}
            for row in session.execute(
                select(m.id, m.indicator_id, m.measured_on, m.value)
                .select_from(
                    Measurement.__table__.join(Indicator.__table__, m.indicator_id == i.id).join(
                        StrategicGoal.__table__, i.goal_id == g.id
                    )
                )
                .where(live_indicator, m.deleted_at.is_(None))
            ):
                readings.setdefault(row.indicator_id, []).append(row)
        by_goal: dict[int, list[float | None]] = {}
        for ind in indicators:
            last = progress.latest_measurement(readings.get(ind.id, ()))
            by_goal.setdefault(ind.goal_id, []).append(
                progress.indicator_progress(
                    ind.kind,
                    ind.direction,
                    ind.baseline_value,
                    ind.target_value,
                    None if last is None else last.value,
                    ind.range_low,
                    ind.range_high,
                )
            )
        return StrategyProgress(
            version.id,
            version.title,
            version.status,
            tuple(
                GoalFigure(r.id, r.title, r.status, progress.goal_progress(by_goal.get(r.id, ())))
                for r in goals
            ),
        )

    def open_findings(self, assessment_id: int, lang: str = "de") -> OpenFindings:
        """The findings of a completed check that no measure in use was created from.

        Findings are judged from every answer and from today's strategy and measures, so
        this scores the whole check: the overview asks for it off the UI thread."""
        from digiwandel.services.check import CheckService

        results = CheckService(self.db, lang).results(assessment_id)
        p = Project.__table__.c
        with unit_of_work(self.db) as session:
            addressed = set(
                session.scalars(
                    select(p.finding_key).where(
                        p.deleted_at.is_(None), p.finding_key.like("finding:%")
                    )
                )
            )
        keys = tuple(f.key for f in results.findings if f"finding:{f.key}" not in addressed)
        return OpenFindings(
            results.assessment.id,
            results.assessment.assessed_on,
            keys,
            len(results.findings),
            results.threshold if results.few_sheets else 0,
        )

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
        return FirstSteps(
            dict(zip(FIRST_STEPS, map(bool, row[:5]), strict=True)), row[5] == "1", row[5] == "0"
        )

    def hide_first_steps(self, hidden: bool = True) -> None:
        """Dismiss the first steps, or (hidden=False) show them again, even when done."""
        with unit_of_work(self.db) as session:
            setting = session.get(Setting, FIRST_STEPS_HIDDEN)
            if setting is None:
                session.add(Setting(key=FIRST_STEPS_HIDDEN, value="1" if hidden else "0"))
            else:
                setting.value = "1" if hidden else "0"

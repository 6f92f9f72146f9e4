"""The board report (Vorstandsbericht): gathers the figures the program shows on its pages
and hands them to ``digiwandel.reports.board``.

Maturity comes from the latest completed check (``CheckService.results``: groups below the
smallest group size are already left out), strategy from the version in force, measures,
risks and decisions from the project services' list methods, so the number of statements
does not grow with the number of measures. The key figures are returned with the PDF; the
report service keeps them with the snapshot, and the next board report compares with them.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from digiwandel.charts.specs import check_chart_specs, indicator_spec, timeline_spec
from digiwandel.domain import steps as step_rules
from digiwandel.domain.language import QT_TRANSLATE_NOOP, Language, speaking, translate
from digiwandel.model.database import Database
from digiwandel.model.report import ReportSnapshot
from digiwandel.services.base import unit_of_work
from digiwandel.services.check import CheckService, Results
from digiwandel.services.organisation import OrganisationService
from digiwandel.services.project_records import ProjectRecordService
from digiwandel.services.projects import PortfolioRow, ProjectService
from digiwandel.services.reports.common import (
    Progress,
    RenderedReport,
    ReportRequest,
    no_progress,
)
from digiwandel.services.strategy import GoalRow, StrategyService, VersionRow
from digiwandel.texts import projects as project_words

KIND = "board"
TITLE = QT_TRANSLATE_NOOP("ReportKinds", "Board report")
SECTIONS = (
    ("summary", QT_TRANSLATE_NOOP("ReportSections", "Summary")),
    ("since_last", QT_TRANSLATE_NOOP("ReportSections", "Since the last report")),
    ("maturity", QT_TRANSLATE_NOOP("ReportSections", "Digital maturity")),
    ("strategy", QT_TRANSLATE_NOOP("ReportSections", "Strategy")),
    ("measures", QT_TRANSLATE_NOOP("ReportSections", "Measures")),
    ("risks", QT_TRANSLATE_NOOP("ReportSections", "Risks")),
    ("decisions", QT_TRANSLATE_NOOP("ReportSections", "Decisions needed")),
    ("next_steps", QT_TRANSLATE_NOOP("ReportSections", "Next steps")),
)
ITEM = None

#: Likelihood × impact (each 1–5) from which a risk is listed for the board.
HIGH_RISK_SCORE = 12
#: How far ahead "next steps" look.
NEXT_STEPS_DAYS = 91
#: At most this many rows in the tables of high risks and next steps (the rest are counted).
MAX_RISKS = 25
MAX_NEXT_STEPS = 40
#: Indicator charts of the strategic goals, two per row (each chart costs a tenth of a
#: second or more to draw).
MAX_INDICATOR_CHARTS = 4
#: A line needs two measurements to show a development.
CHART_MEASUREMENTS = 2
LIGHT_ORDER = {"red": 0, "amber": 1, "green": 2}
FINISHED = ("completed", "cancelled")


def build(
    db: Database, language: Language, request: ReportRequest, progress: Progress = no_progress
) -> RenderedReport:
    from digiwandel.reports.base import ReportMeta
    from digiwandel.reports.board import BoardReport

    with speaking(language):
        data = gather(db, language, request, progress)
        org = OrganisationService(db)
        title = translate("ReportKinds", TITLE)
        meta = ReportMeta(
            organisation=data.organisation,
            title=title,
            subtitle=request.period,
            created_on=request.today,
            logo=org.get_logo(),
        )
        pdf, pages = BoardReport(meta, language, data).build(progress)
    return RenderedReport(KIND, title, request.period, pdf, pages, data.figures)


# -- gathering --------------------------------------------------------------------------------
def gather(db: Database, language: Language, request: ReportRequest, progress: Progress):
    """Everything the board report shows, as plain data (call inside ``speaking``)."""
    from digiwandel.reports.board import BoardData, DueLine, RiskLine

    today = request.today
    sections = (
        frozenset(request.sections)
        if request.sections is not None
        else frozenset(key for key, _label in SECTIONS)
    )
    profile = OrganisationService(db).get_profile()
    progress(0.02)

    check = CheckService(db, language.code)
    latest = check.latest_completed(2)
    results = check.results(latest[0].id) if latest else None
    maturity = _maturity(results, latest[1] if len(latest) > 1 else None)
    progress(0.1)

    strategy_service = StrategyService(db)
    versions = strategy_service.list_versions(today)
    version = governing_version(versions)
    goals = strategy_service.list_goals(version.id) if version else []
    strategy = (
        _strategy(strategy_service, version, versions, goals, today, sections) if version else None
    )
    progress(0.16)

    projects = ProjectService(db, language.code)
    portfolio = projects.list_portfolio(today)
    timeline = projects.timeline()
    records = ProjectRecordService(db, language.code)
    risks = records.unsettled_risks()
    questions = records.open_decisions(today)
    progress(0.24)

    titles = {row.id: row.title for row in portfolio}
    measures = tuple(_measure(row, language.code) for row in _board_order(portfolio))
    high = [r for r in risks if r.score >= HIGH_RISK_SCORE]
    decisions = _decisions(questions, measures, titles, version, versions)
    upcoming, overdue_steps = _next_steps(timeline, titles, today, language.code)
    planned_check = _planned_check(check, today)
    later_dates: list[tuple[str, date, bool]] = []
    if version and version.next_review_on:
        later_dates.append(("review", version.next_review_on, version.review_due))
    if planned_check:
        later_dates.append(("check", planned_check[1], False))

    figures = key_figures(
        today, request.period, results, portfolio, goals, version, high, questions
    )
    previous = previous_report(db)
    progress(0.28)

    return BoardData(
        organisation=profile.name if profile else "",
        today=today,
        sections=sections,
        figures=figures,
        maturity=maturity,
        strategy=strategy,
        measures=measures,
        timeline=(timeline_spec(timeline, today) if "measures" in sections and timeline else None),
        risks=tuple(
            RiskLine(
                title=r.title,
                measure=titles.get(r.project_id, ""),
                likelihood=r.likelihood,
                impact=r.impact,
                score=r.score,
                status=r.status,
                owner=r.owner_name,
                mitigation=r.mitigation,
            )
            for r in high[:MAX_RISKS]
        ),
        risks_total=len(risks),
        high_risk_score=HIGH_RISK_SCORE,
        decisions=decisions,
        next_steps=tuple(DueLine(*line) for line in upcoming[:MAX_NEXT_STEPS]),
        next_steps_days=NEXT_STEPS_DAYS,
        overdue_steps=overdue_steps,
        later_dates=tuple(later_dates),
        planned_check=planned_check[0] if planned_check else "",
        previous=previous,
        more_steps=max(0, len(upcoming) - MAX_NEXT_STEPS),
        more_risks=max(0, len(high) - MAX_RISKS),
        status_counts=dict(Counter(row.status for row in portfolio)),
    )


def _maturity(results: Results | None, previous):
    from digiwandel.reports.board import DimensionLine, FindingLine, MaturityData

    if results is None:
        return None
    r = results
    titles = {d.key: d.title for d in r.dimensions}

    def named(figures: dict) -> dict:
        """Dimension titles and questions instead of their keys, as the results page."""
        out = dict(figures)
        if out.get("dimension") in titles:
            out["dimension"] = titles[out["dimension"]]
        if out.get("item") in r.item_texts:
            out["item"] = r.item_texts[out["item"]].question
        return out

    dimensions = tuple(
        DimensionLine(
            title=titles.get(s.key, s.key),
            now=s.percent,
            previous=(
                s.percent - s.change if s.percent is not None and s.change is not None else None
            ),
            change=s.change,
            target=s.target,
            gap=s.gap_to_target,
        )
        for s in r.scores.dimensions
    )
    return MaturityData(
        check_title=r.assessment.title,
        check_date=r.assessment.assessed_on,
        respondents=r.scores.respondent_count,
        overall=r.scores.overall,
        band=r.scores.band,
        change=r.scores.change,
        previous_title=r.previous_title,
        previous_date=previous.assessed_on if previous is not None else None,
        dimensions=dimensions,
        findings=tuple(
            FindingLine(f.key, tuple((reason.code, named(reason.figures)) for reason in f.reasons))
            for f in r.findings
        ),
        recommendations=tuple(r.recommendations),
        radar=check_chart_specs(r)["radar_chart"] if r.scores.overall is not None else None,
        few_sheets=r.few_sheets,
        threshold=r.threshold,
    )


def governing_version(versions: list[VersionRow]) -> VersionRow | None:
    """The strategy the board answers for: the newest adopted version, else the newest
    draft (``versions`` newest first); None without either."""
    for status in ("adopted", "draft"):
        for version in versions:
            if version.status == status:
                return version
    return None


def goal_on_track(goal: GoalRow, period_start: date | None, period_end: date | None, today):
    """Whether a goal keeps pace: achieved, or at least as far along as its time.

    Its time runs from the start of the strategy period to the goal's due date (else the
    period's end). None when it cannot be judged: dropped, nothing measured yet, or no time
    frame known."""
    if goal.status == "achieved":
        return True
    if goal.status == "dropped" or goal.progress is None:
        return None
    end = goal.due_on or period_end
    if period_start is None or end is None or end <= period_start:
        return None
    elapsed = (today - period_start).days / (end - period_start).days
    return goal.progress >= 100 * min(max(elapsed, 0.0), 1.0)


def _strategy(service, version, versions, goals, today, sections):
    from digiwandel.reports.board import GoalLine, IndicatorChart, StrategyData

    identity = service.get_identity()
    newer = newer_draft(version, versions)
    lines = tuple(
        GoalLine(
            title=g.title,
            progress=g.progress,
            impact_level=g.impact_level,
            status=g.status,
            due_on=g.due_on,
            on_track=goal_on_track(g, version.period_start, version.period_end, today),
        )
        for g in goals
    )
    # Indicators of the goals the measures serve come first: the board sees their effect.
    measured = [
        (g, ind)
        for g in sorted(goals, key=lambda g: g.project_count == 0)
        for ind in g.indicators
        if ind.measurement_count >= CHART_MEASUREMENTS
    ]
    charts = ()
    if "measures" in sections:
        charts = tuple(
            IndicatorChart(g.title, indicator_spec(ind, service.list_measurements(ind.id)))
            for g, ind in measured[:MAX_INDICATOR_CHARTS]
        )
    return StrategyData(
        title=version.title,
        status=version.status,
        adopted_on=version.adopted_on,
        adopted_by=version.adopted_by,
        period_start=version.period_start,
        period_end=version.period_end,
        vision=identity.vision,
        vision_note=identity.vision_digital_note,
        review_on=version.next_review_on,
        review_due=version.review_due,
        newer_draft=newer.title if newer else None,
        goals=lines,
        indicator_charts=charts,
        indicators_total=len(measured),
    )


def _board_order(rows: list[PortfolioRow]) -> list[PortfolioRow]:
    """Running measures before finished ones; red, then amber, then green; by title."""
    return sorted(
        rows,
        key=lambda r: (r.status in FINISHED, LIGHT_ORDER.get(r.light, 3), r.title.casefold()),
    )


def _measure(row: PortfolioRow, lang: str):
    from digiwandel.reports.board import MeasureLine

    return MeasureLine(
        title=row.title,
        status=row.status,
        light=row.light,
        light_reason=row.light_reason,
        step_label=project_words.step_label(row.current_step, lang),
        progress=row.progress,
        planned=row.budget_planned,
        actual=row.budget_actual,
        over_plan=step_rules.over_budget(row.budget_planned, row.budget_actual),
    )


def _decisions(questions, measures, titles, version, versions):
    """What the board is asked to decide: open decisions recorded in the measures, red
    measures, budgets more than 10 % over plan, and what the strategy waits for."""
    from digiwandel.reports.board import DecisionLine

    lines = [
        DecisionLine(
            "question",
            titles.get(q.project_id, ""),
            detail=q.question,
            needed_by=q.needed_by,
            overdue=q.overdue,
        )
        for q in questions
    ]
    running = [m for m in measures if m.status not in FINISHED]
    lines += [
        DecisionLine("red", m.title, detail=m.light_reason) for m in running if m.light == "red"
    ]
    lines += [
        DecisionLine("budget", m.title, planned=m.planned, actual=m.actual)
        for m in running
        if m.over_plan
    ]
    if version is not None and version.review_due:
        lines.append(
            DecisionLine("review", version.title, needed_by=version.next_review_on, overdue=True)
        )
    awaiting = version if version is not None and version.status == "draft" else None
    if version is not None and awaiting is None:
        awaiting = newer_draft(version, versions)
    if awaiting is not None:
        lines.append(DecisionLine("adoption", awaiting.title))
    return tuple(lines)


def newer_draft(version: VersionRow, versions: list[VersionRow]) -> VersionRow | None:
    """The newest draft begun after `version` (``versions`` newest first)."""
    return next((v for v in versions if v.status == "draft" and v.id > version.id), None)


def _next_steps(timeline, titles, today: date, lang: str):
    """(due, measure, kind, label) of steps and milestones due within NEXT_STEPS_DAYS, by
    date; and how many are past their date and still open."""
    until = today + timedelta(days=NEXT_STEPS_DAYS)
    upcoming, overdue = [], 0
    for row in timeline:
        if row.status in FINISHED:
            continue
        title = titles.get(row.id, row.title)
        for step in row.steps:
            if step.status in step_rules.CLOSED:
                continue
            if step.due_on < today:
                overdue += 1
            elif step.due_on <= until:
                label = f"{step.number} · {step_rules.step_title(step.number, lang)}"
                upcoming.append((step.due_on, title, "step", label))
        for milestone in row.milestones:
            if milestone.done:
                continue
            if milestone.due_on < today:
                overdue += 1
            elif milestone.due_on <= until:
                upcoming.append((milestone.due_on, title, "milestone", milestone.title))
    upcoming.sort(key=lambda line: (line[0], line[1].casefold(), line[2], line[3]))
    return upcoming, overdue


def _planned_check(check: CheckService, today: date) -> tuple[str, date] | None:
    """The next check that is prepared (a draft dated today or later)."""
    drafts = [
        a for a in check.list_assessments() if a.status != "completed" and a.assessed_on >= today
    ]
    if not drafts:
        return None
    first = min(drafts, key=lambda a: (a.assessed_on, a.id))
    return first.title, first.assessed_on


def key_figures(
    today, period, results, portfolio, goals, version, high_risks, questions
) -> dict[str, Any]:
    """The figures kept with the snapshot (JSON: numbers, strings, ISO dates)."""
    lights = Counter(row.light for row in portfolio)
    judged = (
        [goal_on_track(g, version.period_start, version.period_end, today) for g in goals]
        if version is not None
        else []
    )
    scores = results.scores if results is not None else None
    return {
        "created_on": today.isoformat(),
        "period": period,
        "check_title": results.assessment.title if results else None,
        "check_date": results.assessment.assessed_on.isoformat() if results else None,
        "maturity_index": _rounded(scores.overall) if scores else None,
        "maturity_stage": scores.band if scores else None,
        "maturity_change": _rounded(scores.change) if scores else None,
        "measures_total": len(portfolio),
        "measures_active": sum(1 for row in portfolio if row.status == "active"),
        "measures_red": lights.get("red", 0),
        "measures_amber": lights.get("amber", 0),
        "measures_green": lights.get("green", 0),
        "measures_over_budget": sum(
            1 for row in portfolio if step_rules.over_budget(row.budget_planned, row.budget_actual)
        ),
        "budget_plan": round(sum(row.budget_planned for row in portfolio), 2),
        "budget_actual": round(sum(row.budget_actual for row in portfolio), 2),
        "strategy_version": version.title if version else None,
        "goals_total": sum(1 for g in goals if g.status != "dropped"),
        "goals_on_track": sum(1 for judged_goal in judged if judged_goal),
        "high_risks": len(high_risks),
        "open_decisions": len(questions),
        "overdue_decisions": sum(1 for q in questions if q.overdue),
    }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


# -- the last board report --------------------------------------------------------------------
def previous_report(db: Database):
    """The date and key figures of the newest kept board report; None before the first.

    The report service keeps ``{"pages": …, "figures": {…}}``; a bare figures object is
    read as well."""
    from digiwandel.reports.board import PreviousReport

    with unit_of_work(db) as session:
        row = session.execute(
            select(ReportSnapshot.created_at, ReportSnapshot.data)
            .where(ReportSnapshot.kind == KIND)
            .order_by(ReportSnapshot.created_at.desc(), ReportSnapshot.id.desc())
            .limit(1)
        ).first()
    if row is None:
        return None
    try:
        data = json.loads(row.data or "{}")
    except ValueError:
        data = {}
    figures = data.get("figures", data) if isinstance(data, dict) else {}
    if not isinstance(figures, dict):
        figures = {}
    return PreviousReport(_created_on(figures, row.created_at), figures)


def _created_on(figures: dict, created_at: datetime) -> date:
    """The report's own date, else the day it was stored."""
    try:
        return date.fromisoformat(str(figures["created_on"]))
    except (KeyError, ValueError):
        return created_at.date()

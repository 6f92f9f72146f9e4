"""The full results of one check: scores, breakdowns by area and group, priorities,
disagreements, findings with recommendations, and the trend over earlier checks."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from digiwandel.domain import findings as fnd
from digiwandel.domain import scoring
from digiwandel.model.assessment import (
    Answer,
    Assessment,
    CatalogDimension,
    DimensionTarget,
    Respondent,
)
from digiwandel.model.organisation import Area, HierarchyLevel, Person
from digiwandel.model.project import PdcaCycle, Project, ProjectStep
from digiwandel.model.strategy import (
    GoalProjectLink,
    Indicator,
    Measurement,
    StrategicGoal,
    StrategyVersion,
    TeamMember,
)
from digiwandel.services.base import unit_of_work
from digiwandel.services.check.rows import DisagreementItem, PriorityItem, Results
from digiwandel.services.check.structures import enabled_modules, in_scope
from digiwandel.services.organisation import OrganisationService


class ResultsPart:
    """The scoring and results methods of CheckService."""

    # ---- scoring ----------------------------------------------------------------------------
    def _load_answers(self, session: Session, assessment_ids: list[int]):
        """Respondents (with their level's group) and answers of several assessments."""
        if not assessment_ids:
            return {}, {}
        respondents: dict[int, list[Respondent]] = defaultdict(list)
        groups: dict[int, str | None] = {}
        for r, leadership, volunteer in session.execute(
            select(Respondent, HierarchyLevel.is_leadership, HierarchyLevel.is_volunteer)
            .outerjoin(HierarchyLevel, Respondent.level_id == HierarchyLevel.id)
            .where(Respondent.assessment_id.in_(assessment_ids), Respondent.deleted_at.is_(None))
            .order_by(Respondent.position)
        ):
            respondents[r.assessment_id].append(r)
            groups[r.id] = (
                None
                if leadership is None
                else ("volunteer" if volunteer else "leadership" if leadership else "staff")
            )
        # Plain rows, not Answer objects: building thousands of ORM instances took most of
        # the time of results() with 50 sheets. Rows offer the same attribute names.
        answers: dict[int, list] = defaultdict(list)
        for row in session.execute(
            select(
                Answer.respondent_id,
                Answer.item_id,
                Answer.status,
                Answer.level,
                Answer.relevance,
                Respondent.assessment_id,
            )
            .join(Respondent, Respondent.id == Answer.respondent_id)
            .where(Respondent.assessment_id.in_(assessment_ids), Respondent.deleted_at.is_(None))
        ):
            answers[row.assessment_id].append(row)
        self._groups = groups
        return respondents, answers

    def _input(self, a: Assessment, dims, respondents, answers, targets=None, threshold=1):
        scope = in_scope(dims, enabled_modules(a))
        item_keys = {i.id: i.key for d in scope for i in d.items}
        return scoring.AssessmentInput(
            dimensions=tuple(
                scoring.DimensionInfo(d.key, d.weight, tuple(i.key for i in d.items), d.is_module)
                for d in scope
            ),
            items=tuple(
                scoring.ItemInfo(i.key, d.key, i.default_relevance, i.tags)
                for d in scope
                for i in d.items
            ),
            respondents=tuple(
                scoring.RespondentInfo(r.id, r.area_id, r.level_id, self._groups.get(r.id))
                for r in respondents.get(a.id, [])
            ),
            answers=tuple(
                scoring.AnswerInfo(
                    ans.respondent_id, item_keys[ans.item_id], ans.status, ans.level, ans.relevance
                )
                for ans in answers.get(a.id, [])
                if ans.item_id in item_keys
            ),
            targets=targets or {},
            privacy_threshold=threshold,
        )

    def results(self, assessment_id: int) -> Results:
        """Scores, breakdowns, findings and recommendations of one assessment."""
        org = OrganisationService(self.db)
        threshold = org.privacy_threshold()
        with unit_of_work(self.db) as session:
            a = self._assessment(session, assessment_id)
            completed = session.scalars(
                select(Assessment)
                .where(Assessment.deleted_at.is_(None), Assessment.status == "completed")
                .order_by(Assessment.assessed_on, Assessment.id)
            ).all()
            previous = next(
                (
                    p
                    for p in reversed(completed)
                    if p.id != a.id and (p.assessed_on, p.id) < (a.assessed_on, a.id)
                ),
                None,
            )
            history = [p for p in completed if (p.assessed_on, p.id) <= (a.assessed_on, a.id)]
            if a.status != "completed":
                history.append(a)
            # Earlier checks count with their stored scores; only this one is scored in full.
            summaries = self._summaries(session, [p for p in history if p.id != a.id])
            structures = self._structures(session, {a.catalog_id})
            respondents, answers = self._load_answers(session, [a.id])
            target_rows = session.execute(
                select(CatalogDimension.key, DimensionTarget.target_percent)
                .join(DimensionTarget, DimensionTarget.dimension_id == CatalogDimension.id)
                .where(DimensionTarget.assessment_id == a.id)
            ).all()
            targets = {key: value for key, value in target_rows}
            area_names = dict(session.execute(select(Area.id, Area.name)).all())

            # Targets, change and the privacy threshold do not alter the percentages that
            # are stored, so the full scores of this check also refresh its stored ones.
            inp = self._input(a, structures[a.catalog_id], respondents, answers, targets, threshold)
            scores = scoring.score(inp, summaries.get(previous.id) if previous else None)
            summaries[a.id] = self._store(session, a.id, scores)
            # A check is judged as of its own date: checks after it are not its history,
            # but a later one (even a planned draft) is its follow-up.
            later = session.scalar(
                select(func.count(Assessment.id)).where(
                    Assessment.deleted_at.is_(None),
                    Assessment.id != a.id,
                    (Assessment.assessed_on > a.assessed_on)
                    | and_(Assessment.assessed_on == a.assessed_on, Assessment.id > a.id),
                )
            )
            done = [p for p in completed if (p.assessed_on, p.id) <= (a.assessed_on, a.id)]
            facts = (
                self._facts(session, done, area_names, a.assessed_on, later or 0)
                if a.status == "completed"
                else None
            )
            sheets = respondents.get(a.id, [])
            row = self._assessment_row(a, (len(sheets), sum(r.finished for r in sheets)), scores)

        dims = in_scope(structures[a.catalog_id], enabled_modules(a))
        titles = {d.key: d.title for d in dims}
        item_texts = {i.key: i for d in dims for i in d.items}
        item_dimension = {i.key: d.title for d in dims for i in d.items}
        area_pct = scoring.group_percentages(inp, lambda r: r.area_id, threshold)
        group_pct = scoring.group_percentages(inp, lambda r: r.group, threshold)
        priorities = tuple(
            PriorityItem(
                key=s.key,
                dimension_title=item_dimension[s.key],
                question=item_texts[s.key].question,
                value=s.value,
                relevance=s.relevance,
                priority=s.priority or 0.0,
                next_step=item_texts[s.key].levels[int(s.value)].next_step
                if s.value is not None
                else "",
            )
            for s in scoring.top_priorities(scores, limit=5)
        )
        # Most important first (item priority), so a long list starts with what matters.
        differing = sorted(
            (s for s in scores.items.values() if s.disagreement or s.leadership_flag),
            key=lambda s: (-(s.priority or 0.0), -(s.spread or 0.0), s.key),
        )
        disagreements = tuple(
            DisagreementItem(
                key=s.key,
                dimension_title=item_dimension[s.key],
                question=item_texts[s.key].question,
                spread=s.spread,
                leadership_value=s.leadership_value,
                staff_value=s.staff_value,
                disagreement=s.disagreement,
                leadership_flag=s.leadership_flag,
                priority=s.priority or 0.0,
            )
            for s in differing
        )
        # Only a completed check is judged: a draft's answers may still change.
        found = tuple(fnd.find_deficits(inp, scores, facts, threshold)) if facts else ()
        recommended = (
            tuple(fnd.recommendations_for(found, scores, {d.key: d.recommendations for d in dims}))
            if facts
            else ()
        )
        trend_points = scoring.trend(
            [(p.assessed_on.isoformat(), summaries[p.id]) for p in history]
        )
        del titles
        return Results(
            assessment=row,
            scores=scores,
            dimensions=dims,
            previous_title=previous.title if previous else None,
            area_labels={k: area_names.get(k, "?") for k in area_pct},
            area_percentages=area_pct,
            group_percentages=group_pct,
            threshold=threshold,
            priorities=priorities,
            disagreements=disagreements,
            findings=found,
            recommendations=recommended,
            trend=tuple(trend_points),
            item_texts=item_texts,
            few_sheets=0 < scoring.sheets_with_levels(inp) < threshold,
        )

    def _facts(
        self, session: Session, completed, area_names, assessed_on: date, later: int
    ) -> fnd.OrganisationFacts:
        """What the strategy and project parts know; None where a part holds no data yet.

        `completed` are the completed checks up to the judged one; strategy and measures
        are only known as they are today (the texts say "as of today")."""
        versions = session.scalars(
            select(StrategyVersion)
            .where(StrategyVersion.deleted_at.is_(None))
            .order_by(StrategyVersion.id)
        ).all()
        goal_count = session.scalar(
            select(func.count(StrategicGoal.id)).where(StrategicGoal.deleted_at.is_(None))
        )
        projects = session.scalar(
            select(func.count(Project.id)).where(Project.deleted_at.is_(None))
        )
        without_goal = session.scalar(
            select(func.count(Project.id)).where(
                Project.deleted_at.is_(None),
                ~Project.id.in_(select(GoalProjectLink.project_id)),
            )
        )
        monitored = session.scalar(
            select(func.count(func.distinct(Project.id))).where(
                Project.deleted_at.is_(None),
                Project.id.in_(select(PdcaCycle.project_id).where(PdcaCycle.deleted_at.is_(None)))
                | Project.id.in_(
                    select(Indicator.project_id)
                    .join(Measurement, Measurement.indicator_id == Indicator.id)
                    .where(Indicator.project_id.is_not(None), Measurement.deleted_at.is_(None))
                ),
            )
        )
        team_areas = None
        current = next((v for v in reversed(versions) if v.status != "archived"), None)
        if current is not None:
            rows = session.execute(
                select(Person.area_id)
                .join(TeamMember, TeamMember.person_id == Person.id)
                .where(TeamMember.strategy_version_id == current.id)
            ).all()
            if rows:
                team_areas = frozenset(r[0] for r in rows if r[0] is not None)
        step6 = (
            select(ProjectStep.project_id, ProjectStep.due_on.label("pilot_due"))
            .where(ProjectStep.number == 6)
            .subquery()
        )
        early_evaluations = session.scalar(
            select(func.count(ProjectStep.id))
            .join(step6, step6.c.project_id == ProjectStep.project_id)
            .join(Project, Project.id == ProjectStep.project_id)
            .where(
                Project.deleted_at.is_(None),
                ProjectStep.number == 9,
                ProjectStep.due_on.is_not(None),
                step6.c.pilot_due.is_not(None),
                ProjectStep.due_on < step6.c.pilot_due,
            )
        )
        soon = 0
        for baseline_on, target_on in session.execute(
            select(Indicator.baseline_on, Indicator.target_on).where(
                Indicator.deleted_at.is_(None),
                and_(Indicator.baseline_on.is_not(None), Indicator.target_on.is_not(None)),
            )
        ):
            if (target_on - baseline_on).days < fnd.TARGET_MIN_WEEKS * 7:
                soon += 1
        return fnd.OrganisationFacts(
            today=date.today(),
            completed_assessments=len(completed),
            last_completed_on=completed[-1].assessed_on if completed else None,
            assessed_on=assessed_on,
            later_assessments=later,
            area_count=len(area_names),
            area_names_by_id=dict(area_names),
            team_area_ids=team_areas,
            has_adopted_strategy=(
                any(v.status == "adopted" for v in versions) if versions else None
            ),
            goal_count=goal_count if versions else None,
            measure_count=projects or None,
            measures_without_goal=without_goal if projects else None,
            projects_with_monitoring=monitored if projects else None,
            evaluations_before_pilot_end=early_evaluations if projects else None,
            targets_due_within_weeks=soon if goal_count or projects else None,
        )

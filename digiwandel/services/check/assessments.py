"""Assessments: create, edit, delete, complete and reopen, list them, and their stored
scores (computed once, kept until an answer of that check changes)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from digiwandel.domain import scoring
from digiwandel.domain.vocabulary import NAME_LEN, TEXT_LEN
from digiwandel.model.assessment import (
    Answer,
    Assessment,
    AssessmentScore,
    Catalog,
    CatalogDimension,
    DimensionTarget,
    Respondent,
)
from digiwandel.model.base import utcnow
from digiwandel.model.changes import lock_area
from digiwandel.services.base import clean_text, get_or_raise, row_id, unit_of_work
from digiwandel.services.check.messages import (
    MSG_COMPLETED,
    MSG_DATE,
    MSG_DATE_RANGE,
    MSG_NO_CATALOG,
    MSG_NO_RESPONDENTS,
    MSG_TITLE,
)
from digiwandel.services.check.rows import AssessmentRow
from digiwandel.services.check.structures import enabled_modules
from digiwandel.services.errors import DomainError
from digiwandel.services.overview import CheckFigure, OverviewService
from digiwandel.services.trash import move_to_trash


class AssessmentPart:
    """The assessment methods of CheckService."""

    def list_assessments(self) -> list[AssessmentRow]:
        """All assessments, newest first, with respondents and overall index (stored)."""
        with unit_of_work(self.db) as session:
            assessments = session.scalars(
                select(Assessment)
                .where(Assessment.deleted_at.is_(None))
                .options(selectinload(Assessment.catalog))
                .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
            ).all()
            summaries = self._summaries(session, assessments)
            counts = self._sheet_counts(session, [a.id for a in assessments])
            return [self._assessment_row(a, counts.get(a.id), summaries[a.id]) for a in assessments]

    def get_assessment(self, assessment_id: int) -> AssessmentRow:
        with unit_of_work(self.db) as session:
            a = self._assessment(session, assessment_id)
            summary = self._summaries(session, [a])[a.id]
            return self._assessment_row(a, self._sheet_counts(session, [a.id]).get(a.id), summary)

    @staticmethod
    def _sheet_counts(session: Session, ids: list[int]) -> dict[int, tuple[int, int]]:
        """(answer sheets, finished ones) per assessment, in one statement."""
        if not ids:
            return {}
        finished = func.sum(case((Respondent.finished, 1), else_=0))
        return {
            assessment_id: (count, int(done or 0))
            for assessment_id, count, done in session.execute(
                select(Respondent.assessment_id, func.count(Respondent.id), finished)
                .where(Respondent.assessment_id.in_(ids), Respondent.deleted_at.is_(None))
                .group_by(Respondent.assessment_id)
            )
        }

    def _summaries(self, session: Session, assessments) -> dict[int, scoring.ScoreSummary]:
        """The stored scores of `assessments`; those not stored (new, or changed since) are
        computed from their answers now and stored for the next time."""
        ids = [a.id for a in assessments]
        if not ids:
            return {}
        summaries = {
            row.assessment_id: scoring.ScoreSummary(
                overall=row.overall,
                band=row.band,
                dimensions=tuple(scoring.DimensionPercent(k, p) for k, p in row.dimensions),
                dont_know_share=row.dont_know_share,
            )
            for row in session.scalars(
                select(AssessmentScore).where(AssessmentScore.assessment_id.in_(ids))
            )
        }
        missing = [a for a in assessments if a.id not in summaries]
        if missing:
            # Score from answers no other PC is changing meanwhile: a score computed while
            # another answer is committed would be stored after that change removed the
            # stored ones, and stay outdated (model.assessment._forget_stale_scores).
            lock_area(session, "check")
            structures = self._structures(session, {a.catalog_id for a in missing})
            respondents, answers = self._load_answers(session, [a.id for a in missing])
            for a in missing:
                inp = self._input(a, structures[a.catalog_id], respondents, answers)
                summaries[a.id] = self._store(session, a.id, scoring.score(inp))
        return summaries

    @staticmethod
    def _store(
        session: Session, assessment_id: int, scores: scoring.AssessmentScores
    ) -> scoring.ScoreSummary:
        summary = scoring.summarize(scores)
        session.merge(
            AssessmentScore(
                assessment_id=assessment_id,
                overall=summary.overall,
                band=summary.band,
                dont_know_share=summary.dont_know_share,
                dimensions=[[d.key, d.percent] for d in summary.dimensions],
            )
        )
        return summary

    def latest_completed(self, limit: int = 2) -> list[CheckFigure]:
        """The newest completed assessments with their stored index and stage, newest first."""
        return OverviewService(self.db).latest_checks(limit)

    def summary(self, assessment_id: int) -> scoring.ScoreSummary:
        """The stored overall and dimension scores of one assessment."""
        with unit_of_work(self.db) as session:
            return self._summaries(session, [self._assessment(session, assessment_id)])[
                assessment_id
            ]

    def rebuild_scores(self) -> int:
        """Forget every stored score and compute them all again; returns how many."""
        with unit_of_work(self.db) as session:
            session.execute(AssessmentScore.__table__.delete())
            assessments = session.scalars(select(Assessment)).all()
            return len(self._summaries(session, assessments))

    def _assessment_row(
        self,
        a: Assessment,
        counts: tuple[int, int] | None,
        scores: scoring.ScoreSummary | scoring.AssessmentScores,
    ) -> AssessmentRow:
        title = a.catalog.title_de if self.lang == "de" else a.catalog.title_en
        sheets, finished = counts or (0, 0)
        return AssessmentRow(
            id=a.id,
            title=a.title,
            assessed_on=a.assessed_on,
            status=a.status,
            catalog_id=a.catalog_id,
            catalog_label=f"{title} {a.catalog.version}",
            respondent_count=sheets,
            finished_count=finished,
            overall=scores.overall,
            band=scores.band,
            notes=a.notes,
            enabled_modules=enabled_modules(a),
        )

    def _clean_assessment(self, title: str, assessed_on: date | None, notes: str):
        title = clean_text(title, field="title", limit=NAME_LEN, required=MSG_TITLE)
        if isinstance(assessed_on, datetime):  # a datetime cannot be compared with a date
            assessed_on = assessed_on.date()
        if not isinstance(assessed_on, date):
            raise DomainError(MSG_DATE, field="assessed_on")
        if not date(2000, 1, 1) <= assessed_on <= date.today() + timedelta(days=366):
            raise DomainError(MSG_DATE_RANGE, field="assessed_on")
        return title, assessed_on, clean_text(notes, field="notes", limit=TEXT_LEN)

    def create_assessment(
        self,
        title: str,
        assessed_on: date | None,
        catalog_id: int | None = None,
        notes: str = "",
        modules: tuple[str, ...] = (),
    ) -> AssessmentRow:
        title, assessed_on, notes = self._clean_assessment(title, assessed_on, notes)
        if catalog_id is None:
            catalog_id = self.ensure_default_catalog()
        with unit_of_work(self.db) as session:
            catalog_id = row_id(catalog_id)
            catalog = session.get(Catalog, catalog_id) if catalog_id is not None else None
            if catalog is None:
                raise DomainError(MSG_NO_CATALOG, field="catalog_id")
            module_keys = self._module_keys(session, catalog_id)
            a = Assessment(
                title=title,
                assessed_on=assessed_on,
                catalog_id=catalog_id,
                notes=notes,
                enabled_modules=",".join(m for m in modules if m in module_keys),
            )
            session.add(a)
            session.flush()
            self._copy_targets_from_previous(session, a)
            session.refresh(a)
            return self._assessment_row(
                a, None, scoring.score(scoring.AssessmentInput((), (), (), ()))
            )

    @staticmethod
    def _module_keys(session: Session, catalog_id: int) -> set[str]:
        return set(
            session.scalars(
                select(CatalogDimension.key).where(
                    CatalogDimension.catalog_id == catalog_id, CatalogDimension.is_module
                )
            )
        )

    def _copy_targets_from_previous(self, session: Session, a: Assessment) -> None:
        """A new check starts with the targets of the last one, matched by dimension key."""
        previous = session.scalar(
            select(Assessment)
            .where(Assessment.deleted_at.is_(None), Assessment.id != a.id)
            .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
            .limit(1)
        )
        if previous is None:
            return
        old = dict(
            session.execute(
                select(CatalogDimension.key, DimensionTarget.target_percent)
                .join(DimensionTarget, DimensionTarget.dimension_id == CatalogDimension.id)
                .where(DimensionTarget.assessment_id == previous.id)
            ).all()
        )
        for dim_id, key in session.execute(
            select(CatalogDimension.id, CatalogDimension.key).where(
                CatalogDimension.catalog_id == a.catalog_id
            )
        ):
            if key in old:
                session.add(
                    DimensionTarget(
                        assessment_id=a.id, dimension_id=dim_id, target_percent=old[key]
                    )
                )

    def update_assessment(
        self,
        assessment_id: int,
        title: str,
        assessed_on: date | None,
        notes: str = "",
        modules: tuple[str, ...] | None = None,
    ) -> AssessmentRow:
        title, assessed_on, notes = self._clean_assessment(title, assessed_on, notes)
        with unit_of_work(self.db) as session:
            a = self._assessment(session, assessment_id)
            a.title, a.assessed_on, a.notes = title, assessed_on, notes
            if modules is not None:
                self._ensure_draft(a)
                # As on creation: only module dimensions of the assessment's own catalog.
                module_keys = self._module_keys(session, a.catalog_id)
                a.enabled_modules = ",".join(m for m in modules if m in module_keys)
        return self.get_assessment(assessment_id)

    def delete_assessment(self, assessment_id: int) -> str:
        """Move to the trash; returns the batch id that restores it."""
        with unit_of_work(self.db) as session:
            a = self._assessment(session, assessment_id)
            return move_to_trash(session, [a], a.title)

    def complete(self, assessment_id: int) -> AssessmentRow:
        with unit_of_work(self.db) as session:
            a = self._assessment(session, assessment_id)
            answered = session.scalar(
                select(func.count(Answer.id))
                .join(Respondent, Respondent.id == Answer.respondent_id)
                .where(Respondent.assessment_id == a.id, Respondent.deleted_at.is_(None))
            )
            if not answered:
                raise DomainError(MSG_NO_RESPONDENTS)
            a.status = "completed"
            a.completed_at = utcnow()
        return self.get_assessment(assessment_id)

    def reopen(self, assessment_id: int) -> AssessmentRow:
        with unit_of_work(self.db) as session:
            a = self._assessment(session, assessment_id)
            a.status = "draft"
            a.completed_at = None
        return self.get_assessment(assessment_id)

    @staticmethod
    def _assessment(session: Session, assessment_id: int) -> Assessment:
        return get_or_raise(session, Assessment, assessment_id)

    @staticmethod
    def _ensure_draft(a: Assessment) -> None:
        if a.status == "completed":
            raise DomainError(MSG_COMPLETED)

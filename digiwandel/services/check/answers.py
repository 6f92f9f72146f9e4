"""Answer sheets and their answers: the survey's structure, respondents, answers (one by
one, a whole sheet, the paper-entry grid) and the targets per dimension."""

from __future__ import annotations

import json
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from digiwandel.domain.vocabulary import (
    ANSWER_STATUSES,
    MAX_LEVEL,
    MAX_RELEVANCE,
    NAME_LEN,
    TEXT_LEN,
)
from digiwandel.model.assessment import (
    Answer,
    Assessment,
    Catalog,
    CatalogDimension,
    CatalogItem,
    DimensionTarget,
    Respondent,
)
from digiwandel.model.organisation import Area, HierarchyLevel
from digiwandel.services.base import (
    check_version,
    clean_text,
    find_row,
    get_or_raise,
    row_id,
    unit_of_work,
    whole_number,
)
from digiwandel.services.check.messages import (
    MSG_BAD_ANSWER,
    MSG_BAD_RELEVANCE,
    MSG_COMPLETED,
    MSG_ITEM_NOT_IN_CATALOG,
    MSG_TARGET_RANGE,
)
from digiwandel.services.check.rows import (
    AnswerRow,
    DimensionText,
    ItemText,
    LevelText,
    RespondentRow,
    TargetRow,
)
from digiwandel.services.check.structures import enabled_modules, in_scope, pick
from digiwandel.services.errors import DomainError, StaleEditError
from digiwandel.services.organisation import OrganisationService
from digiwandel.services.trash import move_to_trash, restore_rule


def _clean_answer(
    status: str, level: object, relevance: object
) -> tuple[str, int | None, int | None]:
    """Check one answer before anything is stored; a level only goes with status "level"."""
    if status not in ANSWER_STATUSES:
        raise DomainError(MSG_BAD_ANSWER, field="status")
    if status == "level":
        level = whole_number(level)
        if level is None or not 0 <= level <= MAX_LEVEL:
            raise DomainError(MSG_BAD_ANSWER, field="status")
    else:
        level = None
    if relevance is not None:
        relevance = whole_number(relevance)
        if relevance is None or not 0 <= relevance <= MAX_RELEVANCE:
            raise DomainError(MSG_BAD_RELEVANCE, field="relevance")
    return status, level, relevance


class AnswerPart:
    """The answer sheet, answer and target methods of CheckService."""

    # ---- structure and texts ---------------------------------------------------------------
    def _structures(self, session: Session, catalog_ids: set[int]) -> dict[int, tuple]:
        """Dimensions with items and level texts of several catalogs in three statements."""
        if not catalog_ids:
            return {}
        catalogs = session.scalars(
            select(Catalog)
            .where(Catalog.id.in_(catalog_ids))
            .options(
                selectinload(Catalog.dimensions)
                .selectinload(CatalogDimension.items)
                .selectinload(CatalogItem.levels)
            )
        ).all()
        out = {}
        for catalog in catalogs:
            content = json.loads(catalog.content or "{}")
            extra = {d["key"]: d for d in content.get("dimensions", []) if isinstance(d, dict)}
            dims = []
            for d in catalog.dimensions:
                meta = extra.get(d.key, {})
                item_meta = {i["key"]: i for i in meta.get("items", [])}
                items = tuple(
                    ItemText(
                        id=i.id,
                        key=i.key,
                        question=i.question_de if self.lang == "de" else i.question_en,
                        explanation=i.explanation_de if self.lang == "de" else i.explanation_en,
                        default_relevance=i.default_relevance,
                        levels=tuple(
                            LevelText(
                                lv.statement_de if self.lang == "de" else lv.statement_en,
                                lv.next_step_de if self.lang == "de" else lv.next_step_en,
                            )
                            for lv in sorted(i.levels, key=lambda x: x.level)
                        ),
                        tags=frozenset(item_meta.get(i.key, {}).get("tags", [])),
                        audience=item_meta.get(i.key, {}).get("audience"),
                    )
                    for i in d.items
                )
                dims.append(
                    DimensionText(
                        id=d.id,
                        key=d.key,
                        title=d.title_de if self.lang == "de" else d.title_en,
                        description=pick(meta.get("description", {}), self.lang),
                        weight=d.weight,
                        is_module=d.is_module,
                        recommendations=tuple(meta.get("recommendations", [])),
                        items=items,
                    )
                )
            out[catalog.id] = tuple(dims)
        return out

    def survey_structure(self, assessment_id: int) -> tuple[DimensionText, ...]:
        """The dimensions and questions this assessment asks (modules if switched on)."""
        with unit_of_work(self.db) as session:
            a = self._assessment(session, assessment_id)
            dims = self._structures(session, {a.catalog_id})[a.catalog_id]
            return in_scope(dims, enabled_modules(a))

    def catalog_structure(
        self, catalog_id: int, modules: tuple[str, ...] = ()
    ) -> tuple[DimensionText, ...]:
        """The dimensions and questions a check on this catalog asks with `modules` on."""
        with unit_of_work(self.db) as session:
            get_or_raise(session, Catalog, catalog_id)
            return in_scope(self._structures(session, {catalog_id})[catalog_id], modules)

    # ---- respondents --------------------------------------------------------------------------
    def list_respondents(self, assessment_id: int) -> list[RespondentRow]:
        with unit_of_work(self.db) as session:
            a = self._assessment(session, assessment_id)
            dims = in_scope(
                self._structures(session, {a.catalog_id})[a.catalog_id], enabled_modules(a)
            )
            item_ids = {i.id for d in dims for i in d.items}
            rows = session.execute(
                select(Respondent, Area.name, HierarchyLevel.name)
                .outerjoin(Area, Respondent.area_id == Area.id)
                .outerjoin(HierarchyLevel, Respondent.level_id == HierarchyLevel.id)
                .where(Respondent.assessment_id == assessment_id, Respondent.deleted_at.is_(None))
                .order_by(Respondent.position, Respondent.id)
            ).all()
            counts: dict[int, int] = defaultdict(int)
            for respondent_id, item_id in session.execute(
                select(Answer.respondent_id, Answer.item_id)
                .join(Respondent, Respondent.id == Answer.respondent_id)
                .where(Respondent.assessment_id == assessment_id)
            ):
                if item_id in item_ids:
                    counts[respondent_id] += 1
            return [
                RespondentRow(
                    id=r.id,
                    number=r.position,
                    name=r.name,
                    area_id=r.area_id,
                    area_name=area or "",
                    level_id=r.level_id,
                    level_name=level or "",
                    answered=counts[r.id],
                    total=len(item_ids),
                    finished=r.finished,
                )
                for r, area, level in rows
            ]

    def add_respondent(
        self,
        assessment_id: int,
        area_id: int | None = None,
        level_id: int | None = None,
        name: str = "",
    ) -> RespondentRow:
        name = clean_text(name, field="name", limit=NAME_LEN)
        with unit_of_work(self.db) as session:
            a = self._assessment(session, assessment_id)
            self._ensure_draft(a)
            OrganisationService._check_refs(session, area_id, level_id)
            position = (
                session.scalar(
                    select(func.coalesce(func.max(Respondent.position), 0)).where(
                        Respondent.assessment_id == assessment_id
                    )
                )
                + 1
            )
            r = Respondent(
                assessment_id=assessment_id,
                area_id=area_id,
                level_id=level_id,
                name=name,
                position=position,
            )
            session.add(r)
            session.flush()
            ident = r.id
        return next(row for row in self.list_respondents(assessment_id) if row.id == ident)

    def update_respondent(
        self, respondent_id: int, area_id: int | None, level_id: int | None, name: str = ""
    ) -> RespondentRow:
        name = clean_text(name, field="name", limit=NAME_LEN)
        with unit_of_work(self.db) as session:
            r = get_or_raise(session, Respondent, respondent_id)
            self._ensure_draft(r.assessment)
            OrganisationService._check_refs(session, area_id, level_id)
            r.area_id, r.level_id, r.name = area_id, level_id, name
            assessment_id = r.assessment_id
        return next(row for row in self.list_respondents(assessment_id) if row.id == respondent_id)

    def delete_respondent(self, respondent_id: int) -> str:
        with unit_of_work(self.db) as session:
            r = get_or_raise(session, Respondent, respondent_id)
            self._ensure_draft(r.assessment)
            return move_to_trash(session, [r], r.name or f"#{r.position}")

    def set_finished(self, respondent_id: int, finished: bool) -> None:
        with unit_of_work(self.db) as session:
            r = get_or_raise(session, Respondent, respondent_id)
            self._ensure_draft(r.assessment)
            r.finished = bool(finished)

    # ---- answers ------------------------------------------------------------------------------
    def answers_of(self, respondent_id: int) -> dict[int, AnswerRow]:
        with unit_of_work(self.db) as session:
            get_or_raise(session, Respondent, respondent_id)
            return {
                a.item_id: AnswerRow(
                    a.item_id, a.status, a.level, a.relevance, a.comment, a.evidence, a.row_version
                )
                for a in session.scalars(
                    select(Answer).where(Answer.respondent_id == respondent_id)
                )
            }

    def set_answer(
        self,
        respondent_id: int,
        item_id: int,
        status: str,
        level: int | None = None,
        relevance: int | None = None,
        comment: str | None = None,
        evidence: str | None = None,
        expected_version: int | None = None,
    ) -> AnswerRow:
        """Save one answer at once (insert or update).

        `expected_version` is the `version` of the answer the user saw, 0 for none: when
        someone else entered, changed or cleared it since, the change is refused with a
        StaleEditError. None compares nothing."""
        status, level, relevance = _clean_answer(status, level, relevance)
        with unit_of_work(self.db) as session:
            r = get_or_raise(session, Respondent, respondent_id)
            self._ensure_draft(r.assessment)
            item = find_row(session, CatalogItem, item_id)
            if item is None or item.dimension.catalog_id != r.assessment.catalog_id:
                raise DomainError(MSG_ITEM_NOT_IN_CATALOG, field="item")
            answer = self._answer_as_seen(session, r.id, item_id, expected_version)
            new = answer is None
            if new:
                answer = Answer(
                    respondent_id=r.id, item_id=item_id, relevance=item.default_relevance
                )
                session.add(answer)
            answer.status, answer.level = status, level
            if relevance is not None:
                answer.relevance = relevance
            if comment is not None:
                answer.comment = clean_text(comment, field="comment", limit=TEXT_LEN)
            if evidence is not None:
                answer.evidence = clean_text(evidence, field="evidence", limit=TEXT_LEN)
            try:
                session.flush()
            except IntegrityError as exc:
                if new and expected_version is not None:
                    # Another PC entered this answer between our reading and writing.
                    raise StaleEditError() from exc
                raise
            return AnswerRow(
                item_id,
                answer.status,
                answer.level,
                answer.relevance,
                answer.comment,
                answer.evidence,
                answer.row_version,
            )

    @staticmethod
    def _answer_as_seen(
        session: Session, respondent_id: int, item_id: int, expected_version: int | None
    ) -> Answer | None:
        """The stored answer, checked against the version the user saw (0: none)."""
        answer = session.scalar(
            select(Answer).where(Answer.respondent_id == respondent_id, Answer.item_id == item_id)
        )
        if expected_version is None:
            return answer
        if answer is None:
            if expected_version != 0:  # cleared by someone else
                raise StaleEditError(0)
            return None
        check_version(answer, expected_version)
        return answer

    def set_answers(
        self,
        respondent_id: int,
        answers: list[tuple[int, str, int | None, int | None]],
    ) -> int:
        """Save many answers of one sheet in one transaction: (item id, status, level,
        relevance). All or nothing: one invalid answer stores none of them."""
        if not isinstance(answers, list | tuple) or not all(
            isinstance(a, list | tuple) and len(a) == 4 for a in answers
        ):
            raise DomainError(MSG_BAD_ANSWER, field="answers")
        answers = [
            (row_id(item_id), *_clean_answer(status, level, relevance))
            for item_id, status, level, relevance in answers
        ]
        with unit_of_work(self.db) as session:
            r = get_or_raise(session, Respondent, respondent_id)
            self._ensure_draft(r.assessment)
            items = {
                i.id: i
                for i in session.scalars(
                    select(CatalogItem)
                    .join(CatalogDimension, CatalogDimension.id == CatalogItem.dimension_id)
                    .where(CatalogDimension.catalog_id == r.assessment.catalog_id)
                )
            }
            existing = {
                a.item_id: a
                for a in session.scalars(select(Answer).where(Answer.respondent_id == r.id))
            }
            for item_id, status, level, relevance in answers:
                item = items.get(item_id)
                if item is None:
                    raise DomainError(MSG_ITEM_NOT_IN_CATALOG, field="item")
                answer = existing.get(item_id)
                if answer is None:
                    answer = Answer(
                        respondent_id=r.id, item_id=item_id, relevance=item.default_relevance
                    )
                    session.add(answer)
                    existing[item_id] = answer
                answer.status = status
                answer.level = level
                if relevance is not None:
                    answer.relevance = relevance
            return len(answers)

    def clear_answer(
        self, respondent_id: int, item_id: int, expected_version: int | None = None
    ) -> None:
        """Remove one answer; `expected_version` as for `set_answer`."""
        with unit_of_work(self.db) as session:
            r = get_or_raise(session, Respondent, respondent_id)
            self._ensure_draft(r.assessment)
            answer = self._answer_as_seen(session, r.id, item_id, expected_version)
            if answer is not None:
                session.delete(answer)

    def grid(self, assessment_id: int) -> dict[tuple[int, int], AnswerRow]:
        """All answers of an assessment keyed by (item id, respondent id), for paper entry."""
        with unit_of_work(self.db) as session:
            self._assessment(session, assessment_id)
            rows = session.scalars(
                select(Answer)
                .join(Respondent, Respondent.id == Answer.respondent_id)
                .where(Respondent.assessment_id == assessment_id, Respondent.deleted_at.is_(None))
            ).all()
            return {
                (a.item_id, a.respondent_id): AnswerRow(
                    a.item_id, a.status, a.level, a.relevance, a.comment, a.evidence, a.row_version
                )
                for a in rows
            }

    # ---- targets ----------------------------------------------------------------------------
    def targets(self, assessment_id: int) -> list[TargetRow]:
        with unit_of_work(self.db) as session:
            a = self._assessment(session, assessment_id)
            dims = in_scope(
                self._structures(session, {a.catalog_id})[a.catalog_id], enabled_modules(a)
            )
            values = {
                dimension_id: (percent, version)
                for dimension_id, percent, version in session.execute(
                    select(
                        DimensionTarget.dimension_id,
                        DimensionTarget.target_percent,
                        DimensionTarget.row_version,
                    ).where(DimensionTarget.assessment_id == assessment_id)
                )
            }
            return [TargetRow(d.id, d.key, d.title, *values.get(d.id, (None, 0))) for d in dims]

    def set_target(
        self,
        assessment_id: int,
        dimension_id: int,
        percent: float | None,
        expected_version: int | None = None,
    ) -> TargetRow:
        """Set or clear (None) the target of one dimension.

        `expected_version` is the `version` of the target the user saw, 0 for none: when
        someone else set, changed or cleared it since, the change is refused with a
        StaleEditError. None compares nothing."""
        if percent is not None:
            try:
                percent = float(percent)
            except (TypeError, ValueError):
                raise DomainError(MSG_TARGET_RANGE, field="target") from None
            if not 0 <= percent <= 100:  # also refuses NaN
                raise DomainError(MSG_TARGET_RANGE, field="target")
        with unit_of_work(self.db) as session:
            a = self._assessment(session, assessment_id)
            dim = find_row(session, CatalogDimension, dimension_id)
            if dim is None or dim.catalog_id != a.catalog_id:
                raise DomainError(MSG_ITEM_NOT_IN_CATALOG, field="target")
            target = session.scalar(
                select(DimensionTarget).where(
                    DimensionTarget.assessment_id == assessment_id,
                    DimensionTarget.dimension_id == dimension_id,
                )
            )
            if expected_version is not None:
                if target is None:
                    if expected_version != 0:  # cleared by someone else
                        raise StaleEditError(0)
                else:
                    check_version(target, expected_version)
            title = dim.title_de if self.lang == "de" else dim.title_en
            if percent is None:
                if target is not None:
                    session.delete(target)
                return TargetRow(dim.id, dim.key, title, None)
            new = target is None
            if new:
                target = DimensionTarget(assessment_id=assessment_id, dimension_id=dimension_id)
                session.add(target)
            target.target_percent = float(percent)
            try:
                session.flush()
            except IntegrityError as exc:
                if new and expected_version is not None:
                    # Another PC set this target between our reading and writing.
                    raise StaleEditError() from exc
                raise
            return TargetRow(dim.id, dim.key, title, target.target_percent, target.row_version)


@restore_rule
def _no_sheet_into_locked(session: Session, batch: dict[str, set[int]]) -> None:
    """An answer sheet must not come back into an assessment completed meanwhile: that
    would change locked results."""
    sheets = batch.get(Respondent.__tablename__)
    if not sheets:
        return None
    locked = session.scalar(
        select(func.count(Respondent.id))
        .join(Assessment, Assessment.id == Respondent.assessment_id)
        .where(Respondent.id.in_(sheets), Assessment.status == "completed")
    )
    if locked:
        raise DomainError(MSG_COMPLETED)
    return None

"""Digitalisierungscheck: catalogs, assessments, respondents, answers, targets, results.

Every view loads its data in a constant number of SQL statements, whatever the number of
respondents or answers: lists and results load whole tables of one assessment at once and
compute in Python with the pure functions in digiwandel.domain.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, selectinload

from digiwandel.domain import findings as fnd
from digiwandel.domain import scoring
from digiwandel.domain.catalog_terms import EXTERNAL_TOPIC_TAGS, KNOWN_TAGS, TAG_FINDINGS
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
    AssessmentScore,
    Catalog,
    CatalogDimension,
    CatalogItem,
    CatalogItemLevel,
    DimensionTarget,
    Respondent,
)
from digiwandel.model.base import utcnow
from digiwandel.model.database import Database
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
from digiwandel.paths import resources_dir
from digiwandel.services.base import clean_text, get_or_raise, unit_of_work, whole_number
from digiwandel.services.errors import QT_TRANSLATE_NOOP, TR_CONTEXT, DomainError
from digiwandel.services.organisation import OrganisationService
from digiwandel.services.trash import move_to_trash, restore_batch, restore_rule

if TYPE_CHECKING:
    from digiwandel.domain.catalog import CatalogError, CatalogFile, Problem

DEFAULT_CATALOG_FILE = "default.json"

MSG_TITLE = QT_TRANSLATE_NOOP("DomainError", "Please enter a title for the assessment.")
MSG_DATE = QT_TRANSLATE_NOOP("DomainError", "Please enter the date of the assessment.")
MSG_DATE_RANGE = QT_TRANSLATE_NOOP(
    "DomainError", "The date must lie between 2000 and one year from today."
)
MSG_COMPLETED = QT_TRANSLATE_NOOP(
    "DomainError",
    "This assessment is completed and locked. Reopen it first if you need to change answers.",
)
MSG_NO_CATALOG = QT_TRANSLATE_NOOP(
    "DomainError", "No question catalog is available. Please import one first."
)
MSG_CATALOG_EXISTS = QT_TRANSLATE_NOOP(
    "DomainError",
    "The catalog “{title}” in version {version} has already been imported.",
)
MSG_CATALOG_INVALID = QT_TRANSLATE_NOOP(
    "DomainError",
    "The file {file} is not a valid question catalog. %n problem(s) found; the first ones:\n"
    "{problems}",
)
SHOWN_PROBLEMS = 5  # a refusal lists this many problems; the count says how many there are
# One message per kind of catalog problem (domain/catalog.py), in the user's language: the
# validator's own English texts never reach the user.
MSG_PROBLEM = {
    "missing": QT_TRANSLATE_NOOP("DomainError", "a required field is missing"),
    "unknown_field": QT_TRANSLATE_NOOP("DomainError", "this field is not part of the format"),
    "empty": QT_TRANSLATE_NOOP("DomainError", "the text is empty"),
    "too_long": QT_TRANSLATE_NOOP("DomainError", "too long: at most {limit} characters"),
    "too_few": QT_TRANSLATE_NOOP("DomainError", "too few entries: at least {limit}"),
    "too_many": QT_TRANSLATE_NOOP("DomainError", "too many entries: at most {limit}"),
    "not_allowed": QT_TRANSLATE_NOOP(
        "DomainError", "this value is not allowed; allowed are: {expected}"
    ),
    "bad_key": QT_TRANSLATE_NOOP(
        "DomainError",
        "a key may only contain lower-case letters, digits, “.”, “_” and “-” (at most 80)",
    ),
    "out_of_range": QT_TRANSLATE_NOOP(
        "DomainError", "the number must be greater than 0 and at most 10"
    ),
    "duplicate": QT_TRANSLATE_NOOP("DomainError", "the key “{key}” is used more than once"),
    "duplicate_field": QT_TRANSLATE_NOOP(
        "DomainError", "the field “{key}” appears twice in one object"
    ),
    "type": QT_TRANSLATE_NOOP("DomainError", "wrong kind of value: {expected} expected"),
    "not_object": QT_TRANSLATE_NOOP("DomainError", "the file must contain one JSON object"),
    "invalid": QT_TRANSLATE_NOOP("DomainError", "the value is not valid"),
    "syntax": QT_TRANSLATE_NOOP("DomainError", "the file is not valid JSON"),
    "syntax_at": QT_TRANSLATE_NOOP(
        "DomainError", "the file is not valid JSON (line {line}, column {column})"
    ),
    "too_large": QT_TRANSLATE_NOOP("DomainError", "the file is larger than {limit} MB"),
    "empty_file": QT_TRANSLATE_NOOP("DomainError", "the file is empty"),
    "not_text": QT_TRANSLATE_NOOP("DomainError", "the file is not UTF-8 text"),
}
MSG_EXPECTED = {
    "text": QT_TRANSLATE_NOOP("DomainError", "a text"),
    "whole_number": QT_TRANSLATE_NOOP("DomainError", "a whole number"),
    "number": QT_TRANSLATE_NOOP("DomainError", "a number"),
    "true_false": QT_TRANSLATE_NOOP("DomainError", "true or false"),
    "list": QT_TRANSLATE_NOOP("DomainError", "a list"),
    "object": QT_TRANSLATE_NOOP("DomainError", "an object"),
}
MSG_WHOLE_FILE = QT_TRANSLATE_NOOP("DomainError", "whole file")
MSG_CATALOG_UNREADABLE = QT_TRANSLATE_NOOP(
    "DomainError", "The file {file} cannot be read: {reason}"
)
MSG_BAD_ANSWER = QT_TRANSLATE_NOOP(
    "DomainError", "Please choose one of the four statements, “don't know” or “not applicable”."
)
MSG_BAD_RELEVANCE = QT_TRANSLATE_NOOP("DomainError", "The relevance must be low, medium or high.")
MSG_ITEM_NOT_IN_CATALOG = QT_TRANSLATE_NOOP(
    "DomainError", "This question does not belong to the catalog of this assessment."
)
MSG_TARGET_RANGE = QT_TRANSLATE_NOOP("DomainError", "A target must be a percentage from 0 to 100.")
MSG_NO_RESPONDENTS = QT_TRANSLATE_NOOP(
    "DomainError",
    "An assessment can only be completed when at least one person has answered.",
)


# ---- plain data returned to the UI ---------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CatalogRow:
    id: int
    key: str
    version: str
    title: str
    dimension_count: int
    item_count: int
    assessment_count: int
    modules: tuple[tuple[str, str], ...] = ()  # (key, title) of optional module dimensions
    # Notices of an import (empty in lists): tags the findings do not know, the findings a
    # catalog without our tags cannot (fully) derive, and how many texts had no English.
    # (not part of equality: the same catalog is the same row with or without notices)
    unknown_tags: tuple[str, ...] = field(default=(), compare=False)
    not_derived: tuple[str, ...] = field(default=(), compare=False)
    english_fallbacks: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class AssessmentRow:
    id: int
    title: str
    assessed_on: date
    status: str
    catalog_id: int
    catalog_label: str
    respondent_count: int
    finished_count: int
    overall: float | None
    band: str | None
    notes: str = ""
    enabled_modules: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RespondentRow:
    id: int
    number: int  # 1-based position, the anonymous label ("Person 3")
    name: str
    area_id: int | None
    area_name: str
    level_id: int | None
    level_name: str
    answered: int
    total: int
    finished: bool


@dataclass(frozen=True, slots=True)
class LevelText:
    statement: str
    next_step: str


@dataclass(frozen=True, slots=True)
class ItemText:
    id: int
    key: str
    question: str
    explanation: str
    default_relevance: int
    levels: tuple[LevelText, ...]
    tags: frozenset[str] = frozenset()
    audience: str | None = None  # communication items: "internal" or "external"


@dataclass(frozen=True, slots=True)
class DimensionText:
    id: int
    key: str
    title: str
    description: str
    weight: float
    is_module: bool
    recommendations: tuple[str, ...]
    items: tuple[ItemText, ...]


@dataclass(frozen=True, slots=True)
class AnswerRow:
    item_id: int
    status: str
    level: int | None
    relevance: int
    comment: str
    evidence: str


@dataclass(frozen=True, slots=True)
class TargetRow:
    dimension_id: int
    key: str
    title: str
    target: float | None


@dataclass(frozen=True, slots=True)
class PriorityItem:
    key: str
    dimension_title: str
    question: str
    value: float | None
    relevance: int
    priority: float
    next_step: str


@dataclass(frozen=True, slots=True)
class DisagreementItem:
    key: str
    dimension_title: str
    question: str
    spread: float | None
    leadership_value: float | None  # None below the privacy threshold
    staff_value: float | None
    disagreement: bool
    leadership_flag: bool
    priority: float = 0.0  # relevance × (3 − level): the list is sorted by it


@dataclass(frozen=True, slots=True)
class Results:
    """Everything the results page and the assessment report show."""

    assessment: AssessmentRow
    scores: scoring.AssessmentScores
    dimensions: tuple[DimensionText, ...]  # only those in scope (modules if switched on)
    previous_title: str | None
    area_labels: dict[object, str]
    area_percentages: dict[object, dict[str, float | None] | None]
    group_percentages: dict[str, dict[str, float | None] | None]
    threshold: int
    priorities: tuple[PriorityItem, ...]
    disagreements: tuple[DisagreementItem, ...]  # most important first
    findings: tuple[fnd.Finding, ...]  # none for a draft: only a completed check is judged
    recommendations: tuple[str, ...]
    trend: tuple[scoring.TrendPoint, ...]
    item_texts: dict[str, ItemText] = field(default_factory=dict)


class CatalogInvalidError(DomainError):
    """A refused catalog: the count and the first problems, each in the user's language."""

    def __init__(self, file: str, error: CatalogError) -> None:
        self.problems = list(error.problems[:SHOWN_PROBLEMS])
        self.total = max(error.total, len(error.problems))
        super().__init__(
            MSG_CATALOG_INVALID, field="file", file=file, problems="", count=self.total
        )

    def render(self, translate=None) -> str:
        def tr(text: str) -> str:
            return translate(TR_CONTEXT, text) if translate else text

        lines = [
            f"• {p.location or tr(MSG_WHOLE_FILE)}: {_problem_text(p, tr)}" for p in self.problems
        ]
        text = self.translated_message(translate)
        params = {**self.params, "problems": "\n".join(lines)}
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text


def _problem_text(problem: Problem, tr) -> str:
    params = dict(problem.params)
    kind = problem.kind
    if kind == "duplicate" and params.get("field"):
        kind = "duplicate_field"
    elif kind == "syntax" and "line" in params:
        kind = "syntax_at"
    elif kind == "type" and "expected" not in params:
        kind = "not_object"
    if "expected" in params and kind == "type":
        params["expected"] = tr(MSG_EXPECTED.get(params["expected"], MSG_EXPECTED["text"]))
    template = tr(MSG_PROBLEM.get(kind, MSG_PROBLEM["invalid"]))
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def _import_notices(parsed: CatalogFile) -> dict:
    """What a catalog from elsewhere lacks for our findings (shown after its import)."""
    tags = parsed.tags()
    present = set(tags) | {d.key for d in parsed.dimensions}  # strategy/funding by dimension
    if tags & set(EXTERNAL_TOPIC_TAGS):
        present.add("external")
    missing = [tag for tag in TAG_FINDINGS if tag not in present]
    not_derived = {key for tag in missing for key in TAG_FINDINGS[tag]}
    return {
        "unknown_tags": tuple(sorted(tags - set(KNOWN_TAGS))),
        "not_derived": tuple(k for k in fnd.FINDING_KEYS if k in not_derived),
        "english_fallbacks": parsed.english_fallbacks,
    }


def _pick(texts: dict, lang: str) -> str:
    return texts.get(lang) or texts.get("de") or texts.get("en") or ""


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


class CheckService:
    def __init__(self, db: Database, lang: str = "de") -> None:
        self.db = db
        self.lang = lang if lang in ("de", "en") else "de"

    # ---- catalogs ---------------------------------------------------------------------------
    def ensure_default_catalog(self) -> int:
        """Import the shipped catalog once; returns its id."""
        path = resources_dir() / "catalogs" / DEFAULT_CATALOG_FILE
        data = path.read_bytes()
        from digiwandel.domain.catalog import parse_catalog  # the validator loads on use

        parsed = parse_catalog(data)
        with unit_of_work(self.db) as session:
            existing = session.scalar(
                select(Catalog.id).where(
                    Catalog.key == parsed.key, Catalog.version == parsed.version
                )
            )
            if existing is not None:
                return existing
            return self._store_catalog(session, parsed, data, path.name).id

    def import_catalog_file(self, path: Path) -> CatalogRow:
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DomainError(
                MSG_CATALOG_UNREADABLE, field="file", file=path.name, reason=exc.strerror or exc
            ) from exc
        return self.import_catalog_bytes(data, path.name)

    def import_catalog_bytes(self, data: bytes, source_name: str) -> CatalogRow:
        """Validate completely, then store in one transaction; nothing is stored on error."""
        from digiwandel.domain.catalog import CatalogError, parse_catalog

        try:
            parsed = parse_catalog(data)
        except CatalogError as exc:
            raise CatalogInvalidError(source_name, exc) from exc
        with unit_of_work(self.db) as session:
            exists = session.scalar(
                select(Catalog.id).where(
                    Catalog.key == parsed.key, Catalog.version == parsed.version
                )
            )
            if exists is not None:
                raise DomainError(
                    MSG_CATALOG_EXISTS,
                    field="file",
                    title=_pick(parsed.title.model_dump(), self.lang),
                    version=parsed.version,
                )
            catalog = self._store_catalog(session, parsed, data, source_name)
            session.flush()
            return replace(self._catalog_row(catalog, 0), **_import_notices(parsed))

    def _store_catalog(
        self, session: Session, parsed: CatalogFile, data: bytes, source_name: str
    ) -> Catalog:
        catalog = Catalog(
            key=parsed.key,
            version=parsed.version,
            title_de=parsed.title.de,
            title_en=parsed.title.en,
            source_file=source_name[:NAME_LEN],
            source_sha256=hashlib.sha256(data).hexdigest(),
            content=parsed.model_dump_json(),
        )
        for d_pos, dim in enumerate(parsed.dimensions):
            dimension = CatalogDimension(
                key=dim.key,
                position=d_pos,
                title_de=dim.title.de,
                title_en=dim.title.en,
                weight=dim.weight,
                is_module=dim.module,
            )
            catalog.dimensions.append(dimension)
            for i_pos, it in enumerate(dim.items):
                item = CatalogItem(
                    key=it.key,
                    position=i_pos,
                    question_de=it.question.de,
                    question_en=it.question.en,
                    explanation_de=it.explanation.de,
                    explanation_en=it.explanation.en,
                    default_relevance=it.relevance,
                )
                dimension.items.append(item)
                for number, lv in enumerate(it.levels):
                    item.levels.append(
                        CatalogItemLevel(
                            level=number,
                            statement_de=lv.statement.de,
                            statement_en=lv.statement.en,
                            next_step_de=lv.next_step.de,
                            next_step_en=lv.next_step.en,
                        )
                    )
        session.add(catalog)
        session.flush()
        return catalog

    def list_catalogs(self) -> list[CatalogRow]:
        with unit_of_work(self.db) as session:
            catalogs = session.scalars(
                select(Catalog)
                .options(selectinload(Catalog.dimensions).selectinload(CatalogDimension.items))
                .order_by(Catalog.key, Catalog.imported_at)
            ).all()
            used = dict(
                session.execute(
                    select(Assessment.catalog_id, func.count(Assessment.id))
                    .where(Assessment.deleted_at.is_(None))
                    .group_by(Assessment.catalog_id)
                ).all()
            )
            return [self._catalog_row(c, used.get(c.id, 0)) for c in catalogs]

    def _catalog_row(self, catalog: Catalog, used: int) -> CatalogRow:
        title = catalog.title_de if self.lang == "de" else catalog.title_en
        return CatalogRow(
            id=catalog.id,
            key=catalog.key,
            version=catalog.version,
            title=title,
            dimension_count=sum(1 for d in catalog.dimensions if not d.is_module),
            item_count=sum(len(d.items) for d in catalog.dimensions if not d.is_module),
            assessment_count=used,
            modules=tuple(
                (d.key, d.title_de if self.lang == "de" else d.title_en)
                for d in catalog.dimensions
                if d.is_module
            ),
        )

    # ---- assessments ------------------------------------------------------------------------
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
            enabled_modules=_modules(a),
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
            catalog = session.get(Catalog, catalog_id)
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

    def restore(self, batch: str) -> None:
        """Undo a deletion (assessment or answer sheets), under `_no_sheet_into_locked`."""
        with unit_of_work(self.db) as session:
            restore_batch(session, batch)

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
                        description=_pick(meta.get("description", {}), self.lang),
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
            return _in_scope(dims, _modules(a))

    # ---- respondents --------------------------------------------------------------------------
    def list_respondents(self, assessment_id: int) -> list[RespondentRow]:
        with unit_of_work(self.db) as session:
            a = self._assessment(session, assessment_id)
            dims = _in_scope(self._structures(session, {a.catalog_id})[a.catalog_id], _modules(a))
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
                    a.item_id, a.status, a.level, a.relevance, a.comment, a.evidence
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
    ) -> AnswerRow:
        """Save one answer at once (insert or update)."""
        status, level, relevance = _clean_answer(status, level, relevance)
        with unit_of_work(self.db) as session:
            r = get_or_raise(session, Respondent, respondent_id)
            self._ensure_draft(r.assessment)
            item = session.get(CatalogItem, item_id)
            if item is None or item.dimension.catalog_id != r.assessment.catalog_id:
                raise DomainError(MSG_ITEM_NOT_IN_CATALOG, field="item")
            answer = session.scalar(
                select(Answer).where(Answer.respondent_id == r.id, Answer.item_id == item_id)
            )
            if answer is None:
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
            session.flush()
            return AnswerRow(
                item_id,
                answer.status,
                answer.level,
                answer.relevance,
                answer.comment,
                answer.evidence,
            )

    def set_answers(
        self,
        respondent_id: int,
        answers: list[tuple[int, str, int | None, int | None]],
    ) -> int:
        """Save many answers of one sheet in one transaction: (item id, status, level,
        relevance). All or nothing: one invalid answer stores none of them."""
        answers = [
            (item_id, *_clean_answer(status, level, relevance))
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

    def clear_answer(self, respondent_id: int, item_id: int) -> None:
        with unit_of_work(self.db) as session:
            r = get_or_raise(session, Respondent, respondent_id)
            self._ensure_draft(r.assessment)
            answer = session.scalar(
                select(Answer).where(Answer.respondent_id == r.id, Answer.item_id == item_id)
            )
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
                    a.item_id, a.status, a.level, a.relevance, a.comment, a.evidence
                )
                for a in rows
            }

    # ---- targets ----------------------------------------------------------------------------
    def targets(self, assessment_id: int) -> list[TargetRow]:
        with unit_of_work(self.db) as session:
            a = self._assessment(session, assessment_id)
            dims = _in_scope(self._structures(session, {a.catalog_id})[a.catalog_id], _modules(a))
            values = dict(
                session.execute(
                    select(DimensionTarget.dimension_id, DimensionTarget.target_percent).where(
                        DimensionTarget.assessment_id == assessment_id
                    )
                ).all()
            )
            return [TargetRow(d.id, d.key, d.title, values.get(d.id)) for d in dims]

    def set_target(self, assessment_id: int, dimension_id: int, percent: float | None) -> None:
        if percent is not None:
            try:
                percent = float(percent)
            except (TypeError, ValueError):
                raise DomainError(MSG_TARGET_RANGE, field="target") from None
            if not 0 <= percent <= 100:  # also refuses NaN
                raise DomainError(MSG_TARGET_RANGE, field="target")
        with unit_of_work(self.db) as session:
            a = self._assessment(session, assessment_id)
            dim = session.get(CatalogDimension, dimension_id)
            if dim is None or dim.catalog_id != a.catalog_id:
                raise DomainError(MSG_ITEM_NOT_IN_CATALOG, field="target")
            target = session.scalar(
                select(DimensionTarget).where(
                    DimensionTarget.assessment_id == assessment_id,
                    DimensionTarget.dimension_id == dimension_id,
                )
            )
            if percent is None:
                if target is not None:
                    session.delete(target)
            elif target is None:
                session.add(
                    DimensionTarget(
                        assessment_id=assessment_id,
                        dimension_id=dimension_id,
                        target_percent=float(percent),
                    )
                )
            else:
                target.target_percent = float(percent)

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
        scope = _in_scope(dims, _modules(a))
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

        dims = _in_scope(structures[a.catalog_id], _modules(a))
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


def _modules(a: Assessment) -> tuple[str, ...]:
    return tuple(m for m in (a.enabled_modules or "").split(",") if m)


def _in_scope(dims, modules: tuple[str, ...]):
    return tuple(d for d in dims if not d.is_module or d.key in modules)


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

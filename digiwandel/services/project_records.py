"""Records that hang off one project: the step panels of the project tracker (DESIGN 2.4).

Stakeholders, procurement, trainings, risks, decisions, PDCA cycles, lessons learned and
document links are edited through one generic API (`add` / `update` / `delete` by kind);
the five policy checks of step 8 are kept per kind and set with an upsert; success metrics
are indicators of the project and share the indicator rules of the strategy editor.

Rules that hold for every use case here:

- Every edit is one transaction. All input is checked before anything is written, so a
  refused edit leaves the database exactly as it was.
- A record of a project in the trash, or a record in the trash itself, is "not found".
- `records` loads everything of one project in a constant number of SQL statements.
- Deleting goes to the trash (one batch id per user action); `restore` brings it back.
- PDCA cycles are numbered 1, 2, 3 … per project; a deleted cycle keeps its number (the
  next cycle never reuses it) and the project remembers the number of its running cycle.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from typing import ClassVar
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from digiwandel.domain.vocabulary import (
    INVOLVEMENT_LEVELS,
    NAME_LEN,
    POLICY_CHECK_KINDS,
    POLICY_CHECK_STATUSES,
    PROCUREMENT_STATUSES,
    RISK_SCALE_MAX,
    RISK_STATUSES,
    STAKEHOLDER_KINDS,
    TARGET_LEN,
    TEXT_LEN,
)
from digiwandel.model.database import Database
from digiwandel.model.organisation import Person
from digiwandel.model.project import (
    Decision,
    DocumentLink,
    Lesson,
    PdcaCycle,
    PolicyCheck,
    ProcurementItem,
    Project,
    Risk,
    Stakeholder,
    Training,
)
from digiwandel.model.strategy import Indicator, Measurement
from digiwandel.services.base import (
    MSG_CHOICE,
    MSG_NOT_FOUND,
    MSG_NUMBER,
    check_fields,
    check_version,
    clean_choice,
    clean_count,
    clean_date,
    clean_int,
    clean_text,
    clean_today,
    find_row,
    get_or_raise,
    unit_of_work,
    whole_number,
)
from digiwandel.services.errors import QT_TRANSLATE_NOOP, DomainError, StaleEditError
from digiwandel.services.projects import ProjectService, clean_money, person_id
from digiwandel.services.strategy import INDICATOR_FIELDS, IndicatorRow, MeasurementRow
from digiwandel.services.strategy.rules import (
    apply_indicator_changes,
    clean_indicator,
    indicator_row,
    indicator_view,
    measurement_row,
    settle_indicator,
)
from digiwandel.services.trash import move_to_trash, restore_batch, restore_rule

# ---- messages -------------------------------------------------------------------------------
MSG_STAKEHOLDER_NAME = QT_TRANSLATE_NOOP("DomainError", "Please enter the name of the stakeholder.")
MSG_PROCUREMENT_WHAT = QT_TRANSLATE_NOOP(
    "DomainError", "Please enter what is to be procured, for example “20 tablets”."
)
MSG_TRAINING_TOPIC = QT_TRANSLATE_NOOP("DomainError", "Please enter the topic of the training.")
MSG_RISK_TITLE = QT_TRANSLATE_NOOP("DomainError", "Please enter a short title for the risk.")
MSG_RISK_SCALE = QT_TRANSLATE_NOOP("DomainError", "Please choose a value from 1 to {max}.")
MSG_DECISION_QUESTION = QT_TRANSLATE_NOOP(
    "DomainError", "Please enter the question that needs to be decided."
)
MSG_DECISION_OUTCOME = QT_TRANSLATE_NOOP("DomainError", "Please write down what was decided.")
MSG_PDCA_DATES = QT_TRANSLATE_NOOP(
    "DomainError", "The end of the PDCA cycle must not be before its start."
)
MSG_LESSON_TEXT = QT_TRANSLATE_NOOP("DomainError", "Please write down the lesson learned.")
MSG_DOCUMENT_TITLE = QT_TRANSLATE_NOOP("DomainError", "Please enter a title for the document.")
MSG_DOCUMENT_TARGET = QT_TRANSLATE_NOOP(
    "DomainError", "Please enter where the document is: a file path or a web address."
)
MSG_DOCUMENT_TARGET_INVALID = QT_TRANSLATE_NOOP(
    "DomainError",
    "Please enter a web address starting with http:// or https://, or the path of a file.",
)
MSG_DPIA_ONLY_DATA_PROTECTION = QT_TRANSLATE_NOOP(
    "DomainError",
    "Only the data protection check records whether a data protection impact assessment "
    "(DPIA) is needed.",
)

PARTICIPANTS_MAX = 100_000

RECORD_KINDS = (
    "stakeholder",
    "procurement",
    "training",
    "risk",
    "decision",
    "pdca",
    "lesson",
    "document",
)

POLICY_CHECK_FIELDS = ("status", "dpia_needed", "evidence")
# Risks that still need attention: not yet handled, or already happened.
UNSETTLED_RISK_STATUSES = ("open", "occurred")
_METRIC_DEFAULTS: dict[str, object] = {
    "unit": "",
    "kind": "number",
    "direction": "higher",
    "baseline_value": None,
    "baseline_on": None,
    "target_value": None,
    "target_on": None,
    "range_low": None,
    "range_high": None,
    "frequency": "quarterly",
    "data_source": "",
    "owner_id": None,
}

# Re-exported: a success metric of a project is shown like an indicator of a goal.
MetricRow = IndicatorRow


# ---- plain data returned to the UI ------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class StakeholderRow:
    id: int
    project_id: int
    name: str
    kind: str
    involvement: str
    contact: str
    version: int = 0  # the row version: a change based on an older one is refused


@dataclass(frozen=True, slots=True)
class ProcurementRow:
    id: int
    project_id: int
    what: str
    supplier: str
    cost: float
    status: str
    version: int = 0  # the row version: a change based on an older one is refused


@dataclass(frozen=True, slots=True)
class TrainingRow:
    id: int
    project_id: int
    held_on: date | None
    topic: str
    participants: int
    notes: str
    version: int = 0  # the row version: a change based on an older one is refused


@dataclass(frozen=True, slots=True)
class RiskRow:
    id: int
    project_id: int
    title: str
    likelihood: int
    impact: int
    score: int  # likelihood × impact
    mitigation: str
    owner_id: int | None
    owner_name: str
    status: str
    version: int = 0  # the row version: a change based on an older one is refused


@dataclass(frozen=True, slots=True)
class DecisionRow:
    id: int
    project_id: int
    question: str
    needed_by: date | None
    outcome: str
    decided_on: date | None
    overdue: bool  # still open and needed before today
    version: int = 0  # the row version: a change based on an older one is refused


@dataclass(frozen=True, slots=True)
class PdcaRow:
    id: int
    project_id: int
    number: int
    plan_notes: str
    do_notes: str
    check_notes: str
    act_notes: str
    started_on: date | None
    ended_on: date | None
    version: int = 0  # the row version: a change based on an older one is refused


@dataclass(frozen=True, slots=True)
class LessonRow:
    id: int
    project_id: int
    text: str
    recorded_on: date | None
    version: int = 0  # the row version: a change based on an older one is refused


@dataclass(frozen=True, slots=True)
class DocumentRow:
    id: int
    project_id: int
    title: str
    target: str
    version: int = 0  # the row version: a change based on an older one is refused


@dataclass(frozen=True, slots=True)
class PolicyCheckRow:
    project_id: int
    kind: str
    status: str
    dpia_needed: bool | None  # only for data_protection; None = not decided yet
    evidence: str
    # The row version: a change based on an older one is refused; 0 = not stored yet (the
    # check is created on its first save). Not compared: rows showing the same check are
    # equal, whichever save they came from.
    version: int = dataclass_field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class ProjectRecords:
    project_id: int
    stakeholders: tuple[StakeholderRow, ...]
    procurement: tuple[ProcurementRow, ...]
    trainings: tuple[TrainingRow, ...]
    risks: tuple[RiskRow, ...]  # highest score first
    decisions: tuple[DecisionRow, ...]  # open first, by needed_by
    pdca: tuple[PdcaRow, ...]  # by number
    lessons: tuple[LessonRow, ...]
    documents: tuple[DocumentRow, ...]
    policy_checks: tuple[PolicyCheckRow, ...]  # always one per kind, in POLICY_CHECK_KINDS order
    metrics: tuple[IndicatorRow, ...]
    measurements: dict[int, tuple[MeasurementRow, ...]]  # indicator id -> oldest first
    current_pdca_cycle: int = 0  # number of the running cycle; 0 = none started


# ---- input checks -----------------------------------------------------------------------------
_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_DRIVE_RE = re.compile(r"^[A-Za-z]:[\\/]")


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in text)


def _clean_target(value: object) -> str:
    """A web address (http/https with a host) or a file path; no other schemes."""
    if value is not None and not isinstance(value, str):  # a path or address is text
        raise DomainError(MSG_DOCUMENT_TARGET_INVALID, field="target")
    raw = value or ""
    if _has_control(raw):  # the address's own message rather than the general one
        raise DomainError(MSG_DOCUMENT_TARGET_INVALID, field="target")
    text = clean_text(raw, field="target", limit=TARGET_LEN, required=MSG_DOCUMENT_TARGET)
    if _DRIVE_RE.match(text):  # C:\Users\… or C:/Users/…
        return text
    scheme = _SCHEME_RE.match(text)
    if scheme is None:  # a plain, relative or UNC path
        return text
    if scheme.group(1).lower() in ("http", "https"):
        try:
            parts = urlsplit(text)
        except ValueError:
            parts = None
        if parts is not None and parts.hostname and " " not in text:
            return text
    raise DomainError(MSG_DOCUMENT_TARGET_INVALID, field="target")


def _clean_scale(value: object, *, field: str) -> int:
    number = whole_number(value)
    if number is None or not 1 <= number <= RISK_SCALE_MAX:
        raise DomainError(MSG_RISK_SCALE, field=field, max=RISK_SCALE_MAX)
    return number


def _clean_participants(value: object) -> int:
    if value is None or value == "":
        return 0
    number = whole_number(value)
    if number is None:
        raise DomainError(MSG_NUMBER, field="participants")
    return clean_count(number, field="participants", limit=PARTICIPANTS_MAX)


def _clean_stakeholder(_session: Session, v: dict) -> dict:
    return {
        "name": clean_text(v["name"], field="name", limit=NAME_LEN, required=MSG_STAKEHOLDER_NAME),
        "kind": clean_choice(v["kind"], STAKEHOLDER_KINDS, field="kind"),
        "involvement": clean_choice(v["involvement"], INVOLVEMENT_LEVELS, field="involvement"),
        "contact": clean_text(v["contact"], field="contact", limit=NAME_LEN),
    }


def _clean_procurement(_session: Session, v: dict) -> dict:
    return {
        "what": clean_text(v["what"], field="what", limit=NAME_LEN, required=MSG_PROCUREMENT_WHAT),
        "supplier": clean_text(v["supplier"], field="supplier", limit=NAME_LEN),
        "cost": clean_money(v["cost"], field="cost"),
        "status": clean_choice(v["status"], PROCUREMENT_STATUSES, field="status"),
    }


def _clean_training(_session: Session, v: dict) -> dict:
    return {
        "held_on": clean_date(v["held_on"], field="held_on"),
        "topic": clean_text(v["topic"], field="topic", limit=NAME_LEN, required=MSG_TRAINING_TOPIC),
        "participants": _clean_participants(v["participants"]),
        "notes": clean_text(v["notes"], field="notes", limit=TEXT_LEN),
    }


def _clean_risk(session: Session, v: dict) -> dict:
    return {
        "title": clean_text(v["title"], field="title", limit=NAME_LEN, required=MSG_RISK_TITLE),
        "likelihood": _clean_scale(v["likelihood"], field="likelihood"),
        "impact": _clean_scale(v["impact"], field="impact"),
        "mitigation": clean_text(v["mitigation"], field="mitigation", limit=TEXT_LEN),
        "owner_id": person_id(session, v["owner_id"], field="owner_id"),
        "status": clean_choice(v["status"], RISK_STATUSES, field="status"),
    }


def _clean_decision(_session: Session, v: dict) -> dict:
    out = {
        "question": clean_text(
            v["question"], field="question", limit=TEXT_LEN, required=MSG_DECISION_QUESTION
        ),
        "needed_by": clean_date(v["needed_by"], field="needed_by"),
        "outcome": clean_text(v["outcome"], field="outcome", limit=TEXT_LEN),
        "decided_on": clean_date(v["decided_on"], field="decided_on"),
    }
    if out["decided_on"] is not None and not out["outcome"]:
        raise DomainError(MSG_DECISION_OUTCOME, field="outcome")
    return out


def _clean_pdca(_session: Session, v: dict) -> dict:
    out = {
        key: clean_text(v[key], field=key, limit=TEXT_LEN)
        for key in ("plan_notes", "do_notes", "check_notes", "act_notes")
    }
    out["started_on"] = clean_date(v["started_on"], field="started_on")
    out["ended_on"] = clean_date(v["ended_on"], field="ended_on")
    if out["started_on"] and out["ended_on"] and out["ended_on"] < out["started_on"]:
        raise DomainError(MSG_PDCA_DATES, field="ended_on")
    return out


def _clean_lesson(_session: Session, v: dict) -> dict:
    return {
        "text": clean_text(v["text"], field="text", limit=TEXT_LEN, required=MSG_LESSON_TEXT),
        "recorded_on": clean_date(v["recorded_on"], field="recorded_on"),
    }


def _clean_document(_session: Session, v: dict) -> dict:
    return {
        "title": clean_text(v["title"], field="title", limit=NAME_LEN, required=MSG_DOCUMENT_TITLE),
        "target": _clean_target(v["target"]),
    }


def _clean_policy_check(kind: str, v: dict) -> dict:
    dpia = v["dpia_needed"]
    if dpia is not None and not isinstance(dpia, bool):
        raise DomainError(MSG_CHOICE, field="dpia_needed")
    if dpia is not None and kind != "data_protection":
        raise DomainError(MSG_DPIA_ONLY_DATA_PROTECTION, field="dpia_needed")
    return {
        "status": clean_choice(v["status"], POLICY_CHECK_STATUSES, field="status"),
        "dpia_needed": dpia,
        "evidence": clean_text(v["evidence"], field="evidence", limit=TEXT_LEN),
    }


# ---- rows from ORM objects --------------------------------------------------------------------
def _stakeholder_row(s: Stakeholder) -> StakeholderRow:
    return StakeholderRow(
        s.id, s.project_id, s.name, s.kind, s.involvement, s.contact, s.row_version
    )


def _procurement_row(p: ProcurementItem) -> ProcurementRow:
    return ProcurementRow(
        p.id, p.project_id, p.what, p.supplier, float(p.cost or 0), p.status, p.row_version
    )


def _training_row(t: Training) -> TrainingRow:
    return TrainingRow(
        t.id, t.project_id, t.held_on, t.topic, t.participants, t.notes, t.row_version
    )


def _risk_row(r: Risk, owner_name: str | None) -> RiskRow:
    return RiskRow(
        id=r.id,
        project_id=r.project_id,
        title=r.title,
        likelihood=r.likelihood,
        impact=r.impact,
        score=r.likelihood * r.impact,
        mitigation=r.mitigation,
        owner_id=r.owner_id,
        owner_name=owner_name or "",
        status=r.status,
        version=r.row_version,
    )


def _decision_row(d: Decision, today: date) -> DecisionRow:
    return DecisionRow(
        id=d.id,
        project_id=d.project_id,
        question=d.question,
        needed_by=d.needed_by,
        outcome=d.outcome,
        decided_on=d.decided_on,
        overdue=d.decided_on is None and d.needed_by is not None and d.needed_by < today,
        version=d.row_version,
    )


def _pdca_row(c: PdcaCycle) -> PdcaRow:
    return PdcaRow(
        id=c.id,
        project_id=c.project_id,
        number=c.number,
        plan_notes=c.plan_notes,
        do_notes=c.do_notes,
        check_notes=c.check_notes,
        act_notes=c.act_notes,
        started_on=c.started_on,
        ended_on=c.ended_on,
        version=c.row_version,
    )


def _lesson_row(lesson: Lesson) -> LessonRow:
    return LessonRow(
        lesson.id, lesson.project_id, lesson.text, lesson.recorded_on, lesson.row_version
    )


def _document_row(d: DocumentLink) -> DocumentRow:
    return DocumentRow(d.id, d.project_id, d.title, d.target, d.row_version)


def _policy_row(project_id: int, kind: str, check: PolicyCheck | None) -> PolicyCheckRow:
    if check is None:
        return PolicyCheckRow(project_id, kind, "open", None, "")
    return PolicyCheckRow(
        project_id, kind, check.status, check.dpia_needed, check.evidence, check.row_version
    )


def _decision_order(row: DecisionRow) -> tuple:
    """Open decisions first, each group by the date needed (none last), then as entered."""
    return (row.decided_on is not None, row.needed_by is None, row.needed_by or date.min, row.id)


# ---- the kinds of records -----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Kind:
    model: type
    fields: tuple[str, ...]
    defaults: dict[str, object]
    clean: Callable[[Session, dict], dict]
    label: Callable[[object], str]


_KINDS: dict[str, _Kind] = {
    "stakeholder": _Kind(
        Stakeholder,
        ("name", "kind", "involvement", "contact"),
        {"name": "", "kind": "other", "involvement": "inform", "contact": ""},
        _clean_stakeholder,
        lambda r: r.name,
    ),
    "procurement": _Kind(
        ProcurementItem,
        ("what", "supplier", "cost", "status"),
        {"what": "", "supplier": "", "cost": 0, "status": "planned"},
        _clean_procurement,
        lambda r: r.what,
    ),
    "training": _Kind(
        Training,
        ("held_on", "topic", "participants", "notes"),
        {"held_on": None, "topic": "", "participants": 0, "notes": ""},
        _clean_training,
        lambda r: r.topic,
    ),
    "risk": _Kind(
        Risk,
        ("title", "likelihood", "impact", "mitigation", "owner_id", "status"),
        {
            "title": "",
            "likelihood": 3,
            "impact": 3,
            "mitigation": "",
            "owner_id": None,
            "status": "open",
        },
        _clean_risk,
        lambda r: r.title,
    ),
    "decision": _Kind(
        Decision,
        ("question", "needed_by", "outcome", "decided_on"),
        {"question": "", "needed_by": None, "outcome": "", "decided_on": None},
        _clean_decision,
        lambda r: r.question,
    ),
    "pdca": _Kind(
        PdcaCycle,
        ("plan_notes", "do_notes", "check_notes", "act_notes", "started_on", "ended_on"),
        {
            "plan_notes": "",
            "do_notes": "",
            "check_notes": "",
            "act_notes": "",
            "started_on": None,
            "ended_on": None,
        },
        _clean_pdca,
        lambda r: f"PDCA {r.number}",
    ),
    "lesson": _Kind(
        Lesson,
        ("text", "recorded_on"),
        {"text": "", "recorded_on": None},  # recorded_on: today when not given on add
        _clean_lesson,
        lambda r: r.text,
    ),
    "document": _Kind(
        DocumentLink,
        ("title", "target"),
        {"title": "", "target": ""},
        _clean_document,
        lambda r: r.title,
    ),
}


def _kind(kind: str) -> _Kind:
    try:
        return _KINDS[kind]
    except (KeyError, TypeError):
        raise DomainError(MSG_CHOICE, field="kind") from None


class ProjectRecordService:
    """Stakeholders, procurement, trainings, risks, decisions, PDCA cycles, lessons, document
    links, policy checks and success metrics of one project."""

    FIELDS: ClassVar[dict[str, tuple[str, ...]]] = {
        name: spec.fields for name, spec in _KINDS.items()
    }

    def __init__(self, db: Database, lang: str = "de") -> None:
        self.db = db
        self.lang = lang if lang in ("de", "en") else "de"

    # ---- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _record(session: Session, spec: _Kind, record_id: int, expected_version=None):
        obj = get_or_raise(session, spec.model, record_id, expected_version)
        ProjectService._project(session, obj.project_id)
        return obj

    @staticmethod
    def _row(kind: str, obj, today: date | None = None):
        if kind == "stakeholder":
            return _stakeholder_row(obj)
        if kind == "procurement":
            return _procurement_row(obj)
        if kind == "training":
            return _training_row(obj)
        if kind == "risk":
            return _risk_row(obj, obj.owner.name if obj.owner is not None else "")
        if kind == "decision":
            return _decision_row(obj, clean_today(today))
        if kind == "pdca":
            return _pdca_row(obj)
        if kind == "lesson":
            return _lesson_row(obj)
        return _document_row(obj)

    # ---- reading ------------------------------------------------------------------------------
    def records(self, project_id: int, today: date | None = None) -> ProjectRecords:
        """Everything recorded for one project; one statement per table, whatever the rows."""
        today = clean_today(today)
        with unit_of_work(self.db) as session:
            project = ProjectService._project(session, project_id)

            def live(model, *order):
                return session.scalars(
                    select(model)
                    .where(model.project_id == project_id, model.deleted_at.is_(None))
                    .order_by(*order, model.id)
                ).all()

            stakeholders = tuple(_stakeholder_row(s) for s in live(Stakeholder))
            procurement = tuple(_procurement_row(p) for p in live(ProcurementItem))
            trainings = tuple(
                _training_row(t)
                for t in live(Training, Training.held_on.is_(None), Training.held_on)
            )
            risks = sorted(
                (
                    _risk_row(risk, name)
                    for risk, name in session.execute(
                        select(Risk, Person.name)
                        .outerjoin(Person, Person.id == Risk.owner_id)
                        .where(Risk.project_id == project_id, Risk.deleted_at.is_(None))
                    )
                ),
                key=lambda r: (-r.score, r.id),
            )
            decisions = sorted(
                (_decision_row(d, today) for d in live(Decision)), key=_decision_order
            )
            pdca = tuple(_pdca_row(c) for c in live(PdcaCycle, PdcaCycle.number))
            lessons = tuple(
                _lesson_row(lesson)
                for lesson in live(Lesson, Lesson.recorded_on.is_(None), Lesson.recorded_on)
            )
            documents = tuple(_document_row(d) for d in live(DocumentLink))
            checks = {
                c.kind: c
                for c in session.scalars(
                    select(PolicyCheck).where(PolicyCheck.project_id == project_id)
                )
            }
            indicators = session.execute(
                select(Indicator, Person.name)
                .outerjoin(Person, Person.id == Indicator.owner_id)
                .where(Indicator.project_id == project_id, Indicator.deleted_at.is_(None))
                .order_by(Indicator.id)
            ).all()
            readings: dict[int, list[Measurement]] = defaultdict(list)
            for m in session.scalars(
                select(Measurement)
                .join(Indicator, Indicator.id == Measurement.indicator_id)
                .where(
                    Indicator.project_id == project_id,
                    Indicator.deleted_at.is_(None),
                    Measurement.deleted_at.is_(None),
                )
                .order_by(Measurement.measured_on, Measurement.id)
            ):
                readings[m.indicator_id].append(m)
            return ProjectRecords(
                project_id=project_id,
                stakeholders=stakeholders,
                procurement=procurement,
                trainings=trainings,
                risks=tuple(risks),
                decisions=tuple(decisions),
                pdca=pdca,
                lessons=lessons,
                documents=documents,
                policy_checks=tuple(
                    _policy_row(project_id, kind, checks.get(kind)) for kind in POLICY_CHECK_KINDS
                ),
                metrics=tuple(
                    indicator_row(ind, name, readings[ind.id]) for ind, name in indicators
                ),
                measurements={
                    ind.id: tuple(measurement_row(m) for m in readings[ind.id])
                    for ind, _name in indicators
                },
                current_pdca_cycle=project.current_pdca_cycle,
            )

    # ---- across all measures (for reports) ----------------------------------------------------
    def unsettled_risks(self, min_score: int = 1) -> list[RiskRow]:
        """Risks that are still open or have occurred (neither mitigated nor closed), of
        every measure not in the trash, scoring at least `min_score`; highest score first.
        One statement, whatever the number of measures."""
        with unit_of_work(self.db) as session:
            rows = [
                _risk_row(risk, name)
                for risk, name in session.execute(
                    select(Risk, Person.name)
                    .join(Project, Project.id == Risk.project_id)
                    .outerjoin(Person, Person.id == Risk.owner_id)
                    .where(
                        Project.deleted_at.is_(None),
                        Risk.deleted_at.is_(None),
                        Risk.status.in_(UNSETTLED_RISK_STATUSES),
                        Risk.likelihood * Risk.impact
                        >= clean_int(min_score, field="min_score", low=1, high=25),
                    )
                )
            ]
        return sorted(rows, key=lambda r: (-r.score, r.project_id, r.id))

    def open_decisions(self, today: date | None = None) -> list[DecisionRow]:
        """Decisions not taken yet, of every measure not in the trash, by the date they are
        needed (undated last). One statement, whatever the number of measures."""
        today = clean_today(today)
        with unit_of_work(self.db) as session:
            rows = [
                _decision_row(d, today)
                for d in session.scalars(
                    select(Decision)
                    .join(Project, Project.id == Decision.project_id)
                    .where(
                        Project.deleted_at.is_(None),
                        Decision.deleted_at.is_(None),
                        Decision.decided_on.is_(None),
                    )
                )
            ]
        return sorted(rows, key=_decision_order)

    # ---- records by kind ----------------------------------------------------------------------
    def add(self, kind: str, project_id: int, /, **values):
        """A new record of `kind`; values not given take their defaults.

        `kind` and the id are positional-only: a stakeholder has a field called "kind".
        """
        spec = _kind(kind)
        check_fields(values, spec.fields)
        merged = dict(spec.defaults) | values
        if kind == "lesson" and "recorded_on" not in values:
            merged["recorded_on"] = date.today()
        with unit_of_work(self.db) as session:
            project = ProjectService._project(session, project_id)
            clean = spec.clean(session, merged)
            if kind == "pdca":
                # Trashed cycles count too: (project, number) is unique and numbers stay.
                last = session.scalar(
                    select(func.max(PdcaCycle.number)).where(PdcaCycle.project_id == project_id)
                )
                clean["number"] = (last or 0) + 1
                project.current_pdca_cycle = clean["number"]
            obj = spec.model(project_id=project_id, **clean)
            session.add(obj)
            session.flush()
            if kind == "risk":
                session.refresh(obj, ["owner"])
            return self._row(kind, obj)

    def update(self, kind: str, record_id: int, /, expected_version: int | None = None, **values):
        """Change fields of a record; the stored values merged with the given are re-checked.
        With `expected_version` (the row's `version` the form showed) a record changed since
        is refused with a StaleEditError."""
        spec = _kind(kind)
        check_fields(values, spec.fields)
        with unit_of_work(self.db) as session:
            obj = self._record(session, spec, record_id, expected_version)
            stored = {name: getattr(obj, name) for name in spec.fields}
            for name, value in spec.clean(session, stored | values).items():
                if getattr(obj, name) != value:
                    setattr(obj, name, value)
            session.flush()
            if kind == "risk":
                session.refresh(obj, ["owner"])
            return self._row(kind, obj)

    def delete(self, kind: str, record_id: int) -> str:
        """Move a record to the trash; returns the batch id that restores it."""
        spec = _kind(kind)
        with unit_of_work(self.db) as session:
            obj = self._record(session, spec, record_id)
            batch = move_to_trash(session, [obj], spec.label(obj))
            if kind == "pdca":
                project = session.get(Project, obj.project_id)
                if project.current_pdca_cycle == obj.number:
                    session.flush()
                    last = session.scalar(
                        select(func.max(PdcaCycle.number)).where(
                            PdcaCycle.project_id == obj.project_id,
                            PdcaCycle.deleted_at.is_(None),
                        )
                    )
                    project.current_pdca_cycle = last or 0
            return batch

    def restore(self, batch: str) -> int:
        """Bring back what one deletion here moved to the trash; returns how many rows."""
        with unit_of_work(self.db) as session:
            return restore_batch(session, batch)

    # ---- policy checks (step 8) ---------------------------------------------------------------
    def set_policy_check(
        self, project_id: int, kind: str, /, expected_version: int | None = None, **values
    ) -> PolicyCheckRow:
        """Create or change the check of one kind; `dpia_needed` only for data protection.

        `expected_version` is the `version` of the check the user saw, 0 for one not stored
        yet: when someone else saved the check since, the change is refused with a
        StaleEditError. None compares nothing."""
        kind = clean_choice(kind, POLICY_CHECK_KINDS, field="kind")
        check_fields(values, POLICY_CHECK_FIELDS)
        with unit_of_work(self.db) as session:
            ProjectService._project(session, project_id)
            check = session.scalar(
                select(PolicyCheck).where(
                    PolicyCheck.project_id == project_id, PolicyCheck.kind == kind
                )
            )
            if check is not None:
                check_version(check, expected_version)
            elif expected_version is not None and expected_version != 0:
                raise StaleEditError(0)  # the form showed a stored check, but there is none
            new = check is None
            if new:
                stored: dict[str, object] = {"status": "open", "dpia_needed": None, "evidence": ""}
            else:
                stored = {name: getattr(check, name) for name in POLICY_CHECK_FIELDS}
            clean = _clean_policy_check(kind, stored | values)
            if new:
                check = PolicyCheck(project_id=project_id, kind=kind, **clean)
                session.add(check)
            else:
                for name, value in clean.items():
                    if getattr(check, name) != value:
                        setattr(check, name, value)
            try:
                session.flush()
            except IntegrityError as exc:
                if new and expected_version is not None:
                    # Another PC saved the first state of this check between our reading
                    # and writing.
                    raise StaleEditError() from exc
                raise
            return _policy_row(project_id, kind, check)

    # ---- success metrics ----------------------------------------------------------------------
    @staticmethod
    def _metric(
        session: Session, indicator_id: int, expected_version: int | None = None
    ) -> Indicator:
        ind = get_or_raise(session, Indicator, indicator_id)
        if ind.project_id is None:
            raise DomainError(MSG_NOT_FOUND)
        ProjectService._project(session, ind.project_id)
        check_version(ind, expected_version)
        return ind

    def add_metric(self, project_id: int, name: str, /, **indicator_values) -> IndicatorRow:
        """A success metric: an indicator of the project, with the rules of the strategy."""
        check_fields(indicator_values, INDICATOR_FIELDS - {"name"})
        values = _METRIC_DEFAULTS | indicator_values | {"name": name}
        state = settle_indicator(clean_indicator(values), set(values))
        with unit_of_work(self.db) as session:
            ProjectService._project(session, project_id)
            state["owner_id"] = person_id(session, state["owner_id"], field="owner_id")
            ind = Indicator(project_id=project_id, **state)
            session.add(ind)
            session.flush()
            return indicator_view(session, ind)

    def update_metric(
        self, indicator_id: int, /, expected_version: int | None = None, **values
    ) -> IndicatorRow:
        """Change fields of a success metric; the rules between fields are re-checked.
        With `expected_version` (the metric's `version` the form showed) a metric changed
        since is refused with a StaleEditError."""
        check_fields(values, INDICATOR_FIELDS)
        clean = clean_indicator(values)
        with unit_of_work(self.db) as session:
            ind = self._metric(session, indicator_id, expected_version)
            apply_indicator_changes(session, ind, clean)
            return indicator_view(session, ind)

    def delete_metric(self, indicator_id: int) -> str:
        with unit_of_work(self.db) as session:
            ind = self._metric(session, indicator_id)
            return move_to_trash(session, [ind], ind.name)


@restore_rule
def _current_pdca_cycle(session: Session, batch: dict[str, set[int]]):
    """A PDCA cycle that comes back is the current one again if it is the newest."""
    cycle_ids = batch.get(PdcaCycle.__tablename__)
    if not cycle_ids:
        return None

    def after() -> None:
        for cycle_id in cycle_ids:
            cycle = find_row(session, PdcaCycle, cycle_id)
            if cycle is not None and cycle.project.current_pdca_cycle < cycle.number:
                cycle.project.current_pdca_cycle = cycle.number

    return after

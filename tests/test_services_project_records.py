"""ProjectRecordService on a real SQLite file: the records of a project's step panels
(stakeholders … document links), policy checks, success metrics, trash and statement counts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from digiwandel.model.base import NAME_LEN, TEXT_LEN
from digiwandel.model.database import Database
from digiwandel.model.project import (
    POLICY_CHECK_KINDS,
    RISK_SCALE_MAX,
    TARGET_LEN,
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
from digiwandel.model.trash import TrashEntry
from digiwandel.services import base as base_messages
from digiwandel.services import project_records as messages
from digiwandel.services import strategy as strategy_messages
from digiwandel.services.errors import DomainError
from digiwandel.services.organisation import OrganisationService
from digiwandel.services.project_records import (
    RECORD_KINDS,
    DecisionRow,
    DocumentRow,
    LessonRow,
    MetricRow,
    PdcaRow,
    PolicyCheckRow,
    ProcurementRow,
    ProjectRecords,
    ProjectRecordService,
    RiskRow,
    StakeholderRow,
    TrainingRow,
)
from digiwandel.services.projects import ProjectService
from digiwandel.services.strategy import IndicatorRow, StrategyService
from tests.test_services_projects import statements

TODAY = date(2025, 6, 15)
MODELS = (
    Stakeholder,
    ProcurementItem,
    Training,
    Risk,
    Decision,
    PdcaCycle,
    Lesson,
    DocumentLink,
    PolicyCheck,
    Indicator,
    Measurement,
    TrashEntry,
)

# kind -> (values for add, values for update, row class, attribute of ProjectRecords)
CASES = {
    "stakeholder": (
        {"name": "Betriebsrat", "kind": "staff", "involvement": "consult", "contact": "br@x.de"},
        {"involvement": "decide", "contact": ""},
        StakeholderRow,
        "stakeholders",
    ),
    "procurement": (
        {"what": "20 Tablets", "supplier": "Händler", "cost": 4999.999, "status": "requested"},
        {"status": "ordered", "cost": "120"},
        ProcurementRow,
        "procurement",
    ),
    "training": (
        {"held_on": date(2025, 3, 1), "topic": "Tablets", "participants": 12, "notes": "gut"},
        {"participants": 14, "held_on": None},
        TrainingRow,
        "trainings",
    ),
    "risk": (
        {"title": "Akzeptanz", "likelihood": 4, "impact": 5, "mitigation": "Schulung"},
        {"likelihood": 2, "status": "mitigated"},
        RiskRow,
        "risks",
    ),
    "decision": (
        {"question": "Welcher Anbieter?", "needed_by": date(2025, 7, 1)},
        {"outcome": "Anbieter A", "decided_on": date(2025, 6, 30)},
        DecisionRow,
        "decisions",
    ),
    "pdca": (
        {"plan_notes": "Pilot in Kita 1", "started_on": date(2025, 1, 1)},
        {"ended_on": date(2025, 3, 31), "act_notes": "ausrollen"},
        PdcaRow,
        "pdca",
    ),
    "lesson": (
        {"text": "Früh die Mitarbeitervertretung einbinden.", "recorded_on": date(2025, 5, 1)},
        {"text": "Früher einbinden."},
        LessonRow,
        "lessons",
    ),
    "document": (
        {"title": "Konzept", "target": "https://example.org/konzept.pdf"},
        {"target": r"C:\Verein\Konzept.docx"},
        DocumentRow,
        "documents",
    ),
}
EXPECTED = {  # stored values that differ from what was given
    ("procurement", "cost"): 5000.0,
    ("procurement", "update", "cost"): 120.0,
}


def raises(call, *args, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as info:
        call(*args, **kwargs)
    return info.value


def snapshot(db: Database) -> tuple:
    """Every row of every table the service writes, and the projects' running cycles."""
    with db.sessions() as session:
        tables = tuple(
            tuple(
                tuple(getattr(obj, c.key) for c in model.__table__.columns if c.key != "updated_at")
                for obj in session.scalars(select(model).order_by(model.id))
            )
            for model in MODELS
        )
        cycles = tuple(session.scalars(select(Project.current_pdca_cycle).order_by(Project.id)))
        return tables, cycles


def count(db: Database, model, *where) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


@pytest.fixture
def svc(db: Database) -> ProjectRecordService:
    return ProjectRecordService(db)


@pytest.fixture
def project(db: Database) -> int:
    return ProjectService(db).create_project("Pilot").id


@pytest.fixture
def person(db: Database) -> int:
    return OrganisationService(db).create_person("Ada Beispiel").id


def listed(svc: ProjectRecordService, project_id: int, kind: str) -> tuple:
    return getattr(svc.records(project_id, today=TODAY), CASES[kind][3])


# ---- the generic API --------------------------------------------------------------------------
def test_kinds_and_fields_match_the_api():
    assert tuple(ProjectRecordService.FIELDS) == RECORD_KINDS
    assert ProjectRecordService.FIELDS["stakeholder"] == ("name", "kind", "involvement", "contact")
    assert "number" not in ProjectRecordService.FIELDS["pdca"]
    assert MetricRow is IndicatorRow


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_add_update_delete_restore(db, svc, project, kind):
    add_values, update_values, row_class, _attr = CASES[kind]
    # GIVEN a project WHEN a record is added THEN the row shows exactly what was stored
    row = svc.add(kind, project, **add_values)
    assert isinstance(row, row_class)
    assert row.project_id == project
    for name, value in add_values.items():
        assert getattr(row, name) == EXPECTED.get((kind, name), value)
    assert listed(svc, project, kind) == (row,) or kind == "decision"
    # WHEN some fields change THEN the others stay as they were
    changed = svc.update(kind, row.id, **update_values)
    for name in ProjectRecordService.FIELDS[kind]:
        if name in update_values:
            expected = EXPECTED.get((kind, "update", name), update_values[name])
        else:
            expected = getattr(row, name)
        assert getattr(changed, name) == expected, name
    assert [r.id for r in listed(svc, project, kind)] == [row.id]
    # WHEN it is deleted THEN it disappears and cannot be edited any more
    batch = svc.delete(kind, row.id)
    assert listed(svc, project, kind) == ()
    assert raises(svc.update, kind, row.id, **update_values).message == base_messages.MSG_NOT_FOUND
    assert raises(svc.delete, kind, row.id).message == base_messages.MSG_NOT_FOUND
    # WHEN the deletion is undone THEN it is back as it was
    assert svc.restore(batch) == 1
    again = listed(svc, project, kind)
    assert [r.id for r in again] == [row.id]
    if kind != "decision":  # a decision's overdue flag depends on the day
        # as it was, but a change further: the trash and back count as changes of the row
        assert again[0].version > changed.version
        assert replace(again[0], version=changed.version) == changed


def test_add_fills_in_defaults(svc, project):
    stakeholder = svc.add("stakeholder", project, name="Klientinnen")
    assert (stakeholder.kind, stakeholder.involvement, stakeholder.contact) == (
        "other",
        "inform",
        "",
    )
    item = svc.add("procurement", project, what="Lizenz")
    assert (item.cost, item.status, item.supplier) == (0.0, "planned", "")
    training = svc.add("training", project, topic="Datenschutz")
    assert (training.held_on, training.participants, training.notes) == (None, 0, "")
    risk = svc.add("risk", project, title="Ausfall")
    assert (risk.likelihood, risk.impact, risk.score, risk.status) == (3, 3, 9, "open")
    assert (risk.owner_id, risk.owner_name) == (None, "")
    decision = svc.add("decision", project, question="Start?")
    assert (decision.needed_by, decision.decided_on, decision.overdue) == (None, None, False)
    lesson = svc.add("lesson", project, text="Mehr Zeit einplanen.")
    assert lesson.recorded_on == date.today()
    assert svc.add("lesson", project, text="Ohne Datum.", recorded_on=None).recorded_on is None


def test_text_is_stripped(svc, project):
    row = svc.add("stakeholder", project, name="  Vorstand  ", contact=" 0123 ")
    assert (row.name, row.contact) == ("Vorstand", "0123")


def test_unknown_kind_is_refused_with_a_message(svc, project):
    for call in (
        lambda: svc.add("budget", project, name="x"),
        lambda: svc.update("budget", 1, name="x"),
        lambda: svc.delete("budget", 1),
        lambda: svc.set_policy_check(project, "fairness", status="done"),
    ):
        with pytest.raises(DomainError) as raised:
            call()
        assert raised.value.field == "kind"


def test_unknown_field_is_a_programming_error(db, svc, project):
    row = svc.add("stakeholder", project, name="Vorstand")
    metric = svc.add_metric(project, "Nutzungsquote")
    before = snapshot(db)
    with pytest.raises(TypeError):
        svc.add("stakeholder", project, name="x", colour="red")
    with pytest.raises(TypeError):
        svc.update("stakeholder", row.id, colour="red")
    with pytest.raises(TypeError):
        svc.update("pdca", 1, number=7)
    with pytest.raises(TypeError):
        svc.set_policy_check(project, "ethics", colour="red")
    with pytest.raises(TypeError):
        svc.add_metric(project, "x", goal_id=1)
    with pytest.raises(TypeError):
        svc.update_metric(metric.id, project_id=2)
    assert snapshot(db) == before


# ---- validation: refused input writes nothing ------------------------------------------------
REFUSED_ADDS = [
    ("stakeholder", {"name": "  "}, "name", messages.MSG_STAKEHOLDER_NAME),
    ("stakeholder", {"name": "x" * (NAME_LEN + 1)}, "name", base_messages.MSG_TOO_LONG),
    ("stakeholder", {"name": "V", "kind": "enemy"}, "kind", base_messages.MSG_CHOICE),
    (
        "stakeholder",
        {"name": "V", "involvement": "own"},
        "involvement",
        base_messages.MSG_CHOICE,
    ),
    ("stakeholder", {"name": "V", "contact": "c" * 201}, "contact", base_messages.MSG_TOO_LONG),
    ("procurement", {"what": ""}, "what", messages.MSG_PROCUREMENT_WHAT),
    ("procurement", {"what": "PC", "cost": -0.01}, "cost", base_messages.MSG_NOT_NEGATIVE),
    ("procurement", {"what": "PC", "cost": "viel"}, "cost", base_messages.MSG_NUMBER),
    ("procurement", {"what": "PC", "status": "lost"}, "status", base_messages.MSG_CHOICE),
    ("procurement", {"what": "PC", "supplier": "s" * 201}, "supplier", base_messages.MSG_TOO_LONG),
    ("training", {"topic": " "}, "topic", messages.MSG_TRAINING_TOPIC),
    ("training", {"topic": "T", "held_on": date(1999, 12, 31)}, "held_on", None),
    ("training", {"topic": "T", "held_on": "2025-01-01"}, "held_on", base_messages.MSG_DATE),
    ("training", {"topic": "T", "participants": -1}, "participants", None),
    ("training", {"topic": "T", "participants": 100_001}, "participants", None),
    ("training", {"topic": "T", "participants": 2.5}, "participants", None),
    ("training", {"topic": "T", "notes": "n" * (TEXT_LEN + 1)}, "notes", None),
    ("risk", {"title": ""}, "title", messages.MSG_RISK_TITLE),
    ("risk", {"title": "R", "likelihood": 0}, "likelihood", messages.MSG_RISK_SCALE),
    ("risk", {"title": "R", "likelihood": RISK_SCALE_MAX + 1}, "likelihood", None),
    ("risk", {"title": "R", "impact": True}, "impact", messages.MSG_RISK_SCALE),
    ("risk", {"title": "R", "impact": "3"}, "impact", messages.MSG_RISK_SCALE),
    ("risk", {"title": "R", "status": "gone"}, "status", base_messages.MSG_CHOICE),
    ("risk", {"title": "R", "owner_id": 9999}, "owner_id", base_messages.MSG_NOT_FOUND),
    ("decision", {"question": ""}, "question", messages.MSG_DECISION_QUESTION),
    ("decision", {"question": "Q", "decided_on": TODAY}, "outcome", messages.MSG_DECISION_OUTCOME),
    (
        "decision",
        {"question": "Q", "decided_on": TODAY, "outcome": "   "},
        "outcome",
        messages.MSG_DECISION_OUTCOME,
    ),
    ("decision", {"question": "Q", "needed_by": date(2100, 1, 1)}, "needed_by", None),
    (
        "pdca",
        {"started_on": date(2025, 2, 1), "ended_on": date(2025, 1, 31)},
        "ended_on",
        messages.MSG_PDCA_DATES,
    ),
    ("pdca", {"plan_notes": "p" * (TEXT_LEN + 1)}, "plan_notes", base_messages.MSG_TOO_LONG),
    ("lesson", {"text": "\n"}, "text", messages.MSG_LESSON_TEXT),
    ("lesson", {"text": "L", "recorded_on": 20250101}, "recorded_on", base_messages.MSG_DATE),
    ("document", {"title": "", "target": "/tmp/a.pdf"}, "title", messages.MSG_DOCUMENT_TITLE),
    ("document", {"title": "Doc"}, "target", messages.MSG_DOCUMENT_TARGET),
    ("document", {"title": "Doc", "target": "  "}, "target", messages.MSG_DOCUMENT_TARGET),
    (
        "document",
        {"title": "Doc", "target": "/a/" + "x" * TARGET_LEN},
        "target",
        base_messages.MSG_TOO_LONG,
    ),
]


@pytest.mark.parametrize(
    ("kind", "values", "field", "message"),
    REFUSED_ADDS,
    ids=[f"{k}-{f}-{i}" for i, (k, _v, f, _m) in enumerate(REFUSED_ADDS)],
)
def test_refused_add_writes_nothing(db, svc, project, kind, values, field, message):
    before = snapshot(db)
    error = raises(svc.add, kind, project, **values)
    assert error.field == field
    if message is not None:
        assert error.message == message
    assert error.render()  # the message can be shown (placeholders filled)
    assert "{" not in error.render()
    assert snapshot(db) == before


def test_risk_scale_message_names_the_maximum(svc, project):
    error = raises(svc.add, "risk", project, title="R", impact=9)
    assert error.render() == f"Please choose a value from 1 to {RISK_SCALE_MAX}."


REFUSED_UPDATES = [
    ("decision", {"question": "Q"}, {"decided_on": TODAY}, "outcome"),
    (
        "decision",
        {"question": "Q", "outcome": "Ja", "decided_on": TODAY},
        {"outcome": ""},
        "outcome",
    ),
    ("pdca", {"started_on": date(2025, 2, 1)}, {"ended_on": date(2025, 1, 1)}, "ended_on"),
    ("pdca", {"ended_on": date(2025, 2, 1)}, {"started_on": date(2025, 3, 1)}, "ended_on"),
    ("risk", {"title": "R"}, {"impact": 6}, "impact"),
    ("procurement", {"what": "PC", "cost": 10}, {"cost": -5}, "cost"),
    ("stakeholder", {"name": "V"}, {"name": ""}, "name"),
    ("document", {"title": "D", "target": "a.pdf"}, {"target": "javascript:alert(1)"}, "target"),
]


@pytest.mark.parametrize(("kind", "initial", "change", "field"), REFUSED_UPDATES)
def test_refused_update_writes_nothing(db, svc, project, kind, initial, change, field):
    # GIVEN a stored record WHEN an update would break a rule (also together with the stored
    # values) THEN it is refused at that field and the record is unchanged
    row = svc.add(kind, project, **initial)
    before = snapshot(db)
    assert raises(svc.update, kind, row.id, **change).field == field
    assert snapshot(db) == before


@pytest.mark.parametrize(
    "target",
    [
        "https://example.org/a.pdf",
        "http://intranet.local:8080/wiki?page=1#top",
        "HTTPS://EXAMPLE.ORG",
        "/home/verein/Konzept.pdf",
        "Konzept.pdf",
        "../Ablage/Konzept v2.docx",
        r"C:\Verein\Ablage\Konzept.docx",
        "D:/Ablage/Plan.xlsx",
        r"\\server\freigabe\Plan.xlsx",
        "~/Dokumente/Notiz.txt",
        "  https://example.org/trimmed  ",
    ],
)
def test_document_targets_accepted(svc, project, target):
    row = svc.add("document", project, title="Doc", target=target)
    assert row.target == target.strip()


@pytest.mark.parametrize(
    "target",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "file:///etc/passwd",
        "mailto:info@verein.de",
        "ftp://example.org/a",
        "vbscript:msgbox",
        "http://",
        "https:///nohost",
        "https://exa mple.org",
        "/tmp/a\x00.pdf",
        "/tmp/a\nb.pdf",
        "https://example.org/\x07",
        "/tmp/\u202etxt.exe",
    ],
)
def test_document_targets_refused(db, svc, project, target):
    before = snapshot(db)
    error = raises(svc.add, "document", project, title="Doc", target=target)
    assert (error.field, error.message) == ("target", messages.MSG_DOCUMENT_TARGET_INVALID)
    assert snapshot(db) == before


# ---- ordering and computed fields -------------------------------------------------------------
def test_risks_highest_score_first_with_owner(svc, project, person):
    low = svc.add("risk", project, title="Klein", likelihood=1, impact=2)
    high = svc.add("risk", project, title="Groß", likelihood=5, impact=4, owner_id=person)
    middle = svc.add("risk", project, title="Mittel", likelihood=3, impact=3)
    assert high.owner_name == "Ada Beispiel"
    risks = svc.records(project).risks
    assert [r.id for r in risks] == [high.id, middle.id, low.id]
    assert [r.score for r in risks] == [20, 9, 2]
    assert risks[0].owner_name == "Ada Beispiel"
    # WHEN the owner is removed THEN the risk has none
    changed = svc.update("risk", high.id, owner_id=None)
    assert (changed.owner_id, changed.owner_name) == (None, "")


def test_decisions_overdue_and_order(svc, project):
    late = svc.add("decision", project, question="Spät", needed_by=date(2025, 6, 1))
    soon = svc.add("decision", project, question="Bald", needed_by=date(2025, 6, 20))
    undated = svc.add("decision", project, question="Offen")
    due_today = svc.add("decision", project, question="Heute", needed_by=TODAY)
    done = svc.add(
        "decision",
        project,
        question="Erledigt",
        needed_by=date(2025, 1, 1),
        outcome="Ja",
        decided_on=date(2025, 1, 2),
    )
    rows = svc.records(project, today=TODAY).decisions
    # open first by date needed (undated last among open), decided ones after
    assert [r.id for r in rows] == [late.id, due_today.id, soon.id, undated.id, done.id]
    overdue = {r.id: r.overdue for r in rows}
    assert overdue == {
        late.id: True,
        due_today.id: False,
        soon.id: False,
        undated.id: False,
        done.id: False,
    }
    # a day later the one due today is overdue as well
    later = svc.records(project, today=date(2025, 6, 16)).decisions
    assert {r.id for r in later if r.overdue} == {late.id, due_today.id}


def test_unsettled_risks_across_measures(db, svc, project, person):
    projects = ProjectService(db)
    other = projects.create_project("Zweite Maßnahme").id
    gone = projects.create_project("Gelöscht").id
    high = svc.add("risk", project, title="Hoch", likelihood=4, impact=4, owner_id=person)
    occurred = svc.add(
        "risk", other, title="Eingetreten", likelihood=5, impact=5, status="occurred"
    )
    low = svc.add("risk", other, title="Niedrig", likelihood=1, impact=3)
    svc.add("risk", project, title="Gemindert", likelihood=5, impact=5, status="mitigated")
    svc.add("risk", project, title="Erledigt", likelihood=5, impact=5, status="closed")
    deleted = svc.add("risk", project, title="Im Papierkorb", likelihood=5, impact=4)
    svc.delete("risk", deleted.id)
    svc.add("risk", gone, title="Maßnahme im Papierkorb", likelihood=5, impact=5)
    projects.delete_project(gone)
    # open and occurred risks of live measures, highest score first, with their owner
    risks = svc.unsettled_risks()
    assert [(r.id, r.score) for r in risks] == [(occurred.id, 25), (high.id, 16), (low.id, 3)]
    assert risks[1].owner_name == "Ada Beispiel"
    assert [r.id for r in svc.unsettled_risks(min_score=16)] == [occurred.id, high.id]


def test_open_decisions_across_measures(db, svc, project):
    projects = ProjectService(db)
    other = projects.create_project("Zweite Maßnahme").id
    gone = projects.create_project("Gelöscht").id
    late = svc.add("decision", other, question="Spät", needed_by=date(2025, 6, 1))
    undated = svc.add("decision", project, question="Offen")
    soon = svc.add("decision", project, question="Bald", needed_by=date(2025, 6, 20))
    svc.add("decision", project, question="Entschieden", outcome="Ja", decided_on=TODAY)
    svc.add("decision", gone, question="Maßnahme im Papierkorb", needed_by=date(2025, 1, 1))
    projects.delete_project(gone)
    rows = svc.open_decisions(today=TODAY)
    assert [r.id for r in rows] == [late.id, soon.id, undated.id]
    assert [r.overdue for r in rows] == [True, False, False]
    assert {r.project_id for r in rows} == {project, other}


def test_reads_across_measures_take_one_statement_each(db, svc):
    projects = ProjectService(db)
    counts = []
    for n in (1, 10):
        for _ in range(n):
            project_id = projects.create_project("Maßnahme").id
            svc.add("risk", project_id, title="Risiko", likelihood=3, impact=4)
            svc.add("decision", project_id, question="Frage?")
        with statements(db) as seen:
            assert len(svc.unsettled_risks()) == len(svc.open_decisions(today=TODAY))
        counts.append(len(seen))
    assert counts == [2, 2]


def test_policy_checks_default_and_upsert(db, svc, project):
    checks = svc.records(project).policy_checks
    assert [c.kind for c in checks] == list(POLICY_CHECK_KINDS)
    assert all((c.status, c.dpia_needed, c.evidence) == ("open", None, "") for c in checks)
    # WHEN a check is set for the first time THEN a row is created
    row = svc.set_policy_check(project, "data_protection", status="in_progress", dpia_needed=True)
    assert row == PolicyCheckRow(project, "data_protection", "in_progress", True, "")
    # WHEN it is set again THEN the same row changes, the untouched fields stay
    row = svc.set_policy_check(project, "data_protection", evidence=" VVT Eintrag 7 ")
    assert row == PolicyCheckRow(project, "data_protection", "in_progress", True, "VVT Eintrag 7")
    assert count(db, PolicyCheck) == 1
    row = svc.set_policy_check(project, "data_protection", status="done", dpia_needed=None)
    assert (row.status, row.dpia_needed) == ("done", None)
    svc.set_policy_check(project, "accessibility", status="not_needed")
    checks = svc.records(project).policy_checks
    assert [c.status for c in checks] == ["not_needed", "open", "done", "open", "open"]
    assert count(db, PolicyCheck) == 2


@pytest.mark.parametrize("kind", [k for k in POLICY_CHECK_KINDS if k != "data_protection"])
@pytest.mark.parametrize("dpia", [True, False])
def test_dpia_only_for_data_protection(db, svc, project, kind, dpia):
    before = snapshot(db)
    error = raises(svc.set_policy_check, project, kind, status="done", dpia_needed=dpia)
    assert (error.field, error.message) == ("dpia_needed", messages.MSG_DPIA_ONLY_DATA_PROTECTION)
    assert snapshot(db) == before
    # None is always fine
    assert svc.set_policy_check(project, kind, dpia_needed=None).dpia_needed is None


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"status": "maybe"}, "status"),
        ({"dpia_needed": "yes"}, "dpia_needed"),
        ({"dpia_needed": 1}, "dpia_needed"),
        ({"evidence": "e" * (TEXT_LEN + 1)}, "evidence"),
    ],
)
def test_refused_policy_check_writes_nothing(db, svc, project, values, field):
    svc.set_policy_check(project, "data_protection", status="in_progress")
    before = snapshot(db)
    assert raises(svc.set_policy_check, project, "data_protection", **values).field == field
    assert snapshot(db) == before


# ---- PDCA numbering ---------------------------------------------------------------------------
def current_cycle(db: Database, project_id: int) -> int:
    with db.sessions() as session:
        return session.get(Project, project_id).current_pdca_cycle


def test_pdca_numbers_and_current_cycle(db, svc, project):
    first, second, third = (svc.add("pdca", project) for _ in range(3))
    assert [first.number, second.number, third.number] == [1, 2, 3]
    assert current_cycle(db, project) == 3
    assert svc.records(project).current_pdca_cycle == 3
    # WHEN the running cycle is deleted THEN the one before runs; numbers are never reused
    batch = svc.delete("pdca", third.id)
    assert current_cycle(db, project) == 2
    fourth = svc.add("pdca", project)
    assert fourth.number == 4
    assert current_cycle(db, project) == 4
    # WHEN an older cycle is deleted THEN nothing else changes
    svc.delete("pdca", second.id)
    assert [c.number for c in svc.records(project).pdca] == [1, 4]
    assert current_cycle(db, project) == 4
    # WHEN the third cycle comes back THEN it keeps its number; cycle 4 still runs
    assert svc.restore(batch) == 1
    assert [c.number for c in svc.records(project).pdca] == [1, 3, 4]
    assert current_cycle(db, project) == 4


def test_pdca_restore_of_the_running_cycle(db, svc, project):
    svc.add("pdca", project)
    last = svc.add("pdca", project)
    batch = svc.delete("pdca", last.id)
    assert current_cycle(db, project) == 1
    svc.restore(batch)
    assert current_cycle(db, project) == 2
    only = svc.records(project).pdca
    assert [c.number for c in only] == [1, 2]


def test_pdca_restore_from_the_trash_dialog_follows_the_same_rule(db, svc, project):
    from digiwandel.services.trash import TrashService

    svc.add("pdca", project)
    last = svc.add("pdca", project)
    batch = svc.delete("pdca", last.id)
    assert current_cycle(db, project) == 1
    assert TrashService(db).restore(batch) == 1
    assert current_cycle(db, project) == 2, "the newest cycle runs again"


def test_pdca_numbers_are_per_project(db, svc, project):
    other = ProjectService(db).create_project("Zweites").id
    svc.add("pdca", project)
    svc.add("pdca", project)
    assert svc.add("pdca", other).number == 1


# ---- success metrics --------------------------------------------------------------------------
def test_metric_crud_and_measurements_in_records(db, svc, project, person):
    strategy = StrategyService(db)
    metric = svc.add_metric(
        project,
        "  Nutzungsquote ",
        unit="%",
        baseline_value=10,
        target_value=60,
        owner_id=person,
    )
    assert isinstance(metric, IndicatorRow)
    assert (metric.name, metric.unit, metric.goal_id) == ("Nutzungsquote", "%", None)
    assert (metric.owner_name, metric.measurement_count, metric.progress) == (
        "Ada Beispiel",
        0,
        None,
    )
    with db.sessions() as session:
        assert session.get(Indicator, metric.id).project_id == project
    # Measurements are recorded with the strategy service and show up here, oldest first
    second = strategy.add_measurement(metric.id, date(2025, 4, 1), 35)
    first = strategy.add_measurement(metric.id, date(2025, 1, 1), 20)
    records = svc.records(project)
    assert [m.id for m in records.metrics] == [metric.id]
    assert records.measurements == {metric.id: (first, second)}
    assert records.metrics[0].current_value == 35
    assert records.metrics[0].progress == pytest.approx(50.0)
    # WHEN the metric changes THEN the rules between fields are checked on the result
    changed = svc.update_metric(metric.id, target_value=110)
    assert changed.progress == pytest.approx(25.0)
    assert changed.measurement_count == 2
    # WHEN it is deleted THEN it and its measurements disappear from the records
    batch = svc.delete_metric(metric.id)
    records = svc.records(project)
    assert (records.metrics, records.measurements) == ((), {})
    assert raises(svc.update_metric, metric.id, name="x").message == base_messages.MSG_NOT_FOUND
    assert raises(svc.delete_metric, metric.id).message == base_messages.MSG_NOT_FOUND
    assert svc.restore(batch) == 1
    assert svc.records(project).measurements == {metric.id: (first, second)}


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"name": " "}, "name", strategy_messages.MSG_INDICATOR_NAME),
        (
            {"name": "M", "baseline_value": 5, "target_value": 5},
            "target_value",
            strategy_messages.MSG_TARGET_EQUALS_BASELINE,
        ),
        ({"name": "M", "direction": "range"}, "range_low", strategy_messages.MSG_RANGE_MISSING),
        ({"name": "M", "kind": "colour"}, "kind", base_messages.MSG_CHOICE),
        ({"name": "M", "owner_id": 9999}, "owner_id", base_messages.MSG_NOT_FOUND),
    ],
)
def test_refused_metric_writes_nothing(db, svc, project, values, field, message):
    before = snapshot(db)
    values = dict(values)
    error = raises(svc.add_metric, project, values.pop("name"), **values)
    assert (error.field, error.message) == (field, message)
    assert snapshot(db) == before


def test_refused_metric_update_writes_nothing(db, svc, project):
    metric = svc.add_metric(project, "Quote", baseline_value=10, target_value=20)
    StrategyService(db).add_measurement(metric.id, date(2025, 1, 1), 15)
    before = snapshot(db)
    assert raises(svc.update_metric, metric.id, target_value=5).field == "target_value"
    error = raises(svc.update_metric, metric.id, kind="boolean")
    assert (error.field, error.message) == ("kind", strategy_messages.MSG_YES_NO_VALUE)
    assert raises(svc.update_metric, metric.id, owner_id=9999).field == "owner_id"
    assert snapshot(db) == before


def test_goal_indicators_are_not_metrics(db, svc, project):
    strategy = StrategyService(db)
    version = strategy.create_first("Strategie 2025")
    goal = strategy.create_goal(version.id, "Digitale Beratung")
    indicator = strategy.create_indicator(goal.id, "Beratungen online")
    before = snapshot(db)
    assert raises(svc.update_metric, indicator.id, name="x").message == base_messages.MSG_NOT_FOUND
    assert raises(svc.delete_metric, indicator.id).message == base_messages.MSG_NOT_FOUND
    assert raises(svc.update_metric, 9999, name="x").message == base_messages.MSG_NOT_FOUND
    assert snapshot(db) == before
    assert svc.records(project).metrics == ()


# ---- a project in the trash -------------------------------------------------------------------
def test_records_of_a_trashed_project_are_not_found(db, svc, project):
    rows = {kind: svc.add(kind, project, **CASES[kind][0]) for kind in RECORD_KINDS}
    metric = svc.add_metric(project, "Quote")
    ProjectService(db).delete_project(project)
    before = snapshot(db)
    not_found = base_messages.MSG_NOT_FOUND
    assert raises(svc.records, project).message == not_found
    for kind, row in rows.items():
        assert raises(svc.add, kind, project, **CASES[kind][0]).message == not_found
        assert raises(svc.update, kind, row.id, **CASES[kind][1]).message == not_found
        assert raises(svc.delete, kind, row.id).message == not_found
    assert raises(svc.set_policy_check, project, "ethics", status="done").message == not_found
    assert raises(svc.add_metric, project, "Neu").message == not_found
    assert raises(svc.update_metric, metric.id, name="Neu").message == not_found
    assert raises(svc.delete_metric, metric.id).message == not_found
    assert raises(svc.records, 9999).message == not_found
    assert snapshot(db) == before


def test_records_of_other_projects_stay_apart(db, svc, project):
    other = ProjectService(db).create_project("Anderes").id
    svc.add("stakeholder", project, name="Hier")
    svc.add("stakeholder", other, name="Dort")
    svc.set_policy_check(other, "ethics", status="done")
    mine = svc.records(project)
    assert isinstance(mine, ProjectRecords)
    assert [s.name for s in mine.stakeholders] == ["Hier"]
    assert mine.policy_checks[POLICY_CHECK_KINDS.index("ethics")].status == "open"


# ---- statement counts -------------------------------------------------------------------------
def _fill(db: Database, svc: ProjectRecordService, project_id: int, n: int, person: int) -> None:
    strategy = StrategyService(db)
    for i in range(n):
        for kind in RECORD_KINDS:
            values = dict(CASES[kind][0])
            if kind == "risk":
                values["owner_id"] = person
            svc.add(kind, project_id, **values)
        metric = svc.add_metric(project_id, f"Kennzahl {i}", owner_id=person)
        strategy.add_measurement(metric.id, date(2025, 1, 1), i)
        strategy.add_measurement(metric.id, date(2025, 2, 1), i + 1)
    for kind in POLICY_CHECK_KINDS[: min(n, len(POLICY_CHECK_KINDS))]:
        svc.set_policy_check(project_id, kind, status="done")


def test_records_statement_count_is_constant(db, svc, person):
    projects = ProjectService(db)
    small, large = projects.create_project("Klein").id, projects.create_project("Groß").id
    _fill(db, svc, small, 1, person)
    _fill(db, svc, large, 20, person)
    counts = []
    for project_id, n in ((small, 1), (large, 20)):
        with statements(db) as seen:
            records = svc.records(project_id, today=TODAY)
        assert len(records.stakeholders) == len(records.risks) == len(records.metrics) == n
        assert sum(len(m) for m in records.measurements.values()) == 2 * n
        counts.append(len(seen))
    assert counts[0] == counts[1]
    # the project, one statement per record table, policy checks, metrics, measurements
    assert counts[0] == 12


# ---- properties -------------------------------------------------------------------------------
def test_stored_values_keep_their_invariants(db, svc, project):
    scale = st.one_of(st.integers(-3, 9), st.floats(allow_nan=True), st.booleans(), st.none())
    money = st.one_of(
        st.floats(allow_nan=True, allow_infinity=True),
        st.integers(-(10**12), 10**12),
        st.text(max_size=5),
        st.none(),
    )

    @settings(max_examples=60, deadline=None)
    @given(likelihood=scale, impact=scale, cost=money)
    def check(likelihood, impact, cost) -> None:
        before = snapshot(db)
        try:
            risk = svc.add("risk", project, title="R", likelihood=likelihood, impact=impact)
        except DomainError:
            # GIVEN a refusal THEN nothing was stored
            assert snapshot(db) == before
        else:
            # GIVEN success THEN the score is the product of two values on the scale
            assert 1 <= risk.likelihood <= RISK_SCALE_MAX
            assert 1 <= risk.impact <= RISK_SCALE_MAX
            assert risk.score == risk.likelihood * risk.impact
        before = snapshot(db)
        try:
            item = svc.add("procurement", project, what="X", cost=cost)
        except DomainError:
            assert snapshot(db) == before
        else:
            # GIVEN success THEN a cost is never negative
            assert item.cost >= 0

    check()
    records = svc.records(project)
    assert all(r.score == r.likelihood * r.impact for r in records.risks)
    assert all(p.cost >= 0 for p in records.procurement)

"""TemplateService on a real SQLite file: the built-in templates, measures from templates,
user templates, copies of measures and measures from check findings."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pydantic import ValidationError
from sqlalchemy import func, select

from digiwandel.domain import templates as template_rules
from digiwandel.domain.steps import step_definitions
from digiwandel.model.assessment import DRIVER_KEYS
from digiwandel.model.database import Database
from digiwandel.model.project import (
    BudgetLine,
    ChecklistItem,
    Project,
    ProjectDriver,
    ProjectStep,
    ProjectTemplate,
    Stakeholder,
    Task,
)
from digiwandel.model.strategy import GoalProjectLink, Indicator, Measurement
from digiwandel.services import base as base_messages
from digiwandel.services import projects as project_messages
from digiwandel.services import templates as messages
from digiwandel.services.check import CheckService
from digiwandel.services.errors import DomainError
from digiwandel.services.organisation import OrganisationService
from digiwandel.services.projects import ProjectService
from digiwandel.services.strategy import StrategyService
from digiwandel.services.templates import TemplateService

ALL_TABLES = (
    Project,
    ProjectDriver,
    ProjectStep,
    ChecklistItem,
    Task,
    BudgetLine,
    Indicator,
    Stakeholder,
    GoalProjectLink,
    ProjectTemplate,
)


def count(db: Database, cls, *where) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(cls).where(*where))


def counts(db: Database) -> dict:
    return {cls.__name__: count(db, cls) for cls in ALL_TABLES}


def raises(call, *args, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as info:
        call(*args, **kwargs)
    return info.value


def default_texts(number: int, lang: str = "de") -> list[str]:
    return [entry[lang] for entry in step_definitions()[number - 1]["checklist"]]


@pytest.fixture
def svc(db: Database) -> TemplateService:
    return TemplateService(db)


@pytest.fixture
def projects(db: Database) -> ProjectService:
    return ProjectService(db)


@pytest.fixture
def person(db: Database) -> int:
    return OrganisationService(db).create_person("Ada Beispiel").id


@pytest.fixture
def goal(db: Database) -> int:
    strategy = StrategyService(db)
    version = strategy.create_first("Digitalstrategie 2025–2027")
    return strategy.create_goal(version.id, "Beratung digital erreichbar machen").id


# ---- the template files -----------------------------------------------------------------------
def test_all_four_builtin_templates_load_and_are_complete():
    templates = template_rules.builtin_templates()
    assert [t.key for t in templates] == list(template_rules.BUILTIN_KEYS)
    assert len(templates) == 4
    for t in templates:
        assert set(t.drivers) <= set(DRIVER_KEYS)
        for lang in ("de", "en"):
            assert t.title.get(lang) and t.description.get(lang) and t.target_group.get(lang)
        # at least two entries for most of the 12 steps
        assert sum(1 for entries in t.steps.values() if len(entries) >= 2) >= 9
        assert t.task_list("de") and t.metrics and t.budget
        assert any(milestone for _n, _t, milestone in t.task_list("de"))
        german = json.dumps(t.model_dump(), ensure_ascii=False)
        assert "Datenschutz" in german and "Mitarbeitervertretung" in german


@pytest.mark.parametrize(
    "change",
    [
        {"surprise": 1},  # extra key
        {"steps": {"13": [{"de": "a", "en": "b"}]}},
        {"steps": {"0": [{"de": "a", "en": "b"}]}},
        {"steps": {"1": [{"de": "a", "en": " "}]}},
        {"drivers": ["teleportation"]},
        {"drivers": ["cloud", "cloud"]},
        {"description": {"de": "", "en": "x"}},
        {"budget": [{"category": {"de": "a", "en": "a"}, "planned": -1}]},
        {"budget": [{"category": {"de": "a", "en": "a"}, "planned": True}]},
        {"metrics": [{"name": {"de": "a", "en": "a"}, "unit": "%", "direction": "up"}]},
        {"tasks": {"3": [{"title": {"de": "a"}, "milestone": False}]}},
    ],
)
def test_builtin_schema_refuses_broken_files(change):
    raw = json.loads(template_rules.template_path("duty_rota").read_text(encoding="utf-8"))
    raw.update(change)
    with pytest.raises(ValidationError):
        template_rules.BuiltinTemplate.model_validate(raw)


def test_list_templates_builtins_first_in_service_language(db):
    rows = TemplateService(db).list_templates()
    assert [r.key for r in rows] == list(template_rules.BUILTIN_KEYS)
    assert rows[0].title == "Fachsoftware einführen"
    assert all(r.builtin and r.checklist_count > 0 and r.description for r in rows)
    english = TemplateService(db, lang="en").list_templates()
    assert english[0].title == "Introduce specialist software"
    assert english[2].title == "Introduce a digital duty rota"


# ---- create from template ---------------------------------------------------------------------
@pytest.mark.parametrize("key", template_rules.BUILTIN_KEYS)
def test_each_builtin_template_creates_a_full_measure(db, svc, key):
    template = template_rules.builtin_template(key)
    project = svc.create_from_template(key)
    assert project.template_key == key
    assert project.title == template.title.de
    assert project.description == template.description.de
    assert project.target_group == template.target_group.de
    assert project.drivers == tuple(template.drivers)
    assert project.status == "planned" and project.light == "green"
    extra = template.checklist("de")
    for step in project.steps:
        texts = [item.text for item in step.checklist]
        defaults = default_texts(step.number)
        assert texts == defaults + extra.get(step.number, [])
        assert all(not item.done for item in step.checklist)
    tasks = [(t.step_number, t.title, t.is_milestone) for s in project.steps for t in s.tasks]
    assert tasks == template.task_list("de")
    assert all(not t.done and t.due_on is None for s in project.steps for t in s.tasks)
    assert [(b.category, b.planned, b.actual) for b in project.budget_lines] == [
        (line.category.de, line.planned, None) for line in template.budget
    ]
    assert project.budget_planned == sum(line.planned for line in template.budget)
    with db.sessions() as session:
        metrics = session.execute(
            select(Indicator.name, Indicator.unit, Indicator.direction, Indicator.kind)
            .where(Indicator.project_id == project.id)
            .order_by(Indicator.id)
        ).all()
    assert [tuple(m) for m in metrics] == [
        (m.name.de, m.unit, m.direction, "number") for m in template.metrics
    ]


def test_create_from_template_in_english_with_own_fields(db, person):
    svc = TemplateService(db, lang="en")
    project = svc.create_from_template(
        "online_counselling",
        title="Chat counselling",
        owner_id=person,
        starts_on=date(2025, 9, 1),
        ends_on=date(2026, 8, 31),
    )
    template = template_rules.builtin_template("online_counselling")
    assert project.title == "Chat counselling"
    assert project.owner_id == person and project.starts_on == date(2025, 9, 1)
    assert project.description == template.description.en
    assert project.steps[0].title == "Clarify needs and set goals"
    assert [c.text for c in project.steps[7].checklist] == (
        default_texts(8, "en") + template.checklist("en")[8]
    )
    assert project.budget_lines[0].category == "Platform licence (first year)"
    assert project.steps[5].tasks[0].title == "Launch online counselling in the pilot"


@pytest.mark.parametrize(
    ("kwargs", "message", "field"),
    [
        ({"key": "teleportation"}, messages.MSG_UNKNOWN_TEMPLATE, "template"),
        ({"key": ""}, messages.MSG_UNKNOWN_TEMPLATE, "template"),
        ({"key": "duty_rota", "title": " "}, project_messages.MSG_PROJECT_TITLE, "title"),
        ({"key": "duty_rota", "title": "x" * 201}, base_messages.MSG_TOO_LONG, "title"),
        ({"key": "duty_rota", "owner_id": 999}, base_messages.MSG_NOT_FOUND, "owner_id"),
        (
            {"key": "duty_rota", "starts_on": date(2025, 5, 1), "ends_on": date(2025, 4, 1)},
            project_messages.MSG_PROJECT_DATES,
            "ends_on",
        ),
    ],
)
def test_create_from_template_refused_writes_nothing(db, svc, kwargs, message, field):
    before = counts(db)
    error = raises(svc.create_from_template, **kwargs)
    assert (error.message, error.field) == (message, field)
    assert counts(db) == before


# ---- user templates ---------------------------------------------------------------------------
def _customised_project(db, svc, projects) -> int:
    project = svc.create_from_template("cloud_office")
    projects.add_checklist_item(project.id, 4, "Namenskonvention für Teamräume festgelegt")
    projects.add_checklist_item(project.id, 12, "Abschlussbericht an den Vorstand")
    projects.add_task(project.id, 9, "Umfrage im Team auswerten", is_milestone=True)
    projects.add_budget_line(project.id, "Beratung durch Dienstleister", planned=750.5)
    return project.id


def test_save_as_template_round_trip(db, svc, projects):
    project_id = _customised_project(db, svc, projects)
    original = projects.get_project(project_id)
    row = svc.save_as_template(project_id, "  Unser Cloud-Umzug ")
    assert row.key.startswith("user-") and len(row.key) == len("user-") + 12
    assert (row.title, row.builtin) == ("Unser Cloud-Umzug", False)
    cloud = template_rules.builtin_template("cloud_office")
    assert row.checklist_count == cloud.checklist_count() + 2
    assert row.description == original.description

    rows = svc.list_templates()
    assert [r.key for r in rows[:4]] == list(template_rules.BUILTIN_KEYS)
    assert rows[4] == row

    copy = svc.create_from_template(row.key, title="Cloud-Umzug Region Süd")
    assert copy.template_key == row.key
    assert copy.drivers == original.drivers
    assert copy.description == original.description
    assert copy.target_group == original.target_group
    for old, new in zip(original.steps, copy.steps, strict=True):
        assert [c.text for c in new.checklist] == [c.text for c in old.checklist]
        assert [(t.title, t.is_milestone) for t in new.tasks] == [
            (t.title, t.is_milestone) for t in old.tasks
        ]
    assert copy.steps[3].checklist[-1].text == "Namenskonvention für Teamräume festgelegt"
    assert copy.steps[8].tasks[-1].title == "Umfrage im Team auswerten"
    assert [(b.category, b.planned) for b in copy.budget_lines] == [
        (b.category, b.planned) for b in original.budget_lines
    ]
    assert count(db, Indicator, Indicator.project_id == copy.id) == len(cloud.metrics)

    # the same user template in English carries the user's texts
    english = TemplateService(db, lang="en").create_from_template(row.key)
    assert english.title == "Unser Cloud-Umzug"
    assert english.steps[3].checklist[-1].text == "Namenskonvention für Teamräume festgelegt"
    # while the steps' own sub-points follow the language of the new measure
    assert english.steps[0].checklist[0].text == default_texts(1, "en")[0]


def test_save_as_template_keeps_only_entries_beyond_the_defaults(db, svc, projects):
    # An English measure whose default sub-points are English: still recognised as defaults.
    project = ProjectService(db, lang="en").create_project("Plain measure")
    projects.add_checklist_item(project.id, 2, "Ask the umbrella association")
    row = svc.save_as_template(project.id, "Plain")
    with db.sessions() as session:
        stored = json.loads(
            session.scalar(select(ProjectTemplate.content).where(ProjectTemplate.key == row.key))
        )
    assert stored["steps"] == {
        "2": [{"de": "Ask the umbrella association", "en": "Ask the umbrella association"}]
    }
    assert stored["tasks"] == {} and stored["budget"] == [] and stored["metrics"] == []
    assert row.checklist_count == 1


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("  ", messages.MSG_TEMPLATE_TITLE),
        ("x" * 201, base_messages.MSG_TOO_LONG),
        ("UNSER CLOUD-UMZUG", messages.MSG_TEMPLATE_TITLE_TAKEN),
    ],
)
def test_save_as_template_title_rules(db, svc, projects, title, message):
    project_id = _customised_project(db, svc, projects)
    svc.save_as_template(project_id, "Unser Cloud-Umzug")
    before = counts(db)
    error = raises(svc.save_as_template, project_id, title)
    assert (error.message, error.field) == (message, "title")
    assert counts(db) == before


def test_builtin_title_may_be_reused_and_missing_project(db, svc, projects):
    project_id = _customised_project(db, svc, projects)
    assert svc.save_as_template(project_id, "Fachsoftware einführen").builtin is False
    error = raises(svc.save_as_template, 9999, "Anders")
    assert error.message == base_messages.MSG_NOT_FOUND


def test_delete_template(db, svc, projects):
    project_id = _customised_project(db, svc, projects)
    row = svc.save_as_template(project_id, "Vorlage")
    made = svc.create_from_template(row.key)
    svc.delete_template(row.key)
    assert count(db, ProjectTemplate) == 0
    assert [r.key for r in svc.list_templates()] == list(template_rules.BUILTIN_KEYS)
    # measures made from it keep everything
    assert projects.get_project(made.id).template_key == row.key
    assert raises(svc.create_from_template, row.key).field == "template"
    assert raises(svc.delete_template, row.key).message == messages.MSG_UNKNOWN_TEMPLATE


def test_delete_builtin_template_refused(svc):
    for key in template_rules.BUILTIN_KEYS:
        error = raises(svc.delete_template, key)
        assert (error.message, error.field) == (messages.MSG_BUILTIN_TEMPLATE, "template")
    assert len(svc.list_templates()) == 4


# ---- duplicate --------------------------------------------------------------------------------
def test_duplicate_copies_plan_but_not_progress(db, svc, projects, person, goal):
    source = svc.create_from_template("duty_rota", owner_id=person, starts_on=date(2025, 1, 1))
    StrategyService(db).link_project(goal, source.id, "Entlastet die Teamleitungen")
    projects.update_project(source.id, status="active", light="amber", light_reason="Verzug")
    projects.update_step(source.id, 6, due_on=date(2025, 6, 30), responsible_id=person)
    projects.set_step_status(source.id, 1, "done")
    projects.set_step_status(source.id, 2, "skipped", "Anbieter steht schon fest")
    projects.toggle_checklist_item(source.steps[0].checklist[0].id, True)
    task = projects.add_task(source.id, 3, "Termin", person, date(2025, 3, 1), True)
    projects.set_task_done(task.id, True, today=date(2025, 2, 1))
    gone = projects.add_task(source.id, 3, "Gelöschte Aufgabe")
    projects.delete_task(gone.id)
    projects.update_budget_line(source.budget_lines[0].id, actual=5000)
    with db.sessions() as session, session.begin():
        session.add(Stakeholder(project_id=source.id, name="Mitarbeitervertretung", kind="staff"))
        indicator = session.scalars(
            select(Indicator).where(Indicator.project_id == source.id).order_by(Indicator.id)
        ).first()
        indicator.target_value = 10
        session.add(Measurement(indicator_id=indicator.id, measured_on=date(2025, 4, 1), value=7))

    copy = svc.duplicate_project(source.id)
    original = projects.get_project(source.id)
    assert copy.id != source.id
    assert copy.title == "Digitalen Dienstplan einführen (Kopie)"
    assert (copy.status, copy.light, copy.light_reason) == ("planned", "green", "")
    assert (copy.owner_id, copy.starts_on) == (person, date(2025, 1, 1))
    assert copy.description == original.description and copy.drivers == original.drivers
    assert copy.goals == original.goals == ((goal, "Beratung digital erreichbar machen"),)
    assert all(step.status == "open" and not step.skip_reason for step in copy.steps)
    assert copy.steps[5].due_on == date(2025, 6, 30)
    assert copy.steps[5].responsible_id == person
    for old, new in zip(original.steps, copy.steps, strict=True):
        assert [c.text for c in new.checklist] == [c.text for c in old.checklist]
        assert not any(c.done for c in new.checklist)
        assert [(t.title, t.due_on, t.responsible_id, t.is_milestone) for t in new.tasks] == [
            (t.title, t.due_on, t.responsible_id, t.is_milestone) for t in old.tasks
        ]
        assert not any(t.done or t.done_on for t in new.tasks)
    assert "Gelöschte Aufgabe" not in [t.title for s in copy.steps for t in s.tasks]
    assert [(b.category, b.planned) for b in copy.budget_lines] == [
        (b.category, b.planned) for b in original.budget_lines
    ]
    assert all(b.actual is None for b in copy.budget_lines) and copy.budget_actual == 0
    assert count(db, Stakeholder, Stakeholder.project_id == copy.id) == 1
    with db.sessions() as session:
        copied = session.scalars(
            select(Indicator).where(Indicator.project_id == copy.id).order_by(Indicator.id)
        ).all()
        assert [i.name for i in copied] == [
            m.name.de for m in template_rules.builtin_template("duty_rota").metrics
        ]
        assert copied[0].target_value == 10
        assert all(not i.measurements for i in copied)
    # the original is untouched
    assert original.steps[0].status == "done" and original.budget_actual == 5000


def test_duplicate_title_rules_and_language(db, svc, projects):
    long = projects.create_project("x" * 200)
    copy = svc.duplicate_project(long.id)
    assert len(copy.title) == 200 and copy.title.endswith(" (Kopie)")
    english = TemplateService(db, lang="en").duplicate_project(long.id, title="Second go")
    assert english.title == "Second go"
    assert TemplateService(db, lang="en").duplicate_project(long.id).title.endswith(" (copy)")
    before = counts(db)
    error = raises(svc.duplicate_project, long.id, title="x" * 201)
    assert (error.message, error.field) == (base_messages.MSG_TOO_LONG, "title")
    assert counts(db) == before


def test_duplicate_of_trashed_project_is_not_found(db, svc, projects):
    project = projects.create_project("Weg damit")
    projects.delete_project(project.id)
    before = counts(db)
    assert raises(svc.duplicate_project, project.id).message == base_messages.MSG_NOT_FOUND
    assert raises(svc.duplicate_project, 9999).message == base_messages.MSG_NOT_FOUND
    assert counts(db) == before


# ---- from a finding ---------------------------------------------------------------------------
def test_create_from_finding_with_goal_and_assessment(db, svc, goal):
    check = CheckService(db)
    assessment = check.create_assessment("Digitalcheck 2025", date(2025, 3, 1)).id
    project = svc.create_from_finding(
        finding_key="finding:silo_thinking",
        assessment_id=assessment,
        title="Bereichsübergreifende Digitalrunde",
        description="Einmal im Monat tauschen sich alle Bereiche aus.",
        goal_id=goal,
        drivers=["online_platforms"],
    )
    assert project.finding_key == "finding:silo_thinking"
    assert project.source_assessment_id == assessment
    assert project.goals == ((goal, "Beratung digital erreichbar machen"),)
    assert project.drivers == ("online_platforms",)
    assert project.description == "Einmal im Monat tauschen sich alle Bereiche aus."
    assert [c.text for c in project.steps[0].checklist] == default_texts(1)

    plain = svc.create_from_finding(
        finding_key="recommendation:communication", assessment_id=None, title="Newsletter"
    )
    assert plain.finding_key == "recommendation:communication"
    assert plain.source_assessment_id is None and plain.goals == ()


@pytest.mark.parametrize(
    ("kwargs", "message", "field"),
    [
        ({"finding_key": "silo_thinking"}, messages.MSG_FINDING_KEY, "finding_key"),
        ({"finding_key": "finding:build_team"}, messages.MSG_FINDING_KEY, "finding_key"),
        ({"finding_key": "recommendation:silo_thinking"}, messages.MSG_FINDING_KEY, "finding_key"),
        ({"finding_key": "finding:"}, messages.MSG_FINDING_KEY, "finding_key"),
        ({"assessment_id": 9999}, base_messages.MSG_NOT_FOUND, "assessment_id"),
        ({"assessment_id": "trashed"}, base_messages.MSG_NOT_FOUND, "assessment_id"),
        ({"goal_id": 9999}, base_messages.MSG_NOT_FOUND, "goal_id"),
        ({"title": ""}, project_messages.MSG_PROJECT_TITLE, "title"),
        ({"drivers": ["teleportation"]}, project_messages.MSG_UNKNOWN_DRIVER, "drivers"),
    ],
)
def test_create_from_finding_refused_writes_nothing(db, svc, goal, kwargs, message, field):
    check = CheckService(db)
    if kwargs.get("assessment_id") == "trashed":
        trashed = check.create_assessment("Alt", date(2024, 1, 1)).id
        check.delete_assessment(trashed)
        kwargs = {**kwargs, "assessment_id": trashed}
    values = {
        "finding_key": "finding:funding_gap",
        "assessment_id": None,
        "title": "Fördermittel erschließen",
        "goal_id": goal,
    } | kwargs
    before = counts(db)
    error = raises(svc.create_from_finding, **values)
    assert (error.message, error.field) == (message, field)
    assert counts(db) == before


def test_create_from_finding_refuses_goal_in_trash(db, svc, goal):
    StrategyService(db).delete_goal(goal)
    before = counts(db)
    error = raises(
        svc.create_from_finding,
        finding_key="finding:one_off",
        assessment_id=None,
        title="Verstetigung",
        goal_id=goal,
    )
    assert (error.message, error.field) == (base_messages.MSG_NOT_FOUND, "goal_id")
    assert counts(db) == before

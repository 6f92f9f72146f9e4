"""Measure templates and other ways to start a measure: from a template, as a copy of an
existing measure, or from a finding or recommendation of the check.

- Built-in templates are files (digiwandel.domain.templates); the user's own templates are
  ProjectTemplate rows whose content has the same shape, with the user's texts under both
  languages.
- Every use case is one transaction, and all input is checked before anything is written.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from digiwandel.domain import steps as step_rules
from digiwandel.domain import templates as template_rules
from digiwandel.domain.catalog_terms import RECOMMENDATION_KEYS
from digiwandel.domain.findings import FINDING_KEYS
from digiwandel.domain.vocabulary import NAME_LEN
from digiwandel.model.assessment import Assessment
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
from digiwandel.model.strategy import GoalProjectLink, Indicator, StrategicGoal
from digiwandel.services.base import MSG_NOT_FOUND, clean_text, find_row, get_or_raise, unit_of_work
from digiwandel.services.errors import QT_TRANSLATE_NOOP, DomainError
from digiwandel.services.projects import ProjectDetail, ProjectService, clean_project
from digiwandel.services.strategy import INDICATOR_FIELDS, MSG_VERSION_ARCHIVED

# ---- messages -------------------------------------------------------------------------------
MSG_UNKNOWN_TEMPLATE = QT_TRANSLATE_NOOP(
    "DomainError", "This template does not exist (any more). Please choose another one."
)
MSG_TEMPLATE_TITLE = QT_TRANSLATE_NOOP("DomainError", "Please enter a name for the template.")
MSG_TEMPLATE_TITLE_TAKEN = QT_TRANSLATE_NOOP(
    "DomainError", "There is already a template called “{title}”. Please choose another name."
)
MSG_BUILTIN_TEMPLATE = QT_TRANSLATE_NOOP(
    "DomainError", "The templates that come with DigiWandel cannot be deleted."
)
MSG_FINDING_KEY = QT_TRANSLATE_NOOP(
    "DomainError", "This finding or recommendation is not known to DigiWandel."
)

FINDING_PREFIX = "finding:"
RECOMMENDATION_PREFIX = "recommendation:"
COPY_SUFFIX = {"de": " (Kopie)", "en": " (copy)"}
# Everything that defines an indicator; its measurements stay behind.
_INDICATOR_COPY = tuple(sorted(INDICATOR_FIELDS))


@dataclass(frozen=True, slots=True)
class TemplateRow:
    key: str
    title: str
    description: str
    builtin: bool
    checklist_count: int


def clean_finding_key(value: object) -> str:
    """'finding:<key>' or 'recommendation:<key>' with a key the check knows."""
    text = value if isinstance(value, str) else ""
    if text.startswith(FINDING_PREFIX) and text[len(FINDING_PREFIX) :] in FINDING_KEYS:
        return text
    rest = text[len(RECOMMENDATION_PREFIX) :]
    if text.startswith(RECOMMENDATION_PREFIX) and rest in RECOMMENDATION_KEYS:
        return text
    raise DomainError(MSG_FINDING_KEY, field="finding_key")


def copy_title(title: str, lang: str) -> str:
    """'<title> (Kopie)' / '<title> (copy)', the original shortened so the result fits."""
    suffix = COPY_SUFFIX.get(lang, COPY_SUFFIX["de"])
    return title[: NAME_LEN - len(suffix)].rstrip() + suffix


class TemplateService:
    def __init__(self, db: Database, lang: str = "de") -> None:
        self.db = db
        self.lang = lang if lang in ("de", "en") else "de"
        self.projects = ProjectService(db, self.lang)

    # ---- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _user_template(session: Session, key: str) -> ProjectTemplate | None:
        if not isinstance(key, str) or not key.isprintable():
            return None
        return session.scalar(select(ProjectTemplate).where(ProjectTemplate.key == key))

    def _content(self, session: Session, key: object) -> template_rules.TemplateContent:
        if not isinstance(key, str) or not key:
            raise DomainError(MSG_UNKNOWN_TEMPLATE, field="template")
        builtin = template_rules.builtin_template(key)
        if builtin is not None:
            return builtin
        row = self._user_template(session, key)
        if row is None:
            raise DomainError(MSG_UNKNOWN_TEMPLATE, field="template")
        try:
            return template_rules.parse_template(row.content)
        except (ValueError, ValidationError):  # damaged content: treat as not usable
            raise DomainError(MSG_UNKNOWN_TEMPLATE, field="template") from None

    def _user_row(self, row: ProjectTemplate) -> TemplateRow:
        title = (row.title_en if self.lang == "en" else row.title_de) or row.title_de
        try:
            content = template_rules.parse_template(row.content)
        except (ValueError, ValidationError):
            return TemplateRow(row.key, title, "", False, 0)
        return TemplateRow(
            key=row.key,
            title=title,
            description=content.description.get(self.lang),
            builtin=False,
            checklist_count=content.checklist_count(),
        )

    @staticmethod
    def _live_goal(session: Session, goal_id: int, field: str = "goal_id") -> StrategicGoal:
        goal = find_row(session, StrategicGoal, goal_id)
        if (
            goal is None
            or goal.deleted_at is not None
            or goal.strategy_version.deleted_at is not None
        ):
            raise DomainError(MSG_NOT_FOUND, field=field)
        if goal.strategy_version.status == "archived":
            raise DomainError(MSG_VERSION_ARCHIVED, field=field)
        return goal

    # ---- templates ----------------------------------------------------------------------------
    def list_templates(self) -> list[TemplateRow]:
        """Built-in templates first (in their fixed order), then the user's own by title."""
        rows = [
            TemplateRow(
                key=t.key,
                title=t.title.get(self.lang),
                description=t.description.get(self.lang),
                builtin=True,
                checklist_count=t.checklist_count(),
            )
            for t in template_rules.builtin_templates()
        ]
        with unit_of_work(self.db) as session:
            own = [
                self._user_row(row)
                for row in session.scalars(
                    select(ProjectTemplate).where(ProjectTemplate.is_builtin.is_(False))
                )
            ]
        own.sort(key=lambda r: (r.title.casefold(), r.key))
        return rows + own

    def create_from_template(
        self,
        key: str,
        title: str | None = None,
        owner_id: int | None = None,
        starts_on: date | None = None,
        ends_on: date | None = None,
    ) -> ProjectDetail:
        """A new measure with the template's texts, drivers, extra checklist entries, tasks,
        budget lines and success metrics; one transaction."""
        lang = self.lang
        with unit_of_work(self.db) as session:
            content = self._content(session, key)
            values = clean_project(
                session,
                {
                    "title": content.title.get(lang) if title is None else title,
                    "description": content.description.get(lang),
                    "target_group": content.target_group.get(lang),
                    "owner_id": owner_id,
                    "starts_on": starts_on,
                    "ends_on": ends_on,
                    "status": "planned",
                    "light": "green",
                    "light_reason": "",
                    "drivers": list(content.drivers),
                },
            )
            project = self.projects.build_project(session, values, content.checklist(lang))
            project.template_key = key
            step_ids = {step.number: step.id for step in project.steps}
            session.add_all(
                Task(step_id=step_ids[number], title=task_title, is_milestone=milestone)
                for number, task_title, milestone in content.task_list(lang)
            )
            session.add_all(
                BudgetLine(
                    project_id=project.id,
                    category=line.category.get(lang),
                    planned=round(line.planned, 2),
                )
                for line in content.budget
            )
            session.add_all(
                Indicator(
                    project_id=project.id,
                    name=metric.name.get(lang),
                    unit=metric.unit,
                    direction=metric.direction,
                    kind="number",
                )
                for metric in content.metrics
            )
            project_id = project.id
        return self.projects.get_project(project_id)

    def save_as_template(self, project_id: int, title: str) -> TemplateRow:
        """Keep a measure's own content as a template: texts, drivers, the checklist entries
        beyond the steps' own sub-points, tasks, budget lines and metrics."""
        name = clean_text(title, field="title", limit=NAME_LEN, required=MSG_TEMPLATE_TITLE)
        with unit_of_work(self.db) as session:
            project = get_or_raise(session, Project, project_id)
            taken = {
                t.casefold()
                for t in session.scalars(
                    select(ProjectTemplate.title_de).where(ProjectTemplate.is_builtin.is_(False))
                )
            }
            if name.casefold() in taken:
                raise DomainError(MSG_TEMPLATE_TITLE_TAKEN, field="title", title=name)

            def both(text: str) -> dict:
                return {"de": text, "en": text}

            defaults = {
                d["number"]: {entry[lang] for entry in d["checklist"] for lang in ("de", "en")}
                for d in step_rules.step_definitions()
            }
            steps: dict[str, list] = {}
            tasks: dict[str, list] = {}
            for step in project.steps:  # ordered by number; items by position, tasks by id
                entries = [
                    both(item.text)
                    for item in step.checklist_items
                    if not item.from_template or item.text not in defaults.get(step.number, ())
                ]
                if entries:
                    steps[str(step.number)] = entries
                step_tasks = [
                    {"title": both(task.title), "milestone": task.is_milestone}
                    for task in step.tasks
                    if task.deleted_at is None
                ]
                if step_tasks:
                    tasks[str(step.number)] = step_tasks
            content = {
                "key": f"{template_rules.USER_KEY_PREFIX}{uuid.uuid4().hex[:12]}",
                "title": both(name),
                "description": both(project.description),
                "target_group": both(project.target_group),
                "drivers": [d.driver_key for d in sorted(project.drivers, key=lambda d: d.id)],
                "steps": steps,
                "tasks": tasks,
                "metrics": [
                    {"name": both(ind.name), "unit": ind.unit, "direction": ind.direction}
                    for ind in sorted(project.indicators, key=lambda i: i.id)
                    if ind.deleted_at is None
                ],
                "budget": [
                    {"category": both(line.category), "planned": float(line.planned or 0)}
                    for line in sorted(project.budget_lines, key=lambda b: b.id)
                    if line.deleted_at is None
                ],
            }
            checked = template_rules.parse_template(content)  # what is stored can be read back
            row = ProjectTemplate(
                key=checked.key,
                title_de=name,
                title_en=name,
                content=json.dumps(content, ensure_ascii=False),
                is_builtin=False,
            )
            session.add(row)
            session.flush()
            return self._user_row(row)

    def delete_template(self, key: str) -> None:
        """Delete one of the user's templates; measures made from it keep everything."""
        with unit_of_work(self.db) as session:
            if template_rules.builtin_template(key) is not None:
                raise DomainError(MSG_BUILTIN_TEMPLATE, field="template")
            row = self._user_template(session, key)
            if row is None:
                raise DomainError(MSG_UNKNOWN_TEMPLATE, field="template")
            if row.is_builtin:
                raise DomainError(MSG_BUILTIN_TEMPLATE, field="template")
            session.delete(row)

    # ---- copies -------------------------------------------------------------------------------
    def duplicate_project(self, project_id: int, title: str | None = None) -> ProjectDetail:
        """A fresh copy of a measure: its fields, drivers, goal links, checklists, tasks,
        budget plan, stakeholders and metrics. Nothing is done yet in the copy: all steps are
        open, no entry or task is ticked off, no actual costs and no measurements; the status
        is "planned" with a green light. One transaction."""
        with unit_of_work(self.db) as session:
            source = get_or_raise(session, Project, project_id)
            values = clean_project(
                session,
                {
                    "title": copy_title(source.title, self.lang) if title is None else title,
                    "description": source.description,
                    "target_group": source.target_group,
                    "owner_id": source.owner_id,
                    "starts_on": source.starts_on,
                    "ends_on": source.ends_on,
                    "status": "planned",
                    "light": "green",
                    "light_reason": "",
                    "drivers": [d.driver_key for d in sorted(source.drivers, key=lambda d: d.id)],
                },
            )
            driver_keys = values.pop("drivers")
            copy = Project(**values, template_key=source.template_key)
            copy.drivers = [ProjectDriver(driver_key=key) for key in driver_keys]
            for step in source.steps:
                new_step = ProjectStep(
                    number=step.number,
                    status="open",
                    responsible_id=step.responsible_id,
                    starts_on=step.starts_on,
                    due_on=step.due_on,
                )
                new_step.checklist_items = [
                    ChecklistItem(
                        position=item.position,
                        text=item.text,
                        done=False,
                        from_template=item.from_template,
                    )
                    for item in step.checklist_items
                ]
                new_step.tasks = [
                    Task(
                        title=task.title,
                        responsible_id=task.responsible_id,
                        due_on=task.due_on,
                        is_milestone=task.is_milestone,
                        done=False,
                        done_on=None,
                    )
                    for task in step.tasks
                    if task.deleted_at is None
                ]
                copy.steps.append(new_step)
            copy.budget_lines = [
                BudgetLine(
                    category=line.category,
                    funding_source=line.funding_source,
                    planned=line.planned,
                    actual=None,
                    note=line.note,
                )
                for line in sorted(source.budget_lines, key=lambda b: b.id)
                if line.deleted_at is None
            ]
            copy.stakeholders = [
                Stakeholder(name=s.name, kind=s.kind, involvement=s.involvement, contact=s.contact)
                for s in sorted(source.stakeholders, key=lambda s: s.id)
                if s.deleted_at is None
            ]
            copy.indicators = [
                Indicator(**{name: getattr(ind, name) for name in _INDICATOR_COPY})
                for ind in sorted(source.indicators, key=lambda i: i.id)
                if ind.deleted_at is None
            ]
            copy.goal_links = [
                GoalProjectLink(goal_id=link.goal_id, contribution=link.contribution)
                for link in sorted(source.goal_links, key=lambda g: g.id)
                if link.goal.deleted_at is None
                and link.goal.strategy_version.deleted_at is None
                and link.goal.strategy_version.status != "archived"
            ]
            session.add(copy)
            session.flush()
            new_id = copy.id
        return self.projects.get_project(new_id)

    # ---- from the check -----------------------------------------------------------------------
    def create_from_finding(
        self,
        *,
        finding_key: str,
        assessment_id: int | None,
        title: str,
        description: str = "",
        goal_id: int | None = None,
        drivers=(),
        owner_id: int | None = None,
        starts_on: date | None = None,
        ends_on: date | None = None,
    ) -> ProjectDetail:
        """A measure that answers a finding or recommendation of a check, optionally serving a
        strategic goal; one transaction."""
        with unit_of_work(self.db) as session:
            values = clean_project(
                session,
                {
                    "title": title,
                    "description": description,
                    "target_group": "",
                    "owner_id": owner_id,
                    "starts_on": starts_on,
                    "ends_on": ends_on,
                    "status": "planned",
                    "light": "green",
                    "light_reason": "",
                    "drivers": drivers,
                },
            )
            key = clean_finding_key(finding_key)
            if assessment_id is not None:
                assessment = find_row(session, Assessment, assessment_id)
                if assessment is None or assessment.deleted_at is not None:
                    raise DomainError(MSG_NOT_FOUND, field="assessment_id")
            goal = None if goal_id is None else self._live_goal(session, goal_id)
            project = self.projects.build_project(session, values)
            project.finding_key = key
            project.source_assessment_id = assessment_id
            if goal is not None:
                session.add(GoalProjectLink(goal_id=goal.id, project_id=project.id))
            project_id = project.id
        return self.projects.get_project(project_id)

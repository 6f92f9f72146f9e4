"""Project tracker: measures (Digitalisierungsmaßnahmen), their 12 steps with checklists and
tasks, and budget lines (DESIGN 2.4).

Rules that hold for every use case here:

- Every edit is one transaction. All input is checked before anything is written, so a
  refused edit leaves the database exactly as it was.
- A project is created with its 12 steps; each step gets the checklist of steps.json in the
  service's language. Steps are never deleted alone.
- The steps build on each other, but the order is only advised: setting a step status returns
  warnings (digiwandel.domain.steps) and never blocks.
- Lists and the project detail load in a constant number of SQL statements.
- Deleting goes to the trash (one batch id per user action); `restore` brings it back.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from digiwandel.domain import steps as step_rules
from digiwandel.domain.vocabulary import (
    DRIVER_KEYS,
    NAME_LEN,
    POLICY_CHECK_KINDS,
    PROJECT_STATUSES,
    STEP_COUNT,
    STEP_STATUSES,
    TEXT_LEN,
    TRAFFIC_LIGHTS,
)
from digiwandel.model.base import utcnow
from digiwandel.model.database import Database
from digiwandel.model.organisation import Person
from digiwandel.model.project import (
    BudgetLine,
    ChecklistItem,
    PolicyCheck,
    Project,
    ProjectDriver,
    ProjectStep,
    Task,
)
from digiwandel.model.strategy import (
    GoalProjectLink,
    Indicator,
    Measurement,
    StrategicGoal,
    StrategyVersion,
)
from digiwandel.services.base import (
    MSG_NOT_FOUND,
    MSG_NOT_NEGATIVE,
    MSG_NUMBER,
    check_fields,
    check_version,
    checked_text,
    clean_choice,
    clean_date,
    clean_int,
    clean_number,
    clean_text,
    clean_today,
    get_or_raise,
    live_ref,
    row_id,
    unit_of_work,
)
from digiwandel.services.errors import QT_TRANSLATE_NOOP, DomainError
from digiwandel.services.overview import OverviewService, PortfolioCounts
from digiwandel.services.trash import move_to_trash, restore_batch

# ---- messages -------------------------------------------------------------------------------
MSG_PROJECT_TITLE = QT_TRANSLATE_NOOP("DomainError", "Please enter a title for the measure.")
MSG_PROJECT_DATES = QT_TRANSLATE_NOOP(
    "DomainError", "The end of the measure must not be before its start."
)
MSG_LIGHT_REASON = QT_TRANSLATE_NOOP(
    "DomainError",
    "An amber or red traffic light needs a reason: please explain it in one sentence.",
)
MSG_LIGHT_REASON_LONG = QT_TRANSLATE_NOOP(
    "DomainError",
    "Please keep the reason for the traffic light to one short sentence "
    "(at most {limit} characters).",
)
MSG_UNKNOWN_DRIVER = QT_TRANSLATE_NOOP("DomainError", "This driver is not known to DigiWandel.")
MSG_STEP_NUMBER = QT_TRANSLATE_NOOP("DomainError", "There are only steps 1 to 12.")
MSG_SKIP_REASON = QT_TRANSLATE_NOOP("DomainError", "Please give a reason why this step is skipped.")
MSG_STEP_DATES = QT_TRANSLATE_NOOP(
    "DomainError", "The due date of the step must not be before its start."
)
MSG_CHECKLIST_TEXT = QT_TRANSLATE_NOOP(
    "DomainError", "Please enter the text of the checklist entry."
)
MSG_TASK_TITLE = QT_TRANSLATE_NOOP("DomainError", "Please enter a title for the task.")
MSG_BUDGET_CATEGORY = QT_TRANSLATE_NOOP(
    "DomainError", "Please enter a category for the budget line, for example “Licences”."
)

LIGHT_REASON_LEN = 300
MONEY_MAX = 9_999_999_999.99

_PROJECT_FIELDS = (
    "title",
    "description",
    "target_group",
    "owner_id",
    "starts_on",
    "ends_on",
    "status",
    "light",
    "light_reason",
    "drivers",
)
_STEP_FIELDS = ("responsible_id", "starts_on", "due_on", "notes")
_TASK_FIELDS = ("title", "responsible_id", "due_on", "is_milestone")
_BUDGET_FIELDS = ("category", "funding_source", "planned", "actual", "note")


# ---- plain data returned to the UI ------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PortfolioRow:
    id: int
    title: str
    status: str
    light: str
    light_reason: str
    current_step: int | None  # None when all 12 steps are done or skipped
    current_step_title: str
    progress: float  # 0–100
    owner_id: int | None
    owner_name: str
    ends_on: date | None
    budget_planned: float
    budget_actual: float
    open_tasks: int
    overdue_tasks: int
    starts_on: date | None = None
    drivers: tuple[str, ...] = ()
    goal_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ChecklistRow:
    id: int
    step_id: int
    position: int
    text: str
    done: bool
    from_template: bool
    version: int = 0  # the row version: a tick based on an older one is refused


@dataclass(frozen=True, slots=True)
class TaskRow:
    id: int
    step_id: int
    step_number: int
    title: str
    responsible_id: int | None
    responsible_name: str
    due_on: date | None
    done: bool
    done_on: date | None
    is_milestone: bool
    version: int = 0  # the row version: a change based on an older one is refused


@dataclass(frozen=True, slots=True)
class StepRow:
    id: int
    project_id: int
    number: int
    title: str
    purpose: str
    status: str
    skip_reason: str
    responsible_id: int | None
    responsible_name: str
    starts_on: date | None
    due_on: date | None
    notes: str
    checklist: tuple[ChecklistRow, ...] = ()
    tasks: tuple[TaskRow, ...] = ()
    version: int = 0  # the row version: a change based on an older one is refused


@dataclass(frozen=True, slots=True)
class BudgetRow:
    id: int
    project_id: int
    category: str
    funding_source: str
    planned: float
    actual: float | None
    note: str
    version: int = 0  # the row version: a change based on an older one is refused


@dataclass(frozen=True, slots=True)
class ProjectDetail:
    id: int
    title: str
    description: str
    target_group: str
    owner_id: int | None
    owner_name: str
    starts_on: date | None
    ends_on: date | None
    status: str
    light: str
    light_reason: str
    drivers: tuple[str, ...]
    steps: tuple[StepRow, ...]
    budget_lines: tuple[BudgetRow, ...]
    current_step: int | None
    progress: float
    budget_planned: float
    budget_actual: float
    warnings: tuple[tuple[str, dict], ...] = ()
    finding_key: str | None = None
    source_assessment_id: int | None = None
    template_key: str | None = None
    goals: tuple[tuple[int, str], ...] = ()  # linked strategic goals (id, title)
    version: int = 0  # the row version, for refusing a change based on an older state


@dataclass(frozen=True, slots=True)
class TimelineStep:
    number: int
    status: str
    due_on: date


@dataclass(frozen=True, slots=True)
class TimelineMilestone:
    title: str
    due_on: date
    done: bool


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One measure on the timeline: its span, its steps' due dates and its milestones."""

    id: int
    title: str
    status: str
    light: str
    starts_on: date | None
    ends_on: date | None
    steps: tuple[TimelineStep, ...]
    milestones: tuple[TimelineMilestone, ...]


@dataclass(frozen=True, slots=True)
class StepResult:
    """A step after a status change, with the warnings for the project at that moment."""

    step: StepRow
    warnings: tuple[tuple[str, dict], ...]


def _live_goal_links(*extra):
    """(project id, goal id, *extra) of links to goals not in the trash."""
    return (
        select(GoalProjectLink.project_id, GoalProjectLink.goal_id, *extra)
        .join(StrategicGoal, StrategicGoal.id == GoalProjectLink.goal_id)
        .join(StrategyVersion, StrategyVersion.id == StrategicGoal.strategy_version_id)
        .where(StrategicGoal.deleted_at.is_(None), StrategyVersion.deleted_at.is_(None))
        .order_by(StrategicGoal.position, StrategicGoal.id)
    )


# ---- input checks -----------------------------------------------------------------------------
def clean_money(value: object, *, field: str, allow_none: bool = False) -> float | None:
    """Euros and cents, 0 or more; empty is 0 (or None where an amount is not known yet)."""
    number = clean_number(value, field=field)
    if number is None:
        return None if allow_none else 0.0
    if number < 0:
        raise DomainError(MSG_NOT_NEGATIVE, field=field)
    if number > MONEY_MAX:
        raise DomainError(MSG_NUMBER, field=field)
    return round(number, 2)


def person_id(session: Session, value: object, *, field: str) -> int | None:
    person = live_ref(session, Person, value, field)
    return None if person is None else person.id


def clean_project(session: Session, v: dict) -> dict:
    out = {
        "title": clean_text(v["title"], field="title", limit=NAME_LEN, required=MSG_PROJECT_TITLE),
        "description": clean_text(v["description"], field="description", limit=TEXT_LEN),
        "target_group": clean_text(v["target_group"], field="target_group", limit=TEXT_LEN),
        "owner_id": person_id(session, v["owner_id"], field="owner_id"),
        "starts_on": clean_date(v["starts_on"], field="starts_on"),
        "ends_on": clean_date(v["ends_on"], field="ends_on"),
        "status": clean_choice(v["status"], PROJECT_STATUSES, field="status"),
        "light": clean_choice(v["light"], TRAFFIC_LIGHTS, field="light"),
    }
    if out["starts_on"] and out["ends_on"] and out["ends_on"] < out["starts_on"]:
        raise DomainError(MSG_PROJECT_DATES, field="ends_on")
    reason = " ".join(checked_text(v["light_reason"], field="light_reason").split())
    if out["light"] != "green" and not reason:
        raise DomainError(MSG_LIGHT_REASON, field="light_reason")
    if len(reason) > LIGHT_REASON_LEN:
        raise DomainError(MSG_LIGHT_REASON_LONG, field="light_reason", limit=LIGHT_REASON_LEN)
    out["light_reason"] = reason
    drivers: list[str] = []
    if not isinstance(v["drivers"] or (), list | tuple | set | frozenset):
        raise DomainError(MSG_UNKNOWN_DRIVER, field="drivers")
    for key in v["drivers"] or ():
        if not isinstance(key, str) or key not in DRIVER_KEYS:
            raise DomainError(MSG_UNKNOWN_DRIVER, field="drivers")
        if key not in drivers:
            drivers.append(key)
    out["drivers"] = drivers
    return out


def _clean_step_number(number: object) -> int:
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= STEP_COUNT:
        raise DomainError(MSG_STEP_NUMBER, field="number")
    return number


class ProjectService:
    def __init__(self, db: Database, lang: str = "de") -> None:
        self.db = db
        self.lang = lang if lang in ("de", "en") else "de"

    # ---- helpers ------------------------------------------------------------------------------
    def _text(self, texts: dict) -> str:
        return texts.get(self.lang) or texts.get("en") or ""

    def _definition(self, number: int) -> dict:
        return step_rules.step_definitions()[number - 1]

    @staticmethod
    def _project(session: Session, project_id: int, expected_version: int | None = None) -> Project:
        return get_or_raise(session, Project, project_id, expected_version)

    def _step(self, session: Session, project_id: int, number: int) -> ProjectStep:
        number = _clean_step_number(number)
        self._project(session, project_id)
        step = session.scalar(
            select(ProjectStep).where(
                ProjectStep.project_id == project_id, ProjectStep.number == number
            )
        )
        if step is None:
            raise DomainError(MSG_NOT_FOUND)
        return step

    def _task(self, session: Session, task_id: int) -> Task:
        task = get_or_raise(session, Task, task_id)
        self._project(session, task.step.project_id)
        return task

    def _budget_line(
        self, session: Session, line_id: int, expected_version: int | None = None
    ) -> BudgetLine:
        line = get_or_raise(session, BudgetLine, line_id)
        self._project(session, line.project_id)
        check_version(line, expected_version)
        return line

    def _checklist_item(
        self, session: Session, item_id: int, expected_version: int | None = None
    ) -> ChecklistItem:
        item = get_or_raise(session, ChecklistItem, item_id)
        self._project(session, item.step.project_id)
        check_version(item, expected_version)
        return item

    def _step_row(
        self,
        step: ProjectStep,
        responsible_name: str = "",
        checklist: tuple[ChecklistRow, ...] = (),
        tasks: tuple[TaskRow, ...] = (),
    ) -> StepRow:
        definition = self._definition(step.number)
        return StepRow(
            id=step.id,
            project_id=step.project_id,
            number=step.number,
            title=self._text(definition["title"]),
            purpose=self._text(definition["purpose"]),
            status=step.status,
            skip_reason=step.skip_reason,
            responsible_id=step.responsible_id,
            responsible_name=responsible_name,
            starts_on=step.starts_on,
            due_on=step.due_on,
            notes=step.notes,
            checklist=checklist,
            tasks=tasks,
            version=step.row_version,
        )

    @staticmethod
    def _checklist_row(item: ChecklistItem) -> ChecklistRow:
        return ChecklistRow(
            id=item.id,
            step_id=item.step_id,
            position=item.position,
            text=item.text,
            done=item.done,
            from_template=item.from_template,
            version=item.row_version,
        )

    @staticmethod
    def _task_row(task: Task, step_number: int, responsible_name: str = "") -> TaskRow:
        return TaskRow(
            id=task.id,
            step_id=task.step_id,
            step_number=step_number,
            title=task.title,
            responsible_id=task.responsible_id,
            responsible_name=responsible_name,
            due_on=task.due_on,
            done=task.done,
            done_on=task.done_on,
            is_milestone=task.is_milestone,
            version=task.row_version,
        )

    @staticmethod
    def _budget_row(line: BudgetLine) -> BudgetRow:
        return BudgetRow(
            id=line.id,
            project_id=line.project_id,
            category=line.category,
            funding_source=line.funding_source,
            planned=float(line.planned or 0),
            actual=None if line.actual is None else float(line.actual),
            note=line.note,
            version=line.row_version,
        )

    @staticmethod
    def _budget_sums(session: Session, project_ids: list[int] | None) -> dict[int, tuple]:
        query = select(
            BudgetLine.project_id,
            func.coalesce(func.sum(BudgetLine.planned), 0),
            func.coalesce(func.sum(BudgetLine.actual), 0),
        ).where(BudgetLine.deleted_at.is_(None))
        if project_ids is not None:
            query = query.where(BudgetLine.project_id.in_(project_ids))
        query = query.group_by(BudgetLine.project_id)
        return {pid: (float(p), float(a)) for pid, p, a in session.execute(query)}

    @staticmethod
    def _warnings(
        session: Session,
        project_id: int,
        steps: list[tuple[int, str, date | None, int]],
        budget,
    ) -> tuple[tuple[str, dict], ...]:
        """Warnings for one project; `steps` are (number, status, due_on, unticked checklist
        entries). Two statements, whatever the number of indicators or measurements."""
        live_metrics = select(Indicator.id).where(
            Indicator.project_id == project_id, Indicator.deleted_at.is_(None)
        )
        has_metric, has_measurement = session.execute(
            select(
                live_metrics.exists(),
                select(Measurement.id)
                .where(
                    Measurement.indicator_id.in_(live_metrics),
                    Measurement.deleted_at.is_(None),
                )
                .exists(),
            )
        ).one()
        # A kind without a row has never been touched: it is open.
        checks: dict[str, tuple[str, bool | None]] = dict.fromkeys(
            POLICY_CHECK_KINDS, ("open", None)
        )
        for kind, status, dpia in session.execute(
            select(PolicyCheck.kind, PolicyCheck.status, PolicyCheck.dpia_needed).where(
                PolicyCheck.project_id == project_id
            )
        ):
            checks[kind] = (status, dpia)
        due = {number: due_on for number, _status, due_on, _open in steps}
        planned, actual = budget
        return tuple(
            step_rules.step_warnings(
                [(number, status) for number, status, _due, _open in steps],
                has_success_metric=bool(has_metric),
                has_measurement=bool(has_measurement),
                pilot_due=due.get(step_rules.PILOT_STEP),
                evaluation_due=due.get(step_rules.EVALUATION_STEP),
                budget_planned=planned,
                budget_actual=actual,
                open_checklist={number: n for number, _status, _due, n in steps if n},
                policy_checks=checks,
            )
        )

    @staticmethod
    def _changed_step_first(
        warnings: tuple[tuple[str, dict], ...], number: int
    ) -> tuple[tuple[str, dict], ...]:
        """The warnings about the step just changed lead (the status bar shows the first)."""
        return tuple(sorted(warnings, key=lambda w: w[1].get("step") != number))

    # ---- projects -----------------------------------------------------------------------------
    def create_project(
        self,
        title: str,
        description: str = "",
        target_group: str = "",
        owner_id: int | None = None,
        starts_on: date | None = None,
        ends_on: date | None = None,
        status: str = "planned",
        light: str = "green",
        light_reason: str = "",
        drivers=(),
    ) -> ProjectDetail:
        """A new measure with its 12 open steps and their checklists; one transaction."""
        with unit_of_work(self.db) as session:
            values = clean_project(
                session,
                {
                    "title": title,
                    "description": description,
                    "target_group": target_group,
                    "owner_id": owner_id,
                    "starts_on": starts_on,
                    "ends_on": ends_on,
                    "status": status,
                    "light": light,
                    "light_reason": light_reason,
                    "drivers": drivers,
                },
            )
            project_id = self.build_project(session, values).id
        return self.get_project(project_id)

    def build_project(
        self, session: Session, values: dict, extra_checklist: dict[int, list[str]] | None = None
    ) -> Project:
        """Add a measure from cleaned values with its 12 open steps and their checklists.

        `extra_checklist` (step number → texts, e.g. from a template) follows the step's own
        sub-points. For services that create a measure inside a larger transaction.
        """
        values = dict(values)
        driver_keys = values.pop("drivers")
        project = Project(**values)
        project.drivers = [ProjectDriver(driver_key=key) for key in driver_keys]
        for definition in step_rules.step_definitions():
            number = definition["number"]
            texts = [self._text(entry) for entry in definition["checklist"]]
            texts += list((extra_checklist or {}).get(number, ()))
            step = ProjectStep(number=number, status="open")
            step.checklist_items = [
                ChecklistItem(position=i, text=text, from_template=True)
                for i, text in enumerate(texts, 1)
            ]
            project.steps.append(step)
        session.add(project)
        session.flush()
        return project

    def update_project(
        self, project_id: int, expected_version: int | None = None, **values
    ) -> ProjectDetail:
        """Change fields of a measure; checked together with the stored values. With
        `expected_version` (the `version` of the detail the form was filled from) a
        measure changed since is refused with a StaleEditError."""
        check_fields(values, _PROJECT_FIELDS)
        with unit_of_work(self.db) as session:
            project = self._project(session, project_id, expected_version)
            stored = {name: getattr(project, name) for name in _PROJECT_FIELDS if name != "drivers"}
            stored["drivers"] = [d.driver_key for d in project.drivers]
            clean = clean_project(session, {**stored, **values})
            driver_keys = clean.pop("drivers")
            for name, value in clean.items():
                setattr(project, name, value)
            if "drivers" in values:
                keep = [d for d in project.drivers if d.driver_key in driver_keys]
                have = {d.driver_key for d in keep}
                project.drivers = keep + [
                    ProjectDriver(driver_key=k) for k in driver_keys if k not in have
                ]
                if set(driver_keys) != set(stored["drivers"]):
                    # The drivers live in rows of their own: count the change on the measure.
                    project.updated_at = utcnow()
        return self.get_project(project_id)

    def delete_project(self, project_id: int) -> str:
        """Move a measure (with everything in it) to the trash; returns the batch id."""
        with unit_of_work(self.db) as session:
            project = self._project(session, project_id)
            return move_to_trash(session, [project], project.title)

    def restore(self, batch: str) -> int:
        """Bring back what one deletion of this service moved to the trash."""
        with unit_of_work(self.db) as session:
            return restore_batch(session, batch)

    def portfolio_counts(self, today: date | None = None) -> PortfolioCounts:
        """Measures not in the trash: all, active, red, amber, and their overdue tasks."""
        return OverviewService(self.db).portfolio_counts(today)

    def list_portfolio(self, today: date | None = None) -> list[PortfolioRow]:
        """Every measure not in the trash, with step progress, budget and task figures.

        Six statements whatever the number of projects.
        """
        today = clean_today(today)
        with unit_of_work(self.db) as session:
            # Plain columns and counting in SQL: whole objects and 12 step rows per project
            # would cost more than everything else at a few thousand measures.
            projects = session.execute(
                select(
                    Project.id,
                    Project.title,
                    Project.status,
                    Project.light,
                    Project.light_reason,
                    Project.owner_id,
                    Person.name,
                    Project.starts_on,
                    Project.ends_on,
                )
                .outerjoin(Person, Project.owner_id == Person.id)
                .where(Project.deleted_at.is_(None))
                .order_by(Project.title, Project.id)
            ).all()
            closed = ProjectStep.status.in_(tuple(step_rules.CLOSED))
            steps = {
                pid: (int(n or 0), current)
                for pid, n, current in session.execute(
                    select(
                        ProjectStep.project_id,
                        func.sum(case((closed, 1), else_=0)),
                        func.min(case((closed, None), else_=ProjectStep.number)),
                    )
                    .join(Project, ProjectStep.project_id == Project.id)
                    .where(Project.deleted_at.is_(None))
                    .group_by(ProjectStep.project_id)
                )
            }
            titles = {d["number"]: self._text(d["title"]) for d in step_rules.step_definitions()}
            budgets = self._budget_sums(session, None)
            open_task = Task.done.is_(False)
            overdue = open_task & Task.due_on.is_not(None) & (Task.due_on < today)
            tasks = {
                pid: (int(o or 0), int(d or 0))
                for pid, o, d in session.execute(
                    select(
                        ProjectStep.project_id,
                        func.sum(case((open_task, 1), else_=0)),
                        func.sum(case((overdue, 1), else_=0)),
                    )
                    .join(ProjectStep, Task.step_id == ProjectStep.id)
                    .where(Task.deleted_at.is_(None))
                    .group_by(ProjectStep.project_id)
                )
            }
            drivers: dict[int, list[str]] = defaultdict(list)
            for pid, key in session.execute(
                select(ProjectDriver.project_id, ProjectDriver.driver_key).order_by(
                    ProjectDriver.id
                )
            ):
                drivers[pid].append(key)
            goals: dict[int, list[int]] = defaultdict(list)
            for pid, goal_id in session.execute(_live_goal_links()):
                goals[pid].append(goal_id)
            rows = []
            for pid, title, status, light, reason, owner_id, owner_name, start, end in projects:
                closed_count, current = steps.get(pid, (0, None))
                planned, actual = budgets.get(pid, (0.0, 0.0))
                open_count, overdue_count = tasks.get(pid, (0, 0))
                rows.append(
                    PortfolioRow(
                        id=pid,
                        title=title,
                        status=status,
                        light=light,
                        light_reason=reason,
                        current_step=current,
                        current_step_title=titles.get(current, ""),
                        progress=step_rules.progress_from_count(closed_count),
                        owner_id=owner_id,
                        owner_name=owner_name or "",
                        ends_on=end,
                        budget_planned=planned,
                        budget_actual=actual,
                        open_tasks=open_count,
                        overdue_tasks=overdue_count,
                        starts_on=start,
                        drivers=tuple(drivers.get(pid, ())),
                        goal_ids=tuple(goals.get(pid, ())),
                    )
                )
            return rows

    def goal_options(self) -> list[tuple[int, str, str]]:
        """(goal id, version title, goal title) of goals a measure can contribute to: those of
        draft and adopted strategy versions; one statement."""
        with unit_of_work(self.db) as session:
            return [
                (goal_id, version, title)
                for goal_id, version, title in session.execute(
                    select(StrategicGoal.id, StrategyVersion.title, StrategicGoal.title)
                    .join(StrategyVersion, StrategyVersion.id == StrategicGoal.strategy_version_id)
                    .where(
                        StrategicGoal.deleted_at.is_(None),
                        StrategyVersion.deleted_at.is_(None),
                        StrategyVersion.status != "archived",
                    )
                    .order_by(StrategyVersion.id.desc(), StrategicGoal.position, StrategicGoal.id)
                )
            ]

    def get_project(self, project_id: int) -> ProjectDetail:
        """One measure with its 12 steps, checklists, tasks, budget lines and warnings.

        A fixed number of statements whatever the number of tasks or checklist entries.
        """
        with unit_of_work(self.db) as session:
            row = session.execute(
                select(Project, Person.name)
                .outerjoin(Person, Project.owner_id == Person.id)
                .where(Project.id == row_id(project_id), Project.deleted_at.is_(None))
            ).first()
            if row is None:
                raise DomainError(MSG_NOT_FOUND)
            project, owner_name = row
            drivers = tuple(
                session.scalars(
                    select(ProjectDriver.driver_key)
                    .where(ProjectDriver.project_id == project_id)
                    .order_by(ProjectDriver.id)
                )
            )
            steps = session.execute(
                select(ProjectStep, Person.name)
                .outerjoin(Person, ProjectStep.responsible_id == Person.id)
                .where(ProjectStep.project_id == project_id)
                .order_by(ProjectStep.number)
            ).all()
            checklist: dict[int, list[ChecklistRow]] = defaultdict(list)
            for item in session.scalars(
                select(ChecklistItem)
                .join(ProjectStep, ChecklistItem.step_id == ProjectStep.id)
                .where(ProjectStep.project_id == project_id)
                .order_by(ChecklistItem.position, ChecklistItem.id)
            ):
                checklist[item.step_id].append(self._checklist_row(item))
            tasks: dict[int, list[TaskRow]] = defaultdict(list)
            responsible = aliased(Person)
            for task, number, name in session.execute(
                select(Task, ProjectStep.number, responsible.name)
                .join(ProjectStep, Task.step_id == ProjectStep.id)
                .outerjoin(responsible, Task.responsible_id == responsible.id)
                .where(ProjectStep.project_id == project_id, Task.deleted_at.is_(None))
                .order_by(Task.id)
            ):
                tasks[task.step_id].append(self._task_row(task, number, name or ""))
            lines = [
                self._budget_row(line)
                for line in session.scalars(
                    select(BudgetLine)
                    .where(BudgetLine.project_id == project_id, BudgetLine.deleted_at.is_(None))
                    .order_by(BudgetLine.id)
                )
            ]
            goal_rows = tuple(
                (goal_id, title)
                for _pid, goal_id, title in session.execute(
                    _live_goal_links(StrategicGoal.title).where(
                        GoalProjectLink.project_id == project_id
                    )
                )
            )
            step_rows = tuple(
                self._step_row(step, name or "", tuple(checklist[step.id]), tuple(tasks[step.id]))
                for step, name in steps
            )
            planned = round(sum(line.planned for line in lines), 2)
            actual = round(sum(line.actual or 0 for line in lines), 2)
            status_pairs = [(s.number, s.status) for s in step_rows]
            warnings = self._warnings(
                session,
                project_id,
                [
                    (s.number, s.status, s.due_on, sum(1 for c in s.checklist if not c.done))
                    for s in step_rows
                ],
                (planned, actual),
            )
            return ProjectDetail(
                id=project.id,
                title=project.title,
                description=project.description,
                target_group=project.target_group,
                owner_id=project.owner_id,
                owner_name=owner_name or "",
                starts_on=project.starts_on,
                ends_on=project.ends_on,
                status=project.status,
                light=project.light,
                light_reason=project.light_reason,
                drivers=drivers,
                steps=step_rows,
                budget_lines=tuple(lines),
                current_step=step_rules.current_step(status_pairs),
                progress=step_rules.project_progress([s for _n, s in status_pairs]),
                budget_planned=planned,
                budget_actual=actual,
                warnings=warnings,
                finding_key=project.finding_key,
                source_assessment_id=project.source_assessment_id,
                template_key=project.template_key,
                goals=goal_rows,
                version=project.row_version,
            )

    def timeline(self, limit: int | None = None) -> list[TimelineRow]:
        """Measures with their span, step due dates and milestones; three statements.

        Running and planned measures come first, by start date; with `limit`, only that many
        (a chart cannot show thousands of bars anyway).
        """
        finished = Project.status.in_(("completed", "cancelled"))
        with unit_of_work(self.db) as session:
            query = (
                select(Project)
                .where(Project.deleted_at.is_(None))
                .order_by(finished, Project.starts_on.is_(None), Project.starts_on, Project.title)
            )
            if limit is not None:
                query = query.limit(clean_int(limit, field="limit", low=1, high=1_000_000))
            projects = session.scalars(query).all()
            # The shown measures: those few by id, or every live one without a limit.
            shown = (
                ProjectStep.project_id.in_([p.id for p in projects])
                if limit is not None
                else ProjectStep.project_id.in_(
                    select(Project.id).where(Project.deleted_at.is_(None))
                )
            )
            steps: dict[int, list[TimelineStep]] = defaultdict(list)
            for pid, number, status, due_on in session.execute(
                select(
                    ProjectStep.project_id,
                    ProjectStep.number,
                    ProjectStep.status,
                    ProjectStep.due_on,
                )
                .where(ProjectStep.due_on.is_not(None), shown)
                .order_by(ProjectStep.number)
            ):
                steps[pid].append(TimelineStep(number, status, due_on))
            milestones: dict[int, list[TimelineMilestone]] = defaultdict(list)
            for pid, title, due_on, done in session.execute(
                select(ProjectStep.project_id, Task.title, Task.due_on, Task.done)
                .join(ProjectStep, Task.step_id == ProjectStep.id)
                .where(
                    Task.is_milestone.is_(True),
                    Task.due_on.is_not(None),
                    Task.deleted_at.is_(None),
                    shown,
                )
                .order_by(Task.due_on)
            ):
                milestones[pid].append(TimelineMilestone(title, due_on, done))
            return [
                TimelineRow(
                    id=p.id,
                    title=p.title,
                    status=p.status,
                    light=p.light,
                    starts_on=p.starts_on,
                    ends_on=p.ends_on,
                    steps=tuple(steps.get(p.id, ())),
                    milestones=tuple(milestones.get(p.id, ())),
                )
                for p in projects
            ]

    # ---- steps --------------------------------------------------------------------------------
    def set_step_status(
        self, project_id: int, number: int, status: str, skip_reason: str = ""
    ) -> StepResult:
        """Open, start, close or skip a step (skipping needs a reason). The returned warnings
        describe the project after the change; they never block it."""
        with unit_of_work(self.db) as session:
            step = self._step(session, project_id, number)
            status = clean_choice(status, STEP_STATUSES, field="status")
            reason = clean_text(skip_reason, field="skip_reason", limit=TEXT_LEN)
            if status == "skipped" and not reason:
                raise DomainError(MSG_SKIP_REASON, field="skip_reason")
            step.status = status
            step.skip_reason = reason if status == "skipped" else ""
            session.flush()
            unticked = (
                select(func.count(ChecklistItem.id))
                .where(ChecklistItem.step_id == ProjectStep.id, ChecklistItem.done.is_(False))
                .scalar_subquery()
            )
            all_steps = session.execute(
                select(ProjectStep.number, ProjectStep.status, ProjectStep.due_on, unticked).where(
                    ProjectStep.project_id == project_id
                )
            ).all()
            budget = self._budget_sums(session, [project_id]).get(project_id, (0.0, 0.0))
            warnings = self._warnings(session, project_id, [tuple(r) for r in all_steps], budget)
            name = step.responsible.name if step.responsible is not None else ""
            return StepResult(
                step=self._step_row(step, name),
                warnings=self._changed_step_first(warnings, step.number),
            )

    def update_step(
        self, project_id: int, number: int, expected_version: int | None = None, **values
    ) -> StepRow:
        """Change responsible, start, due date or notes of a step (due not before start);
        `expected_version` as for `update_project`."""
        check_fields(values, _STEP_FIELDS)
        with unit_of_work(self.db) as session:
            step = self._step(session, project_id, number)
            check_version(step, expected_version)
            merged = {name: getattr(step, name) for name in _STEP_FIELDS} | values
            responsible_id = person_id(session, merged["responsible_id"], field="responsible_id")
            starts_on = clean_date(merged["starts_on"], field="starts_on")
            due_on = clean_date(merged["due_on"], field="due_on")
            if starts_on and due_on and due_on < starts_on:
                raise DomainError(MSG_STEP_DATES, field="due_on")
            notes = clean_text(merged["notes"], field="notes", limit=TEXT_LEN)
            step.responsible_id = responsible_id
            step.starts_on = starts_on
            step.due_on = due_on
            step.notes = notes
            session.flush()
            session.refresh(step, ["responsible"])
            name = step.responsible.name if step.responsible is not None else ""
            return self._step_row(step, name)

    # ---- checklist ----------------------------------------------------------------------------
    def toggle_checklist_item(
        self, item_id: int, done: bool, expected_version: int | None = None
    ) -> ChecklistRow:
        """Tick an entry or take the tick away. With `expected_version` (the `version` of
        the entry the user saw) an entry ticked or unticked elsewhere since is refused with
        a StaleEditError: the click was a decision about the state shown, and undoing a
        click that changed nothing would take away the other person's tick."""
        with unit_of_work(self.db) as session:
            item = self._checklist_item(session, item_id, expected_version)
            item.done = bool(done)
            session.flush()
            return self._checklist_row(item)

    def add_checklist_item(self, project_id: int, number: int, text: str) -> ChecklistRow:
        with unit_of_work(self.db) as session:
            step = self._step(session, project_id, number)
            text = clean_text(text, field="text", limit=TEXT_LEN, required=MSG_CHECKLIST_TEXT)
            last = session.scalar(
                select(func.max(ChecklistItem.position)).where(ChecklistItem.step_id == step.id)
            )
            item = ChecklistItem(
                step_id=step.id, position=(last or 0) + 1, text=text, from_template=False
            )
            session.add(item)
            session.flush()
            return self._checklist_row(item)

    def put_back_checklist_item(self, row: ChecklistRow) -> ChecklistRow:
        """Put a removed entry back where it was, ticked or not (undo of a removal)."""
        with unit_of_work(self.db) as session:
            step = get_or_raise(session, ProjectStep, row.step_id)
            self._project(session, step.project_id)
            text = clean_text(row.text, field="text", limit=TEXT_LEN, required=MSG_CHECKLIST_TEXT)
            item = ChecklistItem(
                step_id=step.id,
                position=row.position,
                text=text,
                done=row.done,
                from_template=row.from_template,
            )
            session.add(item)
            session.flush()
            return self._checklist_row(item)

    def delete_checklist_item(
        self, item_id: int, expected_version: int | None = None
    ) -> ChecklistRow:
        """Remove an entry for good; returns it as it was removed (ticked or not, also by
        someone else), which `put_back_checklist_item` brings back on undo. With
        `expected_version` an entry changed since is refused with a StaleEditError."""
        with unit_of_work(self.db) as session:
            item = self._checklist_item(session, item_id, expected_version)
            removed = self._checklist_row(item)
            session.delete(item)
            return removed

    # ---- tasks --------------------------------------------------------------------------------
    def _clean_task(self, session: Session, v: dict) -> dict:
        return {
            "title": clean_text(v["title"], field="title", limit=NAME_LEN, required=MSG_TASK_TITLE),
            "responsible_id": person_id(session, v["responsible_id"], field="responsible_id"),
            "due_on": clean_date(v["due_on"], field="due_on"),
            "is_milestone": bool(v["is_milestone"]),
        }

    def _task_result(self, task: Task) -> TaskRow:
        name = task.responsible.name if task.responsible is not None else ""
        return self._task_row(task, task.step.number, name)

    def add_task(
        self,
        project_id: int,
        number: int,
        title: str,
        responsible_id: int | None = None,
        due_on: date | None = None,
        is_milestone: bool = False,
    ) -> TaskRow:
        with unit_of_work(self.db) as session:
            step = self._step(session, project_id, number)
            values = self._clean_task(
                session,
                {
                    "title": title,
                    "responsible_id": responsible_id,
                    "due_on": due_on,
                    "is_milestone": is_milestone,
                },
            )
            task = Task(step_id=step.id, **values)
            session.add(task)
            session.flush()
            session.refresh(task, ["step", "responsible"])
            return self._task_result(task)

    def update_task(self, task_id: int, expected_version: int | None = None, **values) -> TaskRow:
        """Change fields of a task; `expected_version` as for `update_project`."""
        check_fields(values, _TASK_FIELDS)
        with unit_of_work(self.db) as session:
            task = self._task(session, task_id)
            check_version(task, expected_version)
            stored = {name: getattr(task, name) for name in _TASK_FIELDS}
            for name, value in self._clean_task(session, stored | values).items():
                setattr(task, name, value)
            session.flush()
            session.refresh(task, ["responsible"])
            return self._task_result(task)

    def set_task_done(self, task_id: int, done: bool, today: date | None = None) -> TaskRow:
        """Mark a task done (done_on = today) or open again (done_on cleared)."""
        with unit_of_work(self.db) as session:
            task = self._task(session, task_id)
            task.done = bool(done)
            task.done_on = clean_today(today) if done else None
            session.flush()
            return self._task_result(task)

    def delete_task(self, task_id: int) -> str:
        with unit_of_work(self.db) as session:
            task = self._task(session, task_id)
            return move_to_trash(session, [task], task.title)

    # ---- budget -------------------------------------------------------------------------------
    @staticmethod
    def _clean_budget(v: dict) -> dict:
        return {
            "category": clean_text(
                v["category"], field="category", limit=NAME_LEN, required=MSG_BUDGET_CATEGORY
            ),
            "funding_source": clean_text(
                v["funding_source"], field="funding_source", limit=NAME_LEN
            ),
            "planned": clean_money(v["planned"], field="planned"),
            "actual": clean_money(v["actual"], field="actual", allow_none=True),
            "note": clean_text(v["note"], field="note", limit=TEXT_LEN),
        }

    def add_budget_line(
        self,
        project_id: int,
        category: str,
        funding_source: str = "",
        planned: float = 0,
        actual: float | None = None,
        note: str = "",
    ) -> BudgetRow:
        with unit_of_work(self.db) as session:
            self._project(session, project_id)
            values = self._clean_budget(
                {
                    "category": category,
                    "funding_source": funding_source,
                    "planned": planned,
                    "actual": actual,
                    "note": note,
                }
            )
            line = BudgetLine(project_id=project_id, **values)
            session.add(line)
            session.flush()
            return self._budget_row(line)

    def update_budget_line(
        self, line_id: int, expected_version: int | None = None, **values
    ) -> BudgetRow:
        """Change fields of a budget line; `expected_version` as for `update_project`."""
        check_fields(values, _BUDGET_FIELDS)
        with unit_of_work(self.db) as session:
            line = self._budget_line(session, line_id, expected_version)
            stored = {name: getattr(line, name) for name in _BUDGET_FIELDS}
            for name, value in self._clean_budget(stored | values).items():
                setattr(line, name, value)
            session.flush()
            return self._budget_row(line)

    def delete_budget_line(self, line_id: int) -> str:
        with unit_of_work(self.db) as session:
            line = self._budget_line(session, line_id)
            return move_to_trash(session, [line], line.category)

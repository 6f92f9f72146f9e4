"""Projects (Digitalisierungsmaßnahmen), their 12 steps and everything tracked per project."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from digiwandel.domain.vocabulary import (
    INVOLVEMENT_LEVELS,
    POLICY_CHECK_KINDS,
    POLICY_CHECK_STATUSES,
    PROCUREMENT_STATUSES,
    PROJECT_STATUSES,
    RISK_SCALE_MAX,
    RISK_STATUSES,
    STAKEHOLDER_KINDS,
    STEP_COUNT,
    STEP_STATUSES,
    TARGET_LEN,
    TRAFFIC_LIGHTS,
)
from digiwandel.model.assessment import DRIVER_KEYS, KEY_LEN, Assessment
from digiwandel.model.base import (
    NAME_LEN,
    SHORT_LEN,
    Base,
    SoftDeleteMixin,
    TimestampMixin,
    check_in,
    check_not_blank,
    check_range,
)
from digiwandel.model.organisation import Person

if TYPE_CHECKING:
    from digiwandel.model.strategy import CommunicationItem, GoalProjectLink, Indicator


def _money() -> Numeric:
    # Exact storage on PostgreSQL; floats in Python avoid SQLite's Decimal warnings.
    return Numeric(12, 2, asdecimal=False)


def _owned(back_populates: str, order_by: str | bool = False):
    """Relationship to a collection that lives and dies with the project or step."""
    return relationship(
        back_populates=back_populates,
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by=order_by,
    )


class Project(SoftDeleteMixin, TimestampMixin, Base):
    __tablename__ = "project"
    __table_args__ = (
        check_not_blank("title"),
        check_in("status", PROJECT_STATUSES),
        check_in("light", TRAFFIC_LIGHTS),
        check_range("current_pdca_cycle", 0, None),
        CheckConstraint(
            "starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on", name="dates_ordered"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False)
    # The SMART description of what the measure achieves.
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    target_group: Mapped[str] = mapped_column(Text, nullable=False, default="")
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True
    )
    starts_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="planned")
    light: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="green")
    light_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Key of the check finding this measure was created from (findings are computed, not rows).
    finding_key: Mapped[str | None] = mapped_column(String(NAME_LEN), nullable=True)
    source_assessment_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessment.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # A plain key, not a FK: deleting a template must not touch projects made from it.
    template_key: Mapped[str | None] = mapped_column(String(KEY_LEN), nullable=True)
    # Number of the running PDCA cycle; 0 = no cycle started yet.
    current_pdca_cycle: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    owner: Mapped[Person | None] = relationship()
    source_assessment: Mapped[Assessment | None] = relationship()
    drivers: Mapped[list[ProjectDriver]] = _owned("project")
    steps: Mapped[list[ProjectStep]] = _owned("project", "ProjectStep.number")
    budget_lines: Mapped[list[BudgetLine]] = _owned("project")
    stakeholders: Mapped[list[Stakeholder]] = _owned("project")
    procurement_items: Mapped[list[ProcurementItem]] = _owned("project")
    trainings: Mapped[list[Training]] = _owned("project", "Training.held_on")
    policy_checks: Mapped[list[PolicyCheck]] = _owned("project")
    risks: Mapped[list[Risk]] = _owned("project")
    decisions: Mapped[list[Decision]] = _owned("project", "Decision.needed_by")
    pdca_cycles: Mapped[list[PdcaCycle]] = _owned("project", "PdcaCycle.number")
    lessons: Mapped[list[Lesson]] = _owned("project")
    document_links: Mapped[list[DocumentLink]] = _owned("project")
    indicators: Mapped[list[Indicator]] = _owned("project")
    goal_links: Mapped[list[GoalProjectLink]] = _owned("project")
    # Not owned: communication items survive with project_id NULL.
    communication_items: Mapped[list[CommunicationItem]] = relationship(
        back_populates="project", passive_deletes=True
    )


class ProjectDriver(Base):
    """A technology driver a project uses (same keys as DriverRating)."""

    __tablename__ = "project_driver"
    __table_args__ = (
        UniqueConstraint("project_id", "driver_key"),
        check_in("driver_key", DRIVER_KEYS),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), nullable=False, index=True
    )
    driver_key: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False)

    project: Mapped[Project] = relationship(back_populates="drivers")


class ProjectStep(TimestampMixin, Base):
    """One of the 12 steps; all 12 are created with the project and never deleted alone."""

    __tablename__ = "project_step"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        check_range("number", 1, STEP_COUNT),
        check_in("status", STEP_STATUSES),
        CheckConstraint("status <> 'skipped' OR length(skip_reason) > 0", name="skip_has_reason"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), nullable=False, index=True
    )
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="open")
    skip_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True
    )
    starts_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Gate decision that closes the step: who decided (a name or body) and when.
    gate_decided_by: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    gate_decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    project: Mapped[Project] = relationship(back_populates="steps")
    responsible: Mapped[Person | None] = relationship()
    checklist_items: Mapped[list[ChecklistItem]] = _owned("step", "ChecklistItem.position")
    tasks: Mapped[list[Task]] = _owned("step", "Task.id")


class ChecklistItem(TimestampMixin, Base):
    __tablename__ = "checklist_item"
    __table_args__ = (check_not_blank("text"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    step_id: Mapped[int] = mapped_column(
        ForeignKey("project_step.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    done: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # Seeded from the step's sub-points or a template, as opposed to added by the user.
    from_template: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    step: Mapped[ProjectStep] = relationship(back_populates="checklist_items")


class Task(SoftDeleteMixin, TimestampMixin, Base):
    __tablename__ = "task"
    __table_args__ = (check_not_blank("title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    step_id: Mapped[int] = mapped_column(
        ForeignKey("project_step.id", ondelete="CASCADE"), nullable=False, index=True
    )
    title: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False)
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True
    )
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    is_milestone: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    step: Mapped[ProjectStep] = relationship(back_populates="tasks")
    responsible: Mapped[Person | None] = relationship()


class BudgetLine(SoftDeleteMixin, TimestampMixin, Base):
    """Planned and actual cost in euros; actual stays NULL until known."""

    __tablename__ = "budget_line"
    __table_args__ = (
        check_not_blank("category"),
        check_range("planned", 0, None),
        check_range("actual", 0, None),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), nullable=False, index=True
    )
    category: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False)
    funding_source: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    planned: Mapped[float] = mapped_column(_money(), nullable=False, default=0)
    actual: Mapped[float | None] = mapped_column(_money(), nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    project: Mapped[Project] = relationship(back_populates="budget_lines")


class Stakeholder(SoftDeleteMixin, TimestampMixin, Base):
    __tablename__ = "stakeholder"
    __table_args__ = (
        check_not_blank("name"),
        check_in("kind", STAKEHOLDER_KINDS),
        check_in("involvement", INVOLVEMENT_LEVELS),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False)
    kind: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="other")
    involvement: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="inform")
    contact: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")

    project: Mapped[Project] = relationship(back_populates="stakeholders")


class ProcurementItem(SoftDeleteMixin, TimestampMixin, Base):
    __tablename__ = "procurement_item"
    __table_args__ = (
        check_not_blank("what"),
        check_range("cost", 0, None),
        check_in("status", PROCUREMENT_STATUSES),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), nullable=False, index=True
    )
    what: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False)
    supplier: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    cost: Mapped[float] = mapped_column(_money(), nullable=False, default=0)
    status: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="planned")

    project: Mapped[Project] = relationship(back_populates="procurement_items")


class Training(SoftDeleteMixin, TimestampMixin, Base):
    __tablename__ = "training"
    __table_args__ = (check_not_blank("topic"), check_range("participants", 0, None))

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), nullable=False, index=True
    )
    held_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    topic: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False)
    participants: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    project: Mapped[Project] = relationship(back_populates="trainings")


class PolicyCheck(TimestampMixin, Base):
    """Step 8 checks; one row per kind and project, kept rather than deleted."""

    __tablename__ = "policy_check"
    __table_args__ = (
        UniqueConstraint("project_id", "kind"),
        check_in("kind", POLICY_CHECK_KINDS),
        check_in("status", POLICY_CHECK_STATUSES),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False)
    status: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="open")
    # Only meaningful for data_protection; NULL = not decided yet.
    dpia_needed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    evidence: Mapped[str] = mapped_column(Text, nullable=False, default="")

    project: Mapped[Project] = relationship(back_populates="policy_checks")


class Risk(SoftDeleteMixin, TimestampMixin, Base):
    __tablename__ = "risk"
    __table_args__ = (
        check_not_blank("title"),
        check_range("likelihood", 1, RISK_SCALE_MAX),
        check_range("impact", 1, RISK_SCALE_MAX),
        check_in("status", RISK_STATUSES),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), nullable=False, index=True
    )
    title: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False)
    likelihood: Mapped[int] = mapped_column(Integer, nullable=False)
    impact: Mapped[int] = mapped_column(Integer, nullable=False)
    mitigation: Mapped[str] = mapped_column(Text, nullable=False, default="")
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True
    )
    status: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="open")

    project: Mapped[Project] = relationship(back_populates="risks")
    owner: Mapped[Person | None] = relationship()


class Decision(SoftDeleteMixin, TimestampMixin, Base):
    """A decision the project needs; open while decided_on is NULL."""

    __tablename__ = "decision"
    __table_args__ = (check_not_blank("question"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), nullable=False, index=True
    )
    question: Mapped[str] = mapped_column(Text, nullable=False)
    needed_by: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[str] = mapped_column(Text, nullable=False, default="")
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    project: Mapped[Project] = relationship(back_populates="decisions")


class PdcaCycle(SoftDeleteMixin, TimestampMixin, Base):
    __tablename__ = "pdca_cycle"
    __table_args__ = (UniqueConstraint("project_id", "number"), check_range("number", 1, None))

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), nullable=False, index=True
    )
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    plan_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    do_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    check_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    act_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    started_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    project: Mapped[Project] = relationship(back_populates="pdca_cycles")


class Lesson(SoftDeleteMixin, TimestampMixin, Base):
    __tablename__ = "lesson"
    __table_args__ = (check_not_blank("text"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), nullable=False, index=True
    )
    text: Mapped[str] = mapped_column(Text, nullable=False)
    recorded_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    project: Mapped[Project] = relationship(back_populates="lessons")


class DocumentLink(SoftDeleteMixin, TimestampMixin, Base):
    """A link to a file or URL; the document itself stays where it is."""

    __tablename__ = "document_link"
    __table_args__ = (check_not_blank("title"), check_not_blank("target"))

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), nullable=False, index=True
    )
    title: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False)
    target: Mapped[str] = mapped_column(String(TARGET_LEN), nullable=False)

    project: Mapped[Project] = relationship(back_populates="document_links")


class ProjectTemplate(TimestampMixin, Base):
    """A measure template (built-in or copied from a project); content is JSON."""

    __tablename__ = "project_template"
    __table_args__ = (check_not_blank("key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(KEY_LEN), nullable=False, unique=True)
    title_de: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    title_en: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    content: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    is_builtin: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

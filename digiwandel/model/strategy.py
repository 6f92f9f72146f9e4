"""Identity, strategy versions, strategic goals, indicators, digital team, communication."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from digiwandel.domain.vocabulary import (
    COMMUNICATION_PURPOSES,
    COMMUNICATION_STATUSES,
    FREQUENCIES,
    GOAL_STATUSES,
    IMPACT_LEVEL_MAX,
    IMPACT_LEVEL_MIN,
    INDICATOR_DIRECTIONS,
    INDICATOR_KINDS,
    MAX_CONFIDENCE,
    STRATEGY_STATUSES,
    TEAM_ROLES,
)
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
    from digiwandel.model.project import Project

IDENTITY_ROW_ID = 1

# PHINEO Wirkungstreppe: 1-3 output, 4-6 outcome, 7 impact.
# "boolean" indicators store 0.0 (not reached) or 1.0 (reached) as measurement value.


def _dates_ordered(start: str, end: str, name: str) -> CheckConstraint:
    """end >= start, checked only when both dates are set."""
    return CheckConstraint(f"{start} IS NULL OR {end} IS NULL OR {end} >= {start}", name=name)


class Identity(TimestampMixin, Base):
    """Vision, Leitbild and values; exactly one row (id 1) per database."""

    __tablename__ = "identity"
    __table_args__ = (check_range("id", IDENTITY_ROW_ID, IDENTITY_ROW_ID, name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=IDENTITY_ROW_ID)
    vision: Mapped[str] = mapped_column(Text, nullable=False, default="")
    vision_digital_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    leitbild: Mapped[str] = mapped_column(Text, nullable=False, default="")
    leitbild_digital_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # "values" is an SQL keyword, hence the prefix.
    core_values: Mapped[str] = mapped_column(Text, nullable=False, default="")
    core_values_digital_note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Oberziel(SoftDeleteMixin, TimestampMixin, Base):
    """A top-level aim of the organisation; strategic goals say which one they serve."""

    __tablename__ = "oberziel"
    __table_args__ = (check_not_blank("title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    digital_note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    goals: Mapped[list[StrategicGoal]] = relationship(
        back_populates="oberziel", passive_deletes=True
    )


class StrategyVersion(SoftDeleteMixin, TimestampMixin, Base):
    __tablename__ = "strategy_version"
    __table_args__ = (
        check_not_blank("title"),
        check_in("status", STRATEGY_STATUSES),
        _dates_ordered("period_start", "period_end", "period_ordered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False)
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="draft")
    adopted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The body that adopted it, e.g. Vorstand or Mitgliederversammlung.
    adopted_by: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    resolution_ref: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    principles: Mapped[str] = mapped_column(Text, nullable=False, default="")
    next_review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The version this one was copied from; kept for side-by-side comparison.
    based_on_id: Mapped[int | None] = mapped_column(
        ForeignKey("strategy_version.id", ondelete="SET NULL"), nullable=True, index=True
    )

    based_on: Mapped[StrategyVersion | None] = relationship(remote_side="StrategyVersion.id")
    goals: Mapped[list[StrategicGoal]] = relationship(
        back_populates="strategy_version",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="StrategicGoal.position",
    )
    team_members: Mapped[list[TeamMember]] = relationship(
        back_populates="strategy_version", cascade="all, delete-orphan", passive_deletes=True
    )
    # Not owned: items survive with strategy_version_id NULL.
    communication_items: Mapped[list[CommunicationItem]] = relationship(
        back_populates="strategy_version", passive_deletes=True
    )


class StrategicGoal(SoftDeleteMixin, TimestampMixin, Base):
    __tablename__ = "strategic_goal"
    __table_args__ = (
        check_not_blank("title"),
        check_in("status", GOAL_STATUSES),
        check_range("impact_level", IMPACT_LEVEL_MIN, IMPACT_LEVEL_MAX),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_version_id: Mapped[int] = mapped_column(
        ForeignKey("strategy_version.id", ondelete="CASCADE"), nullable=False, index=True
    )
    oberziel_id: Mapped[int | None] = mapped_column(
        ForeignKey("oberziel.id", ondelete="SET NULL"), nullable=True, index=True
    )
    title: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True
    )
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # NULL until someone has placed the goal on the Wirkungstreppe.
    impact_level: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="open")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    strategy_version: Mapped[StrategyVersion] = relationship(back_populates="goals")
    oberziel: Mapped[Oberziel | None] = relationship(back_populates="goals")
    owner: Mapped[Person | None] = relationship()
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", passive_deletes=True
    )
    project_links: Mapped[list[GoalProjectLink]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", passive_deletes=True
    )


class Indicator(SoftDeleteMixin, TimestampMixin, Base):
    """A measurable indicator of either a strategic goal or a project (exactly one)."""

    __tablename__ = "indicator"
    __table_args__ = (
        check_not_blank("name"),
        check_in("kind", INDICATOR_KINDS),
        check_in("direction", INDICATOR_DIRECTIONS),
        check_in("frequency", FREQUENCIES),
        CheckConstraint(
            "(goal_id IS NOT NULL AND project_id IS NULL)"
            " OR (goal_id IS NULL AND project_id IS NOT NULL)",
            name="one_owner",
        ),
        _dates_ordered("baseline_on", "target_on", "target_after_baseline"),
        CheckConstraint(
            "range_low IS NULL OR range_high IS NULL OR range_high >= range_low",
            name="range_ordered",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int | None] = mapped_column(
        ForeignKey("strategic_goal.id", ondelete="CASCADE"), nullable=True, index=True
    )
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), nullable=True, index=True
    )
    name: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False)
    unit: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="")
    kind: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="number")
    direction: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="higher")
    baseline_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    baseline_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    target_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    target_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Only used with direction "range": the value should stay within [low, high].
    range_low: Mapped[float | None] = mapped_column(Float, nullable=True)
    range_high: Mapped[float | None] = mapped_column(Float, nullable=True)
    frequency: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="quarterly")
    data_source: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True
    )

    goal: Mapped[StrategicGoal | None] = relationship(back_populates="indicators")
    project: Mapped[Project | None] = relationship(back_populates="indicators")
    owner: Mapped[Person | None] = relationship()
    measurements: Mapped[list[Measurement]] = relationship(
        back_populates="indicator",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Measurement.measured_on",
    )


class Measurement(SoftDeleteMixin, TimestampMixin, Base):
    __tablename__ = "measurement"
    __table_args__ = (check_range("confidence", 0, MAX_CONFIDENCE),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), nullable=False, index=True
    )
    measured_on: Mapped[date] = mapped_column(Date, nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # NULL when nobody judged how reliable the figure is.
    confidence: Mapped[int | None] = mapped_column(Integer, nullable=True)

    indicator: Mapped[Indicator] = relationship(back_populates="measurements")


class GoalProjectLink(TimestampMixin, Base):
    """Alignment: which project contributes to which goal, and how."""

    __tablename__ = "goal_project_link"
    __table_args__ = (UniqueConstraint("goal_id", "project_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(
        ForeignKey("strategic_goal.id", ondelete="CASCADE"), nullable=False, index=True
    )
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), nullable=False, index=True
    )
    contribution: Mapped[str] = mapped_column(Text, nullable=False, default="")

    goal: Mapped[StrategicGoal] = relationship(back_populates="project_links")
    project: Mapped[Project] = relationship(back_populates="goal_links")


class TeamMember(TimestampMixin, Base):
    """A person in the digital team of a strategy version."""

    __tablename__ = "team_member"
    __table_args__ = (
        UniqueConstraint("strategy_version_id", "person_id"),
        check_in("role", TEAM_ROLES),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_version_id: Mapped[int] = mapped_column(
        ForeignKey("strategy_version.id", ondelete="CASCADE"), nullable=False, index=True
    )
    # CASCADE: erasing a person (GDPR Art. 17) removes their team memberships.
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
    )
    role: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="member")

    strategy_version: Mapped[StrategyVersion] = relationship(back_populates="team_members")
    person: Mapped[Person] = relationship()


class CommunicationItem(SoftDeleteMixin, TimestampMixin, Base):
    """One line of the communication plan, for the strategy or for a project."""

    __tablename__ = "communication_item"
    __table_args__ = (
        check_not_blank("audience"),
        check_in("purpose", COMMUNICATION_PURPOSES),
        check_in("frequency", FREQUENCIES),
        check_in("status", COMMUNICATION_STATUSES),
        CheckConstraint(
            "strategy_version_id IS NULL OR project_id IS NULL", name="at_most_one_owner"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("strategy_version.id", ondelete="SET NULL"), nullable=True, index=True
    )
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="SET NULL"), nullable=True, index=True
    )
    audience: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False)
    purpose: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="inform")
    key_message: Mapped[str] = mapped_column(Text, nullable=False, default="")
    channel: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    # A single date (frequency "once") or the first date of a recurring item.
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    frequency: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="once")
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True
    )
    status: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="planned")
    feedback: Mapped[str] = mapped_column(Text, nullable=False, default="")

    strategy_version: Mapped[StrategyVersion | None] = relationship(
        back_populates="communication_items"
    )
    project: Mapped[Project | None] = relationship(back_populates="communication_items")
    responsible: Mapped[Person | None] = relationship()

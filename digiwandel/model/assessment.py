"""Digitalisierungscheck: versioned catalogs, assessments, respondents, answers, drivers."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
    inspect,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from digiwandel.domain.vocabulary import (
    ANSWER_STATUSES,
    ASSESSMENT_STATUSES,
    DRIVER_KEYS,
    DRIVER_SCALE_MAX,
    KEY_LEN,
    MAX_LEVEL,
    MAX_RELEVANCE,
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
    utcnow,
)
from digiwandel.model.changes import lock_area
from digiwandel.model.organisation import Area, HierarchyLevel

# Keys come from catalog and template files, so they get more room than enumerations.
SHA256_HEX_LEN = 64


# "dont_know" and "not_applicable" are excluded from scores; only "level" carries a level.


class Catalog(Base):
    """One imported version of a question catalog; never changed after import."""

    __tablename__ = "catalog"
    __table_args__ = (
        UniqueConstraint("key", "version"),
        check_not_blank("key"),
        check_not_blank("version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(KEY_LEN), nullable=False)
    version: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False)
    title_de: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    title_en: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    source_file: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    source_sha256: Mapped[str] = mapped_column(String(SHA256_HEX_LEN), nullable=False, default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    # The file as imported (JSON), so an old assessment is always shown with its own catalog
    # even if the normalised rows below are ever reorganised.
    content: Mapped[str] = mapped_column(Text, nullable=False, default="{}")

    dimensions: Mapped[list[CatalogDimension]] = relationship(
        back_populates="catalog",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CatalogDimension.position",
    )


class CatalogDimension(Base):
    __tablename__ = "catalog_dimension"
    __table_args__ = (
        UniqueConstraint("catalog_id", "key"),
        check_not_blank("key"),
        check_range("weight", 0, None),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    catalog_id: Mapped[int] = mapped_column(
        ForeignKey("catalog.id", ondelete="CASCADE"), nullable=False, index=True
    )
    key: Mapped[str] = mapped_column(String(KEY_LEN), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title_de: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    title_en: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    # Used by the catalog-weighted overall index; the plain mean ignores it.
    weight: Mapped[float] = mapped_column(Float, nullable=False, default=1.0)
    # Optional modules (e.g. green IT) are only asked when switched on.
    is_module: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    catalog: Mapped[Catalog] = relationship(back_populates="dimensions")
    items: Mapped[list[CatalogItem]] = relationship(
        back_populates="dimension",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CatalogItem.position",
    )


class CatalogItem(Base):
    __tablename__ = "catalog_item"
    __table_args__ = (
        UniqueConstraint("dimension_id", "key"),
        check_not_blank("key"),
        check_range("default_relevance", 0, MAX_RELEVANCE),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dimension_id: Mapped[int] = mapped_column(
        ForeignKey("catalog_dimension.id", ondelete="CASCADE"), nullable=False, index=True
    )
    key: Mapped[str] = mapped_column(String(KEY_LEN), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    question_de: Mapped[str] = mapped_column(Text, nullable=False, default="")
    question_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    explanation_de: Mapped[str] = mapped_column(Text, nullable=False, default="")
    explanation_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    default_relevance: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    dimension: Mapped[CatalogDimension] = relationship(back_populates="items")
    levels: Mapped[list[CatalogItemLevel]] = relationship(
        back_populates="item",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CatalogItemLevel.level",
    )


class CatalogItemLevel(Base):
    """The statement for one level of an item and the next step suggested from there."""

    __tablename__ = "catalog_item_level"
    __table_args__ = (
        UniqueConstraint("item_id", "level"),
        check_range("level", 0, MAX_LEVEL),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("catalog_item.id", ondelete="CASCADE"), nullable=False, index=True
    )
    level: Mapped[int] = mapped_column(Integer, nullable=False)
    statement_de: Mapped[str] = mapped_column(Text, nullable=False, default="")
    statement_en: Mapped[str] = mapped_column(Text, nullable=False, default="")
    next_step_de: Mapped[str] = mapped_column(Text, nullable=False, default="")
    next_step_en: Mapped[str] = mapped_column(Text, nullable=False, default="")

    item: Mapped[CatalogItem] = relationship(back_populates="levels")


class Assessment(SoftDeleteMixin, TimestampMixin, Base):
    __tablename__ = "assessment"
    __table_args__ = (check_not_blank("title"), check_in("status", ASSESSMENT_STATUSES))

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False)
    assessed_on: Mapped[date] = mapped_column(Date, nullable=False)
    # RESTRICT: an assessment must keep the catalog version it was answered with.
    catalog_id: Mapped[int] = mapped_column(
        ForeignKey("catalog.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    status: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="draft")
    completed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Keys of the catalog's optional module dimensions switched on, comma-separated.
    enabled_modules: Mapped[str] = mapped_column(
        Text, nullable=False, default="", server_default=""
    )

    catalog: Mapped[Catalog] = relationship()
    targets: Mapped[list[DimensionTarget]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", passive_deletes=True
    )
    respondents: Mapped[list[Respondent]] = relationship(
        back_populates="assessment",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Respondent.position",
    )


class DimensionTarget(TimestampMixin, Base):
    """Target for a dimension in the next 12 months, on the same 0-100 scale as scores."""

    __tablename__ = "dimension_target"
    __table_args__ = (
        UniqueConstraint("assessment_id", "dimension_id"),
        check_range("target_percent", 0, 100),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), nullable=False, index=True
    )
    dimension_id: Mapped[int] = mapped_column(
        ForeignKey("catalog_dimension.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    target_percent: Mapped[float] = mapped_column(Float, nullable=False)

    assessment: Mapped[Assessment] = relationship(back_populates="targets")
    dimension: Mapped[CatalogDimension] = relationship()


class Respondent(SoftDeleteMixin, TimestampMixin, Base):
    """One person's (usually anonymous) set of answers; area and level drive breakdowns."""

    __tablename__ = "respondent"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), nullable=False, index=True
    )
    # RESTRICT: deleting an area or level would silently change past breakdowns.
    area_id: Mapped[int | None] = mapped_column(
        ForeignKey("area.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    level_id: Mapped[int | None] = mapped_column(
        ForeignKey("hierarchy_level.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    # Empty means anonymous (the default).
    name: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    finished: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    assessment: Mapped[Assessment] = relationship(back_populates="respondents")
    area: Mapped[Area | None] = relationship()
    level: Mapped[HierarchyLevel | None] = relationship()
    answers: Mapped[list[Answer]] = relationship(
        back_populates="respondent", cascade="all, delete-orphan", passive_deletes=True
    )


class Answer(TimestampMixin, Base):
    __tablename__ = "answer"
    __table_args__ = (
        UniqueConstraint("respondent_id", "item_id"),
        check_in("status", ANSWER_STATUSES),
        check_range("level", 0, MAX_LEVEL),
        check_range("relevance", 0, MAX_RELEVANCE),
        CheckConstraint(
            "(status = 'level' AND level IS NOT NULL) OR (status <> 'level' AND level IS NULL)",
            name="level_matches_status",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    respondent_id: Mapped[int] = mapped_column(
        ForeignKey("respondent.id", ondelete="CASCADE"), nullable=False, index=True
    )
    item_id: Mapped[int] = mapped_column(
        ForeignKey("catalog_item.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    status: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="level")
    level: Mapped[int | None] = mapped_column(Integer, nullable=True)
    relevance: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")
    evidence: Mapped[str] = mapped_column(Text, nullable=False, default="")

    respondent: Mapped[Respondent] = relationship(back_populates="answers")
    item: Mapped[CatalogItem] = relationship()


class AssessmentScore(Base):
    """The stored overall and dimension scores of an assessment, so that lists, the overview
    and the trend need not rescore every answer of every check.

    Derived data: a row is removed whenever an input of the scores changes (see
    `_forget_stale_scores`) and computed again by the check service when it is next read.
    """

    __tablename__ = "assessment_score"

    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), primary_key=True
    )
    overall: Mapped[float | None] = mapped_column(Float, nullable=True)
    band: Mapped[str | None] = mapped_column(String(SHORT_LEN), nullable=True)
    dont_know_share: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    # [[dimension key, percent or null], ...] in the catalog's order
    dimensions: Mapped[list] = mapped_column(JSON, nullable=False, default=list)


# Assessment columns the scores depend on (the catalog version and its switched-on modules).
_SCORED_ASSESSMENT_COLUMNS = ("catalog_id", "enabled_modules")


@event.listens_for(Session, "after_flush")
def _forget_stale_scores(session: Session, _context) -> None:
    """Remove the stored scores of every assessment whose answers, answer sheets or catalog
    version changed in this flush: by any service, an undo or a restore from the trash."""
    assessments: set[int] = set()
    respondents: set[int] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Answer):
            respondents.add(obj.respondent_id)
        elif isinstance(obj, Respondent):
            assessments.add(obj.assessment_id)
        elif isinstance(obj, Assessment) and obj not in session.new:
            state = inspect(obj)
            if any(state.attrs[c].history.has_changes() for c in _SCORED_ASSESSMENT_COLUMNS):
                assessments.add(obj.id)
    if not (respondents or assessments):
        return
    # After a reader that is storing scores has committed (see CheckService._summaries):
    # its scores are then seen here and removed, never stored after this removal.
    lock_area(session, "check")
    table = AssessmentScore.__table__
    if respondents:
        owners = select(Respondent.assessment_id).where(Respondent.id.in_(respondents))
        session.execute(table.delete().where(table.c.assessment_id.in_(owners)))
    if assessments:
        session.execute(table.delete().where(table.c.assessment_id.in_(assessments)))


class DriverRating(TimestampMixin, Base):
    """The organisation's current view of one technology driver (Treiber)."""

    __tablename__ = "driver_rating"
    __table_args__ = (
        check_in("driver_key", DRIVER_KEYS),
        check_range("relevance", 0, DRIVER_SCALE_MAX),
        check_range("current_use", 0, DRIVER_SCALE_MAX),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    driver_key: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, unique=True)
    relevance: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    current_use: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    rated_on: Mapped[date | None] = mapped_column(Date, nullable=True)

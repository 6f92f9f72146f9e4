"""Declarative base, shared column helpers and naming conventions."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import CheckConstraint, DateTime, Integer, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from digiwandel.domain.vocabulary import (  # noqa: F401 (the model's names for them)
    NAME_LEN,
    SHORT_LEN,
    TEXT_LEN,
)

# Deterministic constraint names keep Alembic revisions stable across dialects.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Lengths used across the schema so services can validate against the same limits.


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class TimestampMixin:
    """An editable row: when it was created and last changed, and its row version.

    The row version counts every change; SQLAlchemy adds it to the WHERE clause of each
    UPDATE and DELETE, so a change based on a row that another program changed in the
    meantime (another PC on a shared server) fails instead of overwriting theirs. Services
    also compare it with the version a form was filled from (see `services.base`).
    """

    row_version: Mapped[int] = mapped_column(
        Integer, nullable=False, server_default="1", info={"row_version": True}
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.row_version}

    created_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=utcnow, server_default=func.current_timestamp()
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime,
        nullable=False,
        default=utcnow,
        onupdate=utcnow,
        server_default=func.current_timestamp(),
    )


class SoftDeleteMixin:
    """Rows that go to the trash instead of disappearing; services filter them out."""

    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, index=True)


def check_in(column: str, values: Iterable[str], name: str | None = None) -> CheckConstraint:
    """CHECK constraint that limits a string column to an enumeration (dialect-neutral)."""
    quoted = ", ".join("'" + v.replace("'", "''") + "'" for v in values)
    return CheckConstraint(f"{column} IN ({quoted})", name=name or f"{column}_valid")


def check_range(column: str, low: float | None, high: float | None, name: str | None = None):
    """CHECK constraint low <= column <= high; NULL passes (nullability is separate)."""
    parts = []
    if low is not None:
        parts.append(f"{column} >= {low}")
    if high is not None:
        parts.append(f"{column} <= {high}")
    return CheckConstraint(" AND ".join(parts), name=name or f"{column}_range")


def check_not_blank(column: str) -> CheckConstraint:
    """The schema itself refuses empty names (whitespace-only is refused by services)."""
    return CheckConstraint(f"length({column}) > 0", name=f"{column}_not_empty")

"""Organisation, areas (Bereiche), hierarchy levels and persons."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from digiwandel.domain.vocabulary import EMAIL_LEN, NAME_LEN, SHORT_LEN
from digiwandel.model.base import Base, TimestampMixin, check_not_blank, check_range


class Organisation(TimestampMixin, Base):
    """The one organisation a database file describes."""

    __tablename__ = "organisation"
    __table_args__ = (
        check_not_blank("name"),
        check_range("staff_count", 0, None),
        check_range("volunteer_count", 0, None),
        check_range("fiscal_year_start_month", 1, 12),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False)
    legal_form: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False, default="")
    fields_of_work: Mapped[str] = mapped_column(String(NAME_LEN * 2), nullable=False, default="")
    staff_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    volunteer_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    street: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    postal_code: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    city: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    logo_mime: Mapped[str | None] = mapped_column(String(SHORT_LEN), nullable=True)
    fiscal_year_start_month: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class Setting(Base):
    """Organisation-wide settings that travel with the database (e.g. privacy threshold)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class Area(TimestampMixin, Base):
    """A Bereich or Abteilung, e.g. Verwaltung or Ambulante Hilfen."""

    __tablename__ = "area"
    __table_args__ = (check_not_blank("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, unique=True)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    persons: Mapped[list[Person]] = relationship(back_populates="area", passive_deletes=True)


class HierarchyLevel(TimestampMixin, Base):
    """Leitung, mittlere Führungsebene, Mitarbeitende, Ehrenamtliche (editable list)."""

    __tablename__ = "hierarchy_level"
    __table_args__ = (check_not_blank("name"), check_range("rank", 0, 99))

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, unique=True)
    # 0 = top leadership; larger numbers are further from leadership.
    rank: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    is_leadership: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    is_volunteer: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    persons: Mapped[list[Person]] = relationship(back_populates="level", passive_deletes=True)


class Person(TimestampMixin, Base):
    """A member of staff or a volunteer; kept to the minimum personal data."""

    __tablename__ = "person"
    __table_args__ = (check_not_blank("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False)
    area_id: Mapped[int | None] = mapped_column(
        ForeignKey("area.id", ondelete="SET NULL"), nullable=True, index=True
    )
    level_id: Mapped[int | None] = mapped_column(
        ForeignKey("hierarchy_level.id", ondelete="SET NULL"), nullable=True, index=True
    )
    role: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(EMAIL_LEN), nullable=False, default="")
    joined_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    area: Mapped[Area | None] = relationship(back_populates="persons")
    level: Mapped[HierarchyLevel | None] = relationship(back_populates="persons")

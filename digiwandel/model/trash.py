"""The trash: which soft-deleted rows can be restored, and which belong together."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from digiwandel.model.base import NAME_LEN, SHORT_LEN, Base, check_not_blank, utcnow

BATCH_ID_LEN = 36  # a UUID in its canonical text form


class TrashEntry(Base):
    """One soft-deleted row. The row itself keeps its data; this entry makes it findable.

    entity_type is the table name (e.g. "project"); rows deleted by one user action share a
    batch_id and are restored together.
    """

    __tablename__ = "trash_entry"
    __table_args__ = (
        check_not_blank("entity_type"),
        check_not_blank("batch_id"),
        Index("ix_trash_entry_entity", "entity_type", "entity_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False)
    entity_id: Mapped[int] = mapped_column(Integer, nullable=False)
    label: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    deleted_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=utcnow, index=True
    )
    batch_id: Mapped[str] = mapped_column(String(BATCH_ID_LEN), nullable=False, index=True)

"""Frozen report snapshots, so the next board report can show "last time vs. now"."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from digiwandel.domain.vocabulary import (
    REPORT_KINDS,
)
from digiwandel.model.base import NAME_LEN, SHORT_LEN, Base, check_in, utcnow


class ReportSnapshot(Base):
    """A generated report as it was: key figures as JSON and, optionally, the PDF itself.

    Never edited after creation, hence no TimestampMixin and no soft delete.
    """

    __tablename__ = "report_snapshot"
    __table_args__ = (
        check_in("kind", REPORT_KINDS),
        # "Latest snapshot of this kind" is the common lookup.
        Index("ix_report_snapshot_kind_created_at", "kind", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(SHORT_LEN), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    title: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    period_label: Mapped[str] = mapped_column(String(NAME_LEN), nullable=False, default="")
    data: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)

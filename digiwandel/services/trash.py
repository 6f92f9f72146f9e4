"""Moving rows to the trash and bringing them back, for any soft-deletable table."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from digiwandel.model import Base
from digiwandel.model.base import utcnow
from digiwandel.model.trash import TrashEntry


def _class_for_table(table: str):
    for mapper in Base.registry.mappers:
        if mapper.class_.__tablename__ == table:
            return mapper.class_
    raise KeyError(table)


def move_to_trash(session: Session, rows: list, label: str) -> str:
    """Soft-delete `rows` as one user action; returns the batch id that restores them."""
    batch = str(uuid.uuid4())
    now = utcnow()
    for row in rows:
        row.deleted_at = now
        session.add(
            TrashEntry(
                entity_type=row.__tablename__,
                entity_id=row.id,
                label=label[:200],
                deleted_at=now,
                batch_id=batch,
            )
        )
    return batch


def restore_batch(session: Session, batch: str) -> int:
    """Bring every row of one deletion back; returns how many rows were restored."""
    entries = session.scalars(select(TrashEntry).where(TrashEntry.batch_id == batch)).all()
    for entry in entries:
        row = session.get(_class_for_table(entry.entity_type), entry.entity_id)
        if row is not None:
            row.deleted_at = None
        session.delete(entry)
    return len(entries)

"""Moving rows to the trash, bringing them back, and emptying the trash for good."""

from __future__ import annotations

import importlib
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from digiwandel.model import Base
from digiwandel.model.base import utcnow
from digiwandel.model.database import Database
from digiwandel.model.trash import TrashEntry
from digiwandel.services import PARTS_WITH_RESTORE_RULES
from digiwandel.services.base import MSG_NOT_FOUND, unit_of_work
from digiwandel.services.errors import DomainError

# What a restore brings back: table name -> ids of the batch's rows.
Batch = dict[str, set[int]]
# A rule runs before the rows come back and may refuse with a DomainError; it may return a
# step that runs after they are back (e.g. renumbering), in the same transaction.
RestoreRule = Callable[[Session, Batch], Callable[[], None] | None]
_rules: list[RestoreRule] = []


def restore_rule(rule: RestoreRule) -> RestoreRule:
    """Register a rule for every restore (used as a decorator in the module of the part
    whose rows it guards; that module is listed in `PARTS_WITH_RESTORE_RULES`)."""
    _rules.append(rule)
    return rule


def _load_rules() -> None:
    for name in PARTS_WITH_RESTORE_RULES:
        importlib.import_module(name)  # registers its rules once, on first import


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
    """Bring every row of one deletion back, under the rules of every part; returns how
    many rows were restored. Nothing changes when a rule refuses."""
    if not isinstance(batch, str) or not batch.isprintable() or len(batch) > 64:
        raise DomainError(MSG_NOT_FOUND)
    _load_rules()
    entries = session.scalars(select(TrashEntry).where(TrashEntry.batch_id == batch)).all()
    ids: Batch = defaultdict(set)
    for entry in entries:
        ids[entry.entity_type].add(entry.entity_id)
    after = [step for rule in list(_rules) if (step := rule(session, ids)) is not None]
    for entry in entries:
        row = session.get(_class_for_table(entry.entity_type), entry.entity_id)
        if row is not None:
            row.deleted_at = None
        session.delete(entry)
    if after:
        session.flush()
        for step in after:
            step()
    return len(entries)


# ---- the trash as a whole, for the trash dialog -------------------------------------------------
@dataclass(frozen=True, slots=True)
class TrashBatch:
    """One user action's deletion: restored or removed for good together."""

    batch_id: str
    label: str  # what the user deleted, e.g. the title of the measure
    entity_type: str  # table name of the batch's first entry, e.g. "project"
    deleted_at: datetime
    count: int  # number of trashed rows in the batch


class TrashService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_batches(self) -> list[TrashBatch]:
        """Every deletion still in the trash, newest first; one statement."""
        ranked = select(
            TrashEntry.id,
            TrashEntry.batch_id,
            TrashEntry.label,
            TrashEntry.entity_type,
            TrashEntry.deleted_at,
            func.row_number()
            .over(partition_by=TrashEntry.batch_id, order_by=TrashEntry.id)
            .label("position"),
            func.count().over(partition_by=TrashEntry.batch_id).label("size"),
        ).subquery()
        query = (
            select(
                ranked.c.batch_id,
                ranked.c.label,
                ranked.c.entity_type,
                ranked.c.deleted_at,
                ranked.c.size,
            )
            .where(ranked.c.position == 1)
            .order_by(ranked.c.deleted_at.desc(), ranked.c.id.desc())
        )
        with unit_of_work(self.db) as session:
            return [
                TrashBatch(
                    batch_id=batch_id,
                    label=label,
                    entity_type=entity_type,
                    deleted_at=deleted_at,
                    count=size,
                )
                for batch_id, label, entity_type, deleted_at, size in session.execute(query)
            ]

    def count(self) -> int:
        """How many rows are in the trash (entries, not batches)."""
        with unit_of_work(self.db) as session:
            return session.scalar(select(func.count()).select_from(TrashEntry)) or 0

    def restore(self, batch_id: str) -> int:
        """Bring one deletion back; returns how many rows were restored.

        The part a row belongs to keeps its rules: an answer sheet does not return into a
        completed check, a goal not into an adopted strategy version.
        """
        with unit_of_work(self.db) as session:
            count = restore_batch(session, batch_id)
            if not count:
                raise DomainError(MSG_NOT_FOUND)
            return count

    def empty(self) -> int:
        """Delete every trashed row for good, and every trash entry; one transaction.

        The database's foreign keys remove (or unlink) what belongs to those rows. A row
        already removed together with its parent is simply not found again. Returns the
        number of trashed rows removed (each counted once, however it went).
        """
        with unit_of_work(self.db) as session:
            ids: dict[str, set[int]] = defaultdict(set)
            for entity_type, entity_id in session.execute(
                select(TrashEntry.entity_type, TrashEntry.entity_id)
            ):
                ids[entity_type].add(entity_id)
            # Count first: in which order the cascade reaches a row must not change the result.
            doomed: dict[type, list[int]] = {}
            for table, table_ids in ids.items():
                cls = _class_for_table(table)
                doomed[cls] = list(
                    session.scalars(
                        select(cls.id).where(cls.id.in_(table_ids), cls.deleted_at.is_not(None))
                    )
                )
            for cls, cls_ids in doomed.items():
                if cls_ids:
                    session.execute(
                        delete(cls)
                        .where(cls.id.in_(cls_ids))
                        .execution_options(synchronize_session=False)
                    )
            session.execute(delete(TrashEntry))
            session.expunge_all()
            return sum(len(cls_ids) for cls_ids in doomed.values())

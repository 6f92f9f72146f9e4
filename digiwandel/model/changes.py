"""Change marks: one counter per part of the data, counted up in the same transaction as
every change to it, so that programs on other PCs sharing the database can tell, with one
small query, which of their pages show outdated data.

Every flush of a session counts up the marks of the parts whose rows it wrote; the counts
this program committed itself are kept apart (per engine), so that it does not reload a
page for its own change, which the page already shows.
"""

from __future__ import annotations

from collections import Counter
from weakref import WeakKeyDictionary

from sqlalchemy import Integer, String, event, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Mapped, Session, mapped_column

from digiwandel.model.base import SHORT_LEN, Base

# The parts, as the program's pages follow them.
AREAS = ("organisation", "check", "drivers", "strategy", "projects", "reports")

_AREA_OF_MODULE = {
    "organisation": "organisation",
    "assessment": "check",
    "strategy": "strategy",
    "project": "projects",
    "report": "reports",
}
# Exceptions to the module's part; None: derived data nobody edits.
_AREA_OF_TABLE = {"driver_rating": "drivers", "assessment_score": None, "change_mark": None}

_OWN: WeakKeyDictionary[Engine, Counter] = WeakKeyDictionary()


class ChangeMark(Base):
    __tablename__ = "change_mark"

    area: Mapped[str] = mapped_column(String(SHORT_LEN), primary_key=True)
    counter: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


def area_of(obj: object) -> str | None:
    table = getattr(obj, "__tablename__", None)
    if table in _AREA_OF_TABLE:
        return _AREA_OF_TABLE[table]
    return _AREA_OF_MODULE.get(type(obj).__module__.rsplit(".", 1)[-1])


def own_marks(engine: Engine) -> Counter:
    """How often this program has counted up each part's mark (committed changes)."""
    return _OWN.setdefault(engine, Counter())


def lock_area(session: Session, area: str) -> None:
    """Wait for the other transactions writing `area` to end, and keep new ones waiting
    until this one ends: for derived data that must be stored from a state no other PC is
    changing at that moment. Writers lock the same row when they count up the mark. (On
    PostgreSQL; SQLite writes one transaction at a time anyway and ignores FOR UPDATE.)"""
    session.execute(select(ChangeMark.counter).where(ChangeMark.area == area).with_for_update())


def read_marks(session: Session) -> dict[str, int]:
    return dict(session.execute(select(ChangeMark.area, ChangeMark.counter)).all())


@event.listens_for(Session, "after_flush")
def _count_changes(session: Session, _context) -> None:
    areas = set()
    for obj in (*session.new, *session.deleted):
        areas.add(area_of(obj))
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            areas.add(area_of(obj))
    areas.discard(None)
    if not areas:
        return
    session.execute(
        update(ChangeMark)
        .where(ChangeMark.area.in_(sorted(areas)))  # sorted: the same lock order everywhere
        .values(counter=ChangeMark.counter + 1)
        .execution_options(synchronize_session=False)
    )
    session.info.setdefault("pending_marks", Counter()).update(areas)


@event.listens_for(Session, "after_commit")
def _keep_own_counts(session: Session) -> None:
    pending = session.info.pop("pending_marks", None)
    if pending and session.bind is not None:
        own_marks(session.bind).update(pending)


@event.listens_for(Session, "after_rollback")
def _forget_counts(session: Session) -> None:
    session.info.pop("pending_marks", None)

"""Identity (vision, Leitbild, core values) and the Oberziele."""

from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from digiwandel.domain.vocabulary import NAME_LEN, TEXT_LEN
from digiwandel.model.strategy import (
    IDENTITY_ROW_ID,
    Identity,
    Oberziel,
    StrategicGoal,
    StrategyVersion,
)
from digiwandel.services.base import (
    check_fields,
    check_version,
    clean_text,
    get_or_raise,
    unit_of_work,
)
from digiwandel.services.strategy.messages import MSG_OBERZIEL_TITLE
from digiwandel.services.strategy.rows import IdentityData, OberzielRow
from digiwandel.services.strategy.rules import move, renumber
from digiwandel.services.trash import move_to_trash

_IDENTITY_FIELDS = frozenset(
    {
        "vision",
        "vision_digital_note",
        "leitbild",
        "leitbild_digital_note",
        "core_values",
        "core_values_digital_note",
    }
)
_OBERZIEL_FIELDS = frozenset({"title", "description", "digital_note"})
# What check_version compares with while no identity has been saved yet (version 0).
_NO_IDENTITY = SimpleNamespace(row_version=0)


def _clean_oberziel(values: dict[str, object]) -> dict[str, object]:
    clean: dict[str, object] = {}
    if "title" in values:
        clean["title"] = clean_text(
            values["title"], field="title", limit=NAME_LEN, required=MSG_OBERZIEL_TITLE
        )
    for key in ("description", "digital_note"):
        if key in values:
            clean[key] = clean_text(values[key], field=key, limit=TEXT_LEN)
    return clean


def _identity(row: Identity | None) -> IdentityData:
    if row is None:
        return IdentityData()
    return IdentityData(
        **{key: getattr(row, key) for key in _IDENTITY_FIELDS}, version=row.row_version
    )


def _oberziel(row: Oberziel, goal_count: int = 0) -> OberzielRow:
    return OberzielRow(
        row.id,
        row.position,
        row.title,
        row.description,
        row.digital_note,
        goal_count,
        version=row.row_version,
    )


class IdentityPart:
    """The identity and Oberziel methods of StrategyService."""

    # ---- identity -------------------------------------------------------------------------
    def get_identity(self) -> IdentityData:
        with unit_of_work(self.db) as session:
            return _identity(session.get(Identity, IDENTITY_ROW_ID))

    def save_identity(self, expected_version: int | None = None, **values: object) -> IdentityData:
        """Save the given fields only (vision, leitbild, core_values and their *_digital_note).

        With `expected_version` (the `version` of the identity the page was filled from; 0
        while none was saved) a save based on an older state is refused (StaleEditError)."""
        check_fields(values, _IDENTITY_FIELDS)
        clean = {key: clean_text(value, field=key, limit=TEXT_LEN) for key, value in values.items()}
        with unit_of_work(self.db) as session:
            row = session.get(Identity, IDENTITY_ROW_ID)
            check_version(row if row is not None else _NO_IDENTITY, expected_version)
            if row is None:
                row = Identity(id=IDENTITY_ROW_ID)
                session.add(row)
            for key, value in clean.items():
                setattr(row, key, value)
            session.flush()
            return _identity(row)

    # ---- Oberziele ------------------------------------------------------------------------
    def list_oberziele(self) -> list[OberzielRow]:
        with unit_of_work(self.db) as session:
            return self._oberziele(session)

    @staticmethod
    def _oberziele(session: Session) -> list[OberzielRow]:
        counts = (
            select(StrategicGoal.oberziel_id, func.count(StrategicGoal.id).label("n"))
            .join(StrategyVersion, StrategyVersion.id == StrategicGoal.strategy_version_id)
            .where(StrategicGoal.deleted_at.is_(None), StrategyVersion.deleted_at.is_(None))
            .group_by(StrategicGoal.oberziel_id)
            .subquery()
        )
        rows = session.execute(
            select(Oberziel, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.oberziel_id == Oberziel.id)
            .where(Oberziel.deleted_at.is_(None))
            .order_by(Oberziel.position, Oberziel.id)
        ).all()
        return [_oberziel(o, n) for o, n in rows]

    def get_oberziel(self, oberziel_id: int) -> OberzielRow:
        with unit_of_work(self.db) as session:
            get_or_raise(session, Oberziel, oberziel_id)
            return next(o for o in self._oberziele(session) if o.id == oberziel_id)

    def create_oberziel(
        self, title: str, description: str = "", digital_note: str = ""
    ) -> OberzielRow:
        """Append an Oberziel at the end of the list."""
        clean = _clean_oberziel(
            {"title": title, "description": description, "digital_note": digital_note}
        )
        with unit_of_work(self.db) as session:
            position = session.scalar(
                select(func.coalesce(func.max(Oberziel.position), 0)).where(
                    Oberziel.deleted_at.is_(None)
                )
            )
            row = Oberziel(position=position + 1, **clean)
            session.add(row)
            session.flush()
            return _oberziel(row)

    def update_oberziel(
        self, oberziel_id: int, expected_version: int | None = None, **values: object
    ) -> OberzielRow:
        """Change fields of an Oberziel; with `expected_version` (the `version` of the row
        the form was filled from) a change based on an older state is refused."""
        check_fields(values, _OBERZIEL_FIELDS)
        clean = _clean_oberziel(values)
        with unit_of_work(self.db) as session:
            row = get_or_raise(session, Oberziel, oberziel_id, expected_version)
            for key, value in clean.items():
                setattr(row, key, value)
            session.flush()
            return next(o for o in self._oberziele(session) if o.id == oberziel_id)

    def delete_oberziel(self, oberziel_id: int) -> str:
        """Move to the trash; goals that served it show no Oberziel until it is restored."""
        with unit_of_work(self.db) as session:
            row = get_or_raise(session, Oberziel, oberziel_id)
            batch = move_to_trash(session, [row], row.title)
            self._renumber_oberziele(session)
            return batch

    def move_oberziel(self, oberziel_id: int, delta: int) -> list[OberzielRow]:
        """Move up (delta < 0) or down (delta > 0) by that many places; positions stay 1..n."""
        with unit_of_work(self.db) as session:
            get_or_raise(session, Oberziel, oberziel_id)
            rows = list(
                session.scalars(
                    select(Oberziel)
                    .where(Oberziel.deleted_at.is_(None))
                    .order_by(Oberziel.position, Oberziel.id)
                )
            )
            move(rows, oberziel_id, delta)
            session.flush()
            return self._oberziele(session)

    @staticmethod
    def _renumber_oberziele(session: Session, first: set[int] = frozenset()) -> None:
        session.flush()
        renumber(
            list(session.scalars(select(Oberziel).where(Oberziel.deleted_at.is_(None)))), first
        )

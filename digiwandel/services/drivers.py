"""Driver analysis (Treiber): relevance and current use of each technology, and examples."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from digiwandel.domain.vocabulary import DRIVER_KEYS, DRIVER_SCALE_MAX, TEXT_LEN
from digiwandel.model.assessment import DriverRating
from digiwandel.model.database import Database
from digiwandel.paths import resources_dir
from digiwandel.services.base import check_version, clean_text, unit_of_work
from digiwandel.services.errors import QT_TRANSLATE_NOOP, DomainError, StaleEditError

MSG_SCALE = QT_TRANSLATE_NOOP("DomainError", "Please choose a value from 0 (none) to 3 (high).")
MSG_UNKNOWN_DRIVER = QT_TRANSLATE_NOOP("DomainError", "This driver is not known to DigiWandel.")


@dataclass(frozen=True, slots=True)
class DriverRow:
    key: str
    title: str
    description: str
    relevance: int
    current_use: int
    notes: str
    rated_on: date | None
    # The row version (0: not rated yet): a change based on an older one is refused.
    version: int = 0


@dataclass(frozen=True, slots=True)
class DriverExample:
    name: str
    driver_key: str
    driver_title: str
    field: str
    description: str


@cache
def _catalog() -> dict:
    return json.loads((resources_dir() / "drivers.json").read_text(encoding="utf-8"))


def _text(texts: dict, lang: str) -> str:
    return texts.get(lang) or texts.get("de", "")


class DriverService:
    def __init__(self, db: Database, lang: str = "de") -> None:
        self.db = db
        self.lang = lang

    def titles(self) -> dict[str, str]:
        return {d["key"]: _text(d["title"], self.lang) for d in _catalog()["drivers"]}

    def list_ratings(self) -> list[DriverRow]:
        """All nine drivers in the catalog's order; unrated ones read 0."""
        with unit_of_work(self.db) as session:
            ratings = {r.driver_key: r for r in session.scalars(select(DriverRating))}
            return [
                self._row(driver, ratings.get(driver["key"])) for driver in _catalog()["drivers"]
            ]

    def _row(self, driver: dict, rating: DriverRating | None) -> DriverRow:
        return DriverRow(
            key=driver["key"],
            title=_text(driver["title"], self.lang),
            description=_text(driver["description"], self.lang),
            relevance=rating.relevance if rating else 0,
            current_use=rating.current_use if rating else 0,
            notes=rating.notes if rating else "",
            rated_on=rating.rated_on if rating else None,
            version=rating.row_version if rating else 0,
        )

    def rate(
        self,
        key: str,
        relevance: int | None = None,
        current_use: int | None = None,
        notes: str | None = None,
        expected_version: int | None = None,
    ) -> DriverRow:
        """Save a change at once; only the values given are changed.

        `expected_version` is the `version` of the rating the user saw (0: not rated yet):
        when someone else rated the driver since, the change is refused with a
        StaleEditError. None compares nothing."""
        if key not in DRIVER_KEYS:
            raise DomainError(MSG_UNKNOWN_DRIVER, field="driver")
        values = {}
        for field, value in (("relevance", relevance), ("current_use", current_use)):
            if value is None:
                continue
            # Whole numbers only: int("x") would escape as ValueError, int(2.5) round down.
            number = None if isinstance(value, bool) else value
            if isinstance(number, float) and number.is_integer():
                number = int(number)
            if not isinstance(number, int) or not 0 <= number <= DRIVER_SCALE_MAX:
                raise DomainError(MSG_SCALE, field=field)
            values[field] = number
        if notes is not None:
            notes = clean_text(notes, field="notes", limit=TEXT_LEN)
        with unit_of_work(self.db) as session:
            rating = session.scalar(select(DriverRating).where(DriverRating.driver_key == key))
            new = rating is None
            if new:
                if expected_version not in (None, 0):  # the rating seen was removed meanwhile
                    raise StaleEditError(0)
                rating = DriverRating(driver_key=key, relevance=0, current_use=0, notes="")
                session.add(rating)
            else:
                check_version(rating, expected_version)
            for field, number in values.items():
                setattr(rating, field, number)
            if notes is not None:
                rating.notes = notes
            rating.rated_on = date.today()
            try:
                session.flush()
            except IntegrityError as exc:
                if new and expected_version is not None:
                    # Another PC rated this driver between our reading and writing.
                    raise StaleEditError() from exc
                raise
            driver = next(d for d in _catalog()["drivers"] if d["key"] == key)
            return self._row(driver, rating)

    def examples(self) -> list[DriverExample]:
        titles = self.titles()
        return [
            DriverExample(
                name=e["name"],
                driver_key=e["driver"],
                driver_title=titles.get(e["driver"], e["driver"]),
                field=_text(e["field"], self.lang),
                description=_text(e["description"], self.lang),
            )
            for e in _catalog()["examples"]
        ]

"""The demo organisation: a fictional association that shows every feature.

Everything goes through the same services a user's edits go through, so the demo data is
always valid data.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from digiwandel.model.database import Database, DatabaseOpenError, open_database
from digiwandel.services.errors import QT_TRANSLATE_NOOP, DomainError
from digiwandel.services.organisation import OrganisationService

MSG_DEMO_EXISTS = QT_TRANSLATE_NOOP(
    "DomainError",
    "The file {path} already exists. Choose another file name, or use --force to replace it.",
)

DEMO_NAME = "Familien- und Jugendhilfe Lindenhof e.V."

_AREAS = (
    ("Geschäftsführung", "Vorstand, Geschäftsführung und Stabsstellen"),
    ("Verwaltung", "Personal, Finanzen, Abrechnung mit den Leistungsträgern"),
    ("Ambulante Hilfen", "Sozialpädagogische Familienhilfe und Erziehungsbeistandschaft"),
    ("Wohnen", "Zwei Wohngruppen für Jugendliche und betreutes Einzelwohnen"),
    ("Offene Kinder- und Jugendarbeit", "Jugendtreff Lindenhof und Ferienangebote"),
)

# name, rank, leadership, volunteers
_LEVELS = (
    ("Leitung", 0, True, False),
    ("Mittlere Führungsebene", 1, True, False),
    ("Mitarbeitende", 2, False, False),
    ("Ehrenamtliche", 3, False, True),
)

# name, area, level, role, e-mail
_PERSONS = (
    ("Dr. Sabine Kremer", "Geschäftsführung", "Leitung", "Geschäftsführerin", "s.kremer"),
    ("Thomas Albers", "Geschäftsführung", "Leitung", "Vorstandsvorsitzender (ehrenamtlich)", ""),
    ("Miriam Yılmaz", "Verwaltung", "Mittlere Führungsebene", "Leitung Verwaltung", "m.yilmaz"),
    ("Jens Hoffmann", "Verwaltung", "Mitarbeitende", "Abrechnung und Controlling", "j.hoffmann"),
    ("Katharina Wolff", "Ambulante Hilfen", "Mittlere Führungsebene", "Bereichsleitung", "k.wolff"),
    ("Lukas Brandt", "Ambulante Hilfen", "Mitarbeitende", "Sozialpädagoge", "l.brandt"),
    ("Aylin Demir", "Ambulante Hilfen", "Mitarbeitende", "Sozialarbeiterin", "a.demir"),
    ("Petra Schulte", "Wohnen", "Mittlere Führungsebene", "Bereichsleitung Wohnen", "p.schulte"),
    ("Daniel Krüger", "Wohnen", "Mitarbeitende", "Erzieher, Wohngruppe Lindenweg", ""),
    (
        "Sarah Neumann",
        "Offene Kinder- und Jugendarbeit",
        "Mitarbeitende",
        "Leitung Jugendtreff",
        "s.neumann",
    ),
    ("Ole Petersen", "Offene Kinder- und Jugendarbeit", "Ehrenamtliche", "Ferienfreizeiten", ""),
    ("Renate Vogel", "Verwaltung", "Ehrenamtliche", "Datenschutz-Ansprechperson (Ehrenamt)", ""),
)

MAIL_DOMAIN = "lindenhof.example"


def populate_demo(db: Database) -> None:
    """Write the demo organisation into an empty database."""
    org = OrganisationService(db)
    org.save_profile(
        name=DEMO_NAME,
        legal_form="e.V.",
        fields_of_work="Kinder- und Jugendhilfe, Familienhilfe, Offene Jugendarbeit",
        staff_count=58,
        volunteer_count=24,
        street="Lindenstraße 12",
        postal_code="53115",
        city="Bonn",
        fiscal_year_start_month=1,
    )
    areas = {name: org.create_area(name, description).id for name, description in _AREAS}
    levels = {
        name: org.create_level(name, rank, leadership, volunteer).id
        for name, rank, leadership, volunteer in _LEVELS
    }
    for name, area, level, role, mail in _PERSONS:
        org.create_person(
            name,
            area_id=areas[area],
            level_id=levels[level],
            role=role,
            email=f"{mail}@{MAIL_DOMAIN}" if mail else "",
        )


def create_demo_file(path: Path, *, force: bool = False) -> Path:
    """Create a new database file holding the demo organisation."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        if not force:
            raise DomainError(MSG_DEMO_EXISTS, field="path", path=str(path))
        _remove_database_file(path)  # replacing is what --force asks for
    db: Database | None = None
    try:
        db = open_database(path)
        populate_demo(db)
    except DatabaseOpenError:
        raise  # someone else's file appeared meanwhile: not ours to remove
    except BaseException:
        if db is not None:
            db.close()
        # never leave a half-written demo behind, and never hide the original error
        with contextlib.suppress(OSError):
            _remove_database_file(path)
        raise
    db.close()
    return path


def _remove_database_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)

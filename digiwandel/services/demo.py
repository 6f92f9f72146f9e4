"""The demo organisation: a fictional association that shows every feature.

Everything goes through the same services a user's edits go through, so the demo data is
always valid data.
"""

from __future__ import annotations

import contextlib
import random
from datetime import date, timedelta
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


# Maturity of the fictional association per dimension (mean level 0-3) a year ago and now:
# strongest in data protection and billing, weakest in funding and data.
_MATURITY_2025 = {
    "strategy": 0.9,
    "processes": 1.3,
    "infrastructure": 1.5,
    "culture": 1.1,
    "privacy": 1.8,
    "data": 0.8,
    "clients": 1.0,
    "billing": 1.6,
    "funding": 0.6,
}
_GROWTH = {
    "strategy": 0.8,
    "processes": 0.5,
    "infrastructure": 0.4,
    "culture": 0.3,
    "privacy": 0.3,
    "data": 0.4,
    "clients": 0.6,
    "billing": 0.2,
    "funding": 0.2,
}
# Areas see things differently: the residential groups lag behind in most dimensions.
_AREA_OFFSET = {
    "Verwaltung": {"billing": 0.6, "data": 0.3, "clients": -0.4},
    "Ambulante Hilfen": {"processes": 0.3, "clients": 0.4},
    "Wohnen": {"processes": -0.6, "infrastructure": -0.7, "data": -0.5, "culture": -0.4},
    "Offene Kinder- und Jugendarbeit": {"clients": 0.5, "culture": 0.3, "billing": -0.5},
}
# (area, level) of the answer sheets; Wohnen has only two, below the privacy threshold.
_SHEETS = (
    ("Verwaltung", "Mittlere Führungsebene"),
    ("Verwaltung", "Mitarbeitende"),
    ("Verwaltung", "Mitarbeitende"),
    ("Ambulante Hilfen", "Mittlere Führungsebene"),
    ("Ambulante Hilfen", "Mitarbeitende"),
    ("Ambulante Hilfen", "Mitarbeitende"),
    ("Offene Kinder- und Jugendarbeit", "Mittlere Führungsebene"),
    ("Offene Kinder- und Jugendarbeit", "Mitarbeitende"),
    ("Offene Kinder- und Jugendarbeit", "Ehrenamtliche"),
    ("Wohnen", "Mittlere Führungsebene"),
    ("Wohnen", "Mitarbeitende"),
)
_DRIVERS = {
    # key: (relevance, current use, notes)
    "specialist_software": (
        3,
        2,
        "Fachsoftware für Hilfeplanung seit 2024, Wohnen noch auf Papier",
    ),
    "cloud": (3, 1, "Cloud-Office für mobile Teams wird in den Ambulanten Hilfen erprobt"),
    "online_platforms": (2, 2, "Ehrenamtsbörse und Spendenplattform im Einsatz"),
    "ai": (2, 0, "Leitlinie zur Nutzung von KI-Assistenten fehlt noch"),
    "big_data": (1, 0, ""),
    "iot": (1, 0, ""),
    "ar_vr": (1, 0, "VR-Brillen im Jugendtreff als Projektidee"),
    "robotics": (0, 0, "für unsere Arbeitsfelder derzeit nicht relevant"),
    "printing_3d": (0, 0, ""),
}


def populate_check_demo(db: Database, *, today: date | None = None) -> None:
    """Two completed checks a year apart, a draft, targets and driver ratings."""
    from digiwandel.services.check import CheckService
    from digiwandel.services.drivers import DriverService

    today = today or date.today()
    org = OrganisationService(db)
    areas = {a.name: a.id for a in org.list_areas()}
    levels = {lv.name: lv for lv in org.list_levels()}
    check = CheckService(db, "de")
    catalog_id = check.ensure_default_catalog()
    rng = random.Random(20251015)
    last_year = today.replace(year=today.year - 1) - timedelta(days=44)
    this_year = today - timedelta(days=44)
    for when, growth, title in (
        (last_year, 0.0, f"Digitalisierungscheck {last_year.year}"),
        (this_year, 1.0, f"Digitalisierungscheck {this_year.year}"),
    ):
        assessment = check.create_assessment(title, when, catalog_id)
        structure = check.survey_structure(assessment.id)
        for area, level in _SHEETS:
            sheet = check.add_respondent(assessment.id, areas[area], levels[level].id)
            lead = levels[level].is_leadership
            volunteer = levels[level].is_volunteer
            answers = []
            for dimension in structure:
                base = _MATURITY_2025.get(dimension.key, 1.0) + growth * _GROWTH.get(
                    dimension.key, 0.3
                )
                base += _AREA_OFFSET[area].get(dimension.key, 0.0)
                base += 0.5 if lead else 0.0  # leadership tends to see things rosier
                for item in dimension.items:
                    unknown = 0.04 + (0.25 if "external" in item.tags and not lead else 0.0)
                    if volunteer:
                        unknown += 0.2
                    roll = rng.random()
                    if roll < unknown:
                        answers.append((item.id, "dont_know", None, None))
                    elif roll < unknown + 0.02:
                        answers.append((item.id, "not_applicable", None, None))
                    else:
                        value = round(min(3.0, max(0.0, base + rng.gauss(0.0, 0.6))))
                        relevance = min(
                            2, max(0, item.default_relevance + rng.choice((-1, 0, 0, 1)))
                        )
                        answers.append((item.id, "level", value, relevance))
            check.set_answers(sheet.id, answers)
            check.set_finished(sheet.id, True)
        if growth:
            results = check.results(assessment.id)
            for target in check.targets(assessment.id):
                current = results.scores.dimension(target.key)
                if current is not None and current.percent is not None:
                    goal = min(100.0, round((current.percent + 15) / 5) * 5)
                    check.set_target(assessment.id, target.dimension_id, goal)
        check.complete(assessment.id)

    draft = check.create_assessment(
        f"Digitalisierungscheck {today.year + 1} (Vorbereitung)",
        today,
        catalog_id,
        notes="Probelauf mit dem Jugendtreff, bevor alle Bereiche befragt werden.",
    )
    structure = check.survey_structure(draft.id)
    sheet = check.add_respondent(
        draft.id, areas["Offene Kinder- und Jugendarbeit"], levels["Mitarbeitende"].id
    )
    check.set_answers(
        sheet.id,
        [
            (item.id, "level", rng.choice((1, 2, 2, 3)), None)
            for dimension in structure[:3]
            for item in dimension.items
        ],
    )

    drivers = DriverService(db, "de")
    for key, (relevance, use, notes) in _DRIVERS.items():
        drivers.rate(key, relevance, use, notes)


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
        populate_check_demo(db)
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

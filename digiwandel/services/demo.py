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


def populate_strategy_demo(db: Database, *, today: date | None = None) -> None:
    """Identity, last year's adopted strategy with measured goals, this year's draft,
    a digital team that leaves one area out and a communication plan with an overdue entry."""
    from digiwandel.services.strategy import StrategyService

    today = today or date.today()
    year = today.year
    org = OrganisationService(db)
    people = {p.name: p.id for p in org.list_persons()}
    strategy = StrategyService(db)
    strategy.save_identity(
        vision="Kinder, Jugendliche und Familien in Bonn wachsen sicher auf und gestalten "
        "ihr Leben selbstbestimmt.",
        vision_digital_note="Digitale Wege machen unsere Hilfe leichter erreichbar, auch "
        "abends und für Familien ohne Zeit für Termine im Büro.",
        leitbild="Wir begegnen allen Menschen mit Respekt, arbeiten partnerschaftlich mit "
        "Familien und Jugendämtern und lernen ständig dazu.",
        leitbild_digital_note="Partnerschaftlich heißt heute auch: Familien können Unterlagen "
        "digital einsehen und mit uns sicher kommunizieren.",
        core_values="Verlässlichkeit, Beteiligung, Vertraulichkeit, Offenheit für Neues",
        core_values_digital_note="Vertraulichkeit gilt auch digital: Datenschutz ist Teil "
        "jeder neuen Lösung, nicht ihr Anhang.",
    )
    aims = [
        strategy.create_oberziel(
            "Hilfen von hoher fachlicher Qualität",
            "Jede Familie erhält die Hilfe, die zu ihr passt.",
            "Gut geführte digitale Akten sichern Übergaben und Hilfeplanung.",
        ),
        strategy.create_oberziel(
            "Gute Arbeitsbedingungen für Mitarbeitende und Ehrenamtliche",
            "Wir gewinnen und halten engagierte Menschen.",
            "Weniger Papier und Doppelerfassung schaffen Zeit für die Arbeit mit Menschen.",
        ),
        strategy.create_oberziel(
            "Wirtschaftlich stabiler Träger",
            "Wir sichern unsere Angebote langfristig.",
            "Digitale Abrechnung und Förderung der Digitalisierung gehören in die Finanzplanung.",
        ),
    ]
    adopted = strategy.create_first(
        f"Digitalstrategie {year - 1}", date(year - 1, 1, 1), date(year - 1, 12, 31)
    )
    strategy.update_version(
        adopted.id,
        summary="Erste Digitalstrategie des Vereins: Fallakten, Kompetenzen, Online-Beratung, "
        "Abrechnung und Finanzierung.",
        principles="Datenschutz von Anfang an; Beteiligung aller Bereiche; klein anfangen, "
        "messen, dann ausweiten.",
    )

    def series(start: date, values: list[float], step_days: int = 91) -> list:
        return [(start + timedelta(days=step_days * i), v) for i, v in enumerate(values)]

    goals = (
        # title, aim, owner, impact level, indicators: (name, unit, kind, direction,
        # baseline, target, range, measurements)
        (
            "Fallakten vollständig digital führen",
            0,
            "Katharina Wolff",
            3,
            [
                (
                    "Anteil digital geführter Fallakten",
                    "%",
                    "number",
                    "higher",
                    20,
                    90,
                    None,
                    [28, 41, 55, 63, 70],
                )
            ],
        ),
        (
            "Mitarbeitende sicher im Umgang mit digitalen Werkzeugen",
            1,
            "Miriam Yılmaz",
            4,
            [
                (
                    "Mitarbeitende mit Basisschulung",
                    "Personen",
                    "number",
                    "higher",
                    12,
                    55,
                    None,
                    [18, 30, 42],
                )
            ],
        ),
        (
            "Online-Beratung für Familien anbieten",
            0,
            "Lukas Brandt",
            5,
            [
                (
                    "Online-Beratungskontakte pro Monat",
                    "Kontakte",
                    "number",
                    "higher",
                    0,
                    40,
                    None,
                    [0, 6, 14, 22],
                ),
                (
                    "Datenschutzkonzept Online-Beratung freigegeben",
                    "",
                    "boolean",
                    "higher",
                    0,
                    1,
                    None,
                    [0, 1],
                ),
            ],
        ),
        (
            "Monatsabrechnung mit dem Jugendamt elektronisch",
            2,
            "Jens Hoffmann",
            3,
            [
                (
                    "Aufwand Monatsabrechnung",
                    "Stunden",
                    "number",
                    "lower",
                    30,
                    10,
                    None,
                    [28, 22, 18],
                )
            ],
        ),
        (
            "Digitalisierung solide finanzieren",
            2,
            "Dr. Sabine Kremer",
            2,
            [
                (
                    "Anteil Digitalbudget am Haushalt",
                    "%",
                    "number",
                    "range",
                    0.4,
                    None,
                    (1.5, 3.0),
                    [0.8, 1.2],
                )
            ],
        ),
    )
    start = date(year - 1, 1, 15)
    for title, aim, owner, impact, indicators in goals:
        goal = strategy.create_goal(
            adopted.id,
            title,
            oberziel_id=aims[aim].id,
            owner_id=people[owner],
            due_on=date(year - 1, 12, 31),
            impact_level=impact,
            status="in_progress",
        )
        for name, unit, kind, direction, baseline, target, band, values in indicators:
            indicator = strategy.create_indicator(
                goal.id,
                name,
                unit=unit,
                kind=kind,
                direction=direction,
                baseline_value=baseline,
                baseline_on=start - timedelta(days=14),
                target_value=target,
                target_on=date(year, 6, 30) if target is not None else None,
                range_low=band[0] if band else None,
                range_high=band[1] if band else None,
                owner_id=people[owner],
                data_source="Fachsoftware / Controlling",
            )
            for measured_on, value in series(start, values):
                strategy.add_measurement(indicator.id, measured_on, value, confidence=8)
    strategy.adopt(adopted.id, date(year - 2, 12, 10), "Vorstand", f"VS-{year - 2}-14")
    # The review after the first year is overdue: the draft is not adopted yet.
    strategy.set_next_review(adopted.id, today - timedelta(days=30))

    draft = strategy.new_version_from(adopted.id, f"Digitalstrategie {year}")
    strategy.update_version(draft.id, period_start=date(year, 1, 1), period_end=date(year, 12, 31))
    strategy.set_next_review(draft.id, date(year + 1, 1, 15))
    draft_goals = {g.title: g for g in strategy.list_goals(draft.id)}
    for goal in draft_goals.values():  # the copied goals look a year further ahead
        strategy.update_goal(goal.id, due_on=date(year, 12, 31))
        for indicator in goal.indicators:
            if indicator.target_on is not None:
                strategy.update_indicator(indicator.id, target_on=date(year + 1, 6, 30))
    strategy.delete_goal(draft_goals["Monatsabrechnung mit dem Jugendamt elektronisch"].id)
    strategy.update_goal(
        draft_goals["Online-Beratung für Familien anbieten"].id,
        due_on=date(year, 12, 31),
        impact_level=6,
    )
    new_goal = strategy.create_goal(
        draft.id,
        "Leitlinie für den Einsatz von KI-Assistenten",
        "Klare Regeln, wofür KI-Assistenten genutzt werden dürfen und wofür nicht.",
        oberziel_id=aims[1].id,
        owner_id=people["Dr. Sabine Kremer"],
        due_on=date(year, 9, 30),
        impact_level=1,
    )
    strategy.create_indicator(
        new_goal.id, "Leitlinie beschlossen", kind="boolean", target_value=1, baseline_value=0
    )
    for goal in strategy.list_goals(draft.id):
        for indicator in goal.indicators:
            previous = {g.title: g for g in strategy.list_goals(adopted.id)}.get(goal.title)
            if previous is None:
                continue
            latest = next(
                (i.current_value for i in previous.indicators if i.name == indicator.name), None
            )
            if latest is not None:
                strategy.add_measurement(indicator.id, today - timedelta(days=20), latest)

    for name, role in (
        ("Dr. Sabine Kremer", "lead"),
        ("Thomas Albers", "sponsor"),
        ("Miriam Yılmaz", "member"),
        ("Lukas Brandt", "member"),
        ("Sarah Neumann", "member"),
        ("Ole Petersen", "member"),
    ):
        strategy.add_team_member(draft.id, people[name], role)  # Wohnen is missing

    for audience, purpose, message, channel, due, frequency, who, status in (
        (
            "Vorstand",
            "decide",
            "Entwurf der Digitalstrategie zur Beschlussfassung",
            "Vorstandssitzung",
            today - timedelta(days=21),
            "once",
            "Dr. Sabine Kremer",
            "planned",
        ),
        (
            "Alle Mitarbeitenden",
            "inform",
            "Ergebnisse des Digitalisierungschecks und nächste Schritte",
            "Teamversammlung",
            today - timedelta(days=35),
            "once",
            "Dr. Sabine Kremer",
            "done",
        ),
        (
            "Bereichsleitungen",
            "involve",
            "Stand der Maßnahmen und Hindernisse",
            "Leitungsrunde",
            today + timedelta(days=10),
            "monthly",
            "Miriam Yılmaz",
            "planned",
        ),
        (
            "Jugendamt Bonn",
            "inform",
            "Umstellung auf elektronische Monatsabrechnung",
            "Schreiben und Termin",
            today + timedelta(days=45),
            "once",
            "Jens Hoffmann",
            "planned",
        ),
    ):
        strategy.create_communication(
            audience,
            purpose=purpose,
            key_message=message,
            channel=channel,
            due_on=due,
            frequency=frequency,
            responsible_id=people[who],
            status=status,
            version_id=draft.id,
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
        populate_check_demo(db)
        populate_strategy_demo(db)
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

"""The demo organisation: a fictional association that shows every feature.

Everything goes through the same services a user's edits go through, so the demo data is
always valid data.
"""

from __future__ import annotations

import contextlib
import random
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

from digiwandel.model.database import Database, DatabaseOpenError, open_database
from digiwandel.services.errors import QT_TRANSLATE_NOOP, DomainError
from digiwandel.services.organisation import OrganisationService

MSG_DEMO_EXISTS = QT_TRANSLATE_NOOP(
    "DomainError",
    "The file {path} already exists. Choose another file name, or use --force to replace it.",
)
MSG_DEMO_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "DomainError",
    "The database already holds data. The demo goes into a new, empty database only; "
    "nothing was changed.",
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
                    if area == "Verwaltung" and dimension.key == "clients":
                        # Administration has no client contact: these questions are not
                        # theirs, and the spread between areas must not count them.
                        answers.append((item.id, "not_applicable", None, None))
                    elif roll < unknown:
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
        # No measure serves this goal yet: the overview and the alignment point it out.
        (
            "Daten aus Fachsoftware und Verwaltung zusammenführen",
            0,
            "Jens Hoffmann",
            2,
            [
                (
                    "Systeme mit Schnittstelle zur Fachsoftware",
                    "Systeme",
                    "number",
                    "higher",
                    1,
                    4,
                    None,
                    [1, 1, 2],
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
        populate_projects_demo(db)
        populate_reports_demo(db)
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


def create_demo_in(db: Database) -> int:
    """The demo organisation in the empty database `db` (on a server), all or nothing: it
    is made in a temporary file and copied over in one transaction. Returns the number of
    entries written."""
    import tempfile

    from digiwandel.services.transfer import export_organisation, import_into_server, is_empty

    if not is_empty(db):
        raise DomainError(MSG_DEMO_NOT_EMPTY)
    with tempfile.TemporaryDirectory(prefix="digiwandel-demo-") as folder:
        source = open_database(create_demo_file(Path(folder) / "demo.sqlite3"), create=False)
        try:
            document = export_organisation(source)
        finally:
            source.close()
    return import_into_server(document, db)


def populate_reports_demo(db: Database, *, today: date | None = None) -> None:
    """The board report of half a year ago, as the program keeps one: its key figures, so
    that the next board report shows what changed since. Its pages were not kept (a demo
    file made today cannot hold the report of a past day)."""
    import json

    from digiwandel.model.report import ReportSnapshot
    from digiwandel.services.base import unit_of_work
    from digiwandel.services.check import CheckService

    today = today or date.today()
    made = today - timedelta(days=160)
    checks = CheckService(db).latest_completed(2)
    earlier = checks[-1] if checks else None  # the check the board saw back then
    figures = {
        "created_on": made.isoformat(),
        "period": "",
        "check_title": earlier.title if earlier else None,
        "check_date": earlier.assessed_on.isoformat() if earlier else None,
        "maturity_index": round(earlier.overall, 2) if earlier and earlier.overall else None,
        "maturity_stage": earlier.band if earlier else None,
        "maturity_change": None,
        "measures_total": 6,
        "measures_active": 4,
        "measures_red": 0,
        "measures_amber": 2,
        "measures_green": 4,
        "measures_over_budget": 0,
        "budget_plan": 33400.0,
        "budget_actual": 6200.0,
        "strategy_version": None,
        "goals_total": 5,
        "goals_on_track": 2,
        "high_risks": 1,
        "open_decisions": 3,
        "overdue_decisions": 0,
    }
    half = "1. Halbjahr" if made.month <= 6 else "2. Halbjahr"
    with unit_of_work(db) as session:
        session.add(
            ReportSnapshot(
                kind="board",
                created_at=datetime(made.year, made.month, made.day, 9, 30),
                title="Vorstandsbericht",
                period_label=f"{half} {made.year}",
                data=json.dumps({"pages": 0, "figures": figures}),
                pdf=None,
            )
        )


def _remove_database_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def populate_projects_demo(db: Database, *, today: date | None = None) -> None:
    """Seven measures at different steps: every traffic light, overdue tasks, metrics with
    measurements, one budget over plan, PDCA cycles, stakeholders, links to goals and to
    findings of the check."""
    from digiwandel.services.check import CheckService
    from digiwandel.services.project_records import ProjectRecordService
    from digiwandel.services.projects import ProjectService
    from digiwandel.services.strategy import StrategyService
    from digiwandel.services.templates import TemplateService

    today = today or date.today()
    projects = ProjectService(db, "de")
    records = ProjectRecordService(db, "de")
    templates = TemplateService(db, "de")
    strategy = StrategyService(db)
    check = CheckService(db, "de")
    people = {p.name: p.id for p in OrganisationService(db).list_persons()}
    goals: dict[str, int] = {}
    # Goals by title in every version still in use: the measures ran under last year's
    # adopted strategy, and this year's draft (a copy of it, the version the strategy page
    # opens on) carries the same links, as copying a version does.
    current_goals: dict[str, list[int]] = defaultdict(list)
    for version in strategy.list_versions():
        if version.status == "adopted":
            goals |= {g.title: g.id for g in strategy.list_goals(version.id)}
        if version.status != "archived":
            for goal in strategy.list_goals(version.id):
                current_goals[goal.title].append(goal.id)
    completed = [a for a in check.list_assessments() if a.status == "completed"]
    assessment_id = completed[0].id if completed else None

    def days(n: int) -> date:
        return today + timedelta(days=n)

    def link(goal_title: str, project_id: int, contribution: str) -> None:
        """Link the measure to the goal of that title in every version in use (skipping a
        link that already exists, e.g. made when the measure was created)."""
        linked = {goal_id for goal_id, _title in projects.get_project(project_id).goals}
        for goal_id in current_goals.get(goal_title, ()):
            if goal_id not in linked:
                strategy.link_project(goal_id, project_id, contribution)

    def walk(project_id: int, done: int, start: date, step_days: int, who: str, skip=()):
        """Steps 1..done closed, the next one in progress, every step with dates."""
        for number in range(1, 13):
            begin = start + timedelta(days=(number - 1) * step_days)
            projects.update_step(
                project_id,
                number,
                responsible_id=people[who],
                starts_on=begin,
                due_on=begin + timedelta(days=step_days - 1),
            )
            if number in skip:
                projects.set_step_status(project_id, number, "skipped", skip[number])
            elif number <= done:
                projects.set_step_status(project_id, number, "done")
            elif number == done + 1:
                projects.set_step_status(project_id, number, "in_progress")
        detail = projects.get_project(project_id)
        for step in detail.steps:
            for item in step.checklist:
                if step.status in ("done", "skipped") or (
                    step.status == "in_progress" and item.position == 1
                ):
                    projects.toggle_checklist_item(item.id, True)
            for task in step.tasks:
                due = step.due_on
                projects.update_task(task.id, due_on=due, responsible_id=people[who])
                if step.status in ("done", "skipped"):
                    projects.set_task_done(task.id, True, today=due)

    def measure(project_id: int, spans, shares, step_days: int = 30):
        """Give each metric a starting value and target (`spans`: low, high, ordered by the
        metric's direction) and measurements that went `shares` of the way."""
        metrics = records.records(project_id).metrics
        for metric, (low, high), progress in zip(metrics, spans, shares, strict=False):
            baseline, target = (high, low) if metric.direction == "lower" else (low, high)
            records.update_metric(
                metric.id,
                baseline_value=baseline,
                baseline_on=days(-len(progress) * step_days - 30),
                target_value=target,
                target_on=days(120),
            )
            for i, share in enumerate(progress):
                strategy.add_measurement(
                    metric.id,
                    days(-(len(progress) - i) * step_days),
                    round(baseline + share * (target - baseline), 1),
                )

    # 1. Case files: from a template, in the pilot, green.
    p = templates.create_from_template(
        "specialist_software",
        title="Digitale Fallakte in den Ambulanten Hilfen",
        owner_id=people["Katharina Wolff"],
        starts_on=days(-200),
        ends_on=days(160),
    )
    projects.update_project(p.id, status="active")
    walk(p.id, 5, days(-200), 30, "Katharina Wolff")
    link(
        "Fallakten vollständig digital führen",
        p.id,
        "Führt die digitale Fallakte ein, zuerst in den Ambulanten Hilfen.",
    )
    measure(p.id, [(10, 90), (2, 6), (20, 80)], [[0.2, 0.4], [0.25], [0.3, 0.5]])
    for name, kind, involvement, contact in (
        ("Team Ambulante Hilfen", "staff", "involve", "Katharina Wolff"),
        ("Mitarbeitervertretung", "staff", "decide", "mav@lindenhof-jugendhilfe.de"),
        ("SoftCare GmbH", "technology_partner", "consult", "Herr Berger, 0228 123456"),
        ("Jugendamt Bonn", "funder", "inform", "Frau Lange"),
    ):
        records.add(
            "stakeholder", p.id, name=name, kind=kind, involvement=involvement, contact=contact
        )
    overdue = projects.add_task(
        p.id,
        6,
        "Rückmeldungen der Pilotgruppe auswerten",
        responsible_id=people["Lukas Brandt"],
        due_on=days(-6),
    )
    assert not overdue.done
    records.add(
        "risk",
        p.id,
        title="Altakten werden nicht vollständig übernommen",
        likelihood=3,
        impact=4,
        mitigation="Stichproben je Team, Übernahme erst nach Freigabe der Teamleitung.",
        owner_id=people["Katharina Wolff"],
    )

    # 2. Online counselling: amber, waiting for the data protection check.
    p = templates.create_from_template(
        "online_counselling",
        title="Onlineberatung für Familien",
        owner_id=people["Lukas Brandt"],
        starts_on=days(-240),
        ends_on=days(90),
    )
    projects.update_project(
        p.id,
        status="active",
        light="amber",
        light_reason="Die Datenschutzprüfung des Anbieters dauert länger als geplant.",
    )
    walk(p.id, 7, days(-240), 30, "Lukas Brandt")
    link(
        "Online-Beratung für Familien anbieten",
        p.id,
        "Schafft die sichere Chat- und Videoberatung für Familien.",
    )
    for kind, status, evidence, dpia in (
        ("accessibility", "done", "Prüfung nach BITV mit dem Anbieter, Protokoll vom Mai.", None),
        ("data_protection", "in_progress", "Auftragsverarbeitungsvertrag liegt vor.", True),
        ("it_security", "in_progress", "Ende-zu-Ende-Verschlüsselung bestätigt.", None),
        ("ethics", "open", "", None),
    ):
        values = {"status": status, "evidence": evidence}
        if kind == "data_protection":
            values["dpia_needed"] = dpia
        records.set_policy_check(p.id, kind, **values)
    for held, topic, count in (
        (days(-60), "Beratung im Chat: Haltung und Sprache", 8),
        (days(-45), "Technik der Beratungsplattform", 9),
    ):
        records.add("training", p.id, held_on=held, topic=topic, participants=count)
    records.add(
        "decision",
        p.id,
        question="Soll die Beratung auch abends bis 20 Uhr angeboten werden?",
        needed_by=days(-10),
    )

    # 3. Duty rota: red, budget more than 10 % over plan, PDCA cycles running.
    p = templates.create_from_template(
        "duty_rota",
        title="Digitaler Dienstplan Wohngruppe Lindenweg",
        owner_id=people["Petra Schulte"],
        starts_on=days(-330),
        ends_on=days(30),
    )
    projects.update_project(
        p.id,
        status="active",
        light="red",
        light_reason="Die Schnittstelle zur Lohnabrechnung musste teuer nachbeauftragt werden.",
    )
    link(
        "Mitarbeitende sicher im Umgang mit digitalen Werkzeugen",
        p.id,
        "Für viele im Schichtdienst ist die Dienstplan-App das erste digitale Werkzeug im Alltag.",
    )
    walk(p.id, 9, days(-330), 30, "Petra Schulte")
    for line in projects.get_project(p.id).budget_lines:
        projects.update_budget_line(line.id, actual=round(line.planned * 1.3, 2))
    projects.add_budget_line(
        p.id, "Schnittstelle Lohnabrechnung", funding_source="Eigenmittel", planned=0, actual=2100
    )
    measure(p.id, [(6, 14), (0, 70), (6, 12)], [[0.3, 0.6, 0.7], [0.3, 0.6, 0.85], [0.2, 0.4, 0.7]])
    records.add(
        "pdca",
        p.id,
        started_on=days(-90),
        ended_on=days(-45),
        plan_notes="Diensttausch nur noch über die App, Aushang entfällt.",
        do_notes="Vier Wochen in der Wohngruppe Lindenweg erprobt.",
        check_notes="Tausch schneller geklärt, aber Nachtdienste fühlen sich schlecht informiert.",
        act_notes="Push-Nachrichten für Nachtdienste eingeschaltet.",
    )
    records.add(
        "pdca",
        p.id,
        started_on=days(-40),
        plan_notes="Urlaubsplanung ebenfalls in der App.",
        do_notes="Läuft seit Anfang des Monats.",
    )
    projects.add_task(
        p.id,
        10,
        "Übertragung auf die Wohngruppe Am Hang vorbereiten",
        responsible_id=people["Daniel Krüger"],
        due_on=days(-3),
        is_milestone=True,
    )

    # 4. Cloud office: completed, one step skipped with a reason, lessons and documents.
    p = templates.create_from_template(
        "cloud_office",
        title="Cloud-Office für die Verwaltung",
        owner_id=people["Miriam Yılmaz"],
        starts_on=days(-420),
        ends_on=days(-40),
    )
    walk(
        p.id,
        12,
        days(-420),
        30,
        "Miriam Yılmaz",
        skip={5: "Die Lizenzen liefen bereits über den Rahmenvertrag des Landesverbands."},
    )
    projects.update_project(p.id, status="completed")
    for text in (
        "Früh die Mitarbeitervertretung einbinden: die Dienstvereinbarung war schnell fertig.",
        "Ordnerstruktur vor dem Umzug festlegen, nicht danach.",
    ):
        records.add("lesson", p.id, text=text, recorded_on=days(-40))
    records.add(
        "document",
        p.id,
        title="Abschlussbericht Cloud-Office",
        target="https://intranet.lindenhof-jugendhilfe.de/berichte/cloud-office.pdf",
    )

    # 5. E-invoicing: planned, from a recommendation of the check, a decision needed.
    p = templates.create_from_finding(
        finding_key="recommendation:aligned_measures",
        assessment_id=assessment_id,
        title="Elektronische Monatsabrechnung mit dem Jugendamt einführen",
        description="Bis Ende nächsten Jahres rechnet die Verwaltung alle Hilfen monatlich "
        "elektronisch mit dem Jugendamt Bonn ab; die Rückfragen des Jugendamts sinken "
        "gegenüber dem Stand bei Projektbeginn um die Hälfte. Die Maßnahme dient dem "
        "strategischen Ziel zur elektronischen Monatsabrechnung.",
        goal_id=goals.get("Monatsabrechnung mit dem Jugendamt elektronisch"),
        owner_id=people["Jens Hoffmann"],
        drivers=("specialist_software",),
    )
    projects.update_project(p.id, starts_on=days(20), ends_on=days(380))
    # This year's draft dropped the billing goal; the measure now serves the funding goal.
    link(
        "Digitalisierung solide finanzieren",
        p.id,
        "Schnellere Abrechnung bringt die Entgelte früher ein und spart Stunden in der Verwaltung.",
    )
    walk(p.id, 0, days(20), 30, "Jens Hoffmann")
    projects.set_step_status(p.id, 1, "open")
    records.add(
        "decision",
        p.id,
        question="Welches Abrechnungsmodul beschaffen wir: Erweiterung der Fachsoftware "
        "oder eigenständige Lösung?",
        needed_by=days(45),
    )

    # 6. Basic training: from a finding, amber, trainings running.
    p = templates.create_from_finding(
        finding_key="finding:silo_thinking",
        assessment_id=assessment_id,
        title="Bereichsübergreifende Basisschulungen zu digitalen Werkzeugen durchführen",
        description="Bis zum Sommer haben alle Mitarbeitenden eine Grundschulung zu "
        "Fachsoftware, Cloud-Ablage und Videokonferenz besucht. Jede Schulungsgruppe mischt "
        "mindestens drei Bereiche, damit Erfahrungen zwischen den Bereichen geteilt werden; "
        "die Teilnahme wird je Bereich nachgehalten.",
        goal_id=goals.get("Mitarbeitende sicher im Umgang mit digitalen Werkzeugen"),
        owner_id=people["Miriam Yılmaz"],
        drivers=("cloud", "specialist_software"),
    )
    projects.update_project(
        p.id,
        status="active",
        light="amber",
        light_reason="Der Bereich Wohnen kann wegen Schichtdienst kaum an Terminen teilnehmen.",
        starts_on=days(-150),
        ends_on=days(120),
    )
    walk(p.id, 6, days(-150), 21, "Miriam Yılmaz")
    link(
        "Mitarbeitende sicher im Umgang mit digitalen Werkzeugen",
        p.id,
        "Grundschulungen zu Fachsoftware, Cloud-Ablage und Videokonferenz für alle Bereiche.",
    )
    for held, topic, count in (
        (days(-30), "Cloud-Ablage und Freigaben", 14),
        (days(-16), "Videokonferenzen sicher leiten", 11),
        (days(-2), "Fachsoftware für Einsteiger", 6),
    ):
        records.add("training", p.id, held_on=held, topic=topic, participants=count)
    projects.add_budget_line(p.id, "Trainerhonorare", funding_source="Aktion Mensch", planned=3000)
    records.add(
        "stakeholder",
        p.id,
        name="Bereichsleitungen",
        kind="staff",
        involvement="involve",
        contact="Leitungsrunde",
    )

    # 7. AI assistant: paused early, amber, with the risks that paused it.
    p = projects.create_project(
        "KI-Assistent für Entwicklungsberichte (Pilot)",
        description="Bis Jahresende testen fünf Fachkräfte, ob ein KI-Assistent den Zeitaufwand "
        "für Entwicklungsberichte um ein Viertel senkt, ohne Klientendaten preiszugeben.",
        target_group="Fachkräfte der Ambulanten Hilfen",
        owner_id=people["Aylin Demir"],
        starts_on=days(-60),
        ends_on=days(240),
        status="paused",
        light="amber",
        light_reason="Pausiert, bis die Leitlinie für KI-Assistenten beschlossen ist.",
        drivers=("ai",),
    )
    walk(p.id, 1, days(-60), 20, "Aylin Demir")
    link(
        "Leitlinie für den Einsatz von KI-Assistenten",
        p.id,
        "Der Pilot zeigt, welche Regeln die Leitlinie im Alltag braucht.",
    )
    for title, likelihood, impact, mitigation in (
        (
            "Personenbezogene Daten gelangen an den Anbieter",
            3,
            5,
            "Nur pseudonymisierte Texte; Anbieter mit Serverstandort in der EU.",
        ),
        (
            "Fachkräfte übernehmen Vorschläge ungeprüft",
            2,
            4,
            "Vier-Augen-Prinzip im Pilot; Schulung zur Prüfung von KI-Texten.",
        ),
    ):
        records.add(
            "risk",
            p.id,
            title=title,
            likelihood=likelihood,
            impact=impact,
            mitigation=mitigation,
            owner_id=people["Aylin Demir"],
        )

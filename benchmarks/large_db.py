"""Write a large DigiWandel database, as an organisation collects it over many years.

    python benchmarks/large_db.py OUT.sqlite3 [--measures 5000] [--checks 200] [--sheets 40]
                                              [--goals 50] [--seed 1] [--force]

The file is created the way the program creates it (open_database: schema by Alembic). Small
things go through the services: the organisation profile with areas, hierarchy levels and
persons, driver ratings, the shipped question catalog, identity, Oberziele, one strategy
version with its digital team and communication plan, and one draft check. The big tables are
bulk-inserted with SQLAlchemy Core (executemany on the mapped tables, one transaction) in the
shape the services write them:

* --checks completed assessments spread over ten years, each with --sheets answer sheets that
  answer every question of the catalog's core dimensions, and a target per dimension;
* --measures measures, each with its 12 steps and the steps' checklists (as
  ProjectService.build_project creates them), a few tasks, a budget line or two, one or two
  technology drivers, policy checks once step 8 is passed, now and then a risk, and for every
  third measure a success metric with measurements;
* --goals strategic goals in the strategy version, each with two indicators and quarterly
  measurements, and links from about a third of the measures to one or two goals.

If the model stores derived figures (a table of check scores), the service function that
recomputes them for all checks is called at the end, so the file is consistent.

Prints the time taken and the row count of every non-empty table. `generate()` is also used
by benchmarks/pages.py.
"""

from __future__ import annotations

import argparse
import inspect
import random
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ORG_NAME = "Sozialwerk Rheinaue e.V."
FLUSH_ROWS = 40_000  # buffered rows before they are written

AREAS = (
    ("Geschäftsführung", "Vorstand, Geschäftsführung und Stabsstellen"),
    ("Verwaltung", "Personal, Finanzen, Abrechnung"),
    ("IT und Digitalisierung", "Betrieb, Support und Projekte"),
    ("Ambulante Hilfen", "Familienhilfe und Erziehungsbeistandschaft"),
    ("Stationäre Jugendhilfe", "Wohngruppen und betreutes Wohnen"),
    ("Offene Jugendarbeit", "Jugendtreffs und Ferienangebote"),
    ("Kindertagesstätten", "Fünf Kitas im Stadtgebiet"),
    ("Pflege ambulant", "Ambulanter Pflegedienst"),
    ("Pflege stationär", "Zwei Pflegeheime"),
    ("Beratung", "Schuldner-, Sucht- und Migrationsberatung"),
    ("Eingliederungshilfe", "Werkstatt und Wohnen für Menschen mit Behinderung"),
    ("Ehrenamt und Öffentlichkeitsarbeit", "Freiwilligenagentur, Presse, Spenden"),
)
# name, leadership, volunteers (rank = position)
LEVELS = (
    ("Leitung", True, False),
    ("Mittlere Führungsebene", True, False),
    ("Mitarbeitende", False, False),
    ("Ehrenamtliche", False, True),
)
FIRST_NAMES = (
    "Anna", "Ben", "Clara", "David", "Elif", "Felix", "Greta", "Hannes", "Ida", "Jonas",
    "Katrin", "Lars", "Mara", "Nils", "Olga", "Paul", "Rieke", "Sven", "Tanja", "Umut",
)  # fmt: skip
LAST_NAMES = (
    "Becker", "Schmidt", "Yıldız", "Wagner", "Nowak", "Hoffmann", "Krause", "Lehmann",
    "Schulz", "Meyer",
)  # fmt: skip
PROJECT_THEMES = (
    "Digitale Fallakte",
    "Dienstplanung online",
    "Elektronische Abrechnung",
    "Online-Beratung",
    "Tablet-Dokumentation",
    "Cloud-Ablage",
    "Schulungsreihe Datenschutz",
    "Spendenportal",
    "Ehrenamtsbörse",
    "WLAN für Bewohnende",
    "KI-Assistent für Berichte",
    "Elternapp",
    "Digitales Bewerbermanagement",
    "Videosprechstunde",
    "Barrierefreie Website",
)
TASK_TITLES = (
    "Angebote einholen",
    "Leitungsrunde informieren",
    "Pilotgruppe festlegen",
    "Schulungstermin planen",
    "Datenschutz prüfen lassen",
    "Zwischenbericht schreiben",
)
BUDGET_CATEGORIES = ("Software", "Hardware", "Schulung", "Beratung", "Lizenzen")
GOAL_THEMES = (
    "Fallakten vollständig digital",
    "Mitarbeitende digital kompetent",
    "Klientinnen und Klienten online erreichbar",
    "Abrechnung ohne Papier",
    "Daten für die Steuerung nutzen",
    "Sichere IT für alle Standorte",
    "Förderung der Digitalisierung gesichert",
    "Ehrenamt digital begleitet",
    "Barrierefreie Angebote",
    "Nachhaltige IT",
)
DIMENSION_OFFSET = {
    "strategy": -0.2,
    "processes": 0.1,
    "infrastructure": 0.3,
    "culture": -0.1,
    "privacy": 0.4,
    "data": -0.4,
    "clients": 0.0,
    "billing": 0.3,
    "funding": -0.5,
}


@dataclass
class Result:
    seconds: float
    counts: dict[str, int]
    notes: list[str] = field(default_factory=list)


def _log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


class Bulk:
    """Buffers rows per table and writes them with executemany, parents before children."""

    def __init__(self, conn, metadata) -> None:
        self.conn = conn
        self.order = [t.name for t in metadata.sorted_tables]
        self.tables = {t.name: t for t in metadata.sorted_tables}
        self.rows: dict[str, list[dict]] = {}
        self.buffered = 0
        self.ids: dict[str, int] = {}

    def next_id(self, table: str) -> int:
        """Primary keys are assigned here, so children can refer to rows not yet written."""
        if table not in self.ids:
            from sqlalchemy import func, select

            column = self.tables[table].c.id
            self.ids[table] = self.conn.scalar(select(func.coalesce(func.max(column), 0)))
        self.ids[table] += 1
        return self.ids[table]

    def add(self, table: str, row: dict) -> None:
        self.rows.setdefault(table, []).append(row)
        self.buffered += 1
        if self.buffered >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        from sqlalchemy import insert

        for name in self.order:
            rows = self.rows.pop(name, None)
            if rows:
                self.conn.execute(insert(self.tables[name]), rows)
        self.buffered = 0


def _stamp(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def generate(
    path: Path,
    *,
    measures: int = 5000,
    checks: int = 200,
    sheets: int = 40,
    goals: int = 50,
    seed: int = 1,
    force: bool = False,
    log: Callable[[str], None] = _log,
) -> Result:
    """Write the database to `path` (refused if it exists, unless `force`)."""
    from digiwandel.model.base import Base
    from digiwandel.model.database import open_database

    path = Path(path)
    if path.exists() and path.stat().st_size > 0 and not force:
        raise SystemExit(f"{path} exists; use --force to replace it")
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)

    started = time.perf_counter()
    rng = random.Random(seed)
    today = date.today()
    db = open_database(path)
    try:
        log("setting up the organisation, catalog and strategy through the services …")
        setup = _setup_with_services(db, rng, today)
        log(f"  done after {time.perf_counter() - started:.1f} s")
        with db.engine.begin() as conn:
            bulk = Bulk(conn, Base.metadata)
            log(f"bulk: {checks} completed checks × {sheets} answer sheets …")
            _checks(bulk, setup, rng, today, checks, sheets)
            log(f"  done after {time.perf_counter() - started:.1f} s")
            log(f"bulk: {goals} strategic goals with indicators and measurements …")
            goal_ids = _goals(bulk, setup, rng, today, goals)
            log(f"bulk: {measures} measures with their 12 steps …")
            _projects(bulk, setup, rng, today, measures, goal_ids)
            bulk.flush()
            log(f"  done after {time.perf_counter() - started:.1f} s")
        log("a draft check through the services …")
        _draft_check(db, setup, rng, today)
        notes = refresh_derived(db, log)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = row_counts(db)
    finally:
        db.close()
    return Result(time.perf_counter() - started, counts, notes)


@dataclass
class Setup:
    area_ids: list[int]
    level_ids: list[int]
    leadership: set[int]
    volunteer: set[int]
    person_ids: list[int]
    catalog_id: int
    items: list[tuple[int, str, int]]  # (item id, dimension key, default relevance)
    dimensions: list[tuple[int, str]]  # (dimension id, key) of the core dimensions
    version_id: int
    oberziel_ids: list[int]
    step_definitions: tuple[dict, ...]


def _setup_with_services(db, rng: random.Random, today: date) -> Setup:
    from sqlalchemy import select

    from digiwandel.domain.steps import step_definitions
    from digiwandel.model.assessment import DRIVER_KEYS, CatalogDimension, CatalogItem
    from digiwandel.services.check import CheckService
    from digiwandel.services.drivers import DriverService
    from digiwandel.services.organisation import OrganisationService
    from digiwandel.services.strategy import StrategyService

    org = OrganisationService(db)
    org.save_profile(
        name=ORG_NAME,
        legal_form="e.V.",
        fields_of_work="Jugendhilfe, Pflege, Beratung, Eingliederungshilfe, Kitas",
        staff_count=1250,
        volunteer_count=430,
        street="Am Rheinufer 1",
        postal_code="50667",
        city="Köln",
        fiscal_year_start_month=1,
    )
    area_ids = [org.create_area(name, text).id for name, text in AREAS]
    level_ids, leadership, volunteer = [], set(), set()
    for rank, (name, lead, vol) in enumerate(LEVELS):
        ident = org.create_level(name, rank, lead, vol).id
        level_ids.append(ident)
        if lead:
            leadership.add(ident)
        if vol:
            volunteer.add(ident)
    person_ids = []
    for n in range(120):
        first, last = FIRST_NAMES[n % len(FIRST_NAMES)], LAST_NAMES[n // len(FIRST_NAMES)]
        person_ids.append(
            org.create_person(
                f"{first} {last}",
                area_id=area_ids[n % len(area_ids)],
                level_id=level_ids[min(n % 7, 3)],
                role="Fachkraft" if n % 7 >= 2 else "Leitung",
                email=f"{first.lower()}.{n}@rheinaue.example",
            ).id
        )

    drivers = DriverService(db, "de")
    for key in DRIVER_KEYS:
        drivers.rate(key, rng.randint(0, 3), rng.randint(0, 2), "")

    check = CheckService(db, "de")
    catalog_id = check.ensure_default_catalog()
    with db.sessions() as session:
        dims = session.execute(
            select(CatalogDimension.id, CatalogDimension.key)
            .where(CatalogDimension.catalog_id == catalog_id, CatalogDimension.is_module.is_(False))
            .order_by(CatalogDimension.position)
        ).all()
        items = session.execute(
            select(CatalogItem.id, CatalogDimension.key, CatalogItem.default_relevance)
            .join(CatalogDimension, CatalogDimension.id == CatalogItem.dimension_id)
            .where(CatalogDimension.catalog_id == catalog_id, CatalogDimension.is_module.is_(False))
            .order_by(CatalogDimension.position, CatalogItem.position)
        ).all()

    strategy = StrategyService(db)
    strategy.save_identity(
        vision="Menschen am Rhein leben selbstbestimmt und gut versorgt.",
        vision_digital_note="Digitale Wege machen Hilfe leichter erreichbar.",
        leitbild="Wir arbeiten fachlich, partnerschaftlich und verlässlich.",
        core_values="Respekt, Verlässlichkeit, Vertraulichkeit, Offenheit",
    )
    oberziel_ids = [
        strategy.create_oberziel(title, "", "").id
        for title in (
            "Hilfen von hoher fachlicher Qualität",
            "Gute Arbeitsbedingungen",
            "Wirtschaftlich stabiler Träger",
        )
    ]
    first_year = today.year - 5
    version = strategy.create_first(
        f"Digitalstrategie {first_year}–{today.year + 4}",
        date(first_year, 1, 1),
        date(today.year + 4, 12, 31),
    )
    strategy.update_version(
        version.id,
        summary="Langfristige Digitalstrategie des Trägers.",
        principles="Datenschutz von Anfang an; Beteiligung aller Bereiche.",
    )
    for n, person in enumerate(person_ids[:10]):
        strategy.add_team_member(version.id, person, "lead" if n == 0 else "member")
    for n in range(12):
        strategy.create_communication(
            f"Zielgruppe {n + 1}",
            purpose=("inform", "involve", "decide")[n % 3],
            key_message="Stand der Digitalisierung",
            channel=("Newsletter", "Teamsitzung", "Intranet")[n % 3],
            due_on=today + timedelta(days=30 * n - 120),
            frequency=("once", "monthly", "quarterly")[n % 3],
            responsible_id=person_ids[n],
            version_id=version.id,
        )
    return Setup(
        area_ids=area_ids,
        level_ids=level_ids,
        leadership=leadership,
        volunteer=volunteer,
        person_ids=person_ids,
        catalog_id=catalog_id,
        items=[tuple(row) for row in items],
        dimensions=[tuple(row) for row in dims],
        version_id=version.id,
        oberziel_ids=oberziel_ids,
        step_definitions=step_definitions(),
    )


def _checks(bulk: Bulk, setup: Setup, rng, today: date, checks: int, sheets: int) -> None:
    """Completed assessments every ~18 days over ten years (oldest first), fully answered."""
    span = 10 * 365
    # How each area sees each dimension, fixed for all checks.
    area_bias = {
        (area, key): rng.gauss(0.0, 0.35) for area in setup.area_ids for key in DIMENSION_OFFSET
    }
    for n in range(checks):
        age = 60 + round((checks - 1 - n) * span / max(checks, 1))
        assessed_on = today - timedelta(days=age)
        progress = n / max(checks - 1, 1)  # maturity grows over the years
        created = _stamp(assessed_on)
        completed = _stamp(assessed_on + timedelta(days=14), 16)
        assessment_id = bulk.next_id("assessment")
        bulk.add(
            "assessment",
            {
                "id": assessment_id,
                "title": f"Digitalisierungscheck {assessed_on:%Y-%m} ({n + 1})",
                "assessed_on": assessed_on,
                "catalog_id": setup.catalog_id,
                "status": "completed",
                "completed_at": completed,
                "notes": "",
                "enabled_modules": "",
                "created_at": created,
                "updated_at": completed,
                "deleted_at": None,
            },
        )
        for dimension_id, _key in setup.dimensions:
            bulk.add(
                "dimension_target",
                {
                    "id": bulk.next_id("dimension_target"),
                    "assessment_id": assessment_id,
                    "dimension_id": dimension_id,
                    "target_percent": float(min(100, 5 * round((30 + 50 * progress) / 5) + 10)),
                    "created_at": created,
                    "updated_at": created,
                },
            )
        for position in range(1, sheets + 1):
            area = setup.area_ids[rng.randrange(len(setup.area_ids))]
            level = setup.level_ids[min(rng.randrange(6), 3)]
            respondent_id = bulk.next_id("respondent")
            bulk.add(
                "respondent",
                {
                    "id": respondent_id,
                    "assessment_id": assessment_id,
                    "area_id": area,
                    "level_id": level,
                    "name": "",
                    "position": position,
                    "finished": True,
                    "created_at": created,
                    "updated_at": created,
                    "deleted_at": None,
                },
            )
            lead = 0.4 if level in setup.leadership else 0.0
            unknown = 0.05 + (0.15 if level in setup.volunteer else 0.0)
            for item_id, key, relevance in setup.items:
                base = 0.6 + 1.6 * progress + DIMENSION_OFFSET.get(key, 0.0) + lead
                base += area_bias.get((area, key), 0.0)
                roll = rng.random()
                if roll < unknown:
                    status, level_value = "dont_know", None
                elif roll < unknown + 0.02:
                    status, level_value = "not_applicable", None
                else:
                    status = "level"
                    level_value = round(min(3.0, max(0.0, base + rng.gauss(0.0, 0.6))))
                bulk.add(
                    "answer",
                    {
                        "id": bulk.next_id("answer"),
                        "respondent_id": respondent_id,
                        "item_id": item_id,
                        "status": status,
                        "level": level_value,
                        "relevance": min(2, max(0, relevance + rng.choice((-1, 0, 0, 0, 1)))),
                        "comment": "",
                        "evidence": "",
                        "created_at": created,
                        "updated_at": created,
                    },
                )


def _goals(bulk: Bulk, setup: Setup, rng, today: date, goals: int) -> list[int]:
    """Goals with two indicators each and quarterly measurements since the baseline."""
    goal_ids = []
    now = datetime.now().replace(microsecond=0)
    baseline_on = date(today.year - 5, 1, 15)
    for n in range(goals):
        goal_id = bulk.next_id("strategic_goal")
        goal_ids.append(goal_id)
        due_on = date(today.year + rng.randint(-1, 4), 12, 31)
        bulk.add(
            "strategic_goal",
            {
                "id": goal_id,
                "strategy_version_id": setup.version_id,
                "oberziel_id": setup.oberziel_ids[n % len(setup.oberziel_ids)],
                "title": f"{GOAL_THEMES[n % len(GOAL_THEMES)]} ({n + 1})",
                "description": "Bis zum Zieldatum messbar erreicht.",
                "owner_id": setup.person_ids[n % len(setup.person_ids)],
                "due_on": due_on,
                "impact_level": rng.choice((None, 2, 3, 4, 5, 6)),
                "status": rng.choice(("open", "in_progress", "in_progress", "achieved")),
                "position": n + 1,
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
            },
        )
        kinds = ("number", ("boolean", "lower", "range")[n % 3])
        for kind in kinds:
            indicator_id = bulk.next_id("indicator")
            row = {
                "id": indicator_id,
                "goal_id": goal_id,
                "project_id": None,
                "name": "Anteil digital" if kind == "number" else f"Kennzahl {kind}",
                "unit": "%",
                "kind": "boolean" if kind == "boolean" else "number",
                "direction": "higher",
                "baseline_value": None,
                "baseline_on": baseline_on,
                "target_value": None,
                "target_on": due_on,
                "range_low": None,
                "range_high": None,
                "frequency": "quarterly",
                "data_source": "Auswertung Fachsoftware",
                "owner_id": setup.person_ids[(n + 3) % len(setup.person_ids)],
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
            }
            if kind == "number":
                start, end = float(rng.randint(5, 30)), float(rng.randint(60, 95))
                row.update(baseline_value=start, target_value=end)
            elif kind == "boolean":
                start, end = 0.0, 1.0
                row.update(unit="", baseline_value=0.0, target_value=1.0)
            elif kind == "lower":
                start, end = float(rng.randint(20, 40)), float(rng.randint(3, 10))
                row.update(unit="Tage", direction="lower", baseline_value=start, target_value=end)
            else:
                start, end = 60.0, 80.0
                row.update(direction="range", range_low=70.0, range_high=90.0)
            bulk.add("indicator", row)
            _measurements(bulk, rng, indicator_id, kind, baseline_on, today, start, end, now)
    return goal_ids


def _measurements(bulk, rng, indicator_id, kind, first: date, last: date, start, end, now):
    """Quarterly readings from `first` to `last`, moving from `start` towards `end`."""
    days = max((last - first).days, 1)
    day, step = first, 0
    while day <= last:
        share = (day - first).days / days
        if kind == "boolean":
            value = 1.0 if share > 0.6 else 0.0
        else:
            value = round(start + (end - start) * share * 0.8 + rng.gauss(0.0, 2.0), 1)
        bulk.add(
            "measurement",
            {
                "id": bulk.next_id("measurement"),
                "indicator_id": indicator_id,
                "measured_on": day,
                "value": value,
                "comment": "",
                "confidence": rng.choice((None, 6, 8, 9)),
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
            },
        )
        step += 1
        day = first + timedelta(days=91 * step)


def _projects(bulk: Bulk, setup: Setup, rng, today: date, measures: int, goal_ids) -> None:
    from digiwandel.model.assessment import DRIVER_KEYS

    persons = setup.person_ids
    checklists = [
        [entry.get("de") or entry.get("en") or "" for entry in definition["checklist"]]
        for definition in setup.step_definitions
    ]
    for n in range(measures):
        starts_on = today + timedelta(days=rng.randint(-8 * 365, 365))
        duration = rng.randint(90, 720)
        ends_on = starts_on + timedelta(days=duration)
        if ends_on < today - timedelta(days=30):
            status = "completed" if rng.random() < 0.85 else "cancelled"
        elif starts_on > today:
            status = "planned"
        else:
            status = "active" if rng.random() < 0.85 else "paused"
        if status == "completed":
            done = 12
        elif status == "cancelled":
            done = rng.randint(1, 8)
        elif status == "planned":
            done = 0
        else:
            elapsed = (today - starts_on).days / duration
            done = min(11, int(elapsed * 12))
        light = (
            "green"
            if status == "completed"
            else rng.choice(("green",) * 6 + ("amber",) * 3 + ("red",))
        )
        owner = persons[rng.randrange(len(persons))]
        created = _stamp(min(starts_on, today) - timedelta(days=30))
        project_id = bulk.next_id("project")
        bulk.add(
            "project",
            {
                "id": project_id,
                "title": f"{PROJECT_THEMES[n % len(PROJECT_THEMES)]} {n + 1}",
                "description": "Bis zum Projektende nutzen alle Beteiligten das neue Verfahren.",
                "target_group": "Mitarbeitende",
                "owner_id": owner,
                "starts_on": starts_on,
                "ends_on": ends_on,
                "status": status,
                "light": light,
                "light_reason": "" if light == "green" else "Verzögerung beim Anbieter",
                "finding_key": None,
                "source_assessment_id": None,
                "template_key": None,
                "current_pdca_cycle": 0,
                "created_at": created,
                "updated_at": created,
                "deleted_at": None,
            },
        )
        for key in rng.sample(DRIVER_KEYS, rng.randint(1, 2)):
            bulk.add(
                "project_driver",
                {"id": bulk.next_id("project_driver"), "project_id": project_id, "driver_key": key},
            )
        skipped = 11 if status == "completed" and rng.random() < 0.2 else None
        for number in range(1, 13):
            step_start = starts_on + timedelta(days=duration * (number - 1) // 12)
            step_due = starts_on + timedelta(days=duration * number // 12)
            if number == skipped:
                step_status = "skipped"
            elif number <= done:
                step_status = "done"
            elif number == done + 1 and status in ("active", "paused"):
                step_status = "in_progress"
            else:
                step_status = "open"
            closed = step_status in ("done", "skipped")
            step_id = bulk.next_id("project_step")
            bulk.add(
                "project_step",
                {
                    "id": step_id,
                    "project_id": project_id,
                    "number": number,
                    "status": step_status,
                    "skip_reason": "Für diese Maßnahme nicht nötig" if number == skipped else "",
                    "responsible_id": owner if number % 3 else persons[(n + number) % len(persons)],
                    "starts_on": step_start,
                    "due_on": step_due,
                    "notes": "",
                    "gate_decided_by": "Leitungsrunde" if step_status == "done" else "",
                    "gate_decided_on": step_due if step_status == "done" else None,
                    "created_at": created,
                    "updated_at": created,
                },
            )
            texts = checklists[number - 1]
            for position, text in enumerate(texts, 1):
                bulk.add(
                    "checklist_item",
                    {
                        "id": bulk.next_id("checklist_item"),
                        "step_id": step_id,
                        "position": position,
                        "text": text,
                        "done": closed
                        or (step_status == "in_progress" and position <= len(texts) // 2),
                        "from_template": True,
                        "created_at": created,
                        "updated_at": created,
                    },
                )
            if number == max(done, 1) or number == done + 1:
                _tasks(bulk, rng, step_id, closed, step_start, step_due, owner, today, created)
        _budget(bulk, rng, project_id, status, created)
        if done >= 8:
            for kind, dpia in (("data_protection", rng.random() < 0.3), ("it_security", None)):
                bulk.add(
                    "policy_check",
                    {
                        "id": bulk.next_id("policy_check"),
                        "project_id": project_id,
                        "kind": kind,
                        "status": "done",
                        "dpia_needed": dpia,
                        "evidence": "Protokoll der Prüfung",
                        "created_at": created,
                        "updated_at": created,
                    },
                )
        if rng.random() < 0.25:
            bulk.add(
                "risk",
                {
                    "id": bulk.next_id("risk"),
                    "project_id": project_id,
                    "title": "Anbieter liefert zu spät",
                    "likelihood": rng.randint(1, 5),
                    "impact": rng.randint(1, 5),
                    "mitigation": "Zweites Angebot einholen",
                    "owner_id": owner,
                    "status": "open",
                    "created_at": created,
                    "updated_at": created,
                    "deleted_at": None,
                },
            )
        if n % 3 == 0:
            _project_metric(bulk, rng, project_id, owner, starts_on, ends_on, today, created)
        if goal_ids and rng.random() < 0.3:
            for goal_id in rng.sample(goal_ids, min(len(goal_ids), rng.randint(1, 2))):
                bulk.add(
                    "goal_project_link",
                    {
                        "id": bulk.next_id("goal_project_link"),
                        "goal_id": goal_id,
                        "project_id": project_id,
                        "contribution": "Trägt zum Ziel bei.",
                        "created_at": created,
                        "updated_at": created,
                    },
                )


def _tasks(bulk, rng, step_id, closed, first: date, last: date, owner, today, created) -> None:
    for _ in range(rng.randint(1, 2)):
        due = first + timedelta(days=rng.randint(0, max((last - first).days, 0)))
        done = closed or (due < today and rng.random() < 0.7)
        bulk.add(
            "task",
            {
                "id": bulk.next_id("task"),
                "step_id": step_id,
                "title": TASK_TITLES[rng.randrange(len(TASK_TITLES))],
                "responsible_id": owner,
                "due_on": due,
                "done": done,
                "done_on": min(due, today) if done else None,
                "is_milestone": rng.random() < 0.25,
                "created_at": created,
                "updated_at": created,
                "deleted_at": None,
            },
        )


def _budget(bulk, rng, project_id, status, created) -> None:
    for category in rng.sample(BUDGET_CATEGORIES, rng.randint(1, 2)):
        planned = float(rng.randint(5, 500) * 100)
        if status == "completed":
            actual = round(planned * rng.uniform(0.8, 1.3), 2)
        elif status in ("active", "paused", "cancelled"):
            actual = round(planned * rng.uniform(0.1, 0.9), 2)
        else:
            actual = None
        bulk.add(
            "budget_line",
            {
                "id": bulk.next_id("budget_line"),
                "project_id": project_id,
                "category": category,
                "funding_source": rng.choice(("Eigenmittel", "Aktion Mensch", "Land")),
                "planned": planned,
                "actual": actual,
                "note": "",
                "created_at": created,
                "updated_at": created,
                "deleted_at": None,
            },
        )


def _project_metric(bulk, rng, project_id, owner, starts_on, ends_on, today, created) -> None:
    indicator_id = bulk.next_id("indicator")
    bulk.add(
        "indicator",
        {
            "id": indicator_id,
            "goal_id": None,
            "project_id": project_id,
            "name": "Nutzungsquote",
            "unit": "%",
            "kind": "number",
            "direction": "higher",
            "baseline_value": 0.0,
            "baseline_on": starts_on,
            "target_value": 80.0,
            "target_on": ends_on,
            "range_low": None,
            "range_high": None,
            "frequency": "quarterly",
            "data_source": "Auswertung",
            "owner_id": owner,
            "created_at": created,
            "updated_at": created,
            "deleted_at": None,
        },
    )
    if starts_on < today:
        last = min(ends_on, today)
        _measurements(bulk, rng, indicator_id, "number", starts_on, last, 0.0, 80.0, created)


def _draft_check(db, setup: Setup, rng, today: date) -> None:
    """This year's check in preparation: a few sheets, partly answered, via the services."""
    from digiwandel.services.check import CheckService

    check = CheckService(db, "de")
    draft = check.create_assessment(
        f"Digitalisierungscheck {today.year} (Vorbereitung)", today, setup.catalog_id
    )
    for n in range(5):
        sheet = check.add_respondent(
            draft.id, setup.area_ids[n % len(setup.area_ids)], setup.level_ids[n % 3]
        )
        answers = [(item_id, "level", rng.randint(0, 3), None) for item_id, *_ in setup.items]
        check.set_answers(sheet.id, answers[: 15 + 5 * n])


SCORE_FUNCTION = re.compile(r"^(re(compute|fresh|build|store)|store|update|fill)\w*scores?\w*$")


def refresh_derived(db, log: Callable[[str], None] = _log) -> list[str]:
    """Recompute stored derived figures (check scores) if the model has such a table.

    Looks for a table with "score" in its name; if there is one, calls the CheckService
    method that recomputes the stored scores of all checks (a public method whose name says
    so and that needs no arguments). Returns notes for the summary.
    """
    from digiwandel.model.base import Base
    from digiwandel.services.check import CheckService

    tables = sorted(name for name in Base.metadata.tables if "score" in name)
    if not tables:
        return ["no stored scores in the model: nothing to recompute"]
    service = CheckService(db, "de")
    for name, member in inspect.getmembers(service, callable):
        if name.startswith("_") or not SCORE_FUNCTION.match(name):
            continue
        params = inspect.signature(member).parameters.values()
        if any(
            p.default is p.empty and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
            for p in params
        ):
            continue
        log(f"recomputing stored scores with CheckService.{name}() …")
        start = time.perf_counter()
        member()
        return [
            f"stored scores ({', '.join(tables)}) recomputed with CheckService.{name}() "
            f"in {time.perf_counter() - start:.1f} s"
        ]
    message = (
        f"WARNING: tables {', '.join(tables)} hold stored scores, but no CheckService method "
        "to recompute them for all checks was found: the bulk-inserted checks have none"
    )
    log(message)
    return [message]


def row_counts(db) -> dict[str, int]:
    from sqlalchemy import func, select

    from digiwandel.model.base import Base

    counts = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            counts[table.name] = conn.scalar(select(func.count()).select_from(table))
    return counts


def print_summary(path: Path, result: Result) -> None:
    size = sum(
        Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists()
    )
    print(f"Generated {path} in {result.seconds:.1f} s ({size / 1e6:.1f} MB)")
    width = max(len(name) for name in result.counts)
    for name, count in sorted(result.counts.items(), key=lambda kv: -kv[1]):
        if count:
            print(f"  {name:<{width}}  {count:>9,}")
    print(f"  {'total rows':<{width}}  {sum(result.counts.values()):>9,}")
    for note in result.notes:
        print(f"  note: {note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="database file to write")
    parser.add_argument("--measures", type=int, default=5000, help="measures (5000)")
    parser.add_argument("--checks", type=int, default=200, help="completed checks (200)")
    parser.add_argument("--sheets", type=int, default=40, help="answer sheets per check (40)")
    parser.add_argument("--goals", type=int, default=50, help="strategic goals (50)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    result = generate(
        args.out,
        measures=args.measures,
        checks=args.checks,
        sheets=args.sheets,
        goals=args.goals,
        seed=args.seed,
        force=args.force,
    )
    print_summary(args.out, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How fast are the project lists with many measures?

    python benchmarks/projects.py [--projects 5000] [--repeat 5]

Creates a temporary database and fills it with bulk inserts (one transaction, no service
calls per project): --projects measures with their 12 steps and the steps' checklists, about
three tasks each (some overdue, some milestones), two budget lines, one project metric with
two measurements, one or two drivers, a goal link, and 20 persons as owners. Then it measures
(median of --repeat runs, time.perf_counter):

* ProjectService.list_portfolio() and timeline();
* the real Measures page (offscreen Qt): opening the portfolio, sorting by each column,
  filtering by traffic light, searching, and opening one measure;
* ProjectService.get_project() for one measure.

The goal is at most 200 ms for each figure.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

# Before anything imports Qt: no display needed, no accessibility bus.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOAL_MS = 200.0
TIMELINE_ROWS = 40  # as many bars as the timeline chart shows
TODAY = date(2025, 6, 15)
PERSONS = 20
DRIVERS = ("online_platforms", "ai", "big_data", "robotics")


def median_ms(repeat: int, run: Callable[[], object], before: Callable[[], object] | None = None):
    """Median of `repeat` runs in milliseconds, and the last result; `before` is not timed."""
    times = []
    result = None
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        result = run()
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--projects", type=int, default=5000, help="measures (5000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (5)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="digiwandel-bench-") as folder:
        # Keep settings, logs and data of this run out of the user's folders.
        os.environ["DIGIWANDEL_DATA_DIR"] = str(Path(folder) / "data")
        os.environ["XDG_CONFIG_HOME"] = str(Path(folder) / "config")
        return run(Path(folder), args.projects, args.repeat, args.seed)


def fill(db, projects: int, seed: int) -> dict[str, int]:
    """Bulk-insert the test data in one transaction; returns row counts per table."""
    from sqlalchemy import insert

    from digiwandel.domain.steps import step_definitions
    from digiwandel.model.organisation import Person
    from digiwandel.model.project import (
        BudgetLine,
        ChecklistItem,
        Project,
        ProjectDriver,
        ProjectStep,
        Task,
    )
    from digiwandel.model.strategy import (
        GoalProjectLink,
        Indicator,
        Measurement,
        StrategicGoal,
        StrategyVersion,
    )

    rng = random.Random(seed)
    now = datetime(2025, 6, 1, 12, 0)
    stamps = {"created_at": now, "updated_at": now}
    checklists = {
        d["number"]: [entry["de"] for entry in d["checklist"]] for d in step_definitions()
    }
    lights = ("green", "green", "green", "amber", "red")
    statuses = ("planned", "active", "active", "active", "paused", "completed")

    persons = [{"id": i, "name": f"Person {i:02d}", **stamps} for i in range(1, PERSONS + 1)]
    version = [{"id": 1, "title": "Digitalstrategie", "status": "draft", **stamps}]
    goals = [
        {"id": g, "strategy_version_id": 1, "title": f"Ziel {g}", "position": g, **stamps}
        for g in range(1, 6)
    ]
    rows: dict[str, list[dict]] = {
        name: []
        for name in (
            "project",
            "driver",
            "step",
            "checklist",
            "task",
            "budget",
            "indicator",
            "measurement",
            "link",
        )
    }
    step_id = checklist_id = task_id = 0
    for pid in range(1, projects + 1):
        light = rng.choice(lights)
        starts = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
        ends = starts + timedelta(days=rng.randint(90, 720))
        rows["project"].append(
            {
                "id": pid,
                "title": f"Projekt {pid}",
                "description": "",
                "target_group": "",
                "owner_id": rng.randint(1, PERSONS),
                "starts_on": starts,
                "ends_on": ends,
                "status": rng.choice(statuses),
                "light": light,
                "light_reason": "" if light == "green" else "Verzug bei der Lieferung",
                "current_pdca_cycle": 0,
                **stamps,
            }
        )
        for key in rng.sample(DRIVERS, rng.randint(1, 2)):
            rows["driver"].append({"project_id": pid, "driver_key": key})
        rows["link"].append(
            {"goal_id": rng.randint(1, 5), "project_id": pid, "contribution": "", **stamps}
        )
        reached = rng.randint(0, 12)
        step_ids = []
        for number in range(1, 13):
            step_id += 1
            step_ids.append(step_id)
            status = (
                "done" if number <= reached else "in_progress" if number == reached + 1 else "open"
            )
            rows["step"].append(
                {
                    "id": step_id,
                    "project_id": pid,
                    "number": number,
                    "status": status,
                    "skip_reason": "",
                    "responsible_id": None,
                    "starts_on": None,
                    "due_on": starts + timedelta(days=30 * number),
                    "notes": "",
                    "gate_decided_by": "",
                    **stamps,
                }
            )
            for position, text in enumerate(checklists[number], 1):
                checklist_id += 1
                rows["checklist"].append(
                    {
                        "id": checklist_id,
                        "step_id": step_id,
                        "position": position,
                        "text": text,
                        "done": number <= reached,
                        "from_template": True,
                        **stamps,
                    }
                )
        for n in range(3):
            task_id += 1
            due = TODAY + timedelta(days=rng.randint(-60, 120))
            rows["task"].append(
                {
                    "id": task_id,
                    "step_id": step_ids[min(reached, 11)],
                    "title": f"Aufgabe {n + 1}",
                    "responsible_id": rng.randint(1, PERSONS),
                    "due_on": due,
                    "done": rng.random() < 0.3,
                    "done_on": None,
                    "is_milestone": n == 2,
                    **stamps,
                }
            )
        for category, planned in (("Lizenzen", 1200.0), ("Schulung", 800.0)):
            actual = round(planned * rng.uniform(0.5, 1.3), 2) if rng.random() < 0.6 else None
            rows["budget"].append(
                {
                    "project_id": pid,
                    "category": category,
                    "funding_source": "Eigenmittel",
                    "planned": planned,
                    "actual": actual,
                    "note": "",
                    **stamps,
                }
            )
        rows["indicator"].append(
            {
                "id": pid,
                "goal_id": None,
                "project_id": pid,
                "name": "Nutzungsquote",
                "unit": "%",
                "kind": "number",
                "direction": "higher",
                "frequency": "quarterly",
                "data_source": "",
                **stamps,
            }
        )
        for months, value in ((0, 20.0), (3, 35.0)):
            rows["measurement"].append(
                {
                    "indicator_id": pid,
                    "measured_on": starts + timedelta(days=30 * months),
                    "value": value,
                    "comment": "",
                    **stamps,
                }
            )

    tables = (
        ("person", Person, persons),
        ("strategy_version", StrategyVersion, version),
        ("strategic_goal", StrategicGoal, goals),
        ("project", Project, rows["project"]),
        ("project_driver", ProjectDriver, rows["driver"]),
        ("project_step", ProjectStep, rows["step"]),
        ("checklist_item", ChecklistItem, rows["checklist"]),
        ("task", Task, rows["task"]),
        ("budget_line", BudgetLine, rows["budget"]),
        ("indicator", Indicator, rows["indicator"]),
        ("measurement", Measurement, rows["measurement"]),
        ("goal_project_link", GoalProjectLink, rows["link"]),
    )
    with db.engine.begin() as conn:  # Core executemany: one transaction for everything
        for _name, model, data in tables:
            conn.execute(insert(model.__table__), data)
    return {name: len(data) for name, _model, data in tables}


def run(folder: Path, projects: int, repeat: int, seed: int) -> int:
    from digiwandel.model.database import open_database
    from digiwandel.services.projects import ProjectService

    db = open_database(folder / "bench.sqlite3")
    start = time.perf_counter()
    counts = fill(db, projects, seed)
    fill_ms = (time.perf_counter() - start) * 1000.0
    print(f"fill ({sum(counts.values())} rows in {len(counts)} tables, bulk): {fill_ms:.0f} ms")
    print("  " + ", ".join(f"{name} {n}" for name, n in counts.items()))

    svc = ProjectService(db, "de")
    results: list[tuple[str, float]] = []

    ms, rows = median_ms(repeat, lambda: svc.list_portfolio(today=TODAY))
    results.append((f"portfolio load ({len(rows)} projects)", ms))
    ms, timeline = median_ms(repeat, lambda: svc.timeline(limit=TIMELINE_ROWS))
    results.append((f"timeline load ({len(timeline)} projects shown)", ms))
    project_id = rows[len(rows) // 2].id
    ms, _detail = median_ms(repeat, lambda: svc.get_project(project_id))
    results.append(("get_project (one project)", ms))
    results += measure_page(db, repeat)

    for label, ms in results:
        print(f"{label}: {ms:.0f} ms")
    slow = [label for label, ms in results if ms > GOAL_MS]
    print(
        f"target: ≤ {GOAL_MS:.0f} ms each - "
        + ("met" if not slow else "NOT met by: " + "; ".join(slow))
    )
    db.close()
    return 0


def measure_page(db, repeat: int) -> list[tuple[str, float]]:
    """The real Measures page (offscreen): open the portfolio, sort by each column, filter,
    search, and open one measure's detail view."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from digiwandel.ui.context import AppContext
    from digiwandel.ui.pages.projects import ProjectsPage

    app = QApplication.instance() or QApplication([])
    ctx = AppContext()
    ctx.db = db  # the page only needs the open database; set_database would close nothing
    page = ProjectsPage(ctx)
    page.resize(1400, 900)
    page.show()
    out: list[tuple[str, float]] = []

    ms, _ = median_ms(repeat, page.reload)
    out.append((f"open the portfolio page ({page.model.rowCount()} measures)", ms))
    for column in range(page.model.columnCount()):
        header = page.model.headerData(column, Qt.Orientation.Horizontal)
        ms, _ = median_ms(
            repeat, lambda c=column: page.table.sortByColumn(c, Qt.SortOrder.AscendingOrder)
        )
        out.append((f"sort by {header}", ms))

    def light_filter() -> int:
        page.filters["light"].setCurrentIndex(3)  # red
        return page.proxy.rowCount()

    ms, shown = median_ms(
        repeat, light_filter, before=lambda: page.filters["light"].setCurrentIndex(0)
    )
    out.append((f"filter by light = red ({shown} shown)", ms))
    page.filters["light"].setCurrentIndex(0)

    def search() -> int:
        page.search.setText("Projekt 42")
        return page.proxy.rowCount()

    ms, shown = median_ms(repeat, search, before=lambda: page.search.setText(""))
    out.append((f'search "Projekt 42" ({shown} shown)', ms))
    page.search.setText("")

    project_id = page.model.row_at(page.model.rowCount() // 2).id

    def open_detail() -> None:
        page.open_project(project_id)
        app.processEvents()

    ms, _ = median_ms(repeat, open_detail, before=page.show_list)
    out.append(("open one measure (detail view)", ms))
    page.close()
    return out


if __name__ == "__main__":
    raise SystemExit(main())

"""How fast are the results of a Digitalisierungscheck with many answer sheets?

    python benchmarks/check_results.py [--respondents 50] [--repeat 5]

Creates a temporary database, imports the shipped catalog (or, while it is missing, a
generated one with 45 questions), creates one assessment in which every respondent answers
every question, and measures (best of --repeat runs, time.perf_counter):

* CheckService.results() - scores, breakdowns, findings, recommendations, trend;
* the results page: building ResultsView, set_results(), show() and processing the events
  (offscreen Qt), if the UI can be imported.

The goal is at most 300 ms for results() and the page together.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

# Before anything imports Qt: no display needed, no accessibility bus.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOAL_MS = 300.0


def generated_catalog(dimensions: int = 9, items: int = 5) -> dict:
    """A valid catalog with dimensions x items questions (45 by default)."""

    def text(label: str) -> dict[str, str]:
        return {"de": f"{label} (de)", "en": f"{label} (en)"}

    return {
        "schema_version": 1,
        "key": "benchmark",
        "version": "1",
        "title": {"de": "Benchmark-Katalog", "en": "Benchmark catalog"},
        "description": text("Generierter Katalog"),
        "dimensions": [
            {
                "key": f"dim{d}",
                "title": {"de": f"Dimension {d}", "en": f"Dimension {d}"},
                "description": text(f"Dimension {d}"),
                "recommendations": ["strategic_anchoring"],
                "items": [
                    {
                        "key": f"dim{d}.item{i}",
                        "question": text(f"Frage {d}.{i}"),
                        "explanation": text(f"Erklärung {d}.{i}"),
                        "relevance": i % 3,
                        "tags": ["cross_department"] if i == 0 else [],
                        "levels": [
                            {"statement": text(f"Stufe {n}"), "next_step": text(f"Schritt {n}")}
                            for n in range(4)
                        ],
                    }
                    for i in range(items)
                ],
            }
            for d in range(dimensions)
        ],
    }


def best_of(repeat: int, run: Callable[[], object]) -> tuple[float, object]:
    """Fastest of `repeat` runs in milliseconds, and the last result."""
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        best = min(best, (time.perf_counter() - start) * 1000.0)
    return best, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--respondents", type=int, default=50, help="answer sheets (50)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (5)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="digiwandel-bench-") as folder:
        # Keep settings, logs and data of this run out of the user's folders.
        os.environ["DIGIWANDEL_DATA_DIR"] = str(Path(folder) / "data")
        os.environ["XDG_CONFIG_HOME"] = str(Path(folder) / "config")
        return run(Path(folder), args.respondents, args.repeat, args.seed)


def run(folder: Path, respondents: int, repeat: int, seed: int) -> int:
    import json

    from sqlalchemy import event

    from digiwandel.model.database import open_database
    from digiwandel.paths import resources_dir
    from digiwandel.services.check import CheckService
    from digiwandel.services.organisation import OrganisationService

    rng = random.Random(seed)
    setup_start = time.perf_counter()
    db = open_database(folder / "bench.sqlite3")
    check = CheckService(db, "de")
    org = OrganisationService(db)

    default = resources_dir() / "catalogs" / "default.json"
    if default.exists():
        catalog = check.import_catalog_file(default)
        source = f"default.json ({catalog.key} {catalog.version})"
    else:
        data = json.dumps(generated_catalog()).encode("utf-8")
        catalog = check.import_catalog_bytes(data, "generated.json")
        source = "generated (default.json missing)"

    areas = [org.create_area(n).id for n in ("Beratung", "Pflege", "Jugend", "Verwaltung")]
    levels = [
        org.create_level("Geschäftsführung", 0, is_leadership=True).id,
        org.create_level("Leitung", 1, is_leadership=True).id,
        org.create_level("Mitarbeitende", 2).id,
        org.create_level("Ehrenamt", 3, is_volunteer=True).id,
    ]
    modules = tuple(key for key, _title in catalog.modules)
    assessment = check.create_assessment(
        "Benchmark-Check", date.today(), catalog.id, modules=modules
    )
    items = [i for d in check.survey_structure(assessment.id) for i in d.items]
    for n in range(respondents):
        sheet = check.add_respondent(assessment.id, areas[n % 4], levels[n % 4])
        answers = []
        for item in items:
            roll = rng.random()
            if roll < 0.06:
                answers.append((item.id, "dont_know", None, None))
            elif roll < 0.08:
                answers.append((item.id, "not_applicable", None, None))
            else:
                answers.append((item.id, "level", rng.randint(0, 3), rng.randint(0, 2)))
        check.set_answers(sheet.id, answers)
    setup_ms = (time.perf_counter() - setup_start) * 1000.0

    statements: list[str] = []

    def count(_conn, _cursor, statement, *_rest) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    results = check.results(assessment.id)
    event.remove(db.engine, "before_cursor_execute", count)

    results_ms, results = best_of(repeat, lambda: check.results(assessment.id))
    page_ms, page_note = measure_page(db, results, repeat)

    total = results_ms + page_ms if page_ms is not None else None
    rows = [
        ("catalog", source),
        ("respondents", str(respondents)),
        ("items", str(len(items))),
        ("answers", str(respondents * len(items))),
        ("SQL statements for results()", str(len(statements))),
        ("time results() ms", f"{results_ms:.1f}"),
        ("time page ms", f"{page_ms:.1f}" if page_ms is not None else page_note),
        ("results() + page ms", f"{total:.1f}" if total is not None else "–"),
        ("goal ms", f"≤ {GOAL_MS:.0f}"),
        (
            "verdict",
            "met" if (total if total is not None else results_ms) <= GOAL_MS else "NOT met",
        ),
        ("(setup ms, not measured)", f"{setup_ms:.0f}"),
    ]
    width = max(len(label) for label, _ in rows)
    print(f"Digitalisierungscheck results, best of {repeat}")
    for label, value in rows:
        print(f"  {label:<{width}}  {value}")
    if page_ms is None:
        print("results page: not measured")
    db.close()
    return 0


def measure_page(db, results, repeat: int) -> tuple[float | None, str]:
    """Build, fill and show the results page offscreen; None if the UI cannot be imported."""
    try:
        from PySide6.QtWidgets import QApplication

        from digiwandel.ui.context import AppContext
        from digiwandel.ui.pages.check_results import ResultsView
    except Exception as exc:  # the UI may still be being written
        return None, f"not measured ({type(exc).__name__}: {exc})"

    app = QApplication.instance() or QApplication([])
    ctx = AppContext()
    ctx.db = db

    best = float("inf")
    try:
        for _ in range(repeat):
            start = time.perf_counter()
            view = ResultsView(ctx)
            view.resize(1200, 900)
            view.set_results(results)
            view.show()
            app.processEvents()
            best = min(best, (time.perf_counter() - start) * 1000.0)
            # Closing and deleting is not part of the measurement.
            view.close()
            view.deleteLater()
            app.processEvents()
    except Exception as exc:
        return None, f"not measured ({type(exc).__name__}: {exc})"
    finally:
        ctx.db = None  # the database is closed by the caller
    return best, ""


if __name__ == "__main__":
    raise SystemExit(main())

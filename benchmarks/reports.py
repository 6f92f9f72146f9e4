"""How fast is the board report?

    python benchmarks/reports.py [--measures 200] [--repeat 3] [--lang de]

Creates two temporary databases, the demo organisation and a generated one with --measures
measures (benchmarks/large_db.py with ten checks and twelve goals), and measures the board
report of each in-process (time.perf_counter): the first run, which also loads reportlab,
matplotlib and the fonts, and the best of --repeat runs after it.

The goals are at most 1.5 s for the demo and 6 s for 200 measures, and a peak memory
(RSS) of at most 250 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# Before anything imports Qt: no display needed, no accessibility bus.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOALS_S = {"demo": 1.5, "large": 6.0}
RSS_GOAL_MB = 250.0


def timed(run: Callable[[], object], repeat: int) -> tuple[float, float, object]:
    """(first run, best of the next `repeat` runs, last result) in seconds."""
    started = time.perf_counter()
    result = run()
    first = time.perf_counter() - started
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - started)
    return first, best, result


def board_report(path: Path, lang: str) -> Callable[[], object]:
    from digiwandel.i18n import QtLanguage
    from digiwandel.model.database import open_database
    from digiwandel.services.reports import board
    from digiwandel.services.reports.common import ReportRequest

    db = open_database(path)
    language = QtLanguage(lang)
    return lambda: board.build(db, language, ReportRequest("board"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--measures", type=int, default=200, help="measures (200)")
    parser.add_argument("--repeat", type=int, default=3, help="runs after the first (3)")
    parser.add_argument("--lang", default="de", choices=("de", "en"))
    args = parser.parse_args(argv)

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import large_db

    from digiwandel.services.demo import create_demo_file

    with tempfile.TemporaryDirectory() as folder:
        demo = create_demo_file(Path(folder) / "demo.sqlite3")
        large = Path(folder) / "large.sqlite3"
        large_db.generate(
            large, measures=args.measures, checks=10, sheets=30, goals=12, log=lambda _t: None
        )
        rows = []
        for key, label, path in (
            ("demo", "board report, demo organisation", demo),
            ("large", f"board report, {args.measures} measures", large),
        ):
            first, best, rendered = timed(board_report(path, args.lang), args.repeat)
            verdict = "ok" if best <= GOALS_S[key] else f"over the goal of {GOALS_S[key]} s"
            pages = f"{rendered.pages} pages"
            rows.append((label, pages, f"first {first:.2f} s", f"best {best:.2f} s", verdict))
    print(f"Board report ({args.lang}), first run and best of {args.repeat}")
    for row in rows:
        widths = (34, 9, 13, 12, 0)
        print("  " + "  ".join(f"{cell:<{width}}" for cell, width in zip(row, widths, strict=True)))
    # Peak memory of this process: both databases, every report made, the libraries loaded.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    verdict = "ok" if peak <= RSS_GOAL_MB else f"over the goal of {RSS_GOAL_MB:.0f} MB"
    print(f"  peak RSS {peak:.0f} MB   {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

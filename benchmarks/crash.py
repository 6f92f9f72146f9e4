"""Does a hard kill during edits lose anything or damage the file?

    python benchmarks/crash.py [--trials 500] [--seed 1] [--max-delay 0.6]

A child process opens a database and makes edits one after another through the services,
as the program does: a new area (one row), a new measure (a measure with its twelve steps,
one transaction), a change of the organisation's name. After each commit it reports the
edit on its standard output. The parent kills the child with SIGKILL at a random moment,
then checks the file: `PRAGMA integrity_check` must say "ok", every edit the child
reported must be there, and every measure must have all twelve steps (a transaction is
never half-written). It prints the trials, integrity failures and lost edits, and exits
1 if there was any.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CHILD = r"""
import sys
sys.path.insert(0, sys.argv[2])
from digiwandel.model.database import open_database
from digiwandel.services.organisation import OrganisationService
from digiwandel.services.projects import ProjectService

db = open_database(sys.argv[1])
org, projects = OrganisationService(db), ProjectService(db)
print("ready", flush=True)
start = int(sys.argv[3])
for i in range(start, start + 100_000):
    kind = i % 3
    if kind == 0:
        org.create_area(f"Bereich {i}")
        print(f"area {i}", flush=True)
    elif kind == 1:
        projects.create_project(f"Maßnahme {i}")
        print(f"measure {i}", flush=True)
    else:
        org.save_profile(name=f"Verein {i}")
        print(f"name {i}", flush=True)
"""


def prepare(path: Path) -> None:
    from digiwandel.model.database import open_database
    from digiwandel.services.organisation import OrganisationService

    db = open_database(path)
    OrganisationService(db).save_profile(name="Verein 0")
    db.close()


def check(path: Path, reported: list[str]) -> tuple[bool, list[str]]:
    """(integrity ok, the reported edits that are missing)."""
    connection = sqlite3.connect(path)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        areas = {row[0] for row in connection.execute("SELECT name FROM area")}
        measures = dict(
            connection.execute(
                "SELECT p.title, count(s.id) FROM project p "
                "LEFT JOIN project_step s ON s.project_id = p.id GROUP BY p.id"
            ).fetchall()
        )
        name = connection.execute("SELECT name FROM organisation").fetchone()[0]
    finally:
        connection.close()
    lost = []
    last_name = None
    for line in reported:
        kind, number = line.split()
        present = {
            "area": f"Bereich {number}" in areas,
            "measure": measures.get(f"Maßnahme {number}") == 12,
        }
        if not present.get(kind, True):
            lost.append(line)
        if kind == "name":
            last_name = f"Verein {number}"
    # the newest reported name must be there, or a later one the child did not report
    if last_name is not None and int(name.split()[-1]) < int(last_name.split()[-1]):
        lost.append(f"name {last_name}")
    half = [title for title, steps in measures.items() if steps != 12]
    lost += [f"half-written measure {title}" for title in half]
    return integrity, lost


def run(trials: int, seed: int, max_delay: float, folder: Path) -> tuple[int, int, int, int]:
    """(trials, edits reported, integrity failures, lost edits)."""
    rng = random.Random(seed)
    path = folder / "crash.sqlite3"
    prepare(path)
    failures = lost_total = 0
    reported: list[str] = []
    counter = 1
    for _trial in range(trials):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(ROOT), str(counter)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        child.stdout.readline()  # "ready": the kill falls among the edits, not the imports
        time.sleep(rng.uniform(0.0, max_delay))
        child.send_signal(signal.SIGKILL)
        out, _err = child.communicate()
        lines = [line for line in out.splitlines() if line.strip() and line != "ready"]
        reported += lines
        if lines:
            counter = int(lines[-1].split()[1]) + 1
        counter += 1  # an edit may have committed without being reported: skip its number
        integrity, lost = check(path, reported)
        failures += not integrity
        lost_total += len(lost)
        if not integrity or lost:
            print(f"  trial {_trial}: integrity {'ok' if integrity else 'FAILED'}, lost {lost}")
    return trials, len(reported), failures, lost_total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-delay", type=float, default=0.6, help="seconds before the kill")
    args = parser.parse_args(argv)
    if os.name != "posix":
        print("SIGKILL needs Linux or macOS")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        trials, edits, failures, lost = run(args.trials, args.seed, args.max_delay, Path(tmp))
    print(
        f"trials {trials}, edits reported {edits}, integrity failures {failures}, lost edits {lost}"
    )
    return 1 if failures or lost else 0


if __name__ == "__main__":
    raise SystemExit(main())

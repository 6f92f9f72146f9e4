"""Does a hard kill during edits, an import or a backup lose anything or damage a file?

    python benchmarks/crash.py [--trials 500] [--seed 1] [--max-delay 0.6]
                               [--only edits|import|backup]

A child process opens a database and makes edits one after another through the services,
as the program does: a new area (one row), a new measure (a measure with its twelve steps,
one transaction), a change of the organisation's name. After each commit it reports the
edit on its standard output. The parent kills the child with SIGKILL at a random moment,
then checks the file: `PRAGMA integrity_check` must say "ok", every edit the child
reported must be there, and every measure must have all twelve steps (a transaction is
never half-written).

Then the same for an import of a whole organisation into a new file (the target must be
untouched — absent — or complete, with every row of the document) and for backups of a
database (the database stays sound, and every file with a backup's name is a complete copy).
It prints the trials, integrity failures and lost edits or broken files, and exits 1 if
there was any.
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


IMPORT_CHILD = r"""
import sys
sys.path.insert(0, sys.argv[3])
from pathlib import Path
from digiwandel.services.transfer import import_into_file

document = Path(sys.argv[1]).read_bytes()
print("ready", flush=True)
import_into_file(document, Path(sys.argv[2]))
print("done", flush=True)
"""

BACKUP_CHILD = r"""
import sys
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from digiwandel.model.backup import backup_file

print("ready", flush=True)
for _ in range(100_000):
    print(backup_file(Path(sys.argv[1]), reason="manual"), flush=True)
"""


def _kill_after(command: list[str], delay: float) -> list[str]:
    """Start a child, wait for its "ready", kill it after `delay` s; its other lines."""
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    child.stdout.readline()
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, _err = child.communicate()
    return [line for line in out.splitlines() if line.strip()]


def _table_counts(path: Path) -> dict[str, int] | None:
    """Rows per table of a sound database file; None when it is damaged."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return None
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names
        }
    except sqlite3.DatabaseError:
        return None
    finally:
        connection.close()


def _demo_source(folder: Path) -> Path:
    from digiwandel.model.database import open_database
    from digiwandel.services.demo import populate_demo

    path = folder / "source.sqlite3"
    db = open_database(path)
    populate_demo(db)
    db.close()
    return path


def run_import(trials: int, seed: int, max_delay: float, folder: Path) -> tuple[int, int, int]:
    """(trials, imports that completed, broken targets): a killed import leaves no target
    or a complete one."""
    from digiwandel.model.database import open_database
    from digiwandel.services.transfer import dumps, export_organisation

    rng = random.Random(seed)
    db = open_database(_demo_source(folder))
    document = folder / "export.json"
    document.write_bytes(dumps(export_organisation(db)))
    db.close()
    reference = folder / "reference.sqlite3"
    from digiwandel.services.transfer import import_into_file

    import_into_file(document.read_bytes(), reference)
    expected = _table_counts(reference)
    # The kills spread over the whole import, as long as it takes on this machine.
    command = [sys.executable, "-c", IMPORT_CHILD, str(document), str(reference), str(ROOT)]
    reference.unlink()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    child.stdout.readline()
    started = time.perf_counter()
    child.communicate()
    duration = max(time.perf_counter() - started, max_delay)
    completed = broken = 0
    for trial in range(trials):
        target = folder / f"target-{trial}.sqlite3"
        lines = _kill_after(
            [sys.executable, "-c", IMPORT_CHILD, str(document), str(target), str(ROOT)],
            rng.uniform(0.0, duration * 1.1),
        )
        if not target.exists():
            if "done" in lines:
                broken += 1
                print(f"  import {trial}: reported done, but the target is missing")
            continue
        counts = _table_counts(target)
        if counts != expected:
            broken += 1
            print(f"  import {trial}: the target is incomplete or damaged")
        else:
            completed += 1
    return trials, completed, broken


def run_backup(trials: int, seed: int, max_delay: float, folder: Path) -> tuple[int, int, int]:
    """(trials, backups checked, broken files): every file with a backup's name is a complete
    copy, and the database itself stays sound."""
    from digiwandel.model.backup import list_backups

    rng = random.Random(seed)
    source = _demo_source(folder)
    expected = _table_counts(source)
    checked = broken = 0
    for trial in range(trials):
        _kill_after(
            [sys.executable, "-c", BACKUP_CHILD, str(source), str(ROOT)],
            rng.uniform(0.0, max_delay),
        )
        if _table_counts(source) != expected:
            broken += 1
            print(f"  backup {trial}: the database itself changed or is damaged")
        for info in list_backups(source):
            checked += 1
            if _table_counts(info.path) != expected:
                broken += 1
                print(f"  backup {trial}: {info.path.name} is not a complete copy")
    return trials, checked, broken


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-delay", type=float, default=0.6, help="seconds before the kill")
    parser.add_argument("--only", choices=("edits", "import", "backup"))
    args = parser.parse_args(argv)
    if os.name != "posix":
        print("SIGKILL needs Linux or macOS")
        return 2
    bad = 0
    if args.only in (None, "edits"):
        with tempfile.TemporaryDirectory() as tmp:
            trials, edits, failures, lost = run(args.trials, args.seed, args.max_delay, Path(tmp))
        print(
            f"edits: trials {trials}, edits reported {edits}, integrity failures {failures}, "
            f"lost edits {lost}"
        )
        bad += failures + lost
    if args.only in (None, "import"):
        with tempfile.TemporaryDirectory() as tmp:
            trials, completed, broken = run_import(
                args.trials, args.seed, args.max_delay, Path(tmp)
            )
        untouched = trials - completed - broken
        print(
            f"import: trials {trials}, completed {completed}, untouched {untouched}, "
            f"broken targets {broken}"
        )
        bad += broken
    if args.only in (None, "backup"):
        with tempfile.TemporaryDirectory() as tmp:
            trials, checked, broken = run_backup(args.trials, args.seed, args.max_delay, Path(tmp))
        print(f"backup: trials {trials}, backups checked {checked}, broken files {broken}")
        bad += broken
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())

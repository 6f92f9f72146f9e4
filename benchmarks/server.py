"""The large database on a PostgreSQL server: pages, and two programs editing at once.

    python benchmarks/server.py --db LARGE.sqlite3 [--address ADDRESS] [--seconds 60]
                                [--skip-pages]

1. Puts the organisation of --db (benchmarks/large_db.py makes one) into an empty database
   on a server: a throwaway server of its own (tests/postgres.py: the Debian `postgresql`
   package, over a local socket), or the empty database at --address. Prints how long the
   copy took (File → Copy this database to a server does the same).
2. Runs benchmarks/pages.py --server on it: start-up, every page and the edits, each against
   its goal (pages ≤ 200 ms).
3. Two client processes edit the same five measures and the same answers for --seconds:
   each reads a measure (or an answer), changes it based on the version it read, and counts
   what was saved and what was refused as changed by the other. Afterwards every row's
   version must equal its starting version plus the saves both clients counted for it: a
   lost edit (two saves from the same version, one overwriting the other) would break
   this. Every refusal must be the "changed by someone else" refusal.

Prints figures; exit code 1 only when an edit was lost or a refusal was of another kind.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def log(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def fill_in_child(address: str, source: Path) -> float:
    """`fill` in a fresh interpreter: the whole document of a large database takes well
    over a gigabyte, and Linux hands a process's peak memory on to the programs it starts
    (pages.py would report it as its own)."""
    context = multiprocessing.get_context("spawn")
    queue = context.SimpleQueue()
    process = context.Process(target=_fill_and_report, args=(address, source, queue))
    process.start()
    process.join()
    if process.exitcode != 0:
        raise RuntimeError(f"copying to the server failed with exit code {process.exitcode}")
    return queue.get()


def _fill_and_report(address: str, source: Path, queue) -> None:
    queue.put(fill(address, source))


def fill(address: str, source: Path) -> float:
    import shutil
    import tempfile

    from digiwandel.model.database import open_database, open_server
    from digiwandel.services.transfer import export_organisation, import_into_server

    with tempfile.TemporaryDirectory(prefix="digiwandel-server-") as folder:
        # A copy, brought to this program's schema when it is older; the file stays as it is.
        copy = Path(folder) / source.name
        shutil.copyfile(source, copy)
        file_db = open_database(copy)
        begin = time.perf_counter()
        document = export_organisation(file_db)
        file_db.close()
    server_db = open_server(address)
    try:
        entries = import_into_server(document, server_db)
    finally:
        server_db.close()
    seconds = time.perf_counter() - begin
    log(f"copied {entries} entries to the server in {seconds:.1f} s")
    return seconds


def targets(address: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Five measures and five answers of a draft check (or of any sheet) to fight over."""
    from sqlalchemy import select

    from digiwandel.model.assessment import Answer, Assessment, Respondent
    from digiwandel.model.database import open_server
    from digiwandel.model.project import Project

    db = open_server(address)
    try:
        with db.sessions() as session:
            measures = list(
                session.scalars(
                    select(Project.id).where(Project.deleted_at.is_(None)).order_by(Project.id)
                ).all()[:5]
            )
            answers = session.execute(
                select(Answer.respondent_id, Answer.item_id)
                .join(Respondent, Respondent.id == Answer.respondent_id)
                .join(Assessment, Assessment.id == Respondent.assessment_id)
                .where(Assessment.status == "draft")
                .limit(5)
            ).all()
    finally:
        db.close()
    return measures, [tuple(a) for a in answers]


def versions(address: str, measures, answers) -> dict:
    from sqlalchemy import select

    from digiwandel.model.assessment import Answer
    from digiwandel.model.database import open_server
    from digiwandel.model.project import Project

    db = open_server(address)
    try:
        with db.sessions() as session:
            found = {
                ("measure", i): v
                for i, v in session.execute(
                    select(Project.id, Project.row_version).where(Project.id.in_(measures))
                )
            }
            for respondent, item in answers:
                found[("answer", (respondent, item))] = session.scalar(
                    select(Answer.row_version).where(
                        Answer.respondent_id == respondent, Answer.item_id == item
                    )
                )
    finally:
        db.close()
    return found


def client(name: str, address: str, measures, answers, seconds: float, queue) -> None:
    """Edit for `seconds`; report saves per row, refusals, other errors and timings."""
    from digiwandel.model.database import open_server
    from digiwandel.services.check import CheckService
    from digiwandel.services.errors import StaleEditError
    from digiwandel.services.projects import ProjectService

    db = open_server(address)
    projects, check = ProjectService(db), CheckService(db, "de")
    rng = random.Random(name)
    saves: dict = {}
    refused = unchanged = 0
    other: list[str] = []
    timings: list[float] = []
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        n += 1
        begin = time.perf_counter()
        try:
            if answers and rng.random() < 0.4:
                respondent, item = rng.choice(answers)
                seen = check.answers_of(respondent)[item]
                time.sleep(rng.random() * 0.01)  # the user looks, then types
                saved = check.set_answer(
                    respondent, item, "level", rng.randrange(4), expected_version=seen.version
                )
                key = ("answer", (respondent, item))
            else:
                ident = rng.choice(measures)
                seen = projects.get_project(ident)
                time.sleep(rng.random() * 0.01)
                saved = projects.update_project(
                    ident, expected_version=seen.version, title=f"{seen.title[:80]} {name}{n}"
                )
                key = ("measure", ident)
            if saved.version == seen.version:
                unchanged += 1  # the same value again: nothing written, no new version
            else:
                saves[key] = saves.get(key, 0) + 1
        except StaleEditError:
            refused += 1
        except Exception as exc:  # reported, not hidden
            other.append(f"{type(exc).__name__}: {exc}")
        timings.append(time.perf_counter() - begin)
    db.close()
    queue.put((name, saves, refused, unchanged, other, timings))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="the large database file")
    parser.add_argument("--address", help="an empty database on a server (default: own)")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long both edit")
    parser.add_argument("--skip-pages", action="store_true", help="no pages.py run")
    args = parser.parse_args(argv)

    cluster = None
    if args.address is None:
        from tests import postgres

        reason = postgres.why_not()
        if reason:
            parser.error(f"no throwaway server: {reason}")
        log("starting a throwaway PostgreSQL server …")
        cluster = postgres.Cluster().start()
        address = cluster.create_database().replace("postgresql+psycopg", "postgresql", 1)
    else:
        address = args.address
    try:
        copy_s = fill_in_child(address, args.db)
        if not args.skip_pages:
            log("pages.py on the server database …")
            subprocess.run(
                [sys.executable, str(ROOT / "benchmarks" / "pages.py"), "--server", address,
                 "--repeat", "2"],
                check=False,
            )  # fmt: skip
        measures, answers = targets(address)
        before = versions(address, measures, answers)
        log(f"two clients edit {len(measures)} measures and {len(answers)} answers …")
        queue = multiprocessing.get_context("spawn").SimpleQueue()
        workers = [
            multiprocessing.get_context("spawn").Process(
                target=client, args=(name, address, measures, answers, args.seconds, queue)
            )
            for name in ("A", "B")
        ]
        for worker in workers:
            worker.start()
        results = [queue.get() for _ in workers]
        for worker in workers:
            worker.join()
        after = versions(address, measures, answers)
    finally:
        if cluster is not None:
            cluster.stop()

    saved: dict = {}
    problems = 0
    print()
    print(f"Copying the large database to the server: {copy_s:.1f} s")
    print(f"Two clients editing the same rows for {args.seconds:.0f} s:")
    for name, saves, refused, unchanged, other, timings in results:
        timings.sort()
        median = timings[len(timings) // 2] * 1000 if timings else 0
        worst = timings[-1] * 1000 if timings else 0
        print(
            f"  client {name}: {sum(saves.values())} saved, {unchanged} unchanged (same value), "
            f"{refused} refused as changed by the other, {len(other)} other errors; "
            f"per edit median {median:.0f} ms, "
            f"slowest {worst:.0f} ms"
        )
        for text in other[:5]:
            print(f"    ! {text}")
        problems += len(other)
        for key, count in saves.items():
            saved[key] = saved.get(key, 0) + count
    lost = [
        key for key in before if (after.get(key) or 0) - (before.get(key) or 0) != saved.get(key, 0)
    ]
    for key in lost:
        print(
            f"  LOST: {key}: version {before[key]} → {after.get(key)}, "
            f"but {saved.get(key, 0)} saves were counted"
        )
    print(
        f"  every saved edit accounted for: {'yes' if not lost else 'NO'} "
        f"({sum(saved.values())} saves on {len(before)} rows)"
    )
    return 1 if lost or problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

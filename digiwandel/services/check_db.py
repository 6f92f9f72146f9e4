"""Checking a database file: SQLite's own checks and the program's rules, in plain words.

`check_database(path)` only reads: it opens the file read-only (the program may have it open
at the same time) and reports

- damage SQLite finds (`PRAGMA integrity_check`) and rows that refer to a missing row
  (`PRAGMA foreign_key_check`);
- measures that lack some of their 12 steps;
- answers to a question that is not in the catalog version of their check;
- stored results of a check that differ from the results computed from its answers.

`repair_database(db)` fixes what can be fixed without guessing (it recreates missing steps
as open steps and forgets stored results, which are computed again when next shown), after
making a backup of the file. Damage to the file itself is never "repaired": the way back is
a backup (`newest_sound_backup`).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from digiwandel.domain.language import QT_TRANSLATE_NOOP, Language
from digiwandel.domain.vocabulary import STEP_COUNT
from digiwandel.model.backup import BackupInfo, backup_file, list_backups
from digiwandel.model.database import (
    HEAD_REVISION,
    Database,
    DatabaseOpenError,
    _read_only_uri,
    inspect_file,
    quick_check_problems,
)

TR_CONTEXT = "DatabaseCheck"
SCORE_TOLERANCE = 1e-6
# SQLite's own list of damage can be long; the first lines say enough.
SHOWN_DAMAGE = 20

MSG_DAMAGE = QT_TRANSLATE_NOOP(
    "DatabaseCheck", "The file is damaged: SQLite reports “{detail}”. Please restore a backup."
)
MSG_MORE_DAMAGE = QT_TRANSLATE_NOOP(
    "DatabaseCheck", "SQLite reports %n more damaged place(s) in the file."
)
MSG_UNREADABLE_CONTENT = QT_TRANSLATE_NOOP(
    "DatabaseCheck",
    "The contents of the file could not be read completely ({detail}), so the program's "
    "own rules could not be checked.",
)
MSG_BROKEN_LINK = QT_TRANSLATE_NOOP(
    "DatabaseCheck",
    "%n entry(s) in the table “{table}” refer to an entry of “{parent}” that no longer exists.",
)
MSG_MISSING_STEPS = QT_TRANSLATE_NOOP(
    "DatabaseCheck",
    "The measure “{title}” (no. {id}) lacks %n of its 12 steps (step {steps}).",
)
MSG_FOREIGN_ANSWERS = QT_TRANSLATE_NOOP(
    "DatabaseCheck",
    "%n answer(s) in the check “{title}” belong to a question that is not part of the "
    "check's catalog version.",
)
MSG_STALE_SCORES = QT_TRANSLATE_NOOP(
    "DatabaseCheck",
    "The stored results of the check “{title}” do not match its answers.",
)
MSG_OLD_FORMAT = QT_TRANSLATE_NOOP(
    "DatabaseCheck",
    "The file has an older format; measures, answers and results are checked once the "
    "program has opened it.",
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding: an English source text with its values, translated when shown."""

    text: str
    params: tuple[tuple[str, object], ...] = ()
    n: int = -1  # for plural texts
    repairable: bool = False

    def render(self, language: Language) -> str:
        return language.tr(TR_CONTEXT, self.text, self.n).format(**dict(self.params))


@dataclass(frozen=True, slots=True)
class CheckReport:
    path: Path
    problems: tuple[Problem, ...]
    notes: tuple[Problem, ...] = ()  # said, but not problems (e.g. checks that were skipped)

    @property
    def healthy(self) -> bool:
        return not self.problems

    @property
    def repairable(self) -> bool:
        """Some problem can be repaired (and no damage to the file stands in the way)."""
        return any(p.repairable for p in self.problems) and not self.damaged

    @property
    def damaged(self) -> bool:
        return any(p.text in (MSG_DAMAGE, MSG_UNREADABLE_CONTENT) for p in self.problems)


@dataclass(frozen=True, slots=True)
class RepairResult:
    backup: Path
    steps_added: int
    scores_forgotten: int
    remaining: CheckReport = field(repr=False)


def _problem(text: str, n: int = -1, *, repairable: bool = False, **params) -> Problem:
    return Problem(text, tuple(params.items()), n, repairable)


def check_database(path: Path) -> CheckReport:
    """Check the file at `path` without changing it.

    Raises DatabaseOpenError when the file cannot be opened at all (missing, not a DigiWandel
    database, written by a newer version, or so damaged that SQLite cannot read it).
    """
    path = Path(path)
    if not path.is_file():
        raise DatabaseOpenError("missing", path)
    revision = inspect_file(path, check=False)  # foreign/newer files are refused here
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise DatabaseOpenError("unreadable", path, str(exc)) from exc
    problems: list[Problem] = []
    notes: list[Problem] = []
    try:
        try:
            problems += _integrity(conn)
            problems += _broken_links(conn)
        except sqlite3.DatabaseError as exc:  # SQLite gave up on a damaged page
            problems.append(_problem(MSG_DAMAGE, detail=str(exc)))
        if any(p.text == MSG_DAMAGE for p in problems):
            pass  # what a damaged file holds cannot be trusted: the rules are not checked
        elif revision is not None and revision != HEAD_REVISION:
            notes.append(_problem(MSG_OLD_FORMAT))
        elif revision is not None:
            try:
                problems += _missing_steps(conn)
                problems += _foreign_answers(conn)
                problems += _stale_scores(path)
            except (sqlite3.DatabaseError, SQLAlchemyError) as exc:
                problems.append(_problem(MSG_UNREADABLE_CONTENT, detail=str(exc)))
    finally:
        conn.close()
    return CheckReport(path, tuple(problems), tuple(notes))


def _integrity(conn: sqlite3.Connection) -> list[Problem]:
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    if rows == ["ok"]:
        return []
    found = [_problem(MSG_DAMAGE, detail=line) for line in rows[:SHOWN_DAMAGE]]
    if len(rows) > SHOWN_DAMAGE:
        found.append(_problem(MSG_MORE_DAMAGE, len(rows) - SHOWN_DAMAGE))
    return found


def _broken_links(conn: sqlite3.Connection) -> list[Problem]:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for table, _rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
        counts[(table, parent)] += 1
    return [
        _problem(MSG_BROKEN_LINK, n, table=table, parent=parent)
        for (table, parent), n in sorted(counts.items())
    ]


def _missing_steps(conn: sqlite3.Connection) -> list[Problem]:
    numbers: dict[int, set[int]] = defaultdict(set)
    for project_id, number in conn.execute("SELECT project_id, number FROM project_step"):
        numbers[project_id].add(number)
    found = []
    for project_id, title in conn.execute(
        "SELECT id, title FROM project WHERE deleted_at IS NULL ORDER BY id"
    ):
        missing = sorted(set(range(1, STEP_COUNT + 1)) - numbers[project_id])
        if missing:
            found.append(
                _problem(
                    MSG_MISSING_STEPS,
                    len(missing),
                    repairable=True,
                    title=title,
                    id=project_id,
                    steps=", ".join(str(m) for m in missing),
                )
            )
    return found


def _foreign_answers(conn: sqlite3.Connection) -> list[Problem]:
    rows = conn.execute(
        """
        SELECT s.id, s.title, COUNT(*)
        FROM answer a
        JOIN respondent r ON r.id = a.respondent_id
        JOIN assessment s ON s.id = r.assessment_id
        LEFT JOIN catalog_item i ON i.id = a.item_id
        LEFT JOIN catalog_dimension d ON d.id = i.dimension_id
        WHERE d.catalog_id IS NULL OR d.catalog_id <> s.catalog_id
        GROUP BY s.id, s.title
        ORDER BY s.id
        """
    )
    return [_problem(MSG_FOREIGN_ANSWERS, n, title=title) for _id, title, n in rows]


def _read_only_database(path: Path) -> Database:
    """The file for the ORM, read-only: nothing a query does can change it."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import sessionmaker

    uri = _read_only_uri(path)
    engine = create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
    )
    return Database(engine, sessionmaker(engine), path)


def stale_score_ids(db: Database) -> list[tuple[int, str]]:
    """(id, title) of every check whose stored results differ from its answers."""
    from sqlalchemy import select

    from digiwandel.domain import scoring
    from digiwandel.model.assessment import Assessment, AssessmentScore
    from digiwandel.services.check import CheckService

    check = CheckService(db, "en")
    with db.sessions() as session:
        stored = {row.assessment_id: row for row in session.scalars(select(AssessmentScore))}
        if not stored:
            return []
        assessments = session.scalars(
            select(Assessment).where(Assessment.id.in_(stored)).order_by(Assessment.id)
        ).all()
        structures = check._structures(session, {a.catalog_id for a in assessments})
        respondents, answers = check._load_answers(session, [a.id for a in assessments])
        stale = []
        for a in assessments:
            inp = check._input(a, structures[a.catalog_id], respondents, answers)
            if not _same(stored[a.id], scoring.summarize(scoring.score(inp))):
                stale.append((a.id, a.title))
        session.rollback()
        return stale


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= SCORE_TOLERANCE


def _same(row, summary) -> bool:
    dims = [(d.key, d.percent) for d in summary.dimensions]
    stored_dims = [(k, p) for k, p in (row.dimensions or [])]
    return (
        _close(row.overall, summary.overall)
        and row.band == summary.band
        and _close(row.dont_know_share, summary.dont_know_share)
        and [k for k, _ in stored_dims] == [k for k, _ in dims]
        and all(_close(a, b) for (_, a), (_, b) in zip(stored_dims, dims, strict=True))
    )


def _stale_scores(path: Path) -> list[Problem]:
    db = _read_only_database(path)
    try:
        return [
            _problem(MSG_STALE_SCORES, repairable=True, title=title)
            for _id, title in stale_score_ids(db)
        ]
    finally:
        db.close()


def repair_database(db: Database) -> RepairResult:
    """Back the file up, then recreate missing steps and forget stale stored results.

    Refuses (DatabaseOpenError "corrupt") a file SQLite finds damaged: writing to it could
    make things worse; a backup is the way back.
    """
    from sqlalchemy import select

    from digiwandel.model.assessment import AssessmentScore
    from digiwandel.model.project import Project, ProjectStep
    from digiwandel.services.base import unit_of_work

    if db.path is None:
        raise ValueError("only a database file can be repaired")
    before = check_database(db.path)
    if before.damaged:
        raise DatabaseOpenError("corrupt", db.path, "damaged files are not repaired")
    stale = [ident for ident, _title in stale_score_ids(db)]
    backup = backup_file(db.path, reason="before-repair")
    added = 0
    with unit_of_work(db) as session:
        numbers: dict[int, set[int]] = defaultdict(set)
        for project_id, number in session.execute(
            select(ProjectStep.project_id, ProjectStep.number)
        ):
            numbers[project_id].add(number)
        for project_id in session.scalars(select(Project.id).where(Project.deleted_at.is_(None))):
            for number in sorted(set(range(1, STEP_COUNT + 1)) - numbers[project_id]):
                session.add(ProjectStep(project_id=project_id, number=number, status="open"))
                added += 1
        if stale:
            table = AssessmentScore.__table__
            session.execute(table.delete().where(table.c.assessment_id.in_(stale)))
    return RepairResult(backup, added, len(stale), check_database(db.path))


def newest_sound_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup of `db_path` that passes SQLite's quick check (None if none does)."""
    for info in list_backups(Path(db_path)):
        try:
            conn = sqlite3.connect(_read_only_uri(info.path), uri=True)
        except sqlite3.Error:
            continue
        try:
            if not quick_check_problems(conn):
                return info
        except sqlite3.DatabaseError:
            continue
        finally:
            conn.close()
    return None

"""Consistent copies of an SQLite database through SQLite's backup API, and their thinning.

A backup is named `<stem>-YYYYmmdd-HHMMSS-<reason>.sqlite3` (local time; `-<n>` is added
when two copies fall in the same second). It is written under a temporary name and renamed
when complete, so a killed backup never leaves a half-written file with a backup's name.
On Linux and macOS copies are readable by their owner only (0600, folder 0700).

Thinning rule (applied after every backup, to the copies of that database only):

- the newest copy is always kept;
- of the copies made in the last 24 hours, the newest 10 are kept;
- for each of the last 14 days, the newest copy of that day;
- for each of the last 8 weeks (ISO weeks), the newest copy of that week;
- for each of the last 12 months, the newest copy of that month;
- everything older or in between is deleted.

Copies taken before an upgrade, an import or a restore count like any other, so repeated
failed upgrades cannot pile up: at most 10 + 14 + 8 + 12 copies (usually far fewer, since
one copy often covers a day, its week and its month) ever stay.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

SUFFIX = ".sqlite3"
TEMP_SUFFIX = ".part"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
# Lowercase words joined by "-" (no digits, so a trailing "-<n>" counter stays unambiguous).
REASON = r"[a-z]+(?:-[a-z]+)*"

KEEP_RECENT_HOURS = 24
KEEP_RECENT_MAX = 10
KEEP_DAYS = 14
KEEP_WEEKS = 8
KEEP_MONTHS = 12


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: datetime  # local time, from the file name
    size: int  # bytes
    reason: str  # "manual", "before-upgrade", "on-close", ...


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _private() -> bool:
    return sys.platform != "win32"


def _make_dir(folder: Path) -> None:
    existed = folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    if _private() and not existed:
        # Only a folder we create: an existing one chosen by the user keeps its permissions.
        os.chmod(folder, 0o700)


def _name_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(stem)}-(\d{{8}}-\d{{6}})-({REASON})(?:-\d+)?{re.escape(SUFFIX)}$"
    )


def backup_file(db_path: Path, *, reason: str = "manual", to_dir: Path | None = None) -> Path:
    """Copy `db_path` to `to_dir` (default: a backups folder beside it); return the copy.

    Older copies of the same database in that folder are thinned afterwards.
    """
    if not re.fullmatch(REASON, reason):
        raise ValueError(f"bad backup reason: {reason!r}")
    db_path = Path(db_path)
    target_dir = Path(to_dir) if to_dir else backup_dir_for(db_path)
    _make_dir(target_dir)
    now = datetime.now()
    stamp = now.strftime(STAMP_FORMAT)
    target = target_dir / f"{db_path.stem}-{stamp}-{reason}{SUFFIX}"
    counter = 1
    while target.exists():
        target = target_dir / f"{db_path.stem}-{stamp}-{reason}-{counter}{SUFFIX}"
        counter += 1
    temp = target.with_name(f".{target.name}{TEMP_SUFFIX}")
    copy_database(db_path, temp)
    os.replace(temp, target)
    thin_backups(target_dir, db_path.stem, now=now)
    return target


def copy_database(source_path: Path, target: Path) -> None:
    """Write a consistent copy of `source_path` to `target` (created 0600 on Linux/macOS).

    A partial `target` is removed when the copy fails.
    """
    if _private():
        # Create the file with owner-only rights before SQLite opens it, so its content is
        # never readable by others, not even for a moment.
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        os.chmod(target, 0o600)  # O_CREAT's mode is ignored when the file existed
    try:
        source = sqlite3.connect(f"{Path(source_path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(target)
            try:
                source.backup(dest)
                # The copy carries the source's WAL flag; without it, the backup is one
                # self-contained file that opens read-only without -wal/-shm files.
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            source.close()
    except BaseException:
        for leftover in (target, Path(f"{target}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of `db_path` in `folder` (default: beside it), newest first."""
    db_path = Path(db_path)
    folder = Path(folder) if folder else backup_dir_for(db_path)
    return _scan(folder, db_path.stem)


def _scan(folder: Path, stem: str) -> list[BackupInfo]:
    pattern = _name_pattern(stem)
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = pattern.match(path.name)
        if not match:
            continue
        try:
            created = datetime.strptime(match.group(1), STAMP_FORMAT)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path, created, size, match.group(2)))
    # Same second: the file with the higher counter was written later.
    found.sort(key=lambda b: (b.created, len(b.path.name), b.path.name), reverse=True)
    return found


def backups_to_keep(backups: list[BackupInfo], now: datetime) -> set[Path]:
    """Apply the thinning rule (see the module docstring) to `backups` (newest first)."""
    if not backups:
        return set()
    keep = {backups[0].path}
    recent = [b for b in backups if b.created > now - timedelta(hours=KEEP_RECENT_HOURS)]
    keep.update(b.path for b in recent[:KEEP_RECENT_MAX])

    def newest_per(period, since: datetime) -> None:
        seen = set()
        for b in backups:  # newest first: the first of each period wins
            if b.created < since:
                break
            key = period(b.created)
            if key not in seen:
                seen.add(key)
                keep.add(b.path)

    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    newest_per(lambda t: t.date(), today - timedelta(days=KEEP_DAYS - 1))
    monday = today - timedelta(days=today.weekday())
    newest_per(lambda t: t.isocalendar()[:2], monday - timedelta(weeks=KEEP_WEEKS - 1))
    month_start = today.replace(day=1)
    for _ in range(KEEP_MONTHS - 1):
        month_start = (month_start - timedelta(days=1)).replace(day=1)
    newest_per(lambda t: (t.year, t.month), month_start)
    return keep


def thin_backups(folder: Path, stem: str, now: datetime | None = None) -> list[Path]:
    """Delete the copies of database `stem` in `folder` the rule does not keep; return them.

    Also removes temporary files left by a backup that was killed more than an hour ago.
    """
    folder = Path(folder)
    now = now or datetime.now()
    backups = _scan(folder, stem)
    keep = backups_to_keep(backups, now)
    removed: list[Path] = []
    for b in backups:
        if b.path not in keep:
            try:
                b.path.unlink()
            except OSError:
                continue  # e.g. read-only folder; try again next time
            removed.append(b.path)
    pattern = _name_pattern(stem)
    for temp in folder.glob(f".{glob_escape(stem)}-*{SUFFIX}{TEMP_SUFFIX}"):
        if not pattern.match(temp.name[1 : -len(TEMP_SUFFIX)]):
            continue
        with contextlib.suppress(OSError):
            if temp.stat().st_mtime < (now - timedelta(hours=1)).timestamp():
                temp.unlink()
    return removed


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)

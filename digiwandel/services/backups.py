"""Backing up the database, listing backups with what they contain, and restoring one.

A restore never touches the current file until the chosen backup has been copied to a
temporary file beside it, brought to the current schema and has passed `PRAGMA quick_check`.
The current state is then backed up ("before-restore"), and the copy is written over the
open database with SQLite's backup API: one transaction, so other connections see either
the old or the new data and a failure leaves the old data in place.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL

from digiwandel.model import backup as backup_files
from digiwandel.model.backup import BackupInfo
from digiwandel.model.database import (
    Database,
    DatabaseOpenError,
    _read_only_uri,
    head_revision,
    inspect_file,
    open_url,
)
from digiwandel.services.errors import QT_TRANSLATE_NOOP, DomainError

MSG_NO_DATABASE = QT_TRANSLATE_NOOP(
    "DomainError", "Backups can only be made of a database file, not of a server database."
)
MSG_BACKUP_MISSING = QT_TRANSLATE_NOOP("DomainError", "The backup “{path}” does not exist.")
MSG_DATABASE_MISSING = QT_TRANSLATE_NOOP("DomainError", "The database “{path}” does not exist.")
MSG_BACKUP_UNREADABLE = QT_TRANSLATE_NOOP(
    "DomainError",
    "“{path}” cannot be restored: it is damaged or not a DigiWandel backup. Nothing was changed.",
)
MSG_BACKUP_NEWER = QT_TRANSLATE_NOOP(
    "DomainError",
    "“{path}” was made by a newer version of DigiWandel. Please update the program first. "
    "Nothing was changed.",
)
MSG_BACKUP_IS_DATABASE = QT_TRANSLATE_NOOP(
    "DomainError", "The backup and the database are the same file. Nothing was changed."
)
MSG_BACKUP_FAILED = QT_TRANSLATE_NOOP(
    "DomainError", "The backup could not be written to “{folder}”: {detail}"
)
MSG_RESTORE_FAILED = QT_TRANSLATE_NOOP(
    "DomainError", "The backup could not be restored: {detail}. Nothing was changed."
)

RESTORE_TEMP_SUFFIX = ".restore.part"


@dataclass(frozen=True, slots=True)
class BackupRow:
    """A backup with what it contains; `readable` is False for a damaged or foreign file,
    whose organisation and counts are then None."""

    path: Path
    created: datetime
    size: int
    reason: str
    readable: bool
    organisation: str | None = None
    measures: int | None = None
    checks: int | None = None
    goals: int | None = None


def _count(conn: sqlite3.Connection, table: str) -> int:
    columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    where = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
    return conn.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0]


def describe_backup(info: BackupInfo) -> BackupRow:
    """Read the organisation name and a few counts from a backup without changing it."""
    try:
        # Without SQLite's quick check, which reads the whole file (0.15 s for 80 MB): the
        # list stays quick; a restore checks the chosen backup fully.
        inspect_file(info.path, check=False)
        conn = sqlite3.connect(_read_only_uri(info.path), uri=True)
        try:
            row = conn.execute("SELECT name FROM organisation ORDER BY id LIMIT 1").fetchone()
            return BackupRow(
                info.path,
                info.created,
                info.size,
                info.reason,
                True,
                organisation=row[0] if row else "",
                measures=_count(conn, "project"),
                checks=_count(conn, "assessment"),
                goals=_count(conn, "strategic_goal"),
            )
        finally:
            conn.close()
    except (DatabaseOpenError, sqlite3.Error):
        return BackupRow(info.path, info.created, info.size, info.reason, False)


def _db_path(db: Database) -> Path:
    if db.path is None:
        raise DomainError(MSG_NO_DATABASE)
    return db.path


def backup_path_now(db_path: Path, reason: str, folder: Path | None = None) -> BackupInfo:
    """Back up the database file at `db_path` (a DomainError when that is impossible)."""
    target_dir = Path(folder) if folder else backup_files.backup_dir_for(db_path)
    try:
        target = backup_files.backup_file(db_path, reason=reason, to_dir=target_dir)
    except (OSError, sqlite3.Error) as exc:
        raise DomainError(MSG_BACKUP_FAILED, folder=str(target_dir), detail=str(exc)) from exc
    info = next(
        (b for b in backup_files.list_backups(db_path, target_dir) if b.path == target), None
    )
    return info or BackupInfo(target, datetime.now(), target.stat().st_size, reason)


def _raw_copy(db_path: Path, reason: str, folder: Path) -> Path:
    """A byte copy for a file the backup API cannot read (e.g. a damaged one)."""
    stamp = datetime.now().strftime(backup_files.STAMP_FORMAT)
    target = folder / f"{db_path.stem}-{stamp}-{reason}{backup_files.SUFFIX}"
    counter = 1
    while target.exists():
        target = folder / f"{db_path.stem}-{stamp}-{reason}-{counter}{backup_files.SUFFIX}"
        counter += 1
    temp = target.with_name(f".{target.name}{backup_files.TEMP_SUFFIX}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out, db_path.open("rb") as src:
        shutil.copyfileobj(src, out)
    os.replace(temp, target)
    return target


def _prepare_copy(backup_path: Path, temp: Path) -> None:
    """Copy the backup to `temp`, bring it to the current schema and check the copy."""
    try:
        # The quick check runs once, on the copy that will replace the database.
        revision = inspect_file(backup_path, check=False)
    except DatabaseOpenError as exc:
        message = MSG_BACKUP_NEWER if exc.kind == "newer" else MSG_BACKUP_UNREADABLE
        raise DomainError(message, path=str(backup_path)) from exc
    if revision is None:  # an empty file is no backup
        raise DomainError(MSG_BACKUP_UNREADABLE, path=str(backup_path))
    try:
        backup_files.copy_database(backup_path, temp)
        if revision != head_revision():
            # A backup from before an upgrade gets the migrations the program runs on open.
            try:
                open_url(URL.create("sqlite", database=str(temp)), path=temp).close()
            except Exception as exc:  # a failed migration of a file we only prepared
                raise DomainError(MSG_BACKUP_UNREADABLE, path=str(backup_path)) from exc
        conn = sqlite3.connect(temp)
        try:
            if conn.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise DomainError(MSG_BACKUP_UNREADABLE, path=str(backup_path))
            # Leave WAL (set by the migration) so the copy is one self-contained file.
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DomainError(MSG_BACKUP_UNREADABLE, path=str(backup_path)) from exc


def restore_file(db_path: Path, backup_path: Path, folder: Path | None = None) -> Path:
    """Replace the content of the database at `db_path` with the backup; return the backup
    of the state before. The caller makes sure no connection of its own is in use."""
    db_path, backup_path = Path(db_path), Path(backup_path)
    if not backup_path.is_file():
        raise DomainError(MSG_BACKUP_MISSING, path=str(backup_path))
    if not db_path.exists():
        raise DomainError(MSG_DATABASE_MISSING, path=str(db_path))
    if backup_path.resolve() == db_path.resolve():
        raise DomainError(MSG_BACKUP_IS_DATABASE)
    target_dir = Path(folder) if folder else backup_files.backup_dir_for(db_path)
    temp = db_path.with_name(f".{db_path.name}{RESTORE_TEMP_SUFFIX}")
    try:
        _prepare_copy(backup_path, temp)
        try:
            before = backup_path_now(db_path, "before-restore", target_dir).path
        except DomainError:
            # The current file may be damaged (the reason to restore): keep its bytes.
            try:
                backup_files._make_dir(target_dir)
                before = _raw_copy(db_path, "before-restore", target_dir)
            except OSError as exc:
                raise DomainError(
                    MSG_BACKUP_FAILED, folder=str(target_dir), detail=str(exc)
                ) from exc
        try:
            source = sqlite3.connect(f"{temp.resolve().as_uri()}?mode=ro", uri=True)
            try:
                dest = sqlite3.connect(db_path, timeout=5)
                try:
                    source.backup(dest)  # all pages in one step: one transaction
                finally:
                    dest.close()
            finally:
                source.close()
        except sqlite3.Error as exc:
            raise DomainError(MSG_RESTORE_FAILED, detail=str(exc)) from exc
    finally:
        for leftover in (temp, *(Path(f"{temp}{s}") for s in ("-wal", "-shm", "-journal"))):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return before


class BackupService:
    """Backups of the open database (a file; a server database has none)."""

    def backup_now(self, db: Database, reason: str, folder: Path | None = None) -> BackupInfo:
        return backup_path_now(_db_path(db), reason, folder)

    def backups(self, db_path: Path, folder: Path | None = None) -> list[BackupRow]:
        """Every backup of the database at `db_path`, newest first, with its contents.

        With a chosen `folder`, the copies beside the database are listed too: the copy
        taken before a schema upgrade is always made there.
        """
        db_path = Path(db_path)
        found = backup_files.list_backups(db_path, folder)
        default = backup_files.backup_dir_for(db_path)
        if folder is not None and Path(folder).resolve() != default.resolve():
            found += backup_files.list_backups(db_path, default)
            found.sort(key=lambda b: b.created, reverse=True)
        return [describe_backup(b) for b in found]

    def restore(self, db: Database, backup_path: Path, folder: Path | None = None) -> Path:
        """Restore the backup into the open database; return the backup of the state before.

        The engine's pooled connections are closed first; the next use reconnects and sees
        the restored data. The caller reloads everything it shows.
        """
        path = _db_path(db)
        db.engine.dispose()
        return restore_file(path, backup_path, folder)

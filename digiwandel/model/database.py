"""Opening a database file: checks before changes, pragmas, migrations.

A file is inspected read-only first. Only a DigiWandel database at a known schema revision
(or an empty/new file) is ever written to; a file from a newer program version, or a file that
is not a DigiWandel database, is refused and left byte-identical.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration (a test keeps it equal to Alembic's head). Knowing it without Alembic
# lets an up-to-date file open without importing Alembic and Mako (a good part of start-up).
HEAD_REVISION = "0004"
SQLITE_HEADER = b"SQLite format 3\x00"
# `PRAGMA quick_check` reads every page (measured: 2 ms for the demo, 0.12 s for an 81 MB
# file in the disk cache, 0.8-1.3 s for it read from disk). Files up to this size are
# checked at every opening; a larger one is skipped while it is unchanged since it last
# passed (see `open_database(sound_fingerprint=...)`).
QUICK_CHECK_ALWAYS_BELOW = 16 * 1024 * 1024
# How many problems quick_check lists at most (the first one names the damage).
QUICK_CHECK_LIMIT = 10


class DatabaseOpenError(Exception):
    """The file cannot be used. `kind` tells the UI which explanation to show."""

    def __init__(self, kind: str, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{kind}: {path}{': ' + detail if detail else ''}")
        # "newer", "foreign", "corrupt", "unreadable", "missing", "read_only", and for a
        # database on a server "empty" (no DigiWandel data in it yet)
        self.kind = kind
        self.path = path
        self.detail = detail


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def prepare_orm() -> None:
    """Set up the ORM mappings now; SQLAlchemy otherwise does it at the first ORM query
    (a background task calls this after start-up, see ui/preload.py)."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()  # serialised by SQLAlchemy with a lock of its own


def make_engine(url: str | URL, connect_args: dict | None = None) -> Engine:
    # SQL parameters carry names, e-mail addresses and answers: an error message (and so
    # the log) must not repeat them.
    engine = create_engine(url, hide_parameters=True, connect_args=connect_args or {})
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    """Revision ids of the migration files ("0002_assessment_modules.py" → "0002")."""
    return {p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py")}


def _read_only_uri(path: Path) -> str:
    """URI for looking at `path` without leaving anything behind.

    A plain read-only connection to a WAL database creates (and keeps) -wal and -shm files
    beside it. When no -wal or rollback journal exists, the main file alone holds all
    committed data, so it can be read as immutable: no locks, no side files.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal")):
        uri += "&immutable=1"
    return uri


def file_fingerprint(path: Path) -> str:
    """Size and modification time of the file and of its -wal: a file whose fingerprint is
    unchanged since it passed a check has not been written since (by anyone)."""
    parts = []
    for candidate in (Path(path), Path(f"{path}-wal")):
        try:
            stat = candidate.stat()
        except OSError:
            parts.append("-")
            continue
        parts.append(f"{stat.st_size}:{stat.st_mtime_ns}")
    return "/".join(parts)


def _looks_like_damaged_sqlite(path: Path) -> bool:
    """A file without an SQLite header that still holds SQLite's schema text (its header
    page was overwritten) is a damaged database, not a foreign file."""
    try:
        with path.open("rb") as fh:
            start = fh.read(1024 * 1024)
    except OSError:
        return False
    return b"CREATE TABLE" in start and b"alembic_version" in start


def quick_check_problems(conn: sqlite3.Connection) -> list[str]:
    """What `PRAGMA quick_check` finds (empty: sound); SQLite's own wording."""
    rows = conn.execute(f"PRAGMA quick_check({QUICK_CHECK_LIMIT})").fetchall()
    problems = [str(r[0]) for r in rows]
    return [] if problems == ["ok"] else problems


def quick_check_file(path: Path) -> list[str]:
    """`PRAGMA quick_check` of the file, read-only (also while the program has it open)."""
    try:
        conn = sqlite3.connect(_read_only_uri(Path(path)), uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return quick_check_problems(conn)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def inspect_file(path: Path, *, check: bool = True) -> str | None:
    """Return the schema revision of an existing file, None for an empty or new file.

    Opens read-only; raises DatabaseOpenError when the file must not be touched. With
    `check`, the file must also pass SQLite's quick check ("corrupt" otherwise), so a
    damaged file is found before anything is read from or written to it.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseOpenError("unreadable", path, str(exc)) from exc
    if header != SQLITE_HEADER:
        if _looks_like_damaged_sqlite(path):
            raise DatabaseOpenError("corrupt", path, "the file header is damaged")
        raise DatabaseOpenError("foreign", path, "not an SQLite file")
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise DatabaseOpenError("unreadable", path, str(exc)) from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables or "organisation" not in tables:
            raise DatabaseOpenError("foreign", path, "no DigiWandel tables")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        problems = quick_check_problems(conn) if check else []
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError("corrupt", path, str(exc)) from exc
    finally:
        conn.close()
    if problems:
        raise DatabaseOpenError("corrupt", path, problems[0])
    if row is None:
        raise DatabaseOpenError("foreign", path, "no schema revision")
    revision = row[0]
    if revision not in known_revisions():
        raise DatabaseOpenError("newer", path, revision)
    return revision


@dataclass
class Database:
    """An open database: the engine and the session factory services use."""

    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def upgrade(engine: Engine) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database; None for a new, empty one."""
    with engine.connect() as connection:
        return _stored_revision(connection, set(inspect(connection).get_table_names()))


def _stored_revision(connection, tables: set[str]) -> str | None:
    # Asked, not tried: a failed SELECT would abort a PostgreSQL transaction.
    if "alembic_version" not in tables:
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_quick_check(path: Path, sound_fingerprint: str | None) -> bool:
    """Whether opening `path` runs the quick check: always for a small file; for a large
    one unless it is unchanged since it last passed (`sound_fingerprint`)."""
    try:
        size = path.stat().st_size
    except OSError:
        return True
    if size < QUICK_CHECK_ALWAYS_BELOW or sound_fingerprint is None:
        return True
    return file_fingerprint(path) != sound_fingerprint


def open_database(
    path: Path,
    *,
    create: bool = True,
    sound_fingerprint: str | None = None,
    for_reading: bool = False,
) -> Database:
    """Open (and if needed create or upgrade) the SQLite database at `path`.

    `sound_fingerprint`: `file_fingerprint(path)` as recorded when this file was last known
    sound (e.g. when the program closed it); lets a large unchanged file skip the quick check.
    `for_reading`: the caller only reads (a report, an export), so a write-protected file
    is not refused; everyone else gets "read_only" for it before anything is written.
    """
    path = Path(path)
    revision = inspect_file(path, check=needs_quick_check(path, sound_fingerprint))
    if revision is None and not path.exists() and not create:
        raise DatabaseOpenError("missing", path)
    if not for_reading and path.is_file() and not os.access(path, os.W_OK):
        # Refused before anything is written: opening it would only fail at the first edit
        # (or at the upgrade), and SQLite would leave journal files beside it.
        raise DatabaseOpenError("read_only", path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if revision is not None and revision != head_revision():
        from digiwandel.model.backup import backup_file

        backup_file(path, reason="before-upgrade")
    # URL.create, not an f-string: a file name with "?" or "%20" would otherwise be parsed as
    # a query string or decoded, and a different file would be opened (or created).
    return open_url(URL.create("sqlite", database=str(path)), path=path)


# Seconds to wait for a server that does not answer (libpq would wait for the network).
CONNECT_TIMEOUT = 15


def open_server(address: str, *, create: bool = True, password: str | None = None) -> Database:
    """Open a database on a PostgreSQL server (its address: digiwandel/server_address.py).
    The database itself is made by the server's administrator; an empty one gets the
    schema, unless `create` is False (a report or an export only reads: "empty").
    Without `password`, libpq finds one itself (PGPASSWORD, the password file)."""
    from digiwandel.server_address import server_url

    url = server_url(address)
    connect_args: dict = {}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT
    if password is not None:
        connect_args["password"] = password
    return open_url(url, create=create, connect_args=connect_args)


def open_url(
    url: str | URL,
    *,
    path: Path | None = None,
    create: bool = True,
    connect_args: dict | None = None,
) -> Database:
    """Open any SQLAlchemy URL (an SQLite file, checked by `open_database` first, or a
    PostgreSQL database on a server): migrate a new or older schema to the head revision.
    A database written by a newer program, or one holding other tables but no revision, is
    refused before anything is changed."""
    engine = make_engine(url, connect_args)
    where = path if path is not None else engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = _stored_revision(connection, tables)
        if revision is None and tables:
            raise DatabaseOpenError("foreign", where, "tables without a schema revision")
        if revision is None and not create:
            raise DatabaseOpenError("empty", where)
        if revision is not None and revision not in known_revisions():
            raise DatabaseOpenError("newer", where, revision)
        if revision != HEAD_REVISION:
            upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, sessionmaker(engine, expire_on_commit=False), path)

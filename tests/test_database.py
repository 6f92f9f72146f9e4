"""Opening database files: pragmas, migrations, refusing files that must not be touched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from digiwandel.model import Base
from digiwandel.model.backup import backup_file
from digiwandel.model.database import (
    Database,
    DatabaseOpenError,
    head_revision,
    inspect_file,
    open_database,
)
from digiwandel.services.organisation import OrganisationService

UNKNOWN_REVISION = "ffffffffffff"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file below `folder` with its hash, so 'nothing changed' covers side files too."""
    return {str(p.relative_to(folder)): sha256(p) for p in folder.rglob("*") if p.is_file()}


def side_files(path: Path) -> list[str]:
    return [s for s in ("-wal", "-shm", "-journal") if Path(f"{path}{s}").exists()]


def make_database(path: Path, *, areas: tuple[str, ...] = ("Verwaltung", "Wohnen")) -> None:
    """A DigiWandel file with some rows, closed again (SQLite then removes -wal and -shm)."""
    db = open_database(path)
    org = OrganisationService(db)
    org.save_profile(name="Verein")
    for name in areas:
        org.create_area(name)
    db.close()


def settle(path: Path, *, journal_mode: str = "DELETE") -> None:
    """Fold the WAL into the main file so that the file alone is the whole database."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"PRAGMA journal_mode={journal_mode}")
    finally:
        conn.close()
    assert side_files(path) == []


def set_revision(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        conn.close()


def assert_refused(path: Path, kinds: set[str]) -> DatabaseOpenError:
    """open_database refuses the file with one of `kinds` and changes nothing in its folder."""
    before = folder_state(path.parent)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.kind in kinds
    assert info.value.path == path
    assert folder_state(path.parent) == before
    return info.value


# -- every connection --------------------------------------------------------------------


def test_session_connections_have_foreign_keys_and_wal(db: Database) -> None:
    with db.sessions() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_every_pooled_connection_has_the_pragmas(db: Database) -> None:
    # Two connections held at the same time are two DBAPI connections.
    with db.engine.connect() as first, db.engine.connect() as second:
        for conn in (first, second):
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


# -- migrations --------------------------------------------------------------------------


def test_migrated_schema_equals_the_orm_metadata(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_migrated_file_is_at_head(db: Database) -> None:
    conn = sqlite3.connect(db.path)
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        conn.close()
    assert rows == [(head_revision(),)]
    assert inspect_file(db.path) == head_revision()


def test_reopening_keeps_data_and_takes_no_upgrade_backup(tmp_path: Path) -> None:
    path = tmp_path / "org.sqlite3"
    make_database(path)
    db = open_database(path, create=False)
    try:
        org = OrganisationService(db)
        assert org.get_profile().name == "Verein"
        assert [a.name for a in org.list_areas()] == ["Verwaltung", "Wohnen"]
    finally:
        db.close()
    # a file already at head needs no "before-upgrade" copy
    assert not (tmp_path / "backups").exists()


def test_empty_file_is_treated_as_new(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    assert inspect_file(path) is None
    db = open_database(path)
    try:
        assert OrganisationService(db).get_profile() is None
    finally:
        db.close()
    assert inspect_file(path) == head_revision()


def test_new_file_in_missing_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "org.sqlite3"
    open_database(path).close()
    assert inspect_file(path) == head_revision()


@pytest.mark.parametrize("name", ["frage?.sqlite3", "100%20.sqlite3", "Jürgen Müller #1.sqlite3"])
def test_file_names_with_url_characters_open_that_very_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    make_database(path, areas=("Verwaltung",))
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    db = open_database(path, create=False)
    try:
        assert [a.name for a in OrganisationService(db).list_areas()] == ["Verwaltung"]
    finally:
        db.close()


# -- files that must not be touched ------------------------------------------------------


def test_newer_database_is_refused_and_left_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    make_database(path)
    set_revision(path, UNKNOWN_REVISION)
    settle(path)
    digest = sha256(path)

    error = assert_refused(path, {"newer"})

    assert error.detail == UNKNOWN_REVISION
    assert sha256(path) == digest
    assert side_files(path) == []
    assert not (tmp_path / "backups").exists()


def test_newer_database_in_wal_mode_gets_no_side_files(tmp_path: Path) -> None:
    # GIVEN a newer file still in WAL mode (as our own program leaves it), cleanly closed
    path = tmp_path / "newer.sqlite3"
    make_database(path)
    set_revision(path, UNKNOWN_REVISION)
    settle(path, journal_mode="WAL")

    # WHEN it is opened THEN it is refused without creating -wal/-shm beside it
    assert_refused(path, {"newer"})
    assert side_files(path) == []


def test_text_file_is_refused_as_foreign(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Protokoll der Vorstandssitzung\n" * 20, encoding="utf-8")
    assert_refused(path, {"foreign"})


def test_sqlite_file_of_another_program_is_refused_as_foreign(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO kunden (name) VALUES ('Meyer')")
    conn.close()
    assert_refused(path, {"foreign"})


def test_sqlite_file_with_alembic_but_not_ours_is_refused_as_foreign(tmp_path: Path) -> None:
    # Another Alembic-managed program: it has alembic_version but none of our tables.
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('0001')")
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.close()
    assert_refused(path, {"foreign"})


def test_database_without_a_revision_row_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "norev.sqlite3"
    make_database(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM alembic_version")
    conn.close()
    settle(path)
    assert_refused(path, {"foreign"})


@pytest.mark.parametrize("damage", ["truncated", "garbled"])
def test_damaged_database_is_refused_and_unchanged(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "damaged.sqlite3"
    make_database(path)
    settle(path)
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[:1000])
    else:
        # keep the 100-byte header, overwrite the schema on page 1 and everything after it
        path.write_bytes(data[:100] + bytes((i * 37) % 251 for i in range(len(data) - 100)))
    assert_refused(path, {"corrupt", "foreign"})


def test_missing_file_without_create_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "missing.sqlite3"
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path, create=False)
    assert info.value.kind == "missing"
    assert info.value.path == path
    assert not path.exists()
    assert not path.parent.exists()


def test_error_message_names_kind_and_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    error = assert_refused(path, {"foreign"})
    assert str(error).startswith("foreign: ")
    assert str(path) in str(error)


# -- backups -----------------------------------------------------------------------------


def test_backup_is_a_readable_copy_with_the_same_rows(tmp_path: Path) -> None:
    path = tmp_path / "org.sqlite3"
    make_database(path, areas=("Verwaltung", "Wohnen", "Ambulante Hilfen"))

    copy = backup_file(path, reason="manual", to_dir=tmp_path / "copies")

    assert copy.parent == tmp_path / "copies"
    assert copy.name.startswith("org-") and copy.name.endswith("-manual.sqlite3")
    assert inspect_file(copy) == head_revision()
    query = "SELECT id, name, description, position FROM area ORDER BY id"
    originals, copies = sqlite3.connect(path), sqlite3.connect(copy)
    try:
        assert copies.execute(query).fetchall() == originals.execute(query).fetchall()
        assert copies.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        originals.close()
        copies.close()
    restored = open_database(copy, create=False)
    try:
        assert OrganisationService(restored).get_profile().name == "Verein"
    finally:
        restored.close()


def test_backup_of_an_open_database_contains_committed_rows(db: Database) -> None:
    # GIVEN rows that may still sit in the WAL of an open database
    org = OrganisationService(db)
    org.set_up("Verein", ["Verwaltung"])
    # WHEN a backup is taken while it is open THEN the copy has them
    copy = backup_file(db.path)
    assert copy.parent == db.path.parent / "backups"
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("SELECT name FROM area").fetchall() == [("Verwaltung",)]
    finally:
        conn.close()


def test_two_backups_in_the_same_second_do_not_overwrite_each_other(tmp_path: Path) -> None:
    path = tmp_path / "org.sqlite3"
    make_database(path)
    copies = {backup_file(path, reason="daily") for _ in range(3)}
    assert len(copies) == 3
    assert all(c.exists() for c in copies)

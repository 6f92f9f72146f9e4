"""Backups: naming, thinning, permissions, listing with contents, restoring, command line."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from alembic import command

from digiwandel.cli import main
from digiwandel.model.backup import (
    backup_file,
    list_backups,
    thin_backups,
)
from digiwandel.model.database import (
    Database,
    DatabaseOpenError,
    alembic_config,
    head_revision,
    inspect_file,
    make_engine,
    open_database,
)
from digiwandel.services.backups import (
    MSG_BACKUP_NEWER,
    MSG_BACKUP_UNREADABLE,
    BackupService,
    restore_file,
)
from digiwandel.services.errors import DomainError
from digiwandel.services.organisation import OrganisationService

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def org_name(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name FROM organisation").fetchone()[0]
    finally:
        conn.close()


def make_org(db: Database, name: str) -> None:
    OrganisationService(db).set_up(name, ["Verwaltung"])


def rename_org(db: Database, name: str) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE organisation SET name = ?", (name,))


# -- thinning --------------------------------------------------------------------------


def fake_backups(folder: Path, stem: str, newest: datetime, every: timedelta, days: int):
    folder.mkdir(parents=True, exist_ok=True)
    stamps = []
    t = newest
    while t > newest - timedelta(days=days):
        (folder / f"{stem}-{t:%Y%m%d-%H%M%S}-on-close.sqlite3").write_bytes(b"")
        stamps.append(t)
        t -= every
    return stamps


def test_thinning_over_a_year_keeps_recent_daily_weekly_and_monthly_copies(tmp_path):
    # GIVEN a copy every two hours for 400 days, the newest at noon
    now = datetime(2026, 6, 15, 12, 30)
    stamps = fake_backups(tmp_path, "org", datetime(2026, 6, 15, 12, 0), timedelta(hours=2), 400)
    # and a copy of another database and a file of the user's, which are not ours to thin
    other = tmp_path / "other-20240101-000000-manual.sqlite3"
    other.write_bytes(b"")
    mine = tmp_path / "notes.txt"
    mine.write_text("x")

    removed = thin_backups(tmp_path, "org", now=now)

    kept = sorted(b.created for b in list_backups(tmp_path / "org.sqlite3", tmp_path))
    assert len(kept) + len(removed) == len(stamps)
    assert other.exists() and mine.exists()
    # the newest 10 of the last 24 hours: today 12:00 back to yesterday 18:00
    recent = [t for t in stamps if t > now - timedelta(hours=24)]
    assert len(recent) == 12
    assert set(recent[:10]) <= set(kept)
    assert not set(recent[10:]) & set(kept)  # yesterday 16:00 and 14:00
    # one copy for each of the last 14 days (the newest of that day, 22:00), besides today
    for back in range(1, 14):
        day = (now - timedelta(days=back)).date()
        of_day = [t for t in kept if t.date() == day]
        if back == 1:
            assert datetime.combine(day, datetime.min.time()).replace(hour=22) in of_day
        else:
            assert of_day == [datetime.combine(day, datetime.min.time()).replace(hour=22)]
    # one per week for 8 weeks, one per month for 12 months, nothing older
    weeks = {t.isocalendar()[:2] for t in kept}
    for back in range(8):
        assert (now - timedelta(weeks=back)).isocalendar()[:2] in weeks
    months = {(t.year, t.month) for t in kept}
    assert months == {(2025, m) for m in range(7, 13)} | {(2026, m) for m in range(1, 7)}
    assert len(kept) <= 10 + 14 + 8 + 12
    # thinning again changes nothing
    assert thin_backups(tmp_path, "org", now=now) == []


def test_thinning_never_deletes_the_newest_copy_however_old(tmp_path):
    fake_backups(tmp_path, "org", datetime(2020, 1, 1), timedelta(days=1), 30)
    thin_backups(tmp_path, "org", now=datetime(2026, 1, 1))
    assert [b.created for b in list_backups(tmp_path / "org.sqlite3", tmp_path)] == [
        datetime(2020, 1, 1)
    ]


def test_repeated_upgrade_backups_do_not_pile_up(db: Database, tmp_path):
    make_org(db, "Verein")
    for _ in range(15):
        backup_file(db.path, reason="before-upgrade")
    backups = list_backups(db.path)
    assert len(backups) == 10  # the documented rule
    assert {b.reason for b in backups} == {"before-upgrade"}


# -- files -----------------------------------------------------------------------------


@posix_only
def test_backups_and_their_folder_are_private(db: Database, tmp_path):
    make_org(db, "Verein")
    copy = backup_file(db.path, to_dir=tmp_path / "new" / "copies")
    assert copy.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "new" / "copies").stat().st_mode & 0o777 == 0o700


def test_a_failed_backup_leaves_no_file_behind(tmp_path):
    broken = tmp_path / "org.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(sqlite3.DatabaseError):
        backup_file(broken, to_dir=tmp_path / "copies")
    assert list((tmp_path / "copies").iterdir()) == []


def test_list_backups_is_newest_first_with_size_and_reason(db: Database):
    make_org(db, "Verein")
    first = backup_file(db.path, reason="manual")
    second = backup_file(db.path, reason="on-close")
    backups = list_backups(db.path)
    assert [b.path for b in backups] == [second, first]
    assert [b.reason for b in backups] == ["on-close", "manual"]
    assert backups[0].size == second.stat().st_size > 0
    assert abs(backups[0].created - datetime.now()) < timedelta(minutes=1)


# -- the service -----------------------------------------------------------------------


def test_backup_rows_show_organisation_and_counts_and_damaged_files(tmp_path):
    from digiwandel.services.demo import create_demo_file

    path = create_demo_file(tmp_path / "demo.sqlite3")
    db = open_database(path, create=False)
    try:
        info = BackupService().backup_now(db, "manual")
        damaged = info.path.with_name(info.path.name.replace("manual", "on-close"))
        damaged.write_bytes(b"this is not a database")
        rows = BackupService().backups(db.path)
    finally:
        db.close()
    by_path = {r.path: r for r in rows}
    good = by_path[info.path]
    assert good.readable and good.organisation == "Familien- und Jugendhilfe Lindenhof e.V."
    conn = sqlite3.connect(path)
    try:
        expected = [
            conn.execute(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL").fetchone()[0]
            for t in ("project", "assessment", "strategic_goal")
        ]
    finally:
        conn.close()
    assert [good.measures, good.checks, good.goals] == expected
    assert all(n > 0 for n in expected)
    assert not by_path[damaged].readable and by_path[damaged].organisation is None
    # reading a backup leaves no side files beside it
    assert sorted(p.name for p in info.path.parent.iterdir()) == sorted(
        [info.path.name, damaged.name]
    )


def test_restore_backs_up_the_current_state_first_and_replaces_it(db: Database, tmp_path):
    make_org(db, "Before")
    service = BackupService()
    saved = service.backup_now(db, "manual", tmp_path / "copies")
    rename_org(db, "After")

    before = service.restore(db, saved.path, tmp_path / "copies")

    # the open database shows the restored data; the state before is a backup of its own
    assert OrganisationService(db).get_profile().name == "Before"
    assert before.name.endswith("-before-restore.sqlite3")
    assert before.parent == tmp_path / "copies"
    assert org_name(before) == "After"
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    # no temporary file is left beside the database
    assert sorted(p.name for p in db.path.parent.iterdir() if p.name.startswith(".")) == []


def corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):  # keep the header page, scramble the rest
        data[offset : offset + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


def test_a_damaged_backup_is_refused_and_the_database_left_byte_for_byte(db, tmp_path):
    make_org(db, "Current")
    saved = BackupService().backup_now(db, "manual")
    corrupt(saved.path)
    db.engine.dispose()  # checkpoint, so the main file holds everything
    digest = sha256(db.path)

    with pytest.raises(DomainError) as caught:
        BackupService().restore(db, saved.path)

    assert caught.value.message == MSG_BACKUP_UNREADABLE
    assert sha256(db.path) == digest
    assert [b.reason for b in list_backups(db.path)] == ["manual"]  # nothing backed up


def test_a_backup_from_a_newer_program_is_refused(db, tmp_path):
    make_org(db, "Current")
    saved = BackupService().backup_now(db, "manual")
    conn = sqlite3.connect(saved.path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    with pytest.raises(DomainError) as caught:
        BackupService().restore(db, saved.path)
    assert caught.value.message == MSG_BACKUP_NEWER
    assert OrganisationService(db).get_profile().name == "Current"


def test_a_backup_from_before_an_upgrade_is_upgraded_when_restored(db, tmp_path):
    # GIVEN a backup at the first schema revision
    old = tmp_path / "old" / "test-20250101-120000-before-upgrade.sqlite3"
    old.parent.mkdir()
    engine = make_engine(f"sqlite:///{old}")
    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0001")
    engine.dispose()
    conn = sqlite3.connect(old)
    with conn:
        conn.execute(
            "INSERT INTO organisation (name, legal_form, fields_of_work, staff_count,"
            " volunteer_count, street, postal_code, city, fiscal_year_start_month)"
            " VALUES ('Old', 'e.V.', '', 5, 0, '', '', '', 1)"
        )
    conn.close()
    make_org(db, "Current")
    # WHEN it is restored THEN the database holds its data at the newest revision
    restore_file(db.path, old)
    assert OrganisationService(db).get_profile().name == "Old"
    with db.engine.connect() as conn:
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert revision == head_revision()


# -- command line ----------------------------------------------------------------------


def test_cli_backup_and_restore(db: Database, tmp_path, capsys):
    make_org(db, "Saved")
    db.close()
    assert main(["backup", "--db", str(db.path), "--to", str(tmp_path / "copies")]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("Backup written: ")
    copy = Path(out[0].removeprefix("Backup written: "))
    assert copy.parent == tmp_path / "copies" and org_name(copy) == "Saved"

    db = open_database(db.path, create=False)
    rename_org(db, "Changed")
    db.close()
    assert main(["restore", str(copy), "--db", str(db.path)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "restored" in out[0]
    assert org_name(db.path) == "Saved"
    before = list_backups(db.path)
    assert [b.reason for b in before] == ["before-restore"]
    assert org_name(before[0].path) == "Changed"


def test_cli_never_creates_a_database(tmp_path, capsys):
    missing = tmp_path / "missing.sqlite3"
    assert main(["backup", "--db", str(missing)]) == 1
    copy = tmp_path / "x-20250101-000000-manual.sqlite3"
    copy.write_bytes(b"")
    assert main(["restore", str(copy), "--db", str(missing)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"digiwandel: {missing} does not exist."] * 2
    assert not missing.exists() and not (tmp_path / "backups").exists()


def test_cli_restore_of_a_damaged_backup_fails_and_changes_nothing(db, tmp_path, capsys):
    make_org(db, "Current")
    saved = BackupService().backup_now(db, "manual")
    corrupt(saved.path)
    db.close()
    digest = sha256(db.path)
    assert main(["restore", str(saved.path), "--db", str(db.path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Nothing was changed" in err[0]
    assert sha256(db.path) == digest


def test_cli_restore_repairs_a_damaged_database_and_keeps_its_bytes(db, tmp_path, capsys):
    make_org(db, "Sound")
    saved = BackupService().backup_now(db, "manual", tmp_path / "copies")
    db.close()
    data = bytearray(db.path.read_bytes())
    for offset in range(3 * 4096, len(data), 2 * 4096):
        data[offset : offset + 100] = b"\xa5" * 100
    db.path.write_bytes(bytes(data))
    damaged = sha256(db.path)
    with pytest.raises(DatabaseOpenError):
        inspect_file(db.path)

    assert main(["restore", str(saved.path), "--db", str(db.path)]) == 0

    assert org_name(db.path) == "Sound"
    conn = sqlite3.connect(db.path)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    finally:
        conn.close()
    before = list_backups(db.path)
    assert [b.reason for b in before] == ["before-restore"]
    assert before[0].size == len(data)
    assert capsys.readouterr().err == ""
    assert damaged != sha256(db.path)

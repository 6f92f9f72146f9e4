"""A hard kill in the middle of edits loses no committed edit and never damages the file
(a short run of benchmarks/crash.py; run the script itself for 500 trials)."""

from __future__ import annotations

import os

import pytest

from benchmarks import crash


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL needs Linux or macOS")
def test_killing_the_program_during_edits_loses_nothing(tmp_path):
    trials, edits, failures, lost = crash.run(20, seed=7, max_delay=0.3, folder=tmp_path)
    assert trials == 20
    assert edits > 20, "the kills fell among the edits"
    assert failures == 0
    assert lost == 0


def test_the_check_finds_a_lost_edit_and_a_half_written_measure(tmp_path):
    import sqlite3

    path = tmp_path / "c.sqlite3"
    crash.prepare(path)
    assert crash.check(path, []) == (True, [])
    integrity, lost = crash.check(path, ["area 3"])
    assert integrity and lost == ["area 3"]
    from digiwandel.model.database import open_database
    from digiwandel.services.projects import ProjectService

    db = open_database(path)
    ProjectService(db).create_project("Maßnahme 5")
    db.close()
    assert crash.check(path, ["measure 5"]) == (True, [])
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("DELETE FROM project_step WHERE number = 12")
    connection.close()
    _integrity, lost = crash.check(path, ["measure 5"])
    assert "measure 5" in lost
    assert "half-written measure Maßnahme 5" in lost


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL needs Linux or macOS")
def test_killing_an_import_leaves_no_target_or_a_complete_one(tmp_path):
    trials, completed, broken = crash.run_import(5, seed=3, max_delay=0.3, folder=tmp_path)
    assert trials == 5
    assert broken == 0
    leftovers = [p for p in tmp_path.glob("target-*.sqlite3")]
    assert len(leftovers) == completed, "a killed import leaves no file at the target"


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL needs Linux or macOS")
def test_killing_a_backup_leaves_only_complete_copies(tmp_path):
    trials, checked, broken = crash.run_backup(3, seed=5, max_delay=0.4, folder=tmp_path)
    assert trials == 3
    assert checked > 0, "the kills fell among the backups"
    assert broken == 0


def test_the_counts_tell_a_half_made_file_from_a_complete_one(tmp_path):
    from digiwandel.model.database import open_database

    source = crash._demo_source(tmp_path)
    empty = tmp_path / "empty.sqlite3"
    open_database(empty).close()  # what an import killed after creating the file left
    assert crash._table_counts(source) != crash._table_counts(empty)
    (tmp_path / "junk.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x01" * 500)
    assert crash._table_counts(tmp_path / "junk.sqlite3") is None

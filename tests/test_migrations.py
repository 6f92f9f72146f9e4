"""Every Alembic revision upgrades a file that holds data without losing it."""

from __future__ import annotations

import sqlite3

from alembic import command

from digiwandel.model.database import alembic_config, head_revision, make_engine, open_database


def test_upgrade_from_first_revision_keeps_data(tmp_path):
    # GIVEN a database at revision 0001 holding an assessment
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0001")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO organisation (name, legal_form, fields_of_work, staff_count,"
            " volunteer_count, street, postal_code, city, fiscal_year_start_month)"
            " VALUES ('Verein', 'e.V.', '', 5, 0, '', '', '', 1)"
        )
        conn.execute(
            "INSERT INTO catalog (key, version, title_de, title_en, source_file,"
            " source_sha256, imported_at, content) VALUES"
            " ('k', '1', 'K', 'K', '', '', '2026-01-01', '{}')"
        )
        conn.execute(
            "INSERT INTO assessment (title, assessed_on, catalog_id, status, notes)"
            " VALUES ('Check 2025', '2025-05-01', 1, 'completed', 'n')"
        )
    conn.close()

    # WHEN the program opens it
    db = open_database(path)
    try:
        with db.engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT title, status, enabled_modules, row_version FROM assessment"
            ).all()
            organisation_version = connection.exec_driver_sql(
                "SELECT row_version FROM organisation"
            ).scalar()
            marks = dict(connection.exec_driver_sql("SELECT area, counter FROM change_mark").all())
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    finally:
        db.close()

    # THEN it is at the newest revision, the data is still there, and a backup was made
    assert version == head_revision()
    assert rows == [("Check 2025", "completed", "", 1)]  # existing rows start at version 1
    assert organisation_version == 1
    assert marks == dict.fromkeys(
        ("organisation", "check", "drivers", "strategy", "projects", "reports"), 0
    )
    assert list((tmp_path / "backups").glob("old-*-before-upgrade.sqlite3"))


def test_the_program_knows_the_newest_revision_without_alembic():
    # An up-to-date file opens without importing Alembic; that rests on these two agreeing.
    from alembic.script import ScriptDirectory

    from digiwandel.model.database import known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}


def test_an_up_to_date_file_opens_without_alembic(tmp_path):
    import subprocess
    import sys

    open_database(tmp_path / "current.sqlite3").close()
    probe = (
        "import sys\n"
        "from digiwandel.model.database import open_database\n"
        f"open_database(r'{tmp_path / 'current.sqlite3'}').close()\n"
        "print(sorted(m for m in ('alembic', 'mako', 'pydantic') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

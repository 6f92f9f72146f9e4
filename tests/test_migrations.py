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
                "SELECT title, status, enabled_modules FROM assessment"
            ).all()
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    finally:
        db.close()

    # THEN it is at the newest revision, the data is still there, and a backup was made
    assert version == head_revision()
    assert rows == [("Check 2025", "completed", "")]
    assert list((tmp_path / "backups").glob("old-*-before-upgrade.sqlite3"))

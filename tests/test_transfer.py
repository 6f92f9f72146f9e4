"""Export and import of a whole organisation (JSON transfer format, version 1)."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

import pytest
from sqlalchemy import func, select, text, update

from digiwandel.cli import main
from digiwandel.model import Base
from digiwandel.model.database import open_database
from digiwandel.model.organisation import Organisation
from digiwandel.services.demo import create_demo_file
from digiwandel.services.errors import DomainError
from digiwandel.services.transfer import (
    dumps,
    export_organisation,
    import_into_file,
    import_organisation,
    write_export,
)
from digiwandel.services.transfer.schema import (
    SKIPPED_TABLES,
    exported_tables,
    fields_of,
    walk,
)

STAMP = datetime(2026, 3, 1, 12, 0, 0)
LOGO = bytes(range(256)) * 3


def counts(db) -> dict[str, int]:
    with db.engine.connect() as connection:
        return {
            name: connection.scalar(select(func.count()).select_from(Base.metadata.tables[name]))
            for name in exported_tables()
        }


def dump(db) -> list[str]:
    """Every row of every table, as SQL text (compares the whole content of a database)."""
    raw = db.engine.raw_connection()
    try:
        return list(raw.driver_connection.iterdump())
    finally:
        raw.close()


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory):
    """The demo organisation (with a logo) as a file and as its export."""
    path = create_demo_file(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    db = open_database(path)
    with db.engine.begin() as connection:
        connection.execute(update(Organisation).values(logo=LOGO, logo_mime="image/png"))
    data = dumps(export_organisation(db, exported_at=STAMP))
    table_counts = counts(db)
    db.close()
    return path, data, table_counts


def test_round_trip_gives_identical_bytes_and_rows(demo_export, tmp_path):
    _path, data, demo_counts = demo_export
    written = import_into_file(data, tmp_path / "copy.sqlite3")
    copy_db = open_database(tmp_path / "copy.sqlite3")
    try:
        again = dumps(export_organisation(copy_db, exported_at=STAMP))
        assert counts(copy_db) == demo_counts
        with copy_db.engine.connect() as connection:
            assert connection.scalar(select(Organisation.logo)) == LOGO
    finally:
        copy_db.close()
    assert again == data
    assert written == sum(demo_counts.values())
    document = json.loads(data)
    assert (document["format"], document["version"]) == ("digiwandel", 1)
    assert document["exported_at"] == "2026-03-01T12:00:00Z"
    # every kind of record the demo has is in the file, not only the top level
    assert document["projects"][0]["steps"][0]["checklist"]
    assert document["assessments"][0]["respondents"][0]["answers"]
    assert document["strategy_versions"][0]["goals"][0]["indicators"][0]["measurements"]


def test_export_numbers_ids_from_one_in_id_order(demo_export):
    document = json.loads(demo_export[1])
    assert [p["id"] for p in document["projects"]] == list(range(1, len(document["projects"]) + 1))
    steps = [s["id"] for p in document["projects"] for s in p["steps"]]
    assert sorted(steps) == list(range(1, len(steps) + 1))


def test_every_table_is_exported_or_documented_as_left_out():
    assert (
        set(Base.metadata.tables) | {"alembic_version"} == set(exported_tables()) | SKIPPED_TABLES
    )


def test_format_fields_are_pinned_to_the_version():
    """Changing a field of the format (a new column, say) needs a decision on the version:
    see the version rule in digiwandel/services/transfer/README.md; then update the hash."""
    described = "\n".join(
        f"{path}.{c.name}:{type(c.type).__name__}:{c.nullable}"
        for path, section in walk()
        for c in fields_of(section)
    )
    assert hashlib.sha256(described.encode()).hexdigest()[:16] == FIELDS_V1


FIELDS_V1 = "ff374a75ceb7612c"


def test_broken_reference_in_the_middle_names_the_place_and_changes_nothing(demo_export, db):
    document = json.loads(demo_export[1])
    document["projects"][3]["steps"][2]["responsible_id"] = 9999
    before = dump(db)
    with pytest.raises(DomainError) as caught:
        import_organisation(db, document)
    assert caught.value.field == "projects[3].steps[2].responsible_id"
    assert "projects[3].steps[2].responsible_id" in str(caught.value)
    assert dump(db) == before


def test_error_found_while_writing_rolls_back_everything(demo_export, db):
    """A duplicate step number passes the field checks and is refused by the database
    after hundreds of rows have been written: none of them stays."""
    document = json.loads(demo_export[1])
    steps = document["projects"][3]["steps"]
    steps[2]["number"] = steps[1]["number"]
    before = dump(db)
    with pytest.raises(DomainError) as caught:
        import_organisation(db, document, backup=False)
    assert caught.value.field == "projects[3].steps[2]"
    assert dump(db) == before
    assert not any(counts(db).values())


def test_wrong_date_names_the_field(demo_export, db):
    document = json.loads(demo_export[1])
    document["projects"][4]["steps"][2]["due_on"] = "2025-02-30"
    with pytest.raises(DomainError) as caught:
        import_organisation(db, document)
    assert caught.value.field == "projects[4].steps[2].due_on"


def test_import_into_a_database_with_an_organisation_is_refused(demo_export, demo_db):
    before = dump(demo_db)
    with pytest.raises(DomainError, match="already holds data"):
        import_organisation(demo_db, demo_export[1])
    assert dump(demo_db) == before


def test_failed_import_into_a_new_file_leaves_no_file(demo_export, tmp_path):
    document = json.loads(demo_export[1])
    document["persons"][0]["area_id"] = 4711
    target = tmp_path / "new.sqlite3"
    with pytest.raises(DomainError):
        import_into_file(json.dumps(document).encode(), target)
    assert list(tmp_path.iterdir()) == []

    # an error only the database finds (after the file was created) removes it as well
    document = json.loads(demo_export[1])
    document["areas"][1]["name"] = document["areas"][0]["name"]
    with pytest.raises(DomainError) as caught:
        import_into_file(document, target)
    assert caught.value.field == "areas[1]"
    assert list(tmp_path.iterdir()) == []


def test_import_into_an_empty_database_file_backs_it_up_first(demo_export, tmp_path):
    target = tmp_path / "empty.sqlite3"
    open_database(target).close()
    import_into_file(demo_export[1], target)
    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1 and "before-import" in backups[0].name
    db = open_database(target)
    try:
        assert counts(db) == demo_export[2]
    finally:
        db.close()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"{", "not valid JSON"),
        (b'{"format": "digiwandel", "format": "x"}', "appears twice"),
        (b"[1, 2]", "not a DigiWandel export"),
        (b'{"format": "digiwandel", "version": 7}', "format version 7"),
        (b'{"format": "digiwandel", "version": 1, "x": NaN}', "not valid JSON"),
        (b"\xff\xfe", "not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "deeply"),
    ],
)
def test_files_that_are_no_export_are_refused(db, data, expected):
    with pytest.raises(DomainError, match=expected):
        import_organisation(db, data)


def test_export_of_a_database_without_organisation_is_refused(db, tmp_path):
    with pytest.raises(DomainError, match="nothing to export"):
        write_export(db, tmp_path / "out.json")
    assert not (tmp_path / "out.json").exists()


def test_command_line_export_and_import(demo_export, tmp_path, capsys):
    demo_path = demo_export[0]
    out = tmp_path / "org.json"
    assert main(["export", "--db", str(demo_path), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"Organisation exported to {out}"
    document = json.loads(out.read_bytes())
    assert document["organisation"]["name"] == json.loads(demo_export[1])["organisation"]["name"]

    target = tmp_path / "imported.sqlite3"
    assert main(["import", str(out), "--db", str(target)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"Organisation imported into {target} (")

    # never into a database that holds an organisation
    before = target.read_bytes()
    assert main(["import", str(out), "--db", str(target)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "already holds data" in err
    assert target.read_bytes() == before

    document["projects"][0]["title"] = ""
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    assert main(["import", str(bad), "--db", str(tmp_path / "other.sqlite3")]) == 1
    assert "projects[0].title" in capsys.readouterr().err
    assert not (tmp_path / "other.sqlite3").exists()


def test_command_line_export_needs_an_existing_database(tmp_path, capsys):
    assert main(["export", "--db", str(tmp_path / "nope.sqlite3"), "-o", str(tmp_path / "o.json")])
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "nope.sqlite3").exists()


def test_sqlite_keeps_foreign_keys_checked_after_import(demo_export, tmp_path):
    target = tmp_path / "copy.sqlite3"
    import_into_file(demo_export[1], target)
    db = open_database(target)
    try:
        with db.engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_key_check")).fetchall() == []
    finally:
        db.close()


def test_document_records_use_only_known_sections(demo_export):
    document = json.loads(demo_export[1])
    top = {path for path, _section in walk() if "." not in path}
    assert set(document) == top | {"format", "version", "exported_at"}


@pytest.mark.parametrize(
    ("change", "place", "words"),
    [
        (lambda d: d["projects"][1].__setitem__("status", "done"), "projects[1].status", "one of"),
        (
            lambda d: d["persons"][2].__setitem__("joined_on", "1.2.2024"),
            "persons[2].joined_on",
            "YYYY-MM-DD",
        ),
        (lambda d: d["areas"][0].__setitem__("position", "1"), "areas[0].position", "whole number"),
        (
            lambda d: d["projects"][0]["steps"].__setitem__(3, None),
            "projects[0].steps[3]",
            "JSON object",
        ),
        (
            lambda d: d["projects"][0]["steps"][3].pop("status"),
            "projects[0].steps[3].status",
            "missing",
        ),
        (lambda d: d["organisation"].__setitem__("extra", 1), "organisation.extra", "not part"),
        (lambda d: d["projects"][2].__setitem__("title", "x" * 201), "projects[2].title", "200"),
    ],
)
def test_field_errors_are_readable(demo_export, db, change, place, words):
    document = json.loads(demo_export[1])
    change(document)
    with pytest.raises(DomainError) as caught:
        import_organisation(db, document)
    assert caught.value.field == place
    assert place in str(caught.value) and words in str(caught.value)

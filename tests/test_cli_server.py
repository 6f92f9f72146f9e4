"""The command line with a database on a PostgreSQL server: demo, report, export and import
work there as on a file; the file-only commands say what to use instead; a wrong or
unreachable address gets one readable line and never shows a password."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from digiwandel.cli import main
from digiwandel.model.database import open_server
from digiwandel.server_address import ServerAddressError, is_server_address, server_url, shown
from digiwandel.services.organisation import OrganisationService

UNREACHABLE = "postgresql://anna:geheim@127.0.0.1:1/verein"


# -- addresses (no server needed) ------------------------------------------------------------
def test_an_address_over_the_network_requires_tls_unless_it_says_otherwise() -> None:
    url = server_url("postgresql://anna@db.example.org/verein")
    assert url.drivername == "postgresql+psycopg"
    assert url.query["sslmode"] == "require"
    assert server_url("postgres://anna@10.0.0.5:5433/verein?sslmode=disable").query == {
        "sslmode": "disable"
    }
    # a Unix socket of this computer: nothing travels over a network
    assert "sslmode" not in server_url("postgresql://anna@/verein?host=/run/postgresql").query
    assert "sslmode" not in server_url("postgresql://anna@/verein").query


def test_what_is_and_is_not_a_server_address() -> None:
    assert is_server_address("postgresql://anna@host/verein")
    assert is_server_address("POSTGRES://anna@host/verein")
    assert not is_server_address("/home/anna/verein.sqlite3")
    assert not is_server_address("C:\\Daten\\verein.sqlite3")
    assert not is_server_address("mysql://anna@host/verein")
    for bad in ("postgresql://", "postgresql://anna@host", "postgresql://host:port/x"):
        with pytest.raises(ServerAddressError):
            server_url(bad)


def test_a_shown_address_never_holds_the_password() -> None:
    text = shown(server_url(UNREACHABLE))
    assert "geheim" not in text
    assert text.startswith("postgresql://anna:***@127.0.0.1:1/verein")


@pytest.mark.parametrize(
    ("command", "code"),
    [(["backup"], 1), (["restore", "x.sqlite3"], 1), (["check-db"], 2)],
)
def test_file_only_commands_say_what_to_use_on_a_server(command, code, capsys) -> None:
    assert main([*command, "--db", UNREACHABLE, "--lang", "en"]) == code
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "works on database files" in err and "pg_dump" in err and "export" in err
    assert "geheim" not in err


def test_the_window_opens_a_database_on_a_server(monkeypatch) -> None:
    started = []
    monkeypatch.setattr(
        "digiwandel.ui.app.run_gui", lambda db_path, lang: started.append(db_path) or 0
    )
    assert main(["--db", UNREACHABLE, "--lang", "en"]) == 0
    assert started == [UNREACHABLE]  # the address as given; the window connects


def test_an_unreachable_server_is_one_line_without_the_password(tmp_path, capsys) -> None:
    out = tmp_path / "bericht.pdf"
    assert main(["report", "board", "--db", UNREACHABLE, "-o", str(out), "--lang", "de"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "kann nicht geöffnet werden" in err and "Connection refused" in err
    assert "geheim" not in err
    assert not out.exists()


def test_a_wrong_address_is_a_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["export", "--db", "postgresql://", "-o", "x.json"])
    assert stopped.value.code == 2
    assert "not a server address" in capsys.readouterr().err


# -- on a real server -------------------------------------------------------------------------
def _tables(url: str) -> set[str]:
    engine = create_engine(server_url(url))
    try:
        with engine.connect() as connection:
            return set(inspect(connection).get_table_names())
    finally:
        engine.dispose()


def _without_time(path: Path) -> dict:
    document = json.loads(path.read_text(encoding="utf-8"))
    document.pop("exported_at", None)
    return document


def test_demo_report_export_and_import_on_the_server(
    pg_url, postgres_cluster, tmp_path, capsys
) -> None:
    url = pg_url.replace("postgresql+psycopg://", "postgresql://")
    assert main(["demo", "--db", url, "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("Demo organisation written to postgresql://")

    pdf = tmp_path / "board.pdf"
    assert main(["report", "board", "--db", url, "-o", str(pdf), "--lang", "de"]) == 0
    assert capsys.readouterr().out.strip().endswith("(10 Seiten)")
    assert pdf.read_bytes().startswith(b"%PDF")

    first = tmp_path / "first.json"
    assert main(["export", "--db", url, "-o", str(first), "--lang", "en"]) == 0
    capsys.readouterr()

    # the move to another server database: all or nothing, counted table by table
    target = postgres_cluster.create_database().replace("postgresql+psycopg://", "postgresql://")
    try:
        assert main(["import", str(first), "--db", target, "--lang", "en"]) == 0
        assert "entries)" in capsys.readouterr().out
        second = tmp_path / "second.json"
        assert main(["export", "--db", target, "-o", str(second), "--lang", "en"]) == 0
        assert _without_time(second) == _without_time(first)
    finally:
        postgres_cluster.drop_database(target)


def test_a_server_database_with_data_is_never_filled_again(pg_url, tmp_path, capsys) -> None:
    url = pg_url.replace("postgresql+psycopg://", "postgresql://")
    db = open_server(url)
    OrganisationService(db).save_profile(name="Verein")
    db.close()
    export = tmp_path / "verein.json"
    assert main(["export", "--db", url, "-o", str(export), "--lang", "en"]) == 0
    capsys.readouterr()

    assert main(["import", str(export), "--db", url, "--lang", "en"]) == 1
    assert "already holds data" in capsys.readouterr().err
    assert main(["demo", "--db", url, "--lang", "en"]) == 1
    assert "already holds data" in capsys.readouterr().err
    assert main(["demo", "--db", url, "--force", "--lang", "en"]) == 1
    assert "never replaced" in capsys.readouterr().err

    db = open_server(url)
    try:
        assert OrganisationService(db).get_profile().name == "Verein"
        assert OrganisationService(db).list_areas() == []
    finally:
        db.close()


def test_a_report_from_an_empty_server_database_changes_nothing(pg_url, tmp_path, capsys):
    url = pg_url.replace("postgresql+psycopg://", "postgresql://")
    out = tmp_path / "x.pdf"
    assert main(["report", "board", "--db", url, "-o", str(out), "--lang", "en"]) == 1
    assert "holds no DigiWandel data yet" in capsys.readouterr().err
    assert _tables(url) == set()
    assert not out.exists()

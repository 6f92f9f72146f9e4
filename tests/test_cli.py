"""The command line: `python -m digiwandel` as users and scripts run it."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy.exc import OperationalError

from digiwandel import APP_NAME, __version__
from digiwandel.cli import main
from digiwandel.i18n import LANGUAGE_KEY, saved_language
from digiwandel.model.database import open_database
from digiwandel.services.demo import DEMO_NAME
from digiwandel.services.organisation import OrganisationService

ROOT = Path(__file__).resolve().parent.parent
GERMAN_QM = ROOT / "resources" / "translations" / "digiwandel_de.qm"


def run_cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        DIGIWANDEL_DATA_DIR=str(data_dir),
        PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        PYTHONIOENCODING="utf-8",
    )
    return subprocess.run(
        [sys.executable, "-m", "digiwandel", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_readable_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("digiwandel: ")
    return lines[0]


def assert_demo_contents(path: Path) -> None:
    db = open_database(path, create=False)
    try:
        org = OrganisationService(db)
        assert org.get_profile().name == DEMO_NAME
        assert len(org.list_areas()) == 5
        assert len(org.list_levels()) == 4
        assert len(org.list_persons()) == 12
    finally:
        db.close()


def test_version(tmp_path: Path) -> None:
    result = run_cli("--version", data_dir=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"DigiWandel {__version__}"


def _choose_language(lang: str | None) -> None:
    """What the program's settings dialog stores, in this process's store and in the one a
    started program reads (see the conftest)."""
    for store in ("ini", "conf"):
        settings = QSettings(
            str(Path(os.environ["XDG_CONFIG_HOME"]) / APP_NAME / f"{APP_NAME}.{store}"),
            QSettings.Format.IniFormat,
        )
        if lang is None:
            settings.remove(LANGUAGE_KEY)
        else:
            settings.setValue(LANGUAGE_KEY, lang)
        settings.sync()


def test_the_command_line_speaks_the_language_of_the_program_window(qapp, tmp_path, capsys):
    from digiwandel.ui.app import make_application

    make_application()  # the window's settings store: QSettings() with the program's names
    missing = tmp_path / "missing.sqlite3"
    for chosen, expected, line in (
        (None, "de", "existiert nicht"),
        ("en", "en", "does not exist"),
        ("de", "de", "existiert nicht"),
    ):
        _choose_language(chosen)
        assert saved_language() == expected
        assert main(["check-db", "--db", str(missing)]) == 2
        assert line in capsys.readouterr().err
        started = run_cli("check-db", "--db", str(missing), data_dir=tmp_path)
        assert line in started.stderr, started.stderr
    # --lang is for that run only
    assert main(["check-db", "--db", str(missing), "--lang", "en"]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert saved_language() == "de"


def test_help_lists_the_demo_subcommand(tmp_path: Path) -> None:
    result = run_cli("--help", data_dir=tmp_path)
    assert result.returncode == 0
    assert "demo" in result.stdout
    assert "usage: digiwandel" in result.stdout
    demo_help = run_cli("demo", "--help", data_dir=tmp_path)
    assert demo_help.returncode == 0
    assert "--force" in demo_help.stdout


def test_demo_then_again_without_force_then_with_force(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"

    created = run_cli("demo", "--db", str(path), data_dir=tmp_path)
    assert created.returncode == 0, created.stderr
    assert str(path) in created.stdout
    assert_demo_contents(path)
    digest = sha256(path)

    # WHEN it runs again without --force THEN it refuses in one line and leaves the file alone
    again = run_cli("demo", "--db", str(path), data_dir=tmp_path)
    assert again.returncode != 0
    line = assert_one_readable_line(again.stderr)
    assert "already exists" in line
    assert "--force" in line
    assert sha256(path) == digest

    forced = run_cli("demo", "--db", str(path), "--force", data_dir=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert_demo_contents(path)


def test_demo_into_a_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "plain-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run_cli("demo", "--db", str(blocker / "sub" / "demo.sqlite3"), data_dir=tmp_path)
    assert result.returncode != 0
    line = assert_one_readable_line(result.stderr)
    assert str(blocker / "sub" / "demo.sqlite3") in line
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_demo_refuses_to_overwrite_a_foreign_file_even_with_german_messages(
    tmp_path: Path,
) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Protokoll", encoding="utf-8")
    result = run_cli("--lang", "de", "demo", "--db", str(path), data_dir=tmp_path)
    assert result.returncode != 0
    assert_one_readable_line(result.stderr)
    assert path.read_text(encoding="utf-8") == "Protokoll"


@pytest.mark.parametrize("position", ["before", "after"])
def test_german_message_when_the_file_exists(tmp_path: Path, position: str) -> None:
    path = tmp_path / "demo.sqlite3"
    assert run_cli("demo", "--db", str(path), data_dir=tmp_path).returncode == 0
    args = ["demo", "--db", str(path)]
    args = ["--lang", "de", *args] if position == "before" else [*args, "--lang", "de"]

    result = run_cli(*args, data_dir=tmp_path)

    assert result.returncode != 0
    line = assert_one_readable_line(result.stderr)
    assert str(path) in line
    if GERMAN_QM.stat().st_size < 1024:
        pytest.skip("the German .qm has no translations yet")
    assert "already exists" not in line
    assert "existiert" in line or "bereits" in line


def test_unknown_subcommand_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("frobnicate", data_dir=tmp_path)
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_demo_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path)]) == 0
    assert str(path) in capsys.readouterr().out
    assert_demo_contents(path)

    assert main(["demo", "--db", str(path), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "already exists" in err


def test_in_process_refusals_name_the_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "plain-file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["demo", "--db", str(blocker / "demo.sqlite3")]) == 1
    assert capsys.readouterr().err.startswith(f"digiwandel: Cannot write {blocker}")

    foreign = tmp_path / "empty-but-not-ours.sqlite3"
    foreign.write_text("x", encoding="utf-8")
    # with --force the file is replaced; that is what --force is for
    assert main(["demo", "--db", str(foreign), "--force"]) == 0
    assert_demo_contents(foreign)


def test_database_engine_failure_is_one_line_and_leaves_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN SQLite cannot open the new file (e.g. a folder it may not write to)
    def refuse(path, **_kwargs):
        path.write_bytes(b"")  # SQLite may already have created an empty file
        raise OperationalError("connect", None, sqlite3.OperationalError("unable to open"))

    monkeypatch.setattr("digiwandel.services.demo.open_database", refuse)
    path = tmp_path / "demo.sqlite3"

    assert main(["demo", "--db", str(path)]) == 1

    err = capsys.readouterr().err
    assert err == f"digiwandel: {path} cannot be opened: unable to open\n"
    assert not path.exists()

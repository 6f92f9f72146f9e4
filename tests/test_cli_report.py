"""`digiwandel report KIND --db PATH -o OUT.pdf`: the report in a file, one line on success,
one readable line and exit code 1 on errors, 2 for wrong usage."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import QSettings

from digiwandel import APP_NAME
from digiwandel.cli import REPORT_CHOICES, main
from digiwandel.i18n import LANGUAGE_KEY
from digiwandel.model.database import open_database
from digiwandel.services.reports import KINDS, ReportService
from tests import report_fakes


@pytest.fixture
def fakes(monkeypatch):
    return report_fakes.install(monkeypatch)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    from digiwandel.services.demo import create_demo_file

    path = create_demo_file(tmp_path_factory.mktemp("template") / "demo.sqlite3")
    return report_fakes.forget_kept_reports(path)


@pytest.fixture
def demo_file(tmp_path, demo_template) -> Path:
    """A fresh copy of the demo database (made once per module: it takes a while)."""
    return Path(shutil.copy(demo_template, tmp_path / "demo.sqlite3"))


@pytest.fixture
def empty_file(tmp_path) -> Path:
    """A database without any check or measure."""
    path = tmp_path / "empty.sqlite3"
    open_database(path).close()
    return path


def snapshots(path: Path):
    db = open_database(path, create=False)
    try:
        return ReportService(db).snapshots()
    finally:
        db.close()


def one_error_line(capsys) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("digiwandel: ")
    assert "Traceback" not in captured.err
    assert captured.out == ""
    return lines[0]


def test_the_command_line_offers_every_kind():
    assert REPORT_CHOICES == KINDS


def test_board_report_is_written_and_kept(fakes, demo_file, tmp_path, capsys):
    out = tmp_path / "Vorstandsbericht.pdf"
    code = main(["report", "board", "--db", str(demo_file), "-o", str(out), "--lang", "en"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out.strip() == f"Report written: {out} (3 pages)"
    assert len(pypdfium2.PdfDocument(out.read_bytes())) == 3
    kept = snapshots(demo_file)
    assert [(s.kind, s.pages) for s in kept] == [("board", 3)]
    kind, lang, request = fakes.calls[0]
    assert (kind, lang) == ("board", "en")
    assert request.period.endswith(str(request.today.year)), "the current half year"
    assert list(tmp_path.glob("*.part")) == []


def test_german_messages_and_report_with_lang_de(fakes, demo_file, tmp_path, capsys):
    out = tmp_path / "bericht.pdf"
    args = ["report", "strategy", "--db", str(demo_file), "-o", str(out), "--lang", "de"]
    code = main([*args, "--period", "Jahr 2026"])
    assert code == 0
    assert capsys.readouterr().out.strip() == f"Bericht geschrieben: {out} (3 Seiten)"
    assert fakes.calls[0][1] == "de"
    assert fakes.calls[0][2].period == "Jahr 2026"


def test_without_lang_report_and_messages_follow_the_chosen_language(
    fakes, demo_file, tmp_path, capsys
):
    fakes.pages = 1
    out = tmp_path / "q.pdf"
    # The test settings hold English, as after choosing it in the program
    assert main(["report", "questionnaire", "--db", str(demo_file), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"Report written: {out} (1 page)"
    assert fakes.calls[0][1] == "en"
    assert snapshots(demo_file) == [], "a blank questionnaire is not kept"

    QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, APP_NAME, APP_NAME).remove(
        LANGUAGE_KEY
    )
    assert main(["report", "questionnaire", "--db", str(demo_file), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"Bericht geschrieben: {out} (1 Seite)"
    assert fakes.calls[1][1] == "de", "German until a language is chosen"


def test_remembered_sections_are_used(fakes, demo_file, tmp_path, capsys):
    db = open_database(demo_file, create=False)
    ReportService(db).remember_sections("board", {"projects"})
    db.close()
    assert main(["report", "board", "--db", str(demo_file), "-o", str(tmp_path / "b.pdf")]) == 0
    assert fakes.calls[0][2].sections == frozenset({"projects"})


def test_missing_database_is_an_error_and_never_created(fakes, tmp_path, capsys):
    missing = tmp_path / "nowhere.sqlite3"
    out = tmp_path / "out.pdf"
    assert main(["report", "board", "--db", str(missing), "-o", str(out)]) == 1
    assert "does not exist" in one_error_line(capsys)
    assert not missing.exists() and not out.exists()
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert main(["report", "board", "--db", str(empty), "-o", str(out)]) == 1
    assert "not a DigiWandel database" in one_error_line(capsys)
    assert empty.stat().st_size == 0


def test_unknown_id_is_an_error(fakes, demo_file, tmp_path, capsys):
    out = tmp_path / "out.pdf"
    args = ["report", "assessment", "--db", str(demo_file), "-o", str(out), "--id", "99999"]
    assert main(args) == 1
    assert "99999" in one_error_line(capsys)
    assert not out.exists()
    assert fakes.calls == []


def test_no_completed_check_is_an_error(fakes, empty_file, tmp_path, capsys):
    out = tmp_path / "out.pdf"
    assert main(["report", "assessment", "--db", str(empty_file), "-o", str(out)]) == 1
    assert "completed" in one_error_line(capsys)
    assert not out.exists()
    assert snapshots(empty_file) == []


def test_a_project_profile_without_id_names_the_measures(fakes, demo_file, tmp_path, capsys):
    out = tmp_path / "out.pdf"
    assert main(["report", "project", "--db", str(demo_file), "-o", str(out)]) == 1
    line = one_error_line(capsys)
    assert "--id" in line
    db = open_database(demo_file, create=False)
    first = ReportService(db).items("project")[0]
    db.close()
    assert f"{first.id} {first.title}" in line
    args = ["report", "project", "--db", str(demo_file), "-o", str(out)]
    assert main([*args, "--id", str(first.id)]) == 0
    assert fakes.calls[0][2].item_id == first.id


def test_unwritable_output_is_explained_before_any_work(fakes, demo_file, tmp_path, capsys):
    folder_missing = tmp_path / "no-such-folder" / "out.pdf"
    assert main(["report", "board", "--db", str(demo_file), "-o", str(folder_missing)]) == 1
    assert "does not exist" in one_error_line(capsys)
    assert main(["report", "board", "--db", str(demo_file), "-o", str(tmp_path)]) == 1
    assert "folder" in one_error_line(capsys)
    assert fakes.calls == []
    assert snapshots(demo_file) == []


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere"
)
def test_read_only_folder_is_explained(fakes, demo_file, tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert main(["report", "board", "--db", str(demo_file), "-o", str(locked / "x.pdf")]) == 1
        assert "may not write" in one_error_line(capsys)
    finally:
        locked.chmod(0o700)


def test_a_failed_write_keeps_the_old_file_and_stores_nothing(
    fakes, demo_file, tmp_path, capsys, monkeypatch
):
    out = tmp_path / "out.pdf"
    out.write_bytes(b"the old report")

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    assert main(["report", "board", "--db", str(demo_file), "-o", str(out)]) == 1
    assert "No space left" in one_error_line(capsys)
    assert out.read_bytes() == b"the old report"
    assert snapshots(demo_file) == []


@pytest.mark.parametrize(
    "args",
    [
        ["report", "annual", "--db", "x.sqlite3", "-o", "x.pdf"],
        ["report", "board", "--db", "x.sqlite3"],
        ["report", "board", "-o", "x.pdf"],
        ["report", "project", "--db", "x.sqlite3", "-o", "x.pdf", "--id", "one"],
    ],
)
def test_wrong_usage_exits_with_2(args, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_a_real_report_from_the_demo(demo_file, tmp_path, capsys):
    # The assessment report with its real builder, not a stand-in.
    pytest.importorskip("digiwandel.services.reports.assessment")
    out = tmp_path / "auswertung.pdf"
    code = main(["report", "assessment", "--db", str(demo_file), "-o", str(out), "--lang", "en"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    pages = len(pypdfium2.PdfDocument(out.read_bytes()))
    assert captured.out.strip().endswith(f"({pages} pages)")
    assert [(s.kind, s.pages) for s in snapshots(demo_file)] == [("assessment", pages)]

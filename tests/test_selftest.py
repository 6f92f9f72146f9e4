"""`digiwandel selftest`: every step of a user's first hour, in a temporary folder, one line
per step; a failing step is named and stops the run with exit code 1."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from digiwandel import selftest
from digiwandel.cli import SELFTEST_STEPS, main


def _files(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_every_step_passes_and_the_users_files_stay_untouched(qapp, tmp_path, capsys):
    data = Path(os.environ["DIGIWANDEL_DATA_DIR"])
    config = Path(os.environ["XDG_CONFIG_HOME"])
    before = _files(config)
    kept = tmp_path / "kept"

    assert main(["selftest", "--lang", "en", "--keep", str(kept)]) == 0

    lines = capsys.readouterr().out.strip().splitlines()
    steps = [line for line in lines if line.startswith("ok ")]
    assert len(steps) == len(SELFTEST_STEPS) == 8
    for line, key in zip(steps, SELFTEST_STEPS, strict=True):
        assert SELFTEST_STEPS[key]["en"] in line
        assert " s " in line
    assert "10" in steps[2], "the board report of the demo has 10 pages"
    assert steps[-1].rstrip().endswith("7"), "every page of the window was opened"
    assert lines[-1].startswith("Self-test passed in ")
    assert (kept / "board-report.pdf").read_bytes().startswith(b"%PDF")
    assert (kept / "selftest.sqlite3").stat().st_size > 100_000
    assert not data.exists(), "nothing in the user's data folder"
    assert _files(config) == before, "the user's settings are unchanged"


def test_a_failing_step_is_named_and_the_rest_is_not_run(monkeypatch, tmp_path, capsys):
    def no_fonts(self):
        raise RuntimeError("no fonts")

    monkeypatch.setattr(selftest.SelfTest, "board_report", no_fonts)
    assert main(["selftest", "--lang", "de", "--no-window"]) == 1

    captured = capsys.readouterr()
    lines = captured.out.strip().splitlines()
    assert [line.split()[0] for line in lines] == ["ok", "ok", "FEHLER"]
    assert "Vorstandsbericht (PDF, Seiten)" in lines[-1]
    assert captured.err.strip() == (
        "digiwandel: Selbsttest fehlgeschlagen bei „Vorstandsbericht (PDF, Seiten)“: "
        "RuntimeError: no fonts"
    )


def test_an_error_inside_a_page_of_the_window_fails_the_window_step(qapp, monkeypatch, tmp_path):
    from digiwandel.ui.pages.reports import ReportsPage

    def broken(self, *args, **kwargs):
        raise ValueError("a library is missing")

    test = selftest.SelfTest(tmp_path, "en")
    test.demo()
    monkeypatch.setattr(ReportsPage, "reload", broken)
    # The page's error happens inside Qt's event handling, not in the step's own code.
    with pytest.raises(ValueError, match="a library is missing"):
        test.open_window()

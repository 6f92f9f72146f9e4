"""`digiwandel selftest`: every step of a user's first hour, in a temporary folder, one line
per step; a failing step is named and stops the run with exit code 1."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from digiwandel import selftest
from digiwandel.cli import main


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
    assert len(steps) == len(selftest.STEP_TITLES) == selftest.step_count() == 8
    for line, title in zip(steps, selftest.STEP_TITLES.values(), strict=True):
        assert title in line
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


# -- Help → Check the installation ---------------------------------------------------------
def _run_dialog(qtbot, parent=None):
    from digiwandel.ui.dialogs.selftest import SelfTestDialog

    dialog = SelfTestDialog("en", parent)
    qtbot.addWidget(dialog)
    task = dialog.start()
    qtbot.waitUntil(lambda: dialog.passed is not None, timeout=60_000)
    task.wait()
    return dialog


def test_the_help_menu_checks_the_installation_beside_the_open_database(
    demo_window, qtbot, monkeypatch
):
    from PySide6.QtWidgets import QApplication

    from digiwandel.ui.dialogs.selftest import SelfTestDialog

    assert demo_window.selftest_action.text() == "Check the &installation…"
    opened = []
    monkeypatch.setattr(SelfTestDialog, "exec", lambda self: opened.append(self) or 0)
    demo_window.selftest_action.trigger()
    assert len(opened) == 1 and opened[0].parent() is demo_window

    config = Path(os.environ["XDG_CONFIG_HOME"])
    before = _files(config)
    path = demo_window.ctx.db.path
    dialog = _run_dialog(qtbot, demo_window)

    assert dialog.passed is True
    rows = [
        [dialog.model.item(row, column).text() for column in range(3)]
        for row in range(dialog.model.rowCount())
    ]
    assert [row[0] for row in rows] == list(selftest.STEP_TITLES.values())[:7]
    assert all(row[1].startswith("OK (") for row in rows)
    assert rows[2][1] == "OK (10)", "the demo's board report has 10 pages"
    assert dialog.progress.value() == dialog.progress.maximum() == 7
    assert dialog.status.text() == "Everything works. This installation is in order."
    # the open file and the settings stay as they were
    assert demo_window.ctx.db.path == path
    assert _files(config) == before

    assert dialog.copy_button.isEnabled()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0].startswith("Check the installation: DigiWandel ")
    assert copied[3].startswith("Board report (PDF, pages): OK (10) – ")
    assert copied[-1] == "Everything works. This installation is in order."


def test_the_dialog_names_a_failed_step_and_what_to_do(qtbot, monkeypatch):
    def broken(self):
        raise RuntimeError("pdfium is missing")

    monkeypatch.setattr(selftest.SelfTest, "preview", broken)
    dialog = _run_dialog(qtbot)

    assert dialog.passed is False
    assert dialog.model.rowCount() == 4
    assert dialog.model.item(3, 1).text() == "Failed: RuntimeError: pdfium is missing"
    assert dialog.status.text().startswith("A step failed")
    assert "Install DigiWandel again (your data stays)" in dialog.status.text()
    assert dialog.copy_button.isEnabled()

"""Bad files: each case is explained, and the file is left exactly as it was."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from digiwandel import cli
from digiwandel.paths import default_db_path
from digiwandel.ui import app as app_module
from digiwandel.ui.context import AppContext
from digiwandel.ui.file_lock import UNREADABLE_LOCK_AGE_S, lock_file_path
from digiwandel.ui.main_window import RECENT_KEY, MainWindow


@pytest.fixture
def make_window(qtbot):
    def make() -> MainWindow:
        win = MainWindow(AppContext())
        qtbot.addWidget(win)
        win.show()
        return win

    return make


@pytest.fixture
def messages(monkeypatch):
    seen: list[tuple[str, str]] = []

    def record(kind):
        def show(_parent, title, text, *args, **kwargs):
            seen.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    return seen


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def closed_database(path: Path) -> Path:
    """A real database file, closed, with its write-ahead log folded in."""
    from digiwandel.model.database import open_database

    open_database(path).close()
    return path


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


# -- the same file by another path ---------------------------------------------------------
def test_a_symlink_to_an_open_file_meets_the_same_lock(make_window, tmp_path, messages):
    real = tmp_path / "real.sqlite3"
    link = tmp_path / "link.sqlite3"
    first = make_window()
    assert first.open_path(real)
    link.symlink_to(real)
    before = digest(real)

    second = make_window()
    assert not second.open_path(link, create=False)
    assert messages and "already open" in messages[-1][1]
    assert second.ctx.db is None
    assert digest(real) == before
    first.close()
    assert second.open_path(link, create=False), "free again once the first window closes"


def test_a_dotted_path_to_an_open_file_meets_the_same_lock(make_window, tmp_path, messages):
    (tmp_path / "sub").mkdir()
    real = tmp_path / "real.sqlite3"
    first = make_window()
    assert first.open_path(real)

    second = make_window()
    assert not second.open_path(tmp_path / "sub" / ".." / "real.sqlite3", create=False)
    assert "already open" in messages[-1][1]


def test_a_hard_link_to_an_open_file_meets_the_same_lock(make_window, tmp_path, messages):
    """A hard link is the same file under a second name that no path resolves to."""
    real = tmp_path / "real.sqlite3"
    first = make_window()
    assert first.open_path(real)
    (tmp_path / "other").mkdir()
    link = tmp_path / "other" / "link.sqlite3"
    os.link(real, link)
    before = digest(real)

    second = make_window()
    assert not second.open_path(link, create=False)
    assert "already open" in messages[-1][1]
    assert second.ctx.db is None
    assert digest(real) == before
    first.close()
    assert second.open_path(link, create=False), "free again once the first window closes"


def test_a_command_meets_the_lock_through_a_hard_link(make_window, tmp_path, capsys):
    real = tmp_path / "real.sqlite3"
    window = make_window()
    assert window.open_path(real)
    link = tmp_path / "link.sqlite3"
    os.link(real, link)
    before = digest(real)
    assert cli.main(["demo", "--db", str(link), "--force"]) == 1
    assert "open in a running DigiWandel" in capsys.readouterr().err
    assert digest(real) == before


# -- a lock left behind by a crash ---------------------------------------------------------
def test_a_lock_of_a_crashed_program_is_taken_over(make_window, tmp_path, messages):
    path = closed_database(tmp_path / "crashed.sqlite3")
    lock = lock_file_path(path)
    lock.write_text(f"{dead_pid()}\nDigiWandel\n{os.uname().nodename}\n")

    win = make_window()
    assert win.open_path(path, create=False)
    assert messages == []


def test_an_unreadable_old_lock_is_taken_over(make_window, tmp_path, messages):
    path = closed_database(tmp_path / "power-cut.sqlite3")
    lock = lock_file_path(path)
    lock.write_bytes(b"")  # the crash came before the lock file was written
    old = time.time() - UNREADABLE_LOCK_AGE_S - 5
    os.utime(lock, (old, old))

    win = make_window()
    assert win.open_path(path, create=False)
    assert messages == []


def test_a_fresh_unreadable_lock_is_respected(make_window, tmp_path, messages):
    path = closed_database(tmp_path / "busy.sqlite3")
    lock_file_path(path).write_bytes(b"")  # another program is writing its lock just now
    before = digest(path)

    win = make_window()
    assert not win.open_path(path, create=False)
    assert "already open" in messages[-1][1]
    assert digest(path) == before


# -- a folder instead of a file, a folder that cannot be written ---------------------------
def test_a_folder_is_refused_and_nothing_is_created(make_window, tmp_path, messages):
    folder = tmp_path / "Organisation"
    folder.mkdir()

    win = make_window()
    assert not win.open_path(folder)
    assert "is a folder" in messages[-1][1]
    assert list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Organisation"]


def test_a_file_in_a_read_only_folder_is_named_as_such(
    make_window, tmp_path, messages, monkeypatch
):
    folder = tmp_path / "read-only"
    folder.mkdir()
    path = closed_database(folder / "org.sqlite3")
    before = digest(path)
    real_access = os.access

    def access(target, mode, *args, **kwargs):
        if Path(target) == folder and mode & os.W_OK:
            return False  # as for a user without write permission (tests may run as root)
        return real_access(target, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    win = make_window()
    assert not win.open_path(path, create=False)
    text = messages[-1][1]
    assert "folder" in text and "cannot be written" in text and str(folder) in text
    assert "already open" not in text
    assert digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["org.sqlite3"], "no lock file left"


# -- demo --force and a file someone has open ----------------------------------------------
def test_demo_force_refuses_a_file_open_in_a_running_program(tmp_path, capsys):
    path = closed_database(tmp_path / "ours.sqlite3")
    before = digest(path)
    held = QLockFile(str(lock_file_path(path)))
    assert held.tryLock(0)
    try:
        code = cli.main(["demo", "--db", str(path), "--force"])
    finally:
        held.unlock()
    assert code == 1
    err = capsys.readouterr().err
    assert "open in a running DigiWandel" in err and "not changed" in err
    assert digest(path) == before


def test_demo_force_through_a_symlink_refuses_an_open_file(make_window, tmp_path, capsys):
    real = tmp_path / "ours.sqlite3"
    win = make_window()
    assert win.open_path(real)
    link = tmp_path / "link.sqlite3"
    link.symlink_to(real)
    before = digest(real)

    assert cli.main(["demo", "--db", str(link), "--force"]) == 1
    assert "open in a running DigiWandel" in capsys.readouterr().err
    assert digest(real) == before
    assert win.ctx.db.path == real


def test_demo_into_a_folder_is_refused(tmp_path, capsys):
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")

    assert cli.main(["demo", "--db", str(folder), "--force"]) == 1
    assert "this is a folder" in capsys.readouterr().err
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]


# -- the file used last is gone ------------------------------------------------------------
@pytest.fixture
def missing_box(monkeypatch):
    """Answer the question for a missing file with the buttons named in `answers`."""
    asked: list[str] = []
    answers: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        name = answers.pop(0)
        button = next(b for b in box.buttons() if b.objectName() == name)
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked, answers


def test_a_missing_last_file_at_start_is_not_replaced_by_a_new_one(tmp_path, missing_box):
    asked, answers = missing_box
    gone = tmp_path / "usb-stick" / "verein.sqlite3"
    app_module.make_application()  # its names choose the settings store start() reads
    QSettings().setValue(RECENT_KEY, [str(gone)])
    answers.append("stop")

    window = app_module.start(lang="en")
    try:
        assert asked and str(gone) in asked[0] and "cannot be found" in asked[0]
        assert window.ctx.db is None
        assert not window.isVisible(), "quitting closes the window"
        assert not gone.parent.exists()
        assert not default_db_path().exists(), "no empty database was made instead"
    finally:
        window.close()


def test_a_missing_last_file_can_be_looked_for(tmp_path, missing_box, monkeypatch):
    asked, answers = missing_box
    gone = tmp_path / "usb-stick" / "verein.sqlite3"
    found = closed_database(tmp_path / "moved.sqlite3")
    app_module.make_application()  # its names choose the settings store start() reads
    QSettings().setValue(RECENT_KEY, [str(gone)])
    answers.append("look")
    starts: list[str] = []

    def choose(_parent, _title, folder, _filter, *args, **kwargs):
        starts.append(folder)
        return str(found), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    monkeypatch.setattr(MainWindow, "show_welcome", lambda self: None)

    window = app_module.start(lang="en")
    try:
        assert len(asked) == 1
        assert window.ctx.db is not None and window.ctx.db.path == found
        assert starts == [str(tmp_path)], "looking starts where the file was"
        assert not gone.exists() and not default_db_path().exists()
    finally:
        window.close()


def test_a_missing_recent_file_is_not_created(make_window, tmp_path, missing_box):
    asked, answers = missing_box
    current = tmp_path / "current.sqlite3"
    gone = tmp_path / "gone" / "old.sqlite3"
    win = make_window()
    assert win.open_path(current)
    answers.append("stop")

    assert not win.open_recent(gone)
    assert "cannot be found" in asked[0]
    assert not gone.parent.exists()
    assert win.ctx.db.path == current, "the open file stays open"


# -- a write-protected file ----------------------------------------------------------------
@pytest.fixture
def write_protected(monkeypatch):
    """Makes files read-only (0444) and, as tests may run as root (who may write anyway),
    lets os.access answer for such a file as it would for its owner."""
    protected: set[Path] = set()
    real_access = os.access

    def access(target, mode, *args, **kwargs):
        if mode & os.W_OK and Path(target) in protected:
            return False
        return real_access(target, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)

    def protect(path: Path) -> Path:
        path.chmod(0o444)
        protected.add(path)
        return path

    return protect


def demo_export(tmp_path: Path) -> Path:
    """An export of the demo organisation, to import somewhere."""
    from digiwandel.services.demo import create_demo_file

    source = create_demo_file(tmp_path / "source" / "demo.sqlite3")
    out = tmp_path / "demo.json"
    assert cli.main(["export", "--db", str(source), "-o", str(out)]) == 0
    return out


def test_a_write_protected_file_is_refused_before_anything_is_written(
    make_window, tmp_path, messages, write_protected
):
    folder = tmp_path / "files"
    folder.mkdir()
    path = write_protected(closed_database(folder / "org.sqlite3"))
    before = digest(path)
    win = make_window()
    assert not win.open_path(path, create=False)
    text = messages[-1][1]
    assert "write-protected" in text and "not been changed" in text and str(path) in text
    assert win.ctx.db is None
    assert digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["org.sqlite3"], "no journal, no lock"


def test_commands_that_write_refuse_a_write_protected_file(tmp_path, capsys, write_protected):
    from digiwandel.model.backup import backup_file

    path = closed_database(tmp_path / "org.sqlite3")
    backup = backup_file(path, reason="manual", to_dir=tmp_path / "backups")
    export = demo_export(tmp_path)
    write_protected(path)
    before = digest(path)
    assert cli.main(["check-db", "--db", str(path)]) == 0, "reading works"
    capsys.readouterr()
    for argv in (
        ["restore", str(backup), "--db", str(path)],
        ["import", str(export), "--db", str(path)],
    ):
        assert cli.main(argv) == 1, argv
        err = capsys.readouterr().err
        assert "write-protected" in err and "not changed" in err, (argv, err)
        assert digest(path) == before


def test_restore_import_and_repair_respect_a_running_program(tmp_path, capsys):
    from digiwandel.model.backup import backup_file

    path = closed_database(tmp_path / "ours.sqlite3")
    backup = backup_file(path, reason="manual", to_dir=tmp_path / "backups")
    export = demo_export(tmp_path)
    before = digest(path)
    held = QLockFile(str(lock_file_path(path)))
    assert held.tryLock(0)
    try:
        for argv, code in (
            (["restore", str(backup), "--db", str(path)], 1),
            (["import", str(export), "--db", str(path)], 1),
        ):
            assert cli.main(argv) == code, argv
            err = capsys.readouterr().err
            assert "open in a running DigiWandel" in err, (argv, err)
            assert digest(path) == before
    finally:
        held.unlock()
    assert cli.main(["restore", str(backup), "--db", str(path)]) == 0, "free again"


def test_a_repair_respects_a_running_program(tmp_path, capsys):
    import sqlite3

    from digiwandel.services.demo import create_demo_file

    path = create_demo_file(tmp_path / "demo.sqlite3")
    with sqlite3.connect(path) as conn:  # a measure loses one of its 12 steps: repairable
        conn.execute("DELETE FROM project_step WHERE id = (SELECT MAX(id) FROM project_step)")
    conn.close()
    before = digest(path)
    held = QLockFile(str(lock_file_path(path)))
    assert held.tryLock(0)
    try:
        assert cli.main(["check-db", "--db", str(path), "--repair"]) == 2
    finally:
        held.unlock()
    assert "open in a running DigiWandel" in capsys.readouterr().err
    assert digest(path) == before
    assert cli.main(["check-db", "--db", str(path), "--repair"]) == 0, "repaired once free"

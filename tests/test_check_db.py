"""A damaged file is found before it is used, and Check database finds what is wrong, in
plain words: at opening (model), `check_database` (service), `digiwandel check-db` (command
line) and File → Check database (window)."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from digiwandel.cli import main
from digiwandel.domain.language import _Plain
from digiwandel.model import database as database_module
from digiwandel.model.backup import backup_dir_for, list_backups
from digiwandel.model.database import (
    DatabaseOpenError,
    file_fingerprint,
    needs_quick_check,
    open_database,
)
from digiwandel.services.check_db import (
    check_database,
    newest_sound_backup,
    repair_database,
)

PAGE = 4096
ENGLISH = _Plain()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[str]:
    return [s for s in ("-wal", "-shm", "-journal") if Path(f"{path}{s}").exists()]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    from digiwandel.services.demo import create_demo_file

    return create_demo_file(tmp_path_factory.mktemp("template") / "demo.sqlite3")


@pytest.fixture
def demo_file(demo_template, tmp_path) -> Path:
    path = tmp_path / "verein.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


def damage_page(path: Path, page: int, seed: int = 1) -> None:
    data = bytearray(path.read_bytes())
    data[page * PAGE : (page + 1) * PAGE] = random.Random(seed).randbytes(PAGE)
    path.write_bytes(bytes(data))


def damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "page in the middle":
        damage_page(path, len(data) // PAGE // 2)
    elif how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "zeroed header":
        path.write_bytes(bytes(100) + data[100:])
    elif how == "zeroed first page":
        path.write_bytes(bytes(PAGE) + data[PAGE:])
    else:
        raise AssertionError(how)


def sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        with conn:
            for statement in statements:
                conn.execute(statement)
    finally:
        conn.close()


def texts(report) -> list[str]:
    return [p.render(ENGLISH) for p in report.problems]


# -- opening -----------------------------------------------------------------------------------


DAMAGES = ["page in the middle", "truncated", "zeroed header", "zeroed first page"]


@pytest.mark.parametrize("how", DAMAGES)
def test_a_damaged_file_is_refused_at_opening_and_left_byte_identical(demo_file, how) -> None:
    damage(demo_file, how)
    digest = sha256(demo_file)

    with pytest.raises(DatabaseOpenError) as info:
        open_database(demo_file, create=False)

    assert info.value.kind == "corrupt"
    assert info.value.path == demo_file
    assert sha256(demo_file) == digest
    assert side_files(demo_file) == []
    assert not backup_dir_for(demo_file).exists()  # no upgrade backup of a damaged file


def test_a_damaged_page_anywhere_is_found(demo_file, tmp_path) -> None:
    data = demo_file.read_bytes()
    pages = len(data) // PAGE
    missed = []
    for page in range(1, pages, 7):
        copy = tmp_path / f"page{page}.sqlite3"
        copy.write_bytes(data)
        damage_page(copy, page, seed=page)
        try:
            database_module.inspect_file(copy)
        except DatabaseOpenError as exc:
            assert exc.kind == "corrupt"
        else:
            missed.append(page)
        copy.unlink()
    assert missed == []


def test_a_text_file_is_still_foreign_not_damaged(tmp_path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("CREATE TABLE is a phrase in this note\n" * 30, encoding="utf-8")
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path, create=False)
    assert info.value.kind == "foreign"


def test_a_large_unchanged_file_skips_the_quick_check_a_changed_one_does_not(
    demo_file, monkeypatch
) -> None:
    # Small files are always checked.
    assert needs_quick_check(demo_file, file_fingerprint(demo_file))
    monkeypatch.setattr(database_module, "QUICK_CHECK_ALWAYS_BELOW", 0)
    sound = file_fingerprint(demo_file)
    assert not needs_quick_check(demo_file, sound)
    assert needs_quick_check(demo_file, None)
    assert needs_quick_check(demo_file, "other")
    # Damage changes size or time: the file is checked, and refused.
    time.sleep(0.01)
    damage(demo_file, "page in the middle")
    assert file_fingerprint(demo_file) != sound
    with pytest.raises(DatabaseOpenError):
        open_database(demo_file, create=False, sound_fingerprint=sound)


def test_newest_sound_backup_passes_over_a_damaged_newer_one(demo_file) -> None:
    folder = backup_dir_for(demo_file)
    folder.mkdir()
    older = folder / f"{demo_file.stem}-20260101-090000-manual.sqlite3"
    newer = folder / f"{demo_file.stem}-20260201-090000-manual.sqlite3"
    shutil.copyfile(demo_file, older)
    shutil.copyfile(demo_file, newer)
    assert newest_sound_backup(demo_file).path == newer
    damage(newer, "page in the middle")
    assert newest_sound_backup(demo_file).path == older
    damage(older, "truncated")
    assert newest_sound_backup(demo_file) is None


# -- the check -----------------------------------------------------------------------------------


def test_the_demo_is_healthy_and_the_check_changes_nothing(demo_file) -> None:
    digest = sha256(demo_file)
    report = check_database(demo_file)
    assert report.healthy, texts(report)
    assert sha256(demo_file) == digest
    assert side_files(demo_file) == []


def test_a_deleted_step_is_named_with_its_measure(demo_file) -> None:
    conn = sqlite3.connect(demo_file)
    project_id, title = conn.execute("SELECT id, title FROM project ORDER BY id").fetchone()
    conn.close()
    sql(demo_file, f"DELETE FROM project_step WHERE project_id={project_id} AND number=7")

    report = check_database(demo_file)

    assert texts(report) == [
        f"The measure “{title}” (no. {project_id}) lacks 1 of its 12 steps (step 7)."
    ]
    assert report.repairable and not report.damaged


def test_an_answer_to_a_question_of_another_catalog_is_found(demo_file) -> None:
    sql(
        demo_file,
        "INSERT INTO catalog (key, version, title_de, title_en, source_file, source_sha256, "
        "imported_at, content) VALUES ('other', '9', 'A', 'A', '', '', '2026-01-01', '{}')",
        "INSERT INTO catalog_dimension (catalog_id, key, position, title_de, title_en, weight, "
        "is_module) SELECT max(id), 'd', 0, 'D', 'D', 1, 0 FROM catalog",
        "INSERT INTO catalog_item (dimension_id, key, position, question_de, question_en, "
        "explanation_de, explanation_en, default_relevance) "
        "SELECT max(id), 'q', 0, 'F', 'Q', '', '', 1 FROM catalog_dimension",
        "UPDATE answer SET item_id = (SELECT max(id) FROM catalog_item) "
        "WHERE id = (SELECT min(id) FROM answer)",
    )
    conn = sqlite3.connect(demo_file)
    (title,) = conn.execute(
        "SELECT s.title FROM answer a JOIN respondent r ON r.id = a.respondent_id "
        "JOIN assessment s ON s.id = r.assessment_id ORDER BY a.id LIMIT 1"
    ).fetchone()
    conn.close()

    found = texts(check_database(demo_file))

    assert any(
        t.startswith("1 answer(s) in the check") and f"“{title}”" in t and "catalog version" in t
        for t in found
    ), found


def test_a_stored_score_changed_behind_the_programs_back_is_found(demo_file) -> None:
    conn = sqlite3.connect(demo_file)
    rows = conn.execute(
        "SELECT s.assessment_id, a.title FROM assessment_score s "
        "JOIN assessment a ON a.id = s.assessment_id ORDER BY s.assessment_id"
    ).fetchall()
    conn.close()
    assert rows, "the demo keeps stored scores"
    ident, title = rows[0]
    sql(
        demo_file,
        f"UPDATE assessment_score SET overall = overall + 0.01 WHERE assessment_id={ident}",
    )

    report = check_database(demo_file)

    assert texts(report) == [f"The stored results of the check “{title}” do not match its answers."]


def test_a_tiny_rounding_difference_is_no_problem(demo_file) -> None:
    sql(demo_file, "UPDATE assessment_score SET overall = overall + 1e-9")
    assert check_database(demo_file).healthy


def test_damage_inside_the_file_is_reported_not_checked_further(demo_file) -> None:
    damage(demo_file, "page in the middle")
    report = check_database(demo_file)
    assert report.damaged and not report.repairable
    assert all(t.startswith("The file is damaged") for t in texts(report))


def test_repair_backs_up_first_then_fixes_steps_and_scores(demo_file) -> None:
    conn = sqlite3.connect(demo_file)
    project_id = conn.execute("SELECT min(id) FROM project").fetchone()[0]
    conn.close()
    sql(
        demo_file,
        f"DELETE FROM project_step WHERE project_id={project_id} AND number IN (3, 12)",
        "UPDATE assessment_score SET overall = 1",
    )
    assert len(check_database(demo_file).problems) >= 2

    db = open_database(demo_file, create=False)
    try:
        result = repair_database(db)
    finally:
        db.close()

    assert result.steps_added == 2
    assert result.scores_forgotten >= 1
    assert result.remaining.healthy, texts(result.remaining)
    assert check_database(demo_file).healthy
    # The backup holds the state before the repair.
    assert [b.path for b in list_backups(demo_file)] == [result.backup]
    assert result.backup.name.endswith("-before-repair.sqlite3")
    assert not check_database(result.backup).healthy


def test_a_damaged_file_is_not_repaired(demo_file) -> None:
    db = open_database(demo_file, create=False)
    try:
        damage(demo_file, "page in the middle")
        with pytest.raises(DatabaseOpenError):
            repair_database(db)
    finally:
        db.close()
    assert not backup_dir_for(demo_file).exists()


# -- the command line ----------------------------------------------------------------------------


def test_check_db_exit_status_is_0_when_healthy(demo_file, capsys) -> None:
    assert main(["check-db", "--db", str(demo_file)]) == 0
    assert "no problems found" in capsys.readouterr().out


def test_check_db_exit_status_is_1_with_problems_in_plain_words(demo_file, capsys) -> None:
    sql(
        demo_file,
        "DELETE FROM project_step WHERE number = 4 AND project_id = (SELECT min(id) FROM project)",
    )
    assert main(["check-db", "--db", str(demo_file)]) == 1
    out = capsys.readouterr().out
    assert "problems found (1)" in out
    assert "lacks 1 of its 12 steps (step 4)" in out
    assert "check-db --repair" in out


def test_check_db_repair_makes_a_backup_and_then_exits_0(demo_file, capsys) -> None:
    sql(
        demo_file,
        "DELETE FROM project_step WHERE number = 4 AND project_id = (SELECT min(id) FROM project)",
    )
    assert main(["check-db", "--repair", "--db", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "Steps added: 1;" in out
    assert len(list_backups(demo_file)) == 1


def test_check_db_names_the_newest_sound_backup_of_a_damaged_file(demo_file, capsys) -> None:
    folder = backup_dir_for(demo_file)
    folder.mkdir()
    backup = folder / f"{demo_file.stem}-20260115-083000-manual.sqlite3"
    shutil.copyfile(demo_file, backup)
    damage(demo_file, "page in the middle")
    assert main(["check-db", "--db", str(demo_file)]) == 1
    out = capsys.readouterr().out
    assert "The file is damaged" in out
    assert str(backup) in out and "2026-01-15 08:30" in out


@pytest.mark.parametrize("how", ["zeroed header", "text", "missing"])
def test_check_db_exit_status_is_2_when_the_file_cannot_be_opened(demo_file, capsys, how) -> None:
    if how == "text":
        demo_file.write_text("Einkaufsliste\n", encoding="utf-8")
    elif how == "missing":
        demo_file.unlink()
    else:
        damage(demo_file, how)
    assert main(["check-db", "--db", str(demo_file)]) == 2
    assert str(demo_file) in capsys.readouterr().err


def test_report_on_a_damaged_file_names_the_sound_backup(demo_file, tmp_path, capsys) -> None:
    folder = backup_dir_for(demo_file)
    folder.mkdir()
    backup = folder / f"{demo_file.stem}-20260115-083000-manual.sqlite3"
    shutil.copyfile(demo_file, backup)
    damage(demo_file, "zeroed header")
    digest = sha256(demo_file)
    code = main(["report", "board", "--db", str(demo_file), "-o", str(tmp_path / "r.pdf")])
    err = capsys.readouterr().err
    assert code == 1
    assert "is damaged" in err and str(backup) in err
    assert sha256(demo_file) == digest


# -- the window ----------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot):
    from digiwandel.ui.context import AppContext
    from digiwandel.ui.main_window import MainWindow

    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.ctx.set_database(None)


def close_file(win) -> None:
    win.ctx.set_database(None)
    win._lock.unlock()
    win._lock = None


def run_check(qtbot, win):
    from digiwandel.ui.dialogs.check_db import CheckDatabaseDialog

    shown = []

    def fake_exec(dialog):
        dialog.start()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
        shown.append(dialog)
        return 0

    original = CheckDatabaseDialog.exec
    CheckDatabaseDialog.exec = fake_exec
    try:
        win.check_db_action.trigger()
    finally:
        CheckDatabaseDialog.exec = original
    assert len(shown) == 1
    return shown[0]


def test_menu_entry_checks_the_open_file(qtbot, window, demo_file) -> None:
    assert window.open_path(demo_file, create=False)
    assert window.check_db_action in window.menuBar().actions()[0].menu().actions()
    dialog = run_check(qtbot, window)
    assert dialog.report.healthy
    assert "No problems found" in dialog.status.text()
    assert not dialog.repair_button.isVisible()


def test_menu_entry_shows_problems_and_repairs_them(qtbot, window, demo_file) -> None:
    sql(
        demo_file,
        "DELETE FROM project_step WHERE number = 9 AND project_id = (SELECT min(id) FROM project)",
    )
    assert window.open_path(demo_file, create=False)
    dialog = run_check(qtbot, window)
    assert "1 problem" in dialog.status.text()
    assert "(step 9)" in dialog.findings.toPlainText()
    assert dialog.repair_button.isEnabled()

    dialog.repair()

    assert dialog.report.healthy
    assert "A backup was made first" in dialog.status.text()
    assert len(list_backups(demo_file)) == 1


def boxes(monkeypatch, answer: str):
    """Record damaged-file boxes and click `answer` ("restore", "folder", "close")."""
    from digiwandel.ui.dialogs.check_db import DamagedFileBox

    seen: list[DamagedFileBox] = []

    def fake_exec(box):
        seen.append(box)
        getattr(box, f"{answer}_button").click()
        return 0

    monkeypatch.setattr(DamagedFileBox, "exec", fake_exec)
    return seen


def test_opening_a_damaged_file_explains_it_and_names_no_backup(
    window, demo_file, monkeypatch
) -> None:
    damage(demo_file, "page in the middle")
    digest = sha256(demo_file)
    seen = boxes(monkeypatch, "close")

    assert not window.open_path(demo_file, create=False)

    assert len(seen) == 1
    assert "is damaged" in seen[0].text() and "exactly as it was" in seen[0].text()
    assert "No sound backup" in seen[0].text()
    assert seen[0].restore_button is None
    assert window.ctx.db is None
    assert sha256(demo_file) == digest


def test_opening_a_damaged_file_offers_and_restores_the_newest_sound_backup(
    window, demo_file, monkeypatch
) -> None:
    folder = backup_dir_for(demo_file)
    folder.mkdir()
    sound = folder / f"{demo_file.stem}-20260115-083000-manual.sqlite3"
    damaged_backup = folder / f"{demo_file.stem}-20260116-083000-manual.sqlite3"
    shutil.copyfile(demo_file, sound)
    shutil.copyfile(demo_file, damaged_backup)
    damage(damaged_backup, "page in the middle")
    damage(demo_file, "page in the middle")
    damaged_bytes = demo_file.read_bytes()
    seen = boxes(monkeypatch, "restore")

    assert window.open_path(demo_file, create=False)

    assert str(sound) in seen[0].text()
    assert str(damaged_backup) not in seen[0].text()
    assert window.ctx.db is not None and window.ctx.db.path == demo_file
    # The damaged state is kept as a copy beside the other backups (page for page; only
    # SQLite's file header, the first 100 bytes, may say "copied").
    kept = [b for b in list_backups(demo_file) if b.reason == "before-restore"]
    assert len(kept) == 1 and kept[0].path.read_bytes()[100:] == damaged_bytes[100:]


def test_a_file_closed_sound_is_remembered(window, demo_file) -> None:
    from digiwandel.ui.dialogs.check_db import sound_fingerprint

    assert window.open_path(demo_file, create=False)
    assert sound_fingerprint(demo_file) is None
    window.ctx.set_database(None)
    assert sound_fingerprint(demo_file) == file_fingerprint(demo_file)
    os.utime(demo_file, ns=(1, 1))
    assert sound_fingerprint(demo_file) != file_fingerprint(demo_file)


def test_a_large_file_closed_sound_opens_unchecked_and_is_checked_in_the_background(
    qtbot, window, demo_file, monkeypatch
) -> None:
    from digiwandel.ui.dialogs import check_db as check_dialogs

    monkeypatch.setattr(database_module, "QUICK_CHECK_ALWAYS_BELOW", 0)  # every file is large
    assert window.open_path(demo_file, create=False)
    close_file(window)
    sound = check_dialogs.sound_fingerprint(demo_file)
    assert sound == file_fingerprint(demo_file)
    # Damage that leaves size and time as they were (a failing disk): the file opens
    # without the check, which then runs in the background and warns.
    before = demo_file.stat()
    damage(demo_file, "page in the middle")
    os.utime(demo_file, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert file_fingerprint(demo_file) == sound
    warned = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warned.append(box.text()) or 0)

    assert window.open_path(demo_file, create=False)

    qtbot.waitUntil(lambda: bool(warned), timeout=20_000)
    assert "found the file damaged" in warned[0]
    close_file(window)
    assert check_dialogs.sound_fingerprint(demo_file) is None

"""File → Export organisation… / Import organisation… in the main window."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from digiwandel.services.demo import DEMO_NAME, populate_demo
from digiwandel.services.organisation import OrganisationService
from digiwandel.services.transfer import dumps, export_organisation
from digiwandel.ui.context import AppContext
from digiwandel.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    win.show()
    return win


def answer_dialogs(monkeypatch, *, open_path=None, save_paths=()):
    saves = list(save_paths)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(open_path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saves.pop(0)), ""))


def finish(qtbot, window, task):
    """Wait until the controller has handled the end of its background task."""
    assert task is not None
    qtbot.waitUntil(lambda: window.transfer.task is None, timeout=20_000)


def test_menu_entries_exist_in_the_file_menu(window):
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert window.transfer.export_action.text() in texts
    assert window.transfer.import_action.text() in texts


def test_export_writes_the_open_organisation(window, qtbot, tmp_path, monkeypatch):
    assert window.open_path(tmp_path / "org.sqlite3")
    populate_demo(window.ctx.db)
    out = tmp_path / "export"  # the suffix is added
    answer_dialogs(monkeypatch, save_paths=[out])
    task = window.transfer.export()
    assert not window.transfer.export_action.isEnabled()  # one at a time
    finish(qtbot, window, task)
    document = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert document["organisation"]["name"] == DEMO_NAME
    assert window.transfer.export_action.isEnabled()


def test_import_into_a_new_file_opens_it(window, qtbot, tmp_path, monkeypatch):
    assert window.open_path(tmp_path / "current.sqlite3")
    populate_demo(window.ctx.db)  # the open database holds data: a new file is asked for
    source = tmp_path / "in.json"
    source.write_bytes(dumps(export_organisation(window.ctx.db)))
    target = tmp_path / "imported.sqlite3"
    answer_dialogs(monkeypatch, open_path=source, save_paths=[target])
    finish(qtbot, window, window.transfer.import_())
    assert window.ctx.db.path == target
    assert OrganisationService(window.ctx.db).get_profile().name == DEMO_NAME


def test_import_fills_the_open_empty_database(window, qtbot, tmp_path, monkeypatch, db):
    populate_demo(db)
    source = tmp_path / "in.json"
    source.write_bytes(dumps(export_organisation(db)))
    empty = tmp_path / "empty.sqlite3"
    assert window.open_path(empty)
    answer_dialogs(monkeypatch, open_path=source)  # no second file dialog
    finish(qtbot, window, window.transfer.import_())
    assert window.ctx.db.path == empty
    assert OrganisationService(window.ctx.db).get_profile().name == DEMO_NAME


def test_a_broken_file_is_explained_and_nothing_is_created(
    window, qtbot, tmp_path, monkeypatch, db
):
    populate_demo(db)
    document = export_organisation(db)
    document["persons"][1]["level_id"] = 777
    source = tmp_path / "broken.json"
    source.write_bytes(dumps(document))
    assert window.open_path(tmp_path / "current.sqlite3")
    populate_demo(window.ctx.db)
    target = tmp_path / "never.sqlite3"
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    answer_dialogs(monkeypatch, open_path=source, save_paths=[target])
    finish(qtbot, window, window.transfer.import_())
    assert len(shown) == 1 and "persons[1].level_id" in shown[0]
    assert not target.exists()
    assert window.ctx.db.path == tmp_path / "current.sqlite3"

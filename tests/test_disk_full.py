"""A full disk during a write: the edit fails with a message that says so, nothing saved
before is lost, the file stays sound, and editing works again once there is space.

The full disk is made with SQLite's `max_page_count`: the file may not grow beyond its
current size, so the next write that needs a new page fails exactly as on a full drive
(SQLITE_FULL).
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event

from digiwandel.services.base import MSG_DISK_FULL, MSG_NOT_WRITABLE, storage_error
from digiwandel.services.errors import DomainError
from digiwandel.services.organisation import OrganisationService
from tests.ui_helpers import with_modal


class FullDisk:
    """Caps the database file at its size when switched on; `off()` makes room again."""

    def __init__(self, db) -> None:
        self.db = db
        event.listen(db.engine, "connect", self._cap)
        db.engine.dispose()  # new connections take the cap

    @staticmethod
    def _cap(dbapi_connection, _record) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    def off(self) -> None:
        event.remove(self.db.engine, "connect", self._cap)
        self.db.engine.dispose()


def fill_until_full(org: OrganisationService) -> tuple[list[str], DomainError]:
    """Add persons until the disk is full; (the names that were saved, the refusal)."""
    saved = []
    refusal = None
    # Long names first, then short ones, so that not even a short entry fits in the end.
    for padding in (150, 20, 0):
        for number in range(2000):
            name = f"P{padding}-{number:04d} " + "x" * padding
            try:
                org.create_person(name)
            except DomainError as exc:
                refusal = exc
                break
            saved.append(name)
        else:
            raise AssertionError("the disk never filled up")
    return saved, refusal


def test_a_full_disk_refuses_the_edit_and_keeps_everything_saved_before(db):
    org = OrganisationService(db)
    org.save_profile(name="Verein am Fluss")
    org.create_person("Anna Beispiel", email="anna@verein.de")
    area = org.create_area("Beratung")
    full = FullDisk(db)
    saved, refusal = fill_until_full(org)

    assert refusal.message == MSG_DISK_FULL
    assert "disk is full" in str(refusal) and "saved before is safe" in str(refusal)
    names = [p.name for p in org.list_persons()]
    assert names == sorted(["Anna Beispiel", *saved])  # nothing lost, nothing half-written
    # a change to an existing row that needs a new page fails the same way and changes nothing
    with pytest.raises(DomainError) as again:
        org.update_area(area.id, "Beratung", "y" * 19_000)
    assert again.value.message == MSG_DISK_FULL
    assert [(a.name, a.description) for a in org.list_areas()] == [("Beratung", "")]

    full.off()
    org.create_person("Nach dem Aufräumen")
    assert "Nach dem Aufräumen" in [p.name for p in org.list_persons()]
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_only_storage_failures_become_messages():
    from sqlalchemy.exc import OperationalError

    def failure(code: int) -> OperationalError:
        orig = sqlite3.OperationalError("failed")
        orig.sqlite_errorcode = code
        return OperationalError("INSERT", {}, orig)

    assert storage_error(failure(13)).message == MSG_DISK_FULL
    assert storage_error(failure(8 | (3 << 8))).message == MSG_NOT_WRITABLE  # READONLY_DBMOVED
    assert storage_error(failure(10 | (4 << 8))).message == MSG_NOT_WRITABLE  # IOERR_WRITE
    assert storage_error(failure(1)) is None  # e.g. a syntax error: the program's fault
    assert storage_error(OperationalError("SELECT", {}, Exception("no code"))) is None


def test_a_full_disk_keeps_the_dialog_open_with_the_message(qtbot, tmp_path, monkeypatch):
    from digiwandel.services.demo import create_demo_file
    from digiwandel.ui.context import AppContext
    from digiwandel.ui.main_window import MainWindow

    path = create_demo_file(tmp_path / "demo.sqlite3")
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.show()
    window.navigation.setCurrentRow(1)
    org = window.ctx.org
    before = sorted(p.name for p in org.list_persons())
    full = FullDisk(window.ctx.db)
    fill_until_full(org)
    listed = sorted(p.name for p in org.list_persons())
    seen = {}

    def add(dialog):
        dialog.fields["name"].setText("Jana Richter")
        dialog.fields["role"].setText("Erzieherin")
        dialog.accept()
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.general_error.text()
        seen["shown"] = not dialog.general_error.isHidden()
        seen["typed"] = dialog.fields["name"].text()
        dialog.reject()

    with_modal(add, window.organisation.persons.panel.add_requested.emit)
    assert seen["open"] and seen["shown"]
    assert "disk is full" in seen["message"]
    assert seen["typed"] == "Jana Richter"  # what the user typed is still there
    assert sorted(p.name for p in org.list_persons()) == listed
    assert set(before) <= set(listed)
    full.off()

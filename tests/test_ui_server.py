"""The program window on a database on a PostgreSQL server (the throwaway test server):
connecting through the form, the password in the keychain, the menus that change, every
page, copying a file to the server, and two windows editing the same measure."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from digiwandel import credentials
from digiwandel.services.demo import create_demo_file, create_demo_in
from digiwandel.services.projects import ProjectService
from digiwandel.ui.context import AppContext
from digiwandel.ui.main_window import MainWindow
from tests import postgres
from tests.ui_helpers import with_modal


class MemoryKeychain(KeyringBackend):
    """A keychain for the tests: the machine's own may not exist (and must not be used)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture
def keychain():
    before = keyring.get_keyring()
    chain = MemoryKeychain()
    keyring.set_keyring(chain)
    yield chain
    keyring.set_keyring(before)


@pytest.fixture
def address(postgres_cluster, pg_url):
    """The test database as users give its address: over the network, with a password."""
    return postgres_cluster.network_address(pg_url)


def window(qtbot) -> MainWindow:
    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def fill(dialog, address: str, password: str, *, remember: bool = True) -> None:
    port = int(address.split(":")[2].split("/")[0])
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port)
    dialog.database.setText(address.rsplit("/", 1)[1].split("?")[0])
    dialog.user.setText(postgres.USER)
    dialog.password.setText(password)
    dialog.remember.setChecked(remember)
    dialog.tls.setChecked(False)  # the test server has no certificate


def test_connecting_through_the_form_keeps_the_password_in_the_keychain(
    qtbot, keychain, address, monkeypatch
):
    welcomed = []
    monkeypatch.setattr(MainWindow, "show_welcome", lambda self: welcomed.append(self))
    win = window(qtbot)
    seen = {}

    def connect(dialog):
        assert dialog.remember.isEnabled()
        fill(dialog, address, "wrong")
        dialog.accept()
        seen["refused"] = dialog.problem.text()
        seen["still open"] = dialog.isVisible()
        dialog.password.setText(postgres.PASSWORD)
        assert dialog.focusWidget() is dialog.password  # after a refusal: the password
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter connects
        seen["closed"] = not dialog.isVisible()

    with_modal(connect, win.connect_to_server)
    assert "refused the user name or password" in seen["refused"]
    assert seen["still open"] and seen["closed"]
    assert win.on_server()
    assert welcomed == [win]  # a new database: the organisation is set up first
    assert "127.0.0.1" in win.db_label.text() and postgres.PASSWORD not in win.db_label.text()
    assert win.windowTitle().startswith(address.rsplit("/", 1)[1].split("?")[0])
    # Backups, restore and the file check are for files: off, with the reason on hover.
    assert not win.check_db_action.isEnabled()
    assert not win.backups.backup_action.isEnabled()
    assert "pg_dump" in win.backups.backup_action.statusTip()
    assert not win.copy_to_server_action.isEnabled()
    # The password is in the keychain only: not in the recent list or the settings.
    assert keychain.kept == {("DigiWandel", credentials.account(address)): postgres.PASSWORD}
    assert win.recent_files()[0] == address

    # The next start connects with the kept password, without asking.
    again = window(qtbot)
    assert again.open_recent(address)
    assert again.on_server()


def test_a_refused_kept_password_is_forgotten_and_asked_for(qtbot, keychain, address):
    credentials.save_password(address, "outdated")
    win = window(qtbot)
    seen = {}

    def ask(dialog):
        seen["problem"] = dialog.problem.text()
        seen["database"] = dialog.database.text()
        dialog.password.setText(postgres.PASSWORD)
        dialog.accept()

    with_modal(ask, lambda: win.open_server(address))
    assert "refused" in seen["problem"] and seen["database"]
    assert win.on_server()
    assert credentials.saved_password(address) == postgres.PASSWORD


def test_every_page_works_on_a_server_database(qtbot, pg_db, pg_url, postgres_cluster):
    create_demo_in(pg_db)
    win = window(qtbot)
    assert win.try_server(pg_url, None, False) is None  # the socket needs no password
    for row in range(win.navigation.count()):
        win.navigation.setCurrentRow(row)
        qtbot.wait(20)
    assert ProjectService(win.ctx.db).list_portfolio()


def test_copy_this_database_to_a_server(qtbot, tmp_path, keychain, address, monkeypatch):
    win = window(qtbot)
    assert win.open_path(create_demo_file(tmp_path / "demo.sqlite3"))
    before = [r.title for r in ProjectService(win.ctx.db).list_portfolio()]
    asked = []

    def work_there(_parent, title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr("digiwandel.ui.server.QMessageBox.question", work_there)

    def copy(dialog):
        assert "new, empty database" in dialog.findChildren(type(dialog.problem))[0].text()
        fill(dialog, address, postgres.PASSWORD, remember=False)
        dialog.accept()

    with_modal(copy, win.copy_to_server)
    assert asked and "checked table by table" in asked[0]
    assert win.on_server()
    assert [r.title for r in ProjectService(win.ctx.db).list_portfolio()] == before
    assert keychain.kept == {}  # not asked to keep it

    # A second copy into the same (now filled) database is refused; nothing changes.
    other = window(qtbot)
    assert other.open_path(tmp_path / "demo.sqlite3", create=False)
    assert other._copy_into(address, postgres.PASSWORD) is not None
    assert [r.title for r in ProjectService(win.ctx.db).list_portfolio()] == before


def test_two_windows_on_one_server_edit_the_same_measure(qtbot, pg_db, pg_url):
    create_demo_in(pg_db)
    first, second = window(qtbot), window(qtbot)
    for win in (first, second):
        assert win.try_server(pg_url, None, False) is None
        win.navigation.setCurrentRow(win.stack.indexOf(win.projects))
    ident = ProjectService(first.ctx.db).list_portfolio()[0].id
    for win in (first, second):
        win.projects.open_project(ident)
        qtbot.waitUntil(lambda w=win: w.projects.detail.detail is not None)
    seen = {}

    def edit_in_second(dialog):
        dialog.fields["target_group"].setText("Alle Teams")
        dialog.accept()

    def edit_in_first(dialog):
        dialog.fields["target_group"].setText("Nur die Leitungen")
        with_modal(edit_in_second, second.projects.detail.edit_project)
        dialog.accept()
        seen["message"] = dialog.general_error.text()
        seen["note"] = dialog.errors["target_group"].text()
        dialog.reject()  # keep the other change

    with_modal(edit_in_first, first.projects.detail.edit_project)
    assert "Someone else changed this entry" in seen["message"]
    assert "Alle Teams" in seen["note"]
    assert ProjectService(pg_db).get_project(ident).target_group == "Alle Teams"


def test_a_window_shows_what_another_pc_changed_and_keeps_its_place(qtbot, pg_db, pg_url):
    create_demo_in(pg_db)
    win = window(qtbot)
    assert win.try_server(pg_url, None, False) is None
    assert win.watcher.timer.isActive()  # on a server, the window looks every few seconds
    win.navigation.setCurrentRow(win.stack.indexOf(win.projects))
    page = win.projects
    rows = ProjectService(pg_db).list_portfolio()
    page.select(rows[1].id)
    assert page.selected_id() == rows[1].id
    qtbot.waitUntil(lambda: win.watcher.task is None)  # the first look, in the background

    # Another PC renames the first measure; this window shows it at the next look.
    ProjectService(pg_db).update_project(rows[0].id, title="Umbenannt auf dem anderen PC")
    win.watcher.poll_now()
    titles = [page.model.row_at(r).title for r in range(page.model.rowCount())]
    assert "Umbenannt auf dem anderen PC" in titles
    assert page.selected_id() == rows[1].id  # the selection stays
    assert "another computer" in win.statusBar().currentMessage()

    # Its own changes do not make it reload a second time.
    reloads = []
    win.ctx.data_changed.connect(reloads.append)
    ProjectService(win.ctx.db).update_project(rows[0].id, title="Wieder hier geändert")
    win.watcher.poll_now()
    assert reloads == []


def test_a_file_is_not_watched(qtbot, tmp_path):
    win = window(qtbot)
    assert win.open_path(create_demo_file(tmp_path / "demo.sqlite3"))
    assert not win.watcher.timer.isActive()


# The second program: a process of its own that opens the same server database, renames a
# measure when told, then looks every 0.2 s until it sees a change the window made.
OTHER_PROGRAM = """
import sys, time
from digiwandel.model.database import open_url
from digiwandel.services.changes import ChangeWatch
from digiwandel.services.projects import ProjectService

db = open_url(sys.argv[1])
watch = ChangeWatch(db)
watch.look()
print("ready", flush=True)
sys.stdin.readline()
ProjectService(db).update_project(int(sys.argv[2]), title="Im anderen Programm umbenannt")
watch.look()  # its own change: taken note of, not reported
print("renamed", flush=True)
deadline = time.monotonic() + 20
seen = set()
while not seen and time.monotonic() < deadline:
    time.sleep(0.2)
    seen = watch.look() or set()
print("saw " + ",".join(sorted(seen)), flush=True)
db.close()
"""


def test_two_program_processes_follow_each_others_changes(qtbot, pg_db, pg_url):
    import subprocess
    import sys

    create_demo_in(pg_db)
    win = window(qtbot)
    assert win.try_server(pg_url, None, False) is None
    win.navigation.setCurrentRow(win.stack.indexOf(win.projects))
    page = win.projects
    rows = ProjectService(win.ctx.db).list_portfolio()
    page.select(rows[1].id)
    other = subprocess.Popen(
        [sys.executable, "-c", OTHER_PROGRAM, pg_url, str(rows[0].id)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout.readline().strip() == "ready"
        qtbot.waitUntil(lambda: win.watcher.task is None)
        other.stdin.write("go\n")
        other.stdin.flush()
        assert other.stdout.readline().strip() == "renamed"

        # The window's own timer finds the change within a few seconds; nothing is asked.
        def shows_it():
            titles = [page.model.row_at(r).title for r in range(page.model.rowCount())]
            assert "Im anderen Programm umbenannt" in titles

        qtbot.waitUntil(shows_it, timeout=15000)
        assert page.selected_id() == rows[1].id
        assert "another computer" in win.statusBar().currentMessage()

        # And the other way round: the window's change reaches the other program.
        ProjectService(win.ctx.db).update_project(rows[1].id, light="red", light_reason="Test")
        assert other.stdout.readline().strip() == "saw projects"
        assert other.wait(timeout=30) == 0
    finally:
        if other.poll() is None:
            other.kill()
            other.wait()

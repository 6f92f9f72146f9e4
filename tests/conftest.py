"""Test setup: headless Qt, isolated settings and data folders, real SQLite files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Must be set before Qt is imported anywhere: without a display, Qt would abort the run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path, tmp_path_factory, monkeypatch):
    """Every test gets its own data folder and its own QSettings store, shared with the
    command-line programs it starts, whose language is English as for the window below."""
    data = tmp_path / "data"
    monkeypatch.setenv("DIGIWANDEL_DATA_DIR", str(data))
    # Beside tmp_path, not in it: tests look at what the program left in their folder.
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a hard dependency
        yield data
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    # The same folder as XDG_CONFIG_HOME: a program started by the test reads this store.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))
    from digiwandel import APP_NAME
    from digiwandel.i18n import LANGUAGE_KEY

    # This process reads the .ini store (the default format set above); a program the test
    # starts reads the system's format, a .conf file on Linux (Qt keeps that path from its
    # first use, so it is named here).
    for store in ("ini", "conf"):
        path = config / APP_NAME / f"{APP_NAME}.{store}"
        program_settings = QSettings(str(path), QSettings.Format.IniFormat)
        program_settings.setValue(LANGUAGE_KEY, "en")
        program_settings.sync()
    yield data


@pytest.fixture(autouse=True)
def english_ui(qapp):
    """Every test starts in English, the language of the code, with its plural forms and
    British number and date formats, as the program runs after choosing English; a test
    that switches the language cannot leak it into the next one."""
    from digiwandel import i18n

    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")


def pytest_addoption(parser):
    parser.addoption(
        "--backend",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="where the db and demo_db fixtures keep their database: a new SQLite file "
        "(default) or a new database on a throwaway PostgreSQL server (tests/postgres.py)",
    )


def _open_test_database(request, tmp_path, name: str):
    from digiwandel.model.database import open_database, open_url

    if request.config.getoption("--backend") == "postgresql":
        if request.node.get_closest_marker("sqlite_only"):
            pytest.skip("about the SQLite file itself")
        return open_url(request.getfixturevalue("pg_url"))
    return open_database(tmp_path / name)


@pytest.fixture
def db(request, tmp_path):
    """A fresh database opened the way the program opens it (pragmas, migrations): a file,
    or with --backend postgresql a database on the test server."""
    database = _open_test_database(request, tmp_path, "test.sqlite3")
    yield database
    database.close()


def _open_again(request, database):
    """A second, independent connection to the same database: another PC."""
    from digiwandel.model.database import open_database, open_url

    if database.path is None:
        return open_url(request.getfixturevalue("pg_url"))
    return open_database(database.path)


@pytest.fixture
def other_pc(request, db):
    """The `db` fixture's database as a second program (on another PC) sees it."""
    database = _open_again(request, db)
    yield database
    database.close()


@pytest.fixture
def demo_other_pc(request, demo_db):
    """The `demo_db` fixture's database as a second program sees it."""
    database = _open_again(request, demo_db)
    yield database
    database.close()


@pytest.fixture
def demo_db(request, tmp_path):
    from digiwandel.services.demo import populate_demo

    database = _open_test_database(request, tmp_path, "demo.sqlite3")
    populate_demo(database)
    yield database
    database.close()


@pytest.fixture
def demo_window(qtbot, tmp_path):
    """The main window, shown, on a new file holding the whole demo."""
    from digiwandel.services.demo import create_demo_file
    from digiwandel.ui.context import AppContext
    from digiwandel.ui.main_window import MainWindow

    path = create_demo_file(tmp_path / "demo.sqlite3")
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.show()
    return window


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch):
    """A message box nobody answers would block the test run; fail instead.

    Tests that expect a message box patch the method they expect themselves.
    """
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args, **_kwargs):
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected message box: {texts}")

    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: unexpected(box.text()))


# -- PostgreSQL ------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def postgres_cluster():
    """A throwaway PostgreSQL server for the run (tests/postgres.py); skipped with the
    reason where the server programs or the driver are missing."""
    from tests import postgres

    reason = postgres.why_not()
    if reason:
        if os.environ.get("DIGIWANDEL_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL tests required, but {reason}")
        pytest.skip(reason)
    cluster = postgres.Cluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(postgres_cluster):
    """The URL of a new, empty database on the test server, dropped afterwards."""
    url = postgres_cluster.create_database()
    yield url
    postgres_cluster.drop_database(url)


@pytest.fixture
def pg_db(pg_url):
    """A new database on the test server, opened the way the program opens it."""
    from digiwandel.model.database import open_url

    database = open_url(pg_url)
    yield database
    database.close()

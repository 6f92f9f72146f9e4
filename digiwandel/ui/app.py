"""Starting the program window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from digiwandel import APP_NAME, __version__, i18n
from digiwandel.i18n import saved_language
from digiwandel.paths import default_db_path, resources_dir
from digiwandel.server_address import is_server_address
from digiwandel.ui import mnemonics
from digiwandel.ui.errors import install_excepthook, setup_logging
from digiwandel.ui.main_window import MainWindow
from digiwandel.ui.preload import preload

PRELOAD_DELAY_MS = 300


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "digiwandel.png")))
    mnemonics.install(app)
    return app


def last_database() -> Path | str:
    """The file, or the server database's address, used last."""
    recent = MainWindow.recent_files()
    for candidate in recent[:1]:
        if is_server_address(candidate):
            return candidate
        if Path(candidate).exists():
            return Path(candidate)
    return default_db_path()


def missing_last_database() -> Path | None:
    """The file used last if it is gone: it must be looked for, not replaced by a new one."""
    recent = MainWindow.recent_files()
    if recent and not is_server_address(recent[0]) and not Path(recent[0]).exists():
        return Path(recent[0])
    return None


def open_database_of(window: MainWindow, target: Path | str) -> bool:
    if isinstance(target, str) and is_server_address(target):
        return window.open_server(target)
    return window.open_path(Path(target))


def start(db_path: Path | str | None = None, lang: str | None = None) -> MainWindow:
    """Build and show the main window with a database; used by run_gui and the tests."""
    app = make_application()
    # A language given on the command line is for this run; the settings keep the user's.
    language = lang or saved_language()
    i18n.install(app, language)
    window = MainWindow()
    window.show()
    # Charts and services load in the background once the window is up, before anyone
    # can click (ui/preload.py).
    QTimer.singleShot(PRELOAD_DELAY_MS, preload)
    missing = None if db_path else missing_last_database()
    if missing is not None:
        opened = window.ask_for_missing_file(missing)
        if not opened:
            window.close()  # the user chose to quit; run_gui does not start the event loop
    else:
        opened = open_database_of(window, db_path or last_database())
    if opened and window.ctx.org.get_profile() is None:
        window.show_welcome()
    return window


def run_gui(db_path: Path | str | None = None, lang: str | None = None) -> int:
    app = make_application()
    setup_logging()
    install_excepthook()
    window = start(db_path, lang)
    if not window.isVisible():
        return 0  # quit at the question for a missing file
    code = app.exec()
    del window
    return code

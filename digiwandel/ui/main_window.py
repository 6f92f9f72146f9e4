"""The main window: navigation, menus, status bar, opening database files."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from digiwandel import APP_NAME
from digiwandel.model.database import DatabaseOpenError
from digiwandel.paths import data_dir
from digiwandel.server_address import is_server_address
from digiwandel.ui.backups import BackupController
from digiwandel.ui.context import AppContext, Change, ui_language
from digiwandel.ui.dialogs.check_db import check_in_background, open_remembered
from digiwandel.ui.dialogs.transfer import TransferController
from digiwandel.ui.file_lock import FileLock, try_lock
from digiwandel.ui.pages.overview import OverviewPage
from digiwandel.ui.server import ServerPart
from digiwandel.ui.watch import ChangeWatcher

RECENT_KEY = "files/recent"
RECENT_LIMIT = 8
DB_FILTER_EXT = "*.sqlite3 *.sqlite *.db"

STYLE = """
QLabel#pageTitle { font-size: 18pt; font-weight: 600; margin-bottom: 4px; }
QLabel#figure { font-size: 20pt; font-weight: 600; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; }
QListWidget#navigation { font-size: 11pt; }
QListWidget#navigation::item { padding: 8px 10px; }
"""


class MainWindow(ServerPart, QMainWindow):
    database_opened = Signal(str)

    def __init__(self, ctx: AppContext | None = None) -> None:
        super().__init__()
        self.ctx = ctx or AppContext(self)
        self._lock: FileLock | None = None
        # The open file, remembered as sound once the program has closed it.
        self._sound_path: Path | None = None
        self.ctx.database_changed.connect(self._file_switched)
        self.setWindowTitle(APP_NAME)
        self.setStyleSheet(STYLE)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Parts of the program"))
        self.navigation.setFixedWidth(200)
        self.stack = QStackedWidget()
        self.overview = OverviewPage(self.ctx)
        titles = [
            self.tr("Overview"),
            self.tr("Organisation"),
            self.tr("Digitalisierungscheck"),
            self.tr("Drivers"),
            self.tr("Strategy"),
            self.tr("Measures"),
            self.tr("Reports"),
        ]
        # The other pages are built (and their modules imported) when first needed, so the
        # window is ready sooner; an empty stand-in holds each one's place until then.
        self._built: dict[int, QWidget] = {0: self.overview}
        for index, title in enumerate(titles):
            self.navigation.addItem(title)
            self.stack.addWidget(self.overview if index == 0 else QWidget())
        self.navigation.currentRowChanged.connect(self._show_page)
        self.navigation.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self.ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 4000))

        self.overview.setup_requested.connect(self.show_welcome_setup)
        self.overview.demo_requested.connect(self.open_demo)
        self.overview.navigate.connect(self.navigation.setCurrentRow)
        self.overview.open_requested.connect(self.open_from_overview)
        self.backups = BackupController(self.ctx, self)
        self.transfer = TransferController(self.ctx, self)
        self.watcher = ChangeWatcher(self.ctx, self)
        self._build_menus(titles)
        self.ctx.database_changed.connect(self.update_file_actions)
        self.update_file_actions()
        self._restore_geometry()  # pages load when first shown (FollowsChanges)

    # -- pages -------------------------------------------------------------------------------
    def page(self, index: int) -> QWidget:
        """The page at this place of the navigation, built now if it was not yet."""
        page = self._built.get(index)
        if page is None:
            page = self._make_page(index)
            self._built[index] = page
            stand_in = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.stack.setCurrentIndex(current)
        return page

    def pages(self) -> list[QWidget]:
        """Every page, in the order of the navigation (built where needed)."""
        return [self.page(index) for index in range(self.stack.count())]

    def _make_page(self, index: int) -> QWidget:
        if index == 1:
            from digiwandel.ui.pages.organisation import OrganisationPage

            return OrganisationPage(self.ctx)
        if index == 2:
            from digiwandel.ui.pages.check import CheckPage

            page = CheckPage(self.ctx)
            page.results.measure_requested.connect(self.measure_from_check)
            return page
        if index == 3:
            from digiwandel.ui.pages.drivers import DriversPage

            return DriversPage(self.ctx)
        if index == 4:
            from digiwandel.ui.pages.strategy import StrategyPage

            return StrategyPage(self.ctx)
        if index == 5:
            from digiwandel.ui.pages.projects import ProjectsPage

            return ProjectsPage(self.ctx)
        from digiwandel.ui.pages.reports import ReportsPage

        return ReportsPage(self.ctx)

    def _show_page(self, index: int) -> None:
        if index >= 0:
            self.page(index)
            self.stack.setCurrentIndex(index)

    @property
    def organisation(self):
        return self.page(1)

    @property
    def check(self):
        return self.page(2)

    @property
    def projects(self):
        return self.page(5)

    @property
    def reports(self):
        return self.page(6)

    def open_from_overview(self, target: str, ident: int, step: int) -> None:
        """Go where an entry of the overview's agenda leads."""
        if target in ("measure", "measures"):
            page = self.projects
            self.navigation.setCurrentRow(self.stack.indexOf(page))
            if target == "measure" and ident:
                page.open_project(ident, step or None)
            else:
                page.show_list()
        elif target in ("strategy", "goal"):
            page = self.page(4)
            self.navigation.setCurrentRow(4)
            if ident:
                page.select_version(ident)
            if target == "goal":
                page.show_goal(step)
        elif target == "check":
            self.navigation.setCurrentRow(self.stack.indexOf(self.check))
            if ident:
                self.check.show_results(ident)

    def show_first_steps(self) -> None:
        """Bring back the first steps, hidden or done, and show them."""
        if self.ctx.db is None:
            return
        self.overview.show_first_steps()
        self.navigation.setCurrentRow(0)

    def measure_from_check(self, assessment_id, choices: list) -> None:
        """Create a measure from a finding of the check and show it on the Measures page."""
        if self.projects.create_from_finding(assessment_id, choices):
            self.navigation.setCurrentRow(self.stack.indexOf(self.projects))

    # -- menus -----------------------------------------------------------------------------
    def _build_menus(self, titles: list[str]) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = file_menu.addAction(self.tr("&New database…"), self.new_database)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.open_action = file_menu.addAction(self.tr("&Open…"), self.choose_database)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.connect_action = file_menu.addAction(
            self.tr("Connect to a &server…"), self.connect_to_server
        )
        file_menu.addSeparator()
        self.import_catalog_action = file_menu.addAction(
            self.tr("Import question &catalog…"), self.import_catalog
        )
        self.check_db_action = file_menu.addAction(self.tr("C&heck database…"), self.check_database)
        file_menu.addSeparator()
        self.report_action = file_menu.addAction(self.tr("Create re&port…"), self.create_report)
        self.report_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.transfer.add_actions(file_menu)
        self.copy_to_server_action = file_menu.addAction(
            self.tr("Copy this database to a ser&ver…"), self.copy_to_server
        )
        file_menu.addSeparator()
        self.backups.add_actions(file_menu)
        file_menu.addSeparator()
        self.demo_action = file_menu.addAction(self.tr("Open the &demo database"), self.open_demo)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        # Qt's own wording ("Undo <step>"), translated by Qt's base translation.
        self.undo_action = self.ctx.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.ctx.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts(
            [QKeySequence.StandardKey.Redo, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Y)]
        )
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.trash_action = edit_menu.addAction(
            self.tr("&Trash…"), lambda: self.projects.show_trash()
        )
        edit_menu.addSeparator()
        settings_action = edit_menu.addAction(self.tr("&Settings…"), self.show_settings)
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, title in enumerate(titles):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _c=False, i=index: self.navigation.setCurrentRow(i))
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.first_steps_action = view_menu.addAction(
            self.tr("Show the &first steps on the overview"), self.show_first_steps
        )

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_action = help_menu.addAction(self.tr("DigiWandel &help"), self.show_help)
        help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action = help_menu.addAction(self.tr("User &guide"), self.show_guide)
        self.selftest_action = help_menu.addAction(
            self.tr("Check the &installation…"), self.check_installation
        )
        help_menu.addAction(self.tr("&About DigiWandel"), self._about)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        if not files:
            empty = self.recent_menu.addAction(self.tr("(no files yet)"))
            empty.setEnabled(False)
            return
        for number, entry in enumerate(files, start=1):
            shown_entry = entry
            if is_server_address(entry):
                shown_entry = self.tr("{address} (server)").format(address=entry)
            action = self.recent_menu.addAction(f"&{number} {shown_entry}")
            action.triggered.connect(lambda _c=False, e=entry: self.open_recent(e))

    def open_recent(self, entry: Path | str) -> bool:
        """A file (or server database) opened before; if a file is gone, ask what to do,
        never create it anew."""
        if isinstance(entry, str) and is_server_address(entry):
            return self.open_server(entry)
        path = Path(entry)
        if not path.exists():
            return self.ask_for_missing_file(path)
        return self.open_path(path, create=False)

    @staticmethod
    def recent_files() -> list[str]:
        value = QSettings().value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _remember(self, path: Path) -> None:
        self._remember_entry(str(path.resolve()))

    def _remember_entry(self, text: str) -> None:
        """First in the recent list: a file's path or a server database's address (which
        never holds a password)."""
        files = [f for f in self.recent_files() if f != text]
        QSettings().setValue(RECENT_KEY, [text, *files][:RECENT_LIMIT])

    # -- database files ----------------------------------------------------------------------
    def open_path(self, path: Path, *, create: bool = True) -> bool:
        """Open a database file; on any problem explain it and keep the current file."""
        path = Path(path)
        try:
            if create:
                path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            QMessageBox.critical(
                self,
                self.tr("Cannot open file"),
                self.tr("{path} cannot be opened: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return False
        if path.is_dir():
            QMessageBox.critical(
                self,
                self.tr("Cannot open file"),
                self.tr(
                    "{path} is a folder, not a DigiWandel file. Please choose a database "
                    "file inside it, or create a new database."
                ).format(path=path),
            )
            return False
        folder = path.resolve().parent
        if folder.is_dir() and not os.access(folder, os.W_OK):
            # SQLite writes its journal beside the file, and the lock file goes there too
            QMessageBox.critical(
                self,
                self.tr("Folder cannot be written"),
                self.tr(
                    "The folder {folder} cannot be written, so {name} cannot be opened "
                    "there. Copy the file to a folder you may write to, for example your "
                    "documents, and open the copy. The file has not been changed."
                ).format(folder=folder, name=path.name),
            )
            return False
        lock = try_lock(path)
        if lock is None:
            QMessageBox.warning(
                self,
                self.tr("File in use"),
                self.tr(
                    "{path} is already open in another DigiWandel window. "
                    "Please switch to that window."
                ).format(path=path),
            )
            return False
        try:
            db, unchecked = open_remembered(path, create=create)
        except DatabaseOpenError as exc:
            lock.unlock()
            if exc.kind == "corrupt":
                return self._damaged_file(exc)
            QMessageBox.critical(self, self.tr("Cannot open file"), self.open_error_text(exc))
            return False
        except OSError as exc:
            lock.unlock()
            QMessageBox.critical(
                self,
                self.tr("Cannot open file"),
                self.tr("{path} cannot be opened: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return False
        # A new file exists only now: its identity lock keeps hard links to it out too.
        lock.cover_identity()
        if self._lock is not None:
            self._lock.unlock()
        self._lock = lock
        self.ctx.set_database(db)
        self._remember(path)
        self.db_label.setText(self.tr("Database: {path}").format(path=path))
        # Ending in the program's name, the title is not extended by Qt with the name again.
        self.setWindowTitle(f"{path.name} – {APP_NAME}")
        self.database_opened.emit(str(path))
        if unchecked:
            check_in_background(self, path)
        return True

    def ask_for_missing_file(self, path: Path) -> bool:
        """The file used last is gone (a USB stick unplugged, a network drive not
        connected, the file moved): ask where it is instead of silently starting a new,
        empty database. True once a database is open."""
        while True:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("File not found"))
            box.setText(
                self.tr(
                    "{path} cannot be found. If it is on a USB stick or a network drive, "
                    "connect it and choose “Look for it”. You can also open another file "
                    "or create a new database."
                ).format(path=path)
            )
            look = box.addButton(self.tr("&Look for it…"), QMessageBox.ButtonRole.AcceptRole)
            other = box.addButton(self.tr("&Open another file…"), QMessageBox.ButtonRole.ActionRole)
            new = box.addButton(
                self.tr("&Create a new database…"), QMessageBox.ButtonRole.ActionRole
            )
            stop = box.addButton(
                self.tr("&Quit") if self.ctx.db is None else self.tr("Cancel"),
                QMessageBox.ButtonRole.RejectRole,
            )
            for button, name in ((look, "look"), (other, "other"), (new, "new"), (stop, "stop")):
                button.setObjectName(name)
            box.setDefaultButton(look)
            box.setEscapeButton(stop)
            box.exec()
            clicked = box.clickedButton()
            if clicked is look:
                if path.exists() and self.open_path(path, create=False):
                    return True
                chosen = self._choose_file(_nearest_folder(path))
                if chosen is not None and self.open_path(chosen, create=False):
                    return True
            elif clicked is other:
                chosen = self._choose_file(data_dir())
                if chosen is not None and self.open_path(chosen, create=False):
                    return True
            elif clicked is new:
                before = self.ctx.db
                self.new_database()
                if self.ctx.db is not None and self.ctx.db is not before:
                    return True
            else:
                return False

    def _choose_file(self, folder: Path) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(folder), self.file_dialog_filter()
        )
        return Path(path) if path else None

    def open_error_text(self, exc: DatabaseOpenError) -> str:
        texts = {
            "newer": self.tr(
                "{path} was saved by a newer version of DigiWandel. Please install the "
                "current version to open it. The file has not been changed."
            ),
            "foreign": self.tr(
                "{path} is not a DigiWandel database. The file has not been changed."
            ),
            "corrupt": self.tr(
                "{path} is damaged and cannot be read. The file has not been changed. "
                "Please restore a backup."
            ),
            "missing": self.tr("{path} does not exist."),
            "read_only": self.tr(
                "{path} is write-protected, so DigiWandel cannot save your changes in it. "
                "Remove the write protection (in the file's properties), or copy the file "
                "to a folder of yours and open the copy. The file has not been changed."
            ),
            "unreadable": self.tr(
                "{path} cannot be read. Check that the file exists and that you may open it."
            ),
        }
        return texts.get(exc.kind, texts["unreadable"]).format(path=exc.path)

    def _damaged_file(self, exc: DatabaseOpenError) -> bool:
        """Explain a damaged file and offer its newest sound backup; open it if restored."""
        from digiwandel.ui.dialogs.check_db import explain_damaged_file, forget_sound

        forget_sound(exc.path)
        if explain_damaged_file(self, exc):
            return self.open_path(exc.path, create=False)
        return False

    def _file_switched(self) -> None:
        from digiwandel.ui.dialogs.check_db import remember_sound

        if self._sound_path is not None:
            remember_sound(self._sound_path)  # closed by now: its final state
        self._sound_path = self.ctx.db.path if self.ctx.db is not None else None

    def check_database(self) -> None:
        if self.ctx.db is None:
            return
        from digiwandel.ui.dialogs.check_db import CheckDatabaseDialog

        CheckDatabaseDialog(self.ctx, self).exec()

    def file_dialog_filter(self) -> str:
        return self.tr("DigiWandel databases ({patterns});;All files (*)").format(
            patterns=DB_FILTER_EXT
        )

    def choose_database(self) -> None:
        path = self._choose_file(data_dir())
        if path is not None:
            self.open_path(path, create=False)

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            str(data_dir() / self.tr("new-organisation.sqlite3")),
            self.file_dialog_filter(),
        )
        if not path:
            return
        target = Path(path)
        if target.exists() and target.stat().st_size > 0:
            QMessageBox.warning(
                self,
                self.tr("File exists"),
                self.tr(
                    "{path} already exists. A new database needs a new file name; to work "
                    "with the existing file, use File → Open."
                ).format(path=target),
            )
            return
        if self.open_path(target):
            self.show_welcome()

    def demo_path(self) -> Path:
        return data_dir() / "demo.sqlite3"

    def open_demo(self) -> None:
        """(Re)create the demo file beside the user's own data and open it."""
        path = self.demo_path()
        if self.ctx.db is not None and self.ctx.db.path == path:
            answer = QMessageBox.question(
                self,
                self.tr("Reset demo"),
                self.tr("The demo database is already open. Reset it to its original state?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.ctx.set_database(None)
            if self._lock is not None:
                self._lock.unlock()
                self._lock = None
        lock = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # another running DigiWandel may have the demo open: never replace it under it
            lock = try_lock(path)
            if lock is None:
                QMessageBox.warning(
                    self,
                    self.tr("File in use"),
                    self.tr(
                        "{path} is already open in another DigiWandel window. "
                        "Please switch to that window."
                    ).format(path=path),
                )
                return
            from digiwandel.services.demo import create_demo_file

            create_demo_file(path, force=True)
        except OSError as exc:
            QMessageBox.critical(
                self,
                self.tr("Demo not available"),
                self.tr("The demo database could not be written: {reason}").format(
                    reason=exc.strerror or exc
                ),
            )
            return
        finally:
            if lock is not None:
                lock.unlock()
        if self.open_path(path):
            self.statusBar().showMessage(self.tr("Demo database opened."), 5000)

    def import_catalog(self) -> None:
        """Catalogs belong to the Digitalisierungscheck: show it, then ask for the file."""
        if self.ctx.db is None:
            return
        self.navigation.setCurrentRow(self.stack.indexOf(self.check))
        self.check.import_catalog()

    def create_report(self) -> None:
        """The report dialog, from the Reports page, which then lists and shows the report."""
        if self.ctx.db is None:
            return
        self.navigation.setCurrentRow(self.stack.indexOf(self.reports))
        self.reports.create_report()

    # -- dialogs -----------------------------------------------------------------------------
    def show_welcome(self) -> None:
        from digiwandel.ui.dialogs.welcome import WelcomeDialog

        dialog = WelcomeDialog(self.ctx, self)
        dialog.exec()
        if dialog.choice == "demo":
            self.open_demo()
        elif dialog.choice == "setup":
            self.ctx.notify(Change.ORGANISATION)
            self.navigation.setCurrentRow(1)

    def show_welcome_setup(self) -> None:
        from digiwandel.ui.dialogs.welcome import WelcomeDialog

        dialog = WelcomeDialog(self.ctx, self)
        dialog._go_setup()
        dialog.exec()
        if dialog.choice == "setup":
            self.ctx.notify(Change.ORGANISATION)
            self.navigation.setCurrentRow(1)

    def show_settings(self) -> None:
        from digiwandel.ui.dialogs.settings import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def _about(self) -> None:
        from digiwandel.ui.dialogs.help import show_about

        db = self.ctx.db
        show_about(self, str(db.path) if db is not None and db.path is not None else None)

    def show_help(self) -> None:
        from digiwandel.ui.dialogs.help import HelpDialog

        HelpDialog(self, self.help_topic(), ui_language()).exec()

    def show_guide(self):
        """The user guide in a window of its own, beside the program."""
        from digiwandel.ui.dialogs.guide import show_guide

        return show_guide(self, ui_language())

    def check_installation(self) -> None:
        from digiwandel.ui.dialogs.selftest import SelfTestDialog

        SelfTestDialog(ui_language(), self).exec()

    def help_topic(self) -> str:
        """The help topic of the part of the program on screen: the page, or the step of
        the measure that is open."""
        index = self.stack.currentIndex()
        tab = self._tab_topic(index)
        if tab:
            return tab
        if index == 5 and 5 in self._built:
            page = self._built[5]
            if page.stack.currentWidget() is page.detail:
                step = page.detail.current_step()
                if step is not None:
                    return f"step-{step.number}"
        keys = ("overview", "organisation", "check", "drivers", "strategy", "measures")
        return keys[index] if 0 <= index < len(keys) else "reports"

    def _tab_topic(self, index: int) -> str | None:
        """The topic of the tab on screen, for the pages whose tabs have topics."""
        page = self._built.get(index)
        if index == 2 and page is not None:
            tabs = {
                page.results: "check-results",
                page.results.chart_panel: "check-charts",
                page.respondents: "check-sheets",
                page.grid: "check-paper",
                page.targets: "check-targets",
            }
            return tabs.get(page.tabs.currentWidget())
        if index == 4 and page is not None:
            keys = ("identity", "versions", "goals", "alignment", "team", "communication")
            current = page.tabs.currentIndex()
            return f"strategy-{keys[current]}" if 0 <= current < len(keys) else None
        return None

    # -- window state ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(1180, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        self.backups.on_close()
        self.ctx.set_database(None)
        if self._lock is not None:
            self._lock.unlock()
        super().closeEvent(event)


def _nearest_folder(path: Path) -> Path:
    """The closest folder of `path` that still exists, to start looking from."""
    for folder in Path(path).parents:
        if folder.is_dir():
            return folder
    return data_dir()

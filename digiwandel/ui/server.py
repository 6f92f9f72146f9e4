"""The main window's part for a database on a PostgreSQL server: connecting (with the
password from the keychain or asked for), what changes in the menus, and copying the open
file to a server."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from digiwandel import APP_NAME, credentials
from digiwandel.server_address import server_url, shown
from digiwandel.ui.dialogs.connect import ConnectDialog, remember_address


class ServerPart:
    """Methods of MainWindow for databases on a server. Their texts are in MainWindow's
    translation context, as the window's own: `self.tr` here would file them elsewhere."""

    # -- opening ---------------------------------------------------------------------------
    def connect_to_server(self) -> bool:
        """File → Connect to a server…"""
        dialog = ConnectDialog(self.try_server, self)
        if not dialog.exec():
            return False
        if self.ctx.org.get_profile() is None:  # a new, empty database on the server
            self.show_welcome()
        return True

    def open_server(self, address: str) -> bool:
        """Open a server database named on the command line or in the recent list: with
        the kept password (or libpq's own), else the form asks for one."""
        password = credentials.saved_password(address)
        problem = self.try_server(address, password, password is not None, ask=False)
        if problem is None:
            return True
        dialog = ConnectDialog(
            self.try_server,
            self,
            address=address,
            problem=problem,
            remember=password is not None,
        )
        return bool(dialog.exec())

    def try_server(
        self, address: str, password: str | None, remember: bool, *, ask: bool = True
    ) -> str | None:
        """Connect and switch to the database; None, or the reason it failed."""
        from digiwandel.services.server import ServerProblem, connect

        try:
            db = connect(address, password)
        except ServerProblem as problem:
            if problem.kind == "password" and password is not None:
                credentials.forget_password(address)
            if problem.kind == "password" and password is None and not ask:
                return QCoreApplication.translate(
                    "MainWindow", "Please enter your password for the server."
                )
            return self.server_problem_text(problem)
        if password is not None:
            if remember:
                credentials.save_password(address, password)
            else:
                credentials.forget_password(address)
        self._use_server(db, address, shown(server_url(address)))
        return None

    def server_problem_text(self, problem) -> str:
        """Why a server database cannot be used, in the user's words."""
        if problem.kind == "address":
            return QCoreApplication.translate(
                "MainWindow", "“{address}” is not a server address DigiWandel can read."
            ).format(address=problem.where)
        if problem.kind == "password":
            return QCoreApplication.translate(
                "MainWindow", "The server refused the user name or password. Please check both."
            )
        if problem.kind == "newer":
            return QCoreApplication.translate(
                "MainWindow",
                "The database {address} was saved by a newer version of DigiWandel. Please "
                "install the current version to work with it. Nothing was changed.",
            ).format(address=problem.where)
        if problem.kind == "foreign":
            return QCoreApplication.translate(
                "MainWindow",
                "The database {address} holds tables of another program, so DigiWandel does "
                "not use it. Please ask for an empty database of your own. Nothing was changed.",
            ).format(address=problem.where)
        if problem.kind == "copy":
            return QCoreApplication.translate(
                "MainWindow", "Copying stopped: {reason}. Nothing was written on the server."
            ).format(reason=problem.detail)
        return QCoreApplication.translate(
            "MainWindow",
            "The database {address} cannot be reached: {reason}. Check the server's "
            "name and port, and that this computer is connected to the network.",
        ).format(address=problem.where, reason=problem.detail)

    def _use_server(self, db, address: str, where: str) -> None:
        from digiwandel.server_address import title

        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        self.ctx.set_database(db)
        self._remember_entry(address)
        remember_address(address)
        self.db_label.setText(
            QCoreApplication.translate("MainWindow", "Database on the server: {address}").format(
                address=where
            )
        )
        self.setWindowTitle(f"{title(address)} – {APP_NAME}")
        self.database_opened.emit(where)

    def on_server(self) -> bool:
        db = self.ctx.db
        return db is not None and db.path is None

    def update_file_actions(self) -> None:
        """Backups, restoring and the check of a database file are for files; on a server
        the menu says what to use instead."""
        server = self.on_server()
        hint = (
            QCoreApplication.translate(
                "MainWindow",
                "On a server, the server's own backups (pg_dump) keep the data safe; "
                "File → Export organisation makes a copy of your own.",
            )
            if server
            else ""
        )
        self.check_db_action.setEnabled(self.ctx.db is not None and not server)
        for action in (
            self.check_db_action,
            self.backups.backup_action,
            self.backups.restore_action,
        ):
            if action is not None:
                action.setStatusTip(hint)
                action.setToolTip(hint or action.text().replace("&", ""))
        self.copy_to_server_action.setEnabled(self.ctx.db is not None and not server)

    # -- copying a file to a server ----------------------------------------------------------
    def copy_to_server(self) -> bool:
        """File → Copy this database to a server…: everything into a new, empty database
        there, counted table by table; then offer to work there."""
        if self.ctx.db is None or self.on_server():
            return False
        copied: dict = {}

        def attempt(address: str, password: str | None, remember: bool) -> str | None:
            problem = self._copy_into(address, password)
            if problem is None:
                copied.update(address=address, password=password, remember=remember)
                if password is not None and remember:
                    credentials.save_password(address, password)
            return problem

        dialog = ConnectDialog(attempt, self, copy=True)
        if not dialog.exec():
            return False
        address = copied["address"]
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("MainWindow", "Copied to the server"),
            QCoreApplication.translate(
                "MainWindow",
                "Everything is now also in the database {address}, checked table by table. "
                "Work there from now on? Then tell the others to connect to it too, and "
                "keep this file only as a record.",
            ).format(address=shown(server_url(address))),
        )
        if answer == QMessageBox.StandardButton.Yes:
            # With the password just typed; should the server refuse now, the form asks.
            if self.try_server(address, copied["password"], copied["remember"]) is None:
                return True
            return self.open_server(address)
        return True

    def _copy_into(self, address: str, password: str | None) -> str | None:
        from digiwandel.services.errors import DomainError
        from digiwandel.services.server import ServerProblem, copy_to_server
        from digiwandel.ui.context import error_text

        error = self._in_background(
            lambda: copy_to_server(self.ctx.db, address, password),
            QCoreApplication.translate(
                "MainWindow",
                "Copying everything to the server. A database of several years takes about "
                "a minute…",
            ),
        )
        if isinstance(error, ServerProblem):
            return self.server_problem_text(error)
        if isinstance(error, DomainError):
            return error_text(error)
        if error is not None:
            raise error
        return None

    def _in_background(self, work, text: str) -> BaseException | None:
        """Run `work` in a worker thread while a busy indicator shows and the window keeps
        painting; the exception it raised, or None."""
        from PySide6.QtCore import QEventLoop, Qt
        from PySide6.QtWidgets import QProgressDialog

        from digiwandel.ui.worker import BackgroundTask

        outcome: dict = {}
        task = BackgroundTask(lambda _report: work(), parent=self)
        task.failed.connect(lambda exc: outcome.update(error=exc))
        busy = QProgressDialog(text, "", 0, 0, self.window())
        busy.setCancelButton(None)  # all or nothing: the copy is one transaction
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(400)
        busy.setAccessibleName(text)
        loop = QEventLoop()
        # Queued: should the work end before the loop runs, the loop still ends at once.
        task.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        task.begin()
        loop.exec()
        busy.close()
        busy.deleteLater()
        return outcome.get("error")

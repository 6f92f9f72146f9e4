"""File → Connect to a server: the database on the organisation's PostgreSQL server.

The IT service provider sets up the server and the database and gives each user the
server's name, the database and a user name with its password (README, "For IT service
providers"). The form asks for exactly these. The password goes to the system keychain
when the user wants it kept, never into the settings; the rest of the address is kept
for the next time.

The same form serves "Copy this database to a server…" (`purpose`), whose target is a new,
empty database on the server.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from digiwandel import credentials
from digiwandel.server_address import ServerAddressError, compose, parts
from digiwandel.ui.widgets import buddy_label

LAST_ADDRESS_KEY = "server/last_address"
DEFAULT_PORT = 5432

# `attempt(address, password, remember)` connects and returns None, or the reason in
# the user's language why it could not.
Attempt = Callable[[str, str | None, bool], str | None]


def last_address() -> str | None:
    value = QSettings().value(LAST_ADDRESS_KEY, "")
    return str(value) if value else None


def remember_address(address: str) -> None:
    QSettings().setValue(LAST_ADDRESS_KEY, address)


class ConnectDialog(QDialog):
    """Server, port, database, user and password; `attempt` does the connecting, and the
    dialog stays open with the reason when it fails."""

    def __init__(
        self,
        attempt: Attempt,
        parent: QWidget | None = None,
        *,
        address: str | None = None,
        problem: str = "",
        copy: bool = False,
        remember: bool = False,
    ) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.address: str | None = None
        self.setWindowTitle(
            self.tr("Copy this database to a server") if copy else self.tr("Connect to a server")
        )
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Everything is copied into a new, empty database on the organisation's "
                "PostgreSQL server; this file stays as it is. Afterwards everyone works in "
                "the database on the server."
            )
            if copy
            else self.tr(
                "Work in the organisation's shared database on its PostgreSQL server. Your "
                "IT service provider gives you the server's name, the database, your user "
                "name and password."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. db.verein.de"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Keep the password in this computer's keychain"))
        self.tls = QCheckBox(self.tr("&Encrypted connection (TLS) required"))
        self.tls.setChecked(True)
        self.tls_note = QLabel(
            self.tr(
                "⚠ Without encryption, passwords and data travel readable over the network. "
                "Turn it off only for a server in your own office network."
            )
        )
        self.tls_note.setWordWrap(True)
        self.tls.toggled.connect(lambda on: self.tls_note.setVisible(not on))
        self.tls_note.setVisible(False)

        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Server:"), self.host), self.host)
        form.addRow(buddy_label(self.tr("P&ort:"), self.port), self.port)
        form.addRow(buddy_label(self.tr("&Database:"), self.database), self.database)
        form.addRow(buddy_label(self.tr("&User name:"), self.user), self.user)
        form.addRow(buddy_label(self.tr("&Password:"), self.password), self.password)
        form.addRow("", self.remember)
        self.keychain_note = QLabel()
        self.keychain_note.setWordWrap(True)
        self.keychain_note.setVisible(False)
        form.addRow("", self.keychain_note)
        form.addRow("", self.tls)
        form.addRow("", self.tls_note)
        layout.addLayout(form)
        if not credentials.keychain_available():
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr(
                    "This computer has no keychain DigiWandel can use, so the password is "
                    "asked each time."
                )
            )
            self.remember.setAccessibleDescription(self.remember.toolTip())
            self.keychain_note.setText(self.remember.toolTip())
            self.keychain_note.setVisible(True)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setStyleSheet("color: #a4000f;")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("&Copy") if copy else self.tr("C&onnect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, self._help)

        self._fill(address or last_address())
        if remember and self.remember.isEnabled():  # kept before: keep the new one too
            self.remember.setChecked(True)
        if problem:
            self.show_problem(problem)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The first field still to fill in: the host for a new connection, the password
        # when the address is known.
        for field in (self.host, self.database, self.user, self.password):
            if not field.text():
                field.setFocus()
                return
        self.password.setFocus()

    def _fill(self, address: str | None) -> None:
        if not address:
            return
        try:
            known = parts(address)
        except ServerAddressError:
            return
        self.host.setText(known["host"])
        self.port.setValue(known["port"])
        self.database.setText(known["database"])
        self.user.setText(known["user"])
        self.tls.setChecked(known["tls"])
        self.remember.setChecked(
            self.remember.isEnabled() and credentials.saved_password(address) is not None
        )

    def _help(self) -> None:
        from digiwandel.ui.context import ui_language
        from digiwandel.ui.dialogs.help import HelpDialog

        HelpDialog(self, "server", ui_language()).exec()

    def show_problem(self, text: str) -> None:
        self.problem.setText("⚠ " + text)
        self.problem.setVisible(True)
        self.adjustSize()

    def composed(self) -> str | None:
        """The address the fields make, or None (with the reason shown) when one is
        missing."""
        for field, label in (
            (self.host, self.tr("the server")),
            (self.database, self.tr("the database")),
            (self.user, self.tr("the user name")),
        ):
            if not field.text().strip():
                self.show_problem(self.tr("Please enter {what}.").format(what=label))
                field.setFocus()
                return None
        return compose(
            self.host.text(),
            self.port.value(),
            self.database.text(),
            self.user.text(),
            tls=self.tls.isChecked(),
        )

    def accept(self) -> None:
        address = self.composed()
        if address is None:
            return
        self.problem.setVisible(False)
        password = self.password.text() or None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            problem = self._attempt(address, password, self.remember.isChecked())
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problem:
            self.show_problem(problem)
            self.password.setFocus()
            return
        remember_address(address)
        self.address = address
        super().accept()

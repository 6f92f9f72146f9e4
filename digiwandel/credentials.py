"""Passwords for databases on a server, kept in the system's keychain.

The keychain is the operating system's own store (Windows Credential Manager, macOS
Keychain, the Secret Service of a Linux desktop), reached through `keyring`. A password is
never written to the settings, the recent-files list or the log. Where no keychain is
available (a Linux desktop without one), nothing is stored and the program asks for the
password each time it connects.

`keyring` is imported on first use: looking for its backends costs start-up time.
"""

from __future__ import annotations

import logging

from digiwandel.server_address import server_url

SERVICE = "DigiWandel"

log = logging.getLogger(__name__)


def account(address: str) -> str:
    """The keychain entry of a server database: user, server and database, never the
    password (also where the address holds one)."""
    url = server_url(address)
    socket = url.query.get("host", "")
    if isinstance(socket, tuple):
        socket = socket[0] if socket else ""
    where = url.host or socket or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"{url.username or ''}@{where}{port}/{url.database}"


def _keyring():
    """The keyring module, or None when this computer has no usable keychain."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # a bundle without the Linux Secret Service libraries
        return None
    try:
        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
    except Exception:  # a broken backend configuration: no keychain, not a crash
        log.exception("keychain not usable")
        return None
    return keyring


def keychain_available() -> bool:
    return _keyring() is not None


def saved_password(address: str) -> str | None:
    """The password kept for this server database, or None."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(SERVICE, account(address))
    except Exception:  # a locked or refusing keychain: ask the user instead
        log.warning("keychain refused to give a password", exc_info=True)
        return None


def save_password(address: str, password: str) -> bool:
    """Keep the password in the keychain; False when there is none or it refused."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, account(address), password)
    except Exception:
        log.warning("keychain refused to keep a password", exc_info=True)
        return False
    return True


def forget_password(address: str) -> None:
    """Remove a kept password (after the server refused it, or when asked to)."""
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(SERVICE, account(address))
    except Exception:  # nothing kept, or the keychain refused: nothing to do
        log.debug("no password removed", exc_info=True)

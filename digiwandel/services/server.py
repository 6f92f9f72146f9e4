"""Opening a database on a PostgreSQL server for the program window, and copying a file's
organisation there, with every failure as one `ServerProblem` the window can explain."""

from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError

from digiwandel.model.database import Database, DatabaseOpenError, open_server
from digiwandel.server_address import ServerAddressError, server_url, shown

# libpq's SQLSTATE for a refused password, and its words when none was given.
_AUTH_FAILED = "28P01"
_NO_PASSWORD = ("no password supplied", "password authentication failed")


class ServerProblem(Exception):
    """Why a server database could not be used. `kind`: "address" (unreadable), "password"
    (missing or refused), "unreachable", "newer" (a newer program's), "foreign" (another
    program's tables) or "copy" (copying failed, nothing written); `detail` is the
    driver's own words on one line; `where` the address as it may be shown."""

    def __init__(self, kind: str, where: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {where}: {detail}")
        self.kind, self.where, self.detail = kind, where, detail


def one_line(exc: BaseException) -> str:
    """The driver's own words on one line (libpq's messages run over several)."""
    return " ".join(str(getattr(exc, "orig", None) or exc).split())


def needs_password(exc: BaseException) -> bool:
    """Whether the server refused the connection for want of the right password."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) == _AUTH_FAILED:
        return True
    return any(words in str(orig or exc) for words in _NO_PASSWORD)


def where(address: str) -> str:
    try:
        return shown(server_url(address))
    except ServerAddressError:
        return address


def connect(address: str, password: str | None = None) -> Database:
    """The database at `address`, migrated to this program's schema; else ServerProblem."""
    shown_address = where(address)
    try:
        server_url(address)
    except ServerAddressError as exc:
        raise ServerProblem("address", shown_address) from exc
    try:
        return open_server(address, password=password)
    except DatabaseOpenError as exc:
        raise ServerProblem(exc.kind, shown_address, exc.detail) from exc
    except SQLAlchemyError as exc:
        kind = "password" if needs_password(exc) else "unreachable"
        raise ServerProblem(kind, shown_address, one_line(exc)) from exc


def copy_to_server(source: Database, address: str, password: str | None = None) -> int:
    """Everything in `source` into the empty database at `address`, all or nothing and
    counted table by table (services.transfer); the number of entries written."""
    from digiwandel.services.transfer import export_organisation, import_into_server

    target = connect(address, password)
    try:
        return import_into_server(export_organisation(source), target)
    except SQLAlchemyError as exc:
        raise ServerProblem("copy", where(address), one_line(exc)) from exc
    finally:
        target.close()

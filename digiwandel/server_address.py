"""Databases on a PostgreSQL server: recognising their addresses and completing them.

An address is a libpq-style URL, `postgresql://user@host:port/database`. The connection is
encrypted (TLS, `sslmode=require`) unless the address says otherwise, e.g.
`?sslmode=disable` for a server in the office's own network, or names a Unix socket of
this computer (`postgresql://user@/database?host=/run/postgresql`), where nothing travels
over a network. The password is never part of what the program stores or prints: libpq
reads it from `PGPASSWORD` or the user's `.pgpass` file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import URL

# SQLAlchemy is imported where an address is read, not here: the command line asks
# `is_server_address` about every --db before the program window starts.
SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DRIVER = "postgresql+psycopg"


class ServerAddressError(ValueError):
    """The text looks like a server address but cannot be read as one."""


def is_server_address(text: object) -> bool:
    """Whether `text` names a database on a server rather than a file."""
    scheme, separator, _rest = str(text).partition("://")
    return bool(separator) and scheme.lower() in SCHEMES


def server_url(text: str) -> URL:
    """The SQLAlchemy URL for a server address, with the driver and, for a connection over
    the network, TLS required unless the address chooses otherwise."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(str(text).strip())
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is no number
        raise ServerAddressError(str(text)) from exc
    if url.get_backend_name() not in ("postgresql", "postgres") or not url.database:
        raise ServerAddressError(str(text))
    url = url.set(drivername=DRIVER)
    socket = url.query.get("host", "")
    if isinstance(socket, tuple):
        socket = socket[0] if socket else ""
    local = url.host is None and (not socket or str(socket).startswith("/"))
    if "sslmode" not in url.query and not local:
        url = url.update_query_dict({"sslmode": "require"})
    return url


def shown(url: URL | str) -> str:
    """The address as it may be shown and logged: as users write it, without a password."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=True)


def compose(host: str, port: int, database: str, user: str, *, tls: bool = True) -> str:
    """The address of a database from the parts a form asks for (never a password).
    Without TLS the address says so (`sslmode=disable`); with it, TLS is required."""
    from sqlalchemy.engine import URL

    url = URL.create(
        "postgresql",
        username=user.strip() or None,
        host=host.strip() or None,
        port=port or None,
        database=database.strip() or None,
        query={"sslmode": "require" if tls else "disable"},
    )
    return url.render_as_string(hide_password=False)


def parts(address: str) -> dict:
    """The parts of an address for a form: host, port, database, user and tls."""
    url = server_url(address)
    return {
        "host": url.host or "",
        "port": url.port or 5432,
        "database": url.database or "",
        "user": url.username or "",
        "tls": url.query.get("sslmode", "require") not in ("disable", "allow", "prefer"),
    }


def title(address: str) -> str:
    """A short name for window titles: the database and where it lies."""
    url = server_url(address)
    return f"{url.database} ({url.host})" if url.host else str(url.database)

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

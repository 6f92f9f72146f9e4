"""A throwaway PostgreSQL server for the tests: its own cluster in a temporary folder,
reachable through a Unix socket there (no password) and on the loopback address (with
one), with every safety for crashes turned off (a test database is thrown away anyway).
No service of the system is used or needed.

Needs the server programs (Debian: postgresql) and the driver (psycopg, in the test
extra); without them the tests that use it are skipped and say why. As root, the cluster
runs as the unprivileged user `postgres`, which the Debian package creates: PostgreSQL
refuses to run as root.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

USER = "digiwandel"
PASSWORD = "test-secret"  # for connections over TCP only


def server_bin() -> Path | None:
    """The folder of pg_ctl and initdb: on the PATH, or Debian's newest version."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return versions[-1].parent if versions else None


def why_not() -> str | None:
    """Why no test server can run here (None: it can)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "the PostgreSQL driver psycopg is not installed (pip install -e '.[test]')"
    if server_bin() is None:
        return "the PostgreSQL server programs are not installed (Debian: postgresql)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no user 'postgres' to run the server as"
    return None


class Cluster:
    """One server for the whole test run; `create_database()` gives each test its own."""

    def __init__(self) -> None:
        self.bin = server_bin()
        # Short path: a Unix socket's path may not be longer than about 100 characters.
        self.folder = Path(tempfile.mkdtemp(prefix="dw-pg-"))
        self.data = self.folder / "data"
        self._as_postgres = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> Cluster:
        if self._as_postgres:
            entry = pwd.getpwnam("postgres")
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self._run(
            "initdb", "-D", str(self.data), "--auth-local=trust", "--auth-host=scram-sha-256",
            "-U", USER, "-E", "UTF8",
        )  # fmt: skip
        self.port = _free_port()
        # Also on this computer's loopback address, with a password, as a server in the
        # network is reached (without TLS: the test server has no certificate).
        options = (
            f"-k {self.folder} -c listen_addresses=127.0.0.1 -p {self.port} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w",
            "start",
        )  # fmt: skip
        self._admin(f"ALTER USER {USER} PASSWORD '{PASSWORD}'")
        return self

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{USER}@/{database}?host={self.folder}&port={self.port}"

    def network_address(self, url: str) -> str:
        """The address of the database at `url` over TCP (password PASSWORD), as users
        give it."""
        name = _database(url)
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{name}?sslmode=disable"

    def _admin(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(
            dbname="postgres", user=USER, host=str(self.folder), port=self.port, autocommit=True
        ) as connection:
            connection.execute(statement)

    def create_database(self) -> str:
        """A new, empty database; its URL."""
        name = "test_" + uuid.uuid4().hex[:12]
        self._admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = _database(url)
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _database(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).database

"""Connecting to a database on the test PostgreSQL server, and copying a file there, as
the program window does it (services/server.py)."""

from __future__ import annotations

import pytest

from digiwandel.model.database import open_database
from digiwandel.services.demo import create_demo_file
from digiwandel.services.errors import DomainError
from digiwandel.services.projects import ProjectService
from digiwandel.services.server import ServerProblem, connect, copy_to_server
from tests import postgres


@pytest.fixture
def address(postgres_cluster, pg_url):
    return postgres_cluster.network_address(pg_url)


@pytest.mark.parametrize("password", [None, "wrong"])
def test_a_missing_or_wrong_password_is_a_password_problem(address, password):
    with pytest.raises(ServerProblem) as problem:
        connect(address, password)
    assert problem.value.kind == "password"
    assert "127.0.0.1" in problem.value.where and postgres.PASSWORD not in str(problem.value)


def test_with_the_password_the_database_gets_the_schema(address):
    db = connect(address, postgres.PASSWORD)
    try:
        assert ProjectService(db).list_portfolio() == []
    finally:
        db.close()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("postgresql://anna@127.0.0.1:1/verein?sslmode=disable", "unreachable"),
        ("postgresql://anna@127.0.0.1:notaport/verein", "address"),
    ],
)
def test_other_problems_say_what_they_are(text, kind):
    with pytest.raises(ServerProblem) as problem:
        connect(text, "geheim")
    assert problem.value.kind == kind
    assert "geheim" not in str(problem.value) and "\n" not in problem.value.detail


def test_a_file_is_copied_once_and_counted(tmp_path, address):
    # A file of its own: with --backend postgresql the demo_db fixture is the server's.
    demo_db = open_database(create_demo_file(tmp_path / "demo.sqlite3"))
    expected = [p.title for p in ProjectService(demo_db).list_portfolio()]
    assert copy_to_server(demo_db, address, postgres.PASSWORD) > 0
    db = connect(address, postgres.PASSWORD)
    try:
        assert [p.title for p in ProjectService(db).list_portfolio()] == expected
    finally:
        db.close()
    with pytest.raises(DomainError):  # the database holds data now: never written twice
        copy_to_server(demo_db, address, postgres.PASSWORD)
    demo_db.close()

"""The database on a PostgreSQL server: the same Alembic revisions build the same schema,
the demo and the services work on it unchanged, and a database that is not ours or is newer
than the program is refused without a change. Runs against a throwaway server
(tests/postgres.py); skipped with the reason where none can run."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from digiwandel.model import Base
from digiwandel.model.database import (
    Database,
    DatabaseOpenError,
    current_revision,
    head_revision,
    open_url,
)
from digiwandel.services.demo import DEMO_NAME, populate_demo
from digiwandel.services.errors import DomainError
from digiwandel.services.organisation import OrganisationService


def test_the_migrations_build_the_orm_schema_on_an_empty_server_database(pg_db: Database):
    assert pg_db.engine.dialect.name == "postgresql"
    assert current_revision(pg_db.engine) == head_revision()
    with pg_db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_the_demo_and_the_services_work_on_the_server(pg_db: Database):
    populate_demo(pg_db)
    org = OrganisationService(pg_db)
    assert org.get_profile().name == DEMO_NAME
    assert len(org.list_areas()) == 5
    # the rules of the schema hold there too: a duplicate area is refused in the UI's words
    with pytest.raises(DomainError):
        org.create_area(org.list_areas()[0].name)
    assert len(org.list_areas()) == 5


def test_reopening_keeps_the_data_and_migrates_nothing(pg_url: str):
    db = open_url(pg_url)
    OrganisationService(db).save_profile(name="Verein")
    db.close()
    again = open_url(pg_url)
    try:
        assert OrganisationService(again).get_profile().name == "Verein"
        assert current_revision(again.engine) == head_revision()
    finally:
        again.close()


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return set(inspect(connection).get_table_names())
    finally:
        engine.dispose()


def test_a_newer_database_is_refused_and_left_as_it_was(pg_url: str):
    open_url(pg_url).close()
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    engine.dispose()
    before = _tables(pg_url)

    with pytest.raises(DatabaseOpenError) as refused:
        open_url(pg_url)
    assert refused.value.kind == "newer"
    assert "digiwandel" in str(refused.value.path) and "postgresql" in str(refused.value.path)
    assert _tables(pg_url) == before


def test_a_database_of_another_program_is_refused_and_left_as_it_was(pg_url: str):
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer PRIMARY KEY)"))
    engine.dispose()

    with pytest.raises(DatabaseOpenError) as refused:
        open_url(pg_url)
    assert refused.value.kind == "foreign"
    assert _tables(pg_url) == {"invoices"}

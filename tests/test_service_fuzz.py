"""Hostile values at every service entry point (wrong types, NaN, infinities, huge integers,
NUL bytes, huge texts): each call either works or raises a DomainError, a DomainError leaves
the database unchanged (no commit), and whatever a call stores can be read back, listed and
exported afterwards.

The calls run against one demo database per module, so they meet real rows: ids are drawn
mostly from the small numbers the demo uses. Methods that delete run last so the others
still find something to work on.
"""

from __future__ import annotations

import inspect
import math
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from digiwandel.domain import vocabulary
from digiwandel.model.database import open_database
from digiwandel.services.agenda import AgendaService
from digiwandel.services.base import UnknownFieldsError
from digiwandel.services.check import CheckService
from digiwandel.services.demo import populate_demo
from digiwandel.services.drivers import DriverService
from digiwandel.services.errors import DomainError
from digiwandel.services.organisation import OrganisationService
from digiwandel.services.overview import OverviewService
from digiwandel.services.project_records import RECORD_KINDS, ProjectRecordService
from digiwandel.services.projects import ProjectService
from digiwandel.services.reports import ReportService
from digiwandel.services.strategy import StrategyService
from digiwandel.services.templates import TemplateService
from digiwandel.services.transfer import export_organisation, import_organisation
from digiwandel.services.trash import TrashService

SERVICES = (
    AgendaService,
    CheckService,
    DriverService,
    OrganisationService,
    OverviewService,
    ProjectRecordService,
    ProjectService,
    ReportService,
    StrategyService,
    TemplateService,
    TrashService,
)

# Parameters that are not plain values: a database session, undo snapshots, report requests
# and rendered reports are objects only the program itself builds; file paths are tested
# in test_backups.py and test_check_catalog_import.py.
NOT_PLAIN = {
    "ProjectService.build_project",
    "ProjectService.put_back_checklist_item",
    "OrganisationService.restore_area",
    "OrganisationService.restore_level",
    "ReportService.render",
    "ReportService.resolve",
    "ReportService.store_snapshot",
    "CheckService.import_catalog_file",
}

HOSTILE = st.sampled_from(
    [
        None,
        "",
        "   ",
        "abc",
        "\x00",
        "Name\x00mit NUL",
        "\ud800",  # a lone surrogate cannot be encoded
        "x" * 100_001,
        float("nan"),
        float("inf"),
        -float("inf"),
        -1,
        0,
        2**63,
        2**70,
        -(2**70),
        1.5,
        True,
        [],
        {},
        [1, "a"],
        {"a": 1},
        b"\x00\xff",
        date(1, 1, 1),
        date(9999, 12, 31),
        datetime(2026, 1, 1, 12, 0),
        object(),
    ]
)
IDS = st.integers(min_value=1, max_value=40)
DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
TEXTS = st.text(max_size=30)
CHOICES = st.sampled_from(
    sorted(
        {
            *RECORD_KINDS,
            *vocabulary.REPORT_KINDS,
            *vocabulary.DRIVER_KEYS,
            *vocabulary.PROJECT_STATUSES,
            *vocabulary.STEP_STATUSES,
            *vocabulary.ANSWER_STATUSES,
            *vocabulary.POLICY_CHECK_KINDS,
            *vocabulary.TRAFFIC_LIGHTS,
            "member",
            "lead",
            "level",
        }
    )
)
PLAIN = st.one_of(TEXTS, st.integers(-5, 50), st.floats(allow_nan=False), st.booleans(), DATES)


def value_for(name: str) -> st.SearchStrategy:
    """Mostly a value of the right kind for the parameter, often a hostile one."""
    if name == "expected_version":
        # The row version a form was filled from: the program's own number, never typed;
        # anything but a whole number is a programming error (TypeError), not a refusal.
        return st.one_of(st.none(), st.integers(-2, 20))
    if name.endswith("_id") or name in {"id", "batch"}:
        fitting = IDS
    elif name in {"number", "delta", "limit", "rank", "within_days", "min_score"}:
        fitting = st.integers(-2, 14)
    elif name.endswith("_on") or name == "today":
        fitting = DATES
    elif name in {"kind", "key", "status", "role", "contribution", "finding_key"}:
        fitting = CHOICES
    elif name in {"done", "finished"} or name.startswith("is_"):
        fitting = st.booleans()
    else:
        fitting = PLAIN
    return st.one_of(fitting, fitting, HOSTILE)


def entry_points() -> list[tuple[type, str]]:
    found = []
    for cls in SERVICES:
        for name, _function in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_") or f"{cls.__name__}.{name}" in NOT_PLAIN:
                continue
            found.append((cls, name))
    # Deleting and emptying the trash last: the other calls still meet the demo's rows.
    return sorted(found, key=lambda p: (p[1].startswith(("delete", "empty")), p[0].__name__, p[1]))


WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class Watched:
    """The demo database with a count of committed transactions that wrote something, so
    a refused call is seen to change nothing."""

    def __init__(self, db) -> None:
        self.db = db
        self.commits = 0
        event.listen(db.engine, "before_cursor_execute", self._executing)
        event.listen(db.engine, "commit", self._committed)
        event.listen(db.engine, "rollback", self._rolled_back)

    @staticmethod
    def _executing(connection, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith(WRITES):
            connection.info["wrote"] = True

    def _committed(self, connection) -> None:
        if connection.info.pop("wrote", False):
            self.commits += 1

    @staticmethod
    def _rolled_back(connection) -> None:
        connection.info.pop("wrote", None)


@pytest.fixture(scope="module")
def watched(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("hostile") / "demo.sqlite3")
    populate_demo(db)
    yield Watched(db)
    db.close()


def read_everything(db) -> None:
    """Every list the pages show, for rows a hostile call may have stored."""
    organisation = OrganisationService(db)
    organisation.get_profile()
    organisation.list_persons()
    organisation.list_areas()
    organisation.list_levels()
    projects = ProjectService(db)
    for row in projects.list_portfolio():
        projects.get_project(row.id)
    projects.timeline()
    strategy = StrategyService(db)
    strategy.get_identity()
    for version in strategy.list_versions():
        strategy.list_goals(version.id)
        strategy.alignment(version.id)
    strategy.list_communication()
    check = CheckService(db)
    for assessment in check.list_assessments():
        check.results(assessment.id)
    OverviewService(db).portfolio_counts()
    DriverService(db).list_ratings()
    TrashService(db).list_batches()


_allowed_fields: dict[tuple[str, object], tuple[str, ...]] = {}


def keyword_fields(method, positional: list) -> tuple[str, ...]:
    """The field names a `**values` method accepts, asked from the method itself."""
    key = (method.__qualname__, repr(positional[0]) if positional else None)
    if key not in _allowed_fields:
        try:
            method(*positional, **{"\x00probe": None})
        except UnknownFieldsError as exc:
            _allowed_fields[key] = tuple(sorted(exc.allowed))
        except DomainError:
            return ()  # e.g. an unknown kind: no field list to learn from
        else:  # pragma: no cover - a probe field must never be accepted
            pytest.fail(f"{method.__qualname__} accepted an unknown field")
    return _allowed_fields[key]


@pytest.mark.parametrize(
    ("cls", "name"), entry_points(), ids=lambda v: v if isinstance(v, str) else v.__name__
)
@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_hostile_values_give_a_domain_error_and_change_nothing(watched, cls, name, data):
    service = cls(watched.db)
    method = getattr(service, name)
    positional: list = []
    keywords: dict = {}
    takes_values = False
    for parameter in inspect.signature(method).parameters.values():
        if parameter.kind is parameter.VAR_KEYWORD:
            takes_values = True
            continue
        if parameter.kind is parameter.VAR_POSITIONAL:
            continue
        if parameter.default is not parameter.empty and data.draw(st.booleans()):
            continue  # leave the default
        value = data.draw(value_for(parameter.name), label=parameter.name)
        if parameter.kind is parameter.KEYWORD_ONLY:
            keywords[parameter.name] = value
        else:
            positional.append(value)
    if takes_values:
        fields = keyword_fields(method, positional)
        for field in data.draw(st.lists(st.sampled_from(fields), max_size=3)) if fields else ():
            keywords[field] = data.draw(value_for(field), label=field)

    commits = watched.commits
    try:
        method(*positional, **keywords)
    except DomainError as exc:
        assert watched.commits == commits, f"{name} was refused but committed a change"
        assert str(exc).strip(), "a refusal says why"
    if watched.commits != commits:
        read_everything(watched.db)


def test_after_the_hostile_calls_everything_exports_and_imports(watched, tmp_path):
    """Whatever the hostile calls stored is sound: the file passes the integrity check and
    the whole organisation exports and imports into an empty database."""
    with watched.db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    document = export_organisation(watched.db)
    target = open_database(tmp_path / "copy.sqlite3")
    try:
        import_organisation(target, document, backup=False)
    finally:
        target.close()
    assert not any(isinstance(v, float) and not math.isfinite(v) for v in _values(document)), (
        "no NaN or infinity was stored"
    )


def _values(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from _values(value)
    elif isinstance(node, list):
        for value in node:
            yield from _values(value)
    else:
        yield node


def test_texts_with_control_characters_are_refused_and_word_line_breaks_kept():
    from digiwandel.services.base import MSG_CONTROL_CHARACTERS, MSG_TEXT, checked_text

    assert checked_text("Zeile 1\x0bZeile 2\tEnde\r\n") == "Zeile 1\nZeile 2\tEnde\r\n"
    assert checked_text(None) == ""
    for bad, message in (
        ("a\x00b", MSG_CONTROL_CHARACTERS),
        ("\x1b[31m", MSG_CONTROL_CHARACTERS),
        ("\ud800", MSG_CONTROL_CHARACTERS),
        (12, MSG_TEXT),
        (b"abc", MSG_TEXT),
    ):
        with pytest.raises(DomainError) as raised:
            checked_text(bad, field="name")
        assert (raised.value.message, raised.value.field) == (message, "name")


def test_only_whole_numbers_in_range_are_row_ids():
    from digiwandel.services.base import MAX_ROW_ID, row_id

    assert [row_id(v) for v in (1, 7.0, MAX_ROW_ID)] == [1, 7, MAX_ROW_ID]
    for bad in (0, -1, MAX_ROW_ID + 1, 2**70, 1.5, float("nan"), True, "3", None, [1]):
        assert row_id(bad) is None, bad

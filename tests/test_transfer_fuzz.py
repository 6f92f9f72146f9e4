"""Hostile and malformed import documents: each is refused with a DomainError, and the
database stays exactly as it was (property-based, 1,000+ documents)."""

from __future__ import annotations

import copy
import json
from collections import Counter
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from digiwandel.model import Base
from digiwandel.model.database import open_database
from digiwandel.services.demo import populate_demo
from digiwandel.services.errors import DomainError
from digiwandel.services.projects import ProjectService
from digiwandel.services.strategy import StrategyService
from digiwandel.services.transfer import dumps, export_organisation, import_organisation
from digiwandel.services.transfer.schema import exported_tables

HUGE_TEXT = "x" * 5_000_001  # longer than any text field allows


@pytest.fixture(scope="module")
def small_document(tmp_path_factory):
    """A valid document with a bit of everything: persons, a measure with its 12 steps,
    a strategy with goal, indicator and measurement."""
    db = open_database(tmp_path_factory.mktemp("fuzz") / "source.sqlite3")
    try:
        populate_demo(db)
        ProjectService(db).create_project("Online-Beratung", owner_id=1, drivers=("cloud",))
        strategy = StrategyService(db)
        version = strategy.create_first("Digitalstrategie 2026")
        strategy.add_team_member(version.id, 2, "lead")
        goal = strategy.create_goal(version.id, "Beratung auch online", owner_id=3)
        indicator = strategy.create_indicator(goal.id, "Online-Termine")
        strategy.add_measurement(indicator.id, date(2026, 1, 15), 12.0)
        document = export_organisation(db)
    finally:
        db.close()
    # the starting point itself is importable
    target = open_database(tmp_path_factory.mktemp("fuzz-ok") / "target.sqlite3")
    try:
        import_organisation(target, copy.deepcopy(document), backup=False)
    finally:
        target.close()
    return document


@pytest.fixture(scope="module")
def target(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("fuzz-target") / "target.sqlite3")
    yield db
    db.close()


def row_counts(db) -> tuple[int, ...]:
    with db.engine.connect() as connection:
        return tuple(
            connection.scalar(select(func.count()).select_from(Base.metadata.tables[name]))
            for name in exported_tables()
        )


def locations(value, path=()):
    """Every place in the document: (path to the container, key or index)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield path, key
            yield from locations(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield path, index
            yield from locations(item, (*path, index))


def container(document, path):
    for part in path:
        document = document[part]
    return document


def deep(depth: int):
    value: object = []
    for _ in range(depth):
        value = [value]
    return value


def wrong_type_for(value) -> list:
    """Values of a JSON type the field can never have (no field takes two of these types)."""
    if isinstance(value, bool):
        return [1, "true", [], {}]
    if isinstance(value, int):
        return ["1", [], {}, True, 1.5]
    if isinstance(value, float):
        return ["1.0", [], {}, True]
    if isinstance(value, str):
        return [1, 1.0, [], {}, True]
    if value is None:
        return [[], {}]
    if isinstance(value, list):
        return ["", 0, {}, None]
    return [[], 0, "", None]  # an object


HOSTILE = [
    float("nan"),
    float("inf"),
    -float("inf"),
    2**64,
    -(2**63) - 1,
    10**400,
    HUGE_TEXT,
    "a\x00b",
    deep(5_000),
]


@st.composite
def mutated(draw, base):
    document = copy.deepcopy(base)
    places = list(locations(document))
    kind = draw(
        st.sampled_from(
            [
                "wrong_type",
                "hostile",
                "missing",
                "unknown",
                "reference",
                "duplicate_id",
                "copied_record",
                "bad_date",
                "top_level",
            ]
        )
    )
    if kind == "top_level":
        key = draw(st.sampled_from(sorted(document)))
        choice = draw(st.sampled_from(["delete", "garbage"]))
        if choice == "delete":
            del document[key]
        else:
            document[key] = draw(st.sampled_from(wrong_type_for(document[key])))
        return kind, document
    if kind == "wrong_type":
        path, key = draw(st.sampled_from(places))
        holder = container(document, path)
        holder[key] = draw(st.sampled_from(wrong_type_for(holder[key])))
    elif kind == "hostile":
        path, key = draw(st.sampled_from(places))
        holder = container(document, path)
        # each of these is wrong for every field: no type, range or length takes it
        value = draw(st.sampled_from(HOSTILE))
        holder[key] = value
    elif kind == "missing":
        records = [(p, k) for p, k in places if isinstance(k, str) and len(p) > 0]
        path, key = draw(st.sampled_from(records))
        del container(document, path)[key]
    elif kind == "unknown":
        dicts = [container(document, (*p, k)) for p, k in places]
        dicts = [d for d in dicts if isinstance(d, dict)] + [document]
        target_dict = draw(st.sampled_from(dicts))
        name = draw(st.text(min_size=1, max_size=20).filter(lambda s: s not in target_dict))
        target_dict[name] = draw(st.sampled_from([0, "", None, [], {}]))
    elif kind == "reference":
        refs = [
            (p, k)
            for p, k in places
            if isinstance(k, str)
            and k.endswith("_id")
            and isinstance(container(document, p)[k], int)
        ]
        path, key = draw(st.sampled_from(refs))
        container(document, path)[key] = draw(st.integers(10_000, 2**62))
    elif kind in ("duplicate_id", "copied_record"):
        lists = [container(document, (*p, k)) for p, k in places]
        lists = [
            value
            for value in lists
            if isinstance(value, list) and value and isinstance(value[0], dict) and "id" in value[0]
        ]
        records = draw(st.sampled_from([v for v in lists if len(v) > 1] or lists))
        if kind == "copied_record" or len(records) < 2:
            records.append(copy.deepcopy(draw(st.sampled_from(records))))
        else:
            i, j = draw(st.permutations(range(len(records))))[:2]
            records[j]["id"] = records[i]["id"]
    elif kind == "bad_date":
        dated = [
            (p, k)
            for p, k in places
            if isinstance(k, str) and k.endswith(("_on", "_at")) and p  # fields, not the header
        ]
        path, key = draw(st.sampled_from(dated))
        container(document, path)[key] = draw(
            st.sampled_from(["2025-02-30", "2025-13-01", "01.02.2025", "", "2025-1-1", "today"])
        )
    return kind, document


@st.composite
def broken_bytes(draw, base):
    data = dumps(base)
    choice = draw(st.sampled_from(["truncate", "garbage", "nesting", "nan", "twice"]))
    if choice == "truncate":
        return choice, data[: draw(st.integers(0, len(data) - 3))]
    if choice == "garbage":
        return choice, draw(st.binary(max_size=200))
    if choice == "nesting":
        depth = draw(st.integers(5_000, 200_000))
        return choice, b"[" * depth + b"]" * depth
    if choice == "nan":
        return choice, data.replace(b'"version": 1', b'"version": NaN', 1)
    return choice, data.replace(b'"version": 1', b'"version": 1, "version": 1', 1)


def test_hostile_documents_are_refused_and_change_nothing(small_document, target):
    before = row_counts(target)
    seen: Counter[str] = Counter()

    @settings(
        max_examples=1000,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )
    @given(case=st.one_of(mutated(small_document), broken_bytes(small_document)))
    def check(case):
        kind, document = case
        seen[kind] += 1
        with pytest.raises(DomainError) as caught:
            import_organisation(target, document, backup=False)
        assert caught.value.render().strip(), kind
        assert row_counts(target) == before

    check()
    assert sum(seen.values()) >= 1000
    assert len(seen) == 9 + 5, seen  # every kind of damage was tried


def test_garbage_json_values_are_refused(target):
    before = row_counts(target)
    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
        lambda children: st.lists(children) | st.dictionaries(st.text(), children),
        max_leaves=20,
    )

    @settings(max_examples=200, deadline=None, database=None)
    @given(value=json_values)
    def check(value):
        with pytest.raises(DomainError):
            import_organisation(target, value if isinstance(value, dict) else [value])
        with pytest.raises(DomainError):
            import_organisation(target, json.dumps(value).encode())

    check()
    assert row_counts(target) == before

"""Question catalog files: strict validation with messages that name place and problem.

The tests build small catalogs themselves (`catalog_dict`) and break them in specific ways;
they never depend on the shipped default catalog, except the one test that checks it when
it exists. A hypothesis test imports hundreds of mutated catalogs through CheckService and
checks that a bad file is refused with a DomainError and leaves nothing behind.
"""

from __future__ import annotations

import atexit
import copy
import json
import shutil
import tempfile
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from digiwandel.domain.catalog import (
    LEVEL_COUNT,
    MAX_FILE_BYTES,
    CatalogError,
    CatalogFile,
    Problem,
    parse_catalog,
)
from digiwandel.model.assessment import Catalog, CatalogDimension, CatalogItem, CatalogItemLevel
from digiwandel.model.database import Database, open_database
from digiwandel.paths import resources_dir
from digiwandel.services import check as messages
from digiwandel.services.check import CheckService
from digiwandel.services.errors import DomainError

# ---- building catalogs ----------------------------------------------------------------------


def text(label: str) -> dict[str, str]:
    return {"de": f"{label} (de)", "en": f"{label} (en)"}


def level_dict(number: int, item_key: str = "") -> dict:
    return {
        "statement": text(f"{item_key} Stufe {number}"),
        "next_step": text(f"{item_key} nächster Schritt {number}"),
    }


def item_dict(key: str, relevance: int = 1, tags: tuple[str, ...] = ()) -> dict:
    return {
        "key": key,
        "question": text(f"Frage {key}"),
        "explanation": text(f"Erklärung {key}"),
        "relevance": relevance,
        "tags": list(tags),
        "levels": [level_dict(n, key) for n in range(LEVEL_COUNT)],
    }


def dimension_dict(
    key: str,
    item_count: int,
    *,
    module: bool = False,
    weight: float = 1.0,
    recommendations: tuple[str, ...] = (),
    tags: dict[int, tuple[str, ...]] | None = None,
) -> dict:
    tags = tags or {}
    return {
        "key": key,
        "title": {"de": f"Dimension {key}", "en": f"Dimension {key}"},
        "description": text(f"Beschreibung {key}"),
        "weight": weight,
        "module": module,
        "recommendations": list(recommendations),
        "items": [
            item_dict(f"{key}.{n + 1}", relevance=(n % 3), tags=tags.get(n, ()))
            for n in range(item_count)
        ],
    }


def catalog_dict(
    key: str = "test-katalog",
    version: str = "2026.1",
    dimensions: list[dict] | None = None,
) -> dict:
    """A valid catalog: by default two dimensions and one module, two items each."""
    if dimensions is None:
        dimensions = [
            dimension_dict("strategy", 2, recommendations=("strategic_anchoring",)),
            dimension_dict("collaboration", 2, recommendations=("status_quo_survey",)),
            dimension_dict("green", 2, module=True),
        ]
    return {
        "schema_version": 1,
        "key": key,
        "version": version,
        "title": {"de": "Testkatalog", "en": "Test catalog"},
        "description": text("Ein kleiner Katalog für Tests"),
        "dimensions": dimensions,
    }


def encode(catalog: dict, *, indent: int | None = 2) -> bytes:
    return json.dumps(catalog, ensure_ascii=False, indent=indent).encode("utf-8")


def location_of(path: tuple) -> str:
    """("dimensions", 1, "key") -> "dimensions[1].key", the way messages write places."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else ("." if out else "") + part
    return out


def problems_of(data: bytes) -> list[Problem]:
    with pytest.raises(CatalogError) as info:
        parse_catalog(data)
    assert info.value.problems, "a refused file must name at least one problem"
    return info.value.problems


def only_problem(data: bytes) -> Problem:
    problems = problems_of(data)
    assert len(problems) == 1, problems
    return problems[0]


# ---- the valid base ---------------------------------------------------------------------------


def test_the_base_catalog_is_valid() -> None:
    parsed = parse_catalog(encode(catalog_dict()))
    assert isinstance(parsed, CatalogFile)
    assert [d.key for d in parsed.dimensions] == ["strategy", "collaboration", "green"]
    assert [d.module for d in parsed.dimensions] == [False, False, True]
    assert all(len(i.levels) == LEVEL_COUNT for d in parsed.dimensions for i in d.items)


def test_optional_fields_take_their_defaults() -> None:
    catalog = catalog_dict()
    dimension = catalog["dimensions"][0]
    for key in ("weight", "module", "recommendations"):
        del dimension[key]
    for key in ("relevance", "tags"):
        del dimension["items"][0][key]
    parsed = parse_catalog(encode(catalog))
    assert parsed.dimensions[0].weight == 1.0
    assert parsed.dimensions[0].module is False
    assert parsed.dimensions[0].recommendations == []
    assert parsed.dimensions[0].items[0].relevance == 1
    assert parsed.dimensions[0].items[0].tags == []


def test_a_byte_order_mark_is_accepted() -> None:
    assert parse_catalog(b"\xef\xbb\xbf" + encode(catalog_dict())).key == "test-katalog"


def test_catalog_error_message_names_every_place() -> None:
    error = CatalogError([Problem("dimensions[0].key", "bad_key", "x"), Problem("", "syntax", "y")])
    assert str(error) == "dimensions[0].key: x; (file): y"


# ---- syntax and file-level problems ----------------------------------------------------------


def test_broken_json_syntax_names_line_and_column() -> None:
    lines = encode(catalog_dict()).decode().splitlines()
    number = next(n for n, line in enumerate(lines) if line.strip().startswith('"version"'))
    lines[number] = lines[number].rstrip(",")  # the comma after "version" is missing
    problem = only_problem("\n".join(lines).encode())
    # The parser stumbles over the next key: one line further down, after its indentation.
    next_line = lines[number + 1]
    column = len(next_line) - len(next_line.lstrip()) + 1
    assert problem.location == f"line {number + 2}, column {column}"
    assert problem.kind == "syntax"
    assert "delimiter" in problem.detail


def test_unclosed_file_is_a_syntax_error() -> None:
    problem = only_problem(encode(catalog_dict())[:-1])
    assert problem.kind == "syntax"
    assert problem.location.startswith("line ")


@pytest.mark.parametrize("data", [b"", b"   \n\t  \r\n", b"\xef\xbb\xbf"])
def test_empty_file(data: bytes) -> None:
    problem = only_problem(data)
    # a file holding only a byte order mark is empty as well, or at least never valid
    assert problem.kind in ("empty_file", "syntax")
    if not data.strip(b" \n\t\r"):
        assert problem.kind == "empty_file"
        assert problem.location == ""


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)),  # not UTF-8 at all
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,  # an image picked by mistake
        b"PK\x03\x04" + bytes(range(200, 256)),  # a zip / docx
        json.dumps(catalog_dict()).encode("utf-16"),  # the right content, wrong encoding
        b"\x00\x01\x02\x03",  # valid UTF-8 control characters, but no JSON
    ],
)
def test_binary_bytes_are_refused(data: bytes) -> None:
    problem = only_problem(data)
    assert problem.kind in ("not_text", "syntax")
    assert problem.detail


def test_a_file_larger_than_two_megabytes_is_refused_unread() -> None:
    catalog = catalog_dict()
    catalog["description"]["de"] = "x" * MAX_FILE_BYTES
    problem = only_problem(encode(catalog))
    assert problem.kind == "too_large"
    assert problem.location == ""


def test_size_limit_comes_before_the_empty_check() -> None:
    # Megabytes of blanks are not "empty" but too large: they are refused without a scan.
    assert only_problem(b" " * (MAX_FILE_BYTES + 1)).kind == "too_large"


@pytest.mark.parametrize("data", [b"[]", b'"Katalog"', b"42", b"null", b"NaN", b"[{}]"])
def test_the_file_must_hold_one_object(data: bytes) -> None:
    problem = only_problem(data)
    assert problem.kind == "type"
    assert problem.location == ""


@pytest.mark.parametrize(
    "data",
    [
        b"[" * 100_000,
        b"[" * 100_000 + b"]" * 100_000,
        b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    ],
)
def test_deeply_nested_json_is_refused_without_recursion_error(data: bytes) -> None:
    assert only_problem(data).kind == "syntax"


@pytest.mark.parametrize("depth", [10, 500, 980, 990, 1_000, 3_000, 20_000])
def test_deep_nesting_inside_a_catalog_is_refused_without_recursion_error(depth: int) -> None:
    body = encode(catalog_dict(), indent=None).decode()
    nested = "[" * depth + "]" * depth
    data = body.replace('"tags": []', f'"tags": {nested}', 1).encode()
    problems = problems_of(data)  # whatever the depth: a CatalogError, never RecursionError
    assert problems[0].kind in ("syntax", "type")


def test_integer_with_thousands_of_digits_is_a_syntax_problem() -> None:
    # json.loads raises a plain ValueError (not JSONDecodeError) above 4300 digits
    data = encode(catalog_dict()).replace(
        b'"schema_version": 1', b'"schema_version": ' + b"1" * 5000
    )
    problem = only_problem(data)
    assert problem.kind == "syntax"
    assert "digits" in problem.detail


# ---- structural problems ----------------------------------------------------------------------


def test_too_few_levels_names_the_item() -> None:
    catalog = catalog_dict()
    del catalog["dimensions"][1]["items"][0]["levels"][3]
    problem = only_problem(encode(catalog))
    assert problem.location == "dimensions[1].items[0].levels"
    assert problem.kind == "too_few"
    assert "4" in problem.detail


def test_too_many_levels_names_the_item() -> None:
    catalog = catalog_dict()
    levels = catalog["dimensions"][0]["items"][1]["levels"]
    levels.append(copy.deepcopy(levels[0]))
    problem = only_problem(encode(catalog))
    assert (problem.location, problem.kind) == ("dimensions[0].items[1].levels", "too_many")


def test_missing_levels_names_the_item() -> None:
    catalog = catalog_dict()
    del catalog["dimensions"][1]["items"][0]["levels"]
    problem = only_problem(encode(catalog))
    assert (problem.location, problem.kind) == ("dimensions[1].items[0].levels", "missing")


def test_missing_text_of_a_level_names_language() -> None:
    catalog = catalog_dict()
    del catalog["dimensions"][0]["items"][1]["levels"][2]["next_step"]["de"]
    problem = only_problem(encode(catalog))
    assert problem.location == "dimensions[0].items[1].levels[2].next_step.de"
    assert problem.kind == "missing"


def test_blank_text_is_empty() -> None:
    catalog = catalog_dict()
    catalog["dimensions"][0]["items"][0]["question"]["de"] = "   "
    problem = only_problem(encode(catalog))
    assert (problem.location, problem.kind) == ("dimensions[0].items[0].question.de", "empty")


def test_duplicate_dimension_key() -> None:
    catalog = catalog_dict()
    catalog["dimensions"][1]["key"] = "strategy"
    problem = only_problem(encode(catalog))
    assert problem.location == "dimensions"
    assert problem.kind == "duplicate"
    assert "strategy" in problem.detail and "dimension" in problem.detail


def test_duplicate_item_key_across_dimensions() -> None:
    catalog = catalog_dict()
    catalog["dimensions"][2]["items"][1]["key"] = "strategy.1"
    problem = only_problem(encode(catalog))
    assert problem.location == "dimensions"
    assert problem.kind == "duplicate"
    assert "strategy.1" in problem.detail and "item" in problem.detail


def test_duplicate_item_key_inside_one_dimension() -> None:
    catalog = catalog_dict()
    catalog["dimensions"][0]["items"][1]["key"] = "strategy.1"
    problem = only_problem(encode(catalog))
    assert (problem.location, problem.kind) == ("dimensions[0].items", "duplicate")
    assert "strategy.1" in problem.detail


def test_relevance_as_word_is_refused_at_its_place() -> None:
    catalog = catalog_dict()
    catalog["dimensions"][0]["items"][1]["relevance"] = "hoch"
    problem = only_problem(encode(catalog))
    assert problem.location == "dimensions[0].items[1].relevance"
    assert problem.kind in ("type", "not_allowed")


@pytest.mark.parametrize("value", [True, False, 1.0, 2.0, 0.5, 3, -1, None, [1], {"v": 1}])
def test_relevance_must_be_exactly_0_1_or_2(value) -> None:
    # `true` and `2.0` compare equal to 1 and 2 in Python; they must still be refused
    catalog = catalog_dict()
    catalog["dimensions"][1]["items"][0]["relevance"] = value
    problem = only_problem(encode(catalog))
    assert problem.location == "dimensions[1].items[0].relevance"
    assert problem.kind in ("type", "not_allowed")


@pytest.mark.parametrize("value", [True, 1.0, "1", 2, 0])
def test_schema_version_must_be_the_number_1(value) -> None:
    catalog = catalog_dict()
    catalog["schema_version"] = value
    problem = only_problem(encode(catalog))
    assert problem.location == "schema_version"
    assert problem.kind in ("type", "not_allowed")


@pytest.mark.parametrize(
    ("path", "value", "kind"),
    [
        (("dimensions", 0, "weight"), "1", "type"),
        (("dimensions", 0, "weight"), True, "type"),
        (("dimensions", 0, "weight"), 0, "out_of_range"),
        (("dimensions", 0, "weight"), 11, "out_of_range"),
        (("dimensions", 0, "module"), 1, "type"),
        (("dimensions", 0, "module"), "ja", "type"),
        (("dimensions", 0, "recommendations", 0), "mehr Geld", "not_allowed"),
        (("dimensions", 1, "key"), "Zusammenarbeit", "bad_key"),
        (("dimensions", 1, "items", 0, "tags", 0), "Außen", "bad_key"),
        (("dimensions", 1, "items", 0, "tags"), "external", "type"),
        (("dimensions", 1, "items", 0, "question"), "Frage?", "type"),
        (("dimensions", 1, "items"), [], "too_few"),
        (("dimensions",), [], "too_few"),
        (("title", "de"), "x" * 301, "too_long"),
        (("version",), "", "empty"),
        (("key",), 7, "type"),
    ],
)
def test_wrong_values_name_their_place(path: tuple, value, kind: str) -> None:
    catalog = catalog_dict()
    if path[-2:] == ("tags", 0):
        catalog["dimensions"][1]["items"][0]["tags"] = ["external"]
    target = catalog
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    problem = only_problem(encode(catalog))
    assert problem.location == location_of(path)
    assert problem.kind == kind


def test_unknown_field_is_refused_at_its_place() -> None:
    catalog = catalog_dict()
    catalog["dimensions"][2]["items"][1]["gewichtung"] = 2
    problem = only_problem(encode(catalog))
    assert problem.location == "dimensions[2].items[1].gewichtung"
    assert problem.kind == "unknown_field"


def test_unknown_top_level_field() -> None:
    catalog = catalog_dict()
    catalog["author"] = "Dachverband"
    assert only_problem(encode(catalog)).location == "author"


def test_several_problems_are_all_named_but_at_most_twenty() -> None:
    catalog = catalog_dict()
    catalog["dimensions"][0]["items"][0]["relevance"] = "hoch"
    catalog["dimensions"][1]["items"][1]["levels"] = []
    locations = {p.location for p in problems_of(encode(catalog))}
    assert locations == {"dimensions[0].items[0].relevance", "dimensions[1].items[1].levels"}

    many = catalog_dict()
    for dimension in many["dimensions"]:
        for item in dimension["items"]:
            item["x1"] = item["x2"] = item["x3"] = item["x4"] = 1
    assert len(problems_of(encode(many))) == 20


def test_lone_surrogate_in_a_text_is_refused() -> None:
    # valid JSON ("\ud800" escape) but not storable text
    data = encode(catalog_dict(), indent=None).replace(b'"Testkatalog"', b'"\\ud800"')
    problem = only_problem(data)
    assert problem.location == "title.de"


# ---- the shipped default catalog ------------------------------------------------------------


def test_shipped_default_catalog_if_present() -> None:
    path = resources_dir() / "catalogs" / "default.json"
    if not path.exists():
        pytest.skip("default.json is not there yet")
    parsed = parse_catalog(path.read_bytes())
    core = [d for d in parsed.dimensions if not d.module]
    assert len(core) == 9
    assert 40 <= sum(len(d.items) for d in core) <= 45


# ---- through the service ---------------------------------------------------------------------


def catalog_counts(db: Database) -> tuple[int, int, int, int]:
    with db.sessions() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(cls))
            for cls in (Catalog, CatalogDimension, CatalogItem, CatalogItemLevel)
        )


def _broken(change) -> bytes:
    catalog = catalog_dict()
    change(catalog)
    return encode(catalog)


def _drop_level(catalog: dict) -> None:
    del catalog["dimensions"][1]["items"][0]["levels"][0]


def _duplicate_dimension(catalog: dict) -> None:
    catalog["dimensions"][1]["key"] = "strategy"


def _relevance_word(catalog: dict) -> None:
    catalog["dimensions"][0]["items"][1]["relevance"] = "hoch"


def _unknown_field(catalog: dict) -> None:
    catalog["dimensions"][0]["farbe"] = "blau"


BAD_FILES = [
    ("syntax.json", encode(catalog_dict())[:-3], "line "),
    ("levels.json", _broken(_drop_level), "dimensions[1].items[0].levels"),
    ("dupe.json", _broken(_duplicate_dimension), "dimensions"),
    ("relevance.json", _broken(_relevance_word), "dimensions[0].items[1].relevance"),
    ("extra.json", _broken(_unknown_field), "dimensions[0].farbe"),
    ("empty.json", b"", "empty"),
    # (the user reads our words, not Python's or the validator's)
    ("bild.json", bytes(range(256)), "not UTF-8 text"),
    ("gross.json", b" " * (MAX_FILE_BYTES + 10), "larger than 2 MB"),
    ("tief.json", b"[" * 50_000, "not valid JSON"),
    ("liste.json", b"[1, 2]", "object"),
    ("zahl.json", b'{"schema_version": ' + b"9" * 5000 + b"}", "not valid JSON"),
]


@pytest.mark.parametrize(("name", "data", "where"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_import_of_a_bad_file_names_file_and_place(
    db: Database, name: str, data: bytes, where: str
) -> None:
    check = CheckService(db)
    before = catalog_counts(db)
    with pytest.raises(DomainError) as info:
        check.import_catalog_bytes(data, name)
    message = info.value.render()
    assert info.value.message == messages.MSG_CATALOG_INVALID
    assert info.value.field == "file"
    assert name in message
    assert where in message
    assert catalog_counts(db) == before
    assert check.list_catalogs() == []


def test_import_file_from_disk_and_unreadable_file(db: Database, tmp_path: Path) -> None:
    check = CheckService(db)
    path = tmp_path / "verband.json"
    path.write_bytes(encode(catalog_dict()))
    row = check.import_catalog_file(path)
    assert (row.key, row.version, row.dimension_count, row.item_count) == (
        "test-katalog",
        "2026.1",
        2,
        4,
    )
    with pytest.raises(DomainError) as info:
        check.import_catalog_file(tmp_path / "fehlt.json")
    assert info.value.message == messages.MSG_CATALOG_UNREADABLE
    assert "fehlt.json" in info.value.render()


def test_a_valid_import_stores_every_level(db: Database) -> None:
    check = CheckService(db)
    check.import_catalog_bytes(encode(catalog_dict()), "ok.json")
    assert catalog_counts(db) == (1, 3, 6, 6 * LEVEL_COUNT)


# ---- hypothesis: hundreds of malformed catalogs --------------------------------------------

# English texts may be left out (German is shown instead).
OPTIONAL_KEYS = frozenset(
    {"weight", "module", "recommendations", "relevance", "tags", "audience", "en"}
)


@cache
def shared_database() -> Database:
    """One database for the whole property test (function-scoped fixtures would be reset
    between examples only in appearance); removed when the test run ends."""
    folder = Path(tempfile.mkdtemp(prefix="digiwandel-catalog-fuzz-"))
    database = open_database(folder / "fuzz.sqlite3")

    def cleanup() -> None:
        database.close()
        shutil.rmtree(folder, ignore_errors=True)

    atexit.register(cleanup)
    return database


def _paths(node, prefix=()):
    """Every (path, value) below the root, depth first."""
    if isinstance(node, dict):
        children = node.items()
    elif isinstance(node, list):
        children = enumerate(node)
    else:
        return
    for key, value in children:
        yield (*prefix, key), value
        yield from _paths(value, (*prefix, key))


def _parent(root, path):
    for part in path[:-1]:
        root = root[part]
    return root


def _json_kind(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "str"
    if isinstance(value, list):
        return "list"
    return "object"


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats()
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=8,
)


@st.composite
def malformed_catalogs(draw):
    """(file bytes, expected validity: True / False / None for "cannot tell", description)."""
    catalog = catalog_dict(version="fuzz")
    mutation = draw(
        st.sampled_from(["delete_key", "replace_value", "duplicate_element", "truncate", "insert"])
    )
    expected: bool | None = False
    description = mutation
    if mutation == "delete_key":
        candidates = [p for p, _ in _paths(catalog) if isinstance(p[-1], str)]
        path = draw(st.sampled_from(candidates))
        del _parent(catalog, path)[path[-1]]
        expected = path[-1] in OPTIONAL_KEYS
        description += f" {path}"
    elif mutation == "replace_value":
        path, old = draw(st.sampled_from(list(_paths(catalog))))
        new = draw(json_values.filter(lambda v: _json_kind(v) != _json_kind(old)))
        _parent(catalog, path)[path[-1]] = new
        # A whole number where a decimal is expected may happen to be a valid weight.
        expected = None if _json_kind(old) == "float" and _json_kind(new) == "int" else False
        description += f" {path} = {new!r}"
    elif mutation == "duplicate_element":
        lists = [
            value
            for _, value in _paths(catalog)
            if isinstance(value, list) and value and isinstance(value[0], dict)
        ]
        target = draw(st.sampled_from(lists))  # dimensions, items (same key) or levels (five)
        element = copy.deepcopy(draw(st.sampled_from(target)))
        target.insert(draw(st.integers(0, len(target))), element)
        description += f" {element.get('key', 'level')}"
    data = encode(catalog, indent=draw(st.sampled_from([None, 2])))
    if mutation == "truncate":
        data = data[: draw(st.integers(0, len(data) - 1))]
    elif mutation == "insert":
        position = draw(st.integers(0, len(data)))
        data = data[:position] + draw(st.binary(min_size=1, max_size=12)) + data[position:]
        expected = None  # a letter inside a text keeps the file valid
    return data, expected, description


@settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=malformed_catalogs())
def test_malformed_catalogs_are_refused_and_leave_nothing_behind(case) -> None:
    data, expected, description = case
    database = shared_database()
    check = CheckService(database)
    before = catalog_counts(database)
    try:
        row = check.import_catalog_bytes(data, "verband.json")
    except DomainError as exc:
        assert expected is not True, f"valid catalog refused ({description}): {exc}"
        assert exc.message == messages.MSG_CATALOG_INVALID, exc.render()
        assert "verband.json" in exc.render()
        assert catalog_counts(database) == before, description
    else:
        assert expected is not False, f"broken catalog imported ({description})"
        after = catalog_counts(database)
        assert after[0] == before[0] + 1
        assert after[1] - before[1] == row.dimension_count + len(row.modules)
        assert (after[3] - before[3]) == (after[2] - before[2]) * LEVEL_COUNT
        # Remove it again, so the next example may import the same key and version.
        with database.sessions() as session, session.begin():
            session.delete(session.get(Catalog, row.id))
        assert catalog_counts(database) == before


def test_a_field_given_twice_is_refused_not_silently_overwritten():
    from digiwandel.domain.catalog import CatalogError, parse_catalog

    data = b'{"schema_version": 1, "key": "a", "key": "b"}'
    with pytest.raises(CatalogError) as info:
        parse_catalog(data)
    assert info.value.problems[0].kind == "duplicate"
    assert "'key'" in info.value.problems[0].detail

"""The question catalog file format (schema version 1) and its validation.

A catalog is a JSON file; `resources/catalogs/README.md` documents the format. Validation
is strict: a file either passes completely or is refused with messages that name the place
inside the file (for example ``dimensions[3].items[2].levels``) and what is wrong there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

SCHEMA_VERSION = 1
MAX_FILE_BYTES = 2 * 1024 * 1024  # a catalog is text; anything larger is not a catalog
LEVEL_COUNT = 4  # 0 nicht begonnen, 1 erste Schritte, 2 teilweise etabliert, 3 fest etabliert

# Item tags the findings rules understand; other tags are allowed and ignored.
KNOWN_TAGS = (
    "cross_department",  # collaboration across areas (silo thinking)
    "external",  # clients, funders, partners, peers (initial diagnosis)
    "innovation",  # trying new things, learning from mistakes
    "funding",  # budgets, refinancing, grants
    "monitoring",  # measuring and reviewing digital work over time
    "volunteers",
    "accessibility",
    "strategy",
)

# The article's recommendations; dimensions name those that answer their weak spots.
RECOMMENDATION_KEYS = (
    "strategic_anchoring",
    "status_quo_survey",
    "organisational_identity",
    "overarching_strategy",
    "aligned_measures",
    "project_management",
    "communication",
)

Key = Annotated[str, Field(min_length=1, max_length=80, pattern=r"^[a-z0-9][a-z0-9_.-]*$")]
ShortText = Annotated[str, Field(min_length=1, max_length=200)]  # = the database column
LongText = Annotated[str, Field(min_length=1, max_length=4000)]


def _whole_number(value: object) -> object:
    # Literal[0, 1, 2] alone lets `true` through as 1 and `2.0` as 2 (they compare equal).
    if isinstance(value, (bool, float)):
        raise PydanticCustomError("int_type", "Input should be a whole number")
    return value


Relevance = Annotated[Literal[0, 1, 2], BeforeValidator(_whole_number)]
SchemaVersion = Annotated[Literal[1], BeforeValidator(_whole_number)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, strict=True)


class Text(_Strict):
    """A text in both languages of the program."""

    de: LongText
    en: LongText


class Title(_Strict):
    de: ShortText
    en: ShortText


class Level(_Strict):
    statement: Text
    next_step: Text


class Item(_Strict):
    key: Key
    question: Text
    explanation: Text
    relevance: Relevance = 1
    levels: Annotated[list[Level], Field(min_length=LEVEL_COUNT, max_length=LEVEL_COUNT)]
    tags: list[Key] = []


class Dimension(_Strict):
    key: Key
    title: Title
    description: Text
    weight: Annotated[float, Field(gt=0, le=10)] = 1.0
    module: bool = False  # optional module, switched on per assessment
    recommendations: list[Literal[RECOMMENDATION_KEYS]] = []  # type: ignore[valid-type]
    items: Annotated[list[Item], Field(min_length=1, max_length=20)]

    @field_validator("items")
    @classmethod
    def _unique_items(cls, items: list[Item]) -> list[Item]:
        _ensure_unique([item.key for item in items], "item")
        return items


class CatalogFile(_Strict):
    schema_version: SchemaVersion
    key: Key
    version: Annotated[str, Field(min_length=1, max_length=40)]
    title: Title
    description: Text
    dimensions: Annotated[list[Dimension], Field(min_length=1, max_length=30)]

    @field_validator("dimensions")
    @classmethod
    def _unique_dimensions(cls, dimensions: list[Dimension]) -> list[Dimension]:
        _ensure_unique([d.key for d in dimensions], "dimension")
        _ensure_unique([i.key for d in dimensions for i in d.items], "item")
        return dimensions


def _ensure_unique(keys: list[str], what: str) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise ValueError(f"duplicate {what} key '{key}'")
        seen.add(key)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a catalog file: where, what kind, and details."""

    location: str  # e.g. "dimensions[3].items[2].levels"; "" for the whole file
    kind: str  # e.g. "missing", "too_short", "duplicate", "syntax", "type"
    detail: str  # English detail (from the validator), shown after our own message


class CatalogError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.location or '(file)'}: {p.detail}" for p in problems))
        self.problems = problems


def _location(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


_KIND = {
    "missing": "missing",
    "extra_forbidden": "unknown_field",
    "string_too_short": "empty",
    "string_too_long": "too_long",
    "too_short": "too_few",
    "too_long": "too_many",
    "literal_error": "not_allowed",
    "string_pattern_mismatch": "bad_key",
    "greater_than": "out_of_range",
    "less_than_equal": "out_of_range",
    "value_error": "duplicate",
}


class _DuplicateKeyError(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    """JSON itself allows a key twice (the last one wins); in a catalog that hides a typo."""
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(f"the field '{key}' appears twice in one object")
        result[key] = value
    return result


def parse_catalog(data: bytes) -> CatalogFile:
    """Validate raw file bytes; raise CatalogError with every problem found."""
    # Size first: a file of several megabytes is refused without being scanned or copied.
    if len(data) > MAX_FILE_BYTES:
        raise CatalogError([Problem("", "too_large", f"{len(data)} bytes")])
    if not data.strip():
        raise CatalogError([Problem("", "empty_file", "the file is empty")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogError([Problem("", "not_text", str(exc))]) from exc
    try:
        raw = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except _DuplicateKeyError as exc:
        raise CatalogError([Problem("", "duplicate", str(exc))]) from exc
    except json.JSONDecodeError as exc:
        raise CatalogError(
            [Problem(f"line {exc.lineno}, column {exc.colno}", "syntax", exc.msg)]
        ) from exc
    except RecursionError as exc:
        raise CatalogError([Problem("", "syntax", "nested too deeply")]) from exc
    except ValueError as exc:  # e.g. an integer with more than 4300 digits
        raise CatalogError([Problem("", "syntax", str(exc))]) from exc
    if not isinstance(raw, dict):
        raise CatalogError([Problem("", "type", "the file must contain one JSON object")])
    try:
        return CatalogFile.model_validate(raw)
    except ValidationError as exc:
        problems = [
            Problem(
                _location(err["loc"]),
                _KIND.get(err["type"], "type" if err["type"].endswith("_type") else "invalid"),
                err["msg"].removeprefix("Value error, "),
            )
            for err in exc.errors(include_url=False)
        ]
        raise CatalogError(problems[:20]) from exc

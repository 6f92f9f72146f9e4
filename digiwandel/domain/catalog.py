"""The question catalog file format (schema version 1) and its validation.

A catalog is a JSON file; `resources/catalogs/README.md` documents the format. Validation
is strict: a file either passes completely or is refused with problems that name the place
inside the file (for example ``dimensions[3].items[2].levels``) and a `kind` plus
parameters, from which the service builds a message in the user's language (the
validator's own English texts never reach the user).

Texts need German; English is optional and falls back to the German text
(`CatalogFile.english_fallbacks` counts where that happened, so the import can say so).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
)
from pydantic_core import PydanticCustomError

from digiwandel.domain.catalog_terms import (  # noqa: F401 (part of this module's API)
    AUDIENCES,
    EXTERNAL_TOPIC_TAGS,
    KNOWN_TAGS,
    LEVEL_COUNT,
    MAX_DIMENSIONS,
    MAX_FILE_BYTES,
    MAX_ITEMS,
    MAX_PROBLEMS,
    RECOMMENDATION_KEYS,
    SCHEMA_VERSION,
    TAG_FINDINGS,
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


def _no_null(value: object) -> object:
    # English may be left out, but a present field must hold a text: `null` hides a mistake.
    if value is None:
        raise PydanticCustomError("string_type", "Input should be a valid string")
    return value


class Text(_Strict):
    """A text in both languages of the program; English may be left out (German is used)."""

    de: LongText
    en: Annotated[LongText | None, BeforeValidator(_no_null)] = None


class Title(_Strict):
    de: ShortText
    en: Annotated[ShortText | None, BeforeValidator(_no_null)] = None


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
    # Only for communication items: whom the communication addresses.
    audience: Annotated[Literal["internal", "external"] | None, BeforeValidator(_no_null)] = None


class Dimension(_Strict):
    key: Key
    title: Title
    description: Text
    weight: Annotated[float, Field(gt=0, le=10)] = 1.0
    module: bool = False  # optional module, switched on per assessment
    recommendations: list[Literal[RECOMMENDATION_KEYS]] = []  # type: ignore[valid-type]
    items: Annotated[list[Item], Field(min_length=1, max_length=MAX_ITEMS)]

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
    dimensions: Annotated[list[Dimension], Field(min_length=1, max_length=MAX_DIMENSIONS)]
    _english_fallbacks: int = PrivateAttr(default=0)

    @field_validator("dimensions")
    @classmethod
    def _unique_dimensions(cls, dimensions: list[Dimension]) -> list[Dimension]:
        _ensure_unique([d.key for d in dimensions], "dimension")
        _ensure_unique([i.key for d in dimensions for i in d.items], "item")
        return dimensions

    @property
    def english_fallbacks(self) -> int:
        """How many texts had no English and show the German text instead."""
        return self._english_fallbacks

    def _texts(self):
        yield self.title
        yield self.description
        for d in self.dimensions:
            yield d.title
            yield d.description
            for i in d.items:
                yield i.question
                yield i.explanation
                for lv in i.levels:
                    yield lv.statement
                    yield lv.next_step

    def _fill_english(self) -> None:
        for text in self._texts():
            if text.en is None:
                text.en = text.de
                self._english_fallbacks += 1

    def tags(self) -> set[str]:
        return {tag for d in self.dimensions for i in d.items for tag in i.tags}


class _DuplicateError(ValueError):
    def __init__(self, key: str, what: str) -> None:
        super().__init__(f"duplicate {what} key '{key}'")
        self.key = key


def _ensure_unique(keys: list[str], what: str) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise _DuplicateError(key, what)
        seen.add(key)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a catalog file: where, what kind, and details."""

    location: str  # e.g. "dimensions[3].items[2].levels"; "" for the whole file
    kind: str  # e.g. "missing", "too_short", "duplicate", "syntax", "type"
    detail: str  # English detail for logs and developers; never shown to users
    # Values for the user's message of this kind: "limit", "expected", "key", "size", ...
    params: dict = field(default_factory=dict)


class CatalogError(Exception):
    def __init__(self, problems: list[Problem], total: int | None = None) -> None:
        super().__init__("; ".join(f"{p.location or '(file)'}: {p.detail}" for p in problems))
        self.problems = problems
        self.total = len(problems) if total is None else total


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

# What a value of the wrong type should have been (for the "type" kind).
_EXPECTED = {
    "string_type": "text",
    "int_type": "whole_number",
    "int_parsing": "whole_number",
    "int_from_float": "whole_number",
    "float_type": "number",
    "float_parsing": "number",
    "bool_type": "true_false",
    "list_type": "list",
    "model_type": "object",
    "model_attributes_type": "object",
    "dict_type": "object",
}


def _problem(err: dict) -> Problem:
    kind = _KIND.get(err["type"], "type" if err["type"] in _EXPECTED else "invalid")
    ctx = err.get("ctx") or {}
    params: dict = {}
    if kind in ("too_long", "too_many"):
        params["limit"] = ctx.get("max_length")
    elif kind == "too_few":
        params["limit"] = ctx.get("min_length")
    elif kind == "not_allowed":
        params["expected"] = str(ctx.get("expected", ""))
    elif kind == "out_of_range":
        params["limit"] = ctx.get("gt", ctx.get("le"))
    elif kind == "duplicate":
        error = ctx.get("error")
        params["key"] = getattr(error, "key", "")
    elif kind == "type":
        params["expected"] = _EXPECTED[err["type"]]
    elif kind == "unknown_field" and err["loc"]:
        params["field"] = str(err["loc"][-1])
    return Problem(_location(err["loc"]), kind, err["msg"].removeprefix("Value error, "), params)


class _DuplicateKeyError(ValueError):
    key: str = ""


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    """JSON itself allows a key twice (the last one wins); in a catalog that hides a typo."""
    result: dict = {}
    for key, value in pairs:
        if key in result:
            error = _DuplicateKeyError(f"the field '{key}' appears twice in one object")
            error.key = key
            raise error
        result[key] = value
    return result


def parse_catalog(data: bytes) -> CatalogFile:
    """Validate raw file bytes; raise CatalogError with every problem found."""
    if not isinstance(data, bytes | bytearray):
        raise CatalogError([Problem("", "not_text", f"{type(data).__name__}, not bytes")])
    # Size first: a file of several megabytes is refused without being scanned or copied.
    if len(data) > MAX_FILE_BYTES:
        raise CatalogError(
            [Problem("", "too_large", f"{len(data)} bytes", {"limit": MAX_FILE_BYTES // 2**20})]
        )
    if not data.strip():
        raise CatalogError([Problem("", "empty_file", "the file is empty")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogError([Problem("", "not_text", str(exc))]) from exc
    try:
        raw = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except _DuplicateKeyError as exc:
        raise CatalogError(
            [Problem("", "duplicate", str(exc), {"key": exc.key, "field": True})]
        ) from exc
    except json.JSONDecodeError as exc:
        raise CatalogError(
            [
                Problem(
                    f"line {exc.lineno}, column {exc.colno}",
                    "syntax",
                    exc.msg,
                    {"line": exc.lineno, "column": exc.colno},
                )
            ]
        ) from exc
    except RecursionError as exc:
        raise CatalogError([Problem("", "syntax", "nested too deeply")]) from exc
    except ValueError as exc:  # e.g. an integer with more than 4300 digits
        raise CatalogError([Problem("", "syntax", str(exc))]) from exc
    if not isinstance(raw, dict):
        raise CatalogError([Problem("", "type", "the file must contain one JSON object")])
    try:
        parsed = CatalogFile.model_validate(raw)
    except ValidationError as exc:
        problems = [_problem(err) for err in exc.errors(include_url=False)]
        raise CatalogError(problems[:MAX_PROBLEMS], total=len(problems)) from exc
    parsed._fill_english()
    return parsed

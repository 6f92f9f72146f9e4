"""The organisation transfer document (format "digiwandel", version 1): its shape and types.

The shape — which tables appear where, nested under which parent, and which columns refer
to records elsewhere in the document — is declared below in `SECTIONS`. The fields of each
record are the columns of its table, so the pydantic models are built from the ORM's table
definitions: types, lengths, enumerations and ranges come from the same column types and
check constraints the database enforces. README.md beside this module describes the format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Annotated, Any, Literal

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
    Text,
)

from digiwandel.domain.vocabulary import TEXT_LEN
from digiwandel.model import Base

FORMAT = "digiwandel"
VERSION = 1

# Columns of type Text hold at most TEXT_LEN characters, except these (whole files as JSON).
LARGE_TEXT_LEN = 5_000_000
LARGE_TEXT_COLUMNS = {
    ("catalog", "content"),
    ("project_template", "content"),
    ("report_snapshot", "data"),
    ("setting", "value"),
}
LOGO_BASE64_LEN = 8_000_000
# SQLite integers are 64 bit; real numbers are kept to a sane magnitude.
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
FLOAT_LIMIT = 1e15
ID_MAX = 2**62

# Tables that are not part of the document (see README.md): derived scores are computed
# again when they are next read; the schema revision belongs to the file, not the data; the
# change marks count changes for other PCs on the same database.
SKIPPED_TABLES = {"assessment_score", "alembic_version", "change_mark"}
# Columns left out of the document: a stored PDF of a report can be made again.
SKIPPED_COLUMNS = {("report_snapshot", "pdf")}


@dataclass(frozen=True)
class Section:
    """Where the rows of a table appear in the document."""

    key: str  # JSON key of the list (or object) in its parent
    table: str
    parent: str | None = None  # column that links a row to the record it is nested in
    children: tuple[Section, ...] = ()
    omit: tuple[str, ...] = ()  # columns that are always empty in this place
    single: bool = False  # one object (or null) instead of a list; no "id" in the document
    has_id: bool = True
    sort_key: str = "id"


_MEASUREMENTS = Section("measurements", "measurement", "indicator_id")

SECTIONS: tuple[Section, ...] = (
    Section("organisation", "organisation", single=True),
    Section("settings", "setting", has_id=False, sort_key="key"),
    Section("areas", "area"),
    Section("levels", "hierarchy_level"),
    Section("persons", "person"),
    Section(
        "catalogs",
        "catalog",
        children=(
            Section(
                "dimensions",
                "catalog_dimension",
                "catalog_id",
                children=(
                    Section(
                        "items",
                        "catalog_item",
                        "dimension_id",
                        children=(Section("levels", "catalog_item_level", "item_id"),),
                    ),
                ),
            ),
        ),
    ),
    Section(
        "assessments",
        "assessment",
        children=(
            Section("targets", "dimension_target", "assessment_id"),
            Section(
                "respondents",
                "respondent",
                "assessment_id",
                children=(Section("answers", "answer", "respondent_id"),),
            ),
        ),
    ),
    Section("drivers", "driver_rating"),
    Section("identity", "identity", single=True),
    Section("oberziele", "oberziel"),
    Section(
        "strategy_versions",
        "strategy_version",
        children=(
            Section(
                "goals",
                "strategic_goal",
                "strategy_version_id",
                children=(
                    Section(
                        "indicators",
                        "indicator",
                        "goal_id",
                        omit=("project_id",),
                        children=(_MEASUREMENTS,),
                    ),
                    Section("project_links", "goal_project_link", "goal_id"),
                ),
            ),
            Section("team", "team_member", "strategy_version_id"),
        ),
    ),
    Section(
        "projects",
        "project",
        children=(
            Section("drivers", "project_driver", "project_id"),
            Section(
                "steps",
                "project_step",
                "project_id",
                children=(
                    Section("checklist", "checklist_item", "step_id"),
                    Section("tasks", "task", "step_id"),
                ),
            ),
            Section("budget_lines", "budget_line", "project_id"),
            Section("stakeholders", "stakeholder", "project_id"),
            Section("procurement", "procurement_item", "project_id"),
            Section("trainings", "training", "project_id"),
            Section("policy_checks", "policy_check", "project_id"),
            Section("risks", "risk", "project_id"),
            Section("decisions", "decision", "project_id"),
            Section("pdca_cycles", "pdca_cycle", "project_id"),
            Section("lessons", "lesson", "project_id"),
            Section("document_links", "document_link", "project_id"),
            Section(
                "indicators",
                "indicator",
                "project_id",
                omit=("goal_id",),
                children=(_MEASUREMENTS,),
            ),
        ),
    ),
    Section("communication", "communication_item"),
    Section("templates", "project_template"),
    Section("report_snapshots", "report_snapshot"),
    Section("trash", "trash_entry"),
)

# trash_entry.entity_id points into the table its entity_type names.
TRASH_TABLE, TRASH_TYPE, TRASH_ID = "trash_entry", "entity_type", "entity_id"


def walk(sections=SECTIONS, prefix: str = ""):
    """Every section with its path pattern, parents before children."""
    for section in sections:
        path = f"{prefix}{section.key}"
        yield path, section
        yield from walk(section.children, f"{path}[].")


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def exported_tables() -> list[str]:
    return sorted({section.table for _path, section in walk()})


def fields_of(section: Section) -> list[Column]:
    """The columns that appear as fields of a record in this section (id not included)."""
    skipped = {"id", section.parent, *section.omit}
    return [
        column
        for column in table(section.table).columns
        if column.name not in skipped
        and (section.table, column.name) not in SKIPPED_COLUMNS
        # A counter for changes from several PCs at once, meaningless in another database.
        and not column.info.get("row_version")
    ]


def reference_target(column: Column) -> str | None:
    """The table a foreign key column refers to (None for plain columns)."""
    for key in column.foreign_keys:
        return key.column.table.name
    return None


# ---- constraints as read from the model ------------------------------------------------------

_IN_RE = re.compile(r"^(\w+) IN \((.*)\)$", re.S)
_RANGE_RE = re.compile(r"^(\w+) (>=|<=) (-?[\d.]+)$")


def _constraints(table_: Table) -> tuple[dict[str, tuple[str, ...]], dict[str, dict[str, float]]]:
    choices: dict[str, tuple[str, ...]] = {}
    bounds: dict[str, dict[str, float]] = {}
    for constraint in table_.constraints:
        if not isinstance(constraint, CheckConstraint):
            continue
        text = str(constraint.sqltext)
        match = _IN_RE.match(text)
        if match:
            choices[match.group(1)] = tuple(re.findall(r"'((?:[^']|'')*)'", match.group(2)))
            continue
        for part in text.split(" AND "):
            match = _RANGE_RE.match(part.strip())
            if match:
                limit = float(match.group(3))
                key = "ge" if match.group(2) == ">=" else "le"
                bounds.setdefault(match.group(1), {})[key] = limit
    return choices, bounds


def _not_blank(table_: Table) -> set[str]:
    found = set()
    for constraint in table_.constraints:
        if isinstance(constraint, CheckConstraint):
            match = re.match(r"^length\((\w+)\) > 0$", str(constraint.sqltext))
            if match:
                found.add(match.group(1))
    return found


# ---- field types -----------------------------------------------------------------------------

DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?$"


def _custom(kind: str, text: str):
    from pydantic_core import PydanticCustomError

    return PydanticCustomError(kind, text)


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise _custom("nul_character", "text must not contain NUL characters")
    return value


def _to_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _custom("bad_date", "not a valid date") from None


def _to_datetime(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise _custom("bad_datetime", "not a valid time") from None


def _field_type(table_name: str, column: Column, choices, bounds, not_blank) -> Any:
    from pydantic import AfterValidator, Field, StrictBool, StrictInt, StrictStr

    kind = column.type
    limits = bounds.get(column.name, {})
    name = column.name
    if name in choices:
        annotation: Any = Literal[choices[name]]  # type: ignore[valid-type]
    elif isinstance(kind, Boolean):
        annotation = StrictBool
    elif isinstance(kind, Integer):
        if reference_target(column):
            annotation = Annotated[StrictInt, Field(ge=1, le=ID_MAX)]
        else:
            low = int(limits.get("ge", INT_MIN))
            high = int(limits.get("le", INT_MAX))
            annotation = Annotated[StrictInt, Field(ge=low, le=high)]
    elif isinstance(kind, Float | Numeric):
        low = limits.get("ge", -FLOAT_LIMIT)
        high = limits.get("le", FLOAT_LIMIT)
        annotation = Annotated[float, Field(strict=True, allow_inf_nan=False, ge=low, le=high)]
    elif isinstance(kind, DateTime):
        annotation = Annotated[
            StrictStr, Field(pattern=DATETIME_PATTERN), AfterValidator(_to_datetime)
        ]
    elif isinstance(kind, Date):
        annotation = Annotated[StrictStr, Field(pattern=DATE_PATTERN), AfterValidator(_to_date)]
    elif isinstance(kind, LargeBinary):
        annotation = Annotated[
            StrictStr, Field(max_length=LOGO_BASE64_LEN, pattern=r"^[A-Za-z0-9+/]*={0,2}$")
        ]
    elif isinstance(kind, String):  # includes Text
        if isinstance(kind, Text) or kind.length is None:
            limit = LARGE_TEXT_LEN if (table_name, name) in LARGE_TEXT_COLUMNS else TEXT_LEN
        else:
            limit = kind.length
        annotation = Annotated[
            StrictStr,
            Field(min_length=1 if name in not_blank else 0, max_length=limit),
            AfterValidator(_no_nul),
        ]
    elif isinstance(kind, JSON):
        annotation = Any
    else:  # pragma: no cover - a new column type needs a decision here
        raise TypeError(f"no transfer type for {table_name}.{name}: {kind!r}")
    if column.nullable:
        annotation = annotation | None
    return annotation


def _record_model(section: Section, path: str):
    from pydantic import ConfigDict, Field, StrictInt, create_model

    table_ = table(section.table)
    choices, bounds = _constraints(table_)
    not_blank = _not_blank(table_)
    fields: dict[str, Any] = {}
    if section.has_id and not section.single:
        fields["id"] = (Annotated[StrictInt, Field(ge=1, le=ID_MAX)], ...)
    for column in fields_of(section):
        fields[column.name] = (
            _field_type(section.table, column, choices, bounds, not_blank),
            ...,
        )
    for child in section.children:
        child_model = _record_model(child, f"{path}.{child.key}")
        fields[child.key] = (list[child_model], ...)  # type: ignore[valid-type]
    name = "".join(part.capitalize() for part in re.split(r"[._\[\]]+", path) if part)
    return create_model(
        name,
        __config__=ConfigDict(extra="forbid", strict=True, hide_input_in_errors=True),
        **fields,
    )


@cache
def document_model():
    """The pydantic model of a whole document (built once, on first use)."""
    from pydantic import ConfigDict, Field, StrictStr, create_model

    fields: dict[str, Any] = {
        "format": (Literal[FORMAT], ...),
        "version": (Literal[VERSION], ...),
        "exported_at": (
            Annotated[StrictStr, Field(pattern=DATETIME_PATTERN.replace("$", "Z$"))],
            ...,
        ),
    }
    for section in SECTIONS:
        model = _record_model(section, section.key)
        if section.single:
            fields[section.key] = (model if section.table == "organisation" else model | None, ...)
        else:
            fields[section.key] = (list[model], ...)  # type: ignore[valid-type]
    return create_model(
        "TransferDocument",
        __config__=ConfigDict(extra="forbid", strict=True, hide_input_in_errors=True),
        **fields,
    )


def json_schema() -> dict:
    """The JSON Schema of the document, for developers and other programs."""
    return document_model().model_json_schema()

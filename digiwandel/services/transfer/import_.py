"""Read a transfer document into a new or empty database: completely or not at all.

The whole document is checked before the database is touched — JSON syntax, format and
version, every field (pydantic), unique ids and every reference — and then written in one
transaction. Any problem raises a DomainError whose `field` names the place in the document
(e.g. ``projects[4].steps[2].due_on``); the database is then exactly as it was.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from digiwandel.model import Base
from digiwandel.model.database import Database
from digiwandel.services.base import storage_error
from digiwandel.services.errors import QT_TRANSLATE_NOOP, DomainError
from digiwandel.services.transfer.schema import (
    DATE_PATTERN,
    DATETIME_PATTERN,
    FORMAT,
    SECTIONS,
    TRASH_ID,
    TRASH_TABLE,
    TRASH_TYPE,
    VERSION,
    Section,
    document_model,
    exported_tables,
    fields_of,
    reference_target,
    table,
)

MAX_FILE_BYTES = 200 * 2**20
IMPORT_TEMP_SUFFIX = ".import.part"
MAX_DEPTH = 40  # the format nests 5 levels deep; anything deeper is not an export

MSG_FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "DomainError", "The file is too large to be an export (more than {limit} MB)."
)
MSG_READ = QT_TRANSLATE_NOOP("DomainError", "The file {path} cannot be read: {detail}")
MSG_NOT_JSON = QT_TRANSLATE_NOOP(
    "DomainError", "The file is not valid JSON (line {line}, column {column}): {detail}"
)
MSG_BAD_JSON = QT_TRANSLATE_NOOP("DomainError", "The file is not valid JSON: {detail}")
MSG_TOO_DEEP = QT_TRANSLATE_NOOP(
    "DomainError", "The file nests its data far more deeply than an export ever does."
)
MSG_NOT_EXPORT = QT_TRANSLATE_NOOP(
    "DomainError", "This file is not a DigiWandel export (“format” must be “digiwandel”)."
)
MSG_VERSION = QT_TRANSLATE_NOOP(
    "DomainError",
    "This export has format version {version}; this program reads version {supported}. "
    "Nothing was imported.",
)
MSG_MISSING = QT_TRANSLATE_NOOP(
    "DomainError", "Nothing was imported: {place} is missing in the file."
)
MSG_UNKNOWN = QT_TRANSLATE_NOOP(
    "DomainError", "Nothing was imported: {place} is not part of the export format."
)
MSG_LONG = QT_TRANSLATE_NOOP(
    "DomainError", "Nothing was imported: the text at {place} is longer than {limit} characters."
)
MSG_INVALID = QT_TRANSLATE_NOOP(
    "DomainError", "Nothing was imported: the value at {place} is not valid ({detail})."
)
MSG_TEXT = QT_TRANSLATE_NOOP("DomainError", "Nothing was imported: {place} must be a text.")
MSG_WHOLE = QT_TRANSLATE_NOOP(
    "DomainError", "Nothing was imported: {place} must be a whole number."
)
MSG_NUMBER = QT_TRANSLATE_NOOP("DomainError", "Nothing was imported: {place} must be a number.")
MSG_FINITE = QT_TRANSLATE_NOOP(
    "DomainError", "Nothing was imported: {place} must be a number (not NaN or infinity)."
)
MSG_BOOL = QT_TRANSLATE_NOOP("DomainError", "Nothing was imported: {place} must be true or false.")
MSG_LIST = QT_TRANSLATE_NOOP("DomainError", "Nothing was imported: {place} must be a list.")
MSG_OBJECT = QT_TRANSLATE_NOOP(
    "DomainError", "Nothing was imported: {place} must be a JSON object."
)
MSG_EMPTY = QT_TRANSLATE_NOOP("DomainError", "Nothing was imported: {place} must not be empty.")
MSG_NUL = QT_TRANSLATE_NOOP(
    "DomainError", "Nothing was imported: the text at {place} contains a NUL character."
)
MSG_DATE = QT_TRANSLATE_NOOP(
    "DomainError", "Nothing was imported: {place} must be a date in the form YYYY-MM-DD."
)
MSG_DATETIME = QT_TRANSLATE_NOOP(
    "DomainError",
    "Nothing was imported: {place} must be a time in the form YYYY-MM-DDTHH:MM:SS.",
)
MSG_CHOICE = QT_TRANSLATE_NOOP(
    "DomainError", "Nothing was imported: {place} must be one of these values: {choices}."
)
MSG_AT_LEAST = QT_TRANSLATE_NOOP(
    "DomainError", "Nothing was imported: {place} must be at least {limit}."
)
MSG_AT_MOST = QT_TRANSLATE_NOOP(
    "DomainError", "Nothing was imported: {place} must be at most {limit}."
)
MSG_DUPLICATE_ID = QT_TRANSLATE_NOOP(
    "DomainError", "Nothing was imported: the id {id} at {place} is used more than once."
)
MSG_REFERENCE = QT_TRANSLATE_NOOP(
    "DomainError",
    "Nothing was imported: {place} refers to the id {id}, which does not exist in the file.",
)
MSG_RULE = QT_TRANSLATE_NOOP(
    "DomainError",
    "Nothing was imported: the entry at {place} breaks a rule of the database ({detail}).",
)
MSG_WRITE = QT_TRANSLATE_NOOP(
    "DomainError", "Nothing was imported: the database refused the data ({detail})."
)
MSG_COUNTS_DIFFER = QT_TRANSLATE_NOOP(
    "DomainError",
    "The copy does not match the export: the table {table} holds {found} entries instead of "
    "{expected}.",
)
MSG_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "DomainError",
    "The database already holds data. An export can only be imported into a new or empty "
    "database; nothing was changed.",
)


# pydantic's error types → the message for the user
_MESSAGE_OF_KIND = {
    "string_type": MSG_TEXT,
    "int_type": MSG_WHOLE,
    "int_from_float": MSG_WHOLE,
    "float_type": MSG_NUMBER,
    "finite_number": MSG_FINITE,
    "bool_type": MSG_BOOL,
    "list_type": MSG_LIST,
    "model_type": MSG_OBJECT,
    "dict_type": MSG_OBJECT,
    "string_too_short": MSG_EMPTY,
    "nul_character": MSG_NUL,
    "bad_date": MSG_DATE,
    "bad_datetime": MSG_DATETIME,
}


@dataclass
class _Plan:
    """The rows to insert per table, each with the place it came from."""

    rows: dict[str, list[tuple[str, dict]]] = field(default_factory=lambda: defaultdict(list))
    ids: dict[str, dict[int, str]] = field(default_factory=lambda: defaultdict(dict))
    references: list[tuple[str, str, int]] = field(default_factory=list)  # place, table, id


# ---- reading and validating ------------------------------------------------------------------


class _DuplicateKey(ValueError):
    pass


def _pairs(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(f"the key “{key}” appears twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def parse(data: bytes) -> object:
    """JSON text → Python data; a DomainError for anything that is not strict JSON."""
    if len(data) > MAX_FILE_BYTES:
        raise DomainError(MSG_FILE_TOO_LARGE, limit=MAX_FILE_BYTES // 2**20)
    try:
        text_ = data.decode("utf-8-sig")
        return json.loads(text_, object_pairs_hook=_pairs, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise DomainError(MSG_NOT_JSON, line=exc.lineno, column=exc.colno, detail=exc.msg) from exc
    except RecursionError as exc:
        raise DomainError(MSG_TOO_DEEP) from exc
    except ValueError as exc:  # bad UTF-8, a duplicate key, NaN, an integer of 5000 digits
        raise DomainError(MSG_BAD_JSON, detail=str(exc)) from exc


def _depth_ok(value: object, limit: int = MAX_DEPTH) -> bool:
    """Iterative, so that hostile nesting cannot exhaust the stack."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return False
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return True


def _place(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif "[" in str(part) or str(part).startswith("function-"):
            continue  # pydantic's names for the inner parts of a type, not document keys
        else:
            out += ("." if out else "") + str(part)
    return out or "(file)"


def _validation_error(exc) -> DomainError:
    errors = exc.errors(include_url=False, include_input=False)
    # The first problem in document order is the one a person fixes first.
    err = errors[0]
    place = _place(err["loc"])
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind == "missing":
        return DomainError(MSG_MISSING, field=place, place=place)
    if kind == "extra_forbidden":
        return DomainError(MSG_UNKNOWN, field=place, place=place)
    if kind == "string_too_long":
        return DomainError(MSG_LONG, field=place, place=place, limit=ctx.get("max_length"))
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        return DomainError(MSG_CHOICE, field=place, place=place, choices=expected)
    if kind in ("greater_than_equal", "less_than_equal"):
        message = MSG_AT_LEAST if kind == "greater_than_equal" else MSG_AT_MOST
        limit = ctx.get("ge", ctx.get("le"))
        if isinstance(limit, float) and limit.is_integer():
            limit = int(limit)
        return DomainError(message, field=place, place=place, limit=limit)
    if kind == "string_pattern_mismatch":
        kind = {DATE_PATTERN: "bad_date", DATETIME_PATTERN: "bad_datetime"}.get(
            ctx.get("pattern"), kind
        )
    message = _MESSAGE_OF_KIND.get(kind)
    if message is not None:
        return DomainError(message, field=place, place=place)
    detail = err["msg"].removeprefix("Value error, ")
    return DomainError(MSG_INVALID, field=place, place=place, detail=detail)


def validate(raw: object):
    """Check a document completely; return the validated pydantic object."""
    from pydantic import ValidationError

    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise DomainError(MSG_NOT_EXPORT, field="format")
    version = raw.get("version")
    if version != VERSION or isinstance(version, bool):
        shown = version if isinstance(version, int | str) and len(str(version)) < 20 else "?"
        raise DomainError(MSG_VERSION, field="version", version=shown, supported=VERSION)
    if not _depth_ok(raw):
        raise DomainError(MSG_TOO_DEEP)
    try:
        return document_model().model_validate(raw)
    except ValidationError as exc:
        raise _validation_error(exc) from exc
    except RecursionError as exc:  # pragma: no cover - the depth check comes first
        raise DomainError(MSG_TOO_DEEP) from exc


def plan(document) -> _Plan:
    """The rows to write, with ids and references checked across the whole document."""
    result = _Plan()
    for section in SECTIONS:
        value = getattr(document, section.key)
        if section.single:
            if value is not None:
                _collect(section, value, section.key, None, result)
        else:
            for index, record in enumerate(value):
                _collect(section, record, f"{section.key}[{index}]", None, result)
    for place, target, id_ in result.references:
        if id_ not in result.ids[target]:
            raise DomainError(MSG_REFERENCE, field=place, place=place, id=id_)
    for place, row in result.rows[TRASH_TABLE]:
        entity = row[TRASH_TYPE]
        at = f"{place}.{TRASH_ID}"
        if entity not in exported_tables() or row[TRASH_ID] not in result.ids[entity]:
            raise DomainError(MSG_REFERENCE, field=at, place=at, id=row[TRASH_ID])
    return result


def _collect(section: Section, record, place: str, parent_id: int | None, result: _Plan) -> None:
    row: dict = {}
    if section.single:
        row["id"] = 1
    elif section.has_id:
        row["id"] = record.id
        seen = result.ids[section.table]
        if record.id in seen:
            raise DomainError(
                MSG_DUPLICATE_ID, field=f"{place}.id", place=f"{place}.id", id=record.id
            )
        seen[record.id] = place
    if section.parent:
        row[section.parent] = parent_id
    for column in fields_of(section):
        value = getattr(record, column.name)
        target = reference_target(column)
        if target is not None and value is not None:
            result.references.append((f"{place}.{column.name}", target, value))
        elif value is not None and column.type.python_type is bytes:
            try:
                value = base64.b64decode(value, validate=True)
            except (binascii.Error, ValueError) as exc:
                at = f"{place}.{column.name}"
                raise DomainError(MSG_INVALID, field=at, place=at, detail=str(exc)) from exc
        row[column.name] = value
    for omitted in section.omit:
        row[omitted] = None
    result.rows[section.table].append((place, row))
    for child in section.children:
        for index, child_record in enumerate(getattr(record, child.key)):
            _collect(child, child_record, f"{place}.{child.key}[{index}]", row.get("id"), result)


# ---- writing ---------------------------------------------------------------------------------


def load_document(source: object) -> object:
    """A document given as parsed data, as JSON bytes or as a file path → Python data."""
    if not isinstance(source, bytes | str | Path):
        return source  # already parsed (validation tells whether it is a document)
    if isinstance(source, bytes):
        return parse(source)
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DomainError(MSG_FILE_TOO_LARGE, limit=MAX_FILE_BYTES // 2**20)
        data = path.read_bytes()
    except OSError as exc:
        raise DomainError(MSG_READ, path=path, detail=exc.strerror or exc) from exc
    return parse(data)


def is_empty(db: Database) -> bool:
    """True when no table the format covers holds a row (a new or empty database)."""
    with db.engine.connect() as connection:
        return not any(
            connection.scalar(select(func.count()).select_from(table(name)))
            for name in exported_tables()
        )


def import_organisation(
    db: Database, source: dict | bytes | str | Path, *, backup: bool = True
) -> dict[str, int]:
    """Import a transfer document into the empty database `db`; return rows per table.

    Raises DomainError (with `field` set to the place in the document where there is one);
    the database is unchanged then. With `backup`, an existing database file is copied
    (reason "before-import") once the document has passed every check.
    """
    checked = plan(validate(load_document(source)))
    if not is_empty(db):
        raise DomainError(MSG_NOT_EMPTY)
    if backup and db.path is not None and db.path.exists():
        from digiwandel.model.backup import backup_file

        backup_file(db.path, reason="before-import")
    return _write(db, checked)


def import_into_file(source: dict | bytes | str | Path, db_path: Path) -> int:
    """Import into the database file `db_path`, which must be new, empty or hold no data.

    Returns the number of entries written. On any error, or when the import is killed,
    the file is as before.
    """
    from digiwandel.model.backup import backup_file
    from digiwandel.model.database import open_database

    checked = plan(validate(load_document(source)))  # before any file is touched
    path = Path(db_path)
    had_content = path.exists() and path.stat().st_size > 0
    if had_content:
        db = open_database(path, create=False)
        try:
            if not is_empty(db):
                raise DomainError(MSG_NOT_EMPTY)
        except BaseException:
            db.close()
            raise
        try:
            backup_file(path, reason="before-import")
            counts = _write(db, checked)
        finally:
            db.close()
        return sum(counts.values())
    # A new (or empty) file is written under a temporary name beside it and renamed when
    # complete: a killed import leaves the target as it was, never a half-made database.
    temp = path.with_name(f".{path.name}{IMPORT_TEMP_SUFFIX}")
    _forget_new_file(temp)
    db = open_database(temp)
    try:
        counts = _write(db, checked)
    except BaseException:
        db.close()
        _forget_new_file(temp)
        raise
    db.close()
    os.replace(temp, path)
    return sum(counts.values())


def import_into_server(source: dict | bytes | str | Path, db: Database) -> int:
    """Import into the empty database on a server that `db` opened: every entry in one
    transaction (all or nothing), then every table counted against the document. Returns
    the number of entries written."""
    counts = import_organisation(db, source, backup=False)
    verify_counts(db, counts)
    return sum(counts.values())


def verify_counts(db: Database, counts: dict[str, int]) -> None:
    """Raise DomainError when a table does not hold as many entries as expected."""
    with db.engine.connect() as connection:
        for name, expected in counts.items():
            found = connection.scalar(select(func.count()).select_from(table(name)))
            if found != expected:
                raise DomainError(MSG_COUNTS_DIFFER, table=name, found=found, expected=expected)


def _forget_new_file(path: Path) -> None:
    import contextlib

    for leftover in (path, *(Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(OSError):
            leftover.unlink()


class _BatchFailed(Exception):
    """The database refused a batch of rows: written again row by row to name the one."""


def _write(db: Database, checked: _Plan) -> dict[str, int]:
    try:
        return _write_all(db, checked, one_by_one=False)
    except _BatchFailed:
        return _write_all(db, checked, one_by_one=True)


def _insert(connection, name: str, entries, *, one_by_one: bool) -> None:
    insert = table(name).insert()
    if not one_by_one:
        # Many rows per statement: a database of years has hundreds of thousands of rows,
        # and one round trip each takes minutes on a server.
        try:
            for _keys, group in groupby(entries, key=lambda entry: tuple(sorted(entry[1]))):
                connection.execute(insert, [row for _place, row in group])
        except DBAPIError as exc:
            _raise_storage_error(exc)
            raise _BatchFailed from exc
        return
    for place, row in entries:
        try:
            connection.execute(insert, row)
        except DBAPIError as exc:
            _raise_storage_error(exc)
            detail = str(getattr(exc, "orig", exc))
            raise DomainError(MSG_RULE, field=place, place=place, detail=detail) from exc


def _write_all(db: Database, checked: _Plan, *, one_by_one: bool) -> dict[str, int]:
    order = [t.name for t in Base.metadata.sorted_tables if t.name in checked.rows]
    with db.engine.connect() as connection:
        transaction = connection.begin()
        try:
            if connection.dialect.name == "sqlite":
                # Strategy versions may refer to later ones; references are checked above.
                connection.execute(text("PRAGMA defer_foreign_keys = ON"))
            # Checked again inside the transaction: nobody may have written in between.
            for name in exported_tables():
                if connection.scalar(select(func.count()).select_from(table(name))):
                    raise DomainError(MSG_NOT_EMPTY)
            for name in order:
                _insert(connection, name, checked.rows[name], one_by_one=one_by_one)
            if connection.dialect.name == "postgresql":
                _advance_sequences(connection, order)
            try:
                transaction.commit()
            except DBAPIError as exc:
                _raise_storage_error(exc)
                raise DomainError(MSG_WRITE, detail=str(getattr(exc, "orig", exc))) from exc
        except BaseException:
            if transaction.is_active:
                transaction.rollback()
            raise
    return {name: len(checked.rows[name]) for name in order}


def _advance_sequences(connection, tables: list[str]) -> None:
    """Rows were written with their ids: let PostgreSQL's id sequences continue after them
    (SQLite takes the largest id by itself)."""
    for name in tables:
        if "id" in table(name).c:
            connection.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence(:t, 'id'), "
                    f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {name}), false)"
                ),
                {"t": name},
            )


def _raise_storage_error(exc: DBAPIError) -> None:
    """A full disk, a vanished drive or a damaged file, said as such rather than as a
    rule the file broke."""
    if isinstance(exc, OperationalError):
        error = storage_error(exc)
        if error is not None:
            raise error from exc

"""Write the whole organisation of a database as one transfer document (see README.md).

The output is deterministic: records are sorted by id, ids are numbered 1, 2, 3 … per table
in that order, and the JSON text has sorted keys and fixed indentation. Importing a
document and exporting again therefore gives the same bytes (with the same `exported_at`).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import tempfile
from collections import defaultdict
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from digiwandel.model.database import Database
from digiwandel.services.errors import QT_TRANSLATE_NOOP, DomainError
from digiwandel.services.transfer.schema import (
    FORMAT,
    SECTIONS,
    TRASH_ID,
    TRASH_TABLE,
    TRASH_TYPE,
    VERSION,
    Section,
    exported_tables,
    fields_of,
    reference_target,
    table,
)

MSG_NOTHING_TO_EXPORT = QT_TRANSLATE_NOOP(
    "DomainError", "This database holds no organisation yet, so there is nothing to export."
)


def _timestamp(moment: datetime | None) -> str:
    moment = moment or datetime.now(UTC)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0).isoformat() + "Z"


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def export_organisation(db: Database, *, exported_at: datetime | None = None) -> dict:
    """The organisation in `db` as a transfer document (plain JSON-ready data)."""
    rows: dict[str, list[dict]] = {}
    with db.engine.connect() as connection:
        for name in exported_tables():
            t = table(name)
            order = t.c.id if "id" in t.c else t.c.key
            rows[name] = [dict(r._mapping) for r in connection.execute(select(t).order_by(order))]
    if not rows["organisation"]:
        raise DomainError(MSG_NOTHING_TO_EXPORT)
    # New ids: 1, 2, 3 … per table in the order of the old ones.
    new_ids = {
        name: {row["id"]: n for n, row in enumerate(table_rows, start=1)}
        for name, table_rows in rows.items()
        if "id" in table(name).c
    }
    document: dict = {"format": FORMAT, "version": VERSION, "exported_at": _timestamp(exported_at)}
    for section in SECTIONS:
        records = _records(section, rows[section.table], rows, new_ids)
        if section.single:
            document[section.key] = records[0] if records else None
        else:
            document[section.key] = records
    document["trash"] = _trash(document["trash"], rows, new_ids)
    return document


def _records(section: Section, table_rows, rows, new_ids, groups=None) -> list[dict]:
    columns = fields_of(section)
    # Each child table grouped by its parent once, not once per parent row (which took
    # hours on a database of years: every step scanned all checklist entries).
    groups = {} if groups is None else groups
    children = {}
    for child in section.children:
        place = (child.table, child.parent)
        if place not in groups:
            groups[place] = _grouped(child, rows[child.table], child.parent)
        children[child.key] = groups[place]
    result = []
    for row in table_rows:
        record: dict = {}
        if section.has_id and not section.single:
            record["id"] = new_ids[section.table][row["id"]]
        for column in columns:
            value = row[column.name]
            target = reference_target(column)
            if target is not None and value is not None:
                value = new_ids[target][value]
            elif value is not None and column.type.python_type is float:
                value = float(value)
            record[column.name] = _plain(value)
        for child in section.children:
            record[child.key] = _records(
                child, children[child.key].get(row["id"], []), rows, new_ids, groups
            )
        result.append(record)
    return result


def _grouped(section: Section, table_rows, parent: str | None) -> dict[int, list[dict]]:
    groups: dict[int, list[dict]] = defaultdict(list)
    for row in table_rows:
        if row[parent] is not None:
            groups[row[parent]].append(row)
    return groups


def _trash(entries: list[dict], rows, new_ids) -> list[dict]:
    """Trash entries point at rows of any table: renumber them; drop entries whose row is gone
    (they could not be restored anyway)."""
    kept = []
    for entry, row in zip(entries, rows[TRASH_TABLE], strict=True):
        ids = new_ids.get(row[TRASH_TYPE], {})
        if row[TRASH_ID] in ids:
            entry[TRASH_ID] = ids[row[TRASH_ID]]
            kept.append(entry)
    return kept


def dumps(document: dict) -> bytes:
    """The document as the bytes of the file (UTF-8, sorted keys, two-space indentation)."""
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False)
    return (text + "\n").encode("utf-8")


def write_export(db: Database, path: Path, *, exported_at: datetime | None = None) -> Path:
    """Export to `path`: the file is either written completely or left as it was."""
    data = dumps(export_organisation(db, exported_at=exported_at))
    write_atomically(Path(path), data)
    return Path(path)


def write_atomically(path: Path, data: bytes) -> None:
    # mkstemp creates the file for its owner only, which suits a file full of personal data.
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.stem[:40]}-", suffix=".part", dir=path.parent
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise

"""Shared plumbing for services: one session and one transaction per use case."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from digiwandel.model.database import Database
from digiwandel.services.errors import QT_TRANSLATE_NOOP, DomainError, StaleEditError

MSG_CONFLICT = QT_TRANSLATE_NOOP(
    "DomainError",
    "The change could not be saved because it conflicts with existing data. Nothing was changed.",
)
MSG_DISK_FULL = QT_TRANSLATE_NOOP(
    "DomainError",
    "The disk is full, so this change could not be saved. Everything saved before is safe. "
    "Please free some space on the drive (for example by emptying the recycle bin) and try "
    "again.",
)
MSG_NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "DomainError",
    "The database file cannot be written at the moment: the drive may have been removed or "
    "the file made write-protected. This change was not saved; everything saved before is "
    "safe. Please check the drive and try again.",
)
MSG_BUSY = QT_TRANSLATE_NOOP(
    "DomainError",
    "The database is busy with another task. This change was not saved. Please try again in "
    "a moment.",
)
MSG_DAMAGED = QT_TRANSLATE_NOOP(
    "DomainError",
    "The database file is damaged, so this change was not saved. Please use Check database "
    "in the File menu, or restore a backup.",
)
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "DomainError", "This text is too long: at most {limit} characters are allowed, not {length}."
)
MSG_NOT_NEGATIVE = QT_TRANSLATE_NOOP("DomainError", "Please enter a number of 0 or more.")
MSG_TOO_LARGE = QT_TRANSLATE_NOOP("DomainError", "Please enter a number no larger than {limit}.")
MSG_NOT_FOUND = QT_TRANSLATE_NOOP(
    "DomainError", "This entry no longer exists. It may have been deleted in the meantime."
)
MSG_DATE = QT_TRANSLATE_NOOP("DomainError", "Please enter a valid date.")
MSG_DATE_RANGE = QT_TRANSLATE_NOOP(
    "DomainError", "The date must lie between the years 2000 and 2099."
)
MSG_NUMBER = QT_TRANSLATE_NOOP("DomainError", "Please enter a number.")
MSG_TEXT = QT_TRANSLATE_NOOP("DomainError", "Please enter text here.")
MSG_CONTROL_CHARACTERS = QT_TRANSLATE_NOOP(
    "DomainError",
    "This text contains invisible control characters (for example from a copied document) "
    "that cannot be stored. Please type the text again or paste it as plain text.",
)
MSG_WHOLE_NUMBER = QT_TRANSLATE_NOOP(
    "DomainError", "Please enter a whole number between {low} and {high}."
)
MSG_CHOICE = QT_TRANSLATE_NOOP("DomainError", "Please choose one of the offered options.")
MSG_EMAIL = QT_TRANSLATE_NOOP(
    "DomainError", "“{value}” does not look like an e-mail address (example: name@verein.de)."
)

EARLIEST_DATE = date(2000, 1, 1)
LATEST_DATE = date(2099, 12, 31)

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
# Control characters other than tab and line breaks, and unpaired UTF-16 surrogates (which
# cannot be encoded): pasted from elsewhere, they break exports, reports and the display.
_UNSTORABLE_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
# The largest row id SQLite stores (a signed 64-bit integer).
MAX_ROW_ID = 2**63 - 1


@contextmanager
def unit_of_work(db: Database) -> Iterator[Session]:
    """A session inside one transaction: committed on success, rolled back on any error."""
    with db.sessions() as session:
        try:
            with session.begin():
                yield session
        except StaleDataError as exc:
            # Another program changed or removed the row between reading and writing.
            raise StaleEditError() from exc
        except IntegrityError as exc:
            raise DomainError(MSG_CONFLICT) from exc
        except OperationalError as exc:
            error = storage_error(exc)
            if error is None:
                raise
            raise error from exc


# SQLite's primary result codes (the low byte of an extended code) for a failed write.
_SQLITE_MESSAGES = {
    5: MSG_BUSY,  # SQLITE_BUSY
    6: MSG_BUSY,  # SQLITE_LOCKED
    8: MSG_NOT_WRITABLE,  # SQLITE_READONLY
    10: MSG_NOT_WRITABLE,  # SQLITE_IOERR
    11: MSG_DAMAGED,  # SQLITE_CORRUPT
    13: MSG_DISK_FULL,  # SQLITE_FULL
    14: MSG_NOT_WRITABLE,  # SQLITE_CANTOPEN
    26: MSG_DAMAGED,  # SQLITE_NOTADB
}
# PostgreSQL's SQLSTATE classes and codes for the same situations.
_POSTGRES_MESSAGES = {"53100": MSG_DISK_FULL, "55P03": MSG_BUSY, "25006": MSG_NOT_WRITABLE}


def storage_error(exc: OperationalError) -> DomainError | None:
    """A DomainError for a write the storage refused (disk full, drive gone, busy, damaged);
    None for any other database error, which is a fault of the program."""
    orig = exc.orig
    code = getattr(orig, "sqlite_errorcode", None)
    message = _SQLITE_MESSAGES.get(code & 0xFF) if isinstance(code, int) else None
    if message is None:
        message = _POSTGRES_MESSAGES.get(getattr(orig, "pgcode", None) or "")
    return DomainError(message) if message else None


def clean_text(value: str | None, *, field: str, limit: int, required: str | None = None) -> str:
    """Strip and check length; `required` is the message to show when the text is empty."""
    text = checked_text(value, field=field).strip()
    if required and not text:
        raise DomainError(required, field=field)
    if len(text) > limit:
        raise DomainError(MSG_TOO_LONG, field=field, limit=limit, length=len(text))
    return text


def checked_text(value: object, *, field: str | None = None) -> str:
    """`value` as a text that can be stored; None is the empty text."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise DomainError(MSG_TEXT, field=field)
    # Word's soft line break and page break arrive as vertical tab and form feed.
    value = value.replace("\x0b", "\n").replace("\x0c", "\n")
    if _UNSTORABLE_RE.search(value):
        raise DomainError(MSG_CONTROL_CHARACTERS, field=field)
    return value


def clean_int(value: object, *, field: str, low: int, high: int) -> int:
    """A whole number between `low` and `high` (2.0 counts as 2; True, 2.5 and "2" do not)."""
    number = whole_number(value)
    if number is None or not low <= number <= high:
        raise DomainError(MSG_WHOLE_NUMBER, field=field, low=low, high=high)
    return number


def clean_today(value: object) -> date:
    """The reference day of a list ("today" unless a test or a report names another)."""
    if value is None:
        return date.today()
    if isinstance(value, datetime):
        return value.date()
    if not isinstance(value, date):
        raise DomainError(MSG_DATE, field="today")
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise DomainError(MSG_DATE_RANGE, field="today")
    return value


def row_id(value: object) -> int | None:
    """`value` as a row id, or None when it cannot be one (wrong type, out of range)."""
    number = whole_number(value)
    return number if number is not None and 0 < number <= MAX_ROW_ID else None


def clean_count(value: int | None, *, field: str, limit: int = 1_000_000) -> int:
    if value is None or value == "":
        return 0
    number = whole_number(value)
    if number is None:
        raise DomainError(MSG_NUMBER, field=field)
    if number < 0:
        raise DomainError(MSG_NOT_NEGATIVE, field=field)
    if number > limit:
        raise DomainError(MSG_TOO_LARGE, field=field, limit=limit)
    return number


def clean_email(value: str | None, *, field: str = "email", limit: int = 254) -> str:
    text = checked_text(value, field=field).strip()
    if not text:
        return ""
    if len(text) > limit or not _EMAIL_RE.match(text):
        raise DomainError(MSG_EMAIL, field=field, value=text)
    return text


class UnknownFieldsError(TypeError):
    """An update named a field the service does not know: a programming error, not a user
    error. `allowed` lists the fields it knows."""

    def __init__(self, unknown, allowed) -> None:
        self.allowed = frozenset(allowed)
        super().__init__(f"unknown fields: {sorted(unknown)}")


def check_fields(values, allowed) -> None:
    unknown = set(values) - set(allowed)
    if unknown:
        raise UnknownFieldsError(unknown, allowed)


def find_row(session: Session, cls, ident: object):
    """The row with this id, or None (also for a value that cannot be an id)."""
    number = row_id(ident)
    return session.get(cls, number) if number is not None else None


def get_or_raise(session: Session, cls, ident: int, expected_version: int | None = None):
    """The live row with this id; with `expected_version` (the row version a form was
    filled from) a row changed since is refused with a StaleEditError."""
    ident = row_id(ident)
    obj = session.get(cls, ident) if ident is not None else None
    if obj is None or getattr(obj, "deleted_at", None) is not None:
        raise DomainError(MSG_NOT_FOUND)
    check_version(obj, expected_version)
    return obj


def check_version(obj, expected_version: int | None) -> None:
    """Refuse a change based on an older row version than the stored one; None checks
    nothing (a change that does not depend on what the user saw)."""
    if expected_version is None:
        return
    if whole_number(expected_version) is None:
        raise TypeError(f"a row version is a whole number, not {expected_version!r}")
    if obj.row_version != expected_version:
        raise StaleEditError(obj.row_version)


def clean_date(value: object, *, field: str, required: str | None = None) -> date | None:
    """An optional date between 2000 and 2099; `required` is the message when it is missing."""
    if isinstance(value, datetime):  # a datetime cannot be compared with a date
        value = value.date()
    if value is None or value == "":
        if required:
            raise DomainError(required, field=field)
        return None
    if not isinstance(value, date):
        raise DomainError(MSG_DATE, field=field)
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise DomainError(MSG_DATE_RANGE, field=field)
    return value


def clean_number(value: object, *, field: str, required: str | None = None) -> float | None:
    """A finite number; empty input is None unless `required` names the message."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise DomainError(required, field=field)
        return None
    if isinstance(value, bool):
        raise DomainError(MSG_NUMBER, field=field)
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise DomainError(MSG_NUMBER, field=field) from None
    if not math.isfinite(number):
        raise DomainError(MSG_NUMBER, field=field)
    return number


def clean_choice(value: object, choices: tuple[str, ...], *, field: str) -> str:
    if not isinstance(value, str) or value not in choices:
        raise DomainError(MSG_CHOICE, field=field)
    return value  # type: ignore[return-value]


def whole_number(value: object) -> int | None:
    """`value` as an int if it is a whole number (2 or 2.0); None for True, 2.5, "2", None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def live_ref(session: Session, cls, ident: object, field: str):
    """A referenced row that must exist and not be in the trash; None (or "") passes."""
    if ident is None or ident == "":
        return None
    number = row_id(ident)
    obj = session.get(cls, number) if number is not None else None
    if obj is None or getattr(obj, "deleted_at", None) is not None:
        raise DomainError(MSG_NOT_FOUND, field=field)
    return obj

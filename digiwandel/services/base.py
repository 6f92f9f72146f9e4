"""Shared plumbing for services: one session and one transaction per use case."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from digiwandel.model.database import Database
from digiwandel.services.errors import QT_TRANSLATE_NOOP, DomainError

MSG_CONFLICT = QT_TRANSLATE_NOOP(
    "DomainError",
    "The change could not be saved because it conflicts with existing data. Nothing was changed.",
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
MSG_CHOICE = QT_TRANSLATE_NOOP("DomainError", "Please choose one of the offered options.")
MSG_EMAIL = QT_TRANSLATE_NOOP(
    "DomainError", "“{value}” does not look like an e-mail address (example: name@verein.de)."
)

EARLIEST_DATE = date(2000, 1, 1)
LATEST_DATE = date(2099, 12, 31)

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


@contextmanager
def unit_of_work(db: Database) -> Iterator[Session]:
    """A session inside one transaction: committed on success, rolled back on any error."""
    with db.sessions() as session:
        try:
            with session.begin():
                yield session
        except IntegrityError as exc:
            raise DomainError(MSG_CONFLICT) from exc


def clean_text(value: str | None, *, field: str, limit: int, required: str | None = None) -> str:
    """Strip and check length; `required` is the message to show when the text is empty."""
    text = (value or "").strip()
    if required and not text:
        raise DomainError(required, field=field)
    if len(text) > limit:
        raise DomainError(MSG_TOO_LONG, field=field, limit=limit, length=len(text))
    return text


def clean_count(value: int | None, *, field: str, limit: int = 1_000_000) -> int:
    number = int(value or 0)
    if number < 0:
        raise DomainError(MSG_NOT_NEGATIVE, field=field)
    if number > limit:
        raise DomainError(MSG_TOO_LARGE, field=field, limit=limit)
    return number


def clean_email(value: str | None, *, field: str = "email", limit: int = 254) -> str:
    text = (value or "").strip()
    if not text:
        return ""
    if len(text) > limit or not _EMAIL_RE.match(text):
        raise DomainError(MSG_EMAIL, field=field, value=text)
    return text


def check_fields(values, allowed) -> None:
    """Unknown keys in an update are a programming error, not a user error."""
    unknown = set(values) - set(allowed)
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")


def get_or_raise(session: Session, cls, ident: int):
    obj = session.get(cls, ident)
    if obj is None or getattr(obj, "deleted_at", None) is not None:
        raise DomainError(MSG_NOT_FOUND)
    return obj


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
    if value not in choices:
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
    obj = session.get(cls, ident)
    if obj is None or getattr(obj, "deleted_at", None) is not None:
        raise DomainError(MSG_NOT_FOUND, field=field)
    return obj

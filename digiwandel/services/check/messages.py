"""The messages of the Digitalisierungscheck, in English; the UI shows them translated."""

from __future__ import annotations

from digiwandel.services.errors import QT_TRANSLATE_NOOP

MSG_TITLE = QT_TRANSLATE_NOOP("DomainError", "Please enter a title for the assessment.")
MSG_DATE = QT_TRANSLATE_NOOP("DomainError", "Please enter the date of the assessment.")
MSG_DATE_RANGE = QT_TRANSLATE_NOOP(
    "DomainError", "The date must lie between 2000 and one year from today."
)
MSG_COMPLETED = QT_TRANSLATE_NOOP(
    "DomainError",
    "This assessment is completed and locked. Reopen it first if you need to change answers.",
)
MSG_NO_CATALOG = QT_TRANSLATE_NOOP(
    "DomainError", "No question catalog is available. Please import one first."
)
MSG_CATALOG_EXISTS = QT_TRANSLATE_NOOP(
    "DomainError",
    "The catalog “{title}” in version {version} has already been imported.",
)
MSG_CATALOG_INVALID = QT_TRANSLATE_NOOP(
    "DomainError",
    "The file {file} is not a valid question catalog. %n problem(s) found; the first ones:\n"
    "{problems}",
)
SHOWN_PROBLEMS = 5  # a refusal lists this many problems; the count says how many there are
# One message per kind of catalog problem (domain/catalog.py), in the user's language: the
# validator's own English texts never reach the user.
MSG_PROBLEM = {
    "missing": QT_TRANSLATE_NOOP("DomainError", "a required field is missing"),
    "unknown_field": QT_TRANSLATE_NOOP("DomainError", "this field is not part of the format"),
    "empty": QT_TRANSLATE_NOOP("DomainError", "the text is empty"),
    "too_long": QT_TRANSLATE_NOOP("DomainError", "too long: at most {limit} characters"),
    "too_few": QT_TRANSLATE_NOOP("DomainError", "too few entries: at least {limit}"),
    "too_many": QT_TRANSLATE_NOOP("DomainError", "too many entries: at most {limit}"),
    "not_allowed": QT_TRANSLATE_NOOP(
        "DomainError", "this value is not allowed; allowed are: {expected}"
    ),
    "bad_key": QT_TRANSLATE_NOOP(
        "DomainError",
        "a key may only contain lower-case letters, digits, “.”, “_” and “-” (at most 80)",
    ),
    "out_of_range": QT_TRANSLATE_NOOP(
        "DomainError", "the number must be greater than 0 and at most 10"
    ),
    "duplicate": QT_TRANSLATE_NOOP("DomainError", "the key “{key}” is used more than once"),
    "duplicate_field": QT_TRANSLATE_NOOP(
        "DomainError", "the field “{key}” appears twice in one object"
    ),
    "type": QT_TRANSLATE_NOOP("DomainError", "wrong kind of value: {expected} expected"),
    "not_object": QT_TRANSLATE_NOOP("DomainError", "the file must contain one JSON object"),
    "invalid": QT_TRANSLATE_NOOP("DomainError", "the value is not valid"),
    "syntax": QT_TRANSLATE_NOOP("DomainError", "the file is not valid JSON"),
    "syntax_at": QT_TRANSLATE_NOOP(
        "DomainError", "the file is not valid JSON (line {line}, column {column})"
    ),
    "too_large": QT_TRANSLATE_NOOP("DomainError", "the file is larger than {limit} MB"),
    "empty_file": QT_TRANSLATE_NOOP("DomainError", "the file is empty"),
    "not_text": QT_TRANSLATE_NOOP("DomainError", "the file is not UTF-8 text"),
}
MSG_EXPECTED = {
    "text": QT_TRANSLATE_NOOP("DomainError", "a text"),
    "whole_number": QT_TRANSLATE_NOOP("DomainError", "a whole number"),
    "number": QT_TRANSLATE_NOOP("DomainError", "a number"),
    "true_false": QT_TRANSLATE_NOOP("DomainError", "true or false"),
    "list": QT_TRANSLATE_NOOP("DomainError", "a list"),
    "object": QT_TRANSLATE_NOOP("DomainError", "an object"),
}
MSG_WHOLE_FILE = QT_TRANSLATE_NOOP("DomainError", "whole file")
MSG_CATALOG_UNREADABLE = QT_TRANSLATE_NOOP(
    "DomainError", "The file {file} cannot be read: {reason}"
)
MSG_BAD_ANSWER = QT_TRANSLATE_NOOP(
    "DomainError", "Please choose one of the four statements, “don't know” or “not applicable”."
)
MSG_BAD_RELEVANCE = QT_TRANSLATE_NOOP("DomainError", "The relevance must be low, medium or high.")
MSG_ITEM_NOT_IN_CATALOG = QT_TRANSLATE_NOOP(
    "DomainError", "This question does not belong to the catalog of this assessment."
)
MSG_TARGET_RANGE = QT_TRANSLATE_NOOP("DomainError", "A target must be a percentage from 0 to 100.")
MSG_NO_RESPONDENTS = QT_TRANSLATE_NOOP(
    "DomainError",
    "An assessment can only be completed when at least one person has answered.",
)

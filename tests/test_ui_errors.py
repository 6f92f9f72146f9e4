"""Unexpected errors are explained in plain words, logged, and offer their details."""

from __future__ import annotations

import logging
import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from digiwandel.ui import errors


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (sqlite3.OperationalError("database or disk is full"), "disk is full"),
        (OSError(28, "No space left on device"), "disk is full"),
        (sqlite3.OperationalError("disk I/O error"), "could not be written"),
        (sqlite3.OperationalError("database is locked"), "busy in another program"),
        (ValueError("boom"), "unexpected"),
    ],
)
def test_plain_reason_names_the_cause(qapp, exc, expected):
    assert expected in errors.plain_reason(exc)


def test_unexpected_error_is_logged_and_shown_with_details(qapp, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    path = errors.setup_logging()
    try:
        raise RuntimeError("kaputt")
    except RuntimeError as exc:
        errors.show_unexpected(type(exc), exc, exc.__traceback__)
    finally:
        for handler in list(errors.log.handlers):
            handler.close()
            errors.log.removeHandler(handler)
    assert len(shown) == 1
    assert "kaputt" in shown[0].detailedText()
    assert str(path) in shown[0].informativeText()
    assert "kaputt" in path.read_text(encoding="utf-8")
    assert logging.getLogger("digiwandel").handlers == []

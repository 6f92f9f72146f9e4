"""No personal data in the log; the program's files are for its user alone."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys

import pytest
from sqlalchemy.exc import IntegrityError

from digiwandel.model.organisation import Person
from digiwandel.services.base import unit_of_work
from digiwandel.services.errors import DomainError

NAME = "Erika Mustermann"
EMAIL = "erika.mustermann@example.org"


def test_a_failed_insert_of_a_person_leaves_no_personal_data_in_the_log(db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from digiwandel.ui import errors

    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(self.format(record))

    handler = Keep()
    errors.log.addHandler(handler)
    monkeypatch.setattr(QMessageBox, "exec", lambda _self: 0)
    try:
        with pytest.raises(DomainError) as raised, unit_of_work(db) as session:
            # an area that does not exist: the database refuses the row
            session.add(Person(name=NAME, email=EMAIL, role="Leitung", area_id=999_999))
        cause = raised.value.__cause__
        assert isinstance(cause, IntegrityError)
        errors.show_unexpected(type(cause), cause, cause.__traceback__)
    finally:
        errors.log.removeHandler(handler)
    text = "\n".join(records)
    assert "IntegrityError" in text, "the error itself is logged"
    assert "FOREIGN KEY" in text
    assert NAME not in text
    assert EMAIL not in text
    assert "Leitung" not in text


@pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX matter")
def test_files_and_folders_the_program_makes_are_owner_only(tmp_path):
    # the program makes the folder too
    target = tmp_path / "new" / "demo.sqlite3"
    code = (
        "import sys; from digiwandel.cli import main; sys.exit(main(['demo', '--db', sys.argv[1]]))"
    )
    subprocess.run([sys.executable, "-c", code, str(target)], check=True, capture_output=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700

"""The demo file holds the board report of half a year ago (its key figures), so the Reports
page has something to show and the next board report says what changed since."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from digiwandel.i18n import QtLanguage
from digiwandel.services.check import CheckService
from digiwandel.services.errors import DomainError, NotFoundError
from digiwandel.services.reports import ReportService
from digiwandel.services.reports.common import ReportRequest


@pytest.fixture
def demo(tmp_path):
    from digiwandel.model.database import open_database
    from digiwandel.services.demo import create_demo_file

    database = open_database(create_demo_file(tmp_path / "demo.sqlite3"))
    yield database
    database.close()


def test_the_demo_keeps_the_key_figures_of_an_earlier_board_report(demo, tmp_path):
    service = ReportService(demo)
    (kept,) = service.snapshots()
    assert kept.kind == "board"
    assert kept.created_at.date() < date.today()
    assert kept.size == 0  # its pages were not kept
    with pytest.raises(DomainError) as raised:
        service.snapshot_pdf(kept.id)
    assert not isinstance(raised.value, NotFoundError)
    assert "key figures" in str(raised.value)

    # the next board report compares with it: the maturity of the check seen back then
    rendered = service.render(ReportRequest("board"), QtLanguage("en"))
    path = tmp_path / "board.pdf"
    path.write_bytes(rendered.pdf)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    earlier = CheckService(demo).latest_completed(2)[-1]
    assert "This is the first board report" not in text
    assert QtLanguage("en").percent(round(earlier.overall, 2)) in text


def test_opening_a_report_of_which_only_figures_were_kept_explains_it(demo, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from digiwandel.ui.context import AppContext
    from digiwandel.ui.pages.reports import ReportsPage

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **_kw: warned.append(args[2]))
    ctx = AppContext()
    ctx.set_database(demo)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    assert page.model.rowCount() == 1
    page.view.selectRow(0)
    assert page.open_selected() is None
    assert warned and "key figures" in warned[0]
    assert page.model.rowCount() == 1, "the kept figures stay listed"

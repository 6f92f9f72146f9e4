"""Stand-in report kinds for testing the report service, the command line and the UI
without the real builders: each makes a small PDF of known pages with reportlab."""

from __future__ import annotations

import io
import sys
import threading
import time
import types
from dataclasses import dataclass, field

from digiwandel.domain.language import current
from digiwandel.services.reports.common import KINDS, RenderedReport

PACKAGE = "digiwandel.services.reports"


def pdf_with_pages(count: int, label: str = "Page") -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for number in range(1, count + 1):
        canvas.setFont("Helvetica", 24)
        canvas.drawString(100, 700, f"{label} {number}")
        canvas.rect(50, 50, 100, 100, fill=1)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@dataclass
class FakeKinds:
    """What the fakes were asked for, and how they behave."""

    pages: int = 3
    calls: list = field(default_factory=list)  # (kind, language code, request)
    threads: list = field(default_factory=list)  # names of the threads that built
    spoken: list = field(default_factory=list)  # the language texts were written in
    figures: dict = field(default_factory=lambda: {"overall": 1.7, "measures": 4})
    hold: threading.Event | None = None  # while set up and not released: keep working
    release: threading.Event = field(default_factory=threading.Event)
    fail_with: BaseException | None = None
    started: threading.Event = field(default_factory=threading.Event)

    def hold_until_released(self) -> None:
        self.hold = threading.Event()


SPECS = {
    "board": (
        "Board report",
        (("summary", "Summary"), ("maturity", "Maturity"), ("projects", "Measures")),
        None,
    ),
    "assessment": ("Assessment report", (("findings", "Findings"),), "assessment"),
    "project": ("Project profile", (), "project"),
    "strategy": ("Strategy paper", (), None),
    "questionnaire": ("Questionnaire", (), None),
}


def install(monkeypatch, fakes: FakeKinds | None = None) -> FakeKinds:
    """Put a fake module in place of each kind's module for the duration of a test."""
    fakes = fakes or FakeKinds()
    for kind in KINDS:
        title, sections, item = SPECS[kind]
        module = types.ModuleType(f"{PACKAGE}.{kind}")
        module.TITLE = title
        module.SECTIONS = sections
        module.ITEM = item
        module.build = _builder(kind, title, fakes)
        monkeypatch.setitem(sys.modules, module.__name__, module)
    return fakes


def _builder(kind: str, title: str, fakes: FakeKinds):
    def build(db, language, request, progress):
        fakes.calls.append((kind, language.code, request))
        fakes.threads.append(threading.current_thread().name)
        fakes.spoken.append(current().code)
        fakes.started.set()
        if fakes.fail_with is not None:
            raise fakes.fail_with
        if fakes.hold is not None:
            # Keep reporting progress, as a long report does, until the test lets go.
            deadline = time.monotonic() + 20
            while not fakes.release.is_set() and time.monotonic() < deadline:
                progress(0.1)
                time.sleep(0.01)
        for number in range(1, fakes.pages + 1):
            progress(number / fakes.pages)
        subtitle = request.period if request.item_id is None else f"Item {request.item_id}"
        return RenderedReport(
            kind=kind,
            title=language.tr("ReportKinds", title),
            subtitle=subtitle,
            pdf=pdf_with_pages(fakes.pages, title),
            pages=fakes.pages,
            figures=dict(fakes.figures),
        )

    return build


def forget_kept_reports(path):
    """Remove the reports kept in a database file (the demo file keeps one), for tests that
    count the reports they make themselves."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute("DELETE FROM report_snapshot")
        # into the file itself: tests copy the file without its write-ahead log
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return path

"""`digiwandel selftest` and Help → Check the installation: does this installation work?
Runs what a user's first hour needs, in a temporary folder, and says step by step what
worked and how long it took.

Made for the installed program bundle, where a library or a resource left out by the build
shows only when it is first used: the steps load every part once (migrations, demo data,
report fonts and charts, the PDF preview, spreadsheets, translations, every page of the
window). Nothing outside the temporary folder is changed: on the command line the
program's settings, data folder and log are redirected into it; in the running program the
steps that need no settings run, without the window step.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from digiwandel.domain.language import QT_TRANSLATE_NOOP

WINDOW_TIMEOUT_S = 60.0

TR_CONTEXT = "SelfTest"
# What each step's line says, with the detail that follows it in brackets.
STEP_TITLES = {
    "database": QT_TRANSLATE_NOOP("SelfTest", "New database and migrations"),
    "demo": QT_TRANSLATE_NOOP("SelfTest", "Demo organisation"),
    "report": QT_TRANSLATE_NOOP("SelfTest", "Board report (PDF, pages)"),
    "preview": QT_TRANSLATE_NOOP("SelfTest", "Report preview"),
    "spreadsheet": QT_TRANSLATE_NOOP("SelfTest", "Excel export"),
    "translations": QT_TRANSLATE_NOOP("SelfTest", "Translations"),
    "check_db": QT_TRANSLATE_NOOP("SelfTest", "Database check (problems)"),
    "window": QT_TRANSLATE_NOOP("SelfTest", "Program window (pages)"),
}


@dataclass(slots=True)
class StepResult:
    key: str
    seconds: float
    detail: str = ""
    error: str = ""


class SelfTest:
    """The steps, in order; each may use what the ones before made."""

    def __init__(self, folder: Path, lang: str, *, window: bool = True) -> None:
        self.folder = folder
        self.lang = lang
        self.window = window
        self.db_path = folder / "selftest.sqlite3"
        self.pdf_path = folder / "board-report.pdf"

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        steps = [
            ("database", self.new_database),
            ("demo", self.demo),
            ("report", self.board_report),
            ("preview", self.preview),
            ("spreadsheet", self.spreadsheet),
            ("translations", self.translations),
            ("check_db", self.check_db),
        ]
        if self.window:
            steps.append(("window", self.open_window))
        return steps

    # -- the steps: each returns a short detail for the line it prints ---------------------
    def new_database(self) -> str:
        from digiwandel.model.database import head_revision, open_database

        db = open_database(self.folder / "empty.sqlite3")
        try:
            with db.engine.connect() as conn:
                revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        finally:
            db.close()
        if revision != head_revision():
            raise RuntimeError(f"schema {revision}, expected {head_revision()}")
        return revision

    def demo(self) -> str:
        from digiwandel.services.demo import create_demo_file

        create_demo_file(self.db_path)
        return self.db_path.name

    def board_report(self) -> str:
        from digiwandel.i18n import QtLanguage
        from digiwandel.model.database import open_database
        from digiwandel.services.reports import ReportRequest, ReportService

        db = open_database(self.db_path, create=False)
        try:
            rendered = ReportService(db).render(
                ReportRequest(kind="board", period="Selbsttest"), QtLanguage(self.lang)
            )
        finally:
            db.close()
        if not rendered.pdf.startswith(b"%PDF") or rendered.pages < 2:
            raise RuntimeError(f"{rendered.pages} page(s)")
        self.pdf_path.write_bytes(rendered.pdf)
        return str(rendered.pages)

    def preview(self) -> str:
        import pypdfium2

        document = pypdfium2.PdfDocument(self.pdf_path.read_bytes())
        try:
            page = document[0]
            bitmap = page.render(scale=0.5)
            size = (bitmap.width, bitmap.height)
            page.close()
        finally:
            document.close()
        if min(size) < 100:
            raise RuntimeError(f"page drawn at {size[0]}×{size[1]} px")
        return f"{size[0]}×{size[1]}"

    def spreadsheet(self) -> str:
        from datetime import date
        from decimal import Decimal

        from openpyxl import load_workbook

        from digiwandel.exports import write_xlsx

        path = self.folder / "table.xlsx"
        write_xlsx(
            path,
            ["Maßnahme", "Budget", "Ende"],
            [["Selbsttest", Decimal("1450.50"), date(2027, 6, 30)]],
            "Selbsttest",
            kinds=[None, "money", "date"],
            language=self.lang,
        )
        sheet = load_workbook(path, read_only=True).active
        value = next(sheet.iter_rows(min_row=2, values_only=True))[1]
        if float(value) != 1450.5:
            raise RuntimeError(f"read back {value!r}")
        return path.name

    def translations(self) -> str:
        from digiwandel.i18n import load_translators

        german = load_translators("de")
        if len(german) != 2:  # the program's own and Qt's standard dialogs
            raise RuntimeError(f"{len(german)} of 2 German catalogues")
        if german[0].translate("MainWindow", "&File") != "&Datei":
            raise RuntimeError("the German catalogue does not translate")
        return "de, en"

    def check_db(self) -> str:
        from digiwandel.services.check_db import check_database

        report = check_database(self.db_path)
        if not report.healthy:
            raise RuntimeError("; ".join(problem.text for problem in report.problems))
        return "0"

    def open_window(self) -> str:
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        from digiwandel.ui.app import make_application, start

        # An error in an event handler does not stop Qt: it reaches the excepthook.
        errors: list[BaseException] = []
        previous_hook = sys.excepthook
        sys.excepthook = lambda _type, error, _tb: errors.append(error)

        def settle(seconds: float) -> None:
            """Let queued work run (deferred charts, the overview's background findings)."""
            until = time.perf_counter() + seconds
            while time.perf_counter() < until:
                QCoreApplication.processEvents()
                time.sleep(0.01)

        make_application()
        window = start(self.db_path, self.lang)
        deadline = QDeadlineTimer(int(WINDOW_TIMEOUT_S * 1000))
        try:
            while not window.overview.findings_ready:
                if deadline.hasExpired():
                    raise RuntimeError("the overview was not ready in time")
                settle(0.01)
            pages = window.pages()
            for index in range(len(pages)):
                window.navigation.setCurrentRow(index)
                settle(0.2)
            if window.grab().isNull():
                raise RuntimeError("the window cannot be drawn")
        finally:
            window.close()
            settle(0.05)
            sys.excepthook = previous_hook
        if errors:
            raise errors[0]
        return str(len(pages))


def isolate(folder: Path) -> None:
    """Settings, data folder and log of this run live in `folder`, not in the user's."""
    from PySide6.QtCore import QSettings

    os.environ["DIGIWANDEL_DATA_DIR"] = str(folder / "data")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def step_count(*, window: bool = True) -> int:
    return len(SelfTest(Path(), "en", window=window).steps())


def run(
    lang: str,
    report: Callable[[StepResult], None],
    *,
    keep: Path | None = None,
    window: bool = True,
    own_settings: bool = True,
) -> bool:
    """Run every step until one fails; `report` gets each result as it comes.

    `own_settings`: redirect the settings, data folder and log into the temporary folder
    (a process of its own, the command line); the running program passes False, with
    `window` False, since no other step touches them."""
    with tempfile.TemporaryDirectory(prefix="digiwandel-selftest-") as temporary:
        folder = keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        if own_settings:
            isolate(folder)
        test = SelfTest(folder, lang, window=window)
        for key, step in test.steps():
            started = time.perf_counter()
            try:
                detail = step()
            except Exception as exc:  # any failure is the answer, said in one line
                report(StepResult(key, time.perf_counter() - started, error=_one_line(exc)))
                return False
            report(StepResult(key, time.perf_counter() - started, detail))
    return True


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"

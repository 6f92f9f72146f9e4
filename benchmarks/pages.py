"""How fast does the program start, open its pages and show an edit, on a large database?

    python benchmarks/pages.py [--db PATH | --server ADDRESS] [--demo] [--small] [--repeat 3]

Measures in offscreen Qt and prints one table with the goal beside every figure; a figure
over its goal is marked OVER. The exit code is 0 whatever the figures (a measurement, not a
test).

* Start-up, each in a fresh subprocess, best of --repeat runs: time from the top of the
  subprocess script (time.perf_counter) to the first event-loop turn after the window is
  ready, and the subprocess's wall time (interpreter start to exit):
  - floor: import PySide6 and SQLAlchemy, open_database(), show an empty QMainWindow;
  - the program (digiwandel.ui.app.start(path, "de")) on the demo database;
  - the program on the large database.
  Goals: ≤ 1.5 × floor (demo), ≤ 2 × floor (large). The program's modules are compiled
  to bytecode first, as they are in an installed program.
* Pages (visited once the program's background loading of the charts, started shortly
  after start-up, has finished, as a user's first click comes later): every page of the
  navigation, every tab of a page's QTabWidget (the check page with
  a completed assessment selected, the strategy tabs, the organisation tabs), the views of the
  Measures page (table, board, timeline), one measure's detail with its tabs, and back to the
  list: time from the switch until the event loop is idle (wall-clock, with this process's
  CPU time beside it, as other work on the machine inflates wall-clock figures), and the SQL
  statements executed (an SQLAlchemy before_cursor_execute listener). Everything is visited
  twice: "first" is the first visit, "again" the second. Goal: ≤ 200 ms.
* Edits, done the way the pages do them (service call, undo record, ctx.notify) and timed
  until the event loop is idle: rename a measure, set one answer in a draft check (paper
  entry), add an indicator measurement, change the organisation's name; each twice ("first",
  "again"). Goal: ≤ 100 ms.
* Peak RSS of this process after visiting every page. Goal: ≤ 250 MB.

With --server ADDRESS the large start-up, pages and edits run on that database on a
PostgreSQL server (benchmarks/server.py fills one from the large file and runs this).

Databases: pages and edits run on a copy of --db (the file itself is never changed); without
--db the large database is generated into a temporary folder with benchmarks/large_db.py
(--small: 200 measures and 10 checks, for a quick trial). --profile TEXT prints a cProfile
of each measurement whose label contains TEXT. With --demo, pages and edits run on
the demo database instead, and the large start-up is measured only if --db is given.
"""

from __future__ import annotations

import argparse
import compileall
import json
import multiprocessing
import os
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

# Before anything imports Qt: no display needed, no accessibility bus.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PAGE_GOAL_MS = 200.0
EDIT_GOAL_MS = 100.0
RSS_GOAL_MB = 250.0
START_GOAL_DEMO = 1.5  # × floor
START_GOAL_LARGE = 2.0  # × floor
SUBPROCESS_TIMEOUT_S = 1800  # opening a large database is slow today
SETTLE_LIMIT_S = 600.0
PROFILE_LABEL = ""  # --profile: label text of the measurements to profile

# Common head of the start-up scripts: the clock starts before anything is imported.
_SCRIPT_HEAD = """\
import time
T0 = time.perf_counter()
import json, os, resource, sys
from pathlib import Path
ROOT = sys.argv[2]
sys.path.insert(0, ROOT)
marks = {}
"""
_SCRIPT_TAIL = """\
def ready():
    marks["ready"] = time.perf_counter() - T0
    marks["cpu"] = time.process_time()  # CPU seconds of this process since it started
    app.quit()

QTimer.singleShot(0, ready)
app.exec()
marks["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("RESULT " + json.dumps(marks), flush=True)
"""
FLOOR_SCRIPT = (
    _SCRIPT_HEAD
    + """\
import sqlalchemy  # noqa: F401
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from digiwandel.model.database import open_database
app = QApplication(sys.argv[:1])
db = open_database(Path(sys.argv[1]))
window = QMainWindow()
window.resize(1180, 760)
window.show()
marks["shown"] = time.perf_counter() - T0
"""
    + _SCRIPT_TAIL
)
PROGRAM_SCRIPT = (
    _SCRIPT_HEAD
    + """\
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

def refuse(*args, **kwargs):  # a modal message box would wait for ever offscreen
    print("message box:", *[a for a in args if isinstance(a, str)], file=sys.stderr)
    return QMessageBox.StandardButton.No

for name in ("critical", "warning", "information", "question"):
    setattr(QMessageBox, name, staticmethod(refuse))
from digiwandel.ui.app import start
marks["imported"] = time.perf_counter() - T0
app = QApplication(sys.argv[:1])  # start() configures and uses this one

def close_modal():  # e.g. the welcome dialog of a database without an organisation
    modal = app.activeModalWidget()
    if modal is not None:
        print("modal dialog closed:", type(modal).__name__, file=sys.stderr)
        modal.close()

watchdog = QTimer()
watchdog.timeout.connect(close_modal)
watchdog.start(1000)
target = sys.argv[1]
window = start(target if target.startswith("postgresql") else Path(target), "de")
marks["shown"] = time.perf_counter() - T0
"""
    + _SCRIPT_TAIL
    + """\
window.close()  # releases the lock file and closes the database
"""
)


def log(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


# ---- start-up -------------------------------------------------------------------------------
@dataclass
class StartRun:
    ready_s: float | None = None
    wall_s: float | None = None
    rss_mb: float | None = None
    cpu_s: float | None = None
    problem: str = ""


def run_start(script: Path, db: Path | str, env: dict[str, str]) -> StartRun:
    """One start-up in a fresh interpreter; the script prints a RESULT line."""
    begin = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, str(script), str(db), str(ROOT)],
            capture_output=True,
            text=True,
            env=env,
            timeout=SUBPROCESS_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return StartRun(problem=f"timeout after {SUBPROCESS_TIMEOUT_S} s")
    wall = time.perf_counter() - begin
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            marks = json.loads(line[len("RESULT ") :])
            return StartRun(marks.get("ready"), wall, marks.get("rss_mb"), marks.get("cpu"))
    tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
    return StartRun(wall_s=wall, problem=f"exit {done.returncode}: {tail}")


def best_start(label: str, script: Path, db: Path | str, env, repeat: int) -> StartRun:
    """The fastest of `repeat` runs (ready time; wall time is the best wall time)."""
    runs = []
    for n in range(repeat):
        log(f"start-up {label}: run {n + 1} of {repeat} …")
        run = run_start(script, db, env)
        if run.problem:
            log(f"  {run.problem}")
        else:
            log(f"  ready after {run.ready_s:.2f} s, wall {run.wall_s:.2f} s")
        runs.append(run)
    good = [r for r in runs if r.ready_s is not None]
    if not good:
        return runs[-1]
    best = min(good, key=lambda r: r.ready_s)
    return StartRun(best.ready_s, min(r.wall_s for r in good), best.rss_mb, best.cpu_s)


# ---- in-process measurements -------------------------------------------------------------
@dataclass
class Row:
    label: str
    ms: list[float | None] = field(default_factory=list)
    cpu_ms: list[float | None] = field(default_factory=list)
    statements: list[int | None] = field(default_factory=list)
    problem: str = ""


class Counter:
    """Counts SQL statements sent to the database."""

    def __init__(self, engine) -> None:
        from sqlalchemy import event

        self.count = 0
        self.engine = engine
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args) -> None:
        self.count += 1

    def close(self) -> None:
        from sqlalchemy import event

        event.remove(self.engine, "before_cursor_execute", self._seen)


class Bench:
    """Switches pages and makes edits in a real MainWindow, timing each until idle."""

    def __init__(self, window, guards: Guards) -> None:
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance()
        self.window = window
        self.counter = Counter(window.ctx.db.engine)
        self.slot_errors = guards.errors

    def settle(self) -> None:
        """Process events until two event-loop passes in a row find nothing to do."""
        from PySide6.QtCore import QEventLoop

        deadline = time.perf_counter() + SETTLE_LIMIT_S
        quiet = 0
        while quiet < 2 and time.perf_counter() < deadline:
            start = time.perf_counter()
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            quiet = quiet + 1 if time.perf_counter() - start < 0.001 else 0

    def measure(self, row: Row, action: Callable[[], object]) -> object:
        """Run `action`, wait until idle; appends time and statement count to `row`."""
        self.settle()
        self.slot_errors.clear()
        self.counter.count = 0
        result = None
        profiler = None
        if PROFILE_LABEL and PROFILE_LABEL in row.label:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        cpu = time.process_time()
        start = time.perf_counter()
        try:
            result = action()
            self.settle()
        except Exception as exc:
            row.problem = row.problem or error_text(exc)
            traceback.print_exc(file=sys.stderr)
        elapsed = (time.perf_counter() - start) * 1000.0
        cpu = (time.process_time() - cpu) * 1000.0
        if profiler is not None:
            import pstats

            profiler.disable()
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(40)
        if self.slot_errors and not row.problem:
            row.problem = self.slot_errors[0]
        row.ms.append(elapsed)
        row.cpu_ms.append(cpu)
        row.statements.append(self.counter.count)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        log(
            f"  {row.label}: {elapsed:.1f} ms (cpu {cpu:.0f}), {self.counter.count} SQL, "
            f"peak RSS {peak:.0f} MB"
        )
        return result


def error_text(exc: BaseException) -> str:
    """One line: the exception, where it was raised, and its own message (PySide wraps the
    message of an error inside a virtual override in "Error calling Python override …")."""
    message = str(exc).rsplit("): ", 1)[-1] if "Python override" in str(exc) else str(exc)
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(exc).__name__}{where}: {message} (traceback on stderr)"


def tab_widgets(widget) -> list:
    """The QTabWidgets a page offers as `tabs` (and the Measures page as `views`)."""
    from PySide6.QtWidgets import QTabWidget

    found = []
    for name in ("tabs", "views"):
        tabs = getattr(widget, name, None)
        if isinstance(tabs, QTabWidget):
            found.append(tabs)
    return found


def tab_order(tabs) -> list[int]:
    """Every tab once, the one shown at first last (switching to it is then a real switch)."""
    current = tabs.currentIndex()
    return [i for i in range(tabs.count()) if i != current] + [current]


def plain(text: str) -> str:
    """A tab or navigation text without mnemonics and without a trailing count "(3/12)"."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.sub(r"\s*\([^()]*\d[^()]*\)$", "", text)


def visit_everything(bench: Bench, rows: dict[str, Row], order: list[str]) -> None:
    """One pass over every page, tab, view and one measure's detail."""
    window = bench.window
    nav = window.navigation

    def row_for(label: str) -> Row:
        if label not in rows:
            rows[label] = Row(label)
            order.append(label)
        return rows[label]

    pages = [i for i in range(nav.count()) if i != nav.currentRow()] + [nav.currentRow()]
    for index in pages:
        title = plain(nav.item(index).text())
        bench.measure(row_for(f"{title}"), lambda i=index: nav.setCurrentRow(i))
        page = window.stack.widget(index)  # pages may be built on their first visit
        if type(page).__name__ == "CheckPage":
            ensure_completed_selected(
                bench, lambda t=title: row_for(f"{t} › select completed check")
            )
        for tabs in tab_widgets(page):
            for i in tab_order(tabs):
                label = f"{title} › {plain(tabs.tabText(i))}"
                bench.measure(row_for(label), lambda t=tabs, i=i: t.setCurrentIndex(i))
        if type(page).__name__ == "ProjectsPage":
            visit_measure_detail(bench, row_for, title)


def ensure_completed_selected(bench: Bench, make_row: Callable[[], Row]) -> None:
    """The check page's tabs are measured with a completed assessment selected."""
    page = page_of(bench.window, "CheckPage")
    current = page.current()
    if current is not None and current.status == "completed":
        return
    completed = [a for a in bench.window.ctx.check.list_assessments() if a.status == "completed"]
    if completed:
        bench.measure(make_row(), lambda: page.panel.select_id(completed[0].id))
    else:
        make_row().problem = "no completed assessment in this database"


def visit_measure_detail(bench: Bench, row_for, title: str) -> None:
    projects = page_of(bench.window, "ProjectsPage")
    projects.views.setCurrentIndex(0)
    bench.settle()
    ident = projects.selected_id()
    if ident is None:
        row_for(f"{title} › open one measure").problem = "no measure to open"
        return
    bench.measure(row_for(f"{title} › open one measure"), lambda: projects.open_project(ident))
    detail = projects.detail
    for tabs in (detail.tabs, detail.step_tabs):
        for i in tab_order(tabs):
            label = f"{title} › measure › {plain(tabs.tabText(i))}"
            bench.measure(row_for(label), lambda t=tabs, i=i: t.setCurrentIndex(i))
    bench.measure(row_for(f"{title} › measure › next step"), lambda: step_forward(detail))
    bench.measure(row_for(f"{title} › back to the list"), projects.show_list)


def step_forward(detail) -> None:
    number = detail._step_number % 12 + 1
    detail.select_step(number)


# ---- finding pages, edits ---------------------------------------------------------------
def page_of(window, class_name: str):
    """The page of the main window's stack with this class name."""
    pages = (
        window.pages()
        if hasattr(window, "pages")
        else [window.stack.widget(index) for index in range(window.stack.count())]
    )
    for page in pages:
        if type(page).__name__ == class_name:
            return page
    raise LookupError(f"no {class_name} in the main window")


def notify_check(ctx) -> None:
    """Tell the pages that check data changed (typed flag or, in older code, a name)."""
    from digiwandel.ui import context

    change = getattr(context, "Change", None)
    ctx.notify(change.CHECK if change is not None else "check")


def show_page(bench: Bench, page) -> None:
    bench.window.navigation.setCurrentRow(bench.window.stack.indexOf(page))
    bench.settle()


def edit_rename_measure(bench: Bench, row: Row) -> None:
    """As ProjectDetailView.edit_project after its dialog: service, undo record, notify."""
    projects = page_of(bench.window, "ProjectsPage")
    show_page(bench, projects)
    if projects.stack.currentWidget() is not projects.detail:
        ident = projects.selected_id()
        if ident is None:
            row.problem = "no measure"
            return
        projects.open_project(ident)
        bench.settle()
    detail = projects.detail
    d = detail.detail
    old_values = detail.project_replay(d)

    def edit() -> None:
        new = detail.projects.update_project(d.id, title=d.title + " (umbenannt)")
        new_values = detail.project_replay(new)
        detail.push(
            "Edit measure",
            lambda: detail.projects.update_project(d.id, **new_values),
            lambda: detail.projects.update_project(d.id, **old_values),
        )

    bench.measure(row, edit)


def edit_answer(bench: Bench, row: Row) -> None:
    """Type one answer on the paper-entry grid of a draft check (GridTab)."""
    window = bench.window
    page = page_of(window, "CheckPage")
    show_page(bench, page)
    check = window.ctx.check
    drafts = [a for a in check.list_assessments() if a.status == "draft"]
    if drafts:
        draft_id = drafts[0].id
    else:  # setup, not measured: a draft with one answer sheet
        draft_id = check.create_assessment("Benchmark-Entwurf", date.today()).id
        check.add_respondent(draft_id)
        notify_check(window.ctx)
        bench.settle()
    if not check.list_respondents(draft_id):
        check.add_respondent(draft_id)
        notify_check(window.ctx)
    page.panel.select_id(draft_id)
    page.tabs.setCurrentWidget(page.grid)
    bench.settle()
    model = page.grid.model
    if not model.rowCount() or not model.columnCount() or not model.editable:
        row.problem = "the draft's paper entry grid is empty or locked"
        return
    index = model.index(0, 0)
    old = model.answer(index)
    value = "1" if old is not None and old.status == "level" and old.level == 2 else "2"
    bench.measure(row, lambda: model.setData(index, value))


def edit_measurement(bench: Bench, row: Row) -> None:
    """Quick entry of a measurement on the strategy page's goals tab."""
    window = bench.window
    strategy = page_of(window, "StrategyPage")
    show_page(bench, strategy)
    goals = next(
        (
            strategy.tabs.widget(i)
            for i in range(strategy.tabs.count())
            if type(strategy.tabs.widget(i)).__name__ == "GoalsTab"
        ),
        None,
    )
    if goals is None:
        row.problem = "no goals tab"
        return
    strategy.tabs.setCurrentWidget(goals)
    bench.settle()
    if goals._indicator_now() is None:
        row.problem = "no indicator selected on the goals tab"
        return
    goals.value_edit.setText("1")
    bench.measure(row, goals.add_measurement)
    if goals.quick_error.isVisible():
        row.problem = row.problem or "the measurement was refused"


def edit_organisation_name(bench: Bench, row: Row) -> None:
    """Type a new name into the profile tab and leave the field (ProfileTab._save)."""
    page = page_of(bench.window, "OrganisationPage")
    show_page(bench, page)
    page.tabs.setCurrentWidget(page.profile)
    bench.settle()
    profile = page.profile
    profile.name.setText(profile.name.text().strip() + " (geändert)")
    bench.measure(row, lambda: profile._save("name"))


EDITS = (
    ("rename a measure", edit_rename_measure),
    ("set one answer in a draft check", edit_answer),
    ("add an indicator measurement", edit_measurement),
    ("edit the organisation name", edit_organisation_name),
)


class Guards:
    """No modal dialog may wait for ever, and errors inside slots are recorded."""

    def __init__(self, app) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QMessageBox

        self.app = app
        self.errors: list[str] = []

        def refuse(*args, **_kwargs):
            texts = " / ".join(a for a in args if isinstance(a, str))
            self.errors.append("message box: " + texts)
            log("  message box: " + texts)
            return QMessageBox.StandardButton.No

        for name in ("critical", "warning", "information", "question"):
            setattr(QMessageBox, name, staticmethod(refuse))
        sys.excepthook = self._hook
        self.watchdog = QTimer()
        self.watchdog.timeout.connect(self._close_modal)
        self.watchdog.start(1000)

    def _hook(self, kind, value, tb) -> None:
        self.errors.append(error_text(value))
        traceback.print_exception(kind, value, tb, file=sys.stderr)

    def _close_modal(self) -> None:
        modal = self.app.activeModalWidget()
        if modal is not None:
            self.errors.append(f"modal {type(modal).__name__} closed by the benchmark")
            log(f"  modal {type(modal).__name__} closed by the benchmark")
            modal.close()

    def stop(self) -> None:
        self.watchdog.stop()


def measure_in_process(db_path: Path | str) -> dict:
    from digiwandel.ui.app import make_application, start

    app = make_application()
    guards = Guards(app)
    log(f"in-process: opening {db_path} in the main window …")
    begin = time.perf_counter()
    window = start(db_path, "de")
    open_s = time.perf_counter() - begin
    bench = Bench(window, guards)
    bench.settle()
    log(f"  window ready after {time.perf_counter() - begin:.1f} s")
    # The program loads charts and services in the background shortly after start-up; a user's
    # first click comes later than that, so the pages are visited once it has finished.
    from digiwandel.ui.preload import preload

    warm = time.perf_counter()
    preload().join()
    log(
        f"  charts and services loaded in the background; waited {time.perf_counter() - warm:.1f} s"
    )
    # The overview works out the latest check's open findings in the background too.
    overview = window.overview
    warm = time.perf_counter()
    while not overview.findings_ready and time.perf_counter() - warm < 60:
        app.processEvents()
        time.sleep(0.005)
    log(f"  the overview's open findings arrived; waited {time.perf_counter() - warm:.1f} s more")

    rows: dict[str, Row] = {}
    order: list[str] = []
    for visit in ("first", "again"):
        log(f"pages and tabs, {visit} visit …")
        visit_everything(bench, rows, order)
    rss_pages = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    edits = []
    for label, run in EDITS:
        log(f"edit: {label} …")
        row = Row(label)
        for _visit in ("first", "again"):
            try:
                run(bench, row)
            except Exception as exc:
                row.problem = row.problem or error_text(exc)
                traceback.print_exc(file=sys.stderr)
        edits.append(row)
    rss_end = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    guards.stop()
    bench.counter.close()
    window.close()
    app.processEvents()
    return {
        "open_s": open_s,
        "rows": [rows[label] for label in order],
        "edits": edits,
        "rss_pages": rss_pages,
        "rss_end": rss_end,
    }


# ---- databases -----------------------------------------------------------------------------
def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's backup API (the source may be in WAL mode)."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def describe(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        counts = {
            name: conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            for name in ("project", "assessment", "answer", "strategic_goal")
        }
    finally:
        conn.close()
    return (
        f"{path.stat().st_size / 1e6:.0f} MB: {counts['project']} measures, "
        f"{counts['assessment']} checks, {counts['answer']} answers, "
        f"{counts['strategic_goal']} goals"
    )


# ---- output --------------------------------------------------------------------------------
def over(value: float | None, goal: float) -> str:
    return "OVER" if value is not None and value > goal else ""


def cell(ms: float | None, cpu: float | None, sql: int | None, goal: float) -> str:
    """ "  123.4 OVER    80    12": wall ms with its mark, CPU ms, SQL statements."""
    if ms is None:
        return f"{'–':>13} {'':>6} {'':>5}"
    cpu_text = f"{cpu:6.0f}" if cpu is not None else f"{'':>6}"
    return f"{ms:8.1f} {over(ms, goal):4} {cpu_text} {sql if sql is not None else '':>5}"


def print_report(args, databases: dict[str, str], starts: dict, inproc: dict | None) -> None:
    print()
    print("DigiWandel start-up, pages and edits (offscreen Qt)")
    for name, text in databases.items():
        print(f"  {name}: {text}")
    print()
    floor = starts.get("floor")
    print(
        f"Start-up, best of {args.repeat}: script start → first event-loop turn after the "
        "window's first page is filled"
    )
    print(
        "  (ready s: wall-clock to ready; cpu s: the process's CPU time to ready; wall s: the "
        "whole subprocess, interpreter start to exit)"
    )
    print(
        f"  {'':38} {'ready s':>8} {'cpu s':>6} {'wall s':>7} {'× floor':>8} {'goal':>7}"
        f"      {'peak RSS':>8}"
    )
    for key, label, goal in (
        ("floor", "floor (imports + open + empty window)", None),
        ("demo", "program, demo database", START_GOAL_DEMO),
        ("large", "program, large database", START_GOAL_LARGE),
    ):
        run: StartRun | None = starts.get(key)
        if run is None:
            print(f"  {label:38} not measured (--demo without --db)")
            continue
        if run.ready_s is None:
            print(f"  {label:38} failed: {run.problem}")
            continue
        ratio = None
        if floor is not None and floor.ready_s:
            ratio = run.ready_s / floor.ready_s
        ratio_text = f"{ratio:8.2f}" if ratio is not None else f"{'–':>8}"
        goal_text = f"≤ {goal:.1f}×" if goal else "–"
        mark = over(ratio, goal) if goal else ""
        cpu = f"{run.cpu_s:6.2f}" if run.cpu_s is not None else f"{'':>6}"
        rss = f"{run.rss_mb:5.0f} MB" if run.rss_mb is not None else ""
        print(
            f"  {label:38} {run.ready_s:8.2f} {cpu} {run.wall_s:7.2f} {ratio_text} "
            f"{goal_text:>7} {mark:4} {rss:>8}"
        )
    if inproc is None:
        print("\nPages and edits: not measured")
        return
    print()
    print(
        f"Pages and tabs on the {databases.get('pages on', '')}: switch → idle "
        f"(goal ≤ {PAGE_GOAL_MS:.0f} ms wall-clock)"
    )
    print(
        "  (ms: wall-clock; cpu: this process's CPU ms meanwhile; SQL: statements executed; "
        f"opening the file in the main window took {inproc['open_s']:.2f} s in-process)"
    )
    width = max([len(r.label) for r in inproc["rows"]] + [30])
    header = f"{'first ms':>13} {'cpu':>6} {'SQL':>5}   {'again ms':>13} {'cpu':>6} {'SQL':>5}"
    print(f"  {'page / tab':{width}} {header}")
    for row in inproc["rows"]:
        print_row(row, width, PAGE_GOAL_MS)
    print()
    print(
        "Edits: service call + undo record + ctx.notify as the page does it → idle "
        f"(goal ≤ {EDIT_GOAL_MS:.0f} ms)"
    )
    print(f"  {'edit':{width}} {header}")
    for row in inproc["edits"]:
        print_row(row, width, EDIT_GOAL_MS)
    print()
    rss = inproc["rss_pages"]
    print(
        f"Peak RSS after visiting every page: {rss:.0f} MB (goal ≤ {RSS_GOAL_MB:.0f} MB) "
        f"{over(rss, RSS_GOAL_MB)}".rstrip()
    )
    print(f"Peak RSS at the end (after the edits): {inproc['rss_end']:.0f} MB")


def print_row(row: Row, width: int, goal: float) -> None:
    def at(values: list, n: int):
        return values[n] if n < len(values) else None

    cells = [cell(at(row.ms, n), at(row.cpu_ms, n), at(row.statements, n), goal) for n in range(2)]
    line = f"  {row.label:{width}} {cells[0]}   {cells[1]}"
    if row.problem:
        line += f"   ! {row.problem}"
    print(line.rstrip())


# ---- main ----------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="large database (default: generate one)")
    parser.add_argument(
        "--demo", action="store_true", help="measure pages and edits on the demo database"
    )
    parser.add_argument(
        "--small", action="store_true", help="generate a small database (200 measures, 10 checks)"
    )
    parser.add_argument(
        "--profile",
        metavar="TEXT",
        help="print a cProfile of every page, tab or edit whose label contains TEXT",
    )
    parser.add_argument("--repeat", type=int, default=3, help="start-up runs per kind (3)")
    parser.add_argument(
        "--server",
        metavar="ADDRESS",
        help="measure the large start-up, pages and edits on this database on a PostgreSQL "
        "server instead (it is changed by the edits; benchmarks/server.py fills one)",
    )
    args = parser.parse_args(argv)
    global PROFILE_LABEL
    PROFILE_LABEL = args.profile or ""
    args.repeat = max(1, args.repeat)
    if args.db is not None and not args.db.exists():
        parser.error(f"{args.db} does not exist")

    with tempfile.TemporaryDirectory(prefix="digiwandel-pages-") as folder:
        tmp = Path(folder)
        # Settings, logs and data of this run stay out of the user's folders (children too).
        os.environ["DIGIWANDEL_DATA_DIR"] = str(tmp / "data")
        os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
        os.environ["XDG_DATA_HOME"] = str(tmp / "share")
        try:
            run(args, tmp)
        except Exception:
            traceback.print_exc()
            print("The benchmark stopped early (see above).")
    return 0


def _make_demo(path: str) -> None:
    from digiwandel.services.demo import create_demo_file

    create_demo_file(Path(path))


def _make_large(path: str, sizes: dict, queue) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import large_db

    result = large_db.generate(Path(path), log=log, **sizes)
    queue.put(result.seconds)


def in_child(target, *args) -> None:
    """Run `target` in a fresh interpreter, so its memory does not count as ours."""
    process = multiprocessing.get_context("spawn").Process(target=target, args=args)
    process.start()
    process.join()
    if process.exitcode != 0:
        raise RuntimeError(f"{target.__name__} failed with exit code {process.exitcode}")


def run(args, tmp: Path) -> None:
    databases: dict[str, str] = {}
    log("creating the demo database …")
    demo = tmp / "demo.sqlite3"
    in_child(_make_demo, str(demo))
    databases["demo database"] = describe(demo)

    large: Path | str | None = None
    if args.server:
        large = args.server
        databases["large database"] = f"on the server: {args.server}"
    elif args.db is not None:
        log(f"copying {args.db} …")
        large = copy_database(args.db, tmp / "large.sqlite3")
        databases["large database"] = f"copy of {args.db}, " + describe(large)
    elif not args.demo:
        sizes = {"measures": 200, "checks": 10} if args.small else {}
        log(f"generating the large database {sizes or '(full size)'} …")
        large = tmp / "large.sqlite3"
        queue = multiprocessing.get_context("spawn").SimpleQueue()
        in_child(_make_large, str(large), sizes, queue)
        seconds = queue.get()
        databases["large database"] = f"generated in {seconds:.0f} s, " + describe(large)
    databases["pages on"] = "demo database" if args.demo else "large database"

    # An installed program (a wheel or the bundle) runs from compiled bytecode; a checkout
    # run with PYTHONDONTWRITEBYTECODE would compile every module of ours at each start.
    compileall.compile_dir(ROOT / "digiwandel", quiet=1)
    env = dict(os.environ)
    floor_script = tmp / "start_floor.py"
    floor_script.write_text(FLOOR_SCRIPT, encoding="utf-8")
    program_script = tmp / "start_program.py"
    program_script.write_text(PROGRAM_SCRIPT, encoding="utf-8")
    starts: dict[str, StartRun] = {}
    starts["floor"] = best_start("floor", floor_script, demo, env, args.repeat)
    starts["demo"] = best_start("demo", program_script, demo, env, args.repeat)
    if large is not None:
        starts["large"] = best_start("large", program_script, large, env, args.repeat)

    target = demo if args.demo else large
    inproc = None
    try:
        inproc = measure_in_process(target)
    except Exception:
        traceback.print_exc()
        log("the in-process measurements stopped early")
    print_report(args, databases, starts, inproc)


if __name__ == "__main__":
    raise SystemExit(main())

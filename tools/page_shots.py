"""Screenshots of every page and tab of the demo, to check that everything fits the screen.

    python tools/page_shots.py --size 1280x800 --size 1920x1080 --out /tmp/pageshots

Builds the demo database in a temporary folder, runs the real main window offscreen in the
saved language (German by default) and saves one PNG per page, tab and dialog and size.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.guide_screenshots import isolate  # noqa: E402  (needs ROOT on the path)


def _settle(app, rounds: int = 6) -> None:
    from PySide6.QtTest import QTest

    for _ in range(rounds):
        app.processEvents()
    QTest.qWait(300)  # a resized chart is drawn again after 200 ms


class Shooter:
    def __init__(self, app, window, out: Path, size: str) -> None:
        self.app, self.window, self.out, self.size = app, window, out, size
        self.count = 0

    def shot(self, name: str, widget=None) -> None:
        _settle(self.app)
        widget = widget or self.window
        self.count += 1
        path = self.out / f"{self.size}_{self.count:02d}_{name}.png"
        widget.grab().save(str(path))
        print(path)

    def page(self, index: int):
        self.window.navigation.setCurrentRow(index)
        _settle(self.app)
        return self.window.page(index)

    def tabs(self, prefix: str, tabs) -> None:
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            self.shot(f"{prefix}-{i + 1}")


def _dialog_grabber(shooter: Shooter, name: str):
    """Stands in for FormDialog.exec: shows the dialog, grabs it and cancels it."""

    def exec_(dialog) -> int:
        dialog.show()
        _settle(shooter.app)
        shooter.shot(name, dialog)
        dialog.reject()
        return 0

    return exec_


def run(size: str, out: Path, demo: Path) -> None:
    from PySide6.QtWidgets import QApplication, QScrollArea

    from digiwandel import i18n
    from digiwandel.i18n import saved_language
    from digiwandel.services.projects import ProjectService
    from digiwandel.ui.app import make_application
    from digiwandel.ui.context import AppContext
    from digiwandel.ui.main_window import MainWindow
    from digiwandel.ui.widgets import FormDialog

    app = make_application()
    i18n.install(app, saved_language())
    width, height = (int(v) for v in size.split("x"))
    window = MainWindow(AppContext())
    assert window.open_path(demo), "the demo file did not open"
    window.resize(width, height)
    window.show()
    _settle(app)
    s = Shooter(app, window, out, size)

    s.page(0)
    s.shot("overview")
    organisation = s.page(1)
    s.tabs("organisation", organisation.tabs)
    check = s.page(2)
    # The demo's latest completed check (the newest is a draft), with changes and targets.
    check.panel.view.selectRow(min(1, check.panel.model.rowCount() - 1))
    _settle(app)
    check.tabs.setCurrentWidget(check.results)
    s.shot("check-results-top")
    scroll = check.results.findChild(QScrollArea)
    if scroll is not None:
        bar = scroll.verticalScrollBar()
        for name, table in (
            ("dimensions", check.results.dimension_view),
            ("breakdown", check.results.breakdown_view),
        ):
            bar.setValue(table.parentWidget().mapTo(scroll.widget(), table.pos()).y() - 40)
            s.shot(f"check-results-{name}")
        bar.setValue(bar.maximum())
        s.shot("check-results-end")
        bar.setValue(0)
    check.tabs.setCurrentWidget(check.results.chart_panel)
    s.tabs("check-chart", check.results.chart_tabs)
    for i in range(2, check.tabs.count()):
        check.tabs.setCurrentIndex(i)
        s.shot(f"check-tab-{i + 1}")
    drivers = s.page(3)
    s.tabs("drivers", drivers.tabs)
    strategy = s.page(4)
    s.tabs("strategy", strategy.tabs)
    from digiwandel.ui.pages.strategy_goals import GoalsTab

    goals_tab = next(
        strategy.tabs.widget(i)
        for i in range(strategy.tabs.count())
        if isinstance(strategy.tabs.widget(i), GoalsTab)
    )
    strategy.tabs.setCurrentWidget(goals_tab)
    original = FormDialog.exec
    try:
        FormDialog.exec = _dialog_grabber(s, "dialog-goal")
        goals_tab.edit_goal(goals_tab.goals.model.row_at(0))
    finally:
        FormDialog.exec = original
    projects = s.page(5)
    projects.show_list()
    s.tabs("measures", projects.views)
    projects.views.setCurrentIndex(0)
    service = ProjectService(window.ctx.db)
    rows = service.list_portfolio()
    # The running measure furthest on: its metrics, evaluation and PDCA panels have data.
    project_id = max((r for r in rows if r.progress < 100), key=lambda r: r.progress).id
    for step in (1, 4, 8, 9, 11, 12):
        projects.open_project(project_id, step)
        s.shot(f"measure-step{step:02d}")
        # The step's own panels (metrics, budget, checks, evaluation chart, PDCA, ...).
        tabs = projects.detail.step_tabs
        for i in range(2, tabs.count()):
            tabs.setCurrentIndex(i)
            s.shot(f"measure-step{step:02d}-panel{i + 1}")
        tabs.setCurrentIndex(0)
    detail = projects.detail
    for i in range(1, detail.tabs.count()):
        detail.tabs.setCurrentIndex(i)
        s.shot(f"measure-tab-{i + 1}")
    detail.tabs.setCurrentIndex(0)
    original = FormDialog.exec
    try:
        FormDialog.exec = _dialog_grabber(s, "dialog-goals")
        detail.edit_goals()
        FormDialog.exec = _dialog_grabber(s, "dialog-edit-measure")
        detail.edit_project()
        projects.show_list()
        FormDialog.exec = _dialog_grabber(s, "dialog-new-measure")
        projects.new_project()
    finally:
        FormDialog.exec = original
    s.page(6)
    s.shot("reports")
    window.close()
    window.deleteLater()
    _settle(app)
    QApplication.processEvents()


def _offscreen_screen(folder: Path, size: str) -> str:
    """The offscreen platform with a screen of `size`: dialogs size themselves by it."""
    width, height = (int(v) for v in size.split("x"))
    config = folder / f"screen-{size}.json"
    screen = {"name": "shot", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", action="append", help="WIDTHxHEIGHT, may repeat")
    parser.add_argument("--out", default="/tmp/pageshots", help="folder for the PNGs")
    parser.add_argument("--demo", help=argparse.SUPPRESS)  # one size, in a child process
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.demo:
        run(args.size[0], out, Path(args.demo))
        return 0
    chosen = os.environ.get("QT_QPA_PLATFORM")
    folder = isolate("digiwandel-shots-")
    from digiwandel.services.demo import create_demo_file

    demo = create_demo_file(folder / "demo.sqlite3")
    # Each size runs in a process of its own: the screen's size is fixed when Qt starts.
    for size in args.size or ["1280x800", "1920x1080"]:
        platform = chosen or _offscreen_screen(folder, size)
        env = {**os.environ, "QT_QPA_PLATFORM": platform}
        command = [sys.executable, __file__, "--size", size, "--out", str(out), "--demo", str(demo)]
        subprocess.run(command, env=env, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots for the German user guide (resources/guide/de/images/).

    python tools/guide_screenshots.py                 # renew every screenshot
    python tools/guide_screenshots.py overview --out /tmp/shots   # only some, elsewhere

Builds the demo database (and an empty one for the first start) in a temporary folder, runs
the real main window offscreen in German at 1280×800 and saves one small PNG per picture.
The user's data folder and settings are never touched.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

IMAGES = ROOT / "resources" / "guide" / "de" / "images"
WINDOW_SIZE = (1280, 800)
MAX_WIDTH = 900  # pixels of a picture in the guide


def isolate(prefix: str = "digiwandel-guide-") -> Path:
    """Data, settings and the demo file live in a temporary folder, never the user's."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["DIGIWANDEL_DATA_DIR"] = str(folder / "data")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    return folder


def settle(app, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def save_png(image, path: Path, max_width: int = MAX_WIDTH) -> None:
    """Scale down to `max_width` and store with a 256-colour palette, so the pictures stay
    small in the installer."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, Qt

    if image.width() > max_width:
        image = image.scaledToWidth(max_width, Qt.TransformationMode.SmoothTransformation)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    picture = picture.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=0)
    picture.save(path, optimize=True)


class Shooter:
    """The running program and the folder the pictures go to."""

    def __init__(self, app, window, out: Path, folder: Path) -> None:
        self.app, self.window, self.out, self.folder = app, window, out, folder
        self.saved: list[Path] = []

    def shot(self, name: str, widget=None) -> None:
        from PySide6.QtCore import QCoreApplication

        settle(self.app)
        self.window.statusBar().clearMessage()
        db = self.window.ctx.db
        if db is not None and db.path is not None:
            # the file's name, not the temporary folder it lives in
            label = QCoreApplication.translate("MainWindow", "Database: {path}")
            self.window.db_label.setText(label.format(path=db.path.name))
        widget = widget or self.window
        self._hide_temporary_folder(widget)
        settle(self.app, 2)
        path = self.out / f"{name}.png"
        save_png(widget.grab().toImage(), path)
        self.saved.append(path)

    def _hide_temporary_folder(self, widget) -> None:
        """Paths into the temporary folder would only puzzle a reader: shorten them."""
        from PySide6.QtWidgets import QLabel, QLineEdit

        for kind in (QLabel, QLineEdit):
            for child in widget.findChildren(kind):
                if str(self.folder) in child.text():
                    child.setText(child.text().replace(str(self.folder), "…"))

    def dialog(self, name: str, dialog) -> None:
        dialog.show()
        settle(self.app)
        self.shot(name, dialog)
        dialog.reject()
        dialog.deleteLater()
        settle(self.app)

    def page(self, index: int):
        self.window.navigation.setCurrentRow(index)
        settle(self.app)
        return self.window.page(index)

    def project_id(self, title: str = "Digitaler Dienstplan") -> int:
        """The demo measure with the most to show (light with reason, metrics, budget, PDCA)."""
        from digiwandel.services.projects import ProjectService

        rows = ProjectService(self.window.ctx.db).list_portfolio()
        return next((r.id for r in rows if r.title.startswith(title)), rows[0].id)


# -- the pictures ---------------------------------------------------------------------------
def shot_overview(s: Shooter) -> None:
    s.page(0)
    s.shot("overview")


def shot_organisation(s: Shooter) -> None:
    page = s.page(1)
    page.tabs.setCurrentIndex(0)
    s.shot("organisation-profile")
    page.tabs.setCurrentIndex(1)
    s.shot("organisation-areas")
    page.tabs.setCurrentIndex(3)
    s.shot("organisation-persons")
    page.tabs.setCurrentIndex(0)


def _check(s: Shooter):
    check = s.page(2)
    # The demo's latest completed check (the newest is a draft), with changes and targets.
    check.panel.view.selectRow(min(1, check.panel.model.rowCount() - 1))
    settle(s.app)
    return check


def shot_check(s: Shooter) -> None:
    from PySide6.QtWidgets import QScrollArea

    check = _check(s)
    check.tabs.setCurrentWidget(check.results)
    s.shot("check-results")
    scroll = check.results.findChild(QScrollArea)
    if scroll is not None:
        bar = scroll.verticalScrollBar()
        bar.setValue(bar.maximum())
        s.shot("check-findings")
        bar.setValue(0)
    check.tabs.setCurrentWidget(check.results.chart_panel)
    check.results.chart_tabs.setCurrentIndex(0)
    s.shot("check-charts")
    check.tabs.setCurrentWidget(check.respondents)
    s.shot("check-answer-sheets")
    check.tabs.setCurrentWidget(check.grid)
    s.shot("check-paper-entry")
    check.tabs.setCurrentWidget(check.targets)
    s.shot("check-targets")
    check.tabs.setCurrentWidget(check.results)


def shot_survey(s: Shooter) -> None:
    from digiwandel.ui.dialogs.survey import SurveyDialog

    check = s.page(2)
    check.panel.view.selectRow(0)  # the draft: its answer sheets may still be answered
    settle(s.app)
    tab = check.respondents
    check.tabs.setCurrentWidget(tab)
    settle(s.app)
    rows = tab.model.rows()
    if not rows:
        return
    row = next((r for r in rows if not getattr(r, "finished", True)), rows[0])
    service = s.window.ctx.check
    dimensions = service.survey_structure(check.current_id())
    s.dialog("check-survey", SurveyDialog(service, row, dimensions, s.window))


def shot_strategy(s: Shooter) -> None:
    page = s.page(4)
    names = ["identity", "versions", "goals", "alignment", "team", "communication"]
    for index, name in enumerate(names):
        page.tabs.setCurrentIndex(index)
        s.shot(f"strategy-{name}")
    page.tabs.setCurrentIndex(0)


def _step_tab(tabs, starts: str) -> None:
    for index in range(tabs.count()):
        if tabs.tabText(index).replace("&", "").startswith(starts):
            tabs.setCurrentIndex(index)
            return


def shot_drivers(s: Shooter) -> None:
    page = s.page(3)
    page.tabs.setCurrentIndex(0)
    s.shot("drivers")


def shot_measures(s: Shooter) -> None:
    from PySide6.QtWidgets import QScrollArea

    page = s.page(5)
    page.show_list()
    for index, name in enumerate(["table", "board", "timeline"]):
        page.views.setCurrentIndex(index)
        if name == "board":
            # the demo's measures stand in the middle steps
            settle(s.app)
            for scroll in page.board.findChildren(QScrollArea):
                bar = scroll.horizontalScrollBar()
                bar.setValue(bar.maximum() // 2)
        s.shot(f"measures-{name}")
    page.views.setCurrentIndex(0)
    project_id = s.project_id()
    page.open_project(project_id)
    s.shot("measure-steps")
    page.open_project(project_id, 4)
    _step_tab(page.detail.step_tabs, "Budget")
    s.shot("measure-step4")
    page.open_project(project_id, 11)
    _step_tab(page.detail.step_tabs, "PDCA")
    s.shot("measure-step11")
    page.show_list()


def shot_new_measure(s: Shooter) -> None:
    from digiwandel.ui.widgets import FormDialog

    page = s.page(5)
    page.show_list()
    original = FormDialog.exec

    def grab(dialog) -> int:
        s.dialog("dialog-new-measure", dialog)
        return 0

    FormDialog.exec = grab
    try:
        page.new_project()
    finally:
        FormDialog.exec = original


def shot_reports(s: Shooter) -> None:
    from digiwandel.ui.dialogs.report import ReportDialog

    s.page(6)
    s.shot("reports")
    s.dialog("dialog-report", ReportDialog(s.window.ctx, "board", s.window))


def shot_data(s: Shooter) -> None:
    from digiwandel.ui.backups import backup_folder
    from digiwandel.ui.dialogs.restore import RestoreDialog
    from digiwandel.ui.dialogs.settings import SettingsDialog
    from digiwandel.ui.dialogs.trash import TrashDialog

    s.window.backups.backup_now()
    settle(s.app)
    s.dialog("dialog-restore", RestoreDialog(s.window.ctx, backup_folder(), s.window))
    s.dialog("dialog-trash", TrashDialog(s.window.ctx, s.window))
    s.dialog("dialog-settings", SettingsDialog(s.window.ctx, s.window))


def shot_first_start(s: Shooter) -> None:
    """A new, empty database: the welcome dialog, then the first steps on the overview."""
    from digiwandel.ui.context import Change
    from digiwandel.ui.dialogs.welcome import WelcomeDialog

    window = s.window
    demo = window.ctx.db.path
    assert window.open_path(s.folder / "neu.sqlite3"), "the new file did not open"
    s.page(0)
    s.shot("first-start")
    dialog = WelcomeDialog(window.ctx, window)
    s.dialog("dialog-welcome", dialog)
    dialog = WelcomeDialog(window.ctx, window)
    dialog._go_setup()
    dialog.name_edit.setText("Beratungsstelle Lindenhof e.V.")
    dialog.areas_edit.setPlainText("Geschäftsführung\nVerwaltung\nBeratung\nAmbulante Hilfen")
    s.dialog("dialog-setup", dialog)
    dialog = WelcomeDialog(window.ctx, window)
    dialog._go_setup()
    dialog.name_edit.setText("Beratungsstelle Lindenhof e.V.")
    dialog.areas_edit.setPlainText("Geschäftsführung\nVerwaltung\nBeratung\nAmbulante Hilfen")
    dialog._create()
    dialog.deleteLater()
    window.ctx.notify(Change.ORGANISATION)
    s.page(1)
    s.page(0)
    s.shot("first-steps")
    assert window.open_path(demo), "the demo file did not open again"


SHOTS: dict[str, Callable[[Shooter], None]] = {
    "overview": shot_overview,
    "organisation": shot_organisation,
    "check": shot_check,
    "survey": shot_survey,
    "strategy": shot_strategy,
    "drivers": shot_drivers,
    "measures": shot_measures,
    "new-measure": shot_new_measure,
    "reports": shot_reports,
    "data": shot_data,
    "first-start": shot_first_start,
}


def render(names: list[str] | None = None, out: Path = IMAGES) -> list[Path]:
    """Make the pictures of `names` (all when None) in `out`; returns the files written.
    The data folder and settings must be temporary: `isolate()` (done here if nobody did)."""
    from PySide6.QtWidgets import QApplication

    from digiwandel import i18n
    from digiwandel.services.demo import create_demo_file
    from digiwandel.ui.app import make_application
    from digiwandel.ui.context import AppContext
    from digiwandel.ui.main_window import MainWindow

    unknown = set(names or []) - set(SHOTS)
    if unknown:
        raise ValueError(f"unknown pictures: {', '.join(sorted(unknown))}")
    if "DIGIWANDEL_DATA_DIR" not in os.environ:
        isolate()
    folder = Path(os.environ["DIGIWANDEL_DATA_DIR"]).parent
    out.mkdir(parents=True, exist_ok=True)
    demo = create_demo_file(folder / "demo.sqlite3")
    app = QApplication.instance() or make_application()
    i18n.install(app, "de")
    window = MainWindow(AppContext())
    try:
        assert window.open_path(demo), "the demo file did not open"
        window.resize(*WINDOW_SIZE)
        window.show()
        settle(app)
        shooter = Shooter(app, window, out, folder)
        for name in names or list(SHOTS):
            SHOTS[name](shooter)
        return shooter.saved
    finally:
        window.close()
        window.deleteLater()
        settle(app)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help=f"pictures to make: {', '.join(SHOTS)}")
    parser.add_argument("--out", default=str(IMAGES), help="folder for the PNGs")
    args = parser.parse_args(argv)
    isolate()
    saved = render(args.names or None, Path(args.out))
    total = sum(path.stat().st_size for path in saved)
    for path in saved:
        print(f"{path}  {path.stat().st_size // 1024} KB")
    print(f"{len(saved)} pictures, {total / 1024 / 1024:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

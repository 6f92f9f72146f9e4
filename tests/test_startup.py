"""Start-up in a fresh interpreter: the window appears with its first page, and neither a
heavy library nor a page the user has not opened is loaded yet."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("matplotlib", "reportlab", "openpyxl", "svglib", "pypdfium2")
# Only needed to import a catalog or to upgrade an old file.
NOT_AT_START = ("pydantic", "alembic", "mako")
# Built when first shown.
LATER_PAGES = (
    "digiwandel.ui.pages.check",
    "digiwandel.ui.pages.drivers",
    "digiwandel.ui.pages.organisation",
    "digiwandel.ui.pages.projects",
    "digiwandel.ui.pages.reports",
    "digiwandel.ui.pages.strategy",
    # the first page reads stored figures (services/overview.py), not these services
    "digiwandel.services.check",
    "digiwandel.services.projects",
    # menu entries load their dialogs when chosen
    "digiwandel.services.demo",
    "digiwandel.ui.dialogs.settings",
    "digiwandel.ui.dialogs.help",
    "digiwandel.ui.dialogs.welcome",
)

SCRIPT = r"""
import json, linecache, sys
from pathlib import Path

import digiwandel.ui.app as app_module

# Charts and services load in the background shortly after start-up; here: not before
# the check.
app_module.PRELOAD_DELAY_MS = 600_000
app = app_module.make_application()
window = app_module.start(Path(sys.argv[1]), "de")
for _ in range(10):
    app.processEvents()
loaded = [name for name in sys.argv[2:] if name in sys.modules]
overview = window.stack.currentWidget()

from digiwandel.ui.preload import preload

preload().join(120)
print(json.dumps({
    "visible": window.isVisible(),
    "loaded": loaded,
    "first_page": type(overview).__name__,
    "heading": overview.heading.text(),
    "charts_after_warm_up": "matplotlib.figure" in sys.modules,
    # the sources PySide's import hook read are not kept in memory
    "kept_source_files": sum("matplotlib" in name for name in linecache.cache),
}))
window.close()
app.processEvents()
"""


def organisation_name(path: Path) -> str:
    from digiwandel.model.database import open_database
    from digiwandel.services.organisation import OrganisationService

    db = open_database(path)
    try:
        return OrganisationService(db).get_profile().name
    finally:
        db.close()


def test_window_opens_with_its_first_page_and_loads_the_rest_later(tmp_path: Path) -> None:
    from digiwandel.services.demo import create_demo_file

    path = create_demo_file(tmp_path / "demo.sqlite3")
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QT_ACCESSIBILITY="0",
        DIGIWANDEL_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
    )
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path), *HEAVY, *NOT_AT_START, *LATER_PAGES],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout.strip().splitlines()[-1])
    assert info["visible"] is True
    assert info["loaded"] == []
    assert info["first_page"] == "OverviewPage"
    assert info["heading"] == organisation_name(path), "the page is filled"
    assert info["charts_after_warm_up"] is True
    assert info["kept_source_files"] == 0

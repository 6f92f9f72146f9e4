"""Loading in the background what the first visit of a page would otherwise wait for.

Started shortly after the window is ready (before anyone can click): SQLAlchemy's mapper
set-up (the first page reads plain tables and does not need it), matplotlib with the chart
builders and a first drawn text, then the services of the pages not yet shown. Only modules
without Qt are imported here; the pages themselves are built on the main thread when first
shown.
"""

from __future__ import annotations

import gc
import importlib
import linecache
import logging
import threading

CHART_MODULES = (
    "digiwandel.charts.maturity",
    "digiwandel.charts.projects",
    "digiwandel.charts.strategy",
)
SERVICE_MODULES = (
    "digiwandel.services.drivers",
    "digiwandel.services.projects",
    "digiwandel.services.project_records",
    "digiwandel.services.strategy",
)

_thread: threading.Thread | None = None


def preload() -> threading.Thread:
    """Start loading in a background thread (once); returns the thread."""
    global _thread
    if _thread is None:
        _thread = threading.Thread(target=_load, name="preload", daemon=True)
        _thread.start()
    return _thread


def _load() -> None:
    try:
        from digiwandel.model.database import prepare_orm

        prepare_orm()
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        for name in CHART_MODULES:
            importlib.import_module(name)
        figure = Figure(figsize=(1, 1))
        figure.text(0.5, 0.5, "Äg 1,5")  # loads the font the charts use
        FigureCanvasAgg(figure).draw()
        for name in SERVICE_MODULES:
            importlib.import_module(name)
        # PySide's import hook reads the source of every module imported after it (to see
        # whether the module uses PySide), and Python keeps those lines in linecache: about
        # 15 MB of text once matplotlib is loaded. Nothing else needs them; a traceback
        # reads its few lines again.
        linecache.clearcache()
        # Modules, classes and the window live as long as the program: keep them out of the
        # cyclic garbage collector, whose full passes would otherwise take 100 ms and more
        # in the middle of an edit. Collect first, so that no garbage is kept for good.
        gc.collect()
        gc.freeze()
    except Exception:  # only a slower first visit: each page imports what it needs itself
        logging.getLogger(__name__).exception("loading in advance failed")

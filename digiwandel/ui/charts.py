"""A chart that is built only while it is visible, so matplotlib loads on first use."""

from __future__ import annotations

import importlib
import logging
import threading

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

_warm_up: threading.Thread | None = None


def warm_up_charts() -> threading.Thread:
    """Load matplotlib and the chart builders in a background thread.

    Started shortly after the window is ready, so that the first chart a user opens does
    not wait half a second for the import. Nothing here touches Qt."""
    global _warm_up
    if _warm_up is None:
        _warm_up = threading.Thread(target=_load_charts, name="chart-warm-up", daemon=True)
        _warm_up.start()
    return _warm_up


def _load_charts() -> None:
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        for module in ("maturity", "projects", "strategy"):
            importlib.import_module(f"digiwandel.charts.{module}")
        figure = Figure(figsize=(1, 1))
        figure.text(0.5, 0.5, "Äg 1,5")  # loads the font the charts use
        FigureCanvasAgg(figure).draw()
    except Exception:  # only a slower first chart: it imports what it needs itself
        logging.getLogger(__name__).exception("loading the charts in advance failed")


class LazyChart(QWidget):
    """Shows the figure of one builder in `digiwandel.charts`.

    `set_chart(spec)` takes the builder's keyword arguments plus "name" (the canvas's
    accessible name) and optionally "description"; None removes the chart.
    """

    def __init__(
        self,
        module: str,
        builder: str,
        *,
        minimum: tuple[int, int] = (200, 140),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._module, self._builder, self._minimum = module, builder, minimum
        self.canvas = None
        self._spec: dict | None = None
        self._dirty = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_chart(self, spec: dict | None) -> None:
        if spec == self._spec and (self._dirty or (self.canvas is not None) == (spec is not None)):
            return  # the same data draws the same chart: keep the one built
        self._spec = spec
        self._dirty = True
        if self.isVisible():
            self._draw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._draw()

    def spec(self) -> dict | None:
        return self._spec

    def build_figure(self):
        """A new matplotlib figure of the current spec (None without one)."""
        if self._spec is None:
            return None
        build = getattr(importlib.import_module(self._module), self._builder)
        spec = {k: v for k, v in self._spec.items() if k not in ("name", "description")}
        return build(**spec)

    def _draw(self) -> None:
        self._dirty = False
        old = self.canvas
        self.canvas = None
        if self._spec is not None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

            self.canvas = FigureCanvasQTAgg(self.build_figure())
            self.canvas.setAccessibleName(self._spec["name"])
            self.canvas.setAccessibleDescription(self._spec.get("description", ""))
            self.canvas.setMinimumSize(*self._minimum)
            self._layout.addWidget(self.canvas, 1)
        if old is not None:
            self._layout.removeWidget(old)
            old.hide()
            old.deleteLater()

"""A chart that is built only while it is visible, so matplotlib loads on first use."""

from __future__ import annotations

import importlib

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


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
        self._spec = spec
        self._dirty = True
        if self.isVisible():
            self._draw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._draw()

    def _draw(self) -> None:
        self._dirty = False
        old = self.canvas
        self.canvas = None
        if self._spec is not None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

            build = getattr(importlib.import_module(self._module), self._builder)
            spec = dict(self._spec)
            name = spec.pop("name")
            description = spec.pop("description", "")
            self.canvas = FigureCanvasQTAgg(build(**spec))
            self.canvas.setAccessibleName(name)
            self.canvas.setAccessibleDescription(description)
            self.canvas.setMinimumSize(*self._minimum)
            self._layout.addWidget(self.canvas, 1)
        if old is not None:
            self._layout.removeWidget(old)
            old.hide()
            old.deleteLater()

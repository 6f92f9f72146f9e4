"""A chart that is built only while it is visible, so matplotlib loads on first use."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
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
        self._built_size: tuple[int, int] | None = None
        # A resized chart is built again for its new size (once the resizing has stopped).
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(200)
        self._resize_timer.timeout.connect(self._redraw_if_resized)

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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.canvas is not None and self._built_size is not None:
            self._resize_timer.start()

    def _shown_size(self) -> tuple[int, int]:
        return (max(self.width(), self._minimum[0]), max(self.height(), self._minimum[1]))

    def _redraw_if_resized(self) -> None:
        if self.canvas is None or self._built_size is None or not self.isVisible():
            return
        (old_w, old_h), (new_w, new_h) = self._built_size, self._shown_size()
        if abs(new_w - old_w) > 0.1 * old_w or abs(new_h - old_h) > 0.1 * old_h:
            self._draw()

    def build_figure(self, size: tuple[int, int] | None = None):
        """A new matplotlib figure of the current spec (None without one).

        With `size` (pixels) the figure is built at the size it is shown at: what a builder
        decides from the size — legend columns, turned labels, date ticks — then fits.
        """
        if self._spec is None:
            return None
        build = getattr(importlib.import_module(self._module), self._builder)
        spec = {k: v for k, v in self._spec.items() if k not in ("name", "description")}
        if size is not None and "figsize" not in spec:
            import matplotlib

            inches = self.devicePixelRatioF() / matplotlib.rcParams["figure.dpi"]
            spec["figsize"] = (size[0] * inches, size[1] * inches)
        return build(**spec)

    def _draw(self) -> None:
        self._dirty = False
        old = self.canvas
        self.canvas = None
        self._built_size = None
        if self._spec is not None:
            canvas_class = _canvas_class()  # sets matplotlib up before the figure is built
            size = self._shown_size() if self.isVisible() else None
            self.canvas = canvas_class(self.build_figure(size))
            self._built_size = size
            self.canvas.setAccessibleName(self._spec["name"])
            self.canvas.setAccessibleDescription(self._spec.get("description", ""))
            self.canvas.setMinimumSize(*self._minimum)
            self._layout.addWidget(self.canvas, 1)
        if old is not None:
            self._layout.removeWidget(old)
            old.hide()
            old.deleteLater()


def _canvas_class():
    """matplotlib's Qt canvas, with the screen's text settings made on first use."""
    import matplotlib
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    # Unhinted glyphs render about a third faster (text is most of a chart's drawing time)
    # and keep the widths the builders measure for their margins.
    matplotlib.rcParams["text.hinting"] = "no_hinting"
    return FigureCanvasQTAgg

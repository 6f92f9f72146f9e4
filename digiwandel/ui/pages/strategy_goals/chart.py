"""The chart of one indicator with a sentence of the same information underneath.

matplotlib is imported only when the chart is first drawn (start-up stays fast).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from digiwandel.ui.charts import LazyChart


class IndicatorChart(QWidget):
    """The chart of one indicator and a sentence with the same information underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = LazyChart("digiwandel.charts.strategy", "indicator_chart", minimum=(200, 120))
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.summary)
        self.setMinimumSize(240, 150)

    @property
    def canvas(self):
        return self.chart.canvas

    def set_chart(self, spec: dict | None, summary: str, placeholder: str = "") -> None:
        """`spec`: the arguments of indicator_chart plus `name` (the canvas's name)."""
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        self.placeholder.setText(placeholder)
        self.placeholder.setVisible(spec is None)
        if spec is not None:
            spec = {**spec, "description": summary}
        # Lay out the shown and hidden parts now: the chart is built for the size it gets
        # once the placeholder is gone, not drawn a second time when the layout catches up.
        self.layout().activate()
        self.chart.set_chart(spec)

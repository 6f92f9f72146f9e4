"""Small builders shared by the parts of the detail view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStyle


def heading(text: str = "") -> QLabel:
    """A section title."""
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    label.setWordWrap(True)
    return label


def wrap(text: str = "") -> QLabel:
    """A plain-text label that wraps its lines."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def checklist_widget(items: list[tuple[str, str]], checked: set[str]) -> QListWidget:
    """A list of checkable entries (data, text) for a form dialog; its value is the
    list of checked data."""
    widget = QListWidget()
    for data, text in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if data in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(150)
    # Long entries (goals with their version) wrap instead of ending in “…”.
    widget.setWordWrap(True)
    widget.setTextElideMode(Qt.TextElideMode.ElideNone)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
    return widget


def fit_width(widget: QListWidget, most: int = 640) -> None:
    """As wide as the longest entry (up to `most`), so that it can be read in one line."""
    metrics = widget.fontMetrics()
    longest = max(
        (metrics.horizontalAdvance(widget.item(i).text()) for i in range(widget.count())),
        default=0,
    )
    indicator = widget.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    scrollbar = widget.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    widget.setMinimumWidth(min(most, longest + indicator + scrollbar + 24))

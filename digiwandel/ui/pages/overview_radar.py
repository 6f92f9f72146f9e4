"""The overview's small radar of the latest check, drawn with QPainter.

The first page is on screen the moment the program starts, so this chart does without
matplotlib (imported only when a page with a full chart is first opened). Spokes carry
numbers, not titles; the list beside the radar names each number with its score, so the
figure never depends on reading a crowded chart, and a screen reader gets the same list.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from digiwandel.services.overview import DimensionFigure
from digiwandel.ui import check_texts

RINGS = (25, 50, 75, 100)


class RadarChart(QWidget):
    """Dimensions as spokes from 0 % (centre) to 100 % (edge): the latest check as a
    filled outline, the previous one as a dashed line (told apart by line, not colour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: list[DimensionFigure] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Maturity by dimension"))

    def sizeHint(self) -> QSize:
        side = 16 * self.fontMetrics().height()
        return QSize(side, side + 2 * self.fontMetrics().height())

    def set_figures(self, figures: list[DimensionFigure]) -> None:
        self.figures = list(figures)
        self.update()

    def has_previous(self) -> bool:
        return any(f.previous is not None for f in self.figures)

    def _point(self, centre: QPointF, radius: float, index: int, percent: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * index / len(self.figures)
        share = min(max(percent, 0.0), 100.0) / 100.0
        return QPointF(
            centre.x() + radius * share * math.cos(angle),
            centre.y() + radius * share * math.sin(angle),
        )

    def paintEvent(self, _event) -> None:
        count = len(self.figures)
        if count < 3:  # fewer spokes make no area
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        line_height = self.fontMetrics().height()
        legend_height = 2 * line_height if self.has_previous() else line_height
        side = min(self.width(), self.height() - legend_height)
        centre = QPointF(self.width() / 2, side / 2)
        radius = side / 2 - 1.6 * line_height

        grid = QColor(text)
        grid.setAlpha(70)
        painter.setPen(QPen(grid, 1))
        for ring in RINGS:
            painter.drawPolygon(
                QPolygonF([self._point(centre, radius, i, ring) for i in range(count)])
            )
        for i in range(count):
            painter.drawLine(centre, self._point(centre, radius, i, 100))

        painter.setPen(text)
        for i in range(count):
            spot = self._point(centre, radius + 0.9 * line_height, i, 100)
            box = QRectF(
                spot.x() - line_height, spot.y() - line_height / 2, 2 * line_height, line_height
            )
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(i + 1))

        if self.has_previous():
            painter.setPen(QPen(text, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            points = [
                self._point(centre, radius, i, f.previous if f.previous is not None else 0)
                for i, f in enumerate(self.figures)
            ]
            painter.drawPolygon(QPolygonF(points))

        accent = palette.color(QPalette.ColorRole.Highlight)
        fill = QColor(accent)
        fill.setAlpha(70)
        painter.setPen(QPen(accent, 2.2))
        painter.setBrush(fill)
        painter.drawPolygon(
            QPolygonF(
                [self._point(centre, radius, i, f.percent) for i, f in enumerate(self.figures)]
            )
        )

        # The legend names the lines by their style.
        y = side + line_height / 2
        self._legend_line(painter, y, QPen(accent, 2.2), self.tr("latest check"))
        if self.has_previous():
            pen = QPen(text, 1.5, Qt.PenStyle.DashLine)
            self._legend_line(painter, y + line_height, pen, self.tr("previous check"))
        painter.end()

    def _legend_line(self, painter: QPainter, y: float, pen: QPen, label: str) -> None:
        height = self.fontMetrics().height()
        left = 4.0
        painter.setPen(pen)
        painter.drawLine(QPointF(left, y), QPointF(left + 2.5 * height, y))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(
            QRectF(left + 3 * height, y - height / 2, self.width() - left - 3 * height, height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            label,
        )


class MaturityProfile(QWidget):
    """The radar with the numbered list of dimensions, their scores and the change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.radar = RadarChart()
        self.table = QLabel()
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setWordWrap(True)
        self.table.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.radar, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.table, 1)

    def set_figures(self, figures: list[DimensionFigure]) -> None:
        self.radar.set_figures(figures)
        self.radar.setVisible(len(figures) >= 3)
        previous = any(f.previous is not None for f in figures)
        number_head, dimension_head = self.tr("No."), self.tr("Dimension")
        score_head, change_head = self.tr("Score"), self.tr("Change")
        head = (
            f"<th align='left'>{html.escape(number_head)}</th>"
            f"<th align='left'>{html.escape(dimension_head)}</th>"
            f"<th align='right'>{html.escape(score_head)}</th>"
        )
        if previous:
            head += f"<th align='right'>{html.escape(change_head)}</th>"
        rows = []
        spoken = []
        for number, f in enumerate(figures, start=1):
            # From the rounded scores, so that the change matches the figures shown.
            change = None if f.previous is None else round(f.percent) - round(f.previous)
            cells = (
                f"<td>{number}</td><td>{html.escape(f.title)}</td>"
                f"<td align='right'>{html.escape(check_texts.percent(f.percent))}</td>"
            )
            if previous:
                cells += f"<td align='right'>{html.escape(check_texts.signed(change, ''))}</td>"
            rows.append(f"<tr>{cells}</tr>")
            spoken.append(
                self.tr("{number} {title}: {score}").format(
                    number=number, title=f.title, score=check_texts.percent(f.percent)
                )
            )
        self.table.setText(
            f"<table cellspacing='0' cellpadding='2'><tr>{head}</tr>{''.join(rows)}</table>"
            if figures
            else ""
        )
        if previous:
            self.table.setToolTip(
                self.tr("Change: percentage points since the previous completed check")
            )
        self.radar.setAccessibleDescription("; ".join(spoken))

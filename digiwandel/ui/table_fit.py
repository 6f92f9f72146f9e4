"""Widgets that fit their page: table headers that wrap instead of eliding, tables sized to
their rows, fields that keep room for their text."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHeaderView,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QWidget,
)

WRAP_WIDTH = 110  # a header wraps onto more lines rather than growing wider than this


class WrappingHeader(QHeaderView):
    """A horizontal header whose titles wrap onto a second line instead of being cut.

    Its section size hints are the wrapped sizes, so resizeColumnsToContents() gives a long
    title like “Abstand zum Ziel” two lines rather than a wide column or “Abstand zu…”.
    """

    def __init__(self, parent: QTableView | None = None, wrap_width: int = WRAP_WIDTH) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.wrap_width = wrap_width
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.setSectionsClickable(True)
        self.setHighlightSections(False)

    def sectionSizeFromContents(self, logical_index: int) -> QSize:
        size = super().sectionSizeFromContents(logical_index)
        model = self.model()
        text = model.headerData(logical_index, self.orientation()) if model else None
        if not text:
            return size
        text = str(text)
        metrics = self.fontMetrics()
        padding = max(0, size.width() - metrics.horizontalAdvance(text))
        longest_word = max(metrics.horizontalAdvance(word) for word in text.split())
        width = min(size.width(), max(self.wrap_width, longest_word + padding))
        box = metrics.boundingRect(
            QRect(0, 0, width - padding, 10_000), Qt.TextFlag.TextWordWrap, text
        )
        extra = max(0, size.height() - metrics.height())
        return QSize(width, max(size.height(), box.height() + extra))


def wrap_header(view: QTableView, wrap_width: int = WRAP_WIDTH) -> WrappingHeader:
    """Give `view` a horizontal header whose titles wrap; keeps the old header's settings."""
    old = view.horizontalHeader()
    header = WrappingHeader(view, wrap_width)
    header.setStretchLastSection(old.stretchLastSection())
    header.setSortIndicatorShown(old.isSortIndicatorShown())
    header.setResizeContentsPrecision(old.resizeContentsPrecision())
    header.setMinimumSectionSize(old.minimumSectionSize())
    header.setVisible(not old.isHidden())
    view.setHorizontalHeader(header)
    return header


def show_all_rows(view: QTableView) -> None:
    """A table inside a page that scrolls as a whole: as tall as its rows, without a
    vertical scrollbar of its own that would catch the mouse wheel."""
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    # A horizontal scrollbar appears when the columns are wider than the page; the height
    # must then grow by it, or it would hide the last row.
    view.horizontalScrollBar().rangeChanged.connect(lambda *_a: fit_height(view))


def fit_height(view: QTableView) -> None:
    """As tall as the header, every row and (when needed) the horizontal scrollbar.

    Set as a fixed height: a size hint that changes while the page is hidden or being laid
    out is not always asked for again, which left the table one row tall."""
    height = view.sizeHint().height()
    bar = view.horizontalScrollBar()
    if bar.maximum() > 0:
        height += bar.sizeHint().height()
    view.setFixedHeight(height)


def fit_columns(view: QTableView) -> None:
    """Columns as wide as their contents and wrapped titles, then the height follows."""
    view.resizeColumnsToContents()
    fit_height(view)


def keep_width(widget: QWidget) -> None:
    """A field that a crowded row may widen but never squeeze below its size hint (a date,
    "nicht angegeben"); the hint is the one after styling, not the one at construction."""
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Minimum)
    widget.setSizePolicy(policy)


def room_for_placeholder(edit: QLineEdit) -> None:
    """A search field at least as wide as its placeholder ("Maßnahmen durchsuchen") and the
    clear button, in every language."""
    text = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    edit.setMinimumWidth(text + 48)

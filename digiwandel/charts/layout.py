"""Fixed margins for charts that are redrawn often.

matplotlib's constrained layout measures every text around the plot again on each draw; for
a chart rebuilt after every edit (an indicator after a new measurement) or one with dozens of
row labels (the timeline) that costs more than the drawing itself. These charts measure their
texts once, when they are built, and keep the plot at those margins at any size.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.layout_engine import LayoutEngine
from matplotlib.textpath import TextToPath
from matplotlib.transforms import ScaledTranslation

EDGE = 6.0  # points of blank border around the chart
LINE = 1.25  # line height in font sizes
TICK_ROOM = 7.0  # points for a tick mark and the gap to its label


class MarginLayout(LayoutEngine):
    """Puts the figure's axes at fixed margins, given in points, at any figure size."""

    _adjust_compatible = False
    _colorbar_gridspec = False

    def __init__(self, *, left: float, right: float, top: float, bottom: float) -> None:
        super().__init__()
        self._params = {"left": left, "right": right, "top": top, "bottom": bottom}

    def set(self, **margins: float) -> None:
        self._params.update(margins)

    def execute(self, fig: Figure) -> None:
        width, height = fig.get_size_inches() * 72
        p = self._params
        # A canvas too small for the margins still keeps a sliver of plot.
        x0 = min(p["left"] / width, 0.7)
        x1 = max(1 - p["right"] / width, x0 + 0.05)
        y0 = min(p["bottom"] / height, 0.7)
        y1 = max(1 - p["top"] / height, y0 + 0.05)
        for ax in fig.axes:
            ax.set_position((x0, y0, x1 - x0, y1 - y0))


_TEXT_PATH = TextToPath()


def text_width(text: str, size: float) -> float:
    """Width in points of a text as matplotlib's default font draws it (widest line)."""
    widths = [
        _TEXT_PATH.get_text_width_height_descent(line, FontProperties(size=size), ismath=False)[0]
        for line in str(text).split("\n")
    ]
    return max(widths, default=0.0)


def legend_lines(names: Sequence[str], columns: int) -> int:
    """Text lines of the tallest legend column (matplotlib fills columns first)."""
    if not names:
        return 0
    per_column = -(-len(names) // max(1, columns))
    tallest = 0
    for start in range(0, len(names), per_column):
        tallest = max(
            tallest, sum(name.count("\n") + 1 for name in names[start : start + per_column])
        )
    return tallest


def fit_lines(text: str, size: float, width: float) -> str:
    """`text` wrapped at spaces so that each line fits `width` points (a single word that
    is wider stays whole)."""
    full = text_width(text, size) if text else 0.0
    if full <= width:
        return text
    # Start at the share of characters that fit, then shorten the lines until they do.
    for chars in range(int(len(text) * width / full) + 1, 0, -1):
        wrapped = textwrap.fill(text, width=chars, break_long_words=False)
        if text_width(wrapped, size) <= width:
            return wrapped
    return textwrap.fill(text, width=1, break_long_words=False)


def top_title(fig: Figure, title: str, size: float, colour: str) -> None:
    """The chart's title, centred, EDGE points below the top at any figure size."""
    fig.suptitle(
        title,
        fontsize=size,
        color=colour,
        y=1.0,
        va="top",
        transform=fig.transFigure + ScaledTranslation(0, -EDGE / 72, fig.dpi_scale_trans),
    )


def legend_at_bottom(fig: Figure, handles: list, names: list[str], **options) -> None:
    """A legend centred EDGE points above the bottom at any figure size."""
    fig.legend(
        handles,
        names,
        loc="lower center",
        bbox_to_anchor=(0.5, 0.0),
        bbox_transform=fig.transFigure + ScaledTranslation(0, EDGE / 72, fig.dpi_scale_trans),
        borderaxespad=0.0,
        **options,
    )

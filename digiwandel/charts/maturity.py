"""Charts for the digital maturity check: radar, heatmap, trend, driver portfolio, bars.

Every builder takes plain data (lists of labels and numbers) plus already translated texts
and returns a :class:`matplotlib.figure.Figure` built without pyplot. Scores are on a
0-100 scale, ``None`` means "no (or too few) answers".
"""

from __future__ import annotations

import itertools
import math
import textwrap
from collections.abc import Sequence

import numpy as np
from matplotlib.colors import LinearSegmentedColormap, Normalize, to_rgb
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from digiwandel.charts import style  # noqa: F401  (settings every chart shares)

__all__ = [
    "bar_comparison_chart",
    "heatmap_chart",
    "portfolio_chart",
    "radar_chart",
    "trend_chart",
]

# -- shared style ------------------------------------------------------------------------

DARK_BLUE = "#1f5f8b"
AMBER = "#f2b632"
GREY = "#7a7a7a"
TEXT = "#222222"
FAINT = "#8c8c8c"
GRID = "#d0d0d0"
MISSING_FILL = "#ececec"
MISSING_EDGE = "#a0a0a0"

#: Series colours, in order. Colour is only a bonus: styles below carry the distinction.
COLOURS = (DARK_BLUE, AMBER, GREY, "#6fa8d0", "#3b3b3b", "#b8860b")
LINE_STYLES = ("solid", "dashed", "dotted", "dashdot", (0, (5, 2, 1, 2)), (0, (1, 3)))
MARKERS = ("o", "s", "^", "D", "v", "P")
#: Bar hatches; the first (dark) series stays solid, lighter ones get a pattern.
HATCHES = ("", "///", "...", "xx", "\\\\", "--")
#: Bar fills: dark, light, middle - three shades that stay apart in grey print.
BAR_COLOURS = (DARK_BLUE, AMBER, "#b0b0b0", "#6fa8d0", "#3b3b3b", "#e8d9a8")

FONT_SIZE = 9.5
SMALL_FONT_SIZE = 9.0
TITLE_SIZE = 12.0
LABEL_WIDTH = 18
SCORE_TICKS = (0, 25, 50, 75, 100)
_TREND_TOP = 108  # y limit of the trend chart: a little room above 100 for labels

#: "Blues" without its almost white start, so a score of 0 still differs from the page.
_HEAT_CMAP = LinearSegmentedColormap.from_list(
    "digiwandel_blues", ["#eef4fa", "#b9d3e8", "#6fa8d0", "#2f7ab5", "#123f63"]
)


def _style(index: int, values: Sequence) -> object:
    return values[index % len(values)]


def wrap_label(text: str, width: int = LABEL_WIDTH) -> str:
    """Wrap at spaces and hyphens; long compound words stay whole."""
    return textwrap.fill(str(text), width=width, break_long_words=False) or str(text)


def _fmt(value: float) -> str:
    """Scores are shown as whole numbers (no decimal separator to localise)."""
    return f"{value:.0f}"


def _new_figure(figsize: tuple[float, float]) -> Figure:
    fig = Figure(figsize=figsize)
    fig.set_layout_engine("constrained")
    return fig


def _title(fig: Figure, title: str) -> None:
    if title:
        fig.suptitle(title, fontsize=TITLE_SIZE, color=TEXT)


def legend_columns(fig: Figure, labels: list[str], max_columns: int = 3) -> int:
    """Most columns (up to ``max_columns``) whose estimated width fits the figure."""
    available = fig.get_figwidth() * 72 * 0.95
    for ncols in range(min(len(labels), max_columns), 1, -1):
        # matplotlib fills columns first; the first ``extra`` columns get one more entry
        rows, extra = divmod(len(labels), ncols)
        sizes = [rows + 1] * extra + [rows] * (ncols - extra)
        starts = np.cumsum([0, *sizes])
        columns = [labels[a:b] for a, b in itertools.pairwise(starts) if b > a]
        width = 0.0
        for column in columns:
            # an empty label has no lines; it still takes a column of its own
            longest = max((len(line) for text in column for line in text.splitlines()), default=0)
            # handle + gap + text (about 0.6 em per character) + column spacing
            width += FONT_SIZE * (3.2 + 0.8 + 0.6 * longest + 2.0)
        if width <= available:
            return ncols
    return 1


def _legend_below(fig: Figure, handles: list, labels: list[str]) -> None:
    if not handles:
        return
    labels = [wrap_label(label, 40) for label in labels]
    fig.legend(
        handles,
        labels,
        loc="outside lower center",
        ncols=legend_columns(fig, labels),
        fontsize=FONT_SIZE,
        frameon=False,
        handlelength=3.2,
    )


def _check_lengths(name: str, expected: int, series: Sequence[tuple[str, Sequence]]) -> None:
    for series_name, values in series:
        if len(values) != expected:
            raise ValueError(
                f"series {series_name!r} has {len(values)} values, {name} has {expected}"
            )


def _as_float(values: Sequence[float | None]) -> np.ndarray:
    return np.array([np.nan if v is None else float(v) for v in values], dtype=float)


def tidy_axes(ax) -> None:
    ax.tick_params(labelsize=FONT_SIZE, colors=TEXT)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


# -- radar -------------------------------------------------------------------------------


def radar_chart(
    labels: list[str],
    series: list[tuple[str, list[float | None]]],
    *,
    title: str = "",
    figsize: tuple[float, float] = (6.4, 5.2),
) -> Figure:
    """Polar "spider" chart of scores 0-100, one axis per label.

    Each series (name, one value per label) gets its own line style and marker; the first
    series also carries value labels. ``None`` is drawn at 0 with a hollow marker so that
    "no answer" stays distinguishable from a real zero.
    """
    _check_lengths("labels", len(labels), series)
    fig = _new_figure(figsize)
    _title(fig, title)
    ax = fig.add_subplot(projection="polar")
    ax.set_theta_offset(math.pi / 2)
    ax.set_theta_direction(-1)
    ax.set_ylim(0, 100)
    ax.set_rgrids(
        (25, 50, 75, 100),
        labels=("25", "50", "75", "100"),
        angle=0,
        fontsize=SMALL_FONT_SIZE,
        color=FAINT,
    )
    ax.set_rlabel_position(180 / max(len(labels), 1))
    ax.grid(color=GRID, linewidth=0.8)
    ax.spines["polar"].set_color(GRID)

    count = len(labels)
    if count == 0:
        ax.set_xticks([])
        return fig

    angles = np.linspace(0, 2 * math.pi, count, endpoint=False)
    ax.set_xticks(angles)
    ax.set_xticklabels([wrap_label(label) for label in labels], fontsize=FONT_SIZE, color=TEXT)
    ax.tick_params(axis="x", pad=10)
    # Labels at the sides read away from the chart, top and bottom ones stay centred.
    for angle, tick in zip(angles, ax.get_xticklabels(), strict=True):
        sin = math.sin(angle)
        tick.set_horizontalalignment("left" if sin > 0.2 else "right" if sin < -0.2 else "center")

    closed_angles = np.append(angles, angles[0])
    handles, names = [], []
    for index, (name, values) in enumerate(series):
        colour = _style(index, COLOURS)
        marker = _style(index, MARKERS)
        missing = [i for i, v in enumerate(values) if v is None]
        present = [i for i, v in enumerate(values) if v is not None]
        radii = np.array([0.0 if v is None else float(v) for v in values])
        closed_radii = np.append(radii, radii[0])
        (line,) = ax.plot(
            closed_angles,
            closed_radii,
            color=colour,
            linestyle=_style(index, LINE_STYLES),
            linewidth=2.2 if index == 0 else 1.6,
            marker=marker,
            markersize=6,
            markevery=present,
            markeredgecolor="white" if index == 0 else colour,
            markeredgewidth=0.8,
            clip_on=False,  # markers at 100 sit on the rim and must not be cut in half
            zorder=3 + index,
        )
        if index == 0:
            ax.fill(closed_angles, closed_radii, color=colour, alpha=0.10, zorder=2)
        if missing:
            ax.plot(
                angles[missing],
                radii[missing],
                linestyle="none",
                marker=marker,
                markersize=7,
                markerfacecolor="white",
                markeredgecolor=colour,
                markeredgewidth=1.4,
                zorder=10 + index,
            )
        if index == 0:
            for i in present:
                # push the label outwards along its axis (theta runs clockwise from the top);
                # near the rim it goes inwards so it does not run into the axis label
                inward = -1.0 if radii[i] > 86 else 1.0
                dx, dy = inward * math.sin(angles[i]), inward * math.cos(angles[i])
                ax.annotate(
                    _fmt(radii[i]),
                    xy=(angles[i], radii[i]),
                    xytext=(9 * dx, 9 * dy),
                    textcoords="offset points",
                    ha="left" if dx > 0.3 else "right" if dx < -0.3 else "center",
                    va="bottom" if dy > 0.3 else "top" if dy < -0.3 else "center",
                    fontsize=SMALL_FONT_SIZE,
                    color=TEXT,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
                    zorder=20,
                )
        handles.append(line)
        names.append(name)
    _legend_below(fig, handles, names)
    return fig


# -- heatmap -----------------------------------------------------------------------------


def _contrast_text(rgb: tuple[float, float, float]) -> str:
    """Black or white, whichever reads better on the given cell colour."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb[:3])
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "white" if luminance < 0.30 else TEXT


def heatmap_chart(
    row_labels: list[str],
    column_labels: list[str],
    values: list[list[float | None]],
    *,
    missing_label: str,
    title: str = "",
    colorbar_label: str = "",
    figsize: tuple[float, float] | None = None,
) -> Figure:
    """Rows (areas, or leadership/staff) by columns (dimensions), cells 0-100.

    Every cell shows its number; ``None`` cells are hatched light grey and carry
    ``missing_label``. Cells are vector rectangles, so PDF output stays sharp.
    """
    rows, cols = len(row_labels), len(column_labels)
    if len(values) != rows or any(len(row) != cols for row in values):
        raise ValueError(f"values must be a {rows} x {cols} table")
    if figsize is None:
        longest_row = max((len(wrap_label(r, 20).splitlines()[0]) for r in row_labels), default=0)
        width = min(max(6.4, 1.6 + 0.09 * longest_row + 0.8 * cols), 14.0)
        height = min(max(3.2, 2.4 + 0.62 * rows), 10.0)
        figsize = (width, height)
    fig = _new_figure(figsize)
    _title(fig, title)
    ax = fig.add_subplot()
    if rows == 0 or cols == 0:
        ax.set_axis_off()
        return fig

    data = np.ma.masked_invalid(np.array([_as_float(row) for row in values]))
    norm = Normalize(vmin=0, vmax=100)
    mesh = ax.pcolormesh(
        data, cmap=_HEAT_CMAP, norm=norm, edgecolors="white", linewidth=1.5, snap=True
    )
    ax.set_xlim(0, cols)
    ax.set_ylim(rows, 0)  # first row on top
    ax.set_aspect("auto")

    missing_text = wrap_label(missing_label, 10)
    for r in range(rows):
        for c in range(cols):
            value = values[r][c]
            if value is None:
                ax.add_patch(
                    Rectangle(
                        (c, r),
                        1,
                        1,
                        facecolor=MISSING_FILL,
                        edgecolor=MISSING_EDGE,
                        hatch="///",
                        linewidth=0,
                        zorder=2,
                    )
                )
                # thin white frame like the other cells
                ax.add_patch(
                    Rectangle((c, r), 1, 1, fill=False, edgecolor="white", linewidth=1.5, zorder=3)
                )
                ax.text(
                    c + 0.5,
                    r + 0.5,
                    missing_text,
                    ha="center",
                    va="center",
                    fontsize=SMALL_FONT_SIZE,
                    color=TEXT,
                    linespacing=1.0,
                    bbox={"boxstyle": "round,pad=0.2", "fc": MISSING_FILL, "ec": "none"},
                    zorder=4,
                )
            else:
                rgb = to_rgb(_HEAT_CMAP(norm(float(value))))
                ax.text(
                    c + 0.5,
                    r + 0.5,
                    _fmt(float(value)),
                    ha="center",
                    va="center",
                    fontsize=FONT_SIZE + 1,
                    fontweight="bold",
                    color=_contrast_text(rgb),
                    zorder=4,
                )

    ax.set_yticks(np.arange(rows) + 0.5)
    ax.set_yticklabels([wrap_label(label, 20) for label in row_labels])
    ax.set_xticks(np.arange(cols) + 0.5)
    # Column labels stand upright if each (wrapped) label fits its cell, else they are
    # turned 40 degrees. Widths are estimated at 0.6 em per character.
    row_label_chars = max(len(line) for r in row_labels for line in wrap_label(r, 20).splitlines())
    axes_pts = fig.get_figwidth() * 72 - 0.6 * FONT_SIZE * row_label_chars - 90
    upright = [wrap_label(label, 12) for label in column_labels]
    widest = max(len(line) for label in upright for line in label.splitlines())
    rotate = 0.6 * FONT_SIZE * widest + 8 > axes_pts / cols
    # Turned labels run along the diagonal: two long lines, not four short ones, so that
    # neighbouring labels do not run into each other.
    ax.set_xticklabels([wrap_label(label, 24) for label in column_labels] if rotate else upright)
    ax.xaxis.tick_top()
    if rotate:
        for tick in ax.get_xticklabels():
            tick.set_rotation(40)
            tick.set_horizontalalignment("left")
            tick.set_rotation_mode("anchor")
            tick.set_verticalalignment("bottom")
    ax.tick_params(length=0, labelsize=FONT_SIZE, colors=TEXT)
    for spine in ax.spines.values():
        spine.set_visible(False)

    colorbar = fig.colorbar(mesh, ax=ax, ticks=SCORE_TICKS, fraction=0.04, pad=0.02, aspect=25)
    colorbar.ax.tick_params(labelsize=SMALL_FONT_SIZE, colors=TEXT)
    colorbar.outline.set_visible(False)
    if colorbar.solids is not None:
        colorbar.solids.set_rasterized(False)  # keep PDF/SVG output purely vector
    if colorbar_label:
        colorbar.set_label(colorbar_label, fontsize=FONT_SIZE)
    return fig


# -- trend -------------------------------------------------------------------------------


def _trend_label_place(
    value: float, others: list[float], points_per_unit: float, *, first: bool, last: bool
) -> tuple[tuple[float, float], str, str]:
    """Offset and alignment for a value label on the overall line.

    Above the point if free, else below; if markers of other series are in the way on both
    sides, the first and last points take the label beside them, outside the line.
    The label is about 12 pt high, 8 pt from its point; markers reach about 4 pt.
    """

    near, far = (8 - 4) / points_per_unit, (8 + 13 + 4) / points_per_unit

    def blockers(side: int) -> list[float]:
        return [d for o in others if near <= (d := (o - value) * side) <= far]

    impossible = [math.inf] * (len(others) + 1)
    up = blockers(1) if value + 21 / points_per_unit <= _TREND_TOP else impossible
    down = blockers(-1) if value - 21 / points_per_unit >= 0 else impossible
    if up and down and (first or last):
        return ((10, 0), "left", "center") if last else ((-10, 0), "right", "center")
    side, blocked = (1, up) if len(up) <= len(down) else (-1, down)
    distance = 8.0
    if blocked and math.isfinite(max(blocked)):
        distance = max(blocked) * points_per_unit + 6  # step over the other marker
    return (0, side * distance), "center", "bottom" if side > 0 else "top"


TREND_LABELS = 12  # labelled points on the trend's time axis at most


def trend_chart(
    labels: list[str],
    series: list[tuple[str, list[float | None]]],
    *,
    title: str = "",
    ylabel: str = "",
    figsize: tuple[float, float] = (6.4, 4.0),
) -> Figure:
    """Scores 0-100 across assessments in order (``labels``, e.g. dates).

    The first series (the overall index) is drawn thick with value labels, the others thin
    with their own markers and line styles. ``None`` leaves a gap.
    """
    _check_lengths("labels", len(labels), series)
    fig = _new_figure(figsize)
    _title(fig, title)
    ax = fig.add_subplot()
    tidy_axes(ax)
    count = len(labels)
    x = np.arange(count)
    ax.set_ylim(0, _TREND_TOP)
    ax.set_yticks(SCORE_TICKS)
    ax.grid(axis="y", color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    if ylabel:
        ax.set_ylabel(ylabel, fontsize=FONT_SIZE, color=TEXT)
    # Years of checks: label (and annotate) about a dozen evenly spaced points, always the
    # newest, so the axis stays readable and the chart quick to draw.
    step = max(1, -(-count // TREND_LABELS))
    shown = sorted({*range(count - 1, -1, -step)})
    ax.set_xticks(x[shown] if count else x)
    ax.set_xticklabels([wrap_label(labels[i], 14) for i in shown])
    if len(shown) > 6:
        for tick in ax.get_xticklabels():
            tick.set_rotation(30)
            tick.set_horizontalalignment("right")
            tick.set_rotation_mode("anchor")
    ax.set_xlim(-0.5, max(count - 0.5, 0.5))

    handles, names = [], []
    for index, (name, values) in enumerate(series):
        y = _as_float(values)
        overall = index == 0
        colour = DARK_BLUE if overall else _style(index, COLOURS)
        (line,) = ax.plot(
            x,
            y,
            color=colour,
            linestyle="solid" if overall else _style(index, LINE_STYLES),
            linewidth=3.0 if overall else 1.4,
            marker=_style(index, MARKERS),
            markersize=(8 if overall else 6) if step == 1 else (5 if overall else 3),
            markerfacecolor=colour if overall else "white",
            markeredgecolor="white" if overall else colour,
            markeredgewidth=1.0 if overall else 1.4,
            zorder=10 if overall else 5 + index,
        )
        if overall:
            others = [_as_float(v) for _, v in series[1:]]
            # rough axes height in points per score unit, enough to judge label clashes
            points_per_unit = fig.get_figheight() * 72 * 0.62 / _TREND_TOP
            for xi, yi in zip(x, y, strict=True):
                if np.isnan(yi) or xi not in shown:
                    continue
                nearby = [o[xi] for o in others if not np.isnan(o[xi])]
                offset, ha, va = _trend_label_place(
                    yi, nearby, points_per_unit, first=xi == 0, last=xi == count - 1
                )
                ax.annotate(
                    _fmt(yi),
                    xy=(xi, yi),
                    xytext=offset,
                    textcoords="offset points",
                    ha=ha,
                    va=va,
                    fontsize=FONT_SIZE,
                    fontweight="bold",
                    color=TEXT,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85},
                    zorder=20,
                )
        handles.append(line)
        names.append(name)
    _legend_below(fig, handles, names)
    return fig


# -- driver portfolio --------------------------------------------------------------------


def _spread_duplicates(
    points: Sequence[tuple[str, float, float]], radius: float
) -> list[tuple[str, float, float, float]]:
    """Give points that share a position small distinct offsets around it.

    Returns (name, x, y, direction angle); the angle tells where to put the label so that
    labels of a group fan out instead of stacking on top of each other.
    """
    groups: dict[tuple[float, float], list[int]] = {}
    for i, (_, x, y) in enumerate(points):
        groups.setdefault((round(float(x), 2), round(float(y), 2)), []).append(i)
    placed: list[tuple[str, float, float, float]] = [("", 0.0, 0.0, 0.0)] * len(points)
    for members in groups.values():
        size = len(members)
        for k, i in enumerate(members):
            name, x, y = points[i]
            if size == 1:
                placed[i] = (name, float(x), float(y), 0.0)
                continue
            angle = math.pi / 2 + 2 * math.pi * k / size
            placed[i] = (
                name,
                float(x) + radius * math.cos(angle),
                float(y) + radius * math.sin(angle),
                angle,
            )
    return placed


def portfolio_chart(
    points: list[tuple[str, float, float]],
    *,
    x_label: str,
    y_label: str,
    quadrant_labels: tuple[str, str, str, str] | None = None,
    title: str = "",
    figsize: tuple[float, float] = (6.4, 5.2),
) -> Figure:
    """Driver portfolio: x = current use (0-3), y = relevance (0-3), one named point each.

    Dashed lines at 1.5 split four quadrants; ``quadrant_labels`` (top-left, top-right,
    bottom-left, bottom-right) are written faintly into the corners.
    """
    fig = _new_figure(figsize)
    _title(fig, title)
    ax = fig.add_subplot()
    tidy_axes(ax)
    xs = [float(p[1]) for p in points]
    ys = [float(p[2]) for p in points]
    # With quadrant labels, leave a band above 3 and below 0 for them so they never sit
    # on top of points in the corners.
    margin = 0.5 if quadrant_labels and any(quadrant_labels) else 0.2
    # Room left and right of the 0-3 scale, where fanned-out labels of grouped points go.
    ax.set_xlim(min([0.0, *xs]) - 0.7, max([3.0, *xs]) + 0.5)
    ax.set_ylim(min([0.0, *ys]) - margin, max([3.0, *ys]) + margin)
    ax.set_xticks(range(4))
    ax.set_yticks(range(4))
    ax.set_xlabel(x_label, fontsize=FONT_SIZE + 0.5, color=TEXT)
    ax.set_ylabel(y_label, fontsize=FONT_SIZE + 0.5, color=TEXT)
    ax.axvline(1.5, color=GREY, linestyle="dashed", linewidth=1.0, zorder=1)
    ax.axhline(1.5, color=GREY, linestyle="dashed", linewidth=1.0, zorder=1)

    if quadrant_labels:
        corners = ((0.015, 0.985, "left", "top"), (0.985, 0.985, "right", "top"))
        corners += ((0.015, 0.015, "left", "bottom"), (0.985, 0.015, "right", "bottom"))
        for text, (cx, cy, ha, va) in zip(quadrant_labels, corners, strict=True):
            if not text:
                continue
            ax.text(
                cx,
                cy,
                wrap_label(text, 22),
                transform=ax.transAxes,
                ha=ha,
                va=va,
                fontsize=FONT_SIZE + 0.5,
                fontstyle="italic",
                color=FAINT,
                alpha=0.9,
                zorder=0,
            )

    for name, x, y, angle in _spread_duplicates(points, radius=0.09):
        ax.plot(
            x,
            y,
            marker="o",
            markersize=8,
            markerfacecolor=DARK_BLUE,
            markeredgecolor="white",
            markeredgewidth=1.0,
            linestyle="none",
            zorder=5,
        )
        if angle:  # member of a group: label points away from the group centre
            dx, dy = math.cos(angle), math.sin(angle)
            offset = (9 * dx, 9 * dy)
            ha = "left" if dx > 0.3 else "right" if dx < -0.3 else "center"
            va = "bottom" if dy > 0.3 else "top" if dy < -0.3 else "center"
        else:
            near_right = x > 2.4
            offset = (-8, 5) if near_right else (8, 5)
            ha, va = ("right" if near_right else "left"), "bottom"
        ax.annotate(
            wrap_label(name, 22),
            xy=(x, y),
            xytext=offset,
            textcoords="offset points",
            ha=ha,
            va=va,
            fontsize=FONT_SIZE,
            color=TEXT,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75},
            zorder=6,
        )
    return fig


# -- grouped bars ------------------------------------------------------------------------


def bar_comparison_chart(
    labels: list[str],
    series: list[tuple[str, list[float | None]]],
    *,
    missing_label: str,
    title: str = "",
    figsize: tuple[float, float] | None = None,
) -> Figure:
    """Horizontal grouped bars 0-100, e.g. leadership vs staff per dimension.

    Series differ by shade and hatching; each bar carries its value at the end, a missing
    value shows ``missing_label`` instead of a bar.
    """
    _check_lengths("labels", len(labels), series)
    count, n_series = len(labels), len(series)
    if figsize is None:
        per_group = 0.2 * max(n_series, 1) + 0.2
        height = min(max(3.0, 1.4 + count * per_group + (0.4 if n_series else 0)), 12.0)
        figsize = (6.4, height)
    fig = _new_figure(figsize)
    _title(fig, title)
    ax = fig.add_subplot()
    tidy_axes(ax)
    ax.spines["left"].set_color(GREY)
    ax.spines["bottom"].set_color(GREY)
    ax.set_xlim(0, 112)  # room for the value labels right of a full bar
    ax.set_xticks(SCORE_TICKS)
    ax.grid(axis="x", color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    positions = np.arange(count)
    ax.set_yticks(positions)
    # At most two lines per label: a third would reach into the next group's label.
    ax.set_yticklabels([wrap_label(label, 32) for label in labels])
    ax.set_ylim(max(count, 1) - 0.5, -0.5)  # first label on top
    ax.tick_params(axis="y", length=0)

    bar_height = 0.8 / max(n_series, 1)
    handles, names = [], []
    for index, (name, values) in enumerate(series):
        offsets = positions - 0.4 + bar_height * (index + 0.5)
        widths = [0.0 if v is None else float(v) for v in values]
        ax.barh(
            offsets,
            widths,
            height=bar_height * 0.92,
            color=_style(index, BAR_COLOURS),
            edgecolor="#2b2b2b",
            linewidth=0.6,
            hatch=_style(index, HATCHES),
            zorder=3,
        )
        for y, value in zip(offsets, values, strict=True):
            if value is None:
                ax.text(
                    1.0,
                    y,
                    missing_label,
                    ha="left",
                    va="center",
                    fontsize=SMALL_FONT_SIZE,
                    fontstyle="italic",
                    color=GREY,
                    zorder=4,
                )
            else:
                ax.text(
                    float(value) + 1.2,
                    y,
                    _fmt(float(value)),
                    ha="left",
                    va="center",
                    fontsize=SMALL_FONT_SIZE,
                    color=TEXT,
                    zorder=4,
                )
        handles.append(
            Rectangle(
                (0, 0),
                1,
                1,
                facecolor=_style(index, BAR_COLOURS),
                edgecolor="#2b2b2b",
                linewidth=0.6,
                hatch=_style(index, HATCHES),
            )
        )
        names.append(name)
    _legend_below(fig, handles, names)
    return fig

"""Charts for the strategy part: an indicator's measurements against its target.

Plain data in, a matplotlib Figure out; every visible text is passed in already translated.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from matplotlib.dates import date2num
from matplotlib.figure import Figure

from digiwandel.charts import style  # noqa: F401  (settings every chart shares)
from digiwandel.charts.labels import date_ticks, localise_value_axis, number_label
from digiwandel.charts.layout import (
    EDGE,
    LINE,
    TICK_ROOM,
    MarginLayout,
    fit_lines,
    legend_at_bottom,
    legend_lines,
    text_width,
    top_title,
)
from digiwandel.charts.maturity import (
    AMBER,
    DARK_BLUE,
    FONT_SIZE,
    GREY,
    GRID,
    TEXT,
    TITLE_SIZE,
    legend_columns,
    wrap_label,
)


def indicator_chart(
    points: list[tuple[date, float]],
    *,
    series_label: str,
    target: tuple[date | None, float] | None = None,
    target_label: str = "",
    baseline: tuple[date | None, float] | None = None,
    baseline_label: str = "",
    target_range: tuple[float, float] | None = None,
    range_label: str = "",
    unit: str = "",
    title: str = "",
    month_names: Sequence[str] | None = None,
    decimal_point: str = ".",
    figsize: tuple[float, float] = (6.4, 3.6),
) -> Figure:
    """Measured values over time (solid line with markers and value labels), the baseline
    (dotted) and the target (dashed line, or a hatched band for "within range").

    Dates on the axis use ``month_names`` (twelve short names in the reader's language; as
    numbers without them), values ``decimal_point``.
    """
    # Fixed margins measured once (see charts/layout.py): this chart is rebuilt after every
    # new measurement.
    fig = Figure(figsize=figsize)
    # A long indicator name in a narrow chart wraps rather than running off both edges.
    title = fit_lines(title, TITLE_SIZE, figsize[0] * 72 - 2 * EDGE)
    if title:
        top_title(fig, title, TITLE_SIZE, TEXT)
    ax = fig.add_subplot()
    ax.grid(axis="y", color=GRID, linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=FONT_SIZE, colors=TEXT)
    handles, labels = [], []
    points = sorted(points)
    if points:
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        (line,) = ax.plot(
            xs, ys, color=DARK_BLUE, linestyle="solid", marker="o", markersize=6, linewidth=2
        )
        handles.append(line)
        labels.append(series_label)
        for x, y in points:
            # Left out of the layout (the axes leave room above the points): measuring every
            # label again on each draw would cost more than the rest of the chart.
            ax.annotate(
                number_label(y, decimal_point),
                (x, y),
                textcoords="offset points",
                xytext=(0, 7),
                ha="center",
                fontsize=FONT_SIZE - 0.5,
                color=TEXT,
                annotation_clip=False,
                in_layout=False,
            )
    if baseline is not None:
        line = ax.axhline(baseline[1], color=GREY, linestyle="dotted", linewidth=1.5)
        handles.append(line)
        labels.append(baseline_label)
    if target_range is not None:
        band = ax.axhspan(
            target_range[0],
            target_range[1],
            facecolor=AMBER,
            alpha=0.18,
            hatch="///",
            edgecolor=AMBER,
            linewidth=0,
        )
        handles.append(band)
        labels.append(range_label or target_label)
    elif target is not None:
        line = ax.axhline(target[1], color=AMBER, linestyle="dashed", linewidth=2)
        handles.append(line)
        labels.append(target_label)
        if target[0] is not None:
            ax.plot([target[0]], [target[1]], marker="D", color=AMBER, markersize=7)
    if points:
        ax.margins(y=0.15)  # room above the highest point for its value label
    if unit:
        ax.set_ylabel(unit, fontsize=FONT_SIZE, color=TEXT)
    localise_value_axis(ax, decimal_point)
    days = [p[0] for p in points]
    if target is not None and target[0] is not None:
        days.append(target[0])
    if days:
        first, last = date2num(min(days)), date2num(max(days))
        pad = max(3.0, (last - first) * 0.05)
        ax.set_xlim(first - pad, last + pad)
        # as many date labels as fit side by side (with a gap) across the plot
        sample = f"{month_names[4]} 0000" if month_names else "00/0000"
        label = text_width(sample, FONT_SIZE) + 10.0
        fitting = int((figsize[0] * 72 - 90.0) // label)
        date_ticks(ax, first - pad, last + pad, month_names, days=True, max_ticks=max(2, fitting))
    names = [wrap_label(label, 40) for label in labels]
    columns = legend_columns(fig, names) if names else 1
    if handles:
        legend_at_bottom(
            fig, handles, names, ncols=columns, fontsize=FONT_SIZE, frameon=False, handlelength=3.2
        )
    fig.set_layout_engine(
        MarginLayout(
            left=EDGE
            + _widest_tick_label(ax.yaxis)
            + TICK_ROOM
            + (FONT_SIZE * LINE + 4.0 if unit else 0.0),  # the unit beside the axis
            right=EDGE + 0.5 * _widest_tick_label(ax.xaxis),
            top=EDGE + (TITLE_SIZE * LINE * (title.count("\n") + 1) + EDGE if title else 0.0),
            bottom=EDGE
            + TICK_ROOM
            + FONT_SIZE * LINE
            + (EDGE + legend_lines(names, columns) * FONT_SIZE * (LINE + 0.3) if handles else 0.0),
        )
    )
    return fig


def _widest_tick_label(axis) -> float:
    """Width in points of the widest tick label the axis will draw at its current limits."""
    low, high = sorted(axis.get_view_interval())
    ticks = [t for t in axis.get_major_locator()() if low <= t <= high]
    labels = axis.get_major_formatter().format_ticks(ticks) if ticks else []
    return max((text_width(label, FONT_SIZE) for label in labels), default=0.0)

"""Charts for the project tracker: the timeline (Gantt chart) of all measures.

Plain data in, a matplotlib Figure out; every visible text is passed in already translated.
The rows only need the attributes of ``digiwandel.services.projects.TimelineRow`` (this module
does not import the services): ``title``, ``light``, ``starts_on``, ``ends_on``, ``steps``
(``number``, ``status``, ``due_on``) and ``milestones`` (``title``, ``due_on``, ``done``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol

from matplotlib.dates import date2num
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import NullLocator
from matplotlib.transforms import ScaledTranslation, blended_transform_factory

from digiwandel.charts import style  # noqa: F401  (settings every chart shares)
from digiwandel.charts.labels import date_ticks
from digiwandel.charts.layout import EDGE, LINE, MarginLayout, legend_lines, text_width
from digiwandel.charts.maturity import (
    FAINT,
    FONT_SIZE,
    GRID,
    SMALL_FONT_SIZE,
    TEXT,
    TITLE_SIZE,
    legend_columns,
    tidy_axes,
    wrap_label,
)

__all__ = ["MAX_ROWS", "timeline_chart"]

#: Traffic light fills (Okabe-Ito tones, told apart with colour blindness) and hatches, so
#: that the light stays recognisable in grey print; the light word is written as well.
LIGHT_COLOURS = {"green": "#009e73", "amber": "#e69f00", "red": "#d55e00"}
LIGHT_HATCHES = {"green": "", "amber": "///", "red": "xxx"}
UNKNOWN_COLOUR = "#b0b0b0"
LIGHT_ORDER = ("green", "amber", "red")

MAX_ROWS = 40  # more rows are left out and counted in a note below the chart
NUMBERED_ROWS = 12  # up to this many rows every step marker carries its number
TITLE_CHARS = 40  # longer project titles are shortened with "…"
ROW_INCHES = 0.45  # figure height per row
BAR_HEIGHT = 0.42  # in row units
MIN_SPAN_DAYS = 14  # a bar whose end is unknown and cannot be derived
STEP_FONT_SIZE = 7.5
LABEL_GAP = 4.0  # points between a row label and the plot


class _Step(Protocol):
    number: int
    status: str
    due_on: date


class _Milestone(Protocol):
    title: str
    due_on: date
    done: bool


class TimelineRowLike(Protocol):
    """What the chart reads of a row (``TimelineRow`` of the project service fits)."""

    title: str
    light: str
    starts_on: date | None
    ends_on: date | None
    steps: Sequence[_Step]
    milestones: Sequence[_Milestone]


def _shorten(text: str, limit: int = TITLE_CHARS) -> str:
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def _span(row: TimelineRowLike) -> tuple[date, date, bool] | None:
    """(start, end, estimated) of the bar; estimated when a date was derived, None if no
    date is known at all."""
    start, end = row.starts_on, row.ends_on
    if start is not None and end is not None:
        return start, end, False
    known = sorted(
        [s.due_on for s in row.steps if s.due_on is not None]
        + [m.due_on for m in row.milestones if m.due_on is not None]
    )
    if start is None and end is None:
        if not known:
            return None
        start, end = known[0], known[-1]
    elif start is not None:
        later = [d for d in known if d > start]
        end = later[-1] if later else None
    else:
        earlier = [d for d in known if d < end]
        start = earlier[0] if earlier else None
    if start is None:
        start = end - timedelta(days=MIN_SPAN_DAYS)
    if end is None or end <= start:
        end = start + timedelta(days=MIN_SPAN_DAYS)
    return start, end, True


def timeline_chart(
    rows: Sequence[TimelineRowLike],
    *,
    today: date,
    light_words: dict[str, str],
    today_label: str,
    milestone_label: str,
    step_label: str,
    no_dates_label: str,
    more_label: str = "+{count}",
    month_names: Sequence[str] | None = None,
    title: str = "",
    figsize: tuple[float, float] | None = None,
) -> Figure:
    """One horizontal bar per measure from its start to its end, top to bottom in the given
    order, with its steps' due dates and its milestones, and a dashed line for today.

    A bar's fill and hatch show the traffic light, and the light word (``light_words``) is
    part of the row label. A missing start or end is taken from the step and milestone dates
    (drawn with a dashed outline); a row without any date shows ``no_dates_label``. Steps are
    small circles with their number (filled = done; with more than ``NUMBERED_ROWS`` rows
    only the current step, the first not done, is numbered), milestones diamonds (filled =
    done).
    At most ``MAX_ROWS`` rows are drawn; ``more_label`` (``{count}`` = rows left out) says
    how many more there are. The axis names months with ``month_names`` (twelve short
    names in the reader's language), or as numbers ("03/2027") without them.
    """
    rows = list(rows)
    hidden = max(0, len(rows) - MAX_ROWS)
    rows = rows[:MAX_ROWS]
    count = len(rows)
    if figsize is None:
        figsize = (9.0, max(3.0, 1.9 + ROW_INCHES * max(count, 1) + (0.3 if hidden else 0)))
    fig = Figure(figsize=figsize)
    if title:
        fig.suptitle(title, fontsize=TITLE_SIZE, color=TEXT, y=1 - EDGE / 72 / figsize[1], va="top")
    ax = fig.add_subplot()
    tidy_axes(ax)
    ax.spines["left"].set_visible(False)
    ax.set_yticks([])
    ax.grid(axis="x", which="major", color=GRID, linewidth=0.6)
    ax.set_axisbelow(True)
    on_left = blended_transform_factory(ax.transAxes, ax.transData)

    labels: list[str] = []
    dates: list[float] = [date2num(today)]
    lights_seen: set[str] = set()
    # Bars by (light, estimated) and markers by (kind, done), one artist each: a few
    # artists draw much faster than one per row.
    bars: dict[tuple[str, bool], list[tuple[float, float, float]]] = defaultdict(list)
    marks: dict[tuple[str, bool], tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    step_offset = ax.transData + ScaledTranslation(0, 1 / 72, fig.dpi_scale_trans)
    label_offset = on_left + ScaledTranslation(-LABEL_GAP / 72, 0, fig.dpi_scale_trans)
    for y, row in enumerate(rows):
        word = light_words.get(row.light, row.light)
        label = f"{_shorten(row.title)} · {word}" if word else _shorten(row.title)
        labels.append(label)
        # Row labels are plain texts rather than y ticks: 40 ticks cost more to set up
        # than the rest of the chart. A "$" in a title stays a dollar sign.
        ax.text(
            0.0,
            y,
            label,
            transform=label_offset,
            ha="right",
            va="center",
            fontsize=FONT_SIZE,
            color=TEXT,
            parse_math=False,
            gid="row-label",
        )
        span = _span(row)
        if span is None:
            ax.text(
                0.01,
                y,
                no_dates_label,
                transform=on_left,
                va="center",
                ha="left",
                fontsize=SMALL_FONT_SIZE,
                fontstyle="italic",
                color=FAINT,
            )
            continue
        start, end, estimated = span
        left, right = date2num(start), date2num(end)
        dates += [left, right]
        lights_seen.add(row.light)
        bars[row.light, estimated].append((y, left, right - left))
        steps = [s for s in row.steps if s.due_on is not None]
        for step in steps:
            xs, ys = marks["step", step.status == "done"]
            xs.append(date2num(step.due_on))
            ys.append(y)
        numbered = steps
        if count > NUMBERED_ROWS:
            # A crowded chart names only each measure's current step (the first not done).
            numbered = [s for s in steps if s.status != "done"][:1]
        for step in numbered:
            # Plain text, shifted up by a point above the bar.
            ax.text(
                date2num(step.due_on),
                y - BAR_HEIGHT / 2,
                str(step.number),
                transform=step_offset,
                ha="center",
                va="bottom",
                fontsize=STEP_FONT_SIZE,
                color=TEXT,
                zorder=4,
            )
        for milestone in row.milestones:
            if milestone.due_on is not None:
                xs, ys = marks["milestone", bool(milestone.done)]
                xs.append(date2num(milestone.due_on))
                ys.append(y)

    for (light, estimated), spans in bars.items():
        ys, lefts, widths = zip(*spans, strict=True)
        ax.barh(
            ys,
            widths,
            left=lefts,
            height=BAR_HEIGHT,
            color=LIGHT_COLOURS.get(light, UNKNOWN_COLOUR),
            hatch=LIGHT_HATCHES.get(light, ""),
            edgecolor=TEXT,
            linewidth=0.8,
            linestyle="dashed" if estimated else "solid",
            zorder=2,
        )
    for (kind, done), (xs, ys) in marks.items():
        dates += xs
        ax.plot(
            xs,
            ys,
            linestyle="none",
            marker="o" if kind == "step" else "D",
            markersize=5 if kind == "step" else 7.5,
            markeredgewidth=1.0 if kind == "step" else 1.2,
            markeredgecolor=TEXT,
            markerfacecolor=TEXT if done else "white",
            zorder=3 if kind == "step" else 5,
            gid=kind,
        )
    has_steps = any(kind == "step" for kind, _done in marks)
    has_milestones = any(kind == "milestone" for kind, _done in marks)

    ax.set_ylim(max(count, 1) - 0.5, -0.9)  # first row on top, room for the step numbers

    first, last = min(dates), max(dates)
    pad = max(10.0, (last - first) * 0.04)
    ax.set_xlim(first - pad, last + pad)
    ax.xaxis_date()
    date_ticks(ax, first - pad, last + pad, month_names)
    # No monthly minor ticks: dozens of tick objects would cost more than they tell here,
    # where the grid lines already mark the labelled dates.
    ax.xaxis.set_minor_locator(NullLocator())

    today_x = date2num(today)
    today_line = ax.axvline(
        today_x, color=TEXT, linestyle="dashed", linewidth=1.4, zorder=6, gid="today"
    )
    ax.text(
        today_x,
        1.0,
        f" {today_label}",
        transform=blended_transform_factory(ax.transData, ax.transAxes),
        ha="left",
        va="bottom",
        fontsize=SMALL_FONT_SIZE,
        color=TEXT,
    )
    if hidden:
        ax.text(
            0.0,
            0.0,
            more_label.format(count=hidden),
            transform=ax.transAxes
            + ScaledTranslation(-LABEL_GAP / 72, -LABEL_GAP / 72, fig.dpi_scale_trans),
            ha="right",
            va="top",
            fontsize=SMALL_FONT_SIZE,
            color=TEXT,
        )

    handles: list = []
    names: list[str] = []
    for light in LIGHT_ORDER:
        if light in lights_seen:
            handles.append(
                Patch(
                    facecolor=LIGHT_COLOURS[light],
                    hatch=LIGHT_HATCHES[light],
                    edgecolor=TEXT,
                    linewidth=0.8,
                )
            )
            names.append(light_words.get(light, light))
    if has_steps:
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="o",
                markersize=5,
                markeredgecolor=TEXT,
                markerfacecolor="white",
            )
        )
        names.append(step_label)
    if has_milestones:
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="D",
                markersize=7,
                markeredgecolor=TEXT,
                markerfacecolor="white",
            )
        )
        names.append(milestone_label)
    handles.append(today_line)
    names.append(today_label)
    names = [wrap_label(name, 40) for name in names]
    columns = legend_columns(fig, names)
    fig.legend(
        handles,
        names,
        loc="lower center",
        bbox_to_anchor=(0.5, EDGE / 72 / figsize[1]),
        ncols=columns,
        fontsize=FONT_SIZE,
        frameon=False,
        handlelength=3.2,
    )

    # The margins: the widest row label (or the note on rows left out) on the left; the
    # title and the "today" label on top; the date labels and the legend below.
    widest = max(
        [text_width(label, FONT_SIZE) for label in labels]
        + ([text_width(more_label.format(count=hidden), SMALL_FONT_SIZE)] if hidden else [])
        + [0.0]
    )
    legend_rows = legend_lines(names, columns)
    fig.set_layout_engine(
        MarginLayout(
            left=EDGE + widest + LABEL_GAP,
            # half a date label, centred on a tick at the right end
            right=EDGE + 0.6 * text_width("00/0000", FONT_SIZE),
            top=EDGE + (TITLE_SIZE * LINE + EDGE if title else 0.0) + SMALL_FONT_SIZE * LINE,
            bottom=EDGE
            + 7.0  # tick length and padding
            + FONT_SIZE * LINE
            + EDGE
            + legend_rows * FONT_SIZE * (LINE + 0.3),
        )
    )
    return fig

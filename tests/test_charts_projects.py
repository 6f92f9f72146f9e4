"""The timeline (Gantt) chart of the measures: bars, lights in words, steps, milestones."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import matplotlib
from matplotlib.figure import Figure

from digiwandel.charts.projects import MAX_ROWS, NUMBERED_ROWS, timeline_chart
from digiwandel.services.projects import TimelineMilestone, TimelineRow, TimelineStep

TODAY = date(2025, 6, 15)
WORDS = {"green": "Grün", "amber": "Gelb", "red": "Rot"}
LONG_TITLE = "Digitale Dienstplanung in der ambulanten Pflege einführen, Pilot Nord"


def chart(rows, **kwargs) -> Figure:
    texts = {
        "today": TODAY,
        "light_words": WORDS,
        "today_label": "Heute",
        "milestone_label": "Meilenstein",
        "step_label": "Fälligkeit Schritt",
        "no_dates_label": "keine Termine",
        "more_label": "+{count} weitere",
    }
    return timeline_chart(rows, **(texts | kwargs))


def svg_text(fig: Figure) -> str:
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        fig.savefig(buffer, format="svg")
    root = ET.fromstring(buffer.getvalue())
    texts = [
        "".join(element.itertext())
        for element in root.iter()
        if element.tag.rsplit("}", 1)[-1] == "text"
    ]
    return " ".join(" ".join(texts).split())


def row(ident, title, light="green", starts=None, ends=None, steps=(), milestones=()):
    return TimelineRow(
        id=ident,
        title=title,
        status="active",
        light=light,
        starts_on=starts,
        ends_on=ends,
        steps=tuple(steps),
        milestones=tuple(milestones),
    )


def sample_rows() -> list[TimelineRow]:
    return [
        row(
            1,
            LONG_TITLE,
            "green",
            date(2025, 1, 15),
            date(2025, 12, 31),
            steps=[
                TimelineStep(n, "done" if n < 4 else "open", date(2025, 1, 1) + timedelta(28 * n))
                for n in range(1, 13)
            ],
            milestones=[
                TimelineMilestone("Kick-off", date(2025, 2, 1), True),
                TimelineMilestone("Go-Live", date(2025, 7, 1), False),
            ],
        ),
        row(
            2,
            "E-Akte",
            "amber",
            date(2025, 3, 1),
            None,
            [TimelineStep(3, "open", date(2025, 9, 1))],
        ),
        row(
            3,
            "Messenger",
            "red",
            None,
            date(2026, 2, 1),
            [TimelineStep(1, "open", date(2025, 10, 1))],
            [TimelineMilestone("Vertrag", date(2025, 11, 15), False)],
        ),
        row(4, "Ohne Daten", "green"),
    ]


def row_labels(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.axes[0].texts if t.get_gid() == "row-label"]


def markers(fig: Figure, gid: str) -> int:
    ax = fig.axes[0]
    return sum(len(line.get_xdata()) for line in ax.get_lines() if line.get_gid() == gid)


def test_empty_input_builds_a_figure_with_today():
    fig = chart([])
    assert isinstance(fig, Figure)
    svg = svg_text(fig)
    assert "Heute" in svg
    assert "keine Termine" not in svg


def test_rows_with_and_without_dates_in_input_order():
    fig = chart(sample_rows(), title="Zeitplan")
    ax = fig.axes[0]
    labels = row_labels(fig)
    assert len(labels) == 4
    assert labels[1] == "E-Akte · Gelb"
    assert labels[2] == "Messenger · Rot"
    assert labels[3] == "Ohne Daten · Grün"
    # first row on top: y axis inverted
    bottom, top = ax.get_ylim()
    assert bottom > top
    # three bars (the undated row has none), its text says so
    assert len(ax.patches) == 3
    svg = svg_text(fig)
    assert "keine Termine" in svg
    assert "Zeitplan" in svg


def test_light_words_appear_and_bars_differ_beyond_colour():
    fig = chart(sample_rows())
    svg = svg_text(fig)
    for word in WORDS.values():
        assert word in svg
    hatches = {patch.get_hatch() or "" for patch in fig.axes[0].patches}
    assert len(hatches) == 3, "each light has its own hatch"


def test_today_line_is_drawn_and_labelled():
    fig = chart(sample_rows())
    ax = fig.axes[0]
    (line,) = [line for line in ax.get_lines() if line.get_gid() == "today"]
    assert line.get_linestyle() == "--"
    x = line.get_xdata()[0]
    assert matplotlib.dates.num2date(x).date() == TODAY
    assert "Heute" in svg_text(fig)


def test_milestones_and_steps_are_marked():
    fig = chart(sample_rows())
    assert markers(fig, "milestone") == 3
    assert markers(fig, "step") == 14
    svg = svg_text(fig)
    assert "Meilenstein" in svg
    assert "Fälligkeit Schritt" in svg
    for number in ("1", "3", "12"):
        assert f" {number} " in f" {svg} "


def test_a_crowded_chart_numbers_only_the_current_step_of_each_measure():
    steps = [
        TimelineStep(n, "done" if n < 3 else "open", date(2025, 1, 1) + timedelta(20 * n))
        for n in range(1, 13)
    ]
    rows = [
        row(i, f"Projekt {i}", "green", date(2025, 1, 1), date(2025, 12, 1), steps)
        for i in range(NUMBERED_ROWS + 1)
    ]
    crowded = chart(rows)
    numbers = [t.get_text() for t in crowded.axes[0].texts if t.get_text().isdigit()]
    assert numbers == ["3"] * len(rows), "step 3 is each measure's current step"
    assert markers(crowded, "step") == 12 * len(rows), "every step keeps its marker"
    few = chart(rows[:NUMBERED_ROWS])
    numbered = [t.get_text() for t in few.axes[0].texts if t.get_text().isdigit()]
    assert len(numbered) == 12 * NUMBERED_ROWS


def test_long_titles_are_shortened():
    fig = chart(sample_rows())
    label = row_labels(fig)[0]
    title = label.split(" · ")[0]
    assert title.endswith("…")
    assert len(title) <= 40
    assert LONG_TITLE not in svg_text(fig)


def test_many_rows_are_capped_with_a_note_and_grow_the_figure():
    rows = [row(i, f"Projekt {i}", "green", date(2025, 1, 1), date(2025, 3, 1)) for i in range(55)]
    small = chart(rows[:3])
    big = chart(rows)
    assert len(row_labels(big)) == MAX_ROWS
    assert big.get_figheight() > small.get_figheight()
    assert "+15 weitere" in svg_text(big)


def test_png_output(tmp_path):
    path = tmp_path / "timeline.png"
    chart(sample_rows()).savefig(path, dpi=60)
    assert path.read_bytes().startswith(b"\x89PNG")
    assert chart([], figsize=(5.0, 3.0)).get_size_inches().tolist() == [5.0, 3.0]


def test_labels_legend_and_dates_fit_the_figure_without_overlap():
    """The margins measured at build time hold at any canvas size: every row label, the
    date labels and the legend lie inside the figure, and the legend is below the dates."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    rows = sample_rows() + [
        row(
            10 + i,
            f"Maßnahme mit einem recht langen Namen {i}",
            "red",
            date(2025, 4, 1),
            date(2025, 9, 1),
        )
        for i in range(6)
    ]
    for size in ((9.0, 6.0), (6.0, 4.5), (12.0, 8.0)):
        fig = chart(rows, title="Zeitplan", figsize=size)
        canvas = FigureCanvasAgg(fig)
        canvas.draw()
        renderer = canvas.get_renderer()
        box = fig.bbox
        ax = fig.axes[0]
        texts = [t for t in ax.texts if t.get_gid() == "row-label"]
        texts += [t for t in ax.get_xticklabels() if t.get_text()]
        for text in texts:
            extent = text.get_window_extent(renderer)
            assert box.x0 - 0.5 <= extent.x0 and extent.x1 <= box.x1 + 0.5, (size, text)
            assert box.y0 <= extent.y0 and extent.y1 <= box.y1, (size, text)
        for text in (t for t in ax.texts if t.get_gid() == "row-label"):
            assert text.get_window_extent(renderer).x1 <= ax.bbox.x0, "label left of the plot"
        legend = fig.legends[0].get_window_extent(renderer)
        assert box.y0 <= legend.y0
        lowest_date = min(t.get_window_extent(renderer).y0 for t in ax.get_xticklabels())
        assert legend.y1 <= lowest_date, size
        assert fig.texts[0].get_window_extent(renderer).y0 >= ax.bbox.y1, "title above"


def test_a_dollar_sign_in_a_title_stays_text():
    fig = chart([row(1, "Budget $5 bis $10", "green", date(2025, 1, 1), date(2025, 5, 1))])
    assert row_labels(fig) == ["Budget $5 bis $10 · Grün"]
    assert "Budget $5 bis $10" in svg_text(fig)

"""The indicator chart: measurements against baseline and target, as vector graphics."""

from __future__ import annotations

import io
import itertools
from datetime import date

import matplotlib
from matplotlib.figure import Figure

from digiwandel.charts.strategy import indicator_chart


def svg_text(fig: Figure) -> str:
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        fig.savefig(buffer, format="svg")
    return buffer.getvalue().decode("utf-8")


def test_values_baseline_and_target_are_drawn_and_labelled():
    fig = indicator_chart(
        [(date(2026, 3, 1), 35.0), (date(2025, 9, 1), 20.0)],
        series_label="Gemessen",
        target=(date(2027, 3, 1), 80.0),
        target_label="Zielwert",
        baseline=(date(2025, 1, 1), 15.0),
        baseline_label="Ausgangswert",
        unit="Prozent",
    )
    svg = svg_text(fig)
    for text in ("Gemessen", "Zielwert", "Ausgangswert", "Prozent", "35", "20"):
        assert text in svg
    assert "<image" not in svg, "vector output only"
    pdf = io.BytesIO()
    fig.savefig(pdf, format="pdf")
    assert pdf.getvalue().startswith(b"%PDF")


def test_range_target_and_empty_series_do_not_crash():
    fig = indicator_chart(
        [],
        series_label="Gemessen",
        target_range=(2.0, 4.0),
        range_label="Zielkorridor",
    )
    assert "Zielkorridor" in svg_text(fig)


MONTHS = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]


def test_texts_fit_the_figure_and_date_labels_do_not_collide():
    """Margins are measured once when the chart is built (no layout pass on every draw);
    at the chart's sizes every label, the title and the legend still lie inside the figure,
    the legend below the dates, and neighbouring date labels keep apart."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    points = [
        (date(2025, 3, 1), 1200.5),
        (date(2025, 6, 1), 1450.0),
        (date(2025, 9, 1), 1800.0),
        (date(2026, 1, 1), 21000.0),
    ]
    for size in ((6.4, 3.6), (4.2, 3.0), (9.0, 4.0)):
        fig = indicator_chart(
            points,
            series_label="Gemessene Werte",
            target=(date(2026, 6, 1), 30000.0),
            target_label="Zielwert 30.000 bis Juni 2026",
            baseline=(None, 1000.0),
            baseline_label="Ausgangswert",
            unit="Anfragen pro Monat",
            title="Online-Anfragen",
            month_names=MONTHS,
            decimal_point=",",
            figsize=size,
        )
        assert fig.get_layout_engine() is not None
        assert type(fig.get_layout_engine()).__name__ == "MarginLayout"
        canvas = FigureCanvasAgg(fig)
        canvas.draw()
        renderer = canvas.get_renderer()
        box = fig.bbox
        ax = fig.axes[0]
        dates = [t for t in ax.get_xticklabels() if t.get_text()]
        texts = dates + [t for t in ax.get_yticklabels() if t.get_text()]
        texts += [ax.yaxis.label, fig._suptitle]
        for text in texts:
            extent = text.get_window_extent(renderer)
            assert box.x0 - 0.5 <= extent.x0 and extent.x1 <= box.x1 + 0.5, (size, text)
            assert box.y0 <= extent.y0 and extent.y1 <= box.y1 + 0.5, (size, text)
        extents = sorted((t.get_window_extent(renderer) for t in dates), key=lambda e: e.x0)
        for left, right in itertools.pairwise(extents):
            assert left.x1 < right.x0, (size, "date labels overlap")
        legend = fig.legends[0].get_window_extent(renderer)
        assert box.y0 <= legend.y0 and legend.y1 <= min(e.y0 for e in extents), size
        assert box.x0 <= legend.x0 and legend.x1 <= box.x1, size
        assert fig._suptitle.get_window_extent(renderer).y0 >= ax.bbox.y1, "title above"

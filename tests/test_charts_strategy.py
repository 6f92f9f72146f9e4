"""The indicator chart: measurements against baseline and target, as vector graphics."""

from __future__ import annotations

import io
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

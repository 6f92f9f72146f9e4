"""Chart builders: figures from plain data, vector output, caller texts, lazy matplotlib."""

from __future__ import annotations

import io
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import matplotlib
import pytest
from matplotlib.figure import Figure

from digiwandel.charts.maturity import (
    bar_comparison_chart,
    heatmap_chart,
    portfolio_chart,
    radar_chart,
    trend_chart,
)

ROOT = Path(__file__).resolve().parent.parent

DIMENSIONS = [
    "Strategie & Führung",
    "Prozesse & Arbeitsorganisation",
    "Digitale Infrastruktur & Fachsoftware",
    "Kompetenzen & Kultur",
    "Datenschutz & Informationssicherheit",
    "Daten & Vernetzung",
    "Angebote für Klient*innen",
    "Abrechnung & Berichtswesen",
    "Finanzierung & Ressourcen",
]
AREAS = ["Verwaltung", "Ambulante Hilfen", "Wohnen", "Offene Kinder- und Jugendarbeit"]
MISSING = "zu wenige Antworten"


def svg_text(fig: Figure) -> str:
    """All text of the figure as SVG would show it, lines joined by spaces."""
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


def assert_vector_output(fig: Figure) -> None:
    assert isinstance(fig, Figure)
    for fmt, magic in (("svg", b"<svg"), ("pdf", b"%PDF")):
        buffer = io.BytesIO()
        fig.savefig(buffer, format=fmt)
        assert magic in buffer.getvalue()[:400]
    # no raster image smuggled into the vector output
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg")
    assert b"<image" not in buffer.getvalue()


def assert_words_shown(fig: Figure, *texts: str) -> None:
    """Every word of every text appears (labels may be wrapped over several lines)."""
    shown = svg_text(fig)
    for text in texts:
        for word in text.split():
            assert word in shown, f"{word!r} of {text!r} missing from the chart"


# -- radar -------------------------------------------------------------------------------


def test_radar_chart_draws_series_and_labels() -> None:
    fig = radar_chart(
        DIMENSIONS,
        [
            ("Gesamt", [62, 48, 71, 55, 80, 35, None, 66, 42]),
            ("Leitung", [70, 55, 75, 60, 85, 40, 50, 70, 45]),
            ("Mitarbeitende", [55, 40, 65, 50, 72, 30, 38, 60, None]),
        ],
        title="Digitaler Reifegrad",
    )
    assert_vector_output(fig)
    assert_words_shown(fig, "Digitaler Reifegrad", "Gesamt", "Leitung", "Mitarbeitende")
    assert_words_shown(fig, *DIMENSIONS)
    shown = svg_text(fig)
    assert "62" in shown and "100" in shown


def test_radar_chart_series_differ_in_style() -> None:
    fig = radar_chart(
        ["A", "B", "C"], [("eins", [10, 20, 30]), ("zwei", [30, 20, 10]), ("drei", [5, 5, 5])]
    )
    legend = fig.legends[0]
    handles = legend.legend_handles
    assert len({h.get_linestyle() for h in handles}) == 3
    assert len({h.get_marker() for h in handles}) == 3


def test_radar_chart_all_none_and_empty() -> None:
    assert_vector_output(radar_chart(["A", "B", "C"], [("leer", [None, None, None])]))
    assert_vector_output(radar_chart(DIMENSIONS, []))
    assert_vector_output(radar_chart([], []))


def test_radar_chart_rejects_mismatched_lengths() -> None:
    with pytest.raises(ValueError):
        radar_chart(["A", "B"], [("x", [1.0])])


# -- heatmap -----------------------------------------------------------------------------


def test_heatmap_chart_numbers_and_missing_label() -> None:
    values = [
        [62, 48, 71, 55, 80, 35, 44, 66, 42],
        [50, 38, None, 45, 60, 28, 52, 40, 35],
        [58, 52, 60, 70, 65, 40, 30, None, 50],
        [None] * 9,
    ]
    fig = heatmap_chart(AREAS, DIMENSIONS, values, missing_label=MISSING, title="Bereiche")
    assert_vector_output(fig)
    assert_words_shown(fig, MISSING, "Bereiche", *AREAS, *DIMENSIONS)
    shown = svg_text(fig)
    for number in ("62", "80", "35"):
        assert number in shown
    assert shown.count("Antworten") == 11  # one per missing cell


def test_heatmap_chart_text_contrast() -> None:
    fig = heatmap_chart(["Leitung"], ["A", "B"], [[0, 100]], missing_label=MISSING)
    colours = {t.get_text(): t.get_color() for t in fig.axes[0].texts}
    assert colours["100"] == "white"
    assert colours["0"] != "white"


def test_heatmap_chart_empty_and_shape_check() -> None:
    assert_vector_output(heatmap_chart([], [], [], missing_label=MISSING))
    assert_vector_output(heatmap_chart(["Leitung"], [], [[]], missing_label=MISSING))
    with pytest.raises(ValueError):
        heatmap_chart(["A"], ["x", "y"], [[1.0]], missing_label=MISSING)


# -- trend -------------------------------------------------------------------------------


def test_trend_chart_gaps_and_value_labels() -> None:
    fig = trend_chart(
        ["03.2023", "10.2023", "04.2024", "11.2024"],
        [
            ("Gesamtindex", [38, 44, None, 61]),
            ("Strategie & Führung", [40, None, 52, 60]),
            ("Daten & Vernetzung", [None, None, None, None]),
        ],
        title="Entwicklung",
        ylabel="Reifegrad",
    )
    assert_vector_output(fig)
    assert_words_shown(
        fig, "Entwicklung", "Reifegrad", "Gesamtindex", "Strategie & Führung", "03.2023"
    )
    ax = fig.axes[0]
    labels = {t.get_text() for t in ax.texts}
    assert {"38", "44", "61"} <= labels
    overall, other, _ = ax.get_lines()
    assert overall.get_linewidth() > other.get_linewidth()
    assert overall.get_linestyle() != other.get_linestyle()


def test_trend_chart_of_years_of_checks_labels_about_a_dozen() -> None:
    labels = [f"{1 + i % 12:02}.{2010 + i // 12}" for i in range(200)]
    values = [float(i % 100) for i in range(200)]
    fig = trend_chart(labels, [("Gesamtindex", values), ("Strategie", values[::-1])])
    ax = fig.axes[0]
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert 6 <= len(ticks) <= 12
    assert ticks[-1] == labels[-1], "the newest check is always labelled"
    assert len(ax.texts) <= 12, "value labels only at the labelled checks"
    assert len(ax.get_lines()[0].get_xdata()) == 200, "every check is still drawn"
    assert_vector_output(fig)


def test_trend_chart_empty_and_single_assessment() -> None:
    assert_vector_output(trend_chart([], []))
    assert_vector_output(trend_chart(["2025"], []))
    assert_vector_output(trend_chart(["2025"], [("Gesamt", [100]), ("A", [98])]))


# -- portfolio ---------------------------------------------------------------------------


def test_portfolio_chart_labels_quadrants_and_nudges_duplicates() -> None:
    points = [
        ("Fachkräftemangel", 1.2, 2.8),
        ("Förderprogramme", 1.0, 1.0),
        ("Onlinezugangsgesetz", 1.0, 1.0),
        ("Kostendruck", 3.0, 3.0),
    ]
    quadrants = ("Handlungsbedarf", "Weiter ausbauen", "Beobachten", "Überprüfen")
    fig = portfolio_chart(
        points,
        x_label="Aktuelle Nutzung",
        y_label="Relevanz",
        quadrant_labels=quadrants,
        title="Treiber",
    )
    assert_vector_output(fig)
    assert_words_shown(fig, "Aktuelle Nutzung", "Relevanz", "Treiber", *quadrants)
    assert_words_shown(fig, *(name for name, _, _ in points))
    ax = fig.axes[0]
    positions = [
        (round(line.get_xdata()[0], 3), round(line.get_ydata()[0], 3))
        for line in ax.get_lines()
        if line.get_marker() == "o"
    ]
    assert len(positions) == len(points)
    assert len(set(positions)) == len(points)  # shared positions were nudged apart


def test_portfolio_chart_empty() -> None:
    fig = portfolio_chart([], x_label="Nutzung", y_label="Relevanz")
    assert_vector_output(fig)
    assert_words_shown(fig, "Nutzung", "Relevanz")


# -- grouped bars ------------------------------------------------------------------------


def test_bar_comparison_chart_values_missing_and_legend() -> None:
    fig = bar_comparison_chart(
        DIMENSIONS[:4],
        [("Leitung", [70, 55, 75, 60]), ("Mitarbeitende", [55, None, 65, 100])],
        missing_label=MISSING,
        title="Vergleich",
    )
    assert_vector_output(fig)
    assert_words_shown(fig, "Vergleich", "Leitung", "Mitarbeitende", MISSING, *DIMENSIONS[:4])
    shown = svg_text(fig)
    for number in ("70", "55", "100"):
        assert number in shown
    handles = fig.legends[0].legend_handles
    assert handles[0].get_hatch() != handles[1].get_hatch()


def test_bar_comparison_chart_empty() -> None:
    assert_vector_output(bar_comparison_chart([], [], missing_label=MISSING))
    assert_vector_output(bar_comparison_chart(DIMENSIONS, [], missing_label=MISSING))
    fig = bar_comparison_chart(["A"], [("Leitung", [None])], missing_label=MISSING)
    assert_vector_output(fig)
    assert_words_shown(fig, MISSING)


# -- house rules -------------------------------------------------------------------------


def test_figsize_parameter_is_used() -> None:
    fig = trend_chart(["a"], [("x", [1])], figsize=(4.0, 3.0))
    assert tuple(fig.get_size_inches()) == (4.0, 3.0)


def test_importing_charts_package_does_not_import_matplotlib() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import sys, digiwandel.charts; print('matplotlib' in sys.modules)"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_dollar_signs_in_user_texts_stay_text_in_every_chart() -> None:
    # Between two "$" matplotlib would read a formula: the signs would vanish, and a text
    # that is no valid formula would stop the whole chart from being drawn.
    labels = [*DIMENSIONS[:-1], r"Budget $5 \frac{a}{ bis $10"]
    fig = radar_chart(labels, [("Gesamt", [50] * len(labels))], title="Kosten in $ und $")
    assert_vector_output(fig)
    shown = svg_text(fig)
    assert "$5" in shown and "$10" in shown and "Kosten in $ und $" in shown

"""The frame every report shares: fonts, page x of y, contents, charts as vectors."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import matplotlib
import pytest
from matplotlib.figure import Figure

from digiwandel.i18n import QtLanguage
from digiwandel.reports.base import Cancelled, Report, ReportMeta, hatches_as_paths

ORG = "Verein für Jugend & <Familie> e. V."


class Sample(Report):
    def __init__(self, *args, rows: int = 10, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.rows = rows

    def story(self):
        parts = [
            self.h1("Summary"),
            self.p("Größe „Maß“ – 1.450 € für Mitarbeiter*innen & <Ehrenamtliche>"),
            self.light("red", "Red"),
            self.table(
                ["Measure", "Budget"],
                [[f"Measure {i}", self.lang.money(1450 + i)] for i in range(self.rows)],
                [0.7, 0.3],
                right=(1,),
            ),
            self.h1("Charts"),
            self.chart(
                "digiwandel.charts.maturity",
                "bar_comparison_chart",
                {
                    "labels": ["A", "B"],
                    "series": [("Leadership", [40, 50]), ("Staff", [30, 60])],
                    "missing_label": "too few answers",
                },
                width=0.6,
            ),
        ]
        return parts


def build(lang: str = "de", rows: int = 10, progress=None) -> tuple[bytes, int]:
    meta = ReportMeta(ORG, "Board report", "2nd half of 2026")
    return Sample(meta, QtLanguage(lang), rows=rows).build(progress)


def text_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_text_prints_with_german_letters_and_user_text_is_not_markup(tmp_path):
    pdf, pages = build()
    text = text_of(pdf, tmp_path)
    assert ORG in text
    assert "Größe „Maß“ – 1.450 € für Mitarbeiter*innen & <Ehrenamtliche>" in text
    assert "1.459,00 €" in text  # money in the report's language
    assert "■ Red" in text  # a light has a shape and a word
    assert f"Seite 2 von {pages}" in text


def test_every_font_is_embedded_and_the_file_is_sound(tmp_path):
    path = tmp_path / "r.pdf"
    path.write_bytes(build(rows=150)[0])
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts, "the report has fonts"
    for line in fonts:
        assert "Helvetica" not in line
        # columns: name type encoding emb sub uni object ID
        assert line.split()[-5] == "yes", line
    subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)


def test_a_long_report_gets_contents_and_repeats_table_headers(tmp_path):
    short_pdf, short_pages = build(lang="en", rows=10)
    assert short_pages <= 3
    assert "Contents" not in text_of(short_pdf, tmp_path)
    pdf, pages = build(lang="en", rows=250)
    assert pages > 3
    text = text_of(pdf, tmp_path)
    assert "Contents" in text
    assert re.search(r"Summary \.[ .]*\d", text), "the contents name the chapter's page"
    # the table's header row is repeated on every page it continues on
    headers = sum(1 for page in text.split("\f") if re.search(r"Measure\s+Budget", page))
    assert headers >= 3


def test_progress_rises_to_one_and_a_cancel_stops_the_build():
    seen: list[float] = []
    build(progress=seen.append)
    assert seen[-1] == 1.0
    assert seen == sorted(seen)

    def cancel(fraction: float) -> None:
        if fraction > 0.3:
            raise Cancelled

    with pytest.raises(Cancelled):
        build(progress=cancel)


def test_hatched_areas_keep_their_colour_and_lines_for_the_pdf():
    fig = Figure(figsize=(3, 2))
    ax = fig.add_subplot()
    ax.bar([0, 1], [2, 3], color="#d55e00", hatch="///", edgecolor="#222222")
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        fig.savefig(buffer, format="svg")
    svg = buffer.getvalue().encode()
    assert b"url(#h" in svg
    flat = hatches_as_paths(svg).decode()
    assert "fill: url(#h" not in flat
    assert flat.count("fill: #d55e00") >= 2
    assert flat.count("<clipPath") >= 2 + svg.decode().count("<clipPath")
    assert "translate(" in flat

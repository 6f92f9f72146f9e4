"""The common frame of every report: fonts, styles, page layout and building blocks.

Plain data in, PDF bytes out; no Qt and no database here. Every report is A4 with a cover,
a running header (organisation · report), a footer (date · page x of y), a table of contents
once it is longer than three pages, and the DejaVu fonts that matplotlib ships (so the
charts and the text share one typeface), embedded as TrueType subsets.
"""

from __future__ import annotations

import io
import math
import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from digiwandel.domain.language import QT_TRANSLATE_NOOP, Language

# -- look ---------------------------------------------------------------------------------
FONT = "DigiWandelSans"
BOLD = "DigiWandelSans-Bold"
ITALIC = "DigiWandelSans-Italic"
BOLD_ITALIC = "DigiWandelSans-BoldItalic"

ACCENT = colors.HexColor("#1f5f8b")
TEXT = colors.HexColor("#222222")
FAINT = colors.HexColor("#6b6b6b")
RULE = colors.HexColor("#b8c4ce")
HEADER_FILL = colors.HexColor("#e4edf4")
ZEBRA_FILL = colors.HexColor("#f5f7f9")
NOTE_FILL = colors.HexColor("#fbf3e0")

#: Traffic lights: the same tones as the charts, and a shape of their own beside the word,
#: so that a light never depends on colour (nor on colour print).
LIGHTS = {
    "green": ("#009e73", "●"),
    "amber": ("#e69f00", "▲"),
    "red": ("#d55e00", "■"),
}

PAGE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE[0] - 2 * MARGIN_X
TOC_AFTER_PAGES = 3  # a longer report gets a table of contents

#: A table's own font (used for nothing visible: every cell is a paragraph) must be an
#: embedded one too, or the PDF names Helvetica without embedding it.
_TABLE_FONT = [("FONTNAME", (0, 0), (-1, -1), FONT)]

CONTEXT = "ReportFrame"
_TEXTS = (
    QT_TRANSLATE_NOOP("ReportFrame", "Page {page} of {pages}"),
    QT_TRANSLATE_NOOP("ReportFrame", "Contents"),
    QT_TRANSLATE_NOOP("ReportFrame", "Created on {date}"),
)


class Cancelled(Exception):
    """Raised by a progress callback to stop building a report; nothing is written."""


# -- fonts ---------------------------------------------------------------------------------
_font_lock = threading.Lock()
_fonts_ready = False


def font_dir() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def register_fonts() -> None:
    """Register the DejaVu family with reportlab and with svglib (for chart texts), once."""
    global _fonts_ready
    with _font_lock:
        if _fonts_ready:
            return
        from reportlab.lib.fonts import addMapping
        from svglib.fonts import get_global_font_map

        files = {
            FONT: ("DejaVuSans.ttf", "normal", "normal"),
            BOLD: ("DejaVuSans-Bold.ttf", "bold", "normal"),
            ITALIC: ("DejaVuSans-Oblique.ttf", "normal", "italic"),
            BOLD_ITALIC: ("DejaVuSans-BoldOblique.ttf", "bold", "italic"),
        }
        svg_fonts = get_global_font_map()
        for name, (filename, weight, style) in files.items():
            # Registers the font with reportlab under our name, and maps the family that
            # matplotlib writes into a chart's SVG to it.
            registered, _exact = svg_fonts.register_font(
                "DejaVu Sans", str(font_dir() / filename), weight, style, rlgFontName=name
            )
            if registered is None:
                pdfmetrics.registerFont(TTFont(name, str(font_dir() / filename)))
            if weight == "bold":
                # matplotlib writes bold as weight "700", which svglib looks up by that name
                svg_fonts.register_font(
                    "DejaVu Sans", str(font_dir() / filename), "700", style, rlgFontName=name
                )
        for name, (_file, weight, style) in files.items():
            addMapping(FONT, int(weight == "bold"), int(style == "italic"), name)
        _fonts_ready = True


# -- styles --------------------------------------------------------------------------------
def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        bulletFontName=FONT,  # the default, Helvetica, would not be embedded
        fontSize=9.5,
        leading=13.5,
        textColor=TEXT,
        spaceAfter=5,
    )
    s = {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, spaceAfter=3),
        "note": ParagraphStyle("note", parent=body, fontSize=8.5, leading=11.5, textColor=FAINT),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=8,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            textColor=TEXT,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "h3": ParagraphStyle(
            "h3", parent=body, fontName=BOLD, fontSize=9.5, leading=13, spaceBefore=6
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        "cover_org": ParagraphStyle(
            "cover_org", parent=body, fontName=BOLD, fontSize=13, leading=17, textColor=FAINT
        ),
        "cover_title": ParagraphStyle(
            "cover_title",
            parent=body,
            fontName=BOLD,
            fontSize=28,
            leading=34,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=10,
        ),
        "cover_sub": ParagraphStyle("cover_sub", parent=body, fontSize=13, leading=18),
        "figure_value": ParagraphStyle(
            "figure_value",
            parent=body,
            fontName=BOLD,
            fontSize=17,
            leading=21,
            textColor=ACCENT,
            alignment=TA_CENTER,
            spaceAfter=1,
        ),
        "figure_label": ParagraphStyle(
            "figure_label",
            parent=body,
            fontSize=8,
            leading=10,
            textColor=FAINT,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
        "toc0": ParagraphStyle("toc0", parent=body, fontSize=10.5, leading=16, leftIndent=0),
        "toc1": ParagraphStyle(
            "toc1", parent=body, fontSize=9, leading=13, leftIndent=12, textColor=FAINT
        ),
    }
    s["cell_bold"] = ParagraphStyle("cell_bold", parent=s["cell"], fontName=BOLD)
    s["cell_right"] = ParagraphStyle("cell_right", parent=s["cell"], alignment=TA_RIGHT)
    s["cell_head"] = ParagraphStyle("cell_head", parent=s["cell"], fontName=BOLD)
    s["cell_head_right"] = ParagraphStyle(
        "cell_head_right", parent=s["cell_head"], alignment=TA_RIGHT
    )
    s["caption"] = ParagraphStyle(
        "caption", parent=s["note"], alignment=TA_LEFT, spaceBefore=2, spaceAfter=8
    )
    return s


# -- what every report knows about itself --------------------------------------------------
@dataclass(frozen=True, slots=True)
class ReportMeta:
    organisation: str
    title: str  # the report's name, e.g. "Vorstandsbericht"
    subtitle: str = ""  # period or item, e.g. "1. Halbjahr 2026" / the measure's title
    created_on: date = field(default_factory=date.today)
    logo: bytes | None = None


class Report:
    """Base of the report builders: the language, styles and building blocks.

    A subclass implements ``story()`` (the flowables after the cover) and may call
    ``self.tr`` for its texts: the class name is their translation context.
    """

    def __init__(self, meta: ReportMeta, language: Language) -> None:
        register_fonts()
        self.meta = meta
        self.lang = language
        self.styles = _styles()
        self._charts: dict[Any, Flowable] = {}

    # texts and figures in the report's language
    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self.lang.tr(type(self).__name__, text, n)

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    # -- building blocks -----------------------------------------------------------------
    def p(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of plain text (escaped; line breaks kept)."""
        return Paragraph(escape(text or "").replace("\n", "<br/>"), self.styles[style])

    def markup(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of reportlab markup: only for texts built here, with user texts
        passed through ``escape``."""
        return Paragraph(text, self.styles[style])

    def h1(self, text: str) -> Flowable:
        """A chapter heading: on the page with at least 6 cm below it, in the contents."""
        heading = self.p(text, "h1")
        heading.toc_level = 0
        return KeepTogether([CondPageBreak(60 * mm), heading])

    def h2(self, text: str, toc: bool = False) -> Flowable:
        heading = self.p(text, "h2")
        if toc:
            heading.toc_level = 1
        return heading

    def light(self, key: str | None, word: str, style: str = "cell") -> Paragraph:
        """A traffic light: its shape in its colour, then its word."""
        colour, shape = LIGHTS.get(key or "", ("#8c8c8c", "○"))
        text = f'<font color="{colour}">{shape}</font> {escape(word)}'
        return Paragraph(text, self.styles[style])

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float] | None = None,
        *,
        right: Sequence[int] = (),
        bold_last_row: bool = False,
        highlight: Sequence[int] = (),
    ) -> Table:
        """A table that breaks across pages and repeats its header row there.

        Widths are fractions of the text width (or None: equal). Strings become wrapped
        paragraphs (columns in ``right`` right-aligned); flowables are used as they are.
        Rows whose index is in ``highlight`` get a soft background (e.g. flagged variances).
        """
        columns = len(header)
        fractions = widths or [1 / columns] * columns
        col_widths = [CONTENT_WIDTH * f for f in fractions]

        def cell(value, column: int, head: bool = False):
            if isinstance(value, Flowable):
                return value
            style = ("cell_head" if head else "cell") + ("_right" if column in right else "")
            if style not in self.styles:
                style = "cell_head" if head else "cell"
            return Paragraph(escape("" if value is None else str(value)), self.styles[style])

        data = [[cell(h, i, True) for i, h in enumerate(header)]]
        data += [[cell(v, i) for i, v in enumerate(row)] for row in rows]
        commands = [
            *_TABLE_FONT,
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        for index in highlight:
            commands.append(("BACKGROUND", (0, index + 1), (-1, index + 1), NOTE_FILL))
        if bold_last_row and rows:
            commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, TEXT))
        table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(commands))
        return table

    def key_figures(self, figures: Sequence[tuple[str, str]]) -> Table:
        """Big numbers in boxes side by side: (value, label)."""
        cells = [
            [self.p(value, "figure_value"), self.p(label, "figure_label")]
            for value, label in figures
        ]
        per_row = 4
        rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
        if rows and len(rows[-1]) < per_row:
            rows[-1] += [""] * (per_row - len(rows[-1]))
        width = CONTENT_WIDTH / per_row
        table = Table(rows, colWidths=[width] * per_row, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    *_TABLE_FONT,
                    ("BOX", (0, 0), (-1, -1), 0, colors.white),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBEFORE", (1, 0), (-1, -1), 0.5, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        return table

    def note(self, text: str) -> Table:
        """A highlighted box for what needs attention."""
        table = Table([[self.p(text, "body")]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    *_TABLE_FONT,
                    ("BACKGROUND", (0, 0), (-1, -1), NOTE_FILL),
                    ("LINEBEFORE", (0, 0), (0, -1), 2.5, colors.HexColor("#e69f00")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def bullets(self, items: Sequence[str], style: str = "body") -> list[Flowable]:
        return [
            Paragraph(escape(item), self.styles[style], bulletText="•") for item in items if item
        ]

    def chart(
        self, module: str, builder: str, spec: dict, *, width: float = 1.0, caption: str = ""
    ) -> Flowable:
        """A chart from the same builder and spec as the screen, drawn as vector graphics
        ``width`` (a fraction of the text width) wide; built once per report."""
        key = (module, builder, repr(sorted(spec.items(), key=lambda kv: kv[0])), width)
        if key not in self._charts:
            self._charts[key] = chart_flowable(module, builder, spec, CONTENT_WIDTH * width)
        parts: list[Flowable] = [self._charts[key]]
        if caption:
            parts.append(self.p(caption, "caption"))
        return KeepTogether(parts)

    def chart_grid(self, charts: Sequence[tuple[str, str, dict, str]]) -> Flowable | None:
        """Charts two side by side, each with its caption below: (module, builder, spec,
        caption). Each is drawn half the text width wide (at a figure size that leaves the
        date axis room), from the same builder and spec as the screen."""
        if not charts:
            return None
        cells = []
        for module, builder, spec, caption in charts:
            spec = dict(spec, figsize=(5.2, 3.3))
            key = (module, builder, repr(sorted(spec.items(), key=lambda kv: kv[0])), 0.48)
            if key not in self._charts:
                self._charts[key] = chart_flowable(module, builder, spec, CONTENT_WIDTH * 0.48)
            cells.append([self._charts[key], self.p(caption, "caption")])
        grid = [cells[i : i + 2] for i in range(0, len(cells), 2)]
        if len(grid[-1]) < 2:
            grid[-1].append("")
        table = Table(grid, colWidths=[CONTENT_WIDTH / 2] * 2, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    *_TABLE_FONT,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    # -- cover -----------------------------------------------------------------------------
    def cover(self) -> list[Flowable]:
        parts: list[Flowable] = []
        if self.meta.logo:
            try:
                reader = ImageReader(io.BytesIO(self.meta.logo))
                w, h = reader.getSize()
                scale = min(45 * mm / w, 25 * mm / h)
                parts += [Image(io.BytesIO(self.meta.logo), w * scale, h * scale, hAlign="LEFT")]
            except Exception:
                pass
        parts += [
            Spacer(1, 45 * mm),
            self.p(self.meta.organisation, "cover_org"),
            self.p(self.meta.title, "cover_title"),
        ]
        if self.meta.subtitle:
            parts.append(self.p(self.meta.subtitle, "cover_sub"))
        parts += [
            Spacer(1, 8 * mm),
            self.p(
                self.lang.tr(CONTEXT, "Created on {date}").format(
                    date=self.lang.long_date(self.meta.created_on)
                ),
                "cover_sub",
            ),
        ]
        return parts

    # -- the document ----------------------------------------------------------------------
    def build(self, progress: Callable[[float], None] | None = None) -> tuple[bytes, int]:
        """The PDF and its number of pages. ``progress`` hears fractions from 0 to 1 and
        may raise ``Cancelled``."""
        body = self.story()
        if progress:
            progress(0.3)
        pdf, pages = self._render(body, toc=False, progress=progress, share=(0.3, 0.65))
        if pages > TOC_AFTER_PAGES:
            pdf, pages = self._render(body, toc=True, progress=progress, share=(0.65, 1.0))
        if progress:
            progress(1.0)
        return pdf, pages

    def _render(self, body, *, toc: bool, progress, share) -> tuple[bytes, int]:
        buffer = io.BytesIO()
        doc = _Document(buffer, self, progress=progress, share=share)
        story: list[Flowable] = [*self.cover(), NextPageTemplate("page"), PageBreak()]
        if toc:
            contents = TableOfContents(
                levelStyles=[self.styles["toc0"], self.styles["toc1"]],
                tableStyle=TableStyle([*_TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP")]),
            )
            contents.dotsMinLevel = 0
            story += [self.p(self.lang.tr(CONTEXT, "Contents"), "h1"), contents, PageBreak()]
        # Flowables are consumed by a build; the same objects can be laid out again, once
        # the mark a plain build leaves on one it moved to the next page is gone (a second
        # build would take the mark for "too large for any page").
        _forget_postponed(body)
        story += list(body)
        if toc:
            doc.multiBuild(story, canvasmaker=doc.canvasmaker)
        else:
            doc.build(story, canvasmaker=doc.canvasmaker)
        return buffer.getvalue(), doc.page_count


def _forget_postponed(flowables) -> None:
    for flowable in flowables:
        if hasattr(flowable, "_postponed"):
            del flowable._postponed
        _forget_postponed(getattr(flowable, "_content", None) or ())


class _Document(BaseDocTemplate):
    """A4 with a cover page template and the running header/footer on every other page."""

    def __init__(self, target, report: Report, *, progress, share) -> None:
        meta = report.meta
        super().__init__(
            target,
            pagesize=PAGE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{meta.title} – {meta.organisation}",
            author=meta.organisation,
            subject=meta.subtitle,
            creator="DigiWandel",
            lang=report.lang.code,
            # Without this every page starts in Helvetica, a font that is not embedded.
            initialFontName=FONT,
        )
        self.report = report
        self.progress = progress
        self.share = share
        self.page_count = 0
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM)
        self.addPageTemplates(
            [PageTemplate("cover", [frame]), PageTemplate("page", [frame], onPage=self._header)]
        )
        lang = report.lang
        footer_date = lang.date(meta.created_on)
        page_text = lang.tr(CONTEXT, "Page {page} of {pages}")

        class NumberedCanvas(_NumberedCanvas):
            def footer(self, page: int, pages: int) -> None:
                if page == 1:
                    return  # the cover has no footer
                self.saveState()
                self.setFont(FONT, 7.5)
                self.setFillColor(FAINT)
                y = MARGIN_BOTTOM - 10 * mm
                self.drawString(MARGIN_X, y, footer_date)
                self.drawRightString(
                    PAGE[0] - MARGIN_X, y, page_text.format(page=page, pages=pages)
                )
                self.restoreState()

        self.canvasmaker = NumberedCanvas

    def _header(self, canvas: Canvas, doc) -> None:
        meta = self.report.meta
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(FAINT)
        y = PAGE[1] - MARGIN_TOP + 8 * mm
        canvas.drawString(MARGIN_X, y, meta.organisation)
        canvas.drawRightString(PAGE[0] - MARGIN_X, y, meta.title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 2.5 * mm, PAGE[0] - MARGIN_X, y - 2.5 * mm)
        canvas.restoreState()

    def afterPage(self) -> None:
        self.page_count = self.page
        if self.progress:
            low, high = self.share
            # The page count is not known in advance: approach the end without reaching it.
            self.progress(low + (high - low) * (1 - 1 / (1 + self.page / 4)))

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "toc_level", None)
        if level is None or not isinstance(flowable, Paragraph):
            return
        text = flowable.getPlainText()
        key = f"h{id(flowable)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=False)
        self.notify("TOCEntry", (level, text, self.page, key))


class _NumberedCanvas(Canvas):
    """Holds every page back until the end, so the footer can say "page x of y"."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.footer(number, total)
            super().showPage()
        super().save()

    def footer(self, page: int, pages: int) -> None:  # pragma: no cover - overridden
        pass


# -- charts as vector graphics ---------------------------------------------------------------
def chart_flowable(module: str, builder: str, spec: dict, width: float) -> Flowable:
    """Build the figure with the screen's builder, write it as SVG and let svglib turn it
    into a reportlab drawing (vectors, texts in the embedded font), scaled to ``width``."""
    import importlib

    import matplotlib
    from svglib.svglib import svg2rlg

    register_fonts()
    build = getattr(importlib.import_module(module), builder)
    figure = build(**{k: v for k, v in spec.items() if k not in ("name", "description")})
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "digiwandel"}):
        figure.savefig(buffer, format="svg")
    drawing = svg2rlg(io.BytesIO(hatches_as_paths(buffer.getvalue())))
    scale = width / drawing.width
    drawing.width *= scale
    drawing.height *= scale
    drawing.scale(scale, scale)
    drawing.hAlign = "LEFT"
    # The drawing's default font, written even where no text uses it, must be embedded.
    drawing.initialFontName = FONT
    return drawing


# -- hatching ------------------------------------------------------------------------------
_SVG = "http://www.w3.org/2000/svg"
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?")


def hatches_as_paths(svg: bytes) -> bytes:
    """matplotlib writes a hatched area as a fill with an SVG pattern, which svglib cannot
    draw (the area would print white, its hatching lost). Turn each such fill into the
    pattern's colour plus its hatch lines, tiled over the area and clipped to it, so that
    lights and series stay distinguishable in grey print as on screen."""
    ET.register_namespace("", _SVG)
    ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
    root = ET.fromstring(svg)
    patterns = {}
    for pattern in root.iter(f"{{{_SVG}}}pattern"):
        rect = pattern.find(f"{{{_SVG}}}rect")
        lines = pattern.find(f"{{{_SVG}}}path")
        patterns[pattern.get("id")] = (
            rect.get("fill") if rect is not None else "none",
            lines,
            float(pattern.get("width", "72")),
            float(pattern.get("height", "72")),
        )
    if not patterns:
        return svg
    defs = root.find(f"{{{_SVG}}}defs")
    if defs is None:
        defs = ET.SubElement(root, f"{{{_SVG}}}defs")
    parents = {child: parent for parent in root.iter() for child in parent}
    for number, element in enumerate(list(root.iter(f"{{{_SVG}}}path"))):
        style = element.get("style", "")
        found = re.search(r"fill:\s*url\(#([^)]+)\)", style)
        if not found or found.group(1) not in patterns or element.get("d") is None:
            continue
        colour, lines, width, height = patterns[found.group(1)]
        element.set("style", style.replace(found.group(0), f"fill: {colour}"))
        if lines is None:
            continue
        values = [float(v) for v in _NUMBER.findall(element.get("d"))]
        xs, ys = values[0::2], values[1::2]
        if not xs or not ys:
            continue
        clip = ET.SubElement(defs, f"{{{_SVG}}}clipPath", id=f"hatch{number}")
        ET.SubElement(clip, f"{{{_SVG}}}path", d=element.get("d"))
        group = ET.Element(f"{{{_SVG}}}g", {"clip-path": f"url(#hatch{number})"})
        # The tiles lie on the pattern's grid, which starts at the origin.
        x = math.floor(min(xs) / width) * width
        while x < max(xs):
            y = math.floor(min(ys) / height) * height
            while y < max(ys):
                ET.SubElement(
                    group,
                    f"{{{_SVG}}}path",
                    d=lines.get("d"),
                    style=lines.get("style", ""),
                    transform=f"translate({x:g} {y:g})",
                )
                y += height
            x += width
        outer = group
        if element.get("clip-path"):  # e.g. the axes: the lines stay inside it too
            outer = ET.Element(f"{{{_SVG}}}g", {"clip-path": element.get("clip-path")})
            outer.append(group)
        parent = parents[element]
        parent.insert(list(parent).index(element) + 1, outer)
    return ET.tostring(root)

"""The blank questionnaire for paper surveys.

One question per block, in the rows and with the numbers of the paper-entry grid
(``digiwandel.domain.question_order``), so that whoever types the answers in finds each
question under its number. Every choice carries the key the grid takes (0–3, ? and -).
The first page asks for area and hierarchy level, says how to fill in the form and how
the answers are protected. Plain data in (built by
``digiwandel.services.reports.questionnaire``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from digiwandel.reports.base import (
    ACCENT,
    BOLD,
    CONTENT_WIDTH,
    FAINT,
    FONT,
    RULE,
    TEXT,
    Report,
)
from digiwandel.texts import check as words

BOX = 3.6 * mm  # a tick box: large enough for a pen
NUMBER_WIDTH = 11 * mm  # the question number's column; the rest of a block is indented by it
COMMENT_LINES = 2
LINE_GAP = 6.5 * mm  # room to write on a line


@dataclass(frozen=True, slots=True)
class QuestionRow:
    number: str  # "2.3": exactly as the paper-entry grid numbers the row
    question: str
    explanation: str
    statements: tuple[str, ...]  # levels 0–3 of the question


@dataclass(frozen=True, slots=True)
class DimensionBlock:
    number: int
    title: str
    description: str
    questions: tuple[QuestionRow, ...]


@dataclass(frozen=True, slots=True)
class QuestionnaireData:
    check_title: str  # the assessment's title; empty for a questionnaire of the catalog
    catalog_label: str  # title and version of the question catalog
    areas: tuple[str, ...]
    levels: tuple[str, ...]
    threshold: int  # the organisation's smallest group size
    dimensions: tuple[DimensionBlock, ...]

    def rows(self) -> tuple[QuestionRow, ...]:
        """Every question in the order printed (the grid's row order)."""
        return tuple(q for d in self.dimensions for q in d.questions)


class TickBox(Flowable):
    """An empty square to tick, drawn as a vector outline."""

    def __init__(self, size: float = BOX) -> None:
        super().__init__()
        self.size = size

    def wrap(self, available_width, available_height):
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(TEXT)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, self.size, self.size, stroke=1, fill=0)
        canvas.restoreState()


def _plain(commands: Sequence[tuple] = ()) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),  # a table's own font must be embedded too
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            *commands,
        ]
    )


class QuestionnaireReport(Report):
    def __init__(self, meta, language, data: QuestionnaireData) -> None:
        super().__init__(meta, language)
        self.data = data
        body = self.styles["body"]
        self.styles.update(
            {
                "q_number": ParagraphStyle(
                    "q_number", parent=body, fontName=BOLD, fontSize=11, leading=14,
                    textColor=ACCENT, spaceAfter=0,
                ),
                "q_text": ParagraphStyle(
                    "q_text", parent=body, fontName=BOLD, fontSize=10, leading=13.5,
                    spaceAfter=0,
                ),
                "q_help": ParagraphStyle(
                    "q_help", parent=self.styles["note"], fontSize=8, leading=10.5,
                    spaceAfter=0,
                ),
                "choice": ParagraphStyle(
                    "choice", parent=body, fontSize=9, leading=11.5, spaceAfter=0
                ),
                "choice_key": ParagraphStyle(
                    "choice_key", parent=body, fontSize=8, leading=11.5, textColor=FAINT,
                    spaceAfter=0,
                ),
                "dimension": ParagraphStyle(
                    "dimension", parent=self.styles["h1"], fontSize=14, leading=18,
                    spaceBefore=2, spaceAfter=2,
                ),
                "first_title": ParagraphStyle(
                    "first_title", parent=self.styles["cover_title"], fontSize=22, leading=27,
                    spaceBefore=2, spaceAfter=4,
                ),
            }
        )  # fmt: skip

    # -- the first page: who answers, how, and how the answers are protected ---------------
    def cover(self) -> list[Flowable]:
        d = self.data
        parts: list[Flowable] = [
            self.p(self.meta.organisation, "cover_org"),
            self.p(self.tr("Questionnaire of the Digitalisierungscheck"), "first_title"),
            self.p(d.check_title or d.catalog_label, "cover_sub"),
            Spacer(1, 4 * mm),
            self.h2(self.tr("How to fill in this questionnaire")),
            *self.bullets(
                [
                    self.tr(
                        "For each question, tick the one statement that best describes our "
                        "organisation today – as it is, not as it should be."
                    ),
                    self.tr(
                        "If you cannot judge a question, tick “{dont_know}”. If it does not "
                        "concern your work, tick “{not_applicable}”."
                    ).format(
                        dont_know=words.dont_know_name(),
                        not_applicable=words.not_applicable_name(),
                    ),
                    self.tr(
                        "Also tick how important the question is for our organisation. A "
                        "comment is welcome but not required."
                    ),
                    self.tr(
                        "There are no right or wrong answers. Please answer on your own, "
                        "from your own experience."
                    ),
                    self.tr(
                        "The small signs beside the boxes (0 to 3, ? and -) help whoever "
                        "types the answers into the program; you need not mind them."
                    ),
                ]
            ),
            self.h2(self.tr("Your answers stay anonymous")),
            self.p(
                self.tr(
                    "Please do not write your name on the questionnaire. Results by area or "
                    "level are only shown in groups of at least {n} people, so that nobody's "
                    "answers can be identified."
                ).format(n=self.lang.number(d.threshold))
            ),
        ]
        parts += self._choice_boxes(self.tr("Your area"), d.areas)
        parts += self._choice_boxes(self.tr("Your hierarchy level"), d.levels)
        parts += [
            Spacer(1, 5 * mm),
            self._fill_in(
                [
                    self.tr("Please return by:"),
                    self.tr("To:"),
                ]
            ),
            Spacer(1, 3 * mm),
            self._fill_in([self.tr("Sheet no. (filled in when the answers are typed in):")]),
        ]
        return parts

    def _choice_boxes(self, heading: str, names: Sequence[str]) -> list[Flowable]:
        """A heading and one tick box per name, in up to three columns."""
        parts: list[Flowable] = [self.h2(heading)]
        if not names:
            return [*parts, self._fill_in([""])]
        columns = 2 if len(names) <= 8 else 3
        per_column = -(-len(names) // columns)
        cells: list[list] = []
        for row in range(per_column):
            line: list = []
            for column in range(columns):
                index = column * per_column + row
                if index < len(names):
                    line += [TickBox(), self.p(names[index], "choice")]
                else:
                    line += ["", ""]
            cells.append(line)
        column_width = CONTENT_WIDTH / columns
        widths = [7 * mm, column_width - 7 * mm] * columns
        table = Table(cells, colWidths=widths, hAlign="LEFT")
        table.setStyle(_plain([("TOPPADDING", (0, 0), (-1, -1), 3)]))
        return [*parts, table]

    def _fill_in(self, labels: Sequence[str]) -> Table:
        """Labels with a line to write on beside each."""
        label_width = 62 * mm
        rows = [[self.p(label, "choice"), ""] for label in labels]
        table = Table(rows, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT")
        table.setStyle(
            _plain(
                [
                    ("LINEBELOW", (1, 0), (1, -1), 0.5, FAINT),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return table

    # -- the questions ------------------------------------------------------------------------
    def build(self, progress: Callable[[float], None] | None = None) -> tuple[bytes, int]:
        """Like every report, without the table of contents: on paper it would only be one
        more page to print for every colleague."""
        body = self.story()
        if progress:
            progress(0.3)
        pdf, pages = self._render(body, toc=False, progress=progress, share=(0.3, 1.0))
        if progress:
            progress(1.0)
        return pdf, pages

    def story(self) -> list[Flowable]:
        parts: list[Flowable] = []
        for dimension in self.data.dimensions:
            blocks = [self._question(q) for q in dimension.questions]
            heading = self.p(f"{dimension.number}  {dimension.title}", "dimension")
            heading.toc_level = 0  # a bookmark in the PDF
            intro: list[Flowable] = [heading]
            if dimension.description:
                intro.append(self.p(dimension.description, "note"))
            intro.append(Spacer(1, 2 * mm))
            # The heading stays on the page of its first question.
            first = blocks[0] if blocks else []
            parts.append(KeepTogether([*intro, *first]))
            parts += [KeepTogether(block) for block in blocks[1:]]
        return parts

    def _question(self, q: QuestionRow) -> list[Flowable]:
        """One question: number and text, the four statements, "don't know" and "not
        applicable", its importance and lines for a comment, kept on one page."""
        inner = CONTENT_WIDTH - NUMBER_WIDTH
        head = Table(
            [[self.p(q.number, "q_number"), self.p(q.question, "q_text")]],
            colWidths=[NUMBER_WIDTH, inner],
            hAlign="LEFT",
        )
        head.setStyle(_plain([("TOPPADDING", (0, 0), (-1, -1), 0)]))
        parts: list[Flowable] = [head]
        if q.explanation:
            parts.append(self._indented(self.p(q.explanation, "q_help")))

        # Each choice shows the key that the paper-entry grid takes for it.
        key_width = 5 * mm
        rows = [
            [TickBox(), self._key(words.answer_code("level", level)), self.p(statement, "choice")]
            for level, statement in enumerate(q.statements)
        ]
        choices = Table(rows, colWidths=[7 * mm, key_width, inner - 7 * mm - key_width])
        choices.setStyle(
            _plain(
                [
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        parts.append(self._indented(choices))
        parts.append(self._indented(self._other_answers()))
        parts.append(self._indented(self._comment()))
        parts.append(Spacer(1, 4 * mm))
        return parts

    def _key(self, key: str):
        return self.markup(f"<b>{escape(key)}</b>", "choice_key")

    def _other_answers(self) -> Table:
        """ "Don't know" and "not applicable", then the question's importance, in one row
        below a thin line."""
        cells: list = []
        widths: list[float] = []
        for status, width in (("dont_know", 24 * mm), ("not_applicable", 31 * mm)):
            cells += [
                TickBox(),
                self._key(words.answer_code(status, None)),
                self.p(words.answer_name(status, None), "choice"),
            ]
            widths += [6 * mm, 4 * mm, width]
        label = len(cells)
        cells.append(self.p(self.tr("Importance:"), "choice"))
        widths.append(24 * mm)
        for value in range(3):
            cells += [TickBox(), self.p(words.relevance_name(value), "choice")]
            widths += [6 * mm, 14 * mm]
        table = Table([cells], colWidths=widths, hAlign="LEFT")
        table.setStyle(
            _plain(
                [
                    ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
                    ("LEFTPADDING", (label, 0), (label, 0), 6),
                    ("LINEBEFORE", (label, 0), (label, 0), 0.4, RULE),
                ]
            )
        )
        return table

    def _comment(self) -> Table:
        """ "Comment:" and lines to write on."""
        inner = CONTENT_WIDTH - NUMBER_WIDTH
        label_width = 22 * mm
        rows = [[self.p(self.tr("Comment:"), "choice"), ""]] + [
            ["", ""] for _ in range(COMMENT_LINES - 1)
        ]
        table = Table(
            rows,
            colWidths=[label_width, inner - label_width],
            rowHeights=[LINE_GAP] * COMMENT_LINES,
            hAlign="LEFT",
        )
        table.setStyle(
            _plain(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LINEBELOW", (1, 0), (1, 0), 0.5, FAINT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.5, FAINT),
                ]
            )
        )
        return table

    def _indented(self, flowable: Flowable) -> Table:
        table = Table(
            [["", flowable]], colWidths=[NUMBER_WIDTH, CONTENT_WIDTH - NUMBER_WIDTH], hAlign="LEFT"
        )
        table.setStyle(_plain([("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return table

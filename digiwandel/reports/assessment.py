"""The assessment report: the results of one completed Digitalisierungscheck on paper.

The same content as the check's Results and Charts tabs: the overall index with its stage,
the dimensions with change and gap to target, findings with their figures, recommendations,
the most urgent questions, where views differ, areas, leadership and staff, and the trend.
Plain data in (built by ``digiwandel.services.reports.assessment``); every figure of a
group is already left out there when the group is smaller than the organisation's
smallest group size, and such a group reads "too few answers" here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from digiwandel.charts.specs import MATURITY
from digiwandel.domain.scoring import BANDS
from digiwandel.reports.base import Report
from digiwandel.texts import check as words

#: The optional parts, in the order the report shows them.
SECTION_KEYS = (
    "dimensions",
    "findings",
    "recommendations",
    "priorities",
    "disagreements",
    "areas",
    "leadership",
    "trend",
    "method",
)
DISAGREEMENTS_SHOWN = 10  # as on screen: the rest is counted, a long list is noise
GROUP_COLUMNS = 4  # groups side by side in one table; more continue in the next table
TREND_COLUMNS = 6  # the latest checks in the trend table; the chart shows them all


@dataclass(frozen=True, slots=True)
class DimensionResult:
    key: str
    title: str
    percent: float | None
    band: str | None
    change: float | None  # points since the previous check
    target: float | None
    gap_to_target: float | None
    dont_know_share: float  # 0..1
    disagreement: bool


@dataclass(frozen=True, slots=True)
class FindingText:
    key: str
    reasons: tuple[str, ...]  # sentences with their figures, in the report's language


@dataclass(frozen=True, slots=True)
class PriorityLine:
    question: str
    dimension_title: str
    value: float | None  # the question's median level
    relevance: int
    next_step: str


@dataclass(frozen=True, slots=True)
class DisagreementLine:
    question: str
    dimension_title: str
    spread: float | None
    leadership_value: float | None  # None below the smallest group size
    staff_value: float | None
    disagreement: bool
    leadership_flag: bool


@dataclass(frozen=True, slots=True)
class GroupResult:
    name: str
    #: One percentage per dimension (in the order of ``AssessmentData.dimensions``);
    #: None for the whole group when it is smaller than the smallest group size.
    percentages: tuple[float | None, ...] | None


@dataclass(frozen=True, slots=True)
class TrendColumn:
    when: date | None
    label: str  # the chart's label of this check
    overall: float | None
    dimensions: tuple[float | None, ...]  # in the order of ``AssessmentData.dimensions``


@dataclass(frozen=True, slots=True)
class AssessmentData:
    title: str
    assessed_on: date
    catalog_label: str
    overall: float | None
    band: str | None
    respondent_count: int
    dont_know_share: float  # 0..1
    change: float | None
    previous_title: str | None
    threshold: int
    dimensions: tuple[DimensionResult, ...]
    findings: tuple[FindingText, ...]
    recommendations: tuple[str, ...]  # keys
    priorities: tuple[PriorityLine, ...]
    disagreements: tuple[DisagreementLine, ...]  # most important first
    areas: tuple[GroupResult, ...]
    groups: tuple[GroupResult, ...]  # leadership, staff, volunteers (as far as present)
    trend: tuple[TrendColumn, ...]
    #: ``charts.specs.check_chart_specs`` of the results: builder → spec or None.
    charts: dict[str, dict | None] = field(default_factory=dict)
    sections: frozenset[str] = frozenset(SECTION_KEYS)
    few_sheets: bool = False  # the whole check has fewer sheets than the threshold


class AssessmentReport(Report):
    def __init__(self, meta, language, data: AssessmentData) -> None:
        super().__init__(meta, language)
        self.data = data

    # -- helpers --------------------------------------------------------------------------
    def _pct(self, value: float | None) -> str:
        return "–" if value is None else self.lang.percent(value)

    def _level(self, value: float | None) -> str:
        """A median level such as 2.5, written the report language's way."""
        return "–" if value is None else self.lang.number(value)

    def _chart(self, builder: str, width: float) -> list[Flowable]:
        spec = self.data.charts.get(builder)
        if not spec:
            return []
        return [self.chart(MATURITY, builder, spec, width=width, caption=spec.get("name", ""))]

    def _on(self, key: str) -> bool:
        return key in self.data.sections

    # -- the story --------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        parts = self._summary()
        chapters = {
            "dimensions": self._dimensions,
            "findings": self._findings,
            "recommendations": self._recommendations,
            "priorities": self._priorities,
            "disagreements": self._disagreements,
            "areas": self._areas,
            "leadership": self._leadership,
            "trend": self._trend,
            "method": self._method,
        }
        for key in SECTION_KEYS:
            if self._on(key):
                parts += chapters[key]()
        return parts

    def _summary(self) -> list[Flowable]:
        d = self.data
        compared = d.change is not None and bool(d.previous_title)
        change = words.signed(d.change, "") if compared else "–"
        change_label = (
            self.tr("points since “{title}”").format(title=d.previous_title)
            if compared
            else self.tr("no earlier check to compare with")
        )
        parts: list[Flowable] = [
            self.h1(self.tr("Overview")),
            self.p(
                self.tr(
                    "Results of the check “{title}” of {date} (question catalog {catalog})."
                ).format(title=d.title, date=self.lang.date(d.assessed_on), catalog=d.catalog_label)
            ),
            self.key_figures(
                [
                    (self._pct(d.overall), self.tr("Overall index")),
                    (change, change_label),
                    (self.lang.number(d.respondent_count), self.tr("Answer sheets")),
                    (self._pct(d.dont_know_share * 100), self.tr("of the answers “don't know”")),
                ]
            ),
            self.markup(
                "<b>"
                + escape(self.tr("Stage: {band}").format(band=words.band_name(d.band)))
                + "</b> – "
                + escape(words.band_explanation(d.band))
            ),
        ]
        facts = []
        scored = [x for x in d.dimensions if x.percent is not None]
        best = max(scored, key=lambda x: x.percent, default=None)
        worst = min(scored, key=lambda x: x.percent, default=None)
        # Only worth saying when the dimensions differ.
        if best is not None and worst is not None and best.percent > worst.percent:
            facts.append(
                self.tr("Strongest dimension: {best} ({best_percent}).").format(
                    best=best.title, best_percent=self._pct(best.percent)
                )
            )
            facts.append(
                self.tr("Weakest dimension: {worst} ({worst_percent}).").format(
                    worst=worst.title, worst_percent=self._pct(worst.percent)
                )
            )
        found = len(d.findings)  # a plain name: lupdate skips a count written as a call
        if found:
            facts.append(
                self.tr("%n typical weak spot(s) stand out: {names}.", "", found).format(
                    names=", ".join(words.finding_title(f.key) for f in d.findings)
                )
            )
        parts += self.bullets(facts)
        parts.append(
            self.p(
                self.tr(
                    "Groups with fewer than {n} answer sheets are not shown, so that nobody's "
                    "answers can be identified."
                ).format(n=self.lang.number(d.threshold)),
                "note",
            )
        )
        if d.few_sheets:
            parts.append(
                self.markup("<b>" + escape(words.few_sheets_warning(d.threshold)) + "</b>")
            )
        return parts

    def _dimensions(self) -> list[Flowable]:
        d = self.data
        rows = [
            [
                x.title,
                self._pct(x.percent),
                words.band_name(x.band),
                words.signed(x.change, ""),
                self._pct(x.target),
                words.signed(x.gap_to_target, ""),
                self._pct(x.dont_know_share * 100),
                self.tr("yes") if x.disagreement else "",
            ]
            for x in d.dimensions
        ]
        parts: list[Flowable] = [
            self.h1(self.tr("Results per dimension")),
            self.p(
                self.tr(
                    "Each dimension's result is the share of the way to “firmly established” "
                    "that the answers describe. Change and gap to target are in percentage "
                    "points; a positive gap means the target is still ahead."
                )
            ),
            self.table(
                [
                    self.tr("Dimension"),
                    self.tr("Result"),
                    self.tr("Stage"),
                    self.tr("Change"),
                    self.tr("Target"),
                    self.tr("Gap to target"),
                    self.tr("Don't know"),
                    self.tr("Views differ"),
                ],
                rows,
                [0.24, 0.105, 0.155, 0.115, 0.085, 0.1, 0.08, 0.12],
                right=(1, 3, 4, 5, 6),
            ),
        ]
        parts += self._chart("radar_chart", 0.72)
        return parts

    def _findings(self) -> list[Flowable]:
        d = self.data
        parts: list[Flowable] = [self.h1(self.tr("Findings"))]
        if not d.findings:
            parts.append(self.p(self.tr("No typical weak spot stands out in the data.")))
            return parts
        parts.append(
            self.p(
                self.tr(
                    "Typical weak spots of digital change that the answers point to, each "
                    "with the figures behind it."
                )
            )
        )
        why = self.tr("Why we say this:")
        for finding in d.findings:
            block: list[Flowable] = [
                self.h2(words.finding_title(finding.key), toc=True),
                self.p(words.finding_summary(finding.key)),
            ]
            if finding.reasons:
                block.append(self.p(why, "small"))
                block += self.bullets(finding.reasons, "small")
            parts.append(KeepTogether(block))
        return parts

    def _recommendations(self) -> list[Flowable]:
        d = self.data
        parts: list[Flowable] = [self.h1(self.tr("Recommendations"))]
        if not d.recommendations:
            parts.append(self.p(self.tr("No recommendation follows from this check.")))
            return parts
        for key in d.recommendations:
            parts.append(
                KeepTogether(
                    [
                        self.markup(f"<b>{escape(words.recommendation_title(key))}</b>"),
                        self.p(words.recommendation_text(key)),
                    ]
                )
            )
        return parts

    def _priorities(self) -> list[Flowable]:
        d = self.data
        parts: list[Flowable] = [self.h1(self.tr("What to do next"))]
        if not d.priorities:
            parts.append(self.p(self.tr("No question stands out as urgent.")))
            return parts
        parts.append(
            self.p(
                self.tr("These questions matter most and are furthest from “firmly established”:")
            )
        )
        rows = []
        for number, p in enumerate(d.priorities, start=1):
            level = words.level_name(int(p.value)) if p.value is not None else "–"
            rows.append(
                [
                    self.lang.number(number),
                    self._question_cell(p.question, p.dimension_title),
                    level,
                    words.relevance_name(p.relevance),
                    p.next_step,
                ]
            )
        parts.append(
            self.table(
                [
                    "#",
                    self.tr("Question"),
                    self.tr("Now"),
                    self.tr("Importance"),
                    self.tr("Next step"),
                ],
                rows,
                [0.05, 0.32, 0.15, 0.14, 0.34],
            )
        )
        return parts

    def _question_cell(self, question: str, dimension_title: str) -> Paragraph:
        return self.markup(
            f"{escape(question)}<br/><font color='#6b6b6b' size='7.5'>"
            f"{escape(dimension_title)}</font>",
            "cell",
        )

    def _disagreements(self) -> list[Flowable]:
        d = self.data
        parts: list[Flowable] = [self.h1(self.tr("Where views differ"))]
        if not d.disagreements:
            parts.append(self.p(self.tr("The answers agree well; no question stands out.")))
            return parts
        parts.append(
            self.p(
                self.tr(
                    "On these questions colleagues see the organisation differently, the most "
                    "important first. Talk about them: the difference itself is a result."
                )
            )
        )
        rows = []
        for x in d.disagreements[:DISAGREEMENTS_SHOWN]:
            levels = int(x.spread or 0)
            spread = self.tr("%n level(s)", "", levels) if x.disagreement and levels else ""
            # Only groups at or above the smallest group size carry values (else None).
            lead = (
                self.tr("leadership {lead}, staff {staff}").format(
                    lead=self._level(x.leadership_value), staff=self._level(x.staff_value)
                )
                if x.leadership_flag
                and x.leadership_value is not None
                and x.staff_value is not None
                else ""
            )
            rows.append([self._question_cell(x.question, x.dimension_title), spread, lead])
        parts.append(
            self.table(
                [
                    self.tr("Question"),
                    self.tr("Answers differ by"),
                    self.tr("Leadership and staff"),
                ],
                rows,
                [0.58, 0.18, 0.24],
            )
        )
        more = len(d.disagreements) - DISAGREEMENTS_SHOWN
        if more > 0:
            parts.append(Spacer(1, 4))
            parts.append(
                self.p(self.tr("… and %n more question(s) where answers differ.", "", more))
            )
        parts.append(
            self.p(
                self.tr(
                    "Levels: {levels}; a group's level is the middle value (median) of its answers."
                ).format(levels=", ".join(f"{n} {words.level_name(n)}" for n in range(4))),
                "note",
            )
        )
        return parts

    def _group_tables(self, groups: Sequence[GroupResult]) -> list[Flowable]:
        """Dimensions down, groups across; groups below the smallest group size are named
        with "too few answers" and never get a column."""
        d = self.data
        shown = [g for g in groups if g.percentages is not None]
        hidden = [g for g in groups if g.percentages is None]
        parts: list[Flowable] = []
        for start in range(0, len(shown), GROUP_COLUMNS):
            chunk = shown[start : start + GROUP_COLUMNS]
            first = 0.3
            rest = min(0.2, (1 - first) / len(chunk))
            rows = [
                [x.title] + [self._pct(g.percentages[i]) for g in chunk]
                for i, x in enumerate(d.dimensions)
            ]
            parts.append(
                self.table(
                    [self.tr("Dimension")] + [g.name for g in chunk],
                    rows,
                    [first] + [rest] * len(chunk),
                    right=tuple(range(1, len(chunk) + 1)),
                )
            )
            parts.append(Spacer(1, 6))
        if hidden:
            parts += self.bullets([f"{g.name}: {words.too_few()}" for g in hidden])
        parts.append(
            self.p(
                self.tr(
                    "Groups with fewer than {n} answer sheets are not shown, so that nobody's "
                    "answers can be identified. A dash means too few answers in that dimension "
                    "or questions that do not apply to the group."
                ).format(n=self.lang.number(d.threshold)),
                "note",
            )
        )
        return parts

    def _areas(self) -> list[Flowable]:
        d = self.data
        parts: list[Flowable] = [self.h1(self.tr("Areas"))]
        if not d.areas:
            parts.append(self.p(self.tr("No answer sheet names an area.")))
            return parts
        parts.append(
            self.p(
                self.tr(
                    "How each area sees the organisation. Large differences show where "
                    "areas work on digital topics each for themselves."
                )
            )
        )
        parts += self._group_tables(d.areas)
        parts += self._chart("heatmap_chart", 1.0)
        return parts

    def _leadership(self) -> list[Flowable]:
        d = self.data
        parts: list[Flowable] = [self.h1(self.tr("Leadership and staff"))]
        if not d.groups:
            parts.append(self.p(self.tr("No answer sheet names a hierarchy level.")))
            return parts
        parts.append(
            self.p(
                self.tr(
                    "Leadership often sees things more positively than the people who do the "
                    "daily work. Where the two differ, it is worth talking about why."
                )
            )
        )
        parts += self._group_tables(d.groups)
        parts += self._chart("bar_comparison_chart", 0.7)
        return parts

    def _trend(self) -> list[Flowable]:
        d = self.data
        heading = self.h1(self.tr("Over time"))
        if len(d.trend) < 2:
            text = self.tr(
                "This is the first completed check; the change over time appears with the next one."
            )
            return [heading, self.p(text)]
        intro = self.p(
            self.tr("The overall index and the dimensions in the completed checks up to this one.")
        )
        # The heading stays with its chart rather than alone at the foot of a page.
        parts: list[Flowable] = [KeepTogether([heading, intro, *self._chart("trend_chart", 0.9)])]
        columns = d.trend[-TREND_COLUMNS:]
        header = [self.tr("Dimension")] + [
            self.lang.date(c.when) if c.when else c.label for c in columns
        ]
        rows = [[self.tr("Overall index")] + [self._pct(c.overall) for c in columns]]
        rows += [
            [x.title] + [self._pct(c.dimensions[i]) for c in columns]
            for i, x in enumerate(d.dimensions)
        ]
        first = 0.3
        rest = (1 - first) / max(len(columns), 3)
        parts.append(
            self.table(
                header,
                rows,
                [first] + [rest] * len(columns),
                right=tuple(range(1, len(columns) + 1)),
            )
        )
        shown = len(columns)
        if len(d.trend) > shown:
            parts.append(
                self.p(
                    self.tr(
                        "The table shows the latest %n check(s); the chart shows all.", "", shown
                    ),
                    "note",
                )
            )
        return parts

    def _method(self) -> list[Flowable]:
        d = self.data
        limits = []
        lower = 0.0
        for upper, band in BANDS:
            limits.append(
                self.tr("{band}: {low} to {high}").format(
                    band=words.band_name(band),
                    low=self.lang.percent(lower),
                    high=self.lang.percent(upper),
                )
            )
            lower = upper
        return [
            self.h1(self.tr("How to read this report")),
            self.p(
                self.tr(
                    "Colleagues from different areas and levels answered the same questions. "
                    "For each question they chose one of four statements, from 0 ({lowest}) "
                    "to 3 ({highest}), or said “{dont_know}” or “{not_applicable}”. These two "
                    "answers count in no result."
                ).format(
                    lowest=words.level_name(0),
                    highest=words.level_name(3),
                    dont_know=words.dont_know_name(),
                    not_applicable=words.not_applicable_name(),
                )
            ),
            self.p(
                self.tr(
                    "A question's level is the middle value (median) of the answers. A "
                    "dimension's result is the mean level of its questions as a share of "
                    "level 3; the overall index is the mean of the dimensions. The stages: "
                    "{stages}."
                ).format(stages="; ".join(limits))
            ),
            self.p(
                self.tr(
                    "Findings name typical weak spots of digital change when the answers, "
                    "and what the program knows today about strategy and measures, point to "
                    "them. Groups with fewer than {n} answer sheets are never shown, in no "
                    "table, chart or sentence."
                ).format(n=self.lang.number(d.threshold))
            ),
        ]

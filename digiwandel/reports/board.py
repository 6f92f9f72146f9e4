"""The board report (Vorstandsbericht): where the organisation stands and what the board
is asked to decide, on a few pages.

Plain data in (``BoardData``, gathered by ``digiwandel.services.reports.board``), PDF out.
Every figure arrives as the program shows it on screen; this module only arranges and
words it. The chapters follow ``BoardData.sections``; a chapter without data says so in
one sentence instead of disappearing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from digiwandel.charts.specs import MATURITY, PROJECTS, STRATEGY
from digiwandel.reports.base import FAINT, LIGHTS, Report
from digiwandel.texts import check as check_words
from digiwandel.texts import projects as project_words
from digiwandel.texts import strategy as strategy_words

#: Rows of the timeline that fit one page at full width; the rest are counted.
TIMELINE_PAGE_ROWS = 40
#: The key figures compared with the last board report: (key, kind of value).
COMPARED = (
    ("maturity_index", "percent"),
    ("measures_total", "count"),
    ("measures_red", "count"),
    ("measures_amber", "count"),
    ("budget_plan", "money"),
    ("budget_actual", "money"),
    ("goals_on_track", "count"),
    ("open_decisions", "count"),
    ("high_risks", "count"),
)
#: Names listed in the summary box before "and n more".
SUMMARY_NAMES = 3


# -- the data -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DimensionLine:
    title: str
    now: float | None
    previous: float | None
    change: float | None
    target: float | None
    gap: float | None  # points still missing to the target (None: no target)


@dataclass(frozen=True, slots=True)
class FindingLine:
    key: str
    # (reason code, figures with dimension titles and questions instead of their keys)
    reasons: tuple[tuple[str, dict[str, Any]], ...]


@dataclass(frozen=True, slots=True)
class MaturityData:
    check_title: str
    check_date: date
    respondents: int
    overall: float | None
    band: str | None
    change: float | None
    previous_title: str | None
    previous_date: date | None
    dimensions: tuple[DimensionLine, ...]
    findings: tuple[FindingLine, ...]
    recommendations: tuple[str, ...]
    radar: dict | None  # the spec of the check's profile chart
    few_sheets: bool = False  # fewer sheets than the smallest group size in the whole check
    threshold: int = 0


@dataclass(frozen=True, slots=True)
class GoalLine:
    title: str
    progress: float | None
    impact_level: int | None
    status: str
    due_on: date | None
    on_track: bool | None  # None: cannot be judged (dropped, unmeasured, no time frame)


@dataclass(frozen=True, slots=True)
class IndicatorChart:
    goal_title: str
    spec: dict  # charts.specs.indicator_spec


@dataclass(frozen=True, slots=True)
class StrategyData:
    title: str
    status: str  # draft / adopted
    adopted_on: date | None
    adopted_by: str
    period_start: date | None
    period_end: date | None
    vision: str
    vision_note: str  # what digitalisation changes for the vision
    review_on: date | None
    review_due: bool
    newer_draft: str | None  # title of a later draft awaiting adoption
    goals: tuple[GoalLine, ...]
    indicator_charts: tuple[IndicatorChart, ...] = ()
    indicators_total: int = 0  # indicators measured often enough for a chart, shown or not


@dataclass(frozen=True, slots=True)
class MeasureLine:
    title: str
    status: str
    light: str
    light_reason: str
    step_label: str  # "6 · Pilot", or the words for "all steps closed"
    progress: float
    planned: float
    actual: float
    over_plan: bool  # more than 10 % over plan (or costs without a plan)


@dataclass(frozen=True, slots=True)
class RiskLine:
    title: str
    measure: str
    likelihood: int
    impact: int
    score: int
    status: str
    owner: str
    mitigation: str


@dataclass(frozen=True, slots=True)
class DecisionLine:
    """Something the board is asked to decide.

    kind: "question" (a decision recorded in a measure), "red" (a measure off track),
    "budget" (costs more than 10 % over plan), "review" (strategy review overdue) or
    "adoption" (a strategy draft awaiting adoption).
    """

    kind: str
    subject: str  # the measure or strategy version
    detail: str = ""  # the question, or the reason for a red light
    needed_by: date | None = None
    overdue: bool = False
    planned: float = 0.0
    actual: float = 0.0


@dataclass(frozen=True, slots=True)
class DueLine:
    due_on: date
    measure: str
    kind: str  # "step" or "milestone"
    label: str  # "9 · Evaluation" or the milestone's title


@dataclass(frozen=True, slots=True)
class PreviousReport:
    created_on: date
    figures: dict[str, Any]


@dataclass(frozen=True, slots=True)
class BoardData:
    organisation: str
    today: date
    sections: frozenset[str]
    figures: dict[str, Any]  # the key figures, as kept with the snapshot
    maturity: MaturityData | None
    strategy: StrategyData | None
    measures: tuple[MeasureLine, ...]
    timeline: dict | None  # charts.specs.timeline_spec of every measure
    risks: tuple[RiskLine, ...]  # the high ones, highest score first
    risks_total: int  # unsettled risks of any score
    high_risk_score: int
    decisions: tuple[DecisionLine, ...]
    next_steps: tuple[DueLine, ...]
    next_steps_days: int
    overdue_steps: int  # steps and milestones past their date and not closed
    later_dates: tuple[tuple[str, date, bool], ...] = ()  # ("review"|"check", date, overdue)
    planned_check: str = ""  # title of the next, planned check
    previous: PreviousReport | None = None
    more_steps: int = 0  # upcoming steps left out of the table
    more_risks: int = 0  # high risks left out of the table
    status_counts: dict[str, int] = field(default_factory=dict)


# -- the report ---------------------------------------------------------------------------------
class BoardReport(Report):
    def __init__(self, meta, language, data: BoardData) -> None:
        super().__init__(meta, language)
        self.data = data

    def h2(self, text: str, toc: bool = False) -> Flowable:
        """A section heading that never stays alone at the foot of a page."""
        heading = super().h2(text, toc)
        # Not reportlab's keepWithNext: a first layout pass resets that, and the frame lays
        # the story out twice when it adds the contents. story() groups these instead.
        heading.with_next = True
        return heading

    def wanted(self, key: str) -> bool:
        return key in self.data.sections

    def story(self) -> list[Flowable]:
        parts: list[Flowable] = []
        chapters = (
            ("summary", self._summary),
            ("since_last", self._since_last),
            ("maturity", self._maturity),
            ("strategy", self._strategy),
            ("measures", self._measures),
            ("risks", self._risks),
            ("decisions", self._decisions),
            ("next_steps", self._next_steps),
        )
        for key, chapter in chapters:
            if not self.wanted(key):
                continue
            # The big chapters start on a page of their own, after the summary's pages.
            if parts and key in ("maturity", "measures"):
                parts.append(PageBreak())
            parts += chapter()
        if not parts:
            parts.append(self.p(self.tr("No section of the report was chosen.")))
        return _headings_with_next(parts)

    # -- words and figures ----------------------------------------------------------------------
    def percent(self, value: float | None) -> str:
        return "–" if value is None else self.lang.percent(value, 0)

    def points(self, value: float | None) -> str:
        """A change in percentage points, with its sign."""
        return "–" if value is None else check_words.signed(value, "")

    def count(self, value: Any) -> str:
        return "–" if value is None else self.lang.number(value, 0)

    def money(self, value: float | None) -> str:
        """Whole euros: the board looks at the size of amounts, not at cents."""
        if value is None:
            return "–"
        text = self.lang.money(round(value))
        cents = self.lang.decimal_point() + "00"
        head, found, tail = text.rpartition(cents)
        return head + tail if found else text

    def date(self, value: date | None) -> str:
        return "–" if value is None else self.lang.date(value)

    def names(self, titles: Sequence[str]) -> str:
        """Up to a few names in quotes, then how many more."""
        quoted = self.tr("“{name}”")
        shown = ", ".join(quoted.format(name=t) for t in titles[:SUMMARY_NAMES])
        more = len(titles) - SUMMARY_NAMES
        if more > 0:
            shown += " " + self.tr("and %n more", "", more)
        return shown

    def small(self, text: str) -> str:
        """Markup for a second, smaller and fainter line in a table cell."""
        return f'<font size="7.5" color="#{FAINT.hexval()[2:]}">{escape(text)}</font>'

    def light_with_reason(self, key: str, reason: str) -> Flowable:
        """The traffic light (shape, colour and word) with its reason below, in one cell."""
        colour, shape = LIGHTS.get(key, ("#8c8c8c", "○"))
        text = f'<font color="{colour}">{shape}</font> {escape(project_words.light(key))}'
        if reason:
            text += "<br/>" + self.small(reason)
        return self.markup(text, "cell")

    def empty(self, text: str) -> Flowable:
        return self.p(text, "body")

    def cell(self, text: str, style: str = "cell") -> Flowable:
        return self.p(text, style)

    # -- summary --------------------------------------------------------------------------------
    def _summary(self) -> list[Flowable]:
        d, f = self.data, self.data.figures
        parts: list[Flowable] = [
            self.h1(self.tr("Summary")),
            self.p(
                self.tr(
                    "Where {organisation} stands in its digital change on {date}: maturity, "
                    "strategy and measures, and what the board is asked to decide."
                ).format(organisation=d.organisation, date=self.lang.long_date(d.today))
            ),
            Spacer(1, 2 * mm),
            self.key_figures(self._key_figures()),
        ]
        if f.get("goals_total"):
            parts.append(self.p(self._on_track_rule(), "note"))
        parts += [Spacer(1, 3 * mm), self.h2(self.tr("What needs the board's decision"))]
        points = self._decision_points()
        if points:
            parts.append(self.note("\n".join(f"• {point}" for point in points)))
            if self.wanted("decisions"):
                parts.append(
                    self.p(self.tr("The chapter “Decisions needed” lists every item."), "note")
                )
        else:
            parts.append(self.note(self.tr("Nothing is waiting for a decision by the board.")))
        parts.append(Spacer(1, 4 * mm))
        return parts

    def _key_figures(self) -> list[tuple[str, str]]:
        f = self.data.figures
        m = self.data.maturity
        figures: list[tuple[str, str]] = []
        if m is not None:
            figures.append(
                (
                    self.percent(m.overall),
                    self.tr("Maturity index, stage “{stage}”").format(
                        stage=check_words.band_name(m.band)
                    ),
                )
            )
            figures.append(
                (
                    self.points(m.change),
                    self.tr("Points since the previous check")
                    if m.change is not None
                    else self.tr("No previous check to compare"),
                )
            )
        else:
            figures.append(("–", self.tr("No completed check yet")))
        total = f.get("measures_total", 0)
        figures.append(
            (
                self.count(total),
                self.tr("Measures, {active} of them active").format(
                    active=self.count(f.get("measures_active", 0))
                ),
            )
        )
        figures.append((self.count(f.get("measures_red", 0)), self.tr("Traffic light red")))
        figures.append((self.count(f.get("measures_amber", 0)), self.tr("Traffic light amber")))
        plan, actual = f.get("budget_plan", 0.0), f.get("budget_actual", 0.0)
        figures.append(
            (
                self.percent(100 * actual / plan) if plan else self.money(actual),
                self.tr("Of the planned budget spent ({actual} of {plan})").format(
                    actual=self.money(actual), plan=self.money(plan)
                )
                if plan
                else self.tr("Spent; no budget planned"),
            )
        )
        if f.get("goals_total"):
            figures.append(
                (
                    self.tr("{on_track} of {total}").format(
                        on_track=self.count(f.get("goals_on_track", 0)),
                        total=self.count(f["goals_total"]),
                    ),
                    self.tr("Strategic goals on track"),
                )
            )
        figures.append(
            (
                self.count(f.get("high_risks", 0)),
                self.tr("Open risks scoring {score} or more").format(
                    score=self.data.high_risk_score
                ),
            )
        )
        return figures[:8]

    def _decision_points(self) -> list[str]:
        """One line per kind of item that needs the board."""
        by_kind: dict[str, list[DecisionLine]] = {}
        for line in self.data.decisions:
            by_kind.setdefault(line.kind, []).append(line)
        points = []
        if questions := by_kind.get("question"):
            overdue = sum(1 for q in questions if q.overdue)
            text = self.tr("%n decision(s) recorded in the measures are open", "", len(questions))
            if overdue:
                text += self.tr(", %n of them overdue", "", overdue)
            points.append(text + ".")
        if red := by_kind.get("red"):
            points.append(
                self.tr("%n measure(s) with a red traffic light: {names}.", "", len(red)).format(
                    names=self.names([r.subject for r in red])
                )
            )
        if budget := by_kind.get("budget"):
            points.append(
                self.tr(
                    "%n measure(s) more than 10 % over the planned budget: {names}.",
                    "",
                    len(budget),
                ).format(names=self.names([b.subject for b in budget]))
            )
        for review in by_kind.get("review", []):
            points.append(
                self.tr("The review of the strategy “{title}” has been due since {date}.").format(
                    title=review.subject, date=self.date(review.needed_by)
                )
            )
        for draft in by_kind.get("adoption", []):
            points.append(
                self.tr("The strategy version “{title}” awaits adoption.").format(
                    title=draft.subject
                )
            )
        return points

    def _on_track_rule(self) -> str:
        return self.tr(
            "A goal is on track when it is achieved, or when its progress is at least the "
            "share of its time that has passed (from the start of the strategy period to the "
            "goal's due date)."
        )

    # -- since the last report --------------------------------------------------------------------
    def _since_last(self) -> list[Flowable]:
        parts: list[Flowable] = [self.h1(self.tr("Since the last report"))]
        previous = self.data.previous
        if previous is None:
            parts.append(
                self.p(
                    self.tr(
                        "This is the first board report kept in the program; the next one "
                        "will compare its key figures with this one."
                    )
                )
            )
            return parts
        before, now = previous.figures, self.data.figures
        parts.append(
            self.p(
                self.tr("The key figures of the last board report, of {date}, and today.").format(
                    date=self.lang.long_date(previous.created_on)
                )
            )
        )
        labels = {
            "maturity_index": self.tr("Maturity index"),
            "measures_total": self.tr("Measures"),
            "measures_red": self.tr("Measures with a red traffic light"),
            "measures_amber": self.tr("Measures with an amber traffic light"),
            "budget_plan": self.tr("Budget planned"),
            "budget_actual": self.tr("Budget spent"),
            "goals_on_track": self.tr("Strategic goals on track"),
            "open_decisions": self.tr("Open decisions in the measures"),
            "high_risks": self.tr("Open risks with a high score"),
        }
        rows = []
        for key, kind in COMPARED:
            old, new = _number(before.get(key)), _number(now.get(key))
            change = None if old is None or new is None else new - old
            rows.append(
                [
                    labels[key],
                    self._value(old, kind),
                    self._value(new, kind),
                    self._change(change, kind),
                ]
            )
        parts.append(
            self.table(
                [
                    self.tr("Key figure"),
                    self.tr("Last report ({date})").format(date=self.date(previous.created_on)),
                    self.tr("Now"),
                    self.tr("Change"),
                ],
                rows,
                [0.4, 0.22, 0.2, 0.18],
                right=(1, 2, 3),
            )
        )
        return parts

    def _value(self, value: float | None, kind: str) -> str:
        if value is None:
            return "–"
        if kind == "percent":
            return self.percent(value)
        if kind == "money":
            return self.money(value)
        return self.count(value)

    def _change(self, change: float | None, kind: str) -> str:
        if change is None:
            return "–"
        if kind == "percent":
            return self.tr("{change} points").format(change=self.points(change))
        if kind == "money":
            if abs(change) < 0.005:
                return "±" + self.money(0)
            return ("+" if change > 0 else "−") + self.money(abs(change))
        return self.points(change)

    # -- maturity -------------------------------------------------------------------------------
    def _maturity(self) -> list[Flowable]:
        parts: list[Flowable] = [self.h1(self.tr("Digital maturity"))]
        m = self.data.maturity
        if m is None:
            parts.append(
                self.empty(
                    self.tr(
                        "No Digitalisierungscheck has been completed yet, so there is no "
                        "maturity to report."
                    )
                )
            )
            return parts
        parts.append(
            self.p(
                self.tr(
                    "The latest completed check, “{title}” of {date}, rests on %n answer "
                    "sheet(s). Its overall index is {index}, stage “{stage}”.",
                    "",
                    m.respondents,
                ).format(
                    title=m.check_title,
                    date=self.date(m.check_date),
                    index=self.percent(m.overall),
                    stage=check_words.band_name(m.band),
                )
                + " "
                + check_words.band_explanation(m.band)
            )
        )
        if m.few_sheets:
            parts.append(self.p(check_words.few_sheets_warning(m.threshold)))
        if m.previous_title and m.change is not None:
            parts.append(
                self.p(
                    self.tr(
                        "Compared with the previous check, “{title}” of {date}: {change} points."
                    ).format(
                        title=m.previous_title,
                        date=self.date(m.previous_date),
                        change=self.points(m.change),
                    )
                )
            )
        if m.radar is not None:
            parts.append(
                self.chart(
                    MATURITY,
                    "radar_chart",
                    m.radar,
                    width=0.72,
                    caption=self.tr(
                        "Maturity per dimension in percent: now, in the previous check and "
                        "the target."
                    ),
                )
            )
        parts.append(self.h2(self.tr("Dimensions"), toc=True))
        rows = [
            [
                line.title,
                self.percent(line.now),
                self.percent(line.previous),
                self.points(line.change),
                self.percent(line.target),
                self.points(line.gap) if line.gap is not None else "–",
            ]
            for line in m.dimensions
        ]
        parts.append(
            self.table(
                [
                    self.tr("Dimension"),
                    self.tr("Now"),
                    self.tr("Previous"),
                    self.tr("Change"),
                    self.tr("Target"),
                    self.tr("Gap to target"),
                ],
                rows,
                [0.37, 0.1, 0.11, 0.15, 0.1, 0.17],
                right=(1, 2, 3, 4, 5),
            )
        )
        parts.append(
            self.p(
                self.tr(
                    "Change and gap in percentage points. The gap is what is still missing to "
                    "the target set for the dimension."
                ),
                "note",
            )
        )
        parts.append(self.h2(self.tr("Findings"), toc=True))
        if not m.findings:
            parts.append(self.p(self.tr("No typical weak spot stands out in this check.")))
        for finding in m.findings:
            block: list[Flowable] = [
                self.markup(
                    f"<b>{escape(check_words.finding_title(finding.key))}</b><br/>"
                    f"{escape(check_words.finding_summary(finding.key))}"
                )
            ]
            block += self.bullets(
                [check_words.reason_text(code, figures) for code, figures in finding.reasons],
                "small",
            )
            parts.append(KeepTogether(block))
            parts.append(Spacer(1, 2 * mm))
        parts.append(self.h2(self.tr("Recommendations"), toc=True))
        if not m.recommendations:
            parts.append(self.p(self.tr("The check gives no recommendation.")))
        for key in m.recommendations:
            parts.append(
                KeepTogether(
                    [
                        self.markup(
                            f"<b>{escape(check_words.recommendation_title(key))}</b><br/>"
                            f"{escape(check_words.recommendation_text(key))}"
                        )
                    ]
                )
            )
        return parts

    # -- strategy -------------------------------------------------------------------------------
    def _strategy(self) -> list[Flowable]:
        parts: list[Flowable] = [self.h1(self.tr("Strategy"))]
        s = self.data.strategy
        if s is None:
            parts.append(self.empty(self.tr("No strategy has been written down yet.")))
            return parts
        if s.vision:
            parts.append(self.h2(self.tr("Vision")))
            parts.append(self.p(s.vision))
            if s.vision_note:
                label = self.tr("What digitalisation changes:")
                parts.append(self.markup(f"<i>{escape(label)}</i> {escape(s.vision_note)}", "note"))
        parts.append(self.h2(self.tr("Strategy version")))
        if s.status == "adopted":
            text = self.tr("“{title}”, adopted on {date}").format(
                title=s.title, date=self.date(s.adopted_on)
            )
            if s.adopted_by:
                text += " " + self.tr("by {body}").format(body=s.adopted_by)
        else:
            text = self.tr("“{title}”, a draft not adopted yet").format(title=s.title)
        if s.period_start or s.period_end:
            text += "; " + self.tr("period {start} – {end}").format(
                start=self.date(s.period_start), end=self.date(s.period_end)
            )
        parts.append(self.p(text + "."))
        if s.review_due:
            parts.append(
                self.note(
                    "⚠ "
                    + self.tr("Review overdue: the strategy was to be reviewed on {date}.").format(
                        date=self.date(s.review_on)
                    )
                )
            )
            parts.append(Spacer(1, 2 * mm))
        elif s.review_on:
            parts.append(
                self.p(self.tr("Next review: {date}.").format(date=self.date(s.review_on)))
            )
        if s.newer_draft:
            parts.append(
                self.p(
                    self.tr(
                        "A new version, “{title}”, is being prepared and awaits adoption."
                    ).format(title=s.newer_draft)
                )
            )
        parts.append(self.h2(self.tr("Goals"), toc=True))
        if not s.goals:
            parts.append(self.p(self.tr("This strategy version has no goals yet.")))
            return parts
        rows, behind = [], []
        for index, goal in enumerate(s.goals):
            rows.append(
                [
                    goal.title,
                    self.percent(goal.progress),
                    strategy_words.impact_short(goal.impact_level) or "–",
                    strategy_words.goal_status(goal.status),
                    self.date(goal.due_on),
                    self._on_track_word(goal.on_track),
                ]
            )
            if goal.on_track is False:
                behind.append(index)
        parts.append(
            self.table(
                [
                    self.tr("Goal"),
                    self.tr("Progress"),
                    self.tr("Impact level"),
                    self.tr("Status"),
                    self.tr("Due"),
                    self.tr("On track?"),
                ],
                rows,
                [0.31, 0.13, 0.16, 0.12, 0.13, 0.15],
                right=(1,),
                highlight=behind,
            )
        )
        parts.append(
            self.p(
                self.tr(
                    "Progress comes from the measurements of each goal's indicators. Impact "
                    "levels 1–3 describe output, 4–6 outcome, 7 impact."
                )
                + " "
                + self._on_track_rule(),
                "note",
            )
        )
        return parts

    def _on_track_word(self, on_track: bool | None) -> str:
        if on_track is None:
            return self.tr("cannot be judged")
        return self.tr("yes") if on_track else "⚠ " + self.tr("behind")

    # -- measures -------------------------------------------------------------------------------
    def _measures(self) -> list[Flowable]:
        parts: list[Flowable] = [self.h1(self.tr("Measures"))]
        d = self.data
        if not d.measures:
            parts.append(self.empty(self.tr("No measure has been created yet.")))
            parts += self._indicators()
            return parts
        counts = d.status_counts
        parts.append(
            self.p(
                self.tr(
                    "%n measure(s): {active} active, {planned} planned, {paused} paused, "
                    "{completed} completed, {cancelled} cancelled. Red and amber measures "
                    "come first.",
                    "",
                    len(d.measures),
                ).format(
                    **{
                        status: self.count(counts.get(status, 0))
                        for status in ("active", "planned", "paused", "completed", "cancelled")
                    }
                )
            )
        )
        rows, flagged = [], []
        plan_total = actual_total = 0.0
        for index, m in enumerate(d.measures):
            plan_total += m.planned
            actual_total += m.actual
            light = self.light_with_reason(m.light, m.light_reason)
            title = self.markup(
                f"<b>{escape(m.title)}</b><br/>{self.small(project_words.status(m.status))}",
                "cell",
            )
            step = self.markup(
                escape(m.step_label)
                + "<br/>"
                + self.small(
                    self.tr("{percent} of the steps closed").format(
                        percent=self.percent(m.progress)
                    )
                ),
                "cell",
            )
            rows.append(
                [
                    title,
                    light,
                    step,
                    self.money(m.planned),
                    self.money(m.actual),
                    self._variance(m.planned, m.actual, m.over_plan),
                ]
            )
            if m.over_plan:
                flagged.append(index)
        rows.append(
            [
                self.cell(self.tr("Total"), "cell_bold"),
                "",
                "",
                self.money(plan_total),
                self.money(actual_total),
                "",  # measures without costs yet would make an overall variance meaningless
            ]
        )
        parts.append(
            self.table(
                [
                    self.tr("Measure"),
                    self.tr("Traffic light and reason"),
                    self.tr("Current step"),
                    self.tr("Budget planned"),
                    self.tr("Spent"),
                    self.tr("Variance"),
                ],
                rows,
                [0.25, 0.2, 0.16, 0.12, 0.12, 0.15],
                right=(3, 4, 5),
                bold_last_row=True,
                highlight=flagged,
            )
        )
        note = self.tr(
            "Variance: the costs booked so far compared with the plan, once there are any."
        )
        if flagged:
            note += " " + self.tr(
                "⚠ marks costs more than 10 % over the plan (or costs without a plan); these "
                "rows are shaded."
            )
        parts.append(self.p(note, "note"))
        parts += self._timeline()
        parts += self._indicators()
        return parts

    def _variance(self, planned: float, actual: float, over: bool) -> Flowable | str:
        # Nothing booked yet is no variance: it is where every measure starts.
        if planned and actual:
            text = check_words.signed(100 * (actual - planned) / planned, "\u00a0%")
        else:
            text = "–"
        if over:
            words = self.tr("over plan")
            return self.markup(f"<b>⚠\u00a0{escape(text)}</b><br/>{escape(words)}", "cell_right")
        return text

    def _timeline(self) -> list[Flowable]:
        spec = self.data.timeline
        if spec is None:
            return []
        rows = spec["rows"]
        shown = min(len(rows), TIMELINE_PAGE_ROWS)
        # Taller than wide for many rows, so that 40 of them fit one page and stay legible.
        hidden = len(rows) - shown
        # The chart's own height (its builder's rule), but for many rows taller than wide and
        # at most what fits one page below the heading, so that 40 rows stay legible.
        natural = 1.9 + 0.45 * shown + (0.3 if hidden else 0)
        figsize = (7.5, min(natural, 9.8)) if shown > 12 else (9.0, natural)
        layout = dict(spec, figsize=figsize)
        caption = self.tr(
            "Each bar runs from the start to the end of a measure; its pattern and word show "
            "the traffic light. Circles mark the steps' due dates (filled: done), diamonds "
            "the milestones, the dashed line today."
        )
        if hidden > 0:
            caption += " " + self.tr(
                "The chart shows %n measure(s), running and planned ones first, by start.",
                "",
                shown,
            )
            caption += " " + self.tr("%n more measure(s) are left out.", "", hidden)
        return [
            self.h2(self.tr("Timeline"), toc=True),
            self.chart(PROJECTS, "timeline_chart", layout, width=1.0, caption=caption),
        ]

    def _indicators(self) -> list[Flowable]:
        s = self.data.strategy
        if s is None or not s.indicator_charts:
            return []
        parts: list[Flowable] = [
            self.h2(self.tr("Indicators of the strategic goals"), toc=True),
            self.p(
                self.tr(
                    "What the measures are meant to change, as measured: the indicators of the "
                    "strategic goals with their starting value and target."
                )
            ),
        ]
        if s.indicators_total > len(s.indicator_charts):
            parts.append(
                self.p(
                    self.tr(
                        "%n more indicator(s) with measurements are not shown here.",
                        "",
                        s.indicators_total - len(s.indicator_charts),
                    ),
                    "note",
                )
            )
        grid = self.chart_grid(
            [
                (
                    STRATEGY,
                    "indicator_chart",
                    chart.spec,
                    self.tr("Goal: {goal}").format(goal=chart.goal_title),
                )
                for chart in s.indicator_charts
            ]
        )
        if grid is not None:
            parts.append(grid)
        return parts

    # -- risks ----------------------------------------------------------------------------------
    def _risks(self) -> list[Flowable]:
        d = self.data
        parts: list[Flowable] = [self.h1(self.tr("Risks"))]
        if not d.risks_total:
            parts.append(self.empty(self.tr("No open risk is recorded in the measures.")))
            return parts
        parts.append(
            self.p(
                self.tr("%n risk(s) of the measures are open or have occurred.", "", d.risks_total)
                + " "
                + self.tr(
                    "Listed are those scoring {score} or more (likelihood × impact, each "
                    "from 1 to 5), the highest first."
                ).format(score=d.high_risk_score)
            )
        )
        if not d.risks:
            parts.append(self.p(self.tr("None of them scores that high.")))
            return parts
        rows = [
            [
                self.cell(r.title, "cell_bold"),
                r.measure,
                f"{r.likelihood} × {r.impact} = {r.score}",
                project_words.risk_status(r.status),
                r.owner or "–",
                r.mitigation or "–",
            ]
            for r in d.risks
        ]
        parts.append(
            self.table(
                [
                    self.tr("Risk"),
                    self.tr("Measure"),
                    self.tr("Score"),
                    self.tr("Status"),
                    self.tr("Owner"),
                    self.tr("Mitigation"),
                ],
                rows,
                [0.2, 0.19, 0.13, 0.1, 0.14, 0.24],
            )
        )
        if d.more_risks:
            parts.append(
                self.p(self.tr("%n more high risk(s) are not listed.", "", d.more_risks), "note")
            )
        return parts

    # -- decisions ------------------------------------------------------------------------------
    def _decisions(self) -> list[Flowable]:
        d = self.data
        parts: list[Flowable] = [self.h1(self.tr("Decisions needed"))]
        if not d.decisions:
            parts.append(self.empty(self.tr("Nothing is waiting for a decision by the board.")))
            return parts
        parts.append(
            self.p(
                self.tr(
                    "Open decisions recorded in the measures, measures off track or over "
                    "budget, and what the strategy is waiting for."
                )
            )
        )
        rows, overdue = [], []
        for index, line in enumerate(d.decisions):
            needed = self.date(line.needed_by)
            if line.overdue:
                needed = "⚠ " + needed + " " + self.tr("(overdue)")
                overdue.append(index)
            rows.append([self.cell(line.subject, "cell_bold"), self._decision_text(line), needed])
        parts.append(
            self.table(
                [self.tr("Subject"), self.tr("What is to be decided"), self.tr("Needed by")],
                rows,
                [0.3, 0.5, 0.2],
                highlight=overdue,
            )
        )
        return parts

    def _decision_text(self, line: DecisionLine) -> str:
        if line.kind == "question":
            return line.detail
        if line.kind == "red":
            text = self.tr("Traffic light red: how should the measure continue?")
            return text + (f" ({line.detail})" if line.detail else "")
        if line.kind == "budget":
            if line.planned:
                return self.tr(
                    "Spent {actual} of {planned} planned ({percent}): approve more budget or "
                    "change the plan?"
                ).format(
                    actual=self.money(line.actual),
                    planned=self.money(line.planned),
                    percent=self.percent(100 * line.actual / line.planned),
                )
            return self.tr(
                "Spent {actual} without a planned budget: approve a budget or change the plan?"
            ).format(actual=self.money(line.actual))
        if line.kind == "review":
            return self.tr("The review of the strategy is overdue: when will it take place?")
        if line.kind == "adoption":
            return self.tr("Adopt the new strategy version.")
        return line.detail

    # -- next steps -----------------------------------------------------------------------------
    def _next_steps(self) -> list[Flowable]:
        d = self.data
        parts: list[Flowable] = [self.h1(self.tr("Next steps"))]
        parts.append(
            self.p(
                self.tr(
                    "Steps and milestones of the running and planned measures due in the next "
                    "three months, until {date}."
                ).format(date=self.date(d.today + timedelta(days=d.next_steps_days)))
            )
        )
        if d.next_steps:
            rows = [
                [
                    self.date(line.due_on),
                    line.measure,
                    (
                        self.tr("Step {label}")
                        if line.kind == "step"
                        else self.tr("Milestone: {label}")
                    ).format(label=line.label),
                ]
                for line in d.next_steps
            ]
            parts.append(
                self.table(
                    [self.tr("Due"), self.tr("Measure"), self.tr("Step or milestone")],
                    rows,
                    [0.15, 0.42, 0.43],
                )
            )
            if d.more_steps:
                parts.append(
                    self.p(
                        self.tr(
                            "%n more step(s) or milestone(s) are due in this time.",
                            "",
                            d.more_steps,
                        ),
                        "note",
                    )
                )
        else:
            parts.append(self.p(self.tr("No step or milestone is due in this time.")))
        if d.overdue_steps:
            parts.append(
                self.p(
                    "⚠ "
                    + self.tr(
                        "%n step(s) and milestone(s) are past their date and not closed yet.",
                        "",
                        d.overdue_steps,
                    )
                )
            )
        dates = []
        for kind, day, overdue in d.later_dates:
            if kind == "review":
                dates.append(
                    self.tr("Review of the strategy: overdue since {date}.").format(
                        date=self.date(day)
                    )
                    if overdue
                    else self.tr("Review of the strategy: {date}.").format(date=self.date(day))
                )
            elif kind == "check":
                dates.append(
                    self.tr("Next Digitalisierungscheck, “{title}”: {date}.").format(
                        title=d.planned_check, date=self.date(day)
                    )
                )
        if dates:
            parts.append(self.h2(self.tr("Further dates")))
            parts += self.bullets(dates)
        return parts


def _headings_with_next(parts: list[Flowable]) -> list[Flowable]:
    """Each marked heading kept on one page with what follows it."""
    grouped: list[Flowable] = []
    index = 0
    while index < len(parts):
        part = parts[index]
        if getattr(part, "with_next", False) and index + 1 < len(parts):
            following = parts[index + 1]
            # A KeepTogether inside another always measures as too tall (it forces its own
            # split that way), which would push every group to a new page: unpack it.
            content = following._content if isinstance(following, KeepTogether) else [following]
            grouped.append(KeepTogether([part, *content]))
            index += 2
        else:
            grouped.append(part)
            index += 1
    return grouped


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)

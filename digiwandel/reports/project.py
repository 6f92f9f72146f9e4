"""The project profile (Projektsteckbrief): one measure as its detail view shows it.

Plain data in (``ProjectData``, gathered by ``digiwandel.services.reports.project``), PDF
out. The rows inside are the services' own plain rows (frozen dataclasses); nothing here
reads the database or computes a figure the services compute.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from digiwandel.charts.specs import STRATEGY, metric_spec
from digiwandel.domain import steps as step_rules
from digiwandel.domain.vocabulary import STEP_COUNT
from digiwandel.reports.base import BOLD, CONTENT_WIDTH, FONT, RULE, Report
from digiwandel.texts import check as check_words
from digiwandel.texts import projects as words
from digiwandel.texts import strategy as strategy_words

OVERDUE_SIGN = "⚠"
MILESTONE_SIGN = "◆"


@dataclass(frozen=True, slots=True)
class GoalLink:
    """A strategic goal the measure serves."""

    goal: str
    version: str
    version_status: str  # draft / adopted / archived
    contribution: str


@dataclass(frozen=True, slots=True)
class ProjectData:
    """Everything the profile shows of one measure.

    ``detail`` is the project service's ``ProjectDetail`` (steps with tasks and checklists,
    budget lines, sums, warnings), ``records`` its ``ProjectRecords`` (stakeholders, metrics
    with measurements, PDCA cycles, risks, decisions, …).
    """

    detail: Any
    records: Any
    goals: tuple[GoalLink, ...]
    drivers: tuple[str, ...]  # driver titles in the report's language
    today: date


#: Cell padding left and right (Report.table) and the font size of cells, in points.
_CELL_PADDING = 8
_CELL_SIZE = 8.5
#: No column grows beyond this share of the width for its longest word (e.g. a web address).
_MAX_NEED = 0.45


def fit_widths(
    header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float]
) -> list[float]:
    """Column widths (fractions) widened where a column's longest word would not fit, taken
    from columns with room to spare; German compounds ("Mitarbeitervertretung") are long,
    and a word broken in the middle reads badly."""

    def need(text: str, font: str) -> float:
        longest = max((stringWidth(w, font, _CELL_SIZE) for w in text.split()), default=0.0)
        return min(_MAX_NEED, (longest + _CELL_PADDING + 1) / CONTENT_WIDTH)

    needs = [need(str(h), BOLD) for h in header]
    for row in rows:
        for i, value in enumerate(row):
            if isinstance(value, str):
                needs[i] = max(needs[i], need(value, FONT))
            elif isinstance(value, Paragraph):
                needs[i] = max(needs[i], need(value.getPlainText(), value.style.fontName))
    if sum(needs) > 1:
        return list(widths)
    fitted = [max(w, n) for w, n in zip(widths, needs, strict=True)]
    excess = sum(fitted) - 1
    slack = [max(0.0, w - n) for w, n in zip(fitted, needs, strict=True)]
    if excess > 0 and sum(slack) > 0:
        share = excess / sum(slack)
        fitted = [w - s * share for w, s in zip(fitted, slack, strict=True)]
    return fitted


def fitted_table(
    report: Report,
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    **options: Any,
) -> Table:
    """``report.table`` with widths fitted to the longest words."""
    return report.table(header, rows, fit_widths(header, rows, widths), **options)


def facts_table(report: Report, pairs: Sequence[tuple[str, Any]]) -> Table:
    """Label and value side by side, for the facts of an item (no header row)."""
    rows = []
    for label, value in pairs:
        cell = value if isinstance(value, Flowable) else report.p(str(value), "cell")
        rows.append([report.p(label, "cell_bold"), cell])
    table = Table(rows, colWidths=[CONTENT_WIDTH * 0.27, CONTENT_WIDTH * 0.73], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


class ProjectReport(Report):
    """The Projektsteckbrief of one measure; ``sections`` are the optional parts shown."""

    def __init__(self, meta, language, data: ProjectData, sections: frozenset[str]) -> None:
        super().__init__(meta, language)
        self.data = data
        self.sections = sections

    # -- words and figures ---------------------------------------------------------------
    def date(self, value: date | None) -> str:
        return self.lang.date(value) if value else "–"

    def money(self, value: float | None) -> str:
        return self.lang.money(value) if value is not None else "–"

    def signed_money(self, value: float) -> str:
        text = self.lang.money(value)
        return "+" + text if value > 0 else text

    def value(self, metric, value: float | None) -> str:
        if value is None:
            return "–"
        return f"{self.lang.number(value)} {metric.unit}".strip()

    def value_on(self, metric, value: float | None, day: date | None) -> str:
        text = self.value(metric, value)
        if value is None or day is None:
            return text
        return self.tr("{value} on {date}").format(value=text, date=self.lang.date(day))

    def overdue(self, day: date | None) -> bool:
        return day is not None and day < self.data.today

    def due_text(self, day: date | None, still_open: bool) -> str:
        if day is None:
            return "–"
        text = self.lang.date(day)
        if still_open and self.overdue(day):
            return self.tr("{sign} {date} (overdue)").format(sign=OVERDUE_SIGN, date=text)
        return text

    # -- the report ----------------------------------------------------------------------
    def section(self, title: str) -> list[Flowable]:
        """A chapter: some air above its heading, which goes into the contents."""
        return [Spacer(1, 4 * mm), self.h1(title)]

    def story(self) -> list[Flowable]:
        out = self.overview()
        parts = (
            ("steps", self.steps),
            ("tasks", self.tasks),
            ("stakeholders", self.stakeholders),
            ("metrics", self.metrics),
            ("budget", self.budget),
            ("procurement", self.procurement),
            ("trainings", self.trainings),
            ("policy", self.policy),
            ("pdca", self.pdca),
            ("lessons", self.lessons),
            ("risks", self.risks),
            ("decisions", self.decisions),
        )
        for key, part in parts:
            if key in self.sections:
                out += part()
        return out

    def overview(self) -> list[Flowable]:
        d = self.data.detail
        closed = sum(1 for s in d.steps if s.status in step_rules.CLOSED)
        tasks = [t for s in d.steps for t in s.tasks if not t.done]
        late = sum(1 for t in tasks if self.overdue(t.due_on))
        out: list[Flowable] = [
            self.h1(self.tr("The measure at a glance")),
            self.p(d.title, "h2"),
            self.key_figures(
                [
                    (self.lang.percent(d.progress), self.tr("progress (steps closed)")),
                    (
                        str(d.current_step) if d.current_step else "–",
                        self.tr("current step of {count}").format(count=STEP_COUNT),
                    ),
                    (
                        str(len(tasks)),
                        self.tr("open tasks, %n overdue", "", late)
                        if late
                        else self.tr("open tasks"),
                    ),
                    (self.date(d.ends_on), self.tr("planned end")),
                ]
            ),
        ]
        light_word = words.light(d.light)
        text = self.tr("Traffic light: {light}").format(light=light_word)
        if d.light_reason:
            text += " – " + d.light_reason
        out += [self.light(d.light, text, "body"), self.p(words.light_meaning(d.light), "note")]
        if d.description:
            out += [self.h2(self.tr("Description")), self.p(d.description)]
        runs = ""
        if d.starts_on or d.ends_on:
            runs = self.tr("{start} to {end}").format(
                start=self.lang.date(d.starts_on) or "?", end=self.lang.date(d.ends_on) or "?"
            )
        facts: list[tuple[str, Any]] = [
            (self.tr("Status"), words.status(d.status)),
            (self.tr("Owner"), d.owner_name or self.tr("nobody named yet")),
            (self.tr("Target group"), d.target_group or "–"),
            (self.tr("Runs"), runs or self.tr("no dates yet")),
            (
                self.tr("Progress"),
                self.tr("{closed} of {count} steps done or skipped ({percent})").format(
                    closed=closed, count=STEP_COUNT, percent=self.lang.percent(d.progress)
                ),
            ),
            (self.tr("Current step"), words.step_label(d.current_step, self.lang.code)),
        ]
        if d.budget_lines:
            facts.append(
                (
                    self.tr("Budget"),
                    self.tr("planned {planned}, spent so far {actual}").format(
                        planned=self.lang.money(d.budget_planned),
                        actual=self.lang.money(d.budget_actual),
                    ),
                )
            )
        if self.data.drivers:
            facts.append((self.tr("Drivers used"), ", ".join(self.data.drivers)))
        origin = self.origin()
        if origin:
            facts.append((self.tr("Created from"), origin))
        out += [self.h2(self.tr("Facts")), facts_table(self, facts)]
        out.append(self.h2(self.tr("Strategic goals it serves")))
        if self.data.goals:
            out.append(
                fitted_table(
                    self,
                    [self.tr("Goal"), self.tr("Strategy version"), self.tr("Contribution")],
                    [
                        [
                            g.goal,
                            f"{g.version} ({self.version_status(g.version_status)})",
                            g.contribution or "–",
                        ]
                        for g in self.data.goals
                    ],
                    [0.36, 0.24, 0.40],
                )
            )
        else:
            out.append(self.p(self.tr("The measure is not linked to any strategic goal yet.")))
        out.append(self.h2(self.tr("Points to watch")))
        if d.warnings:
            out.append(
                self.note("\n".join(f"{OVERDUE_SIGN} {words.warning(c, f)}" for c, f in d.warnings))
            )
        else:
            out.append(self.p(self.tr("Nothing looks out of order: no warnings for this measure.")))
        return out

    def origin(self) -> str:
        key = self.data.detail.finding_key
        if not key:
            return ""
        kind, _sep, name = key.partition(":")
        if kind == "finding":
            return self.tr("the finding “{title}” of the Digitalisierungscheck").format(
                title=check_words.finding_title(name)
            )
        if kind == "recommendation":
            return self.tr("the recommendation “{title}” of the Digitalisierungscheck").format(
                title=check_words.recommendation_title(name)
            )
        return ""

    def version_status(self, status: str) -> str:
        return {
            "draft": self.tr("draft"),
            "adopted": self.tr("adopted"),
            "archived": self.tr("archived"),
        }.get(status, status)

    # -- the 12 steps --------------------------------------------------------------------
    def steps(self) -> list[Flowable]:
        d = self.data.detail
        out: list[Flowable] = [*self.section(self.tr("The 12 steps"))]
        closed = sum(1 for s in d.steps if s.status in step_rules.CLOSED)
        if d.current_step:
            out.append(
                self.p(
                    self.tr(
                        "{closed} of {count} steps are done or skipped; the measure is at "
                        "step {step}."
                    ).format(
                        closed=closed,
                        count=STEP_COUNT,
                        step=words.step_label(d.current_step, self.lang.code),
                    )
                )
            )
        else:
            out.append(self.p(self.tr("All twelve steps are done or skipped.")))
        notes = {}
        for s in d.steps:
            parts = []
            if s.status == "skipped" and s.skip_reason:
                parts.append(self.tr("Skipped because: {reason}").format(reason=s.skip_reason))
            if s.notes:
                parts.append(s.notes)
            notes[s.number] = "\n".join(parts)
        header = [
            self.tr("No."),
            self.tr("Step"),
            self.tr("Status"),
            self.tr("Checklist"),
            self.tr("Responsible"),
            self.tr("Due"),
        ]
        widths = [0.06, 0.27, 0.16, 0.12, 0.21, 0.18]
        with_notes = any(notes.values())  # a column nobody filled in only takes room
        if with_notes:
            header.append(self.tr("Notes"))
            widths = [0.06, 0.21, 0.13, 0.12, 0.15, 0.14, 0.19]
        rows = []
        for s in d.steps:
            ticked = sum(1 for c in s.checklist if c.done)
            row = [
                str(s.number),
                s.title,
                f"{words.STEP_STATUS_SIGNS.get(s.status, '')} {words.step_status(s.status)}",
                f"{ticked}/{len(s.checklist)}" if s.checklist else "–",
                s.responsible_name or "–",
                self.due_text(s.due_on, s.status not in step_rules.CLOSED),
            ]
            if with_notes:
                row.append(self.p(notes[s.number], "cell"))
            rows.append(row)
        out.append(fitted_table(self, header, rows, widths, right=(0,)))
        return out

    def tasks(self) -> list[Flowable]:
        d = self.data.detail
        tasks = [t for s in d.steps for t in s.tasks]
        out: list[Flowable] = [*self.section(self.tr("Tasks and milestones"))]
        if not tasks:
            return [*out, self.p(self.tr("No tasks or milestones recorded yet."))]
        still_open = [t for t in tasks if not t.done]
        late = [t for t in still_open if self.overdue(t.due_on)]
        # lupdate only sees a count passed as a plain name.
        count, waiting, behind = len(tasks), len(still_open), len(late)
        summary = self.tr("%n task(s) and milestone(s)", "", count)
        summary += ", " + self.tr("%n open", "", waiting)
        if behind:
            summary += ", " + self.tr("%n overdue", "", behind)
        out.append(self.p(summary + "."))
        rows = []
        for t in tasks:
            if t.done:
                state = (
                    self.tr("done on {date}").format(date=self.lang.date(t.done_on))
                    if t.done_on
                    else words.step_status("done")
                )
            elif self.overdue(t.due_on):
                state = f"{OVERDUE_SIGN} " + self.tr("overdue")
            else:
                state = words.step_status("open")
            rows.append(
                [
                    str(t.step_number),
                    t.title,
                    f"{MILESTONE_SIGN} " + self.tr("Milestone")
                    if t.is_milestone
                    else self.tr("Task"),
                    t.responsible_name or "–",
                    self.date(t.due_on),
                    state,
                ]
            )
        out.append(
            fitted_table(
                self,
                [
                    self.tr("Step"),
                    self.tr("Task"),
                    self.tr("Kind"),
                    self.tr("Responsible"),
                    self.tr("Due"),
                    self.tr("Status"),
                ],
                rows,
                [0.07, 0.37, 0.14, 0.16, 0.12, 0.14],
                right=(0,),
                highlight=[i for i, t in enumerate(tasks) if t in late],
            )
        )
        return out

    # -- step panels ---------------------------------------------------------------------
    def stakeholders(self) -> list[Flowable]:
        rows = self.data.records.stakeholders
        out: list[Flowable] = [*self.section(self.tr("Stakeholders"))]
        if not rows:
            return [*out, self.p(self.tr("No stakeholders recorded yet."))]
        out.append(
            self.p(self.tr("Who is affected by the measure and how they are involved (step 3)."))
        )
        out.append(
            fitted_table(
                self,
                [self.tr("Name"), self.tr("Group"), self.tr("Involvement"), self.tr("Contact")],
                [
                    [
                        r.name,
                        words.stakeholder_kind(r.kind),
                        words.involvement(r.involvement),
                        r.contact or "–",
                    ]
                    for r in rows
                ],
                [0.32, 0.2, 0.16, 0.32],
            )
        )
        return out

    def metrics(self) -> list[Flowable]:
        recs = self.data.records
        out: list[Flowable] = [*self.section(self.tr("Success metrics"))]
        if not recs.metrics:
            return [*out, self.p(self.tr("No success metric defined yet."))]
        out.append(
            self.p(
                self.tr(
                    "What shows that the measure works: each metric with its starting value, "
                    "its target and the latest measurement. Progress is calculated from the "
                    "measurements."
                )
            )
        )
        rows = []
        for m in recs.metrics:
            target = self.value(m, m.target_value)
            if m.target_value is not None and m.target_on:
                target = self.tr("{value} by {date}").format(
                    value=target, date=self.lang.date(m.target_on)
                )
            rows.append(
                [
                    m.name,
                    strategy_words.direction(m.direction),
                    self.value_on(m, m.baseline_value, m.baseline_on),
                    target,
                    self.value_on(m, m.current_value, m.current_on),
                    self.lang.percent(m.progress) if m.progress is not None else "–",
                ]
            )
        out.append(
            fitted_table(
                self,
                [
                    self.tr("Success metric"),
                    self.tr("Direction"),
                    self.tr("Starting value"),
                    self.tr("Target"),
                    self.tr("Latest value"),
                    self.tr("Progress"),
                ],
                rows,
                [0.26, 0.14, 0.16, 0.16, 0.16, 0.12],
                right=(5,),
            )
        )
        if any(recs.measurements.get(m.id) for m in recs.metrics):
            out.append(Spacer(1, 5 * mm))
        # A chart without a single measurement shows nothing the table does not say.
        grid = self.chart_grid(
            [
                (STRATEGY, "indicator_chart", metric_spec(m, points), self.metric_caption(m))
                for m in recs.metrics
                if (points := recs.measurements.get(m.id, ()))
            ]
        )
        if grid is not None:
            out.append(grid)
        return out

    def metric_caption(self, m) -> str:
        """What the chart shows, in one sentence (the chart carries the metric's name)."""
        if m.current_value is None:
            return self.tr("No measurement yet.")
        text = self.tr("Latest value {value} on {date}").format(
            value=self.value(m, m.current_value), date=self.lang.date(m.current_on)
        )
        if m.target_value is not None:
            text += "; " + self.tr("target {target}").format(target=self.value(m, m.target_value))
        if m.progress is not None:
            text += "; " + self.tr("progress {progress}").format(
                progress=self.lang.percent(m.progress)
            )
        return text + "."

    def budget(self) -> list[Flowable]:
        d = self.data.detail
        out: list[Flowable] = [*self.section(self.tr("Budget"))]
        if not d.budget_lines:
            return [*out, self.p(self.tr("No budget lines recorded yet."))]
        over_total = any(code == step_rules.W_BUDGET_OVER_PLAN for code, _f in d.warnings)
        summary = self.tr("Planned {planned}, spent so far {actual}.").format(
            planned=self.lang.money(d.budget_planned), actual=self.lang.money(d.budget_actual)
        )
        out.append(self.p(summary))
        rows, flagged = [], []
        for index, line in enumerate(d.budget_lines):
            rows.append(
                [
                    line.category,
                    line.funding_source or "–",
                    self.lang.money(line.planned),
                    self.money(line.actual),
                    self.p(self.variance(line.planned, line.actual), "cell"),
                ]
            )
            if line.actual is not None and step_rules.over_budget(line.planned, line.actual):
                flagged.append(index)
        rows.append(
            [
                self.markup(escape(self.tr("Total")), "cell_bold"),
                "",
                self.markup(escape(self.lang.money(d.budget_planned)), "cell_head_right"),
                self.markup(escape(self.lang.money(d.budget_actual)), "cell_head_right"),
                self.p(
                    self.variance(d.budget_planned, d.budget_actual if d.budget_actual else None),
                    "cell_bold",
                ),
            ]
        )
        if over_total:
            flagged.append(len(rows) - 1)
        out.append(
            fitted_table(
                self,
                [
                    self.tr("Category"),
                    self.tr("Funding source"),
                    self.tr("Planned"),
                    self.tr("Actual"),
                    self.tr("Variance"),
                ],
                rows,
                [0.25, 0.15, 0.15, 0.15, 0.30],
                right=(2, 3),
                bold_last_row=True,
                highlight=flagged,
            )
        )
        if flagged:
            out.append(
                self.p(
                    self.tr(
                        "Rows marked {sign} cost more than 10 % above their plan (or have "
                        "costs without a plan)."
                    ).format(sign=OVERDUE_SIGN),
                    "note",
                )
            )
        return out

    def variance(self, planned: float, actual: float | None) -> str:
        if actual is None:
            return self.tr("nothing booked yet")
        difference = round(actual - planned, 2)
        text = self.signed_money(difference)
        if planned:
            share = 100.0 * difference / planned
            percent = self.lang.percent(share)
            text += f" ({'+' if share > 0 else ''}{percent})"
        if step_rules.over_budget(planned, actual):
            text += "\n" + (
                self.tr("{sign} more than 10 % over plan").format(sign=OVERDUE_SIGN)
                if planned
                else self.tr("{sign} costs without a plan").format(sign=OVERDUE_SIGN)
            )
        return text

    def procurement(self) -> list[Flowable]:
        rows = self.data.records.procurement
        if not rows:
            return []
        return [
            *self.section(self.tr("Procurement")),
            fitted_table(
                self,
                [self.tr("What"), self.tr("Supplier"), self.tr("Cost"), self.tr("Status")],
                [
                    [
                        r.what,
                        r.supplier or "–",
                        self.lang.money(r.cost),
                        words.procurement_status(r.status),
                    ]
                    for r in rows
                ],
                [0.4, 0.26, 0.16, 0.18],
                right=(2,),
            ),
        ]

    def trainings(self) -> list[Flowable]:
        rows = self.data.records.trainings
        if not rows:
            return []
        return [
            *self.section(self.tr("Trainings")),
            fitted_table(
                self,
                [self.tr("Date"), self.tr("Topic"), self.tr("Participants"), self.tr("Notes")],
                [
                    [self.date(r.held_on), r.topic, self.lang.number(r.participants), r.notes]
                    for r in rows
                ],
                [0.14, 0.36, 0.14, 0.36],
                right=(2,),
            ),
        ]

    def policy(self) -> list[Flowable]:
        """The checks of step 8, once anybody has worked on them or the step has begun."""
        d, checks = self.data.detail, self.data.records.policy_checks
        step8 = next((s for s in d.steps if s.number == step_rules.POLICY_STEP), None)
        touched = any(c.status != "open" or c.evidence or c.dpia_needed is not None for c in checks)
        if not checks or not (touched or (step8 is not None and step8.status != "open")):
            return []
        rows = []
        for c in checks:
            dpia = "–"
            if c.kind == step_rules.DATA_PROTECTION:
                dpia = words.yes_no_open(c.dpia_needed)
            rows.append(
                [words.policy_kind(c.kind), words.policy_status(c.status), dpia, c.evidence or "–"]
            )
        return [
            *self.section(self.tr("Policy checks")),
            self.p(
                self.tr(
                    "Accessibility, inclusive design, data protection, ethics and IT security "
                    "(step 8)."
                )
            ),
            fitted_table(
                self,
                [
                    self.tr("Check"),
                    self.tr("Status"),
                    self.tr("Impact assessment (DPIA) needed"),
                    self.tr("Evidence"),
                ],
                rows,
                [0.2, 0.15, 0.24, 0.41],
            ),
        ]

    def pdca(self) -> list[Flowable]:
        recs = self.data.records
        out: list[Flowable] = [*self.section(self.tr("PDCA cycles"))]
        if not recs.pdca:
            return [*out, self.p(self.tr("No PDCA cycle recorded yet."))]
        out.append(
            self.p(
                self.tr(
                    "Improvement in rounds: plan a change, do it on a small scale, check its "
                    "effect, then act on what was learned."
                )
            )
        )
        if recs.current_pdca_cycle:
            out.append(
                self.p(self.tr("Cycle {number} is running.").format(number=recs.current_pdca_cycle))
            )
        rows = []
        for c in recs.pdca:
            period = self.tr("Cycle {number}").format(number=c.number)
            if c.started_on and not c.ended_on:
                period += "\n" + self.tr("since {date}").format(date=self.lang.date(c.started_on))
            elif c.started_on or c.ended_on:
                period += "\n" + self.tr("{start} to {end}").format(
                    start=self.date(c.started_on), end=self.date(c.ended_on)
                )
            rows.append(
                [
                    self.p(period, "cell"),
                    c.plan_notes or "–",
                    c.do_notes or "–",
                    c.check_notes or "–",
                    c.act_notes or "–",
                ]
            )
        out.append(
            fitted_table(
                self,
                [
                    self.tr("Cycle"),
                    self.tr("Plan"),
                    self.tr("Do"),
                    self.tr("Check"),
                    self.tr("Act"),
                ],
                rows,
                [0.18, 0.205, 0.205, 0.205, 0.205],
            )
        )
        return out

    def lessons(self) -> list[Flowable]:
        recs = self.data.records
        if not recs.lessons and not recs.documents:
            return []
        out: list[Flowable] = [*self.section(self.tr("Lessons learned and documents"))]
        if recs.lessons:
            out.append(self.h2(self.tr("Lessons learned")))
            out += self.bullets(
                [
                    f"{self.lang.date(r.recorded_on)}: {r.text}" if r.recorded_on else r.text
                    for r in recs.lessons
                ]
            )
        if recs.documents:
            out.append(self.h2(self.tr("Documents")))
            out.append(
                fitted_table(
                    self,
                    [self.tr("Document"), self.tr("Where")],
                    [[r.title, r.target] for r in recs.documents],
                    [0.4, 0.6],
                )
            )
        return out

    # -- the whole measure ---------------------------------------------------------------
    def risks(self) -> list[Flowable]:
        rows = self.data.records.risks
        out: list[Flowable] = [*self.section(self.tr("Risks"))]
        if not rows:
            return [*out, self.p(self.tr("No risks recorded yet."))]
        out.append(
            self.p(
                self.tr(
                    "Likelihood and impact from 1 (low) to 5 (high); the score is their "
                    "product. The highest scores come first."
                )
            )
        )
        out.append(
            fitted_table(
                self,
                [
                    self.tr("Risk"),
                    self.tr("Likelihood × impact = score"),
                    self.tr("Status"),
                    self.tr("Owner"),
                    self.tr("Mitigation"),
                ],
                [
                    [
                        r.title,
                        f"{r.likelihood} × {r.impact} = {r.score}",
                        words.risk_status(r.status),
                        r.owner_name or "–",
                        r.mitigation or "–",
                    ]
                    for r in rows
                ],
                [0.25, 0.17, 0.12, 0.15, 0.31],
            )
        )
        return out

    def decisions(self) -> list[Flowable]:
        rows = self.data.records.decisions
        out: list[Flowable] = [*self.section(self.tr("Decisions needed"))]
        if not rows:
            return [*out, self.p(self.tr("No decisions recorded."))]
        table_rows, late = [], []
        for index, r in enumerate(rows):
            if r.decided_on is not None:
                state = self.tr("decided on {date}").format(date=self.lang.date(r.decided_on))
            elif r.overdue:
                state = self.tr("{sign} open, overdue").format(sign=OVERDUE_SIGN)
                late.append(index)
            else:
                state = self.tr("open")
            table_rows.append([r.question, self.date(r.needed_by), state, r.outcome or "–"])
        out.append(
            fitted_table(
                self,
                [self.tr("Question"), self.tr("Needed by"), self.tr("Status"), self.tr("Outcome")],
                table_rows,
                [0.38, 0.13, 0.17, 0.32],
                highlight=late,
            )
        )
        return out

"""The strategy paper: the current strategy as the strategy page's tabs show it.

Plain data in (``StrategyData``, gathered by ``digiwandel.services.reports.strategy``), PDF
out. The rows inside are the strategy service's own plain rows; progress and flags are the
service's, never computed here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from digiwandel.charts.specs import STRATEGY, indicator_spec
from digiwandel.reports.base import Report
from digiwandel.reports.project import facts_table, fitted_table
from digiwandel.texts import projects as project_words
from digiwandel.texts import strategy as words

WARNING_SIGN = "⚠"
#: A coverage table wider than this many levels would not fit the page; the gaps say it all.
MAX_COVERAGE_LEVELS = 6


@dataclass(frozen=True, slots=True)
class StrategyData:
    """Everything the strategy paper shows.

    ``version`` is the strategy service's ``VersionRow`` the paper is about (None when there
    is no strategy yet); ``in_force`` the adopted version while ``version`` is a draft.
    ``goals`` are ``GoalRow``s with their indicators, ``measurements`` the ``MeasurementRow``s
    per indicator id, ``alignment`` an ``AlignmentMatrix``, ``team`` ``TeamMemberRow``s,
    ``coverage`` a ``Coverage``, ``communication`` ``CommunicationRow``s of the version and of
    the measures.
    """

    identity: Any
    oberziele: tuple = ()
    version: Any = None
    in_force: Any = None
    goals: tuple = ()
    measurements: dict = field(default_factory=dict)
    alignment: Any = None
    team: tuple = ()
    coverage: Any = None
    communication: tuple = ()
    today: date = field(default_factory=date.today)


class StrategyReport(Report):
    """The strategy paper; ``sections`` are the optional parts shown."""

    def __init__(self, meta, language, data: StrategyData, sections: frozenset[str]) -> None:
        super().__init__(meta, language)
        self.data = data
        self.sections = sections

    # -- words and figures ---------------------------------------------------------------
    def date(self, value: date | None) -> str:
        return self.lang.date(value) if value else "–"

    def section(self, title: str) -> list[Flowable]:
        """A chapter: some air above its heading, which goes into the contents."""
        return [Spacer(1, 4 * mm), self.h1(title)]

    def percent(self, value: float | None) -> str:
        return "–" if value is None else self.lang.percent(value)

    def value(self, ind, value: float | None) -> str:
        if value is None:
            return "–"
        if ind.kind == "boolean":
            return self.tr("yes (reached)") if value >= 0.5 else self.tr("no")
        return f"{self.lang.number(value)} {ind.unit}".strip()

    def value_on(self, ind, value: float | None, day: date | None) -> str:
        text = self.value(ind, value)
        if value is None or day is None:
            return text
        return self.tr("{value} on {date}").format(value=text, date=self.lang.date(day))

    def target(self, ind) -> str:
        if ind.direction == "range" and ind.kind == "number":
            return (
                self.tr("{low} to {high} {unit}")
                .format(
                    low=self.lang.number(ind.range_low),
                    high=self.lang.number(ind.range_high),
                    unit=ind.unit,
                )
                .strip()
            )
        if ind.target_value is None:
            return "–"
        text = self.value(ind, ind.target_value)
        if ind.target_on is None:
            return text
        return self.tr("{value} by {date}").format(value=text, date=self.lang.date(ind.target_on))

    def version_status(self, version) -> str:
        if version.status == "adopted":
            text = self.tr("adopted on {date} by {body}").format(
                date=self.date(version.adopted_on), body=version.adopted_by or "–"
            )
            if version.resolution_ref:
                text += " " + self.tr("(resolution {ref})").format(ref=version.resolution_ref)
            return text
        if version.status == "archived":
            return self.tr("archived")
        return self.tr("draft, not yet adopted")

    def period(self, version) -> str:
        start, end = version.period_start, version.period_end
        if start and end:
            return self.tr("{start} to {end}").format(
                start=self.lang.date(start), end=self.lang.date(end)
            )
        if start:
            return self.tr("from {date}").format(date=self.lang.date(start))
        if end:
            return self.tr("until {date}").format(date=self.lang.date(end))
        return "–"

    def goal_due(self, goal) -> str:
        if goal.due_on is None:
            return "–"
        text = self.lang.date(goal.due_on)
        if goal.due_on < self.data.today and goal.status in ("open", "in_progress"):
            return self.tr("{sign} {date} (overdue)").format(sign=WARNING_SIGN, date=text)
        return text

    # -- the report ----------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        out = self.glance()
        parts = (
            ("identity", self.identity),
            ("goals", self.goals),
            ("alignment", self.alignment),
            ("team", self.team),
            ("communication", self.communication),
        )
        for key, part in parts:
            if key in self.sections:
                out += part()
        return out

    def glance(self) -> list[Flowable]:
        v = self.data.version
        out: list[Flowable] = [self.h1(self.tr("The strategy at a glance"))]
        if v is None:
            out.append(
                self.p(
                    self.tr(
                        "No strategy version has been written down yet. A version holds the "
                        "goals, the digital team and the communication plan; it is started on "
                        "the Strategy page."
                    )
                )
            )
            return out
        indicators = sum(len(g.indicators) for g in self.data.goals)
        figures = [
            (str(len(self.data.goals)), self.tr("strategic goals")),
            (str(indicators), self.tr("indicators")),
        ]
        matrix = self.data.alignment
        if matrix is not None:
            served = len({project for _goal, project in matrix.links})
            figures.append((str(served), self.tr("measures serving the goals")))
        if self.data.coverage is not None:
            figures.append((str(self.data.coverage.member_count), self.tr("in the digital team")))
        review = self.date(v.next_review_on)
        if v.review_due:
            review = self.tr("{sign} {date} (overdue)").format(
                sign=WARNING_SIGN, date=self.lang.date(v.next_review_on)
            )
        facts: list[tuple[str, Any]] = [
            (self.tr("Version"), v.title),
            (self.tr("Status"), self.version_status(v)),
            (self.tr("Period"), self.period(v)),
        ]
        if v.based_on_title:
            facts.append((self.tr("Based on"), v.based_on_title))
        facts.append((self.tr("Next review"), review))
        out += [self.p(v.title, "h2"), self.key_figures(figures), facts_table(self, facts)]
        if v.review_due:
            out += [
                Spacer(1, 3 * mm),
                self.note(
                    self.tr(
                        "{sign} The review of this strategy was due on {date}. Check goals, "
                        "indicators and measures with the digital team and set the next date."
                    ).format(sign=WARNING_SIGN, date=self.lang.date(v.next_review_on))
                ),
            ]
        in_force = self.data.in_force
        if in_force is not None:
            out.append(Spacer(1, 2 * mm))
            out.append(
                self.p(
                    self.tr(
                        "This paper shows the draft being worked on. Until the board adopts "
                        "it, “{title}” remains in force ({status})."
                    ).format(title=in_force.title, status=self.version_status(in_force)),
                    "note",
                )
            )
        if v.summary:
            out += [self.h2(self.tr("Summary")), self.p(v.summary)]
        if v.principles:
            out += [self.h2(self.tr("Principles")), self.p(v.principles)]
        return out

    # -- identity ------------------------------------------------------------------------
    def identity(self) -> list[Flowable]:
        ident = self.data.identity
        out = self.section(self.tr("Identity"))
        parts = (
            (self.tr("Vision"), ident.vision, ident.vision_digital_note),
            (self.tr("Leitbild (mission statement)"), ident.leitbild, ident.leitbild_digital_note),
            (self.tr("Values"), ident.core_values, ident.core_values_digital_note),
        )
        if not any(text or note for _label, text, note in parts):
            out.append(self.p(self.tr("No vision, Leitbild or values written down yet.")))
        else:
            out.append(
                self.p(
                    self.tr(
                        "Who the organisation is and wants to be, and what digitalisation "
                        "changes about it."
                    )
                )
            )
            for label, text, note in parts:
                if not (text or note):
                    continue
                out += [self.h2(label), self.p(text or "–")]
                if note:
                    out.append(
                        self.p(
                            self.tr("What digitalisation changes: {note}").format(note=note),
                            "note",
                        )
                    )
        out.append(self.h2(self.tr("Overarching goals (Oberziele)")))
        if not self.data.oberziele:
            out.append(self.p(self.tr("No overarching goals written down yet.")))
        else:
            out.append(
                fitted_table(
                    self,
                    [
                        self.tr("No."),
                        self.tr("Overarching goal"),
                        self.tr("Description"),
                        self.tr("What digitalisation changes"),
                    ],
                    [
                        [str(o.position), o.title, o.description or "–", o.digital_note or "–"]
                        for o in self.data.oberziele
                    ],
                    [0.06, 0.26, 0.34, 0.34],
                    right=(0,),
                )
            )
        return out

    # -- goals and indicators ------------------------------------------------------------
    def goals(self) -> list[Flowable]:
        out = self.section(self.tr("Goals and indicators"))
        goals = self.data.goals
        if self.data.version is None or not goals:
            text = (
                self.tr("There is no strategy version yet, so there are no goals.")
                if self.data.version is None
                else self.tr("This version has no goals yet.")
            )
            return [*out, self.p(text)]
        out.append(
            self.p(
                self.tr(
                    "Each goal is measured by its indicators; progress is calculated from "
                    "their measurements, never typed in. The impact level places a goal on the "
                    "impact ladder (Wirkungstreppe): steps 1–3 are output, 4–6 outcome, "
                    "7 impact."
                )
            )
        )
        out.append(
            fitted_table(
                self,
                [
                    self.tr("No."),
                    self.tr("Goal"),
                    self.tr("Owner"),
                    self.tr("Due"),
                    self.tr("Impact level"),
                    self.tr("Status"),
                    self.tr("Progress"),
                ],
                [
                    [
                        str(g.position),
                        g.title,
                        g.owner_name or "–",
                        self.goal_due(g),
                        words.impact_short(g.impact_level) or "–",
                        words.goal_status(g.status),
                        self.percent(g.progress),
                    ]
                    for g in goals
                ],
                [0.06, 0.3, 0.15, 0.13, 0.13, 0.12, 0.11],
                right=(0, 6),
            )
        )
        for g in goals:
            out += self.goal(g)
        return out

    def goal(self, g) -> list[Flowable]:
        heading = self.h2(
            self.tr("Goal {number}: {title}").format(number=g.position, title=g.title), toc=True
        )
        facts = []
        if g.oberziel_title:
            facts.append(self.tr("Overarching goal: {title}").format(title=g.oberziel_title))
        if g.impact_level is not None:
            facts.append(
                self.tr("Impact level: {level}").format(level=words.impact_short(g.impact_level))
            )
        count = g.project_count  # lupdate only sees a count passed as a plain name
        facts.append(self.tr("%n measure(s) serve it", "", count))
        top: list[Flowable] = [heading, self.p(" · ".join(facts), "note")]
        if g.description:
            top.append(self.p(g.description))
        # The heading stays with what follows it.
        out: list[Flowable] = [Spacer(1, 2 * mm), KeepTogether(top)]
        if not g.indicators:
            out.append(self.p(self.tr("No indicator defined for this goal yet.")))
            return out
        out.append(
            fitted_table(
                self,
                [
                    self.tr("Indicator"),
                    self.tr("Direction"),
                    self.tr("Starting value"),
                    self.tr("Target"),
                    self.tr("Latest value"),
                    self.tr("Progress"),
                ],
                [
                    [
                        i.name,
                        words.direction(i.direction),
                        self.value_on(i, i.baseline_value, i.baseline_on),
                        self.target(i),
                        self.value_on(i, i.current_value, i.current_on),
                        self.percent(i.progress),
                    ]
                    for i in g.indicators
                ],
                [0.26, 0.14, 0.16, 0.16, 0.16, 0.12],
                right=(5,),
            )
        )
        if "indicator_charts" in self.sections:
            # A chart without a single measurement shows nothing the table does not say.
            measured = [i for i in g.indicators if self.data.measurements.get(i.id)]
            if measured:
                out.append(Spacer(1, 3 * mm))
            grid = self.chart_grid(
                [
                    (
                        STRATEGY,
                        "indicator_chart",
                        indicator_spec(i, self.data.measurements[i.id]),
                        self.indicator_caption(i),
                    )
                    for i in measured
                ]
            )
            if grid is not None:
                out.append(grid)
        return out

    def indicator_caption(self, i) -> str:
        """What the chart shows, in one sentence (the chart carries the indicator's name)."""
        parts = []
        if i.current_value is None:
            parts.append(self.tr("No measurement yet"))
        else:
            parts.append(
                self.tr("Latest value {value} on {date}").format(
                    value=self.value(i, i.current_value), date=self.lang.date(i.current_on)
                )
            )
        if (i.direction == "range" and i.kind == "number") or i.target_value is not None:
            parts.append(self.tr("target {target}").format(target=self.target(i)))
        if i.progress is None:
            parts.append(self.tr("progress cannot be calculated yet"))
        else:
            parts.append(self.tr("progress {progress}").format(progress=self.percent(i.progress)))
        return "; ".join(parts) + "."

    # -- alignment -----------------------------------------------------------------------
    def alignment(self) -> list[Flowable]:
        out = self.section(self.tr("Goals and measures"))
        matrix = self.data.alignment
        if matrix is None or not matrix.goals:
            return [*out, self.p(self.tr("There are no goals yet, so nothing is aligned."))]
        if not matrix.projects:
            return [*out, self.p(self.tr("No measures recorded yet."))]
        out.append(
            self.p(
                self.tr(
                    "Which measures serve which goal, and how. A goal without a measure "
                    "will not move; a measure without a goal needs a reason."
                )
            )
        )
        projects = {p.id: p for p in matrix.projects}
        rows = []
        for g in matrix.goals:
            serving = [
                (projects[p], note)
                for (goal_id, p), note in matrix.links.items()
                if goal_id == g.id and p in projects
            ]
            serving.sort(key=lambda item: (item[0].title.casefold(), item[0].id))
            if serving:
                lines = []
                for project, note in serving:
                    line = f"• {project.title} ({project_words.status(project.status)})"
                    if note:
                        line += f": {note}"
                    lines.append(line)
                cell = self.p("\n".join(lines), "cell")
            else:
                cell = self.p(f"{WARNING_SIGN} " + self.tr("no measure yet"), "cell")
            rows.append([g.title, cell])
        out.append(
            fitted_table(
                self,
                [self.tr("Goal"), self.tr("Measures serving it")],
                rows,
                [0.32, 0.68],
                highlight=[
                    index
                    for index, g in enumerate(matrix.goals)
                    if g.id in matrix.goals_without_measure
                ],
            )
        )
        titles_g = {g.id: g.title for g in matrix.goals}
        lines = []
        if matrix.goals_without_measure:
            lines.append(
                f"{WARNING_SIGN} "
                + self.tr("Goals without any measure: {names}").format(
                    names=", ".join(titles_g[i] for i in matrix.goals_without_measure)
                )
            )
        if matrix.projects_without_goal:
            lines.append(
                f"{WARNING_SIGN} "
                + self.tr("Measures without any goal of this version: {names}").format(
                    names=", ".join(projects[i].title for i in matrix.projects_without_goal)
                )
            )
        out.append(Spacer(1, 3 * mm))
        if lines:
            out.append(self.note("\n".join(lines)))
        else:
            out.append(self.p(self.tr("Every goal has a measure and every measure serves a goal.")))
        return out

    # -- digital team --------------------------------------------------------------------
    def role(self, role: str) -> str:
        return {
            "lead": self.tr("lead"),
            "member": self.tr("member"),
            "sponsor": self.tr("sponsor"),
        }.get(role, role)

    def team(self) -> list[Flowable]:
        out = self.section(self.tr("Digital team"))
        if self.data.version is None:
            return [*out, self.p(self.tr("There is no strategy version yet, so no team."))]
        members = self.data.team
        if not members:
            return [*out, self.p(self.tr("Nobody is in the digital team yet."))]
        out.append(
            self.p(
                self.tr(
                    "The digital team steers the strategy; people from every area and level, "
                    "volunteers included, bring in their view."
                )
            )
        )
        out.append(
            fitted_table(
                self,
                [self.tr("Person"), self.tr("Role"), self.tr("Area"), self.tr("Level")],
                [
                    [m.person_name, self.role(m.role), m.area_name or "–", m.level_name or "–"]
                    for m in members
                ],
                [0.3, 0.16, 0.3, 0.24],
            )
        )
        coverage = self.data.coverage
        if coverage is None:
            return out
        if coverage.areas and 0 < len(coverage.levels) <= MAX_COVERAGE_LEVELS:
            out += self.coverage_table(coverage)
        gaps = [self.gap(kind, name, coverage) for kind, name in coverage.gaps]
        out.append(Spacer(1, 3 * mm))
        if gaps:
            out.append(self.note("\n".join(f"{WARNING_SIGN} {gap}" for gap in gaps)))
        else:
            out.append(
                self.p(
                    self.tr("The digital team covers every area and every level and has a lead.")
                )
            )
        return out

    def coverage_table(self, coverage) -> list[Flowable]:
        areas = [(a.name, a.id) for a in coverage.areas]
        if coverage.area_totals.get(None):
            areas.append((self.tr("(no area recorded)"), None))
        levels = [(lv.name, lv.id) for lv in coverage.levels]
        if coverage.level_totals.get(None):
            levels.append((self.tr("(no level recorded)"), None))
        rows = []
        for name, area_id in areas:
            counts = [coverage.counts.get((area_id, level_id), 0) for _n, level_id in levels]
            rows.append(
                [
                    name,
                    *(str(c) if c else "–" for c in counts),
                    str(coverage.area_totals.get(area_id, 0)),
                ]
            )
        rows.append(
            [
                self.tr("Total"),
                *(str(coverage.level_totals.get(level_id, 0)) for _n, level_id in levels),
                str(coverage.member_count),
            ]
        )
        first = 0.28
        rest = (1 - first) / (len(levels) + 1)
        return [
            self.h2(self.tr("Members by area and level")),
            fitted_table(
                self,
                [self.tr("Area"), *(name for name, _id in levels), self.tr("Total")],
                rows,
                [first] + [rest] * (len(levels) + 1),
                right=tuple(range(1, len(levels) + 2)),
                bold_last_row=True,
            ),
        ]

    def gap(self, kind: str, name: str, coverage) -> str:
        if kind == "team_empty":
            return self.tr("Nobody is in the digital team yet.")
        if kind == "lead_missing":
            return self.tr("The team has no lead.")
        if kind == "area_missing":
            return self.tr("The area “{name}” is not represented in the digital team.").format(
                name=name
            )
        volunteers = any(lv.name == name and lv.is_volunteer for lv in coverage.levels)
        if volunteers:
            return self.tr("No volunteer is in the digital team.")
        return self.tr("The level “{name}” is not represented in the digital team.").format(
            name=name
        )

    # -- communication -------------------------------------------------------------------
    def purpose(self, value: str) -> str:
        return {
            "inform": self.tr("inform"),
            "involve": self.tr("involve"),
            "decide": self.tr("decide"),
        }.get(value, value)

    def communication_status(self, row) -> str:
        text = {
            "planned": self.tr("planned"),
            "done": self.tr("done"),
            "cancelled": self.tr("cancelled"),
        }.get(row.status, row.status)
        if row.overdue:
            text += f"\n{WARNING_SIGN} " + self.tr("overdue")
        return text

    def when(self, row) -> str:
        if row.frequency == "once":
            return self.lang.date(row.due_on) if row.due_on else self.tr("no date")
        if row.next_due is None:
            return words.frequency(row.frequency)
        return self.tr("{frequency}, next on {date}").format(
            frequency=words.frequency(row.frequency), date=self.lang.date(row.next_due)
        )

    def communication(self) -> list[Flowable]:
        out = self.section(self.tr("Communication plan"))
        if self.data.version is None:
            return [*out, self.p(self.tr("There is no strategy version yet, so no plan."))]
        rows = self.data.communication
        if not rows:
            return [*out, self.p(self.tr("No communication planned yet."))]
        overdue = sum(1 for r in rows if r.overdue)
        count = len(rows)  # lupdate only sees a count passed as a plain name
        summary = self.tr("Who hears what, when and how: %n entry(s)", "", count)
        if overdue:
            summary += "; " + self.tr("%n of them overdue", "", overdue)
        out.append(self.p(summary + "."))
        table_rows = []
        for r in rows:
            audience = r.audience
            if r.project_id is not None:
                audience += "\n" + self.tr("for the measure “{title}”").format(
                    title=r.project_title
                )
            when = self.when(r)
            if r.channel:
                when += "\n" + r.channel
            table_rows.append(
                [
                    self.p(audience, "cell"),
                    self.p(when, "cell"),
                    self.purpose(r.purpose),
                    self.p(self.communication_status(r), "cell"),
                    r.key_message or "–",
                    r.responsible_name or "–",
                ]
            )
        out.append(
            fitted_table(
                self,
                [
                    self.tr("Audience"),
                    self.tr("When and how"),
                    self.tr("Purpose"),
                    self.tr("Status"),
                    self.tr("Key message"),
                    self.tr("Responsible"),
                ],
                table_rows,
                [0.2, 0.2, 0.12, 0.12, 0.22, 0.14],
                highlight=[index for index, r in enumerate(rows) if r.overdue],
            )
        )
        return out

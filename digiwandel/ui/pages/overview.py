"""Übersicht: the organisation at a glance and the way through the program."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from digiwandel.services.agenda import AgendaService
from digiwandel.services.overview import (
    OpenFindings,
    OverviewService,
    StrategyProgress,
    dimension_profile,
)
from digiwandel.ui import check_texts
from digiwandel.ui.context import AppContext, Change, FollowsChanges, format_date, ui_language
from digiwandel.ui.forms import format_number
from digiwandel.ui.pages.overview_agenda import AgendaBox, AgendaList, FirstStepsBox
from digiwandel.ui.pages.overview_radar import MaturityProfile
from digiwandel.ui.worker import BackgroundTask

FINDINGS_DELAY_MS = 300


class OverviewPage(FollowsChanges, QWidget):
    # Reports: the first steps tick the first board report.
    listens = (
        Change.ORGANISATION | Change.CHECK | Change.PROJECTS | Change.STRATEGY | Change.REPORTS
    )

    setup_requested = Signal()
    demo_requested = Signal()
    navigate = Signal(int)  # index of a navigation entry
    open_requested = Signal(str, int, int)  # an agenda entry: target, id, step

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)

        self.empty_box = QFrame()
        self.empty_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.setup_button = QPushButton(self.tr("&Set up my organisation…"))
        self.demo_button = QPushButton(self.tr("Open the &demo"))
        self.setup_button.clicked.connect(self.setup_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        empty_buttons = QHBoxLayout()
        empty_buttons.addWidget(self.setup_button)
        empty_buttons.addWidget(self.demo_button)
        empty_buttons.addStretch(1)
        empty_layout = QVBoxLayout(self.empty_box)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addLayout(empty_buttons)

        self.figures = QGridLayout()
        self.figure_values: dict[str, QLabel] = {}
        captions = {
            "areas": self.tr("Areas"),
            "persons": self.tr("Persons"),
            "staff": self.tr("Staff"),
            "volunteers": self.tr("Volunteers"),
        }
        for column, (key, caption) in enumerate(captions.items()):
            value = QLabel("–")
            value.setObjectName("figure")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label = QLabel(caption)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.figures.addWidget(value, 0, column)
            self.figures.addWidget(label, 1, column)
            self.figure_values[key] = value
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.check_label.setTextFormat(Qt.TextFormat.RichText)
        self.check_button = QPushButton(self.tr("Open the Digitalisierungs&check"))
        self.check_button.clicked.connect(lambda: self.navigate.emit(2))
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_label, 1)
        check_row.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTop)
        self.figures.addLayout(check_row, 2, 0, 1, 4)
        self.profile = MaturityProfile()
        self.figures.addWidget(self.profile, 3, 0, 1, 4)
        # The same words as the results page when the whole check is below the smallest
        # group size; known once the findings are worked out.
        self.few_sheets_label = QLabel()
        self.few_sheets_label.setWordWrap(True)
        self.few_sheets_label.setVisible(False)
        self.figures.addWidget(self.few_sheets_label, 4, 0, 1, 4)
        self.measures_label = QLabel()
        self.measures_label.setWordWrap(True)
        self.measures_button = QPushButton(self.tr("Open the &measures"))
        self.measures_button.clicked.connect(lambda: self.navigate.emit(5))
        measures_row = QHBoxLayout()
        measures_row.addWidget(self.measures_label, 1)
        measures_row.addWidget(self.measures_button, 0, Qt.AlignmentFlag.AlignTop)
        self.figures.addLayout(measures_row, 5, 0, 1, 4)
        self.figures_box = QFrame()
        self.figures_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.figures_box.setLayout(self.figures)

        self.first_steps = FirstStepsBox()
        self.first_steps.go.connect(self._go_first_step)
        self.first_steps.hide_requested.connect(self._hide_first_steps)
        self.first_steps_box = QFrame()
        self.first_steps_box.setFrameShape(QFrame.Shape.StyledPanel)
        QVBoxLayout(self.first_steps_box).addWidget(self.first_steps)

        self.agenda = AgendaBox()
        self.agenda.open_requested.connect(self.open_requested)
        self.agenda_box = QFrame()
        self.agenda_box.setFrameShape(QFrame.Shape.StyledPanel)
        QVBoxLayout(self.agenda_box).addWidget(self.agenda)

        self.strategy_title = QLabel()
        self.strategy_title.setWordWrap(True)
        self.goals = AgendaList(self.tr("Strategy progress by goal"))
        self.strategy_title.setBuddy(self.goals)
        self.goals.open_requested.connect(self.open_requested)
        self.strategy_box = QFrame()
        self.strategy_box.setFrameShape(QFrame.Shape.StyledPanel)
        strategy_layout = QVBoxLayout(self.strategy_box)
        strategy_layout.addWidget(self.strategy_title)
        strategy_layout.addWidget(self.goals)
        strategy_layout.addStretch(1)

        self.findings_title = QLabel(self.tr("<b>Open findings of the check</b>"))
        self.findings_title.setWordWrap(True)
        self.findings = AgendaList(self.tr("Open findings of the check"))
        self.findings_title.setBuddy(self.findings)
        self.findings.open_requested.connect(self.open_requested)
        self.findings_box = QFrame()
        self.findings_box.setFrameShape(QFrame.Shape.StyledPanel)
        findings_layout = QVBoxLayout(self.findings_box)
        findings_layout.addWidget(self.findings_title)
        findings_layout.addWidget(self.findings)
        findings_layout.addStretch(1)
        # Started a moment after the page is filled: at start-up the window comes first.
        self._findings_timer = QTimer(self)
        self._findings_timer.setSingleShot(True)
        self._findings_timer.setInterval(FINDINGS_DELAY_MS)
        self._findings_timer.timeout.connect(self._work_out_findings)
        self._findings_wanted: tuple[object, int] | None = None  # (database, check) asked for
        self.findings_ready = False

        self.way = way = QLabel(
            self.tr(
                "<p><b>How DigiWandel helps</b></p>"
                "<ol>"
                "<li><b>Organisation</b>: describe your areas, levels and the people "
                "who take on roles.</li>"
                "<li><b>Digitalisierungscheck</b>: find out, area by area, where you stand "
                "digitally, and repeat the check every year.</li>"
                "<li><b>Strategy</b>: write down vision and goals, with indicators that show "
                "progress.</li>"
                "<li><b>Measures</b>: run each digitalisation measure through twelve steps, "
                "from needs analysis to sharing what was learned.</li>"
                "<li><b>Reports</b>: print the board report before board meetings.</li>"
                "</ol>"
            )
        )
        way.setWordWrap(True)
        way.setTextFormat(Qt.TextFormat.RichText)
        self.org_button = QPushButton(self.tr("Edit &organisation"))
        self.org_button.clicked.connect(lambda: self.navigate.emit(1))

        # The page scrolls as a whole on a small screen; its lists never scroll by themselves.
        content = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.empty_box)
        layout.addWidget(self.first_steps_box)
        layout.addWidget(self.figures_box)
        layout.addWidget(self.agenda_box)
        side_by_side = QHBoxLayout()
        side_by_side.addWidget(self.strategy_box, 3)
        side_by_side.addWidget(self.findings_box, 2)
        layout.addLayout(side_by_side)
        layout.addWidget(way)
        row = QHBoxLayout()
        row.addWidget(self.org_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.follow_changes(ctx)

    def reload(self) -> None:
        service = OverviewService(self.ctx.db) if self.ctx.db else None
        steps = service.first_steps() if service else None
        guided = steps is not None and steps.shown
        self.first_steps_box.setVisible(guided)
        self.way.setVisible(not guided)  # the first steps say the same, with ticks
        if steps is not None:
            self.first_steps.show_steps(steps.done)
        profile = self.ctx.org.get_profile() if self.ctx.db else None
        has_org = profile is not None
        self.empty_box.setVisible(not has_org)
        self.figures_box.setVisible(has_org)
        self.agenda_box.setVisible(has_org)
        self.strategy_box.setVisible(has_org)
        self.findings_box.setVisible(False)  # shown once the check's findings are known
        self.few_sheets_label.setVisible(False)
        self.org_button.setVisible(has_org)
        if not has_org:
            self.heading.setText(self.tr("Welcome to DigiWandel"))
            self.subtitle.setText("")
            self.setup_button.setVisible(self.ctx.db is not None)
            if self.ctx.db is None:
                self.empty_text.setText(
                    self.tr(
                        "No database is open. Create a new one with File → New database, "
                        "open an existing one with File → Open, or look around in the demo."
                    )
                )
            else:
                self.empty_text.setText(
                    self.tr(
                        "This database does not describe an organisation yet. Set up your "
                        "organisation with its areas, or open the demo to look around first."
                    )
                )
            return
        self.heading.setText(profile.name)
        place = ", ".join(part for part in (profile.legal_form, profile.city) if part)
        self.subtitle.setText(" · ".join(p for p in (place, profile.fields_of_work) if p))
        areas, persons = self.ctx.org.counts()
        self.figure_values["areas"].setText(format_number(areas))
        self.figure_values["persons"].setText(format_number(persons))
        self.figure_values["staff"].setText(format_number(profile.staff_count))
        self.figure_values["volunteers"].setText(format_number(profile.volunteer_count))
        completed = service.latest_checks(2)  # stored, newest first
        self.check_label.setText(self._check_summary(completed))
        self.check_label.setToolTip(check_texts.band_limits())
        figures = (
            dimension_profile(
                completed, service.dimension_titles(completed[0].catalog_id, ui_language())
            )
            if completed
            else []
        )
        self.profile.set_figures(figures)
        self.profile.setVisible(bool(figures))
        self.measures_label.setText(self._measures_summary(service))
        self.agenda.show_agenda(AgendaService(self.ctx.db).agenda())
        self._show_strategy(service.strategy_progress())
        self._ask_for_findings(completed[0].id if completed else None)

    # -- strategy --------------------------------------------------------------------------
    def _show_strategy(self, strategy: StrategyProgress | None) -> None:
        if strategy is None:
            self.strategy_title.setText("<b>" + html.escape(self.tr("Strategy")) + "</b>")
            self.goals.set_entries(
                [
                    (
                        self.tr(
                            "No strategy yet: write down vision and goals on the Strategy page."
                        ),
                        self.tr("Open the strategy"),
                        ("strategy", 0, 0),
                    )
                ]
            )
            return
        status = self.tr("adopted") if strategy.status == "adopted" else self.tr("draft")
        self.strategy_title.setText(
            "<b>"
            + html.escape(
                self.tr("Strategy progress: “{title}” ({status})").format(
                    title=strategy.title, status=status
                )
            )
            + "</b>"
        )
        entries = []
        for goal in strategy.goals:
            if goal.status == "achieved":
                state = self.tr("achieved")
            elif goal.status == "dropped":
                state = self.tr("dropped")
            elif goal.progress is None:
                state = self.tr("nothing measured yet")
            else:
                state = self.tr("{percent} of the way").format(
                    percent=check_texts.percent(goal.progress)
                )
            entries.append(
                (
                    self.tr("“{title}”: {state}").format(title=goal.title, state=state),
                    self.tr("Open the goal and its indicators"),
                    ("goal", strategy.version_id, goal.id),
                )
            )
        if not entries:
            entries.append(
                (
                    self.tr("The strategy has no goals yet."),
                    self.tr("Open the strategy"),
                    ("strategy", strategy.version_id, 0),
                )
            )
        self.goals.set_entries(entries)

    # -- findings, worked out off the UI thread ------------------------------------------
    def _ask_for_findings(self, assessment_id: int | None) -> None:
        """Findings weigh every answer of the check: they are worked out in the background,
        so the page is ready at once and fills this part a moment later."""
        self.findings_ready = False
        if assessment_id is None:
            self._findings_wanted = None
            self.findings_ready = True
            return
        self._findings_wanted = (self.ctx.db, assessment_id)
        self._findings_timer.start()

    def _work_out_findings(self) -> None:
        wanted = self._findings_wanted
        if wanted is None or wanted[0] is not self.ctx.db:
            return
        db, assessment_id = wanted
        lang = ui_language()
        task = BackgroundTask(
            lambda _progress: OverviewService(db).open_findings(assessment_id, lang)
        )
        task.succeeded.connect(lambda found: self._show_findings(wanted, found))
        task.failed.connect(lambda _exc: self._findings_failed(wanted))
        task.begin()  # kept alive by the worker module until it ends

    def _findings_failed(self, wanted) -> None:
        if wanted == self._findings_wanted:  # an answer to what is on screen
            self.findings_box.setVisible(False)
            self.findings_ready = True

    def _show_findings(self, wanted, found: OpenFindings) -> None:
        if wanted != self._findings_wanted or self.ctx.db is not wanted[0]:
            return  # an answer for a file or check no longer shown
        self.findings_ready = True
        self.few_sheets_label.setText(
            "⚠ " + check_texts.few_sheets_warning(found.few_sheets_below)
            if found.few_sheets_below
            else ""
        )
        self.few_sheets_label.setVisible(bool(found.few_sheets_below))
        if not found.total:
            self.findings_box.setVisible(False)
            return
        self.findings_box.setVisible(True)
        self.findings_title.setText(
            "<b>"
            + html.escape(
                self.tr("Open findings of the check of {date}").format(
                    date=format_date(found.assessed_on)
                )
            )
            + "</b>"
        )
        target = ("check", found.assessment_id, 0)
        tip = self.tr("Open the results of the check: create a measure from a finding there")
        entries = [
            (
                self.tr("{finding}: no measure yet").format(finding=check_texts.finding_title(key)),
                tip,
                target,
            )
            for key in found.keys
        ]
        if not entries:
            entries.append(
                (
                    self.tr("Every finding of this check has a measure."),
                    tip,
                    target,
                )
            )
        self.findings.set_entries(entries)

    def _go_first_step(self, step: str) -> None:
        if step == "organisation" and self.ctx.org.get_profile() is None:
            self.setup_requested.emit()
            return
        pages = {"organisation": 1, "check": 2, "strategy": 4, "measure": 5, "report": 6}
        self.navigate.emit(pages[step])

    def _hide_first_steps(self) -> None:
        OverviewService(self.ctx.db).hide_first_steps()
        self.ctx.data_changed.emit(Change.ORGANISATION)

    def show_first_steps(self) -> None:
        OverviewService(self.ctx.db).hide_first_steps(False)
        self.ctx.data_changed.emit(Change.ORGANISATION)

    def _measures_summary(self, service: OverviewService) -> str:
        counts = service.portfolio_counts()
        if not counts.count:
            return self.tr(
                "No measure yet. Create one on the Measures page, from a template or from a "
                "finding of the check."
            )
        return self.tr(
            "Measures: {count} in all, {running} active; traffic light red: {red}, "
            "amber: {amber}; overdue tasks: {overdue}."
        ).format(
            count=counts.count,
            running=counts.active,
            red=counts.red,
            amber=counts.amber,
            overdue=counts.overdue_tasks,
        )

    def _check_summary(self, completed) -> str:
        if not completed:
            return html.escape(
                self.tr(
                    "No Digitalisierungscheck has been completed yet. It shows where you "
                    "stand and is the starting point for strategy and measures."
                )
            )
        latest = completed[0]
        text = self.tr("Latest Digitalisierungscheck ({date}): {index}, stage “{band}”.").format(
            date=format_date(latest.assessed_on),
            index=check_texts.percent(latest.overall),
            band=check_texts.band_name(latest.band),
        )
        if len(completed) > 1 and latest.overall is not None and completed[1].overall is not None:
            text += " " + self.tr(
                "Previous check ({date}): {index}; change: {change} percentage points."
            ).format(
                date=format_date(completed[1].assessed_on),
                index=check_texts.percent(completed[1].overall),
                change=check_texts.signed(round(latest.overall) - round(completed[1].overall), ""),
            )
        return "<b>" + html.escape(text) + "</b>"

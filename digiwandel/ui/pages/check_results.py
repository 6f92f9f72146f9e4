"""Results of one assessment: where we stand, where views differ, what to do next."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from digiwandel.charts.specs import CHECK_CHARTS, check_chart_specs, check_chart_title
from digiwandel.services.check import Results
from digiwandel.ui import check_texts as tx
from digiwandel.ui.charts import LazyChart
from digiwandel.ui.context import AppContext
from digiwandel.ui.export import export_controls
from digiwandel.ui.forms import format_number
from digiwandel.ui.table_fit import fit_columns, show_all_rows, wrap_header
from digiwandel.ui.widgets import Column, RowTableModel

DISAGREEMENTS_SHOWN = 10  # the rest is counted: a list of every differing answer is noise


def _rich(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ResultsView(QWidget):
    """Built from plain `Results`; charts are drawn only when the view is shown."""

    # (assessment id, [(finding key, title, description)]): the user wants a measure from it.
    measure_requested = Signal(object, list)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.results: Results | None = None
        self._current = False  # whether `results` reflect the data as it is now

        self.index_label = QLabel("–")
        self.index_label.setObjectName("figure")
        self.index_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.index_caption = QLabel(self.tr("Overall index"))
        self.index_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.band_label = _rich("")
        self.facts_label = _rich("")
        header = QFrame()
        header.setFrameShape(QFrame.Shape.StyledPanel)
        header_layout = QGridLayout(header)
        header_layout.addWidget(self.index_label, 0, 0)
        header_layout.addWidget(self.index_caption, 1, 0)
        header_layout.addWidget(self.band_label, 0, 1)
        header_layout.addWidget(self.facts_label, 1, 1)
        header_layout.setColumnStretch(1, 1)

        self.dimension_model = RowTableModel(
            [
                Column(self.tr("Dimension"), lambda r: r[0]),
                Column(
                    self.tr("Result"),
                    lambda r: tx.percent(r[1].percent),
                    align_right=True,
                    export=lambda r: r[1].percent,
                    kind="percent",
                ),
                Column(self.tr("Stage"), lambda r: tx.band_name(r[1].band)),
                Column(
                    self.tr("Change"),
                    lambda r: tx.signed(r[1].change, ""),
                    export=lambda r: r[1].change,
                    kind="integer",  # whole points, as the table shows them
                ),
                Column(
                    self.tr("Target"),
                    lambda r: tx.percent(r[1].target),
                    align_right=True,
                    export=lambda r: r[1].target,
                    kind="percent",
                ),
                Column(
                    self.tr("Gap to target"),
                    lambda r: tx.signed(r[1].gap_to_target, ""),
                    export=lambda r: r[1].gap_to_target,
                    kind="integer",  # whole points, as the table shows them
                ),
                Column(
                    self.tr("Don't know"),
                    lambda r: tx.percent(r[1].dont_know_share * 100),
                    align_right=True,
                    export=lambda r: r[1].dont_know_share * 100,
                    kind="percent",
                ),
                Column(
                    self.tr("Views differ"),
                    lambda r: self.tr("yes") if r[1].disagreement else "",
                ),
            ],
            self,
        )
        self.dimension_view = QTableView()
        self.dimension_view.setAccessibleName(self.tr("Results per dimension"))
        self.dimension_view.setModel(self.dimension_model)
        self.dimension_view.verticalHeader().setVisible(False)
        self.dimension_view.setTabKeyNavigation(False)
        self.dimension_view.setWordWrap(False)
        # The results scroll as one page: the tables show all rows and wrap long titles.
        wrap_header(self.dimension_view).setStretchLastSection(True)
        show_all_rows(self.dimension_view)

        self.chart_tabs = QTabWidget()
        self.chart_tabs.setAccessibleName(self.tr("Charts"))
        self.chart_titles = {builder: check_chart_title(builder) for builder in CHECK_CHARTS}
        self.charts = {
            builder: LazyChart("digiwandel.charts.maturity", builder, minimum=(320, 280))
            for builder in self.chart_titles
        }
        self.chart_note = QLabel(
            self.tr("All values in the charts are also listed in the tables on the Results tab.")
        )
        self.chart_note.setWordWrap(True)

        self.findings_label = _rich("")
        self.priorities_label = _rich("")
        self.disagreement_label = _rich("")
        self.recommendations_label = _rich("")
        self.breakdown_label = _rich("")

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(header)
        self.finding_measure_button = QPushButton(self.tr("Create a &measure from a finding…"))
        self.finding_measure_button.clicked.connect(lambda: self._request_measure("finding"))
        self.recommendation_measure_button = QPushButton(
            self.tr("Create a m&easure from a recommendation…")
        )
        self.recommendation_measure_button.clicked.connect(
            lambda: self._request_measure("recommendation")
        )
        layout.addWidget(
            self._box(self.tr("Findings"), self.findings_label, self.finding_measure_button)
        )
        layout.addWidget(self._box(self.tr("What to do next"), self.priorities_label))
        dims_box = QGroupBox(self.tr("Results per dimension"))
        dims_layout = QVBoxLayout(dims_box)
        dims_layout.addWidget(self.dimension_view)
        self.dimension_export = export_controls(
            self.dimension_view, lambda: self._export_name(self.tr("Results per dimension"))
        )
        dims_layout.addWidget(self.dimension_export, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(dims_box)
        layout.addWidget(self._box(self.tr("Where views differ"), self.disagreement_label))
        breakdown_box = QGroupBox(self.tr("Areas and levels"))
        breakdown_layout = QVBoxLayout(breakdown_box)
        breakdown_layout.addWidget(self.breakdown_label)
        self.breakdown_model = RowTableModel([], self)
        self.breakdown_view = QTableView()
        self.breakdown_view.setAccessibleName(self.tr("Results by area and level"))
        self.breakdown_view.verticalHeader().setVisible(False)
        self.breakdown_view.setTabKeyNavigation(False)
        self.breakdown_view.setWordWrap(False)
        wrap_header(self.breakdown_view).setStretchLastSection(True)
        show_all_rows(self.breakdown_view)
        breakdown_layout.addWidget(self.breakdown_view)
        # Exports what the table shows: groups under the threshold stay "too few answers".
        self.breakdown_export = export_controls(
            self.breakdown_view, lambda: self._export_name(self.tr("Areas and levels"))
        )
        breakdown_layout.addWidget(self.breakdown_export, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(breakdown_box)
        layout.addWidget(
            self._box(
                self.tr("Recommendations"),
                self.recommendations_label,
                self.recommendation_measure_button,
            )
        )
        layout.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        layout.insertWidget(0, self.empty_label)
        self.content = content
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        # Charts live outside the scroll area: a canvas inside a resizable scroll area
        # makes the layout chase its own size.
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.chart_tabs, 1)
        charts_layout.addWidget(self.chart_note)
        # The page that holds this view shows the charts as a tab of their own.
        self.chart_panel = charts
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    @staticmethod
    def _box(title: str, label: QLabel, button: QPushButton | None = None) -> QGroupBox:
        box = QGroupBox(title)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(label)
        if button is not None:
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            box_layout.addLayout(row)
        return box

    def _export_name(self, table: str) -> str:
        title = self.results.assessment.title if self.results is not None else ""
        return f"{title} – {table}" if title else table

    def measure_choices(self, first: str) -> list[tuple[str, str, str]]:
        """(key, title, description) of the findings and recommendations; `first` kind first.

        Title and description are those of the measure to create: an action with a SMART
        description, not the name of the deficit."""
        r = self.results
        if r is None:
            return []

        def choice(key: str) -> tuple[str, str, str]:
            return (key, tx.measure_title(key), tx.measure_description(key))

        findings = [choice(f"finding:{f.key}") for f in r.findings]
        recommendations = [choice(f"recommendation:{k}") for k in r.recommendations]
        return findings + recommendations if first == "finding" else recommendations + findings

    def _request_measure(self, first: str) -> None:
        choices = self.measure_choices(first)
        if self.results is not None and choices:
            self.measure_requested.emit(self.results.assessment.id, choices)

    def _update_measure_buttons(self) -> None:
        r = self.results
        self.finding_measure_button.setEnabled(bool(r and r.findings))
        self.recommendation_measure_button.setEnabled(bool(r and r.recommendations))

    # -- filling -------------------------------------------------------------------------------
    def show_assessment(self, assessment_id: int | None) -> None:
        if assessment_id is None or self.ctx.db is None:
            self.results = None
            self.dimension_model.set_rows([])
            return
        shown = self.results
        if self._current and shown is not None and shown.assessment.id == assessment_id:
            return  # nothing changed since these results were computed
        self.set_results(self.ctx.check.results(assessment_id))

    def forget(self) -> None:
        """The data changed: the next show_assessment computes the results again."""
        self._current = False

    def set_results(self, results: Results) -> None:
        self.results = results
        self._current = True
        scores = results.scores
        has_answers = scores.overall is not None
        self.empty_label.setText(
            ""
            if has_answers
            else self.tr(
                "No answers yet. Add answer sheets on the tab “Answer sheets” and let "
                "colleagues answer; the results appear here."
            )
        )
        self.empty_label.setVisible(not has_answers)
        self.index_label.setText(tx.percent(scores.overall))
        self.band_label.setText(
            "<b>"
            + html.escape(self.tr("Stage: {band}").format(band=tx.band_name(scores.band)))
            + "</b><br>"
            + html.escape(tx.band_explanation(scores.band))
        )
        self.band_label.setToolTip(tx.band_limits())
        sheets = scores.respondent_count  # a plain name: lupdate skips attribute counts
        facts = [
            self.tr("%n answer sheet(s)", None, sheets),
            self.tr("“Don't know”: {share}").format(share=tx.percent(scores.dont_know_share * 100)),
        ]
        if results.previous_title and scores.change is not None:
            facts.append(
                self.tr("Change since “{title}”: {change} points").format(
                    title=results.previous_title, change=tx.signed(scores.change, "")
                )
            )
        facts_html = html.escape(" · ".join(facts))
        if results.few_sheets:  # the whole check is smaller than the smallest group
            facts_html += "<br><b>" + html.escape(tx.few_sheets_warning(results.threshold)) + "</b>"
        self.facts_label.setText(facts_html)

        titles = {d.key: d.title for d in results.dimensions}
        self.dimension_model.set_rows([(titles.get(d.key, d.key), d) for d in scores.dimensions])
        fit_columns(self.dimension_view)

        self.findings_label.setText(self._findings_html(results))
        self.priorities_label.setText(self._priorities_html(results))
        self.disagreement_label.setText(self._disagreement_html(results))
        self._fill_breakdown(results)
        self.recommendations_label.setText(self._recommendations_html(results))
        self._update_measure_buttons()
        self.draw_charts()

    def _is_draft(self, r: Results) -> bool:
        return r.assessment.status != "completed"

    def _findings_html(self, r: Results) -> str:
        if self._is_draft(r):
            return html.escape(
                self.tr(
                    "Findings are derived once the check is completed, so that they rest on "
                    "all answers."
                )
            )
        if not r.findings:
            return html.escape(self.tr("No typical weak spot stands out in the data so far."))
        parts = []
        why = self.tr("Why we say this:")
        for finding in r.findings:
            reasons = "".join(
                f"<li>{html.escape(tx.reason_text(reason.code, self._named(reason.figures)))}</li>"
                for reason in finding.reasons
            )
            parts.append(
                f"<p><b>{html.escape(tx.finding_title(finding.key))}</b><br>"
                f"{html.escape(tx.finding_summary(finding.key))}</p>"
                f"<p>{html.escape(why)}</p><ul>{reasons}</ul>"
            )
        return "".join(parts)

    def _named(self, figures: dict) -> dict:
        """Show dimension titles and questions instead of their keys."""
        r = self.results
        titles = {d.key: d.title for d in r.dimensions} if r else {}
        named = dict(figures)
        if named.get("dimension") in titles:
            named["dimension"] = titles[named["dimension"]]
        if r is not None and named.get("item") in r.item_texts:
            named["item"] = r.item_texts[named["item"]].question
        return named

    def _priorities_html(self, r: Results) -> str:
        if not r.priorities:
            return html.escape(
                self.tr("Once answers are in, the most urgent questions appear here.")
            )
        rows = []
        for p in r.priorities:
            level = tx.level_name(int(p.value)) if p.value is not None else "–"
            where = self.tr("now: {level}, importance: {relevance}").format(
                level=level, relevance=tx.relevance_name(p.relevance)
            )
            next_step = self.tr("Next step:")
            rows.append(
                f"<li><b>{html.escape(p.question)}</b> "
                f"<i>({html.escape(p.dimension_title)}; {html.escape(where)})</i>"
                f"<br>{html.escape(next_step)} {html.escape(p.next_step)}</li>"
            )
        intro = self.tr("These questions matter most and are furthest from “firmly established”:")
        return f"<p>{html.escape(intro)}</p><ol>{''.join(rows)}</ol>"

    def _disagreement_html(self, r: Results) -> str:
        if not r.disagreements:
            return html.escape(self.tr("The answers agree well; no question stands out."))
        rows = []
        for d in r.disagreements[:DISAGREEMENTS_SHOWN]:
            notes = []
            if d.disagreement and d.spread is not None:
                notes.append(
                    self.tr("answers differ by {spread} levels").format(spread=int(d.spread))
                )
            # Only groups at or above the privacy threshold carry values (else None).
            if d.leadership_flag and d.leadership_value is not None and d.staff_value is not None:
                notes.append(
                    self.tr("leadership {lead}, staff {staff}").format(
                        lead=_level(d.leadership_value), staff=_level(d.staff_value)
                    )
                )
            rows.append(
                f"<li>{html.escape(d.question)} <i>({html.escape(d.dimension_title)})</i>: "
                f"{html.escape('; '.join(notes))}</li>"
            )
        intro = self.tr(
            "On these questions colleagues see the organisation differently, the most "
            "important first. Talk about them: the difference itself is a result."
        )
        more = len(r.disagreements) - DISAGREEMENTS_SHOWN
        tail = (
            "<p>"
            + html.escape(
                QCoreApplication.translate(
                    "ResultsView", "… and %n more question(s) where answers differ.", None, more
                )
            )
            + "</p>"
            if more > 0
            else ""
        )
        return f"<p>{html.escape(intro)}</p><ul>{''.join(rows)}</ul>{tail}"

    def _fill_breakdown(self, r: Results) -> None:
        """Areas and levels × dimensions; groups under the threshold read “too few answers”."""
        self.breakdown_label.setText(
            html.escape(
                self.tr(
                    "Groups with fewer than {n} answer sheets are not shown, so that nobody's "
                    "answers can be identified."
                ).format(n=r.threshold)
            )
        )
        rows = sorted(
            (
                (self.tr("Area: {name}").format(name=r.area_labels.get(k, "?")), v)
                for k, v in r.area_percentages.items()
            ),
            key=lambda x: x[0],
        )
        rows += [
            (self.tr("Level: {name}").format(name=tx.group_name(k)), v)
            for k, v in r.group_percentages.items()
            if k in ("leadership", "staff", "volunteer")
        ]

        def cell(key):
            return lambda row: tx.too_few() if row[1] is None else tx.percent(row[1].get(key))

        def figure(key):  # a hidden group exports the words the table shows, no figure
            return lambda row: tx.too_few() if row[1] is None else row[1].get(key)

        columns = [Column(self.tr("Group"), lambda row: row[0])]
        columns += [
            Column(d.title, cell(d.key), align_right=True, export=figure(d.key), kind="percent")
            for d in r.dimensions
        ]
        self.breakdown_model = RowTableModel(columns, self)
        self.breakdown_model.set_rows(rows)
        self.breakdown_view.setModel(self.breakdown_model)
        fit_columns(self.breakdown_view)

    def _recommendations_html(self, r: Results) -> str:
        if self._is_draft(r):
            return html.escape(
                self.tr("Recommendations follow from the findings once the check is completed.")
            )
        if not r.recommendations:
            return html.escape(self.tr("No recommendation yet."))
        return "".join(
            f"<p><b>{html.escape(tx.recommendation_title(k))}</b><br>"
            f"{html.escape(tx.recommendation_text(k))}</p>"
            for k in r.recommendations
        )

    # -- charts (each built when its tab is first shown, again only when its data changed) ---
    def draw_charts(self) -> None:
        r = self.results
        if r is None:
            return
        specs = check_chart_specs(r)
        # Tabs come and go with the data; a chart whose data did not change is not rebuilt.
        current_tab = self.chart_tabs.currentWidget()
        wanted = [(self.charts[b], t) for b, t in self.chart_titles.items() if specs[b]]
        shown = [self.chart_tabs.widget(i) for i in range(self.chart_tabs.count())]
        if shown != [w for w, _t in wanted]:
            self.chart_tabs.blockSignals(True)
            self.chart_tabs.clear()
            for widget, title in wanted:
                self.chart_tabs.addTab(widget, title)
            if current_tab in [w for w, _t in wanted]:
                self.chart_tabs.setCurrentWidget(current_tab)
            self.chart_tabs.blockSignals(False)
        for builder, spec in specs.items():
            self.charts[builder].set_chart(spec)


def _level(value: float | None) -> str:
    """A level such as a median of 2.5, written the UI language's way ("2,5")."""
    if value is None:
        return "–"
    return format_number(value)

"""The privacy threshold holds in every text the results produce, not only in the charts.

One person answers as "Leitung" (leadership) next to six staff members. Whatever the results
page shows -- labels, tables, tooltips, findings, chart texts, measure choices -- must not
let anyone read that person's answers off a leadership figure.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from digiwandel.model.database import Database
from digiwandel.services.check import CheckService
from digiwandel.services.organisation import OrganisationService
from digiwandel.ui import check_texts as tx
from digiwandel.ui.context import AppContext
from digiwandel.ui.pages.check_results import ResultsView

LEAD_LEVEL = 0  # the leader's answer everywhere: 0 % -- no other figure of the check
STAFF_LEVEL = 2  # the six staff members: 67 %, but 33 % on strategy and culture
WEAK = ("strategy", "culture")


@pytest.fixture
def results(db: Database):
    check = CheckService(db, "en")
    org = OrganisationService(db)
    catalog_id = check.ensure_default_catalog()
    counselling = org.create_area("Beratung")
    admin = org.create_area("Verwaltung")
    lead = org.create_level("Leitung", 1, is_leadership=True)
    staff = org.create_level("Mitarbeitende", 2)
    a = check.create_assessment("Check", date.today(), catalog_id)
    dims = check.survey_structure(a.id)
    sheet = check.add_respondent(a.id, counselling.id, lead.id)
    check.set_answers(sheet.id, [(i.id, "level", LEAD_LEVEL, None) for d in dims for i in d.items])
    for n in range(6):
        sheet = check.add_respondent(a.id, (counselling if n < 3 else admin).id, staff.id)
        # Each dimension gets one "don't know", so no "0 %" appears as a don't-know share.
        unknown = {dims[n].items[0].id} | ({dims[n + 6].items[0].id} if n < 3 else set())
        answers = [
            (i.id, "dont_know", None, None)
            if i.id in unknown
            else (i.id, "level", 1 if d.key in WEAK else STAFF_LEVEL, None)
            for d in dims
            for i in d.items
        ]
        check.set_answers(sheet.id, answers)
    check.complete(a.id)
    return check.results(a.id)


def _model_texts(model) -> list[str]:
    texts = []
    for column in range(model.columnCount()):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                texts.append(str(index.data(role) or ""))
    return texts


def all_texts(view: ResultsView) -> str:
    texts = [label.text() for label in view.findChildren(QLabel)]
    texts += [label.toolTip() for label in view.findChildren(QLabel)]
    texts += _model_texts(view.dimension_model) + _model_texts(view.breakdown_model)
    r = view.results
    for finding in r.findings:
        texts.append(tx.finding_title(finding.key))
        texts += [
            tx.reason_text(reason.code, view._named(reason.figures)) for reason in finding.reasons
        ]
    for first in ("finding", "recommendation"):
        texts += [" ".join(choice) for choice in view.measure_choices(first)]
    view.draw_charts()
    for index in range(view.chart_tabs.count()):
        for axes in view.chart_tabs.widget(index).build_figure().axes:
            # value labels, titles and legends; the scale's tick labels are no one's answer
            texts += [t.get_text() for t in axes.texts] + [axes.get_title()]
            legend = axes.get_legend()
            if legend is not None:
                texts += [t.get_text() for t in legend.get_texts()]
    return "\n".join(texts)


def test_a_single_leader_is_never_shown(qtbot, results) -> None:
    # The service's data: no leadership figure anywhere.
    assert results.threshold == 3
    assert results.group_percentages["leadership"] is None
    assert results.group_percentages["staff"] is not None
    for item in results.scores.items.values():
        assert (item.leadership_value, item.leadership_gap, item.leadership_flag) == (
            None,
            None,
            False,
        )
    for dimension in results.scores.dimensions:
        assert dimension.leadership_percent is None
    for d in results.disagreements:
        assert (d.leadership_value, d.leadership_flag) == (None, False)

    view = ResultsView(AppContext())
    qtbot.addWidget(view)
    view.set_results(results)
    text = all_texts(view)
    assert results.findings, "a completed check with findings renders their texts"
    # The leader's 0 % (level 0) appears nowhere, neither as a percentage nor as a level.
    assert not re.search(r"(?<![\d.,])0\s?%", text), "the leader's percentage shown"
    leadership = tx.group_name("leadership")
    assert not re.search(rf"(?i){leadership}[ :=,]{{0,3}}\d", text), "leadership figure shown"
    assert not re.search(r"(?i)leitung[ :=,]{0,3}\d", text)
    # The breakdown names the leadership group only as "too few answers".
    model = view.breakdown_model
    rows = {
        model.index(row, 0).data(): [
            model.index(row, c).data() for c in range(1, model.columnCount())
        ]
        for row in range(model.rowCount())
    }
    lead_row = next(cells for name, cells in rows.items() if leadership in name)
    assert set(lead_row) == {tx.too_few()}


def test_views_differ_lists_the_most_important_first_and_is_capped(qtbot, results) -> None:
    # Most questions differ by two levels (0 and 2): the list is long.
    assert len(results.disagreements) > 10
    priorities = [d.priority for d in results.disagreements]
    assert priorities == sorted(priorities, reverse=True)
    view = ResultsView(AppContext())
    qtbot.addWidget(view)
    view.set_results(results)
    html = view.disagreement_label.text()
    assert html.count("<li>") == 10
    more = len(results.disagreements) - 10
    assert f"and {more} more question" in html
    first = results.disagreements[0]
    assert html.index(first.question.replace("'", "&#x27;")) < html.index("</li>")

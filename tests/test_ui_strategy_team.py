"""Strategy tabs "Alignment", "Digital team" and "Communication" through the GUI."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from digiwandel.model.database import open_database
from digiwandel.model.project import Project
from digiwandel.services.strategy import StrategyService
from digiwandel.ui.context import AppContext
from digiwandel.ui.main_window import MainWindow
from digiwandel.ui.pages.strategy import StrategyPage
from digiwandel.ui.pages.strategy_team import AlignmentTab, CommunicationTab, TeamTab
from tests.test_accessibility import unnamed_controls
from tests.ui_helpers import with_modal


@pytest.fixture
def page(qtbot, tmp_path, monkeypatch):
    """A strategy page on the demo data with a draft version selected (and no other tabs)."""
    from digiwandel.services.demo import create_demo_file

    monkeypatch.setattr("digiwandel.ui.pages.strategy_tabs.create_tabs", lambda page: [])
    # Removing asks first; the tests answer "yes" and look at the question separately.
    monkeypatch.setattr("digiwandel.ui.pages.strategy_team.confirm", lambda *a: True)
    path = create_demo_file(tmp_path / "demo.sqlite3")
    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    assert win.open_path(path)
    service = StrategyService(win.ctx.db)
    drafts = [v for v in service.list_versions() if v.status == "draft"]
    version = drafts[-1] if drafts else service.create_first("Digitalstrategie")
    page = StrategyPage(win.ctx)
    qtbot.addWidget(page)
    page.reload()
    page.select_version(version.id)
    assert page.current_version_id() == version.id
    return page


def add_tab(page, cls):
    tab = cls(page)
    page.tabs.addTab(tab, "x")
    page.reload()
    page.tabs.setCurrentWidget(tab)
    return tab


def make_project(page, title: str, status: str = "active") -> int:
    with page.ctx.db.sessions() as session, session.begin():
        project = Project(title=title, status=status)
        session.add(project)
        session.flush()
        return project.id


def cell(tab: AlignmentTab, goal_id: int, project_id: int):
    matrix = tab.model.matrix
    row = next(i for i, g in enumerate(matrix.goals) if g.id == goal_id)
    column = next(i for i, p in enumerate(matrix.projects) if p.id == project_id)
    return tab.model.index(row, column)


def linked(page, goal_id: int, project_id: int) -> bool:
    return (goal_id, project_id) in page.service.alignment(page.current_version_id()).links


# ---- alignment ------------------------------------------------------------------------------
def test_space_links_a_measure_with_a_note_and_undo_unlinks_it(page, qtbot):
    goal = page.service.create_goal(page.current_version_id(), "Testziel Ausrichtung")
    project_id = make_project(page, "Testmaßnahme Dienstplan")
    tab = add_tab(page, AlignmentTab)
    page.show()
    index = cell(tab, goal.id, project_id)
    assert tab.model.data(index) == ""
    tab.view.setCurrentIndex(index)
    tab.view.setFocus()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    seen = {}

    def fill(dialog):
        seen["unnamed"] = unnamed_controls(dialog)
        dialog.fields["contribution"].setPlainText("Plant die Schichten digital")
        dialog.accept()

    with_modal(fill, lambda: qtbot.keyClick(tab.view, Qt.Key.Key_Space))
    assert seen["unnamed"] == []
    assert linked(page, goal.id, project_id)
    index = cell(tab, goal.id, project_id)
    assert tab.model.data(index) == "✓"
    assert tab.model.data(index, Qt.ItemDataRole.ToolTipRole) == "Plant die Schichten digital"
    header = tab.model.headerData(
        index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert header == "Testmaßnahme Dienstplan"

    page.ctx.undo_stack.undo()
    assert not linked(page, goal.id, project_id)
    assert tab.model.data(cell(tab, goal.id, project_id)) == ""
    page.ctx.undo_stack.redo()
    assert page.service.alignment(page.current_version_id()).links[(goal.id, project_id)] == (
        "Plant die Schichten digital"
    )


def test_enter_on_a_linked_cell_unlinks_after_asking_and_undo_restores_the_note(page, qtbot):
    goal = page.service.create_goal(page.current_version_id(), "Testziel Verknüpft")
    project_id = make_project(page, "Testmaßnahme Online")
    page.service.link_project(goal.id, project_id, "Termine online")
    tab = add_tab(page, AlignmentTab)
    page.show()
    tab.view.setFocus()
    tab.view.setCurrentIndex(cell(tab, goal.id, project_id))
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert not linked(page, goal.id, project_id)
    page.ctx.undo_stack.undo()
    links = page.service.alignment(page.current_version_id()).links
    assert links[(goal.id, project_id)] == "Termine online"


def test_flags_name_goals_without_measure_and_measures_without_goal(page):
    goal = page.service.create_goal(page.current_version_id(), "Testziel ohne Maßnahme")
    make_project(page, "Testmaßnahme ohne Ziel")
    tab = add_tab(page, AlignmentTab)
    flags = tab.flags.text()
    assert "Goals without any measure:" in flags
    assert "Testziel ohne Maßnahme" in flags
    assert "Measures without any goal:" in flags
    assert "Testmaßnahme ohne Ziel" in flags
    assert str(goal.id) not in flags.split(":")[1].split(",")[0]  # names, not ids


def test_finished_measures_are_hidden_until_asked_for_and_long_flags_are_cut(page):
    done = make_project(page, "Testmaßnahme abgeschlossen", status="completed")
    for n in range(12):
        make_project(page, f"Testmaßnahme offen {n:02}", status="planned")
    tab = add_tab(page, AlignmentTab)
    shown = {p.id for p in tab.model.matrix.projects}
    assert done not in shown, "finished measures are history"
    assert all(p.status in ("planned", "active", "paused") for p in tab.model.matrix.projects)
    flags = tab.flags.text()
    assert "Testmaßnahme abgeschlossen" not in flags
    # at most ten names, then how many more
    without = tab.matrix.projects_without_goal
    assert len(without) > 10
    assert f"and {len(without) - 10} more" in flags
    assert flags.count("Testmaßnahme offen") <= 10

    tab.current_only.setChecked(False)
    assert done in {p.id for p in tab.model.matrix.projects}
    assert len(tab.model.matrix.projects) > len(shown)


def test_without_measures_the_tab_says_so_and_lists_the_goals(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("digiwandel.ui.pages.strategy_tabs.create_tabs", lambda page: [])
    ctx = AppContext()
    ctx.set_database(open_database(tmp_path / "empty.sqlite3"))
    page = StrategyPage(ctx)
    qtbot.addWidget(page)
    tab = add_tab(page, AlignmentTab)
    assert "no strategy version yet" in tab.state.text()
    version = page.service.create_first("Digitalstrategie")
    page.service.create_goal(version.id, "Fallakten digital")
    page.reload()
    page.show()
    assert "No measures recorded yet" in tab.state.text()
    assert tab.goal_view.isVisible() and not tab.view.isVisible()
    assert [g.title for g in tab.goal_model.rows()] == ["Fallakten digital"]
    assert unnamed_controls(page) == []
    ctx.set_database(None)


# ---- digital team ---------------------------------------------------------------------------
def test_adding_a_member_closes_the_gap_of_an_uncovered_area_and_undo_reopens_it(page):
    org = page.ctx.org
    area = org.create_area("Testbereich Pflege")
    person = org.create_person("Paula Test", area_id=area.id)
    tab = add_tab(page, TeamTab)
    page.show()
    sentence = "The area “Testbereich Pflege” is not represented in the digital team."
    assert sentence in tab.gaps.text()
    assert unnamed_controls(page) == []
    seen = {}

    def fill(dialog):
        seen["unnamed"] = unnamed_controls(dialog)
        combo = dialog.fields["person_id"]
        combo.setCurrentIndex(combo.findData(person.id))
        role = dialog.fields["role"]
        role.setCurrentIndex(role.findData("member"))
        dialog.accept()

    with_modal(fill, tab.panel.add_requested.emit)
    assert seen["unnamed"] == []
    members = {r.person_name: r for r in tab.model.rows()}
    assert "Paula Test" in members
    assert tab.model.data(tab.model.index(0, 1)) in ("lead", "member", "sponsor")
    assert sentence not in tab.gaps.text()
    assert tab.panel.current().person_name == "Paula Test"

    page.ctx.undo_stack.undo()
    assert "Paula Test" not in {r.person_name for r in tab.model.rows()}
    assert sentence in tab.gaps.text()
    page.ctx.undo_stack.redo()
    assert "Paula Test" in {r.person_name for r in tab.model.rows()}


def test_change_role_and_remove_member_with_undo(page):
    person = page.ctx.org.create_person("Rolf Rolle")
    version_id = page.current_version_id()
    page.service.add_team_member(version_id, person.id, "member")
    tab = add_tab(page, TeamTab)
    row = next(r for r in tab.model.rows() if r.person_name == "Rolf Rolle")
    tab.panel.select_id(row.id)

    def fill(dialog):
        role = dialog.fields["role"]
        role.setCurrentIndex(role.findData("sponsor"))
        dialog.accept()

    with_modal(fill, lambda: tab.edit(row))
    roles = {r.person_name: r.role for r in page.service.list_team(version_id)}
    assert roles["Rolf Rolle"] == "sponsor"
    page.ctx.undo_stack.undo()
    roles = {r.person_name: r.role for r in page.service.list_team(version_id)}
    assert roles["Rolf Rolle"] == "member"

    tab.remove(next(r for r in tab.model.rows() if r.person_name == "Rolf Rolle"))
    assert "Rolf Rolle" not in {r.person_name for r in page.service.list_team(version_id)}
    page.ctx.undo_stack.undo()
    assert "Rolf Rolle" in {r.person_name for r in page.service.list_team(version_id)}


def test_gap_sentences_for_empty_team_lead_and_volunteers(page):
    tab = add_tab(page, TeamTab)
    coverage = page.service.coverage(page.current_version_id())
    volunteers = next(lv.name for lv in coverage.levels if lv.is_volunteer)
    text = tab.gap_text(
        type(coverage)(
            areas=coverage.areas,
            levels=coverage.levels,
            counts={},
            area_totals={},
            level_totals={},
            member_count=1,
            gaps=(("lead_missing", ""), ("level_missing", volunteers)),
        )
    )
    assert "The team has no lead." in text
    assert "No volunteer is in the digital team." in text


# ---- communication plan ---------------------------------------------------------------------
def overdue_count(page) -> int:
    version_id = page.current_version_id()
    return sum(r.version_id in (version_id, None) for r in page.service.overdue_communication())


def test_entry_with_a_past_date_is_overdue_in_list_and_summary_and_in_the_filter(page):
    tab = add_tab(page, CommunicationTab)
    page.show()
    assert unnamed_controls(page) == []
    past = date.today() - timedelta(days=5)
    seen = {}

    def fill(dialog):
        seen["unnamed"] = unnamed_controls(dialog)
        dialog.fields["audience"].setText("Testpublikum Eltern")
        purpose = dialog.fields["purpose"]
        purpose.setCurrentIndex(purpose.findData("involve"))
        dialog.fields["key_message"].setPlainText("Neue Online-Terminbuchung")
        dialog.fields["channel"].setText("Elternbrief")
        dialog.fields["due_set"].setChecked(True)
        dialog.fields["due_on"].set_date(past)
        dialog.accept()

    with_modal(fill, tab.panel.add_requested.emit)
    assert seen["unnamed"] == []
    rows = tab.model.rows()
    mine = next(r for r in rows if r.audience == "Testpublikum Eltern")
    assert mine.due_on == past and mine.version_id == page.current_version_id()
    line = rows.index(mine)
    texts = [tab.model.data(tab.model.index(line, c)) for c in range(tab.model.columnCount())]
    assert any("⚠ overdue" in t for t in texts)
    assert "involve" in texts
    count = overdue_count(page)
    # one text with Qt's %n plural forms; the English singular comes from the translation
    assert f"⚠ {count} entr" in tab.summary.text() and "overdue" in tab.summary.text()

    tab.filter.setCurrentIndex(tab.filter.findData(CommunicationTab.FILTER_OVERDUE))
    rows = tab.model.rows()
    assert "Testpublikum Eltern" in [r.audience for r in rows]
    assert all(r.overdue for r in rows) and len(rows) == count

    page.ctx.undo_stack.undo()
    assert "Testpublikum Eltern" not in [r.audience for r in tab.model.rows()]
    page.ctx.undo_stack.redo()
    assert "Testpublikum Eltern" in [r.audience for r in tab.model.rows()]


def test_edit_and_delete_communication_entry_with_undo(page):
    version_id = page.current_version_id()
    item = page.service.create_communication(
        "Testteam Küche", due_on=date.today() + timedelta(days=3), version_id=version_id
    )
    project_id = make_project(page, "Testmaßnahme Kommunikation")
    tab = add_tab(page, CommunicationTab)
    tab.filter.setCurrentIndex(tab.filter.findData(CommunicationTab.FILTER_DUE))
    assert "Testteam Küche" in [r.audience for r in tab.model.rows()]
    row = next(r for r in tab.model.rows() if r.id == item.id)

    def fill(dialog):
        dialog.fields["channel"].setText("Aushang")
        dialog.fields["due_set"].setChecked(False)
        owner = dialog.fields["project_id"]
        owner.setCurrentIndex(owner.findData(project_id))
        dialog.accept()

    with_modal(fill, lambda: tab.edit(row))
    changed = page.service.get_communication(item.id)
    assert (changed.channel, changed.due_on, changed.project_id) == ("Aushang", None, project_id)
    assert changed.version_id is None
    page.ctx.undo_stack.undo()
    back = page.service.get_communication(item.id)
    assert (back.channel, back.version_id, back.project_id) == ("", version_id, None)

    tab.delete(back)
    ids = [r.id for r in page.service.list_communication(version_id=version_id)]
    assert item.id not in ids
    page.ctx.undo_stack.undo()
    ids = [r.id for r in page.service.list_communication(version_id=version_id)]
    assert item.id in ids


def test_archived_version_disables_editing_with_an_explanation(page):
    service = page.service
    version_id = page.current_version_id()
    service.archive(version_id)
    tab = add_tab(page, CommunicationTab)
    page.select_version(version_id)
    assert not tab.panel.add_button.isEnabled()
    assert "archived" in tab.state.text()
    team = add_tab(page, TeamTab)
    page.select_version(version_id)
    assert not team.panel.add_button.isEnabled()
    assert "archived" in team.state.text()

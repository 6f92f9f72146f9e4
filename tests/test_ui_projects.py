"""The Measures page through the GUI: portfolio, new measures, steps, tasks, records, trash,
templates, measures from a finding, the board and accessibility.

Every test works on a fresh demo file in a real main window and checks both what the page
shows and what the services read back from the database.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from digiwandel.services.demo import create_demo_file
from digiwandel.services.project_records import ProjectRecordService
from digiwandel.services.projects import ProjectService
from digiwandel.services.templates import TemplateService
from digiwandel.services.trash import TrashService
from digiwandel.ui.context import AppContext, Change
from digiwandel.ui.forms import input_number_text
from digiwandel.ui.main_window import MainWindow
from digiwandel.ui.pages.projects import LIGHT_ORDER
from tests.test_accessibility import unnamed_controls
from tests.ui_helpers import with_modal

DIENSTPLAN = "Digitaler Dienstplan Wohngruppe Lindenweg"
ONLINE = "Onlineberatung für Familien"
CLOUD = "Cloud-Office für die Verwaltung"


# ---- fixtures and helpers -------------------------------------------------------------------
@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    """A main window on a fresh demo file, showing the Measures page; deleting is confirmed."""
    for module in (
        "projects",
        "project_detail.checklist",
        "project_detail.tasks",
        "project_records",
    ):
        monkeypatch.setattr(f"digiwandel.ui.pages.{module}.confirm", lambda *a, **k: True)
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_path(create_demo_file(tmp_path / "demo.sqlite3"))
    window.navigation.setCurrentRow(window.stack.indexOf(window.projects))
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def service(win) -> ProjectService:
    return ProjectService(win.ctx.db, "en")


def portfolio_titles(win) -> list[str]:
    return [r.title for r in service(win).list_portfolio()]


def shown_titles(page) -> list[str]:
    """Titles in the order the table shows them (after filter and sort)."""
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


def project_id(win, title: str) -> int:
    return next(r.id for r in service(win).list_portfolio() if r.title == title)


def new_project(win, title: str = "Testmaßnahme", **values) -> int:
    """A plain measure made through the service, then opened on the page."""
    ident = service(win).create_project(title, **values).id
    win.projects.reload()
    win.projects.open_project(ident)
    assert win.projects.stack.currentWidget() is win.projects.detail
    return ident


def choose(box, data) -> int:
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)
    return index


def step_of(win, ident: int, number: int):
    return service(win).get_project(ident).steps[number - 1]


def select_task(detail, task_id: int) -> None:
    detail.tasks.select_id(task_id)
    assert detail.tasks.current() is not None and detail.tasks.current().id == task_id


# ---- 1. portfolio ---------------------------------------------------------------------------
def test_portfolio_sorts_by_light_and_filters_by_light_search_and_owner(win):
    page = win.projects
    assert page.proxy.rowCount() == 7
    assert page.count_label.text().startswith("7 measure")  # %n plural

    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    lights = [page.model.row_at(i).light for i in range(page.model.rowCount())]
    assert lights == sorted(lights, key=LIGHT_ORDER.__getitem__)
    assert lights[-1] == "red"
    assert shown_titles(page)[-1] == DIENSTPLAN
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert shown_titles(page)[0] == DIENSTPLAN

    choose(page.filters["light"], "red")
    assert shown_titles(page) == [DIENSTPLAN]
    assert page.count_label.text().startswith("1 of 7 measure")
    choose(page.filters["light"], "amber")
    assert ONLINE in shown_titles(page) and DIENSTPLAN not in shown_titles(page)
    choose(page.filters["light"], "__all__")
    assert page.proxy.rowCount() == 7
    assert page.count_label.text().startswith("7 measure")  # %n plural

    page.search.setText("cloud-office")
    assert shown_titles(page) == [CLOUD]
    assert page.count_label.text().startswith("1 of 7 measure")
    page.search.setText("Familien")
    assert shown_titles(page) == [ONLINE]
    page.search.clear()
    assert page.proxy.rowCount() == 7

    owner = next(r for r in service(win).list_portfolio() if r.title == DIENSTPLAN).owner_id
    choose(page.filters["owner"], owner)
    expected = [r.title for r in service(win).list_portfolio() if r.owner_id == owner]
    assert sorted(shown_titles(page)) == sorted(expected)
    assert DIENSTPLAN in shown_titles(page) and len(expected) < 7
    assert page.count_label.text().startswith(f"{len(expected)} of 7 measure")


# ---- 2. new measure -------------------------------------------------------------------------
def test_new_measure_refuses_end_before_start_then_saves_opens_and_undoes(win):
    page = win.projects
    seen: dict = {}

    def fill(dialog):
        dialog.fields["title"].setText("Tablets für die Wohngruppen")
        dialog.fields["starts_on"].setText("01.06.2026")
        dialog.fields["ends_on"].setText("01.05.2026")
        dialog.accept()
        seen["error"] = dialog.errors["ends_on"].isVisible()
        seen["error_text"] = dialog.errors["ends_on"].text()
        seen["title_error"] = dialog.errors["title"].isVisible()
        seen["still_open"] = dialog.isVisible()
        seen["count"] = len(portfolio_titles(win))
        dialog.fields["ends_on"].setText("30.11.2026")
        dialog.accept()

    with_modal(fill, page.new_project)
    assert seen["error"] and seen["error_text"].startswith("⚠")
    assert not seen["title_error"]
    assert seen["still_open"]
    assert seen["count"] == 7

    titles = portfolio_titles(win)
    assert len(titles) == 8 and "Tablets für die Wohngruppen" in titles
    ident = project_id(win, "Tablets für die Wohngruppen")
    saved = service(win).get_project(ident)
    assert (saved.starts_on, saved.ends_on) == (date(2026, 6, 1), date(2026, 11, 30))
    assert page.stack.currentWidget() is page.detail
    assert page.detail.project_id == ident
    assert page.detail.step_model.rowCount() == 12
    assert page.detail.title_label.text() == "Tablets für die Wohngruppen"

    win.ctx.undo_stack.undo()
    assert "Tablets für die Wohngruppen" not in portfolio_titles(win)
    assert page.stack.currentWidget() is page.views  # the open measure is gone
    assert "Tablets für die Wohngruppen" not in [r.title for r in page.model.rows()]
    assert page.count_label.text().startswith("7 measure")  # %n plural

    win.ctx.undo_stack.redo()
    assert "Tablets für die Wohngruppen" in portfolio_titles(win)
    assert "Tablets für die Wohngruppen" in [r.title for r in page.model.rows()]
    assert page.count_label.text().startswith("8 measure")


# ---- 3. traffic light reason ----------------------------------------------------------------
def test_amber_without_reason_is_refused_next_to_the_reason_field(win):
    ident = new_project(win, "Ampeltest")
    detail = win.projects.detail
    seen: dict = {}

    def edit(dialog):
        choose(dialog.fields["light"], "amber")
        dialog.fields["light_reason"].setText("   ")
        dialog.accept()
        seen["error"] = dialog.errors["light_reason"].isVisible()
        seen["light_in_db"] = service(win).get_project(ident).light
        dialog.fields["light_reason"].setText("Lieferung verzögert")
        dialog.accept()

    with_modal(edit, detail.edit_project)
    assert seen["error"]
    assert seen["light_in_db"] == "green"
    saved = service(win).get_project(ident)
    assert (saved.light, saved.light_reason) == ("amber", "Lieferung verzögert")
    assert "Lieferung verzögert" in detail.light_label.text()

    win.ctx.undo_stack.undo()
    assert service(win).get_project(ident).light == "green"


def test_editing_a_dated_measure_without_changes_saves(win):
    page = win.projects
    page.open_project(project_id(win, DIENSTPLAN))
    seen: dict = {}

    def save_unchanged(dialog):
        dialog.accept()
        seen["open"] = dialog.isVisible()
        seen["errors"] = [k for k, e in dialog.errors.items() if e.isVisible()]
        if dialog.isVisible():
            dialog.reject()

    with_modal(save_unchanged, page.detail.edit_project)
    assert seen["errors"] == []
    assert not seen["open"]


# ---- 4. from a template ---------------------------------------------------------------------
def test_new_measure_from_the_first_template_has_its_extra_checklist_entries(win):
    page = win.projects
    templates = TemplateService(win.ctx.db, "en").list_templates()
    first = templates[0]

    def fill(dialog):
        assert dialog.fields["template"].currentData() == first.key
        dialog.fields["title"].setText("Fachsoftware aus Vorlage")
        dialog.accept()

    with_modal(fill, page.new_from_template)
    ident = project_id(win, "Fachsoftware aus Vorlage")
    made = service(win).get_project(ident)
    assert made.template_key == first.key
    plain = service(win).create_project("Ohne Vorlage")
    plain_total = sum(len(s.checklist) for s in plain.steps)
    made_total = sum(len(s.checklist) for s in made.steps)
    assert made_total > plain_total
    assert len(made.steps[0].checklist) > len(plain.steps[0].checklist)
    assert any(c.from_template for c in made.steps[0].checklist)
    assert page.stack.currentWidget() is page.detail and page.detail.project_id == ident
    page.detail.select_step(1)
    assert page.detail.checklist_model.rowCount() == len(made.steps[0].checklist)


# ---- 5. step status -------------------------------------------------------------------------
def test_skipping_needs_a_reason_and_closing_out_of_order_warns(win):
    ident = new_project(win, "Schrittest")
    detail = win.projects.detail
    detail.select_step(1)
    index = choose(detail.status_combo, "skipped")
    seen: dict = {}

    def skip(dialog):
        dialog.accept()
        seen["error"] = dialog.errors["skip_reason"].isVisible()
        seen["status"] = step_of(win, ident, 1).status
        dialog.fields["skip_reason"].setPlainText("Bedarf ist aus dem Check bekannt")
        dialog.accept()

    with_modal(skip, lambda: detail._status_chosen(index))
    assert seen["error"]
    assert seen["status"] == "open"
    step1 = step_of(win, ident, 1)
    assert (step1.status, step1.skip_reason) == ("skipped", "Bedarf ist aus dem Check bekannt")
    assert round(service(win).get_project(ident).progress) == 8
    assert detail.progress.value() == 8
    assert detail.skip_label.isVisible()
    assert "Bedarf ist aus dem Check bekannt" in detail.skip_label.text()
    assert not detail.warnings_label.isVisible()

    detail.select_step(3)
    detail._status_chosen(choose(detail.status_combo, "done"))
    assert step_of(win, ident, 3).status == "done"
    assert detail.warnings_label.isVisible()
    assert "Step 3" in detail.warnings_label.text()
    assert "2" in detail.warnings_label.text()

    win.ctx.undo_stack.undo()
    assert step_of(win, ident, 3).status == "open"
    assert not detail.warnings_label.isVisible()
    win.ctx.undo_stack.undo()
    assert step_of(win, ident, 1).status == "open"
    assert service(win).get_project(ident).progress == 0
    assert detail.progress.value() == 0


def test_closing_step_8_with_an_open_policy_check_warns_but_closes(win):
    ident = new_project(win, "Regelcheck")
    records = ProjectRecordService(win.ctx.db, "en")
    for kind in ("accessibility", "inclusive_design", "it_security"):
        records.set_policy_check(ident, kind, status="done")
    records.set_policy_check(ident, "data_protection", status="done", dpia_needed=False)
    # ethics stays open
    detail = win.projects.detail
    detail.select_step(8)
    detail._status_chosen(choose(detail.status_combo, "done"))
    assert step_of(win, ident, 8).status == "done", "a warning never blocks"
    text = detail.warnings_label.text()
    assert detail.warnings_label.isVisible()
    assert "Step 8 is closed while 1 check is still open: Ethics." in text
    assert "data protection impact assessment" not in text
    unticked = len(step_of(win, ident, 8).checklist)
    assert f"Step 8 is done with {unticked} checklist entries not ticked." in text

    records.set_policy_check(ident, "ethics", status="done")
    for item in step_of(win, ident, 8).checklist:
        service(win).toggle_checklist_item(item.id, True)
    detail.select_step(8)
    detail._status_chosen(choose(detail.status_combo, "in_progress"))
    detail._status_chosen(choose(detail.status_combo, "done"))
    assert "Step 8 is closed" not in detail.warnings_label.text()
    assert "checklist" not in detail.warnings_label.text()


def test_cancelling_the_skip_dialog_changes_nothing(win):
    ident = new_project(win, "Abbruchtest")
    detail = win.projects.detail
    detail.select_step(2)
    index = choose(detail.status_combo, "skipped")
    with_modal(lambda dialog: dialog.reject(), lambda: detail._status_chosen(index))
    assert step_of(win, ident, 2).status == "open"
    assert detail.status_combo.currentData() == "open"
    assert win.ctx.undo_stack.count() == 0


# ---- 6. tasks -------------------------------------------------------------------------------
def test_task_with_past_due_date_is_flagged_toggled_deleted_and_restored(win):
    ident = new_project(win, "Aufgabentest")
    detail = win.projects.detail
    detail.select_step(2)
    past = date.today() - timedelta(days=10)

    def fill(dialog):
        dialog.fields["title"].setText("Angebote einholen")
        dialog.fields["due_on"].setText(past.strftime("%d.%m.%Y"))
        dialog.accept()

    with_modal(fill, detail.add_task)
    tasks = step_of(win, ident, 2).tasks
    assert [(t.title, t.due_on, t.done) for t in tasks] == [("Angebote einholen", past, False)]
    task_id = tasks[0].id
    assert detail.task_model.rowCount() == 1
    assert detail.task_model.index(0, 3).data().startswith("⚠")
    assert detail.task_model.index(0, 1).data() == "Angebote einholen"

    select_task(detail, task_id)
    detail.toggle_task()
    assert step_of(win, ident, 2).tasks[0].done
    assert not detail.task_model.index(0, 3).data().startswith("⚠")
    assert detail.task_model.index(0, 0).data() == "✓ done"

    batches_before = len(TrashService(win.ctx.db).list_batches())
    select_task(detail, task_id)
    detail.tasks.delete_button.click()
    assert step_of(win, ident, 2).tasks == ()
    assert detail.task_model.rowCount() == 0
    batches = TrashService(win.ctx.db).list_batches()
    assert len(batches) == batches_before + 1
    assert batches[0].entity_type == "task" and "Angebote einholen" in batches[0].label

    win.ctx.undo_stack.undo()
    assert [t.title for t in step_of(win, ident, 2).tasks] == ["Angebote einholen"]
    assert detail.task_model.rowCount() == 1
    assert len(TrashService(win.ctx.db).list_batches()) == batches_before


def test_ctrl_d_toggles_the_selected_task(win, qtbot):
    ident = new_project(win, "Tastaturtest")
    detail = win.projects.detail
    detail.select_step(1)
    task = service(win).add_task(ident, 1, title="Team informieren")
    win.ctx.notify(Change.PROJECTS)
    detail.step_tabs.setCurrentWidget(detail.tasks_tab)
    select_task(detail, task.id)
    detail.tasks.view.setFocus()
    qtbot.waitUntil(lambda: detail.tasks.view.hasFocus())
    qtbot.keyClick(detail.tasks.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert step_of(win, ident, 1).tasks[0].done
    win.ctx.undo_stack.undo()
    assert not step_of(win, ident, 1).tasks[0].done


# ---- 7. records -----------------------------------------------------------------------------
def test_stakeholder_budget_metric_and_measurement_through_the_panels(win):
    ident = new_project(win, "Datensätze")
    detail = win.projects.detail
    records = ProjectRecordService(win.ctx.db, "en")

    detail.select_step(3)
    stakeholders, _label = detail.panels["stakeholder"]
    assert detail.step_tabs.indexOf(stakeholders) >= 0

    def stakeholder(dialog):
        dialog.fields["name"].setText("Elternbeirat")
        choose(dialog.fields["involvement"], "consult")
        dialog.accept()

    with_modal(stakeholder, stakeholders.panel.add_button.click)
    saved = records.records(ident).stakeholders
    assert [(s.name, s.involvement) for s in saved] == [("Elternbeirat", "consult")]
    assert stakeholders.model.rowCount() == 1

    detail.select_step(4)
    budget, _label = detail.panels["budget"]
    assert detail.step_tabs.indexOf(budget) >= 0
    seen: dict = {}

    def budget_line(dialog):
        dialog.fields["category"].setText("Lizenzen")
        dialog.fields["planned"].setText("-500")
        dialog.accept()
        seen["error"] = dialog.errors["planned"].isVisible()
        seen["lines"] = len(service(win).get_project(ident).budget_lines)
        dialog.fields["planned"].setText(input_number_text(1200.5))
        dialog.accept()

    with_modal(budget_line, budget.panel.add_button.click)
    assert seen["error"] and seen["lines"] == 0
    lines = service(win).get_project(ident).budget_lines
    assert [(b.category, b.planned) for b in lines] == [("Lizenzen", 1200.5)]
    assert budget.model.rowCount() == 1

    # The metric comes from the service: MetricsPanel.add is broken (see the xfail below).
    records.add_metric(ident, "Anteil Onlinekontakte", unit="%", baseline_value=0, target_value=15)
    win.ctx.notify(Change.PROJECTS)
    metric_rows = records.records(ident).metrics
    metrics, _label = detail.panels["metrics"]
    assert metrics.model.rowCount() == 1

    detail.select_step(9)
    evaluation, _label = detail.panels["evaluation"]
    assert detail.step_tabs.indexOf(evaluation) >= 0
    assert evaluation.metric_combo.currentData() == metric_rows[0].id
    assert evaluation.panel.add_button.isEnabled()

    def measurement(dialog):
        dialog.fields["value"].setText(input_number_text(7.5))
        dialog.fields["comment"].setText("Erstes Quartal")
        dialog.accept()

    with_modal(measurement, evaluation.panel.add_button.click)
    measured = records.records(ident).measurements[metric_rows[0].id]
    assert [(m.value, m.comment, m.measured_on) for m in measured] == [
        (7.5, "Erstes Quartal", date.today())
    ]
    assert evaluation.model.rowCount() == 1

    win.ctx.undo_stack.undo()
    assert records.records(ident).measurements.get(metric_rows[0].id, ()) == ()
    assert evaluation.model.rowCount() == 0


def test_success_metric_through_the_metrics_panel(win):
    ident = new_project(win, "Kennzahltest")
    detail = win.projects.detail
    detail.select_step(4)
    metrics, _label = detail.panels["metrics"]

    def metric(dialog):
        dialog.fields["name"].setText("Anteil Onlinekontakte")
        dialog.fields["unit"].setText("%")
        dialog.fields["target_value"].setText("15")
        dialog.accept()

    with_modal(metric, metrics.panel.add_button.click)
    rows = ProjectRecordService(win.ctx.db, "en").records(ident).metrics
    assert [(m.name, m.unit, m.target_value) for m in rows] == [("Anteil Onlinekontakte", "%", 15)]
    assert metrics.model.rowCount() == 1
    win.ctx.undo_stack.undo()
    assert ProjectRecordService(win.ctx.db, "en").records(ident).metrics == ()


# ---- 8. delete, trash, undo -----------------------------------------------------------------
def test_deleting_a_measure_goes_to_the_trash_and_comes_back(win):
    from digiwandel.ui.dialogs.trash import TrashDialog

    page = win.projects
    page.select(project_id(win, ONLINE))
    assert page.selected_row().title == ONLINE
    page.delete()
    assert ONLINE not in portfolio_titles(win)
    assert ONLINE not in shown_titles(page)
    assert page.count_label.text().startswith("6 measure")

    dialog = TrashDialog(win.ctx, win)
    row = next(i for i, b in enumerate(dialog.batches()) if b.label == ONLINE)
    assert dialog.batches()[row].entity_type == "project"
    dialog.select_row(row)
    dialog.restore_current()
    dialog.close()
    assert ONLINE in portfolio_titles(win)
    assert ONLINE in shown_titles(page)
    assert all(b.label != ONLINE for b in TrashService(win.ctx.db).list_batches())

    page.select(project_id(win, CLOUD))
    page.delete_button.click()
    assert CLOUD not in portfolio_titles(win)
    win.ctx.undo_stack.undo()
    assert CLOUD in portfolio_titles(win)
    assert CLOUD in shown_titles(page)
    win.ctx.undo_stack.redo()
    assert CLOUD not in portfolio_titles(win)


def test_deleting_the_open_measure_returns_to_the_list(win):
    page = win.projects
    page.open_project(project_id(win, CLOUD))
    assert page.stack.currentWidget() is page.detail
    page.delete()
    assert CLOUD not in portfolio_titles(win)
    assert page.stack.currentWidget() is page.views


def test_an_edit_in_an_open_measure_reloads_the_list_when_it_is_shown_again(win, monkeypatch):
    page = win.projects
    ident = project_id(win, CLOUD)
    page.open_project(ident)
    loads = []
    original = ProjectService.list_portfolio
    monkeypatch.setattr(
        ProjectService, "list_portfolio", lambda *a, **k: loads.append(1) or original(*a, **k)
    )
    d = page.detail.detail
    new = service(win).update_project(ident, **page.detail.project_replay(d) | {"title": "Neu"})
    page.detail.push("Edit measure", lambda: None, lambda: None)
    assert new.title == "Neu" and page.detail.title_label.text() == "Neu"
    assert loads == [], "the list is not on screen"
    page.show_list()
    assert loads == [1]
    assert "Neu" in shown_titles(page) and page.selected_id() == ident


def goal_links(win, ident: int) -> dict[int, str]:
    from sqlalchemy import select

    from digiwandel.model.strategy import GoalProjectLink

    with win.ctx.db.sessions() as session:
        rows = session.execute(
            select(GoalProjectLink.goal_id, GoalProjectLink.contribution).where(
                GoalProjectLink.project_id == ident
            )
        )
        return dict(rows.all())


def test_changing_a_measures_goals_is_one_step_that_undo_restores_with_notes(win):
    from PySide6.QtWidgets import QListWidget

    page = win.projects
    ident = project_id(win, DIENSTPLAN)
    linked = goal_links(win, ident)
    assert linked and any(linked.values()), "the demo links the measure with notes"
    page.open_project(ident)
    steps = win.ctx.undo_stack.count()

    def untick_all(dialog):
        checklist = dialog.findChild(QListWidget)
        for row in range(checklist.count()):
            checklist.item(row).setCheckState(Qt.CheckState.Unchecked)
        dialog.accept()

    with_modal(untick_all, page.detail.edit_goals)
    assert goal_links(win, ident) == {}
    assert win.ctx.undo_stack.count() == steps + 1, "one step for all the links"
    win.ctx.undo_stack.undo()
    assert goal_links(win, ident) == linked, "the notes come back, too"
    win.ctx.undo_stack.redo()
    assert goal_links(win, ident) == {}


# ---- 9. duplicate and template --------------------------------------------------------------
def test_duplicate_and_save_as_template(win):
    page = win.projects
    source = service(win).get_project(project_id(win, DIENSTPLAN))
    page.select(source.id)

    def copy(dialog):
        assert dialog.fields["title"].text() == f"{DIENSTPLAN} (copy)"
        dialog.fields["title"].setText("Dienstplan Wohngruppe Birkenhof")
        dialog.accept()

    with_modal(copy, page.duplicate)
    titles = portfolio_titles(win)
    assert len(titles) == 8 and DIENSTPLAN in titles
    copy_id = project_id(win, "Dienstplan Wohngruppe Birkenhof")
    duplicate = service(win).get_project(copy_id)
    assert len(duplicate.budget_lines) == len(source.budget_lines)
    assert all(s.status == "open" for s in duplicate.steps)
    assert page.detail.project_id == copy_id

    page.show_list()
    page.select(source.id)
    before = {t.key for t in TemplateService(win.ctx.db, "en").list_templates()}

    def template(dialog):
        dialog.fields["title"].setText("Dienstplan-Vorlage")
        dialog.accept()

    with_modal(template, page.save_as_template)
    templates = TemplateService(win.ctx.db, "en").list_templates()
    new = [t for t in templates if t.key not in before]
    assert [(t.title, t.builtin) for t in new] == [("Dienstplan-Vorlage", False)]

    win.ctx.undo_stack.undo()
    assert {t.key for t in TemplateService(win.ctx.db, "en").list_templates()} == before
    win.ctx.undo_stack.undo()
    assert "Dienstplan Wohngruppe Birkenhof" not in portfolio_titles(win)


# ---- 10. from a finding ---------------------------------------------------------------------
def test_measure_from_a_finding_remembers_finding_and_goal(win):
    page = win.projects
    from digiwandel.model.assessment import Assessment

    with win.ctx.db.sessions() as session:
        assessment_id = session.query(Assessment.id).order_by(Assessment.id).first()[0]
    goal_id, _version, goal_title = service(win).goal_options()[0]

    def fill(dialog):
        assert dialog.fields["title"].text() == "Silodenken aufbrechen"
        assert dialog.fields["description"].toPlainText() == "Bereiche arbeiten zusammen"
        choose(dialog.fields["goal_id"], goal_id)
        dialog.accept()

    created: list = []
    with_modal(
        fill,
        lambda: created.append(
            page.create_from_finding(
                assessment_id,
                [("finding:silo_thinking", "Silodenken aufbrechen", "Bereiche arbeiten zusammen")],
            )
        ),
    )
    assert created == [True]
    ident = project_id(win, "Silodenken aufbrechen")
    made = service(win).get_project(ident)
    assert made.finding_key == "finding:silo_thinking"
    assert made.source_assessment_id == assessment_id
    assert [gid for gid, _title in made.goals] == [goal_id]
    assert page.detail.project_id == ident
    assert goal_title in page.detail.links_label.text()

    choose(page.filters["goal"], goal_id)
    assert "Silodenken aufbrechen" in shown_titles(page)


def test_cancelling_the_finding_dialog_creates_nothing(win):
    page = win.projects
    created: list = []
    with_modal(
        lambda dialog: dialog.reject(),
        lambda: created.append(
            page.create_from_finding(None, [("finding:silo_thinking", "Nicht anlegen", "")])
        ),
    )
    assert created == [False]
    assert "Nicht anlegen" not in portfolio_titles(win)


# ---- 11. board ------------------------------------------------------------------------------
def test_board_shows_each_measure_in_its_step_and_opens_it(win):
    page = win.projects
    page.views.setCurrentIndex(1)
    rows = service(win).list_portfolio()
    for row in rows:
        column = 12 if row.current_step is None else row.current_step - 1
        assert row.id in [r.id for r in page.board.rows_in_column(column)], row.title
    assert sum(len(page.board.rows_in_column(c)) for c in range(13)) == len(rows)
    cloud = next(r for r in rows if r.title == CLOUD)
    assert cloud.current_step is None
    assert [r.title for r in page.board.rows_in_column(12)] == [CLOUD]

    target = next(r for r in rows if r.title == DIENSTPLAN)
    assert page.board.select_id(target.id)
    assert page.selected_id() == target.id
    assert page.open_button.isEnabled()
    page.board.open_requested.emit(target.id)
    assert page.stack.currentWidget() is page.detail
    assert page.detail.project_id == target.id
    assert page.detail._step_number == target.current_step

    # A status change moves the card once back on the board.
    page.detail.select_step(target.current_step)
    page.detail._status_chosen(choose(page.detail.status_combo, "done"))
    page.show_list()
    after = service(win).get_project(target.id).current_step
    assert after != target.current_step
    column = 12 if after is None else after - 1
    assert target.id in [r.id for r in page.board.rows_in_column(column)]


# ---- 12. accessibility ----------------------------------------------------------------------
def test_portfolio_and_every_step_have_only_named_controls(win):
    page = win.projects
    for view in range(page.views.count()):
        page.views.setCurrentIndex(view)
        QApplication.processEvents()
        assert unnamed_controls(page) == [], page.views.tabText(view)
    page.views.setCurrentIndex(0)
    page.open_project(project_id(win, DIENSTPLAN))
    detail = page.detail
    for number in range(1, 13):
        detail.select_step(number)
        for tab in range(detail.step_tabs.count()):
            detail.step_tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            assert unnamed_controls(detail) == [], (number, detail.step_tabs.tabText(tab))
    for tab in range(detail.tabs.count()):
        detail.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        assert unnamed_controls(detail) == [], detail.tabs.tabText(tab)


def test_overview_sums_up_the_measures_and_follows_changes(win):
    win.navigation.setCurrentRow(0)
    text = win.overview.measures_label.text()
    assert "7 in all" in text and "red: 1" in text and "amber: 3" in text
    ident = project_id(win, "Digitaler Dienstplan Wohngruppe Lindenweg")
    service(win).update_project(ident, light="green", light_reason="")
    win.ctx.notify(Change.PROJECTS)
    assert "red: 0" in win.overview.measures_label.text()
    # Hidden, the overview waits; shown again, it has caught up.
    win.navigation.setCurrentRow(win.stack.indexOf(win.projects))
    service(win).update_project(ident, light="red", light_reason="Schnittstelle fehlt")
    win.ctx.notify(Change.PROJECTS)
    assert "red: 0" in win.overview.measures_label.text()
    win.navigation.setCurrentRow(0)
    assert "red: 1" in win.overview.measures_label.text()


def test_checklist_entry_ticked_removed_and_put_back_by_undo(win, qtbot):
    ident = new_project(win)
    detail = win.projects.detail
    detail.select_step(1)
    before = step_of(win, ident, 1).checklist
    second = before[1]
    # Tick the second entry with the space bar, as a keyboard user would.
    detail.checklist.setFocus()
    detail.checklist.setCurrentIndex(detail.checklist_model.index(1, 0))
    qtbot.keyClick(detail.checklist, Qt.Key.Key_Space)
    assert step_of(win, ident, 1).checklist[1].done
    # Remove it with the Delete key (the question is answered "yes" by the fixture).
    detail.checklist.setCurrentIndex(detail.checklist_model.index(1, 0))
    qtbot.keyClick(detail.checklist, Qt.Key.Key_Delete)
    after = step_of(win, ident, 1).checklist
    assert [c.text for c in after] == [c.text for c in before if c.id != second.id]
    win.ctx.undo_stack.undo()
    back = step_of(win, ident, 1).checklist
    assert [(c.text, c.position) for c in back] == [(c.text, c.position) for c in before]
    assert back[1].done and back[1].from_template
    win.ctx.undo_stack.redo()
    assert len(step_of(win, ident, 1).checklist) == len(before) - 1


def test_stepper_and_tasks_tab_name_overdue_dates(win):
    page = win.projects
    ident = project_id(win, "Digitale Fallakte in den Ambulanten Hilfen")
    page.open_project(ident)
    detail = page.detail
    model = detail.step_model
    current = service(win).get_project(ident).current_step
    text = model.index(current - 1, 0).data()
    spoken = model.index(current - 1, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "⚠ overdue since" in text and "overdue since" in spoken
    assert "due " in model.index(current, 0).data() and "⚠" not in model.index(current, 0).data()
    assert "overdue" not in model.index(0, 0).data()  # closed steps have no due date shown
    detail.select_step(current)
    labels = [detail.step_tabs.tabText(i) for i in range(detail.step_tabs.count())]
    assert any("⚠ 2 overdue" in label for label in labels), labels

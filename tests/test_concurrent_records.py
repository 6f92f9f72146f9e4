"""Two programs (two PCs on a shared database) change the extras of one measure: budget
lines, success metrics, policy checks, checklist entries and the measurements of a metric.

A change based on an older state than the stored one is refused, the other change is kept,
and a change based on the state now shown is saved. In the window the form keeps the
user's entries, takes over what the other person changed and a second Save stores both;
undo never overwrites a later change from another PC.

The service tests open the database a second time (`other_pc`), as another PC does; with
`--backend postgresql` both are connections to the test server.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.orm import Session

from digiwandel.model.database import open_database
from digiwandel.services.demo import create_demo_file
from digiwandel.services.errors import StaleEditError
from digiwandel.services.project_records import ProjectRecordService
from digiwandel.services.projects import ProjectService
from digiwandel.services.strategy import StrategyService
from digiwandel.ui.context import AppContext
from digiwandel.ui.forms import parse_number
from digiwandel.ui.main_window import MainWindow
from tests.ui_helpers import with_modal

STALE = "Someone else changed this entry in the meantime"


# ---- services -----------------------------------------------------------------------------------
@pytest.fixture
def measure(db) -> int:
    return ProjectService(db).create_project("Tablets für die Wohngruppen").id


def test_a_budget_line_changed_elsewhere_is_not_overwritten(db, other_pc, measure):
    mine, theirs = ProjectService(db), ProjectService(other_pc)
    added = mine.add_budget_line(measure, "Lizenzen", planned=1000)
    seen_here = mine.get_project(measure).budget_lines[0]
    seen_there = theirs.get_project(measure).budget_lines[0]
    assert seen_here.version == seen_there.version == added.version > 0

    saved = theirs.update_budget_line(added.id, expected_version=seen_there.version, actual=1200)
    assert saved.version == seen_there.version + 1

    with pytest.raises(StaleEditError) as refused:
        mine.update_budget_line(added.id, expected_version=seen_here.version, note="Angebot da")
    assert refused.value.current == saved.version
    stored = mine.get_project(measure).budget_lines[0]
    assert (stored.actual, stored.note, stored.version) == (1200, "", saved.version)

    # Based on the state now shown, the change is saved and theirs stays.
    now = mine.update_budget_line(added.id, expected_version=stored.version, note="Angebot da")
    assert (now.actual, now.note, now.version) == (1200, "Angebot da", saved.version + 1)
    assert theirs.get_project(measure).budget_lines[0].note == "Angebot da"
    # Without an expected version nothing is compared (e.g. the demo or an import).
    assert theirs.update_budget_line(added.id, planned=900).planned == 900


def test_a_success_metric_changed_elsewhere_is_not_overwritten(db, other_pc, measure):
    mine, theirs = ProjectRecordService(db), ProjectRecordService(other_pc)
    metric = mine.add_metric(measure, "Dienstpläne digital", baseline_value=0, target_value=100)
    seen_here = mine.records(measure).metrics[0]
    seen_there = theirs.records(measure).metrics[0]
    assert seen_here.version == seen_there.version == metric.version > 0

    saved = theirs.update_metric(
        metric.id, expected_version=seen_there.version, data_source="Dienstplan-Software"
    )
    assert saved.version == seen_there.version + 1
    with pytest.raises(StaleEditError):
        mine.update_metric(metric.id, expected_version=seen_here.version, target_value=150)
    stored = mine.records(measure).metrics[0]
    assert (stored.data_source, stored.target_value) == ("Dienstplan-Software", 100)

    now = mine.update_metric(metric.id, expected_version=stored.version, target_value=150)
    assert (now.data_source, now.target_value) == ("Dienstplan-Software", 150)
    assert now.version == stored.version + 1


def test_a_policy_check_saved_first_elsewhere_is_not_overwritten(db, other_pc, measure):
    mine, theirs = ProjectRecordService(db), ProjectRecordService(other_pc)
    # A check nobody saved yet has version 0, on both PCs.
    seen_here = {c.kind: c for c in mine.records(measure).policy_checks}["accessibility"]
    assert seen_here.version == 0

    saved = theirs.set_policy_check(measure, "accessibility", expected_version=0, status="done")
    assert saved.version == 1
    with pytest.raises(StaleEditError) as refused:
        mine.set_policy_check(measure, "accessibility", expected_version=0, evidence="BITV-Test")
    assert refused.value.current == 1
    stored = {c.kind: c for c in mine.records(measure).policy_checks}["accessibility"]
    assert (stored.status, stored.evidence, stored.version) == ("done", "", 1)

    now = mine.set_policy_check(measure, "accessibility", expected_version=1, evidence="BITV-Test")
    assert (now.status, now.evidence, now.version) == ("done", "BITV-Test", 2)
    with pytest.raises(StaleEditError):  # theirs was based on version 1
        theirs.set_policy_check(measure, "accessibility", expected_version=1, status="open")
    # A stored check that is not there any more cannot have been seen.
    with pytest.raises(StaleEditError):
        mine.set_policy_check(measure, "ethics", expected_version=3, status="done")


def test_a_policy_check_created_on_two_pcs_at_once_keeps_the_first(
    db, other_pc, measure, monkeypatch
):
    """The other PC stores the first state of a check between this one's reading and
    writing: the insert clashes, and the edit is refused instead of failing oddly."""
    ProjectRecordService(other_pc).set_policy_check(measure, "ethics", status="in_progress")
    real_scalar = Session.scalar

    def not_seen_yet(self, statement, *args, **kwargs):
        if "policy_check" in str(statement):
            return None  # as read before the other PC saved
        return real_scalar(self, statement, *args, **kwargs)

    monkeypatch.setattr(Session, "scalar", not_seen_yet)
    mine = ProjectRecordService(db)
    with pytest.raises(StaleEditError):
        mine.set_policy_check(measure, "ethics", expected_version=0, status="done")
    monkeypatch.undo()
    stored = {c.kind: c for c in mine.records(measure).policy_checks}["ethics"]
    assert stored.status == "in_progress"


def test_a_tick_based_on_an_older_state_is_refused(db, other_pc, measure):
    mine, theirs = ProjectService(db), ProjectService(other_pc)
    entry = mine.get_project(measure).steps[0].checklist[0]
    assert (entry.done, entry.version) == (False, 1)

    ticked = theirs.toggle_checklist_item(entry.id, True, expected_version=entry.version)
    assert ticked.version == 2
    # Here the entry still shows unticked; the click to tick it decided on that state.
    with pytest.raises(StaleEditError):
        mine.toggle_checklist_item(entry.id, True, expected_version=entry.version)
    with pytest.raises(StaleEditError):
        mine.toggle_checklist_item(entry.id, False, expected_version=entry.version)
    assert mine.get_project(measure).steps[0].checklist[0].done is True

    fresh = mine.get_project(measure).steps[0].checklist[0]
    assert mine.toggle_checklist_item(entry.id, False, expected_version=fresh.version).done is False


def test_a_removed_entry_comes_back_as_it_was_removed(db, other_pc, measure):
    mine, theirs = ProjectService(db), ProjectService(other_pc)
    entry = mine.get_project(measure).steps[0].checklist[1]
    theirs.toggle_checklist_item(entry.id, True)
    # Removing does not depend on the tick: the entry goes, ticked elsewhere or not ...
    removed = mine.delete_checklist_item(entry.id)
    assert (removed.id, removed.done, removed.text) == (entry.id, True, entry.text)
    # ... and comes back with the other person's tick.
    back = mine.put_back_checklist_item(removed)
    assert back.done is True
    # Removing again based on an older state (undo/redo) is refused.
    theirs.toggle_checklist_item(back.id, False)
    with pytest.raises(StaleEditError):
        mine.delete_checklist_item(back.id, expected_version=back.version)
    assert any(c.id == back.id for c in mine.get_project(measure).steps[0].checklist)


def test_rows_carry_their_versions_without_extra_statements(db, measure):
    """The versions come with the rows already read: one more line, one more metric or
    measurement does not add a statement."""
    from sqlalchemy import event

    projects, records = ProjectService(db), ProjectRecordService(db)
    strategy = StrategyService(db)

    def statements(call) -> int:
        count = []
        listener = lambda *_a, **_k: count.append(1)  # noqa: E731
        event.listen(db.engine, "before_cursor_execute", listener)
        try:
            call()
        finally:
            event.remove(db.engine, "before_cursor_execute", listener)
        return len(count)

    def add_some() -> None:
        projects.add_budget_line(measure, "Geräte", planned=500)
        metric = records.add_metric(measure, "Nutzung", baseline_value=0, target_value=10)
        strategy.add_measurement(metric.id, date(2024, 1, 5), 3)

    add_some()
    before = (
        statements(lambda: projects.get_project(measure)),
        statements(lambda: records.records(measure)),
    )
    add_some()
    add_some()
    after = (
        statements(lambda: projects.get_project(measure)),
        statements(lambda: records.records(measure)),
    )
    assert after == before
    detail, recs = projects.get_project(measure), records.records(measure)
    assert all(line.version >= 1 for line in detail.budget_lines)
    assert all(m.version >= 1 for m in recs.metrics)
    assert all(m.version >= 1 for rows in recs.measurements.values() for m in rows)
    assert all(c.version >= 1 for s in detail.steps for c in s.checklist)


# ---- the window ---------------------------------------------------------------------------------
@pytest.fixture
def win(qtbot, tmp_path):
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_path(create_demo_file(tmp_path / "demo.sqlite3"))
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def second_pc(win):
    """The window's file opened by a second program, as another PC on a shared database."""
    database = open_database(win.ctx.db.path)
    yield database
    database.close()


@pytest.fixture
def refusals(monkeypatch) -> list:
    """The messages undo and redo show when they are refused (instead of a message box)."""
    seen: list = []
    monkeypatch.setattr("digiwandel.ui.context.show_error", lambda _parent, exc: seen.append(exc))
    return seen


def _open(win, qtbot, ident: int, step: int):
    win.navigation.setCurrentRow(win.stack.indexOf(win.projects))
    win.projects.open_project(ident)
    detail = win.projects.detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.id == ident)
    detail.select_step(step)
    return detail


def _amount(widget) -> float | None:
    return parse_number(widget.text(), "amount")


def test_a_budget_line_changed_on_another_pc_while_its_form_was_open(
    win, second_pc, qtbot, refusals
):
    mine = ProjectService(win.ctx.db, "en")
    ident = mine.create_project("Tablets für die Wohngruppen").id
    line = mine.add_budget_line(ident, "Lizenzen", planned=1000)
    detail = _open(win, qtbot, ident, 4)
    panel, _label = detail.panels["budget"]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    theirs = ProjectService(second_pc, "en")
    seen = {}

    def edit(dialog):
        dialog.fields["note"].setPlainText("Angebot liegt vor")
        theirs.update_budget_line(line.id, expected_version=line.version, actual=1200)
        dialog.accept()
        seen["open after the clash"] = dialog.isVisible()
        seen["message"] = dialog.general_error.text()
        seen["kept"] = dialog.fields["note"].toPlainText()
        seen["actual taken over"] = _amount(dialog.fields["actual"])
        seen["page"] = [r.actual for r in panel.model.rows()]
        dialog.accept()  # saved again, now based on their state
        seen["closed"] = not dialog.isVisible()

    with_modal(edit, lambda: panel.edit(panel.model.rows()[0]))
    assert seen["open after the clash"]
    assert STALE in seen["message"]
    assert seen["kept"] == "Angebot liegt vor"
    assert seen["actual taken over"] == 1200
    assert seen["page"] == [1200]  # the page behind shows their state
    assert seen["closed"]
    stored = theirs.get_project(ident).budget_lines[0]
    assert (stored.note, stored.actual, stored.planned) == ("Angebot liegt vor", 1200, 1000)

    # A second edit of the same line, then both undone in turn: no refusal.
    def plan_more(dialog):
        dialog.fields["planned"].setText("2000")
        dialog.accept()

    with_modal(plan_more, lambda: panel.edit(panel.model.rows()[0]))
    assert mine.get_project(ident).budget_lines[0].planned == 2000
    win.ctx.undo_stack.undo()
    win.ctx.undo_stack.undo()
    assert refusals == []
    stored = mine.get_project(ident).budget_lines[0]
    # Back to the state the first save was based on: theirs.
    assert (stored.note, stored.actual, stored.planned) == ("", 1200, 1000)

    # Redo, then another PC changes the line: undo refuses instead of overwriting it.
    win.ctx.undo_stack.redo()
    current = theirs.get_project(ident).budget_lines[0]
    theirs.update_budget_line(line.id, expected_version=current.version, funding_source="Aktion")
    win.ctx.undo_stack.undo()
    assert [type(e).__name__ for e in refusals] == ["StaleEditError"]
    stored = mine.get_project(ident).budget_lines[0]
    assert (stored.note, stored.funding_source) == ("Angebot liegt vor", "Aktion")


def test_a_success_metric_changed_on_another_pc_while_its_form_was_open(win, second_pc, qtbot):
    records = ProjectRecordService(win.ctx.db, "en")
    ident = ProjectService(win.ctx.db, "en").create_project("Dienstplan per App").id
    metric = records.add_metric(ident, "Dienstpläne digital", baseline_value=0, target_value=100)
    detail = _open(win, qtbot, ident, 4)
    panel, _label = detail.panels["metrics"]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    seen = {}

    def edit(dialog):
        dialog.fields["target_value"].setText("150")
        ProjectRecordService(second_pc, "en").update_metric(
            metric.id, expected_version=metric.version, data_source="Dienstplan-Software"
        )
        dialog.accept()
        seen["message"] = dialog.general_error.text()
        seen["kept"] = _amount(dialog.fields["target_value"])
        seen["source taken over"] = dialog.fields["data_source"].text()
        dialog.accept()
        seen["closed"] = not dialog.isVisible()

    with_modal(edit, lambda: panel.edit(panel.model.rows()[0]))
    assert STALE in seen["message"]
    assert seen["kept"] == 150
    assert seen["source taken over"] == "Dienstplan-Software"
    assert seen["closed"]
    stored = records.records(ident).metrics[0]
    assert (stored.target_value, stored.data_source) == (150, "Dienstplan-Software")
    win.ctx.undo_stack.undo()  # back to the state the form was saved over: theirs
    stored = records.records(ident).metrics[0]
    assert (stored.target_value, stored.data_source) == (100, "Dienstplan-Software")


def test_a_policy_check_saved_first_on_another_pc_while_its_form_was_open(win, second_pc, qtbot):
    records = ProjectRecordService(win.ctx.db, "en")
    ident = ProjectService(win.ctx.db, "en").create_project("Barrierefreie Website").id
    detail = _open(win, qtbot, ident, 8)
    panel, _label = detail.panels["policy"]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)
    row = next(r for r in panel.model.rows() if r.kind == "accessibility")
    assert row.version == 0  # not stored yet on either PC
    seen = {}

    def edit(dialog):
        dialog.fields["evidence"].setPlainText("BITV-Selbsttest am 3. März")
        ProjectRecordService(second_pc, "en").set_policy_check(
            ident, "accessibility", expected_version=0, status="in_progress"
        )
        dialog.accept()
        seen["message"] = dialog.general_error.text()
        seen["kept"] = dialog.fields["evidence"].toPlainText()
        seen["status taken over"] = dialog.fields["status"].currentData()
        dialog.accept()
        seen["closed"] = not dialog.isVisible()

    with_modal(edit, lambda: panel.edit(row))
    assert STALE in seen["message"]
    assert seen["kept"] == "BITV-Selbsttest am 3. März"
    assert seen["status taken over"] == "in_progress"
    assert seen["closed"]
    stored = {c.kind: c for c in records.records(ident).policy_checks}["accessibility"]
    assert (stored.status, stored.evidence) == ("in_progress", "BITV-Selbsttest am 3. März")
    win.ctx.undo_stack.undo()  # back to theirs, not to "open"
    stored = {c.kind: c for c in records.records(ident).policy_checks}["accessibility"]
    assert (stored.status, stored.evidence) == ("in_progress", "")


def test_a_measurement_changed_on_another_pc_while_its_form_was_open(win, second_pc, qtbot):
    records = ProjectRecordService(win.ctx.db, "en")
    ident = ProjectService(win.ctx.db, "en").create_project("Dienstplan per App").id
    metric = records.add_metric(ident, "Dienstpläne digital", baseline_value=0, target_value=100)
    reading = StrategyService(win.ctx.db).add_measurement(metric.id, date(2024, 2, 1), 40)
    assert reading.version > 0
    detail = _open(win, qtbot, ident, 9)
    evaluation, _label = detail.panels["evaluation"]
    panel = evaluation.measurements
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    seen = {}

    def edit(dialog):
        dialog.fields["comment"].setText("Zählung per Hand")
        StrategyService(second_pc).update_measurement(
            reading.id, expected_version=reading.version, value=45, comment="aus der Software"
        )
        dialog.accept()
        seen["message"] = dialog.general_error.text()
        seen["kept"] = dialog.fields["comment"].text()
        seen["note"] = dialog.errors["comment"].text()
        seen["value taken over"] = _amount(dialog.fields["value"])
        seen["page"] = [r.value for r in panel.model.rows()]
        dialog.accept()
        seen["closed"] = not dialog.isVisible()

    with_modal(edit, lambda: panel.edit(panel.model.rows()[0]))
    assert STALE in seen["message"]
    assert seen["kept"] == "Zählung per Hand"
    assert "aus der Software" in seen["note"]  # both changed the comment: theirs shown
    assert seen["value taken over"] == 45
    assert seen["page"] == [45]
    assert seen["closed"]
    stored = records.records(ident).measurements[metric.id][0]
    assert (stored.value, stored.comment) == (45, "Zählung per Hand")


def test_a_checklist_entry_ticked_on_another_pc_meanwhile(
    win, second_pc, qtbot, refusals, monkeypatch
):
    from digiwandel.ui.pages.project_detail import checklist

    mine = ProjectService(win.ctx.db, "en")
    ident = mine.create_project("Elternarbeit digital").id
    detail = _open(win, qtbot, ident, 1)
    model = detail.checklist_model
    qtbot.waitUntil(lambda: model.rowCount() >= 3)
    entry = model.row_at(0)
    theirs = ProjectService(second_pc, "en")
    theirs.toggle_checklist_item(entry.id, True, expected_version=entry.version)
    messages = []
    monkeypatch.setattr(checklist, "show_error", lambda _parent, exc: messages.append(exc))
    commands = win.ctx.undo_stack.count()

    # Here it still shows unticked: the click to tick it is refused ...
    assert model.row_at(0).done is False
    model.setData(model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert [type(e).__name__ for e in messages] == ["StaleEditError"]
    # ... the page shows the tick set elsewhere, and no undo step was recorded.
    assert model.row_at(0).done is True
    assert win.ctx.undo_stack.count() == commands

    # Based on the state now shown, unticking is saved.
    model.setData(model.index(0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert len(messages) == 1
    assert theirs.get_project(ident).steps[0].checklist[0].done is False
    assert win.ctx.undo_stack.count() == commands + 1

    # The other PC ticks it again: undoing the untick here is refused, their tick stays.
    now = theirs.get_project(ident).steps[0].checklist[0]
    theirs.toggle_checklist_item(entry.id, True, expected_version=now.version)
    win.ctx.undo_stack.undo()
    assert [type(e).__name__ for e in refusals] == ["StaleEditError"]
    assert mine.get_project(ident).steps[0].checklist[0].done is True


def test_ticking_twice_and_undoing_twice_on_one_pc(win, qtbot, refusals):
    mine = ProjectService(win.ctx.db, "en")
    ident = mine.create_project("Elternarbeit digital").id
    detail = _open(win, qtbot, ident, 1)
    model = detail.checklist_model
    qtbot.waitUntil(lambda: model.rowCount() >= 3)
    model.setData(model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    for _ in range(3):
        win.ctx.undo_stack.undo()
    assert refusals == []  # this program's own ticks are not someone else's change
    assert mine.get_project(ident).steps[0].checklist[0].done is False
    for _ in range(3):
        win.ctx.undo_stack.redo()
    assert refusals == []
    assert mine.get_project(ident).steps[0].checklist[0].done is True


def test_an_entry_removed_after_another_pc_ticked_it_comes_back_ticked(
    win, second_pc, qtbot, monkeypatch
):
    from digiwandel.ui.pages.project_detail import checklist

    mine = ProjectService(win.ctx.db, "en")
    ident = mine.create_project("Elternarbeit digital").id
    detail = _open(win, qtbot, ident, 1)
    model = detail.checklist_model
    qtbot.waitUntil(lambda: model.rowCount() >= 3)
    entry = model.row_at(1)
    ProjectService(second_pc, "en").toggle_checklist_item(entry.id, True)
    monkeypatch.setattr(checklist, "confirm", lambda *_args: True)
    detail.checklist.setCurrentIndex(model.index(1))
    detail.remove_checklist_entry()
    assert entry.text not in [c.text for c in mine.get_project(ident).steps[0].checklist]
    win.ctx.undo_stack.undo()
    back = mine.get_project(ident).steps[0].checklist[1]
    assert (back.text, back.done) == (entry.text, True)

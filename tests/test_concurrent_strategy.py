"""Two programs (two PCs on a shared database) edit the strategy: identity texts, Oberziele,
strategy versions, the digital team and the communication plan. A change based on an older
state is refused with the other change kept; the forms keep the user's entries, take over
what the other person changed, and a second save stores the user's entries.

`other_pc` opens the database a second time, as another PC does.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from digiwandel.model.database import open_database
from digiwandel.services.base import MSG_NOT_FOUND
from digiwandel.services.errors import DomainError, StaleEditError
from digiwandel.services.organisation import OrganisationService
from digiwandel.services.strategy import StrategyService
from digiwandel.ui.context import AppContext, Change, FieldsApply
from digiwandel.ui.main_window import MainWindow
from digiwandel.ui.pages.strategy import StrategyPage
from digiwandel.ui.pages.strategy_identity import IdentityTab, VersionsTab
from digiwandel.ui.pages.strategy_team import CommunicationTab, TeamTab
from tests.ui_helpers import with_modal

STALE = "Someone else changed this entry in the meantime"


# ---- services --------------------------------------------------------------------------------
@pytest.fixture
def both(db, other_pc):
    """The strategy service of this PC and of the other one, on the same database."""
    return StrategyService(db), StrategyService(other_pc)


def _draft(service: StrategyService):
    return service.create_first("Digitalstrategie 2026", date(2026, 1, 1), date(2027, 12, 31))


def test_identity_texts_saved_on_two_pcs(both):
    mine, theirs = both
    seen_here = mine.get_identity()
    assert seen_here.version == 0  # nothing saved yet
    saved = theirs.save_identity(expected_version=0, vision="Ihre Vision")
    assert saved.version == 1

    with pytest.raises(StaleEditError) as refused:
        mine.save_identity(expected_version=seen_here.version, leitbild="Mein Leitbild")
    assert refused.value.current == 1
    assert (mine.get_identity().vision, mine.get_identity().leitbild) == ("Ihre Vision", "")

    now = mine.save_identity(expected_version=saved.version, leitbild="Mein Leitbild")
    assert (now.vision, now.leitbild, now.version) == ("Ihre Vision", "Mein Leitbild", 2)
    assert theirs.get_identity() == now
    with pytest.raises(StaleEditError):  # the first save was based on nothing saved yet
        theirs.save_identity(expected_version=0, vision="x")
    with pytest.raises(TypeError):
        mine.save_identity(expected_version="2", vision="x")
    assert mine.save_identity(vision="Ohne Vergleich").version == 3  # None compares nothing


def test_a_version_expected_before_anything_was_saved_is_refused(db):
    with pytest.raises(StaleEditError) as refused:
        StrategyService(db).save_identity(expected_version=4, vision="x")
    assert refused.value.current == 0
    assert StrategyService(db).get_identity().vision == ""


def test_oberziel_changed_on_two_pcs(both):
    mine, theirs = both
    seen_here = mine.create_oberziel("Teilhabe", "alt")
    assert mine.list_oberziele()[0].version == seen_here.version == 1
    saved = theirs.update_oberziel(
        seen_here.id, expected_version=seen_here.version, description="Ihre Beschreibung"
    )
    assert saved.version == 2 and theirs.get_oberziel(seen_here.id) == saved

    with pytest.raises(StaleEditError):
        mine.update_oberziel(seen_here.id, expected_version=seen_here.version, title="Meins")
    assert mine.get_oberziel(seen_here.id).title == "Teilhabe"

    now = mine.update_oberziel(seen_here.id, expected_version=saved.version, title="Meins")
    assert (now.title, now.description) == ("Meins", "Ihre Beschreibung")


def test_strategy_version_changed_on_two_pcs(both):
    mine, theirs = both
    seen_here = _draft(mine)
    assert mine.list_versions()[0].version == seen_here.version
    saved = theirs.update_version(
        seen_here.id, expected_version=seen_here.version, title="Ihr Titel"
    )

    with pytest.raises(StaleEditError):
        mine.update_version(seen_here.id, expected_version=seen_here.version, summary="Meins")
    with pytest.raises(StaleEditError):
        mine.set_next_review(seen_here.id, date(2026, 9, 1), expected_version=seen_here.version)
    refused = mine.get_version(seen_here.id)
    assert (refused.title, refused.summary, refused.next_review_on) == ("Ihr Titel", "", None)

    # Content and next review of a draft in one change, based on the state now stored.
    now = mine.update_version(
        seen_here.id,
        expected_version=saved.version,
        summary="Meins",
        next_review_on=date(2026, 9, 1),
    )
    assert (now.title, now.summary, now.next_review_on) == (
        "Ihr Titel",
        "Meins",
        date(2026, 9, 1),
    )
    assert now.version == saved.version + 1
    # All or nothing: a wrong period saves the review date neither.
    with pytest.raises(DomainError) as wrong:
        mine.update_version(
            seen_here.id,
            expected_version=now.version,
            period_end=date(2025, 1, 1),
            next_review_on=date(2026, 10, 1),
        )
    assert wrong.value.field == "period_end"
    assert mine.get_version(seen_here.id).next_review_on == date(2026, 9, 1)

    adopted = mine.adopt(seen_here.id, date(2025, 6, 1), "Vorstand")
    later = theirs.set_next_review(seen_here.id, date(2026, 3, 1), adopted.version)
    with pytest.raises(StaleEditError):
        mine.set_next_review(seen_here.id, date(2026, 4, 1), expected_version=adopted.version)
    assert mine.get_version(seen_here.id).next_review_on == date(2026, 3, 1)
    assert mine.set_next_review(seen_here.id, date(2026, 4, 1), later.version).version == (
        later.version + 1
    )


def test_team_role_changed_on_two_pcs(db, both):
    mine, theirs = both
    version = _draft(mine)
    person = OrganisationService(db).create_person("Anna Beispiel")
    seen_here = mine.add_team_member(version.id, person.id, "lead")
    assert mine.list_team(version.id)[0].version == seen_here.version
    assert mine.get_team_member(seen_here.id) == seen_here
    saved = theirs.set_team_role(seen_here.id, "member", expected_version=seen_here.version)

    with pytest.raises(StaleEditError):
        mine.set_team_role(seen_here.id, "sponsor", expected_version=seen_here.version)
    assert mine.get_team_member(seen_here.id).role == "member"
    assert mine.set_team_role(seen_here.id, "sponsor", saved.version).role == "sponsor"

    mine.delete_version(version.id)  # the member goes to the trash with the version
    with pytest.raises(DomainError) as gone:
        mine.get_team_member(seen_here.id)
    assert gone.value.message == MSG_NOT_FOUND


def test_communication_entry_changed_on_two_pcs(both):
    mine, theirs = both
    version = _draft(mine)
    seen_here = mine.create_communication("Mitarbeitende", version_id=version.id)
    assert mine.list_communication(version.id)[0].version == seen_here.version
    saved = theirs.update_communication(
        seen_here.id, expected_version=seen_here.version, channel="Intranet"
    )

    with pytest.raises(StaleEditError):
        mine.update_communication(
            seen_here.id, expected_version=seen_here.version, key_message="Meins"
        )
    assert mine.get_communication(seen_here.id).key_message == ""
    now = mine.update_communication(
        seen_here.id, expected_version=saved.version, key_message="Meins"
    )
    assert (now.channel, now.key_message) == ("Intranet", "Meins")


# ---- undo and redo: FieldsApply --------------------------------------------------------------
@pytest.fixture
def refusals(monkeypatch):
    """The messages undo and redo show instead of overwriting someone else's change."""
    shown: list = []
    monkeypatch.setattr("digiwandel.ui.context.show_error", lambda _parent, exc: shown.append(exc))
    return shown


def _record_oberziel_edit(ctx, service, ident: int, **values):
    before = service.get_oberziel(ident)
    after = service.update_oberziel(ident, expected_version=before.version, **values)
    ctx.push_edit(
        "edit",
        Change.STRATEGY,
        FieldsApply(
            lambda: service.get_oberziel(ident),
            lambda **fields: service.update_oberziel(ident, **fields),
            {key: getattr(after, key) for key in values},
        ),
        {key: getattr(before, key) for key in values},
        {key: getattr(after, key) for key in values},
    )


def test_two_edits_of_one_row_and_a_move_are_undone_in_turn(db, refusals):
    ctx = AppContext()
    ctx.db = db
    service = StrategyService(db)
    first = service.create_oberziel("Teilhabe")
    service.create_oberziel("Gute Arbeit")
    _record_oberziel_edit(ctx, service, first.id, title="Teilhabe für alle")
    _record_oberziel_edit(ctx, service, first.id, title="Teilhabe für alle Menschen")
    ctx.push("move", lambda: service.move_oberziel(first.id, 1), lambda: None, Change.STRATEGY)
    service.move_oberziel(first.id, 1)  # the move renumbers: the row version counts up
    ctx.undo_stack.undo()  # the move's own undo does nothing here
    ctx.undo_stack.undo()
    assert service.get_oberziel(first.id).title == "Teilhabe für alle"
    ctx.undo_stack.undo()
    assert service.get_oberziel(first.id).title == "Teilhabe"
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert service.get_oberziel(first.id).title == "Teilhabe für alle Menschen"
    assert refusals == []


def test_undo_keeps_what_another_pc_changed_later(db, other_pc, refusals):
    ctx = AppContext()
    ctx.db = db
    mine, theirs = StrategyService(db), StrategyService(other_pc)
    row = mine.create_oberziel("Teilhabe")
    _record_oberziel_edit(ctx, mine, row.id, title="Teilhabe für alle", description="Meine")

    # Another field there: undo restores the fields of this edit and keeps theirs.
    now = theirs.get_oberziel(row.id)
    theirs.update_oberziel(row.id, expected_version=now.version, digital_note="Ihre Notiz")
    ctx.undo_stack.undo()
    after = mine.get_oberziel(row.id)
    assert (after.title, after.description, after.digital_note) == ("Teilhabe", "", "Ihre Notiz")
    ctx.undo_stack.redo()
    assert refusals == []

    # The same field there: undo is refused, their title stays.
    now = theirs.get_oberziel(row.id)
    theirs.update_oberziel(row.id, expected_version=now.version, title="Ihr Titel")
    ctx.undo_stack.undo()
    assert [type(e) for e in refusals] == [StaleEditError]
    assert mine.get_oberziel(row.id).title == "Ihr Titel"


# ---- the forms -------------------------------------------------------------------------------
@pytest.fixture
def page(qtbot, tmp_path, monkeypatch):
    """A shown strategy page on the demo data with a new draft selected (only the tabs
    under test are added)."""
    from digiwandel.services.demo import create_demo_file

    monkeypatch.setattr("digiwandel.ui.pages.strategy_tabs.create_tabs", lambda page: [])
    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    assert win.open_path(create_demo_file(tmp_path / "demo.sqlite3"))
    service = StrategyService(win.ctx.db)
    source = service.list_versions()[0]
    version = service.new_version_from(source.id, "Entwurf für den Test")
    page = StrategyPage(win.ctx)
    qtbot.addWidget(page)
    page.reload()
    page.select_version(version.id)
    page.resize(1100, 700)
    page.show()
    return page


@pytest.fixture
def other_pc_ui(page):
    database = open_database(page.ctx.db.path)
    yield StrategyService(database)
    database.close()


def add_tab(page, cls):
    tab = cls(page)
    page.tabs.addTab(tab, "x")
    page.tabs.setCurrentWidget(tab)
    page.reload()
    QApplication.processEvents()
    return tab


def leave(widget) -> None:
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut))


def test_identity_text_typed_while_another_pc_saved_the_same_text(page, other_pc_ui):
    tab = add_tab(page, IdentityTab)
    vision = tab.edits["vision"]
    vision.setPlainText("Meine Vision")
    seen = other_pc_ui.get_identity()
    other_pc_ui.save_identity(
        expected_version=seen.version, vision="Ihre Vision", leitbild="Ihr Leitbild"
    )
    page.ctx.notify(Change.STRATEGY)  # the page notices their change while the user types
    assert vision.toPlainText() == "Meine Vision"  # the typed text stays
    assert tab.edits["leitbild"].toPlainText() == "Ihr Leitbild"

    leave(vision)
    message = tab.errors["vision"].text()
    assert STALE in message and "Ihre Vision" in message
    assert tab.errors["vision"].isVisibleTo(tab)
    assert vision.toPlainText() == "Meine Vision"
    assert page.service.get_identity().vision == "Ihre Vision"

    leave(vision)  # left again: saved based on their text, in its place
    stored = other_pc_ui.get_identity()
    assert (stored.vision, stored.leitbild) == ("Meine Vision", "Ihr Leitbild")
    assert not tab.errors["vision"].isVisibleTo(tab)

    page.ctx.undo_stack.undo()  # back to the state the save was based on: theirs
    assert other_pc_ui.get_identity().vision == "Ihre Vision"
    assert vision.toPlainText() == "Ihre Vision"


def test_identity_text_saved_while_another_pc_changed_another_text(page, other_pc_ui, refusals):
    tab = add_tab(page, IdentityTab)
    before = page.service.get_identity()
    tab.edits["vision"].setPlainText("Meine Vision")
    other_pc_ui.save_identity(expected_version=before.version, leitbild="Ihr Leitbild")

    leave(tab.edits["vision"])  # their change does not concern this text: saved at once
    stored = other_pc_ui.get_identity()
    assert (stored.vision, stored.leitbild) == ("Meine Vision", "Ihr Leitbild")
    assert not tab.errors["vision"].isVisibleTo(tab)
    assert tab.edits["leitbild"].toPlainText() == "Ihr Leitbild"  # the page shows theirs

    # Undo after another change of the other texts: allowed, theirs stays.
    now = other_pc_ui.get_identity()
    other_pc_ui.save_identity(expected_version=now.version, core_values="Ihre Werte")
    page.ctx.undo_stack.undo()
    stored = other_pc_ui.get_identity()
    assert (stored.vision, stored.core_values) == (before.vision, "Ihre Werte")
    page.ctx.undo_stack.redo()
    assert refusals == []

    # Undo after they changed this very text: refused, their text stays.
    now = other_pc_ui.get_identity()
    other_pc_ui.save_identity(expected_version=now.version, vision="Ihre Vision")
    page.ctx.undo_stack.undo()
    assert [type(e) for e in refusals] == [StaleEditError]
    assert other_pc_ui.get_identity().vision == "Ihre Vision"


def test_oberziel_changed_on_another_pc_while_the_form_was_open(page, other_pc_ui):
    row = page.service.create_oberziel("Teilhabe", "Alte Beschreibung")
    tab = add_tab(page, IdentityTab)
    tab.panel.select_id(row.id)
    seen = {}

    def edit(dialog):
        dialog.fields["title"].setText("Teilhabe für alle")
        other_pc_ui.update_oberziel(
            row.id, expected_version=row.version, title="Teilhabe stärken", description="Ihre"
        )
        dialog.accept()
        seen["message"] = dialog.general_error.text()
        seen["kept"] = dialog.fields["title"].text()
        seen["note"] = dialog.errors["title"].text()
        seen["taken over"] = dialog.fields["description"].toPlainText()
        seen["page"] = [r.title for r in tab.model.rows()]
        dialog.accept()
        seen["closed"] = not dialog.isVisible()

    with_modal(edit, lambda: tab.edit_oberziel(tab.panel.current()))
    assert STALE in seen["message"]
    assert seen["kept"] == "Teilhabe für alle"
    assert "Teilhabe stärken" in seen["note"]
    assert seen["taken over"] == "Ihre"
    assert "Teilhabe stärken" in seen["page"]  # the page behind shows their state
    assert seen["closed"]
    stored = other_pc_ui.get_oberziel(row.id)
    assert (stored.title, stored.description) == ("Teilhabe für alle", "Ihre")
    page.ctx.undo_stack.undo()  # back to the state the form was saved over: theirs
    assert other_pc_ui.get_oberziel(row.id).title == "Teilhabe stärken"


def test_draft_version_changed_on_another_pc_while_the_form_was_open(page, other_pc_ui):
    tab = add_tab(page, VersionsTab)
    version = page.current_version()
    tab.panel.select_id(version.id)
    seen = {}

    def edit(dialog):
        dialog.fields["summary"].setPlainText("Meine Kurzfassung")
        dialog.fields["next_review_on"].setText("15.01.2027")
        other_pc_ui.update_version(version.id, expected_version=version.version, title="Ihr Titel")
        dialog.accept()
        seen["message"] = dialog.general_error.text()
        seen["title"] = dialog.fields["title"].text()
        seen["summary"] = dialog.fields["summary"].toPlainText()
        dialog.accept()
        seen["closed"] = not dialog.isVisible()

    with_modal(edit, tab.panel.edit_button.click)
    assert STALE in seen["message"]
    assert (seen["title"], seen["summary"]) == ("Ihr Titel", "Meine Kurzfassung")
    assert seen["closed"]
    stored = other_pc_ui.get_version(version.id)
    assert (stored.title, stored.summary, stored.next_review_on) == (
        "Ihr Titel",
        "Meine Kurzfassung",
        date(2027, 1, 15),
    )
    page.ctx.undo_stack.undo()
    stored = other_pc_ui.get_version(version.id)
    assert (stored.title, stored.summary, stored.next_review_on) == (
        "Ihr Titel",
        version.summary,
        version.next_review_on,
    )


def test_review_of_an_adopted_version_changed_on_another_pc(page, other_pc_ui):
    version = page.service.adopt(page.current_version_id(), date(2025, 6, 1), "Vorstand")
    tab = add_tab(page, VersionsTab)
    tab.panel.select_id(version.id)
    seen = {}

    def edit(dialog):
        dialog.fields["next_review_on"].setText("01.09.2026")
        other_pc_ui.set_next_review(version.id, date(2026, 3, 1), version.version)
        dialog.accept()
        seen["message"] = dialog.general_error.text()
        seen["note"] = dialog.errors["next_review_on"].text()
        dialog.accept()
        seen["closed"] = not dialog.isVisible()

    with_modal(edit, tab.panel.edit_button.click)
    assert STALE in seen["message"] and "2026" in seen["note"]
    assert seen["closed"]
    assert other_pc_ui.get_version(version.id).next_review_on == date(2026, 9, 1)
    page.ctx.undo_stack.undo()
    assert other_pc_ui.get_version(version.id).next_review_on == date(2026, 3, 1)


def test_team_role_changed_on_another_pc_while_the_form_was_open(page, other_pc_ui, monkeypatch):
    monkeypatch.setattr("digiwandel.ui.pages.strategy_team.confirm", lambda *a: True)
    person = page.ctx.org.create_person("Frau Konflikt")
    member = page.service.add_team_member(page.current_version_id(), person.id, "member")
    tab = add_tab(page, TeamTab)
    tab.panel.select_id(member.id)
    seen = {}

    def edit(dialog):
        combo = dialog.fields["role"]
        combo.setCurrentIndex(combo.findData("sponsor"))
        other_pc_ui.set_team_role(member.id, "lead", expected_version=member.version)
        dialog.accept()
        seen["message"] = dialog.general_error.text()
        seen["kept"] = combo.currentData()
        seen["note"] = dialog.errors["role"].text()
        dialog.accept()
        seen["closed"] = not dialog.isVisible()

    with_modal(edit, lambda: tab.edit(tab.panel.current()))
    assert STALE in seen["message"]
    assert seen["kept"] == "sponsor" and "lead" in seen["note"]
    assert seen["closed"]
    assert other_pc_ui.get_team_member(member.id).role == "sponsor"

    # Removed and added again here: the role change is still undone, on the new row.
    tab.panel.select_id(member.id)
    tab.remove(tab.panel.current())
    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()
    roles = {r.person_id: r.role for r in other_pc_ui.list_team(page.current_version_id())}
    assert roles[person.id] == "lead"  # the state the form was saved over: theirs


def test_communication_entry_changed_on_another_pc_while_the_form_was_open(page, other_pc_ui):
    item = page.service.create_communication(
        "Mitarbeitende", key_message="Alt", version_id=page.current_version_id()
    )
    tab = add_tab(page, CommunicationTab)
    tab.panel.select_id(item.id)
    seen = {}

    def edit(dialog):
        dialog.fields["key_message"].setPlainText("Meine Botschaft")
        other_pc_ui.update_communication(item.id, expected_version=item.version, channel="Intranet")
        dialog.accept()
        seen["message"] = dialog.general_error.text()
        seen["kept"] = dialog.fields["key_message"].toPlainText()
        seen["taken over"] = dialog.fields["channel"].text()
        dialog.accept()
        seen["closed"] = not dialog.isVisible()

    with_modal(edit, lambda: tab.edit(tab.panel.current()))
    assert STALE in seen["message"]
    assert (seen["kept"], seen["taken over"]) == ("Meine Botschaft", "Intranet")
    assert seen["closed"]
    stored = other_pc_ui.get_communication(item.id)
    assert (stored.key_message, stored.channel) == ("Meine Botschaft", "Intranet")
    page.ctx.undo_stack.undo()
    stored = other_pc_ui.get_communication(item.id)
    assert (stored.key_message, stored.channel) == ("Alt", "Intranet")

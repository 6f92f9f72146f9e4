"""Two programs (two PCs on a shared database) edit the organisation, its areas, levels and
persons, the driver ratings and the targets of the Digitalisierungscheck: a change based on
an older state is refused, the other change is kept, and the same change based on the state
now stored is saved. The GUI part shows the other change and keeps the user's entry.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from digiwandel.model.database import open_database
from digiwandel.services.check import CheckService
from digiwandel.services.demo import create_demo_file
from digiwandel.services.drivers import DriverService
from digiwandel.services.errors import StaleEditError
from digiwandel.services.organisation import OrganisationService
from digiwandel.ui.context import AppContext, Change
from digiwandel.ui.main_window import MainWindow
from digiwandel.ui.pages.drivers import DriversPage, RatingsModel
from tests.test_catalog_validation import catalog_dict, encode
from tests.test_check_queries import counting
from tests.ui_helpers import with_modal

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
STALE = "Someone else changed this entry in the meantime"
DRIVERS_ROW = 3  # the Drivers page's place in the navigation

# ---- services ----------------------------------------------------------------------------------


@pytest.fixture
def org(db) -> OrganisationService:
    service = OrganisationService(db)
    service.set_up("Lebenshilfe Nord e.V.", ["Wohnen", "Verwaltung"], [("Leitung", True, False)])
    return service


def test_the_profile_saved_on_another_pc_is_not_overwritten(org, other_pc):
    theirs = OrganisationService(other_pc)
    seen_here = org.get_profile()
    assert seen_here.version >= 1
    saved = theirs.save_profile(expected_version=seen_here.version, city="Kiel")
    assert saved.version == seen_here.version + 1

    with pytest.raises(StaleEditError) as refused:
        org.save_profile(expected_version=seen_here.version, street="Hafenstraße 1")
    assert refused.value.current == saved.version
    assert org.get_profile().street == ""
    with pytest.raises(StaleEditError):
        org.set_logo(PNG, expected_version=seen_here.version)
    assert not org.get_profile().has_logo

    # Based on the profile now shown both are saved, and the other change stays.
    now = org.save_profile(expected_version=saved.version, street="Hafenstraße 1")
    with_logo = org.set_logo(PNG, expected_version=now.version)
    assert (with_logo.version, with_logo.has_logo) == (now.version + 1, True)
    stored = theirs.get_profile()
    assert (stored.city, stored.street, stored.has_logo) == ("Kiel", "Hafenstraße 1", True)
    assert stored.version == with_logo.version


def test_the_first_profile_is_created_when_none_was_seen(db, other_pc):
    mine, theirs = OrganisationService(db), OrganisationService(other_pc)
    assert mine.get_profile() is None
    created = theirs.save_profile(expected_version=0, name="Verein A")
    # This PC also saw no profile: the other one's is not overwritten.
    with pytest.raises(StaleEditError):
        mine.save_profile(expected_version=0, name="Verein B")
    assert mine.get_profile() == created
    assert mine.save_profile(name="Verein B").name == "Verein B"  # no version: no check


@pytest.mark.parametrize(
    ("listing", "update", "mine", "theirs"),
    [
        (
            "list_areas",
            "update_area",
            {"name": "Wohnen", "description": "Drei Wohngruppen"},
            {"name": "Wohnen und Leben"},
        ),
        (
            "list_levels",
            "update_level",
            {"name": "Leitung", "rank": 0, "is_leadership": True, "is_volunteer": True},
            {"name": "Geschäftsführung", "is_leadership": True},
        ),
    ],
)
def test_an_area_or_level_changed_on_another_pc(org, other_pc, listing, update, mine, theirs):
    other = OrganisationService(other_pc)
    seen = getattr(org, listing)()[0]
    assert seen.version >= 1
    saved = getattr(other, update)(seen.id, expected_version=seen.version, **theirs)
    assert saved.version == seen.version + 1
    assert getattr(org, listing)()[0].version == saved.version

    with pytest.raises(StaleEditError) as refused:
        getattr(org, update)(seen.id, expected_version=seen.version, **mine)
    assert refused.value.current == saved.version
    assert getattr(other, listing)()[0].name == theirs["name"]

    now = getattr(org, update)(seen.id, expected_version=saved.version, **mine)
    assert now.version == saved.version + 1
    stored = getattr(other, listing)()[0]
    assert (stored.name, stored.version) == (mine["name"], now.version)


def test_a_person_changed_on_another_pc(org, other_pc):
    other = OrganisationService(other_pc)
    wohnen = org.list_areas()[0]
    person = org.create_person("Petra Schulte", role="Fachkraft")
    assert person.version == 1
    saved = other.update_person(
        person.id, expected_version=person.version, name="Petra Schulte", area_id=wohnen.id
    )
    with pytest.raises(StaleEditError):
        org.update_person(
            person.id, expected_version=person.version, name="Petra Schulte", role="Leitung"
        )
    assert org.get_person(person.id).area_id == wohnen.id

    now = org.update_person(
        person.id,
        expected_version=saved.version,
        name="Petra Schulte",
        area_id=wohnen.id,
        role="Leitung",
    )
    assert now.version == saved.version + 1
    stored = other.list_persons()[0]
    assert (stored.area_name, stored.role, stored.version) == ("Wohnen", "Leitung", now.version)
    assert "version" not in org.export_person(person.id)  # bookkeeping, not personal data


def test_a_driver_rated_on_two_pcs(db, other_pc):
    mine, theirs = DriverService(db, "en"), DriverService(other_pc, "en")
    unrated = next(r for r in mine.list_ratings() if r.key == "robotics")
    assert unrated.version == 0
    # Both saw the driver unrated; the other PC rates it first.
    saved = theirs.rate("robotics", relevance=3, expected_version=0)
    assert saved.version == 1
    with pytest.raises(StaleEditError) as refused:
        mine.rate("robotics", relevance=1, expected_version=0)
    assert refused.value.current == 1
    with pytest.raises(StaleEditError):
        mine.rate("robotics", notes="Pflegeroboter?", expected_version=0)
    assert next(r for r in mine.list_ratings() if r.key == "robotics").relevance == 3

    now = mine.rate("robotics", notes="Pflegeroboter?", expected_version=saved.version)
    assert (now.relevance, now.notes, now.version) == (3, "Pflegeroboter?", 2)
    with pytest.raises(StaleEditError):
        theirs.rate("robotics", relevance=0, expected_version=saved.version)
    assert next(r for r in theirs.list_ratings() if r.key == "robotics") == now


@pytest.fixture
def assessment(db):
    """A draft assessment of a small catalog: (assessment id, its first dimension id)."""
    check = CheckService(db, "de")
    catalog_id = check.import_catalog_bytes(encode(catalog_dict()), "test.json").id
    a = check.create_assessment("Check 2026", date(2026, 3, 1), catalog_id)
    return a.id, check.targets(a.id)[0].dimension_id


def test_a_target_set_on_two_pcs(db, other_pc, assessment):
    ident, dimension = assessment
    mine, theirs = CheckService(db, "de"), CheckService(other_pc, "de")
    assert mine.targets(ident)[0].version == 0
    saved = theirs.set_target(ident, dimension, 70, expected_version=0)
    assert (saved.target, saved.version) == (70, 1)
    assert mine.targets(ident)[0] == saved

    with pytest.raises(StaleEditError) as refused:
        mine.set_target(ident, dimension, 80, expected_version=0)
    assert refused.value.current == 1
    with pytest.raises(StaleEditError):
        mine.set_target(ident, dimension, None, expected_version=0)
    assert mine.targets(ident)[0].target == 70

    changed = mine.set_target(ident, dimension, 80, expected_version=saved.version)
    assert (changed.target, changed.version) == (80, 2)
    # Cleared on this PC: a change there based on the target it saw is refused.
    assert mine.set_target(ident, dimension, None, expected_version=2).version == 0
    with pytest.raises(StaleEditError) as refused:
        theirs.set_target(ident, dimension, 90, expected_version=2)
    assert refused.value.current == 0
    assert theirs.targets(ident)[0].target is None
    assert theirs.set_target(ident, dimension, 90, expected_version=0).target == 90


def test_the_lists_read_the_versions_in_their_own_statements(db, assessment):
    """Versions come with the rows: the lists need no statement per row."""
    ident, _dimension = assessment
    org, drivers, check = OrganisationService(db), DriverService(db), CheckService(db, "de")

    def counts() -> list[int]:
        views = (
            org.list_areas,
            org.list_levels,
            org.list_persons,
            org.get_profile,
            drivers.list_ratings,
            lambda: check.targets(ident),
        )
        found = []
        for view in views:
            with counting(db) as statements:
                view()
            found.append(len(statements))
        return found

    org.save_profile(name="Verein")
    before = counts()
    for n in range(4):
        area = org.create_area(f"Bereich {n}")
        level = org.create_level(f"Ebene {n}", n)
        org.create_person(f"Person {n}", area_id=area.id, level_id=level.id)
        drivers.rate(("robotics", "ai", "cloud", "big_data")[n], relevance=n)
    for row in check.targets(ident):
        check.set_target(ident, row.dimension_id, 50)
    assert counts() == before
    assert all(a.version == 1 for a in org.list_areas())
    assert all(t.version == 1 for t in check.targets(ident))


# ---- the window --------------------------------------------------------------------------------


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_path(create_demo_file(tmp_path / "demo.sqlite3"))
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    QLocale.setDefault(before)


@pytest.fixture
def second_pc(win):
    """The same file opened by a second program, as another PC on a shared database."""
    database = open_database(win.ctx.db.path)
    yield database
    database.close()


def _organisation_page(win):
    win.navigation.setCurrentRow(win.stack.indexOf(win.organisation))
    return win.organisation


def test_a_profile_field_saved_over_another_pcs_change(win, second_pc, qtbot):
    page = _organisation_page(win)
    profile = page.profile
    page.tabs.setCurrentWidget(profile)
    name_before = profile.name.text()
    profile.city.setFocus()
    profile.city.selectAll()
    qtbot.keyClicks(profile.city, "Deutz")  # QTest types ASCII only
    # Meanwhile, on another PC: a new street and a new city.
    theirs = OrganisationService(second_pc)
    theirs.save_profile(
        expected_version=theirs.get_profile().version, street="Domstraße 5", city="Köln"
    )

    qtbot.keyClick(profile.city, Qt.Key.Key_Return)  # based on the profile shown: refused
    assert OrganisationService(second_pc).get_profile().city == "Köln"
    message = profile.errors["city"]
    assert not message.isHidden()
    assert STALE in message.text() and "“Köln”" in message.text()
    assert profile.city.text() == "Deutz"  # the entry stays
    assert profile.street.text() == "Domstraße 5"  # the other change is shown
    win.ctx.notify(Change.ORGANISATION)  # e.g. another PC's change noticed: entry stays
    assert profile.city.text() == "Deutz"
    assert not message.isHidden()

    qtbot.keyClick(profile.city, Qt.Key.Key_Return)  # saved again, based on theirs
    assert message.isHidden()
    stored = OrganisationService(second_pc).get_profile()
    assert (stored.city, stored.street) == ("Deutz", "Domstraße 5")

    # A refused invalid entry also outlives a reload.
    profile.postal_code.setText("12")
    profile.postal_code.editingFinished.emit()
    assert not profile.errors["postal_code"].isHidden()
    win.ctx.notify(Change.ORGANISATION)
    assert profile.postal_code.text() == "12"
    assert not profile.errors["postal_code"].isHidden()

    # Undo goes back to the state the save was based on (theirs), twice in a row too.
    profile.name.setText("Familienhilfe Köln e.V.")
    profile.name.editingFinished.emit()
    win.ctx.undo_stack.undo()
    win.ctx.undo_stack.undo()
    stored = OrganisationService(second_pc).get_profile()
    assert (stored.name, stored.city, stored.street) == (name_before, "Köln", "Domstraße 5")


def test_undo_of_a_profile_change_refuses_to_overwrite_another_pc(win, second_pc, monkeypatch):
    profile = _organisation_page(win).profile
    profile.city.setText("Euskirchen")
    profile.city.editingFinished.emit()
    assert win.ctx.undo_stack.count() == 1
    theirs = OrganisationService(second_pc)
    theirs.save_profile(expected_version=theirs.get_profile().version, city="Siegburg")
    refusals = []
    monkeypatch.setattr(
        "digiwandel.ui.context.show_error", lambda _parent, exc: refusals.append(exc)
    )
    win.ctx.undo_stack.undo()
    assert [type(e).__name__ for e in refusals] == ["StaleEditError"]
    assert theirs.get_profile().city == "Siegburg"


def test_a_logo_chosen_while_another_pc_changed_the_profile(win, second_pc, tmp_path):
    profile = _organisation_page(win).profile
    path = tmp_path / "logo.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(0x2060A0)
    assert image.save(str(path), "PNG")
    theirs = OrganisationService(second_pc)
    theirs.save_profile(expected_version=theirs.get_profile().version, name="Verein Nord e.V.")

    profile.set_logo_file(str(path))
    assert STALE in profile.logo_error.text() and "logo.png" in profile.logo_error.text()
    assert not theirs.get_profile().has_logo
    assert profile.name.text() == "Verein Nord e.V."

    profile.set_logo_file(str(path))  # chosen again: saved
    assert profile.logo_error.isHidden()
    assert theirs.get_profile().has_logo
    assert profile.logo_remove.isEnabled()


def test_an_area_changed_on_another_pc_while_its_form_was_open(win, second_pc, qtbot, monkeypatch):
    tab = _organisation_page(win).areas
    page = win.organisation
    page.tabs.setCurrentWidget(tab)
    row = next(r for r in tab.model.rows() if r.name == "Verwaltung")
    tab.panel.select_id(row.id)
    theirs = OrganisationService(second_pc)
    seen = {}

    def edit(dialog):
        dialog.fields["name"].setText("Verwaltung und Finanzen")
        stored = next(a for a in theirs.list_areas() if a.id == row.id)
        theirs.update_area(
            row.id,
            expected_version=stored.version,
            name="Zentrale Verwaltung",
            description="Personal, Finanzen, IT",
        )
        dialog.accept()
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.general_error.text()
        seen["kept"] = dialog.fields["name"].text()
        seen["note"] = dialog.errors["name"].text()
        seen["taken over"] = dialog.fields["description"].toPlainText()
        seen["page"] = [r.name for r in tab.model.rows()]
        dialog.accept()
        seen["closed"] = not dialog.isVisible()

    with_modal(edit, tab.panel.edit_button.click)
    assert seen["open"] and STALE in seen["message"]
    assert seen["kept"] == "Verwaltung und Finanzen"
    assert "Zentrale Verwaltung" in seen["note"]
    assert seen["taken over"] == "Personal, Finanzen, IT"
    assert "Zentrale Verwaltung" in seen["page"]  # the page behind shows their state
    assert seen["closed"]
    stored = next(a for a in theirs.list_areas() if a.id == row.id)
    assert (stored.name, stored.description) == (
        "Verwaltung und Finanzen",
        "Personal, Finanzen, IT",
    )

    # A second edit; undoing both in turn goes back to theirs, then no further.
    def rename(dialog):
        dialog.fields["name"].setText("Verwaltung")
        dialog.accept()

    tab.panel.select_id(row.id)
    with_modal(rename, tab.panel.edit_button.click)
    refusals = []
    monkeypatch.setattr(
        "digiwandel.ui.context.show_error", lambda _parent, exc: refusals.append(exc)
    )
    win.ctx.undo_stack.undo()
    win.ctx.undo_stack.undo()
    assert refusals == []
    stored = next(a for a in theirs.list_areas() if a.id == row.id)
    assert (stored.name, stored.description) == ("Zentrale Verwaltung", "Personal, Finanzen, IT")

    # Redone, then changed on the other PC: undo refuses instead of overwriting.
    win.ctx.undo_stack.redo()
    stored = next(a for a in theirs.list_areas() if a.id == row.id)
    theirs.update_area(row.id, expected_version=stored.version, name="Verwaltung (alt)")
    win.ctx.undo_stack.undo()
    assert [type(e).__name__ for e in refusals] == ["StaleEditError"]
    assert next(a for a in theirs.list_areas() if a.id == row.id).name == "Verwaltung (alt)"


def test_a_person_changed_on_another_pc_while_the_form_was_open(win, second_pc):
    page = _organisation_page(win)
    tab = page.persons
    page.tabs.setCurrentWidget(tab)
    row = tab.model.rows()[0]
    theirs = OrganisationService(second_pc)
    area = next(a for a in theirs.list_areas() if a.id != row.area_id)
    seen = {}

    def edit(dialog):
        dialog.fields["email"].setText("neu@example.org")
        theirs.update_person(
            row.id,
            expected_version=row.version,
            name=row.name,
            area_id=area.id,
            level_id=row.level_id,
            role=row.role,
            email=row.email,
        )
        dialog.accept()
        seen["message"] = dialog.general_error.text()
        seen["area taken over"] = dialog.fields["area_id"].currentData()
        seen["kept"] = dialog.fields["email"].text()
        dialog.accept()
        seen["closed"] = not dialog.isVisible()

    with_modal(edit, lambda: tab.edit(row))
    assert STALE in seen["message"]
    assert seen["area taken over"] == area.id
    assert seen["kept"] == "neu@example.org"
    assert seen["closed"]
    stored = theirs.get_person(row.id)
    assert (stored.area_id, stored.email) == (area.id, "neu@example.org")


def _drivers_page(win) -> DriversPage:
    win.navigation.setCurrentRow(DRIVERS_ROW)
    QApplication.processEvents()
    page = win.page(DRIVERS_ROW)
    assert isinstance(page, DriversPage)
    return page


def _cell(page: DriversPage, key: str, column: int):
    row = next(i for i, r in enumerate(page.ratings.rows()) if r.key == key)
    return page.ratings.index(row, column)


def _rating(database, key: str):
    return next(r for r in DriverService(database, "en").list_ratings() if r.key == key)


def test_a_driver_rating_changed_on_another_pc(win, second_pc, qtbot, monkeypatch):
    page = _drivers_page(win)
    seen = _rating(second_pc, "robotics")
    DriverService(second_pc, "en").rate("robotics", relevance=3, expected_version=seen.version)

    assert not page.ratings.setData(_cell(page, "robotics", RatingsModel.RELEVANCE), 1)
    qtbot.waitUntil(
        lambda: _cell(page, "robotics", RatingsModel.RELEVANCE).data() == "3 – high"
    )  # theirs, shown now
    message = page.rating_error.text()
    assert STALE in message and "“1 – low”" in message
    assert not page.rating_error.isHidden()
    assert _rating(second_pc, "robotics").relevance == 3
    page.reload()  # e.g. a change noticed: the explanation stays
    assert not page.rating_error.isHidden()

    assert page.ratings.setData(_cell(page, "robotics", RatingsModel.RELEVANCE), 1)
    assert _rating(second_pc, "robotics").relevance == 1
    assert page.rating_error.isHidden()
    # Two changes of the same rating undone in turn: back to theirs.
    assert page.ratings.setData(_cell(page, "robotics", RatingsModel.USE), 2)
    refusals = []
    monkeypatch.setattr(
        "digiwandel.ui.context.show_error", lambda _parent, exc: refusals.append(exc)
    )
    win.ctx.undo_stack.undo()
    win.ctx.undo_stack.undo()
    assert refusals == []
    stored = _rating(second_pc, "robotics")
    assert (stored.relevance, stored.current_use) == (3, seen.current_use)


def test_driver_notes_typed_while_another_pc_changed_them(win, second_pc, qtbot):
    page = _drivers_page(win)
    view = page.ratings_view
    seen = _rating(second_pc, "cloud")
    DriverService(second_pc, "en").rate(
        "cloud", notes="Theirs: Nextcloud", expected_version=seen.version
    )

    assert not page.ratings.setData(_cell(page, "cloud", RatingsModel.NOTES), "Mine: Microsoft 365")
    # The notes stay in a cell editor opened again; the message names the other ones.
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    editor = view.indexWidget(_cell(page, "cloud", RatingsModel.NOTES))
    assert editor.text() == "Mine: Microsoft 365"
    assert _cell(page, "cloud", RatingsModel.NOTES).data() == "Theirs: Nextcloud"
    assert STALE in page.rating_error.text() and "Theirs: Nextcloud" in page.rating_error.text()

    qtbot.keyClick(editor, Qt.Key.Key_Return)  # saved, based on the notes shown now
    qtbot.waitUntil(lambda: _rating(second_pc, "cloud").notes == "Mine: Microsoft 365")
    assert page.rating_error.isHidden()


def test_a_target_changed_on_another_pc(win, second_pc, qtbot, monkeypatch):
    win.navigation.setCurrentRow(win.stack.indexOf(win.check))
    page = win.check
    draft = next(r for r in page.model.rows() if r.status == "draft")
    page.panel.select_id(draft.id)
    page.tabs.setCurrentWidget(page.targets)
    model = page.targets.model
    row = model.rows[0]
    CheckService(second_pc, "en").set_target(
        draft.id, row.dimension_id, 70, expected_version=row.version
    )

    assert not model.setData(model.index(0, 2), "80")
    message = page.targets.message.text()
    assert STALE in message and "“80”" in message
    edit = Qt.ItemDataRole.EditRole
    qtbot.waitUntil(lambda: model.data(model.index(0, 2), edit) == "70")  # theirs
    assert not page.targets.message.isHidden()  # the explanation stays after the reload

    assert model.setData(model.index(0, 2), "80")  # typed again: replaces theirs
    assert model.setData(model.index(0, 2), "85")
    refusals = []
    monkeypatch.setattr(
        "digiwandel.ui.context.show_error", lambda _parent, exc: refusals.append(exc)
    )
    win.ctx.undo_stack.undo()
    win.ctx.undo_stack.undo()  # back to theirs, the state the first save was based on
    assert refusals == []
    assert CheckService(second_pc, "en").targets(draft.id)[0].target == 70

    win.ctx.undo_stack.redo()
    stored = CheckService(second_pc, "en").targets(draft.id)[0]
    CheckService(second_pc, "en").set_target(
        draft.id, row.dimension_id, 60, expected_version=stored.version
    )
    win.ctx.undo_stack.undo()  # would overwrite their 60: refused
    assert [type(e).__name__ for e in refusals] == ["StaleEditError"]
    assert CheckService(second_pc, "en").targets(draft.id)[0].target == 60

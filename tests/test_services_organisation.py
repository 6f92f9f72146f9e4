"""OrganisationService on a real SQLite file: profile, logo, areas, levels, persons, set-up."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from digiwandel.model.assessment import (
    Assessment,
    Catalog,
    CatalogDimension,
    CatalogItem,
    Respondent,
)
from digiwandel.model.base import NAME_LEN
from digiwandel.model.database import Database, open_database
from digiwandel.model.organisation import Area, HierarchyLevel, Organisation, Person
from digiwandel.services import base as base_messages
from digiwandel.services import organisation as messages
from digiwandel.services.errors import DomainError
from digiwandel.services.organisation import (
    DEFAULT_PRIVACY_THRESHOLD,
    LOGO_LIMIT,
    OrganisationService,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32


@pytest.fixture
def org(db: Database) -> OrganisationService:
    return OrganisationService(db)


@pytest.fixture
def profiled(org: OrganisationService) -> OrganisationService:
    org.save_profile(name="Verein Lindenhof e.V.")
    return org


def count(db: Database, cls) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(cls))


def add_respondent(db: Database, *, area_id: int | None = None, level_id: int | None = None):
    """The smallest assessment with one respondent in the given area/level (ORM directly)."""
    with db.sessions() as session, session.begin():
        item = CatalogItem(key="strategy.1")
        catalog = Catalog(
            key="default",
            version="1",
            dimensions=[CatalogDimension(key="strategy", items=[item])],
        )
        session.add(
            Assessment(
                title="Check 2025",
                assessed_on=date(2025, 3, 1),
                catalog=catalog,
                respondents=[Respondent(area_id=area_id, level_id=level_id)],
            )
        )


# -- DomainError -------------------------------------------------------------------------


def test_domain_error_renders_parameters_and_translation() -> None:
    exc = DomainError(messages.MSG_AREA_EXISTS, field="name", name="Verwaltung")
    assert exc.field == "name"
    assert exc.params == {"name": "Verwaltung"}
    assert exc.render() == "An area called “Verwaltung” already exists. Please choose another name."
    assert str(exc) == exc.render()

    # The translate callback gets the context and the untranslated source text.
    seen = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return "Bereich „{name}“ gibt es schon."

    assert exc.render(translate) == "Bereich „Verwaltung“ gibt es schon."
    assert seen == [("DomainError", messages.MSG_AREA_EXISTS)]


def test_domain_error_with_a_broken_translation_falls_back_to_the_raw_text() -> None:
    exc = DomainError(messages.MSG_AREA_EXISTS, name="X")
    assert exc.render(lambda _c, _t: "Fehler {unbekannt}") == "Fehler {unbekannt}"


# -- profile -----------------------------------------------------------------------------


def test_no_profile_before_the_first_save(org: OrganisationService) -> None:
    assert org.get_profile() is None


def test_first_save_without_a_name_is_refused(org: OrganisationService, db: Database) -> None:
    with pytest.raises(DomainError) as info:
        org.save_profile(city="Bonn")
    assert info.value.field == "name"
    assert info.value.message == messages.MSG_ORG_NAME
    assert count(db, Organisation) == 0


@pytest.mark.parametrize("name", ["", "   ", None])
def test_blank_name_is_refused(org: OrganisationService, db: Database, name) -> None:
    with pytest.raises(DomainError) as info:
        org.save_profile(name=name)
    assert info.value.field == "name"
    assert count(db, Organisation) == 0


def test_counts_of_areas_and_persons(org: OrganisationService) -> None:
    assert org.counts() == (0, 0)
    area = org.create_area("Wohnen")
    org.create_area("Verwaltung")
    org.create_person("Ada", area_id=area.id)
    assert org.counts() == (len(org.list_areas()), len(org.list_persons())) == (2, 1)


def test_profile_create_and_update(org: OrganisationService) -> None:
    created = org.save_profile(
        name="  Verein Lindenhof e.V. ",
        legal_form="e.V.",
        staff_count=58,
        volunteer_count=24,
        postal_code="53115",
        city="Bonn",
        fiscal_year_start_month=7,
    )
    assert created.name == "Verein Lindenhof e.V."
    assert created.has_logo is False

    # WHEN only some fields are saved THEN the others keep their values
    updated = org.save_profile(city="Köln", staff_count=60)
    assert updated.city == "Köln"
    assert updated.staff_count == 60
    assert updated.volunteer_count == 24
    assert updated.fiscal_year_start_month == 7
    assert org.get_profile() == updated


def test_unknown_profile_field_is_a_programming_error(org: OrganisationService) -> None:
    with pytest.raises(TypeError):
        org.save_profile(name="Verein", colour="blue")


@pytest.mark.parametrize("key", ["staff_count", "volunteer_count"])
def test_negative_counts_are_refused(profiled: OrganisationService, key: str) -> None:
    with pytest.raises(DomainError) as info:
        profiled.save_profile(**{key: -1})
    assert info.value.field == key
    assert getattr(profiled.get_profile(), key) == 0


def test_too_large_count_is_refused_with_the_limit_in_the_message(
    profiled: OrganisationService,
) -> None:
    with pytest.raises(DomainError) as info:
        profiled.save_profile(staff_count=10**9)
    assert info.value.field == "staff_count"
    assert "1000000" in info.value.render()


@pytest.mark.parametrize("code", ["50667", "1010", "", "  53115 "])
def test_valid_postal_codes(profiled: OrganisationService, code: str) -> None:
    assert profiled.save_profile(postal_code=code).postal_code == code.strip()


@pytest.mark.parametrize("code", ["123", "123456", "5066a", "D-50667", "50 67"])
def test_invalid_postal_codes_are_refused(profiled: OrganisationService, code: str) -> None:
    profiled.save_profile(postal_code="50667")
    with pytest.raises(DomainError) as info:
        profiled.save_profile(postal_code=code)
    assert info.value.field == "postal_code"
    assert profiled.get_profile().postal_code == "50667"


@pytest.mark.parametrize("month", [1, 12])
def test_fiscal_month_bounds_accepted(profiled: OrganisationService, month: int) -> None:
    assert profiled.save_profile(fiscal_year_start_month=month).fiscal_year_start_month == month


@pytest.mark.parametrize("month", [0, 13, -1, None])
def test_fiscal_month_out_of_range_refused(profiled: OrganisationService, month) -> None:
    with pytest.raises(DomainError) as info:
        profiled.save_profile(fiscal_year_start_month=month)
    assert info.value.field == "fiscal_year_start_month"
    assert profiled.get_profile().fiscal_year_start_month == 1


def test_too_long_text_is_refused_with_limit_and_length(profiled: OrganisationService) -> None:
    with pytest.raises(DomainError) as info:
        profiled.save_profile(city="x" * (NAME_LEN + 1))
    assert info.value.field == "city"
    assert info.value.message == base_messages.MSG_TOO_LONG
    assert str(NAME_LEN) in info.value.render()
    assert str(NAME_LEN + 1) in info.value.render()
    assert profiled.get_profile().city == ""


# -- logo --------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [PNG, JPEG], ids=["png", "jpeg"])
def test_logo_set_get_remove(profiled: OrganisationService, db: Database, data: bytes) -> None:
    profiled.set_logo(data)
    assert profiled.get_logo() == data
    assert profiled.get_profile().has_logo is True
    with db.sessions() as session:
        mime = session.scalar(select(Organisation.logo_mime))
    assert mime == ("image/png" if data is PNG else "image/jpeg")

    profiled.set_logo(None)
    assert profiled.get_logo() is None
    assert profiled.get_profile().has_logo is False


@pytest.mark.parametrize("data", [b"GIF89a" + b"\x00" * 20, b"", b"<svg/>"])
def test_logo_of_another_type_is_refused(profiled: OrganisationService, data: bytes) -> None:
    profiled.set_logo(PNG)
    with pytest.raises(DomainError) as info:
        profiled.set_logo(data)
    assert info.value.field == "logo"
    assert profiled.get_logo() == PNG


def test_logo_over_2_mb_is_refused(profiled: OrganisationService) -> None:
    data = PNG + b"\x00" * (LOGO_LIMIT - len(PNG) + 1)
    with pytest.raises(DomainError) as info:
        profiled.set_logo(data)
    assert info.value.field == "logo"
    assert f"({(LOGO_LIMIT + 1) // 1024} KB)" in info.value.render()
    assert profiled.get_logo() is None


def test_logo_of_exactly_2_mb_is_accepted(profiled: OrganisationService) -> None:
    data = PNG + b"\x00" * (LOGO_LIMIT - len(PNG))
    profiled.set_logo(data)
    assert profiled.get_logo() == data


def test_logo_without_organisation_is_refused(org: OrganisationService) -> None:
    with pytest.raises(DomainError) as info:
        org.set_logo(PNG)
    assert info.value.field == "name"


# -- areas -------------------------------------------------------------------------------


def test_area_crud(org: OrganisationService) -> None:
    first = org.create_area(" Verwaltung ", "Personal und Finanzen")
    second = org.create_area("Wohnen")
    assert first.name == "Verwaltung"
    assert [(a.name, a.description) for a in org.list_areas()] == [
        ("Verwaltung", "Personal und Finanzen"),
        ("Wohnen", ""),
    ]

    renamed = org.update_area(second.id, "Wohnen und Leben", "Wohngruppen")
    assert (renamed.id, renamed.name, renamed.description) == (
        second.id,
        "Wohnen und Leben",
        "Wohngruppen",
    )

    org.delete_area(first.id)
    assert [a.name for a in org.list_areas()] == ["Wohnen und Leben"]


def test_new_areas_are_listed_in_creation_order(org: OrganisationService) -> None:
    for name in ("Zentrale", "Ambulant", "Mitte"):
        org.create_area(name)
    assert [a.name for a in org.list_areas()] == ["Zentrale", "Ambulant", "Mitte"]


@pytest.mark.parametrize(
    ("existing", "new"),
    [
        ("Verwaltung", "verwaltung"),
        ("Verwaltung", " VERWALTUNG "),
        ("Ärzte", "ärzte"),
        ("Straße", "STRASSE"),
    ],
)
def test_area_names_are_unique_ignoring_case(
    org: OrganisationService, db: Database, existing: str, new: str
) -> None:
    org.create_area(existing)
    with pytest.raises(DomainError) as info:
        org.create_area(new)
    assert info.value.field == "name"
    # the message names the area that is already there
    assert info.value.params["name"] == existing
    assert count(db, Area) == 1


def test_rename_to_an_existing_name_is_refused(org: OrganisationService) -> None:
    org.create_area("Verwaltung")
    other = org.create_area("Wohnen")
    with pytest.raises(DomainError) as info:
        org.update_area(other.id, "VERWALTUNG")
    assert info.value.field == "name"
    assert sorted(a.name for a in org.list_areas()) == ["Verwaltung", "Wohnen"]


def test_rename_changing_only_the_case_is_allowed(org: OrganisationService) -> None:
    area = org.create_area("verwaltung")
    assert org.update_area(area.id, "Verwaltung").name == "Verwaltung"


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_blank_area_name_is_refused_and_nothing_stored(
    org: OrganisationService, db: Database, name: str
) -> None:
    with pytest.raises(DomainError) as info:
        org.create_area(name)
    assert info.value.field == "name"
    assert info.value.message == messages.MSG_AREA_NAME
    assert count(db, Area) == 0


def test_too_long_area_name_is_refused_and_nothing_stored(
    org: OrganisationService, db: Database
) -> None:
    with pytest.raises(DomainError) as info:
        org.create_area("x" * (NAME_LEN + 1))
    assert info.value.field == "name"
    assert info.value.params == {"limit": NAME_LEN, "length": NAME_LEN + 1}
    assert count(db, Area) == 0
    # the limit itself is fine
    assert org.create_area("x" * NAME_LEN).name == "x" * NAME_LEN


def test_blank_rename_keeps_the_old_name(org: OrganisationService) -> None:
    area = org.create_area("Verwaltung")
    with pytest.raises(DomainError) as info:
        org.update_area(area.id, "  ")
    assert info.value.field == "name"
    assert [a.name for a in org.list_areas()] == ["Verwaltung"]


def test_updating_a_deleted_area_is_refused(org: OrganisationService) -> None:
    area = org.create_area("Verwaltung")
    org.delete_area(area.id)
    with pytest.raises(DomainError) as info:
        org.update_area(area.id, "Neu")
    assert info.value.message == base_messages.MSG_NOT_FOUND
    assert org.list_areas() == []


def test_delete_area_keeps_persons_and_restore_relinks_them(org: OrganisationService) -> None:
    area = org.create_area("Wohnen", "Wohngruppen")
    anna = org.create_person("Anna", area_id=area.id)
    ben = org.create_person("Ben", area_id=area.id)
    assert org.list_areas()[0].person_count == 2

    # WHEN the area is deleted THEN its persons stay, without an area
    snapshot = org.delete_area(area.id)
    assert sorted(snapshot.person_ids) == sorted([anna.id, ben.id])
    assert org.list_areas() == []
    assert [(p.name, p.area_id, p.area_name) for p in org.list_persons()] == [
        ("Anna", None, ""),
        ("Ben", None, ""),
    ]

    # WHEN it is restored THEN the persons belong to it again
    restored = org.restore_area(snapshot)
    assert (restored.name, restored.description, restored.person_count) == (
        "Wohnen",
        "Wohngruppen",
        2,
    )
    assert {p.area_id for p in org.list_persons()} == {restored.id}
    assert org.list_areas()[0].person_count == 2


def test_restore_area_leaves_persons_moved_meanwhile_and_skips_deleted_ones(
    org: OrganisationService,
) -> None:
    area = org.create_area("Wohnen")
    other = org.create_area("Verwaltung")
    anna = org.create_person("Anna", area_id=area.id)
    ben = org.create_person("Ben", area_id=area.id)
    carla = org.create_person("Carla", area_id=area.id)
    snapshot = org.delete_area(area.id)
    org.update_person(ben.id, "Ben", area_id=other.id)
    org.delete_person(carla.id)

    restored = org.restore_area(snapshot)

    assert restored.person_count == 1
    assert org.get_person(anna.id).area_id == restored.id
    assert org.get_person(ben.id).area_id == other.id


def test_restore_area_refused_when_the_name_was_taken_meanwhile(
    org: OrganisationService, db: Database
) -> None:
    snapshot = org.delete_area(org.create_area("Wohnen").id)
    org.create_area("wohnen")
    with pytest.raises(DomainError) as info:
        org.restore_area(snapshot)
    assert info.value.field == "name"
    assert count(db, Area) == 1


def test_area_used_by_a_respondent_cannot_be_deleted(
    org: OrganisationService, db: Database
) -> None:
    area = org.create_area("Verwaltung")
    add_respondent(db, area_id=area.id)
    with pytest.raises(DomainError) as info:
        org.delete_area(area.id)
    assert info.value.message == messages.MSG_AREA_IN_USE
    assert info.value.params == {"name": "Verwaltung", "count": 1}
    assert "“Verwaltung”" in info.value.render()
    assert [a.name for a in org.list_areas()] == ["Verwaltung"]


# -- levels ------------------------------------------------------------------------------


def test_level_crud(org: OrganisationService) -> None:
    staff = org.create_level("Mitarbeitende", rank=2)
    lead = org.create_level("Leitung", rank=0, is_leadership=True)
    assert [(lv.name, lv.rank, lv.is_leadership) for lv in org.list_levels()] == [
        ("Leitung", 0, True),
        ("Mitarbeitende", 2, False),
    ]
    updated = org.update_level(staff.id, "Ehrenamtliche", rank=3, is_volunteer=True)
    assert (updated.name, updated.rank, updated.is_volunteer) == ("Ehrenamtliche", 3, True)
    org.delete_level(lead.id)
    assert [lv.name for lv in org.list_levels()] == ["Ehrenamtliche"]


def test_level_names_unique_ignoring_case(org: OrganisationService, db: Database) -> None:
    org.create_level("Leitung")
    with pytest.raises(DomainError) as info:
        org.create_level("LEITUNG")
    assert info.value.field == "name"
    other = org.create_level("Team")
    with pytest.raises(DomainError):
        org.update_level(other.id, "leitung")
    assert sorted(lv.name for lv in org.list_levels()) == ["Leitung", "Team"]


@pytest.mark.parametrize("rank", [-1, 100])
def test_level_rank_out_of_range_refused(org: OrganisationService, db: Database, rank) -> None:
    with pytest.raises(DomainError) as info:
        org.create_level("Leitung", rank=rank)
    assert info.value.field == "rank"
    assert count(db, HierarchyLevel) == 0


def test_blank_level_name_refused(org: OrganisationService, db: Database) -> None:
    with pytest.raises(DomainError) as info:
        org.create_level("  ")
    assert info.value.field == "name"
    assert info.value.message == messages.MSG_LEVEL_NAME
    assert count(db, HierarchyLevel) == 0


def test_delete_level_keeps_persons_and_restore_relinks_them(org: OrganisationService) -> None:
    level = org.create_level("Leitung", rank=0, is_leadership=True)
    anna = org.create_person("Anna", level_id=level.id)

    snapshot = org.delete_level(level.id)
    assert org.get_person(anna.id).level_id is None
    assert org.list_levels() == []

    restored = org.restore_level(snapshot)
    assert (restored.name, restored.rank, restored.is_leadership, restored.person_count) == (
        "Leitung",
        0,
        True,
        1,
    )
    person = org.get_person(anna.id)
    assert (person.level_id, person.level_name) == (restored.id, "Leitung")


def test_level_used_by_a_respondent_cannot_be_deleted(
    org: OrganisationService, db: Database
) -> None:
    level = org.create_level("Leitung")
    add_respondent(db, level_id=level.id)
    with pytest.raises(DomainError) as info:
        org.delete_level(level.id)
    assert info.value.params == {"name": "Leitung", "count": 1}
    assert [lv.name for lv in org.list_levels()] == ["Leitung"]


# -- persons -----------------------------------------------------------------------------


def test_person_crud(org: OrganisationService) -> None:
    area = org.create_area("Verwaltung")
    level = org.create_level("Mitarbeitende", rank=2)
    person = org.create_person(
        " Jens Hoffmann ", area_id=area.id, level_id=level.id, role="Controlling", email=""
    )
    assert (person.name, person.area_name, person.level_name, person.role) == (
        "Jens Hoffmann",
        "Verwaltung",
        "Mitarbeitende",
        "Controlling",
    )
    assert org.get_person(person.id) == person

    updated = org.update_person(person.id, "Jens Hoffmann", email=" j.hoffmann@verein.de ")
    assert (updated.area_id, updated.level_id, updated.email) == (
        None,
        None,
        "j.hoffmann@verein.de",
    )
    assert org.list_persons() == [updated]
    # the area's count follows
    assert org.list_areas()[0].person_count == 0


def test_blank_person_name_refused(org: OrganisationService, db: Database) -> None:
    with pytest.raises(DomainError) as info:
        org.create_person(" ")
    assert info.value.field == "name"
    assert count(db, Person) == 0


def test_valid_email_accepted(org: OrganisationService) -> None:
    assert org.create_person("Anna", email="a.b@verein.de").email == "a.b@verein.de"


@pytest.mark.parametrize("email", ["abc", "a@b", "a b@c.de", "a@@verein.de", "a@verein.d"])
def test_invalid_email_refused(org: OrganisationService, db: Database, email: str) -> None:
    with pytest.raises(DomainError) as info:
        org.create_person("Anna", email=email)
    assert info.value.field == "email"
    assert info.value.render().startswith(f"“{email}”")
    assert count(db, Person) == 0


def test_invalid_email_on_update_keeps_the_old_one(org: OrganisationService) -> None:
    person = org.create_person("Anna", email="a.b@verein.de")
    with pytest.raises(DomainError):
        org.update_person(person.id, "Anna", email="a@b")
    assert org.get_person(person.id).email == "a.b@verein.de"


def test_unknown_area_or_level_refused(org: OrganisationService, db: Database) -> None:
    with pytest.raises(DomainError) as info:
        org.create_person("Anna", area_id=9999)
    assert info.value.message == base_messages.MSG_NOT_FOUND
    with pytest.raises(DomainError):
        org.create_person("Anna", level_id=9999)
    assert count(db, Person) == 0


def test_export_person_returns_their_data_as_json(org: OrganisationService) -> None:
    area = org.create_area("Wohnen")
    level = org.create_level("Leitung")
    person = org.create_person(
        "Petra Schulte",
        area_id=area.id,
        level_id=level.id,
        role="Bereichsleitung",
        email="p.schulte@verein.de",
    )
    data = json.loads(org.export_person(person.id))
    assert data == {
        "id": person.id,
        "name": "Petra Schulte",
        "area_name": "Wohnen",
        "level_name": "Leitung",
        "role": "Bereichsleitung",
        "email": "p.schulte@verein.de",
    }


def test_export_keeps_umlauts_readable(org: OrganisationService) -> None:
    person = org.create_person("Jürgen Weiß")
    assert "Jürgen Weiß" in org.export_person(person.id)


def test_delete_person_removes_them(org: OrganisationService, db: Database) -> None:
    area = org.create_area("Wohnen")
    anna = org.create_person("Anna", area_id=area.id)
    ben = org.create_person("Ben")
    deleted = org.delete_person(anna.id)
    assert (deleted.name, deleted.area_name) == ("Anna", "Wohnen")
    assert [p.id for p in org.list_persons()] == [ben.id]
    assert count(db, Person) == 1
    with pytest.raises(DomainError):
        org.get_person(anna.id)
    with pytest.raises(DomainError):
        org.delete_person(anna.id)
    # the area stays
    assert [(a.name, a.person_count) for a in org.list_areas()] == [("Wohnen", 0)]


# -- set-up ------------------------------------------------------------------------------

LEVELS = [("Leitung", True, False), ("Mitarbeitende", False, False), ("Ehrenamt", False, True)]


def test_set_up_creates_everything(org: OrganisationService) -> None:
    profile = org.set_up(" Verein ", ["Verwaltung", "", "  ", " Wohnen "], LEVELS)
    assert profile.name == "Verein"
    assert org.get_profile().name == "Verein"
    assert [a.name for a in org.list_areas()] == ["Verwaltung", "Wohnen"]
    assert [(lv.name, lv.rank, lv.is_leadership, lv.is_volunteer) for lv in org.list_levels()] == [
        ("Leitung", 0, True, False),
        ("Mitarbeitende", 1, False, False),
        ("Ehrenamt", 2, False, True),
    ]


def test_set_up_with_a_duplicate_area_stores_nothing(
    org: OrganisationService, db: Database
) -> None:
    with pytest.raises(DomainError) as info:
        org.set_up("Verein", ["Verwaltung", "Wohnen", "verwaltung"], LEVELS)
    assert info.value.field == "areas"
    assert info.value.params == {"name": "verwaltung"}
    assert (count(db, Organisation), count(db, Area), count(db, HierarchyLevel)) == (0, 0, 0)


@pytest.mark.parametrize(
    "levels",
    [
        [("Leitung", True, False), ("leitung", False, False)],
        [("x" * (NAME_LEN + 1), False, False)],
    ],
    ids=["duplicate", "too-long"],
)
def test_set_up_with_bad_levels_stores_nothing(
    org: OrganisationService, db: Database, levels
) -> None:
    with pytest.raises(DomainError) as info:
        org.set_up("Verein", ["Verwaltung"], levels)
    assert info.value.field == "levels"
    assert (count(db, Organisation), count(db, Area), count(db, HierarchyLevel)) == (0, 0, 0)


def test_set_up_skips_blank_levels(org: OrganisationService) -> None:
    org.set_up("Verein", [], [("  ", False, False), ("Leitung", True, False)])
    assert [(lv.name, lv.rank) for lv in org.list_levels()] == [("Leitung", 0)]


def test_set_up_without_a_name_stores_nothing(org: OrganisationService, db: Database) -> None:
    with pytest.raises(DomainError) as info:
        org.set_up("  ", ["Verwaltung"])
    assert info.value.field == "name"
    assert count(db, Area) == 0


def test_set_up_twice_refused(org: OrganisationService, db: Database) -> None:
    org.set_up("Verein", ["Verwaltung"])
    with pytest.raises(DomainError) as info:
        org.set_up("Anderer Verein", ["Wohnen"])
    assert info.value.message == messages.MSG_ALREADY_SET_UP
    assert org.get_profile().name == "Verein"
    assert [a.name for a in org.list_areas()] == ["Verwaltung"]
    assert count(db, Organisation) == 1


# -- settings ----------------------------------------------------------------------------


def test_settings_get_and_set(org: OrganisationService) -> None:
    assert org.get_setting("report_footer") is None
    assert org.get_setting("report_footer", "default") == "default"
    org.set_setting("report_footer", "Vertraulich")
    org.set_setting("other", "1")
    org.set_setting("report_footer", "Intern")
    assert org.get_setting("report_footer") == "Intern"
    assert org.get_setting("other") == "1"


def test_privacy_threshold(org: OrganisationService) -> None:
    assert DEFAULT_PRIVACY_THRESHOLD == 3
    assert org.privacy_threshold() == 3
    org.set_setting(messages.PRIVACY_THRESHOLD_KEY, "5")
    assert org.privacy_threshold() == 5
    org.set_setting(messages.PRIVACY_THRESHOLD_KEY, "kaputt")
    assert org.privacy_threshold() == 3


def test_settings_travel_with_the_file(tmp_path: Path) -> None:
    path = tmp_path / "org.sqlite3"
    first = open_database(path)
    OrganisationService(first).set_setting(messages.PRIVACY_THRESHOLD_KEY, "7")
    first.close()
    second = open_database(path)
    try:
        assert OrganisationService(second).privacy_threshold() == 7
    finally:
        second.close()


# -- property: whatever is typed, an area is stored cleanly or not at all -----------------


def test_create_area_stores_the_stripped_name_or_nothing(db: Database) -> None:
    # One database for all examples; each example starts from and leaves an empty area table.
    org = OrganisationService(db)
    existing = st.sampled_from(["Verwaltung", "Ärztlicher Dienst", "Wohnen"])
    variants = existing.flatmap(
        lambda n: st.sampled_from([n, n.lower(), n.upper(), f"  {n}\t", n.swapcase()])
    )
    names = st.lists(st.text(max_size=NAME_LEN + 20) | variants, min_size=1, max_size=4)

    @settings(max_examples=200, deadline=None)
    @given(names=names)
    @example(names=["0\x0c0"])  # a page break inside a name
    def check(names: list[str]) -> None:
        try:
            for name in names:
                before = org.list_areas()
                try:
                    row = org.create_area(name)
                except DomainError:
                    # GIVEN a refusal THEN nothing was stored
                    assert org.list_areas() == before
                    continue
                # GIVEN success THEN exactly the stripped text was stored, as one new row
                # (Word's soft line and page breaks, \v and \f, arrive as line breaks)
                expected = name.replace("\x0b", "\n").replace("\x0c", "\n").strip()
                assert row.name == expected
                stored = {a.id: a.name for a in org.list_areas()}
                assert stored[row.id] == expected
                assert len(stored) == len(before) + 1
            # never two areas that differ only in case
            lowered = [a.name.casefold() for a in org.list_areas()]
            assert len(lowered) == len(set(lowered))
        finally:
            with db.sessions() as session, session.begin():
                session.execute(delete(Area))

    check()

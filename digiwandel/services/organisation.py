"""Organisation profile, areas, hierarchy levels and persons."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field

from sqlalchemy import func, select

from digiwandel.domain.vocabulary import EMAIL_LEN, NAME_LEN, SHORT_LEN, TEXT_LEN
from digiwandel.model.assessment import Respondent
from digiwandel.model.database import Database
from digiwandel.model.organisation import Area, HierarchyLevel, Organisation, Person, Setting
from digiwandel.services.base import (
    MSG_CHOICE,
    MSG_TEXT,
    MSG_TOO_LONG,
    check_fields,
    check_version,
    checked_text,
    clean_count,
    clean_email,
    clean_text,
    get_or_raise,
    unit_of_work,
    whole_number,
)
from digiwandel.services.errors import QT_TRANSLATE_NOOP, DomainError

MSG_ORG_NAME = QT_TRANSLATE_NOOP("DomainError", "Please enter the name of your organisation.")
MSG_AREA_NAME = QT_TRANSLATE_NOOP("DomainError", "Please enter a name for the area.")
MSG_AREA_EXISTS = QT_TRANSLATE_NOOP(
    "DomainError", "An area called “{name}” already exists. Please choose another name."
)
MSG_AREA_IN_USE = QT_TRANSLATE_NOOP(
    "DomainError",
    "The area “{name}” cannot be deleted because %n answer sheet(s) of the "
    "Digitalisierungscheck belong to it. Rename it instead.",
)
MSG_AREA_TWICE = QT_TRANSLATE_NOOP(
    "DomainError", "The area “{name}” appears twice in the list. Please enter each area once."
)
MSG_ALREADY_SET_UP = QT_TRANSLATE_NOOP(
    "DomainError", "This database already describes an organisation."
)
MSG_LEVEL_NAME = QT_TRANSLATE_NOOP("DomainError", "Please enter a name for the level.")
MSG_LEVEL_EXISTS = QT_TRANSLATE_NOOP(
    "DomainError", "A level called “{name}” already exists. Please choose another name."
)
MSG_LEVEL_IN_USE = QT_TRANSLATE_NOOP(
    "DomainError",
    "The level “{name}” cannot be deleted because %n answer sheet(s) of the "
    "Digitalisierungscheck belong to it. Rename it instead.",
)
MSG_LEVEL_RANK = QT_TRANSLATE_NOOP("DomainError", "The order must be a number from 0 to 99.")
MSG_PERSON_NAME = QT_TRANSLATE_NOOP("DomainError", "Please enter the person's name.")
MSG_FISCAL_MONTH = QT_TRANSLATE_NOOP(
    "DomainError", "Please choose a month from January to December."
)
MSG_POSTAL_CODE = QT_TRANSLATE_NOOP(
    "DomainError", "A postal code has 4 or 5 digits (example: 50667)."
)
MSG_LOGO_TOO_LARGE = QT_TRANSLATE_NOOP(
    "DomainError", "The logo file is too large ({size} KB). Please choose an image under 2 MB."
)
MSG_LOGO_TYPE = QT_TRANSLATE_NOOP("DomainError", "The logo must be a PNG or JPEG image.")

LOGO_LIMIT = 2 * 1024 * 1024
PRIVACY_THRESHOLD_KEY = "privacy_threshold"
DEFAULT_PRIVACY_THRESHOLD = 3


@dataclass(frozen=True, slots=True)
class OrganisationProfile:
    name: str
    legal_form: str = ""
    fields_of_work: str = ""
    staff_count: int = 0
    volunteer_count: int = 0
    street: str = ""
    postal_code: str = ""
    city: str = ""
    fiscal_year_start_month: int = 1
    has_logo: bool = False
    # The row version (0: no profile yet): an edit based on an older one is refused.
    version: int = 0


@dataclass(frozen=True, slots=True)
class AreaRow:
    id: int
    name: str
    description: str
    person_count: int = 0
    version: int = 0  # the row version: an edit based on an older one is refused


@dataclass(frozen=True, slots=True)
class LevelRow:
    id: int
    name: str
    rank: int
    is_leadership: bool
    is_volunteer: bool
    person_count: int = 0
    version: int = 0  # the row version: an edit based on an older one is refused


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    name: str
    area_id: int | None
    area_name: str
    level_id: int | None
    level_name: str
    role: str
    email: str
    version: int = 0  # the row version: an edit based on an older one is refused


@dataclass(frozen=True, slots=True)
class AreaSnapshot:
    """Everything needed to bring a deleted area back (used by undo)."""

    name: str
    description: str
    position: int
    person_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class LevelSnapshot:
    name: str
    rank: int
    is_leadership: bool
    is_volunteer: bool
    person_ids: list[int] = field(default_factory=list)


_PROFILE_FIELDS = {
    "name",
    "legal_form",
    "fields_of_work",
    "staff_count",
    "volunteer_count",
    "street",
    "postal_code",
    "city",
    "fiscal_year_start_month",
}


def _profile(org: Organisation) -> OrganisationProfile:
    return OrganisationProfile(
        name=org.name,
        legal_form=org.legal_form,
        fields_of_work=org.fields_of_work,
        staff_count=org.staff_count,
        volunteer_count=org.volunteer_count,
        street=org.street,
        postal_code=org.postal_code,
        city=org.city,
        fiscal_year_start_month=org.fiscal_year_start_month,
        has_logo=org.logo is not None,
        version=org.row_version,
    )


def _setting_key(key: object) -> str:
    """A setting's name is chosen by the program: a short word of letters, digits, "_", ".",
    "-"."""
    if not isinstance(key, str) or not re.fullmatch(r"[A-Za-z0-9_.\-]{1,80}", key):
        raise DomainError(MSG_CHOICE, field="key")
    return key


class OrganisationService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- profile -----------------------------------------------------------------------
    def get_profile(self) -> OrganisationProfile | None:
        # Table columns, not the mapped class: the first page and the start-up ask for the
        # profile before anything else, and this way they need no ORM set-up.
        org = Organisation.__table__.c
        with unit_of_work(self.db) as session:
            row = session.execute(
                select(
                    org.name,
                    org.legal_form,
                    org.fields_of_work,
                    org.staff_count,
                    org.volunteer_count,
                    org.street,
                    org.postal_code,
                    org.city,
                    org.fiscal_year_start_month,
                    org.logo.is_not(None),
                    org.row_version,
                ).limit(1)
            ).first()
            return OrganisationProfile(*row) if row is not None else None

    def counts(self) -> tuple[int, int]:
        """(areas, persons), counted in one statement on the tables."""
        with unit_of_work(self.db) as session:
            areas, persons = session.execute(
                select(
                    select(func.count()).select_from(Area.__table__).scalar_subquery(),
                    select(func.count()).select_from(Person.__table__).scalar_subquery(),
                )
            ).one()
            return int(areas), int(persons)

    def save_profile(
        self, expected_version: int | None = None, **values: object
    ) -> OrganisationProfile:
        """Create or update the profile; unknown keys are a programming error.

        `expected_version` is the `version` of the profile the user saw (0: none yet): when
        someone else saved it since, the change is refused with a StaleEditError."""
        check_fields(values, _PROFILE_FIELDS)
        clean = self._clean_profile(values)
        with unit_of_work(self.db) as session:
            org = session.scalars(select(Organisation).limit(1)).first()
            if org is None:
                if "name" not in clean:
                    raise DomainError(MSG_ORG_NAME, field="name")
                org = Organisation(name=clean["name"])
                session.add(org)
            else:
                check_version(org, expected_version)
            for key, value in clean.items():
                setattr(org, key, value)
            session.flush()
            return _profile(org)

    def _clean_profile(self, values: dict[str, object]) -> dict[str, object]:
        clean: dict[str, object] = {}
        if "name" in values:
            clean["name"] = clean_text(
                values["name"], field="name", limit=NAME_LEN, required=MSG_ORG_NAME
            )
        for key, limit in (
            ("legal_form", SHORT_LEN),
            ("fields_of_work", NAME_LEN * 2),
            ("street", NAME_LEN),
            ("city", NAME_LEN),
        ):
            if key in values:
                clean[key] = clean_text(values[key], field=key, limit=limit)
        for key in ("staff_count", "volunteer_count"):
            if key in values:
                clean[key] = clean_count(values[key], field=key)
        if "postal_code" in values:
            code = clean_text(values["postal_code"], field="postal_code", limit=10)
            if code and not (code.isdigit() and len(code) in (4, 5)):
                raise DomainError(MSG_POSTAL_CODE, field="postal_code")
            clean["postal_code"] = code
        if "fiscal_year_start_month" in values:
            month = whole_number(values["fiscal_year_start_month"])
            if month is None or not 1 <= month <= 12:
                raise DomainError(MSG_FISCAL_MONTH, field="fiscal_year_start_month")
            clean["fiscal_year_start_month"] = month
        return clean

    def set_logo(
        self, data: bytes | None, expected_version: int | None = None
    ) -> OrganisationProfile:
        """Store a PNG or JPEG logo in the database (None removes it); `expected_version`
        as for `save_profile`."""
        mime = None
        if data is not None and not isinstance(data, bytes):
            raise DomainError(MSG_LOGO_TYPE, field="logo")
        if data is not None:
            if len(data) > LOGO_LIMIT:
                raise DomainError(MSG_LOGO_TOO_LARGE, field="logo", size=len(data) // 1024)
            if data.startswith(b"\x89PNG\r\n\x1a\n"):
                mime = "image/png"
            elif data.startswith(b"\xff\xd8\xff"):
                mime = "image/jpeg"
            else:
                raise DomainError(MSG_LOGO_TYPE, field="logo")
        with unit_of_work(self.db) as session:
            org = session.scalars(select(Organisation).limit(1)).first()
            if org is None:
                raise DomainError(MSG_ORG_NAME, field="name")
            check_version(org, expected_version)
            org.logo = data
            org.logo_mime = mime
            session.flush()
            return _profile(org)

    def get_logo(self) -> bytes | None:
        with unit_of_work(self.db) as session:
            return session.scalars(select(Organisation.logo).limit(1)).first()

    def set_up(
        self,
        name: str,
        area_names: list[str],
        levels: list[tuple[str, bool, bool]] = (),
    ) -> OrganisationProfile:
        """First start: the organisation, its areas and levels in one transaction.

        `levels` holds (name, is_leadership, is_volunteer) in order from the top.
        """
        name = clean_text(name, field="name", limit=NAME_LEN, required=MSG_ORG_NAME)
        if not isinstance(area_names, list | tuple):
            raise DomainError(MSG_TEXT, field="areas")
        if not isinstance(levels, list | tuple) or not all(
            isinstance(level, list | tuple) and len(level) == 3 for level in levels
        ):
            raise DomainError(MSG_TEXT, field="levels")
        areas: list[str] = []
        for raw in area_names:
            area = clean_text(raw, field="areas", limit=NAME_LEN)
            if not area:
                continue
            if area.casefold() in (a.casefold() for a in areas):
                raise DomainError(MSG_AREA_TWICE, field="areas", name=area)
            areas.append(area)
        clean_levels: list[tuple[str, bool, bool]] = []
        for raw, leadership, volunteer in levels:
            level = clean_text(raw, field="levels", limit=NAME_LEN)
            if not level:
                continue
            if level.casefold() in (lv.casefold() for lv, _, _ in clean_levels):
                raise DomainError(MSG_LEVEL_EXISTS, field="levels", name=level)
            clean_levels.append((level, bool(leadership), bool(volunteer)))
        with unit_of_work(self.db) as session:
            if session.scalar(select(func.count(Organisation.id))):
                raise DomainError(MSG_ALREADY_SET_UP, field="name")
            org = Organisation(name=name)
            session.add(org)
            for position, area in enumerate(areas, start=1):
                session.add(Area(name=area, position=position))
            for rank, (level, leadership, volunteer) in enumerate(clean_levels):
                session.add(
                    HierarchyLevel(
                        name=level, rank=rank, is_leadership=leadership, is_volunteer=volunteer
                    )
                )
            session.flush()
            return _profile(org)

    # -- settings ----------------------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        key = _setting_key(key)
        with unit_of_work(self.db) as session:
            row = session.get(Setting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        key = _setting_key(key)
        value = checked_text(value, field="value")
        if len(value) > TEXT_LEN:
            raise DomainError(MSG_TOO_LONG, field="value", limit=TEXT_LEN, length=len(value))
        with unit_of_work(self.db) as session:
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value

    # -- areas -------------------------------------------------------------------------
    def list_areas(self) -> list[AreaRow]:
        with unit_of_work(self.db) as session:
            counts = (
                select(Person.area_id, func.count(Person.id).label("n"))
                .group_by(Person.area_id)
                .subquery()
            )
            rows = session.execute(
                select(Area, func.coalesce(counts.c.n, 0))
                .outerjoin(counts, counts.c.area_id == Area.id)
                .order_by(Area.position, Area.name)
            ).all()
            return [AreaRow(a.id, a.name, a.description, n, a.row_version) for a, n in rows]

    def create_area(self, name: str, description: str = "") -> AreaRow:
        name, description = self._clean_area(name, description)
        with unit_of_work(self.db) as session:
            self._ensure_unique(session, Area, name, MSG_AREA_EXISTS)
            position = session.scalar(select(func.coalesce(func.max(Area.position), 0))) + 1
            area = Area(name=name, description=description, position=position)
            session.add(area)
            session.flush()
            return AreaRow(area.id, area.name, area.description, 0, area.row_version)

    def update_area(
        self,
        area_id: int,
        name: str,
        description: str = "",
        expected_version: int | None = None,
    ) -> AreaRow:
        """Change an area; `expected_version` is the `version` of the area the user saw: when
        someone else changed it since, the change is refused with a StaleEditError."""
        name, description = self._clean_area(name, description)
        with unit_of_work(self.db) as session:
            area = get_or_raise(session, Area, area_id, expected_version)
            self._ensure_unique(session, Area, name, MSG_AREA_EXISTS, exclude_id=area_id)
            area.name, area.description = name, description
            session.flush()
            count = session.scalar(select(func.count(Person.id)).where(Person.area_id == area_id))
            return AreaRow(area.id, area.name, area.description, count or 0, area.row_version)

    def delete_area(self, area_id: int) -> AreaSnapshot:
        """Delete an area; its persons stay, without an area. Returns what undo needs."""
        with unit_of_work(self.db) as session:
            area = get_or_raise(session, Area, area_id)
            used = session.scalar(
                select(func.count(Respondent.id)).where(Respondent.area_id == area_id)
            )
            if used:
                raise DomainError(MSG_AREA_IN_USE, name=area.name, count=used)
            person_ids = list(session.scalars(select(Person.id).where(Person.area_id == area_id)))
            snapshot = AreaSnapshot(area.name, area.description, area.position, person_ids)
            session.delete(area)
            return snapshot

    def restore_area(self, snapshot: AreaSnapshot) -> AreaRow:
        """Bring back a deleted area and reattach the persons that still exist."""
        with unit_of_work(self.db) as session:
            self._ensure_unique(session, Area, snapshot.name, MSG_AREA_EXISTS)
            area = Area(
                name=snapshot.name, description=snapshot.description, position=snapshot.position
            )
            session.add(area)
            session.flush()
            count = _relink(session, snapshot.person_ids, "area_id", area.id)
            return AreaRow(area.id, area.name, area.description, count, area.row_version)

    def _clean_area(self, name: str, description: str) -> tuple[str, str]:
        return (
            clean_text(name, field="name", limit=NAME_LEN, required=MSG_AREA_NAME),
            clean_text(description, field="description", limit=TEXT_LEN),
        )

    @staticmethod
    def _ensure_unique(session, cls, name: str, message: str, exclude_id: int | None = None):
        # Case-insensitive, so "Verwaltung" and "verwaltung" cannot both exist. Compared in
        # Python: SQL lower() only folds ASCII in SQLite, so "Ärzte"/"ärzte" would slip through.
        # Areas and levels are short lists, so loading their names is cheap.
        query = select(cls.id, cls.name)
        if exclude_id is not None:
            query = query.where(cls.id != exclude_id)
        key = name.casefold()
        for _id, existing in session.execute(query):
            if existing.casefold() == key:
                raise DomainError(message, field="name", name=existing)

    # -- hierarchy levels --------------------------------------------------------------
    def list_levels(self) -> list[LevelRow]:
        with unit_of_work(self.db) as session:
            counts = (
                select(Person.level_id, func.count(Person.id).label("n"))
                .group_by(Person.level_id)
                .subquery()
            )
            rows = session.execute(
                select(HierarchyLevel, func.coalesce(counts.c.n, 0))
                .outerjoin(counts, counts.c.level_id == HierarchyLevel.id)
                .order_by(HierarchyLevel.rank, HierarchyLevel.name)
            ).all()
            return [
                LevelRow(
                    lv.id, lv.name, lv.rank, lv.is_leadership, lv.is_volunteer, n, lv.row_version
                )
                for lv, n in rows
            ]

    def create_level(
        self, name: str, rank: int = 0, is_leadership: bool = False, is_volunteer: bool = False
    ) -> LevelRow:
        name, rank = self._clean_level(name, rank)
        with unit_of_work(self.db) as session:
            self._ensure_unique(session, HierarchyLevel, name, MSG_LEVEL_EXISTS)
            level = HierarchyLevel(
                name=name,
                rank=rank,
                is_leadership=bool(is_leadership),
                is_volunteer=bool(is_volunteer),
            )
            session.add(level)
            session.flush()
            return LevelRow(
                level.id, name, rank, level.is_leadership, level.is_volunteer, 0, level.row_version
            )

    def update_level(
        self,
        level_id: int,
        name: str,
        rank: int = 0,
        is_leadership: bool = False,
        is_volunteer: bool = False,
        expected_version: int | None = None,
    ) -> LevelRow:
        """Change a level; `expected_version` as for `update_area`."""
        name, rank = self._clean_level(name, rank)
        with unit_of_work(self.db) as session:
            level = get_or_raise(session, HierarchyLevel, level_id, expected_version)
            self._ensure_unique(
                session, HierarchyLevel, name, MSG_LEVEL_EXISTS, exclude_id=level_id
            )
            level.name, level.rank = name, rank
            level.is_leadership, level.is_volunteer = bool(is_leadership), bool(is_volunteer)
            session.flush()
            count = session.scalar(select(func.count(Person.id)).where(Person.level_id == level_id))
            return LevelRow(
                level.id,
                name,
                rank,
                level.is_leadership,
                level.is_volunteer,
                count or 0,
                level.row_version,
            )

    def delete_level(self, level_id: int) -> LevelSnapshot:
        """Delete a level; its persons stay, without a level. Returns what undo needs."""
        with unit_of_work(self.db) as session:
            level = get_or_raise(session, HierarchyLevel, level_id)
            used = session.scalar(
                select(func.count(Respondent.id)).where(Respondent.level_id == level_id)
            )
            if used:
                raise DomainError(MSG_LEVEL_IN_USE, name=level.name, count=used)
            person_ids = list(session.scalars(select(Person.id).where(Person.level_id == level_id)))
            snapshot = LevelSnapshot(
                level.name, level.rank, level.is_leadership, level.is_volunteer, person_ids
            )
            session.delete(level)
            return snapshot

    def restore_level(self, snapshot: LevelSnapshot) -> LevelRow:
        """Bring back a deleted level and reattach the persons that still exist."""
        with unit_of_work(self.db) as session:
            self._ensure_unique(session, HierarchyLevel, snapshot.name, MSG_LEVEL_EXISTS)
            level = HierarchyLevel(
                name=snapshot.name,
                rank=snapshot.rank,
                is_leadership=snapshot.is_leadership,
                is_volunteer=snapshot.is_volunteer,
            )
            session.add(level)
            session.flush()
            count = _relink(session, snapshot.person_ids, "level_id", level.id)
            return LevelRow(
                level.id,
                level.name,
                level.rank,
                level.is_leadership,
                level.is_volunteer,
                count,
                level.row_version,
            )

    def _clean_level(self, name: str, rank: int) -> tuple[str, int]:
        name = clean_text(name, field="name", limit=NAME_LEN, required=MSG_LEVEL_NAME)
        rank = 0 if rank is None else whole_number(rank)
        if rank is None or not 0 <= rank <= 99:
            raise DomainError(MSG_LEVEL_RANK, field="rank")
        return name, rank

    # -- persons -----------------------------------------------------------------------
    def list_persons(self) -> list[PersonRow]:
        with unit_of_work(self.db) as session:
            rows = session.execute(
                select(Person, Area.name, HierarchyLevel.name)
                .outerjoin(Area, Person.area_id == Area.id)
                .outerjoin(HierarchyLevel, Person.level_id == HierarchyLevel.id)
                .order_by(Person.name)
            ).all()
            return [_person_row(p, a or "", lv or "") for p, a, lv in rows]

    def get_person(self, person_id: int) -> PersonRow:
        with unit_of_work(self.db) as session:
            person = get_or_raise(session, Person, person_id)
            return _person_row(person)

    def create_person(
        self,
        name: str,
        area_id: int | None = None,
        level_id: int | None = None,
        role: str = "",
        email: str = "",
    ) -> PersonRow:
        values = self._clean_person(name, role, email)
        with unit_of_work(self.db) as session:
            self._check_refs(session, area_id, level_id)
            person = Person(area_id=area_id, level_id=level_id, **values)
            session.add(person)
            session.flush()
            return _person_row(person)

    def update_person(
        self,
        person_id: int,
        name: str,
        area_id: int | None = None,
        level_id: int | None = None,
        role: str = "",
        email: str = "",
        expected_version: int | None = None,
    ) -> PersonRow:
        """Change a person; `expected_version` as for `update_area`."""
        values = self._clean_person(name, role, email)
        with unit_of_work(self.db) as session:
            person = get_or_raise(session, Person, person_id, expected_version)
            self._check_refs(session, area_id, level_id)
            for key, value in values.items():
                setattr(person, key, value)
            person.area_id, person.level_id = area_id, level_id
            session.flush()
            session.refresh(person)
            return _person_row(person)

    def delete_person(self, person_id: int) -> PersonRow:
        """Delete a person for good (GDPR Art. 17); references to them become empty."""
        with unit_of_work(self.db) as session:
            person = get_or_raise(session, Person, person_id)
            row = _person_row(person)
            session.delete(person)
            return row

    def export_person(self, person_id: int) -> str:
        """All personal data stored about one person, as JSON (GDPR Art. 15)."""
        row = self.get_person(person_id)
        data = asdict(row)
        data.pop("area_id")
        data.pop("level_id")
        data.pop("version")  # bookkeeping of the program, not data about the person
        return json.dumps(data, ensure_ascii=False, indent=2)

    @staticmethod
    def _clean_person(name: str, role: str, email: str) -> dict[str, str]:
        return {
            "name": clean_text(name, field="name", limit=NAME_LEN, required=MSG_PERSON_NAME),
            "role": clean_text(role, field="role", limit=NAME_LEN),
            "email": clean_email(email, limit=EMAIL_LEN),
        }

    @staticmethod
    def _check_refs(session, area_id: int | None, level_id: int | None) -> None:
        if area_id is not None:
            get_or_raise(session, Area, area_id)
        if level_id is not None:
            get_or_raise(session, HierarchyLevel, level_id)

    # -- privacy threshold ---------------------------------------------------------------
    def privacy_threshold(self) -> int:
        value = self.get_setting(PRIVACY_THRESHOLD_KEY)
        return int(value) if value and value.isdigit() else DEFAULT_PRIVACY_THRESHOLD


def _relink(session, person_ids: list[int], attribute: str, target_id: int) -> int:
    """Point the given persons back at a restored area or level; returns how many.

    Only persons still without one come back; others were reassigned in the meantime.
    """
    if not person_ids:
        return 0
    persons = session.scalars(select(Person).where(Person.id.in_(person_ids))).all()
    count = 0
    for person in persons:
        if getattr(person, attribute) is None:
            setattr(person, attribute, target_id)
            count += 1
    return count


def _person_row(
    person: Person, area_name: str | None = None, level_name: str | None = None
) -> PersonRow:
    """Names may be passed in from a joined query; otherwise they are read from the person."""
    if area_name is None:
        area_name = person.area.name if person.area else ""
    if level_name is None:
        level_name = person.level.name if person.level else ""
    return PersonRow(
        id=person.id,
        name=person.name,
        area_id=person.area_id,
        area_name=area_name,
        level_id=person.level_id,
        level_name=level_name,
        role=person.role,
        email=person.email,
        version=person.row_version,
    )

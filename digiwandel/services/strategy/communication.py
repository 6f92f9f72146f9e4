"""The communication plan of a version or a measure (project)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from digiwandel.domain.vocabulary import (
    COMMUNICATION_PURPOSES,
    COMMUNICATION_STATUSES,
    FREQUENCIES,
    NAME_LEN,
    TEXT_LEN,
)
from digiwandel.model.organisation import Person
from digiwandel.model.project import Project
from digiwandel.model.strategy import CommunicationItem, StrategyVersion
from digiwandel.services.base import (
    MSG_NOT_FOUND,
    MSG_NOT_NEGATIVE,
    check_fields,
    clean_choice,
    clean_date,
    clean_text,
    clean_today,
    get_or_raise,
    live_ref,
    unit_of_work,
    whole_number,
)
from digiwandel.services.errors import DomainError
from digiwandel.services.strategy.messages import MSG_AUDIENCE, MSG_ONE_OWNER
from digiwandel.services.strategy.rows import CommunicationRow
from digiwandel.services.strategy.rules import ensure_not_archived, first_changed, next_occurrence
from digiwandel.services.trash import move_to_trash

DEFAULT_DUE_DAYS = 14
MAX_DUE_DAYS = 3660

_COMMUNICATION_FIELDS = frozenset(
    {
        "audience",
        "purpose",
        "key_message",
        "channel",
        "due_on",
        "frequency",
        "responsible_id",
        "status",
        "feedback",
        "version_id",
        "project_id",
    }
)


def _clean_communication(values: dict[str, object]) -> dict[str, object]:
    clean: dict[str, object] = {}
    if "audience" in values:
        clean["audience"] = clean_text(
            values["audience"], field="audience", limit=NAME_LEN, required=MSG_AUDIENCE
        )
    if "channel" in values:
        clean["channel"] = clean_text(values["channel"], field="channel", limit=NAME_LEN)
    for key in ("key_message", "feedback"):
        if key in values:
            clean[key] = clean_text(values[key], field=key, limit=TEXT_LEN)
    for key, choices in (
        ("purpose", COMMUNICATION_PURPOSES),
        ("frequency", FREQUENCIES),
        ("status", COMMUNICATION_STATUSES),
    ):
        if key in values:
            clean[key] = clean_choice(values[key], choices, field=key)
    if "due_on" in values:
        clean["due_on"] = clean_date(values["due_on"], field="due_on")
    for key in ("responsible_id", "version_id", "project_id"):
        if key in values:
            clean[key] = values[key]
    return clean


class CommunicationPart:
    """The communication plan methods of StrategyService."""

    # ---- communication plan ---------------------------------------------------------------
    def list_communication(
        self,
        version_id: int | None = None,
        project_id: int | None = None,
        today: date | None = None,
    ) -> list[CommunicationRow]:
        """Items of a version, of a project, or (neither given) all items; by next date."""
        with unit_of_work(self.db) as session:
            query = self._communication_query()
            if version_id is not None:
                get_or_raise(session, StrategyVersion, version_id)
                query = query.where(CommunicationItem.strategy_version_id == version_id)
            if project_id is not None:
                get_or_raise(session, Project, project_id)
                query = query.where(CommunicationItem.project_id == project_id)
            return _sorted_items(self._communication_rows(session, query, today))

    def due_communication(
        self, within_days: int = DEFAULT_DUE_DAYS, today: date | None = None
    ) -> list[CommunicationRow]:
        """Planned items next due from today to `within_days` days ahead (overdue excluded)."""
        days = whole_number(within_days)
        if days is None or days < 0:
            raise DomainError(MSG_NOT_NEGATIVE, field="within_days")
        today = clean_today(today)
        end = today + timedelta(days=min(days, MAX_DUE_DAYS))
        with unit_of_work(self.db) as session:
            rows = self._communication_rows(session, self._communication_query(), today)
        return _sorted_items(
            r
            for r in rows
            if r.status == "planned" and r.next_due is not None and today <= r.next_due <= end
        )

    def overdue_communication(self, today: date | None = None) -> list[CommunicationRow]:
        """Planned one-off items whose date has passed (a recurring item is never overdue:
        its next occurrence lies ahead)."""
        with unit_of_work(self.db) as session:
            rows = self._communication_rows(session, self._communication_query(), today)
        return _sorted_items(r for r in rows if r.overdue)

    @staticmethod
    def _communication_query():
        return (
            select(CommunicationItem, Project.title, Person.name)
            .outerjoin(Project, Project.id == CommunicationItem.project_id)
            .outerjoin(Person, Person.id == CommunicationItem.responsible_id)
            .outerjoin(StrategyVersion, StrategyVersion.id == CommunicationItem.strategy_version_id)
            .where(
                CommunicationItem.deleted_at.is_(None),
                # Items of a version or project in the trash are hidden with it.
                StrategyVersion.deleted_at.is_(None),
                Project.deleted_at.is_(None),
            )
        )

    @staticmethod
    def _communication_rows(session: Session, query, today: date | None):
        today = clean_today(today)
        rows = []
        for item, project_title, responsible in session.execute(query):
            next_due = next_occurrence(item.due_on, item.frequency, today)
            rows.append(
                CommunicationRow(
                    id=item.id,
                    version_id=item.strategy_version_id,
                    project_id=item.project_id,
                    project_title=project_title or "",
                    audience=item.audience,
                    purpose=item.purpose,
                    key_message=item.key_message,
                    channel=item.channel,
                    due_on=item.due_on,
                    frequency=item.frequency,
                    responsible_id=item.responsible_id,
                    responsible_name=responsible or "",
                    status=item.status,
                    feedback=item.feedback,
                    next_due=next_due,
                    overdue=item.status == "planned" and next_due is not None and next_due < today,
                    version=item.row_version,
                )
            )
        return rows

    def get_communication(self, item_id: int, today: date | None = None) -> CommunicationRow:
        with unit_of_work(self.db) as session:
            self._communication_item(session, item_id)
            query = self._communication_query().where(CommunicationItem.id == item_id)
            return self._communication_rows(session, query, today)[0]

    def create_communication(
        self,
        audience: str,
        purpose: str = "inform",
        key_message: str = "",
        channel: str = "",
        due_on: date | None = None,
        frequency: str = "once",
        responsible_id: int | None = None,
        status: str = "planned",
        feedback: str = "",
        version_id: int | None = None,
        project_id: int | None = None,
    ) -> CommunicationRow:
        """A line of the communication plan, for a strategy version or a measure (project)."""
        clean = _clean_communication(
            {
                "audience": audience,
                "purpose": purpose,
                "key_message": key_message,
                "channel": channel,
                "due_on": due_on,
                "frequency": frequency,
                "responsible_id": responsible_id,
                "status": status,
                "feedback": feedback,
                "version_id": version_id,
                "project_id": project_id,
            }
        )
        if version_id is not None and project_id is not None:
            raise DomainError(MSG_ONE_OWNER, field="project_id")
        with unit_of_work(self.db) as session:
            self._check_communication_refs(session, clean)
            clean["strategy_version_id"] = clean.pop("version_id")
            item = CommunicationItem(**clean)
            session.add(item)
            session.flush()
            ident = item.id
        return self.get_communication(ident)

    def update_communication(
        self, item_id: int, expected_version: int | None = None, **values: object
    ) -> CommunicationRow:
        """Change fields of an entry; with `expected_version` (the `version` of the row the
        form was filled from) a change based on an older state is refused."""
        check_fields(values, _COMMUNICATION_FIELDS)
        clean = _clean_communication(values)
        with unit_of_work(self.db) as session:
            item = self._communication_item(session, item_id, expected_version)
            ensure_not_archived(item.strategy_version)
            self._check_communication_refs(session, clean)
            version_id = clean.get("version_id", item.strategy_version_id)
            project_id = clean.get("project_id", item.project_id)
            if version_id is not None and project_id is not None:
                field_name = first_changed(set(clean), "project_id", "version_id")
                raise DomainError(MSG_ONE_OWNER, field=field_name)
            if "version_id" in clean:
                clean["strategy_version_id"] = clean.pop("version_id")
            for key, value in clean.items():
                setattr(item, key, value)
        return self.get_communication(item_id)

    def delete_communication(self, item_id: int) -> str:
        with unit_of_work(self.db) as session:
            item = self._communication_item(session, item_id)
            ensure_not_archived(item.strategy_version)
            return move_to_trash(session, [item], item.audience)

    @staticmethod
    def _communication_item(
        session: Session, item_id: int, expected_version: int | None = None
    ) -> CommunicationItem:
        item = get_or_raise(session, CommunicationItem, item_id, expected_version)
        for owner in (item.strategy_version, item.project):
            if owner is not None and owner.deleted_at is not None:
                raise DomainError(MSG_NOT_FOUND)
        return item

    @staticmethod
    def _check_communication_refs(session: Session, clean: dict[str, object]) -> None:
        if clean.get("version_id") is not None:
            version = live_ref(session, StrategyVersion, clean["version_id"], "version_id")
            ensure_not_archived(version)
        if clean.get("project_id") is not None:
            live_ref(session, Project, clean["project_id"], "project_id")
        if clean.get("responsible_id") is not None:
            live_ref(session, Person, clean["responsible_id"], "responsible_id")


def _sorted_items(rows) -> list[CommunicationRow]:
    """By next date (items without a date last), then audience."""
    return sorted(rows, key=lambda r: (r.next_due is None, r.next_due or date.min, r.audience))

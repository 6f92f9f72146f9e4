"""Reports: what can be made, making one, and the snapshots kept of those made.

``ReportService`` is what the program window and the command line call. It dispatches to
the module of each kind (``digiwandel.services.reports.<kind>``, see ``common``), imported
when first needed, so that neither reportlab nor the charts load before a report is made.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import func, select

from digiwandel.domain.language import Language, speaking
from digiwandel.domain.vocabulary import NAME_LEN, REPORT_KINDS
from digiwandel.model.assessment import Assessment
from digiwandel.model.database import Database
from digiwandel.model.project import Project
from digiwandel.model.report import ReportSnapshot
from digiwandel.services.base import MSG_CHOICE, clean_text, row_id, unit_of_work
from digiwandel.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFoundError
from digiwandel.services.reports.common import (
    KINDS,
    Progress,
    RenderedReport,
    ReportRequest,
    no_progress,
)

__all__ = [
    "KINDS",
    "ItemChoice",
    "KindInfo",
    "LastSnapshot",
    "RenderedReport",
    "ReportRequest",
    "ReportService",
    "SnapshotRow",
    "default_period",
    "kind_module",
    "no_progress",
    "write_file_atomically",
]

MSG_UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "DomainError",
    "There is no report of the kind “{kind}”. Known kinds: board, assessment, project, "
    "strategy, questionnaire.",
)
MSG_NO_COMPLETED_CHECK = QT_TRANSLATE_NOOP(
    "DomainError",
    "This report needs a completed Digitalisierungscheck, and there is none yet. Complete a "
    "check on the page Digitalisierungscheck first.",
)
MSG_UNKNOWN_CHECK = QT_TRANSLATE_NOOP(
    "DomainError", "There is no completed Digitalisierungscheck with the number {id}."
)
MSG_NO_MEASURE = QT_TRANSLATE_NOOP(
    "DomainError",
    "This report describes one measure, and there is none yet. Create a measure on the page "
    "Measures first.",
)
MSG_CHOOSE_MEASURE = QT_TRANSLATE_NOOP(
    "DomainError", "Please choose the measure the report is about."
)
MSG_UNKNOWN_MEASURE = QT_TRANSLATE_NOOP("DomainError", "There is no measure with the number {id}.")
MSG_FIGURES_ONLY = QT_TRANSLATE_NOOP(
    "DomainError",
    "Only the key figures of this report were kept, not its pages; the next board report "
    "compares with them.",
)
MSG_SNAPSHOT_GONE = QT_TRANSLATE_NOOP(
    "DomainError", "This report is no longer kept. It may have been deleted in the meantime."
)

_PERIOD_CONTEXT = "ReportPeriod"  # a name, not a literal, where it is looked up (lupdate)
_HALF_YEAR = (
    QT_TRANSLATE_NOOP("ReportPeriod", "1st half of {year}"),
    QT_TRANSLATE_NOOP("ReportPeriod", "2nd half of {year}"),
)

#: Settings key of the sections last chosen for a kind (a JSON list of section keys).
SECTIONS_SETTING = "report.sections.{kind}"


@dataclass(frozen=True, slots=True)
class KindInfo:
    kind: str
    title: str  # source text in the "ReportKinds" context
    sections: tuple[tuple[str, str], ...]  # (key, source text in "ReportSections")
    item: str | None  # None, "assessment" or "project"
    keeps_snapshot: bool  # every report of this kind is kept in the database


@dataclass(frozen=True, slots=True)
class ItemChoice:
    """What a report can be about: a completed check or a measure."""

    id: int
    title: str
    day: Any = None  # the check's date; None for a measure


@dataclass(frozen=True, slots=True)
class SnapshotRow:
    """A kept report, without its PDF."""

    id: int
    kind: str
    created_at: datetime  # UTC, as stored
    title: str
    period_label: str
    pages: int | None
    size: int  # bytes of the PDF


@dataclass(frozen=True, slots=True)
class LastSnapshot:
    id: int
    created_at: datetime  # UTC, as stored
    figures: dict[str, Any]


def kind_module(kind: str) -> ModuleType:
    """The module that makes reports of this kind (imported on first use)."""
    if not isinstance(kind, str) or kind not in KINDS:
        raise DomainError(MSG_UNKNOWN_KIND, field="kind", kind=kind)
    return importlib.import_module(f"{__name__}.{kind}")


def default_period(language: Language, today: date) -> str:
    """The current half year as a cover names it ("2. Halbjahr 2026", "2nd half of 2026")."""
    return language.tr(_PERIOD_CONTEXT, _HALF_YEAR[today.month > 6]).format(year=today.year)


def keeps_snapshot(kind: str) -> bool:
    """Every report of these kinds is kept; the blank questionnaire is not."""
    return kind in REPORT_KINDS


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that the file is either complete or untouched: into a
    temporary file beside it first, which then takes the place of the old one."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.stem[:40]}-", suffix=".part", dir=path.parent
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file readable for its owner only; a report is an ordinary file.
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


class ReportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- what can be made ------------------------------------------------------------------
    def kinds(self) -> list[KindInfo]:
        """The kinds in the order the program offers them."""
        found = []
        for kind in KINDS:
            try:
                module = kind_module(kind)
            except ModuleNotFoundError as exc:
                if exc.name != f"{__name__}.{kind}":
                    raise
                continue  # a kind without its module is not offered
            found.append(
                KindInfo(
                    kind,
                    module.TITLE,
                    tuple(tuple(pair) for pair in module.SECTIONS),
                    module.ITEM,
                    keeps_snapshot(kind),
                )
            )
        return found

    def kind(self, kind: str) -> KindInfo:
        module = kind_module(kind)
        return KindInfo(
            kind,
            module.TITLE,
            tuple(tuple(pair) for pair in module.SECTIONS),
            module.ITEM,
            keeps_snapshot(kind),
        )

    def items(self, kind: str) -> list[ItemChoice]:
        """What a report of this kind can be about: completed checks, newest first, or the
        measures (not in the trash) by title; empty for a kind that needs no item."""
        item = kind_module(kind).ITEM
        with unit_of_work(self.db) as session:
            if item == "assessment":
                rows = session.execute(
                    select(Assessment.id, Assessment.title, Assessment.assessed_on)
                    .where(Assessment.deleted_at.is_(None), Assessment.status == "completed")
                    .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
                ).all()
                return [ItemChoice(ident, title, day) for ident, title, day in rows]
            if item == "project":
                rows = session.execute(
                    select(Project.id, Project.title).where(Project.deleted_at.is_(None))
                ).all()
                rows = sorted(rows, key=lambda row: (row.title.casefold(), row.id))
                return [ItemChoice(ident, title) for ident, title in rows]
        return []

    # -- the sections chosen last time ---------------------------------------------------
    def remembered_sections(self, kind: str) -> frozenset[str] | None:
        """The sections last chosen for this kind; None when none were chosen yet (then
        every section is wanted). Keys the kind no longer has are left out."""
        from digiwandel.services.organisation import OrganisationService

        known = {key for key, _label in kind_module(kind).SECTIONS}
        text = OrganisationService(self.db).get_setting(SECTIONS_SETTING.format(kind=kind))
        if text is None:
            return None
        try:
            keys = json.loads(text)
        except ValueError:
            return None
        if not isinstance(keys, list):
            return None
        return frozenset(k for k in keys if isinstance(k, str) and k in known)

    def remember_sections(self, kind: str, keys) -> None:
        from digiwandel.services.organisation import OrganisationService

        known = [key for key, _label in kind_module(kind).SECTIONS]
        if not isinstance(keys, list | tuple | set | frozenset):
            raise DomainError(MSG_CHOICE, field="sections")
        chosen = {key for key in keys if isinstance(key, str)}
        value = json.dumps([key for key in known if key in chosen])
        OrganisationService(self.db).set_setting(SECTIONS_SETTING.format(kind=kind), value)

    # -- making a report -------------------------------------------------------------------
    def resolve(self, request: ReportRequest) -> ReportRequest:
        """The request checked and completed: an assessment report without a number is
        about the newest completed check; sections the kind does not have are dropped."""
        module = kind_module(request.kind)
        period = clean_text(request.period, field="period", limit=NAME_LEN)
        item_id = request.item_id
        if module.ITEM == "assessment":
            choices = self.items(request.kind)
            if not choices:
                raise DomainError(MSG_NO_COMPLETED_CHECK, field="item")
            if item_id is None:
                item_id = choices[0].id
            elif item_id not in {c.id for c in choices}:
                raise NotFoundError(MSG_UNKNOWN_CHECK, field="item", id=item_id)
        elif module.ITEM == "project":
            choices = self.items(request.kind)
            if not choices:
                raise DomainError(MSG_NO_MEASURE, field="item")
            if item_id is None:
                raise DomainError(MSG_CHOOSE_MEASURE, field="item")
            if item_id not in {c.id for c in choices}:
                raise NotFoundError(MSG_UNKNOWN_MEASURE, field="item", id=item_id)
        else:
            item_id = None
        sections = request.sections
        if sections is not None:
            known = {key for key, _label in module.SECTIONS}
            sections = frozenset(sections) & known
        return dataclasses.replace(request, item_id=item_id, sections=sections, period=period)

    def render(
        self, request: ReportRequest, language: Language, progress: Progress = no_progress
    ) -> RenderedReport:
        """Make the report as a PDF in `language`. `progress` hears fractions from 0 to 1
        and may raise ``digiwandel.reports.base.Cancelled`` to stop; nothing is stored."""
        request = self.resolve(request)
        progress(0.0)
        with speaking(language):
            return kind_module(request.kind).build(self.db, language, request, progress)

    # -- snapshots -----------------------------------------------------------------------
    def store_snapshot(self, rendered: RenderedReport) -> int | None:
        """Keep a made report (its PDF and key figures) as it is, in one transaction; the
        id of the snapshot, or None for a kind that is not kept."""
        if not keeps_snapshot(rendered.kind):
            return None
        data = json.dumps(
            {"pages": rendered.pages, "figures": rendered.figures},
            ensure_ascii=False,
            sort_keys=True,
            default=str,
        )
        with unit_of_work(self.db) as session:
            snapshot = ReportSnapshot(
                kind=rendered.kind,
                title=rendered.title[:NAME_LEN],
                period_label=rendered.subtitle[:NAME_LEN],
                data=data,
                pdf=rendered.pdf,
            )
            session.add(snapshot)
            session.flush()
            return snapshot.id

    def snapshots(self, kind: str | None = None) -> list[SnapshotRow]:
        """The kept reports, newest first, in one statement and without their PDFs."""
        size = func.coalesce(func.length(ReportSnapshot.pdf), 0)
        query = select(
            ReportSnapshot.id,
            ReportSnapshot.kind,
            ReportSnapshot.created_at,
            ReportSnapshot.title,
            ReportSnapshot.period_label,
            ReportSnapshot.data,
            size,
        ).order_by(ReportSnapshot.created_at.desc(), ReportSnapshot.id.desc())
        if kind is not None:
            kind_module(kind)  # a known kind, or a DomainError
            query = query.where(ReportSnapshot.kind == kind)
        with unit_of_work(self.db) as session:
            rows = session.execute(query).all()
        return [
            SnapshotRow(ident, k, created, title, period, _data(data).get("pages"), int(length))
            for ident, k, created, title, period, data, length in rows
        ]

    def snapshot_pdf(self, snapshot_id: int) -> bytes:
        with unit_of_work(self.db) as session:
            row = session.execute(
                select(ReportSnapshot.pdf).where(ReportSnapshot.id == row_id(snapshot_id))
            ).first()
        if row is None:
            raise NotFoundError(MSG_SNAPSHOT_GONE)
        if not row.pdf:
            raise DomainError(MSG_FIGURES_ONLY)
        return row.pdf

    def latest_snapshot(self, kind: str) -> LastSnapshot | None:
        """When the newest kept report of this kind was made, and its key figures."""
        kind_module(kind)  # a known kind, or a DomainError
        with unit_of_work(self.db) as session:
            row = session.execute(
                select(ReportSnapshot.id, ReportSnapshot.created_at, ReportSnapshot.data)
                .where(ReportSnapshot.kind == kind)
                .order_by(ReportSnapshot.created_at.desc(), ReportSnapshot.id.desc())
                .limit(1)
            ).first()
        if row is None:
            return None
        figures = _data(row.data).get("figures")
        return LastSnapshot(row.id, row.created_at, figures if isinstance(figures, dict) else {})

    def latest_snapshot_figures(self, kind: str) -> dict[str, Any] | None:
        """The key figures of the newest kept report of this kind; None when none is kept."""
        last = self.latest_snapshot(kind)
        return None if last is None else last.figures

    def delete_snapshot(self, snapshot_id: int) -> None:
        """Remove a kept report for good (the UI asks first)."""
        with unit_of_work(self.db) as session:
            ident = row_id(snapshot_id)
            snapshot = session.get(ReportSnapshot, ident) if ident is not None else None
            if snapshot is None:
                raise NotFoundError(MSG_SNAPSHOT_GONE)
            session.delete(snapshot)


def _data(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}

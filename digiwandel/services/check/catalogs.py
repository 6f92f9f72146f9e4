"""Question catalogs: import (validated in full first), list, the shipped default catalog,
and the texts of a refused catalog's problems."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from digiwandel.domain import findings as fnd
from digiwandel.domain.catalog_terms import EXTERNAL_TOPIC_TAGS, KNOWN_TAGS, TAG_FINDINGS
from digiwandel.domain.vocabulary import NAME_LEN
from digiwandel.model.assessment import (
    Assessment,
    Catalog,
    CatalogDimension,
    CatalogItem,
    CatalogItemLevel,
)
from digiwandel.paths import resources_dir
from digiwandel.services.base import unit_of_work
from digiwandel.services.check.messages import (
    MSG_CATALOG_EXISTS,
    MSG_CATALOG_INVALID,
    MSG_CATALOG_UNREADABLE,
    MSG_EXPECTED,
    MSG_PROBLEM,
    MSG_WHOLE_FILE,
    SHOWN_PROBLEMS,
)
from digiwandel.services.check.rows import CatalogRow
from digiwandel.services.check.structures import pick
from digiwandel.services.errors import TR_CONTEXT, DomainError

if TYPE_CHECKING:
    from digiwandel.domain.catalog import CatalogError, CatalogFile, Problem

DEFAULT_CATALOG_FILE = "default.json"


class CatalogInvalidError(DomainError):
    """A refused catalog: the count and the first problems, each in the user's language."""

    def __init__(self, file: str, error: CatalogError) -> None:
        self.problems = list(error.problems[:SHOWN_PROBLEMS])
        self.total = max(error.total, len(error.problems))
        super().__init__(
            MSG_CATALOG_INVALID, field="file", file=file, problems="", count=self.total
        )

    def render(self, translate=None) -> str:
        def tr(text: str) -> str:
            return translate(TR_CONTEXT, text) if translate else text

        lines = [
            f"• {p.location or tr(MSG_WHOLE_FILE)}: {_problem_text(p, tr)}" for p in self.problems
        ]
        text = self.translated_message(translate)
        params = {**self.params, "problems": "\n".join(lines)}
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text


def _problem_text(problem: Problem, tr) -> str:
    params = dict(problem.params)
    kind = problem.kind
    if kind == "duplicate" and params.get("field"):
        kind = "duplicate_field"
    elif kind == "syntax" and "line" in params:
        kind = "syntax_at"
    elif kind == "type" and "expected" not in params:
        kind = "not_object"
    if "expected" in params and kind == "type":
        params["expected"] = tr(MSG_EXPECTED.get(params["expected"], MSG_EXPECTED["text"]))
    template = tr(MSG_PROBLEM.get(kind, MSG_PROBLEM["invalid"]))
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def _import_notices(parsed: CatalogFile) -> dict:
    """What a catalog from elsewhere lacks for our findings (shown after its import)."""
    tags = parsed.tags()
    present = set(tags) | {d.key for d in parsed.dimensions}  # strategy/funding by dimension
    if tags & set(EXTERNAL_TOPIC_TAGS):
        present.add("external")
    missing = [tag for tag in TAG_FINDINGS if tag not in present]
    not_derived = {key for tag in missing for key in TAG_FINDINGS[tag]}
    return {
        "unknown_tags": tuple(sorted(tags - set(KNOWN_TAGS))),
        "not_derived": tuple(k for k in fnd.FINDING_KEYS if k in not_derived),
        "english_fallbacks": parsed.english_fallbacks,
    }


class CatalogPart:
    """The catalog methods of CheckService."""

    def ensure_default_catalog(self) -> int:
        """Import the shipped catalog once; returns its id."""
        path = resources_dir() / "catalogs" / DEFAULT_CATALOG_FILE
        data = path.read_bytes()
        from digiwandel.domain.catalog import parse_catalog  # the validator loads on use

        parsed = parse_catalog(data)
        with unit_of_work(self.db) as session:
            existing = session.scalar(
                select(Catalog.id).where(
                    Catalog.key == parsed.key, Catalog.version == parsed.version
                )
            )
            if existing is not None:
                return existing
            return self._store_catalog(session, parsed, data, path.name).id

    def import_catalog_file(self, path: Path) -> CatalogRow:
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DomainError(
                MSG_CATALOG_UNREADABLE, field="file", file=path.name, reason=exc.strerror or exc
            ) from exc
        return self.import_catalog_bytes(data, path.name)

    def import_catalog_bytes(self, data: bytes, source_name: str) -> CatalogRow:
        """Validate completely, then store in one transaction; nothing is stored on error."""
        from digiwandel.domain.catalog import CatalogError, parse_catalog

        try:
            parsed = parse_catalog(data)
        except CatalogError as exc:
            raise CatalogInvalidError(source_name, exc) from exc
        with unit_of_work(self.db) as session:
            exists = session.scalar(
                select(Catalog.id).where(
                    Catalog.key == parsed.key, Catalog.version == parsed.version
                )
            )
            if exists is not None:
                raise DomainError(
                    MSG_CATALOG_EXISTS,
                    field="file",
                    title=pick(parsed.title.model_dump(), self.lang),
                    version=parsed.version,
                )
            catalog = self._store_catalog(session, parsed, data, source_name)
            session.flush()
            return replace(self._catalog_row(catalog, 0), **_import_notices(parsed))

    def _store_catalog(
        self, session: Session, parsed: CatalogFile, data: bytes, source_name: str
    ) -> Catalog:
        catalog = Catalog(
            key=parsed.key,
            version=parsed.version,
            title_de=parsed.title.de,
            title_en=parsed.title.en,
            source_file=source_name[:NAME_LEN],
            source_sha256=hashlib.sha256(data).hexdigest(),
            content=parsed.model_dump_json(),
        )
        for d_pos, dim in enumerate(parsed.dimensions):
            dimension = CatalogDimension(
                key=dim.key,
                position=d_pos,
                title_de=dim.title.de,
                title_en=dim.title.en,
                weight=dim.weight,
                is_module=dim.module,
            )
            catalog.dimensions.append(dimension)
            for i_pos, it in enumerate(dim.items):
                item = CatalogItem(
                    key=it.key,
                    position=i_pos,
                    question_de=it.question.de,
                    question_en=it.question.en,
                    explanation_de=it.explanation.de,
                    explanation_en=it.explanation.en,
                    default_relevance=it.relevance,
                )
                dimension.items.append(item)
                for number, lv in enumerate(it.levels):
                    item.levels.append(
                        CatalogItemLevel(
                            level=number,
                            statement_de=lv.statement.de,
                            statement_en=lv.statement.en,
                            next_step_de=lv.next_step.de,
                            next_step_en=lv.next_step.en,
                        )
                    )
        session.add(catalog)
        session.flush()
        return catalog

    def list_catalogs(self) -> list[CatalogRow]:
        with unit_of_work(self.db) as session:
            catalogs = session.scalars(
                select(Catalog)
                .options(selectinload(Catalog.dimensions).selectinload(CatalogDimension.items))
                .order_by(Catalog.key, Catalog.imported_at)
            ).all()
            used = dict(
                session.execute(
                    select(Assessment.catalog_id, func.count(Assessment.id))
                    .where(Assessment.deleted_at.is_(None))
                    .group_by(Assessment.catalog_id)
                ).all()
            )
            return [self._catalog_row(c, used.get(c.id, 0)) for c in catalogs]

    def _catalog_row(self, catalog: Catalog, used: int) -> CatalogRow:
        title = catalog.title_de if self.lang == "de" else catalog.title_en
        return CatalogRow(
            id=catalog.id,
            key=catalog.key,
            version=catalog.version,
            title=title,
            dimension_count=sum(1 for d in catalog.dimensions if not d.is_module),
            item_count=sum(len(d.items) for d in catalog.dimensions if not d.is_module),
            assessment_count=used,
            modules=tuple(
                (d.key, d.title_de if self.lang == "de" else d.title_en)
                for d in catalog.dimensions
                if d.is_module
            ),
        )

"""CheckService: the use cases of the Digitalisierungscheck, one mixin per part."""

from __future__ import annotations

from digiwandel.model.database import Database
from digiwandel.services.base import unit_of_work
from digiwandel.services.check.answers import AnswerPart
from digiwandel.services.check.assessments import AssessmentPart
from digiwandel.services.check.catalogs import CatalogPart
from digiwandel.services.check.results import ResultsPart
from digiwandel.services.trash import restore_batch


class CheckService(CatalogPart, AssessmentPart, AnswerPart, ResultsPart):
    """The use cases of the check; each part's methods come from its mixin."""

    def __init__(self, db: Database, lang: str = "de") -> None:
        self.db = db
        self.lang = lang if lang in ("de", "en") else "de"

    def restore(self, batch: str) -> None:
        """Undo a deletion (assessment or answer sheets), under `_no_sheet_into_locked`."""
        with unit_of_work(self.db) as session:
            restore_batch(session, batch)

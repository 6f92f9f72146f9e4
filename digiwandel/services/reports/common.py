"""What every kind of report shares: the request, the result and the section list.

Each kind lives in its own module of this package (``board``, ``assessment``, ``project``,
``strategy``, ``questionnaire``) and offers

* ``TITLE``: its name, marked for translation in the "ReportKinds" context;
* ``SECTIONS``: ``(key, label)`` pairs of the parts a user may leave out (labels marked in
  the "ReportSections" context; empty when the report has no optional parts);
* ``ITEM``: None, "assessment" or "project": what the report is about, if it needs an item;
* ``build(db, language, request, progress) -> RenderedReport``: gathers plain data through
  the services (the same figures, thresholds included, as the screen shows), hands it to
  its builder in ``digiwandel.reports`` and returns the PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

#: The kinds in the order the program offers them.
KINDS = ("board", "assessment", "project", "strategy", "questionnaire")

Progress = Callable[[float], None]  # fractions 0..1; may raise reports.base.Cancelled


@dataclass(frozen=True, slots=True)
class ReportRequest:
    kind: str
    item_id: int | None = None  # the assessment or measure the report is about
    sections: frozenset[str] | None = None  # None: every section of the kind
    today: date = field(default_factory=date.today)
    period: str = ""  # free text for the cover, e.g. "2. Halbjahr 2026"


@dataclass(frozen=True, slots=True)
class RenderedReport:
    kind: str
    title: str  # in the report's language, e.g. "Vorstandsbericht"
    subtitle: str  # period or item
    pdf: bytes
    pages: int
    #: JSON-able key figures kept with a snapshot, so the next report can compare.
    figures: dict[str, Any] = field(default_factory=dict)


def no_progress(_fraction: float) -> None:
    pass

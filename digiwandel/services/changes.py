"""Which parts of the data other programs changed: for pages to follow the changes made
on other PCs sharing one database on a server (see model/changes.py)."""

from __future__ import annotations

import logging
from collections import Counter

from sqlalchemy.exc import SQLAlchemyError

from digiwandel.model.changes import own_marks, read_marks
from digiwandel.model.database import Database

log = logging.getLogger("digiwandel")


class ChangeWatch:
    """Compares the change marks with the last look. The first look only takes note."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._seen: dict[str, int] | None = None
        self._own_seen: Counter = Counter()

    def others_changed(self) -> set[str]:
        """The parts (model.changes.AREAS) another program changed since the last call:
        those counted up more often than this program counted them itself. One query."""
        own = Counter(own_marks(self.db.engine))
        with self.db.sessions() as session:
            marks = read_marks(session)
        seen, own_seen = self._seen, self._own_seen
        self._seen, self._own_seen = marks, own
        if seen is None:
            return set()
        return {
            area
            for area, count in marks.items()
            if count - seen.get(area, 0) > own[area] - own_seen[area]
        }

    def look(self) -> set[str] | None:
        """`others_changed`, or None while the server cannot be reached (the next look
        compares with the last one that worked)."""
        try:
            return self.others_changed()
        except SQLAlchemyError:
            log.info("change marks not readable", exc_info=True)
            return None

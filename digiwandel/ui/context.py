"""What every page shares: the open database, the services, the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from enum import Flag, auto
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from digiwandel import formats
from digiwandel.services.errors import DomainError, StaleEditError

if TYPE_CHECKING:
    from digiwandel.model.database import Database
    from digiwandel.services.check import CheckService
    from digiwandel.services.organisation import OrganisationService


def format_date(value) -> str:
    """A date as people write it in the UI language (31.12.2026 / 31 Dec 2026)."""
    return formats.date_text(value)


def date_pattern() -> str:
    """The date pattern of the UI language, for display and for date fields alike."""
    return formats.date_pattern()


def ui_language() -> str:
    """The language catalog texts are shown in: the one the program runs in."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


class IdMap:
    """Undo re-creates deleted rows under new ids; commands keep the ids they first saw."""

    def __init__(self) -> None:
        self._map: dict[tuple[str, int], int] = {}

    def get(self, kind: str, original: int) -> int:
        return self._map.get((kind, original), original)

    def set(self, kind: str, original: int, current: int) -> None:
        self._map[(kind, original)] = current


class Change(Flag):
    """What an edit changed, so that exactly the pages showing it reload."""

    ORGANISATION = auto()  # profile, areas, levels, persons, settings
    CHECK = auto()  # catalogs, assessments, answer sheets, answers, targets
    DRIVERS = auto()  # driver ratings
    STRATEGY = auto()  # identity, versions, goals, indicators, team, communication
    PROJECTS = auto()  # measures with their steps and records
    REPORTS = auto()  # the kept copies of reports
    # e.g. a restore from the trash
    ALL = ORGANISATION | CHECK | DRIVERS | STRATEGY | PROJECTS | REPORTS


class FollowsChanges:
    """For a page (a QWidget) that shows data of the parts in `listens`: it reloads at once
    when such data changes while it is shown, and marks itself stale otherwise, reloading
    when it is next shown. Pages call `follow_changes(ctx)` once; `reload()` is theirs.
    Put it before QWidget among the bases, so that its showEvent runs."""

    listens: Change = Change.ALL

    def follow_changes(self, ctx: AppContext) -> None:
        self._stale = True
        ctx.data_changed.connect(self.data_changed)
        ctx.database_changed.connect(lambda: self.data_changed(Change.ALL))

    def data_changed(self, change: Change) -> None:
        if not change & self.listens:
            return
        if self.isVisible():
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def reload_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.reload_if_stale()


class AppContext(QObject):
    database_changed = Signal()
    # What an edit changed (a Change), so that the pages showing it reload.
    data_changed = Signal(object)
    status_message = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.undo_stack = QUndoStack(self)
        # Undo of row edits, keyed (kind, id): see RowAppliers.
        self.row_appliers = RowAppliers(self)
        self.ids = IdMap()

    @property
    def org(self) -> OrganisationService:
        assert self.db is not None
        from digiwandel.services.organisation import OrganisationService

        return OrganisationService(self.db)

    @property
    def check(self) -> CheckService:
        assert self.db is not None
        from digiwandel.services.check import CheckService  # loaded with the first use

        return CheckService(self.db, ui_language())

    def set_database(self, db: Database | None) -> None:
        if self.db is not None:
            self.db.close()
        self.db = db
        # Opening a file is never undoable, and old commands refer to the old file.
        self.undo_stack.clear()
        self.ids = IdMap()
        self.database_changed.emit()

    def push(
        self,
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
        part: Change,
        *,
        already_done: bool = True,
    ) -> None:
        """Record an edit for undo; by default the edit itself has already been saved."""
        self.undo_stack.push(FnCommand(self, text, redo, undo, part, already_done))

    def push_trash(
        self,
        text: str,
        part: Change,
        delete: Callable[[], str],
        restore: Callable[[str], object],
        *,
        batch: str | None = None,
    ) -> None:
        """Record a deletion to the trash (its `batch`) or a creation (no batch), both already
        saved, and say what changed."""
        self.undo_stack.push(TrashCommand(self, text, part, delete, restore, batch))
        self.notify(part)

    def push_edit(
        self, text: str, part: Change, apply: Callable[[dict], object], old: dict, new: dict
    ) -> None:
        """Record changed fields, already saved, and say what changed."""
        self.undo_stack.push(EditCommand(self, text, part, apply, old, new))
        self.notify(part)

    def notify(self, change: Change) -> None:
        assert isinstance(change, Change), change
        self.data_changed.emit(change)


class RecordedCommand(QUndoCommand):
    """An edit that was saved before it was recorded: the first redo does nothing; later
    undos and redos run `backward` and `forward` and then say what changed. When the world
    changed since (a DomainError), the command is dropped with an explanation."""

    def __init__(self, ctx: AppContext, text: str, part: Change) -> None:
        super().__init__(text)
        self._ctx, self._part = ctx, part
        self._skip = True

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip:
            # Pushed after the edit was saved: whoever saved it also says what changed.
            self._skip = False
            return
        self._run(self.forward)
        self._ctx.notify(self._part)

    def undo(self) -> None:
        self._run(self.backward)
        self._ctx.notify(self._part)

    def _run(self, fn) -> None:
        try:
            fn()
        except DomainError as exc:
            self.setObsolete(True)
            show_error(None, exc)


class FnCommand(RecordedCommand):
    """Undo and redo as two functions, for edits that fit no other command."""

    def __init__(self, ctx, text, redo, undo, part, already_done) -> None:
        super().__init__(ctx, text, part)
        self.forward, self.backward = redo, undo
        self._skip = already_done


class TrashCommand(RecordedCommand):
    """A row moved to the trash (`batch`), or a row just created (`batch` None): undo and
    redo alternate between `delete()` (returns the trash batch) and `restore(batch)`."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        part: Change,
        delete: Callable[[], str],
        restore: Callable[[str], object],
        batch: str | None,
    ) -> None:
        super().__init__(ctx, text, part)
        self._delete, self._restore, self._batch = delete, restore, batch
        self._created = batch is None

    def _trash(self) -> None:
        self._batch = self._delete()

    def _bring_back(self) -> None:
        assert self._batch is not None
        self._restore(self._batch)

    def forward(self) -> None:
        if self._created:
            self._bring_back()
        else:
            self._trash()

    def backward(self) -> None:
        if self._created:
            self._trash()
        else:
            self._bring_back()


class EditCommand(RecordedCommand):
    """Changed fields: undo applies the old values, redo the new ones."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        part: Change,
        apply: Callable[[dict], object],
        old: dict,
        new: dict,
    ) -> None:
        super().__init__(ctx, text, part)
        self._apply, self._old, self._new = apply, dict(old), dict(new)

    def forward(self) -> None:
        self._apply(self._new)

    def backward(self) -> None:
        self._apply(self._old)


class VersionedApply:
    """Applies changed fields of one row for undo and redo, each time based on the row
    version the last change left (`update` takes `expected_version` and returns a row with
    `version`): when someone else changed the row since, undo is refused with their change
    kept, instead of overwriting it."""

    def __init__(self, update: Callable[..., Any], version: int) -> None:
        self._update, self.version = update, version

    def __call__(self, fields: dict) -> Any:
        result = self._update(expected_version=self.version, **fields)
        self.version = result.version
        return result


class FieldsApply:
    """Applies changed fields of one row for undo and redo (EditCommand's `apply`).

    Each time it first reads the row (`read`): when the fields it is about to overwrite no
    longer hold what it put there last, someone else changed them, and the undo is refused
    (StaleEditError) with their change kept. Otherwise `update` writes the fields based on
    the row version just read, so a change saved in between is refused as well.

    Unlike the row version alone, the fields do not change when a row is only moved or
    renumbered (Oberziele), restored from the trash, re-created by an undo (team members),
    or when the program's own later edits of the row were undone first; nor does a change
    another PC made to other fields of the row, which stays."""

    def __init__(self, read: Callable[[], Any], update: Callable[..., Any], applied: dict):
        self._read, self._update, self._applied = read, update, dict(applied)

    def __call__(self, fields: dict) -> Any:
        current = self._read()
        if any(getattr(current, key) != self._applied[key] for key in fields):
            raise StaleEditError(current.version)
        result = self._update(expected_version=current.version, **fields)
        self._applied = dict(fields)
        return result


class RowAppliers:
    """The undo and redo of the edits of each row, based on the row version this program's
    last change of the row left.

    One `VersionedApply` per row, shared by all its undo commands: each undo or redo counts
    the version up for the next one, so undoing two edits of the same row in turn is not
    taken for someone else's change, while a change from another PC in between still is.
    Forgotten when another database is opened (its ids name other rows).
    """

    def __init__(self, ctx) -> None:
        self._appliers: dict[Any, VersionedApply] = {}
        ctx.database_changed.connect(self._appliers.clear)

    def get(self, key: Any, update: Callable[..., Any], version: int) -> VersionedApply:
        """The applier of row `key` (`update` takes expected_version and the fields),
        based on `version`, the one the change just saved left."""
        apply = self._appliers.get(key)
        if apply is None:
            apply = self._appliers[key] = VersionedApply(update, version)
        apply.version = version
        return apply


def error_text(exc: DomainError) -> str:
    return exc.render(QCoreApplication.translate)


def show_error(parent: QWidget | None, exc: DomainError) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("Messages", "Not possible"), error_text(exc)
    )

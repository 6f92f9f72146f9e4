"""Following the changes other PCs make to a shared database on a server: every few
seconds one small query (in the background) tells which parts of the data someone else
changed, and exactly the pages showing those parts reload, keeping their selection."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from digiwandel.ui.context import AppContext, Change

POLL_MS = 3000

_CHANGES = {
    "organisation": Change.ORGANISATION,
    "check": Change.CHECK,
    "drivers": Change.DRIVERS,
    "strategy": Change.STRATEGY,
    "projects": Change.PROJECTS,
    "reports": Change.REPORTS,
}


def changes_of(areas: set[str]) -> Change | None:
    flags = None
    for area in areas:
        flag = _CHANGES.get(area)
        if flag is not None:
            flags = flag if flags is None else flags | flag
    return flags


class ChangeWatcher(QObject):
    """Polls while a database on a server is open; a file has one program at a time."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.watch = None
        self.task = None
        self.unreachable = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        ctx.database_changed.connect(self._restart)

    def _restart(self) -> None:
        from digiwandel.services.changes import ChangeWatch

        self.timer.stop()
        db = self.ctx.db
        self.watch = ChangeWatch(db) if db is not None and db.path is None else None
        if self.watch is not None:
            self.poll()  # the first look takes note of where things stand
            self.timer.start()

    def poll(self) -> None:
        """Look in the background; one look at a time."""
        from digiwandel.ui.worker import BackgroundTask

        if self.watch is None or self.task is not None:
            return
        watch = self.watch
        self.task = BackgroundTask(lambda _report: watch.look(), parent=self)
        self.task.succeeded.connect(lambda areas, w=watch: self._seen(w, areas))
        self.task.finished.connect(self._done)
        self.task.begin()

    def poll_now(self) -> None:
        """Look at once, in this thread (for a refresh on demand and for tests)."""
        if self.watch is not None:
            self._seen(self.watch, self.watch.look())

    def _done(self) -> None:
        self.task = None

    def _seen(self, watch, areas: set[str] | None) -> None:
        if watch is not self.watch:
            return  # another database is open by now
        if areas is None:
            if not self.unreachable:  # said once, not every few seconds
                self.unreachable = True
                self.ctx.status_message.emit(
                    self.tr(
                        "The server cannot be reached at the moment. Changes made on other "
                        "computers will show once it can."
                    )
                )
            return
        self.unreachable = False
        flags = changes_of(areas)
        if flags is not None:
            self.ctx.notify(flags)
            self.ctx.status_message.emit(self.tr("Changes made on another computer are now shown."))

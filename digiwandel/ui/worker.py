"""Long work off the UI thread: a report, an import, a backup.

``BackgroundTask`` runs a function in a thread of its own and reports back through signals,
which Qt delivers on the UI thread. The function receives a progress callback; once
``cancel()`` was asked for, the next call of that callback raises, so the work stops at
its next step and nothing half-done is handed back. The work opens its own database
sessions (each service call does); what it returns is stored, if at all, by the UI
afterwards, so that only one thread writes at a time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThread, Signal

from digiwandel.services.errors import DomainError

log = logging.getLogger("digiwandel")

Work = Callable[[Callable[[float], None]], object]


class TaskCancelled(Exception):
    """Raised by the progress callback of a task whose cancelling was asked for."""


# Tasks still running: kept referenced until they end, so that closing a dialog never
# destroys a running thread; waited for when the program quits.
_running: set[BackgroundTask] = set()


class BackgroundTask(QThread):
    progressed = Signal(float)  # 0..1
    succeeded = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception it raised
    cancelled = Signal()

    def __init__(
        self,
        work: Work,
        *,
        cancel_error: type[BaseException] = TaskCancelled,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel_error = cancel_error
        self._cancel = threading.Event()
        self.finished.connect(self._forget)

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress step."""
        self._cancel.set()

    def begin(self) -> BackgroundTask:
        _running.add(self)
        _watch_quit()
        self.start()
        return self

    def _report(self, fraction: float) -> None:
        if self._cancel.is_set():
            raise self._cancel_error()
        self.progressed.emit(max(0.0, min(1.0, float(fraction))))

    def run(self) -> None:  # in the worker thread
        try:
            result = self._work(self._report)
        except BaseException as exc:
            if self._cancel.is_set() or isinstance(exc, (self._cancel_error, TaskCancelled)):
                self.cancelled.emit()
            else:
                if not isinstance(exc, DomainError):  # those are meant for the user
                    log.error("background work failed", exc_info=exc)
                self.failed.emit(exc)
            return
        if self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.succeeded.emit(result)

    def _forget(self) -> None:
        # "finished" comes from the thread's last moments: let it end before letting go,
        # since a QThread must not be deleted while its thread still runs.
        self.wait()
        _running.discard(self)


def running_tasks() -> list[BackgroundTask]:
    return list(_running)


def stop_all(timeout_ms: int = 10_000) -> None:
    """Cancel every running task and wait for it to end (when the program quits)."""
    for task in list(_running):
        task.cancel()
    for task in list(_running):
        task.wait(timeout_ms)


_quit_watched = False


def _watch_quit() -> None:
    global _quit_watched
    app = QCoreApplication.instance()
    if app is not None and not _quit_watched:
        app.aboutToQuit.connect(stop_all)
        _quit_watched = True

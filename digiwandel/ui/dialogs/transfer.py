"""The menu entries *Export organisation…* and *Import organisation…* (JSON transfer format).

Both run in the background; the export only reads. An import goes into the open database
when it is still empty, otherwise into a new file, which is then opened the way the main
window opens any file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from digiwandel.paths import data_dir
from digiwandel.services.errors import DomainError
from digiwandel.ui.context import AppContext, Change, error_text
from digiwandel.ui.worker import BackgroundTask

JSON_PATTERN = "*.json"


class TransferController(QObject):
    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.task: BackgroundTask | None = None
        self.export_action = None
        self.import_action = None
        ctx.database_changed.connect(self._update_actions)

    def add_actions(self, menu: QMenu) -> None:
        self.export_action = menu.addAction(self.tr("&Export organisation…"), self.export)
        self.import_action = menu.addAction(self.tr("&Import organisation…"), self.import_)
        self._update_actions()

    def _update_actions(self) -> None:
        if self.export_action is None or self.import_action is None:
            return
        idle = self.task is None
        self.export_action.setEnabled(idle and self.ctx.db is not None)
        self.import_action.setEnabled(idle)

    def _json_filter(self) -> str:
        return self.tr("DigiWandel exports ({patterns});;All files (*)").format(
            patterns=JSON_PATTERN
        )

    def _folder(self) -> Path:
        db = self.ctx.db
        return db.path.parent if db is not None and db.path is not None else data_dir()

    # -- export --------------------------------------------------------------------------
    def export(self) -> BackgroundTask | None:
        db = self.ctx.db
        if db is None or self.task is not None:
            return None
        stem = db.path.stem if db.path is not None else "organisation"
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export organisation"),
            str(self._folder() / f"{stem}.json"),
            self._json_filter(),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(".json")

        def work(_progress):
            from digiwandel.services.transfer import write_export

            return write_export(db, target)

        self.window.statusBar().showMessage(self.tr("Exporting the organisation…"))
        return self._run(work, self._exported)

    def _exported(self, path: Path) -> None:
        self.window.statusBar().showMessage(
            self.tr("Organisation exported to {path}.").format(path=path), 8000
        )

    # -- import --------------------------------------------------------------------------
    def import_(self) -> BackgroundTask | None:
        if self.task is not None:
            return None
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import organisation"), str(self._folder()), self._json_filter()
        )
        if not chosen:
            return None
        source = Path(chosen)
        from digiwandel.services.transfer import is_empty

        db = self.ctx.db
        if db is not None and db.path is not None and is_empty(db):
            # The open database is still empty: fill it rather than make another file.
            def work(_progress):
                from digiwandel.services.transfer import import_organisation

                import_organisation(db, source)
                return db.path

            done = self._imported_here
        else:
            target = self._ask_new_file(source)
            if target is None:
                return None

            def work(_progress):
                from digiwandel.services.transfer import import_into_file

                import_into_file(source, target)
                return target

            done = self._imported_new
        self.window.statusBar().showMessage(self.tr("Importing the organisation…"))
        return self._run(work, done)

    def _ask_new_file(self, source: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New database for the imported organisation"),
            str(data_dir() / f"{source.stem}.sqlite3"),
            self.window.file_dialog_filter(),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.exists() and target.stat().st_size > 0:
            QMessageBox.warning(
                self.window,
                self.tr("File exists"),
                self.tr(
                    "{path} already exists. An organisation is imported into a new file; "
                    "please choose another name."
                ).format(path=target),
            )
            return None
        return target

    def _imported_here(self, _path: Path) -> None:
        self.ctx.notify(Change.ALL)
        self.window.statusBar().showMessage(self.tr("Organisation imported."), 8000)

    def _imported_new(self, path: Path) -> None:
        if self.window.open_path(path, create=False):
            self.window.statusBar().showMessage(self.tr("Organisation imported."), 8000)

    # -- running ---------------------------------------------------------------------------
    def _run(self, work, done) -> BackgroundTask:
        self.task = BackgroundTask(work, parent=None)
        self.task.succeeded.connect(done)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._finished)
        self._update_actions()
        return self.task.begin()

    def _finished(self) -> None:
        self.task = None
        self._update_actions()

    def _failed(self, exc: BaseException) -> None:
        self.window.statusBar().clearMessage()
        if isinstance(exc, DomainError):
            text = error_text(exc)
        elif isinstance(exc, OSError):
            text = self.tr("The file could not be written or read: {reason}").format(
                reason=exc.strerror or exc
            )
        else:
            text = self.tr(
                "Something unexpected went wrong; nothing was changed. Details are in the log."
            )
        QMessageBox.warning(self.window, self.tr("Export or import not possible"), text)

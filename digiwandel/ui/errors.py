"""Unexpected errors: logged to a file and explained in a dialog, never a silent crash."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from digiwandel.paths import data_dir

log = logging.getLogger("digiwandel")


def log_path() -> Path:
    return data_dir() / "digiwandel.log"


def setup_logging() -> Path | None:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None  # a read-only data folder must not stop the program
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def plain_reason(exc: BaseException) -> str:
    """Explain disk and file problems in words a non-expert understands."""
    text = str(exc).lower()
    if "disk is full" in text or "no space left" in text or getattr(exc, "errno", None) == 28:
        return QCoreApplication.translate(
            "Errors",
            "The disk is full. Please free some space (for example by emptying the "
            "recycle bin) and try again. Your data saved so far is safe.",
        )
    if "disk i/o error" in text or "readonly database" in text or "read-only" in text:
        return QCoreApplication.translate(
            "Errors",
            "The database file could not be written. If it is on a USB stick or a network "
            "drive, check that the drive is still connected and that you may write to it.",
        )
    if "database is locked" in text:
        return QCoreApplication.translate(
            "Errors",
            "The database is busy in another program. Please close other programs that "
            "use this file and try again.",
        )
    return QCoreApplication.translate(
        "Errors",
        "Something unexpected went wrong. Your last saved changes are safe. If it happens "
        "again, please pass on the details below to whoever supports you.",
    )


def show_unexpected(exc_type, exc, tb) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("Errors", "DigiWandel – error"), ""
    )
    box.setText(plain_reason(exc))
    box.setInformativeText(
        QCoreApplication.translate(
            "Errors", "The details are also written to the log file: {path}"
        ).format(path=log_path())
    )
    box.setDetailedText(details)  # the dialog offers these for copying
    box.exec()


def install_excepthook() -> None:
    sys.excepthook = show_unexpected

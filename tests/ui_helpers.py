"""Helpers for driving modal dialogs in pytest-qt tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def with_modal(handler: Callable[[QWidget], None], action: Callable[[], object]) -> list:
    """Run `action`, which opens a modal dialog, and let `handler` work on that dialog.

    Returns a list that holds the handler's exception, if it raised one; the dialog is
    rejected then so the test cannot hang.
    """
    problems: list[BaseException] = []

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handle)
            return
        try:
            handler(dialog)
        except BaseException as exc:  # reported to the test, not swallowed
            problems.append(exc)
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, handle)
    action()
    if problems:
        raise problems[0]
    return problems

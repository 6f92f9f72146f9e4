"""DigiWandel works without a network and never opens a connection."""

from __future__ import annotations

import socket

import pytest

from digiwandel.i18n import QtLanguage


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_sockets(monkeypatch):
    """Creating any socket fails the test (local IPC, e.g. Qt's, is not a socket here)."""
    attempts: list[tuple] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise NetworkUsed(f"a socket was created: {args}")

    class RefusingSocket(socket.socket):  # a class still, so that ssl can subclass it
        def __init__(self, *args, **kwargs) -> None:
            refuse(*args, **kwargs)

    monkeypatch.setattr(socket, "socket", RefusingSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_the_program_and_a_report_run_without_opening_a_connection(qtbot, tmp_path, no_sockets):
    from digiwandel.services.demo import create_demo_file
    from digiwandel.services.reports import ReportService
    from digiwandel.services.reports.common import ReportRequest
    from digiwandel.ui.context import AppContext
    from digiwandel.ui.main_window import MainWindow

    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_path(create_demo_file(tmp_path / "demo.sqlite3"))
    window.show()
    for page in window.pages():  # every page built and shown
        window.stack.setCurrentWidget(page)
        qtbot.wait(10)
    rendered = ReportService(window.ctx.db).render(ReportRequest("board"), QtLanguage("de"))
    assert rendered.pdf.startswith(b"%PDF")
    assert no_sockets == []

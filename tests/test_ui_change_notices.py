"""Typed change notices: an edit reloads only the shown page that shows its data; hidden
pages mark themselves stale and reload once when shown; "everything" reaches every page."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from digiwandel.ui.context import AppContext, Change, FollowsChanges
from digiwandel.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    from digiwandel.services.demo import create_demo_file

    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    assert win.open_path(create_demo_file(tmp_path / "demo.sqlite3"))
    win.show()
    QApplication.processEvents()
    return win


def pages(window) -> dict[str, FollowsChanges]:
    found = {}
    for page in window.pages():
        if isinstance(page, FollowsChanges):
            found[type(page).__name__] = page
    return found


def count_reloads(monkeypatch, window) -> dict[str, int]:
    counts = dict.fromkeys(pages(window), 0)
    for name, page in pages(window).items():

        def counted(page=page, name=name, original=page.reload):
            counts[name] += 1
            original()

        monkeypatch.setattr(page, "reload", counted)
    return counts


def show(window, page) -> None:
    window.navigation.setCurrentRow(window.stack.indexOf(page))
    QApplication.processEvents()


def test_every_page_follows_changes(window):
    assert set(pages(window)) == {
        "OverviewPage",
        "OrganisationPage",
        "CheckPage",
        "DriversPage",
        "StrategyPage",
        "ProjectsPage",
        "ReportsPage",
    }


def test_an_edit_reloads_only_the_shown_page_and_hidden_ones_when_shown(window, monkeypatch):
    counts = count_reloads(monkeypatch, window)
    by_name = pages(window)
    for page in by_name.values():  # each page loaded once since the file was opened
        show(window, page)
    show(window, window.projects)
    counts.update(dict.fromkeys(counts, 0))

    window.ctx.notify(Change.PROJECTS)
    assert counts == dict.fromkeys(counts, 0) | {"ProjectsPage": 1}, "hidden pages wait"

    show(window, window.overview)  # shows the number of measures: stale, reloads once
    show(window, window.organisation)  # shows no measures: not reloaded
    show(window, by_name["CheckPage"])  # its findings count measures "as of today"
    show(window, by_name["DriversPage"])
    assert counts == dict.fromkeys(counts, 0) | {
        "ProjectsPage": 1,
        "OverviewPage": 1,
        "CheckPage": 1,
    }
    show(window, window.overview)  # nothing changed since: no reload
    assert counts["OverviewPage"] == 1


def test_everything_changed_reaches_every_page(window, monkeypatch):
    counts = count_reloads(monkeypatch, window)
    for page in pages(window).values():
        show(window, page)
    show(window, window.overview)
    counts.update(dict.fromkeys(counts, 0))

    window.ctx.notify(Change.ALL)  # e.g. a restore from the trash
    for page in pages(window).values():
        show(window, page)
    assert counts == dict.fromkeys(counts, 1)


def test_undo_notifies_the_part_of_the_edit(window, monkeypatch):
    counts = count_reloads(monkeypatch, window)
    show(window, window.organisation)
    counts.update(dict.fromkeys(counts, 0))
    window.ctx.push("edit", lambda: None, lambda: None, Change.ORGANISATION)
    window.undo_action.trigger()
    assert counts["OrganisationPage"] == 1
    assert counts["ProjectsPage"] == 0


def test_every_recorded_edit_also_says_what_changed():
    # A function that records an edit for undo (ctx.push) must also announce it
    # (ctx.notify): the push itself does not, so that an edit reloads each page once.
    import ast
    from pathlib import Path

    import digiwandel.ui

    silent = []
    for path in Path(digiwandel.ui.__file__).parent.rglob("*.py"):
        for function in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(function, ast.FunctionDef):
                continue
            calls = [
                node.func.attr
                for node in ast.walk(function)
                if isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and ast.unparse(node.func.value).endswith("ctx")
            ]
            # A page's own notify_… (e.g. CheckPage.notify_answer) calls ctx.notify itself.
            announced = "notify" in calls or any(
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr.startswith("notify_")
                for node in ast.walk(function)
            )
            if "push" in calls and not announced:
                silent.append(f"{path.name}:{function.lineno} {function.name}")
    assert silent == []

"""The report service: what can be made, making it through the kind's module, and the
snapshots kept of the reports made."""

from __future__ import annotations

import json
from datetime import date

import pypdfium2
import pytest
from sqlalchemy import event

from digiwandel.i18n import QtLanguage
from digiwandel.services.check import CheckService
from digiwandel.services.errors import DomainError
from digiwandel.services.projects import ProjectService
from digiwandel.services.reports import (
    KINDS,
    ReportRequest,
    ReportService,
    default_period,
    keeps_snapshot,
    write_file_atomically,
)
from tests import report_fakes

EN = QtLanguage("en")


@pytest.fixture
def fakes(monkeypatch):
    return report_fakes.install(monkeypatch)


@pytest.fixture
def full_demo(tmp_path):
    """The demo organisation with its checks (one a draft) and measures."""
    from digiwandel.model.database import open_database
    from digiwandel.services.demo import create_demo_file

    database = open_database(create_demo_file(tmp_path / "full-demo.sqlite3"), create=False)
    yield database
    database.close()


def page_count(pdf: bytes) -> int:
    return len(pypdfium2.PdfDocument(pdf))


def test_kinds_come_from_the_kind_modules_in_the_offered_order(db, fakes):
    kinds = ReportService(db).kinds()
    assert [k.kind for k in kinds] == list(KINDS)
    board = kinds[0]
    assert board.title == "Board report"
    assert [key for key, _label in board.sections] == ["summary", "maturity", "projects"]
    assert board.item is None and board.keeps_snapshot
    assert {k.kind: k.item for k in kinds}["project"] == "project"
    assert not {k.kind: k for k in kinds}["questionnaire"].keeps_snapshot


def test_render_goes_through_the_kind_module_in_the_report_language(db, fakes):
    service = ReportService(db)
    heard = []
    rendered = service.render(
        ReportRequest("board", period="2nd half of 2026", sections=frozenset({"maturity", "x"})),
        QtLanguage("de"),
        heard.append,
    )
    assert rendered.kind == "board" and rendered.pages == 3
    assert page_count(rendered.pdf) == 3
    kind, lang, request = fakes.calls[0]
    assert (kind, lang) == ("board", "de")
    assert fakes.spoken == ["de"], "the language texts are written in while it builds"
    assert request.sections == frozenset({"maturity"}), "unknown section keys are dropped"
    assert request.period == "2nd half of 2026"
    assert heard[0] == 0.0 and heard[-1] == 1.0


def test_unknown_kind_is_refused_with_a_readable_message(db, fakes):
    with pytest.raises(DomainError) as info:
        ReportService(db).render(ReportRequest("annual"), EN)
    assert "annual" in info.value.render()
    assert fakes.calls == []


def test_assessment_report_needs_a_completed_check(db, fakes):
    service = ReportService(db)
    with pytest.raises(DomainError) as info:
        service.render(ReportRequest("assessment"), EN)
    assert "completed" in info.value.render()
    assert fakes.calls == []


def test_items_are_completed_checks_newest_first_and_live_measures_by_title(full_demo, fakes):
    service = ReportService(full_demo)
    checks = CheckService(full_demo).list_assessments()
    completed = [a for a in checks if a.status == "completed"]
    assert len(completed) < len(checks), "the demo has a draft as well"
    items = service.items("assessment")
    assert [i.id for i in items] == [a.id for a in completed]
    assert items[0].day >= items[-1].day
    projects = ProjectService(full_demo)
    portfolio = projects.list_portfolio()
    gone = portfolio[0]
    projects.delete_project(gone.id)
    measures = service.items("project")
    titles = [m.title for m in measures]
    assert titles == sorted(titles, key=str.casefold)
    assert gone.id not in {m.id for m in measures}
    assert len(measures) == len(portfolio) - 1
    assert service.items("board") == []


def test_item_ids_are_checked_and_the_newest_check_is_the_default(full_demo, fakes):
    service = ReportService(full_demo)
    newest = service.items("assessment")[0].id
    draft = next(a for a in CheckService(full_demo).list_assessments() if a.status == "draft")

    service.render(ReportRequest("assessment"), EN)
    assert fakes.calls[-1][2].item_id == newest
    with pytest.raises(DomainError) as info:
        service.render(ReportRequest("assessment", item_id=draft.id), EN)
    assert str(draft.id) in info.value.render()
    with pytest.raises(DomainError):
        service.render(ReportRequest("project"), EN)  # which measure?
    with pytest.raises(DomainError) as info:
        service.render(ReportRequest("project", item_id=99_999), EN)
    assert "99999" in info.value.render()
    measure = service.items("project")[0].id
    service.render(ReportRequest("project", item_id=measure), EN)
    assert fakes.calls[-1][2].item_id == measure
    assert len(fakes.calls) == 2


def test_board_reports_are_kept_and_the_questionnaire_is_not(db, fakes):
    service = ReportService(db)
    board = service.render(ReportRequest("board", period="1st half of 2026"), EN)
    snapshot_id = service.store_snapshot(board)
    assert snapshot_id is not None
    questionnaire = service.render(ReportRequest("questionnaire"), EN)
    assert service.store_snapshot(questionnaire) is None
    assert not keeps_snapshot("questionnaire")
    rows = service.snapshots()
    assert [(r.id, r.kind, r.title, r.period_label, r.pages) for r in rows] == [
        (snapshot_id, "board", "Board report", "1st half of 2026", 3)
    ]
    assert rows[0].size == len(board.pdf)
    assert service.snapshot_pdf(snapshot_id) == board.pdf
    assert service.latest_snapshot_figures("board") == {"overall": 1.7, "measures": 4}
    assert service.latest_snapshot_figures("strategy") is None


def test_snapshots_are_listed_newest_first_in_one_query_without_the_pdf(db, fakes):
    service = ReportService(db)
    ids = []
    for figure in (1.0, 2.0, 3.0):
        fakes.figures = {"overall": figure}
        ids.append(service.store_snapshot(service.render(ReportRequest("board"), EN)))
    ids.append(service.store_snapshot(service.render(ReportRequest("strategy"), EN)))
    statements = []

    def record(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        rows = service.snapshots()
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert [r.id for r in rows] == list(reversed(ids))
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1
    assert "report_snapshot.pdf," not in selects[0] and "length(" in selects[0].lower()
    assert [r.id for r in service.snapshots("board")] == list(reversed(ids[:3]))
    assert service.latest_snapshot_figures("board") == {"overall": 3.0}
    last = service.latest_snapshot("board")
    assert last.id == ids[2]

    service.delete_snapshot(ids[2])
    assert service.latest_snapshot_figures("board") == {"overall": 2.0}
    with pytest.raises(DomainError):
        service.snapshot_pdf(ids[2])
    with pytest.raises(DomainError):
        service.delete_snapshot(ids[2])


def test_figures_are_stored_as_json(db, fakes):
    service = ReportService(db)
    fakes.figures = {"overall": 1.5, "when": date(2026, 6, 30), "names": ["Ä", "ß"]}
    snapshot_id = service.store_snapshot(service.render(ReportRequest("board"), EN))
    from sqlalchemy import text

    with db.engine.connect() as connection:
        data = connection.execute(
            text("SELECT data FROM report_snapshot WHERE id = :id"), {"id": snapshot_id}
        ).scalar()
    assert json.loads(data)["figures"] == {
        "overall": 1.5,
        "when": "2026-06-30",
        "names": ["Ä", "ß"],
    }


def test_remembered_sections_round_trip_per_kind(db, fakes):
    service = ReportService(db)
    assert service.remembered_sections("board") is None, "nothing chosen yet: everything"
    service.remember_sections("board", {"projects", "summary", "gone"})
    assert service.remembered_sections("board") == frozenset({"projects", "summary"})
    assert service.remembered_sections("assessment") is None
    service.remember_sections("board", set())
    assert service.remembered_sections("board") == frozenset()
    with pytest.raises(DomainError):
        service.remember_sections("annual", {"x"})


def test_period_longer_than_a_cover_line_is_refused(db, fakes):
    with pytest.raises(DomainError) as info:
        ReportService(db).render(ReportRequest("board", period="x" * 201), EN)
    assert info.value.field == "period"


def test_default_period_is_the_current_half_year():
    assert default_period(EN, date(2026, 3, 1)) == "1st half of 2026"
    assert default_period(EN, date(2026, 7, 1)) == "2nd half of 2026"


def test_written_files_are_complete_or_untouched(tmp_path, monkeypatch):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    write_file_atomically(target, b"new")
    assert target.read_bytes() == b"new"

    import os

    def broken_replace(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_file_atomically(target, b"newer")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"], "no temporary file left"


def test_the_real_kind_modules_keep_the_contract(db):
    # Whatever kinds exist already: their module offers what the program reads.
    for info in ReportService(db).kinds():
        assert info.kind in KINDS
        assert info.title
        assert info.item in (None, "assessment", "project")
        assert all(isinstance(key, str) and label for key, label in info.sections)

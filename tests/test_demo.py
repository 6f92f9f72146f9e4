"""The demo file: the strategy page opens on a version whose goals are linked to measures."""

from __future__ import annotations

from digiwandel.model.database import open_database
from digiwandel.services.demo import create_demo_file
from digiwandel.services.strategy import StrategyService
from digiwandel.ui.context import AppContext
from digiwandel.ui.main_window import MainWindow
from digiwandel.ui.pages.strategy import StrategyPage


def test_demo_opens_the_strategy_on_a_version_with_linked_measures(qtbot, tmp_path):
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_path(create_demo_file(tmp_path / "demo.sqlite3"))
    page = next(p for p in window.pages() if isinstance(p, StrategyPage))
    window.stack.setCurrentWidget(page)
    page.reload()
    shown = page.current_version()
    assert shown is not None and shown.status == "draft", "the version being worked on"

    matrix = StrategyService(window.ctx.db).alignment(shown.id)
    titles = {g.id: g.title for g in matrix.goals}
    linked = {titles[goal_id] for goal_id, _project_id in matrix.links}
    assert {
        "Fallakten vollständig digital führen",
        "Online-Beratung für Familien anbieten",
        "Mitarbeitende sicher im Umgang mit digitalen Werkzeugen",
        "Leitlinie für den Einsatz von KI-Assistenten",
    } <= linked
    assert len(matrix.goals_without_measure) < len(matrix.goals) / 2
    assert all(note.strip() for note in matrix.links.values()), "each link says what it adds"


def test_demo_links_measures_in_last_years_adopted_version_too(tmp_path):
    db = open_database(create_demo_file(tmp_path / "demo.sqlite3"))
    try:
        strategy = StrategyService(db)
        adopted = next(v for v in strategy.list_versions() if v.status == "adopted")
        matrix = strategy.alignment(adopted.id)
        titles = {g.id: g.title for g in matrix.goals}
        linked = {titles[goal_id] for goal_id, _project_id in matrix.links}
        assert "Fallakten vollständig digital führen" in linked
        assert "Monatsabrechnung mit dem Jugendamt elektronisch" in linked
    finally:
        db.close()


def test_demo_administration_marks_client_questions_not_applicable(tmp_path):
    from digiwandel.services.check import CheckService

    db = open_database(create_demo_file(tmp_path / "demo.sqlite3"))
    try:
        check = CheckService(db)
        completed = [a for a in check.list_assessments() if a.status == "completed"]
        assert completed
        for assessment in completed:
            clients = next(d for d in check.survey_structure(assessment.id) if d.key == "clients")
            ids = {i.id for i in clients.items}
            sheets = check.list_respondents(assessment.id)
            admin = [r for r in sheets if r.area_name == "Verwaltung"]
            others = [r for r in sheets if r.area_name == "Ambulante Hilfen"]
            assert admin and others
            for sheet in admin:
                answers = check.answers_of(sheet.id)
                assert {answers[i].status for i in ids} == {"not_applicable"}
            # Areas with client contact do answer these questions.
            assert any(
                a.status == "level"
                for r in others
                for i, a in check.answers_of(r.id).items()
                if i in ids
            )
    finally:
        db.close()

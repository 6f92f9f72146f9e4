"""The overview's figures beyond the agenda: the small radar's dimensions, strategy progress by
goal, the check's open findings and the first steps shown again on request."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from digiwandel.services.check import CheckService
from digiwandel.services.overview import OverviewService, dimension_profile
from digiwandel.services.projects import ProjectService
from digiwandel.services.strategy import StrategyService
from digiwandel.services.templates import TemplateService


@pytest.fixture
def demo_db(tmp_path):
    """The whole demo (checks, strategy, measures), not only its organisation."""
    from digiwandel.model.database import open_database
    from digiwandel.services.demo import create_demo_file

    database = open_database(create_demo_file(tmp_path / "demo.sqlite3"))
    yield database
    database.close()


def test_the_radar_shows_the_stored_dimension_scores_with_the_previous_check(demo_db):
    overview = OverviewService(demo_db)
    latest, previous = overview.latest_checks(2)
    check = CheckService(demo_db)
    now = {d.key: d.percent for d in check.summary(latest.id).dimensions}
    before = {d.key: d.percent for d in check.summary(previous.id).dimensions}
    titles = {d.key: d.title for d in check.results(latest.id).dimensions}

    profile = dimension_profile([latest, previous], overview.dimension_titles(latest.catalog_id))
    assert [f.key for f in profile] == [k for k, v in now.items() if v is not None]
    for figure in profile:
        assert figure.percent == pytest.approx(now[figure.key])
        assert figure.previous == pytest.approx(before[figure.key])
        assert figure.title == titles[figure.key]
    english = dimension_profile([latest], overview.dimension_titles(latest.catalog_id, "en"))
    assert english[0].title == "Strategy & leadership" and english[0].previous is None
    assert dimension_profile([], {}) == []
    german = overview.dimension_titles(latest.catalog_id)
    assert titles.items() <= german.items()
    assert overview.dimension_titles(latest.catalog_id, "xx") == german, "German otherwise"
    assert overview.dimension_titles(10**9) == {}


def test_strategy_progress_matches_the_goals_page_for_the_adopted_version(demo_db):
    strategy = StrategyService(demo_db)
    adopted = next(v for v in strategy.list_versions() if v.status == "adopted")
    expected = [(g.id, g.title, g.status, g.progress) for g in strategy.list_goals(adopted.id)]

    result = OverviewService(demo_db).strategy_progress()
    assert result.version_id == adopted.id and result.status == "adopted"
    got = [(g.id, g.title, g.status, g.progress) for g in result.goals]
    assert [g[:3] for g in got] == [e[:3] for e in expected]
    for (_i, _t, _s, progress), (*_rest, wanted) in zip(got, expected, strict=True):
        assert progress == pytest.approx(wanted)
    assert any(g.progress is not None for g in result.goals)


def test_strategy_progress_without_an_adopted_version_follows_the_newest_draft(db):
    overview = OverviewService(db)
    assert overview.strategy_progress() is None
    strategy = StrategyService(db)
    draft = strategy.create_first("Entwurf 2027")
    goal = strategy.create_goal(draft.id, "WLAN in allen Häusern")
    indicator = strategy.create_indicator(
        goal.id, "Häuser mit WLAN", kind="number", baseline_value=0, target_value=4
    )
    from datetime import date

    strategy.add_measurement(indicator.id, date(2026, 3, 1), 1)
    strategy.add_measurement(indicator.id, date(2026, 6, 1), 3)
    result = overview.strategy_progress()
    assert result.version_id == draft.id and result.status == "draft"
    assert [(g.title, g.progress) for g in result.goals] == [("WLAN in allen Häusern", 75.0)]


def test_strategy_progress_takes_a_fixed_number_of_statements(demo_db):
    statements = []
    event.listen(demo_db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    OverviewService(demo_db).strategy_progress()
    assert len(statements) <= 4


def test_open_findings_are_those_no_measure_was_created_from(demo_db):
    overview = OverviewService(demo_db)
    latest = overview.latest_checks(1)[0]
    results = CheckService(demo_db).results(latest.id)
    projects = ProjectService(demo_db)
    addressed = {
        d.finding_key
        for d in (projects.get_project(r.id) for r in projects.list_portfolio())
        if d.finding_key
    }
    found = overview.open_findings(latest.id)
    assert found.total == len(results.findings) > 0
    assert found.assessment_id == latest.id and found.assessed_on == latest.assessed_on
    assert list(found.keys) == [
        f.key for f in results.findings if f"finding:{f.key}" not in addressed
    ]
    key = found.keys[0]
    created = TemplateService(demo_db).create_from_finding(
        finding_key=f"finding:{key}", assessment_id=latest.id, title="Gegen den Befund"
    )
    assert key not in overview.open_findings(latest.id).keys
    projects.delete_project(created.id)
    assert key in overview.open_findings(latest.id).keys, "a measure in the trash does nothing"


def test_first_steps_shown_again_on_request_even_when_done(demo_db):
    overview = OverviewService(demo_db)
    steps = overview.first_steps()
    assert steps.complete and not steps.shown
    overview.hide_first_steps(False)
    steps = overview.first_steps()
    assert steps.shown and steps.requested and not steps.hidden
    overview.hide_first_steps()
    assert not overview.first_steps().shown

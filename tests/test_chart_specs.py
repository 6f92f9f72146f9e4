"""Chart series are computed in one place and written in the language that is spoken."""

from __future__ import annotations

import threading
from datetime import date

from digiwandel.charts.specs import check_chart_specs, measured_spec, timeline_spec
from digiwandel.domain.language import current, speaking
from digiwandel.i18n import QtLanguage
from digiwandel.services.projects import TimelineRow


def _row() -> TimelineRow:
    return TimelineRow(
        id=1,
        title="E-Akte",
        status="active",
        light="red",
        starts_on=date(2026, 1, 1),
        ends_on=date(2026, 6, 1),
        steps=(),
        milestones=(),
    )


def test_a_report_language_applies_while_it_is_spoken_and_only_there():
    english = timeline_spec([_row()], date(2026, 3, 1))
    with speaking(QtLanguage("de")):
        german = timeline_spec([_row()], date(2026, 3, 1))
        assert current().code == "de"
    assert german["today_label"] == "Heute"
    assert german["light_words"]["red"] == "Rot"
    assert german["month_names"][2] == "Mär"
    assert english["today_label"] == "Today"
    assert english["light_words"]["red"] == "Red"
    assert timeline_spec([], date(2026, 3, 1)) is None


def test_a_language_spoken_in_a_worker_thread_does_not_reach_the_program():
    seen = {}

    def worker():
        with speaking(QtLanguage("de")):
            seen["worker"] = measured_spec(name="x", unit="", points=[])["series_label"]
            seen["program_meanwhile"] = done.wait(5)

    done = threading.Event()
    thread = threading.Thread(target=worker)
    thread.start()
    seen["program"] = measured_spec(name="x", unit="", points=[])["series_label"]
    done.set()
    thread.join()
    assert seen["worker"] == "Gemessen"
    assert seen["program"] == "Measured"


def test_check_specs_come_from_the_results_the_screen_shows(demo_db):
    from digiwandel.services.check import CheckService
    from digiwandel.services.demo import populate_check_demo

    populate_check_demo(demo_db)
    service = CheckService(demo_db)
    figure = service.latest_completed(1)[0]
    results = service.results(figure.id)
    specs = check_chart_specs(results)
    radar = specs["radar_chart"]
    assert radar["labels"] == [d.title for d in results.dimensions]
    now = dict(radar["series"])["Now"]
    by_key = {d.key: d.percent for d in results.scores.dimensions}
    assert now == [by_key.get(d.key) for d in results.dimensions]
    assert radar["name"] == "Profile"

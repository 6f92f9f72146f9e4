"""The board report (Vorstandsbericht): the figures of the program's pages on paper, in the
report's language, with the chosen sections only, compared with the last board report, and
without any group below the smallest group size."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date, datetime, timedelta

import pytest

from digiwandel.i18n import QtLanguage
from digiwandel.model.report import ReportSnapshot
from digiwandel.services.base import unit_of_work
from digiwandel.services.check import CheckService
from digiwandel.services.organisation import PRIVACY_THRESHOLD_KEY, OrganisationService
from digiwandel.services.projects import ProjectService
from digiwandel.services.reports import board
from digiwandel.services.reports.common import ReportRequest
from digiwandel.services.strategy import GoalRow

LABELS = dict(board.SECTIONS)  # the English section names are the chapter headings


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from digiwandel.services.demo import create_demo_file

    return create_demo_file(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


@pytest.fixture
def demo(demo_file, tmp_path):
    """A copy of the demo for each test: tests store snapshots and change settings."""
    from digiwandel.model.database import open_database

    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    database = open_database(path)
    # Without the demo's earlier board report: the tests here keep their own.
    with unit_of_work(database) as session:
        session.query(ReportSnapshot).delete()
    yield database
    database.close()


def render(db, lang: str = "en", sections=None, today: date | None = None):
    request = ReportRequest("board", sections=sections, today=today or date.today())
    return board.build(db, QtLanguage(lang), request)


def lines_of(pdf: bytes, tmp_path) -> list[str]:
    """The text in drawing order (a table cell's lines one after another), one line per
    line of text, no-break spaces as spaces."""
    path = tmp_path / "board.pdf"
    path.write_bytes(pdf)
    raw = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [" ".join(line.replace("\u00a0", " ").split()) for line in raw.splitlines()]


def flat(lines: list[str]) -> str:
    return " ".join(line for line in lines if line)


def assert_sound_pdf(pdf: bytes, tmp_path) -> None:
    path = tmp_path / "sound.pdf"
    path.write_bytes(pdf)
    subprocess.run(["qpdf", "--check", str(path)], capture_output=True, check=True)
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    header, rows = fonts[0], fonts[2:]
    assert rows, "no fonts at all"
    emb = header.index("emb")
    for line in rows:
        assert "DejaVuSans" in line, line  # no Helvetica or other base font
        assert line[emb : emb + 3] == "yes", line


def red_measure(db):
    return next(r for r in ProjectService(db, "en").list_portfolio() if r.light == "red")


def test_english_report_shows_the_programs_figures(demo, tmp_path):
    # GIVEN the demo's figures as the check, the measures and the strategy show them
    check = CheckService(demo, "en")
    results = check.results(check.latest_completed(1)[0].id)
    portfolio = ProjectService(demo, "en").list_portfolio()
    language = QtLanguage("en")
    # WHEN the board report is made in English
    rendered = render(demo)
    lines = lines_of(rendered.pdf, tmp_path)
    text = flat(lines)
    # THEN it names the organisation and every chapter has its heading
    assert rendered.kind == "board"
    assert rendered.title == "Board report"
    assert OrganisationService(demo).get_profile().name in text
    for key, label in board.SECTIONS:
        assert label in lines, key
    # the maturity index and stage, and the number of measures, as the services compute them
    index = language.percent(results.scores.overall)
    assert f"rests on {results.scores.respondent_count} answer sheet" in text
    assert f"Its overall index is {index}, stage “Advanced”." in text
    assert re.search(rf"\b{len(portfolio)} measures?(\(s\))?: ", text)
    assert rendered.figures["measures_total"] == len(portfolio)
    assert rendered.figures["maturity_index"] == pytest.approx(results.scores.overall, abs=0.01)
    # every dimension with now, previous, change, target and gap
    titles = {d.key: d.title for d in results.dimensions}
    for d in results.scores.dimensions:
        row = " ".join(
            [
                titles[d.key],
                language.percent(d.percent),
                language.percent(d.percent - d.change),
                re.sub(r"\s", " ", f"{'+' if d.change > 0.5 else '−'}{abs(d.change):.0f}"),
            ]
        )
        assert row in text, row
    # the red measure with its light's word (and shape), and the reason for it
    red = red_measure(demo)
    assert re.search(re.escape(red.title) + r" active ■ Red " + re.escape(red.light_reason), text)
    # what needs the board's decision: the open decision, the red measure, the budget overrun
    assert "2 decision(s) recorded in the measures are open, 1 of them overdue." in text or (
        "2 decisions recorded in the measures are open, 1 of them overdue." in text
    )
    assert "Soll die Beratung auch abends bis 20 Uhr angeboten werden?" in text
    assert "Traffic light red: how should the measure continue?" in text
    assert "⚠ +54 % over plan" in text
    assert "Review overdue: the strategy was to be reviewed on" in text
    # the first board report has nothing to compare with
    assert "This is the first board report kept in the program" in text
    assert_sound_pdf(rendered.pdf, tmp_path)
    assert json.loads(json.dumps(rendered.figures)) == rendered.figures


def test_german_report_writes_figures_the_german_way(demo, tmp_path):
    check = CheckService(demo, "de")
    results = check.results(check.latest_completed(1)[0].id)
    language = QtLanguage("de")
    rendered = render(demo, "de")
    lines = lines_of(rendered.pdf, tmp_path)
    text = flat(lines)
    assert OrganisationService(demo).get_profile().name in text
    index = language.percent(results.scores.overall).replace("\u00a0", " ")
    assert index.endswith(" %")
    assert f"{index} " in text
    # the red measure with the German word for red; amounts in whole euros, German style
    assert re.search(re.escape(red_measure(demo).title) + r" aktiv ■ Rot ", text)
    assert "8.700 € 13.410 €" in text
    # step titles and stages from the German texts
    assert "Fortgeschritten" in text
    assert_sound_pdf(rendered.pdf, tmp_path)


def test_sections_switched_off_leave_out_their_chapters(demo, tmp_path):
    keys = [key for key, _label in board.SECTIONS]
    chosen = frozenset(keys[0::2])
    every = render(demo).figures
    for sections in (chosen, frozenset(keys) - chosen):
        rendered = render(demo, sections=sections)
        lines = lines_of(rendered.pdf, tmp_path)
        for key in keys:
            assert (LABELS[key] in lines) == (key in sections), key
        # the key figures are complete whatever is printed: the next report compares them
        assert rendered.figures == every
    # without the measures chapter there is neither portfolio nor timeline
    text = flat(lines_of(render(demo, sections=frozenset({"summary"})).pdf, tmp_path))
    assert "Traffic light and reason" not in text
    assert "Timeline" not in text


def test_the_next_report_compares_with_the_last_one(demo, tmp_path):
    # GIVEN a first board report, kept as the report service keeps it, with figures that
    # differ from today's: two measures and ten maturity points fewer
    first = render(demo, today=date.today() - timedelta(days=90))
    kept = dict(first.figures, measures_total=first.figures["measures_total"] - 2)
    kept["maturity_index"] = first.figures["maturity_index"] - 10
    with unit_of_work(demo) as session:
        session.add(
            ReportSnapshot(
                kind="board",
                title=first.title,
                data=json.dumps({"pages": first.pages, "figures": kept}),
                pdf=first.pdf,
                created_at=datetime.now() - timedelta(days=90),
            )
        )
    # WHEN the next one is made
    second = render(demo)
    text = flat(lines_of(second.pdf, tmp_path))
    language = QtLanguage("en")
    # THEN it shows last report vs. now with the differences
    last = date.fromisoformat(kept["created_on"])
    assert f"Last report ({language.date(last)}) Now Change" in text
    total = second.figures["measures_total"]
    assert f"Measures {total - 2} {total} +2" in text
    index_now = language.percent(second.figures["maturity_index"])
    index_then = language.percent(kept["maturity_index"])
    assert f"Maturity index {index_then} {index_now} +10 points" in text
    assert "This is the first board report" not in text


def test_previous_report_reads_the_newest_board_snapshot(demo):
    assert board.previous_report(demo) is None
    with unit_of_work(demo) as session:
        for kind, day, figures in (
            ("board", datetime(2026, 1, 5), {"measures_total": 3}),
            ("board", datetime(2026, 3, 9), {"measures_total": 4, "created_on": "2026-03-08"}),
            ("strategy", datetime(2026, 5, 1), {"measures_total": 9}),
        ):
            session.add(
                ReportSnapshot(kind=kind, created_at=day, data=json.dumps({"figures": figures}))
            )
    previous = board.previous_report(demo)
    assert previous.created_on == date(2026, 3, 8)  # the report's own date
    assert previous.figures["measures_total"] == 4
    # a snapshot holding the bare figures, without its own date, counts from the day stored
    with unit_of_work(demo) as session:
        session.add(
            ReportSnapshot(
                kind="board", created_at=datetime(2026, 4, 2, 23), data='{"measures_total": 5}'
            )
        )
    previous = board.previous_report(demo)
    assert (previous.created_on, previous.figures) == (date(2026, 4, 2), {"measures_total": 5})


def test_no_group_below_the_smallest_group_size_shows_up(demo, tmp_path):
    # GIVEN the demo, where three areas have three answer sheets each: with the smallest
    # group size of three, the check compares them and finds areas far apart
    check = CheckService(demo, "en")
    item = check.latest_completed(1)[0].id
    spreads = [
        r for f in check.results(item).findings for r in f.reasons if r.code == "area_spread"
    ]
    assert spreads
    text = flat(lines_of(render(demo).pdf, tmp_path))
    assert "the best and the weakest area are 33 points apart" in text
    # WHEN the smallest group size is raised to four, so every area is too small
    OrganisationService(demo).set_setting(PRIVACY_THRESHOLD_KEY, "4")
    results = check.results(item)
    assert all(v is None for v in results.area_percentages.values())
    text = flat(lines_of(render(demo).pdf, tmp_path))
    # THEN no figure compares the areas any more, and no area name comes with a figure
    assert "best and the weakest area" not in text
    for name in results.area_labels.values():
        assert not re.search(re.escape(name) + r"\s+\d", text), name
    # the other findings are still there
    assert "Funding gap" in text


def test_goal_on_track_keeps_pace_with_time():
    start, end = date(2026, 1, 1), date(2026, 12, 31)

    def goal(progress, status="in_progress", due_on=None) -> GoalRow:
        return GoalRow(
            id=1,
            version_id=1,
            position=1,
            title="Ziel",
            description="",
            oberziel_id=None,
            oberziel_title="",
            owner_id=None,
            owner_name="",
            due_on=due_on,
            impact_level=3,
            status=status,
            progress=progress,
        )

    half = date(2026, 7, 2)  # half of the year has passed
    assert board.goal_on_track(goal(50.0), start, end, half) is True
    assert board.goal_on_track(goal(49.0), start, end, half) is False
    # the goal's own due date counts before the end of the period
    assert board.goal_on_track(goal(60.0, due_on=date(2026, 3, 31)), start, end, half) is False
    # achieved counts as on track, dropped and unmeasured goals cannot be judged
    assert board.goal_on_track(goal(None, status="achieved"), start, end, half) is True
    assert board.goal_on_track(goal(90.0, status="dropped"), start, end, half) is None
    assert board.goal_on_track(goal(None), start, end, half) is None
    # without a start of the period there is no time to compare with
    assert board.goal_on_track(goal(80.0), None, end, half) is None
    # before the period starts nothing is expected yet; after it, everything
    assert board.goal_on_track(goal(0.0), start, end, date(2025, 12, 1)) is True
    assert board.goal_on_track(goal(99.0), start, end, date(2027, 2, 1)) is False


def test_report_without_check_strategy_or_measures(db, tmp_path):
    # GIVEN an organisation that has only just been set up
    OrganisationService(db).set_up("Verein Neu e.V.", ["Beratung"], [("Team", False, False)])
    rendered = render(db)
    text = flat(lines_of(rendered.pdf, tmp_path))
    # THEN every chapter says in one sentence that there is nothing yet
    assert "Verein Neu e.V." in text
    assert "No Digitalisierungscheck has been completed yet" in text
    assert "No strategy has been written down yet." in text
    assert "No measure has been created yet." in text
    assert "No open risk is recorded in the measures." in text
    assert rendered.figures["maturity_index"] is None
    assert rendered.figures["measures_total"] == 0
    assert_sound_pdf(rendered.pdf, tmp_path)


def test_figures_carry_the_reports_date(demo):
    figures = render(demo, today=date(2030, 1, 1)).figures
    assert figures["created_on"] == "2030-01-01"

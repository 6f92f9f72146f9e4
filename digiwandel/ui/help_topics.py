"""The help topics: one per page, one per step of a measure, a glossary and the general
introduction. Texts are marked for translation in the "HelpTopic" context; the steps take
their titles, purposes and checklists from resources/steps.json."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from digiwandel.domain.language import QT_TRANSLATE_NOOP

CONTEXT = "HelpTopic"

# key -> (title, body); the bodies are HTML.
PAGE_TOPICS: dict[str, tuple[str, str]] = {
    "overview": (
        QT_TRANSLATE_NOOP("HelpTopic", "Overview"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it is for:</b> the page the program opens on. It shows where the "
            "organisation stands and what needs doing now, so that a look twice a month is "
            "enough to stay on top of things.</p>"
            "<p><b>How to use it:</b> the small radar shows the latest check dimension by "
            "dimension; the dashed line is the check before, so growth and setbacks stand "
            "out. Every entry under <i>Needs attention</i>, <i>Due in the next two weeks</i>, "
            "<i>Strategy progress</i> and <i>Open findings</i> is a link: click it or press "
            "Enter to go to the measure (at the right step), the goal, the strategy or the "
            "check's results, where a finding becomes a measure. A new organisation sees "
            "five first steps that tick themselves as the data appears; View → Show the "
            "first steps brings them back.</p>"
            "<p><b>Typical mistakes:</b> reading the traffic lights without their reasons; "
            "letting overdue tasks pile up instead of moving their dates or closing them.</p>",
        ),
    ),
    "organisation": (
        QT_TRANSLATE_NOOP("HelpTopic", "Organisation"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it is for:</b> the profile, the areas (for example counselling, "
            "residential care, administration), the hierarchy levels and the persons who "
            "take on roles. Areas and levels let the check compare answers; persons can own "
            "goals and measures or belong to the digital team.</p>"
            "<p><b>How to fill it in well:</b> use the areas your staff know from daily "
            "work, not the organisation chart of a funding application. Enter only the "
            "persons who take on a role; name, role and an e-mail address are enough.</p>"
            "<p><b>Typical mistakes:</b> areas so small that few people answer the check "
            "there (their results are then hidden to protect them); deleting a person "
            "instead of changing their role.</p>",
        ),
    ),
    "check": (
        QT_TRANSLATE_NOOP("HelpTopic", "Digitalisierungscheck"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it is for:</b> finding out where the organisation stands "
            "digitally. Several colleagues from different areas and levels answer the same "
            "questions; the program combines the answer sheets into a maturity index per "
            "dimension and for the whole organisation, and names weak spots.</p>"
            "<p><b>How to fill it in well:</b> ask people from every area and from the "
            "leadership as well as from daily practice. Answer what is true today, not what "
            "is planned. Use “don't know” rather than guessing. Repeat the check about "
            "once a year with the same catalog, so that changes can be compared.</p>"
            "<p><b>Typical mistakes:</b> only the leadership answers; completing a check "
            "with one or two sheets; reading a stage boundary (for example 49 % against "
            "50 %) as a real difference.</p>",
        ),
    ),
    "drivers": (
        QT_TRANSLATE_NOOP("HelpTopic", "Drivers"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it is for:</b> the technologies that drive digital change (online "
            "platforms, AI, cloud, specialist software and others). For each, rate how "
            "much it matters for your work and how far you already use it.</p>"
            "<p><b>How to fill it in well:</b> rate with the digital team, thinking of your "
            "clients and staff rather than of the technology. A driver that matters a lot "
            "but is hardly used is a candidate for a measure.</p>"
            "<p><b>Typical mistakes:</b> rating every driver as important; confusing "
            "“we have it” with “we use it well”.</p>",
        ),
    ),
    "strategy": (
        QT_TRANSLATE_NOOP("HelpTopic", "Strategy"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it is for:</b> writing down where the organisation wants to go "
            "digitally: vision and Leitbild, goals with indicators that show progress, "
            "the digital team and a communication plan. A strategy is kept in versions; "
            "the adopted one is the valid one, and it is reviewed on a set date.</p>"
            "<p><b>How to fill it in well:</b> derive the goals from the findings of the "
            "check and from the Leitbild. Give every goal an owner and at least one "
            "indicator with a baseline and a target, then link the measures that serve it. "
            "Plan who is told what and when.</p>"
            "<p><b>Typical mistakes:</b> goals that cannot be measured; goals without any "
            "measure, and measures without a goal; a review date that passes unnoticed.</p>",
        ),
    ),
    "measures": (
        QT_TRANSLATE_NOOP("HelpTopic", "Measures"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it is for:</b> every digitalisation measure runs through the "
            "twelve steps of the method, from needs analysis to sharing what was learned, "
            "with tasks, budget, stakeholders, risks, decisions, success metrics and PDCA "
            "cycles. The portfolio, the board by step and the timeline show all measures "
            "at once.</p>"
            "<p><b>How to fill it in well:</b> start from a finding of the check or from a "
            "template. Work through the steps in order, but skip a step with a reason when "
            "it does not apply. Set the traffic light honestly and give a reason for amber "
            "and red. Define a success metric before a pilot starts.</p>"
            "<p><b>Typical mistakes:</b> starting with the purchase of software before the "
            "needs are clear; a pilot without a metric; a green light for a measure whose "
            "tasks are all overdue.</p>",
        ),
    ),
    "reports": (
        QT_TRANSLATE_NOOP("HelpTopic", "Reports"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it is for:</b> PDF documents for people who do not use the "
            "program: the board report (Vorstandsbericht) with key figures and charts, "
            "the results of a check, a measure's report, the strategy and a blank "
            "questionnaire for answering on paper.</p>"
            "<p><b>How to use it:</b> choose the kind of report, what it is about and the "
            "sections, then create the PDF. Every board report is kept with its key "
            "figures, so that the next one can show what changed since.</p>"
            "<p><b>Typical mistakes:</b> printing the board report before the traffic "
            "lights and measurements are up to date.</p>",
        ),
    ),
    "server": (
        QT_TRANSLATE_NOOP("HelpTopic", "Working together on a server"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it is for:</b> when several people work with DigiWandel on their "
            "own PCs (a second office, the digital team at their desks), they share one "
            "database on the organisation's PostgreSQL server instead of passing a file "
            "around. Your IT service provider sets it up and gives you the server's name, "
            "the database, a user name and a password.</p>"
            "<p><b>How to use it:</b> File → Connect to a server. Tick the keychain box and "
            "the password is kept safely by the computer, so DigiWandel connects by itself "
            "next time. Keep the encrypted connection switched on unless the server stands "
            "in your own office network. To move an existing file there once, open it and "
            "choose File → Copy this database to a server; everything is copied into the "
            "new, empty database and checked table by table.</p>"
            "<p><b>When two people change the same thing:</b> nothing is overwritten "
            "unseen. If someone else saved an entry while you were editing it, your change "
            "is not saved at first: the form shows what they saved and keeps your entries, "
            "and you decide whether to save yours over it. Pages show changes made on "
            "other PCs within a few seconds.</p>"
            "<p><b>What is different:</b> backups and the database check are for files. "
            "On a server, the server's own backups (pg_dump) keep the data safe; File → "
            "Export organisation still makes a copy of your own.</p>",
        ),
    ),
}

# Tabs of a page with topics of their own: key -> (the page's key, title, body).
TAB_TOPICS: dict[str, tuple[str, str, str]] = {
    "check-results": (
        "check",
        QT_TRANSLATE_NOOP("HelpTopic", "Check: Results"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it shows:</b> the overall index and its stage, the findings and what "
            "to do next, each dimension with its change and its gap to the target, areas and "
            "levels, and the questions on which views differ.</p>"
            "<p><b>How to use it:</b> start with the findings and the questions that matter "
            "most; “Create a measure from a finding…” turns a finding into a measure. Talk "
            "about the questions where views differ: the difference itself is worth "
            "knowing.</p>"
            "<p><b>Typical mistakes:</b> taking a draft's figures for the result (findings "
            "appear once the check is completed); reading much into a check with only a few "
            "answer sheets.</p>",
        ),
    ),
    "check-charts": (
        "check",
        QT_TRANSLATE_NOOP("HelpTopic", "Check: Charts"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it shows:</b> the profile of the dimensions, the areas side by side, "
            "leadership beside staff, and the change over the checks so far.</p>"
            "<p><b>How to use it:</b> the charts suit a team meeting or the board; the board "
            "report prints the same pictures. Groups smaller than the smallest group size "
            "are left out.</p>"
            "<p><b>Typical mistakes:</b> reading a difference of a few points as real "
            "change; in a small area a single answer sheet moves the result a lot.</p>",
        ),
    ),
    "check-sheets": (
        "check",
        QT_TRANSLATE_NOOP("HelpTopic", "Check: Answer sheets"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it is for:</b> one sheet for each person who answers, with area and "
            "level; a name only if the person wants one.</p>"
            "<p><b>How to fill it in well:</b> let several people from every area and level "
            "answer. In the survey one person after another answers on this computer "
            "without seeing anybody else's answers; a sheet is finished when its person is "
            "done.</p>"
            "<p><b>Typical mistakes:</b> only the management answers; one person fills in "
            "sheets for others.</p>",
        ),
    ),
    "check-paper": (
        "check",
        QT_TRANSLATE_NOOP("HelpTopic", "Check: Paper entry"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it is for:</b> typing in questionnaires that were printed from the "
            "Reports page and filled in by hand.</p>"
            "<p><b>How to fill it in well:</b> choose the sheet, then type 0–3 for the "
            "level, ? for “don't know” and - for “does not apply”; the cursor moves on to "
            "the next question by itself.</p>"
            "<p><b>Typical mistakes:</b> guessing an answer that cannot be read instead of "
            "leaving it open; typing two questionnaires into one sheet.</p>",
        ),
    ),
    "check-targets": (
        "check",
        QT_TRANSLATE_NOOP("HelpTopic", "Check: Targets"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it is for:</b> where you want to stand in twelve months, dimension "
            "by dimension. The results then show the gap to each target.</p>"
            "<p><b>How to fill it in well:</b> pick the few dimensions you mean to improve "
            "and set targets the planned measures can reach; a new check takes over the "
            "last targets.</p>"
            "<p><b>Typical mistakes:</b> 100 % everywhere; targets nobody has agreed "
            "on.</p>",
        ),
    ),
    "strategy-identity": (
        "strategy",
        QT_TRANSLATE_NOOP("HelpTopic", "Strategy: Identity"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it is for:</b> who you are: vision, Leitbild and values, each with "
            "a note on what digitalisation changes for it, and the overarching goals "
            "(Oberziele) that the strategic goals make concrete.</p>"
            "<p><b>How to fill it in well:</b> use the words your organisation already "
            "uses, and keep it short enough to read out in a team meeting.</p>"
            "<p><b>Typical mistakes:</b> a list of technology wishes instead of a statement "
            "of purpose.</p>",
        ),
    ),
    "strategy-versions": (
        "strategy",
        QT_TRANSLATE_NOOP("HelpTopic", "Strategy: Versions"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it is for:</b> the strategy as the board adopts it. A draft can be "
            "changed; an adopted version keeps its goals and indicators, and the next one "
            "starts as a copy of it.</p>"
            "<p><b>How to fill it in well:</b> give each version its period and a date for "
            "its next review, and record the board's resolution when you adopt it.</p>"
            "<p><b>Typical mistakes:</b> changing the adopted version instead of starting a "
            "new one; letting the review date pass.</p>",
        ),
    ),
    "strategy-goals": (
        "strategy",
        QT_TRANSLATE_NOOP("HelpTopic", "Strategy: Goals and indicators"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it is for:</b> the strategic goals, each with indicators that show "
            "progress: a starting value, a target and the measurements taken since.</p>"
            "<p><b>How to fill it in well:</b> one to three indicators per goal that you "
            "can actually measure; record the starting value before work begins and measure "
            "as often as the indicator says.</p>"
            "<p><b>Typical mistakes:</b> goals without an indicator; an indicator nobody "
            "measures; a target date too close to see any effect.</p>",
        ),
    ),
    "strategy-alignment": (
        "strategy",
        QT_TRANSLATE_NOOP("HelpTopic", "Strategy: Alignment"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it shows:</b> which measure serves which goal, as a grid of goals "
            "and measures. Press Space on a cell to link or unlink, and say in a sentence "
            "what the measure adds.</p>"
            "<p><b>How to use it:</b> every goal should have at least one measure and every "
            "running measure should serve a goal; the page names the gaps.</p>"
            "<p><b>Typical mistakes:</b> linking every measure to every goal.</p>",
        ),
    ),
    "strategy-team": (
        "strategy",
        QT_TRANSLATE_NOOP("HelpTopic", "Strategy: Digital team"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it is for:</b> the people who carry the digital change, with their "
            "role, area and level. The table below shows which areas and levels the team "
            "reaches.</p>"
            "<p><b>How to fill it in well:</b> bring in people from several areas and from "
            "staff as well as leadership.</p>"
            "<p><b>Typical mistakes:</b> a team of the management and IT alone, which "
            "leaves whole areas unheard.</p>",
        ),
    ),
    "strategy-communication": (
        "strategy",
        QT_TRANSLATE_NOOP("HelpTopic", "Strategy: Communication"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "<p><b>What it is for:</b> who hears what, when and how: staff, board, clients, "
            "funding bodies, with a channel, a key message and a date or how often.</p>"
            "<p><b>How to fill it in well:</b> plan communication from the start of a "
            "measure, not when it is finished; the overview reminds you of dated "
            "entries.</p>"
            "<p><b>Typical mistakes:</b> informing only once the decisions are made.</p>",
        ),
    ),
}

GLOSSARY: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("HelpTopic", "Befund (finding)"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "A weak spot the check has found, such as a dimension far below its target or "
            "areas that answer very differently. A finding can be turned into a measure.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpTopic", "Leistungsträger (provider)"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "An organisation that provides social services, such as an association, a "
            "gGmbH or a church-related service.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpTopic", "PDCA"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "Plan, Do, Check, Act: a cycle for improving something step by step. Plan a "
            "change, try it, check its effect, and then keep it or adjust it.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpTopic", "Reifegrad (maturity)"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "How far digitalisation has progressed, as a percentage from 0 to 100 and as a "
            "stage. A result near the boundary of two stages is best read as lying between "
            "them.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpTopic", "Ampel (traffic light)"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "The team's judgement of a measure: green on track, amber at risk but "
            "solvable by the team, red needs a decision by the leadership.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpTopic", "Wirkungstreppe (impact ladder)"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "Seven levels from activities that take place (output) through changes in "
            "what the target group knows and does (outcome) to changes in society "
            "(impact). A goal names the level it aims at.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpTopic", "Indikator (indicator)"),
        QT_TRANSLATE_NOOP(
            "HelpTopic",
            "A figure that shows progress towards a goal, with a baseline, a target and "
            "measurements over time.",
        ),
    ),
)

GLOSSARY_TITLE = QT_TRANSLATE_NOOP("HelpTopic", "Glossary")
STEP_TITLE = QT_TRANSLATE_NOOP("HelpTopic", "Step {number}: {title}")
STEP_PURPOSE = QT_TRANSLATE_NOOP("HelpTopic", "What this step is for")
STEP_CHECKLIST = QT_TRANSLATE_NOOP("HelpTopic", "What belongs to it")
STEP_HINT = QT_TRANSLATE_NOOP(
    "HelpTopic",
    "Tick the checklist as you go; a step that does not apply to this measure can be "
    "skipped with a reason.",
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def topics(lang: str) -> list[tuple[str, str, str]]:
    """(key, title, HTML body) of every topic, in the language of the interface."""
    from digiwandel.domain.steps import step_definitions

    result = []
    for key, (title, body) in PAGE_TOPICS.items():
        result.append((key, tr(title), tr(body)))
        result += [
            (tab, tr(tab_title), tr(tab_body))
            for tab, (page, tab_title, tab_body) in TAB_TOPICS.items()
            if page == key
        ]
    for step in step_definitions():
        title = step["title"].get(lang) or step["title"]["en"]
        purpose = step["purpose"].get(lang) or step["purpose"]["en"]
        items = "".join(
            f"<li>{escape(item.get(lang) or item['en'])}</li>" for item in step["checklist"]
        )
        body = (
            f"<p><b>{escape(tr(STEP_PURPOSE))}:</b> {escape(purpose)}</p>"
            f"<p><b>{escape(tr(STEP_CHECKLIST))}:</b></p><ul>{items}</ul>"
            f"<p>{escape(tr(STEP_HINT))}</p>"
        )
        number = step["number"]
        result.append((f"step-{number}", tr(STEP_TITLE).format(number=number, title=title), body))
    glossary = "".join(f"<p><b>{escape(tr(t))}</b><br>{escape(tr(d))}</p>" for t, d in GLOSSARY)
    result.append(("glossary", tr(GLOSSARY_TITLE), glossary))
    return result

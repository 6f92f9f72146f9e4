"""The strategy paper: identity, the current strategy version with its goals and indicators,
their alignment with the measures, the digital team and the communication plan."""

from __future__ import annotations

from digiwandel.domain.language import QT_TRANSLATE_NOOP, Language, speaking, translate
from digiwandel.model.database import Database
from digiwandel.services.reports.common import Progress, RenderedReport, ReportRequest

TITLE = QT_TRANSLATE_NOOP("ReportKinds", "Strategy paper")
ITEM = None
SECTIONS = (
    ("identity", QT_TRANSLATE_NOOP("ReportSections", "Identity")),
    ("goals", QT_TRANSLATE_NOOP("ReportSections", "Goals and indicators")),
    ("indicator_charts", QT_TRANSLATE_NOOP("ReportSections", "Indicator charts")),
    ("alignment", QT_TRANSLATE_NOOP("ReportSections", "Goals and measures")),
    ("team", QT_TRANSLATE_NOOP("ReportSections", "Digital team")),
    ("communication", QT_TRANSLATE_NOOP("ReportSections", "Communication plan")),
)


def current_version(versions):
    """The version the strategy page opens on: the newest draft being worked on, else the
    newest adopted one, else the newest; ``versions`` come newest first. None without any."""
    for status in ("draft", "adopted"):
        for version in versions:
            if version.status == status:
                return version
    return versions[0] if versions else None


def build(
    db: Database, language: Language, request: ReportRequest, progress: Progress
) -> RenderedReport:
    from digiwandel.reports.base import ReportMeta
    from digiwandel.reports.strategy import StrategyData, StrategyReport
    from digiwandel.services.organisation import OrganisationService
    from digiwandel.services.strategy import StrategyService

    chosen = frozenset(k for k, _label in SECTIONS)
    if request.sections is not None:
        chosen &= request.sections
    today = request.today
    with speaking(language):
        progress(0.0)
        service = StrategyService(db)
        versions = service.list_versions(today)
        version = current_version(versions)
        in_force = None
        if version is not None and version.status == "draft":
            in_force = next((v for v in versions if v.status == "adopted"), None)
        identity = service.get_identity()
        oberziele = tuple(service.list_oberziele()) if "identity" in chosen else ()
        progress(0.1)
        goals, measurements, matrix, team, coverage, communication = (), {}, None, (), None, ()
        if version is not None:
            vid = version.id
            goals = tuple(service.list_goals(vid))
            if {"goals", "indicator_charts"} <= chosen:
                measurements = service.version_measurements(vid)
            matrix = service.alignment(vid)
            coverage = service.coverage(vid)
            if "team" in chosen:
                team = tuple(service.list_team(vid))
            if "communication" in chosen:
                # The version's own entries and those of measures, as its tab lists them.
                communication = tuple(
                    row
                    for row in service.list_communication(today=today)
                    if row.version_id in (vid, None)
                )
        progress(0.2)
        organisation = OrganisationService(db)
        profile = organisation.get_profile()
        logo = organisation.get_logo()
        data = StrategyData(
            identity=identity,
            oberziele=oberziele,
            version=version,
            in_force=in_force,
            goals=goals,
            measurements=measurements,
            alignment=matrix,
            team=team,
            coverage=coverage,
            communication=communication,
            today=today,
        )
        title = translate("ReportKinds", TITLE)
        subtitle = version.title if version is not None else ""
        if request.period:
            subtitle = f"{subtitle} · {request.period}" if subtitle else request.period
        meta = ReportMeta(
            organisation=profile.name if profile else "",
            title=title,
            subtitle=subtitle,
            created_on=today,
            logo=logo,
        )
        pdf, pages = StrategyReport(meta, language, data, chosen).build(progress)
    return RenderedReport(
        kind="strategy",
        title=title,
        subtitle=subtitle,
        pdf=pdf,
        pages=pages,
        figures={
            "version_id": version.id if version else None,
            "version_status": version.status if version else None,
            "review_due": bool(version and version.review_due),
            "goals": {g.title: g.progress for g in goals},
            "indicators": sum(len(g.indicators) for g in goals),
            "goals_without_measure": len(matrix.goals_without_measure) if matrix else 0,
            "team_members": coverage.member_count if coverage else 0,
            "communication_overdue": sum(1 for r in communication if r.overdue),
        },
    )

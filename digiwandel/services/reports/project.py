"""The project profile (Projektsteckbrief): one measure, as its detail view shows it."""

from __future__ import annotations

from digiwandel.domain.language import QT_TRANSLATE_NOOP, Language, speaking, translate
from digiwandel.model.database import Database
from digiwandel.services.errors import DomainError
from digiwandel.services.reports.common import Progress, RenderedReport, ReportRequest

TITLE = QT_TRANSLATE_NOOP("ReportKinds", "Project profile")
ITEM = "project"
SECTIONS = (
    ("steps", QT_TRANSLATE_NOOP("ReportSections", "The 12 steps")),
    ("tasks", QT_TRANSLATE_NOOP("ReportSections", "Tasks and milestones")),
    ("stakeholders", QT_TRANSLATE_NOOP("ReportSections", "Stakeholders")),
    ("metrics", QT_TRANSLATE_NOOP("ReportSections", "Success metrics")),
    ("budget", QT_TRANSLATE_NOOP("ReportSections", "Budget")),
    ("procurement", QT_TRANSLATE_NOOP("ReportSections", "Procurement")),
    ("trainings", QT_TRANSLATE_NOOP("ReportSections", "Trainings")),
    ("policy", QT_TRANSLATE_NOOP("ReportSections", "Policy checks")),
    ("pdca", QT_TRANSLATE_NOOP("ReportSections", "PDCA cycles")),
    ("lessons", QT_TRANSLATE_NOOP("ReportSections", "Lessons learned and documents")),
    ("risks", QT_TRANSLATE_NOOP("ReportSections", "Risks")),
    ("decisions", QT_TRANSLATE_NOOP("ReportSections", "Decisions needed")),
)

MSG_NO_MEASURE = QT_TRANSLATE_NOOP(
    "DomainError", "Please choose the measure the project profile is about."
)
MSG_MEASURE_GONE = QT_TRANSLATE_NOOP(
    "DomainError",
    "The measure for the project profile no longer exists. It may have been deleted or "
    "moved to the trash.",
)


def build(
    db: Database, language: Language, request: ReportRequest, progress: Progress
) -> RenderedReport:
    from digiwandel.reports.base import ReportMeta
    from digiwandel.reports.project import GoalLink, ProjectData, ProjectReport
    from digiwandel.services.drivers import DriverService
    from digiwandel.services.organisation import OrganisationService
    from digiwandel.services.project_records import ProjectRecordService
    from digiwandel.services.projects import ProjectService
    from digiwandel.services.strategy import StrategyService

    if request.item_id is None:
        raise DomainError(MSG_NO_MEASURE)
    with speaking(language):
        progress(0.0)
        try:
            detail = ProjectService(db, language.code).get_project(request.item_id)
        except DomainError:
            raise DomainError(MSG_MEASURE_GONE) from None
        records = ProjectRecordService(db, language.code).records(detail.id, request.today)
        progress(0.1)
        links = StrategyService(db).project_goal_links(detail.id)
        titles = DriverService(db, language.code).titles()
        organisation = OrganisationService(db)
        profile = organisation.get_profile()
        logo = organisation.get_logo()
        progress(0.2)
        data = ProjectData(
            detail=detail,
            records=records,
            goals=tuple(
                GoalLink(
                    link.goal_title, link.version_title, link.version_status, link.contribution
                )
                for link in links
            ),
            drivers=tuple(titles.get(key, key) for key in detail.drivers),
            today=request.today,
        )
        title = translate("ReportKinds", TITLE)
        meta = ReportMeta(
            organisation=profile.name if profile else "",
            title=title,
            subtitle=detail.title,
            created_on=request.today,
            logo=logo,
        )
        chosen = frozenset(k for k, _label in SECTIONS)
        if request.sections is not None:
            chosen &= request.sections
        pdf, pages = ProjectReport(meta, language, data, chosen).build(progress)
    return RenderedReport(
        kind="project",
        title=title,
        subtitle=detail.title,
        pdf=pdf,
        pages=pages,
        figures={
            "project_id": detail.id,
            "light": detail.light,
            "status": detail.status,
            "progress": detail.progress,
            "current_step": detail.current_step,
            "budget_planned": detail.budget_planned,
            "budget_actual": detail.budget_actual,
            "warnings": len(detail.warnings),
        },
    )

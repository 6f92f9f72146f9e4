"""The blank questionnaire for paper surveys, with the rows and numbers of the paper-entry
grid of the check it is printed for.

Which questions: those of the check asked for (``request.item_id``: its catalog version and
the modules it switched on); without one, those of the check in progress (the newest
draft), for which paper questionnaires are printed before it is typed in; without a check
in progress, those a new check asks (the catalog the "New assessment" dialog proposes,
without optional modules). The report therefore needs no item (``ITEM = None``): the
report service offers only completed checks as items, and a completed check takes no more
answers.
"""

from __future__ import annotations

from itertools import groupby

from digiwandel.domain.language import QT_TRANSLATE_NOOP, Language, speaking, translate
from digiwandel.domain.question_order import numbered_questions
from digiwandel.model.database import Database
from digiwandel.services.check import CheckService, DimensionText
from digiwandel.services.errors import DomainError
from digiwandel.services.organisation import OrganisationService
from digiwandel.services.reports.assessment import MSG_MISSING
from digiwandel.services.reports.common import (
    Progress,
    RenderedReport,
    ReportRequest,
    no_progress,
)

TITLE = QT_TRANSLATE_NOOP("ReportKinds", "Paper questionnaire")
SECTIONS: tuple[tuple[str, str], ...] = ()
ITEM = None  # see above: the check in progress, else a new check's questions


def build(
    db: Database,
    language: Language,
    request: ReportRequest,
    progress: Progress = no_progress,
) -> RenderedReport:
    from digiwandel.reports.base import ReportMeta
    from digiwandel.reports.questionnaire import QuestionnaireReport

    with speaking(language):
        check = CheckService(db, language.code)
        row = None
        if request.item_id is not None:
            try:
                row = check.get_assessment(request.item_id)
            except DomainError:
                raise DomainError(MSG_MISSING) from None
        else:
            row = next((a for a in check.list_assessments() if a.status == "draft"), None)
        if row is not None:
            dimensions = check.survey_structure(row.id)
            check_title, catalog_label = row.title, row.catalog_label
        else:
            dimensions, catalog_label = new_check_structure(check)
            check_title = ""
        progress(0.1)
        organisation = OrganisationService(db)
        profile = organisation.get_profile()
        data = questionnaire_data(
            dimensions,
            check_title=check_title,
            catalog_label=catalog_label,
            areas=tuple(a.name for a in organisation.list_areas()),
            levels=tuple(lv.name for lv in organisation.list_levels()),
            threshold=organisation.privacy_threshold(),
        )
        progress(0.25)
        title = translate("ReportKinds", TITLE)
        subtitle = check_title or catalog_label
        meta = ReportMeta(
            organisation=profile.name if profile else "",
            title=title,
            subtitle=subtitle,
            created_on=request.today,
            logo=organisation.get_logo(),
        )
        pdf, pages = QuestionnaireReport(meta, language, data).build(progress)
    return RenderedReport(
        kind="questionnaire",
        title=title,
        subtitle=subtitle,
        pdf=pdf,
        pages=pages,
        figures={"assessment_id": row.id if row else None, "questions": len(data.rows())},
    )


def new_check_structure(check: CheckService) -> tuple[tuple[DimensionText, ...], str]:
    """The questions of a new check and its catalog's label: the catalog the "New
    assessment" dialog proposes (the last listed), without optional modules, which a check
    switches on itself. The shipped catalog is imported first if there is none yet, as
    that dialog does."""
    catalogs = check.list_catalogs()
    if not catalogs:
        check.ensure_default_catalog()
        catalogs = check.list_catalogs()
    catalog = catalogs[-1]
    return check.catalog_structure(catalog.id), f"{catalog.title} {catalog.version}"


def questionnaire_data(
    dimensions: tuple[DimensionText, ...],
    *,
    check_title: str,
    catalog_label: str,
    areas: tuple[str, ...],
    levels: tuple[str, ...],
    threshold: int,
):
    """The questionnaire's plain data: the paper-entry grid's rows, grouped by dimension."""
    from digiwandel.reports import questionnaire as rep

    blocks = []
    for _key, questions in groupby(
        numbered_questions(dimensions), key=lambda q: q.dimension_number
    ):
        questions = list(questions)
        dimension = questions[0].dimension
        blocks.append(
            rep.DimensionBlock(
                number=questions[0].dimension_number,
                title=dimension.title,
                description=dimension.description,
                questions=tuple(
                    rep.QuestionRow(
                        number=q.number,
                        question=q.item.question,
                        explanation=q.item.explanation,
                        statements=tuple(level.statement for level in q.item.levels),
                    )
                    for q in questions
                ),
            )
        )
    return rep.QuestionnaireData(
        check_title=check_title,
        catalog_label=catalog_label,
        areas=areas,
        levels=levels,
        threshold=threshold,
        dimensions=tuple(blocks),
    )

"""The assessment report: the results of one completed check, as the results page shows
them (``CheckService.results``: groups below the smallest group size are already left out)."""

from __future__ import annotations

from datetime import date

from digiwandel.domain.language import QT_TRANSLATE_NOOP, Language, speaking, translate
from digiwandel.model.database import Database
from digiwandel.services.check import CheckService, Results
from digiwandel.services.errors import DomainError
from digiwandel.services.organisation import OrganisationService
from digiwandel.services.reports.common import (
    Progress,
    RenderedReport,
    ReportRequest,
    no_progress,
)

TITLE = QT_TRANSLATE_NOOP("ReportKinds", "Assessment report")
SECTIONS = (
    ("dimensions", QT_TRANSLATE_NOOP("ReportSections", "Results per dimension")),
    ("findings", QT_TRANSLATE_NOOP("ReportSections", "Findings")),
    ("recommendations", QT_TRANSLATE_NOOP("ReportSections", "Recommendations")),
    ("priorities", QT_TRANSLATE_NOOP("ReportSections", "What to do next")),
    ("disagreements", QT_TRANSLATE_NOOP("ReportSections", "Where views differ")),
    ("areas", QT_TRANSLATE_NOOP("ReportSections", "Areas")),
    ("leadership", QT_TRANSLATE_NOOP("ReportSections", "Leadership and staff")),
    ("trend", QT_TRANSLATE_NOOP("ReportSections", "Over time")),
    ("method", QT_TRANSLATE_NOOP("ReportSections", "How to read this report")),
)
ITEM = "assessment"

MSG_CHOOSE = QT_TRANSLATE_NOOP("DomainError", "Please choose the check the report is about.")
MSG_MISSING = QT_TRANSLATE_NOOP(
    "DomainError", "This check no longer exists. It may have been deleted in the meantime."
)
MSG_NOT_COMPLETED = QT_TRANSLATE_NOOP(
    "DomainError",
    "The check “{title}” is still in progress. Its report can be created once it is "
    "completed, so that it rests on all answers.",
)
MSG_NO_ANSWERS = QT_TRANSLATE_NOOP(
    "DomainError",
    "The check “{title}” has no answers that can be evaluated: every answer sheet is empty "
    "or says only “don't know” or “not applicable”.",
)

_GROUPS = ("leadership", "staff", "volunteer")  # in this order, as far as present


def build(
    db: Database,
    language: Language,
    request: ReportRequest,
    progress: Progress = no_progress,
) -> RenderedReport:
    from digiwandel.reports.assessment import AssessmentReport
    from digiwandel.reports.base import ReportMeta

    with speaking(language):
        if request.item_id is None:
            raise DomainError(MSG_CHOOSE)
        check = CheckService(db, language.code)
        try:
            row = check.get_assessment(request.item_id)
        except DomainError:
            raise DomainError(MSG_MISSING) from None
        if row.status != "completed":
            raise DomainError(MSG_NOT_COMPLETED, title=row.title)
        progress(0.05)
        results = check.results(row.id)
        # Sheets typed in from paper are never marked finished, so "something to evaluate"
        # is what counts: at least one answer with a level.
        if results.scores.overall is None:
            raise DomainError(MSG_NO_ANSWERS, title=row.title)
        progress(0.15)
        organisation = OrganisationService(db)
        profile = organisation.get_profile()
        logo = organisation.get_logo()
        sections = (
            frozenset(k for k, _label in SECTIONS)
            if request.sections is None
            else frozenset(request.sections)
        )
        data = assessment_data(results, sections)
        progress(0.25)
        title = translate("ReportKinds", TITLE)
        subtitle = f"{row.title} · {language.date(row.assessed_on)}"
        meta = ReportMeta(
            organisation=profile.name if profile else "",
            title=title,
            subtitle=subtitle,
            created_on=request.today,
            logo=logo,
        )
        pdf, pages = AssessmentReport(meta, language, data).build(progress)
    return RenderedReport(
        kind="assessment",
        title=title,
        subtitle=subtitle,
        pdf=pdf,
        pages=pages,
        figures={
            "assessment_id": row.id,
            "overall": results.scores.overall,
            "band": results.scores.band,
            "dimensions": {d.key: d.percent for d in results.scores.dimensions},
        },
    )


def assessment_data(results: Results, sections: frozenset[str]):
    """The report's plain data from the results the screen shows, texts in the current
    language (call inside ``speaking``)."""
    from digiwandel.charts.specs import check_chart_specs
    from digiwandel.reports import assessment as rep
    from digiwandel.texts import check as words

    r = results
    scores = r.scores
    keys = [d.key for d in r.dimensions]
    by_key = {d.key: d for d in scores.dimensions}
    dimensions = tuple(
        rep.DimensionResult(
            key=d.key,
            title=d.title,
            percent=s.percent,
            band=s.band,
            change=s.change,
            target=s.target,
            gap_to_target=s.gap_to_target,
            dont_know_share=s.dont_know_share,
            disagreement=s.disagreement,
        )
        for d in r.dimensions
        if (s := by_key.get(d.key)) is not None
    )
    titles = {d.key: d.title for d in r.dimensions}

    def named(figures: dict) -> dict:
        # As on screen: dimension titles and questions instead of their keys.
        out = dict(figures)
        if out.get("dimension") in titles:
            out["dimension"] = titles[out["dimension"]]
        if out.get("item") in r.item_texts:
            out["item"] = r.item_texts[out["item"]].question
        return out

    findings = tuple(
        rep.FindingText(
            key=f.key,
            reasons=tuple(words.reason_text(x.code, named(x.figures)) for x in f.reasons),
        )
        for f in r.findings
    )

    def group(name: str, values: dict | None) -> rep.GroupResult:
        if values is None:  # below the smallest group size: no figure at all
            return rep.GroupResult(name, None)
        return rep.GroupResult(name, tuple(values.get(k) for k in keys))

    areas = tuple(
        sorted(
            (group(r.area_labels.get(k, "?"), v) for k, v in r.area_percentages.items()),
            key=lambda g: g.name.casefold(),
        )
    )
    groups = tuple(
        group(words.group_name(k), r.group_percentages[k])
        for k in _GROUPS
        if k in r.group_percentages
    )
    trend = tuple(
        rep.TrendColumn(
            when=_as_date(p.label),
            label=p.label,
            overall=p.overall,
            dimensions=tuple(p.dimensions.get(k) for k in keys),
        )
        for p in r.trend
    )
    return rep.AssessmentData(
        title=r.assessment.title,
        assessed_on=r.assessment.assessed_on,
        catalog_label=r.assessment.catalog_label,
        overall=scores.overall,
        band=scores.band,
        respondent_count=scores.respondent_count,
        dont_know_share=scores.dont_know_share,
        change=scores.change,
        previous_title=r.previous_title,
        threshold=r.threshold,
        dimensions=dimensions,
        findings=findings,
        recommendations=tuple(r.recommendations),
        priorities=tuple(
            rep.PriorityLine(p.question, p.dimension_title, p.value, p.relevance, p.next_step)
            for p in r.priorities
        ),
        disagreements=tuple(
            rep.DisagreementLine(
                x.question,
                x.dimension_title,
                x.spread,
                x.leadership_value,
                x.staff_value,
                x.disagreement,
                x.leadership_flag,
            )
            for x in r.disagreements
        ),
        areas=areas,
        groups=groups,
        trend=trend,
        charts=check_chart_specs(r),
        sections=sections,
        few_sheets=r.few_sheets,
    )


def _as_date(label: str) -> date | None:
    """Trend points are labelled with the check's date (ISO); the table writes it the
    report language's way."""
    try:
        return date.fromisoformat(label)
    except ValueError:
        return None

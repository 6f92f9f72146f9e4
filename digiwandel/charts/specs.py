"""The data series of each chart, computed in one place for the screen and the reports.

A spec is the keyword arguments of a builder in this package plus "name" (what the chart
shows, for screen readers and captions) and optionally "description". The texts are
written in ``digiwandel.domain.language.current()``: the UI language on screen, the
report's language in a report. Plain data in (the services' result objects), no Qt and no
matplotlib here, so the UI can compare specs cheaply and redraw only what changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from digiwandel.domain.language import current, translate
from digiwandel.domain.vocabulary import TRAFFIC_LIGHTS
from digiwandel.texts import check as check_words
from digiwandel.texts import projects as project_words

MATURITY = "digiwandel.charts.maturity"
PROJECTS = "digiwandel.charts.projects"
STRATEGY = "digiwandel.charts.strategy"

#: The charts of a check's results: builder → its title, in the order they are shown.
CHECK_CHARTS = ("radar_chart", "heatmap_chart", "bar_comparison_chart", "trend_chart")


def check_chart_title(builder: str) -> str:
    titles = {
        "radar_chart": translate("ChartTexts", "Profile"),
        "heatmap_chart": translate("ChartTexts", "Areas"),
        "bar_comparison_chart": translate("ChartTexts", "Leadership and staff"),
        "trend_chart": translate("ChartTexts", "Over time"),
    }
    return titles[builder]


def check_chart_specs(results) -> dict[str, dict | None]:
    """The specs of the four check charts (None where the results have no data for one).

    ``results`` is a ``digiwandel.services.check.Results``: the figures in it already
    leave out every group below the smallest group size, so the charts do too.
    """
    r = results
    labels = [d.title for d in r.dimensions]
    keys = [d.key for d in r.dimensions]
    by_key = {d.key: d for d in r.scores.dimensions}
    current_values = [by_key[k].percent if k in by_key else None for k in keys]
    series = [(translate("ChartTexts", "Now"), current_values)]
    if any(by_key[k].change is not None for k in keys if k in by_key):
        series.append(
            (
                translate("ChartTexts", "Previous check"),
                [
                    (by_key[k].percent - by_key[k].change)
                    if k in by_key
                    and by_key[k].change is not None
                    and by_key[k].percent is not None
                    else None
                    for k in keys
                ],
            )
        )
    if any(by_key[k].target is not None for k in keys if k in by_key):
        series.append(
            (
                translate("ChartTexts", "Target"),
                [by_key[k].target if k in by_key else None for k in keys],
            )
        )
    specs: dict[str, dict | None] = dict.fromkeys(CHECK_CHARTS)
    specs["radar_chart"] = {"labels": labels, "series": series}
    areas = sorted(r.area_percentages.items(), key=lambda kv: r.area_labels.get(kv[0], ""))
    if areas:
        specs["heatmap_chart"] = {
            "row_labels": [r.area_labels.get(k, "?") for k, _v in areas],
            "column_labels": labels,
            "values": [[None if v is None else v.get(k2) for k2 in keys] for _k, v in areas],
            "missing_label": check_words.too_few(),
        }
    groups = [g for g in ("leadership", "staff") if g in r.group_percentages]
    if groups:
        specs["bar_comparison_chart"] = {
            "labels": labels,
            "series": [
                (
                    check_words.group_name(g),
                    [
                        None if r.group_percentages[g] is None else r.group_percentages[g].get(k)
                        for k in keys
                    ],
                )
                for g in groups
            ],
            "missing_label": check_words.too_few(),
        }
    if len(r.trend) > 1:
        specs["trend_chart"] = {
            "labels": [p.label for p in r.trend],
            "series": [(translate("ChartTexts", "Overall index"), [p.overall for p in r.trend])]
            + [(d.title, [p.dimensions.get(d.key) for p in r.trend]) for d in r.dimensions],
            "ylabel": translate("ChartTexts", "Percent"),
        }
    for builder, spec in specs.items():
        if spec is not None:
            spec["name"] = check_chart_title(builder)
    return specs


def _previous(score) -> float | None:
    """A dimension's percentage in the previous check, from now and the change."""
    if score is None or score.change is None or score.percent is None:
        return None
    return score.percent - score.change


def timeline_spec(rows: Sequence, today: date) -> dict | None:
    """The timeline (Gantt chart) of measures; ``rows`` are the project service's
    ``TimelineRow``s in the order to show. None without rows."""
    if not rows:
        return None
    language = current()
    return {
        "name": translate("ChartTexts", "Timeline of the measures"),
        "description": translate(
            "ChartTexts",
            "Bars from start to end of each measure, coloured and labelled by traffic "
            "light; markers for step due dates and milestones.",
        ),
        "rows": list(rows),
        "today": today,
        "light_words": {k: project_words.light(k) for k in TRAFFIC_LIGHTS},
        "today_label": translate("ChartTexts", "Today"),
        "milestone_label": translate("ChartTexts", "Milestone"),
        "step_label": translate("ChartTexts", "Step due"),
        "no_dates_label": translate("ChartTexts", "no dates yet"),
        "more_label": translate("ChartTexts", "+{count} more"),
        "month_names": language.month_names(),
    }


def measured_spec(
    *,
    name: str,
    unit: str,
    points: Sequence[tuple[date, float]],
    baseline: tuple[date | None, float] | None = None,
    target: tuple[date | None, float] | None = None,
    target_range: tuple[float, float] | None = None,
) -> dict:
    """An indicator's or a success metric's measurements against its start and target."""
    language = current()
    spec: dict = {
        "points": list(points),
        "series_label": translate("ChartTexts", "Measured"),
        "unit": unit,
        "title": name,
        "month_names": language.month_names(),
        "decimal_point": language.decimal_point(),
    }
    if baseline is not None:
        spec["baseline"] = baseline
        spec["baseline_label"] = translate("ChartTexts", "Starting value")
    if target_range is not None:
        spec["target_range"] = target_range
        spec["range_label"] = translate("ChartTexts", "Target range")
    elif target is not None:
        spec["target"] = target
        spec["target_label"] = translate("ChartTexts", "Target")
    return spec


def indicator_spec(indicator, measurements: Sequence) -> dict:
    """The chart of a strategy indicator (``IndicatorRow``) with its ``MeasurementRow``s."""
    ranged = (
        indicator.direction == "range"
        and indicator.range_low is not None
        and indicator.range_high is not None
    )
    spec = measured_spec(
        name=indicator.name,
        unit=indicator.unit,
        points=[(m.measured_on, m.value) for m in measurements],
        baseline=(
            (indicator.baseline_on, indicator.baseline_value)
            if indicator.baseline_value is not None
            else None
        ),
        target=(
            (indicator.target_on, indicator.target_value)
            if indicator.target_value is not None
            else None
        ),
        target_range=(indicator.range_low, indicator.range_high) if ranged else None,
    )
    spec["name"] = translate("ChartTexts", "Chart of the indicator “{name}”").format(
        name=indicator.name
    )
    return spec


def metric_spec(metric, measurements: Sequence) -> dict:
    """The chart of a measure's success metric with its measurements."""
    spec = measured_spec(
        name=metric.name,
        unit=metric.unit,
        points=[(m.measured_on, m.value) for m in measurements],
        baseline=(
            (metric.baseline_on, metric.baseline_value)
            if metric.baseline_value is not None
            else None
        ),
        target=(
            (metric.target_on, metric.target_value) if metric.target_value is not None else None
        ),
    )
    spec["name"] = translate("ChartTexts", "Chart of the success metric “{name}”").format(
        name=metric.name
    )
    return spec

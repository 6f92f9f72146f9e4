"""Axis and value labels in the reader's language, from plain data the caller passes in.

matplotlib's own date formatters write English month names ("Mar") and its number labels use
a decimal point; charts here take the month names and the decimal separator instead (the UI
reads them from its locale), so a German chart says "Mär 2027" and "2,5".
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.dates import DayLocator, MonthLocator, YearLocator, num2date
from matplotlib.ticker import FuncFormatter

DAYS_PER_MONTH = 30.44


def number_label(value: float, decimal_point: str = ".") -> str:
    """A value label such as "2.5" / "2,5" (up to six significant digits, no exponent
    for everyday figures)."""
    text = f"{value:.6g}"
    if "e" in text:
        text = f"{value:.0f}"
    return text.replace(".", decimal_point)


def localise_value_axis(ax, decimal_point: str = ".") -> None:
    """Tick labels of the y axis with the caller's decimal separator."""
    if decimal_point != ".":
        ax.yaxis.set_major_formatter(
            FuncFormatter(lambda value, _pos: number_label(round(value, 10), decimal_point))
        )


def date_ticks(
    ax,
    first: float,
    last: float,
    month_names: Sequence[str] | None = None,
    *,
    days: bool = False,
    max_ticks: int = 9,
) -> None:
    """Ticks on a date x axis between `first` and `last` (matplotlib day numbers).

    Years for long spans, every 1, 2, 3 or 6 months for medium ones and, with `days`, single
    days for spans under two months. With `month_names` (twelve names in the reader's
    language) months are written "Mär 2027"; without, as numbers ("03/2027"). At most
    `max_ticks` labels, so that they do not run into each other on a narrow chart.
    """

    def month_text(value: float, _pos=None) -> str:
        day = num2date(value).date()
        if month_names is None:
            return f"{day.month:02d}/{day.year}"
        return f"{month_names[day.month - 1]} {day.year}"

    def day_text(value: float, _pos=None) -> str:
        day = num2date(value).date()
        if month_names is None:
            return f"{day.day:02d}/{day.month:02d}"
        return f"{day.day} {month_names[day.month - 1]}"

    span = max(1.0, last - first)
    months = span / DAYS_PER_MONTH
    if months > 48:
        ax.xaxis.set_major_locator(YearLocator())
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: str(num2date(v).year)))
        return
    if days and months < 2:
        interval = next((n for n in (1, 2, 3, 7, 14) if span / n <= max_ticks), 14)
        ax.xaxis.set_major_locator(DayLocator(interval=interval))
        ax.xaxis.set_major_formatter(FuncFormatter(day_text))
        return
    interval = next((n for n in (1, 2, 3, 6, 12) if months / n <= max_ticks), 12)
    ax.xaxis.set_major_locator(MonthLocator(bymonth=range(1, 13, interval)))
    ax.xaxis.set_major_formatter(FuncFormatter(month_text))
    ax.xaxis.set_minor_locator(MonthLocator())

"""Strategy page, tab "Goals": goals, their indicators, measurements and the indicator chart.

tab.py builds the tab; goals.py, indicators.py and measurements.py hold its parts (mixins that
share base.py); values.py has the plain helpers, chart.py the chart widget.
"""

from digiwandel.ui.pages.strategy_goals.chart import IndicatorChart
from digiwandel.ui.pages.strategy_goals.tab import GoalsTab
from digiwandel.ui.pages.strategy_goals.values import (
    NOT_GIVEN,
    confidence_value,
    goal_values,
    indicator_values,
    measurement_values,
)

__all__ = [
    "NOT_GIVEN",
    "GoalsTab",
    "IndicatorChart",
    "confidence_value",
    "goal_values",
    "indicator_values",
    "measurement_values",
]

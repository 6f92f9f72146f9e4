"""Plain helpers of the goals tab (no visible text): the confidence spin box's "not given"
and the editable fields of a row, for undo."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox

from digiwandel.services.strategy import (
    GOAL_FIELDS,
    INDICATOR_FIELDS,
    MEASUREMENT_FIELDS,
    GoalRow,
    IndicatorRow,
    MeasurementRow,
)

NOT_GIVEN = -1  # value of the confidence spin box that stands for "not given"


def confidence_value(spin: QSpinBox) -> int | None:
    return None if spin.value() == NOT_GIVEN else spin.value()


def goal_values(row: GoalRow) -> dict:
    return {key: getattr(row, key) for key in GOAL_FIELDS}


def indicator_values(row: IndicatorRow) -> dict:
    return {key: getattr(row, key) for key in INDICATOR_FIELDS}


def measurement_values(row: MeasurementRow) -> dict:
    return {key: getattr(row, key) for key in MEASUREMENT_FIELDS}

"""The project tracker's words (``digiwandel.texts.projects``) plus what only a screen needs."""

from __future__ import annotations

from PySide6.QtGui import QColor

from digiwandel.texts.projects import *  # noqa: F403
from digiwandel.texts.projects import LIGHT_COLOURS


def light_colour(light: str) -> QColor:
    return QColor(LIGHT_COLOURS.get(light, "#888888"))

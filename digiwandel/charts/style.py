"""Settings every chart shares. Each builder module imports this module, so the settings
hold before the first figure is made, on screen and in reports alike."""

from __future__ import annotations

import matplotlib

# Texts come from users (measure and goal titles, area names): a "$" is a dollar sign.
# matplotlib would otherwise take the text between two of them for a formula: it would
# drop the signs, set that text as mathematics, or fail to draw the chart at all.
matplotlib.rcParams["text.parse_math"] = False

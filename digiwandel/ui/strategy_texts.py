"""The strategy's words, shared with the reports (``digiwandel.texts.strategy``)."""

from digiwandel.texts.strategy import *  # noqa: F403

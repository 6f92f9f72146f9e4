"""The check's words, shared with the reports (``digiwandel.texts.check``)."""

from digiwandel.texts.check import *  # noqa: F403

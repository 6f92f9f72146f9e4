"""Domain errors whose messages the user reads, in their language.

Messages are English source strings marked for Qt's translation tools; the UI (or the
command line) translates them in the "DomainError" context and fills in the parameters.
Services stay free of Qt: the marker below is only a name that `lupdate` recognises.
"""

from __future__ import annotations

from digiwandel.domain.language import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "TR_CONTEXT", "DomainError", "NotFoundError", "StaleEditError"]

TR_CONTEXT = "DomainError"


class DomainError(Exception):
    """A rule of the domain was broken; `field` names the input the message belongs to."""

    def __init__(self, message: str, *, field: str | None = None, **params: object) -> None:
        self.message = message
        self.field = field
        self.params = params
        super().__init__(self.render())

    def render(self, translate=None) -> str:
        try:
            return self.translated_message(translate).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.translated_message(translate)

    def translated_message(self, translate=None) -> str:
        """The message in the user's language; a message with "%n" takes the plural form
        for the `count` parameter (Qt's plural rules, e.g. "1 answer sheet", "2 ...")."""
        count = self.params.get("count") if "%n" in self.message else None
        if count is None:
            return translate(TR_CONTEXT, self.message) if translate else self.message
        if translate:
            return translate(TR_CONTEXT, self.message, None, int(count))
        return self.message.replace("%n", str(count))


class NotFoundError(DomainError):
    pass


MSG_STALE = QT_TRANSLATE_NOOP(
    "DomainError",
    "Someone else changed this entry in the meantime (on another computer), so your change "
    "was not saved. The program now shows the current state.",
)


class StaleEditError(DomainError):
    """A change was based on an older state of the row than the stored one: another PC
    (or another window) saved in between. `current` is the stored row version, or None
    when the row is gone or the clash was found only while writing."""

    def __init__(self, current: int | None = None) -> None:
        self.current = current
        super().__init__(MSG_STALE)

"""Domain errors whose messages the user reads, in their language.

Messages are English source strings marked for Qt's translation tools; the UI (or the
command line) translates them in the "DomainError" context and fills in the parameters.
Services stay free of Qt: the marker below is only a name that `lupdate` recognises.
"""

from __future__ import annotations

TR_CONTEXT = "DomainError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class DomainError(Exception):
    """A rule of the domain was broken; `field` names the input the message belongs to."""

    def __init__(self, message: str, *, field: str | None = None, **params: object) -> None:
        self.message = message
        self.field = field
        self.params = params
        super().__init__(self.render())

    def render(self, translate=None) -> str:
        text = translate(TR_CONTEXT, self.message) if translate else self.message
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return text


class NotFoundError(DomainError):
    pass

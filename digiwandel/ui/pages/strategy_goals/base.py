"""The shared base of GoalsTab's parts: every text of the tab keeps the context "GoalsTab"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class GoalsTabPart:
    """Base of the mixins that make up GoalsTab.

    Qt's `self.tr` takes the class name as translation context; a method moved into a mixin
    would file its texts under the mixin's name. Here `tr` always translates in "GoalsTab".
    lupdate (and tests/test_translations.py) read the context of a `self.tr` call from the
    class around it, so the parts write their texts as
    `QCoreApplication.translate("GoalsTab", …)`: the same context in the code, in the .ts file
    and at run time.
    """

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("GoalsTab", text, disambiguation, n)

"""GoalsTab, part "goals": the goal list, the goal dialog and adding, editing, deleting and
moving goals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from digiwandel.services.errors import DomainError
from digiwandel.services.strategy import GoalRow
from digiwandel.ui.context import Change, show_error
from digiwandel.ui.forms import DateField, confirm, text_box
from digiwandel.ui.pages.strategy_goals.base import GoalsTabPart
from digiwandel.ui.pages.strategy_goals.values import goal_values
from digiwandel.ui.widgets import Field, FormDialog, form_values


class GoalsPart(GoalsTabPart):
    """The goals of GoalsTab: selection, dialog, add, edit, delete and move."""

    def _goal_selected(self, *_args) -> None:
        if not self._loading:
            self._show_indicators(None)

    def impact_long(self, level: int) -> str:
        meaning = {
            1: QCoreApplication.translate("GoalsTab", "the planned activities take place"),
            2: QCoreApplication.translate("GoalsTab", "the target groups are reached"),
            3: QCoreApplication.translate("GoalsTab", "the target groups accept and use the offer"),
            4: QCoreApplication.translate("GoalsTab", "the target groups gain knowledge or skills"),
            5: QCoreApplication.translate("GoalsTab", "the target groups act differently"),
            6: QCoreApplication.translate("GoalsTab", "the situation of the target groups changes"),
            7: QCoreApplication.translate("GoalsTab", "society changes"),
        }[level]
        return f"{self.impact_short(level)}: {meaning}"

    def ladder_text(self) -> str:
        return QCoreApplication.translate(
            "GoalsTab",
            "Impact ladder (PHINEO Wirkungstreppe):\n"
            "1 – the planned activities take place\n"
            "2 – the target groups are reached\n"
            "3 – the target groups accept and use the offer\n"
            "4 – the target groups gain knowledge or skills\n"
            "5 – the target groups act differently\n"
            "6 – the situation of the target groups changes\n"
            "7 – society changes\n"
            "Steps 1–3 are output, 4–6 outcome, 7 impact.",
        )

    def _goal_fields(self, row: GoalRow | None) -> list[Field]:
        title = QLineEdit(row.title if row else "")
        oberziel = QComboBox()
        oberziel.addItem(QCoreApplication.translate("GoalsTab", "(none)"), None)
        for item in self.page.service.list_oberziele():
            oberziel.addItem(f"{item.position}. {item.title}", item.id)
        if row is not None:
            oberziel.setCurrentIndex(max(oberziel.findData(row.oberziel_id), 0))
        due = DateField(row.due_on if row else None)
        impact = QComboBox()
        impact.addItem(QCoreApplication.translate("GoalsTab", "(not set)"), None)
        for level in range(1, 8):
            impact.addItem(self.impact_long(level), level)
        if row is not None:
            impact.setCurrentIndex(max(impact.findData(row.impact_level), 0))
        impact.setToolTip(self.ladder_text())
        status = QComboBox()
        for key in ("open", "in_progress", "achieved", "dropped"):
            status.addItem(self.goal_status_text(key), key)
        status.setCurrentIndex(max(status.findData(row.status if row else "open"), 0))
        return [
            Field("title", QCoreApplication.translate("GoalsTab", "&Title:"), title),
            Field(
                "description",
                QCoreApplication.translate("GoalsTab", "Descri&ption:"),
                text_box(row.description if row else ""),
            ),
            Field("oberziel_id", QCoreApplication.translate("GoalsTab", "&Oberziel:"), oberziel),
            Field(
                "owner_id",
                QCoreApplication.translate("GoalsTab", "O&wner:"),
                self._person_combo(row.owner_id if row else None),
            ),
            Field("due_on", QCoreApplication.translate("GoalsTab", "Due dat&e:"), due),
            Field("impact_level", QCoreApplication.translate("GoalsTab", "&Impact level:"), impact),
            Field("status", QCoreApplication.translate("GoalsTab", "&Status:"), status),
        ]

    def _goal_dialog(self, row: GoalRow | None, submit, reload=None) -> FormDialog:
        """The form of a new goal (`row` None) or of `row`; for an existing goal a save
        based on an older state than the stored one is refused and `reload` gives the form
        the stored one."""
        title = (
            QCoreApplication.translate("GoalsTab", "New goal")
            if row is None
            else QCoreApplication.translate("GoalsTab", "Edit goal")
        )
        dialog = FormDialog(
            title,
            self._goal_fields(row),
            submit,
            self,
            version=row.version if row is not None else None,
            reload=reload,
        )
        help_label = QLabel(
            QCoreApplication.translate(
                "GoalsTab",
                "Output (1–3): activities take place, reach people and are used. "
                "Outcome (4–6): people learn, act differently, their situation improves. "
                "Impact (7): society changes.",
            )
        )
        help_label.setWordWrap(True)
        help_label.setObjectName("hint")
        box = dialog.errors["impact_level"].parentWidget()
        box.layout().insertWidget(1, help_label)
        return dialog

    def add_goal(self) -> None:
        version = self._version()
        if version is None or version.read_only:
            return
        service = self.page.service
        dialog = self._goal_dialog(None, lambda v: service.create_goal(version.id, **v))
        if not dialog.exec():
            return
        created: GoalRow = dialog.result_value
        self.page.push_trash(
            QCoreApplication.translate("GoalsTab", "Add goal “{title}”").format(
                title=created.title
            ),
            lambda: self.page.service.delete_goal(created.id),
            self.page.service.restore,
        )
        self.goals.select_id(created.id)

    def edit_goal(self, row: GoalRow) -> None:
        if not self._editable():
            return
        service = self.page.service
        based_on = {"row": row}

        def save(values: dict) -> GoalRow:
            version = values.pop("expected_version", None)
            return service.update_goal(row.id, expected_version=version, **values)

        def reload():
            # Someone else saved the goal meanwhile: show it, and hand the form its state.
            self.ctx.notify(Change.STRATEGY)
            fresh = self._stored_goal(row.id)
            if fresh is None:
                return None
            based_on["row"] = fresh
            return fresh.version, form_values(self._goal_fields(fresh))

        dialog = self._goal_dialog(row, save, reload)
        if not dialog.exec():
            return
        new: GoalRow = dialog.result_value
        self.page.push_edit(
            QCoreApplication.translate("GoalsTab", "Edit goal “{title}”").format(title=new.title),
            self.page.ctx.row_appliers.get(
                ("goal", row.id),
                lambda **fields: self.page.service.update_goal(row.id, **fields),
                new.version,
            ),
            goal_values(based_on["row"]),
            goal_values(new),
        )
        self.goals.select_id(row.id)

    def _stored_goal(self, goal_id: int) -> GoalRow | None:
        """The goal as stored now, or None when it (or its version) is gone."""
        try:
            return self.page.service.get_goal(goal_id)
        except DomainError:
            return None

    def delete_goal(self, row: GoalRow) -> None:
        if not self._editable():
            return
        indicators = len(row.indicators)  # a plain name, so that lupdate finds the text
        text = QCoreApplication.translate(
            "GoalsTab",
            "Delete the goal “{title}” with its %n indicator(s) and their "
            "measurements? You can undo this with Ctrl+Z.",
            "",
            indicators,
        ).format(title=row.title)
        if not confirm(self, QCoreApplication.translate("GoalsTab", "Delete goal"), text):
            return
        try:
            batch = self.page.service.delete_goal(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.page.push_trash(
            QCoreApplication.translate("GoalsTab", "Delete goal “{title}”").format(title=row.title),
            lambda: self.page.service.delete_goal(row.id),
            self.page.service.restore,
            batch=batch,
        )

    def move_goal(self, delta: int) -> None:
        row = self._goal_now()
        if row is None or not self._editable():
            return
        try:
            self.page.service.move_goal(row.id, delta)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.page.push(
            QCoreApplication.translate("GoalsTab", "Move goal “{title}”").format(title=row.title),
            lambda: self.page.service.move_goal(row.id, delta),
            lambda: self.page.service.move_goal(row.id, -delta),
        )
        self.goals.select_id(row.id)

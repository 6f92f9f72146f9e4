"""The measure itself: editing its fields and the strategic goals it contributes to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout

from digiwandel.domain.vocabulary import DRIVER_KEYS, PROJECT_STATUSES, TRAFFIC_LIGHTS
from digiwandel.services.drivers import DriverService
from digiwandel.services.errors import DomainError
from digiwandel.services.projects import ProjectDetail
from digiwandel.services.strategy import StrategyService
from digiwandel.ui import project_texts as tx
from digiwandel.ui.context import Change, ui_language
from digiwandel.ui.forms import combo, date_field, line, text_box
from digiwandel.ui.pages.project_detail.widgets import checklist_widget, fit_width
from digiwandel.ui.widgets import Field, FormDialog


class MeasurePart:
    """The methods of ProjectDetailView that edit the measure and its goals.

    Texts use the view's translation context ("ProjectDetailView") by name: lupdate would
    file a `self.tr` text here under the mixin's class name.
    """

    def project_fields(self, d: ProjectDetail | None) -> list[Field]:
        titles = DriverService(self.ctx.db, ui_language()).titles()
        description = text_box(d.description if d else "")
        description.setPlaceholderText(
            QCoreApplication.translate(
                "ProjectDetailView",
                "Specific, measurable, achievable, relevant, time-bound: what will be "
                "different, for whom, by when?",
            )
        )
        return [
            Field(
                "title",
                QCoreApplication.translate("ProjectDetailView", "&Title:"),
                line(d.title if d else ""),
            ),
            Field(
                "description",
                QCoreApplication.translate("ProjectDetailView", "&Description (SMART):"),
                description,
            ),
            Field(
                "target_group",
                QCoreApplication.translate("ProjectDetailView", "Target &group:"),
                line(d.target_group if d else ""),
            ),
            Field(
                "owner_id",
                QCoreApplication.translate("ProjectDetailView", "&Owner:"),
                combo(self.person_items(), d.owner_id if d else None),
            ),
            Field(
                "starts_on",
                QCoreApplication.translate("ProjectDetailView", "&Start:"),
                date_field(d.starts_on if d else None),
            ),
            Field(
                "ends_on",
                QCoreApplication.translate("ProjectDetailView", "&End:"),
                date_field(d.ends_on if d else None),
            ),
            Field(
                "status",
                QCoreApplication.translate("ProjectDetailView", "Stat&us:"),
                combo([(s, tx.status(s)) for s in PROJECT_STATUSES], d.status if d else "planned"),
            ),
            Field(
                "light",
                QCoreApplication.translate("ProjectDetailView", "Traffic &light:"),
                combo([(k, tx.light(k)) for k in TRAFFIC_LIGHTS], d.light if d else "green"),
            ),
            Field(
                "light_reason",
                QCoreApplication.translate("ProjectDetailView", "&Reason (amber or red):"),
                line(d.light_reason if d else ""),
            ),
            Field(
                "drivers",
                QCoreApplication.translate("ProjectDetailView", "D&rivers used:"),
                checklist_widget(
                    [(k, titles.get(k, k)) for k in DRIVER_KEYS], set(d.drivers if d else ())
                ),
            ),
        ]

    @staticmethod
    def project_values(v: dict) -> dict:
        return dict(v)

    @staticmethod
    def light_help() -> str:
        return "\n".join(tx.light_meaning(k) for k in TRAFFIC_LIGHTS)

    @staticmethod
    def project_replay(d: ProjectDetail) -> dict:
        keys = (
            "title",
            "description",
            "target_group",
            "owner_id",
            "starts_on",
            "ends_on",
            "status",
            "light",
            "light_reason",
        )
        return {**{k: getattr(d, k) for k in keys}, "drivers": list(d.drivers)}

    def edit_project(self) -> None:
        d = self.detail
        if d is None:
            return
        project_id = d.id
        # What the form is based on: the measure as shown, or another person's state after
        # a clash; undo restores it.
        based_on = {"detail": d}

        def reload():
            # Someone else saved the measure meanwhile: show it, and hand the form its state.
            self.ctx.notify(Change.PROJECTS)
            try:
                fresh = self.projects.get_project(project_id)
            except DomainError:
                return None
            based_on["detail"] = fresh
            return fresh.version, self.project_replay(fresh)

        dialog = FormDialog(
            QCoreApplication.translate("ProjectDetailView", "Edit measure"),
            self.project_fields(d),
            lambda v: self.projects.update_project(project_id, **self.project_values(v)),
            self,
            intro=self.light_help(),
            version=d.version,
            reload=reload,
        )
        if not dialog.exec():
            return
        new = dialog.result_value
        self.push_edit(
            QCoreApplication.translate("ProjectDetailView", "Edit measure “{title}”").format(
                title=new.title
            ),
            self.ctx.row_appliers.get(
                ("measure", project_id),
                lambda **fields: self.projects.update_project(project_id, **fields),
                new.version,
            ),
            self.project_replay(based_on["detail"]),
            self.project_replay(new),
        )

    def edit_goals(self) -> None:
        d = self.detail
        if d is None:
            return
        strategy = StrategyService(self.ctx.db)
        items = [
            (gid, f"{version}: {title}") for gid, version, title in self.projects.goal_options()
        ]
        if not items:
            self.ctx.status_message.emit(
                QCoreApplication.translate(
                    "ProjectDetailView",
                    "There are no strategic goals yet: add them on the Strategy page.",
                )
            )
            return
        widget = checklist_widget(items, {goal_id for goal_id, _title in d.goals})
        widget.setMaximumHeight(300)
        fit_width(widget)
        project_id = d.id
        dialog = FormDialog(
            QCoreApplication.translate("ProjectDetailView", "Strategic goals of the measure"),
            [
                Field(
                    "goals",
                    QCoreApplication.translate(
                        "ProjectDetailView", "&Goals this measure contributes to:"
                    ),
                    widget,
                )
            ],
            # Kept links keep their notes (None); one call, one transaction.
            lambda v: strategy.set_project_goals(project_id, dict.fromkeys(v["goals"])),
            self,
        )
        # The question above the list, so that the goals get the dialog's whole width.
        dialog.findChild(QFormLayout).setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        dialog.setMinimumWidth(dialog.minimumSizeHint().width())
        if not dialog.exec():
            return
        before, after = dialog.result_value
        if after == before:
            return
        self.push_edit(
            QCoreApplication.translate("ProjectDetailView", "Change the goals of “{title}”").format(
                title=d.title
            ),
            lambda links: strategy.set_project_goals(project_id, links),
            before,
            after,
        )

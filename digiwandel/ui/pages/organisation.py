"""Organisation page: profile, areas, hierarchy levels and persons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from digiwandel.services.errors import DomainError
from digiwandel.services.organisation import AreaRow, LevelRow, PersonRow
from digiwandel.ui.context import AppContext, error_text, show_error
from digiwandel.ui.widgets import (
    Column,
    Field,
    FieldError,
    FormDialog,
    ListPanel,
    RowTableModel,
    buddy_label,
    with_error,
)

LEGAL_FORMS = ("e.V.", "gGmbH", "GmbH", "Stiftung", "gGmbH (kirchlich)", "Genossenschaft")


def confirm(parent: QWidget, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    delete = box.addButton(
        QCoreApplication.translate("Messages", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete


class ProfileTab(QWidget):
    """Each field is saved as soon as it is left; errors appear beneath the field."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        self._saved: dict[str, object] = {}

        self.name = QLineEdit()
        self.legal_form = QComboBox()
        self.legal_form.setEditable(True)
        self.legal_form.addItems(LEGAL_FORMS)
        self.fields_of_work = QLineEdit()
        self.fields_of_work.setPlaceholderText(self.tr("e.g. youth welfare, counselling"))
        self.staff_count = QSpinBox()
        self.staff_count.setRange(0, 1_000_000)
        self.volunteer_count = QSpinBox()
        self.volunteer_count.setRange(0, 1_000_000)
        self.street = QLineEdit()
        self.postal_code = QLineEdit()
        self.postal_code.setMaxLength(10)
        self.city = QLineEdit()
        self.fiscal_year_start_month = QComboBox()
        locale = QLocale()
        for month in range(1, 13):
            self.fiscal_year_start_month.addItem(
                locale.monthName(month, QLocale.FormatType.LongFormat), month
            )

        self.widgets: dict[str, QWidget] = {
            "name": self.name,
            "legal_form": self.legal_form,
            "fields_of_work": self.fields_of_work,
            "staff_count": self.staff_count,
            "volunteer_count": self.volunteer_count,
            "street": self.street,
            "postal_code": self.postal_code,
            "city": self.city,
            "fiscal_year_start_month": self.fiscal_year_start_month,
        }
        labels = {
            "name": self.tr("&Name of the organisation:"),
            "legal_form": self.tr("&Legal form:"),
            "fields_of_work": self.tr("&Fields of work:"),
            "staff_count": self.tr("&Staff (people):"),
            "volunteer_count": self.tr("&Volunteers (people):"),
            "street": self.tr("S&treet and number:"),
            "postal_code": self.tr("&Postal code:"),
            "city": self.tr("&City:"),
            "fiscal_year_start_month": self.tr("Fiscal year &starts in:"),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors = {}
        for key, widget in self.widgets.items():
            box, error = with_error(widget)
            form.addRow(buddy_label(labels[key], widget), box)
            self.errors[key] = error

        for key in ("name", "fields_of_work", "street", "postal_code", "city"):
            self.widgets[key].editingFinished.connect(lambda k=key: self._save(k))
        self.legal_form.lineEdit().editingFinished.connect(lambda: self._save("legal_form"))
        self.legal_form.activated.connect(lambda _i: self._save("legal_form"))
        for key in ("staff_count", "volunteer_count"):
            self.widgets[key].editingFinished.connect(lambda k=key: self._save(k))
        self.fiscal_year_start_month.activated.connect(
            lambda _i: self._save("fiscal_year_start_month")
        )

        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setFixedSize(160, 80)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.logo_button = QPushButton(self.tr("Choose &logo…"))
        self.logo_remove = QPushButton(self.tr("&Remove logo"))
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_remove.clicked.connect(self._remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_button)
        logo_buttons.addWidget(self.logo_remove)
        logo_buttons.addStretch(1)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        logo_box = QWidget()
        logo_box.setLayout(logo_row)
        self.logo_error = FieldError(self.logo_button)
        logo_label = QLabel(self.tr("Logo (for reports):"))
        logo_label.setBuddy(self.logo_button)
        form.addRow(logo_label, logo_box)
        form.addRow("", self.logo_error)

        hint = QLabel(
            self.tr(
                "Changes are saved as soon as you leave a field. Ctrl+Z undoes the last change."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)

        inner = QWidget()
        inner.setMaximumWidth(760)  # long single-line fields are hard to read
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(form)
        inner_layout.addWidget(hint)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _value(self, key: str) -> object:
        widget = self.widgets[key]
        if isinstance(widget, QSpinBox):
            return widget.value()
        if key == "fiscal_year_start_month":
            return self.fiscal_year_start_month.currentData()
        if isinstance(widget, QComboBox):
            return widget.currentText()
        return widget.text()

    def load(self) -> None:
        self._loading = True
        try:
            profile = self.ctx.org.get_profile() if self.ctx.db else None
            for key, error in self.errors.items():
                error.clear_message()
                self._saved[key] = getattr(profile, key) if profile else None
            if profile is None:
                for key in ("name", "fields_of_work", "street", "postal_code", "city"):
                    self.widgets[key].clear()
                self.legal_form.setCurrentText("")
                self.staff_count.setValue(0)
                self.volunteer_count.setValue(0)
                self.fiscal_year_start_month.setCurrentIndex(0)
            else:
                self._show(profile)
            self._load_logo()
        finally:
            self._loading = False

    def _show(self, profile) -> None:
        self.name.setText(profile.name)
        self.legal_form.setCurrentText(profile.legal_form)
        self.fields_of_work.setText(profile.fields_of_work)
        self.staff_count.setValue(profile.staff_count)
        self.volunteer_count.setValue(profile.volunteer_count)
        self.street.setText(profile.street)
        self.postal_code.setText(profile.postal_code)
        self.city.setText(profile.city)
        self.fiscal_year_start_month.setCurrentIndex(profile.fiscal_year_start_month - 1)

    def _save(self, key: str) -> None:
        if self._loading or self.ctx.db is None:
            return
        new = self._value(key)
        old = self._saved.get(key)
        if isinstance(new, str) and isinstance(old, str) and new.strip() == old:
            self.errors[key].clear_message()
            return
        if new == old:
            return
        try:
            profile = self.ctx.org.save_profile(**{key: new})
        except DomainError as exc:
            self.errors[key].show_message(error_text(exc))
            return
        self.errors[key].clear_message()
        saved = getattr(profile, key)
        self._saved[key] = saved

        def apply(value):
            def run():
                self.ctx.org.save_profile(**{key: value})
                self._saved[key] = value

            return run

        if old is not None:
            self.ctx.push(
                self.tr("Change organisation profile"), apply(saved), apply(old), "organisation"
            )
        self.ctx.notify("organisation")
        self.ctx.status_message.emit(self.tr("Saved."))

    def _load_logo(self) -> None:
        data = self.ctx.org.get_logo() if self.ctx.db else None
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.logo_remove.setEnabled(True)
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            self.logo_remove.setEnabled(False)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        self.set_logo_file(path)

    def set_logo_file(self, path: str) -> None:
        self.logo_error.clear_message()
        try:
            with open(path, "rb") as fh:
                data = fh.read()
            self.ctx.org.set_logo(data)
        except OSError as exc:
            self.logo_error.show_message(
                self.tr("The file cannot be read: {reason}").format(reason=exc.strerror or exc)
            )
            return
        except DomainError as exc:
            self.logo_error.show_message(error_text(exc))
            return
        self._load_logo()
        self.ctx.status_message.emit(self.tr("Logo saved."))

    def _remove_logo(self) -> None:
        if not confirm(self, self.tr("Remove logo"), self.tr("Remove the logo from the profile?")):
            return
        self.ctx.org.set_logo(None)
        self._load_logo()


class AreasTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowTableModel(
            [
                Column(self.tr("Area"), lambda r: r.name),
                Column(self.tr("Persons"), lambda r: r.person_count, align_right=True),
                Column(self.tr("Description"), lambda r: r.description),
            ],
            self,
        )
        self.panel = ListPanel(
            self.model,
            name=self.tr("Areas"),
            add_text=self.tr("&New area…"),
            edit_text=self.tr("E&dit…"),
            delete_text=self.tr("&Delete…"),
        )
        intro = QLabel(
            self.tr(
                "Areas (Bereiche or Abteilungen) are the parts of your organisation, for "
                "example Verwaltung or Ambulante Hilfen. The Digitalisierungscheck compares them."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.panel)
        self.panel.add_requested.connect(self.add)
        self.panel.edit_requested.connect(self.edit)
        self.panel.delete_requested.connect(self.delete)

    def load(self) -> None:
        self.model.set_rows(self.ctx.org.list_areas() if self.ctx.db else [])

    def _dialog(self, title: str, submit, row: AreaRow | None = None) -> FormDialog:
        name = QLineEdit(row.name if row else "")
        description = QPlainTextEdit(row.description if row else "")
        description.setTabChangesFocus(True)
        description.setFixedHeight(80)
        return FormDialog(
            title,
            [
                Field("name", self.tr("&Name:"), name),
                Field("description", self.tr("&Description:"), description),
            ],
            submit,
            self,
        )

    def add(self) -> None:
        org = self.ctx.org
        dialog = self._dialog(
            self.tr("New area"), lambda v: org.create_area(v["name"], v["description"])
        )
        if not dialog.exec():
            return
        created: AreaRow = dialog.result_value
        original = created.id

        def redo():
            row = org.create_area(created.name, created.description)
            self.ctx.ids.set("area", original, row.id)

        def undo():
            org.delete_area(self.ctx.ids.get("area", original))

        self.ctx.push(
            self.tr("Add area “{name}”").format(name=created.name), redo, undo, "organisation"
        )
        self.ctx.notify("organisation")
        self.panel.select_id(created.id)

    def edit(self, row: AreaRow) -> None:
        org = self.ctx.org
        dialog = self._dialog(
            self.tr("Edit area"),
            lambda v: org.update_area(row.id, v["name"], v["description"]),
            row,
        )
        if not dialog.exec():
            return
        new: AreaRow = dialog.result_value
        ident = row.id
        self.ctx.push(
            self.tr("Edit area “{name}”").format(name=new.name),
            lambda: org.update_area(self.ctx.ids.get("area", ident), new.name, new.description),
            lambda: org.update_area(self.ctx.ids.get("area", ident), row.name, row.description),
            "organisation",
        )
        self.ctx.notify("organisation")
        self.panel.select_id(new.id)

    def delete(self, row: AreaRow) -> None:
        text = self.tr("Delete the area “{name}”?").format(name=row.name)
        if row.person_count:
            text += "\n\n" + self.tr(
                "{count} person(s) belong to it; they are kept, without an area."
            ).format(count=row.person_count)
        if not confirm(self, self.tr("Delete area"), text):
            return
        org = self.ctx.org
        try:
            snapshot = org.delete_area(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        state = {"snapshot": snapshot}
        ident = row.id

        def redo():
            state["snapshot"] = org.delete_area(self.ctx.ids.get("area", ident))

        def undo():
            restored = org.restore_area(state["snapshot"])
            self.ctx.ids.set("area", ident, restored.id)

        self.ctx.push(
            self.tr("Delete area “{name}”").format(name=row.name), redo, undo, "organisation"
        )
        self.ctx.notify("organisation")


class LevelsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        yes, no = self.tr("yes"), self.tr("no")
        self.model = RowTableModel(
            [
                Column(self.tr("Level"), lambda r: r.name),
                Column(self.tr("Order"), lambda r: r.rank, align_right=True),
                Column(self.tr("Leadership"), lambda r: yes if r.is_leadership else no),
                Column(self.tr("Volunteers"), lambda r: yes if r.is_volunteer else no),
                Column(self.tr("Persons"), lambda r: r.person_count, align_right=True),
            ],
            self,
        )
        self.panel = ListPanel(
            self.model,
            name=self.tr("Hierarchy levels"),
            add_text=self.tr("&New level…"),
            edit_text=self.tr("E&dit…"),
            delete_text=self.tr("&Delete…"),
        )
        intro = QLabel(
            self.tr(
                "Hierarchy levels let the Digitalisierungscheck compare how leadership, "
                "staff and volunteers see the organisation. Order 0 is the top."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.panel)
        self.panel.add_requested.connect(self.add)
        self.panel.edit_requested.connect(self.edit)
        self.panel.delete_requested.connect(self.delete)

    def load(self) -> None:
        self.model.set_rows(self.ctx.org.list_levels() if self.ctx.db else [])

    def _dialog(self, title: str, submit, row: LevelRow | None = None) -> FormDialog:
        name = QLineEdit(row.name if row else "")
        rank = QSpinBox()
        rank.setRange(0, 99)
        rank.setValue(row.rank if row else len(self.model.rows()))
        leadership = QCheckBox(self.tr("This level belongs to the leadership"))
        leadership.setChecked(bool(row and row.is_leadership))
        volunteer = QCheckBox(self.tr("This level stands for volunteers"))
        volunteer.setChecked(bool(row and row.is_volunteer))
        return FormDialog(
            title,
            [
                Field("name", self.tr("&Name:"), name),
                Field("rank", self.tr("&Order:"), rank),
                Field("is_leadership", self.tr("&Leadership:"), leadership),
                Field("is_volunteer", self.tr("&Volunteers:"), volunteer),
            ],
            submit,
            self,
        )

    def add(self) -> None:
        org = self.ctx.org
        dialog = self._dialog(self.tr("New level"), lambda v: org.create_level(**v))
        if not dialog.exec():
            return
        created: LevelRow = dialog.result_value
        original = created.id

        def redo():
            row = org.create_level(
                created.name, created.rank, created.is_leadership, created.is_volunteer
            )
            self.ctx.ids.set("level", original, row.id)

        def undo():
            org.delete_level(self.ctx.ids.get("level", original))

        self.ctx.push(
            self.tr("Add level “{name}”").format(name=created.name), redo, undo, "organisation"
        )
        self.ctx.notify("organisation")
        self.panel.select_id(created.id)

    def edit(self, row: LevelRow) -> None:
        org = self.ctx.org
        dialog = self._dialog(self.tr("Edit level"), lambda v: org.update_level(row.id, **v), row)
        if not dialog.exec():
            return
        new: LevelRow = dialog.result_value
        ident = row.id

        def apply(r: LevelRow):
            return lambda: org.update_level(
                self.ctx.ids.get("level", ident), r.name, r.rank, r.is_leadership, r.is_volunteer
            )

        self.ctx.push(
            self.tr("Edit level “{name}”").format(name=new.name),
            apply(new),
            apply(row),
            "organisation",
        )
        self.ctx.notify("organisation")
        self.panel.select_id(new.id)

    def delete(self, row: LevelRow) -> None:
        text = self.tr("Delete the level “{name}”?").format(name=row.name)
        if row.person_count:
            text += "\n\n" + self.tr(
                "{count} person(s) belong to it; they are kept, without a level."
            ).format(count=row.person_count)
        if not confirm(self, self.tr("Delete level"), text):
            return
        org = self.ctx.org
        try:
            snapshot = org.delete_level(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        state = {"snapshot": snapshot}
        ident = row.id

        def redo():
            state["snapshot"] = org.delete_level(self.ctx.ids.get("level", ident))

        def undo():
            restored = org.restore_level(state["snapshot"])
            self.ctx.ids.set("level", ident, restored.id)

        self.ctx.push(
            self.tr("Delete level “{name}”").format(name=row.name), redo, undo, "organisation"
        )
        self.ctx.notify("organisation")


class PersonsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Area"), lambda r: r.area_name),
                Column(self.tr("Level"), lambda r: r.level_name),
                Column(self.tr("Role"), lambda r: r.role),
                Column(self.tr("E-mail"), lambda r: r.email),
            ],
            self,
        )
        self.export_button = QPushButton(self.tr("E&xport data…"))
        self.export_button.setToolTip(
            self.tr("Save everything stored about the selected person (GDPR Art. 15)")
        )
        self.panel = ListPanel(
            self.model,
            name=self.tr("Persons"),
            add_text=self.tr("&New person…"),
            edit_text=self.tr("E&dit…"),
            delete_text=self.tr("&Delete…"),
            search_placeholder=self.tr("Search persons"),
            extra_buttons=[self.export_button],
        )
        intro = QLabel(
            self.tr(
                "Persons are the people who take on roles: owners of goals and measures, "
                "members of the digital team. Only name, area, level, role and an optional "
                "e-mail address are stored."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.panel)
        self.panel.add_requested.connect(self.add)
        self.panel.edit_requested.connect(self.edit)
        self.panel.delete_requested.connect(self.delete)
        self.export_button.clicked.connect(self.export)
        self.panel.view.selectionModel().selectionChanged.connect(self._update_export)
        self.model.modelReset.connect(self._update_export)
        self._update_export()

    def _update_export(self, *_args) -> None:
        self.export_button.setEnabled(self.panel.current() is not None)

    def load(self) -> None:
        self.model.set_rows(self.ctx.org.list_persons() if self.ctx.db else [])

    def _dialog(self, title: str, submit, row: PersonRow | None = None) -> FormDialog:
        name = QLineEdit(row.name if row else "")
        area = QComboBox()
        area.addItem(self.tr("(no area)"), None)
        for a in self.ctx.org.list_areas():
            area.addItem(a.name, a.id)
        level = QComboBox()
        level.addItem(self.tr("(no level)"), None)
        for lv in self.ctx.org.list_levels():
            level.addItem(lv.name, lv.id)
        if row:
            area.setCurrentIndex(max(0, area.findData(row.area_id)))
            level.setCurrentIndex(max(0, level.findData(row.level_id)))
        role = QLineEdit(row.role if row else "")
        role.setPlaceholderText(self.tr("e.g. Bereichsleitung, Sozialarbeiterin"))
        email = QLineEdit(row.email if row else "")
        email.setPlaceholderText(self.tr("optional"))
        return FormDialog(
            title,
            [
                Field("name", self.tr("&Name:"), name),
                Field("area_id", self.tr("&Area:"), area),
                Field("level_id", self.tr("&Level:"), level),
                Field("role", self.tr("&Role:"), role),
                Field("email", self.tr("&E-mail:"), email),
            ],
            submit,
            self,
        )

    def add(self) -> None:
        org = self.ctx.org
        dialog = self._dialog(self.tr("New person"), lambda v: org.create_person(**v))
        if not dialog.exec():
            return
        created: PersonRow = dialog.result_value
        original = created.id

        def redo():
            row = org.create_person(
                created.name,
                self._current_area(created.area_id),
                self._current_level(created.level_id),
                created.role,
                created.email,
            )
            self.ctx.ids.set("person", original, row.id)

        def undo():
            org.delete_person(self.ctx.ids.get("person", original))

        self.ctx.push(
            self.tr("Add person “{name}”").format(name=created.name), redo, undo, "organisation"
        )
        self.ctx.notify("organisation")
        self.panel.select_id(created.id)

    def _current_area(self, area_id: int | None) -> int | None:
        return None if area_id is None else self.ctx.ids.get("area", area_id)

    def _current_level(self, level_id: int | None) -> int | None:
        return None if level_id is None else self.ctx.ids.get("level", level_id)

    def edit(self, row: PersonRow) -> None:
        org = self.ctx.org
        dialog = self._dialog(self.tr("Edit person"), lambda v: org.update_person(row.id, **v), row)
        if not dialog.exec():
            return
        new: PersonRow = dialog.result_value
        ident = row.id

        def apply(r: PersonRow):
            return lambda: org.update_person(
                self.ctx.ids.get("person", ident),
                r.name,
                self._current_area(r.area_id),
                self._current_level(r.level_id),
                r.role,
                r.email,
            )

        self.ctx.push(
            self.tr("Edit person “{name}”").format(name=new.name),
            apply(new),
            apply(row),
            "organisation",
        )
        self.ctx.notify("organisation")
        self.panel.select_id(new.id)

    def delete(self, row: PersonRow) -> None:
        if not confirm(
            self,
            self.tr("Delete person"),
            self.tr(
                "Delete “{name}” and all personal data stored about this person? "
                "Roles they hold elsewhere become empty."
            ).format(name=row.name),
        ):
            return
        org = self.ctx.org
        try:
            org.delete_person(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        ident = row.id

        def redo():
            org.delete_person(self.ctx.ids.get("person", ident))

        def undo():
            restored = org.create_person(
                row.name,
                self._current_area(row.area_id),
                self._current_level(row.level_id),
                row.role,
                row.email,
            )
            self.ctx.ids.set("person", ident, restored.id)

        self.ctx.push(
            self.tr("Delete person “{name}”").format(name=row.name), redo, undo, "organisation"
        )
        self.ctx.notify("organisation")

    def export(self) -> None:
        row = self.panel.current()
        if row is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export personal data"),
            f"{row.name}.json",
            self.tr("JSON files (*.json)"),
        )
        if not path:
            return
        try:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(self.ctx.org.export_person(row.id))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("The file could not be written: {reason}").format(
                    reason=exc.strerror or exc
                ),
            )
            return
        self.ctx.status_message.emit(self.tr("Personal data exported to {path}").format(path=path))


class OrganisationPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Organisation"))
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Organisation sections"))
        self.profile = ProfileTab(ctx)
        self.areas = AreasTab(ctx)
        self.levels = LevelsTab(ctx)
        self.persons = PersonsTab(ctx)
        self.tabs.addTab(self.profile, self.tr("&Profile"))
        self.tabs.addTab(self.areas, self.tr("&Areas"))
        self.tabs.addTab(self.levels, self.tr("&Hierarchy levels"))
        self.tabs.addTab(self.persons, self.tr("P&ersons"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs)
        ctx.database_changed.connect(self.reload)
        ctx.data_changed.connect(self._on_changed)

    def _on_changed(self, part: str) -> None:
        if part == "organisation":
            self.reload()

    def reload(self) -> None:
        self.tabs.setEnabled(self.ctx.db is not None)
        for tab in (self.profile, self.areas, self.levels, self.persons):
            tab.load()

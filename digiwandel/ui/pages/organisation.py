"""Organisation page: profile, areas, hierarchy levels and persons."""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, Qt
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
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from digiwandel.services.errors import DomainError, StaleEditError
from digiwandel.services.organisation import AreaRow, LevelRow, PersonRow
from digiwandel.ui.context import (
    AppContext,
    Change,
    FollowsChanges,
    VersionedApply,
    error_text,
    show_error,
)
from digiwandel.ui.forms import confirm, text_box
from digiwandel.ui.widgets import (
    Column,
    Field,
    FieldError,
    FormDialog,
    ListPanel,
    RowTableModel,
    buddy_label,
    form_values,
    set_field_value,
    shown_value,
    with_error,
)

LEGAL_FORMS = ("e.V.", "gGmbH", "GmbH", "Stiftung", "gGmbH (kirchlich)", "Genossenschaft")


class ProfileTab(QWidget):
    """Each field is saved as soon as it is left; errors appear beneath the field.

    Saves are based on the profile's row version the fields were filled from: when another
    PC saved the profile in the meantime, the entry is refused, the fields show the stored
    profile, and the refused entry stays in its field (across reloads) to be saved again.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        self._saved: dict[str, object] = {}
        self._version = 0  # the row version the fields were filled from (0: no profile)
        # Entries that were not saved and stay in their fields when the page reloads, until
        # saved or changed back: key -> the message beneath the field, or None when another
        # PC's change was in the way (the message then names the value stored now).
        self._kept: dict[str, str | None] = {}
        self._kept_db = None
        # Undo and redo of all profile changes, based on the version this program's last
        # change left (one for all: each undo counts the version up for the next one).
        # Neither overwrites a change another PC made after it.
        self._undo = VersionedApply(lambda **fields: self.ctx.org.save_profile(**fields), 0)

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
            self._version = profile.version if profile else 0
            if self._kept_db is not self.ctx.db:  # entries typed for another database
                self._kept.clear()
            for key, error in self.errors.items():
                stored = getattr(profile, key) if profile else None
                self._saved[key] = stored
                if key in self._kept and not self._same(self._value(key), stored):
                    # Not saved yet: the field keeps the entry, its message says why.
                    error.show_message(self._kept_message(key))
                    continue
                self._kept.pop(key, None)
                error.clear_message()
                self._show_value(key, stored)
            self._load_logo()
        finally:
            self._loading = False

    def _show_value(self, key: str, value: object) -> None:
        if key == "fiscal_year_start_month":
            self.fiscal_year_start_month.setCurrentIndex(max(0, (value or 1) - 1))
        else:
            set_field_value(self.widgets[key], "" if value is None else value)

    @staticmethod
    def _same(new: object, old: object) -> bool:
        if isinstance(new, str) and isinstance(old, str):
            return new.strip() == old
        return new == old

    def _kept_message(self, key: str) -> str:
        message = self._kept.get(key)
        if message is not None:
            return message
        widget = self.widgets[key]
        theirs = shown_value(widget, self._saved.get(key)) or self.tr("(empty)")
        if key == "fiscal_year_start_month":
            advice = self.tr(
                "Saved by someone else in the meantime: {value}. Your choice is still in the "
                "field: choose it again to save it in place of the other one."
            )
        else:
            advice = self.tr(
                "Saved by someone else in the meantime: “{value}”. Your entry is still in the "
                "field: press Enter in it to save it in place of the other one."
            )
        return error_text(StaleEditError()) + " " + advice.format(value=theirs)

    def _keep(self, key: str, message: str | None) -> None:
        """Keep a refused entry in its field across reloads, with `message` beneath it
        (None: another PC's change was in the way)."""
        self._kept[key] = message
        self._kept_db = self.ctx.db

    def _save(self, key: str) -> None:
        if self._loading or self.ctx.db is None:
            return
        new = self._value(key)
        old = self._saved.get(key)
        if self._same(new, old):
            self._kept.pop(key, None)
            self.errors[key].clear_message()
            return
        try:
            # Based on the profile the fields show: refused when another PC saved it since.
            profile = self.ctx.org.save_profile(expected_version=self._version, **{key: new})
        except StaleEditError:
            self._keep(key, None)
            self.load()  # the stored profile; this field keeps the entry and explains
            self.ctx.notify(Change.ORGANISATION)
            return
        except DomainError as exc:
            self._keep(key, error_text(exc))
            self.errors[key].show_message(error_text(exc))
            return
        self._kept.pop(key, None)
        self.errors[key].clear_message()
        saved = getattr(profile, key)
        self._saved[key] = saved
        self._version = self._undo.version = profile.version
        if old is not None:
            undo = self._undo
            text = self.tr("Change organisation profile")
            self.ctx.push(
                text, lambda: undo({key: saved}), lambda: undo({key: old}), Change.ORGANISATION
            )
        self.ctx.notify(Change.ORGANISATION)
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
        except OSError as exc:
            self.logo_error.show_message(
                self.tr("The file cannot be read: {reason}").format(reason=exc.strerror or exc)
            )
            return
        advice = self.tr(
            "Your logo “{file}” was not saved; choose it again to put it in place of the "
            "logo shown now."
        ).format(file=os.path.basename(path))
        if self._store_logo(data, advice):
            self.ctx.status_message.emit(self.tr("Logo saved."))

    def _remove_logo(self) -> None:
        if not confirm(self, self.tr("Remove logo"), self.tr("Remove the logo from the profile?")):
            return
        self.logo_error.clear_message()
        self._store_logo(
            None,
            self.tr("The logo was not removed; remove it again if it should go."),
        )

    def _store_logo(self, data: bytes | None, advice: str) -> bool:
        """Save (or with None remove) the logo, based on the profile shown; `advice` says
        what to do when another PC changed the profile in the meantime."""
        try:
            profile = self.ctx.org.set_logo(data, expected_version=self._version)
        except StaleEditError as exc:
            self.load()  # the stored profile and logo
            self.logo_error.show_message(error_text(exc) + " " + advice)
            self.ctx.notify(Change.ORGANISATION)
            return False
        except DomainError as exc:
            self.logo_error.show_message(error_text(exc))
            return False
        # This program's own change: undoing earlier profile changes stays possible.
        self._version = self._undo.version = profile.version
        self._load_logo()
        return True


class RecordTab(QWidget):
    """A table of records with add, edit and delete; every change can be undone.

    Subclasses supply the texts and the calls into the service. They keep their own
    `self.tr()` calls so that each string is translated in its own class context.

    An edit is based on the row version the form was filled from: when another PC saved
    the row in the meantime, the form shows their values beside the user's entries (see
    FormDialog), and undo refuses to overwrite a later change made elsewhere.
    """

    kind = ""  # key for the undo id map

    def __init__(self, ctx: AppContext, panel: ListPanel, intro: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.panel = panel
        self.model = panel.model
        # Rows that undo or redo brought back under a new id: new id -> the id the undo
        # commands know the row by (see `ctx.ids`).
        self._origins: dict[int, int] = {}
        # Undo and redo of the edits of one row (by that id), based on the version this
        # program's last change of the row left: shared by the row's commands, since each
        # undo counts the version up for the next one.
        self._appliers: dict[int, VersionedApply] = {}
        ctx.database_changed.connect(self._forget_rows)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(panel)
        panel.add_requested.connect(self.add)
        panel.edit_requested.connect(self.edit)
        panel.delete_requested.connect(self.delete)

    # -- what subclasses provide -------------------------------------------------------------
    def fetch(self) -> list:
        raise NotImplementedError

    def fields(self, row) -> list[Field]:
        raise NotImplementedError

    def dialog_title(self, row) -> str:
        raise NotImplementedError

    def command_text(self, action: str, row) -> str:
        raise NotImplementedError

    def delete_question(self, row) -> tuple[str, str]:
        raise NotImplementedError

    def create(self, values: dict):
        raise NotImplementedError

    def update(self, ident: int, values: dict, expected_version: int | None = None):
        """Save `values`; with `expected_version` refused (StaleEditError) when the row was
        changed since. Returns the row, with its new `version`."""
        raise NotImplementedError

    def remove(self, ident: int):
        """Delete and return what `restore` needs."""
        raise NotImplementedError

    def restore(self, snapshot):
        raise NotImplementedError

    def replay(self, row) -> dict:
        """The values of `row`, for re-applying it when undoing or redoing."""
        raise NotImplementedError

    # -- shared behaviour ----------------------------------------------------------------------
    def load(self) -> None:
        self.model.set_rows(self.fetch() if self.ctx.db else [])

    def _current(self, ident: int) -> int:
        return self.ctx.ids.get(self.kind, ident)

    def _origin(self, row_id: int) -> int:
        """The id the undo commands know a shown row by: the one it had when first seen."""
        original = self._origins.get(row_id)
        if original is not None and self._current(original) == row_id:
            return original
        return row_id

    def _brought_back(self, original: int, row) -> None:
        """Undo or redo re-created the row `original` as `row` (a new id, version 1)."""
        self.ctx.ids.set(self.kind, original, row.id)
        self._origins[row.id] = original
        if original in self._appliers:  # edits recorded before now apply to the new row
            self._appliers[original].version = row.version

    def _applier(self, original: int, version: int) -> VersionedApply:
        """The undo and redo of the edits of row `original`, based on `version` now."""
        apply = self._appliers.get(original)
        if apply is None:
            apply = self._appliers[original] = VersionedApply(
                lambda expected_version, **fields: self.update(
                    self._current(original), fields, expected_version
                ),
                version,
            )
        apply.version = version
        return apply

    def _forget_rows(self) -> None:
        """Another database: its ids name other rows (the undo stack was emptied too)."""
        self._origins.clear()
        self._appliers.clear()

    def _record(self, text: str, redo, undo, select: int | None = None) -> None:
        self.ctx.push(text, redo, undo, Change.ORGANISATION)
        self.ctx.notify(Change.ORGANISATION)
        if select is not None:
            self.panel.select_id(select)

    def add(self) -> None:
        dialog = FormDialog(self.dialog_title(None), self.fields(None), self.create, self)
        if not dialog.exec():
            return
        created = dialog.result_value
        original = created.id

        def redo():
            self._brought_back(original, self.create(self.replay(created)))

        def undo():
            self.remove(self._current(original))

        self._record(self.command_text("add", created), redo, undo, created.id)

    def edit(self, row) -> None:
        ident = self._origin(row.id)
        based_on = {"row": row}  # the state the save is based on, for undo

        def save(values: dict):
            version = values.pop("expected_version", None)
            return self.update(row.id, values, version)

        def reload():
            # Someone else saved the row meanwhile: show it, and hand the form its state.
            self.ctx.notify(Change.ORGANISATION)
            fresh = next((r for r in self.fetch() if r.id == row.id), None)
            if fresh is None:
                return None
            based_on["row"] = fresh
            return fresh.version, form_values(self.fields(fresh))

        dialog = FormDialog(
            self.dialog_title(row),
            self.fields(row),
            save,
            self,
            version=row.version,
            reload=reload,
        )
        if not dialog.exec():
            return
        new = dialog.result_value
        self.ctx.push_edit(
            self.command_text("edit", new),
            Change.ORGANISATION,
            self._applier(ident, new.version),
            self.replay(based_on["row"]),
            self.replay(new),
        )
        self.panel.select_id(new.id)

    def delete(self, row) -> None:
        title, text = self.delete_question(row)
        if not confirm(self, title, text):
            return
        try:
            snapshot = self.remove(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        state = {"snapshot": snapshot}
        ident = self._origin(row.id)

        def redo():
            state["snapshot"] = self.remove(self._current(ident))

        def undo():
            self._brought_back(ident, self.restore(state["snapshot"]))

        self._record(self.command_text("delete", row), redo, undo)


class AreasTab(RecordTab):
    kind = "area"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        model = RowTableModel(
            [
                Column(self.tr("Area"), lambda r: r.name),
                Column(self.tr("Persons"), lambda r: r.person_count, align_right=True),
                Column(self.tr("Description"), lambda r: r.description),
            ]
        )
        panel = ListPanel(
            model,
            name=self.tr("Areas"),
            add_text=self.tr("&New area…"),
            edit_text=self.tr("E&dit…"),
            delete_text=self.tr("&Delete…"),
        )
        intro = self.tr(
            "Areas (Bereiche or Abteilungen) are the parts of your organisation, for "
            "example Verwaltung or Ambulante Hilfen. The Digitalisierungscheck compares them."
        )
        super().__init__(ctx, panel, intro, parent)
        model.setParent(self)

    def fetch(self) -> list[AreaRow]:
        return self.ctx.org.list_areas()

    def fields(self, row: AreaRow | None) -> list[Field]:
        return [
            Field("name", self.tr("&Name:"), QLineEdit(row.name if row else "")),
            Field(
                "description",
                self.tr("&Description:"),
                text_box(row.description if row else ""),
            ),
        ]

    def dialog_title(self, row) -> str:
        return self.tr("Edit area") if row else self.tr("New area")

    def command_text(self, action: str, row: AreaRow) -> str:
        texts = {
            "add": self.tr("Add area “{name}”"),
            "edit": self.tr("Edit area “{name}”"),
            "delete": self.tr("Delete area “{name}”"),
        }
        return texts[action].format(name=row.name)

    def delete_question(self, row: AreaRow) -> tuple[str, str]:
        text = self.tr("Delete the area “{name}”?").format(name=row.name)
        if row.person_count:
            text += "\n\n" + self.tr(
                "%n person(s) belong to it; they are kept, without an area.", "", row.person_count
            )
        return self.tr("Delete area"), text

    def create(self, values: dict) -> AreaRow:
        return self.ctx.org.create_area(**values)

    def update(self, ident: int, values: dict, expected_version: int | None = None) -> AreaRow:
        return self.ctx.org.update_area(ident, expected_version=expected_version, **values)

    def remove(self, ident: int):
        return self.ctx.org.delete_area(ident)

    def restore(self, snapshot) -> AreaRow:
        return self.ctx.org.restore_area(snapshot)

    def replay(self, row: AreaRow) -> dict:
        return {"name": row.name, "description": row.description}


class LevelsTab(RecordTab):
    kind = "level"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        yes, no = self.tr("yes"), self.tr("no")
        model = RowTableModel(
            [
                Column(self.tr("Level"), lambda r: r.name),
                Column(self.tr("Order"), lambda r: r.rank, align_right=True),
                Column(self.tr("Leadership"), lambda r: yes if r.is_leadership else no),
                Column(self.tr("Volunteers"), lambda r: yes if r.is_volunteer else no),
                Column(self.tr("Persons"), lambda r: r.person_count, align_right=True),
            ]
        )
        panel = ListPanel(
            model,
            name=self.tr("Hierarchy levels"),
            add_text=self.tr("&New level…"),
            edit_text=self.tr("E&dit…"),
            delete_text=self.tr("&Delete…"),
        )
        intro = self.tr(
            "Hierarchy levels let the Digitalisierungscheck compare how leadership, "
            "staff and volunteers see the organisation. Order 0 is the top."
        )
        super().__init__(ctx, panel, intro, parent)
        model.setParent(self)

    def fetch(self) -> list[LevelRow]:
        return self.ctx.org.list_levels()

    def fields(self, row: LevelRow | None) -> list[Field]:
        rank = QSpinBox()
        rank.setRange(0, 99)
        rank.setValue(row.rank if row else self.model.rowCount())
        leadership = QCheckBox(self.tr("This level belongs to the leadership"))
        leadership.setChecked(bool(row and row.is_leadership))
        volunteer = QCheckBox(self.tr("This level stands for volunteers"))
        volunteer.setChecked(bool(row and row.is_volunteer))
        return [
            Field("name", self.tr("&Name:"), QLineEdit(row.name if row else "")),
            Field("rank", self.tr("&Order:"), rank),
            Field("is_leadership", self.tr("&Leadership:"), leadership),
            Field("is_volunteer", self.tr("&Volunteers:"), volunteer),
        ]

    def dialog_title(self, row) -> str:
        return self.tr("Edit level") if row else self.tr("New level")

    def command_text(self, action: str, row: LevelRow) -> str:
        texts = {
            "add": self.tr("Add level “{name}”"),
            "edit": self.tr("Edit level “{name}”"),
            "delete": self.tr("Delete level “{name}”"),
        }
        return texts[action].format(name=row.name)

    def delete_question(self, row: LevelRow) -> tuple[str, str]:
        text = self.tr("Delete the level “{name}”?").format(name=row.name)
        if row.person_count:
            text += "\n\n" + self.tr(
                "%n person(s) belong to it; they are kept, without a level.", "", row.person_count
            )
        return self.tr("Delete level"), text

    def create(self, values: dict) -> LevelRow:
        return self.ctx.org.create_level(**values)

    def update(self, ident: int, values: dict, expected_version: int | None = None) -> LevelRow:
        return self.ctx.org.update_level(ident, expected_version=expected_version, **values)

    def remove(self, ident: int):
        return self.ctx.org.delete_level(ident)

    def restore(self, snapshot) -> LevelRow:
        return self.ctx.org.restore_level(snapshot)

    def replay(self, row: LevelRow) -> dict:
        return {
            "name": row.name,
            "rank": row.rank,
            "is_leadership": row.is_leadership,
            "is_volunteer": row.is_volunteer,
        }


class PersonsTab(RecordTab):
    kind = "person"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        model = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Area"), lambda r: r.area_name),
                Column(self.tr("Level"), lambda r: r.level_name),
                Column(self.tr("Role"), lambda r: r.role),
                Column(self.tr("E-mail"), lambda r: r.email),
            ]
        )
        self.export_button = QPushButton(self.tr("E&xport data…"))
        self.export_button.setToolTip(
            self.tr("Save everything stored about the selected person (GDPR Art. 15)")
        )
        panel = ListPanel(
            model,
            name=self.tr("Persons"),
            add_text=self.tr("&New person…"),
            edit_text=self.tr("E&dit…"),
            delete_text=self.tr("&Delete…"),
            search_placeholder=self.tr("Search persons"),
            extra_buttons=[self.export_button],
        )
        intro = self.tr(
            "Persons are the people who take on roles: owners of goals and measures, "
            "members of the digital team. Only name, area, level, role and an optional "
            "e-mail address are stored."
        )
        super().__init__(ctx, panel, intro, parent)
        model.setParent(self)
        self.export_button.clicked.connect(self.export)
        panel.view.selectionModel().selectionChanged.connect(self._update_export)
        model.modelReset.connect(self._update_export)
        self._update_export()

    def _update_export(self, *_args) -> None:
        self.export_button.setEnabled(self.panel.current() is not None)

    def fetch(self) -> list[PersonRow]:
        return self.ctx.org.list_persons()

    def fields(self, row: PersonRow | None) -> list[Field]:
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
        return [
            Field("name", self.tr("&Name:"), QLineEdit(row.name if row else "")),
            Field("area_id", self.tr("&Area:"), area),
            Field("level_id", self.tr("&Level:"), level),
            Field("role", self.tr("&Role:"), role),
            Field("email", self.tr("&E-mail:"), email),
        ]

    def dialog_title(self, row) -> str:
        return self.tr("Edit person") if row else self.tr("New person")

    def command_text(self, action: str, row: PersonRow) -> str:
        texts = {
            "add": self.tr("Add person “{name}”"),
            "edit": self.tr("Edit person “{name}”"),
            "delete": self.tr("Delete person “{name}”"),
        }
        return texts[action].format(name=row.name)

    def delete_question(self, row: PersonRow) -> tuple[str, str]:
        return self.tr("Delete person"), self.tr(
            "Delete “{name}” and all personal data stored about this person? "
            "Roles they hold elsewhere become empty."
        ).format(name=row.name)

    def create(self, values: dict) -> PersonRow:
        return self.ctx.org.create_person(**values)

    def update(self, ident: int, values: dict, expected_version: int | None = None) -> PersonRow:
        return self.ctx.org.update_person(ident, expected_version=expected_version, **values)

    def remove(self, ident: int) -> PersonRow:
        return self.ctx.org.delete_person(ident)

    def restore(self, snapshot: PersonRow) -> PersonRow:
        return self.create(self.replay(snapshot))

    def replay(self, row: PersonRow) -> dict:
        # The area or level may have been deleted and restored under a new id since.
        ids = self.ctx.ids
        return {
            "name": row.name,
            "area_id": None if row.area_id is None else ids.get("area", row.area_id),
            "level_id": None if row.level_id is None else ids.get("level", row.level_id),
            "role": row.role,
            "email": row.email,
        }

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


class OrganisationPage(FollowsChanges, QWidget):
    listens = Change.ORGANISATION

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
        self.follow_changes(ctx)

    def reload(self) -> None:
        self.tabs.setEnabled(self.ctx.db is not None)
        for tab in (self.profile, self.areas, self.levels, self.persons):
            tab.load()

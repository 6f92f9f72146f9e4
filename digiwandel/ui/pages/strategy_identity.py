"""Strategy page tabs: the organisation's identity (vision, Leitbild, values, Oberziele)
and the strategy versions (create, copy, edit, adopt, archive, compare)."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from digiwandel.services.errors import DomainError, StaleEditError
from digiwandel.services.strategy import (
    GoalSnapshot,
    IdentityData,
    OberzielRow,
    VersionComparison,
    VersionRow,
)
from digiwandel.ui import strategy_texts
from digiwandel.ui.context import Change, FieldsApply, error_text, format_date, show_error
from digiwandel.ui.forms import DateField, confirm, date_field, one_line, text_box
from digiwandel.ui.widgets import (
    Column,
    Field,
    FieldError,
    FormDialog,
    ListPanel,
    RowTableModel,
    buddy_label,
    form_values,
    local_shortcut,
    shown_value,
    with_error,
)

IDENTITY_KEYS = ("vision", "leitbild", "core_values")


class FocusText(QPlainTextEdit):
    """A text field that reports when the user leaves it."""

    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.left.emit()


# ---- identity --------------------------------------------------------------------------------
class IdentityTab(QWidget):
    """Vision, Leitbild and values of the organisation (not per version), each with a note
    on how digitalisation changes it, and the ordered Oberziele."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self._loading = False
        # Per text: the stored text the field's content is based on, and the row version of
        # the identity it was read with; the database they were read from.
        self._saved: dict[str, str] = {}
        self._based: dict[str, int] = {}
        self._loaded_db = None
        self.edits: dict[str, FocusText] = {}
        self.errors: dict[str, FieldError] = {}

        intro = QLabel(
            self.tr(
                "Who you are and what you stand for, independent of any strategy version. "
                "Changes are saved as soon as you leave a field; Ctrl+Z undoes them."
            )
        )
        intro.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)

        labels = {
            "vision": self.tr("&Vision:"),
            "leitbild": self.tr("&Leitbild (mission statement):"),
            "core_values": self.tr("Val&ues:"),
        }
        note_names = {
            "vision": self.tr("Vision: how does digitalisation change it?"),
            "leitbild": self.tr("Leitbild: how does digitalisation change it?"),
            "core_values": self.tr("Values: how does digitalisation change them?"),
        }
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("What it says")), 0, 1)
        grid.addWidget(QLabel(self.tr("How does digitalisation change this?")), 0, 2)
        for row, key in enumerate(IDENTITY_KEYS, start=1):
            text = FocusText()
            note = FocusText()
            for edit in (text, note):
                edit.setMinimumHeight(60)
                edit.setMaximumHeight(110)
            self.edits[key] = text
            self.edits[f"{key}_digital_note"] = note
            label = buddy_label(labels[key], text)
            label.setWordWrap(True)
            label.setMaximumWidth(150)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            note.setAccessibleName(note_names[key])
            grid.addWidget(label, row, 0)
            for column, name in ((1, key), (2, f"{key}_digital_note")):
                # A message right below the field when someone else changed the text.
                box, self.errors[name] = with_error(self.edits[name])
                grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(IDENTITY_KEYS) + 1, 1)
        for key, edit in self.edits.items():
            edit.left.connect(lambda k=key: self._save(k))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)

        # Oberziele
        self.model = RowTableModel(
            [
                Column(self.tr("No."), lambda r: r.position, align_right=True),
                Column(self.tr("Overarching goal"), lambda r: r.title),
                Column(self.tr("Goals"), lambda r: r.goal_count, align_right=True),
                Column(self.tr("Description"), lambda r: one_line(r.description)),
                Column(self.tr("Digital change"), lambda r: one_line(r.digital_note)),
            ]
        )
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        self.panel = ListPanel(
            self.model,
            name=self.tr("Oberziele (overarching goals)"),
            add_text=self.tr("&New overarching goal…"),
            edit_text=self.tr("E&dit…"),
            delete_text=self.tr("&Delete…"),
            extra_buttons=(self.up_button, self.down_button),
        )
        self.panel.add_requested.connect(self.add_oberziel)
        self.panel.edit_requested.connect(self.edit_oberziel)
        self.panel.delete_requested.connect(self.delete_oberziel)
        self.up_button.clicked.connect(lambda: self.move_oberziel(-1))
        self.down_button.clicked.connect(lambda: self.move_oberziel(1))
        local_shortcut("Ctrl+Up", self.panel.view, lambda: self.move_oberziel(-1))
        local_shortcut("Ctrl+Down", self.panel.view, lambda: self.move_oberziel(1))
        self.panel.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        goals_box = QGroupBox(self.tr("Oberziele (overarching goals)"))
        goals_layout = QVBoxLayout(goals_box)
        goals_hint = QLabel(
            self.tr(
                "The few aims everything else serves, in order of importance. Strategic "
                "goals of each version name the Oberziel they serve."
            )
        )
        goals_hint.setWordWrap(True)
        goals_layout.addWidget(goals_hint)
        goals_layout.addWidget(self.panel)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scroll)
        splitter.addWidget(goals_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.state)
        layout.addWidget(splitter, 1)

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        db = self.page.ctx.db
        same_db = db is not None and db is self._loaded_db
        self._loaded_db = db
        self._loading = True
        try:
            identity = self.page.service.get_identity() if db else None
            for key, edit in self.edits.items():
                edit.setEnabled(db is not None)
                if same_db and self._pending(key):
                    # Text the user has not saved yet stays (it is saved when they leave
                    # the field), based on the state they started from.
                    continue
                value = getattr(identity, key) if identity else ""
                self._saved[key] = value
                self._based[key] = identity.version if identity else 0
                self.errors[key].clear_message()
                if edit.toPlainText() != value:
                    edit.setPlainText(value)
            keep = self.panel.current()
            self.model.set_rows(self.page.service.list_oberziele() if db else [])
            if keep is not None:
                self.panel.select_id(keep.id)
        finally:
            self._loading = False
        self.state.setText("" if db else self.tr("Open or create a database to start."))
        self.state.setVisible(db is None)
        self.panel.add_button.setEnabled(db is not None)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        row = self.panel.current()
        count = self.model.rowCount()
        self.up_button.setEnabled(row is not None and row.position > 1)
        self.down_button.setEnabled(row is not None and row.position < count)

    # -- identity texts ----------------------------------------------------------------------
    def _field_name(self, key: str) -> str:
        return {
            "vision": self.tr("vision"),
            "vision_digital_note": self.tr("digital note on the vision"),
            "leitbild": self.tr("Leitbild"),
            "leitbild_digital_note": self.tr("digital note on the Leitbild"),
            "core_values": self.tr("values"),
            "core_values_digital_note": self.tr("digital note on the values"),
        }[key]

    def _pending(self, key: str) -> bool:
        """The field holds text the user has not saved yet."""
        return self.edits[key].toPlainText().strip() != self._saved.get(key, "").strip()

    def _save(self, key: str) -> None:
        if self._loading or self.page.ctx.db is None:
            return
        if not self._pending(key):
            self.errors[key].clear_message()
            return
        new = self.edits[key].toPlainText()
        old = self._saved.get(key, "")
        service = self.page.service
        try:
            try:
                result = service.save_identity(
                    expected_version=self._based.get(key, 0), **{key: new}
                )
            except StaleEditError as exc:
                # Someone else saved the identity since this text was read. Only when they
                # changed this very text is the user asked; a change to the other texts
                # does not stand in the way.
                fresh = service.get_identity()
                theirs = getattr(fresh, key)
                if theirs == old:
                    result = service.save_identity(expected_version=fresh.version, **{key: new})
                elif theirs.strip() == new.strip():
                    self._rebase(key, fresh)  # they wrote the same: nothing left to save
                    self.page.ctx.notify(Change.STRATEGY)
                    return
                else:
                    self._show_clash(key, exc, fresh)
                    return
        except DomainError as exc:
            show_error(self, exc)
            return
        saved = getattr(result, key)
        self._saved[key] = saved
        self._based[key] = result.version
        self.errors[key].clear_message()
        page = self.page
        # Undo and redo are refused when someone else changed this text since; a change
        # of the other texts does not stand in the way.
        page.push_edit(
            self.tr("Change {field}").format(field=self._field_name(key)),
            FieldsApply(
                lambda: page.service.get_identity(),
                lambda **fields: page.service.save_identity(**fields),
                {key: saved},
            ),
            {key: old},
            {key: saved},
        )
        self.page.ctx.status_message.emit(self.tr("Saved."))

    def _rebase(self, key: str, fresh: IdentityData) -> None:
        """Base the field on the stored state `fresh` (its text stays as it is)."""
        self._saved[key] = getattr(fresh, key)
        self._based[key] = fresh.version
        self.errors[key].clear_message()

    def _show_clash(self, key: str, exc: StaleEditError, fresh: IdentityData) -> None:
        """Someone else changed this text: the user's text stays in the field, their text
        is named below it, and leaving the field again saves the user's text in its place."""
        self._rebase(key, fresh)
        edit = self.edits[key]
        theirs = shown_value(edit, getattr(fresh, key)) or self.tr("(empty)")
        self.errors[key].show_message(
            error_text(exc)
            + " "
            + self.tr("Saved by someone else in the meantime: “{text}”").format(text=theirs)
            + " "
            + self.tr(
                "Your text is still in the field; when you leave the field again, it is "
                "saved in place of the other text."
            )
        )
        # The other texts show the current state; this field keeps the user's text.
        self.page.ctx.notify(Change.STRATEGY)

    # -- Oberziele ---------------------------------------------------------------------------
    def _oberziel_fields(self, row: OberzielRow | None) -> list[Field]:
        title = QLineEdit(row.title if row else "")
        description = text_box(row.description if row else "")
        note = text_box(row.digital_note if row else "")
        return [
            Field("title", self.tr("&Title:"), title),
            Field("description", self.tr("De&scription:"), description),
            Field("digital_note", self.tr("How does &digitalisation change it?"), note),
        ]

    def add_oberziel(self) -> None:
        if self.page.ctx.db is None:
            return
        service = self.page.service
        dialog = FormDialog(
            self.tr("New overarching goal"),
            self._oberziel_fields(None),
            lambda v: service.create_oberziel(**v),
            self,
        )
        if not dialog.exec():
            return
        created: OberzielRow = dialog.result_value
        page = self.page
        page.push_trash(
            self.tr("Add overarching goal “{title}”").format(title=created.title),
            lambda: page.service.delete_oberziel(created.id),
            lambda batch: page.service.restore(batch),
        )
        self.panel.select_id(created.id)

    def edit_oberziel(self, row: OberzielRow) -> None:
        service = self.page.service
        based_on = {"row": row}

        def save(v: dict) -> OberzielRow:
            version = v.pop("expected_version", None)
            return service.update_oberziel(row.id, expected_version=version, **v)

        def reload():
            # Someone else saved the Oberziel meanwhile: show it, and hand the form its state.
            self.page.ctx.notify(Change.STRATEGY)
            fresh = self._stored_oberziel(row.id)
            if fresh is None:
                return None
            based_on["row"] = fresh
            return fresh.version, form_values(self._oberziel_fields(fresh))

        dialog = FormDialog(
            self.tr("Edit overarching goal"),
            self._oberziel_fields(row),
            save,
            self,
            version=row.version,
            reload=reload,
        )
        if not dialog.exec():
            return
        new: OberzielRow = dialog.result_value
        page = self.page

        def values(r: OberzielRow) -> dict:
            return {"title": r.title, "description": r.description, "digital_note": r.digital_note}

        self.page.push_edit(
            self.tr("Edit overarching goal “{title}”").format(title=new.title),
            FieldsApply(
                lambda: page.service.get_oberziel(row.id),
                lambda **fields: page.service.update_oberziel(row.id, **fields),
                values(new),
            ),
            values(based_on["row"]),
            values(new),
        )
        self.panel.select_id(row.id)

    def _stored_oberziel(self, ident: int) -> OberzielRow | None:
        """The Oberziel as stored now, or None when it is gone."""
        try:
            return self.page.service.get_oberziel(ident)
        except DomainError:
            return None

    def delete_oberziel(self, row: OberzielRow) -> None:
        question = self.tr(
            "Delete the overarching goal “{title}”? Goals that serve it will show no "
            "Oberziel. You can undo this with Ctrl+Z."
        ).format(title=row.title)
        if not confirm(self, self.tr("Delete overarching goal"), question):
            return
        page = self.page
        try:
            batch = page.service.delete_oberziel(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        page.push_trash(
            self.tr("Delete overarching goal “{title}”").format(title=row.title),
            lambda: page.service.delete_oberziel(row.id),
            lambda batch: page.service.restore(batch),
            batch=batch,
        )

    def move_oberziel(self, delta: int) -> None:
        row = self.panel.current()
        if row is None or self.page.ctx.db is None:
            return
        target = row.position + delta
        if not 1 <= target <= self.model.rowCount():
            return
        try:
            self.page.service.move_oberziel(row.id, delta)
        except DomainError as exc:
            show_error(self, exc)
            return
        page = self.page
        self.page.push(
            self.tr("Move overarching goal “{title}”").format(title=row.title),
            lambda: page.service.move_oberziel(row.id, delta),
            lambda: page.service.move_oberziel(row.id, -delta),
        )
        self.panel.select_id(row.id)
        self.panel.view.setFocus()


# ---- versions --------------------------------------------------------------------------------
class VersionsTab(QWidget):
    """The strategy versions: the first one, copies of it, adoption, archive, comparison."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self._loading = False
        self._selecting = False
        intro = QLabel(
            self.tr(
                "A strategy version is a draft until the board or another body adopts it; "
                "then it can no longer be changed. The next version starts as a copy."
            )
        )
        intro.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.model = RowTableModel(
            [
                Column(self.tr("Title"), lambda r: r.title),
                Column(self.tr("Period"), self.period_text),
                Column(self.tr("Status"), self.status_text),
                Column(self.tr("Adopted"), self.adopted_text),
                Column(self.tr("Next review"), self.review_text),
                Column(self.tr("Goals"), lambda r: r.goal_count, align_right=True),
                Column(self.tr("Based on"), lambda r: r.based_on_title),
            ]
        )
        self.new_from_button = QPushButton(self.tr("New &version from this…"))
        self.adopt_button = QPushButton(self.tr("Ad&opt…"))
        self.archive_button = QPushButton(self.tr("A&rchive"))
        self.compare_button = QPushButton(self.tr("&Compare…"))
        self.panel = ListPanel(
            self.model,
            name=self.tr("Strategy versions"),
            add_text=self.tr("&New strategy…"),
            edit_text=self.tr("E&dit…"),
            delete_text=self.tr("&Delete draft…"),
            extra_buttons=(
                self.new_from_button,
                self.adopt_button,
                self.archive_button,
                self.compare_button,
            ),
        )
        self.panel.add_requested.connect(self.create_first)
        self.panel.edit_requested.connect(self.edit)
        self.panel.delete_requested.connect(self.delete)
        self.new_from_button.clicked.connect(self.new_from)
        self.adopt_button.clicked.connect(self.adopt)
        self.archive_button.clicked.connect(self.archive)
        self.compare_button.clicked.connect(self.compare)
        self.panel.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.state)
        layout.addWidget(self.panel, 1)

    # -- texts for the table -----------------------------------------------------------------
    def period_text(self, row: VersionRow) -> str:
        start, end = row.period_start, row.period_end
        if start and end:
            return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
        if start:
            return self.tr("from {year}").format(year=start.year)
        if end:
            return self.tr("until {year}").format(year=end.year)
        return ""

    def status_text(self, row: VersionRow) -> str:
        return {
            "draft": self.tr("Draft"),
            "adopted": self.tr("Adopted"),
            "archived": self.tr("Archived"),
        }.get(row.status, row.status)

    def adopted_text(self, row: VersionRow) -> str:
        if row.adopted_on is None:
            return ""
        text = self.tr("on {date} by {body}").format(
            date=format_date(row.adopted_on), body=row.adopted_by
        )
        if row.resolution_ref:
            text += f" ({row.resolution_ref})"
        return text

    def review_text(self, row: VersionRow) -> str:
        if row.next_review_on is None:
            return ""
        text = format_date(row.next_review_on)
        if row.review_due:
            text += " " + self.tr("⚠ overdue")
        return text

    # -- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        if self._selecting:
            self._update_buttons()
            return
        db = self.page.ctx.db
        self._loading = True
        try:
            self.model.set_rows(self.page.service.list_versions() if db else [])
            self.panel.select_id(self.page.current_version_id())
        finally:
            self._loading = False
        if db is None:
            self.state.setText(self.tr("Open or create a database to start."))
        elif self.model.rowCount() == 0:
            self.state.setText(
                self.tr("No strategy yet. Start with “New strategy…” and give it a title.")
            )
        else:
            self.state.setText(
                self.tr(
                    "Selecting a version here shows it in all other tabs. Adopted and "
                    "archived versions are read-only; start a new version to change them."
                )
            )
        self._update_buttons()

    def _selection_changed(self, *_args) -> None:
        self._update_buttons()
        if self._loading:
            return
        row = self.panel.current()
        if row is not None and row.id != self.page.current_version_id():
            # The page reloads this tab when its version changes; the rows are the same,
            # and resetting the model inside its own selection change would crash Qt.
            self._selecting = True
            try:
                self.page.select_version(row.id)
            finally:
                self._selecting = False

    def _update_buttons(self, *_args) -> None:
        db = self.page.ctx.db is not None
        row = self.panel.current()
        self.panel.add_button.setEnabled(db and self.model.rowCount() == 0)
        self.panel.add_button.setToolTip(
            ""
            if self.model.rowCount() == 0
            else self.tr("A strategy exists: start a new version from one instead.")
        )
        self.new_from_button.setEnabled(row is not None)
        self.panel.edit_button.setEnabled(row is not None)
        self.panel.edit_button.setText(
            self.tr("&Show…") if row is not None and row.status == "archived" else self.tr("E&dit…")
        )
        draft = row is not None and row.status == "draft"
        self.panel.delete_button.setEnabled(draft)
        self.adopt_button.setEnabled(draft)
        self.archive_button.setEnabled(row is not None and row.status != "archived")
        self.compare_button.setEnabled(row is not None and self.model.rowCount() > 1)

    # -- actions -----------------------------------------------------------------------------
    def _record_new(self, text: str, created: VersionRow) -> None:
        """Undo of a new version moves it to the trash; redo brings it back."""
        page = self.page
        page.push_trash(
            text,
            lambda: page.service.delete_version(created.id),
            lambda batch: page.service.restore(batch),
        )
        self.page.select_version(created.id)
        self.panel.select_id(created.id)

    def create_first(self) -> None:
        if self.page.ctx.db is None or self.model.rowCount() > 0:
            return
        service = self.page.service
        year = date.today().year
        fields = [
            Field("title", self.tr("&Title:"), QLineEdit(self.tr("Digital strategy"))),
            Field("period_start", self.tr("Period &starts:"), date_field(date(year, 1, 1))),
            Field("period_end", self.tr("Period &ends:"), date_field(date(year + 1, 12, 31))),
        ]

        def submit(v: dict):
            return service.create_first(v["title"], v["period_start"], v["period_end"])

        dialog = FormDialog(
            self.tr("New strategy"),
            fields,
            submit,
            self,
            intro=self.tr(
                "The first version of your digital strategy starts as a draft. Type dates "
                "short (30.6.27) or choose them from the calendar; leave a date empty if it "
                "is still open."
            ),
        )
        if dialog.exec():
            created = dialog.result_value
            self._record_new(self.tr("New strategy “{title}”").format(title=created.title), created)

    def new_from(self) -> None:
        source = self.panel.current()
        if source is None:
            return
        service = self.page.service
        title = QLineEdit(self.tr("{title} (new version)").format(title=source.title))
        dialog = FormDialog(
            self.tr("New version from “{title}”").format(title=source.title),
            [Field("title", self.tr("&Title of the new version:"), title)],
            lambda v: service.new_version_from(source.id, v["title"]),
            self,
            intro=self.tr(
                "The new draft starts as a copy: period, summary, principles, goals with "
                "their indicators (without measurements), links to measures, the digital "
                "team and the communication plan."
            ),
        )
        if dialog.exec():
            created = dialog.result_value
            self._record_new(self.tr("New version “{title}”").format(title=created.title), created)

    def _version_fields(self, row: VersionRow) -> tuple[list[Field], str]:
        """The fields of the version form, filled from `row`, and the intro to show."""
        title = QLineEdit(row.title)
        start = date_field(row.period_start)
        end = date_field(row.period_end)
        summary = text_box(row.summary)
        principles = text_box(row.principles)
        review = date_field(row.next_review_on)
        fields = [
            Field("title", self.tr("&Title:"), title),
            Field("period_start", self.tr("Period &starts:"), start),
            Field("period_end", self.tr("Period &ends:"), end),
            Field("summary", self.tr("Su&mmary:"), summary),
            Field("principles", self.tr("&Principles:"), principles),
            Field("next_review_on", self.tr("&Next review:"), review),
        ]
        if row.status == "draft":
            intro = self.tr(
                "Type dates short (30.6.27) or choose them from the calendar; leave a date "
                "empty if it is open."
            )
        else:
            for widget in (title, start, end, summary, principles):
                widget.setReadOnly(True)
            if row.status == "adopted":
                intro = self.tr(
                    "This version has been adopted and its content can no longer be changed. "
                    "You can still set the date of the next review."
                )
            else:
                review.setReadOnly(True)
                intro = self.tr("This version is archived and can no longer be changed.")
        return fields, intro

    @staticmethod
    def _version_values(row: VersionRow, draft: bool) -> dict:
        """What the form changes of a version: all of a draft, the review of an adopted one."""
        if not draft:
            return {"next_review_on": row.next_review_on}
        return {
            "title": row.title,
            "period_start": row.period_start,
            "period_end": row.period_end,
            "summary": row.summary,
            "principles": row.principles,
            "next_review_on": row.next_review_on,
        }

    def edit(self, row: VersionRow) -> None:
        service = self.page.service
        fields, intro = self._version_fields(row)
        draft = row.status == "draft"
        adopted = row.status == "adopted"
        based_on = {"row": row}

        def submit(v: dict) -> VersionRow | None:
            version = v.pop("expected_version", None)
            if draft:
                # Content and next review in one change: both saved, or neither.
                return service.update_version(row.id, expected_version=version, **v)
            review = v["next_review_on"]
            if adopted and review != based_on["row"].next_review_on:
                return service.set_next_review(row.id, review, expected_version=version)
            return None  # nothing that can change

        def reload():
            # Someone else saved the version meanwhile: show it, and hand the form its state.
            self.page.ctx.notify(Change.STRATEGY)
            try:
                fresh = self.page.service.get_version(row.id)
            except DomainError:
                return None
            based_on["row"] = fresh
            return fresh.version, form_values(self._version_fields(fresh)[0])

        dialog = FormDialog(
            self.tr("Strategy version “{title}”").format(title=row.title),
            fields,
            submit,
            self,
            intro=intro,
            version=row.version if draft or adopted else None,
            reload=reload,
        )
        if not dialog.exec():
            return
        result: VersionRow | None = dialog.result_value
        if result is None:
            return
        page = self.page

        if draft:

            def update(**values):
                return page.service.update_version(row.id, **values)

        else:

            def update(expected_version: int, next_review_on):
                return page.service.set_next_review(
                    row.id, next_review_on, expected_version=expected_version
                )

        new_values = self._version_values(result, draft)
        self.page.push_edit(
            self.tr("Edit strategy version “{title}”").format(title=row.title),
            FieldsApply(lambda: page.service.get_version(row.id), update, new_values),
            self._version_values(based_on["row"], draft),
            new_values,
        )

    def delete(self, row: VersionRow) -> None:
        if row.status != "draft":
            return
        question = self.tr(
            "Delete the draft “{title}” with its goals, indicators and communication plan? "
            "You can undo this with Ctrl+Z."
        ).format(title=row.title)
        if not confirm(self, self.tr("Delete draft"), question):
            return
        page = self.page
        try:
            batch = page.service.delete_version(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        page.push_trash(
            self.tr("Delete draft “{title}”").format(title=row.title),
            lambda: page.service.delete_version(row.id),
            lambda batch: page.service.restore(batch),
            batch=batch,
        )

    def adopt(self) -> None:
        row = self.panel.current()
        if row is None or row.status != "draft":
            return
        service = self.page.service
        when = DateField(date.today(), optional=False, maximum=date.today())
        body = QComboBox()
        body.setEditable(True)
        body.addItems(
            ["Vorstand", "Mitgliederversammlung", "Aufsichtsrat", "Gesellschafterversammlung"]
        )
        reference = QLineEdit()
        reference.setPlaceholderText(self.tr("e.g. resolution 2025/07 of 12 March"))
        fields = [
            Field("adopted_on", self.tr("Adopted &on:"), when),
            Field("adopted_by", self.tr("Adopted b&y (body):"), body),
            Field("resolution_ref", self.tr("&Resolution reference:"), reference),
        ]
        dialog = FormDialog(
            self.tr("Adopt “{title}”").format(title=row.title),
            fields,
            lambda v: service.adopt(row.id, v["adopted_on"], v["adopted_by"], v["resolution_ref"]),
            self,
            intro=self.tr(
                "Record the resolution that adopts this strategy. Afterwards the version is "
                "read-only: its title, period, summary, principles, goals and indicators can "
                "no longer be changed. Measurements, links to measures, the digital team, the "
                "communication plan and the next review stay open. This cannot be undone; "
                "to change the strategy later, start a new version from it."
            ),
        )
        if dialog.exec():
            self.page.ctx.notify(Change.STRATEGY)
            self.page.ctx.status_message.emit(self.tr("Strategy version adopted."))

    def archive(self) -> None:
        row = self.panel.current()
        if row is None or row.status == "archived":
            return
        question = self.tr(
            "Archive “{title}”? It stays readable and comparable but can no longer be "
            "changed at all. This cannot be undone."
        ).format(title=row.title)
        if not confirm(self, self.tr("Archive strategy version"), question, self.tr("A&rchive")):
            return
        try:
            self.page.service.archive(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.page.ctx.notify(Change.STRATEGY)
        self.page.ctx.status_message.emit(self.tr("Strategy version archived."))

    def compare(self) -> None:
        row = self.panel.current()
        versions = self.model.rows()
        if row is None or len(versions) < 2:
            return
        base = row.based_on_id
        if base is None or not any(v.id == base for v in versions):
            older = [v for v in versions if v.id != row.id]
            base = older[0].id
        CompareDialog(self.page.service, versions, base, row.id, self).exec()


class CompareDialog(QDialog):
    """Two versions side by side: added, removed, changed and unchanged goals."""

    def __init__(self, service, versions, a_id: int, b_id: int, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Compare strategy versions"))
        self.resize(860, 600)
        self.a_combo = QComboBox()
        self.b_combo = QComboBox()
        for combo in (self.a_combo, self.b_combo):
            for version in versions:
                combo.addItem(version.title, version.id)
        self.a_combo.setCurrentIndex(self.a_combo.findData(a_id))
        self.b_combo.setCurrentIndex(self.b_combo.findData(b_id))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Comparison"))
        self.browser.setOpenLinks(False)
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("&Earlier version:"), self.a_combo))
        top.addWidget(self.a_combo, 1)
        top.addWidget(buddy_label(self.tr("&Later version:"), self.b_combo))
        top.addWidget(self.b_combo, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.a_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.b_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        a, b = self.a_combo.currentData(), self.b_combo.currentData()
        if a == b:
            self.browser.setHtml(
                "<p>" + html.escape(self.tr("Choose two different versions.")) + "</p>"
            )
            return
        try:
            comparison = self.service.compare(a, b)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.browser.setHtml(self.to_html(comparison))

    # -- HTML ----------------------------------------------------------------------------------
    def _field_name(self, key: str) -> str:
        return {
            "description": self.tr("Description"),
            "due_on": self.tr("Due date"),
            "impact_level": self.tr("Impact level"),
            "status": self.tr("Status"),
            "oberziel": self.tr("Oberziel"),
            "owner": self.tr("Responsible"),
            "indicators": self.tr("Indicators"),
            "period_start": self.tr("Start of period"),
            "period_end": self.tr("End of period"),
            "summary": self.tr("Summary"),
            "principles": self.tr("Principles"),
        }.get(key, key)

    def _status(self, status: str) -> str:
        return strategy_texts.goal_status(status)

    def _level(self, level: int | None) -> str:
        return strategy_texts.impact_short(level)

    def _value(self, goal: GoalSnapshot, key: str) -> str:
        if key == "description":
            return goal.description
        if key == "due_on":
            return format_date(goal.due_on)
        if key == "impact_level":
            return self._level(goal.impact_level)
        if key == "status":
            return self._status(goal.status)
        if key == "oberziel":
            return goal.oberziel_title
        if key == "owner":
            return goal.owner_name
        if key == "indicators":
            return ", ".join(goal.indicator_names)
        return ""

    @staticmethod
    def _table(headers: list[str], rows: list[list[str]]) -> str:
        head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c) or '–'}</td>" for c in row) + "</tr>"
            for row in rows
        )
        return (
            "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"<tr>{head}</tr>{body}</table>"
        )

    def _goal_table(self, goals) -> str:
        if not goals:
            return "<p>" + html.escape(self.tr("None.")) + "</p>"
        headers = [self.tr("Goal"), self.tr("Oberziel"), self.tr("Due date"), self.tr("Status")]
        rows = [
            [g.title, g.oberziel_title, format_date(g.due_on), self._status(g.status)]
            for g in goals
        ]
        return self._table(headers, rows)

    def to_html(self, c: VersionComparison) -> str:
        esc = html.escape
        parts = [
            "<h3>"
            + esc(self.tr("“{b}” compared with “{a}”").format(a=c.a.title, b=c.b.title))
            + "</h3>"
        ]
        if c.version_fields:
            changed = ", ".join(self._field_name(k) for k in c.version_fields)
            parts.append(
                "<p>"
                + esc(self.tr("Changed in the version: {fields}").format(fields=changed))
                + "</p>"
            )
        parts.append("<h4>" + esc(self.tr("Added goals ({n})").format(n=len(c.added))) + "</h4>")
        parts.append(self._goal_table(c.added))
        parts.append(
            "<h4>" + esc(self.tr("Removed goals ({n})").format(n=len(c.removed))) + "</h4>"
        )
        parts.append(self._goal_table(c.removed))
        parts.append(
            "<h4>" + esc(self.tr("Changed goals ({n})").format(n=len(c.changed))) + "</h4>"
        )
        if c.changed:
            rows = [
                [
                    change.after.title,
                    self._field_name(key),
                    self._value(change.before, key),
                    self._value(change.after, key),
                ]
                for change in c.changed
                for key in change.fields
            ]
            headers = [
                self.tr("Goal"),
                self.tr("What changed"),
                self.tr("Before ({title})").format(title=c.a.title),
                self.tr("After ({title})").format(title=c.b.title),
            ]
            parts.append(self._table(headers, rows))
        else:
            parts.append("<p>" + esc(self.tr("None.")) + "</p>")
        parts.append(
            "<h4>" + esc(self.tr("Unchanged goals ({n})").format(n=len(c.unchanged))) + "</h4>"
        )
        names = ", ".join(g.title for g in c.unchanged)
        parts.append("<p>" + esc(names or self.tr("None.")) + "</p>")
        return "".join(parts)

"""Strategy tabs for carrying the strategy out: which measures serve which goals
(alignment), who is in the digital team (and whom it leaves out), and the
communication plan.

Links, team and communication stay editable on an adopted version (the work of carrying
the strategy out goes on); only an archived version is frozen completely.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digiwandel.domain.vocabulary import (
    COMMUNICATION_PURPOSES,
    COMMUNICATION_STATUSES,
    FREQUENCIES,
    TEAM_ROLES,
)
from digiwandel.services.errors import DomainError
from digiwandel.services.strategy import (
    GAP_AREA_MISSING,
    GAP_LEAD_MISSING,
    GAP_LEVEL_MISSING,
    GAP_TEAM_EMPTY,
    AlignmentMatrix,
    CommunicationRow,
    Coverage,
    TeamMemberRow,
)
from digiwandel.ui import strategy_texts
from digiwandel.ui.context import Change, FieldsApply, format_date, show_error
from digiwandel.ui.forms import DateField, confirm, text_box
from digiwandel.ui.table_fit import wrap_header
from digiwandel.ui.widgets import (
    Column,
    Field,
    FormDialog,
    ListPanel,
    RowTableModel,
    buddy_label,
    form_values,
    local_shortcut,
)

DUE_WINDOW_DAYS = 30
WRAPPED_HEADER_CHARS = 60  # a measure title wraps onto up to three lines of its column


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _matrix_view(name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    return view


def _message(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


# ---- alignment: goals × measures ------------------------------------------------------------
CURRENT_STATUSES = ("planned", "active", "paused")
NAMES_SHOWN = 10  # names listed in a flag before "and N more"


class AlignmentModel(QAbstractTableModel):
    """Goals as rows, measures as columns; a linked cell shows ✓ (a sign, not a colour)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.matrix: AlignmentMatrix | None = None

    def set_matrix(self, matrix: AlignmentMatrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.goals)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.projects)

    def cell(self, index: QModelIndex):
        """(goal, project, contribution or None) of a cell."""
        assert self.matrix is not None
        goal = self.matrix.goals[index.row()]
        project = self.matrix.projects[index.column()]
        return goal, project, self.matrix.links.get((goal.id, project.id))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.matrix is None:
            return None
        goal, project, note = self.cell(index)
        linked = note is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return "✓" if linked else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not linked:
                return self.tr("Not linked. Press Space to link “{measure}” to this goal.").format(
                    measure=project.title
                )
            return note or self.tr("Linked (no note on the contribution).")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("linked") if linked else self.tr("not linked")
            text = f"{goal.title} – {project.title}: {state}"
            return f"{text}. {note}" if note else text
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self.matrix is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            title = self.matrix.projects[section].title
            if role == Qt.ItemDataRole.DisplayRole:
                return _shorten(title, WRAPPED_HEADER_CHARS)
            if role == Qt.ItemDataRole.ToolTipRole:
                return title
        else:
            title = self.matrix.goals[section].title
            if role == Qt.ItemDataRole.DisplayRole:
                return _shorten(title, 40)
            if role == Qt.ItemDataRole.ToolTipRole:
                return title
        return None


class AlignmentTab(QWidget):
    def __init__(self, page) -> None:
        super().__init__()
        self.page = page
        self.matrix: AlignmentMatrix | None = None
        intro = _message(
            self.tr(
                "Which measures serve which goal? A ✓ marks a link. Select a cell and press "
                "Space or Enter (or double-click) to link or unlink; the note on the "
                "contribution appears as a tooltip."
            )
        )
        self.state = _message()
        self.model = AlignmentModel(self)
        self.view = _matrix_view(self.tr("Goals and measures"))
        self.view.setModel(self.model)
        wrap_header(self.view, 150)  # measure titles on up to three lines, not cut at 150 px
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setDefaultSectionSize(150)
        # One fixed row height: sizing rows to their contents measures every cell, which
        # takes seconds with thousands of measures.
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.current_only = QCheckBox(self.tr("Only planned, running and paused measures"))
        self.current_only.setChecked(True)
        self.current_only.toggled.connect(lambda _on: self.load())
        self.view.activated.connect(self.toggle)  # Enter, or a double-click
        local_shortcut(Qt.Key.Key_Space, self.view, lambda: self.toggle(self.view.currentIndex()))
        self.goal_model = RowTableModel([Column(self.tr("Goal"), lambda g: g.title)])
        self.goal_view = _matrix_view(self.tr("Goals of this version"))
        self.goal_view.setModel(self.goal_model)
        self.goal_view.horizontalHeader().setStretchLastSection(True)
        self.goal_view.verticalHeader().setVisible(False)
        self.goal_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.flags = _message()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.state)
        layout.addWidget(self.current_only)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.goal_view, 1)
        layout.addWidget(self.flags)

    # -- loading -------------------------------------------------------------------------------
    def load(self) -> None:
        version = self.page.current_version() if self.page.ctx.db else None
        matrix = self.page.service.alignment(version.id) if version else None
        if matrix is not None and self.current_only.isChecked():
            # Finished and cancelled measures are history; years of them would bury the
            # measures that still need a goal.
            shown = tuple(p for p in matrix.projects if p.status in CURRENT_STATUSES)
            ids = {p.id for p in shown}
            matrix = replace(
                matrix,
                projects=shown,
                projects_without_goal=tuple(i for i in matrix.projects_without_goal if i in ids),
            )
        self.matrix = matrix
        self.model.set_matrix(matrix if matrix and matrix.projects and matrix.goals else None)
        self.goal_model.set_rows(matrix.goals if matrix else [])
        has_matrix = self.model.rowCount() > 0
        self.view.setVisible(has_matrix)
        self.current_only.setVisible(bool(matrix and matrix.goals))
        self.goal_view.setVisible(bool(matrix and matrix.goals and not matrix.projects))
        self.view.setEnabled(has_matrix and not self._frozen())
        self.state.setText(self._state_text())
        self.state.setVisible(bool(self.state.text()))
        self.flags.setText(self._flags_text())
        self.flags.setVisible(bool(self.flags.text()))

    def _frozen(self) -> bool:
        version = self.page.current_version()
        return version is None or version.status == "archived"

    def _state_text(self) -> str:
        matrix = self.matrix
        if matrix is None:
            return self.tr(
                "There is no strategy version yet. Start one in the tab “Versions”; "
                "then its goals can be linked to measures here."
            )
        if not matrix.goals:
            return self.tr(
                "This version has no goals yet. Add goals first; then link them to the "
                "measures that serve them."
            )
        if not matrix.projects:
            return self.tr(
                "No measures recorded yet. Once measures exist, link them to the goals "
                "they serve. The goals of this version:"
            )
        if self._frozen():
            return self.tr("This version is archived, so its links can no longer be changed.")
        return ""

    def _flags_text(self) -> str:
        matrix = self.matrix
        if matrix is None or not matrix.goals or not matrix.projects:
            return ""
        goal_titles = {g.id: g.title for g in matrix.goals}
        project_titles = {p.id: p.title for p in matrix.projects}
        lines = []
        if matrix.goals_without_measure:
            names = self._names([goal_titles[i] for i in matrix.goals_without_measure])
            lines.append("⚠ " + self.tr("Goals without any measure: {names}").format(names=names))
        if matrix.projects_without_goal:
            names = self._names([project_titles[i] for i in matrix.projects_without_goal])
            lines.append("⚠ " + self.tr("Measures without any goal: {names}").format(names=names))
        if not lines:
            lines.append(self.tr("Every goal has a measure and every measure serves a goal."))
        return "\n".join(lines)

    def _names(self, names: list[str]) -> str:
        """The first names of a list, and how many more: a flag stays readable."""
        text = ", ".join(names[:NAMES_SHOWN])
        more = len(names) - NAMES_SHOWN
        if more > 0:
            text += " " + self.tr("and %n more", None, more)
        return text

    # -- editing -------------------------------------------------------------------------------
    def toggle(self, index: QModelIndex) -> None:
        if not index.isValid() or self.model.matrix is None or self._frozen():
            return
        goal, project, note = self.model.cell(index)
        if note is None:
            self.link(goal, project)
        else:
            self.unlink(goal, project, note)
        self.view.setCurrentIndex(self.model.index(index.row(), index.column()))

    def link(self, goal, project) -> None:
        service = self.page.service
        dialog = FormDialog(
            self.tr("Link measure to goal"),
            [
                Field(
                    "contribution",
                    self.tr("How the measure &contributes (optional):"),
                    text_box(height=70),
                )
            ],
            lambda v: service.link_project(goal.id, project.id, v["contribution"]),
            self,
            intro=self.tr("Goal: {goal}\nMeasure: {measure}").format(
                goal=goal.title, measure=project.title
            ),
        )
        if not dialog.exec():
            return
        note = dialog.result_value.contribution
        self.page.push(
            self.tr("Link “{measure}” to “{goal}”").format(measure=project.title, goal=goal.title),
            lambda: self.page.service.link_project(goal.id, project.id, note),
            lambda: self.page.service.unlink_project(goal.id, project.id),
        )

    def unlink(self, goal, project, note: str) -> None:
        if not confirm(
            self,
            self.tr("Remove link"),
            self.tr(
                "Remove the link between the goal “{goal}” and the measure “{measure}”?"
            ).format(goal=goal.title, measure=project.title),
        ):
            return
        try:
            self.page.service.unlink_project(goal.id, project.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.page.push(
            self.tr("Unlink “{measure}” from “{goal}”").format(
                measure=project.title, goal=goal.title
            ),
            lambda: self.page.service.unlink_project(goal.id, project.id),
            lambda: self.page.service.link_project(goal.id, project.id, note),
        )


# ---- digital team ---------------------------------------------------------------------------
class CoverageModel(QAbstractTableModel):
    """Areas × levels (volunteers included) with member counts, "–" for none, and totals."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, object]] = []  # (label, area id or "total")
        self.columns: list[tuple[str, object]] = []
        self.coverage: Coverage | None = None

    def set_coverage(self, coverage: Coverage | None) -> None:
        self.beginResetModel()
        self.coverage = coverage
        self.rows, self.columns = [], []
        if coverage is not None:
            self.rows = [(a.name, a.id) for a in coverage.areas]
            if coverage.area_totals.get(None):
                self.rows.append((self.tr("(no area recorded)"), None))
            self.rows.append((self.tr("Total"), "total"))
            for level in coverage.levels:
                name = level.name
                suffix = self.tr("volunteers")
                if level.is_volunteer and suffix.casefold() not in name.casefold():
                    name = self.tr("{level} (volunteers)").format(level=level.name)
                self.columns.append((name, level.id))
            if coverage.level_totals.get(None):
                self.columns.append((self.tr("(no level recorded)"), None))
            self.columns.append((self.tr("Total"), "total"))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def count(self, row: int, column: int) -> int:
        assert self.coverage is not None
        area, level = self.rows[row][1], self.columns[column][1]
        if area == "total" and level == "total":
            return self.coverage.member_count
        if area == "total":
            return self.coverage.level_totals.get(level, 0)
        if level == "total":
            return self.coverage.area_totals.get(area, 0)
        return self.coverage.counts.get((area, level), 0)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.coverage is None:
            return None
        number = self.count(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(number) if number else "–"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{area}, {level}: {count}").format(
                area=self.rows[index.row()][0], level=self.columns[index.column()][0], count=number
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and "total" in (
            self.rows[index.row()][1],
            self.columns[index.column()][1],
        ):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        items = self.columns if orientation == Qt.Orientation.Horizontal else self.rows
        return items[section][0] if section < len(items) else None


class TeamTab(QWidget):
    kind = "strategy_team_member"  # key for the undo id map

    def __init__(self, page) -> None:
        super().__init__()
        self.page = page
        intro = _message(
            self.tr(
                "The digital team carries the change. It works best when every area and "
                "every level, volunteers included, has someone in it, and one person leads."
            )
        )
        self.state = _message()
        self.model = RowTableModel(
            [
                Column(self.tr("Person"), lambda r: r.person_name),
                Column(self.tr("Role"), lambda r: self.role_text(r.role)),
                Column(self.tr("Area"), lambda r: r.area_name),
                Column(self.tr("Level"), lambda r: r.level_name),
            ]
        )
        self.panel = ListPanel(
            self.model,
            name=self.tr("Members of the digital team"),
            add_text=self.tr("&New member…"),
            edit_text=self.tr("Change &role…"),
            delete_text=self.tr("Re&move…"),
        )
        self.panel.add_requested.connect(self.add)
        self.panel.edit_requested.connect(self.edit)
        self.panel.delete_requested.connect(self.remove)
        self.coverage_model = CoverageModel(self)
        self.coverage_view = _matrix_view(self.tr("Team members by area and level"))
        self.coverage_view.setModel(self.coverage_model)
        rows = self.coverage_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.coverage_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.gaps = _message()
        coverage_title = QLabel(self.tr("Who is represented: members by area and level"))
        coverage_title.setBuddy(self.coverage_view)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.state)
        layout.addWidget(self.panel, 1)
        layout.addWidget(coverage_title)
        layout.addWidget(self.coverage_view, 1)
        layout.addWidget(self.gaps)

    def role_text(self, role: str) -> str:
        return {
            "lead": self.tr("lead"),
            "member": self.tr("member"),
            "sponsor": self.tr("sponsor"),
        }.get(role, role)

    def _editable(self) -> bool:
        version = self.page.current_version()
        return version is not None and version.status != "archived"

    def load(self) -> None:
        version = self.page.current_version() if self.page.ctx.db else None
        service = self.page.service if version else None
        self.model.set_rows(service.list_team(version.id) if service else [])
        coverage = service.coverage(version.id) if service else None
        self.coverage_model.set_coverage(coverage)
        self._fit_coverage_height()
        self.gaps.setText(self.gap_text(coverage) if coverage else "")
        editable = self._editable()
        self.panel.add_button.setEnabled(editable)
        if not editable:
            self.panel.edit_button.setEnabled(False)
            self.panel.delete_button.setEnabled(False)
        if version is None:
            self.state.setText(
                self.tr("There is no strategy version yet. Start one in the tab “Versions”.")
            )
        elif not editable:
            self.state.setText(
                self.tr("This version is archived, so its team can no longer be changed.")
            )
        self.state.setVisible(not editable)

    def _fit_coverage_height(self) -> None:
        """As high as its rows, so spare room goes to the member list."""
        view = self.coverage_view
        rows = view.verticalHeader()
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth() + 4
        height += rows.defaultSectionSize() * max(self.coverage_model.rowCount(), 1)
        scroll = view.horizontalScrollBar().sizeHint().height()
        view.setMaximumHeight(height + scroll)

    def gap_text(self, coverage: Coverage) -> str:
        volunteer_levels = {lv.name for lv in coverage.levels if lv.is_volunteer}
        lines = []
        for kind, name in coverage.gaps:
            if kind == GAP_TEAM_EMPTY:
                text = self.tr("Nobody is in the digital team yet.")
            elif kind == GAP_LEAD_MISSING:
                text = self.tr("The team has no lead.")
            elif kind == GAP_AREA_MISSING:
                text = self.tr("The area “{name}” is not represented in the digital team.")
            elif kind == GAP_LEVEL_MISSING and name in volunteer_levels:
                text = self.tr("No volunteer is in the digital team.")
            elif kind == GAP_LEVEL_MISSING:
                text = self.tr("The level “{name}” is not represented in the digital team.")
            else:
                continue
            lines.append("⚠ " + text.format(name=name))
        if not lines:
            return self.tr("The digital team covers every area and every level and has a lead.")
        return "\n".join(lines)

    def _role_combo(self, current: str = "member") -> QComboBox:
        combo = QComboBox()
        for role in TEAM_ROLES:
            combo.addItem(self.role_text(role), role)
        combo.setCurrentIndex(TEAM_ROLES.index(current))
        return combo

    def _current(self, ident: int) -> int:
        return self.page.ctx.ids.get(self.kind, ident)

    def _stored_member(self, ident: int) -> TeamMemberRow | None:
        """The team member as stored now, or None when they (or the version) are gone."""
        try:
            return self.page.service.get_team_member(ident)
        except DomainError:
            return None

    def add(self) -> None:
        version_id = self.page.current_version_id()
        if version_id is None or not self._editable():
            return
        in_team = {r.person_id for r in self.model.rows()}
        person = QComboBox()
        for p in self.page.ctx.org.list_persons():
            if p.id in in_team:
                continue
            label = p.name
            details = ", ".join(x for x in (p.area_name, p.level_name) if x)
            person.addItem(f"{label} ({details})" if details else label, p.id)
        if person.count() == 0:
            self.state.setText(
                self.tr(
                    "Everyone recorded on the page “Organisation” is already in the team. "
                    "Record more persons there first."
                )
            )
            self.state.setVisible(True)
            return
        dialog = FormDialog(
            self.tr("New member of the digital team"),
            [
                Field("person_id", self.tr("&Person:"), person),
                Field("role", self.tr("&Role:"), self._role_combo()),
            ],
            lambda v: self.page.service.add_team_member(version_id, v["person_id"], v["role"]),
            self,
            intro=self.tr("Persons are recorded on the page “Organisation”."),
        )
        if not dialog.exec():
            return
        row: TeamMemberRow = dialog.result_value
        original = row.id

        def redo():
            new = self.page.service.add_team_member(version_id, row.person_id, row.role)
            self.page.ctx.ids.set(self.kind, original, new.id)

        def undo():
            self.page.service.remove_team_member(self._current(original))

        self.page.push(
            self.tr("Add {name} to the digital team").format(name=row.person_name), redo, undo
        )
        self.panel.select_id(row.id)

    def edit(self, row: TeamMemberRow) -> None:
        if not self._editable():
            return
        ident = row.id
        based_on = {"row": row}

        def role_field(current: str) -> list[Field]:
            return [Field("role", self.tr("&Role:"), self._role_combo(current))]

        def save(v: dict) -> TeamMemberRow:
            version = v.pop("expected_version", None)
            return self.page.service.set_team_role(ident, v["role"], expected_version=version)

        def reload():
            # Someone else saved the member meanwhile: show it, and hand the form its state.
            self.page.ctx.notify(Change.STRATEGY)
            fresh = self._stored_member(ident)
            if fresh is None:
                return None
            based_on["row"] = fresh
            return fresh.version, form_values(role_field(fresh.role))

        dialog = FormDialog(
            self.tr("Change role"),
            role_field(row.role),
            save,
            self,
            intro=row.person_name,
            version=row.version,
            reload=reload,
        )
        if not dialog.exec():
            return
        new: TeamMemberRow = dialog.result_value

        def set_role(expected_version: int, role: str) -> TeamMemberRow:
            return self.page.service.set_team_role(
                self._current(ident), role, expected_version=expected_version
            )

        # Undo is refused when someone else changed the role since (not when the member
        # was removed and added again here: the row is then read under its new id).
        self.page.push_edit(
            self.tr("Change the role of {name}").format(name=row.person_name),
            FieldsApply(
                lambda: self.page.service.get_team_member(self._current(ident)),
                set_role,
                {"role": new.role},
            ),
            {"role": based_on["row"].role},
            {"role": new.role},
        )
        self.panel.select_id(self._current(ident))

    def remove(self, row: TeamMemberRow) -> None:
        if not self._editable() or not confirm(
            self,
            self.tr("Remove from the digital team"),
            self.tr(
                "Remove {name} from the digital team? The person stays in the organisation."
            ).format(name=row.person_name),
        ):
            return
        ident = row.id
        try:
            self.page.service.remove_team_member(ident)
        except DomainError as exc:
            show_error(self, exc)
            return

        def redo():
            self.page.service.remove_team_member(self._current(ident))

        def undo():
            new = self.page.service.add_team_member(row.version_id, row.person_id, row.role)
            self.page.ctx.ids.set(self.kind, ident, new.id)

        self.page.push(
            self.tr("Remove {name} from the digital team").format(name=row.person_name),
            redo,
            undo,
        )


# ---- communication plan ---------------------------------------------------------------------
class CommunicationTab(QWidget):
    FILTER_ALL, FILTER_DUE, FILTER_OVERDUE = "all", "due", "overdue"

    def __init__(self, page) -> None:
        super().__init__()
        self.page = page
        intro = _message(
            self.tr(
                "Plan who hears what about the change, when and how: inform, involve, "
                "decide. Entries of this strategy and of its measures are listed here."
            )
        )
        self.state = _message()
        self.summary = _message()
        self.filter = QComboBox()
        self.filter.addItem(self.tr("All"), self.FILTER_ALL)
        self.filter.addItem(self.tr("Due in the next 30 days"), self.FILTER_DUE)
        self.filter.addItem(self.tr("Overdue"), self.FILTER_OVERDUE)
        self.filter.currentIndexChanged.connect(lambda _i: self.load())
        self.model = RowTableModel(
            [
                Column(self.tr("Audience"), lambda r: r.audience),
                Column(self.tr("Purpose"), lambda r: self.purpose_text(r.purpose)),
                Column(self.tr("When"), self.when_text),
                Column(self.tr("Status"), self.status_cell),
                Column(self.tr("Key message"), lambda r: r.key_message),
                Column(self.tr("Channel"), lambda r: r.channel),
                Column(self.tr("Responsible"), lambda r: r.responsible_name),
                Column(self.tr("For"), self.owner_text),
            ]
        )
        self.panel = ListPanel(
            self.model,
            name=self.tr("Communication plan"),
            add_text=self.tr("&New entry…"),
            edit_text=self.tr("E&dit…"),
            delete_text=self.tr("&Delete…"),
            search_placeholder=self.tr("Search the communication plan"),
        )
        self.panel.add_requested.connect(self.add)
        self.panel.edit_requested.connect(self.edit)
        self.panel.delete_requested.connect(self.delete)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(buddy_label(self.tr("S&how:"), self.filter))
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.state)
        layout.addLayout(top)
        layout.addWidget(self.panel, 1)

    # -- words for stored keys -----------------------------------------------------------------
    def purpose_text(self, purpose: str) -> str:
        return {
            "inform": self.tr("inform"),
            "involve": self.tr("involve"),
            "decide": self.tr("decide"),
        }.get(purpose, purpose)

    def status_text(self, status: str) -> str:
        return {
            "planned": self.tr("planned"),
            "done": self.tr("done"),
            "cancelled": self.tr("cancelled"),
        }.get(status, status)

    def frequency_text(self, frequency: str) -> str:
        return strategy_texts.frequency(frequency)

    def when_text(self, row: CommunicationRow) -> str:
        if row.frequency == "once":
            return format_date(row.due_on) if row.due_on else self.tr("no date")
        if row.next_due is None:
            return self.frequency_text(row.frequency)
        return self.tr("{frequency}, next {date}").format(
            frequency=self.frequency_text(row.frequency), date=format_date(row.next_due)
        )

    def status_cell(self, row: CommunicationRow) -> str:
        text = self.status_text(row.status)
        return text + " · ⚠ " + self.tr("overdue") if row.overdue else text

    def owner_text(self, row: CommunicationRow) -> str:
        if row.project_id is not None:
            return self.tr("Measure: {title}").format(title=row.project_title)
        return self.tr("this strategy")

    # -- loading -------------------------------------------------------------------------------
    def _editable(self) -> bool:
        version = self.page.current_version()
        return version is not None and version.status != "archived"

    def _mine(self, rows: list[CommunicationRow]) -> list[CommunicationRow]:
        """Entries of this version and of measures (not those of other versions)."""
        version_id = self.page.current_version_id()
        return [r for r in rows if r.version_id in (version_id, None)]

    def load(self) -> None:
        version = self.page.current_version() if self.page.ctx.db else None
        if version is None:
            self.model.set_rows([])
            self.summary.setText("")
            self.state.setText(
                self.tr(
                    "There is no strategy version yet. Start one in the tab “Versions”; "
                    "then plan its communication here."
                )
            )
            self.state.setVisible(True)
            self.panel.add_button.setEnabled(False)
            self.filter.setEnabled(False)
            return
        service = self.page.service
        overdue = self._mine(service.overdue_communication())
        due = self._mine(service.due_communication(DUE_WINDOW_DAYS))
        choice = self.filter.currentData()
        if choice == self.FILTER_OVERDUE:
            rows = overdue
        elif choice == self.FILTER_DUE:
            rows = due
        else:
            rows = self._mine(service.list_communication())
        self.model.set_rows(rows)
        self.summary.setText(self.summary_text(len(overdue), len(due)))
        self.filter.setEnabled(True)
        editable = self._editable()
        self.panel.add_button.setEnabled(editable)
        if not editable:
            self.panel.edit_button.setEnabled(False)
            self.panel.delete_button.setEnabled(False)
        self.state.setText(
            ""
            if editable
            else self.tr("This version is archived, so its communication plan is read-only.")
        )
        self.state.setVisible(not editable)

    def summary_text(self, overdue: int, due: int) -> str:
        if overdue:
            first = "⚠ " + self.tr("%n entry(s) overdue", "", overdue)
        else:
            first = self.tr("No entry overdue")
        second = self.tr("%n due in the next 30 days", "", due)
        return f"{first}, {second}"

    # -- editing -------------------------------------------------------------------------------
    def _combo(self, items, current) -> QComboBox:
        combo = QComboBox()
        for data, text in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        return combo

    def fields(self, row: CommunicationRow | None) -> list[Field]:
        org = self.page.ctx.org
        persons = [(None, self.tr("(nobody)"))] + [(p.id, p.name) for p in org.list_persons()]
        matrix = self.page.service.alignment(self.page.current_version_id())
        owners = [(None, self.tr("(this strategy)"))] + [(p.id, p.title) for p in matrix.projects]
        due_set = QCheckBox(self.tr("There is a fixed date"))
        # Optional in itself; the check box stays so that "no fixed date" is a clear choice.
        due_on = DateField(row.due_on if row and row.due_on else date.today())
        due_set.setChecked(bool(row and row.due_on))
        due_on.setEnabled(due_set.isChecked())
        due_set.toggled.connect(due_on.setEnabled)
        return [
            Field("audience", self.tr("A&udience:"), QLineEdit(row.audience if row else "")),
            Field(
                "purpose",
                self.tr("&Purpose:"),
                self._combo(
                    [(p, self.purpose_text(p)) for p in COMMUNICATION_PURPOSES],
                    row.purpose if row else "inform",
                ),
            ),
            Field(
                "key_message",
                self.tr("&Key message:"),
                text_box(row.key_message if row else "", height=70),
            ),
            Field("channel", self.tr("&Channel:"), QLineEdit(row.channel if row else "")),
            Field("due_set", self.tr("&Fixed date:"), due_set),
            Field("due_on", self.tr("Due &on:"), due_on),
            Field(
                "frequency",
                self.tr("Fre&quency:"),
                self._combo(
                    [(f, self.frequency_text(f)) for f in FREQUENCIES],
                    row.frequency if row else "once",
                ),
            ),
            Field(
                "responsible_id",
                self.tr("&Responsible:"),
                self._combo(persons, row.responsible_id if row else None),
            ),
            Field(
                "status",
                self.tr("&Status:"),
                self._combo(
                    [(s, self.status_text(s)) for s in COMMUNICATION_STATUSES],
                    row.status if row else "planned",
                ),
            ),
            Field(
                "feedback",
                self.tr("Feedbac&k received:"),
                text_box(row.feedback if row else "", height=70),
            ),
            Field(
                "project_id",
                self.tr("&Linked to:"),
                self._combo(owners, row.project_id if row else None),
            ),
        ]

    def _values(self, values: dict) -> dict:
        """Dialog values as the service takes them."""
        clean = dict(values)
        if not clean.pop("due_set"):
            clean["due_on"] = None
        clean["version_id"] = (
            self.page.current_version_id() if clean["project_id"] is None else None
        )
        return clean

    @staticmethod
    def replay(row: CommunicationRow) -> dict:
        return {
            "audience": row.audience,
            "purpose": row.purpose,
            "key_message": row.key_message,
            "channel": row.channel,
            "due_on": row.due_on,
            "frequency": row.frequency,
            "responsible_id": row.responsible_id,
            "status": row.status,
            "feedback": row.feedback,
            "version_id": row.version_id,
            "project_id": row.project_id,
        }

    def add(self) -> None:
        if not self._editable():
            return
        dialog = FormDialog(
            self.tr("New communication entry"),
            self.fields(None),
            lambda v: self.page.service.create_communication(**self._values(v)),
            self,
        )
        if not dialog.exec():
            return
        row: CommunicationRow = dialog.result_value
        self.page.push_trash(
            self.tr("New communication entry for {audience}").format(audience=row.audience),
            lambda: self.page.service.delete_communication(row.id),
            lambda batch: self.page.service.restore(batch),
        )
        self.panel.select_id(row.id)

    def edit(self, row: CommunicationRow) -> None:
        if not self._editable():
            return
        based_on = {"row": row}

        def save(v: dict) -> CommunicationRow:
            version = v.pop("expected_version", None)
            return self.page.service.update_communication(
                row.id, expected_version=version, **self._values(v)
            )

        def reload():
            # Someone else saved the entry meanwhile: show it, and hand the form its state.
            self.page.ctx.notify(Change.STRATEGY)
            try:
                fresh = self.page.service.get_communication(row.id)
            except DomainError:
                return None
            based_on["row"] = fresh
            return fresh.version, form_values(self.fields(fresh))

        dialog = FormDialog(
            self.tr("Edit communication entry"),
            self.fields(row),
            save,
            self,
            version=row.version,
            reload=reload,
        )
        if not dialog.exec():
            return
        new: CommunicationRow = dialog.result_value
        self.page.push_edit(
            self.tr("Edit communication entry for {audience}").format(audience=new.audience),
            FieldsApply(
                lambda: self.page.service.get_communication(row.id),
                lambda **fields: self.page.service.update_communication(row.id, **fields),
                self.replay(new),
            ),
            self.replay(based_on["row"]),
            self.replay(new),
        )
        self.panel.select_id(row.id)

    def delete(self, row: CommunicationRow) -> None:
        if not self._editable() or not confirm(
            self,
            self.tr("Delete communication entry"),
            self.tr("Delete the communication entry for “{audience}”?").format(
                audience=row.audience
            ),
        ):
            return
        try:
            batch = self.page.service.delete_communication(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.page.push_trash(
            self.tr("Delete communication entry for {audience}").format(audience=row.audience),
            lambda: self.page.service.delete_communication(row.id),
            self.page.service.restore,
            batch=batch,
        )

"""Measures page: the portfolio as table, board by step and timeline, and one measure's
detail with its 12 steps. New measures come from scratch, from a template, as a copy, or
from a finding of the check."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from digiwandel.charts.specs import timeline_spec
from digiwandel.domain import steps as step_rules
from digiwandel.domain.vocabulary import DRIVER_KEYS, PROJECT_STATUSES, TRAFFIC_LIGHTS
from digiwandel.services.drivers import DriverService
from digiwandel.services.errors import DomainError
from digiwandel.services.projects import PortfolioRow, ProjectService
from digiwandel.ui import project_texts as tx
from digiwandel.ui.charts import LazyChart
from digiwandel.ui.context import (
    AppContext,
    Change,
    FollowsChanges,
    format_date,
    show_error,
    ui_language,
)
from digiwandel.ui.dialogs.trash import TrashDialog
from digiwandel.ui.export import export_controls
from digiwandel.ui.forms import (
    combo,
    confirm,
    date_field,
    line,
    percent_text,
    text_box,
)
from digiwandel.ui.pages.project_board import ProjectBoard
from digiwandel.ui.pages.project_detail import PART, ProjectDetailView
from digiwandel.ui.table_fit import room_for_placeholder
from digiwandel.ui.widgets import (
    Column,
    Field,
    FormDialog,
    RowTableModel,
    buddy_label,
    local_shortcut,
)

if TYPE_CHECKING:
    from digiwandel.services.templates import TemplateService

LIGHT_ORDER = {"green": 0, "amber": 1, "red": 2}
ALL = "__all__"
TIMELINE_ROWS = 25  # the chart shows at most this many bars, so that their labels stay legible


class PortfolioFilter(QSortFilterProxyModel):
    """Filters by status, light, owner, goal and driver, plus a search over every column."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.choices: dict[str, object] = {}
        self.needle = ""
        self._texts: dict[int, str] = {}  # row id → its cells' text, for the search

    def setSourceModel(self, model) -> None:
        super().setSourceModel(model)
        model.modelReset.connect(self._texts.clear)

    def set_search(self, text: str) -> None:
        self.refilter(lambda: setattr(self, "needle", text.strip().casefold()))

    def _text(self, source_row: int, row: PortfolioRow) -> str:
        text = self._texts.get(row.id)
        if text is None:
            model = self.sourceModel()
            text = " ".join(
                str(model.data(model.index(source_row, column)) or "")
                for column in range(model.columnCount())
            ).casefold()
            self._texts[row.id] = text
        return text

    def refilter(self, change=None) -> None:
        """Apply a change of the filter settings (the Qt 6.10 way where available)."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            if change:
                change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            if change:
                change()
            self.invalidateFilter()

    def set_choice(self, key: str, value: object) -> None:
        self.refilter(lambda: self.choices.__setitem__(key, value))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts itself (fast); this proxy only filters and keeps its order.
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        row: PortfolioRow = self.sourceModel().row_at(source_row)
        c = self.choices
        if c.get("status", ALL) != ALL and row.status != c["status"]:
            return False
        if c.get("light", ALL) != ALL and row.light != c["light"]:
            return False
        if c.get("owner", ALL) != ALL and row.owner_id != c["owner"]:
            return False
        if c.get("goal", ALL) != ALL and c["goal"] not in row.goal_ids:
            return False
        if c.get("driver", ALL) != ALL and c["driver"] not in row.drivers:
            return False
        return not self.needle or self.needle in self._text(source_row, row)


class ProjectsPage(FollowsChanges, QWidget):
    # Owners, goals and findings appear in the portfolio and in a measure.
    listens = Change.PROJECTS | Change.ORGANISATION | Change.STRATEGY | Change.CHECK

    """The Measures part of the main window."""

    project_opened = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[PortfolioRow] = []
        self._stale_views: set[int] = set()
        self._list_stale = False  # data changed while a measure's detail was shown
        title = QLabel(self.tr("Measures"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Every digitalisation measure runs through the 12 steps of the method. "
                "Progress comes from the steps that are done or skipped; the traffic light "
                "is your own judgement, with a reason when it is amber or red."
            )
        )
        intro.setWordWrap(True)

        # -- actions -----------------------------------------------------------------------
        self.new_button = QPushButton(self.tr("&New measure…"))
        self.new_button.setToolTip(self.tr("Create a measure (Insert in the list)"))
        self.template_button = QPushButton(self.tr("From &template…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the selected measure (Enter)"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate…"))
        self.save_template_button = QPushButton(self.tr("Save as te&mplate…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Move the measure to the trash (Delete)"))
        self.trash_button = QPushButton(self.tr("Tr&ash…"))
        self.trash_button.setToolTip(self.tr("Restore deleted measures and records"))
        bar = QHBoxLayout()
        for button in (
            self.new_button,
            self.template_button,
            self.open_button,
            self.duplicate_button,
            self.save_template_button,
            self.delete_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.trash_button)
        self.new_button.clicked.connect(self.new_project)
        self.template_button.clicked.connect(self.new_from_template)
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.save_template_button.clicked.connect(self.save_as_template)
        self.delete_button.clicked.connect(self.delete)
        self.trash_button.clicked.connect(self.show_trash)

        # -- portfolio table ---------------------------------------------------------------
        self.model = RowTableModel(self._columns(), self)
        self.proxy = PortfolioFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Portfolio of measures"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fitting columns to thousands of rows would take long; a sample is enough.
        self.table.horizontalHeader().setResizeContentsPrecision(60)
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        local_shortcut(Qt.Key.Key_Insert, self.table, self.new_project)
        local_shortcut(QKeySequence.StandardKey.Delete, self.table, self.delete)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search measures"))
        self.search.setAccessibleName(self.tr("Search measures"))
        self.search.setClearButtonEnabled(True)
        room_for_placeholder(self.search)
        self.search.textChanged.connect(self._search)
        self.filters: dict[str, QComboBox] = {}
        # The search has a line of its own: beside five filters it would push the page
        # wider than a 1280-pixel screen.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addStretch(2)
        filter_row = QHBoxLayout()
        for key, label in (
            ("status", self.tr("Stat&us:")),
            ("light", self.tr("&Light:")),
            ("owner", self.tr("O&wner:")),
            ("goal", self.tr("&Goal:")),
            ("driver", self.tr("Dri&ver:")),
        ):
            box = QComboBox()
            box.setMinimumContentsLength(8)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.currentIndexChanged.connect(lambda _i, k=key: self._filter_changed(k))
            self.filters[key] = box
            filter_row.addWidget(buddy_label(label, box))
            filter_row.addWidget(box, 1)
        self.count_label = QLabel()
        portfolio = QWidget()
        portfolio_layout = QVBoxLayout(portfolio)
        portfolio_layout.addLayout(search_row)
        portfolio_layout.addLayout(filter_row)
        portfolio_layout.addWidget(self.table, 1)
        self.export_button = export_controls(self.table, self.tr("Measures"))
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, 1)
        count_row.addWidget(self.export_button)
        portfolio_layout.addLayout(count_row)

        # -- board and timeline ------------------------------------------------------------
        self.board = ProjectBoard()
        self.board.open_requested.connect(self.open_project)
        self.board.current_changed.connect(self._update_buttons)
        self.timeline = LazyChart(
            "digiwandel.charts.projects", "timeline_chart", minimum=(400, 200)
        )
        self.timeline_summary = QLabel()
        self.timeline_summary.setWordWrap(True)
        timeline = QWidget()
        timeline_layout = QVBoxLayout(timeline)
        timeline_layout.addWidget(self.timeline, 1)
        timeline_layout.addWidget(self.timeline_summary)

        self.views = QTabWidget()
        self.views.setAccessibleName(self.tr("Views of the portfolio"))
        self.views.addTab(portfolio, self.tr("&Table"))
        self.views.addTab(self.board, self.tr("&Board by step"))
        self.views.addTab(timeline, self.tr("T&imeline"))
        self.views.currentChanged.connect(lambda _i: self._view_changed())

        self.detail = ProjectDetailView(ctx)
        self.detail.back_requested.connect(self.show_list)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.views)
        self.stack.addWidget(self.detail)
        self.stack.currentChanged.connect(lambda _i: self._update_buttons())

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        ctx.database_changed.connect(self.show_list)
        self.follow_changes(ctx)
        self._update_buttons()

    # -- columns ---------------------------------------------------------------------------
    def _columns(self) -> list[Column]:
        lang = ui_language()
        return [
            Column(self.tr("Measure"), lambda r: r.title),
            Column(
                self.tr("Light"),
                lambda r: tx.light(r.light),
                sort_key=lambda r: LIGHT_ORDER.get(r.light, 0),
                decoration=lambda r: tx.light_colour(r.light),
            ),
            Column(self.tr("Status"), lambda r: tx.status(r.status)),
            Column(
                self.tr("Current step"),
                lambda r: tx.step_label(r.current_step, lang),
                sort_key=lambda r: r.current_step or 13,
            ),
            Column(
                self.tr("Progress"),
                lambda r: percent_text(r.progress),
                align_right=True,
                sort_key=lambda r: r.progress,
                export=lambda r: r.progress,
                kind="percent",
            ),
            Column(self.tr("Owner"), lambda r: r.owner_name),
            Column(
                self.tr("End"),
                lambda r: format_date(r.ends_on),
                sort_key=lambda r: r.ends_on.isoformat() if r.ends_on else "9999",
                export=lambda r: r.ends_on,
                kind="date",
            ),
            Column(
                self.tr("Budget planned"),
                lambda r: tx.money(r.budget_planned),
                align_right=True,
                sort_key=lambda r: r.budget_planned,
                export=lambda r: r.budget_planned,
                kind="money",
            ),
            Column(
                self.tr("Budget spent"),
                self.spent_text,
                align_right=True,
                sort_key=lambda r: r.budget_actual,
                export=lambda r: r.budget_actual,
                kind="money",
            ),
            Column(
                self.tr("Overdue tasks"),
                lambda r: f"⚠ {r.overdue_tasks}" if r.overdue_tasks else "0",
                align_right=True,
                sort_key=lambda r: r.overdue_tasks,
                export=lambda r: r.overdue_tasks,
                kind="integer",
            ),
        ]

    def spent_text(self, row: PortfolioRow) -> str:
        text = tx.money(row.budget_actual)
        if step_rules.over_budget(row.budget_planned, row.budget_actual):
            return "⚠ " + text + " " + self.tr("(over plan)")
        return text

    # -- services --------------------------------------------------------------------------
    @property
    def service(self) -> ProjectService:
        assert self.ctx.db is not None
        return ProjectService(self.ctx.db, ui_language())

    @property
    def templates(self) -> TemplateService:
        assert self.ctx.db is not None
        # Loaded on first use: reading template files needs the validator (pydantic).
        from digiwandel.services.templates import TemplateService

        return TemplateService(self.ctx.db, ui_language())

    def push(self, text: str, redo, undo) -> None:
        self.ctx.push(text, redo, undo, PART)
        self.ctx.notify(PART)

    def push_trash(self, text: str, delete, restore, *, batch: str | None = None) -> None:
        """Record a deletion to the trash (`batch`) or a creation (no batch), already saved."""
        self.ctx.push_trash(text, PART, delete, restore, batch=batch)

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        if self.ctx.db is None:
            self._rows = []
            self._list_stale = False
            self.model.set_rows([])
            self.board.set_rows([])
            self._update_buttons()
            return
        if self.stack.currentWidget() is self.detail:
            # Only the measure is on screen: the list waits until it is shown again.
            self._list_stale = True
            if self.detail.reload():
                return
            self.show_list()
            return
        self._reload_list()

    def _reload_list(self) -> None:
        self._list_stale = False
        keep = self.selected_id()
        self._rows = self.service.list_portfolio()
        first = self.model.rowCount() == 0
        self.model.set_rows(self._rows)
        if first and self._rows:  # fit once; later reloads keep the user's widths
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount() - 1):
                width = self.table.horizontalHeader().sectionSize(column)
                self.table.horizontalHeader().resizeSection(column, min(width + 12, 260))
        self._fill_filters()
        # Board and timeline are filled when they are shown: most visits use the table.
        self._stale_views = {1, 2}
        self._view_changed()
        if keep is not None:
            self.select(keep)
        elif self.proxy.rowCount():
            self.table.selectRow(0)  # so the actions work at once, from the keyboard too
        self._update_count()
        self._update_buttons()

    def _view_changed(self) -> None:
        index = self.views.currentIndex()
        if index in self._stale_views and self.ctx.db is not None:
            self._stale_views.discard(index)
            if index == 1:
                self.board.set_rows(self._rows)
            else:
                self._update_timeline()
        self._update_buttons()

    def _fill_filters(self) -> None:
        persons = sorted({(r.owner_id, r.owner_name) for r in self._rows if r.owner_id})
        goals = [
            (gid, f"{version}: {title}") for gid, version, title in self.service.goal_options()
        ]
        titles = DriverService(self.ctx.db, ui_language()).titles()
        options = {
            "status": [(s, tx.status(s)) for s in PROJECT_STATUSES],
            "light": [(k, tx.light(k)) for k in TRAFFIC_LIGHTS],
            "owner": [(pid, name) for pid, name in persons],
            "goal": goals,
            "driver": [(k, titles.get(k, k)) for k in DRIVER_KEYS],
        }
        for key, box in self.filters.items():
            keep = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("all"), ALL)
            for data, text in options[key]:
                box.addItem(text, data)
            index = box.findData(keep)
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)
            self.proxy.choices[key] = box.currentData()
        self.proxy.refilter()

    def _filter_changed(self, key: str) -> None:
        self.proxy.set_choice(key, self.filters[key].currentData())
        self._update_count()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n measure(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("{shown} of %n measure(s) shown", "", total).format(shown=shown)
            )

    def _update_timeline(self) -> None:
        if self.ctx.db is None:
            return
        rows = self.service.timeline(limit=TIMELINE_ROWS)
        if not rows:
            self.timeline.set_chart(None)
            self.timeline_summary.setText(self.tr("No measures yet."))
            return
        today = date.today()
        self.timeline.set_chart(timeline_spec(rows, today))
        running = sum(
            1
            for r in rows
            if r.starts_on and r.starts_on <= today and (r.ends_on is None or r.ends_on >= today)
        )
        text = self.tr("%n measure(s), {running} of them running today.", "", len(rows)).format(
            running=running
        )
        if len(self._rows) > len(rows):
            text += " " + self.tr(
                "The chart shows the first {shown} of {total} measures: running and planned "
                "ones first, by start date."
            ).format(shown=len(rows), total=len(self._rows))
        self.timeline_summary.setText(text)

    # -- selection -------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        if self.stack.currentWidget() is self.detail:
            return self.detail.project_id
        if self.views.currentIndex() == 1:
            row = self.board.current_row()
            return row.id if row else None
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row()).id

    def selected_row(self) -> PortfolioRow | None:
        ident = self.selected_id()
        return next((r for r in self._rows if r.id == ident), None)

    def select(self, project_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == project_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    self.table.setCurrentIndex(index)
                    self.table.scrollTo(index)
                return

    def _update_buttons(self) -> None:
        has_db = self.ctx.db is not None
        has = has_db and self.selected_id() is not None
        for button in (self.new_button, self.template_button, self.trash_button):
            button.setEnabled(has_db)
        self.export_button.setEnabled(has_db and self.model.rowCount() > 0)
        for button in (
            self.open_button,
            self.duplicate_button,
            self.save_template_button,
            self.delete_button,
        ):
            button.setEnabled(has)
        self.open_button.setVisible(self.stack.currentWidget() is not self.detail)

    # -- navigation ------------------------------------------------------------------------
    def open_selected(self) -> None:
        ident = self.selected_id()
        if ident is not None:
            self.open_project(ident)

    def open_project(self, project_id: int, step: int | None = None) -> None:
        if self.detail.show_project(project_id, step):
            self.stack.setCurrentWidget(self.detail)
            self.detail.stepper.setFocus()
            self.project_opened.emit(project_id)
        self._update_buttons()

    def show_list(self) -> None:
        ident = self.detail.project_id
        self.stack.setCurrentWidget(self.views)
        if self._list_stale:
            self.reload()  # the list is on screen now
        if ident is not None:
            self.select(ident)
        self.table.setFocus()
        self._update_buttons()

    # -- creating --------------------------------------------------------------------------
    def _created(self, detail, text: str) -> None:
        project_id = detail.id
        self.push_trash(
            text,
            lambda: self.service.delete_project(project_id),
            self.service.restore,
        )
        self.open_project(project_id)

    def new_project(self) -> None:
        if self.ctx.db is None:
            return
        self.detail.person_items(refresh=True)
        fields = self.detail.project_fields(None)
        dialog = FormDialog(
            self.tr("New measure"),
            fields,
            lambda v: self.service.create_project(**self.detail.project_values(v)),
            self,
            intro=self.detail.light_help(),
        )
        if dialog.exec():
            detail = dialog.result_value
            self._created(detail, self.tr("New measure “{title}”").format(title=detail.title))

    def new_from_template(self) -> None:
        if self.ctx.db is None:
            return
        templates = self.templates.list_templates()
        persons = self.detail.person_items(refresh=True)
        choice = combo(
            [(t.key, t.title) for t in templates], templates[0].key if templates else None
        )
        description = QLabel()
        description.setWordWrap(True)

        def describe(_index=None) -> None:
            t = next((t for t in templates if t.key == choice.currentData()), None)
            description.setText(t.description if t else "")

        choice.currentIndexChanged.connect(describe)
        describe()
        title = line()
        title.setPlaceholderText(self.tr("(the template's title)"))
        fields = [
            Field("template", self.tr("&Template:"), choice),
            Field("title", self.tr("&Title:"), title),
            Field("owner_id", self.tr("&Owner:"), combo(persons, None)),
            Field("starts_on", self.tr("&Start:"), date_field(None)),
            Field("ends_on", self.tr("&End:"), date_field(None)),
        ]

        def submit(v: dict):
            return self.templates.create_from_template(
                v["template"],
                title=v["title"].strip() or None,
                owner_id=v["owner_id"],
                starts_on=v["starts_on"],
                ends_on=v["ends_on"],
            )

        dialog = FormDialog(self.tr("New measure from a template"), fields, submit, self)
        dialog.layout().insertWidget(1, description)
        if dialog.exec():
            detail = dialog.result_value
            self._created(detail, self.tr("New measure “{title}”").format(title=detail.title))

    def duplicate(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        title = line(self.tr("{title} (copy)").format(title=row.title))
        dialog = FormDialog(
            self.tr("Duplicate measure"),
            [Field("title", self.tr("&Title of the copy:"), title)],
            lambda v: self.templates.duplicate_project(row.id, v["title"]),
            self,
            intro=self.tr(
                "The copy gets the description, drivers, goals, checklists, tasks, budget "
                "plan, stakeholders and success metrics; all steps start open again."
            ),
        )
        if dialog.exec():
            detail = dialog.result_value
            self._created(detail, self.tr("Duplicate “{title}”").format(title=row.title))

    def save_as_template(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = FormDialog(
            self.tr("Save as template"),
            [Field("title", self.tr("&Name of the template:"), line(row.title))],
            lambda v: self.templates.save_as_template(row.id, v["title"]),
            self,
            intro=self.tr(
                "The template keeps the description, drivers, your own checklist entries, "
                "tasks, budget lines and success metrics – no dates, people or results."
            ),
        )
        if not dialog.exec():
            return
        template = dialog.result_value
        state = {"key": template.key}

        def undo():
            self.templates.delete_template(state["key"])

        def redo():
            state["key"] = self.templates.save_as_template(row.id, template.title).key

        self.push(self.tr("Save template “{title}”").format(title=template.title), redo, undo)
        self.ctx.status_message.emit(
            self.tr("Template “{title}” saved.").format(title=template.title)
        )

    def delete(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if not confirm(
            self,
            self.tr("Delete measure"),
            self.tr(
                "Move the measure “{title}” with its steps, tasks and records to the trash? "
                "You can restore it from there or undo with Ctrl+Z."
            ).format(title=row.title),
        ):
            return
        try:
            batch = self.service.delete_project(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        if self.stack.currentWidget() is self.detail:
            self.show_list()
        self.push_trash(
            self.tr("Delete measure “{title}”").format(title=row.title),
            lambda: self.service.delete_project(row.id),
            self.service.restore,
            batch=batch,
        )

    def show_trash(self) -> None:
        if self.ctx.db is not None:
            TrashDialog(self.ctx, self).exec()

    # -- from a finding of the check -------------------------------------------------------
    def create_from_finding(
        self, assessment_id: int | None, choices: list[tuple[str, str, str]]
    ) -> bool:
        """Ask for title, goal and owner, then create a measure from a finding or
        recommendation; `choices` are (finding key, title, description)."""
        if self.ctx.db is None or not choices:
            return False
        goals: list[tuple[int | None, str]] = [(None, self.tr("(no goal)"))]
        goals += [
            (gid, f"{version}: {title}") for gid, version, title in self.service.goal_options()
        ]
        persons = self.detail.person_items(refresh=True)
        source = combo([(key, text) for key, text, _d in choices], choices[0][0])
        title = line(choices[0][1])
        description = text_box(choices[0][2])

        def prefill(_index=None) -> None:
            for key, text, desc in choices:
                if key == source.currentData():
                    title.setText(text)
                    description.setPlainText(desc)

        source.currentIndexChanged.connect(prefill)
        fields = [
            Field("finding_key", self.tr("&Based on:"), source),
            Field("title", self.tr("&Title:"), title),
            Field("description", self.tr("&Description (SMART):"), description),
            Field("goal_id", self.tr("Strategic &goal:"), combo(goals, None)),
            Field("owner_id", self.tr("&Owner:"), combo(persons, None)),
        ]
        dialog = FormDialog(
            self.tr("Create a measure from the check"),
            fields,
            lambda v: self.templates.create_from_finding(assessment_id=assessment_id, **v),
            self,
            intro=self.tr(
                "The measure remembers the finding it came from; sharpen the description "
                "so that it is specific, measurable and has a date."
            ),
        )
        if not dialog.exec():
            return False
        detail = dialog.result_value
        self._created(detail, self.tr("New measure “{title}”").format(title=detail.title))
        return True

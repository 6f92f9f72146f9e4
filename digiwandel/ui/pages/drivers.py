"""Drivers page (Treiber): how relevant each technology is, how far it is used, examples.

The portfolio chart needs matplotlib, which must not load at start-up: it is imported only
when the chart first becomes visible (or changes while visible).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from digiwandel.services.drivers import DriverExample, DriverRow, DriverService
from digiwandel.services.errors import DomainError, StaleEditError
from digiwandel.ui.charts import LazyChart
from digiwandel.ui.context import (
    AppContext,
    Change,
    FollowsChanges,
    error_text,
    ui_language,
)
from digiwandel.ui.export import export_controls
from digiwandel.ui.table_fit import room_for_placeholder
from digiwandel.ui.widgets import Column, FieldError, RowTableModel, buddy_label

PART = Change.DRIVERS
# Relevance or use of at least this much counts as "high", at most LOW_USE as "little".
HIGH_RELEVANCE = 2
LOW_USE = 1


# -- ratings ---------------------------------------------------------------------------------


def _shortened(text: str, limit: int = 200) -> str:
    """Long notes cut for a message (the whole text is in the table)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class RatingsModel(QAbstractTableModel):
    """The nine drivers with relevance, current use and notes; edits go to `commit`."""

    DRIVER, RELEVANCE, USE, NOTES = range(4)
    FIELDS: ClassVar[dict[int, str]] = {RELEVANCE: "relevance", USE: "current_use", NOTES: "notes"}
    COLUMN_OF: ClassVar[dict[str, int]] = {field: c for c, field in FIELDS.items()}

    def __init__(
        self,
        headers: Sequence[str],
        scale: Sequence[str],
        commit: Callable[[DriverRow, str, Any], bool],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self.scale = list(scale)  # scale[value] is the text for that value
        self._commit = commit
        self._rows: list[DriverRow] = []
        # Notes refused because another PC changed the rating, by driver key: the editor
        # that opens next on that row's notes starts with them, so they can be saved again.
        self.drafts: dict[str, str] = {}

    def set_rows(self, rows: Sequence[DriverRow]) -> None:
        rows = list(rows)
        if rows and [r.key for r in rows] == [r.key for r in self._rows]:
            # Same drivers: update in place, so an open editor, the selection and the
            # current cell survive (this also runs while the view commits an edit).
            self._rows = rows
            last = self.index(len(rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[DriverRow]:
        return list(self._rows)

    def row_at(self, row: int) -> DriverRow:
        return self._rows[row]

    def scale_text(self, value: int) -> str:
        return self.scale[value] if 0 <= value < len(self.scale) else str(value)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def _value(self, row: DriverRow, column: int) -> Any:
        if column == self.DRIVER:
            return row.title
        return getattr(row, self.FIELDS[column])

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        value = self._value(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column in (self.RELEVANCE, self.USE):
                return self.scale_text(value)
            if column == self.NOTES:
                return " ".join(value.split())  # one line in the table
            return value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DRIVER:
                return row.description
            if column == self.NOTES:
                return value or None
            return self.scale_text(value)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() != self.DRIVER:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = self.FIELDS.get(index.column())
        if field is None:
            return False
        if field == "notes":
            value = "" if value is None else str(value)
        else:
            try:
                value = int(value)
            except (TypeError, ValueError):
                return False
        return self._commit(self._rows[index.row()], field, value)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def _editor_name(index: QModelIndex) -> str:
    """ "Relevance, Robotics": what a screen reader announces for an open editor."""
    header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
    driver = index.siblingAtColumn(RatingsModel.DRIVER).data()
    return f"{header}, {driver}"


class ScaleDelegate(QStyledItemDelegate):
    """A combo box with "0 – none" … "3 – high"; choosing an entry saves it."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for value, text in enumerate(index.model().scale):
            combo.addItem(text, value)
        combo.setAccessibleName(_editor_name(index))
        combo.activated.connect(lambda _i, c=combo: self._finish(c))
        # Open the list at once: one double-click (or F2/Enter) and one choice.
        QTimer.singleShot(0, combo, combo.showPopup)
        return combo

    def _finish(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NotesDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        edit = QLineEdit(parent)
        edit.setAccessibleName(_editor_name(index))
        return edit

    def setEditorData(self, editor: QLineEdit, index: QModelIndex) -> None:
        model = index.model()
        draft = model.drafts.pop(model.row_at(index.row()).key, None)
        editor.setText(draft if draft is not None else index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QLineEdit, model, index: QModelIndex) -> None:
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class RatingsView(QTableView):
    """Arrows move between cells, F2 or Enter edits, Tab leaves the table."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
            and index.isValid()
            and index.flags() & Qt.ItemFlag.ItemIsEditable
        ):
            self.edit(index)
            return
        super().keyPressEvent(event)


# -- chart -----------------------------------------------------------------------------------


def chart_panel() -> LazyChart:
    """The portfolio chart; built only while visible (matplotlib loads late)."""
    panel = LazyChart("digiwandel.charts.maturity", "portfolio_chart", minimum=(300, 260))
    panel.setMinimumSize(340, 300)
    return panel


# -- examples --------------------------------------------------------------------------------


class ExampleFilter(QSortFilterProxyModel):
    """Search text over all columns, plus an optional driver."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.driver: str | None = None
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.setSortLocaleAware(True)

    def set_driver(self, key: str | None) -> None:
        self.beginFilterChange()
        self.driver = key
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if self.driver and self.sourceModel().row_at(source_row).driver_key != self.driver:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


# -- the page --------------------------------------------------------------------------------


class DriversPage(FollowsChanges, QWidget):
    listens = Change.DRIVERS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Drivers"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Technologies such as online platforms, artificial intelligence or robotics "
                "drive digital change in the social sector. Rate how relevant each driver is "
                "for your organisation and how far you already use it. The chart shows where "
                "to act: relevant drivers that are hardly used yet appear at the top left."
            )
        )
        intro.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Driver sections"))
        self.tabs.addTab(self._build_ratings(), self.tr("Rating and &chart"))
        self.tabs.addTab(self._build_examples(), self.tr("E&xamples"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)

        # Why the last entry was refused (another PC changed the rating), for that database.
        self._notice = ""
        self._notice_db = None
        # Undo and redo of the rating changes, one per driver key (see `_commit`).
        self.follow_changes(ctx)

    # -- building ------------------------------------------------------------------------------
    def _build_ratings(self) -> QWidget:
        self.scale = [
            self.tr("0 – none"),
            self.tr("1 – low"),
            self.tr("2 – medium"),
            self.tr("3 – high"),
        ]
        self.ratings = RatingsModel(
            [self.tr("Driver"), self.tr("Relevance"), self.tr("Current use"), self.tr("Notes")],
            self.scale,
            self._commit,
            self,
        )
        view = self.ratings_view = RatingsView()
        view.setModel(self.ratings)
        view.setItemDelegateForColumn(RatingsModel.RELEVANCE, ScaleDelegate(view))
        view.setItemDelegateForColumn(RatingsModel.USE, ScaleDelegate(view))
        view.setItemDelegateForColumn(RatingsModel.NOTES, NotesDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.setTabKeyNavigation(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        # As tall as its nine rows, so the description follows right below.
        view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.selectionModel().currentRowChanged.connect(self._show_description)
        self.ratings.modelReset.connect(self._fit_rating_columns)
        table_label = buddy_label(self.tr("&Ratings per driver:"), view)
        self.rating_error = FieldError(view)

        hint = QLabel(
            self.tr(
                "Double-click a cell, or press F2 or Enter, to change it. Every change is "
                "saved at once; Ctrl+Z undoes it."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.RichText)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description.setMinimumHeight(self.fontMetrics().height() * 5)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(table_label)
        left_layout.addWidget(view)
        left_layout.addWidget(self.rating_error)
        left_layout.addWidget(hint)
        left_layout.addSpacing(6)
        left_layout.addWidget(self.description)
        left_layout.addStretch(1)

        chart_title = QLabel(self.tr("Portfolio: relevance and current use"))
        chart_title.setStyleSheet("font-weight: 600;")
        self.chart = chart_panel()
        self.chart_text = QLabel()
        self.chart_text.setWordWrap(True)
        self.chart_text.setTextFormat(Qt.TextFormat.PlainText)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(chart_title)
        right_layout.addWidget(self.chart, 1)
        right_layout.addWidget(self.chart_text)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 400])
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(splitter)
        return box

    def _build_examples(self) -> QWidget:
        self.examples = RowTableModel(
            [
                Column(self.tr("Name"), lambda e: e.name),
                Column(self.tr("Driver"), lambda e: e.driver_title),
                Column(self.tr("Field of work"), lambda e: e.field),
                Column(self.tr("Description"), lambda e: e.description),
            ],
            self,
        )
        self.examples_proxy = ExampleFilter(self)
        self.examples_proxy.setSourceModel(self.examples)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search examples"))
        self.search.setAccessibleName(self.tr("Search examples"))
        self.search.setClearButtonEnabled(True)
        room_for_placeholder(self.search)
        self.search.textChanged.connect(self.examples_proxy.setFilterFixedString)
        self.driver_filter = QComboBox()
        self.driver_filter.currentIndexChanged.connect(self._filter_driver)
        self.example_count = QLabel()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addSpacing(12)
        bar.addWidget(buddy_label(self.tr("&Driver:"), self.driver_filter))
        bar.addWidget(self.driver_filter, 1)
        bar.addSpacing(12)
        bar.addWidget(self.example_count)
        bar.addStretch(1)

        view = self.examples_view = QTableView()
        view.setAccessibleName(self.tr("Examples"))
        view.setModel(self.examples_proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.selectionModel().currentRowChanged.connect(self._show_example)
        bar.addWidget(export_controls(view, self.tr("Examples of digital solutions")))
        self.examples.modelReset.connect(self._fit_example_columns)
        for signal in (
            self.examples_proxy.rowsInserted,
            self.examples_proxy.rowsRemoved,
            self.examples_proxy.modelReset,
            self.examples_proxy.layoutChanged,
        ):
            signal.connect(self._update_count)

        self.example_detail = QLabel()
        self.example_detail.setWordWrap(True)
        self.example_detail.setTextFormat(Qt.TextFormat.RichText)
        self.example_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.example_detail.setMinimumHeight(self.fontMetrics().height() * 5)

        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addLayout(bar)
        layout.addWidget(view, 1)
        layout.addWidget(self.example_detail)
        return box

    # -- loading -------------------------------------------------------------------------------
    def _service(self) -> DriverService:
        assert self.ctx.db is not None
        return DriverService(self.ctx.db, ui_language())

    def reload(self) -> None:
        has_db = self.ctx.db is not None
        self.tabs.setEnabled(has_db)
        if self._notice_db is not self.ctx.db:
            self._notice, self._notice_db = "", None
        # An entry refused for another PC's change stays explained until the next save.
        if self._notice:
            self.rating_error.show_message(self._notice)
        else:
            self.rating_error.clear_message()
        service = self._service() if has_db else None
        self.ratings.set_rows(service.list_ratings() if service else [])
        if self.ratings.rowCount() and not self.ratings_view.currentIndex().isValid():
            self.ratings_view.setCurrentIndex(self.ratings.index(0, RatingsModel.DRIVER))
        self._show_description()
        self._update_chart()
        if service is None:
            self.examples.set_rows([])
            self._fill_driver_filter({})
        elif not self.examples.rowCount():  # the catalog does not change while running
            self._fill_driver_filter(service.titles())
            self.examples.set_rows(service.examples())
        self._update_count()
        self._show_example()

    def _fill_driver_filter(self, titles: dict[str, str]) -> None:
        combo = self.driver_filter
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All drivers"), None)
        for key, text in titles.items():
            combo.addItem(text, key)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
        self.examples_proxy.set_driver(None)

    def _fit_rating_columns(self) -> None:
        view = self.ratings_view
        header = view.horizontalHeader()
        metrics = self.fontMetrics()
        view.resizeColumnToContents(RatingsModel.DRIVER)
        header.resizeSection(
            RatingsModel.DRIVER, min(header.sectionSize(RatingsModel.DRIVER) + 8, 240)
        )
        # Room for the widest entry of the combo box that opens in these cells.
        widest = max(metrics.horizontalAdvance(text) for text in self.scale)
        for column in (RatingsModel.RELEVANCE, RatingsModel.USE):
            title = metrics.horizontalAdvance(
                self.ratings.headerData(column, Qt.Orientation.Horizontal)
            )
            header.resizeSection(column, max(widest + 30, title + 20))

    def _fit_example_columns(self) -> None:
        view = self.examples_view
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 12, 260))

    # -- ratings -------------------------------------------------------------------------------
    def _commit(self, row: DriverRow, field: str, value: Any) -> bool:
        """Save one edited cell at once and record it for undo; False if refused."""
        if self.ctx.db is None:
            return False
        old = getattr(row, field)
        unchanged = value.strip() == old if isinstance(value, str) else value == old
        if unchanged:
            self._notice = ""
            self.rating_error.clear_message()
            return True
        try:
            # Based on the rating shown: refused when another PC changed it since.
            saved = self._service().rate(row.key, expected_version=row.version, **{field: value})
        except StaleEditError as exc:
            self._refused(row, field, value, exc)
            return False
        except DomainError as exc:
            self.rating_error.show_message(error_text(exc))
            return False
        self._notice = ""
        self.rating_error.clear_message()
        new = getattr(saved, field)
        texts = {
            "relevance": self.tr("Change relevance of “{driver}”"),
            "current_use": self.tr("Change current use of “{driver}”"),
            "notes": self.tr("Change notes on “{driver}”"),
        }
        key = row.key
        # Undo and redo are based on the version this save left: neither overwrites a
        # change another PC made after it.
        apply = self.ctx.row_appliers.get(
            ("driver rating", key),
            lambda **fields: self._service().rate(key, **fields),
            saved.version,
        )
        self.ctx.push(
            texts[field].format(driver=row.title),
            lambda: apply({field: new}),
            lambda: apply({field: old}),
            PART,
        )
        self.ctx.notify(PART)
        self.ctx.status_message.emit(self.tr("Saved."))
        return True

    def _refused(self, row: DriverRow, field: str, value: Any, exc: StaleEditError) -> None:
        """Another PC changed this driver's rating since the page was filled: show the
        stored rating and keep the user's entry, so that it can be saved again (based on
        the rating now shown)."""
        key = row.key
        if field == "notes":
            self.ratings.drafts[key] = value

        def show() -> None:  # not while the view commits its editor
            self.reload()
            position = next((i for i, r in enumerate(self.ratings.rows()) if r.key == key), None)
            if position is None:
                return
            stored = self.ratings.row_at(position)
            index = self.ratings.index(position, self.ratings.COLUMN_OF[field])
            if field == "notes":
                self.ratings_view.setCurrentIndex(index)
                reopened = self.ratings_view.edit(
                    index, QAbstractItemView.EditTrigger.AllEditTriggers, None
                )
                if reopened:
                    advice = self.tr(
                        "Saved by someone else in the meantime: “{theirs}”. Your notes are "
                        "still in the cell: press Enter to save them in place of the other "
                        "ones, or Esc to keep the other ones."
                    ).format(theirs=_shortened(stored.notes))
                else:
                    self.ratings.drafts.pop(key, None)
                    advice = self.tr(
                        "Your notes on “{driver}” were not saved: “{mine}”. Enter them again "
                        "to put them in place of the notes shown now."
                    ).format(driver=row.title, mine=value)
            else:
                advice = self.tr(
                    "Your choice “{mine}” for “{driver}” was not saved; choose it again to "
                    "put it in place of the value shown now ({theirs})."
                ).format(
                    mine=self.ratings.scale_text(value),
                    driver=row.title,
                    theirs=self.ratings.scale_text(getattr(stored, field)),
                )
            self._notice = error_text(exc) + " " + advice
            self._notice_db = self.ctx.db
            self.rating_error.show_message(self._notice)

        QTimer.singleShot(0, show)

    def _show_description(self, *_args) -> None:
        index = self.ratings_view.currentIndex()
        if not index.isValid():
            self.description.clear()
            return
        row = self.ratings.row_at(index.row())
        self.description.setText(
            f"<b>{html.escape(row.title)}</b><br>{html.escape(row.description)}"
        )

    def _update_chart(self) -> None:
        rows = self.ratings.rows()
        if not rows:
            self.chart.set_chart(None)
            self.chart_text.clear()
            return
        rated = [r for r in rows if r.rated_on is not None]
        act = sorted(
            (r for r in rated if r.relevance >= HIGH_RELEVANCE and r.current_use <= LOW_USE),
            key=lambda r: r.current_use - r.relevance,
        )
        lines = []
        if not rated:
            lines.append(
                self.tr("No driver has been rated yet; the chart fills in as you rate them.")
            )
        else:
            names = ", ".join(r.title for r in act) if act else self.tr("none")
            lines.append(self.tr("High relevance, little used: {drivers}.").format(drivers=names))
            unrated = [r.title for r in rows if r.rated_on is None]
            if unrated:
                lines.append(
                    self.tr("Not rated yet, so not in the chart: {drivers}.").format(
                        drivers=", ".join(unrated)
                    )
                )
        self.chart_text.setText("\n".join(lines))
        self.chart.set_chart(
            {
                "points": [(r.title, float(r.current_use), float(r.relevance)) for r in rated],
                "x_label": self.tr("Current use (0 = none, 3 = high)"),
                "y_label": self.tr("Relevance (0 = none, 3 = high)"),
                "quadrant_labels": (
                    self.tr("Act here"),
                    self.tr("Build on it"),
                    self.tr("Keep an eye on it"),
                    self.tr("Check the benefit"),
                ),
                "figsize": (5.0, 4.2),
                "name": self.tr("Portfolio chart of the drivers"),
                "description": self.tr(
                    "Each rated driver is a point: current use to the right, relevance "
                    "upwards. The same values are in the table."
                ),
            }
        )

    # -- examples ------------------------------------------------------------------------------
    def _filter_driver(self, _index: int) -> None:
        self.examples_proxy.set_driver(self.driver_filter.currentData())

    def _update_count(self, *_args) -> None:
        total = self.examples.rowCount()
        shown = self.examples_proxy.rowCount()
        if not total:
            self.example_count.clear()
        elif not shown:
            self.example_count.setText(self.tr("No example matches."))
        else:
            self.example_count.setText(
                self.tr("{shown} of {total} examples").format(shown=shown, total=total)
            )

    def _show_example(self, *_args) -> None:
        index = self.examples_view.currentIndex()
        if not index.isValid():
            text = self.tr("Select an example to read its description.")
            self.example_detail.setText(html.escape(text) if self.examples.rowCount() else "")
            return
        example: DriverExample = self.examples.row_at(self.examples_proxy.mapToSource(index).row())
        facts = " · ".join(part for part in (example.driver_title, example.field) if part)
        self.example_detail.setText(
            f"<b>{html.escape(example.name)}</b> ({html.escape(facts)})<br>"
            f"{html.escape(example.description)}"
        )

"""Strategy page: identity, strategy versions, goals with indicators, alignment with
measures, the digital team and the communication plan.

The page owns the choice of strategy version; every tab shows that version and reloads
when it or the data changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from digiwandel.services.strategy import StrategyService, VersionRow
from digiwandel.ui.context import AppContext, Change, FollowsChanges
from digiwandel.ui.widgets import buddy_label

PART = Change.STRATEGY


class StrategyPage(FollowsChanges, QWidget):
    # Persons, areas and measures appear in goals, the team and the alignment.
    listens = Change.STRATEGY | Change.ORGANISATION | Change.PROJECTS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._versions: list[VersionRow] = []
        self._generation = 0  # counts reloads: see _load_current_tab
        title = QLabel(self.tr("Strategy"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Write down who you are and where you want to go: identity, a digital "
                "strategy with measurable goals, the digital team and how you communicate. "
                "The board adopts a version; the next one starts as a copy."
            )
        )
        intro.setWordWrap(True)
        self.version_combo = QComboBox()
        self.version_combo.setMinimumWidth(320)
        self.version_state = QLabel()
        self.version_state.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("Strategy versio&n:"), self.version_combo))
        top.addWidget(self.version_combo)
        top.addWidget(self.version_state, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Strategy sections"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._build_tabs()
        self.version_combo.currentIndexChanged.connect(lambda _i: self._version_changed())
        self.tabs.currentChanged.connect(lambda _i: self._load_current_tab())
        self.follow_changes(ctx)

    def _build_tabs(self) -> None:
        # Each tab is a widget with load(); tabs are imported here so that a tab module
        # can use the page's helpers without a circular import at module level.
        from digiwandel.ui.pages import strategy_tabs

        for tab, label in strategy_tabs.create_tabs(self):
            self.tabs.addTab(tab, label)

    # -- shared state for the tabs -------------------------------------------------------------
    @property
    def service(self) -> StrategyService:
        assert self.ctx.db is not None
        return StrategyService(self.ctx.db)

    def current_version(self) -> VersionRow | None:
        index = self.version_combo.currentIndex()
        return self._versions[index] if 0 <= index < len(self._versions) else None

    def current_version_id(self) -> int | None:
        version = self.current_version()
        return version.id if version else None

    def select_version(self, version_id: int | None) -> None:
        for index, version in enumerate(self._versions):
            if version.id == version_id:
                self.version_combo.setCurrentIndex(index)
                return

    def show_goal(self, goal_id: int) -> None:
        """The goals tab with `goal_id` selected (of the version shown)."""
        from digiwandel.ui.pages.strategy_goals import GoalsTab

        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if isinstance(tab, GoalsTab):
                self.tabs.setCurrentIndex(index)  # loads the tab
                if goal_id:
                    tab.goals.select_id(goal_id)
                tab.goals.view.setFocus()
                return

    def push(self, text: str, redo, undo) -> None:
        """Record an already saved edit for undo and let every tab reload."""
        self.ctx.push(text, redo, undo, PART)
        self.ctx.notify(PART)

    def push_trash(self, text: str, delete, restore, *, batch: str | None = None) -> None:
        """Record a deletion to the trash (`batch`) or a creation (no batch), already saved."""
        self.ctx.push_trash(text, PART, delete, restore, batch=batch)

    def push_edit(self, text: str, apply, old: dict, new: dict) -> None:
        """Record changed fields, already saved: undo applies `old`, redo `new`."""
        self.ctx.push_edit(text, PART, apply, old, new)

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        keep = self.current_version_id()
        self._versions = self.service.list_versions() if self.ctx.db else []
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for version in self._versions:
            self.version_combo.addItem(self._version_label(version), version.id)
        self.version_combo.blockSignals(False)
        if keep is not None and any(v.id == keep for v in self._versions):
            self.select_version(keep)
        elif self._versions:
            self.select_version(self._default_version().id)
        self._version_changed()

    def _default_version(self) -> VersionRow:
        """The newest draft being worked on, else the newest adopted, else the newest."""
        for status in ("draft", "adopted"):
            for version in self._versions:  # newest first
                if version.status == status:
                    return version
        return self._versions[0]

    def _version_label(self, version: VersionRow) -> str:
        status = {
            "draft": self.tr("draft"),
            "adopted": self.tr("adopted"),
            "archived": self.tr("archived"),
        }.get(version.status, version.status)
        return f"{version.title} ({status})"

    def _version_changed(self) -> None:
        version = self.current_version()
        if version is None:
            self.version_state.setText(
                self.tr("No strategy yet: start with the tab “Versions”.") if self.ctx.db else ""
            )
        elif version.status == "adopted":
            self.version_state.setText(
                self.tr(
                    "Adopted: goals and indicators are fixed. Measurements, the team and the "
                    "communication plan can still be recorded."
                )
            )
        elif version.status == "archived":
            self.version_state.setText(self.tr("Archived: this version can no longer be changed."))
        else:
            self.version_state.setText(self.tr("Draft: changes are saved at once."))
        self._load_current_tab()

    def _load_current_tab(self) -> None:
        # A tab reloads only when the data or the version shown changed since it last
        # loaded: switching back to a tab costs no query (the page's reload() counts up
        # the generation on every change another page or PC made).
        tab = self.tabs.currentWidget()
        if tab is None or not hasattr(tab, "load"):
            return
        shown = (self._generation, self.current_version_id())
        if getattr(tab, "loaded_for", None) == shown:
            return
        tab.load()
        tab.loaded_for = shown

    def showEvent(self, event) -> None:
        stale = self._stale
        super().showEvent(event)  # a stale page reloads, which loads the current tab too
        if not stale:
            self._load_current_tab()

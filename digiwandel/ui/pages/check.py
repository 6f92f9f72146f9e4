"""Digitalisierungscheck page: assessments, respondents, paper entry, targets, results."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from digiwandel.domain.question_order import numbered_questions
from digiwandel.services.check import AnswerRow, AssessmentRow, RespondentRow
from digiwandel.services.errors import DomainError, StaleEditError
from digiwandel.ui import check_texts
from digiwandel.ui.context import (
    AppContext,
    Change,
    FollowsChanges,
    error_text,
    format_date,
    show_error,
)
from digiwandel.ui.dialogs.survey import SurveyDialog
from digiwandel.ui.forms import DateField, confirm, input_number_text, parse_number
from digiwandel.ui.pages.check_results import ResultsView
from digiwandel.ui.widgets import (
    Column,
    Field,
    FormDialog,
    ListPanel,
    RowTableModel,
    local_shortcut,
)

PART = Change.CHECK


def status_text(status: str) -> str:
    return {
        "draft": QCoreApplication.translate("CheckPage", "in progress"),
        "completed": QCoreApplication.translate("CheckPage", "completed"),
    }.get(status, status)


class RespondentsTab(QWidget):
    def __init__(self, page: CheckPage) -> None:
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        yes, no = self.tr("yes"), self.tr("no")
        self.model = RowTableModel(
            [
                Column(self.tr("No."), lambda r: r.number, align_right=True),
                Column(self.tr("Area"), lambda r: r.area_name or self.tr("(none)")),
                Column(self.tr("Level"), lambda r: r.level_name or self.tr("(none)")),
                Column(self.tr("Name"), lambda r: r.name or self.tr("anonymous")),
                Column(
                    self.tr("Answered"),
                    lambda r: self.tr("{answered} of {total}").format(
                        answered=r.answered, total=r.total
                    ),
                ),
                Column(self.tr("Finished"), lambda r: yes if r.finished else no),
            ],
            self,
        )
        self.survey_button = QPushButton(self.tr("&Start survey…"))
        self.survey_button.setToolTip(
            self.tr("The selected person answers the questions on this computer")
        )
        self.panel = ListPanel(
            self.model,
            name=self.tr("Respondents"),
            add_text=self.tr("&New person…"),
            edit_text=self.tr("E&dit…"),
            delete_text=self.tr("&Delete…"),
            extra_buttons=[self.survey_button],
        )
        intro = QLabel(
            self.tr(
                "Everyone who answers gets an answer sheet here, one after another, on this "
                "computer. Answers are anonymous unless you enter a name; area and level "
                "are used to compare views."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.panel)
        self.panel.add_requested.connect(self.add)
        self.panel.edit_requested.connect(self.edit)
        self.panel.delete_requested.connect(self.delete)
        self.survey_button.clicked.connect(self.start_survey)
        self.panel.view.selectionModel().selectionChanged.connect(self._update)
        self.model.modelReset.connect(self._update)

    def _update(self, *_args) -> None:
        self.survey_button.setEnabled(self.panel.current() is not None and self.page.is_draft())

    def load(self) -> None:
        ident = self.page.current_id()
        self.model.set_rows(self.ctx.check.list_respondents(ident) if ident else [])
        draft = self.page.is_draft()
        self.panel.add_button.setEnabled(draft)
        self._update()

    def _fields(self, row: RespondentRow | None) -> list[Field]:
        area = QComboBox()
        area.addItem(self.tr("(no area)"), None)
        for a in self.ctx.org.list_areas():
            area.addItem(a.name, a.id)
        level = QComboBox()
        level.addItem(self.tr("(no level)"), None)
        for lv in self.ctx.org.list_levels():
            level.addItem(lv.name, lv.id)
        name = QLineEdit(row.name if row else "")
        name.setPlaceholderText(self.tr("leave empty to stay anonymous"))
        if row:
            area.setCurrentIndex(max(0, area.findData(row.area_id)))
            level.setCurrentIndex(max(0, level.findData(row.level_id)))
        return [
            Field("area_id", self.tr("&Area:"), area),
            Field("level_id", self.tr("&Level:"), level),
            Field("name", self.tr("&Name (optional):"), name),
        ]

    def add(self) -> None:
        ident = self.page.current_id()
        if ident is None or not self.page.is_draft():
            return
        fields = self._fields(None)
        start_now = QCheckBox(self.tr("Start the survey for this person right away"))
        start_now.setChecked(True)
        fields.append(Field("start", self.tr("&Survey:"), start_now))
        check = self.ctx.check

        def submit(v):
            return check.add_respondent(ident, v["area_id"], v["level_id"], v["name"])

        dialog = FormDialog(self.tr("New answer sheet"), fields, submit, self)
        if not dialog.exec():
            return
        row: RespondentRow = dialog.result_value
        self.ctx.push_trash(
            self.tr("Add answer sheet"),
            PART,
            lambda: check.delete_respondent(row.id),
            check.restore,
        )
        self.panel.select_id(row.id)
        if start_now.isChecked():
            self.run_survey(row)

    def edit(self, row: RespondentRow) -> None:
        if not self.page.is_draft():
            return
        check = self.ctx.check
        dialog = FormDialog(
            self.tr("Edit answer sheet"),
            self._fields(row),
            lambda v: check.update_respondent(row.id, v["area_id"], v["level_id"], v["name"]),
            self,
        )
        if not dialog.exec():
            return
        new: RespondentRow = dialog.result_value
        self.ctx.push(
            self.tr("Edit answer sheet"),
            lambda: check.update_respondent(row.id, new.area_id, new.level_id, new.name),
            lambda: check.update_respondent(row.id, row.area_id, row.level_id, row.name),
            PART,
        )
        self.ctx.notify(PART)

    def delete(self, row: RespondentRow) -> None:
        if not self.page.is_draft():
            return
        if not confirm(
            self,
            self.tr("Delete answer sheet"),
            self.tr(
                "Delete the answer sheet of person {number} with %n answer(s)? "
                "It goes to the trash; Ctrl+Z brings it back.",
                "",
                row.answered,
            ).format(number=row.number),
        ):
            return
        check = self.ctx.check
        try:
            batch = check.delete_respondent(row.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.ctx.push_trash(
            self.tr("Delete answer sheet"),
            PART,
            lambda: check.delete_respondent(row.id),
            check.restore,
            batch=batch,
        )

    def start_survey(self) -> None:
        row = self.panel.current()
        if row is not None:
            self.run_survey(row)

    def run_survey(self, row: RespondentRow) -> None:
        check = self.ctx.check
        dimensions = check.survey_structure(
            row.assessment_id if hasattr(row, "assessment_id") else self.page.current_id()
        )
        dialog = SurveyDialog(check, row, dimensions, self)
        dialog.exec()
        self.ctx.notify(PART)
        self.panel.select_id(row.id)


class AnswerGridModel(QAbstractTableModel):
    """Items × respondents for typing in printed questionnaires.

    Keys: 0–3 a level, ? don't know, - not applicable, empty removes the answer. Cells show
    the key with the same words the survey uses.
    """

    def __init__(self, tab: GridTab | None) -> None:
        super().__init__(tab)
        self.tab = tab
        self.items: list = []
        self.labels: list[str] = []
        self.respondents: list[RespondentRow] = []
        self.values: dict[tuple[int, int], AnswerRow] = {}
        self.editable = False
        self.generation = 0  # counts resets, so an edit can tell the model was reloaded

    def load(self, dimensions, respondents, values, editable: bool) -> None:
        self.beginResetModel()
        # The same rows and numbers as the printed questionnaire.
        questions = numbered_questions(dimensions)
        self.items = [(q.dimension, q.item) for q in questions]
        self.labels = [
            check_texts.question_label(q.dimension_number, q.question_number, q.item.question)
            for q in questions
        ]
        self.respondents = list(respondents)
        self.values = dict(values)
        self.editable = editable
        self.generation += 1
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(self.respondents)

    @staticmethod
    def code(answer: AnswerRow | None) -> str:
        return "" if answer is None else check_texts.answer_code(answer.status, answer.level)

    @staticmethod
    def words(answer: AnswerRow | None) -> str:
        return "" if answer is None else check_texts.answer_text(answer.status, answer.level)

    def answer(self, index: QModelIndex) -> AnswerRow | None:
        item = self.items[index.row()][1]
        return self.values.get((item.id, self.respondents[index.column()].id))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        answer = self.answer(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.words(answer)
        if role == Qt.ItemDataRole.EditRole:
            return self.code(answer)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.items[index.row()][1].question
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.words(answer) or QCoreApplication.translate("GridTab", "no answer")
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return QCoreApplication.translate("GridTab", "Sheet {number}").format(
                    number=self.respondents[section].number
                )
            return self.labels[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if orientation == Qt.Orientation.Horizontal:
                r = self.respondents[section]
                return " · ".join(p for p in (r.area_name, r.level_name, r.name) if p)
            return self.items[section][1].question
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if self.editable else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable:
            return False
        item = self.items[index.row()][1]
        respondent = self.respondents[index.column()]
        old = self.values.get((item.id, respondent.id))
        parsed = self.parse(str(value).strip().lower())
        if parsed is None:
            self.tab.show_message(self.keys_message())
            return False
        generation = self.generation
        try:
            new = self.tab.apply(respondent.id, item.id, parsed, old)
        except StaleEditError as exc:
            # Another PC answered here in the meantime: show its answer, keep the entry.
            self.tab.show_message(
                error_text(exc)
                + " "
                + QCoreApplication.translate(
                    "GridTab",
                    "Your entry “{entry}” was not saved; type it again to put it in place of "
                    "the answer shown now.",
                ).format(entry=str(value).strip())
            )
            QTimer.singleShot(0, self.tab.load)  # not while the view commits its editor
            return False
        except DomainError as exc:
            self.tab.show_message(error_text(exc))
            return False
        if generation == self.generation:  # not reloaded meanwhile: update the cell here
            if new is None:
                self.values.pop((item.id, respondent.id), None)
            else:
                self.values[(item.id, respondent.id)] = new
            self.dataChanged.emit(index, index)
        self.tab.show_message("")
        return True

    @staticmethod
    def keys_message() -> str:
        return QCoreApplication.translate(
            "GridTab",
            "Type 0, 1, 2 or 3 for a level, ? for “don't know”, - for “not applicable”.",
        )

    @staticmethod
    def parse(text: str):
        if text == "":
            return ("clear", None)
        if text in ("0", "1", "2", "3"):
            return ("level", int(text))
        if text in ("?", "w", "x"):
            return ("dont_know", None)
        if text in ("-", "n"):
            return ("not_applicable", None)
        return None


class PaperGridView(QTableView):
    """Typing an answer key saves it and moves down, like a spreadsheet; at the end of a
    column the next answer sheet starts at its first question."""

    def keyPressEvent(self, event) -> None:
        model = self.model()
        index = self.currentIndex()
        key = event.key()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if (
            isinstance(model, AnswerGridModel)
            and index.isValid()
            and plain
            and self.state() != QAbstractItemView.State.EditingState
        ):
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.move_down()
                return
            text = event.text().strip()
            if text and text.isprintable() and key not in (Qt.Key.Key_Space,):
                if not model.editable:
                    super().keyPressEvent(event)
                    return
                if model.parse(text.lower()) in (None, ("clear", None)):
                    model.tab.show_message(model.keys_message())
                    return
                if model.setData(self.currentIndex(), text):
                    self.move_down()
                return
        super().keyPressEvent(event)

    def move_down(self) -> None:
        model = self.model()
        index = self.currentIndex()
        if not index.isValid():
            return
        row, column = index.row() + 1, index.column()
        if row >= model.rowCount() and column + 1 < model.columnCount():
            row, column = 0, column + 1
        row = min(row, model.rowCount() - 1)
        target = model.index(row, column)
        self.setCurrentIndex(target)
        self.scrollTo(target)


class TableTab(QWidget):
    """An explanation, an editable table and a message line for refused entries."""

    def __init__(
        self, page: CheckPage, intro: str, name: str, model, view: QTableView | None = None
    ) -> None:
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        self.intro_label = intro_label
        self.model = model
        self.view = view or QTableView()
        self.view.setAccessibleName(name)
        self.view.setModel(model)
        self.view.setTabKeyNavigation(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4000f;")
        self.message.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def show_message(self, text: str) -> None:
        self.message.setText("⚠ " + text if text else "")
        self.message.setVisible(bool(text))


class GridTab(TableTab):
    def __init__(self, page: CheckPage) -> None:
        super().__init__(
            page,
            self.tr(
                "Type in answers from printed questionnaires: one row per question, one column "
                "per answer sheet. Type the key of an answer and the cursor moves on to the "
                "next question; Delete removes an answer, F2 changes it. Each entry is saved "
                "at once."
            ),
            self.tr("Answers per question and answer sheet"),
            AnswerGridModel(None),
            PaperGridView(),
        )
        self.model.tab = self
        self.model.setParent(self)
        # Single keys are handled by the view; F2 or a double click opens an editor.
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(170)
        self.view.verticalHeader().setMaximumWidth(480)
        self.legend = QLabel(self.tr("Keys: {keys}").format(keys=check_texts.answer_keys_hint()))
        self.legend.setWordWrap(True)
        self.layout().insertWidget(1, self.legend)
        local_shortcut(QKeySequence.StandardKey.Delete, self.view, self._clear_current)

    def _clear_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self.model.editable:
            self.model.setData(index, "")

    def load(self) -> None:
        ident = self.page.current_id()
        # Keep the cursor on the same question and sheet across the reload after an entry.
        index = self.view.currentIndex()
        keep = None
        if index.isValid() and index.row() < len(self.model.items):
            keep = (
                self.model.items[index.row()][1].id,
                self.model.respondents[index.column()].id,
            )
        if ident is None:
            self.model.load((), (), {}, False)
            return
        check = self.ctx.check
        self.model.load(
            check.survey_structure(ident),
            check.list_respondents(ident),
            check.grid(ident),
            self.page.is_draft(),
        )
        if self.model.rowCount() and self.model.columnCount():
            row = column = 0
            if keep is not None:
                rows = [i.id for _d, i in self.model.items]
                columns = [r.id for r in self.model.respondents]
                if keep[0] in rows and keep[1] in columns:
                    row, column = rows.index(keep[0]), columns.index(keep[1])
            self.view.setCurrentIndex(self.model.index(row, column))

    def apply(self, respondent_id: int, item_id: int, parsed, old: AnswerRow | None):
        check = self.ctx.check
        status, level = parsed
        # The answer's version as last seen here (0: none): each change, undo and redo is
        # based on it, so that none overwrites what another PC saved in between.
        seen = [old.version if old is not None else 0]

        def saved(row: AnswerRow | None) -> AnswerRow | None:
            seen[0] = row.version if row is not None else 0
            return row

        def do(status=status, level=level):
            if status == "clear":
                check.clear_answer(respondent_id, item_id, expected_version=seen[0])
                return saved(None)
            return saved(
                check.set_answer(respondent_id, item_id, status, level, expected_version=seen[0])
            )

        def restore():
            if old is None:
                check.clear_answer(respondent_id, item_id, expected_version=seen[0])
                saved(None)
            else:
                saved(
                    check.set_answer(
                        respondent_id,
                        item_id,
                        old.status,
                        old.level,
                        old.relevance,
                        expected_version=seen[0],
                    )
                )

        result = do()
        self.ctx.push(self.tr("Enter answer"), do, restore, PART)
        self.page.notify_answer(self.page.current_id())
        return result


class TargetModel(QAbstractTableModel):
    def __init__(self, tab: TargetsTab | None) -> None:
        super().__init__(tab)
        self.tab = tab
        self.rows: list = []
        self.current: dict[str, float | None] = {}

    def load(self, rows, current) -> None:
        self.beginResetModel()
        self.rows, self.current = list(rows), dict(current)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("TargetsTab", "Dimension"),
                QCoreApplication.translate("TargetsTab", "Result now"),
                QCoreApplication.translate("TargetsTab", "Target in 12 months (%)"),
            )[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return row.title
            if index.column() == 1:
                return check_texts.percent(self.current.get(row.key))
            if role == Qt.ItemDataRole.EditRole:
                return input_number_text(row.target)
            return check_texts.percent(row.target)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.column() == 2:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            percent = parse_number(str(value), "target")
        except DomainError:
            self.tab.show_message(
                QCoreApplication.translate("TargetsTab", "Please enter a number from 0 to 100.")
            )
            return False
        row = self.rows[index.row()]
        try:
            self.tab.set_target(row, percent)
        except StaleEditError as exc:
            # Another PC changed this target in the meantime: show theirs, say the entry.
            self.tab.show_message(
                error_text(exc)
                + " "
                + QCoreApplication.translate(
                    "TargetsTab",
                    "Your entry “{entry}” was not saved; type it again to put it in place of "
                    "the target shown now.",
                ).format(entry=str(value).strip())
            )
            QTimer.singleShot(0, self.tab.reload_targets)  # not while the view commits
            return False
        except DomainError as exc:
            self.tab.show_message(error_text(exc))
            return False
        self.tab.show_message("")
        return True


class TargetsTab(TableTab):
    def __init__(self, page: CheckPage) -> None:
        super().__init__(
            page,
            self.tr(
                "Where do you want to be in twelve months? Enter a target per dimension; the "
                "results show the gap. A new assessment takes over the last targets."
            ),
            self.tr("Targets per dimension"),
            TargetModel(None),
        )
        self.model.tab = self
        self.model.setParent(self)
        # Undo and redo of the target changes, by (assessment, dimension) (see set_target).
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The figures' columns as wide as their titles ("Ziel in 12 Monaten"), never cut.
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def load(self, current: dict[str, float | None] | None = None) -> None:
        ident = self.page.current_id()
        if ident is None:
            self.model.load([], {})
            return
        self.model.load(self.ctx.check.targets(ident), current or {})

    def reload_targets(self) -> None:
        """The stored targets again, beside the results shown now."""
        self.load(self.model.current)

    def set_target(self, row, percent: float | None) -> None:
        """Save a target based on the one shown (`row.version`): a StaleEditError when
        another PC changed it since. Undo and redo are based on the version this save left,
        so neither overwrites a later change made elsewhere."""
        ident = self.page.current_id()
        dimension = row.dimension_id
        saved = self.ctx.check.set_target(ident, dimension, percent, expected_version=row.version)
        old = row.target
        apply = self.ctx.row_appliers.get(
            ("target", ident, dimension),
            lambda **fields: self.ctx.check.set_target(ident, dimension, **fields),
            saved.version,
        )
        self.ctx.push(
            self.tr("Change target"),
            lambda: apply({"percent": percent}),
            lambda: apply({"percent": old}),
            PART,
        )
        self.ctx.notify(PART)


class CheckPage(FollowsChanges, QWidget):
    # Findings judge strategy and measures "as of today", so those edits concern it too.
    listens = Change.CHECK | Change.ORGANISATION | Change.STRATEGY | Change.PROJECTS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Digitalisierungscheck"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Find out where your organisation stands digitally. Colleagues from different "
                "areas and levels answer the same questions; repeat the check every year to "
                "see what has changed."
            )
        )
        intro.setWordWrap(True)
        self.model = RowTableModel(
            [
                Column(self.tr("Title"), lambda r: r.title),
                Column(self.tr("Date"), lambda r: self._date(r.assessed_on)),
                Column(self.tr("Status"), lambda r: status_text(r.status)),
                Column(
                    self.tr("Answer sheets"),
                    lambda r: self.tr("{finished} of {count} finished").format(
                        finished=r.finished_count, count=r.respondent_count
                    ),
                ),
                # A draft nobody has finished has no index yet: a figure from half-filled
                # sheets would be read as a result.
                Column(
                    self.tr("Index"),
                    lambda r: check_texts.percent(r.overall if self._scored(r) else None),
                    align_right=True,
                ),
                Column(
                    self.tr("Stage"),
                    lambda r: check_texts.band_name(r.band if self._scored(r) else None),
                ),
            ],
            self,
        )
        self.complete_button = QPushButton(self.tr("&Complete"))
        self.complete_button.setToolTip(
            self.tr("Lock the answers; a completed check can be reopened")
        )
        self.import_button = QPushButton(self.tr("&Import catalog…"))
        self.import_button.setToolTip(
            self.tr("Import a question catalog file, e.g. from your umbrella organisation")
        )
        self.panel = ListPanel(
            self.model,
            name=self.tr("Assessments"),
            add_text=self.tr("&New assessment…"),
            edit_text=self.tr("E&dit…"),
            delete_text=self.tr("&Delete…"),
            extra_buttons=[self.complete_button, self.import_button],
        )
        self.panel.view.setMinimumHeight(120)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Assessment sections"))
        self.respondents = RespondentsTab(self)
        self.grid = GridTab(self)
        self.targets = TargetsTab(self)
        self.results = ResultsView(ctx)
        self.tabs.addTab(self.results, self.tr("&Results"))
        self.tabs.addTab(self.results.chart_panel, self.tr("C&harts"))
        self.tabs.addTab(self.respondents, self.tr("Ans&wer sheets"))
        self.tabs.addTab(self.grid, self.tr("&Paper entry"))
        self.tabs.addTab(self.targets, self.tr("&Targets"))
        self.tabs.currentChanged.connect(lambda _i: self._load_tab())
        self.empty_hint = QLabel(self.tr("Create an assessment with “New assessment…” to begin."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)  # a dragged handle must not hide the list
        splitter.addWidget(self.panel)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.empty_hint)
        detail_layout.addWidget(self.tabs)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([180, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)

        self.panel.add_requested.connect(self.add)
        self.panel.edit_requested.connect(self.edit)
        self.panel.delete_requested.connect(self.delete)
        self.complete_button.clicked.connect(self.toggle_complete)
        self.import_button.clicked.connect(self.import_catalog)
        self.panel.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selected: int | None = None
        self._typed_into: int | None = None  # the check an answer is being typed into
        self._reloading = False
        self.follow_changes(ctx)

    @staticmethod
    def _scored(row) -> bool:
        return row.status == "completed" or row.finished_count > 0

    @staticmethod
    def _date(value) -> str:
        return format_date(value)

    # -- selection ---------------------------------------------------------------------------
    def current(self) -> AssessmentRow | None:
        return self.panel.current()

    def current_id(self) -> int | None:
        row = self.current()
        return row.id if row else None

    def is_draft(self) -> bool:
        row = self.current()
        return row is not None and row.status == "draft"

    def show_results(self, assessment_id: int) -> None:
        """The results of a check, e.g. to create a measure from one of its findings."""
        self.reload_if_stale()
        self.panel.select_id(assessment_id)
        self.tabs.setCurrentWidget(self.results)
        self.results.setFocus()

    def _selection_changed(self, *_args) -> None:
        if self._reloading:
            return  # reload() calls this once when the list is filled
        row = self.current()
        self._selected = row.id if row else None
        has = row is not None
        self.tabs.setEnabled(has)
        self.tabs.setVisible(has)
        self.empty_hint.setVisible(not has)
        self.complete_button.setEnabled(has)
        self.complete_button.setText(
            self.tr("Re&open") if row and row.status == "completed" else self.tr("&Complete")
        )
        self._load_tab()

    def _load_tab(self) -> None:
        if not self.isVisible() and not self._selected:
            return
        widget = self.tabs.currentWidget()
        if widget is self.results or widget is self.results.chart_panel:
            self.results.show_assessment(self.current_id())
        elif widget is self.targets:
            ident = self.current_id()
            current = {}
            if ident is not None:
                stored = self.ctx.check.summary(ident)  # no full results for the targets
                current = {d.key: d.percent for d in stored.dimensions}
            self.targets.load(current)
        elif widget is self.grid:
            self.grid.load()
        elif widget is self.respondents:
            self.respondents.load()

    def reload(self) -> None:
        keep = self._selected
        rows = self.ctx.check.list_assessments() if self.ctx.db else []
        self._reloading = True
        try:
            self.model.set_rows(rows)
            self.panel.add_button.setEnabled(self.ctx.db is not None)
            self.import_button.setEnabled(self.ctx.db is not None)
            if keep is not None and any(r.id == keep for r in rows):
                self.panel.select_id(keep)
            elif rows:
                # The newest completed check says most; a fresh draft has few answers yet.
                completed = [r for r in rows if r.status == "completed"]
                self.panel.select_id((completed or rows)[0].id)
        finally:
            self._reloading = False
        self._selection_changed()

    def data_changed(self, change: Change) -> None:
        if change & self.listens:
            self.results.forget()
        if self._typed_into is not None and self.isVisible():
            self._refresh_row(self._typed_into)
            return
        super().data_changed(change)

    def notify_answer(self, assessment_id: int | None) -> None:
        """An answer typed on the paper-entry grid: the grid shows it already, so this page
        refreshes only the check's row; the other pages hear of the change as usual."""
        self._typed_into = assessment_id
        try:
            self.ctx.notify(PART)
        finally:
            self._typed_into = None

    def _refresh_row(self, assessment_id: int) -> None:
        for number, row in enumerate(self.model.rows()):
            if row.id == assessment_id:
                self.model.replace_row(number, self.ctx.check.get_assessment(assessment_id))
                return

    def showEvent(self, event) -> None:
        stale = self._stale
        super().showEvent(event)  # a stale page reloads, which loads the current tab too
        if not stale:
            self._load_tab()

    # -- assessments ---------------------------------------------------------------------------
    def _fields(self, row: AssessmentRow | None) -> list[Field]:
        title = QLineEdit(
            row.title
            if row
            else self.tr("Digitalisierungscheck {year}").format(year=QDate.currentDate().year())
        )
        when = DateField(row.assessed_on if row else date.today(), optional=False)
        fields = [
            Field("title", self.tr("&Title:"), title),
            Field("assessed_on", self.tr("&Date:"), when),
        ]
        catalogs = self.ctx.check.list_catalogs()
        if row is None:
            catalog = QComboBox()
            for c in catalogs:
                catalog.addItem(f"{c.title} ({c.version})", c.id)
            catalog.setCurrentIndex(max(0, catalog.count() - 1))
            fields.append(Field("catalog_id", self.tr("&Question catalog:"), catalog))
        modules = {key: title for c in catalogs for key, title in c.modules}
        enabled = set(row.enabled_modules) if row else set()
        if modules and (row is None or row.status == "draft"):
            for key, module_title in modules.items():
                box = QCheckBox(
                    self.tr("Include the optional module “{title}”").format(title=module_title)
                )
                box.setChecked(key in enabled)
                fields.append(Field(f"module:{key}", self.tr("&Module:"), box))
        notes = QPlainTextEdit(row.notes if row else "")
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(70)
        fields.append(Field("notes", self.tr("&Notes:"), notes))
        return fields

    @staticmethod
    def _modules(values: dict) -> tuple[str, ...]:
        return tuple(k.split(":", 1)[1] for k, v in values.items() if k.startswith("module:") and v)

    def add(self) -> None:
        if self.ctx.db is None:
            return
        check = self.ctx.check
        check.ensure_default_catalog()

        def submit(v):
            return check.create_assessment(
                v["title"], v["assessed_on"], v["catalog_id"], v["notes"], self._modules(v)
            )

        dialog = FormDialog(self.tr("New assessment"), self._fields(None), submit, self)
        if not dialog.exec():
            return
        row: AssessmentRow = dialog.result_value
        self._selected = row.id
        self.ctx.push_trash(
            self.tr("Add assessment “{title}”").format(title=row.title),
            PART,
            lambda: check.delete_assessment(row.id),
            check.restore,
        )
        self.tabs.setCurrentWidget(self.respondents)

    def edit(self, row: AssessmentRow) -> None:
        check = self.ctx.check

        def submit(v):
            modules = self._modules(v) if row.status == "draft" else None
            return check.update_assessment(
                row.id, v["title"], v["assessed_on"], v["notes"], modules
            )

        dialog = FormDialog(self.tr("Edit assessment"), self._fields(row), submit, self)
        if not dialog.exec():
            return
        new: AssessmentRow = dialog.result_value
        self.ctx.push(
            self.tr("Edit assessment “{title}”").format(title=new.title),
            lambda: check.update_assessment(row.id, new.title, new.assessed_on, new.notes),
            lambda: check.update_assessment(row.id, row.title, row.assessed_on, row.notes),
            PART,
        )
        self.ctx.notify(PART)

    def delete(self, row: AssessmentRow) -> None:
        if not confirm(
            self,
            self.tr("Delete assessment"),
            self.tr(
                "Delete the assessment “{title}” with %n answer sheet(s)? It goes to the "
                "trash; Ctrl+Z brings it back.",
                "",
                row.respondent_count,
            ).format(title=row.title),
        ):
            return
        check = self.ctx.check
        self.ctx.push_trash(
            self.tr("Delete assessment “{title}”").format(title=row.title),
            PART,
            lambda: check.delete_assessment(row.id),
            check.restore,
            batch=check.delete_assessment(row.id),
        )

    def toggle_complete(self) -> None:
        row = self.current()
        if row is None:
            return
        check = self.ctx.check
        try:
            if row.status == "completed":
                check.reopen(row.id)
                self.ctx.push(
                    self.tr("Reopen assessment"),
                    lambda: check.reopen(row.id),
                    lambda: check.complete(row.id),
                    PART,
                )
            else:
                check.complete(row.id)
                self.ctx.push(
                    self.tr("Complete assessment"),
                    lambda: check.complete(row.id),
                    lambda: check.reopen(row.id),
                    PART,
                )
        except DomainError as exc:
            show_error(self, exc)
            return
        self.ctx.notify(PART)

    def import_catalog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import question catalog"), "", self.tr("Catalog files (*.json)")
        )
        if path:
            self.import_catalog_file(path)

    def import_catalog_file(self, path: str) -> bool:
        try:
            row = self.ctx.check.import_catalog_file(path)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Catalog not imported"), error_text(exc))
            return False
        text = self.tr(
            "The catalog “{title}” (version {version}) with %n question(s) is now available "
            "for new assessments.",
            None,
            row.item_count,
        ).format(title=row.title, version=row.version)
        notes = check_texts.catalog_import_notes(
            row.unknown_tags, row.not_derived, row.english_fallbacks
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning if notes else QMessageBox.Icon.Information,
            self.tr("Catalog imported"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("catalog-imported")
        if notes:
            # Rich text so the notices read as a list; the catalog's own texts are escaped.
            box.setInformativeText(
                "<ul>" + "".join(f"<li>{html.escape(n)}</li>" for n in notes) + "</ul>"
            )
        self.last_import_notes = notes
        box.exec()
        return True

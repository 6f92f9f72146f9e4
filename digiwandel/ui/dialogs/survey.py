"""Survey mode: one respondent answers the catalog, one question at a time.

Only this respondent's answers are loaded, so nobody sees what colleagues answered. Every
choice is saved at once; closing the window pauses the survey, and it resumes where it was.
The answers use the scale and keys of the paper entry: 0–3, ? don't know, - not applicable.
Finishing ends on a screen that asks to hand the computer back, so the next person does not
see the answers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from digiwandel.services.check import AnswerRow, CheckService, DimensionText, RespondentRow
from digiwandel.services.errors import DomainError, StaleEditError
from digiwandel.ui import check_texts
from digiwandel.ui.context import error_text
from digiwandel.ui.widgets import buddy_label

DONT_KNOW, NOT_APPLICABLE = 4, 5  # button ids beside the levels 0-3
# The keys of the paper entry choose an answer here too (while an answer option has focus).
_KEY_CHOICES = {"0": 0, "1": 1, "2": 2, "3": 3, "?": DONT_KNOW, "-": NOT_APPLICABLE}


class ClickLabel(QLabel):
    """The wrapped text of an answer option; clicking it chooses the option."""

    def __init__(self, button: QRadioButton) -> None:
        super().__init__()
        self.button = button
        self.setWordWrap(True)
        self.setBuddy(button)

    def mousePressEvent(self, event) -> None:
        self.button.click()
        super().mousePressEvent(event)


class SurveyDialog(QDialog):
    def __init__(
        self,
        service: CheckService,
        respondent: RespondentRow,
        dimensions: tuple[DimensionText, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.respondent = respondent
        self.dimensions = dimensions
        self.questions = [(d, i) for d in dimensions for i in d.items]
        self.answers: dict[int, AnswerRow] = service.answers_of(respondent.id)
        self._loading = False
        self.setWindowTitle(self.tr("Survey – person {number}").format(number=respondent.number))
        self.resize(1000, 700)

        self.overview = QListWidget()
        self.overview.setAccessibleName(self.tr("Dimensions"))
        self.overview.setFixedWidth(280)
        self.overview.setWordWrap(True)
        for d in dimensions:
            self.overview.addItem(d.title)
        self.overview.currentRowChanged.connect(self._jump_to_dimension)

        self.position_label = QLabel()
        self.dimension_label = QLabel()
        self.dimension_label.setObjectName("pageTitle")
        self.dimension_label.setWordWrap(True)
        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        self.question_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)

        self.choices = QButtonGroup(self)
        self.choice_box = QFrame()
        choice_layout = QVBoxLayout(self.choice_box)
        self.level_buttons: list[QRadioButton] = []
        self.level_labels: list[QLabel] = []
        for number in range(4):
            # A radio button cannot wrap its text, so the statement sits in a label beside it.
            button = QRadioButton(f"&{number}  {check_texts.level_name(number)}")
            button.setMinimumWidth(190)
            label = ClickLabel(button)
            row = QHBoxLayout()
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label, 1)
            self.choices.addButton(button, number)
            choice_layout.addLayout(row)
            self.level_buttons.append(button)
            self.level_labels.append(label)
        self.dont_know = QRadioButton(check_texts.answer_text("dont_know", None))
        self.not_applicable = QRadioButton(check_texts.answer_text("not_applicable", None))
        self.choices.addButton(self.dont_know, DONT_KNOW)
        self.choices.addButton(self.not_applicable, NOT_APPLICABLE)
        choice_layout.addWidget(self.dont_know)
        choice_layout.addWidget(self.not_applicable)
        keys = QLabel(self.tr("Keys: {keys}").format(keys=check_texts.answer_keys_hint()))
        keys.setWordWrap(True)
        choice_layout.addWidget(keys)
        for button in self.choices.buttons():
            button.installEventFilter(self)
        self.choices.idClicked.connect(self._save_choice)

        self.relevance = QComboBox()
        for value in range(3):
            self.relevance.addItem(check_texts.relevance_name(value), value)
        self.relevance.activated.connect(lambda _i: self._save_details())
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("optional, e.g. an example or a doubt"))
        self.comment.editingFinished.connect(self._save_details)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4000f;")
        self.error.setVisible(False)

        details = QHBoxLayout()
        details.addWidget(buddy_label(self.tr("How &important is this for us?"), self.relevance))
        details.addWidget(self.relevance)
        details.addSpacing(16)
        details.addWidget(buddy_label(self.tr("&Comment:"), self.comment))
        details.addWidget(self.comment, 1)

        self.progress = QProgressBar()
        self.progress.setRange(0, len(self.questions))
        self.progress.setFormat(self.tr("%v of %m questions answered"))
        self.progress.setAccessibleName(self.tr("Progress"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setDefault(True)
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.pause_button.setToolTip(
            self.tr("Close the survey; all answers are saved and you can continue later")
        )
        self.finish_button = QPushButton(self.tr("&Finish"))
        self.back_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))
        self.pause_button.clicked.connect(self.reject)
        self.finish_button.clicked.connect(self.finish)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, activated=self.next_button.click)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, activated=self.back_button.click)

        question_box = QWidget()
        q_layout = QVBoxLayout(question_box)
        q_layout.addWidget(self.position_label)
        q_layout.addWidget(self.dimension_label)
        q_layout.addSpacing(8)
        q_layout.addWidget(self.question_label)
        q_layout.addWidget(self.explanation_label)
        q_layout.addSpacing(8)
        q_layout.addWidget(self.choice_box)
        q_layout.addLayout(details)
        q_layout.addWidget(self.error)
        q_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(question_box)

        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.finish_button)
        main = QHBoxLayout()
        main.addWidget(self.overview)
        main.addWidget(scroll, 1)
        survey = QWidget()
        survey_layout = QVBoxLayout(survey)
        survey_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            self.tr(
                "Choose the statement that honestly describes your organisation today. "
                "Answers are saved at once; other people's answers are not shown."
            )
        )
        hint.setWordWrap(True)
        survey_layout.addWidget(hint)
        survey_layout.addLayout(main, 1)
        survey_layout.addLayout(buttons)

        # The last screen: nothing of the answers, only the request to hand the PC back.
        self.done_page = QWidget()
        self.done_title = QLabel(self.tr("Thank you – your answers are saved."))
        self.done_title.setObjectName("pageTitle")
        self.done_text = QLabel(
            self.tr(
                "This answer sheet is finished. Please hand the computer back to the person "
                "who runs the survey."
            )
        )
        self.done_text.setStyleSheet("font-size: 13pt;")
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.accept)
        # Centred text in a column of readable width that the labels fill; a wrapped label
        # that a layout centres itself gets too small a size and is cut off.
        column = QWidget()
        column.setMaximumWidth(640)
        column_layout = QVBoxLayout(column)
        for label in (self.done_title, self.done_text):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column_layout.addWidget(label)
        column_layout.addSpacing(16)
        column_layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        done_layout = QVBoxLayout(self.done_page)
        done_layout.addStretch(1)
        done_layout.addLayout(row)
        done_layout.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(survey)
        self.pages.addWidget(self.done_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.index = -1
        self.go(self._first_open_question())

    def _first_open_question(self) -> int:
        for index, (_d, item) in enumerate(self.questions):
            if item.id not in self.answers:
                return index
        return 0

    def _jump_to_dimension(self, row: int) -> None:
        if self._loading or row < 0:
            return
        for index, (d, _i) in enumerate(self.questions):
            if d.key == self.dimensions[row].key:
                self.go(index)
                return

    def go(self, index: int, *, save: bool = True) -> None:
        if not self.questions:
            return
        if save:
            self._save_details()
        self.index = max(0, min(len(self.questions) - 1, index))
        dimension, item = self.questions[self.index]
        self._loading = True
        try:
            d_index = self.dimensions.index(dimension)
            self.overview.setCurrentRow(d_index)
            position = [i for d, i in self.questions if d is dimension].index(item) + 1
            self.position_label.setText(
                self.tr("Dimension {d} of {d_total} · question {q} of {q_total}").format(
                    d=d_index + 1,
                    d_total=len(self.dimensions),
                    q=position,
                    q_total=len(dimension.items),
                )
            )
            self.dimension_label.setText(dimension.title)
            # Numbered as in the paper entry (dimension.question), to find it on paper too.
            self.question_label.setText(f"{d_index + 1}.{position} {item.question}")
            self.explanation_label.setText(item.explanation)
            for number, button in enumerate(self.level_buttons):
                statement = item.levels[number].statement if number < len(item.levels) else ""
                self.level_labels[number].setText(statement)
                button.setAccessibleName(f"{check_texts.level_name(number)}: {statement}")
            answer = self.answers.get(item.id)
            self.choices.setExclusive(False)
            for button in self.choices.buttons():
                button.setChecked(False)
            self.choices.setExclusive(True)
            if answer is not None:
                chosen = {
                    "level": answer.level,
                    "dont_know": DONT_KNOW,
                    "not_applicable": NOT_APPLICABLE,
                }[answer.status]
                self.choices.button(chosen).setChecked(True)
            relevance = answer.relevance if answer else item.default_relevance
            self.relevance.setCurrentIndex(relevance)
            self.comment.setText(answer.comment if answer else "")
            self.error.setVisible(False)
        finally:
            self._loading = False
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.questions) - 1)
        self._update_progress()
        (self.choices.checkedButton() or self.level_buttons[0]).setFocus()

    def current_item(self):
        return self.questions[self.index][1]

    def _save_choice(self, button_id: int) -> None:
        if self._loading:
            return
        item = self.current_item()
        status = {DONT_KNOW: "dont_know", NOT_APPLICABLE: "not_applicable"}.get(button_id, "level")
        level = button_id if status == "level" else None
        self._store(item.id, status, level)

    def _save_details(self) -> None:
        if self._loading or self.index < 0 or not self.questions:
            return
        item = self.current_item()
        answer = self.answers.get(item.id)
        if answer is None:
            return  # relevance and comment belong to a chosen answer
        relevance = self.relevance.currentData()
        comment = self.comment.text()
        if relevance == answer.relevance and comment.strip() == answer.comment:
            return
        self._store(item.id, answer.status, answer.level, relevance, comment)

    def _store(self, item_id, status, level, relevance=None, comment=None) -> None:
        if relevance is None:
            relevance = self.relevance.currentData()
        if comment is None:
            comment = self.comment.text()
        seen = self.answers.get(item_id)
        try:
            self.answers[item_id] = self.service.set_answer(
                self.respondent.id,
                item_id,
                status,
                level,
                relevance,
                comment,
                expected_version=seen.version if seen is not None else 0,
            )
        except StaleEditError as exc:
            self._show_other_answer(exc, comment)
            return
        except DomainError as exc:
            self.error.setText("⚠ " + error_text(exc))
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        self._update_progress()

    def _show_other_answer(self, exc: StaleEditError, comment: str) -> None:
        """The same sheet was answered on another PC meanwhile: show what is stored now,
        keep the comment typed here, and let the next choice replace the stored answer."""
        self.answers = self.service.answers_of(self.respondent.id)
        self.go(self.index, save=False)
        if comment.strip() and comment.strip() != self.comment.text().strip():
            self._loading = True
            self.comment.setText(comment)
            self._loading = False
        self.error.setText(
            "⚠ "
            + error_text(exc)
            + " "
            + self.tr("The answer shown now is the stored one; choose again to replace it.")
        )
        self.error.setVisible(True)

    def _update_progress(self) -> None:
        item_ids = {i.id for _d, i in self.questions}
        answered = sum(1 for key in self.answers if key in item_ids)
        self.progress.setValue(answered)
        for row, d in enumerate(self.dimensions):
            done = all(i.id in self.answers for i in d.items)
            mark = "✓ " if done else ""
            self.overview.item(row).setText(mark + d.title)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On an answer option, the paper entry's keys choose: 0–3, ? and -."""
        if (
            event.type() == QEvent.Type.KeyPress
            and watched in self.choices.buttons()
            and not event.modifiers()
            & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        ):
            button_id = _KEY_CHOICES.get(event.text())
            if button_id is not None:
                button = self.choices.button(button_id)
                button.setChecked(True)
                button.setFocus()
                self._save_choice(button_id)
                return True
        return super().eventFilter(watched, event)

    def unanswered(self) -> int:
        return sum(1 for _d, item in self.questions if item.id not in self.answers)

    def finish(self) -> None:
        self._save_details()
        missing = self.unanswered()
        if missing and not self._finish_anyway(missing):
            self.go(self._first_open_question())
            return
        try:
            self.service.set_finished(self.respondent.id, True)
        except DomainError as exc:
            self.error.setText("⚠ " + error_text(exc))
            self.error.setVisible(True)
            return
        self.pages.setCurrentWidget(self.done_page)
        for button in (self.back_button, self.next_button):
            button.setEnabled(False)  # Page Up/Down must not bring the answers back
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _finish_anyway(self, missing: int) -> bool:
        """Ask before finishing a sheet with open questions; going on answering is the
        default, so Enter does not end the sheet by accident."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Questions not answered"),
            self.tr(
                "%n question(s) of this sheet are not answered yet. Finish the sheet anyway?",
                "",
                missing,
            ),
            parent=self,
        )
        finish = box.addButton(self.tr("Finish anyway"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep answering"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is finish

    def is_done(self) -> bool:
        return self.pages.currentWidget() is self.done_page

    def reject(self) -> None:
        if self.is_done():
            super().accept()  # the sheet is finished: Esc simply closes the thank-you screen
            return
        self._save_details()  # pausing keeps what was typed in the comment field
        super().reject()

"""First start: set up my organisation, or explore the demo."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from digiwandel.services.errors import DomainError
from digiwandel.ui.context import AppContext, error_text
from digiwandel.ui.widgets import buddy_label, with_error


class WelcomeDialog(QDialog):
    """Result: Accepted after setup; `choice` is "setup", "demo" or None (later)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Welcome to DigiWandel"))
        self.setMinimumWidth(640)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._choice_page())
        self.stack.addWidget(self._setup_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def _choice_page(self) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("Welcome to DigiWandel"))
        heading.setObjectName("pageTitle")
        text = QLabel(
            self.tr(
                "DigiWandel helps your organisation find out where it stands digitally, "
                "write down a digital strategy and steer its digitalisation measures. "
                "Everything stays on this computer."
            )
        )
        text.setWordWrap(True)
        self.setup_choice = QCommandLinkButton(
            self.tr("&Set up my organisation"),
            self.tr("Enter the name of your organisation and its areas. Takes two minutes."),
        )
        self.demo_choice = QCommandLinkButton(
            self.tr("&Explore the demo"),
            self.tr(
                "Open a fictional youth welfare association with example data, in a "
                "separate file. Your own data is not touched."
            ),
        )
        self.later_button = QPushButton(self.tr("&Later"))
        self.setup_choice.clicked.connect(self._go_setup)
        self.demo_choice.clicked.connect(self._choose_demo)
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(self.setup_choice)
        layout.addWidget(self.demo_choice)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        return page

    def _setup_page(self) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("Set up my organisation"))
        heading.setObjectName("pageTitle")
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Jugendhilfe Musterstadt e.V."))
        self.areas_edit = QPlainTextEdit()
        self.areas_edit.setTabChangesFocus(True)
        self.areas_edit.setPlainText(
            "\n".join(
                (
                    self.tr("Management"),
                    self.tr("Administration"),
                )
            )
        )
        self.areas_edit.setFixedHeight(120)
        self.levels_check = QCheckBox(
            self.tr("Create the usual levels: leadership, middle management, staff, volunteers")
        )
        self.levels_check.setChecked(True)
        name_box, self.name_error = with_error(self.name_edit)
        areas_box, self.areas_error = with_error(self.areas_edit)
        form = QFormLayout()
        name_label = buddy_label(self.tr("&Name of the organisation:"), self.name_edit)
        areas_label = buddy_label(self.tr("&Areas (one per line):"), self.areas_edit)
        form.addRow(name_label, name_box)
        form.addRow(areas_label, areas_box)
        form.addRow(self.levels_check)
        hint = QLabel(self.tr("You can change all of this later on the Organisation page."))
        hint.setWordWrap(True)
        self.back_button = QPushButton(self.tr("&Back"))
        self.create_button = QPushButton(self.tr("&Create"))
        self.create_button.setDefault(True)
        self.back_button.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        self.create_button.clicked.connect(self._create)
        buttons = QDialogButtonBox()
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def _go_setup(self) -> None:
        self.stack.setCurrentIndex(1)
        self.name_edit.setFocus()

    def _choose_demo(self) -> None:
        self.choice = "demo"
        self.accept()

    def default_levels(self) -> list[tuple[str, bool, bool]]:
        return [
            (self.tr("Leadership"), True, False),
            (self.tr("Middle management"), True, False),
            (self.tr("Staff"), False, False),
            (self.tr("Volunteers"), False, True),
        ]

    def _create(self) -> None:
        self.name_error.clear_message()
        self.areas_error.clear_message()
        levels = self.default_levels() if self.levels_check.isChecked() else []
        try:
            self.ctx.org.set_up(
                self.name_edit.text(), self.areas_edit.toPlainText().splitlines(), levels
            )
        except DomainError as exc:
            target = self.areas_error if exc.field == "areas" else self.name_error
            target.show_message(error_text(exc))
            (self.areas_edit if exc.field == "areas" else self.name_edit).setFocus()
            self.adjustSize()
            return
        self.choice = "setup"
        self.accept()

"""First start: the practice, its first administrator, and the recovery key on paper.

Page 1 asks for the practice's details, page 2 for the administrator's account
(the database is created when the user leaves it, on the worker: Argon2 takes
a moment), page 3 shows the recovery key, saves the recovery sheet as a PDF to
print, and cannot be left until the user confirms the sheet is printed and
stored: the key is never shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.clock import Clock
from app.errors import RelaisError, ValidationError
from app.settings import PracticeSettings
from ui.background import run_in_background
from ui.practice_form import ERROR_STYLE, FieldRow, PracticeForm

if TYPE_CHECKING:
    from app.access import Actor
    from app.practice import FileDatabase, PracticeDatabase
    from app.tasks import Progress

PRACTICE_PAGE, ADMIN_PAGE, KEY_PAGE = range(3)

# (parent, suggested path) -> the chosen path, or None if the user cancelled.
SheetPathChooser = Callable[[QWidget, Path], Path | None]


def ask_sheet_path(parent: QWidget, suggested: Path) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("FirstRunWizard", "Save the recovery sheet"),
        str(suggested),
        QCoreApplication.translate("FirstRunWizard", "PDF documents (*.pdf)"),
    )
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".pdf" else chosen.with_suffix(".pdf")


def _heading_font(widget: QWidget) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    return font


class PracticePage(QWizardPage):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your practice"))
        self.setSubTitle(self.tr("Welcome to Relais. First, tell us about the practice."))
        self.form = PracticeForm()
        self.form.changed.connect(self.completeChanged)
        where = QLabel(
            self.tr(
                "Everything is kept in one encrypted file on this computer: %1. You can "
                "change these details later in Settings."
            ).replace("%1", str(db_path))
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(where)

    def isComplete(self) -> bool:
        return self.form.is_valid()

    def validatePage(self) -> bool:
        self.form.touch_all()
        return self.form.is_valid()


class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Administrator account"))
        self.setSubTitle(self.tr("The person who manages users, settings and backups."))
        self.username = QLineEdit("admin")
        self.username.setAccessibleName(self.tr("User name"))
        self.full_name = QLineEdit()
        self.full_name.setAccessibleName(self.tr("Full name"))
        self.full_name.setPlaceholderText(self.tr("e.g. Dr Claire Roux"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Password again"))
        form = QFormLayout()
        self.rows = {
            "username": FieldRow(form, self.tr("&User name:"), self.username),
            "full_name": FieldRow(form, self.tr("&Full name:"), self.full_name),
            "password": FieldRow(form, self.tr("&Password:"), self.password),
            "confirm": FieldRow(form, self.tr("Password &again:"), self.confirm),
        }
        from app.auth import MIN_PASSWORD_LENGTH

        hint = QLabel(
            self.tr(
                "Everyone who uses Relais gets their own account later. The password needs "
                "at least %n characters: a sentence of several words is easier to remember "
                "and harder to guess.",
                "",
                MIN_PASSWORD_LENGTH,
            )
        )
        hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addStretch(1)
        for edit in (self.username, self.full_name, self.password, self.confirm):
            edit.textChanged.connect(self._changed)
        self.server_errors: dict[str, str] = {}

    def errors(self) -> dict[str, str]:
        from app.auth import MIN_PASSWORD_LENGTH, password_problems

        errors: dict[str, str] = {}
        name = self.username.text().strip().casefold()
        allowed = name.replace(".", "").replace("-", "").replace("_", "")
        if not name:
            errors["username"] = self.tr("A user name is needed.")
        elif not allowed.isalnum() or not allowed.isascii():
            errors["username"] = self.tr("Use letters, digits, '.', '-' or '_' only.")
        if not self.full_name.text().strip():
            errors["full_name"] = self.tr("The full name is needed.")
        password = self.password.text()
        messages = []
        for problem in password_problems(password, name):
            if problem.message.startswith("at least"):
                messages.append(
                    self.tr("At least %n characters.", "", MIN_PASSWORD_LENGTH) if password else ""
                )
            elif "user name" in problem.message:
                messages.append(self.tr("It must not be the user name."))
            else:
                messages.append(problem.message)
        if any(messages) or not password:
            errors["password"] = " ".join(message for message in messages if message)
        if password and self.confirm.text() != password:
            errors["confirm"] = (
                self.tr("The two passwords are not the same.") if self.confirm.text() else ""
            )
        for field, message in self.server_errors.items():
            errors.setdefault(field, message)
        return errors

    def isComplete(self) -> bool:
        return not self.errors() and not self.wizard_busy()

    def wizard_busy(self) -> bool:
        wizard = self.wizard()
        return isinstance(wizard, FirstRunWizard) and wizard.busy

    def show_problems(self, problems: dict[str, str], message: str = "") -> None:
        self.server_errors = dict(problems)
        self._refresh()
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def _changed(self) -> None:
        self.server_errors.clear()
        self.message.hide()
        self._refresh()
        self.completeChanged.emit()

    def _refresh(self) -> None:
        errors = self.errors()
        for field, row in self.rows.items():
            row.set_error(errors.get(field, ""))


class KeyPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(
            self.tr("The database is created. Print this key now: it is shown only once.")
        )
        explanation = QLabel(
            self.tr(
                "This key opens the database even if every password is lost. Keep the "
                "printed sheet with the practice's important papers, away from this computer."
            )
        )
        explanation.setWordWrap(True)
        self.key_label = QLabel()
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(18.0, self.font().pointSizeF() * 1.8))
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(16, 16, 16, 16)
        frame_layout.addWidget(self.key_label)

        self.save_button = QPushButton(self.tr("&Save recovery sheet as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save recovery sheet as PDF"))
        self.open_button = QPushButton(self.tr("&Open the sheet to print it"))
        self.open_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_label.hide()

        self.confirm = QCheckBox(self.tr("I have &printed this sheet and stored it safely"))
        self.confirm.toggled.connect(self.completeChanged)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.confirm.toggled.connect(self.message.hide)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(frame)
        layout.addLayout(buttons)
        layout.addWidget(self.saved_label)
        layout.addStretch(1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.message)

    def set_key(self, recovery_text: str) -> None:
        from app.recovery_sheet import key_lines

        self.key_label.setText("\n".join(key_lines(recovery_text)))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def isComplete(self) -> bool:
        return self.confirm.isChecked()


class FirstRunWizard(QWizard):
    """The first start of Relais on a computer with no database yet.

    Attributes:
        result_value: the created database and its admin, once page 2 is left.
        sheet_path: where the recovery sheet was last saved, if it was.
        choose_sheet_path: asks where to save the sheet (replaced in tests).
        busy: whether the database or the sheet is being written.
    """

    def __init__(
        self,
        db_path: Path,
        clock: Clock,
        parent: QWidget | None = None,
        choose_sheet_path: SheetPathChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.clock = clock
        self.choose_sheet_path: SheetPathChooser = choose_sheet_path or ask_sheet_path
        self.result_value: tuple[FileDatabase, Actor] | None = None
        self.sheet_path: Path | None = None
        self.busy = False
        self._created_at: datetime | None = None
        self._practice = PracticeSettings()

        self.setWindowTitle(self.tr("Relais — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(640, 560)
        self.practice_page = PracticePage(self.db_path)
        self.admin_page = AdminPage()
        self.admin_page.setCommitPage(True)
        self.key_page = KeyPage()
        self.setPage(PRACTICE_PAGE, self.practice_page)
        self.setPage(ADMIN_PAGE, self.admin_page)
        self.setPage(KEY_PAGE, self.key_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the database"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.key_page.save_button.clicked.connect(self.save_sheet)
        self.key_page.open_button.clicked.connect(self._open_sheet)
        self.currentIdChanged.connect(self._page_changed)

    @classmethod
    def ask(
        cls, db_path: Path, clock: Clock, parent: QWidget | None = None
    ) -> tuple[PracticeDatabase, Actor] | None:
        """Run the wizard; the new database and its admin, or None if cancelled before."""
        wizard = cls(db_path, clock, parent)
        try:
            wizard.exec()
            return wizard.result_value
        finally:
            wizard.deleteLater()

    # -- creating the database ----------------------------------------------

    def validateCurrentPage(self) -> bool:
        if self.currentId() == ADMIN_PAGE and self.result_value is None:
            if not self.busy and self.admin_page.isComplete():
                self._create()
            return False
        return super().validateCurrentPage()

    def _create(self) -> None:
        self._practice = self.practice_page.form.settings()
        practice = self._practice
        path = self.db_path
        clock = self.clock
        username = self.admin_page.username.text().strip()
        full_name = self.admin_page.full_name.text().strip()
        password = self.admin_page.password.text()

        def task(progress: Progress) -> tuple[FileDatabase, Actor]:
            from app.practice import create_practice

            return create_practice(
                path,
                clock,
                admin_username=username,
                admin_full_name=full_name,
                admin_password=password,
                practice=practice,
            )

        self._set_busy(True)
        run_in_background(
            self, self.tr("Creating the encrypted database…"), task, self._created, self._failed
        )

    def _created(self, result: tuple[FileDatabase, Actor]) -> None:
        self.result_value = result
        self._created_at = self.clock.now()
        self.key_page.set_key(result[0].data_key.recovery_text)
        self.admin_page.password.clear()
        self.admin_page.confirm.clear()
        self._set_busy(False)
        self.next()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError):
            problems = {
                problem.field: problem.message
                for problem in error.errors
                if problem.field in self.admin_page.rows
            }
            self.admin_page.show_problems(
                problems,
                self.tr("The database was not created: %1").replace("%1", str(error)),
            )
        elif isinstance(error, RelaisError | OSError):
            self.admin_page.show_problems(
                {}, self.tr("The database was not created: %1").replace("%1", str(error))
            )
        else:
            self.admin_page.show_problems(
                {},
                self.tr(
                    "The database was not created because of an unexpected error (%1)."
                ).replace("%1", type(error).__name__),
            )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.admin_page.setEnabled(not busy)
        self.admin_page.completeChanged.emit()
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)
        self.button(QWizard.WizardButton.BackButton).setEnabled(not busy)

    def _page_changed(self, page_id: int) -> None:
        if page_id == KEY_PAGE:
            # Past this point the database exists: there is nothing left to cancel.
            self.setOption(QWizard.WizardOption.NoCancelButton, True)

    # -- the recovery sheet --------------------------------------------------

    def suggested_sheet_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("Relais recovery sheet - %1.pdf").replace("%1", self._practice.name)
        safe = "".join(ch for ch in name if ch not in '<>:"/\\|?*').strip()
        return Path(folder or Path.home()) / safe

    def save_sheet(self) -> None:
        if self.result_value is None or self.busy:
            return
        path = self.choose_sheet_path(self, self.suggested_sheet_path())
        if path is None:
            return
        database: FileDatabase = self.result_value[0]
        recovery_text = database.data_key.recovery_text
        practice_name = self._practice.name
        created_at = _in_timezone(self._created_at or self.clock.now(), self._practice.timezone)

        def task(progress: Progress) -> Path:
            from app.recovery_sheet import write_recovery_sheet

            write_recovery_sheet(
                path,
                practice_name=practice_name,
                database_path=database.path,
                recovery_text=recovery_text,
                created_at=created_at,
            )
            return path

        self.busy = True
        self.key_page.save_button.setEnabled(False)
        run_in_background(
            self, self.tr("Saving the recovery sheet…"), task, self._sheet_saved, self._sheet_failed
        )

    def _sheet_saved(self, path: Path) -> None:
        self.busy = False
        self.key_page.save_button.setEnabled(True)
        self.sheet_path = path
        self.key_page.saved_label.setText(
            self.tr("Saved as %1. Open it, print it, then delete the file.").replace(
                "%1", str(path)
            )
        )
        self.key_page.saved_label.show()
        self.key_page.open_button.show()

    def _sheet_failed(self, error: BaseException) -> None:
        self.busy = False
        self.key_page.save_button.setEnabled(True)
        self.key_page.show_message(
            self.tr("The sheet could not be saved: %1").replace("%1", str(error))
        )

    def _open_sheet(self) -> None:
        if self.sheet_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.sheet_path)))

    # -- closing -------------------------------------------------------------

    def reject(self) -> None:
        """Cancel before the database exists; afterwards only Finish leaves."""
        if self.busy:
            return
        if self.result_value is not None:
            self.key_page.show_message(
                self.tr(
                    "The database already exists. Print the recovery sheet (or copy the key "
                    "by hand), tick the box, then click Finish."
                )
            )
            return
        super().reject()


def _in_timezone(moment: datetime, timezone: str) -> datetime:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return moment.astimezone(ZoneInfo(timezone))
    except (ZoneInfoNotFoundError, ValueError):
        return moment.astimezone()

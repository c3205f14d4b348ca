"""Signing in, and unlocking after the application locked itself.

``LoginDialog.ask(location, clock)`` opens the database: a file with the user's
key slot (:func:`app.practice.sign_in`), a group practice's server with the
password hash in the user's row (:func:`app.practice.sign_in_server`), asking
for the server's own password when the keychain has none.
``LoginDialog.ask_unlock(context)`` checks
the same user's password again after an auto-lock
(:func:`app.auth.authenticate`).  Both run the Argon2 work off the GUI thread
and answer every failure with a sentence, never a traceback.

``app.practice`` (SQLAlchemy, SQLCipher) is imported only when the user signs
in, so the dialog paints quickly at start-up (DESIGN §9).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.errors import LoginThrottled, RelaisError
from ui.background import run_in_background

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from app.access import Actor
    from app.practice import PracticeDatabase
    from app.tasks import Progress
    from ui.context import UiContext

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #a4000f;"


class LoginDialog(QDialog):
    """Ask for a user name and password (sign-in) or a password only (unlock).

    Attributes:
        result_value: after a successful sign-in, the open database and the actor;
            after a successful unlock, ``True``.
        busy: whether a check is running on the worker.
    """

    def __init__(
        self,
        location: Path | URL,
        clock: Clock,
        parent: QWidget | None = None,
        username: str = "",
        context: UiContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.location = location
        self.clock = clock
        self.context = context
        self.result_value: Any = None
        self.busy = False
        unlocking = context is not None

        self.setWindowTitle(self.tr("Unlock Relais") if unlocking else self.tr("Sign in to Relais"))
        self.setModal(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading(unlocking))
        layout.addSpacing(8)
        layout.addLayout(self._form(username, context))
        layout.addWidget(self._message_label())
        layout.addStretch(1)
        layout.addWidget(self._buttons(unlocking))

        self.username_edit.textChanged.connect(self._update_button)
        self.password_edit.textChanged.connect(self._update_button)
        self._update_button()
        # An explicit minimum: the message line has room reserved, so showing it never
        # resizes the window.
        hint = self.sizeHint()
        self.setMinimumSize(max(460, hint.width()), hint.height())
        if unlocking or username:
            self.password_edit.setFocus()
        else:
            self.username_edit.setFocus()

    def _heading(self, unlocking: bool) -> QWidget:
        box = QWidget()
        heading = QLabel(self.tr("Relais is locked") if unlocking else self.tr("Sign in"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        if unlocking:
            intro_text = self.tr(
                "Nothing is shown while Relais is locked. Enter your password to continue."
            )
        else:
            intro_text = self.tr("Practice database: %1").replace("%1", self.location_name)
            if not isinstance(self.location, Path):
                server = self.location.host or ""
                if self.location.port:
                    server += f":{self.location.port}"
                intro_text = (
                    self.tr("Practice database: %1 on the server %2")
                    .replace("%1", self.location.database or "")
                    .replace("%2", server)
                )
        intro = QLabel(intro_text)
        intro.setWordWrap(True)
        intro.setToolTip(self.location_name if self.on_server else str(self.location))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(intro)
        return box

    def _form(self, username: str, context: UiContext | None) -> QFormLayout:
        self.username_edit = QLineEdit(username)
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.username_edit.setMaxLength(64)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        if context is not None:
            self.username_edit.setText(context.actor.username)
            self.username_edit.setReadOnly(True)
            self.username_edit.hide()
            user_label = QLabel(context.actor.username)
            user_label.setAccessibleName(self.tr("User name"))
            form.addRow(self.tr("User name:"), user_label)
        else:
            form.addRow(self.tr("&User name:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        self.server_password_edit = QLineEdit()
        self.server_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_password_edit.setAccessibleName(self.tr("Server password"))
        self.remember_check = QCheckBox(self.tr("Keep it in this computer's keychain"))
        if self.needs_server_password and context is None:
            form.addRow(self.tr("&Server password:"), self.server_password_edit)
            form.addRow("", self.remember_check)
        return form

    @property
    def on_server(self) -> bool:
        return not isinstance(self.location, Path)

    @property
    def needs_server_password(self) -> bool:
        """A server address for which neither the environment nor the keychain had one."""
        return not isinstance(self.location, Path) and self.location.password is None

    @property
    def location_name(self) -> str:
        if isinstance(self.location, Path):
            return self.location.name
        from db.engine import public_url

        return public_url(self.location)

    def _message_label(self) -> QLabel:
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setAccessibleName(self.tr("Sign-in message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 3)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return self.message

    def _buttons(self, unlocking: bool) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Unlock") if unlocking else self.tr("Sign in"))
        self.ok_button.setAccessibleName(self.ok_button.text())
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        # Enter always means "sign in", even after the button was disabled for a moment.
        cancel.setAutoDefault(False)
        self.ok_button.setAutoDefault(False)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    # -- public API --------------------------------------------------------

    @classmethod
    def ask(
        cls, location: Path | URL, clock: Clock, parent: QWidget | None = None, username: str = ""
    ) -> tuple[PracticeDatabase, Actor] | None:
        """Sign in; the open database and who signed in, or None if the user gave up."""
        dialog = cls(location, clock, parent, username)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                result: tuple[PracticeDatabase, Actor] = dialog.result_value
                return result
            return None
        finally:
            dialog.deleteLater()

    @classmethod
    def ask_unlock(cls, context: UiContext, parent: QWidget | None = None) -> bool:
        """Ask the signed-in user's password again; True once it is right."""
        dialog = cls(context.database.location, context.clock, parent, context=context)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def submit(self) -> None:
        """Check the password on the worker; the dialog closes when it is right."""
        if self.busy or not self.ok_button.isEnabled():
            return
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        self._set_busy(True)
        self.message.clear()
        if self.context is None:
            task = _sign_in_task(
                self.location,
                username,
                password,
                self.clock,
                server_password=self.server_password_edit.text() or None,
                remember=self.remember_check.isChecked(),
            )
            title = self.tr("Signing in…")
        else:
            task = _unlock_task(self.context, password)
            title = self.tr("Unlocking…")
        run_in_background(self, title, task, self._succeeded, self._failed)

    # -- internals ---------------------------------------------------------

    def _update_button(self) -> None:
        filled = bool(self.username_edit.text().strip()) and bool(self.password_edit.text())
        self.ok_button.setEnabled(filled and not self.busy)
        self.ok_button.setDefault(True)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.username_edit.setEnabled(not busy)
        self.password_edit.setEnabled(not busy)
        self.server_password_edit.setEnabled(not busy)
        self._update_button()

    def _succeeded(self, result: object) -> None:
        self._set_busy(False)
        if isinstance(result, Exception):  # unlock: a wrong password, already committed
            self._failed(result)
            return
        self.result_value = result
        self.password_edit.clear()
        self.server_password_edit.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.show_message(self.describe(error))
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def reject(self) -> None:
        """Esc and Cancel close the dialog, except while a check is running."""
        if not self.busy:
            super().reject()

    def show_message(self, text: str) -> None:
        self.message.setText(f"⚠ {text}")

    def describe(self, error: BaseException) -> str:
        """One sentence for the person at the desk."""
        from app.auth import WrongPassword
        from db.errors import DatabaseError, KeyFileError, UnknownUserError, WrongKeyError

        if isinstance(error, LoginThrottled):
            seconds = max(1, round(error.retry_after_seconds))
            return self.tr(
                "Too many failed attempts. Wait %n second(s), then try again.", "", seconds
            )
        if isinstance(error, WrongPassword | WrongKeyError | UnknownUserError):
            if self.context is not None:
                return self.tr("The password is not right. Check Caps Lock and try again.")
            return self.tr(
                "The user name or the password is not right. Check Caps Lock and try again."
            )
        if isinstance(error, KeyFileError):
            return self.tr(
                "The key file beside the database is missing or damaged, so no password "
                "can open it. Ask your administrator to open it with the recovery key. (%1)"
            ).replace("%1", str(error))
        if isinstance(error, RelaisError | DatabaseError | OSError):
            return self.tr("The database could not be opened: %1").replace("%1", str(error))
        log.error("unexpected error while signing in", exc_info=error)
        return self.tr("Signing in failed because of an unexpected error (%1).").replace(
            "%1", type(error).__name__
        )


def _sign_in_task(
    location: Path | URL,
    username: str,
    password: str,
    clock: Clock,
    *,
    server_password: str | None = None,
    remember: bool = False,
) -> Any:
    def task(progress: Progress) -> tuple[PracticeDatabase, Actor]:
        from app.practice import sign_in, sign_in_server

        if isinstance(location, Path):
            return sign_in(location, username, password, clock)
        url = location if server_password is None else location.set(password=server_password)
        opened = sign_in_server(url, username, password, clock)
        if server_password is not None and remember:
            from app.server_credentials import remember_password

            remember_password(location, server_password)
        return opened

    return task


def _unlock_task(context: UiContext, password: str) -> Any:
    def task(progress: Progress) -> object:
        from app.auth import WrongPassword, authenticate

        with context.database.transaction() as session:
            try:
                authenticate(session, context.clock, context.actor.username, password)
            except WrongPassword as wrong:
                # Returned, not raised, so the failed attempt and its back-off are committed.
                return wrong
        return True

    return task

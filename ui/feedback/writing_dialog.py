"""The Feedback page's dialogs share one way to write: OK saves on the database worker,
the dialog closes only once saved, and a refusal is shown under the form in words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget
from sqlalchemy.orm import Session

from app.errors import FieldError, RelaisError, ValidationError
from app.tasks import Progress
from ui.background import BackgroundTask, run_in_background
from ui.context import UiContext
from ui.feedback.words import field_message
from ui.patients.consent_words import NO_SIGN
from ui.style import ERROR_STYLE


class WritingDialog(QDialog):
    """A dialog whose OK writes on the database worker and closes once it is saved.

    Attributes:
        error: the service's refusal, in words, under the form.
        job: the write running, if any.
        written: what the write returned, once saved (``result()`` stays QDialog's).
    """

    def __init__(self, context: UiContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: BackgroundTask | None = None
        self.written: Any = None
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def save(self) -> None:
        raise NotImplementedError

    def _write(self, title: str, work: Callable[[Session], Any]) -> BackgroundTask:
        database = self.context.database
        self.ok_button().setEnabled(False)
        self.error.setVisible(False)

        def task(_progress: Progress) -> Any:
            with database.transaction() as session:
                return work(session)

        self.job = run_in_background(self, title, task, self._saved, self._refused)
        return self.job

    def _saved(self, result: Any) -> None:
        self.written = result
        self.ok_button().setEnabled(True)
        self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(f"{NO_SIGN} {text}")
        self.error.setVisible(True)

    def _refused(self, error: BaseException) -> None:
        self.ok_button().setEnabled(True)
        if isinstance(error, ValidationError):
            text = "\n".join(self.field_message(e) for e in error.errors)
        elif isinstance(error, RelaisError):
            text = str(error)
        else:
            text = self.tr("Unexpected error: %1").replace("%1", repr(error))
        self.show_error(text)

    def field_message(self, error: FieldError) -> str:
        """A located refusal in words; a dialog with fields of its own says them its way."""
        return field_message(error)

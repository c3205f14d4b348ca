"""The practice's two registers on paper, from the Data-rights page (issue 6): the
transparency report for the waiting room (:mod:`app.transparency`) and the record of
processing (:mod:`app.processing_record`).

They sit beside the requests register because the same person (the manager or
the DPO) answers for all three; the trust dashboard will offer the transparency
report too.  The PDF is written on the database worker: the figures read the
whole outbox and check the audit chain, which takes a moment on a large practice.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import processing_record, transparency
from app.errors import RelaisError, ValidationError
from app.tasks import Progress
from app.transparency import Period
from ui.background import BackgroundTask, run_in_background
from ui.context import UiContext
from ui.style import ERROR_STYLE


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit) -> date:
    day = edit.date().toPython()
    assert isinstance(day, date)
    return day


class ReportDialog(QDialog):
    """Which register, for which period and in which language; then where to save it.

    Attributes:
        transparency / processing: the two kinds, one chosen.
        first_day / last_day: the period (transparency only), the last full quarter first.
        language: French or English.
        error: why it could not be written, under the fields.
        job: the PDF being written on the worker, if any.
        written: the file once written (the dialog then closes with Accepted).

    Signals:
        saved(str): the file was written; the text says what and where.
    """

    saved = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: BackgroundTask | None = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Transparency report and record of processing"))
        self.transparency = QRadioButton(
            self.tr("&Transparency report: figures for the waiting room, no personal data"), self
        )
        self.processing = QRadioButton(self.tr("&Record of processing (GDPR Article 30)"), self)
        self.transparency.setChecked(True)
        self.transparency.toggled.connect(self._update)
        default = Period.last_full_quarter(context.settings.today(context.clock))
        self.first_day = QDateEdit(_qdate(default.first_day), self)
        self.last_day = QDateEdit(_qdate(default.last_day), self)
        for edit, name in ((self.first_day, self.tr("From")), (self.last_day, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName(name)
        self.language = QComboBox(self)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(context.settings.language)))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._update()

    def _lay_out(self) -> None:
        period = QHBoxLayout()
        period.addWidget(self.first_day)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.last_day)
        period.addStretch(1)
        form = QFormLayout()
        self.period_label = QLabel(self.tr("&Period:"), self)
        self.period_label.setBuddy(self.first_day)
        form.addRow(self.period_label, period)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.transparency)
        layout.addWidget(self.processing)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _update(self) -> None:
        dated = self.transparency.isChecked()
        for widget in (self.first_day, self.last_day, self.period_label):
            widget.setEnabled(dated)
        self.save_button.setEnabled(self.job is None or self.job.done)

    @classmethod
    def ask(cls, context: UiContext, parent: QWidget | None = None) -> Path | None:
        """Show the dialog; the file written, or None when cancelled."""
        dialog = cls(context, parent)
        try:
            dialog.exec()
            return dialog.written
        finally:
            dialog.deleteLater()

    def period(self) -> Period:
        return Period(_pydate(self.first_day), _pydate(self.last_day))

    def default_name(self) -> str:
        if self.processing.isChecked():
            return "registre-des-traitements.pdf"
        period = self.period()
        return f"rapport-de-transparence-{period.first_day}-{period.last_day}.pdf"

    def choose_file(self) -> Path | None:
        """Where to save it (a file dialog); tests replace this."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path.home() / self.default_name()), "PDF (*.pdf)"
        )
        return Path(name) if name else None

    def save(self) -> BackgroundTask | None:
        """Check the period, ask where, then write the PDF on the database worker."""
        self.error.setVisible(False)
        kind_is_processing = self.processing.isChecked()
        try:
            period = None if kind_is_processing else self.period()
        except ValidationError as exc:
            words = {
                "order": self.tr("The period ends before it starts."),
                "too_long": self.tr("A report covers at most five years."),
            }
            self._show_error("\n".join(words.get(e.code, e.message) for e in exc.errors))
            return None
        path = self.choose_file()
        if path is None:
            return None
        database, clock = self.context.database, self.context.clock
        language = str(self.language.currentData())

        def write(_progress: Progress) -> Path:
            with database.read_session() as session:
                if period is None:
                    processing_record.write_processing_record(path, session, clock, language)
                else:
                    transparency.write_transparency_report(path, session, clock, period, language)
            return path

        self.job = run_in_background(
            self, self.tr("Writing the PDF"), write, self._written, self._failed
        )
        self.job.finished.connect(self._update)
        self._update()
        return self.job

    def _written(self, path: Path) -> None:
        self.written = path
        what = (
            self.tr("The record of processing was saved to %1.")
            if self.processing.isChecked()
            else self.tr("The transparency report was saved to %1.")
        )
        self.saved.emit(what.replace("%1", str(path)))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, RelaisError | OSError):
            self._show_error(str(error))
        else:
            self._show_error(self.tr("The PDF could not be written: %1").replace("%1", str(error)))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

"""Print centre, "Print runs" tab: the batches kept, and reprints exactly as they printed.

A kept batch (:mod:`app.print_runs`) is the PDF that came out of the printer,
checked against its SHA-256 whenever it is read.  "Reprint the run…" gives
those same pages; "Reprint this letter…" only the chosen letter's pages, for
the patient who says theirs never came.  "Labels for this run…" gives one
address label per letter of the run, in the order the letters printed, on
the sheet and from the label chosen as on the Labels tab
(:class:`ui.print_centre.sheets.LabelSheetChoice`): the envelopes of a run
that printed, and only of its letters.  None changes a letter's state, and
all are audited.  A run whose PDF was emptied (after 90 days, or because
a patient in it was erased) stays in the list with why, and cannot be
reprinted.  Reads and reprints run on the database worker.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import labels, print_runs
from app.access import Permission
from app.labels import LabelSheet
from app.print_runs import BatchDamaged, BatchEmptied, KeptBatch, KeptLetter
from app.tasks import Progress
from ui.background import BackgroundTask, run_in_background
from ui.context import UiContext
from ui.patients.consent_words import NO_SIGN, WARNING_SIGN, YES_SIGN
from ui.print_centre.sheets import LabelSheetChoice
from ui.reminders.widgets import RowsModel
from ui.style import ERROR_STYLE
from ui.today.call_list import moment_text

_Index = QModelIndex | QPersistentModelIndex

NUMBER, PRINTED, BY, LETTERS, PAGES, KEPT = range(6)
POSITION, PATIENT, FIRST_PAGE, LETTER_PAGES = range(4)
HASH_SHOWN = 12  # enough to compare by eye with the cover's batch number and a copy


class BatchesModel(RowsModel):
    """The kept print runs, newest first (a few a week: held whole)."""

    column_count = 6

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.rows: list[KeptBatch] = []

    def set_rows(self, rows: list[KeptBatch]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Run"),
            self.tr("Printed"),
            self.tr("By"),
            self.tr("Letters"),
            self.tr("Pages"),
            self.tr("Kept copy"),
        )

    def cell_text(self, batch: KeptBatch, column: int) -> str:
        settings = self._context.settings
        if column == PRINTED:
            return moment_text(
                batch.created_at, settings.zone(), settings.today(self._context.clock)
            )
        plain = {NUMBER: batch.id, BY: batch.created_by, LETTERS: batch.letters, PAGES: batch.pages}
        if column in plain:
            return str(plain[column])
        if batch.emptied:
            return f"{WARNING_SIGN} " + self.tr("emptied: %1").replace(
                "%1", emptied_words(batch.emptied_why)
            )
        return self.tr("SHA-256 %1…").replace("%1", batch.sha256[:HASH_SHOWN])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        batch = self.row_at(index)
        if batch is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell_text(batch, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == KEPT and not batch.emptied:
            return self.tr("SHA-256 of the kept PDF: %1").replace("%1", batch.sha256)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (
            NUMBER,
            LETTERS,
            PAGES,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BatchLettersModel(RowsModel):
    """The letters of one kept run, in print order (postcode order)."""

    column_count = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[KeptLetter] = []

    def set_rows(self, rows: list[KeptLetter]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("#"), self.tr("Patient"), self.tr("First page"), self.tr("Pages"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        letter = self.row_at(index)
        if letter is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                str(letter.position),
                letter.patient_name,
                str(letter.first_page),
                str(letter.pages),
            )[index.column()]
        return None


class RunLabelsDialog(QDialog):
    """Which sheet, and from which label, for the labels of print run ``batch``.

    Attributes:
        choice: the sheet and first free label (:class:`LabelSheetChoice`).
        buttons: "Preview the labels" (accept) and Cancel.
    """

    def __init__(self, batch: KeptBatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Labels for print run %1").replace("%1", str(batch.id)))
        explanation = QLabel(
            self.tr(
                "One label for each of the %1 letters of run %2, in the order they printed, "
                "so the labels come off the sheet in the same order as the letters. "
                "To use a sheet again, click the first label still on it."
            )
            .replace("%1", str(batch.letters))
            .replace("%2", str(batch.id)),
            self,
        )
        explanation.setWordWrap(True)
        self.choice = LabelSheetChoice(self)
        self.choice.side.insertWidget(0, explanation)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Preview the labels…")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.buttons)


class BatchesTab(QWidget):
    """The register of print runs, the two reprints and the run's labels.

    Attributes:
        batches / letters: the two tables, with ``batches_model`` and ``letters_model``.
        reprint_batch_button / reprint_letter_button: make the PDF and open the preview.
        labels_button: asks which sheet (``labels_dialog``), then previews the run's labels.
        message: the last outcome or error.

    Signals:
        refreshed(): the register on screen is fresh.
    """

    refreshed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: BackgroundTask | None = None
        self._can_reprint = context.actor.can(Permission.VIEW_PATIENTS)
        self._build()

    def _table(self, model: RowsModel, name: str) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _build(self) -> None:
        explanation = QLabel(
            self.tr(
                "Each print run is kept as it came out of the printer, checked against its "
                "fingerprint (SHA-256) whenever it is read, so a reprint is the same paper. "
                "Copies are emptied after 90 days, or when a patient in the run is erased."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.batches_model = BatchesModel(self.context, self)
        self.batches = self._table(self.batches_model, self.tr("Print runs kept"))
        self.batches.selectionModel().selectionChanged.connect(self._batch_chosen)
        self.nothing_kept = QLabel(
            self.tr("No print run is kept yet: one is kept when its letters are marked printed."),
            self,
        )
        self.nothing_kept.setWordWrap(True)
        self.nothing_kept.setVisible(False)
        self.reprint_batch_button = QPushButton(self.tr("Reprint the &run…"), self)
        self.reprint_batch_button.clicked.connect(self.reprint_batch)
        self.labels_button = QPushButton(self.tr("Labels for this r&un…"), self)
        self.labels_button.clicked.connect(self.ask_labels)
        self.labels_dialog: RunLabelsDialog | None = None
        runs_box = QGroupBox(self.tr("Print runs"), self)
        runs_layout = QVBoxLayout(runs_box)
        runs_layout.addWidget(self.nothing_kept)
        runs_layout.addWidget(self.batches, 1)
        runs_layout.addLayout(_right(self.labels_button, self.reprint_batch_button))

        self.letters_model = BatchLettersModel(self)
        self.letters = self._table(self.letters_model, self.tr("Letters in the run"))
        self.letters.horizontalHeader().setStretchLastSection(False)
        self.letters.horizontalHeader().setSectionResizeMode(
            PATIENT, QHeaderView.ResizeMode.Stretch
        )
        self.letters.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reprint_letter_button = QPushButton(self.tr("Reprint this &letter…"), self)
        self.reprint_letter_button.clicked.connect(self.reprint_letter)
        self.letters_box = QGroupBox(self.tr("Letters in the run"), self)
        letters_layout = QVBoxLayout(self.letters_box)
        letters_layout.addWidget(self.letters, 1)
        letters_layout.addLayout(_right(self.reprint_letter_button))

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(runs_box, 3)
        layout.addWidget(self.letters_box, 2)
        layout.addWidget(self.message)
        self._update_buttons()

    # -- reading ---------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self.busy():
            return
        database = self.context.database

        def read(_progress: Progress) -> list[KeptBatch]:
            with database.read_session() as session:
                return print_runs.kept_batches(session)

        self._start(self.tr("Reading the print runs"), read, self._apply_batches)

    def _apply_batches(self, batches: list[KeptBatch]) -> None:
        chosen = self.chosen_batch()
        self.batches_model.set_rows(batches)
        self.nothing_kept.setVisible(not batches)
        self.batches.setVisible(bool(batches))
        ids = [batch.id for batch in batches]
        if batches:
            self.batches.selectRow(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
        else:
            self.letters_model.set_rows([])
        self._update_buttons()
        self.refreshed.emit()

    def chosen_batch(self) -> KeptBatch | None:
        rows = self.batches.selectionModel().selectedRows()
        return self.batches_model.row_at(rows[0]) if rows else None

    def chosen_letter(self) -> KeptLetter | None:
        rows = self.letters.selectionModel().selectedRows()
        return self.letters_model.row_at(rows[0]) if rows else None

    def _batch_chosen(self) -> None:
        batch = self.chosen_batch()
        self.letters_model.set_rows([])
        self._update_buttons()
        if batch is None:
            return
        self.letters_box.setTitle(self.tr("Letters in run %1").replace("%1", str(batch.id)))
        database, batch_id = self.context.database, batch.id

        def read(_progress: Progress) -> list[KeptLetter]:
            with database.read_session() as session:
                return print_runs.batch_letters(session, batch_id)

        run_in_background(self, self.tr("Reading the run"), read, self._apply_letters)

    def _apply_letters(self, letters: list[KeptLetter]) -> None:
        self.letters_model.set_rows(letters)
        if letters:
            self.letters.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        batch = self.chosen_batch()
        usable = self._can_reprint and batch is not None and not batch.emptied
        self.reprint_batch_button.setEnabled(usable and not self.busy())
        self.labels_button.setEnabled(usable and not self.busy())
        self.reprint_letter_button.setEnabled(
            usable and self.chosen_letter() is not None and not self.busy()
        )
        if batch is not None and batch.emptied:
            why = self.tr("Its kept copy was emptied: %1.").replace(
                "%1", emptied_words(batch.emptied_why)
            )
            for button in (
                self.reprint_batch_button,
                self.reprint_letter_button,
                self.labels_button,
            ):
                button.setToolTip(why)
        else:
            self.reprint_batch_button.setToolTip(self.tr("The whole run, as it printed"))
            self.reprint_letter_button.setToolTip(
                self.tr("Only this letter's pages, as they printed")
            )
            self.labels_button.setToolTip(
                self.tr("An address label for each letter of the run, in print order")
            )

    # -- reprinting ------------------------------------------------------------------------

    def reprint_batch(self) -> bool:
        batch = self.chosen_batch()
        if batch is None or batch.emptied or self.busy():
            return False
        database, clock, actor, batch_id = (
            self.context.database,
            self.context.clock,
            self.context.actor,
            batch.id,
        )

        def read(_progress: Progress) -> bytes:
            with database.transaction() as session:  # the reprint is audited
                return print_runs.batch_pdf(session, clock, actor, batch_id)

        title = self.tr("Print run %1").replace("%1", str(batch_id))
        self._start(
            self.tr("Reading the print run"), read, lambda pdf: self._show(pdf, title, "run")
        )
        return True

    def reprint_letter(self) -> bool:
        batch, letter = self.chosen_batch(), self.chosen_letter()
        if batch is None or letter is None or batch.emptied or self.busy():
            return False
        database, clock, actor = self.context.database, self.context.clock, self.context.actor
        batch_id, message_id = batch.id, letter.message_id

        def read(_progress: Progress) -> bytes:
            with database.transaction() as session:
                return print_runs.letter_pdf(session, clock, actor, batch_id, message_id)

        title = self.tr("Letter to %1 (print run %2)").replace("%1", letter.patient_name)
        title = title.replace("%2", str(batch_id))
        self._start(
            self.tr("Reading the letter"), read, lambda pdf: self._show(pdf, title, "letter")
        )
        return True

    def ask_labels(self) -> bool:
        """Ask which sheet and label to start at; the labels follow when the dialog is accepted."""
        batch = self.chosen_batch()
        if batch is None or batch.emptied or self.busy():
            return False
        dialog = RunLabelsDialog(batch, self)
        dialog.accepted.connect(
            lambda: self.print_labels(batch, dialog.choice.sheet, dialog.choice.start_at)
        )
        self.labels_dialog = dialog
        dialog.open()
        return True

    def print_labels(self, batch: KeptBatch, sheet: LabelSheet, start_at: int) -> bool:
        """The labels of ``batch`` on ``sheet`` from label ``start_at``, in the preview."""
        if self.busy():
            return False
        database, clock, actor, batch_id = (
            self.context.database,
            self.context.clock,
            self.context.actor,
            batch.id,
        )

        def render(_progress: Progress) -> bytes:
            with database.transaction() as session:  # audited: names and addresses
                return labels.labels_for_batch(
                    session, clock, actor, batch_id, sheet, start_at=start_at
                )

        title = self.tr("Labels for print run %1").replace("%1", str(batch_id))
        self._start(
            self.tr("Preparing the labels"), render, lambda pdf: self._show(pdf, title, "labels")
        )
        return True

    def _start(
        self, title: str, task: Callable[[Progress], Any], done: Callable[[Any], None]
    ) -> None:
        self.message.setVisible(False)
        self.job = run_in_background(self, title, task, done, self._failed)
        self.job.finished.connect(self._update_buttons)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, BatchEmptied):
            self.show_message(
                self.tr("This run's kept copy was emptied: it cannot be reprinted, nor its labels.")
            )
        elif isinstance(error, BatchDamaged):
            self.show_message(
                self.tr(
                    "The kept copy no longer matches its fingerprint: it is not reprinted, "
                    "so nothing different from what was posted can come out. Tell the "
                    "practice manager: the database may be damaged (run a check)."
                ),
                error=True,
            )
        else:
            self.show_message(
                self.tr("The print run could not be read: %1").replace("%1", str(error)),
                error=True,
            )
        self.refresh()

    def _show(self, pdf: bytes, title: str, stem: str) -> None:
        # Patients' names and addresses: a private temporary folder while it is open.
        with tempfile.TemporaryDirectory(prefix="relais-") as folder:
            path = Path(folder) / f"{stem}.pdf"
            path.write_bytes(pdf)
            path.chmod(0o600)
            self.open_preview(path, title)

    def open_preview(self, path: Path, title: str) -> None:
        from ui.print_preview import PdfPreviewDialog

        PdfPreviewDialog.show_pdf(path, title, self)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(f"{NO_SIGN if error else YES_SIGN} {text}")
        self.message.setVisible(True)


def emptied_words(why: str | None) -> str:
    """Why a kept copy was emptied, in the user's language (the service stores English)."""
    if why == print_runs.ERASURE_WHY:
        return QCoreApplication.translate("BatchesTab", "a patient in it was erased")
    kept = re.fullmatch(print_runs.RETENTION_WHY.replace("{days}", r"(\d+)"), why or "")
    if kept:
        return QCoreApplication.translate("BatchesTab", "kept %1 days").replace("%1", kept[1])
    return why or ""


def _right(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row

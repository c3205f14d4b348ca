"""Print centre: the day's letters, previewed, printed, then posted (DESIGN §10 flow 4).

Two lists: the letters waiting for the print run, and those printed and not
yet posted.  "Preview and print…" checks and renders the letters on the
database worker (:func:`ui.background.run_in_background`): a patient who
withdrew since the letter was planned is left out and the page says so.  The
PDF opens in the usual preview, which prints through the system's print
dialog or saves a copy; when it closes, the page asks whether the letters
printed correctly, and only a "yes" marks them printed.  "Mark posted" ends
their way.  Each button acts on the selected letters, or on all of them when
none is selected, and says which.

Lists are read on the database worker when the page is shown, on F5 and after
each action; no Session outlives a read.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import letters, print_runs
from app.access import Permission
from app.calls import NotActionable
from app.errors import RelaisError
from app.letters import LeftOut, LetterBatch, LetterToPrint, NothingToPrint, PracticeHasNoPhone
from app.tasks import Progress
from db.models import PaperFormat
from ui.background import BackgroundTask, is_cancelled, run_in_background
from ui.confirm import confirm
from ui.context import UiContext
from ui.i18n import current_language
from ui.patients.consent_words import NO_SIGN, WARNING_SIGN, YES_SIGN
from ui.print_centre.batches import BatchesTab
from ui.print_centre.paper import PaperSettingsTab
from ui.print_centre.sheets import SheetsTab
from ui.style import ERROR_STYLE, page_heading
from ui.today.call_list import moment_text

_Index = QModelIndex | QPersistentModelIndex

# Columns (CONVENTIONS 8); the last one is the paper format while waiting, the
# moment of printing once printed.
PATIENT, POSTCODE, PURPOSE, DUE, LAST = range(5)
COLUMN_COUNT = 5
MessageIdRole = Qt.ItemDataRole.UserRole + 1


def format_name(paper: PaperFormat) -> str:
    return {
        PaperFormat.STANDARD: QCoreApplication.translate("PrintCentrePage", "standard"),
        PaperFormat.LARGE_PRINT: QCoreApplication.translate("PrintCentrePage", "large print"),
        PaperFormat.EASY_READ: QCoreApplication.translate("PrintCentrePage", "easy read"),
    }[paper]


class LetterTableModel(QAbstractTableModel):
    """Letters of one list, in the order the service gives (postcode, then name).

    A print run is a day's letters, a few thousand at most after a campaign:
    the rows themselves are held, small frozen records read in one query.

    Attributes:
        printed: False for the letters to print, True for those to post.
    """

    def __init__(self, context: UiContext, *, printed: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.printed = printed
        self._context = context
        self._letters: list[LetterToPrint] = []
        self._day: date | None = None

    @property
    def letters(self) -> list[LetterToPrint]:
        return self._letters

    def set_letters(self, letters_: Sequence[LetterToPrint], day: date) -> None:
        self.beginResetModel()
        self._letters = list(letters_)
        self._day = day
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else len(self._letters)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        last = self.tr("Printed") if self.printed else self.tr("Format")
        return (self.tr("Patient"), self.tr("Postcode"), self.tr("Purpose"), self.tr("Due"), last)[
            section
        ]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def cell_text(self, row: int, column: int) -> str:
        letter = self._letters[row]
        zone = self._context.settings.zone()
        day = self._day or self._context.settings.today(self._context.clock)
        if column == PATIENT:
            return letter.patient_name
        if column == POSTCODE:
            return " ".join(part for part in (letter.postcode, letter.city) if part)
        if column == PURPOSE:
            return letter.purpose_name(current_language())
        if column == DUE:
            return moment_text(letter.due_at, zone, day)
        if self.printed:
            return moment_text(letter.updated_at, zone, day)
        return format_name(letter.paper_format)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._letters):
            return None
        if not 0 <= index.column() < COLUMN_COUNT:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self.cell_text(index.row(), index.column())
        if role == MessageIdRole:
            return self._letters[index.row()].message_id
        return None


class PrintCentrePage(QWidget):
    """The letters to print and to post, and the two actions that move them.

    Attributes:
        job: the read or the rendering running on the database worker, if any.
        rendering: True while letters are being checked and rendered.
        to_print / to_post: the two tables, with their models ``to_print_model``
            and ``to_post_model``.
        print_button: "Preview and print…" (Ctrl+P from the window too).
        posted_button: "Mark posted".
        message: the last action's outcome, or its error.
        preview_title: the title of the preview window, for whoever looks for it.

    Signals:
        refreshed(): the lists on screen are fresh.
        changed(): letters were marked printed or posted (Today counts them).
    """

    refreshed = Signal()
    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: BackgroundTask | None = None
        self.rendering = False
        self._loaded = False
        self._refresh_again = False
        self._can_act = context.actor.can(Permission.EDIT_PATIENTS)
        self.preview_title = self.tr("Letters to print")
        self._build()
        self.refresh()

    # -- layout ------------------------------------------------------------------------

    def _table(self, model: LetterTableModel, name: str) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PATIENT, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        return table

    def _build_top(self) -> QHBoxLayout:
        self.updating = QLabel(self.tr("Updating…"), self)
        self.updating.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.updating.setVisible(False)
        self.refresh_button = QPushButton(self.tr("Refres&h"), self)
        self.refresh_button.setToolTip(self.tr("Read the lists again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        refresh_key = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        refresh_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_key.activated.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(page_heading(self.tr("Print centre"), self))
        top.addStretch(1)
        top.addWidget(self.updating)
        top.addWidget(self.refresh_button)
        return top

    def _build(self) -> None:
        top = self._build_top()
        explanation = QLabel(
            self.tr(
                "Each letter is checked again before it is printed: a patient who withdrew "
                "or moved since it was planned is left out. Buttons act on the selected "
                "letters, or on all of them when none is selected."
            ),
            self,
        )
        explanation.setWordWrap(True)

        self.to_print_model = LetterTableModel(self.context, printed=False, parent=self)
        self.to_print = self._table(self.to_print_model, self.tr("Letters to print"))
        self.print_button = QPushButton(self)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.preview_and_print)
        self.to_print_box = QGroupBox(self)
        self.nothing_to_print = _empty_label(
            self.tr("No letter is waiting: the dispatcher queues each one when its day comes."),
            self.to_print_box,
        )
        print_layout = QVBoxLayout(self.to_print_box)
        print_layout.addWidget(self.nothing_to_print)
        print_layout.addWidget(self.to_print, 1)
        print_layout.addLayout(_buttons_row(self.print_button))

        self.to_post_model = LetterTableModel(self.context, printed=True, parent=self)
        self.to_post = self._table(self.to_post_model, self.tr("Letters printed, to post"))
        self.posted_button = QPushButton(self)
        self.posted_button.clicked.connect(self.mark_posted)
        self.to_post_box = QGroupBox(self)
        self.nothing_to_post = _empty_label(
            self.tr("No printed letter is waiting to be posted."), self.to_post_box
        )
        post_layout = QVBoxLayout(self.to_post_box)
        post_layout.addWidget(self.nothing_to_post)
        post_layout.addWidget(self.to_post, 1)
        post_layout.addLayout(_buttons_row(self.posted_button))

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)

        self.letters_tab = QWidget(self)
        letters_layout = QVBoxLayout(self.letters_tab)
        letters_layout.addWidget(explanation)
        letters_layout.addSpacing(8)
        letters_layout.addWidget(self.to_print_box, 3)
        letters_layout.addWidget(self.to_post_box, 2)
        letters_layout.addWidget(self.message)

        self._build_tabs()

        layout = self.main_layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        if not self._can_act:
            for button in (self.print_button, self.posted_button):
                button.setToolTip(self.tr("Your role does not allow printing letters."))
        self._update_buttons()

    def _build_tabs(self) -> None:
        self.sheets_tab = SheetsTab(self.context, self)
        self.batches_tab = BatchesTab(self.context, self)
        self.paper_tab = PaperSettingsTab(self.context, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.letters_tab, self.tr("&Letters"))
        self.tabs.addTab(self.sheets_tab, self.tr("Labels and &call sheet"))
        self.tabs.addTab(self.batches_tab, self.tr("Print &runs"))
        self.tabs.addTab(self.paper_tab, self.tr("Paper and &envelopes"))

    # -- reading -----------------------------------------------------------------------

    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def refresh(self) -> None:
        """Read both lists on the database worker; the page stays usable meanwhile."""
        if self.busy():
            self._refresh_again = True
            return
        self.updating.setVisible(True)
        database, clock = self.context.database, self.context.clock

        def read(_progress: Progress) -> tuple[list[LetterToPrint], list[LetterToPrint]]:
            with database.read_session() as session:
                return (
                    letters.letters_to_print(session, clock.now()),
                    letters.letters_to_post(session),
                )

        self._start(run_in_background(
            self, self.tr("Reading the letters"), read, self.apply, self._read_failed
        ))  # fmt: skip

    def _start(self, job: BackgroundTask) -> None:
        self.job = job
        job.finished.connect(lambda: self._job_finished(job))

    def _job_finished(self, job: BackgroundTask) -> None:
        if job is not self.job:
            return  # an earlier job; the one running now says when it ends
        self.updating.setVisible(False)
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()

    def _read_failed(self, error: BaseException) -> None:
        self.show_message(
            self.tr("The letters could not be read: %1").replace("%1", str(error)), error=True
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded and not self.busy():
            self.refresh()  # the first read started with the page

    def apply(self, lists: tuple[list[LetterToPrint], list[LetterToPrint]]) -> None:
        """Show the two lists; selections are kept by letter."""
        to_print, to_post = lists
        self._loaded = True
        day = self.context.settings.today(self.context.clock)
        for table, model, rows in (
            (self.to_print, self.to_print_model, to_print),
            (self.to_post, self.to_post_model, to_post),
        ):
            kept = set(self._selected_ids(table))
            model.set_letters(rows, day)
            for row, letter in enumerate(rows):
                if letter.message_id in kept:
                    table.selectionModel().select(
                        model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.Select
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
        # An empty table says nothing: a sentence does, and the table gives way to it.
        # An empty list shrinks to its sentence and leaves the room to the other.
        for box, table, empty, rows, stretch in (
            (self.to_print_box, self.to_print, self.nothing_to_print, to_print, 3),
            (self.to_post_box, self.to_post, self.nothing_to_post, to_post, 2),
        ):
            table.setVisible(bool(rows))
            empty.setVisible(not rows)
            self.main_layout.setStretchFactor(box, stretch if rows else 0)
        self.to_print_box.setTitle(self.tr("To print (%1)").replace("%1", str(len(to_print))))
        self.to_post_box.setTitle(self.tr("Printed, to post (%1)").replace("%1", str(len(to_post))))
        self._update_buttons()
        self.refreshed.emit()

    # -- selection ---------------------------------------------------------------------

    @staticmethod
    def _selected_ids(table: QTableView) -> list[int]:
        model = table.model()
        rows = sorted(index.row() for index in table.selectionModel().selectedRows())
        return [int(model.index(row, 0).data(MessageIdRole)) for row in rows]

    def _chosen(self, table: QTableView, model: LetterTableModel) -> list[int]:
        """The selected letters, or all of them when none is selected."""
        return self._selected_ids(table) or [letter.message_id for letter in model.letters]

    def letters_to_print_ids(self) -> list[int]:
        return self._chosen(self.to_print, self.to_print_model)

    def letters_to_post_ids(self) -> list[int]:
        return self._chosen(self.to_post, self.to_post_model)

    def _update_buttons(self) -> None:
        chosen = len(self._selected_ids(self.to_print))
        count = chosen or len(self.to_print_model.letters)
        self.print_button.setText(
            (
                self.tr("Preview and print the selected (%1)…")
                if chosen
                else self.tr("Preview and print all (%1)…")
            ).replace("%1", str(count))
        )
        self.print_button.setEnabled(self._can_act and count > 0 and not self.rendering)
        posted = len(self._selected_ids(self.to_post))
        post_count = posted or len(self.to_post_model.letters)
        self.posted_button.setText(
            (
                self.tr("Mark the selected posted (%1)")
                if posted
                else self.tr("Mark all posted (%1)")
            ).replace("%1", str(post_count))
        )
        self.posted_button.setEnabled(self._can_act and post_count > 0)

    # -- printing ----------------------------------------------------------------------

    def print_current(self) -> bool:
        """Ctrl+P: preview and print the letters chosen."""
        return self.preview_and_print()

    def preview_and_print(self) -> bool:
        """Check and render the chosen letters off the GUI thread, then preview them."""
        ids = self.letters_to_print_ids()
        if not ids or not self._can_act or self.rendering:
            return False
        # A read still running is fine: the one database worker takes the jobs in turn.
        database, clock = self.context.database, self.context.clock

        def render(progress: Progress) -> LetterBatch:
            with database.transaction() as session:
                return letters.prepare_batch(session, clock, ids, progress)

        self.message.setVisible(False)
        self.rendering = True
        self._start(run_in_background(
            self, self.tr("Preparing the letters"), render, self._batch_ready, self._batch_failed,
            describe=self.describe_progress,
        ))  # fmt: skip
        self._update_buttons()
        return True

    def describe_progress(self, message: str) -> str:
        """The check's progress steps (the app's English, letters.PROGRESS_CODES) in the
        user's language; a step it does not know is shown as the app said it."""
        return {
            letters.READING: self.tr("Checking and reading the letters"),
            letters.LAYING_OUT: self.tr("Laying out the letters"),
        }.get(message, message)

    def _batch_failed(self, error: BaseException) -> None:
        self.rendering = False
        if is_cancelled(error):
            self.show_message(self.tr("Cancelled: nothing was printed or changed."))
        else:
            self.show_message(
                self.refusal_text(error)
                or self.tr("The letters could not be prepared: %1").replace("%1", str(error)),
                error=True,
            )
        self.refresh()

    def refusal_text(self, error: BaseException) -> str:
        """Why the service refused to print, in the user's language; "" when it is no refusal
        the page knows (the caller then shows the error as it came)."""
        if isinstance(error, PracticeHasNoPhone):
            return self.tr(
                "The practice has no phone number, and a letter must say how to reach it. "
                "Add it in Settings (the practice's details), then print again."
            )
        if isinstance(error, NothingToPrint):
            if error.code == "all_set_aside":
                count = int(error.params.get("count", len(error.left_out)))
                said = self.tr(
                    "No letter is left to print: the check before printing set %n aside.",
                    "",
                    count,
                )
            else:
                said = self.tr("No letter is waiting to be printed.")
            return " ".join(part for part in (said, self._left_out_words(error.left_out)) if part)
        if isinstance(error, NotActionable):
            # Another desk printed or cancelled one of them meanwhile: the lists are read again.
            return self.tr(
                "Some of these letters are no longer waiting to be printed: they were printed "
                "or cancelled meanwhile. The lists are up to date again; choose the letters anew."
            )
        return ""

    def _batch_ready(self, batch: LetterBatch) -> None:
        self.rendering = False
        left_out = self.left_out_text(batch)
        if not batch.message_ids:
            self.show_message(
                " ".join(
                    part for part in (self.tr("No letter is left to print."), left_out) if part
                ),
                error=bool(left_out),
            )
            self.refresh()
            self.changed.emit()
            return
        # The letters name patients: the PDF lives in a private temporary folder
        # while the preview is open, never in the documents folder.
        with tempfile.TemporaryDirectory(prefix="relais-") as folder:
            path = Path(folder) / "letters.pdf"
            path.write_bytes(batch.pdf)
            path.chmod(0o600)
            self.open_preview(path)
        if self.confirm_printed(len(batch.message_ids)):
            self._mark_printed(batch, left_out)
        else:
            self.show_message(
                " ".join(
                    part
                    for part in (
                        self.tr("Nothing was marked printed: the letters wait for the next run."),
                        left_out,
                    )
                    if part
                ),
                error=bool(left_out),
            )
        self.refresh()
        self.changed.emit()

    def open_preview(self, path: Path) -> None:
        """The usual preview: print through the system dialog, or save a copy."""
        from ui.print_preview import PdfPreviewDialog

        PdfPreviewDialog.show_pdf(path, self.preview_title, self)

    def confirm_printed(self, count: int) -> bool:
        """Ask whether the letters came out right; only a yes marks them printed."""
        return confirm(
            self,
            self.tr("Print run"),
            self.tr("Did the letters print correctly?"),
            self.tr("&Yes, mark them printed"),
            self.tr("&No, keep them to print"),
            details=self.tr(
                "%n letter(s) were in this print run. Answer yes only when every page "
                "came out: the letters then leave the list of letters to print.",
                "",
                count,
            ),
        )

    def _mark_printed(self, batch: LetterBatch, left_out: str) -> None:
        try:
            with self.context.database.transaction() as session:
                kept = print_runs.keep_printed(
                    session, self.context.clock, self.context.actor, batch
                )
        except RelaisError as exc:
            self.show_message(str(exc), error=True)
            return
        done = self.tr(
            "%n letter(s) marked printed. Mark them posted once they go out.",
            "",
            len(batch.message_ids),
        )
        kept_words = self.tr("Kept as print run %1, for an identical reprint.").replace(
            "%1", str(kept.id)
        )
        self.show_message(
            " ".join(part for part in (done, kept_words, left_out) if part), error=False
        )
        self.batches_tab.refresh()

    def left_out_text(self, batch: LetterBatch) -> str:
        """The letters the check set aside, one clause each: who, and why."""
        return self._left_out_words(batch.left_out)

    def _left_out_words(self, left_out: Sequence[LeftOut]) -> str:
        if not left_out:
            return ""
        names = "; ".join(
            f"{item.patient_name} ({self.left_out_reason(item)})" for item in left_out
        )
        return f"{WARNING_SIGN} " + self.tr(
            "%n letter(s) not printed: %1.", "", len(left_out)
        ).replace("%1", names)

    def left_out_reason(self, item: LeftOut) -> str:
        """Why the check set one letter aside (LeftOut.reason and .params), in the user's
        language; a reason this screen does not know yet is said in the app's English."""
        params, reason = item.params, item.reason
        if reason == "patient_status":
            return self._patient_status_words(params.get("status", ""))
        if reason == "consent_changed":
            return self._consent_words(params.get("state", ""))
        if reason == "template":
            return self.tr("its template must be fixed: %1").replace("%1", params.get("error", ""))
        fixed = {
            "expired": self.tr("no longer relevant"),
            "due_changed": self.tr("what it was about was moved or cancelled"),
            "preferences_changed": self.tr("the preferences changed since it was planned"),
            "contact_unusable": self.tr("the postal address can no longer be used"),
            "cap_reached": self.tr("the patient already had as many messages as allowed for now"),
            "quiet_time": self.tr("quiet time for this patient: it comes back to the list later"),
        }
        # "other" carries the app's own words; an unknown code has only them.
        return fixed.get(reason) or params.get("why") or item.why

    def _patient_status_words(self, status: str) -> str:
        words = {
            "moved": self.tr("the patient has moved away"),
            "deceased": self.tr("the patient has died"),
            "archived": self.tr("the patient's record is archived"),
            "erased": self.tr("the patient's record was erased"),
        }
        return words.get(status) or self.tr("the patient's record is marked %1").replace(
            "%1", status
        )

    def _consent_words(self, state: str) -> str:
        words = {
            "withdrawn": self.tr("consent was withdrawn since it was planned"),
            "refused": self.tr("the patient refused since it was planned"),
            "objected": self.tr("the patient objected since it was planned"),
            "no_consent": self.tr("consent is no longer given since it was planned"),
        }
        return words.get(state) or self.tr("consent changed since it was planned (%1)").replace(
            "%1", state
        )

    # -- posting -----------------------------------------------------------------------

    def mark_posted(self) -> bool:
        ids = self.letters_to_post_ids()
        if not ids or not self._can_act:
            return False
        try:
            with self.context.database.transaction() as session:
                letters.mark_posted(session, self.context.clock, self.context.actor, ids)
        except RelaisError as exc:
            self.show_message(str(exc), error=True)
            self.refresh()
            return False
        self.show_message(self.tr("%n letter(s) marked posted.", "", len(ids)), error=False)
        self.to_post.clearSelection()
        self.refresh()
        self.changed.emit()
        return True

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        sign = NO_SIGN if error else YES_SIGN
        self.message.setText(f"{sign} {text}")
        self.message.setVisible(True)


def _empty_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setVisible(False)
    return label


def _buttons_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row

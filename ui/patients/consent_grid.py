"""The communication profile: a patient's consent grid, its buttons and its timeline.

DESIGN §2.3 and §10 flow 2: rows are the active purposes, columns the lawful
basis and the four channels; each cell says the state derived from the ledger
(:func:`app.consent.grid`) in words and with a sign, never by colour alone,
and its tooltip says which event decided it.  Recording a consent and
withdrawing it take the same clicks (select the cell, pick the method, press
the button); each action is one event appended in one transaction.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app import consent, consent_forms
from app.access import Permission
from app.consent import ConsentState
from app.errors import NotFound, RelaisError
from db.models import Channel, ConsentKind, ConsentMethod, LawfulBasis, Patient
from ui.context import UiContext
from ui.i18n import current_language
from ui.patients.consent_words import (
    WARNING_SIGN,
    YES_SIGN,
    basis_name,
    channel_name,
    kind_name,
    method_name,
    state_text,
)
from ui.patients.preferences_editor import PreferencesEditor
from ui.patients.sent_messages import PatientMessagesView
from ui.print_preview import PdfPreviewDialog
from ui.style import ERROR_STYLE

_Index = QModelIndex | QPersistentModelIndex

# Named columns (CONVENTIONS 8); the order is the order on screen.
BASIS = 0
SMS = 1
EMAIL = 2
LETTER = 3
PHONE = 4
COLUMN_COUNT = 5
CHANNEL_OF_COLUMN: dict[int, Channel] = {
    SMS: Channel.SMS,
    EMAIL: Channel.EMAIL,
    LETTER: Channel.LETTER,
    PHONE: Channel.PHONE,
}

# Custom roles: what a cell is about, for the dialog and the tests.
PurposeCodeRole = Qt.ItemDataRole.UserRole + 1
ChannelRole = Qt.ItemDataRole.UserRole + 2
StateRole = Qt.ItemDataRole.UserRole + 3

_ALLOWED_COLOUR = QColor("#1b5e20")
_REFUSED_COLOUR = QColor("#b3261e")
_UNSET_COLOUR = QColor("#5f6368")

# The methods offered at the desk (an SMS STOP arrives by import, never by hand).
DESK_METHODS = (
    ConsentMethod.SIGNED_FORM,
    ConsentMethod.AT_DESK,
    ConsentMethod.PHONE,
    ConsentMethod.LETTER_REPLY,
)


def practice_zone(context: UiContext) -> ZoneInfo:
    return context.settings.zone()


def local_time(moment: datetime, zone: ZoneInfo) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).strftime("%d/%m/%Y %H:%M")


@dataclass(frozen=True)
class PurposeRow:
    code: str
    name: str
    basis: LawfulBasis


@dataclass(frozen=True)
class EventRow:
    """One ledger event, as the grid's tooltips and the timeline show it."""

    id: int
    purpose: str  # the purpose's name, or "" for an Art. 21 objection to all
    channel: Channel | None
    kind: ConsentKind
    method: ConsentMethod
    recorded_at: datetime
    recorded_by: str


class ConsentGridModel(QAbstractTableModel):
    """Purposes × (basis, SMS, E-mail, Letter, Phone) for one patient, read from the ledger."""

    def __init__(self, context: UiContext, patient_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self._zone = practice_zone(context)
        self._purposes: list[PurposeRow] = []
        self._states: dict[tuple[str, Channel], ConsentState] = {}
        self.events: list[EventRow] = []
        self._events_by_id: dict[int, EventRow] = {}
        self.refresh()

    # -- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the grid and the ledger again (after each recorded event)."""
        french = current_language() == "fr"
        with self.context.database.read_session() as session:
            purposes = consent.purposes(session, active_only=False)
            names = {p.id: (p.name_fr if french else p.name_en) for p in purposes}
            rows = [
                PurposeRow(p.code, p.name_fr if french else p.name_en, p.basis)
                for p in purposes
                if p.active
            ]
            states = consent.grid(session, self.patient_id, self.context.clock.now())
            events = [
                EventRow(
                    e.id,
                    names.get(e.purpose_id, "") if e.purpose_id is not None else "",
                    e.channel,
                    e.kind,
                    e.method,
                    e.recorded_at,
                    e.recorded_by,
                )
                for e in consent.events_of(session, self.patient_id)
            ]
        same_rows = [r.code for r in rows] == [r.code for r in self._purposes]
        if not same_rows:
            self.beginResetModel()
        self._purposes = rows
        self._states = states
        self.events = events
        self._events_by_id = {e.id: e for e in events}
        if not same_rows:
            self.endResetModel()
        elif rows:
            # Same rows: say what changed without losing the selection.
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, COLUMN_COUNT - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(rows) - 1)

    # -- the model ----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's API
        return 0 if parent.isValid() else len(self._purposes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's API
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == BASIS:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == BASIS:
                return self.tr("Lawful basis")
            channel = CHANNEL_OF_COLUMN.get(section)
            return None if channel is None else channel_name(channel)
        if 0 <= section < len(self._purposes):
            return self._purposes[section].name
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._purposes):
            return None
        purpose = self._purposes[index.row()]
        if index.column() == BASIS:
            return self._basis_data(purpose, role)
        channel = CHANNEL_OF_COLUMN.get(index.column())
        state = None if channel is None else self._states.get((purpose.code, channel))
        if channel is None or state is None:
            return None
        return self._cell_data(purpose, channel, state, role)

    def _cell_data(
        self, purpose: PurposeRow, channel: Channel, state: ConsentState, role: int
    ) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value: Any = state_text(state)
        elif role == Qt.ItemDataRole.ToolTipRole:
            value = self._tooltip(purpose, channel, state)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if state.reason == "no_consent":
                value = _UNSET_COLOUR
            else:
                value = _ALLOWED_COLOUR if state.allowed else _REFUSED_COLOUR
        else:
            value = {
                PurposeCodeRole: purpose.code,
                ChannelRole: channel.value,
                StateRole: state,
            }.get(role)
        return value

    def _basis_data(self, purpose: PurposeRow, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return basis_name(purpose.basis)
        if role == Qt.ItemDataRole.ToolTipRole:
            if purpose.basis is LawfulBasis.CARE:
                return self.tr("Sent as part of care unless the patient objects.")
            return self.tr("Sent only with the patient's recorded consent.")
        if role == PurposeCodeRole:
            return purpose.code
        return None

    def _tooltip(self, purpose: PurposeRow, channel: Channel, state: ConsentState) -> str:
        where = f"{purpose.name} \u00b7 {channel_name(channel)}"
        if state.event_id is None or state.event_id not in self._events_by_id:
            if state.basis is LawfulBasis.CARE:
                return self.tr("%1: care purpose, no objection recorded.").replace("%1", where)
            return self.tr("%1: no consent recorded.").replace("%1", where)
        event = self._events_by_id[state.event_id]
        text = (
            self.tr("%1: %2 by %3 on %4 (%5).")
            .replace("%1", where)
            .replace("%2", kind_name(event.kind))
            .replace("%3", event.recorded_by)
            .replace("%4", local_time(event.recorded_at, self._zone))
            .replace("%5", method_name(event.method))
        )
        if not event.purpose:
            text += " " + self.tr("(Objection to every consent-based purpose.)")
        return text

    # -- helpers for the dialog and the tests --------------------------------------------

    def row_of(self, purpose_code: str) -> int:
        for row, purpose in enumerate(self._purposes):
            if purpose.code == purpose_code:
                return row
        return -1

    def state(self, purpose_code: str, channel: Channel) -> ConsentState | None:
        return self._states.get((purpose_code, channel))

    def basis_of(self, row: int) -> LawfulBasis:
        return self._purposes[row].basis


def column_of(channel: Channel) -> int:
    return next(column for column, c in CHANNEL_OF_COLUMN.items() if c is channel)


# Timeline columns.
T_DATE, T_PURPOSE, T_CHANNEL, T_KIND, T_METHOD, T_BY = range(6)


class CommunicationProfileDialog(QDialog):
    """One patient's consents: the grid, the actions on the selected cell, the timeline.

    Attributes:
        model / view: the grid.
        method: the method of the next event (on the dialog, so it costs no extra dialog).
        record_button / withdraw_button / object_button: the three actions.
        message: the last action's outcome, or its error (never a traceback).
        timeline: the ledger, oldest first.
    """

    def __init__(self, context: UiContext, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self._can_edit = context.actor.can(Permission.EDIT_PATIENTS)
        with context.database.read_session() as session:
            patient = session.get(Patient, patient_id)
            if patient is None:
                raise NotFound(f"No patient with id {patient_id}.")
            name = f"{patient.last_name.upper()} {patient.first_name}"
        self.setWindowTitle(self.tr("Communication profile: %1").replace("%1", name))
        self.model = ConsentGridModel(context, patient_id, self)
        self._build(name)
        self._fill_timeline()
        self._update_buttons()

    @classmethod
    def ask(cls, context: UiContext, patient_id: int, parent: QWidget | None = None) -> None:
        """Show the profile for one patient until it is closed."""
        try:
            dialog = cls(context, patient_id, parent)
        except RelaisError as exc:
            QMessageBox.warning(
                parent, QCoreApplication.translate("ConsentGrid", "Communication profile"), str(exc)
            )
            return
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # -- layout --------------------------------------------------------------------------

    def _build(self, name: str) -> None:
        heading = QLabel(
            self.tr("Consents and objections of %1, by purpose and channel.").replace("%1", name),
            self,
        )
        heading.setWordWrap(True)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Consents by purpose and channel"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(
            BASIS, QHeaderView.ResizeMode.ResizeToContents
        )
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        actions = self._build_actions()

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        timeline_label = self._build_timeline()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.print_form_button = buttons.addButton(
            self.tr("Print consent &form…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_form_button.setToolTip(
            self.tr("A form listing every purpose with empty boxes, for the patient to sign.")
        )
        self.print_form_button.clicked.connect(self.print_form)
        self.print_receipt_button = buttons.addButton(
            self.tr("Print re&ceipt…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_receipt_button.setToolTip(
            self.tr("The receipt of the consent selected in the history, or of the latest one.")
        )
        self.print_receipt_button.clicked.connect(self.print_receipt)

        for widget in (self.method, self.record_button, self.withdraw_button, self.object_button):
            widget.setEnabled(self._can_edit)
            if not self._can_edit:
                widget.setToolTip(self.tr("Your role cannot change consents."))

        consents = QWidget(self)
        consents_layout = QVBoxLayout(consents)
        consents_layout.addWidget(heading)
        consents_layout.addWidget(self.view)
        consents_layout.addLayout(actions)
        consents_layout.addWidget(self.message)
        consents_layout.addWidget(timeline_label)
        consents_layout.addWidget(self.timeline, 1)

        self.preferences = PreferencesEditor(self.context, self.patient_id, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(consents, self.tr("&Consents"))
        self.tabs.addTab(self.preferences, self.tr("&Preferences"))
        self.sent_messages = PatientMessagesView(self.context, self.patient_id, self)
        self.tabs.addTab(self.sent_messages, self.tr("Messa&ges"))
        self.preferences.dirty_changed.connect(self._mark_preferences_tab)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._fit_grid()
        # Tall enough for the preferences form without scrolling on a 768-pixel screen.
        self.resize(920, 680)
        self.view.setFocus()

    def _mark_preferences_tab(self, dirty: bool) -> None:
        title = self.tr("&Preferences")
        self.tabs.setTabText(self.tabs.indexOf(self.preferences), f"{title} *" if dirty else title)

    def confirm_discard(self) -> bool:
        """Ask before closing with preferences not saved; tests replace this method."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved preferences"),
            self.tr("The contact preferences were changed but not saved. Discard the changes?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        """Esc and Close: unsaved preferences are not lost without asking."""
        if self.preferences.dirty and not self.confirm_discard():
            self.tabs.setCurrentWidget(self.preferences)
            return
        super().reject()

    def _fit_grid(self) -> None:
        """The grid is as tall as its rows: the spare room goes to the timeline."""
        self.view.resizeRowsToContents()
        height = self.view.horizontalHeader().sizeHint().height() + 2 * self.view.frameWidth()
        height += sum(self.view.rowHeight(row) for row in range(self.model.rowCount()))
        if self.view.horizontalScrollBar().isVisible():
            height += self.view.horizontalScrollBar().sizeHint().height()
        self.view.setFixedHeight(height)

    def _build_actions(self) -> QHBoxLayout:
        self.method = QComboBox(self)
        self.method.setAccessibleName(self.tr("How the patient told us"))
        for method in DESK_METHODS:
            self.method.addItem(method_name(method), method.value)
        self.method.setCurrentIndex(DESK_METHODS.index(ConsentMethod.AT_DESK))
        method_label = QLabel(self.tr("&Method:"), self)
        method_label.setBuddy(self.method)

        self.record_button = QPushButton(self.tr("&Record consent"), self)
        self.record_button.setAccessibleName(self.tr("Record consent for the selected cell"))
        self.record_button.clicked.connect(self.record_consent)
        self.withdraw_button = QPushButton(self.tr("&Withdraw"), self)
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the selected cell"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.object_button = QPushButton(
            self.tr("&Objection to all consent-based purposes (Art. 21)"), self
        )
        self.object_button.clicked.connect(self.object_to_all)

        actions = QHBoxLayout()
        actions.addWidget(method_label)
        actions.addWidget(self.method)
        actions.addWidget(self.record_button)
        actions.addWidget(self.withdraw_button)
        actions.addStretch(1)
        actions.addWidget(self.object_button)
        return actions

    def _build_timeline(self) -> QLabel:
        timeline_label = QLabel(self.tr("History (oldest first)"), self)
        self.timeline = QTableWidget(0, 6, self)
        self.timeline.setAccessibleName(self.tr("Consent history"))
        self.timeline.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Purpose"),
                self.tr("Channel"),
                self.tr("Event"),
                self.tr("Method"),
                self.tr("Recorded by"),
            ]
        )
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.setWordWrap(False)
        self.timeline.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.timeline.horizontalHeader().setSectionResizeMode(
            T_PURPOSE, QHeaderView.ResizeMode.Stretch
        )
        timeline_label.setBuddy(self.timeline)
        return timeline_label

    # -- selection -----------------------------------------------------------------------

    def selected_cell(self) -> tuple[str, Channel, ConsentState] | None:
        """The selected purpose, channel and state, or None when no channel cell is selected."""
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes:
            return None
        index = indexes[0]
        channel = CHANNEL_OF_COLUMN.get(index.column())
        if channel is None:
            return None
        state = self.model.data(index, StateRole)
        return self.model.data(index, PurposeCodeRole), channel, state

    def select_cell(self, purpose_code: str, channel: Channel) -> None:
        index = self.model.index(self.model.row_of(purpose_code), column_of(channel))
        self.view.setCurrentIndex(index)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        cell = self.selected_cell()
        granted = cell is not None and cell[2].reason == "granted"
        allowed = cell is not None and cell[2].allowed
        self.record_button.setEnabled(self._can_edit and cell is not None and not granted)
        self.withdraw_button.setEnabled(self._can_edit and allowed)

    # -- actions -------------------------------------------------------------------------

    def current_method(self) -> ConsentMethod:
        return ConsentMethod(self.method.currentData())

    def record_consent(self) -> bool:
        cell = self.selected_cell()
        if cell is None:
            return False
        code, channel, _state = cell
        return self._write(
            lambda session: consent.record(
                session,
                self.context.clock,
                self.context.actor,
                patient_id=self.patient_id,
                purpose_code=code,
                channel=channel,
                kind=ConsentKind.GRANTED,
                method=self.current_method(),
            ),
            self.tr("Consent recorded."),
        )

    def withdraw(self) -> bool:
        """Withdraw a consent; on a care purpose, the same button records an objection."""
        cell = self.selected_cell()
        if cell is None:
            return False
        code, channel, state = cell
        kind = ConsentKind.OBJECTED if state.basis is LawfulBasis.CARE else ConsentKind.WITHDRAWN
        return self._write(
            lambda session: consent.record(
                session,
                self.context.clock,
                self.context.actor,
                patient_id=self.patient_id,
                purpose_code=code,
                channel=channel,
                kind=kind,
                method=self.current_method(),
            ),
            self.tr("Consent withdrawn.")
            if kind is ConsentKind.WITHDRAWN
            else self.tr("Objection recorded."),
        )

    def object_to_all(self) -> bool:
        if not self.confirm_objection():
            return False
        return self._write(
            lambda session: consent.object_to_direct_marketing(
                session,
                self.context.clock,
                self.context.actor,
                self.patient_id,
                self.current_method(),
            ),
            self.tr("Objection recorded: no consent-based message will be sent."),
        )

    def confirm_objection(self) -> bool:
        """Ask before switching off every consent-based purpose; tests replace this method."""
        answer = QMessageBox.question(
            self,
            self.tr("Objection (Art. 21)"),
            self.tr(
                "Record the patient's objection to every consent-based purpose, on every "
                "channel? Care messages (appointment reminders, recalls) are not affected."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _write(self, action: Any, done: str) -> bool:
        try:
            with self.context.database.transaction() as session:
                action(session)
        except RelaisError as exc:  # ValidationError and PermissionDenied included
            self.show_message(str(exc), error=True)
            return False
        self.model.refresh()
        self._fit_grid()
        self._fill_timeline()
        self._update_buttons()
        self.show_message(done)
        return True

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(f"{WARNING_SIGN} {text}" if error else f"{YES_SIGN} {text}")
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setAccessibleDescription(text)
        self.message.setVisible(True)

    # -- paper ---------------------------------------------------------------------------

    def receipt_event_id(self) -> int | None:
        """The consent given that the receipt is for: the selected one, else the latest."""
        given = {e.id for e in self.model.events if e.kind is ConsentKind.GRANTED}
        rows = self.timeline.selectionModel().selectedRows()
        if rows and self.model.events[rows[0].row()].id in given:
            return self.model.events[rows[0].row()].id
        latest = [e.id for e in self.model.events if e.id in given]
        return latest[-1] if latest else None

    def print_form(self) -> bool:
        """Preview and print the consent form: every purpose, every box empty."""
        now = self.context.clock.now().astimezone(practice_zone(self.context))
        return self._preview(
            self.tr("Consent form"),
            lambda session, path: consent_forms.write_consent_form(
                path, session, self.patient_id, now
            ),
        )

    def print_receipt(self) -> bool:
        event_id = self.receipt_event_id()
        if event_id is None:
            return False
        return self._preview(
            self.tr("Consent receipt"),
            lambda session, path: consent_forms.write_receipt(path, session, event_id),
        )

    def _preview(self, title: str, write: Callable[[Session, Path], None]) -> bool:
        # The PDF names the patient: it lives in a private temporary folder only
        # while the preview is open, never in the documents folder.
        with tempfile.TemporaryDirectory(prefix="relais-") as folder:
            path = Path(folder) / "document.pdf"
            try:
                with self.context.database.read_session() as session:
                    write(session, path)
            except (RelaisError, OSError) as exc:
                self.show_message(str(exc), error=True)
                return False
            PdfPreviewDialog.show_pdf(path, title, self)
        return True

    # -- timeline ------------------------------------------------------------------------

    def _fill_timeline(self) -> None:
        zone = practice_zone(self.context)
        events = self.model.events
        self.timeline.setRowCount(len(events))
        for row, event in enumerate(events):
            cells = {
                T_DATE: local_time(event.recorded_at, zone),
                T_PURPOSE: event.purpose or self.tr("All consent-based purposes"),
                T_CHANNEL: channel_name(event.channel),
                T_KIND: kind_name(event.kind),
                T_METHOD: method_name(event.method),
                T_BY: event.recorded_by,
            }
            for column, text in cells.items():
                self.timeline.setItem(row, column, QTableWidgetItem(text))
        if events:
            self.timeline.scrollToBottom()
        self.print_receipt_button.setEnabled(self.receipt_event_id() is not None)

"""Pieces every tab of the Reminders screen shares: a field with its error under it,
a patient picker on the register's own search, dates and times in the user's locale.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app import patients
from ui.context import UiContext
from ui.patients.consent_words import WARNING_SIGN
from ui.patients.finder import PatientFinder
from ui.style import ERROR_STYLE


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


def date_text(day: date) -> str:
    """A day as the user's locale writes it, day first: "sam. 28/11/2026"."""
    return QLocale().toString(qdate(day), "ddd dd/MM/yyyy")


def short_date_text(day: date) -> str:
    return QLocale().toString(qdate(day), "dd/MM/yyyy")


def moment_text(moment: datetime, zone: ZoneInfo) -> str:
    """A UTC instant on the practice's clock, in the user's locale: "sam. 28/11/2026 10:30"."""
    local = moment.astimezone(zone)
    when = QDateTime(qdate(local.date()), QTime(local.hour, local.minute))
    return QLocale().toString(when, "ddd dd/MM/yyyy HH:mm")


def patient_line(row: patients.PatientRow) -> str:
    """How a patient is named in a pick list: "DUPONT Marie — 01/06/1975"."""
    return f"{row.last_name.upper()} {row.first_name} \u2014 {short_date_text(row.birth_date)}"


class FieldRow(QWidget):
    """An input with its error right under it, in words with a sign (never colour alone)."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)

    def set_error(self, text: str) -> None:
        self.error.setText(f"{WARNING_SIGN} {text}" if text else "")
        self.error.setVisible(bool(text))
        self.editor.setAccessibleDescription(text)

    @property
    def error_text(self) -> str:
        return self.editor.accessibleDescription()


def add_row(form: QFormLayout, label: str, editor: QWidget, parent: QWidget) -> FieldRow:
    """A labelled :class:`FieldRow`; the label's mnemonic focuses the input.

    The label is as tall as one line input and aligned to the top, so it stays
    level with the input's first line whatever opens below (a list, an error).
    """
    row = FieldRow(editor, parent)
    caption = QLabel(label, parent)
    caption.setBuddy(editor.focusProxy() or editor)
    caption.setMinimumHeight(QLineEdit().sizeHint().height())
    caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.addRow(caption, row)
    return row


class PatientPicker(QWidget):
    """The shared :class:`~ui.patients.finder.PatientFinder`, plus what these dialogs need:
    start from a known patient, or show one that cannot be changed (an appointment
    keeps its patient), and Down from the search into the list.

    Signals:
        changed(): the chosen patient changed (see :meth:`patient_id`).
    """

    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.finder = PatientFinder(
            context,
            self,
            placeholder=self.tr("Name, birth date, phone or e-mail"),
            search_name=self.tr("Find the patient"),
            results_name=self.tr("Matching patients"),
        )
        self.search = self.finder.search
        self.results = self.finder.results
        finder_layout = self.finder.layout()
        assert finder_layout is not None
        finder_layout.setSpacing(2)
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        # Five whole lines, then a scroll bar: the dialogs stay short.
        self.results.setUniformItemSizes(True)
        frame = self.results.frameWidth() * 2
        self.results.setFixedHeight((self.results.fontMetrics().height() + 4) * 5 + frame + 2)
        self.finder.chosen.connect(self.changed)
        self.fixed = QLabel(self)
        self.fixed.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.finder)
        layout.addWidget(self.fixed)
        self.setFocusProxy(self.search)
        self._fixed_id: int | None = None

    def select_patient(self, patient_id: int) -> bool:
        """Start from a patient already known (the one of the line being edited)."""
        with self.context.database.read_session() as session:
            row = patients.fetch_rows(session, [patient_id]).get(patient_id)
        if row is None:
            return False
        self.search.setText(f"{row.last_name} {row.first_name} {short_date_text(row.birth_date)}")
        return self.finder.select_patient(patient_id)

    def fix_patient(self, patient_id: int) -> None:
        """Show one patient that cannot be changed."""
        with self.context.database.read_session() as session:
            row = patients.fetch_rows(session, [patient_id]).get(patient_id)
        self._fixed_id = patient_id
        text = patient_line(row) if row is not None else self.tr("(no longer in the register)")
        self.fixed.setText(text)
        self.fixed.setAccessibleName(text)
        self.fixed.setVisible(True)
        self.finder.setVisible(False)
        self.setFocusProxy(None)  # type: ignore[arg-type]  # None clears it; the stubs omit it
        self.changed.emit()

    def patient_id(self) -> int | None:
        return self._fixed_id if self._fixed_id is not None else self.finder.patient_id()

    def patient_text(self) -> str:
        if self._fixed_id is not None:
            return self.fixed.text()
        item = self.results.currentItem()
        return item.text() if item is not None else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.results.count()
        ):
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)


_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A short list held whole (a tab's rows), read-only and selectable; subclasses name
    their columns (``headers``) and say what a cell shows (``data``)."""

    column_count = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else self.column_count

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.column_count:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.headers()[section]
        return None

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def row_at(self, index: _Index) -> Any:
        """The row an index points to, or None when it points nowhere."""
        row, column = index.row(), index.column()
        if not index.isValid() or not (
            0 <= row < len(self.rows) and 0 <= column < self.column_count
        ):
            return None
        return self.rows[row]

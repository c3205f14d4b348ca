"""The appointments table: every matching id in memory, rows fetched by page when shown.

The same windowed design as the Patients table (DESIGN §9,
``ui/patients/table_model.py``): a practice with 150,000 appointments on its
agenda lists their ids (a few MB at most) and reads the 64 rows a screen shows
the first time they are painted.

Both reads are ``app.appointments.appointment_ids`` and ``appointment_lines``.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.appointments import AppointmentLine, appointment_lines
from app.practice import PracticeDatabase
from db.models import Channel
from ui.patients.consent_words import NO_SIGN, UNSET_SIGN, YES_SIGN, channel_name
from ui.reminders.widgets import moment_text

_Index = QModelIndex | QPersistentModelIndex

# Named columns (CONVENTIONS 8), in screen order.
WHEN = 0
PATIENT = 1
PRACTITIONER = 2
PLACE = 3
STATUS = 4
REMINDER = 5
COLUMN_COUNT = 6

AppointmentIdRole = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 64
MAX_CACHED_PAGES = 64

PLANNED_SIGN = "\u25f7"  # a clock face: going out later

_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ForegroundRole,
        AppointmentIdRole,
    }
)


class AppointmentTableModel(QAbstractTableModel):
    """Appointments matching the filters, earliest first, fetched lazily by page.

    Attributes:
        ids: the matching appointment ids, in display order.
        fetched_pages: pages read since the last :meth:`set_filter`, for tests.
    """

    def __init__(
        self,
        database: PracticeDatabase,
        zone: ZoneInfo,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._zone = zone
        self.page_size = page_size
        self._max_rows = page_size * MAX_CACHED_PAGES
        self.ids: list[int] = []
        self._rows: OrderedDict[int, AppointmentLine | None] = OrderedDict()
        self._cells: dict[int, tuple[str, ...]] = {}
        self.fetched_pages: list[int] = []

    # -- contents ------------------------------------------------------------------------

    def set_ids(self, ids: list[int]) -> None:
        """Show these appointments (read by the caller with :func:`appointment_ids`)."""
        self.beginResetModel()
        self.ids = ids
        self._rows.clear()
        self._cells.clear()
        self.fetched_pages = []
        self.endResetModel()

    def appointment_id(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, appointment_id: int) -> int:
        try:
            return self.ids.index(appointment_id)
        except ValueError:
            return -1

    def line(self, row: int) -> AppointmentLine | None:
        """The line of ``row``, reading its page if needed; None if it was removed."""
        appointment_id = self.ids[row]
        if appointment_id not in self._rows:
            self._fetch_page(row // self.page_size)
        return self._rows.get(appointment_id)

    def _fetch_page(self, page: int) -> None:
        page_ids = self.ids[page * self.page_size : (page + 1) * self.page_size]
        wanted = [i for i in page_ids if i not in self._rows]
        if wanted:
            with self._database.read_session() as session:
                found = appointment_lines(session, wanted)
            for appointment_id in wanted:
                self._rows[appointment_id] = found.get(appointment_id)
            self.fetched_pages.append(page)
        for appointment_id in page_ids:
            self._rows.move_to_end(appointment_id)
        while len(self._rows) > self._max_rows:
            forgotten, _ = self._rows.popitem(last=False)
            self._cells.pop(forgotten, None)

    # -- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips()[section]
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date and time"),
            self.tr("Patient"),
            self.tr("Practitioner"),
            self.tr("Place"),
            self.tr("Status"),
            self.tr("Reminder"),
        )

    def _header_tips(self) -> tuple[str, ...]:
        return (
            self.tr("When the appointment starts, on the practice's clock"),
            self.tr("Last name in capitals, then first name"),
            self.tr("Who the patient sees"),
            self.tr("Where the appointment takes place"),
            self.tr("Booked or cancelled"),
            self.tr("What the reminder has done: messages planned, sent, or none yet"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if role not in _ROLES or not index.isValid():
            return None
        if not (0 <= row < len(self.ids) and 0 <= column < COLUMN_COUNT):
            return None
        if role == AppointmentIdRole:
            return self.ids[row]
        line = self.line(row)
        if line is None:
            missing = role == Qt.ItemDataRole.DisplayRole and column == PATIENT
            return self.tr("(no longer on the agenda)") if missing else None
        return self._answer(line, column, role)

    def _answer(self, line: AppointmentLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            # Cancelled ones step back; their status says so in words too.
            palette = QApplication.palette()
            return palette.brush(QPalette.ColorRole.PlaceholderText) if line.cancelled else None
        text = self._display(line)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, column) or text or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return text or self.tr("none")
        return text

    # -- what each cell says ---------------------------------------------------------------

    def _display(self, line: AppointmentLine) -> tuple[str, ...]:
        cells = self._cells.get(line.id)
        if cells is None:
            cells = (
                moment_text(line.starts_at, self._zone),
                line.patient_name,
                line.practitioner,
                line.place,
                self.status_text(line),
                self.reminder_text(line),
            )
            self._cells[line.id] = cells
        return cells

    def status_text(self, line: AppointmentLine) -> str:
        if line.cancelled:
            return f"{NO_SIGN} " + self.tr("Cancelled")
        return self.tr("Booked")

    def reminder_text(self, line: AppointmentLine) -> str:
        """Words with a sign: sent, planned, a problem, or nothing yet."""

        def names(channels: tuple[Channel, ...]) -> str:
            return ", ".join(channel_name(c) for c in channels)

        parts = []
        if line.sent:
            parts.append(f"{YES_SIGN} " + self.tr("Sent: %1").replace("%1", names(line.sent)))
        if line.waiting and not line.cancelled:
            parts.append(
                f"{PLANNED_SIGN} " + self.tr("Planned: %1").replace("%1", names(line.waiting))
            )
        if line.trouble:
            parts.append(f"{NO_SIGN} " + self.tr("Not sent: %1").replace("%1", names(line.trouble)))
        if parts:
            return " · ".join(parts)
        if line.cancelled:
            return f"{UNSET_SIGN} " + self.tr("None (cancelled)")
        return f"{UNSET_SIGN} " + self.tr("None yet")

    def _tooltip(self, line: AppointmentLine, column: int) -> str:
        if column == WHEN and line.ends_at is not None:
            minutes = int((line.ends_at - line.starts_at).total_seconds() // 60)
            return self.tr("%n minute(s)", "", minutes)
        if column == REMINDER and not (line.sent or line.waiting or line.trouble):
            if line.cancelled:
                return self.tr("The appointment is cancelled: nothing goes out.")
            return self.tr(
                "Nothing planned yet: messages are planned as the day comes near. If the "
                "patient cannot be reached, Today says why."
            )
        return ""

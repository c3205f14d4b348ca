"""The Patients table: every matching id in memory, rows fetched in pages when shown.

DESIGN §9: a windowed model (all ids, rows in pages of ~256) paints in tens of
milliseconds and jumps to the end of 100,000 rows at once, where
``fetchMore`` or a ``QSortFilterProxyModel`` take seconds.  So the model holds
the ids that :func:`app.patients.search_ids` returns, in the order it gives,
and :meth:`data` asks :func:`app.patients.fetch_rows` for the page a row falls
in the first time that page is painted.  Rows are kept in a small LRU keyed by
patient id, so a refined search ("dup" -> "dupo") reuses the rows it already
has and only fetches the ones it has never shown.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.patients import SEARCH_LIMIT, PatientRow, fetch_rows, search_ids
from app.practice import PracticeDatabase

_Index = QModelIndex | QPersistentModelIndex

# Named columns (CONVENTIONS 8); the order is the order on screen.
NAME = 0
BIRTH_DATE = 1
AGE = 2
PHONE = 3
EMAIL = 4
CITY = 5
STATUS = 6
COLUMN_COUNT = 7

# The patient's id, for opening the editor from a row (CONVENTIONS 8: custom roles).
PatientIdRole = Qt.ItemDataRole.UserRole + 1

# A page is about two screens: after each keystroke the first page of the new
# matches is fetched before the repaint, so a smaller page keeps typing fast
# (256 rows took 15 ms of a 25 ms budget at 100,000 patients).
PAGE_SIZE = 64
# 64 pages of 64 rows: many screens up and down, a few hundred kB at most.
MAX_CACHED_PAGES = 64

_MISSING = object()
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.TextAlignmentRole,
        PatientIdRole,
    }
)
_RIGHT_ALIGNED = int(
    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
)  # a patient removed between the search and the fetch


def age_on(born: date, today: date) -> int:
    """Whole years, as a receptionist says it (birthday not yet reached: one less)."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class PatientTableModel(QAbstractTableModel):
    """Patients matching a search, in search_ids order, fetched lazily by page.

    Attributes:
        page_size: rows fetched at once (256 by default).
        fetched_pages: pages that needed a query since the last search, in
            order; tests and benchmarks read it to check that only shown pages load.
        last_search_ms / last_fetch_ms: how long the latest search and page
            fetch took, for the benchmark and the status bar.

    Signals:
        search_changed(str): after :meth:`set_search` replaced the rows.
    """

    search_changed = Signal(str)

    def __init__(
        self,
        database: PracticeDatabase,
        today: date | Callable[[], date],
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        max_cached_pages: int = MAX_CACHED_PAGES,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._today = today if callable(today) else (lambda: today)
        self.page_size = page_size
        self._max_rows = page_size * max_cached_pages
        self._ids: list[int] = []
        self._all_ids: list[int] | None = None  # everyone, kept until refresh()
        self.truncated = False
        self._rows: OrderedDict[int, PatientRow | object] = OrderedDict()
        # The seven display strings of each fetched row: Qt asks data() a dozen
        # times per cell per paint, so nothing is formatted twice.
        self._cells: dict[int, tuple[str, ...]] = {}
        self._text = ""
        self._locale = QLocale()
        self.fetched_pages: list[int] = []
        self._renderers: dict[int, Callable[[PatientRow, int], str | None]] = {
            Qt.ItemDataRole.DisplayRole: self._display,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            Qt.ItemDataRole.AccessibleTextRole: self._accessible,
        }
        self.last_search_ms = 0.0
        self.last_fetch_ms = 0.0

    # -- searching -------------------------------------------------------------

    @property
    def search_text(self) -> str:
        return self._text

    @property
    def ids(self) -> list[int]:
        """The matching ids in display order (a copy is not made: do not modify)."""
        return self._ids

    def set_search(self, text: str) -> None:
        """Show the patients matching ``text`` (all patients when it is blank).

        A typed search keeps its first :data:`SEARCH_LIMIT` matches
        (``truncated`` tells there were more): nobody scrolls through 10,000
        "mar", and stopping there keeps every keystroke fast.
        """
        started = time.perf_counter()
        if text.strip():
            with self._database.read_session() as session:
                ids = search_ids(session, text, limit=SEARCH_LIMIT + 1)
            self.truncated = len(ids) > SEARCH_LIMIT
            ids = ids[:SEARCH_LIMIT]
        else:
            if self._all_ids is None:
                with self._database.read_session() as session:
                    self._all_ids = search_ids(session, "")
            ids = self._all_ids
            self.truncated = False
        self.last_search_ms = (time.perf_counter() - started) * 1000
        self.beginResetModel()
        self._text = text
        self._ids = ids
        self.fetched_pages = []
        self.endResetModel()
        self.search_changed.emit(text)

    def refresh(self) -> None:
        """Search again and forget cached rows (after an edit or an import)."""
        self._rows.clear()
        self._cells.clear()
        self._all_ids = None
        self.set_search(self._text)

    def row_of(self, patient_id: int) -> int:
        """The row showing ``patient_id``, or -1."""
        try:
            return self._ids.index(patient_id)
        except ValueError:
            return -1

    def patient_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    # -- rows --------------------------------------------------------------------

    def row_data(self, row: int) -> PatientRow | None:
        """The fetched row ``row`` (fetching its page if needed); None if removed."""
        patient_id = self._ids[row]
        cached = self._rows.get(patient_id)
        if cached is None:
            self._fetch_page(row // self.page_size)
            cached = self._rows.get(patient_id, _MISSING)
        return cached if isinstance(cached, PatientRow) else None

    def _fetch_page(self, page: int) -> None:
        started = time.perf_counter()
        page_ids = self._ids[page * self.page_size : (page + 1) * self.page_size]
        wanted = [pid for pid in page_ids if pid not in self._rows]
        fetched: dict[int, PatientRow] = {}
        if wanted:
            with self._database.read_session() as session:
                fetched = fetch_rows(session, wanted)
        for pid in wanted:
            self._rows[pid] = fetched.get(pid, _MISSING)
        for pid in page_ids:
            self._rows.move_to_end(pid)
        while len(self._rows) > self._max_rows:
            forgotten, _ = self._rows.popitem(last=False)
            self._cells.pop(forgotten, None)
        if wanted:
            self.fetched_pages.append(page)
        self.last_fetch_ms = (time.perf_counter() - started) * 1000

    # -- Qt model ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips()[section]
        return None

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Birth date"),
            self.tr("Age"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("City"),
            self.tr("Status"),
        )

    def _header_tips(self) -> tuple[str, ...]:
        return (
            self.tr("Last name in capitals, then first name"),
            self.tr("Birth date (day/month/year)"),
            self.tr("Age in years today"),
            self.tr("Mobile, or landline when there is no mobile"),
            self.tr("E-mail address"),
            self.tr("City of the postal address"),
            self.tr("Whether the patient is active, and whether they need paper"),
        )

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks seven roles per cell per paint (1,500 calls for one screen):
        # a displayed row answers from its cached strings, the rest at once.
        if role == Qt.ItemDataRole.DisplayRole:
            row = index.row()
            if 0 <= row < len(self._ids):
                cells = self._cells.get(self._ids[row])
                if cells is not None:
                    return cells[index.column()]
        elif role not in _ANSWERED_ROLES:
            return None
        row, column = index.row(), index.column()
        if not (index.isValid() and 0 <= row < len(self._ids) and 0 <= column < COLUMN_COUNT):
            return None
        return self._answer(row, column, role)

    def _answer(self, row: int, column: int, role: int) -> Any:
        if role == PatientIdRole:
            return self._ids[row]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT_ALIGNED if column == AGE else None
        render = self._renderers[role]
        patient = self.row_data(row)
        if patient is None:
            missing = role == Qt.ItemDataRole.DisplayRole and column == NAME
            return self.tr("(no longer in the register)") if missing else None
        return render(patient, column)

    # -- what each cell says ------------------------------------------------------

    def display_name(self, patient: PatientRow) -> str:
        return f"{patient.last_name.upper()} {patient.first_name}".strip()

    def format_date(self, value: date) -> str:
        return self._locale.toString(QDate(value.year, value.month, value.day), "dd/MM/yyyy")

    def status_text(self, patient: PatientRow) -> str:
        status = {
            "active": "",
            "moved": self.tr("Moved"),
            "deceased": self.tr("Deceased"),
            "archived": self.tr("Archived"),
        }.get(str(patient.status), str(patient.status))
        paper = self.tr("Paper only") if patient.paper_only else ""
        return " · ".join(part for part in (status, paper) if part)

    def _display(self, patient: PatientRow, column: int) -> str:
        cells = self._cells.get(patient.id)
        if cells is None:
            cells = (
                self.display_name(patient),
                self.format_date(patient.birth_date),
                self._locale.toString(age_on(patient.birth_date, self._today())),
                patient.phone,
                patient.email,
                patient.city,
                self.status_text(patient),
            )
            self._cells[patient.id] = cells
        return cells[column]

    def _tooltip(self, patient: PatientRow, column: int) -> str | None:
        if column == NAME:
            return (
                self.tr("%1, born %2 (#%3)")
                .replace("%1", self.display_name(patient))
                .replace("%2", self.format_date(patient.birth_date))
                .replace("%3", str(patient.id))
            )
        if column == STATUS and patient.paper_only:
            return self.tr("No digital access: letters and phone calls only")
        text = self._display(patient, column)
        return text or None

    def _accessible(self, patient: PatientRow, column: int) -> str:
        text = self._display(patient, column)
        if column == AGE:
            return self.tr("%n year(s) old", "", age_on(patient.birth_date, self._today()))
        if column == STATUS and not text:
            return self.tr("Active")
        if not text:
            return self.tr("none")
        return text

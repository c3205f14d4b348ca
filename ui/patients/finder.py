"""Find one patient in a dialog: type a name, phone or birth date, pick from the list.

The search runs on each keystroke through the patients' search index
(:func:`app.patients.search_ids`, well under a millisecond), so it stays on the
GUI thread; a short read session per keystroke, none kept open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app import patients
from ui.context import UiContext

RESULTS = 20


def patient_line(last_name: str, first_name: str) -> str:
    """How a patient is named in messages: "LEFÈVRE Paul"."""
    return f"{last_name.upper()} {first_name}"


class PatientFinder(QWidget):
    """A search field and the patients it matches; one of them is the choice.

    Attributes:
        search: what is typed (name, phone or birth date).
        results: the matching patients, one line each with the birth date.

    Signals:
        chosen(): the chosen patient changed (or there is none any more).
    """

    chosen = Signal()

    def __init__(
        self,
        context: UiContext,
        parent: QWidget,
        *,
        placeholder: str,
        search_name: str,
        results_name: str,
    ) -> None:
        # The words come from the dialog, in its own translation context.
        super().__init__(parent)
        self.context = context
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(placeholder)
        self.search.setAccessibleName(search_name)
        self.search.textChanged.connect(self._search)
        self.results = QListWidget(self)
        self.results.setAccessibleName(results_name)
        self.results.currentItemChanged.connect(lambda *_: self.chosen.emit())
        self.results.setFixedHeight(self.results.fontMetrics().lineSpacing() * 7 + 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)

    def _search(self, text: str) -> None:
        self.results.clear()
        if text.strip():
            with self.context.database.read_session() as session:
                ids = patients.search_ids(session, text, RESULTS)
                rows = patients.fetch_rows(session, ids)
            for patient_id in ids:
                row = rows[patient_id]
                item = QListWidgetItem(
                    f"{patient_line(row.last_name, row.first_name)} — {row.birth_date:%d/%m/%Y}"
                )
                item.setData(Qt.ItemDataRole.UserRole, patient_id)
                self.results.addItem(item)
            if self.results.count() == 1:
                self.results.setCurrentRow(0)
        self.chosen.emit()

    def select_patient(self, patient_id: int) -> bool:
        """Choose a patient among the results; False when they are not listed."""
        for index in range(self.results.count()):
            if self.results.item(index).data(Qt.ItemDataRole.UserRole) == patient_id:
                self.results.setCurrentRow(index)
                return True
        return False

    def patient_id(self) -> int | None:
        item = self.results.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

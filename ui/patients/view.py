"""The Patients view: search as you type over the whole register, open, create, import.

Each keystroke runs the indexed prefix search (``app.patients.search_ids``)
and resets the lazy table model; only the rows on screen are then fetched.
DESIGN §10 flow 2: the receptionist types "dup" or a phone number, and Enter
opens the patient when exactly one matches.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.access import Permission
from ui.context import UiContext
from ui.patients import table_model
from ui.patients.editor import PatientEditor, practice_today
from ui.patients.import_dialog import ImportDialog
from ui.patients.table_model import PatientIdRole, PatientTableModel

# Characters wide, per column: enough for "LE GALL-MARTIN Marie-Hélène" or an e-mail.
COLUMN_WIDTHS = {
    table_model.NAME: 28,
    table_model.BIRTH_DATE: 12,
    table_model.AGE: 6,
    table_model.PHONE: 16,
    table_model.EMAIL: 30,
    table_model.CITY: 18,
}


class PatientsView(QWidget):
    """Find a patient among all of the practice's, open them, create one, import a file.

    Attributes:
        context: the database, the signed-in actor, the clock and the settings.
        model: the lazy table model behind ``table``.
        search: the search field; ``table``, ``count_label``, ``new_button``,
            ``import_button``: the other controls.
        search_delay_ms: 0 searches on each keystroke (the default: the search
            is indexed); a positive value waits that long for the next key.

    Signals:
        patient_saved(int): after the editor saved a patient (the id).
        imported(object): after an import committed (the ImportReport).
    """

    patient_saved = Signal(int)
    imported = Signal(object)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.search_delay_ms = 0

        self.search = QLineEdit(self)
        self.search.setObjectName("patientSearch")
        self.search.setPlaceholderText(self.tr("Name, birth date, phone or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search patients"))
        self.search.setToolTip(
            self.tr("Type the start of a name, a birth date (dd/mm/yyyy), a phone or an e-mail")
        )
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of patients found"))

        self.new_button = QPushButton(self.tr("&New patient"), self)
        self.new_button.setAccessibleName(self.tr("New patient"))
        self.new_button.setToolTip(self.tr("Create a patient (Ctrl+N)"))
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setAccessibleName(self.tr("Import patients from a file"))
        self.import_button.setToolTip(self.tr("Import patients from the practice software (CSV)"))
        if not context.actor.can(Permission.EDIT_PATIENTS):
            self.new_button.setEnabled(False)
            self.new_button.setToolTip(self.tr("Your role does not allow creating patients."))
        if not context.actor.can(Permission.IMPORT_PATIENTS):
            self.import_button.setEnabled(False)
            self.import_button.setToolTip(self.tr("Your role does not allow importing patients."))

        self.model = PatientTableModel(context.database, lambda: practice_today(context), self)
        self.table = self._make_table()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addSpacing(12)
        top.addWidget(self.import_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._open_index)
        self.new_button.clicked.connect(self.new_patient)
        self.import_button.clicked.connect(self.import_patients)
        self.model.modelReset.connect(self._update_count)

        # Shortcuts while the view has focus; the main window may also call
        # focus_search() / new_patient() from its own menu actions.
        for keys, slot in ((QKeySequence.StandardKey.Find, self.focus_search),
                           (QKeySequence.StandardKey.New, self.new_patient)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.model.set_search("")

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("patientTable")
        table.setAccessibleName(self.tr("Patients"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setSortingEnabled(False)
        table.setTabKeyNavigation(False)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        # Uniform row heights: a fixed section size, never ResizeToContents,
        # which would fetch every row of 100,000 to measure them.
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        horizontal = table.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setStretchLastSection(True)
        horizontal.setHighlightSections(False)
        char = self.fontMetrics().averageCharWidth()
        header_metrics = horizontal.fontMetrics()
        for column, width in COLUMN_WIDTHS.items():
            # Never narrower than the header's own words ("Date de naissance").
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            table.setColumnWidth(
                column, max(width * char + 12, header_metrics.horizontalAdvance(title) + 24)
            )
        return table

    # -- public API -----------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def new_patient(self) -> None:
        """Ctrl+N: open an empty editor; select the patient once saved."""
        if not self.context.actor.can(Permission.EDIT_PATIENTS):
            return
        saved = PatientEditor.ask(self.context, None, self)
        if saved is not None:
            self._after_save(saved)

    def import_patients(self) -> None:
        """Open the import dialog; refresh the list after a committed import."""
        if not self.context.actor.can(Permission.IMPORT_PATIENTS):
            return
        report = ImportDialog.ask(self.context, None, self)
        if report is not None and report.committed and not report.dry_run:
            self.refresh()
            self.imported.emit(report)

    def open_patient(self, patient_id: int) -> None:
        """Open the editor on one patient (an audited read)."""
        saved = PatientEditor.ask(self.context, patient_id, self)
        if saved is not None:
            self._after_save(saved)

    def refresh(self) -> None:
        """Search again with the same text; keep the selected patient selected."""
        current = self.selected_patient_id()
        self.model.refresh()
        if current is not None:
            self.select_patient(current)

    def selected_patient_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.patient_id(index.row()) if index.isValid() else None

    def select_patient(self, patient_id: int) -> bool:
        row = self.model.row_of(patient_id)
        if row < 0:
            return False
        index = self.model.index(row, table_model.NAME)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    # -- searching ------------------------------------------------------------------------

    def _search_changed(self, _text: str) -> None:
        if self.search_delay_ms > 0:
            self._timer.start(self.search_delay_ms)
        else:
            self._run_search()

    def _run_search(self) -> None:
        self._timer.stop()
        self.model.set_search(self.search.text())

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if not self.model.search_text.strip():
            text = self.tr("%Ln patient(s)", "", count)
        elif count == 0:
            text = self.tr("No patient matches this search")
        elif self.model.truncated:
            text = self.tr("The first %Ln matches; type more to narrow the search", "", count)
        else:
            text = self.tr("%Ln patient(s) found", "", count)
        self.count_label.setText(text)

    def _search_entered(self) -> None:
        if self._timer.isActive():
            self._run_search()
        count = self.model.rowCount()
        if count == 1:
            self.open_patient(self.model.ids[0])
        elif count > 1:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.select_patient(self.model.ids[0])

    # -- opening ---------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_patient(int(index.data(PatientIdRole)))

    def _after_save(self, patient_id: int) -> None:
        self.model.refresh()
        if not self.select_patient(patient_id):
            # The search hides the new patient: show everyone, then select them.
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._run_search()
            self.select_patient(patient_id)
        self.patient_saved.emit(patient_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_index(self.table.currentIndex())
                return True
            if watched is self.search and key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.currentIndex().isValid():
                    self.select_patient(self.model.ids[0])
                return True
            if watched is self.search and key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

"""Importing patients from the practice software's CSV export, with its error report.

The import runs on the database worker (``ui.background.run_in_background``)
in one transaction: a cancel, a dry run ("Check only") and an all-or-nothing
import with errors all roll it back, so the register is never half-imported.
The report lists each problem by row and column, as a spreadsheet numbers
them, and can be saved as CSV for whoever fixes the export.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError, ValidationError
from app.importers.patients_csv import ImportReport, RowError, import_patients
from app.normalize import neutralise_formula
from app.tasks import Progress
from ui.background import BackgroundTask, is_cancelled, run_in_background
from ui.context import UiContext
from ui.patients import messages
from ui.style import ERROR_STYLE

_Index = QModelIndex | QPersistentModelIndex

# Columns of the error report.
ROW = 0
COLUMN = 1
KIND = 2
PROBLEM = 3
REPORT_COLUMNS = 4


class _RolledBack(Exception):
    """Raised inside the transaction to undo a dry run or a refused strict import."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("rolled back")
        self.report = report


def run_import(
    context: UiContext, path: Path, *, strict: bool, dry_run: bool, progress: Progress
) -> ImportReport:
    """The worker's task: read the file and import it in one transaction.

    A plain function (CONVENTIONS 6): it opens its own Session and touches no widget.
    """
    data = path.read_bytes()
    progress.check()
    try:
        with context.database.transaction() as session:
            report = import_patients(
                session,
                context.clock,
                context.actor,
                data,
                source_name=path.name,
                region=context.settings.default_region or "FR",
                strict=strict,
                dry_run=dry_run,
                progress=progress,
            )
            if not report.committed:
                raise _RolledBack(report)
    except _RolledBack as rolled_back:
        return rolled_back.report
    return report


class ErrorReportModel(QAbstractTableModel):
    """The problems of one import: errors first, then warnings, each by row and column."""

    def __init__(self, parent: QObject | None = None, region: str = "FR") -> None:
        super().__init__(parent)
        self._items: list[tuple[str, RowError]] = []
        self._region = region

    def set_report(self, report: ImportReport | None) -> None:
        self.beginResetModel()
        self._items = []
        if report is not None:
            self._items = [("error", e) for e in report.errors] + [
                ("warning", w) for w in report.warnings
            ]
            self._items.sort(key=lambda item: (item[1].row, item[0] != "error"))
        self.endResetModel()

    def item(self, row: int) -> tuple[str, RowError]:
        return self._items[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else REPORT_COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < REPORT_COLUMNS:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (self.tr("Row"), self.tr("Column"), self.tr("Kind"), self.tr("Problem"))[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def cell_text(self, row: int, column: int) -> str:
        kind, error = self._items[row]
        if column == ROW:
            return str(error.row)
        if column == COLUMN:
            return error.column or self.tr("(whole row)")
        if column == KIND:
            return self.tr("Error") if kind == "error" else self.tr("Warning")
        return messages.problem(error.code, error.message, "", self._region)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        column = index.column()
        if not 0 <= column < REPORT_COLUMNS:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell_text(index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._items[index.row()][1].message if column == PROBLEM else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def write_csv(self, path: Path) -> None:
        """The report as a CSV French Excel opens (``;``, UTF-8 with BOM), formulas neutralised."""
        headers = [self.headerData(c, Qt.Orientation.Horizontal) for c in range(REPORT_COLUMNS)]
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow([*headers, self.tr("Details")])
            for row in range(len(self._items)):
                cells = [self.cell_text(row, c) for c in range(REPORT_COLUMNS)]
                cells.append(self._items[row][1].message)
                writer.writerow([neutralise_formula(cell) for cell in cells])


class ImportDialog(QDialog):
    """Choose a CSV file, import it with progress and cancel, read what happened.

    Attributes:
        report: the last import's report (None until one finished).
        job: the running background task, if any.
        report_model: the problems of ``report``, shown in ``report_table``.

    Signals:
        imported(object): an import finished and committed (the ImportReport).
        finished_import(object): any import finished: the report, or the exception.
    """

    imported = Signal(object)
    finished_import = Signal(object)

    def __init__(
        self, context: UiContext, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.report: ImportReport | None = None
        self.job: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Import patients"))
        self._build()
        if path is not None:
            self.set_path(path)

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Choose the CSV file exported by the practice software. Patients already in "
                "Relais are updated, not duplicated; rows with problems are listed below."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the file to import"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)

        self.dry_run_box = QCheckBox(self.tr("Check only (change nothing)"), self)
        self.dry_run_box.setAccessibleName(self.tr("Check only, change nothing"))
        self.strict_box = QCheckBox(self.tr("All or nothing"), self)
        self.strict_box.setAccessibleName(self.tr("All or nothing"))
        self.strict_box.setToolTip(self.tr("Import nothing at all if any row has a problem"))
        options = QHBoxLayout()
        options.addWidget(self.dry_run_box)
        options.addWidget(self.strict_box)
        options.addStretch(1)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("Import summary"))

        self.report_model = ErrorReportModel(self, self.context.settings.default_region or "FR")
        self.report_table = QTableView(self)
        self.report_table.setModel(self.report_model)
        self.report_table.setAccessibleName(self.tr("Problems found in the file"))
        self.report_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.report_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report_table.setWordWrap(False)
        self.report_table.verticalHeader().setVisible(False)
        self.report_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.report_table.horizontalHeader().setStretchLastSection(True)
        char = self.fontMetrics().averageCharWidth()
        for column, width in ((ROW, 7), (COLUMN, 20), (KIND, 10)):
            self.report_table.setColumnWidth(column, width * char + 12)
        self.report_table.setVisible(False)
        self._build_buttons()

        self.dry_run_box.toggled.connect(self._update_import_label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.report_table, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 300)
        self.choose_button.clicked.connect(self.choose_file)

    def _build_buttons(self) -> None:
        self.save_report_button = QPushButton(self.tr("&Save the report…"), self)
        self.save_report_button.setAccessibleName(self.tr("Save the error report as CSV"))
        self.save_report_button.setEnabled(False)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.save_report_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.start_import)
        self.save_report_button.clicked.connect(lambda: self.save_report())  # noqa: PLW0108 -- drop clicked(bool)
        self.buttons.rejected.connect(self.reject)

    @classmethod
    def ask(
        cls, context: UiContext, path: Path | None = None, parent: QWidget | None = None
    ) -> ImportReport | None:
        """Show the dialog; return the last import's report, or None if none ran."""
        dialog = cls(context, path, parent)
        try:
            if path is None:
                dialog.choose_file()
            dialog.exec()
            return dialog.report
        finally:
            dialog.deleteLater()

    # -- choosing ------------------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        text = self.path_edit.text()
        return Path(text) if text else None

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.path_edit.setToolTip(str(path))
        self.import_button.setEnabled(True)

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            str(self.path.parent) if self.path else "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if chosen:
            self.set_path(Path(chosen))

    def _update_import_label(self, dry_run: bool) -> None:
        self.import_button.setText(self.tr("&Check") if dry_run else self.tr("&Import"))

    # -- importing -------------------------------------------------------------------------------

    def start_import(self) -> BackgroundTask | None:
        """Run the import on the database worker; the result arrives on the GUI thread."""
        path = self.path
        if path is None or self.job is not None:
            return None
        strict = self.strict_box.isChecked()
        dry_run = self.dry_run_box.isChecked()
        context = self.context
        self._set_running(True)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Importing %1…").replace("%1", path.name))
        self.job = run_in_background(
            self,
            self.tr("Importing patients"),
            lambda progress: run_import(
                context, path, strict=strict, dry_run=dry_run, progress=progress
            ),
            self._succeeded,
            self._failed,
        )
        return self.job

    def _set_running(self, running: bool) -> None:
        for widget in (self.import_button, self.choose_button, self.dry_run_box, self.strict_box):
            widget.setEnabled(not running)
        self.save_report_button.setEnabled(not running and self.report_model.rowCount() > 0)
        self.close_button.setEnabled(not running)

    def _succeeded(self, report: ImportReport) -> None:
        self.job = None
        self.report = report
        self.report_model.set_report(report)
        self._set_running(False)
        has_problems = self.report_model.rowCount() > 0
        self.report_table.setVisible(has_problems)
        self.save_report_button.setEnabled(has_problems)
        if has_problems and self.height() < 480:
            self.resize(max(self.width(), 760), 480)
        self.summary.setStyleSheet("")
        self.summary.setText(self.summary_text(report))
        if report.committed and not report.dry_run:
            self.imported.emit(report)
        self.finished_import.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self._set_running(False)
        if is_cancelled(error):
            text = self.tr("Import cancelled; nothing was changed.")
        elif isinstance(error, ValidationError):
            problems = "\n".join(
                messages.problem(e.code, e.message, "", self.context.settings.default_region)
                for e in error.errors
            )
            text = self.tr("This file cannot be imported; nothing was changed.") + "\n" + problems
        elif isinstance(error, (RelaisError, OSError)):
            text = self.tr("The import failed; nothing was changed.") + "\n" + str(error)
        else:
            text = self.tr("The import failed; nothing was changed.") + "\n" + repr(error)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText("\u26a0 " + text)
        self.finished_import.emit(error)

    def summary_text(self, report: ImportReport) -> str:
        lines = [
            self.tr("%n row(s) read.", "", report.rows_read),
            self.tr("%n patient(s) created,", "", report.created)
            + " "
            + self.tr("%n updated,", "", report.updated)
            + " "
            + self.tr("%n unchanged.", "", report.unchanged),
        ]
        if report.rejected:
            lines.append(
                self.tr("%n row(s) rejected: see the problems below.", "", report.rejected)
            )
        if report.dry_run:
            lines.append(self.tr("Check only: nothing was changed."))
        elif not report.committed:
            lines.append(self.tr("All or nothing: nothing was imported because of the problems."))
        if report.ignored_columns:
            ignored = ", ".join(c or self.tr("(no title)") for c in report.ignored_columns)
            lines.append(self.tr("Columns not used: %1").replace("%1", ignored))
        return "\n".join(lines)

    # -- the report -------------------------------------------------------------------------------

    def save_report(self, path: Path | None = None) -> Path | None:
        """Write the error report as CSV; ``path`` skips the file dialog (tests)."""
        if path is None:
            suggested = (self.path.stem + "-problems.csv") if self.path else "problems.csv"
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the error report"),
                str((self.path.parent if self.path else Path.home()) / suggested),
                self.tr("CSV files (*.csv)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        self.report_model.write_csv(path)
        return path

    def reject(self) -> None:
        """Close, except while an import runs (cancel it from its progress dialog)."""
        if self.job is not None:
            self.job.cancel()
            return
        super().reject()

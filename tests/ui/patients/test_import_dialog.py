"""The import dialog: runs on the worker in one transaction, reports by row and column, cancels."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import func, select

from app.errors import Cancelled
from db.models import AuditEvent, Patient
from ui.patients.import_dialog import COLUMN, PROBLEM, ROW, ErrorReportModel, ImportDialog

# The offscreen platform says this whenever a dialog is shown; it is not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"

GOOD_AND_BAD = (
    "Nom;Prénom;Date de naissance;Portable;Email;Adresse;CP;Ville\r\n"
    "Lefèvre;Hélène;12/03/1950;06 12 34 56 78;helene@exemple.fr;3 rue Garibaldi;69003;Lyon\r\n"
    "Dupont;Marie;31/02/1961;06 98 76 54 32;;;;\r\n"
    "Garcia;Léa;05/05/1985;06 12;lea@exemple;;;\r\n"
    '=HYPERLINK("http://x");Zoé;01/01/1990;;;;;\r\n'
    "Roux;Émile;01/01/1940;;;;;\r\n"
)


def _count(database, model=Patient) -> int:
    with database.read_session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _run(qtbot, dialog: ImportDialog) -> object:
    with qtbot.waitSignal(dialog.finished_import, timeout=30_000) as finished:
        assert dialog.start_import() is not None
    return finished.args[0]


def test_bad_rows_are_reported_by_row_and_column(qtbot, context, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(GOOD_AND_BAD.encode("cp1252"))
    dialog = ImportDialog(context, path)
    qtbot.addWidget(dialog)
    report = _run(qtbot, dialog)
    assert report is dialog.report
    assert report.committed
    assert (report.created, report.rejected) == (2, 3)
    assert _count(context.database) == 2
    model = dialog.report_model
    cells = {
        (model.index(r, ROW).data(), model.index(r, COLUMN).data()): model.index(r, PROBLEM).data()
        for r in range(model.rowCount())
    }
    assert cells[("3", "Date de naissance")] == "Not a date: type it as dd/mm/yyyy."
    assert cells[("4", "Portable")] == "Not a valid French mobile number."
    assert cells[("4", "Email")] == "Not a valid e-mail address."
    assert ("5", "Nom") in cells
    assert "2 patient(s) created" in dialog.summary.text()
    assert "3 row(s) rejected" in dialog.summary.text()
    assert dialog.report_table.isVisibleTo(dialog)
    assert dialog.save_report_button.isEnabled()

    saved = dialog.save_report(tmp_path / "problems.csv")
    with saved.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:4] == ["Row", "Column", "Kind", "Problem"]
    assert len(rows) == 1 + model.rowCount()
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)

    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(SCREENSHOTS / "patients_import_report.png"))


def test_check_only_and_all_or_nothing_write_nothing(qtbot, context, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    audit_before = _count(context.database, AuditEvent)
    dialog = ImportDialog(context, path)
    qtbot.addWidget(dialog)
    dialog.dry_run_box.setChecked(True)
    report = _run(qtbot, dialog)
    assert report.dry_run
    assert report.created == 2
    assert "nothing was changed" in dialog.summary.text()
    dialog.dry_run_box.setChecked(False)
    dialog.strict_box.setChecked(True)
    report = _run(qtbot, dialog)
    assert not report.committed
    assert "nothing was imported" in dialog.summary.text()
    assert _count(context.database) == 0
    assert _count(context.database, AuditEvent) == audit_before


def test_cancel_leaves_nothing_written(qtbot, context, tmp_path: Path) -> None:
    lines = ["Nom;Prénom;Date de naissance;Portable"]
    lines += [f"Martin;Zoé;01/01/19{50 + n % 40};06 70 {n // 10000:02d} {n % 10000:04d}"
              for n in range(20_000)]  # fmt: skip
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    dialog = ImportDialog(context, path)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_import, timeout=60_000) as finished:
        job = dialog.start_import()
        assert job is not None
        job.cancel()
    assert isinstance(finished.args[0], Cancelled)
    assert "cancelled" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    assert _count(context.database) == 0


def test_a_file_without_required_columns_is_refused(qtbot, context, tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("Ville;Code postal\nLyon;69003\n", encoding="utf-8")
    dialog = ImportDialog(context, path)
    qtbot.addWidget(dialog)
    error = _run(qtbot, dialog)
    assert not isinstance(error, Cancelled)
    assert "cannot be imported" in dialog.summary.text()
    assert dialog.report is None


def test_the_error_report_model_passes_the_model_tester(qtmodeltester, context, tmp_path) -> None:
    model = ErrorReportModel()
    qtmodeltester.check(model)
    from app.importers.patients_csv import ImportReport, RowError

    report = ImportReport(source="x.csv", encoding="utf-8", delimiter=";", columns={},
                          ignored_columns=[])  # fmt: skip
    report.errors = [RowError(3, "Portable", "'06 12' is not a valid French mobile number",
                              "mobile_invalid")]  # fmt: skip
    report.warnings = [RowError(2, "", "possible duplicate of #4", "possible_duplicate")]
    model.set_report(report)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, ROW).data() == "2"
    assert model.index(0, COLUMN).data() == "(whole row)"
    assert model.index(1, PROBLEM, QModelIndex()).data() == "Not a valid French mobile number."
    assert "06 12" in model.index(1, PROBLEM).data(Qt.ItemDataRole.ToolTipRole)

"""The Data-rights page writes the transparency report and the record of processing:
the last full quarter by default, the file chosen, the PDF written on the worker."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QTimer

from app import transparency
from app.access import Actor
from db.models import Role
from ui.rights.reports import ReportDialog
from ui.rights.requests_page import RequestsPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NADIA = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _dialog(qtbot, context, target: Path) -> ReportDialog:
    dialog = ReportDialog(context)
    qtbot.addWidget(dialog)
    dialog.choose_file = lambda: target  # type: ignore[method-assign]
    return dialog


def test_the_last_full_quarter_is_offered_and_written_off_the_gui_thread(
    qtbot, context, tmp_path, monkeypatch
) -> None:
    threads: list[str] = []
    real = transparency.write_transparency_report

    def spy(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(transparency, "write_transparency_report", spy)
    target = tmp_path / "rapport.pdf"
    dialog = _dialog(qtbot, context, target)
    # The suite's clock says 28 November 2026: July to September.
    assert dialog.first_day.date() == QDate(2026, 7, 1)
    assert dialog.last_day.date() == QDate(2026, 9, 30)
    assert dialog.default_name() == "rapport-de-transparence-2026-07-01-2026-09-30.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        assert dialog.save() is not None
    assert saved.args == [f"The transparency report was saved to {target}."]
    assert dialog.written == target
    assert threads
    assert threading.main_thread().name not in threads
    assert "Du 1 juillet 2026 au 30 septembre 2026" in _text(target)


def test_a_period_that_ends_before_it_starts_is_refused(qtbot, context, tmp_path) -> None:
    target = tmp_path / "never.pdf"
    dialog = _dialog(qtbot, context, target)
    dialog.last_day.setDate(QDate(2026, 6, 1))
    assert dialog.save() is None
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "The period ends before it starts."
    assert not target.exists()


def test_the_record_of_processing_in_english_has_no_period(qtbot, context, tmp_path) -> None:
    target = tmp_path / "record.pdf"
    dialog = _dialog(qtbot, context, target)
    dialog.processing.setChecked(True)
    assert not dialog.first_day.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.default_name() == "registre-des-traitements.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save()
    assert "Record of processing activities" in _text(target)


def test_the_page_s_button_is_for_the_manager(qtbot, context, tmp_path, monkeypatch) -> None:
    page = RequestsPage(context)
    qtbot.addWidget(page)
    assert page.reports_button.isEnabled()
    target = tmp_path / "page.pdf"
    monkeypatch.setattr(ReportDialog, "choose_file", lambda _self: target)

    def press_save() -> None:
        dialog = page.findChild(ReportDialog)
        assert dialog is not None
        dialog.save()

    QTimer.singleShot(0, press_save)
    assert page.write_report() == target
    assert page.message.text() == f"Saved to {target}."
    assert target.exists()

    context.actor = NADIA
    other = RequestsPage(context)
    qtbot.addWidget(other)
    assert not other.reports_button.isEnabled()

"""The register of data-rights requests on screen: record, answer, extend, export, erase."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app import rights_requests
from app.access import Actor
from app.clock import FixedClock
from app.patients import ContactData, PatientData, insert_many
from db.models import ContactKind, Patient, RequestKind, RequestOutcome, Role
from ui.context import UiContext
from ui.i18n import install_translators, remove_translators
from ui.rights.requests_page import (
    STATUS,
    ReasonDialog,
    RequestDialog,
    RequestsPage,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"


@pytest.fixture(autouse=True)
def english(qapp):
    """English plurals ("8 days", "1 day") come from the English catalogue."""
    install_translators(qapp, "en")
    yield
    remove_translators(qapp)


@pytest.fixture
def patient_ids(context: UiContext) -> list[int]:
    people = [
        PatientData(
            "Lefèvre",
            "Hélène",
            date(1948, 3, 2),
            contacts=[ContactData(ContactKind.MOBILE, "+33612345678")],
        ),
        PatientData("Martin", "Luc", date(1980, 6, 1)),
        PatientData("Nguyễn", "Thị Mai", date(1991, 9, 14)),
    ]
    with context.database.transaction() as session:
        return insert_many(session, context.clock.now(), people)


def _open(context: UiContext, patient_id: int, kind: RequestKind, received: date) -> int:
    with context.database.transaction() as session:
        return rights_requests.open_request(
            session, context.clock, context.actor, patient_id, kind, received, "letter"
        ).id


def _page(qtbot, context: UiContext) -> RequestsPage:
    page = RequestsPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 520)
    page.show()
    return page


def test_a_receptionist_records_a_request_found_by_name(qtbot, context, patient_ids) -> None:
    context.actor = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)
    dialog = RequestDialog(context)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no patient yet
    qtbot.keyClicks(dialog.search, "lefe")
    assert dialog.results.count() == 1
    assert ok.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData(RequestKind.ERASURE.value))
    dialog.received.setDate(dialog.received.date().addDays(-8))
    assert "20/12/2026" in dialog.due.text()  # received 20/11, due one month later
    dialog.notes.setPlainText("Lettre recommandée")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.request_id is not None
    with context.database.read_session() as session:
        (row,) = rights_requests.register(session)
    assert (row.patient_id, row.kind, row.received_on, row.deadline, row.notes) == (
        patient_ids[0],
        RequestKind.ERASURE,
        date(2026, 11, 20),
        date(2026, 12, 20),
        "Lettre recommandée",
    )


def test_overdue_requests_say_so_in_words_and_come_first(qtbot, context, patient_ids) -> None:
    overdue = _open(context, patient_ids[1], RequestKind.ACCESS, date(2026, 10, 20))
    recent = _open(context, patient_ids[0], RequestKind.OBJECTION, date(2026, 11, 25))
    page = _page(qtbot, context)
    assert [page.table.item(r, 0).text() for r in range(2)] == [str(overdue), str(recent)]
    assert page.table.item(0, STATUS).text() == "Overdue by 8 days"
    assert not page.table.item(0, STATUS).icon().isNull()  # not only a colour
    assert page.table.item(1, STATUS).text() == "27 days left"
    assert page.summary.text() == "2 open requests, 1 overdue"


def test_answering_through_the_dialog_closes_the_request(qtbot, context, patient_ids) -> None:
    request_id = _open(context, patient_ids[0], RequestKind.OBJECTION, date(2026, 11, 25))
    page = _page(qtbot, context)
    page.select_request(request_id)
    assert page.answer_button.isEnabled()
    assert not page.erase_button.isEnabled()  # only for erasure requests

    answers = iter([(RequestOutcome.REFUSED, ""), (RequestOutcome.REFUSED, "Soins en cours")])
    seen_errors: list[str] = []

    def fill_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReasonDialog):
            QTimer.singleShot(20, fill_and_accept)
            return
        if dialog.error.isVisible():
            seen_errors.append(dialog.error.text())
        outcome, text = next(answers, (None, None))
        if outcome is None:
            dialog.reject()
            return
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(outcome.value))
        dialog.text.setPlainText(text)
        dialog.accept()
        QTimer.singleShot(20, fill_and_accept)

    QTimer.singleShot(0, fill_and_accept)
    assert page.answer_selected()
    assert seen_errors == ["Please say why: the patient must be told the reasons."]
    assert page.table.item(0, STATUS).text() == "Answered on 28/11/2026: refused"
    assert page.message.text() == f"Request {request_id} answered."
    assert not page.answer_button.isEnabled()


def test_extension_gives_three_months_once(qtbot, context, patient_ids) -> None:
    request_id = _open(context, patient_ids[0], RequestKind.ACCESS, date(2026, 11, 20))
    page = _page(qtbot, context)
    page.select_request(request_id)
    assert page.extend(request_id, "Dossier papier aux archives")
    assert "20/02/2027 (extended)" in page.table.item(0, 4).text()
    assert not page.extend_button.isEnabled()


def test_export_answers_an_access_request_with_json_and_pdf(
    qtbot, context, patient_ids, tmp_path
) -> None:
    request_id = _open(context, patient_ids[2], RequestKind.ACCESS, date(2026, 11, 27))
    page = _page(qtbot, context)
    page.select_request(request_id)
    folder = tmp_path / "for the patient"
    job = page.export(page.selected_row(), folder)
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    files = sorted(p.name for p in folder.iterdir())
    assert files == [
        f"patient-{patient_ids[2]}-access.json",
        f"patient-{patient_ids[2]}-access.pdf",
    ]
    data = json.loads((folder / files[0]).read_text(encoding="utf-8"))
    assert data["patient"]["last_name"] == "Nguyễn"
    text = "".join(sheet.extract_text() for sheet in PdfReader(folder / files[1]).pages)
    assert "Nguyễn" in text
    assert page.table.item(0, STATUS).text() == "Answered on 28/11/2026: done"


def test_an_export_into_a_missing_folder_says_where_and_changes_nothing(
    qtbot, context, patient_ids, tmp_path
) -> None:
    request_id = _open(context, patient_ids[0], RequestKind.ACCESS, date(2026, 11, 27))
    page = _page(qtbot, context)
    page.select_request(request_id)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    job = page.export(page.selected_row(), blocked / "inside")
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    assert page.message.isVisible()
    assert str(blocked) in page.message.text()
    with context.database.read_session() as session:
        assert rights_requests.register(session, open_only=True)  # still open


def test_erasure_from_the_register_erases_and_closes(qtbot, context, patient_ids) -> None:
    request_id = _open(context, patient_ids[0], RequestKind.ERASURE, date(2026, 11, 27))
    page = _page(qtbot, context)
    page.select_request(request_id)
    assert page.erase_button.isEnabled()
    assert page.erase(page.selected_row())
    with context.database.read_session() as session:
        patient = session.get(Patient, patient_ids[0])
        assert patient.last_name != "Lefèvre"
        assert not patient.contact_points
    assert page.table.item(0, STATUS).text() == "Answered on 28/11/2026: done"


def test_a_receptionist_records_but_does_not_answer(qtbot, context, patient_ids) -> None:
    request_id = _open(context, patient_ids[0], RequestKind.ERASURE, date(2026, 11, 27))
    context.actor = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)
    page = _page(qtbot, context)
    page.select_request(request_id)
    assert page.new_button.isEnabled()
    for button in (page.answer_button, page.extend_button, page.export_button, page.erase_button):
        assert not button.isEnabled()
        assert button.toolTip() == "Only an administrator answers requests."


@pytest.mark.parametrize("language", ["fr", "en"])
def test_screenshot(qtbot, context, patient_ids, language) -> None:
    _open(context, patient_ids[1], RequestKind.ACCESS, date(2026, 10, 20))
    request_id = _open(context, patient_ids[0], RequestKind.ERASURE, date(2026, 11, 25))
    _open(context, patient_ids[2], RequestKind.RECTIFICATION, date(2026, 11, 2))
    with context.database.transaction() as session:
        rights_requests.answer(
            session, context.clock, context.actor, request_id, RequestOutcome.FULFILLED
        )
    app = QApplication.instance()
    install_translators(app, language)
    try:
        page = _page(qtbot, context)
        page.select_request(request_id)
        SCREENSHOTS.mkdir(exist_ok=True)
        assert page.grab().save(str(SCREENSHOTS / f"requests-{language}.png"))
        dialog = RequestDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.search, "ma")
        assert dialog.grab().save(str(SCREENSHOTS / f"new-request-{language}.png"))
    finally:
        remove_translators(app)


def test_the_clock_decides_what_is_overdue(qtbot, context, patient_ids) -> None:
    _open(context, patient_ids[0], RequestKind.ACCESS, date(2026, 11, 27))
    context.clock = FixedClock(datetime(2026, 12, 28, 9, tzinfo=UTC))
    page = _page(qtbot, context)
    assert page.table.item(0, STATUS).text() == "Overdue by 1 day"

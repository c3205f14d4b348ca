"""Make the README's gallery: one picture of every paper Relais prints (`make gallery`).

A throw-away encrypted practice gets the test suite's patients on paper (their
names need Polish, Cyrillic, Greek and German letters), letters queued by a
real dispatch, calls, a consent, a survey and a quarter of messages, consents,
requests and complaints for the transparency report; every document is then written
by the application's own code and its pages rasterised by Qt's PDF module
(PDFium) at 60 dpi, so the gallery needs nothing outside the virtual
environment.  Run it again after changing a document's look.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app import (  # noqa: E402 -- after the path is set
    audit,
    call_sheet,
    consent_forms,
    labels,
    letters,
    paper_settings,
    processing_record,
    survey_form,
    transparency,
)
from app.access import Actor  # noqa: E402
from app.clock import FixedClock  # noqa: E402
from app.practice import PracticeDatabase, create_practice  # noqa: E402
from app.settings import PracticeSettings, load_practice  # noqa: E402
from db.models import (  # noqa: E402
    CallOutcome,
    Channel,
    Complaint,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    ConsentEvent,
    ConsentKind,
    ConsentMethod,
    MessageStatus,
    Patient,
    PrivacyNotice,
    RequestKind,
    RightsRequest,
)

GALLERY = REPO / "docs" / "gallery"
DPI = 60
START = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)
QUARTER = transparency.Period(date(2026, 7, 1), date(2026, 9, 30))


def rasterise(pdf: bytes, page: int, target: Path) -> None:
    """Page ``page`` (1-based) of ``pdf`` as a PNG on white paper."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QGuiApplication, QImage, QPainter, Qt
    from PySide6.QtPdf import QPdfDocument

    _app = QGuiApplication.instance() or QGuiApplication([])
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    points = document.pagePointSize(page - 1)
    size = QSize(round(points.width() * DPI / 72), round(points.height() * DPI / 72))
    rendered = document.render(page - 1, size)
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    document.close()
    # 256 colours are plenty for paper, and keep the gallery small in the repository.
    paper = paper.convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
    )
    if not paper.save(str(target), "PNG", 9):
        raise OSError(f"Cannot write {target}")


Ended = tuple[MessageStatus, CallOutcome | None, int]  # how a message ended, how many
# A small practice's third quarter, as the transparency report counts it: by purpose
# and channel, how many messages ended and how.
SENT, POSTED = (MessageStatus.SENT, None), (MessageStatus.POSTED, None)
QUARTER_MESSAGES: dict[tuple[str, Channel], tuple[Ended, ...]] = {
    ("appointment_reminder", Channel.SMS): (
        (*SENT, 212), (MessageStatus.FAILED, None, 6), (MessageStatus.UNKNOWN, None, 1),
        (MessageStatus.CANCELLED, None, 4),
    ),
    ("appointment_reminder", Channel.EMAIL): ((*SENT, 58), (MessageStatus.FAILED, None, 2)),
    ("appointment_reminder", Channel.LETTER): ((*POSTED, 19),),
    ("appointment_reminder", Channel.PHONE): (
        (MessageStatus.CALLED, CallOutcome.REACHED, 9),
        (MessageStatus.CALLED, CallOutcome.VOICEMAIL, 2),
        (MessageStatus.CALLED, CallOutcome.NO_ANSWER, 2),
        (MessageStatus.FAILED, CallOutcome.WRONG_NUMBER, 1),
    ),
    ("screening_recall", Channel.SMS): ((*SENT, 15), (MessageStatus.EXPIRED, None, 1)),
    ("screening_recall", Channel.EMAIL): ((*SENT, 31),),
    ("screening_recall", Channel.LETTER): ((*POSTED, 24), (MessageStatus.PRINTED, None, 2)),
    ("vaccination", Channel.SMS): ((*SENT, 64), (MessageStatus.FAILED, None, 2)),
    ("vaccination", Channel.LETTER): ((*POSTED, 9),),
    ("health_education", Channel.EMAIL): ((*SENT, 40), (MessageStatus.FAILED, None, 1)),
    ("satisfaction_survey", Channel.SMS): ((*SENT, 22),),
    ("satisfaction_survey", Channel.EMAIL): ((*SENT, 18),),
    ("satisfaction_survey", Channel.LETTER): ((*POSTED, 6),),
}  # fmt: skip


def _in_quarter(n: int, of: int, hour: int = 9) -> datetime:
    """The n-th of ``of`` moments spread evenly over the quarter, in office hours."""
    return datetime(2026, 7, 1, hour, tzinfo=UTC) + timedelta(days=n * 91 // of)


def _a_quarter_of_life(database: PracticeDatabase, clock: FixedClock) -> None:
    """Messages, consents, requests, complaints and security events from July to
    September 2026, so the report's picture shows figures rather than an empty quarter.

    Its own patients, so the gallery's letters and forms do not change; built here
    because the report tests' data set is a pytest fixture.
    """
    from tests.helpers import people
    from tests.helpers.messages import add_message, purpose_id

    with database.transaction() as session:
        patients = people.add(
            session,
            clock.now(),
            *(people.texting(f"Trimestre{n}", date(1950 + n, 1, 1), 40 + n) for n in range(9)),
            *(people.paper_only(f"Papier{n}", date(1935 + n, 1, 1)) for n in range(3)),
        )
        for (purpose, channel), endings in QUARTER_MESSAGES.items():
            total = sum(count for _status, _call, count in endings)
            n = 0
            for status, call_outcome, count in endings:
                for _ in range(count):
                    at = _in_quarter(n, total)
                    left = status in (MessageStatus.SENT, MessageStatus.CALLED)
                    add_message(
                        session, at, patients[n % len(patients)], channel, status,
                        purpose=purpose, scheduled_for=at, call_outcome=call_outcome,
                        sent_at=at if left else None,
                    )  # fmt: skip
                    n += 1

        consents = (
            ("health_education", ConsentKind.GRANTED, ConsentMethod.SIGNED_FORM, 14),
            ("satisfaction_survey", ConsentKind.GRANTED, ConsentMethod.AT_DESK, 9),
            ("practice_events", ConsentKind.GRANTED, ConsentMethod.SIGNED_FORM, 5),
            ("health_education", ConsentKind.WITHDRAWN, ConsentMethod.SMS_STOP, 3),
            ("practice_events", ConsentKind.WITHDRAWN, ConsentMethod.AT_DESK, 1),
            ("satisfaction_survey", ConsentKind.REFUSED, ConsentMethod.AT_DESK, 2),
            ("appointment_reminder", ConsentKind.OBJECTED, ConsentMethod.PHONE, 1),
            (None, ConsentKind.OBJECTED, ConsentMethod.LETTER_REPLY, 1),
        )
        for about, what, method, count in consents:
            for n in range(count):
                session.add(
                    ConsentEvent(
                        patient_id=patients[n % len(patients)],
                        purpose_id=purpose_id(session, about) if about else None,
                        channel=Channel.SMS if method is ConsentMethod.SMS_STOP else None,
                        kind=what, method=method, recorded_at=_in_quarter(n, count, 11),
                        recorded_by="admin",
                    )
                )  # fmt: skip

        month = timedelta(days=30)
        requests = (  # kind, received, days to answer (None: still open)
            (RequestKind.ACCESS, date(2026, 7, 6), 8),
            (RequestKind.ACCESS, date(2026, 8, 3), 12),
            (RequestKind.ACCESS, date(2026, 9, 14), 25),
            (RequestKind.RECTIFICATION, date(2026, 7, 20), 2),
            (RequestKind.ERASURE, date(2026, 8, 24), 19),
        )
        for n, (asked, received, days) in enumerate(requests):
            session.add(
                RightsRequest(
                    patient_id=patients[n], kind=asked, received_on=received,
                    received_via="desk", due_on=received + month,
                    answered_on=received + timedelta(days=days), notes="",
                    recorded_at=clock.now(), recorded_by="admin",
                )
            )  # fmt: skip

        complaints = (  # category, received, days to acknowledge, days to answer
            (ComplaintCategory.WAITING, date(2026, 7, 9), 1, 12),
            (ComplaintCategory.RECEPTION, date(2026, 8, 18), 2, 9),
            (ComplaintCategory.MESSAGES, date(2026, 9, 7), 1, 6),
        )
        for category, received, to_acknowledge, to_answer in complaints:
            session.add(
                Complaint(
                    received_on=received, channel=ComplaintChannel.LETTER, from_whom="",
                    category=category, description="", status=ComplaintStatus.RECEIVED,
                    acknowledge_by=received + timedelta(days=2),
                    acknowledged_on=received + timedelta(days=to_acknowledge),
                    answer_by=received + month, answered_on=received + timedelta(days=to_answer),
                    answer="", lessons="", recorded_at=clock.now(), recorded_by="admin",
                    updated_at=clock.now(),
                )
            )  # fmt: skip

        session.add(
            PrivacyNotice(
                version="2026-03",
                published_at=datetime(2026, 3, 1, 9, tzinfo=UTC),
                summary="Notice d'information du cabinet",
            )
        )

        def event(at: datetime, action: str, **details: object) -> None:
            audit.record(session, FixedClock(at), "admin", action, details=details)

        event(_in_quarter(10, 91, 8), "login", failed_attempts_before=2)
        event(_in_quarter(55, 91, 8), "login.failed")
        for week in range(13):
            event(_in_quarter(week * 7 + 4, 91, 21), "backup.created", file=f"w{week}", sha256="0")
        for month_start in (0, 31, 62):
            event(_in_quarter(month_start, 91, 7), "integrity.checked")


def _practice(folder: Path, name: str, clock: FixedClock) -> tuple[PracticeDatabase, Actor]:
    return create_practice(
        folder / f"{name}.relais",
        clock,
        admin_username="admin",
        admin_full_name="Alice Admin",
        admin_password="correct horse battery",  # noqa: S106 -- a throw-away practice
        practice=PracticeSettings(name="Cabinet du Parc", city="Lyon", postcode="69003"),
    )


def _written(write: Callable[[Path], object], folder: Path, name: str) -> bytes:
    path = folder / f"{name}.pdf"
    write(path)
    return path.read_bytes()


Picture = tuple[str, bytes, int]  # file stem, the PDF, the page shown


def _paper(folder: Path) -> list[Picture]:
    """Letters, labels, forms and reports, from one practice with patients on paper."""
    from tests.helpers import ledger
    from tests.helpers.letters import queue_letters

    clock = FixedClock(START)
    database, admin = _practice(folder, "letters", clock)
    try:
        paper = queue_letters(database, admin, clock)
        with database.transaction() as session:
            # Claire reads easy-read letters: the print run picks that template for her.
            claire = session.get(Patient, paper.claire)
            assert claire is not None
            claire.easy_read = True
            session.flush()
            practice = load_practice(session)
            waiting = [item.message_id for item in letters.letters_to_print(session, clock.now())]
            label_sheet = labels.labels_for_waiting_letters(
                session, clock, labels.AVERY_L7160, start_at=4
            )
            batch = letters.prepare_batch(session, clock, waiting)
            session.rollback()  # a picture, not a print run
        first_page = {item.patient_id: item.first_page for item in batch.letters}
        with database.transaction() as session:
            event = ledger.record(
                session, clock, admin, paper.claire, "appointment_reminder",
                Channel.LETTER, ConsentKind.GRANTED,
            ).id  # fmt: skip
        with database.read_session() as session:
            form, receipt = BytesIO(), BytesIO()
            consent_forms.write_consent_form(form, session, paper.luc, clock.now())
            consent_forms.write_receipt(receipt, session, event)
            survey_pdf, _recipients, survey_pages = survey_form.render_survey_forms(
                session, [paper.lucja], survey_form.default_survey("fr"), date(2026, 12, 3)
            )
            record = _written(
                lambda path: processing_record.write_processing_record(path, session, clock, "fr"),
                folder,
                "record",
            )
        # After the others: its privacy notice would show on the consent form and the record.
        _a_quarter_of_life(database, clock)
        with database.read_session() as session:
            report = _written(
                lambda path: transparency.write_transparency_report(
                    path, session, clock, QUARTER, "fr"
                ),
                folder,
                "report",
            )
    finally:
        database.close()
    envelope_test = paper_settings.envelope_test_pdf(paper_settings.PaperSettings(), practice)
    return [
        ("print-run-cover", batch.pdf, 1),
        ("letter", batch.pdf, first_page[paper.jurgen]),
        ("large-print-letter", batch.pdf, first_page[paper.sofia]),
        ("easy-read-letter", batch.pdf, first_page[paper.claire]),
        ("labels-l7160", label_sheet, 1),
        ("envelope-test", envelope_test, 1),
        ("consent-form", form.getvalue(), 1),
        ("consent-receipt", receipt.getvalue(), 1),
        ("survey-form", survey_pdf, 1),
        ("survey-form-slip", survey_pdf, survey_pages),
        ("transparency-report", report, 1),
        ("processing-record", record, 1),
    ]


def _calls(folder: Path) -> list[Picture]:
    from tests.helpers.calls import queue_calls

    clock = FixedClock(START)
    database, admin = _practice(folder, "calls", clock)
    try:
        queue_calls(database, admin, clock, 4)
        with database.read_session() as session:
            return [("call-sheet", call_sheet.render_call_sheet(session, clock), 1)]
    finally:
        database.close()


def make(out: Path = GALLERY) -> list[Path]:
    """Write every picture into ``out``; returns them in the order the README shows them."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="relais-gallery-") as name:
        pictures = _paper(Path(name)) + _calls(Path(name))
    made = []
    for stem, pdf, page in pictures:
        target = out / f"{stem}.png"
        rasterise(pdf, page, target)
        made.append(target)
    return made


if __name__ == "__main__":
    for picture in make():
        print(picture.relative_to(REPO))

"""Make the README's gallery: one picture of every paper Relais prints (`make gallery`).

A throw-away encrypted practice gets the test suite's patients on paper (their
names need Polish, Cyrillic, Greek and German letters), letters queued by a
real dispatch, calls, a consent and a survey; every document is then written
by the application's own code and its pages rasterised by Qt's PDF module
(PDFium) at 60 dpi, so the gallery needs nothing outside the virtual
environment.  Run it again after changing a document's look.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app import (  # noqa: E402 -- after the path is set
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
from db.models import Channel, ConsentKind, Patient  # noqa: E402

GALLERY = REPO / "docs" / "gallery"
DPI = 60
START = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


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
            quarter = transparency.Period(date(2026, 7, 1), date(2026, 9, 30))
            report = _written(
                lambda path: transparency.write_transparency_report(
                    path, session, clock, quarter, "fr"
                ),
                folder,
                "report",
            )
            record = _written(
                lambda path: processing_record.write_processing_record(path, session, clock, "fr"),
                folder,
                "record",
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

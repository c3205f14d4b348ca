"""Print runs on a real encrypted database, read back with pypdf: the cover and the order of
the letters, where the words lie on the page, the batch kept and reprinted as it printed,
one letter alone, a cancel, the retention and a patient's erasure."""

from __future__ import annotations

import hashlib
import itertools
import math
from dataclasses import dataclass
from datetime import timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, update

from app import (
    appointments,
    dispatch,
    letters,
    maintenance,
    preferences,
    print_runs,
    rights,
    scheduler,
    surveys,
)
from app.appointments import AppointmentData
from app.calls import NotActionable
from app.errors import Cancelled, NotFound
from app.letters import LetterBatch
from app.print_runs import BatchDamaged, BatchEmptied
from app.survey_form import reference_code
from app.tasks import Progress
from app.version import pdf_creator
from db.keys import KeyFile
from db.models import (
    AuditEvent,
    Channel,
    ContactPoint,
    Message,
    MessageStatus,
    PaperFormat,
    Patient,
    PrintBatch,
    PrintBatchLetter,
)
from tests.helpers import ledger
from tests.helpers.fixtures import ADMIN_PASSWORD
from tests.helpers.letters import APPOINTMENT, PaperPatients, queue_letters
from tests.helpers.pdf_text import images, save_moved_paper
from tests.helpers.sqlcipher_pages import decrypted_pages

MM = 72 / 25.4
PAGE_HEIGHT = 297 * MM


@pytest.fixture
def paper(database, admin, clock) -> PaperPatients:
    return queue_letters(database, admin, clock)


def _queued_ids(database, clock) -> list[int]:
    with database.read_session() as session:
        return [letter.message_id for letter in letters.letters_to_print(session, clock.now())]


def _batch(database, clock, ids=None) -> LetterBatch:
    with database.transaction() as session:
        return letters.prepare_batch(session, clock, ids or _queued_ids(database, clock))


def _kept(database, clock, admin) -> tuple[LetterBatch, print_runs.KeptBatch]:
    batch = _batch(database, clock)
    with database.transaction() as session:
        kept = print_runs.keep_printed(session, clock, admin, batch)
    return batch, kept


@dataclass(frozen=True)
class Word:
    text: str
    x: float  # points from the left edge
    top: float  # points from the top edge, to the baseline
    size: float  # the size it prints at, scaled as drawn


def _words(page) -> list[Word]:
    """Every piece of text on ``page`` with where it lies and the size it is drawn at."""
    found: list[Word] = []

    def visit(text, cm, tm, _font, size) -> None:
        if not text.strip():
            return
        a, b, c, d, e, f = (
            tm[0] * cm[0] + tm[1] * cm[2],
            tm[0] * cm[1] + tm[1] * cm[3],
            tm[2] * cm[0] + tm[3] * cm[2],
            tm[2] * cm[1] + tm[3] * cm[3],
            tm[4] * cm[0] + tm[5] * cm[2] + cm[4],
            tm[4] * cm[1] + tm[5] * cm[3] + cm[5],
        )
        scale = math.sqrt(abs(a * d - b * c))
        found.append(Word(text.strip(), e, PAGE_HEIGHT - f, size * scale))

    page.extract_text(visitor_text=visit)
    return found


def _reader(pdf: bytes) -> PdfReader:
    return PdfReader(BytesIO(pdf))


def _flat(text: str) -> str:
    return " ".join(text.split())


# -- the batch ---------------------------------------------------------------------------------


def test_one_cover_then_every_letter_in_postcode_order(database, clock, paper) -> None:
    batch = _batch(database, clock)
    reader = _reader(batch.pdf)
    assert len(reader.pages) == batch.pages == 1 + sum(letter.pages for letter in batch.letters)
    cover = reader.pages[0].extract_text()
    for expected in (
        "Lot d'impression n° 1",
        "Cabinet du Parc",
        "Préparé le 3 décembre 2026",
        "Courriers\n6",
        "Pages (avec cette page)\n8",
        "Rappel de rendez-vous\n6",
        "Standard\n5",
        "Gros caractères\n1",
        "Ordre d'impression : par code postal, puis par nom.",
        "ne pas mettre sous enveloppe",
    ):
        assert expected in cover, expected
    for name in ("MARTIN", "AUBERT", "WEISS", "WAŁĘSA", "ИВАНОВ", "ΠΑΠΑΔΟΠΟΎΛΟΥ", "rue"):
        assert name not in cover  # no patient's name or address on the cover
    assert all(w.text.isdigit() for w in _words(reader.pages[0]) if _in_window(w))  # counts only
    assert batch.counts() == {
        "purpose": {"appointment_reminder": 6},
        "paper_format": {"standard": 5, "large_print": 1},
    }

    assert [letter.position for letter in batch.letters] == [1, 2, 3, 4, 5, 6]
    assert [letter.message_id for letter in batch.letters] == list(batch.message_ids)
    assert [(letter.first_page, letter.pages) for letter in batch.letters] == [
        (2, 1), (3, 2), (5, 1), (6, 1), (7, 1), (8, 1)
    ]  # fmt: skip
    postcodes = []
    for letter in batch.letters:
        window = [w.text for w in _words(reader.pages[letter.first_page - 1]) if _in_window(w)]
        postcodes.append(next(line.split()[0] for line in window if line[:5].isdigit()))
    assert postcodes == ["10115", "13002", "69003", "69003", "69007", "75011"]
    assert postcodes == sorted(postcodes)
    with database.read_session() as session:
        waiting = letters.letters_to_print(session, clock.now())
    assert [w.message_id for w in waiting] == list(batch.message_ids)  # the print centre's order


WINDOW = (105 * MM, 52 * MM, 190 * MM, 90 * MM)  # left, top, right, bottom from the top left


def _in_window(word: Word) -> bool:
    left, top, right, bottom = WINDOW
    return left <= word.x < right and top < word.top <= bottom


def test_every_address_of_a_batch_lies_inside_the_envelope_window(database, clock, paper) -> None:
    batch = _batch(database, clock)
    reader = _reader(batch.pdf)
    assert len(batch.letters) == 6
    for letter in batch.letters:
        page = reader.pages[letter.first_page - 1]
        words = _words(page)
        in_window = [w for w in words if _in_window(w)]
        with database.read_session() as session:
            message = session.get(Message, letter.message_id)
            assert message is not None
            patient = session.get(Patient, message.patient_id)
            assert patient is not None
            address = letters.postal_address(session, message, patient, language=message.language)
        shown = _flat(" ".join(w.text for w in in_window))
        assert shown == _flat(" ".join(address.lines)), letter.message_id
        # ...and nothing else of the letter strays into the window
        others = [w for w in words if _in_window(w) and w not in in_window]
        assert others == []
        for word in in_window:
            left, top, _right, _bottom = WINDOW
            assert left <= word.x
            assert word.top - word.size * 0.8 >= top


@pytest.mark.parametrize(
    ("street", "extra"),
    [
        # One line wider than the window: broken as a paragraph breaks it.
        ("127 avenue du Maréchal Jean-Marie Gabriel de Lattre de Tassigny prolongée", None),
        # Lines that break into more than the window holds: smaller type, never cut.
        (
            "Lieu-dit la Grange aux Moines, chemin vicinal numéro 12 de Saint-Genis",
            "Résidence les Jardins du Parc, bâtiment C, escalier 4, 5e étage, porte gauche,"
            " chez Madame et Monsieur Dupont-Lefèvre, à l'attention du service des"
            " archives, boîte aux lettres numéro 18",
        ),
    ],
)
def test_an_address_too_long_for_its_lines_still_lies_whole_inside_the_window(
    database, clock, paper, street, extra
) -> None:
    with database.transaction() as session:
        for contact in session.scalars(
            select(ContactPoint).where(ContactPoint.patient_id == paper.luc)
        ):
            contact.street, contact.street_extra = street, extra
    batch = _batch(database, clock)
    with database.read_session() as session:
        message_id = session.scalar(select(Message.id).where(Message.patient_id == paper.luc))
        message = session.get(Message, message_id)
        patient = session.get(Patient, paper.luc)
        assert message is not None
        assert patient is not None
        address = letters.postal_address(session, message, patient)
    (letter,) = [letter for letter in batch.letters if letter.message_id == message_id]
    words = _words(_reader(batch.pdf).pages[letter.first_page - 1])
    in_window = [w for w in words if _in_window(w)]
    assert _flat(" ".join(w.text for w in in_window)) == _flat(" ".join(address.lines))
    assert street.split()[-1] in " ".join(w.text for w in in_window)  # its end, not cut off
    assert all(w.size >= 8 for w in in_window)
    # Nothing of it below or beside the window either.
    assert [w.text for w in words if w.x >= WINDOW[0] and 90 * MM < w.top <= 100 * MM] == []


def _large_print_patients(database, admin, clock, paper) -> LetterBatch:
    with database.transaction() as session:
        for patient in (paper.luc, paper.claire, paper.lucja):
            preferences.save(
                session, clock, admin, patient,
                preferences.ContactPreferences(paper_format=PaperFormat.LARGE_PRINT,
                                               paper_only=True),
            )  # fmt: skip
    return _batch(database, clock)


def test_a_large_print_letter_has_no_text_under_16_pt(database, admin, clock, paper) -> None:
    batch = _large_print_patients(database, admin, clock, paper)
    reader = _reader(batch.pdf)
    large = [letter for letter in batch.letters if letter.paper_format is PaperFormat.LARGE_PRINT]
    assert len(large) == 4
    for letter in large:
        sizes = []
        for number in range(letter.first_page, letter.first_page + letter.pages):
            words = _words(reader.pages[number - 1])
            assert words
            small = [(w.text, round(w.size, 1)) for w in words if w.size < 15.9]
            assert small == [], (letter.message_id, number)
            sizes += [w.size for w in words]
        assert min(sizes) >= 15.9
    standard = next(ltr for ltr in batch.letters if ltr.paper_format is PaperFormat.STANDARD)
    sizes = [w.size for w in _words(reader.pages[standard.first_page - 1])]
    assert min(sizes) < 12  # the standard letter's letterhead and foot stay small


LEFT_MARGIN = 18 * MM
ITEM_INDENT = 16 * 1.4  # a list item's indent in large print
BOX_PAD = 6  # the why box's inner margin


def _lines(pdf: bytes, page: int) -> dict[str, list[tuple[float, float]]]:
    """(top, where the line starts) of every line of ``page`` (from 1), by column: the
    window's on the right, the letter's on the left (letterhead, body, foot).

    Read with pdfplumber (pdfminer): the letters' shared paragraphs are forms, which it
    places where they print (pypdf's text visitor misplaces text inside a form).
    """
    import pdfplumber

    columns: dict[str, list[tuple[float, float]]] = {"left": [], "window": []}
    with pdfplumber.open(BytesIO(pdf), pages=[page]) as document:
        for line in document.pages[0].extract_text_lines(return_chars=False):
            x, top = float(line["x0"]), float(line["top"])
            in_window = x >= WINDOW[0] - 1 and top < WINDOW[3]
            columns["window" if in_window else "left"].append((top, x))
    return {name: sorted(lines) for name, lines in columns.items()}


def test_large_print_is_spaced_one_and_a_half_and_flush_left(database, admin, clock, paper) -> None:
    """RNIB clear print: 16 pt lines 24 pt apart (1.5) or more, and no line aligned right
    (the date included): every line starts at the margin, an item's indent, inside the
    why box, or in the envelope's window."""
    batch = _large_print_patients(database, admin, clock, paper)
    large = [letter for letter in batch.letters if letter.paper_format is PaperFormat.LARGE_PRINT]
    assert len(large) == 4
    starts = (LEFT_MARGIN, LEFT_MARGIN + ITEM_INDENT, LEFT_MARGIN + BOX_PAD)
    for letter in large:
        for number in range(letter.first_page, letter.first_page + letter.pages):
            columns = _lines(batch.pdf, number)
            for name, lines in columns.items():
                gaps = [round(b - a, 1) for (a, _), (b, _) in itertools.pairwise(lines)]
                assert min(gaps, default=24) >= 24 - 0.1, (letter.message_id, number, name, gaps)
            assert len(columns["left"]) > 5
            for _top, x in columns["left"]:
                assert any(abs(x - start) < 0.5 for start in starts), (letter.message_id, x)
            window_starts = {round(x, 1) for _baseline, x in columns["window"]}
            assert len(window_starts) <= 1  # the address, flush left in the window
    # The check sees a right-aligned line: the standard letter's date is one.
    standard = next(ltr for ltr in batch.letters if ltr.paper_format is PaperFormat.STANDARD)
    lines = _lines(batch.pdf, standard.first_page)["left"]
    assert any(x > LEFT_MARGIN + 100 for _baseline, x in lines)


def test_an_easy_read_letter_has_no_text_under_14_pt(database, admin, clock, paper) -> None:
    """Easy read is large to its foot: the why box, the opt-out and the reply slip too, with
    the reason and the opt-out in short sentences, one a line."""
    with database.transaction() as session:
        preferences.save(
            session, clock, admin, paper.luc,
            preferences.ContactPreferences(paper_format=PaperFormat.EASY_READ, paper_only=True),
        )  # fmt: skip
    batch = _batch(database, clock)
    reader = _reader(batch.pdf)
    (easy,) = [ltr for ltr in batch.letters if ltr.paper_format is PaperFormat.EASY_READ]
    text = ""
    for number in range(easy.first_page, easy.first_page + easy.pages):
        page = reader.pages[number - 1]
        words = _words(page)
        small = [(w.text, round(w.size, 1)) for w in words if w.size < 13.9]
        assert small == [], number
        text += page.extract_text() + "\n"
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "Pourquoi cette lettre ?" in lines
    assert "Vous avez un rendez-vous au cabinet." in lines
    assert "Le rendez-vous est le jeudi 10 décembre 2026." in lines
    assert "Remplissez le coupon en bas." in lines
    assert "Ou appelez le cabinet au 04 78 00 11 22." in lines
    assert "Vous recevez ce message car" not in text  # the long sentence is not printed


def test_progress_hears_of_every_letter_read_then_laid_out(database, clock, paper) -> None:
    seen: list[tuple[int, int, str]] = []

    class Watching(Progress):
        def update(self, done: int, total: int | None = None, message: str | None = None) -> None:
            super().update(done, total, message)
            seen.append(self.snapshot())

    with database.transaction() as session:
        letters.prepare_batch(session, clock, _queued_ids(database, clock), Watching())
    assert {total for _done, total, _message in seen} == {12}  # six letters, read and laid out
    reading = [done for done, _total, message in seen if message == letters.READING]
    laying = [done for done, _total, message in seen if message == letters.LAYING_OUT]
    assert reading[:7] == [0, 0, 1, 2, 3, 4, 5]
    assert laying == [6, 7, 8, 9, 10, 11, 12]
    assert [done for done, _total, _message in seen] == sorted(done for done, *_ in seen)


def test_a_cancel_mid_batch_keeps_nothing_and_marks_nothing(database, admin, clock, paper) -> None:
    class CancelAtLayout(Progress):
        def update(self, done: int, total: int | None = None, message: str | None = None) -> None:
            if message == letters.LAYING_OUT and done >= 8:
                self.cancel()
            super().update(done, total, message)

    ids = _queued_ids(database, clock)
    clock.advance(minutes=5)
    with pytest.raises(Cancelled), database.transaction() as session:
        letters.prepare_batch(session, clock, ids, CancelAtLayout())
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(PrintBatch)) == 0
        messages = list(session.scalars(select(Message).where(Message.id.in_(ids))))
        assert {m.status for m in messages} == {MessageStatus.QUEUED}
        assert clock.now() not in {m.updated_at for m in messages}  # the rendering rolled back
    assert len(_batch(database, clock).letters) == 6  # the next run finds them all


# -- kept, reprinted ---------------------------------------------------------------------------


def test_a_batch_marked_printed_is_kept_and_reprints_byte_for_byte(
    database, admin, clock, paper
) -> None:
    batch, kept = _kept(database, clock, admin)
    assert kept.id == batch.number == 1
    assert kept.sha256 == hashlib.sha256(batch.pdf).hexdigest()
    assert (kept.letters, kept.pages, kept.size_bytes) == (6, 8, len(batch.pdf))
    assert kept.counts == batch.counts()
    assert (kept.created_by, kept.kind, kept.emptied) == ("admin", "letters", False)
    clock.advance(days=2)
    with database.transaction() as session:
        letters.mark_posted(session, clock, admin, batch.message_ids[:2])
        again = print_runs.batch_pdf(session, clock, admin, kept.id)
    assert again == batch.pdf
    assert hashlib.sha256(again).hexdigest() == kept.sha256
    with database.read_session() as session:
        assert print_runs.kept_batches(session) == [kept]
        statuses = [session.get(Message, i).status for i in batch.message_ids]  # type: ignore[union-attr]
        actions = session.execute(
            select(AuditEvent.action, AuditEvent.entity_id).where(
                AuditEvent.action.like("print_batch.%")
            )
        ).all()
        listed = print_runs.batch_letters(session, kept.id)
    assert statuses == [MessageStatus.POSTED] * 2 + [MessageStatus.PRINTED] * 4  # unchanged
    assert actions == [("print_batch.kept", 1), ("print_batch.reprinted", 1)]
    assert [(x.position, x.message_id, x.first_page, x.pages) for x in listed] == [
        (x.position, x.message_id, x.first_page, x.pages) for x in batch.letters
    ]
    assert listed[1].patient_name == "ΠΑΠΑΔΟΠΟΎΛΟΥ Σοφία"


def test_the_next_batch_has_the_next_number(database, admin, clock, paper) -> None:
    first, _ = _kept(database, clock, admin)
    with database.read_session() as session:
        patients = [session.get(Message, i).patient_id for i in first.message_ids]  # type: ignore[union-attr]
    with database.transaction() as session:
        appointments.create_appointment(
            session, clock, admin, AppointmentData(patients[0], APPOINTMENT + timedelta(hours=2))
        )
    dispatch.dispatch(database, clock)
    second = _batch(database, clock)
    assert second.number == 2
    assert "Lot d'impression n° 2" in _reader(second.pdf).pages[0].extract_text()
    with database.transaction() as session:
        assert print_runs.keep_printed(session, clock, admin, second).id == 2


def test_a_number_taken_meanwhile_marks_nothing(database, admin, clock, paper) -> None:
    ids = _queued_ids(database, clock)
    one = _batch(database, clock, ids[:2])
    other = _batch(database, clock, ids[2:])
    assert one.number == other.number == 1  # two desks prepared at once
    with database.transaction() as session:
        print_runs.keep_printed(session, clock, admin, one)
    with (
        pytest.raises(NotActionable, match="Batch number 1 was kept by another desk"),
        database.transaction() as session,
    ):
        print_runs.keep_printed(session, clock, admin, other)
    with database.read_session() as session:
        assert len(letters.letters_to_print(session, clock.now())) == 4  # none marked


def test_one_letter_alone_is_exactly_its_pages(database, admin, clock, paper) -> None:
    batch, kept = _kept(database, clock, admin)
    batch_reader = _reader(batch.pdf)
    for letter in batch.letters:
        with database.transaction() as session:
            pdf = print_runs.letter_pdf(session, clock, admin, kept.id, letter.message_id)
        pages = _reader(pdf).pages
        assert len(pages) == letter.pages
        for offset, page in enumerate(pages):
            original = batch_reader.pages[letter.first_page - 1 + offset]
            assert page.extract_text() == original.extract_text()
    sofia = batch.letters[1]
    with database.transaction() as session:
        text = "\n".join(
            page.extract_text()
            for page in _reader(
                print_runs.letter_pdf(session, clock, admin, kept.id, sofia.message_id)
            ).pages
        )
    assert "ΠΑΠΑΔΟΠΟΎΛΟΥ" in text
    assert "page 2 / 2" in text
    assert "MARTIN" not in text
    assert "Lot d'impression" not in text
    with database.read_session() as session:
        reprints = session.scalar(
            select(func.count()).where(AuditEvent.action == "letter.reprinted")
        )
        assert reprints == 7
        assert session.get(Message, sofia.message_id).status is MessageStatus.PRINTED  # type: ignore[union-attr]


def test_unknown_batch_or_letter_is_said(database, admin, clock, paper) -> None:
    batch, kept = _kept(database, clock, admin)
    with database.transaction() as session:
        with pytest.raises(NotFound, match="No kept print run number 7"):
            print_runs.batch_pdf(session, clock, admin, 7)
        with pytest.raises(NotFound, match="No kept print run number 7"):
            print_runs.letter_pdf(session, clock, admin, 7, batch.message_ids[0])
        with pytest.raises(NotFound, match="Letter 999 is not in print run number 1"):
            print_runs.letter_pdf(session, clock, admin, kept.id, 999)


def test_a_kept_pdf_that_no_longer_matches_its_hash_is_refused(
    database, admin, clock, paper
) -> None:
    batch, kept = _kept(database, clock, admin)
    changed = batch.pdf.replace(b"/Title", b"/Tytle", 1)
    assert len(changed) == len(batch.pdf)
    assert changed != batch.pdf
    with database.transaction() as session:
        session.execute(update(PrintBatch).where(PrintBatch.id == kept.id).values(pdf=changed))
    with database.transaction() as session:
        with pytest.raises(BatchDamaged, match="does not match the hash taken when it printed"):
            print_runs.batch_pdf(session, clock, admin, kept.id)
        with pytest.raises(BatchDamaged):
            print_runs.letter_pdf(session, clock, admin, kept.id, batch.message_ids[0])


# -- retention and erasure ---------------------------------------------------------------------


def test_retention_empties_old_pdfs_and_keeps_their_hash(database, admin, clock, paper) -> None:
    _batch_one, old = _kept(database, clock, admin)
    clock.advance(days=print_runs.KEEP_PDF_DAYS - 10)
    with database.transaction() as session:
        assert print_runs.empty_old_batches(session, clock) == 0  # 80 days: still kept
    clock.advance(days=11)
    with database.transaction() as session:
        assert print_runs.empty_old_batches(session, clock) == 1
        assert print_runs.empty_old_batches(session, clock) == 0  # once
    with database.read_session() as session:
        (emptied,) = print_runs.kept_batches(session)
        pdf = session.scalar(select(PrintBatch.pdf).where(PrintBatch.id == old.id))
        letters_kept = session.scalar(select(func.count()).select_from(PrintBatchLetter))
    assert pdf == b""
    assert emptied.emptied
    assert emptied.emptied_why == "kept 90 days"
    assert (emptied.sha256, emptied.letters, emptied.pages, emptied.counts) == (
        old.sha256, old.letters, old.pages, old.counts
    )  # fmt: skip
    assert letters_kept == 6
    with database.transaction() as session, pytest.raises(BatchEmptied, match="kept 90 days"):
        print_runs.batch_pdf(session, clock, admin, old.id)


@pytest.mark.file_only  # reads the file's pages
def test_erasing_a_patient_empties_the_batch_holding_their_letter(
    database, admin, clock, paper, db_path
) -> None:
    batch, kept = _kept(database, clock, admin)
    key = KeyFile.load(KeyFile.path_for(db_path)).unwrap("admin", ADMIN_PASSWORD)
    maintenance.checkpoint(database.engine)
    # The PDF is compressed: its bytes, not the name, are what the raw pages may still hold.
    pieces = [batch.pdf[n : n + 48] for n in range(2000, len(batch.pdf) - 48, 9000)]
    assert any(piece in decrypted_pages(db_path, key.raw) for piece in pieces)
    with database.transaction() as session:
        report = rights.erase_patient(session, clock, admin, paper.luc)
    maintenance.checkpoint(database.engine)
    assert report.print_batches_emptied == 1
    raw = decrypted_pages(db_path, key.raw)
    assert not [piece for piece in pieces if piece in raw]
    with database.read_session() as session:
        (emptied,) = print_runs.kept_batches(session)
        erased = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "patient.erased")
        ).one()
    assert emptied.emptied
    assert emptied.emptied_why == print_runs.ERASURE_WHY
    assert emptied.sha256 == kept.sha256
    assert erased.details["print_batches_emptied"] == 1
    with database.transaction() as session, pytest.raises(BatchEmptied):
        print_runs.letter_pdf(session, clock, admin, kept.id, batch.message_ids[-1])


def test_the_nightly_work_empties_the_print_runs_past_their_time(
    database, admin, clock, paper
) -> None:
    _batch_one, kept = _kept(database, clock, admin)
    clock.advance(days=print_runs.KEEP_PDF_DAYS + 1)
    scheduler.nightly(database, clock, admin)
    with database.read_session() as session:
        (emptied,) = print_runs.kept_batches(session)
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "print_batch.emptied")
        ).one()
    assert emptied.emptied
    assert emptied.sha256 == kept.sha256
    assert event.details == {"batches": [kept.id], "why": "retention", "keep_days": 90}


def test_the_address_follows_the_practice_s_window_and_the_logo_tops_the_letterhead(
    database, admin, clock, paper
) -> None:
    save_moved_paper(database, clock, admin)  # the window at 100, 55 mm; a logo
    batch = _batch(database, clock)
    reader = _reader(batch.pdf)
    window = (100 * MM, 55 * MM, 185 * MM, 93 * MM)
    for letter in batch.letters:
        words = _words(reader.pages[letter.first_page - 1])
        inside = [
            w.text for w in words if window[0] <= w.x < window[2] and window[1] < w.top <= window[3]
        ]
        assert inside, letter.message_id
        assert any(line[:5].isdigit() for line in inside)  # the postcode line is in it
        lefts = {round(w.x / MM, 1) for w in words if w.text in inside}
        assert lefts == {100.0}  # where the practice's window starts, not the default 105 mm
    assert images(batch.pdf, page=1)  # the logo, inside the letterhead's form


# -- survey letters and what a PDF says of itself --------------------------------------------


def test_a_paper_patient_invited_to_a_survey_gets_the_form_in_the_print_run(
    database, admin, clock, paper
) -> None:
    with database.transaction() as session:
        ledger.record(session, clock, admin, paper.luc, surveys.PURPOSE, Channel.LETTER)
        survey_id = surveys.current_survey(session, clock).id
        outcome = surveys.invite(session, clock, admin, survey_id, [paper.luc])
    assert list(outcome.invited) == [paper.luc]
    dispatch.dispatch(database, clock)
    batch, kept = _kept(database, clock, admin)
    code = reference_code(survey_id, paper.luc)
    (survey,) = [x for x in batch.letters if x.purpose_code == surveys.PURPOSE]
    reminders = [x for x in batch.letters if x.purpose_code != surveys.PURPOSE]
    assert len(reminders) == 6  # every reminder letter is still there, before the form
    assert survey.position == 7
    assert survey.patient_id == paper.luc
    assert survey.first_page == reminders[-1].first_page + reminders[-1].pages
    assert batch.pages == survey.first_page + survey.pages - 1 == len(_reader(batch.pdf).pages)
    pages = _reader(batch.pdf).pages
    form = " ".join(
        pages[n].extract_text()
        for n in range(survey.first_page - 1, survey.first_page - 1 + survey.pages)
    )
    assert code in form
    assert "Coupon-réponse" in form
    cover = _flat(pages[0].extract_text())
    assert f"Courriers 7 Pages (avec cette page) {batch.pages}" in cover  # counted on the cover
    assert "les questionnaires de satisfaction à la fin" in cover  # the order says where
    with database.transaction() as session:
        alone = print_runs.letter_pdf(session, clock, admin, kept.id, survey.message_id)
    again = _reader(alone)
    assert len(again.pages) == survey.pages
    assert code in " ".join(page.extract_text() for page in again.pages)


def test_every_pdf_of_a_print_run_says_relais_made_it(database, admin, clock, paper) -> None:
    batch = _batch(database, clock)
    assert _reader(batch.pdf).metadata["/Creator"] == pdf_creator()
    assert pdf_creator().startswith("Relais ")
    with database.transaction() as session:
        ledger.record(session, clock, admin, paper.claire, surveys.PURPOSE, Channel.LETTER)
        surveys.invite(session, clock, admin, surveys.current_survey(session, clock).id,
                       [paper.claire])  # fmt: skip
    dispatch.dispatch(database, clock)
    with_form = _batch(database, clock)  # the survey form's pages appended
    assert any(x.purpose_code == surveys.PURPOSE for x in with_form.letters)
    assert _reader(with_form.pdf).metadata["/Creator"] == pdf_creator()


def test_a_batch_laid_out_two_letters_at_a_time_is_the_same_batch(
    database, clock, paper, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A long run is read, rendered and laid out LETTERS_AT_ONCE letters at a time so that
    # its memory stays flat; a small batch crosses that boundary when it is two.
    whole = _batch(database, clock)
    monkeypatch.setattr(letters, "LETTERS_AT_ONCE", 2)
    pieces = _batch(database, clock)
    assert pieces.letters == whole.letters
    assert (pieces.message_ids, pieces.pages, pieces.counts()) == (
        whole.message_ids, whole.pages, whole.counts()
    )  # fmt: skip
    assert [page.extract_text() for page in _reader(pieces.pdf).pages] == [
        page.extract_text() for page in _reader(whole.pdf).pages
    ]
    cover = _reader(pieces.pdf).pages[0].extract_text()
    assert "Courriers\n6" in cover
    assert "Pages (avec cette page)\n8" in cover

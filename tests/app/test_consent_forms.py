"""The consent form and receipt PDFs, read back with pypdf."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import consent, consent_forms, letters, patients, pdf_layout, preferences
from db.models import Channel, PaperFormat
from tests.helpers import ledger
from tests.helpers.letters import paper_patients, queue_letters
from tests.helpers.pdf_text import MM, assert_clear_print, drawn, fonts, page_texts


@pytest.fixture
def patient_id(practice, clock) -> int:
    database, admin = practice
    data = patients.PatientData(
        last_name="Łukasiewicz", first_name="Zoé", birth_date=date(1940, 2, 1)
    )
    with database.transaction() as session:
        (pid,) = patients.insert_many(session, clock.now(), [data])
        consent.publish_notice(
            session, clock, admin, "2026-11", "Notice", needs_reconfirmation=False
        )
    return pid


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_consent_form_lists_every_purpose_with_nothing_ticked(
    practice, clock, patient_id, tmp_path
) -> None:
    database, _ = practice
    out = tmp_path / "form.pdf"
    with database.read_session() as session:
        consent_forms.write_consent_form(out, session, patient_id, clock.now())
    text = _text(out)
    assert "ŁUKASIEWICZ Zoé" in text
    for purpose in ("Rappel de rendez-vous", "Information santé", "Vie du cabinet"):
        assert purpose in text
    assert text.count(consent_forms.BOX) == 7 * len(Channel)  # every box empty
    assert "☒" not in text
    assert "☑" not in text
    assert "version 2026-11" in text


def test_receipt_pdf_says_what_was_agreed_and_how_to_withdraw(
    practice, clock, patient_id, tmp_path
) -> None:
    database, admin = practice
    with database.transaction() as session:
        event = ledger.record(session, clock, admin, patient_id, "satisfaction_survey", Channel.SMS)
        out = tmp_path / "receipt.pdf"
        consent_forms.write_receipt(out, session, event.id)
    text = _text(out)
    assert "Reçu de consentement" in text
    assert "Enquête de satisfaction" in text
    assert "STOP" in text
    assert "Courrier" not in text  # only the channel agreed to


def test_markup_characters_in_a_name_print_literally(practice, clock, tmp_path) -> None:
    database, admin = practice
    data = patients.PatientData(
        last_name="O'Brien & <Fils>", first_name="Zoë", birth_date=date(1940, 2, 1)
    )
    with database.transaction() as session:
        (pid,) = patients.insert_many(session, clock.now(), [data])
        event = ledger.record(session, clock, admin, pid, "satisfaction_survey", Channel.SMS)
        form, receipt = tmp_path / "form.pdf", tmp_path / "receipt.pdf"
        consent_forms.write_consent_form(form, session, pid, clock.now())
        consent_forms.write_receipt(receipt, session, event.id)
    assert "O'BRIEN & <FILS> Zoë" in _text(form)
    assert "O'BRIEN & <FILS> Zoë" in _text(receipt)


def _header_and_window(pdf: bytes, page: int = 0) -> list[tuple[str, float, float, float, str]]:
    """What is drawn above the body on a page: the letterhead and the window, with where."""
    top_of_body = pdf_layout.BODY_TOP_MM * MM
    return [
        (run.text, round(run.x, 2), round(run.baseline, 2), run.size, run.font)
        for run in drawn(pdf)
        if run.page == page and run.baseline < top_of_body
    ]


def test_the_form_and_the_receipt_wear_the_letters_letterhead(database, admin, clock) -> None:
    paper = queue_letters(database, admin, clock)
    with database.transaction() as session:
        waiting = [w.message_id for w in letters.letters_to_print(session, clock.now())]
        batch = letters.prepare_batch(session, clock, waiting)
        event = ledger.record(session, clock, admin, paper.luc, "satisfaction_survey", Channel.SMS)
    luc_page = next(
        number for number, text in enumerate(page_texts(batch.pdf)) if "Luc MARTIN" in text
    )
    letter = _header_and_window(batch.pdf, luc_page)
    assert [run[0] for run in letter] == [
        "Cabinet du Parc",
        "4 place Bellecour",
        "69002 Lyon",
        "Tél. : 04 78 00 11 22",
        "accueil@cabinet-du-parc.fr",
        "Monsieur Luc MARTIN",
        "3 rue des Lilas",
        "69003 LYON",
    ]
    with database.read_session() as session:
        form, receipt = BytesIO(), BytesIO()
        consent_forms.write_consent_form(form, session, paper.luc, clock.now())
        consent_forms.write_receipt(receipt, session, event.id)
    for document in (form.getvalue(), receipt.getvalue()):
        # Same words, same place, same size, same font as on the letter.
        assert _header_and_window(document) == letter
        found = fonts(document)
        assert found
        assert all(found.values()), found
    assert "page 1 / 1" in page_texts(form.getvalue())[0]
    assert "Reçu de consentement · MARTIN Luc" in page_texts(receipt.getvalue())[0]


def test_the_receipt_speaks_english_to_an_english_patient(database, admin, clock) -> None:
    paper = queue_letters(database, admin, clock)
    with database.transaction() as session:
        event = ledger.record(session, clock, admin, paper.jurgen, "vaccination", Channel.LETTER)
        out = BytesIO()
        consent_forms.write_receipt(out, session, event.id)
    text = page_texts(out.getvalue())[0]
    assert "Mr Jürgen WEISS\nGoethestraße 5\n10115 BERLIN\nGERMANY" in text
    assert "Phone: 04 78 00 11 22" in text
    assert "Purpose: Vaccination" in text
    assert "Lyon, 3 December 2026" in text


def _form_and_receipt(session, clock, admin, patient_id: int, paper_format=None) -> list[bytes]:
    event = ledger.record(session, clock, admin, patient_id, "satisfaction_survey", Channel.LETTER)
    form, receipt = BytesIO(), BytesIO()
    consent_forms.write_consent_form(form, session, patient_id, clock.now(), paper_format)
    consent_forms.write_receipt(receipt, session, event.id, paper_format)
    return [form.getvalue(), receipt.getvalue()]


def _boxes(pdf: bytes) -> list[float]:
    """The size, in mm, of each box to tick (DejaVu's ☐ is a square of 0.715 of its size)."""
    return [
        run.size * consent_forms.BOX_GLYPH_SHARE / MM
        for run in drawn(pdf)
        for _ in range(run.text.count(consent_forms.BOX))
    ]


def test_a_large_print_patient_gets_no_text_under_16_pt_and_8_mm_boxes(
    database, admin, clock
) -> None:
    paper = paper_patients(database, admin, clock)  # Σοφία asked for large print
    with database.transaction() as session:
        assert preferences.load(session, paper.sofia).paper_format is PaperFormat.LARGE_PRINT
        documents = _form_and_receipt(session, clock, admin, paper.sofia)
        standard = _form_and_receipt(session, clock, admin, paper.luc)
    for document in documents:
        runs = drawn(document)
        assert runs
        small = [(run.page, run.text, round(run.size, 1)) for run in runs if run.size < 15.95]
        assert small == []  # letterhead, window, body, table, foot: every word
        found = fonts(document)
        assert all(found.values()), found
    form, receipt = documents
    text = " ".join(" ".join(page.split()) for page in page_texts(form))
    assert "Madame Σοφία ΠΑΠΑΔΟΠΟΎΛΟΥ 1 quai du Port 13002 MARSEILLE" in text  # the window
    for channel in ("SMS", "E-mail", "Courrier", "Téléphone"):
        assert channel in text  # each channel's name whole in its column
    assert _boxes(form) == pytest.approx([8.0] * 7 * len(Channel))
    assert "Reçu de consentement" in " ".join(page_texts(receipt))
    for document in documents:  # flush left, the place and date too, as a large-print letter
        (place_date,) = [run for run in drawn(document) if run.text.startswith("Lyon, le")]
        assert place_date.x == pytest.approx(pdf_layout.SIDE_MARGIN_MM * MM)
        assert_clear_print(document)  # 1.5 apart, the table's rows too; the foot at the left
    # A patient without the need keeps the standard sizes: a small letterhead, 5 mm boxes.
    assert min(run.size for run in drawn(standard[0])) < 12
    assert min(run.size for run in drawn(standard[1])) < 12
    assert _boxes(standard[0]) == pytest.approx([5.0] * 7 * len(Channel))
    assert len(PdfReader(BytesIO(standard[0])).pages) == 1  # the standard form stays one page


def test_the_paper_format_can_be_chosen_for_the_paper_in_hand(database, admin, clock) -> None:
    paper = paper_patients(database, admin, clock)
    with database.transaction() as session:
        large = _form_and_receipt(session, clock, admin, paper.luc, PaperFormat.LARGE_PRINT)
        easy = _form_and_receipt(session, clock, admin, paper.luc, PaperFormat.EASY_READ)
    assert min(run.size for document in large for run in drawn(document)) >= 15.95
    body = [run for run in drawn(easy[0]) if "Rien n’est coché" in run.text]
    assert body
    assert {run.size for run in body} == {14.0}
    assert _boxes(easy[0]) == pytest.approx([7.0] * 7 * len(Channel))

"""The consent form and receipt PDFs, read back with pypdf."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import consent, consent_forms, letters, patients, pdf_layout
from db.models import Channel
from tests.helpers import ledger
from tests.helpers.letters import queue_letters
from tests.helpers.pdf_text import MM, drawn, fonts, page_texts


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

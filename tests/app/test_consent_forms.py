"""The consent form and receipt PDFs, read back with pypdf."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import consent, consent_forms, patients
from db.models import Channel
from tests.helpers import ledger


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

"""The readable subject-access report, built from a real export and read back with pypdf."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app import access_report, patients, rights
from app.patients import ContactData, PatientData
from db.models import Channel, ConsentKind, ConsentMethod, ContactKind
from tests.helpers import ledger

# The fixture clock stands at 09:30 UTC on 28/11/2026: 10:30 in Paris (UTC+1 in winter).
CONSENT_HEADER = "Recueilli"
DATE_TIME = re.compile(r"\d\d/\d\d/\d{4} \d\d:\d\d")


def _add_patient(practice, clock, **fields: Any) -> int:
    database, admin = practice
    data = PatientData(**{"birth_date": date(1948, 3, 9), **fields})
    with database.transaction() as session:
        (pid,) = patients.insert_many(session, clock.now(), [data])
        patients.open_patient(session, clock, admin, pid)
    return pid


def _export(practice, clock, pid: int) -> dict[str, Any]:
    database, admin = practice
    with database.transaction() as session:
        return rights.export_patient(session, clock, admin, pid)


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_report_shows_the_patient_the_practice_and_every_consent_event(
    practice, clock, tmp_path
) -> None:
    database, admin = practice
    pid = _add_patient(
        practice,
        clock,
        last_name="Müßig-Łukasiewicz",
        first_name="Zoé",
        birth_name="Жукова",
        household="Οικογένεια Παπαδοπούλου",
        contacts=[ContactData(ContactKind.EMAIL, "zoe.mussig@exemple.fr")],
    )
    events = [
        ("health_education", Channel.EMAIL, ConsentKind.GRANTED, ConsentMethod.SIGNED_FORM),
        ("satisfaction_survey", Channel.SMS, ConsentKind.REFUSED, ConsentMethod.AT_DESK),
        ("health_education", Channel.EMAIL, ConsentKind.WITHDRAWN, ConsentMethod.PHONE),
    ]
    with database.transaction() as session:
        for event in events:
            clock.advance(days=3, minutes=7)
            ledger.record(session, clock, admin, pid, *event)
    out = tmp_path / "access.pdf"

    access_report.write_access_report(out, _export(practice, clock, pid))

    pages = _pages(out)
    text = "\n".join(pages)
    assert "Vos données détenues par Cabinet du Parc" in text
    for literal in ("Müßig-Łukasiewicz", "Zoé", "Жукова", "Οικογένεια Παπαδοπούλου"):
        assert literal in text
    assert "zoe.mussig@exemple.fr" in text
    assert "01/12/2026 10:37" in text  # the first event, in the practice's time zone
    assert "04/12/2026 10:44" in text
    assert "07/12/2026 10:51" in text
    assert "Information santé" in text
    assert "Enquête de satisfaction" in text
    assert "Aucun message ne vous a été envoyé." in text
    assert "Consultation du dossier" in text  # who opened the record
    assert f"page 1 / {len(pages)}" in pages[0]


def test_a_long_history_runs_over_pages_with_the_header_on_each(practice, clock, tmp_path) -> None:
    database, admin = practice
    pid = _add_patient(practice, clock, last_name="Zqxwanneau", first_name="Ophélise")
    with database.transaction() as session:
        for number in range(150):
            clock.advance(hours=5)
            kind = ConsentKind.GRANTED if number % 2 == 0 else ConsentKind.WITHDRAWN
            ledger.record(session, clock, admin, pid, "practice_events", Channel.SMS, kind)
    out = tmp_path / "access.pdf"

    access_report.write_access_report(out, _export(practice, clock, pid))

    pages = _pages(out)
    assert len(pages) >= 3
    pages_with_events = [page for page in pages if "Vie du cabinet" in page]
    assert len(pages_with_events) >= 3
    for page in pages_with_events:
        assert CONSENT_HEADER in page
    assert sum(len(DATE_TIME.findall(page)) for page in pages_with_events) >= 150
    for number, page in enumerate(pages, start=1):
        assert f"page {number} / {len(pages)}" in page


def test_markup_characters_print_literally(practice, clock, tmp_path) -> None:
    pid = _add_patient(practice, clock, last_name="O'Brien & <Fils>", first_name="Zoë <b>")
    data = _export(practice, clock, pid)
    data["controller"]["name"] = "Dupont & <Associés>"
    out = tmp_path / "access.pdf"

    access_report.write_access_report(out, data)

    text = "\n".join(_pages(out))
    assert "O'Brien & <Fils>" in text
    assert "Zoë <b>" in text
    assert "Dupont & <Associés>" in text
    assert "&amp;" not in text


def test_an_english_speaking_patient_reads_english(practice, clock, tmp_path) -> None:
    database, admin = practice
    pid = _add_patient(practice, clock, last_name="Whitfield", first_name="Ann", language="en")
    with database.transaction() as session:
        ledger.record(session, clock, admin, pid, "health_education", Channel.EMAIL)
    out = tmp_path / "access.pdf"

    access_report.write_access_report(out, _export(practice, clock, pid))

    text = "\n".join(_pages(out))
    for heading in (
        "The data Cabinet du Parc holds about you",
        "Your identity",
        "Your contact preferences",
        "Your consent history",
        "Who opened or changed your record",
        "No message has been sent to you.",
    ):
        assert heading in text
    assert "Health education" in text
    assert "Vos données" not in text


def test_rectifications_requests_and_messages_show_their_rows(practice, clock, tmp_path) -> None:
    pid = _add_patient(practice, clock, last_name="Quiroz", first_name="Ana")
    data = _export(practice, clock, pid)
    data["rectifications"] = [
        {
            "at": "2026-11-20T14:05:00+00:00",
            "by": "nadia",
            "field": "last_name",
            "old": "Kiroz",
            "new": "Quiroz",
        },
        {
            "at": "2026-11-21T08:00:00+00:00",
            "by": "nadia",
            "field": "contact:mobile",
            "old": None,
            "new": "+33611223344",
        },
    ]
    data["requests"] = [
        {
            "kind": "access",
            "received_at": "2026-11-27",
            "due_on": "2026-12-27",
            "answered_at": None,
            "outcome": None,
        },
        {
            "kind": "rectification",
            "received_at": "2026-11-19T16:00:00+00:00",
            "due_on": "2026-12-19",
            "answered_at": "2026-11-20T14:10:00+00:00",
            "outcome": "fulfilled",
        },
    ]
    data["messages"] = [
        {
            "purpose": "appointment_reminder",
            "channel": "sms",
            "status": "sent",
            "scheduled_for": "2026-11-25T07:00:00+00:00",
            "reason": "Rendez-vous du 26/11 à 9 h",
        }
    ]
    out = tmp_path / "access.pdf"

    access_report.write_access_report(out, data)

    text = "\n".join(_pages(out))
    assert "Corrections de vos données" in text
    assert "20/11/2026 15:05" in text
    assert "Kiroz" in text
    assert "Portable" in text
    assert "+33611223344" in text
    assert "Vos demandes" in text
    assert "27/11/2026" in text
    assert "27/12/2026" in text
    assert "en cours" in text
    assert "Rectification" in text
    assert "satisfaite" in text
    assert "Rappel de rendez-vous" in text
    assert "Rendez-vous du 26/11 à 9 h" in text
    assert "Aucun message" not in text


def test_sections_the_export_lacks_are_left_out(practice, clock, tmp_path) -> None:
    pid = _add_patient(practice, clock, last_name="Quiroz", first_name="Ana")
    data = _export(practice, clock, pid)
    data.pop("rectifications", None)
    data.pop("requests", None)
    out = tmp_path / "access.pdf"

    access_report.write_access_report(out, data)

    text = "\n".join(_pages(out))
    assert "Corrections de vos données" not in text
    assert "Vos demandes" not in text
    assert "Qui a ouvert ou modifié votre dossier" in text


def test_export_to_folder_writes_both_files(practice, clock, tmp_path) -> None:
    database, admin = practice
    pid = _add_patient(practice, clock, last_name="Quiroz", first_name="Ana")
    with database.transaction() as session:
        files = access_report.export_to_folder(session, clock, admin, pid, tmp_path / "out")
    assert json.loads(files.json.read_text(encoding="utf-8"))["patient"]["last_name"] == "Quiroz"
    assert "Quiroz" in "\n".join(_pages(files.pdf))
    assert sorted(p.name for p in files.json.parent.iterdir()) == [
        "patient-1-access.json",
        "patient-1-access.pdf",
    ]


def test_a_failed_export_keeps_the_earlier_files_and_leaves_no_partial_one(
    practice, clock, tmp_path, monkeypatch
) -> None:
    database, admin = practice
    pid = _add_patient(practice, clock, last_name="Quiroz", first_name="Ana")
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "patient-1-access.json").write_text("earlier")

    def half_written(path: Path, *_: Any) -> None:
        path.write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(access_report, "write_access_report", half_written)
    with pytest.raises(OSError, match="No space"), database.transaction() as session:
        access_report.export_to_folder(session, clock, admin, pid, folder)
    assert [p.name for p in folder.iterdir()] == ["patient-1-access.json"]
    assert (folder / "patient-1-access.json").read_text() == "earlier"

"""The readable subject-access report, built from a real export and read back with pypdf."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app import access_report, complaints, patients, rights, surveys
from app.patients import ContactData, PatientData
from app.survey_form import LANGUAGES, default_survey
from db.models import (
    Channel,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintOutcome,
    ConsentKind,
    ConsentMethod,
    ContactKind,
)
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


def _flowing(text: str) -> str:
    """The text with its line breaks as spaces: a table cell wraps where its column ends."""
    return " ".join(text.split())


def _day(iso: str) -> str:
    return f"{date.fromisoformat(iso):%d/%m/%Y}"


def _complaints_and_surveys(practice, clock, pid: int) -> None:
    """Two complaints and two surveys asked for ``pid``; another patient's and an
    anonymous complaint, and the other patient's answers, all with words of their own."""
    database, admin = practice
    other = _add_patient(practice, clock, last_name="Autrepatient", first_name="Basile")
    with database.transaction() as session:
        closed = complaints.record_complaint(
            session, clock, admin, received_on=date(2026, 11, 2), channel=ComplaintChannel.LETTER,
            from_whom="Sa fille", category=ComplaintCategory.WAITING,
            description="Attente > 2 h & personne à l'accueil <b>", patient_id=pid,
        )  # fmt: skip
        complaints.acknowledge(session, clock, admin, closed.id, on=date(2026, 11, 3))
        complaints.answer(
            session, clock, admin, closed.id, outcome=ComplaintOutcome.PARTLY_UPHELD,
            text="Nous avons revu les rendez-vous du matin", on=date(2026, 11, 20),
        )  # fmt: skip
        complaints.close(session, clock, admin, closed.id, lessons="Un créneau libre chaque matin")
        complaints.record_complaint(
            session, clock, admin, received_on=date(2026, 11, 26), channel=ComplaintChannel.PHONE,
            from_whom="Elle-même", category=ComplaintCategory.MESSAGES,
            description="Rappel reçu à 6 h du matin", patient_id=pid,
        )  # fmt: skip
        complaints.record_complaint(
            session, clock, admin, received_on=date(2026, 11, 5), channel=ComplaintChannel.EMAIL,
            from_whom="Basile", category=ComplaintCategory.BILLING,
            description="Zqw plainte de Basile", patient_id=other,
        )  # fmt: skip
        complaints.record_complaint(
            session, clock, admin, received_on=date(2026, 11, 6), channel=ComplaintChannel.ONLINE,
            from_whom="anonyme", category=ComplaintCategory.PREMISES,
            description="Zqw pas de rampe d'accès",
        )  # fmt: skip
        current = surveys.current_survey(session, clock)
        asked = surveys.open_invitation(session, clock, admin, pid, current.id)
        surveys.record_answers(
            session, clock, admin, asked.id,
            {"nps": 9, "useful": 4, "channel": 4, "comment": "Plutôt le courrier, merci"}, "phone",
        )  # fmt: skip
        theirs = surveys.open_invitation(session, clock, admin, other, current.id)
        surveys.record_answers(
            session, clock, admin, theirs.id, {"nps": 2, "comment": "Zqw avis de Basile"}, "phone"
        )
        clock.advance(days=1)
        titles = {"fr": "Enquête d'hiver", "en": "Winter survey"}
        winter = surveys.create_survey(
            session, clock, admin, "Hiver (interne)",  # the practice's name, not the patient's
            {language: replace(default_survey(language), title=titles[language])
             for language in LANGUAGES},
        )  # fmt: skip
        surveys.open_invitation(session, clock, admin, pid, winter.id, Channel.SMS)


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
    data.pop("complaints", None)
    data.pop("surveys", None)
    out = tmp_path / "access.pdf"

    access_report.write_access_report(out, data)

    text = "\n".join(_pages(out))
    assert "Corrections de vos données" not in text
    assert "Vos demandes" not in text
    assert "Vos réclamations" not in text
    assert "Vos réponses aux enquêtes" not in text
    assert "Qui a ouvert ou modifié votre dossier" in text


def test_the_patient_reads_their_complaints_and_survey_answers_as_the_export_holds_them(
    practice, clock, tmp_path
) -> None:
    pid = _add_patient(practice, clock, last_name="Quiroz", first_name="Ana")
    _complaints_and_surveys(practice, clock, pid)
    data = _export(practice, clock, pid)
    out = tmp_path / "access.pdf"

    access_report.write_access_report(out, data)

    text = _flowing("\n".join(_pages(out)))
    pending = data["complaints"][1]
    assert "Vos réclamations" in text
    assert "Réclamation reçue le 02/11/2026" in text
    for fact in (
        "Canal courrier",
        "De la part de Sa fille",
        "Sujet attente, obtention d’un rendez-vous",
        "État clôturée",
        "Accusé de réception 03/11/2026",
        "Réponse 20/11/2026",
        "Conclusion du cabinet partiellement fondée",
        "Clôturée le 28/11/2026",
        "Enregistrée par admin",
        "La réclamation Attente > 2 h & personne à l'accueil <b>",
        "La réponse du cabinet Nous avons revu les rendez-vous du matin",
        "Ce que le cabinet en retient Un créneau libre chaque matin",
    ):
        assert fact in text, fact
    assert "Réclamation reçue le 26/11/2026" in text
    for fact in (
        "Canal téléphone",
        "Sujet rappels, courriers, appels",
        "État reçue",
        f"Accusé de réception pas encore (au plus tard le {_day(pending['acknowledge_by'])})",
        f"Réponse pas encore (au plus tard le {_day(pending['answer_by'])})",
        "Conclusion du cabinet pas encore",
        "La réclamation Rappel reçu à 6 h du matin",
    ):
        assert fact in text, fact
    assert text.index("02/11/2026") < text.index("Réclamation reçue le 26/11/2026")

    assert "Vos réponses aux enquêtes" in text
    for fact in (
        "Votre avis sur le cabinet et ses rappels",
        # The fixture clock, in Paris.
        "Proposée le 28/11/2026 10:30 Canal téléphone Répondue le 28/11/2026 10:30",
        "Réponses enregistrées le 28/11/2026 10:30 par admin (reçues par téléphone)",
        "Question Votre réponse",
        "Quelle est la probabilité que vous recommandiez le cabinet à un ami ou à un membre "
        "de votre famille ? 9",
        "Nos rappels vous ont-ils été utiles ? 4",
        "Par quel moyen préférez-vous recevoir nos rappels ? Courrier",
        "Avez-vous une remarque ou une idée pour améliorer nos rappels ? Plutôt le courrier, merci",
        "Enquête d'hiver Proposée le 29/11/2026 10:30 Canal SMS Répondue le pas de réponse",
    ):
        assert fact in text, fact
    assert "Nos rappels arrivent-ils au bon moment" not in text  # she left it out
    assert "Hiver (interne)" not in text  # the practice's own name for the survey
    assert "Enquête de satisfaction proposée" in text  # who opened or changed the record
    assert "Enregistrement de vos réponses à une enquête" in text
    assert "survey." not in text
    # Nothing in the JSON about her complaints is missing from the paper.
    for complaint in data["complaints"]:
        for field in ("from_whom", "description", "answer", "lessons", "recorded_by"):
            assert complaint[field] in text, field
    assert "Zqw" not in text  # another patient's, an anonymous one
    assert "Basile" not in text


def test_an_english_speaking_patient_reads_complaints_and_surveys_in_english(
    practice, clock, tmp_path
) -> None:
    pid = _add_patient(practice, clock, last_name="Whitfield", first_name="Ann", language="en")
    _complaints_and_surveys(practice, clock, pid)
    out = tmp_path / "access.pdf"

    access_report.write_access_report(out, _export(practice, clock, pid))

    text = _flowing("\n".join(_pages(out)))
    for fact in (
        "Your complaints",
        "Complaint received on 02/11/2026",
        "Channel letter",
        "From Sa fille",
        "Subject waiting, getting an appointment",
        "Status closed",
        "Acknowledged 03/11/2026",
        "Answered 20/11/2026",
        "The practice’s conclusion partly upheld",
        "Closed on 28/11/2026",
        "Recorded by admin",
        "The complaint Attente > 2 h & personne à l'accueil <b>",
        "The practice’s answer Nous avons revu les rendez-vous du matin",
        "What the practice learnt from it Un créneau libre chaque matin",
        "Complaint received on 26/11/2026",
        "Status received",
        "Acknowledged not yet (due by",
        "The practice’s conclusion not yet",
        "Your survey answers",
        "Asked on 28/11/2026 10:30 Channel phone Answered on 28/11/2026 10:30",
        "Answers recorded on 28/11/2026 10:30 by admin (received by phone)",
        "Question Your answer",
        "How likely are you to recommend the practice to a friend or family member? 9",
        "How useful have our reminders been to you? 4",
        "How would you prefer to receive our reminders? Letter",
        "Do you have a comment or an idea to improve our reminders? Plutôt le courrier, merci",
        "Winter survey Asked on 29/11/2026 10:30 Channel SMS Answered on no answer",
    ):
        assert fact in text, fact
    assert "Satisfaction survey asked" in text
    assert "Your views on the practice and its reminders" in text  # the form's own title
    assert "Votre avis sur le cabinet" not in text
    assert "Your survey answers recorded" in text
    for french in ("Vos réclamations", "Vos réponses", "Réclamation reçue", "pas encore"):
        assert french not in text, french
    assert "Zqw" not in text
    assert "Basile" not in text


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("fr", ("Aucune réclamation ne vous concerne.", "Aucune enquête ne vous a été proposée.")),
        (
            "en",
            ("No complaint concerns you.", "You have not been asked to answer any survey."),
        ),
    ],
)
def test_no_complaint_and_no_survey_each_say_so_in_one_line(
    practice, clock, tmp_path, language: str, lines: tuple[str, str]
) -> None:
    pid = _add_patient(practice, clock, last_name="Quiroz", first_name="Ana", language=language)
    data = _export(practice, clock, pid)
    assert (data["complaints"], data["surveys"]) == ([], [])
    out = tmp_path / "access.pdf"

    access_report.write_access_report(out, data)

    page_lines = [line for page in _pages(out) for line in page.splitlines()]
    for line in lines:
        assert line in page_lines


def test_the_longest_complaint_and_written_answer_run_over_pages_whole(
    practice, clock, tmp_path
) -> None:
    database, admin = practice
    pid = _add_patient(practice, clock, last_name="Quiroz", first_name="Ana")
    # A line per sentence, as a letter typed in: taller than a page in one block.
    description = "\n".join(f"Zligne{n:03d} de la plainte." for n in range(160))[:4000]
    comment = "\n".join(f"Zavis{n:03d}" for n in range(200))[:2000]
    with database.transaction() as session:
        complaints.record_complaint(
            session, clock, admin, received_on=date(2026, 11, 2), channel=ComplaintChannel.LETTER,
            from_whom="Elle-même", category=ComplaintCategory.CARE,
            description=description, patient_id=pid,
        )  # fmt: skip
        current = surveys.current_survey(session, clock)
        asked = surveys.open_invitation(session, clock, admin, pid, current.id)
        surveys.record_answers(session, clock, admin, asked.id, {"comment": comment}, "paper")
    data = _export(practice, clock, pid)
    assert data["complaints"][0]["description"] == description
    out = tmp_path / "access.pdf"

    access_report.write_access_report(out, data)

    pages = _pages(out)
    text = "\n".join(pages)
    for line in (*description.splitlines(), *comment.splitlines()):
        assert line in text, line
    assert len([page for page in pages if "Zligne" in page]) >= 2
    assert len([page for page in pages if "Zavis" in page]) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"page {number} / {len(pages)}" in page


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


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fr", "Enregistrée deux fois annulée le 28/11/2026 : "
               "doublon de la réclamation reçue le 02/11/2026"),
        ("en", "Recorded twice voided on 28/11/2026: "
               "it repeats the complaint received on 02/11/2026"),
    ],
)  # fmt: skip
def test_a_complaint_recorded_twice_is_said_voided_in_the_patient_s_language(
    practice, clock, tmp_path, language: str, said: str
) -> None:
    database, admin = practice
    pid = _add_patient(practice, clock, last_name="Quiroz", first_name="Ana", language=language)
    with database.transaction() as session:
        first, again = (
            complaints.record_complaint(
                session, clock, admin, received_on=received, channel=ComplaintChannel.PHONE,
                from_whom="Elle-même", category=ComplaintCategory.WAITING,
                description="Attente trop longue", patient_id=pid,
            ).id
            for received in (date(2026, 11, 2), date(2026, 11, 3))
        )  # fmt: skip
        complaints.void_duplicate(session, clock, admin, again, duplicate_of=first)
    out = tmp_path / "access.pdf"

    access_report.write_access_report(out, _export(practice, clock, pid))

    text = _flowing("\n".join(_pages(out)))
    assert said in text
    assert text.count("Enregistrée deux fois" if language == "fr" else "Recorded twice") == 1

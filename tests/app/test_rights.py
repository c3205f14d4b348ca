"""Access and erasure on a real encrypted database, checked down to the raw pages."""

from __future__ import annotations

import json
from datetime import date, timedelta

import jsonschema
import pytest
from sqlalchemy import select

from app import (
    complaints,
    consent,
    maintenance,
    patients,
    preferences,
    rights,
    rights_requests,
    surveys,
)
from app.access import Actor
from app.errors import PermissionDenied
from app.resources import resource_path
from db.keys import KeyFile
from db.models import (
    Appointment,
    AuditEvent,
    Base,
    Channel,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintOutcome,
    ConsentKind,
    ConsentMethod,
    Message,
    MessageStatus,
    Purpose,
    Reminder,
    ReminderSource,
    RequestKind,
    Role,
    Tone,
)
from tests.helpers import ledger
from tests.helpers.fixtures import ADMIN_PASSWORD
from tests.helpers.sqlcipher_pages import decrypted_pages

SCHEMA = json.loads((resource_path("schemas") / "subject-access.schema.json").read_text())
NAME, FIRST, MOBILE, EMAIL = "Zqxwanneau", "Ophélise", "06 47 38 29 10", "ophelise.zqx@exemple.fr"
# Her name and mobile before a rectification: the history keeps them until erasure.
EARLIER_NAME, EARLIER_MOBILE = "Zqxbeforeau", "06 47 38 29 99"


@pytest.fixture
def patient_id(practice, clock) -> int:
    database, admin = practice
    form = patients.PatientForm(
        last_name=EARLIER_NAME,
        first_name=FIRST,
        birth_date="07/07/1957",
        mobile=EARLIER_MOBILE,
        email=EMAIL,
        street="12 rue Zqxplace",
        postcode="69003",
        city="Lyon",
    )
    data = patients.validate(form, "FR", date(2026, 11, 28))
    form.last_name, form.mobile = NAME, MOBILE
    rectified = patients.validate(form, "FR", date(2026, 11, 28))
    with database.transaction() as session:
        pid = patients.create_patient(session, clock, admin, data).id
        patients.update_patient(session, clock, admin, pid, rectified)
        rights_requests.open_request(
            session,
            clock,
            admin,
            pid,
            RequestKind.RECTIFICATION,
            date(2026, 11, 20),
            "letter",
            notes=f"Letter from {NAME}: my name is spelt wrong",
        )
        patients.open_patient(session, clock, admin, pid)
        ledger.record(
            session,
            clock,
            admin,
            pid,
            "health_education",
            Channel.EMAIL,
            ConsentKind.GRANTED,
            ConsentMethod.SIGNED_FORM,
            evidence=consent.Evidence(f"scan of {NAME} {FIRST}".encode(), "f.pdf"),
        )
        preferences.save(
            session,
            clock,
            admin,
            pid,
            preferences.ContactPreferences(channels={"health_education": [Channel.EMAIL]}),
        )
        _outbox_for(session, clock, pid)
    return pid


def _outbox_for(session, clock, pid: int) -> None:
    """An appointment, its reminder, one message sent and one still to go."""
    now = clock.now()
    purpose_id = session.scalar(select(Purpose.id).where(Purpose.code == "appointment_reminder"))
    appointment = Appointment(
        patient_id=pid,
        starts_at=now + timedelta(days=3),
        reason="Zqxreason",
        created_at=now,
        updated_at=now,
    )
    session.add(appointment)
    session.flush()
    reminder = Reminder(
        patient_id=pid,
        purpose_id=purpose_id,
        source=ReminderSource.APPOINTMENT,
        appointment_id=appointment.id,
        due_at=appointment.starts_at,
        created_at=now,
        created_by="admin",
    )
    session.add(reminder)
    session.flush()
    for lead, status in (("P2D", MessageStatus.SENT), ("P1D", MessageStatus.PLANNED)):
        session.add(
            Message(
                idempotency_key=f"{reminder.id}:{lead}",
                patient_id=pid,
                purpose_id=purpose_id,
                channel=Channel.EMAIL,
                status=status,
                scheduled_for=now,
                expires_at=appointment.starts_at,
                language="fr",
                tone=Tone.FORMAL,
                recipient=EMAIL,
                subject=f"Rappel {NAME}",
                body=f"Bonjour {FIRST} {NAME}",
                reason={"purpose": "appointment_reminder"},
                created_at=now,
                updated_at=now,
            )
        )


def test_export_validates_and_holds_the_consent_history(practice, clock, patient_id) -> None:
    database, admin = practice
    with database.transaction() as session:
        exported = rights.export_patient(session, clock, admin, patient_id)
    parsed = json.loads(json.dumps(exported, ensure_ascii=False))
    jsonschema.validate(parsed, SCHEMA)
    assert parsed["patient"]["last_name"] == NAME
    assert [c["kind"] for c in parsed["contact_points"]] == ["mobile", "email", "postal"]
    assert parsed["consent_history"][0]["purpose"] == "health_education"
    assert parsed["consent_history"][0]["evidence_sha256"]
    assert "patient.read" in {a["action"] for a in parsed["record_access"]}
    assert {(r["field"], r["old"], r["new"]) for r in parsed["rectifications"]} == {
        ("last_name", EARLIER_NAME, NAME),
        ("contact:mobile", "+33647382999", "+33647382910"),
    }
    assert [(m["channel"], m["status"]) for m in parsed["messages"]] == [
        ("email", "sent"),
        ("email", "planned"),
    ]
    assert parsed["messages"][0]["reason"] == {"purpose": "appointment_reminder"}
    assert parsed["requests"] == [
        {
            "kind": "rectification",
            "received_at": "2026-11-20",
            "due_on": "2026-12-20",
            "answered_at": None,
            "outcome": None,
        }
    ]


def test_every_table_that_refers_to_a_patient_has_an_erasure_rule() -> None:
    referring = {
        table.name
        for table in Base.metadata.sorted_tables
        if any(fk.column.table.name == "patient" for fk in table.foreign_keys)
    }
    assert referring == set(rights.ERASURE_RULES)


def test_only_an_admin_exports_or_erases(practice, clock, patient_id) -> None:
    database, _ = practice
    nadia = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)
    with database.transaction() as session:
        with pytest.raises(PermissionDenied):
            rights.export_patient(session, clock, nadia, patient_id)
        with pytest.raises(PermissionDenied):
            rights.erase_patient(session, clock, nadia, patient_id)


@pytest.mark.file_only  # reads the file's pages
def test_erasure_leaves_no_trace_in_pages_wal_or_a_later_backup(
    practice, clock, patient_id, db_path, tmp_path
) -> None:
    database, admin = practice
    key = KeyFile.load(KeyFile.path_for(db_path)).unwrap("admin", ADMIN_PASSWORD)
    canaries = [
        NAME.encode(),
        "Ophélise".encode(),
        b"+33647382910",
        b"0647382910",
        EMAIL.encode(),
        b"Zqxplace",
        EARLIER_NAME.encode(),
        b"+33647382999",
        b"spelt wrong",
        b"Zqxreason",
    ]
    assert any(c in decrypted_pages(db_path, key.raw) for c in canaries)  # the check can see

    with database.transaction() as session:
        report = rights.erase_patient(session, clock, admin, patient_id)
    maintenance.checkpoint(database.engine)
    assert report.contact_points == 3
    assert report.revisions == 2
    assert (report.appointments, report.reminders, report.messages_emptied) == (1, 1, 2)
    assert report.consent_events_kept == 1

    raw = decrypted_pages(db_path, key.raw)
    for canary in canaries:
        assert canary not in raw, canary
    backup = tmp_path / "after.relais-backup"
    with database.transaction() as session:
        maintenance.backup(
            database.engine, db_path, database.data_key, backup, session, clock, admin
        )
    restored = tmp_path / "restored" / "after.relais"
    restored.parent.mkdir()
    maintenance.restore(backup, restored, database.data_key, clock.now())
    restored_raw = decrypted_pages(restored, key.raw)
    for canary in canaries:
        assert canary not in restored_raw, canary
    with database.read_session() as session:
        erased = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "patient.erased")
        ).one()
        assert consent.events_of(session, patient_id)  # the ledger still proves the past
        statuses = sorted(m.status for m in session.scalars(select(Message)))
        assert statuses == [MessageStatus.CANCELLED, MessageStatus.SENT]  # counts stay true
        (request,) = rights_requests.register(session, patient_id=patient_id)
        assert (request.kind, request.received_on, request.notes) == (
            RequestKind.RECTIFICATION,
            date(2026, 11, 20),
            None,
        )
    details = json.dumps(erased.details)
    assert all(c.decode() not in details for c in canaries)
    assert erased.details["contact_points"] == 3


def _add_other_patient(session, clock, admin) -> int:
    form = patients.PatientForm(
        last_name="Autrepatient", first_name="Basile", birth_date="02/02/1962", mobile=""
    )
    return patients.create_patient(
        session, clock, admin, patients.validate(form, "FR", date(2026, 11, 28))
    ).id


def test_export_holds_the_patient_s_complaints_and_survey_answers_and_no_one_else_s(
    practice, clock, patient_id
) -> None:
    database, admin = practice
    with database.transaction() as session:
        other = _add_other_patient(session, clock, admin)
        theirs = complaints.record_complaint(
            session, clock, admin, received_on=date(2026, 11, 2), channel=ComplaintChannel.LETTER,
            from_whom="Sa fille", category=ComplaintCategory.WAITING,
            description="Zqx a attendu deux heures", patient_id=patient_id,
        )  # fmt: skip
        complaints.acknowledge(session, clock, admin, theirs.id, on=date(2026, 11, 3))
        complaints.answer(
            session, clock, admin, theirs.id, outcome=ComplaintOutcome.PARTLY_UPHELD,
            text="Nous avons revu les rendez-vous du matin", on=date(2026, 11, 20),
        )  # fmt: skip
        complaints.record_complaint(
            session, clock, admin, received_on=date(2026, 11, 5), channel=ComplaintChannel.PHONE,
            from_whom="Basile", category=ComplaintCategory.BILLING,
            description="Autre plainte de Basile", patient_id=other,
        )  # fmt: skip
        complaints.record_complaint(
            session, clock, admin, received_on=date(2026, 11, 6), channel=ComplaintChannel.ONLINE,
            from_whom="anonyme", category=ComplaintCategory.PREMISES,
            description="Pas de rampe d'accès",
        )  # fmt: skip
        survey = surveys.current_survey(session, clock)
        asked = surveys.open_invitation(session, clock, admin, patient_id, survey.id)
        surveys.record_answers(
            session, clock, admin, asked.id,
            {"nps": 9, "channel": 4, "comment": "Zqx préfère le courrier"}, "phone",
        )  # fmt: skip
        other_invitation = surveys.open_invitation(session, clock, admin, other, survey.id)
        surveys.record_answers(
            session, clock, admin, other_invitation.id, {"nps": 2, "comment": "Basile"}, "phone"
        )
        exported = rights.export_patient(session, clock, admin, patient_id)
    parsed = json.loads(json.dumps(exported, ensure_ascii=False))
    jsonschema.validate(parsed, SCHEMA)
    assert parsed["complaints"] == [
        {
            "received_on": "2026-11-02",
            "channel": "letter",
            "from_whom": "Sa fille",
            "category": "waiting",
            "description": "Zqx a attendu deux heures",
            "status": "answered",
            "acknowledge_by": "2026-11-04",
            "acknowledged_on": "2026-11-03",
            "answer_by": "2026-12-02",
            "answered_on": "2026-11-20",
            "answer": "Nous avons revu les rendez-vous du matin",
            "outcome": "partly_upheld",
            "lessons": "",
            "closed_on": None,
            "recorded_by": "admin",
            "voided_on": None,
            "duplicate_of_received_on": None,
        }
    ]
    [asked_survey] = parsed["surveys"]
    assert {k: v for k, v in asked_survey.items() if k != "answers"} == {
        "survey": surveys.form_of(survey.definition, "fr").title,  # her language
        "asked_at": clock.now().isoformat(),
        "channel": "phone",
        "answered_at": clock.now().isoformat(),
    }
    answers = {
        (a["question"], a["number"], a["choice"], a["text"]) for a in asked_survey["answers"]
    }
    assert answers == {
        ("nps", 9, None, None),
        ("channel", 4, "Courrier", None),  # her language is French
        ("comment", None, None, "Zqx préfère le courrier"),
    }
    assert {a["source"] for a in asked_survey["answers"]} == {"phone"}
    assert asked_survey["answers"][0]["question_text"].startswith("Quelle est la probabilité")
    everything = json.dumps(parsed, ensure_ascii=False)
    for someone_else_s in ("Basile", "Autre plainte", "rampe", "billing", "premises"):
        assert someone_else_s not in everything, someone_else_s


def test_a_patient_never_asked_or_complaining_exports_empty_lists(
    practice, clock, patient_id
) -> None:
    database, admin = practice
    with database.transaction() as session:
        exported = rights.export_patient(session, clock, admin, patient_id)
    assert (exported["complaints"], exported["surveys"]) == ([], [])
    jsonschema.validate(json.loads(json.dumps(exported)), SCHEMA)


def test_after_erasure_the_export_holds_neither_complaints_nor_surveys(
    practice, clock, patient_id
) -> None:
    database, admin = practice
    with database.transaction() as session:
        complaints.record_complaint(
            session, clock, admin, received_on=date(2026, 11, 2), channel=ComplaintChannel.LETTER,
            from_whom="Elle-même", category=ComplaintCategory.WAITING,
            description="Zqx a attendu", patient_id=patient_id,
        )  # fmt: skip
        survey = surveys.current_survey(session, clock)
        asked = surveys.open_invitation(session, clock, admin, patient_id, survey.id)
        surveys.record_answers(session, clock, admin, asked.id, {"nps": 9}, "phone")
    with database.transaction() as session:
        report = rights.erase_patient(session, clock, admin, patient_id)
        exported = rights.export_patient(session, clock, admin, patient_id)
    assert (report.complaints_unlinked, report.survey_invitations) == (1, 1)
    assert (exported["complaints"], exported["surveys"]) == ([], [])


def test_a_complaint_recorded_twice_says_in_the_export_that_it_was_voided(
    practice, clock, patient_id
) -> None:
    database, admin = practice
    with database.transaction() as session:
        first, again = (
            complaints.record_complaint(
                session, clock, admin, received_on=received, channel=ComplaintChannel.PHONE,
                from_whom="Elle-même", category=ComplaintCategory.WAITING,
                description="Zqx a attendu", patient_id=patient_id,
            ).id
            for received in (date(2026, 11, 2), date(2026, 11, 3))
        )  # fmt: skip
        complaints.void_duplicate(session, clock, admin, again, duplicate_of=first)
    with database.transaction() as session:
        exported = rights.export_patient(session, clock, admin, patient_id)
    kept, voided = exported["complaints"]
    assert (kept["voided_on"], kept["duplicate_of_received_on"]) == (None, None)
    assert voided["voided_on"] == clock.now().date().isoformat()
    assert voided["duplicate_of_received_on"] == "2026-11-02"

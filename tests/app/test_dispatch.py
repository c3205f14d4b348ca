"""Dispatch against real servers on 127.0.0.1: text, language and tone; down and back; crashes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app import appointments, channel_settings, dispatch, preferences
from app.appointments import AppointmentData
from app.clock import FixedClock
from app.locks import AlreadyRunning, exclusive, lock_path_for
from app.patients import ContactData, PatientData, insert_many
from app.settings import PracticeSettings, save_practice
from db.models import (
    Channel,
    ConsentKind,
    ContactKind,
    ContactPoint,
    Message,
    MessageStatus,
    MessageTemplate,
    Sex,
    Tone,
)
from tests.helpers import ledger
from tests.helpers.servers import SmsGateway, SmtpServer

APPOINTMENT = datetime(2026, 12, 10, 13, 30, tzinfo=UTC)  # Thursday 14:30 in Paris
TWO_DAYS_BEFORE = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)  # 10:00 in Paris, the P2D lead


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture
def gateway() -> Iterator[SmsGateway]:
    server = SmsGateway().start()
    yield server
    server.stop()


@pytest.fixture
def practice_set_up(database, admin, clock, smtp, gateway) -> dict[str, int]:
    """Hélène wants SMS (formal French); Sarah e-mail (informal English); Luc paper."""
    people = [
        PatientData("Lefèvre", "Hélène", date(1948, 3, 2), sex=Sex.FEMALE,
                    contacts=[ContactData(ContactKind.MOBILE, "+33612345678")]),
        PatientData("O'Brien", "Sarah", date(1980, 6, 1), sex=Sex.FEMALE, language="en",
                    contacts=[ContactData(ContactKind.EMAIL, "sarah@example.org")]),
        PatientData("Martin", "Luc", date(1950, 1, 5), no_digital_access=True,
                    contacts=[ContactData(ContactKind.POSTAL, "3 rue des Lilas, 69003 Lyon",
                                          street="3 rue des Lilas", postcode="69003",
                                          city="Lyon", country="FR")]),
    ]  # fmt: skip
    with database.transaction() as session:
        save_practice(session, clock, admin, PracticeSettings(
            name="Cabinet du Parc", street="4 place Bellecour", postcode="69002", city="Lyon",
            phone="04 78 00 11 22", email="accueil@cabinet-du-parc.fr"))  # fmt: skip
        helene, sarah, luc = insert_many(session, clock.now(), people)
        preferences.save(session, clock, admin, sarah, preferences.ContactPreferences(
            tone=Tone.INFORMAL, channels={"appointment_reminder": [Channel.EMAIL]}))  # fmt: skip
        channel_settings.save(session, clock, admin, channel_settings.from_json({
            "email": smtp.settings(), "sms": gateway.settings(),
            "sms_reply_number": "06 39 98 12 34",
        }))  # fmt: skip
        for pid in (helene, sarah, luc):
            appointments.create_appointment(session, clock, admin, AppointmentData(
                pid, APPOINTMENT, practitioner="Dr Claire Roux", place="12 rue Neuve"))  # fmt: skip
    return {"helene": helene, "sarah": sarah, "luc": luc}


def _statuses(database) -> dict[tuple[int, Channel], list[MessageStatus]]:
    found: dict[tuple[int, Channel], list[MessageStatus]] = {}
    with database.read_session() as session:
        for m in session.scalars(select(Message).order_by(Message.scheduled_for, Message.id)):
            found.setdefault((m.patient_id, m.channel), []).append(m.status)
    return found


def test_messages_arrive_with_the_right_text_language_and_tone(
    database, practice_set_up, smtp, gateway
) -> None:
    clock = FixedClock(TWO_DAYS_BEFORE)
    report = dispatch.dispatch(database, clock)
    assert (report.sent, report.queued_letters) == (2, 0)  # the letter went a week before
    (sms,) = gateway.inbox.requests
    assert sms["to"] == "+33612345678"
    assert sms["text"] == (
        "Cabinet du Parc : Bonjour Madame Lefèvre, nous vous rappelons votre rendez-vous du "
        "jeudi 10 décembre à 14 h 30. Pour annuler : 04 78 00 11 22. STOP au 06 39 98 12 34"
    )
    assert "Roux" not in sms["text"]  # no practitioner (a specialty) in an SMS
    assert sms["ref"] == "1:P2D:20261210T1330Z"
    (mail,) = smtp.inbox.messages
    assert mail["To"].addresses[0].addr_spec == "sarah@example.org"
    text = mail.get_body(("plain",)).get_content()
    assert mail["Subject"] == "Reminder: your appointment on Thursday 10 December 2026"
    assert text.startswith("Hello Sarah,")  # informal: the first name
    assert "on Thursday 10 December 2026 at 2:30 pm" in text
    assert "on 04 78 00 11 22" in text
    assert "because you have an appointment with us on Thursday 10 December 2026." in text
    assert mail["Content-Language"] == "en"
    statuses = _statuses(database)
    assert statuses[(practice_set_up["helene"], Channel.SMS)] == [
        MessageStatus.SENT,
        MessageStatus.PLANNED,  # the day before, still to come
    ]
    again = dispatch.dispatch(database, clock)
    assert again.sent == 0
    assert len(gateway.inbox.requests) == 1  # never twice


def test_the_paper_patient_s_letter_is_queued_for_the_print_run(database, practice_set_up) -> None:
    clock = FixedClock(datetime(2026, 12, 3, 9, 0, tzinfo=UTC))
    report = dispatch.dispatch(database, clock)
    assert report.queued_letters == 1
    with database.read_session() as session:
        letter = session.scalars(select(Message).where(Message.channel == Channel.LETTER)).one()
    assert letter.status is MessageStatus.QUEUED
    assert letter.subject  # letters have a subject line
    assert "Monsieur Martin" in letter.body or "Luc" in letter.body
    assert letter.reason["chosen_by"] == "paper_only"


def test_servers_down_means_waiting_then_once_when_back(
    database, practice_set_up, smtp, gateway
) -> None:
    smtp.stop()
    gateway.stop()
    clock = FixedClock(TWO_DAYS_BEFORE)
    report = dispatch.dispatch(database, clock)
    assert (report.sent, report.retry) == (0, 2)
    with database.read_session() as session:
        waiting = session.scalars(select(Message).where(Message.status == MessageStatus.RETRY))
        assert all("127.0.0.1" in m.last_error for m in waiting)
    clock.advance(minutes=1)
    assert dispatch.dispatch(database, clock).sent == 0  # backing off: not yet
    smtp.start()
    gateway.start()
    clock.advance(minutes=5)
    assert dispatch.dispatch(database, clock).sent == 2
    assert (len(smtp.inbox.messages), len(gateway.inbox.requests)) == (1, 1)


def test_a_crash_while_sending_leaves_unknown_never_a_resend(
    database, practice_set_up, gateway
) -> None:
    clock = FixedClock(TWO_DAYS_BEFORE)
    with database.transaction() as session:
        dispatch.recover_interrupted(session, clock.now())
        from app import outbox

        outbox.plan_messages(session, clock)
        sms = session.scalars(
            select(Message).where(Message.channel == Channel.SMS).order_by(Message.id)
        ).first()
        sms.status = MessageStatus.SENDING  # as a process killed mid-send leaves it
    report = dispatch.dispatch(database, clock)
    assert report.unknown == 1
    assert gateway.inbox.requests == []
    with database.read_session() as session:
        assert session.get(Message, sms.id).status is MessageStatus.UNKNOWN


def test_a_consent_withdrawn_after_planning_cancels_and_replans(
    database, admin, practice_set_up, gateway
) -> None:
    clock = FixedClock(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    dispatch.dispatch(database, clock)  # plans Hélène's SMS for the 8th and 9th
    helene = practice_set_up["helene"]
    with database.transaction() as session:
        ledger.record(session, clock, admin, helene, "appointment_reminder", Channel.SMS,
                      ConsentKind.OBJECTED)  # fmt: skip
        session.add(ContactPoint(patient_id=helene, kind=ContactKind.POSTAL,
                                 value="8 quai Claude Bernard, 69007 Lyon"))  # fmt: skip
    clock = FixedClock(TWO_DAYS_BEFORE)
    report = dispatch.dispatch(database, clock)
    assert report.problems == ["message 2 cancelled: consent: objected since it was planned"]
    clock.advance(days=1)
    assert dispatch.dispatch(database, clock).cancelled == 1  # the day-before one too
    assert gateway.inbox.requests == []
    assert _statuses(database)[(helene, Channel.SMS)] == [MessageStatus.CANCELLED] * 2
    # Both occasions were freed; paper would be next, but it is too late for the post.
    with database.read_session() as session:
        from app import outbox

        outcome = outbox.plan_messages(session, clock, dry_run=True)
    assert {(e.patient_id, e.code) for e in outcome.exclusions} >= {(helene, "too_late_for_post")}


def test_an_occasion_freed_at_send_time_is_planned_again_on_another_channel(
    database, admin, practice_set_up, smtp, gateway
) -> None:
    clock = FixedClock(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    dispatch.dispatch(database, clock)  # plans Hélène's SMS for the 8th and 9th
    helene = practice_set_up["helene"]
    with database.transaction() as session:
        ledger.record(session, clock, admin, helene, "appointment_reminder", Channel.SMS,
                      ConsentKind.OBJECTED)  # fmt: skip
        session.add(ContactPoint(patient_id=helene, kind=ContactKind.EMAIL,
                                 value="helene@exemple.fr"))  # fmt: skip
    # Already planned as SMS: the objection cancels it at send time.
    report = dispatch.dispatch(database, FixedClock(TWO_DAYS_BEFORE))
    assert report.cancelled == 1
    # The next tick plans the same occasion by e-mail, under the same key, and sends it.
    later = dispatch.dispatch(database, FixedClock(TWO_DAYS_BEFORE.replace(minute=5)))
    assert later.sent == 1
    assert [m["To"] for m in smtp.inbox.messages if "helene" in m["To"]] == [
        "Hélène Lefèvre <helene@exemple.fr>"
    ]
    with database.read_session() as session:
        rows = session.execute(
            select(Message.id, Message.idempotency_key, Message.channel, Message.status).where(
                Message.patient_id == helene
            )
        ).all()
    [(cancelled_id, retired)] = [(i, k) for i, k, _c, s in rows if s is MessageStatus.CANCELLED]
    [sent_key] = [k for _i, k, c, _s in rows if c is Channel.EMAIL]
    assert retired == f"{sent_key}~{cancelled_id}"  # the cancelled SMS gave its key up


def test_after_the_appointment_what_is_left_expires(database, practice_set_up, gateway) -> None:
    dispatch.dispatch(database, FixedClock(datetime(2026, 12, 1, 9, 0, tzinfo=UTC)))
    report = dispatch.dispatch(database, FixedClock(datetime(2026, 12, 10, 14, 0, tzinfo=UTC)))
    assert report.expired >= 4
    assert gateway.inbox.requests == []


def test_without_the_practice_s_phone_nothing_goes(database, admin, practice_set_up, gateway):
    clock = FixedClock(TWO_DAYS_BEFORE)
    with database.transaction() as session:
        save_practice(session, clock, admin, PracticeSettings(name="Cabinet du Parc"))
    report = dispatch.dispatch(database, clock)
    assert report.sent == 0
    assert "the practice has no phone number" in report.problems[0]


@pytest.mark.file_only  # the lock file; the server's lock: tests/app/test_group_practice.py
def test_one_dispatcher_at_a_time(database, practice_set_up) -> None:
    with exclusive(lock_path_for(database.path)), pytest.raises(AlreadyRunning):
        dispatch.dispatch(database, FixedClock(TWO_DAYS_BEFORE))


def test_a_template_typo_waits_with_a_located_error(
    database, admin, practice_set_up, gateway
) -> None:
    clock = FixedClock(TWO_DAYS_BEFORE)
    with database.transaction() as session:
        session.add(MessageTemplate(
            purpose_code="appointment_reminder", channel=Channel.SMS, language="fr",
            tone=Tone.FORMAL, version=1, created_at=clock.now(), created_by="admin",
            source="{{ patient.salutation }}, RDV le {{ appointment.strat | date_short }}. "
                   "{{ practice.name }} {{ opt_out }}",
        ))  # fmt: skip
    report = dispatch.dispatch(database, clock)
    assert gateway.inbox.requests == []
    assert any("line 1" in p and "appointment.strat" in p for p in report.problems)

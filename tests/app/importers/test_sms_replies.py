"""STOP replies: for the patient whose SMS was answered, never the whole household."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete, func, select

from app import consent
from app.clock import FixedClock
from app.consent import PurposeView
from app.importers.sms_replies import (
    StopStatus,
    import_replies,
    is_stop,
    record_stop,
    record_stop_for_patient,
)
from app.patients import ContactData, PatientData, insert_many
from db.models import (
    Channel,
    ConsentEvent,
    ConsentMethod,
    ContactKind,
    LawfulBasis,
    Message,
    MessageStatus,
    Tone,
)

CLOCK = FixedClock(datetime(2026, 12, 9, 10, 0, tzinfo=UTC))
SHARED = "+33611111111"
APPOINTMENT = PurposeView("appointment_reminder", LawfulBasis.CARE)
EDUCATION = PurposeView("health_education", LawfulBasis.CONSENT)


@pytest.fixture
def household(database) -> dict[str, int]:
    """M. and Mme Lefèvre share a mobile; Luc has his own; an SMS went to Mme Lefèvre."""
    people = [
        PatientData("Lefèvre", "Paul", date(1950, 1, 1), household="lefevre",
                    contacts=[ContactData(ContactKind.MOBILE, SHARED, shared_with_household=True)]),
        PatientData("Lefèvre", "Marie", date(1952, 2, 2), household="lefevre",
                    contacts=[ContactData(ContactKind.MOBILE, SHARED, shared_with_household=True)]),
        PatientData("Martin", "Luc", date(1980, 3, 3),
                    contacts=[ContactData(ContactKind.MOBILE, "+33622222222")]),
    ]  # fmt: skip
    with database.transaction() as session:
        paul, marie, luc = insert_many(session, CLOCK.now(), people)
        purpose_id = consent.purposes(session)[0].id
        session.add(Message(
            idempotency_key="1:P1D:x", patient_id=marie, purpose_id=purpose_id,
            channel=Channel.SMS, status=MessageStatus.SENT, scheduled_for=CLOCK.now(),
            expires_at=CLOCK.now(), language="fr", tone=Tone.FORMAL, recipient=SHARED,
            created_at=CLOCK.now(), updated_at=CLOCK.now(), sent_at=CLOCK.now(),
        ))  # fmt: skip
    return {"paul": paul, "marie": marie, "luc": luc}


def _import(database, admin, text: str):
    with database.transaction() as session:
        return import_replies(
            session, CLOCK, admin, text.encode("utf-8"), source_name="replies.csv", region="FR"
        )


def _sms_allowed(database, patient_id: int, purpose: PurposeView) -> bool:
    with database.read_session() as session:
        events = consent.events_by_patient(session, [patient_id]).get(patient_id, [])
    return consent.state_of(events, purpose, Channel.SMS, CLOCK.now()).allowed


def test_stop_words_in_the_ways_patients_write_them() -> None:
    assert is_stop("STOP")
    assert is_stop("stop.")
    assert is_stop("Arrêt svp")
    assert not is_stop("Merci, à demain")
    assert not is_stop("")


def test_a_stop_on_a_shared_number_is_for_the_one_who_was_written_to(
    database, admin, household
) -> None:
    report = _import(database, admin, "Numéro;Message;Date\n06 11 11 11 11;STOP;09/12/2026\n")
    assert (report.stops, report.problems) == (1, [])
    assert not _sms_allowed(database, household["marie"], APPOINTMENT)  # care: objected
    assert not _sms_allowed(database, household["marie"], EDUCATION)
    assert _sms_allowed(database, household["paul"], APPOINTMENT)  # her husband keeps his SMS
    with database.read_session() as session:
        methods = set(
            session.scalars(
                select(ConsentEvent.method).where(ConsentEvent.patient_id == household["marie"])
            )
        )
    assert methods == {ConsentMethod.SMS_STOP}


def test_a_number_of_one_patient_alone_is_that_patient(database, admin, household) -> None:
    report = _import(database, admin, "from,text\n+33622222222,Stop\n")
    assert report.stops == 1
    assert not _sms_allowed(database, household["luc"], APPOINTMENT)


def test_what_cannot_be_told_is_reported_not_guessed(database, admin, household) -> None:
    with database.transaction() as session:
        session.execute(delete(Message))  # no SMS of ours to answer on the shared number
    report = _import(
        database,
        admin,
        "from,text\n+33611111111,STOP\n+33699999999,STOP\nnot a number,STOP\n"
        "+33622222222,Merci !\n",
    )
    assert report.stops == 0
    assert report.other_replies == 1
    assert report.problems == [
        "line 2: 06 11 11 11 11 is shared by 2 patients and answers no SMS of ours, so whose "
        "STOP it is cannot be told; record it by hand",
        "line 3: no patient has the number 06 99 99 99 99; record it by hand",
        "line 4, column from: 'not a number' is not a number",
    ]
    assert _sms_allowed(database, household["paul"], APPOINTMENT)
    assert _sms_allowed(database, household["marie"], APPOINTMENT)


def test_importing_the_same_export_twice_records_nothing_more(database, admin, household) -> None:
    _import(database, admin, "from,text\n+33622222222,STOP\n")
    again = _import(database, admin, "from,text\n+33622222222,STOP\n")
    assert (again.stops, again.already_stopped) == (0, 1)
    with database.read_session() as session:
        count = session.scalar(
            select(func.count())
            .select_from(ConsentEvent)
            .where(ConsentEvent.patient_id == household["luc"])
        )
    assert count == 7  # one per purpose, once


def test_a_file_without_the_columns_says_which_ones(database, admin, household) -> None:
    report = _import(database, admin, "a,b\n1,2\n")
    assert report.problems[0].startswith("line 1: no column for the number")


def _ledger_size(database) -> int:
    with database.read_session() as session:
        return session.scalar(select(func.count()).select_from(ConsentEvent))


def test_a_stop_keyed_in_by_hand_follows_the_same_rules(database, admin, household) -> None:
    received = CLOCK.now()  # the SMS to Mme Lefèvre left at that very minute
    with database.transaction() as session:
        outcome = record_stop(session, CLOCK, admin, "06 11 11 11 11", received)
    assert (outcome.status, outcome.patient_id, outcome.number) == (
        StopStatus.RECORDED,
        household["marie"],
        SHARED,
    )
    assert not _sms_allowed(database, household["marie"], EDUCATION)
    assert _sms_allowed(database, household["paul"], APPOINTMENT)
    with database.read_session() as session:
        notes = set(
            session.scalars(
                select(ConsentEvent.note).where(ConsentEvent.patient_id == household["marie"])
            )
        )
    assert notes == {"STOP from 06 11 11 11 11, received 2026-12-09T10:00+00:00"}
    with database.transaction() as session:
        again = record_stop(session, CLOCK, admin, "+33611111111", received)
    assert (again.status, again.patient_id) == (StopStatus.ALREADY_STOPPED, household["marie"])


def test_a_stop_answers_only_an_sms_sent_before_it(database, admin, household) -> None:
    before_our_sms = datetime(2026, 12, 9, 9, 59, tzinfo=UTC)  # our SMS left at 10:00
    with database.transaction() as session:
        outcome = record_stop(session, CLOCK, admin, "06 11 11 11 11", before_our_sms)
    assert (outcome.status, outcome.sharing, outcome.patient_id) == (
        StopStatus.SHARED_NUMBER,
        2,
        None,
    )
    assert outcome.detail == (
        "06 11 11 11 11 is shared by 2 patients and answers no SMS of ours, so whose STOP it "
        "is cannot be told"
    )
    assert _ledger_size(database) == 0


def test_an_unknown_or_unreadable_number_records_nothing(database, admin, household) -> None:
    with database.transaction() as session:
        unknown = record_stop(session, CLOCK, admin, "06 99 99 99 99", CLOCK.now())
        unreadable = record_stop(session, CLOCK, admin, "hello", CLOCK.now())
    assert (unknown.status, unknown.number) == (StopStatus.UNKNOWN_NUMBER, "+33699999999")
    assert (unreadable.status, unreadable.number) == (StopStatus.NOT_A_NUMBER, "hello")
    assert not unknown.recorded
    assert _ledger_size(database) == 0


def test_a_stop_for_a_patient_chosen_by_hand(database, admin, household) -> None:
    with database.transaction() as session:
        outcome = record_stop_for_patient(session, CLOCK, admin, household["paul"], CLOCK.now())
    assert (outcome.status, outcome.patient_id) == (StopStatus.RECORDED, household["paul"])
    assert not _sms_allowed(database, household["paul"], APPOINTMENT)
    assert _sms_allowed(database, household["marie"], APPOINTMENT)

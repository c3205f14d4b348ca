"""Calls queued for real: patients who asked to be phoned, their appointments, then one dispatch.

The appointment is on Thursday 10 December 2026 at 14:30 in Paris; calls are
planned two days ahead, so the dispatch on Tuesday 8 December queues one call
per patient.  Names need every script: Polish, Cyrillic, Greek, German.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

from app import appointments, dispatch, preferences
from app.access import Actor
from app.appointments import AppointmentData
from app.clock import FixedClock
from app.patients import ContactData, PatientData, insert_many
from app.practice import PracticeDatabase
from app.preferences import ContactPreferences
from app.settings import PracticeSettings, save_practice
from db.models import Channel, ContactKind

APPOINTMENT = datetime(2026, 12, 10, 13, 30, tzinfo=UTC)  # Thursday 14:30 in Paris
CALL_DAY = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)  # Tuesday 10:00, two days before
PRACTICE = PracticeSettings(
    name="Cabinet du Parc", street="4 place Bellecour", postcode="69002", city="Lyon",
    phone="04 78 00 11 22",
)  # fmt: skip
NAMES = [("Wałęsa", "Łucja"), ("Иванов", "Дмитрий"), ("Παπαδοπούλου", "Σοφία"), ("Weiß", "Jürgen")]
BY_PHONE = ContactPreferences(channels={"appointment_reminder": [Channel.PHONE]})


def mobile(n: int) -> str:
    return f"+3361234{n:04d}"


def landline(n: int) -> str:
    return f"+3347812{n:04d}"


def queue_calls(
    database: PracticeDatabase, admin: Actor, clock: FixedClock, count: int, **practice: str
) -> list[tuple[str, str, str]]:
    """``count`` patients who asked for calls, their appointments, then the dispatch.

    Returns (name as printed, mobile, landline) per patient.
    """
    people = []
    for n in range(count):
        last, first = NAMES[n] if n < len(NAMES) else (f"Patient{n:02d}", "Hélène")
        people.append(
            PatientData(last, first, date(1950, 1, 5), contacts=[
                ContactData(ContactKind.MOBILE, mobile(n)),
                ContactData(ContactKind.LANDLINE, landline(n)),
            ])
        )  # fmt: skip
    with database.transaction() as session:
        save_practice(session, clock, admin, dataclasses.replace(PRACTICE, **practice))
        ids = insert_many(session, clock.now(), people)
        for patient_id in ids:
            preferences.save(session, clock, admin, patient_id, BY_PHONE)
            appointments.create_appointment(
                session, clock, admin, AppointmentData(patient_id, APPOINTMENT,
                                                       practitioner="Dr Claire Roux"),
            )  # fmt: skip
    clock.advance(seconds=(CALL_DAY - clock.now()).total_seconds())
    report = dispatch.dispatch(database, clock)
    assert report.queued_calls == count, dispatch.describe(report)
    return [
        (f"{p.last_name.upper()} {p.first_name}", mobile(n), landline(n))
        for n, p in enumerate(people)
    ]

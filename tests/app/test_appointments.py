"""The agenda's reads: which appointments a day range holds, and what became of their reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app import appointments, outbox
from app.appointments import AppointmentData, appointment_ids, appointment_lines
from app.clock import FixedClock
from app.patients import ContactData, PatientData, insert_many
from db.models import AppointmentStatus, Channel, ContactKind

MONDAY = FixedClock(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))


def test_the_agenda_lists_booked_appointments_in_order_with_their_reminders(
    database, admin
) -> None:
    person = PatientData(
        "Lefèvre", "Hélène", date(1948, 3, 2),
        contacts=[ContactData(ContactKind.MOBILE, "+33612345678")],
    )  # fmt: skip
    with database.transaction() as session:
        [helene] = insert_many(session, MONDAY.now(), [person])
        later = appointments.create_appointment(
            session, MONDAY, admin,
            AppointmentData(helene, MONDAY.now() + timedelta(days=9), practitioner="Dr Roux"),
        ).id  # fmt: skip
        sooner = appointments.create_appointment(
            session, MONDAY, admin,
            AppointmentData(helene, MONDAY.now() + timedelta(days=3), practitioner="Dr Roux"),
        ).id  # fmt: skip
        gone = appointments.create_appointment(
            session, MONDAY, admin, AppointmentData(helene, MONDAY.now() + timedelta(days=5))
        ).id
        appointments.cancel_appointment(session, MONDAY, admin, gone)
        outbox.plan_messages(session, MONDAY)
    with database.read_session() as session:
        assert appointment_ids(session, start=MONDAY.now()) == [sooner, later]
        assert appointment_ids(session, start=MONDAY.now(), include_cancelled=True) == [
            sooner, gone, later,
        ]  # fmt: skip
        assert appointment_ids(
            session, start=MONDAY.now(), end=MONDAY.now() + timedelta(days=4)
        ) == [sooner]
        assert appointment_ids(session, start=MONDAY.now(), patient_ids=[helene + 1]) == []
        lines = appointment_lines(session, [sooner, gone, 999])
    assert set(lines) == {sooner, gone}
    assert lines[sooner].patient_name == "LEFÈVRE Hélène"
    assert lines[sooner].waiting == (Channel.SMS,)
    assert lines[sooner].sent == ()
    assert lines[gone].status is AppointmentStatus.CANCELLED
    assert lines[gone].waiting == ()

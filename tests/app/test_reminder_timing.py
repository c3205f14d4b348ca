"""The practice's reminder timing on a real encrypted database: checked, stored, replanned."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select, update

from app import appointments, outbox, reminder_timing
from app.access import Actor
from app.appointments import AppointmentData
from app.clock import FixedClock
from app.errors import PermissionDenied, ValidationError
from app.patients import ContactData, PatientData, insert_many
from app.reminder_timing import ReminderTiming
from db.models import AuditEvent, Channel, ContactKind, Message, Purpose, Reminder, Role, Setting

MONDAY = FixedClock(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))  # 9:00 in Paris
APPOINTMENT = datetime(2026, 12, 10, 13, 30, tzinfo=UTC)


def _read(database) -> ReminderTiming:
    with database.read_session() as session:
        return reminder_timing.read(session)


def _save(database, actor, timing: ReminderTiming) -> list[str]:
    with database.transaction() as session:
        return reminder_timing.save(session, MONDAY, actor, timing)


def _stored(database):
    with database.read_session() as session:
        return session.scalar(select(Setting.value).where(Setting.key == "reminders"))


def _with_leads(timing: ReminderTiming, purpose: str, channel: Channel, *codes: str):
    leads = {p: dict(by_channel) for p, by_channel in timing.leads.items()}
    leads[purpose][channel] = codes
    return dataclasses.replace(timing, leads=leads)


def _errors(timing: ReminderTiming) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in reminder_timing.validate(timing)]


def test_what_is_in_force_covers_every_active_purpose_and_channel(database) -> None:
    timing = _read(database)
    assert timing.sending_time == time(10, 0)
    assert timing.postal_days == 3
    assert list(timing.leads) == [
        "appointment_reminder", "medication_reminder", "screening_recall", "vaccination",
        "health_education", "satisfaction_survey", "practice_events",
    ]  # fmt: skip
    assert timing.leads["appointment_reminder"] == {
        Channel.SMS: ("P2D", "P1D"),
        Channel.EMAIL: ("P2D", "P1D"),
        Channel.LETTER: ("P7D",),
        Channel.PHONE: ("P2D",),
    }
    assert timing.leads["medication_reminder"][Channel.SMS] == ("P1D",)  # the day before
    assert timing.leads["health_education"][Channel.SMS] == ("P0D",)  # on the day
    assert reminder_timing.validate(timing) == []


def test_problems_are_located_by_field(database) -> None:
    timing = _read(database)
    assert _errors(dataclasses.replace(timing, sending_time=time(6, 30))) == [
        ("sending_time", "range")
    ]
    assert _errors(dataclasses.replace(timing, sending_time=time(20, 0))) == []
    assert _errors(dataclasses.replace(timing, postal_days=0)) == [("postal_days", "range")]
    assert _errors(dataclasses.replace(timing, postal_days=11)) == [("postal_days", "range")]
    where = "leads.appointment_reminder.sms"
    cases = {
        ("P2X",): "lead",
        ("P7D", "P7D"): "duplicate",
        ("P7D", "P5D", "P3D", "P2D", "P1D"): "too_many",
        (): "empty",
        ("P1DT2H",): "mixed",
        ("PT24H",): "hours",
        ("P61D",): "too_far",
    }
    for codes, code in cases.items():
        assert _errors(_with_leads(timing, "appointment_reminder", Channel.SMS, *codes)) == [
            (where, code)
        ], codes
    fine = _with_leads(timing, "appointment_reminder", Channel.SMS, "P7D", "P1D", "P0D", "PT2H")
    assert _errors(fine) == []


def test_a_letter_must_leave_before_the_post_takes_its_days(database) -> None:
    late = _with_leads(_read(database), "vaccination", Channel.LETTER, "P14D", "P2D")
    [error] = reminder_timing.validate(late)
    assert error.field == "leads.vaccination.letter"
    assert error.message == "a letter P2D cannot reach the patient with 3 postal days"
    assert reminder_timing.validate(dataclasses.replace(late, postal_days=2)) == []
    # The same lead times on another channel are fine.
    assert _errors(_with_leads(_read(database), "vaccination", Channel.SMS, "P2D")) == []


def test_only_differences_are_stored_and_read_back(database, admin) -> None:
    assert _save(database, admin, _read(database)) == []  # the defaults: nothing to store
    assert _stored(database) is None
    changed = dataclasses.replace(
        _with_leads(_read(database), "appointment_reminder", Channel.SMS, "P1D", "P3D"),
        sending_time=time(9, 30),
    )
    assert _save(database, admin, changed) == ["leads.appointment_reminder.sms", "sending_time"]
    assert _stored(database) == {
        "sending_time": "09:30",
        "leads": {"appointment_reminder": {"sms": ["P3D", "P1D"]}},  # furthest first
    }
    back = _read(database)
    assert back.sending_time == time(9, 30)
    assert back.leads["appointment_reminder"][Channel.SMS] == ("P3D", "P1D")
    assert back.leads["appointment_reminder"][Channel.EMAIL] == ("P2D", "P1D")  # still default
    with database.read_session() as session:
        settings = outbox.planner_settings(session)
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "settings.reminders")
        ).all()
    assert settings.leads_for("appointment_reminder", Channel.SMS) == ("P3D", "P1D")
    assert settings.leads_for("appointment_reminder", Channel.EMAIL) == ("P2D", "P1D")
    assert settings.sending_time == time(9, 30)
    assert [e.details for e in events] == [
        {"fields": ["leads.appointment_reminder.sms", "sending_time"]}
    ]
    # Back to the defaults: nothing is left stored.
    assert _save(database, admin, reminder_timing.defaults()) == [
        "leads.appointment_reminder.sms",
        "sending_time",
    ]
    assert _stored(database) == {}


def test_nothing_is_saved_when_something_is_wrong(database, admin) -> None:
    bad = dataclasses.replace(
        _with_leads(_read(database), "appointment_reminder", Channel.SMS, "P3D", "soon"),
        postal_days=0,
    )
    with pytest.raises(ValidationError) as refused:
        _save(database, admin, bad)
    assert [e.field for e in refused.value.errors] == [
        "postal_days",
        "leads.appointment_reminder.sms",
    ]
    unknown = ReminderTiming(time(10), 3, {"no_such_thing": {Channel.SMS: ("P1D",)}})
    with pytest.raises(ValidationError, match=r"leads\.no_such_thing"):
        _save(database, admin, unknown)
    assert _stored(database) is None


def test_a_receptionist_may_not_change_the_timing(database) -> None:
    nadia = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)
    with pytest.raises(PermissionDenied):
        _save(database, nadia, dataclasses.replace(_read(database), postal_days=4))
    assert _stored(database) is None


def test_a_purpose_switched_off_keeps_its_timing(database, admin) -> None:
    _save(database, admin, _with_leads(_read(database), "vaccination", Channel.SMS, "P3D"))
    with database.transaction() as session:
        session.execute(update(Purpose).where(Purpose.code == "vaccination").values(active=False))
    timing = _read(database)
    assert "vaccination" not in timing.leads
    _save(database, admin, dataclasses.replace(timing, postal_days=4))
    assert _stored(database) == {"postal_days": 4, "leads": {"vaccination": {"sms": ["P3D"]}}}


def test_a_new_lead_time_is_planned_for_an_appointment_already_planned(database, admin) -> None:
    [helene] = _patients(database)
    with database.transaction() as session:
        appointments.create_appointment(
            session, MONDAY, admin, AppointmentData(helene, APPOINTMENT, practitioner="Dr Roux")
        )
        first = outbox.plan_messages(session, MONDAY)
    assert sorted(item.lead for m in first.planned for item in m.items) == ["P1D", "P2D"]
    with database.transaction() as session:
        assert outbox.plan_messages(session, MONDAY).created == []  # decided: nothing new

    more = _with_leads(_read(database), "appointment_reminder", Channel.SMS, "P7D", "P2D", "P1D")
    _save(database, admin, more)
    with database.read_session() as session:
        assert session.scalars(select(Reminder.attention_at)).all() == [None]
    with database.transaction() as session:
        again = outbox.plan_messages(session, MONDAY)
    assert [(m.channel, [i.lead for i in m.items]) for m in again.planned] == [
        (Channel.SMS, ["P7D"])
    ]
    with database.read_session() as session:
        planned = session.scalars(select(Message.scheduled_for).order_by(Message.scheduled_for))
        assert planned.all() == [
            datetime(2026, 12, 3, 9, 0, tzinfo=UTC),  # new: a week before, 10:00 in Paris
            datetime(2026, 12, 8, 9, 0, tzinfo=UTC),  # the two planned before stay
            datetime(2026, 12, 9, 9, 0, tzinfo=UTC),
        ]


def _patients(database) -> list[int]:
    helene = PatientData(
        "Lefèvre", "Hélène", date(1948, 3, 2),
        contacts=[ContactData(ContactKind.MOBILE, "+33612345678")],
    )  # fmt: skip
    with database.transaction() as session:
        return insert_many(session, MONDAY.now(), [helene])


def test_json_round_trip_and_located_errors() -> None:
    timing = reminder_timing.from_json(
        {"sending_time": "09:00", "leads": {"vaccination": {"sms": ["P3D"]}}}
    )
    assert timing.sending_time == time(9, 0)
    assert timing.postal_days == 3
    assert timing.leads["vaccination"][Channel.SMS] == ("P3D",)
    assert timing.leads["vaccination"][Channel.LETTER] == ("P14D",)  # left out: the default
    assert reminder_timing.from_json(reminder_timing.as_json(timing)) == timing
    assert json.loads(json.dumps(reminder_timing.as_json(timing)))["sending_time"] == "09:00"
    with pytest.raises(ValidationError) as refused:
        reminder_timing.from_json({
            "sending_time": "midi", "postal_days": "3", "colour": "red",
            "leads": {"vaccination": {"fax": ["P1D"], "sms": "P1D", "letter": ["P1D"]}},
        })  # fmt: skip
    assert sorted(e.field for e in refused.value.errors) == [
        "colour",
        "leads.vaccination.fax",
        "leads.vaccination.letter",
        "leads.vaccination.sms",
        "postal_days",
        "sending_time",
    ]


@pytest.mark.parametrize(
    ("typed", "codes"),
    [
        ("7, 2, 1", ("P7D", "P2D", "P1D")),
        ("7j 1 j", ("P7D", "P1D")),
        ("P7D; pt2h", ("P7D", "PT2H")),
        ("2 h, 0", ("PT2H", "P0D")),
        ("", ()),
        ("demain", ("DEMAIN",)),
    ],
)
def test_what_a_person_types_becomes_lead_times(typed: str, codes: tuple[str, ...]) -> None:
    assert reminder_timing.leads_from_text(typed) == codes


def test_lead_times_are_written_back_as_typed() -> None:
    assert (
        reminder_timing.leads_as_text(("P7D", "P1D", "P0D", "PT2H", "soon")) == "7, 1, 0, 2h, soon"
    )
    assert reminder_timing.leads_from_text("7, 1, 0, 2h") == ("P7D", "P1D", "P0D", "PT2H")


def test_each_problem_names_the_lead_time_at_fault() -> None:
    problems = reminder_timing.lead_problems(Channel.LETTER, ("P7D", "P2D", "P2D"), 3)
    assert [(p.kind, p.lead) for p in problems] == [
        ("too_late_for_post", "P2D"),
        ("duplicate", "P2D"),
        ("too_late_for_post", "P2D"),
    ]

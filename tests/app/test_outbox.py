"""The outbox on a real encrypted database: plan once, move, cancel, caps across runs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app import appointments, outbox, preferences
from app.appointments import AppointmentData
from app.clock import FixedClock
from app.patients import ContactData, PatientData, insert_many
from db.models import (
    Channel,
    ContactKind,
    Message,
    MessageItem,
    MessageStatus,
    PlanExclusion,
    Reminder,
    ReminderStatus,
    Setting,
)

MONDAY = FixedClock(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))  # 9:00 in Paris


@pytest.fixture
def patient_ids(database, clock) -> list[int]:
    people = [
        PatientData(
            "Lefèvre", "Hélène", date(1948, 3, 2),
            contacts=[ContactData(ContactKind.MOBILE, "+33612345678"),
                      ContactData(ContactKind.EMAIL, "helene@exemple.fr")],
        ),
        PatientData(
            "Martin", "Luc", date(1950, 1, 5), no_digital_access=True,
            contacts=[ContactData(ContactKind.POSTAL, "3 rue des Lilas, 69003 Lyon",
                                  street="3 rue des Lilas", postcode="69003", city="Lyon",
                                  country="FR")],
        ),
    ]  # fmt: skip
    with database.transaction() as session:
        return insert_many(session, clock.now(), people)


def _book(database, admin, pid: int, starts: datetime) -> int:
    with database.transaction() as session:
        return appointments.create_appointment(
            session, MONDAY, admin, AppointmentData(pid, starts, practitioner="Dr Roux")
        ).id


def _messages(database) -> list[tuple[int, Channel, MessageStatus, datetime]]:
    with database.read_session() as session:
        return [
            (m.patient_id, m.channel, m.status, m.scheduled_for)
            for m in session.scalars(select(Message).order_by(Message.scheduled_for, Message.id))
        ]


def _plan(database, clock=MONDAY) -> outbox.PlanOutcome:
    with database.transaction() as session:
        return outbox.plan_messages(session, clock)


def test_an_appointment_is_planned_once_whatever_the_runs(database, admin, patient_ids) -> None:
    helene, luc = patient_ids
    starts = datetime(2026, 12, 10, 13, 30, tzinfo=UTC)
    _book(database, admin, helene, starts)
    _book(database, admin, luc, starts)
    first = _plan(database)
    assert len(first.created) == 3
    assert _plan(database).created == []  # the next tick adds nothing
    assert _messages(database) == [
        (luc, Channel.LETTER, MessageStatus.PLANNED, datetime(2026, 12, 3, 9, tzinfo=UTC)),
        (helene, Channel.SMS, MessageStatus.PLANNED, datetime(2026, 12, 8, 9, tzinfo=UTC)),
        (helene, Channel.SMS, MessageStatus.PLANNED, datetime(2026, 12, 9, 9, tzinfo=UTC)),
    ]
    with database.read_session() as session:
        message = session.scalars(select(Message).where(Message.channel == Channel.LETTER)).one()
    assert message.reason["chosen_by"] == "paper_only"
    assert message.recipient == "3 rue des Lilas, 69003 Lyon"
    assert message.language == "fr"


def test_the_database_refuses_a_second_message_for_the_same_occasion(
    database, admin, patient_ids
) -> None:
    _book(database, admin, patient_ids[0], datetime(2026, 12, 10, 13, 30, tzinfo=UTC))
    _plan(database)
    with database.transaction() as session:
        item = session.scalars(select(MessageItem)).first()
        other = session.scalars(select(Message).where(Message.id != item.message_id)).first()
        session.add(MessageItem(message_id=other.id, reminder_id=item.reminder_id,
                                lead=item.lead, due_at=item.due_at))  # fmt: skip
        with pytest.raises(IntegrityError):
            session.flush()
        session.rollback()


def test_moving_an_appointment_cancels_what_was_planned_and_plans_again(
    database, admin, patient_ids
) -> None:
    helene = patient_ids[0]
    appointment_id = _book(database, admin, helene, datetime(2026, 12, 10, 13, 30, tzinfo=UTC))
    _plan(database)
    moved = datetime(2026, 12, 11, 8, 0, tzinfo=UTC)
    with database.transaction() as session:
        changed = appointments.update_appointment(
            session, MONDAY, admin, appointment_id,
            AppointmentData(helene, moved, practitioner="Dr Roux"),
        )  # fmt: skip
    assert changed == ["starts_at"]
    assert len(_plan(database).created) == 2
    statuses = [(s, when.date()) for _, _, s, when in _messages(database)]
    assert statuses == [
        (MessageStatus.CANCELLED, date(2026, 12, 8)),
        (MessageStatus.CANCELLED, date(2026, 12, 9)),
        (MessageStatus.PLANNED, date(2026, 12, 9)),
        (MessageStatus.PLANNED, date(2026, 12, 10)),
    ]


def test_cancelling_an_appointment_cancels_its_messages(database, admin, patient_ids) -> None:
    appointment_id = _book(
        database, admin, patient_ids[0], datetime(2026, 12, 10, 13, 30, tzinfo=UTC)
    )
    _plan(database)
    with database.transaction() as session:
        assert appointments.cancel_appointment(session, MONDAY, admin, appointment_id) == 2
    assert {s for _, _, s, _ in _messages(database)} == {MessageStatus.CANCELLED}
    assert _plan(database).created == []


def test_caps_count_across_planning_runs(database, admin, patient_ids) -> None:
    helene = patient_ids[0]
    with database.transaction() as session:
        preferences.save(session, MONDAY, admin, helene,
                         preferences.ContactPreferences(max_per_week=1))  # fmt: skip
    _book(database, admin, helene, datetime(2026, 12, 10, 13, 30, tzinfo=UTC))
    first = _plan(database)
    assert len(first.created) == 1
    assert [e.code for e in first.exclusions] == ["cap_week"]
    _book(database, admin, helene, datetime(2026, 12, 12, 13, 30, tzinfo=UTC))
    second = _plan(database)
    assert second.created == []
    assert {e.code for e in second.exclusions} == {"cap_week"}


def test_lead_times_and_the_sending_hour_are_settings(database, admin, patient_ids) -> None:
    with database.transaction() as session:
        session.add(Setting(key=outbox.REMINDERS_KEY, updated_at=MONDAY.now(), value={
            "sending_time": "09:30",
            "leads": {"appointment_reminder": {"sms": ["P3D"]}},
        }))  # fmt: skip
    _book(database, admin, patient_ids[0], datetime(2026, 12, 10, 13, 30, tzinfo=UTC))
    _plan(database)
    assert [when for _, _, _, when in _messages(database)] == [
        datetime(2026, 12, 7, 8, 30, tzinfo=UTC)
    ]


def test_a_dry_run_writes_nothing(database, admin, patient_ids) -> None:
    _book(database, admin, patient_ids[0], datetime(2026, 12, 10, 13, 30, tzinfo=UTC))
    with database.transaction() as session:
        outcome = outbox.plan_messages(session, MONDAY, dry_run=True)
    assert len(outcome.planned) == 2
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 0


def test_reminders_beyond_the_horizon_wait(database, admin, patient_ids) -> None:
    _book(database, admin, patient_ids[0], MONDAY.now() + timedelta(days=40))
    assert _plan(database).created == []


def test_a_tick_looks_only_at_reminders_new_or_whose_patient_changed(
    database, admin, patient_ids
) -> None:
    helene = patient_ids[0]
    _book(database, admin, helene, datetime(2026, 12, 10, 13, 30, tzinfo=UTC))

    def looked_at() -> list[int]:
        with database.read_session() as session:
            settings = outbox.planner_settings(session)
            state = outbox.planner_input(session, MONDAY.now(), settings)
        return [r.patient_id for r in state.reminders]

    assert looked_at() == [helene]  # new to the horizon
    _plan(database)
    assert looked_at() == []  # planned: nothing to do until something changes
    with database.transaction() as session:
        preferences.save(session, MONDAY, admin, helene,
                         preferences.ContactPreferences(paper_only=True))  # fmt: skip
    assert looked_at() == [helene]
    _plan(database)
    assert looked_at() == []
    with database.read_session() as session:
        everything = outbox.plan_messages(session, MONDAY, dry_run=True)
    assert everything.exclusions  # a dry run still explains the whole horizon


def test_a_reminder_whose_moment_passed_is_done_and_leaves_the_tick(
    database, admin, patient_ids
) -> None:
    helene = patient_ids[0]
    appointment = _book(database, admin, helene, datetime(2026, 12, 2, 13, 30, tzinfo=UTC))
    _plan(database)
    after = FixedClock(datetime(2026, 12, 3, 8, 0, tzinfo=UTC))
    _plan(database, after)
    with database.read_session() as session:
        reminder = session.scalars(
            select(Reminder).where(Reminder.appointment_id == appointment)
        ).one()
        assert reminder.status is ReminderStatus.DONE
        state = outbox.planner_input(session, after.now(), outbox.planner_settings(session))
        assert state.reminders == []
    # Moved to next week, it is due again and planned afresh.
    next_week = AppointmentData(
        helene, datetime(2026, 12, 9, 13, 30, tzinfo=UTC), practitioner="Dr Roux"
    )
    with database.transaction() as session:
        appointments.update_appointment(session, after, admin, appointment, next_week)
    assert _plan(database, after).created


def test_a_reminder_held_back_by_a_cap_is_looked_at_again_the_next_day(
    database, admin, patient_ids
) -> None:
    helene = patient_ids[0]
    with database.transaction() as session:
        preferences.save(session, MONDAY, admin, helene,
                         preferences.ContactPreferences(max_per_week=1))  # fmt: skip
    _book(database, admin, helene, datetime(2026, 12, 4, 13, 30, tzinfo=UTC))
    _book(database, admin, helene, datetime(2026, 12, 5, 13, 30, tzinfo=UTC))
    first = _plan(database)
    assert len(first.created) == 1
    assert {e.code for e in first.exclusions} == {"cap_week"}

    def looked_at(clock: FixedClock) -> int:
        with database.read_session() as session:
            state = outbox.planner_input(session, clock.now(), outbox.planner_settings(session))
        return len(state.reminders)

    assert looked_at(MONDAY) == 0
    # Each appointment had a lead time held back: both come back tomorrow.
    assert looked_at(FixedClock(MONDAY.now() + timedelta(days=1))) == 2


def test_what_was_left_out_is_kept_until_the_reminder_is_planned_again(
    database, admin, patient_ids
) -> None:
    helene = patient_ids[0]
    never = preferences.ContactPreferences(quiet_days=list(range(1, 8)))
    with database.transaction() as session:
        preferences.save(session, MONDAY, admin, helene, never)
    _book(database, admin, helene, datetime(2026, 12, 10, 13, 30, tzinfo=UTC))
    decided = _plan(database)
    assert {e.code for e in decided.exclusions} == {"quiet_no_slot"}
    with database.read_session() as session:
        # Nothing needs planning now, yet the Today view still learns what was left out.
        assert (
            outbox.planner_input(session, MONDAY.now(), outbox.planner_settings(session)).reminders
            == []
        )
        later = outbox.next_tick(session, MONDAY)
    assert later.planned == []
    assert [(e.patient_id, e.code, e.lead) for e in later.exclusions] == [
        (e.patient_id, e.code, e.lead) for e in decided.exclusions
    ]
    with database.transaction() as session:
        preferences.save(session, MONDAY, admin, helene, preferences.ContactPreferences())
    with database.read_session() as session:
        fresh = outbox.next_tick(session, MONDAY)
    assert fresh.exclusions == []  # decided afresh: nothing left out any more
    assert len(fresh.planned) == 2
    _plan(database)
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(PlanExclusion)) == 0


def test_moving_an_appointment_leaves_what_was_merged_with_it_to_go_on_its_own(
    database, admin, patient_ids
) -> None:
    from app import one_off

    helene = patient_ids[0]
    appointment = _book(database, admin, helene, datetime(2026, 12, 10, 13, 30, tzinfo=UTC))
    with database.transaction() as session:
        one_off.create(session, MONDAY, admin, patient_id=helene,
                       purpose_code="appointment_reminder", label="Bilan sanguin",
                       due_at=datetime(2026, 12, 10, 15, 0, tzinfo=UTC))  # fmt: skip
    first = _plan(database)
    assert len(first.created) == 2  # both lead times: each message carries both reminders
    assert all(len(m.items) == 2 for m in first.planned)
    moved = AppointmentData(
        helene, datetime(2026, 12, 17, 13, 30, tzinfo=UTC), practitioner="Dr Roux"
    )
    with database.transaction() as session:
        appointments.update_appointment(session, MONDAY, admin, appointment, moved)
    again = _plan(database)
    labels = sorted(tuple(item.label for item in m.items) for m in again.planned)
    # The blood test still goes (twice, on its own); the moved appointment's first lead
    # is too far ahead for this horizon's plan.
    assert ("Bilan sanguin",) in labels
    assert sum(1 for m in again.planned if m.items[0].label == "Bilan sanguin") == 2

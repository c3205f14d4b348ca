"""The complaints register: working-day deadlines, the one-way steps, overdue, audit, erasure."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from app import complaints, rights, today, transparency
from app.access import Actor
from app.clock import FixedClock
from app.complaints import (
    ComplaintDelays,
    ComplaintFilter,
    ComplaintStateError,
    Deadline,
    Step,
)
from app.errors import NotFound, PermissionDenied, ValidationError
from app.patients import PatientData, insert_many
from db.models import (
    AuditEvent,
    Complaint,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintOutcome,
    ComplaintStatus,
    Role,
)

NADIA = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)
DR_ROUX = Actor(user_id=None, username="roux", role=Role.PRACTITIONER)
# Words that must never reach the audit log (health data, a name).
DESCRIPTION = "Zqxdescr: attendu deux heures avec une douleur thoracique"
ANSWER = "Zqxanswer: nous avons revu l'organisation des urgences"


@pytest.fixture
def patient_id(database, clock) -> int:
    with database.transaction() as session:
        (pid,) = insert_many(
            session, clock.now(), [PatientData("Zqxdupont", "Hélène", date(1948, 3, 2))]
        )
    return pid


def _record(database, clock, actor=NADIA, received=date(2026, 11, 20), **extra) -> int:
    values = {
        "received_on": received,
        "channel": ComplaintChannel.LETTER,
        "from_whom": "Mme Zqxdupont",
        "category": ComplaintCategory.WAITING,
        "description": DESCRIPTION,
    } | extra
    with database.transaction() as session:
        return complaints.record_complaint(session, clock, actor, **values).id


def _at(day: date) -> FixedClock:
    return FixedClock(datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC))


# -- deadlines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "acknowledge_by"),
    [
        # Monday: Tuesday and Wednesday.
        (date(2026, 11, 16), date(2026, 11, 18)),
        # Friday: the weekend does not count, so Monday and Tuesday.
        (date(2026, 11, 13), date(2026, 11, 17)),
        # Tuesday 10 Nov: Wednesday 11 Nov is Armistice Day, so Thursday 12 and Friday 13.
        (date(2026, 11, 10), date(2026, 11, 13)),
        # Thursday 24 Dec: Christmas (Friday), Saturday, Sunday, then Monday 28 and Tuesday 29.
        (date(2026, 12, 24), date(2026, 12, 29)),
        # Received on a Saturday (a letter opened by the doctor): Monday and Tuesday.
        (date(2026, 11, 28), date(2026, 12, 1)),
        # Thursday before Easter 2027 (28 March): Friday 26, then Easter Monday is off: Tue 30.
        (date(2027, 3, 25), date(2027, 3, 30)),
    ],
)
def test_the_acknowledgement_is_due_two_working_days_after_receipt(
    received, acknowledge_by
) -> None:
    acknowledge, answer = complaints.deadlines(received, ComplaintDelays())
    assert acknowledge == acknowledge_by
    assert (answer - received).days == 30


def test_working_days_skip_weekends_and_french_public_holidays() -> None:
    assert complaints.is_working_day(date(2026, 11, 12))  # a Thursday
    assert not complaints.is_working_day(date(2026, 11, 11))  # Armistice Day, a Wednesday
    assert not complaints.is_working_day(date(2026, 11, 14))  # a Saturday
    assert not complaints.is_working_day(date(2027, 5, 6))  # Ascension Thursday 2027
    # Five working days from Friday 6 Nov 2026: 9, 10, 12, 13, 16 (the 11th is off).
    assert complaints.add_working_days(date(2026, 11, 6), 5) == date(2026, 11, 16)


def test_a_recorded_complaint_takes_its_deadlines_from_the_settings(
    database, admin, clock, patient_id
) -> None:
    first = _record(database, clock, received=date(2026, 11, 20), patient_id=patient_id)
    with database.transaction() as session:
        changed = complaints.save_delays(
            session, clock, admin, ComplaintDelays(acknowledge_working_days=3, answer_days=15)
        )
    second = _record(database, clock, received=date(2026, 11, 20))
    with database.read_session() as session:
        one, two = complaints.get(session, first), complaints.get(session, second)
        assert complaints.read_delays(session) == ComplaintDelays(3, 15)
    assert changed == ["acknowledge_working_days", "answer_days"]
    # Friday 20 Nov: Mon 23, Tue 24 (two days), Wed 25 (three).
    assert (one.acknowledge_by, one.answer_by) == (date(2026, 11, 24), date(2026, 12, 20))
    assert (two.acknowledge_by, two.answer_by) == (date(2026, 11, 25), date(2026, 12, 5))
    assert one.patient_name == "ZQXDUPONT Hélène"
    assert two.patient_name is None
    assert one.status is ComplaintStatus.RECEIVED


def test_the_delays_are_checked_field_by_field_and_kept_for_a_manager(
    database, admin, clock
) -> None:
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        complaints.save_delays(session, clock, admin, ComplaintDelays(0, 365))
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("acknowledge_working_days", "range"),
        ("answer_days", "range"),
    }
    assert "between 7 and 90 days" in str(caught.value)
    with database.transaction() as session, pytest.raises(PermissionDenied):
        complaints.save_delays(session, clock, NADIA, ComplaintDelays(3, 30))
    with pytest.raises(ValidationError) as from_file:
        complaints.delays_from_json({"answer_days": "30", "ack": 2})
    assert {e.field for e in from_file.value.errors} == {"answer_days", "ack"}
    assert complaints.delays_from_json({"answer_days": 21}) == ComplaintDelays(2, 21)
    with database.read_session() as session:
        assert complaints.read_delays(session) == ComplaintDelays(2, 30)


def test_bad_input_is_refused_field_by_field_and_nothing_is_recorded(database, clock) -> None:
    with pytest.raises(ValidationError) as caught:
        _record(
            database,
            clock,
            received=date(2026, 11, 29),  # tomorrow at the practice
            from_whom="  ",
            description="",
            patient_id=999,
        )
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("received_on", "future"),
        ("from_whom", "required"),
        ("description", "required"),
        ("patient_id", "patient"),
    }
    with pytest.raises(ValidationError) as too_long:
        _record(database, clock, description="x" * 4001)
    assert [e.field for e in too_long.value.errors] == ["description"]
    with database.read_session() as session:
        assert complaints.complaint_list(session) == []


# -- the steps ------------------------------------------------------------------------------


def test_a_complaint_goes_received_acknowledged_answered_closed(database, admin, clock) -> None:
    complaint_id = _record(database, clock, received=date(2026, 11, 20))
    with database.transaction() as session:
        complaints.acknowledge(session, clock, DR_ROUX, complaint_id, on=date(2026, 11, 23))
    with database.transaction() as session:
        complaints.answer(
            session, clock, admin, complaint_id, outcome=ComplaintOutcome.UPHELD, text=ANSWER
        )
    with database.transaction() as session:
        complaints.close(
            session, clock, admin, complaint_id, lessons="Call the waiting room every 30 min."
        )
    with database.read_session() as session:
        row = complaints.get(session, complaint_id)
    assert row.status is ComplaintStatus.CLOSED
    assert (row.acknowledged_on, row.answered_on, row.closed_on) == (
        date(2026, 11, 23),
        date(2026, 11, 28),
        date(2026, 11, 28),
    )
    assert (row.outcome, row.answer) == (ComplaintOutcome.UPHELD, ANSWER)
    assert not row.acknowledged_late()  # due Tuesday 24
    assert not row.answered_late()
    assert row.next_deadline() is None
    assert row.late(date(2027, 6, 1)) == ()


def test_steps_out_of_order_are_refused_with_a_reason(database, admin, clock) -> None:
    complaint_id = _record(database, clock)
    with database.transaction() as session, pytest.raises(ComplaintStateError) as early:
        complaints.close(session, clock, admin, complaint_id, lessons="none")
    assert str(early.value) == (
        f"Complaint {complaint_id} is not answered yet: answer it before closing it."
    )
    with database.transaction() as session:
        complaints.acknowledge(session, clock, NADIA, complaint_id)
    with database.transaction() as session, pytest.raises(ComplaintStateError) as twice:
        complaints.acknowledge(session, clock, NADIA, complaint_id)
    assert "already acknowledged on 2026-11-28" in str(twice.value)
    with database.transaction() as session:
        complaints.answer(
            session, clock, admin, complaint_id, outcome=ComplaintOutcome.NOT_UPHELD, text="No."
        )
    with database.transaction() as session, pytest.raises(ComplaintStateError) as again:
        complaints.answer(
            session, clock, admin, complaint_id, outcome=ComplaintOutcome.UPHELD, text="Yes."
        )
    assert "was answered on 2026-11-28" in str(again.value)
    with database.transaction() as session, pytest.raises(ValidationError) as no_lessons:
        complaints.close(session, clock, admin, complaint_id, lessons=" ")
    assert [(e.field, e.code) for e in no_lessons.value.errors] == [("lessons", "required")]
    with database.transaction() as session:
        complaints.close(session, clock, admin, complaint_id, lessons="Nothing to change.")
    with database.transaction() as session, pytest.raises(ComplaintStateError) as closed:
        complaints.close(session, clock, admin, complaint_id, lessons="again")
    assert "was closed on 2026-11-28" in str(closed.value)
    with database.transaction() as session, pytest.raises(ComplaintStateError):
        complaints.acknowledge(session, clock, NADIA, complaint_id)
    with database.transaction() as session, pytest.raises(NotFound):
        complaints.acknowledge(session, clock, NADIA, 404)


def test_an_answer_needs_text_and_a_day_between_receipt_and_today(database, admin, clock) -> None:
    complaint_id = _record(database, clock, received=date(2026, 11, 20))
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        complaints.answer(
            session,
            clock,
            admin,
            complaint_id,
            outcome=ComplaintOutcome.UPHELD,
            text="",
            on=date(2026, 11, 19),
        )
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("answer", "required"),
        ("answered_on", "before"),
    }
    with database.transaction() as session, pytest.raises(ValidationError) as future:
        complaints.acknowledge(session, clock, NADIA, complaint_id, on=date(2026, 11, 30))
    assert [(e.field, e.code) for e in future.value.errors] == [("acknowledged_on", "future")]
    # Answered straight away: the answer acknowledged it too, that day.
    with database.transaction() as session:
        complaints.answer(
            session,
            clock,
            admin,
            complaint_id,
            outcome=ComplaintOutcome.PARTLY_UPHELD,
            text=ANSWER,
            on=date(2026, 11, 27),
        )
    with database.read_session() as session:
        row = complaints.get(session, complaint_id)
    assert (row.acknowledged_on, row.answered_on) == (date(2026, 11, 27), date(2026, 11, 27))
    assert row.acknowledged_late()  # due Tuesday 24 Nov


def test_receptionists_and_practitioners_record_and_acknowledge_only_a_manager_answers(
    database, clock
) -> None:
    complaint_id = _record(database, clock, actor=DR_ROUX)
    with database.transaction() as session:
        complaints.acknowledge(session, clock, NADIA, complaint_id)
    for actor in (NADIA, DR_ROUX):
        with database.transaction() as session, pytest.raises(PermissionDenied):
            complaints.answer(
                session, clock, actor, complaint_id, outcome=ComplaintOutcome.UPHELD, text="x"
            )
        with database.transaction() as session, pytest.raises(PermissionDenied):
            complaints.close(session, clock, actor, complaint_id, lessons="x")
    with database.read_session() as session:
        assert complaints.get(session, complaint_id).status is ComplaintStatus.ACKNOWLEDGED


# -- the register and what is overdue -------------------------------------------------------


def test_open_complaints_nearest_deadline_first_and_what_is_overdue(database, admin, clock) -> None:
    # Received Mon 2 Nov: acknowledge by Wed 4, answer by Wed 2 Dec; never acknowledged.
    forgotten = _record(database, clock, received=date(2026, 11, 2))
    # Received Wed 25 Nov: acknowledge by Fri 27, answer by Fri 25 Dec; acknowledged.
    in_hand = _record(database, clock, received=date(2026, 11, 25))
    # Received Thu 26 Nov: acknowledge by Mon 30 Nov.
    fresh = _record(database, clock, received=date(2026, 11, 26))
    # Received 15 Oct and answered: out of the open list, answered late.
    done = _record(database, clock, received=date(2026, 10, 15))
    with database.transaction() as session:
        complaints.acknowledge(session, clock, NADIA, in_hand, on=date(2026, 11, 26))
        complaints.answer(
            session, clock, admin, done, outcome=ComplaintOutcome.WITHDRAWN, text=ANSWER
        )
    today = date(2026, 11, 28)
    with database.read_session() as session:
        opened = complaints.open_complaints(session, today)
        late = complaints.overdue(session, today)
        late_in_december = complaints.overdue(session, date(2026, 12, 4))
        everything = complaints.complaint_list(session)
        waiting = complaints.complaint_list(
            session, ComplaintFilter(received_from=date(2026, 11, 1), open_only=True)
        )
        answered = complaints.complaint_list(
            session, ComplaintFilter(statuses=frozenset({ComplaintStatus.ANSWERED}))
        )
    assert [r.id for r in opened] == [forgotten, fresh, in_hand]
    assert [r.next_deadline() for r in opened] == [
        Deadline(Step.ACKNOWLEDGE, date(2026, 11, 4)),
        Deadline(Step.ACKNOWLEDGE, date(2026, 11, 30)),
        Deadline(Step.ANSWER, date(2026, 12, 25)),
    ]
    assert [(o.complaint.id, o.worst.step, o.days(today)) for o in late] == [
        (forgotten, Step.ACKNOWLEDGE, 24)
    ]
    # On 4 Dec the forgotten one is late twice; the answer, the graver, is said first.
    (first, second) = late_in_december
    assert first.complaint.id == forgotten
    assert [(d.step, d.days_late(date(2026, 12, 4))) for d in first.late] == [
        (Step.ANSWER, 2),
        (Step.ACKNOWLEDGE, 30),
    ]
    assert (second.complaint.id, second.worst.step, second.days(date(2026, 12, 4))) == (
        fresh,
        Step.ACKNOWLEDGE,
        4,
    )
    assert [r.id for r in everything] == [forgotten, fresh, in_hand, done]
    assert everything[-1].answered_late()  # 15 Oct + 30 days = 14 Nov
    assert [r.id for r in waiting] == [forgotten, fresh, in_hand]
    assert [r.id for r in answered] == [done]


def test_the_audit_log_holds_ids_dates_category_and_channel_never_the_words(
    database, admin, clock, patient_id
) -> None:
    complaint_id = _record(database, clock, patient_id=patient_id)
    with database.transaction() as session:
        complaints.acknowledge(session, clock, NADIA, complaint_id)
        complaints.answer(
            session, clock, admin, complaint_id, outcome=ComplaintOutcome.UPHELD, text=ANSWER
        )
        complaints.close(session, clock, admin, complaint_id, lessons="Zqxlesson learnt")
    with database.read_session() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "complaint").order_by(AuditEvent.id)
        ).all()
    assert [(e.action, e.entity_id) for e in events] == [
        ("complaint.recorded", complaint_id),
        ("complaint.acknowledged", complaint_id),
        ("complaint.answered", complaint_id),
        ("complaint.closed", complaint_id),
    ]
    assert events[0].details == {
        "received_on": "2026-11-20",
        "channel": "letter",
        "category": "waiting",
        "patient_id": patient_id,
        "acknowledge_by": "2026-11-24",
        "answer_by": "2026-12-20",
    }
    assert events[2].details["outcome"] == "upheld"
    logged = " ".join(str(e.details) for e in events)
    assert "Zqx" not in logged  # neither the description, the answer, the lessons nor the name


def test_erasing_a_patient_keeps_their_complaint_counted_but_wordless(
    database, admin, clock, patient_id
) -> None:
    theirs = _record(database, clock, patient_id=patient_id)
    other = _record(database, clock, from_whom="M. Zqxautre", category=ComplaintCategory.BILLING)
    with database.transaction() as session:
        complaints.answer(
            session, clock, admin, theirs, outcome=ComplaintOutcome.UPHELD, text=ANSWER
        )
        complaints.close(session, clock, admin, theirs, lessons="Zqxlesson about Mme Zqxdupont")
    with database.transaction() as session:
        report = rights.erase_patient(session, clock, admin, patient_id)
    with database.read_session() as session:
        erased = session.get(Complaint, theirs)
        kept = session.get(Complaint, other)
        listed = complaints.complaint_list(session)
        audit = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "patient.erased")
        ).one()
    assert report.complaints_unlinked == 1
    assert audit.details["complaints_unlinked"] == 1
    assert erased is not None
    assert kept is not None
    assert (erased.patient_id, erased.from_whom, erased.description) == (None, "", "")
    assert (erased.answer, erased.lessons) == ("", "")
    # What the register counts stays.
    assert (erased.received_on, erased.category, erased.channel) == (
        date(2026, 11, 20),
        ComplaintCategory.WAITING,
        ComplaintChannel.LETTER,
    )
    assert (erased.status, erased.outcome) == (ComplaintStatus.CLOSED, ComplaintOutcome.UPHELD)
    assert erased.answered_on == date(2026, 11, 28)
    assert (kept.from_whom, kept.description) == ("M. Zqxautre", DESCRIPTION)
    assert {r.id: r.patient_name for r in listed} == {theirs: None, other: None}


def test_today_lists_the_overdue_complaints(database, clock) -> None:
    late = _record(database, clock, received=date(2026, 11, 2))  # acknowledge by 4 Nov
    _record(database, clock, received=date(2026, 11, 27))  # acknowledge by 1 Dec
    with database.read_session() as session:
        summary = today.summary(session, clock)
    assert [
        (o.complaint.id, o.worst.step, o.days(summary.day)) for o in summary.overdue_complaints
    ] == [(late, Step.ACKNOWLEDGE, 24)]


# -- correcting intake, voiding a duplicate ---------------------------------------------------


def _events(database, action: str) -> list[AuditEvent]:
    with database.read_session() as session:
        return list(
            session.scalars(
                select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
            )
        )


def _intake(row: complaints.ComplaintRow, **changes) -> dict:
    values = {
        "received_on": row.received_on,
        "channel": row.channel,
        "from_whom": row.from_whom,
        "category": row.category,
        "description": row.description,
        "patient_id": row.patient_id,
    }
    return values | changes


def test_a_correction_names_the_fields_changed_never_their_words(
    database, clock, patient_id
) -> None:
    complaint_id = _record(database, clock, received=date(2026, 11, 20))
    with database.read_session() as session:
        before = complaints.get(session, complaint_id)
    with database.transaction() as session:
        changed = complaints.correct(
            session,
            clock,
            DR_ROUX,
            complaint_id,
            **_intake(
                before,
                category=ComplaintCategory.COMMUNICATION,
                description="Zqxfixed: attendu deux heures, sans explication",
                patient_id=patient_id,
            ),
        )
    with database.transaction() as session:
        unchanged = complaints.correct(session, clock, NADIA, complaint_id, **_intake(before))
        assert unchanged == ["category", "description", "patient_id"]  # back as recorded
    with database.transaction() as session:
        nothing = complaints.correct(session, clock, NADIA, complaint_id, **_intake(before))
    with database.read_session() as session:
        after = complaints.get(session, complaint_id)
    assert changed == ["category", "description", "patient_id"]
    assert nothing == []
    assert after == before  # corrected back; the deadlines never moved
    events = _events(database, "complaint.corrected")
    assert [e.details for e in events] == [
        {"fields": ["category", "description", "patient_id"]},
        {"fields": ["category", "description", "patient_id"]},
    ]
    assert [e.username for e in events] == ["roux", "nadia"]
    assert "Zqx" not in " ".join(str(e.details) for e in events)


def test_a_new_day_of_receipt_moves_both_deadlines_with_the_delays_it_was_given(
    database, admin, clock
) -> None:
    # Recorded under 2 working days / 30 days, received Tuesday 24 Nov: Thu 26, Thu 24 Dec.
    complaint_id = _record(database, clock, received=date(2026, 11, 24))
    with database.transaction() as session:
        complaints.save_delays(session, clock, admin, ComplaintDelays(5, 15))
        row = complaints.get(session, complaint_id)
        assert (row.acknowledge_by, row.answer_by) == (date(2026, 11, 26), date(2026, 12, 24))
    # It came on Tuesday 10 Nov: the 11th is Armistice Day, so Thu 12 and Fri 13;
    # 30 days (not the new 15): Thu 10 Dec.
    with database.transaction() as session:
        changed = complaints.correct(
            session,
            clock,
            NADIA,
            complaint_id,
            **_intake(row, received_on=date(2026, 11, 10), channel=ComplaintChannel.EMAIL),
        )
    with database.read_session() as session:
        moved = complaints.get(session, complaint_id)
        late = complaints.overdue(session, date(2026, 11, 28))
    assert changed == ["received_on", "channel"]
    assert (moved.received_on, moved.channel) == (date(2026, 11, 10), ComplaintChannel.EMAIL)
    assert (moved.acknowledge_by, moved.answer_by) == (date(2026, 11, 13), date(2026, 12, 10))
    # Now overdue: the acknowledgement was due on the 13th.
    assert [(o.complaint.id, o.worst.step, o.days(date(2026, 11, 28))) for o in late] == [
        (complaint_id, Step.ACKNOWLEDGE, 15)
    ]
    (event,) = _events(database, "complaint.corrected")
    assert event.details == {
        "fields": ["received_on", "channel"],
        "received_on": "2026-11-10",
        "acknowledge_by": "2026-11-13",
        "answer_by": "2026-12-10",
    }


def test_delays_given_reads_back_the_delays_across_weekends_and_holidays() -> None:
    for received in (date(2026, 12, 24), date(2027, 3, 25), date(2026, 11, 10)):
        for delays in (ComplaintDelays(), ComplaintDelays(7, 45), ComplaintDelays(1, 7)):
            acknowledge_by, answer_by = complaints.deadlines(received, delays)
            assert complaints.delays_given(received, acknowledge_by, answer_by) == delays


def test_a_correction_is_refused_field_by_field_and_once_closed(database, admin, clock) -> None:
    complaint_id = _record(database, clock, received=date(2026, 11, 20))
    with database.transaction() as session:
        complaints.acknowledge(session, clock, NADIA, complaint_id, on=date(2026, 11, 23))
        row = complaints.get(session, complaint_id)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        complaints.correct(
            session,
            clock,
            NADIA,
            complaint_id,
            **_intake(
                row, received_on=date(2026, 11, 24), from_whom=" ", description="", patient_id=999
            ),
        )
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("received_on", "after_step"),
        ("from_whom", "required"),
        ("description", "required"),
        ("patient_id", "patient"),
    }
    assert "cannot be after its acknowledgement (2026-11-23)" in str(caught.value)
    with database.transaction() as session, pytest.raises(ValidationError) as future:
        complaints.correct(
            session, clock, NADIA, complaint_id, **_intake(row, received_on=date(2026, 11, 29))
        )
    assert [(e.field, e.code) for e in future.value.errors] == [("received_on", "future")]
    with database.transaction() as session:
        complaints.answer(
            session, clock, admin, complaint_id, outcome=ComplaintOutcome.UPHELD, text=ANSWER
        )
    # Answered, not closed: a typo can still be put right.
    with database.transaction() as session:
        assert complaints.correct(
            session, clock, NADIA, complaint_id, **_intake(row, from_whom="Mme Zqxdupond")
        ) == ["from_whom"]
        complaints.close(session, clock, admin, complaint_id, lessons="Nothing to change.")
    with database.transaction() as session, pytest.raises(ComplaintStateError) as closed:
        complaints.correct(
            session, clock, NADIA, complaint_id, **_intake(row, category=ComplaintCategory.CARE)
        )
    assert "was closed on 2026-11-28" in str(closed.value)
    with database.read_session() as session:
        kept = complaints.get(session, complaint_id)
    assert (kept.category, kept.from_whom) == (ComplaintCategory.WAITING, "Mme Zqxdupond")
    assert len(_events(database, "complaint.corrected")) == 1


def test_an_erased_patients_complaint_is_corrected_without_its_words(
    database, admin, clock, patient_id
) -> None:
    complaint_id = _record(database, clock, patient_id=patient_id)
    with database.transaction() as session:
        rights.erase_patient(session, clock, admin, patient_id)
    with database.transaction() as session:
        row = complaints.get(session, complaint_id)
        changed = complaints.correct(
            session, clock, NADIA, complaint_id, **_intake(row, category=ComplaintCategory.DATA)
        )
    assert changed == ["category"]


def test_a_duplicate_voided_keeps_its_row_and_leaves_every_count(database, admin, clock) -> None:
    # The same letter keyed in twice, both late to acknowledge (due Wed 4 Nov).
    original = _record(database, clock, received=date(2026, 11, 2))
    duplicate = _record(database, clock, received=date(2026, 11, 2))
    other = _record(database, clock, received=date(2026, 11, 26), category=ComplaintCategory.CARE)
    day = date(2026, 11, 28)
    with database.read_session() as session:
        assert len(complaints.overdue(session, day)) == 2
    with database.transaction() as session:
        for actor in (NADIA, DR_ROUX):
            with pytest.raises(PermissionDenied):
                complaints.void_duplicate(session, clock, actor, duplicate, duplicate_of=original)
    with database.transaction() as session:
        complaints.void_duplicate(session, clock, admin, duplicate, duplicate_of=original)
    with database.read_session() as session:
        voided = complaints.get(session, duplicate)
        counted = complaints.complaint_list(session)
        shown = complaints.complaint_list(session, ComplaintFilter(include_voided=True))
        waiting = complaints.complaint_list(session, ComplaintFilter(open_only=True))
        late = complaints.overdue(session, day)
        summary = today.summary(session, clock)
        total = session.scalar(
            select(func.count()).select_from(Complaint).where(complaints.counted())
        )
    assert (voided.voided_on, voided.duplicate_of) == (day, original)
    assert voided.status is ComplaintStatus.RECEIVED  # the step it had reached
    assert voided.is_voided
    assert not voided.is_open
    assert not voided.can_change
    assert voided.next_deadline() is None
    assert voided.late(day) == ()
    assert [r.id for r in counted] == [original, other]
    assert [r.id for r in waiting] == [original, other]
    assert [r.id for r in shown] == [original, other, duplicate]  # after those with a deadline
    assert [o.complaint.id for o in late] == [original]
    assert [o.complaint.id for o in summary.overdue_complaints] == [original]
    assert total == 2
    (event,) = _events(database, "complaint.voided")
    assert (event.entity_id, event.username) == (duplicate, admin.username)
    assert event.details == {
        "voided_on": "2026-11-28",
        "duplicate_of": original,
        "status": "received",
    }


def test_a_void_is_refused_for_itself_a_stranger_a_voided_one_and_once_closed(
    database, admin, clock
) -> None:
    first = _record(database, clock)
    second = _record(database, clock)
    third = _record(database, clock)
    refusals = []
    for complaint_id, duplicate_of in ((first, first), (first, 404)):
        with database.transaction() as session, pytest.raises(ValidationError) as caught:
            complaints.void_duplicate(
                session, clock, admin, complaint_id, duplicate_of=duplicate_of
            )
        refusals += [(e.field, e.code) for e in caught.value.errors]
    assert refusals == [("duplicate_of", "itself"), ("duplicate_of", "missing")]
    with database.transaction() as session:
        complaints.void_duplicate(session, clock, admin, second, duplicate_of=None)
    with database.transaction() as session, pytest.raises(ValidationError) as to_voided:
        complaints.void_duplicate(session, clock, admin, third, duplicate_of=second)
    assert f"complaint {second} is itself voided" in str(to_voided.value)
    with database.transaction() as session, pytest.raises(ComplaintStateError) as twice:
        complaints.void_duplicate(session, clock, admin, second, duplicate_of=first)
    assert f"Complaint {second} was voided as a duplicate on 2026-11-28." == str(twice.value)
    for step in (
        lambda s: complaints.acknowledge(s, clock, NADIA, second),
        lambda s: complaints.answer(
            s, clock, admin, second, outcome=ComplaintOutcome.UPHELD, text="x"
        ),
        lambda s: complaints.correct(
            s, clock, NADIA, second, **_intake(complaints.get(s, second), from_whom="x")
        ),
    ):
        with database.transaction() as session, pytest.raises(ComplaintStateError):
            step(session)
    with database.transaction() as session:
        complaints.answer(
            session, clock, admin, third, outcome=ComplaintOutcome.UPHELD, text=ANSWER
        )
        complaints.close(session, clock, admin, third, lessons="Nothing to change.")
    with database.transaction() as session, pytest.raises(ComplaintStateError):
        complaints.void_duplicate(session, clock, admin, third, duplicate_of=first)
    with database.read_session() as session:
        assert [r.id for r in complaints.complaint_list(session)] == [first, third]


def test_the_transparency_report_and_dashboard_leave_voided_duplicates_out(
    database, admin, clock
) -> None:
    original = _record(database, clock, received=date(2026, 11, 2))
    duplicate = _record(database, clock, received=date(2026, 11, 2))
    with database.transaction() as session:
        complaints.void_duplicate(session, clock, admin, duplicate, duplicate_of=original)
    with database.read_session() as session:
        figures = transparency._complaints(
            session, transparency.Period(date(2026, 11, 1), date(2026, 11, 28))
        )
    assert figures.received == 1


def test_the_first_one_keyed_in_may_be_the_one_voided(database, admin, clock) -> None:
    # The reference points forward (a later row): checked at commit, on both engines.
    first = _record(database, clock)
    second = _record(database, clock)
    with database.transaction() as session:
        complaints.void_duplicate(session, clock, admin, first, duplicate_of=second)
    with database.read_session() as session:
        assert complaints.get(session, first).duplicate_of == second
        assert [r.id for r in complaints.complaint_list(session)] == [second]

"""Medication reminders on a patient's own schedule, on a real encrypted database."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app import medication, outbox
from app.clock import FixedClock
from app.errors import NotFound, ValidationError
from app.medication import MedicationSpec
from db.models import (
    AuditEvent,
    Channel,
    MedicationOccurrence,
    Message,
    MessageStatus,
    Patient,
    PatientStatus,
    Purpose,
    Reminder,
    ReminderSource,
    ReminderStatus,
    Setting,
)
from tests.helpers import people

PARIS = ZoneInfo("Europe/Paris")
MONDAY = FixedClock(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))  # 9:00 in Paris
RENEWAL = "renouvellement d'ordonnance"


@pytest.fixture
def helene(database) -> int:
    with database.transaction() as session:
        [pid] = people.add(session, MONDAY.now(), people.texting("Lefèvre", date(1948, 3, 2)))
    return pid


def _spec(patient_id: int, **changes) -> MedicationSpec:
    fields = {
        "patient_id": patient_id,
        "label": RENEWAL,
        "rrule": "FREQ=MONTHLY",
        "time_of_day": time(9, 0),
        "starts_on": date(2026, 12, 1),
        "until": None,
    }
    return MedicationSpec(**(fields | changes))


def _create(database, admin, spec: MedicationSpec) -> int:
    with database.transaction() as session:
        return medication.create(session, MONDAY, admin, spec).id


def _refresh(database, clock=MONDAY, *, force: bool = True) -> medication.MedicationRefreshReport:
    with database.transaction() as session:
        return medication.refresh(session, clock, force=force)


def _due(database) -> list[tuple[datetime, ReminderStatus]]:
    with database.read_session() as session:
        rows = session.execute(
            select(Reminder.due_at, Reminder.status)
            .where(Reminder.source == ReminderSource.MEDICATION)
            .order_by(Reminder.due_at)
        ).all()
    return [(due, status) for due, status in rows]


def test_a_monthly_renewal_is_reminded_once_within_the_next_two_weeks(
    database, admin, helene
) -> None:
    schedule_id = _create(database, admin, _spec(helene))
    report = _refresh(database, force=False)  # a new schedule makes the refresh due
    assert (report.ran, report.schedules, report.created) == (True, 1, 1)
    assert _due(database) == [(datetime(2026, 12, 1, 8, 0, tzinfo=UTC), ReminderStatus.ACTIVE)]
    assert _refresh(database).created == 0
    assert not _refresh(database, force=False).ran  # once a day
    with database.read_session() as session:
        reminder = session.scalars(select(Reminder)).one()
        purpose = session.get(Purpose, reminder.purpose_id)
        link = session.scalars(select(MedicationOccurrence)).one()
    assert (reminder.patient_id, reminder.label, purpose.code) == (
        helene, RENEWAL, "medication_reminder",
    )  # fmt: skip
    assert reminder.channel is None  # the patient's preferences choose
    assert (link.schedule_id, link.due_at) == (schedule_id, reminder.due_at)
    # The next month comes into the window later.
    december = FixedClock(datetime(2026, 12, 20, 8, 0, tzinfo=UTC))
    assert _refresh(database, december, force=False).created == 1
    assert [due.date() for due, _s in _due(database)] == [date(2026, 12, 1), date(2027, 1, 1)]


def test_the_planner_sends_it_on_the_day_before_its_time(database, admin, helene) -> None:
    _create(database, admin, _spec(helene, time_of_day=time(18, 30)))
    _refresh(database)
    with database.transaction() as session:
        outcome = outbox.plan_messages(session, MONDAY)
    assert [e.code for e in outcome.exclusions] == []
    [message] = outcome.planned
    assert message.channel is Channel.SMS
    assert message.purpose == "medication_reminder"
    assert message.send_at < datetime(2026, 12, 1, 17, 30, tzinfo=UTC)  # before 18:30 in Paris


def test_a_daily_schedule_stops_on_its_last_day_and_skips_what_is_past(
    database, admin, helene
) -> None:
    _create(
        database,
        admin,
        _spec(
            helene,
            rrule="FREQ=DAILY",
            time_of_day=time(8, 0),
            starts_on=date(2026, 11, 20),
            until=date(2026, 12, 5),
        ),
    )
    assert _refresh(database).created == 5  # 1 to 5 December; 8:00 today has passed
    assert [due.astimezone(PARIS).time() for due, _s in _due(database)] == [time(8, 0)] * 5


def test_the_local_time_holds_across_the_change_to_summer_time(database, admin, helene) -> None:
    _create(
        database,
        admin,
        _spec(helene, rrule="FREQ=WEEKLY;BYDAY=SA", starts_on=date(2027, 3, 1)),
    )
    march = FixedClock(datetime(2027, 3, 22, 8, 0, tzinfo=UTC))
    _refresh(database, march)
    assert [due for due, _s in _due(database)] == [
        datetime(2027, 3, 27, 8, 0, tzinfo=UTC),  # 9:00 winter time
        datetime(2027, 4, 3, 7, 0, tzinfo=UTC),  # 9:00 summer time
    ]


def _remind_the_day_before(database) -> None:
    """The practice's setting: medication reminders go the day before (not on the day)."""
    with database.transaction() as session:
        session.add(Setting(key=outbox.REMINDERS_KEY, updated_at=MONDAY.now(), value={
            "leads": {"medication_reminder": {"sms": ["P1D"], "email": ["P1D"]}},
        }))  # fmt: skip


def test_with_a_lead_time_the_planner_sends_the_day_before(database, admin, helene) -> None:
    _remind_the_day_before(database)
    _create(database, admin, _spec(helene, time_of_day=time(18, 30)))
    _refresh(database)
    with database.transaction() as session:
        outcome = outbox.plan_messages(session, MONDAY)
    [message] = outcome.planned
    assert (message.channel, message.purpose) == (Channel.SMS, "medication_reminder")
    assert message.send_at == datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # the day before, 10:00
    assert message.items[0].label == RENEWAL


def test_stopping_cancels_what_is_ahead_and_its_planned_messages(database, admin, helene) -> None:
    _remind_the_day_before(database)
    schedule_id = _create(database, admin, _spec(helene, rrule="FREQ=WEEKLY"))
    assert _refresh(database).created == 2
    with database.transaction() as session:
        assert len(outbox.plan_messages(session, MONDAY).created) == 2
        assert medication.stop(session, MONDAY, admin, schedule_id) == 2
        with pytest.raises(NotFound):
            medication.stop(session, MONDAY, admin, 999)
    assert {status for _d, status in _due(database)} == {ReminderStatus.CANCELLED}
    with database.read_session() as session:
        statuses = {m.status for m in session.scalars(select(Message))}
        [row] = medication.for_patient(session, helene, now=MONDAY.now())
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "medication.stopped")
        ).one()
    assert statuses == {MessageStatus.CANCELLED}
    assert (row.active, row.next_due) == (False, None)
    assert event.details["reminders_cancelled"] == 2
    assert RENEWAL not in str(event.details)
    assert _refresh(database).created == 0


def test_the_list_of_a_patients_schedules(database, admin, helene) -> None:
    first = _create(database, admin, _spec(helene))
    second = _create(database, admin, _spec(helene, label="vitamine D", starts_on=date(2027, 2, 1)))
    _refresh(database)
    with database.read_session() as session:
        rows = medication.for_patient(session, helene, now=MONDAY.now())
    assert [(r.id, r.label, r.active, r.next_due) for r in rows] == [
        (first, RENEWAL, True, datetime(2026, 12, 1, 8, 0, tzinfo=UTC)),
        (second, "vitamine D", True, None),
    ]
    assert rows[0].time_of_day == time(9, 0)
    assert rows[0].rrule == "FREQ=MONTHLY"


def test_a_patient_who_moved_away_gets_no_more_reminders(database, admin, helene) -> None:
    _create(database, admin, _spec(helene))
    with database.transaction() as session:
        session.get(Patient, helene).status = PatientStatus.MOVED
    report = _refresh(database)
    assert (report.schedules, report.created) == (0, 0)


def test_every_problem_is_located(database, admin, helene) -> None:
    errors = medication.validate(
        _spec(
            helene,
            label=" ",
            rrule="FREQ=HOURLY",
            time_of_day=time(9, 0, tzinfo=UTC),
            until=date(2026, 11, 1),
        )
    )
    assert {(e.field, e.code) for e in errors} == {
        ("label", "required"),
        ("rrule", "rrule_invalid"),
        ("time_of_day", "aware"),
        ("until", "order"),
    }
    with database.transaction() as session:
        with pytest.raises(ValidationError):
            medication.create(session, MONDAY, admin, _spec(helene, label="x" * 201))
        with pytest.raises(NotFound):
            medication.create(session, MONDAY, admin, _spec(999))
        assert session.scalar(select(func.count()).select_from(Reminder)) == 0


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(["FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=MONTHLY;BYMONTHDAY=-1"]),
    st.times(),
    st.integers(-20, 20),  # start, in days from today
    st.lists(st.integers(0, 3 * 24 * 60), min_size=1, max_size=4),  # minutes between runs
)
def test_refresh_is_idempotent_and_keeps_to_the_window_and_the_time(
    database, admin, helene, rule, at, start, gaps
) -> None:
    with database.session() as session:
        session.begin()
        try:
            medication.create(
                session, MONDAY, admin,
                _spec(helene, rrule=rule, time_of_day=at,
                      starts_on=MONDAY.now().date() + timedelta(days=start)),
            )  # fmt: skip
            clock = FixedClock(MONDAY.now())
            for gap in gaps:
                clock.advance(minutes=gap)
                medication.refresh(session, clock, force=True)
                assert medication.refresh(session, clock, force=True).created == 0
                dues = session.scalars(
                    select(Reminder.due_at).where(Reminder.source == ReminderSource.MEDICATION)
                ).all()
                assert len(dues) == len(set(dues))
                # December: no change of time to step over.
                wanted = at.replace(second=0, microsecond=0)
                assert all(d.astimezone(PARIS).time() == wanted for d in dues)
                latest = clock.now().astimezone(PARIS).date() + medication.WINDOW
                assert all(d.astimezone(PARIS).date() <= latest for d in dues)
        finally:
            session.rollback()


def test_the_export_holds_the_schedules_and_erasure_removes_them(
    database, admin, helene, tmp_path
) -> None:
    import json

    import jsonschema
    from pypdf import PdfReader

    from app import access_report, rights
    from app.resources import resource_path

    _create(database, admin, _spec(helene, rrule="FREQ=MONTHLY;INTERVAL=2"))
    _refresh(database)
    with database.transaction() as session:
        exported = rights.export_patient(session, MONDAY, admin, helene)
    schema = json.loads((resource_path("schemas") / "subject-access.schema.json").read_text())
    jsonschema.validate(json.loads(json.dumps(exported)), schema)
    [schedule] = exported["medication_schedules"]
    assert (schedule["label"], schedule["time_of_day"], schedule["active"]) == (
        RENEWAL, "09:00", True,
    )  # fmt: skip
    pdf = tmp_path / "acces.pdf"
    access_report.write_access_report(pdf, exported)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "tous les 2 mois" in text
    with database.transaction() as session:
        report = rights.erase_patient(session, MONDAY, admin, helene)
        assert report.medication_schedules == 1
        assert session.scalar(select(func.count()).select_from(MedicationOccurrence)) == 0
        assert session.scalar(select(func.count()).select_from(Reminder)) == 0

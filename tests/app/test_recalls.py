"""Recall programmes on a real encrypted database: preview, generation, escalation, done.

The practice of DESIGN §10 flow 7: Dr Roux sets "diabetes follow-up every 3
months" (an SMS on the due day, a letter a month later, a call a month after
that), previews who it reaches and who it leaves out, then saves it; the
ticks make the reminders, and the planner the messages.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from app import appointments, consent, generation, outbox, planner, preferences, recalls, tags
from app.appointments import AppointmentData
from app.clock import FixedClock
from app.errors import NotFound, ValidationError
from app.recalls import CohortRule, ProgrammeSpec, StepSpec
from db.models import (
    AuditEvent,
    Channel,
    ConsentKind,
    ConsentMethod,
    ContactPoint,
    Message,
    MessageStatus,
    Patient,
    PatientStatus,
    RecallDone,
    RecallReminder,
    Reminder,
    ReminderSource,
    ReminderStatus,
    Sex,
)
from tests.helpers import people

MONDAY = FixedClock(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))  # 9:00 in Paris
DIABETES = ProgrammeSpec(
    name="Suivi diabète tous les 3 mois",
    purpose_code="screening_recall",
    rule=CohortRule(tag="diabetes"),
    rrule="FREQ=MONTHLY;INTERVAL=3",
    steps=(StepSpec(Channel.SMS, 0), StepSpec(Channel.LETTER, 30), StepSpec(Channel.PHONE, 60)),
    starts_on=date(2026, 12, 1),
)
FLU = ProgrammeSpec(
    name="Grippe saisonnière 65 ans et plus",
    purpose_code="vaccination",
    rule=CohortRule(min_age=65),
    rrule="FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=15",
    steps=(StepSpec(None, 0),),
    starts_on=date(2026, 1, 1),
)


@pytest.fixture
def cohort(database, admin) -> dict[str, int]:
    """Hélène and Luc (paper only) have diabetes; Marc has too, but moved away; Anne has not."""
    with database.transaction() as session:
        helene, luc, marc, anne = people.add(
            session,
            MONDAY.now(),
            people.texting("Lefèvre", date(1948, 3, 2)),
            people.paper_only("Martin", date(1950, 1, 5)),
            people.texting("Bernard", date(1960, 7, 8), n=2, status=PatientStatus.MOVED),
            people.texting("Petit", date(1972, 9, 1), n=3),
        )
        for pid in (helene, luc, marc):
            tags.set_tags(session, MONDAY, admin, pid, ["Diabetes"])
    return {"helene": helene, "luc": luc, "marc": marc, "anne": anne}


def _create(database, admin, spec: ProgrammeSpec = DIABETES, clock=MONDAY) -> int:
    with database.transaction() as session:
        return recalls.create(session, clock, admin, spec).id


def _refresh(database, clock=MONDAY, *, force: bool = True) -> recalls.RefreshReport:
    with database.transaction() as session:
        return recalls.refresh(session, clock, force=force)


def _reminders(database) -> list[tuple[int, date, int, date, Channel | None, ReminderStatus]]:
    """(patient, occurrence, step, local due day, channel, status), in order."""
    with database.read_session() as session:
        rows = session.execute(
            select(
                RecallReminder.patient_id,
                RecallReminder.occurrence,
                RecallReminder.step,
                Reminder.due_at,
                Reminder.channel,
                Reminder.status,
            )
            .join(Reminder, Reminder.id == RecallReminder.reminder_id)
            .order_by(RecallReminder.patient_id, RecallReminder.occurrence, RecallReminder.step)
        ).all()
    return [(p, o, s, due.date(), channel, status) for p, o, s, due, channel, status in rows]


def _active(database) -> set[tuple[int, date, int]]:
    return {
        (p, o, s) for p, o, s, _d, _c, st in _reminders(database) if st is ReminderStatus.ACTIVE
    }


def _statuses(database) -> dict[tuple[int, int], tuple[ReminderStatus, str | None]]:
    with database.read_session() as session:
        rows = session.execute(
            select(
                RecallReminder.patient_id,
                RecallReminder.step,
                Reminder.status,
                Reminder.cancelled_reason,
            ).join(Reminder, Reminder.id == RecallReminder.reminder_id)
        ).all()
    return {(p, s): (status, reason) for p, s, status, reason in rows}


# -- the preview (scene 7) ---------------------------------------------------------------------


def test_the_preview_shows_the_cohort_its_steps_and_the_exclusions_and_writes_nothing(
    database, admin, cohort
) -> None:
    with database.read_session() as session:
        audit_before = session.scalar(select(func.count()).select_from(AuditEvent))
    with database.transaction() as session:
        shown = recalls.preview(session, MONDAY, DIABETES)
    assert (shown.cohort, shown.reached) == (3, 2)
    assert shown.exclusions == {"patient_moved": 1, "too_late_for_post": 1}
    assert shown.warnings == ()
    by_patient = {row.patient_id: row for row in shown.rows}
    assert set(by_patient) == {cohort["helene"], cohort["luc"], cohort["marc"]}
    helene = by_patient[cohort["helene"]]
    assert helene.name == "LEFÈVRE Hélène"
    assert helene.due_on == date(2026, 12, 1)
    assert [(s.position, s.due_on, s.channel, s.exclusion) for s in helene.steps] == [
        (1, date(2026, 12, 1), Channel.SMS, None),
        (2, date(2026, 12, 31), Channel.LETTER, None),
        (3, date(2027, 1, 30), Channel.PHONE, None),
    ]
    # The SMS's week-ahead moment has passed: it goes now; the letter two weeks ahead.
    assert [s.send_on for s in helene.steps] == [
        date(2026, 11, 30),
        date(2026, 12, 17),
        date(2027, 1, 23),
    ]
    # Paper only: every step is a letter, whatever the step says; tomorrow's cannot
    # arrive in time (three days by post).
    luc = by_patient[cohort["luc"]]
    assert [(s.channel, s.exclusion) for s in luc.steps] == [
        (None, "too_late_for_post"),
        (Channel.LETTER, None),
        (Channel.LETTER, None),
    ]
    marc = by_patient[cohort["marc"]]
    assert {s.exclusion for s in marc.steps} == {"patient_moved"}
    assert not marc.reached
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Reminder)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == audit_before


def test_the_preview_names_objections_missing_consent_and_contact(database, admin, cohort) -> None:
    helene, anne = cohort["helene"], cohort["anne"]
    with database.transaction() as session:
        tags.set_tags(session, MONDAY, admin, anne, ["diabetes"])
        consent.record(
            session, MONDAY, admin, patient_id=helene, purpose_code="health_education",
            channel=None, kind=ConsentKind.OBJECTED, method=ConsentMethod.AT_DESK,
        )  # fmt: skip
        session.execute(delete(ContactPoint).where(ContactPoint.patient_id == anne))
    spec = ProgrammeSpec(
        "Ateliers", "health_education", CohortRule(tag="diabetes"), "FREQ=YEARLY",
        (StepSpec(None, 0),), date(2026, 12, 15),
    )  # fmt: skip
    with database.transaction() as session:
        shown = recalls.preview(session, MONDAY, spec)
    codes = {row.patient_id: row.steps[0].exclusion for row in shown.rows}
    assert codes == {
        helene: "objection",
        cohort["luc"]: "no_consent",  # a consent purpose: nobody has given it
        cohort["marc"]: "patient_moved",
        anne: "no_consent",
    }
    assert shown.exclusions == {"no_consent": 2, "objection": 1, "patient_moved": 1}


def test_an_unknown_tag_is_a_warning_with_the_closest_tags(database, admin, cohort) -> None:
    spec = ProgrammeSpec(
        DIABETES.name, DIABETES.purpose_code, CohortRule(tag="diabetis"), DIABETES.rrule,
        DIABETES.steps, DIABETES.starts_on,
    )  # fmt: skip
    with database.transaction() as session:
        shown = recalls.preview(session, MONDAY, spec)
    assert shown.cohort == 0
    assert shown.warnings == ("no patient has the tag 'diabetis' (did you mean 'diabetes'?)",)


# -- generating the reminders --------------------------------------------------------------


def test_refresh_makes_each_step_once_as_it_comes_into_the_window(database, admin, cohort) -> None:
    _create(database, admin)
    first = _refresh(database)
    helene, luc = cohort["helene"], cohort["luc"]
    assert (first.ran, first.programmes, first.cohort, first.created) == (True, 1, 2, 4)
    occurrence = date(2026, 12, 1)
    assert _reminders(database) == [
        (helene, occurrence, 1, date(2026, 12, 1), Channel.SMS, ReminderStatus.ACTIVE),
        (helene, occurrence, 2, date(2026, 12, 31), Channel.LETTER, ReminderStatus.ACTIVE),
        (luc, occurrence, 1, date(2026, 12, 1), Channel.SMS, ReminderStatus.ACTIVE),
        (luc, occurrence, 2, date(2026, 12, 31), Channel.LETTER, ReminderStatus.ACTIVE),
    ]
    again = _refresh(database)
    assert (again.created, again.updated, again.cancelled) == (0, 0, {})
    # A week later the call (due 30 January) is within the 60 days.
    later = _refresh(database, FixedClock(datetime(2026, 12, 7, 8, 0, tzinfo=UTC)))
    assert later.created == 2
    assert (helene, occurrence, 3) in _active(database)
    with database.read_session() as session:
        reminder = session.scalars(select(Reminder).order_by(Reminder.id)).first()
    assert reminder.source is ReminderSource.RECALL
    assert reminder.label == DIABETES.name
    assert reminder.due_at == datetime(2026, 12, 1, 17, 0, tzinfo=UTC)  # 18:00 in Paris


def test_refresh_runs_once_a_day_unless_something_changed(database, admin, cohort) -> None:
    with database.transaction() as session:
        assert recalls.refresh(session, MONDAY).ran  # never ran
        assert not recalls.refresh(session, MONDAY).ran
    _create(database, admin)  # a new programme marks it stale
    assert _refresh(database, force=False).created == 4
    assert not _refresh(database, force=False).ran
    tomorrow = FixedClock(datetime(2026, 12, 1, 8, 0, tzinfo=UTC))
    assert _refresh(database, tomorrow, force=False).ran


def test_a_change_at_the_desk_refreshes_only_the_programme_it_concerns(
    database, admin, cohort
) -> None:
    diabetes = _create(database, admin)
    _create(database, admin, FLU)
    assert _refresh(database, force=False).programmes == 2
    with database.transaction() as session:
        recalls.mark_done(session, MONDAY, admin, diabetes, cohort["helene"], date(2026, 11, 30))
        tags.set_tags(session, MONDAY, admin, cohort["anne"], ["asthme"])  # no programme's tag
    assert _refresh(database, force=False).programmes == 1
    assert not _refresh(database, force=False).ran


def test_the_planner_plans_the_steps_on_their_channels(database, admin, cohort) -> None:
    _create(database, admin)
    _refresh(database)
    with database.transaction() as session:
        outcome = outbox.plan_messages(session, MONDAY)
    planned = {(m.patient_id, m.channel) for m in outcome.planned}
    # Hélène's SMS now; Luc's letter (paper only) cannot arrive by tomorrow; the letters
    # of step 2 come into the planner's horizon later.
    assert planned == {(cohort["helene"], Channel.SMS)}
    assert [(e.patient_id, e.code) for e in outcome.exclusions] == [
        (cohort["luc"], "too_late_for_post")
    ]


def test_leaving_the_cohort_cancels_the_steps_ahead_and_coming_back_revives_them(
    database, admin, cohort
) -> None:
    helene = cohort["helene"]
    _create(database, admin)
    _refresh(database)
    with database.transaction() as session:
        outbox.plan_messages(session, MONDAY)
        tags.set_tags(session, MONDAY, admin, helene, [])
    report = _refresh(database, force=False)  # removing a tag made it stale
    assert report.cancelled == {recalls.LEFT: 2}
    assert report.messages_cancelled == 1
    assert _statuses(database)[(helene, 1)] == (ReminderStatus.CANCELLED, recalls.LEFT)
    with database.read_session() as session:
        [sms] = session.scalars(select(Message).where(Message.patient_id == helene)).all()
    assert sms.status is MessageStatus.CANCELLED
    with database.transaction() as session:
        tags.set_tags(session, MONDAY, admin, helene, ["diabetes"])
    back = _refresh(database, force=False)
    assert (back.created, back.updated) == (0, 2)
    assert _statuses(database)[(helene, 1)] == (ReminderStatus.ACTIVE, None)
    with database.transaction() as session:
        again = outbox.plan_messages(session, MONDAY)
    assert [(m.patient_id, m.channel) for m in again.planned] == [(helene, Channel.SMS)]


def test_a_patient_who_moves_away_leaves_the_cohort(database, admin, cohort) -> None:
    luc = cohort["luc"]
    _create(database, admin)
    _refresh(database)
    with database.transaction() as session:
        session.get(Patient, luc).status = PatientStatus.MOVED
    tomorrow = FixedClock(datetime(2026, 12, 1, 8, 0, tzinfo=UTC))
    report = _refresh(database, tomorrow, force=False)  # the next day's run sees it
    assert report.cancelled == {recalls.LEFT: 2}
    assert not any(p == luc for p, _o, _s in _active(database))


def test_an_appointment_after_the_first_step_stops_the_escalation_until_cancelled(
    database, admin, cohort
) -> None:
    helene = cohort["helene"]
    _create(database, admin)
    _refresh(database)
    with database.transaction() as session:
        booked = appointments.create_appointment(
            session, MONDAY, admin,
            AppointmentData(helene, datetime(2026, 12, 10, 9, 0, tzinfo=UTC)),
        ).id  # fmt: skip
    report = _refresh(database)
    assert report.cancelled == {recalls.BOOKED: 1}
    statuses = _statuses(database)
    assert statuses[(helene, 1)] == (ReminderStatus.ACTIVE, None)  # the SMS still goes
    assert statuses[(helene, 2)] == (ReminderStatus.CANCELLED, recalls.BOOKED)
    later = FixedClock(datetime(2026, 12, 7, 8, 0, tzinfo=UTC))
    assert _refresh(database, later).created == 1  # Luc's call; not Hélène's
    with database.transaction() as session:
        appointments.cancel_appointment(session, later, admin, booked)
    revived = _refresh(database, later)
    assert (revived.created, revived.updated) == (1, 1)  # her letter back, her call new
    assert {(p, s) for p, _o, s in _active(database)} == {
        (helene, 1), (helene, 2), (helene, 3), (cohort["luc"], 1), (cohort["luc"], 2),
        (cohort["luc"], 3),
    }  # fmt: skip


def test_an_appointment_outside_the_steps_changes_nothing(database, admin, cohort) -> None:
    _create(database, admin)
    with database.transaction() as session:
        for starts in (datetime(2026, 11, 20, 9, tzinfo=UTC), datetime(2027, 3, 1, 9, tzinfo=UTC)):
            appointments.create_appointment(
                session, MONDAY, admin, AppointmentData(cohort["helene"], starts)
            )
    assert _refresh(database).created == 4


def test_mark_done_cancels_the_rest_and_the_next_counts_from_that_day(
    database, admin, cohort
) -> None:
    helene = cohort["helene"]
    programme_id = _create(database, admin)
    _refresh(database)
    with database.transaction() as session:
        outbox.plan_messages(session, MONDAY)
        done = recalls.mark_done(session, MONDAY, admin, programme_id, helene, date(2026, 11, 30))
    assert (done.closed_occurrence, done.steps_cancelled, done.messages_cancelled) == (
        date(2026, 12, 1), 2, 1,
    )  # fmt: skip
    assert _statuses(database)[(helene, 2)] == (ReminderStatus.CANCELLED, recalls.DONE)
    assert _refresh(database, force=False).created == 0  # next: 28 February, not yet
    february = FixedClock(datetime(2027, 1, 15, 8, 0, tzinfo=UTC))
    _refresh(database, february)
    assert {o for p, o, _s in _active(database) if p == helene} == {date(2027, 2, 28)}
    with database.read_session() as session:
        [row] = session.scalars(select(RecallDone)).all()
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "recall.done")).one()
    assert (row.done_on, row.occurrence, row.recorded_by) == (
        date(2026, 11, 30), date(2026, 12, 1), "admin",
    )  # fmt: skip
    assert event.details == {"programme_id": programme_id, "steps_cancelled": 2}


def test_a_flu_shot_before_the_season_closes_this_season(database, admin, cohort) -> None:
    """Done on 1 October for the 15 October occurrence: the next is a year later."""
    programme_id = _create(database, admin, FLU)
    october = FixedClock(datetime(2027, 10, 1, 8, 0, tzinfo=UTC))
    helene = cohort["helene"]
    _refresh(database, october)
    assert (helene, date(2027, 10, 15), 1) in _active(database)
    with database.transaction() as session:
        done = recalls.mark_done(session, october, admin, programme_id, helene, date(2027, 10, 1))
    assert done.closed_occurrence == date(2027, 10, 15)
    with database.transaction() as session:
        shown = recalls.preview(session, october, FLU)
    assert {r.patient_id: r.due_on for r in shown.rows}[helene] == date(2028, 10, 15)


def test_mark_done_checks_its_input(database, admin, cohort) -> None:
    programme_id = _create(database, admin)
    with database.transaction() as session:
        with pytest.raises(ValidationError) as caught:
            recalls.mark_done(
                session, MONDAY, admin, programme_id, cohort["helene"], date(2026, 12, 25)
            )
        assert [e.field for e in caught.value.errors] == ["done_on"]
        with pytest.raises(NotFound):
            recalls.mark_done(session, MONDAY, admin, 999, cohort["helene"], date(2026, 11, 1))
        with pytest.raises(NotFound):
            recalls.mark_done(session, MONDAY, admin, programme_id, 999, date(2026, 11, 1))


def test_changing_a_step_moves_the_reminders_and_calls_back_their_messages(
    database, admin, cohort
) -> None:
    helene = cohort["helene"]
    programme_id = _create(database, admin)
    _refresh(database)
    with database.transaction() as session:
        outbox.plan_messages(session, MONDAY)
        changed = recalls.update(
            session, MONDAY, admin, programme_id,
            ProgrammeSpec(
                DIABETES.name, DIABETES.purpose_code, DIABETES.rule, DIABETES.rrule,
                (StepSpec(Channel.EMAIL, 0), StepSpec(Channel.LETTER, 21)), DIABETES.starts_on,
            ),
        )  # fmt: skip
    assert changed == ["steps"]
    report = _refresh(database, force=False)
    assert report.updated == 4
    assert [(s, d, c) for p, _o, s, d, c, _st in _reminders(database) if p == helene] == [
        (1, date(2026, 12, 1), Channel.EMAIL),
        (2, date(2026, 12, 22), Channel.LETTER),
    ]
    with database.transaction() as session:
        statuses = [m.status for m in session.scalars(select(Message).order_by(Message.id))]
        replanned = outbox.plan_messages(session, MONDAY)
    assert statuses == [MessageStatus.CANCELLED]  # the SMS planned for step 1
    assert [(m.patient_id, m.channel) for m in replanned.planned] == [(helene, Channel.EMAIL)]
    with database.read_session() as session:
        # The SMS's reminder keeps its history; a new reminder carries the step.
        old = session.scalars(select(Reminder).order_by(Reminder.id)).first()
    assert (old.status, old.cancelled_reason) == (ReminderStatus.CANCELLED, recalls.CHANGED)


def test_changing_the_rhythm_cancels_and_makes_new_occurrences(database, admin, cohort) -> None:
    programme_id = _create(database, admin)
    _refresh(database)
    monthly = ProgrammeSpec(
        DIABETES.name, DIABETES.purpose_code, DIABETES.rule, "FREQ=MONTHLY",
        DIABETES.steps, date(2026, 12, 5),
    )  # fmt: skip
    with database.transaction() as session:
        assert recalls.update(session, MONDAY, admin, programme_id, monthly) == [
            "rrule",
            "starts_on",
        ]
        assert recalls.update(session, MONDAY, admin, programme_id, monthly) == []
    report = _refresh(database, force=False)
    assert report.cancelled == {recalls.CHANGED: 4}
    assert report.created == 4
    assert {o for _p, o, _s in _active(database)} == {date(2026, 12, 5)}


def test_stopping_a_programme_cancels_what_is_ahead(database, admin, cohort) -> None:
    programme_id = _create(database, admin)
    _refresh(database)
    with database.transaction() as session:
        outbox.plan_messages(session, MONDAY)
        assert recalls.deactivate(session, MONDAY, admin, programme_id) == 4
        [summary] = recalls.programmes(session, clock=MONDAY)
    assert not summary.active
    assert summary.reminders_ahead == 0
    assert _active(database) == set()
    with database.read_session() as session:
        statuses = {m.status for m in session.scalars(select(Message))}
    assert statuses == {MessageStatus.CANCELLED}
    assert _refresh(database).created == 0


def test_the_list_of_programmes(database, admin, cohort) -> None:
    diabetes_id = _create(database, admin)
    _create(database, admin, FLU)
    _refresh(database)
    with database.read_session() as session:
        listed = recalls.programmes(session, clock=MONDAY)
    assert [(p.name, p.active, p.cohort_size, p.reminders_ahead) for p in listed] == [
        ("Grippe saisonnière 65 ans et plus", True, 2, 0),  # Hélène 78, Luc 76: October
        ("Suivi diabète tous les 3 mois", True, 2, 4),
    ]
    diabetes = listed[1]
    assert diabetes.id == diabetes_id
    assert diabetes.spec() == recalls.normalised(DIABETES)
    assert diabetes.rule == CohortRule(tag="diabetes")
    assert diabetes.purpose_code == "screening_recall"


# -- validation -----------------------------------------------------------------------------


def _with(**changes) -> ProgrammeSpec:
    fields = {
        "name": DIABETES.name,
        "purpose_code": DIABETES.purpose_code,
        "rule": DIABETES.rule,
        "rrule": DIABETES.rrule,
        "steps": DIABETES.steps,
        "starts_on": DIABETES.starts_on,
    }
    return ProgrammeSpec(**(fields | changes))


@pytest.mark.parametrize(
    ("rule", "says"),
    [
        ("", "give a rule"),
        ("FREQ=FORTNIGHTLY", "use DAILY, WEEKLY, MONTHLY or YEARLY"),
        ("FREQ=HOURLY", "at most once a day"),
        ("INTERVAL=3", "FREQ is missing"),
        ("FREQ=MONTHLY;INTERVAL=0", "a whole number from 1"),
        ("FREQ=MONTHLY;INTERVAL=trois", "a whole number from 1"),
        ("FREQ=MONTHLY;COUNT=4", "COUNT is not used"),
        ("FREQ=YEARLY;BYMONTH=13", "months are 1 (January) to 12"),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "no date that exists"),
        ("FREQ=DAILY;BYMONTH=2", "a DAILY rule takes no BY"),
        ("FREQ=WEEKLY;BYDAY=XX", "days are MO, TU"),
        ("FREQ=MONTHLY;BYDAY=6MO", "1 to 5"),
        ("FREQ=MONTHLY;FOO=1", "unknown part 'FOO'"),
        ("FREQ=MONTHLY;FREQ=YEARLY", "FREQ is given twice"),
        ("FREQ=MONTHLY;UNTIL=20200101", "no date on or after the start"),
        ("FREQ=MONTHLY;UNTIL=2027", "a date as YYYYMMDD"),
        ("FREQ", "is not NAME=VALUE"),
        ("DTSTART:20260101\nRRULE:FREQ=MONTHLY", "only the rule itself"),
    ],
)
def test_a_bad_rule_says_what_is_wrong(rule: str, says: str) -> None:
    [error] = recalls.validate(_with(rrule=rule))
    assert error.field == "rrule"
    assert says in error.message


def test_good_rules_pass_in_any_case_and_with_a_prefix() -> None:
    for rule in (
        "FREQ=MONTHLY;INTERVAL=3",
        "FREQ=YEARLY;INTERVAL=3",
        "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=15",
        "rrule:freq=monthly;byday=1mo",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
        "FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20301231",
    ):
        assert recalls.validate(_with(rrule=rule)) == [], rule


def test_steps_ages_and_names_are_checked_and_located() -> None:
    errors = recalls.validate(
        _with(
            name="  ",
            rule=CohortRule(min_age=70, max_age=65, tag="=cmd"),
            steps=(StepSpec(Channel.SMS, 10), StepSpec(Channel.LETTER, 10)),
        )
    )
    assert {(e.field, e.code) for e in errors} == {
        ("name", "required"),
        ("rule.max_age", "ages_order"),
        ("rule.tag", "formula"),
        ("steps[2].offset_days", "offset_order"),
    }
    assert [e.code for e in recalls.validate(_with(steps=()))] == ["steps_count"]
    assert [e.code for e in recalls.validate(_with(steps=(StepSpec(None, 0),) * 4))] == [
        "steps_count"
    ]
    assert [e.field for e in recalls.validate(_with(rule=CohortRule(min_age=121)))] == [
        "rule.min_age"
    ]


def test_create_checks_the_purpose_and_the_name(database, admin, cohort) -> None:
    _create(database, admin)
    with database.transaction() as session:
        with pytest.raises(ValidationError) as caught:
            recalls.create(session, MONDAY, admin, _with(name=DIABETES.name.upper()))
        assert [(e.field, e.code) for e in caught.value.errors] == [("name", "duplicate")]
        with pytest.raises(ValidationError) as unknown:
            recalls.create(session, MONDAY, admin, _with(name="Autre", purpose_code="x"))
        assert [e.field for e in unknown.value.errors] == ["purpose_code"]


# -- ages at the due date -------------------------------------------------------------------


def test_ages_are_those_on_the_due_date(database, admin) -> None:
    """64 today but 65 on 15 October: recalled this season; 65 the day after: not yet."""
    with database.transaction() as session:
        soon, late = people.add(
            session,
            MONDAY.now(),
            people.texting("Tôt", date(1962, 3, 1)),
            people.texting("Tard", date(1962, 10, 16), n=1),
        )
    with database.transaction() as session:
        shown = recalls.preview(session, MONDAY, FLU)
    assert [(r.patient_id, r.due_on) for r in shown.rows] == [(soon, date(2027, 10, 15))]
    assert late not in {r.patient_id for r in shown.rows}


# -- properties ------------------------------------------------------------------------------

PATIENT = st.tuples(
    st.dates(date(1930, 1, 1), date(2020, 12, 31)),
    st.sampled_from([Sex.FEMALE, Sex.MALE]),
    st.booleans(),  # tagged
    st.sampled_from([PatientStatus.ACTIVE, PatientStatus.ACTIVE, PatientStatus.MOVED]),
)
RULES = st.builds(
    CohortRule,
    min_age=st.none() | st.integers(0, 90),
    max_age=st.none() | st.integers(30, 120),
    sex=st.none() | st.sampled_from([Sex.FEMALE, Sex.MALE]),
    tag=st.none() | st.just("diabetes"),
).filter(lambda r: r.min_age is None or r.max_age is None or r.min_age <= r.max_age)
RHYTHMS = st.sampled_from(
    ["FREQ=MONTHLY;INTERVAL=3", "FREQ=WEEKLY;INTERVAL=2", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=10"]
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(PATIENT, min_size=1, max_size=12),
    RULES,
    RHYTHMS,
    st.integers(-10, 40),  # the programme starts this many days from today
    st.integers(0, 90),  # days between the two refreshes
)
def test_refresh_is_idempotent_and_never_reaches_outside_the_cohort(
    database, admin, patients, rule, rhythm, start, gap
) -> None:
    steps = (StepSpec(Channel.SMS, 0), StepSpec(Channel.LETTER, 20))
    starts_on = date(2026, 11, 30) + timedelta(start)
    spec = ProgrammeSpec("Propriété", "screening_recall", rule, rhythm, steps, starts_on)
    later = FixedClock(MONDAY.now() + timedelta(days=gap))
    with database.session() as session:
        session.begin()
        try:
            people_ids = people.add(
                session,
                MONDAY.now(),
                *[
                    people.texting(f"P{n}", born, n, sex=sex, status=status)
                    for n, (born, sex, _t, status) in enumerate(patients)
                ],
            )
            tagged = [pid for pid, (*_r, t, _s) in zip(people_ids, patients, strict=True) if t]
            tags.replace_many(session, {pid: ["diabetes"] for pid in tagged})
            recalls.create(session, MONDAY, admin, spec)
            for clock in (MONDAY, later):
                recalls.refresh(session, clock, force=True)
                second = recalls.refresh(session, clock, force=True)
                assert (second.created, second.updated, second.cancelled) == (0, 0, {})
            facts = {
                pid: (born, sex, t, status)
                for pid, (born, sex, t, status) in zip(people_ids, patients, strict=True)
            }
            active = session.execute(
                select(RecallReminder.patient_id, RecallReminder.occurrence, Reminder.due_at)
                .join(Reminder, Reminder.id == RecallReminder.reminder_id)
                .where(Reminder.status == ReminderStatus.ACTIVE, Reminder.due_at > later.now())
            ).all()
            for pid, occurrence, due in active:
                born, sex, tagged_on, status = facts[pid]
                assert status is PatientStatus.ACTIVE
                assert rule.sex is None or sex is rule.sex
                assert rule.tag is None or tagged_on
                assert recalls.in_cohort(rule, born, occurrence)
                assert due.date() <= later.now().date() + recalls.GENERATION_WINDOW
        finally:
            session.rollback()


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.booleans(),  # paper only
            st.sampled_from([None, 1, 2]),  # weekly cap
            st.booleans(),  # quiet on Mondays
            st.booleans(),  # objected to SMS for this purpose
            st.booleans(),  # mobile bounced
        ),
        min_size=1,
        max_size=10,
    )
)
def test_the_preview_shares_the_planners_answer_only_between_identical_patients(
    database, admin, variants
) -> None:
    """Planned once per distinct patient, the preview says what planning each one alone says."""
    with database.session() as session:
        session.begin()
        try:
            ids = people.add(
                session,
                MONDAY.now(),
                *[
                    people.paper_only(f"P{n}", date(1950, 1, 1)) if paper
                    else people.texting(f"P{n}", date(1950, 1, 1), n)
                    for n, (paper, *_rest) in enumerate(variants)
                ],
            )  # fmt: skip
            for pid, (_paper, cap, monday, objected, bounced) in zip(ids, variants, strict=True):
                preferences.save(
                    session, MONDAY, admin, pid,
                    preferences.ContactPreferences(
                        max_per_week=cap, quiet_days=[1] if monday else [],
                        paper_only=_paper,
                    ),
                )  # fmt: skip
                if objected:
                    consent.record(
                        session, MONDAY, admin, patient_id=pid, purpose_code="screening_recall",
                        channel=Channel.SMS, kind=ConsentKind.OBJECTED,
                        method=ConsentMethod.AT_DESK,
                    )  # fmt: skip
                if bounced:
                    for contact in session.get(Patient, pid).contact_points:
                        contact.bounced = contact.value.startswith("+33")
            spec = _with(rule=CohortRule(), starts_on=date(2026, 12, 2))
            shown = recalls.preview(session, MONDAY, spec)
            settings_ = outbox.planner_settings(session)
            chosen = select(Patient.id).where(Patient.id.in_(ids))
            facts = outbox.patient_facts(session, chosen)
            times = outbox.outbox_times(session, chosen, MONDAY.now(), settings_)
            view = consent.PurposeView("screening_recall", consent.LawfulBasis.CARE)
            for row in shown.rows:
                alone = planner.plan(
                    planner.PlannerInput(
                        now=MONDAY.now(),
                        reminders=[
                            planner.DueReminder(
                                n, row.patient_id, view,
                                recalls.due_at(step.due_on, settings_.zone), spec.name,
                                exact_time=False, channel=spec.steps[n - 1].channel,
                            )
                            for n, step in enumerate(row.steps, start=1)
                        ],
                        patients={row.patient_id: facts[row.patient_id]},
                        outbox_times={row.patient_id: times.get(row.patient_id, [])},
                        settings=settings_,
                    )
                )  # fmt: skip
                channels = {i.reminder_id: m.channel for m in alone.messages for i in m.items}
                assert [s.channel for s in row.steps] == [
                    channels.get(n) for n in range(1, len(row.steps) + 1)
                ]
        finally:
            session.rollback()


def test_the_generation_mark_is_a_setting_written_in_the_same_transaction(
    database, admin, cohort
) -> None:
    with database.session() as session:
        session.begin()
        recalls.create(session, MONDAY, admin, DIABETES)
        assert generation.needed(session, generation.RECALLS, MONDAY.now().date())
        session.rollback()
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(RecallReminder)) == 0


# -- the patient's own data -----------------------------------------------------------------


def test_the_export_holds_the_recalls_and_erasure_removes_them(
    database, admin, cohort, tmp_path
) -> None:
    import json

    import jsonschema
    from pypdf import PdfReader

    from app import access_report, rights
    from app.resources import resource_path

    helene = cohort["helene"]
    programme_id = _create(database, admin)
    _refresh(database)
    with database.transaction() as session:
        recalls.mark_done(session, MONDAY, admin, programme_id, helene, date(2026, 11, 30))
        exported = rights.export_patient(session, MONDAY, admin, helene)
    schema = json.loads((resource_path("schemas") / "subject-access.schema.json").read_text())
    jsonschema.validate(json.loads(json.dumps(exported)), schema)
    [programme] = exported["recalls"]
    assert programme["programme"] == DIABETES.name
    assert programme["done_on"] == ["2026-11-30"]
    assert [(r["step"], r["status"], r["cancelled_because"]) for r in programme["reminders"]] == [
        (1, "cancelled", recalls.DONE),
        (2, "cancelled", recalls.DONE),
    ]
    assert exported["tags"] == ["diabetes"]
    pdf = tmp_path / "acces.pdf"
    access_report.write_access_report(pdf, exported)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Vos rappels" in text
    assert DIABETES.name in text
    assert "Relance faite" in text  # the audit line, in words
    with database.transaction() as session:
        report = rights.erase_patient(session, MONDAY, admin, helene)
        left = session.scalar(
            select(func.count())
            .select_from(RecallReminder)
            .where(RecallReminder.patient_id == helene)
        )
    assert (report.recalls_done, report.tags, left) == (1, 1, 0)


def test_a_dispatch_tick_makes_the_recalls_and_plans_them(database, admin, cohort) -> None:
    from app import dispatch

    _create(database, admin)
    report = dispatch.dispatch(database, MONDAY)
    assert report.planned == 1  # Hélène's SMS (Luc's letter cannot arrive in time)
    assert len(_active(database)) == 4
    again = dispatch.dispatch(database, MONDAY)  # the next minute: already done today
    assert again.planned == 0
    assert len(_active(database)) == 4


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.dates(date(1940, 1, 1), date(2015, 12, 31)), min_size=1, max_size=15),
    st.lists(st.none() | st.dates(date(2025, 1, 1), date(2026, 11, 30)), min_size=15, max_size=15),
    RULES,
    RHYTHMS,
)
def test_the_cohort_is_everyone_whose_ages_hold_on_their_own_due_date(
    database, admin, births, dones, rule, rhythm
) -> None:
    """The birth-date bounds read in SQL leave out nobody the rule takes at their due date."""
    spec = ProgrammeSpec(
        "Âges", "screening_recall", replace(rule, sex=None, tag=None), rhythm,
        (StepSpec(None, 0), StepSpec(None, 30)), date(2026, 6, 1),
    )  # fmt: skip
    with database.session() as session:
        session.begin()
        try:
            ids = people.add(
                session,
                MONDAY.now(),
                *[people.texting(f"P{n}", born, n) for n, born in enumerate(births)],
            )
            programme = recalls.create(session, MONDAY, admin, spec)
            for pid, done in zip(ids, dones, strict=False):
                if done is not None:
                    recalls.mark_done(session, MONDAY, admin, programme.id, pid, done)
            shown = recalls.preview(session, MONDAY, spec)
            rhythm_ = recalls._Rhythm(
                recalls._Definition.of(programme), MONDAY.now().date(), MONDAY.now(),
                ZoneInfo("Europe/Paris"),
            )  # fmt: skip
            histories = recalls._histories(session, programme.id)
            expected = {}
            for pid, born in zip(ids, births, strict=True):
                occurrence = rhythm_.occurrence(histories.get(pid), None)
                if occurrence is not None and recalls.in_cohort(spec.rule, born, occurrence):
                    expected[pid] = occurrence
            assert {row.patient_id: row.due_on for row in shown.rows} == expected
        finally:
            session.rollback()

"""The trust dashboard: each figure computed by hand on a known data set, and compared.

One small practice, November 2026 (the clock stands on the 28th, 9:30 UTC):
six patients (five active, one deceased), a few consents given and taken
back, a dozen messages, seven appointments, five survey invitations, four
complaints.  Every expected number below is written out with the rows that
make it, so a reader can check it on their fingers.
"""

from __future__ import annotations

import csv
import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from app import (
    appointments,
    calls,
    channel_settings,
    consent,
    dashboard,
    dispatch,
    letters,
    preferences,
    reach,
    rights,
)
from app.appointments import AppointmentData
from app.clock import FixedClock
from app.consent import PurposeView
from app.dashboard import DashboardFilter, compute, export_csv, nearest_rank
from app.settings import PracticeSettings, save_practice
from db.models import (
    Appointment,
    AppointmentOutcome,
    CallOutcome,
    Channel,
    Complaint,
    ComplaintCategory,
    ComplaintChannel,
    ConsentKind,
    ConsentMethod,
    Message,
    MessageMonth,
    MessageMonthSize,
    MessageStatus,
    Patient,
    PatientStatus,
    Purpose,
    Reminder,
    Survey,
    SurveyAnswer,
    SurveyInvitation,
)
from tests.helpers import people
from tests.helpers.messages import add_message, add_reminder
from tests.helpers.servers import SmsGateway, SmtpServer

PARIS = ZoneInfo("Europe/Paris")
NOVEMBER = DashboardFilter(date(2026, 11, 1), date(2026, 11, 30))


def at(month: int, day: int, hour: int = 10, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def on(month: int, day: int) -> date:
    return date(2026, month, day)


def record(session, admin, when, patient, purpose, channel, kind):
    method = ConsentMethod.SMS_STOP if kind is not ConsentKind.GRANTED else ConsentMethod.AT_DESK
    method = ConsentMethod.AT_DESK if channel is not Channel.SMS else method
    consent.record(
        session,
        FixedClock(when),
        admin,
        patient_id=patient,
        purpose_code=purpose,
        channel=channel,
        kind=kind,
        method=method,
    )


@pytest.fixture
def practice_data(database, admin, clock):
    """The known data set; returns the patients' ids P1..P6 by name."""
    now = clock.now()
    with database.transaction() as session:
        ids = people.add(
            session,
            at(1, 5),
            people.texting("Alpha", date(1970, 1, 1), 0),
            people.texting("Bravo", date(1971, 1, 1), 1),
            people.texting("Charlie", date(1972, 1, 1), 2),
            people.paper_only("Delta", date(1940, 1, 1)),
            people.paper_only("Echo", date(1941, 1, 1)),
            people.texting("Fox", date(1950, 1, 1), 5, status=PatientStatus.DECEASED),
        )
        p1, p2, p3, p4, p5, p6 = ids
        he, ar = "health_education", "appointment_reminder"
        given, withdrawn, objected = (
            ConsentKind.GRANTED,
            ConsentKind.WITHDRAWN,
            ConsentKind.OBJECTED,
        )
        # Health education (consent-based).
        record(session, admin, at(10, 1), p1, he, None, given)  # every channel, before November
        record(session, admin, at(10, 1), p2, he, Channel.SMS, given)
        record(session, admin, at(11, 10), p2, he, Channel.SMS, withdrawn)  # an opt-out in November
        record(session, admin, at(11, 5), p3, he, Channel.EMAIL, given)  # given in November
        record(session, admin, at(10, 2), p4, he, Channel.LETTER, given)
        consent.object_to_direct_marketing(  # Art. 21 in November: every consent purpose
            session, FixedClock(at(11, 12)), admin, p4, ConsentMethod.LETTER_REPLY
        )
        record(session, admin, at(10, 3), p6, he, None, given)  # deceased: never counted
        # Appointment reminders (care): P5 objected on every channel before November,
        # P3 objected to text messages in November.
        record(session, admin, at(10, 15), p5, ar, None, objected)
        record(session, admin, at(11, 15), p3, ar, Channel.SMS, objected)

        # Appointments: (patient, start, outcome); reminders are made by the service.
        book = FixedClock(at(1, 10))
        made = {}
        for name, patient, starts, outcome in [
            ("A1", p1, at(11, 20), AppointmentOutcome.ATTENDED),
            ("A2", p2, at(11, 21), AppointmentOutcome.MISSED),
            ("A3", p3, at(11, 22), AppointmentOutcome.MISSED),
            ("A4", p1, at(11, 23), AppointmentOutcome.ATTENDED),
            ("A5", p3, at(11, 24), AppointmentOutcome.CANCELLED_IN_TIME),
            ("A6", p2, at(11, 25), None),
            ("A7", p4, at(11, 10), AppointmentOutcome.ATTENDED),
            # Before November: the retention cohort.
            ("B1", p1, at(6, 10), AppointmentOutcome.ATTENDED),
            ("B2", p2, at(3, 1), AppointmentOutcome.ATTENDED),
            ("B3", p3, at(10, 1, year=2025), AppointmentOutcome.ATTENDED),  # > 12 months
            ("B4", p6, at(5, 1), AppointmentOutcome.ATTENDED),  # deceased since
            ("B5", p5, at(7, 1), AppointmentOutcome.MISSED),  # not seen
        ]:
            appointment = appointments.create_appointment(
                session, book, admin, AppointmentData(patient_id=patient, starts_at=starts)
            )
            if outcome is not None:
                appointments.record_outcome(session, clock, admin, appointment.id, outcome)
            made[name] = session.scalar(
                select(Reminder.id).where(Reminder.appointment_id == appointment.id)
            )
        # P5's own reminders in November (paper only): one letter only printed, one call.
        r5a = add_reminder(session, now, p5, at(11, 18))
        r5b = add_reminder(session, now, p5, at(11, 19))

        def sent(patient, channel, status, when, reminder=None, **columns):
            return add_message(
                session,
                now,
                patient,
                channel,
                status,
                scheduled_for=when,
                sent_at=when if status is not MessageStatus.FAILED else None,
                updated_at=when,
                reminder_id=reminder,
                **columns,
            )

        S, E, L, T = Channel.SMS, Channel.EMAIL, Channel.LETTER, Channel.PHONE
        sent(p1, S, MessageStatus.SENT, at(11, 19), made["A1"])  # m1: A1 reminded
        sent(p2, S, MessageStatus.SENT, at(11, 20), made["A2"])  # m2: A2 reminded
        sent(p1, S, MessageStatus.SENT, at(11, 5))  # m3
        sent(p2, S, MessageStatus.FAILED, at(11, 6))  # m4: failed
        sent(p3, E, MessageStatus.SENT, at(11, 25), made["A5"])  # m5: after A5, too late
        sent(p3, E, MessageStatus.FAILED, at(11, 7))  # m6: refused address = bounced
        add_message(  # m7: a crash while sending, unknown
            session,
            now,
            p1,
            E,
            MessageStatus.UNKNOWN,
            scheduled_for=at(11, 8),
            updated_at=at(11, 8),
        )
        sent(p4, L, MessageStatus.POSTED, at(11, 3), made["A7"])  # m8: printed on the 3rd
        sent(p5, L, MessageStatus.PRINTED, at(11, 17), r5a)  # m9: printed, never marked posted
        sent(p5, T, MessageStatus.CALLED, at(11, 19), r5b, call_outcome=CallOutcome.REACHED)
        sent(  # m11: three calls unanswered: failed
            p5, T, MessageStatus.CALLED, at(11, 20), call_outcome=CallOutcome.NO_ANSWER
        )
        add_message(  # m12: called back before it left
            session,
            now,
            p1,
            S,
            MessageStatus.CANCELLED,
            scheduled_for=at(11, 9),
            updated_at=at(11, 9),
        )
        sent(p1, S, MessageStatus.SENT, at(10, 20))  # m13: October
        # The messages were written as they ended, not by the services that keep what the
        # dashboard reads (app.reach): filled in from them as migration 0018 does.
        reach.rebuild(session)

        # Surveys (the survey service is not there yet: rows written directly).
        survey = Survey(
            name="Satisfaction 2026",
            definition={"questions": [{"key": "nps", "kind": "nps", "text": {}}]},
            created_at=at(9, 1),
            created_by="admin",
        )
        session.add(survey)
        session.flush()
        for patient, channel, asked, answered, nps in [
            (p1, S, at(11, 2), at(11, 4), 10),
            (p2, L, at(11, 3), at(11, 6), 9),
            (p3, E, at(11, 5), at(11, 8), 7),
            (p4, L, at(11, 6), at(11, 9), 3),
            (p5, L, at(11, 7), None, None),
            (p1, S, at(10, 10), at(10, 12), 0),  # October
        ]:
            invitation = SurveyInvitation(
                survey_id=survey.id,
                patient_id=patient,
                channel=channel,
                asked_at=asked,
                answered_at=answered,
            )
            session.add(invitation)
            session.flush()
            if nps is not None:
                session.add(
                    SurveyAnswer(
                        invitation_id=invitation.id,
                        question_key="nps",
                        number=nps,
                        source="paper",
                        recorded_at=answered,
                        recorded_by="admin",
                    )
                )
                session.add(  # another question of the same survey: not the NPS
                    SurveyAnswer(
                        invitation_id=invitation.id,
                        question_key="reminders_helped",
                        number=1,
                        source="paper",
                        recorded_at=answered,
                        recorded_by="admin",
                    )
                )
        # Complaints, with their deadlines as the register set them.
        for received, ack_by, acked, answer_by, answered in [
            (on(11, 2), on(11, 4), on(11, 3), on(12, 2), on(11, 12)),
            (on(11, 5), on(11, 9), on(11, 10), on(12, 5), on(11, 25)),
            (on(11, 20), on(11, 24), None, on(12, 20), None),
            (on(10, 15), on(10, 17), None, on(11, 14), None),
        ]:
            session.add(
                Complaint(
                    received_on=received,
                    channel=ComplaintChannel.LETTER,
                    category=ComplaintCategory.WAITING,
                    description="…",
                    acknowledge_by=ack_by,
                    answer_by=answer_by,
                    acknowledged_on=acked,
                    answered_on=answered,
                    recorded_at=now,
                    recorded_by="admin",
                    updated_at=now,
                )
            )
    return dict(zip(["p1", "p2", "p3", "p4", "p5", "p6"], ids, strict=True))


def only(**choice) -> DashboardFilter:
    """November, with only these purposes or channels."""
    return DashboardFilter(date(2026, 11, 1), date(2026, 11, 30), **choice)


def figures(database, flt, now):
    with database.read_session() as session:
        return compute(session, flt, PARIS, now=now)


def pair(board, key):
    found = board.figure(key)
    return found.numerator, found.denominator


def test_consent_coverage_counts_active_patients_allowed_at_the_end(database, practice_data, clock):
    board = figures(database, NOVEMBER, clock.now())
    # Five active patients (Fox is deceased).  Health education (consent): P1 gave it on
    # every channel, P3 by e-mail; P2 withdrew his only channel, P4 objected, P5 never gave.
    assert pair(board, "consent_coverage.health_education") == (2, 5)
    assert board.value("consent_coverage.health_education") == pytest.approx(0.4)
    # Appointment reminders (care): all but P5, who objected on every channel; P3 still
    # has e-mail, letter and phone after objecting to text messages.
    assert pair(board, "consent_coverage.appointment_reminder") == (4, 5)
    # Art. 21 objections reach consent purposes only: vaccination stays covered for all.
    assert pair(board, "consent_coverage.vaccination") == (5, 5)
    # Nobody consented to surveys.
    assert pair(board, "consent_coverage.satisfaction_survey") == (0, 5)


def test_consent_coverage_on_text_messages_only(database, practice_data, clock):
    board = figures(
        database,
        only(channels={Channel.SMS}),
        clock.now(),
    )
    # By SMS, only P1 (every channel) still allows health education.
    assert pair(board, "consent_coverage.health_education") == (1, 5)
    # Appointment reminders by SMS: P5 (every channel) and P3 (SMS) objected.
    assert pair(board, "consent_coverage.appointment_reminder") == (3, 5)


def test_opt_out_and_objection_rates_count_those_allowed_at_the_start(
    database, practice_data, clock
):
    board = figures(database, NOVEMBER, clock.now())
    # Allowed health education on 1 November: P1 (every channel), P2 (SMS), P4 (letter) = 3;
    # P3's consent came on the 5th.  P2 withdrew: 1 of 3.  P4 objected: 1 of 3.
    assert pair(board, "opt_out.health_education") == (1, 3)
    assert pair(board, "objection.health_education") == (1, 3)
    # By SMS: P1 and P2 were allowed; P2 withdrew; P4's objection covers SMS too, but
    # P4 had no SMS consent to lose.
    assert pair(board, "opt_out.health_education.sms") == (1, 2)
    assert pair(board, "objection.health_education.sms") == (0, 2)
    # By letter: P1 and P4; P4 objected.
    assert pair(board, "objection.health_education.letter") == (1, 2)
    assert pair(board, "opt_out.health_education.email") == (0, 1)
    # Appointment reminders: everyone active but P5 (objected in October) = 4; P3
    # objected to SMS in November.
    assert pair(board, "objection.appointment_reminder") == (1, 4)
    assert pair(board, "objection.appointment_reminder.sms") == (1, 4)
    assert pair(board, "objection.appointment_reminder.letter") == (0, 4)
    assert pair(board, "opt_out.appointment_reminder") == (0, 4)


def test_delivery_by_channel(database, practice_data, clock):
    board = figures(database, NOVEMBER, clock.now())
    # SMS in November: m1, m2, m3 sent, m4 failed (m12 called back, m13 in October).
    assert pair(board, "delivery.sms") == (3, 4)
    assert pair(board, "delivery_outcome.sms.failed") == (1, 4)
    # E-mail: m5 sent, m6 refused by the server (bounced), m7 unknown.
    assert pair(board, "delivery.email") == (1, 3)
    assert pair(board, "delivery_outcome.email.bounced") == (1, 3)
    assert pair(board, "delivery_outcome.email.unknown") == (1, 3)
    # Letters: m8 posted, m9 printed: both left.
    assert pair(board, "delivery.letter") == (2, 2)
    # Calls: m10 reached, m11 three times unanswered.
    assert pair(board, "delivery.phone") == (1, 2)
    assert pair(board, "delivery_outcome.phone.failed") == (1, 2)


def test_survey_response_and_nps(database, practice_data, clock):
    board = figures(database, NOVEMBER, clock.now())
    # Five invitations in November, four answered (P5's letter not).
    assert pair(board, "survey_response") == (4, 5)
    # NPS answers 10, 9, 7, 3: 2 promoters, 1 detractor of 4 = 50 % - 25 % = 25.
    assert board.value("nps") == pytest.approx(25.0)
    assert pair(board, "nps") == (1, 4)
    assert board.value("nps_month.2026-11") == pytest.approx(25.0)
    # By letter only: invitations to P2, P4, P5, two answered.  The NPS of the answers asked
    # by letter: P2's 9 and P4's 3, a promoter and a detractor of 2 = 0.
    letters = figures(database, only(channels={Channel.LETTER}), clock.now())
    assert pair(letters, "survey_response") == (2, 3)
    assert pair(letters, "nps") == (0, 2)
    assert letters.value("nps") == pytest.approx(0.0)
    assert letters.value("nps_month.2026-11") == pytest.approx(0.0)


def test_nps_counts_an_answer_under_the_channel_of_the_message_that_asked(
    database, practice_data, clock
):
    with database.transaction() as session:
        survey_id = session.scalar(select(Survey.id))
        # P3 asked by a text message (the invitation says e-mail: the message decides),
        # answered 6 on the 12th: a detractor.
        message_id = add_message(
            session,
            clock.now(),
            practice_data["p3"],
            Channel.SMS,
            MessageStatus.SENT,
            purpose="satisfaction_survey",
            scheduled_for=at(11, 10),
            sent_at=at(11, 10),
        )
        invitation = SurveyInvitation(
            survey_id=survey_id,
            patient_id=practice_data["p3"],
            message_id=message_id,
            channel=Channel.EMAIL,
            asked_at=at(11, 10),
            answered_at=at(11, 12),
        )
        session.add(invitation)
        session.flush()
        session.add(
            SurveyAnswer(
                invitation_id=invitation.id,
                question_key="nps",
                number=6,
                source="csv",
                recorded_at=at(11, 12),
                recorded_by="admin",
            )
        )
    # By SMS: P1's 10 (asked at the desk, recorded as SMS) and P3's 6: 50 % - 50 % = 0.
    sms = figures(database, only(channels={Channel.SMS}), clock.now())
    assert pair(sms, "nps") == (0, 2)
    assert sms.value("nps_month.2026-11") == pytest.approx(0.0)
    # By e-mail: P3's 7 only, a passive: 0 of 1.
    email = figures(database, only(channels={Channel.EMAIL}), clock.now())
    assert pair(email, "nps") == (0, 1)
    # SMS and e-mail: 10, 6, 7: 1 promoter, 1 detractor of 3 = 0.
    both = figures(database, only(channels={Channel.SMS, Channel.EMAIL}), clock.now())
    assert pair(both, "nps") == (0, 3)
    # By phone: nobody answered, no score.
    phone = figures(database, only(channels={Channel.PHONE}), clock.now())
    assert pair(phone, "nps") == (0, 0)
    assert phone.value("nps") is None
    # Every channel: 10, 9, 7, 3, 6: 2 promoters, 2 detractors of 5 = 0.
    board = figures(database, NOVEMBER, clock.now())
    assert pair(board, "nps") == (0, 5)


def test_nps_trend_by_month(database, practice_data, clock):
    flt = DashboardFilter(date(2026, 10, 1), date(2026, 11, 30))
    board = figures(database, flt, clock.now())
    assert board.months == ("2026-10", "2026-11")
    # October: one answer, 0 (a detractor): -100.  November: 25 as above.
    assert board.value("nps_month.2026-10") == pytest.approx(-100.0)
    assert board.value("nps_month.2026-11") == pytest.approx(25.0)
    # Both months: promoters 2, detractors 2, of 5 answers = 0.
    assert board.value("nps") == pytest.approx(0.0)


def test_attendance_with_and_without_a_reminder(database, practice_data, clock):
    board = figures(database, NOVEMBER, clock.now())
    # With a reminder that left before: A1 attended, A2 missed, A7 attended (letter).
    assert pair(board, "attendance.with_reminder.attended") == (2, 3)
    assert pair(board, "attendance.with_reminder.missed") == (1, 3)
    assert pair(board, "attendance.with_reminder.cancelled_in_time") == (0, 3)
    # Without: A3 missed, A4 attended, A5 cancelled in time (its e-mail left after it).
    # A6 has no outcome yet: counted nowhere.
    assert pair(board, "attendance.without_reminder.attended") == (1, 3)
    assert pair(board, "attendance.without_reminder.missed") == (1, 3)
    assert pair(board, "attendance.without_reminder.cancelled_in_time") == (1, 3)
    # With an SMS reminder: A1 and A2 only; A7's letter puts it in neither group.
    sms = figures(
        database,
        only(channels={Channel.SMS}),
        clock.now(),
    )
    assert pair(sms, "attendance.with_reminder.missed") == (1, 2)
    assert pair(sms, "attendance.without_reminder.missed") == (1, 3)


def test_complaints(database, practice_data, clock):
    board = figures(database, NOVEMBER, clock.now())
    # Received in November: C1, C2, C3 (C4 came in October).
    assert board.value("complaints_received") == 3
    # Acknowledged after 1 day (C1) and 5 days (C2): median 3.
    assert board.value("complaints_acknowledge_days") == pytest.approx(3.0)
    # Answered after 10 and 20 days: median 15.
    assert board.value("complaints_answer_days") == pytest.approx(15.0)
    # On time: C1 acknowledged in time, C2 late, C3 still not acknowledged past the 24th
    # (today is the 28th): 1 of 3.  Answers: C1 and C2 in time, C3 not due yet: 2 of 2.
    assert pair(board, "complaints_acknowledged_on_time") == (1, 3)
    assert pair(board, "complaints_answered_on_time") == (2, 2)


def test_retention(database, practice_data, clock):
    board = figures(database, NOVEMBER, clock.now())
    # Seen (attended) from 1 Nov 2025 to 31 Oct 2026: P1 (June), P2 (March); P3's visit is
    # older, Fox has died since, P5 missed hers.  Seen again from 1 November: P1 (A1, A4),
    # not P2 (missed A2).
    assert pair(board, "retention") == (1, 2)


def test_reach_of_patients_on_paper(database, practice_data, clock):
    board = figures(database, NOVEMBER, clock.now())
    # Paper only with a reminder due in November: P4 (A7: letter posted: reached) and P5
    # (a letter printed but never marked posted, and a call that reached her): 1 of 2.
    assert pair(board, "paper_reach") == (1, 2)
    # Only health education: none of those reminders.
    education = figures(database, only(purposes={"health_education"}), clock.now())
    assert pair(education, "paper_reach") == (0, 0)
    assert education.value("paper_reach") is None


def test_messages_per_patient_per_month(database, practice_data, clock):
    board = figures(database, NOVEMBER, clock.now())
    # Left in November: P1 m1 m3 (2), P2 m2 (1), P3 m5 (1), P4 m8 (1), P5 m9 m10 (2):
    # 7 messages over 5 patient-months = 1.4; the 95th percentile of [1,1,1,2,2] by
    # nearest rank is the 5th value (ceil(0.95 x 5) = 5): 2; the most is 2.
    assert pair(board, "messages_per_patient_mean") == (7, 5)
    assert board.value("messages_per_patient_mean") == pytest.approx(1.4)
    assert board.value("messages_per_patient_p95") == 2
    assert board.value("messages_per_patient_max") == 2
    assert board.value("messages_per_patient_mean.2026-11") == pytest.approx(1.4)
    # By SMS only: P1 2, P2 1 = 1.5.
    sms = figures(
        database,
        only(channels={Channel.SMS}),
        clock.now(),
    )
    assert pair(sms, "messages_per_patient_mean") == (3, 2)


def test_purpose_filter_keeps_the_purposes_asked(database, practice_data, clock):
    education = figures(database, only(purposes={"health_education"}), clock.now())
    assert [p.code for p in education.purposes] == ["health_education"]
    assert not education.family("consent_coverage")[1:]
    # The messages were all appointment reminders: none left for health education.
    assert pair(education, "delivery.sms") == (0, 0)
    assert education.value("messages_per_patient_mean") is None


def test_a_period_before_anything_happened_is_empty(database, practice_data, clock):
    board = figures(database, DashboardFilter(date(2025, 1, 1), date(2025, 1, 31)), clock.now())
    assert board.value("nps") is None
    assert pair(board, "survey_response") == (0, 0)
    assert board.value("complaints_received") == 0
    assert board.value("complaints_answer_days") is None


def test_every_figure_says_how_it_is_computed(database, practice_data, clock):
    board = figures(database, NOVEMBER, clock.now())
    for figure in board.figures:
        assert len(figure.how) > 40, figure.key
        assert figure.label
    assert len({f.key for f in board.figures}) == len(board.figures)


def test_coverage_agrees_with_the_ledger_patient_by_patient(database, admin, clock):
    """Random ledgers: the SQL's coverage is what app.consent.derive says per patient."""
    rng = random.Random(3)
    with database.transaction() as session:
        ids = people.add(
            session, at(1, 1), *(people.texting(f"P{n}", date(1980, 1, 1), n) for n in range(40))
        )
        codes = ["health_education", "appointment_reminder", "practice_events"]
        for _ in range(160):
            kind = rng.choice(list(ConsentKind))
            code = (
                None if kind is ConsentKind.OBJECTED and rng.random() < 0.2 else rng.choice(codes)
            )
            when = at(1, 2) + timedelta(hours=rng.randrange(0, 24 * 300))
            consent.record(
                session,
                FixedClock(when),
                admin,
                patient_id=rng.choice(ids),
                purpose_code=code,
                channel=rng.choice([None, *Channel]),
                kind=kind,
                method=ConsentMethod.AT_DESK,
                expires_at=when + timedelta(days=90)
                if kind is ConsentKind.GRANTED and rng.random() < 0.3
                else None,
            )
    end = at(11, 28, 9)
    with database.read_session() as session:
        board = compute(
            session, DashboardFilter(date(2026, 11, 1), date(2026, 11, 30)), PARIS, now=end
        )
        events = consent.events_by_patient(session, ids)
        views = [PurposeView(p.code, p.basis) for p in consent.purposes(session)]
    for view in views:
        expected = sum(
            any(
                consent.state_of(events.get(pid, []), view, channel, end).allowed
                for channel in Channel
            )
            for pid in ids
        )
        assert pair(board, f"consent_coverage.{view.code}") == (expected, 40), view.code


def test_nearest_rank():
    assert nearest_rank({1: 3, 2: 2}, 95) == 2
    assert nearest_rank({1: 19, 5: 1}, 95) == 1  # the 19th of 20 values
    assert nearest_rank({1: 18, 5: 2}, 95) == 5
    assert nearest_rank({}, 95) is None


def test_csv_export_writes_every_figure_and_disarms_formulas(
    database, practice_data, clock, tmp_path
):
    with database.transaction() as session:
        session.execute(
            update(Purpose)
            .where(Purpose.code == "health_education")
            .values(name_en='=HYPERLINK("http://evil.example","click")')
        )
    flt = only(purposes={"health_education"})
    board = figures(database, flt, clock.now())
    path = tmp_path / "dashboard.csv"
    written = export_csv(board, path, labels={"nps": "+Net Promoter Score"})
    with path.open(encoding="utf-8-sig", newline="") as source:
        rows = list(csv.reader(source))
    assert rows[0] == list(dashboard.CSV_COLUMNS)
    assert written == len(board.figures) == len(rows) - 1
    by_key = {row[0]: row for row in rows[1:]}
    coverage = by_key["consent_coverage.health_education"]
    # The purpose's name is in the label and in the filters, never as a formula.
    assert coverage[1] == "'" + '=HYPERLINK("http://evil.example","click") — Consent coverage'
    assert coverage[6] == 'purposes: =HYPERLINK("http://evil.example","click")'
    assert coverage[2:6] == ["0.4", "2", "5", "2026-11-01/2026-11-30"]
    assert by_key["nps"][1] == "'+Net Promoter Score"
    assert by_key["complaints_received"][2] == "3"
    text_cells = [cell for row in rows[1:] for cell in (row[0], row[1], row[6])]
    assert not any(cell.startswith(dashboard.FORMULA_STARTS) for cell in text_cells)


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_safe_cell_disarms_each_formula_start(text):
    assert dashboard.safe_cell(text) == "'" + text
    assert dashboard.safe_cell("Vaccination") == "Vaccination"


def test_status_is_read_today(database, practice_data, clock):
    """A patient who moved away leaves the active patients the next time it is computed."""
    with database.transaction() as session:
        session.execute(
            update(Patient)
            .where(Patient.id == practice_data["p5"])
            .values(status=PatientStatus.MOVED)
        )
    board = figures(database, NOVEMBER, clock.now())
    assert pair(board, "consent_coverage.appointment_reminder") == (4, 4)


def test_an_event_at_the_first_instant_belongs_to_the_period(database, admin, practice_data, clock):
    """Midnight on 1 November in Paris is 23:00 UTC the day before: a withdrawal then is
    November's, and P1 still had the consent "at the start"."""
    with database.transaction() as session:
        record(
            session,
            admin,
            datetime(2026, 10, 31, 23, 0, tzinfo=UTC),
            practice_data["p1"],
            "health_education",
            Channel.SMS,
            ConsentKind.WITHDRAWN,
        )
    board = figures(database, NOVEMBER, clock.now())
    # P2 as before, and now P1: both of the two allowed by SMS on 1 November.
    assert pair(board, "opt_out.health_education.sms") == (2, 2)
    october = figures(database, DashboardFilter(date(2026, 10, 1), date(2026, 10, 31)), clock.now())
    assert pair(october, "opt_out.health_education.sms") == (0, 0)


# -- what is kept for the dashboard follows the messages (app.reach) -----------------------

DECEMBER = DashboardFilter(date(2026, 12, 1), date(2026, 12, 31))
MEETING = datetime(2026, 12, 10, 13, 30, tzinfo=UTC)  # Thursday 14:30 in Paris
AFTER_IT = datetime(2026, 12, 11, 9, 0, tzinfo=UTC)


@pytest.fixture
def smtp():
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture
def gateway():
    server = SmsGateway().start()
    yield server
    server.stop()


def _kept(database):
    """What app.reach keeps, row by row, to compare with a rebuild from the messages."""
    with database.read_session() as session:
        month = MessageMonth.__table__.c
        sizes = MessageMonthSize.__table__.c
        return (
            session.execute(select(*month).order_by(*month)).all(),
            session.execute(select(*sizes).order_by(*sizes)).all(),
            session.execute(
                select(
                    Appointment.id,
                    *reach.REMINDED_AT.values(),
                ).order_by(Appointment.id)
            ).all(),
            session.execute(select(Reminder.id, Reminder.reached_at).order_by(Reminder.id)).all(),
        )


def test_attendance_and_reach_follow_each_message_as_it_leaves(
    database, admin, clock, smtp, gateway
):
    """Through the services that change the facts: the dispatcher sends an SMS and an
    e-mail, the print run prints then posts a letter, the call list reaches a patient, a
    person confirms an unsure message went, an erasure removes a patient; after each,
    attendance, the reach on paper and the messages counted per patient say so, and what
    is kept equals a rebuild from the messages."""
    with database.transaction() as session:
        save_practice(session, clock, admin, PracticeSettings(
            name="Cabinet du Parc", street="4 place Bellecour", postcode="69002", city="Lyon",
            phone="04 78 00 11 22", email="accueil@cabinet-du-parc.fr"))  # fmt: skip
        texting, mailing, paper, phoned, unsure = people.add(
            session,
            at(1, 5),
            people.texting("Alpha", date(1970, 1, 1), 0),
            people.texting("Bravo", date(1971, 1, 1), 1),
            people.paper_only("Delta", date(1940, 1, 1)),
            people.paper_only("Echo", date(1941, 1, 1)),
            people.texting("Golf", date(1960, 1, 1), 7),
        )
        preferences.save(session, clock, admin, mailing, preferences.ContactPreferences(
            channels={"appointment_reminder": [Channel.EMAIL]}))  # fmt: skip
        channel_settings.save(session, clock, admin, channel_settings.from_json({
            "email": smtp.settings(), "sms": gateway.settings(),
            "sms_reply_number": "06 39 98 12 34"}))  # fmt: skip
        booked = {}

    def book(*patients):
        with database.transaction() as session:
            for pid in patients:
                booked[pid] = appointments.create_appointment(
                    session, clock, admin, AppointmentData(pid, MEETING, practitioner="Dr Roux")
                ).id
                appointments.record_outcome(
                    session, FixedClock(AFTER_IT), admin, booked[pid], AppointmentOutcome.ATTENDED
                )

    def attended():
        """With a reminder, without, reach on paper, and messages that left in December."""
        board = figures(database, DECEMBER, AFTER_IT)
        return (
            board.figure("attendance.with_reminder.attended").numerator,
            board.figure("attendance.without_reminder.attended").numerator,
            pair(board, "paper_reach"),
            board.figure("messages_per_patient_mean").numerator or 0,
        )

    book(texting, mailing, paper)
    assert attended() == (0, 3, (0, 1), 0)  # nothing has left; Delta's reminder not reached
    # A week before, Delta's letter is queued for the print run: not left yet.
    dispatch.dispatch(database, FixedClock(datetime(2026, 12, 3, 9, 0, tzinfo=UTC)))
    assert attended() == (0, 3, (0, 1), 0)
    # Two days before, the SMS and the e-mail go.
    sent = dispatch.dispatch(database, FixedClock(datetime(2026, 12, 8, 9, 0, tzinfo=UTC)))
    assert (sent.sent, len(gateway.inbox.requests), len(smtp.inbox.messages)) == (2, 1, 1)
    assert attended() == (2, 1, (0, 1), 2)

    with database.read_session() as session:
        (letter,) = session.scalars(select(Message.id).where(Message.channel == Channel.LETTER))
    printing = FixedClock(datetime(2026, 12, 3, 14, 0, tzinfo=UTC))
    with database.transaction() as session:
        letters.mark_printed(session, printing, admin, [letter])
    # Printed: it left (attendance), but only a posted letter reaches (paper reach).
    assert attended() == (3, 0, (0, 1), 3)
    with database.transaction() as session:
        letters.mark_posted(session, printing, admin, [letter])
    assert attended() == (3, 0, (1, 1), 3)

    # Echo is on the call list; Golf's SMS was left unsure by a crash while sending.
    book(phoned, unsure)
    the_day_before = datetime(2026, 12, 9, 9, 0, tzinfo=UTC)
    with database.transaction() as session:
        reminder_of = dict(
            session.execute(
                select(Reminder.appointment_id, Reminder.id).where(
                    Reminder.appointment_id.in_([booked[phoned], booked[unsure]])
                )
            ).all()
        )
        call = add_message(
            session, clock.now(), phoned, Channel.PHONE, MessageStatus.QUEUED,
            reminder_id=reminder_of[booked[phoned]], scheduled_for=the_day_before,
            expires_at=MEETING,
        )  # fmt: skip
        golf = add_message(
            session, clock.now(), unsure, Channel.SMS, MessageStatus.UNKNOWN,
            reminder_id=reminder_of[booked[unsure]], scheduled_for=the_day_before,
        )  # fmt: skip
    assert attended() == (3, 2, (1, 2), 3)
    ringing = FixedClock(datetime(2026, 12, 9, 10, 0, tzinfo=UTC))
    with database.transaction() as session:
        calls.record_outcome(session, ringing, admin, call, CallOutcome.REACHED)
        calls.mark_delivered(session, ringing, admin, golf)
    assert attended() == (5, 0, (2, 2), 5)
    # Only text messages: Alpha's and Golf's; the others were reminded on other channels.
    sms = figures(database, DashboardFilter(DECEMBER.period_start, DECEMBER.period_end,
                                            channels={Channel.SMS}), AFTER_IT)  # fmt: skip
    assert sms.figure("attendance.with_reminder.attended").denominator == 2
    assert sms.figure("attendance.without_reminder.attended").denominator == 0

    # Moved to before its SMS left: a reminder after the start is none.  Nothing to
    # recompute: the moment it left is kept, not whether that was before.
    with database.transaction() as session:
        session.execute(
            update(Appointment)
            .where(Appointment.id == booked[texting])
            .values(starts_at=datetime(2026, 12, 7, 9, 0, tzinfo=UTC))
        )
    assert attended() == (4, 1, (2, 2), 5)

    kept = _kept(database)
    with database.transaction() as session:
        reach.rebuild(session)
    assert _kept(database) == kept

    with database.transaction() as session:
        rights.erase_patient(session, FixedClock(AFTER_IT), admin, paper)
    # Delta's reminder and appointment go; her letter, emptied, still counts as sent.
    assert attended() == (3, 1, (1, 1), 5)


@pytest.mark.parametrize(
    ("zone", "by_month"),
    [
        # Paris: October's last hour (UTC) is November's first; November's is December's.
        ("Europe/Paris", {"2026-10": {1: 1}, "2026-11": {2: 1, 1: 1}, "2026-12": {1: 2}}),
        # Guadeloupe (UTC-4): UTC's first hours of a month are the practice's last evening.
        ("America/Guadeloupe", {"2026-10": {2: 1, 1: 1}, "2026-11": {1: 1, 2: 1}, "2026-12": {}}),
    ],
)
def test_messages_per_month_are_the_practice_s_months_not_utc_s(database, clock, zone, by_month):
    """Messages a little before and after UTC midnight at the ends of a month, counted in
    the practice's calendar month; the UTC months kept are corrected at both ends."""
    with database.transaction() as session:
        p1, p2, p3 = people.add(
            session,
            at(1, 5),
            people.texting("Alpha", date(1970, 1, 1), 0),
            people.texting("Bravo", date(1971, 1, 1), 1),
            people.texting("Charlie", date(1972, 1, 1), 2),
        )
        sent = [
            add_message(
                session,
                clock.now(),
                patient,
                Channel.SMS,
                MessageStatus.SENT,
                scheduled_for=when,
                sent_at=when,
                updated_at=when,
            )
            for patient, when in [
                (p1, datetime(2026, 10, 31, 23, 30, tzinfo=UTC)),  # Paris: 1 Nov, 00:30
                (p1, datetime(2026, 11, 1, 0, 30, tzinfo=UTC)),  # Guadeloupe: 31 Oct
                (p1, datetime(2026, 11, 30, 23, 30, tzinfo=UTC)),  # Paris: 1 Dec
                (p2, datetime(2026, 11, 30, 22, 30, tzinfo=UTC)),  # Paris: 30 Nov, 23:30
                (p2, datetime(2026, 12, 1, 0, 30, tzinfo=UTC)),  # Guadeloupe: 30 Nov
                (p3, datetime(2026, 10, 31, 22, 30, tzinfo=UTC)),  # Paris: 31 Oct, 23:30
            ]
        ]
        reach.refresh(session, sent)
    after_it = datetime(2027, 1, 5, tzinfo=UTC)
    with database.read_session() as session:
        board = compute(
            session, DashboardFilter(date(2026, 10, 1), date(2026, 12, 31)), ZoneInfo(zone),
            now=after_it,
        )  # fmt: skip
        # Within months (from the 15th to the 15th): grouped from the messages themselves.
        middle = compute(
            session, DashboardFilter(date(2026, 11, 15), date(2026, 12, 15)), ZoneInfo(zone),
            now=after_it,
        )  # fmt: skip
    overall: dict[int, int] = {}
    for month, histogram in by_month.items():
        figure = board.figure(f"messages_per_patient_mean.{month}")
        messages = sum(n * times for n, times in histogram.items())
        assert (figure.numerator, figure.denominator) == (messages, sum(histogram.values()))
        assert board.value(f"messages_per_patient_max.{month}") == (
            max(histogram) if histogram else None
        )
        for n, times in histogram.items():
            overall[n] = overall.get(n, 0) + times
    assert pair(board, "messages_per_patient_mean") == (6, sum(overall.values()))
    # From 15 November to 15 December, both zones: November's part holds p2's 30 November
    # (and, in Guadeloupe, p1's and p2's evenings of the 30th); December's the rest.
    november, december = by_month["2026-11"], by_month["2026-12"]
    if zone == "Europe/Paris":
        november = {1: 1}  # p2 on the 30th only: p1's two are before the 15th
    assert pair(middle, "messages_per_patient_mean.2026-11") == (
        sum(n * t for n, t in november.items()),
        sum(november.values()),
    )
    assert pair(middle, "messages_per_patient_mean.2026-12") == (
        sum(n * t for n, t in december.items()),
        sum(december.values()),
    )


def _read_csv(path, delimiter):
    with path.open(encoding="utf-8-sig", newline="") as source:
        return list(csv.reader(source, delimiter=delimiter))


def test_csv_export_in_french_opens_in_columns_in_french_excel(
    database, practice_data, clock, tmp_path
):
    """French Excel splits on ';' and reads '0,4' as a number; filter words and channel
    names are French, formulas stay disarmed, and the BOM says UTF-8."""
    with database.transaction() as session:
        session.execute(
            update(Purpose).where(Purpose.code == "health_education").values(name_fr="=Info santé")
        )
    flt = only(purposes={"health_education"}, channels={Channel.SMS, Channel.LETTER})
    board = figures(database, flt, clock.now())
    path = tmp_path / "tableau-de-bord.csv"
    written = export_csv(board, path, language="fr")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _read_csv(path, ";")
    assert rows[0] == [
        "clé", "libellé", "valeur", "numérateur", "dénominateur", "période", "filtres",
    ]  # fmt: skip
    assert written == len(board.figures) == len(rows) - 1
    assert all(len(row) == 7 for row in rows)
    by_key = {row[0]: row for row in rows[1:]}
    coverage = by_key["consent_coverage.health_education"]
    # By text or letter, only P1 (every channel) of the five still allows health education.
    assert coverage[2:6] == ["0,2", "1", "5", "2026-11-01/2026-11-30"]
    # The purpose's French name, in the label and the filters, never as a formula.
    assert coverage[1] == "'=Info santé — Consent coverage"
    assert coverage[6] == "finalités : =Info santé ; canaux : SMS, Courrier"
    assert by_key["delivery.letter"][1] == "Courrier — Delivery rate"
    shares = [row[2] for row in rows[1:] if row[2] and not row[2].isdigit()]
    assert shares
    assert not any("." in cell for cell in shares)
    text_cells = [cell for row in rows[1:] for cell in (row[0], row[1], row[6])]
    assert not any(cell.startswith(dashboard.FORMULA_STARTS) for cell in text_cells)
    # Split on commas, as French Excel did with the old file, the headings are one column.
    assert len(_read_csv(path, ",")[0]) == 1


def test_csv_export_in_english_is_as_it_was(database, practice_data, clock, tmp_path):
    flt = only(purposes={"health_education"}, channels={Channel.SMS, Channel.LETTER})
    board = figures(database, flt, clock.now())
    path = tmp_path / "dashboard.csv"
    export_csv(board, path, language="en")
    rows = _read_csv(path, ",")
    assert rows[0] == list(dashboard.CSV_COLUMNS)
    by_key = {row[0]: row for row in rows[1:]}
    coverage = by_key["consent_coverage.health_education"]
    assert coverage[1] == "Health education — Consent coverage"
    assert coverage[2:5] == ["0.2", "1", "5"]
    assert coverage[6] == "purposes: Health education; channels: sms, letter"
    assert by_key["delivery.letter"][1] == "letter — Delivery rate"

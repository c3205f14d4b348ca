"""Satisfaction surveys on a real encrypted database: the cap with the real planner,
answers checked and kept, the slip's reference, the CSV import, the dashboard's figures."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app import outbox, rights, surveys
from app.access import Actor
from app.errors import NotFound, PermissionDenied, ValidationError
from app.survey_form import (
    LANGUAGES,
    ChoiceQuestion,
    InvalidReference,
    default_survey,
    reference_code,
)
from db.models import (
    AuditEvent,
    Channel,
    Message,
    PaperFormat,
    PlanExclusion,
    Reminder,
    Role,
    Survey,
    SurveyAnswer,
    SurveyInvitation,
    SurveyRequest,
)
from tests.helpers import ledger
from tests.helpers.pdf_text import page_texts
from tests.helpers.people import add, paper_only, texting

# What a patient wrote: it must never reach the audit log.
COMMENT = "Zqxcomment: l'accueil au téléphone est parfois sec"


def _typo(code: str) -> str:
    """The code with its first character changed: what the check character catches."""
    first = "1" if code[0] != "1" else "2"
    return first + code[1:]


@pytest.fixture
def people(database, admin, clock) -> dict[str, int]:
    """Three patients who agreed to surveys: two by text message, one on paper only."""
    with database.transaction() as session:
        anne, bruno, chloe = add(
            session,
            clock.now(),
            texting("Asked-Recently", date(1950, 1, 1), 1),
            texting("Asked-Long-Ago", date(1960, 1, 1), 2),
            paper_only("Paper", date(1940, 1, 1)),
        )
        for pid, channel in ((anne, Channel.SMS), (bruno, Channel.SMS), (chloe, Channel.LETTER)):
            ledger.record(session, clock, admin, pid, surveys.PURPOSE, channel)
    return {"anne": anne, "bruno": bruno, "chloe": chloe}


@pytest.fixture
def survey_id(database, clock) -> int:
    with database.transaction() as session:
        return surveys.current_survey(session, clock).id


def _asked(database, survey_id: int, patient_id: int, when: datetime, **extra) -> int:
    """An invitation asked by hand (no message) at ``when``."""
    with database.transaction() as session:
        invitation = SurveyInvitation(
            survey_id=survey_id,
            patient_id=patient_id,
            message_id=None,
            channel=extra.pop("channel", Channel.PHONE),
            asked_at=when,
            answered_at=extra.pop("answered_at", None),
        )
        session.add(invitation)
        session.flush()
        return invitation.id


def _survey_reminder(database, admin, clock, survey_id: int, patient_id: int) -> int:
    """A survey reminder made without invite()'s own check, for the planner to judge."""
    from app import one_off

    with database.transaction() as session:
        reminder = one_off.create(
            session,
            clock,
            admin,
            patient_id=patient_id,
            purpose_code=surveys.PURPOSE,
            due_at=surveys.default_due(session, clock),
            label="",
        )
        session.add(SurveyRequest(reminder_id=reminder.id, survey_id=survey_id))
        return reminder.id


# -- the definition ---------------------------------------------------------------------------


def test_the_shipped_survey_is_created_once_and_reads_back_as_its_forms(
    database, clock, survey_id
) -> None:
    with database.transaction() as session:
        assert surveys.current_survey(session, clock).id == survey_id
        assert session.scalar(select(func.count()).select_from(Survey)) == 1
        for language in LANGUAGES:
            form = surveys.survey_form(session, survey_id, language)
            shipped = default_survey(language)
            assert form.questions == shipped.questions
            assert (form.title, form.introduction) == (shipped.title, shipped.introduction)
            assert form.survey_id == survey_id
        created = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "survey.created")
        ).one()
    assert created.username == "system"


def test_a_survey_whose_languages_ask_different_questions_is_refused(
    database, admin, clock
) -> None:
    french = default_survey("fr")
    english = default_survey("en")
    shorter = type(english)(english.title, english.introduction, english.questions[:2], "en")
    with database.transaction() as session, pytest.raises(ValidationError) as refused:
        surveys.create_survey(session, clock, admin, "Short", {"fr": french, "en": shorter})
    assert refused.value.errors[0].field == "questions"


# -- the frequency cap ------------------------------------------------------------------------


def test_the_planner_leaves_out_a_patient_asked_within_the_cap_and_plans_one_asked_long_ago(
    database, admin, clock, people, survey_id
) -> None:
    now = clock.now()
    _asked(database, survey_id, people["anne"], now - timedelta(days=30))
    _asked(database, survey_id, people["bruno"], now - timedelta(days=100))
    anne_reminder = _survey_reminder(database, admin, clock, survey_id, people["anne"])
    bruno_reminder = _survey_reminder(database, admin, clock, survey_id, people["bruno"])

    with database.transaction() as session:
        outcome = outbox.plan_messages(session, clock)

    planned = {m.patient_id: m for m in outcome.planned}
    assert people["anne"] not in planned
    assert planned[people["bruno"]].channel is Channel.SMS
    (held,) = [e for e in outcome.exclusions if e.reminder_id == anne_reminder]
    assert held.code == "survey_cap"
    assert held.detail["cap_days"] == 90
    assert held.detail["last_asked"] == (now - timedelta(days=30)).isoformat()
    assert held.detail["until"] == (now + timedelta(days=60)).isoformat()
    with database.read_session() as session:
        kept = session.scalars(
            select(PlanExclusion.code).where(PlanExclusion.reminder_id == anne_reminder)
        ).all()
        invitation = session.scalars(
            select(SurveyInvitation).where(SurveyInvitation.message_id.is_not(None))
        ).one()
        message = session.get(Message, invitation.message_id)
    assert kept == ["survey_cap"]  # what Today and the Reminders page show
    # The message that asks is linked to the invitation, with its channel and time.
    assert invitation.patient_id == people["bruno"]
    assert invitation.survey_id == survey_id
    assert invitation.channel is Channel.SMS
    assert message is not None
    assert message.patient_id == people["bruno"]
    assert invitation.asked_at == message.scheduled_for
    assert bruno_reminder in {i.reminder_id for i in outcome.planned[0].items}


def test_a_planned_survey_is_not_held_back_by_its_own_invitation(
    database, admin, clock, people, survey_id
) -> None:
    _survey_reminder(database, admin, clock, survey_id, people["bruno"])
    with database.transaction() as session:
        assert len(outbox.plan_messages(session, clock).created) == 1
    with database.transaction() as session:
        again = outbox.plan_messages(session, clock, dry_run=True)
        invitations = session.scalar(select(func.count()).select_from(SurveyInvitation))
    assert again.planned == []
    assert [e.code for e in again.exclusions] == []
    assert invitations == 1


def test_two_survey_reminders_for_one_patient_in_one_run_ask_once(
    database, admin, clock, people, survey_id
) -> None:
    first = _survey_reminder(database, admin, clock, survey_id, people["bruno"])
    clock_later = type(clock)(clock.now() + timedelta(hours=1))
    second = _survey_reminder(database, admin, clock_later, survey_id, people["bruno"])
    with database.transaction() as session:
        outcome = outbox.plan_messages(session, clock)
    assert [i.reminder_id for m in outcome.planned for i in m.items] == [first]
    assert [(e.reminder_id, e.code) for e in outcome.exclusions] == [(second, "survey_cap")]


def test_the_cap_is_a_setting(database, admin, clock, people, survey_id) -> None:
    _asked(database, survey_id, people["anne"], clock.now() - timedelta(days=30))
    with database.transaction() as session:
        surveys.save_settings(session, clock, admin, surveys.SurveySettings(cap_days=21))
    _survey_reminder(database, admin, clock, survey_id, people["anne"])
    with database.transaction() as session:
        outcome = outbox.plan_messages(session, clock)
        assert surveys.read_settings(session).cap_days == 21
    assert [m.patient_id for m in outcome.planned] == [people["anne"]]
    with database.transaction() as session, pytest.raises(ValidationError):
        surveys.save_settings(session, clock, admin, surveys.SurveySettings(cap_days=2))


def test_a_cancelled_message_asked_nobody(database, admin, clock, people, survey_id) -> None:
    from db.models import MessageStatus

    _survey_reminder(database, admin, clock, survey_id, people["bruno"])
    with database.transaction() as session:
        (message_id,) = outbox.plan_messages(session, clock).created
        session.get(Message, message_id).status = MessageStatus.CANCELLED
    with database.read_session() as session:
        assert surveys.last_asked(session, [people["bruno"]]) == {}


def test_invite_says_who_it_skipped_and_why(database, admin, clock, people, survey_id) -> None:
    now = clock.now()
    _asked(database, survey_id, people["anne"], now - timedelta(days=30))
    with database.transaction() as session:
        outcome = surveys.invite(
            session, clock, admin, None, [people["anne"], people["bruno"], 9999]
        )
    assert outcome.survey_id == survey_id
    assert list(outcome.invited) == [people["bruno"]]
    skipped = {s.patient_id: s for s in outcome.skipped}
    assert skipped[people["anne"]].code == "asked_recently"
    assert skipped[people["anne"]].detail["until"] == (now + timedelta(days=60)).isoformat()
    assert "not again before 2027-01-27" in str(skipped[people["anne"]])
    assert skipped[9999].code == "unknown_patient"
    with database.transaction() as session:
        # Bruno's survey is on its way: asking again makes no second reminder.
        again = surveys.invite(session, clock, admin, survey_id, [people["bruno"]])
        reminders = session.scalar(select(func.count()).select_from(Reminder))
        request = session.get(SurveyRequest, outcome.invited[people["bruno"]])
    assert [s.code for s in again.skipped] == ["pending"]
    assert reminders == 1
    assert request is not None
    assert request.survey_id == survey_id
    # Planned, it goes by text on the due day (the purpose is consent-based: SMS agreed).
    with database.transaction() as session:
        (message,) = outbox.plan_messages(session, clock).planned
    assert message.channel is Channel.SMS
    assert message.reason["basis"] == "consent"


def test_invite_skips_a_patient_who_agreed_to_surveys_on_no_channel(
    database, admin, clock, people, survey_id
) -> None:
    with database.transaction() as session:
        (dora,) = add(session, clock.now(), texting("No-Consent", date(1970, 1, 1), 4))
        outcome = surveys.invite(session, clock, admin, survey_id, [dora, people["chloe"]])
    assert list(outcome.invited) == [people["chloe"]]
    assert [(s.patient_id, s.code) for s in outcome.skipped] == [(dora, "no_consent")]


def test_a_paper_invitation_prints_as_the_survey_form(
    database, admin, clock, people, survey_id
) -> None:
    with database.transaction() as session:
        surveys.invite(session, clock, admin, survey_id, [people["chloe"]])
        (message_id,) = outbox.plan_messages(session, clock).created
        forms = surveys.forms_for_letters(session, [message_id, 12345])
        assert list(forms) == [message_id]
        form = forms[message_id]
        printed = surveys.survey_letters(session, [12345, message_id], date(2026, 11, 28))
        pdf = printed.pdf
        (pages,) = [count for _first, count in printed.spans.values()]
    assert form.language == "fr"
    assert form.survey_id == survey_id
    assert any(isinstance(q, ChoiceQuestion) for q in form.questions)
    text = " ".join(page_texts(pdf))
    assert reference_code(survey_id, people["chloe"]) in text
    assert printed.references == {message_id: reference_code(survey_id, people["chloe"])}
    assert "Votre avis sur le cabinet" in text
    assert "Coupon-réponse" in text
    assert printed.spans == {message_id: (0, pages)}
    assert len(PdfReader(BytesIO(pdf)).pages) == pages


# -- answers --------------------------------------------------------------------------------

GOOD = {"nps": 9, "useful": "4", "channel": "sms", "timing": 2, "comment": COMMENT}


def test_answers_keyed_in_from_the_slip_are_kept_and_read_back(
    database, admin, clock, people, survey_id
) -> None:
    code = reference_code(survey_id, people["anne"])
    with database.transaction() as session:
        recorded = surveys.record_answers(session, clock, admin, code.lower(), GOOD, "paper")
    with database.read_session() as session:
        invitation = session.get(SurveyInvitation, recorded.invitation_id)
        answers = surveys.answers_of(session, recorded.invitation_id)
    assert recorded.changed
    assert not recorded.replaced
    assert invitation is not None
    assert invitation.answered_at == clock.now()
    # Handed over at the desk (no message asked): an invitation without a message.
    assert invitation.message_id is None
    assert invitation.channel is Channel.LETTER
    # "sms" is the second option ("SMS" in French, "Text message" in English).
    assert answers == {"nps": 9, "useful": 4, "channel": 2, "timing": 2, "comment": COMMENT}


def test_every_bad_answer_is_located_by_its_question(
    database, admin, clock, people, survey_id
) -> None:
    code = reference_code(survey_id, people["anne"])
    bad = {"nps": 11, "useful": 6, "channel": "pigeon", "timing": "soon", "colour": "blue"}
    with database.transaction() as session, pytest.raises(ValidationError) as refused:
        surveys.record_answers(session, clock, admin, code, bad, "paper")
    found = {(e.field, e.code) for e in refused.value.errors}
    assert found == {
        ("nps", "out_of_range"),
        ("useful", "out_of_range"),
        ("channel", "unknown_choice"),
        ("timing", "unknown_choice"),
        ("colour", "unknown_question"),
    }
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(SurveyAnswer)) == 0


def test_a_typo_in_the_reference_is_caught_not_filed_under_someone_else(
    database, admin, clock, people, survey_id
) -> None:
    code = reference_code(survey_id, people["anne"])
    with database.transaction() as session, pytest.raises(InvalidReference) as typo:
        surveys.record_answers(session, clock, admin, _typo(code), GOOD, "paper")
    assert "does not check out" in str(typo.value)
    unknown = reference_code(survey_id, 4242)
    with database.transaction() as session, pytest.raises(NotFound):
        surveys.record_answers(session, clock, admin, unknown, GOOD, "paper")


def test_keying_in_again_replaces_the_answers_only_when_asked_and_the_audit_never_holds_them(
    database, admin, clock, people, survey_id
) -> None:
    invitation_id = _asked(database, survey_id, people["anne"], clock.now())
    with database.transaction() as session:
        surveys.record_answers(session, clock, admin, invitation_id, GOOD, "phone")
    with database.transaction() as session:
        same = surveys.record_answers(session, clock, admin, invitation_id, GOOD, "phone")
    clock.advance(hours=1)
    with database.transaction() as session, pytest.raises(surveys.AlreadyAnswered) as asked:
        surveys.record_answers(
            session, clock, admin, invitation_id, {"nps": 7, "comment": COMMENT}, "phone"
        )
    assert asked.value.invitation_id == invitation_id
    assert asked.value.saved_by == admin.username
    assert asked.value.answered_at == asked.value.saved_at == clock.now() - timedelta(hours=1)
    with database.read_session() as session:
        assert surveys.answers_of(session, invitation_id)["nps"] == 9  # nothing was written
    with database.transaction() as session:
        fixed = surveys.record_answers(
            session,
            clock,
            admin,
            invitation_id,
            {"nps": 7, "comment": COMMENT},
            "phone",
            replace=True,
        )
    assert not same.changed
    assert fixed.changed
    assert fixed.replaced
    with database.read_session() as session:
        assert surveys.answers_of(session, invitation_id) == {"nps": 7, "comment": COMMENT}
        # A correction of the same slip: the answer's day stays the first one's.
        assert session.get(SurveyInvitation, invitation_id).answered_at == clock.now() - timedelta(
            hours=1
        )
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "survey.answered")
        ).all()
        every_detail = " ".join(str(e.details) for e in session.scalars(select(AuditEvent)))
    assert [e.details["replaced"] for e in events] == [False, True]
    assert events[1].details["questions"] == ["comment", "nps"]
    assert "Zqxcomment" not in every_detail


def test_a_phone_answer_picks_the_patient_and_the_survey(
    database, admin, clock, people, survey_id
) -> None:
    with database.transaction() as session:
        invitation = surveys.open_invitation(session, clock, admin, people["bruno"], survey_id)
        # Not answered yet: the same invitation (the call dropped, called back).
        same = surveys.open_invitation(session, clock, admin, people["bruno"], survey_id)
        surveys.record_answers(session, clock, admin, invitation.id, {"nps": 3}, "phone")
        again = surveys.open_invitation(session, clock, admin, people["bruno"], survey_id)
    assert same.id == invitation.id
    assert again.id != invitation.id  # answered: the next call is a new round
    assert invitation.channel is Channel.PHONE


# -- the CSV of an online form tool ---------------------------------------------------------


def _csv(survey_id: int, people: dict[str, int]) -> bytes:
    anne = reference_code(survey_id, people["anne"])
    bruno = reference_code(survey_id, people["bruno"])
    chloe = reference_code(survey_id, people["chloe"])
    question = "Quelle est la probabilité que vous recommandiez le cabinet à un ami"
    lines = [
        f'Horodateur;Référence;"{question} ou à un membre de votre famille ?";useful;'
        "channel;comment",
        f"28/11/2026 10:00;{anne};10;5;Courrier;Très bien",
        f"28/11/2026 10:05;{_typo(bruno)};8;4;SMS;",
        f"28/11/2026 10:06;{bruno};11;4;SMS;",
        f"28/11/2026 10:07;{chloe};6;2;Pigeon voyageur;",
        f"28/11/2026 10:08;{reference_code(survey_id, 4242)};9;5;SMS;",
        f"28/11/2026 10:09;{chloe};6;2;E-mail;Trop de rappels",
    ]
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def test_a_csv_import_reports_each_bad_row_by_line_and_column_and_keeps_the_good_ones(
    database, admin, clock, people, survey_id
) -> None:
    with database.transaction() as session:
        report = surveys.import_answers(session, clock, admin, _csv(survey_id, people))
    assert report.encoding == "cp1252"
    assert report.delimiter == ";"
    assert report.rows_read == 6
    assert (report.imported, report.unchanged, report.rejected) == (2, 0, 4)
    located = [(e.row, e.column, e.code) for e in report.errors]
    assert located == [
        (3, "Référence", "bad_reference"),
        (4, report_column(report, "nps"), "out_of_range"),
        (5, "channel", "unknown_choice"),
        (6, "Référence", "unknown_reference"),
    ]
    assert "Horodateur" in report.ignored_columns
    with database.read_session() as session:
        kept = {
            pid: surveys.answers_of(session, iid)
            for iid, pid in session.execute(
                select(SurveyInvitation.id, SurveyInvitation.patient_id)
            )
        }
    assert kept == {
        people["anne"]: {"nps": 10, "useful": 5, "channel": 4, "comment": "Très bien"},
        people["chloe"]: {"nps": 6, "useful": 2, "channel": 3, "comment": "Trop de rappels"},
    }


def report_column(report: surveys.AnswerImportReport, key: str) -> str:
    return next(header for header, name in report.columns.items() if name == key)


def test_importing_the_same_file_again_changes_nothing(
    database, admin, clock, people, survey_id
) -> None:
    data = _csv(survey_id, people)
    with database.transaction() as session:
        surveys.import_answers(session, clock, admin, data)
    with database.read_session() as session:
        before = session.execute(
            select(SurveyAnswer.id, SurveyAnswer.number, SurveyAnswer.text)
        ).all()
    clock.advance(hours=2)
    with database.transaction() as session:
        again = surveys.import_answers(session, clock, admin, data)
    with database.read_session() as session:
        after = session.execute(
            select(SurveyAnswer.id, SurveyAnswer.number, SurveyAnswer.text)
        ).all()
        answered = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "survey.answered")
        ).all()
    assert (again.imported, again.unchanged, again.rejected) == (0, 2, 4)
    assert after == before
    assert len(answered) == 2


def test_a_csv_may_name_the_patient_and_the_survey_instead_of_a_reference(
    database, admin, clock, people, survey_id
) -> None:
    data = (
        "\ufeffpatient,survey,nps,timing\n"
        f"{people['bruno']},{survey_id},9,At the right time\n"
        f"{people['bruno'] + 100},{survey_id},9,Too late\n"
    ).encode()
    with database.transaction() as session:
        report = surveys.import_answers(session, clock, admin, data)
    assert report.encoding == "utf-8-sig"
    assert report.imported == 1
    assert [(e.row, e.column, e.code) for e in report.errors] == [
        (3, "patient", "unknown_reference")
    ]


def test_a_csv_without_a_reference_column_is_refused_whole(database, admin, clock) -> None:
    with database.transaction() as session:
        surveys.current_survey(session, clock)
        with pytest.raises(ValidationError) as refused:
            surveys.import_answers(session, clock, admin, b"name;nps\nDupont;9\n")
    assert refused.value.errors[0].code == "no_reference"


# -- figures for the dashboard ----------------------------------------------------------------

PARIS = ZoneInfo("Europe/Paris")
NOVEMBER = datetime(2026, 11, 1, tzinfo=UTC)
DECEMBER = datetime(2026, 12, 1, tzinfo=UTC)


def test_response_rate_and_nps_computed_by_hand(database, admin, clock, people, survey_id) -> None:
    """Six invitations in November on three channels, one in October; scores by hand."""
    asked = [
        # (channel, asked on, answered?, nps)
        (Channel.SMS, datetime(2026, 11, 2, 9, tzinfo=UTC), True, 10),
        (Channel.SMS, datetime(2026, 11, 3, 9, tzinfo=UTC), True, 9),
        (Channel.SMS, datetime(2026, 11, 4, 9, tzinfo=UTC), False, None),
        (Channel.LETTER, datetime(2026, 11, 5, 9, tzinfo=UTC), True, 3),
        (Channel.LETTER, datetime(2026, 11, 6, 9, tzinfo=UTC), False, None),
        (Channel.PHONE, datetime(2026, 11, 7, 9, tzinfo=UTC), True, 7),
        (Channel.EMAIL, datetime(2026, 10, 7, 9, tzinfo=UTC), True, 0),  # October
    ]
    for channel, when, answered, score in asked:
        iid = _asked(database, survey_id, people["anne"], when, channel=channel)
        if answered:
            with database.transaction() as session:
                at = type(clock)(when + timedelta(days=1))
                surveys.record_answers(session, at, admin, iid, {"nps": score}, "paper")

    with database.read_session() as session:
        rates = surveys.response_rates(session, NOVEMBER, DECEMBER)
        figure = surveys.nps(session, NOVEMBER, DECEMBER)
        months = surveys.nps_by_month(
            session, datetime(2026, 10, 1, tzinfo=PARIS), datetime(2026, 12, 1, tzinfo=PARIS), PARIS
        )
    assert {c: (r.asked, r.answered) for c, r in rates.items()} == {
        Channel.SMS: (3, 2),
        Channel.LETTER: (2, 1),
        Channel.PHONE: (1, 1),
    }
    assert rates[Channel.SMS].rate == pytest.approx(2 / 3)
    # November's answers: 10, 9 (promoters), 7 (passive), 3 (detractor): (2 - 1) / 4.
    assert (figure.answers, figure.promoters, figure.passives, figure.detractors) == (4, 2, 1, 1)
    assert figure.score == pytest.approx(25.0)
    # October: one answer of 0 (detractor): -100.  Every month listed.
    assert [(m, f.answers, f.score) for m, f in months] == [
        (date(2026, 10, 1), 1, -100.0),
        (date(2026, 11, 1), 4, 25.0),
    ]
    with database.read_session() as session:
        assert surveys.nps(session, DECEMBER, DECEMBER + timedelta(days=31)).score is None


# -- erasure -----------------------------------------------------------------------------


def test_erasing_a_patient_deletes_their_invitations_with_their_answers(
    database, admin, clock, people, survey_id
) -> None:
    code = reference_code(survey_id, people["anne"])
    with database.transaction() as session:
        surveys.record_answers(session, clock, admin, code, GOOD, "paper")
        surveys.invite(session, clock, admin, survey_id, [people["bruno"]])
    with database.transaction() as session:
        report = rights.erase_patient(session, clock, admin, people["anne"])
    assert report.survey_invitations == 1
    with database.read_session() as session:
        left = session.scalars(select(SurveyInvitation.patient_id)).all()
        answers = session.scalar(select(func.count()).select_from(SurveyAnswer))
        erased = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "patient.erased")
        ).one()
    assert left == []  # Bruno's survey is not planned yet: no invitation
    assert answers == 0
    assert erased.details["survey_invitations"] == 1


def test_invitations_list_for_the_surveys_tab(database, admin, clock, people, survey_id) -> None:
    _asked(database, survey_id, people["anne"], clock.now() - timedelta(days=2))
    code = reference_code(survey_id, people["bruno"])
    with database.transaction() as session:
        surveys.record_answers(session, clock, admin, code, {"nps": 8}, "paper")
    with database.read_session() as session:
        rows = surveys.invitation_list(session)
        unanswered = surveys.invitation_list(session, answered=False)
        (info,) = surveys.list_surveys(session)
    assert [r.patient_name for r in rows] == ["ASKED-LONG-AGO Hélène", "ASKED-RECENTLY Hélène"]
    assert rows[0].reference == code
    assert rows[0].answered_at == clock.now()
    assert [r.patient_id for r in unanswered] == [people["anne"]]
    assert (info.invited, info.answered) == (2, 1)
    assert info.question_keys == ("nps", "useful", "channel", "timing", "comment")


def test_an_invitation_by_text_message_renders_the_survey_question(
    database, admin, clock, people, survey_id
) -> None:
    from app import message_render
    from app.settings import load_practice

    with database.transaction() as session:
        surveys.invite(session, clock, admin, survey_id, [people["bruno"]])
        (message_id,) = outbox.plan_messages(session, clock).created
        message = session.get(Message, message_id)
        rendered = message_render.render(session, message, load_practice(session))
    assert "recommanderiez-vous le cabinet à un proche" in rendered.body
    assert "0 à 10" in rendered.body


# -- the practice's own surveys (the survey designer) ----------------------------------------


def _own_definition() -> dict:
    forms = {language: default_survey(language) for language in LANGUAGES}
    return surveys.definition_of(forms)


def test_a_word_missing_in_english_is_refused_at_its_field_and_nothing_is_saved(
    database, admin, clock, survey_id
) -> None:
    definition = _own_definition()
    definition["questions"][2]["options"]["en"] = ["As now", " "]
    definition["questions"][1]["high_label"]["en"] = ""
    definition["title"]["en"] = ""
    with pytest.raises(ValidationError) as refused:
        surveys.forms_from(definition)
    assert {(e.field, e.code) for e in refused.value.errors} == {
        ("title.en", "required"),
        ("questions.1.high_label.en", "required"),
        ("questions.2.options.en", "required"),
    }
    # create_survey refuses the same words, from forms made without the designer.
    empty_text = dataclasses.replace(default_survey("en").questions[4], text="")
    english = default_survey("en")
    english = dataclasses.replace(english, questions=[*english.questions[:4], empty_text])
    with database.transaction() as session, pytest.raises(ValidationError) as refused:
        surveys.create_survey(
            session, clock, admin, "Sans anglais", {"fr": default_survey("fr"), "en": english}
        )
    assert [e.field for e in refused.value.errors] == ["questions.4.text.en"]
    with database.read_session() as session:
        assert session.scalars(select(Survey.id)).all() == [survey_id]


def test_a_survey_too_long_for_its_sheet_is_refused_before_it_is_saved(
    database, admin, clock, survey_id
) -> None:
    definition = _own_definition()
    for number in range(6):
        definition["questions"].append(
            {
                "key": f"more{number}",
                "kind": "text",
                "text": {"fr": f"Autre remarque {number} ?", "en": f"Another remark {number}?"},
                "lines": 8,
            }
        )
    forms = surveys.forms_from(definition)
    with database.read_session() as session:
        _pdf, pages = surveys.sample_form(
            session, forms["fr"], PaperFormat.STANDARD, date(2026, 11, 28)
        )
        assert pages > surveys.FORM_PAGES
        shipped = {language: default_survey(language) for language in LANGUAGES}
        assert surveys.paper_fit(session, shipped) == []
    with database.transaction() as session, pytest.raises(ValidationError) as refused:
        surveys.create_survey(session, clock, admin, "Trop long", forms)
    assert {e.code for e in refused.value.errors} == {"too_long_for_paper"}
    assert f"{pages} pages" in refused.value.errors[0].message


def test_a_new_survey_becomes_current_and_a_retired_one_steps_aside(
    database, admin, clock, survey_id
) -> None:
    definition = _own_definition()
    definition["questions"] = definition["questions"][:2]
    with database.transaction() as session:
        new_id = surveys.create_survey(
            session, clock, admin, "Courte", surveys.forms_from(definition)
        ).id
        assert surveys.current_survey(session, clock).id == new_id
    with database.transaction() as session:
        surveys.set_active(session, clock, admin, new_id, False)
        assert surveys.current_survey(session, clock).id == survey_id
        # The last one in use stays: otherwise the shipped survey would come back unasked.
        with pytest.raises(surveys.SurveyError, match="only survey in use"):
            surveys.set_active(session, clock, admin, survey_id, False)
        surveys.set_active(session, clock, admin, new_id, True)
        assert surveys.current_survey(session, clock).id == new_id
        actions = session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.entity == "survey", AuditEvent.entity_id == new_id)
            .order_by(AuditEvent.id)
        ).all()
    assert actions == ["survey.created", "survey.retired", "survey.reactivated"]
    nadia = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)
    with database.transaction() as session, pytest.raises(PermissionDenied):
        surveys.set_active(session, clock, nadia, new_id, False)


# -- rounds: an answer goes to the invitation it answers (issue 6 audit) -----------------------


def _nps_by_month(session) -> list[tuple[date, int, float | None]]:
    months = surveys.nps_by_month(
        session, datetime(2026, 11, 1, tzinfo=PARIS), datetime(2027, 7, 1, tzinfo=PARIS), PARIS
    )
    return [(month, f.answers, f.score) for month, f in months if f.answers]


def test_a_call_months_later_is_a_new_round_and_the_first_answers_stay_in_their_month(
    database, admin, clock, people, survey_id
) -> None:
    with database.transaction() as session:
        first = surveys.open_invitation(session, clock, admin, people["bruno"], survey_id)
        surveys.record_answers(
            session, clock, admin, first.id, {"nps": 3, "comment": "bad"}, "phone"
        )
        first_id = first.id
    later = type(clock)(clock.now() + timedelta(days=200))  # 16 June 2027
    with database.transaction() as session:
        second = surveys.open_invitation(session, later, admin, people["bruno"], survey_id)
        recorded = surveys.record_answers(session, later, admin, second.id, {"nps": 10}, "phone")
        second_id = second.id
    assert second_id != first_id
    assert recorded.changed
    assert not recorded.replaced
    with database.read_session() as session:
        assert surveys.answers_of(session, first_id) == {"nps": 3, "comment": "bad"}
        assert surveys.answers_of(session, second_id) == {"nps": 10}
        answered = {
            iid: at
            for iid, at in session.execute(
                select(SurveyInvitation.id, SurveyInvitation.answered_at)
            )
        }
        assert surveys.rounds_of(session, [first_id, second_id]) == {first_id: 1, second_id: 2}
        codes = [
            surveys.invitation_reference(session, session.get(SurveyInvitation, iid))
            for iid in (first_id, second_id)
        ]
        months = _nps_by_month(session)
    assert answered == {first_id: clock.now(), second_id: later.now()}
    assert codes == [
        reference_code(survey_id, people["bruno"], 1),
        reference_code(survey_id, people["bruno"], 2),
    ]
    assert codes[0] != codes[1]
    # November: the detractor alone; June: the promoter alone.
    assert months == [(date(2026, 11, 1), 1, -100.0), (date(2027, 6, 1), 1, 100.0)]


def test_a_late_slip_from_the_first_round_is_filed_under_the_first_round(
    database, admin, clock, people, survey_id
) -> None:
    asked_first = clock.now() - timedelta(days=150)
    first_id = _asked(database, survey_id, people["anne"], asked_first, channel=Channel.LETTER)
    second_id = _asked(database, survey_id, people["anne"], clock.now(), channel=Channel.LETTER)
    first_slip = reference_code(survey_id, people["anne"], 1)
    second_slip = reference_code(survey_id, people["anne"], 2)
    with database.transaction() as session:
        late = surveys.record_answers(session, clock, admin, first_slip, {"nps": 6}, "paper")
    clock.advance(days=10)
    with database.transaction() as session:
        current = surveys.record_answers(session, clock, admin, second_slip, {"nps": 9}, "paper")
    assert (late.invitation_id, current.invitation_id) == (first_id, second_id)
    with database.read_session() as session:
        assert surveys.answers_of(session, first_id) == {"nps": 6}
        assert surveys.answers_of(session, second_id) == {"nps": 9}
        rows = {row.id: row for row in surveys.invitation_list(session)}
    assert rows[first_id].reference == first_slip
    assert rows[second_id].reference == second_slip
    assert (rows[first_id].round_number, rows[second_id].round_number) == (1, 2)


def test_a_code_printed_before_rounds_still_names_the_latest_invitation(
    database, admin, clock, people, survey_id
) -> None:
    from app.survey_form import parse_reference, survey_patient_code

    old = survey_patient_code(survey_id, people["anne"])
    assert len(old.replace("-", "")) == 8
    assert parse_reference(old).round_number is None
    with database.transaction() as session:
        # No invitation yet (handed over at the desk): it opens one, as it always did.
        opened = surveys.record_answers(session, clock, admin, old, {"nps": 8}, "paper")
    later_id = _asked(database, survey_id, people["anne"], clock.now() + timedelta(days=1))
    with database.transaction() as session:
        latest = surveys.record_answers(session, clock, admin, old, {"nps": 4}, "paper")
    assert latest.invitation_id == later_id != opened.invitation_id
    with database.read_session() as session:
        assert surveys.answers_of(session, opened.invitation_id) == {"nps": 8}
        # Keyed in again with other answers: the latest is answered, so it must be asked.
        with pytest.raises(surveys.AlreadyAnswered):
            surveys.record_answers(session, clock, admin, old, {"nps": 5}, "paper")


def test_a_round_code_names_its_round_the_next_one_opens_it_and_one_further_is_refused(
    database, admin, clock, people, survey_id
) -> None:
    first_id = _asked(database, survey_id, people["chloe"], clock.now() - timedelta(days=100))
    with database.transaction() as session:
        # Round 2, printed on a form handed over at the desk: opens the invitation.
        desk = surveys.record_answers(
            session,
            clock,
            admin,
            reference_code(survey_id, people["chloe"], 2),
            {"nps": 9},
            "paper",
        )
    assert desk.invitation_id != first_id
    with database.transaction() as session, pytest.raises(surveys.RoundNotFound) as refused:
        surveys.record_answers(
            session,
            clock,
            admin,
            reference_code(survey_id, people["chloe"], 4),
            {"nps": 9},
            "paper",
        )
    assert (refused.value.round_number, refused.value.asked) == (4, 2)
    with database.read_session() as session:
        assert surveys.answers_of(session, first_id) == {}
        assert session.scalar(select(func.count()).select_from(SurveyInvitation)) == 2


def test_a_csv_row_for_an_answered_invitation_is_reported_unless_the_same(
    database, admin, clock, people, survey_id
) -> None:
    code = reference_code(survey_id, people["anne"])
    first = f"reference;nps;comment\n{code};9;Bien\n".encode()
    with database.transaction() as session:
        surveys.import_answers(session, clock, admin, first)
    clock.advance(days=30)
    other = f"reference;nps;comment\n{code};2;Bien\n".encode()
    with database.transaction() as session:
        report = surveys.import_answers(session, clock, admin, other)
    assert (report.imported, report.unchanged, report.rejected) == (0, 0, 1)
    (error,) = report.errors
    assert (error.row, error.column, error.code) == (2, "reference", "already_answered")
    assert "already answered on 2026-11-28" in error.message
    assert isinstance(error, surveys.AnswerRowError)
    assert error.params["by"] == admin.username
    assert error.params["date"].startswith("2026-11-28")
    # The answers it has: nothing to do, nothing said.
    same = f"reference;nps;comment\n{code};9;Bien\n".encode()
    with database.transaction() as session:
        again = surveys.import_answers(session, clock, admin, same)
    assert (again.imported, again.unchanged, again.rejected) == (0, 1, 0)
    with database.read_session() as session:
        (invitation_id,) = session.scalars(select(SurveyInvitation.id)).all()
        assert surveys.answers_of(session, invitation_id) == {"nps": 9, "comment": "Bien"}


def test_answers_nobody_asked_for_are_left_out_of_the_response_rate(
    database, admin, clock, people, survey_id
) -> None:
    """An e-mail invitation answered, one not; a CSV row for a patient never asked."""
    asked_id = _asked(database, survey_id, people["anne"], clock.now(), channel=Channel.EMAIL)
    _asked(database, survey_id, people["chloe"], clock.now(), channel=Channel.EMAIL)
    data = (
        f"patient;survey;nps\n{people['anne']};{survey_id};10\n{people['bruno']};{survey_id};8\n"
    ).encode()
    with database.transaction() as session:
        report = surveys.import_answers(session, clock, admin, data)
    assert (report.imported, report.rejected) == (2, 0)
    with database.read_session() as session:
        opened = session.execute(
            select(SurveyInvitation.patient_id, SurveyInvitation.opened_by_answer)
        ).all()
        rates = surveys.response_rates(session, NOVEMBER, DECEMBER)
        figure = surveys.nps(session, NOVEMBER, DECEMBER)
        cap = surveys.last_asked(session, list(people.values()))
        listed = {row.patient_id: row.opened_by_answer for row in surveys.invitation_list(session)}
        answered_asked = surveys.answers_of(session, asked_id)
    assert sorted(opened) == sorted(
        [(people["anne"], False), (people["chloe"], False), (people["bruno"], True)]
    )
    assert answered_asked == {"nps": 10}
    # Asked: Anne and Chloé; answered: Anne.  Bruno's answer is neither (it would be 2/3).
    assert {c: (r.asked, r.answered) for c, r in rates.items()} == {Channel.EMAIL: (2, 1)}
    assert figure.answers == 2  # his score still counts in the NPS
    assert people["bruno"] not in cap  # nobody asked him: no frequency cap to honour
    assert listed[people["bruno"]] is True


@pytest.mark.file_only
def test_migration_0020_marks_the_invitations_a_csv_row_opened_before(tmp_path) -> None:
    """Before 0020 a CSV row matching no invitation opened one by e-mail without a message,
    answered the moment it was opened: those, and only those, are marked."""
    from sqlalchemy import text

    from db import schema
    from db.engine import create_encrypted_engine
    from db.keys import DataKey

    engine = create_encrypted_engine(tmp_path / "0019.relais", DataKey.generate())
    schema.upgrade(engine, "0019")
    at = "2026-11-02 09:00:00.000000"
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO patient (id, last_name, first_name, birth_date, sex, status, language,"
                " sort_key, created_at, updated_at, no_digital_access, needs_call, large_print,"
                " easy_read) VALUES (1, 'Ancien', 'Jules', '1940-02-03', 'male', 'active', 'fr',"
                " 'ancien jules', :at, :at, 0, 0, 0, 0)"
            ),
            {"at": at},
        )
        connection.execute(
            text(
                "INSERT INTO survey (id, name, definition, active, created_at, created_by)"
                " VALUES (1, 'Avis', '{}', 1, :at, 'test')"
            ),
            {"at": at},
        )
        # 1: opened by a CSV row; 2: asked by e-mail at the desk, answered from a CSV later;
        # 3: asked on a call and answered then.
        for iid, channel, answered, source in (
            (1, "email", at, "csv"),
            (2, "email", "2026-11-09 09:00:00.000000", "csv"),
            (3, "phone", at, "phone"),
        ):
            connection.execute(
                text(
                    "INSERT INTO survey_invitation (id, survey_id, patient_id, message_id,"
                    " channel, asked_at, answered_at) VALUES (:id, 1, 1, NULL, :channel, :at,"
                    " :answered)"
                ),
                {"id": iid, "channel": channel, "at": at, "answered": answered},
            )
            connection.execute(
                text(
                    "INSERT INTO survey_answer (invitation_id, question_key, number, source,"
                    " recorded_at, recorded_by) VALUES (:id, 'nps', 9, :source, :at, 'test')"
                ),
                {"id": iid, "source": source, "at": answered},
            )
    schema.upgrade(engine, "0020")
    with engine.connect() as connection:
        marked = connection.execute(
            text("SELECT id, opened_by_answer FROM survey_invitation ORDER BY id")
        ).all()
    engine.dispose()
    assert [(iid, bool(flag)) for iid, flag in marked] == [(1, True), (2, False), (3, False)]

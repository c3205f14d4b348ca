"""The planner: concrete cases a receptionist would check, then properties over random practices."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import consent
from app.consent import EventView, PurposeView
from app.holidays import french_public_holidays, is_public_holiday
from app.planner import (
    MONTH,
    WEEK,
    Contact,
    DueReminder,
    PatientFacts,
    PlannerInput,
    PlannerSettings,
    is_quiet,
    lead_delta,
    plan,
)
from app.preferences import ContactPreferences
from db.models import Channel, ConsentKind, ContactKind, LawfulBasis, PatientStatus

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)  # a Monday, 9:00 in Paris
APPOINTMENT = PurposeView("appointment_reminder", LawfulBasis.CARE)
VACCINATION = PurposeView("vaccination", LawfulBasis.CARE)
EDUCATION = PurposeView("health_education", LawfulBasis.CONSENT)
PURPOSES = (
    APPOINTMENT,
    PurposeView("medication_reminder", LawfulBasis.CARE),
    PurposeView("screening_recall", LawfulBasis.CARE),
    VACCINATION,
    EDUCATION,
    PurposeView("satisfaction_survey", LawfulBasis.CONSENT),
    PurposeView("practice_events", LawfulBasis.CONSENT),
)
EVERY_CONTACT = (
    Contact(ContactKind.MOBILE, "+33612345678"),
    Contact(ContactKind.EMAIL, "helene@exemple.fr"),
    Contact(ContactKind.POSTAL, "3 rue des Lilas, 69003 Lyon"),
)


def patient(pid: int = 1, **changes) -> PatientFacts:
    facts = {
        "id": pid,
        "status": PatientStatus.ACTIVE,
        "language": "fr",
        "preferences": ContactPreferences(),
        "contacts": EVERY_CONTACT,
        "consent_events": (),
    }
    facts.update(changes)
    return PatientFacts(**facts)


def appointment(rid: int, due: datetime, pid: int = 1, purpose=APPOINTMENT) -> DueReminder:
    return DueReminder(rid, pid, purpose, due, label="Dr Martin")


def run(reminders, patients, **extra) -> tuple:
    result = plan(
        PlannerInput(
            now=extra.pop("now", NOW),
            reminders=reminders,
            patients={p.id: p for p in patients},
            **extra,
        )
    )
    return result.messages, result.exclusions


def paris(day: int, hour: int, minute: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=PARIS).astimezone(UTC)


def test_lead_times_read_as_iso_durations() -> None:
    assert lead_delta("P7D") == timedelta(days=7)
    assert lead_delta("PT2H") == timedelta(hours=2)
    assert lead_delta("P0D") == timedelta(0)
    with pytest.raises(ValueError, match="not a lead time"):
        lead_delta("7 days")


def test_french_public_holidays_follow_easter() -> None:
    days = french_public_holidays(2027)
    assert len(days) == 11
    assert datetime(2027, 3, 29).date() in days  # Easter Monday 2027
    assert datetime(2027, 5, 6).date() in days  # Ascension
    assert datetime(2027, 5, 17).date() in days  # Whit Monday
    assert is_public_holiday(datetime(2026, 12, 25).date())


def test_an_appointment_gets_sms_two_days_and_the_day_before_at_ten() -> None:
    messages, exclusions = run([appointment(1, paris(10, 14, 30))], [patient()])
    assert exclusions == []
    assert [(m.channel, m.send_at, m.items[0].lead) for m in messages] == [
        (Channel.SMS, paris(8, 10), "P2D"),
        (Channel.SMS, paris(9, 10), "P1D"),
    ]
    why = messages[0].reason
    assert why["purpose"] == "appointment_reminder"
    assert why["basis"] == "care"
    assert why["consent"]["state"] == "care_default"
    assert why["chosen_by"] == "preference"
    assert messages[0].recipient == "+33612345678"
    assert messages[0].idempotency_key == "1:P2D:20261210T1330Z"
    assert messages[0].expires_at == paris(10, 14, 30)


def test_paper_only_patients_get_a_letter_a_week_ahead() -> None:
    prefs = ContactPreferences(paper_only=True)
    messages, _ = run([appointment(1, paris(10, 14, 30))], [patient(preferences=prefs)])
    assert [(m.channel, m.send_at) for m in messages] == [(Channel.LETTER, paris(3, 10))]
    assert messages[0].reason["chosen_by"] == "paper_only"


def test_a_bounced_email_falls_back_to_the_next_channel_then_paper() -> None:
    prefs = ContactPreferences(channels={"vaccination": [Channel.EMAIL]})
    contacts = (
        Contact(ContactKind.EMAIL, "old@exemple.fr", bounced=True),
        Contact(ContactKind.POSTAL, "3 rue des Lilas, 69003 Lyon"),
    )
    due = DueReminder(1, 1, VACCINATION, paris(28, 9), exact_time=False)
    messages, _ = run([due], [patient(preferences=prefs, contacts=contacts)])
    assert [(m.channel, m.send_at) for m in messages] == [(Channel.LETTER, paris(14, 10))]
    assert messages[0].reason["chosen_by"] == "paper_fallback"
    assert messages[0].reason["skipped"] == [{"channel": "email", "why": "no_usable_contact"}]


def test_a_recall_step_uses_its_own_channel_but_paper_only_still_gets_paper() -> None:
    screening = PurposeView("screening_recall", LawfulBasis.CARE)
    call_step = DueReminder(1, 1, screening, paris(28, 9), exact_time=False, channel=Channel.PHONE)
    messages, _ = run([call_step], [patient()])
    assert [(m.channel, m.recipient) for m in messages] == [(Channel.PHONE, "+33612345678")]
    assert messages[0].reason["chosen_by"] == "step"

    paper_only = patient(preferences=ContactPreferences(paper_only=True))
    messages, _ = run([call_step], [paper_only])
    assert [m.channel for m in messages] == [Channel.LETTER]
    assert messages[0].reason["chosen_by"] == "paper_only"

    # A letter step goes by phone for a patient who asked for a call instead.
    letter_step = DueReminder(
        2, 1, screening, paris(28, 9), exact_time=False, channel=Channel.LETTER
    )
    calls = patient(preferences=ContactPreferences(call_instead_of_letter=True))
    messages, _ = run([letter_step], [calls])
    assert [m.channel for m in messages] == [Channel.PHONE]


def test_consent_purposes_need_a_consent_and_an_objection_stops_care() -> None:
    due = [DueReminder(1, 1, EDUCATION, paris(20, 10)), appointment(2, paris(10, 14))]
    objection = EventView(9, "appointment_reminder", None, ConsentKind.OBJECTED, NOW)
    messages, exclusions = run(due, [patient(consent_events=(objection,))])
    assert messages == []
    assert sorted((e.reminder_id, e.code) for e in exclusions) == [
        (1, "no_consent"),
        (2, "objection"),
    ]


def test_quiet_hours_move_an_sms_and_sundays_are_skipped() -> None:
    prefs = ContactPreferences(quiet_before="11:00", quiet_after="19:00")
    # The P2D lead falls on Sunday 6 December: quiet all day, so Monday at 11:00.
    messages, _ = run([appointment(1, paris(8, 15))], [patient(preferences=prefs)])
    assert [m.send_at for m in messages] == [paris(7, 11)]  # P2D and P1D merged on Monday
    assert [i.lead for i in messages[0].items] == ["P2D", "P1D"]
    assert messages[0].reason["moved_for_quiet_times"] == paris(7, 11).isoformat()


def test_christmas_is_quiet_for_sms_but_not_for_e_mail() -> None:
    sms_first = patient(1)
    email_first = patient(2, preferences=ContactPreferences(channels={
        "appointment_reminder": [Channel.EMAIL]}))  # fmt: skip
    due = [appointment(1, paris(27, 10), pid=1), appointment(2, paris(27, 10), pid=2)]
    messages, _ = run(due, [sms_first, email_first])
    sends = {(m.patient_id, m.items[0].lead): m.send_at for m in messages}
    assert sends[(1, "P2D")] == paris(26, 9)  # 25th is Christmas: the 26th, when quiet ends
    assert sends[(2, "P2D")] == paris(25, 10)


def test_a_late_booking_sends_one_reminder_now_not_two() -> None:
    messages, exclusions = run([appointment(1, paris(30, 16, month=11))], [patient()])
    assert [(m.send_at, m.items[0].lead) for m in messages] == [(NOW, "P1D")]
    assert [(e.lead, e.code) for e in exclusions] == [("P2D", "superseded")]
    # Planned once, the next tick adds nothing: one message per (reminder, lead).
    planned = frozenset({(1, "P1D", paris(30, 16, month=11))})
    again, _ = run([appointment(1, paris(30, 16, month=11))], [patient()], planned=planned)
    assert again == []


def test_a_letter_too_late_for_the_post_is_left_out_with_why() -> None:
    prefs = ContactPreferences(paper_only=True)
    messages, exclusions = run([appointment(1, paris(2, 9))], [patient(preferences=prefs)])
    assert messages == []
    assert [(e.code, e.detail) for e in exclusions] == [("too_late_for_post", {"postal_days": 3})]


def test_things_due_the_same_day_merge_into_one_message() -> None:
    due = [appointment(1, paris(10, 9)), appointment(2, paris(10, 17))]
    messages, _ = run(due, [patient()])
    assert len(messages) == 2  # two days ahead and the day before, each merged
    assert [[i.reminder_id for i in m.items] for m in messages] == [[1, 2], [1, 2]]


def test_caps_count_what_is_already_in_the_outbox() -> None:
    prefs = ContactPreferences(max_per_week=2)
    outbox = {1: [paris(6, 10), paris(7, 10)]}
    messages, exclusions = run(
        [appointment(1, paris(10, 9))], [patient(preferences=prefs)], outbox_times=outbox
    )
    assert messages == []
    assert {e.code for e in exclusions} == {"cap_week"}
    assert exclusions[0].detail["caps"]["week"] == [2, 2]


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (PatientStatus.DECEASED, "patient_deceased"),
        (PatientStatus.MOVED, "patient_moved"),
        (PatientStatus.ARCHIVED, "patient_archived"),
    ],
)
def test_nobody_writes_to_a_deceased_or_moved_patient(status, code) -> None:
    messages, exclusions = run([appointment(1, paris(10, 9))], [patient(status=status)])
    assert messages == []
    assert [e.code for e in exclusions] == [code]


def test_no_contact_point_at_all_is_an_exclusion() -> None:
    messages, exclusions = run([appointment(1, paris(10, 9))], [patient(contacts=())])
    assert messages == []
    assert [e.code for e in exclusions] == ["no_usable_contact"]


# -- properties ---------------------------------------------------------------------------

hours = st.sampled_from(["08:00", "09:00", "10:30", "12:00"])
channels = st.lists(st.sampled_from(list(Channel)), unique=True, max_size=4)


@st.composite
def preferences(draw) -> ContactPreferences:
    before = draw(hours)
    after = draw(st.sampled_from(["17:00", "19:00", "21:00"]))
    week = draw(st.none() | st.integers(0, 4))
    month = draw(st.none() | st.integers(0, 8))
    if week is not None and month is not None and week > month:
        week, month = month, week
    return ContactPreferences(
        channels=draw(st.dictionaries(st.sampled_from([p.code for p in PURPOSES]), channels)),
        max_per_week=week,
        max_per_month=month,
        quiet_before=before,
        quiet_after=after,
        quiet_days=draw(st.lists(st.integers(1, 7), unique=True, max_size=3)),
        quiet_on_public_holidays=draw(st.booleans()),
        quiet_channels=draw(channels),
        paper_only=draw(st.booleans()),
        call_instead_of_letter=draw(st.booleans()),
    )


@st.composite
def practices(draw) -> PlannerInput:
    count = draw(st.integers(1, 6))
    patients = {}
    reminders = []
    outbox: dict[int, list[datetime]] = {}
    for pid in range(1, count + 1):
        contacts = tuple(
            Contact(kind, f"{kind.value}-{pid}", bounced=draw(st.booleans()))
            for kind in draw(st.lists(st.sampled_from(list(ContactKind)), unique=True))
        )
        events = tuple(
            EventView(
                index,
                draw(st.none() | st.sampled_from([p.code for p in PURPOSES])),
                draw(st.none() | st.sampled_from(list(Channel))),
                draw(st.sampled_from(list(ConsentKind))),
                NOW - timedelta(days=30 - index),
            )
            for index in range(draw(st.integers(0, 5)))
        )
        status = draw(st.sampled_from(list(PatientStatus)))
        patients[pid] = PatientFacts(pid, status, "fr", draw(preferences()), contacts, events)
        outbox[pid] = [
            NOW + timedelta(hours=draw(st.integers(-24 * 30, 24 * 30)))
            for _ in range(draw(st.integers(0, 3)))
        ]
        for _ in range(draw(st.integers(0, 4))):
            due = NOW + timedelta(minutes=draw(st.integers(-60, 60 * 24 * 21)))
            purpose = draw(st.sampled_from(PURPOSES))
            reminders.append(
                DueReminder(len(reminders) + 1, pid, purpose, due, exact_time=draw(st.booleans()))
            )
    return PlannerInput(NOW, reminders, patients, outbox, settings=PlannerSettings())


@settings(max_examples=200, deadline=None)
@given(practices())
def test_every_planned_message_is_lawful_allowed_reachable_and_quiet(state) -> None:
    result = plan(state)
    by_id = {r.id: r for r in state.reminders}
    for message in result.messages:
        facts = state.patients[message.patient_id]
        prefs = facts.preferences
        assert facts.status is PatientStatus.ACTIVE
        for item in message.items:
            reminder = by_id[item.reminder_id]
            allowed = consent.state_of(
                facts.consent_events, reminder.purpose, message.channel, state.now
            )
            assert allowed.allowed, (item, allowed)  # a lawful basis for every message
            wanted = prefs.channels_for(reminder.purpose.code)
            assert message.channel in wanted or message.channel is Channel.LETTER
            assert state.now <= message.send_at < reminder.due_at
        contact = facts.contact_for(message.channel)
        assert contact is not None  # a usable contact point
        assert message.recipient == contact.value
        assert not is_quiet(message.send_at, message.channel, prefs, PARIS)
        if prefs.paper_only:
            assert message.channel in (Channel.LETTER, Channel.PHONE)


@settings(max_examples=200, deadline=None)
@given(practices())
def test_caps_hold_in_every_window_and_each_reminder_lead_is_planned_once(state) -> None:
    result = plan(state)
    items = Counter((i.reminder_id, i.lead) for m in result.messages for i in m.items)
    assert all(count == 1 for count in items.values())
    for pid, facts in state.patients.items():
        planned = [m.send_at for m in result.messages if m.patient_id == pid]
        times = sorted([*state.outbox_times.get(pid, ()), *planned])
        caps = ((facts.preferences.max_per_week, WEEK), (facts.preferences.max_per_month, MONTH))
        for limit, span in caps:
            if limit is None:
                continue
            # Any window of that length holding a message we planned holds at most the cap,
            # even when the outbox alone was already over it elsewhere.
            for start in times:
                window = [t for t in times if start <= t < start + span]
                if any(t in window for t in planned):
                    assert len(window) <= limit


@settings(max_examples=200, deadline=None)
@given(practices())
def test_every_reminder_due_is_sent_or_excluded_with_a_reason(state) -> None:
    result = plan(state)
    planned = {i.reminder_id for m in result.messages for i in m.items}
    excluded = {e.reminder_id for e in result.exclusions}
    for reminder in state.reminders:
        assert reminder.id in planned | excluded
    again = plan(state)
    assert again.messages == result.messages  # deterministic

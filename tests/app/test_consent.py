"""The consent ledger: derivation (property-tested) and the service on a real database."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from app import consent, patients
from app.consent import ConsentState, EventView, PurposeView
from app.errors import RelaisError, ValidationError
from db.models import Channel, ConsentKind, ConsentMethod, LawfulBasis
from tests.helpers import ledger

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
CARE = PurposeView("appointment_reminder", LawfulBasis.CARE)
CONSENT = PurposeView("health_education", LawfulBasis.CONSENT)
PURPOSES = [CARE, CONSENT]

_times = st.integers(min_value=-1000, max_value=0).map(lambda m: NOW + timedelta(minutes=m))
_expiry = st.one_of(
    st.none(), st.integers(min_value=-500, max_value=500).map(lambda m: NOW + timedelta(minutes=m))
)


@st.composite
def event_lists(draw: st.DrawFn) -> list[EventView]:
    raw = draw(
        st.lists(
            st.tuples(
                st.sampled_from([CARE.code, CONSENT.code, None]),
                st.one_of(st.none(), st.sampled_from(list(Channel))),
                st.sampled_from(list(ConsentKind)),
                _times,
                _expiry,
            ),
            max_size=12,
        )
    )
    events = []
    for number, (code, channel, drawn_kind, at, expiry) in enumerate(raw, start=1):
        # An objection is the only event that may name no purpose.
        kind = ConsentKind.OBJECTED if code is None else drawn_kind
        events.append(EventView(number, code, channel, kind, at, expiry))
    return events


def reference(events: list[EventView], purpose: PurposeView, channel: Channel) -> ConsentState:
    """The rule as the issue states it: last applicable event, expiry and objection respected."""
    ordered = sorted(events, key=lambda e: (e.recorded_at, e.id))
    last = None
    for event in ordered:
        if event.channel not in (None, channel):
            continue
        if event.purpose_code is None:
            if purpose.basis is LawfulBasis.CONSENT:
                last = event
            continue
        if event.purpose_code != purpose.code:
            continue
        if event.kind is ConsentKind.GRANTED and event.expires_at and event.expires_at <= NOW:
            continue
        last = event
    if last is None:
        default = purpose.basis is LawfulBasis.CARE
        return ConsentState(default, purpose.basis, "care_default" if default else "no_consent")
    return ConsentState(last.kind is ConsentKind.GRANTED, purpose.basis, last.kind.value, last.id)


@given(event_lists())
def test_state_is_the_last_applicable_event(events: list[EventView]) -> None:
    grid = consent.derive(events, PURPOSES, NOW)
    for purpose in PURPOSES:
        for channel in Channel:
            assert grid[purpose.code, channel] == reference(events, purpose, channel)


@given(event_lists(), st.randoms(use_true_random=False))
def test_the_order_events_are_read_in_does_not_matter(events, rng: random.Random) -> None:
    shuffled = list(events)
    rng.shuffle(shuffled)
    assert consent.derive(shuffled, PURPOSES, NOW) == consent.derive(events, PURPOSES, NOW)


@given(
    event_lists(), st.one_of(st.none(), st.sampled_from(list(Channel))), st.sampled_from(PURPOSES)
)
def test_a_later_withdrawal_always_wins(events, channel, purpose: PurposeView) -> None:
    withdrawal = EventView(999, purpose.code, channel, ConsentKind.WITHDRAWN, NOW)
    grid = consent.derive([*events, withdrawal], PURPOSES, NOW)
    for each in Channel if channel is None else [channel]:
        assert not grid[purpose.code, each].allowed
        assert grid[purpose.code, each].reason == "withdrawn"


@given(event_lists())
def test_an_objection_switches_off_every_consent_purpose_and_no_care_one(events) -> None:
    before = consent.derive(events, PURPOSES, NOW)
    objection = EventView(999, None, None, ConsentKind.OBJECTED, NOW)
    after = consent.derive([*events, objection], PURPOSES, NOW)
    for channel in Channel:
        assert not after[CONSENT.code, channel].allowed
        assert after[CARE.code, channel] == before[CARE.code, channel]


@given(event_lists(), st.sampled_from(list(Channel)))
def test_an_expired_grant_gives_nothing(events, channel: Channel) -> None:
    before = consent.derive(events, PURPOSES, NOW)
    expired = EventView(999, CONSENT.code, channel, ConsentKind.GRANTED, NOW, NOW)
    assert consent.derive([*events, expired], PURPOSES, NOW) == before


def test_nothing_recorded_means_care_yes_and_consent_no() -> None:
    grid = consent.derive([], PURPOSES, NOW)
    assert grid[CARE.code, Channel.SMS] == ConsentState(True, LawfulBasis.CARE, "care_default")
    assert grid[CONSENT.code, Channel.SMS] == ConsentState(False, LawfulBasis.CONSENT, "no_consent")


# -- the service on a real encrypted database --------------------------------------


@pytest.fixture
def patient_id(practice, clock) -> int:
    database, _admin = practice
    data = patients.PatientData(
        last_name="Dupont", first_name="Marie", birth_date=date(1948, 3, 12)
    )
    with database.transaction() as session:
        return patients.insert_many(session, clock.now(), [data])[0]


def test_recording_and_withdrawing_changes_the_grid(practice, clock, patient_id) -> None:
    database, admin = practice
    with database.transaction() as session:
        ledger.record(session, clock, admin, patient_id, "health_education", Channel.EMAIL)
        grid = consent.grid(session, patient_id, clock.now())
    assert grid["health_education", Channel.EMAIL].allowed
    assert not grid["health_education", Channel.SMS].allowed
    assert grid["appointment_reminder", Channel.SMS].reason == "care_default"
    clock.advance(minutes=5)
    with database.transaction() as session:
        ledger.record(
            session,
            clock,
            admin,
            patient_id,
            "health_education",
            None,
            ConsentKind.WITHDRAWN,
            ConsentMethod.PHONE,
        )
        grid = consent.grid(session, patient_id, clock.now())
        timeline = consent.events_of(session, patient_id)
    assert not grid["health_education", Channel.EMAIL].allowed
    assert [e.kind for e in timeline] == [ConsentKind.GRANTED, ConsentKind.WITHDRAWN]


def test_the_ledger_refuses_update_and_delete(practice, clock, patient_id) -> None:
    database, admin = practice
    with database.transaction() as session:
        event = ledger.record(
            session,
            clock,
            admin,
            patient_id,
            "satisfaction_survey",
            Channel.SMS,
            ConsentKind.GRANTED,
            ConsentMethod.SIGNED_FORM,
        )
        event_id = event.id
    for statement in (
        "UPDATE consent_event SET kind = 'withdrawn' WHERE id = :id",
        "DELETE FROM consent_event WHERE id = :id",
    ):
        with pytest.raises(Exception, match="append-only"), database.transaction() as session:
            session.execute(text(statement), {"id": event_id})
    with database.read_session() as session:
        assert [e.kind for e in consent.events_of(session, patient_id)] == [ConsentKind.GRANTED]


def test_scanned_form_is_kept_encrypted_with_its_hash(practice, clock, patient_id, db_path) -> None:
    database, admin = practice
    scan = b"%PDF-1.4 scanned consent form ZQXJKFORMCANARY " * 50
    with database.transaction() as session:
        event = ledger.record(
            session,
            clock,
            admin,
            patient_id,
            "practice_events",
            Channel.LETTER,
            ConsentKind.GRANTED,
            ConsentMethod.SIGNED_FORM,
            evidence=consent.Evidence(scan, "form.pdf", witness="nadia"),
        )
        document = session.get(consent.EvidenceDocument, event.evidence_id)
        assert document is not None
        assert document.content == scan
        import hashlib

        assert document.sha256 == hashlib.sha256(scan).hexdigest()
        assert event.witness == "nadia"
    for path in db_path.parent.glob("practice.relais*"):
        assert b"ZQXJKFORMCANARY" not in path.read_bytes()


def test_bad_events_are_refused_with_located_errors(practice, clock, patient_id) -> None:
    database, admin = practice
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        ledger.record(
            session,
            clock,
            admin,
            patient_id,
            None,
            None,
            ConsentKind.GRANTED,
            ConsentMethod.SMS_STOP,
            expires_at=clock.now() - timedelta(days=1),
        )
    assert {e.code for e in caught.value.errors} == {
        "purpose_required",
        "expiry_past",
        "method_invalid",
    }


def test_objection_switches_off_every_consent_purpose(practice, clock, patient_id) -> None:
    database, admin = practice
    with database.transaction() as session:
        for code in ("health_education", "satisfaction_survey"):
            ledger.record(session, clock, admin, patient_id, code)
        clock.advance(minutes=1)
        consent.object_to_direct_marketing(
            session, clock, admin, patient_id, ConsentMethod.LETTER_REPLY
        )
        grid = consent.grid(session, patient_id, clock.now())
    consent_codes = {"health_education", "satisfaction_survey", "practice_events"}
    for (code, _channel), state in grid.items():
        assert state.allowed is (code not in consent_codes)


def test_care_purpose_can_become_consent_only_but_not_back(practice, clock, patient_id) -> None:
    database, admin = practice
    with database.transaction() as session:
        consent.set_basis(session, clock, admin, "vaccination", LawfulBasis.CONSENT)
        grid = consent.grid(session, patient_id, clock.now())
        assert grid["vaccination", Channel.SMS].reason == "no_consent"
        with pytest.raises(RelaisError, match="cannot become a care purpose"):
            consent.set_basis(session, clock, admin, "health_education", LawfulBasis.CARE)


def test_patients_who_agreed_to_an_older_notice_are_listed(practice, clock, patient_id) -> None:
    database, admin = practice
    with database.transaction() as session:
        consent.publish_notice(
            session, clock, admin, "2026-01", "First notice", needs_reconfirmation=False
        )
        clock.advance(minutes=1)
        ledger.record(
            session,
            clock,
            admin,
            patient_id,
            "health_education",
            None,
            ConsentKind.GRANTED,
            ConsentMethod.SIGNED_FORM,
        )
        assert consent.patients_to_reconfirm(session, clock.now()) == []
        clock.advance(days=30)
        consent.publish_notice(
            session, clock, admin, "2026-02", "New recipient", needs_reconfirmation=True
        )
        assert consent.patients_to_reconfirm(session, clock.now()) == [patient_id]
        clock.advance(minutes=1)
        ledger.record(
            session,
            clock,
            admin,
            patient_id,
            "health_education",
            None,
            ConsentKind.GRANTED,
            ConsentMethod.SIGNED_FORM,
        )
        assert consent.patients_to_reconfirm(session, clock.now()) == []

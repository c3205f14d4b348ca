from __future__ import annotations

from datetime import date

import pytest

from app import patients, preferences
from app.errors import ValidationError
from app.preferences import ContactPreferences
from db.models import Channel, PaperFormat, Tone


def _two_in_one_household(database, clock) -> list[int]:
    shared = patients.ContactData(
        patients.ContactKind.LANDLINE, "+33145678910", shared_with_household=True
    )
    people = [
        patients.PatientData(
            last_name="Lefèvre",
            first_name=first,
            birth_date=date(1950, 1, 1),
            household="LEFEVRE-1",
            contacts=[shared],
        )
        for first in ("Paul", "Jeanne")
    ]
    with database.transaction() as session:
        return patients.insert_many(session, clock.now(), people)


def test_defaults_follow_the_registry_and_the_design(practice, clock) -> None:
    database, _ = practice
    data = patients.PatientData(
        last_name="Morel",
        first_name="Anne",
        birth_date=date(1931, 5, 5),
        no_digital_access=True,
        large_print=True,
    )
    with database.transaction() as session:
        (pid,) = patients.insert_many(session, clock.now(), [data])
        loaded = preferences.load(session, pid)
    assert loaded.paper_only
    assert loaded.paper_format is PaperFormat.LARGE_PRINT
    assert (loaded.quiet_before, loaded.quiet_after, loaded.quiet_days) == ("09:00", "19:00", [7])
    assert loaded.quiet_channels == [Channel.SMS, Channel.PHONE]
    assert loaded.channels_for("appointment_reminder") == [Channel.LETTER]


def test_household_members_keep_their_own_preferences(practice, clock) -> None:
    database, admin = practice
    paul, jeanne = _two_in_one_household(database, clock)
    with database.transaction() as session:
        changed = preferences.save(
            session,
            clock,
            admin,
            paul,
            ContactPreferences(
                channels={"appointment_reminder": [Channel.EMAIL]},
                tone=Tone.INFORMAL,
                max_per_week=2,
                max_per_month=4,
            ),
        )
        assert "channels" in changed
        assert preferences.load(session, paul).tone is Tone.INFORMAL
        assert preferences.load(session, jeanne) == ContactPreferences()
    with database.read_session() as session:
        assert preferences.load(session, paul).channels_for("appointment_reminder") == [
            Channel.EMAIL
        ]


def test_call_instead_of_letter_replaces_the_letter() -> None:
    chosen = ContactPreferences(
        channels={"screening_recall": [Channel.SMS, Channel.LETTER]}, call_instead_of_letter=True
    )
    assert chosen.channels_for("screening_recall") == [Channel.SMS, Channel.PHONE]


def test_bad_preferences_are_refused_field_by_field(practice, clock) -> None:
    database, admin = practice
    paul, _ = _two_in_one_household(database, clock)
    bad = ContactPreferences(
        channels={"nope": [Channel.SMS, Channel.SMS]},
        quiet_before="25:00",
        quiet_days=[0],
        max_per_week=9,
        max_per_month=3,
    )
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        preferences.save(session, clock, admin, paul, bad)
    assert {e.code for e in caught.value.errors} == {
        "purpose_unknown",
        "duplicate",
        "hour_invalid",
        "day_invalid",
        "caps_order",
    }

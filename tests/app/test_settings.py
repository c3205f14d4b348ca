from __future__ import annotations

import pytest

from app import settings
from app.access import Actor
from app.errors import PermissionDenied, ValidationError
from db.models import Role


def test_practice_settings_round_trip_and_are_audited(practice, clock) -> None:
    database, admin = practice
    with database.transaction() as session:
        current = settings.load_practice(session)
        assert current.name == "Cabinet du Parc"
        current.idle_lock_minutes = 10
        current.default_region = "be"
        settings.save_practice(session, clock, admin, current)
    with database.read_session() as session:
        again = settings.load_practice(session)
    assert again.idle_lock_minutes == 10
    assert again.default_region == "BE"


def test_bad_settings_are_located_and_roles_enforced(practice, clock) -> None:
    database, _ = practice
    bad = settings.PracticeSettings(name=" ", default_region="France", idle_lock_minutes=0)
    with pytest.raises(ValidationError) as caught:
        bad.validate()
    assert {e.field for e in caught.value.errors} == {"name", "default_region", "idle_lock_minutes"}
    nadia = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)
    with database.transaction() as session, pytest.raises(PermissionDenied):
        settings.save_practice(session, clock, nadia, settings.PracticeSettings(name="X"))


def test_the_data_protection_officer_is_kept_with_the_practice(practice, clock) -> None:
    database, admin = practice
    with database.transaction() as session:
        current = settings.load_practice(session)
        assert (current.dpo_name, current.dpo_contact) == ("", "")
        current.dpo_name = "Dr Anne Martin"
        current.dpo_contact = "dpo@cabinet-du-parc.fr"
        settings.save_practice(session, clock, admin, current)
    with database.read_session() as session:
        again = settings.load_practice(session)
    assert (again.dpo_name, again.dpo_contact) == ("Dr Anne Martin", "dpo@cabinet-du-parc.fr")


def test_settings_saved_before_the_officer_existed_still_load() -> None:
    older = settings.PracticeSettings.from_json({"name": "Cabinet du Parc", "language": "fr"})
    assert (older.name, older.dpo_name, older.dpo_contact) == ("Cabinet du Parc", "", "")


def test_an_officer_without_a_way_to_reach_them_is_refused() -> None:
    named_only = settings.PracticeSettings(name="Cabinet du Parc", dpo_name="Dr Anne Martin")
    with pytest.raises(ValidationError) as caught:
        named_only.validate()
    assert [e.field for e in caught.value.errors] == ["dpo_contact"]

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

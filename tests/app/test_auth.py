from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app import auth
from app.access import Actor, Permission
from app.errors import LoginThrottled, PermissionDenied, ValidationError
from app.practice import sign_in, throttle_for
from db.errors import WrongKeyError
from db.keys import KeyFile
from db.models import AuditEvent, Role
from tests.helpers.fixtures import ADMIN_PASSWORD


def test_password_hashes_are_argon2id_at_owasp_cost_or_more(practice) -> None:
    database, _admin = practice
    with database.read_session() as session:
        user = auth.find_user(session, "admin")
    assert user is not None
    assert user.password_hash.startswith("$argon2id$")
    params = dict(p.split("=") for p in user.password_hash.split("$")[3].split(","))
    assert int(params["m"]) >= 47104
    assert int(params["t"]) >= 1


@pytest.mark.file_only  # key slots in the key file
def test_each_user_signs_in_with_their_own_password(practice, db_path, clock) -> None:
    database, admin = practice
    with database.transaction() as session:
        auth.create_user(
            session,
            clock,
            admin,
            database,
            username="Nadia",
            full_name="Nadia Benali",
            role=Role.RECEPTIONIST,
            password="nadia au bureau",
        )
    database.close()
    other, nadia = sign_in(db_path, "nadia", "nadia au bureau", clock)
    other.close()
    assert nadia.role is Role.RECEPTIONIST
    assert KeyFile.load(KeyFile.path_for(db_path)).has_slot("nadia")


def test_roles_are_enforced_by_the_services(practice, clock) -> None:
    database, _admin = practice
    receptionist = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)
    practitioner = Actor(user_id=None, username="roux", role=Role.PRACTITIONER)
    assert receptionist.can(Permission.IMPORT_PATIENTS)
    assert not practitioner.can(Permission.IMPORT_PATIENTS)
    with database.transaction() as session, pytest.raises(PermissionDenied, match="manage users"):
        auth.create_user(
            session,
            clock,
            receptionist,
            database,
            username="intrus",
            full_name="X",
            role=Role.ADMIN,
            password="long enough password",
        )


def test_weak_or_duplicate_accounts_are_refused_with_located_errors(practice, clock) -> None:
    database, admin = practice
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        auth.create_user(
            session,
            clock,
            admin,
            database,
            username="admin",
            full_name="",
            role=Role.ADMIN,
            password="court",
        )
    fields = {error.field for error in caught.value.errors}
    assert fields == {"username", "full_name", "password"}


@pytest.mark.file_only  # key slots in the key file
def test_failed_sign_ins_back_off_exponentially(practice, db_path, clock) -> None:
    database, _ = practice
    database.close()
    for _ in range(auth.FREE_ATTEMPTS):
        with pytest.raises(WrongKeyError):
            sign_in(db_path, "admin", "wrong password!", clock)
    # The third mistake starts a 1 s wait; even the right password must wait.
    with pytest.raises(LoginThrottled) as caught:
        sign_in(db_path, "admin", ADMIN_PASSWORD, clock)
    assert caught.value.retry_after_seconds == pytest.approx(1.0)
    clock.advance(seconds=1.5)
    with pytest.raises(WrongKeyError):
        sign_in(db_path, "admin", "wrong password!", clock)
    with pytest.raises(LoginThrottled) as caught:
        sign_in(db_path, "admin", ADMIN_PASSWORD, clock)
    assert caught.value.retry_after_seconds == pytest.approx(2.0)
    clock.advance(seconds=2.5)
    database, _actor = sign_in(db_path, "admin", ADMIN_PASSWORD, clock)
    with database.read_session() as session:
        login = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "login").order_by(AuditEvent.id.desc())
        ).first()
    database.close()
    assert login is not None
    assert login.details == {"failed_attempts_before": 4}
    assert throttle_for(db_path).failures("admin") == 0


def test_backoff_grows_and_is_capped() -> None:
    waits = [auth.backoff_seconds(n) for n in range(0, 15)]
    assert waits[:3] == [0, 0, 0]
    assert waits[3:7] == [1, 2, 4, 8]
    assert max(waits) == auth.MAX_BACKOFF_SECONDS


def test_unlock_after_idle_checks_the_stored_hash_and_audits_failures(practice, clock) -> None:
    database, _ = practice
    with database.transaction() as session, pytest.raises(auth.WrongPassword):
        auth.authenticate(session, clock, "admin", "not it at all")
    with database.transaction() as session:
        actor = auth.authenticate(session, clock, "admin", ADMIN_PASSWORD)
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert actor.username == "admin"
    assert actions[-2:] == ["login.failed", "login"]


@pytest.mark.file_only  # key slots in the key file
def test_password_change_rewrites_the_users_slot(practice, db_path, clock) -> None:
    database, admin = practice
    with database.transaction() as session:
        auth.change_password(session, clock, admin, database, "admin", "a brand new secret")
    database.close()
    with pytest.raises(WrongKeyError):
        sign_in(db_path, "admin", ADMIN_PASSWORD, clock)
    again, _ = sign_in(db_path, "admin", "a brand new secret", clock)
    again.close()


@pytest.mark.file_only  # key slots in the key file
def test_deactivated_user_loses_their_slot(practice, db_path, clock) -> None:
    database, admin = practice
    with database.transaction() as session:
        auth.create_user(
            session,
            clock,
            admin,
            database,
            username="leaver",
            full_name="L",
            role=Role.PRACTITIONER,
            password="leaving soon ok",
        )
        auth.deactivate_user(session, clock, admin, database, "leaver")
    assert not KeyFile.load(KeyFile.path_for(Path(db_path))).has_slot("leaver")

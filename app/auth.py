"""Users, passwords, roles and signing in (DESIGN §6).

Passwords are hashed with Argon2id at OWASP's parameters.  Failed sign-ins
back off exponentially; the count is kept in a small file beside the database
(the database itself cannot be opened without the right password) and in the
user's row once signed in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.access import Actor, Permission
from app.clock import Clock
from app.errors import FieldError, LoginThrottled, NotFound, RelaisError, ValidationError
from db.keys import OWASP_ARGON2, normalize_username, write_atomically
from db.models import Role, User

MIN_PASSWORD_LENGTH = 10
FREE_ATTEMPTS = 3
MAX_BACKOFF_SECONDS = 300.0

_hasher = PasswordHasher(
    time_cost=OWASP_ARGON2.time_cost,
    memory_cost=OWASP_ARGON2.memory_cost_kib,
    parallelism=OWASP_ARGON2.parallelism,
)


class WrongPassword(RelaisError):
    pass


class Keyring(Protocol):
    """Where a user's password unlocks the database key (key slots on SQLCipher)."""

    def set_password(self, username: str, password: str) -> None: ...

    def remove(self, username: str) -> None: ...


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_problems(password: str, username: str = "") -> list[FieldError]:
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(FieldError("password", f"at least {MIN_PASSWORD_LENGTH} characters"))
    if username and password.casefold() == username.casefold():
        problems.append(FieldError("password", "must not be the user name"))
    return problems


def backoff_seconds(failures: int) -> float:
    """No wait for the first few mistakes, then 1 s, 2 s, 4 s ... up to 5 minutes."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(2.0 ** (failures - FREE_ATTEMPTS), MAX_BACKOFF_SECONDS)


@dataclass
class LoginThrottle:
    """Failed attempts per user name, persisted beside the database."""

    path: Path

    def _load(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _entry(self, username: str) -> tuple[int, datetime | None]:
        entry = self._load().get(normalize_username(username), {})
        failures = int(str(entry.get("failures", 0)))
        last = entry.get("last")
        return failures, datetime.fromisoformat(str(last)) if last else None

    def check(self, username: str, clock: Clock) -> None:
        failures, last = self._entry(username)
        wait = backoff_seconds(failures)
        if last is not None and wait > 0:
            remaining = (last + timedelta(seconds=wait) - clock.now()).total_seconds()
            if remaining > 0:
                raise LoginThrottled(remaining)

    def failures(self, username: str) -> int:
        return self._entry(username)[0]

    def record_failure(self, username: str, clock: Clock) -> None:
        data = self._load()
        name = normalize_username(username)
        failures = int(str(data.get(name, {}).get("failures", 0))) + 1
        data[name] = {"failures": failures, "last": clock.now().isoformat()}
        write_atomically(self.path, json.dumps(data).encode("utf-8"))

    def reset(self, username: str) -> int:
        """Forget the failures after a successful sign-in; return how many there were."""
        data = self._load()
        entry = data.pop(normalize_username(username), None)
        if entry is None:
            return 0
        write_atomically(self.path, json.dumps(data).encode("utf-8"))
        return int(str(entry.get("failures", 0)))


def find_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == normalize_username(username)))


def actor_for(user: User) -> Actor:
    return Actor(user_id=user.id, username=user.username, role=user.role)


def signed_in(session: Session, clock: Clock, username: str, failures_before: int = 0) -> Actor:
    """Record a sign-in whose password was already proven (by the key slot)."""
    user = find_user(session, username)
    if user is None or not user.active:
        raise WrongPassword(f"{username!r} is not an active user of this practice.")
    user.last_login_at = clock.now()
    user.failed_logins = 0
    audit.record(
        session,
        clock,
        user.username,
        "login",
        entity="user",
        entity_id=user.id,
        details={"failed_attempts_before": failures_before},
    )
    return actor_for(user)


def authenticate(session: Session, clock: Clock, username: str, password: str) -> Actor:
    """Check a password against the stored hash (unlocking after idle, PostgreSQL)."""
    user = find_user(session, username)
    if user is None or not user.active:
        raise WrongPassword(f"No active user named {username!r}.")
    wait = backoff_seconds(user.failed_logins)
    if user.last_failed_login_at is not None and wait > 0:
        remaining = (
            user.last_failed_login_at + timedelta(seconds=wait) - clock.now()
        ).total_seconds()
        if remaining > 0:
            raise LoginThrottled(remaining)
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError) as exc:
        user.failed_logins += 1
        user.last_failed_login_at = clock.now()
        audit.record(
            session, clock, user.username, "login.failed", entity="user", entity_id=user.id
        )
        raise WrongPassword(f"Wrong password for {username!r}.") from exc
    failures = user.failed_logins
    return signed_in(session, clock, user.username, failures)


def create_user(
    session: Session,
    clock: Clock,
    actor: Actor,
    keyring: Keyring,
    *,
    username: str,
    full_name: str,
    role: Role,
    password: str,
) -> User:
    actor.require(Permission.MANAGE_USERS)
    return _create_user(session, clock, actor, keyring, username, full_name, role, password)


def create_first_admin(
    session: Session, clock: Clock, keyring: Keyring, username: str, full_name: str, password: str
) -> User:
    """The practice's first account; refused once any user exists."""
    if session.scalar(select(func.count()).select_from(User)):
        raise RelaisError("This practice already has users; an admin must add new ones.")
    return _create_user(
        session, clock, username, keyring, username, full_name, Role.ADMIN, password
    )


def _create_user(
    session: Session,
    clock: Clock,
    actor: Actor | str,
    keyring: Keyring,
    username: str,
    full_name: str,
    role: Role,
    password: str,
) -> User:
    name = normalize_username(username)
    errors = []
    if not name or not name.replace(".", "").replace("-", "").replace("_", "").isalnum():
        errors.append(FieldError("username", "letters, digits, '.', '-' or '_' only"))
    if not full_name.strip():
        errors.append(FieldError("full_name", "required"))
    errors += password_problems(password, name)
    if find_user(session, name) is not None:
        errors.append(FieldError("username", f"{name!r} is already taken"))
    if errors:
        raise ValidationError(errors)
    now = clock.now()
    user = User(
        username=name,
        full_name=full_name.strip(),
        role=role,
        password_hash=hash_password(password),
        active=True,
        created_at=now,
        password_changed_at=now,
        failed_logins=0,
    )
    session.add(user)
    session.flush()
    keyring.set_password(name, password)
    audit.record(
        session,
        clock,
        actor,
        "user.created",
        entity="user",
        entity_id=user.id,
        details={"role": role.value},
    )
    return user


def change_password(
    session: Session,
    clock: Clock,
    actor: Actor,
    keyring: Keyring,
    username: str,
    new_password: str,
) -> None:
    """A user changes their own password; an admin may reset anyone's."""
    name = normalize_username(username)
    if name != actor.username:
        actor.require(Permission.MANAGE_USERS)
    user = find_user(session, name)
    if user is None:
        raise NotFound(f"No user named {username!r}.")
    problems = password_problems(new_password, name)
    if problems:
        raise ValidationError(problems)
    user.password_hash = hash_password(new_password)
    user.password_changed_at = clock.now()
    keyring.set_password(name, new_password)
    audit.record(session, clock, actor, "user.password_changed", entity="user", entity_id=user.id)


def deactivate_user(
    session: Session, clock: Clock, actor: Actor, keyring: Keyring, username: str
) -> None:
    actor.require(Permission.MANAGE_USERS)
    user = find_user(session, username)
    if user is None:
        raise NotFound(f"No user named {username!r}.")
    if user.username == actor.username:
        raise RelaisError("You cannot deactivate your own account.")
    user.active = False
    keyring.remove(user.username)
    audit.record(session, clock, actor, "user.deactivated", entity="user", entity_id=user.id)

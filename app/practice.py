"""Creating, opening and holding one practice's encrypted database.

A :class:`PracticeDatabase` owns the process-wide engine and the data key; it
is also the :class:`~app.auth.Keyring` that keeps users' key slots in step with
their passwords.  Services never see it: they get a Session.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app import auth, settings
from app.access import Actor
from app.clock import Clock
from app.errors import RelaisError, ValidationError
from db import schema
from db.engine import create_encrypted_engine, read_only, sidecar_paths
from db.errors import DatabaseError, WrongKeyError
from db.keys import DataKey, KeyFile

THROTTLE_SUFFIX = ".signin"


@dataclass
class PracticeDatabase:
    path: Path
    engine: Engine
    data_key: DataKey = field(repr=False)

    @property
    def key_file_path(self) -> Path:
        return KeyFile.path_for(self.path)

    def session(self) -> Session:
        """A session for one user action; use as ``with db.session() as s, s.begin():``."""
        return Session(self.engine, expire_on_commit=False)

    def read_session(self) -> Session:
        """A session that only reads and never waits for a writer."""
        return Session(read_only(self.engine), expire_on_commit=False)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.session() as session, session.begin():
            yield session

    # -- Keyring ----------------------------------------------------------

    def set_password(self, username: str, password: str) -> None:
        key_file = KeyFile.load(self.key_file_path)
        key_file.add_slot(username, password, self.data_key)
        key_file.save(self.key_file_path)

    def remove(self, username: str) -> None:
        key_file = KeyFile.load(self.key_file_path)
        key_file.remove_slot(username)
        key_file.save(self.key_file_path)

    def close(self) -> None:
        self.engine.dispose()


def throttle_for(path: Path) -> auth.LoginThrottle:
    return auth.LoginThrottle(path.with_name(path.name + THROTTLE_SUFFIX))


class _PendingKeyring:
    """Collects the first admin's slot before the key file exists on disk."""

    def __init__(self, key_file: KeyFile, data_key: DataKey) -> None:
        self.key_file = key_file
        self.data_key = data_key

    def set_password(self, username: str, password: str) -> None:
        self.key_file.add_slot(username, password, self.data_key)

    def remove(self, username: str) -> None:
        self.key_file.remove_slot(username)


def create_practice(
    path: Path,
    clock: Clock,
    *,
    admin_username: str,
    admin_full_name: str,
    admin_password: str,
    practice: settings.PracticeSettings | None = None,
) -> tuple[PracticeDatabase, Actor]:
    """Make a new encrypted database with its first admin; the caller shows the recovery key.

    Either both the database and its key file exist afterwards, or neither.
    """
    path = Path(path)
    key_path = KeyFile.path_for(path)
    if path.exists() or key_path.exists():
        raise RelaisError(f"{path} already exists; Relais never overwrites a database.")
    if not path.parent.is_dir():
        raise RelaisError(f"The folder {path.parent} does not exist.")
    problems = auth.password_problems(admin_password, admin_username)
    if problems:
        raise ValidationError(problems)
    if practice is not None:
        practice.validate()
    data_key = DataKey.generate()
    key_file = KeyFile()
    engine = create_encrypted_engine(path, data_key)
    try:
        schema.upgrade(engine)
        database = PracticeDatabase(path, engine, data_key)
        keyring = _PendingKeyring(key_file, data_key)
        with database.transaction() as session:
            user = auth.create_first_admin(
                session, clock, keyring, admin_username, admin_full_name, admin_password
            )
            actor = auth.actor_for(user)
            if practice is not None:
                settings.save_practice(session, clock, actor, practice)
            key_file.save(key_path)
    except BaseException:
        engine.dispose()
        for leftover in (path, key_path, *sidecar_paths(path)):
            leftover.unlink(missing_ok=True)
        raise
    return database, actor


def open_with_key(path: Path, data_key: DataKey) -> PracticeDatabase:
    """Open with the data key (from a slot or the recovery key) and migrate if needed."""
    path = Path(path)
    if not path.exists():
        raise DatabaseError(f"There is no database at {path}.")
    engine = create_encrypted_engine(path, data_key)
    try:
        if not schema.is_current(engine):
            schema.upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return PracticeDatabase(path, engine, data_key)


def unlock_key(path: Path, username: str, password: str, clock: Clock) -> DataKey:
    """The data key from ``username``'s slot, with back-off on wrong passwords.

    Touches neither the database nor its key file: a wrong password leaves
    both byte-for-byte as they were.
    """
    path = Path(path)
    if not path.exists():
        raise DatabaseError(f"There is no database at {path}.")
    throttle = throttle_for(path)
    throttle.check(username, clock)
    key_file = KeyFile.load(KeyFile.path_for(path))
    try:
        return key_file.unwrap(username, password)
    except (WrongKeyError, DatabaseError):
        throttle.record_failure(username, clock)
        raise


def sign_in(
    path: Path, username: str, password: str, clock: Clock
) -> tuple[PracticeDatabase, Actor]:
    """Open the database as ``username`` and record the sign-in in the audit log."""
    data_key = unlock_key(path, username, password, clock)
    database = open_with_key(path, data_key)
    try:
        failures = throttle_for(Path(path)).reset(username)
        with database.transaction() as session:
            actor = auth.signed_in(session, clock, username, failures)
    except BaseException:
        database.close()
        raise
    return database, actor


def open_with_recovery_key(path: Path, recovery_text: str) -> PracticeDatabase:
    return open_with_key(path, DataKey.from_recovery_text(recovery_text))

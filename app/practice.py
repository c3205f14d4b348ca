"""Creating, opening and holding one practice's database.

A single desk keeps an encrypted file (:class:`FileDatabase`): it owns the
engine and the data key, and is the :class:`~app.auth.Keyring` that keeps
users' key slots in step with their passwords.  A group practice shares a
PostgreSQL database (:class:`ServerDatabase`).  Services never see either:
they get a Session.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, func, inspect, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from app import auth, locks, settings
from app.access import Actor
from app.clock import Clock
from app.errors import RelaisError, ValidationError
from db import schema
from db.engine import (
    create_encrypted_engine,
    create_server_engine,
    public_url,
    read_only,
    sidecar_paths,
)
from db.errors import DatabaseError, WrongKeyError
from db.keys import DataKey, KeyFile
from db.models import Base, User

THROTTLE_SUFFIX = ".signin"


class PracticeDatabase:
    """One practice's database, whatever holds it: services only ever get its sessions."""

    engine: Engine

    @property
    def display_name(self) -> str:
        """What the window title and the logs call this database (never a password)."""
        raise NotImplementedError

    @property
    def location(self) -> Path | URL:
        """Where it was opened from, to open it again (signing in after a lock)."""
        raise NotImplementedError

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

    def dispatch_lock(self) -> contextlib.AbstractContextManager[None]:
        """Held while sending: raises :class:`~app.locks.AlreadyRunning` if another holds it."""
        raise NotImplementedError

    # -- Keyring: a password change must reach wherever the password unlocks data --

    def set_password(self, username: str, password: str) -> None:
        """Nothing beyond the password hash in the user's row (a server's default)."""

    def remove(self, username: str) -> None:
        """Nothing beyond the user's row (a server's default)."""

    def close(self) -> None:
        self.engine.dispose()


@dataclass
class FileDatabase(PracticeDatabase):
    """The single-desk practice: one SQLCipher file and its key slots beside it."""

    path: Path
    engine: Engine
    data_key: DataKey = field(repr=False)

    @property
    def display_name(self) -> str:
        return self.path.name

    @property
    def location(self) -> Path | URL:
        return self.path

    @property
    def key_file_path(self) -> Path:
        return KeyFile.path_for(self.path)

    def dispatch_lock(self) -> contextlib.AbstractContextManager[None]:
        return locks.exclusive(locks.lock_path_for(self.path))

    def set_password(self, username: str, password: str) -> None:
        key_file = KeyFile.load(self.key_file_path)
        key_file.add_slot(username, password, self.data_key)
        key_file.save(self.key_file_path)

    def remove(self, username: str) -> None:
        key_file = KeyFile.load(self.key_file_path)
        key_file.remove_slot(username)
        key_file.save(self.key_file_path)


@dataclass
class ServerDatabase(PracticeDatabase):
    """A group practice's PostgreSQL database, shared by several desks.

    Passwords are checked against the hash in the user's row (there is no key
    to unwrap), and failed attempts are counted there too, for every desk.
    """

    url: URL
    engine: Engine

    @property
    def display_name(self) -> str:
        return public_url(self.url)

    @property
    def location(self) -> Path | URL:
        return self.url

    def dispatch_lock(self) -> contextlib.AbstractContextManager[None]:
        return locks.advisory(self.engine, locks.DISPATCH_LOCK_ID)


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


def _check_first_admin(
    username: str, password: str, practice: settings.PracticeSettings | None
) -> None:
    """Refuse a weak password or incomplete practice details before anything is made."""
    problems = auth.password_problems(password, username)
    if problems:
        raise ValidationError(problems)
    if practice is not None:
        practice.validate()


def _add_first_admin(
    database: PracticeDatabase,
    clock: Clock,
    keyring: auth.Keyring,
    admin: tuple[str, str, str],
    practice: settings.PracticeSettings | None,
    before_commit: Callable[[], None] = lambda: None,
) -> Actor:
    """The first admin (user name, full name, password) and the practice's details."""
    username, full_name, password = admin
    with database.transaction() as session:
        user = auth.create_first_admin(session, clock, keyring, username, full_name, password)
        actor = auth.actor_for(user)
        if practice is not None:
            settings.save_practice(session, clock, actor, practice)
        before_commit()
    return actor


def create_practice(
    path: Path,
    clock: Clock,
    *,
    admin_username: str,
    admin_full_name: str,
    admin_password: str,
    practice: settings.PracticeSettings | None = None,
) -> tuple[FileDatabase, Actor]:
    """Make a new encrypted database with its first admin; the caller shows the recovery key.

    Either both the database and its key file exist afterwards, or neither.
    """
    path = Path(path)
    key_path = KeyFile.path_for(path)
    if path.exists() or key_path.exists():
        raise RelaisError(f"{path} already exists; Relais never overwrites a database.")
    if not path.parent.is_dir():
        raise RelaisError(f"The folder {path.parent} does not exist.")
    _check_first_admin(admin_username, admin_password, practice)
    data_key = DataKey.generate()
    key_file = KeyFile()
    engine = create_encrypted_engine(path, data_key)
    try:
        schema.upgrade(engine)
        database = FileDatabase(path, engine, data_key)
        actor = _add_first_admin(
            database,
            clock,
            _PendingKeyring(key_file, data_key),
            (admin_username, admin_full_name, admin_password),
            practice,
            # Saved inside the transaction: no database is committed without its key file.
            before_commit=lambda: key_file.save(key_path),
        )
    except BaseException:
        engine.dispose()
        for leftover in (path, key_path, *sidecar_paths(path)):
            leftover.unlink(missing_ok=True)
        raise
    return database, actor


def open_with_key(path: Path, data_key: DataKey) -> FileDatabase:
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
    return FileDatabase(path, engine, data_key)


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


def sign_in(path: Path, username: str, password: str, clock: Clock) -> tuple[FileDatabase, Actor]:
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


def open_with_recovery_key(path: Path, recovery_text: str) -> FileDatabase:
    return open_with_key(path, DataKey.from_recovery_text(recovery_text))


# -- a group practice's server ------------------------------------------------------


def open_server(url: URL) -> ServerDatabase:
    """Connect to the practice's PostgreSQL database and bring its schema up to date.

    Several desks may start at once after an update: the migration takes a
    lock on the server, so one desk migrates and the others find it done.
    """
    engine = create_server_engine(url)
    try:
        if not schema.is_current(engine):
            schema.upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return ServerDatabase(url, engine)


def holds_data(engine: Engine) -> bool:
    """False for an empty database, or one holding Relais's schema and no user yet."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if not tables:
            return False
        if not tables <= {*Base.metadata.tables, "alembic_version"}:
            return True  # someone else's tables
        if User.__tablename__ not in tables:
            return True
        return bool(connection.scalar(select(func.count()).select_from(User)))


def create_server_practice(
    url: URL,
    clock: Clock,
    *,
    admin_username: str,
    admin_full_name: str,
    admin_password: str,
    practice: settings.PracticeSettings | None = None,
) -> tuple[ServerDatabase, Actor]:
    """Set up an empty PostgreSQL database for a practice, with its first admin.

    Refuses a database that holds data (any user, or tables not Relais's):
    Relais never writes over a server database it did not make (``migrate-to``
    brings a file's data).
    """
    _check_first_admin(admin_username, admin_password, practice)
    engine = create_server_engine(url)
    try:
        if holds_data(engine):
            raise RelaisError(
                f"{public_url(url)} already holds data; Relais sets up only an empty database."
            )
        schema.upgrade(engine)
        database = ServerDatabase(url, engine)
        actor = _add_first_admin(
            database, clock, database, (admin_username, admin_full_name, admin_password), practice
        )
    except BaseException:
        engine.dispose()
        raise
    return database, actor


def sign_in_server(
    url: URL, username: str, password: str, clock: Clock
) -> tuple[ServerDatabase, Actor]:
    """Open the server database as ``username``: the password is checked against its hash.

    A wrong password is counted in the user's row (so the back-off holds across
    desks) and audited, and that is committed before the error is raised.
    """
    database = open_server(url)
    try:
        with database.transaction() as session:
            try:
                actor: Actor | auth.WrongPassword = auth.authenticate(
                    session, clock, username, password
                )
            except auth.WrongPassword as wrong:
                actor = wrong  # kept, not raised here: the failed attempt must be committed
        if isinstance(actor, auth.WrongPassword):
            raise actor
    except BaseException:
        database.close()
        raise
    return database, actor

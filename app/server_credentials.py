"""The password of a group practice's database server, kept off the desk's disk.

A desk reaches PostgreSQL with the application's role.  Its password is never
written in a settings file or in the address: it comes from the environment
(``RELAIS_DB_PASSWORD``, for a service account), else from the operating
system's keychain through ``keyring`` (Windows Credential Manager, macOS
Keychain, Secret Service), else from a prompt.  With none of them the
connection is tried without one, so certificate login and libpq's own
password file keep working.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping

from sqlalchemy.engine import URL

from app.errors import RelaisError
from db.engine import server_url

PASSWORD_ENV = "RELAIS_DB_PASSWORD"  # noqa: S105 -- the variable's name, not a password
KEYRING_SERVICE = "Relais database"


class KeychainUnavailable(RelaisError):
    """This computer offers no keychain that ``keyring`` can use."""


def keychain_entry(url: URL) -> str:
    """One entry per role and database: ``relais@db.cabinet.lan:5432/relais``."""
    return f"{url.username or ''}@{url.host}:{url.port or 5432}/{url.database}"


def stored_password(url: URL) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, keychain_entry(url))
    except KeyringError:
        return None  # no keychain here: the environment or a prompt must supply it


def remember_password(url: URL, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keychain_entry(url), password)
    except KeyringError as exc:
        raise KeychainUnavailable(
            f"This computer has no keychain to keep the server password in ({exc}); "
            f"set {PASSWORD_ENV} for a service, or type the password at each start."
        ) from exc


def forget_password(url: URL) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):  # nothing stored: as asked
        keyring.delete_password(KEYRING_SERVICE, keychain_entry(url))


def server_address(text: str) -> URL:
    """Parse an address typed by a person; one holding a password is refused."""
    url = server_url(text)
    if url.password is not None:
        raise RelaisError(
            "Put no password in the database address: it would be kept in plain text. "
            f"Relais takes it from the keychain, from {PASSWORD_ENV} or from a prompt."
        )
    return url


def with_password(url: URL, environ: Mapping[str, str]) -> URL:
    """``url`` with the password from the environment or the keychain, if either has one."""
    password = environ.get(PASSWORD_ENV) or stored_password(url)
    return url if password is None else url.set(password=password)

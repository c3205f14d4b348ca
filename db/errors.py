"""Errors raised by the persistence layer, each with a message a person can act on."""

from __future__ import annotations


class DatabaseError(Exception):
    """Base class for database problems that a user should be told about."""


class WrongKeyError(DatabaseError):
    """The key (password, recovery key) does not open this database."""


class KeyFileError(DatabaseError):
    """The key file beside the database is missing, unreadable or damaged."""


class UnknownUserError(DatabaseError):
    """No key slot exists for this user name."""


class DatabaseInUseError(DatabaseError):
    """The database is open elsewhere, so it must not be replaced."""

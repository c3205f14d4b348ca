"""Errors the services raise; each message is meant to be shown to a person."""

from __future__ import annotations

from dataclasses import dataclass


class RelaisError(Exception):
    """Base for every error a user can be told about."""


class PermissionDenied(RelaisError):
    """The signed-in user's role does not allow this action."""


class NotFound(RelaisError):
    pass


@dataclass
class FieldError:
    """One problem with one field, e.g. ``mobile: not a valid French mobile number``."""

    field: str
    message: str
    code: str = ""

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(RelaisError):
    """Input that cannot be saved, with every problem located by field."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(error) for error in errors))


class LoginThrottled(RelaisError):
    def __init__(self, retry_after_seconds: float) -> None:
        self.retry_after_seconds = retry_after_seconds
        super().__init__(
            f"Too many failed attempts; try again in {max(1, round(retry_after_seconds))} s."
        )


class Cancelled(RelaisError):
    """A long task stopped because the user asked it to."""

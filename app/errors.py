"""Errors the services raise; each message is meant to be shown to a person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime


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


class ConcurrentChange(RelaisError):
    """Someone else saved the record after it was read here: nothing was written.

    ``changed_at`` and ``changed_by`` say who made the other change and when,
    when the audit log knows; ``current_version`` is the record's version now.
    """

    def __init__(
        self,
        entity: str,
        entity_id: int,
        *,
        changed_at: datetime | None = None,
        changed_by: str | None = None,
        current_version: int | None = None,
    ) -> None:
        self.entity = entity
        self.entity_id = entity_id
        self.changed_at = changed_at
        self.changed_by = changed_by
        self.current_version = current_version
        who = f" by {changed_by}" if changed_by else ""
        when = (
            f" at {changed_at.astimezone(UTC):%Y-%m-%d %H:%M} UTC" if changed_at is not None else ""
        )
        super().__init__(
            f"{entity.capitalize()} {entity_id} was changed{who}{when} after you read it; "
            "your changes were not saved. Read it again and make your change again."
        )

"""A patient's contact preferences: channels per purpose, caps, quiet hours, format.

Stored one row per patient, so household members sharing a landline keep
their own preferences.  A patient without a row gets :data:`DEFAULTS`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app import attention, audit, patients
from app.access import Actor, Permission
from app.batches import chunks
from app.clock import Clock
from app.errors import FieldError, NotFound, ValidationError
from db.models import Channel, PaperFormat, Patient, Preferences, Purpose, Tone

_HOUR = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
SUNDAY = 7


@dataclass
class ContactPreferences:
    """Everything a patient chose; ``channels`` maps a purpose code to channels in order."""

    channels: dict[str, list[Channel]] = field(default_factory=dict)
    max_per_week: int | None = None
    max_per_month: int | None = None
    # No SMS or call before 9:00, after 19:00, on Sundays or public holidays.
    quiet_before: str = "09:00"
    quiet_after: str = "19:00"
    quiet_days: list[int] = field(default_factory=lambda: [SUNDAY])
    quiet_on_public_holidays: bool = True
    quiet_channels: list[Channel] = field(default_factory=lambda: [Channel.SMS, Channel.PHONE])
    tone: Tone = Tone.FORMAL
    paper_format: PaperFormat = PaperFormat.STANDARD
    paper_only: bool = False
    call_instead_of_letter: bool = False

    def validate(self, purpose_codes: set[str]) -> None:
        errors: list[FieldError] = []
        for code, chosen in self.channels.items():
            if code not in purpose_codes:
                errors.append(
                    FieldError("channels", f"{code!r} is not a purpose", "purpose_unknown")
                )
            if len(set(chosen)) != len(chosen):
                errors.append(
                    FieldError("channels", f"{code}: a channel is listed twice", "duplicate")
                )
        for name in ("quiet_before", "quiet_after"):
            if not _HOUR.match(getattr(self, name)):
                errors.append(FieldError(name, "use HH:MM, e.g. 09:00", "hour_invalid"))
        if not errors and self.quiet_before >= self.quiet_after:
            errors.append(FieldError("quiet_after", "must be later than the start", "hours_order"))
        if any(day not in range(1, 8) for day in self.quiet_days):
            errors.append(
                FieldError("quiet_days", "days are 1 (Monday) to 7 (Sunday)", "day_invalid")
            )
        for name in ("max_per_week", "max_per_month"):
            value = getattr(self, name)
            if value is not None and not 0 <= value <= 100:
                errors.append(FieldError(name, "between 0 and 100", "cap_invalid"))
        if (
            self.max_per_week is not None
            and self.max_per_month is not None
            and self.max_per_week > self.max_per_month
        ):
            errors.append(FieldError("max_per_week", "more than the monthly cap", "caps_order"))
        if errors:
            raise ValidationError(errors)

    def channels_for(self, purpose_code: str) -> list[Channel]:
        """The allowed channels in order; paper-only patients get letters (or calls)."""
        if self.paper_only:
            return [Channel.PHONE] if self.call_instead_of_letter else [Channel.LETTER]
        chosen = self.channels.get(purpose_code)
        if chosen is None:
            chosen = [Channel.SMS, Channel.EMAIL, Channel.LETTER]
        if self.call_instead_of_letter:
            chosen = [Channel.PHONE if c is Channel.LETTER else c for c in chosen]
        return list(dict.fromkeys(chosen))


DEFAULTS = ContactPreferences()


def _from_row(row: Preferences) -> ContactPreferences:
    return ContactPreferences(
        channels={code: [Channel(c) for c in chosen] for code, chosen in row.channels.items()},
        max_per_week=row.max_per_week,
        max_per_month=row.max_per_month,
        quiet_before=row.quiet_before,
        quiet_after=row.quiet_after,
        quiet_days=list(row.quiet_days),
        quiet_on_public_holidays=row.quiet_on_public_holidays,
        quiet_channels=[Channel(c) for c in row.quiet_channels],
        tone=row.tone,
        paper_format=row.paper_format,
        paper_only=row.paper_only,
        call_instead_of_letter=row.call_instead_of_letter,
    )


def _columns(preferences: ContactPreferences) -> dict[str, Any]:
    values = {f.name: getattr(preferences, f.name) for f in fields(preferences)}
    values["channels"] = {
        code: [c.value for c in chosen] for code, chosen in preferences.channels.items()
    }
    values["quiet_channels"] = [c.value for c in preferences.quiet_channels]
    values["quiet_days"] = sorted(set(preferences.quiet_days))
    return values


def _from_needs(
    no_digital_access: bool, needs_call: bool, large_print: bool, easy_read: bool
) -> ContactPreferences:
    """The registry's needs are the starting point until preferences are recorded."""
    return ContactPreferences(
        paper_only=no_digital_access,
        call_instead_of_letter=needs_call,
        paper_format=(
            PaperFormat.LARGE_PRINT
            if large_print
            else PaperFormat.EASY_READ
            if easy_read
            else PaperFormat.STANDARD
        ),
    )


def load(session: Session, patient_id: int) -> ContactPreferences:
    row = session.get(Preferences, patient_id)
    if row is None:
        patient = session.get(Patient, patient_id)
        if patient is None:
            raise NotFound(f"No patient with id {patient_id}.")
        return _from_needs(
            patient.no_digital_access, patient.needs_call, patient.large_print, patient.easy_read
        )
    return _from_row(row)


def load_many(
    session: Session, patient_ids: Sequence[int] | Select[Any]
) -> dict[int, ContactPreferences]:
    """Many patients' preferences in a few queries (the planner's working set).

    ``patient_ids`` may be a query of ids, which the database evaluates itself:
    cheaper than sending it thousands of ids.
    """
    found: dict[int, ContactPreferences] = {}
    pieces = [patient_ids] if isinstance(patient_ids, Select) else chunks(patient_ids)
    for piece in pieces:
        for row in session.scalars(select(Preferences).where(Preferences.patient_id.in_(piece))):
            found[row.patient_id] = _from_row(row)
        needs = session.execute(
            select(
                Patient.id,
                Patient.no_digital_access,
                Patient.needs_call,
                Patient.large_print,
                Patient.easy_read,
            ).where(Patient.id.in_(piece))
        )
        for pid, *flags in needs:
            if pid not in found:
                found[pid] = _from_needs(*flags)
    return found


def save(
    session: Session,
    clock: Clock,
    actor: Actor,
    patient_id: int,
    preferences: ContactPreferences,
    expected_version: int | None = None,
) -> list[str]:
    """Record a patient's preferences; returns the names of the fields that changed.

    The preferences belong to the patient's record and move its version:
    ``expected_version`` (the version read when the form was shown) refuses
    the save with :class:`ConcurrentChange` if another desk changed the record
    or its preferences since, and nothing is written.
    """
    actor.require(Permission.EDIT_PATIENTS)
    patient = patients.check_version(session, patient_id, expected_version)
    codes = set(session.scalars(select(Purpose.code)))
    preferences.validate(codes)
    before = _columns(load(session, patient_id))
    after = _columns(preferences)
    changed = sorted(name for name in after if before[name] != after[name])
    row = session.get(Preferences, patient_id)
    if row is None:
        row = Preferences(patient_id=patient_id, updated_at=clock.now(), **after)
        session.add(row)
        changed = changed or ["created"]
    else:
        for name, value in after.items():
            setattr(row, name, value)
        row.updated_at = clock.now()
    try:
        if changed:
            patients.bump_version(patient)
            attention.renew(session, patient_id)
            audit.record(
                session,
                clock,
                actor,
                "preferences.changed",
                entity="patient",
                entity_id=patient_id,
                details={"fields": changed},
            )
        session.flush()
    except StaleDataError:
        # The patient row moved after this session read it: see patients.update_patient.
        raise patients.stale_change(session, patient_id) from None
    return changed

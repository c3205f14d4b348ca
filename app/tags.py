"""Patient tags ("diabetes", "asthme"): the words a recall programme's cohort is chosen by.

A tag is trimmed, its inner spaces collapsed and put in lower case, so
"Diabetes " and "diabetes" are one tag; accents are kept ("diabète" is the
practice's word, not ours to change).  Tags say something about a patient's
health: the audit log records how many were added or removed, never which.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from app import audit, generation
from app.access import Actor, Permission
from app.batches import chunks
from app.clock import Clock
from app.errors import FieldError, NotFound, ValidationError
from db.models import Patient, PatientTag, RecallProgramme

TAG_LIMIT = 40  # PatientTag.tag
SEPARATORS = re.compile(r"[;,]")
# What a spreadsheet would run when the tags are exported again (as the CSV import refuses).
FORMULA_START = ("=", "+", "-", "@")


def normalise(tag: str) -> str:
    """Trimmed, inner spaces collapsed, lower case: "  Diabète  Type 2" -> "diabète type 2"."""
    return " ".join(tag.split()).lower()


def split(text: str) -> list[str]:
    """The tags of one cell or field: separated by ";" or ",", empty ones dropped."""
    return [part for part in SEPARATORS.split(text) if part.strip()]


def check(tags: Iterable[str], field: str = "tags") -> tuple[list[str], list[FieldError]]:
    """The normalised tags, without duplicates and sorted, and what is wrong with any."""
    kept: set[str] = set()
    errors: list[FieldError] = []
    for raw in tags:
        tag = normalise(raw)
        if not tag:
            continue
        if SEPARATORS.search(tag):
            errors.append(FieldError(field, f"{tag!r}: one tag at a time, without ';' or ','"))
        elif tag.startswith(FORMULA_START):
            errors.append(
                FieldError(field, f"{tag!r} starts like a spreadsheet formula", "formula")
            )
        elif len(tag) > TAG_LIMIT:
            errors.append(
                FieldError(field, f"{tag[:20]!r}…: at most {TAG_LIMIT} characters", "too_long")
            )
        else:
            kept.add(tag)
    return sorted(kept), errors


def tags_of(session: Session, patient_id: int) -> list[str]:
    return list(
        session.scalars(
            select(PatientTag.tag)
            .where(PatientTag.patient_id == patient_id)
            .order_by(PatientTag.tag)
        )
    )


def tags_by_patient(session: Session, patient_ids: Sequence[int]) -> dict[int, list[str]]:
    """Many patients' tags in a few queries; patients without a tag are left out."""
    found: dict[int, list[str]] = {}
    for piece in chunks(list(patient_ids)):
        for pid, tag in session.execute(
            select(PatientTag.patient_id, PatientTag.tag)
            .where(PatientTag.patient_id.in_(piece))
            .order_by(PatientTag.patient_id, PatientTag.tag)
        ):
            found.setdefault(pid, []).append(tag)
    return found


def all_tags(session: Session) -> list[tuple[str, int]]:
    """Every tag in use with its number of patients, in alphabetical order."""
    rows = session.execute(
        select(PatientTag.tag, func.count()).group_by(PatientTag.tag).order_by(PatientTag.tag)
    )
    return [(tag, int(count)) for tag, count in rows]


def set_tags(
    session: Session, clock: Clock, actor: Actor, patient_id: int, tags: Iterable[str]
) -> list[str]:
    """Make ``tags`` the patient's tags; returns them as stored (normalised, sorted)."""
    actor.require(Permission.EDIT_PATIENTS)
    if session.get(Patient, patient_id) is None:
        raise NotFound(f"No patient with id {patient_id}.")
    wanted, errors = check(tags)
    if errors:
        raise ValidationError(errors)
    current = set(tags_of(session, patient_id))
    added = sorted(set(wanted) - current)
    removed = sorted(current - set(wanted))
    if not added and not removed:
        return wanted
    replace_many(session, {patient_id: wanted})
    programmes_concerned(session, clock.now(), [*added, *removed])
    audit.record(
        session,
        clock,
        actor,
        "patient.tags_changed",
        entity="patient",
        entity_id=patient_id,
        details={"added": len(added), "removed": len(removed)},
    )
    return wanted


def programmes_concerned(session: Session, now: datetime, changed: Sequence[str] | None) -> None:
    """Make the next tick refresh the recall programmes whose cohort is chosen by one of
    the ``changed`` tags (None: by any tag)."""
    query = select(RecallProgramme.id).where(RecallProgramme.tag.is_not(None))
    if changed is not None:
        query = query.where(RecallProgramme.tag.in_(changed))
    for programme_id in session.scalars(query):
        generation.invalidate(session, generation.RECALLS, now, programme_id)


def replace_many(session: Session, tags: Mapping[int, Sequence[str]]) -> None:
    """Replace the tags of every patient in ``tags`` (already checked); the caller audits."""
    ids = list(tags)
    for piece in chunks(ids):
        session.execute(delete(PatientTag).where(PatientTag.patient_id.in_(piece)))
    rows = [{"patient_id": pid, "tag": tag} for pid in ids for tag in sorted(set(tags[pid]))]
    if rows:
        session.execute(insert(PatientTag), rows)

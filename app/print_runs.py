"""Print runs kept: a batch of letters as it came out of the printer, reprintable as it was.

When a person says a batch printed (:func:`keep_printed`), its letters move
to ``printed`` (:func:`app.letters.mark_printed`) and the batch is kept: the
PDF itself, inside the encrypted database like the rest of the patients'
data, with its SHA-256, its page count, what the cover counts, and where each
letter lies in it.  So:

- a reprint of the batch (:func:`batch_pdf`) gives the same bytes: the hash
  is checked on every read, and a PDF that no longer matches it is refused
  (:class:`BatchDamaged`), never replaced by a different copy;
- one letter can be reprinted alone (:func:`letter_pdf`): its pages, taken
  from the kept batch;
- a reprint does not change the letters' state (they stay printed or
  posted); it is audited, as every read of the patients' letters is.

The PDFs are not kept for ever.  :func:`empty_old_batches` empties those
older than :data:`KEEP_PDF_DAYS` (90 days: long enough to answer "my letter
never came", short enough not to hold a second copy of every address); the
nightly work calls it.  Erasing a patient empties every batch holding one of
their letters (:func:`empty_batches_of_patient`, called by
:func:`app.rights.erase_patient`).  An emptied batch keeps its hash, sizes,
counts and letter list: the register of what was printed stays whole.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from io import BytesIO
from typing import Any

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from app import audit, letters
from app.access import Actor, Permission
from app.calls import NotActionable
from app.clock import Clock
from app.errors import NotFound, RelaisError
from app.letters import LetterBatch
from db.models import Patient, PrintBatch, PrintBatchLetter

KEEP_PDF_DAYS = 90
KIND_LETTERS = "letters"
RETENTION_WHY = "kept {days} days"
ERASURE_WHY = "a patient whose letter it holds was erased"


class BatchDamaged(RelaisError):
    """A kept PDF no longer matches the hash taken when it printed: it is not handed out."""


class BatchEmptied(RelaisError):
    """A kept batch whose PDF was emptied (retention or erasure): there is nothing to reprint."""


@dataclass(frozen=True)
class KeptBatch:
    """One print run in the register, newest first in :func:`kept_batches`.

    ``counts`` is what the cover counted: ``{"purpose": {code: n},
    "paper_format": {format: n}}``.  ``emptied_at`` is set once the PDF is
    gone (``emptied_why`` says why); the rest stays.
    """

    id: int  # the batch number on its cover
    kind: str
    created_at: datetime
    created_by: str
    letters: int
    pages: int
    size_bytes: int
    sha256: str
    counts: dict[str, dict[str, int]]
    emptied_at: datetime | None
    emptied_why: str | None

    @property
    def emptied(self) -> bool:
        return self.emptied_at is not None


@dataclass(frozen=True)
class KeptLetter:
    """A letter in a kept batch: its pages (the cover is page 1) and whose it is."""

    position: int
    message_id: int
    patient_id: int
    patient_name: str  # "LEFÈVRE Hélène" ("EFFACÉ" once erased)
    first_page: int
    pages: int


def keep_printed(session: Session, clock: Clock, actor: Actor, batch: LetterBatch) -> KeptBatch:
    """The batch came out of the printer: its letters are marked printed and the batch kept.

    All or nothing, like :func:`app.letters.mark_printed`.  Refused when the
    batch holds no letter, or when its number (on the cover) was taken by a
    batch another desk kept meanwhile: then prepare the letters again.
    """
    actor.require(Permission.EDIT_PATIENTS)
    if batch.number is None or not batch.letters or not batch.pdf:
        raise NotActionable("This batch holds no letter to keep.")
    if session.get(PrintBatch, batch.number) is not None:
        raise NotActionable(
            f"Batch number {batch.number} was kept by another desk meanwhile; "
            "prepare the letters again (nothing was marked printed)."
        )
    letters.mark_printed(session, clock, actor, batch.message_ids)
    now = clock.now()
    row = PrintBatch(
        id=batch.number,
        kind=KIND_LETTERS,
        created_at=now,
        created_by=actor.username,
        sha256=hashlib.sha256(batch.pdf).hexdigest(),
        pdf=batch.pdf,
        size_bytes=len(batch.pdf),
        pages=batch.pages,
        letters=len(batch.letters),
        counts=batch.counts(),
    )
    session.add(row)
    session.flush()
    session.add_all(
        PrintBatchLetter(
            batch_id=row.id,
            position=letter.position,
            message_id=letter.message_id,
            patient_id=letter.patient_id,
            first_page=letter.first_page,
            pages=letter.pages,
        )
        for letter in batch.letters
    )
    audit.record(
        session,
        clock,
        actor,
        "print_batch.kept",
        entity="print_batch",
        entity_id=row.id,
        details={"letters": row.letters, "pages": row.pages, "sha256": row.sha256},
    )
    session.flush()
    return _kept(row)


def kept_batches(session: Session, *, limit: int | None = None) -> list[KeptBatch]:
    """The register of print runs, newest first (the PDFs themselves are not read)."""
    query = select(*_REGISTER_COLUMNS).order_by(PrintBatch.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return [KeptBatch(*row) for row in session.execute(query)]


def kept_batch(session: Session, batch_id: int) -> KeptBatch:
    row = session.execute(select(*_REGISTER_COLUMNS).where(PrintBatch.id == batch_id)).first()
    if row is None:
        raise NotFound(f"No kept print run number {batch_id}.")
    return KeptBatch(*row)


def batch_letters(session: Session, batch_id: int) -> list[KeptLetter]:
    """The letters of a kept batch, in print order."""
    kept_batch(session, batch_id)
    rows = session.execute(
        select(
            PrintBatchLetter.position,
            PrintBatchLetter.message_id,
            PrintBatchLetter.patient_id,
            Patient.last_name,
            Patient.first_name,
            PrintBatchLetter.first_page,
            PrintBatchLetter.pages,
        )
        .join(Patient, Patient.id == PrintBatchLetter.patient_id)
        .where(PrintBatchLetter.batch_id == batch_id)
        .order_by(PrintBatchLetter.position)
    )
    return [
        KeptLetter(position, message_id, patient_id, f"{last.upper()} {first}".strip(), page, n)
        for position, message_id, patient_id, last, first, page, n in rows
    ]


def batch_pdf(session: Session, clock: Clock, actor: Actor, batch_id: int) -> bytes:
    """The kept batch, byte for byte as it printed (hash checked); the reprint is audited.

    Raises :class:`NotFound`, :class:`BatchEmptied` or :class:`BatchDamaged`.
    """
    actor.require(Permission.VIEW_PATIENTS)
    pdf = _verified_pdf(session, batch_id)
    audit.record(
        session, clock, actor, "print_batch.reprinted", entity="print_batch", entity_id=batch_id
    )
    return pdf


def letter_pdf(
    session: Session, clock: Clock, actor: Actor, batch_id: int, message_id: int
) -> bytes:
    """One letter of a kept batch, alone: its pages, taken from the batch as it printed.

    The reprint is audited (on the message, as its printing was); the letter's
    state does not change.  Raises :class:`NotFound` when the batch, or the
    letter in it, is unknown; :class:`BatchEmptied`, :class:`BatchDamaged`.
    """
    from pypdf import PdfReader, PdfWriter

    actor.require(Permission.VIEW_PATIENTS)
    place = session.execute(
        select(PrintBatchLetter.first_page, PrintBatchLetter.pages).where(
            PrintBatchLetter.batch_id == batch_id, PrintBatchLetter.message_id == message_id
        )
    ).first()
    if place is None:
        kept_batch(session, batch_id)  # NotFound names the batch when it is the batch
        raise NotFound(f"Letter {message_id} is not in print run number {batch_id}.")
    first_page, pages = place
    reader = PdfReader(BytesIO(_verified_pdf(session, batch_id)))
    writer = PdfWriter()
    for index in range(first_page - 1, first_page - 1 + pages):
        writer.add_page(reader.pages[index])
    if reader.metadata is not None:
        writer.add_metadata(
            {key: str(value) for key, value in reader.metadata.items() if key != "/Title"}
        )
    writer.add_metadata({"/Title": f"Letter {message_id} (print run {batch_id})"})
    output = BytesIO()
    writer.write(output)
    audit.record(
        session,
        clock,
        actor,
        "letter.reprinted",
        entity="message",
        entity_id=message_id,
        details={"print_batch": batch_id},
    )
    return output.getvalue()


def empty_old_batches(
    session: Session, clock: Clock, *, keep_days: int = KEEP_PDF_DAYS, actor: Actor | str = "system"
) -> int:
    """Empty the PDFs of the batches kept more than ``keep_days``; returns how many.

    The hash, sizes, counts and letter list stay.  Meant for the nightly work.
    """
    cutoff = clock.now() - timedelta(days=keep_days)
    ids = list(
        session.scalars(
            select(PrintBatch.id).where(
                PrintBatch.created_at < cutoff, PrintBatch.emptied_at.is_(None)
            )
        )
    )
    _empty(session, clock, ids, RETENTION_WHY.format(days=keep_days))
    if ids:
        audit.record(
            session,
            clock,
            actor,
            "print_batch.emptied",
            details={"batches": ids, "why": "retention", "keep_days": keep_days},
        )
    return len(ids)


def empty_batches_of_patient(session: Session, clock: Clock, patient_id: int) -> int:
    """Empty every kept PDF holding a letter to ``patient_id`` (their erasure); returns how many.

    The caller (:func:`app.rights.erase_patient`) audits the erasure and says
    how many batches it emptied.
    """
    holding = exists().where(
        PrintBatchLetter.batch_id == PrintBatch.id, PrintBatchLetter.patient_id == patient_id
    )
    ids = list(
        session.scalars(select(PrintBatch.id).where(holding, PrintBatch.emptied_at.is_(None)))
    )
    _empty(session, clock, ids, ERASURE_WHY)
    return len(ids)


# -- inside ------------------------------------------------------------------------------------

_REGISTER_COLUMNS: tuple[Any, ...] = (
    PrintBatch.id,
    PrintBatch.kind,
    PrintBatch.created_at,
    PrintBatch.created_by,
    PrintBatch.letters,
    PrintBatch.pages,
    PrintBatch.size_bytes,
    PrintBatch.sha256,
    PrintBatch.counts,
    PrintBatch.emptied_at,
    PrintBatch.emptied_why,
)


def _kept(row: PrintBatch) -> KeptBatch:
    return KeptBatch(
        row.id,
        row.kind,
        row.created_at,
        row.created_by,
        row.letters,
        row.pages,
        row.size_bytes,
        row.sha256,
        row.counts,
        row.emptied_at,
        row.emptied_why,
    )


def _verified_pdf(session: Session, batch_id: int) -> bytes:
    row = session.execute(
        select(
            PrintBatch.pdf, PrintBatch.sha256, PrintBatch.emptied_at, PrintBatch.emptied_why
        ).where(PrintBatch.id == batch_id)
    ).first()
    if row is None:
        raise NotFound(f"No kept print run number {batch_id}.")
    pdf, sha256, emptied_at, why = row
    if emptied_at is not None:
        raise BatchEmptied(
            f"Print run number {batch_id} is no longer kept ({why}, "
            f"{emptied_at:%Y-%m-%d}): there is nothing to reprint."
        )
    found = hashlib.sha256(pdf).hexdigest()
    if found != sha256:
        raise BatchDamaged(
            f"Print run number {batch_id} does not match the hash taken when it printed "
            f"({sha256[:12]}…, found {found[:12]}…): it is not reprinted. "
            "Restore a backup, or print the letters again."
        )
    return bytes(pdf)


def _empty(session: Session, clock: Clock, ids: list[int], why: str) -> None:
    if ids:
        session.execute(
            update(PrintBatch)
            .where(PrintBatch.id.in_(ids))
            .values(pdf=b"", emptied_at=clock.now(), emptied_why=why),
            execution_options={"synchronize_session": False},
        )
        for row in session.identity_map.values():
            if isinstance(row, PrintBatch) and row.id in ids:
                session.expire(row)

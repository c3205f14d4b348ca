"""One outbox message rendered from its template: the words the patient receives.

Shared by the dispatcher (e-mail, SMS, call scripts) and the print run
(letters), so a letter printed at the desk says exactly what the dispatcher
would have written: same context (:mod:`app.message_context`), same template
version (:mod:`app.template_store`), same rules (:mod:`app.templates`).

A letter to a patient whose paper format is easy-read
(:attr:`db.models.PaperFormat.EASY_READ`, from their contact preferences) is
written from the easy-read variant of the template; every other message from
the standard one.  The print run lays it out in its own typography.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app import message_context, template_store, templates
from app.batches import chunks
from app.errors import NotFound
from app.settings import PracticeSettings
from db.models import (
    Appointment,
    Channel,
    Message,
    MessageItem,
    PaperFormat,
    Patient,
    Preferences,
    Purpose,
    Reminder,
    Tone,
)


class Renderable(Protocol):
    """What rendering reads of a message, and the template version it sets: a
    :class:`db.models.Message`, or the columns a print run reads of a queued letter."""

    @property
    def id(self) -> int: ...

    @property
    def patient_id(self) -> int: ...

    @property
    def language(self) -> str: ...

    @property
    def channel(self) -> Channel: ...

    @property
    def tone(self) -> Tone: ...

    template_version: int | None


def render(
    session: Session,
    message: Message,
    practice: PracticeSettings,
    *,
    sms_reply_number: str = "",
) -> templates.Rendered:
    """Render ``message`` with the template in use now; sets ``message.template_version``.

    Raises :class:`app.templates.TemplateError` when the template cannot be
    rendered.  The caller stores the subject and body (it decides when).
    """
    rendered, _context = render_with_context(
        session, message, practice, sms_reply_number=sms_reply_number
    )
    return rendered


def render_with_context(
    session: Session,
    message: Message,
    practice: PracticeSettings,
    *,
    sms_reply_number: str = "",
) -> tuple[templates.Rendered, templates.MessageContext]:
    """:func:`render`, and the context it was given (a letter prints its "why" apart).

    :func:`render_many` for one message: the same reads, the same choice of
    template, the same rendering.
    """
    outcome = render_many(session, [message], practice, sms_reply_number=sms_reply_number)[0]
    if isinstance(outcome, templates.TemplateError):
        raise outcome
    return outcome


Outcome = tuple[templates.Rendered, templates.MessageContext] | templates.TemplateError


def render_many(
    session: Session,
    messages: Sequence[Renderable],
    practice: PracticeSettings,
    *,
    sms_reply_number: str = "",
) -> list[Outcome]:
    """Render each of ``messages``, in order: its words and context, or why its template failed.

    What a message needs (its patient, what is due and the appointment it is
    about, which template) is read in a few queries for all of them, without
    loading rows into the session; each template is read once and compiled
    once, whatever the count.  Sets each ``message.template_version``.  A
    print run renders a thousand letters this way; the dispatcher one message
    (:func:`render_with_context`).  Raises :class:`app.errors.NotFound` for a
    message with nothing due (there is nothing to say).
    """
    if not messages:
        return []
    message_ids = [message.id for message in messages]
    patients = _patients(session, sorted({message.patient_id for message in messages}))
    items = _items(session, message_ids)
    places = _appointments(
        session,
        sorted({due[0].appointment_id for due in items.values() if due[0].appointment_id}),
    )
    zone = practice.zone()
    sources: dict[templates.TemplateKey, tuple[str, int | None]] = {}
    outcomes: list[Outcome] = []
    for message in messages:
        due = items.get(message.id)
        if not due:
            raise NotFound(f"Message {message.id} has nothing due: there is nothing to say.")
        patient = patients[message.patient_id]
        first = due[0]
        # Only an appointment names a practitioner (a recall programme has none): a
        # reminder's label is what is due ("Dépistage…", a drug), never who signs.
        # Without one, the templates sign with the practice's name alone.
        place, practitioner = "", ""
        if first.appointment_id is not None and first.appointment_id in places:
            place, practitioner = places[first.appointment_id]
        language = message.language if message.language in templates.LANGUAGES else "fr"
        easy_read = message.channel is Channel.LETTER and _reads_easy_read(session, patient.id)
        context = message_context.build(
            practice=practice,
            zone=zone,
            channel=message.channel.value,
            language=language,
            tone=message.tone.value,
            sex=patient.sex,
            first_name=patient.first_name,
            last_name=patient.last_name,
            purpose=first.purpose,
            due_at=first.due_at,
            practitioner=practitioner,
            place=place,
            items=[item.label for item in due],
            sms_reply_number=sms_reply_number,
            easy_read=easy_read,
        )
        key = templates.TemplateKey(
            first.purpose, message.channel.value, language, message.tone.value
        )
        if easy_read:
            key = templates.TemplateKey(
                first.purpose, key.channel, language, key.tone, templates.EASY_READ
            )
        if key not in sources:
            sources[key] = template_source(session, key)
        source, version = sources[key]
        message.template_version = version
        try:
            rendered = templates.render(source, context, channel=key.channel, language=language)
        except templates.TemplateError as error:
            outcomes.append(error)
            continue
        outcomes.append((rendered, context))
    return outcomes


@dataclass(frozen=True)
class _Due:
    label: str
    due_at: datetime
    appointment_id: int | None
    purpose: str  # its code


def _patients(session: Session, patient_ids: Sequence[int]) -> dict[int, Any]:
    found: dict[int, Any] = {}
    for piece in chunks(patient_ids):
        for row in session.execute(
            select(Patient.id, Patient.sex, Patient.first_name, Patient.last_name).where(
                Patient.id.in_(piece)
            )
        ):
            found[row.id] = row
    return found


def _items(session: Session, message_ids: Sequence[int]) -> dict[int, list[_Due]]:
    """What each message is about, the first due first."""
    found: dict[int, list[_Due]] = {}
    for piece in chunks(message_ids):
        for message_id, label, due_at, appointment_id, purpose in session.execute(
            select(
                MessageItem.message_id,
                Reminder.label,
                Reminder.due_at,
                Reminder.appointment_id,
                Purpose.code,
            )
            .join(MessageItem, MessageItem.reminder_id == Reminder.id)
            .join(Purpose, Purpose.id == Reminder.purpose_id)
            .where(MessageItem.message_id.in_(piece))
            .order_by(Reminder.due_at)
        ):
            found.setdefault(message_id, []).append(_Due(label, due_at, appointment_id, purpose))
    return found


def _appointments(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """Where each appointment is and with whom."""
    found: dict[int, tuple[str, str]] = {}
    for piece in chunks(ids):
        for appointment_id, place, practitioner in session.execute(
            select(Appointment.id, Appointment.place, Appointment.practitioner).where(
                Appointment.id.in_(piece)
            )
        ):
            found[appointment_id] = (place, practitioner)
    return found


_EASY_READERS = "relais.easy_read_patients"


def _reads_easy_read(session: Session, patient_id: int) -> bool:
    """The patient's paper format is easy-read, read as :func:`app.preferences.load` reads
    it: the recorded preferences, else the patient's needs (large print wins).

    A print run renders a thousand letters in one transaction; one query per letter
    would cost more than the rest of the letter.  The few easy-read patients are
    read once per transaction instead (a change of preferences commits first).
    """
    cached = session.info.get(_EASY_READERS)
    if cached is not None and cached[0] is session.get_transaction():
        return patient_id in cached[1]
    with session.no_autoflush:
        recorded = session.scalars(
            select(Preferences.patient_id).where(Preferences.paper_format == PaperFormat.EASY_READ)
        )
        from_needs = session.scalars(
            select(Patient.id).where(
                Patient.easy_read.is_(True),
                Patient.large_print.is_(False),
                ~exists().where(Preferences.patient_id == Patient.id),
            )
        )
        readers = frozenset(recorded) | frozenset(from_needs)
    session.info[_EASY_READERS] = (session.get_transaction(), readers)
    return patient_id in readers


def template_source(session: Session, key: templates.TemplateKey) -> tuple[str, int | None]:
    """The words in use for ``key`` and their version (None: the shipped default).

    An easy-read key without any words (a purpose the practice added, with no
    easy-read version) falls back to the standard letter.
    """
    try:
        return template_store.current_source(session, key)
    except NotFound:
        if key.variant == templates.STANDARD:
            raise
        # A purpose the practice added has no shipped easy-read words: the standard
        # letter is better than no letter.
        return template_store.current_source(session, key.standard)

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

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app import message_context, template_store, templates
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
)


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
    """:func:`render`, and the context it was given (a letter prints its "why" apart)."""
    patient = session.get(Patient, message.patient_id)
    assert patient is not None
    rows = session.execute(
        select(Reminder, Purpose.code)
        .join(MessageItem, MessageItem.reminder_id == Reminder.id)
        .join(Purpose, Purpose.id == Reminder.purpose_id)
        .where(MessageItem.message_id == message.id)
        .order_by(Reminder.due_at)
    ).all()
    first, purpose = rows[0]
    place = ""
    practitioner = first.label
    if first.appointment_id is not None:
        appointment = session.get(Appointment, first.appointment_id)
        if appointment is not None:
            place, practitioner = appointment.place, appointment.practitioner
    language = message.language if message.language in templates.LANGUAGES else "fr"
    context = message_context.build(
        practice=practice,
        zone=practice.zone(),
        channel=message.channel.value,
        language=language,
        tone=message.tone.value,
        sex=patient.sex,
        first_name=patient.first_name,
        last_name=patient.last_name,
        purpose=purpose,
        due_at=first.due_at,
        practitioner=practitioner,
        place=place,
        items=[r.label for r, _ in rows],
        sms_reply_number=sms_reply_number,
    )
    key = templates.TemplateKey(purpose, message.channel.value, language, message.tone.value)
    if message.channel is Channel.LETTER and _reads_easy_read(session, patient.id):
        key = templates.TemplateKey(purpose, key.channel, language, key.tone, templates.EASY_READ)
    source, version = template_source(session, key)
    message.template_version = version
    return templates.render(source, context, channel=key.channel, language=language), context


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


# app.letters' batch renderer reads the same choice under its first name.
_source = template_source

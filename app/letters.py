"""The print run: letters leave the outbox as one PDF, are printed, then posted (DESIGN §5, §10.4).

The dispatcher queues a letter (``queued``); a person prints the batch and
says it printed (``printed``, :func:`app.print_runs.keep_printed`, which also
keeps the batch for identical reprints), then that the envelopes went
(``posted``).

A batch starts with one cover sheet for the person at the printer (never
put in an envelope): the batch number it is kept under, the date, the number
of letters and pages, counts by purpose and by paper format, and the print
order (postcode, then name).  :class:`LetterBatch` says where each letter
lies in the PDF (:class:`BatchLetter`).  A long run reports each letter, read
then laid out, to a :class:`app.tasks.Progress` and stops on its cancel.

Before a letter goes into a batch it is checked again exactly as the
dispatcher checks an e-mail before sending it (:func:`app.dispatch.recheck`):
a patient who withdrew their consent, moved away or was erased since the
letter was planned is left out, and the letter is cancelled with why.  Each
letter is then rendered again from the template in use, in print order and
:data:`LETTERS_AT_ONCE` at a time (:func:`app.message_render.render_many`,
the code the dispatcher renders one message with), the words are stored on
the message, as the dispatcher does for the other channels, and the letters
are laid out: a long run holds its PDF, not every letter's words.  A
satisfaction-survey letter prints as its survey form with its reply slip
(:func:`app.surveys.survey_letters`), after the other letters.

One letter, on A4 paper folded in three for a window envelope (DL, window on
the right):

- the practice's name, address and phone at the top left;
- the patient's postal address where the window is;
- place and date, the subject, then the body of the template;
- at the foot of its last page: why the patient receives it and how to stop
  or change their preferences (the reason sentence of
  :mod:`app.message_context` and the practice's phone), and the reply slip
  that sentence mentions.  When the template says the reason or the opt-out
  sentence itself (the template lint asks for both), it is printed once, at
  the foot, not twice;
- "page x / y" with the patient's name when the letter runs over one page,
  so a loose page still says where it belongs.

Every letter starts on a new page.  Large print (16 pt for every word of
the letter: letterhead, address, body, foot, reply slip, page numbers) and
easy read (14 pt body) follow the patient's paper format.  The window and the
logo follow the practice's paper settings (:mod:`app.paper_settings`).
Everything is printed with DejaVu (:mod:`app.pdf_fonts`): Ł, ß, Cyrillic and
Greek names print as written.  ReportLab is imported lazily (DESIGN §9).
"""

from __future__ import annotations

import gc
import os
import re
import tempfile
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache, partial
from io import BytesIO
from pathlib import Path
from typing import Any, NamedTuple, Protocol
from xml.sax.saxutils import escape, unescape

from babel.core import Locale
from babel.dates import format_date
from sqlalchemy import bindparam, func, or_, select, update
from sqlalchemy.orm import Session, defer

from app import (
    audit,
    dispatch,
    message_render,
    paper_settings,
    pdf_layout,
    preferences,
    reach,
    streamed_pdf,
    templates,
)
from app.access import Actor, Permission
from app.batches import chunks, rows_by_id
from app.calls import NotActionable
from app.clock import Clock
from app.errors import NotFound, RelaisError
from app.message_context import TITLES
from app.outbox import _without_collection_pauses
from app.paper_settings import PaperSettings
from app.pdf_fonts import SANS, SANS_BOLD
from app.settings import PracticeSettings, load_practice
from app.tasks import Progress
from app.version import pdf_creator
from db.models import (
    Base,
    Channel,
    ContactKind,
    ContactPoint,
    Message,
    MessageItem,
    MessageStatus,
    PaperFormat,
    Patient,
    PrintBatch,
    Purpose,
    Sex,
    Tone,
)

_LOCALES = {"fr": "fr_FR", "en": "en_GB"}

# Millimetres on A4, from the top left corner.  The address sits where a DL
# window envelope (window 45 × 100 mm, 20 mm from the right) shows it once the
# sheet is folded in three; the folds are marked at a third and two thirds.
# The window and letterhead below are the defaults: the practice's paper
# settings move them (app.paper_settings.letter_layout), checked with a test page.
PAGE_WIDTH_MM = 210
PAGE_HEIGHT_MM = 297
PAGE_TOP_MM = 12
SENDER_HEIGHT_MM = 38
WINDOW_LEFT_MM = 105
WINDOW_TOP_MM = 52
WINDOW_WIDTH_MM = 85
WINDOW_HEIGHT_MM = 38
BODY_TOP_MM = 97
BOTTOM_MM = 16
FOLDS_MM = (99, 198)
BODY_SIZES = {  # (font size, leading) in points, by paper format
    PaperFormat.STANDARD: (11, 15),
    PaperFormat.EASY_READ: (14, 19),
    # RNIB clear print: 1.5 line spacing (the issue), so 24 pt between 16 pt lines.
    PaperFormat.LARGE_PRINT: (16, 24),
}
# Under this size, nothing of a letter in that format prints: the letterhead, the
# address, the foot, the slip and the page numbers included.
SMALLEST_SIZES = {
    PaperFormat.STANDARD: 0.0,
    PaperFormat.EASY_READ: 14.0,
    PaperFormat.LARGE_PRINT: 16.0,
}
BOX = "☐"  # an empty box on the reply slip
SCISSORS = "✂"

WORDS: dict[str, dict[str, Any]] = {
    "fr": {
        "title": "Courriers du {date}",
        "place_date": "{place}, le {date}",
        "date": "Le {date}",
        "subject": "Objet : {subject}",
        "phone": "Tél. : {phone}",
        "why": "Pourquoi ce courrier ?",
        "preferences": "Vos préférences de contact :",
        "preferences_informal": "Tes préférences de contact :",
        "slip": "Coupon-réponse",
        "slip_to": "à découper et renvoyer à : {address}",
        "slip_who": "{name} · dossier n° {patient} · courrier n° {message}",
        "slip_stop": "Je ne souhaite plus recevoir de courriers pour : {purpose}",
        "slip_prefer": "Je préfère être contacté(e) par :",
        "slip_channels": ("SMS", "e-mail", "téléphone"),
        "slip_contact": "Mon portable ou mon e-mail :",
        "slip_signature": "Date et signature :",
        "page": "page {number} / {total}",
    },
    "en": {
        "title": "Letters of {date}",
        "place_date": "{place}, {date}",
        "date": "{date}",
        "subject": "{subject}",
        "phone": "Phone: {phone}",
        "why": "Why this letter?",
        "preferences": "Your contact preferences:",
        "preferences_informal": "Your contact preferences:",
        "slip": "Reply slip",
        "slip_to": "cut out and send back to: {address}",
        "slip_who": "{name} · file no. {patient} · letter no. {message}",
        "slip_stop": "I no longer wish to receive letters about: {purpose}",
        "slip_prefer": "I would rather be contacted by:",
        "slip_channels": ("text message", "e-mail", "phone"),
        "slip_contact": "My mobile or e-mail:",
        "slip_signature": "Date and signature:",
        "page": "page {number} / {total}",
    },
}

# The foot and the slip of an easy-read letter: short plain words, one idea a line.
EASY_READ_WORDS: dict[str, dict[str, Any]] = {
    "fr": {
        "why": "Pourquoi cette lettre ?",
        "preferences": "Pour changer ou arrêter :",
        "preferences_informal": "Pour changer ou arrêter :",
        "slip": "Coupon-réponse",
        "slip_to": "Découpez ce coupon. Envoyez-le à : {address}",
        "slip_to_informal": "Découpe ce coupon. Envoie-le à : {address}",
        "slip_stop": "Je ne veux plus de lettres pour : {purpose}",
        "slip_prefer": "Je préfère :",
        "slip_channels": ("SMS", "e-mail", "téléphone"),
        "slip_contact": "Mon portable ou mon e-mail :",
        "slip_signature": "Date et signature :",
    },
    "en": {
        "why": "Why this letter?",
        "preferences": "To change or stop:",
        "preferences_informal": "To change or stop:",
        "slip": "Reply slip",
        "slip_to": "Cut out this slip. Send it to: {address}",
        "slip_to_informal": "Cut out this slip. Send it to: {address}",
        "slip_stop": "I do not want letters about: {purpose}",
        "slip_prefer": "I would rather have:",
        "slip_channels": ("text message", "e-mail", "phone"),
        "slip_contact": "My mobile or e-mail:",
        "slip_signature": "Date and signature:",
    },
}


def _foot_words(language: str, paper: PaperFormat) -> dict[str, Any]:
    if paper is PaperFormat.EASY_READ:
        return {**WORDS[language], **EASY_READ_WORDS[language]}
    return WORDS[language]


def _sentences(text: str) -> list[str]:
    return [sentence for sentence in re.split(r"(?<=[.!?])\s+", text.strip()) if sentence]


def _one_idea_a_line(text: str) -> str:
    """``text`` (plain) as escaped markup, each sentence on a line of its own (easy read)."""
    return "<br/>".join(escape(sentence) for sentence in _sentences(text))


class NothingToPrint(RelaisError):
    """No letter is left to print; ``left_out`` says which were set aside by the check, and why.

    The cancellations found by the check are in the caller's session: commit
    it to keep them (they hold whatever happens to the print run).  ``code``
    and ``params`` say it for the screen to write in the user's language (the
    message is English, for logs and the command line): ``none_waiting``, or
    ``all_set_aside`` with ``params["count"]``.
    """

    def __init__(
        self,
        message: str,
        left_out: Sequence[LeftOut] = (),
        *,
        code: str = "none_waiting",
        params: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.left_out = tuple(left_out)
        self.code = code
        self.params = dict(params or {})


class PracticeHasNoPhone(NotActionable):
    """A letter must say how to reach the practice, and the practice has no phone number.

    ``code`` ("no_practice_phone") names it for the screen, which says it in the
    user's language and points to the practice's settings.
    """

    code = "no_practice_phone"


@dataclass(frozen=True)
class LetterToPrint:
    """One line of the print centre: a letter waiting to be printed, or printed and not posted."""

    message_id: int
    patient_id: int
    patient_name: str  # "LEFÈVRE Hélène"
    postcode: str
    city: str
    purpose_code: str
    purpose_fr: str
    purpose_en: str
    due_at: datetime  # what the letter is about (the appointment), the earliest if merged
    paper_format: PaperFormat
    language: str
    status: MessageStatus
    updated_at: datetime  # for a printed letter: when it was printed

    def purpose_name(self, language: str) -> str:
        return self.purpose_en if language == "en" else self.purpose_fr


@dataclass(frozen=True)
class LeftOut:
    """A letter the check before printing set aside: ``outcome`` is "cancelled", "expired",
    "rescheduled" (back on the list later) or "template" (the template must be fixed).

    ``why`` is English (logs, the command line); :attr:`reason` and
    :attr:`params` say the same for the screen to translate: the check's codes
    (:func:`app.dispatch.setback_code`), or "template" {error}.
    """

    message_id: int
    patient_name: str
    outcome: str
    why: str

    @property
    def reason(self) -> str:
        return _left_out_reason(self.outcome, self.why)[0]

    @property
    def params(self) -> dict[str, str]:
        return _left_out_reason(self.outcome, self.why)[1]


def _left_out_reason(outcome: str, why: str) -> tuple[str, dict[str, str]]:
    """The check's reasons (:func:`app.dispatch.setback_code`), and "template" {error}."""
    if outcome == "template":
        return "template", {"error": why.removeprefix("template: ")}
    return dispatch.setback_code(why)


class Counted(Protocol):
    """What the cover counts of a letter (a :class:`BatchLetter`, or a survey form's)."""

    @property
    def purpose_code(self) -> str: ...

    @property
    def paper_format(self) -> PaperFormat: ...


@dataclass(frozen=True, slots=True)  # slots: one is held for every letter of a run
class BatchLetter:
    """Where one letter lies in a batch PDF: ``first_page`` counts from 1, the cover included."""

    position: int  # 1 = the first letter after the cover
    message_id: int
    patient_id: int
    first_page: int
    pages: int
    purpose_code: str
    paper_format: PaperFormat


@dataclass(frozen=True)
class LetterBatch:
    """A print run: the PDF (a cover sheet, then the letters), the letters in it (in page
    order) and those set aside.

    ``number`` is the batch number the cover shows, the one it is kept under
    once marked printed (:func:`app.print_runs.keep_printed`); ``pages``
    counts the cover.
    """

    pdf: bytes
    message_ids: tuple[int, ...]
    left_out: tuple[LeftOut, ...]
    pages: int
    letters: tuple[BatchLetter, ...] = ()
    number: int | None = None
    created_at: datetime | None = None

    def counts(self) -> dict[str, dict[str, int]]:
        """What the cover counts: letters by purpose code and by paper format."""
        purposes: dict[str, int] = {}
        formats: dict[str, int] = {}
        for letter in self.letters:
            purposes[letter.purpose_code] = purposes.get(letter.purpose_code, 0) + 1
            formats[letter.paper_format.value] = formats.get(letter.paper_format.value, 0) + 1
        return {"purpose": purposes, "paper_format": formats}


@dataclass(frozen=True)
class _Address:
    lines: tuple[str, ...]
    postcode: str
    city: str


@dataclass(frozen=True)
class _Letter:
    """Everything one letter prints, read from the session before ReportLab runs."""

    message_id: int
    patient_id: int
    language: str
    patient_label: str  # "Hélène LEFÈVRE", for the page footer
    address: _Address
    sort_key: tuple[str, str, int]
    subject: str
    body: str
    informal: bool  # "tu": the foot's own words follow the template's tone
    reason: str
    opt_out: str
    purpose: str  # its name, in the letter's language
    purpose_code: str
    paper_format: PaperFormat


def _patient_name(last_name: str, first_name: str) -> str:
    return f"{last_name.upper()} {first_name}".strip()


# -- the lists -------------------------------------------------------------------------------


def letters_to_print(session: Session, now: datetime) -> list[LetterToPrint]:
    """Queued letters still worth printing, by postcode then name (the post sorts by postcode).

    A letter whose occasion has passed is not listed (the next dispatch expires
    it), nor one the check put off until later (``next_attempt_at``).
    """
    return _letters(
        session,
        Message.status == MessageStatus.QUEUED,
        Message.expires_at > now,
        or_(Message.next_attempt_at.is_(None), Message.next_attempt_at <= now),
    )


def letters_to_post(session: Session) -> list[LetterToPrint]:
    """Letters printed and not yet marked posted, by postcode then name."""
    return _letters(session, Message.status == MessageStatus.PRINTED)


def _letters(session: Session, *conditions: Any) -> list[LetterToPrint]:
    due = (
        select(func.min(MessageItem.due_at))
        .where(MessageItem.message_id == Message.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Message.id,
            Message.patient_id,
            Message.recipient,
            Message.language,
            Message.status,
            Message.expires_at,
            Message.updated_at,
            due.label("first_due"),
            Patient.last_name,
            Patient.first_name,
            Patient.sort_key,
            Purpose.code,
            Purpose.name_fr,
            Purpose.name_en,
        )
        .join(Patient, Patient.id == Message.patient_id)
        .join(Purpose, Purpose.id == Message.purpose_id)
        .where(Message.channel == Channel.LETTER, *conditions)
    ).all()
    patient_ids = sorted({row.patient_id for row in rows})
    postal = _postal_contacts(session, patient_ids)
    formats = preferences.load_many(session, patient_ids)
    found = []
    for row in rows:
        contact = _chosen_contact(postal.get(row.patient_id, []), row.recipient)
        address = _address_of(contact, row.recipient)
        paper = formats[row.patient_id].paper_format if row.patient_id in formats else None
        found.append(
            (
                (address.postcode, row.sort_key, row.id),
                LetterToPrint(
                    message_id=row.id,
                    patient_id=row.patient_id,
                    patient_name=_patient_name(row.last_name, row.first_name),
                    postcode=address.postcode,
                    city=address.city,
                    purpose_code=row.code,
                    purpose_fr=row.name_fr,
                    purpose_en=row.name_en,
                    due_at=row.first_due or row.expires_at,
                    paper_format=paper or PaperFormat.STANDARD,
                    language=row.language,
                    status=row.status,
                    updated_at=row.updated_at,
                ),
            )
        )
    found.sort(key=lambda pair: pair[0])
    return [letter for _key, letter in found]


def _postal_contacts(session: Session, patient_ids: Sequence[int]) -> dict[int, list[ContactPoint]]:
    contacts: dict[int, list[ContactPoint]] = {}
    for piece in chunks(patient_ids):
        for contact in session.scalars(
            select(ContactPoint)
            .where(ContactPoint.patient_id.in_(piece), ContactPoint.kind == ContactKind.POSTAL)
            .order_by(ContactPoint.id)
        ):
            contacts.setdefault(contact.patient_id, []).append(contact)
    return contacts


def _chosen_contact(contacts: Sequence[ContactPoint], recipient: str) -> ContactPoint | None:
    """The address the letter was planned for; else the first one still usable."""
    for contact in contacts:
        if contact.value == recipient:
            return contact
    return next((c for c in contacts if not c.bounced), contacts[0] if contacts else None)


def _address_of(
    contact: ContactPoint | None, recipient: str, home_country: str = "FR", language: str = "fr"
) -> _Address:
    """The lines under the name, French postal style: town in capitals, country if abroad."""
    if contact is None or not (contact.street or contact.postcode or contact.city):
        # Only the one-line value is known ("3 rue des Lilas, 69003 Lyon"): one line per part.
        value = contact.value if contact is not None else recipient
        lines = tuple(part.strip() for part in value.split(",") if part.strip())
        postcode = next((word for word in value.replace(",", " ").split() if word.isdigit()), "")
        return _Address(lines, postcode, "")
    postcode = (contact.postcode or "").strip()
    city = (contact.city or "").strip()
    parts = (contact.street, contact.street_extra, f"{postcode} {city.upper()}")
    kept = [line.strip() for line in parts if line and line.strip()]
    country = (contact.country or "").strip().upper()
    if country and country != home_country.upper():
        name = Locale.parse(_LOCALES.get(language, "fr_FR")).territories.get(country, country)
        kept.append(name.upper())
    return _Address(tuple(kept), postcode, city)


def postal_address(
    session: Session,
    message: Message,
    patient: Patient,
    home_country: str = "FR",
    language: str = "fr",
) -> _Address:
    """The block the envelope's window shows: title and name, then :func:`_address_of`'s lines.

    Also what the address labels print (:mod:`app.labels`).
    """
    return window_blocks(session, [(message.recipient, patient, language)], home_country)[0]


def window_blocks(
    session: Session,
    wanted: Sequence[tuple[str, _Person, str]],
    home_country: str = "FR",
) -> list[_Address]:
    """:func:`postal_address` for many letters, each given as (the address it was planned
    for, its patient, its language); the patients' addresses read together."""
    postal = _postal_contacts(session, sorted({patient.id for _to, patient, _in in wanted}))
    return [
        _window_block(
            patient,
            _address_of(
                _chosen_contact(postal.get(patient.id, []), recipient),
                recipient,
                home_country,
                language,
            ),
            language,
        )
        for recipient, patient, language in wanted
    ]


class _Person(Protocol):
    """What a letter prints of its patient: a :class:`db.models.Patient`, or its columns."""

    @property
    def id(self) -> int: ...

    @property
    def sex(self) -> Sex: ...

    @property
    def first_name(self) -> str: ...

    @property
    def last_name(self) -> str: ...

    @property
    def sort_key(self) -> str: ...


def _window_block(patient: _Person, address: _Address, language: str) -> _Address:
    title = TITLES.get(language, TITLES["fr"]).get(patient.sex, "")
    name_line = " ".join(
        part for part in (title, patient.first_name, patient.last_name.upper()) if part
    )
    return _Address((name_line, *address.lines), address.postcode, address.city)


# -- rendering the batch -----------------------------------------------------------------------


def render_letters(session: Session, clock: Clock, message_ids: Sequence[int]) -> bytes:
    """One PDF of the letters, each on new pages; see :func:`prepare_batch` (which says more).

    Returns ``b""`` when the check left nothing to print.
    """
    return prepare_batch(session, clock, message_ids).pdf


def prepare_batch(
    session: Session,
    clock: Clock,
    message_ids: Sequence[int],
    progress: Progress | None = None,
) -> LetterBatch:
    """Check, render and lay out the letters ``message_ids`` (queued letters only).

    Each letter is checked again as the dispatcher checks a message before
    sending it; one that must not go is set aside (cancelled or expired, with
    why, in this session) and listed in ``left_out``.  The others are rendered
    from the template in use, their subject and body stored on the message,
    and laid out in postcode-then-name order after one cover sheet.  Statuses
    other than those of the letters set aside do not change:
    :func:`mark_printed` (or :func:`app.print_runs.keep_printed`, which also
    keeps the batch) says it printed.

    ``progress`` hears of every letter, read then laid out (``total`` is twice
    the number of letters); a cancel raises :class:`app.errors.Cancelled` and
    the caller rolls its session back: nothing is kept, nothing marked.

    Raises :class:`NotActionable` when a message is not a queued letter, or
    when the practice has no phone number (a letter must say how to stop).
    """
    # No cyclic collection while a batch is made: it makes hundreds of thousands of
    # small objects without cycles that live until the PDF is written, and the
    # collector's full passes over them took half the time of a thousand letters.
    with _without_collection_pauses():
        return _prepare(session, clock, message_ids, progress)


def _prepare(  # noqa: PLR0915 -- read, check, render, lay out, in the order they run
    session: Session,
    clock: Clock,
    message_ids: Sequence[int],
    progress: Progress | None,
) -> LetterBatch:
    now = clock.now()
    cycle = dispatch.Cycle.load(session)
    practice = cycle.practice
    if not practice.phone.strip():
        raise PracticeHasNoPhone(
            "The practice has no phone number (Settings): a letter must say how to reach it."
        )
    wanted = list(dict.fromkeys(message_ids))
    steps = 2 * len(wanted)
    if progress is not None:
        progress.update(0, steps, READING)
    _refuse_unless_queued(session, wanted)  # before anything changes
    purposes = {p.id: p for p in session.scalars(select(Purpose))}
    from app import surveys  # imported here: app.survey_form imports this module

    # First pass, LETTERS_AT_ONCE letters at a time: the check, and where each letter
    # goes in the print order.  Only that place is kept: what a letter prints is read
    # again when its turn comes, so a long run never holds every letter's words.
    report = dispatch.DispatchReport()  # close() counts there; the batch says it in left_out
    left_out: list[LeftOut] = []
    survey_ids: list[int] = []
    order: list[tuple[str, int]] = []  # (postcode and name, message id): see _print_key
    done = 0
    for piece in chunks(wanted, LETTERS_AT_ONCE):
        messages = _queued_letters(session, piece)
        patient_ids = sorted({m.patient_id for m in messages})
        patients = rows_by_id(session, Patient, patient_ids)
        facts = dispatch.RecheckFacts.load(session, messages)
        postal = _postal_contacts(session, patient_ids)
        forms = surveys.forms_for_letters(session, piece)
        with session.no_autoflush:
            for message in messages:
                if progress is not None:
                    progress.update(done, steps, READING)
                done += 1
                check = dispatch.recheck(session, message, now, cycle, facts)
                if check is not None:
                    outcome, why = check
                    dispatch.close(session, message, outcome, why, now, report)
                    left_out.append(
                        LeftOut(message.id, _name(patients, message.patient_id), outcome, why)
                    )
                elif message.id in forms:  # printed as its survey form, not the template's words
                    survey_ids.append(message.id)
                else:
                    patient = patients[message.patient_id]
                    contact = _chosen_contact(postal.get(patient.id, []), message.recipient)
                    postcode = _address_of(contact, message.recipient).postcode
                    order.append((_print_key(postcode, patient.sort_key), message.id))
        session.flush()
        _collect_piece_garbage()
    order.sort()
    # Only the order is needed from here on: 8 bytes a letter while they are laid out.
    in_print_order = array("q", [message_id for _key, message_id in order])
    del order
    surveyed = _survey_letters(session, survey_ids, purposes, practice, clock)
    cover_language = practice.language if practice.language in WORDS else "fr"
    names = {p.code: p.name_en if cover_language == "en" else p.name_fr for p in purposes.values()}
    number = (session.scalar(select(func.max(PrintBatch.id))) or 0) + 1
    day = practice.today(clock)
    pdf = _BatchPdf(practice, day, paper_settings.load_paper(session))
    # Second pass, in print order and LETTERS_AT_ONCE at a time: render, store the words
    # printed on the message (as the dispatcher does for the other channels), lay out.
    placed: list[BatchLetter] = []
    page = COVER_PAGES + 1
    for piece in chunks(in_print_order, LETTERS_AT_ONCE):
        for letter in _rendered(session, list(piece), purposes, practice, cycle, now, left_out):
            if progress is not None:
                progress.update(len(wanted) + len(placed), steps, LAYING_OUT)
            count = pdf.letter(letter)
            placed.append(_placed(len(placed) + 1, letter, page, count))
            page += count
        _collect_piece_garbage()
    if not placed and not surveyed.letters:
        if progress is not None:
            progress.update(steps, steps)
        return LetterBatch(b"", (), tuple(left_out), 0)
    document = pdf.finish(
        [*placed, *surveyed.letters],
        number,
        names,
        surveyed.pages,
        forms_last=bool(surveyed.letters),
    )
    del pdf
    if surveyed.letters:
        # After the other letters (their pages come whole from app.survey_form's own
        # document): the cover counted them and their pages.
        document = _appended(document, surveyed.pdf, practice, day)
        for letter, (first, count) in zip(surveyed.letters, surveyed.spans, strict=True):
            placed.append(_placed(len(placed) + 1, letter, page + first, count))
    if progress is not None:
        progress.update(steps, steps, LAYING_OUT)
    pages = page - 1 + surveyed.pages
    return LetterBatch(
        document,
        tuple(letter.message_id for letter in placed),
        tuple(left_out),
        pages,
        letters=tuple(placed),
        number=number,
        created_at=now,
    )


def _print_key(postcode: str, sort_key: str) -> str:
    """Postcode then name, as one string that sorts as the pair (a thousand pairs of
    strings, held until the last letter is laid out, were 0.1 MB)."""
    return f"{postcode}\x00{sort_key}"


LETTERS_AT_ONCE = 100  # read, rendered and laid out together (250 peaked 2.7 MB higher at 2,000)


def _collect_piece_garbage() -> None:
    """Free what a piece of letters left in cycles (its SQL statements, chiefly).

    The collector is paused during a batch (:func:`prepare_batch`): this looks only
    at the objects made since the last look, young ones, not at the whole heap, and
    keeps the garbage of every piece from adding up over a long run.
    """
    gc.collect(0)


def _placed(position: int, letter: _Letter, first_page: int, pages: int) -> BatchLetter:
    return BatchLetter(
        position=position,
        message_id=letter.message_id,
        patient_id=letter.patient_id,
        first_page=first_page,
        pages=pages,
        purpose_code=letter.purpose_code,
        paper_format=letter.paper_format,
    )


def _refuse_unless_queued(session: Session, message_ids: Sequence[int]) -> None:
    """Refused unless every message is a queued letter: read as columns, not rows."""
    found: dict[int, tuple[Channel, MessageStatus]] = {}
    for piece in chunks(message_ids):
        for message_id, channel, status in session.execute(
            select(Message.id, Message.channel, Message.status).where(Message.id.in_(piece))
        ):
            found[message_id] = (channel, status)
    for message_id in message_ids:
        if message_id not in found:
            raise NotFound(f"No message with id {message_id}.")
        channel, status = found[message_id]
        if channel is not Channel.LETTER:
            raise NotActionable(f"Message {message_id} is not a letter.")
        if status is not MessageStatus.QUEUED:
            raise NotActionable(
                f"Letter {message_id} is not waiting to be printed (it is {status.value})."
            )


def _rendered(
    session: Session,
    message_ids: Sequence[int],
    purposes: dict[int, Purpose],
    practice: PracticeSettings,
    cycle: dispatch.Cycle,
    now: datetime,
    left_out: list[LeftOut],
) -> list[_Letter]:
    """The letters ``message_ids`` rendered, in that order, their words stored on each
    message; one whose template fails is left out (added to ``left_out``)."""
    found = _queued_columns(session, message_ids)
    messages = [found[message_id] for message_id in message_ids]
    patient_ids = sorted({m.patient_id for m in messages})
    patients = _addressees(session, patient_ids)
    formats = preferences.load_many(session, patient_ids)
    with session.no_autoflush:
        renderings = message_render.render_many(
            session, messages, practice, sms_reply_number=cycle.settings.sms_reply_number
        )
    printed: list[tuple[_Queued, templates.Rendered, templates.MessageContext]] = []
    words: list[dict[str, Any]] = []
    for message, rendering in zip(messages, renderings, strict=True):
        if isinstance(rendering, templates.TemplateError):
            error = f"template: {rendering}"[:500]
            session.execute(
                update(Message)
                .where(Message.id == message.id)
                .values(last_error=error, updated_at=now, template_version=message.template_version)
            )
            left_out.append(LeftOut(message.id, _name(patients, message.patient_id), "template",
                                    error))  # fmt: skip
            continue
        rendered, context = rendering
        words.append({"message_id": message.id, "subject": rendered.subject or "",
                      "body": rendered.body,
                      "template_version": message.template_version})  # fmt: skip
        printed.append((message, rendered, context))
    _store_words(session, words, now)
    addresses = window_blocks(
        session,
        [(m.recipient, patients[m.patient_id], context.language) for m, _r, context in printed],
        practice.default_region,
    )
    letters = []
    for (message, rendered, context), address in zip(printed, addresses, strict=True):
        patient = patients[message.patient_id]
        paper = formats[patient.id].paper_format if patient.id in formats else None
        letters.append(
            _letter(message, patient, purposes[message.purpose_id], address, rendered, context,
                    paper)
        )  # fmt: skip
    return letters


@dataclass(slots=True)
class _Queued:
    """What rendering and laying out read of a queued letter: its columns, not its ORM
    row (whose reason, a JSON document, and every date cost half the row again)."""

    id: int
    patient_id: int
    purpose_id: int
    language: str
    channel: Channel
    tone: Tone
    recipient: str
    template_version: int | None = None  # set by the rendering, stored with the words


class _Addressee(NamedTuple):
    id: int
    sex: Sex
    first_name: str
    last_name: str
    sort_key: str


def _queued_columns(session: Session, message_ids: Sequence[int]) -> dict[int, _Queued]:
    found: dict[int, _Queued] = {}
    for piece in chunks(message_ids):
        for row in session.execute(
            select(Message.id, Message.patient_id, Message.purpose_id, Message.language,
                   Message.channel, Message.tone, Message.recipient)
            .where(Message.id.in_(piece))
        ):  # fmt: skip
            found[row[0]] = _Queued(*row)
    return found


def _addressees(session: Session, patient_ids: Sequence[int]) -> dict[int, _Addressee]:
    found: dict[int, _Addressee] = {}
    for piece in chunks(patient_ids):
        for row in session.execute(
            select(Patient.id, Patient.sex, Patient.first_name, Patient.last_name,
                   Patient.sort_key)
            .where(Patient.id.in_(piece))
        ):  # fmt: skip
            found[row[0]] = _Addressee(*row)
    return found


def _name(patients: Mapping[int, _Person], patient_id: int) -> str:
    patient = patients.get(patient_id)
    return _patient_name(patient.last_name, patient.first_name) if patient else ""


def _store_words(session: Session, words: list[dict[str, Any]], now: datetime) -> None:
    """The subject and body printed, on each message: one statement for the batch (the
    ORM's flush of a thousand changed messages cost more than their reading)."""
    if not words:
        return
    table = Base.metadata.tables[Message.__tablename__]
    session.execute(
        update(table)
        .where(table.c.id == bindparam("message_id"))
        .values(subject=bindparam("subject"), body=bindparam("body"), last_error=None,
                updated_at=now, template_version=bindparam("template_version")),
        words,
    )  # fmt: skip


@dataclass(frozen=True)
class _Surveyed:
    """The satisfaction-survey letters of a batch, printed as their survey forms."""

    pdf: bytes
    letters: list[_Letter]  # for the cover's counts and the batch's list; no words of their own
    spans: list[tuple[int, int]]  # (first page in ``pdf`` from 0, page count), as ``letters``
    pages: int


def _survey_letters(
    session: Session,
    message_ids: Sequence[int],
    purposes: dict[int, Purpose],
    practice: PracticeSettings,
    clock: Clock,
) -> _Surveyed:
    """The forms of the survey letters the check let through (:func:`app.surveys.survey_letters`),
    ordered by postcode then name as the other letters."""
    if not message_ids:
        return _Surveyed(b"", [], [], 0)
    from app import surveys  # imported here: app.survey_form imports this module

    messages = {m.id: m for m in rows_by_id(session, Message, message_ids).values()}
    patient_ids = sorted({m.patient_id for m in messages.values()})
    patients = rows_by_id(session, Patient, patient_ids)
    formats = preferences.load_many(session, patient_ids)
    postal = _postal_contacts(session, patient_ids)
    entries = []
    for message_id in message_ids:
        message = messages[message_id]
        patient = patients[message.patient_id]
        language = message.language if message.language in WORDS else "fr"
        address = _address_of(
            _chosen_contact(postal.get(patient.id, []), message.recipient),
            message.recipient, practice.default_region, language,
        )  # fmt: skip
        purpose = purposes[message.purpose_id]
        prefs = formats.get(patient.id)
        entries.append(
            _Letter(
                message_id=message.id,
                patient_id=patient.id,
                language=language,
                patient_label=f"{patient.first_name} {patient.last_name.upper()}".strip(),
                address=address,
                sort_key=(address.postcode, patient.sort_key, message.id),
                subject="",
                body="",
                informal=False,
                reason="",
                opt_out="",
                purpose=purpose.name_en if language == "en" else purpose.name_fr,
                purpose_code=purpose.code,
                paper_format=prefs.paper_format if prefs else PaperFormat.STANDARD,
            )
        )
    entries.sort(key=lambda letter: letter.sort_key)
    printed = surveys.survey_letters(
        session, [letter.message_id for letter in entries], practice.today(clock)
    )
    spans = [printed.spans[letter.message_id] for letter in entries]
    return _Surveyed(printed.pdf, entries, spans, sum(count for _first, count in spans))


def _appended(pdf: bytes, more: bytes, practice: PracticeSettings, day: date) -> bytes:
    """``pdf`` then every page of ``more``, as one PDF saying who made it."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(BytesIO(pdf)))
    writer.append(PdfReader(BytesIO(more)))
    language = practice.language if practice.language in WORDS else "fr"
    writer.add_metadata(
        {
            "/Title": WORDS[language]["title"].format(date=_local_date(day, language)),
            "/Author": practice.name or "Relais",
            "/Creator": pdf_creator(),
            "/Producer": pdf_creator(),
        }
    )
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


# What a print run is doing, as Progress messages.  The screen tells them apart by
# these values (compare with ==) and says them in the user's language; the text is
# English for the command line and logs.  PROGRESS_CODES names them.
READING = "Checking and reading the letters"
LAYING_OUT = "Laying out the letters"
PROGRESS_CODES = {READING: "reading", LAYING_OUT: "laying_out"}
COVER_PAGES = 1


def _queued_letters(session: Session, message_ids: Sequence[int]) -> list[Message]:
    """The messages in the order asked; refused unless every one is a queued letter.

    Without their words and why they were planned (a JSON document): the check reads
    neither, and they were a third of the time of reading the rows.
    """
    found = rows_by_id(
        session, Message, message_ids, defer(Message.subject), defer(Message.body),
        defer(Message.reason),
    )  # fmt: skip
    messages = []
    for message_id in message_ids:
        message = found.get(message_id)
        if message is None:
            raise NotFound(f"No message with id {message_id}.")
        if message.channel is not Channel.LETTER:
            raise NotActionable(f"Message {message_id} is not a letter.")
        if message.status is not MessageStatus.QUEUED:
            raise NotActionable(
                f"Letter {message_id} is not waiting to be printed (it is {message.status.value})."
            )
        messages.append(message)
    return messages


def _letter(
    message: _Queued,
    patient: _Person,
    purpose: Purpose,
    address: _Address,
    rendered: templates.Rendered,
    context: templates.MessageContext,
    paper: PaperFormat | None,
) -> _Letter:
    language = context.language
    return _Letter(
        message_id=message.id,
        patient_id=patient.id,
        language=language,
        patient_label=f"{patient.first_name} {patient.last_name.upper()}".strip(),
        address=address,
        sort_key=(address.postcode, patient.sort_key, message.id),
        subject=rendered.subject or "",
        body=rendered.body,
        informal=context.tone == "informal",
        reason=context.reason,
        opt_out=context.opt_out,
        purpose=purpose.name_en if language == "en" else purpose.name_fr,
        purpose_code=purpose.code,
        paper_format=paper or PaperFormat.STANDARD,
    )


@lru_cache(maxsize=64)
def _local_date(day: date, language: str) -> str:
    return format_date(day, "d MMMM y", locale=_LOCALES.get(language, "fr_FR"))


# -- laying out the pages ----------------------------------------------------------------------
#
# The pages are laid out letter by letter on one canvas, with ReportLab's own
# frames and paragraphs (so a letter looks as platypus makes it) but without
# its document template, whose story of every letter's flowables costs more
# the longer it is.  What every letter repeats is drawn once: the letterhead
# is a form the pages refer to, and a paragraph seen before (a template's
# sentence, the reply slip) keeps the lines it was broken into.  Only the
# pages of the letter being laid out are held (for "page x / y"); a finished
# page goes into the file at once (app.streamed_pdf).


class _BatchPdf:
    """The batch PDF, written letter by letter: :meth:`letter` for each in print order,
    then :meth:`finish` for the cover sheet and the file's bytes.

    The cover, page 1, is drawn last: only then are the letters that printed known
    (a template may fail on its turn), and it is put first among the pages.
    """

    def __init__(self, practice: PracticeSettings, day: date, paper: PaperSettings | None) -> None:
        from reportlab.lib.pagesizes import A4

        self.styles = pdf_layout.styles()  # registers the fonts first
        self.practice = practice
        self.day = day
        self.language = practice.language if practice.language in WORDS else "fr"
        self.output = streamed_pdf.Output()
        self.canvas = streamed_pdf.letter_canvas_class()(
            self.output, pagesize=A4, initialFontName=SANS, lang=self.language
        )
        self.layout = _Layout(self.canvas, practice, day, self.styles, paper)
        self.pages = 0

    def letter(self, letter: _Letter) -> int:
        """Lay ``letter`` out from a new page; returns its number of pages."""
        count = self.layout.letter(letter)
        self.pages += count
        return count

    def finish(
        self,
        counted: Sequence[Counted],
        number: int,
        purpose_names: dict[str, str],
        extra_pages: int = 0,
        *,
        forms_last: bool = False,
    ) -> bytes:
        """The cover (``counted``: the letters, for their purposes and formats; ``extra_pages``
        the pages another document adds after these), then the whole file."""
        canvas = self.canvas
        words = WORDS[self.language]
        canvas.setTitle(words["title"].format(date=_local_date(self.day, self.language)))
        canvas.setAuthor(self.practice.name or "Relais")
        canvas.setCreator(pdf_creator())
        self.layout.finish(COVER_PAGES + self.pages + extra_pages)
        _draw_cover(
            canvas,
            counted,
            self.practice,
            self.day,
            number,
            self.language,
            self.styles,
            purpose_names,
            forms_last=forms_last,
        )
        pages = canvas._doc.Pages.pages
        pages.insert(0, pages.pop())
        canvas.save()
        return self.output.data


class LayoutError(RelaisError):
    """A letter could not be laid out (a block larger than a page)."""


class _Layout:
    """Lays the letters out on ``canvas``, one after the other; see the note above."""

    def __init__(
        self,
        canvas: Any,
        practice: PracticeSettings,
        day: date,
        styles: dict[str, Any],
        paper: PaperSettings | None = None,
    ) -> None:
        from reportlab.lib.units import mm

        self.canvas = canvas
        self.practice = practice
        self.day = day
        self.styles = styles
        left = pdf_layout.SIDE_MARGIN_MM
        self.text_width = (PAGE_WIDTH_MM - 2 * left) * mm
        # Where the envelope's window is, and the letterhead's logo: the practice's
        # paper settings (app.paper_settings), checked with its envelope test page.
        settings = paper or paper_settings.PaperSettings()
        layout = paper_settings.letter_layout(settings)
        sender, window = layout.sender, layout.window
        self._flowables = _flowable_classes()
        frame = partial(pdf_layout.frame_mm, kind=self._flowables.Frame)
        self.sender = frame("sender", sender.left, sender.top, sender.width, sender.height)
        # Large print and easy read need more lines of larger type than the letterhead's
        # usual height: their sender block may run down the left column to the body
        # (the window, on the right, is not in its way; the envelope hides it anyway).
        self.tall_sender = frame(
            "sender", sender.left, sender.top, sender.width,
            max(sender.height, layout.body_top_mm - paper_settings.BODY_GAP_MM - sender.top),
        )  # fmt: skip
        self.window = frame("window", window.left, window.top, window.width, window.height)
        self.first_body = frame(
            "body", left, layout.body_top_mm, PAGE_WIDTH_MM - 2 * left,
            PAGE_HEIGHT_MM - layout.body_top_mm - BOTTOM_MM,
        )  # fmt: skip
        self.logo = paper_settings.letterhead_logo(settings)
        later_top = PAGE_TOP_MM + 6
        self.later_body = frame(
            "body", left, later_top, PAGE_WIDTH_MM - 2 * left,
            PAGE_HEIGHT_MM - later_top - BOTTOM_MM,
        )  # fmt: skip
        self._styles: dict[tuple[PaperFormat, str], dict[str, Any]] = {}
        self._letterheads: dict[tuple[PaperFormat, str], str] = {}
        self._paragraphs: dict[tuple[str, str], Any] = {}
        self._fragments: dict[str, Any] = {}
        self._plain_styles: dict[str, bool] = {}
        self._foot_rows: dict[tuple[Any, ...], tuple[list[str], list[str], int]] = {}

    # -- one letter -----------------------------------------------------------------------

    def letter(self, letter: _Letter) -> int:
        """Lay ``letter`` out from a new page; returns its number of pages."""
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer
        from reportlab.platypus.flowables import TopPadder

        canvas = self.canvas
        style = self._style(letter.paper_format, letter.language)
        words = WORDS[letter.language]
        canvas.doForm(self._letterhead(letter))
        self._place(self.window, self._address(letter.address.lines, style))
        practice = self.practice
        place_date = (
            words["place_date"].format(
                place=practice.city, date=_local_date(self.day, letter.language)
            )
            if practice.city
            else words["date"].format(date=_local_date(self.day, letter.language))
        )
        story: list[Any] = [
            self._para(escape(place_date), style["date"]),
            Spacer(1, 4 * mm),
            self._para(escape(words["subject"].format(subject=letter.subject)), style["bold"]),
            Spacer(1, 2 * mm),
        ]
        for kind, text in _body_blocks(letter.body, {letter.reason, letter.opt_out}):
            story.append(self._para(text, style[kind]))
        story.append(TopPadder(self._foot(letter, style)))
        pages = 1
        frame = self.first_body
        while not self._place(frame, story):
            canvas.hold_page()
            pages += 1
            frame = self.later_body
        if pages == 1:
            canvas.showPage()
        else:
            canvas.hold_page()
            canvas.release_pages(self._page_numbers(letter))
        if len(self._paragraphs) > PARAGRAPH_CACHE:
            self._forget_one_off_paragraphs()
        return pages

    def _address(self, lines: Sequence[str], style: dict[str, Any]) -> list[Any]:
        """The window's address: its lines as they are when each fits the window's width.

        The window is the envelope's: a line too long is broken as a paragraph is, then
        lines closer together come before smaller type, and smaller type before a cut.
        """
        from reportlab.platypus import KeepInFrame

        window = self.window
        lines = [" ".join(line.split()) for line in lines]
        for name in ("address", "address_tight"):
            block = self._flowables.Lines(lines, style[name])
            if block.fits(window._aW, window._aH):
                return [block]
        # Drawn as paragraphs in the page itself, never as a form: what reads a PDF's
        # words and their places (as the tests do) finds the address in the window.
        address = [self._para(escape(line), style["address"], stamp=False) for line in lines]
        if not self._fits(window, address):
            address = [self._para(escape(line), style["address_tight"], stamp=False)
                       for line in lines]  # fmt: skip
            if not self._fits(window, address):
                address = [KeepInFrame(0, 0, address, mode="shrink")]
        return address

    def _place(self, frame: Any, story: list[Any]) -> bool:
        """Fill ``frame`` from the start of ``story`` (taking what it placed); True when all fit.

        What does not fit is split where it can be (a long paragraph), else it
        waits for the next page; as platypus's document template does.
        """
        frame._reset()
        canvas = self.canvas
        while story:
            flowable = story[0]
            if frame.add(flowable, canvas, trySplit=1):
                del story[0]
                continue
            parts = frame.split(flowable, canvas)
            if parts:
                if not frame.add(parts[0], canvas, trySplit=0):
                    raise LayoutError(f"A block of the letter could not be split: {flowable!r}")
                story[0:1] = parts[1:]
                continue
            if frame._atTop:
                raise LayoutError("A block of the letter is larger than a page.")
            return False
        return True

    def _fits(self, frame: Any, flowables: list[Any]) -> bool:
        """Whether ``flowables`` fit in ``frame`` one under the other (no space between)."""
        height = 0.0
        for flowable in flowables:
            height += flowable.wrap(frame._aW, frame._aH)[1]
        return bool(height <= frame._aH)

    def _page_numbers(self, letter: _Letter) -> Callable[[Any, int, int], None]:
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm

        width, _ = A4
        margin = pdf_layout.SIDE_MARGIN_MM * mm
        size = FOOTER_SIZES[letter.paper_format]
        words = WORDS[letter.language]
        flush_left = letter.paper_format is not PaperFormat.STANDARD

        def decorate(canvas: Any, number: int, total: int) -> None:
            canvas.setFont(SANS, size)
            page = words["page"].format(number=number, total=total)
            if flush_left:  # clear print: nothing aligned right, so one line at the left
                canvas.setFillColor(colors.black)
                canvas.drawString(margin, 10 * mm, f"{letter.patient_label} · {page}")
                return
            canvas.setFillColor(colors.grey)
            canvas.drawString(margin, 10 * mm, letter.patient_label)
            canvas.drawRightString(width - margin, 10 * mm, page)

        return decorate

    # -- what letters share ---------------------------------------------------------------

    def _para(self, markup: str, style: Any, *, stamp: bool = True) -> Any:
        """A paragraph; the same words in the same style are parsed and broken into lines once.

        Words without markup (most of a letter) skip ReportLab's markup parser:
        they take the style's own fragment, as the parser would make it.
        ``stamp=False``: always drawn in the page itself, never as a form
        (the window's address: what reads a PDF's words and their places,
        as the tests do, sees it where it is).
        """
        key = (markup, style.name)
        found = self._paragraphs.get(key)
        if found is not None:
            found.uses += 1
        else:
            if "<" in markup:
                found = self._flowables.Para(markup, style)
            else:
                text = unescape(" ".join(markup.split()))
                fragment = self._fragments.get(style.name)
                if fragment is None:
                    fragment = self._fragments[style.name] = self._flowables.Para("x", style).frags[
                        0
                    ]
                found = self._flowables.Para(text, style, frags=[fragment.clone(text=text)])
                if self._plain_styles.setdefault(style.name, found.one_line(style)):
                    found.plain = text
            found.stampable = stamp
            found.key = key
            self._paragraphs[key] = found
        return found

    def _forget_one_off_paragraphs(self) -> None:
        """Keep the paragraphs that came back (a template's sentence, the slip), drop those
        seen once (a name, an address): memory stays flat however long the batch, and
        a shared sentence stays one form in the file."""
        kept = {key: p for key, p in self._paragraphs.items() if p.uses > 1}
        self._paragraphs = kept if len(kept) <= PARAGRAPH_CACHE // 2 else {}

    def _style(self, paper: PaperFormat, language: str) -> dict[str, Any]:
        key = (paper, language)
        if key not in self._styles:
            self._styles[key] = _letter_styles(self.styles, paper)
        return self._styles[key]

    def _letterhead(self, letter: _Letter) -> str:
        """The name of the form holding the fold marks and the sender block for this letter."""
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepInFrame

        key = (letter.paper_format, letter.language)
        name = self._letterheads.get(key)
        if name is not None:
            return name
        name = f"relais_letterhead_{len(self._letterheads)}"
        self._letterheads[key] = name
        canvas = self.canvas
        style = self._style(letter.paper_format, letter.language)
        practice = self.practice
        words = WORDS[letter.language]
        canvas.beginForm(name)
        canvas.saveState()
        canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
        canvas.setLineWidth(0.4)
        for fold in FOLDS_MM:
            y = (PAGE_HEIGHT_MM - fold) * mm
            canvas.line(0, y, 5 * mm, y)
        canvas.restoreState()
        lines = [
            practice.street,
            f"{practice.postcode} {practice.city}".strip(),
            words["phone"].format(phone=practice.phone) if practice.phone else "",
            practice.email,
        ]
        sender = [
            *self.logo,  # drawn once a batch: the letterhead is a form
            self._para(escape(practice.name), style["sender_name"]),
            *(self._para(escape(line), style["sender"]) for line in lines if line.strip()),
        ]
        frame = self.sender if letter.paper_format is PaperFormat.STANDARD else self.tall_sender
        self._place(frame, [KeepInFrame(0, 0, sender, mode="shrink")])
        canvas.endForm()
        return name

    def _foot(self, letter: _Letter, style: dict[str, Any]) -> Any:
        """Why, how to stop, and the reply slip: one block that never splits across pages."""
        words = _foot_words(letter.language, letter.paper_format)
        key = (letter.language, letter.paper_format, letter.informal, letter.reason,
               letter.opt_out, letter.purpose)  # fmt: skip
        rows = self._foot_rows.get(key)
        if rows is None:
            rows = self._foot_rows[key] = self._shared_foot_rows(letter, words)
        boxed, slip, own = rows
        who = escape(
            words["slip_who"].format(
                name=letter.patient_label, patient=letter.patient_id, message=letter.message_id
            )
        )
        text = style["foot"]
        return self._flowables.Foot(
            [self._para(row, text) for row in boxed],
            [self._para(row, text) for row in (*slip[:own], who, *slip[own:])],
            own=own,
        )

    def _shared_foot_rows(
        self, letter: _Letter, words: dict[str, Any]
    ) -> tuple[list[str], list[str], int]:
        """The foot's rows as markup, the same for every letter of the same words: the
        box's, the slip's but its own row (who it is from), and where that row goes."""
        paper = letter.paper_format
        easy_read = paper is PaperFormat.EASY_READ
        preferences = _bold(words["preferences_informal" if letter.informal else "preferences"])
        boxed = (
            [  # the heading on a line of its own, then one idea a line
                f"{_bold(words['why'])}<br/>{_one_idea_a_line(letter.reason)}",
                f"{preferences}<br/>{_one_idea_a_line(letter.opt_out)}",
            ]
            if easy_read
            else [
                f"{_bold(words['why'])} {escape(letter.reason)}",
                f"{preferences} {escape(letter.opt_out)}",
            ]
        )
        practice = self.practice
        practice_address = ", ".join(
            part
            for part in (
                practice.name,
                practice.street,
                f"{practice.postcode} {practice.city}".strip(),
            )
            if part.strip()
        )
        channels = "   ".join(f"{BOX} {name}" for name in words["slip_channels"])
        line = "_" * 24
        slip_to = words["slip_to_informal" if easy_read and letter.informal else "slip_to"]
        stop = f"{BOX} " + escape(words["slip_stop"].format(purpose=letter.purpose))
        contact = f"{escape(words['slip_contact'])} {line}"
        signature = f"{escape(words['slip_signature'])} {line}"
        if paper is PaperFormat.STANDARD:
            return boxed, [
                f"{_bold(SCISSORS + ' ' + words['slip'])} — "
                + escape(slip_to.format(address=practice_address)),
                # who it is from
                stop,
                f"{BOX} " + escape(words["slip_prefer"]) + "   " + escape(channels),
                f"{contact}    {signature}",
            ], 1  # fmt: skip
        # large type: one thing to read or fill in a line
        return boxed, [
            _bold(SCISSORS + " " + words["slip"]),
            "<br/>".join(  # the words split, not the address ("4 av. Foch")
                escape(part.format(address=practice_address)) for part in _sentences(slip_to)
            )
            if easy_read
            else escape(slip_to.format(address=practice_address)),
            # who it is from
            stop,
            f"{BOX} " + escape(words["slip_prefer"]),
            escape(channels),
            contact,
            signature,
        ], 2  # fmt: skip

    def finish(self, pages: int) -> None:
        """Write what the cover could not know before the last letter: the page count."""
        from reportlab.lib import colors

        canvas = self.canvas
        canvas.beginForm(COVER_PAGES_FORM)
        canvas.setFont(SANS, COVER_SIZE)
        canvas.setFillColor(colors.black)
        canvas.drawString(0, 3, str(pages))
        canvas.endForm()


PARAGRAPH_CACHE = 800  # paragraphs kept for reuse; beyond, those seen once are let go
COVER_PAGES_FORM = "relais_cover_pages"
COVER_SIZE = 12
FOOTER_SIZES = {  # "page x / y" and the patient's name under a letter that runs over
    PaperFormat.STANDARD: pdf_layout.FOOTER_FONT_SIZE,
    PaperFormat.EASY_READ: SMALLEST_SIZES[PaperFormat.EASY_READ],
    PaperFormat.LARGE_PRINT: SMALLEST_SIZES[PaperFormat.LARGE_PRINT],
}


def _letter_styles(base: dict[str, Any], paper: PaperFormat) -> dict[str, Any]:
    """The paragraph styles of a letter in ``paper`` format, named apart for the paragraph cache.

    Large print is large everywhere (RNIB clear print: at least 16 pt, 1.5 line
    spacing, left-aligned), the letterhead, the address, the foot and the reply
    slip included; easy read is at least 14 pt everywhere, its foot and slip too.
    The address has a tight twin ("address_tight"): the envelope's window is
    fixed, and lines closer together are better than smaller type there.
    """
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    size, leading = BODY_SIZES[paper]
    standard = paper is PaperFormat.STANDARD
    # Everything but the body at the format's smallest size, as the body's spacing.
    small = SMALLEST_SIZES[paper]
    small_leading = leading * small / size
    tag = paper.value
    body = ParagraphStyle(
        f"letter_body_{tag}",
        parent=base["body"],
        fontSize=size,
        leading=leading,
        spaceAfter=leading * 0.5,
    )
    item = ParagraphStyle(f"letter_item_{tag}", parent=body, leftIndent=size * 1.4, spaceAfter=1)
    foot_size, foot_leading = (9.5, 9.5 * 1.3) if standard else (small, small_leading)
    return {
        "text": body,
        "item": item,
        "last_item": ParagraphStyle(
            f"letter_last_item_{tag}", parent=item, spaceAfter=body.spaceAfter
        ),
        "bold": ParagraphStyle(f"letter_bold_{tag}", parent=body, fontName=SANS_BOLD),
        "date": ParagraphStyle(
            f"letter_date_{tag}", parent=body, alignment=TA_RIGHT if standard else TA_LEFT
        ),
        "sender_name": ParagraphStyle(
            f"sender_{tag}",
            parent=base["head"],
            spaceBefore=0,
            fontSize=12 if standard else small,
            leading=15 if standard else small_leading,
        ),
        "sender": ParagraphStyle(
            f"sender_line_{tag}",
            parent=base["small"],
            fontSize=base["small"].fontSize if standard else small,
            leading=base["small"].leading if standard else small_leading,
        ),
        "address": ParagraphStyle(
            f"address_{tag}",
            fontName=SANS,
            fontSize=11 if standard else small,
            leading=14 if standard else small_leading,
        ),
        "address_tight": ParagraphStyle(
            f"address_tight_{tag}",
            fontName=SANS,
            fontSize=11 if standard else small,
            leading=14 if standard else small * 1.2,
        ),
        "foot": ParagraphStyle(
            f"foot_{tag}", parent=base["small"], fontSize=foot_size, leading=foot_leading
        ),
    }


def _flowable_classes() -> Any:
    """The flowables and frame of a letter (defined here: ReportLab is imported lazily)."""
    from types import SimpleNamespace

    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.rl_accel import fp_str
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable, Frame, Paragraph, Spacer
    from reportlab.platypus.flowables import TopPadder
    from reportlab.platypus.frames import _FUZZ

    pad, inner_gap, row_gap, top_gap, cut_gap, cut_pad = 6, 3, 2, 6, 4 * mm, 5
    forms = iter(range(1, 1 << 62))
    foot_forms: dict[tuple[Any, ...], str] = {}  # a foot's shared part: its form's name

    class Para(Paragraph):  # type: ignore[misc]  # ReportLab ships no type hints
        """A paragraph that keeps its lines while the width it is given does not change,
        and is drawn once: from its second time on, it is a form the page refers to."""

        _wrapped_for: tuple[float, float] | None = None
        _drawn = 0
        _form: str | None = None
        stampable = True
        uses = 1  # times the layout asked for these words in this style
        key: tuple[str, str] = ("", "")  # the words and the style's name
        # Words without markup in a plain left-aligned style (see one_line): when they
        # fit the width, one line drawn as a text, without ReportLab breaking them.
        plain: str | None = None
        _plain_width: float | None = None
        _one_line = False
        width: float
        height: float

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            style = self.style
            if self._wrapped_for == (available_width, style.fontSize):
                return self.width, self.height
            self._form = None  # broken into other lines: drawn anew
            self._drawn = 0
            self._wrapped_for = (available_width, style.fontSize)
            if self.plain is not None:
                if self._plain_width is None:
                    self._plain_width = stringWidth(self.plain, style.fontName, style.fontSize)
                self._one_line = self._plain_width <= available_width
                if self._one_line:  # as Paragraph.wrap measures one line
                    self.width, self.height = available_width, style.leading
                    return self.width, self.height
            return tuple(super().wrap(available_width, available_height))

        def split(self, available_width: float, available_height: float) -> list[Any]:
            self._wrapped_for = None
            if self._one_line:  # not broken into lines yet: as ReportLab would, to split
                self._one_line = False
                super().wrap(available_width, available_height)
            return list(super().split(available_width, available_height))

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
            if self._form is None:
                super().drawOn(canvas, x, y, _sW)
                return
            # A form drawn before: exactly what Flowable.drawOn writes around it (q, the
            # move, the form, Q), without the canvas's Python copy of its graphics state,
            # saved and restored for nothing (a tenth of the time of a thousand letters).
            self._drawn += 1
            code = canvas._code
            code.append("q")
            code.append(f"{fp_str(1, 0, 0, 1, self._hAlignAdjust(x, _sW), y)} cm")
            code.append(f"/{canvas._doc.getXObjectName(self._form)} Do")
            code.append("Q")
            canvas._formsinuse.append(self._form)

        def draw(self) -> None:
            canvas = self.canv
            self._drawn += 1
            if self._form is None and self._drawn > 1 and self.stampable:
                self._form = f"relais_p{next(forms)}"
                # Drawn in a graphics state of its own: the page's current font and
                # colour are not the form's, and the canvas must not believe so after.
                canvas.beginForm(
                    self._form,
                    lowerx=-pad,
                    lowery=-self.height,
                    upperx=self.width + pad,
                    uppery=2 * self.height + pad,
                )
                canvas.saveState()
                canvas.setFont(SANS, self.style.fontSize)
                canvas.setFillColor(colors.black)
                self._draw_lines()
                canvas.restoreState()
                canvas.endForm()
            if self._form is not None:
                canvas.doForm(self._form)
            else:
                self._draw_lines()

        def _draw_lines(self) -> None:
            if not self._one_line:
                super().draw()
                return
            # Where Paragraph.drawPara puts its one line: the baseline a font size
            # under the top, at the left.
            style = self.style
            text = self.canv.beginText(0, self.height - style.fontSize)
            text.setFont(style.fontName, style.fontSize, style.leading)
            text.setFillColor(style.textColor)
            text.textLine(self.plain)
            self.canv.drawText(text)

        @staticmethod
        def one_line(style: Any) -> bool:
            """Whether a plain paragraph in ``style`` is drawn as Paragraph draws one line:
            at the left, without indents, border or background."""
            return bool(
                style.alignment == TA_LEFT
                and not (style.leftIndent or style.firstLineIndent or style.rightIndent)
                and not (style.backColor or style.borderWidth)
            )

    class Foot(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
        """The foot drawn by hand: a framed box, a dashed cut line, the slip.

        A flowable of its own rather than nested tables, which cost a third of
        the time of a thousand letters; it never splits, so it moves whole to
        the next page when it does not fit.
        """

        def __init__(self, boxed: list[Any], slip: list[Any], own: int) -> None:
            """``own``: the row of the slip that is this letter's alone (who it is from)."""
            super().__init__()
            self.boxed = boxed
            self.slip = slip
            self.own = own

        def wrap(self, available_width: float, _height: float) -> tuple[float, float]:
            boxed, slip = self.boxed, self.slip
            self.width = available_width
            self._boxed = [p.wrap(available_width - 2 * pad, 10_000)[1] for p in boxed]
            self._slip = [p.wrap(available_width, 10_000)[1] for p in slip]
            self._box_height = sum(self._boxed) + inner_gap * (len(boxed) - 1) + 2 * (pad - 2)
            self.height = (
                top_gap
                + self._box_height
                + cut_gap
                + cut_pad
                + sum(self._slip)
                + row_gap * (len(slip) - 1)
            )
            return self.width, self.height

        def split(self, _width: float, _height: float) -> list[Any]:
            return []

        def draw(self) -> None:
            """All but the slip's own row is the same for every letter with the same
            words (purpose, language, format, tone): drawn once as a form, then
            referred to, and the own row drawn over it in the page."""
            canvas = self.canv
            own = self.slip[self.own]
            own_height = self._slip[self.own]
            key = (
                self.width,
                own_height,
                tuple(p.key for p in self.boxed),
                tuple(p.key for p in self.slip if p is not own),
            )
            form = foot_forms.get(key)
            if form is None:
                form = foot_forms[key] = f"relais_foot{len(foot_forms)}"
                canvas.beginForm(
                    form, lowerx=-pad, lowery=-pad, upperx=self.width + pad,
                    uppery=self.height + pad,
                )  # fmt: skip
                self._draw_shared()
                canvas.endForm()
            canvas.doForm(form)
            y = self.height - top_gap - self._box_height - cut_gap - cut_pad
            y -= sum(self._slip[: self.own]) + row_gap * self.own
            own.drawOn(canvas, 0, y - own_height)

        def _draw_shared(self) -> None:
            canvas = self.canv
            y = self.height - top_gap
            canvas.saveState()
            canvas.setStrokeColor(colors.grey)
            canvas.setLineWidth(0.6)
            canvas.rect(0, y - self._box_height, self.width, self._box_height)
            y -= pad - 2
            for paragraph, height in zip(self.boxed, self._boxed, strict=True):
                paragraph.drawOn(canvas, pad, y - height)
                y -= height + inner_gap
            y = self.height - top_gap - self._box_height - cut_gap
            canvas.setDash(3, 3)
            canvas.line(0, y, self.width, y)
            canvas.restoreState()
            y -= cut_pad
            for paragraph, height in zip(self.slip, self._slip, strict=True):
                if paragraph is not self.slip[self.own]:
                    paragraph.drawOn(canvas, 0, y - height)
                y -= height + row_gap

    class Lines(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
        """Short lines one under the other, each on its own line as a paragraph of its
        own would put it, drawn as one text: the window's address.

        Four or five paragraphs a letter, each broken into lines and drawn in a saved
        graphics state, were a sixth of the time of a thousand letters.
        """

        def __init__(self, lines: list[str], style: Any) -> None:
            super().__init__()
            self.lines = lines
            self.style = style

        def fits(self, width: float, height: float) -> bool:
            """Whether every line fits ``width`` (none to be broken) and all ``height``."""
            style = self.style
            if len(self.lines) * style.leading > height:
                return False
            return all(
                stringWidth(line, style.fontName, style.fontSize) <= width for line in self.lines
            )

        def wrap(self, available_width: float, _height: float) -> tuple[float, float]:
            self.width = available_width
            self.height = len(self.lines) * self.style.leading
            return self.width, self.height

        def draw(self) -> None:
            style = self.style
            # Where a paragraph per line puts each: its first baseline a font size
            # under its top, the next a leading lower.
            text = self.canv.beginText(0, self.height - style.fontSize)
            text.setFont(style.fontName, style.fontSize, style.leading)
            text.setFillColor(style.textColor)
            for line in self.lines:
                text.textLine(line)
            self.canv.drawText(text)

    class LetterFrame(Frame):  # type: ignore[misc]  # ReportLab ships no type hints
        """A frame that places a letter's own flowables without platypus's general case.

        ``Frame.add`` looks for what only other flowables have (frame actions,
        zero-size markers, background bands, space transfers), and sets its
        position through a ``__setattr__`` of its own: for the dozen blocks of
        every letter, a tenth of the time of a thousand letters.  Here the same
        arithmetic (space before, less the space after above it; the fuzz at the
        frame's foot) for the letter's paragraphs, lines, spacers and foot; any
        other flowable (the shrunk address, the logo) takes ``Frame.add``.
        """

        def add(self, flowable: Any, canvas: Any, trySplit: int = 0) -> int:  # noqa: N803
            if type(flowable) not in simple:
                return int(super()._add(flowable, canvas, trySplit))
            state = self.__dict__
            y = state["_y"]
            space_before = 0.0
            if not state["_atTop"]:
                space_before = max(flowable.getSpaceBefore() - state["_prevASpace"], 0)
            height = y - state["_y1p"] - space_before
            if height <= 0:
                return 0
            available_width = state["_aW"]
            width, height = flowable.wrap(available_width, height)
            y -= height + space_before
            if y < state["_y1p"] - _FUZZ:
                return 0
            space_after = flowable.getSpaceAfter()
            flowable.drawOn(canvas, state["_x"], y, _sW=available_width - width)
            y -= space_after
            state["_prevASpace"] = space_after
            if y != state["_y"]:
                state["_atTop"] = 0
            state["_y"] = y
            return 1

        _add = add

    # Exactly these types (not their subclasses) take the short way; it assumes
    # ReportLab's default of overlapping the space after one block with the next's before.
    simple = (
        frozenset({Para, Lines, Foot, Spacer, TopPadder})
        if rl_config.overlapAttachedSpace
        else frozenset()
    )
    return SimpleNamespace(Para=Para, Foot=Foot, Lines=Lines, Frame=LetterFrame)


def _body_blocks(body: str, printed_apart: set[str]) -> list[tuple[str, str]]:
    """Paragraphs and list items of a rendered body as (kind, escaped ReportLab markup).

    ``kind`` is "text", "item" or "last_item" (the end of a list, followed by a
    paragraph's space).  The sentences the foot prints (the reason, the
    opt-out) are taken out of the body wherever the template put them, so
    they are read once; a line left empty goes too.
    """
    blocks: list[tuple[str, str]] = []
    for paragraph in body.split("\n\n"):
        lines: list[str] = []
        for raw in paragraph.split("\n"):
            line = raw
            for sentence in printed_apart:
                if sentence:
                    line = line.replace(sentence, "")
            line = " ".join(line.split())
            if not line:
                continue
            if line.startswith(("- ", "• ")):
                if lines:
                    blocks.append(("text", "<br/>".join(lines)))
                    lines = []
                blocks.append(("item", "–\u00a0" + escape(line[2:].strip())))
                continue
            if blocks and blocks[-1][0] == "item" and not lines:
                blocks[-1] = ("last_item", blocks[-1][1])
            lines.append(escape(line))
        if lines:
            blocks.append(("text", "<br/>".join(lines)))
        elif blocks and blocks[-1][0] == "item":
            blocks[-1] = ("last_item", blocks[-1][1])
    return blocks


def _bold(text: str) -> str:
    return f"<font name='{SANS_BOLD}'>{escape(text)}</font>"


# -- the cover sheet ---------------------------------------------------------------------------

COVER_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Lot d'impression n° {number}",
        "not_sent": "Page de garde — ne pas mettre sous enveloppe.",
        "date": "Préparé le {date}",
        "letters": "Courriers",
        "pages": "Pages (avec cette page)",
        "order": "Ordre d'impression : par code postal, puis par nom.",
        "order_forms_last": "Ordre d'impression : par code postal, puis par nom ; les "
        "questionnaires de satisfaction à la fin, dans le même ordre.",
        "by_purpose": "Par motif",
        "by_format": "Par format",
        "large_print": "Gros caractères",
        "easy_read": "Facile à lire",
        "standard": "Standard",
    },
    "en": {
        "title": "Print run no. {number}",
        "not_sent": "Cover sheet — do not put in an envelope.",
        "date": "Prepared on {date}",
        "letters": "Letters",
        "pages": "Pages (with this one)",
        "order": "Print order: by postcode, then by name.",
        "order_forms_last": "Print order: by postcode, then by name; the satisfaction "
        "surveys last, in the same order.",
        "by_purpose": "By purpose",
        "by_format": "By format",
        "large_print": "Large print",
        "easy_read": "Easy read",
        "standard": "Standard",
    },
}


def _draw_cover(
    canvas: Any,
    counted: Sequence[Counted],
    practice: PracticeSettings,
    day: date,
    number: int,
    language: str,
    styles: dict[str, Any],
    purpose_names: dict[str, str],
    *,
    forms_last: bool = False,
) -> None:
    """Page 1: what the run holds (``counted``: the letters, by purpose and paper format),
    for the person at the printer; no window, no fold marks.  ``forms_last``: survey
    forms follow the other letters, and the print order says so."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

    words = COVER_WORDS[language]
    purposes: dict[str, int] = {}
    formats: dict[PaperFormat, int] = {}
    for letter in counted:
        name = purpose_names.get(letter.purpose_code, letter.purpose_code)
        purposes[name] = purposes.get(name, 0) + 1
        formats[letter.paper_format] = formats.get(letter.paper_format, 0) + 1

    class PageCount(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
        """The page count, a form written once the last letter is laid out."""

        def wrap(self, _width: float, _height: float) -> tuple[float, float]:
            return 30 * mm, COVER_SIZE * 1.3

        def draw(self) -> None:
            self.canv.doForm(COVER_PAGES_FORM)

    cell = _cover_cell_style(styles["body"])
    rows: list[list[Any]] = [
        [Paragraph(escape(words["letters"]), cell), Paragraph(str(len(counted)), cell)],
        [Paragraph(escape(words["pages"]), cell), PageCount()],
    ]
    rows.append([Paragraph(_bold(words["by_purpose"]), cell), ""])
    rows += [
        [Paragraph("\u2003" + escape(name), cell), Paragraph(str(count), cell)]
        for name, count in sorted(purposes.items())
    ]
    rows.append([Paragraph(_bold(words["by_format"]), cell), ""])
    rows += [
        [
            Paragraph("\u2003" + escape(words[paper.value]), cell),
            Paragraph(str(formats[paper]), cell),
        ]
        for paper in PaperFormat
        if paper in formats
    ]
    table = Table(rows, colWidths=[110 * mm, 40 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS, COVER_SIZE),  # not Helvetica: all embedded
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story = [
        Paragraph(escape(words["title"].format(number=number)), styles["title"]),
        Paragraph(escape(practice.name), styles["head"]),
        Paragraph(escape(words["date"].format(date=_local_date(day, language))), styles["body"]),
        Spacer(1, 6 * mm),
        table,
        Spacer(1, 8 * mm),
        Paragraph(escape(words["order_forms_last" if forms_last else "order"]), styles["body"]),
        Paragraph(_bold(words["not_sent"]), styles["body"]),
    ]
    left = pdf_layout.SIDE_MARGIN_MM
    frame = pdf_layout.frame_mm("cover", left, 25, PAGE_WIDTH_MM - 2 * left, PAGE_HEIGHT_MM - 50)
    frame.addFromList(story, canvas)
    if story:
        raise LayoutError("The cover sheet does not fit on one page.")
    canvas.showPage()


def _cover_cell_style(parent: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        "cover_cell", parent=parent, fontSize=COVER_SIZE, leading=COVER_SIZE * 1.3, spaceAfter=0
    )


# -- writing the batch to a folder -------------------------------------------------------------


@dataclass(frozen=True)
class WrittenLetters:
    """A print run written to disk: where, which letters (in page order), which were set aside."""

    path: Path
    message_ids: tuple[int, ...]
    left_out: tuple[LeftOut, ...]
    batch: LetterBatch | None = None  # what to keep once it printed (app.print_runs)


def write_letters(
    session: Session, clock: Clock, destination: Path, progress: Progress | None = None
) -> WrittenLetters:
    """Every letter waiting, checked and rendered, in one PDF written atomically.

    ``destination`` is the PDF itself when it ends in ``.pdf``; otherwise a
    folder, where the file is named ``letters-YYYYMMDD-HHMM.pdf`` (practice
    time) and never replaces an earlier run.  The file is written beside its
    final name and renamed once complete, readable by its owner only (0600):
    it holds patients' names and addresses.  Nothing is marked printed: a
    person says so after printing (:func:`app.print_runs.keep_printed`, which
    also keeps ``batch``).  Raises :class:`NothingToPrint` when no letter is
    left to print; ``progress`` as :func:`prepare_batch`.
    """
    waiting = letters_to_print(session, clock.now())
    if not waiting:
        raise NothingToPrint("No letters are waiting to be printed.")
    batch = prepare_batch(session, clock, [letter.message_id for letter in waiting], progress)
    if not batch.message_ids:
        raise NothingToPrint(
            f"No letter is left to print: {len(batch.left_out)} set aside by the check "
            "before printing.",
            batch.left_out,
            code="all_set_aside",
            params={"count": len(batch.left_out)},
        )
    target = print_target(session, clock, destination, "letters")
    write_private(target, batch.pdf)
    return WrittenLetters(target, batch.message_ids, batch.left_out, batch)


def print_target(session: Session, clock: Clock, destination: Path, stem: str) -> Path:
    """Where a print run goes: ``destination`` itself when it ends in ``.pdf``; otherwise
    a new ``<stem>-YYYYMMDD-HHMM.pdf`` (practice time) in that folder, never over an
    earlier run (``-2``, ``-3``…)."""
    if destination.suffix.lower() == ".pdf":
        destination.parent.mkdir(parents=True, exist_ok=True)
        return destination
    destination.mkdir(parents=True, exist_ok=True)
    stamp = clock.now().astimezone(load_practice(session).zone()).strftime("%Y%m%d-%H%M")
    target = destination / f"{stem}-{stamp}.pdf"
    counter = 2
    while target.exists():
        target = destination / f"{stem}-{stamp}-{counter}.pdf"
        counter += 1
    return target


def write_private(target: Path, data: bytes) -> None:
    """Write ``data`` beside ``target`` (mode 0600), then rename: never a half-written PDF."""
    handle, partial_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".partial", dir=target.parent
    )
    partial = Path(partial_name)
    try:
        os.chmod(partial, 0o600)
        with os.fdopen(handle, "wb") as output:
            output.write(data)
            output.flush()
            os.fsync(output.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


# -- printed, posted ---------------------------------------------------------------------------


def mark_printed(
    session: Session, clock: Clock, actor: Actor, message_ids: Iterable[int]
) -> list[Message]:
    """The letters came out of the printer: ``queued`` → ``printed``, each audited.

    All or nothing: one letter that is not waiting to be printed (already
    printed, cancelled by the check, changed by another desk) stops the whole
    call with a :class:`NotActionable` naming it.
    """
    return _move(
        session,
        clock,
        actor,
        message_ids,
        MessageStatus.QUEUED,
        MessageStatus.PRINTED,
        "letter.printed",
    )


def mark_posted(
    session: Session, clock: Clock, actor: Actor, message_ids: Iterable[int]
) -> list[Message]:
    """The envelopes went to the post: ``printed`` → ``posted``, each audited (all or nothing)."""
    return _move(
        session,
        clock,
        actor,
        message_ids,
        MessageStatus.PRINTED,
        MessageStatus.POSTED,
        "letter.posted",
    )


def _move(
    session: Session,
    clock: Clock,
    actor: Actor,
    message_ids: Iterable[int],
    before: MessageStatus,
    after: MessageStatus,
    action: str,
) -> list[Message]:
    actor.require(Permission.EDIT_PATIENTS)
    messages = []
    for message_id in dict.fromkeys(message_ids):
        message = session.get(Message, message_id)
        if message is None:
            raise NotFound(f"No message with id {message_id}.")
        if message.channel is not Channel.LETTER:
            raise NotActionable(f"Message {message_id} is not a letter.")
        if message.status is not before:
            raise NotActionable(_refusal(message, after))
        messages.append(message)
    now = clock.now()
    for message in messages:
        message.status = after
        message.handled_by = actor.username
        message.updated_at = now
        if after is MessageStatus.PRINTED:
            # When it left the outbox: what Today counts as done and the patient's file shows.
            message.sent_at = now
            message.attempts += 1
            message.last_error = None
        audit.record(session, clock, actor, action, entity="message", entity_id=message.id)
    session.flush()
    reach.refresh(session, [message.id for message in messages])  # printed: left; posted: reached
    return messages


def _refusal(message: Message, wanted: MessageStatus) -> str:
    status, number = message.status, message.id
    if status is wanted:
        return f"Letter {number} is already marked {status.value}."
    if status in (MessageStatus.CANCELLED, MessageStatus.EXPIRED):
        why = f": {message.last_error}" if message.last_error else ""
        return f"Letter {number} was {status.value}{why}; it must not go out."
    if wanted is MessageStatus.PRINTED and status is MessageStatus.POSTED:
        return f"Letter {number} was already posted."
    if wanted is MessageStatus.POSTED and status is MessageStatus.QUEUED:
        return f"Letter {number} has not been printed yet: print it before posting it."
    return f"Letter {number} cannot be marked {wanted.value} (it is {status.value})."

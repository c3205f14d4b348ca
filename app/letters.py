"""The print run: letters leave the outbox as one PDF, are printed, then posted (DESIGN §5, §10.4).

The dispatcher queues a letter (``queued``); a person prints the batch and
says it printed (``printed``), then that the envelopes went (``posted``).

Before a letter goes into a batch it is checked again exactly as the
dispatcher checks an e-mail before sending it (:func:`app.dispatch.recheck`):
a patient who withdrew their consent, moved away or was erased since the
letter was planned is left out, and the letter is cancelled with why.  Each
letter is then rendered again from the template in use
(:func:`app.message_render.render_with_context`) and the words are stored on
the message, as the dispatcher does for the other channels.

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

Every letter starts on a new page.  Large print (16 pt) and easy read (14 pt)
follow the patient's paper format.  Everything is printed with DejaVu
(:mod:`app.pdf_fonts`): Ł, ß, Cyrillic and Greek names print as written.
ReportLab is imported lazily (DESIGN §9).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from babel.core import Locale
from babel.dates import format_date
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app import audit, dispatch, message_render, pdf_layout, preferences, templates
from app.access import Actor, Permission
from app.batches import chunks
from app.calls import NotActionable
from app.clock import Clock
from app.errors import NotFound, RelaisError
from app.message_context import TITLES
from app.pdf_fonts import SANS, SANS_BOLD
from app.settings import PracticeSettings, load_practice
from app.tasks import Progress
from db.models import (
    Channel,
    ContactKind,
    ContactPoint,
    Message,
    MessageItem,
    MessageStatus,
    PaperFormat,
    Patient,
    Purpose,
)

_LOCALES = {"fr": "fr_FR", "en": "en_GB"}

# Millimetres on A4, from the top left corner.  The address sits where a DL
# window envelope (window 45 × 100 mm, 20 mm from the right) shows it once the
# sheet is folded in three; the folds are marked at a third and two thirds.
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
    PaperFormat.LARGE_PRINT: (16, 21),
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


class NothingToPrint(RelaisError):
    """No letter is left to print; ``left_out`` says which were set aside by the check, and why.

    The cancellations found by the check are in the caller's session: commit
    it to keep them (they hold whatever happens to the print run).
    """

    def __init__(self, message: str, left_out: Sequence[LeftOut] = ()) -> None:
        super().__init__(message)
        self.left_out = tuple(left_out)


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
    "rescheduled" (back on the list later) or "template" (the template must be fixed)."""

    message_id: int
    patient_name: str
    outcome: str
    why: str


@dataclass(frozen=True)
class LetterBatch:
    """A print run: the PDF, the letters in it (in page order) and those set aside."""

    pdf: bytes
    message_ids: tuple[int, ...]
    left_out: tuple[LeftOut, ...]
    pages: int


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
    purpose: str
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
    postal = _postal_contacts(session, [patient.id]).get(patient.id, [])
    address = _address_of(
        _chosen_contact(postal, message.recipient), message.recipient, home_country, language
    )
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
    and laid out in postcode-then-name order.  Statuses other than those of the
    letters set aside do not change: :func:`mark_printed` says it printed.

    Raises :class:`NotActionable` when a message is not a queued letter, or
    when the practice has no phone number (a letter must say how to stop).
    """
    now = clock.now()
    cycle = dispatch.Cycle.load(session)
    practice = cycle.practice
    if not practice.phone.strip():
        raise NotActionable(
            "The practice has no phone number (Settings): a letter must say how to reach it."
        )
    wanted = list(dict.fromkeys(message_ids))
    messages = [_queued_letter(session, message_id) for message_id in wanted]
    report = dispatch.DispatchReport()  # close() counts there; the batch says it in left_out
    left_out: list[LeftOut] = []
    letters: list[_Letter] = []
    formats = preferences.load_many(session, sorted({m.patient_id for m in messages}))
    for done, message in enumerate(messages):
        if progress is not None:
            progress.update(done, len(messages))
        patient = session.get(Patient, message.patient_id)
        name = _patient_name(patient.last_name, patient.first_name) if patient else ""
        check = dispatch.recheck(session, message, now, cycle)
        if check is not None:
            outcome, why = check
            dispatch.close(session, message, outcome, why, now, report)
            left_out.append(LeftOut(message.id, name, outcome, why))
            continue
        assert patient is not None  # the check cancels a letter whose patient is gone
        try:
            rendered, context = message_render.render_with_context(
                session, message, practice, sms_reply_number=cycle.settings.sms_reply_number
            )
        except templates.TemplateError as exc:
            message.last_error = f"template: {exc}"[:500]
            message.updated_at = now
            left_out.append(LeftOut(message.id, name, "template", message.last_error))
            continue
        message.subject = rendered.subject or ""
        message.body = rendered.body
        message.last_error = None
        message.updated_at = now
        paper = formats[patient.id].paper_format if patient.id in formats else None
        letters.append(_letter(session, message, patient, practice, rendered, context, paper))
    letters.sort(key=lambda letter: letter.sort_key)
    if progress is not None:
        progress.update(len(messages), len(messages))
    if not letters:
        return LetterBatch(b"", (), tuple(left_out), 0)
    pdf, pages = _build_pdf(letters, practice, practice.today(clock))
    return LetterBatch(pdf, tuple(letter.message_id for letter in letters), tuple(left_out), pages)


def _queued_letter(session: Session, message_id: int) -> Message:
    message = session.get(Message, message_id)
    if message is None:
        raise NotFound(f"No message with id {message_id}.")
    if message.channel is not Channel.LETTER:
        raise NotActionable(f"Message {message_id} is not a letter.")
    if message.status is not MessageStatus.QUEUED:
        raise NotActionable(
            f"Letter {message_id} is not waiting to be printed (it is {message.status.value})."
        )
    return message


def _letter(
    session: Session,
    message: Message,
    patient: Patient,
    practice: PracticeSettings,
    rendered: templates.Rendered,
    context: templates.MessageContext,
    paper: PaperFormat | None,
) -> _Letter:
    language = context.language
    address = postal_address(session, message, patient, practice.default_region, language)
    purpose = session.get(Purpose, message.purpose_id)
    assert purpose is not None
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
        paper_format=paper or PaperFormat.STANDARD,
    )


def _local_date(day: date, language: str) -> str:
    return format_date(day, "d MMMM y", locale=_LOCALES.get(language, "fr_FR"))


def _build_pdf(
    letters: Sequence[_Letter], practice: PracticeSettings, day: date
) -> tuple[bytes, int]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, PageTemplate

    language = practice.language if practice.language in WORDS else "fr"
    styles = pdf_layout.styles()
    height = PAGE_HEIGHT_MM * mm
    text_width = PAGE_WIDTH_MM - 2 * pdf_layout.SIDE_MARGIN_MM
    left = pdf_layout.SIDE_MARGIN_MM
    first = [
        _frame("sender", left, PAGE_TOP_MM, WINDOW_LEFT_MM - left - 6, SENDER_HEIGHT_MM),
        _frame("window", WINDOW_LEFT_MM, WINDOW_TOP_MM, WINDOW_WIDTH_MM, WINDOW_HEIGHT_MM),
        _frame("body", left, BODY_TOP_MM, text_width, PAGE_HEIGHT_MM - BODY_TOP_MM - BOTTOM_MM),
    ]
    later_top = PAGE_TOP_MM + 6
    later = [_frame("body", left, later_top, text_width, PAGE_HEIGHT_MM - later_top - BOTTOM_MM)]

    def folds(canvas: Any, _document: Any) -> None:
        canvas.saveState()
        canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
        canvas.setLineWidth(0.4)
        for fold in FOLDS_MM:
            canvas.line(0, height - fold * mm, 5 * mm, height - fold * mm)
        canvas.restoreState()

    buffer = BytesIO()
    title = WORDS[language]["title"].format(date=_local_date(day, language))
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author=practice.name or "Relais",
        lang=language,
        initialFontName=SANS,  # not Helvetica: every font the PDF names is embedded
        pageTemplates=[
            PageTemplate("first", first, onPage=folds),
            PageTemplate("later", later),
        ],
    )
    story: list[Any] = []
    for index, letter in enumerate(letters):
        story += _story(index, letter, practice, day, styles, text_width * mm)
    built: list[int] = []
    document.build(story, canvasmaker=_letter_canvas(letters, built))
    return buffer.getvalue(), sum(built)


def _frame(frame_id: str, left: float, top: float, width: float, height: float) -> Any:
    """A frame without padding, placed in millimetres from the page's top left corner."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Frame

    return Frame(
        left * mm,
        (PAGE_HEIGHT_MM - top - height) * mm,
        width * mm,
        height * mm,
        leftPadding=0,
        bottomPadding=0,
        rightPadding=0,
        topPadding=0,
        id=frame_id,
    )


def _story(
    index: int,
    letter: _Letter,
    practice: PracticeSettings,
    day: date,
    styles: dict[str, Any],
    width: float,
) -> list[Any]:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        FrameBreak,
        KeepInFrame,
        NextPageTemplate,
        PageBreak,
        Paragraph,
        Spacer,
    )
    from reportlab.platypus.flowables import TopPadder

    words = WORDS[letter.language]
    size, leading = BODY_SIZES[letter.paper_format]
    body = ParagraphStyle(
        "letter_body",
        parent=styles["body"],
        fontSize=size,
        leading=leading,
        spaceAfter=leading * 0.5,
    )
    bold = ParagraphStyle("letter_bold", parent=body, fontName=SANS_BOLD)
    item = ParagraphStyle("letter_item", parent=body, leftIndent=size * 1.4, spaceAfter=1)
    right = ParagraphStyle("letter_date", parent=body, alignment=TA_RIGHT)
    sender_name = ParagraphStyle("sender", parent=styles["head"], spaceBefore=0, fontSize=12)
    address = ParagraphStyle("address", fontName=SANS, fontSize=11, leading=14)

    sender_lines = [
        practice.street,
        f"{practice.postcode} {practice.city}".strip(),
        words["phone"].format(phone=practice.phone) if practice.phone else "",
        practice.email,
    ]
    sender = [
        Paragraph(escape(practice.name), sender_name),
        *(Paragraph(escape(line), styles["small"]) for line in sender_lines if line.strip()),
    ]
    place_date = (
        words["place_date"].format(place=practice.city, date=_local_date(day, letter.language))
        if practice.city
        else words["date"].format(date=_local_date(day, letter.language))
    )
    story: list[Any] = [NextPageTemplate("first")]
    if index:
        story.append(PageBreak())
    story += [
        _letter_start(index),
        NextPageTemplate("later"),
        KeepInFrame(0, 0, sender, mode="shrink"),
        FrameBreak(),
        KeepInFrame(
            0, 0, [Paragraph(escape(line), address) for line in letter.address.lines], mode="shrink"
        ),
        FrameBreak(),
        Paragraph(escape(place_date), right),
        Spacer(1, 4 * mm),
        Paragraph(escape(words["subject"].format(subject=letter.subject)), bold),
        Spacer(1, 2 * mm),
    ]
    last_item = ParagraphStyle("letter_last_item", parent=item, spaceAfter=body.spaceAfter)
    block_styles = {"text": body, "item": item, "last_item": last_item}
    for kind, text in _body_blocks(letter.body, {letter.reason, letter.opt_out}):
        story.append(Paragraph(text, block_styles[kind]))
    story.append(TopPadder(_foot(letter, practice, styles, width)))
    return story


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


def _foot(letter: _Letter, practice: PracticeSettings, styles: dict[str, Any], width: float) -> Any:
    """Why, how to stop, and the reply slip: one block that never splits across pages."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    words = WORDS[letter.language]
    size = 12 if letter.paper_format is PaperFormat.LARGE_PRINT else 9.5
    text = ParagraphStyle("foot", parent=styles["small"], fontSize=size, leading=size * 1.3)
    boxed = [
        f"{_bold(words['why'])} {escape(letter.reason)}",
        f"{_bold(words['preferences_informal' if letter.informal else 'preferences'])} "
        + escape(letter.opt_out),
    ]
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
    slip = [
        f"{_bold(SCISSORS + ' ' + words['slip'])} — "
        + escape(words["slip_to"].format(address=practice_address)),
        escape(
            words["slip_who"].format(
                name=letter.patient_label, patient=letter.patient_id, message=letter.message_id
            )
        ),
        f"{BOX} " + escape(words["slip_stop"].format(purpose=letter.purpose)),
        f"{BOX} " + escape(words["slip_prefer"]) + "   " + escape(channels),
    ]
    contact = f"{escape(words['slip_contact'])} {line}"
    signature = f"{escape(words['slip_signature'])} {line}"
    large = letter.paper_format is PaperFormat.LARGE_PRINT
    slip += [contact, signature] if large else [f"{contact}    {signature}"]
    return _foot_flowable(
        [Paragraph(row, text) for row in boxed], [Paragraph(row, text) for row in slip]
    )


def _foot_flowable(boxed: list[Any], slip: list[Any]) -> Any:
    """The foot drawn by hand: a framed box, a dashed cut line, the slip.

    A flowable of its own rather than nested tables, which cost a third of
    the time of a thousand letters; it never splits, so it moves whole to the
    next page when it does not fit.
    """
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable

    pad, inner_gap, row_gap, top_gap, cut_gap, cut_pad = 6, 3, 2, 6, 4 * mm, 5

    class Foot(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
        def wrap(self, available_width: float, _height: float) -> tuple[float, float]:
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
            canvas = self.canv
            y = self.height - top_gap
            canvas.saveState()
            canvas.setStrokeColor(colors.grey)
            canvas.setLineWidth(0.6)
            canvas.rect(0, y - self._box_height, self.width, self._box_height)
            y -= pad - 2
            for paragraph, height in zip(boxed, self._boxed, strict=True):
                paragraph.drawOn(canvas, pad, y - height)
                y -= height + inner_gap
            y = self.height - top_gap - self._box_height - cut_gap
            canvas.setDash(3, 3)
            canvas.line(0, y, self.width, y)
            canvas.restoreState()
            y -= cut_pad
            for paragraph, height in zip(slip, self._slip, strict=True):
                paragraph.drawOn(canvas, 0, y - height)
                y -= height + row_gap

    return Foot()


def _bold(text: str) -> str:
    return f"<font name='{SANS_BOLD}'>{escape(text)}</font>"


def _letter_start(index: int) -> Any:
    """A flowable of no size telling the canvas which letter the pages from here belong to."""
    from reportlab.platypus import Flowable

    class LetterStart(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
        def wrap(self, _width: float, _height: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            self.canv.letter_index = index

    return LetterStart()


def _letter_canvas(letters: Sequence[_Letter], built: list[int]) -> Any:
    """A canvas that numbers the pages of each letter longer than one page, at the very end.

    Pages are held back until the last one, when each letter's page count is
    known; a page belongs to the letter whose start was drawn last.  The
    number of pages is appended to ``built``.
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    width, _ = A4
    margin = pdf_layout.SIDE_MARGIN_MM * mm

    class LetterCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.letter_index = 0
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            counts: dict[int, int] = {}
            for page in self._held_pages:
                counts[page["letter_index"]] = counts.get(page["letter_index"], 0) + 1
            numbers: dict[int, int] = {}
            for page in self._held_pages:
                self.__dict__.update(page)
                index = page["letter_index"]
                numbers[index] = numbers.get(index, 0) + 1
                if counts[index] > 1:
                    letter = letters[index]
                    self.setFont(SANS, pdf_layout.FOOTER_FONT_SIZE)
                    self.setFillColor(colors.grey)
                    self.drawString(margin, 10 * mm, letter.patient_label)
                    self.drawRightString(
                        width - margin,
                        10 * mm,
                        WORDS[letter.language]["page"].format(
                            number=numbers[index], total=counts[index]
                        ),
                    )
                super().showPage()
            built.append(len(self._held_pages))
            super().save()

    return LetterCanvas


# -- writing the batch to a folder -------------------------------------------------------------


@dataclass(frozen=True)
class WrittenLetters:
    """A print run written to disk: where, which letters (in page order), which were set aside."""

    path: Path
    message_ids: tuple[int, ...]
    left_out: tuple[LeftOut, ...]


def write_letters(session: Session, clock: Clock, destination: Path) -> WrittenLetters:
    """Every letter waiting, checked and rendered, in one PDF written atomically.

    ``destination`` is the PDF itself when it ends in ``.pdf``; otherwise a
    folder, where the file is named ``letters-YYYYMMDD-HHMM.pdf`` (practice
    time) and never replaces an earlier run.  The file is written beside its
    final name and renamed once complete, readable by its owner only (0600):
    it holds patients' names and addresses.  Nothing is marked printed: a
    person says so after printing (:func:`mark_printed`).  Raises
    :class:`NothingToPrint` when no letter is left to print.
    """
    waiting = letters_to_print(session, clock.now())
    if not waiting:
        raise NothingToPrint("No letters are waiting to be printed.")
    batch = prepare_batch(session, clock, [letter.message_id for letter in waiting])
    if not batch.message_ids:
        raise NothingToPrint(
            f"No letter is left to print: {len(batch.left_out)} set aside by the check "
            "before printing.",
            batch.left_out,
        )
    target = print_target(session, clock, destination, "letters")
    write_private(target, batch.pdf)
    return WrittenLetters(target, batch.message_ids, batch.left_out)


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

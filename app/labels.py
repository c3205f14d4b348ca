"""Address labels for the letters of a print run, on A4 sheets of sticky labels.

For a practice that posts letters in envelopes without a window: one label per
letter, each holding the same block the window envelope would show
(:func:`app.letters.postal_address`).  The labels of a run that printed
(:func:`labels_for_batch`) are those of its letters, in the order they came
out of the printer (survey forms last, as in the run), whenever they are
asked for, the run marked printed or not yet posted: a letter the check set
aside at printing is not in the run, so it gets no label.  Labels made before
printing (:func:`labels_for_waiting_letters`) leave out the letters the check
would set aside now; a letter whose template fails at printing still has one.

The sheets are described by the manufacturer's geometry (:class:`LabelSheet`);
a half-used sheet is reused by starting at a later position (``start_at``,
counted from 1, left to right then top to bottom): the labels before it stay
empty.  A label's text is as large as fits (11 pt) and shrinks down to 8 pt
rather than run over the label's edge; only a line still too long at 8 pt is
cut, ending with "…".  Everything is printed with DejaVu (:mod:`app.pdf_fonts`)
so ß, Ł, Cyrillic and Greek names print as written.  ReportLab is imported
lazily (DESIGN §9).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from sqlalchemy.orm import Session

from app import audit, dispatch, letters, print_runs
from app.access import Actor, Permission
from app.batches import rows_by_id
from app.clock import Clock
from app.errors import FieldError, ValidationError
from app.letters import NothingToPrint
from app.pdf_fonts import SANS, register_fonts
from app.settings import load_practice
from app.version import pdf_creator
from db.models import Message, Patient

PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
PADDING_X_MM = 4.0  # inside a label: the printer's drift must not push text off it
PADDING_Y_MM = 3.0
LARGEST_PT = 11.0
SMALLEST_PT = 8.0
STEP_PT = 0.5
LEADING = 1.2  # line height, as a multiple of the font size
ELLIPSIS = "…"

TITLES = {"fr": "Étiquettes d'adresse — {sheet}", "en": "Address labels — {sheet}"}
RUN_TITLES = {
    "fr": "Étiquettes d'adresse — tirage n° {batch} — {sheet}",
    "en": "Address labels — print run {batch} — {sheet}",
}


@dataclass(frozen=True)
class LabelSheet:
    """An A4 sheet of labels, in millimetres from the sheet's top left corner.

    ``pitch_x`` is from one label's left edge to the next one's (width plus
    the gap), ``pitch_y`` from one label's top edge to the next one's.
    """

    name: str
    columns: int
    rows: int
    label_width: float
    label_height: float
    top: float
    side: float
    pitch_x: float
    pitch_y: float

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def label_box(self, position: int) -> tuple[float, float, float, float]:
        """Label ``position``'s (left, top, right, bottom), in mm from the top left corner."""
        row, column = divmod(position - 1, self.columns)
        left = self.side + column * self.pitch_x
        top = self.top + row * self.pitch_y
        return left, top, left + self.label_width, top + self.label_height


# Avery's own templates (Word / Avery Design & Print), A4 portrait.
AVERY_L7160 = LabelSheet(
    name="Avery L7160",
    columns=3,
    rows=7,
    label_width=63.5,
    label_height=38.1,
    top=15.15,
    side=7.25,
    pitch_x=66.04,  # a 2.54 mm gap
    pitch_y=38.1,
)
AVERY_L7163 = LabelSheet(
    name="Avery L7163",
    columns=2,
    rows=7,
    label_width=99.1,
    label_height=38.1,
    top=15.15,
    side=4.65,
    pitch_x=101.6,  # a 2.5 mm gap
    pitch_y=38.1,
)
SHEETS = (AVERY_L7160, AVERY_L7163)


def render_labels(
    addresses: Sequence[tuple[str, ...]],
    sheet: LabelSheet,
    *,
    start_at: int = 1,
    title: str | None = None,
) -> bytes:
    """A PDF of ``sheet`` pages, one address (its lines, in order) per label.

    The first address goes on label ``start_at`` (1-based) of the first
    sheet; later sheets are filled from their first label.  Raises
    :class:`ValidationError` when ``start_at`` is not a label of the sheet or
    there is no address.
    """
    _check(addresses, sheet, start_at)
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=SANS)
    canvas.setCreator(pdf_creator())
    canvas.setTitle(title or TITLES["fr"].format(sheet=sheet.name))
    canvas.setAuthor("Relais")
    canvas.setSubject(sheet.name)
    position = start_at
    for index, lines in enumerate(addresses):
        if index and position == 1:
            canvas.showPage()
        left, top, right, bottom = sheet.label_box(position)
        _draw_label(canvas, lines, left * mm, top * mm, right * mm, bottom * mm)
        position = position % sheet.per_sheet + 1
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def labels_for_waiting_letters(
    session: Session, clock: Clock, sheet: LabelSheet, *, start_at: int = 1
) -> bytes:
    """Labels for :func:`app.letters.letters_to_print`, in its order (postcode, then name).

    Each label is the letter's window block (:func:`app.letters.postal_address`):
    title and name, street lines, postcode and town, country when abroad.  A
    letter the check before printing would set aside now
    (:func:`app.dispatch.recheck`: consent withdrawn, patient gone, address
    no longer usable…) gets no label; nothing is written, no letter changes
    status (the print run cancels them).  Raises
    :class:`app.letters.NothingToPrint` when no letter is waiting or all
    would be set aside, :class:`ValidationError` for a bad ``start_at``.
    """
    _check([()], sheet, start_at)
    practice = load_practice(session)
    now = clock.now()
    waiting = letters.letters_to_print(session, now)
    if not waiting:
        raise NothingToPrint("No letters are waiting to be printed.")
    # Read together (a session.get each was three queries a label); held here, they are
    # what the check's own session.get finds without a query.
    found = rows_by_id(session, Message, [letter.message_id for letter in waiting])
    patients = rows_by_id(session, Patient, sorted({letter.patient_id for letter in waiting}))
    messages = [found[letter.message_id] for letter in waiting]
    cycle = dispatch.Cycle.load(session)
    going: list[tuple[str, Patient, str]] = []
    # The check may take a patient's newer address on the message (as the print run would):
    # the label shows it, but this read writes nothing, so the planned one is put back.
    planned = {m.id: m.recipient for m in messages}
    with session.no_autoflush:
        facts = dispatch.RecheckFacts.load(session, messages)
        for letter, message in zip(waiting, messages, strict=True):
            if dispatch.recheck(session, message, now, cycle, facts) is None:
                going.append((message.recipient, patients[letter.patient_id], letter.language))
            if message.recipient != planned[message.id]:
                message.recipient = planned[message.id]
    addresses = [
        block.lines for block in letters.window_blocks(session, going, practice.default_region)
    ]
    if not addresses:
        raise NothingToPrint(
            f"Every letter waiting ({len(waiting)}) would be set aside by the check.",
            code="all_set_aside",
            params={"count": len(waiting)},
        )
    language = practice.language if practice.language in TITLES else "fr"
    title = TITLES[language].format(sheet=sheet.name)
    return render_labels(addresses, sheet, start_at=start_at, title=title)


def labels_for_batch(
    session: Session,
    clock: Clock,
    actor: Actor,
    batch_id: int,
    sheet: LabelSheet,
    *,
    start_at: int = 1,
) -> bytes:
    """Labels for the letters of kept print run ``batch_id``, in its print order.

    One label per letter the run holds (a letter the check set aside is not
    in it), survey forms included, in the order the letters lie in the run so
    that label and letter meet at the envelope.  Each label is the letter's
    window block, the address the letter was planned for when the patient
    still has it.  Whatever the letters' state (printed or posted), nothing
    changes but the audit trail: the labels name patients and their address.
    Raises :class:`app.errors.NotFound`, :class:`app.print_runs.BatchEmptied`
    (the run's kept copy is gone: erasure, or 90 days), :class:`ValidationError`
    for a bad ``start_at``.
    """
    actor.require(Permission.VIEW_PATIENTS)
    _check([()], sheet, start_at)
    kept = print_runs.kept_batch(session, batch_id)
    if kept.emptied:
        raise print_runs.BatchEmptied(
            f"Print run number {batch_id} is no longer kept ({kept.emptied_why}): "
            "its labels are not made either."
        )
    practice = load_practice(session)
    kept_letters = print_runs.batch_letters(session, batch_id)
    # A kept run's letters, their messages and patients stay while it is not emptied.
    messages = rows_by_id(session, Message, [letter.message_id for letter in kept_letters])
    patients = rows_by_id(session, Patient, sorted({letter.patient_id for letter in kept_letters}))
    wanted = [
        (
            messages[letter.message_id].recipient,
            patients[letter.patient_id],
            messages[letter.message_id].language,
        )
        for letter in kept_letters
    ]
    addresses = [
        block.lines for block in letters.window_blocks(session, wanted, practice.default_region)
    ]
    language = practice.language if practice.language in RUN_TITLES else "fr"
    title = RUN_TITLES[language].format(batch=batch_id, sheet=sheet.name)
    pdf = render_labels(addresses, sheet, start_at=start_at, title=title)
    audit.record(
        session,
        clock,
        actor,
        "print_batch.labels",
        entity="print_batch",
        entity_id=batch_id,
        details={"labels": len(addresses), "sheet": sheet.name, "start_at": start_at},
    )
    return pdf


def _check(addresses: Sequence[tuple[str, ...]], sheet: LabelSheet, start_at: int) -> None:
    errors = []
    if not 1 <= start_at <= sheet.per_sheet:
        errors.append(
            FieldError(
                "start_at",
                f"choose a label from 1 to {sheet.per_sheet} ({sheet.name})",
                "out_of_range",
            )
        )
    if not addresses:
        errors.append(FieldError("addresses", "no address to print", "empty"))
    if errors:
        raise ValidationError(errors)


def fit(lines: Sequence[str], width: float, height: float) -> tuple[float, list[str]]:
    """The font size (points) and the lines to print so that they fit ``width`` × ``height`` points.

    The largest size from 11 pt down to 8 pt at which every line fits as
    given; else the largest at which they fit once a long line is wrapped
    (between words, or after a hyphen); else, at 8 pt, a line still too wide
    is cut and ends with "…", and lines beyond the label's height are dropped
    (the last one kept ends with "…").
    """
    given = [" ".join(line.split()) for line in lines]
    given = [line for line in given if line]
    sizes = [
        LARGEST_PT - STEP_PT * step for step in range(int((LARGEST_PT - SMALLEST_PT) / STEP_PT) + 1)
    ]
    for wrapped in (False, True):
        for size in sizes:
            kept = _wrap(given, size, width) if wrapped else given
            if _fits(kept, size, width, height):
                return size, kept
    size = SMALLEST_PT
    kept = _wrap(given, size, width)
    room = max(1, int(height // (size * LEADING)))
    if len(kept) > room:
        kept = kept[:room]
        kept[-1] = kept[-1] + ELLIPSIS
    return size, [_cut(line, size, width) for line in kept]


def _fits(lines: Sequence[str], size: float, width: float, height: float) -> bool:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widest = max((stringWidth(line, SANS, size) for line in lines), default=0.0)
    return widest <= width and len(lines) * size * LEADING <= height


def _wrap(lines: Sequence[str], size: float, width: float) -> list[str]:
    """Each line too wide broken between words or after a hyphen, as few times as it takes."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    wrapped: list[str] = []
    for line in lines:
        pieces = re.findall(r"[^\s-]*-|\S+", line)  # "DE-LA-TOUR" breaks after each hyphen
        current = ""
        for piece in pieces:
            joint = "" if not current or current.endswith("-") else " "
            candidate = current + joint + piece
            if current and stringWidth(candidate, SANS, size) > width:
                wrapped.append(current)
                current = piece
            else:
                current = candidate
        if current:
            wrapped.append(current)
    return wrapped


def _cut(line: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(line, SANS, size) <= width:
        return line
    text = line.removesuffix(ELLIPSIS)
    while text and stringWidth(text.rstrip() + ELLIPSIS, SANS, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def _draw_label(
    canvas: Any, lines: Sequence[str], left: float, top: float, right: float, bottom: float
) -> None:
    """The lines, left-aligned and centred vertically in the label (points, from the top)."""
    from reportlab.lib.units import mm

    page_height = PAGE_HEIGHT_MM * mm
    pad_x, pad_y = PADDING_X_MM * mm, PADDING_Y_MM * mm
    width = right - left - 2 * pad_x
    height = bottom - top - 2 * pad_y
    size, kept = fit(lines, width, height)
    leading = size * LEADING
    block = len(kept) * leading
    # The first baseline: the block centred, each line's ascent ≈ 0.8 of the size.
    baseline = top + pad_y + (height - block) / 2 + (leading - size) / 2 + size * 0.8
    canvas.setFont(SANS, size)
    for line in kept:
        canvas.drawString(left + pad_x, page_height - baseline, line)
        baseline += leading

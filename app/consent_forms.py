"""Paper for consent: the pre-filled form (nothing ticked) and the receipt.

The form lists every active purpose with a box per channel, all empty: the
patient ticks what they agree to and signs; for care purposes the boxes are
for objecting, and the form says so.  The receipt is the readable twin of the
JSON receipt (``app.receipts``).  Names and other typed values are escaped, or
ReportLab would read "<Fils>" as markup and drop it.  ReportLab is imported
lazily (DESIGN §9).

Both are printed on the letters' letterhead (:func:`app.pdf_layout.build_on_letterhead`):
the practice at the top left, the patient's name and address where a DL window
envelope shows them, the same fonts, and "page x / y" at the foot, so the form
a patient signs and the receipt they keep look like the practice's letters
and can be posted the same way.

Both follow the patient's paper format (:mod:`app.preferences`) as their
letters and survey forms do (:mod:`app.survey_form`): large print puts every
word at 16 pt or more (letterhead, window, body, table, foot) and the boxes
to tick at 8 mm, like the survey form's; easy read prints a 14 pt body and
7 mm boxes; the standard form's boxes are 5 mm, the least a pen ticks easily.
"""

from __future__ import annotations

import functools
from datetime import date, datetime
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from babel.dates import format_date
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import consent, letters, paper_settings, pdf_layout, preferences, receipts
from app.errors import NotFound
from app.pdf_fonts import SANS, SANS_BOLD
from app.settings import PracticeSettings, load_practice
from app.survey_form import BODY_SIZES, BOX_MM, MIN_BOX_MM
from db.models import (
    Channel,
    ConsentEvent,
    LawfulBasis,
    Message,
    PaperFormat,
    Patient,
    PrivacyNotice,
)

BOX = "☐"  # an empty box: nothing is ever pre-ticked
# DejaVu's ☐ draws a square this share of its font size wide and tall, from this share
# of the size right of its origin and above its baseline (measured on the glyph rendered
# at 100 pt): a box ``side`` wide is the glyph at side / share, drawn back by the offsets.
BOX_GLYPH_SHARE = 0.715
BOX_GLYPH_LEFT = 0.09
BOX_GLYPH_BOTTOM = 0.01
CELL_PADDING = 6  # points, each side of a table cell
# The side of a box to tick, in mm: the survey form's in easy read and large print; on
# the standard form the least a pen ticks easily, which keeps the form on one page.
BOX_SIDE_MM = {
    PaperFormat.STANDARD: MIN_BOX_MM,
    PaperFormat.EASY_READ: BOX_MM[PaperFormat.EASY_READ],
    PaperFormat.LARGE_PRINT: BOX_MM[PaperFormat.LARGE_PRINT],
}
CHANNEL_NAMES = {
    "fr": {Channel.SMS: "SMS", Channel.EMAIL: "E-mail", Channel.LETTER: "Courrier",
           Channel.PHONE: "Téléphone"},
    "en": {Channel.SMS: "SMS", Channel.EMAIL: "E-mail", Channel.LETTER: "Letter",
           Channel.PHONE: "Phone"},
}  # fmt: skip
WORDS: dict[str, dict[str, Any]] = {
    "fr": {
        "title": "Vos préférences de contact",
        "place_date": "{place}, le {date}",
        "colon": " : ",
        "date": "Le {date}",
        "intro": (
            "Cochez les moyens par lesquels le cabinet peut vous écrire pour chaque finalité. "
            "Rien n’est coché d’avance. Vous pouvez changer d’avis à tout moment, par "
            "téléphone, par courrier ou en répondant STOP à un SMS."
        ),
        "consent": "Avec votre accord (cochez pour accepter)",
        "care": "Pour vos soins (cochez pour vous y opposer)",
        "born": "né(e) le",
        "notice": "Notice d’information remise : version",
        "signature": "Date et signature du patient :",
        "purpose": "Finalité",
        "receipt": "Reçu de consentement",
        "given": "Consentement donné le",
        "by": "enregistré par",
        "channels": "Canaux",
        "until": "Durée",
        "method": "Recueilli",
        "id": "Référence du reçu",
        "methods": {
            "signed_form": "formulaire signé",
            "at_desk": "à l’accueil du cabinet",
            "phone": "par téléphone",
            "letter_reply": "réponse par courrier",
            "sms_stop": "SMS STOP",
        },
        "forever": "jusqu’à ce que vous le retiriez",
        "expires": "jusqu’au",
        "withdraw": (
            "Pour retirer ce consentement, appelez le cabinet, écrivez-nous ou répondez STOP "
            "à un SMS : cela ne demande pas plus d’étapes que de l’avoir donné."
        ),
    },
    "en": {
        "title": "Your contact preferences",
        "place_date": "{place}, {date}",
        "colon": ": ",
        "date": "{date}",
        "intro": (
            "Tick how the practice may write to you for each purpose. Nothing is ticked in "
            "advance. You can change your mind at any time, by phone, by letter or by "
            "replying STOP to a text message."
        ),
        "consent": "With your consent (tick to agree)",
        "care": "For your care (tick to object)",
        "born": "born",
        "notice": "Privacy notice given: version",
        "signature": "Date and patient's signature:",
        "purpose": "Purpose",
        "receipt": "Consent receipt",
        "given": "Consent given on",
        "by": "recorded by",
        "channels": "Channels",
        "until": "Lasts",
        "method": "Collected",
        "id": "Receipt reference",
        "methods": {
            "signed_form": "signed paper form",
            "at_desk": "at the practice desk",
            "phone": "by telephone",
            "letter_reply": "reply slip by post",
            "sms_stop": "SMS STOP",
        },
        "forever": "until you withdraw it",
        "expires": "until",
        "withdraw": (
            "To withdraw this consent, call the practice, write to us or reply STOP to a "
            "text message: it takes no more steps than giving it."
        ),
    },
}


_LOCALES = {"fr": "fr_FR", "en": "en_GB"}


def _paper_format(session: Session, patient_id: int, chosen: PaperFormat | None) -> PaperFormat:
    return chosen if chosen is not None else preferences.load(session, patient_id).paper_format


def _on_letterhead(
    session: Session,
    practice: PracticeSettings,
    sheet: paper_settings.PaperSettings,
    patient: Patient,
    language: str,
    body: list[Any],
    footer: str,
    paper: PaperFormat,
) -> pdf_layout.PaperDocument:
    """The document on the practice's letterhead, the patient's address in the window."""
    # No letter was planned: the address is the patient's first usable postal one.
    address = letters.postal_address(
        session, Message(recipient=""), patient, practice.default_region, language
    )
    return paper_settings.document_on_paper(
        sheet, practice, address.lines, body, footer, language=language, size=BODY_SIZES[paper],
        large_print=paper is PaperFormat.LARGE_PRINT,
    )  # fmt: skip


def _place_date(
    practice: PracticeSettings, day: date, language: str, styles: dict[str, Any], paper: PaperFormat
) -> Any:
    """Place and date on the right, as on a letter; flush left in large print, as a
    large-print letter has it (RNIB clear print: everything flush left)."""
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    words = WORDS[language]
    shown = format_date(day, "d MMMM y", locale=_LOCALES[language])
    text = (
        words["place_date"].format(place=practice.city, date=shown)
        if practice.city.strip()
        else words["date"].format(date=shown)
    )
    alignment = TA_LEFT if paper is PaperFormat.LARGE_PRINT else TA_RIGHT
    return Paragraph(
        escape(text), ParagraphStyle("place_date", parent=styles["body"], alignment=alignment)
    )


def _bold(text: str) -> str:
    # <b> needs a registered font family; naming the bold face works with DejaVu as it is.
    return f"<font name='{SANS_BOLD}'>{escape(text)}</font>"


def _name(patient: Patient) -> str:
    return f"{patient.last_name.upper()} {patient.first_name}"


def write_consent_form(
    path: Path | BytesIO,
    session: Session,
    patient_id: int,
    today: datetime,
    paper_format: PaperFormat | None = None,
) -> None:
    """The patient, every purpose with an empty box per channel, a signature line.

    One A4 page in standard print.  ``paper_format`` defaults to the patient's
    own (:func:`app.preferences.load`).
    """
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    patient = session.get(Patient, patient_id)
    if patient is None:
        raise NotFound(f"No patient with id {patient_id}.")
    paper = _paper_format(session, patient_id, paper_format)
    language = patient.language if patient.language in WORDS else "fr"
    words = WORDS[language]
    styles = pdf_layout.paper_styles(BODY_SIZES[paper])
    notice = session.scalar(
        select(PrivacyNotice.version).order_by(PrivacyNotice.published_at.desc()).limit(1)
    )
    practice = load_practice(session)
    story: list[Any] = [
        _place_date(practice, today.astimezone(practice.zone()).date(), language, styles, paper),
        Spacer(1, 4 * mm),
        Paragraph(words["title"], styles["title"]),
        Paragraph(
            f"{escape(patient.last_name.upper())} {escape(patient.first_name)}, {words['born']} "
            f"{patient.birth_date.strftime('%d/%m/%Y')}",
            styles["body"],
        ),
        Paragraph(words["intro"], styles["body"]),
    ]
    purposes = consent.purposes(session)
    for basis, heading in ((LawfulBasis.CONSENT, "consent"), (LawfulBasis.CARE, "care")):
        names = [
            purpose.name_fr if language == "fr" else purpose.name_en
            for purpose in purposes
            if purpose.basis is basis
        ]
        story += [
            Paragraph(words[heading], styles["head"]),
            _boxes_table(names, language, paper, styles),
        ]
    story += [
        Spacer(1, 6 * mm),
        Paragraph(f"{words['notice']} {escape(notice or '—')}", styles["small"]),
        Spacer(1, 10 * mm),
        Paragraph(words["signature"], styles["body"]),
        Spacer(1, 18 * mm),
        Paragraph(today.strftime("%d/%m/%Y"), styles["small"]),
    ]
    sheet = paper_settings.load_paper(session)
    document = _on_letterhead(
        session, practice, sheet, patient, language, story,
        f"{words['title']} · {_name(patient)}", paper,
    )  # fmt: skip
    paper_settings.write_on_paper(
        path, [document], sheet, title=words["title"], practice=practice, language=language
    )


def _boxes_table(
    purposes: list[str], language: str, paper: PaperFormat, styles: dict[str, Any]
) -> Any:
    """A row per purpose, a column per channel, each cell an empty box of BOX_SIDE_MM[paper].

    The purposes' names wrap in their column; each channel's column is wide
    enough for its name in bold at the body's size, so none is cut in large print.
    """
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph, Table, TableStyle

    size = BODY_SIZES[paper]
    side = BOX_SIDE_MM[paper] * mm
    words, names = WORDS[language], CHANNEL_NAMES[language]
    spacing = pdf_layout.CLEAR_PRINT_SPACING if paper is PaperFormat.LARGE_PRINT else 1.2
    cell = ParagraphStyle("cell", parent=styles["body"], spaceAfter=0, leading=size * spacing)
    header = ParagraphStyle("cell_head", parent=cell, fontName=SANS_BOLD)
    centred = ParagraphStyle("cell_head_centred", parent=header, alignment=TA_CENTER)
    channel_widths = [
        max(
            25 * mm,
            stringWidth(names[channel], SANS_BOLD, size) + 2 * CELL_PADDING + 1,
            side + 2 * CELL_PADDING,
        )
        for channel in Channel
    ]
    room = A4[0] - 2 * pdf_layout.SIDE_MARGIN_MM * mm
    widths = [min(70 * mm, room - sum(channel_widths)), *channel_widths]
    rows: list[list[Any]] = [
        [
            Paragraph(escape(words["purpose"]), header),
            *(Paragraph(escape(names[c]), centred) for c in Channel),
        ]
    ]
    rows += [[Paragraph(escape(name), cell), *(_box(side) for _ in Channel)] for name in purposes]
    table = Table(rows, colWidths=widths, repeatRows=1)  # the channels named on every page
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("TOPPADDING", (1, 1), (-1, -1), 2),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (1, 1), (-1, -1), 2),
    ]))  # fmt: skip
    return table


def write_receipt(
    path: Path | BytesIO,
    session: Session,
    event_id: int,
    paper_format: PaperFormat | None = None,
) -> None:
    """The readable receipt of one consent given (the JSON receipt, for the patient).

    ``paper_format`` defaults to the patient's own (:func:`app.preferences.load`).
    """
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    data = receipts.consent_receipt(session, event_id)
    event = session.get(ConsentEvent, event_id)
    assert event is not None
    patient = session.get(Patient, event.patient_id)
    assert patient is not None
    paper = _paper_format(session, patient.id, paper_format)
    language = data["language"]
    words = WORDS[language]
    styles = pdf_layout.paper_styles(BODY_SIZES[paper])
    purpose = data["services"][0]["purposes"][0]
    purpose_row = consent.purposes(session, active_only=False)
    label = next(
        (p.name_fr if language == "fr" else p.name_en)
        for p in purpose_row
        if p.code == purpose["purposeCategory"][0]
    )
    channels = [CHANNEL_NAMES[language][c] for c in Channel if event.channel in (None, c)]
    practice = load_practice(session)
    local = event.recorded_at.astimezone(ZoneInfo(practice.timezone))
    lasts = (
        f"{words['expires']} {event.expires_at.astimezone(ZoneInfo(practice.timezone)):%d/%m/%Y}"
        if event.expires_at is not None
        else words["forever"]
    )
    notice = session.get(PrivacyNotice, event.notice_id) if event.notice_id else None
    story: list[Any] = [
        _place_date(practice, local.date(), language, styles, paper),
        Spacer(1, 4 * mm),
        Paragraph(words["receipt"], styles["title"]),
        Paragraph(
            f"{escape(patient.last_name.upper())} {escape(patient.first_name)}", styles["body"]
        ),
        Paragraph(f"{_bold(words['purpose'])}{words['colon']}{escape(label)}", styles["body"]),
        Paragraph(
            f"{_bold(words['channels'])}{words['colon']}{', '.join(channels)}", styles["body"]
        ),
        Paragraph(
            f"{words['given']} {local:%d/%m/%Y %H:%M}, {words['by']} {escape(event.recorded_by)}",
            styles["body"],
        ),
        Paragraph(
            f"{_bold(words['method'])}{words['colon']}{words['methods'][event.method.value]}",
            styles["body"],
        ),
        Paragraph(f"{_bold(words['until'])}{words['colon']}{lasts}", styles["body"]),
        Paragraph(
            f"{words['notice']} {escape(notice.version if notice else '—')}", styles["small"]
        ),
        Spacer(1, 4 * mm),
        Paragraph(words["withdraw"], styles["body"]),
        Spacer(1, 4 * mm),
        Paragraph(f"{words['id']}{words['colon']}{data['consentReceiptID']}", styles["small"]),
    ]
    sheet = paper_settings.load_paper(session)
    document = _on_letterhead(
        session, practice, sheet, patient, language, story,
        f"{words['receipt']} · {_name(patient)}", paper,
    )  # fmt: skip
    paper_settings.write_on_paper(
        path, [document], sheet, title=words["receipt"], practice=practice, language=language
    )


def _box(side: float) -> Any:
    """An empty box ``side`` points wide: the ☐ glyph, so the PDF's text says it is a box."""
    return _box_class()(side)


@functools.cache
def _box_class() -> type:
    from reportlab.platypus import Flowable

    class BoxGlyph(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
        """Exactly ``side`` × ``side``: a table centres it as it centres any flowable."""

        def __init__(self, side: float) -> None:
            super().__init__()
            self.side = side

        def wrap(self, _width: float, _height: float) -> tuple[float, float]:
            return self.side, self.side

        def draw(self) -> None:
            size = self.side / BOX_GLYPH_SHARE
            self.canv.setFont(SANS, size)
            self.canv.drawString(-BOX_GLYPH_LEFT * size, -BOX_GLYPH_BOTTOM * size, BOX)

    return BoxGlyph

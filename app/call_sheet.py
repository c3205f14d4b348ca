"""The call list on paper: one A4 landscape sheet to call from and tick by hand (issue 5).

The calls are those of the Today page (:func:`app.today.call_list`), in the
same order.  For each one: the patient, their numbers (the one the planner
chose first), what the call is about and when, a short script, boxes for the
outcome (reached, voicemail, no answer, wrong number) and room for a note and
the time.  The outcomes are then entered in the app (:mod:`app.calls`); the
sheet itself changes nothing.

The words follow the practice's language (French unless it chose English).
The practice's name and the date head every page, with the table's header;
"page x / y" is at the foot.  Everything is printed with DejaVu
(:mod:`app.pdf_fonts`) so every name prints as written.  ReportLab is
imported lazily (DESIGN §9).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime
from sqlalchemy.orm import Session

from app import message_render, pdf_layout, templates, today
from app.clock import Clock
from app.letters import NothingToPrint, print_target, write_private
from app.normalize import phone_display
from app.pdf_fonts import SANS, SANS_BOLD, register_fonts
from app.settings import PracticeSettings, load_practice
from app.version import pdf_creator
from db.models import ContactKind, Message

_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
SCRIPT_LINES = 4  # the first lines of the script: enough to start the call
SCRIPT_CHARACTERS = 360
# The line of the shipped scripts that says what a voicemail may hear (never why).
VOICEMAIL_LINES = ("Répondeur", "Voicemail")
BOX = "☐"

WORDS: dict[str, dict[str, Any]] = {
    "fr": {
        "title": "Appels du {date}",
        "count": "{count} appel(s) à passer",
        "columns": ("Patient", "Numéros", "Objet et texte de l’appel", "Résultat", "Note"),
        "kinds": {ContactKind.MOBILE: "port.", ContactKind.LANDLINE: "fixe"},
        "no_number": "aucun numéro utilisable",
        "tried": "déjà essayé {count} fois",
        "outcomes": ("Joint", "Messagerie", "Pas de réponse", "Mauvais numéro"),
        "note": "Note :",
        "time": "Heure :",
        "empty": "Aucun appel à passer aujourd’hui.",
        "page": "page {number} / {total}",
    },
    "en": {
        "title": "Calls of {date}",
        "count": "{count} call(s) to make",
        "columns": ("Patient", "Numbers", "What the call is about", "Outcome", "Note"),
        "kinds": {ContactKind.MOBILE: "mobile", ContactKind.LANDLINE: "landline"},
        "no_number": "no usable number",
        "tried": "already tried {count} time(s)",
        "outcomes": ("Reached", "Voicemail", "No answer", "Wrong number"),
        "note": "Note:",
        "time": "Time:",
        "empty": "No calls to make today.",
        "page": "page {number} / {total}",
    },
}

# Millimetres on A4 landscape (297 × 210).
MARGIN_MM = 12
TOP_MM = 22  # room for the page heading
BOTTOM_MM = 15  # room for "page x / y"
COLUMNS_MM = (50, 40, 106, 39, 38)  # 273 mm: the page less both margins


@dataclass(frozen=True)
class _Line:
    """One call as it prints, read from the session before ReportLab runs."""

    name: str
    numbers: tuple[tuple[str, str], ...]  # (kind, number as dialled)
    purpose: str
    when: str
    attempts: int
    script: str


def render_call_sheet(session: Session, clock: Clock) -> bytes:
    """The call list as a PDF (A4 landscape), in the practice's language.

    Raises :class:`app.letters.NothingToPrint` when no call is waiting.  Nothing
    in the session changes (a script rendered here is not stored).
    """
    practice = load_practice(session)
    language = practice.language if practice.language in WORDS else "fr"
    calls = today.call_list(session)
    if not calls:
        raise NothingToPrint(WORDS["en"]["empty"])
    zone = practice.zone()
    lines = [_line(session, practice, call, language, zone) for call in calls]
    return _pdf(practice, language, practice.today(clock), lines)


def write_call_sheet(session: Session, clock: Clock, destination: Path) -> Path:
    """:func:`render_call_sheet` written atomically to ``destination`` (mode 0600).

    ``destination`` is the PDF itself when it ends in ``.pdf``; otherwise a
    folder, where the file is named ``calls-YYYYMMDD-HHMM.pdf`` (practice time)
    and never replaces an earlier sheet.  The sheet holds patients' names and
    numbers: only its owner may read it.
    """
    pdf = render_call_sheet(session, clock)
    target = print_target(session, clock, destination, "calls")
    write_private(target, pdf)
    return target


# -- what each line says ---------------------------------------------------------------------


def _line(
    session: Session,
    practice: PracticeSettings,
    call: today.CallToMake,
    language: str,
    zone: ZoneInfo,
) -> _Line:
    kinds: dict[ContactKind, str] = WORDS[language]["kinds"]
    return _Line(
        name=call.patient_name,
        numbers=tuple((kinds.get(n.kind, ""), phone_display(n.value)) for n in call.numbers),
        purpose=call.purpose.in_language(language),
        when=_when(call.due_at, language, zone),
        attempts=call.attempts,
        script=_short(call.script or _template_script(session, practice, call.message_id)),
    )


def _when(moment: datetime, language: str, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    locale = _LOCALES[language]
    if local.time() == time(0):
        return format_date(local.date(), format="medium", locale=locale)
    return format_datetime(local, "EEE d MMM y, HH:mm", tzinfo=zone, locale=locale)


def _template_script(session: Session, practice: PracticeSettings, message_id: int) -> str:
    """The call's words from its template, when the dispatcher stored none; the message is kept."""
    message = session.get(Message, message_id)
    if message is None:
        return ""
    version = message.template_version
    try:
        return message_render.render(session, message, practice).body
    except templates.TemplateError:
        return ""
    finally:
        message.template_version = version  # a sheet changes nothing


def _short(script: str) -> str:
    """The first lines of the script, and what to say to a voicemail (the privacy rule).

    A first paragraph of one line is the script's title ("Script d'appel : …"),
    which the purpose beside it already says: it is left out.
    """
    paragraphs = [part for part in script.strip().split("\n\n") if part.strip()]
    if len(paragraphs) > 1 and len(paragraphs[0].strip().splitlines()) == 1:
        paragraphs = paragraphs[1:]
    kept = [line.strip() for part in paragraphs for line in part.splitlines() if line.strip()]
    voicemail = next((line for line in kept if line.startswith(VOICEMAIL_LINES)), None)
    shown = kept[:SCRIPT_LINES]
    text = "\n".join(shown)
    if len(kept) > len(shown) or len(text) > SCRIPT_CHARACTERS:
        text = text[:SCRIPT_CHARACTERS].rstrip() + " …"
    if voicemail is not None and voicemail not in shown:
        text += "\n" + voicemail
    return text


# -- the layout ------------------------------------------------------------------------------


def _pdf(practice: PracticeSettings, language: str, day: date, lines: Sequence[_Line]) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

    register_fonts()
    words = WORDS[language]
    dated = format_date(day, format="full", locale=_LOCALES[language])
    title = words["title"].format(date=dated)
    cell = ParagraphStyle("cell", fontName=SANS, fontSize=9, leading=11.5)
    name = ParagraphStyle("name", parent=cell, fontName=SANS_BOLD, fontSize=10, leading=13)
    small = ParagraphStyle("small", parent=cell, fontSize=8, leading=10, textColor=colors.black)
    head = ParagraphStyle("head", parent=cell, fontName=SANS_BOLD, textColor=colors.white)
    rows: list[list[Any]] = [[Paragraph(escape(text), head) for text in words["columns"]]]
    for line in lines:
        patient = [Paragraph(escape(line.name), name)]
        if line.attempts:
            patient.append(Paragraph(escape(words["tried"].format(count=line.attempts)), small))
        if line.numbers:
            numbers = [
                Paragraph(
                    f"<font name='{SANS_BOLD if index == 0 else SANS}'>{escape(number)}</font>"
                    f" <font size='7' color='#555555'>{escape(kind)}</font>",
                    cell,
                )
                for index, (kind, number) in enumerate(line.numbers)
            ]
        else:
            numbers = [Paragraph(escape(words["no_number"]), cell)]
        about = [Paragraph(f"<font name='{SANS_BOLD}'>{escape(line.purpose)}</font>"
                           f" · {escape(line.when)}", cell)]  # fmt: skip
        if line.script:
            script = "<br/>".join(escape(part) for part in line.script.splitlines())
            about.append(Paragraph(script, small))
        outcomes = [
            Paragraph(f"<font size='11'>{BOX}</font> {escape(word)}", cell)
            for word in words["outcomes"]
        ]
        note = [
            Paragraph(escape(words["note"]), small),
            Paragraph("&nbsp;", cell),
            Paragraph("&nbsp;", cell),
            Paragraph(f"{escape(words['time'])} ____ h ____", small),
        ]
        rows.append([patient, numbers, about, outcomes, note])
    table = LongTable(rows, colWidths=[width * mm for width in COLUMNS_MM], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#3a4a5c")),
                ("FONT", (0, 0), (-1, -1), SANS, 9),  # the cells' own font: not Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa5b1")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f4f7")]),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    page_width, page_height = landscape(A4)
    heading = (practice.name.strip() or "Relais", title, words["count"].format(count=len(lines)))
    output = BytesIO()
    document = SimpleDocTemplate(
        output,
        creator=pdf_creator(),
        pagesize=(page_width, page_height),
        title=f"{practice.name.strip()} · {title}".strip(" ·"),
        author=practice.name.strip() or "Relais",
        lang=language,
        leftMargin=MARGIN_MM * mm,
        rightMargin=MARGIN_MM * mm,
        topMargin=TOP_MM * mm,
        bottomMargin=BOTTOM_MM * mm,
        initialFontName=SANS,  # not Helvetica: every font the PDF names is embedded
    )
    document.build([table], canvasmaker=_sheet_canvas(heading, words["page"]))
    return output.getvalue()


def _sheet_canvas(heading: tuple[str, str, str], page_words: str) -> type:
    """A canvas that heads every page and numbers it once the number of pages is known."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm

    width, height = landscape(A4)
    practice_name, title, count = heading
    left, right = MARGIN_MM * mm, width - MARGIN_MM * mm

    def head_and_number(canvas: Any, number: int, total: int) -> None:
        canvas.setFillColor(colors.black)
        canvas.setFont(SANS_BOLD, 13)
        canvas.drawString(left, height - 12 * mm, practice_name)
        canvas.setFont(SANS, 11)
        canvas.drawRightString(right, height - 12 * mm, title)
        canvas.setFont(SANS, pdf_layout.FOOTER_FONT_SIZE)
        canvas.setFillColor(colors.grey)
        canvas.drawRightString(right, height - 17 * mm, count)
        canvas.drawString(left, 8 * mm, f"{practice_name} · {title}")
        canvas.drawRightString(right, 8 * mm, page_words.format(number=number, total=total))

    return pdf_layout.canvas_knowing_page_count(head_and_number)

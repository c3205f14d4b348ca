"""The practice's paper: where the envelope's window is, and the logo on the letterhead.

Letters go in a French DL window envelope (110 × 220 mm, window on the right)
once the A4 sheet is folded in three.  Envelopes differ by a few millimetres
from one maker to the next, so the place where the patient's address is
printed is a setting, checked against a real envelope with a test page
(:func:`write_envelope_test`): print it, fold it, slide it in, and see whether
the sample address shows through the window.

The choices are one JSON setting (``paper``) holding only what differs from
the defaults (the layout :mod:`app.letters` was drawn with)::

    {"window_left_mm": 103.5, "window_top_mm": 50,
     "logo": {"mime": "image/png", "data": "<base64>"}}

The logo is a PNG or JPEG of at most 512 KB, opened with Pillow before it is
accepted, so that a renamed text file or a truncated download is refused at
the desk rather than when a thousand letters are being printed.

ReportLab and Pillow are imported inside the functions (DESIGN §9).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, pdf_layout
from app.access import Actor, Permission
from app.clock import Clock
from app.errors import FieldError, ValidationError
from app.pdf_fonts import SANS, SANS_BOLD, register_fonts
from app.pdf_layout import Box, LetterLayout
from app.settings import PracticeSettings, read_json_object
from app.version import pdf_creator
from db.models import Setting

PAPER_KEY = "paper"

# Millimetres on A4 from the top left corner, as app.letters lays a letter out
# (the same values; tests/app/test_paper_settings.py keeps them equal).  This
# module does not import app.letters: letters reads its window from here.
PAGE_WIDTH_MM = 210
PAGE_HEIGHT_MM = 297
FOLDS_MM = (99, 198)
PAGE_TOP_MM = 12
SIDE_MARGIN_MM = 18
SENDER_HEIGHT_MM = 38
BODY_TOP_MM = 97
DEFAULT_WINDOW_LEFT_MM = 105.0
DEFAULT_WINDOW_TOP_MM = 52.0
DEFAULT_WINDOW_WIDTH_MM = 85.0
DEFAULT_WINDOW_HEIGHT_MM = 38.0
BODY_GAP_MM = BODY_TOP_MM - DEFAULT_WINDOW_TOP_MM - DEFAULT_WINDOW_HEIGHT_MM  # 7 mm
ADDRESS_FONT_SIZE = 11  # points; the address block's style in app.letters
ADDRESS_LEADING = 14

# A DL envelope holds the folded sheet (210 × 99 mm) with about 5 mm to spare
# each way, so the sheet moves that much inside it: the address keeps 5 mm
# from the edges of the folded sheet and from the fold.
ENVELOPE_WIDTH_MM = 220
ENVELOPE_HEIGHT_MM = 110
EDGE_MM = 5
# Five lines of address (the most a French address has, name included) at 14 pt,
# and the longest of them (38 characters, La Poste's rule) at 11 pt.
MIN_WINDOW_WIDTH_MM = 60
MIN_WINDOW_HEIGHT_MM = 25
# The window is on the right: the practice's letterhead takes the left.
SENDER_GAP_MM = 6
MIN_SENDER_WIDTH_MM = 40
STEP_MM = 0.5
LOGO_GAP_MM = 2  # between the logo and the practice's name

MAX_LOGO_BYTES = 512 * 1024
MIN_LOGO_SIDE_PX = 32  # smaller prints as a blur at 15 mm
MAX_LOGO_SIDE_PX = 4000
MAX_LOGO_PIXELS = 12_000_000
LOGO_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg"}

WINDOW_FIELDS = ("window_left_mm", "window_top_mm", "window_width_mm", "window_height_mm")


@dataclass(frozen=True)
class Logo:
    """An image checked by :func:`logo_from_bytes`.

    Attributes:
        data: the file's bytes, as read (never re-encoded).
        mime: ``image/png`` or ``image/jpeg``.
        width_px, height_px: its size in pixels.
    """

    data: bytes = field(repr=False)
    mime: str
    width_px: int
    height_px: int

    @property
    def aspect(self) -> float:
        """Width over height."""
        return self.width_px / self.height_px


@dataclass(frozen=True)
class PaperSettings:
    """Where a letter's address is printed, and the letterhead's logo.

    Attributes:
        window_left_mm, window_top_mm: the address block's top left corner, in
            millimetres from the sheet's top left corner.
        window_width_mm, window_height_mm: the room the address has; it is
            printed from the top left of that box and shrunk if it would not fit.
        logo: the practice's logo, or None.
    """

    window_left_mm: float = DEFAULT_WINDOW_LEFT_MM
    window_top_mm: float = DEFAULT_WINDOW_TOP_MM
    window_width_mm: float = DEFAULT_WINDOW_WIDTH_MM
    window_height_mm: float = DEFAULT_WINDOW_HEIGHT_MM
    logo: Logo | None = None

    @property
    def window(self) -> Box:
        return Box(
            self.window_left_mm, self.window_top_mm, self.window_width_mm, self.window_height_mm
        )


def letter_layout(settings: PaperSettings) -> LetterLayout:
    """The first page's frames for these settings; the defaults give app.letters' own."""
    window = settings.window
    # A lower window pushes the body down, keeping the default's gap under the address.
    body_top = max(BODY_TOP_MM, window.bottom + BODY_GAP_MM)
    logo = pdf_layout.LOGO_HEIGHT_MM + LOGO_GAP_MM if settings.logo is not None else 0
    sender = Box(
        SIDE_MARGIN_MM,
        PAGE_TOP_MM,
        window.left - SIDE_MARGIN_MM - SENDER_GAP_MM,
        min(SENDER_HEIGHT_MM + logo, body_top - BODY_GAP_MM - PAGE_TOP_MM),
    )
    return LetterLayout(sender, window, body_top)


def letterhead_logo(settings: PaperSettings) -> list[Any]:
    """What goes above the practice's name in the sender frame: the logo and a gap, or nothing.

    The sender frame of :func:`letter_layout` has room for it.
    """
    if settings.logo is None:
        return []
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    return [pdf_layout.logo_flowable(settings.logo.data), Spacer(1, LOGO_GAP_MM * mm)]


def document_on_paper(
    settings: PaperSettings,
    practice: PracticeSettings,
    address: Sequence[str],
    body: list[Any],
    footer: str,
    *,
    language: str,
    size: float,
    large_print: bool,
) -> pdf_layout.PaperDocument:
    """A form on the practice's letterhead (its logo, name and contacts, top left) with
    ``address`` in its envelope's window, ``body`` (in ``size`` points) under both.

    In large print the letterhead, the address and the foot are ``size`` too.
    """
    sender = pdf_layout.letterhead(
        pdf_layout.paper_styles(size),
        practice.name,
        pdf_layout.practice_lines(
            practice.street,
            practice.postcode,
            practice.city,
            practice.phone,
            practice.email,
            language,
        ),
        logo=settings.logo.data if settings.logo else None,
        size=size if large_print else None,
    )
    return pdf_layout.PaperDocument(
        sender=sender,
        window=pdf_layout.address_block(
            address,
            size=size if large_print else pdf_layout.ADDRESS_SIZE,
            window_height_mm=settings.window_height_mm,
        ),
        body=body,
        footer=footer,
        footer_size=size if large_print else pdf_layout.FOOTER_FONT_SIZE,
        large_print=large_print,
    )


def write_on_paper(
    target: Path | BytesIO,
    documents: Sequence[pdf_layout.PaperDocument],
    settings: PaperSettings,
    *,
    title: str,
    practice: PracticeSettings,
    language: str,
) -> int:
    """:func:`app.pdf_layout.build_on_letterhead` in the frames of the practice's paper
    (:func:`letter_layout`: its envelope's window); the page count."""
    return pdf_layout.build_on_letterhead(
        target,
        documents,
        title=title,
        author=practice.name or "Relais",
        language=language,
        layout=letter_layout(settings),
    )


# -- checking ------------------------------------------------------------------------------------


def validate(settings: PaperSettings) -> list[FieldError]:
    """Every problem with the window, located by field (the logo was checked when read)."""
    errors: list[FieldError] = []
    values = {name: getattr(settings, name) for name in WINDOW_FIELDS}
    for name, value in values.items():
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            errors.append(FieldError(name, "expected a number of millimetres", "number"))
        elif abs(value * 2 - round(value * 2)) > 1e-6:
            errors.append(FieldError(name, f"in steps of {STEP_MM} mm", "step"))
    if errors:
        return errors
    window = settings.window
    panel_bottom = FOLDS_MM[0] - EDGE_MM
    if window.width < MIN_WINDOW_WIDTH_MM:
        errors.append(
            FieldError("window_width_mm", f"at least {MIN_WINDOW_WIDTH_MM} mm", "too_small")
        )
    if window.height < MIN_WINDOW_HEIGHT_MM:
        errors.append(
            FieldError(
                "window_height_mm",
                f"at least {MIN_WINDOW_HEIGHT_MM} mm (five lines of address)",
                "too_small",
            )
        )
    least_left = SIDE_MARGIN_MM + MIN_SENDER_WIDTH_MM + SENDER_GAP_MM
    if window.left < least_left:
        errors.append(
            FieldError(
                "window_left_mm",
                f"at least {least_left} mm: the window is on the right, the letterhead on its left",
                "range",
            )
        )
    elif window.right > PAGE_WIDTH_MM - EDGE_MM:
        errors.append(
            FieldError(
                "window_left_mm",
                f"left + width reaches {_mm(window.right)} mm: at most "
                f"{PAGE_WIDTH_MM - EDGE_MM} mm, {EDGE_MM} mm inside the sheet's right edge",
                "outside",
            )
        )
    if window.top < EDGE_MM:
        errors.append(
            FieldError("window_top_mm", f"at least {EDGE_MM} mm from the top edge", "range")
        )
    elif window.bottom > panel_bottom:
        errors.append(
            FieldError(
                "window_top_mm",
                f"top + height reaches {_mm(window.bottom)} mm: at most {panel_bottom} mm, "
                f"{EDGE_MM} mm above the first fold ({FOLDS_MM[0]} mm), or the address "
                "would be folded or hidden by the envelope",
                "outside",
            )
        )
    return errors


def _mm(value: float) -> str:
    """105 and 103.5, not 105.0."""
    return f"{value:g}"


def _together(text: str) -> str:
    """No line break inside "85 × 38 mm" or "105 mm"."""
    return text.replace(" × ", "\u00a0×\u00a0").replace(" mm", "\u00a0mm")


# -- the logo ------------------------------------------------------------------------------------


def logo_from_bytes(data: bytes, name: str = "logo") -> Logo:
    """A logo from a file's bytes, opened with Pillow to be sure it is one.

    Raises ``ValidationError`` located at ``logo`` (``name`` says which file):
    too big, not an image, not PNG or JPEG, too few or too many pixels, damaged.
    """
    from PIL import Image, UnidentifiedImageError

    def refuse(message: str, code: str) -> ValidationError:
        return ValidationError([FieldError("logo", f"{name}: {message}", code)])

    if len(data) > MAX_LOGO_BYTES:
        raise refuse(
            f"{_kilobytes(len(data))} KB is too big; at most {MAX_LOGO_BYTES // 1024} KB",
            "too_big",
        )
    if not data:
        raise refuse("the file is empty", "not_an_image")
    try:
        with Image.open(BytesIO(data)) as image:
            kind, (width, height) = image.format, image.size
    except UnidentifiedImageError:
        raise refuse("not an image (use a PNG or JPEG file)", "not_an_image") from None
    except (OSError, ValueError, SyntaxError) as exc:  # Pillow's words for a damaged header
        raise refuse(f"the image cannot be read ({exc})", "damaged") from None
    if kind not in LOGO_TYPES:
        raise refuse(f"{kind} images are not supported; use PNG or JPEG", "format")
    if min(width, height) < MIN_LOGO_SIDE_PX:
        raise refuse(
            f"{width} × {height} pixels is too small; at least {MIN_LOGO_SIDE_PX} on each side",
            "pixels",
        )
    if max(width, height) > MAX_LOGO_SIDE_PX or width * height > MAX_LOGO_PIXELS:
        raise refuse(
            f"{width} × {height} pixels is too large; at most {MAX_LOGO_SIDE_PX} on the "
            "longest side",
            "pixels",
        )
    try:
        with Image.open(BytesIO(data)) as image:
            image.load()  # every pixel decoded: a truncated file fails here, not at printing
    except (OSError, ValueError, SyntaxError) as exc:
        raise refuse(f"the image is damaged ({exc})", "damaged") from None
    return Logo(data, LOGO_TYPES[kind], width, height)


def read_logo_file(path: Path) -> Logo:
    """A logo from a PNG or JPEG file; a file that cannot be read is a located error too."""
    try:
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:  # not read at all: it could be a film
            raise ValidationError(
                [
                    FieldError(
                        "logo",
                        f"{path.name}: {_kilobytes(size)} KB is too big; "
                        f"at most {MAX_LOGO_BYTES // 1024} KB",
                        "too_big",
                    )
                ]
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            [FieldError("logo", f"{path.name}: cannot be read ({exc.strerror or exc})", "file")]
        ) from None
    return logo_from_bytes(data, path.name)


def _kilobytes(size: int) -> int:
    return math.ceil(size / 1024)


# -- reading and saving --------------------------------------------------------------------------


def _stored(session: Session) -> dict[str, Any]:
    value = session.scalar(select(Setting.value).where(Setting.key == PAPER_KEY))
    return value if isinstance(value, dict) else {}


def load_paper(session: Session) -> PaperSettings:
    """The settings in force: what is stored over the defaults.

    A stored value that no longer holds (edited by hand, a logo Pillow cannot
    open any more) gives way to the default rather than stopping the letters.
    """
    stored = _stored(session)
    window: dict[str, Any] = {
        name: float(value)
        for name, value in stored.items()
        if name in WINDOW_FIELDS and isinstance(value, int | float) and not isinstance(value, bool)
    }
    settings = PaperSettings(**window)
    if validate(settings):
        settings = PaperSettings()
    logo = stored.get("logo")
    if isinstance(logo, dict) and isinstance(logo.get("data"), str):
        with contextlib.suppress(ValidationError, binascii.Error, ValueError):
            settings = replace(settings, logo=logo_from_bytes(base64.b64decode(logo["data"])))
    return settings


def save_paper(session: Session, clock: Clock, actor: Actor, settings: PaperSettings) -> list[str]:
    """Store what differs from the defaults; returns the fields that changed (audited).

    Raises ``ValidationError`` (nothing stored) for any problem with the window.
    """
    actor.require(Permission.MANAGE_SETTINGS)
    errors = validate(settings)
    if errors:
        raise ValidationError(errors)
    before = _stored(session)
    after = _differences(settings)
    changed = sorted(
        key for key in before.keys() | after.keys() if before.get(key) != after.get(key)
    )
    if not changed:
        return []
    row = session.get(Setting, PAPER_KEY)
    if row is None:
        session.add(Setting(key=PAPER_KEY, value=after, updated_at=clock.now()))
    else:
        row.value = after
        row.updated_at = clock.now()
    audit.record(session, clock, actor, "settings.paper", details={"fields": changed})
    return changed


def _differences(settings: PaperSettings) -> dict[str, Any]:
    defaults = PaperSettings()
    data: dict[str, Any] = {
        name: float(getattr(settings, name))
        for name in WINDOW_FIELDS
        if getattr(settings, name) != getattr(defaults, name)
    }
    if settings.logo is not None:
        data["logo"] = {
            "mime": settings.logo.mime,
            "data": base64.b64encode(settings.logo.data).decode("ascii"),
        }
    return data


# -- JSON, for the command line ------------------------------------------------------------------


def as_json(settings: PaperSettings) -> dict[str, Any]:
    """The whole window (not only the differences) and what the logo is, never its bytes."""
    shown: dict[str, Any] = {name: getattr(settings, name) for name in WINDOW_FIELDS}
    logo = settings.logo
    shown["logo"] = (
        None
        if logo is None
        else {
            "mime": logo.mime,
            "width_px": logo.width_px,
            "height_px": logo.height_px,
            "bytes": len(logo.data),
        }
    )
    return shown


def from_json(data: dict[str, Any]) -> PaperSettings:
    """The window from ``settings --paper-from``'s JSON; what is left out is the default.

    The logo is not in the file (``settings --logo`` sets it): the result has none, and
    a ``logo`` entry as ``settings`` shows it is passed over.
    Raises ``ValidationError`` with every problem located.
    """
    errors = [
        FieldError(key, f"unknown field: {', '.join(WINDOW_FIELDS)}", "fields")
        for key in data
        if key not in (*WINDOW_FIELDS, "logo")
    ]
    if not isinstance(data.get("logo"), dict | None):
        # What settings shows (a description, or null) is taken back as it is.
        errors.append(FieldError("logo", "set the logo with settings --logo FILE", "logo"))
    values: dict[str, Any] = {}
    for name in WINDOW_FIELDS:
        if name not in data:
            continue
        value = data[name]
        if isinstance(value, bool) or not isinstance(value, int | float):
            errors.append(FieldError(name, "expected a number of millimetres", "number"))
        else:
            values[name] = float(value)
    settings = PaperSettings(**values)
    errors += validate(settings)
    if errors:
        raise ValidationError(errors)
    return settings


def read_file(path: Path) -> PaperSettings:
    """The window from a JSON file, as ``settings --paper-from`` takes it."""
    return from_json(read_json_object(path))


# -- the test page -------------------------------------------------------------------------------

GREY = (0.45, 0.45, 0.45)  # the marks that are not the window (RGB)
SAMPLE_ADDRESS = (
    "Madame Hélène EXEMPLE",
    "Bâtiment B, 3e étage",
    "12 avenue Jean Jaurès",
    "69007 LYON",
)

WORDS: dict[str, dict[str, Any]] = {
    "fr": {
        "title": "Page de test d’enveloppe",
        "heading": "Page de test : l’adresse dans la fenêtre de l’enveloppe",
        "window": "{width} × {height} mm",
        "offsets": "gauche {left} · haut {top} mm",
        "fold": "pli",
        "scale": "Cette ligne doit mesurer 100 mm.",
        "steps": (
            "Imprimez à 100 % (pas d’« ajuster à la page ») : la ligne ci-dessus doit "
            "mesurer exactement 100 mm, et les règles en haut et à gauche sont en millimètres.",
            "Pliez en trois sur les traits de pli, le haut de la page vers l’extérieur.",
            "Glissez-la dans une enveloppe DL à fenêtre (110 × 220 mm, fenêtre à droite).",
            "Toute l’adresse d’exemple doit apparaître dans la fenêtre. Sinon, mesurez de "
            "combien elle est décalée et changez les décalages (Centre d’impression, Papier) : "
            "pour la déplacer vers la droite, augmentez « gauche » ; vers le bas, augmentez "
            "« haut ». Puis imprimez de nouveau cette page.",
        ),
        "now": (
            "Réglage actuel : adresse à {left} mm du bord gauche et {top} mm du haut, "
            "dans un cadre de {width} × {height} mm."
        ),
    },
    "en": {
        "title": "Envelope test page",
        "heading": "Test page: the address in the envelope’s window",
        "window": "{width} × {height} mm",
        "offsets": "left {left} · top {top} mm",
        "fold": "fold",
        "scale": "This line must measure 100 mm.",
        "steps": (
            "Print at 100 % (no “fit to page”): the line above must measure exactly 100 mm, "
            "and the rulers along the top and left are in millimetres.",
            "Fold in three along the fold marks, the top of the page outwards.",
            "Slide it into a DL window envelope (110 × 220 mm, window on the right).",
            "The whole sample address must show through the window. If not, measure how far "
            "it is off and change the offsets (Print centre, Paper): to move it right, "
            "increase “left”; to move it down, increase “top”. Then print this page again.",
        ),
        "now": (
            "Current setting: address {left} mm from the left edge and {top} mm from the top, "
            "in a {width} × {height} mm box."
        ),
    },
}


def envelope_test_pdf(settings: PaperSettings, practice: PracticeSettings) -> bytes:
    """The test page (one A4 page) in the practice's language; see :func:`write_envelope_test`."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    language = practice.language if practice.language in WORDS else "fr"
    words = WORDS[language]
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=SANS, lang=language)
    canvas.setCreator(pdf_creator())
    canvas.setTitle(words["title"])
    canvas.setAuthor(practice.name or "Relais")
    window = settings.window
    _rulers(canvas, window)
    _folds(canvas, words)
    _window_marks(canvas, window, words)
    _sample_address(canvas, window)
    _instructions(canvas, window, words)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _y(top_mm: float) -> float:
    """Points from the bottom (ReportLab's way) for millimetres from the top (the settings')."""
    from reportlab.lib.units import mm

    return float((PAGE_HEIGHT_MM - top_mm) * mm)


def _numbers(window: Box) -> dict[str, str]:
    return {
        "left": _mm(window.left),
        "top": _mm(window.top),
        "width": _mm(window.width),
        "height": _mm(window.height),
    }


def _folds(canvas: Any, words: dict[str, Any]) -> None:
    """The fold lines, dashed across the sheet, named at their right end."""
    from reportlab.lib.units import mm

    canvas.saveState()
    canvas.setStrokeColorRGB(*GREY)
    canvas.setFillColorRGB(*GREY)
    canvas.setLineWidth(0.5)
    canvas.setDash(4, 3)
    canvas.setFont(SANS, 7)
    for fold in FOLDS_MM:
        canvas.line(14 * mm, _y(fold), (PAGE_WIDTH_MM - 10) * mm, _y(fold))
        canvas.drawRightString((PAGE_WIDTH_MM - 10) * mm, _y(fold) + 1.5 * mm, words["fold"])
    canvas.restoreState()


def _window_marks(canvas: Any, window: Box, words: dict[str, Any]) -> None:
    """A thin outline, heavy corner marks, and the window's size and place inside it."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    left, bottom = window.left * mm, _y(window.bottom)
    width, height = window.width * mm, window.height * mm
    canvas.saveState()
    canvas.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
    canvas.setLineWidth(0.3)
    canvas.rect(left, bottom, width, height)
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(1.2)
    arm = 5 * mm  # outside the corners: the address starts right at the edge
    for x, y, dx, dy in (
        (left, bottom + height, -1, 1),
        (left + width, bottom + height, 1, 1),
        (left, bottom, -1, -1),
        (left + width, bottom, 1, -1),
    ):
        canvas.line(x, y, x + dx * arm, y)
        canvas.line(x, y, x, y + dy * arm)
    canvas.setFillColorRGB(*GREY)
    canvas.setFont(SANS, 6.5)
    inset, right = 1.5 * mm, left + width - 1.5 * mm
    numbers = _numbers(window)
    canvas.drawRightString(right, bottom + inset, words["offsets"].format(**numbers))
    canvas.drawRightString(right, bottom + inset + 7.5, words["window"].format(**numbers))
    canvas.restoreState()


def _sample_address(canvas: Any, window: Box) -> None:
    """The sample address, framed exactly as app.letters frames the patient's."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepInFrame, Paragraph

    style = ParagraphStyle(
        "address", fontName=SANS, fontSize=ADDRESS_FONT_SIZE, leading=ADDRESS_LEADING
    )
    lines = [Paragraph(escape(line), style) for line in SAMPLE_ADDRESS]
    _frame(window).addFromList([KeepInFrame(0, 0, lines, mode="shrink")], canvas)


def _frame(box: Box) -> Any:
    """A frame without padding on ``box``, as app.letters places its own."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Frame

    return Frame(
        box.left * mm,
        _y(box.bottom),
        box.width * mm,
        box.height * mm,
        leftPadding=0,
        bottomPadding=0,
        rightPadding=0,
        topPadding=0,
    )


def _instructions(canvas: Any, window: Box, words: dict[str, Any]) -> None:
    """The 100 mm check, then what to do, in the middle third of the sheet."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepInFrame, ListFlowable, ListItem, Paragraph

    scale_top = FOLDS_MM[0] + 14
    start = (PAGE_WIDTH_MM - 100) / 2 * mm
    canvas.saveState()
    canvas.setLineWidth(0.8)
    canvas.line(start, _y(scale_top), start + 100 * mm, _y(scale_top))
    for end in (start, start + 100 * mm):
        canvas.line(end, _y(scale_top) - 2 * mm, end, _y(scale_top) + 2 * mm)
    canvas.setFont(SANS, 8)
    canvas.drawCentredString(start + 50 * mm, _y(scale_top) + 2.5 * mm, words["scale"])
    canvas.restoreState()

    heading = ParagraphStyle("heading", fontName=SANS_BOLD, fontSize=13, leading=17, spaceAfter=6)
    body = ParagraphStyle("steps", fontName=SANS, fontSize=10.5, leading=14.5, spaceAfter=5)
    steps = ListFlowable(
        [
            ListItem(Paragraph(escape(step), body), value=number)
            for number, step in enumerate(words["steps"], 1)
        ],
        bulletType="1",
        bulletFontName=SANS_BOLD,
        bulletFontSize=10.5,
        leftIndent=14,
    )
    story = [
        Paragraph(escape(words["heading"]), heading),
        steps,
        Paragraph(escape(_together(words["now"].format(**_numbers(window)))), body),
    ]
    top = scale_top + 8
    box = Box(SIDE_MARGIN_MM, top, PAGE_WIDTH_MM - 2 * SIDE_MARGIN_MM, FOLDS_MM[1] - 4 - top)
    _frame(box).addFromList([KeepInFrame(0, 0, story, mode="shrink")], canvas)


def _rulers(canvas: Any, window: Box) -> None:
    """Millimetre rulers along the top and left edges, every 10 mm numbered, the window's
    edges marked on them with a dotted guide to the window."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    base = 4  # mm from the edge: a printer leaves the last few millimetres blank
    canvas.saveState()
    canvas.setLineWidth(0.25)
    canvas.setFont(SANS, 5.5)
    canvas.setStrokeColor(colors.black)
    canvas.setFillColor(colors.black)

    def tick(position: int) -> float:
        return 4.0 if position % 10 == 0 else 2.5 if position % 5 == 0 else 1.5

    corner = base + 4  # the rulers meet there: each starts past the other's ticks
    canvas.line(corner * mm, _y(base), PAGE_WIDTH_MM * mm, _y(base))
    for position in range(corner, PAGE_WIDTH_MM):
        canvas.line(position * mm, _y(base), position * mm, _y(base + tick(position)))
        if position % 10 == 0:
            canvas.drawCentredString(position * mm, _y(base + 6.5), str(position))
    canvas.line(base * mm, 0, base * mm, _y(corner))
    for position in range(corner, PAGE_HEIGHT_MM):
        canvas.line(base * mm, _y(position), (base + tick(position)) * mm, _y(position))
        if position % 10 == 0 and position > 10:  # the top ruler's numbers are at 10 mm
            canvas.drawString((base + 5) * mm, _y(position) - 2, str(position))

    # Where the window's edges fall on the rulers.
    canvas.setFillColor(colors.Color(0.7, 0.1, 0.1))
    canvas.setStrokeColor(colors.Color(0.7, 0.1, 0.1))
    for across in (window.left, window.right):
        _triangle(canvas, across * mm, _y(base), 0, -1)
    for down in (window.top, window.bottom):
        _triangle(canvas, base * mm, _y(down), 1, 0)
    canvas.setDash(1, 2)
    canvas.setLineWidth(0.3)
    canvas.line(window.left * mm, _y(base + 5), window.left * mm, _y(window.top))
    canvas.line(window.right * mm, _y(base + 5), window.right * mm, _y(window.top))
    canvas.line((base + 12) * mm, _y(window.top), window.left * mm, _y(window.top))
    canvas.line((base + 12) * mm, _y(window.bottom), window.left * mm, _y(window.bottom))
    canvas.restoreState()


def _triangle(canvas: Any, x: float, y: float, dx: int, dy: int) -> None:
    """A small filled arrowhead pointing at (x, y) from the ruler's side."""
    from reportlab.lib.units import mm

    size = 1.6 * mm
    path = canvas.beginPath()
    path.moveTo(x, y)
    if dy:  # on the top ruler, pointing up at it from below
        path.lineTo(x - size / 2, y + dy * size)
        path.lineTo(x + size / 2, y + dy * size)
    else:  # on the left ruler, pointing left at it
        path.lineTo(x + dx * size, y - size / 2)
        path.lineTo(x + dx * size, y + size / 2)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def write_envelope_test(path: Path, settings: PaperSettings, practice: PracticeSettings) -> None:
    """Write the envelope test page to ``path``: the window drawn where the settings put it,
    the sample address in it as a letter prints it, folds, rulers and what to do.

    It names no patient: written directly, not privately.
    """
    path.write_bytes(envelope_test_pdf(settings, practice))

"""The page layout every patient-facing PDF shares: text styles, the practice's header, A4 pages.

Callers pass plain values, not a session, so a document built from an export
(which holds no session) looks the same as one built from the database.
ReportLab is imported inside the functions (DESIGN §9).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from app.pdf_fonts import SANS, SANS_BOLD, register_fonts
from app.version import pdf_creator

SIDE_MARGIN_MM = 18
FOOTER_FONT_SIZE = 8
# The practice's logo on the letterhead: this tall, never wider than LOGO_MAX_WIDTH_MM.
LOGO_HEIGHT_MM = 15
LOGO_MAX_WIDTH_MM = 60


def styles() -> dict[str, Any]:
    """Paragraph styles by role: title, head, body, small."""
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=SANS_BOLD, fontSize=16, leading=20, spaceAfter=8),
        "body": ParagraphStyle("body", fontName=SANS, fontSize=11, leading=15, spaceAfter=6),
        "small": ParagraphStyle("small", fontName=SANS, fontSize=9, leading=12),
        "head": ParagraphStyle(
            "head", fontName=SANS_BOLD, fontSize=11, leading=15, spaceBefore=8, spaceAfter=4
        ),
    }


def practice_header(
    styles: dict[str, Any], name: str | None, *details: str | None, logo: bytes | None = None
) -> list[Any]:
    """The practice's name, then its address and contacts on one line; empty details are skipped.

    The values are the practice's own text, escaped so that "Dupont & Fils"
    prints as typed instead of being read as ReportLab markup.  The ``logo``
    (``PaperSettings.logo.data``), when there is one, comes first, above the
    name (:func:`logo_flowable`).
    """
    from reportlab.platypus import Paragraph

    line = " · ".join(escape(part.strip()) for part in details if part and part.strip())
    header = [Paragraph(escape(name or ""), styles["head"]), Paragraph(line, styles["small"])]
    image = logo_flowable(logo)
    return header if image is None else [image, *header]


def logo_flowable(
    logo: bytes | None,
    height_mm: float = LOGO_HEIGHT_MM,
    max_width_mm: float = LOGO_MAX_WIDTH_MM,
) -> Any | None:
    """The logo (PNG or JPEG bytes) as a flowable on the left, ``height_mm`` tall with its
    proportions kept; a logo that would be wider than ``max_width_mm`` is shrunk as a
    whole.  None without a logo.

    A flowable takes its own room in the story, so no text is ever drawn over it.
    ReportLab stores an image once per PDF however many letters show it.
    """
    if not logo:
        return None
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    width_px, height_px = ImageReader(BytesIO(logo)).getSize()
    height = height_mm * mm
    width = height * width_px / height_px
    if width > max_width_mm * mm:
        height *= max_width_mm * mm / width
        width = max_width_mm * mm
    return Image(BytesIO(logo), width=width, height=height, hAlign="LEFT")


def build_a4(
    path: Path,
    title: str,
    story: list[Any],
    *,
    author: str = "Relais",
    language: str | None = None,
    numbered: bool = False,
) -> None:
    """An A4 document with the practice's margins, titled for the PDF reader.

    ``numbered`` puts the title and "page x / y" at the foot of every page, for
    documents long enough that a loose page must still say where it belongs.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    document = SimpleDocTemplate(
        str(path),
        creator=pdf_creator(),
        pagesize=A4,
        title=title,
        author=author,
        lang=language,
        leftMargin=SIDE_MARGIN_MM * mm,
        rightMargin=SIDE_MARGIN_MM * mm,
        # Not Helvetica: a font the PDF names but does not embed prints differently
        # from one reader to the next.
        initialFontName=SANS,
    )
    if numbered:
        document.build(story, canvasmaker=_numbered_canvas(title))
    else:
        document.build(story)


def _numbered_canvas(footer_title: str) -> type:
    """A canvas that holds its pages back until the last one, when "y" in "page x / y" is known."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width, _ = A4
    # The title gives way to the page number when a long practice name would reach it.
    room = width - 2 * SIDE_MARGIN_MM * mm - 30 * mm
    shown_title = footer_title
    while len(shown_title) > 1 and stringWidth(shown_title, SANS, FOOTER_FONT_SIZE) > room:
        shown_title = shown_title[:-2] + "…"

    def footer(canvas: Any, number: int, total: int) -> None:
        canvas.setFont(SANS, FOOTER_FONT_SIZE)
        canvas.setFillColor(colors.grey)
        canvas.drawString(SIDE_MARGIN_MM * mm, 10 * mm, shown_title)
        canvas.drawRightString(width - SIDE_MARGIN_MM * mm, 10 * mm, f"page {number} / {total}")

    return canvas_knowing_page_count(footer)


def canvas_knowing_page_count(decorate: Callable[[Any, int, int], None]) -> type:
    """A canvas that holds its pages back until the last one, then calls
    ``decorate(canvas, page number, page count)`` on each: "page x / y" needs y."""
    from reportlab.pdfgen.canvas import Canvas

    class PageCountCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, page in enumerate(self._held_pages, start=1):
                self.__dict__.update(page)
                decorate(self, number, total)
                super().showPage()
            super().save()

    return PageCountCanvas


# -- The letterhead: the letters' look, shared by forms and receipts --------------------------

# Millimetres on A4 from the top left corner, as app.letters lays out a letter (a test
# holds the two equal): the practice at the top left, the patient's address where a DL
# window envelope (window on the right) shows it once the sheet is folded in three.
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
LARGE_PRINT_BOTTOM_MM = 22  # room for a 16 pt foot
FOLDS_MM = (99, 198)
FOOTER_Y_MM = 10
SENDER_NAME_SIZE = 12  # points: the practice's name; its address and contacts in "small"
ADDRESS_SIZE = 11  # points: the patient's address in the window
LARGE_PRINT_SIZE = 16  # points: the least a large-print page prints (RNIB clear print)
PHONE_LINE = {"fr": "Tél. : {phone}", "en": "Phone: {phone}"}
PAGE_WORDS = "page {number} / {total}"


@dataclass(frozen=True)
class Box:
    """A rectangle on the sheet, in millimetres from its top left corner."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True)
class LetterLayout:
    """Where a letter's first page puts its parts (what :mod:`app.letters` frames, and
    :func:`build_on_letterhead` for the forms); :func:`app.paper_settings.letter_layout`
    gives the practice's, from its envelope's window and its logo.

    Attributes:
        sender: the letterhead (logo, the practice's name, address and contacts),
            top left, as wide as the window leaves; taller by the logo's height when
            there is one (beside the window, above the body: there is room).
        window: the patient's address.
        body_top_mm: where the body starts, below both.
    """

    sender: Box
    window: Box
    body_top_mm: float


# Without the practice's settings: the default window, no logo.
DEFAULT_LAYOUT = LetterLayout(
    Box(SIDE_MARGIN_MM, PAGE_TOP_MM, WINDOW_LEFT_MM - SIDE_MARGIN_MM - 6, SENDER_HEIGHT_MM),
    Box(WINDOW_LEFT_MM, WINDOW_TOP_MM, WINDOW_WIDTH_MM, WINDOW_HEIGHT_MM),
    BODY_TOP_MM,
)
CLEAR_PRINT_SPACING = 1.5  # RNIB clear print: lines 1.5 times their size apart


def practice_lines(
    street: str, postcode: str, city: str, phone: str, email: str, language: str
) -> list[str]:
    """The letterhead's lines under the practice's name, as a letter prints them."""
    lines = [
        street,
        f"{postcode} {city}".strip(),
        PHONE_LINE.get(language, PHONE_LINE["fr"]).format(phone=phone) if phone.strip() else "",
        email,
    ]
    return [line.strip() for line in lines if line and line.strip()]


def letterhead(
    styles: dict[str, Any],
    name: str,
    lines: list[str],
    *,
    logo: bytes | None = None,
    size: float | None = None,
) -> list[Any]:
    """The sender block of a letter: the name in bold, then one line each, escaped.

    ``size`` makes every line that size (large print); by default the name is
    :data:`SENDER_NAME_SIZE` and the lines "small", as on a letter.
    """
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    name_style = ParagraphStyle(
        "sender", parent=styles["head"], spaceBefore=0, fontSize=size or SENDER_NAME_SIZE
    )
    line_style = styles["small"]
    if size is not None:
        name_style.leading = size * CLEAR_PRINT_SPACING
        line_style = ParagraphStyle("sender_line", parent=line_style, fontSize=size)
        line_style.leading = size * CLEAR_PRINT_SPACING
    block = [
        Paragraph(escape(name), name_style),
        *(Paragraph(escape(line), line_style) for line in lines),
    ]
    image = logo_flowable(logo)
    return block if image is None else [image, *block]


def address_block(
    lines: Sequence[str],
    size: float = ADDRESS_SIZE,
    window_height_mm: float = WINDOW_HEIGHT_MM,
) -> list[Any]:
    """The recipient's lines for the envelope's window, escaped.

    Larger than a letter's usual address (large print), they are spaced as clear
    print spaces them when they fit the window so, else closer (1.2): the window
    is the envelope's, and lines closer together are better than smaller type.
    """
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph

    register_fonts()
    shown = [line for line in lines if line.strip()]
    leading = size * 14 / 11
    if size > ADDRESS_SIZE:
        clear = size * CLEAR_PRINT_SPACING
        leading = clear if len(shown) * clear <= window_height_mm * mm else size * 1.2
    style = ParagraphStyle("address", fontName=SANS, fontSize=size, leading=leading)
    return [Paragraph(escape(line), style) for line in shown]


def paper_styles(size: float = 11) -> dict[str, Any]:
    """:func:`styles` for a body of ``size`` points (16 for large print): every role
    scaled so that nothing prints smaller than the body in large print, and spaced
    as clear print spaces its lines (1.5)."""
    from reportlab.lib.styles import ParagraphStyle

    base = styles()
    if size <= 11:
        return base
    scaled = {}
    for role, style in base.items():
        font_size = max(size, style.fontSize * size / 11)
        scaled[role] = ParagraphStyle(
            f"{role}_{size:g}",
            parent=style,
            fontSize=font_size,
            leading=font_size * CLEAR_PRINT_SPACING,  # every role, not the body alone
            spaceAfter=style.spaceAfter * size / 11,
            spaceBefore=style.spaceBefore * size / 11,
        )
    return scaled


@dataclass(frozen=True)
class PaperDocument:
    """One document laid out on the letterhead: a consent form, a receipt, a survey form.

    ``sender`` (from :func:`letterhead`) goes where a letter puts the practice,
    ``window`` (from :func:`address_block`) where the envelope's window is, and
    ``body`` under both, running over pages as needed.  Every page of the
    document ends with ``footer`` on the left and "page x / y" on the right, in
    ``footer_size`` points.  ``large_print``: the sender block may run down to
    the body on the left (its lines are taller), and the body stops higher so
    that the larger foot has room.
    """

    sender: list[Any]
    window: list[Any]
    body: list[Any]
    footer: str
    footer_size: float = FOOTER_FONT_SIZE
    page_words: str = PAGE_WORDS
    large_print: bool = False


def build_on_letterhead(
    target: Path | BytesIO,
    documents: Sequence[PaperDocument],
    *,
    title: str,
    author: str = "Relais",
    language: str | None = None,
    layout: LetterLayout | None = None,
) -> int:
    """Write ``documents`` one after the other, each starting a page; returns the page count.

    The page is a letter's: same frames (``layout``: the practice's, from its
    paper settings; the default window without), same fold marks, same fonts;
    the foot of each page says whose document it is and "page x / y" within it.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import (
        BaseDocTemplate,
        FrameBreak,
        KeepInFrame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
    )

    register_fonts()
    layout = layout or DEFAULT_LAYOUT
    height = PAGE_HEIGHT_MM
    text_width = PAGE_WIDTH_MM - 2 * SIDE_MARGIN_MM
    left = SIDE_MARGIN_MM
    sender, window_box, body_top = layout.sender, layout.window, layout.body_top_mm
    window = frame_mm(
        "window", window_box.left, window_box.top, window_box.width, window_box.height
    )
    later_top = PAGE_TOP_MM + 6
    templates = []
    for large, bottom in ((False, BOTTOM_MM), (True, LARGE_PRINT_BOTTOM_MM)):
        # Large print's taller lines may run the sender down the left, to the body.
        sender_height = max(sender.height, body_top - 4 - sender.top) if large else sender.height
        first = [
            frame_mm("sender", sender.left, sender.top, sender.width, sender_height),
            window,
            frame_mm("body", left, body_top, text_width, height - body_top - bottom),
        ]
        later = [frame_mm("body", left, later_top, text_width, height - later_top - bottom)]
        suffix = "_large" if large else ""
        templates += [
            PageTemplate(f"first{suffix}", first, onPage=fold_marks),
            PageTemplate(f"later{suffix}", later),
        ]

    buffer = target if isinstance(target, BytesIO) else BytesIO()
    document = BaseDocTemplate(
        buffer,
        creator=pdf_creator(),
        pagesize=A4,
        title=title,
        author=author,
        lang=language,
        initialFontName=SANS,  # not Helvetica: every font the PDF names is embedded
        # The first page takes the first template: the first document's own.
        pageTemplates=templates[2:] + templates[:2]
        if documents and documents[0].large_print
        else templates,
    )
    story: list[Any] = []
    for index, paper in enumerate(documents):
        suffix = "_large" if paper.large_print else ""
        story.append(NextPageTemplate(f"first{suffix}"))
        if index:
            story.append(PageBreak())
        story += [
            _document_start(index),
            NextPageTemplate(f"later{suffix}"),
            KeepInFrame(0, 0, paper.sender, mode="shrink"),
            FrameBreak(),
            KeepInFrame(0, 0, paper.window, mode="shrink"),
            FrameBreak(),
            *paper.body,
        ]
    built: list[int] = []
    document.build(story, canvasmaker=_documents_canvas(documents, built))
    if not isinstance(target, BytesIO):
        target.write_bytes(buffer.getvalue())
    return built[0]


def frame_mm(
    frame_id: str, left: float, top: float, width: float, height: float, kind: Any = None
) -> Any:
    """A frame without padding, placed in millimetres from the page's top left corner;
    ``kind``: a subclass of ReportLab's ``Frame`` to make instead."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Frame

    return (kind or Frame)(
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


def fold_marks(canvas: Any, _document: Any) -> None:
    """Short marks in the left margin where the sheet folds in three for a DL envelope."""
    from reportlab.lib.units import mm

    canvas.saveState()
    canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
    canvas.setLineWidth(0.4)
    for fold in FOLDS_MM:
        y = (PAGE_HEIGHT_MM - fold) * mm
        canvas.line(0, y, 5 * mm, y)
    canvas.restoreState()


def _document_start(index: int) -> Any:
    """A flowable of no size telling the canvas which document the pages from here belong to."""
    from reportlab.platypus import Flowable

    class DocumentStart(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
        def wrap(self, _width: float, _height: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            self.canv.document_index = index

    return DocumentStart()


def _documents_canvas(documents: Sequence[PaperDocument], built: list[int]) -> type:
    """A canvas that holds its pages back to the end, then writes each document's foot:
    its label and "page x / y" within the document.  The page count goes into ``built``."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    right = (PAGE_WIDTH_MM - SIDE_MARGIN_MM) * mm
    left = SIDE_MARGIN_MM * mm

    class DocumentsCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.document_index = 0
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            counts: dict[int, int] = {}
            for page in self._held_pages:
                counts[page["document_index"]] = counts.get(page["document_index"], 0) + 1
            numbers: dict[int, int] = {}
            for page in self._held_pages:
                self.__dict__.update(page)
                index = page["document_index"]
                numbers[index] = numbers.get(index, 0) + 1
                paper = documents[index]
                size = paper.footer_size
                number = paper.page_words.format(number=numbers[index], total=counts[index])
                label = paper.footer
                # Clear print: nothing aligned right, so one line at the left.
                flush_left = paper.large_print
                after = f" · {number}" if flush_left else ""
                room = right - left
                if not flush_left:
                    room -= stringWidth(number, SANS, size) + 6 * mm
                while len(label) > 1 and stringWidth(label + after, SANS, size) > room:
                    label = label[:-2] + "…"
                self.setFont(SANS, size)
                self.setFillColor(colors.grey if size < LARGE_PRINT_SIZE else colors.black)
                self.drawString(left, FOOTER_Y_MM * mm, label + after)
                if not flush_left:
                    self.drawRightString(right, FOOTER_Y_MM * mm, number)
                super().showPage()
            built.append(len(self._held_pages))
            super().save()

    return DocumentsCanvas

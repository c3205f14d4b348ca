"""The page layout every patient-facing PDF shares: text styles, the practice's header, A4 pages.

Callers pass plain values, not a session, so a document built from an export
(which holds no session) looks the same as one built from the database.
ReportLab is imported inside the functions (DESIGN §9).
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from app.pdf_fonts import SANS, SANS_BOLD, register_fonts

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
        pagesize=A4,
        title=title,
        author=author,
        lang=language,
        leftMargin=SIDE_MARGIN_MM * mm,
        rightMargin=SIDE_MARGIN_MM * mm,
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

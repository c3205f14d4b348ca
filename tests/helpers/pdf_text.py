"""Reading a PDF back as a person sees it: each piece of text where it is drawn, its size
and font, and the rectangles drawn (boxes to tick)."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from pypdf import PdfReader
from pypdf.generic import ContentStream

MM = 72 / 25.4
PAGE_HEIGHT = 297 * MM


@dataclass(frozen=True)
class Drawn:
    """One run of text; ``x`` and ``baseline`` in points from the page's top left corner."""

    page: int
    text: str
    x: float
    baseline: float
    size: float
    font: str


def drawn(pdf: bytes) -> list[Drawn]:
    found: list[Drawn] = []
    for number, page in enumerate(PdfReader(BytesIO(pdf)).pages):

        def visit(text, cm, tm, font, size, number=number) -> None:
            text = text.strip()
            if not text or font is None:
                return
            scale = tm[3] * cm[3] or 1  # ReportLab does not scale text; a safeguard
            found.append(
                Drawn(
                    number,
                    text,
                    tm[4] * cm[0] + cm[4],
                    PAGE_HEIGHT - (tm[5] * cm[3] + cm[5]),
                    size * abs(scale),
                    str(font["/BaseFont"]),
                )
            )

        page.extract_text(visitor_text=visit)
    return found


def rectangles(pdf: bytes) -> list[tuple[int, float, float]]:
    """(page, width, height) in points of every rectangle the pages draw."""
    reader = PdfReader(BytesIO(pdf))
    found = []
    for number, page in enumerate(reader.pages):
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"re":
                found.append((number, abs(float(operands[2])), abs(float(operands[3]))))
    return found


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the pages use, and whether it is embedded."""
    found = {}
    for page in PdfReader(BytesIO(pdf)).pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descriptor = (
                font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                if ("/DescendantFonts" in font)
                else font["/FontDescriptor"]
            )
            descriptor = descriptor.get_object()
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return found


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """The text on one line: where a paragraph wraps is not what is tested."""
    return " ".join(text.split())

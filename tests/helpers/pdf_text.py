"""Reading a PDF back as a person sees it: each piece of text where it is drawn, its size
and font, and the rectangles drawn (boxes to tick)."""

from __future__ import annotations

import itertools
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


def assert_clear_print(pdf: bytes, size: float = 16, window_left_mm: float = 105) -> None:
    """RNIB clear print, as a reader of the PDF finds it on every page: in each column
    (the page's, the envelope's window) the lines of words are 1.5 times ``size`` apart
    or more (a row of empty boxes is not a line of words), and the foot, "page x / y"
    included, is one line from the left margin, nothing pushed to the right.
    """
    import pdfplumber

    with pdfplumber.open(BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, start=1):
            lines = sorted(
                page.extract_text_lines(return_chars=False), key=lambda line: line["top"]
            )
            columns: dict[bool, list[float]] = {True: [], False: []}
            for line in lines:
                if line["text"].replace("☐", "").strip():
                    columns[line["x0"] >= window_left_mm * MM - 1].append(line["top"])
            for in_window, tops in columns.items():
                gaps = [round(b - a, 1) for a, b in itertools.pairwise(tops)]
                assert min(gaps, default=size * 1.5) >= size * 1.5 - 0.1, (
                    number, in_window, gaps,
                )  # fmt: skip
            foot_top = max(word["top"] for word in page.extract_words())
            foot = sorted(
                (w for w in page.extract_words() if abs(w["top"] - foot_top) < 1),
                key=lambda w: w["x0"],
            )
            assert "page" in [w["text"] for w in foot], (number, foot)
            assert foot[0]["x0"] < 20 * MM, number  # from the left margin
            spaces = [b["x0"] - a["x1"] for a, b in itertools.pairwise(foot)]
            assert max(spaces, default=0) < size, (number, spaces)  # one line, nothing apart


def images(pdf: bytes, page: int = 0) -> list:
    """The images ``page`` (from 0) draws, forms' included (a letterhead's logo)."""
    reader = PdfReader(BytesIO(pdf))

    def xobjects(resources) -> list:
        found = []
        for reference in resources.get_object().get("/XObject", {}).values():
            xobject = reference.get_object()
            found.append(xobject)
            if "/Resources" in xobject:
                found += xobjects(xobject["/Resources"])
        return found

    resources = reader.pages[page]["/Resources"]
    return [x for x in xobjects(resources) if x.get("/Subtype") == "/Image"]


def logo_png() -> bytes:
    """A small logo, as a practice would upload one."""
    from PIL import Image

    image = BytesIO()
    Image.new("RGB", (120, 40), (20, 90, 160)).save(image, format="PNG")
    return image.getvalue()


MOVED_WINDOW_MM = (100, 55)  # left, top: where save_moved_paper puts the envelope's window


def save_moved_paper(database, clock, admin) -> None:
    """The practice's paper with its window at :data:`MOVED_WINDOW_MM` and a logo."""
    from app import paper_settings

    left, top = MOVED_WINDOW_MM
    moved = paper_settings.PaperSettings(
        window_left_mm=left, window_top_mm=top, logo=paper_settings.logo_from_bytes(logo_png())
    )
    with database.transaction() as session:
        paper_settings.save_paper(session, clock, admin, moved)

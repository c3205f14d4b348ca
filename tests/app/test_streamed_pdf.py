"""The print run's canvas writes each page into the file as it is finished (app.streamed_pdf)."""

from __future__ import annotations

from io import BytesIO
from typing import Any

import pytest
from pypdf import PdfReader

from app.pdf_fonts import SANS, register_fonts
from app.streamed_pdf import Output, letter_canvas_class


@pytest.fixture
def canvas() -> Any:
    from reportlab.lib.pagesizes import A4

    register_fonts()
    return letter_canvas_class()(Output(), pagesize=A4, initialFontName=SANS)


def _read(output: Output) -> PdfReader:
    return PdfReader(BytesIO(output.data), strict=True)


def test_pages_are_written_as_they_are_finished_and_read_back_whole(canvas: Any) -> None:
    c = canvas
    document = c._doc
    for name in ("Łucja Wałęsa", "Дмитрий Иванов", "Σοφία Παπαδοπούλου"):
        c.setFont(SANS, 12)
        c.drawString(72, 700, name)
        c.showPage()
        # Written at once: the document keeps the page's object number, not the page.
        assert isinstance(document.Pages.pages[-1], int)
    output = c._filename
    c.save()
    pdf = _read(output)
    assert [page.extract_text().strip() for page in pdf.pages] == [
        "Łucja Wałęsa",
        "Дмитрий Иванов",
        "Σοφία Παπαδοπούλου",
    ]
    fonts = pdf.pages[0]["/Resources"]["/Font"]
    assert all("/FontFile2" in font["/FontDescriptor"] for font in fonts.values())
    # The header, written with the first page, says the version the document ended at.
    assert output.data.startswith(b"%%PDF-%d.%d\n" % document._pdfVersion)


def test_forms_a_page_refers_to_are_written_with_it(canvas: Any) -> None:
    c = canvas
    c.beginForm("letterhead")
    c.setFont(SANS, 10)
    c.drawString(72, 800, "Cabinet médical du Parc")
    c.endForm()
    for n in (1, 2):
        c.doForm("letterhead")
        c.setFont(SANS, 12)
        c.drawString(72, 700, f"Lettre {n}")
        c.showPage()
    output = c._filename
    c.save()
    pages = _read(output).pages
    assert [page.extract_text().splitlines() for page in pages] == [
        ["Cabinet médical du Parc", "Lettre 1"],
        ["Cabinet médical du Parc", "Lettre 2"],
    ]


def test_pages_it_does_not_write_are_left_to_reportlab_in_their_place(canvas: Any) -> None:
    c = canvas
    document = c._doc
    c.setFont(SANS, 12)
    c.drawString(72, 700, "one")
    c.showPage()
    # A link is an annotation: ReportLab writes that page at the end.
    c.drawString(72, 700, "two")
    c.linkURL("https://example.org", (72, 690, 200, 720))
    c.showPage()
    assert not isinstance(document.Pages.pages[-1], int)
    # A form used before it is defined: its number is not known when the page ends.
    c.doForm("later")
    c.drawString(72, 700, "three")
    c.showPage()
    assert not isinstance(document.Pages.pages[-1], int)
    c.beginForm("later")
    c.setFont(SANS, 10)
    c.drawString(72, 600, "defined after")
    c.endForm()
    c.drawString(72, 700, "four")
    c.showPage()
    output = c._filename
    c.save()
    pages = _read(output).pages
    assert [page.extract_text().splitlines() for page in pages] == [
        ["one"],
        ["two"],
        ["defined after", "three"],
        ["four"],
    ]
    assert pages[1]["/Annots"][0].get_object()["/A"]["/URI"] == "https://example.org"


def test_held_pages_are_finished_in_order_with_their_number_and_count(canvas: Any) -> None:
    c = canvas
    for text in ("first", "second", "third"):
        c.setFont(SANS, 12)
        c.drawString(72, 700, text)
        c.hold_page()

    def decorate(page_canvas: Any, number: int, total: int) -> None:
        page_canvas.setFont(SANS, 9)
        page_canvas.drawString(72, 30, f"page {number} / {total}")

    c.release_pages(decorate)
    output = c._filename
    c.save()
    pages = _read(output).pages
    assert [page.extract_text().splitlines() for page in pages] == [
        ["first", "page 1 / 3"],
        ["second", "page 2 / 3"],
        ["third", "page 3 / 3"],
    ]

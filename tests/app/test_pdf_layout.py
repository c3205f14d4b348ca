"""The letterhead shared by letters, forms and receipts: one geometry, one foot."""

from __future__ import annotations

from io import BytesIO

from app import letters, pdf_layout
from tests.helpers.pdf_text import fonts, page_texts


def test_the_letterhead_geometry_is_the_letters_own() -> None:
    # app.letters keeps its own constants for now: they must not drift apart.
    for name in (
        "PAGE_WIDTH_MM",
        "PAGE_HEIGHT_MM",
        "PAGE_TOP_MM",
        "SENDER_HEIGHT_MM",
        "WINDOW_LEFT_MM",
        "WINDOW_TOP_MM",
        "WINDOW_WIDTH_MM",
        "WINDOW_HEIGHT_MM",
        "BODY_TOP_MM",
        "BOTTOM_MM",
        "FOLDS_MM",
    ):
        assert getattr(pdf_layout, name) == getattr(letters, name), name


def test_each_document_numbers_its_own_pages() -> None:
    from reportlab.platypus import Paragraph

    styles = pdf_layout.styles()

    def paper(label: str, paragraphs: int) -> pdf_layout.PaperDocument:
        return pdf_layout.PaperDocument(
            sender=pdf_layout.letterhead(styles, "Cabinet & Fils", ["1 rue Neuve"]),
            window=pdf_layout.address_block([label]),
            body=[Paragraph("Texte " * 80, styles["body"]) for _ in range(paragraphs)],
            footer=label,
        )

    out = BytesIO()
    pages = pdf_layout.build_on_letterhead(
        out, [paper("Ана", 1), paper("Łucja", 12), paper("Σοφία", 1)], title="Essai"
    )
    texts = page_texts(out.getvalue())
    assert pages == len(texts) == 4
    feet = [" ".join(text.strip().splitlines()[-2:]) for text in texts]
    assert feet == ["Ана page 1 / 1", "Łucja page 1 / 2", "Łucja page 2 / 2", "Σοφία page 1 / 1"]
    assert texts[0].startswith("Cabinet & Fils\n1 rue Neuve\nАна")  # escaped, as typed
    assert not texts[2].startswith("Cabinet & Fils")  # a continuation page has no letterhead


def test_practice_lines_skip_what_the_practice_has_not_filled_in() -> None:
    assert pdf_layout.practice_lines("", "69002", "Lyon", "04 78 00 11 22", "", "fr") == [
        "69002 Lyon",
        "Tél. : 04 78 00 11 22",
    ]
    assert pdf_layout.practice_lines("4 place X", "", "", "", "a@b.fr", "en") == [
        "4 place X",
        "a@b.fr",
    ]


def test_an_a4_document_names_only_fonts_it_embeds(tmp_path) -> None:
    """ReportLab starts every canvas in Helvetica unless told otherwise: a font named
    but not embedded prints differently from one PDF reader to the next."""
    from reportlab.platypus import Paragraph

    styles = pdf_layout.styles()
    target = tmp_path / "document.pdf"
    pdf_layout.build_a4(
        target, "Registre", [Paragraph("Łucja Wałęsa, Дмитрий, Σοφία", styles["body"])],
        numbered=True,
    )  # fmt: skip
    found = fonts(target.read_bytes())
    assert found
    assert all(found.values()), found

"""The practice's paper settings on a real encrypted database, and the envelope test page
read back with pypdf: where each word is drawn, in which font, on which size of page."""

from __future__ import annotations

import base64
import dataclasses
import json
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image as PillowImage
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import PageBreak
from sqlalchemy import select

from app import letters, paper_settings, pdf_layout
from app.access import Actor
from app.errors import PermissionDenied, ValidationError
from app.paper_settings import (
    SAMPLE_ADDRESS,
    Box,
    PaperSettings,
    envelope_test_pdf,
    letter_layout,
    load_paper,
    logo_from_bytes,
    read_logo_file,
    save_paper,
    write_envelope_test,
)
from app.pdf_fonts import SANS
from app.settings import PracticeSettings
from db.models import AuditEvent, Role, Setting
from tests.helpers.letters import queue_letters

A4_POINTS = (595.2756, 841.8898)
PAGE_HEIGHT = 297 * mm
ASCENT, DESCENT = 0.93, 0.24  # DejaVu Sans, as a share of the font size
FRENCH = PracticeSettings(name="Cabinet du Parc", city="Lyon", language="fr")
ENGLISH = dataclasses.replace(FRENCH, language="en")


def _image(kind: str = "PNG", size: tuple[int, int] = (300, 100), mode: str = "RGB") -> bytes:
    colour = {"RGB": (20, 90, 160), "RGBA": (20, 90, 160, 128), "L": 90, "CMYK": (90, 20, 0, 10)}
    image = PillowImage.new(mode if mode != "P" else "RGB", size, colour.get(mode, (20, 90, 160)))
    if mode == "P":
        image = image.convert("P")
    buffer = BytesIO()
    image.save(buffer, kind)
    return buffer.getvalue()


def _load(database) -> PaperSettings:
    with database.read_session() as session:
        return load_paper(session)


def _save(database, clock, actor, settings: PaperSettings) -> list[str]:
    with database.transaction() as session:
        return save_paper(session, clock, actor, settings)


def _stored(database):
    with database.read_session() as session:
        return session.scalar(select(Setting.value).where(Setting.key == "paper"))


def _codes(settings: PaperSettings) -> list[tuple[str, str]]:
    return [(error.field, error.code) for error in paper_settings.validate(settings)]


# -- the defaults are the letters' layout --------------------------------------------------------


def test_the_defaults_are_where_letters_print_the_address() -> None:
    window = PaperSettings().window
    assert (window.left, window.top, window.width, window.height) == (
        letters.WINDOW_LEFT_MM,
        letters.WINDOW_TOP_MM,
        letters.WINDOW_WIDTH_MM,
        letters.WINDOW_HEIGHT_MM,
    )
    assert paper_settings.FOLDS_MM == letters.FOLDS_MM
    assert (paper_settings.PAGE_WIDTH_MM, paper_settings.PAGE_HEIGHT_MM) == (
        letters.PAGE_WIDTH_MM,
        letters.PAGE_HEIGHT_MM,
    )
    layout = letter_layout(PaperSettings())
    # app.letters' own frames: the sender beside the window, the body from 97 mm.
    assert layout.sender == Box(
        pdf_layout.SIDE_MARGIN_MM,
        letters.PAGE_TOP_MM,
        letters.WINDOW_LEFT_MM - pdf_layout.SIDE_MARGIN_MM - 6,
        letters.SENDER_HEIGHT_MM,
    )
    assert layout.body_top_mm == letters.BODY_TOP_MM
    assert paper_settings.validate(PaperSettings()) == []


def test_a_lower_window_pushes_the_body_down_and_a_window_further_left_narrows_the_sender() -> None:
    layout = letter_layout(PaperSettings(window_left_mm=95, window_top_mm=55, window_height_mm=39))
    assert layout.body_top_mm == 55 + 39 + 7
    assert layout.sender.width == 95 - 18 - 6
    assert layout.window == Box(95, 55, 85, 39)


def test_with_a_logo_the_letterhead_is_taller_and_holds_it_unshrunk() -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    plain = letter_layout(PaperSettings())
    assert paper_settings.letterhead_logo(PaperSettings()) == []
    settings = PaperSettings(logo=logo_from_bytes(_image("PNG", (300, 100))))
    layout = letter_layout(settings)
    assert layout.sender.height == plain.sender.height + 15 + 2
    assert layout.sender.bottom < layout.body_top_mm  # beside the window, above the body
    assert layout.sender.right < layout.window.left
    # What app.letters puts there (name at 12 pt, four lines of contacts) fits as it is.
    styles = pdf_layout.styles()
    name = ParagraphStyle("sender", parent=styles["head"], spaceBefore=0, fontSize=12)
    block = [
        *paper_settings.letterhead_logo(settings),
        Paragraph("Cabinet médical du Parc", name),
        *(Paragraph("4 place Bellecour", styles["small"]) for _ in range(4)),
    ]
    height = sum(f.wrap(layout.sender.width * mm, 1000)[1] + f.getSpaceAfter() for f in block)
    assert height <= layout.sender.height * mm


# -- checking ------------------------------------------------------------------------------------


def test_problems_are_located_by_field() -> None:
    base = PaperSettings()
    assert _codes(dataclasses.replace(base, window_width_mm=59.5)) == [
        ("window_width_mm", "too_small")
    ]
    assert _codes(dataclasses.replace(base, window_height_mm=24.5)) == [
        ("window_height_mm", "too_small")
    ]
    # The letterhead keeps 40 mm on the left: 18 mm margin + 40 + 6 mm gap.
    assert _codes(dataclasses.replace(base, window_left_mm=63.5)) == [("window_left_mm", "range")]
    assert _codes(dataclasses.replace(base, window_left_mm=64)) == []
    # 5 mm inside the right edge: 120 + 85 = 205 holds, 120.5 does not.
    assert _codes(dataclasses.replace(base, window_left_mm=120)) == []
    assert _codes(dataclasses.replace(base, window_left_mm=120.5)) == [
        ("window_left_mm", "outside")
    ]
    assert _codes(dataclasses.replace(base, window_top_mm=4.5)) == [("window_top_mm", "range")]
    # The address stays 5 mm above the first fold (99 mm): 56 + 38 = 94 holds.
    assert _codes(dataclasses.replace(base, window_top_mm=56)) == []
    assert _codes(dataclasses.replace(base, window_top_mm=56.5)) == [("window_top_mm", "outside")]
    assert _codes(dataclasses.replace(base, window_top_mm=52.3)) == [("window_top_mm", "step")]
    assert _codes(dataclasses.replace(base, window_left_mm=float("nan"))) == [
        ("window_left_mm", "number")
    ]
    several = dataclasses.replace(base, window_width_mm=50, window_height_mm=20, window_top_mm=2)
    assert _codes(several) == [
        ("window_width_mm", "too_small"),
        ("window_height_mm", "too_small"),
        ("window_top_mm", "range"),
    ]
    [message] = paper_settings.validate(dataclasses.replace(base, window_top_mm=60))
    assert str(message) == (
        "window_top_mm: top + height reaches 98 mm: at most 94 mm, 5 mm above the first fold "
        "(99 mm), or the address would be folded or hidden by the envelope"
    )


# -- the logo ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "mode", "mime"),
    [
        ("PNG", "RGB", "image/png"),
        ("PNG", "RGBA", "image/png"),
        ("PNG", "P", "image/png"),
        ("PNG", "L", "image/png"),
        ("JPEG", "RGB", "image/jpeg"),
        ("JPEG", "CMYK", "image/jpeg"),
    ],
)
def test_png_and_jpeg_logos_are_read_and_drawn(tmp_path: Path, kind, mode, mime) -> None:
    data = _image(kind, (300, 100), mode)
    path = tmp_path / f"logo.{kind.lower()}"
    path.write_bytes(data)
    logo = read_logo_file(path)
    assert (logo.mime, logo.width_px, logo.height_px, logo.data) == (mime, 300, 100, data)
    assert "data" not in repr(logo)  # a log line never carries the image
    flowable = pdf_layout.logo_flowable(logo.data)
    assert flowable is not None
    assert flowable.drawHeight == pytest.approx(15 * mm)
    assert flowable.drawWidth == pytest.approx(45 * mm)  # three times as wide, as the image
    out = tmp_path / "header.pdf"
    pdf_layout.build_a4(out, "logo", [flowable])  # ReportLab can embed it, whatever its mode
    assert len(PdfReader(out).pages[0]["/Resources"]["/XObject"]) == 1


def _refused(data: bytes) -> tuple[str, str, str]:
    with pytest.raises(ValidationError) as caught:
        logo_from_bytes(data, "logo.png")
    [error] = caught.value.errors
    return error.field, error.code, error.message


def test_what_is_not_a_usable_logo_is_refused_with_why(tmp_path: Path) -> None:
    assert _refused(b"Dr Martin, 4 place Bellecour")[:2] == ("logo", "not_an_image")
    assert _refused(b"")[:2] == ("logo", "not_an_image")
    field, code, message = _refused(_image("GIF"))
    assert (field, code) == ("logo", "format")
    assert message == "logo.png: GIF images are not supported; use PNG or JPEG"
    assert _refused(_image("PNG", (31, 200)))[1] == "pixels"
    assert _refused(_image("PNG", (4001, 40)))[1] == "pixels"
    big = _image("PNG") + bytes(512 * 1024)
    field, code, message = _refused(big)
    assert code == "too_big"
    assert "at most 512 KB" in message
    truncated = _image("PNG", (400, 400), "RGBA")
    truncated = truncated[: len(truncated) // 2]
    assert _refused(truncated)[1] == "damaged"

    # From a file: too big is refused before reading; a missing file is said so.
    (tmp_path / "huge.png").write_bytes(big)
    with pytest.raises(ValidationError, match=r"huge\.png: \d+ KB is too big"):
        read_logo_file(tmp_path / "huge.png")
    with pytest.raises(ValidationError, match=r"logo: gone\.png: cannot be read"):
        read_logo_file(tmp_path / "gone.png")


def test_a_wide_logo_is_shrunk_whole_and_drawn_above_the_name_once_per_pdf(
    tmp_path: Path,
) -> None:
    wide = _image("PNG", (1000, 100))
    flowable = pdf_layout.logo_flowable(wide)
    assert flowable is not None
    assert flowable.drawWidth == pytest.approx(60 * mm)  # at most 60 mm wide
    assert flowable.drawHeight == pytest.approx(6 * mm)  # its proportions kept
    assert pdf_layout.logo_flowable(None) is None
    styles = pdf_layout.styles()
    header = pdf_layout.practice_header(styles, "Cabinet du Parc", "Lyon")
    with_logo = pdf_layout.practice_header(styles, "Cabinet du Parc", "Lyon", logo=wide)
    assert len(with_logo) == len(header) + 1
    out = tmp_path / "two.pdf"
    pdf_layout.build_a4(out, "two pages", [*with_logo, PageBreak(), *with_logo])
    reader = PdfReader(out)
    images = {
        reference.idnum
        for page in reader.pages
        for reference in (v.indirect_reference for v in page["/Resources"]["/XObject"].values())
    }
    assert len(reader.pages) == 2
    assert len(images) == 1  # one image in the file, shown on both pages
    name = next(line for line in _drawn(out.read_bytes()) if line.text == "Cabinet du Parc")
    first_page = reader.pages[0]
    # The image is placed by a translation, then scaled to its size: it ends above the name.
    placed: list[tuple[float, float, float]] = []  # (width, height, bottom from the top)
    origin = 0.0
    for operands, operator in first_page.get_contents().operations:
        if operator == b"cm" and operands[:4] == [1, 0, 0, 1]:
            origin = float(operands[5])
        elif operator == b"cm":
            placed.append((float(operands[0]), float(operands[3]), PAGE_HEIGHT - origin))
    [(width, height, bottom)] = placed
    assert (width, height) == pytest.approx((60 * mm, 6 * mm))
    assert bottom < name.top


# -- saving --------------------------------------------------------------------------------------


def test_saved_settings_are_stored_as_differences_and_audited(
    database, clock, admin: Actor
) -> None:
    assert _load(database) == PaperSettings()
    logo = logo_from_bytes(_image("JPEG"))
    chosen = PaperSettings(window_left_mm=103.5, window_top_mm=50, logo=logo)
    assert _save(database, clock, admin, chosen) == ["logo", "window_left_mm", "window_top_mm"]
    stored = _stored(database)
    assert set(stored) == {"window_left_mm", "window_top_mm", "logo"}
    assert stored["window_left_mm"] == 103.5
    assert stored["logo"]["mime"] == "image/jpeg"
    assert base64.b64decode(stored["logo"]["data"]) == logo.data
    assert _load(database) == chosen
    assert _save(database, clock, admin, chosen) == []  # nothing changed, nothing audited
    assert _save(database, clock, admin, PaperSettings()) == [
        "logo",
        "window_left_mm",
        "window_top_mm",
    ]
    assert _stored(database) == {}
    with database.read_session() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "settings.paper")
        ).all()
    assert [event.details["fields"] for event in events] == [
        ["logo", "window_left_mm", "window_top_mm"],
        ["logo", "window_left_mm", "window_top_mm"],
    ]
    assert {event.username for event in events} == {"admin"}


def test_nothing_is_saved_when_the_window_does_not_fit(database, clock, admin) -> None:
    with pytest.raises(ValidationError) as caught:
        _save(database, clock, admin, PaperSettings(window_width_mm=40, window_top_mm=70))
    assert [e.field for e in caught.value.errors] == ["window_width_mm", "window_top_mm"]
    assert _stored(database) is None


def test_only_an_administrator_changes_the_paper(database, clock) -> None:
    receptionist = Actor(user_id=None, username="rita", role=Role.RECEPTIONIST)
    with pytest.raises(PermissionDenied):
        _save(database, clock, receptionist, PaperSettings(window_left_mm=100))
    assert _stored(database) is None


def test_a_damaged_stored_value_falls_back_to_the_default(database, clock) -> None:
    with database.transaction() as session:
        session.add(
            Setting(
                key="paper",
                value={
                    "window_left_mm": 300,
                    "window_top_mm": "a lot",
                    "logo": {"mime": "image/png", "data": "not base64 at all!"},
                },
                updated_at=clock.now(),
            )
        )
    assert _load(database) == PaperSettings()


# -- JSON, for the command line ------------------------------------------------------------------


def test_the_window_from_json_defaults_what_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "paper.json"
    path.write_text(json.dumps({"window_left_mm": 102, "window_top_mm": 49.5}))
    assert paper_settings.read_file(path) == PaperSettings(window_left_mm=102, window_top_mm=49.5)
    with pytest.raises(ValidationError) as caught:
        paper_settings.from_json({"window_left": 100, "window_top_mm": "52", "window_width_mm": 30})
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("window_left", "fields"),
        ("window_top_mm", "number"),
        ("window_width_mm", "too_small"),
    ]
    shown = paper_settings.as_json(PaperSettings(window_top_mm=50, logo=logo_from_bytes(_image())))
    assert paper_settings.from_json(shown) == PaperSettings(window_top_mm=50)  # logo: see --logo
    with pytest.raises(ValidationError, match="logo: set the logo with settings --logo FILE"):
        paper_settings.from_json({"logo": "logo.png"})
    path.write_text('{"window_left_mm": 102,}')
    with pytest.raises(ValidationError, match="line 1, column 24"):
        paper_settings.read_file(path)
    shown = paper_settings.as_json(PaperSettings(logo=logo_from_bytes(_image())))
    assert shown["window_left_mm"] == 105
    assert shown["logo"]["mime"] == "image/png"
    assert shown["logo"]["width_px"] == 300
    assert "data" not in shown["logo"]


# -- the envelope test page ----------------------------------------------------------------------


@dataclass(frozen=True)
class Drawn:
    text: str
    left: float  # points, from the page's top left corner
    right: float
    top: float
    bottom: float
    baseline: float
    size: float
    font: str


def _drawn(pdf: bytes, number: int = 0) -> list[Drawn]:
    """Every piece of text on one page, with its box from DejaVu's metrics."""
    found: list[Drawn] = []
    page = PdfReader(BytesIO(pdf)).pages[number]

    def visit(text, cm, tm, font, size) -> None:
        text = text.strip()
        if not text or font is None:
            return
        assert cm[:4] == [1.0, 0.0, 0.0, 1.0]
        assert tm[:4] == [1.0, 0.0, 0.0, 1.0]
        x, baseline = tm[4] + cm[4], PAGE_HEIGHT - (tm[5] + cm[5])
        name = str(font["/BaseFont"])
        found.append(
            Drawn(
                text,
                x,
                x + stringWidth(text, SANS, size),
                baseline - ASCENT * size,
                baseline + DESCENT * size,
                baseline,
                size,
                name,
            )
        )

    page.extract_text(visitor_text=visit)
    return found


def _address_lines(pdf: bytes) -> list[Drawn]:
    lines = [line for line in _drawn(pdf) if line.text in SAMPLE_ADDRESS]
    assert [line.text for line in lines] == list(SAMPLE_ADDRESS)
    return lines


def _inside(line: Drawn, window: Box) -> bool:
    rounding = 0.01  # the PDF writes positions to a thousandth of a point
    return (
        window.left * mm - rounding <= line.left
        and line.right <= window.right * mm + rounding
        and window.top * mm - rounding <= line.top
        and line.bottom <= window.bottom * mm + rounding
    )


@pytest.mark.parametrize(
    "settings",
    [
        PaperSettings(),
        PaperSettings(window_left_mm=64, window_top_mm=5, window_width_mm=60, window_height_mm=25),
        PaperSettings(
            window_left_mm=110, window_top_mm=56, window_width_mm=95, window_height_mm=38
        ),
    ],
    ids=["default", "smallest-top-left", "right-and-low"],
)
def test_the_sample_address_lies_inside_the_window(settings: PaperSettings) -> None:
    pdf = envelope_test_pdf(settings, FRENCH)
    reader = PdfReader(BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4_POINTS, abs=0.01)
    lines = _address_lines(pdf)
    for line in lines:
        assert _inside(line, settings.window), line
        assert line.size == 11  # as a letter prints it, not shrunk
    # From the window's top left corner, as app.letters' frame puts the first line.
    assert lines[0].left == pytest.approx(settings.window_left_mm * mm, abs=0.01)
    assert lines[0].baseline == pytest.approx(settings.window_top_mm * mm + 11, abs=0.5)
    # The window's size and place are written inside it.
    inside = [line for line in _drawn(pdf) if _inside(line, settings.window)]
    size = f"{settings.window_width_mm:g} × {settings.window_height_mm:g} mm"
    assert size in {line.text for line in inside}


def test_changing_the_offsets_moves_the_address_by_as_much() -> None:
    before = _address_lines(envelope_test_pdf(PaperSettings(), FRENCH))
    moved = PaperSettings(window_left_mm=108.5, window_top_mm=48)
    after = _address_lines(envelope_test_pdf(moved, FRENCH))
    for old, new in zip(before, after, strict=True):
        assert new.left - old.left == pytest.approx(3.5 * mm, abs=0.5)
        assert new.baseline - old.baseline == pytest.approx(-4 * mm, abs=0.5)


def test_the_page_has_rulers_folds_and_steps_in_the_practice_s_language() -> None:
    pdf = envelope_test_pdf(PaperSettings(), ENGLISH)
    drawn = _drawn(pdf)
    texts = [line.text for line in drawn]
    top_ruler = [line for line in drawn if line.text.isdigit() and line.baseline < 12 * mm]
    assert [int(line.text) for line in top_ruler] == list(range(10, 210, 10))
    for line in top_ruler:  # each number centred on its millimetre
        assert (line.left + line.right) / 2 == pytest.approx(int(line.text) * mm, abs=0.01)
    left_ruler = [
        line
        for line in drawn
        if line.text.isdigit() and line.left < 12 * mm and line.baseline > 12 * mm
    ]
    assert [int(line.text) for line in left_ruler] == list(range(20, 297, 10))
    folds = [line for line in drawn if line.text == "fold"]
    assert [round(line.baseline / mm) for line in folds] == [
        98,
        196,
    ]  # just above each fold (99, 198 mm)
    assert "This line must measure 100 mm." in texts
    text = " ".join(texts)
    for expected in (
        "Print at 100 % (no “fit to page”)",
        "Fold in three",
        "DL window envelope",
        "whole sample address must show through the window",
        "change the offsets",
        "Current setting: address 105",
    ):
        assert expected in text, expected
    french = " ".join(line.text for line in _drawn(envelope_test_pdf(PaperSettings(), FRENCH)))
    assert "Imprimez à 100 %" in french
    assert "pli" in french


def test_the_page_embeds_its_fonts_and_is_written_to_a_file(tmp_path: Path) -> None:
    path = tmp_path / "test-page.pdf"
    write_envelope_test(path, PaperSettings(), FRENCH)
    reader = PdfReader(path)
    fonts = {}
    for reference in reader.pages[0]["/Resources"]["/Font"].values():
        font = reference.get_object()
        descriptor = font["/FontDescriptor"].get_object()
        fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    assert fonts
    assert all(fonts.values()), fonts
    assert all("DejaVuSans" in name for name in fonts)
    assert reader.metadata.title == "Page de test d’enveloppe"


def test_the_sample_address_starts_where_a_letter_s_address_does(database, admin, clock) -> None:
    """The test page is only worth printing if its address sits where the letters' does."""
    queue_letters(database, admin, clock)
    with database.transaction() as session:
        waiting = letters.letters_to_print(session, clock.now())
        batch = letters.prepare_batch(session, clock, [w.message_id for w in waiting])
    first_line = next(
        line
        for number in range(len(PdfReader(BytesIO(batch.pdf)).pages))  # after any cover sheet
        for line in _drawn(batch.pdf, number)
        if line.text == "Mr Jürgen WEISS"
    )
    sample = _address_lines(envelope_test_pdf(PaperSettings(), FRENCH))[0]
    assert (first_line.left, first_line.baseline, first_line.size) == pytest.approx(
        (sample.left, sample.baseline, sample.size), abs=0.01
    )

"""Address labels on Avery sheets, read back with pypdf: where each line is drawn, in which font.

Every drawn line is placed in the label its start falls in, then its whole box
(its width from the font's metrics, DejaVu's ascent and descent) must lie inside
that label's rectangle as computed from the sheet's geometry.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy import select

from app import dispatch, labels, letters, print_runs, surveys
from app.errors import NotFound, ValidationError
from app.labels import AVERY_L7160, AVERY_L7163, LabelSheet, render_labels
from app.letters import NothingToPrint
from app.pdf_fonts import SANS
from db.models import (
    AuditEvent,
    Channel,
    ConsentKind,
    ContactKind,
    ContactPoint,
    Message,
    MessageStatus,
)
from tests.helpers import ledger
from tests.helpers.letters import PaperPatients, queue_letters
from tests.helpers.queries import selects

PAGE_HEIGHT = 297 * mm
ASCENT, DESCENT = 0.93, 0.24  # DejaVu Sans, as a share of the font size

NAMES = [
    ("Madame Łucja WAŁĘSA", "12 avenue Jean Jaurès", "Bâtiment B, 3e étage", "69007 LYON"),
    ("Mr Jürgen WEISS", "Goethestraße 5", "10115 BERLIN", "ALLEMAGNE"),
    ("Monsieur Дмитрий ИВАНОВ", "8 boulevard Voltaire", "75011 PARIS"),
    ("Madame Σοφία ΠΑΠΑΔΟΠΟΎΛΟΥ", "1 quai du Port", "13002 MARSEILLE"),
]


@dataclass(frozen=True)
class Drawn:
    page: int
    text: str
    left: float  # points, from the page's top left corner
    right: float
    top: float
    bottom: float
    size: float
    font: str


def _drawn(pdf: bytes) -> list[Drawn]:
    found: list[Drawn] = []
    for number, page in enumerate(PdfReader(BytesIO(pdf)).pages):

        def visit(text, cm, tm, font, size, number=number) -> None:
            text = text.strip()
            if not text:
                return
            assert cm[:4] == [1.0, 0.0, 0.0, 1.0]
            x, baseline = tm[4] + cm[4], PAGE_HEIGHT - (tm[5] + cm[5])
            found.append(
                Drawn(
                    number,
                    text,
                    x,
                    x + stringWidth(text, SANS, size),
                    baseline - ASCENT * size,
                    baseline + DESCENT * size,
                    size,
                    str(font["/BaseFont"]),
                )
            )

        page.extract_text(visitor_text=visit)
    return found


def _label_of(sheet: LabelSheet, line: Drawn) -> int:
    """The 1-based position of the label whose rectangle holds the line's start."""
    for position in range(1, sheet.per_sheet + 1):
        left, top, right, bottom = (edge * mm for edge in sheet.label_box(position))
        if left <= line.left <= right and top <= line.top + ASCENT * line.size <= bottom:
            return position
    raise AssertionError(f"{line.text!r} is outside every label")


def _by_label(sheet: LabelSheet, pdf: bytes) -> dict[tuple[int, int], list[Drawn]]:
    """The lines drawn, by (page, label position), checked to lie wholly inside their label."""
    found: dict[tuple[int, int], list[Drawn]] = {}
    for line in _drawn(pdf):
        position = _label_of(sheet, line)
        left, top, right, bottom = (edge * mm for edge in sheet.label_box(position))
        assert left <= line.left, line
        assert line.right <= right, line
        assert top <= line.top, line
        assert line.bottom <= bottom, line
        found.setdefault((line.page, position), []).append(line)
    return found


def _texts(found: dict[tuple[int, int], list[Drawn]]) -> dict[tuple[int, int], tuple[str, ...]]:
    return {key: tuple(line.text for line in lines) for key, lines in found.items()}


def test_the_sheets_are_avery_s_own_geometry() -> None:
    for sheet, columns, width, side in ((AVERY_L7160, 3, 63.5, 7.25), (AVERY_L7163, 2, 99.1, 4.65)):
        assert sheet.columns == columns
        assert sheet.rows == 7
        assert (sheet.label_width, sheet.label_height, sheet.top, sheet.side) == (
            width,
            38.1,
            15.15,
            side,
        )
        *_, right, bottom = sheet.label_box(sheet.per_sheet)
        assert 210 - right == pytest.approx(side, abs=0.1)  # centred on A4
        assert 297 - bottom == pytest.approx(15.15)
    assert AVERY_L7160.per_sheet == 21
    assert AVERY_L7160.pitch_x - AVERY_L7160.label_width == pytest.approx(2.54)
    assert AVERY_L7163.per_sheet == 14
    assert AVERY_L7163.pitch_x - AVERY_L7163.label_width == pytest.approx(2.5)
    with pytest.raises(AttributeError):
        AVERY_L7160.rows = 8  # type: ignore[misc]


@pytest.mark.parametrize("sheet", [AVERY_L7160, AVERY_L7163])
def test_each_address_is_inside_its_label_in_order(sheet: LabelSheet) -> None:
    addresses = NAMES * 3
    found = _texts(_by_label(sheet, render_labels(addresses, sheet)))
    assert found == {(0, position): address for position, address in enumerate(addresses, 1)}


def test_start_at_five_leaves_the_first_four_labels_empty() -> None:
    found = _texts(_by_label(AVERY_L7160, render_labels(NAMES, AVERY_L7160, start_at=5)))
    assert found == {(0, 5): NAMES[0], (0, 6): NAMES[1], (0, 7): NAMES[2], (0, 8): NAMES[3]}


@pytest.mark.parametrize("sheet", [AVERY_L7160, AVERY_L7163])
def test_every_start_position_puts_every_label_inside_its_cell(sheet: LabelSheet) -> None:
    """A full sheet's worth from each start: the run wraps onto a second sheet at label 1."""
    addresses = [
        (f"Madame Łucja WAŁĘSA {n}", "12 avenue Jean Jaurès", "69007 LYON")
        for n in range(sheet.per_sheet)
    ]
    for start_at in range(1, sheet.per_sheet + 1):
        found = _texts(_by_label(sheet, render_labels(addresses, sheet, start_at=start_at)))
        expected = {}
        for n, address in enumerate(addresses):
            position = start_at + n
            page = (position - 1) // sheet.per_sheet
            expected[(page, (position - 1) % sheet.per_sheet + 1)] = address
        assert found == expected, start_at


def test_twenty_two_addresses_make_two_sheets_the_second_from_its_first_label() -> None:
    addresses = [(f"Patient {number}", f"{number} rue Neuve", "69002 LYON") for number in range(22)]
    pdf = render_labels(addresses, AVERY_L7160)
    assert len(PdfReader(BytesIO(pdf)).pages) == 2
    found = _texts(_by_label(AVERY_L7160, pdf))
    assert found[(0, 21)] == addresses[20]
    assert found[(1, 1)] == addresses[21]
    assert len(found) == 22
    # Started late, the same run reaches the second sheet sooner.
    late = _texts(_by_label(AVERY_L7160, render_labels(addresses[:3], AVERY_L7160, start_at=20)))
    assert late == {(0, 20): addresses[0], (0, 21): addresses[1], (1, 1): addresses[2]}


def test_every_script_prints_as_written_with_embedded_fonts_and_a_title() -> None:
    pdf = render_labels(NAMES, AVERY_L7163, title="Étiquettes")
    reader = PdfReader(BytesIO(pdf))
    text = reader.pages[0].extract_text()
    for address in NAMES:
        for line in address:
            assert line in text
    assert reader.metadata is not None
    assert reader.metadata.title == "Étiquettes"
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for reference in fonts.values():
        font = reference.get_object()
        assert font["/BaseFont"].endswith("DejaVuSans")  # no Helvetica, which has no Ł
        descendant = font["/DescendantFonts"][0] if "/DescendantFonts" in font else font
        assert "/FontFile2" in descendant.get_object()["/FontDescriptor"]
    assert {line.font for line in _drawn(pdf)} == {fonts[name]["/BaseFont"] for name in fonts}
    default = PdfReader(BytesIO(render_labels(NAMES, AVERY_L7160))).metadata
    assert default is not None
    assert default.title == "Étiquettes d'adresse — Avery L7160"


def test_a_long_address_shrinks_then_wraps_and_is_cut_only_as_a_last_resort() -> None:
    long_name = "Monsieur Jean-Baptiste de LA ROCHEFOUCAULD-MONTMORENCY"
    too_long = "X" * 90
    addresses = [
        NAMES[0],
        ("Madame Σοφία ΠΑΠΑΔΟΠΟΎΛΟΥ-ΚΩΝ", "1 quai du Port", "13002 MARSEILLE"),
        (long_name, "Résidence les Jardins", "75001 PARIS"),
        (too_long, *(f"ligne {number}" for number in range(12))),
    ]
    found = _by_label(AVERY_L7160, render_labels(addresses, AVERY_L7160))
    sizes = {key: {line.size for line in lines} for key, lines in found.items()}
    assert sizes[(0, 1)] == {11.0}  # a short address keeps the largest size
    assert 8.0 <= min(sizes[(0, 2)]) < 11.0  # shrunk, whole, on one line
    assert [line.text for line in found[(0, 2)]] == list(addresses[1])
    wrapped = [line.text for line in found[(0, 3)]]
    assert "".join(wrapped).replace(" ", "") == "".join(addresses[2]).replace(" ", "")
    assert len(wrapped) > len(addresses[2])  # the name took two lines
    assert "…" not in "".join(wrapped)
    cut = found[(0, 4)]
    assert {line.size for line in cut} == {8.0}
    assert cut[0].text.endswith("…")
    assert cut[0].text.startswith("XXXXXXXXXX")
    assert cut[-1].text.endswith("…")  # lines beyond the label's height are left out, said so


@pytest.mark.parametrize("start_at", [0, -1, 22])
def test_a_start_outside_the_sheet_is_refused_and_located(start_at: int) -> None:
    with pytest.raises(ValidationError) as refused:
        render_labels(NAMES, AVERY_L7160, start_at=start_at)
    assert [error.field for error in refused.value.errors] == ["start_at"]
    assert "1 to 21" in str(refused.value)
    render_labels(NAMES, AVERY_L7163, start_at=14)  # the last label of the smaller sheet
    with pytest.raises(ValidationError, match="1 to 14"):
        render_labels(NAMES, AVERY_L7163, start_at=15)


def test_no_address_is_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        render_labels([], AVERY_L7160)
    assert [error.field for error in refused.value.errors] == ["addresses"]


def test_labels_for_the_letters_queued_on_a_real_database(database, admin, clock) -> None:
    with database.read_session() as session, pytest.raises(NothingToPrint):
        labels.labels_for_waiting_letters(session, clock, AVERY_L7160)
    queue_letters(database, admin, clock)
    with database.read_session() as session:
        pdf = labels.labels_for_waiting_letters(session, clock, AVERY_L7160, start_at=3)
        with pytest.raises(ValidationError, match="start_at"):
            labels.labels_for_waiting_letters(session, clock, AVERY_L7160, start_at=99)
    found = _texts(_by_label(AVERY_L7160, pdf))
    assert found == {
        (0, 3): ("Mr Jürgen WEISS", "Goethestraße 5", "10115 BERLIN", "GERMANY"),
        (0, 4): ("Madame Σοφία ΠΑΠΑΔΟΠΟΎΛΟΥ", "1 quai du Port", "13002 MARSEILLE"),
        (0, 5): ("Madame Claire AUBERT", "9 rue Paul Bert", "69003 LYON"),
        (0, 6): ("Monsieur Luc MARTIN", "3 rue des Lilas", "69003 LYON"),
        (0, 7): (
            "Madame Łucja WAŁĘSA",
            "12 avenue Jean Jaurès",
            "Bâtiment B, 3e étage",
            "69007 LYON",
        ),
        (0, 8): ("Monsieur Дмитрий ИВАНОВ", "8 boulevard Voltaire", "75011 PARIS"),
    }
    reader = PdfReader(BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "Étiquettes d'adresse — Avery L7160"


# -- the labels of a print run ------------------------------------------------------------------

WEISS = ("Mr Jürgen WEISS", "Goethestraße 5", "10115 BERLIN", "GERMANY")
AUBERT = ("Madame Claire AUBERT", "9 rue Paul Bert", "69003 LYON")
MARTIN = ("Monsieur Luc MARTIN", "3 rue des Lilas", "69003 LYON")
WALESA = ("Madame Łucja WAŁĘSA", "12 avenue Jean Jaurès", "Bâtiment B, 3e étage", "69007 LYON")
IVANOV = ("Monsieur Дмитрий ИВАНОВ", "8 boulevard Voltaire", "75011 PARIS")


def _letter_of(database, patient_id: int) -> Message:
    with database.read_session() as session:
        return session.scalars(
            select(Message).where(
                Message.patient_id == patient_id, Message.channel == Channel.LETTER
            )
        ).one()


def _luc_objects(database, admin, clock, paper: PaperPatients) -> None:
    """Luc withdraws after his letter was planned: the check before printing sets it aside."""
    with database.transaction() as session:
        ledger.record(session, clock, admin, paper.luc, "appointment_reminder", Channel.LETTER,
                      ConsentKind.OBJECTED)  # fmt: skip


def _run_of_five_one_set_aside(database, admin, clock) -> tuple[PaperPatients, int, list[int]]:
    """Five letters sent to print (all but Σοφία's), Luc's set aside: a run of four, kept."""
    paper = queue_letters(database, admin, clock)
    _luc_objects(database, admin, clock, paper)
    sofia = _letter_of(database, paper.sofia).id
    with database.read_session() as session:
        waiting = [
            letter.message_id
            for letter in letters.letters_to_print(session, clock.now())
            if letter.message_id != sofia
        ]
    assert len(waiting) == 5
    with database.transaction() as session:
        batch = letters.prepare_batch(session, clock, waiting)
        assert [left.patient_name for left in batch.left_out] == ["MARTIN Luc"]
        kept = print_runs.keep_printed(session, clock, admin, batch)
    assert kept.letters == 4
    return paper, kept.id, list(batch.message_ids)


def test_labels_read_their_letters_together_not_one_at_a_time(database, admin, clock) -> None:
    queue_letters(database, admin, clock)

    def before_printing() -> int:
        def labels_now() -> None:
            with database.read_session() as session:
                labels.labels_for_waiting_letters(session, clock, AVERY_L7160)

        return selects(database.engine, labels_now)

    def for_run(number: int) -> int:
        def labels_of_run() -> None:
            with database.transaction() as session:
                labels.labels_for_batch(session, clock, admin, number, AVERY_L7160)

        return selects(database.engine, labels_of_run)

    def printed(count: int) -> int:
        with database.transaction() as session:
            waiting = [w.message_id for w in letters.letters_to_print(session, clock.now())]
            batch = letters.prepare_batch(session, clock, waiting[:count])
            return print_runs.keep_printed(session, clock, admin, batch).id

    six_waiting = before_printing()
    two = for_run(printed(2))
    four_waiting = before_printing()
    four = for_run(printed(4))
    assert six_waiting == four_waiting  # however many letters wait
    assert two == four  # however many letters the run holds


@pytest.mark.parametrize("sheet", [AVERY_L7160, AVERY_L7163])
def test_a_printed_run_gets_one_label_per_letter_it_holds_in_print_order(
    database, admin, clock, sheet: LabelSheet
) -> None:
    paper, number, printed = _run_of_five_one_set_aside(database, admin, clock)
    with database.read_session() as session:
        statuses = {session.get(Message, i).status for i in printed}  # type: ignore[union-attr]
        in_run = [letter.message_id for letter in print_runs.batch_letters(session, number)]
    assert statuses == {MessageStatus.PRINTED}
    assert in_run == printed
    with database.transaction() as session:
        pdf = labels.labels_for_batch(session, clock, admin, number, sheet, start_at=2)
    found = _texts(_by_label(sheet, pdf))
    # The run's order (postcode, then name), Luc's letter set aside: no label for him.
    assert found == {(0, 2): WEISS, (0, 3): AUBERT, (0, 4): WALESA, (0, 5): IVANOV}
    assert MARTIN[0] not in "".join(PdfReader(BytesIO(pdf)).pages[0].extract_text())
    reader = PdfReader(BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == f"Étiquettes d'adresse — tirage n° {number} — {sheet.name}"
    with database.read_session() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "print_batch.labels")
        ).one()
        assert (event.entity, event.entity_id) == ("print_batch", number)
        assert event.details == {"labels": 4, "sheet": sheet.name, "start_at": 2}
        assert _letter_of(database, paper.luc).status is MessageStatus.CANCELLED


def test_a_posted_run_still_gets_its_labels_and_nothing_changes(database, admin, clock) -> None:
    _paper, number, printed = _run_of_five_one_set_aside(database, admin, clock)
    with database.transaction() as session:
        letters.mark_posted(session, clock, admin, printed)
    with database.transaction() as session:
        first = labels.labels_for_batch(session, clock, admin, number, AVERY_L7163)
    with database.transaction() as session:
        again = labels.labels_for_batch(session, clock, admin, number, AVERY_L7163, start_at=13)
        statuses = {session.get(Message, i).status for i in printed}  # type: ignore[union-attr]
    assert statuses == {MessageStatus.POSTED}
    assert _texts(_by_label(AVERY_L7163, first)) == {
        (0, 1): WEISS,
        (0, 2): AUBERT,
        (0, 3): WALESA,
        (0, 4): IVANOV,
    }
    # From label 13 of 14, the run goes on onto a second sheet, from its first label.
    assert _texts(_by_label(AVERY_L7163, again)) == {
        (0, 13): WEISS,
        (0, 14): AUBERT,
        (1, 1): WALESA,
        (1, 2): IVANOV,
    }


def test_survey_forms_of_a_run_get_their_labels_after_the_letters(database, admin, clock) -> None:
    paper = queue_letters(database, admin, clock)
    with database.transaction() as session:
        ledger.record(session, clock, admin, paper.luc, surveys.PURPOSE, Channel.LETTER)
        survey_id = surveys.current_survey(session, clock).id
        surveys.invite(session, clock, admin, survey_id, [paper.luc])
    dispatch.dispatch(database, clock)
    with database.transaction() as session:
        waiting = [w.message_id for w in letters.letters_to_print(session, clock.now())]
        batch = letters.prepare_batch(session, clock, waiting)
        number = print_runs.keep_printed(session, clock, admin, batch).id
        pdf = labels.labels_for_batch(session, clock, admin, number, AVERY_L7160)
    assert len(batch.letters) == 7
    found = _texts(_by_label(AVERY_L7160, pdf))
    assert len(found) == 7
    assert found[(0, 7)] == MARTIN  # the survey form, last in the run as on its labels
    assert found[(0, 1)] == WEISS


def test_an_emptied_or_unknown_run_gets_no_labels(database, admin, clock) -> None:
    _paper, number, _printed = _run_of_five_one_set_aside(database, admin, clock)
    with database.transaction() as session, pytest.raises(ValidationError, match="1 to 21"):
        labels.labels_for_batch(session, clock, admin, number, AVERY_L7160, start_at=22)
    with database.transaction() as session, pytest.raises(NotFound):
        labels.labels_for_batch(session, clock, admin, number + 1, AVERY_L7160)
    clock.advance(seconds=(print_runs.KEEP_PDF_DAYS + 1) * 86_400)
    with database.transaction() as session:
        assert print_runs.empty_old_batches(session, clock) == 1
    with database.transaction() as session, pytest.raises(print_runs.BatchEmptied):
        labels.labels_for_batch(session, clock, admin, number, AVERY_L7160)


def test_labels_before_printing_leave_out_a_letter_the_check_would_set_aside(
    database, admin, clock
) -> None:
    paper = queue_letters(database, admin, clock)
    _luc_objects(database, admin, clock, paper)
    with database.read_session() as session:
        pdf = labels.labels_for_waiting_letters(session, clock, AVERY_L7160)
    found = _texts(_by_label(AVERY_L7160, pdf))
    assert MARTIN not in found.values()
    assert len(found) == 5
    assert found[(0, 1)] == WEISS
    # Nothing was written: the print run is what cancels Luc's letter.
    assert _letter_of(database, paper.luc).status is MessageStatus.QUEUED


def test_labels_before_printing_take_a_moved_patient_s_address_and_write_nothing(
    database, admin, clock
) -> None:
    paper = queue_letters(database, admin, clock)
    planned = _letter_of(database, paper.luc).recipient
    with database.transaction() as session:
        contact = session.scalars(
            select(ContactPoint).where(
                ContactPoint.patient_id == paper.luc, ContactPoint.kind == ContactKind.POSTAL
            )
        ).one()
        contact.value, contact.street = "5 rue Neuve, 69001 Lyon", "5 rue Neuve"
        contact.postcode, contact.city = "69001", "Lyon"
    with database.read_session() as session:  # read-only on a server: a write would fail
        pdf = labels.labels_for_waiting_letters(session, clock, AVERY_L7160)
        assert session.get(Message, _letter_of(database, paper.luc).id).recipient == planned  # type: ignore[union-attr]
        assert len(letters.letters_to_print(session, clock.now())) == 6  # a query: no flush fails
    assert ("Monsieur Luc MARTIN", "5 rue Neuve", "69001 LYON") in _texts(
        _by_label(AVERY_L7160, pdf)
    ).values()
    assert _letter_of(database, paper.luc).recipient == planned


def test_labels_before_printing_say_when_the_check_would_set_every_letter_aside(
    database, admin, clock
) -> None:
    paper = queue_letters(database, admin, clock)
    with database.transaction() as session:
        for patient_id in (paper.luc, paper.claire, paper.jurgen, paper.lucja, paper.dmitri,
                           paper.sofia):  # fmt: skip
            ledger.record(session, clock, admin, patient_id, "appointment_reminder",
                          Channel.LETTER, ConsentKind.OBJECTED)  # fmt: skip
    with database.read_session() as session, pytest.raises(NothingToPrint) as nothing:
        labels.labels_for_waiting_letters(session, clock, AVERY_L7160)
    assert (nothing.value.code, nothing.value.params) == ("all_set_aside", {"count": 6})

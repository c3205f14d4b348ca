"""The Print centre's "Print runs" tab: kept batches reprinted as they printed."""

from __future__ import annotations

import hashlib
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import letters, print_runs
from app.access import Actor
from app.clock import FixedClock
from app.labels import AVERY_L7163
from app.practice import PracticeDatabase
from app.settings import load_practice
from db.models import Channel, ConsentKind
from tests.helpers import ledger
from tests.helpers.letters import queue_letters
from ui.context import UiContext
from ui.print_centre.batches import KEPT, BatchesTab, RunLabelsDialog
from ui.print_centre.page import PrintCentrePage
from ui.print_preview import PdfPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"


def _keep_a_batch(database: PracticeDatabase, admin: Actor, clock: FixedClock) -> int:
    queue_letters(database, admin, clock)
    with database.transaction() as session:
        waiting = [letter.message_id for letter in letters.letters_to_print(session, clock.now())]
        batch = letters.prepare_batch(session, clock, waiting)
        return print_runs.keep_printed(session, clock, admin, batch).id


def _tab(qtbot: QtBot, database, admin, clock) -> tuple[PrintCentrePage, BatchesTab]:
    with database.read_session() as session:
        context = UiContext(database, admin, clock, load_practice(session))
    page = PrintCentrePage(context)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.batches_tab)
    tab = page.batches_tab
    qtbot.waitUntil(lambda: tab.batches_model.rowCount() > 0 and tab.letters_model.rowCount() > 0)
    return page, tab


def _from_the_preview(qtbot: QtBot, click, shot: str) -> dict[str, object]:
    seen: dict[str, object] = {}

    def in_the_preview() -> None:
        dialogs = [
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, PdfPreviewDialog) and w.isVisible()
        ]  # fmt: skip
        if not dialogs:
            QTimer.singleShot(20, in_the_preview)
            return
        seen["title"] = dialogs[0].windowTitle()
        seen["pdf"] = Path(dialogs[0].pdf).read_bytes()
        qtbot.wait(300)  # for the screenshot only
        SCREENSHOTS.mkdir(exist_ok=True)
        dialogs[0].grab().save(str(SCREENSHOTS / shot))
        dialogs[0].reject()
        seen["closed"] = True

    QTimer.singleShot(0, in_the_preview)
    click()
    qtbot.waitUntil(lambda: "closed" in seen, timeout=20_000)
    return seen


def test_the_run_and_one_letter_reprint_as_they_printed(
    qtbot: QtBot, qtmodeltester, database, admin, clock
) -> None:
    number = _keep_a_batch(database, admin, clock)
    page, tab = _tab(qtbot, database, admin, clock)
    qtmodeltester.check(tab.batches_model)
    qtmodeltester.check(tab.letters_model)
    with database.read_session() as session:
        kept = print_runs.kept_batch(session, number)
    assert tab.batches_model.index(0, 0).data() == str(number)
    assert tab.batches_model.index(0, KEPT).data() == f"SHA-256 {kept.sha256[:12]}…"
    names = [tab.letters_model.index(r, 1).data() for r in range(tab.letters_model.rowCount())]
    assert names[0] == "WEISS Jürgen"  # postcode order: Berlin's 10115 first
    assert tab.reprint_batch_button.isEnabled()
    SCREENSHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SCREENSHOTS / "print-centre-runs.png"))

    seen = _from_the_preview(qtbot, tab.reprint_batch_button.click, "print-centre-reprint.png")
    assert seen["title"] == f"Print run {number}"
    assert hashlib.sha256(seen["pdf"]).hexdigest() == kept.sha256  # type: ignore[arg-type]

    tab.letters.selectRow(names.index("ИВАНОВ Дмитрий"))
    seen = _from_the_preview(qtbot, tab.reprint_letter_button.click, "print-centre-reprint-one.png")
    text = "\n".join(p.extract_text() for p in PdfReader(BytesIO(seen["pdf"])).pages)  # type: ignore[arg-type]
    assert "Дмитрий ИВАНОВ" in text
    assert "Jürgen" not in text
    assert seen["title"] == f"Letter to ИВАНОВ Дмитрий (print run {number})"


def test_an_emptied_run_says_why_and_cannot_be_reprinted(
    qtbot: QtBot, database, admin, clock
) -> None:
    _keep_a_batch(database, admin, clock)
    clock.advance(seconds=(print_runs.KEEP_PDF_DAYS + 1) * 86_400)
    with database.transaction() as session:
        assert print_runs.empty_old_batches(session, clock) == 1
    _page, tab = _tab(qtbot, database, admin, clock)
    assert tab.batches_model.index(0, KEPT).data() == "⚠ emptied: kept 90 days"
    assert not tab.reprint_batch_button.isEnabled()
    assert not tab.reprint_letter_button.isEnabled()
    assert not tab.labels_button.isEnabled()  # its letters' patients may be erased
    assert not tab.ask_labels()
    assert tab.reprint_batch_button.toolTip().startswith("Its kept copy was emptied")


def test_a_page_with_nothing_kept_says_so(qtbot: QtBot, context: UiContext) -> None:
    tab = BatchesTab(context)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.show()
    assert tab.nothing_kept.isVisible()
    assert not tab.reprint_batch_button.isEnabled()
    assert not tab.labels_button.isEnabled()


def test_a_printed_run_gets_its_labels_in_print_order_from_the_chosen_label(
    qtbot: QtBot, database, admin, clock
) -> None:
    """Five letters sent to print, Luc's set aside by the check: four labels, as they printed."""
    paper = queue_letters(database, admin, clock)
    with database.transaction() as session:
        ledger.record(session, clock, admin, paper.luc, "appointment_reminder", Channel.LETTER,
                      ConsentKind.OBJECTED)  # fmt: skip
    with database.transaction() as session:
        waiting = [
            letter.message_id
            for letter in letters.letters_to_print(session, clock.now())
            if letter.patient_id != paper.sofia
        ]
        batch = letters.prepare_batch(session, clock, waiting)
        number = print_runs.keep_printed(session, clock, admin, batch).id
    page, tab = _tab(qtbot, database, admin, clock)
    assert tab.labels_button.isEnabled()
    assert tab.ask_labels()
    dialog = tab.labels_dialog
    assert isinstance(dialog, RunLabelsDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == f"Labels for print run {number}"
    dialog.choice.sheet_choice.setCurrentIndex(1)  # L7163, the Labels tab's own choice
    dialog.choice.picker.set_start(3)  # the first row already peeled off
    assert dialog.choice.start.value() == 3
    qtbot.wait(100)  # for the screenshot only
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "print-centre-run-labels-dialog.png"))
    page.grab().save(str(SCREENSHOTS / "print-centre-runs-labels-button.png"))

    seen = _from_the_preview(qtbot, dialog.accept, "print-centre-run-labels-preview.png")
    assert seen["title"] == f"Labels for print run {number}"
    reader = PdfReader(BytesIO(seen["pdf"]))  # type: ignore[arg-type]
    mm = 72 / 25.4
    height = float(reader.pages[0].mediabox.height)
    first_lines: list[tuple[str, int]] = []

    def visit(text, _cm, tm, _font, _size) -> None:
        for position in range(1, AVERY_L7163.per_sheet + 1):
            left, top, right, bottom = AVERY_L7163.label_box(position)
            x, y = tm[4] / mm, (height - tm[5]) / mm
            if text.strip() and left <= x <= right and top <= y <= bottom:
                first_lines.append((text.strip(), position))
                return

    reader.pages[0].extract_text(visitor_text=visit)
    names = [(text, position) for text, position in first_lines if text.startswith("M")]
    assert names == [
        ("Mr Jürgen WEISS", 3),
        ("Madame Claire AUBERT", 4),
        ("Madame Łucja WAŁĘSA", 5),
        ("Monsieur Дмитрий ИВАНОВ", 6),
    ]
    assert all(position >= 3 for _text, position in first_lines)

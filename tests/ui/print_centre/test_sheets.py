"""The Print centre's labels and call sheet tab: real PDFs, opened in the real preview."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.access import Actor
from app.clock import FixedClock
from app.labels import AVERY_L7163
from app.practice import PracticeDatabase
from app.settings import load_practice
from db.models import Channel, ConsentKind
from tests.helpers import ledger
from tests.helpers.calls import queue_calls
from tests.helpers.letters import queue_letters
from ui.context import UiContext
from ui.print_centre.page import PrintCentrePage
from ui.print_centre.sheets import LabelSheetChoice, SheetsTab
from ui.print_preview import PdfPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"
MM = 72 / 25.4


def _context(database: PracticeDatabase, admin: Actor, clock: FixedClock) -> UiContext:
    with database.read_session() as session:
        return UiContext(database, admin, clock, load_practice(session))


def _tab(qtbot: QtBot, context: UiContext) -> tuple[PrintCentrePage, SheetsTab]:
    page = PrintCentrePage(context)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.sheets_tab)
    return page, page.sheets_tab


def _from_the_preview(qtbot: QtBot, click, shot: str) -> dict[str, object]:
    """Click, then read what the real preview shows, look at it, and close it."""
    seen: dict[str, object] = {}

    def in_the_preview() -> None:
        dialogs = [
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, PdfPreviewDialog) and w.isVisible()
        ]  # fmt: skip
        if not dialogs:
            QTimer.singleShot(20, in_the_preview)
            return
        dialog = dialogs[0]
        seen["title"] = dialog.windowTitle()
        seen["pdf"] = Path(dialog.pdf).read_bytes()
        qtbot.wait(300)  # for the screenshot only
        SCREENSHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SCREENSHOTS / shot))
        dialog.reject()
        seen["closed"] = True

    QTimer.singleShot(0, in_the_preview)
    click()
    qtbot.waitUntil(lambda: "closed" in seen, timeout=20_000)
    return seen


def _words(pdf: bytes) -> list[tuple[str, float, float]]:
    """(text, x, y from the top) of every piece of text on the first page, in mm."""
    page = PdfReader(BytesIO(pdf)).pages[0]
    height = float(page.mediabox.height)
    found: list[tuple[str, float, float]] = []

    def visit(text, _cm, tm, _font, _size) -> None:
        if text.strip():
            found.append((text.strip(), tm[4] / MM, (height - tm[5]) / MM))

    page.extract_text(visitor_text=visit)
    return found


def test_labels_start_where_the_sheet_was_left(qtbot: QtBot, database, admin, clock) -> None:
    queue_letters(database, admin, clock)
    page, tab = _tab(qtbot, _context(database, admin, clock))
    tab.sheet_choice.setCurrentIndex(1)  # L7163: two columns of seven
    assert tab.start.maximum() == AVERY_L7163.per_sheet
    # Label 5 is the first of the third row, left column: click on it in the picture.
    left, top, right, bottom = AVERY_L7163.label_box(5)
    scale = tab.picker.sizeHint().width() / 210
    qtbot.mouseClick(
        tab.picker, Qt.MouseButton.LeftButton,
        pos=QPoint(round((left + right) / 2 * scale), round((top + bottom) / 2 * scale)),
    )  # fmt: skip
    assert tab.start.value() == 5
    SCREENSHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SCREENSHOTS / "print-centre-sheets.png"))

    seen = _from_the_preview(qtbot, tab.labels_button.click, "print-centre-labels-preview.png")
    assert seen["title"] == "Address labels"
    words = _words(seen["pdf"])  # type: ignore[arg-type]
    first = next(w for w in words if "WEISS" in w[0])  # postcode order: Berlin's 10115 first
    assert left <= first[1] <= right
    assert top <= first[2] <= bottom
    # Nothing on the four labels already peeled off (the first two rows).
    assert all(y >= top for _text, _x, y in words)


def test_the_picker_follows_the_arrow_keys(qtbot: QtBot, context: UiContext) -> None:
    tab = SheetsTab(context)
    qtbot.addWidget(tab)
    tab.show()
    assert isinstance(tab.label_choice, LabelSheetChoice)  # the Print runs tab's choice too
    assert tab.picker is tab.label_choice.picker
    tab.picker.setFocus()
    qtbot.keyClick(tab.picker, Qt.Key.Key_Right)
    qtbot.keyClick(tab.picker, Qt.Key.Key_Down)  # L7160 has three columns
    assert tab.start.value() == 5
    tab.start.setValue(21)
    assert tab.picker.start == 21
    tab.sheet_choice.setCurrentIndex(1)  # 14 labels: the start follows onto the sheet
    assert tab.start.value() == 14
    assert tab.picker.start == 14


def test_nothing_waiting_is_said_plainly(qtbot: QtBot, context: UiContext) -> None:
    tab = SheetsTab(context)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.print_call_sheet()
    qtbot.waitUntil(tab.message.isVisible)
    assert tab.message.text().endswith("No call is waiting today.")
    assert tab.print_labels()
    qtbot.waitUntil(lambda: "no label" in tab.message.text())
    assert tab.calls_button.isEnabled()


def test_the_call_sheet_opens_in_the_preview(qtbot: QtBot, database, admin, clock) -> None:
    patients = queue_calls(database, admin, clock, 3)
    _page, tab = _tab(qtbot, _context(database, admin, clock))
    seen = _from_the_preview(qtbot, tab.calls_button.click, "print-centre-calls-preview.png")
    assert seen["title"] == "Call sheet"
    reader = PdfReader(BytesIO(seen["pdf"]))  # type: ignore[arg-type]
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for name, _mobile, _landline in patients:
        assert name in text


def test_the_print_centre_has_its_tabs(qtbot: QtBot, context: UiContext) -> None:
    page = PrintCentrePage(context)
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())]
    assert titles == ["Letters", "Labels and call sheet", "Print runs", "Paper and envelopes"]
    page.resize(1000, 760)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.paper_tab)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SCREENSHOTS / "print-centre-paper.png"))


def test_labels_say_when_the_check_would_set_every_letter_aside(
    qtbot: QtBot, database, admin, clock
) -> None:
    paper = queue_letters(database, admin, clock)
    with database.transaction() as session:
        for patient_id in (paper.luc, paper.claire, paper.jurgen, paper.lucja, paper.dmitri,
                           paper.sofia):  # fmt: skip
            ledger.record(session, clock, admin, patient_id, "appointment_reminder",
                          Channel.LETTER, ConsentKind.OBJECTED)  # fmt: skip
    tab = SheetsTab(_context(database, admin, clock))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.print_labels()
    qtbot.waitUntil(tab.message.isVisible, timeout=10_000)
    assert tab.message.text().endswith(
        "The check before printing would set aside every letter waiting (6), "
        "so there is no label to print."
    )

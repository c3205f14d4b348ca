"""The Print centre clicked through: letters queued by a real dispatch, the real preview
printing to a PDF file, the question answered, then posted; the database checked after."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import letters
from app.access import Actor
from app.clock import FixedClock
from app.letters import LeftOut, NothingToPrint
from app.practice import PracticeDatabase
from app.settings import load_practice, save_practice
from db.models import Channel, ConsentKind, Message, MessageStatus
from tests.helpers import ledger
from tests.helpers.letters import PaperPatients, queue_letters
from ui.background import run_in_background
from ui.context import UiContext
from ui.i18n import install_translators, remove_translators
from ui.main_window import MainWindow
from ui.print_centre.page import PATIENT, PrintCentrePage
from ui.print_preview import PdfPreviewDialog

# The offscreen platform says this whenever a window is shown; it is not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"


@pytest.fixture
def paper(database: PracticeDatabase, admin: Actor, clock: FixedClock) -> PaperPatients:
    return queue_letters(database, admin, clock)


@pytest.fixture
def page_context(paper, database, admin, clock) -> UiContext:
    """The screen's context once the practice is set up (its settings read after)."""
    with database.read_session() as session:
        return UiContext(database, admin, clock, load_practice(session))


@pytest.fixture
def page(qtbot: QtBot, page_context: UiContext) -> PrintCentrePage:
    widget = PrintCentrePage(page_context)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.to_print_model.rowCount() == 6)
    return widget


def _statuses(database: PracticeDatabase) -> dict[int, MessageStatus]:
    with database.read_session() as session:
        return dict(
            session.execute(
                select(Message.patient_id, Message.status).where(Message.channel == Channel.LETTER)
            ).all()
        )


def _through_preview_and_question(
    qtbot: QtBot, tmp_path: Path, click: Callable[[], None], *, printed_ok: bool, shot: str
) -> dict[str, object]:
    """Click, then in the real preview print to a PDF file and close; answer the question."""
    seen: dict[str, object] = {}

    def preview() -> PdfPreviewDialog | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, PdfPreviewDialog) and widget.isVisible():
                return widget
        return None

    def in_the_preview() -> None:
        dialog = preview()
        if dialog is None:
            QTimer.singleShot(20, in_the_preview)
            return
        seen["title"] = dialog.windowTitle()
        seen["text"] = "\n".join(p.extract_text() for p in PdfReader(dialog.pdf).pages)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        printer.setResolution(150)  # enough to read back, quick to paint
        seen["printed"] = dialog.print_to(printer)
        qtbot.wait(300)  # for the screenshot only: the view renders pages in the background
        SCREENSHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SCREENSHOTS / shot))
        QTimer.singleShot(0, answer_the_question)
        dialog.reject()

    def answer_the_question() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_the_question)
            return
        seen["question"] = box.text()
        role = QMessageBox.ButtonRole.YesRole if printed_ok else QMessageBox.ButtonRole.NoRole
        (button,) = [b for b in box.buttons() if box.buttonRole(b) is role]
        button.click()
        seen["answered"] = True

    QTimer.singleShot(0, in_the_preview)
    click()
    qtbot.waitUntil(lambda: "answered" in seen, timeout=20_000)
    return seen


def test_the_page_lists_the_letters_and_passes_the_model_tester(
    page: PrintCentrePage, qtmodeltester
) -> None:
    qtmodeltester.check(page.to_print_model)
    qtmodeltester.check(page.to_post_model)
    model = page.to_print_model
    patients = [model.index(row, PATIENT).data() for row in range(model.rowCount())]
    assert patients == [
        "WEISS Jürgen",
        "ΠΑΠΑΔΟΠΟΎΛΟΥ Σοφία",
        "AUBERT Claire",
        "MARTIN Luc",
        "WAŁĘSA Łucja",
        "ИВАНОВ Дмитрий",
    ]
    row = [model.index(1, column).data() for column in range(model.columnCount())]
    assert row == [
        "ΠΑΠΑΔΟΠΟΎΛΟΥ Σοφία",
        "13002 Marseille",
        "Rappel de rendez-vous",  # purposes are named in the practice's language (French)
        "Thu 10 Dec, 14:30",
        "large print",
    ]
    assert page.to_print_box.title() == "To print (6)"
    assert page.print_button.text() == "Preview and print all (6)…"
    assert not page.posted_button.isEnabled()  # nothing printed yet
    assert page.nothing_to_post.isVisible()
    assert not page.to_post.isVisible()
    SCREENSHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SCREENSHOTS / "print-centre-waiting.png"))


def test_preview_print_say_yes_then_post(
    qtbot: QtBot, page: PrintCentrePage, database, admin, clock, paper, tmp_path
) -> None:
    with database.transaction() as session:
        # Luc objects after his letter was queued: the check before printing leaves him out.
        ledger.record(session, clock, admin, paper.luc, "appointment_reminder", Channel.LETTER,
                      ConsentKind.OBJECTED)  # fmt: skip
    seen = _through_preview_and_question(
        qtbot, tmp_path, page.print_button.click, printed_ok=True, shot="print-centre-preview.png"
    )
    assert seen["title"] == "Letters to print"
    assert seen["question"] == "Did the letters print correctly?"
    assert "Monsieur Дмитрий ИВАНОВ" in str(seen["text"])
    assert "Luc MARTIN" not in str(seen["text"])
    assert seen["printed"] == 7  # the cover sheet, five letters, Sofia's on two pages
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 7
    qtbot.waitUntil(lambda: page.to_post_model.rowCount() == 5)
    assert page.to_print_model.rowCount() == 0
    assert "5 letter(s) marked printed" in page.message.text()
    assert "Kept as print run 1, for an identical reprint." in page.message.text()
    assert "MARTIN Luc (the patient objected since it was planned)" in page.message.text()
    page.grab().save(str(SCREENSHOTS / "print-centre-printed.png"))
    statuses = _statuses(database)
    assert statuses.pop(paper.luc) is MessageStatus.CANCELLED
    assert set(statuses.values()) == {MessageStatus.PRINTED}

    # Two envelopes go today: select them, mark them posted.
    assert page.posted_button.text() == "Mark all posted (5)"
    selection = page.to_post.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 1):
        selection.select(page.to_post_model.index(row, 0), flags)
    assert page.posted_button.text() == "Mark the selected posted (2)"
    qtbot.mouseClick(page.posted_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.to_post_model.rowCount() == 3)
    statuses = _statuses(database)
    assert statuses[paper.jurgen] is MessageStatus.POSTED
    assert statuses[paper.sofia] is MessageStatus.POSTED
    assert sorted(statuses.values()).count(MessageStatus.PRINTED) == 3
    page.grab().save(str(SCREENSHOTS / "print-centre.png"))


def test_answering_no_keeps_the_letters_to_print(
    qtbot: QtBot, page: PrintCentrePage, database, paper, tmp_path
) -> None:
    selection = page.to_print.selectionModel()
    selection.select(
        page.to_print_model.index(3, 0),  # MARTIN Luc only
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert page.print_button.text() == "Preview and print the selected (1)…"
    seen = _through_preview_and_question(
        qtbot, tmp_path, page.print_current, printed_ok=False, shot="print-centre-preview-one.png"
    )
    assert "Monsieur Luc MARTIN" in str(seen["text"])
    assert "Jürgen" not in str(seen["text"])  # only the selected letter
    qtbot.waitUntil(lambda: "Nothing was marked printed" in page.message.text())
    assert set(_statuses(database).values()) == {MessageStatus.QUEUED}
    qtbot.waitUntil(lambda: page.to_print_model.rowCount() == 6)


def test_today_s_print_run_opens_the_print_centre(qtbot: QtBot, page_context: UiContext) -> None:
    window = MainWindow(page_context, unlocker=lambda _context, _parent: False)
    qtbot.addWidget(window)
    window.show()
    today = window.current_page()
    button = today.print_centre_button  # type: ignore[union-attr]
    qtbot.waitUntil(button.isVisible)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == "print_centre"
    page = window.current_page()
    assert isinstance(page, PrintCentrePage)
    qtbot.waitUntil(lambda: page.to_print_model.rowCount() == 6)
    window.close()


# -- the print centre in the user's language (issue 5) ----------------------------------


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "fr")
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale.c())


def _said(sentence: str, count: int = -1) -> str:
    """What the page's own tr() says for ``sentence`` with the catalogue installed now."""
    return QCoreApplication.translate("PrintCentrePage", sentence, "", count)


def test_in_french_the_progress_and_the_letters_left_out_are_the_page_s_words(
    qtbot: QtBot, french: None, page: PrintCentrePage, database, admin, clock, paper, tmp_path
) -> None:
    with database.transaction() as session:
        ledger.record(session, clock, admin, paper.luc, "appointment_reminder", Channel.LETTER,
                      ConsentKind.OBJECTED)  # fmt: skip
    labels: list[str] = []
    # Six letters render before the progress dialog would show (500 ms): the one database
    # worker is held until it shows, so that the run is watched from its first step.
    release = threading.Event()
    run_in_background(None, "Holding the worker", lambda _progress: release.wait(20))

    def watch_the_progress() -> None:
        shown = [dialog for dialog in page.findChildren(QProgressDialog) if dialog.isVisible()]
        labels.extend(dialog.labelText() for dialog in shown)
        if shown:
            release.set()
        if page.rendering:
            QTimer.singleShot(5, watch_the_progress)

    QTimer.singleShot(0, watch_the_progress)
    try:
        _through_preview_and_question(
            qtbot, tmp_path, page.print_button.click, printed_ok=False, shot="print-centre-fr.png"
        )
    finally:
        release.set()
    qtbot.waitUntil(lambda: "MARTIN Luc" in page.message.text())
    text = page.message.text()
    why = "consent: objected since it was planned"  # LeftOut.why, the app's English
    assert why not in text
    reason = _said("the patient objected since it was planned")
    assert f"MARTIN Luc ({reason})" in text
    if reason != "the patient objected since it was planned":  # once translated
        assert "the patient objected" not in text
    assert _said("%n letter(s) not printed: %1.", 1).replace("%1", f"MARTIN Luc ({reason})") in text
    page.grab().save(str(SCREENSHOTS / "print-centre-left-out-fr.png"))
    # The progress steps the app reports in English are shown as the page's sentences.
    assert page.describe_progress(letters.READING) == _said("Checking and reading the letters")
    assert page.describe_progress(letters.LAYING_OUT) == _said("Laying out the letters")
    shown = {label for label in labels if label}
    steps = {_said("Checking and reading the letters"), _said("Laying out the letters")}
    assert shown & steps, labels  # the dialog said at least one step while the run went on
    assert shown <= steps | {_said("Preparing the letters")}, labels
    if _said("Checking and reading the letters") != letters.READING:  # once translated
        assert letters.READING not in shown


def test_each_reason_a_letter_is_left_out_is_a_sentence_of_the_page(page: PrintCentrePage) -> None:
    sentences = {
        ("expired", "no longer relevant"): "no longer relevant",
        ("cancelled", "patient moved"): "the patient has moved away",
        ("cancelled", "patient erased"): "the patient's record was erased",
        ("cancelled", "what was due changed (moved or cancelled)"): (
            "what it was about was moved or cancelled"
        ),
        ("cancelled", "consent: withdrawn since it was planned"): (
            "consent was withdrawn since it was planned"
        ),
        ("cancelled", "preferences changed since it was planned"): (
            "the preferences changed since it was planned"
        ),
        ("cancelled", "the contact point is no longer usable"): (
            "the postal address can no longer be used"
        ),
        ("cancelled", "cap reached at send time"): (
            "the patient already had as many messages as allowed for now"
        ),
        ("rescheduled", "quiet time for this patient"): (
            "quiet time for this patient: it comes back to the list later"
        ),
    }
    for (outcome, why), sentence in sentences.items():
        item = LeftOut(1, "MARTIN Luc", outcome, why)
        assert item.reason != "other", why
        assert page.left_out_reason(item) == _said(sentence), why
    broken = LeftOut(1, "MARTIN Luc", "template", "template: 'nom' is undefined")
    assert page.left_out_reason(broken) == _said("its template must be fixed: %1").replace(
        "%1", "'nom' is undefined"
    )
    # A reason the app has no code for yet is said in its own words rather than lost.
    odd = LeftOut(1, "MARTIN Luc", "cancelled", "a reason nobody foresaw")
    assert page.left_out_reason(odd) == "a reason nobody foresaw"


def test_a_practice_without_a_phone_is_told_to_fill_it_in_settings(
    qtbot: QtBot, page: PrintCentrePage, database, admin, clock
) -> None:
    with database.transaction() as session:
        settings = load_practice(session)
        save_practice(session, clock, admin, dataclasses.replace(settings, phone=""))
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.isVisible() and not page.rendering)
    text = page.message.text()
    assert (
        _said(
            "The practice has no phone number, and a letter must say how to reach it. "
            "Add it in Settings (the practice's details), then print again."
        )
        in text
    )
    assert "Settings" in text
    assert "(Settings): a letter must say" not in text  # not the app's English message
    assert set(_statuses(database).values()) == {MessageStatus.QUEUED}


def test_nothing_to_print_is_said_by_its_code_and_count(page: PrintCentrePage) -> None:
    set_aside = (
        LeftOut(1, "MARTIN Luc", "cancelled", "consent: objected since it was planned"),
        LeftOut(2, "AUBERT Claire", "expired", "no longer relevant"),
    )
    error = NothingToPrint(
        "No letter is left to print: 2 set aside by the check before printing.",
        set_aside,
        code="all_set_aside",
        params={"count": 2},
    )
    text = page.refusal_text(error)
    assert text.startswith(
        _said("No letter is left to print: the check before printing set %n aside.", 2)
    )
    assert "set 2 aside" in text
    assert f"AUBERT Claire ({_said('no longer relevant')})" in text
    assert page.refusal_text(NothingToPrint("No letters are waiting to be printed.")) == _said(
        "No letter is waiting to be printed."
    )

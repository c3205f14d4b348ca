"""Print preview: real PDFs printed on a real (PDF-writing) QPrinter; the dialog and its buttons."""

from __future__ import annotations

import itertools
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import DictionaryObject, NumberObject
from PySide6.QtCore import QLocale, QMarginsF, QObject, QSize, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from app.errors import RelaisError
from app.tasks import Progress
from ui.print_preview import (
    MAX_RENDER_DPI,
    VIEWER_COPY_PREFIX,
    PdfPreviewDialog,
    PrintCancelled,
    PrintError,
    print_pdf,
    print_pdf_pages,
    remove_viewer_copies,
)

# The offscreen platform says this whenever a dialog is shown; it is not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
A4_POINTS = (595.28, 841.89)
FRAME_INSET = 1 / 2.54 * 72  # make_pdf draws a frame 1 cm inside the edge
# Rendering at 1200 dpi (HighResolution PDF output) costs about a second a page;
# tests that are not about sharpness print at 150 dpi.
FAST_DPI = 150


def make_pdf(path: Path, pages: int = 3) -> Path:
    """A4 pages, each with "Page N", a huge digit (tells pages apart in a raster) and a
    frame 1 cm inside the edge (shows an offset or a wrong scale at a glance)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfgen import canvas

    width, height = A4
    document = canvas.Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        document.setLineWidth(2)
        document.rect(1 * cm, 1 * cm, width - 2 * cm, height - 2 * cm)
        document.setFont("Helvetica", 28)
        document.drawString(2 * cm, height - 3 * cm, f"Page {number}")
        document.setFont("Helvetica-Bold", 400)
        document.drawCentredString(width / 2, height / 2 - 140, str(number))
        document.showPage()
    document.save()
    return path


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "consent-form.pdf")


def pdf_printer(output: Path, dpi: int | None = FAST_DPI) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(output))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if dpi is not None:
        printer.setResolution(dpi)
    return printer


def thumbnail(pdf: Path, index: int) -> QImage:
    """The page small and grey, on white: PDFium leaves unpainted paper transparent."""
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    page = document.render(index, QSize(60, 85))
    document.close()
    image = QImage(page.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def greys(image: QImage) -> list[int]:
    return [
        image.pixelColor(x, y).lightness()
        for y in range(image.height())
        for x in range(image.width())
    ]


def source_page_of(printed: Path, printed_index: int, source: Path) -> int:
    """The 0-based page of ``source`` that a printed page looks most like.

    Printing rasterises and JPEG-compresses, so pages are never identical; the
    big digits make the right page the nearest by far.
    """
    printed_greys = greys(thumbnail(printed, printed_index))
    document = QPdfDocument()
    assert document.load(str(source)) == QPdfDocument.Error.None_
    page_count = document.pageCount()
    document.close()
    distances = [
        sum(abs(a - b) for a, b in zip(printed_greys, greys(thumbnail(source, index)), strict=True))
        for index in range(page_count)
    ]
    return distances.index(min(distances))


def frame_edges(pdf: Path, index: int = 0) -> tuple[float, float, float, float]:
    """Left, top, right and bottom of the page's frame, in points from the top left.

    Read along the middle row and along a column right of the big digit, where
    the frame is the only ink.
    """
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    size = document.pagePointSize(index)
    width, height = round(size.width()), round(size.height())
    image = document.render(index, QSize(width, height))
    document.close()

    def dark(x: int, y: int) -> bool:
        colour = image.pixelColor(x, y)
        return colour.alpha() > 128 and colour.lightness() < 160

    row = [x for x in range(width) if dark(x, height // 2)]
    column = [y for y in range(height) if dark(500, y)]
    return float(row[0]), float(column[0]), float(row[-1]), float(column[-1])


def page_images(page: pypdf.PageObject) -> list[DictionaryObject]:
    resources = page["/Resources"].get_object()
    assert isinstance(resources, DictionaryObject)
    xobjects = resources.get("/XObject", DictionaryObject()).get_object()
    assert isinstance(xobjects, DictionaryObject)
    found = [xobject.get_object() for xobject in xobjects.values()]
    return [
        xobject
        for xobject in found
        if isinstance(xobject, DictionaryObject) and xobject.get("/Subtype") == "/Image"
    ]


def check_printed(output: Path, pages: int) -> pypdf.PdfReader:
    reader = pypdf.PdfReader(output)
    assert len(reader.pages) == pages
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(A4_POINTS[0], abs=2)
        assert float(page.mediabox.height) == pytest.approx(A4_POINTS[1], abs=2)
        assert page_images(page), "every printed page carries the rendered page as an image"
    return reader


# -- print_pdf --------------------------------------------------------------------------------


def test_print_pdf_prints_every_page_at_the_printer_resolution(
    qapp: QApplication, pdf: Path, tmp_path: Path
) -> None:
    output = tmp_path / "printed.pdf"
    printer = pdf_printer(output, dpi=None)  # what HighResolution gives: 1200 dpi for PDF
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)

    assert print_pdf(pdf, printer) == 3

    reader = check_printed(output, 3)
    for index, page in enumerate(reader.pages):
        [image] = page_images(page)
        width = image["/Width"]
        assert isinstance(width, NumberObject)
        pixels_per_inch = int(width) / (float(page.mediabox.width) / 72)
        assert pixels_per_inch == pytest.approx(min(printer.resolution(), MAX_RENDER_DPI), rel=0.01)
        assert source_page_of(output, index, pdf) == index
        # No margins: the page comes out at its real size, exactly where it was.
        assert frame_edges(output, index) == pytest.approx(frame_edges(pdf, index), abs=1)


def test_print_pdf_prints_only_the_range(qapp: QApplication, pdf: Path, tmp_path: Path) -> None:
    output = tmp_path / "printed.pdf"

    assert print_pdf(pdf, pdf_printer(output), first_page=2, last_page=3) == 2

    check_printed(output, 2)
    assert source_page_of(output, 0, pdf) == 1
    assert source_page_of(output, 1, pdf) == 2


def test_print_pdf_from_a_page_to_the_end(qapp: QApplication, pdf: Path, tmp_path: Path) -> None:
    output = tmp_path / "printed.pdf"

    assert print_pdf(pdf, pdf_printer(output), first_page=3) == 1

    check_printed(output, 1)
    assert source_page_of(output, 0, pdf) == 2


def test_pages_out_of_order_and_with_gaps(qapp: QApplication, pdf: Path, tmp_path: Path) -> None:
    output = tmp_path / "printed.pdf"

    assert print_pdf_pages(pdf, pdf_printer(output), [3, 1]) == 2

    assert source_page_of(output, 0, pdf) == 2
    assert source_page_of(output, 1, pdf) == 0


@pytest.mark.parametrize(("first", "last"), [(0, 2), (2, 1), (1, 4), (4, None)])
def test_a_range_outside_the_document_is_refused(
    qapp: QApplication, pdf: Path, tmp_path: Path, first: int, last: int | None
) -> None:
    output = tmp_path / "printed.pdf"
    with pytest.raises(ValueError, match="not within 1-3"):
        print_pdf(pdf, pdf_printer(output), first, last)
    assert not output.exists()


def test_the_page_prints_at_its_real_size_whatever_the_printer_s_margins(
    qapp: QApplication, pdf: Path, tmp_path: Path
) -> None:
    """Fitted into a printable area the page would shrink and a letter's address would
    leave the envelope's window: it is printed at 100 % from the paper's corner."""
    output = tmp_path / "printed.pdf"
    printer = pdf_printer(output)
    printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)

    print_pdf(pdf, printer, 1, 1)

    page_width, page_height = A4_POINTS
    expected = (
        FRAME_INSET,
        FRAME_INSET,
        page_width - FRAME_INSET,
        page_height - FRAME_INSET,
    )
    assert frame_edges(output) == pytest.approx(expected, abs=2)


def test_a_page_larger_than_the_paper_is_shrunk_and_centred(
    qapp: QApplication, pdf: Path, tmp_path: Path
) -> None:
    output = tmp_path / "printed.pdf"
    printer = pdf_printer(output)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))  # 612 x 792 pt: shorter

    print_pdf(pdf, printer, 1, 1)

    page_width, page_height = A4_POINTS
    paper_width, paper_height = 612.0, 792.0
    scale = min(paper_width / page_width, paper_height / page_height)
    left = (paper_width - page_width * scale) / 2
    top = (paper_height - page_height * scale) / 2
    expected = (
        left + FRAME_INSET * scale,
        top + FRAME_INSET * scale,
        left + (page_width - FRAME_INSET) * scale,
        top + (page_height - FRAME_INSET) * scale,
    )
    assert frame_edges(output) == pytest.approx(expected, abs=2)


def test_a_missing_pdf_is_a_clear_error(qapp: QApplication, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.pdf"
    with pytest.raises(PrintError, match="does not exist") as raised:
        print_pdf(missing, pdf_printer(tmp_path / "printed.pdf"))
    assert str(missing) in str(raised.value)
    assert isinstance(raised.value, RelaisError)


def test_a_damaged_pdf_is_a_clear_error(qapp: QApplication, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4\nthis is not really a PDF")
    with pytest.raises(PrintError, match="not a PDF or it is damaged") as raised:
        print_pdf(damaged, pdf_printer(tmp_path / "printed.pdf"))
    assert str(damaged) in str(raised.value)


# QPainter says this when a printer cannot start; the PrintError is what we check.
@pytest.mark.qt_log_ignore("QPainter::begin", "This plugin does not support propagateSizeHints")
def test_a_printer_that_cannot_start_is_a_clear_error(
    qapp: QApplication, pdf: Path, tmp_path: Path
) -> None:
    printer = pdf_printer(tmp_path / "no such folder" / "printed.pdf")
    with pytest.raises(PrintError, match="is not available") as raised:
        print_pdf(pdf, printer)
    assert str(pdf) in str(raised.value)
    assert "printed.pdf" in str(raised.value)


# -- the dialog ------------------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot: QtBot, pdf: Path) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(pdf, "Consent form")
    qtbot.addWidget(dialog)
    return dialog


def answer_next_modal(qtbot: QtBot, answer: Callable[[QApplication, object], None]) -> list[object]:
    """Run ``answer`` on the next modal dialog once its event loop runs; returns it in a list."""
    seen: list[object] = []

    def on_modal() -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        modal = app.activeModalWidget()
        if modal is None:  # the dialog has not opened yet
            QTimer.singleShot(10, on_modal)
            return
        seen.append(modal)
        answer(app, modal)

    QTimer.singleShot(0, on_modal)
    return seen


def read_and_close_message(qtbot: QtBot) -> list[str]:
    texts: list[str] = []

    def answer(_app: QApplication, modal: object) -> None:
        assert isinstance(modal, QMessageBox)
        texts.append(modal.text())
        modal.accept()

    answer_next_modal(qtbot, answer)
    return texts


def test_the_dialog_shows_the_whole_document(dialog: PdfPreviewDialog) -> None:
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == 3
    assert dialog.page_label.text() == "Page 1 of 3"
    assert dialog.windowTitle() == "Consent form"
    assert dialog.view.pageMode() == dialog.view.PageMode.MultiPage
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth
    for widget in (dialog.view, dialog.print_button, dialog.save_button, dialog.close_button):
        assert widget.accessibleName()
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= min(800, screen.width())
    assert dialog.height() <= min(900, screen.height())


def test_a_damaged_pdf_is_refused_by_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"garbage")
    with pytest.raises(PrintError, match="damaged"):
        PdfPreviewDialog(damaged, "Consent form")


def test_show_pdf_says_why_it_cannot_show_a_file(qtbot: QtBot, tmp_path: Path) -> None:
    missing = tmp_path / "gone.pdf"
    texts = read_and_close_message(qtbot)

    PdfPreviewDialog.show_pdf(missing, "Consent form")

    assert texts
    assert str(missing) in texts[0]


def test_the_print_button_prints_what_the_print_dialog_chose(
    qtbot: QtBot, dialog: PdfPreviewDialog, pdf: Path, tmp_path: Path
) -> None:
    output = tmp_path / "from-dialog.pdf"

    def choose_pages_two_and_three_into_a_file(_app: QApplication, modal: object) -> None:
        # The real Qt print dialog: on a machine without printers it offers
        # "Print to File (PDF)", so filling in its own fields is what a user does.
        assert isinstance(modal, QPrintDialog)
        assert modal.minPage() == 1
        assert modal.maxPage() == 3
        assert modal.printer().pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
        filename = modal.findChild(QLineEdit, "filename")
        assert filename is not None
        filename.setText(str(output))
        range_button = modal.findChild(QRadioButton, "printRange")
        first = modal.findChild(QSpinBox, "from")
        last = modal.findChild(QSpinBox, "to")
        assert range_button is not None
        assert first is not None
        assert last is not None
        range_button.setChecked(True)
        first.setValue(2)
        last.setValue(3)
        modal.printer().setResolution(FAST_DPI)
        modal.accept()

    opened = answer_next_modal(qtbot, choose_pages_two_and_three_into_a_file)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)

    assert opened
    check_printed(output, 2)
    assert source_page_of(output, 0, pdf) == 1
    assert dialog.status_label.text() == "2 page(s) sent to from-dialog.pdf"


def test_ctrl_p_opens_the_print_dialog_and_cancel_prints_nothing(
    qtbot: QtBot, dialog: PdfPreviewDialog, tmp_path: Path
) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)

    def cancel(_app: QApplication, modal: object) -> None:
        assert isinstance(modal, QPrintDialog)
        modal.reject()

    opened = answer_next_modal(qtbot, cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    assert opened
    assert dialog.status_label.text() == ""
    assert list(tmp_path.glob("*.pdf")) == [tmp_path / "consent-form.pdf"]


def test_print_to_prints_the_pages_listed_in_the_printer(
    dialog: PdfPreviewDialog, pdf: Path, tmp_path: Path
) -> None:
    output = tmp_path / "printed.pdf"
    printer = pdf_printer(output)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    ranges = printer.pageRanges()
    ranges.addPage(1)
    ranges.addPage(3)
    printer.setPageRanges(ranges)

    assert dialog.print_to(printer) == 2

    assert source_page_of(output, 0, pdf) == 0
    assert source_page_of(output, 1, pdf) == 2
    assert dialog.status_label.text() == "2 page(s) sent to printed.pdf"


# QPainter says this when a printer cannot start; the message box is what we check.
# (A mark on the test replaces the module's, so the offscreen notice is repeated.)
@pytest.mark.qt_log_ignore("QPainter::begin", "This plugin does not support propagateSizeHints")
def test_print_to_a_printer_that_cannot_start_says_why(
    qtbot: QtBot, dialog: PdfPreviewDialog, tmp_path: Path
) -> None:
    texts = read_and_close_message(qtbot)

    printed = dialog.print_to(pdf_printer(tmp_path / "no such folder" / "printed.pdf"))

    assert printed == 0
    assert texts
    assert "is not available" in texts[0]
    assert dialog.status_label.text() == "Not printed."


def test_save_as_pdf_writes_an_identical_copy(
    qtbot: QtBot,
    dialog: PdfPreviewDialog,
    pdf: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "saved" / "copy.pdf"
    target.parent.mkdir()
    target.write_bytes(b"an older copy")
    monkeypatch.setattr(dialog, "choose_save_path", lambda: target)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert target.read_bytes() == pdf.read_bytes()
    assert list(target.parent.iterdir()) == [target], "no partial file is left behind"
    assert dialog.status_label.text() == f"Saved as {target}."


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "read-only"
    folder.mkdir()
    (folder / "copy.pdf").write_bytes(b"an older copy")
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield folder
    folder.chmod(stat.S_IRWXU)


def test_saving_into_a_read_only_folder_says_where_and_why(
    qtbot: QtBot,
    dialog: PdfPreviewDialog,
    read_only_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if os.access(read_only_folder, os.W_OK):
        # Root ignores permission bits; to run this as root on Linux:
        # capsh --drop=cap_dac_override,cap_dac_read_search -- -c ".venv/bin/python -m pytest ..."
        pytest.skip("this account writes into read-only folders anyway (root, or Windows)")
    target = read_only_folder / "copy.pdf"
    monkeypatch.setattr(dialog, "choose_save_path", lambda: target)
    texts = read_and_close_message(qtbot)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert texts
    assert str(target) in texts[0]
    assert "Permission denied" in texts[0]
    assert target.read_bytes() == b"an older copy"
    assert list(read_only_folder.iterdir()) == [target]
    assert dialog.status_label.text() == "Not saved."


def test_saving_into_a_folder_that_is_gone_says_where_and_why(
    qtbot: QtBot, dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Unlike the read-only case, this fails for every account, root included.
    target = tmp_path / "unplugged USB stick" / "copy.pdf"
    monkeypatch.setattr(dialog, "choose_save_path", lambda: target)
    texts = read_and_close_message(qtbot)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert texts
    assert str(target) in texts[0]
    assert "No such file or directory" in texts[0]
    assert not target.parent.exists()
    assert dialog.status_label.text() == "Not saved."


def test_cancelling_the_save_dialog_saves_nothing(
    qtbot: QtBot, dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialog, "choose_save_path", lambda: None)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.status_label.text() == ""
    assert list(tmp_path.iterdir()) == [tmp_path / "consent-form.pdf"]


def test_screenshot_and_printed_page(
    qtbot: QtBot, dialog: PdfPreviewDialog, tmp_path: Path
) -> None:
    """A picture of the dialog to look at, after a print so the status line shows."""
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.resize(800, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.print_to(pdf_printer(tmp_path / "printed.pdf"))
    # QPdfView renders pages on a worker thread: wait until the first one has ink.
    qtbot.waitUntil(
        lambda: min(greys(dialog.view.viewport().grab().toImage().scaled(100, 100))) < 100
    )
    assert dialog.grab().save(str(SCREENSHOTS / "print-preview.png"))


def test_the_page_label_follows_the_scrolling(qtbot: QtBot, dialog: PdfPreviewDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    scroll_bar = dialog.view.verticalScrollBar()

    scroll_bar.setValue(scroll_bar.maximum())

    qtbot.waitUntil(lambda: dialog.page_label.text() == "Page 3 of 3")


def test_print_current_page_prints_the_page_in_view(
    qtbot: QtBot, dialog: PdfPreviewDialog, pdf: Path, tmp_path: Path
) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.view.verticalScrollBar().setValue(dialog.view.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: dialog.page_label.text() == "Page 3 of 3")
    output = tmp_path / "printed.pdf"
    printer = pdf_printer(output)
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)

    assert dialog.print_to(printer) == 1

    assert source_page_of(output, 0, pdf) == 2


# -- long runs: progress, cancel, a live window ----------------------------------------------

LONG_RUN = 12


def progress_dialog_of(dialog: PdfPreviewDialog) -> QProgressDialog | None:
    shown = [child for child in dialog.findChildren(QProgressDialog) if child.isVisible()]
    return shown[0] if shown else None


class Watcher:
    """Looks at the preview every 20 ms while it prints, as the event loop allows:
    counts its own ticks (the window is live) and notes what the progress dialog says."""

    def __init__(self, dialog: PdfPreviewDialog, on_tick: Callable[[QProgressDialog], None]):
        self.dialog = dialog
        self.on_tick = on_tick
        self.ticks = 0
        self.tick_times: list[float] = []
        self.maximums: set[int] = set()
        self.values: list[int] = []
        self.labels: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        self.ticks += 1
        self.tick_times.append(time.monotonic())
        progress = progress_dialog_of(self.dialog)
        if progress is None:
            return
        self.maximums.add(progress.maximum())
        self.values.append(progress.value())
        self.labels.append(progress.labelText())
        self.on_tick(progress)

    def stop(self) -> None:
        self.timer.stop()


def test_a_long_run_shows_page_after_page_while_the_window_stays_live(
    qtbot: QtBot, tmp_path: Path
) -> None:
    source = make_pdf(tmp_path / "letters.pdf", pages=LONG_RUN)
    dialog = PdfPreviewDialog(source, "Letters to print")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    output = tmp_path / "printed.pdf"
    SCREENSHOTS.mkdir(exist_ok=True)
    shots: list[Path] = []

    def grab_once_under_way(progress: QProgressDialog) -> None:
        if not shots and progress.value() >= 3:
            shot = SCREENSHOTS / "print-progress.png"
            assert progress.grab().save(str(shot))
            shots.append(shot)
            # The preview behind it: its buttons wait, Close has become Cancel printing.
            assert dialog.grab().save(str(SCREENSHOTS / "print-preview-printing.png"))

    watcher = Watcher(dialog, grab_once_under_way)
    started = time.monotonic()
    printed = dialog.print_to(pdf_printer(output))
    seconds = time.monotonic() - started
    watcher.stop()

    assert printed == LONG_RUN
    check_printed(output, LONG_RUN)
    assert source_page_of(output, LONG_RUN - 1, source) == LONG_RUN - 1
    assert dialog.status_label.text() == f"{LONG_RUN} page(s) sent to printed.pdf"
    # The dialog counted the run's pages, one after the other, up to the last.
    assert watcher.maximums == {LONG_RUN}
    assert watcher.values == sorted(watcher.values)
    # "Page 4 of 12" (once the worker's first page is under way), numbers only rising.
    numbers = [
        int(label.removeprefix("Page ").split(" ")[0])
        for label in watcher.labels
        if label.startswith("Page ")
    ]
    assert numbers
    assert numbers == sorted(numbers)
    assert all(
        label.endswith(f" of {LONG_RUN}") for label in watcher.labels if label.startswith("Page ")
    )
    assert shots, "the progress dialog was seen under way"
    # The event loop ran all along, where a run painted on the GUI thread would let no
    # tick through until it ended.  (Loose bounds: the machine may be busy.)
    gaps = [later - earlier for earlier, later in itertools.pairwise(watcher.tick_times)]
    assert watcher.ticks >= 5
    assert max(gaps) < seconds / 2
    assert dialog.print_job is None
    assert dialog.print_button.isEnabled()
    assert progress_dialog_of(dialog) is None


@pytest.mark.parametrize("how", ["progress dialog's Cancel", "preview's Close"])
def test_cancel_stops_the_run_and_nothing_is_printed(
    qtbot: QtBot, tmp_path: Path, how: str
) -> None:
    source = make_pdf(tmp_path / "letters.pdf", pages=LONG_RUN)
    dialog = PdfPreviewDialog(source, "Letters to print")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    output = tmp_path / "printed.pdf"
    cancelled_at: list[int] = []

    def cancel_after_two_pages(progress: QProgressDialog) -> None:
        if cancelled_at or progress.value() < 2:
            return
        cancelled_at.append(progress.value())
        assert not dialog.print_button.isEnabled()
        assert dialog.close_button.text() == "Cancel printing"
        if how == "progress dialog's Cancel":
            cancel = progress.findChild(QPushButton)
            assert cancel is not None
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        else:
            dialog.close_button.click()
            assert dialog.isVisible(), "Close while printing cancels, it does not close"

    watcher = Watcher(dialog, cancel_after_two_pages)
    messages = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    # At 300 dpi a page takes most of a second: the cancel lands long before the end
    # even when the machine is busy.
    printed = dialog.print_to(pdf_printer(output, dpi=MAX_RENDER_DPI))
    watcher.stop()

    assert cancelled_at
    assert printed == 0
    assert not output.exists(), "the partial PDF is discarded"
    status = dialog.status_label.text()
    assert status.startswith("Printing cancelled at page ")
    assert status.endswith(f" of {LONG_RUN}: nothing was printed.")
    stopped_at = int(status.removeprefix("Printing cancelled at page ").split(" ")[0])
    assert cancelled_at[0] <= stopped_at < LONG_RUN
    assert "sent to" not in status
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)] == messages
    # The preview is as usable as before: it prints again, and closes.
    assert dialog.isVisible()
    assert dialog.print_button.isEnabled()
    assert dialog.close_button.text() == "Close"
    again = tmp_path / "again.pdf"
    printer = pdf_printer(again)
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert dialog.print_to(printer) == 1
    check_printed(again, 1)
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_print_pdf_with_a_cancelled_progress_prints_nothing(
    qapp: QApplication, tmp_path: Path
) -> None:
    source = make_pdf(tmp_path / "letters.pdf", pages=3)
    output = tmp_path / "printed.pdf"
    progress = Progress()
    progress.cancel()

    with pytest.raises(PrintCancelled) as raised:
        print_pdf(source, pdf_printer(output), progress=progress, page_message="Page %1 of %2")

    assert (raised.value.pages_done, raised.value.pages_total) == (0, 3)
    assert raised.value.discarded
    assert not output.exists()


class RecordedProgress(Progress):
    """A real Progress that also keeps every step it was told, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.steps: list[tuple[int, int | None, str | None]] = []

    def update(self, done: int, total: int | None = None, message: str | None = None) -> None:
        self.steps.append((done, total, message))
        super().update(done, total, message)


def test_print_pdf_reports_each_page(qapp: QApplication, tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "letters.pdf", pages=3)
    progress = RecordedProgress()

    printed = print_pdf(
        source, pdf_printer(tmp_path / "printed.pdf"), 2, 3, progress, "Page %1 of %2"
    )

    assert printed == 2
    assert progress.steps == [(0, 2, "Page 1 of 2"), (1, 2, "Page 2 of 2"), (2, 2, "Page 2 of 2")]
    assert progress.snapshot() == (2, 2, "Page 2 of 2")


# -- the system viewer --------------------------------------------------------------------------


class UrlCatcher(QObject):
    """Stands where the desktop's file handler stands: QDesktopServices hands it the URL."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def file_urls() -> Iterator[UrlCatcher]:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open_url")
    yield catcher
    QDesktopServices.unsetUrlHandler("file")


def test_open_in_the_system_viewer_hands_over_a_private_copy(
    qtbot: QtBot, dialog: PdfPreviewDialog, pdf: Path, file_urls: UrlCatcher
) -> None:
    stale = Path(tempfile.gettempdir()) / f"{VIEWER_COPY_PREFIX}left-by-a-crash.pdf"
    stale.write_bytes(b"yesterday's letters")
    two_days_ago = time.time() - 2 * 24 * 60 * 60
    os.utime(stale, (two_days_ago, two_days_ago))

    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    [url] = file_urls.urls
    copy = Path(url.toLocalFile())
    assert url.isLocalFile()
    assert copy != pdf
    assert copy.parent == Path(tempfile.gettempdir())
    assert copy.name.startswith(VIEWER_COPY_PREFIX)
    assert "consent" not in copy.name, "the name says nothing of the content"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert copy.read_bytes() == pdf.read_bytes()
    assert len(pypdf.PdfReader(copy).pages) == 3
    assert dialog.status_label.text() == "Opened in the system viewer."
    assert not stale.exists(), "a day-old copy from an earlier run is removed"

    # The preview closing leaves the copy to the viewer; Relais exiting removes it.
    dialog.close_button.click()
    assert copy.exists()
    remove_viewer_copies()
    assert not copy.exists()


@pytest.fixture
def american_numbers() -> Iterator[None]:
    """Numbers grouped as the user reads them ("1,097"); the C locale groups nothing."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_a_cancel_on_a_real_printer_says_the_pages_sent_may_still_print(
    dialog: PdfPreviewDialog, american_numbers: None
) -> None:
    """Qt withdraws no spooled job (see print_preview._discard): the status says so
    rather than "nothing was printed".  No printer here, so the outcome is handed in."""
    dialog._not_printed(PrintCancelled(pages_done=4, pages_total=1097, discarded=False))

    assert dialog.status_label.text() == (
        "Printing cancelled at page 5 of 1,097: the pages before it had already gone to "
        "the printer and may still print."
    )
    assert dialog.print_button.isEnabled()

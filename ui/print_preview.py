"""Print preview and printing for the PDFs Relais produces (consent form, receipt, letters).

The PDF is the document of record, so printing does not lay anything out again:
each page is rasterised by PDFium (QtPdf) at the printer's resolution and
painted on the printer.  What comes out of the printer is what the preview
shows, on every platform and driver, including those with no PDF support.

A print run of a thousand letters takes minutes, so the pages are rasterised
and painted on a worker thread of their own (ui/background.py), page after
page, with "Page 12 of 1,097" and a Cancel button; the window stays live.
Qt allows this: QPainter may paint on a QPrinter (and a QImage) from a
non-GUI thread, and QtPdf serialises every PDFium call behind one process-wide
mutex (QPdfMutexLocker), which is how QPdfPageRenderer renders off the GUI
thread too.  The worker loads its own QPdfDocument and touches no widget.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLocale,
    QRectF,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    QThreadPool,
    QUrl,
)
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageSize,
    QPainter,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import Cancelled, RelaisError
from app.tasks import Progress
from ui.background import BackgroundTask, run_in_background

POINTS_PER_INCH = 72
# Measured on a text letter (4 A4 pages painted on a PDF-writing QPrinter, this
# machine): 300 dpi takes 0.8-0.9 s and 1.6 MB of spool a page, 600 dpi 2.5 s
# and 4.4 MB -- three times the wait and the spool for a 1,000-letter run
# (15 min / 1.6 GB against 42 min / 4.4 GB).  300 dpi anti-aliased is as sharp as
# 11 pt text needs on paper, and the envelope window and label cells do not move.
# Grey images do not help: Qt's PDF engine stores every page image as RGB JPEG
# unless the print dialog's "Grayscale" is chosen (then lossless grey, 0.5 MB).
MAX_RENDER_DPI = 300
DEFAULT_SIZE = QSize(800, 900)
# Room left for the window frame and the task bar when the screen is small.
SCREEN_SHARE = 0.9


class PrintError(RelaisError):
    """A PDF could not be shown or printed; the message names the file and says why."""


class PrintCancelled(Cancelled):
    """The user stopped a print run.

    Attributes:
        pages_done: pages painted before the stop (of ``pages_total``).
        discarded: True when nothing of the run is left: the partial PDF file was
            deleted.  False on a real printer, where the pages painted before the
            stop may still print (see _discard: Qt cannot withdraw a spooled job).
    """

    def __init__(self, pages_done: int, pages_total: int, discarded: bool) -> None:
        super().__init__(f"Printing stopped after {pages_done} of {pages_total} pages.")
        self.pages_done = pages_done
        self.pages_total = pages_total
        self.discarded = discarded


def print_pool() -> QThreadPool:
    """One printing thread, apart from the database worker: a print run takes minutes
    and must not hold up saving a patient meanwhile."""
    global _print_pool  # noqa: PLW0603 -- one pool per process, created on first use
    if _print_pool is None:
        _print_pool = QThreadPool()
        _print_pool.setMaxThreadCount(1)
    return _print_pool


_print_pool: QThreadPool | None = None


# -- printing, usable without the dialog ---------------------------------------------------


def print_pdf(
    source: Path,
    printer: QPrinter,
    first_page: int = 1,
    last_page: int | None = None,
    progress: Progress | None = None,
    page_message: str = "",
) -> int:
    """Print pages ``first_page``..``last_page`` (1-based, inclusive; None = to the end).

    Returns the number of pages printed.  Raises :class:`PrintError` when the PDF
    cannot be loaded or the printer cannot start, :class:`PrintCancelled` when
    ``progress`` is cancelled, and ``ValueError`` for a range outside the document
    (a caller's mistake, not the user's).  Runs on any thread (see the module's doc).
    """
    document = QPdfDocument()
    try:
        load_pdf(document, source)
        page_count = document.pageCount()
        last = page_count if last_page is None else last_page
        if not 1 <= first_page <= last <= page_count:
            raise ValueError(
                f"Pages {first_page}-{last} are not within 1-{page_count} of {source}."
            )
        pages = range(first_page, last + 1)
        return _print_document(document, source, printer, pages, progress, page_message)
    finally:
        _release(document)


def print_pdf_pages(
    source: Path,
    printer: QPrinter,
    pages: Sequence[int],
    progress: Progress | None = None,
    page_message: str = "",
) -> int:
    """Print the given 1-based pages in order, for ranges such as "1, 3-4" from the dialog.

    ``progress`` gets one step a page, with ``page_message`` ("Page %1 of %2",
    already translated) filled in; cancelling it stops the run (see print_pdf).
    """
    document = QPdfDocument()
    try:
        load_pdf(document, source)
        outside = [page for page in pages if not 1 <= page <= document.pageCount()]
        if outside or not pages:
            raise ValueError(f"Pages {list(pages)} are not within 1-{document.pageCount()}.")
        return _print_document(document, source, printer, pages, progress, page_message)
    finally:
        _release(document)


def _release(document: QPdfDocument) -> None:
    """Free the document on the thread that made it: an exception's traceback would
    otherwise keep it alive until the GUI thread drops the exception."""
    document.close()
    shiboken6.delete(document)


def load_pdf(document: QPdfDocument, source: Path) -> None:
    """Load ``source`` into ``document`` or raise a PrintError saying which file and why."""
    error = document.load(str(source))
    if error == QPdfDocument.Error.None_:
        return
    reasons = {
        QPdfDocument.Error.FileNotFound: QCoreApplication.translate(
            "PdfPreviewDialog", "the file does not exist"
        ),
        QPdfDocument.Error.InvalidFileFormat: QCoreApplication.translate(
            "PdfPreviewDialog", "it is not a PDF or it is damaged"
        ),
        QPdfDocument.Error.IncorrectPassword: QCoreApplication.translate(
            "PdfPreviewDialog", "it is protected by a password"
        ),
        QPdfDocument.Error.UnsupportedSecurityScheme: QCoreApplication.translate(
            "PdfPreviewDialog", "it is protected by a password"
        ),
    }
    reason = reasons.get(
        error, QCoreApplication.translate("PdfPreviewDialog", "the PDF reader failed")
    )
    raise PrintError(
        QCoreApplication.translate("PdfPreviewDialog", "Cannot open %1: %2.")
        .replace("%1", str(source))
        .replace("%2", reason)
    )


def destination_name(printer: QPrinter) -> str:
    """The printer's name, or the file name when the "printer" writes a PDF file."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return Path(printer.outputFileName()).name
    return printer.printerName()


def _print_document(
    document: QPdfDocument,
    source: Path,
    printer: QPrinter,
    pages: Sequence[int],
    progress: Progress | None,
    page_message: str,
) -> int:
    # Full page: the origin is the paper's corner, so the page prints at 100 %.  Fitted
    # into the printable area it would shrink by ~4 % and move a letter's address
    # out of the envelope's window and labels off their cells; the printer's
    # unprintable edge only clips the margins every document keeps anyway.
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        destination = destination_name(printer)
        if not destination:
            raise PrintError(
                QCoreApplication.translate(
                    "PdfPreviewDialog", "Cannot print %1: no printer is available."
                ).replace("%1", str(source))
            )
        raise PrintError(
            QCoreApplication.translate(
                "PdfPreviewDialog", "Cannot print %1: the printer %2 is not available."
            )
            .replace("%1", str(source))
            .replace("%2", destination)
        )
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    total = len(pages)
    position = 0
    try:
        for position, page in enumerate(pages):
            if progress is not None:
                # Raises Cancelled here, between two pages, when Cancel was pressed.
                progress.update(position, total, _page_message(page_message, position, total))
            if position and not printer.newPage():
                raise PrintError(
                    QCoreApplication.translate(
                        "PdfPreviewDialog", "Cannot print %1: the printer stopped at page %2."
                    )
                    .replace("%1", str(source))
                    .replace("%2", str(page))
                )
            _paint_page(document, source, page - 1, painter, printer)
        if progress is not None:
            progress.update(total, total, _page_message(page_message, total - 1, total))
    except BaseException as exc:
        # Half a run must not pass for a whole one: no page is painted after the stop.
        discarded = _discard(printer, painter)
        if isinstance(exc, Cancelled):
            raise PrintCancelled(position, total, discarded) from None
        raise
    finally:
        if painter.isActive():
            painter.end()
    return total


def _page_message(template: str, position: int, total: int) -> str:
    if not template:
        return ""
    # QLocale is reentrant: one made here, on the worker, groups digits as the user reads them.
    locale = QLocale()
    return template.replace("%1", locale.toString(position + 1)).replace(
        "%2", locale.toString(total)
    )


def _discard(printer: QPrinter, painter: QPainter) -> bool:
    """End the job after a stop; True when nothing of it is left.

    QPrinter.abort() withdraws nothing on any platform (qtbase 6): the PDF and CUPS
    engines have no abort, Windows' is an empty function returning False, and
    macOS's ends the job, which prints it.  So the painter is ended, which hands
    the pages painted so far to the system, and a partial PDF file is deleted;
    for a real printer the caller says that those pages may still print.
    """
    if painter.isActive():
        painter.end()
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        Path(printer.outputFileName()).unlink(missing_ok=True)
        return True
    return False


def _paint_page(
    document: QPdfDocument, source: Path, index: int, painter: QPainter, printer: QPrinter
) -> None:
    target = _target_rect(document.pagePointSize(index), printer)
    # Only as many pixels as the printer puts on paper, capped (see MAX_RENDER_DPI).
    render_scale = min(1.0, MAX_RENDER_DPI / printer.resolution())
    image = document.render(index, (target.size() * render_scale).toSize())
    if image.isNull():
        raise PrintError(
            QCoreApplication.translate(
                "PdfPreviewDialog", "Cannot print %1: page %2 is unreadable."
            )
            .replace("%1", str(source))
            .replace("%2", str(index + 1))
        )
    painter.drawImage(target, _on_white(image))


def _target_rect(page_points: QSizeF, printer: QPrinter) -> QRectF:
    """Where the page goes: its real size from the paper's corner; shrunk and centred
    only when the paper is smaller than the page (an A4 page on US Letter)."""
    natural = page_points * (printer.resolution() / POINTS_PER_INCH)
    area = QSizeF(printer.width(), printer.height())
    scale = min(1.0, area.width() / natural.width(), area.height() / natural.height())
    size = natural * scale
    return QRectF(
        (area.width() - size.width()) / 2,
        (area.height() - size.height()) / 2,
        size.width(),
        size.height(),
    )


def _on_white(image: QImage) -> QImage:
    """PDFium leaves the page transparent; paper is white, and an opaque image keeps
    the print job free of soft masks that some printer drivers rasterise slowly."""
    image.convertTo(QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    painter.fillRect(image.rect(), Qt.GlobalColor.white)
    painter.end()
    image.convertTo(QImage.Format.Format_RGB32)
    return image


def copy_replacing(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` so that a failure leaves any existing ``target`` whole.

    The copy is written beside the target and renamed over it only once complete,
    so a full disk or a pulled USB stick never leaves a truncated PDF behind.
    """
    handle, partial_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".partial", dir=target.parent
    )
    partial = Path(partial_name)
    try:
        with os.fdopen(handle, "wb") as output, source.open("rb") as data:
            shutil.copyfileobj(data, output)
            output.flush()
            os.fsync(output.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


# -- a copy for the system's PDF viewer ----------------------------------------------------

VIEWER_COPY_PREFIX = "relais-view-"
# A copy older than this was left by a Relais that did not exit cleanly.
STALE_COPY_SECONDS = 24 * 60 * 60
_viewer_copies: list[Path] = []
_viewer_copies_lock = threading.Lock()


def private_copy(source: Path) -> Path:
    """A copy of ``source`` that only this account can read, for another program to open.

    The preview's own file lives in a folder deleted when the preview closes, while
    the system viewer reads the file after openUrl has returned, and again when it
    prints; so the viewer gets a copy of its own.  The copy names patients and their
    addresses: mkstemp creates it 0600 in the user's temporary folder (per user on
    Windows and macOS; /tmp on Linux is shared, hence the 0600), under a name that
    says nothing of its content, since viewers list it among their recent files.

    When it is removed: when Relais exits (atexit), not when the preview closes (the
    viewer would lose a file it shows and may print) and not by the system's temporary
    file cleaner, which may never run (Windows) or waits ten days (systemd on /tmp).
    A viewer that still shows it keeps it readable on Linux and macOS; on Windows a
    viewer's lock may keep it, and copies a crash or a lock left behind are removed
    the next time a copy is made, once they are a day old.
    """
    _remove_stale_copies()
    handle, name = tempfile.mkstemp(prefix=VIEWER_COPY_PREFIX, suffix=".pdf")
    copy = Path(name)
    try:
        with os.fdopen(handle, "wb") as output, source.open("rb") as data:
            shutil.copyfileobj(data, output)
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    with _viewer_copies_lock:
        if not _viewer_copies:
            atexit.register(remove_viewer_copies)
        _viewer_copies.append(copy)
    return copy


def remove_viewer_copies() -> None:
    """Remove the copies this process made for the system viewer (run at exit)."""
    with _viewer_copies_lock:
        copies = list(_viewer_copies)
        _viewer_copies.clear()
    for copy in copies:
        # Open in a viewer on Windows: a later start removes it (_remove_stale_copies).
        with contextlib.suppress(OSError):
            copy.unlink(missing_ok=True)


def _remove_stale_copies() -> None:
    folder = Path(tempfile.gettempdir())
    own_user = getattr(os, "getuid", lambda: None)()
    too_old = time.time() - STALE_COPY_SECONDS
    for copy in folder.glob(f"{VIEWER_COPY_PREFIX}*.pdf"):
        try:
            status = copy.stat()
            if own_user is not None and status.st_uid != own_user:
                continue
            if status.st_mtime < too_old:
                copy.unlink()
        except OSError:
            continue  # gone meanwhile, or still locked by a viewer


# -- the dialog -----------------------------------------------------------------------------


class PdfPreviewDialog(QDialog):
    """Shows a PDF page after page and prints it or saves a copy.

    Attributes:
        pdf: the file shown; it is only read, never changed.
        document: the loaded PDF, owned by the dialog.
        view: every page one below the other, as wide as the window.
        page_label: "Page 1 of 3", following the scrolling.
        status_label: what the last print or save did, empty until then.
        print_button, save_button, open_button, close_button: the actions (Ctrl+P and
            Esc too); while a print run goes on, all but Close are disabled and Close
            (or Esc) cancels the run instead of closing.
        print_job: the print run going on, None between runs.
    """

    def __init__(self, pdf: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.setWindowTitle(title)
        self.document = QPdfDocument(self)
        load_pdf(self.document, pdf)
        self.print_job: BackgroundTask | None = None
        self._printed_pages = 0
        self._unexpected_error: BaseException | None = None
        self._build(title)
        self._show_page(self.view.pageNavigator().currentPage())
        self.resize(self._default_size())

    @classmethod
    def show_pdf(cls, pdf: Path, title: str, parent: QWidget | None = None) -> None:
        """Show ``pdf`` until the user closes it; a PDF that cannot be read is said so."""
        try:
            dialog = cls(pdf, title, parent)
        except PrintError as exc:
            QMessageBox.warning(
                parent, QCoreApplication.translate("PdfPreviewDialog", "Print preview"), str(exc)
            )
            return
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # -- layout ------------------------------------------------------------------------------

    def _build(self, title: str) -> None:
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Preview of %1").replace("%1", title))
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)

        self.page_label = QLabel(self)
        self.status_label = QLabel(self)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the document"))
        print_keys = QKeySequence(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(
            self.tr("Print (%1)").replace(
                "%1", print_keys.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.print_button.clicked.connect(self.print_document)
        QShortcut(print_keys, self, self.print_document)

        self.save_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.save_button.setAccessibleName(self.tr("Save a copy of the document as a PDF file"))
        self.save_button.clicked.connect(self.save_copy)

        self.open_button = QPushButton(self.tr("Open in the system &viewer…"), self)
        self.open_button.setAccessibleName(
            self.tr("Open the document in this computer's PDF viewer")
        )
        self.open_button.clicked.connect(self.open_in_system_viewer)

        buttons = QDialogButtonBox(self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close the preview"))
        self._close_text = self.close_button.text()  # Qt's own, in the user's language
        # Esc closes any QDialog; the button says so to those who look for one.
        buttons.rejected.connect(self.reject)

        footer = QHBoxLayout()
        footer.addWidget(self.page_label)
        footer.addSpacing(12)
        footer.addWidget(self.status_label, 1)
        footer.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        self.view.setFocus()

    def _default_size(self) -> QSize:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return DEFAULT_SIZE
        available = screen.availableGeometry().size() * SCREEN_SHARE
        return DEFAULT_SIZE.boundedTo(available)

    def _show_page(self, index: int) -> None:
        self.page_label.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(self.document.pageCount()))
        )

    # -- printing ----------------------------------------------------------------------------

    def print_document(self) -> None:
        """The Print button: ask which printer and pages, then print."""
        if self.print_job is not None:
            return  # Ctrl+P again while printing
        printer = self.choose_printer()
        if printer is not None:
            self.print_to(printer)

    def choose_printer(self) -> QPrinter | None:
        """The system print dialog on an A4 printer; None when the user cancels."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        # Our PDFs carry their own margins; the printer's default ones would only
        # shrink the page, so ask for as little as the device can do.
        layout = printer.pageLayout()
        printer.setPageMargins(layout.minimumMargins(), layout.units())
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        return printer if accepted else None

    def print_to(self, printer: QPrinter) -> int:
        """Print the pages chosen on ``printer``; returns how many were printed (0 on
        error or cancel).

        Returns when the run has ended, but the window stays live meanwhile: the
        pages are painted on the printing thread and this waits in an event loop,
        as a modal dialog does, with progress and Cancel shown after half a second.
        """
        job = self.start_printing(printer)
        if not job.done:
            waiting = QEventLoop()
            job.finished.connect(waiting.quit)
            # A task whose widget is gone says nothing more: stop waiting for it then.
            self.destroyed.connect(waiting.quit)
            waiting.exec()
        if self._unexpected_error is not None:
            error, self._unexpected_error = self._unexpected_error, None
            raise error
        return self._printed_pages

    def start_printing(self, printer: QPrinter) -> BackgroundTask:
        """Start printing the chosen pages on the printing thread and return at once."""
        if self.print_job is not None:
            raise RuntimeError("A print run is already going on in this preview.")
        pages = self.chosen_pages(printer)
        source = self.pdf
        page_message = self.tr("Page %1 of %2")

        # Runs on the printing thread: it knows the file, the printer and two
        # strings, never this dialog.
        def paint_the_pages(progress: Progress) -> int:
            return print_pdf_pages(source, printer, pages, progress, page_message)

        self._printed_pages = 0
        self._set_printing(True)
        self.status_label.setText(self.tr("Printing…"))
        self.print_job = run_in_background(
            self,
            self.tr("Printing %1").replace("%1", self.windowTitle()),
            paint_the_pages,
            lambda printed: self._printed(printer, printed),
            self._not_printed,
            pool=print_pool(),
        )
        return self.print_job

    def cancel_printing(self) -> None:
        """Stop the print run after the page being painted; nothing of it is printed."""
        if self.print_job is not None:
            self.print_job.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        """Close, or Esc: while printing, cancel the run and stay open until it stops."""
        if self.print_job is not None:
            self.cancel_printing()
            return
        super().reject()

    def _set_printing(self, printing: bool) -> None:
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(not printing)
        if printing:
            self.close_button.setText(self.tr("Cancel printing"))
            self.close_button.setAccessibleName(self.tr("Cancel printing"))
        else:
            self.close_button.setText(self._close_text)
            self.close_button.setAccessibleName(self.tr("Close the preview"))

    def _printed(self, printer: QPrinter, printed: object) -> None:
        self.print_job = None
        self._set_printing(False)
        self._printed_pages = int(printed)  # type: ignore[call-overload]
        self.status_label.setText(
            self.tr("%n page(s) sent to %1", "", self._printed_pages).replace(
                "%1", destination_name(printer)
            )
        )

    def _not_printed(self, error: BaseException) -> None:
        self.print_job = None
        self._set_printing(False)
        self._printed_pages = 0
        if isinstance(error, PrintCancelled):
            if error.discarded:
                message = self.tr("Printing cancelled at page %1 of %2: nothing was printed.")
            else:
                message = self.tr(
                    "Printing cancelled at page %1 of %2: the pages before it had already "
                    "gone to the printer and may still print."
                )
            locale = QLocale()
            self.status_label.setText(
                message.replace("%1", locale.toString(error.pages_done + 1)).replace(
                    "%2", locale.toString(error.pages_total)
                )
            )
            return
        self.status_label.setText(self.tr("Not printed."))
        if isinstance(error, PrintError):
            QMessageBox.warning(self, self.tr("Print"), str(error))
            return
        # A bug, not the user's doing: print_to raises it once the wait is over.
        self._unexpected_error = error

    def chosen_pages(self, printer: QPrinter) -> list[int]:
        """The 1-based pages the print dialog asked for, within the document."""
        page_count = self.document.pageCount()
        every_page = list(range(1, page_count + 1))
        match printer.printRange():
            case QPrinter.PrintRange.CurrentPage:
                return [self.view.pageNavigator().currentPage() + 1]
            case QPrinter.PrintRange.PageRange:
                ranges = printer.pageRanges()
                chosen = [page for page in every_page if ranges.contains(page)]
                return chosen or every_page
            case _:
                return every_page

    # -- saving ------------------------------------------------------------------------------

    def save_copy(self) -> None:
        """The Save as PDF button: ask where, then copy."""
        target = self.choose_save_path()
        if target is not None:
            self.save_to(target)

    def choose_save_path(self) -> Path | None:
        """The system save dialog, in Documents, with the PDF's name; None when cancelled."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / self.pdf.name
        # An instance rather than getSaveFileName: with a default suffix the dialog
        # itself adds ".pdf" and asks before overwriting the file of that name.
        dialog = QFileDialog(
            self, self.tr("Save as PDF"), str(suggested), self.tr("PDF documents (*.pdf)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("pdf")
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
                return None
            return Path(dialog.selectedFiles()[0])
        finally:
            dialog.deleteLater()

    def open_in_system_viewer(self) -> bool:
        """Open a private copy of the PDF in the program the system opens PDFs with."""
        try:
            copy = private_copy(self.pdf)
        except OSError as exc:
            self.status_label.setText(self.tr("Not opened."))
            QMessageBox.warning(
                self,
                self.tr("Open in the system viewer"),
                self.tr("Could not copy %1 for the viewer: %2.")
                .replace("%1", str(self.pdf))
                .replace("%2", exc.strerror or str(exc)),
            )
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            copy.unlink(missing_ok=True)
            self.status_label.setText(self.tr("Not opened."))
            QMessageBox.warning(
                self,
                self.tr("Open in the system viewer"),
                self.tr(
                    "No program on this computer opens PDF files. Print from here, or "
                    "save a copy as PDF."
                ),
            )
            return False
        self.status_label.setText(self.tr("Opened in the system viewer."))
        return True

    def save_to(self, target: Path) -> bool:
        """Copy the PDF to ``target``; on failure say where and why, and keep the dialog open."""
        try:
            copy_replacing(self.pdf, target)
        except OSError as exc:
            self.status_label.setText(self.tr("Not saved."))
            QMessageBox.warning(
                self,
                self.tr("Save as PDF"),
                self.tr("Could not save %1: %2.")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )
            return False
        self.status_label.setText(self.tr("Saved as %1.").replace("%1", str(target)))
        return True

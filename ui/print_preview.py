"""Print preview and printing for the PDFs Relais produces (consent form, receipt, letters).

The PDF is the document of record, so printing does not lay anything out again:
each page is rasterised by PDFium (QtPdf) at the printer's resolution and
painted on the printer.  What comes out of the printer is what the preview
shows, on every platform and driver, including those with no PDF support.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
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

from app.errors import RelaisError

POINTS_PER_INCH = 72
# A4 at 1200 dpi (what QPrinter.HighResolution reports for PDF output) is a
# 557 MB image per page; 600 dpi is what office laser printers print and keeps
# a page under 140 MB while text edges stay sharp.
MAX_RENDER_DPI = 600
DEFAULT_SIZE = QSize(800, 900)
# Room left for the window frame and the task bar when the screen is small.
SCREEN_SHARE = 0.9


class PrintError(RelaisError):
    """A PDF could not be shown or printed; the message names the file and says why."""


# -- printing, usable without the dialog ---------------------------------------------------


def print_pdf(
    source: Path, printer: QPrinter, first_page: int = 1, last_page: int | None = None
) -> int:
    """Print pages ``first_page``..``last_page`` (1-based, inclusive; None = to the end).

    Returns the number of pages printed.  Raises :class:`PrintError` when the PDF
    cannot be loaded or the printer cannot start, and ``ValueError`` for a range
    outside the document (a caller's mistake, not the user's).
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
        return _print_document(document, source, printer, range(first_page, last + 1))
    finally:
        document.close()


def print_pdf_pages(source: Path, printer: QPrinter, pages: Sequence[int]) -> int:
    """Print the given 1-based pages in order, for ranges such as "1, 3-4" from the dialog."""
    document = QPdfDocument()
    try:
        load_pdf(document, source)
        outside = [page for page in pages if not 1 <= page <= document.pageCount()]
        if outside or not pages:
            raise ValueError(f"Pages {list(pages)} are not within 1-{document.pageCount()}.")
        return _print_document(document, source, printer, pages)
    finally:
        document.close()


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
    document: QPdfDocument, source: Path, printer: QPrinter, pages: Sequence[int]
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
    try:
        for position, page in enumerate(pages):
            if position and not printer.newPage():
                raise PrintError(
                    QCoreApplication.translate(
                        "PdfPreviewDialog", "Cannot print %1: the printer stopped at page %2."
                    )
                    .replace("%1", str(source))
                    .replace("%2", str(page))
                )
            _paint_page(document, source, page - 1, painter, printer)
    except BaseException:
        # Half a consent form must not come out of the printer as if it were whole.
        printer.abort()
        raise
    finally:
        painter.end()
    return len(pages)


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


# -- the dialog -----------------------------------------------------------------------------


class PdfPreviewDialog(QDialog):
    """Shows a PDF page after page and prints it or saves a copy.

    Attributes:
        pdf: the file shown; it is only read, never changed.
        document: the loaded PDF, owned by the dialog.
        view: every page one below the other, as wide as the window.
        page_label: "Page 1 of 3", following the scrolling.
        status_label: what the last print or save did, empty until then.
        print_button, save_button, close_button: the actions (Ctrl+P and Esc too).
    """

    def __init__(self, pdf: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.setWindowTitle(title)
        self.document = QPdfDocument(self)
        load_pdf(self.document, pdf)
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

        buttons = QDialogButtonBox(self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close the preview"))
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
        """Print the pages chosen on ``printer``; returns how many were printed (0 on error)."""
        pages = self.chosen_pages(printer)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = print_pdf_pages(self.pdf, printer, pages)
        except PrintError as exc:
            failure = str(exc)
        else:
            failure = ""
        finally:
            QApplication.restoreOverrideCursor()
        if failure:
            self.status_label.setText(self.tr("Not printed."))
            QMessageBox.warning(self, self.tr("Print"), failure)
            return 0
        self.status_label.setText(
            self.tr("%n page(s) sent to %1", "", printed).replace("%1", destination_name(printer))
        )
        return printed

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

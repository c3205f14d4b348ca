"""The Paper tab: where letters print the address, and the letterhead's logo.

The settings are :mod:`app.paper_settings`'s.

Envelopes differ by a few millimetres from one maker to the next.  The four
numbers place the address block on the sheet (from its top left corner); a
sketch of the folded sheet's top third follows them as they are typed.
"Print test page…" writes the envelope test page with the values shown,
saved or not, and opens it in the usual preview: print it, fold it, slide it
into an envelope, and correct the numbers until the whole address shows
through the window.  Save checks everything again on the database worker
(:func:`ui.background.run_in_background`) and shows each problem under its
field.  Only an administrator changes the paper; everyone else sees it
read-only and can still print the test page.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import paper_settings
from app.access import Permission
from app.errors import FieldError, RelaisError, ValidationError
from app.paper_settings import Logo, PaperSettings
from app.pdf_layout import LOGO_HEIGHT_MM, LOGO_MAX_WIDTH_MM, Box
from app.tasks import Progress
from ui.background import BackgroundTask, run_in_background
from ui.context import UiContext
from ui.reminders.widgets import FieldRow, add_row
from ui.style import ERROR_STYLE

LOGO_PREVIEW_HEIGHT = 64  # pixels on screen
WINDOW_FIELDS = paper_settings.WINDOW_FIELDS


class WindowSketch(QWidget):
    """The folded sheet's top third (210 × 99 mm) with the address block where it prints.

    Attributes:
        window: the box drawn, in millimetres from the sheet's top left corner.
        fits: False draws it red: it cannot be saved as it is.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address_window = PaperSettings().window
        self.fits = True
        self.setMinimumSize(QSize(252, 119))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Sketch of the folded letter"))

    def sizeHint(self) -> QSize:
        return QSize(315, 149)  # 1.5 pixels a millimetre

    def set_window(self, window: Box, *, fits: bool = True) -> None:
        self.address_window = window
        self.fits = fits
        self.setAccessibleDescription(
            self.tr("Address %1 mm from the left, %2 mm from the top, %3 × %4 mm")
            .replace("%1", f"{window.left:g}")
            .replace("%2", f"{window.top:g}")
            .replace("%3", f"{window.width:g}")
            .replace("%4", f"{window.height:g}")
        )
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        width_mm, height_mm = paper_settings.PAGE_WIDTH_MM, paper_settings.FOLDS_MM[0]
        scale = min((self.width() - 2) / width_mm, (self.height() - 2) / height_mm)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(1, 1)
        painter.scale(scale, scale)
        painter.setPen(QPen(QColor("#888888"), 0))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(QRectF(0, 0, width_mm, height_mm))
        edge = paper_settings.EDGE_MM
        painter.setPen(QPen(QColor("#bbbbbb"), 0, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(edge, edge, width_mm - 2 * edge, height_mm - 2 * edge))
        window = self.address_window
        box = QRectF(window.left, window.top, window.width, window.height)
        colour = QColor("#1f5fa8") if self.fits else QColor("#b3261e")  # ERROR_STYLE's red
        painter.setPen(QPen(colour, 0))
        painter.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 40))
        painter.drawRect(box)
        # The sample address's lines, 14 pt apart (4.94 mm), as grey bars.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#555555"))
        line = paper_settings.ADDRESS_LEADING * 25.4 / 72
        for number, share in enumerate((0.58, 0.5, 0.55, 0.3)):
            top = window.top + number * line + line * 0.25
            if top + line * 0.5 > window.bottom:
                break
            painter.drawRect(QRectF(window.left, top, window.width * share, line * 0.5))
        painter.end()


class PaperSettingsTab(QWidget):
    """The address window in millimetres, the logo, Save, the test page, the defaults.

    Signals:
        saved(): the settings were stored (something changed).

    Attributes:
        editable: whether the signed-in user may change the paper (an administrator).
        spins: the four numbers, by field name (``window_left_mm``…).
        rows: each number's row, which shows its error under it; ``logo_row`` the logo's.
        sketch: the folded sheet with the address block.
        logo: the logo as chosen so far (None: no logo).
        logo_preview: the logo, scaled; ``logo_info`` says its size.
        choose_button, remove_button: the logo's buttons.
        save_button, test_button, defaults_button: the actions.
        message: what came of the last Save or test page.
        job: the Save running on the database worker, if any.
    """

    saved = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editable = context.actor.can(Permission.MANAGE_SETTINGS)
        self.logo: Logo | None = None
        self.job: BackgroundTask | None = None

        intro = QLabel(
            self.tr(
                "Letters are folded in three and posted in DL window envelopes "
                "(110 × 220 mm, window on the right). Say where the patient's address is "
                "printed, in millimetres from the top left corner of the sheet, then print "
                "the test page and check it against a real envelope."
            ),
            self,
        )
        intro.setWordWrap(True)

        window_box = self._build_window_box()
        logo_box = self._build_logo_box()
        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(window_box)
        layout.addWidget(logo_box)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.load()

    def _build_window_box(self) -> QGroupBox:
        window_box = QGroupBox(self.tr("Address window"), self)
        form = QFormLayout()
        labels = {
            "window_left_mm": self.tr("From the &left edge:"),
            "window_top_mm": self.tr("From the &top edge:"),
            "window_width_mm": self.tr("&Width:"),
            "window_height_mm": self.tr("&Height:"),
        }
        maxima = {
            "window_left_mm": paper_settings.PAGE_WIDTH_MM,
            "window_top_mm": paper_settings.FOLDS_MM[0],
            "window_width_mm": paper_settings.PAGE_WIDTH_MM,
            "window_height_mm": paper_settings.FOLDS_MM[0],
        }
        self.sketch = WindowSketch(self)  # before the numbers, which redraw it
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.rows: dict[str, FieldRow] = {}
        for name in WINDOW_FIELDS:
            spin = QDoubleSpinBox(self)
            spin.setDecimals(1)
            spin.setSingleStep(paper_settings.STEP_MM)
            spin.setRange(0, maxima[name])
            spin.setSuffix(" mm")
            spin.setReadOnly(not self.editable)
            spin.setMaximumWidth(spin.sizeHint().width() + 24)
            spin.valueChanged.connect(self._window_changed)
            self.spins[name] = spin
            self.rows[name] = add_row(form, labels[name], spin, self)
        sketch_column = QVBoxLayout()
        sketch_column.addWidget(self.sketch)
        sketch_caption = QLabel(self.tr("The top third of the folded sheet"), self)
        sketch_caption.setStyleSheet("color: palette(mid);")
        sketch_column.addWidget(sketch_caption)
        sketch_column.addStretch(1)
        window_layout = QHBoxLayout(window_box)
        window_layout.addLayout(form)
        window_layout.addSpacing(16)
        window_layout.addLayout(sketch_column, 1)
        return window_box

    def _build_buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self.tr("&Print test page…"), self)
        self.test_button.setToolTip(
            self.tr("The test page uses the values shown here, saved or not.")
        )
        self.test_button.clicked.connect(self.print_test_page)
        self.defaults_button = QPushButton(self.tr("&Back to the defaults"), self)
        self.defaults_button.setToolTip(
            self.tr("Put the address back where letters print it by default (the logo stays).")
        )
        self.defaults_button.clicked.connect(self.back_to_defaults)
        for button in (self.save_button, self.defaults_button):
            button.setEnabled(self.editable)
            if not self.editable:
                button.setToolTip(self.tr("Only an administrator can change the paper."))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        return buttons

    def _build_logo_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Logo on the letterhead"), self)
        self.logo_preview = QLabel(self)
        self.logo_preview.setMinimumSize(QSize(LOGO_PREVIEW_HEIGHT * 4, LOGO_PREVIEW_HEIGHT))
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.logo_preview.setAccessibleName(self.tr("The logo"))
        self.logo_info = QLabel(self)
        self.logo_info.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose a logo…"), self)
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(self.tr("&Remove the logo"), self)
        self.remove_button.clicked.connect(self.remove_logo)
        self.choose_button.setEnabled(self.editable)
        self.logo_row = FieldRow(self.logo_preview, self)
        hint = QLabel(
            self.tr(
                "A PNG or JPEG file of at most 512 KB. It prints %1 mm tall above the "
                "practice's name, at most %2 mm wide."
            )
            .replace("%1", str(LOGO_HEIGHT_MM))
            .replace("%2", str(LOGO_MAX_WIDTH_MM)),
            self,
        )
        hint.setWordWrap(True)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_button)
        logo_buttons.addWidget(self.remove_button)
        logo_buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.logo_row, 1)
        top.addLayout(logo_buttons)
        column = QVBoxLayout(box)
        column.addLayout(top)
        column.addWidget(self.logo_info)
        column.addWidget(hint)
        return box

    # -- the values ----------------------------------------------------------------------------

    def load(self) -> None:
        """What is in force, from the database."""
        with self.context.database.read_session() as session:
            settings = paper_settings.load_paper(session)
        self.show_settings(settings)
        self._clear_errors()

    def show_settings(self, settings: PaperSettings) -> None:
        for name, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(getattr(settings, name))
            spin.blockSignals(False)
        self._window_changed()
        self._show_logo(settings.logo)

    def settings(self) -> PaperSettings:
        """What the tab says, checked or not; typed values go to the nearest half millimetre."""
        values = {
            name: round(spin.value() / paper_settings.STEP_MM) * paper_settings.STEP_MM
            for name, spin in self.spins.items()
        }
        return PaperSettings(**values, logo=self.logo)

    def _window_changed(self) -> None:
        wanted = self.settings()
        self.sketch.set_window(wanted.window, fits=not paper_settings.validate(wanted))

    def back_to_defaults(self) -> None:
        self.show_settings(replace(PaperSettings(), logo=self.logo))
        self._clear_errors()

    # -- the logo ------------------------------------------------------------------------------

    def choose_logo_file(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the practice's logo"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        return Path(name) if name else None

    def choose_logo(self) -> bool:
        path = self.choose_logo_file()
        return self.set_logo_file(path) if path is not None else False

    def set_logo_file(self, path: Path) -> bool:
        """Read and check ``path``; a file that is no usable logo is said under the logo."""
        try:
            logo = paper_settings.read_logo_file(path)
        except ValidationError as error:
            self.logo_row.set_error(self.problem_text(error.errors[0], path.name))
            return False
        self.logo_row.set_error("")
        self._show_logo(logo)
        return True

    def remove_logo(self) -> None:
        self.logo_row.set_error("")
        self._show_logo(None)

    def _show_logo(self, logo: Logo | None) -> None:
        self.logo = logo
        self.remove_button.setEnabled(self.editable and logo is not None)
        if logo is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo: the letterhead starts with the name."))
            self.logo_info.setText("")
            return
        pixmap = QPixmap()
        pixmap.loadFromData(logo.data)
        scaled = pixmap.scaled(
            LOGO_PREVIEW_HEIGHT * 4,
            LOGO_PREVIEW_HEIGHT,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.logo_preview.setText("")
        self.logo_preview.setPixmap(scaled)
        height = float(LOGO_HEIGHT_MM)
        width = height * logo.aspect
        if width > LOGO_MAX_WIDTH_MM:
            height, width = height * LOGO_MAX_WIDTH_MM / width, float(LOGO_MAX_WIDTH_MM)
        self.logo_info.setText(
            self.tr("%1 × %2 pixels, %3 KB; printed %4 × %5 mm.")
            .replace("%1", str(logo.width_px))
            .replace("%2", str(logo.height_px))
            .replace("%3", str(max(1, round(len(logo.data) / 1024))))
            .replace("%4", f"{width:.0f}")
            .replace("%5", f"{height:.0f}")
        )

    # -- saving --------------------------------------------------------------------------------

    def save(self) -> BackgroundTask | None:
        """Check and store on the database worker; the outcome shows when it is done."""
        if not self.editable or (self.job is not None and not self.job.done):
            return None
        self._clear_errors()
        self.message.hide()
        wanted = self.settings()
        database, clock, actor = self.context.database, self.context.clock, self.context.actor

        def store(_progress: Progress) -> list[str]:
            with database.transaction() as session:
                return paper_settings.save_paper(session, clock, actor, wanted)

        self.save_button.setEnabled(False)
        self.job = run_in_background(
            self, self.tr("Saving the paper settings"), store, self._saved, self._not_saved
        )
        self.job.finished.connect(lambda: self.save_button.setEnabled(self.editable))
        return self.job

    def _saved(self, changed: list[str]) -> None:
        self.load()
        if changed:
            self._show(self.tr("Saved. Letters print with these settings from now on."))
            self.saved.emit()
        else:
            self._show(self.tr("Nothing changed."))

    def _not_saved(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.show_errors(error.errors)
            self._show(self.tr("Not saved: what is marked needs correcting."), error=True)
        elif isinstance(error, RelaisError):
            self._show(self.tr("Not saved:") + " " + str(error), error=True)
        else:
            raise error

    def show_errors(self, errors: list[FieldError]) -> None:
        first: QWidget | None = None
        for problem in errors:
            row = self.rows.get(problem.field)
            if row is None:
                continue
            row.set_error(self.problem_text(problem))
            first = first or row.editor
        if first is not None:
            first.setFocus()

    def _clear_errors(self) -> None:
        for row in self.rows.values():
            row.set_error("")
        self.logo_row.set_error("")

    # -- the test page -------------------------------------------------------------------------

    def print_test_page(self) -> bool:
        """Write the test page with the values shown and open it in the preview."""
        self._clear_errors()
        wanted = self.settings()
        problems = paper_settings.validate(wanted)
        if problems:
            self.show_errors(problems)
            self._show(self.tr("No test page: what is marked needs correcting first."), error=True)
            return False
        with tempfile.TemporaryDirectory(prefix="relais-") as folder:
            path = Path(folder) / "envelope-test.pdf"
            try:
                paper_settings.write_envelope_test(path, wanted, self.context.settings)
            except OSError as error:
                self._show(
                    self.tr("The test page could not be written: %1").replace("%1", str(error)),
                    error=True,
                )
                return False
            self.open_preview(path)
        return True

    def open_preview(self, path: Path) -> None:
        """The usual preview: print through the system dialog, or save a copy."""
        from ui.print_preview import PdfPreviewDialog

        PdfPreviewDialog.show_pdf(path, self.tr("Envelope test page"), self)

    # -- words ---------------------------------------------------------------------------------

    def problem_text(self, problem: FieldError, file_name: str = "") -> str:  # noqa: PLR0911
        """A problem in the user's words, by its code; the service's English otherwise."""
        code = problem.code
        if code == "too_small" and problem.field == "window_width_mm":
            return self.tr("At least %1 mm.").replace("%1", str(paper_settings.MIN_WINDOW_WIDTH_MM))
        if code == "too_small":
            return self.tr("At least %1 mm: five lines of address.").replace(
                "%1", str(paper_settings.MIN_WINDOW_HEIGHT_MM)
            )
        if code == "range" and problem.field == "window_left_mm":
            least = (
                paper_settings.SIDE_MARGIN_MM
                + paper_settings.MIN_SENDER_WIDTH_MM
                + paper_settings.SENDER_GAP_MM
            )
            return self.tr(
                "At least %1 mm: the window is on the right, the letterhead on its left."
            ).replace("%1", str(least))
        if code == "range":
            return self.tr("At least %1 mm from the top edge.").replace(
                "%1", str(paper_settings.EDGE_MM)
            )
        if code == "outside" and problem.field == "window_left_mm":
            return (
                self.tr(
                    "The window would reach past %1 mm from the left: keep %2 mm inside the "
                    "sheet's right edge (make it narrower or move it left)."
                )
                .replace("%1", str(paper_settings.PAGE_WIDTH_MM - paper_settings.EDGE_MM))
                .replace("%2", str(paper_settings.EDGE_MM))
            )
        if code == "outside":
            return (
                self.tr(
                    "The window would reach past %1 mm from the top: keep %2 mm above the first "
                    "fold (make it shorter or move it up)."
                )
                .replace("%1", str(paper_settings.FOLDS_MM[0] - paper_settings.EDGE_MM))
                .replace("%2", str(paper_settings.EDGE_MM))
            )
        if code == "step":
            return self.tr("In steps of 0.5 mm.")
        logo_words = {
            "not_an_image": self.tr("%1 is not an image: choose a PNG or JPEG file."),
            "format": self.tr("%1 is not a PNG or JPEG image."),
            "too_big": self.tr("%1 is too big: at most 512 KB."),
            "pixels": self.tr("%1 has too few or too many pixels: from 32 to 4000 on each side."),
            "damaged": self.tr("%1 is damaged and cannot be read."),
            "file": self.tr("%1 cannot be opened."),
        }
        if code in logo_words:
            return logo_words[code].replace("%1", file_name or self.tr("The file"))
        return problem.message

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setText(("⚠ " if error else "✓ ") + text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.show()

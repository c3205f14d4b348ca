"""Print centre, second tab: address labels for the letters waiting, and today's call sheet.

Labels are for envelopes without a window: the same address block as the
letter's window (:func:`app.letters.postal_address`), on an Avery L7160 or
L7163 sheet.  Here they are made before printing, for the letters waiting
that the check would let through; a run that printed gets its own labels on
the Print runs tab, with the same choice of sheet (:class:`LabelSheetChoice`).
A sheet that was already used in part is used again by choosing the first
free label on a picture of the sheet, the way it lies in the printer tray.
Neither document changes any letter or call: they are paper copies of lists
that stay on screen.  Both are made on the database worker and open in the
usual preview (print or save a copy from there).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import call_sheet, labels
from app.access import Permission
from app.labels import SHEETS, LabelSheet
from app.letters import NothingToPrint
from app.tasks import Progress
from ui.background import BackgroundTask, is_cancelled, run_in_background
from ui.context import UiContext
from ui.patients.consent_words import NO_SIGN, YES_SIGN
from ui.style import ERROR_STYLE

PIXELS_PER_MM = 0.9  # the picture of the sheet: about 190 × 270 pixels, A4's proportions


class LabelStartPicker(QWidget):
    """A picture of the label sheet: labels before the chosen one are drawn as used.

    Click a label (or use the arrow keys) to start printing there.

    Signals:
        chosen(int): the 1-based label the run starts at.
    """

    chosen = Signal(int)

    def __init__(self, sheet: LabelSheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sheet = sheet
        self._start = 1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("First label to print on"))

    @property
    def start(self) -> int:
        return self._start

    def set_sheet(self, sheet: LabelSheet) -> None:
        self._sheet = sheet
        self.updateGeometry()
        self.set_start(min(self._start, sheet.per_sheet))

    def set_start(self, position: int) -> None:
        position = max(1, min(position, self._sheet.per_sheet))
        changed = position != self._start
        self._start = position
        self.setAccessibleDescription(
            self.tr("Label %1 of %2").replace("%1", str(position))
            .replace("%2", str(self._sheet.per_sheet))
        )  # fmt: skip
        self.update()
        if changed:
            self.chosen.emit(position)

    def _scale(self) -> float:
        return PIXELS_PER_MM

    def sizeHint(self) -> QSize:
        scale = self._scale()
        return QSize(round(labels.PAGE_WIDTH_MM * scale), round(labels.PAGE_HEIGHT_MM * scale))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _cell(self, position: int) -> QRectF:
        scale = self._scale()
        left, top, right, bottom = self._sheet.label_box(position)
        return QRectF(left * scale, top * scale, (right - left) * scale, (bottom - top) * scale)

    def position_at(self, point: QPoint) -> int | None:
        for position in range(1, self._sheet.per_sheet + 1):
            if self._cell(position).contains(point.toPointF()):
                return position
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        for position in range(1, self._sheet.per_sheet + 1):
            cell = self._cell(position)
            if position < self._start:  # already peeled off
                painter.fillRect(cell, palette.color(QPalette.ColorRole.Mid))
            elif position == self._start:
                painter.fillRect(cell, palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawRoundedRect(cell, 2, 2)
            if position == self._start:
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(position))
        if self.hasFocus():
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = self.position_at(event.position().toPoint())
        if position is not None:
            self.set_start(position)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -self._sheet.columns,
            Qt.Key.Key_Down: self._sheet.columns,
        }
        step = steps.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        self.set_start(self._start + step)


class LabelSheetChoice(QWidget):
    """Which label sheet, and the first free label on it: the choice every label print asks.

    Its words were the Labels tab's before the choice was shared: they keep the
    "SheetsTab" context, so their translations still apply.

    On the left the sheet and the start as a number (``side``, a column the
    caller may add its explanation and button to); on the right the picture
    of the sheet (``picker``), kept in step with the number.

    Attributes:
        sheet_choice: which Avery sheet (:data:`app.labels.SHEETS`, in order).
        start: the first free label, a spin box; ``picker`` the same on the picture.
        side: the left column's layout.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet_choice = QComboBox(self)
        for sheet in SHEETS:
            self.sheet_choice.addItem(
                QCoreApplication.translate("SheetsTab", "%1 — %2 labels of %3 × %4 mm")
                .replace("%1", sheet.name)
                .replace("%2", str(sheet.per_sheet))
                .replace("%3", QLocale().toString(sheet.label_width, "g", 4))
                .replace("%4", QLocale().toString(sheet.label_height, "g", 4))
            )
        self.start = QSpinBox(self)
        self.start.setRange(1, SHEETS[0].per_sheet)
        self.start.setMaximumWidth(self.start.fontMetrics().horizontalAdvance("0000") + 48)
        self.picker = LabelStartPicker(SHEETS[0], self)
        self.sheet_choice.currentIndexChanged.connect(self._sheet_changed)
        self.start.valueChanged.connect(self.picker.set_start)
        self.picker.chosen.connect(self.start.setValue)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SheetsTab", "Label &sheet:"), self.sheet_choice)
        form.addRow(QCoreApplication.translate("SheetsTab", "Start at &label:"), self.start)
        self.side = QVBoxLayout()
        self.side.addLayout(form)
        self.side.addStretch(1)
        legend = QLabel(QCoreApplication.translate("SheetsTab", "Grey: labels already used"), self)
        legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        picture = QVBoxLayout()
        picture.addWidget(self.picker)
        picture.addWidget(legend, 0, Qt.AlignmentFlag.AlignHCenter)
        picture.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.side, 1)
        layout.addLayout(picture)

    def _sheet_changed(self, index: int) -> None:
        sheet = SHEETS[index]
        self.picker.set_sheet(sheet)
        self.start.setMaximum(sheet.per_sheet)

    @property
    def sheet(self) -> LabelSheet:
        return SHEETS[self.sheet_choice.currentIndex()]

    @property
    def start_at(self) -> int:
        return self.start.value()


class SheetsTab(QWidget):
    """Labels and the call sheet, each previewed before printing.

    Attributes:
        label_choice: the sheet and first free label (:class:`LabelSheetChoice`);
            ``sheet_choice``, ``start`` and ``picker`` are its parts.
        labels_button / calls_button: make the PDF and open the preview.
        message: the last outcome or error.
        preview_titles: title of each preview, for whoever looks for it.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: BackgroundTask | None = None
        self._can_print = context.actor.can(Permission.EDIT_PATIENTS)
        self._build()

    def _build(self) -> None:
        labels_box = self._build_labels_box()
        calls_box = self._build_calls_box()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(labels_box)
        layout.addWidget(calls_box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        if not self._can_print:
            for button in (self.labels_button, self.calls_button):
                button.setEnabled(False)
                button.setToolTip(self.tr("Your role does not allow printing patients' details."))
        self.preview_titles = {
            "labels": self.tr("Address labels"),
            "calls": self.tr("Call sheet"),
        }

    def _build_labels_box(self) -> QGroupBox:
        labels_box = QGroupBox(self.tr("Address labels for the letters to print"), self)
        explanation = QLabel(
            self.tr(
                "For envelopes without a window: one label per letter waiting, in the same "
                "order as the letters (postcode, then name); a letter the check would set "
                "aside gets none. Once a run has printed, its own labels are on the Print "
                "runs tab. To use a sheet again, click the first label still on it."
            ),
            labels_box,
        )
        explanation.setWordWrap(True)
        self.label_choice = LabelSheetChoice(labels_box)
        self.sheet_choice = self.label_choice.sheet_choice
        self.start = self.label_choice.start
        self.picker = self.label_choice.picker
        self.labels_button = QPushButton(self.tr("Preview and print the labels…"), labels_box)
        self.labels_button.clicked.connect(self.print_labels)
        self.label_choice.side.insertWidget(0, explanation)
        self.label_choice.side.addWidget(self.labels_button, 0, Qt.AlignmentFlag.AlignRight)
        labels_layout = QVBoxLayout(labels_box)
        labels_layout.addWidget(self.label_choice)
        return labels_box

    def _build_calls_box(self) -> QGroupBox:
        calls_box = QGroupBox(self.tr("Call sheet"), self)
        calls_text = QLabel(
            self.tr(
                "Today's calls on paper, to call from and tick by hand: each patient's "
                "numbers, why we call, the start of the script and boxes for the outcome. "
                "Record the outcomes on the Today page afterwards."
            ),
            calls_box,
        )
        calls_text.setWordWrap(True)
        self.calls_button = QPushButton(self.tr("Preview and print the call sheet…"), calls_box)
        self.calls_button.clicked.connect(self.print_call_sheet)
        calls_layout = QVBoxLayout(calls_box)
        calls_layout.addWidget(calls_text)
        calls_layout.addWidget(self.calls_button, 0, Qt.AlignmentFlag.AlignRight)
        return calls_box

    @property
    def sheet(self) -> LabelSheet:
        return self.label_choice.sheet

    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    # -- making the PDFs -------------------------------------------------------------------

    def print_labels(self) -> bool:
        if self.busy() or not self._can_print:
            return False
        database, clock = self.context.database, self.context.clock
        sheet, start_at = self.sheet, self.label_choice.start_at

        def render(_progress: Progress) -> bytes:
            with database.read_session() as session:
                return labels.labels_for_waiting_letters(session, clock, sheet, start_at=start_at)

        self._run(self.tr("Preparing the labels"), render, "labels")
        return True

    def print_call_sheet(self) -> bool:
        if self.busy() or not self._can_print:
            return False
        database, clock = self.context.database, self.context.clock

        def render(_progress: Progress) -> bytes:
            with database.read_session() as session:
                return call_sheet.render_call_sheet(session, clock)

        self._run(self.tr("Preparing the call sheet"), render, "calls")
        return True

    def _run(self, title: str, render: Callable[[Progress], bytes], kind: str) -> None:
        self.message.setVisible(False)
        for button in (self.labels_button, self.calls_button):
            button.setEnabled(False)
        self.job = run_in_background(
            self,
            title,
            render,
            lambda pdf: self._ready(kind, pdf),
            lambda error: self._failed(kind, error),
        )
        self.job.finished.connect(self._enable)

    def _enable(self) -> None:
        for button in (self.labels_button, self.calls_button):
            button.setEnabled(self._can_print)

    def _failed(self, kind: str, error: BaseException) -> None:
        if is_cancelled(error):
            self.show_message(self.tr("Cancelled."))
        elif isinstance(error, NothingToPrint) and error.code == "all_set_aside":
            self.show_message(
                self.tr(
                    "The check before printing would set aside every letter waiting (%1), "
                    "so there is no label to print."
                ).replace("%1", str(error.params.get("count", "")))
            )
        elif isinstance(error, NothingToPrint):
            self.show_message(
                self.tr("No letter is waiting to be printed, so there is no label to print.")
                if kind == "labels"
                else self.tr("No call is waiting today.")
            )
        else:
            self.show_message(
                self.tr("The document could not be made: %1").replace("%1", str(error)),
                error=True,
            )

    def _ready(self, kind: str, pdf: bytes) -> None:
        # Names and addresses: a private temporary folder while the preview is open.
        with tempfile.TemporaryDirectory(prefix="relais-") as folder:
            path = Path(folder) / f"{kind}.pdf"
            path.write_bytes(pdf)
            path.chmod(0o600)
            self.open_preview(path, self.preview_titles[kind])

    def open_preview(self, path: Path, title: str) -> None:
        from ui.print_preview import PdfPreviewDialog

        PdfPreviewDialog.show_pdf(path, title, self)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(f"{NO_SIGN if error else YES_SIGN} {text}")
        self.message.setVisible(True)

"""The message template editor: the practice's own words for each reminder, previewed live.

One template per purpose × channel × language × tone (:class:`app.templates.TemplateKey`),
and for letters a variant: the standard letter, or the easy-read one that patients
whose paper format is easy-read receive.
The page shows the version in use (the practice's newest, or the shipped
default), lets an administrator edit it, and shows while typing what a patient
would receive: the sample patient or a real one found by name, rendered a
quarter of a second after typing stops.  The lint's findings sit under the
editor, each with its line; errors block the save exactly as
:func:`app.template_store.save` does, so the button and the service never
disagree.  Saving adds a version; nothing is overwritten (the history dialog
lists them, and loading one into the editor is only a draft until saved).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import consent, message_context, patients, preferences, template_store
from app.access import Permission
from app.errors import FieldError, NotFound, RelaisError, ValidationError
from app.settings import PracticeSettings, load_practice
from app.template_store import TemplateVersion
from app.templates import (
    CHANNELS,
    EASY_READ,
    STANDARD,
    LintIssue,
    MessageContext,
    PracticeContext,
    TemplateError,
    TemplateKey,
    default_source,
    lint,
    render,
    sample_context,
    sms_segments,
    variants_for,
)
from db.models import Channel, PaperFormat, Patient, Sex, Tone
from ui.context import UiContext
from ui.i18n import current_language
from ui.patients.consent_words import WARNING_SIGN, YES_SIGN, channel_name
from ui.style import ERROR_STYLE, page_heading

PREVIEW_DELAY_MS = 250
SEARCH_RESULTS = 20
SAMPLE_PATIENT = 0  # patient ids start at 1
INFO_SIGN = "\u2139"
HINT_STYLE = "color: #5f6368;"
# Amber, not red: UCS-2 costs more but is not a mistake.
ATTENTION_STYLE = "color: #8a4f00; font-weight: bold;"
ERROR_LINE_COLOUR = QColor("#fbe3e1")
ERROR_ITEM_COLOUR = QColor("#b3261e")
# A preview shows an appointment a week ahead, in the afternoon, as a reminder would.
PREVIEW_DAYS_AHEAD = 7
PREVIEW_TIME = time(14, 30)
_LINE_PREFIX = re.compile(r"^line (\d+): (.*)$", re.DOTALL)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def short_date(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%d/%m/%Y")


def version_text(version: TemplateVersion | None, zone: ZoneInfo) -> str:
    """ "Version 3, by admin, 28/11/2026", or "Default template" for the shipped one."""
    if version is None:
        return translate("TemplateEditorPage", "Default template")
    return (
        translate("TemplateEditorPage", "Version %1, by %2, %3")
        .replace("%1", str(version.version))
        .replace("%2", version.created_by)
        .replace("%3", short_date(version.created_at, zone))
    )


@dataclass(frozen=True)
class PreviewPatient:
    """The real patient a preview is written to, and how they are usually written to."""

    patient_id: int
    first_name: str
    last_name: str
    sex: Sex
    language: str
    tone: Tone
    paper_format: PaperFormat = PaperFormat.STANDARD


class LineNumberArea(QWidget):
    """The margin of :class:`SourceEditor` where the line numbers are painted."""

    def __init__(self, editor: SourceEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self._editor.line_number_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._editor.paint_line_numbers(event)


class SourceEditor(QPlainTextEdit):
    """A monospace editor with line numbers, since every problem is reported by line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setTabChangesFocus(True)  # keyboard users must be able to leave the editor
        self.numbers = LineNumberArea(self)
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._scroll_numbers)
        self._update_margin()

    def line_number_width(self) -> int:
        digits = max(2, len(str(self.blockCount())))
        return 10 + self.fontMetrics().horizontalAdvance("9") * digits

    def _update_margin(self, _count: int = 0) -> None:
        self.setViewportMargins(self.line_number_width(), 0, 0, 0)

    def _scroll_numbers(self, rect: QRect, dy: int) -> None:
        if dy:
            self.numbers.scroll(0, dy)
        else:
            self.numbers.update(0, rect.y(), self.numbers.width(), rect.height())
        if rect.contains(self.viewport().rect()):
            self._update_margin()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self.numbers.setGeometry(
            QRect(area.left(), area.top(), self.line_number_width(), area.height())
        )

    def paint_line_numbers(self, event: QPaintEvent) -> None:
        painter = QPainter(self.numbers)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            if block.isVisible() and bottom >= event.rect().top():
                painter.drawText(
                    0,
                    top,
                    self.numbers.width() - 5,
                    height,
                    Qt.AlignmentFlag.AlignRight,
                    str(block.blockNumber() + 1),
                )
            block = block.next()
            top = bottom
        painter.end()

    def go_to_line(self, line: int) -> None:
        block = self.document().findBlockByNumber(line - 1)
        if not block.isValid():
            return
        self.setTextCursor(QTextCursor(block))
        self.centerCursor()
        self.setFocus()

    def mark_lines(self, lines: set[int]) -> None:
        """Tint the lines that have an error (the problem list says it in words too)."""
        selections = []
        for line in sorted(lines):
            block = self.document().findBlockByNumber(line - 1)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(ERROR_LINE_COLOUR)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = QTextCursor(block)
            selections.append(selection)
        self.setExtraSelections(selections)

    def replace_text(self, text: str) -> None:
        """Put ``text`` in as one edit, so Ctrl+Z brings the previous text back."""
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)


class TemplateHistoryDialog(QDialog):
    """The saved versions of one template; the chosen one goes into the editor as a draft.

    Attributes:
        versions: the list, newest first, then the shipped default.
        viewer: the selected version's text.
    """

    def __init__(
        self,
        history: list[TemplateVersion],
        default_text: str | None,
        zone: ZoneInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Template history"))
        self._sources: list[str] = []
        self.versions = QListWidget(self)
        self.versions.setAccessibleName(self.tr("Versions"))
        for version in history:
            self._add(version_text(version, zone), version.source)
        if default_text is not None:
            self._add(self.tr("Default template (as shipped)"), default_text)
        self.viewer = QPlainTextEdit(self)
        self.viewer.setReadOnly(True)
        self.viewer.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.viewer.setAccessibleName(self.tr("Text of the selected version"))
        note = QLabel(
            self.tr("The chosen version goes into the editor as a draft: save it to use it again."),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        load_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        load_button.setText(self.tr("&Load into the editor"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.versions.currentRowChanged.connect(self._show_version)
        self.versions.itemActivated.connect(lambda _item: self.accept())

        columns = QHBoxLayout()
        columns.addWidget(self.versions, 2)
        columns.addWidget(self.viewer, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(860, 440)
        if self._sources:
            self.versions.setCurrentRow(0)
        self._show_version(self.versions.currentRow())

    def _add(self, title: str, source: str) -> None:
        self.versions.addItem(QListWidgetItem(title))
        self._sources.append(source)

    def _show_version(self, row: int) -> None:
        chosen = 0 <= row < len(self._sources)
        self.viewer.setPlainText(self._sources[row] if chosen else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(chosen)

    def chosen_source(self) -> str | None:
        row = self.versions.currentRow()
        return self._sources[row] if 0 <= row < len(self._sources) else None

    @classmethod
    def ask(
        cls,
        history: list[TemplateVersion],
        default_text: str | None,
        zone: ZoneInfo,
        parent: QWidget | None = None,
    ) -> str | None:
        """The text of the version chosen, or None when cancelled; tests replace this."""
        dialog = cls(history, default_text, zone, parent)
        return dialog.chosen_source() if dialog.exec() == QDialog.DialogCode.Accepted else None


class TemplateEditorPage(QWidget):
    """Edit, preview and version the practice's message templates.

    Attributes:
        purpose / channel / language / tone: the choosers of the template shown.
        variant: standard or easy-read; enabled for letters only (the other channels
            have no easy-read variant).
        version_label: the version in use ("Default template", "Version 3, by …").
        editor: the source, with line numbers.
        problems_summary / problems: what the lint found, each with its line.
        patient_search / patient_choice: whom the preview is written to.
        patient_note: when the chosen patient is not written to with this template.
        preview_error: why the template does not render, with its line.
        subject_view / body_view / html_view: the rendered message.
        sms_counter / sms_characters: the SMS's length, encoding and cost.
        save_button / revert_button / history_button: the actions.
        message: the last action's outcome.

    Signals:
        saved(int): a new version was stored (its number).
        dirty_changed(bool): the editor now differs (True) or no longer differs from
            the version in use.
    """

    saved = Signal(int)
    dirty_changed = Signal(bool)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._can_edit = context.actor.can(Permission.MANAGE_SETTINGS)
        self._practice = PracticeSettings()
        self._loaded_key: TemplateKey | None = None
        self._version: TemplateVersion | None = None
        self._saved_source = ""
        self._default_source: str | None = None
        self._issues: list[LintIssue] = []
        self._was_dirty = False
        self._patient: PreviewPatient | None = None
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh)
        self._build()
        self._fill_choosers()
        self.load()

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        heading = page_heading(self.tr("Message templates"), self)
        explanation = QLabel(
            self.tr(
                "The words of every reminder, per purpose, channel, language and tone. "
                "Each save adds a version; the newest one is used."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.read_only_banner = QLabel(
            self.tr("Read only: only an administrator can change message templates."), self
        )
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(ATTENTION_STYLE)
        self.read_only_banner.setVisible(not self._can_edit)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.read_only_banner)
        layout.addLayout(self._build_choosers())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_source())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 11)
        splitter.setStretchFactor(1, 9)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_actions())

    def _build_choosers(self) -> QHBoxLayout:
        self.purpose = self._chooser(self.tr("Purpose"))
        self.channel = self._chooser(self.tr("Channel"))
        self.language = self._chooser(self.tr("Language"))
        self.tone = self._chooser(self.tr("Tone"))
        self.variant = self._chooser(self.tr("Variant"))
        row = QHBoxLayout()
        for text, combo in (
            (self.tr("&Purpose:"), self.purpose),
            (self.tr("&Channel:"), self.channel),
            (self.tr("&Language:"), self.language),
            (self.tr("&Tone:"), self.tone),
            (self.tr("Va&riant:"), self.variant),
        ):
            # Labels above their chooser: the four fit the narrowest window side by side.
            label = QLabel(text, self)
            label.setBuddy(combo)
            pair = QVBoxLayout()
            pair.setSpacing(2)
            pair.addWidget(label)
            pair.addWidget(combo)
            row.addLayout(pair)
            row.addSpacing(6)
        row.addStretch(1)
        return row

    def _chooser(self, accessible_name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible_name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _build_source(self) -> QGroupBox:
        box = QGroupBox(self.tr("Template"), self)
        self.version_label = QLabel(box)
        self.version_label.setWordWrap(True)
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.editor = SourceEditor(box)
        self.editor.setAccessibleName(self.tr("Template text"))
        self.editor.setReadOnly(not self._can_edit)
        self.editor.textChanged.connect(self._text_changed)
        self.problems_summary = QLabel(box)
        self.problems_summary.setWordWrap(True)
        self.problems = QListWidget(box)
        self.problems.setAccessibleName(self.tr("Problems in the template"))
        self.problems.setWordWrap(True)
        self.problems.setToolTip(self.tr("Click a problem to go to its line."))
        self.problems.setMaximumHeight(self.fontMetrics().height() * 7)
        self.problems.itemClicked.connect(self._go_to_problem)
        self.problems.itemActivated.connect(self._go_to_problem)
        layout = QVBoxLayout(box)
        layout.addWidget(self.version_label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.problems_summary)
        layout.addWidget(self.problems)
        return box

    def _build_patient_chooser(self, box: QGroupBox) -> QHBoxLayout:
        self.patient_search = QLineEdit(box)
        self.patient_search.setPlaceholderText(self.tr("Search a patient by name…"))
        self.patient_search.setAccessibleName(self.tr("Search a patient for the preview"))
        self.patient_search.setClearButtonEnabled(True)
        self.patient_search.textChanged.connect(self._search_patients)
        self.patient_choice = QComboBox(box)
        self.patient_choice.setAccessibleName(self.tr("Patient shown in the preview"))
        self.patient_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.patient_choice.addItem(self.tr("Sample patient"), SAMPLE_PATIENT)
        self.patient_choice.currentIndexChanged.connect(self._patient_chosen)
        patient_label = QLabel(self.tr("Pati&ent:"), box)
        patient_label.setBuddy(self.patient_search)
        patient_row = QHBoxLayout()
        patient_row.addWidget(patient_label)
        patient_row.addWidget(self.patient_search, 1)
        patient_row.addWidget(self.patient_choice)
        return patient_row

    def _build_preview(self) -> QGroupBox:
        box = QGroupBox(self.tr("Preview"), self)
        patient_row = self._build_patient_chooser(box)
        self.patient_note = QLabel(box)
        self.patient_note.setWordWrap(True)
        self.patient_note.setStyleSheet(HINT_STYLE)
        self.patient_note.setVisible(False)

        self.preview_error = QLabel(box)
        self.preview_error.setWordWrap(True)
        self.preview_error.setStyleSheet(ERROR_STYLE)
        self.preview_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_error.setVisible(False)

        self.subject_label = QLabel(self.tr("Subject:"), box)
        self.subject_view = QLineEdit(box)
        self.subject_view.setReadOnly(True)
        self.subject_view.setAccessibleName(self.tr("Subject of the message"))
        self.subject_label.setBuddy(self.subject_view)
        subject_row = QHBoxLayout()
        subject_row.addWidget(self.subject_label)
        subject_row.addWidget(self.subject_view, 1)

        self.body_tabs = QTabWidget(box)
        self.body_view = QPlainTextEdit(box)
        self.body_view.setReadOnly(True)
        self.body_view.setAccessibleName(self.tr("Text of the message"))
        self.html_view = QTextBrowser(box)
        self.html_view.setOpenLinks(False)
        self.html_view.setAccessibleName(self.tr("HTML part of the e-mail"))
        self.html_view.hide()  # until an e-mail puts it in a tab; else it floats over the box
        self.body_tabs.setTabBarAutoHide(True)  # one part, no tabs: only e-mail has two
        self.body_tabs.addTab(self.body_view, self.tr("Text"))

        self.sms_counter = QLabel(box)
        self.sms_counter.setAccessibleName(self.tr("SMS length"))
        self.sms_characters = QLabel(box)
        self.sms_characters.setWordWrap(True)
        self.sms_characters.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(box)
        layout.addLayout(patient_row)
        layout.addWidget(self.patient_note)
        layout.addWidget(self.preview_error)
        layout.addLayout(subject_row)
        layout.addWidget(self.body_tabs, 1)
        layout.addWidget(self.sms_counter)
        layout.addWidget(self.sms_characters)
        return box

    def _build_actions(self) -> QHBoxLayout:
        self.history_button = QPushButton(self.tr("&History…"), self)
        self.history_button.setToolTip(
            self.tr("The saved versions of this template; load one into the editor.")
        )
        self.history_button.clicked.connect(self.show_history)
        self.revert_button = QPushButton(self.tr("Re&vert to default…"), self)
        self.revert_button.clicked.connect(self.revert_to_default)
        self.save_button = QPushButton(self.tr("&Save as new version"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.history_button)
        row.addWidget(self.revert_button)
        # Never hidden, only emptied: it holds the space that keeps the buttons their size.
        row.addWidget(self.message, 1)
        row.addWidget(self.save_button)
        return row

    def _fill_choosers(self) -> None:
        french = current_language() == "fr"
        with self.context.database.read_session() as session:
            purposes = consent.purposes(session)
        for combo in self._choosers():
            combo.blockSignals(True)
        for purpose in purposes:
            self.purpose.addItem(purpose.name_fr if french else purpose.name_en, purpose.code)
        for code in CHANNELS:
            self.channel.addItem(channel_name(Channel(code)), code)
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.tone.addItem(self.tr("Formal « vous »"), Tone.FORMAL.value)
        self.tone.addItem(self.tr("Informal « tu »"), Tone.INFORMAL.value)
        self.variant.addItem(self.tr("Standard"), STANDARD)
        self.variant.addItem(self.tr("Easy-read"), EASY_READ)
        for combo in self._choosers():
            combo.blockSignals(False)
            combo.currentIndexChanged.connect(self._key_chosen)
        self._follow_channel()

    def _choosers(self) -> tuple[QComboBox, ...]:
        return (self.purpose, self.channel, self.language, self.tone, self.variant)

    def _follow_channel(self) -> None:
        """Only letters have an easy-read variant: the chooser says so for the others."""
        letter = EASY_READ in variants_for(str(self.channel.currentData()))
        if not letter and self.variant.currentData() != STANDARD:
            self.variant.blockSignals(True)
            self.variant.setCurrentIndex(self.variant.findData(STANDARD))
            self.variant.blockSignals(False)
        self.variant.setEnabled(letter)
        self.variant.setToolTip(
            self.tr(
                "The easy-read letter goes to patients whose paper format is easy-read: "
                "short sentences, one idea per line."
            )
            if letter
            else self.tr("Only letters have an easy-read variant.")
        )

    # -- the template shown --------------------------------------------------------------

    @property
    def key(self) -> TemplateKey:
        """The template the choosers name (the one shown, unless a switch was refused)."""
        channel = str(self.channel.currentData())
        variant = str(self.variant.currentData())
        return TemplateKey(
            str(self.purpose.currentData()),
            channel,
            str(self.language.currentData()),
            str(self.tone.currentData()),
            variant if variant in variants_for(channel) else STANDARD,
        )

    @property
    def dirty(self) -> bool:
        """The editor differs from the version in use."""
        return self.editor.toPlainText() != self._saved_source

    @property
    def preview_pending(self) -> bool:
        """Typing has not been previewed yet (the preview waits for a pause)."""
        return self._preview_timer.isActive()

    def select_key(self, key: TemplateKey) -> bool:
        """Show ``key``'s template; False when the user kept unsaved changes instead."""
        if key == self._loaded_key:
            return True
        if self.purpose.findData(key.purpose) < 0:
            raise NotFound(f"No active purpose with code {key.purpose!r}.")
        if self.dirty and not self.confirm_discard():
            return False
        self._show_key_in_choosers(key)
        self.load()
        return True

    def _show_key_in_choosers(self, key: TemplateKey) -> None:
        for combo, value in (
            (self.purpose, key.purpose),
            (self.channel, key.channel),
            (self.language, key.language),
            (self.tone, key.tone),
            (self.variant, key.variant),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        self._follow_channel()

    def _key_chosen(self, _index: int) -> None:
        if self._loaded_key is not None and self.dirty and not self.confirm_discard():
            self._show_key_in_choosers(self._loaded_key)
            return
        self._follow_channel()
        self.load()

    def confirm_discard(self) -> bool:
        """Ask before leaving a changed template; tests replace this method."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved template"),
            self.tr("This template was changed but not saved. Discard the changes?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def can_leave(self) -> bool:
        """For the window before it shows another page: asks when there are unsaved changes."""
        return not self.dirty or self.confirm_discard()

    def load(self) -> None:
        """Read the chosen template's version in use again; the editor is then clean."""
        key = self.key
        with self.context.database.read_session() as session:
            self._practice = load_practice(session)
            self._version = template_store.newest(session, key)
        try:
            # The editor keeps "\n" only: a default checked out with CRLF must not look edited.
            self._default_source = default_source(key).replace("\r\n", "\n")
        except NotFound:
            self._default_source = None  # a purpose the practice added: no shipped words
        if self._version is not None:
            self._saved_source = self._version.source
        else:
            self._saved_source = self._default_source or ""
        self._loaded_key = key
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._saved_source)
        self.editor.blockSignals(False)
        self._show_version()
        self._show_patient_note()
        self.message.clear()
        self.refresh()

    def _show_version(self) -> None:
        if self._version is None and self._default_source is None:
            text = self.tr("No template yet: none is shipped for this purpose.")
        else:
            text = version_text(self._version, self._practice.zone())
        if self.dirty:
            text += " \u00b7 " + self.tr("changed, not saved")
        self.version_label.setText(text)
        self.version_label.setAccessibleName(text)

    # -- editing and previewing ----------------------------------------------------------

    def _text_changed(self) -> None:
        self._preview_timer.start()
        self._update_actions()

    def refresh(self) -> None:
        """Lint and render the editor's text now (typing waits ``PREVIEW_DELAY_MS`` for it)."""
        self._preview_timer.stop()
        key = self.key
        source = self.editor.toPlainText()
        self._issues = lint(key, source, practice_name=self._practice.name or None)
        self._show_problems()
        self._show_preview(key, source)
        self._update_actions()

    def _show_problems(self) -> None:
        self.problems.clear()
        errors = [i for i in self._issues if i.severity == "error"]
        warnings = [i for i in self._issues if i.severity != "error"]
        for issue in errors + warnings:
            error = issue.severity == "error"
            text = f"{WARNING_SIGN if error else INFO_SIGN} {self.issue_text(issue)}"
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, issue.line or 0)
            if error:
                item.setForeground(ERROR_ITEM_COLOUR)
            self.problems.addItem(item)
        self.problems.setVisible(bool(self._issues))
        if errors:
            summary = self.tr("%n error(s) to correct before saving.", "", len(errors))
            if warnings:
                summary += " " + self.tr("%n warning(s).", "", len(warnings))
            self.problems_summary.setText(f"{WARNING_SIGN} {summary}")
            self.problems_summary.setStyleSheet(ERROR_STYLE)
        elif warnings:
            summary = self.tr("No error; %n warning(s).", "", len(warnings))
            self.problems_summary.setText(f"{INFO_SIGN} {summary}")
            self.problems_summary.setStyleSheet("")
        else:
            no_problem = self.tr("No problem found.")
            self.problems_summary.setText(f"{YES_SIGN} {no_problem}")
            self.problems_summary.setStyleSheet("")
        self.editor.mark_lines({e.line for e in errors if e.line is not None})

    def problem_lines(self) -> list[str]:
        """The problems as listed, signs included."""
        return [self.problems.item(row).text() for row in range(self.problems.count())]

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        line = int(item.data(Qt.ItemDataRole.UserRole) or 0)
        if line:
            self.editor.go_to_line(line)

    def _show_preview(self, key: TemplateKey, source: str) -> None:
        with_subject = key.channel in ("email", "letter")
        self.subject_label.setVisible(with_subject)
        self.subject_view.setVisible(with_subject)
        self._show_html_part(key.channel == "email")
        self.sms_counter.setVisible(key.channel == "sms")
        self.sms_characters.setVisible(False)
        try:
            rendered = render(
                source, self._preview_context(key), channel=key.channel, language=key.language
            )
        except TemplateError as error:
            problem = self.issue_text(LintIssue(error.code, error.detail, error.line))
            shown = self.tr("The template cannot be shown: %1").replace("%1", problem)
            self.preview_error.setText(f"{WARNING_SIGN} {shown}")
            self.preview_error.setVisible(True)
            self.subject_view.clear()
            self.body_view.clear()
            self.html_view.clear()
            self.sms_counter.setText(
                self.tr("SMS length: not known while the template has an error.")
            )
            self.sms_counter.setStyleSheet(HINT_STYLE)
            return
        self.preview_error.setVisible(False)
        self.subject_view.setText(rendered.subject or "")
        self.subject_view.setCursorPosition(0)
        self.body_view.setPlainText(rendered.body)
        self.html_view.setHtml(rendered.html or "")
        if key.channel == "sms":
            self._show_sms_length(rendered.body)

    def _show_html_part(self, shown: bool) -> None:
        index = self.body_tabs.indexOf(self.html_view)
        if shown and index < 0:
            self.body_tabs.addTab(self.html_view, self.tr("HTML"))
        elif not shown and index >= 0:
            self.body_tabs.removeTab(index)
            self.html_view.hide()

    def _show_sms_length(self, body: str) -> None:
        count = sms_segments(body)
        parts = " \u00b7 ".join(
            (
                self.tr("%n character(s)", "", count.characters),
                count.encoding,
                self.tr("%n SMS", "", count.segments),
            )
        )
        if count.encoding == "GSM-7":
            self.sms_counter.setText(f"{YES_SIGN} {parts}")
            self.sms_counter.setStyleSheet("")
        else:
            self.sms_counter.setText(f"{WARNING_SIGN} {parts}")
            self.sms_counter.setStyleSheet(ATTENTION_STYLE)
            shown = ", ".join(_visible(c) for c in count.non_gsm)
            self.sms_characters.setText(
                self.tr(
                    "Not in the SMS alphabet, so the SMS is sent in UCS-2 "
                    "(70 characters instead of 160): %1"
                ).replace("%1", shown)
            )
            self.sms_characters.setVisible(True)
        self.sms_counter.setAccessibleDescription(self.sms_counter.text())

    def _preview_context(self, key: TemplateKey) -> MessageContext:
        sample = sample_context(key.language, key.tone, purpose=key.purpose, channel=key.channel)
        context = sample
        easy_read = key.variant == EASY_READ
        zone = self._practice.zone()
        local_today = self.context.clock.now().astimezone(zone).date()
        due = datetime.combine(local_today + timedelta(days=PREVIEW_DAYS_AHEAD), PREVIEW_TIME, zone)
        if easy_read:  # why, in the short sentences the easy-read letter prints
            start = sample.appointment.start if sample.appointment is not None else due
            reason = message_context.reason_sentence(
                key.purpose, key.language, key.tone, start, easy_read=True
            )
            context = dataclasses.replace(sample, reason=reason)
        if self._patient is not None:
            place = sample.appointment.place if sample.appointment is not None else ""
            built = message_context.build(
                practice=self._practice,
                zone=zone,
                channel=key.channel,
                language=key.language,
                tone=key.tone,
                sex=self._patient.sex,
                first_name=self._patient.first_name,
                last_name=self._patient.last_name,
                purpose=key.purpose,
                due_at=due.astimezone(UTC),
                practitioner=sample.practitioner.name,
                place=message_context.practice_context(self._practice).address or place,
                items=sample.items,
                easy_read=easy_read,
            )
            # What is due and the campaign's words come with a real reminder; the
            # sample's stand in so every variable has something to show.
            context = dataclasses.replace(
                built, headline=sample.headline, announcement=sample.announcement
            )
        practice = self._preview_practice(sample.practice)
        return dataclasses.replace(
            context,
            practice=practice,
            opt_out=message_context.opt_out(
                key.channel,
                key.language,
                key.tone,
                practice_phone=practice.phone,
                sms_reply_number=practice.phone,
                easy_read=easy_read,
            ),
        )

    def _preview_practice(self, sample: PracticeContext) -> PracticeContext:
        """The practice as set up, with the sample's values where a setting is still empty."""
        real = message_context.practice_context(self._practice)
        return PracticeContext(
            name=real.name or sample.name,
            phone=real.phone or sample.phone,
            email=real.email or sample.email,
            address=real.address or sample.address,
        )

    # -- the patient of the preview ------------------------------------------------------

    def _search_patients(self, text: str) -> None:
        self.patient_choice.blockSignals(True)
        while self.patient_choice.count() > 1:
            self.patient_choice.removeItem(1)
        if text.strip():
            with self.context.database.read_session() as session:
                ids = patients.search_ids(session, text, SEARCH_RESULTS)
                rows = patients.fetch_rows(session, ids)
            for patient_id in ids:
                row = rows[patient_id]
                self.patient_choice.addItem(
                    f"{row.last_name.upper()} {row.first_name} \u2014 "
                    f"{row.birth_date.strftime('%d/%m/%Y')}",
                    patient_id,
                )
        self.patient_choice.blockSignals(False)
        # The first match is who was meant, most of the time; no match: the sample.
        self.patient_choice.setCurrentIndex(1 if self.patient_choice.count() > 1 else 0)
        self._patient_chosen(self.patient_choice.currentIndex())

    def _patient_chosen(self, _index: int) -> None:
        patient_id = int(self.patient_choice.currentData() or SAMPLE_PATIENT)
        self._patient = None if patient_id == SAMPLE_PATIENT else self._read_patient(patient_id)
        self._show_patient_note()
        self.refresh()

    def _read_patient(self, patient_id: int) -> PreviewPatient | None:
        with self.context.database.read_session() as session:
            patient = session.get(Patient, patient_id)
            if patient is None:
                return None
            chosen = preferences.load(session, patient_id)
            return PreviewPatient(
                patient_id,
                patient.first_name,
                patient.last_name,
                patient.sex,
                patient.language,
                chosen.tone,
                chosen.paper_format,
            )

    def _show_patient_note(self) -> None:
        patient = self._patient
        key = self._loaded_key
        if patient is None or key is None:
            self.patient_note.setVisible(False)
            return
        easy_read = patient.paper_format is PaperFormat.EASY_READ
        if key.channel == Channel.LETTER.value and easy_read != (key.variant == EASY_READ):
            self.patient_note.setText(
                (
                    self.tr(
                        "%1 %2 reads easy-read: the easy-read letter is used for them. "
                        "Shown here with this one."
                    )
                    if easy_read
                    else self.tr(
                        "%1 %2 does not read easy-read: the standard letter is used for them. "
                        "Shown here with this one."
                    )
                )
                .replace("%1", patient.first_name)
                .replace("%2", patient.last_name)
            )
            self.patient_note.setVisible(True)
            return
        if patient.language == key.language and patient.tone.value == key.tone:
            self.patient_note.setVisible(False)
            return
        language = self.tr("French") if patient.language == "fr" else self.tr("English")
        tone = (
            self.tr("Formal « vous »")
            if patient.tone is Tone.FORMAL
            else self.tr("Informal « tu »")
        )
        self.patient_note.setText(
            self.tr(
                "%1 %2 is written to in %3, %4: another template is used for them. "
                "Shown here with this one."
            )
            .replace("%1", patient.first_name)
            .replace("%2", patient.last_name)
            .replace("%3", language)
            .replace("%4", tone.lower())
        )
        self.patient_note.setVisible(True)

    # -- actions -------------------------------------------------------------------------

    def _update_actions(self) -> None:
        dirty = self.dirty
        errors = any(i.severity == "error" for i in self._issues)
        self.save_button.setEnabled(self._can_edit and dirty and not errors)
        if not self._can_edit:
            why = self.tr("Only an administrator can change message templates.")
        elif errors:
            why = self.tr("Correct the errors marked %1 first.").replace("%1", WARNING_SIGN)
        elif not dirty:
            why = self.tr("Nothing changed yet.")
        else:
            why = self.tr("Save the text as a new version; it is used from now on.")
        self.save_button.setToolTip(why)
        can_revert = self._default_source is not None and self._saved_source != self._default_source
        self.revert_button.setEnabled(self._can_edit and can_revert)
        if not self._can_edit:
            self.revert_button.setToolTip(why)
        elif can_revert:
            self.revert_button.setToolTip(
                self.tr("Use the shipped template again, as a new version.")
            )
        else:
            self.revert_button.setToolTip(self.tr("The default template is already in use."))
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self._show_version()
            self.dirty_changed.emit(dirty)

    def save(self) -> bool:
        """Store the editor's text as a new version; True when stored."""
        if not self._can_edit:
            return False
        if self._preview_timer.isActive():
            self.refresh()  # the button follows the lint; the lint must follow the text
        try:
            with self.context.database.transaction() as session:
                version = template_store.save(
                    session,
                    self.context.clock,
                    self.context.actor,
                    self.key,
                    self.editor.toPlainText(),
                )
        except ValidationError as exc:
            self.show_message(" ".join(self._field_text(e) for e in exc.errors), error=True)
            return False
        except RelaisError as exc:  # PermissionDenied, NotFound
            self.show_message(str(exc), error=True)
            return False
        self.load()
        self.show_message(self.tr("Saved as version %1.").replace("%1", str(version)))
        self.saved.emit(version)
        return True

    def confirm_revert(self) -> bool:
        """Ask before going back to the default; tests replace this method."""
        text = self.tr(
            "Use the shipped default template again? It is saved as a new version; "
            "the practice's versions stay in the history."
        )
        if self.dirty:
            text += " " + self.tr("The changes not saved are lost.")
        answer = QMessageBox.question(
            self,
            self.tr("Revert to the default template"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def revert_to_default(self) -> bool:
        """Store the shipped template as a new version, after asking; True when stored."""
        if not self._can_edit or self._default_source is None:
            return False
        if not self.confirm_revert():
            return False
        try:
            with self.context.database.transaction() as session:
                version = template_store.revert_to_default(
                    session, self.context.clock, self.context.actor, self.key
                )
        except ValidationError as exc:
            self.show_message(" ".join(self._field_text(e) for e in exc.errors), error=True)
            return False
        except RelaisError as exc:
            self.show_message(str(exc), error=True)
            return False
        self.load()
        self.show_message(
            self.tr("The default template is in use again, as version %1.").replace(
                "%1", str(version)
            )
        )
        self.saved.emit(version)
        return True

    def show_history(self) -> None:
        """List the saved versions; the one chosen replaces the editor's text, unsaved."""
        with self.context.database.read_session() as session:
            versions = template_store.history(session, self.key)
        chosen = TemplateHistoryDialog.ask(
            versions, self._default_source, self._practice.zone(), self
        )
        if chosen is not None and chosen != self.editor.toPlainText():
            self.editor.replace_text(chosen)
            self.refresh()
            self.show_message(self.tr("Loaded into the editor; not saved yet."))

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(f"{WARNING_SIGN} {text}" if error else f"{YES_SIGN} {text}")
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setAccessibleDescription(text)

    # -- words ---------------------------------------------------------------------------

    def _field_text(self, error: FieldError) -> str:
        if error.code == "unchanged":
            return self.tr("Nothing changed.")
        if error.code == "too_long":
            return self.tr("The template is too long (at most %1 characters).").replace(
                "%1", str(template_store.MAX_SOURCE_LENGTH)
            )
        match = _LINE_PREFIX.match(error.message)
        if match:
            return self.issue_text(LintIssue(error.code, match.group(2), int(match.group(1))))
        return self.issue_text(LintIssue(error.code, error.message))

    def issue_text(self, issue: LintIssue) -> str:
        """ "line 3: …" in the user's language; the lint's English when the wording is new."""
        text = self.problem_text(issue.code, issue.message)
        if issue.line is None:
            return text
        return self.tr("line %1: %2").replace("%1", str(issue.line)).replace("%2", text)

    def problem_text(self, code: str, message: str) -> str:
        """The lint's or the renderer's English message, translated by its code.

        The message's quoted parts (a word, a variable, a count) are carried over;
        a message whose wording is not known here is shown as it is.
        """
        patterns: dict[str, list[tuple[str, str]]] = {
            "undefined": [
                (
                    r"'(.+)' is not defined; did you mean '(.+)'\?",
                    self.tr("'%1' is not defined; did you mean '%2'?"),
                ),
                (r"'(.+)' is not defined", self.tr("'%1' is not defined")),
                (
                    r"'(.+)' is not available: '(.+)' is empty for this message",
                    self.tr("'%1' is not available: '%2' is empty for this message"),
                ),
            ],
            "unknown_filter": [
                (
                    r"there is no filter '(.*)'; did you mean '(.+)'\?",
                    self.tr("there is no filter '%1'; did you mean '%2'?"),
                ),
                (r"there is no filter '(.*)'", self.tr("there is no filter '%1'")),
            ],
            "health_word": [
                (
                    r"'(.+)' is a health detail; an SMS must not carry health details "
                    r"\(in the sample message\)",
                    self.tr(
                        "'%1' is a health detail; an SMS must not carry health details "
                        "(in the sample message)"
                    ),
                ),
                (
                    r"'(.+)' is a health detail; an SMS must not carry health details",
                    self.tr("'%1' is a health detail; an SMS must not carry health details"),
                ),
            ],
            "health_variable": [
                (
                    r"'(.+)' can carry health details and must not appear in an SMS",
                    self.tr("'%1' can carry health details and must not appear in an SMS"),
                ),
            ],
            "sms_not_gsm": [
                (
                    r"'(.+)' is not in the SMS alphabet \(GSM-7\): the whole SMS switches to "
                    r"UCS-2, 70 characters per segment instead of 160",
                    self.tr(
                        "'%1' is not in the SMS alphabet (GSM-7): the whole SMS switches to "
                        "UCS-2, 70 characters per segment instead of 160"
                    ),
                ),
            ],
            "sms_too_long": [
                (
                    r"the sample SMS needs (\d+) segments \((\d+) (\S+) characters\); "
                    r"keep it to (\d+)",
                    self.tr("the sample SMS needs %1 segments (%2 %3 characters); keep it to %4"),
                ),
            ],
            "missing_sender": [
                (".*", self.tr("the patient must see who writes: use {{ practice.name }}")),
            ],
            "missing_opt_out": [
                (
                    ".*",
                    self.tr(
                        "say how to stop these messages: use {{ opt_out }} (or 'STOP' in an SMS)"
                    ),
                ),
            ],
            "missing_reason": [
                (
                    ".*",
                    self.tr("say why the patient receives this message: use {{ reason }}"),
                ),
            ],
            "missing_subject": [
                (
                    r"an e-mail needs a subject.*",
                    self.tr(
                        "an e-mail needs a subject: start with a line 'Objet : …' (or 'Subject: …')"
                    ),
                ),
                (
                    r"an? letter needs a subject.*",
                    self.tr(
                        "a letter needs a subject: start with a line 'Objet : …' (or 'Subject: …')"
                    ),
                ),
            ],
            "unexpected_subject": [
                (
                    r"an? (\w+) has no subject: remove the '(.+) :' line",
                    self.tr("%1 messages have no subject: remove the '%2 :' line"),
                ),
            ],
            "empty_body": [(r"the message is empty", self.tr("the message is empty"))],
        }
        for pattern, wording in patterns.get(code, []):
            match = re.fullmatch(pattern, message, flags=re.DOTALL)
            if match is None:
                continue
            values = list(match.groups())
            if code == "unexpected_subject" and values[0] in CHANNELS:
                values[0] = channel_name(Channel(values[0]))
            text = wording
            for number, value in enumerate(values, start=1):
                text = text.replace(f"%{number}", value)
            return text
        return message


def _visible(character: str) -> str:
    """A character as a person can read it, even a space that is not one."""
    if character.isspace() or not character.isprintable():
        return f"U+{ord(character):04X}"
    return f"\u2018{character}\u2019"

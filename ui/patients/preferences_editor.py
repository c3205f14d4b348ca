"""A patient's contact preferences: channels per purpose, limits, quiet times, letters.

The form edits one :class:`app.preferences.ContactPreferences` and saves it with
:func:`app.preferences.save` in one transaction.  Each purpose shows its
channels in the patient's order of preference, numbered, so the order reads
without knowing the convention; a purpose nobody chose for keeps the service's
default order (``ContactPreferences.channels_for``) and says "(default)", and
only purposes the user changed are written, so a later change of the default
still reaches them.

Problems come from the service's own validation, as in the patient editor:
they appear next to their field when a save is refused, then follow the form
as it is corrected.  The embedding dialog uses :attr:`PreferencesEditor.dirty`
and :attr:`PreferencesEditor.dirty_changed` to warn before closing.
"""

from __future__ import annotations

from dataclasses import fields
from typing import cast

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import consent, preferences
from app.access import Permission
from app.errors import ConcurrentChange, FieldError, RelaisError, ValidationError
from app.preferences import ContactPreferences
from db.models import Channel, PaperFormat, Patient, Tone
from ui.context import UiContext
from ui.i18n import current_language
from ui.patients.conflict import conflict_text
from ui.patients.consent_words import WARNING_SIGN, YES_SIGN, channel_name
from ui.style import ERROR_STYLE

# The service's own default order, so the form and the sender never disagree.
DEFAULT_ORDER: list[Channel] = ContactPreferences().channels_for("")
# Channels the patient did not choose follow the chosen ones, default ones first.
ALL_CHANNELS: list[Channel] = list(dict.fromkeys([*DEFAULT_ORDER, *Channel]))
DAYS = range(1, 8)  # 1 = Monday .. 7 = Sunday, as in ContactPreferences.quiet_days
NO_LIMIT = -1  # the spin boxes' special value; 0 stays a real limit ("no message at all")
TIME_FORMAT = "HH:mm"
HINT_STYLE = "color: #5f6368;"
# Fields the service validates and the form shows an error next to.
LOCATED_FIELDS = (
    "channels",
    "max_per_week",
    "max_per_month",
    "quiet_before",
    "quiet_after",
    "quiet_days",
)


class ChannelChip(QFrame):
    """One channel of one purpose: accepted or not, and the buttons that move it.

    Attributes:
        channel: the channel this chip stands for.
        check: ticked when the patient accepts the channel for this purpose.
        earlier / later: move the chip one place left / right.
    """

    def __init__(self, channel: Channel, purpose_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = channel
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.check = QCheckBox(channel_name(channel), self)
        self.check.setAccessibleName(
            self.tr("%1: %2").replace("%1", purpose_name).replace("%2", channel_name(channel))
        )
        self.check.setToolTip(
            self.tr("Tick if the patient accepts this channel. Ctrl+Left / Ctrl+Right: move it.")
        )
        where = f"{purpose_name} \u00b7 {channel_name(channel)}"
        self.earlier = self._arrow("\u25c0", self.tr("Earlier: %1").replace("%1", where))
        self.later = self._arrow("\u25b6", self.tr("Later: %1").replace("%1", where))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.check, 1)
        layout.addWidget(self.earlier)
        layout.addWidget(self.later)

    def _arrow(self, sign: str, description: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(sign)
        button.setAutoRaise(True)
        button.setFixedWidth(18)  # two arrows per channel, four channels, seven rows
        # Keyboard users move the focused channel with Ctrl+arrows: the tab
        # chain stays one stop per channel across seven purposes.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolTip(description)
        button.setAccessibleName(description)
        return button

    def show_rank(self, rank: int | None) -> None:
        """``rank`` is the place among the ticked channels (1 first), None when unticked."""
        name = channel_name(self.channel)
        self.check.setText(name if rank is None else f"{rank}. {name}")
        self.check.setAccessibleDescription(
            self.tr("Not used") if rank is None else self.tr("Choice %1").replace("%1", str(rank))
        )


class PurposeChannels(QWidget):
    """The channels of one purpose, in the patient's order, each one on or off.

    Attributes:
        code: the purpose's code.
        chips: one chip per channel, by channel (their order on screen is :meth:`order`).
        recorded: the patient has an explicit choice for this purpose (even if it
            equals the default); False shows "(default)".
        default_label / reset_button: "(default)", or the button going back to it.

    Signals:
        edited: the user ticked, moved or reset a channel.
    """

    edited = Signal()

    def __init__(self, code: str, purpose_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.purpose_name = purpose_name
        self.recorded = False
        self.chips: dict[Channel, ChannelChip] = {}
        self._order: list[Channel] = list(ALL_CHANNELS)
        self._chip_row = QHBoxLayout()
        self._chip_row.setSpacing(4)
        for channel in ALL_CHANNELS:
            chip = ChannelChip(channel, purpose_name, self)
            chip.check.toggled.connect(self._ticked)
            chip.check.installEventFilter(self)
            chip.earlier.clicked.connect(lambda _on=False, c=channel: self.move_channel(c, -1))
            chip.later.clicked.connect(lambda _on=False, c=channel: self.move_channel(c, 1))
            self.chips[channel] = chip
            self._chip_row.addWidget(chip)
        self._even_widths()

        self.default_label = QLabel(self.tr("(default)"), self)
        self.default_label.setStyleSheet(HINT_STYLE)
        self.reset_button = QToolButton(self)
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(
            self.tr("Back to the default order: SMS, then e-mail, then letter.")
        )
        self.reset_button.setAccessibleName(
            self.tr("%1: back to the default order").replace("%1", purpose_name)
        )
        self.reset_button.clicked.connect(self.reset)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._chip_row)
        layout.addSpacing(6)
        layout.addWidget(self.default_label)
        layout.addWidget(self.reset_button)
        layout.addStretch(1)
        self._show()

    def _even_widths(self) -> None:
        """Chips as wide as the widest one, so the rows line up whatever their order."""
        widest = 0
        for chip in self.chips.values():
            chip.show_rank(len(ALL_CHANNELS))
            widest = max(widest, chip.sizeHint().width())
        for chip in self.chips.values():
            chip.setFixedWidth(widest)

    # -- the choice ---------------------------------------------------------------------

    def order(self) -> list[Channel]:
        """Every channel, as on screen (ticked or not)."""
        return list(self._order)

    def chosen(self) -> list[Channel]:
        """The ticked channels in order: what ``ContactPreferences.channels`` holds."""
        return [c for c in self._order if self.chips[c].check.isChecked()]

    def is_default(self) -> bool:
        return not self.recorded and self.chosen() == DEFAULT_ORDER

    def set_choice(self, chosen: list[Channel] | None) -> None:
        """Show a recorded choice, or the default order when ``chosen`` is None."""
        self.recorded = chosen is not None
        ticked = list(DEFAULT_ORDER if chosen is None else dict.fromkeys(chosen))
        self._order = ticked + [c for c in ALL_CHANNELS if c not in ticked]
        for channel, chip in self.chips.items():
            chip.check.blockSignals(True)
            chip.check.setChecked(channel in ticked)
            chip.check.blockSignals(False)
        self._show()

    def move_channel(self, channel: Channel, step: int) -> None:
        """Move ``channel`` ``step`` places (negative: earlier), within the row."""
        here = self._order.index(channel)
        there = max(0, min(len(self._order) - 1, here + step))
        if there == here:
            return
        self._order.insert(there, self._order.pop(here))
        self._show()
        self.edited.emit()

    def reset(self) -> None:
        self.set_choice(None)
        self.edited.emit()

    def _ticked(self, _on: bool) -> None:
        self._show()
        self.edited.emit()

    def _show(self) -> None:
        chosen = self.chosen()
        for index, channel in enumerate(self._order):
            chip = self.chips[channel]
            self._chip_row.insertWidget(index, chip)
            chip.show_rank(chosen.index(channel) + 1 if channel in chosen else None)
            chip.earlier.setEnabled(index > 0)
            chip.later.setEnabled(index < len(self._order) - 1)
        for first, second in zip(self._order, self._order[1:], strict=False):
            QWidget.setTabOrder(self.chips[first].check, self.chips[second].check)
        # One short note at the end of the row, so the row fits a 900 px dialog:
        # "(default)", "(no message)", or the button back to the default.
        default = self.is_default()
        self.default_label.setText(self.tr("(default)") if chosen else self.tr("(no message)"))
        self.default_label.setToolTip(
            "" if chosen else self.tr("No channel ticked: nothing is sent for this purpose.")
        )
        self.default_label.setVisible(default or not chosen)
        self.reset_button.setVisible(not default and bool(chosen))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key_event = cast(QKeyEvent, event)
            steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
            step = steps.get(Qt.Key(key_event.key()))
            if step is not None and key_event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                for channel, chip in self.chips.items():
                    if chip.check is watched:
                        self.move_channel(channel, step)
                        return True
        return super().eventFilter(watched, event)


class PreferenceSaves(QObject):
    """Every preferences save in this process.

    A preferences save moves the patient record's version; the patient editor
    that opened the preferences follows its own moves through this, so that
    they do not read as another desk's change when it saves the record.

    Signals:
        version_saved(int, int, int): the patient id, the version the
            preferences form was read at, and the version after the save.
    """

    version_saved = Signal(int, int, int)


_preference_saves: list[PreferenceSaves] = []


def preference_saves() -> PreferenceSaves:
    """The process's one :class:`PreferenceSaves` (made once a Qt application runs)."""
    if not _preference_saves:
        _preference_saves.append(PreferenceSaves())
    return _preference_saves[0]


class PreferencesEditor(QWidget):
    """Edit and save one patient's contact preferences.

    Attributes:
        patient_id: whose preferences these are.
        purpose_rows: the channels of each active purpose, by purpose code.
        max_per_week / max_per_month: the limits (``NO_LIMIT`` shows "No limit").
        quiet_before / quiet_after: no message before / after these times.
        quiet_days: Monday (1) .. Sunday (7).
        quiet_holidays: quiet on public holidays too.
        quiet_channels: the channels the quiet times apply to.
        tone_buttons: one radio button per tone.
        paper_format: the format of letters (standard, large print, easy-read).
        paper_only / call_instead: the two letter options.
        save_button / revert_button: the actions.
        message: the last save's outcome, or why it was refused.
        version: the patient record's version when the form was read; a save
            names it, so a change another desk saved meanwhile is not written over.

    Signals:
        saved(list): after a save that wrote something; the names of the changed fields.

    Every save is also announced by :func:`preference_saves`.
        dirty_changed(bool): the form now differs (True) or no longer differs from the save.

    Raises NotFound (from :func:`app.preferences.load`) when the patient does not exist.
    """

    saved = Signal(list)
    dirty_changed = Signal(bool)

    def __init__(self, context: UiContext, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self._can_edit = context.actor.can(Permission.EDIT_PATIENTS)
        self._saved = ContactPreferences()
        self.version: int | None = None
        self._was_dirty = False
        self._purpose_codes: set[str] = set()
        # Choices for purposes not shown (retired ones): kept as they are on save.
        self._unshown_channels: dict[str, list[Channel]] = {}
        self._errors: list[FieldError] = []
        self._showing_errors = False
        self._inputs: list[QWidget] = []
        self.purpose_rows: dict[str, PurposeChannels] = {}
        self._error_labels: dict[str, QLabel] = {}
        self._build()
        self.load()
        # Only now: setWidget sizes the form once, and that size would not see
        # the purpose rows that load() adds.
        self.scroll_area.setWidget(self._content)
        # Scrolling sideways through a form is never wanted: the form asks for its width.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setMinimumWidth(
            self._content.minimumSizeHint().width()
            + self.scroll_area.verticalScrollBar().sizeHint().width()
        )

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        self.read_only_banner = QLabel(
            self.tr("Read only: your role cannot change contact preferences."), self
        )
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setVisible(not self._can_edit)

        channels = self._build_channels()
        limits = self._build_limits()
        letters = self._build_letters()
        quiet = self._build_quiet()

        self.language_note = QLabel(self)
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet(HINT_STYLE)
        self._actions = self._build_actions()

        left = QVBoxLayout()
        left.addWidget(limits)
        left.addWidget(letters)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(quiet)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self._content = QWidget(self)
        content_layout = QVBoxLayout(self._content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(channels)
        content_layout.addLayout(columns)
        content_layout.addWidget(self.language_note)
        content_layout.addStretch(1)
        # The dialog hosting this tab may be shorter than the form: the form
        # scrolls, the message and the buttons stay in view.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.addWidget(self.read_only_banner)
        self._layout.addWidget(self.scroll_area, 1)
        self._layout.addLayout(self._actions)

        if not self._can_edit:
            why = self.tr("Your role cannot change contact preferences.")
            for widget in self._inputs:
                widget.setEnabled(False)
                widget.setToolTip(why)

    def _build_actions(self) -> QHBoxLayout:
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.save_button = QPushButton(self.tr("&Save preferences"), self)
        self.save_button.setAccessibleName(self.tr("Save the contact preferences"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.revert_button.setAccessibleName(self.tr("Revert to the saved preferences"))
        self.revert_button.setToolTip(self.tr("Forget the changes made since the last save."))
        self.revert_button.clicked.connect(self.revert)
        self._inputs += [self.save_button, self.revert_button]
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.revert_button, 0, Qt.AlignmentFlag.AlignBottom)
        actions.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        return actions

    def sizeHint(self) -> QSize:
        """Room for the whole form without scrolling (QScrollArea's own hint is smaller)."""
        margins = self._layout.contentsMargins()
        content = self._content.sizeHint()
        height = content.height() + margins.top() + margins.bottom()
        height += self._layout.spacing() + self._actions.sizeHint().height()
        if not self.read_only_banner.isHidden():
            height += self._layout.spacing() + self.read_only_banner.sizeHint().height()
        return QSize(content.width() + margins.left() + margins.right(), height)

    def _error_label(self, field: str) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        self._error_labels[field] = label
        return label

    def _build_channels(self) -> QGroupBox:
        box = QGroupBox(self.tr("Channels by purpose"), self)
        explanation = QLabel(
            self.tr(
                "For each purpose, tick the channels the patient accepts; the number is the "
                "order in which they are tried. \u25c0 \u25b6 (or Ctrl+Left / Ctrl+Right) "
                "change the order."
            ),
            box,
        )
        explanation.setWordWrap(True)
        explanation.setStyleSheet(HINT_STYLE)
        self.paper_hint = QLabel(box)
        self.paper_hint.setWordWrap(True)
        self.paper_hint.setVisible(False)
        self._purpose_grid = QGridLayout()
        self._purpose_grid.setHorizontalSpacing(10)
        self._purpose_grid.setVerticalSpacing(2)
        self._purpose_grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(explanation)
        layout.addLayout(self._purpose_grid)
        layout.addWidget(self.paper_hint)
        layout.addWidget(self._error_label("channels"))
        return box

    def _build_limits(self) -> QGroupBox:
        box = QGroupBox(self.tr("Limits (all channels together)"), self)
        form = QFormLayout(box)
        self.max_per_week = self._limit(self.tr("Messages per week, at most"))
        self.max_per_month = self._limit(self.tr("Messages per month, at most"))
        form.addRow(self.tr("At most per &week:"), self._located("max_per_week", self.max_per_week))
        form.addRow(
            self.tr("At most per &month:"), self._located("max_per_month", self.max_per_month)
        )
        return box

    def _limit(self, accessible_name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(NO_LIMIT, 100)
        spin.setSpecialValueText(self.tr("No limit"))
        spin.setAccessibleName(accessible_name)
        spin.setMinimumWidth(110)
        spin.valueChanged.connect(self._edited)
        self._inputs.append(spin)
        return spin

    def _located(self, field: str, widget: QWidget) -> QWidget:
        """``widget`` with its error text right under it."""
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self._error_label(field))
        return holder

    def _build_letters(self) -> QGroupBox:
        box = QGroupBox(self.tr("Letters and tone"), self)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.tone_buttons = {
            Tone.FORMAL: QRadioButton(self.tr("&Formal (\u00ab vous \u00bb)"), self),
            Tone.INFORMAL: QRadioButton(self.tr("&Informal (\u00ab tu \u00bb)"), self),
        }
        self.paper_format = QComboBox(self)
        self.paper_format.setAccessibleName(self.tr("Paper format"))
        self.paper_format.addItem(self.tr("Standard"), PaperFormat.STANDARD.value)
        self.paper_format.addItem(self.tr("Large print"), PaperFormat.LARGE_PRINT.value)
        self.paper_format.addItem(self.tr("Easy-read"), PaperFormat.EASY_READ.value)
        self.paper_format.currentIndexChanged.connect(self._edited)
        self._inputs.append(self.paper_format)
        self._tone_group = self._radio_row(form, self.tr("Tone:"), list(self.tone_buttons.values()))
        paper_label = QLabel(self.tr("Paper fo&rmat:"), self)
        paper_label.setBuddy(self.paper_format)
        form.addRow(paper_label, self.paper_format)
        self.paper_only = self._check(self.tr("&Paper only (no SMS, no e-mail)"))
        self.call_instead = self._check(self.tr("Needs a &call instead of a letter"))
        form.addRow(self.paper_only)
        form.addRow(self.call_instead)
        return box

    def _radio_row(
        self, form: QFormLayout, label: str, buttons: list[QRadioButton]
    ) -> QButtonGroup:
        group = QButtonGroup(self)
        row = QHBoxLayout()
        for button in buttons:
            group.addButton(button)
            row.addWidget(button)
            self._inputs.append(button)
        row.addStretch(1)
        group.buttonToggled.connect(self._radio_toggled)
        form.addRow(label, row)
        return group

    def _radio_toggled(self, _button: QAbstractButton, on: bool) -> None:
        if on:  # one toggle off and one on per click: react once
            self._edited()

    def _check(self, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.toggled.connect(self._edited)
        self._inputs.append(box)
        return box

    def _build_quiet(self) -> QGroupBox:
        box = QGroupBox(self.tr("Quiet times"), self)
        form = QFormLayout(box)
        self.quiet_before = self._time(self.tr("No messages before"))
        self.quiet_after = self._time(self.tr("No messages after"))
        form.addRow(
            self.tr("No messages &before:"), self._located("quiet_before", self.quiet_before)
        )
        form.addRow(self.tr("No messages &after:"), self._located("quiet_after", self.quiet_after))

        locale = QLocale()
        days = QWidget(self)
        day_row = QHBoxLayout(days)
        day_row.setContentsMargins(0, 0, 0, 0)
        day_row.setSpacing(6)
        self.quiet_days: dict[int, QCheckBox] = {}
        for day in DAYS:
            check = self._check(locale.dayName(day, QLocale.FormatType.ShortFormat))
            long_name = locale.dayName(day, QLocale.FormatType.LongFormat)
            check.setAccessibleName(self.tr("Quiet on %1").replace("%1", long_name))
            check.setToolTip(long_name)
            self.quiet_days[day] = check
            day_row.addWidget(check)
        day_row.addStretch(1)
        # Seven days and four channels need the box's whole width: their labels go above.
        form.addRow(QLabel(self.tr("Quiet days:"), self))
        form.addRow(self._located("quiet_days", days))
        self.quiet_holidays = self._check(self.tr("Quiet on public &holidays too"))
        form.addRow(self.quiet_holidays)

        channels = QWidget(self)
        channel_row = QHBoxLayout(channels)
        channel_row.setContentsMargins(0, 0, 0, 0)
        self.quiet_channels: dict[Channel, QCheckBox] = {}
        for channel in ALL_CHANNELS:
            check = self._check(channel_name(channel))
            check.setAccessibleName(
                self.tr("Quiet times apply to %1").replace("%1", channel_name(channel))
            )
            self.quiet_channels[channel] = check
            channel_row.addWidget(check)
        channel_row.addStretch(1)
        form.addRow(QLabel(self.tr("The quiet times apply to:"), self))
        form.addRow(channels)
        return box

    def _time(self, accessible_name: str) -> QTimeEdit:
        edit = QTimeEdit(self)
        edit.setDisplayFormat(TIME_FORMAT)
        edit.setAccessibleName(accessible_name)
        edit.setMinimumWidth(90)
        edit.timeChanged.connect(self._edited)
        self._inputs.append(edit)
        return edit

    def _fill_purposes(self, purposes: list[tuple[str, str]]) -> None:
        """One row per active purpose; rebuilt only when the purposes themselves changed."""
        if [code for code, _name in purposes] == list(self.purpose_rows):
            return
        while self._purpose_grid.count():
            item = self._purpose_grid.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.deleteLater()
        self.purpose_rows = {}
        why = self.tr("Your role cannot change contact preferences.")
        for index, (code, name) in enumerate(purposes):
            row = PurposeChannels(code, name, self)
            row.edited.connect(self._edited)
            label = QLabel(name, self)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            self._purpose_grid.addWidget(label, index, 0)
            self._purpose_grid.addWidget(row, index, 1)
            self.purpose_rows[code] = row
            if not self._can_edit:
                row.setEnabled(False)
                for widget in [row, *row.findChildren(QCheckBox), *row.findChildren(QToolButton)]:
                    widget.setToolTip(why)

    # -- reading -------------------------------------------------------------------------

    def load(self) -> None:
        """Read the saved preferences (and the purposes) again; the form is then clean."""
        french = current_language() == "fr"
        with self.context.database.read_session() as session:
            every_purpose = consent.purposes(session, active_only=False)
            saved = preferences.load(session, self.patient_id)
            patient = session.get(Patient, self.patient_id)
            language = "fr" if patient is None else patient.language
            self.version = None if patient is None else patient.version
        self._purpose_codes = {p.code for p in every_purpose}
        self._fill_purposes(
            [(p.code, p.name_fr if french else p.name_en) for p in every_purpose if p.active]
        )
        self.language_note.setText(
            self.tr(
                "Messages and letters are written in %1, the language set in the patient "
                "record (change it there)."
            ).replace("%1", self.tr("French") if language == "fr" else self.tr("English"))
        )
        self._saved = saved  # first, so that showing it does not flash "dirty"
        self.set_preferences(saved)
        self._saved = self.preferences()  # as the form reads it back (days sorted...)
        self._clear_errors()
        self.message.setVisible(False)
        self._update_dirty()

    def set_preferences(self, prefs: ContactPreferences) -> None:
        """Show ``prefs`` in the form (the saved values stay as they were)."""
        for widget in self._inputs:
            widget.blockSignals(True)
        self._tone_group.blockSignals(True)
        try:
            for code, row in self.purpose_rows.items():
                row.set_choice(prefs.channels.get(code))
            self._unshown_channels = {
                code: list(chosen)
                for code, chosen in prefs.channels.items()
                if code not in self.purpose_rows
            }
            self.max_per_week.setValue(_spin_value(prefs.max_per_week))
            self.max_per_month.setValue(_spin_value(prefs.max_per_month))
            self.quiet_before.setTime(_time_of(prefs.quiet_before))
            self.quiet_after.setTime(_time_of(prefs.quiet_after))
            for day, check in self.quiet_days.items():
                check.setChecked(day in prefs.quiet_days)
            self.quiet_holidays.setChecked(prefs.quiet_on_public_holidays)
            for channel, check in self.quiet_channels.items():
                check.setChecked(channel in prefs.quiet_channels)
            self.tone_buttons[prefs.tone].setChecked(True)
            self.paper_format.setCurrentIndex(self.paper_format.findData(prefs.paper_format.value))
            self.paper_only.setChecked(prefs.paper_only)
            self.call_instead.setChecked(prefs.call_instead_of_letter)
        finally:
            for widget in self._inputs:
                widget.blockSignals(False)
            self._tone_group.blockSignals(False)
        self._edited()

    def preferences(self) -> ContactPreferences:
        """What the form says now, as the service's input."""
        channels = dict(self._unshown_channels)
        for code, row in self.purpose_rows.items():
            if not row.is_default():
                channels[code] = row.chosen()
        tone = next(t for t, b in self.tone_buttons.items() if b.isChecked())
        paper = PaperFormat(self.paper_format.currentData())
        return ContactPreferences(
            channels=channels,
            max_per_week=_limit_of(self.max_per_week),
            max_per_month=_limit_of(self.max_per_month),
            quiet_before=self.quiet_before.time().toString(TIME_FORMAT),
            quiet_after=self.quiet_after.time().toString(TIME_FORMAT),
            quiet_days=[day for day, check in self.quiet_days.items() if check.isChecked()],
            quiet_on_public_holidays=self.quiet_holidays.isChecked(),
            quiet_channels=[c for c, check in self.quiet_channels.items() if check.isChecked()],
            tone=tone,
            paper_format=paper,
            paper_only=self.paper_only.isChecked(),
            call_instead_of_letter=self.call_instead.isChecked(),
        )

    @property
    def dirty(self) -> bool:
        """The form differs from what is saved."""
        return self.preferences() != self._saved

    # -- reacting to edits ---------------------------------------------------------------

    def _edited(self) -> None:
        paper_only = self.paper_only.isChecked()
        for row in self.purpose_rows.values():
            row.setEnabled(self._can_edit and not paper_only)
        if paper_only:
            self.paper_hint.setText(
                self.tr("Paper only: every purpose goes by phone call.")
                if self.call_instead.isChecked()
                else self.tr("Paper only: every purpose goes by letter.")
            )
        elif self.call_instead.isChecked():
            self.paper_hint.setText(self.tr("Letters are replaced by a phone call."))
        self.paper_hint.setVisible(paper_only or self.call_instead.isChecked())
        if self._showing_errors:
            self._revalidate()
        self._update_dirty()

    def _update_dirty(self) -> None:
        dirty = self.dirty
        self.revert_button.setEnabled(self._can_edit and dirty)
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    # -- errors --------------------------------------------------------------------------

    def _revalidate(self) -> None:
        """Follow the corrections once a save was refused (the service's rules, not a copy)."""
        try:
            self.preferences().validate(self._purpose_codes)
        except ValidationError as exc:
            self._show_errors(exc.errors)
        else:
            self._clear_errors()

    def _problem(self, error: FieldError) -> str:
        """The error in the user's language; the service's English for an unknown code."""
        texts = {
            "purpose_unknown": self.tr("A purpose that no longer exists has a channel choice."),
            "duplicate": self.tr("A channel is listed twice for one purpose."),
            "hour_invalid": self.tr("Use HH:MM, e.g. 09:00."),
            "hours_order": self.tr("Must be later than the start (%1).").replace(
                "%1", self.quiet_before.time().toString(TIME_FORMAT)
            ),
            "day_invalid": self.tr("Days are Monday to Sunday."),
            "cap_invalid": self.tr("Between 0 and 100."),
            "caps_order": self.tr("More than the monthly limit (%1).").replace(
                "%1", str(self.max_per_month.value())
            ),
        }
        return texts.get(error.code, error.message)

    def _field_widgets(self) -> dict[str, QWidget]:
        return {
            "max_per_week": self.max_per_week,
            "max_per_month": self.max_per_month,
            "quiet_before": self.quiet_before,
            "quiet_after": self.quiet_after,
        }

    def _show_errors(self, errors: list[FieldError]) -> None:
        self._errors = list(errors)
        self._showing_errors = True
        by_field: dict[str, list[str]] = {}
        for error in errors:
            field = error.field if error.field in LOCATED_FIELDS else "channels"
            by_field.setdefault(field, []).append(self._problem(error))
        for field, label in self._error_labels.items():
            text = " ".join(by_field.get(field, []))
            label.setText(f"{WARNING_SIGN} {text}" if text else "")
            label.setVisible(bool(text))
        for field, widget in self._field_widgets().items():
            text = " ".join(by_field.get(field, []))
            widget.setAccessibleDescription(text)
        for day_check in self.quiet_days.values():
            day_check.setAccessibleDescription(" ".join(by_field.get("quiet_days", [])))

    def _clear_errors(self) -> None:
        self._show_errors([])
        self._showing_errors = False

    def field_error(self, field: str) -> str:
        """The error shown next to ``field`` ("" when none is shown)."""
        label = self._error_labels[field]
        return label.text().removeprefix(WARNING_SIGN).strip() if label.isVisibleTo(self) else ""

    def _focus_first_error(self) -> None:
        for field, widget in self._field_widgets().items():
            if any(e.field == field for e in self._errors):
                widget.setFocus()
                return

    # -- actions -------------------------------------------------------------------------

    def save(self) -> bool:
        """Write the form in one transaction; True when saved or nothing needed saving."""
        if not self._can_edit:
            return False
        prefs = self.preferences()
        if prefs == self._saved:
            self._clear_errors()
            self.show_message(self.tr("Nothing changed."))
            return True
        read_version = self.version
        try:
            with self.context.database.transaction() as session:
                changed = preferences.save(
                    session,
                    self.context.clock,
                    self.context.actor,
                    self.patient_id,
                    prefs,
                    expected_version=read_version,
                )
                patient = session.get(Patient, self.patient_id)
                saved_version = None if patient is None else patient.version
        except ConcurrentChange as exc:
            self.load()
            self.show_message(self.conflict_text(exc), error=True)
            return False
        except ValidationError as exc:
            self._show_errors(exc.errors)
            self.show_message(
                self.tr("Not saved: correct the fields marked %1.").replace("%1", WARNING_SIGN),
                error=True,
            )
            self._focus_first_error()
            return False
        except RelaisError as exc:  # PermissionDenied, NotFound
            self.show_message(str(exc), error=True)
            return False
        self._saved = prefs
        self.version = saved_version
        if read_version is not None and saved_version is not None:
            preference_saves().version_saved.emit(self.patient_id, read_version, saved_version)
        for code, row in self.purpose_rows.items():
            row.recorded = code in prefs.channels
        self._clear_errors()
        self.show_message(self.saved_text(changed))
        self._edited()
        self.saved.emit(changed)
        return True

    def conflict_text(self, change: ConcurrentChange) -> str:
        """Why the save was refused; the form already shows the preferences as saved now."""
        return conflict_text(
            change,
            self.context,
            self.tr("The preferences have been reloaded: check them and make your change again."),
        )

    def saved_text(self, changed: list[str]) -> str:
        """ "Saved: quiet hours, tone." from the service's field names, in the form's order."""
        words = {
            "created": self.tr("preferences recorded"),
            "channels": self.tr("channels by purpose"),
            "max_per_week": self.tr("weekly limit"),
            "max_per_month": self.tr("monthly limit"),
            "quiet_before": self.tr("quiet hours"),
            "quiet_after": self.tr("quiet hours"),
            "quiet_days": self.tr("quiet days"),
            "quiet_on_public_holidays": self.tr("public holidays"),
            "quiet_channels": self.tr("channels kept quiet"),
            "tone": self.tr("tone"),
            "paper_format": self.tr("paper format"),
            "paper_only": self.tr("paper only"),
            "call_instead_of_letter": self.tr("call instead of a letter"),
        }
        if not changed:
            return self.tr("Nothing changed.")
        order = ["created", *(f.name for f in fields(ContactPreferences))]
        ranked = sorted(
            changed, key=lambda name: order.index(name) if name in order else len(order)
        )
        said = list(dict.fromkeys(words.get(name, name) for name in ranked))
        return self.tr("Saved: %1.").replace("%1", ", ".join(said))

    def revert(self) -> None:
        """Back to the saved preferences."""
        self.set_preferences(self._saved)
        self._clear_errors()
        self.message.setVisible(False)
        self._update_dirty()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(f"{WARNING_SIGN} {text}" if error else f"{YES_SIGN} {text}")
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setAccessibleDescription(text)
        self.message.setVisible(True)


def _time_of(text: str) -> QTime:
    time = QTime.fromString(text, TIME_FORMAT)
    return time if time.isValid() else QTime(0, 0)


def _limit_of(spin: QSpinBox) -> int | None:
    return None if spin.value() == NO_LIMIT else spin.value()


def _spin_value(limit: int | None) -> int:
    return NO_LIMIT if limit is None else limit

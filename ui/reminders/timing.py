"""The Timing tab: when the practice's reminders go out (``app.reminder_timing``).

A grid of lead times, one row per active purpose and one column per channel,
each cell in words ("2 days before, the day before"); typing "7, 2, 1" (days
before), "2h" or ISO codes (P7D, PT2H) changes it.  Above it, the hour messages
go at and the days the post takes.  A cell that cannot be saved shows a sign,
turns red and says why in its tooltip as soon as it is typed; Save checks it
all again and saves nothing until everything holds.  Only an administrator
changes the timing; everyone else sees it read-only.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import consent, reminder_timing
from app.access import Permission
from app.errors import RelaisError, ValidationError
from app.planner import lead_delta
from app.reminder_timing import LeadProblem, ReminderTiming
from db.models import Channel
from ui.context import UiContext
from ui.i18n import current_language
from ui.patients.consent_words import WARNING_SIGN, channel_name
from ui.reminders.widgets import FieldRow, add_row, pytime
from ui.style import ERROR_STYLE

_Index = QModelIndex | QPersistentModelIndex

CHANNELS = tuple(Channel)  # the columns: SMS, e-mail, letter, phone
DEFAULTS_COLUMN = len(CHANNELS)  # the row's "Back to the defaults" button
COLUMN_COUNT = DEFAULTS_COLUMN + 1
LeadsRole = Qt.ItemDataRole.UserRole + 1  # the cell's lead times as ISO codes
_ERROR_COLOUR = QColor("#b3261e")  # ERROR_STYLE's red
_ERROR_BACKGROUND = QColor("#fce8e6")  # a pale red the error's text still reads on


class TimingModel(QAbstractTableModel):
    """Lead times by purpose (rows) and channel (columns), as typed so far.

    Attributes:
        purposes: (code, name in the user's language) of each row.
        leads: purpose code → channel → lead times (ISO codes, furthest first).
        postal_days: the days the post takes, which letters are checked against.
        editable: whether cells can be typed in.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.purposes: list[tuple[str, str]] = []
        self.leads: dict[str, dict[Channel, tuple[str, ...]]] = {}
        self.postal_days = reminder_timing.defaults().postal_days
        self.editable = False

    def reset(self, purposes: list[tuple[str, str]], timing: ReminderTiming) -> None:
        self.beginResetModel()
        self.purposes = purposes
        self.leads = {code: dict(timing.leads.get(code, {})) for code, _name in purposes}
        self.postal_days = timing.postal_days
        self.endResetModel()

    # -- Qt's model ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else len(self.purposes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.purposes[section][1] if 0 <= section < len(self.purposes) else None
        if 0 <= section < len(CHANNELS):
            return channel_name(CHANNELS[section])
        return "" if section == DEFAULTS_COLUMN else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() < len(CHANNELS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(  # noqa: PLR0911 -- one return per role
        self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.column() >= len(CHANNELS):
            return None
        purpose, channel = self.cell(index.row(), index.column())
        codes = self.leads[purpose][channel]
        if role == LeadsRole:
            return list(codes)
        if role == Qt.ItemDataRole.EditRole:
            return reminder_timing.leads_as_text(codes)
        problems = self.problems(purpose, channel)
        if role == Qt.ItemDataRole.DisplayRole:
            words = self.leads_words(codes)
            return f"{WARNING_SIGN} {words}" if problems else words
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(purpose, channel, problems)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return " ".join(problems)
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            return _ERROR_COLOUR
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return _ERROR_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and not self.is_default(purpose, channel):
            bold = QFont()
            bold.setBold(True)  # what the practice changed stands out
            return bold
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        purpose, channel = self.cell(index.row(), index.column())
        self.set_leads(purpose, channel, reminder_timing.leads_from_text(str(value)))
        return True

    # -- what the tab asks --------------------------------------------------------------------

    def cell(self, row: int, column: int) -> tuple[str, Channel]:
        return self.purposes[row][0], CHANNELS[column]

    def set_leads(self, purpose: str, channel: Channel, codes: tuple[str, ...]) -> None:
        self.leads[purpose][channel] = reminder_timing.ordered(codes)
        row = next(i for i, (code, _name) in enumerate(self.purposes) if code == purpose)
        self._row_changed(row)

    def set_postal_days(self, days: int) -> None:
        self.postal_days = days
        if self.purposes:  # only letters depend on the post
            letter = CHANNELS.index(Channel.LETTER)
            self.dataChanged.emit(self.index(0, letter), self.index(len(self.purposes) - 1, letter))

    def back_to_defaults(self, row: int) -> None:
        purpose = self.purposes[row][0]
        for channel in CHANNELS:
            self.leads[purpose][channel] = reminder_timing.default_leads(purpose, channel)
        self._row_changed(row)

    def is_default(self, purpose: str, channel: Channel) -> bool:
        default = reminder_timing.default_leads(purpose, channel)
        return reminder_timing.ordered(self.leads[purpose][channel]) == default

    def row_is_default(self, row: int) -> bool:
        return all(self.is_default(self.purposes[row][0], channel) for channel in CHANNELS)

    def problems(self, purpose: str, channel: Channel) -> list[str]:
        """What is wrong with one cell, in the user's words (none: it can be saved)."""
        found = reminder_timing.lead_problems(
            channel, self.leads[purpose][channel], self.postal_days
        )
        return [self.problem_text(problem) for problem in found]

    def has_problems(self) -> bool:
        return any(
            self.problems(purpose, channel)
            for purpose, _name in self.purposes
            for channel in CHANNELS
        )

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    # -- words --------------------------------------------------------------------------------

    def lead_words(self, code: str) -> str:
        """ "7 days before", "the day before", "on the day", "2 h before"; else the code."""
        try:
            delta = lead_delta(code)
        except ValueError:
            return code
        if "D" in code and "H" in code:
            return code  # refused anyway: days or hours, not both
        if "H" in code:
            return self.tr("%1 h before").replace("%1", str(delta // timedelta(hours=1)))
        if delta.days == 0:
            return self.tr("on the day")
        if delta.days == 1:
            return self.tr("the day before")
        return self.tr("%n days before", "", delta.days)

    def leads_words(self, codes: tuple[str, ...]) -> str:
        if not codes:
            return self.tr("none")
        # A long cell wraps between lead times, never inside one ("2 days / before").
        return ", ".join(self.lead_words(code).replace(" ", "\u00a0") for code in codes)

    def problem_text(self, problem: LeadProblem) -> str:  # noqa: PLR0911 -- one per kind
        typed = reminder_timing.leads_as_text((problem.lead,)) if problem.lead else ""
        kind = problem.kind
        if kind == "empty":
            return self.tr(
                "At least one lead time: a patient who prefers this channel would get nothing."
            )
        if kind == "too_many":
            return self.tr("At most %1 lead times.").replace("%1", str(reminder_timing.MOST_LEADS))
        if kind == "lead":
            return self.tr(
                "“%1” is not a lead time: type the days before (7, 2, 1), 0 for the day "
                "itself, or hours like 2h."
            ).replace("%1", typed)
        if kind == "mixed":
            return self.tr("“%1”: days or hours, not both.").replace("%1", typed)
        if kind == "hours":
            return self.tr("“%1”: from 1 to 23 hours before; the day before is 1.").replace(
                "%1", typed
            )
        if kind == "too_far":
            return (
                self.tr("“%1”: at most %2 days ahead.")
                .replace("%1", typed)
                .replace("%2", str(reminder_timing.MOST_LEAD_DAYS))
            )
        if kind == "duplicate":
            return self.tr("“%1” is there twice.").replace("%1", self.lead_words(problem.lead))
        if kind == "too_late_for_post":
            return self.tr(
                "A letter sent %1 cannot reach the patient in time: the post takes %n day(s).",
                "",
                self.postal_days,
            ).replace("%1", self.lead_words(problem.lead))
        return problem.message

    def _tooltip(self, purpose: str, channel: Channel, problems: list[str]) -> str:
        lines = list(problems)
        if not self.is_default(purpose, channel):
            default = reminder_timing.default_leads(purpose, channel)
            lines.append(self.tr("Default: %1").replace("%1", self.leads_words(default)))
        if self.editable:
            lines.append(
                self.tr("Double-click or type to change: days before (7, 2, 1), or hours (2h).")
            )
        return "\n".join(lines)


class TimingTab(QWidget):
    """The practice's reminder timing: sending hour, postal days, lead times; Save.

    Attributes:
        editable: whether the signed-in user may change it (an administrator).
        model: the grid's lead times as typed so far.
        table: the grid.
        sending_time: the hour messages go at; ``sending_row`` holds its error.
        postal_days: the days the post takes; ``postal_row`` holds its error.
        defaults_buttons: "Back to the defaults", one per row.
        save_button: saves; disabled for those who may not.
        message: what came of the last Save.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editable = context.actor.can(Permission.MANAGE_SETTINGS)
        self.model = TimingModel(self)
        self.model.editable = self.editable
        self.defaults_buttons: list[QPushButton] = []

        intro = QLabel(
            self.tr(
                "When reminders go out, for each purpose and channel. A lead time counts back "
                "from the appointment or the due date. Messages already planned stay as they "
                "are; a change applies from the next planning round."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.sending_time = QTimeEdit(self)
        self.sending_time.setDisplayFormat("HH:mm")
        self.sending_time.setTimeRange(
            QTime(reminder_timing.EARLIEST_SENDING.hour, reminder_timing.EARLIEST_SENDING.minute),
            QTime(reminder_timing.LATEST_SENDING.hour, reminder_timing.LATEST_SENDING.minute),
        )
        self.sending_time.setToolTip(
            self.tr(
                "Messages sent days ahead go at this hour (07:00 to 20:00); those sent hours "
                "ahead go that long before the appointment."
            )
        )
        self.postal_days = QSpinBox(self)
        self.postal_days.setRange(
            reminder_timing.FEWEST_POSTAL_DAYS, reminder_timing.MOST_POSTAL_DAYS
        )
        self.postal_days.setToolTip(
            self.tr("A letter must leave at least this many days before the appointment.")
        )
        self.postal_days.valueChanged.connect(self.model.set_postal_days)
        for editor in (self.sending_time, self.postal_days):
            editor.setReadOnly(not self.editable)
            editor.setMaximumWidth(editor.sizeHint().width() + 24)
        form = QFormLayout()
        self.sending_row: FieldRow = add_row(
            form, self.tr("Sending &hour:"), self.sending_time, self
        )
        self.postal_row: FieldRow = add_row(
            form, self.tr("Days the &post takes:"), self.postal_days, self
        )

        hint = QLabel(
            self.tr(
                "Double-click a cell to change it: the days before, separated by commas "
                "(7, 2, 1), 0 for the day itself, or hours like 2h. What differs from the "
                "defaults is in bold."
            )
            if self.editable
            else self.tr("Only an administrator can change the timing.")
        )
        hint.setWordWrap(True)
        self._build_table()

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(self.editable)
        if not self.editable:
            self.save_button.setToolTip(self.tr("Only an administrator can change the timing."))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.load()

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Lead times by purpose and channel"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            if self.editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        # Four lead times make a long cell: it wraps, and its row grows.
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        # As tall as its rows (seven purposes), so Save sits right under the grid.
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DEFAULTS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.model.dataChanged.connect(self._update_buttons)

    # -- loading and saving -------------------------------------------------------------------

    def load(self) -> None:
        """What is in force, from the database."""
        french = current_language() == "fr"
        with self.context.database.read_session() as session:
            timing = reminder_timing.read(session)
            purposes = [
                (p.code, p.name_fr if french else p.name_en) for p in consent.purposes(session)
            ]
        self.sending_time.setTime(QTime(timing.sending_time.hour, timing.sending_time.minute))
        self.postal_days.setValue(timing.postal_days)
        self.model.reset(purposes, timing)
        self.defaults_buttons = []
        for row, (_code, name) in enumerate(purposes):
            holder = QWidget(self.table)  # keeps the button its own height in a tall row
            button = QPushButton(self.tr("Back to the defaults"), holder)
            button.setAccessibleName(
                self.tr("Back to the default lead times for %1").replace("%1", name)
            )
            button.clicked.connect(lambda _checked=False, r=row: self.model.back_to_defaults(r))
            box = QHBoxLayout(holder)
            box.setContentsMargins(2, 1, 2, 1)
            box.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.table.setIndexWidget(self.model.index(row, DEFAULTS_COLUMN), holder)
            self.defaults_buttons.append(button)
        self._update_buttons()
        self.sending_row.set_error("")
        self.postal_row.set_error("")

    def timing(self) -> ReminderTiming:
        """What the tab says, checked or not."""
        return ReminderTiming(
            pytime(self.sending_time.time()),
            self.postal_days.value(),
            {purpose: dict(by_channel) for purpose, by_channel in self.model.leads.items()},
        )

    def save(self) -> bool:
        self.sending_row.set_error("")
        self.postal_row.set_error("")
        try:
            with self.context.database.transaction() as session:
                changed = reminder_timing.save(
                    session, self.context.clock, self.context.actor, self.timing()
                )
        except ValidationError as error:
            # The cells say their own problems (the model checks them as they are typed).
            for problem in error.errors:
                if problem.field == "sending_time":
                    self.sending_row.set_error(problem.message)
                elif problem.field == "postal_days":
                    self.postal_row.set_error(problem.message)
            self._show(self.tr("Not saved: what is marked in red needs correcting."), error=True)
            self._focus_first_problem()
            return False
        except RelaisError as error:
            self._show(self.tr("Not saved:") + " " + str(error), error=True)
            return False
        self.load()
        self._show(
            self.tr("Saved. Reminders are planned again with this timing at the next round.")
            if changed
            else self.tr("Nothing changed."),
            error=False,
        )
        return True

    def _focus_first_problem(self) -> None:
        for row, (purpose, _name) in enumerate(self.model.purposes):
            for column, channel in enumerate(CHANNELS):
                if self.model.problems(purpose, channel):
                    # Current but not selected: the selection's colour would hide the red.
                    self.table.selectionModel().setCurrentIndex(
                        self.model.index(row, column), QItemSelectionModel.SelectionFlag.Clear
                    )
                    self.table.setFocus()
                    return

    def _update_buttons(self) -> None:
        for row, button in enumerate(self.defaults_buttons):
            button.setEnabled(self.editable and not self.model.row_is_default(row))

    def _show(self, text: str, *, error: bool) -> None:
        self.message.setText(("⚠ " if error else "✓ ") + text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.show()

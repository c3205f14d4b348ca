"""Today: the receptionist's first screen (DESIGN §10 flow 1).

At a glance: what goes out today on each channel, the call list with one
click per outcome, what to retry, what a crash left unsure, who is left out
and why, the letters waiting for the print run, and the data-rights requests
past their deadline.  The summary is read on the database worker
(:func:`ui.background.run_in_background`) so the screen never freezes, and
applied on the GUI thread; no Session outlives a refresh.  It refreshes when
shown, every minute while visible (the dispatcher ticks every minute), and
after each action.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import calls, dispatch, patients, today
from app.access import Permission
from app.complaints import Overdue, Step
from app.errors import RelaisError
from app.importers.sms_replies import StopOutcome, StopStatus
from app.normalize import phone_display
from app.tasks import Progress
from app.today import ChannelDay, LeftOutGroup, MessageToCheck, TodaySummary
from db.models import CallOutcome, Channel, MessageStatus, PaperFormat
from ui.background import BackgroundTask, run_in_background
from ui.context import UiContext
from ui.i18n import current_language
from ui.patients.consent_words import NO_SIGN, WARNING_SIGN, YES_SIGN, channel_name
from ui.patients.finder import patient_line
from ui.rights.requests_page import kind_name, short_date
from ui.style import ERROR_STYLE, page_heading
from ui.today.call_list import CallList, moment_text
from ui.today.outcomes import OutcomeList
from ui.today.stop_dialog import StopDialog

REFRESH_EVERY_MS = 60_000
RETRY_SIGN = "\u21bb"
UNSURE_SIGN = "?"


class ChannelTile(QFrame):
    """One channel's day: the number going out today, big, and what it is made of."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.count = QLabel("0", self)
        font = QFont(self.count.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.count.setFont(font)
        self.title = QLabel(title, self)
        self.detail = QLabel(self)
        self.detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QGridLayout(self)
        layout.addWidget(self.count, 0, 0, 2, 1)
        layout.addWidget(self.title, 0, 1)
        layout.addWidget(self.detail, 1, 1)
        layout.setColumnStretch(1, 1)

    def show_day(self, count: int, detail: str) -> None:
        self.count.setText(str(count))
        self.detail.setText(detail)
        self.setAccessibleName(f"{self.title.text()}: {count}. {detail}")


class TodayPage(QWidget):
    """The day's work at a glance, and the actions that need a person.

    Attributes:
        summary: the last summary applied (None until the first refresh ends).
        job: the refresh running on the database worker, if any.
        updating: the quiet "Updating…" label, visible while a refresh runs.
        tiles: one :class:`ChannelTile` per channel.
        call_list: the call list and its outcome buttons.
        outcomes / outcomes_box: past appointments awaiting an outcome (attended, missed...).
        retry_list / retry_button: messages retrying or failed, and "Retry now".
        review_list / sent_button / send_again_button: messages a crash left unsure.
        left_out: who is left out, grouped by reason.
        print_run / overdue: one line each.
        overdue_complaints / feedback_button: complaints past a deadline, and the way to them.
        stop_button: records a STOP read on the practice's phone (:class:`StopDialog`).
        message: the last action's outcome or its error.

    Signals:
        refreshed(): a new summary is on screen.
        changed(): an action changed the outbox.
        print_centre_requested(): the user asked to go to the Print centre.
        feedback_requested(): the user asked to go to the Feedback page (complaints).
    """

    refreshed = Signal()
    changed = Signal()
    print_centre_requested = Signal()
    feedback_requested = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.summary: TodaySummary | None = None
        self.job: BackgroundTask | None = None
        self._refresh_again = False
        self._can_act = context.actor.can(Permission.EDIT_PATIENTS)
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_EVERY_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.refresh()

    # -- layout ------------------------------------------------------------------------

    def _build_top(self) -> QHBoxLayout:
        self.heading = page_heading(parent=self)
        self._show_heading(self.context.settings.today(self.context.clock))
        self.updating = QLabel(self.tr("Updating…"), self)
        self.updating.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.updating.setVisible(False)
        self.refresh_button = QPushButton(self.tr("Refres&h"), self)
        self.refresh_button.setToolTip(self.tr("Read the day again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        refresh_key = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        refresh_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_key.activated.connect(self.refresh)
        self.stop_button = QPushButton(self.tr("Record a ST&OP…"), self)
        self.stop_button.setToolTip(
            self.tr("A patient answered STOP on the practice's phone: no more SMS to them.")
        )
        self.stop_button.clicked.connect(self.record_stop)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.updating)
        top.addWidget(self.stop_button)
        top.addWidget(self.refresh_button)
        return top

    def _build(self) -> None:
        top = self._build_top()
        self.tiles = {
            Channel.SMS: ChannelTile(self.tr("SMS"), self),
            Channel.EMAIL: ChannelTile(self.tr("E-mails"), self),
            Channel.LETTER: ChannelTile(self.tr("Letters"), self),
            Channel.PHONE: ChannelTile(self.tr("Calls"), self),
        }
        tiles = QHBoxLayout()
        tiles_caption = QLabel(self.tr("Going out today:"), self)
        tiles.addWidget(tiles_caption)
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)

        self.print_run = QLabel(self)
        # The page's own title, translated where the window's titles are.
        self.print_centre_button = QPushButton(
            QCoreApplication.translate("MainWindow", "Print centre") + " →", self
        )
        self.print_centre_button.setVisible(False)
        self.print_centre_button.clicked.connect(self.print_centre_requested)
        print_row = QHBoxLayout()
        print_row.addWidget(self.print_run)
        print_row.addWidget(self.print_centre_button)
        print_row.addStretch(1)
        self.overdue = QLabel(self)
        self.overdue.setWordWrap(True)
        self.overdue.setStyleSheet(ERROR_STYLE)
        self.overdue.setVisible(False)
        self._build_overdue_complaints()

        self.call_list = CallList(self.context, self)
        self.call_list.recorded.connect(self._call_recorded)
        self.call_list.failed.connect(lambda text: self.show_message(text, error=True))
        self.calls_box = QGroupBox(self)
        calls_layout = QVBoxLayout(self.calls_box)
        calls_layout.addWidget(self.call_list)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_left())
        splitter.addWidget(self._build_side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # Relative sizes: the lists on the right need room for a name and an error.
        splitter.setSizes([600, 400])

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addLayout(print_row)
        layout.addWidget(self.overdue)
        layout.addLayout(self.complaints_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        if not self._can_act:
            for button in (
                *self.call_list.buttons.values(),
                self.retry_button,
                self.sent_button,
                self.send_again_button,
            ):
                button.setToolTip(self.tr("Your role does not allow changing messages."))
            self.stop_button.setEnabled(False)
            self.stop_button.setToolTip(self.tr("Your role cannot change consents."))

    def _build_left(self) -> QSplitter:
        """The call list, and under it how the past appointments went (attended, missed...)."""
        self.outcomes = OutcomeList(self.context, self)
        self.outcomes.recorded.connect(self._outcome_recorded)
        self.outcomes.failed.connect(lambda text: self.show_message(text, error=True))
        self.outcomes_box = QGroupBox(self)
        QVBoxLayout(self.outcomes_box).addWidget(self.outcomes)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.setChildrenCollapsible(False)
        left.addWidget(self.calls_box)
        left.addWidget(self.outcomes_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        return left

    def _build_side(self) -> QWidget:
        side = QWidget(self)
        lines = self.fontMetrics().lineSpacing()

        self.retry_box = QGroupBox(side)
        self.retry_list = QListWidget(self.retry_box)
        self.retry_list.setAccessibleName(self.tr("Messages to retry"))
        self.retry_list.setMinimumHeight(lines * 4)
        _wrap(self.retry_list)
        self.retry_list.itemSelectionChanged.connect(self._update_buttons)
        self.retry_button = QPushButton(self.tr("Re&try now"), self.retry_box)
        self.retry_button.setToolTip(
            self.tr("Try again at the next dispatch, without waiting (after fixing the cause).")
        )
        self.retry_button.clicked.connect(self.retry_selected)
        retry_layout = QVBoxLayout(self.retry_box)
        retry_layout.addWidget(self.retry_list, 1)
        retry_layout.addLayout(_buttons_row(self.retry_button))

        self.review_box = QGroupBox(side)
        explanation = QLabel(
            self.tr(
                "The program stopped while these were being sent. Check with the provider "
                "(e-mail or SMS service) whether they went, then say so."
            ),
            self.review_box,
        )
        explanation.setWordWrap(True)
        self.review_list = QListWidget(self.review_box)
        self.review_list.setAccessibleName(self.tr("Messages to review"))
        self.review_list.setMinimumHeight(lines * 3)
        _wrap(self.review_list)
        self.review_list.itemSelectionChanged.connect(self._update_buttons)
        self.sent_button = QPushButton(self.tr("It was &sent"), self.review_box)
        self.sent_button.clicked.connect(self.mark_sent_selected)
        self.send_again_button = QPushButton(self.tr("Send a&gain…"), self.review_box)
        self.send_again_button.clicked.connect(self.send_again_selected)
        review_layout = QVBoxLayout(self.review_box)
        review_layout.addWidget(explanation)
        review_layout.addWidget(self.review_list, 1)
        review_layout.addLayout(_buttons_row(self.sent_button, self.send_again_button))

        self.left_out_box = QGroupBox(side)
        self.left_out = QTreeWidget(self.left_out_box)
        self.left_out.setAccessibleName(self.tr("Left out, and why"))
        self.left_out.setHeaderHidden(True)
        self.left_out.setMinimumHeight(lines * 5)
        self.left_out.setWordWrap(True)
        self.left_out.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_out_layout = QVBoxLayout(self.left_out_box)
        left_out_layout.addWidget(self.left_out)

        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.retry_box, 2)
        layout.addWidget(self.review_box, 2)
        layout.addWidget(self.left_out_box, 3)
        return side

    def _show_heading(self, day: date) -> None:
        qdate = QDate(day.year, day.month, day.day)
        text = self.tr("Today, %1").replace(
            "%1", QLocale().toString(qdate, QLocale.FormatType.LongFormat)
        )
        self.heading.setText(text)
        self.heading.setAccessibleName(text)

    # -- refreshing --------------------------------------------------------------------

    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def refresh(self) -> None:
        """Read the day again on the database worker; the screen stays usable meanwhile."""
        if self.busy():
            self._refresh_again = True  # what changed since that read started counts too
            return
        self.updating.setVisible(True)
        database, clock = self.context.database, self.context.clock

        def read(_progress: Progress) -> TodaySummary:
            with database.read_session() as session:
                return today.summary(session, clock)

        self.job = run_in_background(
            self, self.tr("Updating Today"), read, self.apply, self._refresh_failed
        )
        self.job.finished.connect(self._refresh_finished)

    def _refresh_finished(self) -> None:
        self.updating.setVisible(False)
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()

    def _refresh_failed(self, error: BaseException) -> None:
        self.show_message(
            self.tr("Today could not be updated: %1").replace("%1", str(error)), error=True
        )

    def _tick(self) -> None:
        if self.isVisible() and not self.busy():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.summary is not None and not self.busy():
            self.refresh()

    def apply(self, summary: TodaySummary) -> None:
        """Show ``summary``; selections are kept by message."""
        self.summary = summary
        self._show_heading(summary.day)
        for channel_day in summary.channels:
            self.tiles[channel_day.channel].show_day(
                channel_day.total, self.channel_detail(channel_day)
            )
        self._show_overdue(summary)
        self._show_overdue_complaints(summary)
        self.call_list.set_calls(summary.calls, summary.day)
        self._show_call_count()
        self.outcomes.set_rows(summary.awaiting_outcome, summary.day)
        self._show_outcome_count()
        self._fill_checks(self.retry_list, summary.to_retry, self.tr("Nothing to retry."))
        self.retry_box.setTitle(self.tr("To retry (%1)").replace("%1", str(len(summary.to_retry))))
        self._fill_checks(self.review_list, summary.to_review, self.tr("Nothing to review."))
        self.review_box.setTitle(
            self.tr("To review (%1)").replace("%1", str(len(summary.to_review)))
        )
        self._fill_left_out(summary.left_out)
        self._show_print_run(summary)
        self._update_buttons()
        self.refreshed.emit()

    # -- what each part says -------------------------------------------------------------

    def channel_detail(self, day: ChannelDay) -> str:
        done = {
            Channel.SMS: self.tr("%1 sent"),
            Channel.EMAIL: self.tr("%1 sent"),
            Channel.LETTER: self.tr("%1 printed"),
            Channel.PHONE: self.tr("%1 called"),
        }[day.channel]
        queued = {
            Channel.LETTER: self.tr("%1 to print"),
            Channel.PHONE: self.tr("%1 to call"),
        }.get(day.channel, self.tr("%1 waiting"))
        parts = [
            text.replace("%1", str(count))
            for text, count in (
                (done, day.done),
                (self.tr("%1 to go"), day.planned),
                (queued, day.queued),
            )
            if count
        ]
        return " · ".join(parts) if parts else self.tr("nothing today")

    def reason_text(self, code: str) -> str:
        """An exclusion code in the receptionist's words."""
        words = {
            "patient_deceased": self.tr("Patient deceased"),
            "patient_moved": self.tr("Patient moved away"),
            "patient_archived": self.tr("Patient archived"),
            "objection": self.tr("The patient objected"),
            "no_consent": self.tr("No consent recorded"),
            "no_usable_contact": self.tr("No usable phone, e-mail or address"),
            "too_late_for_post": self.tr("Too late for the post"),
            "superseded": self.tr("Replaced by a later reminder"),
            "past": self.tr("Already past"),
            "quiet_no_slot": self.tr("No time outside the patient's quiet hours"),
            "cap_week": self.tr("Weekly limit reached"),
            "cap_month": self.tr("Monthly limit reached"),
            "survey_cap": self.tr("Asked for a survey recently"),
        }
        return words.get(code, code)

    def status_text(self, message: MessageToCheck) -> str:
        """Words with a sign: colour is never the only signal (DESIGN §11)."""
        if message.status is MessageStatus.RETRY:
            if message.next_attempt_at is None:
                return f"{RETRY_SIGN} " + self.tr("Will try again")
            when = moment_text(message.next_attempt_at, self.context.settings.zone(), self._day())
            return f"{RETRY_SIGN} " + self.tr("Will try again at %1").replace("%1", when)
        if message.status is MessageStatus.UNKNOWN:
            return f"{UNSURE_SIGN} " + self.tr("Not sure it went")
        return f"{NO_SIGN} " + self.tr("Failed")

    def problem_text(self, message: MessageToCheck) -> str:
        if message.call_outcome is CallOutcome.WRONG_NUMBER:
            wrong = self.tr("Wrong number")
            return f"{wrong}: {message.last_error}" if message.last_error else wrong
        known = {
            dispatch.NO_EMAIL_SERVER: self.tr(
                "No e-mail server is set up yet: see the Sending messages page."
            ),
            dispatch.NO_SMS_GATEWAY: self.tr(
                "No SMS gateway is set up yet: see the Sending messages page."
            ),
            dispatch.NO_PRACTICE_PHONE: self.tr(
                "The practice's phone number is missing (Settings): every message must give it."
            ),
        }
        return known.get(message.last_error or "", message.last_error or "")

    def _day(self) -> date:
        return (
            self.summary.day
            if self.summary is not None
            else self.context.settings.today(self.context.clock)
        )

    def _show_call_count(self) -> None:
        count = len(self.call_list.calls)
        self.calls_box.setTitle(self.tr("Call list (%1)").replace("%1", str(count)))

    def _show_overdue(self, summary: TodaySummary) -> None:
        rows = summary.overdue_requests
        self.overdue.setVisible(bool(rows))
        if not rows:
            return
        names = "; ".join(
            self.tr("%1 (%2, due %3)")
            .replace("%1", row.patient_name)
            .replace("%2", kind_name(row.kind))
            .replace("%3", short_date(row.deadline))
            for row in rows
        )
        self.overdue.setText(
            f"{WARNING_SIGN} "
            + self.tr(
                "Data-rights requests past their deadline: %1. Answer them on the Data "
                "requests page."
            ).replace("%1", names)
        )

    def _build_overdue_complaints(self) -> None:
        self.overdue_complaints = QLabel(self)
        self.overdue_complaints.setWordWrap(True)
        self.overdue_complaints.setStyleSheet(ERROR_STYLE)
        self.overdue_complaints.setVisible(False)
        # The page's own title, translated where the window's titles are.
        self.feedback_button = QPushButton(
            QCoreApplication.translate("MainWindow", "Feedback") + " →", self
        )
        self.feedback_button.setToolTip(self.tr("Open the complaints register"))
        self.feedback_button.setVisible(False)
        self.feedback_button.clicked.connect(self.feedback_requested)
        self.complaints_row = QHBoxLayout()
        self.complaints_row.addWidget(self.overdue_complaints, 1)
        self.complaints_row.addWidget(self.feedback_button, 0, Qt.AlignmentFlag.AlignTop)

    def complaint_late_text(self, late: Overdue, day: date) -> str:
        """ "Complaint of 3 Dec: answer overdue by 2 days", in words, not a colour alone."""
        received = late.complaint.received_on
        when = QLocale().toString(QDate(received.year, received.month, received.day), "d MMM")
        days = late.days(day)
        if late.worst.step is Step.ANSWER:
            text = self.tr("Complaint of %1: answer overdue by %n day(s)", "", days)
        else:
            text = self.tr("Complaint of %1: acknowledgement overdue by %n day(s)", "", days)
        return text.replace("%1", when)

    def _show_overdue_complaints(self, summary: TodaySummary) -> None:
        rows = summary.overdue_complaints
        self.overdue_complaints.setVisible(bool(rows))
        self.feedback_button.setVisible(bool(rows))
        if not rows:
            return
        self.overdue_complaints.setText(
            f"{WARNING_SIGN} " + "; ".join(self.complaint_late_text(r, summary.day) for r in rows)
        )

    def _fill_checks(
        self, widget: QListWidget, messages: tuple[MessageToCheck, ...], empty: str
    ) -> None:
        kept = self._selected_id(widget)
        widget.blockSignals(True)
        widget.clear()
        icons = {
            MessageStatus.RETRY: QStyle.StandardPixmap.SP_BrowserReload,
            MessageStatus.FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
            MessageStatus.UNKNOWN: QStyle.StandardPixmap.SP_MessageBoxQuestion,
        }
        language = current_language()
        for message in messages:
            what = (
                f"{message.patient_name} — {channel_name(message.channel)}, "
                f"{message.purpose.in_language(language)}"
            )
            problem = self.problem_text(message)
            item = QListWidgetItem(
                f"{self.status_text(message)}\n{what}" + (f"\n{problem}" if problem else "")
            )
            item.setIcon(self.style().standardIcon(icons[message.status]))
            item.setData(Qt.ItemDataRole.UserRole, message.message_id)
            item.setToolTip(
                self.tr("To: %1").replace("%1", _recipient_text(message))
                if message.recipient
                else ""
            )
            widget.addItem(item)
            if message.message_id == kept:
                item.setSelected(True)
        if not messages:
            placeholder = QListWidgetItem(empty)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(placeholder)
        widget.blockSignals(False)

    def _fill_left_out(self, groups: tuple[LeftOutGroup, ...]) -> None:
        self.left_out.clear()
        count = sum(len(g.entries) for g in groups)
        self.left_out_box.setTitle(self.tr("Left out, and why (%1)").replace("%1", str(count)))
        if not groups:
            placeholder = QTreeWidgetItem([f"{YES_SIGN} " + self.tr("Nobody is left out.")])
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.left_out.addTopLevelItem(placeholder)
            return
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        zone = self.context.settings.zone()
        day = self._day()
        language = current_language()
        for group in groups:
            top = QTreeWidgetItem([f"{self.reason_text(group.code)} ({len(group.entries)})"])
            top.setIcon(0, warning)
            top.setData(0, Qt.ItemDataRole.UserRole, group.code)
            for entry in group.entries:
                text = (
                    f"{entry.patient_name} — {entry.purpose.in_language(language)}, "
                    f"{moment_text(entry.due_at, zone, day)}"
                )
                if entry.channel is not None:
                    text += " — " + channel_name(entry.channel)
                if entry.reached_otherwise:
                    text += f" — {YES_SIGN} " + self.tr("another reminder goes")
                child = QTreeWidgetItem([text])
                child.setData(0, Qt.ItemDataRole.UserRole, entry.patient_id)
                top.addChild(child)
            self.left_out.addTopLevelItem(top)
        self.left_out.expandAll()

    def _show_print_run(self, summary: TodaySummary) -> None:
        run = summary.print_run
        self.print_centre_button.setVisible(bool(run.letters))
        if not run.letters:
            self.print_run.setText(self.tr("No letters waiting for the print run."))
            return
        names = {
            PaperFormat.STANDARD: self.tr("standard"),
            PaperFormat.LARGE_PRINT: self.tr("large print"),
            PaperFormat.EASY_READ: self.tr("easy read"),
        }
        formats = ", ".join(
            f"{names[paper]}: {run.by_format[paper]}"
            for paper in PaperFormat
            if run.by_format.get(paper)
        )
        self.print_run.setText(
            self.tr("Letters waiting for the print run: %1 (%2). Print them in the Print centre.")
            .replace("%1", str(run.letters))
            .replace("%2", formats)
        )

    # -- selection and actions -------------------------------------------------------------

    @staticmethod
    def _selected_id(widget: QListWidget) -> int | None:
        items = widget.selectedItems()
        value = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        return value if isinstance(value, int) else None

    def selected_retry(self) -> MessageToCheck | None:
        return self._find(self.retry_list, self.summary.to_retry if self.summary else ())

    def selected_review(self) -> MessageToCheck | None:
        return self._find(self.review_list, self.summary.to_review if self.summary else ())

    def _find(
        self, widget: QListWidget, messages: tuple[MessageToCheck, ...]
    ) -> MessageToCheck | None:
        message_id = self._selected_id(widget)
        return next((m for m in messages if m.message_id == message_id), None)

    def select_message(self, message_id: int) -> bool:
        """Select a message in the retry or the review list (e.g. from a notification)."""
        for widget in (self.retry_list, self.review_list):
            for index in range(widget.count()):
                item = widget.item(index)
                if item.data(Qt.ItemDataRole.UserRole) == message_id:
                    widget.setCurrentItem(item)
                    item.setSelected(True)
                    return True
        return False

    def _update_buttons(self) -> None:
        self.retry_button.setEnabled(self._can_act and self.selected_retry() is not None)
        unsure = self._can_act and self.selected_review() is not None
        self.sent_button.setEnabled(unsure)
        self.send_again_button.setEnabled(unsure)

    def retry_selected(self) -> bool:
        message = self.selected_retry()
        if message is None:
            return False
        return self._act(
            calls.retry_now,
            message,
            self.retry_list,
            self.tr("%1's message will be tried again at the next dispatch, within a minute."),
        )

    def mark_sent_selected(self) -> bool:
        message = self.selected_review()
        if message is None:
            return False
        return self._act(
            calls.mark_delivered,
            message,
            self.review_list,
            self.tr("%1's message is recorded as sent."),
        )

    def confirm_send_again(self, message: MessageToCheck) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Send again"),
            self.tr(
                "Send this message to %1 again? Do it only after checking with the "
                "provider that it did not go: otherwise the patient receives it twice."
            ).replace("%1", message.patient_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def send_again_selected(self) -> bool:
        message = self.selected_review()
        if message is None or not self.confirm_send_again(message):
            return False
        return self._act(
            calls.send_again,
            message,
            self.review_list,
            self.tr("%1's message will be sent again at the next dispatch, within a minute."),
        )

    def _act(
        self,
        action: Callable[..., object],
        message: MessageToCheck,
        widget: QListWidget,
        done_text: str,
    ) -> bool:
        try:
            with self.context.database.transaction() as session:
                action(session, self.context.clock, self.context.actor, message.message_id)
        except RelaisError as exc:
            self.show_message(str(exc), error=True)
            self.refresh()
            return False
        # Off the list at once; the refresh that follows confirms it.
        for index in range(widget.count()):
            if widget.item(index).data(Qt.ItemDataRole.UserRole) == message.message_id:
                widget.takeItem(index)
                break
        self._update_buttons()
        self.show_message(done_text.replace("%1", message.patient_name))
        self.changed.emit()
        self.refresh()
        return True

    def record_stop(self) -> StopOutcome | None:
        """A STOP read on the practice's phone, keyed in through :class:`StopDialog`."""
        outcome = StopDialog.ask(self.context, self)
        if outcome is None or outcome.patient_id is None:
            return None
        with self.context.database.read_session() as session:
            row = patients.fetch_rows(session, [outcome.patient_id]).get(outcome.patient_id)
        name = patient_line(row.last_name, row.first_name) if row else str(outcome.patient_id)
        if outcome.status is StopStatus.RECORDED:
            text = self.tr("STOP recorded: no more SMS to %1, for any purpose.")
        else:
            text = self.tr("%1 already receives no SMS; nothing was added.")
        self.show_message(text.replace("%1", name))
        self.changed.emit()
        self.refresh()
        return outcome

    def _show_outcome_count(self) -> None:
        self.outcomes_box.setTitle(
            self.tr("How did the appointments go? (%1)").replace("%1", str(len(self.outcomes.rows)))
        )

    def _outcome_recorded(self, text: str) -> None:
        self._show_outcome_count()
        self.show_message(text)
        self.changed.emit()  # "cancelled in time" called back the messages still to go
        self.refresh()

    def _call_recorded(self, text: str) -> None:
        self._show_call_count()
        self.show_message(text)
        self.changed.emit()
        self.refresh()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(f"{NO_SIGN} {text}" if error else text)
        self.message.setVisible(True)


def _wrap(widget: QListWidget) -> None:
    """Long errors wrap instead of hiding behind a horizontal scroll bar."""
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    widget.setSpacing(2)


def _buttons_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def _recipient_text(message: MessageToCheck) -> str:
    if message.channel in (Channel.SMS, Channel.PHONE):
        return phone_display(message.recipient)
    return message.recipient

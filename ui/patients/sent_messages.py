"""One patient's messages, each with its "why": the tab a receptionist opens when asked.

"Why did I get this?" has an answer for every message: the purpose and its
lawful basis, the consent or the care basis, the preference that chose the
channel (and the channels skipped, with why), a move out of quiet hours, and
the caps checked.  The planner wrote it down when it planned the message.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from db.models import Channel, Message, MessageStatus, Purpose
from ui.context import UiContext
from ui.i18n import current_language
from ui.patients.consent_words import channel_name

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
WHEN, CHANNEL, PURPOSE, STATUS = range(4)


def status_name(status: MessageStatus) -> str:
    names = {
        MessageStatus.PLANNED: translate("SentMessages", "planned"),
        MessageStatus.QUEUED: translate("SentMessages", "waiting for print or call"),
        MessageStatus.SENDING: translate("SentMessages", "sending"),
        MessageStatus.SENT: translate("SentMessages", "sent"),
        MessageStatus.RETRY: translate("SentMessages", "will retry"),
        MessageStatus.FAILED: translate("SentMessages", "failed"),
        MessageStatus.CANCELLED: translate("SentMessages", "cancelled"),
        MessageStatus.EXPIRED: translate("SentMessages", "expired"),
        MessageStatus.UNKNOWN: translate("SentMessages", "to check (interrupted)"),
        MessageStatus.PRINTED: translate("SentMessages", "printed"),
        MessageStatus.POSTED: translate("SentMessages", "posted"),
        MessageStatus.CALLED: translate("SentMessages", "called"),
    }
    return names[status]


def why_text(reason: dict[str, Any]) -> str:
    """The structured reason as sentences a receptionist can read out."""
    lines = []
    basis = reason.get("basis")
    consent_state = (reason.get("consent") or {}).get("state")
    if basis == "care":
        lines.append(translate("SentMessages", "For the patient's care: sent unless they object."))
    elif consent_state == "granted":
        lines.append(translate("SentMessages", "The patient gave their consent for this."))
    chosen_by = reason.get("chosen_by")
    channel = channel_name(Channel(reason["channel"])) if reason.get("channel") else ""
    if chosen_by == "preference":
        lines.append(
            translate(
                "SentMessages", "%1 is the first channel the patient chose that can be used."
            ).replace("%1", channel)
        )
    elif chosen_by == "paper_only":
        lines.append(translate("SentMessages", "The patient asked for paper only."))
    elif chosen_by == "paper_fallback":
        lines.append(
            translate("SentMessages", "No chosen channel could be used, so it goes on paper.")
        )
    for skipped in reason.get("skipped", []):
        lines.append(
            translate("SentMessages", "Not by %1: %2.")
            .replace("%1", channel_name(Channel(skipped["channel"])))
            .replace("%2", skip_reason(skipped["why"]))
        )
    if reason.get("moved_for_quiet_times"):
        lines.append(translate("SentMessages", "Moved out of the patient's quiet hours."))
    caps = reason.get("caps")
    if caps:
        lines.append(translate("SentMessages", "Within the patient's limits on messages."))
    if reason.get("merged"):
        lines.append(translate("SentMessages", "Several things due the same day, in one message."))
    return "\n".join(lines)


def skip_reason(code: str) -> str:
    names = {
        "no_usable_contact": translate("SentMessages", "no number or address that works"),
        "no_consent": translate("SentMessages", "no consent recorded"),
        "withdrawn": translate("SentMessages", "consent withdrawn"),
        "refused": translate("SentMessages", "consent refused"),
        "objected": translate("SentMessages", "the patient objected"),
    }
    return names.get(code, code)


class PatientMessagesView(QWidget):
    """Every message of one patient, newest first; the selected one's text and why below."""

    def __init__(self, context: UiContext, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Messages to this patient"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Channel"), self.tr("Purpose"), self.tr("Status")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(PURPOSE, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of the message"))
        self.empty = QLabel(self.tr("No message has been planned or sent to this patient."), self)
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(QLabel(self.tr("Why"), details))
        details_layout.addWidget(self.why)
        details_layout.addWidget(self.text, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.messages: list[Message] = []
        self.refresh()

    def refresh(self) -> None:
        french = current_language() == "fr"
        with self.context.database.read_session() as session:
            names = {
                p.id: (p.name_fr if french else p.name_en) for p in session.scalars(select(Purpose))
            }
            self.messages = list(
                session.scalars(
                    select(Message)
                    .where(Message.patient_id == self.patient_id)
                    .order_by(Message.scheduled_for.desc(), Message.id.desc())
                )
            )
        zone = self.context.settings.zone()
        self.table.setRowCount(len(self.messages))
        for row, message in enumerate(self.messages):
            when: datetime = message.sent_at or message.scheduled_for
            cells = {
                WHEN: when.astimezone(zone).strftime("%d/%m/%Y %H:%M"),
                CHANNEL: channel_name(message.channel),
                PURPOSE: names.get(message.purpose_id, ""),
                STATUS: status_name(message.status),
            }
            for column, text in cells.items():
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.empty.setVisible(not self.messages)
        if self.messages:
            self.table.selectRow(0)

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        message = self.messages[rows[0].row()]
        self.why.setText(why_text(message.reason))
        body = "\n\n".join(part for part in (message.subject, message.body) if part)
        self.text.setPlainText(body or self.tr("(written when it is sent)"))

"""The complaints register's words on screen: channels, categories, steps, deadlines.

Shared by the register's table, its dialogs and the Today view.  A deadline
is always said in words ("Answer overdue by 3 days") with a warning sign:
colour is never the only signal (DESIGN §11).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.complaints import ComplaintRow, Step
from app.errors import FieldError
from db.models import ComplaintCategory, ComplaintChannel, ComplaintOutcome, ComplaintStatus
from ui.patients.consent_words import WARNING_SIGN

translate = QCoreApplication.translate  # lupdate finds translate("Complaints", "text")


class Complaints:
    """Counted words: lupdate reads ``Complaints.tr("%n …", "", n)`` as plural forms.

    ``translate("Complaints", "%n …", "", n)`` would have none, so a count above
    one would not be translated at all (as ``ReminderWords`` explains).
    """

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("Complaints", text, disambiguation, n)


def channel_name(channel: ComplaintChannel) -> str:
    return {
        ComplaintChannel.LETTER: translate("Complaints", "Letter"),
        ComplaintChannel.EMAIL: translate("Complaints", "E-mail"),
        ComplaintChannel.PHONE: translate("Complaints", "Phone"),
        ComplaintChannel.IN_PERSON: translate("Complaints", "In person"),
        ComplaintChannel.ONLINE: translate("Complaints", "Online (review, web form)"),
        ComplaintChannel.OTHER: translate("Complaints", "Other"),
    }[channel]


def category_name(category: ComplaintCategory) -> str:
    return {
        ComplaintCategory.RECEPTION: translate("Complaints", "Reception"),
        ComplaintCategory.WAITING: translate("Complaints", "Waiting, getting an appointment"),
        ComplaintCategory.COMMUNICATION: translate("Complaints", "Communication"),
        ComplaintCategory.CARE: translate("Complaints", "Care"),
        ComplaintCategory.MESSAGES: translate("Complaints", "Reminders, letters, calls"),
        ComplaintCategory.DATA: translate("Complaints", "Privacy, records"),
        ComplaintCategory.BILLING: translate("Complaints", "Billing"),
        ComplaintCategory.PREMISES: translate("Complaints", "Premises, access"),
        ComplaintCategory.OTHER: translate("Complaints", "Other"),
    }[category]


def outcome_name(outcome: ComplaintOutcome) -> str:
    return {
        ComplaintOutcome.UPHELD: translate("Complaints", "upheld"),
        ComplaintOutcome.PARTLY_UPHELD: translate("Complaints", "partly upheld"),
        ComplaintOutcome.NOT_UPHELD: translate("Complaints", "not upheld"),
        ComplaintOutcome.WITHDRAWN: translate("Complaints", "withdrawn"),
    }[outcome]


def capitalised(text: str) -> str:
    """An outcome at the start of a line ("Upheld"), where a sentence has it in lower case."""
    return text[:1].upper() + text[1:]


def status_name(row: ComplaintRow) -> str:
    if row.status is ComplaintStatus.RECEIVED:
        return translate("Complaints", "Received")
    if row.status is ComplaintStatus.ACKNOWLEDGED:
        return translate("Complaints", "Acknowledged")
    outcome = outcome_name(row.outcome) if row.outcome is not None else ""
    if row.status is ComplaintStatus.ANSWERED:
        return translate("Complaints", "Answered (%1)").replace("%1", outcome)
    return translate("Complaints", "Closed (%1)").replace("%1", outcome)


def day_text(day: date) -> str:
    """A near day as people say it: "Tue 8 Dec" (in the user's language)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def short_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd/MM/yyyy")


def late_text(step: Step, days: int) -> str:
    """ "Answer overdue by 3 days", without the sign."""
    if step is Step.ANSWER:
        return Complaints.tr("Answer overdue by %n day(s)", "", days)
    return Complaints.tr("Acknowledgement overdue by %n day(s)", "", days)


def deadline_text(row: ComplaintRow, today: date, *, sign: bool = True) -> str:
    """Where the complaint stands against its deadlines, in words.

    "Acknowledge by Tue 8 Dec", "⚠ Answer overdue by 3 days", "Answer today",
    "Answered on 28/11/2026 (late)".  ``sign=False`` leaves out the warning
    sign, for a table that shows the warning icon instead.
    """
    late = row.late(today)
    if late:
        words = late_text(late[0].step, late[0].days_late(today))
        return f"{WARNING_SIGN} {words}" if sign else words
    deadline = row.next_deadline()
    if deadline is None:
        assert row.answered_on is not None
        text = translate("Complaints", "Answered on %1").replace("%1", short_date(row.answered_on))
        return text + (translate("Complaints", " (late)") if row.answered_late() else "")
    if deadline.due_on == today:
        if deadline.step is Step.ANSWER:
            return translate("Complaints", "Answer today")
        return translate("Complaints", "Acknowledge today")
    when = day_text(deadline.due_on)
    if deadline.step is Step.ANSWER:
        return translate("Complaints", "Answer by %1").replace("%1", when)
    return translate("Complaints", "Acknowledge by %1").replace("%1", when)


def who_text(row: ComplaintRow) -> str:
    """Who complained, and the patient concerned when there is one."""
    parts = [part for part in (row.from_whom, row.patient_name) if part]
    if len(parts) == 2 and parts[0] == parts[1]:
        parts = parts[:1]
    return " — ".join(parts) if parts else translate("Complaints", "(not recorded)")


def field_message(error: FieldError) -> str:
    """A service's located error in the user's language (the English one as a fallback)."""
    messages = {
        ("received_on", "future"): translate(
            "Complaints", "The day of receipt cannot be in the future."
        ),
        ("acknowledged_on", "future"): translate(
            "Complaints", "The day of the acknowledgement cannot be in the future."
        ),
        ("answered_on", "future"): translate(
            "Complaints", "The day of the answer cannot be in the future."
        ),
        ("acknowledged_on", "before"): translate(
            "Complaints", "A complaint cannot be acknowledged before it arrived."
        ),
        ("answered_on", "before"): translate(
            "Complaints", "The answer cannot come before the complaint or its acknowledgement."
        ),
        ("from_whom", "required"): translate(
            "Complaints", "Say who complained (or write “anonymous”)."
        ),
        ("description", "required"): translate("Complaints", "Say what the complaint is about."),
        ("answer", "required"): translate("Complaints", "Say what the practice answered."),
        ("lessons", "required"): translate(
            "Complaints",
            "Say what the practice learnt or will change (or “nothing to change”).",
        ),
        ("patient_id", "patient"): translate("Complaints", "This patient no longer exists."),
    }
    if error.code == "too_long":
        return translate("Complaints", "This text is too long.")
    return messages.get((error.field, error.code), str(error))

"""The complaints register's words on screen: channels, categories, steps, deadlines.

Shared by the register's table, its dialogs and the Today view.  A deadline
is always said in words ("Answer overdue by 3 days") with a warning sign:
colour is never the only signal (DESIGN §11).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from zoneinfo import ZoneInfo

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


# -- surveys -----------------------------------------------------------------------------------


class Surveys:
    """Counted words of the surveys, with their plural forms (as :class:`Complaints`)."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("Surveys", text, disambiguation, n)


def survey_message(  # noqa: PLR0911 -- one sentence per code
    code: str, params: Mapping[str, str], zone: ZoneInfo | None = None
) -> str | None:
    """A refused survey answer, CSV row or file (:mod:`app.surveys`) in the user's language,
    from its code and the values its English message holds; None for a code not known here
    (the caller shows the English message)."""
    value, low, high = params.get("value", ""), params.get("low", ""), params.get("high", "")
    if code == "out_of_range":
        return (
            translate("Surveys", "%1 is not between %2 and %3.")
            .replace("%1", value)
            .replace("%2", low)
            .replace("%3", high)
        )
    if code == "not_a_number":
        return (
            translate("Surveys", "“%1” is not a number from %2 to %3.")
            .replace("%1", value)
            .replace("%2", low)
            .replace("%3", high)
        )
    if code == "unknown_choice":
        return (
            translate("Surveys", "“%1” is not one of the choices (%2, or 1 to %3).")
            .replace("%1", value)
            .replace("%2", params.get("options", ""))
            .replace("%3", high)
        )
    if code == "too_long":
        return translate("Surveys", "At most %1 characters.").replace("%1", params.get("limit", ""))
    if code == "unknown_question":
        return translate("Surveys", "No such question (the questions: %1).").replace(
            "%1", params.get("questions", "")
        )
    if code == "bad_reference":
        return reference_problem(params.get("reason", ""), params)
    if code == "unknown_round":
        asked = params.get("asked", "0")
        return Surveys.tr(
            "This code names round %1 of the survey; the patient was asked %n time(s).",
            "",
            int(asked) if asked.isdigit() else 0,
        ).replace("%1", params.get("round", ""))
    if code == "duplicate":
        return translate("Surveys", "The same reference as line %1.").replace(
            "%1", params.get("line", "")
        )
    if code == "already_answered":
        return (
            translate(
                "Surveys",
                "Already answered on %1 (saved by %2): those answers are left as they are. "
                "To correct them, key them in from the slip.",
            )
            .replace("%1", _day_of(params.get("date", ""), zone))
            .replace("%2", params.get("by", ""))
        )
    return {
        "no_reference": translate("Surveys", "No reference, and no patient and survey numbers."),
        "unknown_reference": translate(
            "Surveys", "This names no survey or patient of this practice."
        ),
        "no_answers": translate("Surveys", "No answer on this row."),
        "empty": translate("Surveys", "No answer given: fill in at least one question."),
    }.get(code)


def survey_file_message(error: FieldError) -> str:
    """A CSV of answers refused whole, in the user's language (the English one as a fallback)."""
    return {
        ("file", "csv_unreadable"): translate("Surveys", "The file cannot be read as CSV."),
        ("file", "empty"): translate("Surveys", "The file is empty."),
        ("header", "no_reference"): translate(
            "Surveys", "The file needs a reference column, or patient and survey columns."
        ),
    }.get((error.field, error.code), str(error))


def reference_problem(reason: str, params: Mapping[str, str]) -> str | None:
    """What is wrong with a reference code keyed in (:class:`app.survey_form.InvalidReference`
    codes), or None for a reason not known here."""
    if reason == "length":
        return translate(
            "Surveys", "A reference has 9 characters (8 on older forms), not %1."
        ).replace("%1", params.get("length", ""))
    if reason == "character":
        return (
            translate("Surveys", "“%1” (character %2) is not used in references.")
            .replace("%1", params.get("character", ""))
            .replace("%2", params.get("position", ""))
        )
    if reason == "check":
        return translate(
            "Surveys", "This code does not check out: a character is wrong or two are swapped."
        )
    if reason == "no_patient":
        return translate("Surveys", "This code names no patient.")
    return None


def _day_of(iso: str, zone: ZoneInfo | None) -> str:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if zone is not None and moment.tzinfo is not None:
        moment = moment.astimezone(zone)
    return short_date(moment.date())

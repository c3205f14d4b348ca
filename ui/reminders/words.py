"""Putting recall programmes and schedules into words: cohort rules, rhythms, steps, reasons.

The reasons a message is left out are Today's words (:meth:`TodayPage.reason_text`,
in its translation context), so a reason reads the same on both screens and is
translated once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.models import Channel, Sex
from ui.patients.consent_words import channel_name

translate = QCoreApplication.translate  # lupdate finds translate("ReminderWords", "text")


class ReminderWords:
    """Counted words: lupdate reads ``ReminderWords.tr("%n …", "", n)`` as plural forms.

    It takes the count of ``translate(context, text, None, n)`` for an encoding
    unless it is a literal number, so those would have no plural forms at all.
    """

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("ReminderWords", text, disambiguation, n)


# The rhythms a practice uses most, as RFC 5545 rules (``app.rrules`` checks them).
EVERY_DAY = "FREQ=DAILY"
EVERY_WEEK = "FREQ=WEEKLY"
EVERY_3_MONTHS = "FREQ=MONTHLY;INTERVAL=3"
EVERY_YEAR = "FREQ=YEARLY"
EVERY_2_YEARS = "FREQ=YEARLY;INTERVAL=2"
EVERY_3_YEARS = "FREQ=YEARLY;INTERVAL=3"
EACH_OCTOBER = "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=15"

_FREQ_WORDS = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}


class _TodayWords:
    """Stands in for the Today page so its wording is used, in its translation context."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("TodayPage", text, disambiguation, n)


def exclusion_text(code: str) -> str:
    """Why a step would not be sent, in the receptionist's words (Today's wording)."""
    if code == "booked":
        return translate("ReminderWords", "An appointment is already booked: the later steps wait")
    if code == "not_planned":
        return translate("ReminderWords", "Not planned")
    from ui.today.page import TodayPage  # Today's words; imported only when needed

    return TodayPage.reason_text(_TodayWords(), code)  # type: ignore[arg-type]


def sex_text(sex: Sex | None) -> str:
    return {
        None: translate("ReminderWords", "Everyone"),
        Sex.FEMALE: translate("ReminderWords", "Women"),
        Sex.MALE: translate("ReminderWords", "Men"),
        Sex.OTHER: translate("ReminderWords", "Other"),
        Sex.UNKNOWN: translate("ReminderWords", "Sex not known"),
    }[sex]


def cohort_text(min_age: int | None, max_age: int | None, sex: Sex | None, tag: str | None) -> str:
    """ "Women aged 50 to 74, tagged « diabetes »", "Everyone aged 65 and over"."""
    parts = [sex_text(sex)]
    if min_age is not None and max_age is not None:
        parts.append(
            translate("ReminderWords", "aged %1 to %2")
            .replace("%1", str(min_age))
            .replace("%2", str(max_age))
        )
    elif min_age is not None:
        parts.append(translate("ReminderWords", "aged %1 and over").replace("%1", str(min_age)))
    elif max_age is not None:
        parts.append(translate("ReminderWords", "aged up to %1").replace("%1", str(max_age)))
    text = " ".join(parts)
    if tag:
        text += ", " + translate("ReminderWords", "tagged « %1 »").replace("%1", tag)
    return text


def rule_parts(rule: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for part in rule.strip().upper().removeprefix("RRULE:").split(";"):
        name, _, value = part.partition("=")
        if name.strip():
            parts[name.strip()] = value.strip()
    return parts


def month_name(month: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)


def rhythm_text(rule: str) -> str:
    """An RRULE in words: "every 3 months", "every year on 15 October", else the rule itself."""
    parts = rule_parts(rule)
    frequency = parts.pop("FREQ", "")
    interval = parts.pop("INTERVAL", "1")
    if frequency not in _FREQ_WORDS or not interval.isdigit():
        return translate("ReminderWords", "Rule %1").replace("%1", rule)
    base = _every(frequency, int(interval))
    days = _days_text(frequency, parts)
    if days is not None:
        return f"{base} {days}" if days else base
    return base + " (" + rule.strip().upper() + ")"


def _every(frequency: str, interval: int) -> str:
    if interval == 1:
        return {
            "DAILY": translate("ReminderWords", "every day"),
            "WEEKLY": translate("ReminderWords", "every week"),
            "MONTHLY": translate("ReminderWords", "every month"),
            "YEARLY": translate("ReminderWords", "every year"),
        }[frequency]
    return {
        "DAILY": ReminderWords.tr("every %n day(s)", "", interval),
        "WEEKLY": ReminderWords.tr("every %n week(s)", "", interval),
        "MONTHLY": ReminderWords.tr("every %n month(s)", "", interval),
        "YEARLY": ReminderWords.tr("every %n year(s)", "", interval),
    }[frequency]


def _days_text(frequency: str, parts: dict[str, str]) -> str | None:
    """Which days, in words ("on 15 October"); "" for none; None when words would not do."""
    month, day = parts.pop("BYMONTH", ""), parts.pop("BYMONTHDAY", "")
    if parts:
        return None
    if not month and not day:
        return ""
    if frequency == "YEARLY" and month.isdigit() and 1 <= int(month) <= 12:
        name = month_name(int(month))
        if day.isdigit():
            return translate("ReminderWords", "on %1 %2").replace("%1", day).replace("%2", name)
        return translate("ReminderWords", "in %1").replace("%1", name) if not day else None
    if frequency == "MONTHLY" and not month and (day == "-1" or day.isdigit()):
        return (
            translate("ReminderWords", "on the last day")
            if day == "-1"
            else translate("ReminderWords", "on day %1").replace("%1", day)
        )
    return None


def offset_text(offset_days: int) -> str:
    if offset_days == 0:
        return translate("ReminderWords", "on the due date")
    if offset_days > 0:
        return ReminderWords.tr("%n day(s) after", "", offset_days)
    return ReminderWords.tr("%n day(s) before", "", -offset_days)


def step_channel_text(channel: Channel | None) -> str:
    return (
        translate("ReminderWords", "Patient's choice") if channel is None else channel_name(channel)
    )


def step_text(channel: Channel | None, offset_days: int) -> str:
    """ "Letter, 30 days after"."""
    return (
        translate("ReminderWords", "%1, %2")
        .replace("%1", step_channel_text(channel))
        .replace("%2", offset_text(offset_days))
    )


def steps_text(steps: tuple[tuple[Channel | None, int], ...], separator: str = " · ") -> str:
    """ "SMS, on the due date · Letter, 30 days after"."""
    return separator.join(step_text(c, d) for c, d in steps)

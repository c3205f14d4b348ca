"""The dashboard's words on screen: each figure family's label and how it is computed.

:mod:`app.dashboard` says both in English (``LABELS``, ``HOW``); the screen says
them again here through ``translate`` so lupdate finds them and the lead can
put them into French.  A test checks the English here is the app's, word for
word, so the tooltip never drifts from what the code computes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from db.models import Channel

translate = QCoreApplication.translate  # lupdate finds translate("Dashboard", "text")


def screen_language() -> str:
    """The language the screen speaks, for the purposes' names ("fr" or "en").

    The default locale follows the catalogue installed (ui.i18n: French, or
    British English), and numbers and dates on the dashboard already follow
    it.  ``current_language()`` says French when no catalogue is installed, yet
    the words are then English, the source language: names taken from it
    put "Rappel de rendez-vous" on an English chart.
    """
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def labels() -> dict[str, str]:
    return {
        "consent_coverage": translate("Dashboard", "Consent coverage"),
        "opt_out": translate("Dashboard", "Opt-out rate"),
        "objection": translate("Dashboard", "Objection rate"),
        "delivery": translate("Dashboard", "Delivery rate"),
        "delivery_outcome": translate("Dashboard", "Messages by outcome"),
        "survey_response": translate("Dashboard", "Survey response rate"),
        "nps": translate("Dashboard", "Net Promoter Score"),
        "nps_month": translate("Dashboard", "Net Promoter Score by month"),
        "attendance": translate("Dashboard", "Appointments by outcome"),
        "complaints_received": translate("Dashboard", "Complaints received"),
        "complaints_acknowledge_days": translate(
            "Dashboard", "Median days to acknowledge a complaint"
        ),
        "complaints_answer_days": translate("Dashboard", "Median days to answer a complaint"),
        "complaints_acknowledged_on_time": translate(
            "Dashboard", "Complaints acknowledged on time"
        ),
        "complaints_answered_on_time": translate("Dashboard", "Complaints answered on time"),
        "retention": translate("Dashboard", "Patients seen again within 12 months"),
        "paper_reach": translate("Dashboard", "Reach of patients on paper only"),
        "messages_per_patient_mean": translate(
            "Dashboard", "Messages per patient per month (mean)"
        ),
        "messages_per_patient_p95": translate(
            "Dashboard", "Messages per patient per month (95th percentile)"
        ),
        "messages_per_patient_max": translate("Dashboard", "Messages per patient per month (most)"),
    }


def hows() -> dict[str, str]:
    """How each figure family is computed (the tooltips), as app.dashboard.HOW says."""
    return {
        "consent_coverage": translate(
            "Dashboard",
            "Active patients for whom the purpose is allowed on at least one of the chosen "
            "channels at the end of the period, out of all active patients. Allowed: a consent "
            "given and not withdrawn, refused, objected to or expired; for a care purpose, no "
            "withdrawal, refusal or objection (the care basis needs no consent). The last event "
            "of the consent ledger for each channel decides.",
        ),
        "opt_out": translate(
            "Dashboard",
            "Patients who withdrew or refused the purpose on a chosen channel during the period, "
            "out of the active patients for whom it was allowed there at the start of the "
            "period (consent given, or the care basis without an objection). Patients count "
            "once, however many channels they withdrew.",
        ),
        "objection": translate(
            "Dashboard",
            "Patients who objected to the purpose (or to every consent-based purpose, GDPR "
            "Art. 21) on a chosen channel during the period, out of the active patients for "
            "whom it was allowed there at the start of the period.",
        ),
        "delivery": translate(
            "Dashboard",
            "Messages that left: sent by the e-mail server or the SMS gateway, letters printed "
            "or posted, calls answered or a voicemail left; out of the messages that ended in "
            "the period (sent, failed, bounced or unknown), by when they ended. Messages "
            "stopped before leaving (appointment cancelled, consent withdrawn) are not counted. "
            "Relais gets no delivery receipts: sent is the most it can say.",
        ),
        "delivery_outcome": translate(
            "Dashboard",
            "Messages that ended in the period on the channel, by outcome: sent; failed (the "
            "gateway refused, too late to be useful, three calls unanswered); bounced (an "
            "e-mail address the server refused, a wrong number); unknown (a crash while "
            "sending, waiting for a person to check). Share of the four together.",
        ),
        "survey_response": translate(
            "Dashboard",
            "Survey invitations made in the period on the chosen channels that have been "
            "answered (whenever the answer came), out of those invitations whose message "
            "left or is still to leave (or asked at the desk or on a call).",
        ),
        "nps": translate(
            "Dashboard",
            "Net Promoter Score of the answers to the question 'would you recommend the "
            "practice' (0 to 10) given in the period, on the chosen channels (the one that "
            "asked): the percentage of promoters (9 or 10) minus the percentage of detractors "
            "(0 to 6), from -100 to +100.",
        ),
        "nps_month": translate(
            "Dashboard",
            "The Net Promoter Score of the answers given in each calendar month of the period "
            "(practice's time zone), on the chosen channels (the one that asked): "
            "% promoters (9-10) minus % detractors (0-6).",
        ),
        "attendance": translate(
            "Dashboard",
            "Appointments in the period with an outcome recorded, by outcome: attended, "
            "missed without warning, cancelled in time; as a share of those with an outcome "
            "in the group. With a reminder: a reminder of the appointment left before it "
            "(sent, printed, posted, or a call answered or a voicemail left), on a chosen "
            "channel. Without: no reminder left at all. "
            "Appointments reminded only on other channels are in neither group.",
        ),
        "complaints_received": translate(
            "Dashboard", "Complaints received in the period (the register's date received)."
        ),
        "complaints_acknowledge_days": translate(
            "Dashboard",
            "Median calendar days from receiving a complaint to acknowledging it, among "
            "those received in the period and acknowledged by its end (or today).",
        ),
        "complaints_answer_days": translate(
            "Dashboard",
            "Median calendar days from receiving a complaint to answering it, among those "
            "received in the period and answered by its end (or today).",
        ),
        "complaints_acknowledged_on_time": translate(
            "Dashboard",
            "Complaints received in the period acknowledged by their deadline, out of those "
            "already judged: acknowledged, or still not acknowledged past their deadline.",
        ),
        "complaints_answered_on_time": translate(
            "Dashboard",
            "Complaints received in the period answered by their deadline, out of those "
            "already judged: answered, or still not answered past their deadline.",
        ),
        "retention": translate(
            "Dashboard",
            "Patients with an attended appointment in the 12 months before the period's "
            "start (and not since recorded as moved or deceased), who attended another "
            "appointment from the period's start to 12 months later (or to today, if that "
            "is sooner).",
        ),
        "paper_reach": translate(
            "Dashboard",
            "Active patients on paper only (letters only, or no digital access) with a "
            "reminder due in the period, who were reached for every such reminder: a letter "
            "marked posted, or a call that reached them. A letter printed but not marked "
            "posted does not count. Cancelled reminders are left out.",
        ),
        "messages_per_patient_mean": translate(
            "Dashboard",
            "Messages that left for a patient in a calendar month (sent, printed, posted, a "
            "call answered or a voicemail; by when they left), averaged over every patient "
            "and month with at least one message in the period.",
        ),
        "messages_per_patient_p95": translate(
            "Dashboard",
            "The 95th percentile (nearest rank) of messages that left for a patient in a "
            "calendar month, over every patient and month with at least one message: 95 % "
            "of patients got this many or fewer that month.",
        ),
        "messages_per_patient_max": translate(
            "Dashboard",
            "The most messages that left for one patient in one calendar month of the period.",
        ),
    }


def channel_names() -> dict[Channel, str]:
    return {
        Channel.SMS: translate("Dashboard", "SMS"),
        Channel.EMAIL: translate("Dashboard", "E-mail"),
        Channel.LETTER: translate("Dashboard", "Letter"),
        Channel.PHONE: translate("Dashboard", "Phone"),
    }


def details() -> dict[str, str]:
    """The words of a figure's detail: outcomes and reminder groups."""
    return {
        "sent": translate("Dashboard", "sent"),
        "failed": translate("Dashboard", "failed"),
        "bounced": translate("Dashboard", "bounced"),
        "unknown": translate("Dashboard", "unknown"),
        "with_reminder": translate("Dashboard", "with a reminder"),
        "without_reminder": translate("Dashboard", "without a reminder"),
        "attended": translate("Dashboard", "attended"),
        "missed": translate("Dashboard", "missed"),
        "cancelled_in_time": translate("Dashboard", "cancelled in time"),
    }

"""What a template is given for one message: the patient, the practice, what is due, why.

The "why" sentence is written here, per purpose, language and tone, from the
reminder's facts, so every message can say why the patient receives it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from app.settings import PracticeSettings
from app.templates import (
    AppointmentContext,
    MessageContext,
    PracticeContext,
    PractitionerContext,
    format_date_long,
    patient_context,
    standard_opt_out,
)
from db.models import Sex

TITLES = {
    "fr": {Sex.FEMALE: "Madame", Sex.MALE: "Monsieur"},
    "en": {Sex.FEMALE: "Mrs", Sex.MALE: "Mr"},
}

# {date}: the day it is due, in words.  Formal first, informal second.
REASONS: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "appointment_reminder": (
            "Vous recevez ce message car vous avez rendez-vous au cabinet le {date}.",
            "Tu reçois ce message car tu as rendez-vous au cabinet le {date}.",
        ),
        "medication_reminder": (
            "Vous recevez ce message car un rappel de traitement a été prévu pour le {date}.",
            "Tu reçois ce message car un rappel de traitement a été prévu pour le {date}.",
        ),
        "screening_recall": (
            "Vous recevez ce message car un dépistage est à prévoir vers le {date}.",
            "Tu reçois ce message car un dépistage est à prévoir vers le {date}.",
        ),
        "vaccination": (
            "Vous recevez ce message car, d'après votre dossier, un vaccin arrive à échéance "
            "le {date}.",
            "Tu reçois ce message car, d'après ton dossier, un vaccin arrive à échéance le {date}.",
        ),
        "_consent": (
            "Vous recevez ce message car vous avez accepté d'être informé(e) par le cabinet.",
            "Tu reçois ce message car tu as accepté d'être informé(e) par le cabinet.",
        ),
    },
    "en": {
        "appointment_reminder": (
            "You are receiving this message because you have an appointment at the practice "
            "on {date}.",
            "You're getting this message because you have an appointment with us on {date}.",
        ),
        "medication_reminder": (
            "You are receiving this message because a treatment reminder was set for {date}.",
            "You're getting this message because a treatment reminder was set for {date}.",
        ),
        "screening_recall": (
            "You are receiving this message because a screening is due around {date}.",
            "You're getting this message because a screening is due around {date}.",
        ),
        "vaccination": (
            "You are receiving this message because, according to your record, a vaccination "
            "is due on {date}.",
            "You're getting this message because, according to your record, a vaccination is "
            "due on {date}.",
        ),
        "_consent": (
            "You are receiving this message because you agreed to hear from the practice.",
            "You're getting this message because you agreed to hear from us.",
        ),
    },
}


# The same reasons for an easy-read letter: short sentences, one idea each, printed one
# to a line under "Why this letter?" (so they need not say "you are receiving this").
# One line each, as the standard ones: the letter takes them out of the body by line.
EASY_READ_REASONS: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "appointment_reminder": (
            "Vous avez un rendez-vous au cabinet. Le rendez-vous est le {date}.",
            "Tu as un rendez-vous au cabinet. Le rendez-vous est le {date}.",
        ),
        "medication_reminder": (
            "Le cabinet a prévu de vous écrire pour votre traitement. C'est pour le {date}.",
            "Le cabinet a prévu de t'écrire pour ton traitement. C'est pour le {date}.",
        ),
        "screening_recall": (
            "Un dépistage est à faire. Il est prévu vers le {date}.",
            "Un dépistage est à faire. Il est prévu vers le {date}.",
        ),
        "vaccination": (
            "Un vaccin est à refaire. C'est écrit dans votre dossier. C'est pour le {date}.",
            "Un vaccin est à refaire. C'est écrit dans ton dossier. C'est pour le {date}.",
        ),
        "_consent": (
            "Vous avez dit oui : le cabinet peut vous écrire.",
            "Tu as dit oui : le cabinet peut t'écrire.",
        ),
    },
    "en": {
        "appointment_reminder": (
            "You have an appointment at the practice. It is on {date}.",
            "You have an appointment with us. It is on {date}.",
        ),
        "medication_reminder": (
            "The practice planned to write to you about your treatment. It is for {date}.",
            "We planned to write to you about your treatment. It is for {date}.",
        ),
        "screening_recall": (
            "A screening test is due. It is planned around {date}.",
            "A screening test is due. It is planned around {date}.",
        ),
        "vaccination": (
            "A vaccination is due. Your record says so. It is due on {date}.",
            "A vaccination is due. Your record says so. It is due on {date}.",
        ),
        "_consent": (
            "You said yes: the practice may write to you.",
            "You said yes: we may write to you.",
        ),
    },
}

# How to change or stop, for an easy-read letter (the standard sentence is one long one).
EASY_READ_OPT_OUT = {
    ("fr", "formal"): (
        "Vous voulez changer ou arrêter ces lettres ? Remplissez le coupon en bas. "
        "Ou appelez le cabinet au {phone}."
    ),
    ("fr", "informal"): (
        "Tu veux changer ou arrêter ces lettres ? Remplis le coupon en bas. "
        "Ou appelle le cabinet au {phone}."
    ),
    ("en", "formal"): (
        "Do you want to change or stop these letters? Fill in the slip below. "
        "Or call the practice on {phone}."
    ),
    ("en", "informal"): (
        "Do you want to change or stop these letters? Fill in the slip below. "
        "Or give us a call on {phone}."
    ),
}


def reason_sentence(
    purpose: str, language: str, tone: str, due: datetime, *, easy_read: bool = False
) -> str:
    table = EASY_READ_REASONS if easy_read else REASONS
    sentences = table.get(language, table["fr"])
    formal, informal = sentences.get(purpose, sentences["_consent"])
    day = format_date_long(due.date(), language)
    return (informal if tone == "informal" else formal).format(date=day)


def practice_context(practice: PracticeSettings) -> PracticeContext:
    address = ", ".join(
        part for part in (practice.street, f"{practice.postcode} {practice.city}".strip()) if part
    )
    return PracticeContext(practice.name, practice.phone, practice.email, address)


def build(
    *,
    practice: PracticeSettings,
    zone: ZoneInfo,
    channel: str,
    language: str,
    tone: str,
    sex: Sex,
    first_name: str,
    last_name: str,
    purpose: str,
    due_at: datetime,
    practitioner: str = "",
    place: str = "",
    items: Sequence[str] = (),
    sms_reply_number: str = "",
    easy_read: bool = False,
) -> MessageContext:
    """The context of one message; ``due_at`` is the first item's due time (UTC).

    ``easy_read``: an easy-read letter, whose reason and opt-out are said in short
    sentences too (:data:`EASY_READ_REASONS`, :data:`EASY_READ_OPT_OUT`).
    """
    language = language if language in REASONS else "fr"
    local_due = due_at.astimezone(zone)
    title = TITLES[language].get(sex, "")
    appointment = (
        AppointmentContext(start=local_due, place=place, with_whom=practitioner)
        if purpose == "appointment_reminder"
        else None
    )
    return MessageContext(
        language=language,
        tone=tone,
        patient=patient_context(title, first_name, last_name, language=language, tone=tone),
        practice=practice_context(practice),
        practitioner=PractitionerContext(practitioner),
        appointment=appointment,
        items=tuple(item for item in items if item),
        reason=reason_sentence(purpose, language, tone, local_due, easy_read=easy_read),
        opt_out=opt_out(
            channel,
            language,
            tone,
            practice_phone=practice.phone,
            sms_reply_number=sms_reply_number or practice.phone,
            easy_read=easy_read,
        ),
    )


def opt_out(
    channel: str,
    language: str,
    tone: str,
    *,
    practice_phone: str,
    sms_reply_number: str,
    easy_read: bool = False,
) -> str:
    """How to stop, for this channel (:func:`app.templates.standard_opt_out`); in short
    sentences for an easy-read letter (:data:`EASY_READ_OPT_OUT`)."""
    if easy_read:
        formality = "informal" if tone == "informal" else "formal"
        return EASY_READ_OPT_OUT[(language, formality)].format(phone=practice_phone)
    return standard_opt_out(
        channel, language, tone, practice_phone=practice_phone, sms_reply_number=sms_reply_number
    )

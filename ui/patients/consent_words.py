"""The words and signs for consent on screen, shared by the grid and the preferences form.

Signs go with colours so colour is never the only signal (DESIGN §11).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.consent import ConsentState
from db.models import Channel, ConsentKind, ConsentMethod, LawfulBasis

WARNING_SIGN = "\u26a0"
YES_SIGN = "\u2713"
NO_SIGN = "\u2717"
UNSET_SIGN = "\u2013"


def channel_name(channel: Channel | None) -> str:
    names = {
        Channel.SMS: QCoreApplication.translate("ConsentGrid", "SMS"),
        Channel.EMAIL: QCoreApplication.translate("ConsentGrid", "E-mail"),
        Channel.LETTER: QCoreApplication.translate("ConsentGrid", "Letter"),
        Channel.PHONE: QCoreApplication.translate("ConsentGrid", "Phone"),
    }
    return (
        QCoreApplication.translate("ConsentGrid", "All channels")
        if channel is None
        else names[channel]
    )


def method_name(method: ConsentMethod) -> str:
    return {
        ConsentMethod.SIGNED_FORM: QCoreApplication.translate("ConsentGrid", "Signed form"),
        ConsentMethod.AT_DESK: QCoreApplication.translate("ConsentGrid", "At the desk"),
        ConsentMethod.PHONE: QCoreApplication.translate("ConsentGrid", "Phone"),
        ConsentMethod.LETTER_REPLY: QCoreApplication.translate("ConsentGrid", "Letter reply"),
        ConsentMethod.SMS_STOP: QCoreApplication.translate("ConsentGrid", "SMS STOP"),
    }[method]


def kind_name(kind: ConsentKind) -> str:
    return {
        ConsentKind.GRANTED: QCoreApplication.translate("ConsentGrid", "Consent given"),
        ConsentKind.WITHDRAWN: QCoreApplication.translate("ConsentGrid", "Consent withdrawn"),
        ConsentKind.REFUSED: QCoreApplication.translate("ConsentGrid", "Refused"),
        ConsentKind.OBJECTED: QCoreApplication.translate("ConsentGrid", "Objection"),
    }[kind]


def basis_name(basis: LawfulBasis) -> str:
    return (
        QCoreApplication.translate("ConsentGrid", "Care")
        if basis is LawfulBasis.CARE
        else QCoreApplication.translate("ConsentGrid", "Consent")
    )


def state_text(state: ConsentState) -> str:
    """The cell's words, with a sign so that colour is not the only signal."""
    words = {
        "care_default": (
            YES_SIGN,
            QCoreApplication.translate("ConsentGrid", "Care (no objection)"),
        ),
        "no_consent": (UNSET_SIGN, QCoreApplication.translate("ConsentGrid", "Not asked")),
        "granted": (YES_SIGN, QCoreApplication.translate("ConsentGrid", "Given")),
        "withdrawn": (NO_SIGN, QCoreApplication.translate("ConsentGrid", "Withdrawn")),
        "refused": (NO_SIGN, QCoreApplication.translate("ConsentGrid", "Refused")),
        "objected": (NO_SIGN, QCoreApplication.translate("ConsentGrid", "Objection")),
    }
    sign, text = words.get(state.reason, (YES_SIGN if state.allowed else NO_SIGN, state.reason))
    return f"{sign} {text}"

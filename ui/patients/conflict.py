"""The sentence a desk reads when another desk saved the same patient first."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.errors import ConcurrentChange
from ui.context import UiContext


def moment(at: datetime, context: UiContext) -> str:
    """A time in the practice's zone, with its date unless it is today."""
    local = at.astimezone(context.settings.zone())
    if local.date() == context.settings.today(context.clock):
        return local.strftime("%H:%M")
    return local.strftime("%d/%m/%Y %H:%M")


def conflict_text(change: ConcurrentChange, context: UiContext, reloaded: str) -> str:
    """Who changed the patient and when (if known), that nothing was saved, and ``reloaded``.

    The translate() calls are literal (context and text) so that lupdate finds them.
    """
    when = moment(change.changed_at, context) if change.changed_at else ""
    if when and change.changed_by:
        text = (
            QCoreApplication.translate(
                "ConcurrentChange",
                "Someone else changed this patient at %1 (%2) while you were editing.",
            )
            .replace("%1", when)
            .replace("%2", change.changed_by)
        )
    elif when:
        text = QCoreApplication.translate(
            "ConcurrentChange", "Someone else changed this patient at %1 while you were editing."
        )
        text = text.replace("%1", when)
    else:
        text = QCoreApplication.translate(
            "ConcurrentChange", "Someone else changed this patient while you were editing."
        )
    saved = QCoreApplication.translate("ConcurrentChange", "Your changes were not saved.")
    return " ".join([text, saved, reloaded])

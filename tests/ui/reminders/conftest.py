"""Fixtures for the Reminders screen: a few patients, appointments, and driving modal dialogs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app import appointments
from app.appointments import AppointmentData
from app.patients import ContactData, PatientData, insert_many
from db.models import ContactKind, Sex
from ui.context import UiContext

# The offscreen platform says this whenever a window is shown; it is not ours to fix.
QT_NOISE = "This plugin does not support propagateSizeHints"


@dataclass
class People:
    helene: int
    luc: int
    marie: int
    paul: int


@pytest.fixture
def people(context: UiContext) -> People:
    """Four patients of the Cabinet du Parc (the suite's clock: Saturday 28 Nov 2026)."""
    items = [
        PatientData("Lefèvre", "Hélène", date(1948, 3, 2), sex=Sex.FEMALE, contacts=[
            ContactData(ContactKind.MOBILE, "+33612345678"),
            ContactData(ContactKind.EMAIL, "helene@exemple.fr")]),
        PatientData("Martin", "Luc", date(1940, 1, 5), sex=Sex.MALE, no_digital_access=True,
                    contacts=[ContactData(ContactKind.POSTAL, "3 rue des Lilas, 69003 Lyon",
                                          street="3 rue des Lilas", postcode="69003",
                                          city="Lyon", country="FR")]),
        PatientData("Dupont", "Marie", date(1975, 6, 1), sex=Sex.FEMALE,
                    contacts=[ContactData(ContactKind.MOBILE, "+33611111111")]),
        PatientData("Roux", "Paul", date(1962, 9, 14), sex=Sex.MALE, contacts=[
            ContactData(ContactKind.MOBILE, "+33622222222")]),
    ]  # fmt: skip
    with context.database.transaction() as session:
        ids = insert_many(session, context.clock.now(), items)
    return People(*ids)


def book(
    context: UiContext,
    patient_id: int,
    starts_at: datetime,
    *,
    minutes: int = 20,
    practitioner: str = "Dr Roux",
    place: str = "Salle 1",
) -> int:
    with context.database.transaction() as session:
        appointment = appointments.create_appointment(
            session,
            context.clock,
            context.actor,
            AppointmentData(
                patient_id=patient_id,
                starts_at=starts_at,
                ends_at=starts_at + timedelta(minutes=minutes),
                practitioner=practitioner,
                place=place,
            ),
        )
        return appointment.id


def utc(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def when_modal(qtbot, handle: Callable[[QWidget], None]) -> None:
    """Run ``handle`` on the next modal dialog once it is up (it blocks the caller)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, attempt)
            return
        handle(dialog)

    QTimer.singleShot(0, attempt)

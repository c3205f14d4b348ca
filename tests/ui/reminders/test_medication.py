"""The Medication tab: a patient's schedules, adding one with errors under the fields, stopping."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from sqlalchemy import select

from app import medication
from app.medication import MedicationSpec
from db.models import MedicationSchedule, Reminder, ReminderSource, ReminderStatus
from tests.ui.patients.conftest import type_text
from tests.ui.reminders.conftest import QT_NOISE, People, when_modal
from ui.context import UiContext
from ui.reminders import medication as tab_module
from ui.reminders.medication import MedicationDialog, MedicationModel, MedicationTab

pytestmark = pytest.mark.qt_log_ignore(QT_NOISE)


def _schedule(context: UiContext, patient_id: int, label: str, rule: str, **more) -> int:
    spec = MedicationSpec(patient_id, label, rule, more.pop("at", time(9, 0)),
                          more.pop("starts_on", date(2026, 12, 1)), **more)  # fmt: skip
    with context.database.transaction() as session:
        schedule_id = medication.create(session, context.clock, context.actor, spec).id
        medication.refresh(session, context.clock, force=True)
    return schedule_id


def _tab(qtbot, context: UiContext) -> MedicationTab:
    tab = MedicationTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 500)
    tab.show()
    return tab


def test_the_model_passes_the_model_tester(qtmodeltester, context: UiContext, people) -> None:
    model = MedicationModel(context.settings.zone())
    qtmodeltester.check(model)
    _schedule(context, people.luc, "Renouvellement d'ordonnance", "FREQ=MONTHLY;BYMONTHDAY=5")
    _schedule(context, people.luc, "Vitamine B12", "FREQ=WEEKLY;INTERVAL=2")
    with context.database.read_session() as session:
        model.set_rows(medication.for_patient(session, people.luc, now=context.clock.now()))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_a_patients_schedules_show_in_words(qtbot, context: UiContext, people: People) -> None:
    _schedule(context, people.luc, "Renouvellement d'ordonnance", "FREQ=MONTHLY;BYMONTHDAY=5",
              until=date(2027, 6, 30))  # fmt: skip
    _schedule(context, people.paul, "Autre patient", "FREQ=DAILY")
    tab = _tab(qtbot, context)
    assert tab.model.rowCount() == 0
    assert "Choose a patient" in tab.title.text()
    qtbot.keyClicks(tab.patient.search, "martin luc")
    assert tab.patient_id() == people.luc
    assert tab.model.rowCount() == 1
    cells = [tab.model.index(0, c).data() for c in range(tab_module.COLUMN_COUNT)]
    assert cells[tab_module.LABEL] == "Renouvellement d'ordonnance"
    assert cells[tab_module.SCHEDULE] == "every month on day 5, at 09:00"
    assert cells[tab_module.FROM] == "01/12/2026"
    assert cells[tab_module.UNTIL] == "30/06/2027"
    assert cells[tab_module.NEXT] == "Sat 05/12/2026 09:00"
    assert cells[tab_module.STATUS] == "✓ Active"


def test_adding_a_schedule_with_errors_under_the_fields(
    qtbot, context: UiContext, people: People
) -> None:
    dialog = MedicationDialog(context, people.marie)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.patient.patient_id() == people.marie
    dialog.preset.setCurrentIndex(dialog.preset.findData(tab_module.CUSTOM))
    dialog.rrule.setText("FREQ=FORTNIGHTLY")
    qtbot.mouseClick(dialog.has_until, Qt.MouseButton.LeftButton)
    dialog.until.setDate(QDate(2026, 11, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("label") == "This is needed."
    assert "FORTNIGHTLY" in dialog.field_error("rrule")
    assert dialog.field_error("until") == "The last day cannot come before the first."
    assert dialog.result() != QDialog.DialogCode.Accepted

    type_text(dialog.label, "Renouvellement d'ordonnance")
    dialog.preset.setCurrentIndex(dialog.preset.findData(tab_module.MONTH_DAY))
    dialog.month_day.setValue(12)
    assert dialog.rhythm_words.text() == "every month on day 12, at 09:00"
    dialog.time.setTime(QTime(8, 15))
    dialog.starts_on.setDate(QDate(2026, 12, 1))
    dialog.until.setDate(QDate(2027, 12, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with context.database.read_session() as session:
        saved = session.get(MedicationSchedule, dialog.saved_id)
        assert saved is not None
        assert (saved.patient_id, saved.label, saved.rrule) == (
            people.marie,
            "Renouvellement d'ordonnance",
            "FREQ=MONTHLY;BYMONTHDAY=12",
        )
        assert (saved.time_of_day, saved.starts_on, saved.until) == (
            time(8, 15),
            date(2026, 12, 1),
            date(2027, 12, 1),
        )


def test_new_schedule_from_the_tab_shows_under_its_patient(
    qtbot, context: UiContext, people: People
) -> None:
    tab = _tab(qtbot, context)
    qtbot.keyClicks(tab.patient.search, "roux")

    def fill(dialog) -> None:
        assert isinstance(dialog, MedicationDialog)
        assert dialog.patient.patient_id() == people.paul  # the tab's patient
        qtbot.keyClicks(dialog.label, "Pilule")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, fill)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    assert tab.selected() is not None
    assert tab.selected().label == "Pilule"
    assert tab.model.index(0, tab_module.SCHEDULE).data() == "every day, at 09:00"


def test_stopping_a_schedule_cancels_its_reminders_ahead(
    qtbot, context: UiContext, people: People
) -> None:
    schedule_id = _schedule(context, people.helene, "Vitamine B12", "FREQ=WEEKLY")
    tab = _tab(qtbot, context)
    qtbot.keyClicks(tab.patient.search, "lefevre")
    assert tab.select_schedule(schedule_id)

    def stop(box) -> None:
        assert isinstance(box, QMessageBox)
        button = next(b for b in box.findChildren(QPushButton) if b.text() == "Stop it")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, stop)
    qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)
    with context.database.read_session() as session:
        schedule = session.get(MedicationSchedule, schedule_id)
        assert schedule is not None
        assert not schedule.active
        statuses = set(
            session.scalars(
                select(Reminder.status).where(
                    Reminder.patient_id == people.helene,
                    Reminder.source == ReminderSource.MEDICATION,
                )
            )
        )
    assert statuses == {ReminderStatus.CANCELLED}
    assert tab.model.index(0, tab_module.STATUS).data() == "✗ Stopped"
    assert "Medication reminder stopped." in tab.message.text()

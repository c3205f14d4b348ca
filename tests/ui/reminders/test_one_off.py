"""The One-off reminders tab: the list, adding one with errors under the fields, cancelling."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from app import one_off, outbox
from db.models import Channel, Message, MessageStatus, Reminder, ReminderSource, ReminderStatus
from tests.ui.patients.conftest import type_text
from tests.ui.reminders.conftest import QT_NOISE, People, utc, when_modal
from ui.context import UiContext
from ui.reminders import one_off as tab_module
from ui.reminders.one_off import CancelDialog, OneOffDialog, OneOffModel, OneOffTab

pytestmark = pytest.mark.qt_log_ignore(QT_NOISE)


def _tab(qtbot, context: UiContext) -> OneOffTab:
    tab = OneOffTab(context)
    qtbot.addWidget(tab)
    tab.resize(1000, 500)
    tab.show()
    return tab


def _add(context: UiContext, patient_id: int, due_at: datetime, label: str, **options) -> int:
    with context.database.transaction() as session:
        return one_off.create(
            session,
            context.clock,
            context.actor,
            patient_id=patient_id,
            purpose_code=options.pop("purpose_code", "screening_recall"),
            due_at=due_at,
            label=label,
            **options,
        ).id


def _reminder(context: UiContext, reminder_id: int) -> Reminder:
    with context.database.read_session() as session:
        found = session.get(Reminder, reminder_id)
        assert found is not None
        return found


def test_the_model_passes_the_model_tester(qtmodeltester, context: UiContext, people) -> None:
    model = OneOffModel(context.settings.zone())
    qtmodeltester.check(model)
    for day in (1, 2, 3):
        _add(context, people.helene, utc(day, 10, month=12), f"Résultats {day}")
    with context.database.read_session() as session:
        rows = one_off.upcoming(session, context.clock.now())
    model.set_rows(rows, {})
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_the_list_says_when_who_what_and_how(qtbot, context: UiContext, people: People) -> None:
    _add(context, people.luc, utc(3, 9, month=12), "Résultats de prise de sang")
    _add(
        context,
        people.marie,
        utc(1, 14, month=12),
        "Apporter la carte vitale",
        purpose_code="appointment_reminder",
        channel=Channel.SMS,
    )
    tab = _tab(qtbot, context)
    model = tab.model
    assert model.rowCount() == 2
    first = [model.index(0, c).data() for c in range(tab_module.COLUMN_COUNT)]
    assert first[tab_module.DUE] == "Tue 01/12/2026 15:00"  # Paris
    assert first[tab_module.PATIENT] == "DUPONT Marie"
    assert first[tab_module.LABEL] == "Apporter la carte vitale"
    assert first[tab_module.CHANNEL] == "SMS"
    assert first[tab_module.STATUS] == "To come"
    second = [model.index(1, c).data() for c in range(tab_module.COLUMN_COUNT)]
    assert second[tab_module.CHANNEL] == "Patient's choice"
    assert second[tab_module.PURPOSE]  # the purpose's name, not its code
    assert second[tab_module.PURPOSE] != "screening_recall"
    assert tab.count.text() == "2 to come"


def test_adding_a_reminder_shows_errors_under_the_fields_then_saves(
    qtbot, context: UiContext, people: People
) -> None:
    dialog = OneOffDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Choose the patient" in dialog.field_error("patient")

    qtbot.keyClicks(dialog.patient.search, "martin luc")
    assert dialog.patient.patient_id() == people.luc
    dialog.date.setDate(QDate(2026, 11, 27))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("patient") == ""
    assert dialog.field_error("when") == "This time has already passed."
    assert dialog.result() != QDialog.DialogCode.Accepted

    dialog.date.setDate(QDate(2026, 12, 4))
    dialog.time.setTime(QTime(11, 15))
    type_text(dialog.label, "Résultats à récupérer")
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.LETTER.value))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_id is not None
    saved = _reminder(context, dialog.saved_id)
    assert saved.source is ReminderSource.ONE_OFF
    assert saved.patient_id == people.luc
    assert saved.due_at == datetime(2026, 12, 4, 10, 15, tzinfo=UTC)
    assert saved.label == "Résultats à récupérer"
    assert saved.channel is Channel.LETTER


def test_new_reminder_from_the_tab_is_listed_and_selected(
    qtbot, context: UiContext, people: People
) -> None:
    tab = _tab(qtbot, context)

    def fill(dialog) -> None:
        assert isinstance(dialog, OneOffDialog)
        qtbot.keyClicks(dialog.patient.search, "roux")
        qtbot.keyClicks(dialog.label, "Rappeler le cabinet")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, fill)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    selected = tab.selected()
    assert selected is not None
    assert selected.patient_id == people.paul
    assert "Reminder added" in tab.message.text()


def test_cancelling_asks_why_and_calls_back_what_was_not_sent(
    qtbot, context: UiContext, people: People
) -> None:
    reminder_id = _add(
        context, people.helene, utc(29, 15), "Résultats", purpose_code="appointment_reminder"
    )
    with context.database.transaction() as session:
        outbox.plan_messages(session, context.clock)
    tab = _tab(qtbot, context)
    tab.select_reminder(reminder_id)
    assert tab.cancel_button.isEnabled()

    def without_reason_then_with(dialog) -> None:
        assert isinstance(dialog, CancelDialog)
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # a reason is needed
        assert "Say why" in dialog.reason_row.error_text
        type_text(dialog.reason, "Résultats donnés au téléphone")
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, without_reason_then_with)
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    cancelled = _reminder(context, reminder_id)
    assert cancelled.status is ReminderStatus.CANCELLED
    assert cancelled.cancelled_reason == "Résultats donnés au téléphone"
    with context.database.read_session() as session:
        statuses = set(
            session.scalars(select(Message.status).where(Message.patient_id == people.helene))
        )
    assert statuses <= {MessageStatus.CANCELLED}
    assert tab.model.index(0, tab_module.STATUS).data() == "✗ Cancelled"
    assert not tab.cancel_button.isEnabled()


def test_keeping_the_reminder_changes_nothing(qtbot, context: UiContext, people: People) -> None:
    reminder_id = _add(context, people.paul, utc(5, 9, month=12), "Vaccin")
    tab = _tab(qtbot, context)
    tab.select_reminder(reminder_id)
    when_modal(qtbot, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    assert tab.cancel_selected() is False
    assert _reminder(context, reminder_id).status is ReminderStatus.ACTIVE

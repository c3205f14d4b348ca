"""The Timing tab: lead times typed in the grid, problems on the cell, read-only for most."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from sqlalchemy import select

from app import reminder_timing
from app.access import Actor
from db.models import Channel, Role, Setting
from tests.ui.reminders.conftest import QT_NOISE
from ui.context import UiContext
from ui.i18n import install_translators, remove_translators
from ui.reminders.timing import CHANNELS, TimingTab

pytestmark = pytest.mark.qt_log_ignore(QT_NOISE)

SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"
APPOINTMENTS, VACCINATION = 0, 3  # rows: the purposes in the practice's order
SMS, LETTER = CHANNELS.index(Channel.SMS), CHANNELS.index(Channel.LETTER)


def _tab(qtbot, context: UiContext) -> TimingTab:
    tab = TimingTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 560)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _stored(context: UiContext):
    with context.database.read_session() as session:
        return session.scalar(select(Setting.value).where(Setting.key == "reminders"))


def _type_in_cell(qtbot, tab: TimingTab, row: int, column: int, text: str) -> None:
    """As a person does: select the cell, start editing, type, press Enter."""
    index = tab.model.index(row, column)
    tab.table.setCurrentIndex(index)
    tab.table.edit(index)
    editor = tab.table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    assert editor.text() == tab.model.data(index, Qt.ItemDataRole.EditRole)  # "2, 1"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The view commits a line edit's Enter later, from the event loop.
    qtbot.waitUntil(lambda: tab.table.state() == QAbstractItemView.State.NoState)


def _cell(tab: TimingTab, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    value = tab.model.data(tab.model.index(row, column), role)
    # Lead times keep their words together with no-break spaces.
    return value.replace("\u00a0", " ") if isinstance(value, str) else value


def test_the_grid_shows_what_is_in_force_in_words(qtbot, context: UiContext) -> None:
    tab = _tab(qtbot, context)
    assert tab.model.rowCount() == 7  # every active purpose
    assert tab.model.headerData(APPOINTMENTS, Qt.Orientation.Vertical) == "Rappel de rendez-vous"
    assert _cell(tab, APPOINTMENTS, SMS) == "2 days before, the day before"
    assert _cell(tab, APPOINTMENTS, LETTER) == "7 days before"
    assert _cell(tab, 1, SMS) == "the day before"  # medication: the day before by default
    assert _cell(tab, 4, SMS) == "on the day"  # health education: no lead times of its own
    assert tab.sending_time.time() == QTime(10, 0)
    assert tab.postal_days.value() == 3
    assert not any(button.isEnabled() for button in tab.defaults_buttons)  # all defaults


def test_a_lead_typed_in_the_grid_is_saved(qtbot, context: UiContext) -> None:
    tab = _tab(qtbot, context)
    _type_in_cell(qtbot, tab, APPOINTMENTS, SMS, "1, 7 ,2")
    assert _cell(tab, APPOINTMENTS, SMS) == "7 days before, 2 days before, the day before"
    assert _cell(tab, APPOINTMENTS, SMS, Qt.ItemDataRole.FontRole).bold()  # not the default
    assert "Default: 2 days before, the day before" in _cell(
        tab, APPOINTMENTS, SMS, Qt.ItemDataRole.ToolTipRole
    )
    _type_in_cell(qtbot, tab, VACCINATION, SMS, "2h")
    assert _cell(tab, VACCINATION, SMS) == "2 h before"
    tab.sending_time.setTime(QTime(9, 30))
    assert tab.save(), tab.message.text()
    assert tab.message.text().startswith("✓ Saved.")
    assert _stored(context) == {
        "sending_time": "09:30",
        "leads": {
            "appointment_reminder": {"sms": ["P7D", "P2D", "P1D"]},
            "vaccination": {"sms": ["PT2H"]},
        },
    }
    with context.database.read_session() as session:
        timing = reminder_timing.read(session)
    assert timing.sending_time == time(9, 30)
    assert tab.save()
    assert tab.message.text() == "✓ Nothing changed."


def test_a_bad_lead_is_marked_on_its_cell_and_nothing_is_saved(qtbot, context: UiContext) -> None:
    tab = _tab(qtbot, context)
    _type_in_cell(qtbot, tab, APPOINTMENTS, SMS, "P2X, 1")
    assert _cell(tab, APPOINTMENTS, SMS) == "⚠ the day before, P2X"
    assert _cell(tab, APPOINTMENTS, SMS, Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
    assert _cell(tab, APPOINTMENTS, SMS, Qt.ItemDataRole.ToolTipRole).startswith(
        "“P2X” is not a lead time"
    )
    tab.model.setData(tab.model.index(VACCINATION, LETTER), "14, 2")
    assert _cell(tab, VACCINATION, LETTER, Qt.ItemDataRole.ToolTipRole).startswith(
        "A letter sent 2 days before cannot reach the patient in time"
    )
    assert not tab.save()
    assert tab.message.text() == "⚠ Not saved: what is marked in red needs correcting."
    assert tab.table.currentIndex().row() == APPOINTMENTS  # the first problem, to correct
    assert not tab.table.selectionModel().hasSelection()  # its red stays visible
    assert _stored(context) is None
    # Two postal days let the letter go; correcting the SMS lets it all be saved.
    tab.postal_days.setValue(2)
    assert not _cell(tab, VACCINATION, LETTER).startswith("⚠")
    _type_in_cell(qtbot, tab, APPOINTMENTS, SMS, "3, 1")
    assert tab.save(), tab.message.text()
    assert _stored(context)["postal_days"] == 2


def test_back_to_the_defaults_for_one_purpose(qtbot, context: UiContext) -> None:
    tab = _tab(qtbot, context)
    tab.model.setData(tab.model.index(APPOINTMENTS, SMS), "3")
    tab.model.setData(tab.model.index(APPOINTMENTS, LETTER), "10")
    tab.model.setData(tab.model.index(VACCINATION, SMS), "3")
    button = tab.defaults_buttons[APPOINTMENTS]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _cell(tab, APPOINTMENTS, SMS) == "2 days before, the day before"
    assert _cell(tab, APPOINTMENTS, LETTER) == "7 days before"
    assert not button.isEnabled()
    assert _cell(tab, VACCINATION, SMS) == "3 days before"  # the other purposes stay
    assert tab.save()
    assert _stored(context) == {"leads": {"vaccination": {"sms": ["P3D"]}}}


def test_a_receptionist_sees_the_timing_read_only(qtbot, context: UiContext) -> None:
    with context.database.transaction() as session:
        reminder_timing.save(
            session, context.clock, context.actor,
            reminder_timing.from_json({"leads": {"vaccination": {"sms": ["P3D"]}}}),
        )  # fmt: skip
    context.actor = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)
    tab = _tab(qtbot, context)
    assert _cell(tab, VACCINATION, SMS) == "3 days before"
    assert not tab.save_button.isEnabled()
    assert tab.save_button.toolTip() == "Only an administrator can change the timing."
    index = tab.model.index(APPOINTMENTS, SMS)
    assert not tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not tab.model.setData(index, "5")
    assert tab.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert tab.sending_time.isReadOnly()
    assert tab.postal_days.isReadOnly()
    assert not any(button.isEnabled() for button in tab.defaults_buttons)


def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, context: UiContext) -> None:
    tab = _tab(qtbot, context)
    qtmodeltester.check(tab.model)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_screenshot(qtbot, qapp, context: UiContext, language: str) -> None:
    install_translators(qapp, language)
    try:
        tab = _tab(qtbot, context)
        tab.model.setData(tab.model.index(APPOINTMENTS, SMS), "7, 2, 1")
        tab.model.setData(tab.model.index(VACCINATION, SMS), "2h")
        tab.model.setData(tab.model.index(VACCINATION, LETTER), "2")
        tab.save()
        SCREENSHOTS.mkdir(exist_ok=True)
        assert tab.grab().save(str(SCREENSHOTS / f"timing_{language}.png"))
    finally:
        remove_translators(qapp)

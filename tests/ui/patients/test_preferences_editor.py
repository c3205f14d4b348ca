"""The contact preferences editor: defaults, editing with mouse and keyboard, save, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import preferences
from app.access import Actor
from app.patients import PatientForm, create_patient, validate
from app.preferences import ContactPreferences
from db.models import AuditEvent, Channel, PaperFormat, Preferences, Role, Tone
from ui.context import UiContext
from ui.i18n import install_translators, remove_translators
from ui.patients.editor import practice_today
from ui.patients.preferences_editor import PreferencesEditor

# The offscreen platform says this whenever a window is shown; it is not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"
REMINDER = "appointment_reminder"


def _create(context: UiContext, form: PatientForm) -> int:
    with context.database.transaction() as session:
        data = validate(form, "FR", practice_today(context))
        return create_patient(session, context.clock, context.actor, data).id


@pytest.fixture
def patient_id(context: UiContext) -> int:
    return _create(
        context,
        PatientForm(last_name="Dupont", first_name="Hélène", birth_date="12/03/1948",
                    mobile="06 12 34 56 78", email="helene.dupont@exemple.fr"),
    )  # fmt: skip


@pytest.fixture
def editor(qtbot: QtBot, context: UiContext, patient_id: int) -> PreferencesEditor:
    widget = PreferencesEditor(context, patient_id)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _saved(context: UiContext, patient_id: int) -> ContactPreferences:
    with context.database.read_session() as session:
        return preferences.load(session, patient_id)


def _has_row(context: UiContext, patient_id: int) -> bool:
    with context.database.read_session() as session:
        return session.get(Preferences, patient_id) is not None


def _audit(context: UiContext, patient_id: int) -> list[AuditEvent]:
    with context.database.read_session() as session:
        return list(
            session.scalars(
                select(AuditEvent).where(
                    AuditEvent.action == "preferences.changed", AuditEvent.entity_id == patient_id
                )
            )
        )


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    # A check box stretched across its row only reacts on its box and its words.
    on_the_box = QPoint(8, button.height() // 2) if isinstance(button, QCheckBox) else QPoint()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=on_the_box)


def _set_spin(qtbot: QtBot, spin: QAbstractSpinBox, text: str) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)


def test_a_new_patient_shows_the_defaults(editor: PreferencesEditor) -> None:
    assert editor.quiet_before.time().toString("HH:mm") == "09:00"
    assert editor.quiet_after.time().toString("HH:mm") == "19:00"
    assert [day for day, box in editor.quiet_days.items() if box.isChecked()] == [7]
    assert editor.quiet_holidays.isChecked()
    assert [c for c, box in editor.quiet_channels.items() if box.isChecked()] == [
        Channel.SMS,
        Channel.PHONE,
    ]
    assert editor.max_per_week.text() == "No limit"
    assert editor.max_per_month.text() == "No limit"
    assert editor.tone_buttons[Tone.FORMAL].isChecked()
    assert editor.paper_format.currentText() == "Standard"
    assert not editor.paper_only.isChecked()
    assert not editor.call_instead.isChecked()
    assert len(editor.purpose_rows) == 7
    for row in editor.purpose_rows.values():
        assert row.chosen() == [Channel.SMS, Channel.EMAIL, Channel.LETTER]
        assert row.default_label.isVisible()
        assert row.default_label.text() == "(default)"
        assert not row.reset_button.isVisible()
    reminder = editor.purpose_rows[REMINDER]
    assert reminder.chips[Channel.SMS].check.text() == "1. SMS"
    assert reminder.chips[Channel.PHONE].check.text() == "Phone"
    assert "patient record" in editor.language_note.text()
    assert editor.preferences() == ContactPreferences()
    assert not editor.dirty
    assert not editor.revert_button.isEnabled()


def test_preferences_set_with_mouse_and_keys_are_saved_and_audited(
    qtbot: QtBot, editor: PreferencesEditor, context: UiContext, patient_id: int
) -> None:
    reminder = editor.purpose_rows[REMINDER]
    with qtbot.waitSignal(editor.dirty_changed) as became_dirty:
        _click(qtbot, reminder.chips[Channel.LETTER].earlier)
    assert became_dirty.args == [True]
    _click(qtbot, reminder.chips[Channel.LETTER].earlier)
    _click(qtbot, reminder.chips[Channel.SMS].check)
    assert reminder.order()[:3] == [Channel.LETTER, Channel.SMS, Channel.EMAIL]
    assert reminder.chips[Channel.LETTER].check.text() == "1. Letter"
    assert reminder.chips[Channel.SMS].check.text() == "SMS"
    assert reminder.reset_button.isVisible()
    assert not reminder.chips[Channel.LETTER].earlier.isEnabled()  # already first

    _set_spin(qtbot, editor.max_per_week, "2")
    _set_spin(qtbot, editor.max_per_month, "6")
    editor.quiet_after.setFocus()
    qtbot.keyClicks(editor.quiet_after, "1800")
    _click(qtbot, editor.tone_buttons[Tone.INFORMAL])
    editor.paper_format.setFocus()
    qtbot.keyClick(editor.paper_format, Qt.Key.Key_Down)
    assert editor.dirty

    with qtbot.waitSignal(editor.saved) as saved:
        _click(qtbot, editor.save_button)
    expected = ContactPreferences(
        channels={REMINDER: [Channel.LETTER, Channel.EMAIL]},
        max_per_week=2,
        max_per_month=6,
        quiet_after="18:00",
        tone=Tone.INFORMAL,
        paper_format=PaperFormat.LARGE_PRINT,
    )
    assert _saved(context, patient_id) == expected
    assert saved.args == [
        ["channels", "max_per_month", "max_per_week", "paper_format", "quiet_after", "tone"]
    ]
    assert editor.message.text() == (
        "\u2713 Saved: channels by purpose, weekly limit, monthly limit, quiet hours, "
        "tone, paper format."
    )
    assert not editor.dirty
    assert not editor.revert_button.isEnabled()
    (event,) = _audit(context, patient_id)
    assert event.username == "admin"
    assert event.details["fields"] == saved.args[0]

    # Saving again writes nothing and says so.
    assert editor.save()
    assert editor.message.text() == "\u2713 Nothing changed."
    assert len(_audit(context, patient_id)) == 1


def test_channels_move_and_tick_from_the_keyboard(qtbot: QtBot, editor: PreferencesEditor) -> None:
    vaccination = editor.purpose_rows["vaccination"]
    sms = vaccination.chips[Channel.SMS].check
    sms.setFocus()
    qtbot.keyClick(sms, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(sms, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert vaccination.chosen() == [Channel.EMAIL, Channel.LETTER, Channel.SMS]
    phone = vaccination.chips[Channel.PHONE].check
    phone.setFocus()
    qtbot.keyClick(phone, Qt.Key.Key_Space)
    assert vaccination.chosen() == [Channel.EMAIL, Channel.LETTER, Channel.SMS, Channel.PHONE]
    # Tab follows the order on screen: after the letter comes the SMS, not the e-mail.
    assert vaccination.chips[Channel.LETTER].check.nextInFocusChain() is sms
    assert editor.preferences().channels == {
        "vaccination": [Channel.EMAIL, Channel.LETTER, Channel.SMS, Channel.PHONE]
    }


def test_only_purposes_the_user_changed_are_written(
    qtbot: QtBot, editor: PreferencesEditor
) -> None:
    reminder = editor.purpose_rows[REMINDER]
    _click(qtbot, reminder.chips[Channel.EMAIL].earlier)
    assert editor.preferences().channels == {REMINDER: [Channel.EMAIL, Channel.SMS, Channel.LETTER]}
    _click(qtbot, reminder.chips[Channel.EMAIL].later)  # back to the default order
    assert editor.preferences().channels == {}
    assert reminder.default_label.isVisible()
    assert not editor.dirty

    _click(qtbot, reminder.chips[Channel.SMS].check)
    _click(qtbot, reminder.chips[Channel.EMAIL].check)
    _click(qtbot, reminder.chips[Channel.LETTER].check)
    assert editor.preferences().channels == {REMINDER: []}
    assert reminder.default_label.text() == "(no message)"
    assert reminder.reset_button.isHidden()
    _click(qtbot, reminder.chips[Channel.LETTER].check)
    _click(qtbot, reminder.reset_button)
    assert editor.preferences().channels == {}
    assert not editor.dirty


def test_paper_only_greys_the_channels_out(qtbot: QtBot, editor: PreferencesEditor) -> None:
    _click(qtbot, editor.paper_only)
    assert not editor.purpose_rows[REMINDER].isEnabled()
    assert editor.paper_hint.text() == "Paper only: every purpose goes by letter."
    _click(qtbot, editor.call_instead)
    assert editor.paper_hint.text() == "Paper only: every purpose goes by phone call."
    _click(qtbot, editor.paper_only)
    assert editor.purpose_rows[REMINDER].isEnabled()
    assert editor.paper_hint.text() == "Letters are replaced by a phone call."


def test_invalid_input_is_shown_next_to_its_field_and_nothing_is_saved(
    qtbot: QtBot, editor: PreferencesEditor, context: UiContext, patient_id: int
) -> None:
    _set_spin(qtbot, editor.max_per_week, "10")
    _set_spin(qtbot, editor.max_per_month, "5")
    editor.quiet_before.setFocus()
    qtbot.keyClicks(editor.quiet_before, "2000")
    editor.quiet_after.setFocus()
    qtbot.keyClicks(editor.quiet_after, "0800")
    assert editor.field_error("max_per_week") == ""  # nothing said before trying to save

    assert not editor.save()
    assert editor.field_error("max_per_week") == "More than the monthly limit (5)."
    assert editor.field_error("quiet_after") == "Must be later than the start (20:00)."
    assert editor.field_error("max_per_month") == ""
    assert editor.max_per_week.accessibleDescription() == "More than the monthly limit (5)."
    assert editor.message.text().startswith("\u26a0 Not saved")
    assert QApplication.focusWidget() is editor.max_per_week
    assert not _has_row(context, patient_id)
    assert _audit(context, patient_id) == []
    assert editor.dirty  # the typing is kept, to be corrected

    # Corrections clear the errors as they are made.
    _set_spin(qtbot, editor.max_per_month, "20")
    assert editor.field_error("max_per_week") == ""
    assert editor.field_error("quiet_after") != ""
    editor.quiet_after.setFocus()
    qtbot.keyClicks(editor.quiet_after, "2100")
    assert editor.field_error("quiet_after") == ""
    assert editor.save()
    assert _saved(context, patient_id).quiet_after == "21:00"


def test_revert_restores_the_saved_values(
    qtbot: QtBot, editor: PreferencesEditor, context: UiContext, patient_id: int
) -> None:
    editor.tone_buttons[Tone.INFORMAL].setChecked(True)
    _click(qtbot, editor.purpose_rows[REMINDER].chips[Channel.SMS].later)
    assert editor.save()
    saved = _saved(context, patient_id)

    _set_spin(qtbot, editor.max_per_week, "3")
    _click(qtbot, editor.quiet_days[6])
    _click(qtbot, editor.tone_buttons[Tone.FORMAL])
    _click(qtbot, editor.purpose_rows[REMINDER].reset_button)
    _click(qtbot, editor.purpose_rows["vaccination"].chips[Channel.LETTER].check)
    assert editor.dirty
    assert editor.revert_button.isEnabled()

    with qtbot.waitSignal(editor.dirty_changed) as clean:
        _click(qtbot, editor.revert_button)
    assert clean.args == [False]
    assert editor.preferences() == saved
    assert editor.max_per_week.text() == "No limit"
    assert not editor.quiet_days[6].isChecked()
    assert editor.tone_buttons[Tone.INFORMAL].isChecked()
    assert editor.purpose_rows[REMINDER].chosen() == [Channel.EMAIL, Channel.SMS, Channel.LETTER]
    assert editor.purpose_rows["vaccination"].default_label.isVisible()
    assert not editor.dirty


def test_load_reads_what_another_desk_saved(
    editor: PreferencesEditor, context: UiContext, patient_id: int
) -> None:
    with context.database.transaction() as session:
        preferences.save(
            session,
            context.clock,
            context.actor,
            patient_id,
            ContactPreferences(max_per_month=4, quiet_days=[6, 7], paper_only=True),
        )
    editor.load()
    assert editor.max_per_month.value() == 4
    assert editor.quiet_days[6].isChecked()
    assert editor.paper_only.isChecked()
    assert not editor.dirty


def test_a_role_without_edit_rights_gets_a_disabled_form(
    qtbot: QtBot, context: UiContext, patient_id: int
) -> None:
    # No role lacks EDIT_PATIENTS today; a stand-in actor checks the editor obeys it.
    reader = Actor(user_id=None, username="reader", role=Role.RECEPTIONIST)
    object.__setattr__(reader, "can", lambda permission: permission.value == "view_patients")
    editor = PreferencesEditor(
        UiContext(context.database, reader, context.clock, context.settings), patient_id
    )
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    inputs = [
        *editor.findChildren(QAbstractButton),
        *editor.findChildren(QAbstractSpinBox),
    ]
    assert len(inputs) > 40
    assert [w for w in inputs if w.isEnabled()] == []
    assert editor.max_per_week.toolTip() == "Your role cannot change contact preferences."
    reminder = editor.purpose_rows[REMINDER]
    assert reminder.chips[Channel.SMS].check.toolTip() == editor.max_per_week.toolTip()
    assert editor.read_only_banner.isVisible()
    assert not editor.save()
    assert not _has_row(context, patient_id)


def test_household_members_sharing_a_landline_keep_their_own_preferences(
    qtbot: QtBot, context: UiContext
) -> None:
    paul, jeanne = (
        _create(
            context,
            PatientForm(
                last_name="Lefèvre",
                first_name=first,
                birth_date="01/01/1950",
                landline="04 78 12 34 56",
                landline_shared=True,
                household="LEFEVRE-1",
            ),
        )
        for first in ("Paul", "Jeanne")
    )
    for_paul = PreferencesEditor(context, paul)
    qtbot.addWidget(for_paul)
    for_paul.show()
    qtbot.waitExposed(for_paul)
    _click(qtbot, for_paul.purpose_rows[REMINDER].chips[Channel.SMS].check)
    _click(qtbot, for_paul.quiet_days[6])
    assert for_paul.save()

    for_jeanne = PreferencesEditor(context, jeanne)
    qtbot.addWidget(for_jeanne)
    assert for_jeanne.preferences() == ContactPreferences()
    assert not for_jeanne.purpose_rows[REMINDER].default_label.isHidden()
    assert _saved(context, jeanne) == ContactPreferences()
    assert _saved(context, paul).channels == {REMINDER: [Channel.EMAIL, Channel.LETTER]}
    assert _saved(context, paul).quiet_days == [6, 7]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_screenshot_preferences_editor(
    qtbot: QtBot, qapp: QApplication, context: UiContext, patient_id: int, language: str
) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    install_translators(qapp, language)
    try:
        editor = PreferencesEditor(context, patient_id)
        qtbot.addWidget(editor)
        assert editor._content.minimumSizeHint().width() <= 860  # a tab of a 900 px dialog
        editor.show()
        qtbot.waitExposed(editor)
        reminder = editor.purpose_rows[REMINDER]
        _click(qtbot, reminder.chips[Channel.LETTER].earlier)
        _click(qtbot, reminder.chips[Channel.SMS].check)
        _set_spin(qtbot, editor.max_per_week, "10")
        _set_spin(qtbot, editor.max_per_month, "6")
        editor.save()  # refused: the errors show in the screenshot
        assert editor.field_error("max_per_week")
        editor.resize(900, editor.sizeHint().height())
        # The size hint has room for the whole form: no scroll bar once laid out.
        qtbot.waitUntil(lambda: not editor.scroll_area.verticalScrollBar().isVisible())
        hidden = [w for w in editor.findChildren(QCheckBox) if w.isVisible() and w.width() < 30]
        assert hidden == []  # nothing squeezed to its indicator
        assert editor.grab().save(str(SCREENSHOTS / f"preferences-editor-{language}.png"))
        assert _fits(editor)
    finally:
        remove_translators(qapp)
        QLocale.setDefault(QLocale.c())


def _fits(editor: PreferencesEditor) -> bool:
    """Every visible widget lies inside the editor (nothing cut off at the right edge)."""
    right = editor.width()
    return all(
        w.mapTo(editor, w.rect().topRight()).x() <= right
        for w in editor.findChildren(QWidget)
        if w.isVisible()
    )

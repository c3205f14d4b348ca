"""Two desks, one patient: a save over another desk's change is refused and the form reloaded."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app import preferences
from app.access import Actor
from app.patients import PatientForm, create_patient, update_patient, validate
from db.models import PaperFormat, Patient, Role, Tone
from tests.ui.patients.conftest import type_text
from ui.context import UiContext
from ui.patients.consent_grid import CommunicationProfileDialog
from ui.patients.editor import PatientEditor, practice_today
from ui.patients.preferences_editor import PreferencesEditor

# The offscreen platform says this whenever a dialog is shown; it is not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"
BOB = Actor(user_id=None, username="bob", role=Role.RECEPTIONIST)
DUPONT = PatientForm(
    last_name="Dupont",
    first_name="Marie",
    birth_date="12/03/1950",
    mobile="06 12 34 56 78",
    street="3 rue Garibaldi",
    postcode="69003",
    city="Lyon",
)


def _create(context: UiContext) -> int:
    with context.database.transaction() as session:
        data = validate(DUPONT, "FR", practice_today(context))
        return create_patient(session, context.clock, context.actor, data).id


def _save_at_another_desk(context: UiContext, pid: int, **changes: object) -> None:
    """Bob's desk: reads the record as it is now and saves his change."""
    with context.database.transaction() as session:
        patient = session.get(Patient, pid)
        assert patient is not None
        version = patient.version
        form = PatientForm(**{**DUPONT.__dict__, **changes})
        data = validate(form, "FR", practice_today(context))
        update_patient(session, context.clock, BOB, pid, data, expected_version=version)


def _record(context: UiContext, pid: int) -> tuple[int, str, set[str]]:
    with context.database.read_session() as session:
        patient = session.get(Patient, pid)
        assert patient is not None
        return patient.version, patient.first_name, {c.value for c in patient.contact_points}


def _type(qtbot, editor: PatientEditor, field: str, text: str) -> None:
    edit = editor.rows[field].edit
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, text)


def test_a_save_over_another_desks_change_is_refused_and_the_form_reloaded(
    qtbot, context, monkeypatch
) -> None:
    pid = _create(context)
    editor = PatientEditor(context, pid)
    qtbot.addWidget(editor)
    shown: list[str] = []
    monkeypatch.setattr(editor, "show_error", shown.append)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.version == 1

    _type(qtbot, editor, "mobile", "06 98 76 54 32")  # our change, at our desk
    context.clock.advance(hours=1, minutes=12)  # 10:42 UTC, 11:42 in Paris
    _save_at_another_desk(context, pid, first_name="Marie-Thérèse")
    before = _record(context, pid)
    assert before[0] == 2

    assert editor.save() is False
    assert shown == [
        "Someone else changed this patient at 11:42 (bob) while you were editing. "
        "Your changes were not saved. "
        "The record has been reloaded: check it and make your change again."
    ]
    assert _record(context, pid) == before  # nothing of ours was written
    assert editor.isVisible()
    assert editor.result() != QDialog.DialogCode.Accepted
    assert editor.saved_id is None
    # The form now shows Bob's record, ours is gone from it, and it is clean.
    assert editor.rows["first_name"].edit.text() == "Marie-Thérèse"
    assert editor.rows["mobile"].edit.text() == "06 12 34 56 78"
    assert editor.version == 2
    assert not editor.dirty
    assert editor.conflict.isVisibleTo(editor)
    assert "11:42 (bob)" in editor.conflict.text()

    SCREENSHOTS.mkdir(exist_ok=True)
    qtbot.wait(10)
    assert editor.grab().save(str(SCREENSHOTS / "patients_editor_conflict.png"))

    # Made again on the record as it is now, our change goes through, Bob's kept.
    _type(qtbot, editor, "mobile", "06 98 76 54 32")
    assert editor.save() is True
    assert shown == shown[:1]
    version, first_name, contacts = _record(context, pid)
    assert (version, first_name) == (3, "Marie-Thérèse")
    assert "+33698765432" in contacts
    assert not editor.conflict.isVisibleTo(editor)


def test_another_desks_preferences_stop_a_record_save_too(qtbot, context, monkeypatch) -> None:
    pid = _create(context)
    editor = PatientEditor(context, pid)
    qtbot.addWidget(editor)
    shown: list[str] = []
    monkeypatch.setattr(editor, "show_error", shown.append)
    with context.database.transaction() as session:
        preferences.save(
            session, context.clock, BOB, pid, preferences.ContactPreferences(tone=Tone.INFORMAL)
        )
    _type(qtbot, editor, "city", "Villeurbanne")
    assert editor.save() is False
    assert shown[0].startswith("Someone else changed this patient at 10:30 (bob)")
    assert editor.rows["city"].edit.text() == "LYON"  # as stored
    assert editor.version == 2


def test_preferences_saved_from_the_editor_are_not_someone_elses_change(
    qtbot, context, monkeypatch
) -> None:
    pid = _create(context)
    editor = PatientEditor(context, pid)
    qtbot.addWidget(editor)
    shown: list[str] = []
    monkeypatch.setattr(editor, "show_error", shown.append)

    def in_the_profile() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CommunicationProfileDialog)
        dialog.preferences.paper_format.setCurrentIndex(
            dialog.preferences.paper_format.findData(PaperFormat.LARGE_PRINT.value)
        )
        assert dialog.preferences.save()
        dialog.accept()

    QTimer.singleShot(0, in_the_profile)
    editor.open_profile()
    assert editor.version == 2  # our own preferences save moved it

    _type(qtbot, editor, "city", "Villeurbanne")
    assert editor.save() is True
    assert shown == []
    assert _record(context, pid)[0] == 3


def test_the_preferences_editor_refuses_and_reloads_after_another_desks_change(
    qtbot, context
) -> None:
    pid = _create(context)
    editor = PreferencesEditor(context, pid)
    qtbot.addWidget(editor)
    editor.resize(900, 600)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.version == 1

    editor.paper_only.setChecked(True)  # ours
    context.clock.advance(minutes=5)
    _save_at_another_desk(context, pid, city="Villeurbanne", postcode="69100")
    with context.database.transaction() as session:
        preferences.save(
            session, context.clock, BOB, pid, preferences.ContactPreferences(tone=Tone.INFORMAL)
        )

    assert editor.save() is False
    assert editor.message.text() == (
        "\u26a0 Someone else changed this patient at 10:35 (bob) while you were editing. "
        "Your changes were not saved. "
        "The preferences have been reloaded: check them and make your change again."
    )
    assert editor.tone_buttons[Tone.INFORMAL].isChecked()  # Bob's
    assert not editor.paper_only.isChecked()  # ours, not saved
    assert editor.version == 3
    with context.database.read_session() as session:
        saved = preferences.load(session, pid)
    assert (saved.tone, saved.paper_only) == (Tone.INFORMAL, False)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert editor.grab().save(str(SCREENSHOTS / "preferences_editor_conflict.png"))

    editor.paper_only.setChecked(True)
    assert editor.save() is True
    with context.database.read_session() as session:
        saved = preferences.load(session, pid)
    assert (saved.tone, saved.paper_only) == (Tone.INFORMAL, True)
    assert editor.version == 4

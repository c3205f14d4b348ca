"""The patient editor: inline validation, save with audit, audited open, duplicates, Esc."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from app.access import Actor
from app.patients import PatientForm, create_patient, validate
from db.models import AuditEvent, Patient, Role
from tests.ui.patients.conftest import type_text
from ui.context import UiContext
from ui.patients.editor import PatientEditor, practice_today

# The offscreen platform says this whenever a dialog is shown; it is not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"


def _type(qtbot, editor: PatientEditor, field: str, text: str) -> None:
    edit = editor.rows[field].edit
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, text)


def _fill_valid(qtbot, editor: PatientEditor) -> None:
    _type(qtbot, editor, "last_name", "Lefèvre")
    _type(qtbot, editor, "first_name", "Hélène")
    _type(qtbot, editor, "birth_date", "12/03/1950")
    _type(qtbot, editor, "mobile", "06 12 34 56 78")


def _actions(context: UiContext) -> list[tuple[str, int | None]]:
    with context.database.read_session() as session:
        return [
            (e.action, e.entity_id)
            for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))
        ]


def test_a_bad_mobile_shows_its_error_and_disables_save(qtbot, context) -> None:
    editor = PatientEditor(context, None)
    qtbot.addWidget(editor)
    _fill_valid(qtbot, editor)
    assert editor.save_button.isEnabled()

    _type(qtbot, editor, "mobile", "06 12")
    assert editor.field_error("mobile") == "Not a valid French mobile number."
    assert editor.rows["mobile"].error.isVisibleTo(editor)
    assert "\u26a0" in editor.rows["mobile"].error.text()  # a sign, not only a colour
    assert not editor.save_button.isEnabled()

    _type(qtbot, editor, "mobile", "06 98 76 54 32")
    assert editor.field_error("mobile") == ""
    assert not editor.rows["mobile"].error.isVisibleTo(editor)
    assert editor.save_button.isEnabled()


def test_untouched_fields_stay_quiet_until_save(qtbot, context) -> None:
    editor = PatientEditor(context, None)
    qtbot.addWidget(editor)
    assert not editor.save_button.isEnabled()  # nothing typed yet: not savable
    assert editor.field_error("last_name") == ""  # ...but no red before typing
    _type(qtbot, editor, "email", "marie@")
    assert editor.field_error("email") == "Not a valid e-mail address."
    assert editor.field_error("last_name") == ""
    assert editor.save() is False
    assert editor.field_error("last_name") == "Required."
    assert editor.field_error("birth_date") == "Required."


def test_landline_and_address_rules(qtbot, context) -> None:
    editor = PatientEditor(context, None)
    qtbot.addWidget(editor)
    _fill_valid(qtbot, editor)
    _type(qtbot, editor, "landline", "06 12 34 56 78")  # a mobile is fine as a landline too
    assert editor.field_error("landline") == ""
    _type(qtbot, editor, "mobile", "04 78 12 34 56")
    assert "Not a mobile number" in editor.field_error("mobile")
    _type(qtbot, editor, "mobile", "06 12 34 56 78")
    _type(qtbot, editor, "street", "3 rue Garibaldi")
    _type(qtbot, editor, "postcode", "6900")
    assert editor.field_error("postcode") == "A French postcode has 5 digits."
    assert not editor.save_button.isEnabled()
    _type(qtbot, editor, "postcode", "69003")
    _type(qtbot, editor, "city", "Lyon")
    assert editor.save_button.isEnabled()
    _type(qtbot, editor, "birth_date", "31/02/1950")
    assert editor.field_error("birth_date") == "Not a date: type it as dd/mm/yyyy."


def test_saving_creates_the_patient_and_audits_it(qtbot, context) -> None:
    editor = PatientEditor(context, None)
    qtbot.addWidget(editor)
    _fill_valid(qtbot, editor)
    _type(qtbot, editor, "email", "helene.lefevre@exemple.fr")
    editor.checks["large_print"].setChecked(True)
    editor.choices["sex"].setCurrentIndex(editor.choices["sex"].findData("F"))
    with qtbot.waitSignal(editor.saved) as saved:
        assert editor.save() is True
    pid = saved.args[0]
    assert editor.saved_id == pid
    assert editor.result() == QDialog.DialogCode.Accepted
    with context.database.read_session() as session:
        patient = session.get(Patient, pid)
        assert patient is not None
        assert (patient.last_name, patient.first_name) == ("Lefèvre", "Hélène")
        assert patient.large_print
        assert sorted(c.value for c in patient.contact_points) == [
            "+33612345678",
            "helene.lefevre@exemple.fr",
        ]
    assert _actions(context)[-1] == ("patient.created", pid)


def test_opening_is_an_audited_read_and_edits_are_saved(qtbot, context) -> None:
    form = PatientForm(last_name="Dupont", first_name="Marie", birth_date="12/03/1950",
                       landline="04 78 12 34 56", landline_shared=True)  # fmt: skip
    with context.database.transaction() as session:
        data = validate(form, "FR", practice_today(context))
        pid = create_patient(session, context.clock, context.actor, data).id
    editor = PatientEditor(context, pid)
    qtbot.addWidget(editor)
    assert _actions(context)[-1] == ("patient.read", pid)
    assert editor.rows["last_name"].edit.text() == "Dupont"
    assert editor.rows["landline"].edit.text() == "04 78 12 34 56"
    assert editor.checks["landline_shared"].isChecked()
    assert not editor.dirty
    _type(qtbot, editor, "mobile", "06 11 22 33 44")
    assert editor.dirty
    assert editor.save()
    assert _actions(context)[-1] == ("patient.updated", pid)
    with context.database.read_session() as session:
        values = {c.kind.value: c.value for c in session.get(Patient, pid).contact_points}
    assert values == {"landline": "+33478123456", "mobile": "+33611223344"}


def test_a_probable_duplicate_is_asked_about(qtbot, context, monkeypatch) -> None:
    form = PatientForm(last_name="Dupont", first_name="Marie", birth_date="12/03/1950")
    with context.database.transaction() as session:
        data = validate(form, "FR", practice_today(context))
        first = create_patient(session, context.clock, context.actor, data).id
    asked: list[str] = []
    editor = PatientEditor(context, None)
    qtbot.addWidget(editor)
    monkeypatch.setattr(
        editor,
        "confirm_duplicates",
        lambda dups: asked.append(editor.duplicate_question(dups)) or False,
    )
    _type(qtbot, editor, "last_name", "DUPONT")
    _type(qtbot, editor, "first_name", "marie")
    _type(qtbot, editor, "birth_date", "12/03/1950")
    assert editor.save() is False
    assert asked
    assert f"Possible duplicate: DUPONT Marie, born 12/03/1950 (#{first})" in asked[0]
    with context.database.read_session() as session:
        assert len(session.scalars(select(Patient.id)).all()) == 1


def test_escape_asks_before_discarding_changes(qtbot, context, monkeypatch) -> None:
    editor = PatientEditor(context, None)
    qtbot.addWidget(editor)
    editor.show()
    answers = [False, True]
    asked: list[bool] = []

    def confirm() -> bool:
        asked.append(True)
        return answers.pop(0)

    monkeypatch.setattr(editor, "confirm_discard", confirm)
    _type(qtbot, editor, "last_name", "Martin")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible()  # "Cancel" in the question: the editor stays
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert len(asked) == 2


def test_escape_on_an_untouched_editor_just_closes(qtbot, context) -> None:
    editor = PatientEditor(context, None)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.result() == QDialog.DialogCode.Rejected
    assert not editor.isVisible()


def test_a_role_without_edit_rights_gets_a_read_only_editor(qtbot, context) -> None:
    form = PatientForm(last_name="Roux", first_name="Émile", birth_date="01/01/1940")
    with context.database.transaction() as session:
        data = validate(form, "FR", practice_today(context))
        pid = create_patient(session, context.clock, context.actor, data).id
    # No role lacks EDIT_PATIENTS today; a stand-in actor checks the editor obeys it.
    reader = Actor(user_id=None, username="reader", role=Role.PRACTITIONER)
    object.__setattr__(reader, "can", lambda permission: permission.value == "view_patients")
    editor = PatientEditor(
        UiContext(context.database, reader, context.clock, context.settings), pid
    )
    qtbot.addWidget(editor)
    assert editor.rows["last_name"].edit.isReadOnly()
    assert not editor.save_button.isVisibleTo(editor)


@pytest.mark.parametrize("with_error", [True])
def test_screenshot_editor_with_an_error(qtbot, context, monkeypatch, with_error: bool) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    editor = PatientEditor(context, None)
    qtbot.addWidget(editor)
    monkeypatch.setattr(editor, "confirm_discard", lambda: True)  # closed dirty at teardown
    editor.show()
    qtbot.waitExposed(editor)
    _fill_valid(qtbot, editor)
    _type(qtbot, editor, "email", "helene.lefevre@exemple")
    _type(qtbot, editor, "street", "3 rue Garibaldi")
    _type(qtbot, editor, "postcode", "69003")
    _type(qtbot, editor, "city", "Lyon")
    if with_error:
        _type(qtbot, editor, "mobile", "06 12")
    editor.checks["large_print"].setChecked(True)
    qtbot.wait(10)
    assert editor.grab().save(str(SCREENSHOTS / "patients_editor_error.png"))

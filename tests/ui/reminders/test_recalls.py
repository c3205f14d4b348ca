"""The Recall programmes tab: the list in words, the editor (Preview before Save), stop, done."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import select

from app import recalls, tags
from app.patients import PatientData, insert_many
from app.recalls import CohortRule, ProgrammeSpec, StepSpec
from db.models import Channel, RecallDone, RecallProgramme, Sex
from tests.ui.patients.conftest import type_text
from tests.ui.reminders.conftest import QT_NOISE, People, when_modal
from ui.context import UiContext
from ui.reminders import recalls as tab_module
from ui.reminders import words
from ui.reminders.recalls import MarkDoneDialog, ProgrammeDialog, ProgrammeModel, RecallsTab

pytestmark = pytest.mark.qt_log_ignore(QT_NOISE)


@pytest.fixture
def diabetics(context: UiContext, people: People) -> list[int]:
    """Hélène, Luc and Paul are tagged « diabète »; Jeanne too, with no way to reach her."""
    with context.database.transaction() as session:
        (jeanne,) = insert_many(
            session, context.clock.now(), [PatientData("Petit", "Jeanne", date(1950, 2, 2))]
        )
        tagged = [people.helene, people.luc, people.paul, jeanne]
        for patient_id in tagged:
            tags.set_tags(session, context.clock, context.actor, patient_id, ["Diabète"])
        tags.set_tags(session, context.clock, context.actor, people.marie, ["asthme"])
    return tagged


def _programme(context: UiContext, name: str = "Suivi diabète", **changes) -> int:
    spec = ProgrammeSpec(
        name=name,
        purpose_code="screening_recall",
        rule=CohortRule(tag="diabète"),
        rrule=words.EVERY_3_MONTHS,
        steps=(StepSpec(Channel.SMS, 0), StepSpec(Channel.LETTER, 30)),
        starts_on=date(2026, 12, 1),
    )
    for key, value in changes.items():
        spec = ProgrammeSpec(**{**spec.__dict__, key: value})
    with context.database.transaction() as session:
        return recalls.create(session, context.clock, context.actor, spec).id


def _tab(qtbot, context: UiContext) -> RecallsTab:
    tab = RecallsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 500)
    tab.show()
    return tab


def _dialog(qtbot, context: UiContext, programme=None) -> ProgrammeDialog:
    dialog = ProgrammeDialog(context, programme)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _preview(qtbot, dialog: ProgrammeDialog) -> None:
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    job = dialog.job
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=20_000)


def test_rhythms_and_cohorts_in_words() -> None:
    assert words.rhythm_text(words.EVERY_3_MONTHS) == "every 3 month(s)"
    assert words.rhythm_text(words.EVERY_YEAR) == "every year"
    assert words.rhythm_text(words.EVERY_2_YEARS) == "every 2 year(s)"
    assert words.rhythm_text(words.EACH_OCTOBER) == "every year on 15 October"
    assert words.rhythm_text("FREQ=MONTHLY;BYMONTHDAY=-1") == "every month on the last day"
    assert words.rhythm_text("FREQ=WEEKLY;BYDAY=MO,TH") == "every week (FREQ=WEEKLY;BYDAY=MO,TH)"
    assert words.cohort_text(50, 74, Sex.FEMALE, None) == "Women aged 50 to 74"
    assert words.cohort_text(65, None, None, None) == "Everyone aged 65 and over"
    assert (
        words.cohort_text(None, 17, None, "asthme") == "Everyone aged up to 17, tagged « asthme »"
    )
    assert words.steps_text(((Channel.SMS, 0), (None, -14))) == (
        "SMS, on the due date · Patient's choice, 14 day(s) before"
    )
    # Today's words for the planner's reasons, not a second wording.
    assert words.exclusion_text("no_usable_contact") == "No usable phone, e-mail or address"
    assert words.exclusion_text("booked").startswith("An appointment is already booked")


def test_the_model_passes_the_model_tester(qtmodeltester, context, diabetics) -> None:
    model = ProgrammeModel()
    qtmodeltester.check(model)
    _programme(context)
    _programme(context, "Grippe", rule=CohortRule(min_age=65), rrule=words.EACH_OCTOBER)
    with context.database.read_session() as session:
        model.set_rows(recalls.programmes(session, clock=context.clock), {})
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_the_list_says_who_how_often_and_the_steps(qtbot, context, diabetics) -> None:
    _programme(context)
    tab = _tab(qtbot, context)
    cells = [tab.model.index(0, c).data() for c in range(tab_module.COLUMN_COUNT)]
    assert cells[tab_module.NAME] == "Suivi diabète"
    assert cells[tab_module.COHORT] == "Everyone, tagged « diabète »"
    assert cells[tab_module.RHYTHM] == "every 3 month(s)"
    assert cells[tab_module.STEPS] == "SMS, on the due date\nLetter, 30 day(s) after"
    assert cells[tab_module.SIZE] == "4"
    assert cells[tab_module.ACTIVE] == "✓ Active"


def test_a_new_programme_is_previewed_before_it_can_be_saved(
    qtbot, context: UiContext, diabetics
) -> None:
    dialog = _dialog(qtbot, context)
    assert not dialog.save_button.isEnabled()
    # Nothing typed: the preview stops at the errors, under their fields.
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("name") == "This is needed."
    assert dialog.job is None

    type_text(dialog.name, "Suivi diabète")
    tag_index = dialog.tag.findData("diabète")
    assert dialog.tag.itemText(tag_index) == "diabète (4 patients)"
    dialog.tag.setCurrentIndex(tag_index)
    assert dialog.preset.currentData() == words.EVERY_3_MONTHS
    assert dialog.rrule.text() == "FREQ=MONTHLY;INTERVAL=3"
    dialog.steps[0].channel.setCurrentIndex(dialog.steps[0].channel.findData("sms"))
    qtbot.mouseClick(dialog.steps[1].enabled, Qt.MouseButton.LeftButton)
    dialog.steps[1].channel.setCurrentIndex(dialog.steps[1].channel.findData("letter"))
    dialog.starts_on.setDate(QDate(2026, 12, 1))
    assert dialog.cohort_words.text() == "Everyone, tagged « diabète »"
    assert dialog.rhythm_words.text() == "every 3 month(s)"

    _preview(qtbot, dialog)
    assert dialog.preview is not None
    assert dialog.preview.cohort == 4
    assert "4 patient(s) in the programme" in dialog.preview_summary.text()
    lines = dialog.exclusion_lines()
    # Jeanne has no phone, e-mail or address; Luc has no mobile for the SMS step.
    assert "no_usable_contact" in lines
    assert lines["no_usable_contact"].startswith("No usable phone, e-mail or address: ")
    assert dialog.next_due.topLevelItemCount() == 4
    assert dialog.save_button.isEnabled()

    # A change makes the preview stale: Save waits for another one.
    dialog.steps[1].offset.setValue(45)
    assert not dialog.save_button.isEnabled()
    assert "press Preview again" in dialog.preview_summary.text()
    _preview(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None

    with context.database.read_session() as session:
        saved = session.get(RecallProgramme, dialog.saved_id)
        assert saved is not None
        assert (saved.name, saved.tag, saved.rrule) == (
            "Suivi diabète",
            "diabète",
            "FREQ=MONTHLY;INTERVAL=3",
        )
        assert [(s.channel, s.offset_days) for s in saved.steps] == [
            (Channel.SMS, 0),
            (Channel.LETTER, 45),
        ]
        assert saved.starts_on == date(2026, 12, 1)


def test_a_custom_rule_and_steps_out_of_order_are_shown_under_their_fields(
    qtbot, context: UiContext, diabetics
) -> None:
    dialog = _dialog(qtbot, context)
    type_text(dialog.name, "Essai")
    dialog.preset.setCurrentIndex(dialog.preset.findData(tab_module.CUSTOM))
    assert not dialog.rrule.isReadOnly()
    dialog.rrule.setText("FREQ=FORTNIGHTLY")
    qtbot.mouseClick(dialog.steps[1].enabled, Qt.MouseButton.LeftButton)
    dialog.steps[1].offset.setValue(-5)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "FREQ" in dialog.field_error("rrule")
    assert dialog.field_error("steps[2]") == "Each step comes after the one before."
    assert dialog.job is None
    assert not dialog.save_button.isEnabled()


def test_changing_a_programme_from_the_list(qtbot, context: UiContext, diabetics) -> None:
    programme_id = _programme(context)
    tab = _tab(qtbot, context)
    tab.select_programme(programme_id)

    def change(dialog) -> None:
        assert isinstance(dialog, ProgrammeDialog)
        assert dialog.name.text() == "Suivi diabète"
        assert dialog.steps[1].enabled.isChecked()
        dialog.preset.setCurrentIndex(dialog.preset.findData(words.EVERY_YEAR))
        _preview(qtbot, dialog)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, change)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    with context.database.read_session() as session:
        saved = session.get(RecallProgramme, programme_id)
        assert saved is not None
        assert saved.rrule == "FREQ=YEARLY"
    assert tab.model.index(0, tab_module.RHYTHM).data() == "every year"
    assert "Programme changed" in tab.message.text()


def test_stopping_a_programme_asks_first(qtbot, context: UiContext, diabetics) -> None:
    programme_id = _programme(context)
    tab = _tab(qtbot, context)
    tab.select_programme(programme_id)

    def answer(text: str):
        def click(box) -> None:
            assert isinstance(box, QMessageBox)
            assert "Suivi diabète" in box.text()
            button = next(b for b in box.findChildren(QPushButton) if b.text() == text)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

        return click

    when_modal(qtbot, answer("Keep it"))
    qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)
    with context.database.read_session() as session:
        assert session.get(RecallProgramme, programme_id).active  # type: ignore[union-attr]

    when_modal(qtbot, answer("Stop the programme"))
    qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)
    with context.database.read_session() as session:
        assert not session.get(RecallProgramme, programme_id).active  # type: ignore[union-attr]
    assert tab.model.index(0, tab_module.ACTIVE).data() == "✗ Stopped"
    assert not tab.stop_button.isEnabled()
    assert "Programme stopped." in tab.message.text()


def test_marking_a_recall_done_for_a_patient(
    qtbot, context: UiContext, people: People, diabetics
) -> None:
    programme_id = _programme(context)
    tab = _tab(qtbot, context)
    tab.select_programme(programme_id)

    def record(dialog) -> None:
        assert isinstance(dialog, MarkDoneDialog)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert "Choose the patient" in dialog.rows["patient"].error_text
        qtbot.keyClicks(dialog.patient.search, "roux")
        dialog.done_on.setDate(QDate(2026, 11, 20))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, record)
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    with context.database.read_session() as session:
        done = session.scalars(select(RecallDone)).all()
    assert [(d.programme_id, d.patient_id, d.done_on) for d in done] == [
        (programme_id, people.paul, date(2026, 11, 20))
    ]
    assert "Recall recorded as done for ROUX Paul." in tab.message.text()

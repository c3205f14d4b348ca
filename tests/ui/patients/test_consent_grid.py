"""The communication profile: the consent grid model, recording, withdrawing, objecting."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app import consent, preferences
from app.access import Actor
from app.patients import PatientForm, create_patient, validate
from db.models import (
    Channel,
    ConsentEvent,
    ConsentKind,
    ConsentMethod,
    LawfulBasis,
    Role,
    Tone,
)
from ui.context import UiContext
from ui.i18n import install_translators, remove_translators
from ui.patients.consent_grid import (
    BASIS,
    EMAIL,
    ChannelRole,
    CommunicationProfileDialog,
    ConsentGridModel,
    PurposeCodeRole,
    column_of,
)
from ui.patients.editor import PatientEditor, practice_today
from ui.print_preview import PdfPreviewDialog

# The offscreen platform says this whenever a dialog is shown; it is not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"


@pytest.fixture
def patient_id(context: UiContext) -> int:
    form = PatientForm(last_name="Dupont", first_name="Hélène", birth_date="12/03/1948",
                       mobile="06 12 34 56 78", email="helene.dupont@exemple.fr")  # fmt: skip
    with context.database.transaction() as session:
        data = validate(form, "FR", practice_today(context))
        return create_patient(session, context.clock, context.actor, data).id


def _events(context: UiContext, patient_id: int) -> int:
    with context.database.read_session() as session:
        return session.scalar(
            select(func.count())
            .select_from(ConsentEvent)
            .where(ConsentEvent.patient_id == patient_id)
        )


def _click_cell(qtbot, dialog: CommunicationProfileDialog, code: str, channel: Channel) -> None:
    index = dialog.model.index(dialog.model.row_of(code), column_of(channel))
    dialog.view.scrollTo(index)
    rect = dialog.view.visualRect(index)
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _cell(dialog: CommunicationProfileDialog, code: str, channel: Channel) -> str:
    index = dialog.model.index(dialog.model.row_of(code), column_of(channel))
    return dialog.model.data(index)


def test_the_model_passes_the_model_tester(qtmodeltester, context, patient_id) -> None:
    with context.database.transaction() as session:
        consent.record(session, context.clock, context.actor, patient_id=patient_id,
                       purpose_code="health_education", channel=Channel.EMAIL,
                       kind=ConsentKind.GRANTED, method=ConsentMethod.AT_DESK)  # fmt: skip
    model = ConsentGridModel(context, patient_id)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() > 0
    assert model.columnCount() == 5
    row = model.row_of("health_education")
    cell = model.index(row, EMAIL)
    assert model.data(cell) == "\u2713 Given"
    assert model.data(cell, PurposeCodeRole) == "health_education"
    assert model.data(cell, ChannelRole) == "email"
    assert "admin" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(row, BASIS)) == "Consent"
    assert model.data(model.index(row, column_of(Channel.SMS))) == "\u2013 Not asked"
    care_row = next(r for r in range(model.rowCount()) if model.basis_of(r) is LawfulBasis.CARE)
    assert model.data(model.index(care_row, EMAIL)) == "\u2713 Care (no objection)"
    model.refresh()  # same rows: an update, not a reset
    qtmodeltester.check(model, force_py=True)


def test_record_then_withdraw_take_the_same_clicks(qtbot, context, patient_id) -> None:
    dialog = CommunicationProfileDialog(context, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "DUPONT Hélène" in dialog.windowTitle()
    assert not dialog.record_button.isEnabled()  # nothing selected yet

    _click_cell(qtbot, dialog, "health_education", Channel.EMAIL)
    assert dialog.record_button.isEnabled()
    assert not dialog.withdraw_button.isEnabled()
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert _cell(dialog, "health_education", Channel.EMAIL) == "\u2713 Given"
    assert _events(context, patient_id) == 1
    assert dialog.timeline.rowCount() == 1
    assert dialog.timeline.item(0, 3).text() == "Consent given"
    assert dialog.timeline.item(0, 4).text() == "At the desk"
    assert dialog.timeline.item(0, 5).text() == "admin"
    assert not dialog.message.text().startswith("\u26a0")

    # The selection survives the refresh: withdrawing is one click away.
    assert dialog.withdraw_button.isEnabled()
    dialog.method.setCurrentIndex(dialog.method.findData(ConsentMethod.PHONE.value))
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    assert _cell(dialog, "health_education", Channel.EMAIL) == "\u2717 Withdrawn"
    assert _events(context, patient_id) == 2
    assert dialog.timeline.rowCount() == 2
    assert dialog.timeline.item(1, 3).text() == "Consent withdrawn"
    assert dialog.timeline.item(1, 4).text() == "Phone"
    assert _cell(dialog, "health_education", Channel.SMS) == "\u2013 Not asked"


def test_the_objection_switches_off_every_consent_based_row(
    qtbot, context, patient_id, monkeypatch
) -> None:
    dialog = CommunicationProfileDialog(context, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    _click_cell(qtbot, dialog, "health_education", Channel.SMS)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.model.state("health_education", Channel.SMS).allowed

    monkeypatch.setattr(dialog, "confirm_objection", lambda: True)
    qtbot.mouseClick(dialog.object_button, Qt.MouseButton.LeftButton)
    assert _events(context, patient_id) == 2
    model = dialog.model
    for row in range(model.rowCount()):
        code = model.data(model.index(row, EMAIL), PurposeCodeRole)
        for channel in Channel:
            state = model.state(code, channel)
            if model.basis_of(row) is LawfulBasis.CONSENT:
                assert not state.allowed
                assert _cell(dialog, code, channel) == "\u2717 Objection"
            else:
                assert state.allowed  # care purposes are not touched
    assert dialog.timeline.item(1, 1).text() == "All consent-based purposes"
    assert dialog.timeline.item(1, 2).text() == "All channels"


def test_a_refused_objection_writes_nothing(qtbot, context, patient_id, monkeypatch) -> None:
    dialog = CommunicationProfileDialog(context, patient_id)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "confirm_objection", lambda: False)
    qtbot.mouseClick(dialog.object_button, Qt.MouseButton.LeftButton)
    assert _events(context, patient_id) == 0


def test_an_error_is_shown_in_the_label(qtbot, context, patient_id, monkeypatch) -> None:
    dialog = CommunicationProfileDialog(context, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    _click_cell(qtbot, dialog, "health_education", Channel.EMAIL)
    # A method that cannot grant (an SMS STOP): the service refuses, the dialog says why.
    monkeypatch.setattr(dialog, "current_method", lambda: ConsentMethod.SMS_STOP)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("\u26a0")
    assert "SMS STOP" in dialog.message.text()
    assert _events(context, patient_id) == 0


def test_a_role_without_edit_rights_cannot_change_consents(qtbot, context, patient_id) -> None:
    # No role lacks EDIT_PATIENTS today; a stand-in actor checks the dialog obeys it.
    reader = Actor(user_id=None, username="reader", role=Role.PRACTITIONER)
    object.__setattr__(reader, "can", lambda permission: permission.value == "view_patients")
    dialog = CommunicationProfileDialog(
        UiContext(context.database, reader, context.clock, context.settings), patient_id
    )
    qtbot.addWidget(dialog)
    _click_cell(qtbot, dialog, "health_education", Channel.EMAIL)
    for button in (dialog.record_button, dialog.withdraw_button, dialog.object_button):
        assert not button.isEnabled()


def test_the_editor_opens_the_profile_for_an_existing_patient_only(
    qtbot, context, patient_id, monkeypatch
) -> None:
    opened: list[int] = []
    monkeypatch.setattr(
        CommunicationProfileDialog,
        "ask",
        classmethod(lambda cls, ctx, pid, parent: opened.append(pid)),
    )
    new = PatientEditor(context, None)
    qtbot.addWidget(new)
    assert not hasattr(new, "profile_button")
    editor = PatientEditor(context, patient_id)
    qtbot.addWidget(editor)
    qtbot.mouseClick(editor.profile_button, Qt.MouseButton.LeftButton)
    assert opened == [patient_id]


def _through_the_preview(qtbot, tmp_path: Path, click) -> tuple[str, int]:
    """Click a print button, then, in the real preview, print to a PDF file; return its text."""
    seen: dict[str, object] = {}

    def in_the_preview() -> None:
        preview = QApplication.activeModalWidget()
        if not isinstance(preview, PdfPreviewDialog):
            QTimer.singleShot(20, in_the_preview)
            return
        seen["text"] = "".join(page.extract_text() for page in PdfReader(preview.pdf).pages)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        seen["printed"] = preview.print_to(printer)
        qtbot.wait(400)  # the view renders pages in the background
        preview.grab().save(str(SCREENSHOTS / f"profile-preview-{tmp_path.name[-12:]}.png"))
        preview.reject()

    QTimer.singleShot(0, in_the_preview)
    click()
    qtbot.waitUntil(lambda: "printed" in seen)
    return str(seen["text"]), int(seen["printed"])  # type: ignore[call-overload]


def test_print_the_form_with_every_box_empty(
    qtbot, context, patient_id, tmp_path, monkeypatch
) -> None:
    # Temporary files of this test alone: another test printing at the same time (xdist)
    # has its own preview folder under the shared temporary directory.
    own_temp = tmp_path / "temp"
    own_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(own_temp))
    dialog = CommunicationProfileDialog(context, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    SCREENSHOTS.mkdir(exist_ok=True)
    text, printed = _through_the_preview(qtbot, tmp_path, dialog.print_form_button.click)
    assert "DUPONT Hélène" in text
    assert "\u2610" in text  # empty boxes
    assert "\u2611" not in text
    assert "\u2612" not in text  # nothing ticked in advance
    assert printed == 1
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 1
    assert not any(own_temp.glob("relais-*/document.pdf"))  # cleaned up


def test_print_the_receipt_of_the_consent_just_given(qtbot, context, patient_id, tmp_path) -> None:
    dialog = CommunicationProfileDialog(context, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.print_receipt_button.isEnabled()  # no consent given yet
    _click_cell(qtbot, dialog, "practice_events", Channel.SMS)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.print_receipt_button.isEnabled()
    text, printed = _through_the_preview(qtbot, tmp_path, dialog.print_receipt_button.click)
    assert "Reçu de consentement" in text  # in the patient's language (French)
    assert "Vie du cabinet" in text
    assert "SMS" in text
    assert printed == 1


def test_screenshot_communication_profile(qtbot, qapp, context, patient_id) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    install_translators(qapp, "en")  # English purpose names too
    try:
        dialog = CommunicationProfileDialog(context, patient_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for code, channel in (
            ("health_education", Channel.EMAIL),
            ("satisfaction_survey", Channel.SMS),
        ):
            _click_cell(qtbot, dialog, code, channel)
            qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        _click_cell(qtbot, dialog, "satisfaction_survey", Channel.SMS)
        qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
        _click_cell(qtbot, dialog, "health_education", Channel.EMAIL)
        qtbot.wait(10)
        assert "Health" in dialog.model.headerData(
            dialog.model.row_of("health_education"), Qt.Orientation.Vertical
        )
        assert dialog.grab().save(str(SCREENSHOTS / "consent_grid_en.png"))
    finally:
        remove_translators(qapp)


def test_preferences_are_a_tab_of_the_profile_and_not_lost_on_close(
    qtbot, context, patient_id, monkeypatch
) -> None:
    dialog = CommunicationProfileDialog(context, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs.count() == 3  # consents, preferences, messages
    dialog.tabs.setCurrentIndex(0)
    dialog.preferences.tone_buttons[Tone.INFORMAL].click()
    assert dialog.tabs.tabText(1).endswith("*")
    asked: list[bool] = []
    monkeypatch.setattr(dialog, "confirm_discard", lambda: asked.append(True) or False)
    dialog.reject()  # Esc: the patient's choice is not thrown away silently
    assert asked == [True]
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.preferences
    assert dialog.preferences.save()
    assert not dialog.tabs.tabText(1).endswith("*")
    with context.database.read_session() as session:
        assert preferences.load(session, patient_id).tone is Tone.INFORMAL
    dialog.reject()
    assert asked == [True]  # nothing left to lose: no question
    assert not dialog.isVisible()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_screenshot_preferences_tab(qtbot, qapp, context, patient_id, language) -> None:
    install_translators(qapp, language)
    try:
        dialog = CommunicationProfileDialog(context, patient_id)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.tabs.setCurrentWidget(dialog.preferences)
        qtbot.waitExposed(dialog)
        SCREENSHOTS.mkdir(exist_ok=True)
        assert dialog.grab().save(str(SCREENSHOTS / f"profile_preferences_{language}.png"))
    finally:
        remove_translators(qapp)

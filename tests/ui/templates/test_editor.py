"""The template editor: live preview, located problems, versions saved only when safe."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app import preferences, template_store
from app.access import Actor
from app.patients import PatientForm, create_patient, validate
from app.templates import TemplateKey, default_source, lint, sms_segments
from db.models import AuditEvent, PaperFormat, Role
from tests.ui.patients.conftest import type_text
from ui.context import UiContext
from ui.i18n import install_translators, remove_translators
from ui.patients.editor import practice_today
from ui.templates.editor import TemplateEditorPage, TemplateHistoryDialog

# The offscreen platform says this whenever a window is shown; it is not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"
SMS = TemplateKey("appointment_reminder", "sms", "fr", "formal")
EMAIL = TemplateKey("appointment_reminder", "email", "fr", "formal")
LETTER = TemplateKey("appointment_reminder", "letter", "fr", "formal")
EASY_LETTER = TemplateKey("appointment_reminder", "letter", "fr", "formal", "easy_read")
PRACTICE_NAME = "Cabinet du Parc"  # tests/helpers/fixtures.py


def _page(qtbot, context: UiContext, key: TemplateKey = SMS) -> TemplateEditorPage:
    page = TemplateEditorPage(context)
    qtbot.addWidget(page)
    page.resize(1040, 720)
    page.show()
    qtbot.waitExposed(page)
    assert page.select_key(key)
    return page


@pytest.fixture
def page(qtbot, context: UiContext) -> TemplateEditorPage:
    return _page(qtbot, context)


def _type_after(page: TemplateEditorPage, anchor: str, text: str) -> None:
    """Put the cursor just after ``anchor`` and type ``text`` key by key."""
    position = page.editor.toPlainText().index(anchor) + len(anchor)
    cursor = page.editor.textCursor()
    cursor.setPosition(position)
    page.editor.setTextCursor(cursor)
    page.editor.setFocus()
    for number, line in enumerate(text.split("\n")):
        if number:
            QTest.keyClick(page.editor, Qt.Key.Key_Return)
        type_text(page.editor, line)


def _previewed(qtbot, page: TemplateEditorPage) -> None:
    """Wait for the pause after typing that brings the preview up to date."""
    qtbot.waitUntil(lambda: not page.preview_pending, timeout=3000)


def _saved_events(context: UiContext) -> list[AuditEvent]:
    with context.database.read_session() as session:
        return list(
            session.scalars(select(AuditEvent).where(AuditEvent.action == "template.saved"))
        )


def _patient(context: UiContext, first_name: str, last_name: str, sex: str = "F") -> int:
    form = PatientForm(last_name=last_name, first_name=first_name, birth_date="12/03/1948",
                       sex=sex, mobile="06 12 34 56 78")  # fmt: skip
    with context.database.transaction() as session:
        data = validate(form, "FR", practice_today(context))
        return create_patient(session, context.clock, context.actor, data).id


def test_the_default_sms_is_shown_with_the_practice_name(page) -> None:
    assert page.key == SMS
    assert page.purpose.currentText() == "Rappel de rendez-vous"  # French UI by default
    assert page.version_label.text() == "Default template"
    assert page.editor.toPlainText() == default_source(SMS)
    body = page.body_view.toPlainText()
    assert body.startswith(f"{PRACTICE_NAME} : Bonjour Madame Dupont")  # the sample patient
    assert page.sms_counter.text().startswith("\u2713")
    count = sms_segments(body)
    assert f"{count.characters} character(s) \u00b7 GSM-7 \u00b7 {count.segments} SMS" in (
        page.sms_counter.text()
    )
    assert page.problems_summary.text() == "\u2713 No problem found."
    assert not page.problems.isVisible()
    assert not page.subject_view.isVisible()
    assert page.body_tabs.indexOf(page.html_view) < 0  # no HTML part but for e-mail
    assert not page.dirty
    assert not page.save_button.isEnabled()  # nothing changed
    assert not page.revert_button.isEnabled()  # already the default


def test_a_misspelt_variable_shows_its_line_in_the_preview_and_blocks_saving(qtbot, page) -> None:
    _type_after(page, "{{ patient.", "x")
    assert page.dirty
    assert page.preview_pending  # not on every keystroke: after a pause
    _previewed(qtbot, page)
    assert page.preview_error.isVisible()
    error = page.preview_error.text()
    assert error.startswith("\u26a0 The template cannot be shown: line 2: ")
    assert "'patient.xaddressed_as' is not defined; did you mean 'patient.addressed_as'?" in error
    assert "Traceback" not in error
    assert page.body_view.toPlainText() == ""
    assert any(line.startswith("\u26a0 line 2: ") for line in page.problem_lines())
    assert not page.save_button.isEnabled()
    assert "Correct the errors" in page.save_button.toolTip()


def test_a_health_word_in_an_sms_is_listed_with_its_line_and_blocks_saving(qtbot, page) -> None:
    _type_after(page, "{{ practice.phone }}.", " Pensez au carnet du diabète.")
    _previewed(qtbot, page)
    assert page.problem_lines() == [
        "\u26a0 line 2: 'diabète' is a health detail; an SMS must not carry health details"
    ]
    assert page.problems_summary.text().startswith("\u26a0 1 error(s)")
    assert not page.save_button.isEnabled()
    # Clicking the problem takes the cursor to its line.
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.Start)
    assert page.editor.textCursor().blockNumber() == 0
    item = page.problems.item(0)
    rect = page.problems.visualItemRect(item)
    qtbot.mouseClick(page.problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.editor.textCursor().blockNumber() == 1
    assert page.editor.hasFocus()


def test_a_valid_change_is_saved_as_version_one_and_audited(qtbot, page, context) -> None:
    _type_after(page, "{{ practice.phone }}.", " A bientot.")
    _previewed(qtbot, page)
    assert "A bientot." in page.body_view.toPlainText()
    assert page.save_button.isEnabled()
    assert page.version_label.text() == "Default template \u00b7 changed, not saved"
    changed = page.editor.toPlainText()
    saved: list[int] = []
    page.saved.connect(saved.append)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert saved == [1]
    assert page.message.text() == "\u2713 Saved as version 1."
    assert page.version_label.text() == "Version 1, by admin, 28/11/2026"
    assert not page.dirty
    assert not page.save_button.isEnabled()
    assert page.revert_button.isEnabled()
    with context.database.read_session() as session:
        assert template_store.current_source(session, SMS) == (changed, 1)
    (event,) = _saved_events(context)
    assert event.details["version"] == 1
    assert event.username == "admin"


def test_the_segment_counter_switches_to_ucs2_and_names_the_character(qtbot, page) -> None:
    assert "GSM-7" in page.sms_counter.text()
    assert not page.sms_characters.isVisible()
    # "é" is in the SMS alphabet: no change of encoding.
    _type_after(page, "{{ practice.phone }}.", " Merci, à bientôt, é")
    _previewed(qtbot, page)
    counter = page.sms_counter.text()
    count = sms_segments(page.body_view.toPlainText())
    assert count.encoding == "UCS-2"
    assert count.non_gsm == ("ô",)
    assert counter.startswith("\u26a0 ")  # a sign, not only a colour
    assert f"{count.characters} character(s) \u00b7 UCS-2 \u00b7 {count.segments} SMS" in counter
    assert "#8a4f00" in page.sms_counter.styleSheet()
    assert page.sms_characters.isVisible()
    assert "\u2018ô\u2019" in page.sms_characters.text()
    assert "\u2018é\u2019" not in page.sms_characters.text()
    warnings = [line for line in page.problem_lines() if line.startswith("\u2139")]
    assert warnings == [
        "\u2139 line 2: 'ô' is not in the SMS alphabet (GSM-7): the whole SMS switches to "
        "UCS-2, 70 characters per segment instead of 160"
    ]


def test_the_preview_can_be_written_to_a_real_patient(qtbot, page, context) -> None:
    _patient(context, "Françoise", "Lefèvre")
    _patient(context, "Paul", "Martin", sex="M")
    type_text(page.patient_search, "lefè")
    assert page.patient_choice.currentText().startswith("LEFÈVRE Françoise \u2014 12/03/1948")
    body = page.body_view.toPlainText()
    # In an SMS a name is written in the SMS alphabet: "è" is in it.
    assert body.startswith(f"{PRACTICE_NAME} : Bonjour Madame Lefèvre, nous vous rappelons")
    assert "GSM-7" in page.sms_counter.text()
    assert not page.patient_note.isVisible()

    assert page.select_key(EMAIL)
    assert page.body_view.toPlainText().startswith("Bonjour Madame Lefèvre,")
    # The tone the patient did not choose: the preview says so.
    page.tone.setCurrentIndex(page.tone.findData("informal"))
    assert page.body_view.toPlainText().startswith("Bonjour Françoise,")
    assert page.patient_note.isVisible()
    assert "Françoise Lefèvre is written to in French, formal" in page.patient_note.text()

    page.patient_search.clear()
    assert page.patient_choice.currentText() == "Sample patient"
    assert page.body_view.toPlainText().startswith("Bonjour Hélène,")


def test_the_email_preview_has_a_subject_and_an_html_part(qtbot, context) -> None:
    page = _page(qtbot, context, EMAIL)
    assert page.subject_view.isVisible()
    assert page.subject_view.text().startswith("Rappel de votre rendez-vous du ")
    assert page.body_tabs.indexOf(page.html_view) >= 0
    assert PRACTICE_NAME in page.html_view.toPlainText()
    assert "<p>" in page.html_view.toHtml() or "<p " in page.html_view.toHtml()
    assert not page.sms_counter.isVisible()
    # Without its subject line an e-mail cannot be shown.
    cursor = page.editor.textCursor()
    cursor.setPosition(page.editor.toPlainText().index("Objet"))
    end_of_word = page.editor.toPlainText().index(":", cursor.position()) + 1
    cursor.setPosition(end_of_word, cursor.MoveMode.KeepAnchor)
    page.editor.setTextCursor(cursor)
    type_text(page.editor, "Sujet -")
    _previewed(qtbot, page)
    assert "needs a subject" in page.preview_error.text()


def test_a_receptionist_sees_but_cannot_save(qtbot, context) -> None:
    receptionist = Actor(user_id=None, username="rita", role=Role.RECEPTIONIST)
    reading = UiContext(context.database, receptionist, context.clock, context.settings)
    page = _page(qtbot, reading)
    assert page.read_only_banner.isVisible()
    assert page.editor.isReadOnly()
    assert not page.save_button.isEnabled()
    assert page.save_button.toolTip() == "Only an administrator can change message templates."
    assert not page.revert_button.isEnabled()
    assert page.history_button.isEnabled()
    assert PRACTICE_NAME in page.body_view.toPlainText()  # everyone may preview
    assert not page.save()


def test_revert_to_default_adds_a_version_equal_to_the_default(qtbot, context, monkeypatch) -> None:
    with context.database.transaction() as session:
        edited = default_source(SMS).replace("nous vous rappelons", "on vous rappelle")
        template_store.save(session, context.clock, context.actor, SMS, edited)
    page = _page(qtbot, context)
    assert page.version_label.text() == "Version 1, by admin, 28/11/2026"
    assert page.editor.toPlainText() == edited
    answers = [False, True]
    asked: list[bool] = []
    monkeypatch.setattr(page, "confirm_revert", lambda: asked.append(True) or answers.pop(0))
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert asked == [True]
    with context.database.read_session() as session:
        assert template_store.current_source(session, SMS) == (edited, 1)  # cancelled
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    with context.database.read_session() as session:
        assert template_store.current_source(session, SMS) == (default_source(SMS), 2)
        assert len(template_store.history(session, SMS)) == 2
    assert page.editor.toPlainText() == default_source(SMS)
    assert page.version_label.text() == "Version 2, by admin, 28/11/2026"
    assert "version 2" in page.message.text()
    assert not page.revert_button.isEnabled()


def test_switching_template_with_unsaved_changes_asks_first(qtbot, page, monkeypatch) -> None:
    _type_after(page, "{{ practice.phone }}.", " A bientot.")
    changed = page.editor.toPlainText()
    answers = [False, True]
    asked: list[bool] = []
    monkeypatch.setattr(page, "confirm_discard", lambda: asked.append(True) or answers.pop(0))
    dirty: list[bool] = []
    page.dirty_changed.connect(dirty.append)

    page.channel.setCurrentIndex(page.channel.findData("email"))
    assert asked == [True]
    assert page.key == SMS  # kept: the choosers went back
    assert page.editor.toPlainText() == changed

    page.channel.setCurrentIndex(page.channel.findData("email"))
    assert asked == [True, True]
    assert page.key == EMAIL
    assert page.editor.toPlainText() == default_source(EMAIL)
    assert not page.dirty
    assert dirty == [False]

    page.channel.setCurrentIndex(page.channel.findData("sms"))
    assert asked == [True, True]  # nothing to lose: no question
    assert page.can_leave()


def test_history_loads_an_older_version_into_the_editor_unsaved(
    qtbot, context, monkeypatch
) -> None:
    first = default_source(SMS).replace("nous vous rappelons", "on vous rappelle")
    second = first.replace("Pour annuler", "Pour annuler ou deplacer")
    for text in (first, second):
        context.clock.advance(days=1)
        with context.database.transaction() as session:
            template_store.save(session, context.clock, context.actor, SMS, text)
    page = _page(qtbot, context)
    assert page.editor.toPlainText() == second
    shown: list[list[str]] = []

    def choose_version_one(history, default_text, zone, parent) -> str | None:
        dialog = TemplateHistoryDialog(history, default_text, zone, parent)
        qtbot.addWidget(dialog)
        shown.append([dialog.versions.item(r).text() for r in range(dialog.versions.count())])
        dialog.versions.setCurrentRow(1)
        assert dialog.viewer.toPlainText() == first
        return dialog.chosen_source()

    monkeypatch.setattr(TemplateHistoryDialog, "ask", choose_version_one)
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    assert shown == [
        [
            "Version 2, by admin, 30/11/2026",
            "Version 1, by admin, 29/11/2026",
            "Default template (as shipped)",
        ]
    ]
    assert page.editor.toPlainText() == first
    assert page.dirty
    assert page.save_button.isEnabled()
    assert "not saved" in page.message.text()
    with context.database.read_session() as session:
        assert template_store.current_source(session, SMS) == (second, 2)


def test_every_lint_message_has_a_translation(page, monkeypatch) -> None:
    """The translated wordings follow the lint's: a changed message would stay English."""
    monkeypatch.setattr(page, "tr", lambda text, *args: f"<{text}>")
    broken = {
        SMS: [
            default_source(SMS).replace("{{ patient.addressed_as }}", "{{ patient.adresed_as }}"),
            default_source(SMS) + "{{ items }} diabète ê",
            default_source(SMS) + "x " * 300,
            "Objet : rappel\n\nBonjour",
            "{{ practice.phone|date_lng }}",
            "{{ appointment.start|date_loong }} {{ practice.name }}",
        ],
        TemplateKey("vaccination", "email", "en", "informal"): [
            "Hello {{ appointment.start }}",
            "Subject: \n\nHello",
            "Subject: x\n\n{{ nonexistent }}",
        ],
        TemplateKey("vaccination", "letter", "fr", "formal"): ["Bonjour"],
    }
    seen: set[str] = set()
    for key, sources in broken.items():
        for source in sources:
            for issue in lint(key, source):
                if issue.code in {"syntax", "runtime", "security", "value"}:
                    continue  # Jinja's own words: shown as they are
                seen.add(issue.code)
                assert page.problem_text(issue.code, issue.message).startswith("<"), issue
    assert {
        "undefined", "unknown_filter", "health_word", "health_variable", "sms_not_gsm",
        "sms_too_long", "missing_sender", "missing_opt_out", "missing_reason",
        "missing_subject", "unexpected_subject",
    } <= seen  # fmt: skip


def _screenshot(page: TemplateEditorPage, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    assert page.grab().save(str(SCREENSHOTS / name))


def test_screenshot_sms(qtbot, qapp, context) -> None:
    install_translators(qapp, "en")
    try:
        _patient(context, "Françoise", "Lefèvre")
        page = _page(qtbot, context, TemplateKey("appointment_reminder", "sms", "en", "formal"))
        type_text(page.patient_search, "lefè")
        _type_after(page, "{{ practice.phone }}.", " See you soon ☺")
        _previewed(qtbot, page)
        assert "UCS-2" in page.sms_counter.text()
        _screenshot(page, "template-editor-sms.png")
    finally:
        remove_translators(qapp)


def test_screenshot_email(qtbot, qapp, context) -> None:
    install_translators(qapp, "en")
    try:
        page = _page(qtbot, context, TemplateKey("appointment_reminder", "email", "en", "formal"))
        page.body_tabs.setCurrentIndex(1)
        _type_after(page, "{{ patient.salutation }},", "\n\nWe look forward to seeing you.")
        _previewed(qtbot, page)
        assert "We look forward" in page.html_view.toPlainText()
        _screenshot(page, "template-editor-email.png")
    finally:
        remove_translators(qapp)


def test_the_variant_chooser_is_for_letters_only(qtbot, context) -> None:
    page = _page(qtbot, context, SMS)
    assert not page.variant.isEnabled()
    assert page.variant.toolTip() == "Only letters have an easy-read variant."
    page.channel.setCurrentIndex(page.channel.findData("letter"))
    assert page.key == LETTER
    assert page.variant.isEnabled()
    assert "Nous vous rappelons votre rendez-vous" in page.body_view.toPlainText()

    page.variant.setCurrentIndex(page.variant.findData("easy_read"))
    assert page.key == EASY_LETTER
    assert page.editor.toPlainText() == default_source(EASY_LETTER)
    assert page.version_label.text() == "Default template"
    assert page.subject_view.text() == "Votre rendez-vous au cabinet"
    preview = page.body_view.toPlainText().splitlines()
    assert "Vous avez un rendez-vous au cabinet :" in preview
    assert "à 14 h 30" in preview  # the time on its own line, in the live preview too
    # Why and how to stop, in the short sentences the easy-read letter prints.
    text = " ".join(preview)
    assert "Vous avez un rendez-vous au cabinet. Le rendez-vous est le" in text
    assert "Remplissez le coupon en bas. Ou appelez le cabinet au" in text
    assert "Vous recevez ce message car" not in text
    assert page.problems_summary.text() == "\u2713 No problem found."

    # Back to an SMS: there is no easy-read SMS, so the chooser goes back to standard.
    page.channel.setCurrentIndex(page.channel.findData("sms"))
    assert page.key == SMS
    assert not page.variant.isEnabled()
    assert page.variant.currentData() == "standard"


def test_an_easy_read_version_is_saved_apart_from_the_standard_letter(
    qtbot, context, monkeypatch
) -> None:
    page = _page(qtbot, context, EASY_LETTER)
    assert page.variant.currentText() == "Easy-read"
    _type_after(
        page, "Appelez vite le cabinet au {{ practice.phone }}.", "\nVenez 10 minutes avant."
    )
    _previewed(qtbot, page)
    assert "Venez 10 minutes avant." in page.body_view.toPlainText().splitlines()
    assert page.save()
    with context.database.read_session() as session:
        assert template_store.current_source(session, EASY_LETTER)[1] == 1
        assert template_store.current_source(session, LETTER) == (default_source(LETTER), None)
    assert _saved_events(context)[-1].details["variant"] == "easy_read"

    # The standard letter shows its own default; the easy-read one its version 1.
    page.variant.setCurrentIndex(page.variant.findData("standard"))
    assert page.key == LETTER
    assert page.version_label.text() == "Default template"
    assert page.editor.toPlainText() == default_source(LETTER)
    assert page.select_key(EASY_LETTER)
    assert page.version_label.text().startswith("Version 1, by admin")

    # A change not saved holds the variant too, until the user lets it go.
    _type_after(page, "Venez 10 minutes avant.", " Merci.")
    monkeypatch.setattr(page, "confirm_discard", lambda: False)
    page.variant.setCurrentIndex(page.variant.findData("standard"))
    assert page.key == EASY_LETTER
    assert page.variant.currentData() == "easy_read"


def test_the_preview_says_when_a_patient_reads_the_other_variant(qtbot, context) -> None:
    patient_id = _patient(context, "Hélène", "Dupuis")
    with context.database.transaction() as session:
        preferences.save(
            session,
            context.clock,
            context.actor,
            patient_id,
            preferences.ContactPreferences(paper_format=PaperFormat.EASY_READ),
        )
    page = _page(qtbot, context, LETTER)
    type_text(page.patient_search, "dupuis")
    assert page.patient_note.isVisible()
    assert "reads easy-read" in page.patient_note.text()
    page.variant.setCurrentIndex(page.variant.findData("easy_read"))
    assert not page.patient_note.isVisible()
    assert "Bonjour Madame Dupuis," in page.body_view.toPlainText()
    assert "Vous avez un rendez-vous au cabinet. Le rendez-vous est le" in " ".join(
        page.body_view.toPlainText().splitlines()
    )  # the easy-read reason for her as well


def test_screenshot_easy_read_letter(qtbot, qapp, context) -> None:
    install_translators(qapp, "en")
    try:
        page = _page(qtbot, context, TemplateKey("vaccination", "letter", "en", "formal"))
        page.variant.setCurrentIndex(page.variant.findData("easy_read"))
        assert page.variant.currentText() == "Easy-read"
        assert "It is time to get vaccinated:" in page.body_view.toPlainText()
        _screenshot(page, "template-editor-easy-read.png")
    finally:
        remove_translators(qapp)

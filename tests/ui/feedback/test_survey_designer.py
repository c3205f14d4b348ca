"""The survey designer on a real practice: a practice writes its survey, it becomes the one
asked, and its paper form asks those questions in French and in English."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app import surveys
from app.access import Actor
from app.patients import PatientData, insert_many
from app.survey_form import render_survey_forms
from db.models import Role, Survey
from tests.helpers.pdf_text import flat, page_texts
from ui.context import UiContext
from ui.feedback.survey_designer import MARKED_STYLE, QuestionEditor, SurveyDesigner
from ui.feedback.surveys import SurveysTab
from ui.print_preview import PdfPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
TODAY = date(2026, 11, 28)


@pytest.fixture
def shipped_id(context: UiContext) -> int:
    with context.database.transaction() as session:
        return surveys.current_survey(session, context.clock).id


def _designer(qtbot, context: UiContext) -> SurveyDesigner:
    dialog = SurveyDesigner(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _write(editor: QuestionEditor, part: str, french: str, english: str) -> None:
    for language, text in (("fr", french), ("en", english)):
        widget = editor.widget_for(part, language)
        assert widget is not None
        if hasattr(widget, "setPlainText"):
            widget.setPlainText(text)
        else:
            widget.setText(text)


def _fill(qtbot, dialog: SurveyDesigner) -> None:
    """A blank survey: the NPS, then a scale, a choice and free text, in both languages."""
    dialog.start.setCurrentIndex(1)
    dialog.start.activated.emit(1)
    assert [editor.kind for editor in dialog.editors] == ["nps"]
    qtbot.keyClicks(dialog.name, "Accueil 2027")
    dialog.title.set_values({"fr": "Votre avis sur l'accueil", "en": "Your views on reception"})
    dialog.introduction.set_values(
        {"fr": "Trois questions sur notre accueil.", "en": "Three questions on our reception."}
    )
    qtbot.mouseClick(dialog.add_scale, Qt.MouseButton.LeftButton)
    scale = dialog.editors[-1]
    _write(scale, "text", "L'accueil était-il chaleureux ?", "Was reception friendly?")
    _write(scale, "low_label", "1 = froid", "1 = cold")
    _write(scale, "high_label", "4 = chaleureux", "4 = friendly")
    assert scale.points is not None
    scale.points.setValue(4)
    qtbot.mouseClick(dialog.add_choice, Qt.MouseButton.LeftButton)
    choice = dialog.editors[-1]
    _write(choice, "text", "Combien de temps avez-vous attendu ?", "How long did you wait?")
    _write(
        choice,
        "options",
        "Moins de 10 minutes\n10 à 30 minutes\nPlus de 30 minutes",
        "Under 10 minutes\n10 to 30 minutes\nOver 30 minutes",
    )
    qtbot.mouseClick(dialog.add_text, Qt.MouseButton.LeftButton)
    _write(dialog.editors[-1], "text", "Que faut-il changer ?", "What should we change?")


def test_a_survey_written_in_both_languages_becomes_current_and_prints_its_questions(
    qtbot, context, shipped_id
) -> None:
    dialog = _designer(qtbot, context)
    # It starts from a copy of the current survey: the shipped one's five questions.
    assert [editor.key for editor in dialog.editors] == [
        "nps",
        "useful",
        "channel",
        "timing",
        "comment",
    ]
    _fill(qtbot, dialog)
    # The choice goes first after the NPS; the NPS itself stays first.
    dialog.questions.setCurrentRow(2)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert [editor.kind for editor in dialog.editors] == ["nps", "choice", "scale", "text"]
    assert not dialog.up_button.isEnabled()  # nothing goes above the NPS
    qtbot.waitUntil(
        lambda: dialog.last_check is not None and bool(dialog.last_check.pages), timeout=10_000
    )
    assert "fits one sheet" in dialog.paper.text()
    dialog.questions.setCurrentRow(2)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "survey_designer.png"))

    dialog.save()
    qtbot.waitUntil(lambda: dialog.written is not None or dialog.error.isVisible(), timeout=10_000)
    assert not dialog.error.isVisible(), dialog.error.text()
    new_id = dialog.written

    with context.database.transaction() as session:
        assert surveys.current_survey(session, context.clock).id == new_id != shipped_id
        assert session.get(Survey, new_id).name == "Accueil 2027"
        (patient_id,) = insert_many(
            session, context.clock.now(), [PatientData("Martin", "Luc", date(1950, 1, 5))]
        )
        printed = {}
        for language in ("fr", "en"):
            form = surveys.survey_form(session, new_id, language)
            pdf, _recipients, _pages = render_survey_forms(session, [patient_id], form, TODAY)
            printed[language] = flat(" ".join(page_texts(pdf)))
        assert surveys.survey_form(session, new_id, "fr").questions[0].key == "nps"
    for words in (
        "Votre avis sur l'accueil",
        "2. Combien de temps avez-vous attendu ?",
        "Plus de 30 minutes",
        "3. L'accueil était-il chaleureux ?",
        "4 = chaleureux",
        "4. Que faut-il changer ?",
        "recommandiez",
    ):
        assert words in printed["fr"]
    for words in (
        "Your views on reception",
        "2. How long did you wait?",
        "Over 30 minutes",
        "3. Was reception friendly?",
        "1 = cold",
        "4. What should we change?",
        "recommend the practice",
    ):
        assert words in printed["en"]
    assert "Nos rappels" not in printed["fr"]  # the shipped survey's questions are gone


def test_missing_english_words_are_refused_at_their_field_and_nothing_is_saved(
    qtbot, context, shipped_id
) -> None:
    dialog = _designer(qtbot, context)
    _fill(qtbot, dialog)
    choice = dialog.editors[2]
    _write(choice, "options", "Moins de 10 minutes\n10 à 30 minutes\nPlus de 30 minutes", "")
    dialog.title.inputs["en"].clear()
    dialog.questions.setCurrentRow(0)

    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert "Title in English: missing" in dialog.error.text()
    assert "Question 3, its options (at least two) in English: missing" in dialog.error.text()
    # The refused inputs are framed, and the first refused question is shown.
    assert dialog.title.inputs["en"].styleSheet() == MARKED_STYLE
    assert choice.widget_for("options", "en").styleSheet() == MARKED_STYLE
    assert dialog.title.inputs["fr"].styleSheet() == ""
    assert dialog.stack.currentWidget() is choice
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "survey_designer_refused.png"))
    assert dialog.written is None
    with context.database.read_session() as session:
        assert session.scalars(select(Survey.id)).all() == [shipped_id]


def test_a_form_too_long_for_its_sheet_is_said_before_saving_and_refused(
    qtbot, context, shipped_id
) -> None:
    dialog = _designer(qtbot, context)
    for number in range(5):
        qtbot.mouseClick(dialog.add_text, Qt.MouseButton.LeftButton)
        editor = dialog.editors[-1]
        _write(editor, "text", f"Autre remarque {number} ?", f"Another remark {number}?")
        assert editor.lines is not None
        editor.lines.setValue(10)
    qtbot.waitUntil(
        lambda: "Too long for paper" in dialog.paper.text(),
        timeout=10_000,
    )
    dialog.save()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "Too long for paper" in dialog.error.text()
    with context.database.read_session() as session:
        assert session.scalars(select(Survey.id)).all() == [shipped_id]


def test_the_preview_shows_the_paper_form_a_patient_gets(qtbot, context, shipped_id) -> None:
    dialog = _designer(qtbot, context)
    shown: list[tuple[str, int]] = []

    def open_preview(path: Path, title: str) -> None:
        # The print centre's preview, shown without waiting for the user to close it.
        preview = PdfPreviewDialog(path, title, dialog)
        qtbot.addWidget(preview)
        shown.append((flat(" ".join(page_texts(path.read_bytes()))), preview.document.pageCount()))

    dialog.open_preview = open_preview  # type: ignore[method-assign]
    assert dialog.preview("en") is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    text, pages = shown[0]
    assert "Your views on the practice and its reminders" in text
    assert "Reply slip" in text
    assert pages == 2


def test_only_the_practice_manager_sees_the_action(qtbot, context, shipped_id) -> None:
    manager_tab = SurveysTab(context)
    qtbot.addWidget(manager_tab)
    manager_tab.show()
    assert manager_tab.design_button.isVisible()
    nadia = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)
    tab = SurveysTab(dataclasses.replace(context, actor=nadia))
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.design_button.isVisible()
    assert tab.design_survey() is None
    qtbot.waitUntil(lambda: not tab.busy() and not manager_tab.busy(), timeout=10_000)


def test_starting_again_asks_before_dropping_what_was_written(qtbot, context, shipped_id) -> None:
    dialog = _designer(qtbot, context)
    asked: list[bool] = []
    answer = False
    dialog.confirm_start_again = lambda: asked.append(answer) or answer  # type: ignore[method-assign]
    dialog.start.setCurrentIndex(1)
    dialog.start.activated.emit(1)
    assert asked == []  # nothing written yet: nothing to lose
    assert len(dialog.editors) == 1
    qtbot.mouseClick(dialog.add_scale, Qt.MouseButton.LeftButton)
    dialog.start.setCurrentIndex(0)
    dialog.start.activated.emit(0)
    assert asked == [False]
    assert dialog.start.currentIndex() == 1
    assert [editor.kind for editor in dialog.editors] == ["nps", "scale"]
    answer = True
    dialog.start.setCurrentIndex(0)
    dialog.start.activated.emit(0)
    assert len(dialog.editors) == 5  # the current survey's questions again

"""The Surveys tab of the Feedback page, on a real database: key in, import, invite, read back."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import select

from app import surveys
from app.access import Actor
from app.patients import PatientData, insert_many
from app.survey_form import reference_code
from db.models import Channel, MessageStatus, Role, SurveyInvitation
from tests.helpers import ledger
from ui.context import UiContext
from ui.feedback.page import FeedbackPage
from ui.feedback.surveys import (
    ANSWERED,
    PATIENT,
    AnswersDialog,
    CapDialog,
    InvitationIdRole,
    InvitationTableModel,
    InviteDialog,
    ScoreButtons,
    SurveysTab,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"  # with the others, looked at


@pytest.fixture
def people(context: UiContext) -> list[int]:
    with context.database.transaction() as session:
        return insert_many(
            session,
            context.clock.now(),
            [
                PatientData("Lefèvre", "Hélène", date(1948, 3, 2)),
                PatientData("Martin", "Luc", date(1950, 1, 5)),
                PatientData("Nguyen", "Anh", date(1972, 7, 14)),
            ],
        )


@pytest.fixture
def survey_id(context: UiContext) -> int:
    with context.database.transaction() as session:
        return surveys.current_survey(session, context.clock).id


def _tab(qtbot, context: UiContext) -> SurveysTab:
    tab = SurveysTab(context)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    qtbot.waitUntil(lambda: bool(tab.choices) and not tab.busy(), timeout=10_000)
    return tab


def _answers(context: UiContext, patient_id: int) -> dict[str, int | str]:
    with context.database.read_session() as session:
        (invitation_id,) = session.scalars(
            select(SurveyInvitation.id).where(SurveyInvitation.patient_id == patient_id)
        ).all()
        return surveys.answers_of(session, invitation_id)


def _saved(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.written is not None or dialog.error.isVisible(), timeout=10_000)


def test_answers_keyed_in_from_a_slip_are_read_back_from_the_database(
    qtbot, context, people, survey_id
) -> None:
    tab = _tab(qtbot, context)
    dialog = AnswersDialog(context, tab.choices, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    code = reference_code(survey_id, people[0])
    # A typo is caught as it is typed: the questions do not even appear.
    typo = ("Z" if code[0] != "Z" else "Y") + code[1:]
    qtbot.keyClicks(dialog.reference, typo)
    assert "does not check out" in dialog.reference_check.text()
    assert dialog.inputs == {}
    dialog.reference.clear()
    qtbot.keyClicks(dialog.reference, code.lower())
    assert "LEFÈVRE Hélène" in dialog.reference_check.text()
    assert list(dialog.inputs) == ["nps", "useful", "channel", "timing", "comment"]

    nps = dialog.inputs["nps"].widget
    assert isinstance(nps, ScoreButtons)
    qtbot.mouseClick(nps.buttons[9], Qt.MouseButton.LeftButton)
    useful = dialog.inputs["useful"].widget
    assert isinstance(useful, ScoreButtons)
    qtbot.mouseClick(useful.buttons[4], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(useful.buttons[5], Qt.MouseButton.LeftButton)  # changed their mind
    dialog.inputs["channel"].widget.setCurrentIndex(2)  # the second option
    dialog.inputs["comment"].widget.setPlainText("Très bon accueil")
    qtbot.waitUntil(nps.isVisible)  # a layout shows new rows on the next turn of the loop
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "answers-dialog.png"))

    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    _saved(qtbot, dialog)
    assert not dialog.error.isVisible(), dialog.error.text()
    assert dialog.written.changed
    assert _answers(context, people[0]) == {
        "nps": 9,
        "useful": 5,
        "channel": 2,
        "comment": "Très bon accueil",
    }


def test_a_bad_answer_is_said_next_to_its_question_and_nothing_is_saved(
    qtbot, context, people, survey_id
) -> None:
    tab = _tab(qtbot, context)
    dialog = AnswersDialog(context, tab.choices, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.reference, reference_code(survey_id, people[1]))
    dialog.inputs["comment"].widget.setPlainText("x" * (surveys.TEXT_LIMIT + 1))
    dialog.save()
    _saved(qtbot, dialog)
    assert dialog.error.isVisible()
    assert "At most 2000 characters." in dialog.error.text()
    assert dialog.inputs["comment"].question.text in dialog.error.text()
    with context.database.read_session() as session:
        assert session.scalars(select(SurveyInvitation.id)).all() == []


def test_answers_from_a_call_pick_the_patient_and_the_survey(
    qtbot, context, people, survey_id
) -> None:
    tab = _tab(qtbot, context)
    dialog = AnswersDialog(context, tab.choices, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.from_call.setChecked(True)
    qtbot.keyClicks(dialog.finder.search, "Nguyen")
    assert dialog.finder.patient_id() == people[2]
    assert "nps" in dialog.inputs
    dialog.inputs["nps"].widget.buttons[3].click()
    qtbot.waitUntil(dialog.inputs["nps"].widget.isVisible)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "answers-dialog-call.png"))
    dialog.save()
    _saved(qtbot, dialog)
    assert not dialog.error.isVisible(), dialog.error.text()
    assert _answers(context, people[2]) == {"nps": 3}
    with context.database.read_session() as session:
        channel = session.scalar(
            select(SurveyInvitation.channel).where(SurveyInvitation.patient_id == people[2])
        )
    assert channel is Channel.PHONE


def test_a_csv_with_one_bad_row_reports_it_by_line_and_imports_the_others(
    qtbot, context, people, survey_id, tmp_path
) -> None:
    tab = _tab(qtbot, context)
    path = tmp_path / "export.csv"
    path.write_text(
        "Horodatage;Référence;NPS;useful\n"
        f"28/11/2026;{reference_code(survey_id, people[0])};10;5\n"
        f"28/11/2026;{reference_code(survey_id, people[1])};11;4\n"
        f"28/11/2026;{reference_code(survey_id, people[2])};6;2\n",
        encoding="utf-8-sig",
    )
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.import_file(path)
    assert tab.problems.isVisible()
    assert [tab.problems.item(n).text() for n in range(tab.problems.count())] == [
        "✗ Line 3, column “NPS”: 11 is not between 0 and 10."
    ]
    assert "1 row(s) not imported" in tab.problems_title.text()
    assert "3 rows read: 2 imported, 0 already there, 1 not imported." in tab.message.text()
    assert _answers(context, people[0]) == {"nps": 10, "useful": 5}
    assert _answers(context, people[2]) == {"nps": 6, "useful": 2}
    # The list shows the two answered invitations.
    assert tab.model.rowCount() == 2
    assert all(tab.model.index(n, ANSWERED).data().startswith("✓") for n in range(2))
    SHOTS.mkdir(exist_ok=True)
    tab.grab().save(str(SHOTS / "surveys-tab.png"))


def test_invite_patients_says_who_was_skipped_for_the_cap(
    qtbot, context, people, survey_id
) -> None:
    with context.database.transaction() as session:
        for pid in people[:2]:
            ledger.record(session, context.clock, context.actor, pid, surveys.PURPOSE, Channel.SMS)
        session.add(
            SurveyInvitation(
                survey_id=survey_id,
                patient_id=people[0],
                message_id=None,
                channel=Channel.PHONE,
                asked_at=context.clock.now() - timedelta(days=30),
            )
        )
    tab = _tab(qtbot, context)
    dialog = InviteDialog(context, tab.choices, tab.cap_days, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "at most once every 90 days" in dialog.cap.text()
    for name in ("Lefèvre", "Martin"):
        dialog.finder.search.setText(name)  # keyClicks types ASCII only
        assert dialog.add_patient()
    assert dialog.patient_ids() == [people[0], people[1]]
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "invite-dialog.png"))
    dialog.save()
    _saved(qtbot, dialog)
    outcome = dialog.written
    assert list(outcome.invited) == [people[1]]
    text = tab.skipped_text(outcome.skipped[0])
    assert text == f"Patient {people[0]} skipped: asked recently, not again before 27/01/2027."


def test_the_invitations_model(qtmodeltester, qtbot, context, people, survey_id) -> None:
    with context.database.transaction() as session:
        for pid in people:
            surveys.record_answers(
                session,
                context.clock,
                context.actor,
                reference_code(survey_id, pid),
                {"nps": 8},
                "paper",
            )
        rows = surveys.invitation_list(session)
    model = InvitationTableModel(context.settings.zone())
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.index(0, ANSWERED).data() == "✓ On 28/11/2026"
    unsent = dataclasses.replace(rows[0], answered_at=None, message_status=MessageStatus.CANCELLED)
    model.set_rows([unsent])
    assert model.index(0, ANSWERED).data() == "✗ Not sent"
    assert model.index(0, PATIENT).data(InvitationIdRole) == rows[0].id
    assert reference_code(survey_id, rows[0].patient_id) in model.index(0, PATIENT).data(
        Qt.ItemDataRole.ToolTipRole
    )


def test_the_feedback_page_has_a_surveys_tab(qtbot, context) -> None:
    page = FeedbackPage(context)
    qtbot.addWidget(page)
    assert page.tabs.count() == 2
    assert page.tabs.tabText(1) == "&Surveys"
    assert page.tabs.widget(1) is page.surveys
    qtbot.waitUntil(lambda: not page.surveys.busy(), timeout=10_000)


def test_the_practice_manager_changes_the_frequency(qtbot, context) -> None:
    tab = _tab(qtbot, context)
    assert tab.cap_button.isEnabled()
    dialog = CapDialog(context, tab.cap_days, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.days.value() == 90
    dialog.days.setValue(60)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "cap-dialog.png"))
    dialog.save()
    _saved(qtbot, dialog)
    assert dialog.written == 60
    with context.database.read_session() as session:
        assert surveys.read_settings(session).cap_days == 60
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.refresh()
    assert "at most once every 60 days" in tab.explanation.text()


def test_a_receptionist_cannot_change_the_frequency(qtbot, context) -> None:
    nadia = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)
    tab = _tab(qtbot, dataclasses.replace(context, actor=nadia))
    assert not tab.cap_button.isEnabled()
    assert "practice manager" in tab.cap_button.toolTip()
    assert tab.answer_button.isEnabled()


def test_a_retired_survey_is_no_longer_asked_but_its_slips_are_still_keyed_in(
    qtbot, context, people, survey_id
) -> None:
    with context.database.transaction() as session:
        shipped = surveys.get_survey(session, survey_id)
        newer = surveys.create_survey(
            session, context.clock, context.actor, "Hiver", surveys.forms_from(shipped.definition)
        ).id
        surveys.set_active(session, context.clock, context.actor, survey_id, False)
    tab = _tab(qtbot, context)
    invite = InviteDialog(context, tab.surveys_to_ask(), tab.cap_days, tab)
    qtbot.addWidget(invite)
    assert [invite.survey.itemData(i) for i in range(invite.survey.count())] == [newer]

    # A slip of the retired survey comes back by post after it was retired.
    dialog = AnswersDialog(context, tab.choices, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.reference, reference_code(survey_id, people[2]))
    assert "NGUYEN Anh" in dialog.reference_check.text()
    qtbot.mouseClick(dialog.inputs["nps"].widget.buttons[8], Qt.MouseButton.LeftButton)
    dialog.save()
    _saved(qtbot, dialog)
    assert not dialog.error.isVisible(), dialog.error.text()
    assert _answers(context, people[2]) == {"nps": 8}


# -- rounds: answers saved before are replaced only when the user says so ----------------------


def _answer_box(qtbot, button_text: str, seen: list[str]):
    """Click ``button_text`` on the question box once it is up, noting what it said."""

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, attempt)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        SHOTS.mkdir(exist_ok=True)
        box.grab().save(str(SHOTS / "answers-replace-question.png"))
        button = next(b for b in box.findChildren(QPushButton) if b.text() == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, attempt)


def test_a_slip_keyed_in_again_with_other_answers_asks_before_replacing(
    qtbot, context, people, survey_id
) -> None:
    code = reference_code(survey_id, people[0])
    with context.database.transaction() as session:
        surveys.record_answers(session, context.clock, context.actor, code, {"nps": 4}, "paper")
    tab = _tab(qtbot, context)
    dialog = AnswersDialog(context, tab.choices, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.reference, code)
    assert "round 1" in dialog.reference_check.text()
    assert "already answered on 28/11/2026" in dialog.reference_check.text()
    qtbot.mouseClick(dialog.inputs["nps"].widget.buttons[7], Qt.MouseButton.LeftButton)

    said: list[str] = []
    _answer_box(qtbot, "&Keep them", said)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    _saved(qtbot, dialog)
    assert said[0].startswith("Answers to this form were saved on 28/11/2026 at ")
    assert "by admin." in said[0]
    assert "Nothing was saved" in dialog.error.text()
    assert dialog.written is None
    assert _answers(context, people[0]) == {"nps": 4}

    _answer_box(qtbot, "&Replace them", said)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10_000)
    assert dialog.written.replaced
    assert _answers(context, people[0]) == {"nps": 7}


def test_a_round_not_yet_asked_is_said_in_words(qtbot, context, people, survey_id) -> None:
    tab = _tab(qtbot, context)
    dialog = AnswersDialog(context, tab.choices, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.reference, reference_code(survey_id, people[1], 3))
    assert "round 3" in dialog.reference_check.text()
    qtbot.mouseClick(dialog.inputs["nps"].widget.buttons[9], Qt.MouseButton.LeftButton)
    dialog.save()
    _saved(qtbot, dialog)
    assert "round 3 of the survey; the patient was asked 0 time(s)." in dialog.error.text()


# The lead's catalogue gets these words; here the one the test reads, as it will read.
FRENCH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context><name>Surveys</name>
<message><source>%1 is not between %2 and %3.</source>
<translation>%1 n’est pas entre %2 et %3.</translation></message>
</context>
</TS>
"""


@pytest.fixture
def french_surveys(qapp, tmp_path):
    import subprocess
    import sys

    from PySide6.QtCore import QLocale, QTranslator

    from ui.i18n import install_translators, remove_translators

    source = tmp_path / "surveys_fr.ts"
    source.write_text(FRENCH_TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), str(source), "-qm", str(tmp_path / "surveys_fr.qm")],
        check=True,
        capture_output=True,
    )
    install_translators(qapp, "fr")
    words = QTranslator()
    assert words.load(str(tmp_path / "surveys_fr.qm"))
    qapp.installTranslator(words)
    yield
    qapp.removeTranslator(words)
    remove_translators(qapp)
    QLocale.setDefault(QLocale.c())


def test_a_refused_csv_row_is_said_in_french(
    qtbot, context, people, survey_id, tmp_path, french_surveys
) -> None:
    tab = _tab(qtbot, context)
    path = tmp_path / "export.csv"
    path.write_text(
        f"Référence;NPS\n{reference_code(survey_id, people[1])};11\n", encoding="utf-8-sig"
    )
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.import_file(path)
    (line,) = [tab.problems.item(n).text() for n in range(tab.problems.count())]
    assert line.endswith(": 11 n’est pas entre 0 et 10.")
    assert "is not between" not in line

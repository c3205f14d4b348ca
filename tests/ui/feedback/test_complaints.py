"""The complaints register on the Feedback page, on a real database: record, move on, read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from app import complaints
from app.access import Actor
from app.patients import PatientData, insert_many
from db.models import (
    AuditEvent,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintOutcome,
    ComplaintStatus,
    Role,
)
from ui.context import UiContext
from ui.feedback.complaints import (
    CATEGORY,
    DEADLINE,
    RECEIVED,
    STATUS,
    WHO,
    AcknowledgeDialog,
    ComplaintDialog,
    ComplaintIdRole,
    ComplaintsTab,
    ComplaintTableModel,
    CorrectionDialog,
    DelaysDialog,
    StepDialog,
    VoidDialog,
)
from ui.feedback.page import FeedbackPage
from ui.i18n import install_translators, remove_translators
from ui.main_window import MainWindow
from ui.today.page import TodayPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"  # with the others, looked at
NADIA = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)
TODAY = date(2026, 11, 28)  # the suite's clock: Saturday 28 November 2026


@pytest.fixture
def patient_id(context: UiContext) -> int:
    with context.database.transaction() as session:
        (pid,) = insert_many(
            session, context.clock.now(), [PatientData("Lefèvre", "Hélène", date(1948, 3, 2))]
        )
    return pid


def _record(context: UiContext, received: date, **extra) -> int:
    values = {
        "received_on": received,
        "channel": ComplaintChannel.PHONE,
        "from_whom": "M. Martin",
        "category": ComplaintCategory.RECEPTION,
        "description": "Spoken to rudely at the desk",
    } | extra
    with context.database.transaction() as session:
        return complaints.record_complaint(session, context.clock, context.actor, **values).id


def _tab(qtbot, context: UiContext) -> ComplaintsTab:
    tab = ComplaintsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 640)
    tab.show()
    _settled(qtbot, tab)
    return tab


def _settled(qtbot, tab: ComplaintsTab) -> None:
    qtbot.waitUntil(lambda: tab.model.today == TODAY and not tab.busy(), timeout=10_000)


def _cells(tab: ComplaintsTab, column: int) -> list[str]:
    model = tab.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def _status(context: UiContext, complaint_id: int) -> complaints.ComplaintRow:
    with context.database.read_session() as session:
        return complaints.get(session, complaint_id)


def test_a_complaint_recorded_through_the_dialog(qtbot, context, patient_id) -> None:
    dialog = ComplaintDialog(context, complaints.ComplaintDelays())
    qtbot.addWidget(dialog)
    dialog.show()
    # Received Tuesday 10 Nov: Wednesday 11 is a public holiday.
    dialog.received.setDate(QDate(2026, 11, 10))
    assert dialog.deadlines.text() == "To acknowledge by Fri 13 Nov, to answer by Thu 10 Dec"
    dialog.channel.setCurrentIndex(dialog.channel.findData(ComplaintChannel.LETTER.value))
    dialog.category.setCurrentIndex(dialog.category.findData(ComplaintCategory.WAITING.value))
    qtbot.keyClicks(dialog.from_whom, "Sa fille")
    qtbot.keyClicks(dialog.finder.search, "lef")
    assert dialog.finder.patient_id() == patient_id
    dialog.description.setPlainText("Two hours in the waiting room")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.complaint_id is not None, timeout=10_000)
    assert dialog.result() == dialog.DialogCode.Accepted
    row = _status(context, dialog.complaint_id)
    assert (row.received_on, row.channel, row.category) == (
        date(2026, 11, 10),
        ComplaintChannel.LETTER,
        ComplaintCategory.WAITING,
    )
    assert (row.from_whom, row.patient_id, row.description) == (
        "Sa fille",
        patient_id,
        "Two hours in the waiting room",
    )
    assert (row.acknowledge_by, row.answer_by) == (date(2026, 11, 13), date(2026, 12, 10))


def test_the_dialog_says_what_is_missing_and_stays_open(qtbot, context) -> None:
    dialog = ComplaintDialog(context, complaints.ComplaintDelays())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.field_error("from_whom") != "", timeout=10_000)
    # Each refusal under its own field; nothing left to say under the form.
    assert dialog.field_error("from_whom") == "\u2717 Say who complained (or write “anonymous”)."
    assert dialog.field_error("description") == "\u2717 Say what the complaint is about."
    assert not dialog.error.isVisible()
    assert dialog.complaint_id is None
    assert dialog.isVisible()
    assert dialog.ok_button().isEnabled()  # ready for another try
    with context.database.read_session() as session:
        assert complaints.complaint_list(session) == []


def test_acknowledge_answer_close_from_the_register(qtbot, context, monkeypatch) -> None:
    complaint_id = _record(context, date(2026, 11, 26))  # acknowledge by Mon 30 Nov
    tab = _tab(qtbot, context)
    assert not tab.acknowledge_button.isEnabled()
    assert tab.acknowledge_button.toolTip() == "Select a complaint first."
    assert tab.select_complaint(complaint_id)
    assert tab.acknowledge_button.isEnabled()
    assert not tab.close_button.isEnabled()
    assert tab.close_button.toolTip() == "Answer the complaint before closing it."
    assert _cells(tab, DEADLINE) == ["Acknowledge by Mon 30 Nov"]

    def acknowledging(context, row, parent=None) -> bool:
        dialog = AcknowledgeDialog(context, row, parent)
        qtbot.addWidget(dialog)
        assert dialog.day.date() == QDate(2026, 11, 28)  # today unless said otherwise
        dialog.save()
        qtbot.waitUntil(lambda: dialog.saved or dialog.error.isVisible(), timeout=10_000)
        return dialog.saved

    monkeypatch.setattr(AcknowledgeDialog, "ask", acknowledging)
    qtbot.mouseClick(tab.acknowledge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _cells(tab, STATUS) == ["Acknowledged"], timeout=10_000)
    _settled(qtbot, tab)
    assert tab.message.text() == f"Complaint {complaint_id} acknowledged."
    assert _cells(tab, DEADLINE) == ["Answer by Sat 26 Dec"]
    assert not tab.acknowledge_button.isEnabled()
    assert tab.acknowledge_button.toolTip() == "Acknowledged on 28/11/2026."

    def drive(step: str, choose) -> None:
        """What a person does in the dialog, through the dialog itself."""

        def ask(context, row, asked_step, parent=None) -> bool:
            assert asked_step == step
            dialog = StepDialog(context, row, asked_step, parent)
            qtbot.addWidget(dialog)
            choose(dialog)
            dialog.save()
            qtbot.waitUntil(lambda: dialog.saved or dialog.error.isVisible(), timeout=10_000)
            return dialog.saved

        monkeypatch.setattr(StepDialog, "ask", ask)

    def answering(dialog: StepDialog) -> None:
        assert dialog.outcome.isVisibleTo(dialog)
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(ComplaintOutcome.UPHELD.value))
        dialog.text.setPlainText("We apologised by phone")

    drive("answer", answering)
    assert tab.answer_selected()
    _settled(qtbot, tab)
    assert _cells(tab, STATUS) == ["Answered (upheld)"]
    assert _cells(tab, DEADLINE) == ["Answered on 28/11/2026"]
    assert tab.close_button.isEnabled()
    assert not tab.answer_button.isEnabled()

    def closing(dialog: StepDialog) -> None:
        assert not dialog.outcome.isVisibleTo(dialog)
        dialog.text.setPlainText("A second person at the desk on Monday mornings")

    drive("close", closing)
    assert tab.close_selected()
    _settled(qtbot, tab)
    assert _cells(tab, STATUS) == []  # "To do" hides closed ones
    tab.show_all.setCurrentIndex(1)
    _settled(qtbot, tab)
    assert _cells(tab, STATUS) == ["Closed (upheld)"]
    row = _status(context, complaint_id)
    assert row.status is ComplaintStatus.CLOSED
    assert (row.answer, row.lessons) == (
        "We apologised by phone",
        "A second person at the desk on Monday mornings",
    )
    assert tab.select_complaint(complaint_id)
    assert "Lessons learnt: A second person" in tab.detail.text()
    with context.database.read_session() as session:
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity == "complaint")
        ).all()
    assert actions == [
        "complaint.recorded",
        "complaint.acknowledged",
        "complaint.answered",
        "complaint.closed",
    ]


def test_an_answer_refused_is_said_in_the_dialog(qtbot, context) -> None:
    complaint_id = _record(context, date(2026, 11, 26))
    tab = _tab(qtbot, context)
    tab.select_complaint(complaint_id)
    row = tab.selected_row()
    assert row is not None
    dialog = StepDialog(context, row, "answer")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert dialog.error.text() == "\u2717 Say what the practice answered."
    assert not dialog.saved
    assert _status(context, complaint_id).status is ComplaintStatus.RECEIVED


def test_overdue_is_said_in_words_with_a_sign(qtbot, context) -> None:
    # Received Mon 2 Nov: acknowledgement due Wed 4 Nov, 24 days ago.
    late = _record(context, date(2026, 11, 2))
    # Received 20 Oct, acknowledged: answer due 19 Nov, 9 days ago.
    later = _record(context, date(2026, 10, 20), category=ComplaintCategory.BILLING)
    with context.database.transaction() as session:
        complaints.acknowledge(session, context.clock, context.actor, later, on=date(2026, 10, 21))
    fresh = _record(context, date(2026, 11, 27))  # due Tue 1 Dec
    tab = _tab(qtbot, context)
    model = tab.model
    ids = [model.data(model.index(r, 0), ComplaintIdRole) for r in range(model.rowCount())]
    assert ids == [late, later, fresh]  # the nearest deadline first
    deadlines = _cells(tab, DEADLINE)
    # "day(s)" until the English catalogue has the plural, "days" after.
    # The icon is the sign on screen; a screen reader hears it in words.
    assert deadlines[0].startswith("Acknowledgement overdue by 24 day")
    assert deadlines[1].startswith("Answer overdue by 9 day")
    accessible = model.data(model.index(1, DEADLINE), Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.startswith("\u26a0 Answer overdue by 9 day")
    assert deadlines[2] == "Acknowledge by Tue 1 Dec"
    assert not model.data(model.index(0, DEADLINE), Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(model.index(2, DEADLINE), Qt.ItemDataRole.DecorationRole) is None
    assert tab.summary.text().startswith("3 not answered yet, 2 overdue")
    assert _cells(tab, RECEIVED)[0] == "02/11/2026"
    assert _cells(tab, CATEGORY)[1] == "Billing"
    assert _cells(tab, WHO)[0] == "M. Martin"


def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, context, patient_id) -> None:
    model = ComplaintTableModel()
    qtmodeltester.check(model)
    first = _record(context, date(2026, 11, 2), patient_id=patient_id)
    _record(context, date(2026, 11, 27), from_whom="Anonymous")
    with context.database.read_session() as session:
        rows = complaints.complaint_list(session)
    model.set_rows(rows, TODAY)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, WHO)) == "M. Martin — LEFÈVRE Hélène"
    assert model.data(model.index(0, WHO), Qt.ItemDataRole.ToolTipRole) == (
        "Spoken to rudely at the desk"
    )
    assert model.row_of(first) == 0
    assert model.headerData(DEADLINE, Qt.Orientation.Horizontal) == "Next deadline"


def test_a_receptionist_records_and_acknowledges_but_cannot_answer(qtbot, context) -> None:
    complaint_id = _record(context, date(2026, 11, 26))
    nadia = UiContext(context.database, NADIA, context.clock, context.settings)
    tab = _tab(qtbot, nadia)
    tab.select_complaint(complaint_id)
    assert tab.new_button.isEnabled()
    assert tab.acknowledge_button.isEnabled()
    assert tab.edit_button.isEnabled()
    assert not tab.void_button.isEnabled()
    assert tab.void_button.toolTip() == (
        "Only the practice manager (an administrator) voids a complaint."
    )
    for button in (tab.answer_button, tab.close_button):
        assert not button.isEnabled()
        assert button.toolTip() == (
            "Only the practice manager (an administrator) answers and closes."
        )
    assert not tab.delays_button.isEnabled()
    assert tab.delays_button.toolTip() == (
        "Only the practice manager (an administrator) changes the delays."
    )
    # Even a dialog opened some other way is refused by the service.
    row = tab.selected_row()
    assert row is not None
    dialog = StepDialog(nadia, row, "answer")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText("Sorry")
    dialog.save()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "nadia (receptionist) may not manage settings" in dialog.error.text()
    assert _status(context, complaint_id).status is ComplaintStatus.RECEIVED


def test_ctrl_n_on_the_page_records_a_complaint(qtbot, context, monkeypatch) -> None:
    page = FeedbackPage(context)
    qtbot.addWidget(page)
    _settled(qtbot, page.complaints)
    monkeypatch.setattr(ComplaintDialog, "ask", lambda *args, **kwargs: 7)
    monkeypatch.setattr(page.complaints, "refresh", lambda: None)
    assert page.new_record() == 7
    assert page.complaints.message.text() == "Complaint 7 recorded."
    assert page.tabs.tabText(0) == "&Complaints"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_screenshots(qtbot, qapp, context, patient_id, language) -> None:
    _record(context, date(2026, 11, 2), patient_id=patient_id, from_whom="Sa fille")
    later = _record(context, date(2026, 10, 20), category=ComplaintCategory.BILLING)
    _record(context, date(2026, 11, 27), channel=ComplaintChannel.EMAIL, from_whom="Anonyme")
    done = _record(context, date(2026, 10, 5), category=ComplaintCategory.WAITING)
    with context.database.transaction() as session:
        complaints.acknowledge(session, context.clock, context.actor, later, on=date(2026, 10, 21))
        complaints.answer(
            session,
            context.clock,
            context.actor,
            done,
            outcome=ComplaintOutcome.PARTLY_UPHELD,
            text="Réponse envoyée",
            on=date(2026, 10, 30),
        )
    install_translators(qapp, language)
    try:
        page = FeedbackPage(context)
        qtbot.addWidget(page)
        page.resize(1100, 640)
        page.show()
        _settled(qtbot, page.complaints)
        page.complaints.select_complaint(later)
        qtbot.wait(10)
        SHOTS.mkdir(exist_ok=True)
        assert page.grab().save(str(SHOTS / f"feedback-{language}.png"))
        dialog = ComplaintDialog(context, complaints.ComplaintDelays(), page)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.finder.search, "lef")
        qtbot.wait(10)
        assert dialog.grab().save(str(SHOTS / f"new-complaint-{language}.png"))
        row = page.complaints.selected_row()
        assert row is not None
        step = StepDialog(context, row, "answer", page)
        qtbot.addWidget(step)
        step.show()
        qtbot.wait(10)
        assert step.grab().save(str(SHOTS / f"answer-complaint-{language}.png"))
        waiting = next(r for r in page.complaints.register if r.status is ComplaintStatus.RECEIVED)
        acknowledge = AcknowledgeDialog(context, waiting)
        qtbot.addWidget(acknowledge)
        acknowledge.show()
        acknowledge.day.setDate(QDate(2026, 11, 3))
        qtbot.wait(10)
        assert acknowledge.grab().save(str(SHOTS / f"acknowledge-complaint-{language}.png"))
        correction = CorrectionDialog(context, row)
        qtbot.addWidget(correction)
        correction.show()
        correction.received.setDate(QDate(2026, 10, 22))  # after its acknowledgement
        correction.from_whom.clear()
        qtbot.mouseClick(correction.ok_button(), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: correction.field_error("from_whom") != "", timeout=10_000)
        assert correction.grab().save(str(SHOTS / f"correct-complaint-{language}.png"))
        void = VoidDialog(context, row, page.complaints.register)
        qtbot.addWidget(void)
        void.show()
        qtbot.wait(10)
        assert void.grab().save(str(SHOTS / f"void-complaint-{language}.png"))
    finally:
        remove_translators(qapp)


def test_today_leads_to_the_register_in_the_main_window(qtbot, context) -> None:
    _record(context, date(2026, 11, 2))  # acknowledgement overdue
    window = MainWindow(context, unlocker=lambda _context, _parent: False)
    qtbot.addWidget(window)
    window.show()
    today = window.current_page()
    assert isinstance(today, TodayPage)
    qtbot.waitUntil(lambda: today.summary is not None and not today.busy(), timeout=10_000)
    assert today.feedback_button.isVisible()
    qtbot.mouseClick(today.feedback_button, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == "feedback"
    page = window.current_page()
    assert isinstance(page, FeedbackPage)
    _settled(qtbot, page.complaints)
    assert page.complaints.model.rowCount() == 1
    window.close()


def test_the_manager_changes_the_delays_for_complaints_to_come(qtbot, context) -> None:
    tab = _tab(qtbot, context)
    assert "within 2 working day" in tab.explanation.text()
    dialog = DelaysDialog(context, tab.delays)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.acknowledge.value(), dialog.answer.value()) == (2, 30)
    assert (dialog.answer.minimum(), dialog.answer.maximum()) == (7, 90)
    dialog.acknowledge.setValue(3)
    dialog.answer.setValue(21)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved, timeout=10_000)
    with context.database.read_session() as session:
        assert complaints.read_delays(session) == complaints.ComplaintDelays(3, 21)
    tab.refresh()
    _settled(qtbot, tab)
    assert "within 3 working day" in tab.explanation.text()
    assert "within 21 days" in tab.explanation.text()
    assert tab.delays == complaints.ComplaintDelays(3, 21)


# -- acknowledging on its day, correcting, voiding a duplicate --------------------------------


def test_an_acknowledgement_is_recorded_on_the_day_it_was_done(qtbot, context) -> None:
    # Received Monday 23 Nov: to acknowledge by Wednesday 25.
    complaint_id = _record(context, date(2026, 11, 23))
    row = _status(context, complaint_id)
    dialog = AcknowledgeDialog(context, row)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.day.minimumDate(), dialog.day.maximumDate()) == (
        QDate(2026, 11, 23),
        QDate(2026, 11, 28),
    )
    assert dialog.on_time.text() == "Late: it was due by Wed 25 Nov."
    dialog.day.setDate(QDate(2026, 11, 24))  # the call made on Tuesday, keyed in today
    assert dialog.on_time.text() == "On time: due by Wed 25 Nov."
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved, timeout=10_000)
    acknowledged = _status(context, complaint_id)
    assert acknowledged.acknowledged_on == date(2026, 11, 24)
    assert not acknowledged.acknowledged_late()


def test_a_day_refused_is_said_at_the_field(qtbot, context) -> None:
    complaint_id = _record(context, date(2026, 11, 23))
    dialog = AcknowledgeDialog(context, _status(context, complaint_id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.day.setDate(QDate(2026, 11, 24))
    # Meanwhile another desk corrects the day of receipt to Thursday 26.
    row = _status(context, complaint_id)
    with context.database.transaction() as session:
        complaints.correct(
            session,
            context.clock,
            context.actor,
            complaint_id,
            received_on=date(2026, 11, 26),
            channel=row.channel,
            from_whom=row.from_whom,
            category=row.category,
            description=row.description,
            patient_id=row.patient_id,
        )
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.field_error("acknowledged_on") != "", timeout=10_000)
    assert dialog.field_error("acknowledged_on") == (
        "\u2717 A complaint cannot be acknowledged before it arrived."
    )
    assert not dialog.error.isVisible()
    assert dialog.isVisible()
    assert dialog.ok_button().isEnabled()
    assert _status(context, complaint_id).status is ComplaintStatus.RECEIVED


def test_a_correction_keeps_the_patient_and_says_refusals_at_their_fields(
    qtbot, context, patient_id
) -> None:
    complaint_id = _record(context, date(2026, 11, 24), patient_id=patient_id)
    row = _status(context, complaint_id)
    dialog = CorrectionDialog(context, row)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == f"Correct complaint {complaint_id}"
    assert dialog.received.date() == QDate(2026, 11, 24)
    assert dialog.from_whom.text() == "M. Martin"
    assert dialog.description.toPlainText() == "Spoken to rudely at the desk"
    assert dialog.patient_to_save() == patient_id
    assert dialog.deadlines.text() == "To acknowledge by Thu 26 Nov, to answer by Thu 24 Dec"
    # It came on Tuesday 10 Nov: Wednesday 11 is Armistice Day.
    dialog.received.setDate(QDate(2026, 11, 10))
    assert dialog.deadlines.text() == "To acknowledge by Fri 13 Nov, to answer by Thu 10 Dec"
    dialog.from_whom.clear()
    dialog.description.clear()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.field_error("from_whom") != "", timeout=10_000)
    assert dialog.field_error("from_whom") == "\u2717 Say who complained (or write “anonymous”)."
    assert dialog.field_error("description") == "\u2717 Say what the complaint is about."
    assert dialog.field_error("received_on") == ""
    assert not dialog.error.isVisible()
    assert not dialog.saved
    qtbot.keyClicks(dialog.from_whom, "Sa fille")
    dialog.description.setPlainText("Spoken to rudely at the desk, twice")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved, timeout=10_000)
    assert dialog.changed == ["received_on", "from_whom", "description"]
    assert dialog.field_error("from_whom") == ""
    corrected = _status(context, complaint_id)
    assert (corrected.received_on, corrected.from_whom, corrected.patient_id) == (
        date(2026, 11, 10),
        "Sa fille",
        patient_id,
    )
    assert (corrected.acknowledge_by, corrected.answer_by) == (
        date(2026, 11, 13),
        date(2026, 12, 10),
    )


def test_a_correction_unlinks_the_patient_only_when_asked(qtbot, context, patient_id) -> None:
    complaint_id = _record(context, date(2026, 11, 24), patient_id=patient_id)
    with context.database.transaction() as session:
        complaints.acknowledge(session, context.clock, context.actor, complaint_id)
    dialog = CorrectionDialog(context, _status(context, complaint_id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.received.setDate(QDate(2026, 11, 27))  # still before its acknowledgement today
    dialog.finder.search.selectAll()
    qtbot.keyClick(dialog.finder.search, Qt.Key.Key_Backspace)
    assert dialog.patient_to_save() is None
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved, timeout=10_000)
    assert dialog.changed == ["received_on", "patient_id"]
    assert _status(context, complaint_id).patient_id is None


def test_a_correction_after_the_acknowledgement_day_is_refused_at_the_day(qtbot, context) -> None:
    complaint_id = _record(context, date(2026, 11, 20))
    with context.database.transaction() as session:
        complaints.acknowledge(
            session, context.clock, context.actor, complaint_id, on=date(2026, 11, 23)
        )
    dialog = CorrectionDialog(context, _status(context, complaint_id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.received.setDate(QDate(2026, 11, 25))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.field_error("received_on") != "", timeout=10_000)
    assert dialog.field_error("received_on") == (
        "\u2717 It was acknowledged on 23/11/2026: it cannot have arrived later."
    )
    assert _status(context, complaint_id).received_on == date(2026, 11, 20)


def test_a_duplicate_voided_from_the_register_stays_but_counts_no_more(
    qtbot, context, monkeypatch
) -> None:
    original = _record(context, date(2026, 11, 2))
    other = _record(context, date(2026, 11, 2), from_whom="Someone else")
    duplicate = _record(context, date(2026, 11, 2))
    tab = _tab(qtbot, context)
    assert tab.summary.text().startswith("3 not answered yet, 3 overdue")
    assert tab.select_complaint(duplicate)
    assert tab.void_button.isEnabled()
    assert tab.edit_button.isEnabled()
    chosen: list[object] = []

    def voiding(context, row, register, parent=None) -> bool:
        dialog = VoidDialog(context, row, register, parent)
        qtbot.addWidget(dialog)
        # Not known, then the two others, newest first; the twin is offered.
        assert dialog.original.count() == 3
        chosen.append(dialog.original.currentData())
        dialog.save()
        qtbot.waitUntil(lambda: dialog.saved or dialog.error.isVisible(), timeout=10_000)
        return dialog.saved

    monkeypatch.setattr(VoidDialog, "ask", voiding)
    assert tab.void_selected()
    _settled(qtbot, tab)
    assert chosen == [original]
    assert tab.message.text() == f"Complaint {duplicate} voided as a duplicate."
    assert tab.model.row_of(duplicate) == -1  # "To do" shows what needs someone
    assert tab.summary.text().startswith("2 not answered yet, 2 overdue")
    tab.show_all.setCurrentIndex(1)
    _settled(qtbot, tab)
    row = tab.model.row_of(duplicate)
    assert tab.model.data(tab.model.index(row, STATUS)) == f"Voided (duplicate of no. {original})"
    assert tab.model.data(tab.model.index(row, DEADLINE)) == "None (voided)"
    assert tab.model.data(tab.model.index(row, DEADLINE), Qt.ItemDataRole.DecorationRole) is None
    assert tab.select_complaint(duplicate)
    assert f"as a duplicate of complaint {original}; it counts in no figure." in tab.detail.text()
    qtbot.wait(10)
    SHOTS.mkdir(exist_ok=True)
    assert tab.grab().save(str(SHOTS / "complaints-voided-en.png"))
    for button in (tab.edit_button, tab.void_button, tab.acknowledge_button):
        assert not button.isEnabled()
        assert button.toolTip() == "Voided as a duplicate on 28/11/2026."
    with context.database.read_session() as session:
        assert [o.complaint.id for o in complaints.overdue(session, TODAY)] == [
            original,
            other,
        ]


def test_a_void_refused_is_said_at_the_field(qtbot, context) -> None:
    first = _record(context, date(2026, 11, 2))
    second = _record(context, date(2026, 11, 2))
    tab = _tab(qtbot, context)
    tab.select_complaint(second)
    row = tab.selected_row()
    assert row is not None
    dialog = VoidDialog(context, row, tab.register)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.original.currentData() == first
    with context.database.transaction() as session:  # another desk voids the first meanwhile
        complaints.void_duplicate(session, context.clock, context.actor, first, duplicate_of=None)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.field_error("duplicate_of") != "", timeout=10_000)
    assert dialog.field_error("duplicate_of") == (
        "\u2717 This complaint was voided too: choose the one that counts."
    )
    assert not dialog.saved
    assert _status(context, second).voided_on is None


def test_the_register_says_what_an_edit_changed(qtbot, context, monkeypatch) -> None:
    complaint_id = _record(context, date(2026, 11, 26))
    tab = _tab(qtbot, context)
    tab.select_complaint(complaint_id)
    answers = iter([["category"], []])
    monkeypatch.setattr(CorrectionDialog, "correct", lambda *args: next(answers))
    assert tab.edit_selected()
    assert tab.message.text() == f"Complaint {complaint_id} corrected."
    _settled(qtbot, tab)
    assert tab.edit_selected()
    assert tab.message.text() == "Nothing was changed."

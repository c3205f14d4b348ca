"""First start: the wizard creates a real encrypted database and shows its recovery key."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.practice import KeyFile, open_with_recovery_key, sign_in
from app.settings import load_practice
from ui.wizard import ADMIN_PAGE, KEY_PAGE, PRACTICE_PAGE, FirstRunWizard

PASSWORD = "le cabinet du parc ouvre à 8 h"


def type_into(qtbot: QtBot, wizard: FirstRunWizard, field: str, text: str) -> None:
    """Type as a user would (QTest cannot type accents, so non-ASCII text is set)."""
    edit = wizard.practice_page.form.edits[field]
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.setText(text)
        edit.textEdited.emit(text)
    edit.editingFinished.emit()


def next_button(wizard: FirstRunWizard):
    if wizard.currentPage().isCommitPage():
        return wizard.button(QWizard.WizardButton.CommitButton)
    return wizard.button(QWizard.WizardButton.NextButton)


def fill_practice(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    type_into(qtbot, wizard, "name", "Cabinet médical de l’Étang")
    type_into(qtbot, wizard, "street", "12 rue de la République")
    type_into(qtbot, wizard, "postcode", "69003")
    type_into(qtbot, wizard, "city", "Lyon")
    type_into(qtbot, wizard, "phone", "04 78 12 34 56")
    type_into(qtbot, wizard, "email", "accueil@cabinet-etang.fr")


def fill_admin(qtbot: QtBot, wizard: FirstRunWizard, password: str = PASSWORD) -> None:
    page = wizard.admin_page
    page.username.setText("claire")
    qtbot.keyClicks(page.full_name, "Dr Claire Roux")
    page.password.setText(password)  # QTest cannot type the "à"
    page.confirm.setText(password)


def test_practice_page_validates_inline(qtbot: QtBot, db_path: Path, clock: FixedClock) -> None:
    wizard = FirstRunWizard(db_path, clock)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == PRACTICE_PAGE
    assert not next_button(wizard).isEnabled()  # no name yet
    type_into(qtbot, wizard, "name", "Cabinet du Parc")
    assert next_button(wizard).isEnabled()
    type_into(qtbot, wizard, "postcode", "6900")
    type_into(qtbot, wizard, "phone", "04 78 12")
    type_into(qtbot, wizard, "email", "accueil@")
    form = wizard.practice_page.form
    assert not next_button(wizard).isEnabled()
    assert "5 digits" in form.rows["postcode"].error.text()
    assert "phone number" in form.rows["phone"].error.text()
    assert "e-mail" in form.rows["email"].error.text()
    assert not form.rows["postcode"].error.isHidden()
    type_into(qtbot, wizard, "postcode", "69003")
    assert form.rows["postcode"].error.isHidden()


def test_admin_page_needs_a_valid_password(qtbot: QtBot, db_path: Path, clock: FixedClock) -> None:
    wizard = FirstRunWizard(db_path, clock)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_practice(qtbot, wizard)
    wizard.next()
    assert wizard.currentId() == ADMIN_PAGE
    page = wizard.admin_page
    fill_admin(qtbot, wizard, password="short")
    assert "At least 10 characters" in page.rows["password"].error.text()
    assert not next_button(wizard).isEnabled()
    page.password.setText("claire")
    page.confirm.setText("claire")
    assert not next_button(wizard).isEnabled()
    page.password.setText(PASSWORD)
    page.confirm.setText(PASSWORD + "!")
    assert "not the same" in page.rows["confirm"].error.text()
    assert not next_button(wizard).isEnabled()
    page.confirm.setText(PASSWORD)
    assert next_button(wizard).isEnabled()
    assert not db_path.exists()  # nothing is created before the user commits


def test_wizard_creates_the_database_and_the_recovery_sheet(
    qtbot: QtBot, db_path: Path, clock: FixedClock, tmp_path: Path
) -> None:
    sheet = tmp_path / "sheet.pdf"
    wizard = FirstRunWizard(db_path, clock, choose_sheet_path=lambda _parent, _suggested: sheet)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_practice(qtbot, wizard)
    qtbot.mouseClick(next_button(wizard), qtbot_left())
    fill_admin(qtbot, wizard)
    qtbot.mouseClick(next_button(wizard), qtbot_left())
    qtbot.waitUntil(lambda: wizard.currentId() == KEY_PAGE, timeout=15_000)

    assert db_path.exists()
    assert KeyFile.path_for(db_path).exists()
    assert wizard.result_value is not None
    database, actor = wizard.result_value
    assert actor.username == "claire"
    recovery_text = database.data_key.recovery_text
    shown = wizard.key_page.key_label.text()
    assert shown.split() == recovery_text.split()
    assert shown.count("\n") == 3  # four lines of four groups

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    wizard.reject()  # Esc or the close box: the key would be lost, so it stays open
    assert wizard.isVisible()
    assert "already exists" in wizard.key_page.message.text()

    qtbot.mouseClick(wizard.key_page.save_button, qtbot_left())
    qtbot.waitUntil(lambda: wizard.sheet_path == sheet, timeout=15_000)
    text = PdfReader(sheet).pages[0].extract_text()
    assert "Cabinet médical de l’Étang" in text
    for group in recovery_text.split():
        assert group in text

    wizard.key_page.confirm.setChecked(True)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, qtbot_left())
    assert wizard.result() == QWizard.DialogCode.Accepted
    with database.read_session() as session:
        saved = load_practice(session)
    database.close()
    assert saved.name == "Cabinet médical de l’Étang"
    assert saved.phone == "04 78 12 34 56"
    assert saved.email == "accueil@cabinet-etang.fr"

    reopened, actor = sign_in(db_path, "claire", PASSWORD, clock)
    reopened.close()
    assert actor.role.value == "admin"
    open_with_recovery_key(db_path, recovery_text).close()


def test_cancel_before_creating_leaves_nothing(
    qtbot: QtBot, db_path: Path, clock: FixedClock
) -> None:
    def cancel() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, FirstRunWizard)
        wizard.button(QWizard.WizardButton.CancelButton).click()

    QTimer.singleShot(0, cancel)
    assert FirstRunWizard.ask(db_path, clock) is None
    assert list(db_path.parent.iterdir()) == []


def test_a_database_that_appeared_meanwhile_is_never_overwritten(
    qtbot: QtBot, db_path: Path, clock: FixedClock
) -> None:
    wizard = FirstRunWizard(db_path, clock)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_practice(qtbot, wizard)
    wizard.next()
    fill_admin(qtbot, wizard)
    db_path.write_bytes(b"someone else's file")
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=15_000)
    assert wizard.currentId() == ADMIN_PAGE
    assert "was not created" in wizard.admin_page.message.text()
    assert db_path.read_bytes() == b"someone else's file"


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton

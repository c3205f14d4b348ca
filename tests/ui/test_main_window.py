"""The main window: navigation, placeholders, shortcuts, settings, lock and sign-out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app import auth
from app.access import Actor
from app.clock import FixedClock
from app.practice import PracticeDatabase
from app.settings import load_practice
from app.version import version
from db.models import Role
from ui.context import UiContext
from ui.main_window import PAGE_IDS, MainWindow, PlaceholderPage, SettingsPage


def make_context(database: PracticeDatabase, actor: Actor, clock: FixedClock) -> UiContext:
    with database.read_session() as session:
        return UiContext(database, actor, clock, load_practice(session))


@pytest.fixture
def window(
    qtbot: QtBot, database: PracticeDatabase, admin: Actor, clock: FixedClock
) -> Iterator[MainWindow]:
    unlock_answers: list[bool] = []
    main = MainWindow(
        make_context(database, admin, clock),
        unlocker=lambda _context, _parent: unlock_answers.pop(0) if unlock_answers else False,
    )
    main.unlock_answers = unlock_answers  # type: ignore[attr-defined]
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def test_title_status_and_navigation(window: MainWindow) -> None:
    assert window.windowTitle() == f"Relais {version()} — Cabinet du Parc"
    assert "admin" in window.user_label.text()
    assert "administrator" in window.user_label.text()
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == [
        "Today",
        "Patients",
        "Reminders",
        "Message templates",
        "Print centre",
        "Feedback",
        "Dashboard",
        "Data requests",
        "Settings",
        "Sending messages",
        "Audit log",
    ]
    assert window.current_page_id() == "today"  # the receptionist's first screen
    assert type(window.current_page()).__name__ == "TodayPage"


def test_unbuilt_pages_say_they_are_not_available_yet(window: MainWindow) -> None:
    for page_id in PAGE_IDS:
        if page_id in (
            "today",
            "patients",
            "reminders",
            "templates",
            "requests",
            "settings",
            "messaging",
            "print_centre",
            "feedback",
            "dashboard",
        ):
            continue
        window.show_page(page_id)
        page = window.current_page()
        assert isinstance(page, PlaceholderPage)
        text = " ".join(label.text() for label in page.findChildren(QLabel))
        assert "not available yet" in text
        assert window.pages.currentWidget() is page


def test_find_goes_to_the_current_page(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("patients")
    patients = window.current_page()
    window.activateWindow()
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert patients.search.hasFocus()  # type: ignore[union-attr]
    assert window.command_actions["new"].isEnabled()
    assert not window.command_actions["print"].isEnabled()  # the view cannot print yet
    window.show_page("today")
    assert not window.command_actions["find"].isEnabled()
    assert window.run_command("find") is False


def test_ctrl_number_switches_pages(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window.nav, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_id() == "requests"
    assert type(window.current_page()).__name__ == "RequestsPage"
    assert window.command_actions["new"].isEnabled()  # Ctrl+N records a request there
    qtbot.keyClick(window.nav, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_id() == "settings"


def test_admin_saves_the_practice_settings(
    qtbot: QtBot, window: MainWindow, database: PracticeDatabase
) -> None:
    window.show_page("settings")
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    assert not page.save_button.isEnabled()
    name = page.form.edits["name"]
    name.setText("Maison de santé du Parc")
    name.textEdited.emit(name.text())
    assert page.form.idle_minutes is not None
    page.form.idle_minutes.setValue(12)
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in page.message.text()
    with database.read_session() as session:
        saved = load_practice(session)
    assert saved.name == "Maison de santé du Parc"
    assert saved.idle_lock_minutes == 12
    assert window.windowTitle() == f"Relais {version()} — Maison de santé du Parc"
    assert window.idle_watcher.interval_ms == 12 * 60_000


def test_settings_refuse_an_invalid_value_inline(window: MainWindow) -> None:
    window.show_page("settings")
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    region = page.form.edits["default_region"]
    region.setText("F1")
    region.textEdited.emit("F1")
    region.editingFinished.emit()
    assert not page.save_button.isEnabled()
    assert page.save() is False
    assert "two-letter" in page.form.rows["default_region"].error.text()


def test_settings_are_read_only_for_a_receptionist(
    qtbot: QtBot, database: PracticeDatabase, admin: Actor, clock: FixedClock
) -> None:
    with database.transaction() as session:
        auth.create_user(
            session,
            clock,
            admin,
            database,
            username="nadia",
            full_name="Nadia Accueil",
            role=Role.RECEPTIONIST,
            password="bonjour le cabinet",
        )
    nadia = Actor(user_id=2, username="nadia", role=Role.RECEPTIONIST)
    page = SettingsPage(make_context(database, nadia, clock))
    qtbot.addWidget(page)
    assert page.form.edits["name"].isReadOnly()
    assert page.save_button.isHidden()
    assert "Only an administrator" in page.note.text()
    page.form.edits["name"].setText("Changed")
    assert page.save() is False  # refused by app.settings too, not only by the form
    with database.read_session() as session:
        assert load_practice(session).name == "Cabinet du Parc"


def test_lock_hides_everything_until_unlocked(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.locked):
        window.lock_action.trigger()
    assert window.is_locked
    assert not window.workspace.isVisible()
    assert window.lock_page.isVisible()
    assert not window.command_actions["find"].isEnabled()
    qtbot.wait(20)  # the unlock prompt answered False: still locked
    assert window.is_locked
    window.unlock_answers.append(True)  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.unlocked):
        qtbot.mouseClick(window.lock_page.unlock_button, Qt.MouseButton.LeftButton)
    assert window.workspace.isVisible()
    assert window.current_page_id() == "today"
    assert window.idle_watcher.active


def test_sign_out_closes_the_window(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.closed) as closed:
        window.sign_out_action.trigger()
    assert closed.args == [True]
    assert window.signed_out
    assert not window.isVisible()


def test_lock_covers_an_open_modal_dialog(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    QLineEdit("DUPONT Hélène, 06 12 34 56 78", dialog)
    dialog.setModal(True)
    dialog.resize(400, 200)
    dialog.show()
    with qtbot.waitSignal(window.locked):
        window.lock_action.trigger()
    covers = [c for c in dialog.findChildren(QLabel) if c.isVisible()]
    assert len(covers) == 1
    assert covers[0].geometry() == dialog.rect()
    assert dialog.isVisible()  # not closed: nothing typed in it is lost
    window.unlock_answers.append(True)  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.unlocked):
        qtbot.mouseClick(window.lock_page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not [c for c in dialog.findChildren(QLabel) if c.isVisible()])


def test_a_page_with_unsaved_work_is_not_left_without_asking(
    window: MainWindow, monkeypatch
) -> None:
    window.show_page("templates")
    editor = window.current_page()
    monkeypatch.setattr(editor, "can_leave", lambda: False)  # "Cancel" in its question
    window.show_page("patients")
    assert window.current_page_id() == "templates"
    monkeypatch.setattr(editor, "can_leave", lambda: True)
    window.show_page("patients")
    assert window.current_page_id() == "patients"

"""The main window: navigation bar, pages, lock and sign-out (DESIGN §3, §11).

Pages are built the first time they are shown, so opening the window costs
only the page on screen.  Ctrl+F, Ctrl+N and Ctrl+P go to the current page
when it has the matching method (see :data:`PAGE_COMMANDS`); otherwise the
action is greyed out.  After ``settings.idle_lock_minutes`` without input, or
on Ctrl+L, everything is hidden behind a lock page until the same user types
their password again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import version
from app.access import Permission
from app.errors import PermissionDenied, RelaisError, ValidationError
from ui.background import wait_for_the_worker
from ui.context import UiContext
from ui.idle import IdleWatcher, minutes_to_ms
from ui.login import LoginDialog
from ui.practice_form import ERROR_STYLE, PracticeForm
from ui.style import page_heading

if TYPE_CHECKING:
    from ui.scheduler import ReminderScheduler

# The page methods each window-wide command calls: the first one the page has.
PAGE_COMMANDS: dict[str, tuple[str, ...]] = {
    "find": ("focus_search",),  # Ctrl+F
    "new": ("new_record", "new_patient"),  # Ctrl+N
    "print": ("print_current",),  # Ctrl+P
}
COMMAND_KEYS = {"find": "Ctrl+F", "new": "Ctrl+N", "print": "Ctrl+P"}


def page_handler(page: object, command: str) -> Callable[[], object] | None:
    for name in PAGE_COMMANDS[command]:
        handler = getattr(page, name, None)
        if callable(handler):
            return handler  # type: ignore[no-any-return]
    return None


PAGE_IDS = (
    "today",
    "patients",
    "reminders",
    "templates",
    "print_centre",
    "feedback",
    "dashboard",
    "requests",
    "settings",
    "messaging",
    "audit",
)
START_PAGE = "today"  # DESIGN §10 flow 1: the day at a glance after signing in

Unlocker = Callable[[UiContext, QWidget], bool]


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def _role_name(role: str) -> str:
    return {
        "admin": translate("MainWindow", "administrator"),
        "practitioner": translate("MainWindow", "practitioner"),
        "receptionist": translate("MainWindow", "receptionist"),
    }.get(role, role)


@dataclass(frozen=True)
class PageInfo:
    page_id: str
    title: str
    placeholder: str  # what will come, for pages not built yet ("" for real pages)


def page_infos() -> list[PageInfo]:
    """Titles in the user's language, per the glossary of DESIGN §11."""
    return [
        PageInfo("today", translate("MainWindow", "Today"), ""),
        PageInfo("patients", translate("MainWindow", "Patients"), ""),
        PageInfo("reminders", translate("MainWindow", "Reminders"), ""),
        PageInfo("templates", translate("MainWindow", "Message templates"), ""),
        PageInfo("print_centre", translate("MainWindow", "Print centre"), ""),
        PageInfo("feedback", translate("MainWindow", "Feedback"), ""),
        PageInfo("dashboard", translate("MainWindow", "Dashboard"), ""),
        PageInfo("requests", translate("MainWindow", "Data requests"), ""),
        PageInfo("settings", translate("MainWindow", "Settings"), ""),
        PageInfo("messaging", translate("MainWindow", "Sending messages"), ""),
        PageInfo(
            "audit",
            translate("MainWindow", "Audit log"),
            translate(
                "MainWindow",
                "Browsing the audit log arrives with the audit work. This page is not "
                "available yet; the log is already kept, and 'python main.py verify' "
                "checks it.",
            ),
        ),
    ]


def _yield_window_shortcuts(page: QWidget) -> None:
    """The window routes Ctrl+F/N/P to the page; a page's own shortcut for the same keys
    would make Qt see two matches and run neither ("ambiguous shortcut"), so it is
    switched off here. The page's method still runs, through the window's action.
    """
    window_keys = [QKeySequence(keys) for keys in COMMAND_KEYS.values()]
    for shortcut in page.findChildren(QShortcut):
        if shortcut.key() in window_keys:
            shortcut.setEnabled(False)


class PlaceholderPage(QWidget):
    """A page that says plainly what will come and that it is not there yet."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setAccessibleName(text)
        body.setMaximumWidth(640)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(page_heading(title))
        layout.addSpacing(12)
        layout.addWidget(body)
        layout.addStretch(1)


class SettingsPage(QWidget):
    """The practice's settings; editable by an administrator only (checked in app/ too).

    Signals:
        saved(object): the new :class:`~app.settings.PracticeSettings`.
    """

    saved = Signal(object)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = PracticeForm(extended=True)
        self.form.set_settings(context.settings)
        self.form.changed.connect(self._changed)
        self.editable = context.actor.can(Permission.MANAGE_SETTINGS)
        self.form.set_read_only(not self.editable)

        self.note = QLabel()
        self.note.setWordWrap(True)
        if not self.editable:
            self.note.setText(
                translate("MainWindow", "Only an administrator can change these settings.")
            )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = QPushButton(translate("MainWindow", "&Save"))
        self.save_button.setAccessibleName(translate("MainWindow", "Save the settings"))
        self.save_button.setVisible(self.editable)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        form_box = QWidget()
        form_box.setMaximumWidth(640)
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(page_heading(translate("MainWindow", "Settings")))
        layout.addWidget(self.note)
        layout.addSpacing(8)
        layout.addWidget(form_box)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _changed(self) -> None:
        self.message.hide()
        self.save_button.setEnabled(self.editable and self.form.is_valid())

    def save(self) -> bool:
        from app.settings import save_practice

        self.form.touch_all()
        if not self.form.is_valid():
            return False
        settings = self.form.settings(self.context.settings)
        try:
            with self.context.database.transaction() as session:
                save_practice(session, self.context.clock, self.context.actor, settings)
        except ValidationError as error:
            self.form.show_field_errors(error.errors)
            self._show(
                translate("MainWindow", "Not saved: %1").replace("%1", str(error)), error=True
            )
            return False
        except PermissionDenied:
            self._show(
                translate("MainWindow", "Only an administrator can change these settings."),
                error=True,
            )
            return False
        except RelaisError as error:
            self._show(
                translate("MainWindow", "Not saved: %1").replace("%1", str(error)), error=True
            )
            return False
        self.context.settings = settings
        self.form.set_settings(settings)
        self.save_button.setEnabled(False)
        self._show(translate("MainWindow", "Saved."), error=False)
        self.saved.emit(settings)
        return True

    def _show(self, text: str, *, error: bool) -> None:
        self.message.setText(("⚠ " if error else "✓ ") + text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.show()


class LockPage(QWidget):
    """What the screen shows while locked: no patient data, only who is signed in."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("MainWindow", "Relais is locked"))
        text = QLabel(
            translate(
                "MainWindow", "Signed in as %1. Enter your password to continue, or sign out."
            ).replace("%1", context.actor.username)
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(translate("MainWindow", "&Unlock…"))
        self.sign_out_button = QPushButton(translate("MainWindow", "Sign &out"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        heading = page_heading(translate("MainWindow", "Relais is locked"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addWidget(text)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(2)


class _LockCover(QLabel):
    """An opaque sheet over a modal dialog while Relais is locked."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(
            translate("MainWindow", "Relais is locked. Sign in again to continue."), dialog
        )
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self.setGeometry(dialog.rect())
        self.raise_()
        self.show()


class MainWindow(QMainWindow):
    """The practice's workspace for one signed-in user.

    Signals:
        locked(): the lock page is up.
        unlocked(): the same user proved their password again.
        closed(bool): the window closed; True when the user signed out (show the
            sign-in again), False when they quit.

    Attributes:
        context: the open database, the signed-in user, the clock and the settings.
        idle_watcher: emits ``idle`` after the lock interval without input.
        is_locked: whether the lock page hides everything.
        signed_out: set when the window closed by "Sign out".
    """

    locked = Signal()
    unlocked = Signal()
    closed = Signal(bool)

    def __init__(
        self,
        context: UiContext,
        parent: QWidget | None = None,
        *,
        idle_interval_ms: int | None = None,
        unlocker: Unlocker | None = None,
        reminders: ReminderScheduler | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        # The tick and nightly jobs; the application starts them, tests leave them out.
        self.reminders = reminders
        self.is_locked = False
        self.signed_out = False
        self._unlocker: Unlocker = unlocker or LoginDialog.ask_unlock
        self._infos = {info.page_id: info for info in page_infos()}
        self._pages: dict[str, QWidget] = {}
        self._hidden_windows: list[QWidget] = []
        self._covers: list[_LockCover] = []
        self._unlocking = False

        self.setMinimumSize(900, 600)
        self.resize(1200, 760)
        self._update_title()
        self._build_workspace()
        self._build_actions()
        self.lock_page = LockPage(context)
        self.lock_page.unlock_button.clicked.connect(self.prompt_unlock)
        self.lock_page.sign_out_button.clicked.connect(self.sign_out)
        self.shell = QStackedWidget()
        self.shell.addWidget(self.workspace)
        self.shell.addWidget(self.lock_page)
        self.setCentralWidget(self.shell)

        self.user_label = QLabel(
            translate("MainWindow", "Signed in as %1 (%2)")
            .replace("%1", context.actor.username)
            .replace("%2", _role_name(context.actor.role.value))
        )
        self.user_label.setAccessibleName(self.user_label.text())
        self.statusBar().addPermanentWidget(self.user_label)

        interval = idle_interval_ms or minutes_to_ms(context.settings.idle_lock_minutes)
        self._fixed_idle_interval = idle_interval_ms is not None
        self.idle_watcher = IdleWatcher(interval, self)
        self.idle_watcher.idle.connect(self.lock)
        self.idle_watcher.start()
        self.show_page(START_PAGE)

    # -- building ------------------------------------------------------------

    def _build_workspace(self) -> None:
        self.nav = QListWidget()
        self.nav.setAccessibleName(translate("MainWindow", "Navigation"))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setSpacing(2)
        self.nav.setStyleSheet("QListWidget::item { padding: 4px 10px; }")
        width = 0
        for info in self._infos.values():
            item = QListWidgetItem(info.title)
            item.setData(Qt.ItemDataRole.UserRole, info.page_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, info.title)
            item.setSizeHint(item.sizeHint().expandedTo(self.nav.fontMetrics().size(0, "Xg") * 2))
            self.nav.addItem(item)
            width = max(width, self.nav.fontMetrics().horizontalAdvance(info.title))
        self.nav.setFixedWidth(width + 64)
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.pages = QStackedWidget()
        self.workspace = QWidget()
        layout = QHBoxLayout(self.workspace)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)

    def _build_actions(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(translate("MainWindow", "&File"))
        self.lock_action = QAction(translate("MainWindow", "&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.sign_out_action = QAction(translate("MainWindow", "Sign &out"), self)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.quit_action = QAction(translate("MainWindow", "&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        for action in (self.lock_action, self.sign_out_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = menu_bar.addMenu(translate("MainWindow", "&Edit"))
        self.command_actions: dict[str, QAction] = {}
        for command, text in (
            ("find", translate("MainWindow", "&Find…")),
            ("new", translate("MainWindow", "&New…")),
            ("print", translate("MainWindow", "&Print…")),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(COMMAND_KEYS[command]))
            action.triggered.connect(
                lambda _checked=False, command=command: self.run_command(command)
            )
            edit_menu.addAction(action)
            self.command_actions[command] = action

        go_menu = menu_bar.addMenu(translate("MainWindow", "&Go"))
        for number, info in enumerate(self._infos.values(), start=1):
            action = QAction(info.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(
                lambda _checked=False, page_id=info.page_id: self.show_page(page_id)
            )
            go_menu.addAction(action)
        self._menus = (edit_menu, go_menu)

        # Help stays open while the window is locked: the About box names no patient.
        help_menu = menu_bar.addMenu(translate("MainWindow", "&Help"))
        self.about_action = QAction(translate("MainWindow", "&About Relais"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def show_about(self) -> None:
        from ui.about import AboutDialog

        location = self.context.database.location
        AboutDialog.show_for(location if isinstance(location, Path) else None, self)

    # -- pages ---------------------------------------------------------------

    def page(self, page_id: str) -> QWidget:
        """The page, built on first use."""
        if page_id not in self._pages:
            page = self._make_page(page_id)
            _yield_window_shortcuts(page)
            self._pages[page_id] = page
            self.pages.addWidget(page)
        return self._pages[page_id]

    def _make_page(self, page_id: str) -> QWidget:
        builders: dict[str, Callable[[], QWidget]] = {
            "today": self._make_today_page,
            "patients": self._make_patients_page,
            "reminders": self._make_reminders_page,
            "templates": self._make_templates_page,
            "requests": self._make_requests_page,
            "settings": self._make_settings_page,
            "messaging": self._make_messaging_page,
            "print_centre": self._make_print_centre_page,
            "feedback": self._make_feedback_page,
            "dashboard": self._make_dashboard_page,
        }
        if page_id in builders:
            return builders[page_id]()
        info = self._infos[page_id]
        return PlaceholderPage(info.title, info.placeholder)

    # Screens are imported when first shown: start-up stays quick.

    def _make_settings_page(self) -> QWidget:
        page = SettingsPage(self.context)
        page.saved.connect(self._settings_saved)
        return page

    def _make_messaging_page(self) -> QWidget:
        from ui.channel_settings_page import ChannelSettingsPage

        return ChannelSettingsPage(self.context, self)

    def _make_templates_page(self) -> QWidget:
        from ui.templates.editor import TemplateEditorPage

        return TemplateEditorPage(self.context, self)

    def _make_requests_page(self) -> QWidget:
        from ui.rights.requests_page import RequestsPage

        return RequestsPage(self.context, self)

    def _make_print_centre_page(self) -> QWidget:
        from ui.print_centre.page import PrintCentrePage

        return PrintCentrePage(self.context, self)

    def _make_dashboard_page(self) -> QWidget:
        from ui.dashboard.page import DashboardPage

        return DashboardPage(self.context, self)

    def _make_feedback_page(self) -> QWidget:
        from ui.feedback.page import FeedbackPage

        return FeedbackPage(self.context, self)

    def _make_today_page(self) -> QWidget:
        from ui.today.page import TodayPage  # imported when first shown

        page = TodayPage(self.context, self)
        page.print_centre_requested.connect(lambda: self.show_page("print_centre"))
        page.feedback_requested.connect(lambda: self.show_page("feedback"))
        if self.reminders is not None:
            # What the tick sent or left out shows without waiting for the next refresh.
            self.reminders.ticked.connect(lambda _report: page.refresh())
        return page

    def _make_reminders_page(self) -> QWidget:
        from ui.reminders.page import RemindersPage  # imported when first shown

        return RemindersPage(self.context, self)

    def _make_patients_page(self) -> QWidget:
        from ui.patients.view import PatientsView  # imported when first shown

        return PatientsView(self.context, self)

    def current_page_id(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def current_page(self) -> QWidget | None:
        return self._pages.get(self.current_page_id())

    def show_page(self, page_id: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == page_id:
                self.nav.setCurrentRow(row)
                return
        raise KeyError(page_id)

    def _nav_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        leaving = self.pages.currentWidget()
        can_leave = getattr(leaving, "can_leave", None)
        if previous is not None and callable(can_leave) and not can_leave():
            # Unsaved work on the page (a template being edited): stay, as asked.
            self.nav.blockSignals(True)
            self.nav.setCurrentItem(previous)
            self.nav.blockSignals(False)
            return
        page = self.page(str(current.data(Qt.ItemDataRole.UserRole)))
        self.pages.setCurrentWidget(page)
        self._update_commands()

    def _update_commands(self) -> None:
        page = self.current_page()
        for command, action in self.command_actions.items():
            action.setEnabled(not self.is_locked and page_handler(page, command) is not None)

    def run_command(self, command: str) -> bool:
        """Ctrl+F / Ctrl+N / Ctrl+P: ask the current page; False if it has no such command."""
        if self.is_locked:
            return False
        handler = page_handler(self.current_page(), command)
        if handler is None:
            return False
        handler()
        return True

    def _settings_saved(self, settings: object) -> None:
        self._update_title()
        if not self._fixed_idle_interval:
            self.idle_watcher.set_interval_ms(
                minutes_to_ms(self.context.settings.idle_lock_minutes)
            )

    def _update_title(self) -> None:
        name = self.context.settings.name or translate("MainWindow", "no practice name")
        # "Relais 0.1.0 — Cabinet du Parc": the version is the one the About box shows.
        title = translate("MainWindow", "%1 — %2").replace("%2", name)
        self.setWindowTitle(title.replace("%1", version.title()))

    # -- locking -------------------------------------------------------------

    def lock(self) -> None:
        """Hide everything behind the lock page, then ask for the password."""
        if self.is_locked:
            return
        self.is_locked = True
        self.idle_watcher.stop()
        self.shell.setCurrentWidget(self.lock_page)
        for menu in self._menus:
            menu.setEnabled(False)
        self.lock_action.setEnabled(False)
        self._update_commands()
        self._hide_other_windows()
        self.locked.emit()
        QTimer.singleShot(0, self.prompt_unlock)

    def prompt_unlock(self) -> None:
        if not self.is_locked or self._unlocking:
            return
        self._unlocking = True
        try:
            unlocked = self._unlocker(self.context, self)
        finally:
            self._unlocking = False
        if unlocked and self.is_locked:
            self.unlock()

    def unlock(self) -> None:
        """Show the work again (after the password was checked)."""
        self.is_locked = False
        self.shell.setCurrentWidget(self.workspace)
        for menu in self._menus:
            menu.setEnabled(True)
        self.lock_action.setEnabled(True)
        self._update_commands()
        for window in self._hidden_windows:
            window.show()
        self._hidden_windows = []
        for cover in self._covers:
            cover.deleteLater()
        self._covers = []
        self.idle_watcher.start()
        self.unlocked.emit()

    def _hide_other_windows(self) -> None:
        """Non-modal windows of ours (e.g. a patient file) hide with the main window."""
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible():
                continue
            if isinstance(widget, QDialog) and widget.isModal():
                # Hiding would end its exec() and lose what was typed; an
                # opaque cover keeps the patient's data out of sight instead.
                self._covers.append(_LockCover(widget))
                continue
            widget.hide()
            self._hidden_windows.append(widget)

    # -- leaving -------------------------------------------------------------

    def sign_out(self) -> None:
        self.signed_out = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle_watcher.stop()
        if self.reminders is not None:
            self.reminders.shutdown()
        for window in self._hidden_windows:
            window.close()
        self._hidden_windows = []
        super().closeEvent(event)
        if event.isAccepted():
            # The database closes after this signal; work still running on it ends first.
            wait_for_the_worker()
            self.closed.emit(self.signed_out)

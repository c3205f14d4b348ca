"""Starting the GUI: the application object, translators, then wizard, sign-in and window.

Start-up time matters (DESIGN §9: under 700 ms to the sign-in dialog): this
module imports only Qt and the light parts of ``app``.  SQLAlchemy, SQLCipher
and Argon2 (``app.practice``) load on a background thread while the user types
their password; ReportLab loads only when a PDF is written.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.clock import Clock, SystemClock
from app.resources import resource_path
from ui.i18n import choose_language, install_translators

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from app.access import Actor
    from app.practice import PracticeDatabase

log = logging.getLogger(__name__)

APP_NAME = "Relais"
ORGANIZATION = "Relais"
MIN_POINT_SIZE = 10.0
# Native styles that look right; anywhere else (Linux desktops, the old Windows
# style) Fusion gives a consistent, readable look.
GOOD_NATIVE_STYLES = frozenset({"macos", "windowsvista", "windows11"})
# Set to make the process print "startup_ms=<n>" and quit once the first
# dialog has painted (the start-up benchmark).
STARTUP_PROBE_ENV = "RELAIS_STARTUP_PROBE"
_IMPORTED_AT = time.perf_counter()


def ms_since_process_start() -> float:
    """From the process's start (Linux: /proc) or else from this module's import."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _IMPORTED_AT) * 1000


def create_application(argv: list[str]) -> QApplication:
    """The QApplication with Relais's name, style and minimum font (reused by tests, bench)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    # Title bars and the task bar on Linux and Windows; macOS takes the bundle's .icns.
    app.setWindowIcon(QIcon(str(resource_path("icons", "relais.png"))))
    style = app.style()
    if style is None or style.name().lower() not in GOOD_NATIVE_STYLES:
        app.setStyle("Fusion")
    font = QFont(app.font())
    # Point sizes follow the system's scaling (DPI); only raise a font that is too small.
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    return app


def preload_core() -> threading.Thread:
    """Import the database layer on a thread while the first dialog waits for the user.

    Started only once that dialog has painted: before, the import would compete with
    the GUI thread for the GIL and delay the first paint.
    """

    thread = threading.Thread(
        target=importlib.import_module, args=("app.practice",), name="relais-preload", daemon=True
    )
    thread.start()
    return thread


class _AfterFirstPaint(QObject):
    """Runs a function once, just after the first window of the process has painted."""

    def __init__(self, app: QApplication, run: Callable[[], object]) -> None:
        super().__init__(app)
        self._run: Callable[[], object] | None = run
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._run is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            QTimer.singleShot(0, self._run)
            self._run = None
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        return False


class _StartupProbe(QObject):
    """Prints the time from process start to the first painted dialog, then quits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            elapsed_ms = ms_since_process_start()
            sys.stdout.write(f"startup_ms={elapsed_ms:.0f} window={type(watched).__name__}\n")
            sys.stdout.flush()
            os._exit(0)  # the benchmark only wants the time; skip an orderly teardown
        return False


def run_gui(location: Path | URL, argv: list[str]) -> int:
    """Open Relais on ``location``: for a file, the first-run wizard if it does not exist;
    then sign-in."""
    app = create_application(argv)
    language = install_translators(app, choose_language())
    app.setQuitOnLastWindowClosed(False)
    if os.environ.get(STARTUP_PROBE_ENV):
        probe = _StartupProbe(app)
        app.installEventFilter(probe)
    clock: Clock = SystemClock()
    preloads: list[threading.Thread] = []
    _AfterFirstPaint(app, lambda: preloads.append(preload_core()))
    try:
        opened: tuple[PracticeDatabase, Actor] | None = None
        if isinstance(location, Path) and not location.exists():
            from ui.wizard import FirstRunWizard

            opened = FirstRunWizard.ask(location, clock)
            if opened is None:
                return 0
        while True:
            if opened is None:
                from ui.login import LoginDialog

                opened = LoginDialog.ask(location, clock)
                if opened is None:
                    return 0
            database, actor = opened
            opened = None
            try:
                signed_out, code = _run_main_window(app, database, actor, clock, language)
            finally:
                database.close()
            if not signed_out:
                return code
    finally:
        for thread in preloads:
            thread.join(timeout=10)


def _run_main_window(
    app: QApplication,
    database: PracticeDatabase,
    actor: Actor,
    clock: Clock,
    language: str,
) -> tuple[bool, int]:
    """Show the window until it closes; (signed out?, exit code)."""
    from app.settings import load_practice
    from ui.context import UiContext
    from ui.main_window import MainWindow
    from ui.scheduler import ReminderScheduler

    with database.read_session() as session:
        settings = load_practice(session)
    practice_language = choose_language(settings.language)
    if practice_language != language:
        install_translators(app, practice_language)
    context = UiContext(database, actor, clock, settings)
    reminders = ReminderScheduler(context)
    window = MainWindow(context, reminders=reminders)
    reminders.setParent(window)
    reminders.start()
    outcome: dict[str, bool] = {"signed_out": False}

    def closed(signed_out: bool) -> None:
        outcome["signed_out"] = signed_out
        QTimer.singleShot(0, app.quit)

    window.closed.connect(closed)
    window.show()
    previous_hook = sys.excepthook
    sys.excepthook = _show_unexpected_error
    try:
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
        window.deleteLater()
    return outcome["signed_out"], code


def _show_unexpected_error(kind: type[BaseException], error: BaseException, tb: object) -> None:
    """An error nobody caught: log it in full, tell the user in one sentence."""
    log.error("unexpected error", exc_info=(kind, error, tb))  # type: ignore[arg-type]
    QMessageBox.critical(
        QApplication.activeWindow(),
        QApplication.translate("Relais", "Unexpected error"),
        QApplication.translate(
            "Relais",
            "Something went wrong and this action did not finish (%1). If it keeps "
            "happening, tell your administrator what you were doing.",
        ).replace("%1", f"{kind.__name__}: {error}"),
    )

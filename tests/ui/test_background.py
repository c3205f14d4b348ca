"""run_in_background: real work on the worker, progress in a dialog, cancel, errors."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.errors import Cancelled
from app.tasks import Progress
from ui.background import run_in_background


def count_to(total: int, step_seconds: float):
    def task(progress: Progress) -> int:
        for done in range(total):
            progress.update(done, total, f"item {done}")
            time.sleep(step_seconds)
        return total

    return task


def test_quick_work_returns_its_result_without_a_dialog(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[object] = []
    threads: list[str] = []

    def task(progress: Progress) -> int:
        threads.append(threading.current_thread().name)
        return sum(range(1000))

    job = run_in_background(parent, "Adding", task, results.append)
    with qtbot.waitSignal(job.finished, timeout=5_000):
        pass
    assert results == [499500]
    assert threads[0] != threading.main_thread().name
    assert parent.findChildren(QProgressDialog) == []


def test_long_work_shows_progress_and_can_be_cancelled(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[BaseException] = []
    job = run_in_background(parent, "Counting", count_to(500, 0.02), None, failures.append)
    qtbot.waitUntil(lambda: bool(parent.findChildren(QProgressDialog)), timeout=5_000)
    dialog = parent.findChildren(QProgressDialog)[0]
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=5_000)
    assert dialog.maximum() == 500
    assert dialog.labelText().startswith("item ")
    (cancel_button,) = dialog.findChildren(QPushButton)
    with qtbot.waitSignal(job.finished, timeout=5_000):
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert len(failures) == 1
    assert isinstance(failures[0], Cancelled)
    assert job.done
    assert job.progress.snapshot()[0] < 499  # it stopped early


def test_an_error_comes_back_to_the_gui_thread(qtbot: QtBot) -> None:
    failures: list[BaseException] = []
    on_thread: list[bool] = []

    def broken(progress: Progress) -> None:
        raise ValueError("bad row 17")

    def failed(error: BaseException) -> None:
        on_thread.append(threading.current_thread() is threading.main_thread())
        failures.append(error)

    job = run_in_background(None, "Breaking", broken, None, failed)
    with qtbot.waitSignal(job.finished, timeout=5_000):
        pass
    assert [str(error) for error in failures] == ["bad row 17"]
    assert on_thread == [True]


class _RecordsWhereItDies:
    """A task whose last reference, wherever it is dropped, says on which thread."""

    def __init__(self, release: threading.Event, died_on: list[str]) -> None:
        self.release = release
        self.died_on = died_on

    def __call__(self, progress: Progress) -> str:
        self.release.wait(5)
        return "done"

    def __del__(self) -> None:
        self.died_on.append(threading.current_thread().name)


def test_closing_the_widget_mid_task_releases_everything_on_the_gui_thread(
    qtbot: QtBot,
) -> None:
    parent = QWidget()
    release = threading.Event()
    died_on: list[str] = []
    results: list[object] = []
    # Held in a list so the test can let go of its last reference once the task is done.
    jobs = [
        run_in_background(parent, "Reading", _RecordsWhereItDies(release, died_on), results.append)
    ]
    with qtbot.waitSignal(parent.destroyed, timeout=5_000):
        parent.deleteLater()
    release.set()
    qtbot.waitUntil(lambda: jobs[0].done, timeout=5_000)
    jobs.clear()
    qtbot.waitUntil(lambda: bool(died_on), timeout=5_000)
    assert died_on == [threading.main_thread().name]
    assert results == []  # nobody is left to receive it, not even `finished`

"""The Patients view: search as you type, count, open on Enter, roles, keystroke timing."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication

from app.access import Actor, Permission
from app.patients import PatientForm, create_patient, validate
from db.models import Role
from tests.ui.patients.conftest import fill, fill_fast, type_text
from ui.context import UiContext
from ui.patients import table_model
from ui.patients.editor import PatientEditor, practice_today
from ui.patients.import_dialog import ImportDialog
from ui.patients.view import PatientsView

# The offscreen platform says this whenever a window is shown; it is not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"


def _add(context: UiContext, **fields: str) -> int:
    with context.database.transaction() as session:
        data = validate(PatientForm(**fields), "FR", practice_today(context))
        return create_patient(session, context.clock, context.actor, data).id


@pytest.fixture
def view(qtbot, context) -> PatientsView:
    widget = PatientsView(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    return widget


def _names(view: PatientsView) -> list[str]:
    return [view.model.index(row, table_model.NAME).data() for row in range(view.model.rowCount())]


def test_search_as_you_type_finds_by_name_phone_and_birth_date(qtbot, context) -> None:
    helene = _add(context, last_name="Lefèvre", first_name="Hélène", birth_date="12/03/1950",
                  mobile="06 12 34 56 78")  # fmt: skip
    _add(context, last_name="Dupont", first_name="Marie", birth_date="02/07/1961",
         mobile="07 98 76 54 32")  # fmt: skip
    view = PatientsView(context)
    qtbot.addWidget(view)
    assert view.count_label.text() == "2 patient(s)"
    type_text(view.search, "helene")
    assert view.model.ids == [helene]
    assert view.count_label.text() == "1 patient(s) found"
    view.search.clear()
    type_text(view.search, "06 12")
    assert _names(view) == ["LEFÈVRE Hélène"]
    view.search.clear()
    type_text(view.search, "02/07/1961")
    assert _names(view) == ["DUPONT Marie"]
    view.search.clear()
    type_text(view.search, "zzz")
    assert view.count_label.text() == "No patient matches this search"
    assert view.search.placeholderText() == "Name, birth date, phone or e-mail"


def test_enter_with_one_match_opens_that_patient(qtbot, view, monkeypatch) -> None:
    pid = _add(view.context, last_name="Roux", first_name="Émile", birth_date="01/01/1940")
    _add(view.context, last_name="Martin", first_name="Zoé", birth_date="01/01/1990")
    view.refresh()
    opened: list[int | None] = []
    monkeypatch.setattr(
        PatientEditor, "ask", classmethod(lambda cls, ctx, p, parent=None: opened.append(p))
    )
    type_text(view.search, "rou")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert opened == [pid]
    view.search.clear()  # two matches: Enter moves to the table instead
    view.table.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert opened == [pid]
    assert view.selected_patient_id() is not None
    view.select_patient(pid)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter on a row opens it too
    assert opened == [pid, pid]


def test_new_patient_is_selected_after_saving(qtbot, view, monkeypatch) -> None:
    _add(view.context, last_name="Martin", first_name="Zoé", birth_date="01/01/1990")

    def create(cls, context, patient_id, parent=None):
        return _add(context, last_name="Benoît", first_name="Agnès", birth_date="05/05/1955")

    monkeypatch.setattr(PatientEditor, "ask", classmethod(create))
    type_text(view.search, "martin")
    view.new_patient()
    # The search hid the new patient: it is cleared so the new row can be selected.
    assert view.search.text() == ""
    assert view.model.index(view.table.currentIndex().row(), 0).data() == "BENOÎT Agnès"


def test_a_committed_import_refreshes_the_list(qtbot, view, monkeypatch) -> None:
    assert view.model.rowCount() == 0

    class Report:
        committed = True
        dry_run = False

    def run(cls, context, path=None, parent=None):
        _add(context, last_name="Durand", first_name="Loïc", birth_date="03/03/1983")
        return Report()

    monkeypatch.setattr(ImportDialog, "ask", classmethod(run))
    with qtbot.waitSignal(view.imported):
        view.import_patients()
    assert _names(view) == ["DURAND Loïc"]


def test_buttons_follow_the_role(qtbot, context) -> None:
    practitioner = Actor(user_id=None, username="dr.roux", role=Role.PRACTITIONER)
    assert not practitioner.can(Permission.IMPORT_PATIENTS)
    view = PatientsView(UiContext(context.database, practitioner, context.clock, context.settings))
    qtbot.addWidget(view)
    assert view.new_button.isEnabled()
    assert not view.import_button.isEnabled()
    assert "role" in view.import_button.toolTip()


def test_ctrl_f_focuses_the_search_and_ctrl_n_creates(qtbot, view, monkeypatch) -> None:
    shortcuts = {s.key().toString(): s for s in view.findChildren(QShortcut)}
    assert set(shortcuts) >= {"Ctrl+F", "Ctrl+N"}
    view.show()
    qtbot.waitExposed(view)
    view.table.setFocus()
    view.search.setText("dup")
    shortcuts["Ctrl+F"].activated.emit()
    assert view.search.hasFocus() or QApplication.focusWidget() is None  # offscreen: no focus
    assert view.search.selectedText() == "dup"
    opened: list[int | None] = []
    monkeypatch.setattr(
        PatientEditor, "ask", classmethod(lambda cls, ctx, p, parent=None: opened.append(p))
    )
    shortcuts["Ctrl+N"].activated.emit()
    assert opened == [None]


def test_screenshot_patients_view(qtbot, context) -> None:
    fill(context.database, context.clock, 300)
    SCREENSHOTS.mkdir(exist_ok=True)
    view = PatientsView(context)
    qtbot.addWidget(view)
    view.resize(1200, 560)
    view.show()
    qtbot.waitExposed(view)
    assert view.grab().save(str(SCREENSHOTS / "patients_view.png"))
    type_text(view.search, "lef")
    view.select_patient(view.model.ids[1])
    qtbot.wait(10)
    assert view.grab().save(str(SCREENSHOTS / "patients_view_search.png"))


@pytest.mark.slow
def test_keystroke_to_repaint_at_100_000_patients(qtbot, context) -> None:
    """Type a character, search, repaint: DESIGN §8 target p95 under 25 ms (reported)."""
    fill_fast(context.database, context.clock, 100_000)
    view = PatientsView(context)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(1)
    samples: list[float] = []
    searches: list[float] = []
    fetches: list[float] = []
    words = ["dupont marie", "lef", "hélène martin", "0670001", "06 70 00 12", "12/03/1950",
             "roux", "garcia léa", "n'diaye", "le gall", "guérin"]  # fmt: skip
    for word in words:
        view.search.clear()
        for char in word:
            started = time.perf_counter()
            type_text(view.search, char)
            view.table.viewport().repaint()
            samples.append((time.perf_counter() - started) * 1000)
            searches.append(view.model.last_search_ms)
            fetches.append(view.model.last_fetch_ms)
            QApplication.processEvents()
    samples.sort()
    p50 = statistics.median(samples)
    p95 = samples[int(len(samples) * 0.95) - 1]
    print(
        f"\nkeystroke-to-repaint at 100,000 patients over {len(samples)} keys: "
        f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {samples[-1]:.1f} ms; "
        f"search p50 {statistics.median(searches):.1f} ms; "
        f"page fetch p50 {statistics.median(fetches):.1f} ms"
    )
    assert view.model.rowCount() > 0
    assert p95 < 250  # a loose guard; the target (25 ms) is tracked by `make bench`

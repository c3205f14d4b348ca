"""The lazy patient table model: ids in name order, rows fetched by page, qtmodeltester."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from app.clock import FixedClock
from app.patients import PatientForm, create_patient, validate
from app.practice import PracticeDatabase
from tests.ui.patients.conftest import fill, fill_fast
from ui.patients import table_model
from ui.patients.table_model import PatientIdRole, PatientTableModel, age_on

TODAY = date(2026, 11, 28)


def _add(database: PracticeDatabase, clock: FixedClock, actor, **fields: object) -> int:
    form = PatientForm(**{"sex": "F", **fields})  # type: ignore[arg-type]
    with database.transaction() as session:
        return create_patient(session, clock, actor, validate(form, "FR", TODAY)).id


def test_empty_register_passes_the_model_tester(database, qtmodeltester) -> None:
    model = PatientTableModel(database, TODAY)
    model.set_search("")
    assert model.rowCount() == 0
    assert model.columnCount() == table_model.COLUMN_COUNT
    qtmodeltester.check(model)
    model.set_search("nobody")
    qtmodeltester.check(model)


def test_two_thousand_patients_pass_the_model_tester(database, clock, qtmodeltester) -> None:
    fill(database, clock, 2_000)
    model = PatientTableModel(database, TODAY)
    model.set_search("")
    assert model.rowCount() == 2_000
    qtmodeltester.check(model)
    model.set_search("dup")
    assert 0 < model.rowCount() < 2_000
    qtmodeltester.check(model)
    model.set_search("zzz")
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_rows_show_what_a_receptionist_reads(database, clock, admin) -> None:
    pid = _add(
        database,
        clock,
        admin,
        last_name="Lefèvre",
        first_name="Hélène",
        birth_date="12/03/1950",
        mobile="06 12 34 56 78",
        email="helene.lefevre@exemple.fr",
        street="3 rue Garibaldi",
        postcode="69003",
        city="Lyon",
        no_digital_access=True,
    )
    model = PatientTableModel(database, TODAY)
    model.set_search("")
    assert model.rowCount() == 1

    def cell(column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(0, column).data(role)

    assert cell(table_model.NAME) == "LEFÈVRE Hélène"
    assert cell(table_model.BIRTH_DATE) == "12/03/1950"
    assert cell(table_model.AGE) == "76"
    assert cell(table_model.PHONE) == "06 12 34 56 78"
    assert cell(table_model.EMAIL) == "helene.lefevre@exemple.fr"
    assert cell(table_model.CITY) == "LYON"
    # Paper-only is said in words, not only shown by a colour.
    assert cell(table_model.STATUS) == "Paper only"
    assert "letters" in str(cell(table_model.STATUS, Qt.ItemDataRole.ToolTipRole))
    assert cell(table_model.NAME, PatientIdRole) == pid
    assert f"#{pid}" in str(cell(table_model.NAME, Qt.ItemDataRole.ToolTipRole))
    assert cell(table_model.AGE, Qt.ItemDataRole.AccessibleTextRole) == "76 year(s) old"
    assert model.headerData(table_model.NAME, Qt.Orientation.Horizontal) == "Name"
    assert model.data(QModelIndex()) is None


def test_search_replaces_the_rows(database, clock, admin) -> None:
    hel = _add(
        database, clock, admin, last_name="Martin", first_name="Hélène", birth_date="01/02/1960"
    )
    _add(database, clock, admin, last_name="Dupont", first_name="Marie", birth_date="12/03/1950",
         mobile="06 12 34 56 78")  # fmt: skip
    model = PatientTableModel(database, TODAY)
    resets: list[str] = []
    model.modelReset.connect(lambda: resets.append(model.search_text))
    model.set_search("helene")
    assert model.ids == [hel]
    model.set_search("06 12")
    assert [model.index(0, table_model.NAME).data()] == ["DUPONT Marie"]
    model.set_search("12/03/1950")
    assert model.rowCount() == 1
    assert resets == ["helene", "06 12", "12/03/1950"]


def test_age_counts_whole_years() -> None:
    assert age_on(date(1950, 3, 12), date(2026, 3, 11)) == 75
    assert age_on(date(1950, 3, 12), date(2026, 3, 12)) == 76


def test_only_shown_pages_are_fetched(database, clock) -> None:
    fill(database, clock, 2_000)
    model = PatientTableModel(database, TODAY)
    model.set_search("")
    assert model.fetched_pages == []  # a reset fetches nothing by itself
    model.index(0, 0).data()
    model.index(model.page_size - 1, 0).data()
    assert model.fetched_pages == [0]
    model.index(1_999, 0).data()
    assert model.fetched_pages == [0, 1_999 // model.page_size]
    # A refined search reuses the rows it already has: no query for known ids.
    model.set_search("")
    model.index(0, 0).data()
    assert model.fetched_pages == []


@pytest.mark.slow
def test_scrolling_to_the_end_of_100_000_fetches_only_what_it_shows(database, clock, qtbot) -> None:
    fill_fast(database, clock, 100_000)
    model = PatientTableModel(database, TODAY)
    started = time.perf_counter()
    model.set_search("")
    search_ms = (time.perf_counter() - started) * 1000
    assert model.rowCount() == 100_000
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.verticalHeader().setSectionResizeMode(view.verticalHeader().ResizeMode.Fixed)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(1)  # let the view lay its rows out
    view.viewport().repaint()
    assert model.fetched_pages == [0]
    started = time.perf_counter()
    view.scrollToBottom()
    view.viewport().repaint()
    jump_ms = (time.perf_counter() - started) * 1000
    last_page = (100_000 - 1) // table_model.PAGE_SIZE
    # The last screen spans at most the last two pages; nothing in between is read.
    assert set(model.fetched_pages) - {0} <= {last_page - 1, last_page}
    assert len(model.fetched_pages) <= 3
    assert model.index(99_999, 0).data()
    print(f"\nall ids: {search_ms:.1f} ms; jump to the end and paint: {jump_ms:.1f} ms")

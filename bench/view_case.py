"""Keystroke to repaint in the Patients view over the full encrypted database.

Each keystroke is what Qt does when a receptionist types: the search field's
text changes, the view searches and resets its model, and the table repaints
(``repaint()`` paints synchronously, so the time includes painting the visible
rows, which fetches their page).  The raw comparison is a QTableView over an
in-memory model of the same rows, columns and geometry: Qt's own cost for a
reset and a repaint of the same cells.
"""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from sqlalchemy import Engine

from app.access import SYSTEM
from app.clock import SystemClock
from app.normalize import phone_display
from app.patients import PatientData
from app.practice import PracticeDatabase
from app.settings import PracticeSettings
from bench.__main__ import percentile
from db.keys import DataKey

KEYSTROKES_PER_NAME = 6
NAMES = 60


class _BareModel(QAbstractTableModel):
    def __init__(self, rows: list[tuple[str, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def replace(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()


def _same_look(table: QTableView, bare: QTableView) -> None:
    """Give the raw view the Patients table's geometry, so both paint the same cells."""
    bare.setAlternatingRowColors(table.alternatingRowColors())
    bare.setWordWrap(table.wordWrap())
    bare.verticalHeader().setVisible(table.verticalHeader().isVisible())
    bare.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
    bare.horizontalHeader().setStretchLastSection(True)
    for column in range(7):
        bare.setColumnWidth(column, table.columnWidth(column))


def _typed(items: list[PatientData]) -> list[str]:
    rng = random.Random(5)
    texts = []
    for _ in range(NAMES):
        name = rng.choice(items).last_name
        texts += [name[:n] for n in range(1, min(len(name), KEYSTROKES_PER_NAME) + 1)]
        texts.append("")  # cleared for the next patient: back to the full list
    return texts


def measure(path: Path, engine: Engine, key: DataKey, items: list[PatientData]) -> dict[str, Any]:
    from ui.app import create_application
    from ui.context import UiContext
    from ui.patients.view import PatientsView

    app = create_application([])
    database = PracticeDatabase(path, engine, key)
    context = UiContext(database, SYSTEM, SystemClock(), PracticeSettings(name="Bench"))
    view = PatientsView(context)
    view.resize(1200, 800)
    view.show()
    app.processEvents()

    rows = [
        (
            f"{p.last_name.upper()} {p.first_name}",
            p.birth_date.strftime("%d/%m/%Y"),
            str(2026 - p.birth_date.year),
            phone_display(p.contacts[0].value),
            next((c.value for c in p.contacts if c.kind.value == "email"), ""),
            "PARIS",
            "",
        )
        for p in items
    ]
    bare_model = _BareModel(rows)
    bare = QTableView()
    bare.setModel(bare_model)
    _same_look(view.table, bare)
    bare.resize(1200, 800)
    bare.show()
    app.processEvents()

    relais_ms: list[float] = []
    typed_ms: list[float] = []
    bare_ms: list[float] = []
    by_length: dict[int, list[float]] = {}
    texts = _typed(items)
    for text in texts[:20]:  # warm-up: caches and code paths
        view.search.setText(text)
        view.table.viewport().repaint()
    for text in texts:
        start = time.perf_counter()
        view.search.setText(text)
        view.table.viewport().repaint()
        elapsed = (time.perf_counter() - start) * 1000
        relais_ms.append(elapsed)
        if text:
            typed_ms.append(elapsed)
        by_length.setdefault(len(text), []).append(elapsed)
        app.processEvents()

        matching = rows[: view.model.rowCount()]
        start = time.perf_counter()
        bare_model.replace(matching)
        bare.viewport().repaint()
        bare_ms.append((time.perf_counter() - start) * 1000)
        app.processEvents()
    view.close()
    bare.close()
    return {
        "keystrokes": len(texts),
        "relais_p50_ms": round(percentile(relais_ms, 50), 2),
        "relais_p95_ms": round(percentile(relais_ms, 95), 2),
        "typed_only_p95_ms": round(percentile(typed_ms, 95), 2),
        "by_characters_p95_ms": {
            n: round(percentile(values, 95), 2) for n, values in sorted(by_length.items())
        },
        "bare_p50_ms": round(percentile(bare_ms, 50), 2),
        "bare_p95_ms": round(percentile(bare_ms, 95), 2),
    }

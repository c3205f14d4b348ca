"""The benchmark cases. Each takes a work folder and the generated patients."""

from __future__ import annotations

import csv
import io
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app import patients as patient_service
from app.clock import FixedClock
from app.patients import PatientData
from bench import data
from bench.__main__ import REPO, percentile
from db import schema
from db.engine import create_encrypted_engine, create_plain_engine, read_only
from db.keys import DataKey

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
SEARCH_QUERIES = 600


def _fill(engine: Engine, items: list[PatientData]) -> float:
    schema.upgrade(engine)
    start = time.perf_counter()
    with Session(engine) as session, session.begin():
        for offset in range(0, len(items), 5000):
            patient_service.insert_many(session, NOW, items[offset : offset + 5000])
    return time.perf_counter() - start


_engines: dict[str, Engine] = {}
ENCRYPTED_KEY = DataKey.generate()


def engines(work: Path, items: list[PatientData]) -> dict[str, Engine]:
    """One encrypted and one plain database with the same schema and rows (built once)."""
    if not _engines:
        encrypted = create_encrypted_engine(work / "bench.relais", ENCRYPTED_KEY)
        plain = create_plain_engine(work / "bench-plain.sqlite")
        _fill(encrypted, items)
        _fill(plain, items)
        _engines.update(encrypted=encrypted, plain=plain)
    return _engines


def search(work: Path, items: list[PatientData]) -> dict[str, Any]:
    """search_ids() as the Patients view calls it: one read session per keystroke,
    the first SEARCH_LIMIT matches (the view says "type more" beyond)."""
    limit = patient_service.SEARCH_LIMIT + 1
    pair = engines(work, items)
    queries = data.typed_queries(items, SEARCH_QUERIES)
    timings: dict[str, list[float]] = {"encrypted": [], "plain": []}
    matches = []
    for query in queries[:50]:  # warm both caches the same way
        for engine in pair.values():
            with Session(read_only(engine)) as session:
                patient_service.search_ids(session, query, limit=limit)
    for query in queries:
        for name in ("encrypted", "plain"):  # interleaved, so drift hits both
            with Session(read_only(pair[name])) as session:
                start = time.perf_counter()
                found = patient_service.search_ids(session, query, limit=limit)
                timings[name].append((time.perf_counter() - start) * 1000)
        matches.append(len(found))
    result: dict[str, Any] = {
        "queries": len(queries),
        "median_matches": statistics.median(matches),
        "max_matches": max(matches),
    }
    for name, values in timings.items():
        result[f"{name}_p50_ms"] = round(percentile(values, 50), 3)
        result[f"{name}_p95_ms"] = round(percentile(values, 95), 3)
    result["ratio_p50"] = round(result["encrypted_p50_ms"] / result["plain_p50_ms"], 2)
    result["ratio_p95"] = round(result["encrypted_p95_ms"] / result["plain_p95_ms"], 2)
    return result


def _csv_bytes(items: list[PatientData]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [
            "N° dossier",
            "Nom",
            "Prénom",
            "Date de naissance",
            "Sexe",
            "Portable",
            "Email",
            "Adresse",
            "Code postal",
            "Ville",
        ]
    )
    for i, item in enumerate(items):
        mobile = item.contacts[0].value
        email = next((c.value for c in item.contacts if c.kind.value == "email"), "")
        writer.writerow(
            [
                f"IMP-{i:06d}",
                item.last_name,
                item.first_name,
                item.birth_date.strftime("%d/%m/%Y"),
                item.sex.value,
                "0" + mobile[3:],
                email,
                f"{i} rue des Lilas",
                "69003",
                "Lyon",
            ]
        )
    return buffer.getvalue().encode("cp1252", errors="replace")


def import_csv(work: Path, items: list[PatientData]) -> dict[str, Any]:
    """10,000 CSV rows through import_patients vs csv + executemany into plain SQLite."""
    from app.access import SYSTEM
    from app.importers.patients_csv import import_patients

    rows = items[:10000]
    content = _csv_bytes(rows)
    engine = create_encrypted_engine(work / "import.relais", DataKey.generate())
    schema.upgrade(engine)
    clock = FixedClock(NOW)
    with Session(engine) as session, session.begin():
        start = time.perf_counter()
        report = import_patients(session, clock, SYSTEM, content, source_name="bench.csv")
        relais_s = time.perf_counter() - start
    engine.dispose()

    raw = sqlite3.connect(work / "import-raw.sqlite")
    raw.execute(
        "CREATE TABLE p (ext TEXT UNIQUE, last TEXT, first TEXT, born TEXT, sex TEXT, "
        "mobile TEXT, email TEXT, street TEXT, postcode TEXT, city TEXT)"
    )
    start = time.perf_counter()
    reader = csv.reader(io.StringIO(content.decode("cp1252")), delimiter=";")
    next(reader)
    with raw:
        raw.executemany("INSERT INTO p VALUES (?,?,?,?,?,?,?,?,?,?)", list(reader))
    raw_s = time.perf_counter() - start
    raw.close()
    return {
        "rows": len(rows),
        "created": report.created,
        "rejected": len(report.errors),
        "relais_seconds": round(relais_s, 3),
        "rows_per_second": round(len(rows) / relais_s),
        "raw_sqlite_seconds": round(raw_s, 3),
        "ratio_vs_raw": round(relais_s / raw_s, 1),
    }


def view(work: Path, items: list[PatientData]) -> dict[str, Any]:
    """Keystroke to repaint in the Patients view at full size, vs a bare view of the same rows."""
    from bench import view_case

    pair = engines(work, items)
    return view_case.measure(work / "bench.relais", pair["encrypted"], ENCRYPTED_KEY, items)


def startup(work: Path, items: list[PatientData]) -> dict[str, Any]:
    """Process start to the painted sign-in dialog, vs a process that paints an empty QDialog.

    Both are timed from the process's own start (``RELAIS_STARTUP_PROBE``,
    read from /proc by ui.app), so interpreter start-up counts on both sides.
    """
    from app.clock import SystemClock
    from app.practice import create_practice

    db_path = work / "startup.relais"
    if not db_path.exists():
        database, _ = create_practice(
            db_path,
            SystemClock(),
            admin_username="admin",
            admin_full_name="Admin",
            admin_password="startup-bench",
        )
        database.close()
    bare_script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QDialog\n"
        "from ui.app import ms_since_process_start\n"
        "a = QApplication(sys.argv); d = QDialog(); d.show(); a.processEvents()\n"
        "print(f'startup_ms={ms_since_process_start():.0f}', flush=True)\n"
    )
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "RELAIS_STARTUP_PROBE": "1",
        "HOME": str(work),
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(REPO),
    }
    timings: dict[str, list[float]] = {"relais": [], "bare": []}
    for _ in range(7):
        for name, command in (
            ("relais", [sys.executable, str(REPO / "main.py"), "--db", str(db_path)]),
            ("bare", [sys.executable, "-c", bare_script]),
        ):
            done = subprocess.run(
                command, capture_output=True, text=True, env=env, timeout=60, check=False, cwd=REPO
            )
            line = next((x for x in done.stdout.splitlines() if x.startswith("startup_ms=")), None)
            if line is None:
                raise RuntimeError(f"{name} start-up did not paint: {done.stderr[-500:]}")
            timings[name].append(float(line.split()[0].split("=")[1]))
    relais = statistics.median(timings["relais"])
    bare = statistics.median(timings["bare"])
    return {
        "relais_median_ms": round(relais),
        "relais_max_ms": round(max(timings["relais"])),
        "bare_qt_median_ms": round(bare),
        "ratio": round(relais / bare, 2),
    }


def planning(work: Path, items: list[PatientData]) -> dict[str, Any]:
    from bench.planning_case import planning as run

    return run(work, items)


def dispatch(work: Path, items: list[PatientData]) -> dict[str, Any]:
    from bench.dispatch_case import throughput

    return throughput(work, items)


def recalls(work: Path, items: list[PatientData]) -> dict[str, Any]:
    from bench.recalls_case import recall_programmes

    return recall_programmes(work, items)


def gui_tick(work: Path, items: list[PatientData]) -> dict[str, Any]:
    from bench.dispatch_case import gui_during_tick

    return gui_during_tick(work, items)


def letters(work: Path, items: list[PatientData]) -> dict[str, Any]:
    from bench.letters_case import letters_batch

    return letters_batch(work, items)


def trust_dashboard(work: Path, items: list[PatientData]) -> dict[str, Any]:
    from bench.dashboard_case import trust_dashboard as run

    return run(work, items)


def postgres(work: Path, items: list[PatientData]) -> dict[str, Any]:
    from bench.postgres_case import server_beside_file

    return server_beside_file(work, items)


ALL = [
    ("search", search),
    ("import", import_csv),
    ("view", view),
    ("startup", startup),
    ("planning", planning),
    ("dispatch", dispatch),
    ("gui_tick", gui_tick),
    ("recalls", recalls),
    ("letters", letters),
    ("dashboard", trust_dashboard),
    ("postgres", postgres),
]


def table(results: dict[str, Any]) -> list[tuple[str, str, str, str]]:  # noqa: PLR0915 -- one add per row
    rows: list[tuple[str, str, str, str]] = []

    def add(
        label: str, value: float, unit: str, target: float | None, lower_is_better: bool = True
    ):
        text = f"{value:g} {unit}".strip()
        if target is None:
            rows.append((label, text, "", ""))
            return
        ok = value <= target if lower_is_better else value >= target
        rows.append(
            (label, text, f"{'<' if lower_is_better else '>'} {target:g}", "ok" if ok else "MISSED")
        )

    s = results.get("search", {})
    if s:
        add("search p50, encrypted", s["encrypted_p50_ms"], "ms", None)
        add("search p95, encrypted", s["encrypted_p95_ms"], "ms", 2)
        add("search p50, plain SQLite", s["plain_p50_ms"], "ms", None)
        add("search p95, plain SQLite", s["plain_p95_ms"], "ms", None)
        add("search p95 encrypted/plain", s["ratio_p95"], "x", 1.5)
    i = results.get("import", {})
    if i:
        add("import 10k rows", i["rows_per_second"], "rows/s", 5000, lower_is_better=False)
        add("import / raw csv+executemany", i["ratio_vs_raw"], "x", None)
    v = results.get("view", {})
    if v:
        add("keystroke to repaint p50", v["relais_p50_ms"], "ms", None)
        add("keystroke to repaint p95", v["relais_p95_ms"], "ms", 25)
        add("bare view repaint p95", v["bare_p95_ms"], "ms", None)
    p = results.get("planning", {})
    if p:
        add("plan, first run (all new)", p["cold_plan_ms"], "ms", None)
        add("plan a day (200k reminders)", p["relais_median_ms"], "ms", 1000)
        add("same selection, raw SQL plain", p["raw_query_median_ms"], "ms", None)
        add("planning / raw selection", p["ratio"], "x", 2)
    r = results.get("recalls", {})
    if r:
        add("recalls: first refresh (all new)", r["cold_refresh_ms"], "ms", None)
        add("recalls: refresh a steady day", r["steady_refresh_median_ms"], "ms", None)
        add("same cohorts, raw SQL plain", r["raw_cohorts_ms"], "ms", None)
        add("preview diabetes (tag)", r["preview_diabetes_ms"], "ms", None)
        add("preview flu 65+", r["preview_flu_ms"], "ms", None)
        add("preview screening 50-74", r["preview_screening_ms"], "ms", None)
    _letters_rows(add, results.get("letters", {}))
    _dashboard_rows(add, results.get("dashboard", {}))
    _postgres_rows(add, rows, results.get("postgres", {}))
    d = results.get("dispatch", {})
    if d:
        add("dispatch e-mails to local SMTP", d["relais_per_second"], "msg/s", None)
        add("raw smtplib, one connection", d["raw_smtplib_per_second"], "msg/s", None)
    g = results.get("gui_tick", {})
    if g:
        add("longest GUI-thread gap in a tick", g["longest_gui_gap_ms"], "ms", 100)
    u = results.get("startup", {})
    if u:
        add("start to login dialog (median)", u["relais_median_ms"], "ms", 700)
        add("start to bare QDialog (median)", u["bare_qt_median_ms"], "ms", None)
    return rows


def _letters_rows(add: Any, run: dict[str, Any]) -> None:
    if not run:
        return
    add("print run, 1,000 letters (best)", run["relais_seconds"], "s", 4)
    add("print run, 1,000 letters (median)", run["relais_median_s"], "s", None)
    add("print run pages per second", run["pages_per_second"], "pages/s", None)
    add("raw ReportLab canvas, same lines (best)", run["raw_canvas_seconds"], "s", None)
    add("print run / raw canvas", run["ratio_vs_canvas"], "x", 2)
    add("print run / raw canvas, CPU time", run["cpu_ratio_vs_canvas"], "x", None)
    add("print run PDF size", round(run["pdf_bytes"] / 2**20, 2), "MB", None)
    for size in (250, 500, 1000, 2000):
        add(f"peak memory, {size} letters", run[f"peak_mb_{size}"], "MB", None)
        add("  of which beyond the PDF", run[f"beyond_pdf_mb_{size}"], "MB", None)
    add("beyond the PDF, 2,000 / 1,000 letters", run["beyond_pdf_growth"], "x", 1.1)


def _dashboard_rows(add: Any, run: dict[str, Any]) -> None:
    if not run:
        return
    add("dashboard, 12 months, 1M messages", run["relais_median_ms"], "ms", 2000)
    add("same aggregates, raw SQL plain", run["raw_sql_median_ms"], "ms", None)
    add("dashboard / raw SQL", run["ratio"], "x", None)
    add("dashboard on plain SQLite", run["relais_on_plain_median_ms"], "ms", None)


def _postgres_rows(add: Any, rows: list[tuple[str, str, str, str]], run: dict[str, Any]) -> None:
    if not run:
        return
    if "skipped" in run:
        rows.append(("PostgreSQL beside the file", f"skipped ({run['skipped']})", "", ""))
        return
    add("PG search p50", run["search_postgres_p50_ms"], "ms", None)
    add("PG search p95", run["search_postgres_p95_ms"], "ms", 50)
    add("file search p95, same run", run["search_encrypted_p95_ms"], "ms", None)
    add("plain search p95, same run", run["search_plain_p95_ms"], "ms", None)
    add("PG/file search p95", run["search_p95_pg_over_file"], "x", None)
    add("PG round trip (SELECT 1) p50", run["search_postgres_select_1_p50_ms"], "ms", None)
    add("PG search answers unlike file", run["search_differing_count"], "", 0)
    add("PG plan, first run (all new)", run["plan_cold_postgres_ms"], "ms", None)
    add("PG plan a day (200k reminders)", run["plan_day_postgres_median_ms"], "ms", 1000)
    add("file plan a day, same run", run["plan_day_encrypted_median_ms"], "ms", None)
    add("PG/file plan a day", run["plan_day_pg_over_file"], "x", None)
    add("raw selection on PG", run["raw_selection_postgres_median_ms"], "ms", None)
    add("raw selection plain SQLite", run["raw_selection_plain_median_ms"], "ms", None)

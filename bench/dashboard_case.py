"""The trust dashboard over 100,000 patients and 1,000,000 messages, beside raw SQL.

Two years of a large practice (:func:`bench.data.trust_history`): patients, a
consent ledger, 300,000 appointments with their outcomes and reminders, a
million messages (six in ten appointment reminders), survey answers and
complaints, written with ``executemany`` into an encrypted database and into
a plain SQLite copy with the same schema and indexes.

Relais: ``dashboard.compute`` for the last 12 months, every purpose and
channel (the heaviest view the screen offers), on the encrypted database: one
warm-up, then the median of three.  The raw engine: the same aggregates
written by hand as SQL (:data:`RAW`) on the plain copy through ``sqlite3``,
fetched to Python, median of three after a warm-up too.  Relais on the plain
copy is timed as well, to tell the cost of encryption from the cost of
SQLAlchemy.  A few figures are checked to agree between the two.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app import dashboard
from app.patients import PatientData
from bench import data
from db import schema
from db.engine import create_encrypted_engine, create_plain_engine, read_only
from db.keys import DataKey

MESSAGES = 1_000_000
RUNS = 3
# Relais never runs ANALYZE, so a practice's database has no statistics: measured
# without them by default (RELAIS_BENCH_ANALYZE=1 to see the planner with them).
ANALYZE = os.environ.get("RELAIS_BENCH_ANALYZE") == "1"
PARIS = ZoneInfo("Europe/Paris")
# The last 12 calendar months, as the screen's "last 12 months".
FILTER = dashboard.DashboardFilter(date(2025, 12, 1), date(2026, 11, 30))

_APPLICABLE = """
WITH chosen(channel) AS (VALUES ('sms'), ('email'), ('letter'), ('phone')),
applicable AS (
  SELECT e.patient_id, e.purpose_id, c.channel, e.kind, e.recorded_at, e.expires_at, e.id
  FROM consent_event e JOIN chosen c ON e.channel IS NULL OR e.channel = c.channel
  WHERE e.purpose_id IN (SELECT id FROM purpose WHERE active)
  UNION ALL
  SELECT e.patient_id, p.id, c.channel, e.kind, e.recorded_at, e.expires_at, e.id
  FROM consent_event e JOIN chosen c ON e.channel IS NULL OR e.channel = c.channel
  JOIN purpose p ON p.basis = 'consent' AND p.active
  WHERE e.purpose_id IS NULL AND e.kind = 'objected'
),
deciding AS (
  SELECT * FROM (
    SELECT patient_id, purpose_id, channel, kind, row_number() OVER (
      PARTITION BY patient_id, purpose_id, channel ORDER BY recorded_at DESC, id DESC) AS rank
    FROM applicable
    WHERE recorded_at <= :at AND NOT (kind = 'granted' AND expires_at IS NOT NULL
                                      AND expires_at <= :at))
  WHERE rank = 1
)
"""

LEFT = """(m.status IN ('sent', 'printed', 'posted')
           OR (m.status = 'called' AND m.call_outcome IN ('reached', 'voicemail')))"""

# The same aggregates as dashboard.compute, by hand and as well as we know how (an
# INDEXED BY where SQLite's planner, without statistics, would choose badly); {month}
# is a CASE over the months.
RAW: dict[str, str] = {
    "active": "SELECT count(*) FROM patient WHERE status = 'active' AND created_at <= :at",
    "coverage_and_state": _APPLICABLE
    + """
SELECT purpose_id, channel, sum(kind = 'granted'), sum(kind != 'granted')
FROM deciding d JOIN patient p ON p.id = d.patient_id
WHERE p.status = 'active' AND p.created_at <= :at
GROUP BY purpose_id, channel
""",
    "coverage_any": _APPLICABLE
    + """
SELECT purpose_id, sum(granted > 0), sum(granted = 0 AND decided = 4) FROM (
  SELECT d.patient_id, d.purpose_id, sum(kind = 'granted') AS granted, count(*) AS decided
  FROM deciding d JOIN patient p ON p.id = d.patient_id
  WHERE p.status = 'active' AND p.created_at <= :at
  GROUP BY d.patient_id, d.purpose_id)
GROUP BY purpose_id
""",
    "stops": """
WITH chosen(channel) AS (VALUES ('sms'), ('email'), ('letter'), ('phone'))
SELECT e.patient_id, coalesce(e.purpose_id, p.id), c.channel,
       max(e.kind != 'objected'), max(e.kind = 'objected')
FROM consent_event e JOIN chosen c ON e.channel IS NULL OR e.channel = c.channel
LEFT JOIN purpose p ON e.purpose_id IS NULL AND p.basis = 'consent'
WHERE e.kind IN ('withdrawn', 'refused', 'objected')
  AND e.recorded_at >= :start AND e.recorded_at < :end
GROUP BY 1, 2, 3
""",
    "delivery": """
SELECT purpose_id, channel, status, call_outcome, count(*) FROM message
WHERE status IN ('sent', 'printed', 'posted', 'called', 'failed', 'expired', 'unknown',
                 'cancelled')
  AND coalesce(sent_at, updated_at) >= :start AND coalesce(sent_at, updated_at) < :end
GROUP BY purpose_id, channel, status, call_outcome
""",
    "survey_response": """
SELECT count(*), count(answered_at) FROM survey_invitation
WHERE asked_at >= :start AND asked_at < :end
""",
    "nps": """
SELECT {month} AS month, sum(a.number >= 9), sum(a.number <= 6), count(*)
FROM survey_answer a JOIN survey_invitation i ON i.id = a.invitation_id
WHERE a.question_key = 'nps' AND a.number IS NOT NULL
  AND coalesce(i.answered_at, a.recorded_at) >= :start
  AND coalesce(i.answered_at, a.recorded_at) < :end
GROUP BY month
""",
    "attendance": f"""
SELECT reminded, outcome, count(*) FROM (
  SELECT a.outcome AS outcome,
         max(coalesce(m.sent_at, m.updated_at) < a.starts_at AND {LEFT}) AS reminded
  FROM appointment a LEFT JOIN reminder r ON r.appointment_id = a.id
  LEFT JOIN message_item mi ON mi.reminder_id = r.id
  LEFT JOIN message m ON m.id = mi.message_id
  WHERE a.starts_at >= :start AND a.starts_at < :end AND a.outcome IS NOT NULL
  GROUP BY a.id)
GROUP BY reminded, outcome
""",
    "complaints": """
SELECT received_on, acknowledge_by, acknowledged_on, answer_by, answered_on FROM complaint
WHERE received_on >= :first_day AND received_on <= :last_day
""",
    "retention": """
SELECT count(*), sum(EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = p.id
                             AND a.outcome = 'attended' AND a.starts_at >= :start
                             AND a.starts_at < :window_end))
FROM patient p
WHERE p.status NOT IN ('moved', 'deceased') AND p.id IN (
  SELECT patient_id FROM appointment WHERE outcome = 'attended'
    AND starts_at >= :cohort_start AND starts_at < :start)
""",
    "paper_reach": """
SELECT count(*), sum(every_one) FROM (
  SELECT r.patient_id, min(EXISTS (
      SELECT 1 FROM message_item mi JOIN message m ON m.id = mi.message_id
      WHERE mi.reminder_id = r.id AND (m.status = 'posted'
            OR (m.status = 'called' AND m.call_outcome = 'reached')))) AS every_one
  FROM reminder r
  WHERE r.patient_id IN (
      SELECT p.id FROM patient p LEFT JOIN preferences pr ON pr.patient_id = p.id
      WHERE p.status = 'active' AND coalesce(pr.paper_only, p.no_digital_access) = 1)
    AND r.due_at >= :start AND r.due_at < :end AND r.status != 'cancelled'
  GROUP BY r.patient_id)
""",
    # Run once per month, :first to :after.
    "per_patient_month": f"""
SELECT n, count(*) FROM (
  SELECT count(*) AS n FROM message m INDEXED BY ix_message_sent
  WHERE m.sent_at >= :first AND m.sent_at < :after AND {LEFT}
  GROUP BY m.patient_id)
GROUP BY n
""",
}


def _load(engine: Engine, history: data.TrustHistory) -> float:
    """Every table by ``executemany`` in one transaction; returns the seconds it took."""
    schema.upgrade(engine)
    start = time.perf_counter()
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute("BEGIN")
        for table, columns in data.TRUST_COLUMNS.items():
            marks = ", ".join("?" for _ in columns)
            cursor.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                history.rows[table],
            )
        cursor.execute("COMMIT")
        if ANALYZE:
            cursor.execute("ANALYZE")
    finally:
        connection.close()
    return time.perf_counter() - start


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _month_bounds(start: datetime, end: datetime) -> list[str]:
    """The period cut at each local month's start."""
    bounds = [_stamp(start)]
    month = FILTER.period_start.replace(day=1)
    while True:
        month = (month + timedelta(days=32)).replace(day=1)
        if month > FILTER.period_end:
            break
        bounds.append(_stamp(datetime(month.year, month.month, 1, tzinfo=PARIS)))
    return [*bounds, _stamp(end)]


def _month_case(column: str, zone: ZoneInfo) -> str:
    """CASE over the local month starts after the first, as dashboard._Frame.month_of."""
    bounds = []
    month = FILTER.period_start.replace(day=1)
    while True:
        month = (month + timedelta(days=32)).replace(day=1)
        if month > FILTER.period_end:
            break
        bounds.append(_stamp(datetime(month.year, month.month, 1, tzinfo=zone)))
    whens = " ".join(f"WHEN {column} < '{b}' THEN {i}" for i, b in enumerate(bounds))
    return f"CASE {whens} ELSE {len(bounds)} END"


def _raw(path: Path, now: datetime) -> tuple[float, dict[str, list[Any]]]:
    start, end = FILTER.period.bounds(PARIS)
    first = datetime(FILTER.period_start.year, FILTER.period_start.month, 1, tzinfo=PARIS)
    cohort_start = first.replace(year=first.year - 1)
    params = {
        "at": _stamp(min(end, now)),
        "start": _stamp(start),
        "end": _stamp(end),
        "first_day": FILTER.period_start.isoformat(),
        "last_day": min(FILTER.period_end, now.astimezone(PARIS).date()).isoformat(),
        "cohort_start": _stamp(cohort_start),
        "window_end": _stamp(min(first.replace(year=first.year + 1), now)),
    }
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA cache_size = -65536")
    results: dict[str, list[Any]] = {}
    began = time.perf_counter()
    for name, sql in RAW.items():
        if name == "per_patient_month":
            rows = []
            for index, (first_at, after) in enumerate(
                itertools.pairwise(_month_bounds(start, end))
            ):
                found = connection.execute(sql, {"first": first_at, "after": after}).fetchall()
                rows += [(index, n, count) for n, count in found]
            results[name] = rows
            continue
        query = sql.replace("{month}", _month_case("coalesce(i.answered_at, a.recorded_at)", PARIS))
        if name == "coverage_and_state":
            # The state at the end and just before the start, as compute() reads both.
            results[name] = connection.execute(query, params).fetchall()
            results["state_at_start"] = connection.execute(
                query, {**params, "at": _stamp(start - timedelta(microseconds=1))}
            ).fetchall()
            continue
        results[name] = connection.execute(query, params).fetchall()
    spent = time.perf_counter() - began
    connection.close()
    return spent, results


def _timed_compute(engine: Engine, now: datetime) -> tuple[float, dashboard.Dashboard]:
    with Session(read_only(engine)) as session:
        began = time.perf_counter()
        board = dashboard.compute(session, FILTER, PARIS, now=now)
        return time.perf_counter() - began, board


def _agreement(board: dashboard.Dashboard, raw: dict[str, list[Any]]) -> dict[str, bool]:
    """Figures both sides computed, compared."""
    checks: dict[str, bool] = {}
    sent = sum(r[4] for r in raw["delivery"] if r[1] == "sms" and r[2] == "sent")
    checks["delivery.sms sent"] = board.figure("delivery.sms").numerator == sent
    nps = raw["nps"]
    promoters = sum(r[1] for r in nps)
    detractors = sum(r[2] for r in nps)
    answers = sum(r[3] for r in nps)
    checks["nps"] = (board.figure("nps").numerator, board.figure("nps").denominator) == (
        promoters - detractors,
        answers,
    )
    cohort, retained = raw["retention"][0]
    checks["retention"] = (
        board.figure("retention").numerator,
        board.figure("retention").denominator,
    ) == (retained, cohort)
    due, reached = raw["paper_reach"][0]
    checks["paper_reach"] = (
        board.figure("paper_reach").numerator,
        board.figure("paper_reach").denominator,
    ) == (reached or 0, due)
    messages = sum(r[1] * r[2] for r in raw["per_patient_month"])
    patient_months = sum(r[2] for r in raw["per_patient_month"])
    mean = board.figure("messages_per_patient_mean")
    checks["messages per patient"] = (mean.numerator, mean.denominator) == (
        messages,
        patient_months,
    )
    active = raw["active"][0][0]
    coverage = {pid: (granted, blocked) for pid, granted, blocked in raw["coverage_any"]}
    checks["consent coverage, consent purposes"] = all(
        board.figure(f"consent_coverage.{code}").numerator == coverage.get(pid, (0, 0))[0]
        for pid, code in (
            (5, "health_education"),
            (6, "satisfaction_survey"),
            (7, "practice_events"),
        )
    )
    checks["consent coverage, appointments"] = (
        board.figure("consent_coverage.appointment_reminder").numerator
        == active - coverage.get(1, (0, 0))[1]
    )
    with_outcome = sum(r[2] for r in raw["attendance"] if r[0])
    checks["attendance with a reminder"] = (
        board.figure("attendance.with_reminder.attended").denominator == with_outcome
    )
    return checks


def trust_dashboard(work: Path, items: list[PatientData]) -> dict[str, Any]:
    from bench.cases import NOW

    began = time.perf_counter()
    history = data.trust_history(len(items), MESSAGES, NOW)
    generated_s = time.perf_counter() - began
    encrypted = create_encrypted_engine(work / "dashboard.relais", DataKey.generate())
    plain_path = work / "dashboard-plain.sqlite"
    plain = create_plain_engine(plain_path)
    load_s = {"encrypted": _load(encrypted, history), "plain": _load(plain, history)}

    timings: dict[str, list[float]] = {"encrypted": [], "plain": [], "raw": []}
    board = None
    raw: dict[str, list[Any]] = {}
    for run in range(RUNS + 1):  # the first is the warm-up
        spent_encrypted, board = _timed_compute(encrypted, NOW)
        spent_plain, _ = _timed_compute(plain, NOW)
        spent_raw, raw = _raw(plain_path, NOW)
        if run:
            timings["encrypted"].append(spent_encrypted * 1000)
            timings["plain"].append(spent_plain * 1000)
            timings["raw"].append(spent_raw * 1000)
    assert board is not None
    encrypted.dispose()
    plain.dispose()
    relais = statistics.median(timings["encrypted"])
    relais_plain = statistics.median(timings["plain"])
    raw_ms = statistics.median(timings["raw"])
    agree = _agreement(board, raw)
    return {
        "patients": history.count("patient"),
        "messages": history.count("message"),
        "appointments": history.count("appointment"),
        "reminders": history.count("reminder"),
        "consent_events": history.count("consent_event"),
        "survey_answers": history.count("survey_answer"),
        "figures": len(board.figures),
        "analyzed": ANALYZE,
        "generate_s": round(generated_s, 1),
        "load_encrypted_s": round(load_s["encrypted"], 1),
        "load_plain_s": round(load_s["plain"], 1),
        "relais_median_ms": round(relais, 1),
        "relais_runs_ms": [round(t, 1) for t in timings["encrypted"]],
        "relais_on_plain_median_ms": round(relais_plain, 1),
        "raw_sql_median_ms": round(raw_ms, 1),
        "ratio": round(relais / raw_ms, 2) if raw_ms else None,
        "ratio_on_plain": round(relais_plain / raw_ms, 2) if raw_ms else None,
        "agree": agree,
        "all_agree": all(agree.values()),
    }

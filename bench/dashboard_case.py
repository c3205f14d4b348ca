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
SQLAlchemy.  A few figures are checked to agree between the two.  Wall and CPU time
are both kept: on a shared machine the wall clock stretches with other people's
work, CPU time much less.

The consent ledger is folded in Python on both sides (:func:`_fold_ledgers` beside
``dashboard._ledgers``): SQLite's window functions were the slow part of both, and
the comparison is of the same work.  The two databases are cached between runs
(:data:`CACHE`).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import shutil
import sqlite3
import statistics
import tempfile
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
from db import migrations as _migrations
from db import schema
from db.engine import create_encrypted_engine, create_plain_engine, read_only
from db.keys import DataKey

MESSAGES = 1_000_000
RUNS = 3
# The generator writes the tables as they stood at this revision; the later migrations
# then run on the loaded data (and fill in what they keep, as on a practice's database),
# on a copy, so a new migration costs minutes rather than a 20-minute load.
LOAD_REVISION = "0017"
# Relais never runs ANALYZE, so a practice's database has no statistics: measured
# without them by default (RELAIS_BENCH_ANALYZE=1 to see the planner with them).
ANALYZE = os.environ.get("RELAIS_BENCH_ANALYZE") == "1"
# Loading the two databases takes over 20 minutes (a million messages through five
# indexes, twice), so they are kept between runs in a folder named by everything
# they are made of: the generator's parameters and source, the migrations, ANALYZE.
# RELAIS_BENCH_CACHE names another folder; "off" builds them afresh in the run's folder.
CACHE = os.environ.get("RELAIS_BENCH_CACHE", str(Path(tempfile.gettempdir()) / "relais-bench"))
PARIS = ZoneInfo("Europe/Paris")
# The last 12 calendar months, as the screen's "last 12 months".
FILTER = dashboard.DashboardFilter(date(2025, 12, 1), date(2026, 11, 30))

# The consent ledger as dashboard._ledgers reads it: each active patient's events that
# speak about an active purpose, in ledger order, with what each instant needs decided
# by the database as 0/1 (decides at the end, decides just before the start, a stop in
# the period; the patient active at the end, just before the start, at the start).
# Window functions over the ledger expanded to every purpose and channel cost SQLite
# about a second here; the fold in Python (_fold_ledgers) is the same for both sides.
LEDGER = """
SELECT e.patient_id, e.purpose_id, e.channel, e.kind,
  e.recorded_at <= :at AND NOT (e.kind = 'granted' AND e.expires_at IS NOT NULL
                                AND e.expires_at <= :at),
  e.recorded_at <= :before AND NOT (e.kind = 'granted' AND e.expires_at IS NOT NULL
                                    AND e.expires_at <= :before),
  e.recorded_at >= :start AND e.recorded_at < :end
    AND e.kind IN ('withdrawn', 'refused', 'objected')
FROM consent_event e
WHERE e.recorded_at < :end
  AND (e.purpose_id IN (SELECT id FROM purpose WHERE active)
       OR (e.purpose_id IS NULL AND e.kind = 'objected'))
ORDER BY e.patient_id, e.recorded_at, e.id
"""
# The patients the ledger leaves out (not active), and those created since just before the
# start with what they were at each instant; every other active patient was there at all.
NOT_ACTIVE = "SELECT id FROM patient WHERE status != 'active'"
CREATED_SINCE = """
SELECT id, created_at <= :at, created_at <= :before, created_at <= :start FROM patient
WHERE status = 'active' AND created_at > :before
"""
CHANNELS = ("sms", "email", "letter", "phone")


def _fold_ledgers(
    rows: list[tuple[Any, ...]],
    consent_ids: tuple[int, ...],
    care_ids: set[int],
    not_active: set[int],
    created_since: dict[int, tuple[int, int, int]],
) -> dict[str, Any]:
    """The last event that applies decides, at both instants; the stops of what was allowed
    at the start.  Returns per purpose at the end (granted somewhere, blocked on every
    channel), per (purpose, channel) at the end (granted, blocked), and the stops.  Each
    patient's states at the end are counted as a tuple and each different one expanded
    once, as dashboard._ledgers does."""
    end_states: dict[tuple[Any, ...], int] = {}
    start_states: dict[str, int] = {"granted": 0, "blocked": 0}
    withdrew: set[tuple[int, int]] = set()
    objected: set[tuple[int, int]] = set()
    for patient_id, ledger in itertools.groupby(rows, key=lambda row: row[0]):
        if patient_id in not_active:
            continue
        end_active, before_active, start_active = created_since.get(patient_id, (1, 1, 1))
        at_end: dict[tuple[int, str], str] = {}
        at_start: dict[tuple[int, str], str] = {}
        stopped: dict[tuple[int, str], list[bool]] = {}
        for _p, purpose_id, channel, kind, ends, starts, stops in ledger:
            purposes = (purpose_id,) if purpose_id is not None else consent_ids
            for pair in itertools.product(purposes, (channel,) if channel else CHANNELS):
                if ends:
                    at_end[pair] = kind
                if starts:
                    at_start[pair] = kind
                if stops:
                    stopped.setdefault(pair, [False, False])[kind == "objected"] = True
        if end_active:
            state = tuple(at_end.items())
            end_states[state] = end_states.get(state, 0) + 1
        if before_active:
            for kind in at_start.values():
                start_states["granted" if kind == "granted" else "blocked"] += 1
        if start_active:
            for (purpose_id, channel), (w, o) in stopped.items():
                state = at_start.get((purpose_id, channel))
                if state == "granted" or (state is None and purpose_id in care_ids):
                    if w:
                        withdrew.add((patient_id, purpose_id))
                    if o:
                        objected.add((patient_id, purpose_id))
    granted, blocked, somewhere, everywhere = _expand(end_states)
    return {
        "coverage_any": [(pid, somewhere.get(pid, 0), everywhere.get(pid, 0)) for pid in
                         sorted(set(somewhere) | set(everywhere))],
        "coverage_by_channel": sorted(set(granted) | set(blocked)),
        "state_at_start": start_states,
        "withdrew": len(withdrew),
        "objected": len(objected),
    }  # fmt: skip


def _expand(
    end_states: dict[tuple[Any, ...], int],
) -> tuple[dict[tuple[int, str], int], dict[tuple[int, str], int], dict[int, int], dict[int, int]]:
    """The patients' states at the end, counted by state, as (purpose, channel) granted and
    blocked, and per purpose granted somewhere and blocked on every channel."""
    granted: dict[tuple[int, str], int] = {}
    blocked: dict[tuple[int, str], int] = {}
    somewhere: dict[int, int] = {}
    everywhere: dict[int, int] = {}
    for state, patients in end_states.items():
        per_purpose: dict[int, list[int]] = {}
        for pair, kind in state:
            seen = per_purpose.setdefault(pair[0], [0, 0])
            if kind == "granted":
                granted[pair] = granted.get(pair, 0) + patients
                seen[0] += 1
            else:
                blocked[pair] = blocked.get(pair, 0) + patients
            seen[1] += 1
        for purpose_id, (granted_on, decided_on) in per_purpose.items():
            if granted_on:
                somewhere[purpose_id] = somewhere.get(purpose_id, 0) + patients
            elif decided_on == len(CHANNELS):
                everywhere[purpose_id] = everywhere.get(purpose_id, 0) + patients
    return granted, blocked, somewhere, everywhere


LEFT = """(m.status IN ('sent', 'printed', 'posted')
           OR (m.status = 'called' AND m.call_outcome IN ('reached', 'voicemail')))"""

# The same aggregates as dashboard.compute, by hand and as well as we know how (an
# INDEXED BY where SQLite's planner, without statistics, would choose badly); {month}
# is a CASE over the months.
RAW: dict[str, str] = {
    "active": "SELECT count(*) FROM patient WHERE status = 'active' AND created_at <= :at",
    # Every column before sent_at in ix_message_outcome named (the call outcome NULL, or one
    # of its values), so each group's period is a range of the index: sent_at, or (sent_at
    # NULL) updated_at.  Grouped in the index's order, four parts added up.
    "delivery": " UNION ALL ".join(
        f"""
SELECT purpose_id, channel, status, call_outcome, count(*) FROM message
WHERE status IN ('sent', 'printed', 'posted', 'called', 'failed', 'expired', 'unknown',
                 'cancelled')
  AND channel IN ('sms', 'email', 'letter', 'phone')
  AND purpose_id IN (SELECT id FROM purpose WHERE active)
  AND {called} AND {ended}
GROUP BY status, channel, purpose_id, call_outcome
"""
        for called in (
            "call_outcome IS NULL",
            "call_outcome IN ('reached', 'voicemail', 'no_answer', 'wrong_number')",
        )
        for ended in (
            "sent_at >= :start AND sent_at < :end",
            "sent_at IS NULL AND updated_at >= :start AND updated_at < :end",
        )
    ),
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
    # When each appointment's reminder first left on each channel, and whether each reminder
    # reached its patient, are kept on them (app.reach, migration 0018): both sides read them.
    # Conditional sums in one pass (a GROUP BY sorts the year's appointments first).  LIMIT -1
    # keeps the inner query a co-routine: flattened, each of the six sums repeated the
    # reminder's four comparisons (twice the time).
    "attendance": """
SELECT sum(g = 1 AND outcome = 'attended'), sum(g = 1 AND outcome = 'missed'),
       sum(g = 1 AND outcome = 'cancelled_in_time'), sum(g = 0 AND outcome = 'attended'),
       sum(g = 0 AND outcome = 'missed'), sum(g = 0 AND outcome = 'cancelled_in_time')
FROM (SELECT outcome,
             coalesce(reminded_sms_at < starts_at OR reminded_email_at < starts_at
                      OR reminded_letter_at < starts_at OR reminded_phone_at < starts_at, 0) AS g
      FROM appointment
      WHERE starts_at >= :start AND starts_at < :end AND outcome IS NOT NULL
      LIMIT -1)
""",
    "complaints": """
SELECT received_on, acknowledge_by, acknowledged_on, answer_by, answered_on FROM complaint
WHERE received_on >= :first_day AND received_on <= :last_day AND voided_on IS NULL
""",
    # Each patient's attended appointments of both windows, grouped in the order of
    # ix_appointment_attended (migration 0019); the few moved or deceased from ix_patient_status.
    "retention": """
SELECT count(*), sum(again) FROM (
  SELECT patient_id, max(starts_at >= :start) AS again FROM appointment
  WHERE outcome = 'attended' AND starts_at >= :cohort_start AND starts_at < :window_end
  GROUP BY patient_id HAVING min(starts_at) < :start)
WHERE patient_id NOT IN (SELECT id FROM patient WHERE status IN ('moved', 'deceased'))
""",
    "paper_reach": """
SELECT count(*), sum(every_one) FROM (
  SELECT r.patient_id, min(r.reached_at IS NOT NULL) AS every_one
  FROM reminder r
  WHERE r.patient_id IN (
      SELECT p.id FROM patient p LEFT JOIN preferences pr ON pr.patient_id = p.id
      WHERE p.status = 'active' AND coalesce(pr.paper_only, p.no_digital_access) = 1)
    AND r.due_at >= :start AND r.due_at < :end AND r.status != 'cancelled'
  GROUP BY r.patient_id)
""",
    # Run once per month: the UTC month nearest it, its sizes kept in message_month_size
    # (migration 0019: how many patients had n messages, every purpose and channel), corrected
    # by the messages of the hour or two at each end between the practice's midnight and
    # UTC's, with those patients' months kept per patient in message_month (migration 0018;
    # :func:`_month_histogram`).
    "per_patient_month": """
SELECT messages, patients FROM message_month_size WHERE month = :month
""",
}


# The same two figures from the messages themselves (the queries before migration 0018),
# run once, untimed: what is kept on appointments and reminders must say the same.
FROM_MESSAGES: dict[str, str] = {
    "attendance": f"""
SELECT coalesce(reminded, 0), outcome, count(*) FROM (
  SELECT a.outcome AS outcome,
         max(coalesce(m.sent_at, m.updated_at) < a.starts_at AND {LEFT}) AS reminded
  FROM appointment a LEFT JOIN reminder r ON r.appointment_id = a.id
  LEFT JOIN message_item mi ON mi.reminder_id = r.id
  LEFT JOIN message m ON m.id = mi.message_id
  WHERE a.starts_at >= :start AND a.starts_at < :end AND a.outcome IS NOT NULL
  GROUP BY a.id)
GROUP BY 1, outcome
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
}


FROM_MESSAGES_PER_MONTH = f"""
SELECT n, count(*) FROM (
  SELECT count(*) AS n FROM message m INDEXED BY ix_message_sent
  WHERE m.sent_at >= :first AND m.sent_at < :after AND {LEFT}
  GROUP BY m.patient_id)
GROUP BY n
"""


def _load(engine: Engine, history: data.TrustHistory) -> float:
    """Every table by ``executemany`` in one transaction, at :data:`LOAD_REVISION`; returns
    the seconds it took."""
    schema.upgrade(engine, LOAD_REVISION)
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


EDGE = f"""
SELECT m.patient_id, count(*) FROM message m INDEXED BY ix_message_sent
WHERE m.sent_at >= :first AND m.sent_at < :after AND {LEFT}
GROUP BY m.patient_id
"""
KEPT = """
SELECT patient_id, sum(messages) FROM message_month
WHERE month = :month AND patient_id IN (SELECT value FROM json_each(:patients))
GROUP BY patient_id
"""


def _month_histogram(
    connection: sqlite3.Connection, sql: str, first: str, after: str
) -> dict[int, int]:
    """{messages: patients} for a local month: the UTC month kept, and its two ends."""
    # The UTC month a day into the local one (the bench's months are whole months).
    month = (datetime.fromisoformat(first) + timedelta(days=1)).strftime("%Y-%m")
    histogram: dict[int, int] = dict(connection.execute(sql, {"month": month}).fetchall())
    year, number = int(month[:4]), int(month[5:7])
    kept_from = f"{month}-01 00:00:00.000000"
    next_month = f"{year + number // 12:04d}-{number % 12 + 1:02d}"
    kept_until = f"{next_month}-01 00:00:00.000000"
    change: dict[int, int] = {}
    for start, end, sign in (
        (first, kept_from, 1),
        (kept_from, first, -1),
        (kept_until, after, 1),
        (after, kept_until, -1),
    ):
        if start < end:
            for patient_id, count in connection.execute(EDGE, {"first": start, "after": end}):
                change[patient_id] = change.get(patient_id, 0) + sign * count
    moved = [patient_id for patient_id, count in change.items() if count]
    kept = {patient_id: 0 for patient_id in moved}
    kept.update(
        connection.execute(KEPT, {"month": month, "patients": json.dumps(moved)}).fetchall()
    )
    for patient_id in moved:
        before, now = kept[patient_id], kept[patient_id] + change[patient_id]
        if before:
            histogram[before] -= 1
        if now:
            histogram[now] = histogram.get(now, 0) + 1
    return {n: count for n, count in histogram.items() if count}


def _raw(path: Path, now: datetime) -> tuple[tuple[float, float], dict[str, Any]]:
    """The raw aggregates; returns (wall, CPU) seconds and the rows."""
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
    results: dict[str, Any] = {}
    began, began_cpu = time.perf_counter(), time.process_time()
    for name, sql in RAW.items():
        if name == "per_patient_month":
            rows = []
            for index, (first_at, after) in enumerate(
                itertools.pairwise(_month_bounds(start, end))
            ):
                found = _month_histogram(connection, sql, first_at, after)
                rows += [(index, n, count) for n, count in sorted(found.items())]
            results[name] = rows
            continue
        query = sql.replace("{month}", _month_case("coalesce(i.answered_at, a.recorded_at)", PARIS))
        results[name] = connection.execute(query, params).fetchall()
    purposes = connection.execute("SELECT id, basis FROM purpose WHERE active").fetchall()
    ledger_params = {**params, "before": _stamp(start - timedelta(microseconds=1))}
    ledger = connection.execute(LEDGER, ledger_params).fetchall()
    not_active = {patient_id for (patient_id,) in connection.execute(NOT_ACTIVE)}
    created_since = {
        patient_id: (at_end, at_before, at_start)
        for patient_id, at_end, at_before, at_start in connection.execute(
            CREATED_SINCE, ledger_params
        )
    }
    results.update(
        _fold_ledgers(
            ledger,
            tuple(pid for pid, basis in purposes if basis == "consent"),
            {pid for pid, basis in purposes if basis == "care"},
            not_active,
            created_since,
        )
    )
    spent = (time.perf_counter() - began, time.process_time() - began_cpu)
    connection.close()
    return spent, results


def _counts(plain_path: Path) -> dict[str, int]:
    """The size of the data set, read back (a cached one has no generator's rows at hand)."""
    connection = sqlite3.connect(plain_path)
    try:
        return {
            f"{table}s": connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in (
                "patient",
                "message",
                "appointment",
                "reminder",
                "consent_event",
                "survey_answer",
            )
        }
    finally:
        connection.close()


def _timed_compute(
    engine: Engine, now: datetime
) -> tuple[tuple[float, float], dashboard.Dashboard]:
    """The whole dashboard; returns (wall, CPU) seconds: the machine is shared, and CPU
    time says what the work cost when other processes stretch the wall clock."""
    with Session(read_only(engine)) as session:
        began, began_cpu = time.perf_counter(), time.process_time()
        board = dashboard.compute(session, FILTER, PARIS, now=now)
        return (time.perf_counter() - began, time.process_time() - began_cpu), board


def _agreement(board: dashboard.Dashboard, raw: dict[str, Any]) -> dict[str, bool]:
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
    by_month: dict[int, dict[int, int]] = {}
    for index, n, count in raw["per_patient_month"]:
        by_month.setdefault(index, {})[n] = count
    checks["messages per patient, each month's mean and most"] = all(
        (
            board.figure(f"messages_per_patient_mean.{month}").numerator,
            board.figure(f"messages_per_patient_mean.{month}").denominator,
            board.value(f"messages_per_patient_max.{month}"),
        )
        == (
            sum(n * c for n, c in by_month.get(index, {}).items()),
            sum(by_month.get(index, {}).values()),
            max(by_month[index]) if by_month.get(index) else None,
        )
        for index, month in enumerate(board.months)
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
    for family, key in (("opt_out", "withdrew"), ("objection", "objected")):
        # Patients count once per purpose, whatever the channels.
        found = sum(f.numerator or 0 for f in board.family(family) if f.channel is None)
        checks[f"{family}, every purpose"] = found == raw[key]
    attendance = {
        (bool(reminded), outcome): count for reminded, outcome, count in _attendance_rows(raw)
    }
    checks["attendance, both groups and every outcome"] = all(
        board.figure(f"attendance.{group}.{outcome}").numerator
        == attendance.get((group == "with_reminder", outcome), 0)
        for group in dashboard.REMINDER_GROUPS
        for outcome in ("attended", "missed", "cancelled_in_time")
    )
    return checks


def _attendance_rows(raw: dict[str, Any]) -> list[tuple[int, str, int]]:
    """The raw attendance's six sums as (reminded, outcome, appointments) rows."""
    outcomes = ("attended", "missed", "cancelled_in_time")
    return [
        (reminded, outcome, int(count or 0))
        for (reminded, outcome), count in zip(
            [(1, o) for o in outcomes] + [(0, o) for o in outcomes],
            raw["attendance"][0],
            strict=True,
        )
    ]


def _kept_as_the_messages_say(plain_path: Path, raw: dict[str, Any]) -> dict[str, bool]:
    """What is kept on appointments, reminders and in message_month (migration 0018's fill
    on this data) against the same figures read from the messages themselves."""
    start, end = FILTER.period.bounds(PARIS)
    connection = sqlite3.connect(plain_path)
    try:
        found = {
            name: connection.execute(sql, {"start": _stamp(start), "end": _stamp(end)}).fetchall()
            for name, sql in FROM_MESSAGES.items()
        }
        per_month = []
        for index, (first, after) in enumerate(itertools.pairwise(_month_bounds(start, end))):
            per_month += [
                (index, n, count)
                for n, count in connection.execute(
                    FROM_MESSAGES_PER_MONTH, {"first": first, "after": after}
                )
            ]
    finally:
        connection.close()
    return {
        "messages per patient per month kept = from messages": sorted(per_month)
        == sorted(tuple(r) for r in raw["per_patient_month"]),
        "attendance kept = from messages": sorted(found["attendance"])
        == sorted((r, o, c) for r, o, c in _attendance_rows(raw) if c),
        "paper reach kept = from messages": [tuple(r) for r in found["paper_reach"]]
        == [tuple(r) for r in raw["paper_reach"]],
    }


def _migrations_after(revision: str | None) -> list[Path]:
    """The migration files up to ``revision`` (None: after :data:`LOAD_REVISION`)."""
    found = []
    for migration in sorted(Path(_migrations.__file__).parent.glob("versions/*.py")):
        number = migration.name[:4]
        later = number.isdigit() and number > LOAD_REVISION
        if later is (revision is None):
            found.append(migration)
    return found


def _digest(made_of: Any, files: list[Path]) -> str:
    for migration in files:
        made_of.update(migration.name.encode())
        made_of.update(migration.read_bytes())
    return str(made_of.hexdigest()[:16])


def _fingerprint(patients: int, now: datetime) -> str:
    """What the two loaded databases are made of, as a short digest (the cache folder's
    name): the generator and the migrations up to :data:`LOAD_REVISION`."""
    made_of = hashlib.sha256(f"{patients}:{MESSAGES}:{now.isoformat()}:{ANALYZE}".encode())
    made_of.update(Path(data.__file__).read_bytes())
    return _digest(made_of, _migrations_after(LOAD_REVISION))


def _databases(
    work: Path, patients: int, now: datetime
) -> tuple[Path, DataKey, Path, dict[str, Any]]:
    """The encrypted database, its key and the plain copy at the latest revision: loaded
    at :data:`LOAD_REVISION` (or found in the cache), copied and migrated to the head
    (or that copy found in the cache)."""
    folder = work if CACHE == "off" else Path(CACHE) / f"dashboard-{_fingerprint(patients, now)}"
    encrypted_path, key, plain_path, built = _loaded(folder, work, patients, now)
    later = _digest(hashlib.sha256(), _migrations_after(None))
    head = folder / f"head-{later}"
    done = head / "complete"
    if done.exists():
        return head / encrypted_path.name, key, head / plain_path.name, {**built, "head": later}
    for stale in folder.glob("head-*"):
        shutil.rmtree(stale, ignore_errors=True)
    head.mkdir()
    for name, path, engine_of in (
        ("encrypted", encrypted_path, lambda p: create_encrypted_engine(p, key)),
        ("plain", plain_path, create_plain_engine),
    ):
        shutil.copyfile(path, head / path.name)
        engine = engine_of(head / path.name)
        began = time.perf_counter()
        schema.upgrade(engine)
        built[f"migrate_{name}_s"] = round(time.perf_counter() - began, 1)
        engine.dispose()
    done.write_text("migrated\n")
    return head / encrypted_path.name, key, head / plain_path.name, {**built, "head": later}


def _loaded(
    folder: Path, work: Path, patients: int, now: datetime
) -> tuple[Path, DataKey, Path, dict[str, Any]]:
    """The two databases loaded at :data:`LOAD_REVISION`, built or found in the cache."""
    encrypted_path = folder / "dashboard.relais"
    plain_path = folder / "dashboard-plain.sqlite"
    key_path = folder / "bench.key"  # a throw-away key for generated data, never a practice's
    done = folder / "complete"
    if done.exists():
        return encrypted_path, DataKey(key_path.read_bytes()), plain_path, {"cached": str(folder)}
    if folder != work:
        # A build that was interrupted, and those of older schemas or generators (2 GB each).
        for stale in folder.parent.glob("dashboard-*"):
            shutil.rmtree(stale, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    key = DataKey.generate()
    key_path.write_bytes(key.raw)
    began = time.perf_counter()
    history = data.trust_history(patients, MESSAGES, now)
    built: dict[str, Any] = {"generate_s": round(time.perf_counter() - began, 1)}
    for name, engine in (
        ("encrypted", create_encrypted_engine(encrypted_path, key)),
        ("plain", create_plain_engine(plain_path)),
    ):
        built[f"load_{name}_s"] = round(_load(engine, history), 1)
        engine.dispose()
    done.write_text("built\n")
    return encrypted_path, key, plain_path, built


def trust_dashboard(work: Path, items: list[PatientData]) -> dict[str, Any]:
    from bench.cases import NOW

    encrypted_path, key, plain_path, built = _databases(work, len(items), NOW)
    encrypted = create_encrypted_engine(encrypted_path, key)
    plain = create_plain_engine(plain_path)

    timings: dict[str, list[tuple[float, float]]] = {"encrypted": [], "plain": [], "raw": []}
    board = None
    raw: dict[str, Any] = {}
    for run in range(RUNS + 1):  # the first is the warm-up
        spent_encrypted, board = _timed_compute(encrypted, NOW)
        spent_plain, _ = _timed_compute(plain, NOW)
        spent_raw, raw = _raw(plain_path, NOW)
        if run:
            timings["encrypted"].append(spent_encrypted)
            timings["plain"].append(spent_plain)
            timings["raw"].append(spent_raw)
    assert board is not None
    encrypted.dispose()
    plain.dispose()

    def median_ms(side: str, which: int) -> float:
        return statistics.median(spent[which] for spent in timings[side]) * 1000

    relais, relais_cpu = median_ms("encrypted", 0), median_ms("encrypted", 1)
    relais_plain = median_ms("plain", 0)
    raw_ms, raw_cpu = median_ms("raw", 0), median_ms("raw", 1)
    agree = {**_agreement(board, raw), **_kept_as_the_messages_say(plain_path, raw)}
    return {
        **_counts(plain_path),
        "figures": len(board.figures),
        "analyzed": ANALYZE,
        **built,
        "relais_median_ms": round(relais, 1),
        "relais_runs_ms": [round(wall * 1000, 1) for wall, _cpu in timings["encrypted"]],
        "relais_cpu_median_ms": round(relais_cpu, 1),
        "raw_sql_cpu_median_ms": round(raw_cpu, 1),
        "cpu_ratio": round(relais_cpu / raw_cpu, 2) if raw_cpu else None,
        "relais_on_plain_median_ms": round(relais_plain, 1),
        "raw_sql_median_ms": round(raw_ms, 1),
        "ratio": round(relais / raw_ms, 2) if raw_ms else None,
        "ratio_on_plain": round(relais_plain / raw_ms, 2) if raw_ms else None,
        "agree": agree,
        "all_agree": all(agree.values()),
    }

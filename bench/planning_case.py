"""Planning the day's messages over 100,000 patients and 200,000 appointments and recalls.

Relais: ``outbox.plan_messages`` (read the working set, run the pure planner,
write the messages) on the encrypted database, first cold (every reminder of
the 15-day horizon is new), then on the next day, when only the reminders
entering the horizon need planning.  The raw engine: one hand-written SQL query
on plain SQLite selecting the same working set (those reminders with their
patient, contact points and preferences), fetched to Python.  Relais's reading of
that working set (``outbox.planner_input``) is timed on its own too: the rest is
the planner's decisions and writing the messages, which the raw query does not do.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select, text
from sqlalchemy.orm import Session

from app import outbox
from app.clock import FixedClock
from app.patients import PatientData
from db.models import Appointment, Purpose, Reminder, ReminderSource

APPOINTMENTS = 150_000
RECALLS = 50_000
SPREAD_DAYS = 120  # due times spread over four months from now
RUNS = 3

# Written as well as we know how: two branches, each a range of ix_reminder_attention.
RAW_SELECTION = """
WITH due AS (
  SELECT id FROM reminder
  WHERE status = 'active' AND attention_at IS NULL AND due_at > :now AND due_at <= :until
  UNION ALL
  SELECT id FROM reminder WHERE status = 'active' AND attention_at <= :now
)
SELECT r.id, r.patient_id, r.purpose_id, r.due_at, r.label, p.status, p.language,
       c.kind, c.value, c.bounced, pr.channels, pr.quiet_before, pr.quiet_after
FROM reminder r
JOIN patient p ON p.id = r.patient_id
LEFT JOIN contact_point c ON c.patient_id = r.patient_id
LEFT JOIN preferences pr ON pr.patient_id = r.patient_id
WHERE r.id IN (SELECT id FROM due) AND r.due_at > :now AND r.due_at <= :until
"""


def _fill(engine: Engine, patients: int, now_rows: Any) -> None:
    rng = random.Random(5)
    with Session(engine) as session, session.begin():
        purposes = {code: pid for code, pid in session.execute(select(Purpose.code, Purpose.id))}
        start = now_rows
        appointment_rows = []
        for n in range(APPOINTMENTS):
            at = start + timedelta(minutes=rng.randrange(0, SPREAD_DAYS * 24 * 60))
            appointment_rows.append(
                {"id": n + 1, "patient_id": rng.randrange(1, patients + 1), "starts_at": at,
                 "practitioner": "Dr Martin", "place": "", "reason": "", "status": "booked",
                 "source": "ics", "external_key": None, "created_at": start, "updated_at": start}
            )  # fmt: skip
        session.execute(insert(Appointment), appointment_rows)
        reminder_rows = [
            {"patient_id": a["patient_id"], "purpose_id": purposes["appointment_reminder"],
             "source": ReminderSource.APPOINTMENT, "appointment_id": a["id"],
             "due_at": a["starts_at"], "label": "Dr Martin", "status": "active",
             "cancelled_reason": None, "created_at": start, "created_by": "bench"}
            for a in appointment_rows
        ]  # fmt: skip
        for _ in range(RECALLS):
            reminder_rows.append(
                {"patient_id": rng.randrange(1, patients + 1),
                 "purpose_id": purposes[rng.choice(["screening_recall", "vaccination"])],
                 "source": ReminderSource.RECALL, "appointment_id": None,
                 "due_at": start + timedelta(days=rng.randrange(0, SPREAD_DAYS)),
                 "label": "", "status": "active", "cancelled_reason": None,
                 "created_at": start, "created_by": "bench"}
            )  # fmt: skip
        session.execute(insert(Reminder), reminder_rows)


def planning(work: Path, items: list[PatientData]) -> dict[str, Any]:
    from bench.cases import NOW, engines

    pair = engines(work, items)
    for engine in pair.values():
        _fill(engine, len(items), NOW)
    cold_ms = {}
    for name, engine in pair.items():
        start = time.perf_counter()
        with Session(engine) as session, session.begin():
            cold = outbox.plan_messages(session, FixedClock(NOW))
        cold_ms[name] = (time.perf_counter() - start) * 1000
    day = NOW + timedelta(days=1)
    with Session(pair["encrypted"]) as session:
        until = day + outbox.horizon(outbox.planner_settings(session))
    relais_ms: list[float] = []
    reading_ms: list[float] = []
    raw_ms: list[float] = []
    planned = rows = looked_at = 0
    for _ in range(RUNS):
        with Session(pair["encrypted"]) as session:
            session.begin()
            start = time.perf_counter()
            outcome = outbox.plan_messages(session, FixedClock(day))
            relais_ms.append((time.perf_counter() - start) * 1000)
            planned = len(outcome.created)
            session.rollback()  # the same day again, from the same state
        with Session(pair["encrypted"]) as session:
            session.begin()
            outbox.close_past(session, day)
            start = time.perf_counter()
            state = outbox.planner_input(session, day, outbox.planner_settings(session))
            reading_ms.append((time.perf_counter() - start) * 1000)
            looked_at = len(state.reminders)
            session.rollback()
        with pair["plain"].connect() as connection:
            start = time.perf_counter()
            rows = len(connection.execute(text(RAW_SELECTION), {"now": day, "until": until}).all())
            raw_ms.append((time.perf_counter() - start) * 1000)
    relais = statistics.median(relais_ms)
    reading = statistics.median(reading_ms)
    raw = statistics.median(raw_ms)
    return {
        "reminders": APPOINTMENTS + RECALLS,
        "cold_plan_ms": round(cold_ms["encrypted"], 1),
        "cold_messages": len(cold.created),
        "day_reminders_looked_at": looked_at,
        "day_messages_planned": planned,
        "relais_median_ms": round(relais, 1),
        "relais_reading_median_ms": round(reading, 1),
        "raw_query_median_ms": round(raw, 1),
        "raw_rows": rows,
        "ratio": round(relais / raw, 2) if raw else None,
        "reading_ratio": round(reading / raw, 2) if raw else None,
    }

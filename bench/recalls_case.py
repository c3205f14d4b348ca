"""Recall programmes over 100,000 patients: refresh and preview, beside a raw cohort query.

Three programmes as a GP's practice has them: diabetes follow-up every three
months (a tag, about 8 % of the list, a third with a recall done in the last
months), flu vaccination for the over-65s every October, and a screening every
two years for the 50-74 year-olds starting next week (about 30,000 patients,
each with steps inside the 60-day window: the heaviest first refresh).

Relais, on the encrypted database: ``recalls.refresh`` the first time (every
step new, written) and on a steady day (nothing changed: read, compare,
write nothing), then ``recalls.preview`` of each programme (the planner's
answer for every patient).  The raw engine: one hand-written SQL query per
programme on plain SQLite selecting the same cohort (status, tag, ages, the
last recall done), fetched to Python.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select, text
from sqlalchemy.orm import Session

from app import recalls
from app.access import SYSTEM
from app.clock import FixedClock
from app.patients import PatientData
from db.models import Channel, Patient, PatientTag, RecallDone, RecallProgramme

RUNS = 3
TAG_SHARE = 0.08
DONE_SHARE = 0.33

PROGRAMMES = (
    recalls.ProgrammeSpec(
        name="Suivi diabète tous les 3 mois",
        purpose_code="screening_recall",
        rule=recalls.CohortRule(tag="diabetes"),
        rrule="FREQ=MONTHLY;INTERVAL=3",
        steps=(
            recalls.StepSpec(Channel.SMS, 0),
            recalls.StepSpec(Channel.LETTER, 30),
            recalls.StepSpec(Channel.PHONE, 60),
        ),
        starts_on=date(2026, 10, 1),
    ),
    recalls.ProgrammeSpec(
        name="Grippe saisonnière 65 ans et plus",
        purpose_code="vaccination",
        rule=recalls.CohortRule(min_age=65),
        rrule="FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=15",
        steps=(recalls.StepSpec(None, 0), recalls.StepSpec(Channel.LETTER, 21)),
        starts_on=date(2026, 1, 1),
    ),
    recalls.ProgrammeSpec(
        name="Dépistage tous les 2 ans, 50-74 ans",
        purpose_code="screening_recall",
        rule=recalls.CohortRule(min_age=50, max_age=74),
        rrule="FREQ=YEARLY;INTERVAL=2",
        steps=(recalls.StepSpec(None, 7), recalls.StepSpec(Channel.LETTER, 40)),
        starts_on=date(2026, 12, 5),
    ),
)

# The same cohorts by hand: status, tag, ages today, and each patient's last recall done.
RAW_COHORTS = {
    "diabetes": """
        SELECT p.id, p.birth_date, d.last_done
        FROM patient p
        JOIN patient_tag t ON t.patient_id = p.id AND t.tag = 'diabetes'
        LEFT JOIN (SELECT patient_id, max(done_on) AS last_done FROM recall_done
                   WHERE programme_id = :programme GROUP BY patient_id) d
               ON d.patient_id = p.id
        WHERE p.status = 'active'
    """,
    "flu": """
        SELECT p.id, p.birth_date, d.last_done
        FROM patient p
        LEFT JOIN (SELECT patient_id, max(done_on) AS last_done FROM recall_done
                   WHERE programme_id = :programme GROUP BY patient_id) d
               ON d.patient_id = p.id
        WHERE p.status = 'active' AND p.birth_date <= :born_before
    """,
    "screening": """
        SELECT p.id, p.birth_date, d.last_done
        FROM patient p
        LEFT JOIN (SELECT patient_id, max(done_on) AS last_done FROM recall_done
                   WHERE programme_id = :programme GROUP BY patient_id) d
               ON d.patient_id = p.id
        WHERE p.status = 'active' AND p.birth_date <= :born_before
          AND p.birth_date > :born_after
    """,
}


def _prepare(engine: Engine, patients: int, now: Any) -> dict[str, int]:
    """Tags, programmes and recalls done, the same in both databases (seeded)."""
    rng = random.Random(11)
    clock = FixedClock(now)
    with Session(engine) as session, session.begin():
        existing = {p.name: p.id for p in session.scalars(select(RecallProgramme))}
        if existing:
            return {"diabetes": existing[PROGRAMMES[0].name]}
        tagged = [pid for pid in range(1, patients + 1) if rng.random() < TAG_SHARE]
        session.execute(insert(PatientTag), [{"patient_id": p, "tag": "diabetes"} for p in tagged])
        ids = [recalls.create(session, clock, SYSTEM, spec).id for spec in PROGRAMMES]
        done = [
            {
                "programme_id": ids[0],
                "patient_id": pid,
                "done_on": now.date() - timedelta(days=rng.randrange(1, 120)),
                "occurrence": None,
                "recorded_at": now,
                "recorded_by": "bench",
            }
            for pid in tagged
            if rng.random() < DONE_SHARE
        ]
        session.execute(insert(RecallDone), done)
    return {"diabetes": ids[0], "tagged": len(tagged), "done": len(done)}


def recall_programmes(work: Path, items: list[PatientData]) -> dict[str, Any]:
    from bench.cases import NOW, engines

    pair = engines(work, items)
    facts = {name: _prepare(engine, len(items), NOW) for name, engine in pair.items()}
    encrypted = pair["encrypted"]
    clock = FixedClock(NOW)

    with Session(encrypted) as session, session.begin():
        start = time.perf_counter()
        cold = recalls.refresh(session, clock, force=True)
        cold_ms = (time.perf_counter() - start) * 1000

    steady_ms: list[float] = []
    steady = cold
    for _ in range(RUNS):
        with Session(encrypted) as session:
            session.begin()
            start = time.perf_counter()
            steady = recalls.refresh(session, clock, force=True)
            steady_ms.append((time.perf_counter() - start) * 1000)
            session.rollback()

    preview_ms: dict[str, float] = {}
    preview_rows: dict[str, int] = {}
    for key, spec in zip(("diabetes", "flu", "screening"), PROGRAMMES, strict=True):
        timings = []
        for _ in range(RUNS):
            with Session(encrypted) as session:
                start = time.perf_counter()
                shown = recalls.preview(session, clock, spec)
                timings.append((time.perf_counter() - start) * 1000)
        preview_ms[key] = statistics.median(timings)
        preview_rows[key] = shown.cohort

    today = NOW.date()
    raw_ms: dict[str, float] = {}
    raw_rows: dict[str, int] = {}
    with Session(pair["plain"]) as session:
        programme = facts["plain"]["diabetes"]
        parameters = {
            "diabetes": {"programme": programme},
            "flu": {"programme": programme + 1, "born_before": _years_before(today, 65)},
            "screening": {
                "programme": programme + 2,
                "born_before": _years_before(today, 50),
                "born_after": _years_before(today, 75),
            },
        }
        for key, sql in RAW_COHORTS.items():
            timings = []
            for _ in range(RUNS):
                start = time.perf_counter()
                raw_rows[key] = len(session.execute(text(sql), parameters[key]).all())
                timings.append((time.perf_counter() - start) * 1000)
            raw_ms[key] = statistics.median(timings)
    with Session(encrypted) as session:
        active = session.scalar(select(Patient.id).order_by(Patient.id.desc()).limit(1))
    raw_total = sum(raw_ms.values())
    result: dict[str, Any] = {
        "patients": active,
        "tagged": facts["encrypted"].get("tagged"),
        "recalls_done": facts["encrypted"].get("done"),
        "cold_refresh_ms": round(cold_ms, 1),
        "cold_reminders_created": cold.created,
        "cohorts": cold.cohort,
        "steady_refresh_median_ms": round(statistics.median(steady_ms), 1),
        "steady_created": steady.created,
        "raw_cohorts_ms": round(raw_total, 1),
        "raw_cohort_rows": raw_rows,
        "refresh_ratio": round(statistics.median(steady_ms) / raw_total, 1) if raw_total else None,
    }
    for key, spent in preview_ms.items():
        result[f"preview_{key}_ms"] = round(spent, 1)
        result[f"preview_{key}_patients"] = preview_rows[key]
        result[f"raw_{key}_ms"] = round(raw_ms[key], 1)
        result[f"preview_{key}_ratio"] = round(spent / raw_ms[key], 1)
    return result


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)

"""Search and planning at full size on PostgreSQL beside the encrypted file, in one run.

The same generated patients go into an encrypted file, a plain SQLite file and a
PostgreSQL database, each through ``patients.insert_many`` (as the search case
does), then the planning case's 150,000 appointments and 50,000 recalls through
its own ``_fill``.  The server is the throw-away cluster of ``make bench``
(``RELAIS_TEST_POSTGRES``, an admin URL); Relais connects as a role that owns
its database and nothing more, as ``create_server_engine`` demands.  After each
bulk load the server gets an ``ANALYZE``, which its autovacuum would run on its
own a moment later.

Search: ``search_ids`` with one read session per keystroke, the same queries on
the three engines, interleaved so drift hits all of them; PostgreSQL's answers
are checked against the file's.  Planning: ``plan_messages`` for the day after
the cold run (rolled back, three times), its reading of the working set, and the
planning case's raw selection on plain SQLite and on PostgreSQL.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import statistics
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, bindparam, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from app import outbox
from app import patients as patient_service
from app.clock import FixedClock
from app.patients import PatientData
from bench import data
from bench.__main__ import percentile
from db import schema
from db.engine import create_encrypted_engine, create_plain_engine, create_server_engine, read_only
from db.keys import DataKey
from db.models import UtcDateTime

URL_ENV = "RELAIS_TEST_POSTGRES"  # tests.helpers.pg_cluster.URL_ENV
ENGINES = ("encrypted", "postgres", "plain")
RUNS = 3


@contextlib.contextmanager
def application_database(admin_url: str) -> Iterator[URL]:
    """A database owned by a fresh NOSUPERUSER role, dropped with the role afterwards."""
    admin = create_engine(make_url(admin_url), isolation_level="AUTOCOMMIT")
    suffix = secrets.token_hex(4)
    role, name, password = f"relais_bench_{suffix}", f"relais_bench_{suffix}", secrets.token_hex(12)
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(
                f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}' "
                "NOSUPERUSER NOCREATEDB NOCREATEROLE"
            )
            connection.exec_driver_sql(f'CREATE DATABASE "{name}" OWNER "{role}"')
        yield admin.url.set(username=role, password=password, database=name)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
        admin.dispose()


def analyze(engine: Engine) -> float:
    if engine.dialect.name != "postgresql":
        return 0.0
    start = time.perf_counter()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("ANALYZE")
    return (time.perf_counter() - start) * 1000


def server_beside_file(work: Path, items: list[PatientData]) -> dict[str, Any]:
    admin_url = os.environ.get(URL_ENV)
    if not admin_url:
        return {"skipped": "no PostgreSQL"}
    with application_database(admin_url) as url:
        engines = {
            "encrypted": create_encrypted_engine(work / "pg-beside.relais", DataKey.generate()),
            "postgres": create_server_engine(url, application="relais-bench"),
            "plain": create_plain_engine(work / "pg-beside-plain.sqlite"),
        }
        try:
            return _measure(engines, items)
        finally:
            for engine in engines.values():
                engine.dispose()


def _measure(engines: dict[str, Engine], items: list[PatientData]) -> dict[str, Any]:
    from bench.cases import _fill

    result: dict[str, Any] = {"patients": len(items)}
    with Session(engines["postgres"]) as session:
        result["server_version"] = session.execute(text("SHOW server_version")).scalar_one()
    for name, engine in engines.items():
        result[f"{name}_load_s"] = round(_fill(engine, items), 1)
    result["postgres_analyze_ms"] = round(analyze(engines["postgres"]))
    result.update(_search(engines, items))
    result.update(_planning(engines, len(items)))
    return result


def _search(engines: dict[str, Engine], items: list[PatientData]) -> dict[str, Any]:
    from bench.cases import SEARCH_QUERIES

    limit = patient_service.SEARCH_LIMIT + 1
    queries = data.typed_queries(items, SEARCH_QUERIES)
    timings: dict[str, list[float]] = {name: [] for name in (*ENGINES, "postgres_select_1")}
    differing: list[str] = []
    for query in queries[:50]:  # warm every cache the same way
        for engine in engines.values():
            with Session(read_only(engine)) as session:
                patient_service.search_ids(session, query, limit=limit)
    for query in queries:
        found: dict[str, list[int]] = {}
        for name in ENGINES:
            with Session(read_only(engines[name])) as session:
                start = time.perf_counter()
                found[name] = patient_service.search_ids(session, query, limit=limit)
                timings[name].append((time.perf_counter() - start) * 1000)
        # The floor of any keystroke on the server: pool check-out (with its
        # pre-ping), one statement and its answer over loopback TLS.
        with Session(read_only(engines["postgres"])) as session:
            start = time.perf_counter()
            session.execute(text("SELECT 1")).scalar_one()
            timings["postgres_select_1"].append((time.perf_counter() - start) * 1000)
        if found["postgres"] != found["encrypted"]:
            differing.append(query)
    result: dict[str, Any] = {"search_queries": len(queries), "search_differing": differing[:10]}
    result["search_differing_count"] = len(differing)
    for name, values in timings.items():
        result[f"search_{name}_p50_ms"] = round(percentile(values, 50), 3)
        result[f"search_{name}_p95_ms"] = round(percentile(values, 95), 3)
    for pct in ("p50", "p95"):
        pg, enc = result[f"search_postgres_{pct}_ms"], result[f"search_encrypted_{pct}_ms"]
        result[f"search_{pct}_pg_over_file"] = round(pg / enc, 2)
        result[f"search_{pct}_pg_over_plain"] = round(pg / result[f"search_plain_{pct}_ms"], 2)
    return result


def _planning(engines: dict[str, Engine], patients: int) -> dict[str, Any]:
    from bench.cases import NOW
    from bench.planning_case import RAW_SELECTION
    from bench.planning_case import _fill as fill_reminders

    # Bound as the columns store them: a bare datetime is written by sqlite3 as
    # "... 09:00:00+00:00", which sorts before the stored "... 09:00:00.000000" and
    # drops every reminder whose attention_at is exactly now; PostgreSQL would read
    # the columns in the session's time zone to compare them with an aware value.
    raw_bounds = text(RAW_SELECTION).bindparams(
        bindparam("now", type_=UtcDateTime()), bindparam("until", type_=UtcDateTime())
    )
    result: dict[str, Any] = {}
    for name, engine in engines.items():
        start = time.perf_counter()
        fill_reminders(engine, patients, NOW)
        with engine.begin() as connection:
            # The planning fill writes appointment ids itself; later inserts must not collide.
            schema.sync_sequences(connection)
        result[f"{name}_reminders_load_s"] = round(time.perf_counter() - start, 1)
    result["postgres_analyze_after_reminders_ms"] = round(analyze(engines["postgres"]))
    day = NOW + timedelta(days=1)
    relais = ("encrypted", "postgres")
    for name in ENGINES:  # plain too: its raw selection must see the same reminders as planned
        start = time.perf_counter()
        with Session(engines[name]) as session, session.begin():
            cold = outbox.plan_messages(session, FixedClock(NOW))
        result[f"plan_cold_{name}_ms"] = round((time.perf_counter() - start) * 1000, 1)
        result[f"plan_cold_{name}_messages"] = len(cold.created)
    analyze(engines["postgres"])  # the cold plan wrote ~100,000 messages
    with Session(engines["encrypted"]) as session:
        until = day + outbox.horizon(outbox.planner_settings(session))
    plan_ms: dict[str, list[float]] = {name: [] for name in relais}
    reading_ms: dict[str, list[float]] = {name: [] for name in relais}
    raw_ms: dict[str, list[float]] = {"plain": [], "postgres": []}
    for _ in range(RUNS):
        for name in relais:  # interleaved, so drift hits both
            with Session(engines[name]) as session:
                session.begin()
                start = time.perf_counter()
                outcome = outbox.plan_messages(session, FixedClock(day))
                plan_ms[name].append((time.perf_counter() - start) * 1000)
                result[f"plan_day_{name}_messages"] = len(outcome.created)
                session.rollback()  # the same day again, from the same state
            with Session(engines[name]) as session:
                session.begin()
                outbox.close_past(session, day)
                start = time.perf_counter()
                state = outbox.planner_input(session, day, outbox.planner_settings(session))
                reading_ms[name].append((time.perf_counter() - start) * 1000)
                result[f"plan_day_{name}_looked_at"] = len(state.reminders)
                session.rollback()
        for name, timings in raw_ms.items():
            with engines[name].connect() as connection:
                start = time.perf_counter()
                rows = connection.execute(raw_bounds, {"now": day, "until": until}).all()
                timings.append((time.perf_counter() - start) * 1000)
                result[f"raw_selection_{name}_rows"] = len(rows)
    for name in relais:
        result[f"plan_day_{name}_median_ms"] = round(statistics.median(plan_ms[name]), 1)
        result[f"plan_reading_{name}_median_ms"] = round(statistics.median(reading_ms[name]), 1)
    for name, timings in raw_ms.items():
        result[f"raw_selection_{name}_median_ms"] = round(statistics.median(timings), 1)
    result["plan_day_pg_over_file"] = round(
        result["plan_day_postgres_median_ms"] / result["plan_day_encrypted_median_ms"], 2
    )
    result["plan_reading_pg_over_file"] = round(
        result["plan_reading_postgres_median_ms"] / result["plan_reading_encrypted_median_ms"], 2
    )
    result["plan_cold_pg_over_file"] = round(
        result["plan_cold_postgres_ms"] / result["plan_cold_encrypted_ms"], 2
    )
    return result

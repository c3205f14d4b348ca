"""The jobs that run by themselves (DESIGN §5): a tick every minute, and the night's work.

APScheduler 3 runs a handful of code-defined jobs with fixed ids and
``replace_existing=True``; no job carries patient data, and our tables are
the source of truth, so a scheduler that was stopped loses nothing: the
first tick after a start catches up (sends what is still relevant, expires
the rest with a reason).  The same jobs run in the GUI (``QtScheduler``) and
in the headless ``serve`` command (``BlockingScheduler``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app import dispatch, locks
from app.access import Actor
from app.clock import Clock
from app.locks import AlreadyRunning
from app.practice import PracticeDatabase

if TYPE_CHECKING:
    from apscheduler.schedulers.base import BaseScheduler

log = logging.getLogger(__name__)

TICK_JOB = "relais-tick"
NIGHTLY_JOB = "relais-nightly"
TICK_SECONDS = 60
NIGHTLY_HOUR = 2  # practice's local time: nobody at the desk, before the morning backup


def tick(database: PracticeDatabase, clock: Clock) -> dispatch.DispatchReport | None:
    """One plan + dispatch cycle; another process already dispatching is not an error."""
    try:
        report = dispatch.dispatch(database, clock)
    except AlreadyRunning:
        log.info("another process is dispatching; this tick skipped")
        return None
    log.info("tick: %s", dispatch.describe(report))
    return report


KEEP_BACKUPS = 7


def nightly(database: PracticeDatabase, clock: Clock, actor: Actor) -> Path | None:
    """Empty the print runs kept past their time, then back up and verify.

    The verification is recorded in the audit log (``integrity.checked``), failed
    or not, unless the database is too damaged to take the write (logged then).

    A file is backed up beside itself (keeping a week), then verified.  A
    server is backed up by its own tools (pg_dump, see docs/postgresql.md):
    one desk verifies it, the others find the job taken and skip it.
    """
    from app import maintenance, print_runs
    from app.practice import FileDatabase, ServerDatabase

    if isinstance(database, ServerDatabase):
        try:
            with locks.advisory(database.engine, locks.NIGHTLY_LOCK_ID):
                with database.transaction() as session:
                    print_runs.empty_old_batches(session, clock, actor=actor)
                server_report = maintenance.verify_server_and_record(
                    database.engine, database.display_name, clock, actor, maintenance.NIGHTLY
                )
        except AlreadyRunning:
            log.info("another desk is doing the night's work")
            return None
        if not server_report.ok:
            log.error("nightly verification failed: %s", server_report.problems[0])
        return None
    assert isinstance(database, FileDatabase)
    with database.transaction() as session:
        print_runs.empty_old_batches(session, clock, actor=actor)
    folder = database.path.parent / "backups"
    folder.mkdir(exist_ok=True)
    target = folder / f"{database.path.stem}-{clock.now():%Y%m%d}.relais-backup"
    try:
        with database.transaction() as session:
            maintenance.backup(
                database.engine, database.path, database.data_key, target, session, clock, actor
            )
        for old in sorted(folder.glob(f"{database.path.stem}-*.relais-backup"))[:-KEEP_BACKUPS]:
            old.unlink()
    finally:
        # A damaged file fails its backup first: that night the check matters most,
        # so it runs and is recorded before the backup's error goes on.
        report = maintenance.verify_and_record(
            database.path, database.data_key, clock, actor, maintenance.NIGHTLY
        )
        if not report.ok:
            log.error("nightly verification failed: %s", report.problems[0])
    return target


def add_jobs(
    scheduler: BaseScheduler,
    on_tick: Callable[[], object],
    on_nightly: Callable[[], object],
    *,
    timezone: str,
    tick_seconds: int = TICK_SECONDS,
) -> None:
    """The fixed jobs; adding them again replaces them, never duplicates."""
    scheduler.add_job(
        on_tick,
        "interval",
        seconds=tick_seconds,
        id=TICK_JOB,
        replace_existing=True,
        # One tick at a time, and ticks missed while asleep become one tick.
        max_instances=1,
        coalesce=True,
        misfire_grace_time=None,
        next_run_time=datetime.now(UTC),  # the catch-up tick, at once
    )
    scheduler.add_job(
        on_nightly,
        "cron",
        hour=NIGHTLY_HOUR,
        minute=15,
        timezone=timezone,
        id=NIGHTLY_JOB,
        replace_existing=True,
        max_instances=1,
        coalesce=True,
        misfire_grace_time=6 * 3600,
    )

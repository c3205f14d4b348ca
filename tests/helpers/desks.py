"""Desks as separate processes on one PostgreSQL database, for the group-practice tests.

A desk is a real ``main.py serve`` (the dispatcher of a reception PC), or a
writer run from this module (``python -m tests.helpers.desks write ...``)
that does what receptionists do at the same moment on several PCs: save a
template, record a complaint, book an appointment and plan its messages.
Threads would share one interpreter and one pool; processes share nothing
but the server, as desks do.

Writers wait at a start line (a file the test creates) so that they all
begin at once rather than one after the other as each finishes importing.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL

from app.server_credentials import PASSWORD_ENV
from db.engine import public_url, read_only

ROOT = Path(__file__).resolve().parents[2]
ADMIN = "admin"
# The template every writer edits: its versions are numbered max + 1 (app/template_store.py).
TEMPLATE = ("appointment_reminder", "sms", "fr", "formal")


def desk_environ(url: URL, passphrase: str) -> dict[str, str]:
    """What a desk's service is started with: the role's and the user's passwords."""
    assert url.password is not None
    environ = dict(os.environ)
    environ.update(
        {
            PASSWORD_ENV: url.password,
            "RELAIS_PASSPHRASE": passphrase,
            "RELAIS_USER": ADMIN,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return environ


@dataclass
class Desk:
    """One process and the file its output goes to."""

    name: str
    process: subprocess.Popen[bytes]
    log_path: Path
    started: float = field(default_factory=time.monotonic)

    @property
    def pid(self) -> int:
        return self.process.pid

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL: no handler runs, no lock is released by the process itself."""
        self.process.kill()
        self.process.wait(timeout=10)

    def stop(self, timeout: float = 10.0) -> int:
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        return int(self.process.returncode)


def _start(name: str, argv: list[str], environ: dict[str, str], folder: Path) -> Desk:
    log_path = folder / f"{name}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, *argv],
            cwd=ROOT,
            env=environ,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    return Desk(name, process, log_path)


def start_servers(
    count: int, url: URL, passphrase: str, folder: Path, *, interval: int = 1
) -> list[Desk]:
    """``count`` headless dispatchers (``main.py serve``) on the same database, started at once."""
    environ = desk_environ(url, passphrase)
    argv = ["main.py", "serve", "--db", public_url(url), "--interval", str(interval)]
    return [_start(f"serve-{n}", argv, environ, folder) for n in range(count)]


def start_writers(
    count: int,
    url: URL,
    passphrase: str,
    folder: Path,
    *,
    actions: str,
    rounds: int,
    patients: list[int] | None = None,
    without_write_lock: bool = False,
) -> tuple[list[Desk], Path]:
    """``count`` writer processes waiting at the start line; returns them and the line."""
    environ = desk_environ(url, passphrase)
    start_line = folder / "go"
    argv = [
        "-m",
        "tests.helpers.desks",
        "write",
        public_url(url),
        "--actions",
        actions,
        "--rounds",
        str(rounds),
        "--start-line",
        str(start_line),
    ]
    if without_write_lock:
        argv.append("--without-write-lock")
    desks = []
    for n in range(count):
        own = [str(p) for p in (patients or [])[n::count]]
        extra = ["--desk", str(n), "--patients", ",".join(own)] if own else ["--desk", str(n)]
        desks.append(_start(f"writer-{n}", argv + extra, environ, folder))
    return desks, start_line


def start_holder(url: URL, passphrase: str, folder: Path) -> Desk:
    """A desk that starts a writing transaction, says so, and never ends it."""
    argv = ["-m", "tests.helpers.desks", "hold", public_url(url)]
    return _start("holder", argv, desk_environ(url, passphrase), folder)


def wait_for(
    condition: Callable[[], object], timeout: float, what: str, every: float = 0.05
) -> float:
    """Poll until ``condition()`` is truthy; returns the seconds it took."""
    started = time.monotonic()
    while True:
        if condition():
            return time.monotonic() - started
        if time.monotonic() - started > timeout:
            raise AssertionError(f"after {timeout:.0f} s, still not: {what}")
        time.sleep(every)


def wait_all(desks: list[Desk], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    for desk in desks:
        try:
            desk.process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            raise AssertionError(f"{desk.name} still running:\n{desk.log()}") from None


def stop_all(desks: list[Desk]) -> None:
    for desk in desks:
        if desk.alive():
            desk.process.kill()
    for desk in desks:
        desk.process.wait(timeout=10)


def advisory_holders(engine: Engine, lock_id: int) -> list[int]:
    """The operating-system pids of the desks holding the session-level advisory lock.

    A one-number advisory lock shows in ``pg_locks`` as (classid, objid) = the
    number's high and low 32 bits, with objsubid 1; ``application_name`` is
    ``relais:<pid>`` (db/engine.py), which names the desk's process.
    """
    query = text(
        """
        SELECT a.application_name
          FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
         WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
           AND l.classid = :high AND l.objid = :low AND l.database = (
               SELECT oid FROM pg_database WHERE datname = current_database())
        """
    )
    # Read only: a plain connection would queue for the write lock it is asked about.
    with read_only(engine).connect() as connection:
        names = (
            connection.execute(query, {"high": lock_id >> 32, "low": lock_id & 0xFFFFFFFF})
            .scalars()
            .all()
        )
    return [int(name.rsplit(":", 1)[1]) for name in names if name.startswith("relais:")]


# -- run as a process: ``python -m tests.helpers.desks write|hold URL ...`` ------------------


def _server_database(address: str, *, write_lock: bool = True):  # type: ignore[no-untyped-def]
    from app import practice
    from app.server_credentials import server_address, with_password
    from db.engine import create_server_engine

    url = with_password(server_address(address), os.environ)
    if write_lock:
        return practice.ServerDatabase(url, create_server_engine(url))
    # The same connection settings, without the hook that takes the write lock at
    # each BEGIN: only this test's processes ever run without it.
    engine = create_engine(
        url,
        pool_size=5,
        connect_args={"application_name": f"relais:{os.getpid()}", "connect_timeout": 10},
    )
    return practice.ServerDatabase(url, engine)


def _actor(database):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from app import auth
    from db.models import User

    with database.read_session() as session:
        user = session.scalar(select(User).where(User.username == ADMIN))
        assert user is not None
        return auth.actor_for(user)


def _write(args: argparse.Namespace) -> int:
    from app import appointments, complaints, outbox, template_store
    from app.appointments import AppointmentData
    from app.clock import SystemClock
    from app.templates import TemplateKey, default_source
    from db.models import ComplaintCategory, ComplaintChannel

    database = _server_database(args.address, write_lock=not args.without_write_lock)
    actor = _actor(database)
    clock = SystemClock()
    key = TemplateKey(*TEMPLATE)
    source = default_source(key)
    patients = [int(p) for p in args.patients.split(",")] if args.patients else []
    actions = args.actions.split(",")
    # Warm the pool (one connection per desk is what matters): no connect inside the race.
    with database.read_session() as session:
        session.execute(text("SELECT 1"))
    print(f"ready {os.getpid()}", flush=True)
    while not Path(args.start_line).exists():
        time.sleep(0.005)
    started = time.monotonic()
    failures = 0
    for n in range(args.rounds):
        for action in actions:
            try:
                with database.transaction() as session:
                    if action == "template":
                        edited = f"{source}\n{{# desk {args.desk}, save {n} #}}"
                        version = template_store.save(session, clock, actor, key, edited)
                        print(f"template version {version}", flush=True)
                    elif action == "complaint":
                        complaint = complaints.record_complaint(
                            session,
                            clock,
                            actor,
                            received_on=date(2026, 1, 5),
                            channel=ComplaintChannel.PHONE,
                            from_whom=f"desk {args.desk}",
                            category=ComplaintCategory.OTHER,
                            description=f"round {n}",
                        )
                        print(f"complaint {complaint.id}", flush=True)
                    elif action == "plan":
                        # Book one of this desk's patients, then plan whatever needs it:
                        # every desk's planner sees every desk's new reminders.  A day
                        # each, within the planner's horizon (two e-mails before each).
                        patient = patients[n % len(patients)]
                        when = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3 + n)
                        appointments.create_appointment(
                            session, clock, actor, AppointmentData(patient, when, place="Lyon")
                        )
                        created = outbox.plan_messages(session, clock).created
                        print(f"planned {len(created)}", flush=True)
                    else:
                        raise SystemExit(f"unknown action {action}")
            except Exception as exc:
                failures += 1
                print(f"FAILED {action}: {type(exc).__name__}: {exc}".splitlines()[0], flush=True)
    database.close()
    print(f"done in {time.monotonic() - started:.1f} s, {failures} failed", flush=True)
    return 1 if failures else 0


def _hold(args: argparse.Namespace) -> int:
    from app import audit
    from app.clock import SystemClock

    database = _server_database(args.address)
    session = database.session()
    session.begin()
    # The BEGIN hook took the write lock; an audit event is a real write inside it.
    audit.record(session, SystemClock(), "system", "test.holding")
    session.flush()
    print(f"holding {os.getpid()}", flush=True)
    while True:
        time.sleep(1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="desks")
    commands = parser.add_subparsers(dest="command", required=True)
    write = commands.add_parser("write")
    write.add_argument("address")
    write.add_argument("--actions", required=True)
    write.add_argument("--rounds", type=int, required=True)
    write.add_argument("--start-line", required=True)
    write.add_argument("--desk", type=int, default=0)
    write.add_argument("--patients", default="")
    write.add_argument("--without-write-lock", action="store_true")
    hold = commands.add_parser("hold")
    hold.add_argument("address")
    args = parser.parse_args(argv)
    return _write(args) if args.command == "write" else _hold(args)


if __name__ == "__main__":
    sys.exit(main())

"""The command line (DESIGN §7): the same services as the GUI, for automation.

Every command exits 0 on success and 1 with a one-line reason on error; a
partial import that reported rejected rows is a success.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from app.clock import Clock, SystemClock
from app.errors import RelaisError, ValidationError
from db.errors import DatabaseError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session

    from app import practice
    from app.access import Actor
    from app.paper_settings import PaperSettings
    from db.keys import DataKey

E = TypeVar("E", bound=Enum)
PASSPHRASE_ENV = "RELAIS_PASSPHRASE"  # noqa: S105 -- the variable's name, not a password
USER_ENV = "RELAIS_USER"


class CommandError(RelaisError):
    pass


@dataclass
class Io:
    out: TextIO
    err: TextIO
    environ: Mapping[str, str]
    clock: Clock
    prompt: Callable[[str], str]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        help="database file, or a PostgreSQL address postgresql+psycopg://role@host/database "
        "(default: this desk's setting, else the file in the user data folder)",
    )
    common.add_argument("--user", help=f"user name (default: ${USER_ENV} or admin)")
    common.add_argument(
        "--passphrase-file", type=Path, help=f"file holding the password (else ${PASSPHRASE_ENV})"
    )
    parser = argparse.ArgumentParser(
        prog="relais",
        description="Relais: patient communication for small practices.",
        parents=[common],
    )
    parser.add_argument(
        "--check-display",
        action="store_true",
        help="say whether this computer can show the window, then exit",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation in a temporary folder (no window), then exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", parents=[common], help="create a new encrypted database")
    init.add_argument("--practice", default="Cabinet médical", help="the practice's name")
    init.add_argument("--full-name", help="the first admin's full name")
    init.add_argument("--recovery-sheet", type=Path, help="also write the recovery sheet PDF")

    demo = commands.add_parser("demo", parents=[common], help="fill a database with demo patients")
    demo.add_argument("--patients", type=int, default=500)
    demo.add_argument("--seed", type=int, default=1)

    _add_import_command(commands, common)

    _add_database_commands(commands, common)

    backup = commands.add_parser("backup", parents=[common], help="write a verified backup")
    backup.add_argument("--out", type=Path, required=True)

    export = commands.add_parser(
        "export", parents=[common], help="subject access: everything held on one patient"
    )
    export.add_argument("--patient", type=int, required=True, help="the patient's number")
    export.add_argument("--out", type=Path, required=True, help="folder for the export")

    erase = commands.add_parser("erase", parents=[common], help="erase one patient's data")
    erase.add_argument("--patient", type=int, required=True, help="the patient's number")

    _add_reminder_commands(commands, common)
    _add_programme_commands(commands, common)
    _add_complaint_command(commands, common)
    _add_report_commands(commands, common)
    _add_survey_command(commands, common)
    _add_notice_command(commands, common)

    objection = commands.add_parser(
        "object",
        parents=[common],
        help="record a patient's objection (Art. 21): to every consent-based purpose, or one",
    )
    objection.add_argument("--patient", type=int, required=True, help="the patient's number")
    objection.add_argument("--purpose", help="one purpose's code (default: every consent-based)")
    objection.add_argument("--channel", help="with --purpose: sms, email, letter or phone")
    objection.add_argument(
        "--method",
        default="letter_reply",
        help="how the patient said it: signed_form, at_desk, phone, letter_reply or sms_stop",
    )

    request = commands.add_parser(
        "request",
        parents=[common],
        help="the register of data-rights requests: add, list, extend, answer",
    )
    request.add_argument("action", choices=("add", "list", "extend", "answer"))
    request.add_argument("--patient", type=int, help="add: the patient's number")
    request.add_argument(
        "--kind",
        help="add: access, rectification, erasure, restriction, portability or objection",
    )
    request.add_argument(
        "--received", type=_iso_date, help="add: day it arrived, YYYY-MM-DD (default: today)"
    )
    request.add_argument("--via", default="desk", help="add: desk, letter, email or phone")
    request.add_argument("--notes", help="add: what the patient asked, in a few words")
    request.add_argument("--id", type=int, help="extend/answer: the request's number")
    request.add_argument("--reason", help="extend: why more time is needed")
    request.add_argument(
        "--outcome", help="answer: fulfilled, partly_fulfilled, refused or withdrawn"
    )
    request.add_argument("--text", help="answer: what was answered (required for a refusal)")
    request.add_argument("--open", action="store_true", help="list: only requests not answered")

    restore = commands.add_parser("restore", parents=[common], help="restore a backup")
    restore.add_argument("--from", dest="source", type=Path, required=True)
    restore.add_argument("--recovery-key-file", type=Path, help="open with the recovery key")
    return parser


def _choice(kind: type[E], value: str, option: str) -> E:
    """An enum member from the command line, or an error naming the accepted values."""
    try:
        return kind(value)
    except ValueError:
        accepted = ", ".join(member.value for member in kind)
        raise CommandError(f"{option} {value!r}: use one of {accepted}") from None


def _add_import_command(commands: Any, common: argparse.ArgumentParser) -> None:
    imp = commands.add_parser(
        "import",
        parents=[common],
        help="import patients (CSV), or appointments (.ics, or CSV with --agenda)",
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--strict", action="store_true", help="import nothing if any row is bad")
    imp.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
    imp.add_argument(
        "--sms-replies",
        action="store_true",
        help="the file is the SMS gateway's export of replies: each STOP is recorded",
    )
    imp.add_argument(
        "--agenda",
        action="store_true",
        help="the CSV file is the agenda software's export of appointments",
    )


def _add_reminder_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    plan = commands.add_parser(
        "plan", parents=[common], help="what would be sent, and why (changes nothing)"
    )
    plan.add_argument(
        "--at", type=_iso_datetime, help="plan as if it were this moment (ISO 8601, with zone)"
    )
    plan.add_argument("--json", action="store_true", help="machine-readable output")

    paper = commands.add_parser(
        "print", parents=[common], help="today's letters as one PDF, ready for the printer"
    )
    paper.add_argument(
        "--kind",
        choices=["letters", "labels", "calls", "envelope-test"],
        default="letters",
        help="the letters waiting, their address labels, today's call sheet, or a test page "
        "to check where the address falls in a window envelope",
    )
    paper.add_argument(
        "--out", type=Path, required=True, help="the PDF to write, or a folder for it"
    )
    paper.add_argument(
        "--sheet", choices=["L7160", "L7163"], default="L7160", help="the label sheet (Avery)"
    )
    paper.add_argument(
        "--start", type=int, default=1, help="first free label on a half-used sheet (1 = top left)"
    )
    paper.add_argument(
        "--mark-printed",
        action="store_true",
        help="also mark the letters printed (only once they really are) and keep the batch "
        "for reprints",
    )

    again = commands.add_parser(
        "reprint",
        parents=[common],
        help="a kept print run, or one letter of it, exactly as it printed; --list lists them",
    )
    again.add_argument("--list", action="store_true", help="list the kept print runs")
    again.add_argument("--batch", type=int, help="the print run's number (on its cover)")
    again.add_argument("--message", type=int, help="only this letter of the print run")
    again.add_argument(
        "--labels", action="store_true", help="the run's address labels, in its print order"
    )
    again.add_argument(
        "--sheet", choices=["L7160", "L7163"], default="L7160", help="--labels: the label sheet"
    )
    again.add_argument(
        "--start", type=int, default=1, help="--labels: first free label (1 = top left)"
    )
    again.add_argument("--out", type=Path, help="the PDF to write, or a folder for it")

    send = commands.add_parser(
        "dispatch", parents=[common], help="one plan + send cycle (for the OS task scheduler)"
    )
    send.add_argument("--at", type=_iso_datetime, help="as if it were this moment")

    serve = commands.add_parser(
        "serve", parents=[common], help="keep planning and sending every minute, headless"
    )
    serve.add_argument(
        "--interval", type=int, default=60, help=argparse.SUPPRESS
    )  # seconds between ticks; only tests shorten it

    settings = commands.add_parser(
        "settings",
        parents=[common],
        help="the SMTP server, the SMS gateway, the reminder timing and the paper: show or load",
    )
    settings.add_argument("--from", dest="source", type=Path, help="load from a JSON file")
    settings.add_argument(
        "--timing-from",
        dest="timing_source",
        type=Path,
        help="load the reminder timing (lead times, sending hour, postal days) from a JSON "
        'file like the "timing" part of what settings shows',
    )
    settings.add_argument(
        "--paper-from",
        dest="paper_source",
        type=Path,
        help="load where letters print the address (the envelope's window, in mm) from a "
        'JSON file like the "paper" part of what settings shows',
    )
    logo = settings.add_mutually_exclusive_group()
    logo.add_argument(
        "--logo", type=Path, help="the logo on the letterhead: a PNG or JPEG of at most 512 KB"
    )
    logo.add_argument("--no-logo", action="store_true", help="no logo on the letterhead")


def _add_programme_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Recall programmes, one-off reminders, medication schedules and patient tags."""
    programme = commands.add_parser(
        "programme",
        parents=[common],
        help="recall programmes: add (after a preview), list, preview, done, stop",
        description="Examples: programme preview --name 'Suivi diabète' --tag diabetes "
        "--rrule FREQ=MONTHLY;INTERVAL=3 --step sms:0 --step letter:30 --step phone:60",
    )
    programme.add_argument("action", choices=("add", "list", "preview", "done", "stop"))
    programme.add_argument("--name", help="add/preview: the programme's name")
    programme.add_argument(
        "--purpose", default="screening_recall", help="add/preview: a purpose's code"
    )
    programme.add_argument("--tag", help="add/preview: only patients with this tag")
    programme.add_argument(
        "--min-age", type=int, help="add/preview: from this age (at the due date)"
    )
    programme.add_argument("--max-age", type=int, help="add/preview: up to this age")
    programme.add_argument("--sex", help="add/preview: F, M, X or U")
    programme.add_argument("--rrule", help="add/preview: how often, e.g. FREQ=MONTHLY;INTERVAL=3")
    programme.add_argument(
        "--step",
        action="append",
        type=_step,
        help="add/preview: CHANNEL:DAYS, once per step (sms:0, letter:30, phone:60; "
        "'any' lets the patient's preferences choose)",
    )
    programme.add_argument(
        "--starts-on", type=_iso_date, help="add/preview: first due date (default: today)"
    )
    programme.add_argument("--id", type=int, help="done/stop: the programme's number")
    programme.add_argument("--patient", type=int, help="done: the patient's number")
    programme.add_argument(
        "--on", type=_iso_date, help="done: the day it was done, YYYY-MM-DD (default: today)"
    )
    programme.add_argument(
        "--rows", type=int, default=20, help="preview/add: patients to list (default 20)"
    )

    remind = commands.add_parser(
        "remind", parents=[common], help="one-off reminders: add, list, cancel"
    )
    remind.add_argument("action", choices=("add", "list", "cancel"))
    remind.add_argument("--patient", type=int, help="add: the patient's number")
    remind.add_argument("--purpose", help="add: a purpose's code, e.g. screening_recall")
    remind.add_argument(
        "--due", type=_iso_datetime, help="add: when it is due (ISO 8601, with zone)"
    )
    remind.add_argument("--label", default="", help="add: what it is about (never in an SMS)")
    remind.add_argument("--channel", help="add: sms, email, letter or phone (default: preferences)")
    remind.add_argument("--id", type=int, help="cancel: the reminder's number")
    remind.add_argument("--reason", help="cancel: why")
    remind.add_argument("--limit", type=int, default=500, help="list: at most this many")

    drug = commands.add_parser(
        "medication", parents=[common], help="medication reminders: add, list, stop"
    )
    drug.add_argument("action", choices=("add", "list", "stop"))
    drug.add_argument("--patient", type=int, help="add/list: the patient's number")
    drug.add_argument("--label", help="add: what it reminds of, e.g. renouvellement d'ordonnance")
    drug.add_argument("--rrule", help="add: how often, e.g. FREQ=MONTHLY")
    drug.add_argument("--time", type=_hour, help="add: local time, HH:MM")
    drug.add_argument("--starts-on", type=_iso_date, help="add: first day (default: today)")
    drug.add_argument("--until", type=_iso_date, help="add: last day, YYYY-MM-DD")
    drug.add_argument("--id", type=int, help="stop: the schedule's number")

    tag = commands.add_parser("tag", parents=[common], help="patient tags: set, list")
    tag.add_argument("action", choices=("set", "list"))
    tag.add_argument(
        "--tag",
        dest="tags",
        action="append",
        default=[],
        help="set: one of the patient's tags, repeated (or 'diabetes;asthme'); "
        "set without --tag removes them all",
    )
    tag.add_argument("--patient", type=int, help="set: the patient (list: only theirs)")


def _step(text: str) -> Any:
    from app.recalls import StepSpec
    from db.models import Channel

    name, _colon, days = text.partition(":")
    channels = {c.value: c for c in Channel} | {"any": None}
    try:
        return StepSpec(channels[name.strip().lower()], int(days))
    except (KeyError, ValueError):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a step like sms:0 (sms, email, letter, phone or any, "
            "then the days after the due date)"
        ) from None


def _hour(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time like 09:00") from None


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-28") from None


def _username(args: argparse.Namespace, io: Io) -> str:
    return str(args.user or io.environ.get(USER_ENV) or "admin")


def _passphrase(args: argparse.Namespace, io: Io, *, confirm: bool = False) -> str:
    if args.passphrase_file is not None:
        try:
            return str(args.passphrase_file.read_text(encoding="utf-8")).rstrip("\r\n")
        except OSError as exc:
            raise CommandError(f"cannot read {args.passphrase_file}: {exc.strerror}") from exc
    value = io.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandError(
            f"no password: set {PASSPHRASE_ENV} or pass --passphrase-file (no terminal to ask)"
        )
    first = io.prompt(f"Password for {_username(args, io)}: ")
    if confirm and io.prompt("Same password again: ") != first:
        raise CommandError("the two passwords differ")
    return first


def database_location(given: str | None, environ: Mapping[str, str]) -> Path | URL:
    """The file, or the server address with its password if one is kept, to open.

    ``given`` is ``--db``; without it, this desk's setting, else the data folder's file.
    """
    from app import desk, server_credentials
    from db.engine import is_server_location

    text = given if given is not None else desk.default_location(environ)
    if not is_server_location(text):
        return Path(text)
    return server_credentials.with_password(server_credentials.server_address(text), environ)


def _location(args: argparse.Namespace, io: Io) -> Path | URL:
    return database_location(args.db, io.environ)


def _database_path(args: argparse.Namespace, io: Io) -> Path:
    """For the commands about the encrypted file itself (verify, backup, restore)."""
    location = _location(args, io)
    if not isinstance(location, Path):
        raise CommandError(
            f"{args.command} works on an encrypted database file; a PostgreSQL server is "
            "backed up and checked with its own tools (pg_dump; see docs/postgresql.md)."
        )
    return location


def _data_key(args: argparse.Namespace, io: Io, path: Path) -> DataKey:
    from app import practice
    from db.keys import DataKey

    recovery_file = getattr(args, "recovery_key_file", None)
    if recovery_file is not None:
        try:
            return DataKey.from_recovery_text(recovery_file.read_text(encoding="utf-8"))
        except OSError as exc:
            raise CommandError(f"cannot read {recovery_file}: {exc.strerror}") from exc
    return practice.unlock_key(path, _username(args, io), _passphrase(args, io), io.clock)


def _create(
    args: argparse.Namespace, io: Io, path: Path, practice_name: str
) -> tuple[practice.PracticeDatabase, Actor]:
    from app import practice, settings

    username = _username(args, io)
    path.parent.mkdir(parents=True, exist_ok=True)
    database, actor = practice.create_practice(
        path,
        io.clock,
        admin_username=username,
        admin_full_name=getattr(args, "full_name", None) or username,
        admin_password=_passphrase(args, io, confirm=True),
        practice=settings.PracticeSettings(name=practice_name),
    )
    recovery = database.data_key.recovery_text
    print(f"Created {path} with the user {actor.username} (admin).", file=io.out)
    print("Recovery key - write it down and keep it away from this computer;", file=io.out)
    print("it opens the database if every password is lost, and is shown only now:", file=io.out)
    print(f"    {recovery}", file=io.out)
    sheet = getattr(args, "recovery_sheet", None)
    if sheet is not None:
        from app.recovery_sheet import write_recovery_sheet

        write_recovery_sheet(
            sheet,
            practice_name=practice_name,
            database_path=path,
            recovery_text=recovery,
            created_at=io.clock.now(),
        )
        print(f"Recovery sheet written to {sheet}; print it, then delete the file.", file=io.out)
    return database, actor


@contextlib.contextmanager
def _signed_in(
    args: argparse.Namespace, io: Io, create_as: str | None = None
) -> Iterator[tuple[practice.PracticeDatabase, Actor]]:
    """The database opened as the command's user, closed afterwards.

    With ``create_as`` (a practice name), a missing database is created first.
    """
    from app import practice

    location = _location(args, io)
    database: practice.PracticeDatabase
    if isinstance(location, Path):
        if create_as is not None and not location.exists():
            database, actor = _create(args, io, location, create_as)
        else:
            database, actor = practice.sign_in(
                location, _username(args, io), _passphrase(args, io), io.clock
            )
    elif create_as is not None and not _server_in_use(location):
        database, actor = _create_on_server(args, io, location, create_as)
    else:
        database, actor = practice.sign_in_server(
            location, _username(args, io), _passphrase(args, io), io.clock
        )
    try:
        yield database, actor
    finally:
        database.close()


def _server_in_use(url: URL) -> bool:
    from app import practice
    from db.engine import create_server_engine

    engine = create_server_engine(url)
    try:
        return practice.holds_data(engine)
    finally:
        engine.dispose()


def _create_on_server(
    args: argparse.Namespace, io: Io, url: URL, practice_name: str
) -> tuple[practice.ServerDatabase, Actor]:
    from app import practice, settings

    username = _username(args, io)
    database, actor = practice.create_server_practice(
        url,
        io.clock,
        admin_username=username,
        admin_full_name=getattr(args, "full_name", None) or username,
        admin_password=_passphrase(args, io, confirm=True),
        practice=settings.PracticeSettings(name=practice_name),
    )
    print(f"Set up {database.display_name} with the user {actor.username} (admin).", file=io.out)
    return database, actor


def cmd_init(args: argparse.Namespace, io: Io) -> int:
    location = _location(args, io)
    database: practice.PracticeDatabase
    if isinstance(location, Path):
        database, _actor = _create(args, io, location, args.practice)
    else:
        database, _actor = _create_on_server(args, io, location, args.practice)
    database.close()
    return 0


def cmd_demo(args: argparse.Namespace, io: Io) -> int:
    from app.demo import generate_demo

    with (
        _signed_in(args, io, create_as="Cabinet médical du Parc (démo)") as (database, actor),
        database.transaction() as session,
    ):
        summary = generate_demo(session, io.clock, actor, patients=args.patients, seed=args.seed)
    print(
        f"Added {summary.patients} demo patients ({summary.households} households, "
        f"{summary.paper_only} paper only, {summary.no_email} without e-mail, "
        f"{summary.no_mobile} without mobile); {summary.tagged} tagged, "
        f"{summary.programmes} recall programmes and {summary.medication_schedules} "
        "medication schedules added.",
        file=io.out,
    )
    return 0


def cmd_import(args: argparse.Namespace, io: Io) -> int:
    from app import settings
    from app.importers.patients_csv import import_patients

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {args.file}: {exc.strerror}") from exc
    if args.file.suffix.lower() in (".ics", ".ical", ".ifb"):
        return _import_calendar(args, io, data)
    if args.sms_replies:
        return _import_replies(args, io, data)
    if args.agenda:
        return _import_agenda_csv(args, io)
    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        region = settings.load_practice(session).default_region
        report = import_patients(
            session,
            io.clock,
            actor,
            data,
            source_name=args.file.name,
            region=region,
            strict=args.strict,
            dry_run=args.dry_run,
        )
    for problem in report.errors:
        print(problem, file=io.out)
    for warning in report.warnings:
        print(f"warning: {warning}", file=io.out)
    print(report.summary(), file=io.out)
    if args.strict and report.errors:
        raise CommandError(f"{len(report.errors)} rows rejected; --strict: nothing was imported")
    return 0


def _import_replies(args: argparse.Namespace, io: Io, data: bytes) -> int:
    from app.importers.sms_replies import import_replies
    from app.settings import load_practice

    if args.dry_run:
        raise CommandError("--dry-run is for patient and agenda files, not SMS replies")
    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        region = load_practice(session).default_region
        report = import_replies(
            session, io.clock, actor, data, source_name=args.file.name, region=region
        )
    for problem in report.problems:
        print(problem, file=io.out)
    print(report.summary(), file=io.out)
    return 0


def _import_calendar(args: argparse.Namespace, io: Io, data: bytes) -> int:
    from app.importers.appointments_ics import import_calendar

    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        report = import_calendar(
            session, io.clock, actor, data, source_name=args.file.name, dry_run=args.dry_run
        )
    for problem in report.problems:
        print(problem, file=io.out)
    print(report.summary(), file=io.out)
    if args.strict and report.problems:
        raise CommandError(f"{len(report.problems)} problems; --strict: report them first")
    return 0


def _import_agenda_csv(args: argparse.Namespace, io: Io) -> int:
    from app.importers.appointments_csv import import_appointments_csv
    from app.settings import load_practice

    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        region = load_practice(session).default_region
        report = import_appointments_csv(
            session, io.clock, actor, args.file, region=region, dry_run=args.dry_run
        )
    for problem in report.problems:
        print(problem, file=io.out)
    print(report.summary(), file=io.out)
    if args.strict and report.problems:
        raise CommandError(f"{len(report.problems)} problems; --strict: report them first")
    return 0


def cmd_verify(args: argparse.Namespace, io: Io) -> int:
    from app import maintenance
    from db.keys import normalize_username

    location = _location(args, io)
    if not isinstance(location, Path):
        return _verify_server(args, io)
    path = location
    if not path.exists():
        raise CommandError(f"there is no database at {path}")
    data_key = _data_key(args, io, path)
    # The recovery key proves no user: the log then says which key opened the file.
    if getattr(args, "recovery_key_file", None) is not None:
        checked_by = maintenance.RECOVERY_KEY_ACTOR
    else:
        checked_by = normalize_username(_username(args, io))
    report = maintenance.verify_and_record(
        path, data_key, io.clock, checked_by, maintenance.COMMAND
    )
    return _said_verified(
        io,
        path.name,
        report.problems,
        f"encryption (page HMACs), integrity and the audit chain ({report.audit_events} events) "
        "verified.",
        report.not_recorded,
    )


def _said_verified(
    io: Io, name: str, problems: list[str], checked: str, not_recorded: str | None
) -> int:
    if not_recorded is not None:
        print(f"NOTE this check could not be written to the audit log: {not_recorded}", file=io.out)
    for problem in problems:
        print(f"FAIL {problem}", file=io.out)
    if problems:
        raise CommandError(f"{name} failed verification: {problems[0]}")
    print(f"OK {name}: {checked}", file=io.out)
    return 0


def _verify_server(args: argparse.Namespace, io: Io) -> int:
    from app import maintenance

    with _signed_in(args, io) as (database, actor):
        report = maintenance.verify_server_and_record(
            database.engine, database.display_name, io.clock, actor, maintenance.COMMAND
        )
    return _said_verified(
        io,
        report.name,
        report.problems,
        f"schema, append-only guards and the audit chain ({report.audit_events} events) "
        f"verified; {sum(report.table_rows.values())} rows.",
        report.not_recorded,
    )


def cmd_connect(args: argparse.Namespace, io: Io) -> int:
    """Point this desk at the practice's server, the password kept in the keychain."""
    from app import desk, server_credentials
    from db.engine import create_server_engine, is_server_location, public_url

    if args.db is None or not is_server_location(args.db):
        raise CommandError("connect needs --db postgresql+psycopg://role@host/database")
    address = server_credentials.server_address(args.db)
    url = server_credentials.with_password(address, io.environ)
    if url.password is None and not args.no_password:
        url = address.set(password=io.prompt(f"Password of {address.username} on {address.host}: "))
    engine = create_server_engine(url)  # proves the address, the password and the role
    engine.dispose()
    if url.password is not None and args.remember:
        server_credentials.remember_password(address, url.password)
        print("The password is kept in this computer's keychain.", file=io.out)
    config = desk.point_at(io.environ, public_url(address))
    print(f"This desk now opens {public_url(address)} (setting kept in {config}).", file=io.out)
    return 0


def cmd_migrate_to(args: argparse.Namespace, io: Io) -> int:
    """Move a single-desk practice onto its server; the file itself is left as it was."""
    from app import practice, server_credentials, server_move
    from db.engine import is_server_location

    if not is_server_location(args.to):
        raise CommandError("--to takes a PostgreSQL address postgresql+psycopg://role@host/db")
    path = _location(args, io)
    if not isinstance(path, Path):
        raise CommandError("migrate-to moves a database file: --db names the file, --to the server")
    if not path.exists():
        raise CommandError(f"there is no database at {path}")
    target = server_credentials.with_password(
        server_credentials.server_address(args.to), io.environ
    )
    database, actor = practice.sign_in(path, _username(args, io), _passphrase(args, io), io.clock)
    try:
        report = server_move.move_to_server(database, target, io.clock, actor)
    finally:
        database.close()
    for table, rows in report.table_rows.items():
        if rows:
            print(f"{table:<24} {rows:>9}", file=io.out)
    print(
        f"OK {report.source} moved to {report.target}: {report.total_rows} rows, counts and "
        f"the audit chain ({report.audit_events} events) verified, in {report.seconds:.1f} s.",
        file=io.out,
    )
    return 0


def cmd_backup(args: argparse.Namespace, io: Io) -> int:
    from app import maintenance, practice

    _database_path(args, io)  # refuses a server before asking for a password
    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        assert isinstance(database, practice.FileDatabase)
        report = maintenance.backup(
            database.engine, database.path, database.data_key, args.out, session, io.clock, actor
        )
    rows = sum(report.table_rows.values())
    print(
        f"Backup written and verified: {report.path} ({report.size_bytes} bytes, {rows} rows, "
        f"sha256 {report.sha256[:16]}…).",
        file=io.out,
    )
    return 0


def cmd_restore(args: argparse.Namespace, io: Io) -> int:
    from app import maintenance

    target = _database_path(args, io)
    maintenance.ensure_closed(target)
    if args.recovery_key_file is not None:
        key = _data_key(args, io, target)
    else:
        keys = maintenance.read_backup_keys(args.source)
        key = keys.unwrap(_username(args, io), _passphrase(args, io))
    report = maintenance.restore(args.source, target, key, io.clock.now())
    print(f"Restored {target} from the backup of {report.created_at}.", file=io.out)
    if report.previous_kept_as is not None:
        print(f"The database it replaced is kept as {report.previous_kept_as}.", file=io.out)
    return 0


def cmd_export(args: argparse.Namespace, io: Io) -> int:
    from app import access_report

    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        files = access_report.export_to_folder(session, io.clock, actor, args.patient, args.out)
    print(f"Exported patient {args.patient} to {files.json} and {files.pdf}.", file=io.out)
    return 0


def cmd_erase(args: argparse.Namespace, io: Io) -> int:
    from app import maintenance, rights

    with _signed_in(args, io) as (database, actor):
        with database.transaction() as session:
            report = rights.erase_patient(session, io.clock, actor, args.patient)
        maintenance.checkpoint(database.engine)
    print(
        f"Erased patient {args.patient}: {report.contact_points} contact points, "
        f"{report.preferences} preference records and {report.evidence_documents} scanned "
        f"forms removed; {report.consent_events_kept} consent events kept without personal data.",
        file=io.out,
    )
    return 0


def cmd_object(args: argparse.Namespace, io: Io) -> int:
    from app import consent
    from db.models import Channel, ConsentKind, ConsentMethod

    method = _choice(ConsentMethod, args.method, "--method")
    if args.channel is not None and args.purpose is None:
        raise CommandError("--channel needs --purpose")
    channel = None if args.channel is None else _choice(Channel, args.channel, "--channel")
    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        if args.purpose is None:
            consent.object_to_direct_marketing(session, io.clock, actor, args.patient, method)
            what = "every consent-based purpose"
        else:
            consent.record(
                session,
                io.clock,
                actor,
                patient_id=args.patient,
                purpose_code=args.purpose,
                channel=channel,
                kind=ConsentKind.OBJECTED,
                method=method,
            )
            what = args.purpose + (f" by {channel.value}" if channel else "")
    print(f"Objection recorded for patient {args.patient}: {what}.", file=io.out)
    return 0


def _iso_datetime(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a moment like 2026-12-01T09:00+01:00"
        ) from None
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} needs a time zone, e.g. +01:00 or Z")
    return moment


def _clock_at(args: argparse.Namespace, io: Io) -> Clock:
    from app.clock import FixedClock

    return io.clock if args.at is None else FixedClock(args.at)


def cmd_plan(args: argparse.Namespace, io: Io) -> int:
    import json

    from app import outbox

    clock = _clock_at(args, io)
    with _signed_in(args, io) as (database, _actor), database.read_session() as session:
        outcome = outbox.plan_messages(session, clock, dry_run=True)
        zone = outbox.planner_settings(session).zone
    messages = [
        {
            "send_at": m.send_at.astimezone(zone).isoformat(),
            "patient_id": m.patient_id,
            "channel": m.channel.value,
            "purpose": m.purpose,
            "items": [{"reminder_id": i.reminder_id, "lead": i.lead} for i in m.items],
            "reason": m.reason,
        }
        for m in outcome.planned
    ]
    exclusions = [
        {
            "patient_id": e.patient_id,
            "reminder_id": e.reminder_id,
            "code": e.code,
            "lead": e.lead,
            "channel": e.channel.value if e.channel else None,
            "detail": e.detail,
        }
        for e in outcome.exclusions
    ]
    if args.json:
        at = clock.now().astimezone(zone).isoformat()
        report = {"at": at, "messages": messages, "exclusions": exclusions}
        print(json.dumps(report, ensure_ascii=False, indent=2), file=io.out)
        return 0
    for planned in outcome.planned:
        leads = ", ".join(f"reminder {i.reminder_id} {i.lead}" for i in planned.items)
        print(
            f"{planned.send_at.astimezone(zone):%Y-%m-%d %H:%M}  {planned.channel.value:<6} "
            f"patient {planned.patient_id}  {planned.purpose} ({leads}): "
            f"{planned.reason['chosen_by']}, {planned.reason['consent']['state']}",
            file=io.out,
        )
    for left_out in outcome.exclusions:
        lead = f" {left_out.lead}" if left_out.lead else ""
        print(
            f"not sent: patient {left_out.patient_id} reminder {left_out.reminder_id}{lead}: "
            f"{left_out.code}",
            file=io.out,
        )
    print(f"{len(messages)} messages to plan, {len(exclusions)} left out.", file=io.out)
    return 0


def cmd_dispatch(args: argparse.Namespace, io: Io) -> int:
    from app import dispatch

    with _signed_in(args, io) as (database, _actor):
        report = dispatch.dispatch(database, _clock_at(args, io))
    for problem in report.problems:
        print(problem, file=io.out)
    counts = ", ".join(f"{value} {name}" for name, value in dispatch.describe(report).items())
    print(f"Dispatched: {counts}.", file=io.out)
    return 0


def cmd_print(args: argparse.Namespace, io: Io) -> int:
    from app import letters, print_runs

    if args.kind == "envelope-test":
        return _print_envelope_test(args, io)
    if args.kind != "letters":
        return _print_sheet(args, io)
    nothing: letters.NothingToPrint | None = None
    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        try:
            written = letters.write_letters(session, io.clock, args.out)
        except letters.NothingToPrint as exc:
            nothing = exc  # caught inside: the check's cancellations are committed all the same
        else:
            if args.mark_printed:
                assert written.batch is not None
                kept = print_runs.keep_printed(session, io.clock, actor, written.batch)
    if nothing is not None:
        for left in nothing.left_out:
            print(f"set aside: {left.patient_name}: {left.why}", file=io.out)
        raise CommandError(str(nothing))
    for left in written.left_out:
        print(f"set aside: {left.patient_name}: {left.why}", file=io.out)
    marked = f" and marked printed (kept as print run {kept.id})" if args.mark_printed else ""
    print(f"{len(written.message_ids)} letters written to {written.path}{marked}.", file=io.out)
    return 0


def cmd_reprint(args: argparse.Namespace, io: Io) -> int:
    """A kept print run (or one of its letters) as it printed, or its address labels; or the
    list of them."""
    from app import letters, print_runs
    from app.errors import NotFound

    if not args.list and args.batch is None:
        raise CommandError("give --batch N (the number on the cover), or --list")
    if args.batch is not None and args.out is None:
        raise CommandError("--out: where to write the reprint")
    if args.labels:
        if args.message is not None:
            raise CommandError("--labels: the labels are for the whole run, not with --message")
        return _run_labels(args, io)
    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        if args.list:
            for batch in print_runs.kept_batches(session):
                kept = f"emptied: {batch.emptied_why}" if batch.emptied else "kept"
                print(
                    f"{batch.id}\t{batch.created_at:%Y-%m-%d %H:%M}\t{batch.created_by}\t"
                    f"{batch.letters} letters\t{batch.pages} pages\t{batch.sha256[:12]}\t{kept}",
                    file=io.out,
                )
            return 0
        try:
            print_runs.kept_batch(session, args.batch)
        except NotFound as exc:
            raise CommandError(f"--batch {args.batch}: {exc}") from exc
        if args.message is None:
            pdf = print_runs.batch_pdf(session, io.clock, actor, args.batch)
        else:
            try:
                pdf = print_runs.letter_pdf(session, io.clock, actor, args.batch, args.message)
            except NotFound as exc:
                raise CommandError(f"--message {args.message}: {exc}") from exc
        stem = f"print-run-{args.batch}" + (f"-letter-{args.message}" if args.message else "")
        path = letters.print_target(session, io.clock, args.out, stem)
        letters.write_private(path, pdf)
    what = (
        f"Letter {args.message} of print run {args.batch}"
        if args.message
        else (f"Print run {args.batch}")
    )
    print(f"{what} written to {path}.", file=io.out)
    return 0


def _run_labels(args: argparse.Namespace, io: Io) -> int:
    """The address labels of kept print run ``--batch``, in the order its letters lie."""
    from app import labels, letters, print_runs
    from app.errors import NotFound, ValidationError

    sheet = {s.name: s for s in labels.SHEETS}[f"Avery {args.sheet}"]
    # A transaction: handing out a run's addresses is audited.
    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        try:
            pdf = labels.labels_for_batch(
                session, io.clock, actor, args.batch, sheet, start_at=args.start
            )
        except NotFound as exc:
            raise CommandError(f"--batch {args.batch}: {exc}") from exc
        except print_runs.BatchEmptied as exc:
            raise CommandError(f"--batch {args.batch}: {exc}") from exc
        except ValidationError as exc:
            raise CommandError(f"--start {args.start}: {exc}") from exc
        path = letters.print_target(session, io.clock, args.out, f"print-run-{args.batch}-labels")
        letters.write_private(path, pdf)
    print(f"Labels of print run {args.batch} written to {path}.", file=io.out)
    return 0


def _print_sheet(args: argparse.Namespace, io: Io) -> int:
    """Labels for the letters waiting, or today's call sheet: paper only, nothing marked."""
    from app import call_sheet, labels, letters

    with _signed_in(args, io) as (database, _actor), database.transaction() as session:
        try:
            if args.kind == "calls":
                path = call_sheet.write_call_sheet(session, io.clock, args.out)
            else:
                sheet = {s.name: s for s in labels.SHEETS}[f"Avery {args.sheet}"]
                pdf = labels.labels_for_waiting_letters(
                    session, io.clock, sheet, start_at=args.start
                )
                path = letters.print_target(session, io.clock, args.out, "labels")
                letters.write_private(path, pdf)
        except letters.NothingToPrint as nothing:
            raise CommandError(str(nothing)) from nothing
    print(f"{args.kind.capitalize()} written to {path}.", file=io.out)
    return 0


def _print_envelope_test(args: argparse.Namespace, io: Io) -> int:
    """The test page for the envelope's window, as the paper settings place it."""
    from app import letters, paper_settings
    from app.settings import load_practice

    with _signed_in(args, io) as (database, _actor), database.read_session() as session:
        paper = paper_settings.load_paper(session)
        practice_settings = load_practice(session)
        path = letters.print_target(session, io.clock, args.out, "envelope-test")
    paper_settings.write_envelope_test(path, paper, practice_settings)
    print(f"Envelope test page written to {path}.", file=io.out)
    return 0


def cmd_serve(args: argparse.Namespace, io: Io) -> int:
    import logging
    import signal

    from apscheduler.schedulers.blocking import BlockingScheduler

    from app import scheduler

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    with _signed_in(args, io) as (database, actor):
        with database.read_session() as session:
            from app.settings import load_practice

            zone = load_practice(session).timezone
        runner = BlockingScheduler(timezone=zone)
        scheduler.add_jobs(
            runner,
            lambda: scheduler.tick(database, io.clock),
            lambda: scheduler.nightly(database, io.clock, actor),
            timezone=zone,
            tick_seconds=args.interval,
        )

        def stop(_signum: int, _frame: object) -> None:
            runner.shutdown(wait=True)  # the tick in progress finishes first

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        print(f"Serving {database.display_name}: a tick every {args.interval} s.", file=io.out)
        io.out.flush()
        runner.start()
    print("Stopped.", file=io.out)
    return 0


def cmd_settings(args: argparse.Namespace, io: Io) -> int:
    import json

    from app import channel_settings, paper_settings, reminder_timing

    paper_given = args.paper_source is not None or args.logo is not None or args.no_logo
    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        if args.source is not None or args.timing_source is not None or paper_given:
            # Both files are read before anything is saved: one bad file saves neither.
            loaded = None if args.source is None else channel_settings.read_file(args.source)
            timing = (
                None
                if args.timing_source is None
                else reminder_timing.read_file(args.timing_source)
            )
            paper = _paper_wanted(args, session) if paper_given else None
            if loaded is not None:
                changed = channel_settings.save(session, io.clock, actor, loaded)
                print(f"Saved: {', '.join(changed) or 'nothing changed'}.", file=io.out)
            if timing is not None:
                changed = reminder_timing.save(session, io.clock, actor, timing)
                print(f"Timing saved: {', '.join(changed) or 'nothing changed'}.", file=io.out)
                if changed:
                    print("Active reminders are planned again at the next tick.", file=io.out)
            if paper is not None:
                changed = paper_settings.save_paper(session, io.clock, actor, paper)
                print(f"Paper saved: {', '.join(changed) or 'nothing changed'}.", file=io.out)
            return 0
        shown = channel_settings.as_json(channel_settings.load(session))
        shown["timing"] = reminder_timing.as_json(reminder_timing.read(session))
        shown["paper"] = paper_settings.as_json(paper_settings.load_paper(session))
    for part in ("email", "sms"):
        for secret in ("password", "auth_header_value"):
            if shown.get(part, {}).get(secret):
                shown[part][secret] = "***"  # shown on a screen: never the secret itself
    print(json.dumps(shown, ensure_ascii=False, indent=2), file=io.out)
    return 0


def _paper_wanted(args: argparse.Namespace, session: Session) -> PaperSettings:
    """The paper settings the options ask for: the window from --paper-from (what the file
    leaves out is the default), the logo from --logo, none with --no-logo, else as they are."""
    from dataclasses import replace

    from app import paper_settings

    current = paper_settings.load_paper(session)
    wanted = current
    if args.paper_source is not None:
        wanted = replace(paper_settings.read_file(args.paper_source), logo=current.logo)
    if args.logo is not None:
        wanted = replace(wanted, logo=paper_settings.read_logo_file(args.logo))
    elif args.no_logo:
        wanted = replace(wanted, logo=None)
    return wanted


def _needs(args: argparse.Namespace, *names: str) -> None:
    missing = [f"--{name.replace('_', '-')}" for name in names if getattr(args, name) is None]
    if missing:
        raise CommandError(f"{args.command} {args.action} needs {' and '.join(missing)}")


def cmd_request(args: argparse.Namespace, io: Io) -> int:
    from app import rights_requests
    from app.settings import load_practice
    from db.models import RequestKind, RequestOutcome

    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        if args.action == "add":
            _needs(args, "patient", "kind")
            received = args.received or load_practice(session).today(io.clock)
            request = rights_requests.open_request(
                session,
                io.clock,
                actor,
                args.patient,
                _choice(RequestKind, args.kind, "--kind"),
                received,
                args.via,
                args.notes,
            )
            print(
                f"Request {request.id} recorded; answer by {request.due_on.isoformat()}.",
                file=io.out,
            )
        elif args.action == "extend":
            _needs(args, "id", "reason")
            request = rights_requests.extend(session, io.clock, actor, args.id, args.reason)
            assert request.extended_to is not None
            print(f"Request {request.id} now due {request.extended_to.isoformat()}.", file=io.out)
        elif args.action == "answer":
            _needs(args, "id", "outcome")
            outcome = _choice(RequestOutcome, args.outcome, "--outcome")
            rights_requests.answer(session, io.clock, actor, args.id, outcome, args.text)
            print(f"Request {args.id} answered: {outcome.value}.", file=io.out)
        else:
            today = load_practice(session).today(io.clock)
            for row in rights_requests.register(session, open_only=args.open):
                if row.is_open:
                    state = "OVERDUE" if row.overdue(today) else f"{row.days_left(today)} days left"
                else:
                    assert row.outcome is not None
                    state = f"answered {row.answered_on} ({row.outcome.value})"
                print(
                    f"{row.id}\t{row.kind.value}\tpatient {row.patient_id}\t"
                    f"received {row.received_on}\tdue {row.deadline}\t{state}",
                    file=io.out,
                )
    return 0


def _add_complaint_command(commands: Any, common: argparse.ArgumentParser) -> None:
    complaint = commands.add_parser(
        "complaint",
        parents=[common],
        help="the complaints register: add, list, ack, answer, close; delays",
    )
    complaint.add_argument("action", choices=("add", "list", "ack", "answer", "close", "delays"))
    complaint.add_argument(
        "id", type=int, nargs="?", help="ack/answer/close: the complaint's number"
    )
    complaint.add_argument(
        "--received", type=_iso_date, help="add: day it arrived, YYYY-MM-DD (default: today)"
    )
    complaint.add_argument(
        "--channel", help="add: letter, email, phone, in_person, online or other"
    )
    complaint.add_argument(
        "--category",
        help="add: reception, waiting, communication, care, messages, data, billing, "
        "premises or other",
    )
    complaint.add_argument(
        "--from", dest="from_whom", help="add: who complained ('the patient', a name)"
    )
    complaint.add_argument("--patient", type=int, help="add: the patient's number, if any")
    complaint.add_argument("--description", help="add: what the complaint is about")
    complaint.add_argument(
        "--on", type=_iso_date, help="ack/answer: the day it was done (default: today)"
    )
    complaint.add_argument(
        "--outcome", help="answer: upheld, partly_upheld, not_upheld or withdrawn"
    )
    complaint.add_argument("--answer", help="answer: what the practice answered")
    complaint.add_argument("--lessons", help="close: what the practice learnt or will change")
    complaint.add_argument(
        "--acknowledge-days", type=int, help="delays: working days to acknowledge (default 2)"
    )
    complaint.add_argument(
        "--answer-days", type=int, help="delays: calendar days to answer (default 30)"
    )
    shown = complaint.add_mutually_exclusive_group()
    shown.add_argument("--open", action="store_true", help="list: only those not answered")
    shown.add_argument("--overdue", action="store_true", help="list: only those past a deadline")


def _add_notice_command(commands: Any, common: argparse.ArgumentParser) -> None:
    notice = commands.add_parser(
        "notice",
        parents=[common],
        help="the privacy notice's versions: list, publish",
    )
    notice.add_argument("action", choices=("list", "publish"))
    notice.add_argument("--version", dest="notice_version", help="publish: its label, e.g. 2026-12")
    notice.add_argument("--summary", help="publish: what changed, in a sentence or two")
    notice.add_argument(
        "--on",
        type=_iso_date,
        help="publish: the day it was put up, YYYY-MM-DD, today or earlier (default: today)",
    )
    notice.add_argument(
        "--reconfirm",
        action="store_true",
        help="publish: patients must agree again (a new purpose, a new recipient...)",
    )


def _add_database_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Commands about the database itself: verify, pointing a desk at a server, moving onto one."""
    verify = commands.add_parser(
        "verify", parents=[common], help="check encryption, integrity and the audit chain"
    )
    verify.add_argument("--recovery-key-file", type=Path, help="open with the recovery key")

    connect = commands.add_parser(
        "connect",
        parents=[common],
        help="point this desk at the practice's PostgreSQL server (--db ADDRESS)",
    )
    connect.add_argument(
        "--remember",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="keep the password in the system keychain (default) or ask at each start",
    )
    connect.add_argument(
        "--no-password",
        action="store_true",
        help="the server lets this desk in without a password (certificate, .pgpass)",
    )

    migrate_to = commands.add_parser(
        "migrate-to",
        parents=[common],
        help="copy this desk's database file into a new, empty PostgreSQL database",
    )
    migrate_to.add_argument(
        "--to",
        required=True,
        metavar="ADDRESS",
        help="postgresql+psycopg://role@host/database (password from RELAIS_DB_PASSWORD "
        "or the keychain)",
    )


def _add_report_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """The transparency report, the record of processing, and appointment outcomes."""
    report = commands.add_parser(
        "report",
        parents=[common],
        help="the transparency report (default: the last full quarter), or the record of "
        "processing (GDPR Art. 30), as a PDF",
    )
    report.add_argument("--out", type=Path, required=True, help="the PDF to write")
    report.add_argument(
        "--kind",
        choices=("transparency", "processing"),
        default="transparency",
        help="transparency: figures for the waiting room; processing: the Art. 30 record",
    )
    report.add_argument(
        "--from", dest="first_day", type=_iso_date, help="first day, YYYY-MM-DD (with --to)"
    )
    report.add_argument("--to", dest="last_day", type=_iso_date, help="last day, included")
    report.add_argument("--language", choices=("fr", "en"), help="default: the practice's language")

    appointment = commands.add_parser(
        "appointment",
        parents=[common],
        help="what happened at an appointment: outcome ID attended|missed|cancelled_in_time|"
        "clear, or the list of those awaiting one",
    )
    appointment.add_argument("action", choices=("outcome", "awaiting"))
    appointment.add_argument("id", type=int, nargs="?", help="outcome: the appointment's number")
    appointment.add_argument(
        "outcome",
        nargs="?",
        choices=("attended", "missed", "cancelled_in_time", "clear"),
        help="outcome: what happened (clear forgets one keyed by mistake)",
    )


def cmd_report(args: argparse.Namespace, io: Io) -> int:
    from app import processing_record, transparency
    from app.settings import load_practice

    if (args.first_day is None) != (args.last_day is None):
        raise CommandError("--from and --to go together")
    if args.kind == "processing" and args.first_day is not None:
        raise CommandError("the record of processing has no period: leave out --from and --to")
    with _signed_in(args, io) as (database, _actor), database.read_session() as session:
        practice = load_practice(session)
        language = args.language or practice.language
        if args.kind == "processing":
            processing_record.write_processing_record(args.out, session, io.clock, language)
            print(f"Record of processing written to {args.out}.", file=io.out)
            return 0
        period = (
            transparency.Period(args.first_day, args.last_day)
            if args.first_day is not None
            else transparency.Period.last_full_quarter(practice.today(io.clock))
        )
        figures = transparency.write_transparency_report(
            args.out, session, io.clock, period, language
        )
    print(
        f"Transparency report from {period.first_day} to {period.last_day} written to "
        f"{args.out}: {figures.sent()} messages sent, {figures.complaints.received} complaints.",
        file=io.out,
    )
    return 0


def cmd_appointment(args: argparse.Namespace, io: Io) -> int:
    from app import appointments
    from app.settings import load_practice
    from db.models import AppointmentOutcome

    if args.action == "awaiting":
        with _signed_in(args, io) as (database, _actor), database.read_session() as session:
            zone = load_practice(session).zone()
            for row in appointments.appointments_awaiting_outcome(session, io.clock.now(), zone):
                print(
                    f"{row.id}	{row.starts_at.astimezone(zone):%Y-%m-%d %H:%M}	"
                    f"patient {row.patient_id} {row.patient_name}	{row.practitioner}",
                    file=io.out,
                )
        return 0
    if args.id is None or args.outcome is None:
        raise CommandError(
            "appointment outcome needs the appointment's number and "
            "attended, missed, cancelled_in_time or clear"
        )
    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        if args.outcome == "clear":
            changed = appointments.clear_outcome(session, io.clock, actor, args.id)
            said = "cleared" if changed else "had no outcome"
        else:
            outcome = AppointmentOutcome(args.outcome)
            changed = appointments.record_outcome(session, io.clock, actor, args.id, outcome)
            said = f"recorded as {outcome.value}" if changed else f"was already {outcome.value}"
    print(f"Appointment {args.id} {said}.", file=io.out)
    return 0


def cmd_complaint(args: argparse.Namespace, io: Io) -> int:
    from app import complaints
    from app.settings import load_practice
    from db.models import ComplaintCategory, ComplaintChannel, ComplaintOutcome

    if args.action in ("ack", "answer", "close") and args.id is None:
        raise CommandError(f"complaint {args.action} needs the complaint's number")
    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        today = load_practice(session).today(io.clock)
        if args.action == "add":
            given = (
                ("--channel", args.channel),
                ("--category", args.category),
                ("--from", args.from_whom),
                ("--description", args.description),
            )
            missing = [option for option, value in given if value is None]
            if missing:
                raise CommandError(f"complaint add needs {' and '.join(missing)}")
            complaint = complaints.record_complaint(
                session,
                io.clock,
                actor,
                received_on=args.received or today,
                channel=_choice(ComplaintChannel, args.channel, "--channel"),
                from_whom=args.from_whom,
                category=_choice(ComplaintCategory, args.category, "--category"),
                description=args.description,
                patient_id=args.patient,
            )
            print(
                f"Complaint {complaint.id} recorded; acknowledge by "
                f"{complaint.acknowledge_by.isoformat()}, answer by "
                f"{complaint.answer_by.isoformat()}.",
                file=io.out,
            )
        elif args.action == "ack":
            complaint = complaints.acknowledge(session, io.clock, actor, args.id, args.on)
            assert complaint.acknowledged_on is not None
            print(
                f"Complaint {complaint.id} acknowledged on "
                f"{complaint.acknowledged_on.isoformat()}; answer by "
                f"{complaint.answer_by.isoformat()}.",
                file=io.out,
            )
        elif args.action == "answer":
            _needs(args, "outcome", "answer")
            outcome = _choice(ComplaintOutcome, args.outcome, "--outcome")
            complaints.answer(
                session, io.clock, actor, args.id, outcome=outcome, text=args.answer, on=args.on
            )
            print(f"Complaint {args.id} answered: {outcome.value}.", file=io.out)
        elif args.action == "close":
            _needs(args, "lessons")
            complaints.close(session, io.clock, actor, args.id, lessons=args.lessons)
            print(f"Complaint {args.id} closed.", file=io.out)
        elif args.action == "delays":
            delays = complaints.read_delays(session)
            if args.acknowledge_days is not None or args.answer_days is not None:
                delays = complaints.ComplaintDelays(
                    acknowledge_working_days=(
                        delays.acknowledge_working_days
                        if args.acknowledge_days is None
                        else args.acknowledge_days
                    ),
                    answer_days=delays.answer_days
                    if args.answer_days is None
                    else args.answer_days,
                )
                complaints.save_delays(session, io.clock, actor, delays)
            print(
                f"Complaints are acknowledged within {delays.acknowledge_working_days} working "
                f"days and answered within {delays.answer_days} days of receipt.",
                file=io.out,
            )
        elif args.overdue:
            for late in complaints.overdue(session, today):
                row = late.complaint
                steps = ", ".join(
                    f"{d.step.value} overdue by {d.days_late(today)} days (due {d.due_on})"
                    for d in late.late
                )
                print(f"{row.id}\treceived {row.received_on}\t{steps}", file=io.out)
        else:
            rows = complaints.complaint_list(
                session, complaints.ComplaintFilter(open_only=args.open)
            )
            for row in rows:
                print(_complaint_line(row, today), file=io.out)
    return 0


def cmd_notice(args: argparse.Namespace, io: Io) -> int:
    from app import consent
    from app.settings import load_practice

    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        zone = load_practice(session).zone()
        if args.action == "publish":
            missing = [
                option
                for option, value in (
                    ("--version", args.notice_version),
                    ("--summary", args.summary),
                )
                if value is None
            ]
            if missing:
                raise CommandError(f"notice publish needs {' and '.join(missing)}")
            published = consent.publish_notice(
                session,
                io.clock,
                actor,
                args.notice_version,
                args.summary,
                needs_reconfirmation=args.reconfirm,
                published_on=args.on,
            )
            again = "; patients must agree again" if published.needs_reconfirmation else ""
            print(
                f"Privacy notice {published.version} published on "
                f"{published.published_at.astimezone(zone).date().isoformat()}{again}.",
                file=io.out,
            )
            return 0
        listed = consent.notices(session)
        if not listed:
            print("No privacy notice published yet.", file=io.out)
        for shown in listed:
            day = shown.published_at.astimezone(zone).date().isoformat()
            again = "\tagree again" if shown.needs_reconfirmation else ""
            print(f"{shown.version}\t{day}\t{shown.summary}{again}", file=io.out)
    return 0


def _complaint_line(row: Any, today: date) -> str:
    """One line of ``complaint list``: what came, and where it stands."""
    deadline = row.next_deadline()
    if deadline is None:
        state = f"answered {row.answered_on} ({row.outcome.value})"
        if row.closed_on is not None:
            state += f", closed {row.closed_on}"
    elif deadline.days_late(today):
        state = f"{deadline.step.value.upper()} OVERDUE by {deadline.days_late(today)} days"
    else:
        state = f"{deadline.step.value} by {deadline.due_on}"
    who = f"patient {row.patient_id}" if row.patient_id is not None else "no patient"
    return (
        f"{row.id}\treceived {row.received_on}\t{row.channel.value}\t{row.category.value}\t"
        f"{who}\t{row.status.value}\t{state}"
    )


def _programme_spec(args: argparse.Namespace, today: date) -> Any:
    from app.recalls import CohortRule, ProgrammeSpec
    from db.models import Sex

    _needs(args, "name", "rrule", "step")
    sex = None if args.sex is None else _choice(Sex, args.sex.upper(), "--sex")
    return ProgrammeSpec(
        name=args.name,
        purpose_code=args.purpose,
        rule=CohortRule(args.min_age, args.max_age, sex, args.tag),
        rrule=args.rrule,
        steps=tuple(args.step),
        starts_on=args.starts_on or today,
    )


def _print_preview(shown: Any, rows: int, out: TextIO) -> None:
    left_out = ", ".join(f"{code} {count}" for code, count in shown.exclusions.items())
    print(
        f"{shown.cohort} patients, {shown.reached} reached"
        + (f"; left out of a step: {left_out}" if left_out else "")
        + ".",
        file=out,
    )
    for warning in shown.warnings:
        print(f"warning: {warning}", file=out)
    for row in shown.rows[:rows]:
        steps = "  ".join(
            f"{s.position}:{s.due_on}:"
            + (f"{s.channel.value} on {s.send_on}" if s.channel else str(s.exclusion))
            for s in row.steps
        )
        print(f"{row.patient_id}\t{row.name}\tdue {row.due_on}\t{steps}", file=out)
    if len(shown.rows) > rows:
        print(f"… and {len(shown.rows) - rows} more (--rows N lists more).", file=out)


def cmd_programme(args: argparse.Namespace, io: Io) -> int:
    from app import recalls
    from app.settings import load_practice

    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        today = load_practice(session).today(io.clock)
        if args.action in ("add", "preview"):
            spec = _programme_spec(args, today)
            shown = recalls.preview(session, io.clock, spec)
            _print_preview(shown, args.rows, io.out)
            if args.action == "add":
                programme = recalls.create(session, io.clock, actor, spec)
                print(
                    f"Programme {programme.id} saved; its reminders are made by the next dispatch.",
                    file=io.out,
                )
        elif args.action == "list":
            for p in recalls.programmes(session, clock=io.clock):
                rule = p.rule
                who = ", ".join(
                    part
                    for part in (
                        f"tag {rule.tag}" if rule.tag else "",
                        f"from {rule.min_age}" if rule.min_age is not None else "",
                        f"to {rule.max_age}" if rule.max_age is not None else "",
                        f"sex {rule.sex.value}" if rule.sex else "",
                    )
                    if part
                )
                steps = " → ".join(
                    f"{s.channel.value if s.channel else 'any'}+{s.offset_days}d" for s in p.steps
                )
                print(
                    f"{p.id}\t{p.name}\t{'active' if p.active else 'stopped'}\t{p.purpose_code}"
                    f"\t{who or 'everyone'}\t{p.rrule} from {p.starts_on}\t{steps}"
                    f"\t{p.cohort_size} patients\t{p.reminders_ahead} reminders ahead",
                    file=io.out,
                )
        elif args.action == "done":
            _needs(args, "id", "patient")
            done = recalls.mark_done(
                session, io.clock, actor, args.id, args.patient, args.on or today
            )
            print(
                f"Recall done for patient {args.patient} on {args.on or today}; "
                f"{done.steps_cancelled} steps still ahead cancelled.",
                file=io.out,
            )
        else:
            _needs(args, "id")
            cancelled = recalls.deactivate(session, io.clock, actor, args.id)
            print(f"Programme {args.id} stopped; {cancelled} reminders cancelled.", file=io.out)
    return 0


def cmd_remind(args: argparse.Namespace, io: Io) -> int:
    from app import one_off
    from app.settings import load_practice
    from db.models import Channel

    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        zone = load_practice(session).zone()
        if args.action == "add":
            _needs(args, "patient", "purpose", "due")
            channel = None if args.channel is None else _choice(Channel, args.channel, "--channel")
            reminder = one_off.create(
                session,
                io.clock,
                actor,
                patient_id=args.patient,
                purpose_code=args.purpose,
                due_at=args.due,
                label=args.label,
                channel=channel,
            )
            print(f"Reminder {reminder.id} added.", file=io.out)
        elif args.action == "cancel":
            _needs(args, "id", "reason")
            one_off.cancel(session, io.clock, actor, args.id, args.reason)
            print(f"Reminder {args.id} cancelled.", file=io.out)
        else:
            for row in one_off.upcoming(session, io.clock.now(), limit=args.limit):
                print(
                    f"{row.id}\t{row.due_at.astimezone(zone):%Y-%m-%d %H:%M}\t"
                    f"patient {row.patient_id} {row.patient_name}\t{row.purpose_code}\t"
                    f"{row.channel.value if row.channel else 'preferences'}\t"
                    f"{row.status.value}\t{row.label}",
                    file=io.out,
                )
    return 0


def cmd_medication(args: argparse.Namespace, io: Io) -> int:
    from app import medication
    from app.settings import load_practice

    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        practice = load_practice(session)
        if args.action == "add":
            _needs(args, "patient", "label", "rrule", "time")
            schedule = medication.create(
                session,
                io.clock,
                actor,
                medication.MedicationSpec(
                    patient_id=args.patient,
                    label=args.label,
                    rrule=args.rrule,
                    time_of_day=args.time,
                    starts_on=args.starts_on or practice.today(io.clock),
                    until=args.until,
                ),
            )
            print(f"Medication schedule {schedule.id} added.", file=io.out)
        elif args.action == "stop":
            _needs(args, "id")
            cancelled = medication.stop(session, io.clock, actor, args.id)
            print(f"Schedule {args.id} stopped; {cancelled} reminders cancelled.", file=io.out)
        else:
            _needs(args, "patient")
            zone = practice.zone()
            for row in medication.for_patient(session, args.patient, now=io.clock.now()):
                following = (
                    f"next {row.next_due.astimezone(zone):%Y-%m-%d %H:%M}" if row.next_due else ""
                )
                print(
                    f"{row.id}\t{row.label}\t{row.rrule} at {row.time_of_day:%H:%M}\t"
                    f"from {row.starts_on}{f' to {row.until}' if row.until else ''}\t"
                    f"{'active' if row.active else 'stopped'}\t{following}",
                    file=io.out,
                )
    return 0


def cmd_tag(args: argparse.Namespace, io: Io) -> int:
    from app import tags

    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        if args.action == "set":
            _needs(args, "patient")
            wanted = [tag for text in args.tags for tag in tags.split(text)]
            stored = tags.set_tags(session, io.clock, actor, args.patient, wanted)
            print(
                f"Patient {args.patient}: {', '.join(stored) if stored else 'no tags'}.",
                file=io.out,
            )
        elif args.patient is not None:
            print("\n".join(tags.tags_of(session, args.patient)) or "no tags", file=io.out)
        else:
            for name, count in tags.all_tags(session):
                print(f"{name}\t{count}", file=io.out)
    return 0


def _add_survey_command(commands: Any, common: argparse.ArgumentParser) -> None:
    """``survey list | invite | answer | import | cap``: satisfaction surveys (issue 6)."""
    survey = commands.add_parser(
        "survey",
        parents=[common],
        help="satisfaction surveys: list, invite, answer (from a slip or a call), import a CSV",
    )
    survey.add_argument("action", choices=("list", "invite", "answer", "import", "cap"))
    survey.add_argument(
        "target",
        nargs="?",
        help="answer: the reference on the slip (or --invitation); import: the CSV file; "
        "cap: the new number of days between two surveys of one patient",
    )
    survey.add_argument(
        "answers", nargs="*", metavar="KEY=VALUE", help="answer: one per question (nps=9)"
    )
    survey.add_argument("--patients", help="invite: patients' numbers, comma separated")
    survey.add_argument("--survey", type=int, help="invite: the survey (default: the current)")
    survey.add_argument("--invitation", type=int, help="answer: the invitation's number")
    survey.add_argument(
        "--source", default="paper", help="answer: paper, phone, desk, email or sms"
    )


def cmd_survey(args: argparse.Namespace, io: Io) -> int:
    from app import surveys

    with _signed_in(args, io) as (database, actor), database.transaction() as session:
        if args.action == "list":
            surveys.current_survey(session, io.clock)  # the shipped one, on first use
            cap = surveys.read_settings(session).cap_days
            print(f"At most one survey per patient per {cap} days.", file=io.out)
            for info in surveys.list_surveys(session):
                state = "" if info.active else " (no longer asked)"
                print(
                    f"{info.id}\t{info.name}{state}\t{info.invited} asked, "
                    f"{info.answered} answered\tquestions: {', '.join(info.question_keys)}",
                    file=io.out,
                )
            return 0
        if args.action == "invite":
            if not args.patients:
                raise CommandError("survey invite needs --patients ID,ID...")
            try:
                ids = [int(part) for part in args.patients.split(",") if part.strip()]
            except ValueError as exc:
                raise CommandError("--patients: numbers separated by commas") from exc
            outcome = surveys.invite(session, io.clock, actor, args.survey, ids)
            for skipped in outcome.skipped:
                print(f"skipped: {skipped}", file=io.out)
            print(
                f"{len(outcome.invited)} invited to survey {outcome.survey_id} (due "
                f"{outcome.due_at:%Y-%m-%d}), {len(outcome.skipped)} skipped.",
                file=io.out,
            )
            return 0
        if args.action == "answer":
            target = args.invitation if args.invitation is not None else args.target
            if target is None:
                raise CommandError("survey answer needs the slip's reference or --invitation")
            answers = dict(_key_value(text) for text in args.answers)
            recorded = surveys.record_answers(
                session, io.clock, actor, target, answers, args.source
            )
            said = (
                "already kept as they are"
                if not recorded.changed
                else "replaced"
                if recorded.replaced
                else "kept"
            )
            print(
                f"Invitation {recorded.invitation_id} (patient {recorded.patient_id}): "
                f"{recorded.answers} answers {said}.",
                file=io.out,
            )
            return 0
        if args.action == "cap":
            if args.target is not None:
                try:
                    days = int(args.target)
                except ValueError as exc:
                    raise CommandError(
                        f"survey cap: {args.target!r} is not a number of days"
                    ) from exc
                surveys.save_settings(session, io.clock, actor, surveys.SurveySettings(days))
            cap = surveys.read_settings(session).cap_days
            print(f"At most one survey per patient per {cap} days.", file=io.out)
            return 0
        if args.target is None:
            raise CommandError("survey import needs the CSV file")
        source = Path(args.target)
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise CommandError(f"cannot read {source}: {exc.strerror}") from exc
        report = surveys.import_answers(session, io.clock, actor, data, source.name)
    for problem in report.errors:
        print(problem, file=io.out)
    print(report.summary(), file=io.out)
    return 0


def _key_value(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise CommandError(f"{text!r}: answers are KEY=VALUE, e.g. nps=9")
    return key.strip(), value


COMMANDS: dict[str, Callable[[argparse.Namespace, Io], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "import": cmd_import,
    "verify": cmd_verify,
    "backup": cmd_backup,
    "export": cmd_export,
    "erase": cmd_erase,
    "restore": cmd_restore,
    "request": cmd_request,
    "complaint": cmd_complaint,
    "survey": cmd_survey,
    "notice": cmd_notice,
    "report": cmd_report,
    "appointment": cmd_appointment,
    "object": cmd_object,
    "plan": cmd_plan,
    "dispatch": cmd_dispatch,
    "print": cmd_print,
    "reprint": cmd_reprint,
    "serve": cmd_serve,
    "connect": cmd_connect,
    "migrate-to": cmd_migrate_to,
    "settings": cmd_settings,
    "programme": cmd_programme,
    "remind": cmd_remind,
    "medication": cmd_medication,
    "tag": cmd_tag,
}


def run(
    args: argparse.Namespace,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    environ: Mapping[str, str] | None = None,
    clock: Clock | None = None,
) -> int:
    io = Io(
        out=out or sys.stdout,
        err=err or sys.stderr,
        environ=os.environ if environ is None else environ,
        clock=clock or SystemClock(),
        prompt=getpass.getpass,
    )
    try:
        return COMMANDS[args.command](args, io)
    except ValidationError as exc:
        print(f"relais {args.command}: error: {exc}", file=io.err)
    except (RelaisError, DatabaseError) as exc:
        print(f"relais {args.command}: error: {exc}", file=io.err)
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"relais {args.command}: error: {exc.strerror or exc}{where}", file=io.err)
    return 1

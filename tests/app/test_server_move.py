"""Moving a single-desk practice onto PostgreSQL (``migrate-to``), on a real SQLCipher file
and a real server: the practice arrives whole and answers every question as before, or
the server is left without any of it."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, func, inspect, select, update
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from app import (
    audit,
    complaints,
    dashboard,
    letters,
    maintenance,
    patients,
    print_runs,
    surveys,
    today,
)
from app.access import Actor
from app.cli import build_parser, run
from app.clock import FixedClock
from app.demo import generate_demo
from app.practice import (
    FileDatabase,
    ServerDatabase,
    create_server_practice,
    holds_data,
    open_server,
    sign_in,
)
from app.server_credentials import PASSWORD_ENV
from app.server_move import (
    MOVED_ACTION,
    MoveCancelled,
    TableCopied,
    TargetHoldsData,
    move_to_server,
)
from db.engine import create_server_engine, public_url
from db.keys import KeyFile
from db.models import (
    AuditEvent,
    Base,
    Channel,
    ComplaintCategory,
    ComplaintChannel,
    ContactKind,
    ContactPoint,
    LawfulBasis,
    MessageStatus,
    Patient,
    Purpose,
    User,
)
from tests.helpers import people
from tests.helpers.fixtures import ADMIN_PASSWORD
from tests.helpers.letters import queue_letters
from tests.helpers.messages import add_message
from tests.helpers.postgres import PostgresServer

pytestmark = pytest.mark.file_only  # the source of a move is always a file

DEMO_PATIENTS = 300
RENAMED_PURPOSE = "Appointment reminders (renamed on this desk)"
PARIS = ZoneInfo("Europe/Paris")


@dataclass
class Source:
    path: Path
    clock: FixedClock
    mobile: str  # one demo patient's mobile number, to search by phone


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Source:
    """A demo practice on file: patients, letters queued and printed, messages,
    complaints, a survey, and a standard purpose renamed (the seeds differ from the file)."""
    from app.practice import create_practice
    from app.settings import PracticeSettings

    clock = FixedClock(datetime(2026, 11, 28, 9, 30, tzinfo=UTC))
    path = tmp_path_factory.mktemp("move") / "cabinet.relais"
    database, admin = create_practice(
        path,
        clock,
        admin_username="admin",
        admin_full_name="Alice Admin",
        admin_password=ADMIN_PASSWORD,
        practice=PracticeSettings(name="Cabinet du Parc", city="Lyon", postcode="69003"),
    )
    try:
        paper = queue_letters(database, admin, clock)  # the clock is now 3 December
        with database.transaction() as session:
            batch = letters.prepare_batch(
                session,
                clock,
                [letter.message_id for letter in letters.letters_to_print(session, clock.now())],
            )
        with database.transaction() as session:
            print_runs.keep_printed(session, clock, admin, batch)
            generate_demo(session, clock, admin, patients=DEMO_PATIENTS, seed=3)
            [texting] = people.add(
                session, clock.now(), people.texting("Dupont", date(1948, 4, 12))
            )
            for status in (MessageStatus.SENT, MessageStatus.FAILED, MessageStatus.UNKNOWN):
                add_message(session, clock.now(), texting, Channel.SMS, status)
            for n, category in enumerate((ComplaintCategory.WAITING, ComplaintCategory.OTHER)):
                complaints.record_complaint(
                    session, clock, admin, received_on=date(2026, 11, 2 + n),
                    channel=ComplaintChannel.PHONE, from_whom="Hélène Dupont",
                    category=category, description=f"complaint {n}", patient_id=texting,
                )  # fmt: skip
            surveys.invite(session, clock, admin, None, [paper.luc, texting])
            session.execute(
                update(Purpose)
                .where(Purpose.code == "appointment_reminder")
                .values(name_en=RENAMED_PURPOSE)
            )
            mobile = session.scalars(
                select(ContactPoint.value)
                .where(ContactPoint.kind == ContactKind.MOBILE)
                .order_by(ContactPoint.id.desc())
                .limit(1)
            ).one()
    finally:
        database.close()
    return Source(path, clock, mobile)


@pytest.fixture
def signed_in(source: Source) -> Iterator[tuple[FileDatabase, Actor]]:
    database, actor = sign_in(source.path, "admin", ADMIN_PASSWORD, source.clock)
    yield database, actor
    database.close()


@pytest.fixture
def moved(
    signed_in: tuple[FileDatabase, Actor], source: Source, postgres_database: URL
) -> Iterator[tuple[FileDatabase, ServerDatabase, list[TableCopied]]]:
    database, actor = signed_in
    tables: list[TableCopied] = []
    move_to_server(database, postgres_database, source.clock, actor, progress=tables.append)
    server = open_server(postgres_database)
    yield database, server, tables
    server.close()


def _rows(engine: Engine, table_name: str) -> list[tuple[object, ...]]:
    table = Base.metadata.tables[table_name]
    with engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.execute(select(table).order_by(*table.primary_key.columns))
        ]


def test_every_row_arrives_with_the_same_values_and_the_move_is_audited_last(moved) -> None:
    file, server, tables = moved
    assert [t.table for t in tables] == [t.name for t in Base.metadata.sorted_tables]
    assert tables[-1].done == tables[-1].total == len(Base.metadata.sorted_tables)
    for table in Base.metadata.sorted_tables:
        on_file, on_server = _rows(file.engine, table.name), _rows(server.engine, table.name)
        if table.name == AuditEvent.__tablename__:
            assert on_server[:-1] == on_file
            assert on_server[-1][3] == MOVED_ACTION
        else:
            assert on_server == on_file, table.name
    with server.read_session() as session:
        assert session.scalar(
            select(Purpose.name_en).where(Purpose.code == "appointment_reminder")
        ) == RENAMED_PURPOSE  # fmt: skip
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert last is not None
        assert (last.username, last.details["from"]) == ("admin", "cabinet.relais")
        assert (
            audit.verify_chain(session).events_checked == len(_rows(file.engine, "audit_event")) + 1
        )
    counts = {t.table: t.rows for t in tables}
    assert counts["patient"] == DEMO_PATIENTS + 7
    assert min(counts[name] for name in ("print_batch", "complaint", "survey", "message")) >= 1


def test_the_server_gives_the_same_answers_as_the_file(moved, source: Source) -> None:
    file, server, _ = moved
    texts = ("mar", "dupont", "helene", "hélène", "weiss", "walesa", "иванов", source.mobile, "le")
    period = dashboard.DashboardFilter(date(2026, 9, 1), date(2026, 11, 30))

    def answers(database) -> tuple[object, ...]:
        with database.read_session() as session:
            return (
                [patients.search_ids(session, text) for text in texts],
                dashboard.compute(session, period, PARIS, now=source.clock.now()).figures,
                today.summary(session, source.clock),
            )

    on_file, on_server = answers(file), answers(server)
    searches = on_file[0]
    assert all(searches), dict(zip(texts, searches, strict=True))  # each finds someone
    assert on_server[0] == searches
    assert on_server[1] == on_file[1]
    assert on_server[2] == on_file[2]


def test_verify_passes_on_the_server_in_the_service_and_on_the_command_line(
    moved, source: Source
) -> None:
    _file, server, _ = moved
    report = maintenance.verify_server(server.engine, server.display_name)
    assert report.ok, report.problems
    assert report.table_rows["patient"] == DEMO_PATIENTS + 7

    assert server.url.password is not None
    environ = {"RELAIS_PASSPHRASE": ADMIN_PASSWORD, "RELAIS_USER": "admin"}
    environ[PASSWORD_ENV] = server.url.password
    code, said, err = _relais(environ, source.clock, "verify", "--db", public_url(server.url))
    assert (code, err) == (0, "")
    assert said.startswith(f"OK {public_url(server.url)}: schema")


def test_new_rows_go_in_after_the_move(moved, source: Source) -> None:
    _file, server, _ = moved
    clock = source.clock
    with server.transaction() as session:
        highest = session.scalar(select(func.max(Patient.id)))
        [patient_id] = people.add(session, clock.now(), people.texting("Nouveau", date(1990, 1, 1)))
        purpose = Purpose(
            code="flu_vaccination_2027", name_fr="Grippe 2027", name_en="Flu 2027",
            basis=LawfulBasis.CONSENT, active=True, position=99,
        )  # fmt: skip
        session.add(purpose)
        admin = Actor(user_id=1, username="admin", role=session.get_one(User, 1).role)
        complaint = complaints.record_complaint(
            session, clock, admin, received_on=clock.now().date(),
            channel=ComplaintChannel.IN_PERSON, from_whom="anonymous",
            category=ComplaintCategory.OTHER, description="after the move",
        )  # fmt: skip
        session.flush()
        assert highest is not None
        assert patient_id == highest + 1
        assert purpose.id > max(p.id for p in session.scalars(select(Purpose)) if p is not purpose)
        assert complaint.id == 3  # the file had two
    with server.read_session() as session:
        assert patients.search_ids(session, "nouveau") == [patient_id]
        assert audit.verify_chain(session).intact


def test_a_server_that_holds_data_is_refused_and_left_as_it_was(
    signed_in, source: Source, postgres_server: PostgresServer
) -> None:
    file, actor = signed_in
    with postgres_server.fresh_database() as url:
        practice, _admin = create_server_practice(
            url, source.clock, admin_username="boss", admin_full_name="Bernard Boss",
            admin_password=ADMIN_PASSWORD,
        )  # fmt: skip
        try:
            with practice.transaction() as session:
                people.add(session, source.clock.now(), people.texting("Déjà", date(1980, 1, 1)))
            before = {t.name: _rows(practice.engine, t.name) for t in Base.metadata.sorted_tables}
            with pytest.raises(TargetHoldsData) as refused:
                move_to_server(file, url, source.clock, actor)
            assert str(refused.value).startswith(f"{public_url(url)} already holds data;")
            after = {t.name: _rows(practice.engine, t.name) for t in Base.metadata.sorted_tables}
        finally:
            practice.close()
        assert after == before

    with postgres_server.fresh_database(migrated=False) as url:
        engine = create_server_engine(url)
        try:
            with engine.begin() as connection:
                connection.exec_driver_sql("CREATE TABLE invoice (id integer PRIMARY KEY)")
            with pytest.raises(TargetHoldsData):
                move_to_server(file, url, source.clock, actor)
            with engine.connect() as connection:
                assert inspect(connection).get_table_names() == ["invoice"]
        finally:
            engine.dispose()


def test_a_move_stopped_half_way_leaves_no_practice_data_and_can_be_tried_again(
    signed_in, source: Source, postgres_database: URL
) -> None:
    file, actor = signed_in
    tables: list[TableCopied] = []
    with pytest.raises(MoveCancelled):
        move_to_server(
            file, postgres_database, source.clock, actor,
            progress=tables.append, cancelled=lambda: len(tables) >= 1,
        )  # fmt: skip
    assert len(tables) == 1  # the first table was copied, then the move stopped
    engine = create_server_engine(postgres_database)
    try:
        assert not holds_data(engine)
        with Session(engine) as session:
            for model in (AuditEvent, User, Patient):
                assert session.scalar(select(func.count()).select_from(model)) == 0
    finally:
        engine.dispose()
    report = move_to_server(file, postgres_database, source.clock, actor)
    assert report.table_rows["patient"] == DEMO_PATIENTS + 7


# -- the command line -------------------------------------------------------------


def _relais(environ: dict[str, str], clock, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(
        build_parser().parse_args(list(args)), out=out, err=err, environ=environ, clock=clock
    )
    return code, out.getvalue(), err.getvalue()


def _environ(url: URL, *, passphrase: str = ADMIN_PASSWORD) -> dict[str, str]:
    assert url.password is not None
    return {"RELAIS_PASSPHRASE": passphrase, "RELAIS_USER": "admin", PASSWORD_ENV: url.password}


def test_migrate_to_prints_the_counts_and_says_verified(
    source: Source, postgres_database: URL
) -> None:
    address = public_url(postgres_database)
    code, said, err = _relais(
        _environ(postgres_database), source.clock,
        "migrate-to", "--db", str(source.path), "--to", address,
    )  # fmt: skip
    assert (code, err) == (0, "")
    lines = said.splitlines()
    assert f"{'patient':<24} {DEMO_PATIENTS + 7:>9}" in lines
    assert lines[-1].startswith(f"OK cabinet.relais moved to {address}: ")
    assert "counts and the audit chain (" in lines[-1]
    assert lines[-1].endswith(" s.")

    code, said, err = _relais(
        _environ(postgres_database), source.clock,
        "migrate-to", "--db", str(source.path), "--to", address,
    )  # fmt: skip
    assert (code, said) == (1, "")
    assert err == (
        f"relais migrate-to: error: {address} already holds data; Relais moves a practice "
        "only into an empty database.\n"
    )


def test_migrate_to_mistakes_are_one_line(
    source: Source, postgres_database: URL, tmp_path: Path
) -> None:
    address = public_url(postgres_database)
    # A copy: the failed sign-in is counted beside the file, and would slow the other tests'.
    copy = tmp_path / source.path.name
    for original, copied in (
        (source.path, copy),
        (KeyFile.path_for(source.path), KeyFile.path_for(copy)),
    ):
        shutil.copyfile(original, copied)
    wrong_password = _environ(postgres_database, passphrase="not the password")
    code, said, err = _relais(
        wrong_password, source.clock, "migrate-to", "--db", str(copy), "--to", address
    )
    assert (code, said) == (1, "")
    assert err == "relais migrate-to: error: Wrong password for 'admin'.\n"

    unreachable = postgres_database.set(port=1)
    code, said, err = _relais(
        _environ(postgres_database), source.clock,
        "migrate-to", "--db", str(source.path), "--to", public_url(unreachable),
    )  # fmt: skip
    assert code == 1
    assert err.startswith(
        f"relais migrate-to: error: Cannot reach the database {public_url(unreachable)}"
    )
    assert err.count("\n") == 1

    code, _, err = _relais(
        _environ(postgres_database), source.clock,
        "migrate-to", "--db", str(source.path), "--to", str(source.path),
    )  # fmt: skip
    assert code == 1
    assert "--to takes a PostgreSQL address" in err
    engine = create_server_engine(postgres_database)
    try:
        assert not holds_data(engine)
    finally:
        engine.dispose()

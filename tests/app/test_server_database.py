"""A group practice's PostgreSQL database: reaching it safely, signing in, pointing a desk at it.

Everything here runs against the run's real PostgreSQL cluster (TLS on, a
certificate authority made for the run) with a role that is not a superuser.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import URL

from app import auth, desk, practice, server_credentials
from app.cli import build_parser, run
from app.errors import LoginThrottled, RelaisError
from app.maintenance import verify_server
from app.settings import PracticeSettings
from db import schema
from db.engine import create_server_engine, public_url, server_url
from db.errors import DatabaseError
from db.models import AuditEvent, Role, User
from tests.helpers.fixtures import ADMIN_PASSWORD
from tests.helpers.pg_cluster import free_port
from tests.helpers.postgres import PostgresServer

pytestmark = pytest.mark.file_only  # not parametrized: every test here is about the server


@pytest.fixture
def server_practice(
    postgres_database: URL, clock
) -> Iterator[tuple[practice.ServerDatabase, auth.Actor]]:
    database, actor = practice.create_server_practice(
        postgres_database,
        clock,
        admin_username="admin",
        admin_full_name="Alice Admin",
        admin_password=ADMIN_PASSWORD,
        practice=PracticeSettings(name="Maison de santé des Tilleuls"),
    )
    yield database, actor
    database.close()


def _cli(clock, *args: str, environ: dict[str, str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    parsed = build_parser().parse_args(list(args))
    code = run(parsed, out=out, err=err, environ=environ, clock=clock)
    return code, out.getvalue(), err.getvalue()


# -- reaching the server -------------------------------------------------------------------


def test_a_superuser_role_is_refused(postgres_server: PostgresServer) -> None:
    with pytest.raises(DatabaseError, match="superuser"):
        create_server_engine(postgres_server.admin_url)


def test_tls_is_used_and_the_server_certificate_checked(
    postgres_server: PostgresServer, postgres_database: URL
) -> None:
    assert postgres_server.ca_file is not None, "the run's cluster has TLS on"
    verified = postgres_database.update_query_dict(
        {"sslmode": "verify-full", "sslrootcert": postgres_server.ca_file}
    ).set(host="localhost")
    engine = create_server_engine(verified)
    try:
        with engine.connect() as connection:
            on_tls = connection.exec_driver_sql(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            ).scalar_one()
    finally:
        engine.dispose()
    assert on_tls is True
    # Without the practice's certificate authority the server is not trusted.
    stranger = verified.update_query_dict({"sslrootcert": "system"})
    with pytest.raises(DatabaseError, match="Cannot reach") as caught:
        create_server_engine(stranger)
    assert postgres_database.password not in str(caught.value)


def test_an_unreachable_server_and_a_wrong_server_password_are_said_clearly(
    postgres_database: URL,
) -> None:
    closed = postgres_database.set(port=free_port())
    with pytest.raises(DatabaseError, match=r"Cannot reach the database .*127\.0\.0\.1"):
        create_server_engine(closed)
    wrong = postgres_database.set(password="not-the-password")
    with pytest.raises(DatabaseError, match="password authentication failed") as caught:
        create_server_engine(wrong)
    assert "not-the-password" not in str(caught.value)


def test_only_postgresql_addresses_are_taken() -> None:
    with pytest.raises(DatabaseError, match="works with PostgreSQL"):
        server_url("mysql://relais@db/relais")
    with pytest.raises(DatabaseError, match="names no host or no database"):
        server_url("postgresql+psycopg://relais@/relais")
    assert server_url("postgresql://relais@db/relais").drivername == "postgresql+psycopg"


def test_desks_starting_together_migrate_once(postgres_server: PostgresServer) -> None:
    with postgres_server.fresh_database(migrated=False) as url:
        opened: list[practice.ServerDatabase] = []
        errors: list[BaseException] = []

        def start_a_desk() -> None:
            try:
                opened.append(practice.open_server(url))
            except BaseException as exc:  # reported by the assertion below
                errors.append(exc)

        desks = [threading.Thread(target=start_a_desk) for _ in range(3)]
        for thread in desks:
            thread.start()
        for thread in desks:
            thread.join()
        try:
            assert errors == []
            assert schema.is_current(opened[0].engine)
        finally:
            for database in opened:
                database.close()


# -- setting up and signing in ---------------------------------------------------------------


def test_a_practice_is_set_up_only_in_an_empty_database(
    server_practice, postgres_server: PostgresServer, clock
) -> None:
    database, _admin = server_practice
    with pytest.raises(RelaisError, match="already holds data"):
        practice.create_server_practice(
            database.url,
            clock,
            admin_username="eve",
            admin_full_name="Eve",
            admin_password="another long password",
        )
    with database.read_session() as session:
        assert list(session.scalars(select(User.username))) == ["admin"]
    with postgres_server.fresh_database(migrated=False) as url:
        engine = create_server_engine(url)
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE invoices (id integer)")
        engine.dispose()
        with pytest.raises(RelaisError, match="already holds data"):
            practice.create_server_practice(
                url,
                clock,
                admin_username="admin",
                admin_full_name="Alice",
                admin_password=ADMIN_PASSWORD,
            )


def test_each_user_signs_in_with_their_own_password_and_the_audit_chain_holds(
    server_practice, clock
) -> None:
    database, admin = server_practice
    with database.transaction() as session:
        auth.create_user(
            session,
            clock,
            admin,
            database,
            username="bruno",
            full_name="Bruno Accueil",
            role=Role.RECEPTIONIST,
            password="bruno's own long password",
        )
    bruno_desk, bruno = practice.sign_in_server(
        database.url, "Bruno", "bruno's own long password", clock
    )
    bruno_desk.close()
    assert (bruno.username, bruno.role) == ("bruno", Role.RECEPTIONIST)
    with pytest.raises(auth.WrongPassword):
        practice.sign_in_server(database.url, "bruno", ADMIN_PASSWORD, clock)
    with database.read_session() as session:
        by_bruno = select(AuditEvent.action).where(AuditEvent.username == "bruno")
        actions = list(session.scalars(by_bruno.order_by(AuditEvent.id)))
    assert actions == ["login", "login.failed"]
    report = verify_server(database.engine, database.display_name)
    assert report.ok, report.problems
    assert report.audit_events >= 4


def test_wrong_passwords_back_off_for_every_desk(server_practice, clock) -> None:
    database, _admin = server_practice
    for _ in range(auth.FREE_ATTEMPTS):
        with pytest.raises(auth.WrongPassword):
            practice.sign_in_server(database.url, "admin", "wrong guess", clock)
    # Another desk (a new connection) is held back as well: the count is in the user's row.
    with pytest.raises(LoginThrottled):
        practice.sign_in_server(database.url, "admin", ADMIN_PASSWORD, clock)
    clock.advance(seconds=2)
    other_desk, actor = practice.sign_in_server(database.url, "admin", ADMIN_PASSWORD, clock)
    other_desk.close()
    with database.read_session() as session:
        user = session.scalars(select(User).where(User.username == "admin")).one()
    assert actor.username == "admin"
    assert user.failed_logins == 0


# -- the server's password stays off the desk's disk ----------------------------------------


def test_an_address_holding_a_password_is_refused() -> None:
    with pytest.raises(RelaisError, match="no password in the database address"):
        server_credentials.server_address("postgresql+psycopg://relais:secret@db/relais")


def test_the_password_comes_from_the_environment_then_the_keychain(
    keychain, postgres_database: URL
) -> None:
    address = server_credentials.server_address(public_url(postgres_database))
    assert server_credentials.with_password(address, {}).password is None
    server_credentials.remember_password(address, "from the keychain")
    assert server_credentials.with_password(address, {}).password == "from the keychain"
    environ = {server_credentials.PASSWORD_ENV: "from the environment"}
    assert server_credentials.with_password(address, environ).password == "from the environment"
    server_credentials.forget_password(address)
    assert server_credentials.with_password(address, {}).password is None


def test_connect_points_the_desk_at_the_server_and_keeps_no_password_on_disk(
    keychain, server_practice, tmp_path: Path, clock
) -> None:
    database, _admin = server_practice
    config = tmp_path / "desk.json"
    address = public_url(database.url)
    assert database.url.password is not None
    environ = {desk.CONFIG_ENV: str(config)}
    connecting = environ | {server_credentials.PASSWORD_ENV: database.url.password}
    code, said, err = _cli(clock, "connect", "--db", address, environ=connecting)
    assert (code, err) == (0, "")
    assert "keychain" in said
    assert database.url.password not in config.read_text(encoding="utf-8")
    assert desk.default_location(environ) == address
    # The next command names no database and no password: the desk's setting and keychain do.
    environ |= {"RELAIS_PASSPHRASE": ADMIN_PASSWORD, "RELAIS_USER": "admin"}
    code, said, err_text = _cli(clock, "verify", environ=environ)
    assert (code, err_text) == (0, "")
    assert said.startswith(f"OK {address}: schema, append-only guards and the audit chain")


def test_file_only_commands_say_what_to_use_on_a_server(server_practice, clock, tmp_path) -> None:
    database, _admin = server_practice
    assert database.url.password is not None
    environ = {
        server_credentials.PASSWORD_ENV: database.url.password,
        "RELAIS_PASSPHRASE": ADMIN_PASSWORD,
        "RELAIS_USER": "admin",
    }
    code, _said, err = _cli(
        clock,
        "backup",
        "--db",
        public_url(database.url),
        "--out",
        str(tmp_path / "b.relais-backup"),
        environ=environ,
    )
    assert code == 1
    assert "pg_dump" in err
    assert not (tmp_path / "b.relais-backup").exists()

"""The migrations and the models describe the same schema, on the file and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from db import schema
from db.engine import create_encrypted_engine, create_server_engine
from db.keys import DataKey
from db.models import Base


@pytest.fixture(params=["file", "postgres"])
def engine(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "postgres":
        server = request.getfixturevalue("postgres_server")
        with server.fresh_database(migrated=False) as url:
            engine = create_server_engine(url)
            yield engine
            engine.dispose()
        return
    engine = create_encrypted_engine(tmp_path / "m.relais", DataKey.generate())
    yield engine
    engine.dispose()


TRIGGERS = {
    "sqlite": "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name",
    "postgresql": "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname",
}


def test_upgrade_from_nothing_gives_exactly_the_models(engine) -> None:
    assert schema.current_revision(engine) is None
    schema.upgrade(engine)
    assert schema.is_current(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_downgrade_to_nothing_and_back(engine) -> None:
    schema.upgrade(engine)
    schema.upgrade(engine, "head")  # idempotent
    from alembic import command

    config = schema._config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) == {"alembic_version"}
    schema.upgrade(engine)
    with engine.connect() as connection:
        triggers = connection.execute(text(TRIGGERS[connection.dialect.name])).scalars().all()
    if engine.dialect.name == "postgresql":
        assert triggers == ["audit_event_append_only", "consent_event_append_only"]
    else:
        assert triggers == [
            "audit_event_no_delete",
            "audit_event_no_update",
            "consent_event_no_delete",
            "consent_event_no_update",
        ]


def test_upgrade_from_the_first_release_keeps_its_data(tmp_path: Path) -> None:
    """A database made by release 0001 (the foundation) upgrades with nothing lost."""
    from datetime import UTC, date, datetime

    from sqlalchemy.orm import Session

    from app import audit, patients
    from app.access import SYSTEM
    from app.clock import FixedClock
    from db.models import Purpose

    engine = create_encrypted_engine(tmp_path / "old.relais", DataKey.generate())
    schema.upgrade(engine, "0001")
    clock = FixedClock(datetime(2026, 11, 1, tzinfo=UTC))
    data = patients.PatientData(last_name="Ancien", first_name="Jules", birth_date=date(1940, 2, 3))
    with Session(engine) as session, session.begin():
        patients.insert_many(session, clock.now(), [data])
        audit.record(session, clock, SYSTEM, "test.before_upgrade")

    schema.upgrade(engine)
    with Session(engine) as session:
        assert patients.search_ids(session, "ancien") == [1]
        assert audit.verify_chain(session).intact
        codes = {p.code: p.basis.value for p in session.query(Purpose)}
    engine.dispose()
    assert codes["appointment_reminder"] == "care"
    assert codes["satisfaction_survey"] == "consent"
    assert len(codes) == 7


def test_upgrade_from_0004_keeps_reminders_and_their_planned_messages(tmp_path: Path) -> None:
    """0004 was the last release.  Later migrations add beside ``reminder`` without
    copying it: the outbox's items (which cascade from it) all stay."""
    engine = create_encrypted_engine(tmp_path / "0004.relais", DataKey.generate())
    schema.upgrade(engine, "0004")
    # Rows as the 0004 code wrote them: today's models have columns 0004 lacks.
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO patient (id, last_name, first_name, birth_date, sex, status, language,"
                " sort_key, created_at, updated_at, no_digital_access, needs_call, large_print,"
                " easy_read) VALUES (1, 'Ancien', 'Jules', '1940-02-03', 'male', 'active', 'fr',"
                " 'ancien jules', '2026-11-30', '2026-11-30', 0, 0, 0, 0)"
            )
        )
        purpose = connection.execute(text("SELECT min(id) FROM purpose")).scalar_one()
        connection.execute(
            text(
                "INSERT INTO reminder (id, patient_id, purpose_id, source, due_at, label, status,"
                " created_at, created_by) VALUES (1, 1, :purpose, 'appointment',"
                " '2026-12-10 13:30:00', 'Dr Roux', 'active', '2026-11-30', 'test')"
            ),
            {"purpose": purpose},
        )
        for message_id, lead in ((1, "P2D"), (2, "P1D")):
            connection.execute(
                text(
                    "INSERT INTO message (id, idempotency_key, patient_id, purpose_id, channel,"
                    " status, scheduled_for, expires_at, attempts, language, tone, recipient,"
                    " subject, body, reason, created_at, updated_at) VALUES (:id, :key, 1,"
                    " :purpose, 'sms', 'planned', '2026-12-08 09:00:00', '2026-12-10 13:30:00',"
                    " 0, 'fr', 'formal', '+33612345678', '', '', '{}', '2026-11-30', '2026-11-30')"
                ),
                {"id": message_id, "key": f"1:{lead}", "purpose": purpose},
            )
            connection.execute(
                text(
                    "INSERT INTO message_item (message_id, reminder_id, lead, due_at)"
                    " VALUES (:id, 1, :lead, '2026-12-10 13:30:00')"
                ),
                {"id": message_id, "lead": lead},
            )
    schema.upgrade(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM reminder")).scalar_one() == 1
        assert connection.execute(text("SELECT count(*) FROM message_item")).scalar_one() == 2
        assert connection.execute(text("SELECT channel FROM reminder")).scalar_one() is None
        tables = set(inspect(connection).get_table_names())
    engine.dispose()
    assert {"patient_tag", "recall_programme", "recall_step", "recall_done"} <= tables
    assert {"recall_reminder", "medication_schedule", "medication_occurrence"} <= tables
    assert "plan_exclusion" in tables

"""The migrations and the models describe the same schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from db import schema
from db.engine import create_encrypted_engine
from db.keys import DataKey
from db.models import Base


@pytest.fixture
def engine(tmp_path: Path):
    engine = create_encrypted_engine(tmp_path / "m.relais", DataKey.generate())
    yield engine
    engine.dispose()


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
        triggers = (
            connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
            )
            .scalars()
            .all()
        )
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


def test_upgrade_from_0005_keeps_reminders_and_their_planned_messages(tmp_path: Path) -> None:
    """0006 adds tags, recall programmes and medication schedules beside ``reminder``
    without copying it: the outbox's items (which cascade from it) all stay."""
    from datetime import UTC, date, datetime

    from sqlalchemy.orm import Session

    from app import outbox, patients
    from app.clock import FixedClock
    from db.models import ContactKind, MessageItem, Reminder
    from tests.helpers.messages import add_reminder

    engine = create_encrypted_engine(tmp_path / "0005.relais", DataKey.generate())
    schema.upgrade(engine, "0005")
    clock = FixedClock(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))
    person = patients.PatientData(
        "Ancien",
        "Jules",
        date(1940, 2, 3),
        contacts=[patients.ContactData(ContactKind.MOBILE, "+33612345678")],
    )
    with Session(engine) as session, session.begin():
        [pid] = patients.insert_many(session, clock.now(), [person])
        add_reminder(session, clock.now(), pid, datetime(2026, 12, 10, 13, 30, tzinfo=UTC))
        assert len(outbox.plan_messages(session, clock).created) == 2
    schema.upgrade(engine)
    with Session(engine) as session:
        assert len(session.query(Reminder).all()) == 1
        assert len(session.query(MessageItem).all()) == 2
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
    engine.dispose()
    assert {"patient_tag", "recall_programme", "recall_step", "recall_done"} <= tables
    assert {"recall_reminder", "medication_schedule", "medication_occurrence"} <= tables

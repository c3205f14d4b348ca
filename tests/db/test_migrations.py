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

"""Migration 0014 (survey_request) upgrades a 0013 database that already holds surveys."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from db import schema
from db.engine import create_encrypted_engine
from db.keys import DataKey


def test_upgrade_from_0013_keeps_surveys_and_their_invitations(tmp_path: Path) -> None:
    engine = create_encrypted_engine(tmp_path / "0013.relais", DataKey.generate())
    schema.upgrade(engine, "0013")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO patient (id, last_name, first_name, birth_date, sex, status, language,"
                " sort_key, created_at, updated_at, no_digital_access, needs_call, large_print,"
                " easy_read) VALUES (1, 'Ancien', 'Jules', '1940-02-03', 'male', 'active', 'fr',"
                " 'ancien jules', '2026-11-30', '2026-11-30', 0, 0, 0, 0)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO survey (id, name, definition, active, created_at, created_by)"
                " VALUES (1, 'Avis', '{\"questions\": []}', 1, '2026-11-30', 'system')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO survey_invitation (survey_id, patient_id, channel, asked_at)"
                " VALUES (1, 1, 'letter', '2026-11-30')"
            )
        )
    schema.upgrade(engine)
    with engine.begin() as connection:
        assert connection.execute(text("SELECT count(*) FROM survey_invitation")).scalar_one() == 1
        purpose = connection.execute(
            text("SELECT id FROM purpose WHERE code = 'satisfaction_survey'")
        ).scalar_one()
        connection.execute(
            text(
                "INSERT INTO reminder (id, patient_id, purpose_id, source, due_at, label, status,"
                " created_at, created_by) VALUES (1, 1, :purpose, 'one_off',"
                " '2026-12-10 13:30:00', '', 'active', '2026-11-30', 'test')"
            ),
            {"purpose": purpose},
        )
        connection.execute(text("INSERT INTO survey_request VALUES (1, 1)"))
        # The request goes with its reminder (an erased patient's, a cancelled one's).
        connection.execute(text("DELETE FROM reminder"))
        assert connection.execute(text("SELECT count(*) FROM survey_request")).scalar_one() == 0
    engine.dispose()

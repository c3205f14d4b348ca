from __future__ import annotations

import json
from datetime import date

import jsonschema
import pytest

from app import consent, patients, receipts
from app.errors import RelaisError
from app.resources import resource_path
from db.models import Channel, ConsentKind, ConsentMethod
from tests.helpers import ledger

SCHEMA = json.loads((resource_path("schemas") / "consent-receipt.schema.json").read_text())


@pytest.fixture
def granted(practice, clock) -> tuple[int, int]:
    database, admin = practice
    data = patients.PatientData(
        last_name="Dupont", first_name="Marie", birth_date=date(1948, 3, 12), external_id="DOS-42"
    )
    with database.transaction() as session:
        (pid,) = patients.insert_many(session, clock.now(), [data])
        consent.publish_notice(
            session, clock, admin, "2026-11", "Notice", needs_reconfirmation=False
        )
        event = ledger.record(
            session,
            clock,
            admin,
            pid,
            "satisfaction_survey",
            Channel.EMAIL,
            ConsentKind.GRANTED,
            ConsentMethod.SIGNED_FORM,
        )
        return pid, event.id


def test_receipt_validates_against_the_schema_and_round_trips(practice, granted) -> None:
    database, _ = practice
    _pid, event_id = granted
    with database.read_session() as session:
        receipt = receipts.consent_receipt(session, event_id)
        again = receipts.consent_receipt(session, event_id)
    parsed = json.loads(json.dumps(receipt, ensure_ascii=False))
    jsonschema.validate(parsed, SCHEMA)
    assert parsed == again  # a reprint is the same receipt
    assert parsed["piiPrincipalId"] == "DOS-42"
    assert "Marie" not in json.dumps(parsed)  # no name in a record that may travel by e-mail
    purpose = parsed["services"][0]["purposes"][0]
    assert purpose["purposeCategory"] == ["satisfaction_survey"]
    assert "e-mail" in purpose["piiCategory"]
    assert parsed["policyUrl"] == "privacy notice 2026-11"
    assert parsed["piiControllers"][0]["piiController"] == "Cabinet du Parc"


def test_a_withdrawal_has_no_receipt(practice, clock, granted) -> None:
    database, admin = practice
    pid, _ = granted
    with database.transaction() as session:
        withdrawal = ledger.record(
            session,
            clock,
            admin,
            pid,
            "satisfaction_survey",
            None,
            ConsentKind.WITHDRAWN,
            ConsentMethod.PHONE,
        )
        with pytest.raises(RelaisError, match="consent given"):
            receipts.consent_receipt(session, withdrawal.id)


def test_schema_rejects_a_receipt_missing_its_fields() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"version": receipts.KANTARA_VERSION}, SCHEMA)

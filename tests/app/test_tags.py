"""Patient tags: normalised, counted, imported from CSV, exported and erased."""

from __future__ import annotations

import json
from datetime import date

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from app import generation, rights, tags
from app.errors import NotFound, ValidationError
from app.importers.patients_csv import import_patients
from app.resources import resource_path
from db.models import AuditEvent, PatientTag, Setting
from tests.helpers import people

SCHEMA = json.loads((resource_path("schemas") / "subject-access.schema.json").read_text())


@pytest.fixture
def patient_ids(database, clock) -> list[int]:
    with database.transaction() as session:
        return people.add(
            session,
            clock.now(),
            people.texting("Lefèvre", date(1948, 3, 2)),
            people.texting("Durand", date(1971, 5, 6), n=1),
        )


def test_tags_are_normalised_deduplicated_and_counted(database, clock, admin, patient_ids) -> None:
    helene, paul = patient_ids
    with database.transaction() as session:
        stored = tags.set_tags(
            session, clock, admin, helene, [" Diabète ", "diabète", "ASTHME", "  ", "HTA  sévère"]
        )
        tags.set_tags(session, clock, admin, paul, ["asthme"])
        assert stored == ["asthme", "diabète", "hta sévère"]
        assert tags.tags_of(session, helene) == stored
        assert tags.all_tags(session) == [("asthme", 2), ("diabète", 1), ("hta sévère", 1)]
        assert tags.tags_by_patient(session, [helene, paul, 999]) == {
            helene: stored,
            paul: ["asthme"],
        }
        tags.set_tags(session, clock, admin, helene, ["asthme"])
        assert tags.all_tags(session) == [("asthme", 2)]


def test_the_audit_log_counts_tags_and_never_names_them(
    database, clock, admin, patient_ids
) -> None:
    helene = patient_ids[0]
    with database.transaction() as session:
        tags.set_tags(session, clock, admin, helene, ["diabète", "asthme"])
        tags.set_tags(session, clock, admin, helene, ["asthme", "asthme "])  # one removed
        tags.set_tags(session, clock, admin, helene, ["Asthme"])  # no change: no event
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "patient.tags_changed")
        ).all()
    assert [(e.entity_id, e.details) for e in events] == [
        (helene, {"added": 2, "removed": 0}),
        (helene, {"added": 0, "removed": 1}),
    ]


def test_a_change_of_tags_refreshes_the_programmes_chosen_by_them(
    database, clock, admin, patient_ids
) -> None:
    from app import recalls
    from db.models import Channel

    today = clock.now().date()
    with database.transaction() as session:
        programme = recalls.create(
            session, clock, admin,
            recalls.ProgrammeSpec(
                "Suivi", "screening_recall", recalls.CohortRule(tag="diabète"), "FREQ=YEARLY",
                (recalls.StepSpec(Channel.SMS, 0),), today,
            ),
        )  # fmt: skip
        generation.ran(session, generation.RECALLS, today, clock.now())
        tags.set_tags(session, clock, admin, patient_ids[0], ["asthme"])  # no programme
        assert not generation.needed(session, generation.RECALLS, today)
        tags.set_tags(session, clock, admin, patient_ids[0], ["Diabète"])
        assert generation.parts_to_run(session, generation.RECALLS, today) == {programme.id}
        assert session.get(Setting, generation.RECALLS).value["parts"] == [programme.id]


def test_bad_tags_are_refused_with_the_reason(database, clock, admin, patient_ids) -> None:
    with database.transaction() as session:
        with pytest.raises(ValidationError) as caught:
            tags.set_tags(session, clock, admin, patient_ids[0], ["=cmd()", "a;b", "x" * 41, "ok"])
        assert {e.code for e in caught.value.errors} == {"formula", "too_long", ""}
        assert all(e.field == "tags" for e in caught.value.errors)
        assert tags.tags_of(session, patient_ids[0]) == []
        with pytest.raises(NotFound):
            tags.set_tags(session, clock, admin, 999, ["asthme"])


@given(st.lists(st.text(max_size=50), max_size=6))
def test_checking_is_idempotent_and_keeps_nothing_unnormalised(raw: list[str]) -> None:
    kept, errors = tags.check(raw)
    assert tags.check(kept) == (kept, [])
    assert kept == sorted(set(kept))
    assert all(t == tags.normalise(t) and 0 < len(t) <= tags.TAG_LIMIT for t in kept)
    assert len(kept) + len(errors) <= len(raw)


def _csv(*rows: str) -> bytes:
    header = "Nom;Prénom;Date de naissance;Portable;Étiquettes"
    return ("\r\n".join([header, *rows]) + "\r\n").encode("cp1252")


def _import(database, clock, admin, data: bytes, **options):
    with database.transaction() as session:
        return import_patients(session, clock, admin, data, source_name="t.csv", **options)


def test_the_patients_csv_carries_tags(database, clock, admin) -> None:
    report = _import(
        database,
        clock,
        admin,
        _csv(
            'Lefèvre;Hélène;12/03/1948;06 12 34 56 78;"Diabète; Asthme"',
            "Martin;Luc;05/01/1950;06 98 76 54 32;",
            "Durand;Paul;06/05/1971;06 11 22 33 44;=HYPERLINK()",
        ),
    )
    assert report.created == 2
    assert [(e.row, e.column, e.code) for e in report.errors] == [(4, "Étiquettes", "formula")]
    with database.transaction() as session:
        assert tags.all_tags(session) == [("asthme", 1), ("diabète", 1)]
        [event] = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "patients.imported")
        ).all()
    assert event.details["tagged"] == 1
    assert "diab" not in json.dumps(event.details)


def test_a_reimport_replaces_tags_keeps_them_when_empty_and_counts_the_change(
    database, clock, admin
) -> None:
    first = _csv("Lefèvre;Hélène;12/03/1948;06 12 34 56 78;diabète,asthme")
    _import(database, clock, admin, first)
    same = _import(database, clock, admin, first)
    assert (same.updated, same.unchanged) == (0, 1)
    dry = _import(
        database, clock, admin, _csv("Lefèvre;Hélène;12/03/1948;06 12 34 56 78;asthme"),
        dry_run=True,
    )  # fmt: skip
    assert (dry.updated, dry.unchanged) == (1, 0)
    with database.read_session() as session:
        assert tags.all_tags(session) == [("asthme", 1), ("diabète", 1)]  # dry run: untouched
    changed = _import(
        database, clock, admin, _csv("Lefèvre;Hélène;12/03/1948;06 12 34 56 78;asthme")
    )
    assert (changed.updated, changed.unchanged) == (1, 0)
    kept = _import(database, clock, admin, _csv("Lefèvre;Hélène;12/03/1948;06 12 34 56 78;"))
    assert (kept.updated, kept.unchanged) == (0, 1)
    with database.read_session() as session:
        assert tags.all_tags(session) == [("asthme", 1)]


def test_tags_are_exported_and_erased(database, clock, admin, patient_ids) -> None:
    helene = patient_ids[0]
    with database.transaction() as session:
        tags.set_tags(session, clock, admin, helene, ["diabète"])
        exported = rights.export_patient(session, clock, admin, helene)
    assert exported["tags"] == ["diabète"]
    jsonschema.validate(json.loads(json.dumps(exported)), SCHEMA)
    with database.transaction() as session:
        report = rights.erase_patient(session, clock, admin, helene)
        assert report.tags == 1
        assert session.scalars(select(PatientTag)).all() == []

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app import patients
from app.access import Actor
from app.errors import PermissionDenied, ValidationError
from app.patients import PatientForm
from db.models import AuditEvent, ContactKind, Patient, Role

TODAY = date(2026, 11, 28)


def _form(**changes: object) -> PatientForm:
    base = PatientForm(
        last_name="Dupont",
        first_name="Hélène",
        birth_date="12/03/1948",
        sex="F",
        mobile="06 12 34 56 78",
        email="helene.dupont@exemple.fr",
        street="3 rue des Lilas",
        postcode="75011",
        city="Paris",
    )
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def _create(database, clock, admin, **changes: object) -> int:
    data = patients.validate(_form(**changes), "FR", TODAY)
    with database.transaction() as session:
        return patients.create_patient(session, clock, admin, data).id


def test_validation_reports_every_field_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        patients.validate(
            _form(
                first_name="", birth_date="31/02/1980", mobile="06 12", email="x@", postcode="7501"
            ),
            "FR",
            TODAY,
        )
    assert {e.field for e in caught.value.errors} == {
        "first_name",
        "birth_date",
        "mobile",
        "email",
        "postcode",
    }


def test_search_by_name_without_accents_phone_email_and_birth_date(practice, clock) -> None:
    database, admin = practice
    helene = _create(database, clock, admin)
    paul = _create(
        database,
        clock,
        admin,
        last_name="Durand",
        first_name="Paul",
        birth_date="01/01/1980",
        mobile="07 81 22 33 44",
        email="paul@exemple.fr",
    )
    with database.read_session() as session:
        assert patients.search_ids(session, "helene") == [helene]
        assert patients.search_ids(session, "HÉLÈNE dup") == [helene]
        assert patients.search_ids(session, "dup") == [helene]
        assert patients.search_ids(session, "06 12 34") == [helene]
        assert patients.search_ids(session, "+33612") == [helene]
        assert patients.search_ids(session, "helene.dupont@") == [helene]
        assert patients.search_ids(session, "12/03/1948") == [helene]
        assert len(patients.search_ids(session, "")) == 2
        assert patients.search_ids(session, "du") == [helene, paul]  # "dupont" < "durand"
        assert patients.search_ids(session, "zz") == []


def test_update_changes_contact_points_and_search_terms(practice, clock) -> None:
    database, admin = practice
    pid = _create(database, clock, admin)
    data = patients.validate(_form(mobile="07 81 22 33 45", email=""), "FR", TODAY)
    with database.transaction() as session:
        changed = patients.update_patient(session, clock, admin, pid, data)
    assert "contact:mobile" in changed
    assert "contact:email" in changed
    with database.read_session() as session:
        assert patients.search_ids(session, "0781") == [pid]
        assert patients.search_ids(session, "0612") == []
        kinds = {c.kind for c in session.get(Patient, pid).contact_points}
    assert kinds == {ContactKind.MOBILE, ContactKind.POSTAL}


def test_a_rectification_keeps_the_earlier_values_in_the_history(practice, clock) -> None:
    database, admin = practice
    pid = _create(database, clock, admin)
    data = patients.validate(_form(last_name="Dupond", email="", sex="F"), "FR", TODAY)
    with database.transaction() as session:
        patients.update_patient(session, clock, admin, pid, data)
        patients.update_patient(session, clock, admin, pid, data)  # nothing new: no history
    with database.read_session() as session:
        history = [
            (r.changed_by, r.field, r.old_value, r.new_value)
            for r in patients.revisions(session, pid)
        ]
        updated = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "patient.updated")
        ).one()
    assert sorted(history) == [
        ("admin", "contact:email", "helene.dupont@exemple.fr", None),
        ("admin", "last_name", "Dupont", "Dupond"),
    ]
    # The audit log names the fields; the values stay in the history that erasure clears.
    assert updated.details == {"fields": ["contact:email", "last_name"]}


def test_opening_a_record_is_audited(practice, clock) -> None:
    database, admin = practice
    pid = _create(database, clock, admin)
    with database.transaction() as session:
        patients.open_patient(session, clock, admin, pid)
    with database.read_session() as session:
        reads = session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "patient.read", AuditEvent.entity_id == pid)
        )
    assert reads == 1


def test_duplicates_by_name_and_birth_date_or_external_id(practice, clock) -> None:
    database, admin = practice
    first = _create(database, clock, admin, external_id="DOS-1")
    same_person = patients.validate(_form(last_name="DUPONT", first_name="helene"), "FR", TODAY)
    same_id = patients.validate(_form(last_name="Autre", external_id="DOS-1"), "FR", TODAY)
    someone_else = patients.validate(_form(birth_date="13/03/1948"), "FR", TODAY)
    with database.read_session() as session:
        assert [p.id for p in patients.find_duplicates(session, same_person)] == [first]
        assert [p.id for p in patients.find_duplicates(session, same_id)] == [first]
        assert patients.find_duplicates(session, someone_else) == []
        assert patients.find_duplicates(session, same_person, exclude_id=first) == []


def test_receptionist_edits_but_roles_are_checked(practice, clock) -> None:
    database, _ = practice
    data = patients.validate(_form(), "FR", TODAY)
    with database.transaction() as session:
        nadia = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)
        patients.create_patient(session, clock, nadia, data)

    class NoRights(Actor):
        def can(self, permission) -> bool:  # a role that may not even view
            return False

    with database.transaction() as session, pytest.raises(PermissionDenied):
        patients.open_patient(session, clock, NoRights(None, "x", Role.PRACTITIONER), 1)


def test_rows_for_the_list_view(practice, clock) -> None:
    database, admin = practice
    pid = _create(database, clock, admin)
    with database.read_session() as session:
        row = patients.fetch_rows(session, [pid])[pid]
    assert (row.last_name, row.phone, row.city) == ("Dupont", "06 12 34 56 78", "PARIS")


def test_search_limit_keeps_the_first_matches_in_word_then_name_order(practice, clock) -> None:
    database, _admin = practice
    now = clock.now()
    people = [
        ("Martin", "Zoé"),
        ("Marchand", "Luc"),
        ("Martin", "Anne"),
        ("Durand", "Marie"),
        ("Lemaire", "Paul"),
    ]
    with database.transaction() as session:
        ids = patients.insert_many(
            session,
            now,
            [
                patients.PatientData(last_name=last, first_name=first, birth_date=date(1970, 1, 1))
                for last, first in people
            ],
        )
    by_name = dict(zip(people, ids, strict=True))
    with database.read_session() as session:
        everyone = patients.search_ids(session, "mar")
        first_two = patients.search_ids(session, "mar", limit=2)
        both_words = patients.search_ids(session, "mar an")
    # "marchand" < "marie" < "martin": the word matched, then the name.
    assert everyone == [
        by_name["Marchand", "Luc"],
        by_name["Durand", "Marie"],
        by_name["Martin", "Anne"],
        by_name["Martin", "Zoé"],
    ]
    assert first_two == everyone[:2]
    assert both_words == [by_name["Martin", "Anne"]]  # every word must start a word


def test_phone_typed_in_any_form_finds_the_patient(practice, clock) -> None:
    database, admin = practice
    pid = _create(database, clock, admin)
    with database.read_session() as session:
        for typed in (
            "0612345678",
            "06 12 34",
            "06.12.34.56",
            "+33 6 12",
            "+33612345678",
            "0033612",
        ):
            assert patients.search_ids(session, typed) == [pid], typed

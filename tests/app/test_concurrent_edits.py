"""Two desks editing one patient: the second save from an old version is refused, not lost.

Each save names the version its form was read at; a record that has moved
since (another desk saved the record or the patient's preferences) is not
written over.  The last test runs real desks: several processes on one
PostgreSQL database, all reading before any writes.
"""

from __future__ import annotations

import multiprocessing
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from app import patients, preferences
from app.access import Actor
from app.clock import SystemClock
from app.errors import ConcurrentChange
from app.patients import PatientForm
from app.practice import create_server_practice, open_server
from app.settings import PracticeSettings
from db.models import AuditEvent, Patient, PatientRevision, Role, Tone

TODAY = date(2026, 11, 28)
ROUNDS = ("Un", "Deux", "Trois", "Quatre", "Cinq")
DESKS = ("anne", "bruno", "chloé", "denis")
BOB = Actor(user_id=None, username="bob", role=Role.RECEPTIONIST)


def _form(**changes: object) -> PatientForm:
    return replace(
        PatientForm(
            last_name="Dupont",
            first_name="Hélène",
            birth_date="12/03/1948",
            sex="F",
            mobile="06 12 34 56 78",
            email="helene.dupont@exemple.fr",
            street="3 rue des Lilas",
            postcode="75011",
            city="Paris",
        ),
        **changes,
    )


def _data(**changes: object) -> patients.PatientData:
    return patients.validate(_form(**changes), "FR", TODAY)


def _create(database, clock, admin) -> int:
    with database.transaction() as session:
        return patients.create_patient(session, clock, admin, _data()).id


def _snapshot(database, patient_id: int) -> tuple[object, ...]:
    """Everything a refused save must leave as it was."""
    with database.read_session() as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None
        return (
            patient.version,
            patient.first_name,
            patient.updated_at,
            sorted((c.kind, c.value) for c in patient.contact_points),
            session.scalar(select(func.count()).select_from(PatientRevision)),
            session.scalar(select(func.count()).select_from(AuditEvent)),
            preferences.load(session, patient_id),
        )


def _version(database, patient_id: int) -> int:
    with database.read_session() as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None
        return patient.version


def test_a_save_from_an_old_version_is_refused_and_says_who_changed_it_and_when(
    practice, clock
) -> None:
    database, admin = practice
    pid = _create(database, clock, admin)
    assert _version(database, pid) == 1

    clock.advance(hours=1, minutes=12)  # 10:42 UTC
    with database.transaction() as session:
        patients.update_patient(
            session, clock, BOB, pid, _data(first_name="Hélèna"), expected_version=1
        )
    assert _version(database, pid) == 2
    before = _snapshot(database, pid)

    clock.advance(minutes=5)
    with pytest.raises(ConcurrentChange) as caught, database.transaction() as session:
        patients.update_patient(
            session, clock, admin, pid, _data(email="h.dupont@exemple.fr"), expected_version=1
        )
    assert _snapshot(database, pid) == before  # nothing written, nothing audited
    refused = caught.value
    assert (refused.entity, refused.entity_id) == ("patient", pid)
    assert refused.changed_by == "bob"
    assert refused.changed_at is not None
    assert refused.changed_at.isoformat() == "2026-11-28T10:42:00+00:00"
    assert refused.current_version == 2
    assert str(refused) == (
        f"Patient {pid} was changed by bob at 2026-11-28 10:42 UTC after you read it; "
        "your changes were not saved. Read it again and make your change again."
    )

    # Read again, the same change goes through.
    with database.transaction() as session:
        patients.update_patient(
            session, clock, admin, pid, _data(email="h.dupont@exemple.fr"), expected_version=2
        )
    assert _version(database, pid) == 3


def test_a_change_to_the_contact_points_alone_moves_the_version(practice, clock) -> None:
    database, admin = practice
    pid = _create(database, clock, admin)
    # Same instant (the clock is fixed): updated_at cannot be what moves the version.
    with database.transaction() as session:
        changed = patients.update_patient(
            session, clock, admin, pid, _data(mobile="06 98 76 54 32"), expected_version=1
        )
    assert changed == ["contact:mobile"]
    with database.read_session() as session:
        patient = session.get(Patient, pid)
        assert patient is not None
        assert patient.version == 2
        assert "+33698765432" in {c.value for c in patient.contact_points}

    with database.transaction() as session:
        changed = patients.update_patient(
            session, clock, admin, pid, _data(mobile="06 98 76 54 32", email=""), expected_version=2
        )
    assert changed == ["contact:email"]
    assert _version(database, pid) == 3

    # Saving what is already there changes nothing, so the version stays.
    with database.transaction() as session:
        assert (
            patients.update_patient(
                session,
                clock,
                admin,
                pid,
                _data(mobile="06 98 76 54 32", email=""),
                expected_version=3,
            )
            == []
        )
    assert _version(database, pid) == 3


def test_preferences_move_the_patients_version_and_refuse_an_old_one(practice, clock) -> None:
    database, admin = practice
    pid = _create(database, clock, admin)
    informal = preferences.ContactPreferences(tone=Tone.INFORMAL)

    clock.advance(minutes=30)
    with database.transaction() as session:
        assert preferences.save(session, clock, BOB, pid, informal, expected_version=1) == ["tone"]
    assert _version(database, pid) == 2

    # A record edit read before the preferences changed is refused...
    before = _snapshot(database, pid)
    with pytest.raises(ConcurrentChange) as caught, database.transaction() as session:
        patients.update_patient(session, clock, admin, pid, _data(city="PARIS 11"), 1)
    assert caught.value.changed_by == "bob"
    assert caught.value.changed_at == clock.now()
    assert _snapshot(database, pid) == before

    # ...and so is a preferences edit read before the record changed.
    with database.transaction() as session:
        patients.update_patient(session, clock, admin, pid, _data(sex="X"), expected_version=2)
    assert _version(database, pid) == 3
    before = _snapshot(database, pid)
    capped = preferences.ContactPreferences(max_per_week=2)
    with pytest.raises(ConcurrentChange) as caught, database.transaction() as session:
        preferences.save(session, clock, BOB, pid, capped, expected_version=2)
    assert caught.value.changed_by == "admin"
    assert _snapshot(database, pid) == before

    # Saving the same preferences again changes nothing: the version stays.
    with database.transaction() as session:
        assert preferences.save(session, clock, admin, pid, informal, expected_version=3) == []
    assert _version(database, pid) == 3


def test_a_record_kept_from_an_earlier_transaction_cannot_write_over_a_newer_one(
    practice, clock
) -> None:
    """The race the version check cannot see: the UPDATE itself names the version read."""
    database, admin = practice
    pid = _create(database, clock, admin)
    # A long-lived session keeps the row it read (version 1) across transactions.
    with Session(database.engine, expire_on_commit=False) as desk:
        with desk.begin():
            kept = desk.get(Patient, pid)
            assert kept is not None
            assert kept.version == 1
        with database.transaction() as session:
            patients.update_patient(session, clock, BOB, pid, _data(first_name="Hélèna"))
        before = _snapshot(database, pid)
        with pytest.raises(ConcurrentChange) as caught, desk.begin():
            patients.update_patient(desk, clock, admin, pid, _data(first_name="Léna"))
    assert caught.value.changed_by == "bob"
    assert caught.value.current_version == 2
    assert _snapshot(database, pid) == before

    # The same race through a preferences save.
    with Session(database.engine, expire_on_commit=False) as desk:
        with desk.begin():
            kept = desk.get(Patient, pid)  # held: the session's identity map is weak
            assert kept is not None
            assert kept.version == 2
        with database.transaction() as session:
            patients.update_patient(session, clock, BOB, pid, _data(first_name="Léa"))
        before = _snapshot(database, pid)
        capped = preferences.ContactPreferences(max_per_week=2)
        with pytest.raises(ConcurrentChange) as caught, desk.begin():
            preferences.save(desk, clock, admin, pid, capped)
    assert caught.value.current_version == 3
    assert _snapshot(database, pid) == before


# -- several desks at once on one server ---------------------------------------------------


def _first_name(desk: str, round_number: int) -> str:
    return f"{desk.capitalize()}-{ROUNDS[round_number]}"


def _desk(
    url: str,
    patient_id: int,
    name: str,
    rounds: int,
    barrier: multiprocessing.synchronize.Barrier,
    results: multiprocessing.Queue,  # type: ignore[type-arg]
) -> None:
    """One desk: each round, read the record, wait for every desk to have read, then save."""
    database = open_server(make_url(url))
    desk = Actor(user_id=None, username=name, role=Role.RECEPTIONIST)
    try:
        for round_number in range(rounds):
            with database.read_session() as session:
                patient = session.get(Patient, patient_id)
                assert patient is not None
                read_version = patient.version
                form = patients.form_from_patient(patient)
            data = patients.validate(
                replace(form, first_name=_first_name(name, round_number)), "FR", TODAY
            )
            barrier.wait(timeout=60)
            try:
                with database.transaction() as session:
                    patients.update_patient(
                        session, SystemClock(), desk, patient_id, data, read_version
                    )
                results.put((round_number, name, "saved", None))
            except ConcurrentChange as refused:
                results.put((round_number, name, "refused", refused.changed_by))
            barrier.wait(timeout=60)  # every desk has saved or been refused
    finally:
        database.close()


def test_desks_in_several_processes_never_lose_an_update(postgres_database: URL, clock) -> None:
    database, admin = create_server_practice(
        postgres_database,
        clock,
        admin_username="admin",
        admin_full_name="Alice Admin",
        admin_password="correct horse battery",
        practice=PracticeSettings(name="Maison de santé des Tilleuls"),
    )
    try:
        pid = _create(database, clock, admin)
    finally:
        database.close()
    desks, rounds = len(DESKS), len(ROUNDS)
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(desks)
    results = spawn.Queue()
    url = postgres_database.render_as_string(hide_password=False)
    processes = [
        spawn.Process(target=_desk, args=(url, pid, name, rounds, barrier, results))
        for name in DESKS
    ]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=120) for _ in range(desks * rounds)]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0

    winners = {}
    for round_number in range(rounds):
        this_round = [o for o in outcomes if o[0] == round_number]
        saved = [name for _, name, outcome, _ in this_round if outcome == "saved"]
        assert len(saved) == 1, this_round  # exactly one desk per round wins
        winners[round_number] = saved[0]
        refused_by = {by for _, _, outcome, by in this_round if outcome == "refused"}
        assert refused_by == {saved[0]}  # the others are told who changed it

    database = open_server(postgres_database)
    try:
        with database.read_session() as session:
            patient = session.get(Patient, pid)
            assert patient is not None
            assert patient.version == 1 + rounds
            assert patient.first_name == _first_name(winners[rounds - 1], rounds - 1)
            edits = session.scalars(
                select(AuditEvent.username)
                .where(AuditEvent.action == "patient.updated")
                .order_by(AuditEvent.id)
            ).all()
            assert edits == [winners[n] for n in range(rounds)]
            renamed = session.scalars(
                select(PatientRevision.new_value)
                .where(PatientRevision.field == "first_name")
                .order_by(PatientRevision.id)
            ).all()
            assert renamed == [_first_name(winners[n], n) for n in range(rounds)]
    finally:
        database.close()

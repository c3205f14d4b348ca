"""Demo data: realistic, complete, reproducible, and valid by the registry's own rules."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import patients
from app.access import Actor
from app.clock import FixedClock
from app.demo import DemoSummary, generate_demo
from app.errors import PermissionDenied
from app.practice import create_practice
from app.settings import PracticeSettings
from db.models import (
    AuditEvent,
    ContactKind,
    ContactPoint,
    MedicationSchedule,
    Patient,
    PatientTag,
    PrivacyNotice,
    RecallProgramme,
    Role,
)
from tests.helpers.fixtures import ADMIN_PASSWORD

TODAY = datetime(2026, 11, 28, tzinfo=UTC).date()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory):
    """One 600-patient demo database shared by the read-only checks below."""
    clock = FixedClock(datetime(2026, 11, 28, 9, 30, tzinfo=UTC))
    database, admin = _new_database(tmp_path_factory.mktemp("demo") / "demo.relais", clock)
    with database.transaction() as session:
        summary = generate_demo(session, clock, admin, patients=600, seed=7)
    yield database, summary
    database.close()


def _new_database(path: Path, clock: FixedClock):
    return create_practice(
        path,
        clock,
        admin_username="admin",
        admin_full_name="Alice Admin",
        admin_password=ADMIN_PASSWORD,
        practice=PracticeSettings(name="Cabinet du Parc"),
    )


def _content(database) -> tuple[list[tuple], list[tuple]]:
    with database.transaction() as session:
        columns = [c for c in Patient.__table__.c if c.name not in ("created_at", "updated_at")]
        people = [tuple(r) for r in session.execute(select(*columns).order_by(Patient.id))]
        points = [
            tuple(r)
            for r in session.execute(select(ContactPoint.__table__).order_by(ContactPoint.id))
        ]
    return people, points


def test_counts_match_the_summary(demo_db) -> None:
    database, summary = demo_db
    with database.transaction() as session:
        everyone = list(session.scalars(select(Patient)))
        kinds = {p.id: {c.kind for c in p.contact_points} for p in everyone}
        households = session.scalar(
            select(func.count(func.distinct(Patient.household))).where(
                Patient.household.is_not(None)
            )
        )
        [event] = session.scalars(select(AuditEvent).where(AuditEvent.action == "demo.generated"))
        tagged = session.scalar(select(func.count(func.distinct(PatientTag.patient_id))))
        programmes = session.scalar(select(func.count()).select_from(RecallProgramme))
        schedules = session.scalar(select(func.count()).select_from(MedicationSchedule))
        notices = session.scalar(select(func.count()).select_from(PrivacyNotice))
    assert summary == DemoSummary(
        patients=len(everyone),
        households=households or 0,
        paper_only=sum(p.no_digital_access for p in everyone),
        no_email=sum(ContactKind.EMAIL not in k for k in kinds.values()),
        no_mobile=sum(ContactKind.MOBILE not in k for k in kinds.values()),
        large_print=sum(p.large_print for p in everyone),
        tagged=tagged or 0,
        programmes=programmes or 0,
        medication_schedules=schedules or 0,
        privacy_notices=notices or 0,
    )
    assert summary.patients == 600
    assert event.details["patients"] == 600
    assert event.details["seed"] == 7


def test_the_mix_looks_like_a_gp_list(demo_db) -> None:
    database, summary = demo_db
    n = summary.patients
    assert 0.18 <= summary.no_email / n <= 0.32
    assert 0.05 <= summary.no_mobile / n <= 0.16
    assert 0.03 <= summary.paper_only / n <= 0.10
    assert 0.015 <= summary.large_print / n <= 0.07
    assert summary.households >= 50
    with database.transaction() as session:
        everyone = list(session.scalars(select(Patient)))
        ages = [(TODAY - p.birth_date).days // 365 for p in everyone]
        paper_ages = [(TODAY - p.birth_date).days // 365 for p in everyone if p.no_digital_access]
        languages = {p.language for p in everyone}
        assert any(p.easy_read for p in everyone)
        assert any(p.needs_call for p in everyone)
        assert all(p.external_id and p.external_id.startswith("DOS-") for p in everyone)
        postcodes = set(
            session.scalars(select(ContactPoint.postcode).where(ContactPoint.postcode.is_not(None)))
        )
    assert min(ages) <= 4
    assert max(ages) >= 80
    assert sum(a >= 65 for a in ages) / len(ages) > 0.12
    assert sum(paper_ages) / len(paper_ages) > sum(ages) / len(ages) + 10  # paper is mostly older
    assert languages == {"fr", "en"}
    assert len(postcodes) > 10
    assert all(len(pc) == 5 and pc.isdigit() for pc in postcodes)


def test_households_share_one_landline(demo_db) -> None:
    database, _summary = demo_db
    by_household: dict[str, list[Patient]] = defaultdict(list)
    with database.transaction() as session:
        for patient in session.scalars(select(Patient).where(Patient.household.is_not(None))):
            by_household[patient.household or ""].append(patient)
        sharing = 0
        for members in by_household.values():
            shared = [
                {c.value for c in m.contact_points if c.shared_with_household} for m in members
            ]
            if any(shared):
                sharing += 1
                assert all(s == shared[0] for s in shared)  # the same number for everyone
                assert len(shared[0]) == 1
                [number] = shared[0]
                assert number.startswith("+33")
                kinds = {c.kind for m in members for c in m.contact_points if c.value == number}
                assert kinds == {ContactKind.LANDLINE}
        assert sharing >= 30


def test_everything_stored_passes_validation(demo_db) -> None:
    database, _summary = demo_db
    with database.transaction() as session:
        for patient in session.scalars(select(Patient)):
            form = patients.form_from_patient(patient)
            again = patients.validate(form, "FR", TODAY)  # raises on anything invalid
            stored = {(c.kind, c.value) for c in patient.contact_points}
            assert {(c.kind, c.value) for c in again.contacts} == stored
            assert (again.last_name, again.first_name) == (patient.last_name, patient.first_name)
        # Everyone is findable the way the desk finds people.
        anyone = session.scalars(select(Patient).order_by(Patient.id).limit(1)).one()
        assert anyone.id in patients.search_ids(session, f"{anyone.last_name} {anyone.first_name}")


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    # Two different clocks: the data must depend on the seed, not on today.
    contents = []
    for name, seed, at in (("a", 3, "2026-11-28"), ("b", 3, "2027-06-30"), ("c", 4, "2026-11-28")):
        clock = FixedClock(datetime.fromisoformat(at + "T09:30:00+00:00"))
        database, admin = _new_database(tmp_path / f"{name}.relais", clock)
        try:
            with database.transaction() as session:
                generate_demo(session, clock, admin, patients=150, seed=seed)
            contents.append(_content(database))
        finally:
            database.close()
    assert contents[0] == contents[1]
    assert contents[0][0] != contents[2][0]
    assert contents[0][1] != contents[2][1]


def test_a_practitioner_cannot_fill_the_database(practice, clock) -> None:
    database, _admin = practice
    doctor = Actor(user_id=None, username="dr.roux", role=Role.PRACTITIONER)
    with pytest.raises(PermissionDenied), database.transaction() as session:
        generate_demo(session, clock, doctor, patients=10)
    with database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Patient)) == 0


def test_the_demo_has_tags_programmes_and_schedules_that_make_reminders(demo_db) -> None:
    from app import medication, recalls, tags

    database, summary = demo_db
    assert (summary.programmes, summary.medication_schedules) == (2, 3)
    clock = FixedClock(datetime(2026, 11, 28, 9, 30, tzinfo=UTC))
    with database.transaction() as session:
        counts = dict(tags.all_tags(session))
        listed = recalls.programmes(session, clock=clock)
        made = recalls.refresh(session, clock)
        pills = medication.refresh(session, clock)
        session.rollback()  # the shared database stays as generated
    assert set(counts) == {"diabète", "hypertension", "asthme"}
    assert 0.03 <= counts["diabète"] / summary.patients <= 0.12
    assert counts["hypertension"] > counts["diabète"]
    assert [p.name for p in listed] == [
        "Grippe saisonnière 65 ans et plus",
        "Suivi diabète tous les 3 mois",
    ]
    diabetes = listed[1]
    assert diabetes.cohort_size == counts["diabète"]
    assert [s.channel.value for s in diabetes.steps if s.channel] == ["sms", "letter", "phone"]
    # The diabetes recall's first two steps fall within the window straight away.
    assert made.created >= 2 * diabetes.cohort_size - 5  # a few may have moved or died
    assert pills.created == 3


def test_a_second_demo_run_adds_patients_but_not_the_programmes_again(practice, clock) -> None:
    database, admin = practice
    with database.transaction() as session:
        first = generate_demo(session, clock, admin, patients=30, seed=2)
        second = generate_demo(session, clock, admin, patients=30, seed=3)
        names = session.scalars(select(RecallProgramme.name)).all()
        notices = session.scalars(select(PrivacyNotice.version)).all()
    assert (first.programmes, second.programmes) == (2, 0)
    assert len(names) == 2
    assert (first.privacy_notices, second.privacy_notices) == (1, 0)
    assert notices == ["2025-11"]


def test_the_demo_report_names_the_notice_put_up_a_year_before(demo_db) -> None:
    from app import transparency

    database, summary = demo_db
    assert summary.privacy_notices == 1
    clock = FixedClock(datetime(2026, 11, 28, 9, 30, tzinfo=UTC))
    quarter = transparency.Period.last_full_quarter(TODAY)
    with database.read_session() as session:
        figures = transparency.compute(session, clock, quarter)
    assert figures.notice is not None
    assert figures.notice.version == "2025-11"
    assert figures.notice.published_at == datetime(2025, 11, 27, 23, tzinfo=UTC)  # Paris midnight

"""Letters queued for real: patients on paper, their appointments, then one plan + dispatch.

The appointment is on Thursday 10 December 2026 at 14:30 in Paris; paper is
planned a week ahead, so the dispatch on Thursday 3 December queues one
letter per patient, as it would at the desk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from app import appointments, dispatch
from app.access import Actor
from app.appointments import AppointmentData
from app.clock import FixedClock
from app.patients import ContactData, PatientData, insert_many
from app.practice import PracticeDatabase
from app.settings import PracticeSettings, save_practice
from db.models import ContactKind, Sex

APPOINTMENT = datetime(2026, 12, 10, 13, 30, tzinfo=UTC)  # Thursday 14:30 in Paris
PRINT_DAY = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)  # Thursday 10:00 in Paris, a week before
PRACTICE = PracticeSettings(
    name="Cabinet du Parc",
    street="4 place Bellecour",
    postcode="69002",
    city="Lyon",
    phone="04 78 00 11 22",
    email="accueil@cabinet-du-parc.fr",
)


@dataclass(frozen=True)
class PaperPatients:
    """Patient ids; every one gets letters only (no digital access)."""

    luc: int  # MARTIN Luc, 69003 Lyon
    claire: int  # AUBERT Claire, 69003 Lyon: same postcode, sorts before Luc
    jurgen: int  # WEISS Jürgen, Berlin, English
    lucja: int  # WAŁĘSA Łucja, 69007 Lyon, two street lines
    dmitri: int  # ИВАНОВ Дмитрий, 75011 Paris
    sofia: int  # ΠΑΠΑΔΟΠΟΎΛΟΥ Σοφία, 13002 Marseille, large print


def _postal(
    street: str, postcode: str, city: str, country: str = "FR", extra: str | None = None
) -> ContactData:
    return ContactData(
        ContactKind.POSTAL,
        f"{street}, {postcode} {city}",
        street=street,
        street_extra=extra,
        postcode=postcode,
        city=city,
        country=country,
    )


def paper_patients(database: PracticeDatabase, admin: Actor, clock: FixedClock) -> PaperPatients:
    """The practice, six patients on paper and their appointments (nothing queued yet)."""
    people = [
        PatientData("Martin", "Luc", date(1950, 1, 5), sex=Sex.MALE, no_digital_access=True,
                    contacts=[_postal("3 rue des Lilas", "69003", "Lyon")]),
        PatientData("Aubert", "Claire", date(1966, 7, 5), sex=Sex.FEMALE, no_digital_access=True,
                    contacts=[_postal("9 rue Paul Bert", "69003", "Lyon")]),
        PatientData("Weiß", "Jürgen", date(1960, 2, 5), sex=Sex.MALE, language="en",
                    no_digital_access=True,
                    contacts=[_postal("Goethestraße 5", "10115", "Berlin", "DE")]),
        PatientData("Wałęsa", "Łucja", date(1955, 3, 5), sex=Sex.FEMALE, no_digital_access=True,
                    contacts=[_postal("12 avenue Jean Jaurès", "69007", "Lyon",
                                      extra="Bâtiment B, 3e étage")]),
        PatientData("Иванов", "Дмитрий", date(1970, 4, 5), sex=Sex.MALE, no_digital_access=True,
                    contacts=[_postal("8 boulevard Voltaire", "75011", "Paris")]),
        PatientData("Παπαδοπούλου", "Σοφία", date(1940, 5, 5), sex=Sex.FEMALE,
                    no_digital_access=True, large_print=True,
                    contacts=[_postal("1 quai du Port", "13002", "Marseille")]),
    ]  # fmt: skip
    with database.transaction() as session:
        save_practice(session, clock, admin, PRACTICE)
        ids = insert_many(session, clock.now(), people)
        for patient_id in ids:
            appointments.create_appointment(
                session,
                clock,
                admin,
                AppointmentData(
                    patient_id,
                    APPOINTMENT,
                    practitioner="Dr Claire Roux",
                    place="12 rue Neuve, 69002 Lyon",
                ),
            )
    return PaperPatients(*ids)


def queue_letters(database: PracticeDatabase, admin: Actor, clock: FixedClock) -> PaperPatients:
    """:func:`paper_patients`, then the dispatch that queues their letters.

    ``clock`` (the suite's, before 3 December) is moved to :data:`PRINT_DAY`,
    so screens sharing it see the day of the print run.
    """
    patients = paper_patients(database, admin, clock)
    clock.advance(seconds=(PRINT_DAY - clock.now()).total_seconds())
    report = dispatch.dispatch(database, clock)
    assert report.queued_letters == 6, dispatch.describe(report)
    return patients

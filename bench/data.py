"""Synthetic but realistic patients, generated fast and the same every run."""

from __future__ import annotations

import random
from datetime import date, timedelta

import phonenumbers
from faker import Faker

from app.patients import ContactData, PatientData
from db.models import ContactKind, Sex


def name_pools(seed: int = 7) -> tuple[list[str], list[str]]:
    fake = Faker("fr_FR")
    fake.seed_instance(seed)
    last = sorted({fake.last_name() for _ in range(3000)})
    first = sorted({fake.first_name() for _ in range(3000)})
    return last, first


def _mobile(rng: random.Random) -> str:
    """A random French mobile that phonenumbers accepts (some 06/07 ranges are not mobiles)."""
    while True:
        number = f"+33{rng.choice('67')}{rng.randrange(10**8):08d}"
        parsed = phonenumbers.parse(number)
        if phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE:
            return number


def patients(count: int, seed: int = 7) -> list[PatientData]:
    rng = random.Random(seed)
    last_names, first_names = name_pools(seed)
    start = date(1930, 1, 1)
    result = []
    for i in range(count):
        mobile = _mobile(rng)
        contacts = [ContactData(ContactKind.MOBILE, mobile)]
        if rng.random() < 0.7:
            contacts.append(ContactData(ContactKind.EMAIL, f"patient{i}@exemple.fr"))
        contacts.append(
            ContactData(
                ContactKind.POSTAL,
                f"{i} rue de la Paix, 75011 PARIS",
                street=f"{i} rue de la Paix",
                postcode="75011",
                city="PARIS",
                country="FR",
            )
        )
        result.append(
            PatientData(
                last_name=rng.choice(last_names),
                first_name=rng.choice(first_names),
                birth_date=start + timedelta(days=rng.randrange(365 * 95)),
                sex=rng.choice([Sex.FEMALE, Sex.MALE]),
                external_id=f"DOS-{i:06d}",
                contacts=contacts,
            )
        )
    return result


def typed_queries(items: list[PatientData], count: int, seed: int = 11) -> list[str]:
    """What a receptionist types: name prefixes of 3-6 letters, name + first name, phones, dates."""
    rng = random.Random(seed)
    queries = []
    for _ in range(count):
        patient = rng.choice(items)
        kind = rng.random()
        if kind < 0.5:
            queries.append(patient.last_name[: rng.randint(3, 6)])
        elif kind < 0.75:
            queries.append(f"{patient.last_name} {patient.first_name[:2]}")
        elif kind < 0.9:
            queries.append("0" + patient.contacts[0].value[3:][: rng.randint(5, 9)])
        else:
            queries.append(patient.birth_date.strftime("%d/%m/%Y"))
    return queries

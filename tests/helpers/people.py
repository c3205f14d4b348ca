"""Patients as the reminder tests need them: reachable by text, on paper only, by age."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from app.patients import ContactData, PatientData, insert_many
from db.models import ContactKind, PatientStatus, Sex

POSTAL = ContactData(
    ContactKind.POSTAL,
    "3 rue des Lilas, 69003 Lyon",
    street="3 rue des Lilas",
    postcode="69003",
    city="Lyon",
    country="FR",
)


def texting(last_name: str, born: date, n: int = 0, **fields: object) -> PatientData:
    """A patient with a mobile, an e-mail and a postal address."""
    return PatientData(
        last_name,
        "Hélène",
        born,
        contacts=[
            ContactData(ContactKind.MOBILE, f"+336123456{n:02d}"),
            ContactData(ContactKind.EMAIL, f"patient{n}@exemple.fr"),
            POSTAL,
        ],
        **fields,  # type: ignore[arg-type]
    )


def paper_only(last_name: str, born: date, **fields: object) -> PatientData:
    """A patient without digital access: letters only."""
    return PatientData(
        last_name,
        "Luc",
        born,
        no_digital_access=True,
        contacts=[POSTAL],
        **fields,  # type: ignore[arg-type]
    )


def add(session: Session, now: datetime, *people: PatientData) -> list[int]:
    return insert_many(session, now, list(people))


__all__ = ["POSTAL", "PatientStatus", "Sex", "add", "paper_only", "texting"]

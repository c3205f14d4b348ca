"""Fixtures for the Patients screens: realistic patients, typing with accents."""

from __future__ import annotations

import random
from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.clock import FixedClock
from app.patients import ContactData, PatientData, insert_many
from app.practice import PracticeDatabase
from db.models import ContactKind

LAST_NAMES = (
    "Dupont", "Martin", "Lefèvre", "Bernard", "Petit", "Durand", "Leroy", "Moreau",
    "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Roux", "Fournier", "Girard",
    "Bonnet", "Müller", "Lambert", "Fontaine", "Rousseau", "Vincent", "Mercier", "Faure",
    "Chevalier", "Blanc", "Guérin", "Boyer", "Gauthier", "N'Diaye", "Perrin", "Robin",
    "Clément", "Morin", "Nicolas", "Henry", "Mathieu", "Gaillard", "Le Gall", "Benoît",
)  # fmt: skip
FIRST_NAMES = (
    "Marie", "Jean", "Hélène", "François", "Zoé", "Léa", "Chloé", "Noël", "Agnès",
    "Jérôme", "Élodie", "Anaïs", "Thérèse", "Loïc", "Maëlys", "Cécile", "Gaëlle", "Joël",
    "Françoise", "André", "Inès", "Rémi", "Sébastien", "Mathéo", "Aurélie", "Émile",
)  # fmt: skip
CITIES = (
    ("69003", "LYON"), ("69100", "VILLEURBANNE"), ("69500", "BRON"), ("69008", "LYON"),
    ("69200", "VÉNISSIEUX"), ("69300", "CALUIRE-ET-CUIRE"),
)  # fmt: skip
STREETS = ("rue de la République", "avenue Jean Jaurès", "cours Lafayette", "rue Garibaldi")


def make_patients(count: int, seed: int = 1, start: int = 0) -> list[PatientData]:
    """Realistic, deterministic patients: accents, some without e-mail or mobile, paper-only."""
    rng = random.Random(seed)
    items = []
    for index in range(start, start + count):
        last = rng.choice(LAST_NAMES)
        first = rng.choice(FIRST_NAMES)
        born = date(1930, 1, 1) + timedelta(days=rng.randrange(0, 33_000))
        contacts = []
        paper = index % 17 == 0
        if not paper:
            contacts.append(ContactData(ContactKind.MOBILE, f"+3367{index:07d}"))
        if index % 3:
            contacts.append(
                ContactData(
                    ContactKind.EMAIL,
                    f"{first.lower()}.{last.lower()}{index}@exemple.fr".replace(" ", ""),
                )
            )
        if index % 5 == 0:
            contacts.append(ContactData(ContactKind.LANDLINE, f"+3347{index:07d}"))
        postcode, city = CITIES[index % len(CITIES)]
        contacts.append(
            ContactData(
                ContactKind.POSTAL,
                f"{index % 120 + 1} {STREETS[index % 4]}, {postcode} {city}",
                street=f"{index % 120 + 1} {STREETS[index % 4]}",
                postcode=postcode,
                city=city,
                country="FR",
            )
        )
        items.append(
            PatientData(
                last_name=last.upper() if index % 2 else last,
                first_name=first,
                birth_date=born,
                no_digital_access=paper,
                large_print=paper,
                contacts=contacts,
            )
        )
    return items


def fill(database: PracticeDatabase, clock: FixedClock, count: int, batch: int = 10_000) -> None:
    for start in range(0, count, batch):
        size = min(batch, count - start)
        with database.transaction() as session:
            insert_many(session, clock.now(), make_patients(size, seed=start + 1, start=start))


def fill_fast(database: PracticeDatabase, clock: FixedClock, count: int) -> None:
    """``count`` patients with a name, a birth date and a mobile, in batches of 20,000."""
    batch = 20_000
    for start in range(0, count, batch):
        size = min(batch, count - start)
        items = [
            PatientData(
                last_name=item.last_name,
                first_name=item.first_name,
                birth_date=item.birth_date,
                no_digital_access=item.no_digital_access,
                contacts=[ContactData(ContactKind.MOBILE, f"+3367{start + n:07d}")],
            )
            for n, item in enumerate(make_patients(size, seed=start + 1, start=start))
        ]
        with database.transaction() as session:
            insert_many(session, clock.now(), items)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, accents included (``qtbot.keyClicks`` only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = ord(char.upper()) if char.isascii() and char.isalnum() else 0
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)

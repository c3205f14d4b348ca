"""Demo data: a realistic French patient list for trying Relais out (``main.py demo``).

The same seed always gives the same patients: names and streets come from
Faker ``fr_FR`` (``en_GB`` for the few English speakers) seeded with it, every
other choice from a ``random.Random`` seeded with it, and ages are counted
from :data:`REFERENCE_DATE`, not from today.

The practice gets a privacy notice published a year before (unless it has one),
so the transparency report names the version in force and consents recorded
while trying Relais carry it.

Some patients have tags (diabète, hypertension, asthme, in proportions a GP's
list has), and the practice gets two recall programmes ("Suivi diabète tous
les 3 mois": SMS, then a letter, then a call; "Grippe saisonnière 65 ans et
plus": every October) and a few medication schedules, so the Reminders page
and Today have something to show after the first tick.

The mix is what a GP's list looks like and what the rest of Relais must cope
with: ages 0-95 weighted like a French GP list, about 25 % without e-mail,
10 % without mobile, 6 % paper only (mostly the oldest), 4 % large print, a
few easy-read and call-instead-of-letter patients, and households (couples,
families) that share a landline.

Landlines are drawn from the ranges ARCEP reserves for fiction (01 99 00,
02 61 91, 03 53 01, 04 65 71, 05 36 49), which no subscriber can hold.
There is no such mobile range that ``phonenumbers`` accepts (06 39 98 is
rejected as invalid), so mobiles are random valid 06/07 numbers: a demo
database must never be given a real SMS gateway. E-mail addresses are at the
reserved example.com/.net/.org domains.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta

from dateutil.relativedelta import relativedelta
from faker import Faker
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit, consent, medication, normalize, recalls, tags
from app import patients as registry
from app.access import Actor, Permission
from app.clock import Clock
from app.errors import FieldError, ValidationError
from app.patients import PatientData, PatientForm
from app.settings import load_practice
from app.tasks import Progress
from db.models import Channel, ContactKind, Patient, PrivacyNotice, RecallProgramme

REFERENCE_DATE = date(2025, 1, 1)
BATCH = 500

# (lowest age, highest age, weight): roughly the age pyramid of a French GP's list.
AGE_BANDS = ((0, 4, 5), (5, 14, 10), (15, 24, 10), (25, 44, 26), (45, 64, 27), (65, 79, 15),
             (80, 95, 7))  # fmt: skip
FICTION_LANDLINE_PREFIXES = ("0199 00", "0261 91", "0353 01", "0465 71", "0536 49")
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")
# Real postcodes with their communes, so that letters and labels look right.
PLACES = (
    ("75011", "Paris"), ("75015", "Paris"), ("75018", "Paris"), ("92100", "Boulogne-Billancourt"),
    ("93100", "Montreuil"), ("94000", "Créteil"), ("78000", "Versailles"), ("69003", "Lyon"),
    ("69100", "Villeurbanne"), ("13005", "Marseille"), ("13100", "Aix-en-Provence"),
    ("31000", "Toulouse"), ("33000", "Bordeaux"), ("44000", "Nantes"), ("35000", "Rennes"),
    ("59000", "Lille"), ("67000", "Strasbourg"), ("34000", "Montpellier"), ("06000", "Nice"),
    ("21000", "Dijon"), ("37000", "Tours"), ("63000", "Clermont-Ferrand"), ("38000", "Grenoble"),
    ("87000", "Limoges"), ("29200", "Brest"), ("14000", "Caen"), ("76000", "Rouen"),
    ("51100", "Reims"), ("57000", "Metz"), ("64000", "Pau"), ("80000", "Amiens"),
    ("42000", "Saint-Étienne"), ("49000", "Angers"), ("72000", "Le Mans"), ("45000", "Orléans"),
    ("66000", "Perpignan"), ("17000", "La Rochelle"), ("25000", "Besançon"),
    ("74000", "Annecy"), ("84000", "Avignon"),
)  # fmt: skip
# (tag, lowest age, share of the patients of that age or older who have it)
TAGS = (("diabète", 40, 0.12), ("hypertension", 50, 0.25), ("asthme", 5, 0.07))
DIABETES_TAG = "diabète"
MEDICATION_SCHEDULES = 3
DEMO_NOTICE_SUMMARY = (
    "Première version : rappels de rendez-vous, de vaccination et de dépistage par SMS, "
    "e-mail, courrier ou appel ; vos droits et comment les exercer."
)


@dataclass
class DemoSummary:
    """What :func:`generate_demo` added.

    Attributes:
        patients: patients created.
        households: households of two or more patients (couples, families).
        paper_only: patients without digital access (letters or calls only).
        no_email: patients without an e-mail address.
        no_mobile: patients without a mobile number.
        large_print: patients who need large print.
        tagged: patients given at least one tag.
        programmes: recall programmes created (none when they exist already).
        medication_schedules: medication schedules created.
        privacy_notices: privacy notice versions published (none when one exists already).
    """

    patients: int
    households: int
    paper_only: int
    no_email: int
    no_mobile: int
    large_print: int
    tagged: int = 0
    programmes: int = 0
    medication_schedules: int = 0
    privacy_notices: int = 0


@dataclass
class _Person:
    sex: str  # "F" or "M"
    age: int
    last_name: str = ""
    first_name: str = ""
    birth_name: str = ""


class _Generator:
    """All the random choices, in a fixed order, from one seed."""

    def __init__(self, seed: int, first_number: int) -> None:
        self.rng = random.Random(seed)  # noqa: S311 -- reproducible demo data, not secrets
        self.fr = Faker("fr_FR")
        self.fr.seed_instance(seed)
        self.en = Faker("en_GB")
        self.en.seed_instance(seed)
        self.number = first_number
        self.used_phones: set[str] = set()
        self.landline_pool = [
            f"{prefix}{n:04d}" for prefix in FICTION_LANDLINE_PREFIXES for n in range(10_000)
        ]
        self.rng.shuffle(self.landline_pool)

    # -- people --------------------------------------------------------------------

    def age(self, low: int = 0, high: int = 95) -> int:
        bands = [(max(lo, low), min(hi, high), w) for lo, hi, w in AGE_BANDS if lo <= high]
        bands = [(lo, hi, w) for lo, hi, w in bands if lo <= hi]
        lo, hi, _w = self.rng.choices(bands, weights=[w for *_r, w in bands])[0]
        return self.rng.randint(lo, hi)

    def household(self) -> list[_Person]:
        """One to five people: alone, a couple, or a family with children."""
        kind = self.rng.choices(("single", "couple", "family"), weights=(58, 27, 15))[0]
        if kind == "single":
            return [_Person(self.rng.choice("FM"), self.age())]
        if kind == "couple":
            first = _Person(self.rng.choice("FM"), self.age(20, 95))
            partner_age = min(95, max(18, first.age + self.rng.randint(-6, 6)))
            return [first, _Person("M" if first.sex == "F" else "F", partner_age)]
        parent_age = self.rng.randint(26, 50)
        people = [_Person("F", parent_age)]
        if self.rng.random() < 0.8:
            people.append(_Person("M", min(60, parent_age + self.rng.randint(-4, 6))))
        for _ in range(self.rng.choice((1, 1, 2, 2, 3))):
            people.append(_Person(self.rng.choice("FM"), self.rng.randint(0, parent_age - 20)))
        return people

    def name(self, person: _Person, faker: Faker, family_name: str | None) -> None:
        female = person.sex == "F"
        person.first_name = faker.first_name_female() if female else faker.first_name_male()
        person.last_name = family_name or faker.last_name()
        if female and person.age >= 25 and self.rng.random() < 0.3:
            person.birth_name = faker.last_name()

    def birth_date(self, age: int) -> str:
        born = REFERENCE_DATE - timedelta(days=age * 365 + age // 4 + self.rng.randint(0, 364))
        return born.strftime("%d/%m/%Y")

    # -- contact points ------------------------------------------------------------

    def _unique(self, make: Callable[[], str], kind: ContactKind) -> str:
        """A number ``phonenumbers`` accepts, not given to anyone else yet if possible."""
        spare = ""
        for _ in range(100):
            text = make()
            try:
                value = normalize.phone(text, "FR", kind)
            except normalize.Invalid:
                continue
            if value not in self.used_phones:
                self.used_phones.add(value)
                return text
            spare = text
        return spare or "0612345678"  # only for a list far larger than the numbering plan

    def mobile(self) -> str:
        def make() -> str:
            prefix = self.rng.choice(("06", "06", "06", "07"))
            digits = "".join(self.rng.choice("0123456789") for _ in range(8))
            return prefix + digits

        return self._unique(make, ContactKind.MOBILE)

    def landline(self) -> str:
        if self.landline_pool:
            return self.landline_pool.pop().replace(" ", "")
        prefix = self.rng.choice(FICTION_LANDLINE_PREFIXES)
        return f"{prefix}{self.rng.randint(0, 9999):04d}".replace(" ", "")

    def email(self, person: _Person) -> str:
        local = ".".join(
            "".join(normalize.words(part)) for part in (person.first_name, person.last_name)
        )
        return f"{local}{self.rng.randint(1, 999)}@{self.rng.choice(EMAIL_DOMAINS)}"

    def next_external_id(self) -> str:
        self.number += 1
        return f"DOS-{self.number:06d}"


def _forms_for_household(gen: _Generator) -> list[PatientForm]:
    people = gen.household()
    english = gen.rng.random() < 0.04
    faker = gen.en if english else gen.fr
    family_name = faker.last_name() if len(people) > 1 and gen.rng.random() < 0.85 else None
    for person in people:
        gen.name(person, faker, family_name)
    postcode, city = gen.rng.choice(PLACES)
    street = gen.fr.street_address()
    extra = gen.rng.choice(
        ("", "", "", "", "Bâtiment B", "Appartement 12", "Résidence les Tilleuls")
    )
    shared_landline = gen.landline() if len(people) > 1 and gen.rng.random() < 0.6 else ""
    household = f"FOYER-{gen.number + 1:06d}" if len(people) > 1 else ""
    adults_mobiles: list[str] = []
    forms = []
    for person in people:
        old = person.age >= 80
        senior = person.age >= 65
        paper_only = gen.rng.random() < (0.4 if old else 0.2 if senior else 0.03)
        if person.age < 15:
            paper_only = False
        form = PatientForm(
            last_name=person.last_name,
            first_name=person.first_name,
            birth_name=person.birth_name,
            birth_date=gen.birth_date(person.age),
            sex=person.sex,
            external_id=gen.next_external_id(),
            language="en" if english else "fr",
            street=street,
            street_extra=extra,
            postcode=postcode,
            city=city,
            household=household,
            no_digital_access=paper_only,
            large_print=gen.rng.random() < (0.25 if old else 0.12 if senior else 0.015),
            easy_read=gen.rng.random() < 0.01,
            needs_call=gen.rng.random() < (0.3 if paper_only else 0.01),
        )
        if person.age < 12:
            # Children are reached through a parent's mobile, when one is on file.
            if adults_mobiles and gen.rng.random() < 0.9:
                form.mobile = gen.rng.choice(adults_mobiles)
        elif not paper_only and gen.rng.random() < 0.98:
            form.mobile = gen.mobile()
            adults_mobiles.append(form.mobile)
        if person.age >= 15 and not paper_only and gen.rng.random() < 0.95:
            form.email = gen.email(person)
        if shared_landline:
            form.landline, form.landline_shared = shared_landline, True
        elif paper_only or gen.rng.random() < (0.5 if senior else 0.1):
            form.landline = gen.landline()  # paper-only patients can still be called
        forms.append(form)
    return forms


def generate_demo(
    session: Session,
    clock: Clock,
    actor: Actor,
    *,
    patients: int = 500,
    seed: int = 1,
    progress: Progress | None = None,
) -> DemoSummary:
    """Add ``patients`` demo patients in the caller's transaction; same seed, same patients."""
    actor.require(Permission.IMPORT_PATIENTS)
    if patients < 0:
        raise ValidationError([FieldError("patients", "must be 0 or more", "invalid")])
    progress = progress or Progress()
    count = patients
    existing = session.scalar(select(func.count()).select_from(Patient)) or 0
    gen = _Generator(seed, first_number=existing)
    today = max(REFERENCE_DATE, clock.now().date())
    people: list[PatientData] = []
    households = 0
    progress.update(0, count, "Creating demo patients")
    while len(people) < count:
        forms = _forms_for_household(gen)[: count - len(people)]
        if len(forms) == 1:  # alone, or the last household cut short
            forms[0].household, forms[0].landline_shared = "", False
        households += len(forms) > 1
        # Through the same validation as the editor, so that all is normalised.
        people += [_as_patient(form, today) for form in forms]
        if len(people) // 200 != (len(people) - len(forms)) // 200:
            progress.update(len(people), count)
    now = clock.now()
    ids: list[int] = []
    for start in range(0, count, BATCH):
        ids += registry.insert_many(session, now, people[start : start + BATCH])
        progress.update(min(count, start + BATCH), count, "Saving demo patients")
    # After every patient is drawn, so the same seed gives the same patients as before.
    tagged = _tag(session, clock, gen, list(zip(ids, people, strict=True)))
    programmes = _programmes(session, clock, actor)
    schedules = _medication(session, clock, actor, gen, tagged)
    notices = _privacy_notice(session, clock, actor)
    summary = DemoSummary(
        patients=count,
        households=households,
        paper_only=sum(p.no_digital_access for p in people),
        no_email=sum(not _has(p, ContactKind.EMAIL) for p in people),
        no_mobile=sum(not _has(p, ContactKind.MOBILE) for p in people),
        large_print=sum(p.large_print for p in people),
        tagged=len(tagged),
        programmes=programmes,
        medication_schedules=schedules,
        privacy_notices=notices,
    )
    audit.record(
        session,
        clock,
        actor,
        "demo.generated",
        details={"seed": seed} | vars(summary),
    )
    return summary


def _tag(
    session: Session, clock: Clock, gen: _Generator, people: list[tuple[int, PatientData]]
) -> dict[int, list[str]]:
    """Some patients get tags, by age, as a GP's list has them."""
    tagged: dict[int, list[str]] = {}
    for pid, person in people:
        age = recalls.age_on(person.birth_date, REFERENCE_DATE)
        chosen = [tag for tag, lowest, share in TAGS if age >= lowest and gen.rng.random() < share]
        if chosen:
            tagged[pid] = chosen
    if tagged:
        tags.replace_many(session, tagged)
        tags.programmes_concerned(session, clock.now(), None)
    return tagged


def _privacy_notice(session: Session, clock: Clock, actor: Actor) -> int:
    """The notice put up in the waiting room a year ago, unless the practice has one already.

    A year back, so the transparency report's default period (the last full quarter)
    names it, and consents recorded while trying the demo are given under it.
    """
    if not actor.can(Permission.MANAGE_SETTINGS) or session.scalar(
        select(func.count()).select_from(PrivacyNotice)
    ):
        return 0
    today = clock.now().astimezone(load_practice(session).zone()).date()
    put_up = today - relativedelta(years=1)
    consent.publish_notice(
        session,
        clock,
        actor,
        f"{put_up:%Y-%m}",
        DEMO_NOTICE_SUMMARY,
        needs_reconfirmation=False,
        published_on=put_up,
    )
    return 1


def _programmes(session: Session, clock: Clock, actor: Actor) -> int:
    """The two programmes of the demo, unless a practice already has them (a second run)."""
    today = clock.now().date()
    specs = (
        recalls.ProgrammeSpec(
            name="Suivi diabète tous les 3 mois",
            purpose_code="screening_recall",
            rule=recalls.CohortRule(tag=DIABETES_TAG),
            rrule="FREQ=MONTHLY;INTERVAL=3",
            steps=(
                recalls.StepSpec(Channel.SMS, 0),
                recalls.StepSpec(Channel.LETTER, 30),
                recalls.StepSpec(Channel.PHONE, 60),
            ),
            # Ten days ahead: the first SMS is planned within the week, the letter later.
            starts_on=today + timedelta(days=10),
        ),
        recalls.ProgrammeSpec(
            name="Grippe saisonnière 65 ans et plus",
            purpose_code="vaccination",
            rule=recalls.CohortRule(min_age=65),
            rrule="FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=15",
            steps=(recalls.StepSpec(None, 0), recalls.StepSpec(Channel.LETTER, 21)),
            starts_on=date(today.year, 1, 1),
        ),
    )
    existing = set(session.scalars(select(RecallProgramme.name)))
    made = 0
    for spec in specs:
        if spec.name not in existing:
            recalls.create(session, clock, actor, spec)
            made += 1
    return made


def _medication(
    session: Session, clock: Clock, actor: Actor, gen: _Generator, tagged: dict[int, list[str]]
) -> int:
    """A monthly prescription renewal for a few diabetic patients."""
    diabetic = sorted(pid for pid, chosen in tagged.items() if DIABETES_TAG in chosen)
    chosen = gen.rng.sample(diabetic, min(MEDICATION_SCHEDULES, len(diabetic)))
    today = clock.now().date()
    for n, pid in enumerate(sorted(chosen)):
        medication.create(
            session,
            clock,
            actor,
            medication.MedicationSpec(
                patient_id=pid,
                label="renouvellement d'ordonnance",
                rrule="FREQ=MONTHLY",
                time_of_day=time(9, 0),
                starts_on=today + timedelta(days=2 + 3 * n),
            ),
        )
    return len(chosen)


def _as_patient(form: PatientForm, today: date) -> PatientData:
    return registry.validate(form, "FR", today)


def _has(data: PatientData, kind: ContactKind) -> bool:
    return any(contact.kind is kind for contact in data.contacts)

"""Synthetic but realistic patients, generated fast and the same every run."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

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


# -- a practice's history, for the trust dashboard ------------------------------------------

# The seeded purposes' ids (db/migrations 0002): care 1-4, consent 5-7.
CARE_PURPOSES = (1, 2, 3, 4)
CONSENT_PURPOSES = (5, 6, 7)
APPOINTMENT_PURPOSE = 1
SURVEY_PURPOSE = 6
CHANNELS = ("sms", "email", "letter", "phone")


def _stamp(moment: datetime) -> str:
    """A UTC instant as SQLAlchemy stores a DateTime on SQLite (naive, with microseconds)."""
    return moment.replace(tzinfo=None).isoformat(" ", "microseconds")


@dataclass
class TrustHistory:
    """Rows for every table the dashboard reads, as tuples in column order (see COLUMNS)."""

    rows: dict[str, list[tuple[object, ...]]] = field(default_factory=dict)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))


# Column order of each table's tuples; what is not named is left to its default or NULL.
TRUST_COLUMNS: dict[str, tuple[str, ...]] = {
    "patient": (
        "id", "last_name", "first_name", "birth_date", "sex", "language", "status",
        "large_print", "easy_read", "needs_call", "no_digital_access", "sort_key",
        "created_at", "updated_at",
    ),
    "preferences": (
        "patient_id", "quiet_before", "quiet_after", "quiet_days", "quiet_on_public_holidays",
        "quiet_channels", "tone", "paper_format", "paper_only", "call_instead_of_letter",
        "channels", "updated_at",
    ),
    "consent_event": (
        "id", "patient_id", "purpose_id", "channel", "kind", "method", "recorded_at",
        "recorded_by", "expires_at",
    ),
    "appointment": (
        "id", "patient_id", "starts_at", "practitioner", "place", "reason", "status", "source",
        "outcome", "created_at", "updated_at",
    ),
    "reminder": (
        "id", "patient_id", "purpose_id", "source", "appointment_id", "due_at", "label",
        "status", "created_at", "created_by",
    ),
    "message": (
        "id", "idempotency_key", "patient_id", "purpose_id", "channel", "status",
        "scheduled_for", "expires_at", "attempts", "language", "tone", "recipient", "subject",
        "body", "reason", "call_outcome", "created_at", "updated_at", "sent_at",
    ),
    "message_item": ("message_id", "reminder_id", "lead", "due_at"),
    "survey": ("id", "name", "definition", "active", "created_at", "created_by"),
    "survey_invitation": (
        "id", "survey_id", "patient_id", "message_id", "channel", "asked_at", "answered_at",
    ),
    "survey_answer": (
        "id", "invitation_id", "question_key", "number", "source", "recorded_at", "recorded_by",
    ),
    "complaint": (
        "id", "received_on", "channel", "from_whom", "category", "description",
        "acknowledge_by", "answer_by", "status", "acknowledged_on", "answered_on", "answer",
        "lessons", "recorded_at", "recorded_by", "updated_at",
    ),
}  # fmt: skip


def trust_history(  # noqa: PLR0915 -- one seeded pass, table by table, as rows refer to each other
    patient_count: int, message_count: int, now: datetime, seed: int = 17, months: int = 24
) -> TrustHistory:
    """Two years of a large practice: patients, consents, appointments with outcomes and
    their reminders, ``message_count`` messages (about 60 % appointment reminders),
    survey invitations and answers, complaints.  Seeded: the same rows every run.

    Shares are what a practice sees: 4 % of patients moved, deceased or archived, 8 %
    without digital access, one in six has consent events, 8 % of appointments missed.
    """
    rng = random.Random(seed)
    history = TrustHistory()
    rows = history.rows
    begin = now - timedelta(days=30 * months)
    span = (now - begin).total_seconds()
    created = _stamp(begin - timedelta(days=30))

    def moment() -> datetime:
        return begin + timedelta(seconds=rng.random() * span)

    statuses = ["active"] * 96 + ["moved", "moved", "deceased", "archived"]
    paper = [False] * (patient_count + 1)
    patients = rows["patient"] = []
    preferences = rows["preferences"] = []
    for pid in range(1, patient_count + 1):
        no_digital = rng.random() < 0.08
        paper[pid] = no_digital
        patients.append(
            (pid, f"NOM{pid}", "Prénom", "1960-01-01", "F", "fr", rng.choice(statuses),
             0, 0, 0, int(no_digital), f"nom{pid} prenom", created, created)
        )  # fmt: skip
        if rng.random() < 0.1:
            paper_only = no_digital or rng.random() < 0.1
            paper[pid] = paper_only
            preferences.append(
                (pid, "09:00", "19:00", "[7]", 1, '["sms", "phone"]', "formal", "standard",
                 int(paper_only), 0, "{}", created)
            )  # fmt: skip

    events = rows["consent_event"] = []
    kinds = ["granted"] * 6 + ["withdrawn", "withdrawn", "objected", "refused"]
    for pid in range(1, patient_count + 1):
        if rng.random() >= 1 / 6:
            continue
        for _ in range(rng.randint(1, 3)):
            kind = rng.choice(kinds)
            art21 = kind == "objected" and rng.random() < 0.3
            purpose = None if art21 else rng.choice(CONSENT_PURPOSES + CARE_PURPOSES[:1])
            channel = None if rng.random() < 0.4 else rng.choice(CHANNELS)
            at = moment()
            expires = (
                _stamp(at + timedelta(days=365))
                if kind == "granted" and rng.random() < 0.2
                else None
            )
            events.append(
                (len(events) + 1, pid, purpose, channel, kind, "at_desk", _stamp(at), "bench",
                 expires)
            )  # fmt: skip

    appointments = rows["appointment"] = []
    reminders = rows["reminder"] = []
    messages = rows["message"] = []
    items = rows["message_item"] = []
    appointment_messages = int(message_count * 0.6)
    appointment_count = appointment_messages // 2
    outcomes = ["attended"] * 88 + ["missed"] * 8 + ["cancelled_in_time"] * 4

    def add_message(pid: int, purpose: int, reminder: int, at: datetime, lead: str) -> None:
        channel = "letter" if paper[pid] else rng.choice(("sms", "sms", "sms", "email", "letter"))
        roll = rng.random()
        call_outcome = None
        if paper[pid] and rng.random() < 0.3:
            channel = "phone"
        if at > now:
            status, sent = "queued", None
        elif roll < 0.02:
            status, sent = "failed", None
        elif roll < 0.025:
            status, sent = "unknown", None
        elif roll < 0.04:
            status, sent = "cancelled", None
        elif channel == "letter":
            status, sent = ("posted" if roll < 0.9 else "printed"), at
        elif channel == "phone":
            status, sent = "called", at
            call_outcome = "reached" if roll < 0.8 else "voicemail" if roll < 0.9 else "no_answer"
        else:
            status, sent = "sent", at
        number = len(messages) + 1
        stamp = _stamp(at)
        messages.append(
            (number, f"{reminder}:{lead}", pid, purpose, channel, status, stamp,
             _stamp(at + timedelta(days=2)), 1, "fr", "formal", "", "", "", "{}", call_outcome,
             stamp, stamp, None if sent is None else stamp)
        )  # fmt: skip
        items.append((number, reminder, lead, stamp))

    for number in range(1, appointment_count + 1):
        pid = rng.randrange(1, patient_count + 1)
        starts = moment() + timedelta(days=14)
        past = starts < now
        appointments.append(
            (number, pid, _stamp(starts), "Dr Martin", "", "", "booked", "ics",
             rng.choice(outcomes) if past and rng.random() < 0.9 else None, created, created)
        )  # fmt: skip
        reminders.append(
            (number, pid, APPOINTMENT_PURPOSE, "appointment", number, _stamp(starts), "",
             "active", created, "bench")
        )  # fmt: skip
        # Nine in ten appointments get their two reminders (two days and one day before).
        if rng.random() < 0.9:
            add_message(pid, APPOINTMENT_PURPOSE, number, starts - timedelta(days=2), "P2D")
            add_message(pid, APPOINTMENT_PURPOSE, number, starts - timedelta(days=1), "P1D")
    while len(messages) < message_count:
        pid = rng.randrange(1, patient_count + 1)
        purpose = rng.choice((2, 3, 4, 5, 7))
        due = moment()
        reminder = len(reminders) + 1
        reminders.append(
            (reminder, pid, purpose, "recall", None, _stamp(due), "", "active", created, "bench")
        )
        add_message(pid, purpose, reminder, due, "P0D")

    rows["survey"] = [(1, "Satisfaction", '{"questions": [{"key": "nps", "kind": "nps"}]}', 1,
                       created, "bench")]  # fmt: skip
    invitations = rows["survey_invitation"] = []
    answers = rows["survey_answer"] = []
    for number in range(1, patient_count // 5 + 1):
        asked = moment()
        answered = asked + timedelta(days=rng.randint(1, 20)) if rng.random() < 0.35 else None
        if answered is not None and answered > now:
            answered = None
        invitations.append(
            (number, 1, rng.randrange(1, patient_count + 1), None, rng.choice(CHANNELS),
             _stamp(asked), None if answered is None else _stamp(answered))
        )  # fmt: skip
        if answered is not None:
            score = min(10, max(0, round(rng.gauss(8, 2.2))))
            answers.append(
                (len(answers) + 1, number, "nps", score, "paper", _stamp(answered), "bench")
            )

    complaints = rows["complaint"] = []
    categories = ("reception", "waiting", "communication", "care", "messages")
    for number in range(1, 301):
        received = moment().date()
        acknowledged = received + timedelta(days=rng.randint(0, 5))
        answered = received + timedelta(days=rng.randint(3, 45))
        complaints.append(
            (number, received.isoformat(), "letter", "", rng.choice(categories), "",
             (received + timedelta(days=2)).isoformat(),
             (received + timedelta(days=30)).isoformat(),
             "answered", acknowledged.isoformat() if acknowledged <= now.date() else None,
             answered.isoformat() if answered <= now.date() else None, "", "", created, "bench",
             created)
        )  # fmt: skip
    return history

"""A group practice: several desk processes on one PostgreSQL database at the same time.

Each desk here is its own process (tests/helpers/desks.py), as on the
practice's PCs: three ``serve`` dispatchers against one SMTP server send
each message once; killing the one that holds the dispatch lock hands the
work to another within seconds, and the message it was sending is never
sent again; four desks writing at once keep numbers, keys and the audit
chain whole, because writers take turns (the write lock of db/engine.py);
and a desk killed inside a transaction does not keep that turn.
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import URL

from app import audit, channel_settings, locks, template_store
from app.access import Actor
from app.clock import SystemClock
from app.patients import ContactData, PatientData, insert_many
from app.practice import ServerDatabase, create_server_practice
from app.settings import PracticeSettings
from app.templates import TemplateKey
from db.engine import WRITE_LOCK_ID
from db.models import (
    AuditEvent,
    Channel,
    Complaint,
    ContactKind,
    Message,
    MessageItem,
    MessageStatus,
    Reminder,
    Tone,
)
from tests.helpers import desks
from tests.helpers.fixtures import ADMIN_PASSWORD
from tests.helpers.messages import add_reminder, purpose_id
from tests.helpers.servers import SmtpInbox, SmtpServer

pytestmark = pytest.mark.slow  # processes on the server, each a few seconds

SKIPPED = "another process is dispatching"
DUE = 30
# Seconds a desk may take to start: seconds of imports, many more on a loaded machine.
STARTING = 60
SENT_IN_A_TICK = re.compile(r"tick: \{.*'sent': (\d+)")


@pytest.fixture
def group_practice(postgres_database: URL) -> Iterator[tuple[ServerDatabase, Actor]]:
    """The practice the desks share, set up now (the desks' clocks are the real one)."""
    database, admin = create_server_practice(
        postgres_database,
        SystemClock(),
        admin_username=desks.ADMIN,
        admin_full_name="Alice Admin",
        admin_password=ADMIN_PASSWORD,
        practice=PracticeSettings(
            name="Cabinet du Parc",
            street="4 place Bellecour",
            postcode="69002",
            city="Lyon",
            phone="04 78 00 11 22",
            email="accueil@cabinet-du-parc.fr",
        ),
    )
    yield database, admin
    database.close()


@pytest.fixture
def running() -> Iterator[list[desks.Desk]]:
    """The desks a test starts; whatever happens, none outlives it."""
    started: list[desks.Desk] = []
    yield started
    desks.stop_all(started)


def _use_smtp(database: ServerDatabase, admin: Actor, smtp: SmtpServer) -> None:
    with database.transaction() as session:
        channel_settings.save(
            session,
            SystemClock(),
            admin,
            channel_settings.from_json({"email": smtp.settings()}),
        )


def _add_due_emails(database: ServerDatabase, count: int, tag: str) -> list[str]:
    """``count`` e-mails due now, one per new patient; returns their recipients.

    Each is about a reminder far beyond the planner's horizon, so no tick plans
    another message for it: what the SMTP server receives is exactly these.
    """
    now = datetime.now(UTC)
    people = [
        PatientData(
            f"Patient{tag}{n}",
            "Hélène",
            date(1960, 1, 1),
            contacts=[ContactData(ContactKind.EMAIL, f"{tag}{n}@exemple.fr")],
        )
        for n in range(count)
    ]
    recipients = []
    with database.transaction() as session:
        purpose = purpose_id(session, "appointment_reminder")
        for n, patient_id in enumerate(insert_many(session, now, people)):
            due = now.replace(microsecond=0) + timedelta(days=400)
            reminder_id = add_reminder(session, now, patient_id, due)
            message = Message(
                idempotency_key=f"{tag}:{n}",
                patient_id=patient_id,
                purpose_id=purpose,
                channel=Channel.EMAIL,
                status=MessageStatus.PLANNED,
                recipient=f"{tag}{n}@exemple.fr",
                scheduled_for=now - timedelta(minutes=1),
                expires_at=now + timedelta(days=1),
                language="fr",
                tone=Tone.FORMAL,
                created_at=now,
                updated_at=now,
            )
            session.add(message)
            session.flush()
            session.add(
                MessageItem(message_id=message.id, reminder_id=reminder_id, lead="P1D", due_at=due)
            )
            recipients.append(message.recipient)
    return recipients


@dataclass
class _HeldInbox(SmtpInbox):
    """Once ``hold`` is set, the server keeps each message's answer until it is cleared."""

    hold: threading.Event = field(default_factory=threading.Event)
    holding: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.hold.is_set():
            self.holding.set()
            while self.hold.is_set():
                await asyncio.sleep(0.02)
        return await super().handle_DATA(server, session, envelope)


def _statuses(database: ServerDatabase) -> Counter[MessageStatus]:
    with database.read_session() as session:
        return Counter(session.scalars(select(Message.status)))


def _received(smtp: SmtpServer) -> tuple[Counter[str], Counter[str]]:
    """How often each recipient, and each Message-ID, reached the server."""
    with smtp.inbox.lock:
        mails = list(smtp.inbox.messages)
    return (
        Counter(m["To"].addresses[0].addr_spec for m in mails),
        Counter(str(m["Message-ID"]) for m in mails),
    )


def _dispatch_holders(database: ServerDatabase) -> list[int]:
    return desks.advisory_holders(database.engine, locks.DISPATCH_LOCK_ID)


# -- one dispatcher at a time ------------------------------------------------------------------


def test_three_dispatchers_at_once_send_each_message_once(
    group_practice, running, tmp_path: Path
) -> None:
    database, admin = group_practice
    # The server answers slowly until every desk has tried to dispatch, whenever each
    # finished starting: the leader's cycle then surely overlaps the others' ticks.
    smtp = SmtpServer(delay=1.0).start()
    try:
        _use_smtp(database, admin, smtp)
        recipients = _add_due_emails(database, DUE, "once")
        running += desks.start_servers(3, database.url, ADMIN_PASSWORD, tmp_path)
        most_holders = 0

        def watching(condition: Callable[[], bool]) -> Callable[[], bool]:
            def check() -> bool:
                nonlocal most_holders
                most_holders = max(most_holders, len(_dispatch_holders(database)))
                return condition()

            return check

        desks.wait_for(
            watching(lambda: sum(SKIPPED in desk.log() for desk in running) >= 2),
            STARTING,
            "two desks finding the lock taken",
        )
        smtp.inbox.delay = 0.0
        took = desks.wait_for(
            watching(lambda: _statuses(database)[MessageStatus.SENT] == DUE),
            45,
            f"all {DUE} messages sent",
        )
        time.sleep(1.5)  # more ticks from every desk: none may send anything again
        by_recipient, by_message_id = _received(smtp)
    finally:
        smtp.stop()
    logs = {desk.name: desk.log() for desk in running}
    assert all(desk.alive() for desk in running), logs
    assert sorted(by_recipient) == sorted(recipients)
    assert set(by_recipient.values()) == {1}
    assert len(by_message_id) == DUE
    assert set(by_message_id.values()) == {1}
    assert _statuses(database) == {MessageStatus.SENT: DUE}
    assert most_holders == 1  # sampled every 50 ms: never two desks holding the lock
    # What the ticks that ran say they sent adds up: no tick sent what another had.
    sent = [int(n) for log in logs.values() for n in SENT_IN_A_TICK.findall(log)]
    assert sum(sent) == DUE, logs
    senders = [name for name, log in logs.items() if re.search(r"'sent': [1-9]", log)]
    skipping = [name for name, log in logs.items() if SKIPPED in log]
    print(f"\n{DUE} messages sent by {senders}, the rest in {took:.1f} s; skipped: {skipping}")


def test_killing_the_dispatcher_hands_over_and_sends_nothing_twice(
    group_practice, running, tmp_path: Path
) -> None:
    database, admin = group_practice
    smtp = SmtpServer(delay=0.4)
    smtp.inbox = held = _HeldInbox(delay=0.4)
    smtp.start()
    try:
        _use_smtp(database, admin, smtp)
        first = _add_due_emails(database, 8, "before")
        running += desks.start_servers(3, database.url, ADMIN_PASSWORD, tmp_path)
        desks.wait_for(lambda: len(smtp.inbox.messages) >= 2, STARTING, "the leader sending")
        # Mid-cycle: the next message marked sending, the server holding its answer back.
        held.hold.set()
        desks.wait_for(held.holding.is_set, 10, "a message held by the server")
        assert _statuses(database)[MessageStatus.SENDING] == 1
        (leader_pid,) = _dispatch_holders(database)
        (leader,) = [desk for desk in running if desk.pid == leader_pid]
        leader.kill()
        killed_at = time.monotonic()
        held.hold.clear()
        held.delay = 0.05
        later = _add_due_emails(database, 5, "after")

        def another_leader() -> bool:
            holders = _dispatch_holders(database)
            return bool(holders) and holders != [leader_pid]

        takeover = desks.wait_for(another_leader, 60, "another desk holding the lock")
        desks.wait_for(
            lambda: set(later) <= set(_received(smtp)[0]), 60, "the new messages received"
        )
        delivered = time.monotonic() - killed_at
        desks.wait_for(
            lambda: not {MessageStatus.PLANNED, MessageStatus.SENDING} & set(_statuses(database)),
            30,
            "nothing left to send",
        )
        time.sleep(1.5)  # a few more ticks: the interrupted one must stay unsent
        by_recipient, by_message_id = _received(smtp)
    finally:
        smtp.stop()
    assert set(by_recipient.values()) == {1}
    assert set(by_message_id.values()) == {1}
    statuses = _statuses(database)
    assert statuses == {MessageStatus.SENT: 12, MessageStatus.UNKNOWN: 1}
    with database.read_session() as session:
        unsure = session.scalars(
            select(Message).where(Message.status == MessageStatus.UNKNOWN)
        ).one()
        sent = set(
            session.scalars(select(Message.recipient).where(Message.status == MessageStatus.SENT))
        )
    # The one in flight when the leader died: the server may have it (its answer was
    # never read), so it is left for a person to check, and never sent again.
    assert unsure.recipient in first
    assert "interrupted while sending" in (unsure.last_error or "")
    assert unsure.attempts == 1
    assert by_recipient.get(unsure.recipient, 0) <= 1
    assert sent == set(first + later) - {unsure.recipient}
    assert sent <= set(by_recipient)
    survivors = [desk for desk in running if desk is not leader]
    assert all(desk.alive() for desk in survivors)
    print(
        f"\ntakeover: lock taken {takeover:.2f} s after the kill, "
        f"new messages all received {delivered:.2f} s after it; "
        f"in flight: {'received once' if unsure.recipient in by_recipient else 'not received'}"
    )


# -- writers take turns ------------------------------------------------------------------------

TEMPLATE = TemplateKey(*desks.TEMPLATE)
ROUNDS = 4
WRITERS = 4
UNLOCKED_ROUNDS = 10
UNLOCKED_WRITERS = 3  # collisions come at once: a fourth process only costs time


def _booked_patients(database: ServerDatabase, count: int) -> list[int]:
    people = [
        PatientData(
            f"Booked{n}",
            "Paul",
            date(1970, 1, 1),
            contacts=[ContactData(ContactKind.EMAIL, f"booked{n}@exemple.fr")],
        )
        for n in range(count)
    ]
    with database.transaction() as session:
        return insert_many(session, datetime.now(UTC), people)


def _event_counts(database: ServerDatabase) -> Counter[str]:
    with database.read_session() as session:
        return Counter(session.scalars(select(AuditEvent.action)))


def test_four_desks_writing_at_once_keep_numbers_keys_and_the_audit_chain(
    group_practice, running, tmp_path: Path
) -> None:
    database, _admin = group_practice
    patients = _booked_patients(database, 2 * WRITERS)
    before = _event_counts(database)
    writers, start_line = desks.start_writers(
        WRITERS,
        database.url,
        ADMIN_PASSWORD,
        tmp_path,
        actions="template,complaint,plan",
        rounds=ROUNDS,
        patients=patients,
    )
    running += writers
    desks.wait_for(lambda: all("ready" in w.log() for w in writers), STARTING, "the writers ready")
    started = time.monotonic()
    start_line.touch()
    desks.wait_all(writers, 60)
    took = time.monotonic() - started
    logs = {w.name: w.log() for w in writers}
    assert [w.process.returncode for w in writers] == [0] * WRITERS, logs
    assert not any("FAILED" in log for log in logs.values()), logs
    each = WRITERS * ROUNDS
    with database.read_session() as session:
        versions = [v.version for v in template_store.history(session, TEMPLATE)]
        complaint_ids = sorted(session.scalars(select(Complaint.id)))
        keys = list(session.scalars(select(Message.idempotency_key)))
        reminders = list(session.scalars(select(Reminder.id)))
        items_per_reminder = Counter(session.scalars(select(MessageItem.reminder_id)))
        chain = audit.verify_chain(session)
        desks_seen = session.scalar(select(func.count(func.distinct(Complaint.from_whom))))
    # max + 1 numbering: every version once, none skipped.
    assert sorted(versions) == list(range(1, each + 1))
    # Complaint numbers: as many as recorded, one after the other.
    assert complaint_ids == list(range(complaint_ids[0], complaint_ids[0] + each))
    assert desks_seen == WRITERS
    # Every booked appointment was planned once, whichever desk's planner got to it.
    assert len(reminders) == each
    assert len(keys) == len(set(keys)) > 0
    assert set(items_per_reminder) == set(reminders)
    assert len(set(items_per_reminder.values())) == 1
    # The chain holds, with exactly the events of what the desks did.
    after = _event_counts(database)
    assert after - before == Counter(
        {"template.saved": each, "complaint.recorded": each, "appointment.created": each}
    )
    assert chain.intact, chain.problem
    assert chain.events_checked == sum(after.values())
    planned = sum(int(n) for log in logs.values() for n in re.findall(r"planned (\d+)", log))
    assert planned == len(keys)
    print(f"\n{WRITERS} desks x {ROUNDS} rounds x 3 writes in {took:.1f} s")


def test_without_the_write_lock_concurrent_numbering_collides(
    group_practice, running, tmp_path: Path
) -> None:
    """The same race without the lock taken at BEGIN: what the lock above prevents."""
    database, _admin = group_practice
    writers, start_line = desks.start_writers(
        UNLOCKED_WRITERS,
        database.url,
        ADMIN_PASSWORD,
        tmp_path,
        actions="template",
        rounds=UNLOCKED_ROUNDS,
        without_write_lock=True,
    )
    running += writers
    desks.wait_for(lambda: all("ready" in w.log() for w in writers), STARTING, "the writers ready")
    start_line.touch()
    desks.wait_all(writers, 60)
    logs = "\n".join(w.log() for w in writers)
    collisions = re.findall(r"FAILED template: IntegrityError.*uq_message_template_version", logs)
    assert collisions, logs
    with database.read_session() as session:
        versions = [v.version for v in template_store.history(session, TEMPLATE)]
        chain = audit.verify_chain(session)
    attempts = UNLOCKED_WRITERS * UNLOCKED_ROUNDS
    assert len(versions) == len(set(versions)) == attempts - len(collisions)
    # The audit chain itself still holds: audit.record takes its own lock as well.
    assert chain.intact, chain.problem
    print(f"\nwithout the write lock: {len(collisions)} of {attempts} saves collided")


def test_a_desk_killed_inside_a_write_does_not_keep_the_write_lock(
    group_practice, running, tmp_path: Path
) -> None:
    database, _admin = group_practice
    holder = desks.start_holder(database.url, ADMIN_PASSWORD, tmp_path)
    running.append(holder)
    desks.wait_for(lambda: "holding" in holder.log(), STARTING, "the desk inside its transaction")
    assert desks.advisory_holders(database.engine, WRITE_LOCK_ID) == [holder.pid]
    holder.kill()
    killed_at = time.monotonic()
    with database.transaction() as session:
        audit.record(session, SystemClock(), "system", "test.after_the_kill")
    waited = time.monotonic() - killed_at
    assert waited < 3
    with database.read_session() as session:
        actions = list(session.scalars(select(AuditEvent.action)))
        chain = audit.verify_chain(session)
    assert "test.holding" not in actions  # rolled back with the dead session
    assert actions[-1] == "test.after_the_kill"
    assert chain.intact
    print(f"\nwrote {waited * 1000:.0f} ms after killing the desk that held the write lock")

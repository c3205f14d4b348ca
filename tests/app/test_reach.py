"""What app.reach keeps for the dashboard's intrusion watch: how many patients had how many
messages leave in a month (``message_month_size``, migration 0019), moved as each
message leaves, and the same as a rebuild from the messages."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select, update

from app import reach
from db.models import Channel, Message, MessageMonthSize, MessageStatus
from tests.helpers import people
from tests.helpers.messages import add_message


def at(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 10, tzinfo=UTC)


def sizes(database) -> dict[str, dict[int, int]]:
    """{month: {messages: patients}} as kept."""
    found: dict[str, dict[int, int]] = {}
    with database.read_session() as session:
        for month, messages, patients in session.execute(
            select(MessageMonthSize.month, MessageMonthSize.messages, MessageMonthSize.patients)
        ):
            found.setdefault(month, {})[messages] = patients
    return found


def leaves(database, message_id: int, when: datetime) -> None:
    """The message leaves (as the dispatcher records it), and what is kept follows."""
    with database.transaction() as session:
        session.execute(
            update(Message)
            .where(Message.id == message_id)
            .values(status=MessageStatus.SENT, sent_at=when, updated_at=when)
        )
        reach.refresh(session, [message_id])


def test_a_patients_month_moves_between_sizes_as_messages_leave(database, clock):
    now = clock.now()
    with database.transaction() as session:
        alpha, bravo, charlie = people.add(
            session,
            at(1, 5),
            people.texting("Alpha", date(1970, 1, 1), 0),
            people.texting("Bravo", date(1971, 1, 1), 1),
            people.texting("Charlie", date(1972, 1, 1), 2),
        )

        def message(patient: int, status: MessageStatus, when: datetime, **columns) -> int:
            left = status is MessageStatus.SENT
            return add_message(
                session,
                now,
                patient,
                columns.pop("channel", Channel.SMS),
                status,
                scheduled_for=when,
                updated_at=when,
                sent_at=when if left else None,
                **columns,
            )

        message(alpha, MessageStatus.SENT, at(11, 2))
        message(alpha, MessageStatus.SENT, at(11, 3))
        message(alpha, MessageStatus.SENT, at(10, 3))  # October
        message(bravo, MessageStatus.SENT, at(11, 4))
        message(bravo, MessageStatus.FAILED, at(11, 5))  # never left: not counted
        queued = message(charlie, MessageStatus.QUEUED, at(11, 6))
        later = message(
            bravo, MessageStatus.QUEUED, at(11, 7), channel=Channel.EMAIL, purpose="vaccination"
        )
        reach.rebuild(session)
    # November: Bravo 1, Alpha 2.  October: Alpha 1.
    assert sizes(database) == {"2026-11": {1: 1, 2: 1}, "2026-10": {1: 1}}

    leaves(database, queued, at(11, 6))  # Charlie: 0 -> 1
    assert sizes(database)["2026-11"] == {1: 2, 2: 1}
    leaves(database, later, at(11, 7))  # Bravo: 1 -> 2, by e-mail for another purpose
    assert sizes(database)["2026-11"] == {1: 1, 2: 2}
    leaves(database, later, at(11, 7))  # told again: nothing moves
    assert sizes(database) == {"2026-11": {1: 1, 2: 2}, "2026-10": {1: 1}}

    kept = sizes(database)
    with database.transaction() as session:
        reach.rebuild(session)
    assert sizes(database) == kept


def test_a_size_nobody_has_any_more_is_not_kept(database, clock):
    now = clock.now()
    with database.transaction() as session:
        (alpha,) = people.add(session, at(1, 5), people.texting("Alpha", date(1970, 1, 1), 0))
        add_message(
            session,
            now,
            alpha,
            Channel.SMS,
            MessageStatus.SENT,
            scheduled_for=at(11, 2),
            updated_at=at(11, 2),
            sent_at=at(11, 2),
        )
        second = add_message(
            session, now, alpha, Channel.SMS, MessageStatus.QUEUED, scheduled_for=at(11, 3)
        )
        reach.rebuild(session)
    assert sizes(database) == {"2026-11": {1: 1}}
    leaves(database, second, at(11, 3))
    # Alpha moved from 1 to 2: nobody has 1 any more, and no row says 0.
    assert sizes(database) == {"2026-11": {2: 1}}

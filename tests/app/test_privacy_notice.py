"""Publishing the privacy notice: today means now, an earlier day is the start of that
day at the practice, a later one is refused; consents carry the version in force, and
the transparency report names it for a period."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app import consent, patients, transparency
from app.access import Actor
from app.errors import PermissionDenied, ValidationError
from app.transparency import Period
from db.models import AuditEvent, ConsentKind, PrivacyNotice, Role
from tests.helpers import ledger

Q3 = Period(date(2026, 7, 1), date(2026, 9, 30))


def _publish(session, clock, admin, version: str, on: date | None, *, again: bool = False):
    return consent.publish_notice(
        session, clock, admin, version, f"Version {version}", needs_reconfirmation=again,
        published_on=on,
    )  # fmt: skip


def test_a_notice_published_today_is_in_force_from_now(practice, clock) -> None:
    database, admin = practice
    with database.transaction() as session:
        notice = _publish(session, clock, admin, "2026-11", None, again=True)
        [event] = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "privacy_notice.published")
        )
    assert notice.published_at == clock.now()
    assert notice.needs_reconfirmation
    assert event.details == {
        "version": "2026-11",
        "published_on": "2026-11-28",
        "needs_reconfirmation": True,
    }


def test_a_notice_put_up_earlier_starts_that_day_at_the_practice(practice, clock) -> None:
    database, admin = practice
    with database.transaction() as session:
        summer = _publish(session, clock, admin, "2026-07", date(2026, 7, 1))
        winter = _publish(session, clock, admin, "2026-01", date(2026, 1, 5))
        listed = [n.version for n in consent.notices(session)]
    # Midnight in Paris: 22:00 UTC the day before in summer, 23:00 in winter.
    assert summer.published_at == datetime(2026, 6, 30, 22, tzinfo=UTC)
    assert winter.published_at == datetime(2026, 1, 4, 23, tzinfo=UTC)
    assert listed == ["2026-07", "2026-01"]  # the one in force first, whatever the order typed


def test_a_notice_cannot_be_dated_ahead_named_twice_or_left_unexplained(practice, clock) -> None:
    database, admin = practice
    with database.transaction() as session:
        _publish(session, clock, admin, "2026-11", None)
        with pytest.raises(ValidationError) as ahead:
            _publish(session, clock, admin, "2026-12", date(2026, 11, 29))
        with pytest.raises(ValidationError) as twice:
            _publish(session, clock, admin, " 2026-11 ", date(2026, 10, 1))
        with pytest.raises(ValidationError) as blank:
            consent.publish_notice(session, clock, admin, " ", "  ", needs_reconfirmation=False)
        nadia = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)
        with pytest.raises(PermissionDenied):
            _publish(session, clock, nadia, "2026-12", None)
        count = len(session.scalars(select(PrivacyNotice)).all())
    assert [e.code for e in ahead.value.errors] == ["future"]
    assert [e.code for e in twice.value.errors] == ["duplicate"]
    assert {(e.field, e.code) for e in blank.value.errors} == {
        ("version", "required"),
        ("summary", "required"),
    }
    assert count == 1


def test_a_consent_carries_the_version_in_force_when_it_was_given(practice, clock) -> None:
    database, admin = practice
    with database.transaction() as session:
        [patient] = patients.insert_many(
            session,
            clock.now(),
            [patients.PatientData(last_name="Dupont", first_name="Marie",
                                  birth_date=date(1948, 3, 12))],
        )  # fmt: skip
        _publish(session, clock, admin, "2026-03", date(2026, 3, 1))
        given = ledger.record(session, clock, admin, patient, "health_education")
        notice = session.get(PrivacyNotice, given.notice_id)
    assert given.kind is ConsentKind.GRANTED
    assert notice is not None
    assert notice.version == "2026-03"


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        # Published before the period, none during it: in force all along.
        ({"2026-03": date(2026, 3, 1)}, ("2026-03", ())),
        # One before, a newer one during it: the newer one, replacing the older.
        ({"2026-03": date(2026, 3, 1), "2026-08": date(2026, 8, 20)}, ("2026-08", ("2026-03",))),
        # Two during it, one before: the last, replacing both in turn.
        (
            {
                "2026-03": date(2026, 3, 1),
                "2026-07": date(2026, 7, 2),
                "2026-09": date(2026, 9, 30),
            },
            ("2026-09", ("2026-03", "2026-07")),
        ),
        # The first one ever, during the period: it replaced nothing.
        ({"2026-08": date(2026, 8, 20)}, ("2026-08", ())),
        # Published after the period: not in force during it.
        ({"2026-03": date(2026, 3, 1), "2026-10": date(2026, 10, 1)}, ("2026-03", ())),
    ],
)
def test_the_report_names_the_version_in_force_at_the_end_of_the_period(
    practice, clock, published, expected
) -> None:
    database, admin = practice
    with database.transaction() as session:
        for version, day in published.items():
            _publish(session, clock, admin, version, day)
    with database.read_session() as session:
        figures = transparency.compute(session, clock, Q3)
    assert figures.notice is not None
    assert (figures.notice.version, figures.notice.replaced) == expected


def test_the_report_says_which_version_was_replaced_in_both_languages(
    practice, clock, tmp_path
) -> None:
    database, admin = practice
    with database.transaction() as session:
        _publish(session, clock, admin, "2026-03", date(2026, 3, 1))
        _publish(session, clock, admin, "2026-08", date(2026, 8, 20))
    texts = {}
    for language in ("fr", "en"):
        path = tmp_path / f"{language}.pdf"
        with database.read_session() as session:
            transparency.write_transparency_report(path, session, clock, Q3, language)
        texts[language] = " ".join(
            " ".join(page.extract_text().split()) for page in PdfReader(path).pages
        )
    assert (
        "Version en vigueur à la fin de la période : 2026-08, publiée le 20 août 2026. "
        "Elle a remplacé pendant la période la version 2026-03." in texts["fr"]
    )
    assert (
        "Version in force at the end of the period: 2026-08, published on 20 August 2026. "
        "During the period it replaced version 2026-03." in texts["en"]
    )

"""The transparency report: each figure computed by hand on a known data set, and a PDF
that says them without a single name, phone number or e-mail address."""

from __future__ import annotations

from datetime import UTC, date, datetime
from io import BytesIO

import pytest
from pypdf import PdfReader

from app import audit, maintenance, transparency
from app.clock import FixedClock
from app.errors import ValidationError
from app.practice import ServerDatabase
from app.transparency import (
    FAILED,
    SENT,
    STOPPED,
    UNDELIVERABLE,
    UNSURE,
    Deadlines,
    Period,
)
from db.models import (
    CallOutcome,
    Channel,
    Complaint,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    ConsentEvent,
    ConsentKind,
    ConsentMethod,
    MessageStatus,
    PrivacyNotice,
    RequestKind,
    RightsRequest,
)
from tests.helpers import people
from tests.helpers.messages import add_message, purpose_id

Q3 = Period(date(2026, 7, 1), date(2026, 9, 30))
# What patients' data the database holds; none of it may reach the report.
PERSONAL = [
    "Dupont", "DUPONT", "Garnier", "Lefèvre", "LEFÈVRE", "Hélène", "Luc",
    "+33612345600", "06 12 34 56 00", "0612345600", "+33612345601", "06 12 34 56 01",
    "patient0@exemple.fr", "patient1@exemple.fr", "rue des Lilas",
]  # fmt: skip


def _utc(month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def known(database, admin, clock):
    """A quarter of a practice's life, with a few things just outside it."""
    now = clock.now()
    with database.transaction() as session:
        a, b, c = people.add(
            session,
            now,
            people.texting("Dupont", date(1948, 4, 12), 0),
            people.texting("Lefèvre", date(1961, 2, 3), 1),
            people.paper_only("Garnier", date(1940, 1, 1)),
        )

        def message(channel, status, at, purpose="appointment_reminder", **columns):
            add_message(
                session, at, a, channel, status, purpose=purpose, scheduled_for=at,
                recipient="+33612345600", body="Bonjour Hélène DUPONT", **columns,
            )  # fmt: skip

        ok, recall = "appointment_reminder", "screening_recall"
        # 0:30 on 1 July in Paris is in; 23:30 on 30 June and 0:30 on 1 October are out.
        message(Channel.SMS, MessageStatus.SENT, _utc(6, 30, 22, 30), sent_at=_utc(6, 30, 22, 30))
        message(Channel.SMS, MessageStatus.SENT, _utc(6, 30, 21, 30), sent_at=_utc(6, 30, 21, 30))
        message(Channel.SMS, MessageStatus.SENT, _utc(9, 30, 22, 30), sent_at=_utc(9, 30, 22, 30))
        message(Channel.SMS, MessageStatus.SENT, _utc(8, 10), sent_at=_utc(8, 10))
        message(Channel.SMS, MessageStatus.FAILED, _utc(8, 11))
        message(Channel.EMAIL, MessageStatus.FAILED, _utc(8, 12), purpose=recall)
        message(Channel.EMAIL, MessageStatus.SENT, _utc(8, 12), purpose=recall, sent_at=_utc(8, 12))
        message(Channel.LETTER, MessageStatus.POSTED, _utc(8, 13), purpose=recall)
        message(Channel.LETTER, MessageStatus.PRINTED, _utc(8, 14), purpose=recall)
        message(
            Channel.PHONE, MessageStatus.CALLED, _utc(8, 15),
            sent_at=_utc(8, 15), call_outcome=CallOutcome.REACHED,
        )  # fmt: skip
        message(
            Channel.PHONE, MessageStatus.CALLED, _utc(8, 16),
            sent_at=_utc(8, 16), call_outcome=CallOutcome.NO_ANSWER,
        )  # fmt: skip
        message(
            Channel.PHONE, MessageStatus.FAILED, _utc(8, 17),
            call_outcome=CallOutcome.WRONG_NUMBER,
        )  # fmt: skip
        message(Channel.SMS, MessageStatus.UNKNOWN, _utc(8, 18))
        message(Channel.SMS, MessageStatus.CANCELLED, _utc(8, 19))
        message(Channel.SMS, MessageStatus.EXPIRED, _utc(8, 20), purpose=recall)
        message(Channel.SMS, MessageStatus.PLANNED, _utc(8, 21))  # not gone yet: not counted
        assert ok

        def consent(patient, purpose, kind, method, at, channel=None):
            session.add(
                ConsentEvent(
                    patient_id=patient,
                    purpose_id=purpose_id(session, purpose) if purpose else None,
                    channel=channel,
                    kind=kind,
                    method=method,
                    recorded_at=at,
                    recorded_by="admin",
                )
            )

        G, W = ConsentKind.GRANTED, ConsentKind.WITHDRAWN
        R, OBJ = ConsentKind.REFUSED, ConsentKind.OBJECTED
        form, desk, stop = ConsentMethod.SIGNED_FORM, ConsentMethod.AT_DESK, ConsentMethod.SMS_STOP
        consent(a, "health_education", G, form, _utc(7, 5), Channel.SMS)
        consent(b, "health_education", G, form, _utc(7, 6))
        consent(a, "satisfaction_survey", G, desk, _utc(7, 7))
        consent(a, "health_education", W, stop, _utc(8, 1), Channel.SMS)
        consent(b, "practice_events", W, desk, _utc(8, 2))
        consent(c, "satisfaction_survey", R, desk, _utc(8, 3))
        consent(c, None, OBJ, ConsentMethod.LETTER_REPLY, _utc(8, 4))
        consent(b, "appointment_reminder", OBJ, ConsentMethod.PHONE, _utc(8, 5))
        consent(a, "health_education", G, form, _utc(10, 2))  # after the quarter

        def request(patient, kind, received, due, answered=None, extended=None):
            session.add(
                RightsRequest(
                    patient_id=patient, kind=kind, received_on=received, received_via="desk",
                    due_on=due, extended_to=extended, answered_on=answered,
                    notes="Mme DUPONT Hélène veut une copie", recorded_at=now, recorded_by="admin",
                )
            )  # fmt: skip

        access, erasure = RequestKind.ACCESS, RequestKind.ERASURE
        request(a, access, date(2026, 7, 1), date(2026, 8, 1), date(2026, 7, 11))  # 10 days
        request(b, access, date(2026, 7, 10), date(2026, 8, 10), date(2026, 8, 20))  # 41, late
        request(c, access, date(2026, 9, 20), date(2026, 10, 20))  # not due yet: not judged
        # Extended, then answered after the quarter: not answered as of 30 September.
        request(
            b, erasure, date(2026, 8, 1), date(2026, 9, 1), date(2026, 10, 5), date(2026, 11, 1)
        )
        request(c, erasure, date(2026, 7, 15), date(2026, 8, 15))  # late, still open
        request(a, RequestKind.RECTIFICATION, date(2026, 6, 20), date(2026, 7, 20))  # before

        def complaint(category, received, ack_by, acked, answer_by, answered, patient=None):
            session.add(
                Complaint(
                    received_on=received, channel=ComplaintChannel.LETTER,
                    from_whom="Hélène Dupont", patient_id=patient, category=category,
                    description="Mme DUPONT Hélène, 06 12 34 56 00, attendait depuis une heure",
                    acknowledge_by=ack_by, answer_by=answer_by, acknowledged_on=acked,
                    answered_on=answered, status=ComplaintStatus.RECEIVED, answer="",
                    lessons="", recorded_at=now, recorded_by="admin", updated_at=now,
                )
            )  # fmt: skip

        d = date
        complaint(ComplaintCategory.RECEPTION, d(2026, 7, 2), d(2026, 7, 6), d(2026, 7, 3),
                  d(2026, 8, 1), d(2026, 7, 20), patient=a)  # fmt: skip
        complaint(ComplaintCategory.MESSAGES, d(2026, 8, 10), d(2026, 8, 12), d(2026, 8, 14),
                  d(2026, 9, 9), d(2026, 9, 15))  # fmt: skip
        complaint(ComplaintCategory.RECEPTION, d(2026, 9, 25), d(2026, 9, 29), None,
                  d(2026, 10, 25), None)  # fmt: skip
        complaint(ComplaintCategory.CARE, d(2026, 6, 29), d(2026, 7, 1), d(2026, 7, 1),
                  d(2026, 7, 29), d(2026, 7, 10))  # fmt: skip

        for version, published in (
            ("2026-03", _utc(3, 1)),
            ("2026-09", _utc(9, 15)),
            ("2026-11", _utc(10, 15)),
        ):
            session.add(PrivacyNotice(version=version, published_at=published, summary="…"))

        def event(at, action, **details):
            audit.record(session, FixedClock(at), "admin", action, details=details)

        event(_utc(7, 3, 8), "login.failed")  # unlocking after idle: logged at once
        event(_utc(7, 3, 9), "login", failed_attempts_before=1)  # the same one, not again
        event(_utc(7, 4, 8), "login", failed_attempts_before=2)  # two at the opening screen
        event(_utc(7, 5, 8), "login", failed_attempts_before=0)
        event(_utc(7, 31, 0), "backup.created", file="a", sha256="0", rows=1)
        event(_utc(8, 1, 0), "integrity.checked")
        event(_utc(8, 31, 21), "backup.created", file="b", sha256="1", rows=1)
        event(_utc(10, 3), "login.failed")
        event(_utc(10, 31), "backup.created", file="c", sha256="2", rows=1)
    return {"a": a, "b": b, "c": c}


def _figures(database, clock, period=Q3) -> transparency.TransparencyFigures:
    with database.read_session() as session:
        return transparency.compute(session, clock, period)


def test_the_default_period_is_the_last_full_quarter() -> None:
    assert Period.last_full_quarter(date(2026, 11, 28)) == Q3
    assert Period.last_full_quarter(date(2026, 1, 1)) == Period(
        date(2025, 10, 1), date(2025, 12, 31)
    )
    assert Period.last_full_quarter(date(2026, 4, 30)).first_day == date(2026, 1, 1)
    with pytest.raises(ValidationError) as backwards:
        Period(date(2026, 9, 30), date(2026, 7, 1))
    assert [e.field for e in backwards.value.errors] == ["to"]


def test_messages_by_purpose_channel_and_what_became_of_them(database, clock, known) -> None:
    figures = _figures(database, clock)
    found = {(row.purpose.code, row.channel): dict(row.counts) for row in figures.messages}
    assert found == {
        # 0:30 on 1 July (Paris) and 10 August; 23:30 on 30 June and 1 October left out.
        ("appointment_reminder", Channel.SMS): {SENT: 2, FAILED: 1, UNSURE: 1, STOPPED: 1},
        # Reached; three calls unanswered; a wrong number.
        ("appointment_reminder", Channel.PHONE): {SENT: 1, FAILED: 1, UNDELIVERABLE: 1},
        ("screening_recall", Channel.SMS): {FAILED: 1},  # expired before it could go
        ("screening_recall", Channel.EMAIL): {SENT: 1, UNDELIVERABLE: 1},
        ("screening_recall", Channel.LETTER): {SENT: 2},  # printed, posted
    }
    assert [figures.sent(c) for c in Channel] == [2, 1, 2, 1]
    assert figures.sent() == 6


def test_consents_given_withdrawn_and_objections(database, clock, known) -> None:
    figures = _figures(database, clock)
    rows = [
        (r.purpose.code if r.purpose else None, r.given, r.refused, r.withdrawn, r.objected)
        for r in figures.consents
    ]
    assert rows == [
        ("appointment_reminder", 0, 0, 0, 1),
        ("health_education", 2, 0, 1, 0),  # the 2 October grant is after the quarter
        ("satisfaction_survey", 1, 1, 0, 0),
        ("practice_events", 0, 0, 1, 0),
        (None, 0, 0, 0, 1),  # to every consent-based purpose
    ]
    assert figures.sms_stops == 1


def test_requests_median_days_and_share_on_time(database, clock, known) -> None:
    requests = _figures(database, clock).requests
    # Access: answered in 10 and 41 days (median 25.5); one late of the two judged.
    assert requests[RequestKind.ACCESS] == Deadlines(
        received=3, done=2, median_days=25.5, on_time=1, judged=2
    )
    assert requests[RequestKind.ACCESS].share_on_time == 0.5
    # Erasure: one still open past its deadline, one extended and answered after the quarter.
    assert requests[RequestKind.ERASURE] == Deadlines(received=2, judged=1)
    assert requests[RequestKind.ERASURE].share_on_time == 0
    assert RequestKind.RECTIFICATION not in requests  # received before the quarter


def test_complaints_by_category_and_their_deadlines(database, clock, known) -> None:
    complaints = _figures(database, clock).complaints
    assert complaints.by_category == {
        ComplaintCategory.RECEPTION: 2,
        ComplaintCategory.MESSAGES: 1,
    }
    # Acknowledged in 1 and 4 days; the third still not, two days past its due date.
    assert complaints.acknowledged == Deadlines(
        received=3, done=2, median_days=2.5, on_time=1, judged=3
    )
    # Answered in 18 and 36 days; the third is not due before 25 October.
    assert complaints.answered == Deadlines(received=3, done=2, median_days=27, on_time=1, judged=2)


def test_security_events_and_the_notice_in_force(database, clock, known) -> None:
    figures = _figures(database, clock)
    security = figures.security
    assert (security.sign_ins, security.failed_sign_ins) == (3, 3)
    assert (security.backups, security.integrity_checks) == (2, 1)
    assert security.last_backup_at == _utc(8, 31, 21)
    assert security.audit_chain_intact
    assert security.audit_events_checked >= 9
    assert figures.notice is not None
    assert figures.notice.version == "2026-09"  # the November one came after
    assert figures.notice.replaced == ("2026-03",)  # in force when the quarter began


def test_an_empty_quarter_says_so(database, clock) -> None:
    figures = _figures(database, clock)
    assert figures.messages == ()
    assert figures.consents == ()
    assert set(figures.requests) == {RequestKind.ACCESS, RequestKind.ERASURE}
    assert figures.requests[RequestKind.ACCESS].share_on_time is None
    assert figures.complaints.received == 0
    assert figures.notice is None


def _read(path) -> tuple[str, PdfReader]:
    reader = PdfReader(BytesIO(path.read_bytes()))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    return text, reader


def _fonts_embedded(reader: PdfReader) -> dict[str, bool]:
    found = {}
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            found[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    return found


def test_the_french_report_says_the_figures_and_nothing_personal(
    database, clock, known, tmp_path
) -> None:
    path = tmp_path / "transparence.pdf"
    with database.read_session() as session:
        transparency.write_transparency_report(path, session, clock, Q3, "fr")
    text, reader = _read(path)
    for expected in (
        "Rapport de transparence",
        "Cabinet du Parc",
        "Du 1 juillet 2026 au 30 septembre 2026",
        "Messages partis : 6 (SMS : 2 ; e-mails : 1 ; courriers : 2 ; appels : 1).",
        "Consentements donnés : 3 ; retirés : 2, dont 1 par une réponse STOP à un SMS ; "
        "refusés : 1. Oppositions : 2.",
        "Accès 3 2 25,5 j 50 %",
        "Effacement 2 0 — 0 %",
        "Accueil 2",
        "Accusé de réception 2 2,5 j 33 %",
        "Réponse 2 27 j 50 %",
        "Réclamations reçues : 3.",
        "Connexions refusées (mauvais mot de passe) : 3.",
        "Sauvegardes chiffrées faites : 2 (la dernière le 31 août 2026).",
        "Vérifications d’intégrité enregistrées : 1.",
        "Version en vigueur à la fin de la période : 2026-09, publiée le 15 septembre 2026. "
        "Elle a remplacé pendant la période la version 2026-03.",
        "Comment nous comptons",
    ):
        assert expected in text, expected
    for secret in PERSONAL:
        assert secret.lower() not in text.lower(), secret
    fonts = _fonts_embedded(reader)
    assert fonts
    assert all(fonts.values()), fonts  # every font named is embedded: no Helvetica
    assert all("DejaVuSans" in name for name in fonts)
    assert reader.metadata is not None
    assert reader.metadata.title == "Rapport de transparence — Cabinet du Parc"


def test_the_english_report(database, clock, known, tmp_path) -> None:
    path = tmp_path / "transparency.pdf"
    with database.read_session() as session:
        transparency.write_transparency_report(path, session, clock, Q3, "en")
    text, _reader = _read(path)
    for expected in (
        "Transparency report",
        "From 1 July 2026 to 30 September 2026",
        "Messages sent: 6 (text messages: 2; e-mails: 1; letters: 2; phone calls: 1).",
        "Access 3 2 25.5 d 50%",
        "Sign-ins refused (wrong password): 3.",
    ):
        assert expected in text, expected
    for secret in PERSONAL:
        assert secret.lower() not in text.lower(), secret


def test_an_unknown_language_is_refused(database, clock, tmp_path) -> None:
    with database.read_session() as session, pytest.raises(ValidationError):
        transparency.write_transparency_report(tmp_path / "x.pdf", session, clock, Q3, "de")
    assert not (tmp_path / "x.pdf").exists()


def _check_integrity(database, admin, at: datetime) -> None:
    """One real check, as the nightly job runs it on this engine, at ``at``."""
    clock = FixedClock(at)
    report: maintenance.VerifyReport | maintenance.ServerVerifyReport
    if isinstance(database, ServerDatabase):
        report = maintenance.verify_server_and_record(
            database.engine, database.display_name, clock, admin, maintenance.NIGHTLY
        )
    else:
        report = maintenance.verify_and_record(
            database.path, database.data_key, clock, admin, maintenance.NIGHTLY
        )
    assert report.ok, report.problems
    assert report.not_recorded is None


def test_integrity_checks_are_counted_in_the_period_they_ran(
    database, admin, clock, tmp_path
) -> None:
    # Q3 is whole days in Paris, two hours ahead of UTC in summer.
    for at in (
        datetime(2026, 6, 30, 21, 30, tzinfo=UTC),  # 23:30 on 30 June in Paris: before
        datetime(2026, 6, 30, 22, 30, tzinfo=UTC),  # 00:30 on 1 July: the first in
        _utc(8, 15, 0, 15),
        datetime(2026, 9, 30, 21, 30, tzinfo=UTC),  # 23:30 on 30 September: the last in
        datetime(2026, 9, 30, 22, 30, tzinfo=UTC),  # 00:30 on 1 October: after
        _utc(11, 27, 1, 15),
    ):
        _check_integrity(database, admin, at)
    assert _figures(database, clock).security.integrity_checks == 3
    q4 = Period(date(2026, 10, 1), date(2026, 12, 31))
    assert _figures(database, clock, q4).security.integrity_checks == 2
    assert _figures(database, clock).security.audit_chain_intact

    path = tmp_path / "transparency.pdf"
    with database.read_session() as session:
        transparency.write_transparency_report(path, session, clock, Q3, "en")
    text, _reader = _read(path)
    assert "Integrity checks recorded: 3." in text

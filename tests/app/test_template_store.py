"""The practice's template versions: saved only when safe, never rewritten, audited."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from app import template_store
from app.access import Actor
from app.errors import NotFound, PermissionDenied, ValidationError
from app.templates import TemplateKey, default_source, lint
from db.models import AuditEvent, LawfulBasis, MessageTemplate, Purpose, Role

SMS = TemplateKey("appointment_reminder", "sms", "fr", "formal")
EMAIL = TemplateKey("appointment_reminder", "email", "en", "informal")
LETTER = TemplateKey("vaccination", "letter", "fr", "formal")
EASY_LETTER = TemplateKey("vaccination", "letter", "fr", "formal", "easy_read")


def _edited_sms() -> str:
    return default_source(SMS).replace("nous vous rappelons", "on vous rappelle")


def _saved_events(database) -> list[AuditEvent]:
    with database.read_session() as session:
        return list(
            session.scalars(select(AuditEvent).where(AuditEvent.action == "template.saved"))
        )


def test_without_a_version_the_default_is_current(database) -> None:
    with database.read_session() as session:
        assert template_store.current_source(session, SMS) == (default_source(SMS), None)
        assert template_store.newest(session, SMS) is None
        assert template_store.history(session, SMS) == []


def test_a_saved_version_becomes_current_and_is_audited_without_its_text(
    database, admin, clock
) -> None:
    with database.transaction() as session:
        version = template_store.save(session, clock, admin, SMS, _edited_sms())
    assert version == 1
    with database.read_session() as session:
        assert template_store.current_source(session, SMS) == (_edited_sms(), 1)
        newest = template_store.newest(session, SMS)
        # Other keys of the same purpose keep their default.
        assert template_store.current_source(session, EMAIL) == (default_source(EMAIL), None)
    assert newest is not None
    assert (newest.version, newest.created_by, newest.created_at) == (1, "admin", clock.now())
    (event,) = _saved_events(database)
    assert event.entity == "message_template"
    assert event.details == {
        "purpose": "appointment_reminder",
        "channel": "sms",
        "language": "fr",
        "tone": "formal",
        "variant": "standard",
        "version": 1,
    }
    assert "rappelle" not in str(event.details)


def test_history_is_newest_first_and_numbers_follow_per_key(database, admin, clock) -> None:
    texts = [_edited_sms(), _edited_sms().replace("Bonjour", "Bonjour à vous,")]
    for text in texts:
        clock.advance(days=1)
        with database.transaction() as session:
            template_store.save(session, clock, admin, SMS, text)
    with database.transaction() as session:
        signed_off = default_source(EMAIL).replace("Best wishes", "See you soon")
        other = template_store.save(session, clock, admin, EMAIL, signed_off)
    assert other == 1
    with database.read_session() as session:
        versions = template_store.history(session, SMS)
    assert [v.version for v in versions] == [2, 1]
    assert [v.source for v in versions] == texts[::-1]
    assert versions[0].created_at > versions[1].created_at
    assert versions[0].created_at.tzinfo is UTC


def test_lint_errors_refuse_the_save_with_their_line(database, admin, clock) -> None:
    typo = default_source(SMS).replace("{{ patient.addressed_as }}", "{{ patient.adressed_as }}")
    with pytest.raises(ValidationError) as refused, database.transaction() as session:
        template_store.save(session, clock, admin, SMS, typo)
    (error,) = refused.value.errors
    assert (error.field, error.code) == ("source", "undefined")
    assert error.message.startswith("line 2: ")
    assert "patient.addressed_as" in error.message  # the nearest known name

    health = default_source(SMS) + "N'oubliez pas votre carnet de diabète.\n"
    with pytest.raises(ValidationError) as refused, database.transaction() as session:
        template_store.save(session, clock, admin, SMS, health)
    assert [(e.code, e.message.split(":")[0]) for e in refused.value.errors] == [
        ("health_word", "line 3")
    ]

    no_sender = default_source(SMS).replace("{{ practice.name }} :", "")
    with pytest.raises(ValidationError) as refused, database.transaction() as session:
        template_store.save(session, clock, admin, SMS, no_sender)
    assert [e.code for e in refused.value.errors] == ["missing_sender"]
    with database.read_session() as session:
        assert template_store.history(session, SMS) == []
    assert _saved_events(database) == []


def test_the_practice_name_written_out_counts_as_the_sender(database, admin, clock) -> None:
    literal = default_source(SMS).replace("{{ practice.name }}", "Cabinet du Parc")
    with database.transaction() as session:
        assert template_store.save(session, clock, admin, SMS, literal) == 1


def test_warnings_do_not_block(database, admin, clock) -> None:
    # "ô" is outside GSM-7: a warning (the SMS costs more), not an error.
    text = "{{ practice.name }} : à bientôt ! {{ opt_out }}"
    assert [i.severity for i in lint(SMS, text)] == ["warning"]
    with database.transaction() as session:
        assert template_store.save(session, clock, admin, SMS, text) == 1


def test_nothing_changed_is_refused(database, admin, clock) -> None:
    with pytest.raises(ValidationError) as refused, database.transaction() as session:
        template_store.save(session, clock, admin, SMS, default_source(SMS))
    assert [e.code for e in refused.value.errors] == ["unchanged"]
    with database.transaction() as session:
        template_store.save(session, clock, admin, SMS, _edited_sms())
    # Windows line endings are the same text.
    with pytest.raises(ValidationError) as refused, database.transaction() as session:
        template_store.save(session, clock, admin, SMS, _edited_sms().replace("\n", "\r\n"))
    assert [e.code for e in refused.value.errors] == ["unchanged"]


def test_only_an_admin_may_save_or_revert(database, clock) -> None:
    receptionist = Actor(user_id=None, username="rita", role=Role.RECEPTIONIST)
    with pytest.raises(PermissionDenied), database.transaction() as session:
        template_store.save(session, clock, receptionist, SMS, _edited_sms())
    with pytest.raises(PermissionDenied), database.transaction() as session:
        template_store.revert_to_default(session, clock, receptionist, SMS)


def test_revert_adds_the_default_as_a_version_and_keeps_the_history(database, admin, clock) -> None:
    with database.transaction() as session:
        template_store.save(session, clock, admin, SMS, _edited_sms())
    clock.advance(hours=1)
    with database.transaction() as session:
        assert template_store.revert_to_default(session, clock, admin, SMS) == 2
    with database.read_session() as session:
        assert template_store.current_source(session, SMS) == (default_source(SMS), 2)
        assert [v.source for v in template_store.history(session, SMS)] == [
            default_source(SMS),
            _edited_sms(),
        ]
    assert _saved_events(database)[-1].details["from_default"] is True
    # Already the default: nothing to revert.
    with pytest.raises(ValidationError) as refused, database.transaction() as session:
        template_store.revert_to_default(session, clock, admin, SMS)
    assert [e.code for e in refused.value.errors] == ["unchanged"]


def test_an_unknown_purpose_or_a_huge_text_is_refused(database, admin, clock) -> None:
    unknown = TemplateKey("no_such_purpose", "sms", "fr", "formal")
    with pytest.raises(NotFound), database.transaction() as session:
        template_store.save(session, clock, admin, unknown, _edited_sms())
    huge = default_source(EMAIL).replace("{{ reason }}", "{{ reason }}\n" + "x" * 20_000)
    with pytest.raises(ValidationError) as refused, database.transaction() as session:
        template_store.save(session, clock, admin, EMAIL, huge)
    assert [e.code for e in refused.value.errors] == ["too_long"]


def test_the_store_matches_what_was_written(database, admin, clock) -> None:
    with database.transaction() as session:
        template_store.save(session, clock, admin, SMS, _edited_sms())
    with database.read_session() as session:
        (row,) = session.scalars(select(MessageTemplate))
    assert (row.purpose_code, row.channel, row.language, row.tone, row.version) == (
        "appointment_reminder",
        "sms",
        "fr",
        "formal",
        1,
    )
    assert row.created_at == datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


def test_the_easy_read_letter_has_its_own_versions_history_and_default(
    database, admin, clock
) -> None:
    easy = default_source(EASY_LETTER).replace("Bien à vous,", "Merci et à bientôt,")
    standard = default_source(LETTER).replace("Bien cordialement,", "Avec nos salutations,")
    with database.transaction() as session:
        assert template_store.save(session, clock, admin, EASY_LETTER, easy) == 1
    with database.read_session() as session:
        # The standard letter of the same purpose, language and tone is untouched.
        assert template_store.current_source(session, LETTER) == (default_source(LETTER), None)
        assert template_store.history(session, LETTER) == []
        assert template_store.current_source(session, EASY_LETTER) == (easy, 1)
    clock.advance(hours=1)
    with database.transaction() as session:
        # Numbers follow per variant: the standard letter's first version is 1 too.
        assert template_store.save(session, clock, admin, LETTER, standard) == 1
        assert template_store.revert_to_default(session, clock, admin, EASY_LETTER) == 2
    with database.read_session() as session:
        assert template_store.current_source(session, LETTER) == (standard, 1)
        assert template_store.current_source(session, EASY_LETTER) == (
            default_source(EASY_LETTER),
            2,
        )
        assert [v.source for v in template_store.history(session, EASY_LETTER)] == [
            default_source(EASY_LETTER),
            easy,
        ]
        rows = session.scalars(select(MessageTemplate).order_by(MessageTemplate.id)).all()
    assert [(row.variant, row.version) for row in rows] == [
        ("easy_read", 1),
        ("standard", 1),
        ("easy_read", 2),
    ]
    assert [event.details["variant"] for event in _saved_events(database)] == [
        "easy_read",
        "standard",
        "easy_read",
    ]


def test_an_easy_read_letter_is_linted_as_a_letter(database, admin, clock) -> None:
    no_reason = default_source(EASY_LETTER).replace("{{ reason }}", "")
    with pytest.raises(ValidationError) as refused, database.transaction() as session:
        template_store.save(session, clock, admin, EASY_LETTER, no_reason)
    assert [e.code for e in refused.value.errors] == ["missing_reason"]


def test_a_purpose_the_practice_added_gets_its_first_version(database, admin, clock) -> None:
    key = TemplateKey("yoga_classes", "letter", "en", "formal", "easy_read")
    words = "Subject: Yoga\n\n{{ reason }}\n{{ opt_out }}\n\n{{ practice.name }}\n"
    with database.transaction() as session:
        session.add(
            Purpose(code="yoga_classes", name_fr="Yoga", name_en="Yoga", basis=LawfulBasis.CONSENT)
        )
        session.flush()
        assert template_store.save(session, clock, admin, key, words) == 1
    with database.read_session() as session:
        assert template_store.current_source(session, key) == (words, 1)

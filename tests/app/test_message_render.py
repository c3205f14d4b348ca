"""Which words a message is written with: the easy-read letter for a patient who reads
easy-read, the standard template for everyone and everything else."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app import letters, message_render, preferences, template_store
from app.errors import NotFound
from app.settings import load_practice
from app.templates import TemplateError, TemplateKey, default_source
from db.models import Channel, LawfulBasis, Message, PaperFormat, Patient, Purpose
from tests.helpers.letters import PaperPatients, queue_letters

EASY_FR = TemplateKey("appointment_reminder", "letter", "fr", "formal", "easy_read")


@pytest.fixture
def paper(database, admin, clock) -> PaperPatients:
    patients = queue_letters(database, admin, clock)
    with database.transaction() as session:
        # Luc reads easy-read; his preferences are recorded after the letter was queued,
        # as at the desk: the print run still writes to him as he asked.
        preferences.save(
            session,
            clock,
            admin,
            patients.luc,
            preferences.ContactPreferences(paper_only=True, paper_format=PaperFormat.EASY_READ),
        )
    return patients


def _letter(session, patient_id: int) -> Message:
    return session.scalars(
        select(Message).where(Message.patient_id == patient_id, Message.channel == Channel.LETTER)
    ).one()


def _body(database, patient_id: int) -> str:
    with database.transaction() as session:
        message = _letter(session, patient_id)
        rendered, _context = message_render.render_with_context(
            session, message, load_practice(session)
        )
    return rendered.body


def test_an_easy_read_patient_gets_the_easy_read_letter(database, paper) -> None:
    body = _body(database, paper.luc)
    lines = body.splitlines()
    assert "Vous avez un rendez-vous au cabinet :" in lines
    assert "le jeudi 10 décembre 2026" in lines  # the date on its own line
    assert "à 14 h 30" in lines  # and the time
    assert "Appelez vite le cabinet au 04 78 00 11 22." in lines
    assert "Nous vous rappelons votre rendez-vous" not in body


def test_other_patients_get_the_standard_letter(database, paper) -> None:
    body = _body(database, paper.claire)
    assert "Nous vous rappelons votre rendez-vous :" in body
    assert "Vous avez un rendez-vous au cabinet :" not in body
    # Large print changes the type, not the words.
    sofia = _body(database, paper.sofia)
    assert "Nous vous rappelons votre rendez-vous :" in sofia


def test_a_patient_flagged_easy_read_without_preferences_gets_it_too(
    database, admin, clock
) -> None:
    patients = queue_letters(database, admin, clock)
    with database.transaction() as session:
        session.get(Patient, patients.claire).easy_read = True
    assert "Vous avez un rendez-vous au cabinet :" in _body(database, patients.claire)
    with database.transaction() as session:
        # Large print wins over easy-read, as in the patient's preferences.
        session.get(Patient, patients.claire).large_print = True
    assert "Nous vous rappelons votre rendez-vous :" in _body(database, patients.claire)


def test_a_change_of_format_is_seen_by_the_next_print_run(database, admin, clock, paper) -> None:
    assert "Vous avez un rendez-vous au cabinet :" in _body(database, paper.luc)
    with database.transaction() as session:
        preferences.save(
            session,
            clock,
            admin,
            paper.luc,
            preferences.ContactPreferences(paper_only=True, paper_format=PaperFormat.STANDARD),
        )
    assert "Nous vous rappelons votre rendez-vous :" in _body(database, paper.luc)


def test_the_practice_easy_read_version_is_used_and_recorded(database, admin, clock, paper) -> None:
    own = default_source(EASY_FR).replace(
        "Vous avez un rendez-vous au cabinet :", "Le cabinet vous attend :"
    )
    with database.transaction() as session:
        assert template_store.save(session, clock, admin, EASY_FR, own) == 1
    assert "Le cabinet vous attend :" in _body(database, paper.luc)
    with database.transaction() as session:
        message = _letter(session, paper.luc)
        message_render.render(session, message, load_practice(session))
        assert message.template_version == 1  # the practice's easy-read version 1
        # The standard letter has no version of its own: Claire's uses the default.
        other = _letter(session, paper.claire)
        message_render.render(session, other, load_practice(session))
        assert other.template_version is None


def test_the_print_run_prints_the_easy_read_words_in_its_own_type(database, clock, paper) -> None:
    with database.transaction() as session:
        ids = [letter.message_id for letter in letters.letters_to_print(session, clock.now())]
        batch = letters.prepare_batch(session, clock, ids)
    pages = [page.extract_text() for page in PdfReader(BytesIO(batch.pdf)).pages]
    luc = next(text for text in pages if "Monsieur Luc MARTIN" in text)
    claire = next(text for text in pages if "Madame Claire AUBERT" in text)
    assert "Vous avez un rendez-vous au cabinet :" in luc
    assert "Objet : Votre rendez-vous au cabinet" in luc
    assert "Vous avez un rendez-vous au cabinet :" not in claire
    assert "Nous vous rappelons votre rendez-vous" in claire
    with database.read_session() as session:
        assert "Vous avez un rendez-vous au cabinet :" in _letter(session, paper.luc).body


def test_a_purpose_without_easy_read_words_falls_back_to_its_standard_letter(
    database, admin, clock
) -> None:
    standard = TemplateKey("yoga_classes", "letter", "fr", "formal")
    easy = TemplateKey("yoga_classes", "letter", "fr", "formal", "easy_read")
    words = (
        "Objet : Cours de yoga\n\n{{ patient.salutation }},\n\nLe cours reprend.\n\n"
        "{{ reason }}\n{{ opt_out }}\n\n{{ practice.name }}\n"
    )
    with database.transaction() as session:
        session.add(
            Purpose(code="yoga_classes", name_fr="Yoga", name_en="Yoga", basis=LawfulBasis.CONSENT)
        )
        session.flush()
        template_store.save(session, clock, admin, standard, words)
    with database.read_session() as session:
        assert message_render.template_source(session, easy) == (words, 1)
        with pytest.raises(NotFound):
            message_render.template_source(
                session, TemplateKey("no_such_purpose", "letter", "fr", "formal")
            )


def test_render_many_says_what_each_message_alone_would_say(database, admin, clock, paper) -> None:
    """One code for one message and for a batch: the same words, context and version, in order;
    a template that fails is that message's outcome, the others still render."""
    broken = TemplateKey("appointment_reminder", "letter", "en", "formal")
    with database.transaction() as session:
        # Fine for the lint's sample patient; fails for Jürgen alone, when it is rendered.
        words = (
            "Subject: Your appointment\n\n{{ patient.salutation }},\n\n"
            "{% if patient.first_name == 'Jürgen' %}{{ 1 // 0 }}{% endif %}\n\n"
            "{{ reason }}\n{{ opt_out }}\n\n{{ practice.name }}\n"
        )
        template_store.save(session, clock, admin, broken, words)
    with database.session() as session:
        session.begin()
        practice = load_practice(session)
        messages = list(
            session.scalars(
                select(Message).where(Message.channel == Channel.LETTER).order_by(Message.id.desc())
            )
        )
        many = message_render.render_many(session, messages, practice)
        versions = [message.template_version for message in messages]
        assert message_render.render_many(session, [], practice) == []
        for message, outcome in zip(messages, many, strict=True):
            if message.patient_id == paper.jurgen:  # the English letter: its template fails
                assert isinstance(outcome, TemplateError)
                with pytest.raises(TemplateError):
                    message_render.render_with_context(session, message, practice)
                continue
            assert outcome == message_render.render_with_context(session, message, practice)
        assert [message.template_version for message in messages] == versions
        session.rollback()
    assert len(many) == 6
    assert sum(isinstance(outcome, TemplateError) for outcome in many) == 1

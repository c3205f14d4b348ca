"""The print run on a real encrypted database: letters queued by a real plan + dispatch,
rendered to one PDF read back with pypdf, then printed and posted."""

from __future__ import annotations

import stat
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app import consent, dispatch, letters, message_render, preferences, template_store
from app.calls import NotActionable
from app.letters import NothingToPrint
from app.patients import ContactData, PatientData, insert_many
from app.settings import PracticeSettings, save_practice
from app.templates import TemplateKey
from db.models import (
    AuditEvent,
    Channel,
    ConsentKind,
    ContactKind,
    LawfulBasis,
    Message,
    MessageItem,
    MessageStatus,
    PaperFormat,
    Tone,
)
from tests.helpers import ledger
from tests.helpers.letters import (
    APPOINTMENT,
    PRACTICE,
    PRINT_DAY,
    PaperPatients,
    paper_patients,
    queue_letters,
)
from tests.helpers.messages import add_message, add_reminder

HEADER = "Cabinet du Parc\n4 place Bellecour"


@pytest.fixture
def paper(database, admin, clock) -> PaperPatients:
    return queue_letters(database, admin, clock)


def _pages(pdf: bytes) -> list[str]:
    """The text of the letters' pages: the cover sheet (page 1) is left out."""
    return [page.extract_text() for page in PdfReader(BytesIO(pdf)).pages[1:]]


def _flat(text: str) -> str:
    """The text on one line: where ReportLab wraps a sentence is not what is tested."""
    return " ".join(text.split())


def _fonts_in(resources, fonts: dict[str, bool]) -> None:
    """Every font named by ``resources`` and the forms it holds (what the letters share is
    drawn once, as a form): its name, and whether the font file is embedded."""
    resources = resources.get_object()
    for reference in resources.get("/Font", {}).values():
        font = reference.get_object()
        descriptor = font["/FontDescriptor"].get_object()
        fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    for reference in resources.get("/XObject", {}).values():
        form = reference.get_object()
        if form.get("/Subtype") == "/Form" and "/Resources" in form:
            _fonts_in(form["/Resources"], fonts)


def _queued_ids(database, clock) -> list[int]:
    with database.read_session() as session:
        return [letter.message_id for letter in letters.letters_to_print(session, clock.now())]


def _batch(database, clock, ids=None) -> letters.LetterBatch:
    with database.transaction() as session:
        return letters.prepare_batch(session, clock, ids or _queued_ids(database, clock))


def _letter_of(database, patient_id: int) -> Message:
    with database.read_session() as session:
        return session.scalars(
            select(Message).where(
                Message.patient_id == patient_id, Message.channel == Channel.LETTER
            )
        ).one()


def test_letters_to_print_are_the_queued_ones_by_postcode_then_name(database, clock, paper) -> None:
    with database.read_session() as session:
        waiting = letters.letters_to_print(session, clock.now())
    assert [(w.postcode, w.patient_name) for w in waiting] == [
        ("10115", "WEISS Jürgen"),
        ("13002", "ΠΑΠΑΔΟΠΟΎΛΟΥ Σοφία"),
        ("69003", "AUBERT Claire"),
        ("69003", "MARTIN Luc"),
        ("69007", "WAŁĘSA Łucja"),
        ("75011", "ИВАНОВ Дмитрий"),
    ]
    sofia = waiting[1]
    assert sofia.paper_format is PaperFormat.LARGE_PRINT
    assert sofia.purpose_name("fr") == "Rappel de rendez-vous"
    assert sofia.due_at.isoformat() == "2026-12-10T13:30:00+00:00"
    assert {w.status for w in waiting} == {MessageStatus.QUEUED}
    with database.read_session() as session:
        assert letters.letters_to_post(session) == []


def test_one_pdf_each_letter_on_new_pages_with_address_body_and_why(database, clock, paper) -> None:
    batch = _batch(database, clock)
    pages = _pages(batch.pdf)
    assert batch.left_out == ()
    assert len(batch.message_ids) == 6
    assert batch.pages == len(pages) + 1 == 8  # the cover; Sofia's large print runs over one page
    first_pages = [number for number, text in enumerate(pages) if text.startswith(HEADER)]
    assert len(first_pages) == 6  # every letter starts a page, with the practice's header
    luc = next(text for text in pages if "Monsieur Luc MARTIN" in text)
    for expected in (
        "Tél. : 04 78 00 11 22",  # the practice's phone at the top
        "Monsieur Luc MARTIN\n3 rue des Lilas\n69003 LYON",  # the address in the window
        "Lyon, le 3 décembre 2026",
        "Objet : Rappel de votre rendez-vous du jeudi 10 décembre 2026",
        "Bonjour Monsieur Martin,",
        "le jeudi 10 décembre 2026 à 14 h 30",
        "Pourquoi ce courrier ?",
        "Vous recevez ce message car vous avez rendez-vous au cabinet le jeudi 10",
        "appelez-nous au 04 78 00 11 22.",  # how to stop, with the phone
        "Coupon-réponse",
        "Je ne souhaite plus recevoir de courriers pour : Rappel de rendez-vous",
    ):
        assert expected in luc or expected in _flat(luc), expected
    assert luc.count("Vous recevez ce message car") == 1  # the template's line is printed once
    assert "page 1 / 1" not in "".join(pages)  # one-page letters are not numbered


def test_names_and_addresses_in_every_script_print_with_embedded_fonts(
    database, clock, paper
) -> None:
    batch = _batch(database, clock)
    text = "\n".join(_pages(batch.pdf))
    for name in (
        "Mr Jürgen WEISS\nGoethestraße 5\n10115 BERLIN\nGERMANY",
        "Madame Łucja WAŁĘSA\n12 avenue Jean Jaurès\nBâtiment B, 3e étage\n69007 LYON",
        "Monsieur Дмитрий ИВАНОВ",
        "Madame Σοφία ΠΑΠΑΔΟΠΟΎΛΟΥ",  # large print: 16 pt, the name line wraps in the window
        "Dear Mr Weiß,",
    ):
        assert name in text or name in _flat(text), name
    fonts: dict[str, bool] = {}
    for page in PdfReader(BytesIO(batch.pdf)).pages:
        _fonts_in(page["/Resources"], fonts)
    assert fonts
    assert all(fonts.values()), fonts  # every font used is embedded: no Helvetica fallback
    assert all("DejaVuSans" in name for name in fonts)


def test_english_letters_speak_english(database, clock, paper) -> None:
    batch = _batch(database, clock)
    jurgen = next(text for text in _pages(batch.pdf) if "Jürgen WEISS" in text)
    for expected in (
        "Phone: 04 78 00 11 22",
        "Lyon, 3 December 2026",
        "Reminder: your appointment on Thursday 10 December 2026",
        "Why this letter?",
        "Reply slip",
        "call us on 04 78 00 11 22.",
    ):
        assert expected in _flat(jurgen), expected
    assert "Objet" not in jurgen


def test_an_informal_letter_says_tu_at_its_foot_too(database, admin, clock) -> None:
    patients = paper_patients(database, admin, clock)
    with database.transaction() as session:
        preferences.save(session, clock, admin, patients.claire, preferences.ContactPreferences(
            tone=Tone.INFORMAL, paper_only=True))  # fmt: skip
    clock.advance(seconds=(PRINT_DAY - clock.now()).total_seconds())
    dispatch.dispatch(database, clock)
    batch = _batch(database, clock, [_letter_of(database, patients.claire).id])
    (page,) = _pages(batch.pdf)
    assert "Bonjour Claire," in page
    assert "Madame Claire AUBERT" in page  # the envelope stays formal
    assert "Tes préférences de contact :" in _flat(page)
    assert "Tu reçois ce message car tu as rendez-vous" in _flat(page)


def test_a_long_letter_numbers_its_pages_and_keeps_its_foot_whole(database, clock, paper) -> None:
    batch = _batch(database, clock)
    pages = _pages(batch.pdf)
    sofia = [text for text in pages if "Σοφία ΠΑΠΑΔΟΠΟΎΛΟΥ" in text]
    assert len(sofia) == 2
    assert "page 1 / 2" in sofia[0]
    assert "page 2 / 2" in sofia[1]
    assert not sofia[1].startswith(HEADER)  # a continuation, not a new letter
    assert "Pourquoi ce courrier ?" in sofia[1]
    assert "Coupon-réponse" in sofia[1]  # the foot moved whole, with the slip


def test_the_words_printed_are_stored_on_the_message(database, admin, clock, paper) -> None:
    key = TemplateKey("appointment_reminder", "letter", "fr", "formal")
    with database.transaction() as session:
        # The practice's own words, the reason and how to stop in the middle of a line.
        template_store.save(
            session, clock, admin, key,
            "Objet : Votre rendez-vous\n\n{{ patient.salutation }},\n\n"
            "À jeudi ! {{ reason }} {{ opt_out }}\n\n{{ practice.name }}\n",
        )  # fmt: skip
    batch = _batch(database, clock, [_letter_of(database, paper.luc).id])
    message = _letter_of(database, paper.luc)
    assert message.subject == "Votre rendez-vous"
    assert message.body.startswith("Bonjour Monsieur Martin,\n\nÀ jeudi ! Vous recevez")
    assert message.body.endswith("\n\nCabinet du Parc")
    assert message.template_version == 1
    assert message.status is MessageStatus.QUEUED  # printing is a person's word, not ours
    (page,) = _pages(batch.pdf)
    assert "Objet : Votre rendez-vous" in page
    assert "À jeudi !\nCabinet du Parc" in page  # the sentences left the body...
    assert _flat(page).count("Vous recevez ce message car vous avez rendez-vous") == 1
    assert _flat(page).count("appelez-nous au 04 78 00 11 22.") == 1  # ...for the foot


def test_a_template_that_fails_for_one_patient_leaves_that_letter_out_and_says_why(
    database, admin, clock, paper
) -> None:
    key = TemplateKey("appointment_reminder", "letter", "fr", "formal")
    with database.transaction() as session:
        # Passes the check on its sample patient; fails on Luc's name when printed.
        template_store.save(
            session, clock, admin, key,
            "Objet : Votre rendez-vous\n\n{{ patient.salutation }},\n\n"
            "{% if patient.first_name == 'Luc' %}{{ 1 // 0 }}{% endif %}À jeudi.\n\n"
            "{{ reason }} {{ opt_out }}\n\n{{ practice.name }}\n",
        )  # fmt: skip
    luc, claire = _letter_of(database, paper.luc), _letter_of(database, paper.claire)
    batch = _batch(database, clock, [luc.id, claire.id])
    assert batch.message_ids == (claire.id,)
    (left,) = batch.left_out
    assert (left.message_id, left.patient_name, left.outcome) == (luc.id, "MARTIN Luc", "template")
    assert "division" in left.why
    luc, claire = _letter_of(database, paper.luc), _letter_of(database, paper.claire)
    assert luc.last_error == left.why
    assert luc.template_version == claire.template_version == 1
    assert "À jeudi" not in luc.body  # words it never printed are not stored as printed
    assert luc.status is MessageStatus.QUEUED  # the template is fixed, and it prints next time
    assert claire.body.startswith("Bonjour Madame Aubert,\n\nÀ jeudi.")
    assert claire.last_error is None


def test_printed_then_posted_each_step_audited(database, admin, clock, paper) -> None:
    ids = _batch(database, clock).message_ids
    with database.transaction() as session, pytest.raises(NotActionable, match="not been printed"):
        letters.mark_posted(session, clock, admin, ids[:1])
    clock.advance(minutes=10)
    with database.transaction() as session:
        letters.mark_printed(session, clock, admin, ids)
    with database.read_session() as session:
        assert letters.letters_to_print(session, clock.now()) == []
        printed = letters.letters_to_post(session)
        message = session.get(Message, ids[0])
        assert message is not None
        assert message.sent_at == clock.now()
        assert message.handled_by == "admin"
    assert [p.message_id for p in printed] == list(ids)  # same postcode-then-name order
    with database.transaction() as session, pytest.raises(NotActionable, match="already marked"):
        letters.mark_printed(session, clock, admin, ids[:1])
    with database.transaction() as session:
        letters.mark_posted(session, clock, admin, ids[:2])
    with database.read_session() as session:
        statuses = [session.get(Message, i).status for i in ids]  # type: ignore[union-attr]
        actions = dict(
            session.execute(
                select(AuditEvent.action, func.count())
                .where(AuditEvent.action.like("letter.%"))
                .group_by(AuditEvent.action)
            ).all()
        )
        assert len(letters.letters_to_post(session)) == 4
    assert statuses == [MessageStatus.POSTED] * 2 + [MessageStatus.PRINTED] * 4
    assert actions == {"letter.printed": 6, "letter.posted": 2}


def test_mark_printed_is_all_or_nothing(database, admin, clock, paper) -> None:
    ids = _queued_ids(database, clock)
    with database.transaction() as session:
        letters.mark_printed(session, clock, admin, ids[:1])
    with (
        pytest.raises(NotActionable, match=f"Letter {ids[0]} is already marked printed"),
        database.transaction() as session,
    ):
        letters.mark_printed(session, clock, admin, ids)
    with database.read_session() as session:
        assert len(letters.letters_to_print(session, clock.now())) == 5  # none moved


def test_a_patient_who_withdrew_since_planning_is_not_printed(
    database, admin, clock, paper
) -> None:
    luc = _letter_of(database, paper.luc).id
    with database.transaction() as session:
        ledger.record(session, clock, admin, paper.luc, "appointment_reminder", Channel.LETTER,
                      ConsentKind.OBJECTED)  # fmt: skip
    batch = _batch(database, clock)
    assert luc not in batch.message_ids
    assert len(batch.message_ids) == 5
    assert [(lo.message_id, lo.outcome, lo.why) for lo in batch.left_out] == [
        (luc, "cancelled", "consent: objected since it was planned")
    ]
    assert batch.left_out[0].patient_name == "MARTIN Luc"
    # ...and the same for the screen to say in the user's language
    assert (batch.left_out[0].reason, batch.left_out[0].params) == (
        "consent_changed",
        {"state": "objected"},
    )
    assert "Luc MARTIN" not in "".join(_pages(batch.pdf))
    message = _letter_of(database, paper.luc)
    assert message.status is MessageStatus.CANCELLED
    assert message.last_error == "consent: objected since it was planned"
    with database.read_session() as session:
        items = session.scalar(
            select(func.count()).select_from(MessageItem).where(MessageItem.message_id == luc)
        )
        assert items == 0  # the occasion is freed, as the dispatcher frees it
        assert luc not in [w.message_id for w in letters.letters_to_print(session, clock.now())]
    with (
        database.transaction() as session,
        pytest.raises(NotActionable, match="cancelled: consent: objected"),
    ):
        letters.mark_printed(session, clock, admin, [luc])


def test_a_consent_withdrawn_since_planning_stops_the_letter(database, admin, clock, paper) -> None:
    """A consent-only purpose: granted, planned and queued on paper, then withdrawn."""
    with database.transaction() as session:
        consent.set_basis(session, clock, admin, "vaccination", LawfulBasis.CONSENT)
        address = ContactData(ContactKind.POSTAL, "5 rue Vendôme, 69006 Lyon",
                              street="5 rue Vendôme", postcode="69006", city="Lyon")  # fmt: skip
        zoe_data = PatientData(
            "Łukasiewicz", "Zoé", date(1941, 2, 1), no_digital_access=True, contacts=[address]
        )
        (zoe,) = insert_many(session, clock.now(), [zoe_data])
        ledger.record(session, clock, admin, zoe, "vaccination", None, ConsentKind.GRANTED)
        add_reminder(session, clock.now(), zoe, APPOINTMENT, "vaccination", "vaccin grippe")
    assert dispatch.dispatch(database, clock).queued_letters == 1
    letter = _letter_of(database, zoe)
    assert letter.status is MessageStatus.QUEUED
    clock.advance(minutes=5)
    with database.transaction() as session:
        ledger.record(session, clock, admin, zoe, "vaccination", None, ConsentKind.WITHDRAWN)
    batch = _batch(database, clock)
    assert letter.id not in batch.message_ids
    assert len(batch.message_ids) == 6  # the others print
    assert [(lo.message_id, lo.why) for lo in batch.left_out] == [
        (letter.id, "consent: withdrawn since it was planned")
    ]
    assert "ŁUKASIEWICZ" not in "".join(_pages(batch.pdf))
    assert _letter_of(database, zoe).status is MessageStatus.CANCELLED


def test_only_queued_letters_are_rendered(database, admin, clock, paper) -> None:
    ids = _queued_ids(database, clock)
    with database.transaction() as session:
        letters.mark_printed(session, clock, admin, ids[:1])
    with database.transaction() as session, pytest.raises(NotActionable, match="not waiting"):
        letters.prepare_batch(session, clock, ids)


def test_without_the_practice_s_phone_nothing_prints(database, admin, clock, paper) -> None:
    with database.transaction() as session:
        save_practice(session, clock, admin, PracticeSettings(name=PRACTICE.name))
    with (
        database.transaction() as session,
        pytest.raises(letters.PracticeHasNoPhone, match="no phone") as refused,
    ):
        letters.render_letters(session, clock, _queued_ids(database, clock))
    assert isinstance(refused.value, NotActionable)  # what the screens already catch
    assert refused.value.code == "no_practice_phone"


def test_write_letters_writes_one_private_file_atomically(
    database, clock, paper, tmp_path: Path
) -> None:
    folder = tmp_path / "print"
    with database.transaction() as session:
        written = letters.write_letters(session, clock, folder)
    path = written.path
    assert path == folder / "letters-20261203-1000.pdf"  # practice time
    assert len(written.message_ids) == 6  # one of them runs to two pages
    assert written.left_out == ()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list(folder.iterdir()) == [path]  # no partial file left beside it
    assert len(PdfReader(path).pages) == 8  # the cover sheet, then the letters
    with database.transaction() as session:
        again = letters.write_letters(session, clock, folder)
    assert again.path.name == "letters-20261203-1000-2.pdf"  # never over the first
    with database.transaction() as session:
        named = letters.write_letters(session, clock, tmp_path / "today.pdf")
    assert named.path == tmp_path / "today.pdf"
    assert len(PdfReader(named.path).pages) == 8


def test_nothing_to_print_is_said(database, admin, clock, paper, tmp_path: Path) -> None:
    with database.transaction() as session:
        letters.mark_printed(session, clock, admin, _queued_ids(database, clock))
    folder = tmp_path / "print"
    with database.transaction() as session, pytest.raises(NothingToPrint) as nothing:
        letters.write_letters(session, clock, folder)
    assert (nothing.value.code, nothing.value.params) == ("none_waiting", {})
    assert not folder.exists()
    with database.transaction() as session:
        assert letters.render_letters(session, clock, []) == b""


def test_a_batch_says_what_the_dispatcher_s_rendering_says(database, admin, clock) -> None:
    """The print run renders its letters for the whole batch at once (message_render.render_many);
    every letter must read as render_with_context writes one, easy read and tu included."""
    patients = paper_patients(database, admin, clock)
    with database.transaction() as session:
        preferences.save(session, clock, admin, patients.claire, preferences.ContactPreferences(
            tone=Tone.INFORMAL, paper_only=True))  # fmt: skip
        preferences.save(session, clock, admin, patients.luc, preferences.ContactPreferences(
            paper_format=PaperFormat.EASY_READ, paper_only=True))  # fmt: skip
    clock.advance(seconds=(PRINT_DAY - clock.now()).total_seconds())
    dispatch.dispatch(database, clock)
    batch = _batch(database, clock)
    assert len(batch.message_ids) == 6
    with database.session() as session:
        session.begin()
        practice = dispatch.Cycle.load(session).practice
        for message_id in batch.message_ids:
            message = session.get(Message, message_id)
            assert message is not None
            printed = (message.subject, message.body, message.template_version)
            rendered, _context = message_render.render_with_context(session, message, practice)
            assert printed == (rendered.subject or "", rendered.body, message.template_version)
        session.rollback()
    formats = {letter.patient_id: letter.paper_format for letter in batch.letters}
    assert formats[patients.luc] is PaperFormat.EASY_READ  # the easy-read letter was among them


# -- who signs ---------------------------------------------------------------------------------

SIGNED_BY_THE_PRACTICE = [
    # (purpose, the reminder's label: what is due, never who signs, the words the body prints)
    ("screening_recall", "Dépistage du cancer colorectal", "Dépistage du cancer colorectal"),
    ("vaccination", "Rappel diphtérie-tétanos-polio", "vaccin"),
    ("medication_reminder", "Metformine 500 mg", "Metformine 500 mg"),
]


@pytest.mark.parametrize(("purpose", "label", "said"), SIGNED_BY_THE_PRACTICE)
def test_a_letter_without_an_appointment_is_signed_by_the_practice(
    database, admin, clock, purpose, label, said
) -> None:
    """A recall, a vaccination or a medication letter has no practitioner to name: the
    reminder's label must not sign it; the practice does, with no empty line in between."""
    patients = paper_patients(database, admin, clock)
    clock.advance(seconds=(PRINT_DAY - clock.now()).total_seconds())
    with database.transaction() as session:
        reminder = add_reminder(
            session, clock.now(), patients.luc, APPOINTMENT, purpose=purpose, label=label
        )
        message_id = add_message(
            session, clock.now(), patients.luc, Channel.LETTER, MessageStatus.QUEUED,
            purpose=purpose,
        )  # fmt: skip
        # Due when the reminder is, as the planner writes it (the check reads it again).
        session.add(MessageItem(message_id=message_id, reminder_id=reminder, lead="P7D",
                                due_at=APPOINTMENT))  # fmt: skip
    batch = _batch(database, clock, [message_id])
    (page,) = _pages(batch.pdf)
    lines = [line.strip() for line in page.splitlines()]
    closing = lines.index("Bien cordialement,")
    assert lines[closing + 1 : closing + 3] == [PRACTICE.name, f"Tél. : {PRACTICE.phone}"]
    assert said in _flat(page)
    assert _flat(page).count(label) <= 1  # in the body when the template names it, never signing
    assert not any(line in {"Dr", "Dr."} for line in lines)
    with database.read_session() as session:
        message = session.get(Message, message_id)
        assert message is not None
        body = message.body.splitlines()
    closing = body.index("Bien cordialement,")
    assert body[closing + 1 : closing + 4] == ["", PRACTICE.name, f"Tél. : {PRACTICE.phone}"]


def test_every_letter_set_aside_is_said_with_a_code_to_translate(
    database, admin, clock, paper, tmp_path: Path
) -> None:
    """A French print run must not show English: what is left out, and why nothing is left,
    come with a code and its values for the screen to write in the user's language."""
    with database.transaction() as session:
        for patient in (
            paper.luc,
            paper.claire,
            paper.jurgen,
            paper.lucja,
            paper.dmitri,
            paper.sofia,
        ):
            ledger.record(session, clock, admin, patient, "appointment_reminder",
                          Channel.LETTER, ConsentKind.OBJECTED)  # fmt: skip
    with database.transaction() as session, pytest.raises(NothingToPrint) as nothing:
        letters.write_letters(session, clock, tmp_path / "print")
    assert (nothing.value.code, nothing.value.params) == ("all_set_aside", {"count": 6})
    assert {(lo.reason, tuple(lo.params.items())) for lo in nothing.value.left_out} == {
        ("consent_changed", (("state", "objected"),))
    }


@pytest.mark.parametrize(
    ("outcome", "why", "reason", "params"),
    [
        ("expired", "no longer relevant", "expired", {}),
        ("cancelled", "patient erased", "patient_status", {"status": "erased"}),
        ("cancelled", "what was due changed (moved or cancelled)", "due_changed", {}),
        ("cancelled", "consent: withdrawn since it was planned", "consent_changed",
         {"state": "withdrawn"}),
        ("cancelled", "preferences changed since it was planned", "preferences_changed", {}),
        ("cancelled", "the contact point is no longer usable", "contact_unusable", {}),
        ("cancelled", "cap reached at send time", "cap_reached", {}),
        ("rescheduled", "quiet time for this patient", "quiet_time", {}),
        ("template", "template: line 3: no such variable 'x'", "template",
         {"error": "line 3: no such variable 'x'"}),
        ("cancelled", "something new", "other", {"why": "something new"}),
    ],
)  # fmt: skip
def test_a_reason_set_aside_reads_as_a_code(outcome, why, reason, params) -> None:
    left_out = letters.LeftOut(1, "MARTIN Luc", outcome, why)
    assert (left_out.reason, left_out.params) == (reason, params)

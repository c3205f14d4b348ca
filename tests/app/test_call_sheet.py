"""The call sheet, from calls queued by a real plan + dispatch on an encrypted database."""

from __future__ import annotations

import stat
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import call_sheet
from app.clock import FixedClock
from app.letters import NothingToPrint
from app.normalize import phone_display
from app.practice import PracticeDatabase
from app.settings import load_practice
from db.models import Channel, Message, MessageStatus
from tests.helpers.calls import queue_calls

FR_OUTCOMES = ("Joint", "Messagerie", "Pas de réponse", "Mauvais numéro")
EN_OUTCOMES = ("Reached", "Voicemail", "No answer", "Wrong number")


def _render(database: PracticeDatabase, clock: FixedClock) -> PdfReader:
    with database.read_session() as session:
        return PdfReader(BytesIO(call_sheet.render_call_sheet(session, clock)))


def _text(reader: PdfReader) -> str:
    """The words of every page, one space between them (a long name may wrap in its cell)."""
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _first_spoken_line(body: str) -> str:
    """The first line said to the patient, as the sheet prints it (after the script's title)."""
    return next(line.strip() for line in body.splitlines() if line.strip().startswith("«"))


def test_every_call_with_its_numbers_purpose_script_and_boxes(database, admin, clock) -> None:
    patients = queue_calls(database, admin, clock, 4)
    reader = _render(database, clock)
    text = _text(reader)
    for name, mobile, landline in patients:
        assert name in text
        assert phone_display(mobile) in text
        assert phone_display(landline) in text
    assert "Cabinet du Parc" in text
    assert "Appels du mardi 8 décembre 2026" in text
    assert "Rappel de rendez-vous" in text or "rendez-vous" in text.lower()
    assert "jeu. 10 déc. 2026, 14:30" in text
    for word in FR_OUTCOMES:
        assert text.count(word) == len(patients), word
    assert text.count("Heure :") == len(patients)
    assert "page 1 / 1" in text
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # landscape
    with database.read_session() as session:
        bodies = [m.body for m in session.query(Message).filter_by(channel=Channel.PHONE)]
    assert " ".join(_first_spoken_line(bodies[0]).split()) in text
    assert "Script d'appel" not in text  # the title: the purpose beside it says as much
    assert text.count("Répondeur : laissez seulement") == len(patients)  # never the reason


def test_the_fonts_are_embedded(database, admin, clock) -> None:
    queue_calls(database, admin, clock, 2)
    reader = _render(database, clock)
    fonts = {}
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    assert fonts
    assert all(fonts.values()), fonts  # every font used is embedded: no Helvetica fallback
    assert all("DejaVuSans" in name for name in fonts), fonts


def test_forty_calls_run_over_pages_each_headed(database, admin, clock) -> None:
    patients = queue_calls(database, admin, clock, 40)
    reader = _render(database, clock)
    total = len(reader.pages)
    assert total > 1
    text = _text(reader)
    for name, mobile, _landline in patients:
        assert name in text
        assert phone_display(mobile) in text
    assert text.count("Mauvais numéro") == 40
    for number, page in enumerate(reader.pages, start=1):
        words = page.extract_text()
        assert "Cabinet du Parc" in words
        assert "Appels du mardi 8 décembre 2026" in words
        for column in ("Patient", "Numéros", "Objet et texte de l’appel", "Résultat", "Note"):
            assert column in words
        assert f"page {number} / {total}" in words


def test_english_when_the_practice_speaks_english(database, admin, clock) -> None:
    patients = queue_calls(database, admin, clock, 3, language="en")
    text = _text(_render(database, clock))
    assert "Calls of Tuesday, 8 December 2026" in text
    for word in EN_OUTCOMES:
        assert text.count(word) == len(patients), word
    for word in FR_OUTCOMES:
        assert word not in text


def test_a_call_without_a_stored_script_prints_its_template(database, admin, clock) -> None:
    patients = queue_calls(database, admin, clock, 1)
    with database.transaction() as session:
        message = session.query(Message).filter_by(channel=Channel.PHONE).one()
        expected = " ".join(_first_spoken_line(message.body).split())
        version = message.template_version
        message.body = ""
    text = _text(_render(database, clock))
    assert patients[0][0] in text
    assert expected in text
    with database.read_session() as session:
        message = session.query(Message).filter_by(channel=Channel.PHONE).one()
        assert message.body == ""
        assert message.template_version == version  # the sheet changes nothing


def test_no_calls_is_said_plainly(database, clock) -> None:
    with database.read_session() as session, pytest.raises(NothingToPrint, match="No calls"):
        call_sheet.render_call_sheet(session, clock)


def test_written_atomically_for_its_owner_only(database, admin, clock, tmp_path: Path) -> None:
    queue_calls(database, admin, clock, 2)
    with database.read_session() as session:
        path = call_sheet.write_call_sheet(session, clock, tmp_path / "out")
        again = call_sheet.write_call_sheet(session, clock, tmp_path / "out")
        named = call_sheet.write_call_sheet(session, clock, tmp_path / "sheet.pdf")
        assert load_practice(session).name == "Cabinet du Parc"
    assert path.name == "calls-20261208-1000.pdf"
    assert again.name == "calls-20261208-1000-2.pdf"
    assert named == tmp_path / "sheet.pdf"
    for written in (path, again, named):
        assert stat.S_IMODE(written.stat().st_mode) == 0o600
        assert written.read_bytes().startswith(b"%PDF")
    assert [p.name for p in (tmp_path / "out").iterdir() if p.suffix == ".partial"] == []
    with database.read_session() as session:
        statuses = {m.status for m in session.query(Message)}
    assert statuses == {MessageStatus.QUEUED}  # the sheet changes nothing

"""The record of processing (GDPR Art. 30) is written from what is configured: the
purposes and their basis, the providers by host (never a password or token), the
practice as controller, retention and the security measures Relais really takes."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from pypdf import PdfReader

from app import channel_settings, consent, processing_record
from app.channels.email import EmailSettings
from app.channels.sms import SmsGatewaySettings
from app.settings import PracticeSettings, save_practice
from db.models import LawfulBasis, Role
from tests.helpers import people

SMTP_PASSWORD = "s3cret-smtp-Pa55"
SMS_TOKEN = "Bearer tok-9f8e7d6c5b4a"


def _configure(database, admin, clock) -> None:
    with database.transaction() as session:
        save_practice(
            session,
            clock,
            admin,
            PracticeSettings(
                name="Cabinet du Parc",
                street="3 place Bellecour",
                postcode="69002",
                city="Lyon",
                phone="04 72 00 00 00",
                email="accueil@cabinet-du-parc.fr",
                idle_lock_minutes=10,
            ),
        )
        channel_settings.save(
            session,
            clock,
            admin,
            channel_settings.ChannelSettings(
                email=EmailSettings(
                    host="smtp.example.org",
                    port=587,
                    security="starttls",
                    username="cabinet",
                    password=SMTP_PASSWORD,
                    sender_address="accueil@cabinet-du-parc.fr",
                    sender_name="Cabinet du Parc",
                ),
                sms=SmsGatewaySettings(
                    url="https://api.sms.example.net/v1/send?key=url-secret-42",
                    auth_header_value=SMS_TOKEN,
                    sender="CABINET",
                ),
                sms_reply_number="+33600000000",
            ),
        )
        consent.set_basis(session, clock, admin, "vaccination", LawfulBasis.CONSENT)
        people.add(
            session,
            clock.now(),
            people.texting("Dupont", date(1948, 4, 12), 0),
            people.paper_only("Garnier", date(1940, 1, 1), status=people.PatientStatus.MOVED),
        )


def test_the_record_reads_the_configuration(database, admin, clock) -> None:
    _configure(database, admin, clock)
    with database.read_session() as session:
        record = processing_record.build(session, clock)
    bases = {activity.code: activity.basis for activity in record.activities}
    assert bases["appointment_reminder"] is LawfulBasis.CARE
    assert bases["vaccination"] is LawfulBasis.CONSENT  # as the practice set it
    assert bases["satisfaction_survey"] is LawfulBasis.CONSENT
    assert len(record.activities) == 7
    hosts = {p.kind: (p.host, p.transport) for p in record.processors}
    assert hosts == {
        "email": ("smtp.example.org:587", "starttls"),
        "sms": ("api.sms.example.net", "https"),  # not the path, where the key may hide
        "post": ("", ""),
    }
    assert (record.patients, record.active_patients) == (2, 1)
    assert record.users_by_role == {Role.ADMIN: 1, Role.PRACTITIONER: 0, Role.RECEPTIONIST: 0}
    assert record.backups_kept == 7
    assert record.idle_lock_minutes == 10
    assert record.practice.name == "Cabinet du Parc"


def _text(path) -> tuple[str, PdfReader]:
    reader = PdfReader(BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages), reader


def test_the_french_record_names_hosts_but_never_credentials(
    database, admin, clock, tmp_path
) -> None:
    _configure(database, admin, clock)
    path = tmp_path / "registre.pdf"
    with database.read_session() as session:
        processing_record.write_processing_record(path, session, clock, "fr")
    text, reader = _text(path)
    for expected in (
        "Registre des activités de traitement",
        "Article 30 du RGPD",
        "Cabinet du Parc",
        "3 place Bellecour, 69002 Lyon",
        "04 72 00 00 00",
        "Délégué à la protection des données à compléter",
        "Rappel de rendez-vous Prise en charge (soins, art. 9.2.h)",
        "Vaccination Consentement (art. 6.1.a et 9.2.a)",
        "smtp.example.org:587 (STARTTLS)",
        "api.sms.example.net (HTTPS)",
        "Dossiers patients : 2 (actifs : 1)",
        "1 administrateur(s), 0 praticien(s), 0 secrétaire(s)",
        "Les 7 dernières sauvegardes nocturnes, chiffrées.",
        "SQLCipher 4",
        "Argon2id, 46 Mio",
        "verrouillage après 10 minutes d’inactivité",
        "E-mails envoyés au serveur en STARTTLS.",
        "Relais ne les efface pas de lui-même",
        "90 jours, pour réimprimer à l’identique",
    ):
        assert expected in text, expected
    for secret in (SMTP_PASSWORD, SMS_TOKEN, "tok-9f8e7d6c5b4a", "url-secret-42", "cabinet@"):
        assert secret not in text, secret
    for personal in ("Dupont", "Garnier", "Hélène", "+33612345600", "patient0@exemple.fr"):
        assert personal not in text, personal
    fonts = {
        str(font.get_object()["/BaseFont"]): "/FontFile2"
        in font.get_object()["/FontDescriptor"].get_object()
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts
    assert all(fonts.values()), fonts
    assert all("DejaVuSans" in name for name in fonts)


def test_an_unconfigured_practice_says_what_is_missing_in_english(
    database, clock, tmp_path
) -> None:
    path = tmp_path / "record.pdf"
    with database.read_session() as session:
        processing_record.write_processing_record(path, session, clock, "en")
    text, _reader = _text(path)
    for expected in (
        "Record of processing activities",
        "E-mail server E-mail address and the e-mails' text not configured",
        "SMS gateway Mobile number and the text messages (no health data) not configured",
        "No e-mail server is configured: Relais sends no e-mails to patients.",
        "Data protection officer to be completed",
        "Phone to be completed",
        "Patient files: 0 (active: 0)",
    ):
        assert expected in text, expected


def test_the_officer_named_in_the_settings_is_in_the_record(database, admin, clock, tmp_path):
    with database.transaction() as session:
        save_practice(
            session,
            clock,
            admin,
            PracticeSettings(
                name="Cabinet du Parc",
                dpo_name="Dr Anne Martin",
                dpo_contact="dpo@cabinet-du-parc.fr",
            ),
        )
    path = tmp_path / "registre.pdf"
    with database.read_session() as session:
        processing_record.write_processing_record(path, session, clock, "fr")
    text, _reader = _text(path)
    assert "Délégué à la protection des données Dr Anne Martin — dpo@cabinet-du-parc.fr" in text
    # No e-mail server: one plain sentence, not a gap in the middle of another.
    assert (
        "Aucun serveur d’e-mail n’est configuré : Relais n’envoie pas d’e-mails aux patients."
        in text
    )
    assert "aucun serveur configuré" not in text

"""The record of processing activities (GDPR Art. 30): what the practice does with
patients' data through Relais, why, who else handles it, how long it is kept and how
it is protected, written from what is configured rather than typed by hand.

:func:`build` reads the purposes and their lawful basis (``purpose``), the
e-mail server and the SMS gateway (:mod:`app.channel_settings`, named by their
host only, never a login, password or token), the practice as controller
(:mod:`app.settings`), staff accounts by role and the number of patient files.
What Relais does by itself is stated as it is in the code: retention
(:data:`app.scheduler.KEEP_BACKUPS` backups; erasure on request, the consent
ledger and the registers kept without personal data) and the security measures
(SQLCipher, Argon2id key slots, per-user sign-in, the hash-chained audit log,
verified encrypted backups, idle lock).  The only automatic deletion is the
kept copy of each print run after :data:`app.print_runs.KEEP_PDF_DAYS` days;
there is no retention period setting for records in this version: they stay
until the practice erases them, and the record says so rather than promise a
deletion that does not happen.

The practice completes what Relais cannot know: its data-protection officer
comes from the practice settings (name and contact), and where its providers
keep data is left as a line to fill in, as is the officer when none is set.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import channel_settings
from app.clock import Clock
from app.print_runs import KEEP_PDF_DAYS
from app.settings import PracticeSettings, load_practice
from app.transparency import DocumentParts, day_text, words_for
from db.keys import OWASP_ARGON2
from db.models import LawfulBasis, Patient, PatientStatus, Purpose, Role, User

# The nightly job keeps this many backups (app.scheduler.KEEP_BACKUPS, read there).
BACKUP_HOUR_NOTE = "02:00"


@dataclass(frozen=True)
class Activity:
    """One purpose the practice writes to patients for, and on what basis."""

    code: str
    name_fr: str
    name_en: str
    basis: LawfulBasis
    active: bool

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_fr


@dataclass(frozen=True)
class Processor:
    """Someone outside the practice who handles messages: ``kind`` is email, sms or post."""

    kind: str
    host: str  # the server as the settings name it; "" when not configured
    # How it is reached: starttls, ssl or none for e-mail, https or http for SMS.
    transport: str = ""
    certificate_checked: bool = True


@dataclass(frozen=True)
class ProcessingRecord:
    practice: PracticeSettings
    made_at: datetime
    activities: tuple[Activity, ...]
    processors: tuple[Processor, ...]
    users_by_role: dict[Role, int]
    patients: int
    active_patients: int
    backups_kept: int
    idle_lock_minutes: int


def build(session: Session, clock: Clock) -> ProcessingRecord:
    """The register as configured now; reads only."""
    from app.scheduler import KEEP_BACKUPS

    practice = load_practice(session)
    activities = tuple(
        Activity(row.code, row.name_fr, row.name_en, row.basis, row.active)
        for row in session.scalars(select(Purpose).order_by(Purpose.position, Purpose.id))
    )
    channels = channel_settings.load(session)
    email = channels.email
    sms = channels.sms
    processors = (
        Processor("email", email.server, email.security, email.verify_certificate)
        if email
        else Processor("email", ""),
        Processor("sms", sms.server, urlsplit(sms.url).scheme) if sms else Processor("sms", ""),
        Processor("post", ""),
    )
    roles = Counter(
        dict(
            session.execute(
                select(User.role, func.count()).where(User.active.is_(True)).group_by(User.role)
            ).all()
        )
    )
    patients = session.scalar(select(func.count()).select_from(Patient)) or 0
    active = (
        session.scalar(
            select(func.count()).select_from(Patient).where(Patient.status == PatientStatus.ACTIVE)
        )
        or 0
    )
    return ProcessingRecord(
        practice=practice,
        made_at=clock.now(),
        activities=activities,
        processors=processors,
        users_by_role={role: roles[role] for role in Role},
        patients=patients,
        active_patients=active,
        backups_kept=KEEP_BACKUPS,
        idle_lock_minutes=practice.idle_lock_minutes,
    )


# -- the words -------------------------------------------------------------------------

WORDS: dict[str, dict[str, Any]] = {
    "fr": {
        "title": "Registre des activités de traitement",
        "subtitle": "Article 30 du RGPD — établi par Relais le {day} à partir de sa configuration",
        "controller": "Responsable du traitement",
        "controller_rows": [
            "Cabinet",
            "Adresse",
            "Téléphone",
            "E-mail",
            "Délégué à la protection des données",
        ],
        "to_fill": "à compléter",
        "activities": "Finalités et bases légales",
        "activities_intro": (
            "Relais sert à garder le contact avec les patients : chaque message a une "
            "finalité, et sa base légale décide s’il faut un consentement."
        ),
        "activity_columns": ["Finalité", "Base légale", "En service"],
        "basis": {
            "care": "Prise en charge (soins, art. 9.2.h) ; envoyé sauf opposition du patient",
            "consent": "Consentement (art. 6.1.a et 9.2.a) ; envoyé seulement s’il est enregistré",
        },
        "staff_activity": "Accès du personnel (comptes, journal des accès)",
        "staff_basis": "Obligation de sécurité (art. 32)",
        "yes": "oui",
        "no": "non",
        "people": "Personnes concernées et données",
        "people_rows": [
            (
                "Patients",
                "Identité (nom, prénom, date de naissance, sexe), coordonnées (téléphones, "
                "e-mails, adresse postale), préférences de contact, consentements et "
                "oppositions, rendez-vous (date, praticien, motif), rappels et relances, "
                "messages envoyés, demandes d’exercice des droits, réclamations.",
            ),
            (
                "Données de santé",
                "Le motif d’un rendez-vous, les étiquettes de suivi (ex. diabète) et le libellé "
                "d’un rappel de traitement : jamais dans un SMS ni dans le journal.",
            ),
            ("Personnel", "Nom d’utilisateur, nom, rôle, connexions et actions (journal)."),
        ],
        "counts": (
            "Dossiers patients : {patients} (actifs : {active}). Comptes du personnel en "
            "service : {admins} administrateur(s), {practitioners} praticien(s), "
            "{receptionists} secrétaire(s)."
        ),
        "recipients": "Destinataires et sous-traitants",
        "recipient_columns": ["Qui", "Ce qu’il reçoit", "Configuré"],
        "processors": {
            "email": ("Serveur d’e-mail", "Adresse e-mail et texte des e-mails"),
            "sms": ("Passerelle SMS", "Numéro de portable et texte des SMS (sans donnée de santé)"),
            "post": ("Service postal", "Adresse postale (courriers imprimés au cabinet)"),
        },
        "not_configured": "non configuré",
        "post_detail": "courriers remis à La Poste",
        "staff_row": (
            "Personnel du cabinet",
            "Selon son rôle (les droits sont vérifiés par l’application)",
        ),
        "transfers": "Transferts hors de l’Union européenne",
        "transfers_text": (
            "Aucun par Relais, qui fonctionne sur l’ordinateur du cabinet. Le lieu où les "
            "prestataires ci-dessus traitent les données est à vérifier auprès d’eux : {to_fill}."
        ),
        "retention": "Durées de conservation",
        "retention_columns": ["Données", "Conservation"],
        "retention_rows": [
            (
                "Dossier patient, rendez-vous, messages",
                "Jusqu’à leur effacement par le cabinet (à la demande du patient ou quand le "
                "dossier n’est plus nécessaire) : Relais ne les efface pas de lui-même.",
            ),
            (
                "Consentements et oppositions",
                "Gardés comme preuve ; après effacement du patient, sans nom ni coordonnées.",
            ),
            (
                "Demandes d’exercice des droits, réclamations",
                "Gardées dans leurs registres ; après effacement du patient, sans texte libre "
                "qui le nomme.",
            ),
            ("Journal des accès", "Conservé sans limite : il ne peut être ni modifié ni effacé."),
            (
                "Copies des courriers imprimés",
                "{print_days} jours, pour réimprimer à l’identique, puis vidées chaque nuit ; "
                "vidées aussi à l’effacement d’un patient qu’elles contiennent.",
            ),
            ("Sauvegardes", "Les {backups} dernières sauvegardes nocturnes, chiffrées."),
        ],
        "security": "Mesures de sécurité",
        "measures": [
            "Chiffrement au repos : toute la base dans un seul fichier SQLCipher 4 (AES-256), "
            "avec une clé aléatoire de 256 bits.",
            "Chaque personne a son propre mot de passe, qui déverrouille la clé (Argon2id, "
            "{memory} Mio, puis AES-256-GCM) ; une clé de secours est imprimée sur papier.",
            "Rôles (administrateur, praticien, secrétaire) vérifiés par l’application ; délai "
            "croissant après un mauvais mot de passe ; verrouillage après {idle} minutes "
            "d’inactivité.",
            "Journal des accès en ajout seul, chaque événement lié au précédent par une "
            "empreinte SHA-256 ; l’ouverture d’un dossier patient y est notée.",
            "Sauvegarde chiffrée chaque nuit vers {hour}, vérifiée après écriture.",
            "Effacement sécurisé des données supprimées ; aucune donnée de santé dans les SMS "
            "ni dans le journal.",
        ],
        "email_measure": "E-mails envoyés au serveur en {email_security}.",
        "email_unset": (
            "Aucun serveur d’e-mail n’est configuré : Relais n’envoie pas d’e-mails aux patients."
        ),
        "transports": {
            "starttls": "STARTTLS",
            "ssl": "SSL/TLS",
            "none": "clair (sans chiffrement)",
        },
        "no_certificate_check": ", sans vérification du certificat",
        "made": "Établi le {day} par Relais.",
    },
    "en": {
        "title": "Record of processing activities",
        "subtitle": "GDPR Article 30 — made by Relais on {day} from its configuration",
        "controller": "Controller",
        "controller_rows": ["Practice", "Address", "Phone", "E-mail", "Data protection officer"],
        "to_fill": "to be completed",
        "activities": "Purposes and lawful bases",
        "activities_intro": (
            "Relais keeps the practice in touch with its patients: every message has a "
            "purpose, and its lawful basis decides whether consent is needed."
        ),
        "activity_columns": ["Purpose", "Lawful basis", "In use"],
        "basis": {
            "care": "Care (Art. 9(2)(h)); sent unless the patient objects",
            "consent": "Consent (Art. 6(1)(a) and 9(2)(a)); sent only once recorded",
        },
        "staff_activity": "Staff access (accounts, access log)",
        "staff_basis": "Security obligation (Art. 32)",
        "yes": "yes",
        "no": "no",
        "people": "Data subjects and data",
        "people_rows": [
            (
                "Patients",
                "Identity (names, birth date, sex), contact details (phones, e-mails, postal "
                "address), contact preferences, consents and objections, appointments (date, "
                "practitioner, reason), reminders and recalls, messages sent, data-rights "
                "requests, complaints.",
            ),
            (
                "Health data",
                "An appointment's reason, follow-up tags (e.g. diabetes) and a medication "
                "reminder's label: never in a text message nor in the log.",
            ),
            ("Staff", "User name, name, role, sign-ins and actions (log)."),
        ],
        "counts": (
            "Patient files: {patients} (active: {active}). Staff accounts in use: {admins} "
            "admin(s), {practitioners} practitioner(s), {receptionists} receptionist(s)."
        ),
        "recipients": "Recipients and processors",
        "recipient_columns": ["Who", "What they receive", "Configured"],
        "processors": {
            "email": ("E-mail server", "E-mail address and the e-mails' text"),
            "sms": ("SMS gateway", "Mobile number and the text messages (no health data)"),
            "post": ("Postal service", "Postal address (letters printed at the practice)"),
        },
        "not_configured": "not configured",
        "post_detail": "letters handed to the post",
        "staff_row": ("Practice staff", "According to their role (checked by the application)"),
        "transfers": "Transfers outside the European Union",
        "transfers_text": (
            "None by Relais, which runs on the practice's computer. Where the providers above "
            "process data is to be checked with them: {to_fill}."
        ),
        "retention": "Retention",
        "retention_columns": ["Data", "Kept"],
        "retention_rows": [
            (
                "Patient file, appointments, messages",
                "Until the practice erases them (at the patient's request or when the file is "
                "no longer needed): Relais does not delete them by itself.",
            ),
            (
                "Consents and objections",
                "Kept as proof; once the patient is erased, without name or contact details.",
            ),
            (
                "Data-rights requests, complaints",
                "Kept in their registers; once the patient is erased, without free text "
                "naming them.",
            ),
            ("Access log", "Kept without limit: it can be neither changed nor erased."),
            (
                "Copies of printed letters",
                "{print_days} days, for an identical reprint, then emptied each night; also "
                "emptied when a patient in them is erased.",
            ),
            ("Backups", "The last {backups} nightly backups, encrypted."),
        ],
        "security": "Security measures",
        "measures": [
            "Encryption at rest: the whole database in one SQLCipher 4 file (AES-256), with a "
            "random 256-bit key.",
            "Each person has their own password, which unlocks the key (Argon2id, {memory} "
            "MiB, then AES-256-GCM); a recovery key is printed on paper.",
            "Roles (admin, practitioner, receptionist) checked by the application; growing "
            "delays after a wrong password; lock after {idle} minutes idle.",
            "Append-only access log, each event chained to the one before by a SHA-256 hash; "
            "opening a patient's file is logged.",
            "An encrypted backup every night around {hour}, checked after it is written.",
            "Deleted data is overwritten; no health data in text messages nor in the log.",
        ],
        "email_measure": "E-mails sent to the server over {email_security}.",
        "email_unset": "No e-mail server is configured: Relais sends no e-mails to patients.",
        "transports": {
            "starttls": "STARTTLS",
            "ssl": "SSL/TLS",
            "none": "plain text (unencrypted)",
        },
        "no_certificate_check": ", without checking its certificate",
        "made": "Made on {day} by Relais.",
    },
}


def write_processing_record(
    path: Path, session: Session, clock: Clock, language: str = "fr"
) -> ProcessingRecord:
    """Build the record and write it as an A4 PDF; returns what it says."""
    words_for(language)  # the same languages as the transparency report
    words = WORDS[language]
    record = build(session, clock)
    practice = record.practice
    parts = DocumentParts(language)
    made = day_text(record.made_at.astimezone(practice.zone()).date(), language)

    from reportlab.platypus import KeepTogether

    story = [
        parts.paragraph(words["title"], "title"),
        parts.paragraph(words["subtitle"].format(day=made), "small"),
        parts.gap(),
        *(KeepTogether(section) for section in _sections(parts, record, words)),
        parts.gap(4),
        parts.paragraph(words["made"].format(day=made), "small"),
    ]
    parts.write(Path(path), f"{words['title']} — {practice.name}", story)
    return record


def _sections(
    parts: DocumentParts, record: ProcessingRecord, words: dict[str, Any]
) -> list[list[Any]]:
    language = parts.language
    practice = record.practice
    to_fill = words["to_fill"]
    address = ", ".join(
        part for part in (practice.street, f"{practice.postcode} {practice.city}".strip()) if part
    )
    dpo = " — ".join(part for part in (practice.dpo_name, practice.dpo_contact) if part.strip())
    controller_values = [practice.name, address, practice.phone, practice.email, dpo]
    controller = [
        parts.section(words["controller"]),
        parts.table(
            None,
            [
                [label, value or to_fill]
                for label, value in zip(words["controller_rows"], controller_values, strict=True)
            ],
            [50, 124],
            align_numbers=False,
        ),
    ]
    activity_rows = [
        [
            activity.name(language),
            words["basis"][activity.basis.value],
            words["yes"] if activity.active else words["no"],
        ]
        for activity in record.activities
    ]
    activity_rows.append([words["staff_activity"], words["staff_basis"], words["yes"]])
    activities = [
        parts.section(words["activities"]),
        parts.paragraph(words["activities_intro"]),
        parts.table(words["activity_columns"], activity_rows, [56, 94, 24], align_numbers=False),
    ]
    users = record.users_by_role
    people = [
        parts.section(words["people"]),
        parts.table(
            None, [list(row) for row in words["people_rows"]], [40, 134], align_numbers=False
        ),
        parts.gap(2),
        parts.paragraph(
            words["counts"].format(
                patients=record.patients,
                active=record.active_patients,
                admins=users[Role.ADMIN],
                practitioners=users[Role.PRACTITIONER],
                receptionists=users[Role.RECEPTIONIST],
            )
        ),
    ]
    recipient_rows = []
    for processor in record.processors:
        who, what = words["processors"][processor.kind]
        if processor.kind == "post":
            configured = words["post_detail"]
        elif processor.host:
            configured = f"{processor.host} ({_transport(processor, words)})"
        else:
            configured = words["not_configured"]
        recipient_rows.append([who, what, configured])
    recipient_rows.append([*words["staff_row"], ""])
    recipients = [
        parts.section(words["recipients"]),
        parts.table(words["recipient_columns"], recipient_rows, [40, 74, 60], align_numbers=False),
        parts.gap(2),
        parts.section(words["transfers"]),
        parts.paragraph(words["transfers_text"].format(to_fill=to_fill)),
    ]
    retention = [
        parts.section(words["retention"]),
        parts.table(
            words["retention_columns"],
            [
                [what, kept.format(backups=record.backups_kept, print_days=KEEP_PDF_DAYS)]
                for what, kept in words["retention_rows"]
            ],
            [56, 118],
            align_numbers=False,
        ),
    ]
    email = next(p for p in record.processors if p.kind == "email")
    email_measure = (
        words["email_measure"].format(email_security=_transport(email, words))
        if email.host
        else words["email_unset"]
    )
    measures = [
        parts.paragraph(
            "• "
            + text.format(
                memory=OWASP_ARGON2.memory_cost_kib // 1024,
                idle=record.idle_lock_minutes,
                hour=BACKUP_HOUR_NOTE,
            )
        )
        for text in words["measures"]
    ]
    measures.append(parts.paragraph("• " + email_measure))
    security = [parts.section(words["security"]), *measures]
    return [controller, activities, people, recipients, retention, security]


def _transport(processor: Processor, words: dict[str, Any]) -> str:
    text = str(words["transports"].get(processor.transport, processor.transport.upper()))
    return text if processor.certificate_checked else text + words["no_certificate_check"]

"""The readable twin of a subject-access export (GDPR Art. 15): an A4 PDF for the patient.

It is built from the export itself, not from the database, so the paper and
the JSON handed over together cannot disagree.  The patient reads it in their
own language (French unless they chose English).  Every value is the
patient's or the practice's own text and is escaped before ReportLab reads
it as markup: "O'Brien & <Fils>" prints as typed.  ReportLab is imported
lazily (DESIGN §9).

:func:`export_to_folder` is the one way the GUI and the command line hand an
export over: the JSON for machines and this PDF, side by side.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app import pdf_layout, rights
from app.access import Actor
from app.clock import Clock
from app.consent_forms import CHANNEL_NAMES
from app.consent_forms import WORDS as CONSENT_WORDS
from app.pdf_fonts import SANS, SANS_BOLD
from app.settings import load_practice
from app.survey_form import WORDS as SURVEY_FORM_WORDS
from db.models import Channel

# The export names purposes by code only.  These are the purposes migration
# 0002 seeds; a purpose the practice added later prints as its code.
PURPOSE_NAMES = {
    "fr": {
        "appointment_reminder": "Rappel de rendez-vous",
        "medication_reminder": "Rappel de traitement",
        "screening_recall": "Dépistage et relance",
        "vaccination": "Vaccination",
        "health_education": "Information santé",
        "satisfaction_survey": "Enquête de satisfaction",
        "practice_events": "Vie du cabinet",
    },
    "en": {
        "appointment_reminder": "Appointment reminder",
        "medication_reminder": "Medication reminder",
        "screening_recall": "Screening and recall",
        "vaccination": "Vaccination",
        "health_education": "Health education",
        "satisfaction_survey": "Satisfaction survey",
        "practice_events": "Practice events",
    },
}

WORDS: dict[str, dict[str, Any]] = {
    "fr": {
        "title": "Vos données détenues par {practice}",
        "generated": "Document établi le {when}",
        "intro": (
            "Ce document rassemble toutes les données que le cabinet détient sur vous "
            "(article 15 du RGPD). Le fichier JSON remis avec lui contient les mêmes données "
            "dans un format réutilisable, avec les empreintes des formulaires signés. "
            "Si une donnée est inexacte, demandez au cabinet de la corriger."
        ),
        "identity": "Votre identité",
        "fields": {
            "id": "Numéro de dossier",
            "external_id": "Identifiant externe",
            "last_name": "Nom",
            "first_name": "Prénom",
            "birth_name": "Nom de naissance",
            "birth_date": "Date de naissance",
            "sex": "Sexe",
            "language": "Langue",
            "status": "Situation",
            "household": "Foyer",
            "needs": "Besoins particuliers",
            "large_print": "Gros caractères",
            "easy_read": "Facile à lire",
            "needs_call": "Préfère un appel",
            "no_digital_access": "Pas d’accès au numérique",
        },
        "sex": {"F": "féminin", "M": "masculin", "X": "autre", "U": "non renseigné"},
        "languages": {"fr": "français", "en": "anglais"},
        "status": {
            "active": "suivi(e) au cabinet",
            "moved": "a déménagé",
            "deceased": "décédé(e)",
            "archived": "dossier archivé",
        },
        "needs": {
            "large_print": "gros caractères",
            "easy_read": "facile à lire",
            "needs_call": "préfère un appel",
            "no_digital_access": "pas d’accès au numérique",
        },
        "none": "aucun",
        "yes": "oui",
        "no": "non",
        "contacts": "Vos coordonnées",
        "contact_columns": ["Type", "Coordonnée", "Remarques"],
        "contact_kinds": {
            "mobile": "Portable",
            "landline": "Fixe",
            "email": "E-mail",
            "postal": "Adresse postale",
        },
        "verified": "vérifiée",
        "bounced": "non distribuée",
        "shared": "partagée avec le foyer",
        "no_contacts": "Aucune coordonnée enregistrée.",
        "preferences": "Vos préférences de contact",
        "channels_intro": "Moyens de contact acceptés, par finalité, dans l’ordre choisi :",
        "no_channel_choice": (
            "Vous n’avez pas fait de choix par finalité : le cabinet utilise ses moyens "
            "de contact habituels."
        ),
        "no_channel": "aucun",
        "per_week": "Messages par semaine, au plus",
        "per_month": "Messages par mois, au plus",
        "no_limit": "pas de limite",
        "hours": "Heures de contact",
        "between": "entre {start} et {end}",
        "quiet_days": "Jours sans contact",
        "tone": "Ton des messages",
        "tones": {"formal": "vouvoiement", "informal": "tutoiement"},
        "paper_format": "Format des courriers",
        "paper_formats": {
            "standard": "standard",
            "large_print": "gros caractères",
            "easy_read": "facile à lire",
        },
        "paper_only": "Courrier uniquement",
        "call_instead_of_letter": "Un appel plutôt qu’un courrier",
        "weekdays": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "consents": "Historique de vos consentements",
        "consent_columns": [
            "Date",
            "Finalité",
            "Canal",
            "Décision",
            "Recueilli",
            "Par",
        ],
        "kinds": {
            "granted": "Accordé",
            "withdrawn": "Retiré",
            "refused": "Refusé",
            "objected": "Opposition",
        },
        "until": "jusqu’au {day}",
        "witness": "témoin : {name}",
        "every_purpose": "Toutes les finalités",
        "every_channel": "Tous",
        "no_consents": "Aucun consentement ni refus enregistré.",
        "messages": "Messages envoyés",
        "message_columns": ["Date", "Finalité", "Canal", "État", "Raison"],
        "no_messages": "Aucun message ne vous a été envoyé.",
        "rectifications": "Corrections de vos données",
        "rectification_columns": ["Date", "Par", "Donnée", "Avant", "Après"],
        "no_rectifications": "Aucune correction.",
        "requests": "Vos demandes",
        "request_columns": ["Demande", "Reçue le", "Réponse due le", "Répondue le", "Suite"],
        "request_kinds": {
            "access": "Accès",
            "rectification": "Rectification",
            "erasure": "Effacement",
            "restriction": "Limitation",
            "portability": "Portabilité",
            "objection": "Opposition",
        },
        "outcomes": {
            "fulfilled": "satisfaite",
            "partly_fulfilled": "satisfaite en partie",
            "refused": "refusée",
            "withdrawn": "retirée",
        },
        "pending": "en cours",
        "no_requests": "Aucune demande.",
        "access": "Qui a ouvert ou modifié votre dossier",
        "access_columns": ["Date", "Par", "Action"],
        "actions": {
            "patient.created": "Création du dossier",
            "patient.read": "Consultation du dossier",
            "patient.updated": "Modification du dossier",
            "patient.exported": "Export de vos données",
            "patient.erased": "Effacement de vos données",
            "preferences.changed": "Modification de vos préférences",
            "consent.recorded": "Enregistrement d’un consentement",
            "patient.tags_changed": "Modification des étiquettes de votre dossier",
            "reminder.created": "Ajout d’un rappel",
            "reminder.cancelled": "Annulation d’un rappel",
            "recall.done": "Relance faite",
            "medication.created": "Ajout d’un rappel de traitement",
            "medication.stopped": "Arrêt d’un rappel de traitement",
            "survey.invitation_opened": "Enquête de satisfaction proposée",
            "survey.answered": "Enregistrement de vos réponses à une enquête",
        },
        "no_access": "Personne n’a encore ouvert votre dossier.",
        "reminders": "Vos rappels",
        "tags": "Étiquettes de votre dossier : {tags}.",
        "no_tags": "Votre dossier n’a pas d’étiquette.",
        "medication_columns": ["Rappel de traitement", "Rythme", "Heure", "Du", "Au", "Actif"],
        "no_medication": "Aucun rappel de traitement.",
        "recall_columns": ["Programme de relance", "Fait le", "Échéance", "Étape", "Canal", "État"],
        "no_recalls": "Aucun programme de relance ne vous a concerné.",
        "reminder_states": {"active": "prévu", "cancelled": "annulé", "done": "fait"},
        "every": {
            "DAILY": "chaque jour",
            "WEEKLY": "chaque semaine",
            "MONTHLY": "chaque mois",
            "YEARLY": "chaque année",
        },
        "every_n": {
            "DAILY": "tous les {n} jours",
            "WEEKLY": "toutes les {n} semaines",
            "MONTHLY": "tous les {n} mois",
            "YEARLY": "tous les {n} ans",
        },
        "complaints": "Vos réclamations",
        "no_complaints": "Aucune réclamation ne vous concerne.",
        "complaint_heading": "Réclamation reçue le {day}",
        "voided": "annulée le {day} : doublon d’une autre réclamation",
        "voided_repeats": "annulée le {day} : doublon de la réclamation reçue le {received}",
        "complaint_fields": {
            "channel": "Canal",
            "from_whom": "De la part de",
            "category": "Sujet",
            "status": "État",
            "acknowledged": "Accusé de réception",
            "answered": "Réponse",
            "outcome": "Conclusion du cabinet",
            "closed": "Clôturée le",
            "voided": "Enregistrée deux fois",
            "recorded_by": "Enregistrée par",
            "description": "La réclamation",
            "answer": "La réponse du cabinet",
            "lessons": "Ce que le cabinet en retient",
        },
        # Channels as a value beside its label, in lower case as the other values:
        # how a complaint came, how a survey was asked.
        "channel_words": {
            "letter": "courrier",
            "email": "e-mail",
            "phone": "téléphone",
            "in_person": "en personne",
            "online": "en ligne (avis, formulaire web)",
            "other": "autre",
            "sms": "SMS",
        },
        "complaint_categories": {
            "reception": "accueil",
            "waiting": "attente, obtention d’un rendez-vous",
            "communication": "communication",
            "care": "soins",
            "messages": "rappels, courriers, appels",
            "data": "confidentialité, dossiers",
            "billing": "facturation",
            "premises": "locaux, accessibilité",
            "other": "autre",
        },
        "complaint_states": {
            "received": "reçue",
            "acknowledged": "réception accusée",
            "answered": "réponse donnée",
            "closed": "clôturée",
        },
        "complaint_outcomes": {
            "upheld": "fondée",
            "partly_upheld": "partiellement fondée",
            "not_upheld": "non fondée",
            "withdrawn": "retirée",
        },
        "not_yet": "pas encore",
        "not_yet_due": "pas encore (au plus tard le {day})",
        "surveys": "Vos réponses aux enquêtes",
        "no_surveys": "Aucune enquête ne vous a été proposée.",
        "survey_fields": {
            "asked_at": "Proposée le",
            "channel": "Canal",
            "answered_at": "Répondue le",
            "recorded": "Réponses enregistrées",
        },
        "not_answered": "pas de réponse",
        "recorded": "le {when} par {by} ({source})",
        "answer_sources": {
            "paper": "reçues sur papier",
            "phone": "reçues par téléphone",
            "csv": "reçues par un formulaire en ligne",
            "desk": "reçues à l’accueil",
            "email": "reçues par e-mail",
            "sms": "reçues par SMS",
        },
        "answer_columns": ["Question", "Votre réponse"],
    },
    "en": {
        "title": "The data {practice} holds about you",
        "generated": "Prepared on {when}",
        "intro": (
            "This document brings together all the data the practice holds about you "
            "(article 15 of the GDPR). The JSON file given with it holds the same data in a "
            "reusable format, with the fingerprints of the signed forms. "
            "If anything is wrong, ask the practice to correct it."
        ),
        "identity": "Your identity",
        "fields": {
            "id": "Record number",
            "external_id": "External identifier",
            "last_name": "Last name",
            "first_name": "First name",
            "birth_name": "Birth name",
            "birth_date": "Date of birth",
            "sex": "Sex",
            "language": "Language",
            "status": "Status",
            "household": "Household",
            "needs": "Particular needs",
            "large_print": "Large print",
            "easy_read": "Easy read",
            "needs_call": "Prefers a phone call",
            "no_digital_access": "No digital access",
        },
        "sex": {"F": "female", "M": "male", "X": "other", "U": "not stated"},
        "languages": {"fr": "French", "en": "English"},
        "status": {
            "active": "a patient of the practice",
            "moved": "moved away",
            "deceased": "deceased",
            "archived": "record archived",
        },
        "needs": {
            "large_print": "large print",
            "easy_read": "easy read",
            "needs_call": "prefers a phone call",
            "no_digital_access": "no digital access",
        },
        "none": "none",
        "yes": "yes",
        "no": "no",
        "contacts": "How the practice can reach you",
        "contact_columns": ["Type", "Details", "Notes"],
        "contact_kinds": {
            "mobile": "Mobile",
            "landline": "Landline",
            "email": "E-mail",
            "postal": "Postal address",
        },
        "verified": "verified",
        "bounced": "undeliverable",
        "shared": "shared with the household",
        "no_contacts": "No contact details recorded.",
        "preferences": "Your contact preferences",
        "channels_intro": (
            "How you agree to be contacted, for each purpose, in the order you chose:"
        ),
        "no_channel_choice": (
            "You have made no choice per purpose: the practice uses its usual means of contact."
        ),
        "no_channel": "none",
        "per_week": "Messages per week, at most",
        "per_month": "Messages per month, at most",
        "no_limit": "no limit",
        "hours": "Contact hours",
        "between": "between {start} and {end}",
        "quiet_days": "Days without contact",
        "tone": "Tone of messages",
        "tones": {"formal": "formal", "informal": "informal"},
        "paper_format": "Letter format",
        "paper_formats": {
            "standard": "standard",
            "large_print": "large print",
            "easy_read": "easy read",
        },
        "paper_only": "Letters only",
        "call_instead_of_letter": "A call instead of a letter",
        "weekdays": [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ],
        "consents": "Your consent history",
        "consent_columns": ["Date", "Purpose", "Channel", "Decision", "Collected", "By"],
        "kinds": {
            "granted": "Given",
            "withdrawn": "Withdrawn",
            "refused": "Refused",
            "objected": "Objection",
        },
        "until": "until {day}",
        "witness": "witness: {name}",
        "every_purpose": "Every purpose",
        "every_channel": "All",
        "no_consents": "No consent or refusal recorded.",
        "messages": "Messages sent",
        "message_columns": ["Date", "Purpose", "Channel", "Status", "Reason"],
        "no_messages": "No message has been sent to you.",
        "rectifications": "Corrections to your data",
        "rectification_columns": ["Date", "By", "Item", "Before", "After"],
        "no_rectifications": "No corrections.",
        "requests": "Your requests",
        "request_columns": ["Request", "Received", "Answer due", "Answered", "Outcome"],
        "request_kinds": {
            "access": "Access",
            "rectification": "Rectification",
            "erasure": "Erasure",
            "restriction": "Restriction",
            "portability": "Portability",
            "objection": "Objection",
        },
        "outcomes": {
            "fulfilled": "fulfilled",
            "partly_fulfilled": "partly fulfilled",
            "refused": "refused",
            "withdrawn": "withdrawn",
        },
        "pending": "in progress",
        "no_requests": "No requests.",
        "access": "Who opened or changed your record",
        "access_columns": ["Date", "By", "Action"],
        "actions": {
            "patient.created": "Record created",
            "patient.read": "Record opened",
            "patient.updated": "Record changed",
            "patient.exported": "Data exported",
            "patient.erased": "Data erased",
            "preferences.changed": "Preferences changed",
            "consent.recorded": "Consent recorded",
            "patient.tags_changed": "Tags of your record changed",
            "reminder.created": "Reminder added",
            "reminder.cancelled": "Reminder cancelled",
            "recall.done": "Recall done",
            "medication.created": "Medication reminder added",
            "medication.stopped": "Medication reminder stopped",
            "survey.invitation_opened": "Satisfaction survey asked",
            "survey.answered": "Your survey answers recorded",
        },
        "no_access": "Nobody has opened your record yet.",
        "reminders": "Your reminders",
        "tags": "Tags of your record: {tags}.",
        "no_tags": "Your record has no tags.",
        "medication_columns": ["Medication reminder", "Rhythm", "Time", "From", "Until", "Active"],
        "no_medication": "No medication reminders.",
        "recall_columns": ["Recall programme", "Done on", "Due", "Step", "Channel", "Status"],
        "no_recalls": "No recall programme has concerned you.",
        "reminder_states": {"active": "planned", "cancelled": "cancelled", "done": "done"},
        "every": {
            "DAILY": "every day",
            "WEEKLY": "every week",
            "MONTHLY": "every month",
            "YEARLY": "every year",
        },
        "every_n": {
            "DAILY": "every {n} days",
            "WEEKLY": "every {n} weeks",
            "MONTHLY": "every {n} months",
            "YEARLY": "every {n} years",
        },
        "complaints": "Your complaints",
        "no_complaints": "No complaint concerns you.",
        "complaint_heading": "Complaint received on {day}",
        "voided": "voided on {day}: it repeats another complaint",
        "voided_repeats": "voided on {day}: it repeats the complaint received on {received}",
        "complaint_fields": {
            "channel": "Channel",
            "from_whom": "From",
            "category": "Subject",
            "status": "Status",
            "acknowledged": "Acknowledged",
            "answered": "Answered",
            "outcome": "The practice’s conclusion",
            "closed": "Closed on",
            "voided": "Recorded twice",
            "recorded_by": "Recorded by",
            "description": "The complaint",
            "answer": "The practice’s answer",
            "lessons": "What the practice learnt from it",
        },
        "channel_words": {
            "letter": "letter",
            "email": "e-mail",
            "phone": "phone",
            "in_person": "in person",
            "online": "online (review, web form)",
            "other": "other",
            "sms": "SMS",
        },
        "complaint_categories": {
            "reception": "reception",
            "waiting": "waiting, getting an appointment",
            "communication": "communication",
            "care": "care",
            "messages": "reminders, letters, calls",
            "data": "privacy, records",
            "billing": "billing",
            "premises": "premises, access",
            "other": "other",
        },
        "complaint_states": {
            "received": "received",
            "acknowledged": "acknowledged",
            "answered": "answered",
            "closed": "closed",
        },
        "complaint_outcomes": {
            "upheld": "upheld",
            "partly_upheld": "partly upheld",
            "not_upheld": "not upheld",
            "withdrawn": "withdrawn",
        },
        "not_yet": "not yet",
        "not_yet_due": "not yet (due by {day})",
        "surveys": "Your survey answers",
        "no_surveys": "You have not been asked to answer any survey.",
        "survey_fields": {
            "asked_at": "Asked on",
            "channel": "Channel",
            "answered_at": "Answered on",
            "recorded": "Answers recorded",
        },
        "not_answered": "no answer",
        "recorded": "on {when} by {by} ({source})",
        "answer_sources": {
            "paper": "received on paper",
            "phone": "received by phone",
            "csv": "received through an online form",
            "desk": "received at reception",
            "email": "received by e-mail",
            "sms": "received by SMS",
        },
        "answer_columns": ["Question", "Your answer"],
    },
}

MISSING = "—"
# Column widths in millimetres; each table fills the 174 mm between the margins,
# and a date column fits "dd/mm/yyyy HH:MM" on one line.
CONTACT_WIDTHS = (34, 80, 60)
CONSENT_WIDTHS = (30, 39, 19, 34, 35, 17)
MESSAGE_WIDTHS = (30, 40, 19, 26, 59)
RECTIFICATION_WIDTHS = (30, 24, 38, 41, 41)
REQUEST_WIDTHS = (29, 30, 30, 30, 55)
ACCESS_WIDTHS = (30, 45, 99)
MEDICATION_WIDTHS = (50, 44, 16, 24, 24, 16)
RECALL_WIDTHS = (50, 24, 24, 14, 30, 32)
ANSWER_WIDTHS = (100, 74)
LABEL_WIDTHS = (70, 104)
SECTION_ROOM_MM = 35


@dataclass(frozen=True)
class ExportFiles:
    """Where one patient's export was written."""

    json: Path
    pdf: Path


def export_to_folder(
    session: Session, clock: Clock, actor: Actor, patient_id: int, folder: Path
) -> ExportFiles:
    """Export one patient into ``folder`` as ``patient-N-access.json`` and ``.pdf``.

    Each file is written beside its target and renamed into place only once
    both are complete, so a failure never leaves half a file where the
    patient's copy goes.  The export is audited in the caller's transaction.
    """
    exported = rights.export_patient(session, clock, actor, patient_id)
    timezone = load_practice(session).timezone
    folder.mkdir(parents=True, exist_ok=True)
    files = ExportFiles(
        json=folder / f"patient-{patient_id}-access.json",
        pdf=folder / f"patient-{patient_id}-access.pdf",
    )
    staged: list[tuple[Path, Path]] = []
    try:
        for target in (files.json, files.pdf):
            handle, name = tempfile.mkstemp(prefix=f"{target.name}.", suffix=".tmp", dir=folder)
            os.close(handle)
            staged.append((Path(name), target))
        (json_staged, _), (pdf_staged, _) = staged
        json_staged.write_text(json.dumps(exported, ensure_ascii=False, indent=2), encoding="utf-8")
        write_access_report(pdf_staged, exported, timezone)
        for written, target in staged:
            with written.open("rb") as synced:
                os.fsync(synced.fileno())
            os.replace(written, target)
    finally:
        for written, _ in staged:
            written.unlink(missing_ok=True)
    return files


class _Report:
    """The wording and formats of one report: the patient's language, the practice's time zone."""

    def __init__(self, language: str, timezone: str) -> None:
        self.language = language
        self.words = WORDS[language]
        self.zone = ZoneInfo(timezone)
        self.styles = _report_styles()

    def when(self, value: Any, *, with_time: bool = True) -> str:
        """A date as dd/mm/yyyy, a moment as dd/mm/yyyy HH:MM in the practice's time zone."""
        if not value:
            return MISSING
        text = str(value)
        try:
            if len(text) == len("yyyy-mm-dd"):
                return f"{date.fromisoformat(text):%d/%m/%Y}"
            moment = datetime.fromisoformat(text)
        except ValueError:
            return text
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)  # Relais stores every moment in UTC
        return f"{moment.astimezone(self.zone):{'%d/%m/%Y %H:%M' if with_time else '%d/%m/%Y'}}"

    def word(self, group: str, code: Any) -> str:
        """The readable name of a code, or the code itself when it is not known here."""
        if code is None:
            return MISSING
        return str(self.words[group].get(code, code))

    def purpose(self, code: str | None) -> str:
        if code is None:
            return str(self.words["every_purpose"])
        return PURPOSE_NAMES[self.language].get(code, code)

    def channel(self, code: str | None) -> str:
        if code is None:
            return str(self.words["every_channel"])
        try:
            return CHANNEL_NAMES[self.language][Channel(code)]
        except ValueError:
            return code

    def yes_no(self, value: Any) -> str:
        if value is None:
            return MISSING
        return str(self.words["yes"] if value else self.words["no"])

    def paragraph(self, text: str, style: str = "body") -> Any:
        from reportlab.platypus import Paragraph

        return Paragraph(_markup(text), self.styles[style])

    def section(self, key: str) -> list[Any]:
        """A section's heading, on a new page when too little room is left for its first lines."""
        from reportlab.lib.units import mm
        from reportlab.platypus import CondPageBreak

        return [CondPageBreak(SECTION_ROOM_MM * mm), self.paragraph(self.words[key], "section")]

    def table(
        self,
        header: list[str],
        rows: list[list[str]],
        widths_mm: tuple[int, ...],
        *,
        split_rows: bool = False,
    ) -> Any:
        """A ruled table whose header row is repeated on every page it runs onto.

        ``split_rows`` lets a row taller than what is left of the page go on
        overleaf (a long written answer); ReportLab otherwise cannot place it.
        """
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.platypus import Table, TableStyle

        cells = [[self.paragraph(text, "cell_head") for text in header]]
        cells += [[self.paragraph(text, "cell") for text in row] for row in rows]
        table = Table(
            cells,
            colWidths=[width * mm for width in widths_mm],
            repeatRows=1,
            hAlign="LEFT",
            splitInRow=1 if split_rows else 0,
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                    (
                        "ROWBACKGROUNDS",
                        (0, 1),
                        (-1, -1),
                        [colors.white, colors.HexColor("#f6f6f6")],
                    ),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def pairs(self, rows: list[tuple[str, str]]) -> Any:
        """Labels and values side by side, kept on one page: a lone row overleaf reads badly."""
        from reportlab.platypus import KeepTogether

        return KeepTogether([self._pairs_table(rows)])

    def _pairs_table(self, rows: list[tuple[str, str]]) -> Any:
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.platypus import Table, TableStyle

        cells = [
            [self.paragraph(label, "cell_label"), self.paragraph(value, "cell")]
            for label, value in rows
        ]
        table = Table(cells, colWidths=[width * mm for width in LABEL_WIDTHS], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#dddddd")),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                ]
            )
        )
        return table

    def entry(
        self,
        heading: str,
        rows: list[tuple[str, str]],
        below: list[Any],
        *,
        above: list[Any] | None = None,
    ) -> Any:
        """One item of a list (a complaint, a survey) on one page when it fits.

        ``above`` is the section's title before its first item, so a title
        never ends a page alone.  The parts are flat: a KeepTogether inside
        another says it is endlessly tall, and would push every item overleaf.
        """
        from reportlab.platypus import KeepTogether

        return KeepTogether(
            [*(above or []), self.paragraph(heading, "entry"), self._pairs_table(rows), *below]
        )

    def labelled_text(self, label: str, text: str) -> list[Any]:
        """Someone's words under what they are."""
        return [self.paragraph(label, "text_label"), self.paragraph(text, "text")]


def _markup(text: str) -> str:
    """Text as ReportLab's mini-HTML reads it literally, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def _report_styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    styles = pdf_layout.styles()
    styles["section"] = ParagraphStyle(
        "section", parent=styles["head"], fontSize=12, leading=16, spaceBefore=12
    )
    styles["cell"] = ParagraphStyle("cell", fontName=SANS, fontSize=8.5, leading=10.5)
    styles["cell_head"] = ParagraphStyle("cell_head", parent=styles["cell"], fontName=SANS_BOLD)
    styles["cell_label"] = ParagraphStyle("cell_label", parent=styles["cell"], textColor="#444444")
    styles["entry"] = ParagraphStyle(
        "entry", parent=styles["head"], fontSize=10, leading=13, spaceBefore=8, spaceAfter=3
    )
    styles["text_label"] = ParagraphStyle(
        "text_label", parent=styles["cell_label"], spaceBefore=5, spaceAfter=1
    )
    styles["text"] = ParagraphStyle("text", fontName=SANS, fontSize=9.5, leading=12.5)
    return styles


def write_access_report(path: Path, data: dict[str, Any], timezone: str = "Europe/Paris") -> None:
    """Write the export ``data`` (``rights.export_patient``) as a PDF the patient can read."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    patient = data["patient"]
    language = patient.get("language") if patient.get("language") in WORDS else "fr"
    report = _Report(language, timezone)
    words = report.words
    controller = data.get("controller") or {}
    practice_name = controller.get("name") or ""
    title = words["title"].format(practice=practice_name).strip()
    story: list[Any] = [
        *pdf_layout.practice_header(
            report.styles, practice_name, controller.get("phone"), controller.get("email")
        ),
        Spacer(1, 6 * mm),
        report.paragraph(title, "title"),
        report.paragraph(
            f"{patient.get('first_name', '')} {patient.get('last_name', '')} · "
            + words["generated"].format(when=report.when(data.get("generated_at"))),
            "small",
        ),
        Spacer(1, 3 * mm),
        report.paragraph(words["intro"]),
        *_identity(report, patient),
        *_contacts(report, data.get("contact_points") or []),
        *_preferences(report, data.get("preferences") or {}),
        *_consents(report, data.get("consent_history") or []),
        *_messages(report, data.get("messages") or []),
    ]
    # Keys another version of the export may lack: shown when the export has them.
    if "rectifications" in data:
        story += _rectifications(report, data["rectifications"] or [])
    if "requests" in data:
        story += _requests(report, data["requests"] or [])
    if {"tags", "medication_schedules", "recalls"} & set(data):
        story += _reminders(report, data)
    if "complaints" in data:
        story += _complaints(report, data["complaints"] or [])
    if "surveys" in data:
        story += _surveys(report, data["surveys"] or [])
    story += _record_access(report, data.get("record_access") or [])
    pdf_layout.build_a4(
        path, title, story, author=practice_name or "Relais", language=language, numbered=True
    )


def _text(value: Any) -> str:
    return MISSING if value is None or value == "" else str(value)


def _identity(report: _Report, patient: dict[str, Any]) -> list[Any]:
    words = report.words
    needs = [
        words["needs"].get(name, name) for name, on in (patient.get("needs") or {}).items() if on
    ]
    labels = words["fields"]
    rows = [
        (labels["last_name"], _text(patient.get("last_name"))),
        (labels["first_name"], _text(patient.get("first_name"))),
        (labels["birth_name"], _text(patient.get("birth_name"))),
        (labels["birth_date"], report.when(patient.get("birth_date"))),
        (labels["sex"], report.word("sex", patient.get("sex"))),
        (labels["language"], report.word("languages", patient.get("language"))),
        (labels["status"], report.word("status", patient.get("status"))),
        (labels["household"], _text(patient.get("household"))),
        (labels["needs"], ", ".join(needs) or words["none"]),
        (labels["id"], _text(patient.get("id"))),
        (labels["external_id"], _text(patient.get("external_id"))),
    ]
    return [*report.section("identity"), report.pairs(rows)]


def _contacts(report: _Report, contact_points: list[dict[str, Any]]) -> list[Any]:
    words = report.words
    if not contact_points:
        return [*report.section("contacts"), report.paragraph(words["no_contacts"])]
    rows = []
    for contact in contact_points:
        notes = [
            words[flag]
            for flag, on in (
                ("verified", contact.get("verified")),
                ("bounced", contact.get("bounced")),
                ("shared", contact.get("shared_with_household")),
            )
            if on
        ]
        rows.append(
            [
                report.word("contact_kinds", contact.get("kind")),
                _text(contact.get("value")),
                ", ".join(notes),
            ]
        )
    return [
        *report.section("contacts"),
        report.table(words["contact_columns"], rows, CONTACT_WIDTHS),
    ]


def _preferences(report: _Report, preferences: dict[str, Any]) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    words = report.words
    story: list[Any] = [*report.section("preferences")]
    chosen: dict[str, list[str]] = preferences.get("channels") or {}
    if chosen:
        story += [
            report.paragraph(words["channels_intro"]),
            report.pairs(
                [
                    (
                        report.purpose(code),
                        ", ".join(report.channel(c) for c in channels) or words["no_channel"],
                    )
                    for code, channels in chosen.items()
                ]
            ),
        ]
    else:
        story.append(report.paragraph(words["no_channel_choice"]))

    def cap(value: Any) -> str:
        return str(words["no_limit"]) if value is None else str(value)

    days = [
        words["weekdays"][day - 1] if isinstance(day, int) and 1 <= day <= 7 else str(day)
        for day in preferences.get("quiet_days") or []
    ]
    start, end = preferences.get("quiet_before"), preferences.get("quiet_after")
    hours = words["between"].format(start=start, end=end) if start and end else MISSING
    story += [
        Spacer(1, 2 * mm),
        report.pairs(
            [
                (words["per_week"], cap(preferences.get("max_per_week"))),
                (words["per_month"], cap(preferences.get("max_per_month"))),
                (words["hours"], hours),
                (words["quiet_days"], ", ".join(days) or words["none"]),
                (words["tone"], report.word("tones", preferences.get("tone"))),
                (
                    words["paper_format"],
                    report.word("paper_formats", preferences.get("paper_format")),
                ),
                (words["paper_only"], report.yes_no(preferences.get("paper_only"))),
                (
                    words["call_instead_of_letter"],
                    report.yes_no(preferences.get("call_instead_of_letter")),
                ),
            ]
        ),
    ]
    return story


def _consents(report: _Report, history: list[dict[str, Any]]) -> list[Any]:
    words = report.words
    if not history:
        return [*report.section("consents"), report.paragraph(words["no_consents"])]
    methods: dict[str, str] = CONSENT_WORDS[report.language]["methods"]
    rows = []
    for event in history:
        decision = report.word("kinds", event.get("kind"))
        if event.get("expires_at"):
            until = words["until"].format(day=report.when(event["expires_at"], with_time=False))
            decision = f"{decision}\n{until}"
        method = methods.get(event.get("method") or "", _text(event.get("method")))
        if event.get("witness"):
            method = f"{method} ({words['witness'].format(name=event['witness'])})"
        rows.append(
            [
                report.when(event.get("recorded_at")),
                report.purpose(event.get("purpose")),
                report.channel(event.get("channel")),
                decision,
                method,
                _text(event.get("recorded_by")),
            ]
        )
    return [
        *report.section("consents"),
        report.table(words["consent_columns"], rows, CONSENT_WIDTHS),
    ]


def _messages(report: _Report, messages: list[dict[str, Any]]) -> list[Any]:
    words = report.words
    if not messages:
        return [*report.section("messages"), report.paragraph(words["no_messages"])]
    rows = [
        [
            report.when(message.get("scheduled_for")),
            report.purpose(message.get("purpose")),
            report.channel(message.get("channel")),
            _text(message.get("status")),
            _text(message.get("reason")),
        ]
        for message in messages
    ]
    return [
        *report.section("messages"),
        report.table(words["message_columns"], rows, MESSAGE_WIDTHS),
    ]


def _rectified_value(report: _Report, field: str, value: Any) -> str:
    """An earlier or later value in the same words the identity section uses."""
    if value is None:
        return MISSING
    groups = {"sex": "sex", "language": "languages", "status": "status"}
    if field in groups:
        return report.word(groups[field], value)
    if field == "birth_date":
        return report.when(value)
    if value in ("True", "False"):
        return report.yes_no(value == "True")
    return str(value)


def _rectifications(report: _Report, rectifications: list[dict[str, Any]]) -> list[Any]:
    words = report.words
    if not rectifications:
        return [*report.section("rectifications"), report.paragraph(words["no_rectifications"])]
    rows = []
    for change in rectifications:
        field = str(change.get("field") or "")
        kind = field.removeprefix("contact:")
        label = (
            report.word("contact_kinds", kind)
            if field.startswith("contact:")
            else report.word("fields", field)
        )
        rows.append(
            [
                report.when(change.get("at")),
                _text(change.get("by")),
                label,
                _rectified_value(report, field, change.get("old")),
                _rectified_value(report, field, change.get("new")),
            ]
        )
    return [
        *report.section("rectifications"),
        report.table(words["rectification_columns"], rows, RECTIFICATION_WIDTHS),
    ]


def _requests(report: _Report, requests: list[dict[str, Any]]) -> list[Any]:
    words = report.words
    if not requests:
        return [*report.section("requests"), report.paragraph(words["no_requests"])]
    rows = [
        [
            report.word("request_kinds", request.get("kind")),
            report.when(request.get("received_at")),
            report.when(request.get("due_on")),
            report.when(request.get("answered_at"))
            if request.get("answered_at")
            else words["pending"],
            report.word("outcomes", request.get("outcome")),
        ]
        for request in requests
    ]
    return [
        *report.section("requests"),
        report.table(words["request_columns"], rows, REQUEST_WIDTHS),
    ]


def _reminders(report: _Report, data: dict[str, Any]) -> list[Any]:
    """Tags, medication schedules and recall programmes: what reminds the patient of what."""
    words = report.words
    story = report.section("reminders")
    tags = data.get("tags") or []
    story.append(
        report.paragraph(words["tags"].format(tags=", ".join(tags)) if tags else words["no_tags"])
    )
    schedules = data.get("medication_schedules") or []
    if schedules:
        rows = [
            [
                _text(row.get("label")),
                _rhythm(report, str(row.get("rrule") or "")),
                _text(row.get("time_of_day")),
                report.when(row.get("starts_on")),
                report.when(row.get("until")),
                report.yes_no(row.get("active")),
            ]
            for row in schedules
        ]
        story.append(report.table(words["medication_columns"], rows, MEDICATION_WIDTHS))
    else:
        story.append(report.paragraph(words["no_medication"]))
    recalls = data.get("recalls") or []
    rows = []
    for programme in recalls:
        done = ", ".join(report.when(day) for day in programme.get("done_on") or []) or MISSING
        steps = programme.get("reminders") or []
        for index, step in enumerate(steps or [{}]):
            rows.append(
                [
                    _text(programme.get("programme")) if index == 0 else "",
                    done if index == 0 else "",
                    report.when(step.get("due_on")),
                    _text(step.get("step")),
                    report.channel(step.get("channel")) if step.get("channel") else MISSING,
                    report.word("reminder_states", step.get("status")),
                ]
            )
    if rows:
        story.append(report.table(words["recall_columns"], rows, RECALL_WIDTHS))
    else:
        story.append(report.paragraph(words["no_recalls"]))
    return story


def _rhythm(report: _Report, rule: str) -> str:
    """A rhythm in words ("tous les 3 mois"); other rules as they are written."""
    parts = dict(part.partition("=")[::2] for part in rule.upper().split(";") if part)
    frequency, interval = parts.pop("FREQ", ""), parts.pop("INTERVAL", "1")
    if parts or frequency not in report.words["every"] or not interval.isdigit():
        return _text(rule)
    if interval == "1":
        return str(report.words["every"][frequency])
    return str(report.words["every_n"][frequency]).format(n=interval)


def _voided(report: _Report, complaint: dict[str, Any]) -> str:
    """Why a complaint no longer counts: it repeats another (received on that day, if known)."""
    repeated = complaint.get("duplicate_of_received_on")
    if repeated:
        return str(report.words["voided_repeats"]).format(
            day=report.when(complaint["voided_on"]), received=report.when(repeated)
        )
    return str(report.words["voided"]).format(day=report.when(complaint["voided_on"]))


def _complaints(report: _Report, complaints: list[dict[str, Any]]) -> list[Any]:
    """Each complaint as the register holds it: the facts side by side, then the words.

    The complainant's and the practice's words run as paragraphs, not table
    cells: 4,000 characters with their line breaks may be taller than a page,
    and a paragraph, unlike a table row, goes on overleaf.
    """
    words = report.words
    if not complaints:
        return [*report.section("complaints"), report.paragraph(words["no_complaints"])]
    labels = words["complaint_fields"]
    story = report.section("complaints")
    title = [story.pop()]
    for complaint in complaints:
        outcome = complaint.get("outcome")
        rows = [
            (labels["channel"], report.word("channel_words", complaint.get("channel"))),
            (labels["from_whom"], _text(complaint.get("from_whom"))),
            (labels["category"], report.word("complaint_categories", complaint.get("category"))),
            (labels["status"], report.word("complaint_states", complaint.get("status"))),
            (
                labels["acknowledged"],
                _done_or_due(
                    report, complaint.get("acknowledged_on"), complaint.get("acknowledge_by")
                ),
            ),
            (
                labels["answered"],
                _done_or_due(report, complaint.get("answered_on"), complaint.get("answer_by")),
            ),
            (
                labels["outcome"],
                report.word("complaint_outcomes", outcome) if outcome else words["not_yet"],
            ),
        ]
        if complaint.get("closed_on"):
            rows.append((labels["closed"], report.when(complaint["closed_on"])))
        if complaint.get("voided_on"):
            rows.append((labels["voided"], _voided(report, complaint)))
        rows.append((labels["recorded_by"], _text(complaint.get("recorded_by"))))
        heading = words["complaint_heading"].format(day=report.when(complaint.get("received_on")))
        texts = [
            part
            for field in ("description", "answer", "lessons")
            if complaint.get(field)
            for part in report.labelled_text(labels[field], str(complaint[field]))
        ]
        story.append(report.entry(heading, rows, texts, above=title))
        title = []
    return story


def _done_or_due(report: _Report, done_on: Any, due_by: Any) -> str:
    """The day a step was done, or that it is still to do and by when."""
    if done_on:
        return report.when(done_on)
    if due_by:
        return str(report.words["not_yet_due"]).format(day=report.when(due_by))
    return str(report.words["not_yet"])


def _surveys(report: _Report, surveys: list[dict[str, Any]]) -> list[Any]:
    """Each time the patient was asked a survey: when and how, then each question and answer."""
    words = report.words
    if not surveys:
        return [*report.section("surveys"), report.paragraph(words["no_surveys"])]
    labels = words["survey_fields"]
    story = report.section("surveys")
    title = [story.pop()]
    for asked in surveys:
        answers = asked.get("answers") or []
        rows = [
            (labels["asked_at"], report.when(asked.get("asked_at"))),
            (labels["channel"], report.word("channel_words", asked.get("channel"))),
            (
                labels["answered_at"],
                report.when(asked["answered_at"])
                if asked.get("answered_at")
                else words["not_answered"],
            ),
        ]
        # An invitation's answers are kept together (keyed in again, all are
        # replaced), so they share one line; any recorded otherwise gets its own.
        recorded = dict.fromkeys(
            str(words["recorded"]).format(
                when=report.when(answer.get("recorded_at")),
                by=_text(answer.get("recorded_by")),
                source=report.word("answer_sources", answer.get("source")),
            )
            for answer in answers
        )
        if recorded:
            rows.append((labels["recorded"], "\n".join(recorded)))
        table = (
            [
                report.table(
                    words["answer_columns"],
                    [[_question(report, answer), _answer(answer)] for answer in answers],
                    ANSWER_WIDTHS,
                    split_rows=True,
                )
            ]
            if answers
            else []
        )
        story.append(report.entry(_text(asked.get("survey")), rows, table, above=title))
        title = []
    return story


def _question(report: _Report, answer: dict[str, Any]) -> str:
    """The question's words as the patient read them; its key when the survey no longer has it."""
    if answer.get("question_text"):
        return str(answer["question_text"])
    # An NPS question without its own words is printed with the standard ones.
    if answer.get("question") == "nps":
        return SURVEY_FORM_WORDS[report.language]["nps"]
    return _text(answer.get("question"))


def _answer(answer: dict[str, Any]) -> str:
    """A choice's words, a score's number or the words written; a dash for no answer."""
    if answer.get("choice"):
        return str(answer["choice"])
    if answer.get("number") is not None:
        return str(answer["number"])
    return _text(answer.get("text"))


def _record_access(report: _Report, record_access: list[dict[str, Any]]) -> list[Any]:
    words = report.words
    if not record_access:
        return [*report.section("access"), report.paragraph(words["no_access"])]
    rows = [
        [
            report.when(entry.get("at")),
            _text(entry.get("by")),
            report.word("actions", entry.get("action")),
        ]
        for entry in record_access
    ]
    return [
        *report.section("access"),
        report.table(words["access_columns"], rows, ACCESS_WIDTHS),
    ]

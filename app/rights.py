"""Patients' data rights (GDPR Art. 15-21): access and portability, erasure.

Export gathers everything held on one patient, including the consent history,
the complaints linked to them, the surveys they were asked and their answers,
and who opened the record when.  Erasure removes what may go and anonymises
the patient row that the append-only consent ledger still points to: those
events carry no name, phone or e-mail, and prove what was agreed until then.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app import (
    audit,
    consent,
    medication,
    patients,
    preferences,
    print_runs,
    recalls,
    rights_requests,
    surveys,
    tags,
)
from app.access import Actor, Permission
from app.appointments import NOT_YET_SENT
from app.clock import Clock
from app.errors import NotFound
from app.settings import load_practice
from app.survey_form import ChoiceQuestion, Question
from db.models import (
    Appointment,
    AuditEvent,
    Complaint,
    ConsentEvent,
    ContactKind,
    ContactPoint,
    EvidenceDocument,
    MedicationSchedule,
    Message,
    MessageStatus,
    Patient,
    PatientRevision,
    PatientSearchTerm,
    PatientStatus,
    PatientTag,
    Preferences,
    PrivacyNotice,
    Purpose,
    RecallDone,
    Reminder,
    RightsRequest,
    Sex,
    Survey,
    SurveyAnswer,
    SurveyInvitation,
)

EXPORT_FORMAT = "relais-subject-access"
EXPORT_VERSION = 1
ERASED_NAME = "EFFACÉ"
ERASED_BIRTH_DATE = date(1900, 1, 1)

# What erasure does with every table that refers to a patient.  A test fails
# when a table gains a reference to ``patient`` without a line here, so new
# data (the outbox, reminders, survey answers) cannot be forgotten.
ERASURE_RULES = {
    "contact_point": "deleted",
    "patient_search_term": "deleted",
    "preferences": "deleted",
    "patient_revision": "deleted: earlier names and numbers are personal data",
    "consent_event": "kept: proves what was agreed; holds no name, phone or e-mail",
    "rights_request": "kept without free text: the register proves the request was answered",
    "appointment": "deleted",
    "reminder": "deleted (with what the planner would still send)",
    "message": "kept without recipient, subject or text: delivery counts stay true",
    "message_month": "kept: how many of the kept messages left each month (dashboard)",
    "patient_tag": "deleted: a tag says something about the patient's health",
    "recall_done": "deleted: when a check-up or a vaccine was done is health data",
    "recall_reminder": "deleted with its reminder",
    "medication_schedule": "deleted, with the reminders it made",
    "print_batch_letter": "kept (which letter, which pages); the kept PDF of every print run "
    "holding the patient's letter is emptied, its hash and counts stay",
    "complaint": "unlinked: patient cleared; who complained, the description, the answer and "
    "the lessons emptied (typed freely, they may name the patient); dates, category, channel, "
    "status and outcome kept for the register's counts",
    "survey_invitation": "deleted with its answers: what a patient answered is theirs",
}


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def export_patient(session: Session, clock: Clock, actor: Actor, patient_id: int) -> dict[str, Any]:
    """Everything held on one patient, as JSON-ready data (an access request)."""
    actor.require(Permission.VIEW_AUDIT)
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise NotFound(f"No patient with id {patient_id}.")
    practice = load_practice(session)
    codes = {p.id: p.code for p in session.scalars(select(Purpose))}
    notices = {n.id: n.version for n in session.scalars(select(PrivacyNotice))}
    history = []
    for event in consent.events_of(session, patient_id):
        evidence = session.get(EvidenceDocument, event.evidence_id) if event.evidence_id else None
        history.append(
            {
                "recorded_at": _iso(event.recorded_at),
                "purpose": codes.get(event.purpose_id) if event.purpose_id else None,
                "channel": event.channel.value if event.channel else None,
                "kind": event.kind.value,
                "method": event.method.value,
                "recorded_by": event.recorded_by,
                "privacy_notice": notices.get(event.notice_id) if event.notice_id else None,
                "expires_at": _iso(event.expires_at),
                "evidence_sha256": evidence.sha256 if evidence else None,
                "witness": event.witness,
            }
        )
    reads = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.entity == "patient", AuditEvent.entity_id == patient_id)
        .order_by(AuditEvent.id)
    )
    prefs = preferences.load(session, patient_id)
    rectifications = [
        {
            "at": _iso(revision.changed_at),
            "by": revision.changed_by,
            "field": revision.field,
            "old": revision.old_value,
            "new": revision.new_value,
        }
        for revision in patients.revisions(session, patient_id)
    ]
    requests = [
        {
            "kind": row.kind.value,
            "received_at": _iso(row.received_on),
            "due_on": _iso(row.deadline),
            "answered_at": _iso(row.answered_on),
            "outcome": row.outcome.value if row.outcome else None,
        }
        for row in rights_requests.register(session, patient_id=patient_id)
    ]
    data = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "generated_at": _iso(clock.now()),
        "controller": {"name": practice.name, "phone": practice.phone, "email": practice.email},
        "patient": {
            "id": patient.id,
            "external_id": patient.external_id,
            "last_name": patient.last_name,
            "first_name": patient.first_name,
            "birth_name": patient.birth_name,
            "birth_date": _iso(patient.birth_date),
            "sex": patient.sex.value,
            "language": patient.language,
            "status": patient.status.value,
            "household": patient.household,
            "needs": {
                "large_print": patient.large_print,
                "easy_read": patient.easy_read,
                "needs_call": patient.needs_call,
                "no_digital_access": patient.no_digital_access,
            },
        },
        "contact_points": [
            {
                "kind": c.kind.value,
                "value": c.value,
                "verified": c.verified,
                "bounced": c.bounced,
                "shared_with_household": c.shared_with_household,
            }
            for c in sorted(
                patient.contact_points, key=lambda c: (list(ContactKind).index(c.kind), c.value)
            )
        ],
        "preferences": {
            "channels": {k: [c.value for c in v] for k, v in prefs.channels.items()},
            "max_per_week": prefs.max_per_week,
            "max_per_month": prefs.max_per_month,
            "quiet_before": prefs.quiet_before,
            "quiet_after": prefs.quiet_after,
            "quiet_days": prefs.quiet_days,
            "tone": prefs.tone.value,
            "paper_format": prefs.paper_format.value,
            "paper_only": prefs.paper_only,
            "call_instead_of_letter": prefs.call_instead_of_letter,
        },
        "tags": tags.tags_of(session, patient_id),
        "medication_schedules": medication.schedules_of(session, patient_id),
        "recalls": recalls.reminders_of(session, patient_id),
        "consent_history": history,
        "rectifications": rectifications,
        "requests": requests,
        "messages": [
            {
                "purpose": codes.get(m.purpose_id),
                "channel": m.channel.value,
                "status": m.status.value,
                "scheduled_for": _iso(m.scheduled_for),
                "sent_at": _iso(m.sent_at),
                "recipient": m.recipient,
                "subject": m.subject,
                "body": m.body,
                "reason": m.reason,
            }
            for m in session.scalars(
                select(Message)
                .where(Message.patient_id == patient_id)
                .order_by(Message.scheduled_for, Message.id)
            )
        ],
        "complaints": _complaints_of(session, patient_id),
        "surveys": _surveys_of(session, patient_id, patient.language),
        "record_access": [{"at": _iso(e.at), "by": e.username, "action": e.action} for e in reads],
    }
    audit.record(session, clock, actor, "patient.exported", entity="patient", entity_id=patient_id)
    return data


def _complaints_of(session: Session, patient_id: int) -> list[dict[str, Any]]:
    """The complaints linked to the patient, as the register holds them.

    All of it, the practice's lessons too: typed freely about their complaint,
    they are data about them (Art. 15), and erasure empties them with the rest.
    """
    complaints = list(
        session.scalars(
            select(Complaint)
            .where(Complaint.patient_id == patient_id)
            .order_by(Complaint.received_on, Complaint.id)
        )
    )
    originals = {c.duplicate_of for c in complaints if c.duplicate_of is not None}
    repeated: dict[int, date] = {
        complaint_id: received_on
        for complaint_id, received_on in session.execute(
            select(Complaint.id, Complaint.received_on).where(Complaint.id.in_(originals))
        )
    }
    return [
        {
            "received_on": _iso(c.received_on),
            "channel": c.channel.value,
            "from_whom": c.from_whom,
            "category": c.category.value,
            "description": c.description,
            "status": c.status.value,
            "acknowledge_by": _iso(c.acknowledge_by),
            "acknowledged_on": _iso(c.acknowledged_on),
            "answer_by": _iso(c.answer_by),
            "answered_on": _iso(c.answered_on),
            "answer": c.answer,
            "outcome": c.outcome.value if c.outcome else None,
            "lessons": c.lessons,
            "closed_on": _iso(c.closed_on),
            "recorded_by": c.recorded_by,
            # Recorded twice: the patient sees it was voided, and which one it repeats
            # by its date (the register's number means nothing to them).
            "voided_on": _iso(c.voided_on),
            "duplicate_of_received_on": (
                _iso(repeated.get(c.duplicate_of)) if c.duplicate_of is not None else None
            ),
        }
        for c in complaints
    ]


def _surveys_of(session: Session, patient_id: int, language: str) -> list[dict[str, Any]]:
    """Each time the patient was asked a survey, and what they answered.

    The survey's title and questions in the patient's language, as it asked them (a
    survey never changes its words), and a choice's words beside its number,
    so the export reads without the survey's definition.
    """
    invitations = list(
        session.scalars(
            select(SurveyInvitation)
            .where(SurveyInvitation.patient_id == patient_id)
            .order_by(SurveyInvitation.asked_at, SurveyInvitation.id)
        )
    )
    answers: dict[int, list[SurveyAnswer]] = {i.id: [] for i in invitations}
    for answer in session.scalars(
        select(SurveyAnswer)
        .where(SurveyAnswer.invitation_id.in_(answers))
        .order_by(SurveyAnswer.invitation_id, SurveyAnswer.id)
    ):
        answers[answer.invitation_id].append(answer)
    forms: dict[int, tuple[str, dict[str, Question]]] = {}
    exported = []
    for invitation in invitations:
        if invitation.survey_id not in forms:
            survey = session.get_one(Survey, invitation.survey_id)
            form = surveys.form_of(survey.definition, language, survey.id)
            # Named as the patient's form is titled: the survey's name is the practice's.
            forms[survey.id] = (form.title, {q.key: q for q in form.questions})
        name, questions = forms[invitation.survey_id]
        exported.append(
            {
                "survey": name,
                "asked_at": _iso(invitation.asked_at),
                "channel": invitation.channel.value,
                "answered_at": _iso(invitation.answered_at),
                "answers": [
                    _survey_answer(answer, questions.get(answer.question_key))
                    for answer in answers[invitation.id]
                ],
            }
        )
    return exported


def _chosen_option(question: Question | None, number: int | None) -> str | None:
    """A choice's words (its number counts from 1); None for any other answer."""
    if not isinstance(question, ChoiceQuestion) or number is None:
        return None
    if not 1 <= number <= len(question.options):
        return None
    return question.options[number - 1]


def _survey_answer(answer: SurveyAnswer, question: Question | None) -> dict[str, Any]:
    return {
        "question": answer.question_key,
        "question_text": question.text if question is not None else None,
        "number": answer.number,
        "choice": _chosen_option(question, answer.number),
        "text": answer.text,
        "source": answer.source,
        "recorded_at": _iso(answer.recorded_at),
        "recorded_by": answer.recorded_by,
    }


@dataclass(frozen=True)
class ErasureReport:
    patient_id: int
    contact_points: int
    search_terms: int
    preferences: int
    revisions: int
    appointments: int
    reminders: int
    messages_emptied: int
    evidence_documents: int
    consent_events_kept: int
    tags: int = 0
    recalls_done: int = 0
    medication_schedules: int = 0
    complaints_unlinked: int = 0
    print_batches_emptied: int = 0  # kept print runs holding one of their letters
    survey_invitations: int = 0  # deleted with their answers


def erase_patient(session: Session, clock: Clock, actor: Actor, patient_id: int) -> ErasureReport:
    """Remove what may go, anonymise what the ledger still needs; say what was done.

    The caller should checkpoint the WAL after the commit (``maintenance.
    checkpoint``) so no earlier version of the pages stays in it; deleted rows
    are zeroed in the file itself (``secure_delete``).
    """
    actor.require(Permission.MANAGE_USERS)
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise NotFound(f"No patient with id {patient_id}.")
    connection = session.connection()
    contacts = connection.execute(delete(ContactPoint).where(ContactPoint.patient_id == patient_id))
    terms = connection.execute(
        delete(PatientSearchTerm).where(PatientSearchTerm.patient_id == patient_id)
    )
    prefs = connection.execute(delete(Preferences).where(Preferences.patient_id == patient_id))
    revisions = connection.execute(
        delete(PatientRevision).where(PatientRevision.patient_id == patient_id)
    )
    patient_tags = connection.execute(delete(PatientTag).where(PatientTag.patient_id == patient_id))
    done = connection.execute(delete(RecallDone).where(RecallDone.patient_id == patient_id))
    # What was due and what is still to go: nothing may be sent to an erased patient.
    # A reminder's link to its programme step or schedule goes with it (cascade).
    reminders = connection.execute(delete(Reminder).where(Reminder.patient_id == patient_id))
    schedules = connection.execute(
        delete(MedicationSchedule).where(MedicationSchedule.patient_id == patient_id)
    )
    appointments = connection.execute(
        delete(Appointment).where(Appointment.patient_id == patient_id)
    )
    connection.execute(
        update(Message)
        .where(Message.patient_id == patient_id, Message.status.in_(NOT_YET_SENT))
        .values(status=MessageStatus.CANCELLED)
    )
    messages = connection.execute(
        update(Message)
        .where(Message.patient_id == patient_id)
        .values(recipient="", subject="", body="", last_error=None, provider_id=None)
    )
    # Notes and answers are typed freely and may quote the patient; the dates,
    # kinds and outcomes stay to prove the practice answered on time.
    connection.execute(
        update(RightsRequest)
        .where(RightsRequest.patient_id == patient_id)
        .values(notes=None, answer=None, extension_reason=None)
    )
    # A complaint stays in the register (counted, dated, with its outcome) without
    # the words that could say who complained or what about.
    complaints = connection.execute(
        update(Complaint)
        .where(Complaint.patient_id == patient_id)
        .values(
            patient_id=None,
            from_whom="",
            description="",
            answer="",
            lessons="",
            updated_at=clock.now(),
        )
    )
    evidence_ids = select(ConsentEvent.evidence_id).where(
        ConsentEvent.patient_id == patient_id, ConsentEvent.evidence_id.is_not(None)
    )
    # A scanned form shows the patient's name and signature: its content goes,
    # its hash stays so the ledger's reference still means something.
    forms = connection.execute(
        update(EvidenceDocument)
        .where(EvidenceDocument.id.in_(evidence_ids))
        .values(content=b"", file_name="erased", media_type="erased")
    )
    # A kept print run shows their name and address on paper: its PDF goes, its
    # hash and counts stay (app.print_runs).
    batches = print_runs.empty_batches_of_patient(session, clock, patient_id)
    # What a patient answered is theirs: invitations go with their answers.
    asked = select(SurveyInvitation.id).where(SurveyInvitation.patient_id == patient_id)
    connection.execute(delete(SurveyAnswer).where(SurveyAnswer.invitation_id.in_(asked)))
    surveyed = connection.execute(
        delete(SurveyInvitation).where(SurveyInvitation.patient_id == patient_id)
    )
    kept = len(consent.events_of(session, patient_id))
    session.expire(patient)
    connection.execute(
        update(Patient)
        .where(Patient.id == patient_id)
        .values(
            last_name=ERASED_NAME,
            first_name="",
            birth_name=None,
            birth_date=ERASED_BIRTH_DATE,
            sex=Sex.UNKNOWN,
            external_id=None,
            household=None,
            status=PatientStatus.ARCHIVED,
            large_print=False,
            easy_read=False,
            needs_call=False,
            no_digital_access=False,
            sort_key="",
            updated_at=clock.now(),
        )
    )
    report = ErasureReport(
        patient_id,
        contacts.rowcount,
        terms.rowcount,
        prefs.rowcount,
        revisions.rowcount,
        appointments.rowcount,
        reminders.rowcount,
        messages.rowcount,
        forms.rowcount,
        kept,
        tags=patient_tags.rowcount,
        recalls_done=done.rowcount,
        medication_schedules=schedules.rowcount,
        complaints_unlinked=complaints.rowcount,
        print_batches_emptied=batches,
        survey_invitations=surveyed.rowcount,
    )
    audit.record(
        session,
        clock,
        actor,
        "patient.erased",
        entity="patient",
        entity_id=patient_id,
        details={
            "contact_points": report.contact_points,
            "search_terms": report.search_terms,
            "preferences": report.preferences,
            "revisions": report.revisions,
            "appointments": report.appointments,
            "reminders": report.reminders,
            "messages_emptied": report.messages_emptied,
            "evidence_documents_emptied": report.evidence_documents,
            "consent_events_kept": report.consent_events_kept,
            "tags": report.tags,
            "recalls_done": report.recalls_done,
            "medication_schedules": report.medication_schedules,
            "print_batches_emptied": report.print_batches_emptied,
            "complaints_unlinked": report.complaints_unlinked,
            "survey_invitations": report.survey_invitations,
        },
    )
    return report

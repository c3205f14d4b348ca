"""The transparency report (issue 6, DESIGN §2.5): what the practice did with patients'
data over a period, in figures a waiting room can read, with no personal data.

:func:`compute` reads aggregates only (counts, medians, shares): no query
selects a name, a phone, an e-mail or a free text, so nothing personal can
reach the PDF.  The period is whole local days at the practice; every figure
is "as known at the end of the period", so a report made again later for the
same period says the same thing (a request answered after the period's last
day counts as not answered yet).

How each figure is counted is printed with it (:data:`WORDS` ``how_*``):

- messages: those that reached an end in the period (left, failed, stopped),
  by when that happened (``sent_at``, else the last change).  *Sent* means the
  e-mail server or the SMS gateway accepted it, the letter was printed or
  posted, the call was answered or a voicemail left: Relais gets no delivery
  receipts, so it does not claim delivery.  *Undeliverable* is an e-mail
  address the server refused or a wrong number; *failed* is the rest that did
  not go (the gateway refused it, too late to be useful, three calls
  unanswered); *unsure* is a message a crash left unknown; *stopped* is one
  called back before it left (appointment cancelled, consent withdrawn).
- consents: the ledger's events recorded in the period, by purpose (an
  objection without a purpose is to every consent-based purpose).
- requests and complaints: those received in the period; the median days to
  answer (or acknowledge) among those answered by its end; the share on time
  among those already judged (answered, or past their deadline unanswered).
  A request's deadline is the one in force: one month, or the extension
  decided with its reason (GDPR Art. 12(3)).
- security: from the audit log (``login``, ``login.failed``,
  ``backup.created``, ``integrity.checked``) and the audit chain checked
  when the report is made.  A wrong password at the opening screen cannot
  be written to the (still locked) database: the next sign-in records how
  many came before it (``failed_attempts_before``), so failed sign-ins are
  ``login.failed`` events plus those counts, less the failures the log
  already holds.
- the privacy notice: the version in force at the end of the period (the
  last published before it ends), and the versions it replaced during the
  period (the one in force on its first day, then any published in it).
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit, complaints
from app.clock import Clock
from app.errors import FieldError, ValidationError
from app.settings import PracticeSettings, load_practice
from app.version import pdf_creator
from db.models import (
    AuditEvent,
    CallOutcome,
    Channel,
    Complaint,
    ComplaintCategory,
    ConsentEvent,
    ConsentKind,
    ConsentMethod,
    Message,
    MessageStatus,
    PrivacyNotice,
    Purpose,
    RequestKind,
    RightsRequest,
)

LANGUAGES = ("fr", "en")
# The longest period a report covers: a few years still read as one table.
LONGEST_PERIOD = relativedelta(years=5)
# Audit actions the security section counts (app.auth, app.maintenance).
SIGN_IN = "login"
SIGN_IN_FAILED = "login.failed"
BACKUP = "backup.created"
INTEGRITY_CHECK = "integrity.checked"
# Where a message ended, as the report counts it (see the module's docstring).
SENT, FAILED, UNDELIVERABLE, UNSURE, STOPPED = (
    "sent",
    "failed",
    "undeliverable",
    "unsure",
    "stopped",
)
OUTCOMES = (SENT, FAILED, UNDELIVERABLE, UNSURE, STOPPED)
_ENDED = (
    MessageStatus.SENT,
    MessageStatus.PRINTED,
    MessageStatus.POSTED,
    MessageStatus.CALLED,
    MessageStatus.FAILED,
    MessageStatus.EXPIRED,
    MessageStatus.UNKNOWN,
    MessageStatus.CANCELLED,
)
# Requests the report always shows, even at zero: the two patients ask most about.
ALWAYS_SHOWN = (RequestKind.ACCESS, RequestKind.ERASURE)


# -- the period ----------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """Whole local days at the practice, both ends included."""

    first_day: date
    last_day: date

    def __post_init__(self) -> None:
        errors = []
        if self.last_day < self.first_day:
            errors.append(FieldError("to", "the period ends before it starts", "order"))
        elif self.last_day >= self.first_day + LONGEST_PERIOD:
            errors.append(FieldError("to", "a report covers at most five years", "too_long"))
        if errors:
            raise ValidationError(errors)

    @classmethod
    def last_full_quarter(cls, today: date) -> Period:
        """The calendar quarter before the one ``today`` is in: the default report.

        A quarter is long enough for the figures to mean something, short enough
        to be news, and whole, so two reports compare like with like.
        """
        this_quarter = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        return cls(this_quarter - relativedelta(months=3), this_quarter - timedelta(days=1))

    def bounds(self, zone: tzinfo) -> tuple[datetime, datetime]:
        """The period as UTC instants [start, end)."""
        start = datetime.combine(self.first_day, time(0), zone)
        end = datetime.combine(self.last_day + timedelta(days=1), time(0), zone)
        return start.astimezone(UTC), end.astimezone(UTC)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first_day <= day <= self.last_day


# -- the figures ---------------------------------------------------------------------


@dataclass(frozen=True)
class PurposeName:
    code: str
    name_fr: str
    name_en: str

    def in_language(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_fr


@dataclass(frozen=True)
class MessageRow:
    """Messages of one purpose on one channel that ended in the period, by how."""

    purpose: PurposeName
    channel: Channel
    counts: Mapping[str, int]  # by OUTCOMES

    def count(self, outcome: str) -> int:
        return self.counts.get(outcome, 0)


@dataclass(frozen=True)
class ConsentRow:
    """Consent events of one purpose (None: every consent-based purpose) in the period."""

    purpose: PurposeName | None
    given: int = 0
    refused: int = 0
    withdrawn: int = 0
    objected: int = 0


@dataclass(frozen=True)
class Deadlines:
    """How fast something was done against its deadline, as known at the period's end.

    Attributes:
        received: how many came in the period.
        done: how many of them were done (answered, acknowledged) by its end.
        median_days: the median of the days it took, among ``done``; None without any.
        on_time: how many were done by their deadline.
        judged: ``done`` plus those still not done whose deadline had passed.
    """

    received: int = 0
    done: int = 0
    median_days: float | None = None
    on_time: int = 0
    judged: int = 0

    @property
    def share_on_time(self) -> float | None:
        return self.on_time / self.judged if self.judged else None


@dataclass(frozen=True)
class ComplaintFigures:
    by_category: Mapping[ComplaintCategory, int]
    acknowledged: Deadlines
    answered: Deadlines

    @property
    def received(self) -> int:
        return sum(self.by_category.values())


@dataclass(frozen=True)
class SecurityFigures:
    sign_ins: int
    failed_sign_ins: int
    backups: int
    last_backup_at: datetime | None
    integrity_checks: int
    # The audit chain as checked when the report was made.
    audit_events_checked: int
    audit_chain_intact: bool


@dataclass(frozen=True)
class NoticeInForce:
    """The privacy notice in force at the end of the period (the report's "as known at its end").

    Attributes:
        replaced: the versions in force earlier in the same period, oldest first
            (the one in force on its first day, then any published during it), so a
            patient who read the old one in the waiting room sees it was replaced.
    """

    version: str
    published_at: datetime
    replaced: tuple[str, ...] = ()


@dataclass(frozen=True)
class TransparencyFigures:
    """Everything the report says, and nothing about any one patient."""

    period: Period
    made_at: datetime
    messages: tuple[MessageRow, ...]
    consents: tuple[ConsentRow, ...]
    sms_stops: int  # withdrawals by replying STOP, among ``withdrawn``
    requests: Mapping[RequestKind, Deadlines]
    complaints: ComplaintFigures
    security: SecurityFigures
    notice: NoticeInForce | None
    purposes: tuple[PurposeName, ...] = field(default=())

    def messages_by_channel(self) -> dict[Channel, Counter[str]]:
        totals: dict[Channel, Counter[str]] = {channel: Counter() for channel in Channel}
        for row in self.messages:
            totals[row.channel].update(row.counts)
        return totals

    def sent(self, channel: Channel | None = None) -> int:
        return sum(
            row.count(SENT) for row in self.messages if channel is None or row.channel is channel
        )

    def consent_total(self, kind: str) -> int:
        return sum(getattr(row, kind) for row in self.consents)


def compute(session: Session, clock: Clock, period: Period) -> TransparencyFigures:
    """The report's figures for ``period``; reads only (the caller's session may be read-only)."""
    practice = load_practice(session)
    start, end = period.bounds(practice.zone())
    purposes = {
        pid: PurposeName(code, fr, en)
        for pid, code, fr, en in session.execute(
            select(Purpose.id, Purpose.code, Purpose.name_fr, Purpose.name_en).order_by(
                Purpose.position, Purpose.id
            )
        )
    }
    consents, stops = _consents(session, start, end, purposes)
    return TransparencyFigures(
        period=period,
        made_at=clock.now(),
        messages=_messages(session, start, end, purposes),
        consents=consents,
        sms_stops=stops,
        requests=_requests(session, period),
        complaints=_complaints(session, period),
        security=_security(session, start, end),
        notice=_notice(session, start, end),
        purposes=tuple(purposes.values()),
    )


def _messages(
    session: Session, start: datetime, end: datetime, purposes: Mapping[int, PurposeName]
) -> tuple[MessageRow, ...]:
    ended_at = func.coalesce(Message.sent_at, Message.updated_at)
    counts: dict[tuple[int, Channel], Counter[str]] = defaultdict(Counter)
    for purpose_id, channel, status, call_outcome, count in session.execute(
        select(
            Message.purpose_id, Message.channel, Message.status, Message.call_outcome, func.count()
        )
        .where(Message.status.in_(_ENDED), ended_at >= start, ended_at < end)
        .group_by(Message.purpose_id, Message.channel, Message.status, Message.call_outcome)
    ):
        counts[(purpose_id, channel)][_outcome(channel, status, call_outcome)] += count
    order = {pid: index for index, pid in enumerate(purposes)}
    channels = list(Channel)
    return tuple(
        MessageRow(purposes[pid], channel, dict(found))
        for (pid, channel), found in sorted(
            counts.items(), key=lambda item: (order[item[0][0]], channels.index(item[0][1]))
        )
    )


def _outcome(channel: Channel, status: MessageStatus, call_outcome: CallOutcome | None) -> str:
    if status is MessageStatus.CALLED:
        # Three calls unanswered leave the list as "called", with no one reached.
        return FAILED if call_outcome is CallOutcome.NO_ANSWER else SENT
    if status in (MessageStatus.SENT, MessageStatus.PRINTED, MessageStatus.POSTED):
        return SENT
    if status is MessageStatus.FAILED:
        # The dispatcher marks a refused e-mail address bounced; a wrong number is one too.
        refused = channel is Channel.EMAIL or call_outcome is CallOutcome.WRONG_NUMBER
        return UNDELIVERABLE if refused else FAILED
    if status is MessageStatus.EXPIRED:
        return FAILED
    if status is MessageStatus.UNKNOWN:
        return UNSURE
    return STOPPED


def _consents(
    session: Session, start: datetime, end: datetime, purposes: Mapping[int, PurposeName]
) -> tuple[tuple[ConsentRow, ...], int]:
    counts: dict[int | None, Counter[ConsentKind]] = defaultdict(Counter)
    stops = 0
    for purpose_id, kind, method, count in session.execute(
        select(ConsentEvent.purpose_id, ConsentEvent.kind, ConsentEvent.method, func.count())
        .where(ConsentEvent.recorded_at >= start, ConsentEvent.recorded_at < end)
        .group_by(ConsentEvent.purpose_id, ConsentEvent.kind, ConsentEvent.method)
    ):
        counts[purpose_id][kind] += count
        if kind is ConsentKind.WITHDRAWN and method is ConsentMethod.SMS_STOP:
            stops += count
    keys: list[int | None] = [pid for pid in purposes if pid in counts]
    if None in counts:
        keys.append(None)
    return (
        tuple(
            ConsentRow(
                purposes[pid] if pid is not None else None,
                given=counts[pid][ConsentKind.GRANTED],
                refused=counts[pid][ConsentKind.REFUSED],
                withdrawn=counts[pid][ConsentKind.WITHDRAWN],
                objected=counts[pid][ConsentKind.OBJECTED],
            )
            for pid in keys
        ),
        stops,
    )


def deadlines(items: Iterable[tuple[date, date, date | None]], last_day: date) -> Deadlines:
    """``(received, deadline, done)`` triples as known on ``last_day``."""
    received = 0
    days: list[int] = []
    on_time = late_undone = 0
    for received_on, deadline, done_on in items:
        received += 1
        if done_on is not None and done_on <= last_day:
            days.append((done_on - received_on).days)
            on_time += done_on <= deadline
        elif deadline < last_day:
            late_undone += 1
    return Deadlines(
        received=received,
        done=len(days),
        median_days=float(statistics.median(days)) if days else None,
        on_time=on_time,
        judged=len(days) + late_undone,
    )


def _requests(session: Session, period: Period) -> dict[RequestKind, Deadlines]:
    found: dict[RequestKind, list[tuple[date, date, date | None]]] = defaultdict(list)
    for kind, received_on, due_on, extended_to, answered_on in session.execute(
        select(
            RightsRequest.kind,
            RightsRequest.received_on,
            RightsRequest.due_on,
            RightsRequest.extended_to,
            RightsRequest.answered_on,
        ).where(
            RightsRequest.received_on >= period.first_day,
            RightsRequest.received_on <= period.last_day,
        )
    ):
        found[kind].append((received_on, extended_to or due_on, answered_on))
    return {
        kind: deadlines(found[kind], period.last_day)
        for kind in RequestKind
        if kind in found or kind in ALWAYS_SHOWN
    }


def _complaints(session: Session, period: Period) -> ComplaintFigures:
    rows = session.execute(
        select(
            Complaint.category,
            Complaint.received_on,
            Complaint.acknowledge_by,
            Complaint.acknowledged_on,
            Complaint.answer_by,
            Complaint.answered_on,
        ).where(
            Complaint.received_on >= period.first_day,
            Complaint.received_on <= period.last_day,
            complaints.counted(),  # a duplicate voided is not a second complaint
        )
    ).all()
    by_category = Counter(row.category for row in rows)
    return ComplaintFigures(
        by_category={c: by_category[c] for c in ComplaintCategory if by_category[c]},
        acknowledged=deadlines(
            ((r.received_on, r.acknowledge_by, r.acknowledged_on) for r in rows), period.last_day
        ),
        answered=deadlines(
            ((r.received_on, r.answer_by, r.answered_on) for r in rows), period.last_day
        ),
    )


def _security(session: Session, start: datetime, end: datetime) -> SecurityFigures:
    in_period = (AuditEvent.at >= start, AuditEvent.at < end)
    sign_ins = failed = 0
    logged_failures: Counter[str] = Counter()
    for username, action, details in session.execute(
        select(AuditEvent.username, AuditEvent.action, AuditEvent.details)
        .where(AuditEvent.action.in_((SIGN_IN, SIGN_IN_FAILED)), *in_period)
        .order_by(AuditEvent.id)
    ):
        if action == SIGN_IN_FAILED:
            failed += 1
            logged_failures[username] += 1
            continue
        sign_ins += 1
        before = details.get("failed_attempts_before") if isinstance(details, dict) else 0
        failed += max(0, int(before or 0) - logged_failures.pop(username, 0))
    counts = dict(
        session.execute(
            select(AuditEvent.action, func.count())
            .where(AuditEvent.action.in_((BACKUP, INTEGRITY_CHECK)), *in_period)
            .group_by(AuditEvent.action)
        ).all()
    )
    last_backup = session.scalar(
        select(func.max(AuditEvent.at)).where(AuditEvent.action == BACKUP, *in_period)
    )
    chain = audit.verify_chain(session)
    return SecurityFigures(
        sign_ins=sign_ins,
        failed_sign_ins=failed,
        backups=counts.get(BACKUP, 0),
        last_backup_at=last_backup,
        integrity_checks=counts.get(INTEGRITY_CHECK, 0),
        audit_events_checked=chain.events_checked,
        audit_chain_intact=chain.intact,
    )


def _notice(session: Session, start: datetime, end: datetime) -> NoticeInForce | None:
    rows = session.execute(
        select(PrivacyNotice.version, PrivacyNotice.published_at)
        .where(PrivacyNotice.published_at < end)
        .order_by(PrivacyNotice.published_at, PrivacyNotice.id)
    ).all()
    if not rows:
        return None
    *earlier, last = rows
    replaced: tuple[str, ...] = ()
    if last.published_at >= start:
        # The one in force when the period began, then every one published during it.
        in_force_at_start = [row for row in earlier if row.published_at < start][-1:]
        during = [row for row in earlier if row.published_at >= start]
        replaced = tuple(row.version for row in (*in_force_at_start, *during))
    return NoticeInForce(last.version, last.published_at, replaced)


# -- the words -------------------------------------------------------------------------

WORDS: dict[str, dict[str, Any]] = {
    "fr": {
        "title": "Rapport de transparence",
        "period": "Du {first} au {last}",
        "intro": (
            "Ce que notre cabinet a fait de vos données pendant cette période, en chiffres. "
            "Aucun patient n’y est nommé : ce ne sont que des totaux."
        ),
        "messages": "Les messages que nous avons envoyés",
        "messages_sentence": (
            "Messages partis : {total} (SMS : {sms} ; e-mails : {email} ; courriers : {letter} ; "
            "appels : {phone})."
        ),
        "no_messages": "Aucun message n’est parti pendant cette période.",
        "purpose": "Finalité",
        "total": "Total",
        "channels": {"sms": "SMS", "email": "E-mail", "letter": "Courrier", "phone": "Appel"},
        "by_channel": "Ce qu’ils sont devenus",
        "outcomes": {
            SENT: "Partis",
            FAILED: "Échoués",
            UNDELIVERABLE: "Adresse ou numéro erronés",
            UNSURE: "Incertains",
            STOPPED: "Arrêtés avant le départ",
        },
        "channel": "Moyen",
        "consents": "Vos choix",
        "consents_sentence": (
            "Consentements donnés : {given} ; retirés : {withdrawn}, dont {stops} par une "
            "réponse STOP à un SMS ; refusés : {refused}. Oppositions : {objected}."
        ),
        "every_purpose": "Toutes les finalités soumises à consentement",
        "consent_columns": ["Donnés", "Refusés", "Retirés", "Oppositions"],
        "no_consents": "Aucun choix n’a été enregistré pendant cette période.",
        "requests": "Vos droits sur vos données",
        "request_kinds": {
            "access": "Accès",
            "rectification": "Rectification",
            "erasure": "Effacement",
            "restriction": "Limitation",
            "portability": "Portabilité",
            "objection": "Opposition",
        },
        "request_columns": ["Demande", "Reçues", "Répondues", "Délai médian", "Dans le délai"],
        "requests_sentence": (
            "Vous pouvez demander à voir, corriger ou effacer vos données : la loi nous donne "
            "un mois pour répondre."
        ),
        "complaints": "Vos réclamations",
        "complaints_sentence": "Réclamations reçues : {count}.",
        "no_complaints": "Aucune réclamation reçue pendant cette période.",
        "categories": {
            "reception": "Accueil",
            "waiting": "Attente, prise de rendez-vous",
            "communication": "Communication",
            "care": "Soins",
            "messages": "Rappels et courriers",
            "data": "Données personnelles",
            "billing": "Facturation",
            "premises": "Locaux, accessibilité",
            "other": "Autre",
        },
        "category": "Sujet",
        "count": "Nombre",
        "complaint_steps": ["Étape", "Faites", "Délai médian", "Dans le délai"],
        "acknowledged": "Accusé de réception",
        "answered": "Réponse",
        "security": "Sécurité",
        "failed_sign_ins": "Connexions refusées (mauvais mot de passe) : {count}.",
        "backups": "Sauvegardes chiffrées faites : {count}.",
        "last_backup": "Sauvegardes chiffrées faites : {count} (la dernière le {day}).",
        "integrity": "Vérifications d’intégrité enregistrées : {count}.",
        "chain_ok": (
            "Journal des accès vérifié à la création de ce rapport : intact ({count} événements)."
        ),
        "chain_broken": (
            "Journal des accès vérifié à la création de ce rapport : une anomalie a été "
            "trouvée et est en cours d’examen."
        ),
        "notice": "Notre notice d’information",
        "notice_in_force": (
            "Version en vigueur à la fin de la période : {version}, publiée le {day}."
        ),
        "notice_replaced": "Elle a remplacé pendant la période la version {versions}.",
        "notice_replaced_many": "Elle a remplacé pendant la période les versions {versions}.",
        "no_notice": "Aucune notice d’information n’était enregistrée à la fin de la période.",
        "how": "Comment nous comptons",
        "how_messages": (
            "Un message compte quand il a fini son parcours pendant la période. « Parti » : "
            "le serveur d’e-mail ou la passerelle SMS l’a accepté, le courrier a été imprimé, "
            "l’appel a abouti ou un message vocal a été laissé. Nous ne recevons pas d’accusé "
            "de réception. « Arrêté avant le départ » : rendez-vous annulé ou consentement "
            "retiré entre-temps."
        ),
        "how_consents": (
            "Chaque choix enregistré compte une fois ; un même patient peut en faire plusieurs."
        ),
        "how_deadlines": (
            "Demandes et réclamations reçues pendant la période. Le délai médian compte les "
            "jours entre la réception et la réponse ; « dans le délai » se rapporte à celles "
            "déjà répondues ou dont le délai était dépassé à la fin de la période "
            "(demandes : un mois, prolongeable de deux mois avec un motif)."
        ),
        "how_security": (
            "Chiffres tirés du journal des accès, qui ne peut être ni modifié ni effacé."
        ),
        "days": "{n} j",
        "none": "—",
        "contact": "Une question ? Adressez-vous à l’accueil{contact}.",
        "contact_by": " ou contactez-nous : {how}",
        "cnil": (
            "Vous pouvez aussi saisir la CNIL (www.cnil.fr), l’autorité de protection des données."
        ),
        "made": "Rapport établi le {day} par Relais.",
    },
    "en": {
        "title": "Transparency report",
        "period": "From {first} to {last}",
        "intro": (
            "What our practice did with your data during this period, in figures. "
            "No patient is named: these are totals only."
        ),
        "messages": "The messages we sent",
        "messages_sentence": (
            "Messages sent: {total} (text messages: {sms}; e-mails: {email}; letters: {letter}; "
            "phone calls: {phone})."
        ),
        "no_messages": "No message went out during this period.",
        "purpose": "Purpose",
        "total": "Total",
        "channels": {"sms": "SMS", "email": "E-mail", "letter": "Letter", "phone": "Call"},
        "by_channel": "What became of them",
        "outcomes": {
            SENT: "Sent",
            FAILED: "Failed",
            UNDELIVERABLE: "Wrong address or number",
            UNSURE: "Unsure",
            STOPPED: "Stopped before leaving",
        },
        "channel": "Channel",
        "consents": "Your choices",
        "consents_sentence": (
            "Consents given: {given}; withdrawn: {withdrawn}, of which {stops} by replying STOP "
            "to a text message; refused: {refused}. Objections: {objected}."
        ),
        "every_purpose": "Every purpose that needs consent",
        "consent_columns": ["Given", "Refused", "Withdrawn", "Objections"],
        "no_consents": "No choice was recorded during this period.",
        "requests": "Your rights over your data",
        "request_kinds": {
            "access": "Access",
            "rectification": "Rectification",
            "erasure": "Erasure",
            "restriction": "Restriction",
            "portability": "Portability",
            "objection": "Objection",
        },
        "request_columns": ["Request", "Received", "Answered", "Median time", "On time"],
        "requests_sentence": (
            "You may ask to see, correct or erase your data: the law gives us one month to answer."
        ),
        "complaints": "Your complaints",
        "complaints_sentence": "Complaints received: {count}.",
        "no_complaints": "No complaint received during this period.",
        "categories": {
            "reception": "Reception",
            "waiting": "Waiting, getting an appointment",
            "communication": "Communication",
            "care": "Care",
            "messages": "Reminders and letters",
            "data": "Personal data",
            "billing": "Billing",
            "premises": "Premises, access",
            "other": "Other",
        },
        "category": "Subject",
        "count": "Number",
        "complaint_steps": ["Step", "Done", "Median time", "On time"],
        "acknowledged": "Acknowledgement",
        "answered": "Answer",
        "security": "Security",
        "failed_sign_ins": "Sign-ins refused (wrong password): {count}.",
        "backups": "Encrypted backups made: {count}.",
        "last_backup": "Encrypted backups made: {count} (the last on {day}).",
        "integrity": "Integrity checks recorded: {count}.",
        "chain_ok": "Access log checked when this report was made: intact ({count} events).",
        "chain_broken": (
            "Access log checked when this report was made: an anomaly was found and is "
            "being looked into."
        ),
        "notice": "Our privacy notice",
        "notice_in_force": (
            "Version in force at the end of the period: {version}, published on {day}."
        ),
        "notice_replaced": "During the period it replaced version {versions}.",
        "notice_replaced_many": "During the period it replaced versions {versions}.",
        "no_notice": "No privacy notice had been recorded by the end of the period.",
        "how": "How we count",
        "how_messages": (
            "A message counts when it finished its course during the period. “Sent”: the "
            "e-mail server or the SMS gateway accepted it, the letter was printed, the call "
            "was answered or a voicemail left. We get no delivery receipts. “Stopped before "
            "leaving”: the appointment was cancelled or the consent withdrawn meanwhile."
        ),
        "how_consents": "Each recorded choice counts once; one patient may make several.",
        "how_deadlines": (
            "Requests and complaints received during the period. The median time counts the "
            "days from receipt to answer; “on time” is among those already answered or past "
            "their deadline at the end of the period (requests: one month, extendable by two "
            "with a reason)."
        ),
        "how_security": "Figures from the access log, which can be neither changed nor erased.",
        "days": "{n} d",
        "none": "—",
        "contact": "Any question? Ask at the desk{contact}.",
        "contact_by": " or contact us: {how}",
        "cnil": (
            "You may also complain to the CNIL (www.cnil.fr), the French data-protection authority."
        ),
        "made": "Report made on {day} by Relais.",
    },
}


def words_for(language: str) -> dict[str, Any]:
    if language not in WORDS:
        raise ValidationError([FieldError("language", "fr or en", "language")])
    return WORDS[language]


def day_text(day: date, language: str) -> str:
    from babel.dates import format_date

    return str(format_date(day, "d MMMM y", locale="en_GB" if language == "en" else "fr_FR"))


def share_text(share: float | None, language: str) -> str:
    if share is None:
        return str(WORDS[language]["none"])
    percent = round(share * 100)
    return f"{percent}\u202f%" if language == "fr" else f"{percent}%"


def days_text(days: float | None, language: str) -> str:
    if days is None:
        return str(WORDS[language]["none"])
    number = f"{days:g}" if language == "en" else f"{days:g}".replace(".", ",")
    return str(WORDS[language]["days"].format(n=number))


# -- the PDF --------------------------------------------------------------------------


def write_transparency_report(
    path: Path,
    session: Session,
    clock: Clock,
    period: Period,
    language: str = "fr",
) -> TransparencyFigures:
    """Compute the figures for ``period`` and write them as an A4 PDF; returns them."""
    words = words_for(language)
    figures = compute(session, clock, period)
    practice = load_practice(session)
    build = DocumentParts(language)
    from reportlab.platypus import KeepTogether

    story = [
        *build.header(practice),
        build.paragraph(words["title"], "title"),
        build.paragraph(
            words["period"].format(
                first=day_text(period.first_day, language),
                last=day_text(period.last_day, language),
            ),
            "head",
        ),
        build.paragraph(words["intro"]),
        # A section's title never ends a page without its figures.
        *(
            KeepTogether(part)
            for part in (
                _messages_part(build, figures),
                _consents_part(build, figures),
                _requests_part(build, figures),
                _complaints_part(build, figures),
                _security_part(build, figures, practice),
                _notice_part(build, figures, practice),
                _how_part(build),
                _contact_part(build, practice, figures),
            )
        ),
    ]
    build.write(Path(path), f"{words['title']} — {practice.name}", story)
    return figures


class DocumentParts:
    """Paragraphs and small tables in the shared look (:mod:`app.pdf_layout`), escaped.

    Shared with :mod:`app.processing_record`, the other register the practice prints.
    """

    def __init__(self, language: str) -> None:
        from reportlab.lib.styles import ParagraphStyle

        from app.pdf_layout import styles

        self.language = language
        self.styles = styles()
        self.styles["note"] = ParagraphStyle(
            "note", parent=self.styles["small"], spaceAfter=4, bulletIndent=0
        )

    def header(self, practice: PracticeSettings) -> list[Any]:
        from app.pdf_layout import practice_header

        town = f"{practice.postcode} {practice.city}".strip()
        return list(
            practice_header(
                self.styles, practice.name, practice.street, town, practice.phone, practice.email
            )
        )

    def paragraph(self, text: str, role: str = "body") -> Any:
        from reportlab.platypus import Paragraph

        return Paragraph(escape(text), self.styles[role])

    def section(self, text: str) -> Any:
        return self.paragraph(text, "head")

    def table(
        self,
        header: Sequence[str] | None,
        rows: Sequence[Sequence[str | int]],
        widths_mm: Sequence[float],
        *,
        total: Sequence[str | int] | None = None,
        align_numbers: bool = True,
    ) -> Any:
        """A small table: a bold header row (if any), the columns after the first on the
        right when they hold figures (``align_numbers``), a bold total if given."""
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import Paragraph, Table, TableStyle

        from app.pdf_fonts import SANS, SANS_BOLD

        plain = self.styles["small"]
        bold_style = ParagraphStyle("small_bold", parent=plain, fontName=SANS_BOLD)
        kinds = {
            (False, False): plain,
            (False, True): ParagraphStyle("small_right", parent=plain, alignment=TA_RIGHT),
            (True, False): bold_style,
            (True, True): ParagraphStyle("small_bold_right", parent=bold_style, alignment=TA_RIGHT),
        }

        def line(values: Sequence[str | int], bold: bool = False) -> list[Any]:
            # Words on the left, figures on the right, where a column of numbers reads.
            return [
                Paragraph(escape(str(value)), kinds[(bold, align_numbers and column > 0)])
                for column, value in enumerate(values)
            ]

        cells = [line(header, bold=True)] if header is not None else []
        cells += [line(row) for row in rows]
        if total is not None:
            cells.append(line(total, bold=True))
        table = Table(
            cells,
            colWidths=[w * mm for w in widths_mm],
            hAlign="LEFT",
            repeatRows=1 if header is not None else 0,
        )
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), SANS, 9),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        if header is not None:
            commands += [
                ("FONT", (0, 0), (-1, 0), SANS_BOLD, 9),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ]
        else:
            commands.append(("VALIGN", (0, 0), (-1, -1), "TOP"))
        if total is not None:
            commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black))
        table.setStyle(TableStyle(commands))
        return table

    def write(self, path: Path, title: str, story: list[Any]) -> None:
        """An A4 document with the shared margins, "title · page x / y" at every foot.

        Not :func:`app.pdf_layout.build_a4`: its canvas starts in Helvetica, which
        every PDF then names without embedding it; this one starts in DejaVu.
        """
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        from reportlab.platypus import SimpleDocTemplate

        from app.pdf_fonts import SANS
        from app.pdf_layout import FOOTER_FONT_SIZE, SIDE_MARGIN_MM, canvas_knowing_page_count

        width, _height = A4

        def footer(canvas: Any, number: int, total: int) -> None:
            canvas.setFont(SANS, FOOTER_FONT_SIZE)
            canvas.setFillColor(colors.grey)
            canvas.drawString(SIDE_MARGIN_MM * mm, 10 * mm, title)
            canvas.drawRightString(width - SIDE_MARGIN_MM * mm, 10 * mm, f"page {number} / {total}")

        document = SimpleDocTemplate(
            str(path),
            creator=pdf_creator(),
            pagesize=A4,
            title=title,
            author="Relais",
            lang=self.language,
            leftMargin=SIDE_MARGIN_MM * mm,
            rightMargin=SIDE_MARGIN_MM * mm,
            bottomMargin=20 * mm,
            initialFontName=SANS,
        )
        document.build(story, canvasmaker=canvas_knowing_page_count(footer))

    def gap(self, height_mm: float = 3) -> Any:
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer

        return Spacer(1, height_mm * mm)


def _messages_part(build: DocumentParts, figures: TransparencyFigures) -> list[Any]:
    words, language = WORDS[build.language], build.language
    story = [build.section(words["messages"])]
    if not figures.messages:
        return [*story, build.paragraph(words["no_messages"])]
    story.append(
        build.paragraph(
            words["messages_sentence"].format(
                total=figures.sent(), **{c.value: figures.sent(c) for c in Channel}
            )
        )
    )
    by_purpose: dict[str, dict[Channel, int]] = {}
    names: dict[str, str] = {}
    for row in figures.messages:
        names[row.purpose.code] = row.purpose.in_language(language)
        by_purpose.setdefault(row.purpose.code, Counter())[row.channel] += row.count(SENT)
    rows: list[list[str | int]] = [
        [names[code], *(counts.get(c, 0) for c in Channel), sum(counts.values())]
        for code, counts in by_purpose.items()
    ]
    totals = [words["total"], *(figures.sent(c) for c in Channel), figures.sent()]
    story.append(
        build.table(
            [words["purpose"], *(words["channels"][c.value] for c in Channel), words["total"]],
            rows,
            [64, 20, 20, 22, 20, 20],
            total=totals,
        )
    )
    story += [build.gap(), build.paragraph(words["by_channel"], "body")]
    by_channel = figures.messages_by_channel()
    channel_rows: list[list[str | int]] = [
        [words["channels"][c.value], *(by_channel[c][o] for o in OUTCOMES)]
        for c in Channel
        if sum(by_channel[c].values())
    ]
    story.append(
        build.table(
            [words["channel"], *(words["outcomes"][o] for o in OUTCOMES)],
            channel_rows,
            [26, 24, 24, 36, 26, 38],
        )
    )
    return story


def _consents_part(build: DocumentParts, figures: TransparencyFigures) -> list[Any]:
    words, language = WORDS[build.language], build.language
    story = [build.section(words["consents"])]
    if not figures.consents:
        return [*story, build.paragraph(words["no_consents"])]
    story.append(
        build.paragraph(
            words["consents_sentence"].format(
                given=figures.consent_total("given"),
                withdrawn=figures.consent_total("withdrawn"),
                stops=figures.sms_stops,
                refused=figures.consent_total("refused"),
                objected=figures.consent_total("objected"),
            )
        )
    )
    rows: list[list[str | int]] = [
        [
            row.purpose.in_language(language) if row.purpose else words["every_purpose"],
            row.given,
            row.refused,
            row.withdrawn,
            row.objected,
        ]
        for row in figures.consents
    ]
    totals = [
        words["total"],
        *(figures.consent_total(k) for k in ("given", "refused", "withdrawn", "objected")),
    ]
    story.append(
        build.table(
            [words["purpose"], *words["consent_columns"]], rows, [74, 24, 24, 24, 28], total=totals
        )
    )
    return story


def _requests_part(build: DocumentParts, figures: TransparencyFigures) -> list[Any]:
    words, language = WORDS[build.language], build.language
    rows: list[list[str | int]] = [
        [
            words["request_kinds"][kind.value],
            found.received,
            found.done,
            days_text(found.median_days, language),
            share_text(found.share_on_time, language),
        ]
        for kind, found in figures.requests.items()
    ]
    return [
        build.section(words["requests"]),
        build.paragraph(words["requests_sentence"]),
        build.table(words["request_columns"], rows, [44, 28, 28, 34, 34]),
    ]


def _complaints_part(build: DocumentParts, figures: TransparencyFigures) -> list[Any]:
    words, language = WORDS[build.language], build.language
    complaints = figures.complaints
    story = [build.section(words["complaints"])]
    if not complaints.received:
        return [*story, build.paragraph(words["no_complaints"])]
    story.append(build.paragraph(words["complaints_sentence"].format(count=complaints.received)))
    rows: list[list[str | int]] = [
        [words["categories"][category.value], count]
        for category, count in complaints.by_category.items()
    ]
    story.append(
        build.table(
            [words["category"], words["count"]],
            rows,
            [74, 24],
            total=[words["total"], complaints.received],
        )
    )
    story.append(build.gap())
    steps: list[list[str | int]] = [
        [
            words[name],
            found.done,
            days_text(found.median_days, language),
            share_text(found.share_on_time, language),
        ]
        for name, found in (
            ("acknowledged", complaints.acknowledged),
            ("answered", complaints.answered),
        )
    ]
    story.append(build.table(words["complaint_steps"], steps, [50, 24, 34, 34]))
    return story


def _security_part(
    build: DocumentParts, figures: TransparencyFigures, practice: PracticeSettings
) -> list[Any]:
    words, language = WORDS[build.language], build.language
    security = figures.security
    if security.last_backup_at is None:
        backups = words["backups"].format(count=security.backups)
    else:
        day = security.last_backup_at.astimezone(practice.zone()).date()
        backups = words["last_backup"].format(count=security.backups, day=day_text(day, language))
    chain = (
        words["chain_ok"].format(count=security.audit_events_checked)
        if security.audit_chain_intact
        else words["chain_broken"]
    )
    return [
        build.section(words["security"]),
        build.paragraph(words["failed_sign_ins"].format(count=security.failed_sign_ins)),
        build.paragraph(backups),
        build.paragraph(words["integrity"].format(count=security.integrity_checks)),
        build.paragraph(chain),
    ]


def _notice_part(
    build: DocumentParts, figures: TransparencyFigures, practice: PracticeSettings
) -> list[Any]:
    words, language = WORDS[build.language], build.language
    notice = figures.notice
    if notice is None:
        text = words["no_notice"]
    else:
        day = notice.published_at.astimezone(practice.zone()).date()
        text = words["notice_in_force"].format(version=notice.version, day=day_text(day, language))
        if notice.replaced:
            key = "notice_replaced_many" if len(notice.replaced) > 1 else "notice_replaced"
            text += " " + words[key].format(versions=", ".join(notice.replaced))
    return [build.section(words["notice"]), build.paragraph(text)]


def _how_part(build: DocumentParts) -> list[Any]:
    words = WORDS[build.language]
    return [
        build.section(words["how"]),
        *(
            build.paragraph(words[key], "note")
            for key in ("how_messages", "how_consents", "how_deadlines", "how_security")
        ),
    ]


def _contact_part(
    build: DocumentParts, practice: PracticeSettings, figures: TransparencyFigures
) -> list[Any]:
    words, language = WORDS[build.language], build.language
    how = " · ".join(part for part in (practice.phone, practice.email) if part.strip())
    contact = words["contact_by"].format(how=how) if how else ""
    made = figures.made_at.astimezone(practice.zone()).date()
    return [
        build.gap(4),
        build.paragraph(words["contact"].format(contact=contact)),
        build.paragraph(words["cnil"]),
        build.paragraph(words["made"].format(day=day_text(made, language)), "small"),
    ]

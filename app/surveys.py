"""Satisfaction surveys (issue 6, item 1): who is asked, by which message, what they answered.

A survey is a short list of questions (:mod:`app.survey_form`: the Net Promoter
Score 0–10 first, then scales, choices and free text), stored once in both
languages as the ``definition`` of a :class:`~db.models.Survey` row.  A survey
whose questions change is a new survey, so an answer always refers to the words
the patient read.  The first time surveys are used, Relais creates the survey it
ships (:func:`app.survey_form.default_survey`, French and English).

**Asking.**  :func:`invite` adds, for each patient, a one-off reminder of the
purpose ``satisfaction_survey`` (through :func:`app.one_off.create`, as a
"rappeler" reminder is made), and a :class:`~db.models.SurveyRequest` saying
which survey it asks.  The planner then chooses the channel as for anything else:
the purpose is consent-based, so only a channel the patient agreed to, outside
their quiet hours, within their weekly and monthly caps.  When the outbox writes
the message, :func:`record_invitations` records the
:class:`~db.models.SurveyInvitation`: the patient, the survey, the message that
asks, its channel, and when it goes (``asked_at`` is the message's planned time).
A paper invitation is the survey form with its reply slip
(:func:`forms_for_letters` tells the print run which form each letter is).

**The frequency cap.**  A patient is asked at most once per ``cap_days`` (90 by
default, the ``surveys`` setting): counted from the last invitation whose
message went or will go (one that was cancelled or failed did not ask).  The
planner honours it (exclusion code ``survey_cap``), and so does :func:`invite`,
which says who it skipped and why before any reminder is made.

**Answers** come from the paper slip (its reference code, :func:`app.survey_form.
parse_reference`: a typo is caught by the check character), from a phone call
(the patient and the survey picked by hand, :func:`open_invitation`), or from a
CSV exported by an online form tool (:func:`import_answers`).  Each answer is
checked against its question (:func:`validate_answers`).  An answer goes to the
invitation it answers: the slip's code names the round (the patient's n-th
invitation to that survey), and a call opens a new invitation unless the latest
is still unanswered, so an answer months later never touches an earlier round's
answers nor counts in its month.  Keying in the same answers again changes
nothing (a re-import is idempotent); other answers to an answered invitation are
refused (:class:`AlreadyAnswered`, saying when and by whom) unless the caller
says to replace them: the same slip keyed in again with a fix.  A CSV row that
matches no invitation opens one marked ``opened_by_answer``: nobody asked.  What
a patient wrote never goes into the audit log: ids, the source and the question
keys only.

**Figures** for the trust dashboard: :func:`response_rates` (invitations answered
over invitations asked, by channel; those opened by an answer in neither),
:func:`nps` and :func:`nps_by_month` (by the day each invitation was answered).

The caller owns the transaction, as everywhere in ``app``.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from app import audit, consent, normalize, one_off, paper_settings, reminder_timing
from app.access import SYSTEM, Actor, Permission
from app.clock import Clock
from app.consent import PurposeView
from app.errors import FieldError, NotFound, RelaisError, ValidationError
from app.importers.patients_csv import RowError, decode, sniff_delimiter
from app.settings import load_practice
from app.survey_form import (
    LANGUAGES,
    ROUNDS_APART,
    ChoiceQuestion,
    InvalidReference,
    NpsQuestion,
    Question,
    ScaleQuestion,
    SurveyForm,
    SurveyReference,
    TextQuestion,
    default_survey,
    parse_reference,
    reference_code,
)
from app.tasks import Progress
from db.models import (
    Channel,
    Message,
    MessageStatus,
    PaperFormat,
    Patient,
    PatientStatus,
    Reminder,
    ReminderStatus,
    Setting,
    Survey,
    SurveyAnswer,
    SurveyInvitation,
    SurveyRequest,
)

PURPOSE = "satisfaction_survey"
SETTINGS_KEY = "surveys"
DEFAULT_CAP_DAYS = 90
CAP_RANGE = (7, 730)  # a week to two years
TEXT_LIMIT = 2000  # SurveyAnswer.text
NAME_LIMIT = 200  # Survey.name, and a form's title
INTRODUCTION_LIMIT = 1000
QUESTION_TEXT_LIMIT = 300
LABEL_LIMIT = 80  # a scale's end, a choice's option
OPTIONS_LIMIT = 10
QUESTIONS_LIMIT = 15
FORM_PAGES = 2  # standard print: one sheet, both sides
SAMPLE_NAME = {"fr": "Camille EXEMPLE", "en": "Alex SAMPLE"}
SAMPLE_ADDRESS = ("1 rue de l'Exemple", "75000 PARIS")  # after the name, as in the window
SOURCES = ("paper", "phone", "csv", "desk", "email", "sms")
# Messages that asked: whatever went or will go (as the planner's caps count them).
# A cancelled, failed or expired message asked nobody.
ASKING = (
    MessageStatus.PLANNED,
    MessageStatus.QUEUED,
    MessageStatus.SENDING,
    MessageStatus.SENT,
    MessageStatus.RETRY,
    MessageStatus.UNKNOWN,
    MessageStatus.PRINTED,
    MessageStatus.POSTED,
    MessageStatus.CALLED,
)
# NPS bands (Reichheld): 9–10 promoters, 7–8 passives, 0–6 detractors.
PROMOTER_FROM = 9
DETRACTOR_UP_TO = 6
# When an invitation made by invite() is due: the survey goes within the week.  The
# letter leaves as soon as the planner runs (its lead time, a week before, has passed)
# and has the post's days to arrive; the other channels go on the due day.
DUE_AFTER_POSTAL_DAYS = 2
DUE_LOCAL_TIME = time(18, 0)


class SurveyError(RelaisError):
    """Something about surveys that cannot be done as asked (e.g. no such survey)."""


# -- the definition: SurveyForm <-> JSON -------------------------------------------------------


def definition_of(forms: Mapping[str, SurveyForm]) -> dict[str, Any]:
    """The JSON kept in ``Survey.definition`` for a survey given in both languages.

    ``forms`` maps each language of :data:`~app.survey_form.LANGUAGES` to the
    form in that language; the forms must ask the same questions (keys, kinds,
    points, number of options) in the same order.  Raises ValueError otherwise.
    """
    missing = [language for language in LANGUAGES if language not in forms]
    if missing:
        raise ValueError(f"the survey needs its words in {', '.join(missing)} too")
    first = forms[LANGUAGES[0]]
    for language in LANGUAGES[1:]:
        other = forms[language]
        if [_shape(q) for q in other.questions] != [_shape(q) for q in first.questions]:
            raise ValueError(f"the {language} survey does not ask the same questions")
    questions = []
    for position, question in enumerate(first.questions):
        same = {language: forms[language].questions[position] for language in LANGUAGES}
        entry: dict[str, Any] = {
            "key": question.key,
            "kind": _kind(question),
            "text": {language: q.text for language, q in same.items()},
        }
        if isinstance(question, NpsQuestion | ScaleQuestion):
            entry["low_label"] = {lang: q.low_label for lang, q in same.items()}  # type: ignore[union-attr]
            entry["high_label"] = {lang: q.high_label for lang, q in same.items()}  # type: ignore[union-attr]
        if isinstance(question, ScaleQuestion):
            entry["points"] = question.points
        if isinstance(question, ChoiceQuestion):
            entry["options"] = {lang: list(q.options) for lang, q in same.items()}  # type: ignore[union-attr]
        if isinstance(question, TextQuestion):
            entry["lines"] = question.lines
        questions.append(entry)
    return {
        "title": {language: forms[language].title for language in LANGUAGES},
        "introduction": {language: forms[language].introduction for language in LANGUAGES},
        "questions": questions,
    }


def form_of(definition: Mapping[str, Any], language: str, survey_id: int = 0) -> SurveyForm:
    """The :class:`SurveyForm` a stored definition describes, in ``language``."""
    if language not in LANGUAGES:
        language = LANGUAGES[0]

    def words(value: Any) -> str:
        if isinstance(value, Mapping):
            return str(value.get(language) or value.get(LANGUAGES[0]) or "")
        return str(value or "")

    questions: list[Question] = []
    for entry in definition.get("questions", []):
        kind, key = entry.get("kind"), str(entry.get("key"))
        if kind == "nps":
            questions.append(
                NpsQuestion(
                    key,
                    words(entry.get("text")),
                    words(entry.get("low_label")),
                    words(entry.get("high_label")),
                )
            )
        elif kind == "scale":
            questions.append(
                ScaleQuestion(
                    key,
                    words(entry.get("text")),
                    words(entry.get("low_label")),
                    words(entry.get("high_label")),
                    int(entry.get("points", 5)),
                )
            )
        elif kind == "choice":
            options = entry.get("options", {})
            chosen = options.get(language) or options.get(LANGUAGES[0]) or []
            questions.append(ChoiceQuestion(key, words(entry.get("text")), tuple(chosen)))
        elif kind == "text":
            questions.append(
                TextQuestion(key, words(entry.get("text")), int(entry.get("lines", 3)))
            )
        else:
            raise ValueError(f"question {key!r}: unknown kind {kind!r}")
    return SurveyForm(
        title=words(definition.get("title")),
        introduction=words(definition.get("introduction")),
        questions=questions,
        language=language,
        survey_id=survey_id,
    )


def _kind(question: Question) -> str:
    if isinstance(question, NpsQuestion):
        return "nps"
    if isinstance(question, ScaleQuestion):
        return "scale"
    if isinstance(question, ChoiceQuestion):
        return "choice"
    return "text"


def _shape(question: Question) -> tuple[Any, ...]:
    """What must be the same in every language: the key, the kind and the answer's range."""
    size = (
        question.points
        if isinstance(question, ScaleQuestion)
        else len(question.options)
        if isinstance(question, ChoiceQuestion)
        else 0
    )
    return question.key, _kind(question), size


# -- the registry ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SurveyInfo:
    """One survey as lists show it.

    Attributes:
        question_keys: the questions' keys in order (the CSV's columns).
        invited / answered: invitations made and answered, all time.
    """

    id: int
    name: str
    active: bool
    created_at: datetime
    question_keys: tuple[str, ...]
    invited: int
    answered: int


def create_survey(
    session: Session, clock: Clock, actor: Actor, name: str, forms: Mapping[str, SurveyForm]
) -> Survey:
    """A new survey from its forms in both languages (the practice manager's)."""
    actor.require(Permission.MANAGE_SETTINGS)
    name = name.strip()
    errors = []
    if not name:
        errors.append(FieldError("name", "a survey needs a name", "required"))
    elif len(name) > NAME_LIMIT:
        errors.append(FieldError("name", f"at most {NAME_LIMIT} characters", "too_long"))
    try:
        definition = definition_of(forms)
    except ValueError as exc:
        errors.append(FieldError("questions", str(exc), "invalid"))
    else:
        # A patient gets the form in their language: a word missing in one is a blank on paper.
        errors += check_definition(definition)
        if not errors:
            errors += paper_fit(session, forms)
    if errors:
        raise ValidationError(errors)
    survey = _add(session, clock, actor, name, definition)
    return survey


def check_definition(definition: Mapping[str, Any]) -> list[FieldError]:
    """Every word a survey prints, in every language, located by field.

    Fields are ``title.fr``, ``introduction.en``, ``questions.2.text.en``,
    ``questions.2.low_label.fr``, ``questions.2.options.en`` (positions from 0).
    The NPS question's words may be empty: the standard wording is printed.
    """
    errors: list[FieldError] = []

    def words(field_name: str, value: Any, limit: int, *, required: bool = True) -> None:
        for language in LANGUAGES:
            text = str((value or {}).get(language) or "").strip()
            where = f"{field_name}.{language}"
            if required and not text:
                errors.append(FieldError(where, "required", "required"))
            elif len(text) > limit:
                errors.append(FieldError(where, f"at most {limit} characters", "too_long"))

    words("title", definition.get("title"), NAME_LIMIT)
    words("introduction", definition.get("introduction"), INTRODUCTION_LIMIT)
    questions = definition.get("questions", [])
    if len(questions) > QUESTIONS_LIMIT:
        errors.append(FieldError("questions", f"at most {QUESTIONS_LIMIT} questions", "too_many"))
    for position, entry in enumerate(questions):
        where = f"questions.{position}"
        nps = entry.get("kind") == "nps"
        words(f"{where}.text", entry.get("text"), QUESTION_TEXT_LIMIT, required=not nps)
        if entry.get("kind") in ("nps", "scale"):
            for end in ("low_label", "high_label"):
                words(f"{where}.{end}", entry.get(end), LABEL_LIMIT, required=not nps)
        if entry.get("kind") == "choice":
            options = entry.get("options", {})
            for language in LANGUAGES:
                chosen = [str(option).strip() for option in options.get(language) or []]
                field_name = f"{where}.options.{language}"
                if len(chosen) < 2 or not all(chosen):
                    errors.append(FieldError(field_name, "at least two options", "required"))
                elif len(chosen) > OPTIONS_LIMIT:
                    errors.append(
                        FieldError(field_name, f"at most {OPTIONS_LIMIT} options", "too_many")
                    )
                elif any(len(option) > LABEL_LIMIT for option in chosen):
                    errors.append(
                        FieldError(field_name, f"at most {LABEL_LIMIT} characters", "too_long")
                    )
    return errors


def forms_from(definition: Mapping[str, Any]) -> dict[str, SurveyForm]:
    """The forms, one per language, of a definition written in the survey designer.

    Raises ValidationError with every missing or too long word located
    (:func:`check_definition`), before a form could refuse it unlocated.
    """
    errors = check_definition(definition)
    if errors:
        raise ValidationError(errors)
    try:
        return {language: form_of(definition, language) for language in LANGUAGES}
    except ValueError as exc:
        raise ValidationError([FieldError("questions", str(exc), "invalid")]) from exc


def current_definition(session: Session) -> tuple[str, dict[str, Any]]:
    """The name and definition a new survey starts from: the current one's, or the
    shipped one's before any exists (nothing is written)."""
    survey = _newest_active(session)
    if survey is not None:
        return survey.name, dict(survey.definition)
    forms = {language: default_survey(language) for language in LANGUAGES}
    return forms[LANGUAGES[0]].title, definition_of(forms)


def sample_form(
    session: Session, form: SurveyForm, paper: PaperFormat, today: date
) -> tuple[bytes, int]:
    """The paper form as a patient would get it, for a sample patient: the PDF, its pages.

    What the survey designer previews, and how :func:`paper_fit` counts pages;
    nothing is read but the practice's letterhead."""
    # The form's own layout (private to app.survey_form), not a copy of it that could drift.
    from app import survey_form as paper_forms

    sample = paper_forms._Recipient(
        0,
        SAMPLE_NAME[form.language],
        (SAMPLE_NAME[form.language], *SAMPLE_ADDRESS),
        paper,
        reference_code(form.survey_id, 1),
    )
    practice = load_practice(session)
    settings = paper_settings.load_paper(session)
    document = paper_forms._document(form, practice, sample, today, settings)
    buffer = io.BytesIO()
    pages = paper_settings.write_on_paper(
        buffer, [document], settings, title=form.title, practice=practice, language=form.language
    )
    return buffer.getvalue(), pages


def form_pages(session: Session, forms: Mapping[str, SurveyForm]) -> dict[str, int]:
    """The pages each language's form takes in standard print."""
    # The longest date in either language ("30 septembre 2026"): as long as any printed.
    longest_date = date(2026, 9, 30)
    return {
        language: sample_form(session, form, PaperFormat.STANDARD, longest_date)[1]
        for language, form in forms.items()
    }


def paper_fit(session: Session, forms: Mapping[str, SurveyForm]) -> list[FieldError]:
    """Whether each language's form fits :data:`FORM_PAGES` pages in standard print.

    One sheet printed on both sides, in one DL envelope with one stamp; large
    print takes more pages by nature, so only standard print is held to it."""
    return [
        FieldError(
            "questions",
            f"the {language} paper form takes {pages} pages; at most {FORM_PAGES}",
            "too_long_for_paper",
        )
        for language, pages in form_pages(session, forms).items()
        if pages > FORM_PAGES
    ]


def set_active(
    session: Session, clock: Clock, actor: Actor, survey_id: int, active: bool
) -> Survey:
    """Retire a survey (no longer the current one, no longer offered) or use it again.

    Its invitations and answers stay as they are.  The last active survey cannot
    be retired: :func:`current_survey` would then create the shipped one again,
    behind the practice's back; write the survey to use instead first.
    """
    actor.require(Permission.MANAGE_SETTINGS)
    survey = get_survey(session, survey_id)
    if survey.active == active:
        return survey
    if not active:
        others = session.scalar(
            select(func.count())
            .select_from(Survey)
            .where(Survey.active.is_(True), Survey.id != survey_id)
        )
        if not others:
            raise SurveyError(
                "This is the only survey in use: write the survey to use instead "
                "before retiring it."
            )
    survey.active = active
    session.flush()
    audit.record(
        session,
        clock,
        actor,
        "survey.retired" if not active else "survey.reactivated",
        entity="survey",
        entity_id=survey.id,
    )
    return survey


def _newest_active(session: Session) -> Survey | None:
    return session.scalars(
        select(Survey).where(Survey.active.is_(True)).order_by(Survey.id.desc()).limit(1)
    ).first()


def _add(
    session: Session, clock: Clock, actor: Actor, name: str, definition: dict[str, Any]
) -> Survey:
    survey = Survey(
        name=name,
        definition=definition,
        active=True,
        created_at=clock.now(),
        created_by=actor.username,
    )
    session.add(survey)
    session.flush()
    audit.record(
        session,
        clock,
        actor,
        "survey.created",
        entity="survey",
        entity_id=survey.id,
        details={"questions": [q["key"] for q in definition["questions"]]},
    )
    return survey


def current_survey(session: Session, clock: Clock) -> Survey:
    """The survey asked unless another is named: the newest active one.

    The first time, the survey Relais ships (both languages) is created, by the
    application itself (audited as ``system``)."""
    survey = _newest_active(session)
    if survey is not None:
        return survey
    forms = {language: default_survey(language) for language in LANGUAGES}
    return _add(session, clock, SYSTEM, forms[LANGUAGES[0]].title, definition_of(forms))


def get_survey(session: Session, survey_id: int) -> Survey:
    survey = session.get(Survey, survey_id)
    if survey is None:
        raise NotFound(f"No survey with id {survey_id}.")
    return survey


def survey_form(session: Session, survey_id: int, language: str) -> SurveyForm:
    """The paper form of a survey in ``language``, its id in every reference code."""
    return form_of(get_survey(session, survey_id).definition, language, survey_id)


def list_surveys(session: Session) -> list[SurveyInfo]:
    """Every survey, newest first, with how many were asked and answered."""
    counts = {
        survey_id: (invited, answered)
        for survey_id, invited, answered in session.execute(
            select(
                SurveyInvitation.survey_id,
                func.count(),
                func.count(SurveyInvitation.answered_at),
            ).group_by(SurveyInvitation.survey_id)
        )
    }
    return [
        SurveyInfo(
            survey.id,
            survey.name,
            survey.active,
            survey.created_at,
            tuple(str(q.get("key")) for q in survey.definition.get("questions", [])),
            *counts.get(survey.id, (0, 0)),
        )
        for survey in session.scalars(select(Survey).order_by(Survey.id.desc()))
    ]


# -- the frequency cap ---------------------------------------------------------------------


@dataclass(frozen=True)
class SurveySettings:
    """The ``surveys`` setting.

    Attributes:
        cap_days: a patient is asked at most once within this many days.
    """

    cap_days: int = DEFAULT_CAP_DAYS

    @property
    def cap(self) -> timedelta:
        return timedelta(days=self.cap_days)


def read_settings(session: Session) -> SurveySettings:
    value = session.scalar(select(Setting.value).where(Setting.key == SETTINGS_KEY))
    stored = value if isinstance(value, dict) else {}
    return SurveySettings(cap_days=int(stored.get("cap_days", DEFAULT_CAP_DAYS)))


def save_settings(session: Session, clock: Clock, actor: Actor, settings: SurveySettings) -> None:
    """Change the cap (the practice manager's); checked first, audited."""
    actor.require(Permission.MANAGE_SETTINGS)
    low, high = CAP_RANGE
    days = settings.cap_days
    if isinstance(days, bool) or not isinstance(days, int) or not low <= days <= high:
        raise ValidationError([FieldError("cap_days", f"between {low} and {high} days", "range")])
    now = clock.now()
    row = session.get(Setting, SETTINGS_KEY)
    value = {"cap_days": days}
    if row is None:
        session.add(Setting(key=SETTINGS_KEY, value=value, updated_at=now))
    else:
        row.value = value
        row.updated_at = now
    audit.record(session, clock, actor, "survey.settings_changed", details=value)


def last_asked(session: Session, patient_ids: Iterable[int]) -> dict[int, datetime]:
    """Each patient's latest invitation that asked (its message went or will go): one query.

    An invitation without a message (handed over at the desk, asked on a call)
    asked too; one opened by answers nobody asked for did not.  Patients never
    asked are absent.
    """
    ids = list(dict.fromkeys(patient_ids))
    if not ids:
        return {}
    rows = session.execute(
        select(SurveyInvitation.patient_id, func.max(SurveyInvitation.asked_at))
        .outerjoin(Message, Message.id == SurveyInvitation.message_id)
        .where(
            SurveyInvitation.patient_id.in_(ids),
            SurveyInvitation.opened_by_answer.is_(False),
            or_(SurveyInvitation.message_id.is_(None), Message.status.in_(ASKING)),
        )
        .group_by(SurveyInvitation.patient_id)
    )
    return {pid: when for pid, when in rows if when is not None}


def planner_surveyed(
    session: Session, patient_ids: Iterable[int]
) -> tuple[dict[int, datetime], timedelta]:
    """What the planner needs for the cap: who was asked when, and the cap.

    Called only when a planning run holds satisfaction-survey reminders, with
    their patients: one query, and the setting only when someone was asked."""
    asked = last_asked(session, patient_ids)
    cap = read_settings(session).cap if asked else SurveySettings().cap
    return asked, cap


# -- inviting ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Skipped:
    """A patient :func:`invite` did not ask, and why.

    ``code``: ``unknown_patient``, ``not_reachable`` (deceased, moved away or
    archived: ``detail["status"]``), ``no_consent`` (the purpose is consent-based
    and no channel has the patient's consent now), ``asked_recently``
    (``detail["last_asked"]`` and ``detail["until"]``, ISO), ``pending`` (a survey
    reminder not sent yet).
    """

    patient_id: int
    code: str
    detail: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        if self.code == "asked_recently":
            return (
                f"patient {self.patient_id}: asked on {self.detail['last_asked'][:10]}, "
                f"not again before {self.detail['until'][:10]}"
            )
        if self.code == "not_reachable":
            return f"patient {self.patient_id}: {self.detail.get('status', 'not reachable')}"
        if self.code == "pending":
            return f"patient {self.patient_id}: a survey is already on its way"
        if self.code == "no_consent":
            return f"patient {self.patient_id}: has not agreed to surveys on any channel"
        return f"patient {self.patient_id}: no such patient"


@dataclass(frozen=True)
class InviteOutcome:
    """What :func:`invite` did: the reminders made (patient -> reminder id), who was skipped."""

    survey_id: int
    due_at: datetime
    invited: dict[int, int]
    skipped: list[Skipped]


def default_due(session: Session, clock: Clock) -> datetime:
    """When an invitation is due by default: after the post's days and two more, at 18:00.

    Digital channels go that day at the sending hour; a letter leaves as soon as
    the planner runs, early enough for the post."""
    practice = load_practice(session)
    postal_days = reminder_timing.planner_settings(session, practice.zone()).postal_days
    day = practice.today(clock) + timedelta(days=postal_days + DUE_AFTER_POSTAL_DAYS)
    return datetime.combine(day, DUE_LOCAL_TIME, practice.zone()).astimezone(clock.now().tzinfo)


def invite(
    session: Session,
    clock: Clock,
    actor: Actor,
    survey_id: int | None,
    patient_ids: Sequence[int],
    *,
    due_at: datetime | None = None,
    channel: Channel | None = None,
) -> InviteOutcome:
    """Ask these patients to answer a survey (the current one when ``survey_id`` is None).

    Each patient gets a one-off reminder of the purpose ``satisfaction_survey``;
    the planner chooses the channel (consent, quiet hours, caps) unless
    ``channel`` names one.  Patients asked within the cap, or with a survey still
    on its way, or who cannot be written to, or who agreed to surveys on no
    channel (the purpose's basis allows none), are skipped with the reason.
    """
    actor.require(Permission.EDIT_PATIENTS)
    survey = current_survey(session, clock) if survey_id is None else get_survey(session, survey_id)
    if not survey.active:
        raise SurveyError(f"The survey {survey.id} is no longer asked.")
    now = clock.now()
    due = due_at or default_due(session, clock)
    wanted = list(dict.fromkeys(patient_ids))
    statuses = dict(
        session.execute(select(Patient.id, Patient.status).where(Patient.id.in_(wanted))).all()
    )
    cap = read_settings(session).cap
    asked = last_asked(session, wanted)
    allowed = _reachable_by_basis(session, [pid for pid in wanted if pid in statuses], now)
    pending = set(
        session.scalars(
            select(Reminder.patient_id)
            .join(SurveyRequest, SurveyRequest.reminder_id == Reminder.id)
            .where(Reminder.patient_id.in_(wanted), Reminder.status == ReminderStatus.ACTIVE)
            .where(~select(SurveyInvitation.id).where(_invited_by(Reminder.id)).exists())
        )
    )
    invited: dict[int, int] = {}
    skipped: list[Skipped] = []
    for patient_id in wanted:
        status = statuses.get(patient_id)
        last = asked.get(patient_id)
        if status is None:
            skipped.append(Skipped(patient_id, "unknown_patient"))
        elif status is not PatientStatus.ACTIVE:
            skipped.append(Skipped(patient_id, "not_reachable", {"status": status.value}))
        elif last is not None and due - last < cap:
            skipped.append(
                Skipped(
                    patient_id,
                    "asked_recently",
                    {"last_asked": last.isoformat(), "until": (last + cap).isoformat()},
                )
            )
        elif patient_id in pending:
            skipped.append(Skipped(patient_id, "pending"))
        elif patient_id not in allowed:
            skipped.append(Skipped(patient_id, "no_consent"))
        else:
            reminder = one_off.create(
                session,
                clock,
                actor,
                patient_id=patient_id,
                purpose_code=PURPOSE,
                due_at=due,
                label="",
                channel=channel,
            )
            session.add(SurveyRequest(reminder_id=reminder.id, survey_id=survey.id))
            invited[patient_id] = reminder.id
    session.flush()
    audit.record(
        session,
        clock,
        actor,
        "survey.invited",
        entity="survey",
        entity_id=survey.id,
        details={
            "invited": len(invited),
            "skipped": {
                code: sum(1 for s in skipped if s.code == code) for code in _codes(skipped)
            },
            "due_at": due.isoformat(),
            "at": now.isoformat(),
        },
    )
    return InviteOutcome(survey.id, due, invited, skipped)


def _reachable_by_basis(session: Session, patient_ids: list[int], now: datetime) -> set[int]:
    """The patients the purpose's lawful basis allows on at least one channel now
    (the planner then picks among those channels)."""
    purpose = next(
        (PurposeView(p.code, p.basis) for p in consent.purposes(session) if p.code == PURPOSE),
        None,
    )
    if purpose is None:
        raise SurveyError("Satisfaction surveys are switched off (Settings, purposes).")
    events = consent.events_by_patient(session, patient_ids)
    return {
        pid
        for pid in patient_ids
        if any(
            consent.state_of(events.get(pid, ()), purpose, channel, now).allowed
            for channel in Channel
        )
    }


def _codes(skipped: Sequence[Skipped]) -> list[str]:
    return sorted({s.code for s in skipped})


def _invited_by(reminder_id: Any) -> Any:
    """An invitation recorded for a message that carries this reminder."""
    from db.models import MessageItem

    return SurveyInvitation.message_id.in_(
        select(MessageItem.message_id).where(MessageItem.reminder_id == reminder_id)
    )


def record_invitations(
    session: Session,
    now: datetime,
    written: Sequence[tuple[int, int, Channel, datetime, Sequence[int]]],
) -> int:
    """The outbox wrote these satisfaction-survey messages: record who they ask.

    ``written`` holds, per message, its id, the patient, the channel, when it
    goes and the ids of its survey reminders.  The survey is the one each
    reminder's request names, else the current survey.  Returns how many were
    recorded.  Called by :func:`app.outbox.plan_messages` only when such messages
    were written: no query otherwise.
    """
    if not written:
        return 0
    reminder_ids = [rid for *_rest, rids in written for rid in rids]
    named = dict(
        session.execute(
            select(SurveyRequest.reminder_id, SurveyRequest.survey_id).where(
                SurveyRequest.reminder_id.in_(reminder_ids)
            )
        ).all()
    )
    fallback: int | None = None
    rows = []
    for message_id, patient_id, channel, send_at, rids in written:
        survey_id = next((named[rid] for rid in rids if rid in named), None)
        if survey_id is None:
            if fallback is None:
                fallback = current_survey(session, _At(now)).id
            survey_id = fallback
        rows.append(
            {
                "survey_id": survey_id,
                "patient_id": patient_id,
                "message_id": message_id,
                "channel": channel,
                "asked_at": send_at,
                "answered_at": None,
            }
        )
    session.execute(insert(SurveyInvitation), rows)
    return len(rows)


class _At:
    """A clock stopped at the planning run's moment (the default survey's creation)."""

    def __init__(self, now: datetime) -> None:
        self._now = now

    def now(self) -> datetime:
        return self._now


def open_invitation(
    session: Session,
    clock: Clock,
    actor: Actor,
    patient_id: int,
    survey_id: int,
    channel: Channel = Channel.PHONE,
    *,
    opened_by_answer: bool = False,
) -> SurveyInvitation:
    """The invitation new answers taken by hand are recorded against: the patient's latest
    for this survey if it is not answered yet, else a new one without a message (asked
    at the desk or on a call).  An answered invitation is never reused: the answers of
    an earlier round stay as they were, counted in their own month.

    ``opened_by_answer``: nobody asked (answers that came in by themselves, e.g. from
    an online form); such an invitation counts in no response rate and no cap."""
    actor.require(Permission.EDIT_PATIENTS)
    if session.get(Patient, patient_id) is None:
        raise NotFound(f"No patient with id {patient_id}.")
    get_survey(session, survey_id)
    invitation = _latest(session, survey_id, patient_id)
    if invitation is not None and invitation.answered_at is None:
        return invitation
    return _new_invitation(
        session, clock, actor, survey_id, patient_id, channel, opened_by_answer=opened_by_answer
    )


def _latest(session: Session, survey_id: int, patient_id: int) -> SurveyInvitation | None:
    """The patient's latest invitation to the survey (the last made: ids only grow)."""
    return session.scalars(
        select(SurveyInvitation)
        .where(SurveyInvitation.patient_id == patient_id, SurveyInvitation.survey_id == survey_id)
        .order_by(SurveyInvitation.id.desc())
        .limit(1)
    ).first()


# -- rounds: the patient's first, second... invitation to a survey ----------------------------


def _numbered() -> Any:
    """Every invitation with its round: its rank among the patient's invitations to the
    survey, in the order they were made (an invitation is deleted only with its patient,
    so a round never changes)."""
    return select(
        SurveyInvitation.id.label("invitation_id"),
        func.row_number()
        .over(
            partition_by=(SurveyInvitation.survey_id, SurveyInvitation.patient_id),
            order_by=SurveyInvitation.id,
        )
        .label("round_number"),
    )


def rounds_of(session: Session, invitation_ids: Iterable[int]) -> dict[int, int]:
    """Each invitation's round (1 for a patient's first invitation to its survey)."""
    ids = list(dict.fromkeys(invitation_ids))
    if not ids:
        return {}
    patients = select(SurveyInvitation.patient_id).where(SurveyInvitation.id.in_(ids))
    numbered = _numbered().where(SurveyInvitation.patient_id.in_(patients)).subquery()
    return {
        invitation_id: int(number)
        for invitation_id, number in session.execute(
            select(numbered.c.invitation_id, numbered.c.round_number).where(
                numbered.c.invitation_id.in_(ids)
            )
        )
    }


def invitation_reference(session: Session, invitation: SurveyInvitation) -> str:
    """The reference code printed on this invitation's form and slip."""
    number = rounds_of(session, [invitation.id])[invitation.id]
    return reference_code(invitation.survey_id, invitation.patient_id, number)


# -- paper ----------------------------------------------------------------------------------


def forms_for_letters(session: Session, message_ids: Sequence[int]) -> dict[int, SurveyForm]:
    """Which survey form each satisfaction-survey letter is, in the letter's language.

    For the print run (:mod:`app.letters`): a letter whose message id is a key
    here is printed as this form with its reply slip
    (:func:`app.survey_form.render_survey_forms` for its patient) instead of the
    template's text.  Other messages are absent.  Two queries, whatever the count.
    """
    if not message_ids:
        return {}
    rows = session.execute(
        select(SurveyInvitation.message_id, SurveyInvitation.survey_id, Message.language)
        .join(Message, Message.id == SurveyInvitation.message_id)
        .where(SurveyInvitation.message_id.in_(list(message_ids)))
    ).all()
    definitions = {
        survey.id: survey.definition
        for survey in session.scalars(
            select(Survey).where(Survey.id.in_({survey_id for _m, survey_id, _l in rows}))
        )
    }
    forms: dict[tuple[int, str], SurveyForm] = {}
    found = {}
    for message_id, survey_id, language in rows:
        key = (survey_id, language if language in LANGUAGES else LANGUAGES[0])
        if key not in forms:
            forms[key] = form_of(definitions[survey_id], key[1], survey_id)
        found[int(message_id or 0)] = forms[key]
    return found


@dataclass(frozen=True)
class SurveyLetters:
    """The satisfaction-survey letters of a print run, printed as survey forms.

    Attributes:
        pdf: one PDF, the forms in the order of the message ids given.
        spans: message id -> (its first page, counted from 0; its page count).
        references: message id -> the reference code on its form and slip.
    """

    pdf: bytes
    spans: dict[int, tuple[int, int]]
    references: dict[int, str]


def survey_letters(session: Session, message_ids: Sequence[int], today: date) -> SurveyLetters:
    """The survey form with its reply slip for each satisfaction-survey letter among these.

    For the print run (:mod:`app.letters`), after its check of each letter: the
    messages in ``spans`` print as these pages rather than as the template's
    text.  One form per letter, each starting on a new page, on the letters'
    letterhead and in the patient's paper format (large print, easy read).
    """
    forms = forms_for_letters(session, message_ids)
    if not forms:
        return SurveyLetters(b"", {}, {})
    from pypdf import PdfReader, PdfWriter

    from app.survey_form import render_survey_forms

    patients = dict(
        session.execute(
            select(Message.id, Message.patient_id).where(Message.id.in_(list(forms)))
        ).all()
    )
    # Each form names its own invitation's round, so a slip answering this letter late
    # is never filed under a later one.
    invitations = dict(
        session.execute(
            select(SurveyInvitation.message_id, SurveyInvitation.id).where(
                SurveyInvitation.message_id.in_(list(forms))
            )
        ).all()
    )
    rounds = rounds_of(session, invitations.values())
    writer = PdfWriter()
    spans: dict[int, tuple[int, int]] = {}
    references: dict[int, str] = {}
    first = 0
    for message_id in dict.fromkeys(message_ids):
        form = forms.get(message_id)
        if form is None:
            continue
        patient_id = patients[message_id]
        pdf, recipients, pages = render_survey_forms(
            session, [patient_id], form, today, {patient_id: rounds[invitations[message_id]]}
        )
        writer.append(PdfReader(io.BytesIO(pdf)))
        spans[message_id] = (first, pages)
        references[message_id] = recipients[0].code
        first += pages
    out = io.BytesIO()
    writer.write(out)
    return SurveyLetters(out.getvalue(), spans, references)


# -- answers -------------------------------------------------------------------------------


Answer = int | str | None


@dataclass(frozen=True)
class CheckedAnswer:
    """One answer ready to keep: a number (NPS, scale, a choice's position from 1) or words."""

    key: str
    number: int | None = None
    text: str | None = None


@dataclass
class AnswerFieldError(FieldError):
    """A refused answer, with what its message says as ``params`` (for the screen's words):
    ``value``, ``low``, ``high``, ``limit``, ``options``, ``questions``, as its code needs."""

    params: dict[str, str] = field(default_factory=dict)


def _refused(key: str, message: str, code: str, **params: object) -> AnswerFieldError:
    return AnswerFieldError(key, message, code, {k: str(v) for k, v in params.items()})


def _questions(survey: Survey) -> dict[str, list[Question]]:
    """Each question's key -> the question in every language (a choice's options differ)."""
    by_key: dict[str, list[Question]] = defaultdict(list)
    for language in LANGUAGES:
        for question in form_of(survey.definition, language, survey.id).questions:
            by_key[question.key].append(question)
    return by_key


def validate_answers(
    survey: Survey, answers: Mapping[str, Answer]
) -> tuple[list[CheckedAnswer], list[FieldError]]:
    """Check every answer against its question; each problem located by question key.

    A number may come as text ("9").  A choice is its position (1 = the first
    option) or its words in either language, in any case and without accents.
    An empty answer (None, "") is no answer: the question was left out.
    """
    questions = _questions(survey)
    checked: list[CheckedAnswer] = []
    errors: list[FieldError] = []
    for key, value in answers.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if key not in questions:
            errors.append(
                _refused(
                    key,
                    f"no such question (questions: {', '.join(questions)})",
                    "unknown_question",
                    questions=", ".join(questions),
                )
            )
            continue
        result = _check(questions[key], value)
        if isinstance(result, FieldError):
            errors.append(result)
        else:
            checked.append(result)
    return checked, errors


def _check(  # noqa: PLR0911 -- one return per kind of question and of problem
    versions: list[Question], value: int | str
) -> CheckedAnswer | AnswerFieldError:
    question = versions[0]
    key = question.key
    if isinstance(question, TextQuestion):
        text = str(value).strip()
        if len(text) > TEXT_LIMIT:
            return _refused(key, f"at most {TEXT_LIMIT} characters", "too_long", limit=TEXT_LIMIT)
        return CheckedAnswer(key, text=text)
    if isinstance(question, ChoiceQuestion):
        count = len(question.options)
        number = _whole(value)
        if number is None:
            wanted = normalize.fold(str(value)).strip()
            for other in versions:
                assert isinstance(other, ChoiceQuestion)
                folded = [normalize.fold(option).strip() for option in other.options]
                if wanted in folded:
                    return CheckedAnswer(key, number=folded.index(wanted) + 1)
            return _refused(
                key,
                f"{str(value).strip()!r} is not one of the choices "
                f"({', '.join(question.options)}, or 1 to {count})",
                "unknown_choice",
                value=str(value).strip(),
                options=", ".join(question.options),
                low=1,
                high=count,
            )
        if not 1 <= number <= count:
            return _refused(
                key,
                f"a choice between 1 and {count}",
                "out_of_range",
                value=number,
                low=1,
                high=count,
            )
        return CheckedAnswer(key, number=number)
    low, high = (0, 10) if isinstance(question, NpsQuestion) else (1, question.points)
    number = _whole(value)
    if number is None:
        return _refused(
            key,
            f"{str(value).strip()!r} is not a number from {low} to {high}",
            "not_a_number",
            value=str(value).strip(),
            low=low,
            high=high,
        )
    if not low <= number <= high:
        return _refused(
            key,
            f"{number} is not between {low} and {high}",
            "out_of_range",
            value=number,
            low=low,
            high=high,
        )
    return CheckedAnswer(key, number=number)


def _whole(value: int | str) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = value.strip()
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    return None


@dataclass(frozen=True)
class Recorded:
    """What :func:`record_answers` did.

    Attributes:
        changed: False when the same answers were already kept (nothing written).
        replaced: answers were kept before and these replace them.
    """

    invitation_id: int
    patient_id: int
    survey_id: int
    answers: int
    changed: bool
    replaced: bool


# The channel an invitation opened for answers that came without one is said to have
# used: a call's, an online form's (the link went by e-mail or text), else paper's.
_SOURCE_CHANNELS = {
    "phone": Channel.PHONE,
    "csv": Channel.EMAIL,
    "email": Channel.EMAIL,
    "sms": Channel.SMS,
}
# Answers that come in by themselves (online) when no invitation of the practice
# matches them: nobody asked.  A slip or a call always had someone ask.
_UNASKED_SOURCES = frozenset({"csv", "email", "sms"})


class RoundNotFound(NotFound):
    """A code naming a round the patient has not had yet (beyond the next one)."""

    def __init__(self, shown: str, round_number: int, asked: int) -> None:
        self.round_number = round_number
        self.asked = asked
        super().__init__(
            f"The reference {shown!r} names round {round_number} of the survey; "
            f"this patient was asked {asked} time(s)."
        )


class AlreadyAnswered(SurveyError):
    """Other answers to an invitation that has answers: replacing them must be asked for.

    Attributes:
        invitation_id: the invitation answered.
        answered_at: when it was first answered (the day its answers count on).
        saved_at / saved_by: when and by whom the answers kept now were saved.
    """

    def __init__(self, invitation: SurveyInvitation, saved_at: datetime, saved_by: str) -> None:
        self.invitation_id = invitation.id
        self.answered_at = invitation.answered_at or saved_at
        self.saved_at = saved_at
        self.saved_by = saved_by
        super().__init__(
            f"This invitation was already answered on {self.answered_at:%Y-%m-%d} (saved by "
            f"{saved_by} on {saved_at:%Y-%m-%d %H:%M}); its answers are kept as they are."
        )


def find_invitation(
    session: Session,
    clock: Clock,
    actor: Actor,
    target: int | str | SurveyReference,
    source: str,
) -> SurveyInvitation:
    """The invitation an invitation id or a slip's reference code names.

    A code names its round: the patient's n-th invitation to the survey (the
    latest of that number, should rounds have started again).  The round after
    the patient's last, printed on a form handed over at the desk, opens that
    invitation; a round further on names nothing.  A code printed before rounds
    (survey and patient only) names the patient's latest invitation to the
    survey, answered or not, as it did when it was printed.  A code naming no
    invitation at all opens one.  Answers from an online form (``csv``, ``email``,
    ``sms``) that match no invitation open one marked ``opened_by_answer``.

    Raises :class:`~app.survey_form.InvalidReference` for a typo and NotFound for
    a code naming an unknown survey, patient or round."""
    if isinstance(target, int):
        invitation = session.get(SurveyInvitation, target)
        if invitation is None:
            raise NotFound(f"No survey invitation with id {target}.")
        return invitation
    reference = parse_reference(target) if isinstance(target, str) else target
    shown = (
        target.strip()
        if isinstance(target, str)
        else reference_code(reference.survey_id, reference.patient_id, reference.round_number or 1)
    )
    if session.get(Survey, reference.survey_id) is None or (
        session.get(Patient, reference.patient_id) is None
    ):
        raise NotFound(f"The reference {shown!r} names no survey sent by this practice.")
    found = invitation_of(session, reference)
    if found is not None:
        return found
    made = session.scalar(
        select(func.count()).where(
            SurveyInvitation.survey_id == reference.survey_id,
            SurveyInvitation.patient_id == reference.patient_id,
        )
    )
    if reference.round_number is not None and reference.round_number != (made or 0) + 1:
        raise RoundNotFound(shown, reference.round_number, made or 0)
    return _new_invitation(
        session, clock, actor, reference.survey_id, reference.patient_id,
        _SOURCE_CHANNELS.get(source, Channel.LETTER),
        opened_by_answer=source in _UNASKED_SOURCES,
    )  # fmt: skip


def _new_invitation(
    session: Session,
    clock: Clock,
    actor: Actor,
    survey_id: int,
    patient_id: int,
    channel: Channel,
    *,
    opened_by_answer: bool,
) -> SurveyInvitation:
    """An invitation without a message (asked at the desk, on a call, or by nobody), audited."""
    invitation = SurveyInvitation(
        survey_id=survey_id,
        patient_id=patient_id,
        message_id=None,
        channel=channel,
        asked_at=clock.now(),
        answered_at=None,
        opened_by_answer=opened_by_answer,
    )
    session.add(invitation)
    session.flush()
    audit.record(
        session,
        clock,
        actor,
        "survey.invitation_opened",
        entity="patient",
        entity_id=patient_id,
        details={
            "invitation_id": invitation.id,
            "survey_id": survey_id,
            "channel": channel.value,
            "opened_by_answer": opened_by_answer,
        },
    )
    return invitation


def invitation_of(session: Session, reference: SurveyReference) -> SurveyInvitation | None:
    """The invitation a reference code names, if it exists (nothing is written).

    Its round: the latest invitation of that number (rounds start again after
    :data:`~app.survey_form.ROUNDS_APART`); a code without a round: the latest."""
    if reference.round_number is None:
        return _latest(session, reference.survey_id, reference.patient_id)
    numbered = (
        _numbered()
        .where(
            SurveyInvitation.survey_id == reference.survey_id,
            SurveyInvitation.patient_id == reference.patient_id,
        )
        .subquery()
    )
    invitation_id = session.scalar(
        select(numbered.c.invitation_id)
        .where((numbered.c.round_number - 1) % ROUNDS_APART == (reference.round_number - 1))
        .order_by(numbered.c.invitation_id.desc())
        .limit(1)
    )
    return None if invitation_id is None else session.get(SurveyInvitation, invitation_id)


def record_answers(
    session: Session,
    clock: Clock,
    actor: Actor,
    target: int | str | SurveyReference,
    answers: Mapping[str, Answer],
    source: str,
    *,
    replace: bool = False,
) -> Recorded:
    """Keep a patient's answers to one invitation (an id, or the slip's reference code).

    Every answer is checked first (:func:`validate_answers`); a
    :class:`~app.errors.ValidationError` lists every problem by question key and
    nothing is written.  The same answers again change nothing.  Other answers to
    an invitation already answered raise :class:`AlreadyAnswered` (when, by whom),
    unless ``replace`` says to correct them (the same slip keyed in again after a
    mistake): the answer's day stays the first one's.  Audited with the question
    keys only: never what was answered.
    """
    actor.require(Permission.EDIT_PATIENTS)
    if source not in SOURCES:
        raise ValidationError(
            [FieldError("source", f"one of {', '.join(SOURCES)}", "unknown_source")]
        )
    invitation = find_invitation(session, clock, actor, target, source)
    survey = get_survey(session, invitation.survey_id)
    checked, errors = validate_answers(survey, answers)
    if errors:
        raise ValidationError(errors)
    if not checked:
        raise ValidationError([FieldError("answers", "no answer given", "empty")])
    kept = session.scalars(
        select(SurveyAnswer).where(SurveyAnswer.invitation_id == invitation.id)
    ).all()
    before = {(a.question_key, a.number, a.text) for a in kept}
    after = {(c.key, c.number, c.text) for c in checked}
    result = Recorded(invitation.id, invitation.patient_id, survey.id, len(checked), False, False)
    if before == after and invitation.answered_at is not None:
        return result
    if kept and not replace:
        raise AlreadyAnswered(invitation, max(a.recorded_at for a in kept), kept[0].recorded_by)
    now = clock.now()
    session.execute(delete(SurveyAnswer).where(SurveyAnswer.invitation_id == invitation.id))
    session.add_all(
        SurveyAnswer(
            invitation_id=invitation.id,
            question_key=c.key,
            number=c.number,
            text=c.text,
            source=source,
            recorded_at=now,
            recorded_by=actor.username,
        )
        for c in checked
    )
    if invitation.answered_at is None:
        invitation.answered_at = now
    session.flush()
    audit.record(
        session,
        clock,
        actor,
        "survey.answered",
        entity="patient",
        entity_id=invitation.patient_id,
        details={
            "invitation_id": invitation.id,
            "survey_id": survey.id,
            "source": source,
            "questions": sorted(c.key for c in checked),
            "replaced": bool(kept),
        },
    )
    return Recorded(invitation.id, invitation.patient_id, survey.id, len(checked), True, bool(kept))


def answers_of(session: Session, invitation_id: int) -> dict[str, int | str]:
    """The answers kept for one invitation: the number, or the words of a free answer."""
    return {
        a.question_key: (a.text or "") if a.number is None else a.number
        for a in session.scalars(
            select(SurveyAnswer)
            .where(SurveyAnswer.invitation_id == invitation_id)
            .order_by(SurveyAnswer.id)
        )
        if a.number is not None or a.text is not None
    }


# -- the CSV of an online form tool ---------------------------------------------------------

_NOT_KEY = re.compile(r"[^a-z0-9]+")
REFERENCE_HEADERS = (
    "reference", "ref", "reference code", "code", "code reference", "votre reference",
    "your reference", "numero de reference", "reference number",
)  # fmt: skip
PATIENT_HEADERS = ("patient", "patient id", "id patient", "numero patient", "patient number")
SURVEY_HEADERS = ("survey", "survey id", "enquete", "id enquete", "numero enquete")
# The NPS question as form tools name it when they do not copy the words.
NPS_HEADERS = ("nps", "score", "note", "recommandation", "recommendation")
PROGRESS_EVERY = 50


def _header_key(text: str) -> str:
    return _NOT_KEY.sub("", normalize.fold(text))


@dataclass(frozen=True)
class AnswerRowError(RowError):
    """A refused row, with what its message says as ``params`` (for the screen's words).

    By code: ``bad_reference`` (``reason``: the :class:`~app.survey_form.InvalidReference`
    code, and its params), ``unknown_round`` (``round``, ``asked``), ``duplicate``
    (``line``), ``already_answered`` (``date``: when, ISO; ``by``: who saved the
    answers kept), and those of :class:`AnswerFieldError`."""

    params: dict[str, str] = field(default_factory=dict)


@dataclass
class AnswerImportReport:
    """What :func:`import_answers` did.

    Attributes:
        columns: the file's header -> what it was read as (``reference``,
            ``patient``, ``survey`` or a question key).
        ignored_columns: headers not read (timestamps, e-mail addresses...).
        imported: rows whose answers were kept (new or replacing others).
        unchanged: rows whose answers were already kept as they are.
        errors: each bad row's problems by line (the header is line 1) and column;
            such a row is not imported, the others are.
    """

    source: str
    encoding: str
    delimiter: str
    columns: dict[str, str] = field(default_factory=dict)
    ignored_columns: list[str] = field(default_factory=list)
    rows_read: int = 0
    imported: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        return len({error.row for error in self.errors})

    def summary(self) -> str:
        return (
            f"{self.rows_read} rows: {self.imported} imported, {self.unchanged} unchanged, "
            f"{self.rejected} rejected"
        )


def _header_map(session: Session) -> dict[str, str]:
    """Folded header -> field: the identifying columns, then every question by its key
    and by its words in either language (a form tool copies the question as header)."""
    fields: dict[str, str] = {}
    for survey in session.scalars(select(Survey).order_by(Survey.id)):
        for entry in survey.definition.get("questions", []):
            key = str(entry.get("key"))
            texts = entry.get("text", {})
            for text in [key, *(texts.values() if isinstance(texts, dict) else [])]:
                fields.setdefault(_header_key(text), key)
            if entry.get("kind") == "nps":
                for alias in NPS_HEADERS:
                    fields.setdefault(_header_key(alias), key)
    for field_name, aliases in (
        ("reference", REFERENCE_HEADERS),
        ("patient", PATIENT_HEADERS),
        ("survey", SURVEY_HEADERS),
    ):
        for alias in aliases:
            fields[_header_key(alias)] = field_name
    return fields


def import_answers(
    session: Session,
    clock: Clock,
    actor: Actor,
    data: bytes,
    source: str = "answers.csv",
    progress: Progress | None = None,
) -> AnswerImportReport:
    """Import the answers of a CSV exported by an online form tool.

    The file: UTF-8 (with or without BOM), UTF-16 with BOM or cp1252; ``;``,
    ``,`` or tab; a header line naming a ``reference`` column (the code on the
    form or in the invitation), or ``patient`` and ``survey`` columns (ids), and
    one column per question (its key, or its words in French or English).  Other
    columns are ignored.  Each row is kept on its own: a row with a problem (an
    unknown reference, a typo caught by the check character, an NPS of 11, a
    choice that is not one) is reported by line and column and not imported; the
    other rows are.  Importing the same file again changes nothing.
    """
    actor.require(Permission.EDIT_PATIENTS)
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    report = AnswerImportReport(source, encoding, delimiter)
    try:
        records = [
            (number, record)
            for number, record in enumerate(
                csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1
            )
            if any(cell.strip() for cell in record)
        ]
    except csv.Error as exc:
        raise ValidationError([FieldError("file", str(exc), "csv_unreadable")]) from exc
    if not records:
        raise ValidationError([FieldError("file", "the file is empty", "empty")])
    _header_line, header = records[0]
    known = _header_map(session)
    layout: list[tuple[int, str, str]] = []  # (index, field, header)
    for index, title in enumerate(header):
        name = known.get(_header_key(title))
        if name is None or any(f == name for _i, f, _h in layout):
            if title.strip():
                report.ignored_columns.append(title)
            continue
        layout.append((index, name, title))
        report.columns[title] = name
    fields = {f for _i, f, _h in layout}
    if "reference" not in fields and not {"patient", "survey"} <= fields:
        raise ValidationError(
            [
                FieldError(
                    "header",
                    "the file needs a reference column, or patient and survey columns",
                    "no_reference",
                )
            ]
        )
    seen: dict[int, int] = {}  # invitation id -> the line that answered it
    rows = records[1:]
    for done, (line, record) in enumerate(rows):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress.update(done, len(rows))
        report.rows_read += 1
        _import_row(session, clock, actor, line, record, layout, seen, report)
    if progress is not None:
        progress.update(len(rows), len(rows))
    audit.record(
        session,
        clock,
        actor,
        "survey.answers_imported",
        details={
            "rows": report.rows_read,
            "imported": report.imported,
            "unchanged": report.unchanged,
            "rejected": report.rejected,
        },
    )
    return report


def _import_row(  # noqa: PLR0911 -- a row is refused at the first problem found
    session: Session,
    clock: Clock,
    actor: Actor,
    line: int,
    record: list[str],
    layout: list[tuple[int, str, str]],
    seen: dict[int, int],
    report: AnswerImportReport,
) -> None:
    cells = {f: (record[i].strip() if i < len(record) else "", h) for i, f, h in layout}

    def problem(column: str, message: str, code: str, **params: object) -> None:
        report.errors.append(
            AnswerRowError(line, column, message, code, {k: str(v) for k, v in params.items()})
        )

    if "reference" in cells and cells["reference"][0]:
        value, header = cells["reference"]
        try:
            reference = parse_reference(value)
        except InvalidReference as exc:
            problem(header, str(exc), "bad_reference", reason=exc.code, **exc.params)
            return
        survey_id, patient_id = reference.survey_id, reference.patient_id
        where = header
    else:
        patient_text, patient_header = cells.get("patient", ("", "patient"))
        survey_text, survey_header = cells.get("survey", ("", "survey"))
        if not patient_text.isdigit() or not survey_text.isdigit():
            problem(
                patient_header if not patient_text.isdigit() else survey_header,
                "no reference, and no patient and survey numbers",
                "no_reference",
            )
            return
        survey_id, patient_id = int(survey_text), int(patient_text)
        # No round named: the patient's latest invitation, as a code printed before rounds.
        reference = SurveyReference(survey_id, patient_id)
        where = patient_header
    survey = session.get(Survey, survey_id)
    if survey is None or session.get(Patient, patient_id) is None:
        problem(where, "names no survey or patient of this practice", "unknown_reference")
        return
    answers = {
        f: value for f, (value, _h) in cells.items() if f not in ("reference", "patient", "survey")
    }
    headers = {f: h for f, (_v, h) in cells.items()}
    checked, errors = validate_answers(survey, answers)
    if errors:
        for error in errors:
            params = error.params if isinstance(error, AnswerFieldError) else {}
            problem(headers.get(error.field, error.field), error.message, error.code, **params)
        return
    if not checked:
        problem("", "no answer on this row", "no_answers")
        return
    try:
        invitation = find_invitation(session, clock, actor, reference, "csv")
    except RoundNotFound as exc:
        problem(
            where,
            str(exc),
            "unknown_round",
            round=exc.round_number,
            asked=exc.asked,
        )
        return
    if invitation.id in seen:
        problem(
            where,
            f"the same reference as line {seen[invitation.id]}",
            "duplicate",
            line=seen[invitation.id],
        )
        return
    seen[invitation.id] = line
    try:
        recorded = record_answers(session, clock, actor, invitation.id, answers, "csv")
    except AlreadyAnswered as exc:
        # Other answers for an invitation already answered: a later round needs its own
        # invitation, a correction is keyed in on screen, where it is asked for.
        problem(
            where,
            f"already answered on {exc.answered_at:%Y-%m-%d}: the answers kept are "
            "left as they are",
            "already_answered",
            date=exc.answered_at.isoformat(),
            by=exc.saved_by,
        )
        return
    if recorded.changed:
        report.imported += 1
    else:
        report.unchanged += 1


# -- the list on screen ---------------------------------------------------------------------


@dataclass(frozen=True)
class InvitationRow:
    """One invitation as the Surveys tab lists it.

    Attributes:
        reference: the code printed on the patient's form for this invitation.
        message_status: the asking message's status (None: asked by hand).
        round_number: the patient's n-th invitation to this survey.
        opened_by_answer: nobody asked: answers matching no invitation opened it.
    """

    id: int
    patient_id: int
    patient_name: str
    survey_id: int
    survey_name: str
    channel: Channel
    asked_at: datetime
    answered_at: datetime | None
    message_status: MessageStatus | None
    round_number: int = 1
    opened_by_answer: bool = False

    @property
    def reference(self) -> str:
        return reference_code(self.survey_id, self.patient_id, self.round_number)


def invitation_list(
    session: Session, *, answered: bool | None = None, limit: int = 1000
) -> list[InvitationRow]:
    """The latest invitations first (a practice asks hundreds a year, not more)."""
    numbered = _numbered().subquery()
    query = (
        select(
            SurveyInvitation.id,
            SurveyInvitation.patient_id,
            Patient.last_name,
            Patient.first_name,
            SurveyInvitation.survey_id,
            Survey.name,
            SurveyInvitation.channel,
            SurveyInvitation.asked_at,
            SurveyInvitation.answered_at,
            Message.status,
            numbered.c.round_number,
            SurveyInvitation.opened_by_answer,
        )
        .join(numbered, numbered.c.invitation_id == SurveyInvitation.id)
        .join(Patient, Patient.id == SurveyInvitation.patient_id)
        .join(Survey, Survey.id == SurveyInvitation.survey_id)
        .outerjoin(Message, Message.id == SurveyInvitation.message_id)
        .order_by(SurveyInvitation.asked_at.desc(), SurveyInvitation.id.desc())
        .limit(limit)
    )
    if answered is True:
        query = query.where(SurveyInvitation.answered_at.is_not(None))
    elif answered is False:
        query = query.where(SurveyInvitation.answered_at.is_(None))
    return [
        InvitationRow(
            row.id,
            row.patient_id,
            one_off.display_name(row.last_name, row.first_name),
            row.survey_id,
            row.name,
            row.channel,
            row.asked_at,
            row.answered_at,
            row.status,
            int(row.round_number),
            bool(row.opened_by_answer),
        )
        for row in session.execute(query)
    ]


# -- figures for the trust dashboard ---------------------------------------------------------


@dataclass(frozen=True)
class ResponseRate:
    """Invitations asked in a period on one channel, and how many were answered.

    ``rate`` is answered / asked (0 to 1), None when nobody was asked."""

    channel: Channel
    asked: int
    answered: int

    @property
    def rate(self) -> float | None:
        return self.answered / self.asked if self.asked else None


def response_rates(session: Session, start: datetime, end: datetime) -> dict[Channel, ResponseRate]:
    """Response rate by channel for invitations asked in ``[start, end)`` (aware datetimes).

    Counted: invitations whose message went or will go (or that had none: asked
    at the desk or on a call); answered: those with answers, whenever they came.
    Answers nobody asked for (a CSV row that matched no invitation: the invitation
    was opened by the answer) are in neither: they would count as asked and
    answered at once.  One query; channels nobody was asked on are absent.  The
    whole period's rate is ``sum(answered) / sum(asked)`` over the channels.
    """
    rows = session.execute(
        select(
            SurveyInvitation.channel,
            func.count(),
            func.count(SurveyInvitation.answered_at),
        )
        .outerjoin(Message, Message.id == SurveyInvitation.message_id)
        .where(
            SurveyInvitation.asked_at >= start,
            SurveyInvitation.asked_at < end,
            SurveyInvitation.opened_by_answer.is_(False),
            or_(SurveyInvitation.message_id.is_(None), Message.status.in_(ASKING)),
        )
        .group_by(SurveyInvitation.channel)
    )
    return {channel: ResponseRate(channel, asked, answered) for channel, asked, answered in rows}


@dataclass(frozen=True)
class NpsFigure:
    """The Net Promoter Score of a set of answers to the NPS question.

    ``score`` = (promoters − detractors) / answers × 100, from −100 to +100;
    None without answers.  Promoters answered 9 or 10, passives 7 or 8,
    detractors 0 to 6."""

    answers: int
    promoters: int
    passives: int
    detractors: int

    @property
    def score(self) -> float | None:
        if not self.answers:
            return None
        return (self.promoters - self.detractors) * 100 / self.answers


def _nps_scores(
    session: Session,
    start: datetime,
    end: datetime,
    channels: Collection[Channel] | None = None,
) -> list[tuple[datetime, int]]:
    """(when answered, score) of every NPS answer of invitations answered in ``[start, end)``.

    The NPS question is the one of kind ``nps`` in each survey's definition (its
    key is ``nps`` in the surveys Relais makes).  ``channels``, when given, keeps the
    answers asked on them: the channel of the message that asked, or for an
    invitation without one (asked at the desk or on a call, or its message since
    erased) the channel recorded on the invitation."""
    keys = {
        (survey_id, str(entry.get("key")))
        for survey_id, definition in session.execute(select(Survey.id, Survey.definition))
        for entry in definition.get("questions", [])
        if entry.get("kind") == "nps"
    }
    if not keys:
        return []
    query = (
        select(
            SurveyInvitation.survey_id,
            SurveyAnswer.question_key,
            SurveyInvitation.answered_at,
            SurveyAnswer.number,
        )
        .join(SurveyInvitation, SurveyInvitation.id == SurveyAnswer.invitation_id)
        .where(
            SurveyInvitation.answered_at >= start,
            SurveyInvitation.answered_at < end,
            SurveyAnswer.number.is_not(None),
            SurveyAnswer.question_key.in_({key for _s, key in keys}),
        )
    )
    if channels is not None:
        asked_on = func.coalesce(Message.channel, SurveyInvitation.channel)
        query = query.outerjoin(Message, Message.id == SurveyInvitation.message_id).where(
            asked_on.in_(list(channels))
        )
    return [
        (at, number)
        for sid, key, at, number in session.execute(query)
        if (sid, key) in keys and at is not None and number is not None
    ]


def _figure(scores: Iterable[int]) -> NpsFigure:
    values = list(scores)
    promoters = sum(1 for v in values if v >= PROMOTER_FROM)
    detractors = sum(1 for v in values if v <= DETRACTOR_UP_TO)
    return NpsFigure(len(values), promoters, len(values) - promoters - detractors, detractors)


def nps(
    session: Session,
    start: datetime,
    end: datetime,
    channels: Collection[Channel] | None = None,
) -> NpsFigure:
    """The NPS of the answers given in ``[start, end)`` (by the invitation's answered_at);
    only those asked on ``channels`` when given (see :func:`_nps_scores`)."""
    return _figure(score for _at, score in _nps_scores(session, start, end, channels))


def nps_by_month(
    session: Session,
    start: datetime,
    end: datetime,
    zone: ZoneInfo,
    channels: Collection[Channel] | None = None,
) -> list[tuple[date, NpsFigure]]:
    """The NPS month by month (the practice's months, first day of each), for the trend;
    only the answers asked on ``channels`` when given.

    Every month of the period is listed, those without answers with a figure of
    0 answers (score None), so a chart's axis has no holes."""
    by_month: dict[date, list[int]] = defaultdict(list)
    for at, score in _nps_scores(session, start, end, channels):
        local = at.astimezone(zone)
        by_month[date(local.year, local.month, 1)].append(score)
    first = start.astimezone(zone).date().replace(day=1)
    last = (end - timedelta(microseconds=1)).astimezone(zone).date().replace(day=1)
    months = []
    month = first
    while month <= last:
        months.append((month, _figure(by_month.get(month, []))))
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return months


__all__ = [
    "ASKING",
    "DEFAULT_CAP_DAYS",
    "PURPOSE",
    "AlreadyAnswered",
    "AnswerFieldError",
    "AnswerImportReport",
    "AnswerRowError",
    "CheckedAnswer",
    "InvitationRow",
    "InviteOutcome",
    "NpsFigure",
    "Recorded",
    "ResponseRate",
    "RoundNotFound",
    "Skipped",
    "SurveyError",
    "SurveyInfo",
    "SurveySettings",
    "answers_of",
    "create_survey",
    "current_survey",
    "definition_of",
    "find_invitation",
    "form_of",
    "forms_for_letters",
    "get_survey",
    "import_answers",
    "invitation_list",
    "invitation_of",
    "invitation_reference",
    "invite",
    "last_asked",
    "list_surveys",
    "nps",
    "nps_by_month",
    "open_invitation",
    "planner_surveyed",
    "read_settings",
    "record_answers",
    "record_invitations",
    "response_rates",
    "rounds_of",
    "save_settings",
    "survey_form",
    "survey_letters",
    "validate_answers",
]

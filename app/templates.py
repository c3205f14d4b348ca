"""Message templates: the words of every reminder, on every channel, in French and English.

A template is plain text with Jinja placeholders, rendered in a sandbox so that a
practice manager's edit can never reach Python, and with strict placeholders so
that a misspelt name fails loudly instead of sending "Bonjour ," to a patient.

Template format
---------------

For e-mail and letters the first line is the subject, after ``Objet :`` (or
``Subject:``; either works in either language); a blank line follows, then the
body.  SMS and phone scripts have no subject line: the whole file is the body::

    Objet : Rappel de votre rendez-vous du {{ appointment.start|date_long }}

    {{ patient.salutation }},

    Nous vous rappelons votre rendez-vous ...

Placeholders are ``{{ patient.first_name }}``; ``{% if ... %}`` / ``{% for ... %}``
lines vanish from the output (``trim_blocks`` and ``lstrip_blocks``), so they can
sit on their own lines; ``{# ... #}`` is a comment.  Blank lines are kept as
paragraph breaks, runs of blank lines become one, trailing spaces go.  The HTML
part of an e-mail is the text body escaped, one ``<p>`` per paragraph and
``<br>`` per line; nothing is turned into a link.

Filters (also callable as functions): ``date_long`` ("mardi 1 décembre 2026"),
``date_without_year`` ("mardi 1 décembre"), ``date_short`` ("01/12/2026"),
``time`` ("14 h 30", "2:30 pm"; on the hour "14 h", "2 pm").  Dates and times
are shown as given: the planner passes aware datetimes already in the practice's
time zone.

The variables a template may use are the fields of :class:`MessageContext`.

Shipped defaults live in ``resources/templates/<language>/<purpose>/<channel>_<tone>.txt``
(:func:`default_path`), one file per combination so each reads as a plain
letter, without conditions on the tone.  Letters also have an easy-read variant,
``letter_<tone>_easy_read.txt``, for patients whose paper format is easy-read
(Mencap's easy-read guidance, "Facile à lire et à comprendre" in French): short
sentences, one idea per line, everyday words, the date and the time on lines of
their own, and whom to call.  The variant is part of the key, so a practice's
own easy-read words are versioned apart from its standard ones.

``resources/templates/README.txt`` explains all this to a practice manager, in
French and English.  SMS rules (DESIGN §2.4: no health data in SMS bodies) are
checked by :func:`lint`; see its docstring for the full list.  In an SMS the
values a template puts in are written in the SMS alphabet (:func:`fit_gsm7`:
"François" → "Francois"), so a patient's name cannot triple the cost.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import html
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, NoReturn
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time
from jinja2 import (
    StrictUndefined,
    Template,
    TemplateSyntaxError,
    Undefined,
    UndefinedError,
    nodes,
)
from jinja2 import TemplateError as JinjaTemplateError
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import missing

from app.errors import NotFound, RelaisError
from app.resources import resource_path

PURPOSES = (
    "appointment_reminder",
    "medication_reminder",
    "screening_recall",
    "vaccination",
    "health_education",
    "satisfaction_survey",
    "practice_events",
)
CHANNELS = ("sms", "email", "letter", "phone")
LANGUAGES = ("fr", "en")
TONES = ("formal", "informal")
SUBJECT_CHANNELS = frozenset({"email", "letter"})
STANDARD = "standard"
EASY_READ = "easy_read"
# Values of db.models.TemplateVariant; only letters are written in easy-read (the
# patient's paper format picks it).
VARIANTS = (STANDARD, EASY_READ)
EASY_READ_CHANNELS = frozenset({"letter"})

# Babel locales: en_GB because the practice is in France and its English-speaking
# patients expect day-first dates ("1 December"), not American ones.
_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
_TEMPLATE_FILENAME = "<template>"
_SUBJECT_LINE = re.compile(
    r"\A\s*(?:subject|objet)[ \t]*:[ \t]*(?P<subject>[^\n]*)(?:\n|\Z)", re.IGNORECASE
)
_SOURCE_SUBJECT_LINE = re.compile(r"^\s*(?:subject|objet)[ \t]*:", re.IGNORECASE)
# Generous for a letter, and a stop for "{{ 'x' * 10**9 }}" freezing the reception PC.
_MAX_REPEATED_LENGTH = 20_000
_MAX_EXPONENT = 100


@dataclass(frozen=True)
class TemplateKey:
    """Which template: purpose code (``PURPOSES``, or a practice's own), channel, language, tone,
    and variant.

    ``variant`` is "standard", or "easy_read" for the letter written for patients
    whose paper format is easy-read (short sentences, one idea per line); only a
    letter has an easy-read variant.
    """

    purpose: str
    channel: str
    language: str
    tone: str
    variant: str = "standard"

    def __post_init__(self) -> None:
        # The enums in db.models are StrEnums; keep plain strings so keys compare and hash alike.
        for name, allowed in (
            ("channel", CHANNELS),
            ("language", LANGUAGES),
            ("tone", TONES),
            ("variant", VARIANTS),
        ):
            value = str(getattr(self, name))
            if value not in allowed:
                raise ValueError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
            object.__setattr__(self, name, value)
        if self.variant not in variants_for(self.channel):
            raise ValueError(f"only a letter has an easy-read variant, not a {self.channel}")
        object.__setattr__(self, "purpose", str(self.purpose))

    @property
    def standard(self) -> TemplateKey:
        """The same key in the standard variant."""
        return dataclasses.replace(self, variant=STANDARD)


def variants_for(channel: str) -> tuple[str, ...]:
    """The variants a channel has: letters are also written easy-read."""
    return VARIANTS if str(channel) in EASY_READ_CHANNELS else (STANDARD,)


def template_keys(purposes: tuple[str, ...] = PURPOSES) -> Iterator[TemplateKey]:
    """Every purpose × channel × language × tone × variant, in a stable order.

    The easy-read variant comes right after the standard letter it rewrites.
    """
    for purpose in purposes:
        for channel in CHANNELS:
            for language in LANGUAGES:
                for tone in TONES:
                    for variant in variants_for(channel):
                        yield TemplateKey(purpose, channel, language, tone, variant)


@dataclass(frozen=True)
class Rendered:
    """A rendered message: ``subject`` for e-mail and letters, ``html`` for e-mail only."""

    subject: str | None
    body: str
    html: str | None


class TemplateError(RelaisError):
    """A template that cannot be rendered, located by line when possible.

    ``code`` is one of ``syntax``, ``unknown_filter``, ``undefined``, ``security``,
    ``value``, ``runtime``, ``missing_subject``, ``unexpected_subject``,
    ``empty_body``.  For ``undefined``, ``variable`` is the dotted name that
    failed and ``suggestion`` the nearest known one, if any.
    """

    def __init__(
        self,
        message: str,
        *,
        code: str,
        line: int | None = None,
        variable: str | None = None,
        suggestion: str | None = None,
    ) -> None:
        self.code = code
        self.line = line
        self.variable = variable
        self.suggestion = suggestion
        self.detail = message
        super().__init__(f"line {line}: {message}" if line is not None else message)


# -- The context the planner passes ---------------------------------------------------


@dataclass(frozen=True)
class PatientContext:
    """How the message names the patient; built for the tone by :func:`patient_context`.

    ``title`` "Madame" / "Mrs" (may be empty); ``full_name`` "Madame Hélène Dupont",
    for checking who answers the phone; ``addressed_as`` the name used in a
    sentence: "Madame Dupont" (formal) or "Hélène" (informal); ``salutation`` the
    opening words without punctuation: "Bonjour Madame Dupont", "Bonjour Hélène",
    "Dear Mrs O'Brien", "Hello Sarah".
    """

    title: str
    first_name: str
    last_name: str
    full_name: str
    addressed_as: str
    salutation: str


@dataclass(frozen=True)
class PracticeContext:
    """The sender. ``address`` on one line: "12 rue de l'Église, 69003 Lyon"."""

    name: str
    phone: str
    email: str
    address: str


@dataclass(frozen=True)
class PractitionerContext:
    """The patient's practitioner: "Dr Claire Martin"; empty when the practice has none to name."""

    name: str = ""


@dataclass(frozen=True)
class AppointmentContext:
    """``start`` is aware and already in the practice's time zone.

    ``place`` where, on its own line ("12 rue de l'Église, 69003 Lyon"), may be
    empty; ``with_whom`` a name without a specialty ("Dr Claire Martin"), may be
    empty.  Neither is used in SMS (a place or a name can reveal a specialty).
    """

    start: datetime
    place: str = ""
    with_whom: str = ""


@dataclass(frozen=True)
class MessageContext:
    """Everything a template may use; :meth:`as_mapping` is what :func:`render` receives.

    - ``language`` "fr" / "en" and ``tone`` "formal" / "informal".
    - ``patient``, ``practice``, ``practitioner``: see their classes.
    - ``appointment``: for appointment reminders, otherwise None.
    - ``items``: short labels of what is due when several reminders due on one day
      merge into one message ("vaccin contre la grippe", ...).  Health details:
      never used in SMS.
    - ``reason``: one sentence telling the patient why they receive this message
      ("Vous recevez ce message car vous avez rendez-vous ..."), in the tone.
    - ``opt_out``: how to stop, for this channel: "STOP au 06 ..." for SMS; reply
      or call for e-mail; the reply slip and the phone number for letters; for
      phone, a sentence the receptionist says.  :func:`standard_opt_out` builds it.
    - ``headline``: for campaigns (health education, practice events), one short
      phrase without a final full stop, safe for SMS: no health details (check it
      with :func:`health_terms`).  Empty for reminders.
    - ``announcement``: for campaigns, the practice's full text for e-mail, letter
      and phone.  Empty for reminders.  Never used in SMS.
    """

    language: str
    tone: str
    patient: PatientContext
    practice: PracticeContext
    practitioner: PractitionerContext
    appointment: AppointmentContext | None
    items: tuple[str, ...]
    reason: str
    opt_out: str
    headline: str = ""
    announcement: str = ""

    def as_mapping(self) -> dict[str, Any]:
        """What :func:`dataclasses.asdict` gives, without its deep copies (every value is
        immutable): a thousand letters spent a third of their rendering there."""
        mapping: dict[str, Any] = _shallow_dict(self)
        mapping["items"] = list(self.items)
        return mapping


def _shallow_dict(value: Any) -> Any:
    """``value`` with every dataclass in it turned into a dict, as ``asdict`` turns them."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _shallow_dict(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, tuple):
        return tuple(_shallow_dict(item) for item in value)
    return value


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(kind))


# Every name a template may use; the nearest one is suggested when a name is misspelt.
KNOWN_VARIABLES: tuple[str, ...] = (
    "language",
    "tone",
    "patient",
    "patient.title",
    "patient.first_name",
    "patient.last_name",
    "patient.full_name",
    "patient.addressed_as",
    "patient.salutation",
    "practice",
    "practice.name",
    "practice.phone",
    "practice.email",
    "practice.address",
    "practitioner",
    "practitioner.name",
    "appointment",
    "appointment.start",
    "appointment.place",
    "appointment.with_whom",
    "items",
    "reason",
    "opt_out",
    "headline",
    "announcement",
)


def patient_context(
    title: str, first_name: str, last_name: str, *, language: str, tone: str
) -> PatientContext:
    """Name the patient as the tone asks: title and surname, or first name."""
    formal_name = " ".join(part for part in (title, last_name) if part)
    if not title:
        # Without a title, "Madame"/"Monsieur" cannot be guessed: the full name is polite.
        formal_name = " ".join(part for part in (first_name, last_name) if part)
    if tone == "informal" and first_name:
        addressed_as = first_name
        greeting = "Bonjour" if language == "fr" else "Hello"
    else:
        addressed_as = formal_name
        greeting = "Bonjour" if language == "fr" else "Dear"
    return PatientContext(
        title=title,
        first_name=first_name,
        last_name=last_name,
        full_name=" ".join(part for part in (title, first_name, last_name) if part),
        addressed_as=addressed_as,
        salutation=f"{greeting} {addressed_as}".strip(),
    )


# (language, channel, tone) -> sentence; {phone} is the practice's, {reply} the SMS gateway's.
_OPT_OUT = {
    ("fr", "sms", "formal"): "STOP au {reply}",
    ("fr", "sms", "informal"): "STOP au {reply}",
    ("fr", "email", "formal"): (
        "Pour ne plus recevoir ces messages ou changer vos préférences de contact, "
        "répondez simplement à cet e-mail ou appelez-nous au {phone}."
    ),
    ("fr", "email", "informal"): (
        "Pour ne plus recevoir ces messages ou changer tes préférences de contact, "
        "réponds simplement à cet e-mail ou appelle-nous au {phone}."
    ),
    ("fr", "letter", "formal"): (
        "Pour ne plus recevoir ces courriers ou changer vos préférences de contact, "
        "renvoyez-nous le coupon-réponse joint ou appelez-nous au {phone}."
    ),
    ("fr", "letter", "informal"): (
        "Pour ne plus recevoir ces courriers ou changer tes préférences de contact, "
        "renvoie-nous le coupon-réponse joint ou appelle-nous au {phone}."
    ),
    ("fr", "phone", "formal"): (
        "Si vous ne souhaitez plus recevoir ces appels, dites-le-moi : je le note tout de suite."
    ),
    ("fr", "phone", "informal"): (
        "Si tu ne veux plus recevoir ces appels, dis-le-moi : je le note tout de suite."
    ),
    ("en", "sms", "formal"): "Text STOP to {reply}",
    ("en", "sms", "informal"): "Text STOP to {reply}",
    ("en", "email", "formal"): (
        "To stop these messages or change your contact preferences, "
        "simply reply to this e-mail or call us on {phone}."
    ),
    ("en", "email", "informal"): (
        "To stop these messages or change your contact preferences, "
        "just reply to this e-mail or call us on {phone}."
    ),
    ("en", "letter", "formal"): (
        "To stop these letters or change your contact preferences, "
        "send back the enclosed reply slip or call us on {phone}."
    ),
    ("en", "letter", "informal"): (
        "To stop these letters or change your contact preferences, "
        "send back the enclosed reply slip or give us a call on {phone}."
    ),
    ("en", "phone", "formal"): (
        "If you would rather not receive these calls, just tell me and I will note it at once."
    ),
    ("en", "phone", "informal"): (
        "If you'd rather not get these calls, just tell me and I'll note it straight away."
    ),
}


def standard_opt_out(
    channel: str, language: str, tone: str, *, practice_phone: str, sms_reply_number: str
) -> str:
    """The usual "how to stop" sentence for a channel, in the language and tone.

    For letters it mentions the reply slip, which the letter layout must print.
    """
    sentence = _OPT_OUT[(str(language), str(channel), str(tone))]
    return sentence.format(phone=practice_phone, reply=sms_reply_number)


# -- Sample data for previews and tests ------------------------------------------------

_SAMPLE_REASONS = {
    "fr": {
        "appointment_reminder": (
            "Vous recevez ce message car vous avez rendez-vous au cabinet "
            "le mardi 1 décembre 2026.",
            "Tu reçois ce message car tu as rendez-vous au cabinet le mardi 1 décembre 2026.",
        ),
        "medication_reminder": (
            "Vous recevez ce message car le Dr Claire Martin a prévu un rappel pour le "
            "renouvellement de votre traitement.",
            "Tu reçois ce message car le Dr Claire Martin a prévu un rappel pour le "
            "renouvellement de ton traitement.",
        ),
        "screening_recall": (
            "Vous recevez ce message car votre dernier dépistage date de plus de trois ans.",
            "Tu reçois ce message car ton dernier dépistage date de plus de trois ans.",
        ),
        "vaccination": (
            "Vous recevez ce message car, d'après votre dossier, un vaccin arrive à échéance.",
            "Tu reçois ce message car, d'après ton dossier, un vaccin arrive à échéance.",
        ),
        "health_education": (
            "Vous recevez ce message car vous avez accepté de recevoir les informations "
            "santé du cabinet.",
            "Tu reçois ce message car tu as accepté de recevoir les informations santé du cabinet.",
        ),
        "satisfaction_survey": (
            "Vous recevez ce message car vous avez accepté de donner votre avis sur le cabinet "
            "après vos rendez-vous.",
            "Tu reçois ce message car tu as accepté de donner ton avis sur le cabinet "
            "après tes rendez-vous.",
        ),
        "practice_events": (
            "Vous recevez ce message car vous avez accepté de recevoir les nouvelles du cabinet.",
            "Tu reçois ce message car tu as accepté de recevoir les nouvelles du cabinet.",
        ),
    },
    "en": {
        "appointment_reminder": (
            "You are receiving this message because you have an appointment at the practice "
            "on Tuesday 1 December 2026.",
            "You're getting this message because you have an appointment at the practice "
            "on Tuesday 1 December 2026.",
        ),
        "medication_reminder": (
            "You are receiving this message because Dr Claire Martin set a reminder "
            "for renewing your treatment.",
            "You're getting this message because Dr Claire Martin set a reminder "
            "for renewing your treatment.",
        ),
        "screening_recall": (
            "You are receiving this message because your last screening was more than "
            "three years ago.",
            "You're getting this message because your last screening was more than "
            "three years ago.",
        ),
        "vaccination": (
            "You are receiving this message because, according to your record, "
            "a vaccination is due.",
            "You're getting this message because, according to your record, a vaccination is due.",
        ),
        "health_education": (
            "You are receiving this message because you agreed to receive health "
            "information from the practice.",
            "You're getting this message because you agreed to receive health "
            "information from the practice.",
        ),
        "satisfaction_survey": (
            "You are receiving this message because you agreed to give feedback about "
            "the practice after your appointments.",
            "You're getting this message because you agreed to give feedback about "
            "the practice after your appointments.",
        ),
        "practice_events": (
            "You are receiving this message because you agreed to receive news from the practice.",
            "You're getting this message because you agreed to receive news from the practice.",
        ),
    },
}
_SAMPLE_ITEMS = {
    "fr": {
        "medication_reminder": ("traitement de l'hypertension artérielle",),
        "screening_recall": ("frottis de dépistage du cancer du col de l'utérus",),
        "vaccination": ("vaccin contre la grippe", "rappel diphtérie-tétanos-polio"),
    },
    "en": {
        "medication_reminder": ("blood pressure treatment",),
        "screening_recall": ("cervical screening (smear test)",),
        "vaccination": ("flu vaccine", "diphtheria, tetanus and polio booster"),
    },
}
_SAMPLE_CAMPAIGNS = {
    "fr": {
        "health_education": (
            "Atelier gratuit sur le sommeil au cabinet le jeudi 10 décembre à 18 h 30",
            "Le Dr Claire Martin anime un atelier gratuit sur le sommeil le jeudi 10 décembre "
            "à 18 h 30, dans la salle d'attente du cabinet. Au programme : les habitudes qui "
            "aident à bien dormir, et les questions de chacun. Entrée libre, sans inscription.",
        ),
        "practice_events": (
            "Le cabinet sera fermé du 24 décembre au 2 janvier inclus",
            "Le cabinet sera fermé du jeudi 24 décembre au samedi 2 janvier inclus. Pendant "
            "la fermeture, le Dr Paul Lambert, 3 place Bellecour à Lyon, reçoit les patients "
            "du cabinet au 01 99 00 56 78. En cas d'urgence, le 15 répond jour et nuit.",
        ),
    },
    "en": {
        "health_education": (
            "Free workshop on sleep at the practice on Thursday 10 December at 6:30 pm",
            "Dr Claire Martin is running a free workshop on sleep on Thursday 10 December at "
            "6:30 pm in the practice waiting room: the habits that help you sleep well, and "
            "time for questions. Everyone is welcome; no need to book.",
        ),
        "practice_events": (
            "The practice will be closed from 24 December to 2 January inclusive",
            "The practice will be closed from Thursday 24 December to Saturday 2 January "
            "inclusive. While we are closed, Dr Paul Lambert, 3 place Bellecour in Lyon, will "
            "see our patients: call 01 99 00 56 78. In an emergency, call 15.",
        ),
    },
}
SAMPLE_TIME_ZONE = ZoneInfo("Europe/Paris")


def sample_context(
    language: str,
    tone: str,
    *,
    purpose: str = "appointment_reminder",
    channel: str = "email",
) -> MessageContext:
    """Realistic data for previews and tests: accents, apostrophes, a name that is not ASCII."""
    if language not in LANGUAGES or tone not in TONES:
        raise ValueError(f"no sample for language {language!r} and tone {tone!r}")
    if language == "fr":
        patient = patient_context("Madame", "Hélène", "Dupont", language=language, tone=tone)
    else:
        patient = patient_context("Mrs", "Sarah", "O'Brien", language=language, tone=tone)
    practice = PracticeContext(
        name="Cabinet médical de l'Étang",
        phone="01 99 00 12 34",  # ARCEP keeps 01 99 00 xx xx and 06 39 98 xx xx for fiction
        email="accueil@cabinet-etang.fr",
        address="12 rue de l'Église, 69003 Lyon",
    )
    appointment = None
    if purpose == "appointment_reminder":
        appointment = AppointmentContext(
            start=datetime(2026, 12, 1, 14, 30, tzinfo=SAMPLE_TIME_ZONE),
            place="12 rue de l'Église, 69003 Lyon",
            with_whom="Dr Claire Martin",
        )
    formal, informal = _SAMPLE_REASONS[language].get(
        purpose, _SAMPLE_REASONS[language]["appointment_reminder"]
    )
    headline, announcement = _SAMPLE_CAMPAIGNS[language].get(purpose, ("", ""))
    return MessageContext(
        language=language,
        tone=tone,
        patient=patient,
        practice=practice,
        practitioner=PractitionerContext("Dr Claire Martin"),
        appointment=appointment,
        items=_SAMPLE_ITEMS[language].get(purpose, ()),
        reason=informal if tone == "informal" else formal,
        opt_out=standard_opt_out(
            channel,
            language,
            tone,
            practice_phone=practice.phone,
            sms_reply_number="06 39 98 12 34",
        ),
        headline=headline,
        announcement=announcement,
    )


# -- Rendering ------------------------------------------------------------------------


class _MissingVariable(UndefinedError):
    """An undefined name, with what was looked up, so the error can suggest a known one."""

    def __init__(self, message: str, name: str | None, owner: Any) -> None:
        super().__init__(message)
        self.name = name
        self.owner = owner


class _NamedUndefined(StrictUndefined):
    __slots__ = ()

    def _fail_with_undefined_error(self, *args: Any, **kwargs: Any) -> NoReturn:
        # A sandbox refusal also arrives here as an Undefined; it must stay a SecurityError.
        if self._undefined_exception is UndefinedError:
            name = self._undefined_name if isinstance(self._undefined_name, str) else None
            raise _MissingVariable(self._undefined_message, name, self._undefined_obj)
        raise self._undefined_exception(self._undefined_message)


# Undefined and StrictUndefined alias their operators to the base class's function
# object, which would bypass the override above; point them at the override.
for _undefined_class in (Undefined, StrictUndefined):
    for _attribute, _value in list(vars(_undefined_class).items()):
        if _value is Undefined._fail_with_undefined_error:
            setattr(_NamedUndefined, _attribute, _NamedUndefined._fail_with_undefined_error)


class _TemplateLimit(SecurityError):
    """A size limit of ours, as opposed to the sandbox refusing Python internals."""


class _TemplateEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox, plus limits on ``*`` and ``**`` so a template cannot exhaust memory."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > _MAX_EXPONENT:
            raise _TemplateLimit(f"exponent {right} is too large for a template")
        if operator == "*":
            for sequence, count in ((left, right), (right, left)):
                if (
                    isinstance(sequence, str | list | tuple)
                    and isinstance(count, int)
                    and len(sequence) * count > _MAX_REPEATED_LENGTH
                ):
                    raise _TemplateLimit("a repeated text this long is not allowed in a template")
        return super().call_binop(context, operator, left, right)


class _FilterValueError(ValueError):
    """A filter given something it cannot show, e.g. ``date_long`` of a name."""


def _as_date(value: Any, filter_name: str) -> date:
    if isinstance(value, Undefined):
        value._fail_with_undefined_error()
    if not isinstance(value, date):
        raise _FilterValueError(f"{filter_name} needs a date, not {type(value).__name__}")
    return value


@functools.lru_cache(maxsize=4096)
def _formatted_date(day: date, pattern: str, locale: str) -> str:
    """Babel's words for a day, once a day: a print run writes the same few days a thousand
    times, and Babel parses the pattern and the locale each time."""
    return str(format_date(day, pattern, locale=locale))


_TIMES: dict[tuple[datetime, str | None, str, str], str] = {}


def _formatted_time(moment: datetime, pattern: str, locale: str) -> str:
    # Keyed by the wall-clock time and its zone's name: two aware datetimes at the
    # same instant in different zones are equal, and must not share their words.
    key = (moment.replace(tzinfo=None), moment.tzname(), pattern, locale)
    found = _TIMES.get(key)
    if found is None:
        if len(_TIMES) >= 4096:
            _TIMES.clear()
        found = _TIMES[key] = str(format_time(moment, pattern, locale=locale)).lower()
    return found


def _day(value: date) -> date:
    # What Babel formats of a datetime: its date, in the datetime's own zone.
    return value.date() if isinstance(value, datetime) else value


def _filters(language: str) -> dict[str, Any]:
    locale = _LOCALES[language]

    def date_long(value: Any) -> str:
        return _formatted_date(_day(_as_date(value, "date_long")), "EEEE d MMMM y", locale)

    def date_without_year(value: Any) -> str:
        return _formatted_date(_day(_as_date(value, "date_without_year")), "EEEE d MMMM", locale)

    def date_short(value: Any) -> str:
        return _formatted_date(_day(_as_date(value, "date_short")), "dd/MM/y", locale)

    def time(value: Any) -> str:
        moment = _as_date(value, "time")
        if not isinstance(moment, datetime):
            raise _FilterValueError("time needs a date with a time of day")
        on_the_hour = moment.minute == 0
        if language == "fr":
            pattern = "H 'h'" if on_the_hour else "H 'h' mm"
        else:
            pattern = "h a" if on_the_hour else "h:mm a"
        # Babel keeps an aware datetime in its own zone: the planner already chose it.
        return _formatted_time(moment, pattern, locale)

    return {
        "date_long": date_long,
        "date_without_year": date_without_year,
        "date_short": date_short,
        "time": time,
    }


def format_date_long(value: date | datetime, language: str) -> str:
    """A date as templates write it ("jeudi 10 décembre 2026"), for text built outside them."""
    return str(_environment(language).filters["date_long"](value))


@functools.cache
def _environment(language: str, *, fit_sms_alphabet: bool = False) -> _TemplateEnvironment:
    environment = _TemplateEnvironment(
        undefined=_NamedUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        finalize=_fit_value_to_gsm7 if fit_sms_alphabet else None,
    )
    filters = _filters(language)
    environment.filters.update(filters)
    environment.globals.update(filters)
    return environment


@functools.lru_cache(maxsize=512)
def _compiled(source: str, language: str, fit_sms_alphabet: bool) -> Template:
    return _environment(language, fit_sms_alphabet=fit_sms_alphabet).from_string(source)


def _fit_value_to_gsm7(value: Any) -> Any:
    return fit_gsm7(value) if isinstance(value, str) else value


def _check_channel_and_language(channel: str, language: str) -> None:
    if str(channel) not in CHANNELS:
        raise ValueError(f"channel must be one of {', '.join(CHANNELS)}, not {channel!r}")
    if str(language) not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")


def render(
    source: str,
    context: Mapping[str, Any] | MessageContext,
    *,
    channel: str,
    language: str,
    fit_sms_alphabet: bool = True,
) -> Rendered:
    """Render a template; every failure is a :class:`TemplateError`, never a traceback.

    In an SMS, each value put in by ``{{ ... }}`` is passed through :func:`fit_gsm7`
    unless ``fit_sms_alphabet`` is False: one "ç" in "François" or "û" in "août"
    would switch the whole SMS to UCS-2 and triple its cost.  The template's own
    text is sent as written (the lint warns about it instead).
    """
    _check_channel_and_language(channel, language)
    channel, language = str(channel), str(language)
    mapping = context.as_mapping() if isinstance(context, MessageContext) else dict(context)
    fit = fit_sms_alphabet and channel == "sms"
    try:
        output = _compiled(source, language, fit).render(mapping)
    except Exception as error:  # any failure inside a template is the template's to report
        raise _template_error(error, source, mapping, language) from None

    subject: str | None = None
    match = _SUBJECT_LINE.match(output)
    if match:
        if channel not in SUBJECT_CHANNELS:
            raise TemplateError(
                f"a {channel} has no subject: remove the '{output.split(':')[0].strip()} :' line",
                code="unexpected_subject",
                line=_subject_source_line(source),
            )
        subject = " ".join(match.group("subject").split())
        output = output[match.end() :]
    if channel in SUBJECT_CHANNELS and not subject:
        raise TemplateError(
            f"an {'e-mail' if channel == 'email' else 'letter'} needs a subject: "
            "start with a line 'Objet : …' (or 'Subject: …')",
            code="missing_subject",
            line=_subject_source_line(source) or 1,
        )
    body = _tidy(output)
    if not body:
        raise TemplateError("the message is empty", code="empty_body")
    return Rendered(
        subject=subject,
        body=body,
        html=html_from_text(body, language) if channel == "email" else None,
    )


def default_path(key: TemplateKey) -> Path:
    """``<language>/<purpose>/<channel>_<tone>.txt``; ``letter_<tone>_easy_read.txt`` for
    the easy-read letter."""
    suffix = "" if key.variant == STANDARD else f"_{key.variant}"
    return resource_path(
        "templates", key.language, key.purpose, f"{key.channel}_{key.tone}{suffix}.txt"
    )


def default_source(key: TemplateKey) -> str:
    """The shipped template for ``key``."""
    path = default_path(key)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        variant = "" if key.variant == STANDARD else f", {key.variant}"
        raise NotFound(
            f"no default template for {key.purpose}, {key.channel}, {key.language}, "
            f"{key.tone}{variant}"
        ) from None


def render_default(key: TemplateKey, context: Mapping[str, Any] | MessageContext) -> Rendered:
    return render(default_source(key), context, channel=key.channel, language=key.language)


def html_from_text(body: str, language: str) -> str:
    """The HTML part of an e-mail: the text escaped, paragraphs and line breaks kept."""
    paragraphs = [part for part in re.split(r"\n{2,}", body) if part.strip()]
    html_paragraphs = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in part.split("\n")) + "</p>"
        for part in paragraphs
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(language)}">\n'
        '<head><meta charset="utf-8"></head>\n'
        f"<body>\n{html_paragraphs}\n</body>\n"
        "</html>\n"
    )


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _subject_source_line(source: str) -> int | None:
    for number, line in enumerate(source.splitlines(), start=1):
        if _SOURCE_SUBJECT_LINE.match(line):
            return number
    return None


# -- Errors, located and explained ------------------------------------------------------


def _template_error(
    error: Exception, source: str, mapping: Mapping[str, Any], language: str
) -> TemplateError:
    if isinstance(error, TemplateSyntaxError):
        return _syntax_error(error)
    line = _template_line(error)
    if isinstance(error, UndefinedError):
        return _undefined_error(error, source, mapping, line, language)
    message = getattr(error, "message", None) or str(error)
    code = "runtime"
    if isinstance(error, _TemplateLimit):
        code = "security"
    elif isinstance(error, SecurityError):
        message = f"{message.rstrip('.')} (templates cannot reach Python internals)"
        code = "security"
    elif message.startswith("No filter named"):
        code, message = "unknown_filter", _unknown_filter_message(message)
    elif isinstance(error, _FilterValueError):
        code = "value"
    elif not isinstance(error, JinjaTemplateError):
        message = f"{type(error).__name__}: {message}"
    return TemplateError(message, code=code, line=line)


_FILTER_NAMES: tuple[str, ...] = ("date_long", "date_without_year", "date_short", "time")


def _unknown_filter_message(jinja_message: str) -> str:
    name = jinja_message.split("'")[1] if jinja_message.count("'") >= 2 else ""
    return _with_suggestion(f"there is no filter '{name}'", name, _FILTER_NAMES)


def _syntax_error(error: TemplateSyntaxError) -> TemplateError:
    message = error.message or str(error)
    if message.startswith("No filter named"):
        return TemplateError(
            _unknown_filter_message(message), code="unknown_filter", line=error.lineno
        )
    return TemplateError(message, code="syntax", line=error.lineno)


def _with_suggestion(message: str, wrong: str, candidates: tuple[str, ...] | list[str]) -> str:
    nearest = difflib.get_close_matches(wrong, candidates, n=1, cutoff=0.6)
    return f"{message}; did you mean '{nearest[0]}'?" if nearest else message


def _template_line(error: BaseException) -> int | None:
    """The template line Jinja maps the failing frame to (the innermost one)."""
    line = None
    traceback = error.__traceback__
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename == _TEMPLATE_FILENAME:
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return line


def _undefined_error(
    error: UndefinedError,
    source: str,
    mapping: Mapping[str, Any],
    line: int | None,
    language: str,
) -> TemplateError:
    if not isinstance(error, _MissingVariable) or error.name is None:
        return TemplateError(str(error), code="undefined", line=line)
    tree = _environment(language).parse(source)
    top_level = error.owner is missing
    path = _failing_path(tree, error.name, top_level=top_level, line=line) or error.name
    candidates = sorted(set(KNOWN_VARIABLES) | _flattened_names(mapping) | _local_names(tree))
    parent, _, leaf = path.rpartition(".")
    if parent and error.owner is None:
        return TemplateError(
            f"'{path}' is not available: '{parent}' is empty for this message",
            code="undefined",
            line=line,
            variable=path,
        )
    siblings = [name.rpartition(".")[2] for name in candidates if name.rpartition(".")[0] == parent]
    nearest = difflib.get_close_matches(leaf, siblings, n=1, cutoff=0.6)
    suggestion: str | None = None
    if nearest:
        suggestion = f"{parent}.{nearest[0]}" if parent else nearest[0]
    if suggestion is None or suggestion == path:
        fallback = difflib.get_close_matches(path, [c for c in candidates if c != path], n=1)
        suggestion = fallback[0] if fallback else None
    message = f"'{path}' is not defined"
    if suggestion:
        message += f"; did you mean '{suggestion}'?"
    return TemplateError(message, code="undefined", line=line, variable=path, suggestion=suggestion)


def _dotted(node: nodes.Node) -> str | None:
    """``patient.first_name`` for the node reading it; None for computed expressions."""
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        parent = _dotted(node.node)
        return f"{parent}.{node.attr}" if parent else None
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        parent = _dotted(node.node)
        return f"{parent}.{node.arg.value}" if parent else None
    return None


def _looked_up_name(node: nodes.Node) -> str | None:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return node.attr
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        return str(node.arg.value)
    return None


def _failing_path(
    tree: nodes.Template, name: str, *, top_level: bool, line: int | None
) -> str | None:
    kinds: tuple[type[nodes.Node], ...] = (
        (nodes.Name,) if top_level else (nodes.Getattr, nodes.Getitem)
    )
    matches = [
        node
        for node in tree.find_all(kinds)
        if _looked_up_name(node) == name
        and not (isinstance(node, nodes.Name) and node.ctx != "load")
    ]
    # The error line wins; a name set on an earlier line and printed later is found anyway.
    matches.sort(key=lambda node: (node.lineno != line, node.lineno))
    return _dotted(matches[0]) if matches else None


def _flattened_names(mapping: Mapping[str, Any], prefix: str = "") -> set[str]:
    names: set[str] = set()
    for key, value in mapping.items():
        if not isinstance(key, str):
            continue
        name = f"{prefix}{key}"
        names.add(name)
        if isinstance(value, Mapping) and prefix.count(".") < 3:
            names |= _flattened_names(value, f"{name}.")
    return names


def _local_names(tree: nodes.Template) -> set[str]:
    return {node.name for node in tree.find_all(nodes.Name) if node.ctx in {"store", "param"}}


def _references(tree: nodes.Template) -> list[tuple[str, int]]:
    """Every dotted name a template reads, with its line."""
    found = []
    for node in tree.find_all((nodes.Name, nodes.Getattr, nodes.Getitem)):
        if isinstance(node, nodes.Name) and node.ctx != "load":
            continue
        path = _dotted(node)
        if path is not None:
            found.append((path, node.lineno))
    return found


# -- SMS length (3GPP TS 23.038) ------------------------------------------------------

# §6.2.1, the GSM 7-bit default alphabet, one string per 16 code points (0x00-0x0F,
# 0x10-0x1F, ...).  The Greek capitals are written as escapes so that no look-alike
# (∆ U+2206, Ω U+2126) can slip in.  0x1B is the escape to the extension table, not a
# character: it is removed below.
_GSM7_BASIC_ROWS = (
    "@£$¥èéùìòÇ\nØø\rÅå",
    "\u0394_\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e\x1bÆæßÉ",
    " !\"#¤%&'()*+,-./",
    "0123456789:;<=>?",
    "¡ABCDEFGHIJKLMNO",
    "PQRSTUVWXYZÄÖÑÜ§",
    "¿abcdefghijklmno",
    "pqrstuvwxyzäöñüà",
)
GSM7_BASIC = frozenset("".join(_GSM7_BASIC_ROWS)) - {"\x1b"}
# §6.2.1.1, the default extension table: each is sent as ESC + code, two septets.
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")
_SINGLE_GSM7, _PART_GSM7 = 160, 153  # septets; 7 go to the concatenation header
_SINGLE_UCS2, _PART_UCS2 = 70, 67  # UTF-16 code units


@dataclass(frozen=True)
class SmsSegments:
    """How an SMS will be sent.

    ``characters`` counts what the limit counts: septets in GSM-7 (an extension
    character is two), UTF-16 code units in UCS-2 (an emoji is two).
    ``per_segment`` is the limit that applied: 160/70 for one segment, 153/67 each
    when concatenated.  ``non_gsm`` lists the characters that forced UCS-2.
    """

    encoding: Literal["GSM-7", "UCS-2"]
    characters: int
    segments: int
    per_segment: int
    non_gsm: tuple[str, ...] = ()


def is_gsm7(character: str) -> bool:
    return character in GSM7_BASIC or character in GSM7_EXTENSION


# Typographic punctuation that word processors type for us, and its SMS-alphabet twin.
_GSM7_PUNCTUATION = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-",
        "\u2026": "...", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
        "\u0153": "oe", "\u0152": "OE", "`": "'",
    }
)  # fmt: skip


def fit_gsm7(text: str) -> str:
    """``text`` in the SMS alphabet where a close character exists.

    "François" becomes "Francois", "août" "aout", "’" "'", "«" '"'; letters the
    alphabet has ("é", "è", "à", "Ç") are kept, and what has no close
    equivalent (an emoji, a Cyrillic name) is left alone, so UCS-2 is still used
    when nothing else can carry it.
    """
    if all(is_gsm7(c) for c in text):
        return text
    fitted = []
    for character in text.translate(_GSM7_PUNCTUATION):
        if is_gsm7(character):
            fitted.append(character)
            continue
        base = unicodedata.normalize("NFD", character)[0]
        fitted.append(base if is_gsm7(base) else character)
    return "".join(fitted)


def sms_segments(text: str) -> SmsSegments:
    non_gsm = tuple(dict.fromkeys(c for c in text if not is_gsm7(c)))
    if non_gsm:
        encoding: Literal["GSM-7", "UCS-2"] = "UCS-2"
        units = [2 if ord(c) > 0xFFFF else 1 for c in text]
        single, part = _SINGLE_UCS2, _PART_UCS2
    else:
        encoding = "GSM-7"
        units = [2 if c in GSM7_EXTENSION else 1 for c in text]
        single, part = _SINGLE_GSM7, _PART_GSM7
    total = sum(units)
    if total <= single:
        return SmsSegments(encoding, total, 1, single, non_gsm)
    # An escape pair or a surrogate pair is never split across two segments,
    # so a segment may end one unit short.
    segments, used = 1, 0
    for unit in units:
        if used + unit > part:
            segments += 1
            used = 0
        used += unit
    return SmsSegments(encoding, total, segments, part, non_gsm)


# -- Lint ------------------------------------------------------------------------------

# Words that reveal health details, matched on whole words after removing accents and
# case.  Indicative, not exhaustive: a shield for defaults and everyday edits, not a
# medical dictionary.  Generic words ("rendez-vous", "suivi", "prévention", "vaccin",
# "santé") are allowed: they say nothing about one patient's health that everyone's
# messages do not.
_HEALTH_TERMS_FR = (
    r"diagnosti\w*", r"maladies?", r"malades?", r"patholog\w*", r"sympt\w*", r"syndrome\w*",
    r"resultats?", r"analyses?", r"bilans? (?:sanguins?|biologiques?)", r"prises? de sang",
    r"tests?", r"depistages?", r"biopsi\w*", r"radio\w*", r"irm", r"scanners?",
    r"echograph\w*", r"mammograph\w*", r"frottis", r"coloscopi\w*", r"ordonnances?",
    r"prescri\w*", r"traitements?", r"medicaments?", r"comprimes?", r"gelules?", r"pilules?",
    r"posologi\w*", r"doses?", r"injections?", r"piqures?", r"insulin\w*", r"antibiot\w*",
    r"antidepress\w*", r"anticoagul\w*", r"chimio\w*", r"dialys\w*", r"diabet\w*",
    r"cancers?", r"tumeurs?", r"vih", r"sida", r"hepatites?", r"ist", r"mst", r"grossesses?",
    r"enceinte", r"ivg", r"avortement", r"depressi\w*", r"anxi\w*", r"psych\w*",
    r"alzheimer", r"parkinson", r"epilep\w*", r"asthm\w*", r"hypertension",
    r"tension arterielle", r"cholesterol", r"obesit\w*", r"surpoids", r"alcool\w*",
    r"addict\w*", r"tabac", r"tabagisme", r"drogues?", r"contracep\w*", r"grippe",
    r"covid\w*", r"zona", r"rougeole", r"tetanos", r"papillomavirus", r"hpv", r"allerg\w*",
    r"infection\w*", r"cardiaque", r"avc", r"insuffisance", r"thyroid\w*", r"positifs?",
    r"positives?", r"negatifs?", r"negatives?", r"paracetamol", r"doliprane", r"ibuprofen\w*",
    r"metformine?", r"levothyrox\w*",
)  # fmt: skip
_HEALTH_TERMS_EN = (
    r"diagnos\w*", r"diseases?", r"illness\w*", r"results?", r"analysis", r"blood tests?",
    r"screening", r"scans?", r"mri", r"x-rays?", r"ultrasound", r"mammograms?", r"smears?",
    r"colonoscop\w*", r"prescriptions?", r"prescribed", r"treatments?", r"medications?",
    r"medicines?", r"tablets?", r"pills?", r"dosage", r"chemo\w*", r"tumou?rs?", r"hiv",
    r"aids", r"stis?", r"stds?", r"pregnan\w*", r"abortion", r"anxiety", r"asthma",
    r"blood pressure", r"obesity", r"overweight", r"alcohol\w*", r"smoking", r"flu",
    r"influenza", r"shingles", r"measles", r"tetanus", r"cardiac", r"heart", r"stroke",
    r"kidney", r"dementia", r"ibuprofen", r"statins?",
)  # fmt: skip
_HEALTH_PATTERN = re.compile(r"\b(?:" + "|".join(_HEALTH_TERMS_FR + _HEALTH_TERMS_EN) + r")\b")
# Variables that carry health details or may reveal a specialty: never in an SMS.
SMS_FORBIDDEN_VARIABLES = (
    "items",
    "reason",
    "announcement",
    "appointment.with_whom",
    "appointment.place",
    "appointment.reason",
)
_STOP = re.compile(r"\bSTOP\b")
_MAX_SMS_SEGMENTS = 2


def _fold(text: str) -> str:
    """Lower case without accents, one character for one, so positions still match."""
    return "".join(unicodedata.normalize("NFKD", c)[0].lower() for c in text)


def health_terms(text: str) -> list[str]:
    """The words of ``text`` (as written) that look like health details."""
    return [text[m.start() : m.end()] for m in _HEALTH_PATTERN.finditer(_fold(text))]


@dataclass(frozen=True)
class LintIssue:
    """One problem with a template; ``line`` in the source when it can be located.

    ``severity`` "error" must be fixed before the template is used; "warning" is
    advice (an SMS character that doubles the cost).
    """

    code: str
    message: str
    line: int | None = None
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line is not None else self.message


def lint(key: TemplateKey, source: str, *, practice_name: str | None = None) -> list[LintIssue]:
    """Check a template before it is saved or sent; the shipped defaults have no issue.

    On the source, and on a render with :func:`sample_context`:

    - ``syntax``, ``undefined``, ``security``, ... : the template does not render
      (the :class:`TemplateError` code), ``missing_subject`` / ``unexpected_subject``.
    - ``missing_sender`` (not phone): neither ``practice.name`` nor the literal
      ``practice_name`` appears, so the patient cannot tell who writes.
    - ``missing_opt_out`` (not phone): neither ``opt_out`` nor a literal "STOP".
    - ``missing_reason`` (e-mail, letter): ``reason`` is not used (DESIGN §2.1).
    - SMS only: ``health_word`` (a word of the health list in the text or the
      sample render), ``health_variable`` (one of :data:`SMS_FORBIDDEN_VARIABLES`),
      ``sms_too_long`` (more than 2 segments with the sample), and the warning
      ``sms_not_gsm`` (a literal character outside GSM-7 halves the length of a
      segment).
    """
    environment = _environment(key.language)
    try:
        tree = environment.parse(source)
    except TemplateSyntaxError as error:
        problem = _syntax_error(error)
        return [LintIssue(problem.code, problem.detail, problem.line)]
    issues: list[LintIssue] = []
    literals = _literal_text(source, key.language)
    used = {path for path, _ in _references(tree)}

    if key.channel == "sms":
        issues += _sms_source_issues(tree, literals)

    if key.channel != "phone":
        literal_text = "".join(text for _, text in literals)
        if "practice.name" not in used and not (practice_name and practice_name in literal_text):
            issues.append(
                LintIssue(
                    "missing_sender",
                    "the patient must see who writes: use {{ practice.name }}",
                )
            )
        if "opt_out" not in used and not _STOP.search(literal_text):
            issues.append(
                LintIssue(
                    "missing_opt_out",
                    "say how to stop these messages: use {{ opt_out }} (or 'STOP' in an SMS)",
                )
            )
    if key.channel in SUBJECT_CHANNELS and "reason" not in used:
        issues.append(
            LintIssue(
                "missing_reason",
                "say why the patient receives this message: use {{ reason }}",
            )
        )

    sample = sample_context(key.language, key.tone, purpose=key.purpose, channel=key.channel)
    try:
        rendered = render(source, sample, channel=key.channel, language=key.language)
    except TemplateError as error:
        issues.append(LintIssue(error.code, error.detail, error.line))
        return issues
    if key.channel == "sms":
        issues += _sms_render_issues(rendered.body, already={i.message for i in issues})
    return issues


def _literal_text(source: str, language: str) -> list[tuple[int, str]]:
    """The text a template writes itself (not comments, not variables), by line."""
    return [
        (line, value)
        for line, token, value in _environment(language).lex(source)
        if token in {"data", "string"}
    ]


def _sms_source_issues(tree: nodes.Template, literals: list[tuple[int, str]]) -> list[LintIssue]:
    issues: list[LintIssue] = []
    reported: set[tuple[str, int]] = set()
    for path, line in _references(tree):
        for forbidden in SMS_FORBIDDEN_VARIABLES:
            if (path == forbidden or path.startswith(forbidden + ".")) and (
                forbidden,
                line,
            ) not in reported:
                reported.add((forbidden, line))
                issues.append(
                    LintIssue(
                        "health_variable",
                        f"'{forbidden}' can carry health details and must not appear in an SMS",
                        line,
                    )
                )
    for first_line, text in literals:
        for offset, part in enumerate(text.split("\n")):
            line = first_line + offset
            for word in health_terms(part):
                issues.append(
                    LintIssue(
                        "health_word",
                        f"'{word}' is a health detail; an SMS must not carry health details",
                        line,
                    )
                )
            for character in dict.fromkeys(c for c in part if not is_gsm7(c)):
                issues.append(
                    LintIssue(
                        "sms_not_gsm",
                        f"'{character}' is not in the SMS alphabet (GSM-7): the whole SMS "
                        "switches to UCS-2, 70 characters per segment instead of 160",
                        line,
                        "warning",
                    )
                )
    return issues


def _sms_render_issues(body: str, already: set[str]) -> list[LintIssue]:
    issues: list[LintIssue] = []
    for word in dict.fromkeys(health_terms(body)):
        message = f"'{word}' is a health detail; an SMS must not carry health details"
        if message not in already:
            issues.append(LintIssue("health_word", message + " (in the sample message)"))
    count = sms_segments(body)
    if count.segments > _MAX_SMS_SEGMENTS:
        issues.append(
            LintIssue(
                "sms_too_long",
                f"the sample SMS needs {count.segments} segments ({count.characters} "
                f"{count.encoding} characters); keep it to {_MAX_SMS_SEGMENTS}",
            )
        )
    return issues


__all__ = [
    "CHANNELS",
    "EASY_READ",
    "EASY_READ_CHANNELS",
    "GSM7_BASIC",
    "GSM7_EXTENSION",
    "KNOWN_VARIABLES",
    "LANGUAGES",
    "PURPOSES",
    "SMS_FORBIDDEN_VARIABLES",
    "STANDARD",
    "TONES",
    "VARIANTS",
    "AppointmentContext",
    "LintIssue",
    "MessageContext",
    "PatientContext",
    "PracticeContext",
    "PractitionerContext",
    "Rendered",
    "SmsSegments",
    "TemplateError",
    "TemplateKey",
    "default_path",
    "default_source",
    "fit_gsm7",
    "health_terms",
    "html_from_text",
    "is_gsm7",
    "lint",
    "patient_context",
    "render",
    "render_default",
    "sample_context",
    "sms_segments",
    "standard_opt_out",
    "template_keys",
    "variants_for",
]

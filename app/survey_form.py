"""The satisfaction survey on paper, with a reply slip (issue 5, item 4).

Patients who are not online answer on paper too, or the practice's
satisfaction figures (DESIGN §2.5) only ever hear from those who are.  One
form per patient, on the letters' letterhead (:mod:`app.pdf_layout`), so it
goes in the same DL window envelope: the practice at the top left, the
patient's name and address in the window, then the questions with boxes big
enough to tick with a pen (at least 5 mm), lines to write on, and at the
bottom a reply slip behind a dashed "cut here" line, in words (no scissors
glyph: a screen reader and a photocopier both keep words).

A **reference code** on every page and on the slip ties the answers keyed in
later to the patient, the survey and the round: the patient's first, second...
invitation to that survey (:func:`reference_code`, :func:`parse_reference`), so
a slip from last spring that comes back late is filed under last spring's
invitation, not this autumn's.  Nine characters of Crockford's base 32 (no I,
L, O or U to misread) in threes, the last one a check character, so a typo is
caught when it is keyed in rather than filed under someone else.  The eight
character codes printed before rounds (survey and patient only) are still read:
they name the patient's latest invitation to the survey.

The survey registry (issue 6) does not exist yet: :class:`SurveyForm` is the
small typed description it will map to.  The first question is always the
Net Promoter Score (0–10, :func:`nps_question`).

A patient whose paper format is large print gets every word at 16 pt or more
(RNIB clear print); easy-read at 14 pt, as their letters.  Everything prints
in DejaVu (Ł, ß, Cyrillic and Greek names as written).  ReportLab is imported
lazily (DESIGN §9).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from babel.dates import format_date
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import letters, paper_settings, pdf_layout, preferences
from app.batches import rows_by_id
from app.errors import NotFound, RelaisError
from app.pdf_fonts import SANS, SANS_BOLD
from app.settings import PracticeSettings, load_practice
from db.models import PaperFormat, Patient, SurveyInvitation

LANGUAGES = ("fr", "en")
# Body size in points by paper format: large print is at least 16 pt everywhere.
BODY_SIZES = {
    PaperFormat.STANDARD: 11.0,
    PaperFormat.EASY_READ: 14.0,
    PaperFormat.LARGE_PRINT: float(pdf_layout.LARGE_PRINT_SIZE),
}
BOX_MM = {PaperFormat.STANDARD: 6.0, PaperFormat.EASY_READ: 7.0, PaperFormat.LARGE_PRINT: 8.0}
MIN_BOX_MM = 5.0  # a box smaller than this is hard to tick with a pen
WRITING_LINE_MM = {
    PaperFormat.STANDARD: 9.0,
    PaperFormat.EASY_READ: 10.0,
    PaperFormat.LARGE_PRINT: 12.0,
}
_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
# A table names a font for its cells even when they hold only flowables; without
# this it would be Helvetica, which is not embedded.
_FONT = ("FONTNAME", (0, 0), (-1, -1), SANS)

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "place_date": "{place}, le {date}",
        "date": "Le {date}",
        "reference": "Votre référence : {code}",
        "how": (
            "Pour répondre, cochez une case par question avec un stylo. "
            "Renvoyez ensuite cette feuille au cabinet dans l'enveloppe, ou déposez-la "
            "à l'accueil. Vous pouvez laisser une question sans réponse."
        ),
        "thanks": "Merci pour votre aide !",
        "cut": "Découpez le long de cette ligne",
        "slip": "Coupon-réponse",
        "slip_reference": "Référence : {code}",
        "slip_patient": "{name}",
        "slip_return": "À renvoyer à : {address}",
        "slip_alone": ("Vous ne souhaitez pas répondre ? Vous pouvez renvoyer ce coupon seul."),
        "slip_stop": "Cochez cette case pour ne plus recevoir d'enquêtes de satisfaction.",
        "nps": (
            "Quelle est la probabilité que vous recommandiez le cabinet à un ami "
            "ou à un membre de votre famille ?"
        ),
        "nps_low": "0 = pas du tout probable",
        "nps_high": "10 = très probable",
        "footer": "réf. {code} · {title}",
    },
    "en": {
        "place_date": "{place}, {date}",
        "date": "{date}",
        "reference": "Your reference: {code}",
        "how": (
            "To answer, tick one box for each question with a pen. Then send this sheet "
            "back to the practice in the envelope, or hand it in at reception. You can "
            "leave out any question."
        ),
        "thanks": "Thank you for your help!",
        "cut": "Cut along this line",
        "slip": "Reply slip",
        "slip_reference": "Reference: {code}",
        "slip_patient": "{name}",
        "slip_return": "Return to: {address}",
        "slip_alone": "Would you rather not answer? You can send back this slip on its own.",
        "slip_stop": "Tick this box to stop receiving satisfaction surveys.",
        "nps": ("How likely are you to recommend the practice to a friend or family member?"),
        "nps_low": "0 = not at all likely",
        "nps_high": "10 = extremely likely",
        "footer": "ref. {code} · {title}",
    },
}


# -- What a survey asks ----------------------------------------------------------------------


@dataclass(frozen=True)
class NpsQuestion:
    """The Net Promoter Score: 0 to 10.  Empty texts take the standard wording
    (:func:`nps_question`) in the form's language."""

    key: str = "nps"
    text: str = ""
    low_label: str = ""
    high_label: str = ""


@dataclass(frozen=True)
class ScaleQuestion:
    """A scale from 1 to ``points`` (5 by default), its two ends named."""

    key: str
    text: str
    low_label: str
    high_label: str
    points: int = 5


@dataclass(frozen=True)
class ChoiceQuestion:
    """One answer among ``options``, each with its own box."""

    key: str
    text: str
    options: tuple[str, ...]


@dataclass(frozen=True)
class TextQuestion:
    """A free answer, written by hand on ``lines`` lines."""

    key: str
    text: str
    lines: int = 3


Question = NpsQuestion | ScaleQuestion | ChoiceQuestion | TextQuestion


@dataclass(frozen=True)
class SurveyForm:
    """A paper survey: what the future survey registry (issue 6) maps its surveys to.

    ``survey_id`` is the registry's id (0 until there is one); it goes into every
    reference code, so answers keyed in later say which survey they answer.
    ``questions`` are asked in order; each ``key`` is unique and names the answer.
    Raises ValueError when the description cannot be printed sensibly.
    """

    title: str
    introduction: str
    questions: list[Question] = field(default_factory=list)
    language: str = "fr"
    survey_id: int = 0

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        if not self.title.strip():
            raise ValueError("a survey needs a title")
        if not self.questions:
            raise ValueError("a survey needs at least one question")
        keys = [question.key for question in self.questions]
        if len(set(keys)) != len(keys):
            raise ValueError("each question needs its own key")
        if not 0 <= self.survey_id <= _MAX_SURVEY_ID:
            raise ValueError(f"survey_id must be between 0 and {_MAX_SURVEY_ID}")
        for question in self.questions:
            if isinstance(question, ScaleQuestion) and not 2 <= question.points <= 10:
                raise ValueError(f"{question.key}: a scale has 2 to 10 points")
            if isinstance(question, ChoiceQuestion) and len(question.options) < 2:
                raise ValueError(f"{question.key}: a choice needs at least two options")
            if isinstance(question, TextQuestion) and not 1 <= question.lines <= 15:
                raise ValueError(f"{question.key}: 1 to 15 lines to write on")


def nps_question(language: str) -> NpsQuestion:
    """The Net Promoter Score question with its wording in ``language``."""
    words = WORDS[language]
    return NpsQuestion("nps", words["nps"], words["nps_low"], words["nps_high"])


def default_survey(language: str) -> SurveyForm:
    """The survey Relais ships: the NPS, then whether the reminders helped, came the
    right way and at the right time, and room for a comment."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    if language == "fr":
        return SurveyForm(
            title="Votre avis sur le cabinet et ses rappels",
            introduction=(
                "Le cabinet vous envoie des rappels : rendez-vous, vaccins, dépistages. "
                "Nous aimerions savoir ce que vous en pensez. Répondre prend deux minutes "
                "et n'est pas obligatoire. Vos réponses sont lues par l'équipe du cabinet "
                "et servent uniquement à améliorer nos rappels."
            ),
            language="fr",
            questions=[
                nps_question("fr"),
                ScaleQuestion(
                    "useful",
                    "Nos rappels vous ont-ils été utiles ?",
                    "1 = pas du tout utiles",
                    "5 = très utiles",
                ),
                ChoiceQuestion(
                    "channel",
                    "Par quel moyen préférez-vous recevoir nos rappels ?",
                    ("Comme maintenant", "SMS", "E-mail", "Courrier", "Appel téléphonique"),
                ),
                ChoiceQuestion(
                    "timing",
                    "Nos rappels arrivent-ils au bon moment ?",
                    ("Trop tôt", "Au bon moment", "Trop tard"),
                ),
                TextQuestion(
                    "comment",
                    "Avez-vous une remarque ou une idée pour améliorer nos rappels ?",
                    lines=4,
                ),
            ],
        )
    return SurveyForm(
        title="Your views on the practice and its reminders",
        introduction=(
            "The practice sends you reminders: appointments, vaccinations, screening. "
            "We would like to know what you think of them. Answering takes two minutes "
            "and is up to you. Your answers are read by the practice team and used "
            "only to improve our reminders."
        ),
        language="en",
        questions=[
            nps_question("en"),
            ScaleQuestion(
                "useful",
                "How useful have our reminders been to you?",
                "1 = not useful at all",
                "5 = very useful",
            ),
            ChoiceQuestion(
                "channel",
                "How would you prefer to receive our reminders?",
                ("As now", "Text message", "E-mail", "Letter", "Phone call"),
            ),
            ChoiceQuestion(
                "timing",
                "Do our reminders arrive at the right time?",
                ("Too early", "At the right time", "Too late"),
            ),
            TextQuestion(
                "comment",
                "Do you have a comment or an idea to improve our reminders?",
                lines=4,
            ),
        ],
    )


# -- Reference codes -------------------------------------------------------------------------

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32
_READ_AS = {"O": "0", "I": "1", "L": "1"}  # what a hand-keyed code may hold instead
_PATIENT_BITS = 24  # 16.7 million patients
_MAX_SURVEY_ID = 2**11 - 1
# A round is the patient's n-th invitation to the survey.  Five bits: round 33 prints
# as round 1 again, eight years apart at the default cap; the latest such round is meant.
_ROUND_BITS = 5
ROUNDS_APART = 2**_ROUND_BITS
_CODE_LENGTH = 8  # 40 bits of payload (survey, patient, round), then one check character
_CODE_SPACE = 2 ** (5 * _CODE_LENGTH)
# The codes printed before rounds (survey and patient only), still read: 35 bits.
_OLD_CODE_LENGTH = 7
_OLD_CODE_SPACE = 2 ** (5 * _OLD_CODE_LENGTH)
# An odd multiplier mixes the bits (and its inverse unmixes them), so that two
# patients with neighbouring ids do not get codes that differ by one character.
# Its own multiplier (the golden ratio's bits): a round's code shares nothing with the
# older code of the same patient, which a reader could take for it.
_MIX = 0x9E3779B97F4A7C15 % _CODE_SPACE | 1
_UNMIX = pow(_MIX, -1, _CODE_SPACE)
_OLD_MIX = 0x5DEECE66D % _OLD_CODE_SPACE | 1
_OLD_UNMIX = pow(_OLD_MIX, -1, _OLD_CODE_SPACE)


class InvalidReference(RelaisError):
    """A reference code keyed in that is not one Relais printed (a typo, most likely).

    ``code`` says what is wrong, for a message in the user's language: ``length``
    (``params["length"]``: the characters keyed in), ``character``
    (``params["character"]``, ``params["position"]``), ``check`` (a character is
    wrong or two are swapped), ``no_patient``.
    """

    def __init__(self, message: str, code: str, params: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.params = params or {}


@dataclass(frozen=True)
class SurveyReference:
    """Whose form, for which survey, which round: what a reference code says.

    ``round_number`` is the patient's n-th invitation to the survey, from 1 (past
    :data:`ROUNDS_APART` it starts again at 1); None for a code printed before
    rounds were, which names the patient's latest invitation to the survey.
    """

    survey_id: int
    patient_id: int
    round_number: int | None = None


def reference_code(survey_id: int, patient_id: int, round_number: int = 1) -> str:
    """The code printed on a patient's form for one round, e.g. "0G3-0K1-MZ7":
    8 characters and a check, in threes to read out and type."""
    if not 0 <= survey_id <= _MAX_SURVEY_ID:
        raise ValueError(f"survey_id must be between 0 and {_MAX_SURVEY_ID}")
    if not 0 < patient_id < 2**_PATIENT_BITS:
        raise ValueError(f"patient_id must be between 1 and {2**_PATIENT_BITS - 1}")
    if round_number < 1:
        raise ValueError("round_number counts from 1")
    payload = (survey_id << _PATIENT_BITS | patient_id) << _ROUND_BITS | (
        round_number - 1
    ) % ROUNDS_APART
    code = _encoded(payload * _MIX % _CODE_SPACE, _CODE_LENGTH)
    return f"{code[:3]}-{code[3:6]}-{code[6:]}"


def survey_patient_code(survey_id: int, patient_id: int) -> str:
    """The code printed before rounds, e.g. "00G0-01MK": survey and patient only.

    Relais no longer prints it; :func:`parse_reference` still reads it, for the
    slips already out there."""
    if not 0 <= survey_id <= _MAX_SURVEY_ID:
        raise ValueError(f"survey_id must be between 0 and {_MAX_SURVEY_ID}")
    if not 0 < patient_id < 2**_PATIENT_BITS:
        raise ValueError(f"patient_id must be between 1 and {2**_PATIENT_BITS - 1}")
    value = ((survey_id << _PATIENT_BITS) | patient_id) * _OLD_MIX % _OLD_CODE_SPACE
    code = _encoded(value, _OLD_CODE_LENGTH)
    return f"{code[:4]}-{code[4:]}"


def _encoded(value: int, length: int) -> str:
    digits = []
    for _ in range(length):
        value, digit = divmod(value, 32)
        digits.append(_ALPHABET[digit])
    body = "".join(reversed(digits))
    return body + _check_character(body)


def parse_reference(text: str) -> SurveyReference:
    """Read a code as keyed in: any case, spaces or dashes anywhere, O for 0, I or L for 1.

    Nine characters name a round (:func:`reference_code`); eight are a code printed
    before rounds (:func:`survey_patient_code`), ``round_number`` None.  Raises
    :class:`InvalidReference` saying what is wrong with it.
    """
    shown = text.strip()
    cleaned = "".join(text.split()).replace("-", "").upper()
    cleaned = "".join(_READ_AS.get(character, character) for character in cleaned)
    if len(cleaned) not in (_CODE_LENGTH + 1, _OLD_CODE_LENGTH + 1):
        raise InvalidReference(
            f"reference {shown!r}: a reference has {_CODE_LENGTH + 1} characters "
            f"({_OLD_CODE_LENGTH + 1} on older forms), not {len(cleaned)}",
            "length",
            {"length": str(len(cleaned))},
        )
    for position, character in enumerate(cleaned, start=1):
        if character not in _ALPHABET:
            raise InvalidReference(
                f"reference {shown!r}: {character!r} (character {position}) "
                "is not used in references",
                "character",
                {"character": character, "position": str(position)},
            )
    body, check = cleaned[:-1], cleaned[-1]
    if _check_character(body) != check:
        raise InvalidReference(
            f"reference {shown!r} does not check out: a character is wrong or two are swapped",
            "check",
        )
    value = 0
    for character in body:
        value = value * 32 + _ALPHABET.index(character)
    round_number: int | None = None
    if len(body) == _CODE_LENGTH:
        value = value * _UNMIX % _CODE_SPACE
        round_number = (value & (ROUNDS_APART - 1)) + 1
        value >>= _ROUND_BITS
    else:
        value = value * _OLD_UNMIX % _OLD_CODE_SPACE
    survey_id, patient_id = value >> _PATIENT_BITS, value & (2**_PATIENT_BITS - 1)
    if patient_id == 0 or survey_id > _MAX_SURVEY_ID:
        raise InvalidReference(f"reference {shown!r} names no patient", "no_patient")
    return SurveyReference(survey_id, patient_id, round_number)


def _check_character(body: str) -> str:
    """Luhn mod 32: catches any one wrong character, and two neighbours swapped but for
    one pair of characters (as Luhn misses 09 and 90)."""
    total, factor = 0, 2
    for character in reversed(body):
        addend = factor * _ALPHABET.index(character)
        total += addend // 32 + addend % 32
        factor = 1 if factor == 2 else 2
    return _ALPHABET[(32 - total % 32) % 32]


# -- Writing the forms -----------------------------------------------------------------------


@dataclass(frozen=True)
class WrittenSurveys:
    """Survey forms written to disk: where, each patient's reference code, the page count."""

    path: Path
    references: dict[int, str]
    pages: int


@dataclass(frozen=True)
class _Recipient:
    patient_id: int
    label: str  # "Łucja WAŁĘSA"
    address: tuple[str, ...]
    paper_format: PaperFormat
    code: str


def write_survey_forms(
    path: Path,
    session: Session,
    patient_ids: Sequence[int],
    survey: SurveyForm,
    today: date,
    rounds: Mapping[int, int] | None = None,
) -> WrittenSurveys:
    """One form per patient, in the order given, in one PDF written atomically (0600).

    ``today`` is the practice's date printed on the forms.  ``rounds`` (patient
    id -> round) says which invitation each form answers; a patient left out gets
    the round their next invitation to the survey will be (a form handed over at
    the desk: keyed in, it opens that invitation).  Raises :class:`NotFound` for
    an unknown patient; a patient without a postal address gets a form with their
    name only in the window (to hand over at the desk).
    """
    pdf, recipients, pages = render_survey_forms(session, patient_ids, survey, today, rounds)
    path.parent.mkdir(parents=True, exist_ok=True)
    letters.write_private(path, pdf)
    return WrittenSurveys(path, {r.patient_id: r.code for r in recipients}, pages)


def render_survey_forms(
    session: Session,
    patient_ids: Sequence[int],
    survey: SurveyForm,
    today: date,
    rounds: Mapping[int, int] | None = None,
) -> tuple[bytes, list[_Recipient], int]:
    """:func:`write_survey_forms` in memory: the PDF, whom it addresses, its page count."""
    practice = load_practice(session)
    wanted = list(dict.fromkeys(patient_ids))
    rounds = {**next_rounds(session, survey.survey_id, wanted), **(rounds or {})}
    formats = preferences.load_many(session, wanted)
    found = rows_by_id(session, Patient, wanted)
    for patient_id in wanted:
        if patient_id not in found:
            raise NotFound(f"No patient with id {patient_id}.")
    # No letter was planned: the address is each patient's first usable postal one.
    blocks = letters.window_blocks(
        session, [("", found[pid], survey.language) for pid in wanted], practice.default_region
    )
    recipients = []
    for patient_id, address in zip(wanted, blocks, strict=True):
        patient = found[patient_id]
        paper = formats[patient_id].paper_format if patient_id in formats else None
        recipients.append(
            _Recipient(
                patient_id,
                f"{patient.first_name} {patient.last_name.upper()}".strip(),
                address.lines,
                paper or PaperFormat.STANDARD,
                reference_code(survey.survey_id, patient_id, rounds.get(patient_id, 1)),
            )
        )
    sheet = paper_settings.load_paper(session)
    documents = [_document(survey, practice, recipient, today, sheet) for recipient in recipients]
    buffer = BytesIO()
    pages = 0
    if documents:
        pages = paper_settings.write_on_paper(
            buffer, documents, sheet, title=survey.title, practice=practice,
            language=survey.language,
        )  # fmt: skip
    return buffer.getvalue(), recipients, pages


def next_rounds(session: Session, survey_id: int, patient_ids: Sequence[int]) -> dict[int, int]:
    """The round each patient's next invitation to the survey will be: one query."""
    if not survey_id or not patient_ids:
        return {}
    counted = session.execute(
        select(SurveyInvitation.patient_id, func.count())
        .where(
            SurveyInvitation.survey_id == survey_id,
            SurveyInvitation.patient_id.in_(list(patient_ids)),
        )
        .group_by(SurveyInvitation.patient_id)
    )
    return {patient_id: count + 1 for patient_id, count in counted}


def _document(
    survey: SurveyForm,
    practice: PracticeSettings,
    recipient: _Recipient,
    today: date,
    paper: paper_settings.PaperSettings,
) -> pdf_layout.PaperDocument:
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer
    from reportlab.platypus.flowables import TopPadder

    words = WORDS[survey.language]
    size = BODY_SIZES[recipient.paper_format]
    large = recipient.paper_format is PaperFormat.LARGE_PRINT
    styles = pdf_layout.paper_styles(size)
    body = styles["body"]
    shown_day = format_date(today, "d MMMM y", locale=_LOCALES[survey.language])
    place_date = (
        words["place_date"].format(place=practice.city, date=shown_day)
        if practice.city.strip()
        else words["date"].format(date=shown_day)
    )
    question_style = ParagraphStyle(
        "question", parent=body, fontName=SANS_BOLD, spaceBefore=size * 0.6, spaceAfter=size * 0.4
    )
    story: list[Any] = [
        # RNIB clear print: everything flush left, the date too.
        Paragraph(
            escape(place_date),
            ParagraphStyle("date", parent=body, alignment=TA_LEFT if large else TA_RIGHT),
        ),
        Spacer(1, 2 * mm),
        Paragraph(escape(survey.title), styles["title"]),
        Paragraph(escape(words["reference"].format(code=recipient.code)), body),
        Paragraph(escape(survey.introduction), body),
        Paragraph(escape(words["how"]), body),
    ]
    for number, question in enumerate(survey.questions, start=1):
        story.append(
            KeepTogether(
                [
                    Paragraph(
                        f"{number}. {escape(_text_of(question, survey.language))}", question_style
                    ),
                    *_answer_flowables(question, survey.language, recipient.paper_format, body),
                ]
            )
        )
    story += [
        Spacer(1, size * 0.6),
        Paragraph(escape(words["thanks"]), body),
        TopPadder(_slip(survey, practice, recipient, body)),
    ]
    return paper_settings.document_on_paper(
        paper, practice, recipient.address, story,
        words["footer"].format(title=survey.title, code=recipient.code),
        language=survey.language, size=size, large_print=large,
    )  # fmt: skip


def _text_of(question: Question, language: str) -> str:
    if isinstance(question, NpsQuestion):
        return question.text or WORDS[language]["nps"]
    return question.text


def _answer_flowables(
    question: Question, language: str, paper: PaperFormat, body: Any
) -> list[Any]:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    box = BOX_MM[paper] * mm
    centred = ParagraphStyle("centred", parent=body, alignment=TA_CENTER, spaceAfter=0)
    plain = ParagraphStyle("plain", parent=body, spaceAfter=0)
    right = ParagraphStyle("right", parent=plain, alignment=TA_RIGHT)

    def row_of_boxes(labels: list[str], low: str, high: str) -> list[Any]:
        cell = min(box * 2.6, 174 * mm / len(labels))
        table = Table(
            [[_box(box) for _ in labels], [Paragraph(label, centred) for label in labels]],
            colWidths=[cell] * len(labels),
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    _FONT,
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        if paper is PaperFormat.LARGE_PRINT:  # clear print: nothing aligned right
            return [table, Paragraph(escape(low), plain), Paragraph(escape(high), plain)]
        # The two ends on one line when they fit, even past a short scale's last box.
        high_width = _width_of(high, plain) + 2 * mm
        needed = _width_of(low, plain) + high_width + 8 * mm
        ends_width = min(174 * mm, max(cell * len(labels), needed))
        high_width = min(high_width, ends_width / 2)
        ends = Table(
            [[Paragraph(escape(low), plain), Paragraph(escape(high), right)]],
            colWidths=[ends_width - high_width, high_width],
            hAlign="LEFT",
        )
        ends.setStyle(
            TableStyle(
                [
                    _FONT,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return [table, ends]

    if isinstance(question, NpsQuestion):
        words = WORDS[language]
        return row_of_boxes(
            [str(n) for n in range(11)],
            question.low_label or words["nps_low"],
            question.high_label or words["nps_high"],
        )
    if isinstance(question, ScaleQuestion):
        return row_of_boxes(
            [str(n) for n in range(1, question.points + 1)],
            question.low_label,
            question.high_label,
        )
    if isinstance(question, ChoiceQuestion):
        table = Table(
            [[_box(box), Paragraph(escape(option), plain)] for option in question.options],
            colWidths=[box + 4 * mm, None],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    _FONT,
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        return [table]
    return [_writing_lines(question.lines, WRITING_LINE_MM[paper] * mm)]


def _slip(survey: SurveyForm, practice: PracticeSettings, recipient: _Recipient, body: Any) -> Any:
    """The reply slip: behind a dashed line to cut along, the code, whose, where to, stop."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    words = WORDS[survey.language]
    size = body.fontSize
    box = BOX_MM[recipient.paper_format] * mm
    plain = ParagraphStyle("slip", parent=body, spaceAfter=size * 0.25)
    heading = ParagraphStyle("slip_heading", parent=plain, fontName=SANS_BOLD, fontSize=size * 1.15)
    # Large print keeps the body's 1.5 line spacing (RNIB clear print) in the slip's heading.
    large = recipient.paper_format is PaperFormat.LARGE_PRINT
    heading.leading = heading.fontSize * (1.5 if large else 1.3)
    cut = ParagraphStyle(
        "cut", parent=plain, alignment=TA_CENTER, textColor="#555555", spaceAfter=0
    )
    address = ", ".join(
        part
        for part in (
            practice.name,
            practice.street,
            f"{practice.postcode} {practice.city}".strip(),
        )
        if part.strip()
    )
    stop = Table(
        [[_box(box), Paragraph(escape(words["slip_stop"]), plain)]],
        colWidths=[box + 4 * mm, None],
        hAlign="LEFT",
    )
    stop.setStyle(
        TableStyle(
            [
                _FONT,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return _stack(
        [
            Spacer(1, size * 0.8),
            _cut_line(Paragraph(escape(words["cut"]), cut)),
            Spacer(1, size * 0.5),
            Paragraph(
                f"{escape(words['slip'])} · "
                + escape(words["slip_reference"].format(code=recipient.code)),
                heading,
            ),
            Paragraph(escape(words["slip_patient"].format(name=recipient.label)), plain),
            Paragraph(escape(words["slip_return"].format(address=address)), plain),
            Paragraph(escape(words["slip_alone"]), plain),
            stop,
        ]
    )


def _box(side: float) -> Any:
    """An empty square to tick, ``side`` points wide."""
    return _flowable_classes()["box"](side)


def _writing_lines(count: int, gap: float) -> Any:
    """``count`` light lines ``gap`` points apart, to write an answer on."""
    return _flowable_classes()["lines"](count, gap)


def _cut_line(words: Any) -> Any:
    """A dashed line across the page, its words ("Cut along this line") in the middle."""
    return _flowable_classes()["cut"](words)


def _stack(flowables: list[Any]) -> Any:
    """Flowables drawn as one block that never splits: it moves whole to the next page
    (and :class:`TopPadder` can push it to the foot of the page)."""
    return _flowable_classes()["stack"](flowables)


@functools.cache
def _flowable_classes() -> dict[str, type]:
    """The flowables drawn by hand, defined once ReportLab is imported (lazily)."""
    from reportlab.platypus import Flowable

    class Box(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
        def __init__(self, side: float) -> None:
            super().__init__()
            self.side = side

        def wrap(self, _width: float, _height: float) -> tuple[float, float]:
            return self.side, self.side

        def draw(self) -> None:
            self.canv.saveState()
            self.canv.setLineWidth(1)
            self.canv.rect(0, 0, self.side, self.side)
            self.canv.restoreState()

    class WritingLines(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
        def __init__(self, count: int, gap: float) -> None:
            super().__init__()
            self.count = count
            self.gap = gap

        def wrap(self, width: float, _height: float) -> tuple[float, float]:
            self.width = width
            return width, self.count * self.gap

        def draw(self) -> None:
            self.canv.saveState()
            self.canv.setStrokeColorRGB(0.55, 0.55, 0.55)
            self.canv.setLineWidth(0.6)
            for line in range(self.count):
                y = line * self.gap + 1
                self.canv.line(0, y, self.width, y)
            self.canv.restoreState()

    class CutLine(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
        def __init__(self, words: Any) -> None:
            super().__init__()
            self.words = words

        def wrap(self, width: float, _height: float) -> tuple[float, float]:
            self.width = width
            self._text_width = min(width * 0.6, _text_width(self.words) + 12)
            _w, self._text_height = self.words.wrap(self._text_width, 1000)
            return width, self._text_height

        def draw(self) -> None:
            canvas = self.canv
            middle = self._text_height / 2
            gap_left = (self.width - self._text_width) / 2
            canvas.saveState()
            canvas.setDash(4, 3)
            canvas.setLineWidth(0.8)
            canvas.line(0, middle, gap_left, middle)
            canvas.line(gap_left + self._text_width, middle, self.width, middle)
            canvas.restoreState()
            self.words.drawOn(canvas, gap_left, 0)

    class Stack(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
        def __init__(self, flowables: list[Any]) -> None:
            super().__init__()
            self.flowables = flowables

        def wrap(self, width: float, _height: float) -> tuple[float, float]:
            self.width = width
            self._heights = [f.wrap(width, 10_000)[1] for f in self.flowables]
            self.height = sum(self._heights)
            return width, self.height

        def split(self, _width: float, _height: float) -> list[Any]:
            return []

        def draw(self) -> None:
            y = self.height
            for flowable, height in zip(self.flowables, self._heights, strict=True):
                y -= height
                flowable.drawOn(self.canv, 0, y)

    return {"box": Box, "lines": WritingLines, "cut": CutLine, "stack": Stack}


def _text_width(paragraph: Any) -> float:
    return _width_of(paragraph.getPlainText(), paragraph.style)


def _width_of(text: str, style: Any) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, style.fontName, style.fontSize))


__all__ = [
    "BOX_MM",
    "MIN_BOX_MM",
    "ROUNDS_APART",
    "ChoiceQuestion",
    "InvalidReference",
    "NpsQuestion",
    "Question",
    "ScaleQuestion",
    "SurveyForm",
    "SurveyReference",
    "TextQuestion",
    "WrittenSurveys",
    "default_survey",
    "next_rounds",
    "nps_question",
    "parse_reference",
    "reference_code",
    "render_survey_forms",
    "survey_patient_code",
    "write_survey_forms",
]

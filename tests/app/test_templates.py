"""Message templates: rendering, located errors, the sandbox, SMS length, the lint, the defaults."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import templates
from app.errors import NotFound
from app.templates import (
    GSM7_BASIC,
    GSM7_EXTENSION,
    TemplateError,
    TemplateKey,
    lint,
    render,
    sample_context,
    sms_segments,
)
from db.models import Channel, Tone

ALL_KEYS = list(templates.template_keys())
PARIS = ZoneInfo("Europe/Paris")


def _render_default(key: TemplateKey) -> templates.Rendered:
    context = sample_context(key.language, key.tone, purpose=key.purpose, channel=key.channel)
    return templates.render_default(key, context)


def _render(source: str, *, channel: str = "sms", language: str = "fr") -> templates.Rendered:
    return render(source, sample_context(language, "formal"), channel=channel, language=language)


def _error(source: str, *, channel: str = "sms", language: str = "fr") -> TemplateError:
    with pytest.raises(TemplateError) as caught:
        _render(source, channel=channel, language=language)
    return caught.value


# -- The shipped defaults ---------------------------------------------------------------


def test_there_is_a_default_for_every_purpose_channel_language_and_tone() -> None:
    # Every purpose × channel × language × tone, plus the easy-read letter of each.
    assert len(ALL_KEYS) == 7 * 4 * 2 * 2 + 7 * 2 * 2
    assert len(set(ALL_KEYS)) == len(ALL_KEYS)
    for key in ALL_KEYS:
        assert templates.default_path(key).is_file(), key
    easy_read = [key for key in ALL_KEYS if key.variant == "easy_read"]
    assert {key.channel for key in easy_read} == {"letter"}
    assert templates.default_path(easy_read[0]).name == "letter_formal_easy_read.txt"


EASY_READ_KEYS = [key for key in ALL_KEYS if key.variant == "easy_read"]


@pytest.mark.parametrize("key", EASY_READ_KEYS, ids=lambda k: "-".join(dataclasses.astuple(k)))
def test_easy_read_letters_are_short_plain_and_say_whom_to_call(key: TemplateKey) -> None:
    context = sample_context(key.language, key.tone, purpose=key.purpose, channel=key.channel)
    rendered = _render_default(key)
    body = rendered.body
    standard = templates.render_default(key.standard, context).body
    assert body != standard
    assert lint(key, templates.default_source(key)) == []
    # The sentences the template writes itself, not the values it puts in (a
    # campaign's text, the reason and how to stop are written elsewhere).
    values = {context.reason, context.opt_out, context.announcement, *context.items}
    own_lines = [
        line
        for line in body.splitlines()
        if line.strip() and line not in values and not set(line) <= set(".-0123456789 ")
    ]
    for line in own_lines:
        words = line.split()
        assert len(words) <= 15, line  # one short sentence a line
        assert line.count(". ") == 0, line  # one idea a line
    for abbreviation in ("Tél.", "Tel.", "n°", "etc", "e-mail", "ex."):
        assert abbreviation not in body, abbreviation
    # Whom to call: the practice's phone, in the words, not only in the foot.
    phone_lines = [line for line in own_lines if context.practice.phone in line]
    assert any(("ppel" in line or "hone" in line) for line in phone_lines), phone_lines
    assert context.practice.name in body
    if context.appointment is not None:
        day = templates.format_date_long(context.appointment.start, key.language)
        time = "14 h 30" if key.language == "fr" else "2:30 pm"
        lines = body.splitlines()
        # The date on a line of its own, and the time on another: "le mardi…", "à 14 h 30".
        assert ("le " if key.language == "fr" else "on ") + day in lines
        assert ("à " if key.language == "fr" else "at ") + time in lines


def test_only_letters_have_an_easy_read_variant() -> None:
    assert TemplateKey("vaccination", "letter", "fr", "formal", "easy_read").variant == "easy_read"
    assert TemplateKey("vaccination", "letter", "fr", "formal").variant == "standard"
    for channel in ("sms", "email", "phone"):
        with pytest.raises(ValueError, match="only a letter"):
            TemplateKey("vaccination", channel, "fr", "formal", "easy_read")
    with pytest.raises(ValueError, match="variant must be one of"):
        TemplateKey("vaccination", "letter", "fr", "formal", "braille")
    assert templates.variants_for("letter") == ("standard", "easy_read")
    assert templates.variants_for(Channel.SMS) == ("standard",)


def test_the_easy_read_key_knows_its_standard_twin() -> None:
    easy = TemplateKey("vaccination", "letter", "en", "informal", "easy_read")
    assert easy.standard == TemplateKey("vaccination", "letter", "en", "informal")
    assert easy != easy.standard
    assert len({easy, easy.standard}) == 2


@pytest.mark.parametrize("key", ALL_KEYS, ids=lambda k: "-".join(dataclasses.astuple(k)))
def test_every_default_renders_with_the_sample_and_passes_the_lint(key: TemplateKey) -> None:
    rendered = _render_default(key)

    assert rendered.body.strip()
    assert "{{" not in rendered.body
    assert "{%" not in rendered.body
    if key.channel in {"email", "letter"}:
        assert rendered.subject
    else:
        assert rendered.subject is None
    assert (rendered.html is not None) == (key.channel == "email")
    assert lint(key, templates.default_source(key)) == []


# Pronouns, possessives and the verb forms a short SMS uses instead ("Appelez-nous",
# "recommanderiez-vous", "Appelle-nous", "Réponds").
_SECOND_PERSON_TU = re.compile(
    r"\b(?:tu|te|ton|ta|tes|toi)\b|\bt'|-tu\b"
    r"|\b(?:appelle-nous|prends|réponds|renvoie-nous|préviens-nous|pense|entoure|dis-le-nous)\b",
    re.IGNORECASE,
)
_SECOND_PERSON_VOUS = re.compile(r"\b(?:vous|votre|vos)\b|-vous\b|\b\w+ez\b", re.IGNORECASE)


def _spoken_to_patient(key: TemplateKey, body: str) -> str:
    # A call script speaks to the receptionist with "vous" whatever the patient's
    # tone; only the words in « » are said to the patient.
    if key.channel == "phone":
        return " ".join(re.findall(r"«(.*?)»", body, re.DOTALL))
    return body


@pytest.mark.parametrize(
    "key",
    [k for k in ALL_KEYS if k.language == "fr"],
    ids=lambda k: f"{k.purpose}-{k.channel}-{k.tone}",
)
def test_french_formal_says_vous_and_informal_says_tu(key: TemplateKey) -> None:
    # "rendez-vous" addresses nobody.
    text = _spoken_to_patient(key, _render_default(key).body).replace("rendez-vous", "")

    if key.tone == "formal":
        assert not _SECOND_PERSON_TU.search(text), _SECOND_PERSON_TU.search(text)
        if key.channel != "sms" or "Bonjour" in text:
            assert _SECOND_PERSON_VOUS.search(text)
    else:
        assert not _SECOND_PERSON_VOUS.search(text), _SECOND_PERSON_VOUS.search(text)
        if key.channel != "sms" or "Bonjour" in text:
            assert _SECOND_PERSON_TU.search(text)


def test_salutations_follow_the_tone() -> None:
    def opening(language: str, tone: str) -> str:
        key = TemplateKey("vaccination", "email", language, tone)
        return _render_default(key).body.splitlines()[0]

    assert opening("fr", "formal") == "Bonjour Madame Dupont,"
    assert opening("fr", "informal") == "Bonjour Hélène,"
    assert opening("en", "formal") == "Dear Mrs O'Brien,"
    assert opening("en", "informal") == "Hello Sarah,"


def test_email_and_letter_say_why_how_to_stop_and_who_signs() -> None:
    for key in ALL_KEYS:
        if key.channel not in {"email", "letter"}:
            continue
        context = sample_context(key.language, key.tone, purpose=key.purpose, channel=key.channel)
        body = _render_default(key).body
        assert context.reason in body, key
        assert context.opt_out in body, key
        assert context.practice.name in body, key


def test_html_part_escapes_what_patients_typed() -> None:
    context = sample_context("en", "formal", purpose="vaccination", channel="email")
    context = dataclasses.replace(
        context,
        patient=templates.patient_context(
            "Mrs", "Siobhan", "O'Brien & <Fils>", language="en", tone="formal"
        ),
    )
    key = TemplateKey("vaccination", "email", "en", "formal")

    rendered = templates.render_default(key, context)

    assert "Dear Mrs O'Brien & <Fils>," in rendered.body
    assert rendered.html is not None
    assert "O&#x27;Brien &amp; &lt;Fils&gt;" in rendered.html
    assert "<Fils>" not in rendered.html
    assert "<a " not in rendered.html  # nothing is linkified
    assert rendered.html.count("<p>") == rendered.body.count("\n\n") + 1


def test_default_sms_fit_in_two_segments_and_most_in_one() -> None:
    counts = {}
    for key in ALL_KEYS:
        if key.channel == "sms":
            counts[key] = sms_segments(_render_default(key).body)

    assert all(count.segments <= 2 for count in counts.values())
    # No default forces UCS-2: the French avoids ê, â, ç ... where it reads naturally.
    assert {count.encoding for count in counts.values()} == {"GSM-7"}
    one_segment = sorted(
        f"{k.language}-{k.tone}-{k.purpose}" for k, c in counts.items() if c.segments == 1
    )
    two_segments = sorted(
        f"{k.language}-{k.tone}-{k.purpose}" for k, c in counts.items() if c.segments == 2
    )
    print(f"{len(one_segment)} of {len(counts)} default SMS fit one segment; two: {two_segments}")
    # Appointment reminders carry a date, a time and a number to cancel: two segments
    # is the price; every other default fits one with the sample data.
    assert all("appointment_reminder" in name for name in two_segments)
    assert len(one_segment) >= 24


def test_default_sms_carry_no_health_details() -> None:
    for key in ALL_KEYS:
        if key.channel == "sms":
            body = _render_default(key).body
            assert templates.health_terms(body) == [], key
            context = sample_context(key.language, key.tone, purpose=key.purpose)
            for item in context.items:
                assert item not in body


# -- Rendering ------------------------------------------------------------------------


def test_dates_and_times_in_the_patients_language() -> None:
    source = (
        "{{ appointment.start|date_long }} | {{ appointment.start|date_without_year }} | "
        "{{ appointment.start|date_short }} | {{ appointment.start|time }} | "
        "{{ date_long(appointment.start) }}"
    )
    assert _render(source, language="fr").body == (
        "mardi 1 décembre 2026 | mardi 1 décembre | 01/12/2026 | 14 h 30 | mardi 1 décembre 2026"
    )
    assert _render(source, language="en").body == (
        "Tuesday 1 December 2026 | Tuesday 1 December | 01/12/2026 | 2:30 pm | "
        "Tuesday 1 December 2026"
    )


def test_times_on_the_hour_and_in_the_practice_zone() -> None:
    nine = datetime(2026, 7, 6, 9, 0, tzinfo=PARIS)
    context = {"start": nine, "utc": nine.astimezone(UTC)}

    assert render("{{ start|time }}", context, channel="sms", language="fr").body == "9 h"
    assert render("{{ start|time }}", context, channel="sms", language="en").body == "9 am"
    # Shown as given: converting is the planner's job, so a UTC time stays UTC.
    assert render("{{ utc|time }}", context, channel="sms", language="fr").body == "7 h"


def test_values_in_an_sms_fit_the_sms_alphabet_but_the_template_text_does_not() -> None:
    context = {"name": "François Benoît", "start": datetime(2027, 8, 3, 10, 15, tzinfo=PARIS)}
    source = "{{ name }}, le {{ start|date_without_year }}. À bientôt"

    sms = render(source, context, channel="sms", language="fr").body
    exact = render(source, context, channel="sms", language="fr", fit_sms_alphabet=False).body
    letter = render(f"Objet : x\n\n{source}", context, channel="letter", language="fr").body

    assert sms == "Francois Benoit, le mardi 3 aout. À bientôt"
    assert exact == letter == "François Benoît, le mardi 3 août. À bientôt"


def test_fit_gsm7_keeps_what_the_alphabet_has() -> None:
    assert templates.fit_gsm7("Hélène Çelik, l’œil « ici » – Noël…") == (
        'Hélène Çelik, l\'oeil " ici " - Noel...'
    )
    assert templates.fit_gsm7("Анна 🙂") == "Анна 🙂"


@pytest.mark.parametrize(
    "key",
    [k for k in ALL_KEYS if k.channel == "sms"],
    ids=lambda k: "-".join(dataclasses.astuple(k)),
)
def test_default_sms_stay_short_for_names_outside_the_sms_alphabet(key: TemplateKey) -> None:
    context = sample_context(key.language, key.tone, purpose=key.purpose, channel="sms")
    title = "Monsieur" if key.language == "fr" else "Mr"
    context = dataclasses.replace(
        context,
        patient=templates.patient_context(
            title, "François", "Benoît", language=key.language, tone=key.tone
        ),
    )
    count = sms_segments(templates.render_default(key, context).body)
    assert count.encoding == "GSM-7"
    assert count.segments <= 2


def test_subject_line_in_either_language() -> None:
    for first_line in ("Objet : Rappel  du {{ patient.last_name }}", "Subject: Rappel du Dupont"):
        rendered = _render(f"{first_line}\n\n{{{{ patient.salutation }}}},", channel="email")
        assert rendered.subject == "Rappel du Dupont"
        assert rendered.body == "Bonjour Madame Dupont,"


def test_subject_is_required_where_it_exists_and_refused_elsewhere() -> None:
    missing = _error("Bonjour,\n\nTexte.", channel="email")
    assert missing.code == "missing_subject"

    unexpected = _error("{# note #}\nObjet : Rappel\n\nTexte.", channel="sms")
    assert unexpected.code == "unexpected_subject"
    assert unexpected.line == 2


def test_blank_lines_and_trailing_spaces_are_tidied() -> None:
    source = "Objet : x\n\n\nBonjour,   \n\n\n\nTexte.\n{% if items %}\n- liste\n{% endif %}\n\n"
    rendered = _render(source, channel="letter")
    assert rendered.body == "Bonjour,\n\nTexte."


def test_message_context_lists_every_known_variable() -> None:
    mapping = sample_context("fr", "formal").as_mapping()

    def names(value: dict[str, object], prefix: str = "") -> set[str]:
        found: set[str] = set()
        for key, inner in value.items():
            found.add(prefix + key)
            if isinstance(inner, dict):
                found |= names(inner, f"{prefix}{key}.")
        return found

    assert names(mapping) == set(templates.KNOWN_VARIABLES)


def test_patient_without_title_is_named_in_full_when_formal() -> None:
    patient = templates.patient_context("", "Camille", "Roux", language="fr", tone="formal")
    assert patient.addressed_as == "Camille Roux"
    assert patient.salutation == "Bonjour Camille Roux"
    assert patient.full_name == "Camille Roux"


def test_key_accepts_the_database_enums_and_refuses_unknown_values() -> None:
    key = TemplateKey("vaccination", Channel.SMS, "fr", Tone.INFORMAL)
    assert key == TemplateKey("vaccination", "sms", "fr", "informal")
    assert type(key.channel) is str
    with pytest.raises(ValueError, match="channel"):
        TemplateKey("vaccination", "fax", "fr", "formal")
    with pytest.raises(ValueError, match="language"):
        TemplateKey("vaccination", "sms", "de", "formal")


def test_a_purpose_without_default_is_not_found() -> None:
    with pytest.raises(NotFound):
        templates.default_source(TemplateKey("yoga_classes", "sms", "fr", "formal"))
    with pytest.raises(NotFound, match="easy_read"):
        templates.default_source(TemplateKey("yoga_classes", "letter", "fr", "formal", "easy_read"))


# -- Errors: located, explained, never a traceback ------------------------------------


def test_undefined_variable_names_the_line_and_the_nearest_name() -> None:
    error = _error("Objet : x\n\nBonjour\n{{ patient.frist_name }},", channel="email")

    assert error.code == "undefined"
    assert error.line == 4
    assert error.variable == "patient.frist_name"
    assert error.suggestion == "patient.first_name"
    assert str(error) == (
        "line 4: 'patient.frist_name' is not defined; did you mean 'patient.first_name'?"
    )


def test_undefined_top_level_name_and_inside_a_filter() -> None:
    assert str(_error("a\n{{ pratice.name }}")) == (
        "line 2: 'pratice' is not defined; did you mean 'practice'?"
    )
    assert str(_error("{{ appointment.strat|date_long }}")) == (
        "line 1: 'appointment.strat' is not defined; did you mean 'appointment.start'?"
    )


def test_undefined_because_the_message_has_no_appointment() -> None:
    context = sample_context("fr", "formal", purpose="vaccination")
    with pytest.raises(TemplateError) as caught:
        render("x\n{{ appointment.start|time }}", context, channel="sms", language="fr")
    assert str(caught.value) == (
        "line 2: 'appointment.start' is not available: 'appointment' is empty for this message"
    )


def test_syntax_error_is_located() -> None:
    error = _error("Bonjour\n\n{{ patient.first_name }\nSuite")
    assert error.code == "syntax"
    assert error.line == 3
    assert str(error).startswith("line 3: ")

    unclosed = _error("Bonjour\n{% if items %}\n- x\n")
    assert unclosed.code == "syntax"
    assert "endif" in str(unclosed)


def test_unknown_filter_suggests_the_nearest() -> None:
    error = _error("a\n{{ appointment.start|date_lng }}")
    assert error.code == "unknown_filter"
    assert str(error) == "line 2: there is no filter 'date_lng'; did you mean 'date_long'?"


def test_filter_given_the_wrong_kind_of_value() -> None:
    error = _error("{{ patient.last_name|date_long }}")
    assert error.code == "value"
    assert "date_long needs a date" in str(error)


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ patient.__class__ }}",
        "{{ appointment.start.__class__.__init__.__globals__ }}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{ lipsum.__globals__['os'] }}",
        "{{ items.append('x') }}",
        "{{ 'x' * 100000000 }}",
        "{{ 9 ** 999999 }}",
    ],
)
def test_the_sandbox_refuses_python_internals_and_runaway_sizes(source: str) -> None:
    error = _error(f"Bonjour\n{source}")
    assert error.code == "security"
    assert error.line == 2


@given(
    st.text(
        alphabet=st.sampled_from(list("{}%#|._()'\" \nabcdeipt")) | st.characters(), max_size=60
    )
)
def test_any_source_renders_or_fails_with_a_template_error(source: str) -> None:
    failure: TemplateError | None = None
    try:
        render(source, sample_context("fr", "formal"), channel="phone", language="fr")
    except TemplateError as error:
        failure = error
    if failure is not None:
        assert failure.code
        assert str(failure)


# -- SMS segments (3GPP TS 23.038) -------------------------------------------------------


def test_the_gsm_table_has_127_basic_and_10_extension_characters() -> None:
    assert len(GSM7_BASIC) == 127  # 128 code points, one of which is the escape
    assert sorted(GSM7_EXTENSION) == sorted("\f^{}\\[~]|€")
    assert not GSM7_BASIC & GSM7_EXTENSION


@pytest.mark.parametrize(
    ("character", "in_gsm"),
    [
        ("é", True), ("è", True), ("à", True), ("ù", True), ("ì", True), ("ò", True),
        ("É", True), ("Ç", True), ("Ä", True), ("ß", True), ("\u0394", True), ("@", True),
        ("£", True), ("¤", True), ("§", True), ("¿", True), ("€", True), ("\n", True),
        ("ê", False), ("â", False), ("î", False), ("ô", False), ("û", False), ("ç", False),
        ("ë", False), ("ï", False), ("œ", False), ("À", False), ("È", False), ("`", False),
        ("’", False), ("«", False), ("\u00a0", False), ("\u2206", False), ("\x1b", False),
    ],
)  # fmt: skip
def test_gsm_alphabet_membership(character: str, in_gsm: bool) -> None:
    assert templates.is_gsm7(character) is in_gsm


def test_segment_counter_on_known_examples() -> None:
    assert sms_segments("a" * 160) == templates.SmsSegments("GSM-7", 160, 1, 160)
    assert sms_segments("a" * 161) == templates.SmsSegments("GSM-7", 161, 2, 153)
    assert sms_segments("a" * 306).segments == 2
    assert sms_segments("a" * 307).segments == 3
    assert sms_segments("é" * 160) == templates.SmsSegments("GSM-7", 160, 1, 160)

    assert sms_segments("ê") == templates.SmsSegments("UCS-2", 1, 1, 70, ("ê",))
    assert sms_segments("ê" * 70).segments == 1
    assert sms_segments("ê" * 71) == templates.SmsSegments("UCS-2", 71, 2, 67, ("ê",))
    assert sms_segments("Bonjour, êtes-vous là ?").encoding == "UCS-2"

    assert sms_segments("€").characters == 2
    assert sms_segments("€" * 80).segments == 1
    assert sms_segments("€" * 81).segments == 2
    assert sms_segments("[~]").characters == 6

    emoji = sms_segments("🙂")
    assert (emoji.encoding, emoji.characters) == ("UCS-2", 2)
    assert sms_segments("🙂" * 35).segments == 1
    assert sms_segments("a" + "🙂" * 35).segments == 2


def test_an_escape_pair_is_never_split_across_segments() -> None:
    # 306 septets would fit two segments of 153 only if "€" were cut in half.
    text = "a" * 152 + "€" + "a" * 152
    assert sms_segments(text).characters == 306
    assert sms_segments(text).segments == 3


_GSM_ALPHABET = sorted(GSM7_BASIC | GSM7_EXTENSION)


def _septets(text: str) -> int:
    return sum(2 if c in GSM7_EXTENSION else 1 for c in text)


@given(st.text(), st.text())
def test_segments_never_shrink_when_text_grows(text: str, more: str) -> None:
    assert sms_segments(text + more).segments >= sms_segments(text).segments


@given(st.text(alphabet=st.sampled_from(_GSM_ALPHABET), max_size=160))
def test_gsm_text_of_at_most_160_septets_is_one_segment(text: str) -> None:
    count = sms_segments(text)
    assert count.encoding == "GSM-7"
    assert count.characters == _septets(text)
    if _septets(text) <= 160:
        assert count.segments == 1


@given(
    st.text(),
    st.characters().filter(lambda c: not templates.is_gsm7(c)),
    st.integers(min_value=0),
)
def test_any_non_gsm_character_forces_ucs2(text: str, outsider: str, position: int) -> None:
    at = position % (len(text) + 1)
    count = sms_segments(text[:at] + outsider + text[at:])
    assert count.encoding == "UCS-2"
    assert outsider in count.non_gsm


@given(st.text())
def test_segments_hold_what_they_count(text: str) -> None:
    count = sms_segments(text)
    assert count.segments * count.per_segment >= count.characters
    # A segment may end one unit short (a pair is kept whole), never more.
    assert (count.segments - 1) * (count.per_segment - 1) < max(count.characters, 1)


# -- Lint ------------------------------------------------------------------------------

SMS_FR = TemplateKey("appointment_reminder", "sms", "fr", "formal")


def _codes(key: TemplateKey, source: str, **options: str) -> list[str]:
    return [issue.code for issue in lint(key, source, **options)]


def test_lint_refuses_health_words_in_an_sms() -> None:
    issues = lint(SMS_FR, "{{ practice.name }} :\nsuivi de votre Diabète. {{ opt_out }}")
    assert [(i.code, i.line) for i in issues] == [("health_word", 2)]
    assert "'Diabète'" in issues[0].message

    english = TemplateKey("vaccination", "sms", "en", "formal")
    assert _codes(english, "{{ practice.name }}: your flu jab. {{ opt_out }}") == ["health_word"]
    assert _codes(SMS_FR, "{{ practice.name }} : {{ 'ordonnance' }} {{ opt_out }}") == [
        "health_word"
    ]


def test_lint_refuses_health_variables_in_an_sms() -> None:
    key = TemplateKey("vaccination", "sms", "fr", "formal")
    source = "{{ practice.name }} :\n{% for item in items %}{{ item }} {% endfor %}{{ opt_out }}"
    issues = lint(key, source)
    assert [(i.code, i.line) for i in issues][:1] == [("health_variable", 2)]
    # The sample's items are health details, so the rendered text is refused too.
    assert "health_word" in [i.code for i in issues]
    assert _codes(
        SMS_FR, "{{ practice.name }} avec {{ appointment.with_whom }}. {{ opt_out }}"
    ) == ["health_variable"]


def test_lint_health_words_only_matter_in_sms() -> None:
    source = (
        "Objet : Vaccin contre la grippe\n\n{{ patient.salutation }},\n\n{{ reason }}\n"
        "{{ opt_out }}\n{{ practice.name }}"
    )
    assert lint(TemplateKey("vaccination", "email", "fr", "formal"), source) == []


def test_lint_requires_a_way_to_stop() -> None:
    assert _codes(SMS_FR, "{{ practice.name }} : Bonjour.") == ["missing_opt_out"]
    assert _codes(SMS_FR, "{{ practice.name }} : Bonjour. STOP au 36111") == []


def test_lint_requires_the_practice_name() -> None:
    assert _codes(SMS_FR, "Bonjour, un rappel. {{ opt_out }}") == ["missing_sender"]
    literal = "Cabinet médical de l'Étang : un rappel. {{ opt_out }}"
    assert _codes(SMS_FR, literal, practice_name="Cabinet médical de l'Étang") == []


def test_phone_scripts_need_no_sender_or_stop_line() -> None:
    assert lint(TemplateKey("vaccination", "phone", "fr", "formal"), "Bonjour.") == []


def test_lint_email_needs_subject_and_reason() -> None:
    key = TemplateKey("vaccination", "email", "fr", "formal")
    assert _codes(key, "Bonjour.\n{{ opt_out }} {{ practice.name }} {{ reason }}") == [
        "missing_subject"
    ]
    assert _codes(key, "Objet : x\n\nBonjour. {{ opt_out }} {{ practice.name }}") == [
        "missing_reason"
    ]


def test_lint_reports_a_template_that_does_not_render() -> None:
    issues = lint(SMS_FR, "{{ practice.name }}\n{{ patient.frist_name }} {{ opt_out }}")
    assert [(i.code, i.line) for i in issues] == [("undefined", 2)]
    assert "did you mean 'patient.first_name'?" in issues[0].message

    broken = lint(SMS_FR, "{{ practice.name }}\n{% if %}")
    assert [(i.code, i.line) for i in broken] == [("syntax", 2)]


def test_lint_warns_about_characters_outside_the_sms_alphabet() -> None:
    issues = lint(SMS_FR, "{{ practice.name }} : à bientôt. {{ opt_out }}")
    assert [(i.code, i.severity, i.line) for i in issues] == [("sms_not_gsm", "warning", 1)]
    assert "'ô'" in issues[0].message


def test_lint_refuses_an_sms_longer_than_two_segments() -> None:
    long_text = "Bonjour, " + "nous vous attendons. " * 15
    assert _codes(SMS_FR, f"{{{{ practice.name }}}} : {long_text}{{{{ opt_out }}}}") == [
        "sms_too_long"
    ]


def test_health_terms_lets_a_campaign_check_its_headline() -> None:
    assert templates.health_terms("Atelier sur le sommeil jeudi") == []
    assert templates.health_terms("Dépistage du cancer : résultats") == [
        "Dépistage",
        "cancer",
        "résultats",
    ]


LETTER_KEYS = [key for key in ALL_KEYS if key.channel == "letter"]


@pytest.mark.parametrize("key", LETTER_KEYS, ids=str)
def test_a_letter_without_a_practitioner_is_signed_by_the_practice(key: TemplateKey) -> None:
    """Only an appointment names a practitioner; every other letter (a recall, a vaccine, a
    medication) has none, and must still close cleanly: the closing, one blank line, the
    practice's name, with no empty line in between and no "Dr" left alone."""
    sample = sample_context(key.language, key.tone, purpose=key.purpose, channel=key.channel)
    context = dataclasses.replace(sample, practitioner=templates.PractitionerContext(""))
    body = templates.render_default(key, context).body
    lines = body.splitlines()
    signed = lines.index(context.practice.name)
    assert lines[signed - 1] == "", key
    assert lines[signed - 2].endswith(","), key  # the closing ("Bien cordialement,")
    assert "\n\n\n" not in body, key
    assert not any(line.strip() in {"Dr", "Dr.", "Docteur"} for line in lines), key
    with_one = templates.render_default(key, sample).body.splitlines()
    assert with_one[with_one.index(sample.practice.name) - 1] == "Dr Claire Martin", key

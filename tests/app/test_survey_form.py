"""The paper satisfaction survey, read back with pypdf: questions, boxes, the reply slip,
large print, and names in every script."""

from __future__ import annotations

import random
import stat
from datetime import date

import pytest

from app import pdf_layout, survey_form
from app.errors import NotFound
from app.survey_form import (
    ChoiceQuestion,
    InvalidReference,
    NpsQuestion,
    ScaleQuestion,
    SurveyForm,
    TextQuestion,
    default_survey,
    parse_reference,
    reference_code,
)
from tests.helpers.letters import PaperPatients, paper_patients
from tests.helpers.pdf_text import (
    MM,
    assert_clear_print,
    drawn,
    flat,
    fonts,
    images,
    page_texts,
    rectangles,
    save_moved_paper,
)

TODAY = date(2026, 11, 28)


@pytest.fixture
def paper(database, admin, clock) -> PaperPatients:
    return paper_patients(database, admin, clock)


def _render(database, patient_ids, survey=None) -> tuple[bytes, dict[int, str], int]:
    with database.read_session() as session:
        pdf, recipients, pages = survey_form.render_survey_forms(
            session, patient_ids, survey or default_survey("fr"), TODAY
        )
    return pdf, {r.patient_id: r.code for r in recipients}, pages


def _question_texts(survey: SurveyForm) -> list[str]:
    return [q.text for q in survey.questions]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_question_and_the_eleven_nps_boxes_are_printed(database, paper, language) -> None:
    survey = default_survey(language)
    pdf, _codes, pages = _render(database, [paper.luc], survey)
    text = flat("\n".join(page_texts(pdf)))
    for number, question in enumerate(_question_texts(survey), start=1):
        assert f"{number}. {question}" in text, question
    for question in survey.questions:
        if isinstance(question, ChoiceQuestion):
            for option in question.options:
                assert option in text, option
        if isinstance(question, ScaleQuestion | NpsQuestion):
            assert question.low_label in text
            assert question.high_label in text
    # The NPS boxes: 0 to 10 on one line, left to right, under eleven boxes.
    runs = drawn(pdf)
    nps_line = survey.questions[0].text.split()[0]
    first = next(run for run in runs if run.text.startswith(f"1. {nps_line}"))
    digits = [
        run
        for run in runs
        if run.page == first.page
        and run.baseline > first.baseline
        and run.text in {str(n) for n in range(11)}
    ]
    row = [run for run in digits if abs(run.baseline - digits[0].baseline) < 1]
    assert [run.text for run in row] == [str(n) for n in range(11)]
    assert [run.x for run in row] == sorted(run.x for run in row)
    boxes = [(w, h) for page, w, h in rectangles(pdf)]
    # 11 (NPS) + 5 (scale) + 5 (channel) + 3 (timing) + 1 (stop, on the slip)
    assert len(boxes) == 25
    assert all(w == pytest.approx(h) and w >= survey_form.MIN_BOX_MM * MM for w, h in boxes)
    assert pages == 2


def test_names_in_every_script_print_as_written_with_embedded_fonts(database, paper) -> None:
    everyone = [paper.luc, paper.claire, paper.jurgen, paper.lucja, paper.dmitri, paper.sofia]
    pdf, codes, _pages = _render(database, everyone)
    text = "\n".join(page_texts(pdf))
    for block in (
        "Madame Łucja WAŁĘSA\n12 avenue Jean Jaurès\nBâtiment B, 3e étage\n69007 LYON",
        "Monsieur Jürgen WEISS\nGoethestraße 5\n10115 BERLIN\nALLEMAGNE",
        "Monsieur Дмитрий ИВАНОВ\n8 boulevard Voltaire\n75011 PARIS",
        "Σοφία ΠΑΠΑΔΟΠΟΎΛΟΥ",  # large print: the window wraps her name
        "Дмитрий ИВАНОВ",  # on his slip
    ):
        assert block in text, block
    found = fonts(pdf)
    assert found
    assert all(found.values()), found  # every font embedded: no Helvetica
    assert all("DejaVuSans" in name for name in found)
    assert sorted(codes) == sorted(everyone)


def test_the_address_lies_in_the_envelope_window(database, paper) -> None:
    pdf, _codes, _pages = _render(database, [paper.lucja])
    left, top = pdf_layout.WINDOW_LEFT_MM * MM, pdf_layout.WINDOW_TOP_MM * MM
    right = left + pdf_layout.WINDOW_WIDTH_MM * MM
    bottom = top + pdf_layout.WINDOW_HEIGHT_MM * MM
    lines = [run for run in drawn(pdf) if run.page == 0 and left <= run.x <= right]
    address = [run.text for run in lines if top <= run.baseline <= bottom]
    assert address == [
        "Madame Łucja WAŁĘSA",
        "12 avenue Jean Jaurès",
        "Bâtiment B, 3e étage",
        "69007 LYON",
    ]


def test_large_print_has_no_text_under_16_points_and_bigger_boxes(database, paper) -> None:
    pdf, _codes, pages = _render(database, [paper.sofia])
    runs = drawn(pdf)
    assert runs
    small = [(run.text, run.size) for run in runs if run.size < 16]
    assert small == []
    assert all(w >= 8 * MM - 0.01 for _page, w, _h in rectangles(pdf))
    assert pages > 2  # the same questions need more room
    # The standard form of the same survey has its small print (the letterhead's lines).
    standard, _codes, _pages = _render(database, [paper.luc])
    assert min(run.size for run in drawn(standard)) < 16


def test_large_print_is_spaced_one_and_a_half_and_flush_left(database, paper) -> None:
    """RNIB clear print, as a large-print letter: the letterhead, the window, the
    questions and the slip 1.5 apart; the scale's ends and "page x / y" at the left."""
    pdf, _codes, _pages = _render(database, [paper.sofia])
    assert_clear_print(pdf)
    runs = drawn(pdf)
    ends = [run for run in runs if run.text.startswith(("0 = ", "10 = "))]
    assert len(ends) == 2
    assert all(run.x == pytest.approx(pdf_layout.SIDE_MARGIN_MM * MM) for run in ends)
    # The check sees what a standard form does: its page numbers at the right.
    standard, _codes, _pages = _render(database, [paper.luc])
    with pytest.raises(AssertionError):
        assert_clear_print(standard, size=11)


def test_the_form_follows_the_practice_s_window_and_prints_its_logo(
    database, admin, clock, paper
) -> None:
    save_moved_paper(database, clock, admin)  # the window at 100, 55 mm; a logo
    for patient in (paper.lucja, paper.sofia):  # standard, and large print
        pdf, _codes, _pages = _render(database, [patient])
        first = [run for run in drawn(pdf) if run.page == 0]
        (postcode,) = [run for run in first if run.text.startswith("69007 LYON")] or [
            run for run in first if run.text.startswith("13002 MARSEILLE")
        ]
        assert postcode.x == pytest.approx(100 * MM)  # the practice's window, not 105 mm
        assert 55 * MM < postcode.baseline < 93 * MM
        assert images(pdf)  # the logo tops the letterhead


def test_the_slip_carries_the_code_the_return_address_and_a_box_to_stop(database, paper) -> None:
    pdf, codes, _pages = _render(database, [paper.luc, paper.dmitri])
    pages = [flat(text) for text in page_texts(pdf)]
    for patient_id, name in ((paper.luc, "Luc MARTIN"), (paper.dmitri, "Дмитрий ИВАНОВ")):
        code = codes[patient_id]
        assert parse_reference(code) == survey_form.SurveyReference(0, patient_id, 1)
        own = [text for text in pages if f"réf. {code}" in text]
        assert len(own) == 2  # every page of the form says whose it is
        slip = own[-1][own[-1].index("Découpez le long de cette ligne") :]
        assert f"Coupon-réponse · Référence : {code}" in slip
        assert name in slip
        assert "À renvoyer à : Cabinet du Parc, 4 place Bellecour, 69002 Lyon" in slip
        assert "Cochez cette case pour ne plus recevoir d'enquêtes de satisfaction." in slip
        assert "✂" not in slip  # the cut line says it in words
        assert f"Votre référence : {code}" in own[0]
    assert codes[paper.luc] != codes[paper.dmitri]


def test_written_forms_are_private_and_list_the_codes(database, paper, tmp_path) -> None:
    target = tmp_path / "surveys" / "survey.pdf"
    with database.read_session() as session:
        written = survey_form.write_survey_forms(
            target, session, [paper.claire, paper.luc], default_survey("en"), TODAY
        )
    assert written.path == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert list(written.references) == [paper.claire, paper.luc]  # in the order given
    text = flat("\n".join(page_texts(target.read_bytes())))
    assert "Cut along this line" in text
    assert "Reply slip · Reference: " + written.references[paper.luc] in text
    assert "How likely are you to recommend the practice to a friend or family member?" in text
    assert text.index("Claire AUBERT") < text.index("Luc MARTIN")
    assert written.pages == 4


def test_an_unknown_patient_is_refused(database, paper) -> None:
    with pytest.raises(NotFound), database.read_session() as session:
        survey_form.render_survey_forms(session, [paper.luc, 9999], default_survey("fr"), TODAY)


def test_a_practice_survey_prints_its_own_questions(database, paper) -> None:
    survey = SurveyForm(
        title="Notre nouvelle salle d'attente",
        introduction="Nous avons refait la salle d'attente.",
        questions=[
            NpsQuestion(),
            ScaleQuestion("comfort", "Est-elle confortable ?", "1 = pas du tout", "4 = très", 4),
            TextQuestion("idea", "Une idée ?", lines=2),
        ],
        survey_id=42,
    )
    pdf, codes, _pages = _render(database, [paper.claire], survey)
    text = flat("\n".join(page_texts(pdf)))
    assert "1. Quelle est la probabilité que vous recommandiez le cabinet" in text
    assert "2. Est-elle confortable ?" in text
    assert len(rectangles(pdf)) == 11 + 4 + 1
    assert parse_reference(codes[paper.claire]).survey_id == 42


def test_the_default_survey_asks_the_nps_first_in_both_languages() -> None:
    for language in ("fr", "en"):
        survey = default_survey(language)
        assert isinstance(survey.questions[0], NpsQuestion)
        assert [type(q) for q in survey.questions[1:]] == [
            ScaleQuestion,
            ChoiceQuestion,
            ChoiceQuestion,
            TextQuestion,
        ]
        assert survey.language == language
    assert default_survey("en").questions[0].text == (
        "How likely are you to recommend the practice to a friend or family member?"
    )
    with pytest.raises(ValueError, match="language"):
        default_survey("de")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"questions": []}, "at least one question"),
        ({"questions": [NpsQuestion(), NpsQuestion()]}, "its own key"),
        ({"questions": [ScaleQuestion("s", "?", "a", "b", points=11)]}, "2 to 10 points"),
        ({"questions": [ChoiceQuestion("c", "?", ("only",))]}, "two options"),
        ({"questions": [TextQuestion("t", "?", lines=0)]}, "lines"),
        ({"language": "de"}, "language"),
        ({"title": " "}, "title"),
        ({"survey_id": 5000}, "survey_id"),
    ],
)
def test_a_survey_that_cannot_be_printed_is_refused(change, message) -> None:
    values = {"title": "T", "introduction": "I", "questions": [NpsQuestion()]} | change
    with pytest.raises(ValueError, match=message):
        SurveyForm(**values)


def test_reference_codes_read_back_as_keyed_in_and_catch_typos() -> None:
    code = reference_code(7, 123_456, 3)
    assert len(code) == 11  # nine characters in threes: read out and typed
    assert code[3] == code[7] == "-"
    expected = survey_form.SurveyReference(7, 123_456, 3)
    assert parse_reference(code) == expected
    assert parse_reference(code.lower().replace("-", " ")) == expected
    # Neighbouring patients, and the rounds of one patient, get codes that do not look alike.
    first, second = reference_code(0, 1), reference_code(0, 2)
    assert sum(a != b for a, b in zip(first, second, strict=True)) > 2
    round_one, round_two = reference_code(5, 40, 1), reference_code(5, 40, 2)
    assert sum(a != b for a, b in zip(round_one, round_two, strict=True)) > 2
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    generator = random.Random(5)
    for _ in range(50):
        code = reference_code(
            generator.randrange(2048), generator.randrange(1, 2**24), generator.randrange(1, 33)
        )
        plain = code.replace("-", "")
        assert parse_reference(plain).patient_id
        for position in range(len(plain)):
            for character in alphabet:
                if character != plain[position]:
                    typo = plain[:position] + character + plain[position + 1 :]
                    with pytest.raises(InvalidReference) as caught:
                        parse_reference(typo)
                    assert caught.value.code in ("check", "no_patient")
    with pytest.raises(InvalidReference, match="9 characters") as short:
        parse_reference("ABC-123")
    assert (short.value.code, short.value.params) == ("length", {"length": "6"})
    with pytest.raises(InvalidReference, match="'U'") as letter:
        parse_reference("UUU-UUU-UUU")
    assert letter.value.params == {"character": "U", "position": "1"}
    # Letters that look like digits are read as the digits.
    assert parse_reference(reference_code(0, 1).replace("0", "O")) == parse_reference(
        reference_code(0, 1)
    )


def test_rounds_past_thirty_two_start_again_at_one() -> None:
    assert reference_code(3, 9, 33) == reference_code(3, 9, 1)
    assert parse_reference(reference_code(3, 9, 32)).round_number == 32
    with pytest.raises(ValueError, match="from 1"):
        reference_code(3, 9, 0)


def test_codes_printed_before_rounds_are_still_read_and_checked() -> None:
    old = survey_form.survey_patient_code(7, 123_456)
    assert len(old) == 9
    assert old[4] == "-"
    assert parse_reference(old) == survey_form.SurveyReference(7, 123_456, None)
    assert parse_reference(old.lower().replace("-", "")) == parse_reference(old)
    # As Relais printed them before rounds (the codes of the release before, for these ids).
    assert (old, survey_form.survey_patient_code(0, 1)) == ("V015-NA0D", "QFES-SKDD")
    plain = old.replace("-", "")
    typo = ("1" if plain[2] != "1" else "2").join((plain[:2], plain[3:]))
    with pytest.raises(InvalidReference):
        parse_reference(typo)
    # An old code and a new one of the same patient share nothing a reader could mix up.
    assert old.replace("-", "")[:6] != reference_code(7, 123_456, 1).replace("-", "")[:6]


def test_a_form_printed_for_the_desk_names_the_next_round(database, paper, admin, clock) -> None:
    from app import surveys
    from db.models import Channel, SurveyInvitation

    with database.transaction() as session:
        survey_id = surveys.current_survey(session, clock).id
        session.add(
            SurveyInvitation(
                survey_id=survey_id,
                patient_id=paper.luc,
                message_id=None,
                channel=Channel.LETTER,
                asked_at=clock.now(),
                answered_at=None,
            )
        )
    with database.read_session() as session:
        form = surveys.survey_form(session, survey_id, "fr")
    _pdf, codes, _pages = _render(database, [paper.luc, paper.claire], form)
    assert parse_reference(codes[paper.luc]).round_number == 2
    assert parse_reference(codes[paper.claire]).round_number == 1

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import normalize
from app.normalize import Invalid
from db.models import ContactKind


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("06 12 34 56 78", "+33612345678"),
        ("06.12.34.56.78", "+33612345678"),
        ("+33 6 12 34 56 78", "+33612345678"),
        ("0033612345678", "+33612345678"),
        ("+32 470 12 34 56", "+32470123456"),
    ],
)
def test_mobiles_are_stored_in_e164(typed: str, expected: str) -> None:
    assert normalize.phone(typed, "FR", ContactKind.MOBILE) == expected


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("06 12", "mobile_invalid"),
        ("01 45 67 89 10", "not_mobile"),
        ("bonjour", "phone_unreadable"),
    ],
)
def test_bad_mobiles_are_refused_with_a_code(typed: str, code: str) -> None:
    with pytest.raises(Invalid) as caught:
        normalize.phone(typed, "FR", ContactKind.MOBILE)
    assert caught.value.code == code


def test_landline_and_region_default() -> None:
    assert normalize.phone("01 45 67 89 10", "FR", ContactKind.LANDLINE) == "+33145678910"
    assert normalize.phone_display("+33145678910") == "01 45 67 89 10"


def test_emails_are_normalised_without_network() -> None:
    assert normalize.email(" Marie.Dupont@Exemple.FR ") == "Marie.Dupont@exemple.fr"
    with pytest.raises(Invalid):
        normalize.email("marie@")


@pytest.mark.parametrize(
    ("written", "folded"),
    [("Hélène", "helene"), ("ÇA", "ca"), ("Łukasz Straße", "lukasz strasse"), ("Œuvré", "oeuvre")],
)
def test_fold_removes_case_and_accents(written: str, folded: str) -> None:
    assert normalize.fold(written) == folded


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    once = normalize.fold(text)
    assert normalize.fold(once) == once


@pytest.mark.parametrize("bad", ['=HYPERLINK("http://x","clic")', "+33 6", "Dupont2", "@SUM(A1)"])
def test_names_refuse_formulas_and_digits(bad: str) -> None:
    with pytest.raises(Invalid):
        normalize.name(bad)


def test_names_keep_every_script() -> None:
    for name in ("N'Diaye", "Saint-Étienne", "Ørsted", "Ζωή", "Иванова", "Nguyễn"):
        assert normalize.name(f"  {name} ") == name


def test_birth_dates() -> None:
    today = date(2026, 11, 28)
    assert normalize.birth_date("12/03/1948", today) == date(1948, 3, 12)
    assert normalize.birth_date("1948-03-12", today) == date(1948, 3, 12)
    assert normalize.birth_date("12/03/48", today) == date(1948, 3, 12)
    for bad, code in (
        ("31/02/1980", "date_invalid"),
        ("hier", "date_invalid"),
        ("01/01/2030", "date_future"),
        ("01/01/1850", "date_too_old"),
    ):
        with pytest.raises(Invalid) as caught:
            normalize.birth_date(bad, today)
        assert caught.value.code == code


def test_neutralise_formula() -> None:
    assert normalize.neutralise_formula("=1+1") == "'=1+1"
    assert normalize.neutralise_formula("Dupont") == "Dupont"


_local = st.text(
    alphabet='abcdefghijklmnopqrstuvwxyzABCXYZ0123456789._+-é"', min_size=0, max_size=12
)
_domain = st.sampled_from(
    [
        "exemple.fr",
        "EXEMPLE.FR",
        "orange.fr",
        "ex..fr",
        "-ex.fr",
        "ex",
        "a_b.fr",
        "xn--bcher-kva.ch",
        "bücher.ch",
        "localhost",
        "123.fr",
        "ex.fr.",
    ]
)


@given(_local, _domain)
def test_fast_email_check_agrees_with_email_validator(local: str, domain: str) -> None:
    from email_validator import EmailNotValidError, validate_email

    address = f"{local}@{domain}"
    try:
        expected: str | None = str(validate_email(address, check_deliverability=False).normalized)
    except EmailNotValidError:
        expected = None
    try:
        actual: str | None = normalize.email(address)
    except Invalid:
        actual = None
    assert actual == expected


@given(st.text(alphabet="0123456789 .+-", min_size=1, max_size=16), st.sampled_from(["FR", "BE"]))
def test_phone_shortcut_agrees_with_phonenumbers(typed: str, region: str) -> None:
    import phonenumbers

    try:
        number = phonenumbers.parse(typed, region)
        valid = phonenumbers.is_valid_number(number)
    except phonenumbers.NumberParseException:
        valid = False
    expected = (
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) if valid else None
    )
    try:
        actual: str | None = normalize.phone(typed, region, ContactKind.LANDLINE)
    except Invalid as exc:
        actual = None if exc.code != "not_mobile" else "mobile"
    assert actual == expected


@given(st.sampled_from("1234567989"), st.integers(min_value=0, max_value=10**8 - 1))
def test_french_display_matches_phonenumbers(first: str, rest: int) -> None:
    import phonenumbers

    e164 = f"+33{first}{rest:08d}"
    number = phonenumbers.parse(e164, None)
    expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    assert normalize.phone_display(e164) == expected

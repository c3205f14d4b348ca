"""What the stable error codes of ``app`` say on screen, in the user's language.

``app.normalize.Invalid`` and ``app.errors.FieldError`` carry a ``code`` and an
English message for logs and the command line; the screens say the code in the
user's language and fall back to the English message for a code they do not
know yet.  The editor and the import report share these sentences so a
problem reads the same wherever it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_CONTEXT = "PatientMessages"

# Region names for "Not a valid French mobile number"; other regions get a generic sentence.
_FRENCH = "FR"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def field_label(field: str) -> str:
    """The column or field name a person reads (import report, error summaries)."""
    labels = {
        "last_name": _tr("Last name"),
        "first_name": _tr("First name"),
        "birth_name": _tr("Birth name"),
        "birth_date": _tr("Birth date"),
        "sex": _tr("Sex"),
        "language": _tr("Language"),
        "status": _tr("Status"),
        "external_id": _tr("Practice software id"),
        "mobile": _tr("Mobile"),
        "landline": _tr("Landline"),
        "email": _tr("E-mail"),
        "street": _tr("Street"),
        "street_extra": _tr("Address complement"),
        "postcode": _tr("Postcode"),
        "city": _tr("City"),
        "country": _tr("Country"),
        "household": _tr("Household"),
    }
    return labels.get(field, field)


def problem(code: str, english: str, field: str = "", region: str = _FRENCH) -> str:
    """One sentence saying what is wrong, e.g. "Not a valid French mobile number."."""
    french = region.upper() == _FRENCH
    address = field in ("street", "postcode", "city")
    if code == "required":
        return _tr("Required for a postal address.") if address else _tr("Required.")
    messages = {
        "name_characters": _tr("Use letters, spaces, hyphens and apostrophes only."),
        "too_long": _tr("Too long: 100 characters at most."),
        "date_invalid": _tr("Not a date: type it as dd/mm/yyyy."),
        "date_future": _tr("This date is in the future."),
        "date_too_old": _tr("This date is more than 125 years ago."),
        "phone_unreadable": _tr("Not a phone number."),
        "mobile_invalid": (
            _tr("Not a valid French mobile number.")
            if french
            else _tr("Not a valid mobile number for this country.")
        ),
        "phone_invalid": (
            _tr("Not a valid French phone number.")
            if french
            else _tr("Not a valid phone number for this country.")
        ),
        "not_mobile": _tr("Not a mobile number, so SMS cannot reach it: enter it as a landline."),
        "email_invalid": _tr("Not a valid e-mail address."),
        "postcode_invalid": _tr("A French postcode has 5 digits."),
        "formula": _tr("Cannot start with =, +, - or @."),
        "sex_invalid": _tr("Use F, M, X or U."),
        "language": _tr("Use fr or en."),
        "status_invalid": _tr("Not a known status."),
        # Import problems (app.importers.patients_csv); those that name another
        # row or patient keep the English message, which carries the numbers.
        "too_many_fields": _tr("This row has more fields than the header."),
        "too_few_fields": _tr("This row has fewer fields than the header."),
        "flag_invalid": _tr("Use oui or non (yes or no)."),
    }
    text = messages.get(code)
    if text is not None:
        return text
    return english[:1].upper() + english[1:] if english else code

"""What the stable error codes of ``app`` say on screen, in the user's language.

``app.normalize.Invalid`` and ``app.errors.FieldError`` carry a ``code`` and an
English message for logs and the command line; the screens say the code in the
user's language and fall back to the English message for a code they do not
know yet.  The editor and the import report share these sentences so a
problem reads the same wherever it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Region names for "Not a valid French mobile number"; other regions get a generic sentence.
_FRENCH = "FR"


def field_label(field: str) -> str:
    """The column or field name a person reads (import report, error summaries)."""
    labels = {
        "last_name": QCoreApplication.translate("PatientMessages", "Last name"),
        "first_name": QCoreApplication.translate("PatientMessages", "First name"),
        "birth_name": QCoreApplication.translate("PatientMessages", "Birth name"),
        "birth_date": QCoreApplication.translate("PatientMessages", "Birth date"),
        "sex": QCoreApplication.translate("PatientMessages", "Sex"),
        "language": QCoreApplication.translate("PatientMessages", "Language"),
        "status": QCoreApplication.translate("PatientMessages", "Status"),
        "external_id": QCoreApplication.translate("PatientMessages", "Practice software id"),
        "mobile": QCoreApplication.translate("PatientMessages", "Mobile"),
        "landline": QCoreApplication.translate("PatientMessages", "Landline"),
        "email": QCoreApplication.translate("PatientMessages", "E-mail"),
        "street": QCoreApplication.translate("PatientMessages", "Street"),
        "street_extra": QCoreApplication.translate("PatientMessages", "Address complement"),
        "postcode": QCoreApplication.translate("PatientMessages", "Postcode"),
        "city": QCoreApplication.translate("PatientMessages", "City"),
        "country": QCoreApplication.translate("PatientMessages", "Country"),
        "household": QCoreApplication.translate("PatientMessages", "Household"),
    }
    return labels.get(field, field)


def problem(code: str, english: str, field: str = "", region: str = _FRENCH) -> str:
    """One sentence saying what is wrong, e.g. "Not a valid French mobile number."."""
    french = region.upper() == _FRENCH
    address = field in ("street", "postcode", "city")
    if code == "required":
        return (
            QCoreApplication.translate("PatientMessages", "Required for a postal address.")
            if address
            else QCoreApplication.translate("PatientMessages", "Required.")
        )
    messages = {
        "name_characters": QCoreApplication.translate(
            "PatientMessages", "Use letters, spaces, hyphens and apostrophes only."
        ),
        "too_long": QCoreApplication.translate(
            "PatientMessages", "Too long: 100 characters at most."
        ),
        "date_invalid": QCoreApplication.translate(
            "PatientMessages", "Not a date: type it as dd/mm/yyyy."
        ),
        "date_future": QCoreApplication.translate("PatientMessages", "This date is in the future."),
        "date_too_old": QCoreApplication.translate(
            "PatientMessages", "This date is more than 125 years ago."
        ),
        "phone_unreadable": QCoreApplication.translate("PatientMessages", "Not a phone number."),
        "mobile_invalid": (
            QCoreApplication.translate("PatientMessages", "Not a valid French mobile number.")
            if french
            else QCoreApplication.translate(
                "PatientMessages", "Not a valid mobile number for this country."
            )
        ),
        "phone_invalid": (
            QCoreApplication.translate("PatientMessages", "Not a valid French phone number.")
            if french
            else QCoreApplication.translate(
                "PatientMessages", "Not a valid phone number for this country."
            )
        ),
        "not_mobile": QCoreApplication.translate(
            "PatientMessages",
            "Not a mobile number, so SMS cannot reach it: enter it as a landline.",
        ),
        "email_invalid": QCoreApplication.translate(
            "PatientMessages", "Not a valid e-mail address."
        ),
        "postcode_invalid": QCoreApplication.translate(
            "PatientMessages", "A French postcode has 5 digits."
        ),
        "formula": QCoreApplication.translate("PatientMessages", "Cannot start with =, +, - or @."),
        "sex_invalid": QCoreApplication.translate("PatientMessages", "Use F, M, X or U."),
        "language": QCoreApplication.translate("PatientMessages", "Use fr or en."),
        "status_invalid": QCoreApplication.translate("PatientMessages", "Not a known status."),
        # Import problems (app.importers.patients_csv); those that name another
        # row or patient keep the English message, which carries the numbers.
        "too_many_fields": QCoreApplication.translate(
            "PatientMessages", "This row has more fields than the header."
        ),
        "too_few_fields": QCoreApplication.translate(
            "PatientMessages", "This row has fewer fields than the header."
        ),
        "flag_invalid": QCoreApplication.translate(
            "PatientMessages", "Use oui or non (yes or no)."
        ),
    }
    text = messages.get(code)
    if text is not None:
        return text
    return english[:1].upper() + english[1:] if english else code

"""CSV patient import on real encrypted databases, with the nasty files practices send."""

from __future__ import annotations

import json
import time
from datetime import date

import pytest
from sqlalchemy import func, select

from app import audit, patients
from app.access import Actor
from app.errors import Cancelled, PermissionDenied, ValidationError
from app.importers.patients_csv import (
    HEADER_FIELDS,
    RowError,
    _header_key,
    decode,
    import_patients,
    sniff_delimiter,
)
from app.patients import PatientForm
from app.tasks import Progress
from db.models import AuditEvent, ContactKind, ContactPoint, Patient, PatientSearchTerm, Role

FR_HEADER = [
    "N° dossier", "Nom", "Prénom", "Date de naissance", "Sexe", "Portable", "Téléphone",
    "Email", "Adresse", "Code postal", "Ville",
]  # fmt: skip
EN_HEADER = ["Patient ID", "Last name", "First name", "Date of birth", "Mobile", "E-mail"]


def make_csv(
    rows: list[list[str]],
    header: list[str] = FR_HEADER,
    *,
    delimiter: str = ";",
    encoding: str = "utf-8",
    bom: bool = False,
) -> bytes:
    def cell(value: str) -> str:
        if any(ch in value for ch in (delimiter, '"', "\n")):
            return '"' + value.replace('"', '""') + '"'
        return value

    lines = [delimiter.join(cell(v) for v in row) for row in [header, *rows]]
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def fr_row(i: int, **changes: str) -> list[str]:
    """A valid patient for FR_HEADER, unique by ``i``."""
    values = {
        "N° dossier": f"DOS-{i:06d}",
        "Nom": "Martin" + _letters(i),
        "Prénom": "Hélène",
        "Date de naissance": f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1930 + i % 90}",
        "Sexe": "F",
        "Portable": f"06 {10 + i // 1_000_000 % 90} {i // 10_000 % 100:02d} "
        f"{i // 100 % 100:02d} {i % 100:02d}",
        "Téléphone": "",
        "Email": f"patient{i}@exemple.fr",
        "Adresse": f"{1 + i % 90} rue de la République",
        "Code postal": "69003",
        "Ville": "Lyon",
    }
    values.update({key.replace("_", " "): value for key, value in changes.items()})
    return [values[h] for h in FR_HEADER]


def _letters(i: int) -> str:
    out = ""
    for _ in range(4):
        out += "abcdefghijklmnopqrstuvwxyz"[i % 26]
        i //= 26
    return out


def run(database, clock, actor, data: bytes, **options) -> object:
    with database.transaction() as session:
        return import_patients(session, clock, actor, data, source_name="export.csv", **options)


def dump(database) -> dict[str, list[tuple]]:
    """Every row of the patient tables, to prove that nothing changed."""
    with database.transaction() as session:
        return {
            model.__tablename__: [
                tuple(row) for row in session.execute(select(model.__table__).order_by(*pk))
            ]
            for model, pk in (
                (Patient, [Patient.id]),
                (ContactPoint, [ContactPoint.id]),
                (PatientSearchTerm, [PatientSearchTerm.patient_id, PatientSearchTerm.term]),
            )
        }


def count(database, model=Patient) -> int:
    with database.transaction() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def import_events(database) -> list[AuditEvent]:
    with database.transaction() as session:
        return list(
            session.scalars(select(AuditEvent).where(AuditEvent.action == "patients.imported"))
        )


def where(report) -> set[tuple[int, str, str]]:
    return {(e.row, e.column, e.code) for e in report.errors}


# -- reading the file ---------------------------------------------------------------


def test_semicolon_cp1252_with_french_accents(practice, clock) -> None:
    database, admin = practice
    data = make_csv(
        [
            fr_row(1, Nom="Lefèvre", Prénom="François", Ville="Saint-Étienne"),
            fr_row(2, Nom="Cœurderoy", Prénom="Lætitia", Adresse="5, place de l'Église"),
        ],
        encoding="cp1252",
    )
    assert b"\x9c" in data  # œ is in cp1252 (0x9C); so are é, è, ç, æ, É

    report = run(database, clock, admin, data)

    assert (report.encoding, report.delimiter) == ("cp1252", ";")
    assert report.columns["N° dossier"] == "external_id"
    assert report.columns["Date de naissance"] == "birth_date"
    assert (report.created, report.errors, report.committed) == (2, [], True)
    with database.transaction() as session:
        stored = {
            (p.last_name, p.first_name, p.external_id) for p in session.scalars(select(Patient))
        }
        assert ("Lefèvre", "François", "DOS-000001") in stored
        assert ("Cœurderoy", "Lætitia", "DOS-000002") in stored
        assert len(patients.search_ids(session, "lefevre francois")) == 1
        assert len(patients.search_ids(session, "coeurderoy")) == 1
        cities = set(
            session.scalars(select(ContactPoint.city).where(ContactPoint.city.is_not(None)))
        )
        assert cities == {"SAINT-ÉTIENNE", "LYON"}


def test_utf8_bom_english_headers_commas_and_quotes(practice, clock) -> None:
    database, admin = practice
    data = make_csv(
        [
            ["P-1", "O'Brien", "Siobhán", "1980-05-17", "+33 7 81 23 45 67", "siobhan@example.ie"],
            ["P-2", "Núñez, de la", "José", "02/01/1975", "", ""],
        ],
        EN_HEADER,
        delimiter=",",
        bom=True,
    )
    assert data.startswith(b"\xef\xbb\xbf")

    report = run(database, clock, admin, data)

    assert (report.encoding, report.delimiter) == ("utf-8-sig", ",")
    assert report.columns == {
        "Patient ID": "external_id",
        "Last name": "last_name",
        "First name": "first_name",
        "Date of birth": "birth_date",
        "Mobile": "mobile",
        "E-mail": "email",
    }
    # "Núñez, de la" has a comma inside quotes: not a column, but not a name either.
    assert where(report) == {(3, "Last name", "name_characters")}
    assert report.created == 1
    with database.transaction() as session:
        patient = session.scalars(select(Patient)).one()
        assert (patient.first_name, patient.birth_date) == ("Siobhán", date(1980, 5, 17))
        assert {c.value for c in patient.contact_points} == {
            "+33781234567",
            "siobhan@example.ie",
        }


def test_tab_delimiter_blank_lines_and_spreadsheet_row_numbers(practice, clock) -> None:
    database, admin = practice
    good, bad = fr_row(1), fr_row(2, Portable="06 12")
    text = "\t".join(FR_HEADER) + "\n\n" + "\t".join(good) + "\n" + "\t" * 10 + "\n   \n"
    text += "\t".join(bad) + "\n\n"

    report = run(database, clock, admin, text.encode())

    assert report.delimiter == "\t"
    assert report.rows_read == 2  # blank lines are neither rows nor errors
    assert report.created == 1
    # Header on row 1, blank row 2, good row 3, blank rows 4-5, the bad one on row 6.
    assert report.errors == [
        RowError(6, "Portable", "'06 12' is not a valid French mobile number", "mobile_invalid")
    ]
    assert str(report.errors[0]) == (
        "row 6, column Portable: '06 12' is not a valid French mobile number"
    )


def test_rows_with_too_many_or_too_few_fields(practice, clock) -> None:
    database, admin = practice
    header = [*FR_HEADER, "Remarque"]  # an unknown column: ignored
    rows = [
        [*fr_row(1), "ok"],
        [*fr_row(2), "trop", "de champs"],
        [*fr_row(3), "", "", ""],  # empty trailing fields are harmless
        fr_row(4)[:5],
    ]
    report = run(database, clock, admin, make_csv(rows, header))

    assert report.ignored_columns == ["Remarque"]
    assert report.errors == [
        RowError(3, "", "13 fields, the header has 12", "too_many_fields"),
        RowError(5, "", "5 fields, the header has 12", "too_few_fields"),
    ]
    assert (report.created, report.rejected) == (2, 2)


def test_invalid_phones_dates_flags_and_formulas(practice, clock) -> None:
    database, admin = practice
    header = [*FR_HEADER, "Complément d'adresse", "Gros caractères"]
    rows = [
        [*fr_row(1, Portable="06 12"), "", ""],
        [*fr_row(2, Portable="01 42 00 00 00"), "", ""],  # a landline in the mobile column
        [*fr_row(3, Date_de_naissance="31/02/1980"), "", ""],
        [*fr_row(4, Date_de_naissance="hier"), "", ""],
        [*fr_row(5, Date_de_naissance="01/01/2031"), "", ""],
        [*fr_row(6, Nom='=HYPERLINK("http://x","y")'), "", ""],
        [*fr_row(7, Ville="=1+1"), "", ""],
        [*fr_row(8), "@SUM(A1)", ""],
        [*fr_row(9), "", "peut-être"],
        [*fr_row(10, Email="pas-une-adresse"), "", ""],
        [*fr_row(11, Téléphone="01 42 00 00 00"), "Bât. B", "x"],  # valid
    ]
    report = run(database, clock, admin, make_csv(rows, header))

    assert where(report) == {
        (2, "Portable", "mobile_invalid"),
        (3, "Portable", "not_mobile"),
        (4, "Date de naissance", "date_invalid"),
        (5, "Date de naissance", "date_invalid"),
        (6, "Date de naissance", "date_future"),
        (7, "Nom", "formula"),
        (8, "Ville", "formula"),
        (9, "Complément d'adresse", "formula"),
        (10, "Gros caractères", "flag_invalid"),
        (11, "Email", "email_invalid"),
    }
    assert report.created == 1
    with database.transaction() as session:
        patient = session.scalars(select(Patient)).one()
        assert patient.large_print is True
        kinds = {c.kind for c in patient.contact_points}
        assert kinds == set(ContactKind)
        assert not session.scalar(
            select(func.count()).select_from(Patient).where(Patient.last_name.like("%HYPERLINK%"))
        )


def test_a_missing_required_column_refuses_the_file(practice, clock) -> None:
    database, admin = practice
    before = dump(database)
    data = make_csv([["Dupont", "Jean", "06 12 34 56 78"]], ["Nom", "Prénom", "Portable"])

    with pytest.raises(ValidationError) as caught:
        run(database, clock, admin, data)

    assert [(e.field, e.code) for e in caught.value.errors] == [("birth_date", "column_missing")]
    assert "birth date" in str(caught.value)
    assert dump(database) == before
    assert import_events(database) == []


def test_an_empty_file_is_refused(practice, clock) -> None:
    database, admin = practice
    with pytest.raises(ValidationError, match="empty"):
        run(database, clock, admin, b"\r\n\r\n")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Né(e) le", "birth_date"),
        ("DATE_NAISSANCE", "birth_date"),
        ("DOB", "birth_date"),
        ("Nom de naissance", "birth_name"),
        ("Tél. portable", "mobile"),
        ("Tel", "landline"),
        ("N° dossier", "external_id"),
        ("Complément d'adresse", "street_extra"),
        ("CP", "postcode"),
        ("Courriel", "email"),
        ("Commune", "city"),
        ("Facile à lire", "easy_read"),
        ("Sans internet", "no_digital_access"),
        ("Fixe partagé", "landline_shared"),
        ("Foyer", "household"),
        ("surname", "last_name"),
    ],
)
def test_header_variants(header: str, field: str) -> None:
    assert HEADER_FIELDS[_header_key(header)] == field


def test_delimiter_and_encoding_detection() -> None:
    assert sniff_delimiter('"Nom, usage";"Prénom\tx";Date\n1,2,3,4,5,6\n') == ";"
    assert sniff_delimiter("\n\nNom,Prénom,Date;x\n") == ","
    assert sniff_delimiter("Nom\tPrénom\tDate\n") == "\t"
    assert decode("é".encode("utf-16")) == ("é", "utf-16")
    assert decode(b"Andr\xe9") == ("André", "cp1252")
    assert decode(b"\x81") == ("\x81", "latin-1")  # undefined in cp1252


# -- matching, updating, modes ----------------------------------------------------------


def test_ten_thousand_rows_one_percent_bad(practice, clock) -> None:
    database, admin = practice
    existing_id = _create_existing(database, clock, admin)
    existing_before = _patient_rows(database, existing_id)
    events_before = count(database, AuditEvent)

    bad_cells = [
        ("Portable", "06 12", "mobile_invalid"),
        ("Date de naissance", "31/02/1980", "date_invalid"),
        ("Nom", '=HYPERLINK("http://x","y")', "formula"),
        ("Email", "jean@", "email_invalid"),
        ("Code postal", "6900", "postcode_invalid"),
    ]
    rows, expected = [], set()
    for i in range(10_000):
        if i % 100 == 37:
            column, value, code = bad_cells[(i // 100) % len(bad_cells)]
            rows.append(fr_row(i, **{column.replace(" ", "_"): value}))
            expected.add((i + 2, column, code))
        else:
            rows.append(fr_row(i))
    data = make_csv(rows, encoding="cp1252")

    started = time.perf_counter()
    report = run(database, clock, admin, data)
    elapsed = time.perf_counter() - started

    assert where(report) == expected
    assert len(report.errors) == 100
    assert (report.rows_read, report.created, report.updated, report.unchanged) == (
        10_000,
        9_900,
        0,
        0,
    )
    assert report.summary() == "10000 rows: 9900 created, 0 updated, 0 unchanged, 100 rejected"
    assert count(database) == 1 + 9_900
    assert _patient_rows(database, existing_id) == existing_before
    assert count(database, AuditEvent) == events_before + 1
    assert elapsed < 30  # a generous bound that still catches one query per row


def test_strict_mode_commits_nothing(practice, clock) -> None:
    database, admin = practice
    _create_existing(database, clock, admin)
    before = dump(database)
    data = make_csv([fr_row(1), fr_row(2, Portable="06 12"), fr_row(3)])

    report = run(database, clock, admin, data, strict=True)

    assert report.committed is False
    assert where(report) == {(3, "Portable", "mobile_invalid")}
    assert (report.created, report.updated, report.unchanged) == (0, 0, 0)
    assert report.summary().endswith("(strict: nothing was written)")
    assert dump(database) == before
    assert import_events(database) == []

    fixed = run(database, clock, admin, make_csv([fr_row(1), fr_row(3)]), strict=True)
    assert (fixed.committed, fixed.created) == (True, 2)


def test_dry_run_changes_nothing_and_predicts_the_real_run(practice, clock) -> None:
    database, admin = practice
    run(database, clock, admin, make_csv([fr_row(i) for i in range(5)]))
    before = dump(database)
    events = count(database, AuditEvent)
    data = make_csv(
        [
            fr_row(0),  # unchanged
            fr_row(1, Portable="07 81 00 00 01"),  # updated
            fr_row(2, Sexe="M"),  # updated
            fr_row(3, Portable="06 12"),  # rejected
            fr_row(10),  # created
            fr_row(11),  # created
        ]
    )

    preview = run(database, clock, admin, data, dry_run=True)

    assert dump(database) == before
    assert count(database, AuditEvent) == events
    assert (preview.committed, preview.dry_run) == (False, True)
    assert (preview.created, preview.updated, preview.unchanged, preview.rejected) == (2, 2, 1, 1)
    assert preview.summary() == (
        "6 rows: 2 created, 2 updated, 1 unchanged, 1 rejected (dry run: nothing was written)"
    )
    real = run(database, clock, admin, data)
    assert (real.created, real.updated, real.unchanged, real.rejected) == (2, 2, 1, 1)
    assert real.committed is True


def test_reimporting_the_same_file_changes_nothing(practice, clock) -> None:
    database, admin = practice
    data = make_csv([fr_row(i, Téléphone="04 78 00 00 01") for i in range(50)], encoding="cp1252")
    first = run(database, clock, admin, data)
    before = dump(database)

    again = run(database, clock, admin, data)

    assert (first.created, again.created, again.updated, again.unchanged) == (50, 0, 0, 50)
    assert again.summary() == "50 rows: 0 created, 0 updated, 50 unchanged, 0 rejected"
    assert dump(database) == before
    assert (
        len(import_events(database)) == 2
    )  # each import is recorded, even one that changed nothing


def test_reimport_with_a_changed_phone_updates_it_and_its_search_terms(practice, clock) -> None:
    database, admin = practice
    rows = [fr_row(i) for i in range(20)]
    run(database, clock, admin, make_csv(rows))
    old_mobile = rows[7][FR_HEADER.index("Portable")]
    rows[7] = fr_row(7, Portable="07 81 99 88 77")

    report = run(database, clock, admin, make_csv(rows))

    assert (report.created, report.updated, report.unchanged) == (0, 1, 19)
    with database.transaction() as session:
        found = patients.search_ids(session, "07 81 99 88 77")
        assert len(found) == 1
        patient = session.get(Patient, found[0])
        assert patient is not None
        assert patient.external_id == "DOS-000007"
        assert patients.search_ids(session, old_mobile) == []
        mobiles = [c.value for c in patient.contact_points if c.kind is ContactKind.MOBILE]
        assert mobiles == ["+33781998877"]


def test_reimport_keeps_what_the_file_does_not_say(practice, clock) -> None:
    database, admin = practice
    header = ["Nom", "Prénom", "Date de naissance", "Portable"]
    run(
        database,
        clock,
        admin,
        make_csv([["Dupont", "Jean", "12/03/1948", "06 11 22 33 44"]], header),
    )
    with database.transaction() as session:
        patient = session.scalars(select(Patient)).one()
        form = patients.form_from_patient(patient)
        form.email, form.large_print, form.landline = "jean@exemple.fr", True, "04 78 11 22 33"
        form.landline_shared = True
        data = patients.validate(form, "FR", date(2026, 11, 28))
        patients.update_patient(session, clock, admin, patient.id, data)
    before = dump(database)

    # The practice software knows neither the e-mail, the landline nor large print.
    same = run(database, clock, admin, make_csv([["Dupont", "Jean", "12/03/1948", ""]], header))

    assert (same.updated, same.unchanged) == (0, 1)
    assert dump(database) == before


def test_existing_patient_found_by_name_and_birth_date_takes_the_external_id(
    practice, clock
) -> None:
    database, admin = practice
    existing_id = _create_existing(database, clock, admin, external_id="")

    report = run(
        database,
        clock,
        admin,
        make_csv([["X-99", "Dupont", "Hélène", "12/03/1948"]], ["ID", "Nom", "Prénom", "Né le"]),
    )

    assert (report.created, report.updated) == (0, 1)
    with database.transaction() as session:
        patient = session.get(Patient, existing_id)
        assert patient is not None
        assert patient.external_id == "X-99"
        assert patient.contact_points  # the mobile and address recorded at the desk are kept


def test_same_name_and_birth_date_but_another_external_id_is_created_with_a_warning(
    practice, clock
) -> None:
    database, admin = practice
    existing_id = _create_existing(database, clock, admin, external_id="DOS-1")
    header = ["ID", "Nom", "Prénom", "Né le"]

    report = run(
        database, clock, admin, make_csv([["DOS-2", "Dupont", "Hélène", "12/03/1948"]], header)
    )

    assert report.created == 1
    assert [(w.row, w.code) for w in report.warnings] == [(2, "possible_duplicate")]
    assert f"#{existing_id}" in report.warnings[0].message
    assert count(database) == 2


def test_two_rows_for_the_same_patient(practice, clock) -> None:
    database, admin = practice
    rows = [
        fr_row(1),
        fr_row(2),
        fr_row(1, Portable="07 81 00 00 09"),  # same external id as row 2
        fr_row(5, **{"N° dossier": ""}),  # made the same name and birth date as row 3 below
    ]
    for column in ("Nom", "Date de naissance"):
        rows[3][FR_HEADER.index(column)] = rows[1][FR_HEADER.index(column)]

    report = run(database, clock, admin, make_csv(rows))

    assert [(e.row, e.message) for e in report.errors] == [
        (4, "duplicate of row 2 (same patient)"),
        (5, "duplicate of row 3 (same patient)"),
    ]
    assert report.created == 2


def test_cancel_leaves_nothing(practice, clock) -> None:
    database, admin = practice
    before = dump(database)

    class CancelWhileSaving(Progress):
        """The user presses Cancel once the rows are checked and saving has begun."""

        def update(self, done: int, total: int | None = None, message: str | None = None) -> None:
            if total and done > total // 2 + 300:
                self.cancel()
            super().update(done, total, message)

    progress = CancelWhileSaving()
    with pytest.raises(Cancelled):
        run(database, clock, admin, make_csv([fr_row(i) for i in range(1_000)]), progress=progress)

    assert progress.snapshot()[0] > 1_000 + 300  # it was cancelled while writing
    assert dump(database) == before
    assert import_events(database) == []


def test_a_practitioner_may_not_import(practice, clock) -> None:
    database, _admin = practice
    doctor = Actor(user_id=None, username="dr.roux", role=Role.PRACTITIONER)
    before = dump(database)

    with pytest.raises(PermissionDenied):
        run(database, clock, doctor, make_csv([fr_row(1)]))

    assert dump(database) == before
    receptionist = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)
    assert run(database, clock, receptionist, make_csv([fr_row(1)])).created == 1


def test_one_audit_event_with_counts_and_no_personal_data(practice, clock) -> None:
    database, admin = practice
    rows = [fr_row(1, Nom="Zébulon"), fr_row(2, Portable="06 12")]

    run(database, clock, admin, make_csv(rows))

    [event] = import_events(database)
    assert event.username == "admin"
    assert event.details["created"] == 1
    assert event.details["rejected"] == 1
    text = json.dumps(event.details, ensure_ascii=False)
    for secret in ("Zébulon", "Hélène", "exemple.fr", "33610000001", "Lyon", "export.csv"):
        assert secret not in text
    with database.transaction() as session:
        assert audit.verify_chain(session).intact


# -- helpers -----------------------------------------------------------------------------


def _create_existing(database, clock, admin, *, external_id: str = "EXIST-1") -> int:
    form = PatientForm(
        last_name="Dupont",
        first_name="Hélène",
        birth_date="12/03/1948",
        external_id=external_id,
        mobile="06 99 88 77 66",
        street="3 rue des Lilas",
        postcode="69003",
        city="Lyon",
        large_print=True,
    )
    data = patients.validate(form, "FR", date(2026, 11, 28))
    with database.transaction() as session:
        return patients.create_patient(session, clock, admin, data).id


def _patient_rows(database, patient_id: int) -> list[tuple]:
    with database.transaction() as session:
        rows = [
            tuple(session.execute(select(Patient.__table__).where(Patient.id == patient_id)).one())
        ]
        rows += [
            tuple(row)
            for row in session.execute(
                select(ContactPoint.__table__).where(ContactPoint.patient_id == patient_id)
            )
        ]
        rows += sorted(
            tuple(row)
            for row in session.execute(
                select(PatientSearchTerm.__table__).where(
                    PatientSearchTerm.patient_id == patient_id
                )
            )
        )
        return rows

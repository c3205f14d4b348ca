"""Agenda exports (.ics) read into plain appointments: the files real programs write."""

from __future__ import annotations

import codecs
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.importers.calendar_ics import (
    PROBLEM_CODES,
    Attendee,
    CalendarError,
    CalendarEvent,
    CalendarProblem,
    CalendarReport,
    parse_calendar,
    problem_message,
)

DATA = Path(__file__).parent / "data"
MARCH_START = datetime(2027, 3, 1, tzinfo=UTC)
MAY_START = datetime(2027, 5, 1, tzinfo=UTC)
GOOGLE_SERIES = "7kukuqrfedlm2f9t0vr42q4gk6@google.com"
OUTLOOK_SERIES = (
    "040000008200E00074C5B7101A82E00800000000D0A6F3C2B14DDA01000000000000000010000000"
    "E4F1B5C85E0F2A4B9C1E5D7A3B2C1D0E"
)
APPLE_SERIES = "5E9C3B7A-2D41-4F8E-9A6B-1C0D2E3F4A5B"


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def fixture(name: str) -> bytes:
    return (DATA / name).read_bytes()


def parse(
    data: bytes | str,
    start: datetime = MARCH_START,
    end: datetime = MAY_START,
    default_zone: str = "Europe/Paris",
) -> CalendarReport:
    raw = data.encode() if isinstance(data, str) else data
    return parse_calendar(raw, start, end, default_zone)


def calendar(*lines: str, header: tuple[str, ...] = ()) -> str:
    """A minimal calendar around ``lines``, CRLF as the RFC asks."""
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Relais tests//EN", *header, *lines]
    return "\r\n".join([*body, "END:VCALENDAR"]) + "\r\n"


def event(uid: str, *lines: str) -> tuple[str, ...]:
    return ("BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20270301T080000Z", *lines, "END:VEVENT")


def by_key(report: CalendarReport) -> dict[str, CalendarEvent]:
    return {event.occurrence_key: event for event in report.events}


# -- the fixtures, program by program -------------------------------------------------


def test_google_weekly_series_with_exdate_moved_occurrence_and_cancelled_single() -> None:
    report = parse(fixture("google_calendar.ics"))

    assert report.problems == []
    assert [(e.start, e.occurrence_key.rpartition("@")[2], e.status) for e in report.events] == [
        (utc(2027, 3, 2, 9), "2027-03-02T09:00:00Z", "confirmed"),
        (utc(2027, 3, 4, 16, 30), "google.com", "confirmed"),
        (utc(2027, 3, 9, 9), "2027-03-09T09:00:00Z", "confirmed"),
        (utc(2027, 3, 10, 10), "google.com", "cancelled"),
        # 23 March moved to Thursday 25 March, 14:00 Paris; 16 March is an EXDATE.
        (utc(2027, 3, 25, 13), "2027-03-23T09:00:00Z", "confirmed"),
        # From 30 March Paris is UTC+2: 10:00 there is 08:00Z.
        (utc(2027, 3, 30, 8), "2027-03-30T08:00:00Z", "confirmed"),
        (utc(2027, 4, 6, 8), "2027-04-06T08:00:00Z", "confirmed"),
        (utc(2027, 4, 13, 8), "2027-04-13T08:00:00Z", "confirmed"),
        (utc(2027, 4, 20, 8), "2027-04-20T08:00:00Z", "confirmed"),
    ]
    first = report.events[0]
    assert first.uid == GOOGLE_SERIES
    assert first.recurrence_id == utc(2027, 3, 2, 9)
    assert first.end == utc(2027, 3, 2, 9, 30)
    assert first.summary == "Kiné – Mme Lefèvre"
    assert first.location == (
        "Cabinet de kinésithérapie Roux, 12 rue de la République, 69002 Lyon, France"
    )
    assert first.description.startswith("Rééducation du genou droit après ligamentoplastie — ")
    assert first.organizer == "Cabinet de kinésithérapie Roux"
    assert first.attendees == (
        Attendee("Hélène Lefèvre", "helene.lefevre@example.fr", "REQ-PARTICIPANT"),
        Attendee("cabinet.kine.roux@gmail.com", "cabinet.kine.roux@gmail.com", "REQ-PARTICIPANT"),
    )
    assert (first.sequence, first.source_line, first.all_day) == (0, 29, False)
    assert first.last_modified == utc(2027, 3, 1, 18, 14, 55)


def test_google_moved_occurrence_keeps_its_original_key_at_its_new_time() -> None:
    moved = by_key(parse(fixture("google_calendar.ics")))[f"{GOOGLE_SERIES}@2027-03-23T09:00:00Z"]

    assert moved.recurrence_id == utc(2027, 3, 23, 9)
    assert (moved.start, moved.end) == (utc(2027, 3, 25, 13), utc(2027, 3, 25, 13, 30))
    assert moved.description.endswith("Déplacé au jeudi à la demande de la patiente.")
    assert (moved.sequence, moved.source_line) == (1, 59)


def test_google_exdate_occurrence_does_not_appear_at_all() -> None:
    report = parse(fixture("google_calendar.ics"), utc(2027, 3, 15), utc(2027, 3, 17))

    assert report.events == []


def test_google_cancelled_single_event() -> None:
    cancelled = by_key(parse(fixture("google_calendar.ics")))[
        "1m9q3sd8v0b5t7h2c4k6n8p0r2@google.com"
    ]

    assert cancelled.status == "cancelled"
    assert cancelled.recurrence_id is None
    assert (cancelled.start, cancelled.end) == (utc(2027, 3, 10, 10), utc(2027, 3, 10, 10, 45))
    assert (cancelled.sequence, cancelled.source_line) == (2, 85)


def test_google_empty_properties_are_empty_strings() -> None:
    single = by_key(parse(fixture("google_calendar.ics")))["4f2g6h8j0k1l3m5n7p9q1r3s5t@google.com"]

    assert (single.description, single.location, single.attendees) == ("", "", ())


def test_outlook_windows_zone_cancelled_occurrence_and_all_day_event() -> None:
    report = parse(fixture("outlook.ics"))

    assert report.problems == []
    series = [e for e in report.events if e.uid == OUTLOOK_SERIES]
    assert [(e.start, e.status) for e in series] == [
        (utc(2027, 3, 4, 8), "confirmed"),
        (utc(2027, 3, 11, 8), "confirmed"),
        (utc(2027, 3, 18, 8), "cancelled"),
        (utc(2027, 3, 25, 8), "confirmed"),
        (utc(2027, 4, 1, 7), "confirmed"),
        (utc(2027, 4, 8, 7), "confirmed"),
    ]
    cancelled = series[2]
    assert cancelled.occurrence_key == f"{OUTLOOK_SERIES}@2027-03-18T08:00:00Z"
    assert cancelled.summary == "Annulé : Orthophonie – Lucas Bernard"
    assert cancelled.source_line == 68
    assert series[0].description == (
        "Suivi orthophonique hebdomadaire.\nPenser au carnet de liaison."
    )
    assert series[0].attendees[1] == Attendee(
        "Dr Claire Martin", "claire.martin@cabinet-martin.fr", "OPT-PARTICIPANT"
    )
    assert series[0].organizer == "Cabinet Martin"

    closed = next(e for e in report.events if e.all_day)
    assert closed.summary == "Cabinet fermé"
    # 12 March in Paris (UTC+1), midnight to midnight.
    assert (closed.start, closed.end) == (utc(2027, 3, 11, 23), utc(2027, 3, 12, 23))
    assert closed.categories == ("Fermeture", "Formation")
    assert closed.recurrence_id is None
    assert closed.source_line == 93


def test_apple_weekly_series_crosses_the_change_to_summer_time() -> None:
    report = parse(fixture("apple_calendar.ics"))

    assert report.problems == []
    series = [e for e in report.events if e.uid == APPLE_SERIES]
    # 09:00 in Paris every Monday: UTC+1 until Sunday 28 March 2027, UTC+2 after.
    assert [e.start for e in series] == [
        utc(2027, 3, 15, 8),
        utc(2027, 3, 22, 8),
        utc(2027, 3, 29, 7),
        utc(2027, 4, 5, 7),
    ]
    assert [e.end - e.start for e in series] == [timedelta(minutes=45)] * 4
    assert [e.occurrence_key.rpartition("@")[2] for e in series] == [
        "2027-03-15T08:00:00Z",
        "2027-03-22T08:00:00Z",
        "2027-03-29T07:00:00Z",
        "2027-04-05T07:00:00Z",
    ]
    # The alarm's own UID, inside VALARM, is not the event's.
    assert {e.source_line for e in series} == {28}
    assert series[0].location == "Cabinet Dr Roux\n4 avenue Jean Jaurès\n69007 Lyon"


def test_apple_event_given_in_utc() -> None:
    remote = by_key(parse(fixture("apple_calendar.ics")))["A1C2E3F4-5B6D-4E7F-8091-A2B3C4D5E6F7"]

    assert (remote.start, remote.end) == (utc(2027, 3, 17, 13), utc(2027, 3, 17, 13, 30))
    assert remote.summary == "Téléconsultation – M. Nguyen"
    assert remote.source_line == 49


def test_practice_agenda_floating_times_are_read_in_the_practice_zone() -> None:
    report = parse(fixture("doctolib_like.ics"))

    assert report.problems == []
    assert [(e.start, e.end, e.status, e.summary) for e in report.events] == [
        (utc(2027, 3, 2, 7, 30), utc(2027, 3, 2, 7, 45), "confirmed", "RDV Mme DUPONT Hélène"),
        (utc(2027, 3, 2, 8, 15), utc(2027, 3, 2, 8, 30), "tentative", "RDV M. LEFÈVRE Paul"),
        (utc(2027, 3, 2, 9), utc(2027, 3, 2, 9, 15), "cancelled", "RDV Mme MARTIN Zoé"),
        # After the change to summer time 09:00 in Paris is 07:00Z.
        (utc(2027, 3, 31, 7), utc(2027, 3, 31, 7, 20), "confirmed", "RDV Mme DUPONT Hélène"),
    ]
    first = report.events[0]
    assert first.occurrence_key == "rdv-184467@agenda-cabinet.fr"
    assert "Tél. : 06 12 34 56 78" in first.description.splitlines()
    assert first.categories == ("Consultation",)
    assert [e.source_line for e in report.events] == [9, 23, 37, 51]


def test_floating_times_follow_default_zone() -> None:
    report = parse(fixture("doctolib_like.ics"), default_zone="America/Martinique")

    assert report.events[0].start == utc(2027, 3, 2, 12, 30)


def test_broken_events_are_skipped_with_their_lines_and_the_good_one_is_kept() -> None:
    report = parse(fixture("broken.ics"))

    assert [e.summary for e in report.events] == ["Consultation – Mme Laurent"]
    assert report.events[0].start == utc(2027, 3, 3, 13)
    assert report.events[0].source_line == 45
    assert [(p.line, p.uid, p.code) for p in report.problems] == [
        (24, "b7a1c9e2-4d3f-4a5b-8c6d-0e1f2a3b4c5d", "dtstart_missing"),
        (35, "c8b2d0f3-5e4a-4b6c-9d7e-1f2a3b4c5d6e", "end_before_start"),
    ]
    assert str(report.problems[0]) == (
        "line 24 (event b7a1c9e2-4d3f-4a5b-8c6d-0e1f2a3b4c5d): DTSTART missing; event skipped"
    )
    assert "DTEND 2027-03-03 10:30" in report.problems[1].message


@pytest.mark.parametrize(
    "name", ["google_calendar.ics", "outlook.ics", "apple_calendar.ics", "doctolib_like.ics"]
)
def test_occurrence_keys_are_stable_across_parses_and_windows(name: str) -> None:
    first = parse(fixture(name))
    again = parse(fixture(name))
    narrower = parse(fixture(name), utc(2027, 3, 10), utc(2027, 4, 1))

    assert first == again
    assert len({e.occurrence_key for e in first.events}) == len(first.events)
    assert {e.occurrence_key for e in narrower.events} <= {e.occurrence_key for e in first.events}


@pytest.mark.parametrize("name", sorted(path.name for path in DATA.glob("*.ics")))
def test_fixtures_are_folded_at_75_octets_with_crlf(name: str) -> None:
    data = fixture(name)
    lines = data.split(b"\r\n")

    assert lines[-1] == b""
    assert b"\n" not in b"".join(lines)
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)


def test_lines_are_counted_the_same_with_bare_line_feeds() -> None:
    unix = fixture("broken.ics").replace(b"\r\n", b"\n")

    assert [p.line for p in parse(unix).problems] == [24, 35]


def test_two_calendars_in_one_file_keep_their_own_method() -> None:
    published = calendar(*event("kept@x", "DTSTART:20270302T090000Z"))
    cancelling = calendar(*event("gone@x", "DTSTART:20270302T100000Z"), header=("METHOD:CANCEL",))

    report = parse(published + cancelling)
    assert [(e.uid, e.status, e.source_line) for e in report.events] == [
        ("kept@x", "confirmed", 4),
        ("gone@x", "cancelled", 14),
    ]


def test_an_event_outside_the_calendar_is_ignored_and_lines_still_found() -> None:
    stray = "\r\n".join(event("stray@x", "DTSTART:20270302T080000Z")) + "\r\n"
    text = calendar(*event("inside@x", "DTSTART:20270302T090000Z")) + stray

    report = parse(text)
    assert [(e.uid, e.source_line) for e in report.events] == [("inside@x", 4)]


def test_blank_lines_are_counted_and_ignored() -> None:
    text = calendar(
        "",
        "BEGIN:VEVENT",
        "UID:blank@x",
        "SUMMARY:RDV Mme DU",
        "",
        " PONT",
        "DTSTART:20270302T090000Z",
        "END:VEVENT",
    )

    (appointment,) = parse(text).events
    assert (appointment.summary, appointment.source_line) == ("RDV Mme DUPONT", 5)


def test_utc_series_recur_in_the_calendar_zone_google_and_apple_name() -> None:
    series = event("s@x", "DTSTART:20270322T080000Z", "RRULE:FREQ=WEEKLY;COUNT=2")

    in_paris = parse(calendar(*series, header=("X-WR-TIMEZONE:Europe/Paris",)))
    in_utc = parse(calendar(*series))

    assert [e.start for e in in_paris.events] == [utc(2027, 3, 22, 8), utc(2027, 3, 29, 7)]
    assert [e.start for e in in_utc.events] == [utc(2027, 3, 22, 8), utc(2027, 3, 29, 8)]


# -- the window ---------------------------------------------------------------------------


def test_window_includes_its_start_and_excludes_its_end() -> None:
    report = parse(fixture("google_calendar.ics"), utc(2027, 3, 9, 9), utc(2027, 3, 30, 8))

    assert [e.start for e in report.events] == [
        utc(2027, 3, 9, 9),
        utc(2027, 3, 10, 10),
        utc(2027, 3, 25, 13),
    ]


def test_an_occurrence_moved_out_of_the_window_is_not_in_it() -> None:
    report = parse(fixture("google_calendar.ics"), utc(2027, 3, 23), utc(2027, 3, 24))

    assert report.events == []


def test_a_series_that_began_long_before_the_window_still_recurs_in_it() -> None:
    report = parse(fixture("google_calendar.ics"), utc(2027, 4, 10), utc(2027, 5, 1))

    assert [e.start for e in report.events] == [utc(2027, 4, 13, 8), utc(2027, 4, 20, 8)]


def test_single_events_far_from_the_window_are_left_out() -> None:
    text = calendar(
        *event("far@x", "DTSTART:20260105T090000Z", "DTEND:20260105T091500Z"),
        *event("near@x", "DTSTART:20270302T090000Z", "DTEND:20270302T091500Z"),
    )

    assert [e.uid for e in parse(text).events] == ["near@x"]


def test_naive_window_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        parse_calendar(fixture("google_calendar.ics"), datetime(2027, 3, 1), MAY_START)


# -- encodings and files that are not calendars ---------------------------------------------


def test_cp1252_export_reads_like_the_utf8_one() -> None:
    utf8 = fixture("doctolib_like.ics")
    cp1252 = utf8.decode("utf-8").encode("cp1252")

    assert cp1252 != utf8
    assert parse(cp1252) == parse(utf8)
    assert parse(cp1252).events[1].summary == "RDV M. LEFÈVRE Paul"


def test_utf8_with_bom() -> None:
    utf8 = fixture("google_calendar.ics")

    assert parse(codecs.BOM_UTF8 + utf8) == parse(utf8)


@pytest.mark.parametrize(
    ("data", "found"),
    [
        (b"", "empty"),
        ("Nom;Prénom;Date de naissance\r\nDUPONT;Hélène;12/04/1948\r\n".encode(), "CSV"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hélène Lefèvre\r\nEND:VCARD\r\n".encode(), "vCard"),
        (b"<!DOCTYPE html><html><body>Agenda</body></html>", "web page"),
    ],
)
def test_a_file_that_is_not_a_calendar_says_what_it_is(data: bytes, found: str) -> None:
    with pytest.raises(CalendarError, match="not an iCalendar") as caught:
        parse(data)

    assert found in str(caught.value)


def test_a_file_cut_short_is_refused_whole() -> None:
    data = fixture("google_calendar.ics")
    cut = data[: data.index(b"BEGIN:VEVENT", 2000)]

    with pytest.raises(CalendarError, match="cut short"):
        parse(cut)


# -- cancellations ---------------------------------------------------------------------


def test_method_cancel_cancels_every_event_of_the_file() -> None:
    text = calendar(
        *event(
            "040000008200E00074C5B7101A82E008000000001234@outlook",
            "SUMMARY:Annulé : Consultation – M. Simon",
            "DTSTART;TZID=Romance Standard Time:20270303T110000",
            "DTEND;TZID=Romance Standard Time:20270303T113000",
            "SEQUENCE:2",
        ),
        header=("METHOD:CANCEL",),
    )

    (cancelled,) = parse(text).events
    assert cancelled.status == "cancelled"
    assert cancelled.start == utc(2027, 3, 3, 10)
    assert cancelled.sequence == 2


def test_method_cancel_of_one_occurrence_names_it_by_its_original_key() -> None:
    text = calendar(
        *event(
            "series@x",
            "RECURRENCE-ID;TZID=Europe/Paris:20270310T090000",
            "DTSTART;TZID=Europe/Paris:20270310T090000",
            "DTEND;TZID=Europe/Paris:20270310T093000",
            "SEQUENCE:3",
        ),
        header=("METHOD:CANCEL",),
    )

    (cancelled,) = parse(text).events
    assert (cancelled.occurrence_key, cancelled.status) == (
        "series@x@2027-03-10T08:00:00Z",
        "cancelled",
    )


def test_a_cancelled_series_cancels_every_occurrence_even_overridden_ones() -> None:
    text = calendar(
        *event(
            "series@x",
            "DTSTART;TZID=Europe/Paris:20270301T090000",
            "DTEND;TZID=Europe/Paris:20270301T093000",
            "RRULE:FREQ=DAILY;COUNT=3",
            "STATUS:CANCELLED",
        ),
        *event(
            "series@x",
            "RECURRENCE-ID;TZID=Europe/Paris:20270302T090000",
            "DTSTART;TZID=Europe/Paris:20270302T100000",
            "DTEND;TZID=Europe/Paris:20270302T103000",
            "STATUS:CONFIRMED",
        ),
    )

    assert [e.status for e in parse(text).events] == ["cancelled"] * 3


# -- time zones ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "winter_start"),
    [
        ("Romance Standard Time", utc(2027, 1, 12, 8)),  # Europe/Paris, no VTIMEZONE given
        ("W. Europe Standard Time", utc(2027, 1, 12, 8)),  # Europe/Berlin
        ("GMT Standard Time", utc(2027, 1, 12, 9)),  # Europe/London
        ("Europe/Paris", utc(2027, 1, 12, 8)),
        ("America/Cayenne", utc(2027, 1, 12, 12)),
    ],
)
def test_zone_names_as_outlook_and_others_write_them(zone: str, winter_start: datetime) -> None:
    text = calendar(
        *event("z@x", f"DTSTART;TZID={zone}:20270112T090000", f"DTEND;TZID={zone}:20270112T100000")
    )

    report = parse(text, utc(2027, 1, 1), utc(2027, 2, 1))
    assert report.problems == []
    assert [e.start for e in report.events] == [winter_start]


def test_each_file_is_read_with_its_own_customized_time_zone() -> None:
    def export(offset: str) -> str:
        zone = "Customized Time Zone"
        return calendar(
            "BEGIN:VTIMEZONE",
            f"TZID:{zone}",
            "BEGIN:STANDARD",
            "DTSTART:16010101T000000",
            f"TZOFFSETFROM:{offset}",
            f"TZOFFSETTO:{offset}",
            "END:STANDARD",
            "END:VTIMEZONE",
            *event(
                "c@x",
                f"DTSTART;TZID={zone}:20270301T090000",
                f"DTEND;TZID={zone}:20270301T093000",
                "RRULE:FREQ=WEEKLY;COUNT=3",
                f"EXDATE;TZID={zone}:20270308T090000",
            ),
        )

    # icalendar keeps the first definition of a TZID for the whole process.
    assert [e.start for e in parse(export("+0100")).events] == [
        utc(2027, 3, 1, 8),
        utc(2027, 3, 15, 8),
    ]
    assert [e.start for e in parse(export("-0500")).events] == [
        utc(2027, 3, 1, 14),
        utc(2027, 3, 15, 14),
    ]


def test_an_unknown_zone_is_read_in_the_default_zone_and_reported_once() -> None:
    text = calendar(
        *event("a@x", "DTSTART;TZID=Cabinet Local:20270302T090000"),
        *event("b@x", "DTSTART;TZID=Cabinet Local:20270302T100000"),
    )

    report = parse(text)
    assert [e.start for e in report.events] == [utc(2027, 3, 2, 8), utc(2027, 3, 2, 9)]
    assert [(p.line, p.code) for p in report.problems] == [(4, "timezone_unknown")]
    assert dict(report.problems[0].detail) == {"zone": "Cabinet Local", "fallback": "Europe/Paris"}
    assert "'Cabinet Local'" in report.problems[0].message


def test_an_unknown_calendar_zone_falls_back_to_the_default_zone() -> None:
    text = calendar(
        *event("a@x", "DTSTART:20270302T090000"), header=("X-WR-TIMEZONE:Nowhere/Special",)
    )

    report = parse(text)
    assert [e.start for e in report.events] == [utc(2027, 3, 2, 8)]
    assert [(p.line, p.code) for p in report.problems] == [(None, "calendar_timezone_unknown")]
    assert dict(report.problems[0].detail) == {
        "zone": "Nowhere/Special",
        "fallback": "Europe/Paris",
    }
    assert report.problems[0].message == (
        "the calendar's time zone 'Nowhere/Special' is unknown; its times are read as Europe/Paris"
    )


def test_an_all_day_series_runs_midnight_to_midnight_in_the_zone() -> None:
    text = calendar(
        *event(
            "holiday@x", "DTSTART;VALUE=DATE:20270327", "RRULE:FREQ=DAILY;COUNT=2", "SUMMARY:Congés"
        )
    )

    report = parse(text)
    # 28 March 2027 is 23 hours long in Paris.
    assert [(e.start, e.end, e.all_day) for e in report.events] == [
        (utc(2027, 3, 26, 23), utc(2027, 3, 27, 23), True),
        (utc(2027, 3, 27, 23), utc(2027, 3, 28, 22), True),
    ]
    assert report.events[0].occurrence_key == "holiday@x@2027-03-26T23:00:00Z"


# -- recurrences ---------------------------------------------------------------------


def test_rdate_adds_an_occurrence_and_duration_sets_the_end() -> None:
    text = calendar(
        *event(
            "r@x",
            "DTSTART:20270301T090000Z",
            "DURATION:PT20M",
            "RRULE:FREQ=WEEKLY;COUNT=2",
            "RDATE:20270304T150000Z",
        )
    )

    report = parse(text)
    assert [(e.start, e.end - e.start) for e in report.events] == [
        (utc(2027, 3, 1, 9), timedelta(minutes=20)),
        (utc(2027, 3, 4, 15), timedelta(minutes=20)),
        (utc(2027, 3, 8, 9), timedelta(minutes=20)),
    ]


def test_a_single_event_with_duration_and_one_without_end() -> None:
    text = calendar(
        *event("d@x", "DTSTART:20270301T090000Z", "DURATION:PT45M"),
        *event("p@x", "DTSTART:20270302T090000Z"),
        *event("a@x", "DTSTART;VALUE=DATE:20270303"),
    )

    ends = {e.uid: e.end - e.start for e in parse(text).events}
    assert ends == {"d@x": timedelta(minutes=45), "p@x": timedelta(0), "a@x": timedelta(days=1)}


def test_an_unreadable_rule_skips_its_series_only() -> None:
    text = calendar(
        *event("bad@x", "DTSTART:20270301T090000Z", "RRULE:FREQ=SOMETIMES"),
        *event("good@x", "DTSTART:20270302T090000Z"),
    )

    report = parse(text)
    assert [e.uid for e in report.events] == ["good@x"]
    assert [(p.line, p.code) for p in report.problems] == [(4, "rule_invalid")]


def test_an_unreadable_date_skips_the_event() -> None:
    text = calendar(
        *event("bad@x", "DTSTART:2027-03-01 09:00"),
        *event("good@x", "DTSTART:20270302T090000Z"),
    )

    report = parse(text)
    assert [e.uid for e in report.events] == ["good@x"]
    assert [(p.line, p.code) for p in report.problems] == [(4, "date_invalid")]
    assert dict(report.problems[0].detail) == {"property": "DTSTART", "value": "2027-03-01 09:00"}
    assert report.problems[0].message == "DTSTART '2027-03-01 09:00' cannot be read; event skipped"


def test_a_negative_duration_skips_the_event() -> None:
    text = calendar(*event("neg@x", "DTSTART:20270302T090000Z", "DURATION:-PT30M"))

    report = parse(text)
    assert report.events == []
    assert [(p.line, p.code) for p in report.problems] == [(4, "duration_negative")]
    assert report.problems[0].detail["minutes"] == "-30"
    assert report.problems[0].message == "DURATION -1 day, 23:30:00 is negative; event skipped"


def test_an_unreadable_sequence_is_ignored_and_reported() -> None:
    text = calendar(*event("s@x", "DTSTART:20270302T090000Z", "SEQUENCE:two"))

    report = parse(text)
    assert [e.sequence for e in report.events] == [0]
    assert [p.code for p in report.problems] == ["property_invalid"]


# -- duplicates and missing UIDs -------------------------------------------------------------


def test_duplicate_uid_keeps_the_highest_sequence() -> None:
    text = calendar(
        *event("dup@x", "DTSTART:20270302T090000Z", "SEQUENCE:3", "SUMMARY:moved"),
        *event("dup@x", "DTSTART:20270301T090000Z", "SEQUENCE:1", "SUMMARY:first"),
    )

    report = parse(text)
    assert [(e.summary, e.source_line) for e in report.events] == [("moved", 4)]
    (duplicate,) = report.problems
    assert (duplicate.line, duplicate.uid, duplicate.code) == (11, "dup@x", "duplicate")
    assert dict(duplicate.detail) == {
        "kind": "event",
        "kept_line": "4",
        "reason": "sequence",
        "sequence": "3",
    }
    assert duplicate.message == (
        "same event as line 4 (same UID); that one was kept (higher SEQUENCE (3))"
    )


def test_duplicate_uid_with_the_same_sequence_keeps_the_latest_modification() -> None:
    start = "DTSTART:20270302T090000Z"
    text = calendar(
        *event("dup@x", start, "LAST-MODIFIED:20270301T100000Z", "SUMMARY:new"),
        *event("dup@x", start, "LAST-MODIFIED:20270220T100000Z", "SUMMARY:old"),
    )

    report = parse(text)
    assert [e.summary for e in report.events] == ["new"]
    assert [(p.line, p.code) for p in report.problems] == [(11, "duplicate")]
    assert "LAST-MODIFIED" in report.problems[0].message


def test_duplicate_override_of_one_occurrence() -> None:
    override = (
        "RECURRENCE-ID:20270302T090000Z",
        "DTSTART:20270302T140000Z",
    )
    text = calendar(
        *event("s@x", "DTSTART:20270301T090000Z", "RRULE:FREQ=DAILY;COUNT=3"),
        *event("s@x", *override, "SEQUENCE:1", "SUMMARY:older"),
        *event("s@x", *override, "SEQUENCE:2", "SUMMARY:newer"),
    )

    report = parse(text)
    assert [(e.start, e.summary) for e in report.events if e.start.day == 2] == [
        (utc(2027, 3, 2, 14), "newer")
    ]
    assert [(p.line, p.code) for p in report.problems] == [(10, "duplicate")]
    assert "same occurrence" in report.problems[0].message


def test_missing_uid_gets_a_made_up_one_that_survives_a_new_export() -> None:
    def export(stamp: str) -> str:
        return calendar(
            "BEGIN:VEVENT",
            f"DTSTAMP:{stamp}",
            "DTSTART:20270302T090000Z",
            "SUMMARY:RDV Mme DUPONT",
            "END:VEVENT",
        )

    first = parse(export("20270301T080000Z"))
    again = parse(export("20270302T170000Z"))

    assert first.events[0].uid.startswith("relais-")
    assert first.events[0].occurrence_key == again.events[0].occurrence_key
    assert [(p.line, p.code) for p in first.problems] == [(4, "uid_missing")]


def test_every_problem_code_has_its_english() -> None:
    for code in PROBLEM_CODES:
        assert problem_message(code, {}) != code
    assert problem_message("duplicate", {"kind": "occurrence", "reason": "order"}) == (
        "same occurrence as another event (same UID); that one was kept (further down the file)"
    )


def test_problem_text_without_a_line_or_an_event() -> None:
    assert str(CalendarProblem(None, None, "x", "something")) == "something"
    assert str(CalendarProblem(7, None, "x", "something")) == "line 7: something"
    assert str(CalendarProblem(None, "u@x", "x", "something")) == "(event u@x): something"


# -- any simple calendar round-trips ---------------------------------------------------------


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """RFC 5545 §3.1: at most 75 octets a line, never inside a UTF-8 character."""
    folded: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode())
        if size + width > 75:
            folded.append(current)
            current, size = " ", 1
        current += char
        size += width
    return [*folded, current]


_simple_events = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=365 * 24 * 60 - 1),  # minutes into 2027, UTC
        st.integers(min_value=1, max_value=8 * 60),  # duration in minutes
        st.none() | st.tuples(st.sampled_from(["DAILY", "WEEKLY"]), st.integers(1, 6)),
        st.text(alphabet="aéèçÉÀ ,;\\\n-’RDVMmeDUPONTHélène", min_size=1, max_size=90).map(
            str.strip
        ),
    ),
    max_size=12,
)
_STEP = {"DAILY": timedelta(days=1), "WEEKLY": timedelta(weeks=1)}


@settings(deadline=None, max_examples=60)
@given(_simple_events)
def test_generated_calendars_round_trip(
    events: list[tuple[int, int, tuple[str, int] | None, str]],
) -> None:
    year = utc(2027, 1, 1)
    lines: list[str] = []
    expected: list[tuple[datetime, timedelta, str]] = []
    for number, (minutes, duration, rule, summary) in enumerate(events):
        start = year + timedelta(minutes=minutes)
        lines += [
            "BEGIN:VEVENT",
            f"UID:generated-{number}@relais.test",
            f"DTSTART:{start:%Y%m%dT%H%M%SZ}",
            f"DTEND:{start + timedelta(minutes=duration):%Y%m%dT%H%M%SZ}",
            f"SUMMARY:{_escape(summary)}",
        ]
        repeats = 1
        if rule is not None:
            frequency, repeats = rule
            lines.append(f"RRULE:FREQ={frequency};COUNT={repeats}")
        lines.append("END:VEVENT")
        step = _STEP[rule[0]] if rule else timedelta(0)
        length = timedelta(minutes=duration)
        expected += [(start + k * step, length, summary) for k in range(repeats)]
    text = "\r\n".join(
        physical for line in calendar(*lines).split("\r\n") for physical in _fold(line)
    )

    report = parse(text, utc(2026, 12, 1), utc(2028, 3, 1))

    assert report.problems == []
    assert len(report.events) == len(expected)
    assert sorted((e.start, e.end - e.start, e.summary) for e in report.events) == sorted(expected)

"""A print run of 1,000 letters, beside ReportLab's own canvas drawing the same letters.

Relais: :func:`app.letters.prepare_batch` on the encrypted database, as the
Print centre and ``print --kind letters`` call it: every letter checked again
like a send, rendered from its template, laid out (cover sheet, window
address, body, why and how to stop, reply slip) and written as one PDF.
The practice has 1,000 patients on paper (French names with their accents,
and some ß, Ł, Cyrillic and Greek ones), addresses all over France, one in
ten in large print and one in twenty in easy read, each with an appointment
a week ahead: one plan + dispatch queues the letters, as at the desk.

The raw engine: ``reportlab.pdfgen.canvas`` drawing 1,000 one-page letters of
the same words (the texts Relais rendered, read back from the messages) with
the same embedded DejaVu font, one ``drawString`` per line, no layout engine.

Memory: tracemalloc's peak while a batch of 250, 500, 1,000 and 2,000 letters
is prepared.  The batch's PDF is kept whole (it is stored, to be reprinted
identically), so the peak is reported beside the PDF's size and without it:
flat means that what is held beyond the PDF does not grow with the batch
(``beyond_pdf_growth``: at 2,000 letters over at 1,000).  The letters are
checked, rendered and laid out 100 at a time (``app.letters.LETTERS_AT_ONCE``,
a constant working set), each page goes into the file as it is finished
(``app.streamed_pdf``), and the file is finished a few hundred pages at a time.
What is still held per letter is the batch's own list of its letters
(``app.letters.BatchLetter``, returned to the caller) and its page's object
number and offset: about 0.25 KB, beside 1.1 KB of PDF; the rest of the growth
is the file's buffer growing ahead of its bytes (2026-11-29: 1.09-1.10x).

Time is reported as wall and CPU (``time.process_time``), best and median of
:data:`RUNS` interleaved runs: the machine is shared, and CPU time is what a
busy neighbour disturbs least.
"""

from __future__ import annotations

import gc
import random
import statistics
import time
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

from app import appointments, dispatch, letters
from app.appointments import AppointmentData
from app.clock import FixedClock
from app.patients import ContactData, PatientData, insert_many
from app.practice import PracticeDatabase, create_practice
from app.settings import PracticeSettings
from db.models import ContactKind, Sex

LETTERS = 1000
PRACTITIONERS = ("Dr Claire Roux", "Dr Amine Benali", "Dr Hélène Lefèvre")
RUNS = 5  # best and median of five: the machine is shared, the best is the least disturbed
SIZES = (250, 500, 1000, 2000)  # letters in a batch, for its memory
APPOINTMENT = datetime(2026, 12, 10, 13, 30, tzinfo=UTC)
PRINT_DAY = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
PRACTICE = PracticeSettings(
    name="Cabinet médical du Parc",
    street="4 place Bellecour",
    postcode="69002",
    city="Lyon",
    phone="04 78 00 11 22",
    email="accueil@cabinet-du-parc.fr",
)
# Names from elsewhere, so every script the letters must print is in the run.
FOREIGN = (
    ("Weiß", "Jürgen"),
    ("Wałęsa", "Łucja"),
    ("Иванов", "Дмитрий"),
    ("Παπαδοπούλου", "Σοφία"),
    ("Øvergård", "Åse"),
    ("Nguyễn", "Thị Hằng"),
)
STREETS = (
    "rue de la République",
    "avenue Jean Jaurès",
    "boulevard Voltaire",
    "chemin des Écoliers",
    "place de l'Église",
    "allée des Châtaigniers",
    "quai du Rhône",
    "impasse Léon Blum",
)
TOWNS = (
    ("69003", "Lyon"),
    ("69007", "Lyon"),
    ("13002", "Marseille"),
    ("75011", "Paris"),
    ("33000", "Bordeaux"),
    ("59000", "Lille"),
    ("67000", "Strasbourg"),
    ("06000", "Nice"),
    ("38000", "Grenoble"),
    ("29200", "Brest"),
)


def paper_people(items: list[PatientData], count: int, seed: int = 5) -> list[PatientData]:
    """``count`` patients on paper: names from the generated list, addresses of their own."""
    rng = random.Random(seed)
    people = []
    for n in range(count):
        base = items[n % len(items)]
        last, first = (
            FOREIGN[n // 50 % len(FOREIGN)] if n % 50 == 7 else (base.last_name, base.first_name)
        )
        postcode, town = rng.choice(TOWNS)
        extra = f"Bâtiment {rng.choice('ABCD')}, {rng.randint(1, 9)}e étage" if n % 4 == 0 else None
        street = f"{rng.randint(1, 180)} {rng.choice(STREETS)}"
        address = ContactData(
            ContactKind.POSTAL,
            f"{street}, {postcode} {town}",
            street=street,
            street_extra=extra,
            postcode=postcode,
            city=town,
            country="FR",
        )
        people.append(
            PatientData(
                last_name=last,
                first_name=first,
                birth_date=date(1935, 1, 1) + timedelta(days=rng.randrange(365 * 60)),
                sex=rng.choice([Sex.FEMALE, Sex.MALE]),
                external_id=f"PAP-{n:05d}",
                no_digital_access=True,
                large_print=n % 10 == 3,
                easy_read=n % 20 == 9,
                contacts=[address],
            )
        )
    return people


def practice_with_letters(
    folder: Path, items: list[PatientData], count: int
) -> tuple[PracticeDatabase, FixedClock]:
    """A new practice whose dispatch on :data:`PRINT_DAY` has queued ``count`` letters."""
    clock = FixedClock(PRINT_DAY - timedelta(days=14))
    database, admin = create_practice(
        folder / "letters.relais", clock, admin_username="admin", admin_full_name="Admin",
        admin_password="bench password only", practice=PRACTICE,
    )  # fmt: skip
    with database.transaction() as session:
        for n, pid in enumerate(insert_many(session, clock.now(), paper_people(items, count))):
            # A day of appointments every quarter of an hour, with three practitioners:
            # the letters do not all say the same time and name.
            starts = APPOINTMENT + timedelta(minutes=15 * (n % 40) - 300)
            appointments.create_appointment(
                session, clock, admin,
                AppointmentData(pid, starts, practitioner=PRACTITIONERS[n % 3],
                                place="12 rue Neuve, 69002 Lyon"),
            )  # fmt: skip
    clock.advance(seconds=(PRINT_DAY - clock.now()).total_seconds())
    queued = 0
    while queued < count:
        report = dispatch.dispatch(database, clock)
        if not report.queued_letters:
            break
        queued += report.queued_letters
    return database, clock


def _waiting(database: PracticeDatabase, clock: FixedClock) -> list[int]:
    with database.read_session() as session:
        return [letter.message_id for letter in letters.letters_to_print(session, clock.now())]


def _batch(database: PracticeDatabase, clock: FixedClock, ids: list[int]) -> letters.LetterBatch:
    """One print run as the Print centre makes it; rolled back so the next run finds it all."""
    with database.session() as session:
        session.begin()
        batch = letters.prepare_batch(session, clock, ids)
        session.rollback()
    return batch


def raw_canvas(letters_lines: list[list[str]]) -> tuple[float, int]:
    """ReportLab's canvas alone: one page per letter, the same lines, the same embedded font.

    The lines are those the batch printed (read back from its PDF), so the
    canvas draws the same words; it puts them one under the other with
    ``drawString``, without any layout engine.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from app.pdf_fonts import SANS, register_fonts

    register_fonts()
    start = time.perf_counter()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=SANS)
    _, height = A4
    for lines in letters_lines:
        leading = min(13.0, (height - 30 * mm) / max(len(lines), 1))
        canvas.setFont(SANS, min(11.0, leading * 0.85))
        y = height - 15 * mm
        for line in lines:
            canvas.drawString(18 * mm, y, line)
            y -= leading
        canvas.showPage()
    canvas.save()
    return time.perf_counter() - start, len(buffer.getvalue())


def _lines(batch: letters.LetterBatch) -> list[list[str]]:
    """Each letter's lines of text, read back from the batch's PDF."""
    from pypdf import PdfReader

    pages = PdfReader(BytesIO(batch.pdf)).pages
    return [
        [
            line
            for number in range(letter.first_page - 1, letter.first_page - 1 + letter.pages)
            for line in pages[number].extract_text().splitlines()
            if line.strip()
        ]
        for letter in batch.letters
    ]


def letters_batch(work: Path, items: list[PatientData]) -> dict[str, Any]:
    folder = work / "letters"
    folder.mkdir()
    database, clock = practice_with_letters(folder, items, max(SIZES))
    try:
        waiting = _waiting(database, clock)
        ids = waiting[:LETTERS]
        first = _batch(database, clock, ids)  # warm: fonts registered, templates compiled
        texts = _lines(first)
        raw_canvas(texts[:20])
        timings: list[float] = []
        cpu: list[float] = []
        raw_runs: list[tuple[float, int]] = []
        raw_cpu: list[float] = []
        batch = first
        for _ in range(RUNS):  # interleaved, so a busy machine slows both sides alike
            gc.collect()
            start, start_cpu = time.perf_counter(), time.process_time()
            batch = _batch(database, clock, ids)
            timings.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            gc.collect()
            start_cpu = time.process_time()
            raw_runs.append(raw_canvas(texts))
            raw_cpu.append(time.process_time() - start_cpu)
        peaks = {}
        for size in SIZES:
            gc.collect()
            tracemalloc.start()
            pdf = len(_batch(database, clock, waiting[:size]).pdf)
            peaks[size] = (tracemalloc.get_traced_memory()[1], pdf)
            tracemalloc.stop()
    finally:
        database.close()
    seconds = min(timings)
    raw = min(spent for spent, _size in raw_runs)
    result: dict[str, Any] = {
        "letters": len(batch.message_ids),
        "queued": len(ids),
        "left_out": len(batch.left_out),
        "pages": batch.pages,
        "relais_seconds": round(seconds, 3),  # the best of RUNS
        "relais_median_s": round(statistics.median(timings), 3),
        "relais_runs_s": [round(t, 3) for t in timings],
        "relais_cpu_s": round(min(cpu), 3),
        "relais_cpu_median_s": round(statistics.median(cpu), 3),
        "pages_per_second": round(batch.pages / seconds),
        "pdf_bytes": len(batch.pdf),
        "raw_canvas_seconds": round(raw, 3),
        "raw_canvas_median_s": round(statistics.median(t for t, _size in raw_runs), 3),
        "raw_canvas_runs_s": [round(t, 3) for t, _size in raw_runs],
        "raw_canvas_cpu_s": round(min(raw_cpu), 3),
        "raw_canvas_cpu_median_s": round(statistics.median(raw_cpu), 3),
        "raw_canvas_bytes": raw_runs[0][1],
        "ratio_vs_canvas": round(seconds / raw, 2),
        "cpu_ratio_vs_canvas": round(min(cpu) / min(raw_cpu), 2),
        "cpu_ratio_median": round(statistics.median(cpu) / statistics.median(raw_cpu), 2),
    }
    for size, (peak, pdf) in peaks.items():
        result[f"peak_mb_{size}"] = round(peak / 2**20, 2)
        result[f"pdf_mb_{size}"] = round(pdf / 2**20, 2)
        result[f"beyond_pdf_mb_{size}"] = round((peak - pdf) / 2**20, 2)
    (small, small_pdf), (large, large_pdf) = peaks[SIZES[-2]], peaks[SIZES[-1]]
    added = SIZES[-1] - SIZES[-2]
    result["peak_kb_per_added_letter"] = round((large - small) / added / 1024, 2)
    result["beyond_pdf_kb_per_added_letter"] = round(
        ((large - large_pdf) - (small - small_pdf)) / added / 1024, 2
    )
    result["beyond_pdf_growth"] = round((large - large_pdf) / (small - small_pdf), 2)
    return result

"""The paper settings from the command line, in a real process: the envelope's window from a
JSON file, the logo from an image, and the envelope test page they place."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm

from app.paper_settings import SAMPLE_ADDRESS
from tests.e2e.test_cli import relais


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cabinet.relais"
    made = relais("init", "--db", str(path), "--practice", "Cabinet des Tilleuls")
    assert made.returncode == 0, made.stderr
    return path


def _first_address_line(pdf: Path) -> tuple[float, float]:
    """Where the sample address's first line starts, in mm from the page's top left."""
    page = PdfReader(pdf).pages[0]
    found: list[tuple[float, float]] = []

    def visit(text, cm, tm, _font, _size) -> None:
        if text.strip() == SAMPLE_ADDRESS[0]:
            found.append(((tm[4] + cm[4]) / mm, 297 - (tm[5] + cm[5]) / mm))

    page.extract_text(visitor_text=visit)
    [position] = found
    return position


def test_the_window_and_the_logo_are_set_and_the_test_page_follows(db: Path, tmp_path) -> None:
    before = tmp_path / "before.pdf"
    printed = relais("print", "--db", str(db), "--kind", "envelope-test", "--out", str(before))
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.strip() == f"Envelope test page written to {before}."
    left, baseline = _first_address_line(before)
    assert left == pytest.approx(105, abs=0.01)  # the default window

    window = tmp_path / "paper.json"
    window.write_text(json.dumps({"window_left_mm": 101.5, "window_top_mm": 60}))
    refused = relais("settings", "--db", str(db), "--paper-from", str(window))
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1  # one line, located
    assert "window_top_mm: top + height reaches 98 mm: at most 94 mm" in refused.stderr

    logo = tmp_path / "logo.png"
    image = BytesIO()
    Image.new("RGB", (240, 80), (20, 90, 160)).save(image, "PNG")
    logo.write_bytes(image.getvalue())
    window.write_text(json.dumps({"window_left_mm": 101.5, "window_top_mm": 49}))
    saved = relais("settings", "--db", str(db), "--paper-from", str(window), "--logo", str(logo))
    assert saved.returncode == 0, saved.stderr
    assert saved.stdout.strip() == "Paper saved: logo, window_left_mm, window_top_mm."

    shown = relais("settings", "--db", str(db))
    assert shown.returncode == 0, shown.stderr
    paper = json.loads(shown.stdout)["paper"]
    assert paper["window_left_mm"] == 101.5
    assert paper["window_top_mm"] == 49
    assert paper["window_width_mm"] == 85  # left out of the file: the default
    assert paper["logo"] == {"mime": "image/png", "width_px": 240, "height_px": 80,
                             "bytes": len(image.getvalue())}  # fmt: skip

    folder = tmp_path / "tests"
    after = relais("print", "--db", str(db), "--kind", "envelope-test", "--out", str(folder))
    assert after.returncode == 0, after.stderr
    [written] = folder.glob("envelope-test-*.pdf")
    moved_left, moved_baseline = _first_address_line(written)
    assert moved_left - left == pytest.approx(-3.5, abs=0.5 / mm)  # within half a point
    assert moved_baseline - baseline == pytest.approx(-3, abs=0.5 / mm)

    # Taking back what settings showed keeps the logo; --no-logo removes it.
    window.write_text(json.dumps(paper))
    again = relais("settings", "--db", str(db), "--paper-from", str(window))
    assert again.stdout.strip() == "Paper saved: nothing changed."
    removed = relais("settings", "--db", str(db), "--no-logo")
    assert removed.stdout.strip() == "Paper saved: logo."


def test_a_bad_logo_is_refused_in_one_line(db: Path, tmp_path: Path) -> None:
    text = tmp_path / "logo.png"
    text.write_text("Cabinet des Tilleuls")
    refused = relais("settings", "--db", str(db), "--logo", str(text))
    assert refused.returncode == 1
    assert refused.stderr == (
        "relais settings: error: logo: logo.png: not an image (use a PNG or JPEG file)\n"
    )
    gif = tmp_path / "logo.gif"
    Image.new("RGB", (64, 64)).save(gif, "GIF")
    refused = relais("settings", "--db", str(db), "--logo", str(gif))
    assert "GIF images are not supported; use PNG or JPEG" in refused.stderr
    both = relais("settings", "--db", str(db), "--logo", str(gif), "--no-logo")
    assert both.returncode == 2  # argparse: one or the other
    assert "not allowed with argument" in both.stderr
    shown = relais("settings", "--db", str(db))
    assert json.loads(shown.stdout)["paper"]["logo"] is None  # nothing was saved

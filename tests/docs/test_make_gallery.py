"""The gallery script keeps working as the documents change: every picture is made and not blank."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QImage

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "docs"))

import make_gallery


def test_every_document_gets_a_picture(tmp_path: Path, qapp) -> None:
    made = make_gallery.make(tmp_path)
    assert [path.stem for path in made] == [
        "print-run-cover", "letter", "large-print-letter", "easy-read-letter",
        "labels-l7160", "envelope-test",
        "consent-form", "consent-receipt", "survey-form", "survey-form-slip",
        "transparency-report", "processing-record", "call-sheet",
    ]  # fmt: skip
    for path in made:
        image = QImage(str(path))
        assert not image.isNull(), path
        # Ink on the page: some pixels are darker than the paper.
        darkest = min(
            image.pixelColor(x, y).lightness()
            for x in range(0, image.width(), 3)
            for y in range(0, image.height(), 3)
        )
        assert darkest < 100, path

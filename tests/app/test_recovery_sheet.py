"""The recovery sheet PDF carries the whole key, readable, with its accents."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from app.recovery_sheet import key_lines, write_recovery_sheet
from db.keys import DataKey


def test_sheet_contains_the_key_and_the_practice(tmp_path: Path) -> None:
    key = DataKey.generate().recovery_text
    out = tmp_path / "sheet.pdf"
    write_recovery_sheet(
        out,
        practice_name="Cabinet médical de l’Étang",
        database_path=tmp_path / "cabinet.relais",
        recovery_text=key,
        created_at=datetime(2026, 11, 28, 10, 30, tzinfo=UTC),
    )
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert abs(float(page.mediabox.width) - 595.27) < 1  # A4
    text = page.extract_text()
    for group in key.split():
        assert group in text
    assert "Cabinet médical de l’Étang" in text
    assert "cabinet.relais" in text
    assert "28/11/2026 10:30" in text
    assert "Clé de secours" in text
    assert "Recovery key" in text
    assert "Signature" in text
    fonts = {
        str(font["/BaseFont"])
        for font in page["/Resources"]["/Font"].values()  # type: ignore[union-attr]
    }
    assert any("DejaVuSansMono" in name for name in fonts)


def test_key_lines_keep_every_group_in_order() -> None:
    key = DataKey.generate().recovery_text
    lines = key_lines(key)
    assert len(lines) == 4
    assert " ".join(" ".join(line.split()) for line in lines) == key

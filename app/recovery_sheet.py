"""The recovery sheet: one A4 page with the recovery key, printed at set-up.

The recovery key is the database's data key (DESIGN §6): with it the file can
be opened when every password is lost.  The sheet says so in French and
English, shows the key in large monospace groups that are easy to copy back,
and leaves a line to sign.  ReportLab is imported here, inside the function,
so that starting the application does not pay for it (DESIGN §9).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from app.pdf_fonts import MONO, SANS, SANS_BOLD, register_fonts
from app.version import pdf_creator

GROUPS_PER_LINE = 4

INSTRUCTIONS_FR = (
    "Conservez cette feuille avec les papiers importants du cabinet, dans un endroit "
    "sûr et fermé, loin de l’ordinateur. Avec cette clé de secours, la base de données "
    "peut être ouverte même si tous les mots de passe sont perdus : ne la "
    "photographiez pas, ne l’envoyez pas par e-mail et ne la laissez jamais près du "
    "poste. Si vous pensez qu’elle a été vue par une personne non autorisée, "
    "prévenez l’administrateur de Relais."
)
INSTRUCTIONS_EN = (
    "Keep this sheet with the practice's important papers, somewhere safe and locked, "
    "away from the computer. With this recovery key the database can be opened even "
    "if every password is lost: do not photograph it, do not send it by email and "
    "never leave it near the PC. If you think someone who should not have seen it "
    "did, tell the Relais administrator."
)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines no wider than ``width``; long words (file paths) break after a separator."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for split in simpleSplit(text, font, size, width) or [""]:
        rest = split
        while stringWidth(rest, font, size) > width:
            cut = len(rest)
            while cut > 1 and stringWidth(rest[:cut], font, size) > width:
                cut -= 1
            separator = max(rest.rfind("/", 0, cut), rest.rfind("\\", 0, cut))
            if separator > cut // 2:
                cut = separator + 1
            lines.append(rest[:cut])
            rest = rest[cut:]
        lines.append(rest)
    return lines


def key_lines(recovery_text: str) -> list[str]:
    """The key's groups of four, four groups to a line."""
    groups = recovery_text.split()
    return [
        "  ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    ]


class _Page:
    """A top-down cursor over one A4 canvas."""

    def __init__(self, canvas: Any, width: float, height: float, margin: float) -> None:
        self.canvas = canvas
        self.width = width
        self.margin = margin
        self.text_width = width - 2 * margin
        self.y = height - margin

    def down(self, amount: float) -> None:
        self.y -= amount

    def text(self, value: str, font: str, size: float, *, x: float | None = None) -> None:
        self.canvas.setFont(font, size)
        self.canvas.drawString(self.margin if x is None else x, self.y, value)

    def rule(self, start: float, end: float, thickness: float = 0.5) -> None:
        self.canvas.setLineWidth(thickness)
        self.canvas.line(start, self.y - 1 * _MM, end, self.y - 1 * _MM)


_MM = 72 / 25.4  # points per millimetre


def _header(page: _Page, practice_name: str, database_path: Path, created_at: datetime) -> None:
    page.down(8 * _MM)
    page.text("Relais — Clé de secours", SANS_BOLD, 20)
    page.down(8 * _MM)
    page.text("Recovery key", SANS, 14)
    page.down(6 * _MM)
    page.rule(page.margin, page.width - page.margin, 0.8)
    page.down(10 * _MM)
    label_width = 52 * _MM
    for label, value in (
        ("Cabinet / Practice", practice_name),
        ("Fichier / Database file", str(database_path)),
        ("Créée le / Created on", created_at.strftime("%d/%m/%Y %H:%M")),
    ):
        page.text(label, SANS_BOLD, 10)
        for line in _wrap(value, SANS, 11, page.text_width - label_width):
            page.text(line, SANS, 11, x=page.margin + label_width)
            page.down(6 * _MM)
        page.down(1 * _MM)


def _key_box(page: _Page, recovery_text: str) -> None:
    """The key in a box, large enough to copy back without mistakes."""
    lines = key_lines(recovery_text)
    line_height = 13 * _MM
    box_height = line_height * len(lines) + 10 * _MM
    page.down(4 * _MM)
    page.canvas.setLineWidth(1.5)
    page.canvas.roundRect(page.margin, page.y - box_height, page.text_width, box_height, 4 * _MM)
    page.canvas.setFont(MONO, 22)
    key_y = page.y - 12 * _MM
    for line in lines:
        page.canvas.drawCentredString(page.width / 2, key_y, line)
        key_y -= line_height
    page.down(box_height + 10 * _MM)


def _instructions(page: _Page) -> None:
    for heading, text in (
        ("À conserver précieusement", INSTRUCTIONS_FR),
        ("Keep it safe", INSTRUCTIONS_EN),
    ):
        page.text(heading, SANS_BOLD, 11)
        page.down(6 * _MM)
        for line in _wrap(text, SANS, 10.5, page.text_width):
            page.text(line, SANS, 10.5)
            page.down(5.2 * _MM)
        page.down(5 * _MM)


def _signature(page: _Page) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    page.y = max(page.y - 8 * _MM, page.margin + 30 * _MM)
    label = "Imprimée et rangée par / Printed and stored by :"
    page.text(label, SANS, 10.5)
    page.rule(page.margin + stringWidth(label, SANS, 10.5) + 3 * _MM, page.width - page.margin)
    page.down(14 * _MM)
    page.text("Date :", SANS, 10.5)
    page.rule(page.margin + 14 * _MM, page.margin + 70 * _MM)
    page.text("Signature :", SANS, 10.5, x=page.margin + 80 * _MM)
    page.rule(page.margin + 102 * _MM, page.width - page.margin)
    page.canvas.setFont(SANS, 8)
    page.canvas.drawCentredString(
        page.width / 2, page.margin / 2, "Document confidentiel — Confidential"
    )


def write_recovery_sheet(
    path: Path,
    *,
    practice_name: str,
    database_path: Path,
    recovery_text: str,
    created_at: datetime,
) -> None:
    """Write the sheet as a one-page A4 PDF at ``path`` (replacing any file there)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    width, height = A4
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
    canvas.setCreator(pdf_creator())
    canvas.setTitle("Relais — clé de secours / recovery key")
    canvas.setAuthor("Relais")
    canvas.setSubject(practice_name)
    page = _Page(canvas, width, height, 20 * _MM)
    _header(page, practice_name, database_path, created_at)
    _key_box(page, recovery_text)
    _instructions(page)
    _signature(page)
    canvas.showPage()
    canvas.save()

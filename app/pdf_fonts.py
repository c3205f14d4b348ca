"""The fonts every PDF of Relais uses: DejaVu, shipped in resources/fonts, so every name prints.

ReportLab's built-in fonts have no Ł, no Cyrillic and no Greek; DejaVu has them.
"""

from __future__ import annotations

from app.resources import resource_path

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"


def register_fonts() -> None:
    """Register the DejaVu fonts with ReportLab once per process (imported lazily)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in (
        (SANS, "DejaVuSans.ttf"),
        (SANS_BOLD, "DejaVuSans-Bold.ttf"),
        (MONO, "DejaVuSansMono.ttf"),
    ):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))

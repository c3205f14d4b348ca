"""Every PDF Relais writes says which Relais made it (issue 8: one version everywhere)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import Paragraph

from app import labels, paper_settings, pdf_layout
from app.settings import PracticeSettings
from app.version import pdf_creator, version


def _creator(pdf: bytes) -> str:
    metadata = PdfReader(BytesIO(pdf)).metadata
    assert metadata is not None
    return str(metadata.creator)


def test_the_creator_names_this_version(tmp_path: Path) -> None:
    assert pdf_creator() == f"Relais {version()}"
    target = tmp_path / "a4.pdf"
    pdf_layout.build_a4(target, "Registre", [Paragraph("x", pdf_layout.styles()["body"])])
    documents = {
        "a4": target.read_bytes(),
        "labels": labels.render_labels([("Madame Łucja WAŁĘSA", "69007 LYON")], labels.AVERY_L7160),
        "envelope test": paper_settings.envelope_test_pdf(
            paper_settings.PaperSettings(), PracticeSettings(name="Cabinet du Parc")
        ),
    }
    assert {name: _creator(pdf) for name, pdf in documents.items()} == dict.fromkeys(
        documents, pdf_creator()
    )

"""The practice form: the data protection officer on the Settings page (not at first
run), kept with the practice, and a name without a contact explained under the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.settings import PracticeSettings
from ui.practice_form import PracticeForm

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def test_the_officer_is_asked_on_the_settings_page_only(qtbot) -> None:
    first_run = PracticeForm()
    qtbot.addWidget(first_run)
    assert "dpo_name" not in first_run.edits
    kept = PracticeSettings(name="Cabinet du Parc", dpo_name="Dr Anne Martin", dpo_contact="x")
    first_run.set_settings(kept)
    assert first_run.settings(kept).dpo_name == "Dr Anne Martin"  # left as it was

    form = PracticeForm(extended=True)
    qtbot.addWidget(form)
    form.set_settings(PracticeSettings(name="Cabinet du Parc", email="accueil@example.org"))
    form.edits["dpo_name"].setText("Dr Anne Martin")
    form.touch_all()
    assert not form.is_valid()
    assert form.rows["dpo_contact"].error.text() == (
        "⚠ Say how patients reach the officer: an e-mail, a phone or an address."
    )
    form.resize(620, form.sizeHint().height())
    form.show()
    qtbot.waitExposed(form)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert form.grab().save(str(SCREENSHOTS / "practice_form_dpo.png"))

    form.edits["dpo_contact"].setText("dpo@cabinet-du-parc.fr")
    form.refresh()
    assert form.is_valid()
    saved = form.settings(PracticeSettings())
    assert (saved.dpo_name, saved.dpo_contact) == ("Dr Anne Martin", "dpo@cabinet-du-parc.fr")

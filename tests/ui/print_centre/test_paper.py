"""The Paper tab on a real encrypted database: the window typed and saved, a logo chosen or
refused, the test page opened in the real preview, read-only for those who may not change it."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import paper_settings
from app.access import Actor
from app.paper_settings import PaperSettings, load_paper
from db.models import Role
from ui.context import UiContext
from ui.print_centre.paper import PaperSettingsTab
from ui.print_preview import PdfPreviewDialog

# The offscreen platform says this whenever a window is shown; it is not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"  # with the others, looked at


def _tab(qtbot: QtBot, context: UiContext) -> PaperSettingsTab:
    tab = PaperSettingsTab(context)
    qtbot.addWidget(tab)
    tab.resize(820, 640)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _load(context: UiContext) -> PaperSettings:
    with context.database.read_session() as session:
        return load_paper(session)


def _save(qtbot: QtBot, tab: PaperSettingsTab) -> None:
    job = tab.save()
    assert job is not None
    qtbot.waitUntil(lambda: job.done)


def _png(size: tuple[int, int] = (360, 120)) -> bytes:
    buffer = BytesIO()
    Image.new("RGB", size, (20, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def _type(qtbot: QtBot, tab: PaperSettingsTab, field: str, text: str) -> None:
    """As a person does: select what is there, type, leave the field."""
    spin = tab.spins[field]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    spin.interpretText()


def test_the_tab_shows_the_defaults(qtbot, context: UiContext) -> None:
    tab = _tab(qtbot, context)
    assert {name: spin.value() for name, spin in tab.spins.items()} == {
        "window_left_mm": 105,
        "window_top_mm": 52,
        "window_width_mm": 85,
        "window_height_mm": 38,
    }
    assert tab.settings() == PaperSettings()
    assert tab.logo is None
    assert tab.logo_preview.text() == "No logo: the letterhead starts with the name."
    assert not tab.remove_button.isEnabled()
    assert tab.sketch.address_window == PaperSettings().window
    assert tab.sketch.fits


def test_typed_values_and_a_logo_are_saved(qtbot, context: UiContext, tmp_path: Path) -> None:
    tab = _tab(qtbot, context)
    _type(qtbot, tab, "window_left_mm", "101.5")
    _type(qtbot, tab, "window_top_mm", "49")
    assert tab.sketch.address_window.left == 101.5  # the sketch follows what is typed
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    assert tab.set_logo_file(logo)
    assert not tab.logo_preview.pixmap().isNull()
    assert tab.logo_preview.pixmap().height() == 64
    assert tab.logo_info.text().startswith("360 × 120 pixels")
    assert "printed 45 × 15 mm" in tab.logo_info.text()
    assert tab.remove_button.isEnabled()
    with qtbot.waitSignal(tab.saved):
        _save(qtbot, tab)
    assert tab.message.text() == "✓ Saved. Letters print with these settings from now on."
    stored = _load(context)
    assert (stored.window_left_mm, stored.window_top_mm) == (101.5, 49)
    assert stored.window_width_mm == 85
    assert stored.logo is not None
    assert stored.logo.data == logo.read_bytes()

    _save(qtbot, tab)
    assert tab.message.text() == "✓ Nothing changed."
    tab.remove_logo()
    tab.back_to_defaults()
    assert tab.spins["window_left_mm"].value() == 105
    _save(qtbot, tab)
    assert _load(context) == PaperSettings()


def test_a_window_that_does_not_fit_is_marked_and_nothing_is_saved(qtbot, context) -> None:
    tab = _tab(qtbot, context)
    _type(qtbot, tab, "window_top_mm", "60")
    _type(qtbot, tab, "window_width_mm", "50")
    assert not tab.sketch.fits  # drawn red as soon as it is typed
    _save(qtbot, tab)
    assert tab.message.text() == "⚠ Not saved: what is marked needs correcting."
    top, width = tab.rows["window_top_mm"], tab.rows["window_width_mm"]
    assert top.error.isVisible()
    assert top.error_text == (
        "The window would reach past 94 mm from the top: keep 5 mm above the first fold "
        "(make it shorter or move it up)."
    )
    assert width.error.isVisible()
    assert width.error_text == "At least 60 mm."
    assert not tab.rows["window_left_mm"].error.isVisible()
    assert _load(context) == PaperSettings()


def test_a_file_that_is_no_logo_is_said_under_the_logo(qtbot, context, tmp_path: Path) -> None:
    tab = _tab(qtbot, context)
    text = tmp_path / "logo.png"
    text.write_text("Cabinet du Parc")
    assert not tab.set_logo_file(text)
    assert tab.logo_row.error.isVisible()
    assert tab.logo_row.error.text() == "⚠ logo.png is not an image: choose a PNG or JPEG file."
    gif = tmp_path / "logo.gif"
    Image.new("RGB", (64, 64)).save(gif, "GIF")
    assert not tab.set_logo_file(gif)
    assert tab.logo_row.error_text == "logo.gif is not a PNG or JPEG image."
    assert tab.logo is None
    assert tab.set_logo_file(_write(tmp_path / "good.png", _png()))
    assert not tab.logo_row.error.isVisible()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_the_test_page_opens_in_the_preview_with_the_values_shown(qtbot, context) -> None:
    tab = _tab(qtbot, context)
    _type(qtbot, tab, "window_left_mm", "98")  # not saved: the page uses what is shown
    seen: dict[str, object] = {}

    def in_the_preview() -> None:
        dialog = next(
            (
                widget
                for widget in QApplication.topLevelWidgets()
                if isinstance(widget, PdfPreviewDialog) and widget.isVisible()
            ),
            None,
        )
        if dialog is None:
            QTimer.singleShot(20, in_the_preview)
            return
        seen["title"] = dialog.windowTitle()
        reader = PdfReader(dialog.pdf)
        seen["pages"] = len(reader.pages)
        seen["text"] = reader.pages[0].extract_text()
        qtbot.wait(300)  # for the screenshot only: the view renders in the background
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / "paper-test-preview.png"))
        dialog.reject()

    QTimer.singleShot(0, in_the_preview)
    assert tab.print_test_page()
    assert seen["title"] == "Envelope test page"
    assert seen["pages"] == 1
    assert "Madame Hélène EXEMPLE" in str(seen["text"])
    assert "gauche 98 · haut 52 mm" in str(seen["text"])  # the practice speaks French
    assert _load(context) == PaperSettings()


def test_no_test_page_while_the_window_does_not_fit(qtbot, context) -> None:
    tab = _tab(qtbot, context)
    _type(qtbot, tab, "window_height_mm", "20")
    assert not tab.print_test_page()
    assert tab.rows["window_height_mm"].error_text == "At least 25 mm: five lines of address."
    assert tab.message.text() == "⚠ No test page: what is marked needs correcting first."


def test_a_receptionist_sees_the_paper_read_only(qtbot, context: UiContext) -> None:
    with context.database.transaction() as session:
        paper_settings.save_paper(
            session, context.clock, context.actor, PaperSettings(window_top_mm=50)
        )
    receptionist = Actor(user_id=None, username="rita", role=Role.RECEPTIONIST)
    tab = _tab(qtbot, UiContext(context.database, receptionist, context.clock, context.settings))
    assert tab.spins["window_top_mm"].value() == 50
    assert all(spin.isReadOnly() for spin in tab.spins.values())
    assert not tab.save_button.isEnabled()
    assert not tab.choose_button.isEnabled()
    assert not tab.defaults_button.isEnabled()
    assert tab.save_button.toolTip() == "Only an administrator can change the paper."
    assert tab.test_button.isEnabled()  # anyone can check an envelope
    assert tab.save() is None


def test_screenshot(qtbot, context: UiContext, tmp_path: Path) -> None:
    tab = _tab(qtbot, context)
    tab.set_logo_file(_write(tmp_path / "logo.png", _png()))
    _type(qtbot, tab, "window_top_mm", "60")
    _save(qtbot, tab)
    SHOTS.mkdir(exist_ok=True)
    assert tab.grab().save(str(SHOTS / "paper-tab.png"))

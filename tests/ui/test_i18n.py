"""French (the default) and English catalogues: complete, loadable, used by the screens."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.resources import resource_path
from ui.i18n import choose_language, install_translators, remove_translators
from ui.login import LoginDialog

TRANSLATIONS = resource_path("translations")


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "fr")
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale.c())


def test_french_catalogue_translates_our_strings(french: None) -> None:
    assert QCoreApplication.translate("MainWindow", "Print centre") == "Centre d’impression"
    assert QCoreApplication.translate("MainWindow", "Audit log") == "Journal d’audit"
    wait = QCoreApplication.translate(
        "LoginDialog", "Too many failed attempts. Wait %n second(s), then try again.", "", 4
    )
    assert wait == "Trop de tentatives échouées. Patientez 4 secondes, puis réessayez."


def test_qt_own_dialogs_are_in_french_too(french: None, qtbot: QtBot) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"


def test_login_dialog_in_french(french: None, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = LoginDialog(tmp_path / "x.relais", FixedClock.__new__(FixedClock))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Connexion à Relais"
    assert dialog.ok_button.text() == "Se connecter"


def test_english_plurals(qapp: QApplication) -> None:
    install_translators(qapp, "en")
    try:
        text = QCoreApplication.translate(
            "LoginDialog", "Too many failed attempts. Wait %n second(s), then try again.", "", 1
        )
        assert text == "Too many failed attempts. Wait 1 second, then try again."
    finally:
        remove_translators(qapp)
        QLocale.setDefault(QLocale.c())


def test_no_french_string_is_left_unfinished() -> None:
    root = ET.parse(TRANSLATIONS / "relais_fr.ts").getroot()
    unfinished = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text for form in translation.iter("numerusform")]
            done = all(forms) if forms else bool(translation.text)
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not done:
                unfinished.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert unfinished == []
    assert (TRANSLATIONS / "relais_fr.qm").stat().st_size > 0


def test_language_choice() -> None:
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert choose_language(None, french, {}) == "fr"
    assert choose_language(None, german, {}) == "fr"  # French is the default
    assert choose_language(None, english, {}) == "en"
    assert choose_language("en", french, {}) == "en"
    assert choose_language("fr", english, {"RELAIS_LANGUAGE": "en_GB"}) == "en"


def test_catalogue_covers_every_string_in_the_screens(tmp_path: Path) -> None:
    """lupdate over ui/ adds nothing new: no screen string escapes translation."""
    import shutil
    import subprocess
    import sys

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    ui_root = Path(__file__).resolve().parents[2] / "ui"
    copy = tmp_path / "relais_fr.ts"
    shutil.copy(TRANSLATIONS / "relais_fr.ts", copy)
    sources = sorted(str(p) for p in ui_root.rglob("*.py"))
    subprocess.run(
        [
            str(lupdate),
            *sources,
            "-source-language",
            "en",
            "-target-language",
            "fr",
            "-no-obsolete",
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
    )
    root = ET.parse(copy).getroot()
    new = [
        message.findtext("source")
        for message in root.iter("message")
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert new == [], "run `make translations` and translate these"

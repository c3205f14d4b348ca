"""French and English: which one, and installing Qt's translators (CONVENTIONS 13).

English is the source language in the code (``self.tr("...")``); French is the
reference language of the product, so it is the default.  The catalogues are
``resources/translations/relais_<lang>.qm`` (built by ``make translations``)
plus Qt's own ``qtbase_<lang>.qm`` for the standard buttons and dialogs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_path

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
LANGUAGE_ENV = "RELAIS_LANGUAGE"


def choose_language(
    setting: str | None = None,
    system_locale: QLocale | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """``RELAIS_LANGUAGE``, then the practice's setting, then English for an English system.

    Everything else, including an unknown or "C" locale, gets French.
    """
    env = os.environ if environ is None else environ
    forced = env.get(LANGUAGE_ENV, "").strip().lower()[:2]
    if forced in LANGUAGES:
        return forced
    if setting in LANGUAGES:
        return setting
    locale = QLocale.system() if system_locale is None else system_locale
    if locale.language() == QLocale.Language.English:
        return "en"
    return DEFAULT_LANGUAGE


class Translators:
    """The translators installed on the application, so they can be swapped."""

    def __init__(self) -> None:
        self.language = ""
        self._installed: list[QTranslator] = []

    def remove(self, app: QCoreApplication) -> None:
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.language = ""

    def install(self, app: QCoreApplication, language: str) -> None:
        self.remove(app)
        self.language = language
        # Dates and numbers follow the language: French, or British English (day first).
        if language == "fr":
            QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        ours = QTranslator(app)
        if ours.load(f"relais_{language}", str(resource_path("translations"))):
            app.installTranslator(ours)
            self._installed.append(ours)
        qt = QTranslator(app)
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != "en" and qt.load(f"qtbase_{language}", qt_path):
            app.installTranslator(qt)
            self._installed.append(qt)


_translators = Translators()


def install_translators(app: QCoreApplication, language: str) -> str:
    """Install our catalogue and Qt's for ``language`` (``fr`` or ``en``); return it."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    _translators.install(app, language)
    return language


def remove_translators(app: QCoreApplication) -> None:
    """Back to the source language (English) everywhere, dates and numbers included."""
    _translators.remove(app)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def current_language() -> str:
    return _translators.language or DEFAULT_LANGUAGE

"""The one version of Relais, its application id, and the open-source parts it ships.

The version is written once, in ``pyproject.toml``.  An installed Relais (the
virtual environment, or a PyInstaller bundle, whose spec copies the package's
metadata) reads it from the package metadata; a source tree that was never
installed reads ``pyproject.toml`` itself.  Everything that shows a version
(the About box, the window title, the installers, the PDF metadata) asks this
module, so they cannot disagree.

The component table says which licence each shipped part comes under.  The
licence is taken from the installed distribution's metadata when it states
one; the table holds what the metadata lacks or says vaguely (``sqlcipher3``
states none, ReportLab says "see license.txt").
"""

from __future__ import annotations

import importlib.metadata
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

APP_NAME = "Relais"
DISTRIBUTION = "relais"
# Reverse-DNS id: the macOS bundle identifier, the Windows AppUserModelID, the LaunchAgent label.
APP_ID = "fr.relais.Relais"
PUBLISHER = "Relais"
UNKNOWN_VERSION = "0+unknown"

_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def _version_from_pyproject(path: Path) -> str | None:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    import tomllib

    try:
        project = tomllib.loads(text).get("project", {})
    except tomllib.TOMLDecodeError:
        return None
    if project.get("name") != DISTRIBUTION:
        return None
    version = project.get("version")
    return version if isinstance(version, str) else None


@cache
def version() -> str:
    """``"0.1.0"``: the installed package's version, else the checkout's pyproject.toml."""
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return _version_from_pyproject(_PYPROJECT) or UNKNOWN_VERSION


def version_tuple() -> tuple[int, int, int, int]:
    """Four numbers, as the Windows version resource wants them (``0.1.0`` → ``(0, 1, 0, 0)``)."""
    numbers = [int(part) for part in re.findall(r"\d+", version().split("+")[0])[:4]]
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def title() -> str:
    """``"Relais 0.1.0"``."""
    return f"{APP_NAME} {version()}"


def pdf_creator() -> str:
    """The PDF ``/Creator`` (and ``/Producer`` prefix) of every document Relais writes."""
    return title()


@dataclass(frozen=True)
class Component:
    """One open-source part shipped in the bundle.

    ``distribution`` is the name in the package metadata (``None`` for parts
    that are not Python distributions: the Qt libraries come inside the
    PySide6 wheels, SQLCipher inside ``sqlcipher3``'s extension, the fonts in
    ``resources/fonts``).  ``licence`` is what the table says; ``licence_of``
    prefers the metadata's own SPDX expression when there is one.
    """

    name: str
    distribution: str | None
    licence: str
    url: str
    note: str = ""


COMPONENTS: tuple[Component, ...] = (
    Component(
        "Qt 6",
        "PySide6_Essentials",
        "LGPL-3.0-only",
        "https://www.qt.io/licensing/open-source-lgpl-obligations",
        "Dynamically linked; the Qt libraries in the install folder can be replaced "
        "(see licences/Qt-LGPL-notice.txt).",
    ),
    Component(
        "PySide6 (Qt for Python)", "PySide6_Essentials", "LGPL-3.0-only", "https://pyside.org"
    ),
    Component("Shiboken6", "shiboken6", "LGPL-3.0-only", "https://pyside.org"),
    Component(
        "SQLCipher",
        None,
        "BSD-3-Clause",
        "https://www.zetetic.net/sqlcipher/",
        "Community edition, built into sqlcipher3.",
    ),
    Component("SQLite", None, "blessing (public domain)", "https://sqlite.org/copyright.html"),
    Component("sqlcipher3", "sqlcipher3", "Zlib", "https://github.com/coleifer/sqlcipher3"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT", "https://www.sqlalchemy.org"),
    Component("Alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org"),
    Component("Mako", "Mako", "MIT", "https://www.makotemplates.org"),
    Component("ReportLab", "reportlab", "BSD-3-Clause", "https://www.reportlab.com"),
    Component(
        "rl_accel",
        "rl_accel",
        "BSD-3-Clause",
        "https://www.reportlab.com",
        "ReportLab's C accelerator.",
    ),
    Component(
        "DejaVu fonts",
        None,
        "Bitstream Vera / DejaVu (free, see DejaVu-LICENSE.txt)",
        "https://dejavu-fonts.github.io",
    ),
    Component("APScheduler", "APScheduler", "MIT", "https://github.com/agronholm/apscheduler"),
    Component("Jinja2", "Jinja2", "BSD-3-Clause", "https://palletsprojects.com/p/jinja/"),
    Component("MarkupSafe", "MarkupSafe", "BSD-3-Clause", "https://palletsprojects.com"),
    Component(
        "phonenumbers",
        "phonenumbers",
        "Apache-2.0",
        "https://github.com/daviddrysdale/python-phonenumbers",
    ),
    Component("Babel", "babel", "BSD-3-Clause", "https://babel.pocoo.org"),
    Component("argon2-cffi", "argon2-cffi", "MIT", "https://github.com/hynek/argon2-cffi"),
    Component("cffi", "cffi", "MIT", "https://cffi.readthedocs.io"),
    Component(
        "cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause", "https://cryptography.io"
    ),
    Component("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Component("icalendar", "icalendar", "BSD-2-Clause", "https://github.com/collective/icalendar"),
    Component(
        "recurring-ical-events",
        "recurring-ical-events",
        "LGPL-3.0-or-later",
        "https://github.com/niccokunzmann/python-recurring-ical-events",
    ),
    Component(
        "python-dateutil",
        "python-dateutil",
        "Apache-2.0 OR BSD-3-Clause",
        "https://github.com/dateutil/dateutil",
    ),
    Component(
        "email-validator",
        "email-validator",
        "Unlicense",
        "https://github.com/JoshData/python-email-validator",
    ),
    Component("dnspython", "dnspython", "ISC", "https://www.dnspython.org"),
    Component("idna", "idna", "BSD-3-Clause", "https://github.com/kjd/idna"),
    Component("pypdf", "pypdf", "BSD-3-Clause", "https://github.com/py-pdf/pypdf"),
    Component("Pillow", "pillow", "MIT-CMU", "https://python-pillow.org"),
    Component("tzlocal", "tzlocal", "MIT", "https://github.com/regebro/tzlocal"),
    Component("tzdata", "tzdata", "Apache-2.0", "https://github.com/python/tzdata"),
    Component("Faker", "Faker", "MIT", "https://github.com/joke2k/faker"),
    Component("psycopg", "psycopg", "LGPL-3.0-only", "https://www.psycopg.org"),
    Component("psycopg-binary", "psycopg-binary", "LGPL-3.0-only", "https://www.psycopg.org"),
    Component("libpq", None, "PostgreSQL", "https://www.postgresql.org/about/licence/"),
    Component("keyring", "keyring", "MIT", "https://github.com/jaraco/keyring"),
    Component("Python", None, "PSF-2.0", "https://docs.python.org/3/license.html"),
)

_SPDX_LIKE = re.compile(r"^[A-Za-z0-9.+\-]+( (OR|AND|WITH) [A-Za-z0-9.+\-]+)*$")


def engine_versions() -> dict[str, str]:
    """SQLCipher's and SQLite's versions, which live inside sqlcipher3's extension."""
    try:
        import sqlcipher3
    except ImportError:
        return {}
    connection = sqlcipher3.connect(":memory:")
    try:
        cipher = connection.execute("PRAGMA cipher_version").fetchone()
        sqlite = connection.execute("SELECT sqlite_version()").fetchone()
    finally:
        connection.close()
    return {
        "SQLCipher": str(cipher[0]).split()[0] if cipher else "",
        "SQLite": str(sqlite[0]) if sqlite else "",
    }


def distribution_version(name: str | None) -> str:
    """The installed version of ``name``, or ``""`` when it is not installed (or not Python)."""
    if name is None:
        return ""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return ""


def licence_of(component: Component) -> str:
    """The metadata's ``License-Expression`` (or a short SPDX ``License``), else the table's."""
    if component.distribution is None:
        return component.licence
    try:
        metadata = importlib.metadata.metadata(component.distribution)
    except importlib.metadata.PackageNotFoundError:
        return component.licence
    for field in ("License-Expression", "License"):
        values = metadata.get_all(field) or []
        stated = str(values[0]).strip() if values else ""
        if stated and "\n" not in stated and _SPDX_LIKE.match(stated):
            return stated
    return component.licence

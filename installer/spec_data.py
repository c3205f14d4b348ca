"""What the PyInstaller spec puts in the bundle, computed here so a test can check it.

``relais.spec`` imports this module (PyInstaller runs a spec as Python with
``SPECPATH`` set to its folder).  Keeping the lists in plain functions means
``tests/installer/test_spec_data.py`` can check, without building anything,
that every file the app loads at run time is in the bundle: the fonts, the
compiled translations, the message templates, the JSON schemas, the icons,
and Alembic's migration scripts (Alembic loads them by path from
``db/migrations``, so they must be files on disk, not modules in the archive).

Destinations mirror the source tree, because the app finds them from
``sys._MEIPASS`` exactly as it does from a checkout: ``app/resources.py``
looks in ``<root>/resources`` and ``db/schema.py`` in the folder beside
``db/schema.py`` (which, frozen, is ``<_MEIPASS>/db``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "Relais"
EXECUTABLE = "relais"
# A console twin on Windows: relais.exe is windowed (no black box behind the window, none when
# the scheduled task runs dispatch); relais-cli.exe prints, for the command line and the self-test.
CONSOLE_EXECUTABLE = "relais-cli"
# LSMinimumSystemVersion: the oldest macOS the PySide6 6.11 wheels are built for (their
# "macosx_<major>_<minor>" tag; check it again when the pin moves, RELEASE.md says how).
MACOS_MINIMUM = "13.0"

# Files in resources/ that are sources for something else, not read at run time.
_NOT_SHIPPED_SUFFIXES = frozenset({".ts", ".svg"})

# Qt modules Relais never imports; their hooks would otherwise pull in large libraries when
# some dependency mentions them.  Relais uses QtCore, QtGui, QtWidgets, QtPrintSupport, QtPdf
# and QtPdfWidgets (ui/print_preview.py).
QT_EXCLUDES = (
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtBluetooth",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtHelp",
    "PySide6.QtLocation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNfc",
    "PySide6.QtPositioning",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialBus",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtTest",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
)
# Development tools that a dependency may import optionally; never needed at run time.
DEV_EXCLUDES = (
    "tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "IPython",
    "matplotlib",
    "numpy",
)


# Binaries PyInstaller's Qt hooks collect that Relais never loads.  Qt's virtual keyboard
# input plugin alone drags in Qt Quick and QML (~20 MB); the GTK 3 theme plugin needs a GTK
# the bundle does not carry (Qt falls back to its own look).  Names cover Linux (libQt6Quick.so.6),
# Windows (Qt6Quick.dll) and macOS (QtQuick.framework/...).
_DROPPED_BINARY = re.compile(
    r"(^|[/\\])(lib)?(Qt6?(Quick|Qml|VirtualKeyboard)[^/\\]*|qtvirtualkeyboardplugin[^/\\]*"
    r"|qgtk3[^/\\]*)($|[/\\])",
    re.IGNORECASE,
)
# Babel's calendar data for every locale (35 MB); Relais formats dates in fr_FR and en_GB
# only (app/letters.py and the others map a patient's language to one of those two).
_BABEL_LOCALE_DATA = re.compile(r"^babel[/\\]locale-data[/\\](?P<name>[^/\\]+)\.dat$")
BABEL_LANGUAGES = frozenset({"root", "fr", "en"})


def keep_binary(destination: str) -> bool:
    """False for a collected library or plugin the app never loads (see _DROPPED_BINARY)."""
    return _DROPPED_BINARY.search(destination) is None


def keep_data(destination: str) -> bool:
    """False for Babel locale data of languages Relais never formats in."""
    if not keep_binary(destination):
        return False  # a dropped macOS framework's Resources/Info.plist goes with it
    match = _BABEL_LOCALE_DATA.match(destination)
    if match is None:
        return True
    return match["name"].split("_")[0] in BABEL_LANGUAGES


def excludes() -> list[str]:
    return [*QT_EXCLUDES, *DEV_EXCLUDES]


def _shipped(path: Path) -> bool:
    return (
        path.is_file()
        and path.suffix not in _NOT_SHIPPED_SUFFIXES
        and "__pycache__" not in path.parts
        and not path.name.startswith(".")
    )


def _tree(source: Path, destination: str, pattern: str = "**/*") -> list[tuple[str, str]]:
    """(file, destination folder) pairs for every shipped file under ``source``."""
    pairs = []
    for path in sorted(source.glob(pattern)):
        if _shipped(path):
            folder = Path(destination) / path.parent.relative_to(source)
            pairs.append((str(path), folder.as_posix()))
    return pairs


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """Everything ``app.resources.resource_path`` can be asked for, under ``resources/``."""
    return _tree(root / "resources", "resources")


def migration_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """Alembic's env.py, helpers and versions as files: Alembic reads them by path."""
    migrations = root / "db" / "migrations"
    return [
        pair
        for pair in _tree(migrations, "db/migrations")
        if Path(pair[0]).suffix in {".py", ".mako", ".ini"}
    ]


def licence_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """The licence notices shipped beside the program (``licences/`` in the bundle)."""
    return _tree(root / "installer" / "licences", "licences")


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    return [*resource_datas(root), *migration_datas(root), *licence_datas(root)]


def hiddenimports() -> list[str]:
    """Modules reached only by name or path, which PyInstaller's import scan cannot see.

    The migration scripts are data (Alembic loads them by path), so what they import is
    never scanned: ``alembic.op`` and ``alembic.context``, ``sqlalchemy``,
    ``db.migrations.helpers``, ``db.schema``.  Alembic picks its DDL implementation
    and SQLAlchemy its dialect and driver by name (SQLite for the file, PostgreSQL
    through psycopg for a group practice's server); keyring finds the system's
    keychain through entry points.
    """
    return [
        "sqlcipher3",
        "sqlcipher3.dbapi2",
        "db.migrations",
        "db.migrations.helpers",
        "db.schema",
        "alembic.op",
        "alembic.context",
        "alembic.ddl.sqlite",
        "alembic.ddl.postgresql",
        "alembic.runtime.environment",
        "alembic.runtime.migration",
        "sqlalchemy.dialects.sqlite",
        "sqlalchemy.dialects.postgresql",
        "sqlalchemy.dialects.postgresql.psycopg",
        "psycopg",
        "psycopg_binary",
        "keyring.backends",
    ]


def metadata_distributions() -> list[str]:
    """Distributions whose metadata the bundle keeps: the version and the About box read it."""
    sys.path.insert(0, str(ROOT))
    try:
        from app.version import COMPONENTS, DISTRIBUTION
    finally:
        sys.path.remove(str(ROOT))
    names = [DISTRIBUTION]
    for component in COMPONENTS:
        if component.distribution and component.distribution not in names:
            names.append(component.distribution)
    return names


def pyproject_version(root: Path = ROOT) -> str:
    """The version written in pyproject.toml, the one place it is set."""
    import tomllib

    with (root / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    assert isinstance(version, str)
    return version


def version_numbers(version: str) -> tuple[int, int, int, int]:
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+", maxsplit=1)[0])[:4]]
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def windows_version_file(version: str, app_id: str, target: Path) -> Path:
    """Write the VSVersionInfo text PyInstaller embeds in relais.exe (Properties > Details).

    The format is PyInstaller's ``utils/win32/versioninfo.py`` (what ``pyi-grab_version``
    prints); it is written at build time so the version lives only in pyproject.toml.
    """
    numbers = version_numbers(version)
    strings = {
        "CompanyName": APP_NAME,
        "FileDescription": f"{APP_NAME}: patient communication for small practices",
        "FileVersion": version,
        "InternalName": app_id,
        "LegalCopyright": f"© {APP_NAME}",
        "OriginalFilename": f"{EXECUTABLE}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    string_structs = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    text = f"""# Generated by installer/spec_data.py from pyproject.toml; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{string_structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def info_plist(version: str, app_id: str) -> dict[str, object]:
    """The macOS Info.plist keys beyond those PyInstaller's BUNDLE writes itself."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": app_id,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "fr",
        "CFBundleLocalizations": ["fr", "en"],
        "LSMinimumSystemVersion": MACOS_MINIMUM,
        "LSApplicationCategoryType": "public.app-category.medical",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": f"© {APP_NAME}",
    }


def icon_for(platform: str, root: Path = ROOT) -> str:
    icons = root / "resources" / "icons"
    if platform == "win32":
        return str(icons / "relais.ico")
    if platform == "darwin":
        return str(icons / "relais.icns")
    return str(icons / "relais.png")

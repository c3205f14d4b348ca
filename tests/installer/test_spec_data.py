"""The spec's data files are what the app loads at run time (no build needed).

A file the app reads but the spec forgets shows only on a practice's computer;
these tests lay the spec's list out the way the bundle does and ask the app's
own lookups (``app.resources``, Alembic's script directory) to find everything.
"""

from __future__ import annotations

import importlib.metadata
import shutil
from pathlib import Path

from installer import spec_data

ROOT = spec_data.ROOT


def _laid_out(tmp_path: Path) -> Path:
    """The spec's datas copied as PyInstaller copies them: <dest folder>/<file name>."""
    for source, folder in spec_data.datas(ROOT):
        target = tmp_path / folder
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target / Path(source).name)
    return tmp_path


def test_every_resource_the_app_can_load_is_shipped_where_it_looks(tmp_path) -> None:
    bundle = _laid_out(tmp_path)
    resources = ROOT / "resources"
    needed = [
        path.relative_to(resources)
        for path in resources.rglob("*")
        if path.is_file() and path.suffix not in {".ts", ".svg"} and "__pycache__" not in path.parts
    ]
    missing = [str(path) for path in needed if not (bundle / "resources" / path).is_file()]
    assert missing == []
    # The kinds the app reads, by the names it asks for.
    for parts in (
        ("fonts", "DejaVuSans.ttf"),
        ("fonts", "DejaVuSans-Bold.ttf"),
        ("fonts", "DejaVuSansMono.ttf"),
        ("fonts", "DejaVu-LICENSE.txt"),
        ("translations", "relais_fr.qm"),
        ("translations", "relais_en.qm"),
        ("templates", "fr", "appointment_reminder", "letter_formal.txt"),
        ("schemas", "subject-access.schema.json"),
        ("icons", "relais.png"),
    ):
        assert (bundle / "resources").joinpath(*parts).is_file(), parts
    assert len(needed) > 140  # the templates alone are 141 files


def test_translation_sources_and_caches_are_left_out() -> None:
    shipped = [Path(source) for source, _folder in spec_data.datas(ROOT)]
    assert not [p for p in shipped if p.suffix == ".ts" or "__pycache__" in p.parts]


def test_alembic_finds_every_migration_in_the_laid_out_bundle(tmp_path) -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from db.schema import head_revision

    bundle = _laid_out(tmp_path)
    migrations = bundle / "db" / "migrations"
    for name in ("env.py", "helpers.py", "__init__.py", "script.py.mako"):
        assert (migrations / name).is_file(), name
    source_versions = sorted(p.name for p in (ROOT / "db/migrations/versions").glob("*.py"))
    assert sorted(p.name for p in (migrations / "versions").glob("*.py")) == source_versions
    config = Config()
    config.set_main_option("script_location", str(migrations))
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == head_revision()
    assert len(list(script.walk_revisions())) == len(source_versions) - 1  # less __init__.py


def test_licence_notices_are_shipped() -> None:
    names = {Path(source).name for source, folder in spec_data.licence_datas(ROOT)}
    assert {"Qt-LGPL-notice.txt", "SQLCipher-LICENSE.txt", "README.txt"} <= names
    assert {folder for _source, folder in spec_data.licence_datas(ROOT)} == {"licences"}


def test_the_bundle_keeps_the_metadata_the_about_box_reads() -> None:
    names = spec_data.metadata_distributions()
    assert names[0] == "relais"
    assert {"PySide6_Essentials", "sqlcipher3", "reportlab", "SQLAlchemy"} <= set(names)
    for name in names:
        assert importlib.metadata.version(name), name  # installed, so copy_metadata finds it


def test_unused_qt_modules_are_excluded_and_used_ones_are_not() -> None:
    excluded = set(spec_data.excludes())
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQuick", "PySide6.Qt3DCore"} <= excluded
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPrintSupport"}
    used |= {"PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtSvg"}
    assert not used & excluded


def test_every_platform_has_its_icon() -> None:
    for platform, suffix in (("win32", ".ico"), ("darwin", ".icns"), ("linux", ".png")):
        icon = Path(spec_data.icon_for(platform, ROOT))
        assert icon.suffix == suffix
        assert icon.stat().st_size > 1000


def test_version_comes_from_pyproject_and_feeds_plist_and_version_resource(tmp_path) -> None:
    from app.version import APP_ID, version

    assert spec_data.pyproject_version(ROOT) == version()
    plist = spec_data.info_plist(version(), APP_ID)
    assert plist["CFBundleIdentifier"] == APP_ID == "fr.relais.Relais"
    assert plist["CFBundleShortVersionString"] == version()
    assert plist["NSHighResolutionCapable"] is True
    assert plist["LSMinimumSystemVersion"] == spec_data.MACOS_MINIMUM

    path = spec_data.windows_version_file("1.2.3", APP_ID, tmp_path / "version.txt")
    info = _eval_version_info(path.read_text(encoding="utf-8"))
    assert info["ffi"]["filevers"] == info["ffi"]["prodvers"] == (1, 2, 3, 0)
    table = info["kids"][0]["args"][0][0]
    strings = dict(pair["args"] for pair in table["args"][1])
    assert table["args"][0] == "040904B0"  # US English, Unicode: what Explorer shows first
    assert strings["ProductVersion"] == strings["FileVersion"] == "1.2.3"
    assert strings["OriginalFilename"] == "relais.exe"
    assert strings["InternalName"] == APP_ID


def _eval_version_info(text: str) -> dict:
    """The version file read as PyInstaller reads it (``eval`` of its structure classes).

    PyInstaller's own loader imports ``pefile``, which it installs only on Windows; these
    stand-ins record the constructor calls so the values can be checked anywhere.
    """

    def record(name):
        def build(*args, **kwargs):
            return {"type": name, "args": args, **kwargs}

        return build

    names = (
        "VSVersionInfo FixedFileInfo StringFileInfo StringTable StringStruct VarFileInfo VarStruct"
    )
    namespace = {name: record(name) for name in names.split()}
    return eval(text, {"__builtins__": {}}, namespace)


def test_version_numbers_pad_to_four() -> None:
    assert spec_data.version_numbers("0.1.0") == (0, 1, 0, 0)
    assert spec_data.version_numbers("2.10") == (2, 10, 0, 0)
    assert spec_data.version_numbers("1.2.3.4.5+local") == (1, 2, 3, 4)


def test_qt_quick_virtual_keyboard_and_gtk_theme_are_dropped_on_every_platform() -> None:
    for dropped in (
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "libQt6QmlModels.so.6",
        "PySide6\\Qt6Qml.dll",
        "PySide6\\plugins\\platforminputcontexts\\qtvirtualkeyboardplugin.dll",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    ):
        assert not spec_data.keep_binary(dropped), dropped
    for kept in (
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so",
    ):
        assert spec_data.keep_binary(kept), kept
    # A dropped macOS framework loses its data files too, not only its binary.
    assert not spec_data.keep_data("PySide6/Qt/lib/QtQml.framework/Resources/Info.plist")


def test_babel_keeps_the_locales_relais_formats_in_and_their_parents() -> None:
    from babel import Locale

    kept = [
        name
        for name in ("root", "fr", "fr_FR", "en", "en_001", "en_GB", "de", "frr", "es_419")
        if spec_data.keep_data(f"babel/locale-data/{name}.dat")
    ]
    assert kept == ["root", "fr", "fr_FR", "en", "en_001", "en_GB"]
    assert spec_data.keep_data("babel/global.dat")
    # Every locale the app asks for, and the chain of parents Babel reads with it.
    for name in ("fr_FR", "en_GB"):
        locale = Locale.parse(name)
        chain = [name]
        while (parent := _parent(chain[-1])) is not None:
            chain.append(parent)
        assert chain[-1] == "root"
        assert all(spec_data.keep_data(f"babel/locale-data/{n}.dat") for n in chain)
        assert locale.language in spec_data.BABEL_LANGUAGES


def _parent(name: str) -> str | None:
    from babel.core import get_global

    if name == "root":
        return None
    explicit = get_global("parent_exceptions").get(name)
    if explicit:
        return explicit
    return name.rsplit("_", 1)[0] if "_" in name else "root"


def test_hidden_imports_exist_and_cover_what_the_migrations_import() -> None:
    """The migration scripts ship as data, so PyInstaller never scans their imports."""
    import importlib
    import re

    for module in spec_data.hiddenimports():
        importlib.import_module(module)
    imported = set()
    for script in (ROOT / "db" / "migrations").rglob("*.py"):
        for line in script.read_text(encoding="utf-8").splitlines():
            if match := re.match(r"^from ([\w.]+) import (\w+)", line):
                package, name = match.groups()
                if package != "__future__":
                    # "from alembic import op": op is a module of alembic's.
                    imported.add(f"{package}.{name}" if package == "alembic" else package)
            elif match := re.match(r"^import ([\w.]+)", line):
                imported.add(match[1])
    # SQLAlchemy and the models are imported by the app itself, so always collected.
    needed = {name for name in imported if not name.startswith(("sqlalchemy", "db.models"))}
    assert needed <= set(spec_data.hiddenimports()), needed - set(spec_data.hiddenimports())

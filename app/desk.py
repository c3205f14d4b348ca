"""Which database this desk opens when none is named: the desk's own small setting.

A single desk opens the encrypted file in the user's data folder.  A desk of a
group practice is pointed at the shared server once (``relais connect --db
postgresql+psycopg://...``); the address, never a password, is kept in
``desk.json`` in the user's configuration folder.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from db.keys import write_atomically

CONFIG_ENV = "RELAIS_DESK_CONFIG"
DATABASE_KEY = "database"


def config_path(environ: Mapping[str, str]) -> Path:
    if environ.get(CONFIG_ENV):
        return Path(environ[CONFIG_ENV])
    import platformdirs

    return Path(platformdirs.user_config_dir("Relais", appauthor=False)) / "desk.json"


def default_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Relais", appauthor=False)) / "practice.relais"


def read_config(environ: Mapping[str, str]) -> dict[str, object]:
    try:
        data = json.loads(config_path(environ).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def default_location(environ: Mapping[str, str]) -> str:
    """The server this desk was pointed at, else the encrypted file in the data folder."""
    chosen = read_config(environ).get(DATABASE_KEY)
    if isinstance(chosen, str) and chosen.strip():
        return chosen.strip()
    return str(default_file())


def point_at(environ: Mapping[str, str], location: str) -> Path:
    """Remember ``location`` as this desk's database; the caller has refused passwords in it."""
    path = config_path(environ)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = read_config(environ) | {DATABASE_KEY: location}
    write_atomically(path, json.dumps(data, indent=2).encode("utf-8"))
    return path

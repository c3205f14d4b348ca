from __future__ import annotations

from pathlib import Path

import pytest

from db.errors import KeyFileError, UnknownUserError, WrongKeyError
from db.keys import DataKey, KeyFile


def test_slot_unwraps_only_with_the_right_password(tmp_path: Path) -> None:
    key = DataKey.generate()
    keys = KeyFile()
    keys.add_slot("Nadia", "le bon mot de passe", key)
    path = tmp_path / "db.relais.keys"
    keys.save(path)

    loaded = KeyFile.load(path)
    assert loaded.unwrap("nadia", "le bon mot de passe") == key  # user names ignore case
    with pytest.raises(WrongKeyError, match="Wrong password"):
        loaded.unwrap("nadia", "le mauvais")
    with pytest.raises(UnknownUserError):
        loaded.unwrap("paul", "le bon mot de passe")


def test_a_slot_copied_to_another_user_does_not_open(tmp_path: Path) -> None:
    key = DataKey.generate()
    keys = KeyFile()
    keys.add_slot("nadia", "secret de nadia", key)
    data = keys.to_json()
    data["slots"][0]["username"] = "paul"
    tampered = KeyFile.loads(__import__("json").dumps(data))
    with pytest.raises(WrongKeyError):
        tampered.unwrap("paul", "secret de nadia")


def test_password_change_rewrites_one_slot_and_removal_forgets_it() -> None:
    key = DataKey.generate()
    keys = KeyFile()
    keys.add_slot("nadia", "premier secret", key)
    keys.add_slot("paul", "secret de paul", key)
    paul_slot = keys.slots["paul"]
    keys.add_slot("nadia", "second secret", key)
    assert keys.slots["paul"] is paul_slot
    assert keys.unwrap("nadia", "second secret") == key
    keys.remove_slot("paul")
    assert not keys.has_slot("paul")


def test_recovery_text_round_trips_and_rejects_typos() -> None:
    key = DataKey.generate()
    text = key.recovery_text
    groups = text.split(" ")
    assert len(groups) == 16
    assert all(len(g) == 4 for g in groups)
    assert DataKey.from_recovery_text(text.lower().replace(" ", "-")) == key
    with pytest.raises(WrongKeyError, match="64"):
        DataKey.from_recovery_text(text[:-1])
    with pytest.raises(WrongKeyError, match="0-9"):
        DataKey.from_recovery_text("Z" + text[1:])
    assert key.raw.hex() not in repr(key)


def test_damaged_or_missing_key_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="missing"):
        KeyFile.load(tmp_path / "absent.keys")
    bad = tmp_path / "bad.keys"
    bad.write_text('{"format": "relais-keys", "version": 1, "slots": [{"kdf": "argon2id"}]}')
    with pytest.raises(KeyFileError, match="damaged"):
        KeyFile.load(bad)


def test_no_report_prints_the_data_key() -> None:
    from hypothesis.vendor.pretty import pretty

    key = DataKey.generate()
    for shown in (repr(key), str(key), pretty(key)):
        assert key.raw.hex() not in shown.replace("\\x", "")
        assert repr(key.raw) not in shown
    with pytest.raises(AttributeError):
        key.raw = bytes(32)  # type: ignore[misc]

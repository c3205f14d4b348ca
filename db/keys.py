"""Key handling for the encrypted practice database (DESIGN §6).

The database is encrypted with a random 256-bit *data key*.  Each user's
password wraps the data key in a *key slot*: Argon2id turns the password into a
key-encryption key, AES-256-GCM seals the data key with it.  The slots live in
a small JSON *key file* beside the database, so a password change rewrites one
slot and a leaver's slot is simply removed.

The *recovery key* is the data key itself, printed on paper at set-up: with it
any SQLCipher 4 client opens the file (``PRAGMA key = "x'<64 hex>'"``).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from db.errors import KeyFileError, UnknownUserError, WrongKeyError

DATA_KEY_BYTES = 32
KEY_FILE_FORMAT = "relais-keys"
KEY_FILE_VERSION = 1
KEY_FILE_SUFFIX = ".keys"


@dataclass(frozen=True)
class Argon2Parameters:
    """Argon2id cost; the defaults are OWASP's (m=46 MiB, t=1, p=1)."""

    time_cost: int = 1
    memory_cost_kib: int = 47104
    parallelism: int = 1

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        return hash_secret_raw(
            secret,
            salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_cost_kib,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )


OWASP_ARGON2 = Argon2Parameters()


class DataKey:
    """The raw 256-bit key SQLCipher uses; ``repr`` never shows it.

    Not a dataclass: test reporters (Hypothesis) print dataclasses field by
    field without calling ``__repr__``, which put the key in failure reports.
    """

    __slots__ = ("raw",)
    raw: bytes

    def __init__(self, raw: bytes) -> None:
        if len(raw) != DATA_KEY_BYTES:
            raise ValueError("a data key is exactly 32 bytes")
        object.__setattr__(self, "raw", raw)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a data key cannot be changed")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DataKey) and secrets.compare_digest(self.raw, other.raw)

    def __hash__(self) -> int:
        return hash(self.raw)

    def __repr__(self) -> str:
        return "DataKey(<hidden>)"

    @classmethod
    def generate(cls) -> DataKey:
        return cls(secrets.token_bytes(DATA_KEY_BYTES))

    @property
    def sqlcipher_key(self) -> str:
        """The value for ``PRAGMA key``: a raw key skips SQLCipher's PBKDF2."""
        return f"\"x'{self.raw.hex()}'\""

    @property
    def recovery_text(self) -> str:
        """64 upper-case hex digits in 16 groups of 4, easy to copy from paper."""
        digits = self.raw.hex().upper()
        return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))

    @classmethod
    def from_recovery_text(cls, text: str) -> DataKey:
        """Parse a recovery key typed back in, ignoring spaces and dashes."""
        digits = "".join(ch for ch in text if ch not in " -\t\n")
        if len(digits) != DATA_KEY_BYTES * 2:
            raise WrongKeyError(
                f"A recovery key has 64 hexadecimal characters; this one has {len(digits)}."
            )
        try:
            return cls(bytes.fromhex(digits))
        except ValueError as exc:
            raise WrongKeyError(
                "A recovery key contains only the digits 0-9 and the letters A-F."
            ) from exc


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalize_username(username: str) -> str:
    return username.strip().casefold()


@dataclass
class KeySlot:
    """One user's wrapped copy of the data key."""

    username: str
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    kdf: Argon2Parameters

    def to_json(self) -> dict[str, Any]:
        return {
            "username": self.username,
            "kdf": "argon2id",
            "time_cost": self.kdf.time_cost,
            "memory_cost_kib": self.kdf.memory_cost_kib,
            "parallelism": self.kdf.parallelism,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeySlot:
        if data.get("kdf") != "argon2id":
            raise KeyFileError(f"Unsupported key derivation {data.get('kdf')!r} in key file.")
        return cls(
            username=str(data["username"]),
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            wrapped_key=_unb64(data["wrapped_key"]),
            kdf=Argon2Parameters(
                time_cost=int(data["time_cost"]),
                memory_cost_kib=int(data["memory_cost_kib"]),
                parallelism=int(data["parallelism"]),
            ),
        )


@dataclass
class KeyFile:
    """The key slots of one database, stored as JSON beside it."""

    database_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    slots: dict[str, KeySlot] = field(default_factory=dict)

    @staticmethod
    def path_for(database_path: Path) -> Path:
        return database_path.with_name(database_path.name + KEY_FILE_SUFFIX)

    def _aad(self, username: str) -> bytes:
        # Binding the slot to this database and user stops a slot being
        # copied into another key file or renamed to another user.
        return f"relais-keyslot:{self.database_id}:{username}".encode()

    def add_slot(
        self,
        username: str,
        password: str,
        data_key: DataKey,
        kdf: Argon2Parameters = OWASP_ARGON2,
    ) -> None:
        """Wrap ``data_key`` for ``username``, replacing any slot they had."""
        name = normalize_username(username)
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        kek = kdf.derive(password.encode("utf-8"), salt)
        wrapped = AESGCM(kek).encrypt(nonce, data_key.raw, self._aad(name))
        self.slots[name] = KeySlot(name, salt, nonce, wrapped, kdf)

    def remove_slot(self, username: str) -> None:
        self.slots.pop(normalize_username(username), None)

    def has_slot(self, username: str) -> bool:
        return normalize_username(username) in self.slots

    def unwrap(self, username: str, password: str) -> DataKey:
        name = normalize_username(username)
        slot = self.slots.get(name)
        if slot is None:
            raise UnknownUserError(f"No user named {username!r} can open this database.")
        kek = slot.kdf.derive(password.encode("utf-8"), slot.salt)
        try:
            raw = AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, self._aad(name))
        except InvalidTag as exc:
            raise WrongKeyError(f"Wrong password for {username!r}.") from exc
        return DataKey(raw)

    # -- storage ---------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "database_id": self.database_id,
            "slots": [slot.to_json() for slot in self.slots.values()],
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=2, sort_keys=True)

    @classmethod
    def loads(cls, text: str, source: str = "key file") -> KeyFile:
        try:
            data = json.loads(text)
            if data.get("format") != KEY_FILE_FORMAT:
                raise KeyFileError(f"{source} is not a Relais key file.")
            if data.get("version") != KEY_FILE_VERSION:
                raise KeyFileError(
                    f"{source} has version {data.get('version')}, this Relais reads "
                    f"version {KEY_FILE_VERSION}."
                )
            slots = [KeySlot.from_json(item) for item in data["slots"]]
            return cls(str(data["database_id"]), {slot.username: slot for slot in slots})
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyFileError(f"{source} is damaged: {exc}") from exc

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise KeyFileError(
                f"The key file {path} is missing; open the database with its recovery key."
            ) from exc
        except OSError as exc:
            raise KeyFileError(f"Cannot read the key file {path}: {exc.strerror}") from exc
        return cls.loads(text, source=str(path))

    def save(self, path: Path) -> None:
        """Write atomically: a crash leaves the old file or the new one, never half."""
        write_atomically(path, self.dumps().encode("utf-8"))


def write_atomically(path: Path, content: bytes) -> None:
    handle, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise

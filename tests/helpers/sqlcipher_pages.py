"""Decrypt every page of a SQLCipher 4 file, live or free, to look for leftovers.

A logical export shows only live rows; erasure must also leave nothing in
free pages or the WAL. SQLCipher 4 defaults: 4096-byte pages, the last 80
bytes of each are the IV (16) and HMAC (64); page 1 starts with the 16-byte
salt; a raw key (x'...') is the AES-256-CBC key itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

if TYPE_CHECKING:
    from app.practice import FileDatabase

PAGE = 4096
RESERVE = 80
SALT = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def decrypted_pages(database: Path, key: bytes) -> bytes:
    """All pages of the database file and of its WAL (if any), decrypted and joined."""
    chunks = []
    content = database.read_bytes()
    for number, offset in enumerate(range(0, len(content) - PAGE + 1, PAGE)):
        chunks.append(_decrypt_page(content[offset : offset + PAGE], key, number == 0))
    wal = database.with_name(database.name + "-wal")
    if wal.exists():
        frames = wal.read_bytes()[WAL_HEADER:]
        step = WAL_FRAME_HEADER + PAGE
        for offset in range(0, len(frames) - step + 1, step):
            page_number = int.from_bytes(frames[offset : offset + 4], "big")
            page = frames[offset + WAL_FRAME_HEADER : offset + step]
            chunks.append(_decrypt_page(page, key, page_number == 1))
    return b"".join(chunks)


def damage_table(database: FileDatabase, table: str) -> int:
    """Close ``database`` and flip three bytes of ``table``'s first page in its file, past
    any page header, so that reading the table fails its checks; returns that page's number."""
    from sqlalchemy import text

    with database.session() as session:
        root = int(
            session.execute(
                text("SELECT rootpage FROM sqlite_master WHERE name = :table"), {"table": table}
            ).scalar_one()
        )
    database.close()
    content = bytearray(database.path.read_bytes())
    start = (root - 1) * PAGE + 100
    content[start : start + 3] = bytes(b ^ 0xFF for b in content[start : start + 3])
    database.path.write_bytes(bytes(content))
    return root

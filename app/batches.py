"""Splitting id lists for ``IN (...)`` queries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T", int, str)

# Below SQLite's historical limit of 999 bound parameters; PostgreSQL takes more.
IN_CLAUSE_SIZE = 900


def chunks(ids: Sequence[T], size: int = IN_CLAUSE_SIZE) -> list[Sequence[T]]:
    """Pieces small enough for any engine's limit on bound parameters."""
    return [ids[start : start + size] for start in range(0, len(ids), size)]

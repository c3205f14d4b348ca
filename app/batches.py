"""Splitting id lists for ``IN (...)`` queries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

T = TypeVar("T", int, str)

# Below SQLite's historical limit of 999 bound parameters; PostgreSQL takes more.
IN_CLAUSE_SIZE = 900


def chunks(ids: Sequence[T], size: int = IN_CLAUSE_SIZE) -> list[Sequence[T]]:
    """Pieces small enough for any engine's limit on bound parameters."""
    return [ids[start : start + size] for start in range(0, len(ids), size)]


def rows_by_id(session: Session, model: Any, ids: Sequence[int], *options: Any) -> dict[int, Any]:
    """The rows of ``model`` whose ids are ``ids``, by id, read a piece at a time; loader
    ``options`` (``defer(...)``) apply to each read."""
    found: dict[int, Any] = {}
    for piece in chunks(ids):
        for row in session.scalars(select(model).where(model.id.in_(piece)).options(*options)):
            found[row.id] = row
    return found

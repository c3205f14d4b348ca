"""How many statements a piece of work reads: to show it does not read one row at a time."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import event
from sqlalchemy.engine import Engine


def selects(engine: Engine, action: Callable[[], object]) -> int:
    """The SELECT statements ``engine`` runs while ``action`` runs."""
    seen: list[str] = []

    def count(*args: object) -> None:
        seen.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        action()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return sum(1 for statement in seen if statement.lstrip().upper().startswith("SELECT"))

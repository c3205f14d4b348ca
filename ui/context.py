"""What every screen needs: the open database, who is signed in, the clock, the settings."""

from __future__ import annotations

from dataclasses import dataclass

from app.access import Actor
from app.clock import Clock
from app.practice import PracticeDatabase
from app.settings import PracticeSettings


@dataclass
class UiContext:
    """Handed to each view; views open a Session per user action through ``database``."""

    database: PracticeDatabase
    actor: Actor
    clock: Clock
    settings: PracticeSettings

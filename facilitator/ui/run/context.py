"""What run mode needs from the app: the clock, the settings, the chime."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from facilitator.domain.timer import Clock
from facilitator.settings import Settings
from facilitator.ui.run.sound import Chime


@dataclass(frozen=True)
class RunContext:
    clock: Clock
    settings: Callable[[], Settings]
    save_auto_start: Callable[[bool], None]
    chime: Chime

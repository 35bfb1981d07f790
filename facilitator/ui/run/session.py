"""The run of a workshop: the actions of run mode, and a clock that only repaints.

The countdown is computed from the stored deadline at each repaint; the Qt timer
just wakes the views when the shown second is about to change (one wake-up a
second, not a tick counter). Every action is written to the workshop file at
once, outside the undo stack: Ctrl+Z never rewinds the clock in front of a room.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import run
from facilitator.domain import timer as countdown
from facilitator.domain.changes import ChangeSet
from facilitator.domain.records import AgendaItem, TimerState
from facilitator.settings import Settings

CLOCK_JUMP_MS = 5_000


class RunSession(QObject):
    tick = Signal()  # the shown countdown may have changed: repaint
    ended = Signal()  # the countdown just reached zero: sound and flash
    clockJumped = Signal(int)  # the system clock jumped by this many ms (sleep, change)

    def __init__(
        self,
        document: WorkshopDocument,
        clock: countdown.Clock,
        settings: Callable[[], Settings],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.clock = clock
        self._settings = settings
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.refresh)
        self._last_left: int | None = None
        self._last_now: int | None = None
        document.changed.connect(self._changed)
        self.refresh()

    @property
    def settings(self) -> Settings:
        return self._settings()

    # -- reading -------------------------------------------------------------
    @property
    def timer(self) -> TimerState:
        return run.timer_of(self.document.workshop)

    def current_item(self) -> AgendaItem | None:
        return run.current_item(self.document.workshop)

    def remaining_ms(self) -> int:
        return countdown.remaining_ms(self.timer, self.clock.now_ms())

    def thresholds(self) -> countdown.Thresholds:
        return countdown.Thresholds(
            warning_share=self.settings.warning_percent / 100,
            last_ms=self.settings.last_seconds * 1000,
        )

    def phase(self) -> countdown.Phase:
        return countdown.phase(self.timer, self.clock.now_ms(), self.thresholds())

    def text(self) -> str:
        return countdown.countdown_text(self.remaining_ms())

    # -- actions ---------------------------------------------------------------
    def _apply(self, changes: ChangeSet) -> None:
        if not self.document.read_only:
            self.document.apply_untracked(changes)
        self.refresh()

    def toggle(self) -> None:
        self._apply(run.toggle(self.document.workshop, self.clock.now_ms()))

    def extend(self, minutes: int) -> None:
        self._apply(run.extend(self.document.workshop, minutes, self.clock.now_ms()))

    def reset(self) -> None:
        self._apply(run.reset(self.document.workshop))

    def next(self) -> None:
        workshop = self.document.workshop
        self._apply(
            run.advance(workshop, 1, self.clock.now_ms(), auto_start=self.settings.auto_start_next)
        )

    def previous(self) -> None:
        self._apply(run.advance(self.document.workshop, -1, self.clock.now_ms(), auto_start=False))

    def select(self, item_id: str, *, start_now: bool = False) -> None:
        now = self.clock.now_ms()
        self._apply(run.select_item(self.document.workshop, item_id, now, start_now=start_now))

    def free_timer(self, minutes: int) -> None:
        self._apply(run.free_timer(self.document.workshop, minutes, self.clock.now_ms()))

    # -- the clock ------------------------------------------------------------------
    def _changed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Tell the views to repaint, and wake up again when the shown second changes."""
        now = self.clock.now_ms()
        if (
            self._last_now is not None
            and abs(now - self._last_now)
            > CLOCK_JUMP_MS + (self._timer.interval() if self._timer.isActive() else 1000)
            and self.timer.status == "running"
        ):
            self.clockJumped.emit(now - self._last_now)
        self._last_now = now
        left = countdown.remaining_ms(self.timer, now)
        running = self.timer.status == "running"
        if running and self._last_left is not None and self._last_left > 0 >= left:
            self.ended.emit()
        self._last_left = left if running else None
        self.tick.emit()
        if running:
            self._timer.start(countdown.ms_to_next_change(left) + 5)
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

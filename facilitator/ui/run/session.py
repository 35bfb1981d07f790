"""The run of a workshop: the actions of run mode, and a clock that only repaints.

The countdown is computed from the stored deadline at each repaint; the Qt timer
just wakes the views when the shown second is about to change (one wake-up a
second, not a tick counter). Every action is written to the workshop file at
once, outside the undo stack: Ctrl+Z never rewinds the clock in front of a room.

Every reading of the time goes through `RunSession.now_ms`, which watches the
computer's clock (`countdown.ClockWatch`): when it is set while a countdown runs,
the stored deadline moves with it (the countdown keeps to real elapsed time, on the
projector, on the phones and after a restart) and `clockJumped` tells the facilitator.
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


class RunSession(QObject):
    tick = Signal()  # the shown countdown may have changed: repaint
    ended = Signal()  # the countdown just reached zero: sound and flash
    clockJumped = Signal(object)  # a countdown.ClockJump, while a countdown runs

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
        self._watch = countdown.ClockWatch(clock)
        self._last_left: int | None = None
        restored = run.restored_countdown(document.workshop, clock.now_ms())
        if restored.changes and not document.read_only:
            document.apply_untracked(restored)  # a clock set back while the app was closed
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

    def now_ms(self) -> int:
        """The wall clock (epoch ms), once any change of it since the last reading has
        been followed (see the module's docstring): the time every view and action of
        the run, and the room link, read (a `WallClock`)."""
        now, jump = self._watch.read()
        if jump is not None and self.timer.status == "running" and not self.document.read_only:
            if jump.followed:
                self.document.apply_untracked(
                    run.follow_clock_change(self.document.workshop, jump.delta_ms)
                )
            if jump.told:
                self.clockJumped.emit(jump)
        return now

    def remaining_ms(self) -> int:
        now = self.now_ms()  # first: a clock change moves the deadline read below
        return countdown.remaining_ms(self.timer, now)

    def thresholds(self) -> countdown.Thresholds:
        return countdown.Thresholds(
            warning_share=self.settings.warning_percent / 100,
            last_ms=self.settings.last_seconds * 1000,
        )

    def phase(self) -> countdown.Phase:
        now = self.now_ms()
        return countdown.phase(self.timer, now, self.thresholds())

    def text(self) -> str:
        return countdown.countdown_text(self.remaining_ms())

    # -- actions ---------------------------------------------------------------
    def _apply(self, changes: ChangeSet) -> None:
        if not self.document.read_only:
            self.document.apply_untracked(changes)
        self.refresh()

    def toggle(self) -> None:
        self._apply(run.toggle(self.document.workshop, self.now_ms()))

    def extend(self, minutes: int) -> None:
        self._apply(run.extend(self.document.workshop, minutes, self.now_ms()))

    def reset(self) -> None:
        self._apply(run.reset(self.document.workshop))

    def next(self) -> None:
        workshop = self.document.workshop
        self._apply(
            run.advance(workshop, 1, self.now_ms(), auto_start=self.settings.auto_start_next)
        )

    def previous(self) -> None:
        self._apply(run.advance(self.document.workshop, -1, self.now_ms(), auto_start=False))

    def select(self, item_id: str, *, start_now: bool = False) -> None:
        now = self.now_ms()
        self._apply(run.select_item(self.document.workshop, item_id, now, start_now=start_now))

    def free_timer(self, minutes: int) -> None:
        self._apply(run.free_timer(self.document.workshop, minutes, self.now_ms()))

    # -- the clock ------------------------------------------------------------------
    def _changed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Tell the views to repaint, and wake up again when the shown second changes."""
        now = self.now_ms()
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

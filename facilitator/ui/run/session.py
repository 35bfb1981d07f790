"""The run of a workshop: the actions of run mode, and a clock that only repaints.

The countdown is computed from the stored deadline at each repaint; the Qt timer
just wakes the views when the shown second is about to change (one wake-up a
second, not a tick counter). Every action is written to the workshop file at
once, outside the undo stack: Ctrl+Z never rewinds the clock in front of a room.

Every reading of the time goes through `RunSession.now_ms`, which watches the
computer's clock (`countdown.ClockWatch`): when it is set while a countdown runs,
the stored deadline moves with it (the countdown keeps to real elapsed time, on the
projector, on the phones and after a restart) and `clockJumped` tells the facilitator.

Rounds (domain/rounds.py, domain/run.py): at each repaint and before each action the
session catches the rounds up with that reading (`run.follow_rounds`), so rounds move
on the injected clock, at their deadlines. Its signals, for the views and hooks:
- `tick`: repaint (each shown second, after each change);
- `roundChanged(index)`: the round on changed (by itself at a round's end, or by
  next/previous round): `index` in the item's rounds, their count for the rest of the
  item after its rounds; the round-change sound and visual cue (`round_cue_active`);
- `ended` then `itemTimeUp(item_id)`: the item's (or the free timer's, id "") whole time
  is up: after its last round and the rest, as without rounds;
- `clockJumped(jump)`.

An activity that starts opens its first poll in draft (`polls.opened_with_item`: a ROTI
item, its ROTI), outside the undo history like the start itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import polls, run
from facilitator.domain import timer as countdown
from facilitator.domain.changes import ChangeSet
from facilitator.domain.records import AgendaItem, TimerState
from facilitator.domain.rounds import (
    ROUND_CUE_MS,
    ROUND_EXTENSION_S,
    RoundStep,
    round_last_ms,
)
from facilitator.settings import Settings
from facilitator.ui.run.auto_advance import AutoAdvance


class RunSession(QObject):
    tick = Signal()  # the shown countdown may have changed: repaint
    ended = Signal()  # the countdown just reached zero: sound and flash
    itemTimeUp = Signal(str)  # right after `ended`: the item's id ("" for a free timer)
    roundChanged = Signal(int)  # the round now on (index; the round count: the rest)
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
        # When the round last changed (epoch ms, the session's reading): the visual cue.
        self.round_changed_at: int | None = None
        self.round_changes = 0  # rounds changed since the session began (tests, the log)
        restored = run.restored_countdown(document.workshop, clock.now_ms())
        if restored.changes and not document.read_only:
            document.apply_untracked(restored)  # a clock set back while the app was closed
        document.changed.connect(self._changed)
        # Auto-advance (ui/run/auto_advance.py): the "Up next" announce between items.
        self.auto_advance = AutoAdvance(self)
        self.refresh()
        # Rounds caught up at the opening (after a crash) move on silently: no cue for a
        # change nobody saw happen.
        self.round_changed_at = None

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
        """The colours' thresholds (settings); a round's last stretch is at most
        rounds.ROUND_LAST_SHARE of it."""
        last_ms = self.settings.last_seconds * 1000
        if self.current_round() is not None:
            last_ms = round_last_ms(last_ms, self.timer.duration_ms)
        return countdown.Thresholds(
            warning_share=self.settings.warning_percent / 100, last_ms=last_ms
        )

    def phase(self) -> countdown.Phase:
        now = self.now_ms()
        return countdown.phase(self.timer, now, self.thresholds())

    def text(self) -> str:
        return countdown.countdown_text(self.remaining_ms())

    # -- rounds ----------------------------------------------------------------------
    def rounds(self) -> list[RoundStep]:
        """The rounds of the item on ([] for none, or no item)."""
        return run.item_rounds(self.document.workshop, self.current_item())

    def current_round(self) -> RoundStep | None:
        """The round on (None: no rounds, or the rest of the item after them)."""
        return run.current_round(self.document.workshop)

    def in_rest(self) -> bool:
        """Whether the item on is past its rounds, in the rest of its time."""
        return run.in_rest(self.document.workshop)

    def item_remaining_ms(self) -> int:
        """The whole item's time left (ms): the round on's, the later rounds', the rest."""
        now = self.now_ms()
        return run.item_remaining_ms(self.document.workshop, now)

    def round_cue_left_ms(self, now_ms: int | None = None) -> int:
        """Milliseconds the round-change cue still shows (0: none), read on the clock."""
        if self.round_changed_at is None:
            return 0
        now = self.now_ms() if now_ms is None else now_ms
        left = self.round_changed_at + ROUND_CUE_MS - now
        return left if 0 < left <= ROUND_CUE_MS else 0

    def round_cue_active(self) -> bool:
        """Whether the room's visual cue of a round change shows now (ROUND_CUE_MS)."""
        return self.round_cue_left_ms() > 0

    def _follow_rounds(self, now: int) -> None:
        """The rounds caught up with `now` (see the module's docstring)."""
        if self.document.read_only:
            return
        changes = run.follow_rounds(self.document.workshop, now)
        if changes:
            self._round_action(changes, now)

    def _round_action(self, changes: ChangeSet, now: int) -> None:
        """Write `changes`; when they change the round on, say so (`roundChanged`)."""
        before = self.timer
        if not self.document.read_only:
            self.document.apply_untracked(changes)
        after = self.timer
        moved = (before.agenda_item_id, before.round_index) != (
            after.agenda_item_id,
            after.round_index,
        )
        if moved and after.agenda_item_id == before.agenda_item_id:
            self.round_changed_at = now
            self.round_changes += 1
            self.roundChanged.emit(after.round_index)

    # -- actions ---------------------------------------------------------------
    def _apply(self, changes: ChangeSet) -> None:
        if not self.document.read_only:
            self.document.apply_untracked(changes)
            self._open_item_poll()
        self.refresh()

    def _open_item_poll(self) -> None:
        """An activity that starts opens its poll in draft (a ROTI item, its ROTI:
        `polls.opened_with_item`), written as the start is: outside the undo history (the
        poll's panel closes it)."""
        timer = self.timer
        if timer.status != "running" or not timer.agenda_item_id:
            return
        self.document.apply_untracked(
            polls.opened_with_item(self.document.workshop, timer.agenda_item_id)
        )

    def apply_run(self, changes: ChangeSet) -> None:
        """Write a run action built outside this class (auto-advance's start of the next
        item), then repaint."""
        self._apply(changes)

    def _now_caught_up(self) -> int:
        """The time for an action, the rounds caught up with it first (an action a few
        milliseconds after a round's end acts on the next round, as the room sees)."""
        now = self.now_ms()
        self._follow_rounds(now)
        return now

    def toggle(self) -> None:
        now = self._now_caught_up()
        self._apply(run.toggle(self.document.workshop, now))

    def extend(self, minutes: int) -> None:
        now = self._now_caught_up()
        self._apply(run.extend(self.document.workshop, minutes, now))

    def reset(self) -> None:
        self._now_caught_up()
        self._apply(run.reset(self.document.workshop))

    def next(self) -> None:
        now = self._now_caught_up()
        workshop = self.document.workshop
        self._apply(run.advance(workshop, 1, now, auto_start=self.settings.auto_start_next))

    def previous(self) -> None:
        now = self._now_caught_up()
        self._apply(run.advance(self.document.workshop, -1, now, auto_start=False))

    def select(self, item_id: str, *, start_now: bool = False) -> None:
        now = self._now_caught_up()
        self._apply(run.select_item(self.document.workshop, item_id, now, start_now=start_now))

    def free_timer(self, minutes: int) -> None:
        now = self._now_caught_up()
        self._apply(run.free_timer(self.document.workshop, minutes, now))

    def next_round(self) -> None:
        """Skip to the next round (the last one: the item's time is up now)."""
        now = self._now_caught_up()
        self._round_action(run.next_round(self.document.workshop, now), now)
        self.refresh()

    def previous_round(self) -> None:
        """Go back a round (the first: from its start again)."""
        now = self._now_caught_up()
        self._round_action(run.previous_round(self.document.workshop, now), now)
        self.refresh()

    def extend_round(self, seconds: int = ROUND_EXTENSION_S) -> None:
        """Give the round on `seconds` more (ROUND_EXTENSION_S by default)."""
        now = self._now_caught_up()
        self._apply(run.extend_round(self.document.workshop, now, seconds))

    # -- the clock ------------------------------------------------------------------
    def _changed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Catch the rounds up, tell the views to repaint, and wake up again when the
        shown second changes (or the round-change cue ends)."""
        now = self.now_ms()
        self._follow_rounds(now)
        left = countdown.remaining_ms(self.timer, now)
        running = self.timer.status == "running"
        if running and self._last_left is not None and self._last_left > 0 >= left:
            self._last_left = left
            self.ended.emit()
            item = self.current_item()
            self.itemTimeUp.emit(item.id if item is not None else "")
        self._last_left = left if running else None
        self.tick.emit()
        wakes = [countdown.ms_to_next_change(left) + 5] if running else []
        cue = self.round_cue_left_ms(now)
        if cue:
            wakes.append(cue + 5)
        if wakes:
            self._timer.start(min(wakes))
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

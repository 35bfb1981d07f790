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
- `tick`: repaint (each shown second, after each change): the views read
  `RunSession.reading`, the countdown as read once for this repaint;
- `roundChanged(index)`: the round on changed (by itself at a round's end, or by
  next/previous round): `index` in the item's rounds, their count for the rest of the
  item after its rounds; the round-change sound and visual cue (`round_cue_active`);
- `ended` then `itemTimeUp(item_id)`: the item's (or the free timer's, id "") whole time
  is up: after its last round and the rest, as without rounds;
- `clockJumped(jump)`.

The cost of a second (issue 22: run mode at idle at most 1.5 times a bare label's CPU):
a wake-up reads the clock once (`Reading`); what the records say (the item on, its
rounds, the later rounds' time) is read again only after an edit of the workshop
(`_Edits`, counted by `Workshop.derived`); the rounds are caught up only once the
stage's deadline has passed. The session wakes when the shown second changes, when the
colour's phase changes and when the round cue ends: never on a fixed period.

An activity that starts opens its first poll in draft (`polls.opened_with_item`: a ROTI
item, its ROTI), outside the undo history like the start itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import polls, run
from facilitator.domain import timer as countdown
from facilitator.domain.changes import ChangeSet
from facilitator.domain.records import (
    AgendaItem,
    Day,
    ItemRound,
    Poll,
    Record,
    RoundRun,
    Team,
    TimerState,
    Track,
    WorkshopInfo,
)
from facilitator.domain.rounds import (
    ROUND_CUE_MS,
    ROUND_EXTENSION_S,
    RoundStep,
    round_last_ms,
)
from facilitator.domain.workshop import Workshop
from facilitator.settings import Settings
from facilitator.ui.run.auto_advance import AutoAdvance

# How late after the shown second changes the session wakes (ms): Qt's timers may fire
# a little early; 5 ms later the new second is surely there, and still unseen by anyone.
WAKE_LATE_MS = 5


# The records run mode shows something of (the item on and its day, its rounds as
# planned and as run, the countdown, the activity's polls): a change of any other kind
# (an idea, a vote, a card, a phone of the room) leaves its views as they are.
RUN_RECORD_KINDS: frozenset[type[Record]] = frozenset(
    (WorkshopInfo, Day, Track, AgendaItem, Team, ItemRound, RoundRun, TimerState, Poll)
)


def shows_run(changes: ChangeSet) -> bool:
    """Whether `changes` touch a record that run mode's views show (RUN_RECORD_KINDS)."""
    return any(change.kind in RUN_RECORD_KINDS for change in changes.changes)


@dataclass(frozen=True)
class Reading:
    """The countdown as read once for one repaint (`RunSession.reading`): `now_ms` the
    session's clock (epoch ms), `left_ms` the time left (negative: the overrun), `text`
    as shown ("12:05", "+01:30"), `phase` its colour's (by `thresholds`), `cue_left_ms`
    how long the round-change cue still shows (0: none)."""

    now_ms: int
    timer: TimerState
    left_ms: int
    phase: countdown.Phase
    text: str
    cue_left_ms: int
    thresholds: countdown.Thresholds


class _Edits:
    """How many change sets were applied to a workshop (`Workshop.derived`): what the
    session read from the records stays true until this count moves."""

    def __init__(self, _workshop: Workshop) -> None:
        self.count = 0

    def follow(self, _changes: ChangeSet) -> None:
        self.count += 1


@dataclass(frozen=True)
class _Plan:
    """What the records say of the run, read once per edit of the workshop."""

    item: AgendaItem | None
    steps: list[RoundStep]
    step: RoundStep | None  # the round on
    later_ms: int  # the later stages' planned time (ms): the rounds after, the rest


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
        # In how many ms the session wakes again, as set by the last repaint (None: no
        # wake-up, nothing changes by itself).
        self.scheduled_wake_ms: int | None = None
        self._plan_key: tuple[Workshop, int] | None = None
        self._plan = _Plan(None, [], None, 0)
        self.reading = Reading(
            0, countdown.idle_timer(None, 0), 0, "idle", "00:00", 0, countdown.Thresholds()
        )
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
        self.reading = self._read(self.reading.now_ms)

    @property
    def settings(self) -> Settings:
        return self._settings()

    # -- reading -------------------------------------------------------------
    @property
    def timer(self) -> TimerState:
        return run.timer_of(self.document.workshop)

    def current_item(self) -> AgendaItem | None:
        return self._planned().item

    def _planned(self) -> _Plan:
        """The item on and its rounds, read again after each edit of the workshop."""
        workshop = self.document.workshop
        edits = workshop.derived("ui.run.session.edits", _Edits)
        known = self._plan_key
        if known is None or known[0] is not workshop or known[1] != edits.count:
            timer = run.timer_of(workshop)
            item = run.current_item(workshop)
            steps = run.item_rounds(workshop, item)
            index = timer.round_index
            step = steps[index] if 0 <= index < len(steps) else None
            # The later stages: the whole item's time left less the stage's, at any instant.
            later = run.item_remaining_ms(workshop, 0) - countdown.remaining_ms(timer, 0)
            self._plan = _Plan(item, steps, step, later)
            self._plan_key = (workshop, edits.count)
        return self._plan

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
        return list(self._planned().steps)

    def has_rounds(self) -> bool:
        """Whether the item on has rounds (without copying them)."""
        return bool(self._planned().steps)

    def current_round(self) -> RoundStep | None:
        """The round on (None: no rounds, or the rest of the item after them)."""
        return self._planned().step

    def in_rest(self) -> bool:
        """Whether the item on is past its rounds, in the rest of its time."""
        steps = self._planned().steps
        return bool(steps) and self.timer.round_index >= len(steps)

    def item_remaining_ms(self, now_ms: int | None = None) -> int:
        """The whole item's time left (ms): the round on's, the later rounds', the rest
        (`run.item_remaining_ms`), at `now_ms` (default: the clock read now)."""
        now = self.now_ms() if now_ms is None else now_ms
        return countdown.remaining_ms(self.timer, now) + self._planned().later_ms

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
        """The rounds caught up with `now` (see the module's docstring). Nothing to do
        before the running stage's deadline (`run.follow_rounds` would find nothing)."""
        timer = self.timer
        if self.document.read_only or timer.status != "running" or timer.deadline_epoch_ms > now:
            return
        changes = run.follow_rounds(self.document.workshop, now)
        if changes:
            self._round_action(changes, now)

    def _round_action(self, changes: ChangeSet, now: int) -> None:
        """Write `changes`; when they change the round on, say so (`roundChanged`). The
        cue's time is set before the write: the views repainted by the write show it."""
        if self.document.read_only:
            return
        before = self.timer
        timers = [c.after for c in changes.changes if isinstance(c.after, TimerState)]
        after = timers[-1] if timers else before
        moved = after.agenda_item_id == before.agenda_item_id and (
            before.round_index != after.round_index
        )
        if moved:
            self.round_changed_at = now
        self.document.apply_untracked(changes)
        if moved:
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
        """Catch the rounds up, read the countdown once (`reading`), tell the views to
        repaint, and wake up again when the shown second changes, when the colour's phase
        changes or when the round-change cue ends (`next_wake_ms`)."""
        now = self.now_ms()
        self._follow_rounds(now)
        timer = self.timer
        left = countdown.remaining_ms(timer, now)
        running = timer.status == "running"
        if running and self._last_left is not None and self._last_left > 0 >= left:
            self._last_left = left
            self.ended.emit()
            item = self.current_item()
            self.itemTimeUp.emit(item.id if item is not None else "")
        self._last_left = left if running else None
        # Read after `ended`'s handlers: what they changed (the next item) is shown.
        self.reading = reading = self._read(now)
        self.tick.emit()
        self.scheduled_wake_ms = wake = self.next_wake_ms(reading)
        if wake is None:
            self._timer.stop()
        else:
            self._timer.start(wake)

    def _read(self, now: int) -> Reading:
        timer = self.timer
        left = countdown.remaining_ms(timer, now)
        thresholds = self.thresholds()
        phase = countdown.phase(timer, now, thresholds)
        cue = self.round_cue_left_ms(now)
        return Reading(now, timer, left, phase, countdown.countdown_text(left), cue, thresholds)

    def next_wake_ms(self, reading: Reading) -> int | None:
        """Milliseconds from `reading` until the next repaint (None: nothing will change
        by itself): WAKE_LATE_MS after the shown second changes, after the colour's next
        phase begins (its threshold need not fall on a second) or after the round cue
        ends; however late the wake-up, the next reading is computed from the clock."""
        wakes: list[int] = []
        if reading.timer.status == "running":
            left = reading.left_ms
            wakes.append(countdown.ms_to_next_change(left))
            thresholds = reading.thresholds
            for boundary in (
                int(reading.timer.duration_ms * thresholds.warning_share),
                thresholds.last_ms,
            ):
                if 0 < left - boundary < wakes[0]:
                    wakes.append(left - boundary)
        if reading.cue_left_ms:
            wakes.append(reading.cue_left_ms)
        return min(wakes) + WAKE_LATE_MS if wakes else None

    def stop(self) -> None:
        self._timer.stop()

"""A clock the tests move by hand: no test sleeps.

Two readings, as the computer has them: the wall clock (`now`, epoch ms), which
people and time syncs set, and a monotonic clock, which only real time moves.
"""

from __future__ import annotations


class FakeClock:
    def __init__(self, now_ms: int = 1_773_300_000_000, *, counts_sleep: bool = True) -> None:
        self._wall = now_ms  # 2026-03-12, morning UTC, by default
        self.monotonic = 5_000_000  # ms since an arbitrary origin (the boot)
        self.counts_sleep = counts_sleep  # the monotonic clock goes on during suspend

    def now_ms(self) -> int:
        return self._wall

    def monotonic_ms(self) -> int:
        return self.monotonic

    @property
    def now(self) -> int:
        return self._wall

    @now.setter
    def now(self, value: int) -> None:
        """Forward: that much real time passes. Back: the clock is set back."""
        if value >= self._wall:
            self.advance(value - self._wall)
        else:
            self.change(value - self._wall)

    def advance(self, ms: int) -> None:
        """Real time passes: both clocks move."""
        self._wall += ms
        self.monotonic += ms

    def change(self, delta_ms: int) -> None:
        """Someone or a time sync sets the wall clock: the monotonic clock does not move."""
        self._wall += delta_ms

    def sleep(self, ms: int) -> None:
        """The laptop is suspended for `ms` (the lid closed over lunch)."""
        self._wall += ms
        if self.counts_sleep:
            self.monotonic += ms

"""A clock the tests move by hand: no test sleeps."""

from __future__ import annotations


class FakeClock:
    def __init__(self, now_ms: int = 1_773_300_000_000) -> None:  # 2026-03-12, morning UTC
        self.now = now_ms

    def now_ms(self) -> int:
        return self.now

    def advance(self, ms: int) -> None:
        self.now += ms

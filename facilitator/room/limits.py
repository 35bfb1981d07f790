"""What the room link accepts, and how often: bounded bodies and texts, and a token
bucket per phone and per address so that one client cannot flood the facilitator."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_BODY_BYTES = 8 * 1024
MAX_IDEA_CHARS = 500
MAX_NAME_CHARS = 60
MAX_PARTICIPANTS = 400
MAX_PENDING = 2_000  # ideas waiting for the facilitator's review


@dataclass
class Bucket:
    tokens: float
    stamp_ms: int


@dataclass
class RateLimiter:
    """`rate` requests per second on average, bursts of `burst`; the clock is given."""

    rate: float
    burst: int
    buckets: dict[str, Bucket] = field(default_factory=dict)

    def allow(self, key: str, now_ms: int) -> bool:
        bucket = self.buckets.get(key)
        if bucket is None:
            if len(self.buckets) > 10_000:  # forget the idle ones, never grow without end
                self.buckets.clear()
            bucket = self.buckets[key] = Bucket(float(self.burst), now_ms)
        elapsed = max(0, now_ms - bucket.stamp_ms) / 1000
        bucket.tokens = min(float(self.burst), bucket.tokens + elapsed * self.rate)
        bucket.stamp_ms = now_ms
        if bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        return True

    def wait_s(self, key: str) -> int:
        """Seconds before `key` may try again (for Retry-After)."""
        bucket = self.buckets.get(key)
        missing = 1 - (bucket.tokens if bucket else 1)
        return max(1, int(missing / self.rate + 0.999))

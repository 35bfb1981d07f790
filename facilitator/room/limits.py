"""What the room link accepts, and how often: bounded bodies and texts, bounded
connections, and token buckets per phone, per address and for the whole room so that
one client (or one address rotating tokens) cannot flood the facilitator.

Every figure is named here with where it comes from; docs/robustness.md gives the
attacks they answer and what was measured (issue 14, points 4, 5 and 8).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# -- what one request may carry ------------------------------------------------------------
MAX_BODY_BYTES = 8 * 1024  # a 500-character idea is at most 2 KB of UTF-8, JSON-escaped
MAX_IDEA_CHARS = 500
MAX_NAME_CHARS = 60
MAX_REQUEST_LINE_BYTES = 2_048  # our longest URL is /r/<code>/api/state: 24 bytes
MAX_HEADER_FIELD_BYTES = 4_096  # a phone's User-Agent is ~300 bytes; we set no cookie
MAX_HEADERS = 40  # Chrome and Safari send 12 to 18 headers to the room's page

# -- the room ---------------------------------------------------------------------------------
MAX_PARTICIPANTS = 400  # a large plenary; the bench's room is 60 phones. Counts the phones
# of this link, from its start: those that joined and those recognised (known to the
# workshop from an earlier link); a restart starts the count again
MAX_KNOWN_PHONES = 4_000  # phones a workshop file remembers (10 full rooms of 400): past it a
# new phone is refused (503 room_full), known ones still come back; 4,000 rows (names of
# 20 characters) make the full demo's file 1.3 MB larger and its opening 80 to 100 ms
# longer, as 4,000 ideas would (`python -m tests.bench --only room`)
MAX_PENDING = 2_000  # ideas waiting for the facilitator's review, all phones together
MAX_PENDING_PER_PHONE = 20  # one phone cannot fill the review list (issue 14 point 8)
MAX_PHONES_PER_ADDRESS = 8  # a phone, its second browser, a tablet: one address each in a room
# (new phones only: a known phone coming back is not refused for its address, which the
# venue's Wi-Fi may have given to another since)
REMOVED_ADDRESS_BAN_MS = 10 * 60_000  # a removed phone's address may not join again for 10 min

# -- connections (issue 14 point 4: 1,100 half-sent requests exhausted 1,024 descriptors) ----
MAX_CONNECTIONS = 400  # 60 phones × a browser's 6 connections per host (HTTP/1.1) = 360
MAX_CONNECTIONS_PER_ADDRESS = 12  # a browser's 6 per host, twice over (a reload's overlap)
MIN_CONNECTIONS = 16  # the floor when descriptors are scarce: a few phones still join
DESCRIPTOR_RESERVE = 64  # kept free for the workshop file (SQLite's database and journal),
# the waiting log, the lock file and what the interface opens (images, fonts, exports)
LISTEN_BACKLOG = 256  # the kernel's queue of connections not yet accepted (no descriptor):
# the room scanning the QR code at once; 32 made 60 phones joining together wait 1 s (SYNs
# dropped, then retried: the bench's 0.06 s became 1.07 s)
ACCEPT_BATCH = 32  # asyncio accepts this many in one turn before any is counted: the cap
# leaves twice this many descriptors free for them
IDLE_TIMEOUT_S = 15  # a kept-alive connection with no request: the page polls every 2.5 s
REQUEST_TIMEOUT_S = 10  # headers and body (8 KB at most) from their first byte: 6.4 kbit/s,
# a phone at the far edge of the Wi-Fi; a slowloris sending a byte every few seconds is cut
SWEEP_INTERVAL_S = 1.0  # how often connections past their deadline are closed
LINGER_S = 2.0  # reading and dropping the unread body of a refused request, at most
STOP_GRACE_S = 2.0  # at stop, a request being handled may finish for this long


@dataclass
class Bucket:
    tokens: float
    stamp_ms: int


@dataclass
class RateLimiter:
    """`rate` requests per second on average, bursts of `burst`; the clock is given (ms).

    At most `MAX_KEYS` keys are tracked: past that the idle ones are forgotten (a full
    bucket is the same as a new one) and, if still too many, all of them."""

    rate: float
    burst: int
    buckets: dict[str, Bucket] = field(default_factory=dict)

    MAX_KEYS = 10_000

    def _bucket(self, key: str, now_ms: int) -> Bucket:
        bucket = self.buckets.get(key)
        if bucket is None:
            if len(self.buckets) >= self.MAX_KEYS:
                self._forget_idle(now_ms)
            bucket = self.buckets[key] = Bucket(float(self.burst), now_ms)
        elapsed = max(0, now_ms - bucket.stamp_ms) / 1000
        bucket.tokens = min(float(self.burst), bucket.tokens + elapsed * self.rate)
        bucket.stamp_ms = now_ms
        return bucket

    def _forget_idle(self, now_ms: int) -> None:
        full = self.burst / self.rate * 1000 if self.rate > 0 else float("inf")
        for key in [k for k, b in self.buckets.items() if now_ms - b.stamp_ms >= full]:
            del self.buckets[key]
        if len(self.buckets) >= self.MAX_KEYS:
            self.buckets.clear()

    def allow(self, key: str, now_ms: int) -> bool:
        """Take one token for `key` if there is one."""
        bucket = self._bucket(key, now_ms)
        if bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        return True

    def ready(self, key: str, now_ms: int) -> bool:
        """Whether `key` has a token, without taking it."""
        return self._bucket(key, now_ms).tokens >= 1

    def take(self, key: str, now_ms: int) -> None:
        """Take one token even if none is left (the bucket goes below zero: the next
        one comes later)."""
        self._bucket(key, now_ms).tokens -= 1

    def wait_s(self, key: str) -> int:
        """Seconds before `key` may try again (for Retry-After)."""
        bucket = self.buckets.get(key)
        missing = 1 - (bucket.tokens if bucket else 1)
        return max(1, int(missing / self.rate + 0.999)) if self.rate > 0 else 3600


# -- joins, ideas --------------------------------------------------------------------------------
def joins_per_address() -> RateLimiter:
    """4 joins at once from one address, then one every 30 s (issue 14 point 8: 400
    joins from one address in 7 s filled the room). A person joins once; a reload keeps
    the phone's token."""
    return RateLimiter(rate=1 / 30, burst=4)


def ideas_per_address() -> RateLimiter:
    """10 ideas at once from one address, then one every 2 s, whatever the tokens
    (issue 14 point 8: rotating tokens put 40 ideas a second on the board). Typing an
    idea on a phone takes 5 s or more."""
    return RateLimiter(rate=0.5, burst=10)


# -- guessing the join code ----------------------------------------------------------------------
FREE_FAILED_CODES = 10  # wrong codes an address may send before it must wait
FAILED_CODE_WAIT_MAX_S = 600  # the longest wait between two wrong codes from one address
ROOM_FAILED_CODES_BURST = 120  # wrong codes from all addresses at once (a room's typos)
ROOM_FAILED_CODES_PER_S = 0.25  # then one every 4 s from all addresses together
MAX_TRACKED_ADDRESSES = 10_000


@dataclass
class Failures:
    count: int
    last_ms: int


@dataclass
class FailedCodes:
    """Wrong join codes, per address and for the whole room.

    After its `FREE_FAILED_CODES`-th wrong code, an address waits 2 s before its next
    try, then 4 s, 8 s, … at most `FAILED_CODE_WAIT_MAX_S` between two tries. All
    addresses together may send `ROOM_FAILED_CODES_BURST` wrong codes, then one every
    1 / `ROOM_FAILED_CODES_PER_S` s. While an address or the room must wait, a code is not
    even compared (a 429 tells nothing). A right code clears the address's count.
    """

    room: RateLimiter = field(
        default_factory=lambda: RateLimiter(ROOM_FAILED_CODES_PER_S, ROOM_FAILED_CODES_BURST)
    )
    addresses: dict[str, Failures] = field(default_factory=dict)

    def wait_s(self, address: str, now_ms: int) -> int:
        """Seconds `address` must still wait before a code is compared; 0: go ahead."""
        failures = self.addresses.get(address)
        if failures is not None and failures.count >= FREE_FAILED_CODES:
            step = failures.count - FREE_FAILED_CODES + 1
            wait_ms = min(int(2 ** min(step, 20)), FAILED_CODE_WAIT_MAX_S) * 1000
            left_ms = failures.last_ms + wait_ms - now_ms
            if left_ms > 0:
                return max(1, (left_ms + 999) // 1000)
        if not self.room.ready("room", now_ms):
            return self.room.wait_s("room")
        return 0

    def failed(self, address: str, now_ms: int) -> None:
        failures = self.addresses.pop(address, None) or Failures(0, now_ms)
        failures.count += 1
        failures.last_ms = now_ms
        if len(self.addresses) >= MAX_TRACKED_ADDRESSES:  # the oldest first
            for key in list(self.addresses)[: MAX_TRACKED_ADDRESSES // 2]:
                del self.addresses[key]
        self.addresses[address] = failures  # last in order: the most recent
        self.room.take("room", now_ms)

    def succeeded(self, address: str) -> None:
        self.addresses.pop(address, None)


def most_wrong_codes(addresses: int, seconds: int) -> int:
    """The most codes `addresses` addresses can try in `seconds` under `FailedCodes`:
    each address's free tries and back-off, bounded by the room's bucket."""
    per_address, elapsed, step = FREE_FAILED_CODES, 0, 1
    while True:
        elapsed += min(int(2 ** min(step, 20)), FAILED_CODE_WAIT_MAX_S)
        if elapsed > seconds:
            break
        per_address += 1
        step += 1
    room = ROOM_FAILED_CODES_BURST + int(seconds * ROOM_FAILED_CODES_PER_S)
    return min(addresses * per_address, room)

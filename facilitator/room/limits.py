"""What the room link accepts, and how often: bounded bodies and texts, bounded
connections, and token buckets per phone, per address and for the whole room so that
one client (or one address rotating tokens) cannot flood the facilitator.

Every figure is named here with where it comes from; docs/robustness.md gives the
attacks they answer and what was measured (issue 14, points 4, 5 and 8; photos from
phones: issue 19).
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
MAX_CONNECTIONS = 1_000  # `MAX_PARTICIPANTS` phones × the 2 connections a phone's page holds
# (Chromium, measured: the page and its calls; 6 at most per host), and a quarter more for
# reloads; 1,000 idle ones cost 18 MB (client side included). It was 400, sized for 60
# phones × 6: a plenary of 200 phones filled it. Fewer when descriptors are scarce
# (`connections.connection_cap`), once the soft limit is raised towards what it needs
# (`connections.raise_descriptor_limit`)
MAX_CONNECTIONS_PER_ADDRESS = 12  # a browser's 6 per host, twice over (a reload's overlap)
MIN_CONNECTIONS = 16  # the floor when descriptors are scarce: a few phones still join
DESCRIPTOR_RESERVE = 64  # kept free for the workshop file (SQLite's database and journal),
# the waiting log, the lock file and what the interface opens (images, fonts, exports)
LISTEN_BACKLOG = 512  # the kernel's queue of connections not yet accepted (no descriptor):
# the whole room (`MAX_PARTICIPANTS`) scanning the QR code at once; 32 made 60 phones joining
# together wait 1 s (SYNs dropped, then retried: the bench's 0.06 s became 1.07 s), 256 made
# 143 of 400 phones joining at once wait 1.2 s, 512 none. The kernel may hold fewer
# (Linux's net.core.somaxconn: 4,096 since Linux 5.4, 128 before; macOS's 128)
ACCEPT_BATCH = 32  # asyncio accepts this many in one turn before any is counted: the cap
# leaves twice this many descriptors free for them
IDLE_TIMEOUT_S = 15  # a kept-alive connection with no request: the page polls every 2.5 s
REQUEST_TIMEOUT_S = 10  # headers and body (8 KB at most) from their first byte: 6.4 kbit/s,
# a phone at the far edge of the Wi-Fi; a slowloris sending a byte every few seconds is cut
SWEEP_INTERVAL_S = 1.0  # how often connections past their deadline are closed
LINGER_S = 2.0  # reading and dropping the unread body of a refused request, at most
STOP_GRACE_S = 2.0  # at stop, a request being handled may finish for this long
BATCH_WAIT_MS = 50  # what phones send while others still send (ideas, joins, dots, poll
# answers, ideas for review) is written with theirs, in one durable write, waiting at most
# this long for a turn of the loop in which nothing more came: 200 phones sending at once
# were 5 to 7 writes of 32 (each a disk sync on the interface thread), now 1


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

    def allow(self, key: str, now_ms: int, cost: float = 1) -> bool:
        """Take `cost` tokens for `key` (one request; bytes for a byte budget) if there
        are that many."""
        bucket = self._bucket(key, now_ms)
        if bucket.tokens < cost:
            return False
        bucket.tokens -= cost
        return True

    def ready(self, key: str, now_ms: int, cost: float = 1) -> bool:
        """Whether `key` has `cost` tokens, without taking them."""
        return self._bucket(key, now_ms).tokens >= cost

    def take(self, key: str, now_ms: int) -> None:
        """Take one token even if none is left (the bucket goes below zero: the next
        one comes later)."""
        self._bucket(key, now_ms).tokens -= 1

    def wait_s(self, key: str, cost: float = 1) -> int:
        """Seconds before `key` may try again (for Retry-After), with `cost` tokens."""
        bucket = self.buckets.get(key)
        missing = cost - (bucket.tokens if bucket else self.burst)
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


# -- photos from phones (issue 19) -----------------------------------------------------------
MAX_PHOTO_BYTES = 6 * 1024 * 1024  # one photo as a phone's page sends it: scaled to 2,400
# pixels a side and encoded as JPEG at quality 0.85, a photo of a wall is 0.5 to 2 MB; the
# worst a 2,400 x 2,400 picture can be is pure noise, 4.35 MB (measured with libjpeg at
# quality 85). Past this the page says "too big" without sending; the laptop reads no more
MAX_PHOTO_FORM_BYTES = MAX_PHOTO_BYTES + 16 * 1024  # the form around it: caption, where it
# goes, the parts' headers (a browser's FormData: about 400 bytes)
MAX_CAPTION_CHARS = 200  # a line under a photo; the board shows about 80 characters of it
PHOTO_WINDOW_S = 600  # the byte budgets below refill over 10 minutes
PHOTO_BYTES_PER_PHONE = 40 * 1024 * 1024  # a phone's bytes in `PHOTO_WINDOW_S`: about 25
# photos of walls at once, then one every 25 s; at least 6 photos of the largest size
PHOTO_BYTES_PER_ADDRESS = 80 * 1024 * 1024  # all phones of one address (a shared tablet,
# phones behind one access point's address): twice a phone's
MAX_UPLOADS_READ = 4  # photos received at once, all phones together (each body is held in
# memory until stored: 4 x `MAX_PHOTO_FORM_BYTES` = 24 MB at most); the others wait their
# turn with their connection open (the phone's progress pauses), never refused for it
MAX_UPLOADS_WAITING = 60  # photos sending or waiting their turn, all phones together: a
# room of 60 phones each sending one; past that the phone is told to try again in a moment
MAX_UPLOADS_PER_PHONE = 1  # the page sends one photo at a time
MAX_UPLOADS_PER_ADDRESS = 2  # a phone whose page was reloaded mid-upload, once
MIN_UPLOAD_BYTES_PER_S = 16 * 1024  # 128 kbit/s: a phone at the far edge of the Wi-Fi sends
# 6 MB in 6.4 minutes; a sender slower than that on average is cut (a slowloris holding
# the turns of `MAX_UPLOADS_READ`)
UPLOAD_GRACE_S = 10  # added to the time the bytes take at that rate: the first byte
UPLOAD_STALL_S = 20  # no byte at all for this long while sending: cut
MAX_PENDING_PHOTOS = 100  # photos from phones waiting for review, all phones together: each
# is written in the workshop at once (nothing lost), about 1 MB each, 6 MB at most
MAX_PENDING_PHOTOS_PER_PHONE = 10  # one phone cannot fill the review (not the facilitator's)
PHOTO_DECODERS = 1  # photos decoded at once, in a thread: 0.17 s for 2,400 x 1,800 pixels;
# the laptop has 2 cores or more, one is the interface's
PHOTO_PIXELS_PER_PHONE = 200_000_000  # pixels a phone's photos may make the laptop decode
# in `PHOTO_WINDOW_S`, read from each photo's header before decoding, stored or not: 34
# photos as the page sends them (2,400 x 2,400 at most), 16 of a 12-megapixel camera,
# 4 of `phone_photos.MAX_PIXELS`. Decoding takes 0.013 to 0.017 s a megapixel here (48
# megapixels: a blank PNG of 140 KB 0.6 s, cut short inside 0.45 s before failing, a
# progressive JPEG 0.8 s), so a phone keeps the decoder busy 2.5 to 3.4 s every 10
# minutes at most; by bytes alone, 290 of those cut PNGs fit a phone's 40 MB: 130 s
PHOTO_PIXELS_PER_ADDRESS = 2 * PHOTO_PIXELS_PER_PHONE  # all phones of one address


def photo_bytes_per_phone() -> RateLimiter:
    """`PHOTO_BYTES_PER_PHONE` bytes at once, refilled over `PHOTO_WINDOW_S`."""
    return RateLimiter(rate=PHOTO_BYTES_PER_PHONE / PHOTO_WINDOW_S, burst=PHOTO_BYTES_PER_PHONE)


def photo_bytes_per_address() -> RateLimiter:
    """`PHOTO_BYTES_PER_ADDRESS` bytes at once, refilled over `PHOTO_WINDOW_S`."""
    return RateLimiter(rate=PHOTO_BYTES_PER_ADDRESS / PHOTO_WINDOW_S, burst=PHOTO_BYTES_PER_ADDRESS)


def photo_pixels_per_phone() -> RateLimiter:
    """`PHOTO_PIXELS_PER_PHONE` pixels at once, refilled over `PHOTO_WINDOW_S`."""
    return RateLimiter(rate=PHOTO_PIXELS_PER_PHONE / PHOTO_WINDOW_S, burst=PHOTO_PIXELS_PER_PHONE)


def photo_pixels_per_address() -> RateLimiter:
    """`PHOTO_PIXELS_PER_ADDRESS` pixels at once, refilled over `PHOTO_WINDOW_S`."""
    return RateLimiter(
        rate=PHOTO_PIXELS_PER_ADDRESS / PHOTO_WINDOW_S, burst=PHOTO_PIXELS_PER_ADDRESS
    )


def upload_deadline_ms(started_ms: int, declared_bytes: int) -> int:
    """When an upload that started at `started_ms` and declared `declared_bytes` must be
    over: `UPLOAD_GRACE_S` plus its bytes at `MIN_UPLOAD_BYTES_PER_S`. With the bytes
    received so far instead, when the next ones must come (room/photo_upload.py
    `_Pace`)."""
    return started_ms + UPLOAD_GRACE_S * 1000 + declared_bytes * 1000 // MIN_UPLOAD_BYTES_PER_S


# -- quick polls answered from phones (issue 19) -----------------------------------------------
# An answer's text is bounded by domain/polls.py (`MAX_TEXT_CHARS` 500 for a text or the raw
# words, `MAX_WORD_CHARS` 40 an entry, `Poll.words_per_answer` 1 to 5 entries): 500
# characters are at most 6 KB of JSON (a character outside the BMP escaped as two \uXXXX),
# within `MAX_BODY_BYTES` with the poll's id around it.
MAX_ANSWER_RAW_CHARS = 2_000  # past this an answer's text is refused before it is cleaned
# (four times `polls.MAX_TEXT_CHARS`, as ideas: cleaning is linear, this bounds it)
POLL_ANSWERS_BURST = 8  # answers one phone may send at once: a person taps, changes their
# mind, taps again (the page sends the last tap only once the one before is answered)
POLL_ANSWERS_PER_S = 0.5  # then one every 2 s; each answer replaces the phone's last one,
# so a flood changes nothing but the laptop's writes


def poll_answers_per_phone() -> RateLimiter:
    """`POLL_ANSWERS_BURST` answers at once from one phone (its token), then one every
    1 / `POLL_ANSWERS_PER_S` s, on top of the phone's overall request rate."""
    return RateLimiter(rate=POLL_ANSWERS_PER_S, burst=POLL_ANSWERS_BURST)


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

"""Photos from phones over the room link (issue 19): the two calls a phone's page makes
for each photo, and the limits they count in.

`ask` (GET `api/photo?id=…&bytes=…&target=…`): before sending, the page asks whether it
may. The answer is "stored" when the laptop already has this photo (a retry after an
answer lost on a slow Wi-Fi: nothing is sent again), "send", or a refusal the page shows
(too big, too many photos waiting, the byte budget spent, photos closed). Asking first
matters: a refusal sent while a phone is still sending its body is often lost (the
browser sees the connection reset, not the answer).

`receive` (POST `api/photo`, `multipart/form-data` as a browser's `FormData` sends it:
`caption`, `target`, then the file `photo`; the page's upload id in `X-Upload-Id`, which
a page of another site cannot send without the room's consent): checked from its
headers (the same refusals), then read as a stream, never more than
`limits.MAX_PHOTO_FORM_BYTES`; at most `limits.MAX_UPLOADS_READ` bodies are read at once,
the others wait their turn with their connection open. The bytes are judged before any
decoding (`phone_photos.checked`: type, pixels, whole), decoded again in a worker thread
(`RoomSession.photo_decoder`: EXIF orientation applied, location and other metadata
left out), and written at once for review (`RoomSession.store_photo`). A photo is
stored once per phone and upload id (`Attachment.upload_key`): a retry answers
"stored", and so does a replay of a photo the facilitator hid (this link remembers the
keys it stored: a hidden photo does not come back to the review).

Each upload counts in the byte budgets of its phone and of its address
(`limits.PHOTO_BYTES_PER_PHONE`, `PHOTO_BYTES_PER_ADDRESS` over `PHOTO_WINDOW_S`), in the
uploads at once (`MAX_UPLOADS_PER_PHONE`, `MAX_UPLOADS_PER_ADDRESS`,
`MAX_UPLOADS_WAITING`), and must keep up `MIN_UPLOAD_BYTES_PER_S` on average from its
turn on, at every moment (the bytes received so far, not only the bytes declared: a
sender trickling a few bytes is cut after `UPLOAD_GRACE_S`), with no pause longer than
`UPLOAD_STALL_S` (the connection's deadline, enforced by the sweep). Its pixels, read
from its header before it is decoded, count in the pixel budgets of its phone and of
its address (`PHOTO_PIXELS_PER_PHONE`, `PHOTO_PIXELS_PER_ADDRESS`): decoding is what
costs the laptop, and a small file can hold many pixels, stored or not (a photo the
decoder then finds damaged costs as much). A phone removed while its photo was on its
way is refused (403 `removed`) and nothing is stored.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections import Counter
from collections.abc import Callable
from typing import Literal

from aiohttp import BodyPartReader, StreamReader, web

from facilitator.domain import phone_photos
from facilitator.domain.images import ImageError
from facilitator.domain.phone_photos import PhotoRefusedError
from facilitator.domain.records import OwnerKind
from facilitator.room import limits
from facilitator.room.connections import HANDLING, Connection, ConnectionGuard
from facilitator.room.session import RoomError, RoomSession

CHUNK_BYTES = 64 * 1024  # read at a time from the body
FIELD_BYTES = limits.MAX_CAPTION_CHARS * 4 * 4  # a caption of 4-byte characters, 4 times over:
# what is cleaned and judged by `RoomSession.photo_caption`; past it, read no further
# (413 `caption_too_long`, as the page's field says it)
FACILITATOR_KEY = "\x00facilitator"  # the facilitator's phone in the per-phone counts (no
# token ever looks like this)

Result = Literal["stored", "pending", "saved_later"]


class PhotoUploads:
    """The photos being received by one room link, and their limits."""

    def __init__(self, session: RoomSession, connections: ConnectionGuard) -> None:
        self.session = session
        self.connections = connections
        self.bytes_per_phone = limits.photo_bytes_per_phone()
        self.bytes_per_address = limits.photo_bytes_per_address()
        self.pixels_per_phone = limits.photo_pixels_per_phone()
        self.pixels_per_address = limits.photo_pixels_per_address()
        self.active: dict[str, tuple[str, str]] = {}  # upload key -> (phone, address)
        self.by_phone: Counter[str] = Counter()
        self.by_address: Counter[str] = Counter()
        self.stored = 0  # photos written for review (the tests and the bench look)
        # The upload keys of the photos this link stored: a photo the facilitator hid (its
        # row deleted) and sent again with its id, a phone's retry or a replay, is
        # "stored" again, not a new photo back in the review. A few thousand keys at
        # most (the byte budgets bound a link's photos).
        self.received: set[str] = set()
        self.facilitator_photos = 0  # of which from the facilitator's own page
        self.most_reading = 0  # the most bodies read at once (the tests look)
        self.reading_now = 0
        self._turns: asyncio.Semaphore | None = None
        self._decoder: concurrent.futures.ThreadPoolExecutor | None = None

    def close(self) -> None:
        """The link stops: photos waiting to be decoded are dropped (their phones were not
        told "stored" and will send them again to the next link)."""
        if self._decoder is not None:
            self._decoder.shutdown(wait=False, cancel_futures=True)
            self._decoder = None

    # -- the two calls -----------------------------------------------------------------
    async def ask(self, request: web.Request, *, facilitator: bool) -> web.Response:
        """May this phone send this photo now? {"result": "stored" | "send"}, or a
        refusal (see the module's docstring)."""
        sender, digest = self._sender(request, facilitator=facilitator)
        key = _key(digest, request.query.get("id", ""))
        if self._stored(key):
            return web.json_response({"result": "stored"})
        if key in self.active:
            raise RoomError(409, "photo_in_progress")
        size = _number(request.query.get("bytes", ""))
        if size > limits.MAX_PHOTO_BYTES:
            raise RoomError(413, "photo_too_big")
        self.session.photo_owner(request.query.get("target", "board"))
        self.session.check_photo_room(sender, facilitator=facilitator)
        self._check_budgets(self._phone(request, facilitator), _address(request), size, take=False)
        return web.json_response({"result": "send"})

    async def receive(self, request: web.Request, *, facilitator: bool) -> web.Response:
        """Receive, check, decode and store one photo: 201 {"result": "pending"} (on disk,
        waiting for review), 202 "saved_later" (kept in memory: the disk refused), 200
        "stored" (already stored: a retry), or a refusal."""
        session = self.session
        sender, digest = self._sender(request, facilitator=facilitator)
        key = _key(digest, request.headers.get("X-Upload-Id", ""))
        if self._stored(key):
            return web.json_response({"result": "stored"})
        phone, address = self._phone(request, facilitator), _address(request)
        if key in self.active or self.by_phone[phone] >= limits.MAX_UPLOADS_PER_PHONE:
            raise RoomError(409, "photo_in_progress")
        length = request.content_length
        if length is None:  # a browser's FormData always says how long it is
            raise RoomError(411, "bad_request")
        if length > limits.MAX_PHOTO_FORM_BYTES:
            raise RoomError(413, "photo_too_big")
        if request.content_type != "multipart/form-data":
            raise RoomError(415, "bad_request")
        if self.by_address[address] >= limits.MAX_UPLOADS_PER_ADDRESS:
            raise RoomError(429, "slow_down", "5")
        if len(self.active) >= limits.MAX_UPLOADS_WAITING:
            raise RoomError(503, "photo_busy")
        session.check_photo_room(sender, facilitator=facilitator)
        self._check_budgets(phone, address, length, take=True)
        self.active[key] = (phone, address)
        self.by_phone[phone] += 1
        self.by_address[address] += 1
        try:
            result = await self._receive(
                request, key, sender, (phone, address), length, facilitator=facilitator
            )
        finally:
            del self.active[key]
            for counter, name in ((self.by_phone, phone), (self.by_address, address)):
                counter[name] -= 1
                if counter[name] <= 0:
                    del counter[name]
        status = {"stored": 200, "pending": 201, "saved_later": 202}[result]
        return web.json_response({"result": result}, status=status)

    # -- the parts of `receive` ---------------------------------------------------------
    async def _receive(
        self,
        request: web.Request,
        key: str,
        sender: str,
        who: tuple[str, str],
        length: int,
        *,
        facilitator: bool,
    ) -> Result:
        session = self.session
        connection = request.protocol if isinstance(request.protocol, Connection) else None
        if connection is not None:  # waiting for its turn: no deadline (others' bound it)
            self.connections.mark(connection, HANDLING)
        if self._turns is None:
            self._turns = asyncio.Semaphore(limits.MAX_UPLOADS_READ)
        async with self._turns:
            self.reading_now += 1
            self.most_reading = max(self.most_reading, self.reading_now)
            try:
                caption, target, photo = await self._read_form(request, connection, length)
            finally:
                self.reading_now -= 1
                if connection is not None:
                    self.connections.mark(connection, HANDLING)
            caption = session.photo_caption(caption)
            session.photo_owner(target)
            try:
                info = phone_photos.checked(photo)
            except PhotoRefusedError as refusal:
                raise RoomError(refusal.status, refusal.key, refusal.detail) from refusal
            self._check_pixels(*who, info.pixels)
            data, width, height = await self._decoded(photo)
        if self._stored(key):  # what may have changed while it was decoded
            return "stored"
        token = request.headers.get("X-Participant", "")
        if not facilitator:  # removed while its photo was on its way: nothing stored
            session.participant(token)
        owner: tuple[OwnerKind, str] = session.photo_owner(target)
        session.check_photo_room(sender, facilitator=facilitator)
        durable = session.store_photo(
            owner, data=data, width=width, height=height, caption=caption, sender=sender, key=key
        )
        self.received.add(key)
        self.stored += 1
        if facilitator:
            self.facilitator_photos += 1
        else:
            session.participant(token).photos += 1
        return "pending" if durable else "saved_later"

    async def _read_form(
        self, request: web.Request, connection: Connection | None, length: int
    ) -> tuple[str, str, bytes]:
        """The form's caption, target and photo bytes, read as they come. Refused: 400
        (not such a form: another field, a field twice, no photo, text that is not
        UTF-8), 413 `photo_too_big`, `caption_too_long`, 408 (too slow: cut by the
        sweep, see `_Pace`)."""
        pace = _Pace(self.session.host.now_ms, connection, request.content, length)
        pace.keep_up()  # from its turn on, the body must come
        fields: dict[str, bytes] = {}
        try:
            reader = await request.multipart()
            while True:
                part = await reader.next()
                if part is None:
                    break
                if not isinstance(part, BodyPartReader) or part.name in fields:
                    raise RoomError(400, "bad_request")
                name = part.name or ""
                if name not in ("caption", "target", "photo"):
                    raise RoomError(400, "bad_request")
                fields[name] = await _read_part(part, name, pace)
        except RoomError:
            raise
        except ConnectionError as error:  # closed by the sweep: too slow, or gone
            raise RoomError(408, "bad_request") from error
        except Exception as error:  # a malformed form, whatever aiohttp's parser raised
            raise RoomError(400, "bad_request") from error
        if "photo" not in fields:
            raise RoomError(400, "photo_empty")
        try:
            caption = fields.get("caption", b"").decode("utf-8")
            target = fields.get("target", b"board").decode("utf-8")
        except UnicodeDecodeError as error:
            raise RoomError(400, "bad_request") from error
        return caption, target, fields["photo"]

    async def _decoded(self, photo: bytes) -> tuple[bytes, int, int]:
        """The photo decoded again and re-encoded by the Qt layer, in a worker thread."""
        decoder = self.session.photo_decoder
        if decoder is None:
            raise RoomError(409, "photos_closed")
        if self._decoder is None:
            self._decoder = concurrent.futures.ThreadPoolExecutor(
                max_workers=limits.PHOTO_DECODERS, thread_name_prefix="room-photos"
            )
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._decoder, decoder, photo)
        except ImageError as error:
            if error.too_large:
                raise RoomError(413, "photo_too_large") from error
            raise RoomError(422, "photo_damaged", error.reason) from error
        except RuntimeError as error:  # the link stopped: the executor is shut down
            raise RoomError(410, "closed") from error

    def _stored(self, key: str) -> bool:
        """Whether the photo of upload key `key` was stored: in the workshop now, or by
        this link (then hidden)."""
        if key in self.received:
            return True
        return phone_photos.stored_upload(self.session.host.workshop(), key) is not None

    # -- who, and how much ---------------------------------------------------------------
    def _sender(self, request: web.Request, *, facilitator: bool) -> tuple[str, str]:
        token = request.headers.get("X-Participant", "")
        if not facilitator:
            self.session.participant(token, _address(request))  # a known phone comes back
        return self.session.photo_sender(token, facilitator=facilitator)

    @staticmethod
    def _phone(request: web.Request, facilitator: bool) -> str:
        return FACILITATOR_KEY if facilitator else request.headers.get("X-Participant", "")

    def _check_budgets(self, phone: str, address: str, size: int, *, take: bool) -> None:
        """Refused (429 `slow_down`, with the seconds to wait) when the phone's or the
        address's byte budget has less than `size` left; taken from both when `take`."""
        now = self.session.host.now_ms()
        for budget, name in ((self.bytes_per_phone, phone), (self.bytes_per_address, address)):
            if not budget.ready(name, now, size):
                raise RoomError(429, "slow_down", str(budget.wait_s(name, size)))
        if take:
            self.bytes_per_phone.allow(phone, now, size)
            self.bytes_per_address.allow(address, now, size)

    def _check_pixels(self, phone: str, address: str, pixels: int) -> None:
        """Take `pixels` (a photo about to be decoded, from its header) from the pixel
        budgets of its phone and of its address; refused (429 `slow_down`, with the
        seconds to wait) when either has less left, and nothing is taken."""
        now = self.session.host.now_ms()
        budgets = ((self.pixels_per_phone, phone), (self.pixels_per_address, address))
        for budget, name in budgets:
            if not budget.ready(name, now, pixels):
                raise RoomError(429, "slow_down", str(budget.wait_s(name, pixels)))
        for budget, name in budgets:
            budget.allow(name, now, pixels)


class _Pace:
    """How long an upload may take, from its turn on (`started_ms`): the connection's
    deadline, moved on each time bytes come, is the earliest of
    - `limits.upload_deadline_ms` of the bytes declared (the whole body by then);
    - `limits.upload_deadline_ms` of the bytes received so far: the next bytes must come
      before the average since its turn falls under `MIN_UPLOAD_BYTES_PER_S` (so a
      sender trickling a few bytes, which the stall alone let hold a turn for the 6
      minutes a 6 MB body may take, is cut `UPLOAD_GRACE_S` after its turn began);
    - `UPLOAD_STALL_S` from now (a pause, even for a sender ahead of the average)."""

    def __init__(
        self,
        clock: Callable[[], int],
        connection: Connection | None,
        body: StreamReader,
        declared_bytes: int,
    ) -> None:
        self.clock = clock
        self.connection = connection
        self.body = body
        self.started_ms = clock()
        self.deadline_ms = limits.upload_deadline_ms(self.started_ms, declared_bytes)

    def keep_up(self) -> None:
        """Move the connection's deadline on, from the bytes received until now."""
        if self.connection is None:
            return
        received = limits.upload_deadline_ms(self.started_ms, self.body.total_bytes)
        stall = self.clock() + limits.UPLOAD_STALL_S * 1000
        self.connection.deadline_ms = min(self.deadline_ms, received, stall)


async def _read_part(part: BodyPartReader, name: str, pace: _Pace) -> bytes:
    """One part's bytes, at most `limits.MAX_PHOTO_BYTES` for the photo (413
    `photo_too_big` past it), `FIELD_BYTES` for the caption (413 `caption_too_long`) and
    the target (400). Each chunk received moves the connection's deadline on (`_Pace`)."""
    limit, too_long = {
        "photo": (limits.MAX_PHOTO_BYTES, RoomError(413, "photo_too_big")),
        "caption": (FIELD_BYTES, RoomError(413, "caption_too_long")),
    }.get(name, (FIELD_BYTES, RoomError(400, "bad_request")))
    data = bytearray()
    while True:
        pace.keep_up()
        chunk = await part.read_chunk(CHUNK_BYTES)
        if not chunk:
            return bytes(data)
        data += chunk
        if len(data) > limit:
            raise too_long


def _key(digest: str, upload_id: str) -> str:
    try:
        return phone_photos.upload_key(digest, upload_id)
    except ValueError as error:
        raise RoomError(400, "bad_request") from error


def _number(text: str) -> int:
    if not text.isascii() or not text.isdigit() or len(text) > 12:
        raise RoomError(400, "bad_request")
    return int(text)


def _address(request: web.Request) -> str:
    return request.remote or "?"

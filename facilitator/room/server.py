"""The room link's small web server (aiohttp), run on the app's own asyncio loop.

It serves one page and four JSON calls, all under `/r/{code}/`: the join code is
checked on every request, each phone then also sends its token. Every request must name
this server in `Host` (no DNS rebinding) and, when a browser says where it comes from
(`Origin`, `Sec-Fetch-Site`), come from the room's own page (no cross-site request);
calls that send something must send JSON, but for a photo (issue 19: `photo_upload`), a
form with the page's upload id in a header, which no page of another site can add. The
facilitator's own page, `/f/{facilitator code}/`, sends photos only; its code is
compared like a join code and never projected. Connections are counted and timed
(`connections`), bodies are bounded, each phone and each address is rate limited (429
with Retry-After), wrong join codes are limited per address and for the whole room,
every answer forbids caching and framing and names no server version, and the page
may load nothing from elsewhere. Nothing here touches the file system: the page is
built in memory.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

from aiohttp import web

from facilitator.room import limits
from facilitator.room.codes import normalised, same_code
from facilitator.room.connections import (
    HANDLING,
    IDLE,
    Connection,
    ConnectionGuard,
    GuardedSite,
    answer_headers,
    connection_cap,
    raise_descriptor_limit,
)
from facilitator.room.page import facilitator_page, participant_page, welcome_page
from facilitator.room.phone_polls import PhoneAnswer, PhonePolls
from facilitator.room.photo_upload import PhotoUploads
from facilitator.room.session import Participant, PhoneDots, RoomError, RoomSession
from facilitator.room.waiting_log import Waiting

DEFAULT_PORT = 8040
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
log = logging.getLogger(__name__)
T = TypeVar("T")


def _refusal(error: RoomError) -> web.Response:
    headers = {"Retry-After": error.detail} if error.status == 429 else None
    return web.json_response({"error": error.key}, status=error.status, headers=headers)


class Batch(Generic[T]):
    """What phones send while others are still sending (ideas onto the board or for
    review, phones that join, dots, answers to a poll) is written in one edit: one
    durable write for a room sending at once instead of one per phone, so the interface
    thread (which the loop shares) is not held by a queue of disk syncs (200 phones
    placing their dots at once held it 5.3 s). The write waits for a turn of the
    loop in which nothing more arrived, at most `limits.BATCH_WAIT_MS` after the first
    item. Each phone's answer waits for that write: its result says whether what it sent
    is on disk. `write` takes the items in arrival order and returns that; `clock`
    gives seconds (the loop's clock by default; tests give theirs)."""

    def __init__(
        self, write: Callable[[list[T]], bool], clock: Callable[[], float] | None = None
    ) -> None:
        self._write_all = write
        self._clock = clock
        self._waiting: list[tuple[T, asyncio.Future[bool]]] = []
        self._arrived = False  # something came since the last turn looked
        self._first = 0.0  # when the oldest waiting item came (the loop's clock)
        self.writes = 0  # how many edits the batches made (the tests look)

    def add(self, item: T) -> asyncio.Future[bool]:
        """The item's future: True once on disk, False when kept in memory only."""
        loop = asyncio.get_running_loop()
        written: asyncio.Future[bool] = loop.create_future()
        if not self._waiting:
            self._first = self._now(loop)
            loop.call_soon(self._turn)
        self._waiting.append((item, written))
        self._arrived = True
        return written

    def _turn(self) -> None:
        """Write now, unless more came in the turn just gone and the oldest item has
        waited less than `BATCH_WAIT_MS`: then look again next turn."""
        loop = asyncio.get_running_loop()
        if self._arrived and self._now(loop) - self._first < limits.BATCH_WAIT_MS / 1000:
            self._arrived = False
            loop.call_soon(self._turn)
            return
        self._write()

    def _now(self, loop: asyncio.AbstractEventLoop) -> float:
        return self._clock() if self._clock is not None else loop.time()

    def _write(self) -> None:
        batch, self._waiting = self._waiting, []
        self._arrived = False
        try:
            durable = self._write_all([item for item, _ in batch])
        except Exception as error:  # each phone gets the refusal, or the fault
            for _, written in batch:
                if not written.done():
                    written.set_exception(error)
            return
        self.writes += 1
        for _, written in batch:
            if not written.done():
                written.set_result(durable)


class RoomServer:
    """Started and stopped by the facilitator; listens only on the address given."""

    def __init__(self, session: RoomSession) -> None:
        self.session = session
        self._runner: web.AppRunner | None = None
        self._sweeper: asyncio.TimerHandle | None = None
        self.url = ""
        self.port = 0
        self.per_phone = limits.RateLimiter(rate=4, burst=12)
        self.per_address = limits.RateLimiter(rate=40, burst=120)
        self.joins = limits.joins_per_address()
        self.ideas_per_address = limits.ideas_per_address()
        self.failed_codes = limits.FailedCodes()
        self.connections = ConnectionGuard(session.host.now_ms)
        self.refused = 0  # requests refused (bad code, limits): the facilitator may look
        self.ideas: Batch[tuple[str, str]] = Batch(self._write_ideas)
        self.waiting: Batch[Waiting] = Batch(session.log_waiting)  # ideas for review
        self.dots: Batch[PhoneDots] = Batch(session.store_dots)
        self.phones: Batch[Participant] = Batch(session.store_phones)
        self.photos = PhotoUploads(session, self.connections)  # photos from phones (issue 19)
        self.polls = PhonePolls(session)  # quick polls answered from phones (issue 19)
        self.poll_answers = limits.poll_answers_per_phone()
        self.answers: Batch[PhoneAnswer] = Batch(self.polls.store)
        self._hosts: frozenset[str] = frozenset()
        self._origins: frozenset[str] = frozenset()

    def _write_ideas(self, ideas: list[tuple[str, str]]) -> bool:
        durable = self.session.add_ideas(ideas)
        if not durable:
            self.session.saved_later += len(ideas)
        return durable

    # -- life -------------------------------------------------------------------------
    async def start(self, host: str, port: int = DEFAULT_PORT) -> str:
        """Listen on `host` (the interface the facilitator chose); returns the address
        to show. Falls back to a free port when `port` is taken. The connection cap is
        computed now, from the descriptors the process may still open once its soft
        limit is raised towards what `limits.MAX_CONNECTIONS` needs."""
        app = web.Application(client_max_size=limits.MAX_BODY_BYTES, middlewares=[self._guard])
        app.on_response_prepare.append(answer_headers)
        app.router.add_get("/", self._welcome)
        app.router.add_get("/go", self._go)
        app.router.add_get("/r/{code}", self._page)
        app.router.add_get("/r/{code}/", self._page)
        app.router.add_post("/r/{code}/api/join", self._join)
        app.router.add_get("/r/{code}/api/state", self._state)
        app.router.add_post("/r/{code}/api/idea", self._idea)
        app.router.add_post("/r/{code}/api/dots", self._dots)
        app.router.add_get("/r/{code}/api/photo", self._ask_photo)
        app.router.add_post("/r/{code}/api/photo", self._photo)
        app.router.add_get("/f/{facilitator}", self._facilitator_page)
        app.router.add_get("/f/{facilitator}/", self._facilitator_page)
        app.router.add_get("/f/{facilitator}/api/state", self._facilitator_state)
        app.router.add_get("/f/{facilitator}/api/photo", self._ask_photo)
        app.router.add_post("/f/{facilitator}/api/photo", self._photo)
        app.router.add_post("/r/{code}/api/poll", self._poll)
        runner = web.AppRunner(
            app, access_log=None, handle_signals=False, shutdown_timeout=limits.STOP_GRACE_S
        )
        await runner.setup()
        loop = asyncio.get_running_loop()
        handler = runner.server
        assert handler is not None
        raise_descriptor_limit()
        self.connections.total = min(self.connections.total, connection_cap())

        def connection() -> Connection:
            return Connection(
                handler,
                self.connections,
                loop=loop,
                keepalive_timeout=limits.IDLE_TIMEOUT_S,
                max_line_size=limits.MAX_REQUEST_LINE_BYTES,
                max_field_size=limits.MAX_HEADER_FIELD_BYTES,
                max_headers=limits.MAX_HEADERS,
                lingering_time=limits.LINGER_S,
                auto_decompress=False,  # compressed bodies are refused (415), not inflated
                access_log=None,
            )

        try:
            site = GuardedSite(runner, host, port, connection)
            await site.start()
        except OSError:
            site = GuardedSite(runner, host, 0, connection)
            try:
                await site.start()
            except BaseException:
                await runner.cleanup()
                raise
        self._runner = runner
        self.port = site.port
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{self.port}"
        names = {f"{shown}:{self.port}".lower()}
        if self.port == 80:
            names.add(shown.lower())
        if host.startswith("127.") or host == "::1":
            names.add(f"localhost:{self.port}")
        self._hosts = frozenset(names)
        self._origins = frozenset(f"http://{name}" for name in names)
        self._sweeper = loop.call_later(limits.SWEEP_INTERVAL_S, self._sweep)
        return self.url

    def _sweep(self) -> None:
        self.connections.sweep()
        if self._runner is not None:
            loop = asyncio.get_running_loop()
            self._sweeper = loop.call_later(limits.SWEEP_INTERVAL_S, self._sweep)

    @property
    def running(self) -> bool:
        return self._runner is not None

    async def stop(self) -> None:
        """Close the link for good: refuse everything, then stop listening."""
        self.session.close()
        self.photos.close()
        if self._sweeper is not None:
            self._sweeper.cancel()
            self._sweeper = None
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    def join_url(self) -> str:
        return f"{self.url}/r/{self.session.code}"

    def facilitator_url(self) -> str:
        """The facilitator's own page (photos from the facilitator's phone): shown only on
        the laptop, never projected."""
        return f"{self.url}/f/{self.session.facilitator_code}"

    # -- guarding every request --------------------------------------------------------
    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        connection = request.protocol if isinstance(request.protocol, Connection) else None
        if connection is not None and not request.can_read_body:
            self.connections.mark(connection, HANDLING)  # all of it arrived
        try:
            return await self._answer(request, handler)  # its headers: `answer_headers`
        finally:
            if connection is not None:
                self.connections.mark(connection, IDLE)

    async def _answer(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        now = self.session.host.now_ms()
        address = request.remote or "?"
        try:
            self._check_origin(request)
            if not self.per_address.allow(address, now):
                raise RoomError(429, "slow_down", str(self.per_address.wait_s(address)))
            code = request.match_info.get("code")
            token = request.headers.get("X-Participant", "")
            if code is not None:
                self._check_code(code, token, address, now)
            facilitator = request.match_info.get("facilitator")
            if facilitator is not None:
                self._check_facilitator_code(facilitator, address, now)
            if token and not self.per_phone.allow(token, now):
                raise RoomError(429, "slow_down", str(self.per_phone.wait_s(token)))
            if (
                request.method == "POST"
                and request.content_type != "application/json"
                and not _photo_form(request)
            ):
                raise RoomError(415, "bad_request")  # a cross-site form cannot send JSON
            if request.headers.get("Content-Encoding", "identity").lower() != "identity":
                raise RoomError(415, "bad_request")  # the page never compresses
            return await handler(request)
        except RoomError as error:
            self.refused += 1
            if request.path.startswith(("/r/", "/f/")) and "/api/" not in request.path:
                response = _html(welcome_page(self.session.language, problem=error.key))
                response.set_status(error.status)
                return response
            return _refusal(error)
        except web.HTTPException as error:  # too large a body, unknown path, wrong method
            self.refused += 1
            return web.json_response({"error": "bad_request"}, status=error.status)
        except Exception:  # a fault of ours: logged, answered without details
            log.exception("room link: a request failed")
            return web.json_response({"error": "bad_request"}, status=500)

    def _check_origin(self, request: web.Request) -> None:
        """`Host` must name this server (a page elsewhere whose name points here, DNS
        rebinding, is refused); a browser's `Origin` and `Sec-Fetch-Site`, when sent,
        must say the room's own page (a cross-site request is refused). Following a
        link or a QR code to the room's page is a navigation, allowed from anywhere."""
        if request.headers.get("Host", "").lower() not in self._hosts:
            raise RoomError(421, "bad_host")
        origin = request.headers.get("Origin")
        if origin is not None and origin.lower() not in self._origins:
            raise RoomError(403, "cross_site")
        site = request.headers.get("Sec-Fetch-Site")
        mode = request.headers.get("Sec-Fetch-Mode")
        navigation = request.method == "GET" and mode == "navigate"
        if site is not None and site not in ("same-origin", "none") and not navigation:
            raise RoomError(403, "cross_site")

    def _check_code(self, code: str, token: str, address: str, now: int) -> None:
        """A joined phone's code is compared; anyone else's only while the limits on
        wrong codes allow (429 otherwise, without comparing)."""
        session = self.session
        if not session.is_open:
            raise RoomError(410, "closed")
        if token in session.participants and same_code(code, session.code):
            return
        wait = self.failed_codes.wait_s(address, now)
        if wait:
            raise RoomError(429, "slow_down", str(wait))
        try:
            session.check(code)
        except RoomError as error:
            if error.key == "bad_code":
                self.failed_codes.failed(address, now)
            raise
        self.failed_codes.succeeded(address)

    def _check_facilitator_code(self, code: str, address: str, now: int) -> None:
        """The facilitator's own page's code, compared only while the limits on wrong
        codes allow, as a join code is (a wrong one counts against the address)."""
        session = self.session
        if not session.is_open:
            raise RoomError(410, "closed")
        wait = self.failed_codes.wait_s(address, now)
        if wait:
            raise RoomError(429, "slow_down", str(wait))
        if not same_code(code, session.facilitator_code):
            self.failed_codes.failed(address, now)
            raise RoomError(403, "bad_code")
        self.failed_codes.succeeded(address)

    async def _body(self, request: web.Request) -> dict[str, Any]:
        """The JSON object sent; anything else is a clear 400 (deep nesting included:
        json's recursion limit)."""
        try:
            raw = await request.read()
        except web.RequestPayloadError as error:  # a malformed chunk or encoding
            raise RoomError(400, "bad_request") from error
        except ConnectionError as error:  # closed by the sweep: too slow
            raise RoomError(408, "bad_request") from error
        finally:
            if isinstance(request.protocol, Connection):
                self.connections.mark(request.protocol, HANDLING)
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError) as error:
            raise RoomError(400, "bad_request") from error
        if not isinstance(data, dict):
            raise RoomError(400, "bad_request")
        return data

    # -- the calls ---------------------------------------------------------------------
    async def _welcome(self, _request: web.Request) -> web.Response:
        return _html(welcome_page(self.session.language))

    async def _go(self, request: web.Request) -> web.Response:
        """The welcome page's form: the code typed, on to the room's page."""
        code = normalised(request.query.get("code", ""))[:20]
        if not code.isalnum() or not code.isascii():
            return _html(welcome_page(self.session.language, problem="bad_code"))
        return web.Response(status=303, headers={"Location": f"/r/{code}"})

    async def _page(self, _request: web.Request) -> web.Response:
        return _html(participant_page(self.session.language))

    # -- photos from phones (issue 19: `photo_upload`) -----------------------------------
    async def _ask_photo(self, request: web.Request) -> web.Response:
        facilitator = "facilitator" in request.match_info
        return await self.photos.ask(request, facilitator=facilitator)

    async def _photo(self, request: web.Request) -> web.Response:
        facilitator = "facilitator" in request.match_info
        return await self.photos.receive(request, facilitator=facilitator)

    async def _facilitator_page(self, _request: web.Request) -> web.Response:
        return _html(facilitator_page(self.session.language))

    async def _facilitator_state(self, _request: web.Request) -> web.Response:
        """What the facilitator's own page shows: where photos go, how many it sent."""
        return web.json_response(
            {"photos": self.session.photo_targets(), "sent": self.photos.facilitator_photos}
        )

    async def _join(self, request: web.Request) -> web.Response:
        address = request.remote or "?"
        now = self.session.host.now_ms()
        if not self.joins.allow(address, now):
            raise RoomError(429, "slow_down", str(self.joins.wait_s(address)))
        body = await self._body(request)
        joined = self.session.admit(_text(body, "name"), address)
        await self.phones.add(joined)  # kept in memory when the disk refuses: joined all the same
        return web.json_response({"token": joined.token}, status=201)

    async def _state(self, request: web.Request) -> web.Response:
        token = request.headers.get("X-Participant", "")
        who = self.session.participant(token, request.remote or "?")  # a known phone comes back
        shown = self.session.state(token)
        shown["poll"] = self.polls.shown(who)
        return web.json_response(shown)

    async def _idea(self, request: web.Request) -> web.Response:
        address = request.remote or "?"
        now = self.session.host.now_ms()
        body = await self._body(request)
        token = request.headers.get("X-Participant", "")
        self.session.participant(token, address)  # an unknown phone is told so, not slowed
        if not self.ideas_per_address.allow(address, now):
            raise RoomError(429, "slow_down", str(self.ideas_per_address.wait_s(address)))
        idea = self.session.receive_idea(token, _text(body, "text"), _text(body, "name"))
        if isinstance(idea, Waiting):
            if await self.waiting.add(idea):
                return web.json_response({"result": "pending"}, status=201)
            self.session.saved_later += 1
        elif await self.ideas.add(idea):
            return web.json_response({"result": "added"}, status=201)
        return web.json_response({"result": "saved_later"}, status=202)

    async def _dots(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        token = request.headers.get("X-Participant", "")
        self.session.participant(token, request.remote or "?")  # a known phone comes back
        raw = body.get("dots")
        if not isinstance(raw, dict) or len(raw) > 500:
            raise RoomError(400, "bad_request")
        dots: dict[str, int] = {}
        for option, count in raw.items():
            if not isinstance(count, int) or isinstance(count, bool) or abs(count) > 1000:
                raise RoomError(400, "bad_request")
            dots[str(option)[:64]] = count
        sent = self.session.receive_dots(token, dots)
        durable = await self.dots.add(sent)
        if sent.refusal is not None:
            raise sent.refusal
        if durable:
            return web.json_response({"result": "counted"})
        self.session.saved_later += 1
        return web.json_response({"result": "saved_later"}, status=202)

    async def _poll(self, request: web.Request) -> web.Response:
        """A phone's answer to the open poll: {"poll": id, "option": id} (scale, choice)
        or {"poll": id, "text": "..."} (words, text), replacing its earlier one. 200
        `answered` once on disk, 202 `saved_later` when kept in memory; refusals as
        `phone_polls` says, 429 past `limits.poll_answers_per_phone`."""
        body = await self._body(request)
        token = request.headers.get("X-Participant", "")
        self.session.participant(token, request.remote or "?")  # a known phone comes back
        now = self.session.host.now_ms()
        if not self.poll_answers.allow(token, now):
            raise RoomError(429, "slow_down", str(self.poll_answers.wait_s(token)))
        answer = self.polls.receive(
            token, body.get("poll"), body.get("option"), body.get("text", "")
        )
        durable = await self.answers.add(answer)
        if answer.refusal is not None:
            raise answer.refusal
        if durable:
            return web.json_response({"result": "answered"})
        self.session.saved_later += 1
        return web.json_response({"result": "saved_later"}, status=202)


def _photo_form(request: web.Request) -> bool:
    """A photo sent as the room's page sends it: a form to `api/photo` with the page's
    upload id in a header, which a page of another site cannot add without asking the
    room first (the browser's preflight, which the room never answers)."""
    return (
        request.path.endswith("/api/photo")
        and request.content_type == "multipart/form-data"
        and "X-Upload-Id" in request.headers
    )


def _text(body: dict[str, Any], key: str) -> str:
    value = body.get(key, "")
    if not isinstance(value, str):
        raise RoomError(400, "bad_request")
    return value


def _html(page: tuple[str, str]) -> web.Response:
    html, nonce = page
    response = web.Response(text=html, content_type="text/html")
    response.headers["Content-Security-Policy"] = _policy(nonce)
    return response


def _policy(nonce: str) -> str:
    return (
        "default-src 'none'; "
        f"script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
        "connect-src 'self'; img-src 'self' data: blob:; "  # blob: the chosen photo's preview
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )

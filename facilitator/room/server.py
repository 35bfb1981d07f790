"""The room link's small web server (aiohttp), run on the app's own asyncio loop.

It serves one page and four JSON calls, all under `/r/{code}/`: the join code is
checked on every request, each phone then also sends its token. Bodies are bounded,
each phone and each address is rate limited (429 with Retry-After), every answer
forbids caching and framing, and the page may load nothing from elsewhere. Nothing
here touches the file system: the page is built in memory.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from facilitator.room import limits
from facilitator.room.codes import normalised
from facilitator.room.page import participant_page, welcome_page
from facilitator.room.session import RoomError, RoomSession

DEFAULT_PORT = 8040
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _refusal(error: RoomError) -> web.Response:
    headers = {"Retry-After": error.detail} if error.status == 429 else None
    return web.json_response({"error": error.key}, status=error.status, headers=headers)


class IdeaBatch:
    """Ideas that arrive in the same turn of the loop go onto the board in one edit: one
    durable write for sixty phones sending at once instead of sixty, so the interface
    thread (which the loop shares) is not held by a queue of disk syncs. Each phone's
    answer waits for that write: 201 still means "on the board, on disk"."""

    def __init__(self, session: RoomSession) -> None:
        self.session = session
        self._waiting: list[tuple[tuple[str, str], asyncio.Future[None]]] = []
        self.writes = 0  # how many edits the batches made (the tests look)

    def add(self, idea: tuple[str, str]) -> asyncio.Future[None]:
        loop = asyncio.get_running_loop()
        written: asyncio.Future[None] = loop.create_future()
        if not self._waiting:
            loop.call_soon(self._write)
        self._waiting.append((idea, written))
        return written

    def _write(self) -> None:
        batch, self._waiting = self._waiting, []
        try:
            self.session.add_ideas([idea for idea, _ in batch])
        except Exception as error:  # each phone gets the refusal, or the fault
            for _, written in batch:
                if not written.done():
                    written.set_exception(error)
            return
        self.writes += 1
        for _, written in batch:
            if not written.done():
                written.set_result(None)


class RoomServer:
    """Started and stopped by the facilitator; listens only on the address given."""

    def __init__(self, session: RoomSession) -> None:
        self.session = session
        self._runner: web.AppRunner | None = None
        self.url = ""
        self.port = 0
        self.per_phone = limits.RateLimiter(rate=4, burst=12)
        self.per_address = limits.RateLimiter(rate=40, burst=120)
        self.refused = 0  # requests refused (bad code, limits): the facilitator may look
        self.ideas = IdeaBatch(session)

    # -- life -------------------------------------------------------------------------
    async def start(self, host: str, port: int = DEFAULT_PORT) -> str:
        """Listen on `host` (the interface the facilitator chose); returns the address
        to show. Falls back to a free port when `port` is taken."""
        app = web.Application(client_max_size=limits.MAX_BODY_BYTES, middlewares=[self._guard])
        app.router.add_get("/", self._welcome)
        app.router.add_get("/go", self._go)
        app.router.add_get("/r/{code}", self._page)
        app.router.add_get("/r/{code}/", self._page)
        app.router.add_post("/r/{code}/api/join", self._join)
        app.router.add_get("/r/{code}/api/state", self._state)
        app.router.add_post("/r/{code}/api/idea", self._idea)
        app.router.add_post("/r/{code}/api/dots", self._dots)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        try:
            site = web.TCPSite(runner, host, port, reuse_address=True)
            await site.start()
        except OSError:
            site = web.TCPSite(runner, host, 0)
            try:
                await site.start()
            except BaseException:
                await runner.cleanup()
                raise
        self._runner = runner
        server = site._server  # the bound socket: which port was given
        assert server is not None
        sockets = getattr(server, "sockets", None) or []
        self.port = int(sockets[0].getsockname()[1])
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{self.port}"
        return self.url

    @property
    def running(self) -> bool:
        return self._runner is not None

    async def stop(self) -> None:
        """Close the link for good: refuse everything, then stop listening."""
        self.session.close()
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    def join_url(self) -> str:
        return f"{self.url}/r/{self.session.code}"

    # -- guarding every request --------------------------------------------------------
    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        now = self.session.host.now_ms()
        address = request.remote or "?"
        try:
            if not self.per_address.allow(address, now):
                raise RoomError(429, "slow_down", str(self.per_address.wait_s(address)))
            code = request.match_info.get("code")
            if code is not None:
                self.session.check(code)
            token = request.headers.get("X-Participant", "")
            if token and not self.per_phone.allow(token, now):
                raise RoomError(429, "slow_down", str(self.per_phone.wait_s(token)))
            response = await handler(request)
        except RoomError as error:
            self.refused += 1
            if request.path.startswith("/r/") and "/api/" not in request.path:
                response = _html(welcome_page(self.session.language, problem=error.key))
                response.set_status(error.status)
            else:
                response = _refusal(error)
        except web.HTTPRedirection:
            raise
        except web.HTTPException as error:  # too large a body, unknown path, wrong method
            self.refused += 1
            response = web.json_response({"error": "bad_request"}, status=error.status)
        _secure(response)
        return response

    # -- the calls ---------------------------------------------------------------------
    async def _welcome(self, _request: web.Request) -> web.Response:
        return _html(welcome_page(self.session.language))

    async def _go(self, request: web.Request) -> web.Response:
        """The welcome page's form: the code typed, on to the room's page."""
        code = normalised(request.query.get("code", ""))[:20]
        if not code.isalnum():
            return _html(welcome_page(self.session.language, problem="bad_code"))
        raise web.HTTPSeeOther(f"/r/{code}")

    async def _page(self, _request: web.Request) -> web.Response:
        return _html(participant_page(self.session.language))

    async def _join(self, request: web.Request) -> web.Response:
        body = await _body(request)
        joined = self.session.join(_text(body, "name"))
        return web.json_response({"token": joined.token}, status=201)

    async def _state(self, request: web.Request) -> web.Response:
        token = request.headers.get("X-Participant", "")
        return web.json_response(self.session.state(token))

    async def _idea(self, request: web.Request) -> web.Response:
        body = await _body(request)
        token = request.headers.get("X-Participant", "")
        idea = self.session.receive_idea(token, _text(body, "text"), _text(body, "name"))
        if idea is None:
            return web.json_response({"result": "pending"}, status=201)
        await self.ideas.add(idea)
        return web.json_response({"result": "added"}, status=201)

    async def _dots(self, request: web.Request) -> web.Response:
        body = await _body(request)
        token = request.headers.get("X-Participant", "")
        raw = body.get("dots")
        if not isinstance(raw, dict) or len(raw) > 500:
            raise RoomError(400, "bad_request")
        dots: dict[str, int] = {}
        for option, count in raw.items():
            if not isinstance(count, int) or isinstance(count, bool) or abs(count) > 1000:
                raise RoomError(400, "bad_request")
            dots[str(option)[:64]] = count
        self.session.place_dots(token, dots)
        return web.json_response({"result": "counted"})


async def _body(request: web.Request) -> dict[str, Any]:
    """The JSON object sent; anything else is a clear 400."""
    try:
        data = await request.json(loads=json.loads)
    except (ValueError, UnicodeDecodeError) as error:
        raise RoomError(400, "bad_request") from error
    if not isinstance(data, dict):
        raise RoomError(400, "bad_request")
    return data


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
        "connect-src 'self'; img-src 'self' data:; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


def _secure(response: web.StreamResponse) -> None:
    headers = response.headers
    headers.setdefault("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"
    headers["Cache-Control"] = "no-store"
    headers["X-Frame-Options"] = "DENY"

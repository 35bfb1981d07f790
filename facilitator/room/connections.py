"""The room link's connections: how many, from whom, and for how long.

aiohttp bounds what one request carries but neither how many connections stay open nor
how long a client may take to send its headers: 1,100 half-sent requests exhausted a
1,024-descriptor process, and the workshop file could then not open its journal (issue
14 point 4). Here each connection is counted as it opens:

- past `MAX_CONNECTIONS_PER_ADDRESS` from its address, it is closed at once;
- past the total cap (`connection_cap`: `MAX_CONNECTIONS`, fewer when the process may
  open fewer descriptors, keeping `DESCRIPTOR_RESERVE` free for the workshop file), it
  takes the place of an idle or half-sent connection of the address that holds the most
  connections, if that address holds more than the newcomer's; otherwise it is closed;
- each connection has a deadline on the host's clock: `IDLE_TIMEOUT_S` while it sends
  nothing, `REQUEST_TIMEOUT_S` for a request's headers and body from their first byte,
  none while the room handles the request (a disk sync may take its time). A sweep every
  `SWEEP_INTERVAL_S` closes the connections past their deadline.

Every answer, the protocol's own (a malformed request) included, carries the security
headers and no `Server:` header (no version announced).
"""

from __future__ import annotations

import asyncio
import json
import socket
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from aiohttp import web

from facilitator.room import limits

IDLE, REQUEST, HANDLING = "idle", "request", "handling"


def descriptors_in_use() -> int:
    """How many descriptors the process has open now (0 where it cannot be known)."""
    for folder in ("/proc/self/fd", "/dev/fd"):
        try:
            return max(0, sum(1 for _ in Path(folder).iterdir()) - 1)  # less the listing's
        except OSError:
            continue
    return 0


def descriptors_wanted(configured: int = limits.MAX_CONNECTIONS) -> int:
    """The descriptors the process needs for `configured` connections: those in use
    now, the connections, two accept batches (`ACCEPT_BATCH`) and the reserve
    (`DESCRIPTOR_RESERVE`)."""
    return descriptors_in_use() + configured + 2 * limits.ACCEPT_BATCH + limits.DESCRIPTOR_RESERVE


def raise_descriptor_limit(configured: int = limits.MAX_CONNECTIONS) -> int:
    """Raise the process's soft RLIMIT_NOFILE to `descriptors_wanted(configured)` when it
    is lower and the hard limit allows (up to the hard limit; never lowered): macOS
    starts an app from the Finder with 256 descriptors (a cap of 121 connections in a
    bare Python process, fewer in the app: 60 phones' pages at most) and many Linux
    sessions with 1,024, although their hard limits allow far more. Returns the soft
    limit now (-1: unlimited, or Windows, which has none here). Descriptors above 1,024
    are safe here: Qt's socket notifiers (qasync's loop) poll, asyncio's selectors are
    epoll and kqueue, and nothing in the app uses select()'s fixed sets."""
    if sys.platform == "win32":
        return -1
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return -1
    wanted = descriptors_wanted(configured)
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    if wanted > soft:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
        except (ValueError, OSError):  # a hard limit the system lowered meanwhile
            return soft
        return wanted
    return soft


def connection_cap(configured: int = limits.MAX_CONNECTIONS) -> int:
    """The most connections to keep open: `configured`, or fewer when the process's
    soft RLIMIT_NOFILE leaves less than that once the descriptors in use, the reserve
    (`DESCRIPTOR_RESERVE`) and two accept batches (`ACCEPT_BATCH`) are set aside; never
    below `MIN_CONNECTIONS`. Windows has no such limit here: `configured`."""
    if sys.platform == "win32":
        return configured
    import resource

    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return configured
    free = soft - descriptors_in_use() - limits.DESCRIPTOR_RESERVE - 2 * limits.ACCEPT_BATCH
    return max(limits.MIN_CONNECTIONS, min(configured, free))


class QuietResponse(web.Response):
    """A response without the `Server:` header (for the protocol's own answers, which
    no application hook sees)."""

    async def _prepare_headers(self) -> None:
        await super()._prepare_headers()
        self.headers.popall("Server", None)


def secure(response: web.StreamResponse) -> None:
    """The headers every answer carries: no caching, no framing, no sniffing, no
    referrer, and a content policy that loads nothing (pages set their own)."""
    headers = response.headers
    headers.setdefault("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"
    headers["Cache-Control"] = "no-store"
    headers["X-Frame-Options"] = "DENY"


async def answer_headers(_request: web.Request, response: web.StreamResponse) -> None:
    """`on_response_prepare` hook, run for every answer of the application (those made
    outside the middlewares too: an unknown `Expect:`, an unknown path): the security
    headers, and not the `Server: Python/… aiohttp/…` that aiohttp adds."""
    secure(response)
    response.headers.popall("Server", None)


class Connection(web.RequestHandler):
    """aiohttp's request handler, counted and timed by a `ConnectionGuard`."""

    def __init__(self, manager: web.Server, guard: ConnectionGuard, **kwargs: Any) -> None:
        super().__init__(manager, **kwargs)
        self.guard = guard
        self.address = "?"
        self.state = IDLE
        self.since_ms = 0
        self.deadline_ms: int | None = None
        self.admitted = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        peer = transport.get_extra_info("peername")
        if isinstance(peer, tuple | list) and peer:
            self.address = str(peer[0])
        if not self.guard.admit(self):
            cast(asyncio.Transport, transport).abort()  # the descriptor is freed at once
            return
        self.admitted = True
        super().connection_made(transport)

    def connection_lost(self, exc: BaseException | None) -> None:
        self.guard.forget(self)
        if self.admitted:
            super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if data and self.state == IDLE:
            self.guard.mark(self, REQUEST)
        super().data_received(data)

    def log_exception(self, *args: Any, **kw: Any) -> None:
        """A malformed body found while dropping the unread rest of a refused request is
        the client's doing, not a fault of ours: logged for debugging only."""
        if isinstance(kw.get("exc_info"), web.RequestPayloadError):
            self.log_debug(*args, **kw)
            return
        super().log_exception(*args, **kw)

    def cut(self) -> None:
        """Close now, without flushing what is left to send."""
        transport = self.transport
        if transport is not None:
            transport.abort()

    def handle_error(
        self,
        request: web.BaseRequest,
        status: int = 500,
        exc: BaseException | None = None,
        message: str | None = None,
    ) -> web.StreamResponse:
        """A malformed request (aiohttp's parser refused it) or a fault: a short JSON
        answer with the security headers; only faults (5xx) are logged."""
        if request.writer.output_size > 0:
            raise ConnectionError("the answer was already being sent")
        if status >= 500:
            self.log_exception("Error handling request from %s", request.remote, exc_info=exc)
        response = QuietResponse(
            status=status,
            text=json.dumps({"error": "bad_request"}),
            content_type="application/json",
        )
        secure(response)
        response.force_close()
        return response


class ConnectionGuard:
    """Counts the open connections by address and closes those past their deadline.

    `total` and `per_address` may be changed while running (tests, a facilitator's
    setting); `now_ms` is the host's clock (tests set it, then call `sweep`)."""

    def __init__(
        self,
        now_ms: Callable[[], int],
        *,
        total: int = limits.MAX_CONNECTIONS,
        per_address: int = limits.MAX_CONNECTIONS_PER_ADDRESS,
    ) -> None:
        self.now_ms = now_ms
        self.total = total
        self.per_address = per_address
        self.open: dict[Connection, None] = {}  # in the order they opened
        self.by_address: Counter[str] = Counter()
        self.refused = 0  # closed at once: their address or the room was full
        self.evicted = 0  # closed to make room for a connection from a quieter address
        self.timed_out = 0  # closed by the sweep: idle, or too slow to send a request

    def admit(self, connection: Connection) -> bool:
        """Count `connection` in, making room if needed; False: close it at once."""
        mine = self.by_address[connection.address]
        if mine >= self.per_address:
            self.refused += 1
            return False
        if len(self.open) >= self.total:
            victim = self._victim(mine)
            if victim is None:
                self.refused += 1
                return False
            self.forget(victim)
            victim.cut()
            self.evicted += 1
        self.open[connection] = None
        self.by_address[connection.address] += 1
        self.mark(connection, IDLE)
        return True

    def _victim(self, newcomer_holds: int) -> Connection | None:
        """The idle or half-sent connection of the address holding the most (the oldest
        of them), if that address holds more than the newcomer's."""
        best: Connection | None = None
        best_key = (newcomer_holds, 0)
        for connection in self.open:
            if connection.state == HANDLING:
                continue
            key = (self.by_address[connection.address], -connection.since_ms)
            if key[0] > newcomer_holds and (best is None or key > best_key):
                best, best_key = connection, key
        return best

    def forget(self, connection: Connection) -> None:
        if connection in self.open:
            del self.open[connection]
            self.by_address[connection.address] -= 1
            if self.by_address[connection.address] <= 0:
                del self.by_address[connection.address]

    def mark(self, connection: Connection, state: str) -> None:
        """`connection` is now idle, receiving a request, or being handled."""
        now = self.now_ms()
        connection.state = state
        connection.since_ms = now
        if state == IDLE:
            connection.deadline_ms = now + limits.IDLE_TIMEOUT_S * 1000
        elif state == REQUEST:
            connection.deadline_ms = now + limits.REQUEST_TIMEOUT_S * 1000
        else:
            connection.deadline_ms = None

    def sweep(self) -> int:
        """Close the connections past their deadline; returns how many."""
        now = self.now_ms()
        late = [c for c in self.open if c.deadline_ms is not None and c.deadline_ms <= now]
        for connection in late:
            self.forget(connection)
            connection.cut()
        self.timed_out += len(late)
        return len(late)


class GuardedSite(web.BaseSite):
    """A TCP site whose connections are `Connection`s (aiohttp's `TCPSite` makes its
    own handlers, with no way to count them)."""

    def __init__(
        self,
        runner: web.BaseRunner,
        host: str,
        port: int,
        factory: Callable[[], Connection],
    ) -> None:
        super().__init__(runner, backlog=limits.ACCEPT_BATCH)
        self.host = host
        self.port = port
        self.factory = factory

    @property
    def name(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        """Listen (raises `OSError` if the address cannot be had). asyncio uses one
        figure for the kernel's queue and for how many it accepts in one turn: the
        socket is ours, so the queue is set apart (`LISTEN_BACKLOG`, `ACCEPT_BATCH`)."""
        await super().start()
        loop = asyncio.get_running_loop()
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        listening = socket.create_server((self.host, self.port), family=family)
        try:
            server = await loop.create_server(
                self.factory, sock=listening, backlog=limits.ACCEPT_BATCH
            )
        except BaseException:
            listening.close()
            raise
        listening.listen(limits.LISTEN_BACKLOG)  # after asyncio's own listen(ACCEPT_BATCH)
        self._server = server
        self.port = int(listening.getsockname()[1])

"""Fuzzing the room link's requests (hypothesis): random methods, paths, headers and
bodies, and valid requests with random bytes changed, sent over raw sockets to a room
link on a real workshop file (its own thread and loop, as in the app).

Every answer must be a refusal or a success, never a fault (500) and never without the
security headers or with a `Server:` header; the server must log no error and still
serve a phone afterwards. The long run (`--long`) tries 10,000 cases of each.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain.records import Board, VoteSession
from facilitator.room import limits
from facilitator.room.server import RoomServer
from facilitator.room.session import RoomSession
from facilitator.storage.workshop_file import WorkshopFile
from tests.room.file_host import FileHost, workshop_with_an_open_vote

EXAMPLES, LONG_EXAMPLES = 150, 10_000
WAIT_S = 0.5  # for an answer that is not due (a body announced, never sent)
SECURITY = ("x-content-type-options", "referrer-policy", "cache-control", "x-frame-options")


class ServedRoom:
    """A room link in a thread of its own (its own loop), on a real workshop file, with
    the rate limits lifted so that the fuzzer reaches every handler."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.ready = threading.Event()
        self.loop = asyncio.new_event_loop()
        self.port = 0
        self.code = ""
        self.left: list[asyncio.Task[object]] = []  # tasks still pending at the stop
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        assert self.ready.wait(30)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        host = FileHost(self.path)
        workshop = host.workshop()
        session = RoomSession(
            host,
            board_id=workshop.all(Board)[0].id,
            vote_id=workshop.all(VoteSession)[0].id,
        )
        server = RoomServer(session)
        for name in ("per_phone", "per_address", "joins", "ideas_per_address"):
            setattr(server, name, limits.RateLimiter(rate=10**6, burst=10**6))
        session.max_phones_per_address = 10**6
        self.loop.run_until_complete(server.start("127.0.0.1", 0))
        server.failed_codes.room = limits.RateLimiter(rate=10**6, burst=10**6)
        self.port, self.code, self.server = server.port, session.code, server
        self.ready.set()
        self.loop.run_forever()
        self.loop.run_until_complete(server.stop())
        self.left = [t for t in asyncio.all_tasks(self.loop) if not t.done()]
        for task in self.left:
            task.cancel()
        self.loop.run_until_complete(asyncio.gather(*self.left, return_exceptions=True))
        host.close()
        self.loop.close()

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(30)

    def exchange(self, request: bytes, wait_s: float = WAIT_S) -> bytes:
        """Send `request` and read the answer: until it is whole, the server closes, or
        nothing comes for `wait_s` (a request still waiting for the body it announced:
        no answer is due; the sweep would cut it on the room's clock). Our side is not
        half-closed: a browser never does, and aiohttp then drops its answer."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=wait_s) as connection:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                connection.sendall(request)  # refused before the end? its answer is below
            received = b""
            try:
                while not whole(received, head_only=request.startswith(b"HEAD ")):
                    chunk = connection.recv(65536)
                    if not chunk:
                        break
                    received += chunk
            except (TimeoutError, ConnectionResetError):
                pass
        return received


def whole(raw: bytes, *, head_only: bool) -> bool:
    """Whether `raw` holds a final answer, body included (its Content-Length)."""
    found = answers(raw)
    if not found or found[-1][0] < 200:
        return False
    _head, _, body = raw.rpartition(b"HTTP/1.")[2].partition(b"\r\n\r\n")
    length = found[-1][1].get("content-length", "0")
    return head_only or (length.isdigit() and len(body) >= int(length))


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedRoom]:
    path = tmp_path_factory.mktemp("fuzz") / "salle.atelier"
    WorkshopFile.create(path, workshop_with_an_open_vote()).close()
    served = ServedRoom(path)
    yield served
    served.stop()


def fuzz_settings(request: pytest.FixtureRequest) -> settings:
    return settings(
        max_examples=LONG_EXAMPLES if request.config.getoption("--long") else EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        database=None,
    )


def answers(raw: bytes) -> list[tuple[int, dict[str, str]]]:
    """Each answer's status and headers, in order (keep-alive: maybe several)."""
    found: list[tuple[int, dict[str, str]]] = []
    for part in raw.split(b"HTTP/1.")[1:]:
        head = part.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
        status = head[0].split(" ")
        if len(status) < 2 or not status[1].isdigit():
            continue  # "HTTP/1." inside a body
        headers = {}
        for line in head[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        found.append((int(status[1]), headers))
    return found


def check(raw: bytes) -> None:
    for status, headers in answers(raw):
        if status < 200:
            continue  # "100 Continue": an interim line, the answer follows
        assert status != 500 and status < 600, raw[:600]
        assert all(name in headers for name in SECURITY), headers
        assert "server" not in headers, headers


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.dictionaries(
            st.sampled_from(["text", "name", "dots", "poll", "option", "x", ""]) | st.text(), inner
        )
    ),
    max_leaves=25,
)


@st.composite
def requests(draw: st.DrawFn, port: int, code: str) -> bytes:
    method = draw(st.sampled_from(["GET", "POST", "PUT", "HEAD", "OPTIONS", "DELETE", "PATCH"]))
    path = draw(
        st.sampled_from(
            [
                "/",
                "/go?code=" + code.lower(),
                f"/r/{code}",
                f"/r/{code}/",
                f"/r/{code}/api/join",
                f"/r/{code}/api/state",
                f"/r/{code}/api/idea",
                f"/r/{code}/api/dots",
                f"/r/{code}/api/poll",
                "/r/ZZZZZZZZ/api/idea",
            ]
        )
        | st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126), max_size=60).map(
            lambda p: "/" + p
        )
    )
    headers = [f"Host: {draw(st.sampled_from([f'127.0.0.1:{port}', 'evil.example', '']))}"]
    for name, values in (
        ("Content-Type", ["application/json", "text/plain", "application/json; charset=foo"]),
        ("Origin", [f"http://127.0.0.1:{port}", "null", "http://evil.example"]),
        ("Sec-Fetch-Site", ["same-origin", "cross-site", "none"]),
        ("X-Participant", ["forged", "A" * 5000, ""]),
        ("Content-Encoding", ["gzip", "deflate", "br", "zstd", "x"]),
        ("Transfer-Encoding", ["chunked", "gzip, chunked", "x"]),
        ("Expect", ["100-continue", "x"]),
        ("Connection", ["upgrade", "keep-alive"]),
        ("Upgrade", ["websocket", "h2c"]),
    ):
        if draw(st.booleans()):
            value = draw(st.sampled_from(values) | st.text(max_size=30))
            headers.append(f"{name}: {value.encode('ascii', 'replace').decode()}")
    kind = draw(st.sampled_from(["json", "bytes", "deep", "none"]))
    if kind == "json":
        body = json.dumps(draw(JSON)).encode()
    elif kind == "bytes":
        body = draw(st.binary(max_size=300))
    elif kind == "deep":
        body = b"[" * draw(st.integers(900, 9000))
    else:
        body = b""
    if any(h.startswith("Transfer-Encoding") for h in headers):
        if draw(st.booleans()):  # sent as chunks, or not
            body = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body) if body else b"0\r\n\r\n"
    else:
        length = draw(st.sampled_from([len(body), len(body), len(body) + 5, 0, -1]))
        headers.append(f"Content-Length: {length}")
    head = f"{method} {path} HTTP/1.1\r\n" + "".join(h + "\r\n" for h in headers)
    return head.encode() + b"\r\n" + body


def test_random_requests_never_fault_the_room(
    room: ServedRoom, request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> None:
    @fuzz_settings(request)
    @given(st.data())
    def case(data: st.DataObject) -> None:
        check(room.exchange(data.draw(requests(room.port, room.code))))

    case()
    _still_serves(room)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@st.composite
def mutated(draw: st.DrawFn, valid: bytes) -> bytes:
    """A valid request with a few bytes replaced, inserted or removed."""
    data = bytearray(valid)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["replace", "insert", "delete"]))
        byte = draw(st.integers(0, 255))
        if action == "insert":
            data.insert(at, byte)
        elif at < len(data):
            if action == "replace":
                data[at] = byte
            else:
                del data[at]
    return bytes(data)


def test_valid_requests_with_random_bytes_changed_never_fault_the_room(
    room: ServedRoom, request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> None:
    body = json.dumps({"text": "Une idée à changer", "name": "Léo"}).encode()
    valid = (
        f"POST /r/{room.code}/api/idea HTTP/1.1\r\nHost: 127.0.0.1:{room.port}\r\n"
        f"Content-Type: application/json\r\nX-Participant: {_token(room)}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    assert answers(room.exchange(valid))[0][0] == 201

    @fuzz_settings(request)
    @given(mutated(valid))
    def case(changed: bytes) -> None:
        check(room.exchange(changed))

    case()
    _still_serves(room)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def _token(room: ServedRoom) -> str:
    body = b'{"name": "Fuzz"}'
    raw = room.exchange(
        (
            f"POST /r/{room.code}/api/join HTTP/1.1\r\nHost: 127.0.0.1:{room.port}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode()
        + body
    )
    token = json.loads(raw.split(b"\r\n\r\n", 1)[1])["token"]
    assert isinstance(token, str)
    return token


def _still_serves(room: ServedRoom) -> None:
    token = _token(room)
    raw = room.exchange(
        f"GET /r/{room.code}/api/state HTTP/1.1\r\nHost: 127.0.0.1:{room.port}\r\n"
        f"X-Participant: {token}\r\n\r\n".encode()
    )
    assert answers(raw)[0][0] == 200

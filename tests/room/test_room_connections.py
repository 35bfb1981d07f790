"""The room link's connections under attack, over real sockets on the loopback: half-sent
requests, a slowloris dripping its headers, a body that never ends, idle connections,
one address opening too many, the room's cap full. The deadlines run on the host's
clock (the test moves it and sweeps); the phones keep working throughout."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.room import limits
from facilitator.room.server import RoomServer
from tests.room.file_host import FileHost
from tests.room.phones import Phone, address, from_address, run_room

Raw = tuple[asyncio.StreamReader, asyncio.StreamWriter]


async def until(condition: Callable[[], bool], what: str) -> None:
    """Wait for the server to have read what a socket sent (network I/O takes a turn of
    the loop or a few): at most 500 turns of 10 ms."""
    for _ in range(500):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"never happened: {what}")


async def raw(server: RoomServer, n: int, sent: bytes = b"") -> Raw:
    """A bare connection from `address(n)`, having sent `sent`; returns once the server
    has counted it (and read what it sent)."""
    reader, writer = await asyncio.open_connection(
        "127.0.0.1", server.port, local_addr=(address(n), 0)
    )
    writer.write(sent)
    await writer.drain()
    return reader, writer


def held(server: RoomServer, n: int, state: str | None = None) -> int:
    """How many connections the server holds from `address(n)` (in `state`)."""
    return sum(
        1
        for c in server.connections.open
        if c.address == address(n) and (state is None or c.state == state)
    )


async def closed(reader: asyncio.StreamReader) -> bool:
    """Whether the server closed this connection (end of stream or reset), waiting at
    most 5 s for the server's side."""
    try:
        return await asyncio.wait_for(reader.read(), 5) == b""
    except (ConnectionResetError, BrokenPipeError):
        return True


def request(server: RoomServer, path: str = "/") -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n\r\n".encode()


async def answered(server: RoomServer, connection: Raw) -> bool:
    """Whether a full request on this connection gets an answer: it was still open."""
    reader, writer = connection
    try:
        writer.write(request(server))
        await writer.drain()
        line = await asyncio.wait_for(reader.readline(), 5)
    except (ConnectionResetError, BrokenPipeError):
        return False
    return line.startswith(b"HTTP/1.1 200")


def test_slow_idle_and_unfinished_requests_are_cut_while_a_phone_keeps_polling(
    room_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        await phone.join("Amina")
        port = server.port
        drip = await raw(server, 1, b"G")  # a slowloris: one byte of headers per step
        idle = await raw(server, 2)  # connected, sends nothing
        body = await raw(  # headers whole, then 10 of the 100 bytes announced
            server,
            3,
            f"POST {server.join_url()[len(server.url) :]}/api/join HTTP/1.1\r\n"
            f"Host: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
            'Content-Length: 100\r\n\r\n{"name": '.encode(),
        )
        await until(lambda: held(server, 1, "request") == 1, "the slowloris's first byte")
        await until(lambda: held(server, 2) == 1, "the idle connection")
        await until(lambda: held(server, 3, "request") == 1, "the unfinished body")
        cut_at: dict[int, int] = {}
        start = host.clock_ms
        for step in range(1, 8):  # 2.5 s a step, as the page polls
            host.clock_ms += 2_500
            if 1 not in cut_at:
                drip[1].write(b"ET / HTTP/1.1\r\n"[step - 1 : step])
                await drip[1].drain()
            status, _state = await phone.call("GET", "state")
            assert status == 200  # the phone is never cut: each poll starts its idle anew
            server.connections.sweep()
            for n in (1, 2, 3):
                if n not in cut_at and held(server, n) == 0:
                    cut_at[n] = host.clock_ms - start
        request_ms, idle_ms = limits.REQUEST_TIMEOUT_S * 1000, limits.IDLE_TIMEOUT_S * 1000
        assert cut_at == {1: request_ms, 2: idle_ms, 3: request_ms}  # first sweep past each
        assert server.connections.timed_out == 3
        for reader, _writer in (drip, idle, body):
            assert await closed(reader)
        for _reader, writer in (drip, idle, body):
            writer.close()
        status, state = await phone.call("GET", "state")
        assert (status, state["name"]) == (200, "Amina")

    run_room(room_file, scenario)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_one_address_holds_at_most_its_share_of_connections(room_file: Path) -> None:
    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        cap = limits.MAX_CONNECTIONS_PER_ADDRESS
        kept = [await raw(server, 1, b"GET / HT") for _ in range(cap)]
        await until(lambda: held(server, 1) == cap, "the address's connections")
        extra = await raw(server, 1, b"GET / HT")
        assert await closed(extra[0])  # closed at once: the address has its share
        assert held(server, 1) == cap and server.connections.refused == 1
        other = await raw(server, 2)  # another address is welcome
        assert await answered(server, other)
        finishing = kept[0]
        finishing[1].write(f"TP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n\r\n".encode())
        assert (await finishing[0].readline()).startswith(b"HTTP/1.1 200")  # still served
        await phone.join()  # and the phone from 127.0.0.1
        for _reader, writer in [*kept, extra, other]:
            writer.close()

    run_room(room_file, scenario)


def test_a_full_room_of_connections_makes_way_for_a_quieter_address(room_file: Path) -> None:
    """The cap is full of half-sent requests from five addresses: a new phone's
    connection takes the place of one from the address holding the most; a newcomer
    from one of those full addresses is closed instead."""

    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        server.connections.total = 20
        flood = [await raw(server, 1 + k % 5, b"POST / HTTP/1.1\r\nHo") for k in range(20)]
        await until(lambda: len(server.connections.open) == 20, "the flood")
        late = await raw(server, 1, b"POST / HTTP/1.1\r\nHo")  # holds 4 like every other
        assert await closed(late[0])
        async with from_address(40) as http:  # a real phone, from an address of its own
            mine = Phone(http, server.join_url())
            await mine.join("Nour")
            status, data = await mine.call("POST", "idea", {"text": "Un coin calme"})
            assert (status, data) == (201, {"result": "added"})
        assert server.connections.evicted >= 1 and len(server.connections.open) <= 20
        for _reader, writer in [*flood, late]:
            writer.close()

    run_room(room_file, scenario)


def test_the_cap_keeps_descriptors_for_the_workshop_file() -> None:
    """The cap is what the soft descriptor limit leaves, less the reserve; a process
    with no limit to speak of gets the configured figure."""
    import resource

    from facilitator.room.connections import connection_cap, descriptors_in_use

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    in_use = descriptors_in_use()
    assert in_use > 3  # stdin, stdout, stderr and more
    expected = soft - in_use - limits.DESCRIPTOR_RESERVE - 2 * limits.ACCEPT_BATCH
    cap = connection_cap()
    assert cap == max(limits.MIN_CONNECTIONS, min(limits.MAX_CONNECTIONS, expected))
    assert connection_cap(10) == max(limits.MIN_CONNECTIONS, min(10, expected))
    assert hard >= soft

"""The room link under a room's load: 60 phones (a workshop) and 200 phones (a lab's
plenary, a séminaire) joining and sending 3 ideas each, all at once, over real HTTP on
127.0.0.1, each phone from its own address, each idea durable in the workshop file
before its answer.

Floor, measured in the same run with the same concurrent clients: a bare aiohttp
server whose handler parses the JSON and inserts one row in a bare SQLite file with the
same durability settings (journal DELETE, synchronous EXTRA), its kernel queue as long
as ours. Median of 3 rounds each, alternated.

In the app's own set-up (tests/bench/room_app.py, a process of its own): the interface
thread's 10 ms timer while the phones send, and while they all place their dots at once
(a plenary's vote), beside the same timer with no phones.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from aiohttp import web

from facilitator.domain.records import Board, Idea
from facilitator.room import limits
from facilitator.room.server import RoomServer
from facilitator.room.session import RoomSession
from facilitator.storage.workshop_file import WorkshopFile
from tests.room.file_host import FileHost, workshop_with_an_open_vote
from tests.room.phones import from_address

PHONES = 60  # a workshop's room
PLENARY = 200  # a lab's plenary on one room link (issue 22)
IDEAS = 3
ROUNDS = 3


async def _phones(url: str, join: bool, first: int = 0, phones: int = PHONES) -> list[float]:
    """`phones` phones at once, each from its own address (`first`, `first` + 1, … as in
    a room, where the link limits what one address may do); returns each idea's round
    trip in ms."""
    trips: list[float] = []

    async def phone(n: int) -> None:
        async with from_address(first + n) as http:
            await calls(http, n)

    async def calls(http: aiohttp.ClientSession, n: int) -> None:
        headers: dict[str, str] = {}
        if join:
            async with http.post(f"{url}/api/join", json={"name": f"P{n}"}) as joined:
                headers["X-Participant"] = (await joined.json())["token"]
        for k in range(IDEAS):
            start = time.perf_counter()
            async with http.post(
                f"{url}/api/idea", json={"text": f"idée {k} de {n}"}, headers=headers
            ) as sent:
                assert sent.status == 201, await sent.text()
            trips.append((time.perf_counter() - start) * 1000)

    await asyncio.gather(*(phone(n) for n in range(phones)))
    return trips


async def _ours(folder: Path, phones: int) -> tuple[float, list[float]]:
    path = folder / f"room-{time.perf_counter_ns()}.atelier"
    WorkshopFile.create(path, workshop_with_an_open_vote()).close()
    host = FileHost(path)
    session = RoomSession(host, board_id=host.workshop().all(Board)[0].id)
    server = RoomServer(session)
    await server.start("127.0.0.1", 0)
    try:
        start = time.perf_counter()
        trips = await _phones(server.join_url(), join=True, phones=phones)
        seconds = time.perf_counter() - start
        assert server.refused == 0, f"{server.refused} requests refused"
        assert server.connections.refused == server.connections.evicted == 0
    finally:
        await server.stop()
        host.close()
    _check_durable(path, phones)
    return seconds, trips


def _check_durable(path: Path, phones: int) -> None:
    """Every phone's ideas are in the file, read again from disk."""
    from tests.room.phones import reopened

    texts = {card.text for card in reopened(path).all(Idea)}
    wanted = {f"idée {k} de {n}" for n in range(phones) for k in range(IDEAS)}
    missing = wanted - texts
    assert not missing, f"{len(missing)} ideas not in the file"


async def _bare(folder: Path, phones: int) -> tuple[float, list[float]]:
    db = sqlite3.connect(folder / f"bare-{time.perf_counter_ns()}.db", isolation_level=None)
    db.execute("PRAGMA journal_mode=DELETE")
    db.execute("PRAGMA synchronous=EXTRA")
    db.execute("CREATE TABLE idea (id INTEGER PRIMARY KEY, text TEXT)")

    async def idea(request: web.Request) -> web.Response:
        body = await request.json()
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO idea (text) VALUES (?)", (body["text"],))
        db.execute("COMMIT")
        return web.json_response({"result": "added"}, status=201)

    app = web.Application()
    app.router.add_post("/api/idea", idea)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    # The kernel's queue as long as ours: aiohttp's default (128) made 200 phones wait a
    # second for a SYN sent again, which is not the cost of a durable insert
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=limits.LISTEN_BACKLOG)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        start = time.perf_counter()
        trips = await _phones(f"http://127.0.0.1:{port}", join=False, phones=phones)
        return time.perf_counter() - start, trips
    finally:
        await runner.cleanup()
        db.close()


def _app(*args: str) -> dict[str, float]:
    """tests/bench/room_app.py in a process of its own, with `args`: its figures."""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.room_app", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    found: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def _interface(phones: int) -> tuple[str, str, str, str]:
    """The same load in the app's own set-up, the interface thread's timer watched."""
    found = _app(str(phones))
    return (
        f"room link in the app: the interface while {phones} phones send, "
        f"{found['waves']} waves of {IDEAS} ideas each (a 10 ms timer: 95th percentile, "
        "longest gap)",
        f"{found['p95']:.0f} ms, {found['max']:.0f} ms",
        f"{found['idle_p95']:.0f} ms, {found['idle_max']:.0f} ms with no phones",
        f"{found['p95'] / found['idle_p95']:.1f}",
    )


def _vote(phones: int) -> tuple[str, str, str, str]:
    """`phones` phones joined, then all placing their dots at once in the app's own
    set-up: the interface's longest gap, and the time until every ballot is on disk."""
    found = _app(str(phones), "--vote")
    assert found["ballots"] == 2 * phones and found["refused"] == 0
    return (
        f"room link in the app: {phones} phones placing their dots at once, each on disk "
        "before its answer (the 10 ms timer's longest gap; until all are counted)",
        f"{found['max']:.0f} ms; {found['seconds'] * 1000:.0f} ms",
        f"{found['idle_max']:.0f} ms with no phones",
        f"{found['max'] / found['idle_max']:.1f}",
    )


def _known_phones() -> tuple[str, str, str, str]:
    """Opening the full demo's file holding `MAX_KNOWN_PHONES` room phones (names of 20
    characters), beside the same file without them: what that limit costs at most."""
    from facilitator.domain.changes import ChangeSet, insert
    from facilitator.domain.records import RoomPhone
    from facilitator.library_access import full_demo
    from facilitator.room import codes

    def opening(path: Path) -> float:
        times = []
        for _ in range(7):
            start = time.perf_counter()
            file, _workshop = WorkshopFile.open(path, read_only=True)
            times.append(time.perf_counter() - start)
            file.close()
        return statistics.median(times)

    with tempfile.TemporaryDirectory() as scratch:
        bare, full = Path(scratch) / "bare.atelier", Path(scratch) / "phones.atelier"
        WorkshopFile.create(bare, full_demo()).close()
        full.write_bytes(bare.read_bytes())
        phones = []
        for n in range(limits.MAX_KNOWN_PHONES):
            digest = codes.token_digest(codes.new_token())
            name = f"Participante n° {n:04d}"[:20]
            label = f"{name} · {digest[:4]}"
            phones.append(RoomPhone(id=f"{n:032x}", token_sha256=digest, name=name, label=label))
        file, _ = WorkshopFile.open(full)
        file.apply(ChangeSet.of(insert(phone) for phone in phones))
        file.close()
        grown = (full.stat().st_size - bare.stat().st_size) / 1e6
        ours, floor = opening(full), opening(bare)
    return (
        f"opening the demo's file with the {limits.MAX_KNOWN_PHONES:,} room phones a "
        f"workshop may remember (+{grown:.1f} MB), median of 7",
        f"{ours * 1000:.0f} ms",
        f"{floor * 1000:.0f} ms (the same file, no phone)",
        f"{ours / floor:.1f}",
    )


def _load(phones: int) -> list[tuple[str, str, str, str]]:
    """`phones` phones at once against ours and the bare server, `ROUNDS` rounds each,
    alternated: the time for all of them, and one idea's round trip."""
    ours_total: list[float] = []
    bare_total: list[float] = []
    ours_trips: list[float] = []
    bare_trips: list[float] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for _ in range(ROUNDS):
            total, trips = asyncio.run(_ours(folder, phones))
            ours_total.append(total)
            ours_trips += trips
            total, trips = asyncio.run(_bare(folder, phones))
            bare_total.append(total)
            bare_trips += trips
    ours, bare = statistics.median(ours_total), statistics.median(bare_total)
    p95 = statistics.quantiles(ours_trips, n=20)[-1]
    bare_p95 = statistics.quantiles(bare_trips, n=20)[-1]
    who = f"{phones} phones" if phones == PHONES else f"{phones} phones (a lab's plenary)"
    return [
        (
            f"room link: {who} sending {IDEAS} ideas each at once, all durable "
            f"(join included), median of {ROUNDS}",
            f"{ours:.2f} s",
            f"{bare:.2f} s (bare aiohttp, one durable SQLite insert per request, no join)",
            f"{ours / bare:.1f}",
        ),
        (
            "room link: one idea's round trip under that load (95th percentile)",
            f"{p95:.0f} ms",
            f"{bare_p95:.0f} ms (the same bare server)",
            f"{p95 / bare_p95:.1f}",
        ),
    ]


def run() -> list[tuple[str, str, str, str]]:
    return [
        *_load(PHONES),
        _interface(PHONES),
        _vote(PHONES),
        *_load(PLENARY),
        _interface(PLENARY),
        _vote(PLENARY),
        _known_phones(),
    ]


if __name__ == "__main__":
    for row in run():
        print(row)

"""The room link under a room's load: 60 phones joining and sending 3 ideas each, all
at once, over real HTTP on 127.0.0.1, each idea durable in the workshop file before its
answer.

Floor, measured in the same run with the same 60 concurrent clients: a bare aiohttp
server whose handler parses the JSON and inserts one row in a bare SQLite file with the
same durability settings (journal DELETE, synchronous EXTRA). Median of 3 rounds each,
alternated.
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

from facilitator.domain.records import Board
from facilitator.room.server import RoomServer
from facilitator.room.session import RoomSession
from facilitator.storage.workshop_file import WorkshopFile
from tests.room.file_host import FileHost, workshop_with_an_open_vote
from tests.room.phones import from_address

PHONES = 60
IDEAS = 3
ROUNDS = 3


async def _phones(url: str, join: bool, first: int = 0) -> list[float]:
    """Every phone at once, each from its own address (`first`, `first` + 1, … as in a
    room, where the link limits what one address may do); returns each idea's round
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

    await asyncio.gather(*(phone(n) for n in range(PHONES)))
    return trips


async def _ours(folder: Path) -> tuple[float, list[float]]:
    path = folder / f"room-{time.perf_counter_ns()}.atelier"
    WorkshopFile.create(path, workshop_with_an_open_vote()).close()
    host = FileHost(path)
    session = RoomSession(host, board_id=host.workshop().all(Board)[0].id)
    server = RoomServer(session)
    await server.start("127.0.0.1", 0)
    try:
        start = time.perf_counter()
        trips = await _phones(server.join_url(), join=True)
        return time.perf_counter() - start, trips
    finally:
        await server.stop()
        host.close()


async def _bare(folder: Path) -> tuple[float, list[float]]:
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
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        start = time.perf_counter()
        trips = await _phones(f"http://127.0.0.1:{port}", join=False)
        return time.perf_counter() - start, trips
    finally:
        await runner.cleanup()
        db.close()


def _interface() -> tuple[str, str, str, str]:
    """The same load in the app's own set-up, the interface thread's timer watched."""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.room_app"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return (
        f"room link in the app: the interface while {PHONES} phones send, 6 waves of "
        f"{IDEAS} ideas each (a 10 ms timer: 95th percentile, longest gap)",
        f"{found['p95']:.0f} ms, {found['max']:.0f} ms",
        f"{found['idle_p95']:.0f} ms, {found['idle_max']:.0f} ms with no phones",
        f"{found['p95'] / found['idle_p95']:.1f}",
    )


def _known_phones() -> tuple[str, str, str, str]:
    """Opening the full demo's file holding `MAX_KNOWN_PHONES` room phones (names of 20
    characters), beside the same file without them: what that limit costs at most."""
    from facilitator.domain.changes import ChangeSet, insert
    from facilitator.domain.records import RoomPhone
    from facilitator.library_access import full_demo
    from facilitator.room import codes, limits

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


def run() -> list[tuple[str, str, str, str]]:
    ours_total: list[float] = []
    bare_total: list[float] = []
    ours_trips: list[float] = []
    bare_trips: list[float] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for _ in range(ROUNDS):
            total, trips = asyncio.run(_ours(folder))
            ours_total.append(total)
            ours_trips += trips
            total, trips = asyncio.run(_bare(folder))
            bare_total.append(total)
            bare_trips += trips
    ours, bare = statistics.median(ours_total), statistics.median(bare_total)
    p95 = statistics.quantiles(ours_trips, n=20)[-1]
    bare_p95 = statistics.quantiles(bare_trips, n=20)[-1]
    return [
        (
            f"room link: {PHONES} phones sending {IDEAS} ideas each at once, all durable "
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
        _interface(),
        _known_phones(),
    ]


if __name__ == "__main__":
    for row in run():
        print(row)

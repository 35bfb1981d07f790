"""Phones for the room link's tests: real HTTP on the loopback, each phone from its own
address when it matters (Linux routes all of 127.0.0.0/8 to the loopback, so a client
may bind 127.0.0.2, 127.0.0.3, … as phones in a room each have their own address), and
a room on a real workshop file."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp

from facilitator.domain.records import Board, VoteSession
from facilitator.domain.workshop import Workshop
from facilitator.room.server import RoomServer
from facilitator.room.session import RoomSession
from facilitator.storage.workshop_file import WorkshopFile
from tests.room.file_host import FileHost

Scenario = Callable[["Phone", RoomServer, FileHost], Awaitable[None]]


def address(n: int) -> str:
    """The n-th phone's own loopback address: 127.0.0.2, 127.0.0.3, … (never 127.0.0.1,
    the tests' own)."""
    return f"127.0.{n // 250}.{n % 250 + 2}"


def from_address(n: int) -> aiohttp.ClientSession:
    """An HTTP client whose connections come from `address(n)`."""
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(local_addr=(address(n), 0)))


def reopened(path: Path) -> Workshop:
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop


class Phone:
    """One participant's phone: real HTTP requests with its token."""

    def __init__(self, http: aiohttp.ClientSession, base: str) -> None:
        self.http = http
        self.base = base
        self.token = ""

    async def call(self, method: str, path: str, body: object = None) -> tuple[int, Any]:
        headers = {"X-Participant": self.token} if self.token else {}
        async with self.http.request(
            method, f"{self.base}/api/{path}", json=body, headers=headers
        ) as response:
            return response.status, await response.json()

    async def join(self, name: str = "") -> None:
        status, data = await self.call("POST", "join", {"name": name})
        assert status == 201, data
        self.token = data["token"]


def run_room(path: Path, scenario: Scenario, *, moderation: bool = False) -> FileHost:
    """A room link on the workshop at `path` (its first board and vote), `scenario`
    played against it with a phone from 127.0.0.1, then stopped."""
    host = FileHost(path)
    workshop = host.workshop()
    session = RoomSession(
        host,
        board_id=workshop.all(Board)[0].id,
        vote_id=workshop.all(VoteSession)[0].id,
        moderation=moderation,
    )
    server = RoomServer(session)

    async def main() -> None:
        await server.start("127.0.0.1", 0)
        try:
            async with aiohttp.ClientSession() as http:
                await scenario(Phone(http, server.join_url()), server, host)
        finally:
            await server.stop()

    try:
        asyncio.run(main())
    finally:
        host.close()
    return host

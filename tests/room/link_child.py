"""Child of the room link's crash test: a room link on a real workshop file (its first
board and open dot vote), in a process the test kills with SIGKILL, as a laptop's app
dies in the middle of a workshop.

    python -m tests.room.link_child WORKSHOP

Prints one JSON line once listening ({"url", "code"}), then serves until killed.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from facilitator.domain.records import Board, VoteSession
from facilitator.room.server import RoomServer
from facilitator.room.session import RoomSession
from tests.room.file_host import FileHost


async def serve(path: Path) -> None:
    host = FileHost(path)
    workshop = host.workshop()
    session = RoomSession(
        host, board_id=workshop.all(Board)[0].id, vote_id=workshop.all(VoteSession)[0].id
    )
    server = RoomServer(session)
    await server.start("127.0.0.1", 0)
    sys.stdout.write(json.dumps({"url": server.url, "code": session.code}) + "\n")
    sys.stdout.flush()
    await asyncio.Event().wait()  # until killed: nothing is closed, nothing flushed


def main() -> None:
    asyncio.run(serve(Path(sys.argv[1])))


if __name__ == "__main__":
    main()

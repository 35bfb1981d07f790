"""Child of the connection-flood test: a room link on a real workshop file, in a process
whose descriptor limit is lowered (RLIMIT_NOFILE, soft and hard), so that a flood of
half-sent connections from the test meets the limit as it would a laptop's.

    python -m tests.room.flood_child WORKSHOP NOFILE [--unguarded] [--soft-only]

`--unguarded` lifts the connection caps (what the room link did before): the control
run, which shows that the flood does exhaust the descriptors. `--soft-only` lowers the
soft limit only, as a laptop's session does (the hard one stays): the room link may
raise it. Prints one JSON line once listening ({"url", "code", "cap", "soft": the soft
limit then}), then answers each command read from stdin with one JSON line:

    edit N   the facilitator edits the workshop: {"durable", "error"}
    report   {"descriptors", "open", "refused", "evicted", "ideas"}
    stop     stops the link and exits
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import sys
from pathlib import Path

from facilitator.domain import edits
from facilitator.domain.records import Board, Idea
from facilitator.room.server import RoomServer
from facilitator.room.session import RoomSession
from tests.room.file_host import FileHost


def descriptors_in_use(limit: int) -> int:
    """Open descriptors, counted without opening one (listing /proc/self/fd needs one,
    and there may be none left)."""
    count = 0
    for fd in range(limit):
        try:
            os.fstat(fd)
        except OSError:
            continue
        count += 1
    return count


def say(value: object) -> None:
    sys.stdout.write(json.dumps(value) + "\n")
    sys.stdout.flush()


async def serve(path: Path, limit: int, unguarded: bool) -> None:
    host = FileHost(path)
    session = RoomSession(host, board_id=host.workshop().all(Board)[0].id)
    server = RoomServer(session)
    await server.start("127.0.0.1", 0)
    if unguarded:
        server.connections.total = server.connections.per_address = 10**6
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    limit = max(limit, soft)  # descriptors are counted up to the limit now
    say({"url": server.url, "code": session.code, "cap": server.connections.total, "soft": soft})
    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()

    def command() -> None:
        line = sys.stdin.readline().split()
        if not line or line[0] == "stop":
            loop.remove_reader(sys.stdin.fileno())
            done.set_result(None)
        elif line[0] == "edit":
            workshop = host.workshop()
            durable = host.apply("edit", edits.set_info(workshop, notes=f"Note {line[1]}"))
            say({"durable": durable, "error": str(host.last_error or "")})
        elif line[0] == "report":
            guard = server.connections
            say(
                {
                    "descriptors": descriptors_in_use(limit),
                    "open": len(guard.open),
                    "refused": guard.refused,
                    "evicted": guard.evicted,
                    "ideas": len(host.workshop().all(Idea)),
                }
            )

    loop.add_reader(sys.stdin.fileno(), command)
    await done
    await server.stop()
    host.close()


def main() -> None:
    path, limit = Path(sys.argv[1]), int(sys.argv[2])
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1] if "--soft-only" in sys.argv else limit
    resource.setrlimit(resource.RLIMIT_NOFILE, (limit, hard))
    asyncio.run(serve(path, limit, "--unguarded" in sys.argv))


if __name__ == "__main__":
    main()

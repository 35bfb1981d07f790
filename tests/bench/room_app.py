"""Child of the room benchmark: the app's own set-up (QApplication, qasync loop, the
open document as host) with 60 phones sending at once, while a 10 ms timer on the
interface thread measures how late it fires; then the same timer with no phones.
Prints one JSON line."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain.records import Board
from facilitator.domain.timer import SystemClock
from facilitator.room.server import RoomServer
from facilitator.room.session import RoomSession
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.room.room_link import DocumentHost
from tests.bench.room import _phones
from tests.room.file_host import workshop_with_an_open_vote


def _gaps(loop: asyncio.AbstractEventLoop, during: asyncio.Future[object]) -> list[float]:
    """The 10 ms timer's intervals while `during` runs, in ms."""
    stamps: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
    timer.start()
    loop.run_until_complete(during)
    timer.stop()
    return [(b - a) * 1000 for a, b in itertools.pairwise(stamps)]


WAVES = 6  # 360 phones in all (the room takes 400): a few seconds of load, gaps to count


async def _waves(url: str) -> None:
    for wave in range(WAVES):
        await _phones(url, join=True, first=wave * 60)  # new phones, new addresses


def main() -> None:
    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "room.atelier"
        WorkshopFile.create(path, workshop_with_an_open_vote()).close()
        document = WorkshopDocument.open(path)
        host = DocumentHost(document, SystemClock(), {})
        session = RoomSession(host, board_id=document.workshop.all(Board)[0].id)
        server = RoomServer(session)
        loop.run_until_complete(server.start("127.0.0.1", 0))
        start = time.perf_counter()
        busy = _gaps(loop, asyncio.ensure_future(_waves(server.join_url())))
        seconds = time.perf_counter() - start
        idle = _gaps(loop, asyncio.ensure_future(asyncio.sleep(seconds)))
        loop.run_until_complete(server.stop())
        assert document.is_saved()
        document.close()

    def quantile(gaps: list[float], n: int) -> list[float]:
        return statistics.quantiles(gaps, n=n, method="inclusive")

    print(
        json.dumps(
            {
                "p95": quantile(busy, n=20)[-1],
                "max": max(busy),
                "idle_p95": quantile(idle, n=20)[-1],
                "idle_max": max(idle),
                "seconds": seconds,
            }
        )
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()

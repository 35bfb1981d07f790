"""Child of the room benchmark: the app's own set-up (QApplication, qasync loop, the
open document as host) with waves of phones sending at once, while a 10 ms timer on the
interface thread measures how late it fires; then the same timer with no phones.
Prints one JSON line ({"p95", "max", "idle_p95", "idle_max", "seconds", "waves",
"refused"}).

python -m tests.bench.room_app [PHONES]    60 phones by default (6 waves), 200: 2 waves
    --apart          the phones in a process of their own (off the interface thread,
                     as a room's phones are; on 2 cores they still share the machine)
    --window PART    the main window (1366 x 768) on the file, the link started from its
                     room page, then PART shown: "room" or "board" (its canvas)
    --vote           the phones join first (not measured), then all place their dots at
                     once (measured: the dot vote of a plenary)
python -m tests.bench.room_app --phones URL N    (child) the waves of N phones to URL

The benchmark's rows use neither option (the 60-phone row's set-up, kept)."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import aiohttp
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain.records import Ballot, Board, VoteSession
from facilitator.domain.timer import SystemClock
from facilitator.room import limits
from facilitator.room.server import RoomServer
from facilitator.room.session import RoomSession
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.room.room_link import DocumentHost
from tests.bench.room import PHONES, _phones
from tests.room.file_host import workshop_with_an_open_vote
from tests.room.phones import from_address


def _gaps(
    loop: asyncio.AbstractEventLoop, during: asyncio.Future[object], *, edges: bool = False
) -> list[float]:
    """The 10 ms timer's intervals while `during` runs, in ms; with `edges`, from its
    start and to its end too (a burst shorter than a few ticks)."""
    stamps: list[float] = [time.perf_counter()] if edges else []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
    timer.start()
    loop.run_until_complete(during)
    timer.stop()
    if edges:
        stamps.append(time.perf_counter())
    return [(b - a) * 1000 for a, b in itertools.pairwise(stamps)]


WAVES = 6  # of 60 phones: 360 in all (the room takes 400), a few seconds of load


def waves(phones: int) -> int:
    """How many waves of `phones` new phones: 6 of 60, else as many as the room takes
    (`limits.MAX_PARTICIPANTS`): 2 of 200."""
    return WAVES if phones == PHONES else max(1, limits.MAX_PARTICIPANTS // phones)


async def _waves(url: str, phones: int) -> None:
    for wave in range(waves(phones)):
        await _phones(url, join=True, first=wave * phones, phones=phones)  # new addresses


async def _waves_apart(url: str, phones: int) -> None:
    """The same waves from a process of their own (the phones' work off the interface
    thread, as a room's phones are): `python -m tests.bench.room_app --phones URL N`."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.bench.room_app", "--phones", url, str(phones)],
        cwd=Path(__file__).resolve().parents[2],
    )
    while child.poll() is None:
        await asyncio.sleep(0.02)
    assert child.returncode == 0


Phones = list[tuple[aiohttp.ClientSession, str]]  # each phone's client and token


async def _joined(url: str, phones: int) -> tuple[Phones, list[str]]:
    """`phones` phones joined, each from its own address, and the open vote's options."""
    clients = [from_address(n) for n in range(phones)]
    tokens = []
    for n, http in enumerate(clients):
        async with http.post(f"{url}/api/join", json={"name": f"P{n}"}) as joined:
            tokens.append((await joined.json())["token"])
    mine = {"X-Participant": tokens[0]}
    async with clients[0].get(f"{url}/api/state", headers=mine) as state:
        options = [o["id"] for o in (await state.json())["vote"]["options"]]
    return list(zip(clients, tokens, strict=True)), options


async def _dots(url: str, joined: Phones, options: list[str]) -> None:
    """Every phone places its 3 dots at once; each is counted (on disk) before its answer."""

    async def one(n: int, http: aiohttp.ClientSession, token: str) -> None:
        dots = {options[n % 3]: 2, options[(n + 1) % 3]: 1}
        mine = {"X-Participant": token}
        async with http.post(f"{url}/api/dots", json={"dots": dots}, headers=mine) as voted:
            assert voted.status == 200, await voted.text()

    await asyncio.gather(*(one(n, http, token) for n, (http, token) in enumerate(joined)))


def _window(path: Path, part: str) -> tuple[object, RoomServer]:
    """The main window (1366 x 768) on the workshop at `path`, the link started from its
    room page on 127.0.0.1 (ideas to the file's last board), then `part` shown: "room"
    (the room page) or "board" (that board's canvas)."""
    from facilitator.paths import config_dir
    from facilitator.room import server as room_server
    from facilitator.settings import SettingsStore
    from facilitator.translations import Translators
    from facilitator.ui.file_chooser import QtFileChooser
    from facilitator.ui.main_window import MainWindow

    translators = Translators()
    translators.install("fr")
    window = MainWindow(SettingsStore(config_dir()), translators, QtFileChooser())
    window.resize(1366, 768)
    window.show()
    assert window.open_path(path) and window.page is not None and window.document is not None
    board_id = window.document.workshop.all(Board)[-1].id
    window.page.show_part("room")
    room = window.page.room
    room_server.DEFAULT_PORT = 0  # any free port
    room.network.setCurrentIndex(room.network.findData("127.0.0.1"))
    room.board.setCurrentIndex(room.board.findData(board_id))
    room.start_button.click()
    asyncio.get_event_loop().run_until_complete(room.link.started())
    assert room.link.server is not None
    if part == "board":
        window.page.show_part("board")
        window.page.board.select_board(board_id)
    return window, room.link.server


def main() -> None:
    if sys.argv[1:2] == ["--phones"]:
        asyncio.run(_waves(sys.argv[2], int(sys.argv[3])))
        return
    phones = int(sys.argv[1]) if len(sys.argv) > 1 else PHONES
    apart = "--apart" in sys.argv
    vote = "--vote" in sys.argv  # all phones place their dots at once: that is measured
    part = sys.argv[sys.argv.index("--window") + 1] if "--window" in sys.argv else ""
    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["FACILITATOR_HOME"] = str(Path(scratch) / "home")
        path = Path(scratch) / "room.atelier"
        WorkshopFile.create(path, workshop_with_an_open_vote()).close()
        if part:
            window, server = _window(path, part)
            document = window.document  # type: ignore[attr-defined]
        else:
            document = WorkshopDocument.open(path)
            host = DocumentHost(document, SystemClock(), {})
            workshop = document.workshop
            board_id, vote_id = workshop.all(Board)[0].id, workshop.all(VoteSession)[0].id
            session = RoomSession(host, board_id=board_id, vote_id=vote_id)
            server = RoomServer(session)
            loop.run_until_complete(server.start("127.0.0.1", 0))
        url = server.join_url()
        if vote:
            joined, options = loop.run_until_complete(_joined(url, phones))
            start = time.perf_counter()
            busy = _gaps(loop, asyncio.ensure_future(_dots(url, joined, options)), edges=True)
            seconds = time.perf_counter() - start
            for http, _token in joined:
                loop.run_until_complete(http.close())
        else:
            start = time.perf_counter()
            load = _waves_apart if apart else _waves
            busy = _gaps(loop, asyncio.ensure_future(load(url, phones)))
            seconds = time.perf_counter() - start
        idle = _gaps(loop, asyncio.ensure_future(asyncio.sleep(seconds)))
        refused = server.refused + server.connections.refused
        ballots = len(document.workshop.all(Ballot))
        loop.run_until_complete(server.stop())
        assert document.is_saved()
        if part:
            window.close()  # type: ignore[attr-defined]
        else:
            document.close()

    def quantile(gaps: list[float], n: int) -> list[float]:
        if len(gaps) < 2:  # a vote over within one tick
            return gaps * (n - 1)
        return statistics.quantiles(gaps, n=n, method="inclusive")

    print(
        json.dumps(
            {
                "p95": quantile(busy, n=20)[-1],
                "max": max(busy),
                "idle_p95": quantile(idle, n=20)[-1],
                "idle_max": max(idle),
                "seconds": seconds,
                "waves": waves(phones),
                "refused": refused,
                "ballots": ballots,
            }
        )
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()

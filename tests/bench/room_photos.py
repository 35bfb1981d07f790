"""Photos from phones in the app (issue 19): 30 phones, each from its own loopback
address, each sending a different 1.5 MB photo at once, exactly as the room's page does
(joined first; then for each photo: ask `api/photo?id=…&bytes=…&target=board`, then
the browser's multipart form with `X-Upload-Id`, waiting and asking again when told to).

Ours: the app's own set-up in a process of its own (QApplication, qasync loop, the main
window showing the room page, the link started from it, the real limits: at most
`limits.MAX_UPLOADS_READ` bodies read at once, the others queue with their connection
open), while a 10 ms timer on the interface thread measures how late it fires; the
time from the first ask until every phone has its answer, each answer given once its
photo is decoded again (a worker thread) and written to the workshop file; the photos
counted in the file afterwards. Then the same timer for as long with no phone.

Floor, measured in the same run with the same 30 clients and the same bytes: a bare
aiohttp server in a process of its own, answering the ask with "send" and reading each
form, writing the photo's bytes to a file of its own with fsync. Median of `ROUNDS`
rounds each, alternated; the photos (2,000 x 1,500 pixels, JPEG at quality 85, noisy
like grass, gravel or a crowd: 1.5 MB each) are made once before any timing.

The phones run in this process, the server in another: on a 2-core machine the phones'
own work competes with the laptop's for the CPU, which a room's phones do not.

python -m tests.bench.room_photos           the rows, printed
BENCH_PROFILE=app.prof python -m tests.bench.room_photos
                                            the same, the interface thread profiled
                                            during each round's photos (cProfile)
python -m tests.bench.room_photos app       (child) the app's side of one round
python -m tests.bench.room_photos bare      (child) the floor's server for one round
"""

from __future__ import annotations

import asyncio
import contextlib
import cProfile
import io
import itertools
import json
import os
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from PIL import Image, ImageDraw, ImageFilter

from tests.room.phones import from_address
from tests.room.photo_files import browser_form, upload_id

PHONES = 30
ROUNDS = 3
PHOTO_SIZE = (2000, 1500)  # pixels: a phone's photo scaled by the page (2,400 at most)
PHOTO_NOISE = 0.52  # the share of noise in each photo: 1.50 MB at quality 85, measured
TIMER_MS = 10
ON_ITS_WAY = ("photo_busy", "photo_in_progress")  # the page's ON_ITS_WAY: wait, ask again
PAGE_TRIES = 30  # the page asks at most this many times for one photo (room/page.py)
ROOT = Path(__file__).resolve().parents[2]


# -- the photos --------------------------------------------------------------------------
def photo(n: int) -> bytes:
    """The n-th phone's photo: shapes of colour, softened, under grain (2,000 x 1,500
    pixels, JPEG quality 85, about 1.5 MB; each one different)."""
    rnd = random.Random(n)
    width, height = PHOTO_SIZE
    base = Image.new("RGB", PHOTO_SIZE, tuple(rnd.randrange(80, 200) for _ in range(3)))
    draw = ImageDraw.Draw(base)
    for _ in range(60):
        x, y = rnd.randrange(width), rnd.randrange(height)
        box = (x, y, x + rnd.randrange(60, 500), y + rnd.randrange(40, 360))
        colour = (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256))
        if rnd.random() < 0.5:
            draw.ellipse(box, fill=colour)
        else:
            draw.rectangle(box, fill=colour)
    base = base.filter(ImageFilter.GaussianBlur(3))
    grain = Image.merge("RGB", [Image.effect_noise(PHOTO_SIZE, 60) for _ in range(3)])
    out = io.BytesIO()
    Image.blend(base, grain, PHOTO_NOISE).save(out, "JPEG", quality=85)
    return out.getvalue()


# -- the phones (this process) -----------------------------------------------------------
@dataclass
class Sent:
    """One phone's photo: its last answer, how many times it asked, the seconds it was
    told to wait, and when its answer came (seconds after the first ask)."""

    status: int = 0
    result: str = ""
    asks: int = 0
    waited_s: float = 0.0
    answered_s: float = 0.0


class PagePhone:
    """One phone's page over real HTTP: its token, and the calls of PHOTO_SCRIPT."""

    def __init__(self, http: aiohttp.ClientSession, base: str) -> None:
        self.http = http
        self.base = base
        self.origin = base.split("/r/", maxsplit=1)[0]
        self.token = ""

    def _headers(self) -> dict[str, str]:
        headers = {"Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors"}
        if self.token:
            headers["X-Participant"] = self.token
        return headers

    async def join(self, name: str) -> None:
        async with self.http.post(
            f"{self.base}/api/join", json={"name": name}, headers=self._headers()
        ) as joined:
            assert joined.status == 201, await joined.text()
            self.token = (await joined.json())["token"]

    async def _answer(self, response: aiohttp.ClientResponse) -> tuple[int, dict[str, Any], int]:
        try:
            data = await response.json()
        except (aiohttp.ContentTypeError, ValueError):
            data = {"error": "bad_request"}
        wait = response.headers.get("Retry-After", "")
        return response.status, data, int(wait) if wait.isdigit() else 0

    async def ask(self, upload: str, size: int) -> tuple[int, dict[str, Any], int]:
        """`askPhoto`: GET api/photo?id=…&bytes=…&target=board (fetch, JSON headers)."""
        query = {"id": upload, "bytes": str(size), "target": "board"}
        headers = {**self._headers(), "Content-Type": "application/json"}
        async with self.http.get(f"{self.base}/api/photo", params=query, headers=headers) as got:
            return await self._answer(got)

    async def upload(self, data: bytes, upload: str) -> tuple[int, dict[str, Any], int]:
        """`uploadPhoto`: the FormData (caption, target, photo) with `X-Upload-Id`."""
        body, kind = browser_form(data, caption="", target="board")
        headers = {
            **self._headers(),
            "Content-Type": kind,
            "X-Upload-Id": upload,
            "Origin": self.origin,
        }
        async with self.http.post(
            f"{self.base}/api/photo", data=io.BytesIO(body), headers=headers
        ) as got:
            return await self._answer(got)

    async def send(self, data: bytes, start: float) -> Sent:
        """`sendPhoto`: ask, send when told "send", wait and ask again when the laptop
        says the photo is on its way or to slow down for at most 10 s; anything else
        ends it (as the page shows it)."""
        sent = Sent()
        upload = upload_id()
        for _try in range(PAGE_TRIES):
            sent.asks += 1
            status, answer, wait = await self.ask(upload, len(data))
            if status == 200 and answer.get("result") == "send":
                status, answer, wait = await self.upload(data, upload)
            sent.status = status
            sent.result = str(answer.get("result") or answer.get("error"))
            error = answer.get("error")
            if 200 <= status < 300:
                break
            if error in ON_ITS_WAY or (error == "slow_down" and wait <= 10):
                pause = min(max(wait or 3, 1), 10)
                sent.waited_s += pause
                await asyncio.sleep(pause)
                continue
            break
        sent.answered_s = time.perf_counter() - start
        return sent


async def _room(base: str, photos: list[bytes], go: Any, *, join: bool) -> tuple[float, list[Sent]]:
    """Every phone joined (not timed), then every photo sent at once: the seconds from
    the first ask until the last answer, and each phone's `Sent`. `go()` is called just
    before the first ask; its result is awaited after the last answer."""
    async with contextlib.AsyncExitStack() as stack:
        https = [await stack.enter_async_context(from_address(n)) for n in range(PHONES)]
        phones = [PagePhone(http, base) for http in https]
        if join:
            await asyncio.gather(*(p.join(f"Téléphone {n}") for n, p in enumerate(phones)))
        done = go()
        start = time.perf_counter()
        sent = await asyncio.gather(*(p.send(photos[n], start) for n, p in enumerate(phones)))
        seconds = time.perf_counter() - start
        await done
    return seconds, sent


# -- the children's common part ------------------------------------------------------------
def _stdin_lines(loop: asyncio.AbstractEventLoop) -> asyncio.Queue[str]:
    """The bench's two words to this child ("go", then "done"; "" if it closed the pipe
    first), as they come: a thread reads them, then ends before the child does (a thread
    waking a qasync loop being torn down crashed the child once in 30 rounds)."""
    queue: asyncio.Queue[str] = asyncio.Queue()

    def read() -> None:
        for _word in ("go", "done"):
            line = sys.stdin.readline()
            loop.call_soon_threadsafe(queue.put_nowait, line.strip())
            if not line:
                return

    threading.Thread(target=read, daemon=True).start()
    return queue


def _say(value: object) -> None:
    print(json.dumps(value), flush=True)


# -- ours: the app's side (a child process) ------------------------------------------------
def app_child() -> None:
    """The app as a facilitator has it during the photos: the main window (1366 x 768)
    on the demo workshop, the room page shown, the link started from it on 127.0.0.1 (a
    free port); says {"url"}, then measures the 10 ms timer between "go" and "done",
    counts the phones' photos in the file, measures the timer for as long with no phone,
    and says the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator.domain.records import Attachment
    from facilitator.library_access import full_demo
    from facilitator.paths import config_dir
    from facilitator.room import server as room_server
    from facilitator.settings import SettingsStore
    from facilitator.storage.workshop_file import WorkshopFile
    from facilitator.translations import Translators
    from facilitator.ui.file_chooser import QtFileChooser
    from facilitator.ui.main_window import MainWindow

    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    path = Path(os.environ["FACILITATOR_HOME"]) / "photos.atelier"
    WorkshopFile.create(path, full_demo()).close()
    translators = Translators()
    translators.install("fr")
    window = MainWindow(SettingsStore(config_dir()), translators, QtFileChooser())
    window.resize(1366, 768)
    window.show()
    assert window.open_path(path) and window.page is not None and window.document is not None
    window.page.show_part("room")
    room = window.page.room
    room_server.DEFAULT_PORT = 0  # any free port: the one thing the bench changes
    room.network.setCurrentIndex(room.network.findData("127.0.0.1"))
    room.start_button.click()
    loop.run_until_complete(room.link.started())
    server = room.link.server
    assert server is not None
    lines = _stdin_lines(loop)
    stamps: list[float] = []
    timer = QTimer()
    timer.setInterval(TIMER_MS)
    timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
    timer.start()
    _say({"url": room.link.join_url()})

    def gaps(start: float, end: float) -> list[float]:
        inside = [s for s in stamps if start <= s <= end]
        return [(b - a) * 1000 for a, b in itertools.pairwise(inside)]

    async def measured() -> dict[str, object]:
        assert await lines.get() == "go"
        go = time.perf_counter()
        profile = os.environ.get("BENCH_PROFILE", "")  # the interface thread's, while they send
        profiler = cProfile.Profile() if profile else None
        if profiler is not None:
            profiler.enable()
        assert await lines.get() == "done"
        done = time.perf_counter()
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(profile)
        file, workshop = WorkshopFile.open(path, read_only=True)  # what is on disk
        file.close()
        stored = [a for a in workshop.all(Attachment) if a.sender and a.review == "pending"]
        rest = time.perf_counter()  # reading the file back is not the interface at rest
        await asyncio.sleep(done - go)
        return {
            "busy": gaps(go, done),
            "idle": gaps(rest, time.perf_counter()),
            "stored": len(stored),
            "stored_mb": sum(len(a.data) for a in stored) / 1e6,
            "saved": window.document is not None and window.document.is_saved(),
            "most_reading": server.photos.most_reading,
        }

    found = loop.run_until_complete(measured())
    timer.stop()
    room.link.stop()
    loop.run_until_complete(room.link.stopped())
    _say(found)


# -- the floor's server (a child process) --------------------------------------------------
def bare_child() -> None:
    """A bare aiohttp server on 127.0.0.1 (a free port): GET /api/photo answers "send";
    POST /api/photo reads the form and writes the photo's bytes to a file of its own,
    fsync'ed, before its answer. Says {"url"}, serves until "done", says {"stored"}."""
    folder = Path(os.environ["FACILITATOR_HOME"]) / "bare"
    folder.mkdir()

    async def ask(request: web.Request) -> web.Response:
        return web.json_response({"result": "send"})

    async def receive(request: web.Request) -> web.Response:
        reader = await request.multipart()
        data = b""
        while (part := await reader.next()) is not None:
            assert isinstance(part, aiohttp.BodyPartReader)
            read = await part.read()
            if part.name == "photo":
                data = bytes(read)
        with (folder / f"{secrets.token_hex(8)}.jpg").open("wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        return web.json_response({"result": "pending"}, status=201)

    async def serve() -> None:
        app = web.Application(client_max_size=8 * 1024 * 1024)  # aiohttp's 1 MB refuses them
        app.router.add_get("/api/photo", ask)
        app.router.add_post("/api/photo", receive)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        lines = _stdin_lines(asyncio.get_running_loop())
        _say({"url": f"http://127.0.0.1:{port}"})
        assert await lines.get() == "go"
        assert await lines.get() == "done"
        await runner.cleanup()
        _say({"stored": len(list(folder.iterdir()))})

    asyncio.run(serve())


# -- the rounds (this process) -------------------------------------------------------------
def _round(kind: str, photos: list[bytes]) -> tuple[float, list[Sent], dict[str, Any]]:
    """One round against a child of `kind` ("app" or "bare"): (seconds, each phone's
    `Sent`, what the child said at the end)."""
    with tempfile.TemporaryDirectory() as home:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.bench.room_photos", kind],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_HOME": home},
        )
        assert child.stdin is not None and child.stdout is not None
        try:
            url = json.loads(child.stdout.readline())["url"]

            def tell(word: str) -> None:
                assert child.stdin is not None
                child.stdin.write(word + "\n")
                child.stdin.flush()

            async def done() -> None:
                tell("done")

            def go() -> Any:
                tell("go")
                return done()

            seconds, sent = asyncio.run(_room(url, photos, go, join=kind == "app"))
            found: dict[str, Any] = json.loads(child.stdout.readline())
        finally:
            child.stdin.close()
            if child.wait(timeout=60) != 0:
                raise RuntimeError(f"the {kind} child failed ({child.returncode})")
    return seconds, sent, found


def _quantile95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def run() -> list[tuple[str, str, str, str]]:
    photos = [photo(n) for n in range(PHONES)]  # made once, before any timing
    megabytes = statistics.mean(len(p) for p in photos) / 1e6
    written: list[float] = []
    ours: list[float] = []
    floor: list[float] = []
    busy: list[float] = []
    idle: list[float] = []
    waited: list[Sent] = []
    most_reading = 0
    for _ in range(ROUNDS):
        seconds, sent, found = _round("app", photos)
        assert all(s.status == 201 and s.result == "pending" for s in sent), sent
        assert found["stored"] == PHONES and found["saved"], found  # all durable, once
        ours.append(seconds)
        busy += found["busy"]
        idle += found["idle"]
        waited += [s for s in sent if s.asks > 1]
        most_reading = max(most_reading, found["most_reading"])
        written.append(found["stored_mb"])
        seconds, sent, found = _round("bare", photos)
        assert all(s.status == 201 for s in sent) and found["stored"] == PHONES, found
        floor.append(seconds)
    mine, bare = statistics.median(ours), statistics.median(floor)
    told = f"{len(waited) / ROUNDS:.0f} a round told to wait" if waited else "none told to wait"
    p95, idle_p95 = _quantile95(busy), _quantile95(idle)
    return [
        (
            f"photos from phones in the app: {PHONES} phones each sending a {megabytes:.1f} MB "
            f"photo at once (ask, then the form), until all {PHONES} are decoded again (one "
            f"at a time, in a worker thread) and written in the workshop file "
            f"({max(written):.0f} MB, counted there); at most {most_reading} bodies read at once, "
            f"the others queue with their connection open ({told}); median of {ROUNDS}",
            f"{mine:.2f} s",
            f"{bare:.2f} s (bare aiohttp: reads each form, writes the photo to a file "
            "with fsync; no decoding)",
            f"{mine / bare:.1f}",
        ),
        (
            f"photos from phones in the app: the interface while they arrive, room page "
            f"shown (a {TIMER_MS} ms timer: 95th percentile, longest gap, {ROUNDS} rounds)",
            f"{p95:.0f} ms, {max(busy):.0f} ms",
            f"{idle_p95:.0f} ms, {max(idle):.0f} ms with no phones",
            f"{p95 / idle_p95:.1f}",
        ),
    ]


if __name__ == "__main__":
    if sys.argv[1:] == ["app"]:
        app_child()
    elif sys.argv[1:] == ["bare"]:
        bare_child()
    else:
        for row in run():
            print(row)

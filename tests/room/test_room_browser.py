"""The participant page in a real browser (headless Chromium on a phone-sized screen):
it loads with nothing from elsewhere, joins, sends an idea, places dots; the file holds
them. Skipped where Debian's chromium is not installed (`.ci/run` installs it)."""

from __future__ import annotations

import asyncio
import base64
import io
import json
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from facilitator.domain.records import Ballot, Board, Idea, RoomPhone, VoteSession
from facilitator.room.server import RoomServer
from facilitator.room.session import RoomSession
from facilitator.storage.workshop_file import WorkshopFile
from tests.room.cdp import Chromium, chromium_path
from tests.room.file_host import FileHost

pytestmark = pytest.mark.skipif(chromium_path() is None, reason="Debian's chromium is needed")


def test_a_phone_joins_sends_an_idea_and_places_dots(room_file: Path, tmp_path: Path) -> None:
    host = FileHost(room_file)
    workshop = host.workshop()
    session = RoomSession(
        host, board_id=workshop.all(Board)[0].id, vote_id=workshop.all(VoteSession)[0].id
    )
    server = RoomServer(session)
    shot = tmp_path / "phone.png"

    async def main() -> None:
        await server.start("127.0.0.1", 0)
        try:
            async with Chromium(tmp_path / "profile") as browser:
                page = await browser.open(server.join_url())
                assert await page.evaluate("document.documentElement.lang") == "fr"
                await page.wait_for("!document.getElementById('join').classList.contains('hidden')")
                await page.evaluate("document.getElementById('name').value = 'Amina'")
                await page.evaluate("document.querySelector('#join-form button').click()")
                await page.wait_for("!document.getElementById('room').classList.contains('hidden')")
                await page.wait_for("document.getElementById('board').textContent.length > 0")
                await page.evaluate(
                    "document.getElementById('idea').value = 'Un café des langues ☕ <i>x</i>'"
                )
                await page.evaluate("document.getElementById('send-idea').click()")
                said = await page.wait_for("document.getElementById('idea-status').textContent")
                assert said == "Idée envoyée\u00a0!"
                await page.wait_for("document.querySelectorAll('#options li').length === 3")
                plus = "document.querySelectorAll('#options li button:last-of-type')"
                await page.evaluate(f"{plus}[1].click(); {plus}[1].click(); {plus}[2].click()")
                await page.evaluate("document.getElementById('send-dots').click()")
                counted = await page.wait_for("document.getElementById('vote-status').textContent")
                assert counted.startswith("Vos gommettes sont comptées")
                label = await page.evaluate(f"{plus}[1].getAttribute('aria-label')")
                assert label == "Ajouter une gommette à «\u00a0Parrainage\u00a0»"
                shot.write_bytes(await page.screenshot())
        finally:
            await server.stop()

    try:
        asyncio.run(main())
    finally:
        host.close()
    assert shot.read_bytes().startswith(b"\x89PNG")
    file, reopened = WorkshopFile.open(room_file, read_only=True)
    file.close()
    idea = next(i for i in reopened.all(Idea) if i.text.startswith("Un café"))
    assert (idea.text, idea.author) == ("Un café des langues ☕ <i>x</i>", "Amina")
    assert sorted(b.dots for b in reopened.all(Ballot)) == [1, 2]


def test_the_page_comes_back_as_the_same_phone_after_the_link_restarts(
    room_file: Path, tmp_path: Path
) -> None:
    """Issue 17 in a real browser: the phone joins without a name and places its dots;
    the link stops and starts again on the same address with a new code; the page at
    the new code finds the token it kept (no join form), shows its dots, and its new
    dots replace the old ones: one ballot, one name."""
    host = FileHost(room_file)
    workshop = host.workshop()
    board_id, vote_id = workshop.all(Board)[0].id, workshop.all(VoteSession)[0].id
    plus = "document.querySelectorAll('#options li button:last-of-type')"
    minus = "document.querySelectorAll('#options li button:first-of-type')"
    counted = "document.getElementById('vote-status').textContent.startsWith('Vos gommettes')"

    async def main() -> list[str]:
        first = RoomServer(RoomSession(host, board_id=board_id, vote_id=vote_id))
        await first.start("127.0.0.1", 0)
        try:
            async with Chromium(tmp_path / "profile") as browser:
                page = await browser.open(first.join_url())
                await page.wait_for("!document.getElementById('join').classList.contains('hidden')")
                await page.evaluate("document.querySelector('#join-form button').click()")
                await page.wait_for("document.querySelectorAll('#options li').length === 3")
                await page.evaluate(f"{plus}[0].click(); {plus}[0].click()")
                await page.evaluate("document.getElementById('send-dots').click()")
                await page.wait_for(counted)
                await first.stop()
                second = RoomServer(RoomSession(host, board_id=board_id, vote_id=vote_id))
                await second.start("127.0.0.1", first.port)  # the app's port, as always
                try:
                    assert second.session.code != first.session.code
                    page = await browser.open(second.join_url())
                    await page.wait_for("document.querySelectorAll('#options li').length === 3")
                    assert await page.evaluate(
                        "document.getElementById('join').classList.contains('hidden')"
                    )
                    shown = await page.evaluate(
                        "[...document.querySelectorAll('#options output')].map(o => o.textContent)"
                    )
                    await page.evaluate(f"{minus}[0].click(); {plus}[2].click()")
                    await page.evaluate("document.getElementById('send-dots').click()")
                    await page.wait_for(counted)
                    return [str(n) for n in shown]
                finally:
                    await second.stop()
        finally:
            await first.stop()

    try:
        shown = asyncio.run(main())
    finally:
        host.close()
    assert shown == ["2", "0", "0"]  # its dots, from the first link
    file, reopened = WorkshopFile.open(room_file, read_only=True)
    file.close()
    ballots = sorted((b.participant, b.dots) for b in reopened.all(Ballot))
    (phone,) = reopened.all(RoomPhone)
    assert phone.label.startswith("📱 · ") and phone.name == ""
    assert ballots == [(phone.label, 1), (phone.label, 1)]


EVIL = """<!doctype html><html><body><p>Un autre site</p></body></html>"""

ATTACKS = """
(async () => {
  const room = %s, said = [];
  const tries = [
    // a "simple" request: no preflight, text/plain, the answer unreadable (opaque)
    ["join", {method: "POST", mode: "no-cors", headers: {"Content-Type": "text/plain"},
              body: JSON.stringify({name: "Pirate"})}],
    // JSON: the browser asks first (OPTIONS), the room says no, nothing is sent
    ["join", {method: "POST", headers: {"Content-Type": "application/json"},
              body: JSON.stringify({name: "Pirate"})}],
    ["state", {method: "GET", mode: "no-cors"}],
  ];
  for (const [path, options] of tries) {
    try {
      const answer = await fetch(room + "/api/" + path, options);
      said.push(answer.type + ":" + answer.status);
    } catch (e) { said.push("refused"); }
  }
  return said;
})()
"""


def test_a_page_on_another_site_cannot_use_the_room_through_a_participant_s_browser(
    room_file: Path, tmp_path: Path
) -> None:
    """A participant's browser opens a page of another site (127.0.0.2 here) whose script
    knows the room's address and code: whatever it sends, nobody joins and it reads
    nothing."""
    from aiohttp import web

    host = FileHost(room_file)
    session = RoomSession(host, board_id=host.workshop().all(Board)[0].id)
    server = RoomServer(session)

    async def evil(_request: web.Request) -> web.Response:
        return web.Response(text=EVIL, content_type="text/html")

    async def main() -> list[str]:
        await server.start("127.0.0.1", 0)
        app = web.Application()
        app.router.add_get("/", evil)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.2", 0)
        await site.start()
        try:
            async with Chromium(tmp_path / "profile") as browser:
                page = await browser.open(f"http://127.0.0.2:{site.port}/")
                said = await page.evaluate(ATTACKS % json.dumps(server.join_url()))
                assert isinstance(said, list)
                return [str(s) for s in said]
        finally:
            await runner.cleanup()
            await server.stop()

    try:
        said = asyncio.run(main())
    finally:
        host.close()
    assert said == ["opaque:0", "refused", "opaque:0"]  # nothing readable
    assert session.participants == {}  # and nobody joined
    assert server.refused >= 2  # the simple POST and the GET, seen and refused


SCALED = """(async () => {
  const bytes = Uint8Array.from(atob(%s), (c) => c.charCodeAt(0));
  const blob = await scaledPhoto(new Blob([bytes], {type: "image/png"}));
  const data = new Uint8Array(await blob.arrayBuffer());
  let text = ""; for (const byte of data) text += String.fromCharCode(byte);
  return [blob.type, btoa(text)];
})()"""


def test_the_page_lays_a_transparent_drawing_on_white(room_file: Path, tmp_path: Path) -> None:
    """The page turns a chosen image into a JPEG through a canvas before sending it: a
    sketch with a transparent background (black lines, as drawing apps save them) came
    out all black, its lines lost; it is laid on white, as on paper."""
    sketch = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    ImageDraw.Draw(sketch).line((0, 50, 200, 50), fill=(0, 0, 0, 255), width=8)
    png = io.BytesIO()
    sketch.save(png, "PNG")
    host = FileHost(room_file)
    session = RoomSession(host, board_id=host.workshop().all(Board)[0].id)
    server = RoomServer(session)

    async def main() -> list[str]:
        await server.start("127.0.0.1", 0)
        try:
            async with Chromium(tmp_path / "profile") as browser:
                page = await browser.open(server.join_url())
                encoded = base64.b64encode(png.getvalue()).decode("ascii")
                said = await page.evaluate(SCALED % json.dumps(encoded))
                assert isinstance(said, list)
                return [str(s) for s in said]
        finally:
            await server.stop()

    try:
        kind, data = asyncio.run(main())
    finally:
        host.close()
    assert kind == "image/jpeg"
    sent = Image.open(io.BytesIO(base64.b64decode(data))).convert("RGB")
    assert sent.size == (200, 100)
    paper, line = sent.getpixel((100, 10)), sent.getpixel((100, 50))
    assert isinstance(paper, tuple) and isinstance(line, tuple)
    assert min(paper) > 245 and max(line) < 20

"""Photos from phones in a real browser (issue 19): headless Chromium (Debian's, skipped
where it is not installed) takes the room's page through a photo as a participant
does: join, take a 12-megapixel camera photo (chosen through the DevTools protocol, as
the phone's picker hands it over), type a caption, send, while the upload is slowed
to a phone's Wi-Fi; what the phone shows is watched as it changes, and the laptop's
side is read back from the reopened workshop file. Then the Wi-Fi failing before,
during and after a send, each retried without a duplicate; the facilitator's own page;
and files that are no photo, each refused with a sentence on the phone."""

from __future__ import annotations

import asyncio
import io
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageStat

from facilitator.domain.images import MAX_STORED_SIDE
from facilitator.domain.records import Attachment, Board
from facilitator.room import limits
from facilitator.room.connections import HANDLING, Connection
from facilitator.room.page_text import TEXT
from facilitator.room.server import RoomServer
from facilitator.room.session import RoomSession
from facilitator.ui.board.photos import reencoded_photo
from tests.image_files import blank_jpeg
from tests.room.cdp import Chromium, Page, chromium_path
from tests.room.file_host import FileHost
from tests.room.phones import reopened
from tests.room.photo_files import COMMENT, HEIC, SVG, phone_photo, small_jpeg

pytestmark = [
    pytest.mark.usefixtures("qapp"),  # the laptop's decoder is the app's, in Qt
    pytest.mark.skipif(chromium_path() is None, reason="Debian's chromium is needed"),
]

FR = TEXT["fr"]
HOOK = "document.title = 'pwned'"
CAPTION = f'<img src=x onerror="{HOOK}"> <b>Mur</b> «\u00a0idées\u00a0» 🧱 جدار الأفكار'
SENDING = re.compile(FR["photo_sending"].replace("{percent}", r"(\d+)"))
MAX_CUTS = 6  # Chromium sends a POST again, unasked, when the connection it reused breaks

# Watches the page as the phone's owner does: every sentence the photo part says and
# every value of its progress bar, in order (a MutationObserver misses none), and any
# breach of the page's content security policy.
WATCH = """
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
window.said = []; window.bars = [];
new MutationObserver(() => said.push(document.getElementById('photo-status').textContent))
  .observe(document.getElementById('photo-status'), {childList: true, characterData: true});
new MutationObserver(() => bars.push(document.getElementById('photo-progress').value))
  .observe(document.getElementById('photo-progress'), {attributes: true,
    attributeFilter: ['value']});
true
"""


def shown(element: str) -> str:
    return f"!document.getElementById('{element}').classList.contains('hidden')"


def text_of(element: str) -> str:
    return f"document.getElementById('{element}').textContent"


def click(element: str) -> str:
    return f"document.getElementById('{element}').click()"


STATUS = text_of("photo-status")


@dataclass
class Room:
    """A room link on a real workshop file, its first board open for ideas and photos;
    `received`: the bytes each photo reached the laptop's decoder with."""

    host: FileHost
    server: RoomServer
    received: list[bytes] = field(default_factory=list)

    def photos(self) -> list[Attachment]:
        return [a for a in self.host.workshop().all(Attachment) if a.sender]


Scenario = Callable[[Page, Room], Awaitable[None]]


def run_in_browser(
    path: Path, profile: Path, scenario: Scenario, *, facilitator: bool = False
) -> Room:
    """Start the link, open the participant's page (or the facilitator's own) in a
    phone-sized tab, watch it (`WATCH`), play `scenario`, check no policy was breached,
    stop. The rate limits of requests are lifted: the test's clock stands still."""
    host = FileHost(path)
    room = Room(host, RoomServer(RoomSession(host, board_id=host.workshop().all(Board)[0].id)))

    def decoder(data: bytes) -> tuple[bytes, int, int]:
        room.received.append(data)
        return reencoded_photo(data)

    room.server.session.photo_decoder = decoder
    for name in ("per_phone", "per_address"):
        setattr(room.server, name, limits.RateLimiter(rate=10**6, burst=10**6))

    async def main() -> None:
        server = room.server
        await server.start("127.0.0.1", 0)
        try:
            async with Chromium(profile) as browser:
                page = await browser.open(
                    server.facilitator_url() if facilitator else server.join_url()
                )
                assert await page.evaluate(WATCH)
                await scenario(page, room)
                assert await page.evaluate("window.violations") == []
                assert await page.evaluate("document.title") != "pwned"
        finally:
            await server.stop()

    try:
        asyncio.run(main())
    finally:
        host.close()
    return room


async def join(page: Page, name: str) -> None:
    await page.evaluate(f"document.getElementById('name').value = {json.dumps(name)}")
    await page.evaluate("document.querySelector('#join-form button').click()")
    await page.wait_for(shown("photo"))


async def choose(page: Page, photo: Path, *, camera: bool = False) -> dict[str, Any]:
    """Hand `photo` to the page's camera button or its photo chooser, wait until the
    page has prepared it: its preview's pixel size and the bytes it will send."""
    await page.set_files("#photo-take" if camera else "#photo-choose", photo)
    await page.wait_for(shown("photo-preview"))
    await page.wait_for("document.getElementById('photo-preview').complete")
    prepared: dict[str, Any] = await page.evaluate(
        "({width: document.getElementById('photo-preview').naturalWidth,"
        " height: document.getElementById('photo-preview').naturalHeight,"
        " bytes: photoJob.blob.size})"
    )
    return prepared


async def wifi(page: Page, *, offline: bool = False, upload_bytes_per_s: float = -1) -> None:
    """The phone's Wi-Fi as DevTools emulates it: gone, slowed (bytes a second) or as is.
    It applies to requests that start afterwards."""
    await page.send(
        "Network.emulateNetworkConditions",
        offline=offline,
        latency=0,
        downloadThroughput=-1,
        uploadThroughput=upload_bytes_per_s,
    )


def percents(said: list[str]) -> list[int]:
    """The percentages the page showed while sending, in order."""
    return [int(m.group(1)) for m in map(SENDING.fullmatch, said) if m is not None]


def photo_posts(page: Page) -> list[str]:
    """The photos the tab sent (POST `api/photo`), from the Network events it kept."""
    return [
        e["params"]["request"]["url"]
        for e in page.events
        if e["method"] == "Network.requestWillBeSent"
        and e["params"]["request"]["method"] == "POST"
        and e["params"]["request"]["url"].endswith("/api/photo")
    ]


def reading(server: RoomServer) -> Connection | None:
    """The connection whose photo the laptop is reading (handled, with a deadline)."""
    found = [c for c in server.connections.open if c.state == HANDLING and c.deadline_ms]
    return found[0] if found else None


def test_a_camera_photo_goes_from_the_phone_s_page_to_the_review_scaled_upright_and_clean(
    room_file: Path, tmp_path: Path
) -> None:
    """The issue's example, in a browser: a 12-megapixel photo taken held upright (EXIF
    orientation 6, with its location), a hostile caption typed, sent over a slow Wi-Fi
    with the progress shown; the laptop gets what the phone's canvas made of it and
    keeps it pending, upright, at most `MAX_STORED_SIDE` a side, without metadata."""
    original = phone_photo()
    camera = tmp_path / "IMG_20250612_103015.jpg"
    camera.write_bytes(original)
    seen: dict[str, Any] = {}

    async def scenario(page: Page, room: Room) -> None:
        await join(page, "Amina")
        board = room.host.workshop().all(Board)[0].title
        target = FR["photo_to_board"].replace("{title}", board)
        assert await page.evaluate(text_of("to-board-text")) == target
        prepared = await choose(page, camera, camera=True)
        assert (prepared["width"], prepared["height"]) == (1800, 2400)  # turned, scaled
        seen["bytes"] = prepared["bytes"]
        await page.evaluate("document.getElementById('photo-caption').focus()")
        await page.send("Input.insertText", text=CAPTION)  # as the keyboard types it
        assert await page.evaluate("document.getElementById('photo-caption').value") == CAPTION
        await page.send("Network.enable")
        await wifi(page, upload_bytes_per_s=prepared["bytes"] / 4)  # four seconds
        await page.evaluate(click("send-photo"))
        await page.wait_for(f"{STATUS} === {json.dumps(FR['photo_sent'])}", timeout=60)
        sent = FR["photos_sent"].replace("{n}", "1")
        await page.wait_for(f"{text_of('photos-sent')} === {json.dumps(sent)}")
        seen["said"] = await page.evaluate("window.said")
        seen["bars"] = await page.evaluate("window.bars")
        for part in ("photo-preview", "photo-progress", "retry-photo"):
            assert not await page.evaluate(shown(part))  # done: ready for the next one
        assert await page.evaluate("document.getElementById('photo-caption').value") == ""
        assert await page.evaluate("document.getElementById('photo-status').className") == (
            "status ok"
        )
        made = await page.evaluate(
            "Array.from(document.querySelectorAll('img:not(#photo-preview), b'), e => e.tagName)"
        )
        assert made == []  # the caption never became elements
        assert photo_posts(page) == [room.server.join_url() + "/api/photo"]  # sent once

    room = run_in_browser(room_file, tmp_path / "profile", scenario)

    said = seen["said"]
    assert said[0] == FR["photo_preparing"]
    assert said[-2:] == [FR["photo_checking"], FR["photo_sent"]]
    shown_percents = percents(said)
    assert shown_percents == sorted(shown_percents) and shown_percents[0] == 0
    assert shown_percents[-1] == 100 and any(0 < p < 100 for p in shown_percents)
    assert len(set(shown_percents)) >= 3  # the phone saw it advance
    bars = [float(value) for value in seen["bars"]]
    assert bars == sorted(bars) and bars[-1] == 100 and any(0 < v < 100 for v in bars)

    (sent,) = room.received  # what the phone's canvas made of the camera's photo
    assert len(sent) == seen["bytes"] < len(original) // 3
    as_sent = Image.open(io.BytesIO(sent))
    assert as_sent.format == "JPEG" and as_sent.size == (1800, 2400)  # from 4,000 x 3,000
    assert dict(as_sent.getexif()) == {} and b"PhoneMaker" not in sent  # nothing kept

    (stored,) = [a for a in reopened(room_file).all(Attachment) if a.sender]
    assert (stored.review, stored.owner_kind, stored.caption) == ("pending", "board", CAPTION)
    assert stored.owner_id == reopened(room_file).all(Board)[0].id
    assert stored.sender.startswith("Amina · ") and stored.media_type == "image/jpeg"
    assert (stored.width, stored.height) == (1800, 2400)
    assert max(stored.width, stored.height) <= MAX_STORED_SIDE
    image = Image.open(io.BytesIO(stored.data))
    assert image.size == (1800, 2400) and dict(image.getexif()) == {}
    assert image.getexif().get_ifd(0x8825) == {}  # no location
    for kept in (b"Exif", b"PhoneMaker", COMMENT):
        assert kept not in stored.data
    top = ImageStat.Stat(image.convert("RGB").crop((0, 0, 1800, 240))).mean
    bottom = ImageStat.Stat(image.convert("RGB").crop((0, 2160, 1800, 2400))).mean
    assert top[0] > 110 and top[2] < 60  # red on top: turned as the phone was held
    assert bottom[2] > 110 and bottom[0] < 60


def test_a_send_cut_before_or_during_the_upload_is_retried_and_stored_once(
    room_file: Path, tmp_path: Path
) -> None:
    """The Wi-Fi gone when « Envoyer » is tapped: the phone says so and keeps the photo.
    Back, slow, and cut while the photo is on its way (the laptop's end of the connection
    closed, as when the phone walks out of reach; Chromium tries again by itself on a
    reused connection, so it is cut until the page hears of it): said again. The retry
    sends it whole, once."""
    photo = tmp_path / "mur.jpg"
    photo.write_bytes(phone_photo())
    seen: dict[str, Any] = {}

    async def scenario(page: Page, room: Room) -> None:
        await join(page, "Noé")
        prepared = await choose(page, photo)
        await page.send("Network.enable")
        await wifi(page, offline=True)
        await page.evaluate(click("send-photo"))
        await page.wait_for(shown("retry-photo"))
        assert await page.evaluate(STATUS) == FR["photo_failed"]
        assert await page.evaluate(shown("photo-preview"))  # the photo stays on the phone
        assert room.photos() == [] and room.received == []

        await wifi(page, upload_bytes_per_s=prepared["bytes"] / 8)
        await page.evaluate(click("retry-photo"))
        await page.wait_for("document.getElementById('photo-progress').value >= 10")
        cuts = 0
        while not await page.evaluate(shown("retry-photo")):
            connection = reading(room.server)
            if connection is not None:
                connection.cut()
                cuts += 1
            assert cuts <= MAX_CUTS
            await asyncio.sleep(0.05)
        assert await page.evaluate(STATUS) == FR["photo_failed"]
        assert cuts >= 1 and room.photos() == [] and room.received == []
        await page.wait_for(f"!{shown('photo-progress')}")

        await wifi(page)
        await page.evaluate(click("retry-photo"))
        await page.wait_for(f"{STATUS} === {json.dumps(FR['photo_sent'])}", timeout=30)
        seen["said"] = await page.evaluate("window.said")
        assert len(room.photos()) == 1

    room = run_in_browser(room_file, tmp_path / "profile", scenario)
    assert [s for s in seen["said"] if s == FR["photo_failed"]] == [FR["photo_failed"]] * 2
    assert len(room.received) == 1
    (stored,) = [a for a in reopened(room_file).all(Attachment) if a.sender]
    assert stored.sender.startswith("Noé · ") and (stored.width, stored.height) == (1800, 2400)


def test_an_answer_lost_after_the_laptop_stored_the_photo_makes_no_duplicate(
    room_file: Path, tmp_path: Path
) -> None:
    """The photo arrived and was stored, but its answer never reached the phone (the
    browser's network fails the response): the phone says the send failed; its retry
    asks first, hears "stored", says « Photo envoyée » and sends nothing again."""
    photo = tmp_path / "maquette.jpg"
    photo.write_bytes(phone_photo(bands=False))

    async def scenario(page: Page, room: Room) -> None:
        await join(page, "Inès")
        await choose(page, photo)
        await page.evaluate("document.getElementById('photo-caption').value = 'Maquette'")
        await page.send("Network.enable")
        await page.send(
            "Fetch.enable", patterns=[{"urlPattern": "*/api/photo", "requestStage": "Response"}]
        )
        await page.evaluate(click("send-photo"))
        paused = await page.event("Fetch.requestPaused")
        assert (paused["request"]["method"], paused["responseStatusCode"]) == ("POST", 201)
        assert [p.caption for p in room.photos()] == ["Maquette"]  # already on disk
        await page.send(
            "Fetch.failRequest", requestId=paused["requestId"], errorReason="ConnectionReset"
        )
        await page.wait_for(shown("retry-photo"))
        assert await page.evaluate(STATUS) == FR["photo_failed"]
        await page.send("Fetch.disable")
        await page.evaluate(click("retry-photo"))
        await page.wait_for(f"{STATUS} === {json.dumps(FR['photo_sent'])}")
        sent = FR["photos_sent"].replace("{n}", "1")
        await page.wait_for(f"{text_of('photos-sent')} === {json.dumps(sent)}")
        assert len(photo_posts(page)) == 1  # the retry asked, and sent nothing again

    room = run_in_browser(room_file, tmp_path / "profile", scenario)
    assert len(room.received) == 1
    assert [p.caption for p in reopened(room_file).all(Attachment) if p.sender] == ["Maquette"]


def test_the_facilitator_s_own_page_sends_a_photo_as_animation(
    room_file: Path, tmp_path: Path
) -> None:
    photo = tmp_path / "IMG_0042.jpg"
    photo.write_bytes(phone_photo(bands=False))

    async def scenario(page: Page, room: Room) -> None:
        await page.wait_for(shown("photo"))
        assert await page.evaluate(text_of("facilitator-welcome")) == FR["facilitator_welcome"]
        assert not await page.evaluate("!!document.getElementById('join')")  # no joining
        prepared = await choose(page, photo, camera=True)
        assert (prepared["width"], prepared["height"]) == (1800, 2400)
        await page.evaluate("document.getElementById('photo-caption').focus()")
        await page.send("Input.insertText", text="Mur des idées — vue d’ensemble")
        await page.evaluate(click("send-photo"))
        expected = FR["facilitator_photo_sent"]
        await page.wait_for(f"{STATUS} === {json.dumps(expected)}", timeout=30)
        sent = FR["photos_sent"].replace("{n}", "1")
        await page.wait_for(f"{text_of('photos-sent')} === {json.dumps(sent)}")

    room = run_in_browser(room_file, tmp_path / "profile", scenario, facilitator=True)
    assert len(room.received) == 1
    (stored,) = [a for a in reopened(room_file).all(Attachment) if a.sender]
    assert (stored.sender, stored.review, stored.caption) == (
        "Animation",
        "pending",
        "Mur des idées — vue d’ensemble",
    )
    assert (stored.width, stored.height) == (1800, 2400)


def _odd_jpeg() -> bytes:
    """A JPEG whose header says 12 bits a sample: whole, but neither Chromium nor the
    laptop's Qt decodes it (a phone's browser cannot show it: it sends it as it is)."""
    data = bytearray(small_jpeg())
    frame = data.find(b"\xff\xc0")
    data[frame + 4] = 12
    return bytes(data)


REFUSED_ON_THE_PHONE = [
    ("compte-rendu.jpg", "Compte rendu de l’atelier\n".encode() * 40, "photo_not_image"),
    ("dessin.jpg", SVG, "photo_svg"),  # an SVG named as a photo: decodable here, refused
    ("IMG_0001.HEIC", HEIC, "photo_heic"),
    ("coupee.jpg", phone_photo()[:2_000_000], "photo_truncated"),  # the camera's, cut
    ("immense.jpg", blank_jpeg(20_000, 20_000), "photo_too_large"),  # never decoded here
]


@pytest.mark.qt_log_ignore("Unsupported JPEG data precision 12")  # Qt's refusal, said
def test_files_that_are_no_photo_are_refused_with_a_sentence_on_the_phone(
    room_file: Path, tmp_path: Path
) -> None:
    """What the laptop would refuse is refused on the phone from the file's bytes,
    before decoding (a 20,000 x 20,000 image would take the phone's memory) and before
    sending anything over the Wi-Fi; no broken preview. A JPEG the phone cannot show
    goes as it is, and the laptop's refusal is said."""
    files = []
    for name, data, key in REFUSED_ON_THE_PHONE:
        (tmp_path / name).write_bytes(data)
        files.append((tmp_path / name, key))
    odd = tmp_path / "douze-bits.jpg"
    odd.write_bytes(_odd_jpeg())

    async def scenario(page: Page, room: Room) -> None:
        await join(page, "Yasmine")
        await page.send("Network.enable")
        for path, key in files:
            await page.set_files("#photo-choose", path)
            await page.wait_for(f"{STATUS} === {json.dumps(FR[key])}")
            await page.wait_for("!photoSending")
            assert await page.evaluate("document.getElementById('photo-status').className") == (
                "status bad"
            ), key
            assert not await page.evaluate(shown("photo-preview")), key
            await page.evaluate(click("send-photo"))  # nothing to send
            assert await page.evaluate(STATUS) == FR["photo_empty"], key
        assert photo_posts(page) == []  # nothing went over the Wi-Fi

        await page.set_files("#photo-choose", odd)
        await page.wait_for("!photoSending && photoJob !== null")
        assert not await page.evaluate(shown("photo-preview"))  # cannot show it: no preview
        await page.evaluate(click("send-photo"))
        await page.wait_for(f"{STATUS} === {json.dumps(FR['photo_damaged'])}")
        assert not await page.evaluate(shown("retry-photo"))  # for good: no retry
        assert len(photo_posts(page)) == 1

    room = run_in_browser(room_file, tmp_path / "profile", scenario)
    assert room.received == [odd.read_bytes()]  # the laptop's decoder said no
    assert [a for a in reopened(room_file).all(Attachment) if a.sender] == []

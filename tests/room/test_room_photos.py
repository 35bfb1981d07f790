"""Photos from phones over real HTTP on 127.0.0.1 (issue 19): the form a browser's
`FormData` sends, decoded again by the app's own Qt code, stored in a real workshop file
for review; retries stored once; every bad file and every limit refused with the
sentence the phone shows; the facilitator's own page."""

from __future__ import annotations

import asyncio
import hashlib
import io
import threading
import zlib
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiohttp
import pytest
from PIL import Image, ImageCms, ImageDraw, ImageOps

from facilitator.domain import cards, phone_photos
from facilitator.domain.records import Attachment, Board, Language, PrototypeCard
from facilitator.room import codes, limits
from facilitator.room.connections import HANDLING, Connection
from facilitator.room.page import facilitator_page, participant_page
from facilitator.room.page_text import TEXT
from facilitator.room.server import RoomServer
from facilitator.room.session import RoomSession
from facilitator.ui.board.photos import reencoded_photo
from tests.image_files import blank_jpeg, blank_png
from tests.room.file_host import FileHost
from tests.room.phones import Phone, from_address, reopened
from tests.room.photo_files import (
    AVIF,
    COMMENT,
    HEIC,
    SVG,
    PhotoPhone,
    SlowUpload,
    browser_form,
    camera_jpeg,
    noisy_jpeg,
    screenshot_png,
    small_jpeg,
    upload_id,
)

pytestmark = pytest.mark.usefixtures("qapp")  # the decoder is the app's, in Qt

Scenario = Callable[[PhotoPhone, RoomServer, FileHost], Awaitable[None]]
DECODED_IN: list[str] = []  # the threads the photos were decoded in


def _decoder(data: bytes) -> tuple[bytes, int, int]:
    DECODED_IN.append(threading.current_thread().name)
    return reencoded_photo(data)


def run_photos(path: Path, scenario: Scenario) -> FileHost:
    """A room link on the workshop at `path` (photos go with its first board), a phone
    "Léa" joined from 127.0.0.1, `scenario` played, the link stopped."""
    host = FileHost(path)
    session = RoomSession(host, board_id=host.workshop().all(Board)[0].id, photo_decoder=_decoder)
    server = RoomServer(session)

    async def main() -> None:
        await server.start("127.0.0.1", 0)
        try:
            async with aiohttp.ClientSession() as http:
                phone = Phone(http, server.join_url())
                await phone.join("Léa")
                await scenario(PhotoPhone(http, server.join_url(), phone.token), server, host)
        finally:
            await server.stop()

    try:
        asyncio.run(main())
    finally:
        host.close()
    return host


async def _until(condition: Callable[[], bool]) -> None:
    """Let the loop run until `condition` holds (what the room takes in over loopback):
    a bounded number of turns, not a timer."""
    for _turn in range(200_000):
        if condition():
            return
        await asyncio.sleep(0)
    raise AssertionError("the room never got there")


def _photos(path: Path) -> list[Attachment]:
    return [a for a in reopened(path).all(Attachment) if a.sender]


def test_a_camera_photo_is_stored_upright_without_its_location_waiting_for_review(
    room_file: Path,
) -> None:
    """The issue's example: a phone's camera held on its side, with GPS and a comment,
    sent as the page sends it; stored turned upright, reduced, with no metadata."""
    DECODED_IN.clear()
    photo = camera_jpeg()
    upload = upload_id()

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        assert await phone.ask(upload, len(photo)) == (200, "send")
        caption = "Mur des idées <b>n° 1</b> 🧱"
        assert await phone.send(photo, upload=upload, caption=caption) == (201, "pending")
        mine = Phone(phone.http, phone.base)
        mine.token = phone.token
        _status, state = await mine.call("GET", "state")
        assert state["photos"] == {"board": "Idées « en vrac »", "card": None, "sent": 1}

    run_photos(room_file, scenario)
    (stored,) = _photos(room_file)
    assert (stored.review, stored.owner_kind, stored.caption) == (
        "pending",
        "board",
        "Mur des idées <b>n° 1</b> 🧱",  # text, as typed
    )
    assert stored.sender.startswith("Léa · ") and stored.media_type == "image/jpeg"
    assert (stored.width, stored.height) == (1600, 2400)  # upright, 2,400 on its long side
    image = Image.open(io.BytesIO(stored.data))
    assert image.size == (1600, 2400)
    red, blue = (
        image.convert("RGB").getpixel((800, 300)),
        image.convert("RGB").getpixel((800, 2100)),
    )
    assert isinstance(red, tuple) and isinstance(blue, tuple)
    assert red[0] > 180 > red[2] and blue[2] > 180 > blue[0]  # red on top: turned as held
    assert dict(image.getexif()) == {} and image.getexif().get_ifd(0x8825) == {}
    assert b"Exif" not in stored.data and COMMENT not in stored.data
    assert b"PhoneMaker" not in stored.data and b"ICC_PROFILE" not in stored.data
    assert "comment" not in image.info and "exif" not in image.info
    assert DECODED_IN == ["room-photos_0"]  # in a worker thread, never on the loop


def test_a_retry_never_stores_a_photo_twice(room_file: Path) -> None:
    photo = small_jpeg()
    upload = upload_id()

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        assert await phone.send(photo, upload=upload) == (201, "pending")
        # the answer was lost on the Wi-Fi: the page asks, then would send again
        assert await phone.ask(upload, len(photo)) == (200, "stored")
        assert await phone.send(photo, upload=upload) == (200, "stored")
        assert await phone.send(photo, upload=upload, caption="autre") == (200, "stored")
        # another phone's photo with the same id is another photo
        async with from_address(3) as http:
            other = Phone(http, phone.base)
            await other.join("Noé")
            assert await PhotoPhone(http, phone.base, other.token).send(photo, upload=upload) == (
                201,
                "pending",
            )
        assert await phone.ask(upload_id(), len(photo)) == (200, "send")  # a new photo

    run_photos(room_file, scenario)
    stored = _photos(room_file)
    assert sorted(p.sender.split(" · ")[0] for p in stored) == ["Léa", "Noé"]
    assert len({p.upload_key for p in stored}) == 2


BAD_FILES = [
    (b"Ceci n'est pas une photo.", 415, "photo_not_image"),
    (SVG, 415, "photo_svg"),
    (HEIC, 415, "photo_heic"),
    (AVIF, 415, "photo_avif"),
    (small_jpeg()[:900], 422, "photo_truncated"),
    (small_jpeg()[:200], 422, "photo_damaged"),
    (blank_jpeg(20_000, 20_000, components=1), 413, "photo_too_large"),
    (blank_jpeg(12_000, 9_000, components=1), 413, "photo_too_large"),
    (b"", 400, "photo_empty"),
]


def test_each_bad_file_is_refused_with_the_sentence_the_phone_shows(room_file: Path) -> None:
    DECODED_IN.clear()

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        said = [await phone.send(data) for data, _status, _key in BAD_FILES]
        assert said == [(status, key) for _data, status, key in BAD_FILES]
        assert await phone.send(screenshot_png()) == (201, "pending")  # a screenshot: kept

    run_photos(room_file, scenario)
    assert DECODED_IN == ["room-photos_0"]  # only the screenshot reached the decoder
    (stored,) = _photos(room_file)
    assert stored.data.startswith(b"\xff\xd8") and (stored.width, stored.height) == (400, 300)
    for _data, _status, key in BAD_FILES:
        assert TEXT["fr"][key] and TEXT["en"][key]  # each refusal has its sentence
    assert "JPEG" in TEXT["fr"]["photo_heic"] and "Le plus compatible" in TEXT["fr"]["photo_heic"]
    assert "Most compatible" in TEXT["en"]["photo_heic"]
    assert f"{limits.MAX_PHOTO_BYTES // 2**20} Mo" in TEXT["fr"]["photo_too_big"]
    assert f"{limits.MAX_PHOTO_BYTES // 2**20} MB" in TEXT["en"]["photo_too_big"]
    assert f"{phone_photos.MAX_PIXELS // 10**6} mégapixels" in TEXT["fr"]["photo_too_large"]
    assert f"{limits.MAX_CAPTION_CHARS} characters" in TEXT["en"]["caption_too_long"]


def test_forms_that_are_too_big_or_not_the_page_s_are_refused(room_file: Path) -> None:
    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        too_big = b"\xff\xd8" + bytes(limits.MAX_PHOTO_BYTES)
        assert await phone.ask(upload_id(), len(too_big)) == (413, "photo_too_big")
        assert await phone.send(too_big) == (413, "photo_too_big")  # refused from its length
        assert await phone.send(small_jpeg(), caption="x" * 201) == (413, "caption_too_long")
        assert await phone.send(small_jpeg(), target="ailleurs") == (400, "bad_request")
        mine = {"X-Participant": phone.token, "X-Upload-Id": upload_id()}
        url = f"{phone.base}/api/photo"
        body, kind = browser_form(small_jpeg())
        extra = body.replace(b'name="target"', b'name="secret"')
        async with phone.http.post(url, data=extra, headers={**mine, "Content-Type": kind}) as a:
            assert (a.status, (await a.json())["error"]) == (400, "bad_request")
        async with phone.http.post(  # what a form of another site can send: no upload id
            url, data=body, headers={"X-Participant": phone.token, "Content-Type": kind}
        ) as answer:
            assert answer.status == 415
        evil = {**mine, "Content-Type": kind, "Origin": "http://evil.example"}
        async with phone.http.post(url, data=body, headers=evil) as answer:
            assert answer.status == 403
        assert await PhotoPhone(phone.http, phone.base, "forged").send(small_jpeg()) == (
            401,
            "unknown_phone",
        )
        assert await phone.send(small_jpeg(), upload="../../etc") == (400, "bad_request")

        async def chunks() -> object:
            yield body

        async with phone.http.post(  # chunked: no length said, refused before reading
            url, data=chunks(), headers={**mine, "Content-Type": kind}
        ) as answer:
            assert answer.status == 411
        form = aiohttp.FormData()  # aiohttp's own form (a content type on each part): fine
        form.add_field("caption", "Sans navigateur")
        form.add_field("target", "board")
        form.add_field("photo", small_jpeg(), filename="x.jpg", content_type="image/jpeg")
        async with phone.http.post(url, data=form, headers=mine) as answer:
            assert (answer.status, (await answer.json())["result"]) == (201, "pending")

    run_photos(room_file, scenario)
    assert [p.caption for p in _photos(room_file)] == ["Sans navigateur"]


def test_photos_go_to_the_card_opened_for_them_or_are_not_received(room_file: Path) -> None:
    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        changes, card_id = cards.create_card(host.workshop(), "Guichet itinérant")
        host.apply("card", changes)
        server.session.photo_card_id = card_id
        assert server.session.photo_targets() == {
            "board": "Idées « en vrac »",
            "card": "Guichet itinérant",
        }
        assert await phone.send(small_jpeg(), target="card", caption="maquette") == (
            201,
            "pending",
        )
        server.session.photo_card_id = None  # the facilitator closed the card for photos
        assert await phone.ask(upload_id(), 5000, "card") == (409, "photo_card_closed")
        assert await phone.send(small_jpeg(), target="card") == (409, "photo_card_closed")
        server.session.accepting_photos = False
        assert server.session.state(phone.token)["photos"] is None
        assert await phone.send(small_jpeg()) == (409, "photos_closed")
        server.session.accepting_photos = True
        server.session.board_id = None  # no board, no card: no photos
        assert await phone.ask(upload_id(), 5000) == (409, "photos_closed")

    run_photos(room_file, scenario)
    (stored,) = _photos(room_file)
    card = reopened(room_file).all(PrototypeCard)[0]
    assert (stored.owner_kind, stored.owner_id, stored.caption) == ("card", card.id, "maquette")


def test_byte_budgets_and_photos_waiting_are_limited(
    room_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = small_jpeg()
    form = len(browser_form(photo)[0])

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        uploads = server.photos
        uploads.bytes_per_phone = limits.RateLimiter(rate=form / 60, burst=2 * form)
        assert await phone.send(photo) == (201, "pending")
        assert await phone.send(photo) == (201, "pending")
        assert await phone.ask(upload_id(), len(photo)) == (429, "slow_down")
        assert await phone.send(photo) == (429, "slow_down")
        assert uploads.bytes_per_phone.wait_s(phone.token, form) == 60  # said in Retry-After
        host.clock_ms += 60_000  # a minute later: one more
        assert await phone.send(photo) == (201, "pending")
        uploads.bytes_per_phone = limits.photo_bytes_per_phone()
        uploads.bytes_per_address = limits.RateLimiter(rate=1, burst=form)  # one address
        assert await phone.send(photo) == (201, "pending")
        assert await phone.send(photo) == (429, "slow_down")  # whatever the phone
        uploads.bytes_per_address = limits.photo_bytes_per_address()
        monkeypatch.setattr(limits, "MAX_PENDING_PHOTOS_PER_PHONE", 4)
        assert await phone.send(photo) == (503, "too_many_photos")
        assert await phone.ask(upload_id(), len(photo)) == (503, "too_many_photos")
        facilitator = PhotoPhone(phone.http, server.facilitator_url())
        assert await facilitator.send(photo) == (201, "pending")  # not counted per phone
        monkeypatch.setattr(limits, "MAX_PENDING_PHOTOS", 5)
        assert await facilitator.send(photo) == (503, "too_many_photos")
        workshop = host.workshop()
        host.apply(
            "accept", phone_photos.accepted(workshop, [a.id for a in workshop.all(Attachment)])
        )
        assert await phone.send(photo) == (201, "pending")  # reviewed: room again

    run_photos(room_file, scenario)
    assert len(_photos(room_file)) == 6


def test_uploads_at_once_take_turns_and_one_phone_sends_one_at_a_time(
    room_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Eight phones send at once on a slow Wi-Fi: four bodies are read at a time, the
    others wait their turn, all are stored. A phone's second photo while its first is on
    its way is told to wait; past `MAX_UPLOADS_WAITING`, a phone is told to try later."""

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        tokens = []
        for n in range(8):
            async with from_address(n) as http:
                joined = Phone(http, phone.base)
                await joined.join(f"Téléphone {n}")
                tokens.append(joined.token)
        slow = [
            SlowUpload(phone.base, token, small_jpeg((n * 30, 90, 200 - n * 20)))
            for n, token in enumerate(tokens)
        ]
        for n, upload in enumerate(slow):
            await upload.start(first=300, local=f"127.0.0.{n + 2}")
        uploads = server.photos
        await _until(
            lambda: len(uploads.active) == 8 and uploads.most_reading == limits.MAX_UPLOADS_READ
        )
        mine = PhotoPhone(phone.http, phone.base, tokens[0])
        assert await mine.send(small_jpeg()) == (409, "photo_in_progress")
        assert await mine.ask(slow[0].upload, 5000) == (409, "photo_in_progress")
        monkeypatch.setattr(limits, "MAX_UPLOADS_WAITING", 8)
        assert await phone.send(small_jpeg()) == (503, "photo_busy")
        said = await asyncio.gather(*(upload.finish() for upload in slow))
        assert said == [(201, "pending")] * 8
        assert uploads.most_reading == limits.MAX_UPLOADS_READ and not uploads.active

    run_photos(room_file, scenario)
    assert len(_photos(room_file)) == 8


def _reading(server: RoomServer) -> Connection:
    """The connection whose photo is being read (it has a deadline while handled)."""
    (found,) = [c for c in server.connections.open if c.state == HANDLING and c.deadline_ms]
    return found


def test_a_sender_too_slow_on_average_is_cut_and_its_turn_given_back(room_file: Path) -> None:
    """`MIN_UPLOAD_BYTES_PER_S` on average from its turn, `UPLOAD_GRACE_S` for the first
    byte, counted on the bytes received so far: after 1,000 bytes, the next ones are due
    10.06 s after its turn began, whatever it declared."""

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        photo = small_jpeg()
        slow = SlowUpload(phone.base, phone.token, photo)
        await slow.start(first=1000)
        await _until(lambda: server.photos.reading_now == 1)  # its turn: being read
        due = limits.upload_deadline_ms(host.clock_ms, 1000)
        assert due - host.clock_ms == 10_061
        await _until(lambda: _reading(server).deadline_ms == due)
        host.clock_ms = due - 1
        server.connections.sweep()  # (the test client's idle connections may go)
        assert server.photos.reading_now == 1
        timed_out = server.connections.timed_out
        host.clock_ms += 1
        assert server.connections.sweep() == 1  # too slow: cut
        assert server.connections.timed_out == timed_out + 1
        assert await slow.answer() == (0, "cut")
        await _until(lambda: not server.photos.active and server.photos.reading_now == 0)
        assert await phone.send(photo, upload=slow.upload) == (201, "pending")  # the retry

    run_photos(room_file, scenario)
    assert len(_photos(room_file)) == 1


def test_a_sender_trickling_bytes_is_cut_in_seconds_not_minutes(room_file: Path) -> None:
    """A slowloris body: 6 MB declared, a first kilobyte, then 100 bytes every 5 s. A
    pause under `UPLOAD_STALL_S` each time, so the stall alone held one of the
    `MAX_UPLOADS_READ` turns until the declared bytes' deadline, 6.6 minutes (measured:
    cut after 361 s); counted on the bytes received, it is cut at the first sweep past
    10.07 s, and the photos of others are read again."""

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        huge = b"\xff\xd8" + bytes(limits.MAX_PHOTO_BYTES - 2)
        slow = SlowUpload(phone.base, phone.token, huge)
        assert limits.upload_deadline_ms(0, len(slow.body)) > 390_000  # what it declared
        await slow.start(first=1000)
        await _until(lambda: server.photos.reading_now == 1)
        started = host.clock_ms
        for _pause in range(2):  # at 5 s and 10 s: still within the average
            host.clock_ms += 5_000
            await slow.more(100)
            server.connections.sweep()
            assert server.photos.reading_now == 1
        deadline = _reading(server).deadline_ms
        assert deadline is not None and deadline <= limits.upload_deadline_ms(started, 1200)
        host.clock_ms += 5_000
        await slow.more(100)
        server.connections.sweep()
        assert await slow.answer() == (0, "cut")
        await _until(lambda: not server.photos.active and server.photos.reading_now == 0)
        assert await phone.send(small_jpeg()) == (201, "pending")  # its turn given back

    run_photos(room_file, scenario)
    assert len(_photos(room_file)) == 1


def test_a_sender_silent_too_long_is_cut(room_file: Path) -> None:
    """Each chunk received gives `UPLOAD_STALL_S` more, within the average's deadline: a
    phone ahead of the average (300 KB at once) may pause, but never more than 20 s."""

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        photo = noisy_jpeg()
        slow = SlowUpload(phone.base, phone.token, photo)
        await slow.start(first=300_000)
        await _until(lambda: server.photos.reading_now == 1)
        started = host.clock_ms
        stall = started + limits.UPLOAD_STALL_S * 1000
        await _until(lambda: _reading(server).deadline_ms == stall)  # ahead: the stall
        host.clock_ms += 15_000
        await slow.more(200_000)  # it goes on: 20 s more from now
        await _until(lambda: _reading(server).deadline_ms == host.clock_ms + 20_000)
        host.clock_ms += 19_999
        server.connections.sweep()
        assert server.photos.reading_now == 1
        host.clock_ms += 1
        assert server.connections.sweep() == 1
        assert await slow.answer() == (0, "cut")

    run_photos(room_file, scenario)
    assert _photos(room_file) == []


def test_the_facilitator_s_own_page_sends_photos_as_the_facilitator(room_file: Path) -> None:
    upload = upload_id()

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        url = server.facilitator_url()
        session = server.session
        assert session.facilitator_code not in await (await phone.http.get(phone.base)).text()
        async with phone.http.get(url) as page:
            html = await page.text()
            assert page.status == 200 and TEXT["fr"]["facilitator_welcome"] in html
            assert 'capture="environment"' in html and 'data-role="facilitator"' in html
        async with phone.http.get(f"{url}/api/state") as state:
            assert await state.json() == {
                "photos": {"board": "Idées « en vrac »", "card": None},
                "sent": 0,
            }
        facilitator = PhotoPhone(phone.http, url)
        assert await facilitator.send(camera_jpeg(), upload=upload, caption="Mur 2") == (
            201,
            "pending",
        )
        assert await facilitator.send(camera_jpeg(), upload=upload) == (200, "stored")
        async with phone.http.get(f"{url}/api/state") as state:
            assert (await state.json())["sent"] == 1
        base = url.rsplit("/", 1)[0]
        async with phone.http.get(f"{base}/{session.code}") as page:  # the room's code
            assert page.status == 403
        wrong = PhotoPhone(phone.http, f"{base}/{'Q' * codes.FACILITATOR_CODE_LENGTH}")
        assert await wrong.ask(upload_id(), 10) == (403, "bad_code")
        session.close()
        async with phone.http.get(url) as page:
            assert page.status == 410

    run_photos(room_file, scenario)
    (stored,) = _photos(room_file)
    assert (stored.sender, stored.caption, stored.review) == ("Animation", "Mur 2", "pending")
    assert stored.upload_key == phone_photos.upload_key(phone_photos.FACILITATOR, upload)


def test_a_full_disk_tells_the_phone_the_photo_is_kept(room_file: Path) -> None:
    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        host.file.set_page_limit_for_tests(host.file.page_count())  # the disk is now full
        assert await phone.send(camera_jpeg(), caption="gardée") == (202, "saved_later")
        assert server.session.saved_later == 1
        host.file.set_page_limit_for_tests(1_000_000)
        assert host.flush()

    run_photos(room_file, scenario)
    assert [p.caption for p in _photos(room_file)] == ["gardée"]


def test_the_participant_page_has_the_photo_part(room_file: Path) -> None:
    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        async with phone.http.get(phone.base) as page:
            html = await page.text()
            policy = page.headers["Content-Security-Policy"]
        assert 'accept="image/*" capture="environment"' in html
        assert f'data-photo-side="{2400}"' in html
        assert f'data-photo-bytes="{limits.MAX_PHOTO_BYTES}"' in html
        assert "img-src 'self' data: blob:" in policy  # the preview of the chosen photo

    run_photos(room_file, scenario)


def test_upload_keys_follow_the_token_digest() -> None:
    token = codes.new_token()
    upload = upload_id()
    digest = hashlib.sha256(token.encode()).hexdigest()
    expected = hashlib.sha256(f"{digest}:{upload}".encode()).hexdigest()
    assert phone_photos.upload_key(codes.token_digest(token), upload) == expected


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_photo_parts_speak_the_workshop_s_language(language: Language) -> None:
    """Every word of the participant's page and of the facilitator's own page is one of
    the room's (page_text), in the workshop's language."""
    from tests.ui.test_language_everywhere import PageWords

    for html, _nonce in (participant_page(language), facilitator_page(language)):
        words = PageWords()
        words.feed(html)
        assert set(words.texts) <= set(TEXT[language].values()) | {"—"}, words.texts
        assert words.words == TEXT[language]
        assert TEXT[language]["photo_take"] in words.texts


def test_a_removed_phone_s_waiting_photos_go_with_it(room_file: Path) -> None:
    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        for caption in ("une", "deux"):
            assert await phone.send(small_jpeg(), caption=caption) == (201, "pending")
        facilitator = PhotoPhone(phone.http, server.facilitator_url())
        assert await facilitator.send(small_jpeg(), caption="mur") == (201, "pending")
        server.session.remove(phone.token)
        assert server.session.photos_hidden == 2
        assert host.applied[-1] == "Hide photos from phones"  # one undoable edit
        assert await phone.send(small_jpeg()) == (403, "removed")

    run_photos(room_file, scenario)
    assert [p.caption for p in _photos(room_file)] == ["mur"]


# -- attacks: a hostile phone, a careless participant (issue 19, attack pass) ---------------
def _pil(image: Image.Image, kind: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, kind, **options)
    return out.getvalue()


def _cut_inside(png: bytes, kept: float = 0.98) -> bytes:
    """`png` with its image data cut short, then a whole IEND chunk after it: it looks
    complete from its header and its end, and the decoder works through most of it
    before it fails."""
    at = png.index(b"IDAT") - 4
    length = int.from_bytes(png[at : at + 4], "big")
    data = png[at + 8 : at + 8 + length]
    data = data[: int(len(data) * kept)]
    crc = zlib.crc32(b"IDAT" + data).to_bytes(4, "big")
    chunk = len(data).to_bytes(4, "big") + b"IDAT" + data + crc
    return png[:at] + chunk + b"\x00\x00\x00\x00IEND\xaeB`\x82"


def test_a_phone_removed_while_its_photo_is_on_its_way_stores_nothing(
    room_file: Path,
) -> None:
    """The facilitator removes a phone while its photo is being received: the photo
    arrives whole, is refused (403 `removed`) and never reaches the review."""

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        slow = SlowUpload(phone.base, phone.token, noisy_jpeg())
        await slow.start(first=1000)
        await _until(lambda: server.photos.reading_now == 1)
        server.session.remove(phone.token)
        assert await slow.finish() == (403, "removed")
        assert server.photos.stored == 0 and server.session.photos_received == 0

    run_photos(room_file, scenario)
    assert _photos(room_file) == []


def test_captions_too_long_or_invisible(room_file: Path) -> None:
    """A caption of 100,000 characters (the page's field stops at 200) is told it is too
    long, not "bad request"; control characters and bidi overrides are removed; a
    caption of nothing visible is no caption."""
    said: list[tuple[int, str]] = []

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        for caption in (
            "x" * 100_000,
            "é" * (limits.MAX_CAPTION_CHARS + 1),
            "\u202eMur\x07\x1b[31m 2\u202c",
            "\u200b\u3164 \u0301\u0301\u2066\u2069",
        ):
            said.append(await phone.send(small_jpeg(), caption=caption))

    run_photos(room_file, scenario)
    assert said == [(413, "caption_too_long")] * 2 + [(201, "pending")] * 2
    assert sorted(p.caption for p in _photos(room_file)) == ["", "Mur[31m 2"]


def test_the_pixels_decoded_are_budgeted_per_phone_stored_or_not(room_file: Path) -> None:
    """A 137 KB PNG of 8,000 x 6,000 blank pixels, cut short inside with its end kept:
    it passes the header's checks, then keeps the decoder busy before failing (422),
    and nothing is stored, so neither the photos waiting nor the byte budget (290 of
    them fit a phone's 40 MB) stopped it. The pixel budget does: 4 of them in 10 minutes
    (`PHOTO_PIXELS_PER_PHONE`), the fifth refused before it is decoded; the phone's
    photos of normal size still go through once the budget refills."""
    DECODED_IN.clear()
    bomb = _cut_inside(blank_png(8000, 6000))
    said: list[tuple[int, str]] = []

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        assert phone_photos.checked(bomb).pixels == 48_000_000
        for _attempt in range(limits.PHOTO_PIXELS_PER_PHONE // 48_000_000 + 1):
            said.append(await phone.send(bomb))
        budget = server.photos.pixels_per_phone
        assert budget.wait_s(phone.token, 48_000_000) > 10  # the page shows it, no retry
        decoded = len(DECODED_IN)
        said.append(await phone.send(small_jpeg()))  # 76,800 pixels: what is left
        host.clock_ms += limits.PHOTO_WINDOW_S * 1000
        said.append(await phone.send(camera_jpeg()))
        assert len(DECODED_IN) == decoded + 2

    run_photos(room_file, scenario)
    assert limits.PHOTO_PIXELS_PER_PHONE >= 4 * phone_photos.MAX_PIXELS  # any photo fits
    assert len(bomb) < 140_000
    assert said == [(422, "photo_damaged")] * 4 + [(429, "slow_down")] + [(201, "pending")] * 2
    assert len(_photos(room_file)) == 2


def test_a_transparent_drawing_is_stored_on_white(room_file: Path) -> None:
    """A sketch drawn in an app, black lines on a transparent background (PNG RGBA, or a
    palette with a transparent colour): its lines used to vanish on black."""
    sketch = Image.new("RGBA", (400, 300), (0, 0, 0, 0))
    ImageDraw.Draw(sketch).line((0, 150, 400, 150), fill=(0, 0, 0, 255), width=12)
    ImageDraw.Draw(sketch).rectangle((300, 0, 400, 60), fill=(0, 0, 255, 128))  # half
    palette = Image.new("P", (400, 300), 0)
    palette.putpalette([0, 0, 0, 200, 30, 30] + [0] * 762)  # the transparent colour: black
    ImageDraw.Draw(palette).line((0, 150, 400, 150), fill=1, width=12)

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        assert await phone.send(_pil(sketch, "PNG"), caption="rgba") == (201, "pending")
        png = _pil(palette, "PNG", transparency=0)
        assert await phone.send(png, caption="palette") == (201, "pending")

    run_photos(room_file, scenario)
    stored = {p.caption: Image.open(io.BytesIO(p.data)).convert("RGB") for p in _photos(room_file)}
    for caption, line in (("rgba", (0, 0, 0)), ("palette", (200, 30, 30))):
        image = stored[caption]
        assert _near(image.getpixel((200, 40)), (255, 255, 255)), caption  # the paper
        assert _near(image.getpixel((200, 150)), line), caption  # the line
    assert _near(stored["rgba"].getpixel((350, 30)), (128, 128, 255))  # blue at half


def _near(pixel: object, expected: tuple[int, int, int]) -> bool:
    assert isinstance(pixel, tuple)
    return all(abs(a - b) <= 8 for a, b in zip(pixel, expected, strict=True))


def _quadrants(width: int, height: int, orientation: int) -> bytes:
    """A `width` x `height` JPEG, its top-left quarter red and the rest blue, with EXIF
    `orientation`."""
    image = Image.new("RGB", (width, height), (20, 20, 230))
    image.paste((230, 20, 20), (0, 0, width // 2, height // 2))
    exif = Image.Exif()
    exif[0x0112] = orientation
    return _pil(image, "JPEG", quality=95, exif=exif.tobytes())


def _many_photos_from_one_phone(server: RoomServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """One phone may send the test's dozen photos at once (its limits are not the
    subject)."""
    monkeypatch.setattr(limits, "MAX_PENDING_PHOTOS_PER_PHONE", 100)
    server.per_phone = limits.RateLimiter(rate=1000, burst=1000)
    server.photos.bytes_per_phone = limits.RateLimiter(rate=1, burst=10**9)


def test_every_exif_orientation_is_applied_as_a_viewer_shows_it(
    room_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Orientations 1 to 8 (mirrored ones too), each as Pillow's `exif_transpose` (and
    every photo viewer) shows it: the same size and the red quarter in the same corner;
    an orientation outside 1 to 8 is left as it is."""
    sent = {n: _quadrants(60, 40, n) for n in (*range(1, 9), 0, 9, 65535)}

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        _many_photos_from_one_phone(server, monkeypatch)
        for number, photo in sent.items():
            assert await phone.send(photo, caption=str(number)) == (201, "pending")

    run_photos(room_file, scenario)
    stored = {int(p.caption): Image.open(io.BytesIO(p.data)) for p in _photos(room_file)}
    for number, photo in sent.items():
        expected = ImageOps.exif_transpose(Image.open(io.BytesIO(photo))).convert("RGB")
        got = stored[number].convert("RGB")
        assert got.size == expected.size, number
        width, height = got.size
        for corner in ((3, 3), (width - 4, 3), (3, height - 4), (width - 4, height - 4)):
            assert _near(got.getpixel(corner), _rgb(expected.getpixel(corner))), (number, corner)


def _rgb(pixel: object) -> tuple[int, int, int]:
    assert isinstance(pixel, tuple)
    return (int(pixel[0]), int(pixel[1]), int(pixel[2]))


def _declaring(jpeg: bytes, width: int, height: int) -> bytes:
    """`jpeg` (2.6 KB) with its frame header saying `width` x `height` pixels."""
    at = jpeg.index(b"\xff\xc0") + 5  # after the marker, the length and the precision
    return jpeg[:at] + height.to_bytes(2, "big") + width.to_bytes(2, "big") + jpeg[at + 4 :]


def _huge_profile() -> bytes:
    """A valid sRGB colour profile padded to 200 KB (a JPEG holds it in 4 segments)."""
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    profile += bytes(200_000)
    profile[0:4] = len(profile).to_bytes(4, "big")  # the size its header declares
    return bytes(profile)


def _odd_photos() -> dict[str, tuple[bytes, tuple[int, int]]]:
    """Real files a phone can hold that are PNG or JPEG all the same, and the size each is
    stored at."""
    red = Image.new("RGB", (640, 480), (200, 40, 40))
    frames = [Image.new("RGB", (64, 64), colour) for colour in ((250, 0, 0), (0, 250, 0))]
    apng = io.BytesIO()
    frames[0].save(apng, "PNG", save_all=True, append_images=frames[1:])
    return {
        "progressive": (_pil(red, "JPEG", progressive=True), (640, 480)),
        "cmyk": (_pil(Image.new("CMYK", (640, 480), (0, 255, 255, 0)), "JPEG"), (640, 480)),
        "grey": (_pil(Image.new("L", (640, 480), 128), "JPEG"), (640, 480)),
        "16-bit": (_pil(Image.new("I;16", (640, 480), 30_000), "PNG"), (640, 480)),
        "apng": (apng.getvalue(), (64, 64)),  # its first frame
        "1x1": (_pil(Image.new("RGB", (1, 1)), "JPEG"), (1, 1)),
        "panorama": (_pil(Image.new("RGB", (10_000, 10)), "JPEG"), (2400, 2)),
        "strip": (_pil(Image.new("RGB", (1, 60_000)), "PNG"), (1, 2400)),
        "icc 200 KB": (_pil(red, "JPEG", icc_profile=_huge_profile()), (640, 480)),
        "exif 64 KB": (_pil(red, "JPEG", exif=b"Exif\x00\x00" + bytes(60_000)), (640, 480)),
        "jpeg+zip": (_pil(red, "JPEG") + b"PK\x03\x04" + bytes(2_000), (640, 480)),
    }


def test_odd_but_real_photos_are_kept_and_other_files_refused(
    room_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kept, re-encoded as a small JPEG: progressive, CMYK and grey JPEGs, a 16-bit PNG,
    an animated PNG (its first frame), 1 x 1, 10,000 x 10 and 1 x 60,000 pixels, 200 KB
    of colour profile, 60 KB of EXIF, a JPEG with a ZIP after it (nothing after the image is
    kept). Refused with the phone's sentence: GIF and WebP (animated or not: the page
    turns what the phone shows into JPEG first), PDF, BMP, TIFF, an HTML page behind a
    JPEG's first bytes, a JPEG declaring 65,000 x 65,000 pixels."""
    odd = _odd_photos()
    frames = [Image.new("RGB", (64, 64), colour) for colour in ((250, 0, 0), (0, 250, 0))]
    gif = io.BytesIO()
    frames[0].save(gif, "GIF", save_all=True, append_images=frames[1:])
    red = Image.new("RGB", (320, 240), (200, 40, 40))
    refused = {
        "gif": (gif.getvalue(), 415, "photo_not_image"),
        "webp": (_pil(red, "WEBP"), 415, "photo_not_image"),
        "pdf": (_pil(red, "PDF"), 415, "photo_not_image"),
        "bmp": (_pil(red, "BMP"), 415, "photo_not_image"),
        "tiff": (_pil(red, "TIFF"), 415, "photo_not_image"),
        "html": (
            b"\xff\xd8\xff\xe0\x00\x10JFIF\x00<html><script>x()</script>",
            422,
            "photo_damaged",
        ),
        "65000": (_declaring(small_jpeg(), 65_000, 65_000), 413, "photo_too_large"),
    }
    said: dict[str, tuple[int, str]] = {}

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        _many_photos_from_one_phone(server, monkeypatch)
        for name, (photo, _size) in odd.items():
            said[name] = await phone.send(photo, caption=name)
        for name, (photo, _status, _key) in refused.items():
            said[name] = await phone.send(photo, caption=name)

    run_photos(room_file, scenario)
    assert said == {
        **dict.fromkeys(odd, (201, "pending")),
        **{name: (status, key) for name, (_photo, status, key) in refused.items()},
    }
    for photo in _photos(room_file):
        assert (photo.width, photo.height) == odd[photo.caption][1], photo.caption
        assert photo.data.startswith(b"\xff\xd8") and b"PK\x03\x04" not in photo.data
        assert len(photo.data) < 40_000, photo.caption
    stored = {p.caption: Image.open(io.BytesIO(p.data)).convert("RGB") for p in _photos(room_file)}
    assert _near(stored["cmyk"].getpixel((5, 5)), (255, 0, 0))  # CMYK read as printed
    assert _near(stored["16-bit"].getpixel((5, 5)), (117, 117, 117))
    assert _near(stored["apng"].getpixel((5, 5)), (250, 0, 0))


def test_a_photo_replayed_after_review_stays_as_the_facilitator_left_it(
    room_file: Path,
) -> None:
    """The same upload id sent again (a retry whose answer was lost, or a replay): after
    the facilitator accepted the photo, "stored" and nothing new; after the facilitator
    hid it (its row deleted), "stored" too: it does not come back to the review."""
    accepted, hidden = upload_id(), upload_id()

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        assert await phone.send(small_jpeg(), upload=accepted, caption="gardée") == (
            201,
            "pending",
        )
        assert await phone.send(small_jpeg(), upload=hidden, caption="cachée") == (
            201,
            "pending",
        )
        workshop = host.workshop()
        by_caption = {p.caption: p.id for p in phone_photos.pending_photos(workshop)}
        host.apply("Accept", phone_photos.accepted(workshop, [by_caption["gardée"]]))
        host.apply("Hide", phone_photos.hidden(workshop, [by_caption["cachée"]]))
        for upload in (accepted, hidden):
            assert await phone.ask(upload, 5000) == (200, "stored")
            assert await phone.send(small_jpeg(), upload=upload, caption="encore") == (
                200,
                "stored",
            )

    run_photos(room_file, scenario)
    assert [(p.caption, p.review) for p in _photos(room_file)] == [("gardée", "shown")]


def test_malformed_upload_ids_are_refused(room_file: Path) -> None:
    """Upload ids that are not the page's (16 random bytes, base64url): too short, too
    long, accented, a path, encoded or not, empty: 400 before anything is read."""
    said: list[tuple[int, str]] = []
    ids = ["A" * 15, "A" * 65, "é" * 22, "../../" + "a" * 20, "%2e%2e%2f" * 3, "a b" * 8, ""]

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        server.per_phone = limits.RateLimiter(rate=1000, burst=1000)  # not the subject
        for upload in ids:
            said.append(await phone.ask(upload, 5000))
            said.append(await phone.send(small_jpeg(), upload=upload or " "))

    run_photos(room_file, scenario)
    assert said == [(400, "bad_request")] * (2 * len(ids))
    assert _photos(room_file) == []


async def _raw_post(
    server: RoomServer, token: str, body: bytes, kind: str, *, length: int | None = None
) -> int:
    """POST `body` to the room's photo call over a raw connection, with `length` as its
    Content-Length (the body's own by default); the status of the first answer."""
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    head = (
        f"POST /r/{server.session.code}/api/photo HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{server.port}\r\nContent-Type: {kind}\r\n"
        f"Content-Length: {len(body) if length is None else length}\r\n"
        f"X-Upload-Id: {upload_id()}\r\nX-Participant: {token}\r\n\r\n"
    )
    writer.write(head.encode() + body)
    await writer.drain()
    status = await reader.readline()
    writer.close()
    return int(status.split()[1])


def test_forms_no_browser_sends(room_file: Path) -> None:
    """Forms built by hand: two photos in one form, a nested multipart, no closing
    boundary, no boundary at all, more bytes than the length declared: refused (400),
    nothing stored. A photo part with no file name, with another declared type, or
    declaring base64 (read as sent, judged by its bytes): kept, as a browser's."""
    photo = small_jpeg()
    body, kind = browser_form(photo)
    boundary = kind.split("boundary=")[1]
    end = f"--{boundary}--\r\n".encode()
    second = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="photo"; filename="b.jpg"'
        "\r\nContent-Type: image/jpeg\r\n\r\n"
    ).encode() + photo
    file_part = b'name="photo"; filename="photo.jpg"\r\nContent-Type: image/jpeg'
    refused = [
        (body.replace(end, second + b"\r\n" + end), kind, None),
        (
            body.replace(file_part, b'name="photo"\r\nContent-Type: multipart/mixed; b=z'),
            kind,
            None,
        ),
        (body[: -len(end)], kind, None),
        (body, "multipart/form-data", None),
        (body, kind, len(body) - 500),
    ]
    kept = [
        body.replace(b'; filename="photo.jpg"', b""),
        body.replace(b"Content-Type: image/jpeg", b"Content-Type: text/html"),
        body.replace(
            b"Content-Type: image/jpeg",
            b"Content-Type: image/jpeg\r\nContent-Transfer-Encoding: base64",
        ),
    ]
    said: list[int] = []

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        for form, form_kind, length in refused:
            said.append(await _raw_post(server, phone.token, form, form_kind, length=length))
        for form in kept:
            said.append(await _raw_post(server, phone.token, form, kind))

    run_photos(room_file, scenario)
    assert said == [400] * len(refused) + [201] * len(kept)
    assert len(_photos(room_file)) == len(kept)

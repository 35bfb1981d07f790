"""Photos from phones over real HTTP on 127.0.0.1 (issue 19): the form a browser's
`FormData` sends, decoded again by the app's own Qt code, stored in a real workshop file
for review; retries stored once; every bad file and every limit refused with the
sentence the phone shows; the facilitator's own page."""

from __future__ import annotations

import asyncio
import hashlib
import io
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiohttp
import pytest
from PIL import Image

from facilitator.domain import cards, phone_photos
from facilitator.domain.records import Attachment, Board, Language, PrototypeCard
from facilitator.room import codes, limits
from facilitator.room.connections import HANDLING, Connection
from facilitator.room.page import facilitator_page, participant_page
from facilitator.room.page_text import TEXT
from facilitator.room.server import RoomServer
from facilitator.room.session import RoomSession
from facilitator.ui.board.photos import reencoded_photo
from tests.image_files import blank_jpeg
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
    byte: a 2.5 KB photo has 10.2 s, whatever its pauses."""

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        photo = small_jpeg()
        slow = SlowUpload(phone.base, phone.token, photo)
        await slow.start(first=1000)
        await _until(lambda: server.photos.reading_now == 1)  # its turn: being read
        allowed = limits.upload_deadline_ms(host.clock_ms, len(slow.body)) - host.clock_ms
        assert 10_000 < allowed < 10_200
        host.clock_ms += allowed - 1
        server.connections.sweep()  # (the test client's idle connections may go)
        assert _reading(server).deadline_ms == host.clock_ms + 1
        timed_out = server.connections.timed_out
        host.clock_ms += 1
        assert server.connections.sweep() == 1  # too slow: cut
        assert server.connections.timed_out == timed_out + 1
        assert await slow.answer() == (0, "cut")
        await _until(lambda: not server.photos.active and server.photos.reading_now == 0)
        assert await phone.send(photo, upload=slow.upload) == (201, "pending")  # the retry

    run_photos(room_file, scenario)
    assert len(_photos(room_file)) == 1


def test_a_sender_silent_too_long_is_cut(room_file: Path) -> None:
    """Each chunk received gives `UPLOAD_STALL_S` more, within the average's deadline: a
    1 MB photo has 74 s in all, but no pause of more than 20 s."""

    async def scenario(phone: PhotoPhone, server: RoomServer, host: FileHost) -> None:
        photo = noisy_jpeg()
        slow = SlowUpload(phone.base, phone.token, photo)
        await slow.start(first=1000)
        await _until(lambda: server.photos.reading_now == 1)
        started = host.clock_ms
        assert _reading(server).deadline_ms == started + limits.UPLOAD_STALL_S * 1000
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

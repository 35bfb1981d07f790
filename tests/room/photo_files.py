"""Photos as phones send them, for the room link's photo tests: a camera's JPEG held on
its side (EXIF orientation 6) with its location (a GPS block) and a comment, the other
kinds a phone may hold (HEIC, AVIF, an SVG drawing, a screenshot), and the body a
browser's `FormData` makes of them, byte for byte as Chromium sends it."""

from __future__ import annotations

import asyncio
import io
import json
import secrets
import struct

import aiohttp
import yarl
from PIL import Image, ImageChops

from facilitator import paths

# Where the camera was: the Eiffel Tower, as a camera writes it (degrees, minutes, seconds).
LATITUDE = (48.0, 51.0, 29.6)
LONGITUDE = (2.0, 17.0, 40.2)
COMMENT = b"Rue de la Paix, 3e etage"  # what an editor or a camera may leave in a JPEG


def camera_jpeg(width: int = 3000, height: int = 2000, *, orientation: int = 6) -> bytes:
    """A photo as a phone's camera stores it held on its side: `width` x `height` pixels
    (landscape), its left half red and its right half blue, EXIF orientation
    `orientation` (6: turn 90 degrees clockwise to show it), a GPS block and a comment.
    Shown upright (orientation 6), red is on top and blue below."""
    image = Image.new("RGB", (width, height), (220, 30, 30))
    image.paste((30, 30, 220), (width // 2, 0, width, height))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: LATITUDE, 3: "E", 4: LONGITUDE}
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, exif=exif.tobytes(), comment=COMMENT)
    return out.getvalue()


def phone_photo(
    picture: str = "mur-idees-jour1.jpg",
    *,
    bands: bool = True,
    crop: tuple[int, int, int, int] | None = None,
) -> bytes:
    """A 12-megapixel phone photo as the camera stores it, held upright: 4,000 x 3,000
    pixels on the sensor with EXIF orientation 6 (turn 90 degrees clockwise to show it,
    3,000 x 4,000), the camera's make, its location (a GPS block) and a comment; about
    4.4 MB at quality 90, as the grain of a real photo (noise) makes it. Shown upright:
    one of the demo's photos (`picture` in resources/demo, its `crop` box) on a grey
    wall, with (`bands`) a red band on top and a blue band below that tell which way up
    it was stored."""
    width, height = 3000, 4000  # upright
    scene = Image.new("RGB", (width, height), (205, 200, 190))
    if bands:
        scene.paste((150, 25, 30), (0, 0, width, height // 8))
        scene.paste((30, 50, 150), (0, height * 7 // 8, width, height))
    shot = Image.open(paths.resources_dir() / "demo" / picture).convert("RGB")
    shot = shot.crop(crop) if crop is not None else shot
    room = (width - 200, height * 3 // 4 - 200 if bands else height - 200)
    scale = min(room[0] / shot.width, room[1] / shot.height)
    shot = shot.resize((round(shot.width * scale), round(shot.height * scale)))
    scene.paste(shot, ((width - shot.width) // 2, (height - shot.height) // 2))
    grain = Image.effect_noise((width, height), 10).convert("RGB")
    scene = ImageChops.add(scene, grain, 1.0, -128)
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: LATITUDE, 3: "E", 4: LONGITUDE}
    out = io.BytesIO()
    sensor = scene.transpose(Image.Transpose.ROTATE_90)  # 4,000 x 3,000, as it was taken
    sensor.save(out, "JPEG", quality=90, exif=exif.tobytes(), comment=COMMENT)
    return out.getvalue()


def small_jpeg(colour: tuple[int, int, int] = (40, 160, 90), size: int = 320) -> bytes:
    """A small photo, as a phone's canvas makes it (no metadata)."""
    out = io.BytesIO()
    Image.new("RGB", (size, size * 3 // 4), colour).save(out, "JPEG", quality=85)
    return out.getvalue()


def noisy_jpeg(width: int = 1600, height: int = 1200) -> bytes:
    """A photo that compresses badly (noise: grass, gravel, a crowd): about 1 MB."""
    out = io.BytesIO()
    Image.effect_noise((width, height), 80).convert("RGB").save(out, "JPEG", quality=85)
    return out.getvalue()


def screenshot_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (400, 300), (250, 250, 250, 255)).save(out, "PNG")
    return out.getvalue()


def iso_media(brand: bytes, compatible: tuple[bytes, ...]) -> bytes:
    """The start of a HEIF or AVIF file: its `ftyp` box, then a `meta` box's start."""
    body = brand + b"\x00\x00\x00\x00" + b"".join(compatible)
    ftyp = struct.pack(">I", 8 + len(body)) + b"ftyp" + body
    return ftyp + struct.pack(">I", 1024) + b"meta" + bytes(1016)


HEIC = iso_media(b"heic", (b"mif1", b"heic"))  # an iPhone's photo
AVIF = iso_media(b"avif", (b"avif", b"mif1", b"miaf", b"MA1B"))  # Android 12+'s "AVIF"
SVG = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">'
    b'<image href="file:///etc/passwd" width="800" height="600"/></svg>'
)


def browser_form(
    photo: bytes, *, caption: str = "", target: str = "board", filename: str = "photo.jpg"
) -> tuple[bytes, str]:
    """The body and content type of the room page's `FormData` (caption, target, then
    the photo as a Blob named `filename`), as Chromium writes them: its boundary, no
    content type on the text parts, `image/jpeg` on the file."""
    boundary = "----WebKitFormBoundary" + secrets.token_urlsafe(12)[:16]
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="caption"\r\n\r\n'.encode()
        + caption.encode()
        + b"\r\n",
        f'--{boundary}\r\nContent-Disposition: form-data; name="target"\r\n\r\n'.encode()
        + target.encode()
        + b"\r\n",
        (
            f"--{boundary}\r\nContent-Disposition: form-data; "
            f'name="photo"; filename="{filename}"\r\nContent-Type: image/jpeg\r\n\r\n'
        ).encode()
        + photo
        + b"\r\n",
        f"--{boundary}--\r\n".encode(),
    ]
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def upload_id() -> str:
    """What the page makes: 16 random bytes, base64url, no padding (22 characters)."""
    return secrets.token_urlsafe(16)


class PhotoPhone:
    """A phone's page sending photos: ask first, then the form, over real HTTP."""

    def __init__(self, http: aiohttp.ClientSession, base: str, token: str = "") -> None:
        self.http = http
        self.base = base
        self.token = token

    def _headers(self) -> dict[str, str]:
        return {"X-Participant": self.token} if self.token else {}

    async def ask(self, upload: str, size: int, target: str = "board") -> tuple[int, str]:
        query = {"id": upload, "bytes": str(size), "target": target}
        async with self.http.get(
            f"{self.base}/api/photo", params=query, headers=self._headers()
        ) as answer:
            data = await answer.json()
            return answer.status, data.get("result") or data.get("error")

    async def send(
        self,
        photo: bytes,
        *,
        upload: str | None = None,
        caption: str = "",
        target: str = "board",
        headers: dict[str, str] | None = None,
    ) -> tuple[int, str]:
        """POST the form as the page does; (status, result or error)."""
        body, kind = browser_form(photo, caption=caption, target=target)
        sent = {
            **self._headers(),
            "Content-Type": kind,
            "X-Upload-Id": upload or upload_id(),
            "Origin": self.base.split("/r/")[0].split("/f/")[0],
            **(headers or {}),
        }
        async with self.http.post(
            f"{self.base}/api/photo", data=io.BytesIO(body), headers=sent
        ) as answer:
            data = await answer.json()
            return answer.status, data.get("result") or data.get("error")


class SlowUpload:
    """A photo sent by hand over a raw connection, as a phone at the edge of the Wi-Fi
    sends it: the headers and the first `first` bytes of the body, then the rest only
    when the test says so (`finish`), or never (the connection is left hanging)."""

    def __init__(self, base: str, token: str, photo: bytes, *, upload: str = "") -> None:
        self.base = base
        self.token = token
        self.body, self.kind = browser_form(photo)
        self.upload = upload or upload_id()
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def start(self, first: int = 4096, local: str = "127.0.0.1") -> None:
        url = yarl.URL(self.base)
        assert url.host is not None and url.port is not None
        self.reader, self.writer = await asyncio.open_connection(
            url.host, url.port, local_addr=(local, 0)
        )
        head = (
            f"POST {url.path}/api/photo HTTP/1.1\r\nHost: {url.host}:{url.port}\r\n"
            f"Content-Type: {self.kind}\r\nContent-Length: {len(self.body)}\r\n"
            f"X-Upload-Id: {self.upload}\r\n"
            + (f"X-Participant: {self.token}\r\n" if self.token else "")
            + "\r\n"
        )
        self.writer.write(head.encode() + self.body[:first])
        await self.writer.drain()
        self._sent = first

    async def more(self, size: int) -> None:
        """Send `size` more bytes of the body (not all of it)."""
        assert self.writer is not None and self._sent + size < len(self.body)
        self.writer.write(self.body[self._sent : self._sent + size])
        await self.writer.drain()
        self._sent += size

    async def finish(self) -> tuple[int, str]:
        """Send the rest; (status, result or error) of the answer."""
        assert self.writer is not None and self.reader is not None
        self.writer.write(self.body[self._sent :])
        await self.writer.drain()
        return await self.answer()

    async def answer(self) -> tuple[int, str]:
        """The answer, or (0, "cut") when the room closed the connection without one."""
        assert self.reader is not None and self.writer is not None
        try:
            status_line = await self.reader.readline()
            if not status_line:
                return 0, "cut"
            headers = await self.reader.readuntil(b"\r\n\r\n")
            length = next(
                int(line.split(b":")[1])
                for line in headers.split(b"\r\n")
                if line.lower().startswith(b"content-length:")
            )
            data = json.loads(await self.reader.readexactly(length))
            return int(status_line.split()[1]), data.get("result") or data.get("error")
        except (ConnectionError, asyncio.IncompleteReadError):
            return 0, "cut"
        finally:
            self.writer.close()

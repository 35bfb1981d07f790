"""What a stored image really is, read from its first bytes before anything decodes it:
its format, its size in pixels, and the memory decoding it would take.

Images are judged by pixels, not by file size: a PNG of blank rows compresses about a
thousand to one, so a 190 KB file can hold 8,000 x 8,000 pixels (256 MB once decoded),
and a 1 MB one 20,000 x 20,000 (1.6 GB). Every place that decodes an image (the import,
the board, the cards, the logo, the PDFs) asks here first, refuses what is too large
with a "too large" message (never "damaged"), and decodes straight at the size it shows
or prints.

Only PNG and JPEG are stored (an import re-encodes everything as JPEG); anything else
found in a file (SVG, which can refer to other files, PDF, TIFF...) is unreadable here,
whatever its `media_type` says, and is never handed to a decoder. A colleague's file
holding such images, or huge ones, is accepted (nothing in it is lost, the file check
does not look at pixels): each image is shown or printed reduced, or a placeholder says
why not ("too large", "unreadable").
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message, message

MAX_STORED_SIDE = 2400
"""Pixels on the longest side of an imported image: a projector (1920) and an A4 page
(170 mm of text width at 360 dpi) need no more."""

MAX_DECODE_BYTES = 256 * 1024 * 1024
"""Memory one image may take while it is decoded at full size (PNG, progressive JPEG):
Qt's own default per-image allocation limit (`QImageReader.allocationLimit()`), which
this app never raises. An 8,000 x 8,000 RGB PNG (4 bytes a pixel, 256,000,000 bytes)
fits; a 12,000 x 12,000 one does not. Images are decoded one at a time."""

MAX_PIXELS = 250_000_000
"""Pixels of an image decoded straight at a reduced size (a baseline JPEG, which libjpeg
decodes at 1/2, 1/4 or 1/8 of its size: the memory stays that of the reduced image).
Reading it still takes time in proportion to its pixels: 250 megapixels covers the
200-megapixel mode of phone cameras (16,320 x 12,240) and takes about a second."""

MAX_SIDE = 65_535
"""Pixels on an image's longest side: the most a JPEG can hold (16 bits in its header).
libpng refuses more than 1,000,000 (with a warning), and Pillow ran out of memory on a
1 x 60,000,000 PNG (240 MB of pixels, but one line record a row)."""

MAX_JPEG_SCANS = 500
"""Scans in one JPEG: libjpeg reads every scan over the whole image, and a scan can be
15 bits (an end-of-band run): 5,000 scans of a 4,000 x 4,000 image (191 KB) took 6 s
to decode here, a photo-sized file of them most of an hour. 500 is the limit
libjpeg-turbo's own TurboJPEG interface applies (`TJPARAM_SCANLIMIT`; 0.7 s for that
image); cameras write 1 scan, progressive encoders about 10."""

MAX_SNIFFED_BYTES = 4096  # how much of a file is looked at to recognise an SVG drawing

ImageFormat = Literal["png", "jpeg"]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_START = b"\xff\xd8"

# Memory a decoder takes per pixel of each kind of PNG (colour type, bit depth) when it
# decodes it whole: the larger of Qt's (the decoded image, and the 32-bit or
# premultiplied copy its smooth scaling makes) and Pillow's, measured as the slope of
# peak memory between 2,500 x 2,500 and 4,000 x 4,000 images (python -m
# tests.bench.images). The reduced image comes on top: at most 4 x `box` pixels.
PNG_BYTES_PER_PIXEL: dict[tuple[int, int], int] = {
    (0, 1): 5,  # grey: Qt 4.1
    **{(0, depth): 6 for depth in (2, 4, 8)},  # Qt 5.6
    (0, 16): 12,  # Qt 11.2
    (2, 8): 4,  # RGB: Qt 4.0, Pillow 3.1
    (2, 16): 8,  # Qt 8.0
    **{(3, depth): 6 for depth in (1, 2, 4, 8)},  # palette: Qt 5.6
    (4, 8): 8,  # grey and alpha: Qt 8.0, Pillow 7.1
    (4, 16): 16,  # Qt 16.0
    (6, 8): 8,  # RGBA: Qt 8.0, Pillow 7.1
    (6, 16): 16,  # Qt 16.0
}
_JPEG_OUTPUT_BYTES_PER_PIXEL = 4  # an image decoded without DCT scaling (lossless JPEG)
_COEFFICIENT_BYTES = 64 * 2  # one 8 x 8 block of 16-bit DCT coefficients (jdcoefct.c)
_JPEG_BUFFERED_EXTRA = 0.25  # bytes a pixel measured on top of those (6.24 for 6 at 4:4:4)


class ImageError(FacilitatorError):
    """An image that cannot be decoded: `too_large` (its size in `width`, `height`, and
    the limit it passes in `limit`, a sentence) or unreadable (not PNG or JPEG, or
    damaged: `reason`, in English, from the header parser or the decoder)."""

    def __init__(
        self,
        reason: str,
        *,
        too_large: bool = False,
        width: int = 0,
        height: int = 0,
        limit: Message | None = None,
    ) -> None:
        self.reason = reason
        self.too_large = too_large
        self.width, self.height = width, height
        self.limit = limit
        if too_large:
            said = message(
                QT_TRANSLATE_NOOP("Images", "too large: {width} × {height} pixels ({limit})"),
                width=width,
                height=height,
                limit=limit or "",
            )
        else:
            said = message(
                QT_TRANSLATE_NOOP("Images", "not a readable image: {reason}"), reason=reason
            )
        super().__init__(said)


def _too_large(width: int, height: int, *, megapixels: int = 0) -> ImageError:
    """Too large, by its side (beyond `MAX_SIDE`) or else by `megapixels`."""
    if max(width, height) > MAX_SIDE:
        limit = message(QT_TRANSLATE_NOOP("Images", "at most {side} pixels a side"), side=MAX_SIDE)
    else:
        limit = message(
            QT_TRANSLATE_NOOP("Images", "at most {megapixels} megapixels"), megapixels=megapixels
        )
    return ImageError("too large", too_large=True, width=width, height=height, limit=limit)


@dataclass(frozen=True, slots=True)
class ImageInfo:
    """An image's real format and size, read from its header (never from the record).

    `full_decode_bytes`: the memory a decoder takes for it whatever size it is asked for
    (0 for a baseline JPEG, decoded straight at a reduced size). `scans`: JPEG scans.
    """

    format: ImageFormat
    width: int
    height: int
    full_decode_bytes: int
    scans: int = 1

    @property
    def pixels(self) -> int:
        return self.width * self.height

    @property
    def reduced_on_decoding(self) -> bool:
        """Whether the decoder itself reduces it (libjpeg's DCT scaling)."""
        return self.full_decode_bytes == 0

    def limit_megapixels(self) -> int:
        """The largest image of this kind that may be decoded, in megapixels."""
        if self.reduced_on_decoding:
            return MAX_PIXELS // 1_000_000
        per_pixel = max(self.full_decode_bytes / max(self.pixels, 1), 1e-9)
        return min(MAX_PIXELS, int(MAX_DECODE_BYTES / per_pixel)) // 1_000_000


def _unreadable(reason: str) -> ImageError:
    return ImageError(reason)


def _png(data: bytes) -> ImageInfo:
    # The IHDR chunk comes first: length (13), type, then the fields (PNG spec 11.2.2).
    if len(data) < 33 or data[12:16] != b"IHDR" or int.from_bytes(data[8:12], "big") != 13:
        raise _unreadable("PNG without its header chunk")
    width = int.from_bytes(data[16:20], "big")
    height = int.from_bytes(data[20:24], "big")
    depth, colour, compression, filtering, interlace = data[24:29]
    per_pixel = PNG_BYTES_PER_PIXEL.get((colour, depth))
    if per_pixel is None or compression or filtering or interlace > 1:
        raise _unreadable(f"PNG of an unknown kind (colour {colour}, depth {depth})")
    if not (0 < width < 2**31 and 0 < height < 2**31):
        raise _unreadable(f"PNG of {width} x {height} pixels")
    return ImageInfo("png", width, height, full_decode_bytes=width * height * per_pixel)


# Start-of-frame markers (ITU T.81 table B.1); C4 (DHT), C8 (JPG) and CC (DAC) are not.
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_SEQUENTIAL_DCT = frozenset({0xC0, 0xC1, 0xC9})  # baseline, extended, arithmetic
_PROGRESSIVE_DCT = frozenset({0xC2, 0xCA})
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # TEM, RST0-7: no length


Frame = tuple[int, int, int, list[tuple[int, int]]]  # marker, width, height, sampling


def _segments(data: bytes) -> Iterator[tuple[int, bytes]]:
    """Each marker and its segment, from after SOI up to and including the first SOS."""
    at, end = 2, len(data)
    while True:
        if at >= end or data[at] != 0xFF:
            raise _unreadable("JPEG cut short before its first scan")
        while at < end and data[at] == 0xFF:  # fill bytes
            at += 1
        marker = data[at] if at < end else 0xD9
        at += 1
        if marker in _STANDALONE:
            continue
        if marker in (0xD8, 0xD9) or at + 2 > end:
            raise _unreadable("JPEG cut short before its first scan")
        length = int.from_bytes(data[at : at + 2], "big")
        segment = data[at + 2 : at + length]
        if length < 2 or len(segment) != length - 2:
            raise _unreadable("JPEG with a damaged segment")
        yield marker, segment
        if marker == 0xDA:
            return
        at += length


def _frame(marker: int, segment: bytes) -> Frame:
    """A start-of-frame segment: precision, height, width, then each component."""
    count = segment[5] if len(segment) >= 6 else 0
    if count not in (1, 3, 4) or len(segment) < 6 + 3 * count:
        raise _unreadable("JPEG with a damaged frame header")
    height = int.from_bytes(segment[1:3], "big")
    width = int.from_bytes(segment[3:5], "big")
    sampling = [(segment[7 + 3 * i] >> 4, segment[7 + 3 * i] & 15) for i in range(count)]
    if not all(1 <= h <= 4 and 1 <= v <= 4 for h, v in sampling):
        raise _unreadable("JPEG with a damaged frame header")
    if width == 0 or height == 0:  # height given later (DNL): not supported
        raise _unreadable(f"JPEG of {width} x {height} pixels")
    return marker, width, height, sampling


def _jpeg(data: bytes) -> ImageInfo:
    """The frame (size, components, sampling) and how many components the first scan
    holds (fewer than the frame: several scans, the whole image kept in memory)."""
    frame: Frame | None = None
    in_first_scan = 0
    for marker, segment in _segments(data):
        if marker in _SOF:
            if frame is not None:
                raise _unreadable("JPEG with several frames (hierarchical)")
            frame = _frame(marker, segment)
        elif marker == 0xDA:
            if frame is None or not segment:
                raise _unreadable("JPEG without a frame header")
            in_first_scan = segment[0]
    assert frame is not None  # _segments ends at a scan, or raises
    kind, width, height, sampling = frame
    # SOS markers cannot occur inside entropy-coded data (an FF there is followed by 00
    # or a restart marker): counting them counts the scans (and those of an embedded
    # thumbnail, which only errs on the safe side).
    scans = data.count(b"\xff\xda")
    if kind in _SEQUENTIAL_DCT and in_first_scan == len(sampling):
        return ImageInfo("jpeg", width, height, full_decode_bytes=0, scans=scans)
    if kind in _SEQUENTIAL_DCT or kind in _PROGRESSIVE_DCT:
        # Several scans: libjpeg keeps every DCT coefficient of the image (jdcoefct.c),
        # in blocks padded to whole MCUs, then outputs it reduced.
        h_max, v_max = max(h for h, _ in sampling), max(v for _, v in sampling)
        mcu_columns = -(-width // (8 * h_max))
        mcu_rows = -(-height // (8 * v_max))
        blocks = sum(mcu_columns * h * mcu_rows * v for h, v in sampling)
        cost = blocks * _COEFFICIENT_BYTES + int(width * height * _JPEG_BUFFERED_EXTRA)
        return ImageInfo("jpeg", width, height, cost, scans=scans)
    # Lossless or hierarchical: no DCT scaling, the image comes out at full size.
    return ImageInfo(
        "jpeg", width, height, width * height * _JPEG_OUTPUT_BYTES_PER_PIXEL * 2, scans=scans
    )


def image_info(data: bytes) -> ImageInfo:
    """The real format and pixel size of PNG or JPEG bytes, from their header alone.

    Reads at most the segments before a JPEG's first scan (and counts its scans); never
    decodes pixels. Raises `ImageError` (not too large) for anything else: other
    formats, SVG included, and headers that are cut short or inconsistent.
    """
    if data.startswith(PNG_SIGNATURE):
        return _png(data)
    if data.startswith(JPEG_START):
        return _jpeg(data)
    if is_vector_drawing(data):
        raise _unreadable("an SVG drawing, which can refer to other files")
    raise _unreadable("neither PNG nor JPEG")


def check_decodable(info: ImageInfo) -> None:
    """Raise `ImageError` if decoding `info` would take more than the limits allow:
    a side longer than `MAX_SIDE`, more than `MAX_PIXELS` pixels, more than
    `MAX_DECODE_BYTES` of memory for an image decoded at full size (all three: too
    large), or more than `MAX_JPEG_SCANS` scans (unreadable)."""
    if info.scans > MAX_JPEG_SCANS:
        raise _unreadable(f"JPEG of {info.scans} scans (at most {MAX_JPEG_SCANS})")
    if (
        max(info.width, info.height) > MAX_SIDE
        or info.pixels > MAX_PIXELS
        or info.full_decode_bytes > MAX_DECODE_BYTES
    ):
        raise _too_large(info.width, info.height, megapixels=info.limit_megapixels())


def decodable_info(data: bytes) -> ImageInfo:
    """`image_info`, then `check_decodable`: the image, if it may be decoded."""
    info = image_info(data)
    check_decodable(info)
    return info


def check_other_format(width: int, height: int) -> None:
    """For an image Qt reads in a format this module does not parse (WebP, GIF, BMP,
    TIFF, at import only): Qt decodes those at full size, 4 bytes a pixel (8 for 16-bit
    TIFF, counted for all). Raises `ImageError` (too large)."""
    per_pixel = 8
    if (
        max(width, height) > MAX_SIDE
        or width * height > MAX_PIXELS
        or width * height * per_pixel > MAX_DECODE_BYTES
    ):
        raise _too_large(width, height, megapixels=MAX_DECODE_BYTES // per_pixel // 1_000_000)


def fitted(width: int, height: int, box_width: int, box_height: int) -> tuple[int, int]:
    """The size of a `width` x `height` image shown whole in a box, never enlarged,
    at least 1 x 1 (an image of 1 x 40,000,000 pixels fits a box as 1 x `box_height`)."""
    scale = min(1.0, box_width / max(width, 1), box_height / max(height, 1))
    return max(1, round(width * scale)), max(1, round(height * scale))


def is_vector_drawing(data: bytes) -> bool:
    """Whether bytes look like an SVG drawing (plain or gzip-compressed: SVGZ): XML that
    can load other files (`<image href="file:///...">`, `xlink:href`, entities)."""
    head = data[:MAX_SNIFFED_BYTES]
    if head.startswith(b"\x1f\x8b"):  # gzip: look at the start of what it holds
        try:
            head = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS).decompress(head, MAX_SNIFFED_BYTES)
        except zlib.error:
            return False
    for encoding in ("utf-8", "utf-16"):
        text = head.decode(encoding, errors="ignore").lower()
        if "<svg" in text or ("<?xml" in text and "<!doctype svg" in text):
            return True
    return False

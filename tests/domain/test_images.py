"""What a stored image is, read from its header before anything decodes it: real files
(written by Pillow as cameras and editors write them), large ones made by hand as an
attacker would (a few hundred KB), hostile ones (SVG, cut short, contradictory)."""

from __future__ import annotations

import gzip
import io
import struct
from collections.abc import Callable

import pytest
from PIL import Image

from facilitator.domain import images
from facilitator.domain.images import (
    MAX_DECODE_BYTES,
    MAX_JPEG_SCANS,
    MAX_SIDE,
    ImageError,
    decodable_info,
    fitted,
    image_info,
    is_vector_drawing,
)
from tests.image_files import blank_jpeg, blank_png


def _saved(image: Image.Image, kind: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, kind, **options)
    return buffer.getvalue()


def _with_exif_thumbnail() -> bytes:
    """A camera's JPEG: EXIF with orientation and a JPEG thumbnail inside (its own SOI,
    frame and scan, in the APP1 segment, before the photo's own frame)."""
    thumbnail = _saved(Image.new("RGB", (160, 120), "teal"), "JPEG")
    exif = Image.Exif()
    exif[0x0112] = 6  # taken with the phone on its side
    app1 = b"Exif\x00\x00" + exif.tobytes() + thumbnail
    photo = _saved(Image.new("RGB", (1200, 900), "orange"), "JPEG")
    return photo[:2] + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + photo[2:]


REAL_FILES: dict[str, Callable[[], bytes]] = {
    "baseline 4:2:0": lambda: _saved(Image.new("RGB", (1201, 799), "red"), "JPEG", quality=85),
    "baseline 4:4:4": lambda: _saved(Image.new("RGB", (640, 480)), "JPEG", subsampling=0),
    "progressive": lambda: _saved(Image.new("RGB", (1000, 700)), "JPEG", progressive=True),
    "grey JPEG": lambda: _saved(Image.new("L", (333, 222)), "JPEG"),
    "CMYK JPEG": lambda: _saved(Image.new("CMYK", (300, 200)), "JPEG"),
    "camera with EXIF thumbnail": _with_exif_thumbnail,
    "RGB PNG": lambda: _saved(Image.new("RGB", (500, 400)), "PNG"),
    "RGBA PNG": lambda: _saved(Image.new("RGBA", (500, 401)), "PNG"),
    "palette PNG": lambda: _saved(Image.new("P", (257, 100)), "PNG", transparency=0),
    "1-bit PNG": lambda: _saved(Image.new("1", (99, 77)), "PNG"),
    "16-bit grey PNG": lambda: _saved(Image.new("I;16", (300, 300)), "PNG"),
}


@pytest.mark.parametrize("name", sorted(REAL_FILES))
def test_real_files_read_as_pillow_reads_them(name: str) -> None:
    data = REAL_FILES[name]()
    info = decodable_info(data)
    with Image.open(io.BytesIO(data)) as opened:
        assert (info.width, info.height) == opened.size
        assert info.format == opened.format.lower()  # type: ignore[union-attr]
    progressive = name == "progressive"
    assert info.reduced_on_decoding == (info.format == "jpeg" and not progressive)


def test_photos_are_judged_by_pixels_not_bytes() -> None:
    # The files: a few hundred KB each, megapixels by the dozen.
    eight = blank_png(8000, 8000)
    assert len(eight) < 200_000
    info = decodable_info(eight)  # 256,000,000 bytes decoded: within Qt's own limit
    assert info.full_decode_bytes == 8000 * 8000 * 4 <= MAX_DECODE_BYTES
    twelve = blank_png(12000, 12000)
    assert len(twelve) < 500_000
    with pytest.raises(ImageError) as refused:
        decodable_info(twelve)
    assert refused.value.too_large and (refused.value.width, refused.value.height) == (12000,) * 2
    said = refused.value.message.render()
    assert said == "too large: 12000 × 12000 pixels (at most 67 megapixels)"
    twenty = blank_png(20000, 20000, colour=0)  # grey: 389 KB
    assert len(twenty) < 400_000
    with pytest.raises(ImageError) as refused:
        decodable_info(twenty)
    assert refused.value.too_large and "readable" not in str(refused.value)


@pytest.mark.parametrize(
    ("colour", "depth", "largest_side"),
    [(2, 8, 8192), (6, 8, 5792), (6, 16, 4096), (0, 8, 6688), (3, 8, 6688), (0, 16, 4729)],
)
def test_each_kind_of_png_is_counted_at_what_decoding_it_takes(
    colour: int, depth: int, largest_side: int
) -> None:
    """The largest square image of each kind that may be decoded, by the measured bytes a
    pixel (python -m tests.bench.images): RGBA counts twice RGB, 16 bits twice 8."""
    decodable_info(blank_png(largest_side, largest_side, colour, depth))
    with pytest.raises(ImageError) as refused:
        decodable_info(blank_png(largest_side + 1, largest_side + 1, colour, depth))
    assert refused.value.too_large


def test_jpegs_decoded_reduced_are_limited_by_pixels_the_others_by_memory() -> None:
    # A 200-megapixel phone photo, baseline: libjpeg decodes it at 1/8 of its size.
    phone = blank_jpeg(16320, 12240)
    assert decodable_info(phone).reduced_on_decoding
    with pytest.raises(ImageError) as refused:
        decodable_info(blank_jpeg(20000, 16000))  # 320 megapixels
    assert refused.value.too_large
    assert refused.value.message.render().endswith("(at most 250 megapixels)")
    # Progressive, or one scan a component: libjpeg keeps every coefficient (6.25
    # bytes a pixel at 4:4:4), whatever size it is asked for.
    for kind in ("progressive", "multiscan"):
        info = decodable_info(blank_jpeg(6000, 6000, kind=kind))
        assert info.full_decode_bytes == 6000 * 6000 * 6 + 6000 * 6000 // 4
        with pytest.raises(ImageError) as refused:
            decodable_info(blank_jpeg(8000, 8000, kind=kind))
        assert refused.value.too_large
    assert decodable_info(blank_jpeg(8000, 8000, 1, "progressive")).full_decode_bytes > 0


def test_a_side_longer_than_any_decoder_takes_is_too_large() -> None:
    for width, height in ((1, MAX_SIDE + 1), (MAX_SIDE + 1, 1)):
        with pytest.raises(ImageError) as refused:
            decodable_info(blank_png(width, height))
        assert refused.value.too_large
        assert refused.value.message.render().endswith("(at most 65535 pixels a side)")
    assert decodable_info(blank_png(1, MAX_SIDE)).height == MAX_SIDE


def test_a_jpeg_of_many_scans_is_refused_before_it_takes_hours() -> None:
    # 501 scans of 16 megapixels in 47 KB; 5,000 (191 KB) took 6 s to decode here.
    many = blank_jpeg(4000, 4000, 1, "progressive", scans=MAX_JPEG_SCANS)
    assert len(many) < 50_000
    with pytest.raises(ImageError) as refused:
        decodable_info(many)
    assert not refused.value.too_large and "scans" in refused.value.reason
    assert image_info(blank_jpeg(4000, 4000, 1, "progressive", scans=10)).scans == 11


SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    b'width="800" height="600"><image href="file:///etc/passwd" width="800" height="600"/>'
    b'<image xlink:href="../../.ssh/id_rsa"/></svg>'
)
DRAWINGS = {
    "plain": SVG,
    "with a prolog": b'<?xml version="1.0" encoding="UTF-8"?>\n' + SVG,
    "with a doctype": b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM '
    b'"file:///etc/passwd">]><svg>&x;</svg>',
    "UTF-8 BOM": b"\xef\xbb\xbf" + SVG,
    "UTF-16": SVG.decode().encode("utf-16"),
    "compressed (SVGZ)": gzip.compress(SVG),
    "after a long comment": b"<?xml version='1.0'?><!--" + b" " * 3000 + b"-->" + SVG,
}


@pytest.mark.parametrize("name", sorted(DRAWINGS))
def test_svg_drawings_are_never_images(name: str) -> None:
    data = DRAWINGS[name]
    assert is_vector_drawing(data)
    with pytest.raises(ImageError) as refused:
        image_info(data)
    assert not refused.value.too_large and "SVG" in refused.value.reason


def _png_header(width: int, height: int, depth: int = 8, colour: int = 2) -> bytes:
    body = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + body + b"\0\0\0\0"


JPEG = blank_jpeg(64, 48)
SOF_AT = JPEG.index(b"\xff\xc0")

HOSTILE = {
    "empty": b"",
    "text": b"pas une image",
    "GIF": b"GIF89a" + bytes(20),
    "PDF": b"%PDF-1.7\n",
    "PNG signature alone": images.PNG_SIGNATURE,
    "PNG of width 0": _png_header(0, 10),
    "PNG of 2^31 pixels a side": _png_header(2**31, 1),
    "PNG of depth 3": _png_header(10, 10, depth=3),
    "PNG of colour type 5": _png_header(10, 10, colour=5),
    "PNG header of length 14": _png_header(10, 10).replace(b"\0\0\0\x0dIHDR", b"\0\0\0\x0eIHDR"),
    "JPEG start alone": b"\xff\xd8",
    "JPEG cut in its tables": JPEG[: SOF_AT - 5],
    "JPEG cut before its scan": JPEG[: SOF_AT + 10],
    "JPEG ending at once": b"\xff\xd8\xff\xd9",
    "JPEG segment of length 1": b"\xff\xd8\xff\xe0\x00\x01",
    "JPEG scan before its frame": b"\xff\xd8" + JPEG[JPEG.index(b"\xff\xda") :],
    "JPEG of height 0 (DNL)": JPEG[: SOF_AT + 5] + b"\0\0" + JPEG[SOF_AT + 7 :],
    "JPEG of 2 components": JPEG[: SOF_AT + 9] + b"\x02" + JPEG[SOF_AT + 10 :],
    "JPEG sampled 0 x 0": JPEG[: SOF_AT + 11] + b"\x00" + JPEG[SOF_AT + 12 :],
    "JPEG of two frames": JPEG[: JPEG.index(b"\xff\xda")]
    + JPEG[SOF_AT : SOF_AT + 19]
    + JPEG[JPEG.index(b"\xff\xda") :],
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_headers_are_unreadable_never_an_exception(name: str) -> None:
    with pytest.raises(ImageError) as refused:
        decodable_info(HOSTILE[name])
    assert not refused.value.too_large
    assert refused.value.message.render().startswith("not a readable image: ")


def test_the_size_shown_fits_the_box_whole_and_is_never_enlarged() -> None:
    assert fitted(8000, 6000, 1600, 1600) == (1600, 1200)
    assert fitted(1, 40_000_000, 640, 640) == (1, 640)
    assert fitted(40_000_000, 1, 640, 640) == (640, 1)
    assert fitted(300, 200, 1600, 1600) == (300, 200)
    assert fitted(0, 0, 10, 10) == (1, 1)

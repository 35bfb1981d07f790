"""Photos made ready for a PDF: judged by their pixels first (`domain.images`), then
handed to reportlab at the size the page needs.

reportlab decodes and embeds whatever it is given at full size: four 12,000 x 12,000
PNGs made a synthesis take 4.4 GB. An image as an import stores it (at most
`MAX_STORED_SIDE` pixels a side) goes through as it is; a larger one from a
colleague's file is decoded here, straight at a reduced size where the format allows
(JPEG), and re-encoded at `PRINT_DPI` for its place on the page; one beyond the limits
is not decoded at all (the PDF says so where it would be).

Pillow is reportlab's own image library. Its decoders are called by format (PNG or JPEG,
as the header says), never by guessing, and its global `MAX_IMAGE_PIXELS` is left
alone: the limits are ours.
"""

from __future__ import annotations

import io
import math

from PIL import Image
from PIL.JpegImagePlugin import JpegImageFile
from PIL.PngImagePlugin import PngImageFile

from facilitator.domain import images
from facilitator.domain.images import MAX_STORED_SIDE, ImageError

PRINT_DPI = 300  # pixels an inch a printed photo gets: what laser printers resolve
POINTS_PER_INCH = 72
JPEG_QUALITY = 85  # as at import

# Modes decoded that Pillow cannot reduce as they are: what they become first.
_WIDENED = {"1": "L", "I;16": "I", "I;16B": "I", "I;16L": "I"}


def print_size(width_points: float, height_points: float) -> tuple[int, int]:
    """The pixels a box of the page needs at `PRINT_DPI`, at most `MAX_STORED_SIDE`."""
    return (
        min(MAX_STORED_SIDE, max(1, math.ceil(width_points / POINTS_PER_INCH * PRINT_DPI))),
        min(MAX_STORED_SIDE, max(1, math.ceil(height_points / POINTS_PER_INCH * PRINT_DPI))),
    )


def printable(data: bytes, width_points: float, height_points: float) -> tuple[bytes, int, int]:
    """PNG or JPEG bytes to give reportlab for a box of the page, and their pixel size.

    `data` as stored: bytes of at most `MAX_STORED_SIDE` pixels a side are returned as
    they are (a PNG once decoded, to know it is whole); larger ones are decoded
    (reduced while decoding for a JPEG) and re-encoded at the box's `print_size`
    (JPEG, or PNG if the image is transparent). Raises `ImageError`: too large (beyond
    `domain.images` limits, nothing decoded) or unreadable (not PNG or JPEG, damaged).
    """
    info = images.decodable_info(data)
    try:
        if max(info.width, info.height) <= MAX_STORED_SIDE:
            if info.format == "png":  # reportlab decodes it while writing: damaged, it
                PngImageFile(io.BytesIO(data)).load()  # would stop the whole PDF
            return data, info.width, info.height  # a JPEG is embedded as it is
        box = print_size(width_points, height_points)
        target = images.fitted(info.width, info.height, *box)
        picture = _reduced(data, info, target)
        buffer = io.BytesIO()
        if picture.mode in ("RGBA", "LA"):
            picture.save(buffer, "PNG")
        else:
            picture.convert("RGB").save(buffer, "JPEG", quality=JPEG_QUALITY)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        # Pillow's word for a damaged file (truncated data, a bad chunk, a bad table).
        raise ImageError(str(error)[:200] or type(error).__name__) from error
    return buffer.getvalue(), picture.width, picture.height


def _reduced(data: bytes, info: images.ImageInfo, target: tuple[int, int]) -> Image.Image:
    """The image decoded and brought down to `target` (width, height) in pixels."""
    stream = io.BytesIO(data)
    picture: Image.Image
    if info.format == "jpeg":
        jpeg = JpegImageFile(stream)
        jpeg.draft("RGB", target)  # libjpeg's DCT scaling: 1/2 to 1/8, at least `target`
        picture = jpeg
    else:
        picture = PngImageFile(stream)
    picture.load()
    if picture.mode == "P":
        picture = picture.convert("RGBA" if "transparency" in picture.info else "RGB")
    elif picture.mode in _WIDENED:
        picture = picture.convert(_WIDENED[picture.mode])
    factor = int(min(picture.width / target[0], picture.height / target[1]))
    if factor > 1:  # by whole pixels first, in the image's own mode (no full-size copy)
        picture = picture.reduce(factor)
    if picture.mode == "I":  # 16-bit grey, now small: to 8 bits
        picture = picture.point(lambda value: value * (1 / 257)).convert("L")
    return picture.resize(target, Image.Resampling.LANCZOS)

"""Images in and out of Qt, judged by their pixels before anything decodes them.

`read_photo`: a photo of a paper board (or a sketch, a logo) from a file: checked
(format, pixels), decoded straight at the reduced size (a 100-megapixel photo never
takes a gigabyte), stored as JPEG; what is refused is said ("too large", "damaged",
"a drawing that can refer to other files").

`reencoded_photo`: a photo sent from a phone (issue 19), checked again, turned as the
camera held it and stored as JPEG; safe in a worker thread (no pixmap).

`shown_image`: a stored image (possibly from a colleague's file) decoded straight at
the size it is shown: the board, the cards, the projector, the logo all go through it.

Every JPEG this app stores is written without metadata (`encode_jpeg`): a camera's EXIF
(its location among them) is never read into the image, and the comments Qt reads from
a JPEG are not written back; transparent pixels are laid on white, as on paper.

Qt's global allocation limit (`QImageReader.setAllocationLimit`) is never changed:
the limits are per image, in `facilitator.domain.images`.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QColorSpace, QImage, QImageReader, QPainter, QPixmap

from facilitator.domain import images
from facilitator.domain.images import MAX_STORED_SIDE, ImageError
from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message, message
from facilitator.storage.errors import os_reason

MAX_FILE_BYTES = 60 * 1024 * 1024
MAX_SIDE = MAX_STORED_SIDE  # pixels on the longest side, enough for a projector and for print
JPEG_QUALITY = 85
IMPORTED_FORMATS = frozenset({"jpeg", "png", "webp", "gif", "bmp", "tiff"})
"""Raster formats a photo may come in (as Qt names them, from the bytes, not the file's
name). Never SVG, SVGZ or PDF, which Qt can also read: they can refer to other files."""
PARSED_FORMATS = frozenset({"jpeg", "png"})  # their cost is read from their header

BOARD_SIDE = 1600  # pixels: a photo on the board (640 units wide) stays sharp at 250 %
PROJECTED_SIDE = 1280  # pixels: a card's photo fills at most 36 % of a 1920-pixel projector
PAPER_WHITE = "#ffffff"  # under the transparent pixels of a stored image (JPEG has no alpha)


class PhotoError(FacilitatorError):
    pass


def read_photo(path: Path) -> tuple[bytes, int, int]:
    """JPEG bytes of the photo, at most MAX_SIDE pixels wide or high, and its size.

    The file is read once (at most `MAX_FILE_BYTES`), its format recognised from its
    bytes (one of `IMPORTED_FORMATS`), its pixels counted from its header against
    `facilitator.domain.images` limits, then decoded straight at the reduced size.
    Raises `PhotoError` saying which: cannot be read, too large (bytes or pixels), a
    drawing (SVG), not an image, damaged.
    """
    data = b""
    try:
        size = path.stat().st_size
        if size <= MAX_FILE_BYTES:
            with path.open("rb") as stream:  # read once: what is checked is what is decoded
                data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise PhotoError(
            message(
                QT_TRANSLATE_NOOP("Photos", "“{path}” cannot be read: {reason}."),
                path=str(path),
                reason=os_reason(error),
            )
        ) from error
    if size > MAX_FILE_BYTES or len(data) > MAX_FILE_BYTES:
        raise PhotoError(
            message(
                QT_TRANSLATE_NOOP(
                    "Photos", "“{path}” is too large ({size} MB; at most {limit} MB)."
                ),
                path=str(path),
                size=max(size, len(data)) // (1024 * 1024),
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    array = QByteArray(data)
    device = QBuffer(array)
    device.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(device)
    try:
        return _read_from(path, data, reader)
    finally:
        # The reader (and its format's handler) goes first, while the buffer it reads
        # is alive: Qt's TIFF handler reads its device when it closes, and Python would
        # free the byte array first (an imported TIFF crashed the app, issue 20).
        del reader


def _read_from(path: Path, data: bytes, reader: QImageReader) -> tuple[bytes, int, int]:
    """`read_photo`, once `data` is open in `reader`."""
    reader.setAutoTransform(True)  # photos taken with the phone on its side
    kind = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if kind in ("svg", "svgz") or images.is_vector_drawing(data):
        raise PhotoError(
            message(
                QT_TRANSLATE_NOOP(
                    "Photos",
                    "“{path}” is a drawing (SVG), which can refer to other files: it is "
                    "refused. Export it as PNG or JPEG first.",
                ),
                path=str(path),
            )
        )
    original = reader.size()
    if kind not in IMPORTED_FORMATS or not original.isValid():
        raise PhotoError(
            message(
                QT_TRANSLATE_NOOP(
                    "Photos", "“{path}” is not an image that can be read ({reason})."
                ),
                path=str(path),
                reason=reader.errorString() if kind in IMPORTED_FORMATS else kind or "?",
            )
        )
    _check_pixels(path, data, kind, original)
    scale = min(1.0, MAX_SIDE / max(original.width(), original.height()))
    if scale < 1.0:
        reader.setScaledSize(
            QSize(max(1, round(original.width() * scale)), max(1, round(original.height() * scale)))
        )
    image = reader.read()
    if image.isNull():
        raise PhotoError(
            message(
                QT_TRANSLATE_NOOP("Photos", "“{path}” is damaged: {reason}."),
                path=str(path),
                reason=reader.errorString(),
            )
        )
    return encode_jpeg(image), image.width(), image.height()


def _check_pixels(path: Path, data: bytes, kind: str, size: QSize) -> None:
    """Refuse, before decoding, an image whose pixels would take too much memory."""
    try:
        if kind in PARSED_FORMATS:
            info = images.image_info(data)
            if (info.width, info.height) != (size.width(), size.height()):
                raise ImageError("its header contradicts itself")
            images.check_decodable(info)
        else:
            images.check_other_format(size.width(), size.height())
    except ImageError as error:
        if error.too_large:
            raise PhotoError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Photos", "“{path}” is too large ({width} × {height} pixels; {limit})."
                    ),
                    path=str(path),
                    width=error.width,
                    height=error.height,
                    limit=error.limit or "",
                )
            ) from error
        raise PhotoError(
            message(
                QT_TRANSLATE_NOOP("Photos", "“{path}” is damaged: {reason}."),
                path=str(path),
                reason=error.reason,
            )
        ) from error


def reencoded_photo(data: bytes) -> tuple[bytes, int, int]:
    """A photo sent from a phone, decoded again and stored as the import stores a photo:
    its EXIF orientation applied, at most `MAX_SIDE` pixels a side, JPEG without
    metadata (no location, no comment), and its size.

    `data`: the bytes as received, already judged by `domain.phone_photos.checked` (they
    are judged again here: `images.decodable_info`). The decoder is chosen from the
    header (PNG or JPEG), never guessed. Runs in a worker thread: QImage and
    QImageReader only. 0.17 s for a 2,400 x 1,800 JPEG here. Raises `ImageError`: too
    large (nothing decoded) or unreadable."""
    info = images.decodable_info(data)
    array = QByteArray(data)
    device = QBuffer(array)
    device.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(device, info.format.encode("ascii"))
    reader.setAutoDetectImageFormat(False)
    reader.setAutoTransform(True)  # the phone on its side: the EXIF orientation applied
    scale = min(1.0, MAX_SIDE / max(info.width, info.height))
    if scale < 1.0:
        reader.setScaledSize(
            QSize(max(1, round(info.width * scale)), max(1, round(info.height * scale)))
        )
    image = reader.read()
    if image.isNull():
        raise ImageError(reader.errorString() or "damaged")
    return encode_jpeg(image), image.width(), image.height()


def shown_image(data: bytes, box: QSize) -> QImage:
    """A stored image decoded straight at the size it is shown: whole within `box`
    (pixels), never enlarged.

    `data`: an attachment's bytes, from this app or a colleague's file. Its real format
    and size come from its header (`domain.images`, not from the record), which picks
    Qt's decoder (PNG or JPEG, never guessed: an SVG stored as "image/png" is refused);
    a JPEG is reduced by libjpeg while decoding, a PNG decoded whole within the limits
    and reduced. Thumbnails (boxes of at most `THUMBNAIL_PIXELS`) are remembered, up to
    `THUMBNAIL_CACHE_BYTES`: the cards' gallery redraws every tile on each change.
    Raises `ImageError`: too large (nothing decoded) or unreadable.
    """
    small = box.width() * box.height() <= THUMBNAIL_PIXELS
    key = (hashlib.blake2b(data, digest_size=16).digest() if small else b"", *box.toTuple())
    found = _thumbnails.get(key) if small else None
    if found is None:
        try:
            found = _decoded(data, box)
        except ImageError as error:
            found = error.with_traceback(None)
        if small:
            _remember(key, found)
    else:
        _thumbnails.move_to_end(key)
    if isinstance(found, ImageError):
        raise found
    return found


THUMBNAIL_PIXELS = 300 * 300  # the cards' tiles (220 x 220, 200 x 130), the logo (480 x 48)
THUMBNAIL_CACHE_BYTES = 16 * 1024 * 1024  # about 90 tiles of 220 x 220
_thumbnails: OrderedDict[tuple[bytes, int, int], QImage | ImageError] = OrderedDict()


def _remember(key: tuple[bytes, int, int], found: QImage | ImageError) -> None:
    _thumbnails[key] = found

    def size(value: QImage | ImageError) -> int:
        return 64 if isinstance(value, ImageError) else value.sizeInBytes() + 64

    total = sum(size(value) for value in _thumbnails.values())
    while total > THUMBNAIL_CACHE_BYTES and len(_thumbnails) > 1:
        _oldest, value = _thumbnails.popitem(last=False)
        total -= size(value)


def _decoded(data: bytes, box: QSize) -> QImage:
    info = images.decodable_info(data)
    width, height = images.fitted(info.width, info.height, box.width(), box.height())
    array = QByteArray(data)
    device = QBuffer(array)
    device.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(device, info.format.encode("ascii"))
    reader.setAutoDetectImageFormat(False)  # the header's format, or nothing
    if (width, height) != (info.width, info.height):
        reader.setScaledSize(QSize(width, height))
    image = reader.read()
    if image.isNull():
        raise ImageError(reader.errorString() or "damaged")
    return image


def decoded_image(data: bytes, box: QSize) -> QImage:
    """`shown_image` without its cache of thumbnails (the interface thread's): safe in a
    worker thread (QImage and QImageReader only). Raises `ImageError`."""
    return _decoded(data, box)


def shown_pixmap(data: bytes, box: QSize) -> tuple[QPixmap, ImageError | None]:
    """`shown_image` as a pixmap, or a null pixmap and why (`ImageError.too_large`)."""
    try:
        return QPixmap.fromImage(shown_image(data, box)), None
    except ImageError as error:
        return QPixmap(), error


def encode_jpeg(image: QImage) -> bytes:
    """`image` as JPEG (`JPEG_QUALITY`), in sRGB, with no metadata at all: Qt's JPEG
    writer would write the image's text (the comments read from the original JPEG, a
    camera's or an editor's) and its colour profile back. Safe in a worker thread."""
    clean = without_metadata(image)
    buffer = QByteArray()
    device = QBuffer(buffer)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str at run time, whatever its stub says.
    clean.save(device, "JPEG", JPEG_QUALITY)  # type: ignore[call-overload]
    device.close()
    return bytes(buffer.data())


def without_metadata(image: QImage) -> QImage:
    """A copy of `image`'s pixels (RGB32, converted to sRGB when it carries another
    colour space) with no text, no colour profile and no resolution: nothing for an
    encoder to write but the pixels.

    Transparent pixels (a PNG drawing or screenshot with no background, a palette with
    a transparent colour) are laid on white, as on paper: JPEG has no transparency, and
    dropping the alpha channel showed whatever colour the transparent pixels held, black
    in most drawing apps, so a black sketch on a transparent background came out all
    black. Safe in a worker thread (a QPainter on a QImage)."""
    alpha = image.hasAlphaChannel()
    pixels = image.convertToFormat(
        QImage.Format.Format_ARGB32_Premultiplied if alpha else QImage.Format.Format_RGB32
    )
    space = pixels.colorSpace()
    if space.isValid() and space != QColorSpace(QColorSpace.NamedColorSpace.SRgb):
        pixels.convertToColorSpace(QColorSpace(QColorSpace.NamedColorSpace.SRgb))
    if alpha:
        flat = QImage(pixels.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor(PAPER_WHITE))
        painter = QPainter(flat)
        painter.drawImage(0, 0, pixels)
        painter.end()
        pixels = flat
    bare = QImage(
        pixels.constBits(), pixels.width(), pixels.height(), pixels.bytesPerLine(), pixels.format()
    )
    return bare.copy()  # its own pixels: `bare` only borrows those of `pixels`


def read_or_report(path: Path, report: Callable[[Message], None]) -> tuple[bytes, int, int] | None:
    """`read_photo`, or the reason it cannot be read told to the facilitator (None)."""
    try:
        return read_photo(path)
    except FacilitatorError as error:
        report(error.message)
        return None

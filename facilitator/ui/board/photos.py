"""Reading a photo of a paper board safely: checked, downscaled, stored as JPEG.

Qt decodes straight to the reduced size (a 100-megapixel photo never takes a
gigabyte), refuses files larger than the limits, and says what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader

from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message, message

MAX_FILE_BYTES = 60 * 1024 * 1024
MAX_SIDE = 2400  # pixels on the longest side, enough for a projector and for print
JPEG_QUALITY = 85


class PhotoError(FacilitatorError):
    pass


def read_photo(path: Path) -> tuple[bytes, int, int]:
    """JPEG bytes of the photo, at most MAX_SIDE pixels wide or high, and its size."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise PhotoError(
            message(
                QT_TRANSLATE_NOOP("Photos", "“{path}” cannot be read: {reason}."),
                path=str(path),
                reason=error.strerror or str(error),
            )
        ) from error
    if size > MAX_FILE_BYTES:
        raise PhotoError(
            message(
                QT_TRANSLATE_NOOP(
                    "Photos", "“{path}” is too large ({size} MB; at most {limit} MB)."
                ),
                path=str(path),
                size=size // (1024 * 1024),
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # photos taken with the phone on its side
    QImageReader.setAllocationLimit(512)  # megabytes: a hostile header cannot exhaust memory
    original = reader.size()
    if not reader.canRead() or not original.isValid():
        raise PhotoError(
            message(
                QT_TRANSLATE_NOOP(
                    "Photos", "“{path}” is not an image that can be read ({reason})."
                ),
                path=str(path),
                reason=reader.errorString(),
            )
        )
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


def encode_jpeg(image: QImage) -> bytes:
    buffer = QByteArray()
    device = QBuffer(buffer)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str at run time, whatever its stub says.
    image.convertToFormat(QImage.Format.Format_RGB32).save(device, "JPEG", JPEG_QUALITY)  # type: ignore[call-overload]
    device.close()
    return bytes(buffer.data())


def read_or_report(path: Path, report: Callable[[Message], None]) -> tuple[bytes, int, int] | None:
    """`read_photo`, or the reason it cannot be read told to the facilitator (None)."""
    try:
        return read_photo(path)
    except FacilitatorError as error:
        report(error.message)
        return None

"""Photos sent from phones over the room link (issue 19), before and after the laptop
decodes them: what the bytes are, whether they may be decoded, the key that stores a
retried upload once, and the edits that keep, accept or hide them.

A phone scales its photo down before sending it (a canvas, at most
`images.MAX_STORED_SIDE` pixels a side, JPEG); the laptop does not trust that. The bytes
are judged here from their header alone (`checked`), before anything decodes them:
PNG or JPEG only, within `images`' limits and `MAX_PIXELS`, and complete. What is
refused says why with a key the phone's page translates (`PhotoRefusedError.key`): a drawing
(SVG), a HEIC or AVIF photo the laptop cannot decode (recognised by its ISO-BMFF `ftyp`
box: the phone is told to send JPEG), something that is not an image, too many pixels,
a cut-short file. The Qt layer then decodes what passed (the EXIF orientation applied)
and encodes it again as JPEG without metadata (`ui.board.photos.reencoded_photo`): the
location a camera wrote is not kept.

A photo from a phone is written to the workshop at once as `review == "pending"`
(`pending_photo`, outside the undo history: nothing is lost), with the phone's label
(`sender`) and `upload_key`; every view and export shows only `"shown"` photos
(`board.photos_of`, `cards.photos_of`); the facilitator accepts (`accepted`, an undoable
edit) or hides (`hidden`: the row is deleted) each one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from typing import Literal

from facilitator.domain import images
from facilitator.domain.changes import ChangeSet, delete, insert, update
from facilitator.domain.ids import new_id
from facilitator.domain.images import ImageError, ImageInfo
from facilitator.domain.records import Attachment, OwnerKind, replaced
from facilitator.domain.validation import with_values
from facilitator.domain.workshop import Workshop

MAX_PIXELS = 50_000_000
"""Pixels of a photo a phone may send when it could not scale it itself (an old browser):
a 48-megapixel phone camera (8,000 x 6,000) fits; what a phone's page sends is at most
2,400 x 2,400 (5.8 megapixels). Lower than `images.MAX_PIXELS` (250 megapixels, about a
second of decoding) because anyone in the room may send one."""

UPLOAD_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")
"""The id a phone's page gives each photo (22 characters: 16 random bytes, base64url),
sent again with every retry of that photo."""

FACILITATOR = "facilitator"
"""What stands for a token's digest in the upload key of the facilitator's own phone
(`upload_key`): its page has no token, and its upload ids are random like any phone's."""

Sniffed = Literal["jpeg", "png", "heic", "avif", "svg", "other"]

# ISO-BMFF major and compatible brands (ISO/IEC 23008-12 for HEIF, AV1 image format 1.1).
_HEIC_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"})
_AVIF_BRANDS = frozenset({b"avif", b"avis"})
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # JPEG markers without a length


class PhotoRefusedError(Exception):
    """A photo refused before decoding: `key` names the phone page's sentence
    (`room.page_text`), `status` the HTTP status that carries it."""

    def __init__(self, key: str, status: int = 415, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.status = status
        self.detail = detail


def upload_key(token_digest: str, upload_id: str) -> str:
    """The key that stores one photo of one phone once (`Attachment.upload_key`): the
    SHA-256, 64 lowercase hexadecimal digits, of the phone's token digest
    (`codes.token_digest`, or `FACILITATOR`) and the upload id its page gave the photo.
    Raises ValueError for an upload id that is not `UPLOAD_ID`."""
    if not UPLOAD_ID.fullmatch(upload_id):
        raise ValueError("not an upload id")
    return hashlib.sha256(f"{token_digest}:{upload_id}".encode("ascii")).hexdigest()


def sniffed(head: bytes) -> Sniffed:
    """What the first bytes of a file say it is (its name and declared type are never
    asked): JPEG, PNG, a HEIC or AVIF photo (an ISO-BMFF `ftyp` box and its brands), an
    SVG drawing, or something else. 32 bytes tell all but SVG (`images.MAX_SNIFFED_BYTES`)."""
    if head.startswith(images.JPEG_START):
        return "jpeg"
    if head.startswith(images.PNG_SIGNATURE):
        return "png"
    if head[4:8] == b"ftyp" and len(head) >= 12:
        size = int.from_bytes(head[0:4], "big")
        box = head[8 : max(12, min(size, len(head)))]
        brands = {box[i : i + 4] for i in range(0, len(box) - 3, 4)}  # major, minor, compatible
        brands.discard(box[4:8])  # the minor version is a number, not a brand
        if brands & _AVIF_BRANDS:
            return "avif"
        if brands & _HEIC_BRANDS:
            return "heic"
    if images.is_vector_drawing(head):
        return "svg"
    return "other"


def checked(data: bytes) -> ImageInfo:
    """The photo's format and size, if the laptop may decode it: PNG or JPEG, within the
    limits of `images.check_decodable` and `MAX_PIXELS`, and whole (a JPEG's last scan
    ends with its end marker, a PNG with its IEND chunk). Reads the header only.

    Raises `PhotoRefusedError`: `photo_empty`, `photo_svg`, `photo_heic`, `photo_avif`,
    `photo_not_image` (415), `photo_too_large` (413: pixels), `photo_truncated`,
    `photo_damaged` (422)."""
    if not data:
        raise PhotoRefusedError("photo_empty", 400)
    kind = sniffed(data[: images.MAX_SNIFFED_BYTES])
    if kind in ("svg", "heic", "avif"):
        raise PhotoRefusedError(f"photo_{kind}")
    if kind == "other":
        raise PhotoRefusedError("photo_not_image")
    try:
        info = images.image_info(data)
        images.check_decodable(info)
    except ImageError as error:
        if error.too_large:
            raise PhotoRefusedError(
                "photo_too_large", 413, f"{error.width} x {error.height}"
            ) from error
        raise PhotoRefusedError("photo_damaged", 422, error.reason) from error
    if info.pixels > MAX_PIXELS:
        raise PhotoRefusedError("photo_too_large", 413, f"{info.width} x {info.height}")
    if not _whole(data, info):
        raise PhotoRefusedError("photo_truncated", 422)
    return info


def _whole(data: bytes, info: ImageInfo) -> bool:
    """Whether the file goes on to its end: Qt decodes a cut JPEG without an error (the
    missing rows grey), so it is found here. After a JPEG's first scan, FF D9 can only be
    its end marker (entropy-coded data escapes FF as FF 00); a thumbnail in the EXIF
    segment, before the scan, does not count."""
    if info.format == "png":
        return data.rstrip(b"\x00").endswith(b"IEND\xaeB`\x82")
    scan = _first_scan(data)
    return scan > 0 and data.find(b"\xff\xd9", scan) >= 0


def _first_scan(data: bytes) -> int:
    """Where a JPEG's first scan's data begins (after its SOS segment); -1 if not found."""
    at, end = 2, len(data)
    while at + 4 <= end:
        if data[at] != 0xFF:
            return -1
        marker = data[at + 1]
        if marker == 0xFF:  # a fill byte
            at += 1
            continue
        if marker in _STANDALONE:
            at += 2
            continue
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        if marker == 0xDA:
            return at + 2 + length
        at += 2 + length
    return -1


# -- in the workshop ------------------------------------------------------------------------
def stored_upload(workshop: Workshop, key: str) -> Attachment | None:
    """The photo already stored under `key` (a retried upload), if any."""
    if not key:
        return None
    return next((a for a in workshop.unordered(Attachment) if a.upload_key == key), None)


def pending_photos(workshop: Workshop) -> list[Attachment]:
    """Photos from phones waiting for the facilitator, oldest first."""
    waiting = [a for a in workshop.unordered(Attachment) if a.review == "pending"]
    return sorted(waiting, key=lambda a: a.created_at)  # stable: ties as they came


def pending_count(workshop: Workshop, sender: str | None = None) -> int:
    """How many photos wait for review: all of them, or `sender`'s."""
    return sum(
        1
        for a in workshop.unordered(Attachment)
        if a.review == "pending" and (sender is None or a.sender == sender)
    )


def pending_photo(
    workshop: Workshop,
    *,
    owner_kind: OwnerKind,
    owner_id: str,
    data: bytes,
    width: int,
    height: int,
    caption: str,
    sender: str,
    key: str,
) -> tuple[ChangeSet, str]:
    """A photo from a phone (already decoded again and re-encoded: JPEG, no metadata),
    waiting for review, after the photos of its board or card. Returns the change (to be
    made outside the undo history) and the photo's id. Raises `InvalidValueError` for a
    caption or sender beyond the record's limits."""
    position = sum(
        1
        for a in workshop.unordered(Attachment)
        if a.owner_kind == owner_kind and a.owner_id == owner_id and a.role == "photo"
    )
    photo = with_values(
        Attachment(
            id=new_id(),
            owner_kind=owner_kind,
            owner_id=owner_id,
            role="photo",
            position=position,
            media_type="image/jpeg",
            data=data,
            created_at=_now(),
            review="pending",
            upload_key=key,
        ),
        caption=caption,
        width=width,
        height=height,
        sender=sender,
    )
    return ChangeSet.of([insert(photo)]), photo.id


def _now() -> str:
    """Now, to the millisecond: photos sent in the same second keep their order."""
    return dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="milliseconds")


def accepted(workshop: Workshop, photo_ids: Iterable[str]) -> ChangeSet:
    """The facilitator accepts photos from phones: shown with their board or card from
    now on (an undoable edit). Photos already shown, or gone, are left as they are."""
    changes = []
    for photo_id in photo_ids:
        photo = workshop.get(Attachment, photo_id)
        if photo is not None and photo.review == "pending":
            changes.append(update(photo, replaced(photo, {"review": "shown"})))
    return ChangeSet.of(changes)


def hidden(workshop: Workshop, photo_ids: Iterable[str]) -> ChangeSet:
    """The facilitator hides photos from phones: each pending one is deleted from the
    workshop (an undoable edit: undo brings it back to the review)."""
    changes = []
    for photo_id in photo_ids:
        photo = workshop.get(Attachment, photo_id)
        if photo is not None and photo.review == "pending":
            changes.append(delete(photo))
    return ChangeSet.of(changes)

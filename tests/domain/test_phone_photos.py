"""Photos from phones before any decoding (issue 19): what the bytes are, what is refused
and why, the key that stores a retry once, and the review: a photo waiting for the
facilitator is in no view or export until accepted."""

from __future__ import annotations

import pytest

from facilitator.domain import board, cards, phone_photos
from facilitator.domain.demo import demo_workshop
from facilitator.domain.phone_photos import PhotoRefusedError
from facilitator.domain.records import Attachment, OwnerKind
from facilitator.domain.workshop import Workshop
from facilitator.export.cards_pdf import cards_pdf
from facilitator.export.synthesis_pdf import synthesis_pdf
from tests.export.test_agenda_exports import _pdf_text
from tests.image_files import HOSTILE_SVG, blank_jpeg, blank_png
from tests.room.photo_files import AVIF, HEIC, SVG, camera_jpeg, screenshot_png, small_jpeg


def _refusal(data: bytes) -> tuple[str, int]:
    with pytest.raises(PhotoRefusedError) as refused:
        phone_photos.checked(data)
    return refused.value.key, refused.value.status


def test_what_a_phone_may_hold_is_told_apart_by_its_first_bytes() -> None:
    assert phone_photos.sniffed(camera_jpeg()) == "jpeg"
    assert phone_photos.sniffed(screenshot_png()) == "png"
    assert phone_photos.sniffed(HEIC) == "heic"
    assert phone_photos.sniffed(AVIF) == "avif"  # "mif1" too, but AVIF is the one that says
    assert phone_photos.sniffed(SVG) == "svg"
    assert phone_photos.sniffed(HOSTILE_SVG) == "svg"
    assert phone_photos.sniffed(b"%PDF-1.7\n") == "other"
    assert phone_photos.sniffed(b"") == "other"
    # a video from the same phone: an ISO-BMFF file too, but no image brand
    assert phone_photos.sniffed(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00isommp42") == "other"


def test_photos_pass_and_each_kind_of_bad_file_is_refused_with_its_reason() -> None:
    assert phone_photos.checked(camera_jpeg()).width == 3000
    assert phone_photos.checked(screenshot_png()).format == "png"
    photo = small_jpeg()
    assert _refusal(b"") == ("photo_empty", 400)
    assert _refusal(b"Bonjour, ceci est un texte.") == ("photo_not_image", 415)
    assert _refusal(SVG) == ("photo_svg", 415)
    assert _refusal(HEIC) == ("photo_heic", 415)
    assert _refusal(AVIF) == ("photo_avif", 415)
    assert _refusal(photo[: len(photo) * 2 // 3]) == ("photo_truncated", 422)  # cut short
    assert _refusal(photo[:-2]) == ("photo_truncated", 422)  # only its end marker missing
    assert _refusal(photo[:300]) == ("photo_damaged", 422)  # cut inside its header
    png = screenshot_png()
    assert _refusal(png[: len(png) - 20]) == ("photo_truncated", 422)
    # 20,000 x 20,000 pixels in 1.5 MB: refused from the header, nothing decoded
    assert _refusal(blank_jpeg(20_000, 20_000, components=1)) == ("photo_too_large", 413)
    assert _refusal(blank_png(20_000, 20_000, colour=0, depth=1)) == ("photo_too_large", 413)
    # within the app's limits for a file on the laptop, beyond a phone's
    assert _refusal(blank_jpeg(10_000, 6_000, components=1)) == ("photo_too_large", 413)
    assert phone_photos.checked(blank_jpeg(8_000, 6_000, components=1)).pixels == 48_000_000


def test_a_cut_photo_is_found_even_with_a_whole_thumbnail_before_its_scan() -> None:
    """A camera's EXIF block may hold a whole thumbnail JPEG (its own end marker) before
    the photo's scan: the end marker must come after the scan."""
    photo = small_jpeg()
    thumbnail = small_jpeg((1, 2, 3), 64)
    app1 = b"Exif\x00\x00" + thumbnail
    with_thumbnail = photo[:2] + b"\xff\xe1" + (len(app1) + 2).to_bytes(2, "big") + app1 + photo[2:]
    assert phone_photos.checked(with_thumbnail).format == "jpeg"
    assert _refusal(with_thumbnail[: len(with_thumbnail) - 200]) == ("photo_truncated", 422)


def test_the_upload_key_is_one_per_phone_and_photo() -> None:
    key = phone_photos.upload_key("a" * 64, "x" * 22)
    assert len(key) == 64 and key == phone_photos.upload_key("a" * 64, "x" * 22)
    assert key != phone_photos.upload_key("b" * 64, "x" * 22)  # another phone, same id
    assert key != phone_photos.upload_key(phone_photos.FACILITATOR, "x" * 22)
    for bad in ("", "short", "x" * 65, "../../etc/passwd....", "é" * 22, "a b" * 8):
        with pytest.raises(ValueError, match="upload id"):
            phone_photos.upload_key("a" * 64, bad)


def _with_pending(workshop: Workshop, owner: tuple[OwnerKind, str], caption: str, key: str) -> str:
    changes, photo_id = phone_photos.pending_photo(
        workshop,
        owner_kind=owner[0],
        owner_id=owner[1],
        data=small_jpeg(),
        width=320,
        height=240,
        caption=caption,
        sender="Léa · 3fa2",
        key=key,
    )
    workshop.apply(changes)
    return photo_id


def test_a_photo_waiting_for_review_is_in_no_view_or_export_until_accepted() -> None:
    workshop = demo_workshop()
    changes, board_id = board.add_board(workshop, "Idées « en vrac »")
    workshop.apply(changes)
    workshop.apply(board.capture(workshop, board_id, ["Covoiturage"])[0])  # a board printed
    changes, card_id = cards.create_card(workshop, "Guichet mobile")
    workshop.apply(changes)
    on_board = _with_pending(workshop, ("board", board_id), "Mur EN-ATTENTE-TABLEAU", "1" * 64)
    on_card = _with_pending(workshop, ("card", card_id), "Maquette EN-ATTENTE-FICHE", "2" * 64)
    assert board.photos_of(workshop, board_id) == []
    assert cards.photos_of(workshop, card_id) == []
    assert [p.id for p in phone_photos.pending_photos(workshop)] == [on_board, on_card]
    assert phone_photos.pending_count(workshop, "Léa · 3fa2") == 2
    assert phone_photos.stored_upload(workshop, "1" * 64) is not None
    assert phone_photos.stored_upload(workshop, "") is None  # the laptop's own photos
    for text in (_pdf_text(synthesis_pdf(workshop)), _pdf_text(cards_pdf(workshop))):
        assert "EN-ATTENTE" not in text

    workshop.apply(phone_photos.accepted(workshop, [on_board, on_card, "gone"]))
    assert [p.id for p in board.photos_of(workshop, board_id)] == [on_board]
    assert [p.id for p in cards.photos_of(workshop, card_id)] == [on_card]
    assert "EN-ATTENTE-TABLEAU" in _pdf_text(synthesis_pdf(workshop))
    assert "EN-ATTENTE-FICHE" in _pdf_text(cards_pdf(workshop))
    assert phone_photos.pending_photos(workshop) == []
    assert phone_photos.accepted(workshop, [on_board]).changes == ()  # already shown
    assert phone_photos.hidden(workshop, [on_board]).changes == ()  # shown: not "hidden"


def test_hiding_deletes_the_photo_and_deleting_a_card_takes_its_waiting_photos() -> None:
    workshop = demo_workshop()
    changes, card_id = cards.create_card(workshop, "Guichet mobile")
    workshop.apply(changes)
    first = _with_pending(workshop, ("card", card_id), "à cacher", "3" * 64)
    second = _with_pending(workshop, ("card", card_id), "à garder en attente", "4" * 64)
    workshop.apply(phone_photos.hidden(workshop, [first]))
    assert workshop.get(Attachment, first) is None
    assert workshop.require(Attachment, second).position == 1  # after the first, as sent
    workshop.apply(cards.delete_card(workshop, card_id))
    assert workshop.get(Attachment, second) is None  # no photo left owned by nothing

"""Photos from phones in the app (issue 19): sent over real HTTP on 127.0.0.1 to the link
started from the room page, on the app's own loop (qasync); listed for review with
their thumbnail, caption and sender as plain text; accepted (an undoable edit: they join
the board) or hidden (deleted, counted); the facilitator's own code on the laptop only;
what waits is still listed once the link is off."""

from __future__ import annotations

import asyncio
import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
import qasync
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.domain import board, cards, phone_photos
from facilitator.domain.records import Attachment, Board
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.board.photos import decoded_image
from facilitator.ui.main_window import MainWindow
from facilitator.ui.room import room_page
from facilitator.ui.room.room_page import RoomPage
from tests.image_files import blank_jpeg
from tests.room.phones import Phone, from_address
from tests.room.photo_files import PhotoPhone, camera_jpeg, noisy_jpeg, small_jpeg


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """The app's kind of loop: asyncio on Qt's event loop (never stopped: that would
    quit the application for every later test)."""
    event_loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    pending = [t for t in asyncio.all_tasks(event_loop) if not t.done()]
    if pending:
        event_loop.run_until_complete(asyncio.wait(pending, timeout=5))
    asyncio.set_event_loop(None)


def _started(window: MainWindow, path: Path, loop: asyncio.AbstractEventLoop) -> RoomPage:
    assert window.open_path(path) and window.page is not None
    window.page.show_part("room")
    page = window.page.room
    page.network.setCurrentIndex(page.network.findData("127.0.0.1"))
    page.start_button.click()
    loop.run_until_complete(page.link.started())
    assert page.link.running
    return page


def _open_card(page: RoomPage) -> str | None:
    return page.link.session.photo_card_id if page.link.session is not None else None


def _rows(page: RoomPage) -> list[str]:
    return [page.photos.item(i).text() for i in range(page.photos.count())]


def _tag(page: RoomPage) -> str:
    assert page.link.session is not None
    return next(iter(page.link.session.participants.values())).tag


def _select(page: RoomPage, caption: str) -> None:
    page.photos.clearSelection()
    for i in range(page.photos.count()):
        if page.photos.item(i).text().startswith(caption):
            page.photos.item(i).setSelected(True)


def test_photos_from_phones_are_reviewed_on_the_room_page(
    loop: asyncio.AbstractEventLoop, window: MainWindow, full_demo_file: Path, qtbot: QtBot
) -> None:
    page = _started(window, full_demo_file, loop)
    document = window.document
    assert document is not None and page.link.session is not None
    session = page.link.session
    own = page.link.facilitator_url()
    assert own.endswith(f"/f/{session.facilitator_code}") and own in page.own_text.text()
    assert page.own_phone.isVisibleTo(page) and not page.own_qr.pixmap().isNull()
    assert session.facilitator_code not in page.projected.url  # never on the projector
    board_id = page.board.currentData()
    before = [p.id for p in board.photos_of(document.workshop, board_id)]  # the demo's own
    url = page.link.join_url()
    markup = '<img src="/dev/zero"> mur du fond'
    name = "<b>Inès</b>"  # a phone's label in markup too: shown as written

    async def send() -> None:
        async with from_address(0) as http:
            joined = Phone(http, url)
            await joined.join(name)
            phone = PhotoPhone(http, url, joined.token)
            assert await phone.send(camera_jpeg(), caption=markup) == (201, "pending")
            assert await phone.send(small_jpeg(), caption="à cacher") == (201, "pending")
        async with aiohttp.ClientSession() as http:
            assert await PhotoPhone(http, own).send(small_jpeg(), caption="") == (201, "pending")

    loop.run_until_complete(send())
    assert page.photos_box.title() == "3 photos waiting for review"
    tag = next(iter(session.participants.values())).tag
    assert _rows(page) == [
        f"{markup}\n{name} · {tag}",
        f"à cacher\n{name} · {tag}",
        "(no caption)\nAnimation",
    ]
    page.thumbnails_ready()  # decoded in a worker thread, then shown
    first = page.photos.item(0)
    assert not first.icon().isNull() and not page.photos.item(2).icon().isNull()
    assert "&lt;img" in first.toolTip() and "&lt;b&gt;" in first.toolTip()  # escaped
    assert [p.id for p in board.photos_of(document.workshop, board_id)] == before  # not yet
    assert not page.accept_photo_button.isEnabled()

    _select(page, markup)
    assert page.accept_photo_button.isEnabled()
    page.accept_photo_button.click()
    shown = [p for p in board.photos_of(document.workshop, board_id) if p.id not in before]
    assert [p.caption for p in shown] == [markup] and shown[0].review == "shown"
    assert document.undo_stack.undoText() == "Accept photos from phones"
    workshop_page = window.page
    assert workshop_page is not None
    workshop_page.show_part("board")
    scene = workshop_page.board.scene
    assert scene is not None and scene.board_id == board_id
    assert list(scene.photos) == [*before, shown[0].id]  # on the board's canvas, last
    workshop_page.show_part("room")
    assert page.photos.count() == 2
    document.undo_stack.undo()  # back to the review
    assert len(board.photos_of(document.workshop, board_id)) == len(before)
    assert page.photos.count() == 3
    document.undo_stack.redo()
    assert page.photos.count() == 2

    _select(page, "à cacher")
    page.hide_photo_button.click()
    assert _rows(page) == ["(no caption)\nAnimation"]
    assert [a.caption for a in document.workshop.all(Attachment) if a.sender] == [markup, ""]
    assert page.photos_hidden == 1
    assert "Photos received: 3 · hidden: 1" in page.figures.text()
    assert document.undo_stack.undoText() == "Hide photos from phones"

    page.start_button.click()  # the link stops: what waits is still listed
    loop.run_until_complete(page.link.stopped())
    page.refresh()
    assert not page.own_phone.isVisibleTo(page)
    assert _rows(page) == ["(no caption)\nAnimation"]
    page.photos.item(0).setSelected(True)
    page.accept_photo_button.click()
    assert page.photos.count() == 0 and page.photos_box.title() == "0 photos waiting for review"
    file, reopened = WorkshopFile.open(full_demo_file, read_only=True)
    file.close()
    assert sorted(a.caption for a in reopened.all(Attachment) if a.sender) == ["", markup]
    assert all(a.review == "shown" for a in reopened.all(Attachment))


def test_a_card_is_opened_for_photos_from_the_page(
    loop: asyncio.AbstractEventLoop, window: MainWindow, full_demo_file: Path, qtbot: QtBot
) -> None:
    assert window.open_path(full_demo_file) and window.document is not None
    document = window.document
    changes, card_id = cards.create_card(document.workshop, "Guichet itinérant")
    document.edit("card", changes)
    assert window.page is not None
    window.page.show_part("room")
    room = window.page.room
    assert room.photo_card.currentData() is None  # no card until the facilitator opens one
    room.network.setCurrentIndex(room.network.findData("127.0.0.1"))
    room.photo_card.setCurrentIndex(room.photo_card.findData(card_id))
    room.start_button.click()
    loop.run_until_complete(room.link.started())
    session = room.link.session
    assert session is not None and session.photo_card_id == card_id
    assert session.photo_targets() == {
        "board": document.workshop.require(Board, room.board.currentData()).title,
        "card": "Guichet itinérant",
    }
    room.receiving_photos.setChecked(False)
    assert session.photo_targets() is None
    room.receiving_photos.setChecked(True)
    room.photo_card.setCurrentIndex(0)
    assert _open_card(room) is None

    async def send() -> tuple[int, str]:
        async with from_address(1) as http:
            joined = Phone(http, room.link.join_url())
            await joined.join()
            return await PhotoPhone(http, room.link.join_url(), joined.token).send(
                small_jpeg(), target="card"
            )

    assert loop.run_until_complete(send()) == (409, "photo_card_closed")
    room.photo_card.setCurrentIndex(room.photo_card.findData(card_id))
    assert loop.run_until_complete(send())[0] == 201
    assert [p.owner_id for p in phone_photos.pending_photos(document.workshop)] == [card_id]
    assert cards.photos_of(document.workshop, card_id) == []  # not on the card until accepted
    room.photos.item(0).setSelected(True)
    room.accept_photo_button.click()
    assert len(cards.photos_of(document.workshop, card_id)) == 1
    assert room.photos.item(0) is None
    room.start_button.click()
    loop.run_until_complete(room.link.stopped())


def test_each_thumbnail_is_decoded_once_in_a_worker_thread(
    loop: asyncio.AbstractEventLoop,
    window: MainWindow,
    full_demo_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    """Photos arriving one after another: each thumbnail decoded once, never on the
    interface thread (each photo rebuilt the list and decoded every row again there: 30
    phones held the interface 0.3 s, tests/bench/room_photos.py); a photo in a
    colleague's file that is a decompression bomb listed without a picture."""
    decoded: list[tuple[str, str]] = []  # (thread, photo's digest)

    def recorded(data: bytes, box: QSize) -> QImage:
        decoded.append((threading.current_thread().name, hashlib.sha256(data).hexdigest()))
        return decoded_image(data, box)

    monkeypatch.setattr(room_page, "decoded_image", recorded)
    page = _started(window, full_demo_file, loop)
    document = window.document
    assert document is not None
    url = page.link.join_url()

    async def send() -> None:
        async with from_address(2) as http:
            joined = Phone(http, url)
            await joined.join("Zoé")
            phone = PhotoPhone(http, url, joined.token)
            for n in range(4):  # the list rebuilt at each: 1 + 2 + 3 + 4 rows
                assert await phone.send(noisy_jpeg(400 + n, 300), caption=f"mur {n}") == (
                    201,
                    "pending",
                )

    loop.run_until_complete(send())
    page.thumbnails_ready()
    stored = {
        hashlib.sha256(p.data).hexdigest() for p in phone_photos.pending_photos(document.workshop)
    }
    assert sorted(digest for _thread, digest in decoded) == sorted(stored)  # once each
    assert {thread for thread, _digest in decoded} == {"room-thumbnails_0"}
    assert all(not page.photos.item(i).icon().isNull() for i in range(4))

    page.retranslate()  # every row written again: the thumbnails kept
    page.refresh()
    assert len(decoded) == 4 and all(not page.photos.item(i).icon().isNull() for i in range(4))

    def waiting(data: bytes, caption: str) -> None:  # as a colleague's file brings it
        changes, _photo = phone_photos.pending_photo(
            document.workshop,
            owner_kind="board",
            owner_id=page.board.currentData(),
            data=data,
            width=20_000,
            height=20_000,
            caption=caption,
            sender="Collègue",
            key="",
        )
        document.apply_untracked(changes)

    _select(page, "mur 1")  # the facilitator is choosing when another photo arrives
    waiting(blank_jpeg(20_000, 20_000, components=1), "bombe")  # 400 megapixels, 50 KB
    page.thumbnails_ready()
    assert _rows(page)[:4] == [f"mur {n}\nZoé · {_tag(page)}" for n in range(4)]
    assert page.photos.item(4).text() == "bombe\nCollègue"
    assert [i.text() for i in page.photos.selectedItems()] == [_rows(page)[1]]
    assert page.accept_photo_button.isEnabled()
    assert page.photos.item(4).icon().isNull()  # refused before decoding: no picture
    assert len(decoded) == 5
    waiting(small_jpeg(), "petite")  # shown by the page itself once decoded
    qtbot.waitUntil(lambda: not page.photos.item(5).icon().isNull())
    assert len(decoded) == 6 and page.photos.item(4).icon().isNull()
    page.start_button.click()
    loop.run_until_complete(page.link.stopped())

"""The room link in the app: started from its page on the app's own asyncio loop
(qasync, as in the app), phones over real HTTP on 127.0.0.1, everything received in
the workshop file; the QR code on the projector; stopped with the workshop."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.domain import edits, voting
from facilitator.domain.records import Ballot, Board, Idea, RoomPhone
from facilitator.domain.workshop import Workshop
from facilitator.room.codes import shown
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.main_window import MainWindow
from facilitator.ui.room.projected_link import ProjectedLink
from facilitator.ui.room.room_page import RoomPage
from tests.room.phones import from_address

PHONES = 60
IDEAS_EACH = 3


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """The app's kind of loop: asyncio on Qt's event loop (never stopped: that would
    quit the application for every later test)."""
    event_loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    # What closing left to do (a link stopped with the window) runs before the loop goes.
    pending = [t for t in asyncio.all_tasks(event_loop) if not t.done()]
    if pending:
        event_loop.run_until_complete(asyncio.wait(pending, timeout=5))
    asyncio.set_event_loop(None)


def _room_page(window: MainWindow, path: Path) -> RoomPage:
    assert window.open_path(path)
    assert window.page is not None and window.document is not None
    document = window.document
    workshop = document.workshop
    board_id = workshop.all(Board)[0].id
    changes, vote_id = voting.create_vote(workshop, board_id, "Vote des téléphones 📱")
    document.edit("vote", changes)
    document.edit("open", voting.set_status(document.workshop, vote_id, "open"))
    window.page.show_part("room")
    page = window.page.room
    page.network.setCurrentIndex(page.network.findData("127.0.0.1"))
    return page


async def _phone(url: str, n: int) -> tuple[int, int]:
    """One phone, from its own address: join, send ideas, place its dots. Returns
    (ideas accepted, dots)."""
    async with from_address(n) as http:
        return await _phone_calls(http, url, n)


async def _phone_calls(http: aiohttp.ClientSession, url: str, n: int) -> tuple[int, int]:
    async with http.post(f"{url}/api/join", json={"name": f"Téléphone {n}"}) as joined:
        token = (await joined.json())["token"]
    headers = {"X-Participant": token}
    accepted = 0
    for k in range(IDEAS_EACH):
        text = f"Idée {k} du téléphone {n} <b>!</b>"
        async with http.post(f"{url}/api/idea", json={"text": text}, headers=headers) as sent:
            accepted += sent.status == 201
    async with http.get(f"{url}/api/state", headers=headers) as state:
        options = [o["id"] for o in (await state.json())["vote"]["options"]]
    dots = {options[n % len(options)]: 2, options[(n + 1) % len(options)]: 1}
    async with http.post(f"{url}/api/dots", json={"dots": dots}, headers=headers) as voted:
        return accepted, (3 if voted.status == 200 else 0)


def test_sixty_phones_while_the_facilitator_keeps_working(
    loop: asyncio.AbstractEventLoop,  # first: set up before the window, gone after it
    window: MainWindow,
    full_demo_file: Path,
    qtbot: QtBot,
) -> None:
    page = _room_page(window, full_demo_file)
    assert page.vote.currentText() == "Vote des téléphones 📱"
    page.start_button.click()
    loop.run_until_complete(page.link.started())
    assert page.link.running and page.link.server is not None
    assert page.link.session is not None and page.link.session.code in page.status.text()
    assert page.qr.pixmap() is not None and not page.qr.pixmap().isNull()
    document = window.document
    assert document is not None
    edits_made: list[int] = []

    def facilitator_types() -> None:  # the facilitator keeps editing meanwhile
        n = len(edits_made)
        document.edit("notes", edits.set_info(document.workshop, notes=f"Notes {n}"))
        edits_made.append(n)

    typing = QTimer()
    typing.setInterval(15)
    typing.timeout.connect(facilitator_types)
    typing.start()
    url = page.link.join_url()

    async def room() -> list[tuple[int, int]]:
        return list(await asyncio.gather(*(_phone(url, n) for n in range(PHONES))))

    results = loop.run_until_complete(room())
    typing.stop()
    accepted = sum(a for a, _ in results)
    assert accepted == PHONES * IDEAS_EACH
    assert all(dots == 3 for _, dots in results)
    assert edits_made  # the interface kept running the facilitator's edits
    page.refresh()
    assert page.people_box.title() == f"{PHONES} phones joined"
    file, reopened = WorkshopFile.open(full_demo_file, read_only=True)
    file.close()
    phone_ideas = [i for i in reopened.all(Idea) if "du téléphone" in i.text]
    assert len(phone_ideas) == accepted
    vote_id = page.vote.currentData()
    ballots = [b for b in reopened.all(Ballot) if b.vote_id == vote_id]
    assert sum(b.dots for b in ballots) == PHONES * 3
    assert len({b.participant for b in ballots}) == PHONES  # one ballot per phone
    assert reopened.info.notes == f"Notes {edits_made[-1]}"
    assert document.is_saved()

    page.project_link()
    projector = window.page.run.projector if window.page else None
    assert projector is not None and isinstance(projector.results_widget, ProjectedLink)
    assert projector.results_widget.code == shown(page.link.session.code)  # "ABCD EFGH"

    old_url = url
    window.close_workshop()  # closing the workshop stops the link
    loop.run_until_complete(page.link.stopped())

    async def knock() -> None:
        async with aiohttp.ClientSession() as http:
            with pytest.raises(aiohttp.ClientConnectionError):
                await http.get(old_url, timeout=aiohttp.ClientTimeout(total=2))

    loop.run_until_complete(knock())


def test_moderation_from_the_page(
    loop: asyncio.AbstractEventLoop, window: MainWindow, full_demo_file: Path, qtbot: QtBot
) -> None:
    page = _room_page(window, full_demo_file)
    page.moderation.setChecked(True)
    page.start_button.click()
    loop.run_until_complete(page.link.started())
    url = page.link.join_url()

    async def send() -> None:
        async with aiohttp.ClientSession() as http:
            async with http.post(f"{url}/api/join", json={"name": "Inès"}) as joined:
                token = (await joined.json())["token"]
            for text in ("Une idée à montrer", "Une blague à cacher"):
                async with http.post(
                    f"{url}/api/idea", json={"text": text}, headers={"X-Participant": token}
                ) as sent:
                    assert (await sent.json())["result"] == "pending"

    loop.run_until_complete(send())
    page.refresh()
    assert page.waiting.count() == 2 and "2 ideas waiting" in page.waiting_box.title()
    page.waiting.item(0).setSelected(True)
    page.accept_button.click()
    page.waiting.item(0).setSelected(True)
    page.hide_button.click()
    assert page.waiting.count() == 0
    assert window.document is not None
    texts = [i.text for i in window.document.workshop.all(Idea)]
    assert "Une idée à montrer" in texts and "Une blague à cacher" not in texts
    assert window.document.undo_stack.undoText() == "Idea from a phone"
    assert page.link.session is not None
    phone = page.link.session.join("Inès")
    page.link.session.send_idea(phone.token, "Encore en attente à l'arrêt", "")
    old_code = page.link.session.code
    page.start_button.click()  # stop
    loop.run_until_complete(page.link.stopped())
    assert not page.link.running and page.status.text() == "The room link is off."
    page.start_button.click()  # a new link: a new code, and what still waited
    loop.run_until_complete(page.link.started())
    assert page.link.session is not None and page.link.session.code != old_code
    page.refresh()
    assert [page.waiting.item(i).text() for i in range(page.waiting.count())] == [
        "Encore en attente à l'arrêt  — Inès"
    ]
    page.start_button.click()
    loop.run_until_complete(page.link.stopped())


def test_the_facilitator_removes_a_phone_from_the_page(
    loop: asyncio.AbstractEventLoop, window: MainWindow, full_demo_file: Path, qtbot: QtBot
) -> None:
    """Who joined is listed as written (a name that is markup stays text); the selected
    phone is removed with one button and its next request is refused."""
    page = _room_page(window, full_demo_file)
    page.start_button.click()
    loop.run_until_complete(page.link.started())
    url = page.link.join_url()
    names = ['<img src="/dev/zero">', "Léa"]

    async def join(n: int) -> str:
        async with (
            from_address(n) as http,
            http.post(f"{url}/api/join", json={"name": names[n]}) as joined,
        ):
            token = (await joined.json())["token"]
            assert isinstance(token, str)
            return token

    tokens = [loop.run_until_complete(join(n)) for n in range(2)]
    assert page.link.session is not None
    tags = [page.link.session.participants[token].tag for token in tokens]
    page.refresh()
    shown_names = [page.people.item(i).text() for i in range(page.people.count())]
    assert shown_names == [f"{names[n]} · {tags[n]}" for n in range(2)]
    assert "&lt;img" in page.people.item(0).toolTip()  # escaped: never loaded
    assert not page.remove_button.isEnabled()
    page.people.item(0).setSelected(True)
    assert page.remove_button.isEnabled()
    page.remove_button.click()
    assert [page.people.item(i).text() for i in range(page.people.count())] == [f"Léa · {tags[1]}"]

    async def state(n: int) -> tuple[int, str]:
        mine = {"X-Participant": tokens[n]}
        async with from_address(n) as http, http.get(f"{url}/api/state", headers=mine) as answer:
            return answer.status, (await answer.json()).get("error", "")

    assert loop.run_until_complete(state(0)) == (403, "removed")
    assert loop.run_until_complete(state(1))[0] == 200
    page.start_button.click()
    loop.run_until_complete(page.link.stopped())


def test_a_full_disk_is_told_to_the_phone_and_shown_on_the_page(
    loop: asyncio.AbstractEventLoop, window: MainWindow, full_demo_file: Path, qtbot: QtBot
) -> None:
    """The document keeps an edit it could not write: the phone hears "saved later"
    (202), the room page says why; once space is back, all of it is written."""
    page = _room_page(window, full_demo_file)
    page.start_button.click()
    loop.run_until_complete(page.link.started())
    url = page.link.join_url()
    document = window.document
    assert document is not None
    file = document.file_for_tests()
    file.set_page_limit_for_tests(file.page_count())  # the disk is now full
    document.edit("notes", edits.set_info(document.workshop, notes="x" * 19_000))
    assert not document.is_saved()

    async def send() -> tuple[int, object]:
        async with from_address(0) as http:
            async with http.post(f"{url}/api/join", json={"name": "Inès"}) as joined:
                token = (await joined.json())["token"]
            async with http.post(
                f"{url}/api/idea",
                json={"text": "Idée sans place"},
                headers={"X-Participant": token},
            ) as sent:
                return sent.status, await sent.json()

    assert loop.run_until_complete(send()) == (202, {"result": "saved_later"})
    page.refresh()
    assert not page.problem.isHidden()
    assert "not saved" in page.problem.text() and "full" in page.problem.text()
    file.set_page_limit_for_tests(1_000_000)  # space was freed
    assert document.retry()
    page.refresh()
    assert page.problem.isHidden()
    texts = [i.text for i in _reopened(full_demo_file).all(Idea)]
    assert "Idée sans place" in texts
    page.start_button.click()
    loop.run_until_complete(page.link.stopped())


def test_the_app_reopened_recognises_the_phone_and_undo_never_forgets_it(
    loop: asyncio.AbstractEventLoop, window: MainWindow, full_demo_file: Path, qtbot: QtBot
) -> None:
    """Issue 17: a phone votes, the facilitator undoes what it sent, closes the workshop
    and opens it again (as after a restart of the app); a new link (a new code)
    recognises the phone, under the same label, and its dots replace its ballot."""
    page = _room_page(window, full_demo_file)
    vote_id = page.vote.currentData()
    page.start_button.click()
    loop.run_until_complete(page.link.started())
    document = window.document
    assert document is not None and page.link.session is not None
    first_code = page.link.session.code

    async def phone(url: str, token: str, dots: int) -> tuple[str, str]:
        async with from_address(0) as http:
            if not token:
                async with http.post(f"{url}/api/join", json={"name": ""}) as joined:
                    assert joined.status == 201
                    token = (await joined.json())["token"]
            mine = {"X-Participant": token}
            async with http.get(f"{url}/api/state", headers=mine) as state:
                assert state.status == 200, await state.text()
                options = [o["id"] for o in (await state.json())["vote"]["options"]]
            async with http.post(
                f"{url}/api/idea", json={"text": f"Idée à {dots}"}, headers=mine
            ) as sent:
                assert sent.status == 201
            body = {"dots": {options[0]: dots}}
            async with http.post(f"{url}/api/dots", json=body, headers=mine) as voted:
                assert voted.status == 200
            return token, options[0]

    token, option = loop.run_until_complete(phone(page.link.join_url(), "", 2))
    (stored,) = document.workshop.all(RoomPhone)
    while document.undo_stack.undoText() in ("Dots from a phone", "Idea from a phone"):
        document.undo_stack.undo()  # the facilitator undoes what the phone sent
    assert not [b for b in document.workshop.all(Ballot) if b.vote_id == vote_id]
    assert document.workshop.all(RoomPhone) == [stored]  # never undone
    assert _reopened(full_demo_file).all(RoomPhone) == [stored]

    window.close_workshop()  # the link stops with it
    loop.run_until_complete(page.link.stopped())
    assert window.open_path(full_demo_file)
    assert window.page is not None and window.document is not None
    window.page.show_part("room")
    page = window.page.room
    page.network.setCurrentIndex(page.network.findData("127.0.0.1"))
    page.vote.setCurrentIndex(page.vote.findData(vote_id))
    page.start_button.click()
    loop.run_until_complete(page.link.started())
    assert page.link.session is not None and page.link.session.code != first_code
    again, _ = loop.run_until_complete(phone(page.link.join_url(), token, 3))
    assert again == token
    page.refresh()
    assert [page.people.item(i).text() for i in range(page.people.count())] == [
        f"(no name) · {stored.label.rpartition(' · ')[2]}"
    ]
    page.start_button.click()
    loop.run_until_complete(page.link.stopped())
    workshop = _reopened(full_demo_file)
    assert workshop.all(RoomPhone) == [stored]
    ballots = [(b.participant, b.option_id, b.dots) for b in workshop.all(Ballot)]
    assert [b for b in ballots if b[0] == stored.label] == [(stored.label, option, 3)]
    assert {i.author for i in workshop.all(Idea) if i.text.startswith("Idée à ")} == {""}


def _reopened(path: Path) -> Workshop:
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768), (800, 600)])
def test_the_projected_qr_code_scans_to_the_join_address(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int]
) -> None:
    """Read back by a real QR decoder (zxing-cpp) from the projector's pixels."""
    import zxingcpp
    from PIL import Image

    shown = ProjectedLink()
    qtbot.addWidget(shown)
    shown.resize(*size)
    url = "http://192.168.43.12:8040/r/QAGMX6"
    shown.show_link(url, "QAGMX6", "Participez depuis votre téléphone", "Code")
    picture = tmp_path / "projector.png"
    assert shown.grab().save(str(picture))
    assert [code.text for code in zxingcpp.read_barcodes(Image.open(picture))] == [url]

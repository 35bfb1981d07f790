"""Quick polls from phones in the app (issue 19): the room link started from its page on
the app's own loop (qasync), phones answering the open ROTI over real HTTP, and the
open document as the host: the answers are in the workshop and its file, and they are
no undo steps (the facilitator's undo takes back their own paper count, never a phone's
answer)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from facilitator.domain import polls
from facilitator.domain.records import Board
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.main_window import MainWindow
from tests.room.phones import from_address

PHONES = 12


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """The app's kind of loop (as tests/ui/test_room_link.py): asyncio on Qt's loop."""
    event_loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    pending = [t for t in asyncio.all_tasks(event_loop) if not t.done()]
    if pending:
        event_loop.run_until_complete(asyncio.wait(pending, timeout=5))
    asyncio.set_event_loop(None)


def test_phones_answer_the_open_roti_and_undo_never_takes_an_answer_back(
    loop: asyncio.AbstractEventLoop, window: MainWindow, full_demo_file: Path
) -> None:
    assert window.open_path(full_demo_file)
    document, page = window.document, window.page
    assert document is not None and page is not None
    changes, roti = polls.new_roti(document.workshop, document.workshop.info.language)
    document.edit("ROTI", changes)
    document.edit("Open", polls.open_poll(document.workshop, roti))
    page.show_part("room")
    room = page.room
    room.network.setCurrentIndex(room.network.findData("127.0.0.1"))
    assert document.workshop.all(Board)  # the demo has boards: ideas still work beside
    room.start_button.click()
    loop.run_until_complete(room.link.started())
    url = room.link.join_url()
    steps = document.undo_stack.count()

    async def phone(n: int) -> int:
        async with from_address(n) as http:
            async with http.post(f"{url}/api/join", json={"name": f"Tél {n}"}) as joined:
                token = (await joined.json())["token"]
            mine = {"X-Participant": token}
            async with http.get(f"{url}/api/state", headers=mine) as state:
                shown = (await state.json())["poll"]
            assert shown["id"] == roti
            option = shown["options"][n % 5]["id"]
            body = {"poll": roti, "option": option}
            async with http.post(f"{url}/api/poll", json=body, headers=mine) as answered:
                return answered.status

    async def all_phones() -> list[int]:
        return list(await asyncio.gather(*(phone(n) for n in range(PHONES))))

    assert loop.run_until_complete(all_phones()) == [200] * PHONES
    assert document.undo_stack.count() == steps  # no undo step for the phones' answers
    workshop = document.workshop
    two = polls.options_of(workshop, roti)[1].id
    document.edit("Paper count", polls.set_paper_count(workshop, roti, two, 7))
    document.undo_stack.undo()  # the facilitator takes back their paper count only
    result = polls.results(document.workshop, roti)
    assert (result.phones, result.paper) == (PHONES, 0)
    room.start_button.click()
    loop.run_until_complete(room.link.stopped())
    file, saved = WorkshopFile.open(full_demo_file, read_only=True)
    file.close()
    kept = polls.results(saved, roti)
    assert [r.phones for r in kept.options] == [PHONES // 5 + (n < PHONES % 5) for n in range(5)]

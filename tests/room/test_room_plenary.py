"""A lab's plenary on one room link (issue 22): 200 phones, each from its own address,
joining, sending an idea, placing their dots and sending ideas for review all at once
over real HTTP on the loopback; everything durable in the workshop file, in a few
writes instead of one per phone (each write is a disk sync on the interface's thread).
Also the limits a plenary meets: connections, the kernel's queue, and how long what
arrives together waits to be written together (an injected clock, no sleep)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import aiohttp
import pytest

from facilitator.domain import voting
from facilitator.domain.records import Ballot, Board, Idea, RoomPhone, VoteSession
from facilitator.room import limits
from facilitator.room.server import Batch, RoomServer
from facilitator.room.session import RoomError, RoomSession
from facilitator.room.waiting_log import WaitingLog
from tests.room.file_host import FileHost
from tests.room.phones import Phone, address, reopened, run_room

PLENARY = 200
BROWSER_CONNECTIONS = 2  # a phone's page in Chromium: the page, and its calls (measured)

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="127.0.0.0/8 as many source addresses"
)


def _browsers(count: int) -> list[aiohttp.ClientSession]:
    """`count` phones, each from its own address, each holding up to two connections
    as a phone's browser does on the room's page."""
    return [
        aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(
                local_addr=(address(n), 0), limit_per_host=BROWSER_CONNECTIONS
            )
        )
        for n in range(count)
    ]


def test_a_plenary_of_200_phones_joins_sends_and_votes_at_once(room_file: Path) -> None:
    """200 phones join at once, then each sends an idea while its page asks for the
    state (two connections each), then all place their dots at once: every answer is a
    success, nothing is refused or pushed out, every idea, phone and ballot is in the
    file, and the ideas, joins and dots were each written in far fewer writes than
    phones."""
    seen: dict[str, object] = {}
    writes: list[int] = []  # joins, ideas, dots

    async def scenario(_phone: Phone, server: RoomServer, host: FileHost) -> None:
        clients = _browsers(PLENARY)
        try:
            phones = [Phone(http, _phone.base) for http in clients]
            await asyncio.gather(*(p.join(f"Personne {n}") for n, p in enumerate(phones)))
            sent = await asyncio.gather(
                *(p.call("POST", "idea", {"text": f"Idée n° {n}"}) for n, p in enumerate(phones)),
                *(p.call("GET", "state") for p in phones),
            )
            assert all(status in (200, 201) for status, _ in sent), sent
            seen["open"] = len(server.connections.open)
            state = sent[-1][1]
            options = [o["id"] for o in state["vote"]["options"]]
            voted = await asyncio.gather(
                *(
                    p.call("POST", "dots", {"dots": {options[n % 3]: 2, options[(n + 1) % 3]: 1}})
                    for n, p in enumerate(phones)
                )
            )
            assert voted == [(200, {"result": "counted"})] * PLENARY
        finally:
            for http in clients:
                await http.close()
        guard = server.connections
        writes.extend((server.phones.writes, server.ideas.writes, server.dots.writes))
        seen["refused"] = (server.refused, guard.refused, guard.evicted)

    host = run_room(room_file, scenario)
    joins, ideas, dots = writes
    assert seen["refused"] == (0, 0, 0)
    assert int(str(seen["open"])) > PLENARY  # the pages' second connections, let in
    assert joins < PLENARY / 10 and ideas < PLENARY / 10 and dots < PLENARY / 10
    assert host.applied.count("Dots from phones") == dots  # one undo step a batch
    workshop = reopened(room_file)
    authors = {i.text: i.author for i in workshop.all(Idea)}
    assert all(authors[f"Idée n° {n}"] == f"Personne {n}" for n in range(PLENARY))
    names = {p.label: p.name for p in workshop.all(RoomPhone)}
    assert sorted(names.values()) == sorted(f"Personne {n}" for n in range(PLENARY))
    dots_of: dict[str, int] = {}
    for ballot in workshop.all(Ballot):
        dots_of[ballot.participant] = dots_of.get(ballot.participant, 0) + ballot.dots
    assert set(dots_of) == set(names) and set(dots_of.values()) == {3}  # one ballot each


def test_a_plenary_s_ideas_for_review_wait_then_all_show_in_one_step(
    room_file: Path, tmp_path: Path
) -> None:
    """With review on, 200 phones send an idea at once: each is told "sent" once it is
    in the waiting log, written in far fewer appends than ideas; "Show all" puts them
    on the board in one undo step (and one append to the log), and the log then holds
    nothing waiting."""
    log = WaitingLog(tmp_path / "waiting.jsonl")
    seen: dict[str, int] = {}

    async def scenario(_phone: Phone, server: RoomServer, host: FileHost) -> None:
        server.session.moderation = True
        server.session.log = log
        clients = _browsers(PLENARY)
        try:
            phones = [Phone(http, _phone.base) for http in clients]
            await asyncio.gather(*(p.join(f"Personne {n}") for n, p in enumerate(phones)))
            sent = await asyncio.gather(
                *(p.call("POST", "idea", {"text": f"À revoir {n}"}) for n, p in enumerate(phones))
            )
        finally:
            for http in clients:
                await http.close()
        assert sent == [(201, {"result": "pending"})] * PLENARY
        assert len(log.read()) == PLENARY  # on disk before "sent"
        seen["appends"] = server.waiting.writes
        server.session.accept_all()

    host = run_room(room_file, scenario)
    assert seen["appends"] < PLENARY / 10
    assert host.applied == ["Ideas from phones"]  # one undo step for the 200
    texts = {i.text for i in reopened(room_file).all(Idea)}
    assert {f"À revoir {n}" for n in range(PLENARY)} <= texts
    assert log.read() == []


def test_dots_sent_together_keep_one_ballot_a_phone_and_each_phone_s_refusal(
    room_file: Path,
) -> None:
    """Of two sets of dots from one phone in the same write, the later one counts and
    both hear so; a phone removed, or a vote closed, between receiving and writing gets
    its refusal while the others are written."""
    host = FileHost(room_file)
    try:
        workshop = host.workshop()
        vote = workshop.all(VoteSession)[0]
        session = RoomSession(host, board_id=workshop.all(Board)[0].id, vote_id=vote.id)
        options = [o.id for o in voting.options_of(workshop, vote.id)]
        lea, nour, awa = (session.join(name) for name in ("Léa", "Nour", "Awa"))
        first = session.receive_dots(lea.token, {options[0]: 3})
        second = session.receive_dots(lea.token, {options[1]: 1})
        kept = session.receive_dots(nour.token, {options[2]: 2})
        gone = session.receive_dots(awa.token, {options[0]: 1})
        session.remove(awa.token)
        assert session.store_dots([first, second, kept, gone])
        assert (first.refusal, second.refusal, kept.refusal) == (None, None, None)
        assert isinstance(gone.refusal, RoomError) and gone.refusal.key == "removed"
        late = session.receive_dots(nour.token, {options[0]: 1})
        host.apply("Close", voting.set_status(host.workshop(), vote.id, "closed"))
        assert session.store_dots([late])  # nothing to write
        assert isinstance(late.refusal, RoomError) and late.refusal.key == "vote_closed"
        with pytest.raises(RoomError, match="vote_closed"):
            session.receive_dots(nour.token, {options[0]: 1})
    finally:
        host.close()
    ballots = {(b.participant, b.option_id, b.dots) for b in reopened(room_file).all(Ballot)}
    assert ballots == {(lea.label, options[1], 1), (nour.label, options[2], 2)}


def test_what_arrives_turn_after_turn_waits_at_most_batch_wait_ms() -> None:
    """Items arriving in consecutive turns of the loop are written together once a turn
    brings nothing; a stream that never pauses is written `BATCH_WAIT_MS` after its
    first item (the clock is the test's: each turn moves it 10 ms)."""
    written: list[list[int]] = []
    now = [0.0]

    def write(items: list[int]) -> bool:
        written.append(items)
        return True

    batch: Batch[int] = Batch(write, clock=lambda: now[0])

    async def main() -> list[bool]:
        loop = asyncio.get_running_loop()
        futures: list[asyncio.Future[bool]] = []
        for k in range(3):  # three turns, then quiet
            futures.append(batch.add(k))
            await asyncio.sleep(0)  # one turn
        results = await asyncio.gather(*futures)
        assert written == [[0, 1, 2]]
        stop = loop.create_future()

        def every_turn(k: int) -> None:  # a stream that never pauses
            now[0] += 0.010
            futures.append(batch.add(k))
            if not stop.done() and k < 200:
                loop.call_soon(every_turn, k + 1)

        every_turn(100)
        await futures[3]
        stop.set_result(None)
        return results

    assert asyncio.run(main()) == [True, True, True]
    first_stream = written[1]
    assert first_stream[0] == 100 and 3 <= len(first_stream) <= limits.BATCH_WAIT_MS // 10 + 2


def test_the_limits_hold_a_plenary() -> None:
    """What a room of `MAX_PARTICIPANTS` phones needs at once: the kernel's queue holds
    every phone connecting together (256 made 143 of 400 wait a second: a SYN sent
    again), and the connections two for each phone's page, as Chromium holds them."""
    assert limits.LISTEN_BACKLOG >= limits.MAX_PARTICIPANTS
    assert limits.MAX_CONNECTIONS >= BROWSER_CONNECTIONS * limits.MAX_PARTICIPANTS
    assert limits.MAX_PARTICIPANTS >= PLENARY

"""The room link over real HTTP on 127.0.0.1: join, send ideas, place dots, be refused
(bad code, closed link, limits), and the server gone after stop. The workshop is a
real file, reopened to see what was written."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import pytest

from facilitator.domain import voting
from facilitator.domain.records import Ballot, Board, Idea, VoteSession
from facilitator.room.server import RoomServer
from facilitator.room.session import RoomSession
from facilitator.room.waiting_log import WaitingLog
from tests.room.file_host import FileHost
from tests.room.phones import Phone, from_address, run_room
from tests.room.phones import reopened as _reopened


def test_a_phone_joins_and_sends_ideas_to_the_board(room_file: Path) -> None:
    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        await phone.join("Amina")
        status, state = await phone.call("GET", "state")
        assert status == 200
        assert state["activity"] == "Idéation « en vrac »"
        assert state["ideas"]["board"] == "Idées « en vrac »" and state["name"] == "Amina"
        for text in ("Une navette le mardi 🚐", "مرحبا بكم", "<script>alert(1)</script>"):
            status, data = await phone.call("POST", "idea", {"text": text})
            assert (status, data) == (201, {"result": "added"})
        status, state = await phone.call("GET", "state")
        assert state["ideas"]["sent"] == 3

    run_room(room_file, scenario)
    ideas = {i.text: i.author for i in _reopened(room_file).all(Idea)}
    assert ideas["Une navette le mardi 🚐"] == "Amina"
    assert "مرحبا بكم" in ideas and "<script>alert(1)</script>" in ideas  # kept as text


def test_with_moderation_ideas_wait_for_the_facilitator(room_file: Path) -> None:
    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        await phone.join()
        for text in ("À garder", "À cacher"):
            status, data = await phone.call("POST", "idea", {"text": text, "name": "Léo"})
            assert (status, data) == (201, {"result": "pending"})
        pending = server.session.pending
        assert [p.text for p in pending] == ["À garder", "À cacher"]
        server.session.accept(pending[0].number)
        server.session.hide(server.session.pending[0].number)
        assert server.session.pending == [] and server.session.hidden == 1

    run_room(room_file, scenario, moderation=True)
    texts = [i.text for i in _reopened(room_file).all(Idea)]
    assert "À garder" in texts and "À cacher" not in texts


def test_dots_count_once_per_phone_and_follow_the_vote_settings(room_file: Path) -> None:
    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        await phone.join("Zoé")
        status, state = await phone.call("GET", "state")
        options = [o["id"] for o in state["vote"]["options"]]
        assert state["vote"]["dots"] == 3
        status, _ = await phone.call("POST", "dots", {"dots": {options[0]: 2, options[1]: 1}})
        assert status == 200
        status, _ = await phone.call("POST", "dots", {"dots": {options[2]: 3}})  # changed mind
        assert status == 200
        status, data = await phone.call("POST", "dots", {"dots": {options[0]: 4}})
        assert (status, data["error"]) == (422, "dots_refused")  # more than 3 on one idea
        status, data = await phone.call("POST", "dots", {"dots": dict.fromkeys(options, 2)})
        assert (status, data["error"]) == (422, "dots_refused")  # 6 dots of 3
        status, data = await phone.call("POST", "dots", {"dots": {"nope": 1}})
        assert (status, data["error"]) == (422, "dots_refused")
        status, state = await phone.call("GET", "state")
        assert [o["mine"] for o in state["vote"]["options"]] == [0, 0, 3]
        workshop = host.workshop()
        vote = workshop.all(VoteSession)[0]
        host.apply("close", voting.set_status(workshop, vote.id, "closed"))
        status, data = await phone.call("POST", "dots", {"dots": {options[0]: 1}})
        assert (status, data["error"]) == (409, "vote_closed")

    run_room(room_file, scenario)
    ballots = _reopened(room_file).all(Ballot)
    assert [(b.dots, b.participant.startswith("Zoé · ")) for b in ballots] == [(3, True)]


def test_bad_codes_closed_links_and_unknown_phones_are_refused(room_file: Path) -> None:
    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        await phone.join()
        wrong = Phone(phone.http, server.url + "/r/ZZZZZZZZ")
        wrong.token = phone.token
        status, data = await wrong.call("POST", "idea", {"text": "x"})
        assert (status, data["error"]) == (403, "bad_code")
        async with phone.http.get(server.url + "/r/ZZZZZZZZ") as page:
            assert page.status == 403 and "Ce code ne correspond" in await page.text()
        lower = Phone(phone.http, server.join_url().lower())  # typed in lower case
        lower.token = phone.token
        assert (await lower.call("GET", "state"))[0] == 200
        stranger = Phone(phone.http, server.join_url())
        stranger.token = "forged-token"
        status, data = await stranger.call("POST", "idea", {"text": "x"})
        assert (status, data["error"]) == (401, "unknown_phone")
        server.session.close()  # the facilitator closes the link: replays are refused
        status, data = await phone.call("POST", "idea", {"text": "trop tard"})
        assert (status, data["error"]) == (410, "closed")

    run_room(room_file, scenario)
    assert "trop tard" not in [i.text for i in _reopened(room_file).all(Idea)]


def test_bodies_texts_and_rates_are_bounded(room_file: Path) -> None:
    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        await phone.join()
        status, data = await phone.call("POST", "idea", {"text": "x" * 501})
        assert (status, data["error"]) == (413, "idea_too_long")
        status, data = await phone.call("POST", "idea", {"text": "x" * 20_000})
        assert status == 413  # the body itself is over 8 KB
        status, data = await phone.call("POST", "idea", {"text": 42})
        assert (status, data["error"]) == (400, "bad_request")
        status, data = await phone.call("POST", "idea", {"text": "   \u200b "})
        assert status == 400
        as_json = {"X-Participant": phone.token, "Content-Type": "application/json"}
        async with phone.http.post(
            phone.base + "/api/idea", data=b"\xff\xfe{", headers=as_json
        ) as response:
            assert response.status == 400
        async with phone.http.post(  # what a cross-site form can send: refused
            phone.base + "/api/idea",
            data=b'{"text": "x"}',
            headers={"X-Participant": phone.token, "Content-Type": "text/plain"},
        ) as response:
            assert response.status == 415
        status, data = await phone.call("POST", "join", {"name": "N" * 61})
        assert (status, data["error"]) == (413, "name_too_long")
        refusals = []
        for n in range(30):  # the clock stands still: a flood
            status, data = await phone.call("POST", "idea", {"text": f"idée {n}"})
            if status == 429:
                refusals.append(data["error"])
        assert refusals and set(refusals) == {"slow_down"}
        host.clock_ms += 5_000  # five seconds later: welcome again
        assert (await phone.call("POST", "idea", {"text": "après la pause"}))[0] == 201

    host = run_room(room_file, scenario)
    texts = [i.text for i in _reopened(room_file).all(Idea)]
    assert "après la pause" in texts and len(host.applied) < 30


def test_the_page_is_self_contained_and_the_server_is_gone_after_stop(room_file: Path) -> None:
    seen: dict[str, str] = {}

    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        async with phone.http.get(server.join_url()) as page:
            assert page.status == 200
            seen["html"] = await page.text()
            seen["csp"] = page.headers["Content-Security-Policy"]
            assert page.headers["X-Frame-Options"] == "DENY"
        async with phone.http.get(server.url + "/") as welcome:
            assert welcome.status == 200 and 'action="/go"' in await welcome.text()
        async with phone.http.get(
            server.url + "/go?code=" + server.session.code.lower(), allow_redirects=False
        ) as go:
            assert go.status == 303 and go.headers["Location"] == "/r/" + server.session.code
        seen["url"] = server.url

    run_room(room_file, scenario)
    html = seen["html"]
    assert "http://" not in html and "https://" not in html  # nothing from elsewhere
    assert "default-src 'none'" in seen["csp"] and "connect-src 'self'" in seen["csp"]
    assert '<html lang="fr">' in html and "Votre idée" in html

    async def knock() -> None:
        async with aiohttp.ClientSession() as http:
            with pytest.raises(aiohttp.ClientConnectionError):
                await http.get(seen["url"] + "/", timeout=aiohttp.ClientTimeout(total=2))

    asyncio.run(knock())


def test_ideas_arriving_together_are_written_together(room_file: Path) -> None:
    """Forty phones at once: every idea on the board with its own author, in fewer
    durable writes than ideas (one per turn of the loop), each answer after its write."""
    batches: list[int] = []

    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        clients = [from_address(n) for n in range(40)]  # forty phones, forty addresses
        try:
            phones = [Phone(http, phone.base) for http in clients]
            for n, each in enumerate(phones):
                await each.join(f"Personne {n}")
            answers = await asyncio.gather(
                *(
                    each.call("POST", "idea", {"text": f"Idée n° {n}"})
                    for n, each in enumerate(phones)
                )
            )
        finally:
            for http in clients:
                await http.close()
        assert all(answer == (201, {"result": "added"}) for answer in answers)
        batches.append(server.ideas.writes)

    host = run_room(room_file, scenario)
    ideas = {i.text: i.author for i in _reopened(room_file).all(Idea)}
    assert all(ideas[f"Idée n° {n}"] == f"Personne {n}" for n in range(40))
    assert batches[0] < 40 and host.applied.count("Ideas from phones") >= 1


def test_ideas_waiting_for_review_survive_a_stop_and_a_crash(
    room_file: Path, tmp_path: Path
) -> None:
    """Told "sent, the facilitator will read it", a phone's idea must not be lost: the
    next link for the workshop starts with what still waited; decisions are kept too."""
    log = WaitingLog(tmp_path / "waiting" / "salle.jsonl")
    host = FileHost(room_file)
    try:
        first = RoomSession(host, board_id=host.workshop().all(Board)[0].id, moderation=True)
        first.log = log
        first.restore()
        phone = first.join("Nour")
        for text in ("Gardée", "Masquée", "Encore en attente 🕰"):
            assert first.send_idea(phone.token, text, "") == "pending"
        first.accept(first.pending[0].number)
        first.hide(first.pending[0].number)
        with log.path.open("a", encoding="utf-8") as stream:
            stream.write('{"kind": "waiting", "n": 99, "te')  # a write cut short by a crash
        second = RoomSession(host, board_id=host.workshop().all(Board)[0].id, moderation=True)
        second.log = log
        second.restore()  # the app restarted: a new link, a new code
        assert [(w.text, w.author) for w in second.pending] == [("Encore en attente 🕰", "Nour")]
        second.accept(second.pending[0].number)
        third = RoomSession(host, log=log)
        third.restore()
        assert third.pending == []
    finally:
        host.close()
    texts = [i.text for i in _reopened(room_file).all(Idea)]
    assert "Gardée" in texts and "Encore en attente 🕰" in texts and "Masquée" not in texts


def test_the_phone_s_french_words_keep_french_typography() -> None:
    """A no-break space before : ; ! ? and inside « », as in the app's own texts."""
    from facilitator.room.page_text import TEXT

    for key, text in TEXT["fr"].items():
        for mark in ":;!?»":
            for at in [i for i, c in enumerate(text) if c == mark and i > 0]:
                if mark == ":" and text[at + 1 : at + 2] not in (" ", ""):
                    continue  # "{n}" forms, times
                assert text[at - 1] == "\u00a0", (key, text)
        for at in [i for i, c in enumerate(text) if c == "«"]:
            assert text[at + 1] == "\u00a0", (key, text)

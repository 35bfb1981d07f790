"""A phone is the workshop's, not the link's (issue 17): when the room link restarts (a
stop, a crash, the app reopened), the phone that comes back with its token and the new
join code is the same participant under the same name, and its dots replace its earlier
ballot instead of counting twice. Removed phones stay removed; tokens are never written
to the file; an idea from a phone that gave no name has no author.

Real workshop files in tmp_path, real HTTP on 127.0.0.1, a real SIGKILL."""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from facilitator.domain import voting
from facilitator.domain.records import Ballot, Board, Idea, RoomPhone, VoteSession
from facilitator.room import codes, limits
from facilitator.room.server import RoomServer
from facilitator.room.session import RoomError, RoomSession
from facilitator.room.waiting_log import WaitingLog
from facilitator.storage.workshop_file import WorkshopFile
from tests.room.file_host import FileHost, workshop_with_an_open_vote
from tests.room.phones import Phone, from_address, reopened

ROOT = Path(__file__).resolve().parents[2]


def _session(host: FileHost, **options: object) -> RoomSession:
    """A new link's session on the workshop's first board and open vote: a new code."""
    workshop = host.workshop()
    return RoomSession(
        host,
        board_id=workshop.all(Board)[0].id,
        vote_id=workshop.all(VoteSession)[0].id,
        **options,  # type: ignore[arg-type]
    )


async def _started(host: FileHost, port: int = 0, **options: object) -> RoomServer:
    server = RoomServer(_session(host, **options))
    await server.start("127.0.0.1", port)
    return server


async def _options(phone: Phone) -> list[str]:
    status, state = await phone.call("GET", "state")
    assert status == 200, state
    return [o["id"] for o in state["vote"]["options"]]


async def _known_phones_vote(host: FileHost, tokens: list[str], *, dots: int) -> None:
    """A new link on `host`; each phone comes back with its token (no new join) and puts
    `dots` on the second option, accepted (200)."""
    async with aiohttp.ClientSession() as http:
        server = await _started(host)
        for token in tokens:
            phone = Phone(http, server.join_url())
            phone.token = token
            options = await _options(phone)
            assert (await phone.call("POST", "dots", {"dots": {options[1]: dots}}))[0] == 200
        await server.stop()


def _ballots(path: Path) -> list[tuple[str, str, int]]:
    """(participant, option, dots) of every ballot in the file, sorted."""
    return sorted((b.participant, b.option_id, b.dots) for b in reopened(path).all(Ballot))


# -- the example --------------------------------------------------------------------
def test_a_phone_votes_again_after_the_link_restarts_one_ballot_one_name(
    room_file: Path,
) -> None:
    """Join, vote, stop the link, start it again (a new code): the same phone votes again.
    Before: a second ballot under a second name ("Zoé · abcd" and "Zoé · wxyz")."""
    host = FileHost(room_file)
    mine: list[int] = []
    labels: list[str] = []

    async def main() -> None:
        async with aiohttp.ClientSession() as http:
            first = await _started(host)
            phone = Phone(http, first.join_url())
            await phone.join("Zoé")
            options = await _options(phone)
            assert await phone.call("POST", "dots", {"dots": {options[0]: 2, options[1]: 1}}) == (
                200,
                {"result": "counted"},
            )
            await first.stop()

            second = await _started(host)
            assert second.session.code != first.session.code
            old = Phone(http, first.join_url())  # the old link's address: gone
            old.token = phone.token
            with pytest.raises(aiohttp.ClientConnectionError):
                await old.call("GET", "state")
            phone.base = second.join_url()  # the new code, scanned from the projector
            status, state = await phone.call("GET", "state")
            assert status == 200 and state["name"] == "Zoé"
            mine.extend(o["mine"] for o in state["vote"]["options"])  # its dots, shown
            assert await phone.call("POST", "dots", {"dots": {options[2]: 3}}) == (
                200,
                {"result": "counted"},
            )
            labels.extend(p.label for p in second.session.participants.values())
            await second.stop()

    try:
        asyncio.run(main())
    finally:
        host.close()
    assert mine == [2, 1, 0]
    (label,) = labels
    workshop = reopened(room_file)
    (phone,) = workshop.all(RoomPhone)
    assert (phone.name, phone.label, phone.removed) == ("Zoé", label, False)
    option = workshop.all(VoteSession)[0]
    ballots = [b for b in workshop.all(Ballot) if b.vote_id == option.id]
    assert [(b.participant, b.dots) for b in ballots] == [(label, 3)]  # replaced, not added


def test_the_new_link_still_wants_its_own_join_code(room_file: Path) -> None:
    """A known token is no key: with the old code (or none), the new link says no."""
    host = FileHost(room_file)

    async def main() -> None:
        async with aiohttp.ClientSession() as http:
            first = await _started(host)
            phone = Phone(http, first.join_url())
            await phone.join("Zoé")
            old_code = first.session.code
            await first.stop()
            second = await _started(host, port=first.port)  # the same address and port
            phone.base = f"{second.url}/r/{old_code}"
            assert await phone.call("GET", "state") == (403, {"error": "bad_code"})
            phone.base = f"{second.url}/r/{'X' * 8}"
            assert (await phone.call("GET", "state"))[0] == 403
            phone.base = second.join_url()
            assert (await phone.call("GET", "state"))[0] == 200
            await second.stop()

    try:
        asyncio.run(main())
    finally:
        host.close()


# -- the app restarts -----------------------------------------------------------------------
def test_the_app_reopens_the_file_and_recognises_the_phone(room_file: Path) -> None:
    """The workshop closed and opened again (a new host on the file, as the app does after
    a restart or a crash): the phone's identity came back from the file itself."""
    first_host = FileHost(room_file)
    token = ""

    async def before() -> None:
        nonlocal token
        async with aiohttp.ClientSession() as http:
            server = await _started(first_host)
            phone = Phone(http, server.join_url())
            await phone.join("")  # no name
            options = await _options(phone)
            assert (await phone.call("POST", "dots", {"dots": {options[0]: 3}}))[0] == 200
            token = phone.token
            await server.stop()

    asyncio.run(before())
    first_host.close()
    first_label = _ballots(room_file)[0][0]
    assert first_label.startswith("📱 · ")

    second_host = FileHost(room_file)  # the app, reopened

    try:
        asyncio.run(_known_phones_vote(second_host, [token], dots=1))
    finally:
        second_host.close()
    assert [(label, dots) for label, _option, dots in _ballots(room_file)] == [(first_label, 1)]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_the_app_killed_mid_vote_then_reopened_keeps_one_ballot_per_phone(
    room_file: Path,
) -> None:
    """The app is killed (SIGKILL: nothing closed, nothing flushed) right after the phones
    voted; reopened, a new link recognises both phones, and their new dots replace the
    old ones."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.room.link_child", str(room_file)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    hello = json.loads(child.stdout.readline())
    tokens: list[str] = []

    async def before() -> None:
        async with aiohttp.ClientSession() as http:
            for name in ("Amina", "Bastien"):
                phone = Phone(http, f"{hello['url']}/r/{hello['code']}")
                await phone.join(name)
                options = await _options(phone)
                assert (await phone.call("POST", "dots", {"dots": {options[0]: 3}}))[0] == 200
                tokens.append(phone.token)

    try:
        asyncio.run(before())
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    first = _ballots(room_file)
    assert [dots for _label, _option, dots in first] == [3, 3]

    host = FileHost(room_file)  # the app reopened

    try:
        asyncio.run(_known_phones_vote(host, tokens, dots=2))
    finally:
        host.close()
    labels = sorted(label for label, _option, _dots in first)
    assert [(label, dots) for label, _option, dots in _ballots(room_file)] == [
        (labels[0], 2),
        (labels[1], 2),
    ]


# -- removed, unknown, the file -------------------------------------------------------------
def test_a_removed_phone_stays_removed_after_a_restart(room_file: Path) -> None:
    host = FileHost(room_file)

    async def main() -> None:
        clients = [from_address(n) for n in range(2)]
        try:
            first = await _started(host)
            phones = [Phone(http, first.join_url()) for http in clients]
            await phones[0].join("Pirate")
            await phones[1].join("Léa")
            first.session.remove(phones[0].token)  # the facilitator's button
            await first.stop()
            second = await _started(host)
            for phone in phones:
                phone.base = second.join_url()
            assert await phones[0].call("GET", "state") == (403, {"error": "removed"})
            assert await phones[0].call("POST", "dots", {"dots": {}}) == (
                403,
                {"error": "removed"},
            )
            assert (await phones[1].call("GET", "state"))[0] == 200
            await second.stop()
        finally:
            for http in clients:
                await http.close()

    try:
        asyncio.run(main())
    finally:
        host.close()
    stored = {p.name: p.removed for p in reopened(room_file).all(RoomPhone)}
    assert stored == {"Pirate": True, "Léa": False}


def test_a_phone_removed_while_its_record_is_being_written_is_written_removed(
    room_file: Path,
) -> None:
    host = FileHost(room_file)
    try:
        session = _session(host)
        phone = session.admit("Pirate", "127.0.0.9")  # let in; its record follows
        session.remove(phone.token)
        assert session.store_phones([phone])
        later = _session(host)
        with pytest.raises(RoomError) as refused:
            later.participant(phone.token)
        assert refused.value.key == "removed"
    finally:
        host.close()
    (stored,) = reopened(room_file).all(RoomPhone)
    assert stored.removed


def test_a_token_from_another_workshop_is_unknown(room_file: Path, tmp_path: Path) -> None:
    """The phone went to another workshop's link on this laptop: its token means nothing
    there (401: the page forgets it and joins), and that join is a new phone."""
    other = tmp_path / "autre.atelier"
    WorkshopFile.create(other, workshop_with_an_open_vote()).close()
    here, there = FileHost(room_file), FileHost(other)

    async def main() -> None:
        async with aiohttp.ClientSession() as http:
            first = await _started(here)
            phone = Phone(http, first.join_url())
            await phone.join("Zoé")
            await first.stop()
            elsewhere = await _started(there)
            phone.base = elsewhere.join_url()
            assert await phone.call("GET", "state") == (401, {"error": "unknown_phone"})
            old = phone.token
            await phone.join("Zoé")
            assert phone.token != old
            await elsewhere.stop()

    try:
        asyncio.run(main())
    finally:
        here.close()
        there.close()
    assert len(reopened(room_file).all(RoomPhone)) == len(reopened(other).all(RoomPhone)) == 1


def test_no_token_is_ever_written_to_the_workshop_file(room_file: Path) -> None:
    """Files are shared with colleagues: a token there would let anyone who reads the file
    vote as that phone at the next link. Only the tokens' SHA-256 are written."""
    host = FileHost(room_file)
    tokens: list[str] = []

    async def main() -> None:
        clients = [from_address(n) for n in range(5)]
        try:
            server = await _started(host, moderation=False)
            for n, http in enumerate(clients):
                phone = Phone(http, server.join_url())
                await phone.join(f"Personne {n}" if n % 2 else "")
                options = await _options(phone)
                await phone.call("POST", "idea", {"text": f"Idée {n}"})
                await phone.call("POST", "dots", {"dots": {options[n % 3]: 1}})
                tokens.append(phone.token)
            await server.stop()
        finally:
            for http in clients:
                await http.close()

    try:
        asyncio.run(main())
    finally:
        host.close()
    raw = room_file.read_bytes()
    assert len(reopened(room_file).all(RoomPhone)) == 5
    for token in tokens:
        assert token.encode() not in raw
        assert token[:8].encode() not in raw  # not even a piece of it
        assert hashlib.sha256(token.encode()).hexdigest().encode() in raw
    assert not room_file.with_name(room_file.name + "-journal").exists()


# -- authors --------------------------------------------------------------------------------
def test_an_idea_from_a_phone_has_the_author_the_participant_chose(
    room_file: Path, tmp_path: Path
) -> None:
    """No name given: no author (never the ballot's label "📱 · 3fa2"), on the board at
    once, after review, after a restart and from the waiting log; a name given when
    joining or with the idea is the author."""
    host = FileHost(room_file)
    log = WaitingLog(tmp_path / "attente.jsonl")

    async def main() -> None:
        clients = [from_address(n) for n in range(3)]
        try:
            first = await _started(host, log=log)
            nameless, named, later = (Phone(http, first.join_url()) for http in clients)
            await nameless.join("")
            await named.join("Inès")
            await later.join("")
            assert (await nameless.call("POST", "idea", {"text": "Sans nom", "name": ""}))[0] == 201
            await named.call("POST", "idea", {"text": "Avec le nom du début"})
            await later.call("POST", "idea", {"text": "Signée à l'envoi", "name": "Malik"})
            first.session.moderation = True
            status, said = await nameless.call("POST", "idea", {"text": "En attente, sans nom"})
            assert (status, said) == (201, {"result": "pending"})
            await first.stop()
            second = await _started(host, log=log, moderation=True)
            second.session.restore()  # what waited for review
            nameless.base = second.join_url()
            assert await nameless.call("POST", "idea", {"text": "Après la reprise"}) == (
                201,
                {"result": "pending"},
            )
            second.session.accept_all()
            await second.stop()
        finally:
            for http in clients:
                await http.close()

    try:
        asyncio.run(main())
    finally:
        host.close()
    workshop = reopened(room_file)
    authors = {i.text: i.author for i in workshop.all(Idea)}
    assert authors["Sans nom"] == ""
    assert authors["En attente, sans nom"] == ""
    assert authors["Après la reprise"] == ""
    assert authors["Avec le nom du début"] == "Inès"
    assert authors["Signée à l'envoi"] == "Malik"
    labels = {p.label for p in workshop.all(RoomPhone)}
    assert not labels & set(authors.values())
    assert not any("📱" in author or " · " in author for author in authors.values())


# -- labels and limits ----------------------------------------------------------------------
def _tokens_sharing_a_tag() -> Iterator[str]:
    """Two tokens whose digests begin with the same 4 hexadecimal digits (found by
    trying: about 300 tokens, by the birthday bound on 65,536 tags)."""
    seen: dict[str, str] = {}
    for n in itertools.count():
        token = f"tag{n:019d}"
        tag = codes.token_digest(token)[:4]
        if tag in seen:
            yield from (seen[tag], token)
            return
        seen[tag] = token


def test_two_nameless_phones_whose_tags_match_keep_two_ballots(
    room_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Four digits tell 65,536 phones apart: among 400 nameless phones, two share them one
    time in two. The label grows by a digit until no phone of the workshop has it; each
    phone keeps its own ballot, now and after a restart."""
    tokens = list(_tokens_sharing_a_tag())
    made = iter(tokens)
    monkeypatch.setattr(codes, "new_token", lambda: next(made))
    host = FileHost(room_file)
    try:
        session = _session(host)
        phones = [session.join("", f"127.0.0.{n + 2}") for n in range(2)]
        assert [p.token for p in phones] == tokens
        assert phones[0].tag != phones[1].tag
        assert phones[1].tag.startswith(phones[0].tag) and len(phones[1].tag) == 5
        vote = host.workshop().all(VoteSession)[0]
        choices = [o.id for o in voting.options_of(host.workshop(), vote.id)]
        for n, phone in enumerate(phones):
            assert session.place_dots(phone.token, {choices[n]: 2})
        later = _session(host)
        for n, phone in enumerate(phones):
            assert later.participant(phone.token).label == phone.label
            assert later.place_dots(phone.token, {choices[n]: 3})
    finally:
        host.close()
    assert sorted((b.participant, b.dots) for b in reopened(room_file).all(Ballot)) == sorted(
        (p.label, 3) for p in phones
    )


def test_the_room_limit_counts_the_phones_of_this_link(
    room_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`MAX_PARTICIPANTS` counts the phones of one link, new and recognised; a restart
    counts again. `MAX_KNOWN_PHONES` counts the phones the workshop remembers: past it
    no new phone, but the known ones still come back."""
    monkeypatch.setattr(limits, "MAX_PARTICIPANTS", 3)
    monkeypatch.setattr(limits, "MAX_KNOWN_PHONES", 4)
    host = FileHost(room_file)
    try:
        first = _session(host)
        a, b, c = (first.join(name, f"127.0.0.{n + 2}") for n, name in enumerate("ABC"))
        with pytest.raises(RoomError) as full:
            first.join("D", "127.0.0.5")
        assert (full.value.status, full.value.key) == (503, "room_full")

        second = _session(host)  # restarted: nobody in this link yet
        d = second.join("D", "127.0.0.5")
        assert second.participant(a.token).label == a.label
        assert second.participant(b.token).label == b.label
        with pytest.raises(RoomError) as full:  # three phones in this link already
            second.participant(c.token)
        assert full.value.key == "room_full"

        third = _session(host)  # four phones known: a fifth is refused
        with pytest.raises(RoomError) as full:
            third.join("E", "127.0.0.6")
        assert full.value.key == "room_full"
        assert third.participant(c.token).label == c.label
        assert third.participant(d.token).label == d.label
    finally:
        host.close()
    assert sorted(p.name for p in reopened(room_file).all(RoomPhone)) == ["A", "B", "C", "D"]


def test_a_known_phone_comes_back_whatever_its_address_already_holds(room_file: Path) -> None:
    """The venue's Wi-Fi may give a phone's address to another phone: a phone the workshop
    knows is not refused for its address's count; a new one still is."""
    host = FileHost(room_file)
    try:
        first = _session(host, max_phones_per_address=1)
        known = first.join("Léa", "127.0.0.2")
        second = _session(host, max_phones_per_address=1)
        second.join("Nouveau", "127.0.0.2")
        assert second.participant(known.token, "127.0.0.2").name == "Léa"
        with pytest.raises(RoomError) as refused:
            second.join("Encore", "127.0.0.2")
        assert refused.value.key == "too_many_phones"
    finally:
        host.close()


def test_tokens_not_made_by_the_link_are_unknown_without_a_lookup(room_file: Path) -> None:
    host = FileHost(room_file)
    try:
        session = _session(host)
        session.join("Zoé", "127.0.0.2")
        for token in ("", "x", "A" * 23, "é" * 22, "A" * 21 + "\n", "../" * 8):
            with pytest.raises(RoomError) as refused:
                session.participant(token)
            assert refused.value.key == "unknown_phone"
            assert codes.token_digest(token) == ""
    finally:
        host.close()

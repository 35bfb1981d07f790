"""What the room link refuses, and to whom, over real HTTP on the loopback (each phone
from its own address where it matters): requests from other sites and other names,
answers that say too much, deep JSON, one address filling the room or the board or the
review list, a phone the facilitator removes, join codes guessed, and a full disk."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from pathlib import Path

import aiohttp
import pytest

from facilitator.domain import edits
from facilitator.domain.records import Ballot, Idea
from facilitator.room import codes, limits
from facilitator.room.server import RoomServer
from facilitator.room.waiting_log import WaitingLog
from tests.room.file_host import FileHost
from tests.room.phones import Phone, address, from_address, reopened, run_room

SECURITY = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


def _secure_and_quiet(headers: Mapping[str, str]) -> None:
    """Every answer: the security headers, no `Server:` and no version anywhere."""
    for name, value in SECURITY.items():
        assert headers.get(name) == value, (name, headers)
    assert "frame-ancestors 'none'" in headers.get("Content-Security-Policy", "")
    assert "Server" not in headers
    assert not any("aiohttp" in v.lower() or "python" in v.lower() for v in headers.values())


def test_other_sites_and_other_names_are_refused(room_file: Path) -> None:
    """DNS rebinding (a name of the attacker's pointing here: its `Host`) and cross-site
    requests (a page elsewhere, in a participant's browser: its `Origin`,
    `Sec-Fetch-Site`, or a form's content type) are refused; following a link or a QR
    code to the room's page is not."""

    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        await phone.join()
        ideas = f"{phone.base}/api/idea"
        mine = {"X-Participant": phone.token}
        own = server.url  # http://127.0.0.1:port

        async def post(headers: dict[str, str], body: object = None) -> tuple[int, object]:
            async with phone.http.post(
                ideas, json=body or {"text": "x"}, headers={**mine, **headers}
            ) as answer:
                return answer.status, (await answer.json())[
                    "error" if answer.status >= 400 else "result"
                ]

        assert await post({"Host": f"evil.example:{server.port}"}) == (421, "bad_host")
        assert await post({"Host": "127.0.0.1"}) == (421, "bad_host")  # the wrong port
        assert await post({"Origin": "http://evil.example"}) == (403, "cross_site")
        assert await post({"Origin": "null"}) == (403, "cross_site")  # a sandboxed frame
        assert await post({"Sec-Fetch-Site": "cross-site"}) == (403, "cross_site")
        assert await post({"Sec-Fetch-Site": "same-site"}) == (403, "cross_site")
        async with phone.http.post(  # a cross-site form: text/plain, no preflight
            ideas, data=json.dumps({"text": "x"}), headers={**mine, "Content-Type": "text/plain"}
        ) as answer:
            assert answer.status == 415
        async with phone.http.get(  # an image or a script of another site's page
            f"{phone.base}/api/state",
            headers={**mine, "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors"},
        ) as answer:
            assert answer.status == 403
        async with phone.http.get(
            server.join_url(), headers={"Host": f"rebound.example:{server.port}"}
        ) as answer:
            assert answer.status == 421 and "Demande" not in await answer.text()
        # what the room's own page sends is welcome
        browser = {"Origin": own, "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors"}
        assert await post(browser, {"text": "Depuis la page"}) == (201, "added")
        assert await post({"Host": f"LOCALHOST:{server.port}"}, {"text": "Par son nom"}) == (
            201,
            "added",
        )
        link = {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"}
        async with phone.http.get(server.join_url(), headers=link) as answer:
            assert answer.status == 200  # a QR scanner or a link opens the page
        assert server.refused >= 9

    run_room(room_file, scenario)
    texts = [i.text for i in reopened(room_file).all(Idea)]
    assert "Depuis la page" in texts and "x" not in texts


def test_every_answer_has_the_security_headers_and_names_no_server(room_file: Path) -> None:
    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        http = phone.http
        code = server.session.code
        for method, url, expected in (
            ("GET", f"{server.url}/go?code={code.lower()}", 303),  # the redirect too
            ("GET", f"{server.url}/", 200),
            ("GET", server.join_url(), 200),
            ("GET", f"{server.url}/r/{'X' * 8}", 403),
            ("GET", f"{server.url}/nowhere", 404),
            ("PUT", f"{phone.base}/api/idea", 405),
            ("GET", f"{phone.base}/api/state", 401),
        ):
            async with http.request(method, url, allow_redirects=False) as answer:
                assert answer.status == expected, (method, url)
                _secure_and_quiet(answer.headers)
                if expected == 303:
                    assert answer.headers["Location"] == f"/r/{code}"
        async with http.post(
            f"{phone.base}/api/join",
            data=b"{" * limits.MAX_BODY_BYTES * 2,
            headers={"Content-Type": "application/json"},
        ) as answer:
            assert answer.status == 413
            _secure_and_quiet(answer.headers)
        # a request the HTTP parser itself refuses: the protocol's own answer
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(b"GET /" + b"a" * (limits.MAX_REQUEST_LINE_BYTES + 10) + b" HTTP/1.1\r\n\r\n")
        head = (await reader.read()).split(b"\r\n\r\n")[0].decode()
        writer.close()
        lines = head.split("\r\n")
        assert lines[0].split()[1] == "400", lines[0]
        _secure_and_quiet(dict(line.split(": ", 1) for line in lines[1:]))

    run_room(room_file, scenario)


def test_deep_or_odd_json_is_a_bad_request_not_a_fault(room_file: Path) -> None:
    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        await phone.join()
        as_json = {"X-Participant": phone.token, "Content-Type": "application/json"}
        for body, expected in (
            (b"[" * 8_000, 400),  # under 8 KB, deeper than json's recursion limit
            (b'{"text": ' + b"[" * 3_500 + b"]" * 3_500 + b"}", 400),
            (b"[" * 100_000, 413),  # the example: over the body limit first
            (b"1" * 5_000, 400),  # an integer past Python's 4,300 digits
            (b'{"text": "\\ud800"}', 201),  # a lone surrogate: kept as U+FFFD, not a fault
            (b"\xef\xbb\xbf{}", 400),  # a byte-order mark
            (b'{"text": NaN}', 400),
        ):
            async with phone.http.post(f"{phone.base}/api/idea", data=body, headers=as_json) as a:
                assert a.status == expected, body[:20]
        status, _data = await phone.call("POST", "dots", {"dots": {"a": [[[[1]]]]}})
        assert status == 400

    run_room(room_file, scenario)


def test_one_address_cannot_fill_the_room(room_file: Path) -> None:
    """400 joins from one address in 7 s (the issue's example): a few get in, the
    address never holds more than its share of phones, and the others still join."""

    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        joined = 0
        async with from_address(1) as http:
            flooder = Phone(http, phone.base)
            for n in range(400):
                host.clock_ms += 7_000 // 400
                status, _data = await flooder.call("POST", "join", {"name": f"Bot {n}"})
                joined += status == 201
            assert joined == limits.joins_per_address().burst  # 4, then 1 every 30 s
            for _ in range(20):  # hours later, still no more than its share
                host.clock_ms += 60_000
                await flooder.call("POST", "join", {"name": "Bot"})
            status, data = await flooder.call("POST", "join", {"name": "Bot"})
            assert (status, data["error"]) == (403, "too_many_phones")
        mine = [p for p in server.session.participants.values() if p.address == address(1)]
        assert len(mine) == limits.MAX_PHONES_PER_ADDRESS
        for n in range(2, 12):  # the rest of the room joins
            async with from_address(n) as http:
                await Phone(http, phone.base).join(f"Personne {n}")
        await phone.join("Depuis 127.0.0.1")

    run_room(room_file, scenario)


def test_rotating_tokens_does_not_multiply_an_address_s_ideas(room_file: Path) -> None:
    """Eight phones (tokens) from one address send 40 ideas a second: the address's
    budget is the same as one phone's; another address is not slowed."""

    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        async with from_address(1) as http:
            bots = [Phone(http, phone.base) for _ in range(8)]
            for bot in bots:
                host.clock_ms += 30_000
                await bot.join()
            accepted = 0
            for n in range(200):  # five seconds at 40 a second, tokens in turn
                host.clock_ms += 25
                status, _data = await bots[n % 8].call("POST", "idea", {"text": f"spam {n}"})
                accepted += status == 201
        budget = limits.ideas_per_address()
        assert accepted <= budget.burst + 5 * budget.rate + 1  # 10 at once + one per 2 s
        async with from_address(2) as http:
            other = Phone(http, phone.base)
            await other.join("Léa")
            status, data = await other.call("POST", "idea", {"text": "Une vraie idée"})
            assert (status, data) == (201, {"result": "added"})

    run_room(room_file, scenario)
    spam = [i for i in reopened(room_file).all(Idea) if i.text.startswith("spam")]
    assert 0 < len(spam) <= 13


def test_one_phone_cannot_fill_the_review_list(room_file: Path) -> None:
    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        async with from_address(1) as http:
            noisy = Phone(http, phone.base)
            await noisy.join("Bruyant")
            answers = []
            for n in range(30):
                host.clock_ms += 3_000  # within every rate: only the review list's bound
                answers.append(await noisy.call("POST", "idea", {"text": f"encore {n}"}))
        waiting = limits.MAX_PENDING_PER_PHONE
        assert answers[:waiting] == [(201, {"result": "pending"})] * waiting
        assert {(s, d["error"]) for s, d in answers[waiting:]} == {(503, "too_many_waiting")}
        await phone.join("Calme")
        assert await phone.call("POST", "idea", {"text": "À relire"}) == (
            201,
            {"result": "pending"},
        )
        assert len(server.session.pending) == waiting + 1

    run_room(room_file, scenario, moderation=True)


def test_the_facilitator_removes_a_phone(room_file: Path) -> None:
    """Removed: its token refused (no silent rejoin), its address may not join for ten
    minutes, its waiting ideas dropped; what it put on the board stays; the others
    carry on."""

    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        session = server.session
        async with from_address(1) as http:
            troll = Phone(http, phone.base)
            await troll.join("Troll")
            session.moderation = False
            assert (await troll.call("POST", "idea", {"text": "Avant"}))[0] == 201
            session.moderation = True
            for n in range(3):
                host.clock_ms += 3_000
                assert (await troll.call("POST", "idea", {"text": f"Insulte {n}"}))[0] == 201
            await phone.join("Amina")
            assert (await phone.call("POST", "idea", {"text": "Gardée"}))[0] == 201
            session.remove(troll.token)
            assert [w.text for w in session.pending] == ["Gardée"] and session.hidden == 3
            for method, path, body in (("GET", "state", None), ("POST", "idea", {"text": "x"})):
                status, data = await troll.call(method, path, body)
                assert (status, data["error"]) == (403, "removed")
            troll.token = ""
            host.clock_ms += 60_000
            status, data = await troll.call("POST", "join", {"name": "Troll 2"})
            assert (status, data["error"]) == (403, "removed")
            host.clock_ms += limits.REMOVED_ADDRESS_BAN_MS
            status, _data = await troll.call("POST", "join", {"name": "Pardon"})
            assert status == 201  # ten minutes later, the address may join again
        assert (await phone.call("GET", "state"))[0] == 200

    run_room(room_file, scenario, moderation=True)
    texts = [i.text for i in reopened(room_file).all(Idea)]
    assert "Avant" in texts and not any(t.startswith("Insulte") for t in texts)


def test_guessing_the_join_code_is_slowed_per_address_and_for_the_room(
    room_file: Path,
) -> None:
    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        await phone.join("Déjà là")
        code = server.session.code
        wrong = "".join("3" if c != "3" else "4" for c in code)

        async def page(http: aiohttp.ClientSession, guess: str) -> int:
            async with http.get(f"{server.url}/r/{guess}") as answer:
                return answer.status

        async with from_address(1) as http:
            assert [await page(http, wrong) for _ in range(10)] == [403] * 10
            assert await page(http, code) == 429  # not even compared: a 429 tells nothing
            host.clock_ms += 2_000
            assert await page(http, wrong) == 403  # compared again, then 4 s to wait
            host.clock_ms += 3_000
            assert await page(http, code) == 429
            host.clock_ms += 1_000
            assert await page(http, codes.shown(code).lower()) == 200  # typed with a space
            assert await page(http, wrong) == 403  # the right code cleared its count
        # many addresses: the room's budget of wrong codes runs out for everyone ...
        failures, answers = 12, []
        for n in range(2, 4 + limits.ROOM_FAILED_CODES_BURST // 10):
            async with from_address(n) as http:
                answers += [await page(http, wrong) for _ in range(10)]
        failures += answers.count(403)
        # the burst, and what the 6 s of the clock above gave back (one every 4 s)
        assert failures == limits.ROOM_FAILED_CODES_BURST + 1
        assert set(answers[answers.index(429) :]) == {429}  # from then on, nobody is compared
        async with from_address(100) as http:
            assert await page(http, code) == 429  # a newcomer waits too ...
        assert (await phone.call("GET", "state"))[0] == 200  # ... not a phone that joined
        host.clock_ms += int(1_000 / limits.ROOM_FAILED_CODES_PER_S)
        async with from_address(100) as http:
            assert await page(http, code) == 200

    run_room(room_file, scenario)


def test_the_odds_of_guessing_the_code_in_a_working_day() -> None:
    """The figures in codes.py and docs/robustness.md: 50 addresses for 8 hours."""
    day = 8 * 3600
    assert limits.most_wrong_codes(50, day) == 3_250
    assert 1 / codes.odds_of_guessing(50, day) > 60e6  # about 1 in 64 million
    assert 1 / codes.odds_of_guessing(10**6, day) > 25e6  # any number of addresses
    before = 50 * 40 * day / len(codes.CODE_ALPHABET) ** 6  # 40 tries/s per address
    assert 1 / before < 6  # about 1 in 5
    assert len(codes.new_join_code()) == 8 and codes.shown("QAGMX6T9") == "QAGM X6T9"
    assert codes.same_code("qagm x6t9", "QAGMX6T9")


def test_a_full_disk_answers_saved_later_not_added(room_file: Path, tmp_path: Path) -> None:
    """201 means on disk. When the workshop file cannot grow, the phone hears that its
    idea (its dots) is kept but not yet saved (202), the facilitator's side knows why,
    and all of it is written once space is back."""

    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        await phone.join("Inès")
        status, state = await phone.call("GET", "state")
        option = state["vote"]["options"][0]["id"]
        host.file.set_page_limit_for_tests(host.file.page_count())  # the disk is now full
        workshop = host.workshop()
        assert not host.apply("notes", edits.set_info(workshop, notes="x" * 19_000))
        status, data = await phone.call("POST", "idea", {"text": "Pendant la panne"})
        assert (status, data) == (202, {"result": "saved_later"})
        status, data = await phone.call("POST", "dots", {"dots": {option: 2}})
        assert (status, data) == (202, {"result": "saved_later"})
        assert host.queued and host.last_error is not None  # in memory, and why
        assert server.session.saved_later == 2
        host.file.set_page_limit_for_tests(1_000_000)  # space was freed
        status, data = await phone.call("POST", "idea", {"text": "Après la panne"})
        assert (status, data) == (201, {"result": "added"})
        assert not host.queued

    run_room(room_file, scenario)
    workshop = reopened(room_file)
    texts = [i.text for i in workshop.all(Idea)]
    assert "Pendant la panne" in texts and "Après la panne" in texts
    assert workshop.info.notes == "x" * 19_000
    assert [b.dots for b in workshop.all(Ballot)] == [2]


def test_a_waiting_idea_not_written_is_saved_later_then_written(
    room_file: Path, tmp_path: Path
) -> None:
    """With review on, "pending" means in the waiting log on disk; when the log cannot
    be written the phone hears "saved later", and the next write puts it on disk."""
    folder = tmp_path / "room-link"

    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        session = server.session
        session.log = WaitingLog(folder / "salle.jsonl")
        await phone.join("Nour")
        folder.write_text("a file where the folder should be")  # the log cannot be written
        assert await phone.call("POST", "idea", {"text": "Sans disque"}) == (
            202,
            {"result": "saved_later"},
        )
        assert isinstance(session.log_error, OSError) and session.pending
        folder.unlink()
        host.clock_ms += 3_000
        assert await phone.call("POST", "idea", {"text": "Avec disque"}) == (
            201,
            {"result": "pending"},
        )
        assert session.log_error is None

    run_room(room_file, scenario, moderation=True)
    waiting = WaitingLog(folder / "salle.jsonl").read()
    assert [w.text for w in waiting] == ["Sans disque", "Avec disque"]


@pytest.mark.parametrize("cut", [5, 17, 40])
def test_a_waiting_log_line_cut_short_does_not_swallow_the_next(tmp_path: Path, cut: int) -> None:
    """A write that failed half-way (disk full) leaves part of a line; the lines written
    after it are read back whole."""
    from facilitator.room.waiting_log import Waiting

    log = WaitingLog(tmp_path / "log.jsonl")
    assert log.add(Waiting(0, "premier", "", "t"))
    line = json.dumps({"kind": "waiting", "n": 1, "text": "coupé", "author": "", "token": "t"})
    with log.path.open("a", encoding="utf-8") as stream:
        stream.write(line[:cut])  # what a full disk let through
    log.error = OSError(28, "No space left on device")  # as after that failed write
    assert log.add(Waiting(1, "coupé", "", "t")) and log.add(Waiting(2, "suivant", "", "t"))
    assert [w.text for w in log.read()] == ["premier", "coupé", "suivant"]


INVISIBLE_IDEAS = [
    "\u3164",  # Hangul filler
    "\uffa0",  # halfwidth Hangul filler
    "\u2800\u2800",  # braille blanks
    "\u115f\u1160",  # Hangul choseong and jungseong fillers
    "\u0301",  # a combining accent on nothing
    "\u034f",  # combining grapheme joiner
    "\ufe0f",  # variation selector
    "\u200b\u3164",  # zero-width space and a filler
    " \u180e ",  # Mongolian vowel separator between spaces
]


def test_ideas_that_show_nothing_are_refused_and_names_cannot_spoof(room_file: Path) -> None:
    """Found by attacking the room link: these reached the board as invisible notes, and
    a right-to-left override made "\\u202eeciloP" read as "Police"."""

    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        await phone.join("\u202eeciloP")
        for text in INVISIBLE_IDEAS:
            host.clock_ms += 3_000
            status, data = await phone.call("POST", "idea", {"text": text})
            assert (status, data.get("error")) == (400, "idea_empty"), repr(text)
        host.clock_ms += 3_000
        zalgo = "a" + "\u0301" * 499
        assert (await phone.call("POST", "idea", {"text": zalgo}))[0] == 201

    run_room(room_file, scenario)
    sent = [idea for idea in reopened(room_file).all(Idea) if idea.author.endswith("ciloP")]
    assert [idea.author for idea in sent] == ["eciloP"]  # the override is gone
    assert len(sent[0].text) <= 1 + 4  # a letter and at most four marks on it

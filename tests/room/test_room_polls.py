"""Quick polls answered from phones (issue 19), over real HTTP on 127.0.0.1 on a real
workshop file: sixty phones answering a ROTI at once with paper counts added, a phone
changing its answer, an answer sent twice counted once (in one batch, and across a
restart of the link), closed and revealed polls refused, hostile answers, a removed
phone, the answer rate; the phone page's markup; and the page in a real browser
(headless Chromium, skipped where it is not installed)."""

from __future__ import annotations

import asyncio
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from facilitator.domain import polls
from facilitator.domain.changes import ChangeSet, insert
from facilitator.domain.ids import new_id
from facilitator.domain.records import (
    Board,
    Poll,
    PollAnswer,
    PollKind,
    PollOption,
    VoteSession,
)
from facilitator.domain.workshop import Workshop
from facilitator.room import limits
from facilitator.room.page import POLL_SCRIPT, SCRIPT
from facilitator.room.page_text import TEXT
from facilitator.room.phone_polls import PhonePolls
from facilitator.room.server import RoomServer
from facilitator.room.session import RoomSession
from facilitator.storage.workshop_file import WorkshopFile
from tests.room.cdp import Chromium, chromium_path
from tests.room.file_host import FileHost, workshop_with_an_open_vote
from tests.room.phones import Phone, from_address, reopened, run_room

MARKUP = "<img src=x onerror=alert(1)>"


@pytest.fixture
def poll_file(tmp_path: Path) -> Path:
    """A workshop with a board, an open dot vote, and four polls: the ROTI (open), the
    météo, three words and a free text (drafts)."""
    workshop = workshop_with_an_open_vote()
    for made in (
        polls.new_roti(workshop, "fr"),
        polls.new_weather(workshop, "fr"),
        polls.new_poll(workshop, "words", "En trois mots\u00a0?", words_per_answer=3),
        polls.new_poll(workshop, "text", "Un mot pour la fin\u00a0?"),
    ):
        workshop.apply(made[0])
    workshop.apply(polls.open_poll(workshop, _poll(workshop, "scale")))
    path = tmp_path / "salle.atelier"
    WorkshopFile.create(path, workshop).close()
    return path


def _poll(workshop: Workshop, kind: PollKind) -> str:
    return next(p.id for p in workshop.all(Poll) if p.kind == kind)


def _option(workshop: Workshop, poll_id: str, value: int) -> str:
    return next(o.id for o in polls.options_of(workshop, poll_id) if o.value == value)


def _open(host: FileHost, kind: PollKind) -> str:
    """The facilitator opens the poll of `kind` (the one open before closes)."""
    poll_id = _poll(host.workshop(), kind)
    host.apply("Open the poll", polls.open_poll(host.workshop(), poll_id))
    return poll_id


async def _answer(phone: Phone, poll_id: str, **given: object) -> tuple[int, Any]:
    return await phone.call("POST", "poll", {"poll": poll_id, **given})


def test_sixty_phones_answer_a_roti_at_once_and_paper_counts_add_up(poll_file: Path) -> None:
    """Sixty phones from sixty addresses answer at once; the facilitator closes the poll
    and types the paper counts; the file's results are exactly phones plus paper, the
    answers written in fewer edits than phones, none of them an undo step."""
    values = [5] * 20 + [4] * 18 + [3] * 12 + [2] * 7 + [1] * 3
    paper = {5: 4, 4: 3, 3: 2, 2: 1, 1: 0}
    seen: dict[str, int] = {}

    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        roti = _poll(host.workshop(), "scale")
        clients = [from_address(n) for n in range(len(values))]
        try:
            phones = [Phone(http, phone.base) for http in clients]
            for n, each in enumerate(phones):
                await each.join(f"Personne {n}")
            states = await asyncio.gather(*(each.call("GET", "state") for each in phones))
            shown = states[0][1]["poll"]
            assert shown["id"] == roti and shown["kind"] == "scale" and shown["mine"] is None
            assert [o["value"] for o in shown["options"]] == [1, 2, 3, 4, 5]
            assert shown["options"][0]["label"] == polls.ROTI_LABELS["fr"][0]
            by_value = {o["value"]: o["id"] for o in shown["options"]}
            answers = await asyncio.gather(
                *(
                    _answer(each, roti, option=by_value[value])
                    for each, value in zip(phones, values, strict=True)
                )
            )
            assert all(answer == (200, {"result": "answered"}) for answer in answers)
            status, state = await phones[7].call("GET", "state")
            assert state["poll"]["mine"] == {"option": by_value[values[7]]}
            workshop = host.workshop()
            host.apply("Close", polls.close_poll(workshop, roti))
            for value, count in paper.items():  # counted from a show of hands
                host.apply(
                    "Paper count",
                    polls.set_paper_count(workshop, roti, _option(workshop, roti, value), count),
                )
            status, data = await _answer(phones[0], roti, option=by_value[1])
            assert (status, data["error"]) == (409, "poll_closed")
        finally:
            for http in clients:
                await http.close()
        seen["writes"] = server.answers.writes
        seen["answered"] = server.polls.answered

    host = run_room(poll_file, scenario)
    workshop = reopened(poll_file)
    result = polls.results(workshop, _poll(workshop, "scale"))
    phones = {v: values.count(v) for v in range(1, 6)}
    assert [(r.option.value, r.phones, r.paper) for r in result.options] == [
        (v, phones[v], paper[v]) for v in range(1, 6)
    ]
    assert (result.phones, result.paper, result.total) == (60, 10, 70)
    expected_mean = sum(v * (phones[v] + paper[v]) for v in range(1, 6)) / 70
    assert result.mean == pytest.approx(expected_mean)
    assert seen["answered"] == 60 and seen["writes"] < 60  # batched: fewer writes than phones
    assert host.applied == ["Close"] + ["Paper count"] * 5  # the phones' are no undo steps


def test_a_phone_changes_its_answer_and_two_answers_count_once(poll_file: Path) -> None:
    """Changed until closed; two answers sent at once (one turn of the loop, or two)
    leave one; the same phone after the link restarts (a new code) replaces it too."""
    kept: dict[str, str] = {}

    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        roti = _poll(host.workshop(), "scale")
        two, four = (_option(host.workshop(), roti, v) for v in (2, 4))
        await phone.join("Léa")
        assert await _answer(phone, roti, option=two) == (200, {"result": "answered"})
        assert (await phone.call("GET", "state"))[1]["poll"]["mine"] == {"option": two}
        assert (await _answer(phone, roti, option=four))[0] == 200
        assert (await phone.call("GET", "state"))[1]["poll"]["mine"] == {"option": four}
        both = await asyncio.gather(
            _answer(phone, roti, option=two), _answer(phone, roti, option=four)
        )
        assert [status for status, _ in both] == [200, 200]
        rows = polls.answers_of(host.workshop(), roti)
        assert len(rows) == 1
        mine = (await phone.call("GET", "state"))[1]["poll"]["mine"]
        assert mine == {"option": rows[0].option_id}
        kept["token"], kept["label"] = phone.token, rows[0].participant

    host = run_room(poll_file, scenario)
    assert kept["label"].startswith("Léa · ")

    async def restarted() -> None:  # the link started again: a new code, the same phone
        server = RoomServer(RoomSession(host))
        await server.start("127.0.0.1", 0)
        try:
            async with aiohttp.ClientSession() as http:
                phone = Phone(http, server.join_url())
                phone.token = kept["token"]
                roti = _poll(host.workshop(), "scale")
                state = (await phone.call("GET", "state"))[1]
                assert state["poll"]["mine"] is not None  # its answer, recognised
                one = _option(host.workshop(), roti, 1)
                assert (await _answer(phone, roti, option=one))[0] == 200
        finally:
            await server.stop()

    host = FileHost(poll_file)
    try:
        asyncio.run(restarted())
    finally:
        host.close()
    workshop = reopened(poll_file)
    rows = polls.answers_of(workshop, _poll(workshop, "scale"))
    assert [(r.participant, r.option_id) for r in rows] == [
        (kept["label"], _option(workshop, _poll(workshop, "scale"), 1))
    ]


def test_answers_of_one_phone_in_one_batch_are_written_once(poll_file: Path) -> None:
    """The same phone's answers arriving in the same turn of the loop: the last one is
    written, one row, and both phones are told it was kept."""
    host = FileHost(poll_file)
    try:
        session = RoomSession(host)
        phone, other = session.join("Amina"), session.join("Noé")
        answers = PhonePolls(session)
        roti = _poll(host.workshop(), "scale")
        first = answers.receive(phone.token, roti, _option(host.workshop(), roti, 1), "")
        second = answers.receive(phone.token, roti, _option(host.workshop(), roti, 5), "")
        third = answers.receive(other.token, roti, _option(host.workshop(), roti, 3), "")
        assert answers.store([first, second, third]) is True
        assert [a.refusal for a in (first, second, third)] == [None, None, None]
        rows = polls.answers_of(host.workshop(), roti)
        values = sorted((r.participant, _value(host.workshop(), r.option_id)) for r in rows)
        assert values == sorted([(phone.label, 5), (other.label, 3)])
        assert host.applied == [] and answers.answered == 2  # not undo steps
    finally:
        host.close()


def test_a_full_poll_takes_no_new_phone_but_still_replaces(poll_file: Path) -> None:
    """`polls.MAX_ANSWERS_PER_POLL` answers, counted exactly across one batch: the
    answers that fit are written, the next new phone is refused (503 `poll_full`), a
    phone that answered before may still change its answer."""
    host = FileHost(poll_file)
    try:
        roti = _poll(host.workshop(), "scale")
        one = _option(host.workshop(), roti, 1)
        session = RoomSession(host)
        early = session.join("Tôt")
        answers = PhonePolls(session)
        assert answers.store([answers.receive(early.token, roti, one, "")]) is True
        host.apply_untracked(
            ChangeSet.of(
                insert(PollAnswer(id=new_id(), poll_id=roti, option_id=one, participant=f"P{n}"))
                for n in range(polls.MAX_ANSWERS_PER_POLL - 3)
            )
        )
        late = [session.join(f"Tard {n}") for n in range(3)]
        five = _option(host.workshop(), roti, 5)
        batch = [answers.receive(p.token, roti, five, "") for p in (*late, early)]
        assert answers.store(batch) is True
        assert [a.refusal.key if a.refusal else "" for a in batch] == ["", "", "poll_full", ""]
        rows = polls.answers_of(host.workshop(), roti)
        assert len(rows) == polls.MAX_ANSWERS_PER_POLL
        kept = polls.phone_answer(host.workshop(), roti, early.label)
        assert kept is not None and kept.option_id == five
    finally:
        host.close()


def _value(workshop: Workshop, option_id: str | None) -> int:
    return workshop.require(PollOption, option_id).value


def test_closed_revealed_and_other_polls_are_refused(poll_file: Path) -> None:
    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        roti = _poll(host.workshop(), "scale")
        three = _option(host.workshop(), roti, 3)
        await phone.join()
        assert (await _answer(phone, roti, option=three))[0] == 200
        host.apply("Close", polls.close_poll(host.workshop(), roti))
        assert (await phone.call("GET", "state"))[1]["poll"] is None
        status, data = await _answer(phone, roti, option=_option(host.workshop(), roti, 1))
        assert (status, data["error"]) == (409, "poll_closed")
        host.apply("Reveal", polls.reveal_poll(host.workshop(), roti))
        status, data = await _answer(phone, roti, option=three)
        assert (status, data["error"]) == (409, "poll_closed")
        host.apply("Reopen", polls.reopen_poll(host.workshop(), roti))
        assert (await phone.call("GET", "state"))[1]["poll"]["mine"] == {"option": three}
        weather = _open(host, "choice")  # the ROTI closes
        status, data = await _answer(phone, roti, option=three)
        assert (status, data["error"]) == (409, "poll_closed")
        draft = _poll(host.workshop(), "words")
        status, data = await _answer(phone, draft, text="café")
        assert (status, data["error"]) == (409, "poll_closed")
        status, data = await _answer(phone, "no-such-poll", option=three)
        assert (status, data["error"]) == (409, "poll_closed")
        shown = (await phone.call("GET", "state"))[1]["poll"]
        assert shown["id"] == weather and shown["mine"] is None
        assert [(o["label"], o["icon"]) for o in shown["options"]] == [
            ("Soleil", "☀️"),
            ("Nuages", "☁️"),
            ("Pluie", "☔"),
            ("Orage", "⚡"),
        ]
        rain = shown["options"][2]["id"]
        assert (await _answer(phone, weather, option=rain))[0] == 200

    run_room(poll_file, scenario)
    workshop = reopened(poll_file)
    roti = polls.results(workshop, _poll(workshop, "scale"))
    assert [r.phones for r in roti.options] == [0, 0, 1, 0, 0]  # the answer before closing
    weather = polls.results(workshop, _poll(workshop, "choice"))
    assert [r.phones for r in weather.options] == [0, 0, 1, 0]


def test_hostile_answers_are_refused_or_kept_as_plain_text(poll_file: Path) -> None:
    """An option of another poll or forged, the wrong kind of answer or of value, a
    10,000-character text, too many or too long words, nothing visible: refused with
    the phone's message, nothing written. Markup is stored and given back as typed,
    bidi overrides removed."""
    huge = "x" * 10_000

    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        server.poll_answers = limits.RateLimiter(rate=10**6, burst=10**6)  # not the subject
        server.per_phone = limits.RateLimiter(rate=10**6, burst=10**6)
        workshop = host.workshop()
        roti, weather = _poll(workshop, "scale"), _poll(workshop, "choice")
        await phone.join()
        for body, expected in (
            ({"option": _option(workshop, weather, 1)}, (422, "poll_refused")),  # another poll's
            ({"option": "forged-option"}, (422, "poll_refused")),
            ({"option": None}, (422, "poll_refused")),
            ({"text": "5"}, (422, "poll_refused")),  # a scale takes an option
            ({"option": _option(workshop, roti, 5), "text": "5"}, (422, "poll_refused")),
            ({"option": ["a"]}, (400, "bad_request")),
            ({"option": 5}, (400, "bad_request")),
        ):
            status, data = await _answer(phone, roti, **body)
            assert (status, data["error"]) == expected, body
        status, data = await phone.call("POST", "poll", {"poll": 5, "option": "x"})
        assert (status, data["error"]) == (400, "bad_request")
        status, data = await phone.call("POST", "poll", [roti])
        assert (status, data["error"]) == (400, "bad_request")

        words = _open(host, "words")
        for text, expected in (
            ("un, deux, trois, quatre", (413, "too_many_words")),
            ("un\ndeux;trois;quatre", (413, "too_many_words")),
            ("x" * 41, (413, "word_too_long")),
            (", ;\n \u200b", (400, "answer_empty")),
            ("mot, " * 120, (413, "answer_too_long")),  # 600 characters of raw text
            (huge[: limits.MAX_ANSWER_RAW_CHARS + 1], (413, "answer_too_long")),
        ):
            status, data = await _answer(phone, words, text=text)
            assert (status, data["error"]) == expected, text[:40]
        status, _ = await _answer(phone, words, text=huge)
        assert status == 413  # the body is past MAX_BODY_BYTES, or the text past the limit
        status, _ = await _answer(phone, words, option=_option(workshop, roti, 1))
        assert status == 422
        given = f"{MARKUP}, Café\u202e, «\u00a0top\u00a0»"
        assert (await _answer(phone, words, text=given))[0] == 200
        mine = (await phone.call("GET", "state"))[1]["poll"]["mine"]
        assert mine == {"text": f"{MARKUP}\nCafé\n« top »"}  # blanks made single

        text_poll = _open(host, "text")
        status, data = await _answer(phone, text_poll, text="y" * 501)
        assert (status, data["error"]) == (413, "answer_too_long")
        status, _ = await _answer(phone, text_poll, text=huge)
        assert status == 413
        status, data = await _answer(phone, text_poll, text=" \n\u200b\t")
        assert (status, data["error"]) == (400, "answer_empty")
        typed = f"{MARKUP}\n<script>alert(2)</script> &amp; ligne 2"
        assert (await _answer(phone, text_poll, text=typed))[0] == 200
        mine = (await phone.call("GET", "state"))[1]["poll"]["mine"]
        assert mine == {"text": typed}

    run_room(poll_file, scenario)
    workshop = reopened(poll_file)
    assert len(workshop.all(PollAnswer)) == 2  # the two accepted answers, nothing refused
    cloud = polls.results(workshop, _poll(workshop, "words")).words
    assert sorted(w.text for w in cloud) == sorted([MARKUP, "Café", "top"])
    texts = polls.results(workshop, _poll(workshop, "text")).texts
    assert [t.text for t in texts] == [f"{MARKUP}\n<script>alert(2)</script> &amp; ligne 2"]


def test_a_removed_phone_cannot_answer(poll_file: Path) -> None:
    """Removed by the facilitator: refused (403), even for an answer already received
    but not yet written; the answer it gave before stays, as its dots do."""

    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        roti = _poll(host.workshop(), "scale")
        one, five = (_option(host.workshop(), roti, v) for v in (1, 5))
        async with from_address(1) as http:
            troll = Phone(http, phone.base)
            await troll.join("Troll")
            assert (await _answer(troll, roti, option=one))[0] == 200
            on_its_way = server.polls.receive(troll.token, roti, five, "")
            server.session.remove(troll.token)
            for method, path, body in (
                ("POST", "poll", {"poll": roti, "option": five}),
                ("GET", "state", None),
            ):
                status, data = await troll.call(method, path, body)
                assert (status, data["error"]) == (403, "removed")
            assert server.polls.store([on_its_way]) is True
            assert on_its_way.refusal is not None and on_its_way.refusal.key == "removed"
        await phone.join("Amina")
        assert (await _answer(phone, roti, option=five))[0] == 200

    run_room(poll_file, scenario)
    workshop = reopened(poll_file)
    result = polls.results(workshop, _poll(workshop, "scale"))
    assert [r.phones for r in result.options] == [1, 0, 0, 0, 1]


def test_one_phone_s_answers_are_rate_limited(poll_file: Path) -> None:
    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        roti = _poll(host.workshop(), "scale")
        await phone.join()
        options = [_option(host.workshop(), roti, v) for v in (1, 2, 3, 4, 5)]
        statuses = [
            (await _answer(phone, roti, option=options[n % 5]))[0]
            for n in range(limits.POLL_ANSWERS_BURST + 1)
        ]
        assert statuses == [200] * limits.POLL_ANSWERS_BURST + [429]
        host.clock_ms += int(1000 / limits.POLL_ANSWERS_PER_S)  # one more after 2 s
        assert (await _answer(phone, roti, option=options[0]))[0] == 200
        assert (await _answer(phone, roti, option=options[1]))[0] == 429
        assert len(polls.answers_of(host.workshop(), roti)) == 1

    run_room(poll_file, scenario)


# -- the phone page ---------------------------------------------------------------------------
class Markup(HTMLParser):
    """The page's scripts and styles (their nonces), ids in order, and any attribute a
    strict CSP would refuse (inline handlers, style attributes)."""

    def __init__(self) -> None:
        super().__init__()
        self.nonces: list[tuple[str, str | None]] = []
        self.ids: list[str] = []
        self.inline: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        given = dict(attrs)
        if tag in ("script", "style"):
            self.nonces.append((tag, given.get("nonce")))
        if given.get("id"):
            self.ids.append(str(given["id"]))
        self.inline += [name for name, _ in attrs if name.startswith("on") or name == "style"]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_phone_page_has_the_poll_and_keeps_its_strict_policy(
    poll_file: Path, language: str
) -> None:
    seen: dict[str, str] = {}

    async def scenario(phone: Phone, server: RoomServer, host: FileHost) -> None:
        server.session.language = "en" if language == "en" else "fr"
        async with phone.http.get(server.join_url()) as page:
            seen["html"] = await page.text()
            seen["csp"] = page.headers["Content-Security-Policy"]

    run_room(poll_file, scenario)
    nonce = re.search(r"script-src 'nonce-([^']+)'", seen["csp"])
    assert nonce is not None and "unsafe-inline" not in seen["csp"]
    markup = Markup()
    markup.feed(seen["html"])
    assert markup.nonces and all(n == nonce.group(1) for _, n in markup.nonces)
    assert markup.inline == []
    assert markup.ids.index("poll") < markup.ids.index("ideas")  # above the idea form
    for part in ("poll-options", "poll-form", "poll-text", "send-answer", "poll-status"):
        assert part in markup.ids
    words = TEXT["en" if language == "en" else "fr"]
    assert words["poll"] in seen["html"] and words["send_answer"] in seen["html"]
    for risky in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert risky not in SCRIPT + POLL_SCRIPT  # user text only ever as textContent


pytestmark_browser = pytest.mark.skipif(
    chromium_path() is None, reason="Debian's chromium is needed"
)


@pytestmark_browser
def test_a_phone_answers_a_roti_and_a_text_in_a_real_browser(
    poll_file: Path, tmp_path: Path
) -> None:
    """The ROTI's five buttons, one tapped and highlighted with « Réponse envoyée », the
    poll gone when the facilitator closes it; a free text whose question and answer are
    markup, shown as text (no image, no script run), kept after a reload."""
    host = FileHost(poll_file)
    workshop = host.workshop()
    session = RoomSession(
        host, board_id=workshop.all(Board)[0].id, vote_id=workshop.all(VoteSession)[0].id
    )
    server = RoomServer(session)
    for name in ("per_phone", "per_address", "poll_answers"):  # the clock stands still
        setattr(server, name, limits.RateLimiter(rate=10**6, burst=10**6))
    shot = tmp_path / "roti.png"
    hook = "document.title = 'pwned'"
    question = f'<img src=x onerror="{hook}"> Un mot pour la fin\u00a0?'
    text_poll = _poll(workshop, "text")
    host.apply("Question", polls.set_question(workshop, text_poll, question))

    async def main() -> None:
        await server.start("127.0.0.1", 0)
        try:
            async with Chromium(tmp_path / "profile") as browser:
                page = await browser.open(server.join_url())
                await page.evaluate(
                    "window.violations = []; document.addEventListener("
                    "'securitypolicyviolation', (e) => violations.push(e.violatedDirective))"
                )
                await page.evaluate("document.getElementById('name').value = 'Amina'")
                await page.evaluate("document.querySelector('#join-form button').click()")
                await page.wait_for("!document.getElementById('poll').classList.contains('hidden')")
                buttons = "document.querySelectorAll('#poll-options button')"
                assert await page.evaluate(f"{buttons}.length") == 5
                first = await page.evaluate(f"{buttons}[0].textContent")
                assert first == "1" + polls.ROTI_LABELS["fr"][0]
                await page.evaluate(f"{buttons}[3].click()")
                said = await page.wait_for("document.getElementById('poll-status').textContent")
                assert said == TEXT["fr"]["poll_sent"]
                await page.wait_for(f"{buttons}[3].getAttribute('aria-pressed') === 'true'")
                pressed = await page.evaluate(
                    f"Array.from({buttons}, (b) => b.getAttribute('aria-pressed'))"
                )
                assert pressed == ["false", "false", "false", "true", "false"]
                shot.write_bytes(await page.screenshot())
                roti = _poll(host.workshop(), "scale")
                host.apply("Close", polls.close_poll(host.workshop(), roti))
                await page.wait_for("document.getElementById('poll').classList.contains('hidden')")
                assert await page.evaluate(
                    "!document.getElementById('poll-over').classList.contains('hidden')"
                )
                _open(host, "text")
                await page.wait_for(
                    "document.getElementById('poll-question').textContent.includes('mot')"
                )
                shown = await page.evaluate("document.getElementById('poll-question').textContent")
                assert shown == question
                await page.evaluate(
                    f"document.getElementById('poll-text').value = {MARKUP!r} + ' & <b>x</b>'"
                )
                await page.evaluate("document.getElementById('send-answer').click()")
                await page.wait_for(
                    f"document.getElementById('poll-status').textContent === "
                    f"{TEXT['fr']['poll_sent']!r}"
                )
                await page.send("Page.reload")
                await page.wait_for("document.getElementById('poll-text')?.value.length > 0")
                kept = await page.evaluate("document.getElementById('poll-text').value")
                assert kept == f"{MARKUP} & <b>x</b>"
                found = await page.evaluate(
                    "Array.from(document.querySelectorAll('#poll img, #poll b'), (e) => e.tagName)"
                )
                assert found == []  # the markup never became elements
                assert await page.evaluate("document.title") != "pwned"
                assert await page.evaluate("window.violations || []") == []
                (token,) = session.participants
                session.remove(token)  # the facilitator removes the phone: told so, no form
                await page.evaluate("document.getElementById('send-answer').click()")
                gone = "document.getElementById('gone-text').textContent"
                assert await page.wait_for(gone) == TEXT["fr"]["removed"]
                await page.wait_for("!pollSending")  # its answer refused, the page settled:
                await page.evaluate("fetch(location.href).then(() => true)")  # one more trip
                assert await page.evaluate(
                    "document.getElementById('join').classList.contains('hidden')"
                )
        finally:
            await server.stop()

    try:
        asyncio.run(main())
    finally:
        host.close()
    assert shot.read_bytes().startswith(b"\x89PNG")
    workshop = reopened(poll_file)
    roti = polls.results(workshop, _poll(workshop, "scale"))
    assert [r.phones for r in roti.options] == [0, 0, 0, 1, 0]
    texts = polls.results(workshop, _poll(workshop, "text")).texts
    assert [t.text for t in texts] == [f"{MARKUP} & <b>x</b>"]

"""The tables of schema version 5 (issue 19: quick polls, photos from phones), as stored:
the fixture holds a row in each new table and column, and a file another tool changed
(a phone answering a poll twice, an answer under another poll's option, a count past
its limit, an unknown status) is refused, unchanged, by the app's opener and by
`facilitator check`, naming the row; the JSON import refuses the same, naming the place."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from facilitator.domain import consistency
from facilitator.domain.records import Attachment, Poll, PollAnswer, PollCount, PollOption
from facilitator.storage import interchange
from facilitator.storage.inspection import check_file
from facilitator.storage.interchange import InterchangeError
from facilitator.storage.workshop_file import WorkshopFile
from tests.storage.tampering import assert_refused_and_named, tampered

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE = FIXTURES / "schema_v5.atelier"
V5_TABLES = (Poll, PollOption, PollAnswer, PollCount)
PHONE = "Léa · 7e91"  # make_schema_v5.py


def test_the_version_5_fixture_holds_a_row_in_every_new_table_and_column(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v5.atelier"
    shutil.copyfile(FIXTURE, path)
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    for kind in V5_TABLES:
        assert workshop.all(kind), kind.TABLE
    assert {p.kind for p in workshop.all(Poll)} == {"scale", "choice", "words", "text"}
    assert {p.status for p in workshop.all(Poll)} == {"revealed", "closed", "open"}
    assert any(p.agenda_item_id is None for p in workshop.all(Poll))
    assert {a.participant for a in workshop.all(PollAnswer)} == {PHONE, ""}
    photo = workshop.require(Attachment, "p2")
    assert (photo.review, photo.sender, len(photo.upload_key)) == ("pending", PHONE, 64)
    assert consistency.answered_twice(workshop) == []
    assert consistency.option_of_another_poll(workshop) == []
    inspection, unreadable = check_file(path)
    assert not inspection.problems and not unreadable


def _tampered(tmp_path: Path, *statements: str) -> Path:
    """A copy of the v5 fixture changed by another tool (`tampering.tampered`)."""
    return tampered(FIXTURE, tmp_path, *statements)


BAD_ROWS: dict[str, tuple[list[str], str]] = {
    # case: (statements, what one problem says: its parts in order, "…" between them)
    "a phone answering a poll twice": (
        [
            "INSERT INTO poll_answer VALUES ('zz', 'pl1', 'pl1o1', 'Léa · 7e91', '',"
            " '2026-03-12T11:03:00+01:00')"
        ],
        "poll_answer zz: the phone “Léa · 7e91” already answered this poll (pa1)",
    ),
    "an answer under another poll's option": (
        ["UPDATE poll_answer SET option_id = 'pl4o1' WHERE id = 'pa1'"],
        "poll_answer pa1: option pl4o1 is one of another poll (pl4)",
    ),
    "a count under another poll's option": (
        ["UPDATE poll_count SET option_id = 'pl4o2' WHERE id = 'pc1'"],
        "poll_count pc1: option pl4o2 is one of another poll (pl4)",
    ),
    "an option counted twice": (
        ["INSERT INTO poll_count VALUES ('zz', 'pl1', 'pl1o3', 5)"],
        "poll_count zz: option pl1o3 is already counted (pc1)",
    ),
    "a scale's answer with no option": (
        ["UPDATE poll_answer SET option_id = NULL WHERE id = 'pa1'"],
        "poll_answer pa1: the answer does not fit its poll",
    ),
    "a words answer with an option": (
        ["UPDATE poll_answer SET option_id = 'pl1o1' WHERE id = 'pa3'"],
        "poll_answer pa3: option pl1o1 is one of another poll",
    ),
    "an answer of a poll that is gone": (
        ["UPDATE poll_answer SET poll_id = 'gone' WHERE id = 'pa2'"],
        "poll_answer pa2: poll_id points to nothing",
    ),
    "an option of a poll that is gone": (
        ["UPDATE poll_option SET poll_id = 'gone' WHERE id = 'pl4o1'"],
        "poll_option pl4o1: poll_id points to nothing",
    ),
    "a poll of an item that is gone": (
        ["UPDATE poll SET agenda_item_id = 'gone' WHERE id = 'pl1'"],
        "poll pl1: agenda_item_id points to nothing",
    ),
    "a count of an option that is gone": (
        ["UPDATE poll_count SET option_id = 'gone' WHERE id = 'pc2'"],
        "poll_count pc2: option_id points to nothing",
    ),
    "a negative paper count": (
        ["UPDATE poll_count SET count = -3 WHERE id = 'pc1'"],
        "poll_count pc1: … “-3”",
    ),
    "a paper count past 100,000": (
        ["UPDATE poll_count SET count = 100001 WHERE id = 'pc1'"],
        "poll_count pc1: … “100001”",
    ),
    "6 words per answer": (
        ["UPDATE poll SET words_per_answer = 6 WHERE id = 'pl2'"],
        "poll pl2: … “6”",
    ),
    "a question of 501 characters": (
        ["UPDATE poll SET question = printf('%.501c', 'x') WHERE id = 'pl3'"],
        "poll pl3: … too long (501 characters, at most 500)",
    ),
    "an answer of 501 characters": (
        ["UPDATE poll_answer SET text = printf('%.501c', 'x') WHERE id = 'pa4'"],
        "poll_answer pa4: … too long (501 characters, at most 500)",
    ),
    "a label of 101 characters": (
        ["UPDATE poll_option SET label = printf('%.101c', 'x') WHERE id = 'pl4o1'"],
        "poll_option pl4o1: … too long (101 characters, at most 100)",
    ),
    "a scale value of 101": (
        ["UPDATE poll_option SET value = 101 WHERE id = 'pl1o5'"],
        "poll_option pl1o5: … “101”",
    ),
    # Options and answers that each pass their own limits but not their poll's rules
    # (issue 19, attack pass): the check used to accept them, and the synthesis then
    # said « Échelle de 1 à 100 » and « Moyenne 27,5 sur 100 » of a five-finger ROTI.
    "a ROTI's top value made 100": (
        ["UPDATE poll_option SET value = 100 WHERE id = 'pl1o5'"],
        "poll pl1: its options do not fit its kind (scale; options: 5)",
    ),
    "a scale's values all 1": (
        ["UPDATE poll_option SET value = 1 WHERE poll_id = 'pl1'"],
        "poll pl1: its options do not fit its kind (scale; options: 5)",
    ),
    "a scale of 11 values": (
        [f"INSERT INTO poll_option VALUES ('x{n}', 'pl1', {n - 1}, {n}, '')" for n in range(6, 12)],
        "poll pl1: its options do not fit its kind (scale; options: 11)",
    ),
    "a choice of one option": (
        ["DELETE FROM poll_option WHERE poll_id = 'pl4' AND id != 'pl4o1'"],
        "poll pl4: its options do not fit its kind (choice; options: 1)",
    ),
    "options on a words poll": (
        ["INSERT INTO poll_option VALUES ('w1', 'pl2', 0, 1, 'oui')"],
        "poll pl2: its options do not fit its kind (words; options: 1)",
    ),
    "a words answer of 4 entries where 3 are allowed": (
        [
            "UPDATE poll_answer SET text = 'un' || char(10) || 'deux' || char(10) || 'trois'"
            " || char(10) || 'quatre' WHERE id = 'pa2'"
        ],
        "poll_answer pa2: the answer does not fit its poll",
    ),
    "a word of 41 characters": (
        ["UPDATE poll_answer SET text = printf('%.41c', 'w') WHERE id = 'pa3'"],
        "poll_answer pa3: the answer does not fit its poll",
    ),
    "an empty entry in a words answer": (
        ["UPDATE poll_answer SET text = 'un' || char(10) || char(10) || 'deux' WHERE id = 'pa2'"],
        "poll_answer pa2: the answer does not fit its poll",
    ),
    "an upload key of 65 characters": (
        ["UPDATE attachment SET upload_key = printf('%.65c', 'k') WHERE id = 'p2'"],
        "attachment p2: … too long (65 characters, at most 64)",
    ),
}


@pytest.mark.parametrize("case", list(BAD_ROWS))
def test_a_bad_row_in_a_poll_table_is_refused_and_named(case: str, tmp_path: Path) -> None:
    statements, words = BAD_ROWS[case]
    assert_refused_and_named(_tampered(tmp_path, *statements), words)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE poll SET status = 'secret' WHERE id = 'pl1'",
        "UPDATE poll SET kind = 'ranking' WHERE id = 'pl1'",
        "UPDATE attachment SET review = 'hidden' WHERE id = 'p2'",
    ],
)
def test_a_value_the_schema_forbids_cannot_be_written(statement: str, tmp_path: Path) -> None:
    """The CHECK constraints of version 5 hold even for a tool with its own SQL."""
    with pytest.raises(sqlite3.IntegrityError):
        _tampered(tmp_path, statement)


def test_facilitator_check_names_a_phone_that_answered_twice(tmp_path: Path) -> None:
    path = _tampered(
        tmp_path,
        "INSERT INTO poll_answer VALUES ('zz', 'pl1', 'pl1o1', 'Léa · 7e91', '', '9')",
        "INSERT INTO poll_answer VALUES ('zy', 'pl1', 'pl1o2', 'Léa · 7e91', '', '99')",
    )
    before = path.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "check", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8"},
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "poll_answer zz" in output and "poll_answer zy" in output  # one line each
    assert "Traceback" not in output
    assert path.read_bytes() == before


# -- the JSON import refuses the same ---------------------------------------------------------
def _document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((FIXTURES / "schema_v5.json").read_text("utf-8"))
    return loaded


def _refusal(change: Any) -> str:
    document = _document()
    change(document)
    with pytest.raises(InterchangeError) as refused:
        interchange.from_document(document)
    return str(refused.value.message)


def test_the_json_import_refuses_what_breaks_a_poll() -> None:
    twice = {**_document()["poll_answers"][0], "id": "zz", "answered_at": "9"}
    assert _refusal(lambda d: d["poll_answers"].append(twice)) == (
        "$.poll_answers[4].participant: the phone “Léa · 7e91” already answered this poll "
        "($.poll_answers[0])."
    )
    said = _refusal(lambda d: d["poll_answers"][0].update(option_id="pl4o1"))
    assert said == "$.poll_answers[0].option_id: “pl4o1” is an option of another poll (pl4)."
    said = _refusal(lambda d: d["poll_counts"].append({**d["poll_counts"][0], "id": "pc9"}))
    assert said == "$.poll_counts[2].option_id: this option is already counted ($.poll_counts[0])."
    said = _refusal(lambda d: d["poll_answers"][3].update(text=""))
    assert said == "$.poll_answers[3]: the answer does not fit its poll."
    said = _refusal(lambda d: d["poll_counts"][0].update(count=100_001))
    assert said == "$.poll_counts[0].count: 100001 is out of range."
    said = _refusal(lambda d: d["polls"][0].update(status="secret"))
    assert said.startswith("$.polls[0].status: must be one of")
    said = _refusal(lambda d: d["attachments"][1].update(review="hidden"))
    assert said == '$.attachments[1].review: must be one of "shown", "pending".'
    said = _refusal(lambda d: d["poll_answers"][0].update(option_id="gone"))
    assert said == "$.poll_answers[0].option_id: “gone” refers to nothing."


def test_the_json_import_refuses_options_and_words_unlike_their_poll() -> None:
    """What `facilitator check` refuses in a file, the JSON import refuses too, naming
    the poll or the answer."""

    def top_made_100(document: dict[str, Any]) -> None:
        next(o for o in document["poll_options"] if o["id"] == "pl1o5")["value"] = 100

    def one_option_left(document: dict[str, Any]) -> None:
        document["poll_options"] = [
            o for o in document["poll_options"] if o["poll_id"] != "pl4" or o["id"] == "pl4o1"
        ]

    def words_answer(text: str) -> Any:
        return lambda d: next(a for a in d["poll_answers"] if a["id"] == "pa2").update(text=text)

    polls = [p["id"] for p in _document()["polls"]]
    answers = [a["id"] for a in _document()["poll_answers"]]
    assert _refusal(top_made_100) == (
        f"$.polls[{polls.index('pl1')}]: its options do not fit its kind (scale; options: 5)."
    )
    assert _refusal(one_option_left) == (
        f"$.polls[{polls.index('pl4')}]: its options do not fit its kind (choice; options: 1)."
    )
    for text in ("un\ndeux\ntrois\nquatre", "w" * 41, "un\n\ndeux"):
        assert _refusal(words_answer(text)) == (
            f"$.poll_answers[{answers.index('pa2')}]: the answer does not fit its poll."
        ), text


def test_a_poll_round_trips_through_the_json(tmp_path: Path) -> None:
    path = tmp_path / "v5.atelier"
    shutil.copyfile(FIXTURE, path)
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    document = interchange.to_document(workshop)
    again = interchange.loads(interchange.dumps(workshop))
    assert interchange.to_document(again) == document  # the phones themselves stay out
    copy = tmp_path / "copy.atelier"
    WorkshopFile.create(copy, again).close()
    _, reopened = WorkshopFile.open(copy, read_only=True)
    assert interchange.to_document(reopened) == document
    assert [a.participant for a in reopened.all(PollAnswer)].count(PHONE) == 3

"""Every released schema version opens, upgraded to the current one, with nothing lost.

One fixture file per released version lives in tests/storage/fixtures/, written
by that version of the app, beside the JSON of what it holds. When the schema
changes, add a migration, keep the old fixture, and add one for the new version.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from facilitator.domain import polls
from facilitator.domain.records import (
    Attachment,
    Board,
    Day,
    GroupingAbsence,
    GroupingInfo,
    GroupingWish,
    ItemRound,
    NextStep,
    Poll,
    PollAnswer,
    PollCount,
    PollOption,
    PrototypeCard,
    RoomPhone,
    RoundRun,
    Team,
    TeamMember,
    Track,
    VoteSession,
)
from facilitator.room.codes import token_digest
from facilitator.storage import interchange
from facilitator.storage.inspection import check_file, expected_schema
from facilitator.storage.migrations import MIGRATIONS
from facilitator.storage.schema import FILE_ID_PATTERN, SCHEMA_VERSION, derived_file_id
from facilitator.storage.workshop_file import WorkshopFile

FIXTURES = Path(__file__).parent / "fixtures"
RELEASED_VERSIONS = [1, 2, 3, 4, 5, 6]


def test_every_version_has_a_migration_to_the_next() -> None:
    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION))
    assert RELEASED_VERSIONS[-1] == SCHEMA_VERSION


@pytest.mark.parametrize("version", RELEASED_VERSIONS)
def test_fixture_of_each_version_opens_with_its_content(version: int, tmp_path: Path) -> None:
    source = FIXTURES / f"schema_v{version}.atelier"
    path = tmp_path / source.name
    shutil.copyfile(source, path)
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == version
    connection.close()

    file, workshop = WorkshopFile.open(path)
    file.close()

    expected = json.loads((FIXTURES / f"schema_v{version}.json").read_text(encoding="utf-8"))
    actual: dict[str, Any] = interchange.to_document(workshop)
    # Every field the fixture's JSON held, as it was; fields and tables added since then
    # hold their defaults (checked whole in the row-by-row test below).
    for key, held in expected.items():
        if key in ("generator", "format_version"):
            continue
        if isinstance(held, list):
            assert len(actual[key]) == len(held), key
            for now, then in zip(actual[key], held, strict=True):
                assert now | then == now, key
        elif isinstance(held, dict):
            assert actual[key] | held == actual[key], key
        else:
            assert actual[key] == held, key
    assert interchange.to_document(interchange.from_document(expected)) | {
        "generator": ""
    } == actual | {"generator": ""}
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    connection.close()


@pytest.mark.parametrize("version", RELEASED_VERSIONS)
def test_read_only_open_of_an_old_version_leaves_it_as_it_was(version: int, tmp_path: Path) -> None:
    path = tmp_path / "old.atelier"
    shutil.copyfile(FIXTURES / f"schema_v{version}.atelier", path)
    before = path.read_bytes()
    file, _ = WorkshopFile.open(path, read_only=True)
    file.close()
    assert path.read_bytes() == before


# -- version 2: the file's own identity (issue 16: calendar UIDs per file) -----------------
V2_FILE_ID = "8ae4d55803684b80ab1bde8873d33644"  # stored in schema_v2.atelier


def _file_id(path: Path, *, read_only: bool) -> str:
    file, _ = WorkshopFile.open(path, read_only=read_only)
    file.close()
    return file.file_id


def test_a_version_1_file_gets_the_identity_derived_from_its_creation(tmp_path: Path) -> None:
    """Read-only opens upgrade in memory, each time: the identity must not change
    between two exports of a v1 file, nor when the app upgrades it for good."""
    path = tmp_path / "old.atelier"
    shutil.copyfile(FIXTURES / "schema_v1.atelier", path)
    created_at = json.loads((FIXTURES / "schema_v1.json").read_text("utf-8"))["workshop"][
        "created_at"
    ]
    expected = derived_file_id(created_at)
    assert FILE_ID_PATTERN.fullmatch(expected)
    assert _file_id(path, read_only=True) == _file_id(path, read_only=True) == expected
    assert _file_id(path, read_only=False) == expected  # upgraded, and stored
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT id FROM file_identity").fetchall() == [(expected,)]
    connection.close()
    assert _file_id(path, read_only=True) == expected


def test_a_version_2_file_keeps_its_identity(tmp_path: Path) -> None:
    path = tmp_path / "v2.atelier"
    shutil.copyfile(FIXTURES / "schema_v2.atelier", path)
    assert _file_id(path, read_only=True) == _file_id(path, read_only=False) == V2_FILE_ID


def test_every_file_made_has_its_own_identity(tmp_path: Path) -> None:
    """New, import (twice, from one JSON) and "Save a copy" all go through
    WorkshopFile.create: each file gets a new identity, which then stays."""
    workshop = interchange.read_file(FIXTURES / "schema_v2.json")
    ids = []
    for name in ("a.atelier", "b.atelier", "c.atelier"):
        file = WorkshopFile.create(tmp_path / name, workshop)
        file.close()
        assert FILE_ID_PATTERN.fullmatch(file.file_id)
        assert _file_id(tmp_path / name, read_only=True) == file.file_id
        ids.append(file.file_id)
    assert len(set(ids)) == 3


@pytest.mark.parametrize(
    "tamper",
    [
        "DELETE FROM file_identity",
        "INSERT INTO file_identity VALUES ('0123456789abcdef0123456789abcdef')",
        "UPDATE file_identity SET id = 'not hex'",
        "UPDATE file_identity SET id = upper(id)",
        "UPDATE file_identity SET id = zeroblob(32)",
    ],
)
def test_an_identity_changed_by_hand_falls_back_without_refusing_the_file(
    tmp_path: Path, tamper: str
) -> None:
    path = tmp_path / "tampered.atelier"
    shutil.copyfile(FIXTURES / "schema_v2.atelier", path)
    connection = sqlite3.connect(path)
    connection.execute(tamper)
    connection.commit()
    connection.close()
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    assert file.file_id == derived_file_id(workshop.info.created_at)


# -- version 3: the room link's phones (issue 17: one ballot per phone across restarts) ----
# The tokens of the three phones stored in schema_v3.atelier (the file holds their digests).
V3_TOKENS = {
    "Léa": "fixtureLea_0000000000A",
    "": "fixtureNoName_0000000B",
    "Pirate": "fixtureRemoved_000000C",  # removed by the facilitator
}


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the file, as SQLite holds it."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"
            )
        ]
        return {t: connection.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}
    finally:
        connection.close()


def _schema(path: Path) -> set[tuple[str, str, str, str]]:
    connection = sqlite3.connect(path)
    try:
        return set(connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema"))
    finally:
        connection.close()


# What each version added: whole tables (empty in an upgraded file), and columns of older
# tables (appended, each with its default in every upgraded row).
ADDED_TABLES = {
    2: ["file_identity"],
    3: ["room_phone"],
    4: [
        "grouping",
        "team",
        "team_member",
        "grouping_wish",
        "grouping_absence",
        "item_round",
        "round_run",
    ],
    5: ["poll", "poll_option", "poll_answer", "poll_count"],
    6: ["track"],
}
V4_TABLES = (GroupingInfo, Team, TeamMember, GroupingWish, GroupingAbsence, ItemRound, RoundRun)
V5_TABLES = (Poll, PollOption, PollAnswer, PollCount)
ADDED_COLUMNS: dict[int, dict[str, tuple[object, ...]]] = {
    4: {
        "workshop": (0, 10),  # auto_advance off, its countdown 10 s
        "person": ("",),  # no role in the room
        "agenda_item": ("workshop",),  # auto-advance as the workshop says
        "timer": (0,),  # the first round
        "idea": (None,),  # no team
        "prototype_card": (None,),
    },
    5: {
        "attachment": ("shown", "", ""),  # shown, taken on the laptop, no upload key
    },
    6: {
        "next_step": (0,),  # not done
        "day": (None,),  # no room: never merged
        "board": (None,),
        "vote_session": (None,),
        "prototype_card": (None,),
        "poll": (None,),
    },
}


@pytest.mark.parametrize("version", [1, 2, 3, 4, 5])
def test_an_older_file_upgraded_keeps_every_row_and_gains_empty_tables(
    version: int, tmp_path: Path
) -> None:
    """Every row of every table, byte for byte (the file's identity included), with the
    columns added since its version at their defaults; every table added since is empty
    (but the identity, derived from the workshop); and the schema exactly the one a new
    file has."""
    path = tmp_path / "old.atelier"
    shutil.copyfile(FIXTURES / f"schema_v{version}.atelier", path)
    before = _rows(path)
    file, workshop = WorkshopFile.open(path)
    file.close()
    after = _rows(path)
    for later in range(SCHEMA_VERSION, version, -1):  # the last columns added first
        for table in ADDED_TABLES[later]:
            rows = after.pop(table)
            if table == "file_identity":
                assert rows == [(derived_file_id(workshop.info.created_at),)]
            else:
                assert rows == [], table
        for table, defaults in ADDED_COLUMNS.get(later, {}).items():
            width = len(defaults)
            assert all(row[-width:] == defaults for row in after[table]), table
            after[table] = [row[:-width] for row in after[table]]
    assert after == before
    assert workshop.all(RoomPhone) == [] or version >= 3
    assert all(not workshop.all(kind) for kind in V4_TABLES) or version >= 4
    assert all(not workshop.all(kind) for kind in V5_TABLES) or version == 5
    assert not workshop.all(Track) and not any(s.done for s in workshop.all(NextStep))
    assert (
        all(a.review == "shown" and not a.sender for a in workshop.all(Attachment)) or version == 5
    )
    fresh = tmp_path / "fresh.atelier"
    WorkshopFile.create(fresh, workshop).close()
    assert _schema(path) == _schema(fresh)
    assert {(k, n) for k, n, _t, _s in _schema(path)} == set(expected_schema(SCHEMA_VERSION))
    inspection, _ = check_file(path)
    assert not inspection.problems


def test_a_version_3_file_holds_its_phones_and_never_their_tokens(tmp_path: Path) -> None:
    path = tmp_path / "v3.atelier"
    shutil.copyfile(FIXTURES / "schema_v3.atelier", path)
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    phones = {p.name: p for p in workshop.all(RoomPhone)}
    assert set(phones) == set(V3_TOKENS)
    for name, token in V3_TOKENS.items():
        phone = phones[name]
        assert phone.token_sha256 == token_digest(token)
        assert phone.label == f"{name or '📱'} · {phone.token_sha256[:4]}"
        assert phone.removed == (name == "Pirate")
    raw = path.read_bytes()
    assert all(token.encode() not in raw for token in V3_TOKENS.values())
    assert "phones" not in " ".join(interchange.to_document(workshop))  # not in the JSON


# -- version 5: quick polls and photos from phones (issue 19) -------------------------------
def test_a_version_5_file_holds_its_polls_and_its_pending_photo(tmp_path: Path) -> None:
    """The fixture's polls give the results counted by hand, and its photo from a phone
    is still waiting for the facilitator."""
    path = tmp_path / "v5.atelier"
    shutil.copyfile(FIXTURES / "schema_v5.atelier", path)
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    roti = polls.results(workshop, "pl1")
    # One phone gave 4; hands: two 3s and one 5. Mean (4 + 3 + 3 + 5) / 4 = 3.75.
    assert [r.total for r in roti.options] == [0, 0, 2, 1, 1]
    assert (roti.phones, roti.paper, roti.mean, roti.median) == (1, 3, 3.75, 3.5)
    cloud = polls.results(workshop, "pl2")
    assert [(w.text, w.count) for w in cloud.words] == [("énergie", 2), ("bonne ambiance", 1)]
    assert [t.text for t in polls.results(workshop, "pl3").texts] == [
        "Merci\u00a0!\nÀ refaire avec les élus."
    ]
    current = polls.current_poll(workshop)
    assert current is not None and current.id == "pl4"
    (pending,) = [a for a in workshop.all(Attachment) if a.review == "pending"]
    assert pending.sender == "Léa · 7e91" and len(pending.upload_key) == 64
    inspection, _ = check_file(path)
    assert not inspection.problems


# -- version 6: next steps done, the rooms of a merged event (issue 21) --------------------
def test_a_version_6_file_holds_its_room_and_a_step_done(tmp_path: Path) -> None:
    """The fixture's room names its first day, its board, its vote and its card; its
    next step is done; a room that names nothing is refused by the file check."""
    path = tmp_path / "v6.atelier"
    shutil.copyfile(FIXTURES / "schema_v6.atelier", path)
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    (track,) = workshop.all(Track)
    assert (track.name, track.source_file_id) == (
        "Salle Mistral",
        "5c0ffee0d15ea5e5ba5eba11deadbeef",
    )
    assert [d.track_id for d in workshop.all(Day)] == ["t1", None]
    for kind in (Board, VoteSession, PrototypeCard):
        assert {r.track_id for r in workshop.all(kind)} == {"t1"}  # type: ignore[attr-defined]
    assert [s.done for s in workshop.all(NextStep)] == [True]
    # Polls of no item carry their room; a poll of an item has its day's.
    assert {p.id: p.track_id for p in workshop.all(Poll)} == {
        "pl1": None,
        "pl2": "t1",
        "pl3": "t1",
        "pl4": "t1",
    }
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE board SET track_id = 'gone'")
    connection.close()
    inspection, _ = check_file(path)
    assert any("gone" in p or "track" in p for p in map(str, inspection.problems))

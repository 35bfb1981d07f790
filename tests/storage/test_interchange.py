"""The interchange JSON: documented schema, clear refusals, lossless round trips."""

from __future__ import annotations

import json
import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain.changes import ChangeSet, insert
from facilitator.domain.demo import demo_workshop
from facilitator.domain.records import (
    AgendaItem,
    Attachment,
    Board,
    Cluster,
    Day,
    GroupingInfo,
    Idea,
    ItemRound,
    NextStep,
    Person,
    PrototypeCard,
    Record,
    RoundRun,
    Team,
    TeamMember,
    TimerState,
    Track,
    VoteSession,
    WorkshopInfo,
    replaced,
)
from facilitator.domain.text import clean_text
from facilitator.domain.workshop import Workshop
from facilitator.storage import interchange
from facilitator.storage.interchange import InterchangeError
from facilitator.storage.workshop_file import WorkshopFile

DOCS = Path(__file__).resolve().parents[2] / "docs"
# Format version 3, with a record in every table (rounds, groupings, teams, polls, the
# rooms of a merged event included).
FIXTURE = Path(__file__).parent / "fixtures" / "schema_v6.json"
# Format version 2, as Facilitator wrote it before the rooms of merged events.
FIXTURE_V2 = Path(__file__).parent / "fixtures" / "schema_v5.json"
# Format version 1, as Facilitator wrote it before rounds and groupings.
FIXTURE_V1 = Path(__file__).parent / "fixtures" / "schema_v1.json"


def test_schema_in_docs_is_the_schema_of_the_code() -> None:
    documented = json.loads((DOCS / "interchange.schema.json").read_text(encoding="utf-8"))
    assert documented == interchange.json_schema(), (
        "regenerate it: python -m facilitator.storage.interchange --schema "
        "> docs/interchange.schema.json"
    )


def test_fixture_with_every_table_round_trips() -> None:
    document = json.loads(FIXTURE.read_text("utf-8"))
    assert document["format_version"] == interchange.FORMAT_VERSION == 3
    exchanged = [k for k in interchange.JSON_KEYS.values() if k not in ("workshop", "timer")]
    assert all(document[key] for key in exchanged), "the fixture has a record in every table"
    workshop = interchange.loads(FIXTURE.read_text(encoding="utf-8"))
    assert json.loads(interchange.dumps(workshop)) == document


def test_old_versions_schemas_are_the_ones_published_with_them() -> None:
    """What a version-1 or version-2 document is checked against: exactly the schema
    published with that format version (kept in the fixtures), descriptions aside."""

    def shape(schema: Any) -> Any:
        if isinstance(schema, dict):
            return {k: shape(v) for k, v in schema.items() if k != "description"}
        return [shape(v) for v in schema] if isinstance(schema, list) else schema

    for version in (1, 2):  # each as published with that version
        name = f"interchange_v{version}.schema.json"
        published = json.loads((FIXTURE.parent / name).read_text("utf-8"))
        assert shape(interchange.json_schema(version)) == shape(published), version
    with pytest.raises(ValueError, match="no interchange format 4"):
        interchange.json_schema(4)


def test_a_version_1_document_reads_with_the_defaults_of_version_2() -> None:
    """A JSON written before rounds and groupings: every field added in version 2 takes
    its default, every table added is empty, everything else as it was."""
    old = json.loads(FIXTURE_V1.read_text("utf-8"))
    assert old["format_version"] == 1
    workshop = interchange.from_document(old)
    assert not workshop.info.auto_advance and workshop.info.auto_advance_s == 10
    assert all(p.job == "" for p in workshop.all(Person))
    assert all(i.auto_advance == "workshop" for i in workshop.all(AgendaItem))
    assert all(i.team_id is None for i in workshop.all(Idea))
    assert all(c.team_id is None for c in workshop.all(PrototypeCard))
    timer = workshop.all(TimerState)
    assert timer and timer[0].round_index == 0
    photos = workshop.all(Attachment)
    assert photos and all((a.review, a.sender, a.upload_key) == ("shown", "", "") for a in photos)
    for kind, added in interchange.ADDED_IN_2.items():
        if added is None:
            assert workshop.all(kind) == [], kind.TABLE
    new: dict[str, Any] = interchange.to_document(workshop)
    assert new["format_version"] == interchange.FORMAT_VERSION
    for key, held in old.items():
        if key in ("format", "format_version", "generator"):
            continue
        rows = held if isinstance(held, list) else [held]
        now: list[dict[str, Any]] = new[key] if isinstance(new[key], list) else [new[key]]
        assert [{k: r[k] for k in old_row} for r, old_row in zip(now, rows, strict=True)] == rows
    # The same document, read from a file and through the command line's loader.
    assert interchange.loads(FIXTURE_V1.read_text("utf-8")) == workshop


def test_a_version_2_document_reads_with_the_defaults_of_version_3() -> None:
    """A JSON of format 2 (schema version 5): no rooms, no step done, everything else as
    it was; one that says it is version 2 and carries `tracks` is refused."""
    old = json.loads(FIXTURE_V2.read_text("utf-8"))
    assert old["format_version"] == 2
    workshop = interchange.from_document(old)
    assert workshop.all(Track) == [] and workshop.all(NextStep)
    assert not any(s.done for s in workshop.all(NextStep))
    for kind in (Day, Board, VoteSession, PrototypeCard):
        assert all(r.track_id is None for r in workshop.all(kind)), kind.TABLE  # type: ignore[attr-defined]
    new: dict[str, Any] = interchange.to_document(workshop)
    for key, held in old.items():
        if key in ("format", "format_version", "generator"):
            continue
        rows = held if isinstance(held, list) else [held]
        now: list[dict[str, Any]] = new[key] if isinstance(new[key], list) else [new[key]]
        assert [{k: r[k] for k in old_row} for r, old_row in zip(now, rows, strict=True)] == rows
    with pytest.raises(InterchangeError, match="tracks"):
        interchange.from_document(old | {"tracks": []})
    done = json.loads(json.dumps(old))
    done["next_steps"][0]["done"] = True
    with pytest.raises(InterchangeError, match=r"^\$\.next_steps\[0\]"):
        interchange.from_document(done)


def test_a_version_1_document_may_not_carry_what_version_2_added() -> None:
    """Readers of version 1 refused keys they did not know: so does this one, for a
    document that says it is version 1 (a half-upgraded file is not guessed at)."""
    old = json.loads(FIXTURE_V1.read_text("utf-8"))
    with_job = json.loads(json.dumps(old))
    with_job["people"][0]["job"] = "agent"
    with pytest.raises(InterchangeError, match=r"^\$\.people\[0\]"):
        interchange.from_document(with_job)
    with_rounds = json.loads(json.dumps(old)) | {"item_rounds": []}
    with pytest.raises(InterchangeError, match="item_rounds"):
        interchange.from_document(with_rounds)
    # And a version-2 document must carry them all.
    new = json.loads(FIXTURE.read_text("utf-8"))
    del new["people"][0]["job"]
    with pytest.raises(InterchangeError, match=r"^\$\.people\[0\]"):
        interchange.from_document(new)
    new = json.loads(FIXTURE.read_text("utf-8"))
    del new["round_runs"]
    with pytest.raises(InterchangeError, match="round_runs"):
        interchange.from_document(new)


@pytest.mark.parametrize("version", [0, -1, "2", 1.5, True, None, [2]])
def test_a_format_version_that_is_none_of_ours_is_refused(version: object) -> None:
    document = json.loads(FIXTURE.read_text("utf-8"))
    document["format_version"] = version
    with pytest.raises(InterchangeError, match=r"^\$\.format_version"):
        interchange.from_document(document)


def _bad(mutate: Any) -> str:
    document = json.loads(FIXTURE.read_text(encoding="utf-8"))
    mutate(document)
    with pytest.raises(InterchangeError) as refused:
        interchange.from_document(document)
    return str(refused.value)


def test_refusals_name_the_bad_field() -> None:
    assert _bad(lambda d: d["people"][1].update(name="x" * 300)).startswith(
        "$.people[1].name: too long (300 characters"
    )
    assert _bad(lambda d: d["days"][0].update(date="2026-02-30")).startswith("$.days[0].date")
    assert _bad(lambda d: d["workshop"].update(language="de")).startswith("$.workshop.language")
    assert _bad(lambda d: d["workshop"].update(participant_count=-3)).startswith(
        "$.workshop.participant_count"
    )
    assert _bad(lambda d: d["ideas"][0].update(board_id="nowhere")).startswith(
        "$.ideas[0].board_id: “nowhere” refers to nothing"
    )
    assert _bad(lambda d: d["ideas"][0].pop("text")).startswith("$.ideas[0]")
    assert _bad(lambda d: d["attachments"][0].update(data="%%%")).startswith(
        "$.attachments[0].data: not valid base64"
    )
    assert _bad(lambda d: d.update(format_version=99)).startswith(
        "This JSON was written by a newer version"
    )
    assert _bad(lambda d: d["people"].append(dict(d["people"][0]))).endswith("is used twice.")
    assert _bad(lambda d: d.update(workshop=None)).startswith("$.workshop")


def test_refusals_in_the_tables_of_version_2_name_the_bad_field() -> None:
    assert _bad(lambda d: d["item_rounds"][0].update(repeat=0)).startswith(
        "$.item_rounds[0].repeat: 0 is out of range"
    )
    assert _bad(lambda d: d["item_rounds"][0].update(repeat=201)).startswith(
        "$.item_rounds[0].repeat: 201 is out of range"
    )
    assert _bad(lambda d: d["item_rounds"][1].update(duration_s=0)).startswith(
        "$.item_rounds[1].duration_s: 0 is out of range"
    )
    assert _bad(lambda d: d["item_rounds"][0].update(instruction="x" * 1001)).startswith(
        "$.item_rounds[0].instruction: too long (1001 characters, at most 1000)"
    )
    assert _bad(lambda d: d["item_rounds"][2].update(team_id="nowhere")).startswith(
        "$.item_rounds[2].team_id: “nowhere” refers to nothing"
    )
    assert _bad(lambda d: d["round_runs"][0].update(agenda_item_id="nowhere")).startswith(
        "$.round_runs[0].agenda_item_id: “nowhere” refers to nothing"
    )
    assert _bad(lambda d: d["ideas"][0].update(team_id="nowhere")).startswith(
        "$.ideas[0].team_id: “nowhere” refers to nothing"
    )
    assert _bad(lambda d: d["prototype_cards"][0].update(team_id="")).startswith(
        "$.prototype_cards[0].team_id"
    )
    assert _bad(lambda d: d["teams"][1].update(grouping_id="nowhere")).startswith(
        "$.teams[1].grouping_id: “nowhere” refers to nothing"
    )
    assert _bad(lambda d: d["groupings"][0].update(rule="random")).startswith(
        "$.groupings[0].rule: must be one of"
    )
    assert _bad(lambda d: d["groupings"][0].update(seed=2**53 + 1)).startswith(
        "$.groupings[0].seed"
    )
    assert _bad(lambda d: d["grouping_wishes"][0].update(kind="near")).startswith(
        "$.grouping_wishes[0].kind: must be one of"
    )
    assert _bad(lambda d: d["workshop"].update(auto_advance_s=121)).startswith(
        "$.workshop.auto_advance_s: 121 is out of range"
    )
    assert _bad(lambda d: d["agenda_items"][0].update(auto_advance="sometimes")).startswith(
        "$.agenda_items[0].auto_advance: must be one of"
    )
    assert _bad(lambda d: d["people"][2].update(job="x" * 201)).startswith(
        "$.people[2].job: too long (201 characters"
    )


def test_a_person_in_two_teams_of_one_grouping_is_refused() -> None:
    """In the same team twice, or in two teams of one grouping: the member's place and
    the first one's are named."""

    def twice(document: dict[str, Any], team: str) -> None:
        first = document["team_members"][0]
        document["team_members"].append(first | {"id": "again", "team_id": team, "position": 99})

    said = _bad(lambda d: twice(d, "t2"))
    assert said.startswith("$.team_members[7].person_id: “")
    assert said.endswith("is already in a team of this grouping ($.team_members[0]).")
    assert _bad(lambda d: twice(d, "t1")).startswith("$.team_members[7].person_id")


@pytest.mark.parametrize(
    "text",
    ["", "{", "[]", "null", '{"format": "facilitator-workshop"}', "[" * 100_000, "\x00"],
)
def test_malformed_json_is_refused_clearly(text: str) -> None:
    with pytest.raises(InterchangeError):
        interchange.loads(text)


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes("Défi".encode("latin-1"))
    with pytest.raises(InterchangeError, match="not UTF-8"):
        interchange.read_file(path)


# -- the property test: file -> JSON -> file -> JSON is lossless ---------------
TEXT = st.text(
    alphabet=st.characters(exclude_categories=["Cs"]) | st.sampled_from("éœ«»🙂عربية\n\t<&>"),
    max_size=60,
)
IDS = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=12)


def _line(text: str) -> str:
    return clean_text(text, multiline=False)


def _lines(text: str) -> str:
    return clean_text(text, multiline=True)


@st.composite
def workshops(draw: st.DrawFn) -> Workshop:
    base = demo_workshop()
    info = base.info
    records: list[Record] = [
        WorkshopInfo(
            id=info.id,
            title=_line(draw(TEXT)),
            question=_lines(draw(TEXT)),
            language=draw(st.sampled_from(["fr", "en"])),
            participant_count=draw(st.integers(0, 10_000)),
            notes=_lines(draw(TEXT)),
            auto_advance=draw(st.booleans()),
            auto_advance_s=draw(st.integers(3, 120)),
        )
    ]
    ids = draw(st.lists(IDS, min_size=16, max_size=16, unique=True))
    day = Day(id=ids[0], date="2026-03-12", start_time="09:30", end_time="17:00")
    board = Board(id=ids[1], title=_line(draw(TEXT)), question=_lines(draw(TEXT)))
    cluster = Cluster(
        id=ids[2],
        board_id=board.id,
        name=_line(draw(TEXT)),
        x=draw(st.floats(-1e6, 1e6)),
        y=draw(st.floats(-1e6, 1e6)),
    )
    records += [day, board, cluster]
    for n in range(draw(st.integers(0, 5))):
        records.append(
            Idea(
                id=f"{ids[3]}{n}",
                board_id=board.id,
                cluster_id=draw(st.sampled_from([None, cluster.id])),
                position=n,
                text=_lines(draw(TEXT)),
                author=_line(draw(TEXT)),
            )
        )
    for n in range(draw(st.integers(0, 4))):
        records.append(
            Person(
                id=f"{ids[4]}{n}",
                role=draw(st.sampled_from(["facilitator", "participant"])),
                position=n,
                name=_line(draw(TEXT)),
                job=_line(draw(TEXT)),
            )
        )
    records.append(
        AgendaItem(
            id=ids[5],
            day_id=day.id,
            title=_line(draw(TEXT)),
            duration_min=draw(st.integers(0, 600)),
            tool="board",
            tool_target_id=board.id,
            auto_advance=draw(st.sampled_from(["workshop", "on", "off"])),
        )
    )
    # Version 2: a grouping, its teams and members, the item's rounds and rounds as run.
    grouping = GroupingInfo(
        id=ids[12],
        name=_line(draw(TEXT)),
        rule=draw(st.sampled_from(["size", "count"])),
        amount=draw(st.integers(1, 2000)),
        seed=draw(st.integers(0, 2**53)),
        balance_roles=draw(st.booleans()),
    )
    teams = [
        Team(id=f"{ids[13]}{n}", grouping_id=grouping.id, position=n, name=_line(draw(TEXT))[:100])
        for n in range(draw(st.integers(0, 3)))
    ]
    records += [grouping, *teams]
    people = [r for r in records if isinstance(r, Person)]
    if teams:
        for n, person in enumerate(people):
            team = draw(st.sampled_from(teams))
            records.append(
                TeamMember(id=f"{ids[14]}{n}", team_id=team.id, person_id=person.id, position=n)
            )
    team_ids = st.sampled_from([None, *(t.id for t in teams)])
    for n in range(draw(st.integers(0, 4))):
        records.append(
            ItemRound(
                id=f"{ids[15]}r{n}",
                agenda_item_id=ids[5],
                position=n,
                title=_line(draw(TEXT)),
                duration_s=draw(st.integers(1, 86_400)),
                repeat=draw(st.integers(1, 200)),
                instruction=_lines(draw(TEXT)),
                facilitator_notes=_lines(draw(TEXT)),
                team_id=draw(team_ids),
            )
        )
        records.append(
            RoundRun(
                id=f"{ids[15]}x{n}",
                agenda_item_id=ids[5],
                position=n,
                title=_line(draw(TEXT)),
                planned_s=draw(st.integers(0, 86_400)),
                actual_start="2026-03-12T10:00:00+01:00",
            )
        )
    if teams:
        records = [
            replaced(r, {"team_id": draw(team_ids)}) if isinstance(r, Idea) else r for r in records
        ]
    records.append(
        Attachment(
            id=ids[6], owner_kind="board", owner_id=board.id, data=draw(st.binary(max_size=300))
        )
    )
    return Workshop(records)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(workshop=workshops())
def test_file_json_file_json_is_lossless(workshop: Workshop, tmp_path: Path) -> None:
    first = tmp_path / "first.atelier"
    second = tmp_path / "second.atelier"
    for path in (first, second):
        path.unlink(missing_ok=True)
    WorkshopFile.create(first, workshop).close()
    _, from_file = WorkshopFile.open(first, read_only=True)
    text = interchange.dumps(from_file)
    imported = interchange.loads(text)
    WorkshopFile.create(second, imported).close()
    _, from_second = WorkshopFile.open(second, read_only=True)
    assert from_second == workshop
    assert interchange.dumps(from_second) == text


def test_hostile_text_survives_a_round_trip() -> None:
    workshop = demo_workshop()
    hostile = "<b>R&D</b> <img src='/etc/passwd'> 0.1 < x 🙂 مرحبا \u202e" + "é" * 150
    changes = ChangeSet.of(
        [
            insert(Idea(id="i", board_id="b", text=hostile)),
            insert(Board(id="b", title=hostile[:200])),
        ]
    )
    workshop.apply(changes)
    again = interchange.loads(interchange.dumps(workshop))
    assert again == workshop


def test_a_workshop_record_with_another_id_is_refused() -> None:
    """Found by fuzzing: the workshop's id changed made a workshop with no details."""
    document = json.loads(interchange.dumps(demo_workshop()))
    document["workshop"]["id"] = "orkshop"
    with pytest.raises(InterchangeError) as refused:
        interchange.loads(json.dumps(document))
    assert "$.workshop.id" in str(refused.value.message)


def test_a_million_broken_records_are_refused_at_once() -> None:
    """Found by attacking the importer: a 4.4 MB file of a million `{}` ideas took 140 s
    to be refused, the validator walking every error to choose one. The refusal now
    weighs the first `MAX_ERRORS` problems (CPU time measured, not wall time: a count of
    work, not a timed test, is what this bounds)."""
    import resource

    document = json.loads(interchange.dumps(demo_workshop()))
    document["ideas"] = [{}] * 1_000_000
    text = json.dumps(document)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_utime
    with pytest.raises(InterchangeError, match="id"):
        interchange.loads(text)
    spent = resource.getrusage(resource.RUSAGE_SELF).ru_utime - before
    assert spent < 20, f"{spent:.1f} s of CPU to refuse it"


def test_the_room_link_s_phones_stay_out_of_the_json(tmp_path: Path) -> None:
    """A JSON is read by other tools and imported into a new file: the phones that joined
    one file's room link (their names, their tokens' digests) are not in it, and a JSON
    that carries them anyway is refused (the format has no such key)."""
    from facilitator.domain.records import RoomPhone

    source = tmp_path / "v3.atelier"
    source.write_bytes((FIXTURE.parent / "schema_v3.atelier").read_bytes())
    file, workshop = WorkshopFile.open(source, read_only=True)
    file.close()
    phones = workshop.all(RoomPhone)
    assert len(phones) == 3
    text = interchange.dumps(workshop)
    for phone in phones:
        assert phone.token_sha256 not in text and phone.id not in text
    assert "Pirate" not in text and "room_phone" not in text
    imported = interchange.loads(text)
    assert imported.all(RoomPhone) == []
    document = json.loads(text)
    document["room_phones"] = []
    with pytest.raises(InterchangeError):
        interchange.from_document(document)
